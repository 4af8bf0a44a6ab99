"""Build the held-out contract batch "ax" (12 PDFs) and verify it against labels.json.

Usage: python build.py OUT_DIR

Standalone on purpose: it imports nothing from the project. Deterministic: fixed creation
date, fixed random seeds, no wall-clock data in the files.
"""

import datetime
import io
import json
import os
import random
import shutil
import sys

import pdfplumber
from fpdf import FPDF, FontFace
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 30, 0, tzinfo=datetime.UTC)

FONTS = {
    "sans": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "cond": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "serif": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "lsans": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "lserif": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "narrow": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "mono": {
        "": LB + "LiberationMono-Regular.ttf",
        "B": LB + "LiberationMono-Bold.ttf",
        "I": LB + "LiberationMono-Italic.ttf",
        "BI": LB + "LiberationMono-BoldItalic.ttf",
    },
}

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
BOX_ON = "\u2612"  # ballot box with X
BOX_OFF = "\u2610"  # empty ballot box


class Doc(FPDF):
    """FPDF with registered fonts, optional running header/footer and small helpers."""

    def __init__(
        self,
        fmt="letter",
        font="sans",
        header_text=None,
        footer_text=None,
        footer_pages=True,
        margins=(18, 16, 18),
        accent=(40, 70, 110),
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.base = font
        self.header_text = header_text
        self.footer_text = footer_text
        self.footer_pages = footer_pages
        self.accent = accent
        self.scan_pages = set()
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 18)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("FairRecruit held-out batch ax")
        self.set_producer("fpdf2")
        self.alias_nb_pages()
        self.set_font(font, "", 10)

    # running header / footer -------------------------------------------------------
    def header(self):
        if self.page_no() in self.scan_pages:
            return
        if self.header_text:
            self.set_font(self.base, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, self.header_text, align="R")
            self.set_draw_color(180, 180, 180)
            self.line(self.l_margin, 12, self.w - self.r_margin, 12)
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if self.page_no() in self.scan_pages:
            return
        if self.footer_text is None and not self.footer_pages:
            return
        self.set_y(-12)
        self.set_font(self.base, "", 7.5)
        self.set_text_color(110, 110, 110)
        left = self.footer_text or ""
        self.cell(0, 4, left, align="L")
        if self.footer_pages:
            self.set_x(self.l_margin)
            self.cell(
                0,
                4,
                "Page %d of {nb}" % self.page_no()
                if not getattr(self, "es", False)
                else "Página %d de {nb}" % self.page_no(),
                align="R",
            )
        self.set_text_color(0, 0, 0)

    # helpers -------------------------------------------------------------------------
    def band(self, title, subtitle=None, color=None, h=18, size=14):
        color = color or self.accent
        self.set_fill_color(*color)
        y = self.get_y()
        self.rect(0, y, self.w, h, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 2.5)
        self.set_font(self.base, "B", size)
        self.cell(0, 7, title)
        if subtitle:
            self.set_xy(self.l_margin, y + 10)
            self.set_font(self.base, "", 8.5)
            self.cell(0, 5, subtitle)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + h + 4)

    def ttl(self, text, size=13, align="C", style="B", after=3, font=None):
        self.set_font(font or self.base, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, text, size=10.5, after=1.5, color=None, rule=False):
        self.ln(1.5)
        self.set_font(self.base, "B", size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if rule:
            self.set_draw_color(*self.accent)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(1.5)
        self.ln(after)

    def para(
        self, text, size=9.5, style="", align="L", after=1.8, lh=None, indent=0, md=False, font=None
    ):
        self.set_font(font or self.base, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            0, lh or size * 0.48, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(after)

    def clause(self, label, text, size=9.5, after=1.8, indent=0, align="L", font=None):
        """Bold label run-in with the clause text (label must not contain markdown)."""
        self.para(
            "**%s** %s" % (label, text),
            size=size,
            after=after,
            indent=indent,
            md=True,
            align=align,
            font=font,
        )

    def grid(
        self,
        rows,
        widths,
        header=True,
        size=8.8,
        borders="ALL",
        fill=(225, 232, 242),
        align=None,
        lh=None,
        font=None,
        zebra=None,
        width=None,
        padding=1.2,
    ):
        self.set_font(font or self.base, "", size)
        self.set_fill_color(255, 255, 255)
        style = FontFace(emphasis="BOLD", fill_color=fill)
        kw = dict(
            col_widths=widths,
            first_row_as_headings=header,
            headings_style=style,
            borders_layout=borders,
            line_height=lh or size * 0.5,
            padding=padding,
            text_align=align or "LEFT",
        )
        if width:
            kw["width"] = width
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)

    def sign_lines(self, labels, names=None, y_gap=14, size=8.5):
        n = len(labels)
        colw = (self.w - self.l_margin - self.r_margin) / n
        y = self.get_y() + y_gap
        self.set_draw_color(0, 0, 0)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * colw
            self.line(x + 2, y, x + colw - 6, y)
            self.set_xy(x + 2, y + 1)
            self.set_font(self.base, "", size)
            self.multi_cell(colw - 8, size * 0.45, lab, align="L")
            if names and names[i]:
                self.set_xy(x + 2, y - 6)
                self.set_font(self.base, "I", size)
                self.cell(colw - 8, 5, names[i])
        self.set_xy(self.l_margin, y + 12)


# =====================================================================================
# scanned-page simulation
# =====================================================================================
def scan_page(lines, size_px=(1700, 2200), seed=1, angle=0.35, dpi=200):
    """Render lines [(text, font_key, pt, dx_mm)] to a noisy grayscale 'photocopy'."""
    W, H = size_px
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    px_per_mm = dpi / 25.4
    y = int(18 * px_per_mm)
    for item in lines:
        if item[0] is None:
            y += int(4 * px_per_mm)
            continue
        text, fkey, pt, dx, *rest = item
        if text == "---":
            d.line(
                [(int(20 * px_per_mm), y + 10), (W - int(20 * px_per_mm), y + 10)], fill=60, width=3
            )
            y += int(5 * px_per_mm)
            continue
        font = ImageFont.truetype(fkey, int(pt * dpi / 72))
        d.text((int((20 + dx) * px_per_mm), y), text, fill=25, font=font)
        y += int(pt * dpi / 72 * 1.45)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=246)
    rng = random.Random(seed)
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(lambda v: v // 14)
    img = ImageChops.subtract(img, noise)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    # a few dark specks
    d = ImageDraw.Draw(img)
    for _ in range(140):
        x0, y0 = rng.randrange(W), rng.randrange(H)
        r = rng.choice((1, 1, 2, 3))
        d.ellipse([x0, y0, x0 + r, y0 + r], fill=rng.randrange(40, 140))
    return img


# =====================================================================================
# ax01  H-2A, English, clearance order + work contract, deduction schedule, addendum
# =====================================================================================
def ax01():
    pdf = Doc(
        "letter",
        "lsans",
        header_text="Tallow Creek Sweet Potato Farms LLC  |  ETA-790A attachment",
        footer_text="Job order H-300-26041-551902",
        accent=(120, 60, 20),
    )
    pdf.add_page()
    pdf.band(
        "TALLOW CREEK SWEET POTATO FARMS LLC",
        "2210 Hickory Flat Road, Spring Hope, NC 27882  -  (252) 555-0143  -  H-2A clearance order and work contract, season 2026",
        h=19,
        size=15,
    )
    pdf.ttl("WORK CONTRACT FOR TEMPORARY AGRICULTURAL EMPLOYMENT (H-2A)", size=12)
    pdf.para(
        "This contract is made between Tallow Creek Sweet Potato Farms LLC, 2210 Hickory Flat "
        'Road, Spring Hope, NC 27882 ("the Farm") and each worker hired under the clearance '
        "order named below. Where this contract and the job order differ, the term more "
        "favorable to the worker applies.",
        size=9.5,
    )
    C = [
        (
            "1. Job.",
            "Farmworker, sweet potatoes (SOC 45-2092.02): pull and bundle slips in the plant "
            "beds, ride the transplanter and drop slips into the feeder wheel, hoe weeds, hand-harvest "
            "and grade potatoes into bins, and load bins onto flatbed trailers.",
        ),
        (
            "2. Requirements.",
            "Three months of verifiable experience hand-harvesting vegetables; able "
            "to lift and carry 50 lb bins to waist height repeatedly during the shift.",
        ),
        ("3. Period of employment.", "April 20, 2026 through November 13, 2026."),
        (
            "4. Places of work.",
            "The home farm at 2210 Hickory Flat Road and the leased Batchelor "
            "tract at 415 Old Bailey Highway, both in Nash County, North Carolina.",
        ),
        (
            "5. Hours.",
            "40 hours per week, Monday through Saturday, usually 7:00 a.m. to 3:30 p.m. "
            "with a 30-minute unpaid lunch; at harvest the day may run longer.",
        ),
        (
            "6. Wages.",
            "$16.22 per hour. In the harvest the Farm also keeps a piece-rate count of "
            "$0.65 per 5/8-bushel hamper and pays whichever of the two is higher for the week. If a "
            "higher Adverse Effect Wage Rate, prevailing wage or legal minimum wage takes effect "
            "during the contract, the Farm pays the higher rate from the date it takes effect.",
        ),
        (
            "7. Payday and pay records.",
            "Wages are paid weekly, every Friday, by check on a local "
            "bank that cashes it free of charge. Each pay envelope carries a statement of hours "
            "offered, hours worked, hampers picked, rates, gross pay, each deduction and net pay.",
        ),
        ("8. Deductions.", "Only the deductions listed in Schedule B (page 2) are made."),
        (
            "9. Housing.",
            "Workers live free of charge in the Farm's licensed camp at 2260 Hickory "
            "Flat Road, which meets applicable state and federal standards.",
        ),
        (
            "10. Kitchen.",
            "Each camp unit has a kitchen with stove, refrigerator, pots and utensils "
            "that workers use at no cost to cook their own meals.",
        ),
        (
            "11. Travel.",
            "The Farm repays the bus fare and daily subsistence from the worker's home "
            "to Spring Hope once the worker completes 50 percent of the contract period, or in the "
            "first workweek to the extent the wage laws require. A worker who completes the contract, "
            "or who is released early other than for cause, receives paid return travel and "
            "subsistence to the place of recruitment. Farm vans carry workers free of charge each "
            "workday between the camp and every worksite.",
        ),
        (
            "12. Tools.",
            "Hoes, harvest buckets, hampers, gloves and every other tool or supply "
            "needed for the job are furnished by the Farm without charge.",
        ),
        (
            "13. Injury coverage.",
            "The Farm carries workers' compensation insurance, policy "
            "WC-26-NC-88714 with Piedmont Growers Mutual, for work-related injury and illness.",
        ),
        (
            "14. Abandonment and dismissal.",
            "A worker absent for five consecutive scheduled workdays "
            "without the Farm's consent is treated as having abandoned the job, and the Farm will "
            "notify the Department of Labor and DHS in writing within two working days. A worker may "
            "be dismissed for cause after one written warning.",
        ),
    ]
    for lab, txt in C:
        pdf.clause(lab, txt, size=9.2, after=1.4)
    pdf.add_page()
    pdf.clause(
        "15. Farm property.",
        "Transplanter parts, irrigation pipe and camp furniture broken "
        "through a worker's misuse or disregard of instructions will be repaired at that "
        "worker's expense by payroll deduction.",
        size=9.2,
    )
    pdf.clause(
        "16. Recruitment.",
        "Workers in Mexico are recruited for the Farm by Agencia Laboral "
        "Tres Ríos, S.C., under a written agreement that forbids it to charge workers any "
        "fee; the Farm pays the agency itself.",
        size=9.2,
    )
    pdf.heading("SCHEDULE B - PAYROLL DEDUCTIONS", size=10.5, rule=True)
    rows = [
        ("Item", "Amount", "When", "Borne by"),
        (
            "Federal income tax (only if the worker asks in writing)",
            "as withheld",
            "weekly",
            "Worker",
        ),
        ("Social Security and Medicare (FICA)", "not withheld for H-2A", "-", "-"),
        ("Camp housing, bedding, electricity", "$0.00", "-", "Farm"),
        ("Daily transportation to the fields", "$0.00", "-", "Farm"),
        ("Tools, gloves and hampers", "$0.00", "-", "Farm"),
        (
            "Voluntary pay advance requested by the worker in writing",
            "amount advanced",
            "next payday",
            "Worker",
        ),
        (
            "Repair of Farm property damaged by misuse (clause 15)",
            "actual cost",
            "as incurred",
            "Worker",
        ),
        ("Court-ordered garnishment", "as ordered", "weekly", "Worker"),
    ]
    pdf.grid(rows, (88, 34, 28, 26), size=8.6, zebra=(248, 244, 238))
    pdf.para(
        "No deduction may reduce a worker's pay below the required hourly rate, and no deduction "
        "is made for the recruitment of the worker.",
        size=8.4,
        style="I",
    )
    pdf.heading("ACKNOWLEDGMENT", size=10)
    pdf.para(
        "I received this contract in Spanish and English before leaving my home country.", size=9
    )
    pdf.sign_lines(
        ["For the Farm: Wade Pittman Barefoot, Owner", "Worker (print and sign)", "Date"],
        names=["Wade P. Barefoot", "", ""],
    )
    pdf.add_page()
    pdf.band(
        "ADDENDUM No. 1 TO THE WORK CONTRACT",
        "Dated March 2, 2026  -  forms part of the contract",
        color=(90, 90, 90),
        h=16,
        size=12,
    )
    pdf.para(
        "The parties agree to the following changes. Every clause not mentioned here stays as "
        "written.",
        size=9.5,
    )
    pdf.clause(
        "A.",
        "Clause 4 is amended to add a third place of work: the Strickland field, 90 "
        "Pine Level Road, Bailey, NC 27807.",
        size=9.5,
    )
    pdf.clause(
        "B.",
        "Clause 9 is amended to read: Housing is provided in the Farm's licensed camp at "
        "2260 Hickory Flat Road. Each occupant contributes $22.50 per week toward electricity "
        "and water, withheld from the Friday check.",
        size=9.5,
    )
    pdf.clause(
        "C.",
        'Schedule B is amended so that the row "Camp housing, bedding, electricity" '
        'reads "see clause 9 as amended".',
        size=9.5,
    )
    pdf.ln(4)
    pdf.sign_lines(["For the Farm", "Worker"], names=["Wade P. Barefoot", ""])
    return pdf


# =====================================================================================
# ax02  H-2A, Spanish, recruiter cost sheet + payment plan + scanned receipts (page 3)
# =====================================================================================
AX02_RECEIPT_LINES = [
    ("ENLACE AGRÍCOLA DEL BAJÍO", LB + "LiberationSerif-Bold.ttf", 17, 0),
    (
        "Calle Hidalgo 27, Dolores Hidalgo C.I.N., Guanajuato  -  Tel. 418 555 0192",
        LB + "LiberationSerif-Regular.ttf",
        10.5,
        0,
    ),
    ("---", None, 0, 0),
    ("RECIBO DE DINERO   No. 0587", LB + "LiberationSans-Bold.ttf", 13.5, 0),
    ("Fecha: 15 de enero de 2026", LB + "LiberationSans-Regular.ttf", 12, 0),
    (
        "Recibí del Sr. Jacinto Oropeza Medellín la cantidad de $2,500.00 (dos mil",
        LB + "LiberationSans-Regular.ttf",
        12,
        0,
    ),
    (
        "quinientos pesos 00/100 M.N.) como primer abono de la cuota de gestión y",
        LB + "LiberationSans-Regular.ttf",
        12,
        0,
    ),
    ("acompañamiento del trámite H-2A.", LB + "LiberationSans-Regular.ttf", 12, 0),
    ("Saldo pendiente: $4,000.00", LB + "LiberationSans-Regular.ttf", 12, 0),
    (None,),
    ("Recibió: Lic. Rogelio Cárdenas Zúñiga", LB + "LiberationSans-Italic.ttf", 12, 0),
    (None,),
    (None,),
    ("---", None, 0, 0),
    ("RECIBO DE DINERO   No. 0588", LB + "LiberationSans-Bold.ttf", 13.5, 0),
    ("Fecha: 15 de enero de 2026", LB + "LiberationSans-Regular.ttf", 12, 0),
    (
        "Recibí del Sr. Jacinto Oropeza Medellín la cantidad de $3,000.00 (tres mil",
        LB + "LiberationSans-Regular.ttf",
        12,
        0,
    ),
    (
        "pesos 00/100 M.N.) como depósito en garantía de que se presentará a su cita",
        LB + "LiberationSans-Regular.ttf",
        12,
        0,
    ),
    (
        "consular y cumplirá su contrato, que se le devolverá a su regreso de la temporada.",
        LB + "LiberationSans-Regular.ttf",
        12,
        0,
    ),
    (None,),
    ("Recibió: Lic. Rogelio Cárdenas Zúñiga", LB + "LiberationSans-Italic.ttf", 12, 0),
    (None,),
    (None,),
    ("---", None, 0, 0),
    ("Copia fiel del original. Conserve sus recibos.", LB + "LiberationSans-Italic.ttf", 10, 0),
]


def ax02():
    pdf = Doc(
        "letter",
        "sans",
        footer_text="Enlace Agrícola del Bajío - Hoja de costos H-2A 2026",
        accent=(20, 100, 60),
    )
    pdf.es = True
    pdf.scan_pages = {3}
    pdf.add_page()
    pdf.band(
        "ENLACE AGRÍCOLA DEL BAJÍO, S. de R.L. de C.V.",
        "Calle Hidalgo 27, Dolores Hidalgo C.I.N., Guanajuato  -  Tel. 418 555 0192  -  Gestoría de empleo temporal",
        h=18,
        size=13.5,
    )
    pdf.ttl(
        "HOJA DE COSTOS Y COMPROMISO DE PAGO\nPrograma de visas de trabajo agrícola H-2A, temporada 2026",
        size=11.5,
    )
    pdf.grid(
        [
            ("Trabajador", "Jacinto Oropeza Medellín"),
            ("Domicilio", "Comunidad La Tinaja, San Diego de la Unión, Guanajuato"),
            (
                "Empleador en EE. UU.",
                "Cypress Flats Onion Company, LLC, 418 Collins Mill Road, Lyons, Georgia 30436",
            ),
            ("Fecha", "12 de enero de 2026"),
        ],
        (42, 134),
        header=False,
        size=9,
        borders="HORIZONTAL_LINES",
    )
    pdf.heading("1. Datos del trabajo que ofrece el empleador", size=10.5, color=(20, 100, 60))
    rows = [
        ("Concepto", "Lo que se ofrece"),
        (
            "Puesto y tareas",
            "Trabajador agrícola: trasplante, deshierbe y cosecha de cebolla dulce; corte de rabo y llenado de costales de 50 libras.",
        ),
        (
            "Requisitos",
            "Experiencia mínima de 3 meses en cosecha de hortalizas; saber usar tijera de campo.",
        ),
        ("Lugar", "Campos del empleador en el condado de Toombs, Georgia."),
        ("Periodo", "Del 9 de marzo al 30 de junio de 2026."),
        ("Horario", "8 horas diarias, de lunes a sábado."),
        ("Salario", "$15.83 dólares por hora."),
        ("Pago", "Cada semana, en cheque."),
        ("Vivienda", "Gratuita, en el campamento del empleador en Lyons, Georgia."),
        ("Transporte diario", "Camioneta gratuita del campamento al campo."),
        ("Herramientas", "Las proporciona el empleador sin costo."),
        (
            "Regreso",
            "El empleador paga el autobús de regreso a Guanajuato al terminar el contrato.",
        ),
    ]
    pdf.grid(rows, (40, 136), size=8.8, fill=(215, 235, 222))
    pdf.para(
        "Este documento resume la oferta. El contrato del empleador se entrega en Monterrey el día "
        "de la cita consular.",
        size=8.5,
        style="I",
    )

    pdf.add_page()
    pdf.heading("2. Costos del trámite", size=10.5, color=(20, 100, 60))
    rows = [
        ("Concepto", "Importe", "Paga"),
        ("Cuota de gestión y acompañamiento del trámite", "$6,500.00 MXN", "Trabajador"),
        ("Derecho consular de visa (MRV), no reembolsable", "USD 205.00", "Trabajador"),
        ("Examen médico y antidoping, Clínica San Rafael, Celaya", "$1,350.00 MXN", "Trabajador"),
        ("Traslado a Monterrey y dos noches de hotel", "$2,200.00 MXN", "Trabajador"),
        ("Certificación laboral y petición ante USCIS", "-", "Empleador"),
        ("Cruce fronterizo (forma I-94)", "USD 6.00", "Empleador"),
    ]
    pdf.grid(rows, (112, 36, 28), size=8.8, fill=(215, 235, 222), lh=5)
    pdf.para(
        'Todos los conceptos marcados "Trabajador" se pagan antes de la cita consular y no se '
        "devuelven.",
        size=9.2,
    )
    pdf.heading("3. Plan de pagos de la cuota de gestión", size=10.5, color=(20, 100, 60))
    rows = [
        ("Abono", "Fecha límite", "Importe", "Saldo"),
        ("1", "15 de enero de 2026", "$2,500.00", "$4,000.00"),
        ("2", "30 de enero de 2026", "$2,000.00", "$2,000.00"),
        ("3", "13 de febrero de 2026", "$2,000.00", "$0.00"),
    ]
    pdf.grid(
        rows,
        (20, 60, 48, 48),
        size=8.8,
        fill=(215, 235, 222),
        align=("CENTER", "LEFT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "Si el trabajador no completa sus abonos a tiempo, su lugar se da al siguiente de la lista.",
        size=9.2,
    )
    pdf.heading("4. Declaración", size=10.5, color=(20, 100, 60))
    pdf.para(
        "Declaro que me explicaron los costos de esta hoja, que los acepto y que recibí copia. "
        "Los recibos de mis pagos se anexan al final.",
        size=9.2,
    )
    pdf.sign_lines(
        [
            "Jacinto Oropeza Medellín\nEl trabajador",
            "Lic. Rogelio Cárdenas Zúñiga\nPor Enlace Agrícola del Bajío, S. de R.L. de C.V.",
        ],
        y_gap=18,
    )

    pdf.add_page()
    img = scan_page(AX02_RECEIPT_LINES, size_px=(1700, 2200), seed=202, angle=0.4)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    return pdf


# =====================================================================================
# ax03  H-2B, English, COMPLIANT: summary grid, two-column promises, footnotes
# =====================================================================================
def ax03():
    pdf = Doc(
        "letter",
        "serif",
        header_text="Driftwood Cove Resort & Marina, Inc. - H-2B Job Order H-400-26022-604417",
        footer_text="Rev. 01/2026 - employee copy",
        accent=(20, 60, 90),
    )
    pdf.add_page()
    pdf.set_font("serif", "B", 16)
    pdf.cell(0, 8, "Driftwood Cove Resort & Marina, Inc.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 9)
    pdf.cell(
        0,
        5,
        "77 Harbor Bluff Drive, Bayfield, Wisconsin 54814  -  (715) 555-0128  -  hr@driftwoodcove.example",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(20, 60, 90)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(6)
    pdf.ttl(
        "TEMPORARY NON-AGRICULTURAL EMPLOYMENT CONTRACT (H-2B)\nSeasonal Housekeeping Staff - 2026 Season",
        size=11.5,
    )
    rows = [
        ("Term", "Offer"),
        (
            "Employer",
            "Driftwood Cove Resort & Marina, Inc., 77 Harbor Bluff Drive, Bayfield, WI 54814",
        ),
        ("Position", "Housekeeper (SOC 37-2012)"),
        (
            "Duties",
            "Clean and restock 14 to 16 guest rooms per shift: strip and make beds, vacuum, clean "
            "bathrooms, restock amenities, remove room-service trays and report needed repairs. When "
            "assigned to the marina gate, collect the daily parking fee from day visitors and issue receipts.",
        ),
        (
            "Requirements",
            "No experience or schooling required. Must be able to lift 25 lb and stand for a full shift.",
        ),
        ("Worksite", "The resort and marina at 77 Harbor Bluff Drive, Bayfield, WI 54814"),
        ("Dates", "May 11, 2026 to October 17, 2026"),
        (
            "Hours",
            "35 hours per week: five 7-hour shifts between 7:30 a.m. and 3:00 p.m.; days off rotate",
        ),
        ("Wage", "$17.36 per hour(1)"),
        (
            "Overtime",
            "$26.04 per hour for hours over 40 in a workweek; overtime is occasional and voluntary",
        ),
        ("Paydays", "Every other Friday (biweekly), by direct deposit or paper check"),
        (
            "Deductions",
            "Federal and Wisconsin income tax, Social Security and Medicare contributions, and any "
            "deduction the worker authorizes in writing for the worker's own benefit (for example a "
            "voluntary savings plan). Nothing else is deducted.",
        ),
        (
            "Housing",
            "Optional room in the staff residence at 81 Harbor Bluff Drive, free of charge",
        ),
    ]
    pdf.grid(rows, (32, 148), size=8.8, fill=(214, 226, 236), font="serif")
    pdf.para(
        "The promises on the next page are part of this contract. Footnotes appear at the end of "
        "page 2.",
        size=8.6,
        style="I",
    )

    pdf.add_page()
    pdf.heading("EMPLOYER'S PROMISES", size=11, rule=True)
    promises = [
        (
            "A. Highest wage.",
            "The resort pays at least the highest of the offered wage, the prevailing "
            "wage, or the federal, state or local minimum wage in force while the work is done, including "
            "any new prevailing wage issued during the season, from the day it takes effect.",
        ),
        (
            "B. Three-fourths guarantee.",
            "In each 12-week period of the season(2) the resort offers each "
            "worker hours equal to at least three-fourths of the workdays in that period and pays for the "
            "offered hours even if the worker is not given them.",
        ),
        (
            "C. Trip here.",
            "The resort provides or repays the worker's transportation and daily "
            "subsistence from the place of recruitment to Bayfield once the worker completes 50 percent "
            "of the season, and sooner where needed so the first week's pay is not below the minimum wage.",
        ),
        (
            "D. Trip home.",
            "A worker who completes the season, or who is dismissed early for any reason "
            "other than cause, receives paid transportation and daily subsistence back to the place of "
            "recruitment.",
        ),
        (
            "E. Visa costs.",
            "The resort pays, or repays in the first workweek, the visa fee, visa "
            "processing fee and border-crossing fee. Passport costs are also repaid in full with the "
            "first paycheck.",
        ),
        (
            "F. Tools and uniforms.",
            "Carts, vacuums, cleaning supplies, gloves and uniforms are issued at "
            "no cost and without a deposit.",
        ),
        (
            "G. Pay statements.",
            "Each payday the worker receives a written statement of hours offered, "
            "hours worked, rate of pay, earnings and every deduction.",
        ),
        (
            "H. No payment for the job.",
            "Blue Mahoe Placement Services Ltd. of Montego Bay recruits for "
            "the resort under a written agreement that forbids it to seek or receive any payment from "
            "workers. The resort pays all recruitment costs.",
        ),
        (
            "I. Your documents.",
            "Your passport and visa stay with you. No one at the resort will ask to hold them.",
        ),
        (
            "J. Leaving the job.",
            "You may resign at any time. No penalty, fee or forfeiture of earned "
            "wages applies; a worker who resigns early only loses the paid trip home and the guarantee "
            "for the time not worked.",
        ),
        (
            "K. Abandonment and dismissal.",
            "A worker absent for five consecutive workdays without "
            "permission is treated as having abandoned the job; the resort notifies the Department of "
            "Labor and DHS in writing within two business days. Dismissal for cause follows a written "
            "warning and a meeting with the worker.",
        ),
        (
            "L. If the season cannot continue.",
            "If fire, flood, storm or another Act of God makes the "
            "contract impossible to fulfil, the resort may end it with the Department of Labor's "
            "approval, and then pays the guarantee up to that date and the trip home.",
        ),
        ("M. Breakage.", "Broken dishes, linens or equipment are never charged to staff."),
        (
            "N. Complaints.",
            "Workers may complain to the Department of Labor or anyone else; no one is "
            "punished or left off next year's rehire list for doing so.",
        ),
        ("O. Meals.", "One free staff meal is served in the employee dining room each shift."),
    ]
    with pdf.text_columns(
        ncols=2, gutter=7, text_align="LEFT", line_height=1.12, balance=True
    ) as cols:
        for lab, txt in promises:
            with cols.paragraph(bottom_margin=1.6) as par:
                pdf.set_font("serif", "B", 8.6)
                par.write(lab + " ")
                pdf.set_font("serif", "", 8.6)
                par.write(txt)
    pdf.ln(3)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
    pdf.ln(1.5)
    pdf.para(
        "(1) Wage set at or above prevailing wage determination P-400-25310-118205 for Bayfield County.",
        size=7.4,
    )
    pdf.para(
        "(2) Where the season lasts less than 120 days the guarantee is counted in 6-week periods; "
        "the final partial period is counted on its own.",
        size=7.4,
    )

    pdf.add_page()
    pdf.heading("SIGNATURES", size=11, rule=True)
    pdf.para(
        "I have received a copy of this contract in English, the language I read, at least one week "
        "before my visa interview.",
        size=9.2,
    )
    pdf.sign_lines(
        [
            "For the employer: Marguerite Oyelaran-Hale, Director of Human Resources",
            "Worker: printed name and signature",
            "Date",
        ],
        names=["M. Oyelaran-Hale", "", ""],
    )
    pdf.ln(4)
    pdf.heading("WHERE TO GET HELP", size=10)
    pdf.para(
        "U.S. Department of Labor, Wage and Hour Division: 1-866-487-9243 (free, interpreters "
        "available).",
        size=9,
    )
    return pdf


# =====================================================================================
# ax04  H-2B, Spanish, recruiter "convenio" + checkbox payer form + addendum
# =====================================================================================
def ax04():
    pdf = Doc(
        "letter",
        "lserif",
        footer_text="SMCE - Convenio H-2B 2026 - Exp. LM-0114",
        accent=(0, 90, 110),
    )
    pdf.es = True
    pdf.add_page()
    pdf.set_font("lsans", "B", 13)
    pdf.cell(
        0,
        6,
        "SERVICIOS MIGRATORIOS COSTA ESMERALDA, S.C.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("lsans", "", 8.5)
    pdf.cell(
        0,
        5,
        "Blvd. Antonio Rosales 1450 Pte., Los Mochis, Sinaloa  -  Tel. 668 555 0137",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.ttl(
        "CONVENIO DE SERVICIOS DE GESTIÓN PARA TRABAJO TEMPORAL CON VISA H-2B",
        size=11.5,
        font="lsans",
    )
    pdf.para(
        "En Los Mochis, Sinaloa, a 14 de enero de 2026, comparecen por una parte Servicios Migratorios "
        'Costa Esmeralda, S.C. (en lo sucesivo "LA GESTORA"), representada por la C. Ofelia Benítez '
        "Arredondo, y por la otra la C. Yesenia Lugo Armenta, originaria de Ahome, Sinaloa (en lo "
        'sucesivo "LA TRABAJADORA"), quienes celebran este convenio al tenor de las siguientes:',
        size=10,
        align="J",
    )
    pdf.ttl("CLÁUSULAS", size=10.5, after=1, font="lsans")
    pdf.clause(
        "PRIMERA. Del empleo.",
        "LA GESTORA tramita para LA TRABAJADORA un puesto temporal con "
        'Catahoula Point Seafood, LLC (en lo sucesivo "LA EMPRESA"), en las condiciones siguientes:',
        size=10,
    )
    rows = [
        ("Concepto", "Condición"),
        ("Empresa", "Catahoula Point Seafood, LLC, 1190 Bayou Road, Pierre Part, Louisiana 70339"),
        (
            "Puesto",
            "Peladora y empacadora de langostino: pelar, desvenar, pesar y empacar colas de langostino",
        ),
        ("Requisito", "Una temporada de experiencia pelando langostino, camarón o jaiba"),
        ("Lugar", "Planta de LA EMPRESA en 1190 Bayou Road, Pierre Part, Louisiana"),
        ("Periodo", "Del 2 de febrero al 31 de julio de 2026"),
        ("Horario", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 horas"),
        ("Salario", "$14.21 dólares por hora, o $2.40 por libra de cola pelada si resulta mayor"),
        ("Tiempo extra", "$21.32 dólares por hora después de 40 horas en la semana"),
        ("Pago", "Cada semana, los jueves"),
        ("Descuentos", "Únicamente los impuestos que marca la ley de los Estados Unidos"),
    ]
    pdf.grid(rows, (30, 150), size=9, fill=(210, 230, 234), font="lsans")
    pdf.clause(
        "SEGUNDA. Del viaje.",
        "LA EMPRESA paga el autobús de Los Mochis a Monterrey y de Monterrey "
        "a Pierre Part, con alimentos en el camino. LA EMPRESA entrega sin costo el mandil, los "
        "guantes, las botas de hule y los cuchillos.",
        size=10,
        align="J",
    )
    pdf.clause(
        "TERCERA. De los gastos.",
        "Los gastos del trámite se reparten como se indica en el "
        "Formato A, que forma parte de este convenio.",
        size=10,
        align="J",
    )
    pdf.clause(
        "CUARTA. De la garantía.",
        "Para asegurar su regreso, LA TRABAJADORA firma en este acto un "
        "pagaré por $25,000.00 M.N. a favor de LA GESTORA, que le será devuelto cuando regrese a Los "
        "Mochis al término de la temporada.",
        size=10,
        align="L",
    )

    pdf.add_page()
    pdf.clause(
        "QUINTA. De los documentos.",
        "Desde la cita consular y hasta el regreso, el encargado de la "
        "cuadrilla resguardará los pasaportes con visa de todas las trabajadoras para evitar extravíos.",
        size=10,
    )
    pdf.clause(
        "SEXTA. Del cumplimiento.",
        "LA TRABAJADORA se obliga a trabajar la temporada completa y a "
        "respetar el reglamento de la planta.",
        size=10,
    )
    pdf.clause(
        "SÉPTIMA. Jurisdicción.",
        "Para todo lo relativo a este convenio las partes se someten a los "
        "tribunales de Los Mochis, Sinaloa.",
        size=10,
    )
    pdf.ln(2)
    pdf.set_fill_color(210, 230, 234)
    pdf.set_font("lsans", "B", 10.5)
    pdf.cell(
        0,
        7,
        "FORMATO A - ¿QUIÉN PAGA CADA GASTO?  (marque con X)",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    X, O = BOX_ON, BOX_OFF
    rows = [
        ("No.", "Gasto", "Monto", "Empresa", "Trabajadora"),
        ("1", "Certificación laboral (ETA-9142B) y petición I-129", "-", X, O),
        ("2", "Llenado de DS-160, fotografías y copias (gestoría)", "$2,400.00 MXN", O, X),
        ("3", "Derecho de visa (MRV)", "USD 205.00", O, X),
        ("4", "Autobús Los Mochis - Monterrey - Pierre Part", "-", X, O),
        ("5", "Hotel en Monterrey (2 noches) y alimentos", "-", X, O),
        ("6", "Cruce fronterizo (I-94)", "USD 6.00", X, O),
        ("7", "Mandil, guantes, botas de hule y cuchillos", "-", X, O),
    ]
    pdf.set_font("sans", "", 9)
    with pdf.table(
        col_widths=(10, 86, 30, 24, 30),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 242, 244)),
        line_height=5.2,
        padding=1.2,
        text_align=("CENTER", "LEFT", "RIGHT", "CENTER", "CENTER"),
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)
    pdf.para(
        'Lo que esté marcado en la columna "Trabajadora" se paga en efectivo en la oficina de LA '
        "GESTORA antes de la cita consular y no se reembolsa.",
        size=9.5,
        font="lsans",
    )
    pdf.ln(2)
    pdf.para(
        "Leído que fue el presente convenio y enteradas las partes de su contenido, lo firman de "
        "conformidad.",
        size=10,
    )
    pdf.sign_lines(
        [
            "C. Ofelia Benítez Arredondo\nPor LA GESTORA",
            "C. Yesenia Lugo Armenta\nLA TRABAJADORA (firma y huella)",
        ],
        y_gap=18,
    )

    pdf.add_page()
    pdf.set_font("lsans", "B", 12)
    pdf.cell(
        0,
        7,
        "ADENDUM AL CONVENIO DE FECHA 14 DE ENERO DE 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("lsans", "", 9)
    pdf.cell(
        0,
        5,
        "Firmado en Los Mochis, Sinaloa, el 22 de enero de 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.para(
        "Las partes acuerdan modificar el convenio citado en los términos siguientes; lo no modificado "
        "sigue vigente.",
        size=10,
    )
    pdf.clause(
        "I.",
        "Se corrige la cláusula PRIMERA: el salario por hora es de $14.50 dólares y el tiempo "
        "extra de $21.75 dólares por hora.",
        size=10,
        indent=4,
    )
    pdf.clause(
        "II.",
        "Se modifica la cláusula SEXTA para agregar el párrafo siguiente: La trabajadora que "
        "deje la planta antes del 31 de julio de 2026 pagará a LA GESTORA una pena convencional de "
        "$8,000.00 M.N. por los gastos de su reemplazo.",
        size=10,
        indent=4,
    )
    pdf.clause("III.", "El Formato A no se modifica.", size=10, indent=4)
    pdf.ln(4)
    pdf.sign_lines(["Por LA GESTORA", "LA TRABAJADORA"], names=["Ofelia Benítez A.", ""])
    return pdf


# =====================================================================================
# ax05  generic (Honduras -> Canada), bilingual EN | ES side by side, A4
# =====================================================================================
AX05_ROWS = [
    (
        "1",
        "Parties. Northshore Pepper Greenhouses Inc., 2250 Concession Road 9, Kingsville, Ontario N9Y 2E5 "
        "(the Employer), and Keyla Marisol Zelaya Banegas of Santa Rosa de Copán, Honduras (the Worker).",
        "Partes. Northshore Pepper Greenhouses Inc., 2250 Concession Road 9, Kingsville, Ontario N9Y 2E5 "
        "(el Empleador), y Keyla Marisol Zelaya Banegas, de Santa Rosa de Copán, Honduras (la Trabajadora).",
    ),
    (
        "2",
        "Position. Greenhouse worker: plant, prune, twist and clip pepper vines, harvest and grade peppers "
        "and keep the aisles clean.",
        "Puesto. Trabajadora de invernadero: plantar, podar, enredar y sujetar las guías del chile "
        "pimiento, cosechar y clasificar el pimiento y mantener limpios los pasillos.",
    ),
    (
        "3",
        "Place of work. The Employer's greenhouses at 2250 Concession Road 9 and 1680 Road 3 East, "
        "Kingsville, Ontario.",
        "Lugar de trabajo. Los invernaderos del Empleador en 2250 Concession Road 9 y 1680 Road 3 East, "
        "Kingsville, Ontario.",
    ),
    (
        "4",
        "Period. From 1 March 2027 to 30 November 2027.",
        "Periodo. Del 1 de marzo de 2027 al 30 de noviembre de 2027.",
    ),
    (
        "5",
        "Hours. 8 hours a day, five or six days a week, with at least 40 hours of work offered each week.",
        "Horario. 8 horas al día, cinco o seis días por semana, con al menos 40 horas de trabajo "
        "ofrecidas cada semana.",
    ),
    (
        "6",
        "Wage. CAD 17.60 per hour; overtime as required by Ontario law.",
        "Salario. CAD 17.60 por hora; horas extra según la ley de Ontario.",
    ),
    (
        "7",
        "Pay. Every two weeks by direct deposit, with a written pay statement.",
        "Pago. Cada dos semanas por depósito directo, con un talón de pago por escrito.",
    ),
    (
        "8",
        "Deductions. Income tax, Canada Pension Plan contributions and Employment Insurance premiums "
        "required by law, and the amounts in clauses 11 and 12.",
        "Descuentos. El impuesto sobre la renta, las cotizaciones al Plan de Pensiones de Canadá y las "
        "primas del Seguro de Empleo que exige la ley, y las cantidades de las cláusulas 11 y 12.",
    ),
    (
        "9",
        "Housing. Furnished housing at 1684 Road 3 East, Kingsville, is provided free of charge.",
        "Vivienda. Se proporciona sin costo vivienda amueblada en 1684 Road 3 East, Kingsville.",
    ),
    (
        "10",
        "Travel. The Employer pays the airfare San Pedro Sula - Toronto and back, and the ground "
        "transport to and from Kingsville.",
        "Viaje. El Empleador paga el boleto de avión San Pedro Sula - Toronto de ida y vuelta, y el "
        "transporte terrestre hacia y desde Kingsville.",
    ),
    (
        "11",
        "Health coverage. Until provincial health coverage begins, the Worker pays the private medical "
        "insurance premium of CAD 46 per month, deducted from each pay.",
        "Cobertura de salud. Hasta que inicie la cobertura de salud provincial, la Trabajadora paga la "
        "prima del seguro médico privado de CAD 46 al mes, que se descuenta de cada pago.",
    ),
    (
        "12",
        "Season-completion reserve. The Employer holds back CAD 1.25 of every hour worked and releases the "
        "accumulated amount only when the Worker completes the season.",
        "Reserva de fin de temporada. El Empleador retiene CAD 1.25 de cada hora trabajada y entrega lo "
        "acumulado solamente cuando la Trabajadora termina la temporada.",
    ),
    (
        "13",
        "Residence rules. Workers must be inside the residence by 9:00 p.m. every night and may not leave "
        "Kingsville on days off without the supervisor's written permission.",
        "Reglas de la vivienda. Las trabajadoras deben estar dentro de la vivienda a las 9:00 p.m. todas "
        "las noches y no pueden salir de Kingsville en sus días libres sin permiso escrito del supervisor.",
    ),
    (
        "14",
        "Documents. The Worker keeps her passport and work permit at all times.",
        "Documentos. La Trabajadora conserva en todo momento su pasaporte y su permiso de trabajo.",
    ),
    (
        "15",
        "Recruitment. Conexión Laboral Lempira S. de R.L. is paid by the Employer; the Worker owes the "
        "recruiter nothing.",
        "Reclutamiento. Conexión Laboral Lempira S. de R.L. recibe su pago del Empleador; la Trabajadora "
        "no le debe nada a la agencia.",
    ),
    (
        "16",
        "Termination. Either party may end this agreement with two weeks' written notice. The Employer may "
        "dismiss without notice only for serious misconduct, and still pays the return ticket.",
        "Terminación. Cualquiera de las partes puede terminar este contrato con dos semanas de aviso por "
        "escrito. El Empleador solo puede despedir sin aviso por falta grave, y aun así paga el boleto de "
        "regreso.",
    ),
]


def ax05():
    pdf = Doc(
        "A4",
        "sans",
        footer_text="Northshore Pepper Greenhouses Inc. - TFWP agricultural stream",
        accent=(150, 30, 30),
        margins=(14, 14, 14),
    )
    pdf.add_page()
    pdf.band(
        "EMPLOYMENT AGREEMENT  /  CONTRATO DE TRABAJO",
        "Temporary Foreign Worker Program - Agricultural Stream  /  Programa de Trabajadores Extranjeros Temporales",
        h=18,
        size=13.5,
    )

    def bitable(rows):
        pdf.set_font("sans", "", 8.6)
        pdf.set_fill_color(255, 255, 255)
        with pdf.table(
            col_widths=(9, 87, 87),
            headings_style=FontFace(
                emphasis="BOLD", color=(150, 30, 30), fill_color=(255, 255, 255)
            ),
            borders_layout="HORIZONTAL_LINES",
            line_height=4.1,
            padding=(1.2, 2.0, 1.2, 2.0),
            text_align=("LEFT", "LEFT", "LEFT"),
        ) as t:
            for r in [("", "ENGLISH", "ESPAÑOL")] + list(rows):
                row = t.row()
                for c in r:
                    row.cell(c)

    bitable(AX05_ROWS[:9])
    pdf.add_page()
    bitable(AX05_ROWS[9:])
    pdf.ln(3)
    pdf.sign_lines(
        [
            "Employer / Empleador: Douglas Vandermeer, Operations Manager",
            "Worker / Trabajadora: Keyla Marisol Zelaya Banegas",
            "Date / Fecha",
        ]
    )
    return pdf


# =====================================================================================
# ax06  H-2A, Spanish, COMPLIANT: newspaper-style two-column numbered clauses
# =====================================================================================
AX06_CLAUSES = [
    (
        "Cláusula 1. Empleador.",
        "Entiat Bench Orchards LLC, 5120 Entiat River Road, Entiat, Washington "
        "98822, teléfono (509) 555-0166.",
    ),
    (
        "Cláusula 2. Puesto y tareas.",
        "Trabajador de huerto: cosecha de manzana y pera con escalera y bolsa "
        "recolectora, vaciado de la bolsa en cajones (bins), raleo de fruta, poda de verano y acomodo de "
        "cajones vacíos.",
    ),
    (
        "Cláusula 3. Requisitos.",
        "Tres meses de experiencia en cosecha de fruta de árbol; poder subir y "
        "bajar escaleras de 12 pies cargando hasta 40 libras.",
    ),
    (
        "Cláusula 4. Lugar de trabajo.",
        "Los huertos del empleador en Entiat y el rancho Swakane, 8800 "
        "Swakane Canyon Road, ambos en el condado de Chelan, Washington.",
    ),
    ("Cláusula 5. Periodo.", "Del 3 de agosto al 6 de noviembre de 2026."),
    (
        "Cláusula 6. Horario.",
        "40 horas por semana, de lunes a sábado, de 6:00 a.m. a 2:30 p.m., con media "
        "hora para comer.",
    ),
    (
        "Cláusula 7. Salario.",
        "$19.82 por hora, o $30.00 por cajón cosechado, y se paga lo que resulte "
        "mayor en cada semana. Si durante el contrato se publica una tarifa AEWR, un salario prevaleciente o un "
        "salario mínimo más alto, se paga la tarifa más alta desde el día en que entra en vigor.",
    ),
    (
        "Cláusula 8. Forma de pago.",
        "Cada semana, los viernes, por depósito directo en la cuenta del "
        "trabajador o con cheque, como él prefiera.",
    ),
    (
        "Cláusula 9. Talón de pago.",
        "Con cada pago se entrega un talón con las horas ofrecidas, las horas "
        "trabajadas, los cajones, la tarifa, el pago bruto, cada descuento y el pago neto.",
    ),
    (
        "Cláusula 10. Descuentos.",
        "Solo los que exige la ley y los que el trabajador autorice por escrito "
        "para su propio beneficio. No se descuenta nada por la vivienda, el transporte, las herramientas ni el "
        "trámite de la visa.",
    ),
    (
        "Cláusula 11. Garantía de tres cuartas partes.",
        "El empleador ofrece trabajo por un total de horas "
        "igual a por lo menos tres cuartas partes de los días de trabajo del periodo del contrato; si no lo "
        "hace, paga la diferencia.",
    ),
    (
        "Cláusula 12. Vivienda.",
        "Vivienda gratuita en el campamento del huerto, 5140 Entiat River Road, con "
        "camas, colchones y cobijas sin costo y sin depósito.",
    ),
    (
        "Cláusula 13. Comidas.",
        "Cada cabaña tiene cocina equipada que el trabajador usa gratis. Además, el "
        "comedor del rancho vende tres comidas diarias por $14.00 al día a quien quiera inscribirse; esa "
        "cantidad no excede el máximo diario que publica el Departamento de Trabajo.",
    ),
    (
        "Cláusula 14. Transporte.",
        "El empleador reembolsa el viaje y los alimentos del camino desde el lugar "
        "de reclutamiento al cumplir el trabajador la mitad del contrato, o antes si la ley lo exige para la "
        "primera semana. Al terminar el contrato, o si lo dejan ir antes sin causa, el empleador paga el viaje "
        "de regreso y los alimentos del camino. Un autobús gratuito lleva a los trabajadores del campamento al "
        "huerto y de regreso cada día de trabajo.",
    ),
    (
        "Cláusula 15. Herramientas.",
        "Escaleras, bolsas recolectoras, tijeras de poda y guantes se entregan gratis.",
    ),
    (
        "Cláusula 16. Accidentes de trabajo.",
        "El trabajador está asegurado por el seguro estatal de "
        "compensación de trabajadores del Departamento de Labor e Industrias de Washington, cuenta "
        "601-338-22-4.",
    ),
    (
        "Cláusula 17. Abandono y despido.",
        "Si el trabajador falta cinco días seguidos de trabajo sin permiso, "
        "se considera que abandonó el empleo y el empleador lo avisa por escrito al Departamento de Trabajo y "
        "al DHS en dos días hábiles. Solo se despide por causa justificada y explicada por escrito.",
    ),
    (
        "Cláusula 18. Imposibilidad.",
        "Si una helada, granizo, incendio u otro desastre natural hace "
        "imposible cumplir el contrato, el empleador puede terminarlo con la aprobación del Departamento de "
        "Trabajo, pero paga la garantía de tres cuartas partes hasta esa fecha y el viaje de regreso.",
    ),
    (
        "Cláusula 19. Sin cobros.",
        "Nadie puede cobrarle por este trabajo. Puerta Norte Colocaciones, A.C. "
        "recluta para el empleador en Michoacán y recibe su pago del empleador. El empleador paga las cuotas "
        "de la visa y del cruce fronterizo, o las reembolsa en la primera semana. No se pide fianza, pagaré "
        "ni depósito de ningún tipo.",
    ),
    (
        "Cláusula 20. Si usted decide irse.",
        "No paga multa ni penalización; solo pierde el viaje de regreso "
        "pagado y la garantía por el tiempo que ya no trabaje.",
    ),
    (
        "Cláusula 21. Documentos, quejas y libertad.",
        "Su pasaporte siempre queda en sus manos. Puede "
        "quejarse ante el Departamento de Trabajo sin represalias y nadie lo pondrá en ninguna lista negra. "
        "Fuera del horario de trabajo puede salir del campamento y recibir visitas libremente.",
    ),
]


def ax06():
    pdf = Doc(
        "letter",
        "cond",
        header_text="Entiat Bench Orchards LLC - Orden de trabajo H-300-26120-733015",
        footer_text="Copia del trabajador",
        accent=(160, 30, 40),
    )
    pdf.es = True
    pdf.add_page()
    pdf.band(
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)",
        "Cosecha de manzana y pera 2026  -  Entiat Bench Orchards LLC  -  Entiat, Washington",
        h=17,
        size=14,
    )
    pdf.grid(
        [
            ("Trabajador", "Orden de trabajo", "Vacantes"),
            ("____________________________", "H-300-26120-733015", "64"),
        ],
        (70, 70, 40),
        size=9,
        fill=(245, 225, 227),
    )
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=False
    ) as cols:
        for _i, (lab, txt) in enumerate(AX06_CLAUSES):
            with cols.paragraph(bottom_margin=1.8) as par:
                pdf.set_font("cond", "B", 9.2)
                par.write(lab + " ")
                pdf.set_font("cond", "", 9.2)
                par.write(txt)
    pdf.ln(4)
    pdf.set_font("cond", "", 9.2)
    pdf.multi_cell(
        0,
        4.6,
        "Recibí este contrato en español antes de salir de mi país.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.sign_lines(
        [
            "Por el empleador: Hollis Varga-Mendez, gerente de huerto",
            "Firma del trabajador",
            "Fecha",
        ],
        names=["H. Varga-Mendez", "", ""],
    )
    return pdf


# =====================================================================================
# ax07  H-2B, English, carnival: offer letter, handbook page with footnotes, repayment plan
# =====================================================================================
def ax07():
    pdf = Doc(
        "letter",
        "lsans",
        footer_text="Brightwater Midway Shows, Inc. - Seasonal staff packet 2026",
        accent=(200, 120, 0),
    )
    pdf.add_page()
    pdf.set_font("lserif", "BI", 20)
    pdf.set_text_color(170, 90, 0)
    pdf.cell(0, 9, "Brightwater Midway Shows, Inc.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("lsans", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "4100 Fairground Loop, Gibsonton, FL 33534  |  (813) 555-0171  |  Rides - Games - Concessions",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(200, 120, 0)
    pdf.set_line_width(1.2)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)
    pdf.para("January 20, 2026", size=10)
    pdf.para(
        "To: Mr. Saúl Xochitiotzi Pérez\nBarrio de San Antonio, Huamantla, Tlaxcala, Mexico",
        size=10,
    )
    pdf.para(
        "Re: Offer of seasonal employment - H-2B job order H-400-26008-590311", size=10, style="B"
    )
    pdf.para(
        "Dear Mr. Xochitiotzi:\n\nWe are pleased to offer you a place on our 2026 route crew. Your "
        "selection in Tlaxcala was handled by Reclutadora Feria Huamantla, S.C. The terms of the "
        "offer are set out below and in the Staff Handbook extract and repayment schedule attached.",
        size=10,
    )
    rows = [
        (
            "Position",
            "Amusement and Recreation Attendant (SOC 39-3091): assemble, inspect, operate and tear "
            "down rides and game joints; collect ride tickets and admission fees from customers; "
            "keep the midway clean.",
        ),
        ("Requirements", "At least 18 years old and able to lift 75 lb; no experience needed."),
        (
            "Route",
            "Plant City, FL; Perry, GA; Florence, SC; Hickory, NC; Danville, VA (dates on the route card).",
        ),
        ("Season", "March 23, 2026 to November 20, 2026"),
        ("Hours", "About 45 hours per week; show days run from 1:00 p.m. to closing at 11:00 p.m."),
        ("Wage", "$15.48 per hour"),
        ("Overtime", "$23.22 per hour after 40 hours in a workweek"),
        ("Payday", "Weekly, every Saturday, with a pay stub listing hours and deductions"),
        ("Deductions", "Taxes required by law and the items in the Handbook extract (page 2)"),
        ("Visa", "The Company pays the visa fee directly at the consulate."),
        ("Tools", "Safety vests, harnesses and tools are Company property and are issued free."),
        (
            "Trip home",
            "The Company buys a bus ticket home for each worker who stays until the last spot.",
        ),
    ]
    pdf.grid(rows, (30, 146), header=False, size=9, borders="HORIZONTAL_LINES")
    pdf.para(
        "Bus fare from Huamantla to the first spot in Plant City is the worker's own responsibility and "
        "is not refunded.",
        size=10,
    )
    pdf.para(
        "Please sign the acknowledgment on page 3 and return it to the office.\n\nSincerely,",
        size=10,
    )
    pdf.para("Loretta J. Quist, Show Manager", size=10, style="I")

    pdf.add_page()
    pdf.set_fill_color(250, 236, 210)
    pdf.set_font("lsans", "B", 12)
    pdf.cell(
        0,
        8,
        "  STAFF HANDBOOK - EXTRACT (Sections 4 to 7)",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    H = [
        (
            "4.1 Cookhouse.",
            "Cookhouse meals are charged at $12.00 for each day on the lot, whether or not the "
            "worker eats there.(1)",
        ),
        (
            "4.2 Sleepers.",
            "A bunk in the Company's sleeper trailers costs $45.00 per week, taken from the "
            "Saturday check.(2)",
        ),
        (
            "4.3 Start-up advance.",
            "Workers may request a start-up advance of up to $600 before leaving Mexico; "
            "the advance is repaid through payroll deductions of $60 per week until it is paid off.(3)",
        ),
        (
            "5.1 Show conduct.",
            "No alcohol on the lot during show hours. Ride operators complete the daily "
            "inspection checklist before opening.",
        ),
        (
            "5.2 Leaving the show.",
            "A worker who misses three consecutive show days without notice is treated "
            "as having abandoned the job, and the Company notifies the Department of Labor and DHS.",
        ),
        (
            "6.1 Grievances.",
            "Pay questions go first to the show manager, who answers within three days.",
        ),
        (
            "6.2 Outside complaints.",
            "Anyone who takes a pay complaint to an outside agency instead of the show "
            'manager will be marked "not eligible for return" in the Company\'s rehire file.',
        ),
        (
            "7.1 Feeding the animals.",
            "Pony-ride staff feed and water the ponies twice a day; feed is supplied "
            "by the Company.",
        ),
    ]
    for lab, txt in H:
        pdf.clause(lab, txt, size=9.6, after=2.2)
    pdf.ln(4)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 45, pdf.get_y())
    pdf.ln(1.5)
    for fn in [
        "(1) The cookhouse is operated by the Company's concession department.",
        "(2) Trailers are moved with the show; bunks are assigned by the lot boss.",
        "(3) See the repayment schedule on page 3.",
    ]:
        pdf.para(fn, size=7.6, after=0.8)

    pdf.add_page()
    pdf.heading("START-UP ADVANCE - REPAYMENT SCHEDULE", size=11.5, rule=True)
    pdf.para("Amount advanced on February 27, 2026: $600.00", size=9.6)
    rows = [("Installment", "Payday", "Deduction", "Balance after")]
    bal = 600
    for i in range(10):
        bal -= 60
        day = datetime.date(2026, 3, 28) + datetime.timedelta(days=7 * i)
        rows.append(
            (
                str(i + 1),
                "%s %d, %d" % (MONTHS[day.month - 1], day.day, day.year),
                "$60.00",
                "$%d.00" % bal,
            )
        )
    pdf.grid(
        rows,
        (30, 60, 40, 46),
        size=9,
        fill=(250, 236, 210),
        align=("CENTER", "LEFT", "RIGHT", "RIGHT"),
    )
    pdf.ln(2)
    pdf.heading("ACKNOWLEDGMENT", size=10.5)
    pdf.para(
        "I have read the offer letter, the Handbook extract and this schedule, and I accept them.",
        size=9.6,
    )
    pdf.sign_lines(
        ["Worker: Saúl Xochitiotzi Pérez", "For the Company: Loretta J. Quist", "Date"],
        names=["", "L. J. Quist", ""],
    )
    return pdf


# =====================================================================================
# ax08  generic (Nepal -> Qatar), English, A4: contract + cost breakdown sheet
# =====================================================================================
def ax08():
    pdf = Doc(
        "A4",
        "lserif",
        header_text="Himal Crest Manpower Services Pvt. Ltd.  -  Licence No. 1187/072/73",
        footer_text="Demand ref. ASFS/HR/2026/044",
        accent=(30, 60, 120),
        margins=(20, 16, 20),
    )
    pdf.add_page()
    pdf.set_font("lserif", "B", 14)
    pdf.cell(0, 7, "EMPLOYMENT CONTRACT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lserif", "", 10)
    pdf.cell(
        0,
        5,
        "(Approved format - to be signed before departure)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    rows = [
        (
            "First Party (Employer)",
            "Al Sanabil Facility Services W.L.L., Building 52, Street 340, Zone 56, "
            "P.O. Box 24187, Doha, State of Qatar",
        ),
        (
            "Second Party (Worker)",
            "Bishnu Bahadur Tamang, Passport No. PA0739152, of Sindhupalchok, Nepal",
        ),
        (
            "Recruiting Agency",
            "Himal Crest Manpower Services Pvt. Ltd., Dillibazar, Kathmandu, Nepal",
        ),
        ("Position", "Cleaner (General)"),
    ]
    pdf.grid(rows, (48, 122), header=False, size=9.5, font="lserif")
    pdf.para("The First Party and the Second Party agree as follows:", size=10)
    C = [
        (
            "1. Duties.",
            "The Worker shall clean offices, corridors, washrooms and glass partitions in client "
            "buildings, operate floor scrubbers and remove waste as directed by the site supervisor.",
        ),
        (
            "2. Place of work.",
            "Client premises of the Employer in Doha and Lusail, State of Qatar.",
        ),
        (
            "3. Duration.",
            "From 1 June 2026 to 31 May 2028. The Worker shall serve a probation period of three months.",
        ),
        (
            "4. Working hours.",
            "Eight (8) hours per day, six (6) days per week; Friday is the weekly rest day. "
            "Overtime is paid as provided by Qatar Labour Law No. 14 of 2004.",
        ),
        (
            "5. Salary.",
            "Basic salary QAR 1,000 (one thousand Qatari Riyals) per month, plus a food allowance of "
            "QAR 300 per month.",
        ),
        (
            "6. Payment.",
            "Salary is paid monthly through the Wage Protection System into the Worker's bank "
            "account, not later than the 7th day of the following month.",
        ),
        (
            "7. Deductions.",
            "No deduction shall be made from the Worker's salary except those permitted by Qatar "
            "Labour Law No. 14 of 2004.",
        ),
        (
            "8. Accommodation and transport.",
            "Shared accommodation and daily transport to the work sites are "
            "provided free of charge by the Employer.",
        ),
        (
            "9. Medical care.",
            "The Employer provides the health card and medical treatment in Qatar free of charge.",
        ),
        (
            "10. Leave and tickets.",
            "The Worker is entitled to 21 days' paid annual leave for each year of service. "
            "The Employer provides the air ticket from Kathmandu to Doha and the return ticket to Kathmandu on "
            "completion or termination of the contract.",
        ),
    ]
    for lab, txt in C:
        pdf.clause(lab, txt, size=9.8, after=1.6, font="lserif")

    pdf.add_page()
    C2 = [
        (
            "11. Visa and recruitment costs.",
            "The Employer bears the visa, work permit, air ticket and "
            'recruitment costs in accordance with the "free visa, free ticket" policy of the Government of Nepal.',
        ),
        (
            "12. Passport.",
            "The Worker shall surrender his passport to the Company's PRO on arrival in Qatar for "
            "safekeeping, and it shall be returned to him on final exit.",
        ),
        (
            "13. Termination.",
            "Either party may terminate this contract after the probation period by giving one "
            "month's written notice. The Employer may terminate without notice only in the cases listed in "
            "Article 61 of the Labour Law. In every case the Employer pays the Worker's end-of-service gratuity "
            "and return ticket.",
        ),
        (
            "14. Disputes.",
            "Disputes shall first be referred to the Labour Relations Department of the Ministry "
            "of Labour in Doha.",
        ),
        (
            "15. Language.",
            "This contract is made in English and Nepali; the Worker has received the Nepali "
            "version.",
        ),
    ]
    for lab, txt in C2:
        pdf.clause(lab, txt, size=9.8, after=1.6, font="lserif")
    pdf.ln(3)
    pdf.sign_lines(
        [
            "For the First Party: Khalid Nasser Al-Marri, HR Manager",
            "Second Party: Bishnu Bahadur Tamang",
            "Witness (Agency)",
        ],
        y_gap=16,
    )

    pdf.add_page()
    pdf.set_fill_color(30, 60, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("lsans", "B", 12)
    pdf.cell(
        0, 9, "  COST BREAKDOWN SHEET - PRE-DEPARTURE", fill=True, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("lsans", "", 9)
    pdf.cell(
        0,
        6,
        "Worker: Bishnu Bahadur Tamang   |   Destination: Qatar   |   Employer: Al Sanabil Facility Services W.L.L.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    rows = [
        ("S.N.", "Item", "Amount (NPR)", "Borne by"),
        ("1", "Visa and work permit", "-", "Employer"),
        ("2", "Air ticket Kathmandu - Doha", "-", "Employer"),
        ("3", "Agency service charge", "10,000", "Worker"),
        ("4", "Medical examination (approved medical centre)", "5,500", "Worker"),
        ("5", "Pre-departure orientation training", "1,400", "Worker"),
        ("6", "Foreign Employment Welfare Fund", "1,500", "Worker"),
        ("7", "Life and accident insurance (3 years)", "2,600", "Worker"),
        ("8", "Police clearance and document attestation", "-", "Employer"),
        ("", "Total payable by the Worker", "21,000", ""),
    ]
    pdf.grid(
        rows,
        (14, 96, 32, 28),
        size=9.2,
        font="lsans",
        fill=(220, 228, 240),
        align=("CENTER", "LEFT", "RIGHT", "LEFT"),
        lh=5.2,
    )
    pdf.para(
        'The amounts marked "Worker" are deposited at the Agency\'s account before the visa is '
        "stamped. Official receipts are issued for every payment.",
        size=9.5,
        font="lsans",
    )
    pdf.ln(3)
    pdf.para("I have understood the above costs and agree to pay them.", size=9.5, font="lsans")
    pdf.sign_lines(
        ["Worker's signature and thumbprint", "For Himal Crest Manpower Services Pvt. Ltd."],
        y_gap=16,
    )
    return pdf


# =====================================================================================
# ax09  H-2A labor contractor, mixed: English terms page + informal Spanish camp rules
# =====================================================================================
def ax09():
    pdf = Doc(
        "letter",
        "narrow",
        footer_text="Neuse Bottom Harvest Crews LLC  -  H-2ALC  -  attach to ETA-790A",
        accent=(60, 90, 30),
        margins=(20, 16, 20),
    )
    pdf.add_page()
    pdf.band(
        "NEUSE BOTTOM HARVEST CREWS LLC",
        "H-2A Labor Contractor  -  906 Depot Street, Princeton, NC 27569  "
        "-  FLC Certificate NC-FLC-2026-0417",
        h=17,
        size=14,
    )
    pdf.ttl("H-2A CREW WORKER - SUMMARY OF TERMS (SEASON 2026)", size=12, font="narrow")
    rows = [
        ("Term", "What we offer"),
        ("Employer", "Neuse Bottom Harvest Crews LLC, 906 Depot Street, Princeton, NC 27569"),
        (
            "Job",
            "Tobacco and sweet corn harvest crew: top and sucker tobacco, prime leaves by hand, hang "
            "and load curing barns, pick sweet corn into crates",
        ),
        (
            "Requirements",
            "One month of experience priming tobacco; able to work in wet fields and in heat",
        ),
        (
            "Worksites",
            "Holt Family Farm, 3312 Swift Creek Road, Smithfield, NC; Batten Produce, 77 Ennis "
            "Road, Four Oaks, NC",
        ),
        ("Dates", "June 15, 2026 to October 2, 2026"),
        ("Hours", "40 hours per week, Monday to Saturday, 6:00 a.m. to 2:00 p.m."),
        (
            "Wage",
            "$16.22 per hour, or any higher AEWR, prevailing wage or legal minimum wage that takes "
            "effect during the season",
        ),
        ("Payday", "Weekly, on Thursday, with an itemized statement of hours and earnings"),
        (
            "Deductions",
            "Income tax only if the worker asks in writing, and the items in the camp rules",
        ),
        (
            "Guarantee",
            "Work for at least three-fourths of the workdays of the contract period, or the "
            "difference is paid",
        ),
        ("Housing", "Free, at the crew camp, 1410 Old Mill Road, Princeton, NC"),
        ("Meals", "Free cooking facilities and gas in every trailer"),
        (
            "Travel",
            "Inbound bus and road meals repaid at 50% of the season (first week if the law "
            "requires); return bus and meals paid at the end; free daily bus to the fields",
        ),
        (
            "Tools",
            "Tobacco knives, priming carts and sticks are supplied by the growers without charge",
        ),
        ("Injury", "Workers' compensation, Carolina Farm Casualty policy WC 44-0917"),
        (
            "Quitting",
            "Five days in a row absent without permission counts as abandonment and is "
            "reported to DOL and DHS; dismissal only for cause",
        ),
    ]
    pdf.grid(rows, (28, 148), size=9.2, fill=(222, 234, 208), font="narrow")
    pdf.para(
        "Las reglas del campamento en la página 2 forman parte de estos términos.",
        size=9.5,
        style="I",
        font="narrow",
    )

    pdf.add_page()
    pdf.set_font("narrow", "B", 16)
    pdf.cell(0, 9, "REGLAS DEL CAMPAMENTO - léanlas bien, muchachos", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("narrow", "", 9.5)
    pdf.cell(
        0,
        5,
        "Campo Old Mill Road - temporada 2026 - mayordomo: Chuy Barrientos, cel. (919) 555-0150",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    R = [
        "Nadie sale del campamento después de las 9 de la noche ni los domingos sin permiso del mayordomo, y "
        "las visitas de fuera no entran.",
        "Las botas de hule, los guantes y las capas de agua se las vende la oficina; se les descuentan $38 del "
        "primer cheque.",
        "El curso de pesticidas (WPS) es obligatorio y cuesta $25, que se cobra en el segundo cheque.",
        "El bono de fin de temporada es aparte de su salario completo: $0.50 extra por cada hora trabajada, "
        "para quien se quede hasta el 2 de octubre.",
        "La cocina, el gas y la lavadora son gratis. Cada quien limpia su trailer el sábado.",
        "Si alguien les pide dinero por traerlos el año que entra, repórtenlo a la oficina: aquí nadie cobra "
        "por el trabajo.",
        "Nada de alcohol en el campo ni en el autobús.",
        "Cualquier queja de pago se la dicen al mayordomo o a la oficina, o llaman al Departamento de Trabajo "
        "al 1-866-487-9243.",
    ]
    for i, r in enumerate(R):
        pdf.set_font("narrow", "B", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(9, 5.6, "%d." % (i + 1))
        pdf.set_font("narrow", "", 11)
        pdf.multi_cell(0, 5.6, r, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    pdf.ln(4)
    pdf.para("Recibí y entendí las reglas:", size=10, font="narrow")
    pdf.sign_lines(["Nombre y firma del trabajador", "Mayordomo"], names=["", "J. Barrientos"])
    return pdf


# =====================================================================================
# ax10  generic (Guatemala -> Canada), Spanish, COMPLIANT: offer + checkbox "who pays" form
# =====================================================================================
def ax10():
    pdf = Doc(
        "A4",
        "lsans",
        header_text="Prairie Hollow Poultry Ltd.  -  Oferta de empleo y contrato  -  LMIA 11873402",
        footer_text="Red de Empleo Justo Xelajú - registro MINTRAB-AEP-0412",
        accent=(90, 60, 120),
    )
    pdf.es = True
    pdf.add_page()
    pdf.band(
        "OFERTA DE EMPLEO Y CONTRATO DE TRABAJO",
        "Granja avícola  -  Lacombe County, Alberta, Canadá  -  temporada 2027",
        h=17,
        size=14,
    )
    rows = [
        (
            "Empleador",
            "Prairie Hollow Poultry Ltd., 41027 Range Road 255, Lacombe County, Alberta T4L 2N3, Canadá",
        ),
        (
            "Trabajador",
            "Elvin Rocael Chavajay Sicán, DPI 2841 66107 0901, San Juan La Laguna, Sololá, Guatemala",
        ),
        (
            "Agencia",
            "Red de Empleo Justo Xelajú, 14 Avenida 3-51 zona 1, Quetzaltenango (registro MINTRAB-AEP-0412)",
        ),
    ]
    pdf.grid(rows, (28, 152), header=False, size=9.2, borders="HORIZONTAL_LINES")
    C = [
        (
            "1. Puesto y tareas.",
            "Trabajador de granja avícola: alimentar y dar agua a las aves, revisar comederos "
            "y bebederos, recoger huevo, retirar aves muertas y limpiar y desinfectar las galeras.",
        ),
        (
            "2. Lugar de trabajo.",
            "Granja del empleador en 41027 Range Road 255, Lacombe County, Alberta.",
        ),
        ("3. Periodo.", "Del 5 de abril de 2027 al 4 de diciembre de 2027."),
        (
            "4. Jornada.",
            "8 horas diarias, 5 días por semana (40 horas semanales); las horas después de 44 en la "
            "semana se pagan a tiempo y medio.",
        ),
        ("5. Salario.", "CAD 18.25 por hora."),
        (
            "6. Pago.",
            "Cada dos semanas, por depósito directo, con talón que indica horas, salario y descuentos.",
        ),
        (
            "7. Descuentos.",
            "Solo los que exige la ley canadiense: impuesto sobre la renta, cotizaciones al Plan "
            "de Pensiones de Canadá (CPP) y primas del Seguro de Empleo (EI). Ningún otro descuento sin su "
            "autorización por escrito.",
        ),
        ("8. Vivienda.", "Casa amueblada en la granja, sin costo para el trabajador."),
        (
            "9. Viaje.",
            "El empleador compra el boleto de avión de ida y vuelta Guatemala - Calgary y paga el "
            "transporte terrestre hasta la granja y de regreso al aeropuerto.",
        ),
        (
            "10. Salud.",
            "El empleador paga un seguro médico privado desde la llegada hasta que inicie la "
            "cobertura de salud de Alberta, y está inscrito en la compensación de trabajadores (WCB Alberta).",
        ),
        (
            "11. Terminación.",
            "El trabajador puede renunciar en cualquier momento avisando con una semana de "
            "anticipación. El empleador solo puede despedir por causa justificada y explicada por escrito, con el "
            "aviso o la indemnización que exige la ley de Alberta; en todo caso paga el boleto de regreso.",
        ),
        (
            "12. Documentos y libertad.",
            "El pasaporte y el permiso de trabajo quedan siempre con usted. Puede "
            "salir de la vivienda libremente en su tiempo libre y puede cambiar de empleador conforme a las reglas "
            "de inmigración sin pagar ninguna penalización.",
        ),
        (
            "13. Sin cobros.",
            "La agencia no cobra cuota, comisión, depósito ni fianza. Si alguien le pide dinero "
            "por este trabajo, denúncielo al Ministerio de Trabajo.",
        ),
    ]
    for lab, txt in C:
        pdf.clause(lab, txt, size=9.3, after=1.3)

    pdf.add_page()
    pdf.set_fill_color(236, 230, 244)
    pdf.set_font("lsans", "B", 11)
    pdf.cell(
        0,
        8,
        "  ¿QUIÉN PAGA ESTOS COSTOS?  (marcado por el empleador)",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    X, O = BOX_ON, BOX_OFF
    rows = [
        ("Costo", "Empleador", "Trabajador"),
        ("Reclutamiento y selección", X, O),
        ("Evaluación de impacto (LMIA) y permiso de trabajo", X, O),
        ("Datos biométricos y visa de residente temporal", X, O),
        ("Examen médico de inmigración", X, O),
        ("Pasaporte (se reembolsa con el primer pago)", X, O),
        ("Boleto de avión de ida y vuelta", X, O),
        ("Vivienda y servicios", X, O),
        ("Ropa de trabajo, botas y equipo de protección", X, O),
    ]
    pdf.set_font("sans", "", 9.5)
    with pdf.table(
        col_widths=(110, 35, 35),
        headings_style=FontFace(emphasis="BOLD", fill_color=(236, 230, 244)),
        line_height=5.6,
        padding=1.3,
        text_align=("LEFT", "CENTER", "CENTER"),
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.para(
        "Firmado en Quetzaltenango el 8 de febrero de 2027, en dos tantos en español.", size=9.5
    )
    pdf.sign_lines(
        [
            "Por el empleador: Annika Loewen-Braun, gerente",
            "El trabajador: Elvin Rocael Chavajay Sicán",
            "Testigo por la agencia",
        ],
        y_gap=16,
    )
    return pdf


# =====================================================================================
# ax11  H-2B (Jamaica -> South Carolina), English: recruiter pre-departure agreement,
#       installment schedule, official receipt attached at the end
# =====================================================================================
def ax11():
    pdf = Doc(
        "letter",
        "lserif",
        footer_text="Seaview Overseas Placements Ltd. - Form SOP-7 (2026)",
        accent=(0, 110, 120),
    )
    pdf.add_page()
    pdf.set_font("lsans", "B", 15)
    pdf.set_text_color(0, 110, 120)
    pdf.cell(0, 7, "SEAVIEW OVERSEAS PLACEMENTS LTD.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("lsans", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "14 Barnett Street, Montego Bay, St. James, Jamaica W.I.  |  876-555-0194  |  Overseas employment for hospitality staff",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    pdf.ttl("PRE-DEPARTURE AGREEMENT - H-2B SEASONAL PROGRAMME 2026", size=12.5, font="lsans")
    pdf.para(
        'This Agreement is made on 9 February 2026 between Seaview Overseas Placements Ltd. ("Seaview") and '
        'Andre Kemar Dixon of Anchovy, St. James ("the Worker") in respect of employment with Tidewater '
        'Oyster House & Grill, LLC, 5520 Marsh Hen Way, Murrells Inlet, SC 29576, USA ("the Employer").',
        size=10.2,
        align="J",
    )
    pdf.heading("1. The job", size=10.5, color=(0, 110, 120))
    rows = [
        (
            "Position",
            "Line cook: prepare and cook seafood, grill and fryer items to recipe; set up and break "
            "down stations; keep the kitchen clean",
        ),
        ("Experience", "Minimum two years as a line cook in a hotel or restaurant kitchen"),
        (
            "Worksite",
            "Tidewater Oyster House & Grill, 5520 Marsh Hen Way, Murrells Inlet, SC 29576",
        ),
        ("Period", "15 March 2026 to 31 October 2026"),
        ("Hours", "40 hours per week, split shifts between 10:00 a.m. and 10:00 p.m."),
        ("Wage", "US$18.50 per hour"),
        ("Overtime", "US$27.75 per hour after 40 hours in a week"),
        ("Pay", "Weekly, each Friday"),
    ]
    pdf.grid(rows, (30, 146), header=False, size=9.4, font="lserif")
    pdf.heading("2. Travel and visa", size=10.5, color=(0, 110, 120))
    pdf.para(
        "The Employer pays the MRV visa fee directly and reimburses the Montego Bay - Myrtle Beach airfare in "
        "the first workweek. Return airfare is paid by the Employer when the Worker completes the season.",
        size=10,
    )
    pdf.para(
        "Each worker must obtain or renew his or her own passport at his or her own cost before the "
        "interview.",
        size=10,
    )
    pdf.heading("3. Seaview's services", size=10.5, color=(0, 110, 120))
    pdf.para(
        "Seaview prepares the Worker's file, books the interview, briefs the Worker and accompanies the "
        "group to the airport. No deposit is required from the Worker.",
        size=10,
    )

    pdf.add_page()
    pdf.heading("4. Administrative support contribution", size=10.5, color=(0, 110, 120))
    pdf.para(
        "The Worker pays Seaview an administrative support contribution of JMD 38,500, payable in two "
        "installments as shown in Schedule 2.",
        size=10,
    )
    pdf.heading("5. Completion of the season", size=10.5, color=(0, 110, 120))
    pdf.para(
        "A worker who leaves the Employer before the end date agrees to pay Seaview US$500 as liquidated "
        "damages for replacement costs.",
        size=10,
    )
    pdf.heading("6. Conduct", size=10.5, color=(0, 110, 120))
    pdf.para(
        "The Worker shall report on time for the briefing and the flight and shall carry this Agreement "
        "when travelling.",
        size=10,
    )
    pdf.heading("Schedule 2 - Installments", size=10.5, color=(0, 110, 120))
    rows = [
        ("Installment", "Due", "Amount (JMD)"),
        ("First", "On signing this Agreement", "20,000.00"),
        ("Second", "Before the visa interview", "18,500.00"),
        ("Total", "", "38,500.00"),
    ]
    pdf.grid(
        rows,
        (40, 90, 46),
        size=9.4,
        fill=(210, 235, 236),
        font="lserif",
        align=("LEFT", "LEFT", "RIGHT"),
    )
    pdf.ln(3)
    pdf.sign_lines(
        ["For Seaview: Marcia E. Whyte-Powell, Director", "The Worker: Andre Kemar Dixon", "Date"],
        names=["M. Whyte-Powell", "", ""],
    )
    pdf.ln(10)
    # receipt attached at the end (dashed frame)
    y0 = pdf.get_y()
    pdf.set_draw_color(90, 90, 90)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.rect(pdf.l_margin, y0, pdf.w - pdf.l_margin - pdf.r_margin, 52)
    pdf.set_dash_pattern()
    pdf.set_xy(pdf.l_margin + 4, y0 + 4)
    pdf.set_font("mono", "B", 11)
    pdf.cell(0, 5, "OFFICIAL RECEIPT   No. SOP-2026-0311", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("mono", "", 9.5)
    for line in [
        "Seaview Overseas Placements Ltd., Montego Bay",
        "Date: 9 February 2026",
        "Received from Andre Kemar Dixon the sum of JMD 20,000.00",
        "being first installment of administrative support contribution.",
        "Cash [X]   Cheque [ ]   Bank transfer [ ]",
        "Cashier: D. Campbell",
    ]:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    return pdf


# =====================================================================================
# ax12  generic (Philippines -> Taiwan), English, A4: contract, deduction schedule with
#       footnotes, supplementary agreement
# =====================================================================================
def ax12():
    pdf = Doc(
        "A4",
        "sans",
        header_text="Hsin Feng Precision Components Co., Ltd.  -  Foreign Worker Employment Contract",
        footer_text="Contract No. HF-PH-2026-0388",
        accent=(110, 40, 90),
        margins=(18, 16, 18),
    )
    pdf.add_page()
    pdf.ttl(
        "FOREIGN WORKER EMPLOYMENT CONTRACT\n(Manufacturing - Republic of China (Taiwan))",
        size=12.5,
    )
    rows = [
        (
            "Employer",
            "Hsin Feng Precision Components Co., Ltd., No. 88, Gongye 5th Road, Dayuan District, Taoyuan City, Taiwan",
        ),
        ("Worker", "Marites Dizon Ocampo, Filipino, Passport No. P8814027B"),
        (
            "Philippine agency",
            "Northstar Visayas Manpower Corp., Mandaue City, Cebu (DMW licence 142-LB-0623-R)",
        ),
        (
            "Taiwan broker",
            "Evergrand Manpower Consultancy Co., Ltd., Zhongli District, Taoyuan City",
        ),
    ]
    pdf.grid(rows, (36, 138), header=False, size=8.8, fill=(240, 226, 236))
    C = [
        (
            "Article 1 - Job.",
            "Machine operator: load aluminium parts into CNC lathes, check dimensions with "
            "gauges, deburr and pack finished parts.",
        ),
        (
            "Article 2 - Place of work.",
            "The Employer's factory at No. 88, Gongye 5th Road, Dayuan District, Taoyuan City.",
        ),
        ("Article 3 - Term.", "Three years, from 10 August 2026 to 9 August 2029."),
        (
            "Article 4 - Hours.",
            "Eight hours a day, Monday to Friday, 08:00 to 17:00 with a one-hour lunch break. "
            "Overtime is paid at the rates in the Labor Standards Act.",
        ),
        (
            "Article 5 - Wage.",
            "NT$28,590 per month, the statutory minimum wage, adjusted whenever the minimum "
            "wage is raised.",
        ),
        (
            "Article 6 - Payment.",
            "Monthly, by the 10th day of the following month, into the Worker's own bank "
            "account, with a payslip in English.",
        ),
        ("Article 7 - Deductions.", "Only the items in Schedule A may be deducted from the wage."),
        (
            "Article 8 - Return.",
            "The Employer pays the Worker's return airfare to Manila at the end or early "
            "termination of this contract.",
        ),
        (
            "Article 9 - Termination.",
            "The Employer may terminate only on the grounds in Articles 11 and 12 of the "
            "Labor Standards Act, with notice and severance as provided there. The Worker may terminate on the "
            "grounds in Article 14 of the Act.",
        ),
        (
            "Article 10 - Documents.",
            "For safekeeping, the broker will hold the Worker's passport and Alien "
            "Resident Certificate and return them upon request for official purposes.",
        ),
    ]
    for lab, txt in C:
        pdf.clause(lab, txt, size=9.2, after=1.3)

    pdf.add_page()
    pdf.heading("SCHEDULE A - MONTHLY DEDUCTIONS FROM WAGES", size=11, rule=True)
    rows = [
        ("Item", "NT$ per month", "Paid to"),
        (
            "Labor insurance and National Health Insurance, employee share(1)",
            "1,140",
            "Bureau of Labor Insurance / NHIA",
        ),
        ("Income tax withholding(2)", "1,716", "National Taxation Bureau"),
        ("Broker service fee, 1st year(3)", "1,800", "Evergrand Manpower Consultancy"),
        ("Dormitory accommodation", "2,500", "Employer"),
        ("Meals (factory canteen, two meals a day)", "2,000", "Employer"),
    ]
    pdf.grid(rows, (86, 30, 58), size=8.8, fill=(240, 226, 236), align=("LEFT", "RIGHT", "LEFT"))
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 45, pdf.get_y())
    pdf.ln(1.5)
    for fn in [
        "(1) Statutory employee share under the Labor Insurance Act and the National Health Insurance Act.",
        "(2) 6% of salary during the first 183 days of residence; 5% thereafter.",
        "(3) NT$1,700 per month in the 2nd year and NT$1,500 per month in the 3rd year.",
    ]:
        pdf.para(fn, size=7.6, after=0.8)
    pdf.ln(5)
    pdf.sign_lines(
        ["For the Employer: Lin Kuo-Hua, Personnel Section", "The Worker: Marites Dizon Ocampo"]
    )

    pdf.add_page()
    pdf.set_fill_color(110, 40, 90)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", 11.5)
    pdf.cell(
        0,
        9,
        "  SUPPLEMENTARY AGREEMENT (amends Articles 7 and 10)",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.para(
        "Entered into in Mandaue City on 20 June 2026 by the Worker, Northstar Visayas Manpower Corp. and "
        "Evergrand Manpower Consultancy Co., Ltd.",
        size=9.4,
    )
    pdf.clause(
        "1.",
        "Article 7 is supplemented as follows. The Worker's placement loan of PHP 65,000 from "
        "Bayanihan Lending Corp. shall be repaid through monthly salary deductions of NT$4,100 remitted by "
        "the broker until fully settled.",
        size=9.4,
    )
    pdf.clause(
        "2.",
        "Article 10 remains in force. The broker shall issue the Worker a photocopy of the passport "
        "to carry.",
        size=9.4,
    )
    pdf.clause("3.", "The Worker confirms that she entered into the loan voluntarily.", size=9.4)
    pdf.ln(3)
    pdf.sign_lines(
        [
            "The Worker",
            "Northstar Visayas Manpower Corp.",
            "Evergrand Manpower Consultancy Co., Ltd.",
        ]
    )
    return pdf


DOCS = [ax01, ax02, ax03, ax04, ax05, ax06, ax07, ax08, ax09, ax10, ax11, ax12]


# =====================================================================================
# verification
# =====================================================================================
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
REQUIRED = {
    "h2a": [
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
# horizontal crops (fractions of the page width) tried when a quote sits in a column or table cell
CROPS = [(0.0, 1.0), (0.0, 0.5), (0.5, 1.0), (0.10, 0.52), (0.52, 1.0)]


def norm(s):
    return " ".join((s or "").split())


def expected_severity(program, category):
    if category in ("damage_chargeback", "meal_charge"):
        return {"review"}
    if category == "housing_charge":
        return {"violation"} if program == "h2a" else {"review"}
    if category == "visa_cost" and program in ("h2a", "h2b"):
        return {"violation", "review"}  # review only for passport-only costs
    return {"violation"}


def page_texts(page):
    out = [page.extract_text() or ""]
    for x0, x1 in CROPS[1:]:
        box = (page.width * x0, 0, page.width * x1, page.height)
        out.append(page.crop(box).extract_text() or "")
    for table in page.extract_tables():
        for row in table:
            cells = [c or "" for c in row]
            out.extend(cells)
            out.append(" ".join(cells))
    return [norm(t) for t in out]


def verify(out_dir, labels):
    errors = []
    if [l["file"] for l in labels] != ["ax%02d.pdf" % i for i in range(1, 13)]:
        errors.append("labels.json must list ax01.pdf .. ax12.pdf in order")
    for lab in labels:
        f = lab["file"]
        prog = lab["program"]
        if prog not in REQUIRED:
            errors.append("%s: bad program %r" % (f, prog))
            continue
        if lab["language"] not in ("en", "es", "mixed"):
            errors.append("%s: bad language %r" % (f, lab["language"]))
        for t in lab["missing_terms"]:
            if t not in REQUIRED[prog]:
                errors.append("%s: missing term %s is not required for %s" % (f, t, prog))
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(os.path.join(out_dir, f)) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append("%s: %d pages, labels say %d" % (f, len(pdf.pages), lab["pages"]))
                continue
            texts = {i + 1: page_texts(p) for i, p in enumerate(pdf.pages) if i + 1 not in scanned}
            for p in scanned:
                if norm(pdf.pages[p - 1].extract_text()):
                    errors.append("%s: scanned page %d has a text layer" % (f, p))
        for fee in lab["fees"]:
            if fee["category"] not in CATEGORIES:
                errors.append("%s: bad category %r" % (f, fee["category"]))
            if fee["severity"] not in expected_severity(prog, fee["category"]):
                errors.append(
                    "%s: severity %s wrong for %s under %s"
                    % (f, fee["severity"], fee["category"], prog)
                )
            if (fee["amount"] is None) != (fee["currency"] is None):
                errors.append("%s: amount/currency mismatch in %r" % (f, fee["quote"][:40]))
            if fee["page"] in scanned:
                continue
            q = norm(fee["quote"])
            if not any(q in t for t in texts.get(fee["page"], [])):
                errors.append("%s: quote not on page %d: %r" % (f, fee["page"], fee["quote"]))
        alltext = [t for ts in texts.values() for t in ts]
        for r in lab["recruiters"]:
            if not any(norm(r) in t for t in alltext):
                errors.append("%s: recruiter not found: %r" % (f, r))
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for fn in DOCS:
        pdf = fn()
        pdf.output(os.path.join(out_dir, fn.__name__ + ".pdf"))
    src = os.path.join(HERE, "labels.json")
    shutil.copyfile(src, os.path.join(out_dir, "labels.json"))
    with open(src, encoding="utf-8") as fh:
        labels = json.load(fh)
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    if errors:
        return 1
    print("built and verified %d documents in %s" % (len(DOCS), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
