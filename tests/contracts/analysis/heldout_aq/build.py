"""Build the held-out contract batch "aq" (12 labelled PDFs) and verify it.

Usage:  python tests/contracts/analysis/heldout_aq/build.py OUT_DIR

Deterministic: no clock, fixed creation date, the only pseudo-random numbers (scan
noise) come from a fixed seed.  After writing the PDFs the script re-opens every file
with pdfplumber and checks it against labels.json (page count, scanned page, and every
labelled fee quote present on its labelled page); it exits non-zero on any mismatch.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "Sans": (
        DEJAVU + "DejaVuSans.ttf",
        DEJAVU + "DejaVuSans-Bold.ttf",
        DEJAVU + "DejaVuSans-Oblique.ttf",
    ),
    "Cond": (
        DEJAVU + "DejaVuSansCondensed.ttf",
        DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
    ),
    "Serif": (
        DEJAVU + "DejaVuSerif.ttf",
        DEJAVU + "DejaVuSerif-Bold.ttf",
        DEJAVU + "DejaVuSerif-Italic.ttf",
    ),
    "LSans": (
        LIBERATION + "LiberationSans-Regular.ttf",
        LIBERATION + "LiberationSans-Bold.ttf",
        LIBERATION + "LiberationSans-Italic.ttf",
    ),
    "LSerif": (
        LIBERATION + "LiberationSerif-Regular.ttf",
        LIBERATION + "LiberationSerif-Bold.ttf",
        LIBERATION + "LiberationSerif-Italic.ttf",
    ),
    "Narrow": (
        LIBERATION + "LiberationSansNarrow-Regular.ttf",
        LIBERATION + "LiberationSansNarrow-Bold.ttf",
        LIBERATION + "LiberationSansNarrow-Italic.ttf",
    ),
}

NL = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


# --------------------------------------------------------------------------- layout kit
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        font="Sans",
        margins=(20, 18, 20),
        header_text=None,
        footer_text=None,
        band=None,
    ):
        super().__init__(format=fmt, unit="mm")
        for fam, (reg, bold, ital) in FONTS.items():
            self.add_font(fam, "", reg)
            self.add_font(fam, "B", bold)
            self.add_font(fam, "I", ital)
        self.base = font
        self.set_margins(*margins)
        self.set_auto_page_break(True, 18)
        self.header_text = header_text
        self.footer_text = footer_text
        self.band = band  # (text, rgb) coloured band on every page
        self.bare_pages: set[int] = set()
        self.set_creation_date(FIXED_DATE)
        self.set_title("")
        self.set_producer("fpdf2")

    # page furniture -----------------------------------------------------------------
    def header(self):
        if self.page_no() in self.bare_pages:
            return
        if self.band:
            text, rgb = self.band
            self.set_fill_color(*rgb)
            self.rect(0, 0, self.w, 14, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(self.base, "B", 9)
            self.set_xy(self.l_margin, 4.5)
            self.cell(0, 5, text)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 20))
        elif self.header_text:
            self.set_font(self.base, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.multi_cell(0, 3.6, self.header_text, align="C", **NL)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, self.get_y() + 4))

    def footer(self):
        if self.page_no() in self.bare_pages or not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.base, "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, self.footer_text.replace("{page}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # text helpers --------------------------------------------------------------------
    def big_title(self, text, size=13, align="C", style="B", after=3, font=None):
        self.set_font(font or self.base, style, size)
        self.multi_cell(0, size * 0.48, text, align=align, **NL)
        self.ln(after)

    def heading(self, text, size=10.5, after=1.2, rgb=(0, 0, 0), font=None):
        self.set_font(font or self.base, "B", size)
        self.set_text_color(*rgb)
        self.multi_cell(0, size * 0.5, text, align="L", **NL)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def para(self, text, size=9.5, lh=None, style="", align="L", after=2.0, font=None, md=False):
        if md:
            assert "--" not in text and "__" not in text, text
        self.set_font(font or self.base, style, size)
        self.multi_cell(0, lh or size * 0.47, text, align=align, markdown=md, **NL)
        self.ln(after)

    def clause(self, label, text, size=9.5, after=1.8, font=None):
        self.para(f"**{label}** {text}", size=size, after=after, font=font, md=True)

    def bullets(self, items, size=9.5, bullet="\u2022", indent=5, after=1.0, font=None, md=False):
        for it in items:
            self.set_font(font or self.base, "", size)
            x0 = self.l_margin
            self.set_x(x0)
            self.cell(indent, size * 0.47, bullet)
            self.set_left_margin(x0 + indent)
            self.multi_cell(0, size * 0.47, it, align="L", markdown=md, **NL)
            self.set_left_margin(x0)
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=8.5,
        header=True,
        head_rgb=(225, 225, 225),
        lh=None,
        font=None,
        borders="ALL",
        aligns=None,
        width=None,
        bold_first_col=False,
    ):
        self.set_font(font or self.base, "", size)
        kw = {}
        if header:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_rgb)
        with self.table(
            col_widths=widths,
            line_height=lh or size * 0.5,
            text_align=aligns or "LEFT",
            first_row_as_headings=header,
            borders_layout=borders,
            width=width or (self.w - self.l_margin - self.r_margin),
            padding=1.2,
            **kw,
        ) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0 and not (header and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2)

    def signatures(self, names, size=8.5, gap=18, font=None):
        self.ln(gap)
        n = len(names)
        usable = self.w - self.l_margin - self.r_margin
        colw = usable / n
        y = self.get_y()
        self.set_font(font or self.base, "", size)
        for i, nm in enumerate(names):
            x = self.l_margin + i * colw
            self.line(x + 4, y, x + colw - 4, y)
            self.set_xy(x, y + 1)
            self.multi_cell(colw, size * 0.45, nm, align="C")
        self.set_y(y + 12)


# --------------------------------------------------------------------------- scanned page
def render_scan(lines, size_px=(1275, 1650), seed=7):
    """Render a typewritten-looking page as a slightly rotated, noisy grey image."""
    W, H = size_px
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(FONTS["Serif"][0], 25)
    f_bold = ImageFont.truetype(FONTS["Serif"][1], 25)
    f_small = ImageFont.truetype(FONTS["Serif"][0], 19)
    margin_l, margin_r, y = 120, 120, 95
    maxw = W - margin_l - margin_r
    for kind, text in lines:
        if kind == "gap":
            y += int(text)
            continue
        font = {"b": f_bold, "r": f_reg, "s": f_small}[kind]
        lh = 36 if kind != "s" else 28
        words, cur = text.split(" "), ""
        out = []
        for wd in words:
            trial = (cur + " " + wd).strip()
            if d.textlength(trial, font=font) <= maxw:
                cur = trial
            else:
                out.append(cur)
                cur = wd
        out.append(cur)
        for ln in out:
            d.text((margin_l, y), ln, fill=25, font=font)
            y += lh
        y += 6
    rng = random.Random(seed)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice((90, 140, 180, 60))
    # faint shadow along the left edge, like a copier
    for x in range(0, 40):
        shade = 200 + int(55 * x / 40)
        for yy in range(H):
            if px[x, yy] > shade:
                px[x, yy] = shade
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img


# =========================================================================== documents
def aq01(out):
    """h2a, es - recruiter agreement, numbered clauses, header + footer, 2 pages."""
    pdf = Doc(
        font="LSerif",
        margins=(22, 24, 22),
        header_text="Enlace Agrícola del Pacífico, S. de R.L. de C.V.  ·  Av. Álvaro Obregón 1127 Pte., "
        "Col. Centro, Culiacán, Sinaloa, C.P. 80000  ·  Tel. 667 555 0142",
        footer_text="Folio EAP-H2A-0318/2026  ·  Página {page} de 2",
    )
    pdf.add_page()
    pdf.big_title(
        "CONVENIO DE RECLUTAMIENTO Y PRESTACIÓN DE SERVICIOS\nPARA EMPLEO AGRÍCOLA TEMPORAL (VISA H-2A)",
        size=12.5,
    )
    sz = 10.5
    pdf.para(
        "Convenio que celebran, por una parte, Enlace Agrícola del Pacífico, S. de R.L. de C.V., representada "
        "por el Lic. Rigoberto Osuna Félix, a quien en lo sucesivo se le llamará EL RECLUTADOR, y por la otra "
        "el C. Jesús Armando Quiñónez Beltrán, con domicilio en calle Morelos 44, Navolato, Sinaloa, a quien se "
        "le llamará EL TRABAJADOR, al tenor de las siguientes declaraciones y cláusulas.",
        size=sz,
        align="J",
    )
    pdf.heading("DECLARACIONES", size=10.5)
    pdf.para(
        "I. EL RECLUTADOR declara que fue contratado por Okefenokee Berry Farms, LLC, con domicilio en 4410 "
        "Homerville Highway, Alma, Georgia 31510, Estados Unidos de América (en adelante EL PATRÓN), para "
        "seleccionar trabajadores agrícolas de temporada.",
        size=sz,
    )
    pdf.para(
        "II. EL TRABAJADOR declara que es mayor de edad, que cuenta con pasaporte vigente y que desea trabajar "
        "para EL PATRÓN en las condiciones que se describen a continuación.",
        size=sz,
    )
    pdf.heading("CLÁUSULAS", size=10.5)
    cl = [
        (
            "PRIMERA. Puesto y labores.",
            "EL TRABAJADOR se empleará como cosechador de arándano azul: cortará a mano "
            "la fruta madura, llenará cubetas y charolas, las llevará a la estación de pesaje y, cuando no haya "
            "cosecha, deshierbará y ayudará en la poda.",
        ),
        (
            "SEGUNDA. Requisitos.",
            "Tener al menos tres meses de experiencia en la cosecha manual de frutillas y "
            "poder trabajar de pie y agachado durante toda la jornada.",
        ),
        (
            "TERCERA. Lugar de trabajo.",
            "Los campos de EL PATRÓN en los condados de Bacon y Appling, en el estado de Georgia.",
        ),
        ("CUARTA. Duración.", "Del 6 de abril al 24 de julio de 2026."),
        (
            "QUINTA. Horario.",
            "40 horas por semana, de lunes a sábado, normalmente de 6:30 a 15:00 horas; en los "
            "días de más cosecha la jornada puede alargarse.",
        ),
        (
            "SEXTA. Salario.",
            "US$15.81 por hora. Si durante la temporada el Departamento del Trabajo publica una "
            "tarifa más alta, EL PATRÓN pagará la más alta desde la fecha en que entre en vigor.",
        ),
        ("SÉPTIMA. Pago.", "Cada viernes, con cheque o depósito a la tarjeta de nómina."),
        (
            "OCTAVA. Descuentos.",
            "Del cheque solo se descontarán los impuestos que ordene la ley y el costo que "
            "señala la cláusula DÉCIMA SEGUNDA.",
        ),
        (
            "NOVENA. Vivienda y cocina.",
            "EL PATRÓN dará vivienda gratuita en su campamento de Alma, con cocina "
            "equipada (estufas, refrigeradores y utensilios) que los trabajadores pueden usar sin costo para "
            "preparar sus alimentos.",
        ),
        (
            "DÉCIMA. Transporte.",
            "EL PATRÓN cubrirá el autobús de Culiacán a Monterrey y de Monterrey a Alma, con "
            "viáticos para comida en el camino; al terminar el contrato pagará el regreso hasta Culiacán. Del "
            "campamento a los campos hay transporte diario gratuito en camionetas de EL PATRÓN.",
        ),
        (
            "DÉCIMA PRIMERA. Garantía de empleo.",
            "EL PATRÓN garantiza ofrecer trabajo por lo menos durante tres "
            "cuartas partes de las horas del periodo del contrato; si ofrece menos, pagará la diferencia.",
        ),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=sz)
    pdf.add_page()
    cl2 = [
        (
            "DÉCIMA SEGUNDA. Herramientas.",
            "Las cubetas, charolas y carretillas las presta EL PATRÓN sin costo. "
            "Las tijeras de poda y los guantes se entregan en el campo, y su costo de 38 dólares se descuenta del "
            "primer cheque.",
        ),
        (
            "DÉCIMA TERCERA. Seguro.",
            "EL PATRÓN tiene seguro de compensación para trabajadores (workers' "
            "compensation) que cubre accidentes y enfermedades del trabajo, sin costo para EL TRABAJADOR.",
        ),
        (
            "DÉCIMA CUARTA. Abandono y despido.",
            "Si EL TRABAJADOR falta cinco días seguidos sin avisar, se "
            "considerará que abandonó el trabajo y perderá el pago del regreso. EL PATRÓN solo podrá despedirlo por "
            "causa justificada, avisándole por escrito el motivo.",
        ),
        (
            "DÉCIMA QUINTA. Visa.",
            "La cuota de la solicitud de visa la paga EL PATRÓN directamente; EL TRABAJADOR "
            "no tiene que pagarla.",
        ),
        (
            "DÉCIMA SEXTA. Documentos.",
            "EL TRABAJADOR conservará en todo momento su pasaporte y su credencial; "
            "nadie se los puede recoger.",
        ),
        (
            "DÉCIMA SÉPTIMA. Gastos de gestión.",
            "Como aportación a los gastos de gestión de su expediente, EL "
            "TRABAJADOR cubrirá a EL RECLUTADOR la cantidad de $7,500.00 (siete mil quinientos pesos 00/100 M.N.), "
            "en dos exhibiciones, la primera al firmar este convenio y la segunda al recibir la cita consular.",
        ),
        (
            "DÉCIMA OCTAVA. Garantía de cumplimiento.",
            "Para asegurar que cumplirá la temporada completa, EL "
            "TRABAJADOR firmará a favor de EL RECLUTADOR un pagaré por $20,000.00 M.N., que se le devolverá cuando "
            "se presente en la oficina de Culiacán a su regreso.",
        ),
        (
            "DÉCIMA NOVENA. Declaración de EL PATRÓN.",
            "EL PATRÓN no cobra al trabajador ninguna cuota por darle el empleo.",
        ),
        (
            "VIGÉSIMA. Quejas.",
            "EL TRABAJADOR puede presentar quejas ante el Consulado de México o ante el "
            "Departamento del Trabajo de los Estados Unidos sin que esto afecte su contratación.",
        ),
    ]
    for a, b in cl2:
        pdf.clause(a, b, size=sz)
    pdf.ln(2)
    pdf.para(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman por "
        "duplicado en Culiacán, Sinaloa, el 23 de enero de 2026.",
        size=sz,
    )
    pdf.signatures(
        [
            "Lic. Rigoberto Osuna Félix\nEL RECLUTADOR",
            "Jesús Armando Quiñónez Beltrán\nEL TRABAJADOR",
            "Testigo",
        ],
        size=9,
        gap=20,
    )
    pdf.output(out)


def aq02(out):
    """h2a, en - job order, colour band, bulleted summary, worksite grid, 3 pages, compliant."""
    pdf = Doc(
        font="LSans",
        margins=(18, 20, 18),
        band=(
            "CYPRESS CREEK PRODUCE, INC.   |   H-2A AGRICULTURAL "
            "JOB ORDER   |   Clearance order NC-1127493",
            (34, 85, 51),
        ),
        footer_text="Job order NC-1127493  -  page {page} of 3  -  Cypress Creek Produce, Inc.",
    )
    pdf.add_page()
    pdf.big_title(
        "Agricultural Clearance Order: Terms and Conditions of Employment", size=13, align="L"
    )
    s = 9.5
    pdf.heading("A. Employer", rgb=(34, 85, 51))
    pdf.para(
        "Cypress Creek Produce, Inc., 2218 Old Dunn Road, Benson, North Carolina 27504. Telephone "
        "(919) 555-0148. Contact: Travis Honeycutt, Farm Manager.",
        size=s,
    )
    pdf.heading("B. The job in brief", rgb=(34, 85, 51))
    pdf.bullets(
        [
            "Job title: Farmworkers and Laborers, Crop (SOC 45-2092); 36 openings.",
            "Period of employment: May 4, 2026 through November 20, 2026.",
            "Hours: 40 hours per week, Monday through Saturday, generally 7:00 a.m. to 4:00 p.m. with a one-hour "
            "lunch; hours may be longer at the peak of the harvest.",
            "Wage: $16.12 per hour, or piece rates where stated in section F, whichever pays more.",
            "Paydays: every Friday (weekly).",
        ],
        size=s,
    )
    pdf.heading("C. Duties", rgb=(34, 85, 51))
    pdf.para(
        "Transplant, hoe and hand-weed sweet potatoes and tobacco; top and sucker tobacco; prime tobacco leaves "
        "by hand and feed the harvested leaves onto the conveyor that loads the curing barns; after curing, "
        "take the leaves down, sort them by grade and feed them into the baler; follow the sweet potato "
        "digger, pick potatoes by hand into containers and load them onto trailers; help operate the "
        "fertilizer spreader under supervision; clean and store equipment at the end of the season.",
        size=s,
    )
    pdf.heading("D. Requirements", rgb=(34, 85, 51))
    pdf.para(
        "One month of verifiable experience in the hand harvest of tobacco or sweet potatoes. Able to lift and "
        "carry 50 pounds and to work outdoors in hot weather. No license or education is required.",
        size=s,
    )
    pdf.heading("E. Places of work", rgb=(34, 85, 51))
    pdf.grid(
        [
            ["Farm", "Address", "County"],
            ["Home farm and curing barns", "2218 Old Dunn Road, Benson, NC 27504", "Johnston"],
            ["Meadow tract", "5910 Raleigh Road, Benson, NC 27504", "Johnston"],
            ["Stewart farm", "1345 Spring Branch Road, Dunn, NC 28334", "Harnett"],
        ],
        widths=(28, 50, 16),
        size=8.5,
        head_rgb=(214, 232, 219),
    )
    pdf.heading("F. Wages and pay", rgb=(34, 85, 51))
    pdf.para(
        "The employer will pay at least $16.12 per hour for every hour worked. During the sweet potato "
        "harvest workers may be paid $0.65 per 5/8-bushel container picked; if the piece-rate earnings in a "
        "pay period are lower than the hourly wage for the hours worked, the employer adds the difference. "
        "If the Adverse Effect Wage Rate, the prevailing wage, an agreed collective bargaining rate or the "
        "federal or state minimum wage becomes higher during the season, the employer will pay the highest "
        "rate from the day it takes effect.",
        size=s,
    )
    pdf.para(
        "Wages are paid every Friday by check, drawn on a local bank that cashes it without charge.",
        size=s,
    )

    pdf.add_page()
    pdf.heading("G. Three-fourths guarantee", rgb=(34, 85, 51))
    pdf.para(
        "The employer guarantees to offer each worker employment for a total number of work hours equal to at "
        "least three-fourths of the workdays of the total period of the contract. If the employer offers "
        "fewer hours, it will pay the worker the amount the worker would have earned had the worker been "
        "offered the guaranteed hours.",
        size=s,
    )
    pdf.heading("H. Housing and meals", rgb=(34, 85, 51))
    pdf.para(
        "Housing is provided at no cost to all workers who are not reasonably able to return to their "
        "permanent residence at the end of each working day. The housing at the home farm meets the "
        "applicable federal and state standards; each room has beds, mattresses and lockers, and no deposit "
        "is required for bedding, keys or other housing incidentals. Laundry machines are free to use.",
        size=s,
    )
    pdf.para(
        "The employer will provide three meals a day in the camp dining hall at a charge of $14.95 per day, "
        "deducted weekly. This charge does not exceed the maximum amount the U.S. Department of Labor allows "
        "for 2026. Workers who prefer to cook for themselves may instead use the free kitchen in each housing "
        "unit, and in that case no meal charge is made. A free coffee station is kept in the grading shed.",
        size=s,
    )
    pdf.heading("I. Transportation", rgb=(34, 85, 51))
    pdf.para(
        "Inbound: the employer pays in advance for the bus from the worker's home town to the U.S. Consulate "
        "in Monterrey and from Monterrey to Benson, together with lodging and subsistence on the way at no "
        "less than the daily amount the Department of Labor publishes. The visa application fee and the "
        "border crossing fee are also paid in advance by the employer. Any of these costs that a worker has "
        "paid will be reimbursed in full in the first workweek.",
        size=s,
    )
    pdf.para(
        "Return: a worker who completes the contract period, or who is dismissed early for reasons other "
        "than cause, will be provided or reimbursed transportation and subsistence back to the place from "
        "which the worker came.",
        size=s,
    )
    pdf.para(
        "Daily: the employer provides free transportation each day between the housing and the worksites "
        "listed in section E, in insured vehicles driven by licensed drivers.",
        size=s,
    )
    pdf.heading("J. Tools and equipment", rgb=(34, 85, 51))
    pdf.para(
        "All tools, supplies and equipment required to perform the duties, including hoes, priming aprons, "
        "rain gear and gloves, are provided by the employer without charge or deposit charge.",
        size=s,
    )
    pdf.heading("K. Workers' compensation", rgb=(34, 85, 51))
    pdf.para(
        "The employer provides workers' compensation insurance, at no cost to workers, through Piedmont "
        "Agricultural Mutual, policy WC-44-918263, covering injury and disease arising out of the work.",
        size=s,
    )
    pdf.heading("L. Deductions", rgb=(34, 85, 51))
    pdf.para(
        "The employer will make only these deductions: federal and state income tax withholding if the worker "
        "asks for it in writing; the meal charge in section H when the worker eats in the dining hall; "
        "child support or garnishments ordered by a court; and any other deduction the worker voluntarily "
        "authorizes in writing that is principally for the worker's benefit and allowed by law.",
        size=s,
    )

    pdf.add_page()
    pdf.heading("M. Earnings records and statements", rgb=(34, 85, 51))
    pdf.para(
        "On each payday the worker receives a written statement showing the hours offered and worked, the "
        "hourly and piece rates, units produced, total earnings, each deduction and its purpose, and net "
        "pay, together with the employer's name, address and identification number.",
        size=s,
    )
    pdf.heading("N. Abandonment and termination", rgb=(34, 85, 51))
    pdf.para(
        "A worker who fails to report for work for 5 consecutive working days without the employer's consent "
        "will be considered to have abandoned the job; the employer will notify the Department of Labor and "
        "the Department of Homeland Security within 2 working days, as the regulations require, and the "
        "three-fourths guarantee and return transportation will no longer apply. A worker may be dismissed "
        "for cause (for example, fighting, theft, or repeated refusal to follow safety rules) after a "
        "written warning, except for conduct that endangers others.",
        size=s,
    )
    pdf.heading("O. Contract impossibility", rgb=(34, 85, 51))
    pdf.para(
        "If, before the end of the contract, the work becomes impossible because of fire, hurricane, flood, "
        "drought or another Act of God that the Department of Labor certifies, the employer will pay the "
        "three-fourths guarantee for the period up to the termination date, return transportation and "
        "subsistence, and will make efforts to transfer the worker to other comparable employment.",
        size=s,
    )
    pdf.heading("P. Other assurances", rgb=(34, 85, 51))
    pdf.bullets(
        [
            "No fees. Neither the employer nor any of its agents has sought or received payment of any kind from any "
            "worker for any activity related to obtaining this job, including wage deductions or kickbacks.",
            "Recruiter. The employer's recruiting agent in Mexico is Sembrando Futuro Reclutamiento, S.C. (Apizaco, "
            "Tlaxcala). The employer pays all of its fees, and its written contract forbids it from seeking or "
            "receiving any payment from workers.",
            "Documents. The employer does not hold or keep any worker's passport, visa or other identity document.",
            "No retaliation. No worker will be discharged, blacklisted or otherwise punished for filing a complaint "
            "or for talking with a lawyer, a union or a government agency about this job.",
            "Language. A copy of this job order in Spanish is given to every worker no later than the time the "
            "worker applies for the visa.",
        ],
        size=s,
    )
    pdf.ln(4)
    pdf.para(
        "Signed for the employer: Travis Honeycutt, Farm Manager, Benson, North Carolina, January 12, 2026.",
        size=s,
        style="I",
    )
    pdf.output(out)


def aq03(out):
    """h2a, en+es - returning-worker letter in English with Spanish translation, 2 pages."""
    pdf = Doc(font="Serif", margins=(24, 16, 24))
    for lang in ("en", "es"):
        pdf.add_page()
        pdf.set_font("Serif", "B", 15)
        pdf.set_text_color(120, 30, 30)
        pdf.cell(0, 8, "COLUMBIA BLUFF ORCHARDS, LLC", align="L", **NL)
        pdf.set_text_color(80, 80, 80)
        pdf.set_font("Serif", "", 8.5)
        pdf.cell(
            0,
            4.5,
            "811 Road 5 NW, Quincy, Washington 98848  ·  (509) 555-0163  ·  Apples · Pears · Cherries",
            **NL,
        )
        pdf.set_draw_color(120, 30, 30)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
        pdf.set_line_width(0.2)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(7)
        s = 10
        if lang == "en":
            pdf.para("February 16, 2026", size=s)
            pdf.para("Efraín Tzul Batz\nAldea Chuicacá, Totonicapán\nGuatemala", size=s)
            pdf.para("Re: Your return for the 2026 apple harvest", size=s, style="B")
            body = [
                "Dear Efraín,",
                "We are glad to invite you back as an orchard worker for the 2026 apple and pear harvest. You will "
                "pick apples and pears into bags and bins, move ladders between trees, and help with tree training "
                "and clean-up at the end of the season. The work is in our blocks near Quincy and George, "
                "Washington, from August 24 to November 13, 2026.",
                "The workweek is about 40 hours, Monday through Saturday, starting at 6:30 a.m. Pay is $19.82 per "
                "hour or $32.00 per bin, whichever gives you more for the week, and paychecks are handed out every "
                "Friday.",
                "You will live again at our Quincy camp, which has a shared kitchen with stoves and refrigerators "
                "you may use at no charge. Housing at the Quincy camp is $10 per day for electricity, water and "
                "propane, deducted weekly. A company bus takes everyone from the camp to the orchard blocks each "
                "morning at no cost.",
                "As last year, the company will buy your plane ticket from Guatemala City to Seattle, and its cost "
                "($412) will be recovered from your paychecks at $50 per week until it is paid. The visa fee is paid "
                "by Columbia Bluff directly, so you will not pay it at the consulate. At the end of the season we "
                "pay your ticket home to Guatemala City.",
                "Ladders, picking bags and bins are provided free of charge. The only deductions from your check "
                "will be federal income tax if you ask for it in writing, the housing charge and the ticket "
                "repayment described above.",
                "Nobody is allowed to charge you money for this job. If anyone asks you for a payment, please call "
                "our office at the number above.",
                "We look forward to seeing you in August.",
                "Sincerely,",
            ]
            sign = "Marisol Aguilar\nH-2A Program Coordinator"
        else:
            pdf.para("TRADUCCIÓN AL ESPAÑOL", size=s, style="B")
            pdf.para("16 de febrero de 2026", size=s)
            pdf.para("Efraín Tzul Batz\nAldea Chuicacá, Totonicapán\nGuatemala", size=s)
            pdf.para("Asunto: Su regreso para la cosecha de manzana 2026", size=s, style="B")
            body = [
                "Estimado Efraín:",
                "Con gusto lo invitamos a regresar como trabajador de huerta para la cosecha de manzana y pera "
                "2026. Usted cortará manzanas y peras en bolsas y cajones, moverá escaleras entre los árboles y "
                "ayudará a guiar los árboles y a limpiar al final de la temporada. El trabajo es en nuestras "
                "huertas cerca de Quincy y George, Washington, del 24 de agosto al 13 de noviembre de 2026.",
                "La semana de trabajo es de unas 40 horas, de lunes a sábado, empezando a las 6:30 a.m. El pago es "
                "de $19.82 por hora o $32.00 por cajón, lo que le dé más en la semana, y los cheques se entregan "
                "cada viernes.",
                "Usted vivirá otra vez en nuestro campamento de Quincy, que tiene una cocina compartida con "
                "estufas y refrigeradores que puede usar sin costo. La vivienda en el campamento de Quincy cuesta "
                "$10 por día por luz, agua y gas propano, que se descuentan cada semana. Un autobús de la compañía "
                "lleva a todos del campamento a las huertas cada mañana sin costo.",
                "Igual que el año pasado, la compañía le comprará el boleto de avión de la Ciudad de Guatemala a "
                "Seattle, y su costo ($412) se recuperará de sus cheques a razón de $50 por semana hasta cubrirlo. "
                "La cuota de la visa la paga Columbia Bluff directamente, así que usted no la pagará en el "
                "consulado. Al final de la temporada pagamos su boleto de regreso a la Ciudad de Guatemala.",
                "Las escaleras, bolsas de cosecha y cajones se dan sin costo. Los únicos descuentos de su cheque "
                "serán el impuesto federal sobre la renta si usted lo pide por escrito, el cobro de la vivienda y "
                "el pago del boleto descritos arriba.",
                "Nadie tiene permiso de cobrarle dinero por este trabajo. Si alguien le pide un pago, por favor "
                "llame a nuestra oficina al número de arriba.",
                "Lo esperamos en agosto.",
                "Atentamente,",
            ]
            sign = "Marisol Aguilar\nCoordinadora del Programa H-2A"
        for b in body:
            pdf.para(b, size=s, after=2.6)
        pdf.ln(8)
        pdf.para(sign, size=s)
    pdf.output(out)


def aq04(out):
    """h2a, es - Q&A work contract; page 2 is a scanned image (no text layer)."""
    pdf = Doc(
        font="Cond",
        margins=(18, 18, 18),
        header_text="SNAKE RIVER POTATO & ONION CO.  ·  Contrato de trabajo H-2A, temporada 2026  ·  "
        "Preguntas y respuestas",
        footer_text="Página {page} de 2  ·  Copia para el trabajador",
    )
    pdf.add_page()
    pdf.big_title("SU CONTRATO DE TRABAJO EN PREGUNTAS Y RESPUESTAS", size=13)
    pdf.para(
        "Este contrato explica las condiciones de trabajo que Snake River Potato & Onion Co., con domicilio en "
        "2870 North Ridge Road, Rupert, Idaho 83350, ofrece a los trabajadores agrícolas temporales con visa "
        "H-2A. Es copia fiel de la orden de trabajo registrada ante el Departamento del Trabajo.",
        size=10,
    )
    qa = [
        (
            "¿Qué trabajo voy a hacer?",
            "Cosechar cebolla y papa: cortar y ensacar cebolla a mano, ir detrás de la "
            "cosechadora de papa quitando piedras y terrones, y cargar costales en los remolques.",
        ),
        (
            "¿Qué necesito para que me contraten?",
            "Un mes de experiencia en la cosecha de hortalizas y poder "
            "levantar costales de 50 libras.",
        ),
        (
            "¿Dónde voy a trabajar?",
            "En los ranchos de la compañía en los condados de Minidoka y Cassia, Idaho.",
        ),
        ("¿Cuándo empieza y cuándo termina?", "Del 10 de agosto al 30 de octubre de 2026."),
        (
            "¿Cuántas horas voy a trabajar?",
            "40 horas por semana, de lunes a sábado, de 7:00 a 3:30 con media hora para comer.",
        ),
        ("¿Cuánto me van a pagar?", "$17.84 por hora."),
        (
            "¿Cada cuándo me pagan?",
            "Cada viernes. Con cada cheque recibe un talón que muestra las horas "
            "trabajadas, la tarifa, el pago bruto, los descuentos y el pago neto.",
        ),
        (
            "¿Qué me pueden descontar?",
            "Solo el impuesto federal sobre la renta si usted lo pide por escrito, y lo "
            "que se explica en las respuestas sobre daños y sobre el fondo de fin de temporada.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En el campamento de la compañía en Rupert. La vivienda es gratis y no se pide "
            "depósito por cobijas ni colchones.",
        ),
        (
            "¿Y la comida?",
            "Cada casa tiene cocina con estufa, refrigerador y trastes, que usted usa sin pagar "
            "nada.",
        ),
        (
            "¿Quién paga el viaje?",
            "La compañía le reembolsa en el primer cheque el autobús de su pueblo a Rupert, "
            "la comida del camino y la cuota de la visa. Al terminar el contrato le paga el regreso. Cada mañana "
            "un autobús de la compañía lo lleva gratis de la vivienda al campo.",
        ),
        (
            "¿Tengo que comprar herramientas?",
            "No. Cuchillos para cebolla, guantes, lentes de seguridad y "
            "costales se entregan gratis y sin depósito.",
        ),
        (
            "¿Qué pasa si rompo algo?",
            "Si por descuido rompe una herramienta, un bote de cosecha o algo de la "
            "vivienda, el costo de la reparación se le descontará de su cheque.",
        ),
    ]
    for q, a in qa:
        pdf.para(q, size=10, style="B", after=0.6)
        pdf.para(a, size=10, after=2.2)
    # page 2: a photocopy scanned back in, image only
    pdf.bare_pages.add(pdf.page_no() + 1)  # no header/footer text on the scanned page
    pdf.add_page()
    lines = [
        ("s", "SNAKE RIVER POTATO & ONION CO.  -  Contrato de trabajo H-2A, temporada 2026"),
        ("gap", 30),
        ("b", "¿Y si me lastimo en el trabajo?"),
        (
            "r",
            "La compañía tiene seguro de compensación para trabajadores (workers' compensation), que paga sus "
            "gastos médicos y parte del salario mientras se recupera, sin costo para usted.",
        ),
        ("b", "¿Cuántas horas me garantizan?"),
        (
            "r",
            "La compañía le ofrecerá trabajo por lo menos durante tres cuartas partes de las horas del "
            "contrato. Si le da menos, le paga la diferencia.",
        ),
        ("b", "¿Qué es el fondo de fin de temporada?"),
        (
            "r",
            "De cada cheque semanal la compañía aparta 40 dólares, que se le entregan juntos el último día de "
            "la temporada, solo si usted termina el contrato.",
        ),
        ("b", "¿Cuándo me pueden despedir?"),
        (
            "r",
            "Si falta cinco días seguidos sin avisar, se considera que abandonó el trabajo. La compañía puede "
            "despedirlo por causa justificada, como pelear o trabajar bajo el efecto del alcohol.",
        ),
        ("b", "¿Puedo quejarme?"),
        (
            "r",
            "Los problemas se arreglan con el mayordomo. El trabajador que se queje con abogados, sindicatos u "
            "organizaciones de fuera no será pedido para la siguiente temporada.",
        ),
        ("b", "¿Quién guarda mi pasaporte?"),
        ("r", "Usted. La compañía no guarda pasaportes ni visas."),
        ("gap", 90),
        ("r", "Firma del trabajador: ________________     Firma de la compañía: ________________"),
        ("gap", 30),
        ("r", "Nombre: ______________________________        Fecha: ____________________"),
        ("gap", 380),
        ("s", "Página 2 de 2  ·  Copia para el trabajador"),
    ]
    img = render_scan(lines)
    pdf.set_image_filter("DCTDecode")
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(out)


def aq05(out):
    """h2b, en - job order, band, bulleted summary, deductions table, 2 pages."""
    pdf = Doc(
        font="LSans",
        margins=(18, 20, 18),
        band=(
            "CHESAPEAKE TIDEWATER SEAFOOD, INC.   -   H-2B JOB ORDER   -   CRAB MEAT PICKER",
            (22, 60, 110),
        ),
        footer_text="Chesapeake Tidewater Seafood, Inc.  |  Job order MD-H2B-2026-0217  |  Page {page} of 2",
    )
    pdf.add_page()
    s = 9.5
    rgb = (22, 60, 110)
    pdf.heading("1. Employer", rgb=rgb)
    pdf.para(
        "Chesapeake Tidewater Seafood, Inc., 1402 Hooper Island Road, Fishing Creek, Maryland 21634. "
        "Phone (410) 555-0127. Contact: Wanda Ruark, Plant Manager.",
        size=s,
    )
    pdf.heading("2. Summary of the offer", rgb=rgb)
    pdf.bullets(
        [
            "Job title: Crab Meat Picker (Meat, Poultry and Fish Cutters and Trimmers, SOC 51-3022); 42 openings.",
            "Place of work: the employer's picking house at 1402 Hooper Island Road, Fishing Creek, Maryland.",
            "Dates: April 6, 2026 to November 20, 2026.",
            "Hours: 40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m. with a 30-minute unpaid lunch; "
            "Saturday work when the catch is heavy.",
            "Wage: $17.29 per hour. Pickers who pick more than 4 pounds an hour also earn a production bonus of $1.10 "
            "for each additional pound.",
            "Overtime: $25.94 per hour for hours over 40 in a workweek.",
            "Pay: every two weeks, on Friday.",
        ],
        size=s,
    )
    pdf.heading("3. Duties", rgb=rgb)
    pdf.para(
        "Remove the meat from steamed blue crabs by hand with a knife, separating jumbo lump, backfin and claw "
        "meat into containers; keep the picking table clean and sanitized; weigh, seal and label containers; "
        "at the end of each shift the shells are fed into the shell grinder for the fertilizer plant.",
        size=s,
    )
    pdf.heading("4. Requirements", rgb=rgb)
    pdf.para(
        "No experience required. Workers must be able to stand for eight hours and work in a cold room. A "
        "hand-washing and food-safety briefing is given on the first morning, during paid time.",
        size=s,
    )
    pdf.heading("5. Wage rules and guarantee", rgb=rgb)
    pdf.para(
        "The employer will pay at least the highest of the offered wage, the prevailing wage, or the federal, "
        "state or local minimum wage in effect when the work is done, including any increase published "
        "during the season.",
        size=s,
    )
    pdf.para(
        "In each 12-week period of the contract, the employer will offer hours of work equal to at least "
        "three-fourths of the workdays in that period; if it offers fewer, it will pay the amount the worker "
        "would have earned for the guaranteed hours.",
        size=s,
    )
    pdf.para(
        "Each paycheck comes with a statement of hours offered and worked, rates of pay, pounds picked, gross "
        "pay, every deduction and net pay.",
        size=s,
    )
    pdf.heading("6. Travel and visa", rgb=rgb)
    pdf.para(
        "In the first workweek the employer reimburses the bus from Culiacán to the consulate in Monterrey and "
        "from Monterrey to Fishing Creek, with lodging and meals on the way, and also the visa and "
        "border-crossing fees. Workers who finish the season, or who are dismissed early for reasons other "
        "than cause, receive a paid bus ticket and meals back to the place where they were recruited.",
        size=s,
    )

    pdf.add_page()
    pdf.heading("7. Payroll deductions", rgb=rgb)
    pdf.para("The following amounts are taken out of each paycheck:", size=s)
    pdf.grid(
        [
            ["Deduction", "Amount", "When"],
            ["Federal and Maryland income tax", "as the law requires", "every payday"],
            ["Social Security and Medicare", "7.65% of gross pay", "every payday"],
            ["Company housing (optional)", "$65.00 per week", "every payday"],
            ["Lunch in the break room", "$6.00 per workday", "every payday"],
            ["Picking knives, aprons, gloves and boots", "$54.00 once", "first paycheck"],
        ],
        widths=(60, 34, 26),
        size=9,
        head_rgb=(210, 222, 240),
    )
    pdf.para(
        "All production staff are enrolled in the company's group accident plan, and the $7.50 weekly premium "
        "is the worker's share.",
        size=s,
    )
    pdf.para(
        "Company housing is a shared room in the trailers behind the picking house, two workers to a room, "
        "with a kitchen and laundry. Workers may live elsewhere if they prefer.",
        size=s,
    )
    pdf.heading("8. Quitting and dismissal", rgb=rgb)
    pdf.para(
        "A worker who misses 5 consecutive scheduled workdays without the employer's consent is considered to "
        "have abandoned the job, and the employer will notify the Department of Labor and the Department of "
        "Homeland Security within 2 business days as the rules require. Workers may be dismissed for cause, "
        "such as theft or repeated violations of food-safety rules.",
        size=s,
    )
    pdf.heading("9. Other conditions", rgb=rgb)
    pdf.bullets(
        [
            "The employer and its recruiter in Mexico, Reclutadora Bahía Esmeralda, S.C., do not charge workers any "
            "recruitment fee.",
            "Workers keep their own passports and visas at all times.",
            "Workers may raise concerns about pay or safety with the Department of Labor without any retaliation.",
            "A Spanish translation of this job order is given to every worker before the consular interview.",
        ],
        size=s,
    )
    pdf.ln(4)
    pdf.para("Wanda Ruark, Plant Manager  -  January 20, 2026", size=s, style="I")
    pdf.output(out)


def aq06(out):
    """h2b, es - work contract with summary table and numbered clauses, 2 pages, compliant."""
    pdf = Doc(
        font="Sans",
        margins=(20, 22, 20),
        header_text="Grand Straits Hospitality Group, LLC  ·  Lilac Bluff Hotel  ·  7452 Market Street, "
        "Mackinac Island, Michigan 49757, EE. UU.",
        footer_text="Contrato H-2B 2026 - Camarista - hoja {page} de 2",
    )
    pdf.add_page()
    pdf.big_title("CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL (H-2B)", size=12.5)
    s = 8.8
    pdf.para(
        "Entre Grand Straits Hospitality Group, LLC, que opera el Lilac Bluff Hotel, 7452 Market Street, "
        "Mackinac Island, Michigan 49757 (EL HOTEL), y Rosa Elvira Mendoza Castañeda, de San Luis Potosí, "
        "México (LA TRABAJADORA).",
        size=s,
    )
    pdf.heading("Resumen", size=10)
    pdf.grid(
        [
            ["Puesto", "Camarista (Maids and Housekeeping Cleaners, SOC 37-2012)"],
            ["Lugar", "Lilac Bluff Hotel, 7452 Market Street, Mackinac Island, Michigan"],
            ["Periodo", "Del 1 de mayo al 24 de octubre de 2026"],
            [
                "Jornada",
                "40 horas por semana, cinco días, de 8:00 a 16:30 con 30 minutos de comida sin pago",
            ],
            ["Salario", "$15.94 por hora"],
            ["Horas extra", "$23.91 por hora después de 40 horas en la semana"],
            ["Pago", "Cada dos semanas, en viernes, por depósito o cheque"],
        ],
        widths=(22, 78),
        size=8.5,
        header=False,
        bold_first_col=True,
    )
    cl = [
        (
            "1. Labores.",
            "Limpiar y ordenar habitaciones y pasillos, tender camas y cambiar ropa de cama, reponer "
            "toallas y amenidades, vaciar la basura, y reportar desperfectos y objetos olvidados. Cuando EL HOTEL lo "
            "pida, apoyará en la tienda del vestíbulo: cobrar a los clientes, entregarles su recibo y acomodar la "
            "mercancía.",
        ),
        (
            "2. Requisitos.",
            "Tres meses de experiencia en limpieza de hoteles, casas u oficinas. No se requiere "
            "hablar inglés.",
        ),
        (
            "3. Salario más alto.",
            "Si durante el contrato se publica un salario prevaleciente o un salario mínimo "
            "federal, estatal o local más alto, EL HOTEL pagará el más alto desde la fecha en que entre en vigor.",
        ),
        (
            "4. Garantía de horas.",
            "En cada periodo de 12 semanas EL HOTEL ofrecerá trabajo por lo menos por tres "
            "cuartas partes de los días de trabajo del periodo; si ofrece menos, pagará lo que LA TRABAJADORA habría "
            "ganado.",
        ),
        (
            "5. Descuentos.",
            "Solo se descontarán el impuesto federal y el de Michigan sobre la renta, las cuotas del "
            "Seguro Social y Medicare, y los que LA TRABAJADORA autorice libremente por escrito, como un envío de "
            "dinero a su familia. Ningún descuento puede dejar su pago por debajo del salario prometido.",
        ),
        (
            "6. Propinas.",
            "Las propinas que dejen los huéspedes son completas de LA TRABAJADORA; EL HOTEL no se "
            "queda con ninguna parte.",
        ),
        (
            "7. Talón de pago.",
            "Con cada pago se entrega un talón con las horas ofrecidas y trabajadas, la tarifa, "
            "el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "8. Viaje de ida.",
            "EL HOTEL paga el autobús de San Luis Potosí a Monterrey y de Monterrey a Mackinaw "
            "City, el ferry a la isla, el hospedaje y la comida del camino; si LA TRABAJADORA los adelanta, se le "
            "reembolsan completos en la primera semana de trabajo.",
        ),
        (
            "9. Visa.",
            "La cuota de la visa H-2B y la de cruce fronterizo se reembolsan completas en el primer "
            "cheque.",
        ),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=s)
    pdf.add_page()
    cl = [
        (
            "10. Regreso.",
            "Si LA TRABAJADORA termina el contrato, o si EL HOTEL la despide antes sin causa "
            "justificada, EL HOTEL paga su viaje de regreso a San Luis Potosí con hospedaje y comida del camino.",
        ),
        (
            "11. Uniformes y materiales.",
            "EL HOTEL entrega uniformes, zapatos antiderrapantes, guantes, carritos y "
            "productos de limpieza sin costo y sin depósito. Los uniformes se lavan en la lavandería del hotel.",
        ),
        (
            "12. Vivienda y comidas.",
            "EL HOTEL ofrece un cuarto compartido en el dormitorio de empleados sin costo "
            "alguno, y tres comidas al día en el comedor del personal, también gratis.",
        ),
        (
            "13. Terminación.",
            "Si LA TRABAJADORA falta cinco días de trabajo seguidos sin permiso, se considera "
            "que abandonó el empleo y EL HOTEL lo avisará al Departamento del Trabajo y al Departamento de "
            "Seguridad Nacional dentro de dos días hábiles. EL HOTEL solo puede despedirla por causa justificada, "
            "explicándole el motivo por escrito.",
        ),
        (
            "14. Si el trabajo se vuelve imposible.",
            "Si un incendio, una tormenta u otra causa ajena a EL HOTEL "
            "impide seguir trabajando antes del 24 de octubre, EL HOTEL pagará la garantía de horas hasta la fecha "
            "de terminación y el viaje de regreso, y procurará ayudarla a encontrar otro empleo.",
        ),
        (
            "15. Sin cobros.",
            "Ni EL HOTEL ni ninguna persona que reclute para él puede cobrarle por este empleo. "
            "EL HOTEL contrata directamente, sin agencias ni intermediarios.",
        ),
        (
            "16. Derechos.",
            "LA TRABAJADORA conserva siempre su pasaporte y su visa. Puede presentar quejas ante el "
            "Departamento del Trabajo o hablar con un abogado sin sufrir represalias.",
        ),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=s)
    pdf.para(
        "Firmado en Monterrey, Nuevo León, el 14 de abril de 2026, en dos ejemplares en español.",
        size=s,
    )
    pdf.signatures(
        [
            "Por EL HOTEL\nKaren Vander Meulen, Gerente de Recursos Humanos",
            "LA TRABAJADORA\nRosa Elvira Mendoza Castañeda",
        ],
        gap=20,
    )
    pdf.output(out)


def aq07(out):
    """h2b, en - recruiter letter (Jamaica), numbered list of payments, acknowledgement page, 2 pages."""
    pdf = Doc(
        font="LSerif",
        margins=(25, 18, 25),
        footer_text="Blue Mahoe Overseas Placement Ltd.  -  Ref. BMO/H2B/26/0412  -  {page}",
    )
    pdf.add_page()
    pdf.set_font("LSerif", "B", 16)
    pdf.set_text_color(20, 70, 40)
    pdf.cell(0, 8, "BLUE MAHOE OVERSEAS PLACEMENT LTD.", align="C", **NL)
    pdf.set_font("LSerif", "", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        4.5,
        "22 Constant Spring Road, Kingston 10, Jamaica W.I.  ·  Tel. (876) 555-0190",
        align="C",
        **NL,
    )
    pdf.cell(0, 4.5, "Licensed Employment Agency No. EA-1187", align="C", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    s = 10.5
    pdf.para("9 March 2026", size=s)
    pdf.para(
        "Mr. Delroy Anthony Campbell\n14 Spring Village Road\nSpanish Town, St. Catherine", size=s
    )
    pdf.para(
        "RE: SELECTION - H-2B SEASONAL PROGRAMME 2026, SEASIDE PINES RESORT", size=s, style="B"
    )
    pdf.para("Dear Mr. Campbell,", size=s)
    for p in [
        "We are pleased to confirm that, following your interview on 24 February, you have been selected by "
        "Seaside Pines Resort LLC, 4100 South Ocean Boulevard, North Myrtle Beach, South Carolina 29582, USA, for "
        "the position of Line Cook for the 2026 summer season.",
        "Your duties will be to prepare breakfast and lunch items on the grill and fryer, set up and break down "
        "your station, and keep the kitchen clean to health-code standard. The season runs from 11 May to 27 "
        "September 2026, at 40 hours per week (five shifts of eight hours). The rate of pay is US$16.45 per hour, "
        "paid weekly.",
        "Your flight from Kingston to Myrtle Beach is booked and paid for by the resort, and the resort will "
        "reimburse your US visa application fee in your first week of work.",
        "Before your embassy appointment you are required to settle the following with our office:",
    ]:
        pdf.para(p, size=s, align="J", after=2.5)
    items = [
        "Processing and placement fee of JMD 95,000, payable in two parts: JMD 45,000 on signing this letter and "
        "JMD 50,000 when your visa is issued.",
        "Medical examination with our approved doctor, Dr. P. Hylton, 3 Hope Road, Kingston 6, at a cost of JMD "
        "9,500 to be paid at the clinic.",
        "A good-conduct bond of US$300, which the agency holds and refunds only when you report to this office "
        "within seven days after the season ends.",
        "Your passport must be valid until at least March 2027; any renewal at PICA is at your own expense (JMD "
        "6,000).",
    ]
    for i, it in enumerate(items, 1):
        pdf.set_font("LSerif", "", s)
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(7, s * 0.47, f"{i}.")
        pdf.set_left_margin(pdf.l_margin + 11)
        pdf.multi_cell(0, s * 0.47, it, align="L", **NL)
        pdf.set_left_margin(pdf.l_margin - 11)
        pdf.ln(1.5)
    pdf.ln(1)
    for p in [
        "Pre-departure orientation will be held at our office on 30 April 2026 at 10:00 a.m.; attendance is free "
        "of charge and light refreshments (coffee and sandwiches) will be served.",
        "Please return the acknowledgement overleaf, signed, with your first payment. If the amounts above are not "
        "settled by 6 April 2026, your place will be offered to a standby candidate.",
        "Yours faithfully,",
    ]:
        pdf.para(p, size=s, align="J", after=2.5)
    pdf.ln(8)
    pdf.para("Marcia Wint-Ellis\nPlacement Manager", size=s)
    pdf.add_page()
    pdf.big_title("ACKNOWLEDGEMENT AND UNDERTAKING", size=12, font="LSerif")
    pdf.para(
        "I, ______________________________________, holder of TRN ____________________, acknowledge receipt "
        "of the letter of selection dated 9 March 2026 and agree to the conditions set out in it.",
        size=s,
        after=6,
    )
    pdf.para("Payments received by the agency", size=s, style="B")
    pdf.grid(
        [["Date", "Item", "Receipt no.", "Received by"]] + [["", "", "", ""] for _ in range(4)],
        widths=(22, 48, 22, 28),
        size=9,
        lh=7,
        font="LSerif",
    )
    pdf.signatures(["Candidate", "For Blue Mahoe Overseas Placement Ltd."], gap=22, font="LSerif")
    pdf.output(out)


def aq08(out):
    """h2b, en+es - bilingual offer (3-col table) + worker cost sheet with who-pays column, 2 pages, compliant."""
    pdf = Doc(
        font="Narrow",
        margins=(14, 20, 14),
        band=(
            "LIVE OAK GROUNDS & LANDSCAPE, LLC  -  Offer of employment H-2B 2026 / Oferta de empleo H-2B "
            "2026",
            (90, 70, 30),
        ),
        footer_text="Live Oak Grounds & Landscape, LLC  ·  9100 Anderson Mill Road, Austin, TX 78729  ·  "
        "{page}/2",
    )
    pdf.add_page()
    s = 9.5
    pdf.para(
        "To / Para: Luis Fernando Rangel Ortiz, Dolores Hidalgo, Guanajuato, México",
        size=s,
        style="B",
    )
    rows = [
        ["Condition / Condición", "English", "Español"],
        [
            "Employer / Patrón",
            "Live Oak Grounds & Landscape, LLC, 9100 Anderson Mill Road, Austin, Texas 78729",
            "Live Oak Grounds & Landscape, LLC, 9100 Anderson Mill Road, Austin, Texas 78729",
        ],
        [
            "Job / Puesto",
            "Landscape laborer: mow, edge and trim lawns, prune hedges, plant shrubs and trees, "
            "spread mulch and clean up job sites.",
            "Jardinero: cortar y orillar pasto, podar setos, plantar arbustos "
            "y árboles, esparcir mantillo y limpiar las obras.",
        ],
        [
            "Where / Dónde",
            "Commercial and residential sites in Travis and Williamson counties, Texas; crews leave "
            "from the yard at 9100 Anderson Mill Road.",
            "Obras comerciales y residenciales en los condados de Travis "
            "y Williamson, Texas; las cuadrillas salen del patio de 9100 Anderson Mill Road.",
        ],
        [
            "Dates / Fechas",
            "March 2 to November 25, 2026",
            "Del 2 de marzo al 25 de noviembre de 2026",
        ],
        [
            "Hours / Horario",
            "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "40 horas a la semana, de lunes a viernes, de 7:00 a 15:30",
        ],
        [
            "Pay / Salario",
            "$18.03 per hour; never less than the highest prevailing or minimum wage in effect "
            "during the season.",
            "$18.03 por hora; nunca menos que el salario prevaleciente o mínimo más alto "
            "vigente durante la temporada.",
        ],
        [
            "Overtime / Horas extra",
            "$27.05 per hour after 40 hours in a week",
            "$27.05 por hora después de 40 horas en la semana",
        ],
        ["Payday / Día de pago", "Every Friday (weekly)", "Cada viernes (semanal)"],
        [
            "Deductions / Descuentos",
            "Only federal income tax, Social Security and Medicare.",
            "Solo impuesto federal sobre la renta, Seguro Social y Medicare.",
        ],
        [
            "Guarantee / Garantía",
            "Work hours equal to at least 3/4 of the workdays in each 12-week period, or pay "
            "for the difference.",
            "Horas de trabajo por lo menos de 3/4 de los días hábiles de cada periodo de 12 "
            "semanas, o se paga la diferencia.",
        ],
        [
            "Pay stub / Talón",
            "Hours offered and worked, rate, gross pay, each deduction and net pay, every payday.",
            "Horas ofrecidas y trabajadas, tarifa, pago bruto, cada descuento y pago neto, cada día de "
            "pago.",
        ],
        [
            "Requirements / Requisitos",
            "3 months of landscaping experience; able to lift 50 lb.",
            "3 meses de experiencia en jardinería; poder levantar 50 libras.",
        ],
        [
            "Ending / Terminación",
            "5 straight workdays absent without notice counts as abandonment; dismissal only "
            "for cause, explained in writing.",
            "Faltar 5 días hábiles seguidos sin avisar cuenta como abandono; "
            "despido solo por causa justificada, explicada por escrito.",
        ],
        [
            "If work is impossible / Si no se puede trabajar",
            "If a fire, flood or hurricane ends the work early, "
            "the company pays the guarantee up to that date and the trip home.",
            "Si un incendio, inundación o "
            "huracán termina el trabajo antes, la empresa paga la garantía hasta esa fecha y el viaje de regreso.",
        ],
    ]
    pdf.grid(rows, widths=(24, 38, 38), size=8.8, head_rgb=(236, 226, 200), bold_first_col=True)

    pdf.add_page()
    pdf.big_title("WORKER COST SHEET  /  HOJA DE COSTOS DEL TRABAJADOR", size=12.5, align="L")
    pdf.para(
        "This sheet lists every cost connected with getting and doing this job, and who pays it. / Esta hoja "
        "muestra cada costo relacionado con obtener y hacer este trabajo, y quién lo paga.",
        size=s,
    )
    pdf.grid(
        [
            ["Cost / Costo", "Amount / Monto", "Who pays / Quién paga", "When / Cuándo"],
            [
                "Recruitment, selection, paperwork / Reclutamiento, selección, papeleo",
                "$0",
                "Nobody: prohibited / Nadie: prohibido",
                "-",
            ],
            [
                "H-2B visa fee (MRV) / Cuota de visa H-2B",
                "$205",
                "Employer / Patrón",
                "Reimbursed in week 1 / Se reembolsa en la semana 1",
            ],
            [
                "I-94 border fee / Cuota de cruce I-94",
                "$6",
                "Employer / Patrón",
                "Reimbursed in week 1 / Se reembolsa en la semana 1",
            ],
            [
                "Passport / Pasaporte",
                "MXN 1,940",
                "Employer / Patrón",
                "Reimbursed in week 1 / Se reembolsa en la semana 1",
            ],
            [
                "Bus Dolores Hidalgo - Monterrey - Austin / Autobús",
                "Ticket / Boleto",
                "Employer / Patrón",
                "Bought by the company / Lo compra la empresa",
            ],
            [
                "Hotel in Monterrey, meals on the road / Hotel y comidas del viaje",
                "DOL daily rate / Tarifa diaria del DOL",
                "Employer / Patrón",
                "Cash before travel / En efectivo antes del viaje",
            ],
            [
                "Tools, gloves, boots, safety glasses / Herramientas, guantes, botas, lentes",
                "$0",
                "Employer / Patrón",
                "Provided free, no deposit / Gratis, sin depósito",
            ],
            [
                "Trip home / Viaje de regreso",
                "Ticket and meals / Boleto y comidas",
                "Employer / Patrón",
                "End of contract / Al terminar el contrato",
            ],
        ],
        widths=(38, 18, 20, 24),
        size=8.8,
        head_rgb=(236, 226, 200),
    )
    pdf.para(
        "Our recruiter in Mexico, Conexión Laboral del Bajío, S.C., is paid by Live Oak. No one may ask you "
        "for money for this job; if someone does, call us at (512) 555-0116. / Nuestro reclutador en México, "
        "Conexión Laboral del Bajío, S.C., recibe su pago de Live Oak. Nadie puede pedirle dinero por este "
        "trabajo; si alguien lo hace, llámenos al (512) 555-0116.",
        size=s,
    )
    pdf.para(
        "Housing is not provided; the company gives workers a list of rentals near the yard. / No se ofrece "
        "vivienda; la empresa da a los trabajadores una lista de rentas cerca del patio.",
        size=s,
    )
    pdf.signatures(
        [
            "Employer / Patrón\nGabriel Ostrowski, Operations Manager",
            "Worker / Trabajador\nLuis Fernando Rangel Ortiz",
        ],
        gap=18,
    )
    pdf.output(out)


def aq09(out):
    """generic, en - Indonesia to Hong Kong placement agreement with cost-structure table, A4, 2 pages."""
    pdf = Doc(
        fmt="A4",
        font="Sans",
        margins=(18, 18, 18),
        header_text="PT BINA KARYA MANDIRI SEJAHTERA  ·  Jl. Raya Kediri-Blitar No. 88, Blitar, Jawa Timur  ·  "
        "SIP3MI No. 2/1138/2021",
        footer_text="Placement agreement HK-FDH/0719/2026  -  halaman {page}",
    )
    pdf.add_page()
    pdf.big_title(
        "PLACEMENT AGREEMENT / PERJANJIAN PENEMPATAN\nForeign Domestic Helper - Hong Kong SAR",
        size=12,
    )
    s = 9
    pdf.grid(
        [
            [
                "Indonesian agency",
                "PT Bina Karya Mandiri Sejahtera, Jl. Raya Kediri-Blitar No. 88, Blitar, East Java",
            ],
            [
                "Hong Kong agency",
                "Golden Harbour Employment Agency (HK) Ltd, Unit 1507, 15/F, Harbour Commercial "
                "Building, 124 Connaught Road Central, Sheung Wan (EA licence 71925)",
            ],
            [
                "Employer",
                "Mr. Leung Ka Wai, Flat 12B, Tower 3, Kornhill Gardens, Quarry Bay, Hong Kong",
            ],
            [
                "Worker",
                "Sri Wahyuningsih, born 14 May 1996, Desa Sumberagung, Blitar; passport C 4417082",
            ],
        ],
        widths=(24, 76),
        size=8.5,
        header=False,
        bold_first_col=True,
    )
    cl = [
        (
            "1. Work.",
            "The Worker is employed as a foreign domestic helper to do household chores, cook for the "
            "family and care for the Employer's mother, aged 82, who uses a wheelchair.",
        ),
        (
            "2. Place.",
            "The Employer's residence at the address above. The Worker shall not be required to work "
            "for any other person or at any other address.",
        ),
        (
            "3. Period.",
            "Two years, from 1 July 2026 to 30 June 2028, under the Standard Employment Contract (ID "
            "407) of the Hong Kong Government.",
        ),
        (
            "4. Wages.",
            "HK$4,990 per month, paid monthly and not later than 7 days after the end of each wage "
            "period, with a receipt signed by both parties.",
        ),
        (
            "5. Food and accommodation.",
            "Free food and suitable accommodation with reasonable privacy are provided "
            "by the Employer. If food is not provided, the Employer pays a food allowance of HK$1,236 per month.",
        ),
        (
            "6. Rest.",
            "At least one rest day of 24 continuous hours in each week, all statutory holidays, and paid "
            "annual leave as the Employment Ordinance provides.",
        ),
        (
            "7. Medical care and insurance.",
            "The Employer pays for free medical treatment in Hong Kong and takes "
            "out employees' compensation insurance covering the Worker.",
        ),
        (
            "8. Travel.",
            "The Employer provides the air ticket from Surabaya to Hong Kong and, at the end of the "
            "contract, a free return air ticket to Surabaya with a food and travel allowance of HK$100 a day.",
        ),
        (
            "9. Termination.",
            "Either party may terminate this contract by giving one month's notice in writing or "
            "one month's wages in lieu of notice.",
        ),
        (
            "10. Deductions.",
            "Apart from the repayment described in clause 12, no deductions will be made from the "
            "Worker's wages.",
        ),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=s)
    pdf.add_page()
    pdf.heading("11. COST STRUCTURE (RINCIAN BIAYA PENEMPATAN)", size=10.5)
    pdf.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["Pre-departure medical check-up", "IDR 1,250,000", "Employer"],
            [
                "Training at BLK (600 hours: Cantonese, cooking, elderly care)",
                "IDR 7,800,000",
                "Worker (loan)",
            ],
            ["Hong Kong employment visa fee", "HK$230", "Worker (loan)"],
            ["Air ticket Surabaya - Hong Kong", "-", "Employer"],
            ["Employees' compensation insurance", "-", "Employer"],
            ["Hong Kong agency service charge", "-", "Employer"],
        ],
        widths=(60, 20, 20),
        size=9,
        head_rgb=(230, 230, 230),
    )
    pdf.clause(
        "12. Loan.",
        "The Worker's share of the costs above is advanced by PT Dana Mitra Cepat, a finance "
        "company, as a loan of HK$4,200, repaid by deducting HK$700 from each of the first six monthly "
        "salaries.",
        size=s,
    )
    pdf.clause(
        "13. Documents.",
        "The Worker's passport and Hong Kong identity card will be kept by Golden Harbour "
        "Employment Agency (HK) Ltd until the loan is fully repaid.",
        size=s,
    )
    pdf.clause(
        "14. Help.",
        "The Worker may contact the Indonesian Consulate General in Hong Kong or the Labour "
        "Department (hotline 2157 9537) about any problem with this contract.",
        size=s,
    )
    pdf.ln(2)
    pdf.para("Signed at Blitar on 2 June 2026.", size=s)
    pdf.signatures(
        ["For the Indonesian agency", "For the Hong Kong agency", "Worker\nSri Wahyuningsih"],
        gap=20,
    )
    pdf.output(out)


def aq10(out):
    """generic, es - Honduras to Canada greenhouse contract, numbered articles, 2 pages, compliant."""
    pdf = Doc(
        font="Serif",
        margins=(22, 22, 22),
        header_text="Erie Shore Greenhouse Produce Ltd.  ·  2210 County Road 14, Kingsville, Ontario N9Y 2E5, "
        "Canadá  ·  Tel. +1 519 555 0172",
        footer_text="Contrato PTET agrícola - M. J. Cárcamo Mejía - página {page} de 2",
    )
    pdf.add_page()
    pdf.big_title(
        "CONTRATO DE TRABAJO\nTrabajador extranjero temporal - vertiente agrícola",
        size=12.5,
        font="Serif",
    )
    s = 9.2
    pdf.para(
        "EL EMPLEADOR: Erie Shore Greenhouse Produce Ltd., 2210 County Road 14, Kingsville, Ontario N9Y 2E5, "
        "Canadá, representado por su gerente general, Peter Van Dongen.",
        size=s,
    )
    pdf.para(
        "EL TRABAJADOR: Marvin Josué Cárcamo Mejía, nacido el 3 de febrero de 1994, con domicilio en "
        "Juticalpa, Olancho, Honduras, pasaporte hondureño número G648213.",
        size=s,
    )
    arts = [
        (
            "Artículo 1. Puesto.",
            "Trabajador de invernadero (NOC 85101): plantar, podar y guiar plantas de pepino "
            "y pimiento, cosechar, empacar cajas y mantener limpios los pasillos.",
        ),
        (
            "Artículo 2. Lugar de trabajo.",
            "Los invernaderos de EL EMPLEADOR en 2210 County Road 14, Kingsville, Ontario.",
        ),
        ("Artículo 3. Duración.", "Del 12 de enero de 2026 al 11 de enero de 2028."),
        (
            "Artículo 4. Horario.",
            "48 horas por semana en promedio, de lunes a sábado, de 7:00 a 16:00, con 30 "
            "minutos para comer y dos descansos pagados de 15 minutos.",
        ),
        (
            "Artículo 5. Salario.",
            "CAD 17.60 por hora. Las horas que pasen de 48 en una semana se pagan a CAD "
            "26.40 por hora.",
        ),
        (
            "Artículo 6. Pago.",
            "Cada dos semanas, por depósito directo en la cuenta bancaria de EL TRABAJADOR, "
            "con un talón que detalla horas, tarifa, pago bruto y deducciones.",
        ),
        (
            "Artículo 7. Deducciones.",
            "Solo se deducirán los impuestos federal y provincial sobre la renta y las "
            "cotizaciones al Plan de Pensiones de Canadá (CPP) y al Seguro de Empleo (EI) que exige la ley "
            "canadiense. No se hará ninguna otra deducción sin autorización escrita de EL TRABAJADOR.",
        ),
        (
            "Artículo 8. Vivienda.",
            "EL EMPLEADOR proporciona vivienda gratuita, inspeccionada por la autoridad de "
            "salud, con cocina equipada, lavadora y acceso a internet.",
        ),
        (
            "Artículo 9. Viaje.",
            "EL EMPLEADOR paga el boleto aéreo de San Pedro Sula a Toronto y el traslado a "
            "Kingsville al inicio, y el boleto de regreso a San Pedro Sula al terminar el contrato. Estos costos no "
            "se recuperan del salario de EL TRABAJADOR.",
        ),
    ]
    for a, b in arts:
        pdf.clause(a, b, size=s)
    pdf.add_page()
    arts = [
        (
            "Artículo 10. Seguro médico y de accidentes.",
            "Mientras EL TRABAJADOR no tenga la tarjeta de salud de "
            "Ontario (OHIP), EL EMPLEADOR le paga un seguro médico privado. EL EMPLEADOR también lo inscribe en el "
            "seguro de accidentes de trabajo (WSIB). Ninguno de los dos seguros tiene costo para EL TRABAJADOR.",
        ),
        (
            "Artículo 11. Reclutamiento.",
            "EL EMPLEADOR pagó la Evaluación de Impacto en el Mercado Laboral (LMIA) "
            "y los servicios de su agencia en Honduras, Servicios Migratorios Lempira, S. de R.L. Ni EL EMPLEADOR ni "
            "la agencia pueden cobrar al trabajador por su contratación; cualquier cobro debe denunciarse a Empleo y "
            "Desarrollo Social Canadá.",
        ),
        (
            "Artículo 12. Herramientas y equipo.",
            "Tijeras, carritos, guantes, botas de hule y ropa de protección se entregan sin costo.",
        ),
        (
            "Artículo 13. Terminación.",
            "EL EMPLEADOR solo puede terminar este contrato por causa justa o por falta "
            "de trabajo, con aviso escrito de dos semanas o el pago correspondiente. EL TRABAJADOR puede renunciar "
            "avisando con dos semanas de anticipación, sin ninguna penalización. En todos los casos EL EMPLEADOR "
            "paga el boleto de regreso.",
        ),
        (
            "Artículo 14. Documentos.",
            "EL TRABAJADOR guarda en su poder su pasaporte y su permiso de trabajo.",
        ),
        (
            "Artículo 15. Idioma.",
            "Este contrato se firma en español, idioma de EL TRABAJADOR, y en inglés; ambas "
            "versiones tienen el mismo valor.",
        ),
    ]
    for a, b in arts:
        pdf.clause(a, b, size=s)
    pdf.para("Firmado en Tegucigalpa, Honduras, el 5 de diciembre de 2025.", size=s)
    pdf.signatures(
        ["EL EMPLEADOR\nPeter Van Dongen", "EL TRABAJADOR\nMarvin Josué Cárcamo Mejía"], gap=20
    )
    pdf.output(out)


def aq11(out):
    """generic, en - Sri Lanka to Kuwait housemaid contract, page 1 two columns, page 2 annex, A4."""
    pdf = Doc(
        fmt="A4",
        font="LSerif",
        margins=(16, 16, 16),
        footer_text="SLBFE Job Order KW/HM/26/04417  -  Page {page} of 2",
    )
    pdf.add_page()
    pdf.big_title(
        "EMPLOYMENT CONTRACT FOR DOMESTIC HOUSEMAID\nSTATE OF KUWAIT", size=13, font="LSerif"
    )
    pdf.para(
        "To be attested by the Embassy of Sri Lanka, Kuwait  ·  SLBFE Job Order No. KW/HM/26/04417",
        size=9,
        align="C",
        style="I",
        font="LSerif",
    )
    pdf.grid(
        [
            [
                "First Party (Sponsor)",
                "Mrs. Fatma Hamad Al-Rashidi, Block 3, Street 17, House 42, Jabriya, Kuwait",
            ],
            [
                "Second Party (Housemaid)",
                "Wickramasinghe Arachchige Dilani Kumari, passport N8842177, of Kuliyapitiya, "
                "Kurunegala District, Sri Lanka",
            ],
            [
                "Sri Lankan agent",
                "Ceylon Crown Manpower Services (Pvt) Ltd, 45 Negombo Road, Wattala (SLBFE licence "
                "2214)",
            ],
            ["Kuwaiti office", "Al-Nour Domestic Labour Office, Block 1, Farwaniya"],
        ],
        widths=(26, 74),
        size=9,
        header=False,
        bold_first_col=True,
        font="LSerif",
    )
    clauses = [
        (
            "1. Duties.",
            "The Housemaid shall do the housekeeping, cooking and laundry, and care for the Sponsor's "
            "two children and elderly father.",
        ),
        (
            "2. Place of work.",
            "The Sponsor's residence in Jabriya, Kuwait. The Housemaid shall not be sent to work "
            "for any other household.",
        ),
        ("3. Period.", "Twenty-four months, from 1 June 2026 to 31 May 2028."),
        (
            "4. Salary.",
            "KWD 120 (One Hundred and Twenty Kuwaiti Dinars) per month, paid at the end of each month "
            "into the Housemaid's bank account.",
        ),
        (
            "5. Working hours.",
            "Not more than twelve hours a day, with rest periods, and one paid day off every week.",
        ),
        ("6. Leave.", "Thirty days of paid annual leave for each year of service."),
        (
            "7. Food, lodging, clothing.",
            "Provided free of charge by the Sponsor, with a private room.",
        ),
        ("8. Medical treatment.", "Provided free by the Sponsor throughout the contract."),
        (
            "9. Costs paid by the Sponsor.",
            "Residence visa, work permit, medical examination in Kuwait and the air "
            "ticket from Colombo to Kuwait.",
        ),
        (
            "10. Return ticket.",
            "At the end of the contract the Sponsor provides an air ticket to Colombo.",
        ),
        (
            "11. Termination.",
            "Either party may end the contract with one month's notice in writing. The Sponsor "
            "may end it without notice only for serious misconduct proven before the Domestic Labour Department.",
        ),
        (
            "12. Conduct.",
            "The Housemaid shall obey the lawful instructions of the Sponsor and respect the customs "
            "of the country. The Housemaid shall not leave the house alone, even on her weekly rest day.",
        ),
        (
            "13. Disputes.",
            "Disputes shall be referred to the Domestic Labour Department of the Ministry of "
            "Interior, or to the labour section of the Embassy of Sri Lanka.",
        ),
    ]
    gutter = 8
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - gutter) / 2
    top = pdf.get_y() + 2
    split = 7
    lm = pdf.l_margin
    bottom = top
    for col, chunk in enumerate((clauses[:split], clauses[split:])):
        x = lm + col * (colw + gutter)
        pdf.set_left_margin(x)
        pdf.set_right_margin(pdf.w - x - colw)
        pdf.set_xy(x, top)
        for a, b in chunk:
            pdf.clause(a, b, size=10, font="LSerif", after=2.2)
        bottom = max(bottom, pdf.get_y())
    pdf.set_left_margin(lm)
    pdf.set_right_margin(16)
    pdf.set_draw_color(170, 170, 170)
    pdf.line(lm + colw + gutter / 2, top, lm + colw + gutter / 2, bottom)

    pdf.add_page()
    pdf.big_title("ANNEX - CONDITIONS AGREED WITH THE AGENT", size=12, font="LSerif", align="L")
    s = 10.5
    for a, b in [
        (
            "A.",
            "The Housemaid confirms that the Agent has explained to her the conditions of work in Kuwait and "
            "that she has received a copy of this contract in Sinhala.",
        ),
        (
            "B.",
            "The Housemaid shall pay the Agent a service charge of Rs. 175,000/- (Rupees One Hundred and "
            "Seventy-Five Thousand only) before departure, for processing and documentation.",
        ),
        (
            "C.",
            "If the Housemaid leaves the Sponsor's house or asks to return home before completing twenty-four "
            "months, she shall refund the Sponsor the recruitment cost of KWD 650.",
        ),
        (
            "D.",
            "The Agent pays the SLBFE registration fee and the SLBFE insurance premium on behalf of the "
            "Housemaid, at no cost to her.",
        ),
        (
            "E.",
            "The Housemaid may contact the labour section of the Embassy of Sri Lanka in Kuwait at any time, "
            "and the SLBFE 24-hour hotline 1989 in Sri Lanka.",
        ),
    ]:
        pdf.clause(a, b, size=s, font="LSerif", after=3)
    pdf.para("Signed at Wattala on 12 May 2026.", size=s, font="LSerif")
    pdf.signatures(
        ["Sponsor (by her representative)", "Housemaid", "For the Agent"], gap=22, font="LSerif"
    )
    pdf.output(out)


def aq12(out):
    """generic, en (Taglish) - WhatsApp broadcast from a recruiter, tall page with chat bubbles, 1 page."""
    pdf = Doc(fmt=(110, 200), font="Sans", margins=(6, 6, 6))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(8, 3)
    pdf.cell(0, 5, "StarBright Global Manpower Inc.")
    pdf.set_font("Sans", "", 6.5)
    pdf.set_xy(8, 8.5)
    pdf.cell(0, 4, "Broadcast list · DMW Lic. No. 091-LB-031425-R")
    pdf.set_text_color(0, 0, 0)
    y = 20
    bubble_w = 84

    def bubble(lines_, time, bold_first=False, fill=(255, 255, 255), size=7.6):
        nonlocal y
        pdf.set_font("Sans", "", size)
        lh = size * 0.5
        inner = bubble_w - 6
        n = 0
        for i, t in enumerate(lines_):
            pdf.set_font("Sans", "B" if (bold_first and i == 0) else "", size)
            n += len(pdf.multi_cell(inner, lh, t, dry_run=True, output=MethodReturnValue.LINES))
        h = n * lh + 4 + 4
        pdf.set_fill_color(*fill)
        pdf.rect(6, y, bubble_w, h, style="F", round_corners=True, corner_radius=2.5)
        pdf.set_xy(9, y + 2)
        for i, t in enumerate(lines_):
            pdf.set_font("Sans", "B" if (bold_first and i == 0) else "", size)
            pdf.set_x(9)
            pdf.multi_cell(inner, lh, t, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 5.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(6, y + h - 4)
        pdf.cell(bubble_w - 3, 3, time, align="R")
        pdf.set_text_color(0, 0, 0)
        y += h + 3

    pdf.set_font("Sans", "", 6)
    pdf.set_xy(0, y)
    pdf.cell(pdf.w, 3, "TODAY", align="C")
    y += 6
    bubble(
        [
            "URGENT HIRING!!! DOMESTIC HELPER - SINGAPORE",
            "Chinese family, 2 kids (5 and 8 yrs old), Bukit Timah area, Singapore.",
            "Household chores, cooking, hatid-sundo sa school ng mga bata.",
            "Salary: SGD 650 per month, sahod every end of month.",
            "Free food and lodging, may sariling kwarto.",
            "2 years contract. Employer pays SG work permit, levy and insurance.",
        ],
        "09:12",
        bold_first=True,
    )
    bubble(
        ["ZERO PLACEMENT FEE sa Pinas!! (as per DMW rules for household workers)"],
        "09:12",
        bold_first=True,
    )
    bubble(
        [
            "Ang babayaran lang po:",
            "Processing fee: PHP 18,500, cash bago mag-medical.",
            "Medical sa partner clinic namin: PHP 3,800, sagot ng applicant.",
            "OWWA at PhilHealth contribution: PHP 2,100, applicant din.",
        ],
        "09:13",
        bold_first=True,
    )
    bubble(
        ["Deployment within 45 days! Our Singapore partner: Merlion HomeCare Employment Pte Ltd."],
        "09:14",
    )
    bubble(
        [
            "Interested? Send resume, passport copy and whole-body picture. PM lang po or text 0917 555 0184.",
            "Walk-in: 3F Paz Building, Taft Avenue, Manila, Mon-Sat 8am-5pm.",
        ],
        "09:15",
    )
    bubble(["Pls share sa mga kakilala ninyo! God bless po."], "09:15")
    pdf.output(out)


BUILDERS = [aq01, aq02, aq03, aq04, aq05, aq06, aq07, aq08, aq09, aq10, aq11, aq12]


# =========================================================================== verification
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


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t or "").strip()


def verify(out_dir: Path) -> list[str]:
    import pdfplumber

    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if [x["file"] for x in labels] != [f"aq{i:02d}.pdf" for i in range(1, 13)]:
        errors.append("labels.json must list aq01.pdf..aq12.pdf in order")
    n_scanned = 0
    for lab in labels:
        f = out_dir / lab["file"]
        prog = lab["program"]
        if prog not in REQUIRED:
            errors.append(f"{lab['file']}: bad program {prog}")
            continue
        extra = set(lab["missing_terms"]) - REQUIRED[prog]
        if extra:
            errors.append(f"{lab['file']}: missing_terms not required for {prog}: {sorted(extra)}")
        with pdfplumber.open(f) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts, crops, scanned_pages = [], [], set()
            for p in pdf.pages:
                t = p.extract_text() or ""
                texts.append(norm(t))
                halves = [
                    p.crop((0, 0, p.width / 2, p.height)),
                    p.crop((p.width / 2, 0, p.width, p.height)),
                ]
                crops.append([norm(h.extract_text() or "") for h in halves])
                if not t.strip() and p.images:
                    scanned_pages.add(p.page_number)
            if scanned_pages:
                n_scanned += 1
            if bool(scanned_pages) != bool(lab["scanned"]):
                errors.append(
                    f"{lab['file']}: scanned pages {sorted(scanned_pages)} vs label {lab['scanned']}"
                )
            for fee in lab["fees"]:
                cat, sev = fee["category"], fee["severity"]
                if cat not in CATEGORIES:
                    errors.append(f"{lab['file']}: unknown category {cat}")
                if cat in {"damage_chargeback", "meal_charge"} and sev != "review":
                    errors.append(f"{lab['file']}: {cat} must be review")
                if cat == "housing_charge" and sev != ("violation" if prog == "h2a" else "review"):
                    errors.append(f"{lab['file']}: housing_charge severity wrong for {prog}")
                if (fee["amount"] is None) != (fee["currency"] is None):
                    errors.append(f"{lab['file']}: amount/currency must both be set or both null")
                pg = fee["page"]
                if pg in scanned_pages:
                    continue
                q = norm(fee["quote"])
                if q not in texts[pg - 1] and not any(q in c for c in crops[pg - 1]):
                    errors.append(f"{lab['file']} p{pg}: quote not found: {fee['quote']!r}")
    if n_scanned != 1:
        errors.append(f"exactly one document must have a scanned page, found {n_scanned}")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for fn in BUILDERS:
        fn(str(out_dir / f"{fn.__name__}.pdf"))
    errors = verify(out_dir)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        raise SystemExit(f"verification failed with {len(errors)} error(s)")
    print(f"wrote and verified {len(BUILDERS)} PDFs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
