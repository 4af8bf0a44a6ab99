"""Build held-out batch "ao": 12 labelled contract PDFs (labels in labels.json).

Usage: python tests/contracts/analysis/heldout_ao/build.py OUT_DIR

Deterministic: no random numbers, no clock (fixed PDF creation date). After writing the
PDFs it reopens each one with pdfplumber and checks that every labelled fee quote is in
the text of its labelled page (skipped for the one scanned, image-only page).
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)

DV = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "sans": (
        DV + "DejaVuSans.ttf",
        DV + "DejaVuSans-Bold.ttf",
        DV + "DejaVuSans-Oblique.ttf",
        DV + "DejaVuSans-BoldOblique.ttf",
    ),
    "cond": (
        DV + "DejaVuSansCondensed.ttf",
        DV + "DejaVuSansCondensed-Bold.ttf",
        DV + "DejaVuSansCondensed-Oblique.ttf",
        DV + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "serif": (
        LIB + "LiberationSerif-Regular.ttf",
        LIB + "LiberationSerif-Bold.ttf",
        LIB + "LiberationSerif-Italic.ttf",
        LIB + "LiberationSerif-BoldItalic.ttf",
    ),
    "arial": (
        LIB + "LiberationSans-Regular.ttf",
        LIB + "LiberationSans-Bold.ttf",
        LIB + "LiberationSans-Italic.ttf",
        LIB + "LiberationSans-BoldItalic.ttf",
    ),
    "mono": (
        DV + "DejaVuSansMono.ttf",
        DV + "DejaVuSansMono-Bold.ttf",
        DV + "DejaVuSansMono-Oblique.ttf",
        DV + "DejaVuSansMono-BoldOblique.ttf",
    ),
}

# pages (1-based) that are image-only scans, per file
SCANNED_PAGES = {"ao11.pdf": {2}}


class Doc(FPDF):
    def __init__(self, fmt="Letter", base="sans", margin=54, top=54, bottom=54):
        super().__init__(unit="pt", format=fmt)
        for fam, (r, b, i, bi) in FONTS.items():
            self.add_font(fam, "", r)
            self.add_font(fam, "B", b)
            self.add_font(fam, "I", i)
            self.add_font(fam, "BI", bi)
        self.base = base
        self.set_margins(margin, top, margin)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_title("")
        self.hdr = None
        self.ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    def para(
        self,
        text,
        size=10,
        style="",
        fam=None,
        lh=1.35,
        align="L",
        indent=0,
        after=4,
        color=(0, 0, 0),
        markdown=False,
        w=None,
    ):
        self.set_font(fam or self.base, style, size)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            w or (self.epw - indent),
            size * lh,
            text,
            align=align,
            markdown=markdown,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(after)
        self.set_text_color(0, 0, 0)

    def heading(self, text, size=11, fam=None, after=3, color=(0, 0, 0), style="B"):
        self.para(text, size=size, style=style, fam=fam, after=after, color=color)

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam=None,
        head=True,
        lh=1.3,
        head_fill=(225, 225, 225),
        align="LEFT",
        width=None,
        borders="ALL",
        after=8,
        bold_first_col=False,
    ):
        self.set_font(fam or self.base, "", size)
        kw = dict(
            col_widths=widths,
            first_row_as_headings=head,
            line_height=size * lh,
            text_align=align,
            borders_layout=borders,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        )
        if width:
            kw["width"] = width
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(after)

    def band(self, h, rgb):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, h, style="F")


def page_footer(text, fam="sans", size=7.5, color=(90, 90, 90)):
    def f(pdf):
        pdf.set_y(-36)
        pdf.set_font(fam, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 10, text.format(p=pdf.page_no()), align="C")
        pdf.set_text_color(0, 0, 0)

    return f


# ---------------------------------------------------------------- ao01
def ao01():
    """H-2A job order addendum, Kentucky tobacco, English, 2 pages, numbered sections."""
    pdf = Doc(base="serif", top=78)

    def hdr(p):
        p.set_fill_color(215, 215, 215)
        p.rect(0, 0, p.w, 52, style="F")
        p.set_xy(54, 14)
        p.set_font("serif", "B", 12)
        p.cell(
            0,
            14,
            "AGRICULTURAL CLEARANCE ORDER (ETA-790A) \u2014 ADDENDUM A",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_x(54)
        p.set_font("serif", "", 9)
        p.cell(
            0,
            12,
            "Material terms and conditions of employment \u00b7 Tandy Creek Farms, LLC "
            "\u00b7 Job order H-300-26041-771203",
        )
        p.set_y(78)

    pdf.hdr = hdr
    pdf.ftr = page_footer(
        "Tandy Creek Farms, LLC \u2014 Addendum A \u2014 Page {p} of 2", fam="serif"
    )
    pdf.add_page()

    def sec(title, *texts):
        pdf.heading(title, size=10.5, after=1)
        for t in texts:
            pdf.para(t, size=10, lh=1.3, after=3)
        pdf.ln(2)

    sec(
        "1. EMPLOYER",
        "Tandy Creek Farms, LLC, 2250 Mount Eden Road, Shelbyville, Kentucky 40065. "
        "Telephone (502) 555-0148.",
    )
    sec(
        "2. JOB TITLE AND DUTIES",
        "Farmworkers and Laborers, Crop (SOC 45-2092). Workers will set burley tobacco plants with "
        "a mechanical setter, hoe and weed by hand, top and sucker plants, cut and spear stalks onto "
        "sticks, load wagons and hang tobacco in the curing barns. From November, workers strip "
        "cured leaf by grade and press it into bales. Between tobacco tasks workers may be asked to "
        "feed and water the farm's beef cattle and to mend fences.",
    )
    sec(
        "3. PLACE OF EMPLOYMENT",
        "The employer's fields and barns at 2250 Mount Eden Road and 7815 Bagdad Road, Shelbyville, "
        "and the leased Drennon Ridge farm at 41 Pryor Lane, Eminence, Kentucky (Shelby and Henry "
        "Counties).",
    )
    sec("4. PERIOD OF EMPLOYMENT", "From April 20, 2026 to December 5, 2026.")
    sec(
        "5. HOURS OF WORK",
        "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute unpaid "
        "lunch. During cutting and housing, Saturday work from 7:00 a.m. to 12:00 noon may be "
        "offered; it is voluntary. Workers are not required to work on Sundays.",
    )
    sec(
        "6. WAGE RATE",
        "$16.18 per hour for all hours worked. No piece rates are used for this order. If during "
        "the contract period a higher Adverse Effect Wage Rate, prevailing wage, or federal or state "
        "minimum wage is published, the employer will pay the highest of these rates from the date "
        "it takes effect.",
    )
    sec(
        "7. PAYDAY",
        "Workers are paid every Friday, by check or by direct deposit to a bank card chosen by the "
        "worker.",
    )
    sec(
        "8. DEDUCTIONS",
        "The employer will make only the following deductions: federal and Kentucky income tax when "
        "the worker asks for it in writing, court-ordered child support or garnishments, and the "
        "items listed in sections 12 and 13. Social Security and Medicare (FICA) are not withheld "
        "from H-2A wages.",
        "Workers recruited through our agent in Mexico, Reclutamiento Agr\u00edcola del Baj\u00edo, "
        "S. de R.L., repay the agent's file-handling advance of $350.00 by payroll deduction at "
        "$50.00 per week.",
    )
    sec(
        "9. THREE-FOURTHS GUARANTEE",
        "The employer guarantees to offer each worker employment for a total number of hours equal "
        "to at least three-fourths of the workdays of the total period of employment, beginning with "
        "the first workday after the worker's arrival and ending on the end date in section 4. If "
        "the worker is offered fewer hours, the employer will pay the amount the worker would have "
        "earned for the guaranteed hours. Hours offered but refused by the worker count as hours "
        "offered.",
    )

    pdf.add_page()
    sec(
        "10. HOUSING AND MEALS",
        "Housing is provided at no cost to workers who cannot reasonably return to their permanent "
        "residence each day, in the bunkhouse at 2250 Mount Eden Road (18 beds). The housing meets "
        "the applicable safety and health standards. There is no charge for rent, electricity, "
        "water or propane.",
        "Workers cook their own meals: free and convenient cooking and kitchen facilities, with "
        "stoves, refrigerators and cookware, are provided in the bunkhouse.",
    )
    sec(
        "11. TRANSPORTATION",
        "Inbound: a worker who completes 50 percent of the work contract period will be reimbursed "
        "the reasonable cost of travel and daily subsistence from the place of recruitment in "
        "Mexico to Shelbyville, including visa and border-crossing fees, unless the employer has "
        "already paid them.",
        "Return: a worker who completes the contract, or whose contract ends because work becomes "
        "impossible, will be provided or paid return transportation and subsistence to the place "
        "of recruitment.",
        "Daily: transportation between the housing and every worksite is free, in the employer's "
        "insured vans.",
    )
    sec(
        "12. TOOLS AND EQUIPMENT",
        "All tools, supplies and equipment required to perform the duties are provided by the "
        "employer at no charge to the worker. Tobacco knives and spears are checked out at the "
        "start of the season against a $25.00 deposit, which is returned when the tools are turned "
        "in at the end of the contract.",
    )
    sec(
        "13. DAMAGE",
        "If a worker wrecks a tractor, setter or tobacco wagon by ignoring the safety instructions "
        "he was given, the reasonable cost of the repair will be deducted from his wages.",
    )
    sec(
        "14. WORKERS' COMPENSATION",
        "Workers are covered, at no cost to them, by workers' compensation insurance with Kentucky "
        "Employers' Mutual Insurance, policy WC-0417735-26.",
    )
    sec(
        "15. ABANDONMENT AND TERMINATION FOR CAUSE",
        "A worker who fails to report for work for 5 consecutive working days without the "
        "employer's consent will be considered to have voluntarily abandoned the job, and the "
        "employer will notify the Department of Labor and the Department of Homeland Security. A "
        "worker may be terminated for cause, such as fighting, theft or repeated refusal to perform "
        "the duties in section 2, after a written warning. A worker who abandons the job or is "
        "terminated for cause loses the three-fourths guarantee and return transportation.",
    )
    sec(
        "16. CONTRACT IMPOSSIBILITY",
        "If fire, flood, hail, drought or another act of God makes it impossible to continue the "
        "work, and the Certifying Officer agrees, the employer may end the contract early. The "
        "employer will then honor the three-fourths guarantee up to the termination date, pay "
        "return transportation and subsistence, and make efforts to transfer the worker to other "
        "H-2A work.",
    )
    sec(
        "17. QUALIFICATIONS",
        "Three months of experience in hand work with tobacco or a similar crop. Must be able to "
        "lift and carry 60 lbs. and to work outdoors in heat and humidity. No English or schooling "
        "required.",
    )
    sec(
        "18. NO FEES, NO RETALIATION",
        "Neither the employer nor any agent has sought or received payment of any kind from any "
        "worker for any activity related to obtaining this job, and the employer forbids its agents "
        "in writing to do so. No worker will be blacklisted or treated differently for filing a "
        "complaint or talking to a lawyer.",
    )
    pdf.ln(10)
    pdf.set_font("serif", "", 10)
    pdf.cell(250, 14, "______________________________")
    pdf.cell(0, 14, "______________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(250, 12, "Travis Tandy, Owner")
    pdf.cell(0, 12, "Worker")
    return pdf


# ---------------------------------------------------------------- ao02
def ao02():
    """H-2A individual work contract, Idaho, Spanish, 3 pages, legal clauses (the long one)."""
    pdf = Doc(base="serif", margin=60, top=60, bottom=60)

    def hdr(p):
        p.set_xy(p.w - 230, 26)
        p.set_font("serif", "I", 8)
        p.set_text_color(80, 80, 80)
        p.cell(170, 10, "R\u00fabricas: ________   ________", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(60)

    pdf.hdr = hdr
    pdf.ftr = page_footer(
        "Contrato H-2A \u00b7 Snake River Bend Produce, Inc. \u00b7 P\u00e1gina {p} de 3",
        fam="serif",
        size=8,
    )
    pdf.add_page()
    pdf.para("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", size=14, style="B", align="C", after=2)
    pdf.para(
        "Programa de Trabajadores Agr\u00edcolas Temporales H-2A \u00b7 Orden de trabajo "
        "H-300-26022-480915",
        size=9.5,
        style="I",
        align="C",
        after=10,
    )

    def p(text, after=5):
        pdf.para(text, size=10.5, lh=1.32, align="J", after=after)

    def cl(name, title, text, after=5):
        pdf.para(
            f"**{name}. {title}.** {text}",
            size=10.5,
            lh=1.32,
            align="J",
            after=after,
            markdown=True,
        )

    p(
        "Contrato que celebran, por una parte, SNAKE RIVER BEND PRODUCE, INC., representada por su "
        "gerente de campo, el Sr. Wade T. Kessler, a quien en lo sucesivo se le denominar\u00e1 \u00abLA "
        "EMPRESA\u00bb, y por la otra el Sr. ELEUTERIO GASPAR NAVA RUELAS, a quien se le denominar\u00e1 "
        "\u00abEL TRABAJADOR\u00bb, al tenor de las siguientes declaraciones y cl\u00e1usulas."
    )
    pdf.para("DECLARACIONES", size=11, style="B", align="C", after=4)
    p(
        "I. Declara LA EMPRESA ser una sociedad constituida conforme a las leyes del Estado de Idaho, "
        "con domicilio en 4417 Homedale Road, Parma, Idaho 83660, Estados Unidos de Am\u00e9rica, y "
        "contar con la certificaci\u00f3n laboral temporal del Departamento de Trabajo de los Estados "
        "Unidos para emplear trabajadores agr\u00edcolas extranjeros."
    )
    p(
        "II. Declara EL TRABAJADOR ser de nacionalidad mexicana, mayor de edad, con domicilio en "
        "Villa de Ramos, San Luis Potos\u00ed, y que sabe leer y escribir en espa\u00f1ol."
    )
    p(
        "III. Declaran ambas partes que el reclutamiento se realiz\u00f3 en M\u00e9xico por medio del agente "
        "Enlace Agr\u00edcola Potosino, A.C., que act\u00faa por cuenta y a costo de LA EMPRESA."
    )
    pdf.para("CL\u00c1USULAS", size=11, style="B", align="C", after=4)
    cl(
        "PRIMERA",
        "Puesto y labores",
        "EL TRABAJADOR prestar\u00e1 sus servicios como trabajador agr\u00edcola general. Sus labores "
        "consisten en deshierbe y aclareo de cebolla, instalaci\u00f3n y revisi\u00f3n de cinta de riego, "
        "cosecha de papa detr\u00e1s de la cosechadora, selecci\u00f3n de papa y cebolla en la banda de "
        "empaque, estiba de costales de 50 libras y limpieza de la bodega al terminar cada turno.",
    )
    cl(
        "SEGUNDA",
        "Lugar de trabajo",
        "Los campos de LA EMPRESA en Parma y Wilder, condado de Canyon, Idaho, y su bodega "
        "empacadora ubicada en 4417 Homedale Road, Parma, Idaho.",
    )
    cl(
        "TERCERA",
        "Duraci\u00f3n",
        "Este contrato inicia el 1 de abril de 2026 y termina el 15 de noviembre de 2026.",
    )
    cl(
        "CUARTA",
        "Jornada",
        "La jornada ser\u00e1 de ocho horas diarias, de lunes a viernes de 7:00 a 15:30 horas con media "
        "hora para comer, y los s\u00e1bados de 7:00 a 11:00 horas cuando haya cosecha o empaque. EL "
        "TRABAJADOR podr\u00e1 rechazar trabajo en su d\u00eda de descanso.",
    )
    cl(
        "QUINTA",
        "Salario",
        "LA EMPRESA pagar\u00e1 $17.41 (diecisiete d\u00f3lares con cuarenta y un centavos) por cada hora "
        "trabajada. Si durante la vigencia de este contrato se publica una tarifa de efecto adverso "
        "(AEWR), un salario prevaleciente o un salario m\u00ednimo mayor, LA EMPRESA pagar\u00e1 la tarifa "
        "m\u00e1s alta a partir de la fecha en que entre en vigor.",
    )
    cl(
        "SEXTA",
        "Forma y fecha de pago",
        "El salario se paga cada semana, los jueves, con cheque o dep\u00f3sito en tarjeta bancaria. Con "
        "cada pago EL TRABAJADOR recibir\u00e1 un tal\u00f3n que indica las horas ofrecidas, las horas "
        "trabajadas, la tarifa, el total ganado, cada descuento con su motivo y el pago neto.",
    )

    pdf.add_page()
    cl(
        "S\u00c9PTIMA",
        "Descuentos",
        "De su salario s\u00f3lo se descontar\u00e1n: el impuesto federal sobre la renta cuando EL "
        "TRABAJADOR lo pida por escrito; las cantidades que ordene un juez, como pensi\u00f3n "
        "alimenticia; y los cargos por comidas y capacitaci\u00f3n previstos en las cl\u00e1usulas OCTAVA y "
        "D\u00c9CIMA. LA EMPRESA no retiene el Seguro Social (FICA) de los salarios H-2A.",
        after=3,
    )
    p(
        "Adem\u00e1s, con el fin de asegurar que EL TRABAJADOR cumpla la temporada completa, LA EMPRESA "
        "retendr\u00e1 un d\u00f3lar ($1.00) por cada hora trabajada y entregar\u00e1 la suma acumulada junto "
        "con el \u00faltimo cheque de la temporada."
    )
    cl(
        "OCTAVA",
        "Comidas",
        "LA EMPRESA sirve desayuno, comida y cena en el comedor de la bodega. EL TRABAJADOR que se "
        "inscriba al comedor pagar\u00e1 $24.50 diarios por las tres comidas, que se descontar\u00e1n cada "
        "semana de su cheque. El agua fresca y el caf\u00e9 en el campo son gratuitos.",
    )
    cl(
        "NOVENA",
        "Vivienda",
        "LA EMPRESA proporciona vivienda gratuita en su campamento de 2980 Pioneer Road, Parma, "
        "Idaho, con literas, regaderas con agua caliente, lavadoras y calefacci\u00f3n. No se cobra "
        "renta, luz, agua ni gas, ni se pide dep\u00f3sito por colchones o cobijas. La vivienda cumple "
        "con las normas de seguridad e higiene aplicables.",
    )
    cl(
        "D\u00c9CIMA",
        "Capacitaci\u00f3n",
        "Antes de su primer turno en la bodega, EL TRABAJADOR tomar\u00e1 el curso de operaci\u00f3n segura "
        "de montacargas y banda transportadora que imparte un instructor externo; el costo del "
        "curso, $135.00, se descontar\u00e1 de su primer cheque. La pl\u00e1tica sobre el uso seguro de "
        "pesticidas se da en horario pagado y no tiene costo.",
    )
    cl(
        "UND\u00c9CIMA",
        "Transporte",
        "a) Ida: LA EMPRESA reembolsar\u00e1 a EL TRABAJADOR el costo razonable del transporte y de los "
        "alimentos desde San Luis Potos\u00ed hasta Parma, incluidos los derechos de visa, a m\u00e1s tardar "
        "cuando haya cumplido el 50% del periodo del contrato; si esos gastos dejan su salario de la "
        "primera semana por debajo del m\u00ednimo federal, la diferencia se le paga en esa misma "
        "semana. b) Regreso: si EL TRABAJADOR termina el contrato, LA EMPRESA le paga el transporte "
        "y los alimentos de regreso a San Luis Potos\u00ed. c) Diario: el traslado entre el campamento "
        "y los campos es gratuito, en camionetas de LA EMPRESA manejadas por choferes con licencia.",
    )
    cl(
        "DUOD\u00c9CIMA",
        "Herramientas",
        "LA EMPRESA entrega sin costo y sin dep\u00f3sito los guantes, cuchillos de corte, botas de hule, "
        "impermeables y dem\u00e1s herramientas necesarias para el trabajo.",
    )

    pdf.add_page()
    cl(
        "DECIMOTERCERA",
        "Documentos",
        "A su llegada al campamento, EL TRABAJADOR entregar\u00e1 su pasaporte y su forma I-94 al "
        "encargado del campamento, quien los guardar\u00e1 en la caja fuerte de la oficina hasta el d\u00eda "
        "del regreso, para evitar p\u00e9rdidas.",
    )
    cl(
        "DECIMOCUARTA",
        "Abandono y despido",
        "Si EL TRABAJADOR falta cinco d\u00edas laborables seguidos sin permiso de LA EMPRESA, se "
        "considerar\u00e1 que abandon\u00f3 el trabajo y LA EMPRESA lo notificar\u00e1 al Departamento de "
        "Trabajo y al Departamento de Seguridad Nacional. LA EMPRESA puede despedir a EL TRABAJADOR "
        "por causa justificada, como violencia, robo o negarse sin motivo a realizar las labores de "
        "la cl\u00e1usula PRIMERA, previa advertencia por escrito. En esos casos EL TRABAJADOR pierde el "
        "pago del transporte de regreso.",
    )
    cl(
        "DECIMOQUINTA",
        "Imposibilidad de cumplir",
        "Si un incendio, inundaci\u00f3n, granizada u otra causa de fuerza mayor hace imposible "
        "continuar el trabajo y el Departamento de Trabajo lo aprueba, LA EMPRESA podr\u00e1 terminar "
        "el contrato antes de tiempo; en ese caso pagar\u00e1 a EL TRABAJADOR todo lo que haya ganado y "
        "su transporte de regreso, y procurar\u00e1 ubicarlo con otro empleador.",
    )
    cl(
        "DECIMOSEXTA",
        "Requisitos",
        "EL TRABAJADOR debe tener al menos tres meses de experiencia en labores agr\u00edcolas, poder "
        "levantar costales de 50 libras y trabajar de pie durante toda la jornada.",
    )
    cl(
        "DECIMOS\u00c9PTIMA",
        "Cobros prohibidos",
        "Ni LA EMPRESA ni Enlace Agr\u00edcola Potosino, A.C. pueden cobrar a EL TRABAJADOR cuota, "
        "comisi\u00f3n ni pago alguno por darle este empleo. Si alguien le pide dinero, EL TRABAJADOR "
        "puede denunciarlo ante el Departamento de Trabajo.",
    )
    cl(
        "DECIMOCTAVA",
        "Quejas",
        "EL TRABAJADOR puede presentar quejas ante las autoridades sin sufrir represalias; LA "
        "EMPRESA no lo pondr\u00e1 en ninguna lista de no recontrataci\u00f3n por hacerlo.",
    )
    cl(
        "DECIMONOVENA",
        "Idioma",
        "Este contrato se entrega en espa\u00f1ol, idioma que EL TRABAJADOR entiende. La versi\u00f3n en "
        "ingl\u00e9s es la que se present\u00f3 al Departamento de Trabajo; ambas dicen lo mismo.",
    )
    pdf.ln(6)
    p(
        "Le\u00eddo que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
        "firman en Parma, Idaho, el 1 de abril de 2026.",
        after=26,
    )
    pdf.set_font("serif", "", 10)
    y = pdf.get_y()
    for x, name, role in (
        (60, "Wade T. Kessler", "Por LA EMPRESA, gerente de campo"),
        (330, "Eleuterio Gaspar Nava Ruelas", "EL TRABAJADOR"),
    ):
        pdf.line(x, y, x + 200, y)
        pdf.set_xy(x, y + 3)
        pdf.cell(200, 12, name, align="C")
        pdf.set_xy(x, y + 15)
        pdf.set_font("serif", "I", 9)
        pdf.cell(200, 12, role, align="C")
        pdf.set_font("serif", "", 10)
    return pdf


# ---------------------------------------------------------------- ao03
def ao03():
    """Recruiter letter, Michoac\u00e1n -> Florida watermelon, Spanish, 1 page."""
    pdf = Doc(base="arial", margin=64, top=40)
    pdf.add_page()
    pdf.set_fill_color(184, 84, 20)
    pdf.rect(64, 36, pdf.w - 128, 3, style="F")
    pdf.set_y(44)
    pdf.para(
        "GESTOR\u00cdA Y ENLACE LABORAL TIERRA CALIENTE",
        size=15,
        style="B",
        align="C",
        color=(150, 60, 10),
        after=0,
    )
    pdf.para(
        "Tr\u00e1mites de visas de trabajo H-2A y H-2B \u00b7 Av. Morelos 214, Col. Centro, Huetamo, "
        "Michoac\u00e1n \u00b7 Tel. y WhatsApp 435 555 0192",
        size=8.5,
        align="C",
        color=(90, 90, 90),
        after=2,
    )
    pdf.set_fill_color(184, 84, 20)
    pdf.rect(64, pdf.get_y(), pdf.w - 128, 1, style="F")
    pdf.ln(14)

    def p(t, **kw):
        kw.setdefault("size", 10.5)
        kw.setdefault("lh", 1.38)
        kw.setdefault("after", 6)
        pdf.para(t, **kw)

    p("Huetamo, Michoac\u00e1n, a 12 de enero de 2026.", align="R")
    p(
        "ASUNTO: Confirmaci\u00f3n de selecci\u00f3n \u2013 Temporada de sand\u00eda 2026",
        style="B",
        align="R",
    )
    p("C. Rosendo \u00c1lvarez Cuin\nPresente", after=8)
    p(
        "Por medio de la presente le informamos con gusto que usted fue seleccionado para trabajar con "
        "visa H-2A en la cosecha de sand\u00eda y mel\u00f3n para la empresa Gulf Ridge Melon Farms, LLC, "
        "con domicilio en 1480 Lake Trafford Road, Immokalee, Florida 34142, Estados Unidos."
    )
    p("Datos del empleo:", style="B", after=2)
    for b in (
        "Labores: corte de sand\u00eda y mel\u00f3n, acarreo al cami\u00f3n y carga en cajas de cart\u00f3n "
        "(bins).",
        "Lugar: campos de la empresa en Immokalee y Arcadia, Florida.",
        "Periodo: del 16 de marzo al 10 de julio de 2026.",
        "Pago: $15.10 d\u00f3lares por hora, pagados cada semana.",
        "Vivienda: gratuita, en las casas del rancho en Immokalee.",
        "Requisito: haber trabajado por lo menos una temporada en corte de sand\u00eda o mel\u00f3n.",
    ):
        pdf.set_x(80)
        pdf.set_font("arial", "", 10.5)
        pdf.cell(12, 14, "\u2022")
        pdf.multi_cell(pdf.w - 64 - 92, 14, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    p(
        "Para continuar con su tr\u00e1mite deber\u00e1 depositar la cantidad de ocho mil quinientos pesos "
        "($8,500.00 M.N.) por concepto de gastos de gestor\u00eda, a m\u00e1s tardar el 23 de enero, en la "
        "cuenta que aparece abajo. Sin este pago su expediente no se env\u00eda a la empresa."
    )
    p(
        "La cita en el consulado de Monterrey ser\u00e1 en la primera semana de marzo. El pago de la cita "
        "consular, 205 d\u00f3lares, corre por cuenta de usted y no se le devuelve."
    )
    p(
        "El d\u00eda de la junta informativa firmar\u00e1 un pagar\u00e9 por $30,000.00 (treinta mil pesos) como "
        "garant\u00eda de que cumplir\u00e1 su contrato y regresar\u00e1 a M\u00e9xico. El pagar\u00e9 se le devuelve "
        "cuando regrese."
    )
    p(
        "Le recordamos que en Florida la vivienda no tiene costo y que el traslado diario de las casas "
        "a los campos es en autob\u00fas del patr\u00f3n, sin costo. Traiga a la junta su pasaporte vigente, "
        "su CURP y dos fotograf\u00edas; los documentos originales se los queda usted, nosotros s\u00f3lo "
        "sacamos copias."
    )
    pdf.ln(2)
    pdf.set_fill_color(246, 236, 226)
    y = pdf.get_y()
    pdf.rect(64, y, pdf.w - 128, 58, style="F")
    pdf.set_xy(74, y + 6)
    pdf.set_font("arial", "B", 9.5)
    pdf.cell(0, 12, "DATOS PARA DEP\u00d3SITO", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("arial", "", 9.5)
    for line in (
        "Banco: BanCoppel \u00b7 Titular: Arnulfo Ch\u00e1vez Pineda",
        "Cuenta: 4169 1602 3355 0187 \u00b7 Concepto: su nombre completo y \u201cSand\u00eda 2026\u201d",
    ):
        pdf.set_x(74)
        pdf.cell(0, 12, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 74)
    p("Atentamente,", after=26)
    p(
        "Lic. Arnulfo Ch\u00e1vez Pineda\nDirector\nGestor\u00eda y Enlace Laboral Tierra Caliente",
        after=0,
    )
    return pdf


# ---------------------------------------------------------------- ao04
def ao04():
    """WhatsApp chat with a Mexican recruiter, H-2A Salinas lettuce, Spanish, tall page."""
    W, H = 380.0, 1130.0
    pdf = Doc(fmt=(W, H), base="sans", margin=14, top=0, bottom=10)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, W, H, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, W, 58, style="F")
    pdf.set_fill_color(200, 200, 200)
    pdf.ellipse(14, 13, 32, 32, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(54, 14)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 15, "Reclutadora \u00c1vila Hermanos")
    pdf.set_xy(54, 31)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 11, "en l\u00ednea")
    pdf.set_text_color(0, 0, 0)

    y = [72.0]

    def chip(text):
        pdf.set_font("sans", "", 7.5)
        w = pdf.get_string_width(text) + 16
        pdf.set_fill_color(225, 242, 251)
        pdf.rect((W - w) / 2, y[0], w, 16, style="F", round_corners=True, corner_radius=5)
        pdf.set_xy((W - w) / 2, y[0] + 3)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(w, 10, text, align="C")
        pdf.set_text_color(0, 0, 0)
        y[0] += 26

    def bubble(text, time, mine=False):
        size, lh, maxw, pad = 9.5, 12.5, 250.0, 8.0
        pdf.set_font("sans", "", size)
        lines = []
        for part in text.split("\n"):
            lines += pdf.multi_cell(maxw, lh, part, dry_run=True, output="LINES")
        tw = max(pdf.get_string_width(ln) for ln in lines)
        bw = max(tw, 40) + 2 * pad
        bh = len(lines) * lh + 2 * pad + 9
        x = W - 14 - bw if mine else 14
        pdf.set_fill_color(*((220, 248, 198) if mine else (255, 255, 255)))
        pdf.rect(x, y[0], bw, bh, style="F", round_corners=True, corner_radius=7)
        pdf.set_font("sans", "", size)
        yy = y[0] + pad
        for ln in lines:
            pdf.set_xy(x + pad, yy)
            pdf.cell(tw + 1, lh, ln)
            yy += lh
        pdf.set_font("sans", "", 6.5)
        pdf.set_text_color(120, 120, 120)
        stamp = time + (" \u2713\u2713" if mine else "")
        pdf.set_xy(x + bw - pad - pdf.get_string_width(stamp) - 1, yy)
        pdf.cell(pdf.get_string_width(stamp) + 1, 8, stamp)
        pdf.set_text_color(0, 0, 0)
        y[0] += bh + 7

    chip("14 DE ENERO DE 2026")
    bubble(
        "Buenos d\u00edas paisano, aqu\u00ed Chuy de Reclutadora \u00c1vila Hermanos. Ya sali\u00f3 la "
        "lista para lechuga en Salinas, California \u2714",
        "9:02",
    )
    bubble(
        "Trabajo: corte y empaque de lechuga romana y br\u00f3coli en el campo.\n"
        "Fechas: del 6 de abril al 30 de octubre de 2026.\n"
        "Horario: de 8 a 10 horas diarias, de lunes a s\u00e1bado.\n"
        "Pago: $19.75 d\u00f3lares la hora, cada semana.\n"
        "Vivienda gratis en departamentos en King City y cami\u00f3n de la compa\u00f1\u00eda al campo "
        "sin costo.",
        "9:03",
    )
    bubble(
        "Buenos d\u00edas, s\u00ed me interesa. \u00bfCu\u00e1nto es para entrar?",
        "9:15",
        mine=True,
    )
    bubble(
        "Son 3 mil pesos para apartar su lugar y meter sus papeles. Los deposita en Oxxo a la "
        "tarjeta que le paso y me manda foto del ticket.",
        "9:17",
    )
    bubble("\u00bfY la visa?", "9:18", mine=True)
    bubble("La visa la paga el patr\u00f3n, no se preocupe.", "9:20")
    bubble("El pasaporte s\u00ed lo saca cada quien, ese no se lo pagamos.", "9:20")
    bubble("Ok. \u00bfY para llegar a Monterrey?", "9:26", mine=True)
    bubble(
        "El cami\u00f3n a Monterrey y las 3 noches de hotel mientras sale la visa corren por su "
        "cuenta, ll\u00e9vese unos 4,500 pesos.",
        "9:31",
    )
    bubble("All\u00e1 no le piden examen m\u00e9dico para este contrato.", "9:32")
    bubble(
        "Eso s\u00ed, nada de andar de quejumbroso. El que va a quejarse al consulado o con abogados "
        "lo boletinamos y ya no vuelve a ir con ninguna empresa.",
        "9:33",
    )
    bubble("Entendido, ma\u00f1ana deposito.", "9:40", mine=True)
    bubble(
        "Tarjeta Oxxo 4152 3138 0077 2291 a nombre de J. \u00c1vila. Cupo limitado, no se me duerma.",
        "9:41",
    )
    # input bar
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(10, H - 44, W - 64, 32, style="F", round_corners=True, corner_radius=14)
    pdf.set_xy(26, H - 33)
    pdf.set_font("sans", "", 9)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(0, 10, "Mensaje")
    pdf.set_fill_color(7, 94, 84)
    pdf.ellipse(W - 46, H - 44, 32, 32, style="F")
    return pdf


# ---------------------------------------------------------------- ao05
def ao05():
    """Compliant H-2A job order addendum, New York apples, English, two columns, 2 pages."""
    pdf = Doc(base="cond", margin=44, top=100, bottom=50)
    colgap = 18.0

    def hdr(p):
        p.set_draw_color(30, 60, 110)
        p.set_line_width(1.2)
        p.rect(44, 28, p.w - 88, 52)
        p.set_line_width(0.2)
        p.set_xy(54, 34)
        p.set_font("cond", "B", 12.5)
        p.set_text_color(30, 60, 110)
        p.cell(
            0,
            15,
            "CLEARANCE ORDER ADDENDUM \u2014 H-2A TEMPORARY AGRICULTURAL EMPLOYMENT",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_x(54)
        p.set_font("cond", "", 9)
        p.set_text_color(60, 60, 60)
        p.cell(
            0,
            12,
            "Esopus Ridge Orchards, Inc. \u00b7 Job Order NY-H2A-2026-00318 \u00b7 "
            "Apple and pear harvest, Ulster County, New York",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(0, 0, 0)
        p.set_y(100)

    pdf.hdr = hdr
    pdf.ftr = page_footer(
        "Esopus Ridge Orchards, Inc. \u2014 NY-H2A-2026-00318 \u2014 page {p}/2", fam="cond"
    )
    pdf.add_page()

    blocks = [
        (
            "A. Employer",
            "Esopus Ridge Orchards, Inc., 118 Old Post Road, Highland, New York 12528. "
            "Phone (845) 555-0163.",
        ),
        (
            "B. Job title and duties",
            "Apple and pear farmworker (SOC 45-2092). Hand-pick apples and pears into picking bags and "
            "empty them gently into bins; prune and tie trees in spring; hand-thin fruit; mow and "
            "clear brush between rows; move ladders; collect bin tickets from the crew leader at the "
            "end of each row. Fruit must not be bruised, stemmed or dropped.",
        ),
        (
            "C. Job requirements",
            "One season of hand-harvest experience with tree fruit. Must be able to work on an 18-foot "
            "ladder carrying a full picking bag (about 40 lbs.). Workers may be asked to show their "
            "picking on the first day, on paid time.",
        ),
        (
            "D. Place of employment",
            "The employer's orchards at 118 Old Post Road and 42 Pancake Hollow Road, Highland, and the "
            "Lattintown block, 960 Lattintown Road, Marlboro, all in Ulster County, New York.",
        ),
        ("E. Period of employment", "August 3, 2026 through November 13, 2026."),
        (
            "F. Hours of work",
            "Approximately 40 hours per week, Monday to Saturday, 7:00 a.m. to 3:30 p.m.; Saturdays end "
            "at noon. Workers may be asked, but not required, to work a Sunday during peak harvest.",
        ),
        (
            "G. Wage rates",
            "$18.83 per hour. During harvest, $26.00 per bin of apples (about 20 bushels) when piece "
            "earnings for the pay week are higher than hourly earnings; the worker always receives at "
            "least the hourly rate for every hour worked. If a higher AEWR, prevailing rate or legal "
            "minimum wage is published during the contract, the higher rate is paid from its "
            "effective date.",
        ),
        (
            "H. Pay and earnings records",
            "Wages are paid weekly, on Fridays, by check. Each paycheck comes with a written statement "
            "showing hours offered, hours worked, bins picked, rates, total earnings, every deduction "
            "and net pay. The employer keeps these records for three years.",
        ),
        (
            "I. Deductions",
            "Federal and New York income tax only if the worker requests it in writing; deductions for "
            "advances (if any) that the worker requests in writing; court-ordered support. No FICA is "
            "withheld from H-2A wages. Nothing else is deducted.",
        ),
        (
            "J. Three-fourths guarantee",
            "The employer guarantees each worker an offer of employment for at least three-fourths of "
            "the workdays of the contract period. If fewer hours are offered, the worker is paid what "
            "he would have earned for the guaranteed hours. Hours the worker refuses count as offered.",
        ),
        (
            "K. Housing",
            "Free housing for workers who cannot return home each day, at 118 Old Post Road (two houses, "
            "24 beds), inspected and approved by the NYS Department of Health. No rent, no utility "
            "charge and no deposit for beds, bedding or keys.",
        ),
        (
            "L. Meals",
            "Each house has a free, fully equipped kitchen with gas stoves, refrigerators and cookware. "
            "Workers buy and cook their own food; a free weekly ride to a grocery store in Highland is "
            "provided.",
        ),
        (
            "M. Transportation",
            "Inbound: the employer buys the bus ticket from the consulate city to Highland and pays the "
            "visa and border-crossing fees directly; anything a worker had to pay himself, including "
            "meals on the trip at the DOL subsistence rate, is reimbursed in the first paycheck. "
            "Return: paid by the employer for workers who complete the contract or are released under "
            "section Q. Daily: free transportation in employer vehicles between the housing and all "
            "worksites.",
        ),
        (
            "N. Tools and supplies",
            "Picking bags, ladders, pruning shears, gloves and rain gear are furnished free, with no "
            "deposit. Workers are not charged for normal wear or breakage.",
        ),
        (
            "O. Workers' compensation",
            "All workers are covered by workers' compensation insurance through the New York State "
            "Insurance Fund, policy 2174-339-6, at no cost to them.",
        ),
        (
            "P. Abandonment and termination",
            "A worker absent for 5 consecutive workdays without permission is considered to have "
            "abandoned the job, and the employer will notify DOL and DHS. A worker may be dismissed "
            "for cause (violence, theft, repeated refusal to work safely) after a written warning; a "
            "worker who abandons or is dismissed for cause loses the three-fourths guarantee and "
            "return transportation.",
        ),
        (
            "Q. Contract impossibility",
            "If hail, fire, flood or another act of God destroys the crop and the Certifying Officer "
            "agrees, the contract may end early. The employer then pays the three-fourths guarantee "
            "up to that day and return transportation, and tries to place the worker with another "
            "H-2A employer.",
        ),
        (
            "R. No fees",
            "Workers pay no fee of any kind to the employer, its recruiters or anyone else to get this "
            "job. The employer pays its recruiter in full.",
        ),
        (
            "S. Worker rights",
            "Workers keep their own passports and visas at all times. Workers may complain to the "
            "employer, the Department of Labor or a lawyer without being fired, blacklisted or "
            "threatened, and may leave the housing whenever they wish when not working.",
        ),
    ]
    ncol = 2
    colw = (pdf.epw - colgap) / ncol
    top, bottom = 100.0, pdf.h - 56
    col, y = 0, top
    size, lh = 9.2, 11.6
    for title, text in blocks:
        pdf.set_font("cond", "", size)
        lines = pdf.multi_cell(colw, lh, text, dry_run=True, output="LINES")
        need = lh + 2 + len(lines) * lh + 8
        if y + need > bottom:
            col += 1
            y = top
            if col == ncol:
                pdf.add_page()
                col = 0
        x = pdf.l_margin + col * (colw + colgap)
        pdf.set_xy(x, y)
        pdf.set_font("cond", "B", size + 0.5)
        pdf.set_text_color(30, 60, 110)
        pdf.cell(colw, lh, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("cond", "", size)
        pdf.set_xy(x, y + lh + 2)
        pdf.multi_cell(colw, lh, text, align="L")
        y = y + need
    # signature line in the remaining column space
    x = pdf.l_margin + col * (colw + colgap)
    pdf.set_xy(x, y + 14)
    pdf.set_font("cond", "", 9)
    pdf.cell(colw, 12, "Signed for the employer: Marguerite Deyo, President")
    return pdf


# ---------------------------------------------------------------- ao06
def ao06():
    """Bilingual (EN then ES) H-2A offer letter, New York vegetables, 1 page."""
    pdf = Doc(base="arial", margin=56, top=36, bottom=30)
    pdf.add_page()
    pdf.set_fill_color(46, 110, 60)
    pdf.rect(0, 0, pdf.w, 8, style="F")
    pdf.set_y(22)
    pdf.para("LAKEPLAIN VEGETABLE GROWERS LLC", size=14, style="B", color=(46, 110, 60), after=0)
    pdf.para(
        "3906 Ridge Road West, Albion, NY 14411 \u00b7 (585) 555-0137 \u00b7 hr@lakeplainveg.example",
        size=8,
        color=(90, 90, 90),
        after=8,
    )
    pdf.para("March 2, 2026 / 2 de marzo de 2026", size=9, after=4)
    pdf.para(
        "Mr. / Sr. Anselmo Qui\u00f1ones Reyes\nEl Carmen Tequexquitla, Tlaxcala, M\u00e9xico",
        size=9,
        after=6,
    )
    pdf.para(
        "Offer of seasonal employment (H-2A) \u00b7 Oferta de empleo de temporada (H-2A)",
        size=11,
        style="B",
        after=6,
    )

    def bi(title, en, es):
        if title:
            pdf.para(title, size=9.4, style="B", after=1, color=(46, 110, 60))
        pdf.para(en, size=9.2, lh=1.3, after=1)
        pdf.para(es, size=9.2, lh=1.3, style="I", indent=14, color=(70, 70, 70), after=5)

    bi(
        None,
        "Dear Mr. Qui\u00f1ones: We are pleased to offer you a position as a seasonal farmworker at "
        "Lakeplain Vegetable Growers LLC for the 2026 season. The main terms are below. Please read "
        "them carefully; the Spanish text follows each paragraph.",
        "Estimado Sr. Qui\u00f1ones: Nos da gusto ofrecerle un puesto de trabajador agr\u00edcola de "
        "temporada en Lakeplain Vegetable Growers LLC para la temporada 2026. Abajo est\u00e1n las "
        "condiciones principales. L\u00e9alas con cuidado; el texto en espa\u00f1ol sigue a cada p\u00e1rrafo.",
    )
    bi(
        "1. Work / Trabajo",
        "You will plant, weed and harvest cabbage, onions and winter squash in our fields in Albion and "
        "Kendall, Orleans County, New York, and grade and pack vegetables in our packing shed at 3906 "
        "Ridge Road West.",
        "Usted plantar\u00e1, deshierbar\u00e1 y cosechar\u00e1 col, cebolla y calabaza de invierno en nuestros "
        "campos de Albion y Kendall, condado de Orleans, Nueva York, y clasificar\u00e1 y empacar\u00e1 "
        "verdura en nuestra empacadora de 3906 Ridge Road West.",
    )
    bi(
        "2. Dates and hours / Fechas y horario",
        "Employment runs from May 4, 2026 to November 20, 2026. The workweek is 40 hours, Monday to "
        "Saturday, normally 6:30 a.m. to 3:00 p.m. on weekdays.",
        "El empleo va del 4 de mayo de 2026 al 20 de noviembre de 2026. La semana de trabajo es de "
        "40 horas, de lunes a s\u00e1bado, normalmente de 6:30 a. m. a 3:00 p. m. entre semana.",
    )
    bi(
        "3. Pay / Pago",
        "$18.83 per hour, paid every Friday by direct deposit.",
        "$18.83 por hora, pagados cada viernes por dep\u00f3sito directo.",
    )
    bi(
        "4. Housing / Vivienda",
        "Housing is provided free of rent in our farm dormitory at 3906 Ridge Road West, Albion. A "
        "utility contribution of $35.00 per week per worker for electricity, propane and internet "
        "will be deducted from each paycheck.",
        "La vivienda se proporciona sin renta en el dormitorio de la granja en 3906 Ridge Road West, "
        "Albion. Se descontar\u00e1 de cada cheque una aportaci\u00f3n de $35.00 por semana por trabajador "
        "para luz, gas propano e internet.",
    )
    bi(
        "5. Insurance / Seguros",
        "The employer pays for your workers' compensation insurance in full. Each worker also "
        "contributes $9.50 per week toward the farm's group accident and health plan.",
        "El empleador paga completo su seguro de compensaci\u00f3n laboral. Cada trabajador tambi\u00e9n "
        "aporta $9.50 por semana al plan grupal de accidentes y salud de la granja.",
    )
    bi(
        "6. Deductions / Descuentos",
        "The only deductions from your pay are the utility contribution, the health plan "
        "contribution and, if you ask for it in writing, federal and state income tax.",
        "Los \u00fanicos descuentos a su pago son la aportaci\u00f3n para servicios, la aportaci\u00f3n al plan "
        "de salud y, si usted lo pide por escrito, el impuesto federal y estatal sobre la renta.",
    )
    bi(
        "7. Travel and tools / Viaje y herramientas",
        "We will reimburse your visa fee and your bus fare from Monterrey to Albion in your first "
        "paycheck. Rides from the dormitory to the fields are free every day, and all tools, gloves "
        "and rain gear are provided at no cost.",
        "Le reembolsaremos el costo de su visa y su pasaje de autob\u00fas de Monterrey a Albion en su "
        "primer cheque. El traslado diario del dormitorio a los campos es gratuito, y todas las "
        "herramientas, guantes e impermeables se dan sin costo.",
    )
    bi(
        None,
        "Please sign below to accept this offer and bring the signed copy to your consular interview.",
        "Por favor firme abajo para aceptar esta oferta y lleve la copia firmada a su entrevista en el "
        "consulado.",
    )
    pdf.ln(14)
    pdf.set_font("arial", "", 9)
    y = pdf.get_y()
    pdf.line(56, y, 250, y)
    pdf.line(330, y, 540, y)
    pdf.set_xy(56, y + 2)
    pdf.cell(194, 11, "Karen Whitcombe, Owner / Propietaria")
    pdf.set_xy(330, y + 2)
    pdf.cell(210, 11, "Accepted / Aceptado: Anselmo Qui\u00f1ones Reyes")
    return pdf


# ---------------------------------------------------------------- ao07
def ao07():
    """Compliant H-2A job order in Spanish, California citrus, summary table + sections, 2 pages."""
    pdf = Doc(base="sans", margin=50, top=50, bottom=50)
    pdf.ftr = page_footer(
        "Orden H-300-26015-662740 \u00b7 Traducci\u00f3n al espa\u00f1ol \u00b7 p\u00e1gina {p} de 2"
    )
    pdf.add_page()
    pdf.para("ORDEN DE TRABAJO AGR\u00cdCOLA H-2A", size=15, style="B", align="C", after=0)
    pdf.para(
        "Traducci\u00f3n al espa\u00f1ol de la orden de trabajo certificada \u00b7 Tej\u00f3n Foothill Citrus Co.",
        size=9,
        align="C",
        color=(80, 80, 80),
        after=10,
    )
    rows = [
        ("Concepto", "Condiciones"),
        ("Empleador", "Tej\u00f3n Foothill Citrus Co., 11650 Di Giorgio Road, Arvin, CA 93203"),
        ("Puesto", "Trabajador agr\u00edcola \u2013 cosecha de c\u00edtricos"),
        (
            "Lugar de trabajo",
            "Huertas del empleador en Arvin, Lamont y Edison, condado de Kern, California",
        ),
        ("Periodo", "Del 5 de enero de 2026 al 30 de mayo de 2026"),
        (
            "Horario",
            "8 horas diarias, de lunes a viernes, de 6:30 a 15:00; s\u00e1bados opcionales",
        ),
        ("Salario", "$19.97 por hora, o $34.00 por bin si el destajo da m\u00e1s en la semana"),
        ("D\u00eda de pago", "Cada semana, los viernes"),
        ("Vivienda", "Gratuita, en las casas del empleador en 11650 Di Giorgio Road"),
    ]
    pdf.grid(rows, (28, 72), size=9, bold_first_col=True, after=12)

    def sec(title, text):
        pdf.para(title, size=10, style="B", after=1, color=(120, 70, 0))
        pdf.para(text, size=9.3, lh=1.33, after=6)

    sec(
        "1. Labores",
        "Cosechar a mano naranja y mandarina con tijera, llenar la bolsa de cosecha y vaciarla en los "
        "bins, mover escaleras, recoger la fruta ca\u00edda cuando lo pida el mayordomo y entregar las "
        "boletas de cada bin al checador. Entre cosechas: poda, deshierbe y limpieza de l\u00edneas de "
        "riego.",
    )
    sec(
        "2. Requisitos",
        "Tres meses de experiencia en cosecha manual de fruta de \u00e1rbol. Poder subir una escalera de "
        "16 pies con la bolsa llena (hasta 60 libras). No se requiere saber ingl\u00e9s.",
    )
    sec(
        "3. Salario y aumentos",
        "Se paga $19.97 por hora, o $34.00 por bin cuando el destajo de la semana da m\u00e1s que el pago "
        "por hora. Si durante el contrato se publica una tarifa AEWR, un salario prevaleciente o un "
        "m\u00ednimo legal m\u00e1s alto, el empleador paga la tarifa m\u00e1s alta desde la fecha en que entra "
        "en vigor.",
    )
    sec(
        "4. Tal\u00f3n de pago",
        "Cada viernes el trabajador recibe, con su cheque, un tal\u00f3n con las horas ofrecidas, las "
        "horas trabajadas, los bins cosechados, las tarifas, el total ganado, cada descuento y el "
        "pago neto.",
    )
    sec(
        "5. Descuentos",
        "S\u00f3lo se descuentan: el impuesto federal y de California sobre la renta si el trabajador lo "
        "pide por escrito; el cargo de comidas si el trabajador escoge la opci\u00f3n (b) de la secci\u00f3n 8; "
        "y los pagos que ordene un tribunal. No se retiene el Seguro Social (FICA) de salarios H-2A.",
    )
    sec(
        "6. Garant\u00eda de tres cuartas partes",
        "El empleador garantiza ofrecer a cada trabajador empleo por lo menos durante las tres "
        "cuartas partes de los d\u00edas de trabajo del periodo del contrato. Si ofrece menos horas, le "
        "paga lo que habr\u00eda ganado en las horas garantizadas. Las horas ofrecidas que el trabajador "
        "rechace cuentan como ofrecidas.",
    )

    pdf.add_page()
    sec(
        "7. Vivienda",
        "Vivienda gratuita en las casas del empleador en 11650 Di Giorgio Road, Arvin (36 camas), "
        "inspeccionadas y aprobadas por el estado de California. No se cobra renta, luz, agua ni "
        "gas, y no se pide dep\u00f3sito por camas, cobijas o llaves.",
    )
    sec(
        "8. Comidas",
        "Cada trabajador escoge una opci\u00f3n: (a) cocina gratuita en cada casa, con estufas, "
        "refrigeradores y utensilios; o (b) tres comidas diarias del servicio de comedor, con un "
        "cargo de $14.75 por d\u00eda, que es menor al m\u00e1ximo que publica el Departamento de Trabajo. "
        "El trabajador puede cambiar de opci\u00f3n al inicio de cualquier semana.",
    )
    sec(
        "9. Transporte",
        "Ida: el empleador reembolsa en la primera semana de trabajo el transporte desde Hermosillo, "
        "Sonora, hasta Arvin, la comida y el hospedaje del viaje y los derechos de visa. Regreso: "
        "pagado por el empleador al trabajador que termine el contrato o que sea liberado conforme "
        "a la secci\u00f3n 13. Diario: transporte gratuito de las casas a las huertas en autobuses del "
        "empleador con seguro.",
    )
    sec(
        "10. Herramientas",
        "Tijeras de cosecha, bolsas, escaleras, guantes, lentes de seguridad e impermeables se "
        "entregan sin costo y sin dep\u00f3sito. Si una herramienta se rompe o se gasta con el uso "
        "normal, se reemplaza gratis.",
    )
    sec(
        "11. Seguro de compensaci\u00f3n",
        "Todos los trabajadores est\u00e1n cubiertos sin costo por el seguro de compensaci\u00f3n laboral "
        "del empleador con State Compensation Insurance Fund, p\u00f3liza 9044127-2026.",
    )
    sec(
        "12. Abandono y despido",
        "El trabajador que falte 5 d\u00edas de trabajo seguidos sin permiso se considera que abandon\u00f3 "
        "el empleo y el empleador lo notificar\u00e1 al Departamento de Trabajo y al DHS. El despido "
        "por causa justificada s\u00f3lo procede despu\u00e9s de una advertencia por escrito. Quien abandone "
        "o sea despedido con causa pierde la garant\u00eda y el transporte de regreso.",
    )
    sec(
        "13. Si el trabajo se vuelve imposible",
        "Si una helada, incendio, inundaci\u00f3n u otra causa de fuerza mayor hace imposible seguir y el "
        "Departamento de Trabajo lo aprueba, el contrato puede terminar antes. El empleador paga la "
        "garant\u00eda de tres cuartas partes hasta ese d\u00eda y el regreso, y busca ubicar al trabajador "
        "con otro empleador H-2A.",
    )
    sec(
        "14. Cobros prohibidos",
        "Ning\u00fan trabajador paga cuota, comisi\u00f3n, dep\u00f3sito ni fianza a nadie para obtener este "
        "empleo. El empleador prohíbe por contrato a su agente en M\u00e9xico, Consultor\u00eda Agr\u00edcola "
        "Sonorense, S.C., cobrarles cualquier cantidad, y paga \u00e9l mismo los servicios del agente.",
    )
    sec(
        "15. Sus documentos y sus derechos",
        "El trabajador conserva su pasaporte y su visa en todo momento. Puede quejarse con el "
        "empleador, con el Departamento de Trabajo o con un abogado sin que lo despidan, lo "
        "amenacen o lo pongan en una lista negra.",
    )
    return pdf


# ---------------------------------------------------------------- ao08
def ao08():
    """H-2B work contract, Louisiana crawfish, English, clauses + who-pays cost table, 2 pages."""
    pdf = Doc(base="arial", margin=58, top=58, bottom=54)
    pdf.ftr = page_footer(
        "BTC-H2B-2026 \u00b7 Employment Agreement \u00b7 Page {p} of 2", fam="arial"
    )
    pdf.add_page()
    pdf.para("BAYOU TECHE CRAWFISH CO.", size=16, style="B", align="C", after=0)
    pdf.para("1207 Grand Point Highway, Breaux Bridge, Louisiana 70517", size=9, align="C", after=8)
    pdf.para(
        "H-2B SEASONAL EMPLOYMENT AGREEMENT \u2013 2026 SEASON",
        size=11.5,
        style="B",
        align="C",
        after=10,
    )

    def cl(n, title, text):
        pdf.para(f"**{n}. {title}.** {text}", size=9.8, lh=1.33, after=6, markdown=True)

    cl(
        1,
        "Parties",
        "This agreement is between Bayou Teche Crawfish Co., 1207 Grand Point Highway, Breaux Bridge, "
        "Louisiana 70517 (the Company), and Marisol Quintero Avenda\u00f1o of Ciudad Victoria, "
        "Tamaulipas (the Worker), who was recruited for the Company by Servicios Laborales Golfo "
        "Norte, S.A. de C.V.",
    )
    cl(
        2,
        "Position",
        "Crawfish peeler / seafood processing worker (SOC 51-3022): boil, peel, devein and pack "
        "crawfish tails; weigh and label packages; wash trays and floors at the end of each shift.",
    )
    cl(
        3,
        "Place of work",
        "The Company's processing plant at 1207 Grand Point Highway, Breaux Bridge, Louisiana.",
    )
    cl(4, "Term", "February 16, 2026 through June 30, 2026.")
    cl(
        5,
        "Hours and overtime",
        "35 hours per week, Monday to Saturday, generally 6:00 a.m. to 1:00 p.m. Hours over 40 in a "
        "workweek are paid at $22.38 per hour (one and one-half times the base rate).",
    )
    cl(
        6,
        "Wages",
        "$14.92 per hour, or $2.10 per pound of peeled tail meat when that pays more for the week. "
        "The Company will pay at least the highest of the prevailing wage and the federal, state or "
        "local minimum wage in effect at any time during the contract.",
    )
    cl(7, "Payday", "Every Friday, by check.")
    cl(
        8,
        "Deductions",
        "Federal income tax, Social Security and Medicare are withheld as required by law. The other "
        "amounts deducted from pay are shown in the cost table in section 12.",
    )
    cl(
        9,
        "Three-fourths guarantee",
        "For each 12-week period of the contract the Company will offer the Worker at least "
        "three-fourths of the hours of work promised for that period (35 hours per week), or pay "
        "the difference.",
    )
    cl(
        10,
        "Requirements",
        "No experience required. The Worker must be able to stand for 8 hours in a cold, wet room "
        "and lift 40 lbs.",
    )
    cl(11, "Tools", "All knives, trays and cutting tools are provided by the Company at no cost.")

    pdf.add_page()
    cl(12, "Costs of coming to work", "The table below shows who pays each cost.")
    rows = [
        ("Cost item", "Amount", "Paid by"),
        ("Recruitment and selection", "$0.00", "Company (no fee charged)"),
        ("Consular visa fee (MRV)", "$205.00", "Company \u2013 reimbursed first workweek"),
        (
            "Bus Nuevo Laredo \u2013 Breaux Bridge",
            "$165.00",
            "Company \u2013 reimbursed first workweek",
        ),
        ("Hotel and meals in Monterrey", "$120.00", "Company \u2013 reimbursed first workweek"),
        ("Visa appointment scheduling service", "$95.00", "Worker \u2013 not refunded"),
        ("Rubber boots, apron and sleeves", "$42.00", "Worker \u2013 payroll deduction"),
        ("Company housing (optional)", "$60.00 per week", "Worker \u2013 payroll deduction"),
        ("Return bus at end of contract", "$165.00", "Company"),
    ]
    pdf.grid(rows, (40, 18, 42), size=9, after=12, head_fill=(205, 220, 235))
    cl(
        13,
        "Early departure",
        "A worker who leaves the job before June 30, 2026 for any reason other than a documented "
        "family emergency must repay the Company $500.00 toward the recruitment and travel costs "
        "the Company advanced. Return transportation is paid by the Company for workers who finish "
        "the season or are dismissed early by the Company.",
    )
    cl(
        14,
        "Termination",
        "The Company may dismiss a worker for cause, such as theft, violence or repeated unexcused "
        "absence. A worker who does not report for 5 consecutive working days without permission "
        "is considered to have abandoned the job, and the Company will notify the Department of "
        "Labor and DHS.",
    )
    cl(
        15,
        "No recruitment fee",
        "Neither the Company nor Servicios Laborales Golfo Norte, S.A. de C.V. may charge the Worker "
        "for being hired. Report any request for money to the Company office.",
    )
    pdf.ln(18)
    pdf.set_font("arial", "", 9.5)
    y = pdf.get_y()
    pdf.line(58, y, 258, y)
    pdf.line(330, y, 550, y)
    pdf.set_xy(58, y + 3)
    pdf.cell(200, 12, "For the Company: Andr\u00e9 Thibodeaux")
    pdf.set_xy(330, y + 3)
    pdf.cell(220, 12, "Worker: Marisol Quintero Avenda\u00f1o")
    return pdf


# ---------------------------------------------------------------- ao09
def ao09():
    """Overseas employment contract Nepal -> Qatar (generic), English, A4, 1 page."""
    pdf = Doc(fmt="A4", base="sans", margin=42, top=36, bottom=30)
    pdf.add_page()
    pdf.para("EMPLOYMENT CONTRACT", size=14, style="B", align="C", after=0)
    pdf.para(
        "Agency contract no. HOM/QA/2026/0412 \u00b7 to be signed before visa stamping",
        size=8,
        align="C",
        color=(80, 80, 80),
        after=8,
    )
    rows = [
        (
            "Employer",
            "Al Wusail Facility Services W.L.L., P.O. Box 24671, Building 17, Street 230, "
            "Doha, State of Qatar",
        ),
        (
            "Recruiting agency",
            "Himshikhar Overseas Manpower Pvt. Ltd., Gongabu, Kathmandu, Nepal "
            "(Licence No. 1187/072/73)",
        ),
        ("Worker", "Dil Bahadur Magar, Passport No. PA1873342, Galkot, Baglung, Nepal"),
    ]
    pdf.grid(rows, (22, 78), size=8.3, head=False, bold_first_col=True, after=8)

    clauses = [
        "1. Position: Cleaner (Housekeeping Attendant). Duties: cleaning offices, lobbies, washrooms "
        "and car parks in commercial towers serviced by the Employer; collecting and sorting waste; "
        "reporting maintenance faults to the site supervisor.",
        "2. Place of work: client sites of the Employer in West Bay and Lusail, Doha, Qatar.",
        "3. Contract period: two years, from 1 March 2026 to 28 February 2028, renewable by mutual "
        "agreement.",
        "4. Working hours: 8 hours per day, 6 days per week; Friday is the weekly rest day. Overtime "
        "is paid as per the Qatar Labour Law.",
        "5. Salary: basic salary QAR 1,000 per month plus food allowance QAR 300 per month, paid "
        "monthly into the Worker's bank account by the 7th day of the following month.",
        "6. Accommodation and transport: free shared accommodation and free transport to and from "
        "the work sites are provided by the Employer.",
        "7. Air tickets: the Employer provides the air ticket Kathmandu\u2013Doha and the return ticket "
        "to Kathmandu at the end of the contract.",
        "8. Recruitment costs: The Worker shall pay the Agency a service charge of NPR 165,000 "
        "(Nepali Rupees One Lakh Sixty-Five Thousand only) before visa stamping.",
        "9. Medical: The pre-departure medical examination at an approved medical centre in "
        "Kathmandu shall be at the Worker's own expense (approximately NPR 9,500). Medical "
        "treatment in Qatar is provided through the health card at no cost to the Worker.",
        "10. Passport: On arrival the Worker shall hand over his passport to the Employer's PRO for "
        "safekeeping, and it will be returned when he exits Qatar.",
        "11. Change of employer: During the contract the Worker shall not take up work with any "
        "other employer in Qatar; a Worker who transfers to another employer shall first pay the "
        "Employer QAR 4,000 as compensation for visa and recruitment expenses.",
        "12. Leave: 21 days of paid annual leave for each year of service.",
        "13. Termination: Either party may terminate this contract with one month's written notice. "
        "The Employer may terminate without notice for gross misconduct as defined in Article 61 "
        "of the Qatar Labour Law.",
        "14. Disputes: disputes shall be settled amicably or referred to the Labour Dispute "
        "Settlement Committee in Doha.",
    ]
    for c in clauses:
        pdf.para(c, size=8.8, lh=1.34, after=4)
    pdf.ln(16)
    pdf.set_font("sans", "", 8.3)
    y = pdf.get_y()
    cols = [(42, "For the Employer"), (222, "For the Agency"), (402, "Worker")]
    for x, lab in cols:
        pdf.line(x, y, x + 150, y)
        pdf.set_xy(x, y + 2)
        pdf.cell(150, 10, lab)
    pdf.rect(402, y + 18, 50, 50)
    pdf.set_xy(402, y + 70)
    pdf.set_font("sans", "", 6.5)
    pdf.cell(50, 8, "Thumbprint", align="C")
    return pdf


# ---------------------------------------------------------------- ao10
def ao10():
    """Compliant offer letter, Mexico -> Canada greenhouse (generic), Spanish, 1 page."""
    pdf = Doc(base="sans", margin=54, top=40, bottom=36)
    pdf.add_page()
    pdf.band(70, (24, 92, 140))
    pdf.set_xy(54, 18)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", 15)
    pdf.cell(0, 18, "LAKESHORE FRESH GREENHOUSES LTD.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(54)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        12,
        "2150 County Road 20 East, Kingsville, Ontario N9Y 2E5, Canad\u00e1 \u00b7 "
        "Tel. +1 519 555 0175",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(86)
    pdf.para("Kingsville, 10 de noviembre de 2025", size=9.5, align="R", after=4)
    pdf.para("Sra. Mariela Toscano Bahena\nYecapixtla, Morelos, M\u00e9xico", size=9.5, after=8)
    pdf.para("Carta de oferta de empleo temporal", size=12, style="B", after=4)
    pdf.para(
        "Nos complace ofrecerle empleo temporal en nuestros invernaderos, dentro del Programa de "
        "Trabajadores Extranjeros Temporales de Canad\u00e1 (flujo agr\u00edcola), con las condiciones "
        "siguientes:",
        size=9.5,
        lh=1.35,
        after=6,
    )
    rows = [
        ("Condici\u00f3n", "Detalle"),
        (
            "Puesto",
            "Trabajadora de invernadero: trasplante, poda y guiado de plantas de pimiento y "
            "pepino; cosecha y empaque en l\u00ednea",
        ),
        (
            "Lugar de trabajo",
            "Invernaderos de la empresa en 2150 County Road 20 East y 388 Road 3 East, "
            "Kingsville, Ontario",
        ),
        ("Duraci\u00f3n", "Del 12 de enero de 2026 al 11 de diciembre de 2026"),
        (
            "Horario",
            "8 horas diarias, de lunes a s\u00e1bado (48 horas por semana); las horas extra son "
            "voluntarias",
        ),
        ("Salario", "CAD 17.60 por hora"),
        ("Pago", "Cada dos semanas, por dep\u00f3sito directo, con tal\u00f3n detallado"),
        (
            "Deducciones",
            "S\u00f3lo las de ley: impuesto sobre la renta, Plan de Pensiones de Canad\u00e1 "
            "(CPP) y Seguro de Empleo (EI)",
        ),
        (
            "Vivienda",
            "Gratuita, en la casa de la empresa en 2150 County Road 20 East, sin renta ni "
            "servicios",
        ),
        (
            "Viaje",
            "Boleto de avi\u00f3n Ciudad de M\u00e9xico\u2013Toronto y regreso, pagado por la empresa, "
            "sin ning\u00fan descuento a su salario",
        ),
        ("Permiso de trabajo", "Pagado por la empresa"),
        (
            "Seguro m\u00e9dico",
            "Seguro privado pagado al 100% por la empresa hasta que reciba su tarjeta OHIP",
        ),
        (
            "Terminaci\u00f3n",
            "S\u00f3lo por causa justificada y por escrito; usted puede renunciar con una "
            "semana de aviso",
        ),
    ]
    pdf.grid(rows, (24, 76), size=8.8, bold_first_col=True, head_fill=(210, 226, 240), after=8)
    for t in (
        "Usted no paga ninguna cuota de contrataci\u00f3n, ni a la empresa ni a ninguna otra "
        "persona. El examen m\u00e9dico lo paga la empresa. Nadie le pedir\u00e1 que entregue su "
        "pasaporte: sus documentos son suyos.",
        "Si alg\u00fan intermediario le pide dinero por este empleo, rep\u00f3rtelo al consulado de "
        "M\u00e9xico en Leamington o a nuestra oficina.",
        "Para aceptar, firme esta carta y env\u00edenos una copia.",
    ):
        pdf.para(t, size=9.5, lh=1.35, after=4)
    pdf.ln(18)
    pdf.set_font("sans", "", 9)
    y = pdf.get_y()
    pdf.line(54, y, 250, y)
    pdf.line(330, y, 540, y)
    pdf.set_xy(54, y + 2)
    pdf.cell(196, 11, "Derek Van Loon, Director de Operaciones")
    pdf.set_xy(330, y + 2)
    pdf.cell(210, 11, "Acepto: Mariela Toscano Bahena")
    return pdf


# ---------------------------------------------------------------- ao11
SCAN_TEXT_AO11 = [
    ("title", "ANEXO 1 \u2014 APOYO ECON\u00d3MICO PARA GASTOS DE VIAJE"),
    ("body", "Dolores Hidalgo, Gto., a 2 de marzo de 2026."),
    (
        "body",
        "Anexo al convenio de prestaci\u00f3n de servicios de enlace laboral celebrado entre "
        "Servicios Migratorios Laborales del Centro, S.C. y el C. Maximino Ortega Lira.",
    ),
    (
        "body",
        "LA GESTORA presta a EL ASPIRANTE $6,000.00 (seis mil pesos) para hospedaje y alimentos "
        "en Monterrey, cantidad que EL ASPIRANTE pagar\u00e1 desde Estados Unidos con dep\u00f3sitos "
        "semanales de 100 d\u00f3lares m\u00e1s un inter\u00e9s del 10% mensual.",
    ),
    (
        "body",
        "Los dep\u00f3sitos se har\u00e1n a la cuenta que indique LA GESTORA, empezando con el segundo "
        "cheque que EL ASPIRANTE reciba en Estados Unidos.",
    ),
    ("body", "Le\u00eddo el presente anexo, las partes lo firman de conformidad."),
]


def scanned_page_image(blocks, sigs):
    """Render text on a white page, then rotate and add a scanner-like pattern (deterministic)."""
    Wpx, Hpx = 1275, 1650  # Letter at 150 dpi
    img = Image.new("L", (Wpx, Hpx), 255)
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(LIB + "LiberationSerif-Bold.ttf", 30)
    f_body = ImageFont.truetype(LIB + "LiberationSerif-Regular.ttf", 27)
    x0, y, maxw = 150, 170, Wpx - 300
    for kind, text in blocks:
        font = f_title if kind == "title" else f_body
        words, line, lines = text.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > maxw:
                lines.append(line)
                line = w
            else:
                line = t
        lines.append(line)
        for ln in lines:
            if kind == "title":
                d.text(((Wpx - d.textlength(ln, font=font)) / 2, y), ln, font=font, fill=25)
            else:
                d.text((x0, y), ln, font=font, fill=30)
            y += 40
        y += 26
    y += 90
    for i, (name, role) in enumerate(sigs):
        x = 150 + i * 520
        # a scribble for the signature
        pts = [(x + 20 + k * 9, y - 30 + ((k * 37) % 23) - 11) for k in range(26)]
        d.line(pts, fill=60, width=3)
        d.line([(x, y), (x + 420, y)], fill=40, width=2)
        d.text((x, y + 10), name, font=f_body, fill=30)
        d.text((x, y + 48), role, font=f_body, fill=30)
    d.rectangle([(670, y + 100), (820, y + 250)], outline=50, width=2)
    d.text((680, y + 262), "Huella digital", font=f_body, fill=40)
    d.ellipse([(700, y + 130), (790, y + 225)], fill=120)
    img = img.rotate(-0.9, resample=Image.BICUBIC, fillcolor=255, expand=False)
    # deterministic grain: linear congruential generator, no random module
    px = img.load()
    state = 20260115
    for _ in range(14000):
        state = (1103515245 * state + 12345) % 2147483648
        xx = state % Wpx
        state = (1103515245 * state + 12345) % 2147483648
        yy = state % Hpx
        px[xx, yy] = min(px[xx, yy], 150 + (state >> 8) % 90)
    # darker scanner edge on the left and a light grey cast
    for xx in range(0, 26):
        shade = 95 + xx * 6
        for yy in range(Hpx):
            px[xx, yy] = min(px[xx, yy], shade)
    img = img.point(lambda v: int(v * 0.93) + 6)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def ao11():
    """H-2A recruiter agreement, Guanajuato -> New York onions, Spanish; page 2 is a scan."""
    pdf = Doc(base="serif", margin=62, top=50, bottom=50)
    pdf.ftr = page_footer(
        "Servicios Migratorios Laborales del Centro, S.C. \u00b7 Convenio SML-0219/26",
        fam="serif",
        size=8,
    )
    pdf.add_page()
    pdf.para(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE ENLACE LABORAL",
        size=13.5,
        style="B",
        align="C",
        after=10,
    )
    pdf.para(
        "Que celebran Servicios Migratorios Laborales del Centro, S.C., con domicilio en Calle "
        "Guanajuato 37, Zona Centro, Dolores Hidalgo, Gto., en adelante \u00abLA GESTORA\u00bb, y el "
        "C. Maximino Ortega Lira, en adelante \u00abEL ASPIRANTE\u00bb, respecto del empleo temporal "
        "que se describe en la tabla siguiente.",
        size=10.5,
        lh=1.35,
        align="J",
        after=8,
    )
    rows = [
        (
            "Empleador",
            "Wallkill Valley Onion Growers, LLC, 57 Pulaski Highway, Pine Island, NY 10969, "
            "EE. UU.",
        ),
        ("Programa", "Visa H-2A (trabajo agr\u00edcola temporal)"),
        ("Labores", "Deshierbe, cosecha, selecci\u00f3n y costaleo de cebolla"),
        ("Lugar", "Campos del empleador en Pine Island, condado de Orange, Nueva York"),
        ("Periodo", "Del 20 de abril al 31 de octubre de 2026"),
        ("Horario", "8 horas diarias, de lunes a s\u00e1bado"),
        ("Salario", "$18.83 d\u00f3lares por hora, pago semanal"),
        ("Vivienda", "Gratuita, proporcionada por el empleador"),
        ("Requisitos", "Mayor de 21 a\u00f1os, con experiencia en trabajo de campo"),
    ]
    pdf.grid(rows, (22, 78), size=9.5, head=False, bold_first_col=True, after=10)

    def cl(name, text):
        pdf.para(f"**{name}.** {text}", size=10.5, lh=1.35, align="J", after=5, markdown=True)

    cl(
        "PRIMERA",
        "LA GESTORA integrar\u00e1 el expediente de EL ASPIRANTE y lo presentar\u00e1 al "
        "empleador para su selecci\u00f3n.",
    )
    cl(
        "SEGUNDA",
        "Como aportaci\u00f3n voluntaria para los gastos de la asociaci\u00f3n, EL ASPIRANTE "
        "entregar\u00e1 $7,000.00 (siete mil pesos 00/100 M.N.) al firmar este convenio.",
    )
    cl(
        "TERCERA",
        "El examen m\u00e9dico se realizar\u00e1 en la cl\u00ednica que indique LA GESTORA y su costo "
        "de $1,200.00 ser\u00e1 cubierto por EL ASPIRANTE.",
    )
    cl(
        "CUARTA",
        "El costo de la visa y el transporte de Dolores Hidalgo a Pine Island corren a cargo "
        "del empleador.",
    )
    cl(
        "QUINTA",
        "LA GESTORA no retendr\u00e1 ning\u00fan documento original de EL ASPIRANTE; s\u00f3lo "
        "conservar\u00e1 copias simples.",
    )
    cl(
        "SEXTA",
        "Los gastos de hospedaje y alimentos en Monterrey que EL ASPIRANTE necesite cubrir "
        "mientras se tramita su visa se regir\u00e1n por el Anexo 1.",
    )
    cl(
        "S\u00c9PTIMA",
        "EL ASPIRANTE podr\u00e1 presentar cualquier queja ante la Secretar\u00eda del Trabajo "
        "sin que ello afecte su selecci\u00f3n.",
    )
    # page 2: scanned annex, image only (no header/footer text on it)
    pdf.add_page()
    pdf.ftr = None
    buf = scanned_page_image(
        SCAN_TEXT_AO11,
        [
            ("Lic. Teodoro Aguilar Ram\u00edrez", "LA GESTORA"),
            ("Maximino Ortega Lira", "EL ASPIRANTE"),
        ],
    )
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    return pdf


# ---------------------------------------------------------------- ao12
def ao12():
    """Compliant H-2A work contract, Florida citrus, English, key-terms + who-pays tables, 2 pages."""
    pdf = Doc(base="cond", margin=50, top=66, bottom=52)

    def hdr(p):
        p.set_xy(50, 24)
        p.set_font("cond", "B", 10)
        p.set_text_color(170, 90, 0)
        p.cell(0, 12, "PEACE RIVER GROVE SERVICES, INC. \u2014 H-2A WORK CONTRACT 2026-27")
        p.set_draw_color(170, 90, 0)
        p.line(50, 40, p.w - 50, 40)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(66)

    pdf.hdr = hdr
    pdf.ftr = page_footer(
        "Contract PRGS-26-0087 \u00b7 Page {p} of 2 \u00b7 Worker initials ______", fam="cond"
    )
    pdf.add_page()
    pdf.para(
        "This contract is between Peace River Grove Services, Inc., 4710 SE County Road 760, "
        "Arcadia, Florida 34266 (the \u201cEmployer\u201d), and Crisp\u00edn Yahir Soto Mendoza of "
        "Tlacotalpan, Veracruz (the \u201cWorker\u201d). It repeats the terms of certified job order "
        "H-300-26201-913355. A Spanish copy is attached and says the same.",
        size=9.6,
        lh=1.35,
        after=8,
    )
    pdf.para("A. KEY TERMS", size=10.5, style="B", color=(170, 90, 0), after=3)
    rows = [
        ("Term", "What the Employer offers"),
        (
            "Job",
            "Citrus harvest worker: hand-pick oranges and grapefruit into picking sacks, empty "
            "sacks into field tubs, pick up ground fruit when the crew leader asks, and move "
            "ladders between trees.",
        ),
        (
            "Worksites",
            "Groves managed by the Employer in DeSoto, Hardee and Highlands Counties, "
            "Florida; daily meeting point 4710 SE County Road 760, Arcadia.",
        ),
        ("Dates", "November 2, 2026 to May 28, 2027"),
        (
            "Hours",
            "35 hours per week offered, Monday to Saturday, usually 7:30 a.m. to 3:30 p.m.; no "
            "work on Sundays",
        ),
        (
            "Pay",
            "$15.28 per hour, or $1.25 per 90-lb. box when piece earnings are higher for the week",
        ),
        ("Payday", "Weekly, every Thursday, by check or by a pay card with no fees"),
        (
            "Requirements",
            "3 months' experience picking citrus by hand; able to climb a 16-ft. ladder "
            "and carry a 90-lb. sack",
        ),
    ]
    pdf.grid(rows, (20, 80), size=9, bold_first_col=True, head_fill=(250, 228, 200), after=10)
    pdf.para("B. WHO PAYS FOR WHAT", size=10.5, style="B", color=(170, 90, 0), after=3)
    rows = [
        ("Cost", "Who pays", "You pay", "Notes"),
        (
            "Recruitment, selection, paperwork",
            "Employer",
            "$0",
            "Nobody may charge you for this job",
        ),
        (
            "Visa fee and consular appointment",
            "Employer",
            "$0",
            "Paid directly or repaid in 1st paycheck",
        ),
        ("Passport", "Employer", "$0", "Repaid on arrival with your receipt"),
        (
            "Bus to Arcadia, meals on the way",
            "Employer",
            "$0",
            "Repaid in 1st paycheck at DOL daily rate",
        ),
        (
            "Housing, electricity, water, gas",
            "Employer",
            "$0",
            "No deposit for beds, sheets or keys",
        ),
        ("Kitchen and cooking equipment", "Employer", "$0", "Free; you buy your own food"),
        (
            "Sacks, ladders, gloves, rain gear",
            "Employer",
            "$0",
            "No deposit; replaced free when worn",
        ),
        ("Daily bus to the groves", "Employer", "$0", "Free, insured buses"),
        (
            "Workers' compensation insurance",
            "Employer",
            "$0",
            "Sunbelt Agricultural Mutual, policy 88-20417",
        ),
        ("Return bus to Mexico", "Employer", "$0", "When you finish the contract"),
        (
            "Federal income tax",
            "Worker",
            "Only if you ask",
            "Social Security (FICA) is not withheld",
        ),
    ]
    pdf.grid(rows, (33, 13, 14, 40), size=8.6, head_fill=(250, 228, 200), after=6)

    pdf.add_page()
    pdf.para("C. OTHER CONDITIONS", size=10.5, style="B", color=(170, 90, 0), after=4)

    def cl(n, title, text):
        pdf.para(f"**{n}. {title}.** {text}", size=9.6, lh=1.36, after=6, markdown=True)

    cl(
        1,
        "Higher wage rates",
        "If a higher Adverse Effect Wage Rate, prevailing wage or legal minimum wage is published "
        "during the contract, the Employer pays the higher rate from the day it takes effect.",
    )
    cl(
        2,
        "Pay statements",
        "Each payday you receive a statement with hours offered, hours worked, boxes picked, rate, "
        "gross pay, each deduction and net pay.",
    )
    cl(
        3,
        "Deductions",
        "Only: federal income tax if you ask for it in writing; court-ordered payments; and amounts "
        "you authorize in writing for your own benefit, such as a money transfer to your family. No "
        "other deductions are made.",
    )
    cl(
        4,
        "Three-fourths guarantee",
        "The Employer guarantees to offer you work for at least three-fourths of the workdays of "
        "the contract period. If you are offered less, you are paid the difference. Hours you "
        "refuse count as offered.",
    )
    cl(
        5,
        "Housing",
        "Free housing at the Employer's camp, 4710 SE County Road 760, Arcadia, inspected by the "
        "Florida Department of Health. You pay no rent, no utilities and no deposit.",
    )
    cl(
        6,
        "Meals",
        "Free and convenient cooking and kitchen facilities are provided in each unit, with a free "
        "weekly ride to the supermarket.",
    )
    cl(
        7,
        "Transportation",
        "Inbound travel and subsistence are repaid in your first paycheck (see table B). Return "
        "travel to Tlacotalpan is paid when you finish the contract or if the Employer ends it "
        "early. Daily transportation to the groves is free.",
    )
    cl(
        8,
        "Tools and damage",
        "All tools and equipment are provided free. You are never charged for tools that break or "
        "wear out in normal use.",
    )
    cl(
        9,
        "Abandonment and termination",
        "If you miss 5 consecutive workdays without permission you are considered to have abandoned "
        "the job, and the Employer must report it to DOL and DHS. You may be dismissed for cause only "
        "after a written warning. If you abandon the job or are dismissed for cause you lose the "
        "guarantee and return travel.",
    )
    cl(
        10,
        "If work becomes impossible",
        "If a freeze, hurricane, fire or other act of God makes the work impossible and the "
        "Department of Labor agrees, the contract may end early. You are then paid the guarantee up "
        "to that day and your trip home, and the Employer will try to find you other H-2A work.",
    )
    cl(
        11,
        "Your rights",
        "You keep your passport and visa. You may talk to anyone, leave the camp when you are not "
        "working, and complain to the Employer, the Department of Labor or a lawyer without being "
        "punished or put on any do-not-hire list.",
    )
    pdf.ln(16)
    pdf.set_font("cond", "", 9)
    y = pdf.get_y()
    pdf.line(50, y, 250, y)
    pdf.line(330, y, 560, y)
    pdf.set_xy(50, y + 2)
    pdf.cell(200, 11, "Employer: Luann Prescott, Harvest Manager")
    pdf.set_xy(330, y + 2)
    pdf.cell(230, 11, "Worker: Crisp\u00edn Yahir Soto Mendoza")
    return pdf


BUILDERS = {
    "ao01.pdf": ao01,
    "ao02.pdf": ao02,
    "ao03.pdf": ao03,
    "ao04.pdf": ao04,
    "ao05.pdf": ao05,
    "ao06.pdf": ao06,
    "ao07.pdf": ao07,
    "ao08.pdf": ao08,
    "ao09.pdf": ao09,
    "ao10.pdf": ao10,
    "ao11.pdf": ao11,
    "ao12.pdf": ao12,
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


def norm(s):
    return " ".join(s.split())


def check(out_dir: Path) -> None:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    errors = []
    if sorted(x["file"] for x in labels) != sorted(BUILDERS):
        errors.append("labels.json files do not match the built files")
    for lab in labels:
        name, prog = lab["file"], lab["program"]
        scanned = SCANNED_PAGES.get(name, set())
        if lab["scanned"] != bool(scanned):
            errors.append(f"{name}: scanned flag {lab['scanned']} but scanned pages {scanned}")
        bad = set(lab["missing_terms"]) - REQUIRED[prog]
        if bad:
            errors.append(f"{name}: missing_terms not required for {prog}: {sorted(bad)}")
        with pdfplumber.open(out_dir / name) as doc:
            if len(doc.pages) != lab["pages"]:
                errors.append(f"{name}: {len(doc.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(doc.pages, 1):
                if i in scanned:
                    if page.chars:
                        errors.append(f"{name} p{i}: scanned page has a text layer")
                    if not page.images:
                        errors.append(f"{name} p{i}: scanned page has no image")
                    continue
                texts[i] = norm(page.extract_text() or "")
                if not texts[i]:
                    errors.append(f"{name} p{i}: no text")
            for fee in lab["fees"]:
                cat = fee["category"]
                if cat not in CATEGORIES:
                    errors.append(f"{name}: unknown category {cat}")
                review = cat in {"damage_chargeback", "meal_charge"} or (
                    cat == "housing_charge" and prog != "h2a"
                )
                allowed = {"review"} if review else {"violation"}
                if cat == "visa_cost" and prog in ("h2a", "h2b"):
                    allowed = {"violation", "review"}  # review only for passport-only fees
                if fee["severity"] not in allowed:
                    errors.append(f"{name}: {cat} severity {fee['severity']}")
                if fee["page"] in scanned:
                    continue
                if norm(fee["quote"]) not in texts.get(fee["page"], ""):
                    errors.append(f"{name} p{fee['page']}: quote not found: {fee['quote']!r}")
    if errors:
        print("CHECK FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    nfees = sum(len(x["fees"]) for x in labels)
    print(
        f"ok: {len(labels)} PDFs, {nfees} labelled fee quotes verified "
        f"(scanned pages skipped: {sum(len(v) for v in SCANNED_PAGES.values())})"
    )


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS.items():
        pdf = fn()
        pdf.output(str(out / name))
    check(out)


if __name__ == "__main__":
    main(sys.argv)
