"""Build held-out batch "ar": 12 labelled contract PDFs (ar01.pdf ... ar12.pdf).

Usage:  /work/main/.venv/bin/python tests/contracts/analysis/heldout_ar/build.py OUT_DIR

Deterministic: fixed creation date, no clock, no unseeded randomness (the scan noise of
the one image-only page uses a fixed-seed generator). After writing, every PDF is opened
with pdfplumber and each labelled fee quote in labels.json is looked for on its labelled
page (whitespace-normalised); image-only pages are skipped for that check but must carry
no text layer. Any mismatch makes the script exit with status 1.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
FIXED_DATE = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)

FONT_FILES = {
    "Sans": (DEJAVU, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "Cond": (
        DEJAVU,
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "Serif": (DEJAVU, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "Lib": (
        LIBERATION,
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
    ),
    "LibSerif": (
        LIBERATION,
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
    ),
}

# pages (1-based) that are image-only scans, per file
SCANNED_PAGES = {"ar09.pdf": {2}}


class Doc(FPDF):
    """FPDF with a few layout helpers; header/footer are optional callables."""

    def __init__(
        self,
        fmt="letter",
        family="Sans",
        header_fn=None,
        footer_fn=None,
        margins=(54, 54, 54),
        bottom=60,
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_author("")
        self.base_family = family
        for fam in dict.fromkeys((family, "Sans")):
            folder, reg, bold, ital = FONT_FILES[fam]
            self.add_font(fam, "", str(folder / reg))
            self.add_font(fam, "B", str(folder / bold))
            self.add_font(fam, "I", str(folder / ital))
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.image_only_pages: set[int] = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)

    # header / footer -------------------------------------------------------------
    def header(self):
        if self.page in self.image_only_pages or self.header_fn is None:
            return
        self.header_fn(self)

    def footer(self):
        if self.page in self.image_only_pages or self.footer_fn is None:
            return
        self.footer_fn(self)

    # text helpers ----------------------------------------------------------------
    def para(
        self,
        text,
        size=10,
        style="",
        family=None,
        lh=1.32,
        align="L",
        after=5,
        color=(0, 0, 0),
        indent=0,
    ):
        self.set_font(family or self.base_family, style, size)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, size * lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def head(self, text, size=11, after=3, color=(0, 0, 0), family=None, align="L"):
        self.para(text, size=size, style="B", family=family, after=after, color=color, align=align)

    def band(self, title, subtitle=None, fill=(30, 70, 110), height=64, title_size=15):
        self.set_fill_color(*fill)
        self.rect(0, 0, self.w, height, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font(self.base_family, "B", title_size)
        self.set_xy(self.l_margin, 14)
        self.cell(self.epw, title_size * 1.2, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font(self.base_family, "", 8.5)
            self.set_x(self.l_margin)
            self.cell(self.epw, 12, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_y(height + 18)

    def grid(
        self,
        rows,
        widths,
        heading=True,
        size=9,
        line_height=None,
        fill=(225, 232, 240),
        family=None,
    ):
        self.set_font(family or self.base_family, "", size)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            width=self.epw,
            text_align="LEFT",
            line_height=line_height or size * 1.3,
            first_row_as_headings=heading,
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            padding=3,
        ) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.ln(8)

    def sig_lines(self, labels, size=9, gap=34):
        self.set_font(self.base_family, "", size)
        col = self.epw / len(labels)
        y = self.get_y() + gap
        for i, lab in enumerate(labels):
            x = self.l_margin + i * col
            self.line(x, y, x + col - 24, y)
            self.set_xy(x, y + 3)
            self.multi_cell(col - 24, size * 1.3, lab, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin, y + 3 + size * 1.3 * 3)


def simple_footer(text_fn, size=7.5, color=(110, 110, 110)):
    def _f(pdf):
        pdf.set_y(-36)
        pdf.set_font(pdf.base_family, "", size)
        pdf.set_text_color(*color)
        pdf.cell(pdf.epw, 10, text_fn(pdf.page), align="C")
        pdf.set_text_color(0, 0, 0)

    return _f


def rule_header(left, right=None, size=7.5):
    def _h(pdf):
        pdf.set_y(24)
        pdf.set_font(pdf.base_family, "", size)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(pdf.epw * (0.62 if right else 1), 10, left, align="L")
        if right:
            pdf.cell(pdf.epw * 0.38, 10, right, align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, 38, pdf.w - pdf.r_margin, 38)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(54)

    return _h


# =====================================================================================
# ar01  H-2A job order attachment (EN), numbered sections, header + footer, 3 pages
# =====================================================================================
def build_ar01(path):
    pdf = Doc(
        family="Lib",
        header_fn=rule_header(
            "Satilla Ridge Berry Farms, LLC", "H-2A clearance order GA-2026-0417"
        ),
        footer_fn=simple_footer(
            lambda n: f"Attachment A to clearance order GA-2026-0417  ·  Page {n} of 3"
        ),
    )
    pdf.add_page()

    def sec(title, *paras):
        pdf.head(title, size=10.5, after=2)
        for t in paras:
            pdf.para(t, size=10, after=4)
        pdf.ln(2)

    pdf.head(
        "ATTACHMENT A — EMPLOYER'S JOB OFFER FOR H-2A AND CORRESPONDING WORKERS", size=12, after=4
    )
    pdf.para(
        "This attachment is part of the job order filed with the Georgia Department of Labor "
        "and the U.S. Department of Labor. Each worker will receive a copy of these terms in "
        "English and in Spanish no later than the day he or she applies for the visa.",
        size=10,
        after=8,
    )
    sec(
        "1. EMPLOYER",
        "Satilla Ridge Berry Farms, LLC, 4180 Old Nichols Highway, Alma, Georgia 31510. Office "
        "telephone (912) 555-0148. Contact person: Loretta Vickers, Office Manager.",
    )
    sec(
        "2. NUMBER OF WORKERS AND PERIOD OF EMPLOYMENT",
        "The employer needs 48 farmworkers from April 6, 2026 until July 10, 2026. If the first "
        "date of need is delayed, the employer will notify each worker at least 10 business days "
        "before the original start date and will pay eligible workers for each day of delay as the "
        "regulations require.",
    )
    sec(
        "3. JOB DUTIES",
        "Hand-harvest ripe blueberries into a picking bucket worn on a belt, empty full buckets "
        "into harvest totes, and carry the totes to the end of the row for loading onto the field "
        "cart. Workers pick clean, leaving green fruit, leaves and stems on the bush. After the "
        "harvest ends, workers hand-hoe weeds, pull grass around young plants and prune bushes "
        "with hand shears. Some workers will be assigned to the packing shed to feed berries onto "
        "the sorting belt, remove soft fruit and stack filled flats on pallets.",
    )
    sec(
        "4. PLACE OF EMPLOYMENT",
        "Home farm and packing shed at 4180 Old Nichols Highway, Alma, GA 31510, and the "
        "Hurricane Creek block at 912 Cedar Bay Road, Alma, GA 31510, both in Bacon County, "
        "Georgia.",
    )
    sec(
        "5. HOURS OF WORK",
        "Workers will be offered approximately 40 hours per week. The normal schedule is 7:00 a.m. "
        "to 3:30 p.m., Monday through Friday, with a 30-minute unpaid lunch, and 7:00 a.m. to "
        "12:00 noon on Saturday when fruit is ready. Workers are not required to work on Sunday, "
        "on their religious holidays or on July 4.",
    )
    sec(
        "6. JOB REQUIREMENTS",
        "Three months of experience hand-harvesting fruit or vegetables is required; the employer "
        "will accept a reference from a former employer or the worker's own statement. Workers "
        "must be able to stand, stoop and bend for long periods and to lift and carry a full "
        "30-pound harvest tote. After the first two weeks, workers must pick at least 12 pounds "
        "of marketable fruit per hour, averaged over the pay period.",
    )
    sec(
        "7. WAGE RATE",
        "The employer will pay the highest of the Adverse Effect Wage Rate (AEWR), the applicable "
        "prevailing wage, the agreed-upon collective bargaining wage, or the federal or state "
        "minimum wage. For the 2026 season this is $15.10 per hour. During harvest, workers may "
        "instead be paid $0.62 per pound of marketable blueberries picked; if a worker's "
        "piece-rate earnings for the pay period are less than $15.10 for each hour worked, the "
        "employer will make up the difference.",
        "If the AEWR or another applicable wage is raised during the season to an amount above "
        "the rate offered here, the employer will pay the higher rate from the date it takes "
        "effect.",
    )

    pdf.add_page()
    sec(
        "8. PAY DAY AND EARNINGS STATEMENTS",
        "Workers are paid every Friday for work performed through the previous Sunday. On or "
        "before each pay day the worker receives a written statement that shows the hours "
        "offered, the hours actually worked, pounds picked, hourly and piece rates, total "
        "earnings, each deduction and the amount paid, together with the employer's name, "
        "address and FEIN.",
    )
    sec(
        "9. DEDUCTIONS",
        "The employer will deduct only: (a) federal or state income tax, when the worker asks for "
        "withholding in writing; (b) child support or other garnishments ordered by a court; and "
        "(c) the equipment deposit described in Section 15. No deduction will reduce a worker's "
        "pay below the required wage.",
    )
    sec(
        "10. THREE-FOURTHS GUARANTEE",
        "The employer guarantees to offer each worker employment for a total number of work hours "
        "equal to at least three-fourths of the workdays of the contract period, counting from "
        "the worker's first workday to the end date in Section 2. If the worker is offered fewer "
        "hours, the employer will pay the amount the worker would have earned had the guaranteed "
        "hours been offered.",
    )
    sec(
        "11. HOUSING",
        "Housing that meets federal and state standards is provided free of charge at the Satilla "
        "Ridge labor camp, 4202 Old Nichols Highway, Alma, GA 31510, to every worker who cannot "
        "reasonably return to his or her permanent residence at the end of the workday. Beds, "
        "mattresses, electricity, water and gas are included; no rent, utility fee or deposit of "
        "any kind is charged for housing.",
    )
    sec(
        "12. MEALS",
        "Each housing unit has a kitchen with stoves, refrigerators, sinks and cooking utensils "
        "that workers may use free of charge to prepare their own meals.",
    )
    sec(
        "13. TRANSPORTATION",
        "Inbound: a worker who completes 50 percent of the contract period will be reimbursed the "
        "reasonable cost of transportation and daily subsistence from the place of recruitment in "
        "Mexico to Alma, Georgia; where the Fair Labor Standards Act requires it, these costs are "
        "reimbursed in the first workweek.",
        "Return: a worker who completes the contract period, or who is dismissed early for reasons "
        "other than cause, will be provided or paid return transportation and daily subsistence "
        "to the place of recruitment.",
        "Daily: transportation between the camp and the fields is provided free of charge in "
        "employer vans driven by licensed drivers.",
    )
    sec(
        "14. TOOLS AND SUPPLIES",
        "Pruning shears, hoes, gloves, rain ponchos and drinking water are furnished by the "
        "employer free of charge.",
    )
    sec(
        "15. PICKING EQUIPMENT",
        "Each worker will leave a $30 deposit for the picking bucket, belt and harvest tote issued "
        "to him or her, taken from the first paycheck and returned when the items are turned in "
        "at the end of the season.",
        "Workers will be charged the replacement cost of any harvest cart, tote or packing-shed "
        "equipment damaged through carelessness or through failure to follow the supervisor's "
        "instructions.",
    )
    sec(
        "16. WORKERS' COMPENSATION",
        "The employer provides workers' compensation insurance at no cost to the worker. Carrier: "
        "Okefenokee Agricultural Mutual Insurance Company, policy number WC-GA-55120, effective "
        "March 1, 2026 to February 28, 2027.",
    )

    pdf.add_page()
    sec(
        "17. ABANDONMENT AND TERMINATION FOR CAUSE",
        "A worker who fails to report for work for five consecutive working days without the "
        "employer's consent will be considered to have abandoned the job, and the employer will "
        "notify the Department of Labor and the Department of Homeland Security. A worker may be "
        "dismissed for cause, including theft, violence, or repeated failure to meet the "
        "productivity standard in Section 6 after a written warning. A worker who abandons the "
        "job or is dismissed for cause loses the three-fourths guarantee and return "
        "transportation.",
    )
    sec(
        "18. CONTRACT IMPOSSIBILITY",
        "If, before the end date, the work cannot continue because of fire, hurricane, flood, "
        "drought, freeze, hail or another Act of God that makes the contract impossible to "
        "fulfil, the employer may end the contract after the Certifying Officer agrees. Each "
        "worker will then be paid for three-fourths of the workdays that passed until the "
        "termination, will be given return transportation and subsistence, and will be offered "
        "help finding other work.",
    )
    sec(
        "19. RECRUITMENT AND WORKERS' RIGHTS",
        "Workers for this order are recruited in Mexico by Enlace Agrícola del Golfo, S.C., whose "
        "services are paid entirely by the employer. The employer has forbidden Enlace Agrícola "
        "del Golfo, S.C. in writing from collecting any fee, deposit or payment of any kind from "
        "workers. No worker will be asked to pay for a visa, a bus ticket, a place on a list or "
        "anything else to get this job.",
        "The employer does not keep workers' passports, visas or identification documents. "
        "Workers may file complaints with the U.S. Department of Labor, talk to lawyers or join a "
        "union without losing their job or future employment.",
    )
    sec(
        "20. SIGNATURES",
        "By signing below, the employer certifies that these terms are true, and the worker "
        "acknowledges receiving a copy in a language he or she understands.",
    )
    pdf.sig_lines(
        [
            "Loretta Vickers, for Satilla Ridge Berry Farms, LLC\nDate: March 2, 2026",
            "Worker's signature\nPrinted name and date",
        ]
    )
    pdf.output(str(path))


# =====================================================================================
# ar02  H-2A offer letter, bilingual EN then ES per paragraph, letterhead; compliant
# =====================================================================================
def build_ar02(path):
    pdf = Doc(
        family="Sans", footer_fn=simple_footer(lambda n: f"Arroyo Seco Greens, Inc.  ·  {n}/2")
    )
    pdf.add_page()
    pdf.band(
        "ARROYO SECO GREENS, INC.",
        "225 Camphora Road, Soledad, California 93960  ·  Tel. (831) 555-0172",
        fill=(46, 110, 62),
    )
    pdf.para("February 3, 2026", size=9.5, after=6)
    pdf.para("Mr. Rutilio Cárdenas Meza\nApatzingán, Michoacán, México", size=9.5, after=8)
    pdf.head(
        "H-2A job offer — vegetable harvest, 2026 season\n"
        "Oferta de trabajo H-2A — cosecha de verduras, temporada 2026",
        size=10.5,
        after=8,
    )

    def bi(en, es):
        pdf.para(en, size=9.3, after=2)
        pdf.para(es, size=9.0, style="I", color=(70, 70, 70), after=7)

    bi(
        "Dear Mr. Cárdenas: We are pleased to offer you seasonal work as a vegetable harvest "
        "worker. You will cut broccoli and cauliflower heads by hand with a harvest knife, trim the "
        "leaves, pack the heads into cartons on the harvest machine and help load the full pallets. "
        "The work takes place in our fields in Monterey County, California, near Soledad, Greenfield "
        "and King City, from May 4, 2026 to October 30, 2026.",
        "Estimado señor Cárdenas: Nos da gusto ofrecerle trabajo de temporada como trabajador de "
        "cosecha de verduras. Usted cortará a mano cabezas de brócoli y coliflor con cuchillo de "
        "cosecha, limpiará las hojas, empacará las cabezas en cajas sobre la máquina cosechadora y "
        "ayudará a cargar las tarimas llenas. El trabajo es en nuestros campos del condado de "
        "Monterey, California, cerca de Soledad, Greenfield y King City, del 4 de mayo de 2026 al "
        "30 de octubre de 2026.",
    )
    bi(
        "The normal schedule is 8 hours a day, Monday through Friday, from 6:00 a.m. to 2:30 p.m.; "
        "on Saturdays we may ask for up to 6 more hours, paid at one and one-half times the regular "
        "rate as California law requires. We pay $20.14 per hour. If a higher AEWR, prevailing wage "
        "or state minimum wage takes effect during the season, we will pay the higher rate from "
        "that day. You will be paid every Thursday, by check or by direct deposit to your bank "
        "account if you ask for it.",
        "El horario normal es de 8 horas diarias, de lunes a viernes, de 6:00 a.m. a 2:30 p.m.; los "
        "sábados podemos pedirle hasta 6 horas más, pagadas a tiempo y medio como lo exige la ley "
        "de California. Pagamos $20.14 por hora. Si durante la temporada entra en vigor un AEWR, un "
        "salario prevaleciente o un salario mínimo estatal más alto, le pagaremos la tarifa más "
        "alta desde ese día. Se le pagará cada jueves, con cheque o con depósito directo a su "
        "cuenta de banco si usted lo pide.",
    )
    bi(
        "From your pay we will deduct only the taxes the law requires, California State Disability "
        "Insurance (SDI) at the rate set by the state, and the meal plan if you choose to join it. "
        "We do not make loans or pay advances, and we never deduct for housing, transportation, "
        "tools or recruitment.",
        "De su pago solo descontaremos los impuestos que exige la ley, el Seguro Estatal de "
        "Incapacidad de California (SDI) según la tasa que fija el estado, y el plan de comidas si "
        "usted decide inscribirse. No hacemos préstamos ni damos adelantos, y nunca descontamos por "
        "vivienda, transporte, herramientas o reclutamiento.",
    )
    bi(
        "You will live free of charge in our camp at 225 Camphora Road, Soledad. Beds, mattresses, "
        "blankets, electricity, water and gas are included, and no deposit is required. The camp "
        "dining hall serves three meals a day for $15.85 per day, which does not exceed the maximum "
        "meal charge published by the U.S. Department of Labor for 2026. If you prefer, you can "
        "skip the meal plan and cook for yourself in the camp kitchen at no cost.",
        "Usted vivirá sin costo en nuestro campamento de 225 Camphora Road, Soledad. Se incluyen "
        "camas, colchones, cobijas, luz, agua y gas, y no se pide ningún depósito. El comedor del "
        "campamento sirve tres comidas al día por $15.85 diarios, cantidad que no pasa del cargo "
        "máximo por comidas que publica el Departamento del Trabajo de EE. UU. para 2026. Si lo "
        "prefiere, puede no inscribirse en el plan y cocinar usted mismo en la cocina del "
        "campamento sin costo.",
    )

    pdf.add_page()
    bi(
        "We will reimburse your bus fare from Apatzingán to Soledad and your meals on the road when "
        "you complete half of the contract, or in your first paycheck if the law requires it. The "
        "visa fee and the border-crossing fee are also repaid in your first paycheck. When you "
        "finish the season, we pay your bus back to Apatzingán and your meals on the road. Every "
        "workday a company bus takes you from the camp to the field and back, free of charge.",
        "Le reembolsaremos el pasaje de autobús de Apatzingán a Soledad y sus comidas del camino "
        "cuando cumpla la mitad del contrato, o en su primer cheque si la ley lo exige. La cuota de "
        "la visa y la cuota de cruce de frontera también se le devuelven en su primer cheque. Al "
        "terminar la temporada, le pagamos el autobús de regreso a Apatzingán y las comidas del "
        "camino. Cada día de trabajo, un autobús de la compañía lo lleva del campamento al campo y "
        "de regreso, gratis.",
    )
    bi(
        "Harvest knives, sharpening stones, gloves, rain gear and rubber boots are given to you "
        "free; we do not ask for any deposit for them. You are covered by our workers' "
        "compensation insurance if you are injured at work.",
        "Los cuchillos de cosecha, las piedras de afilar, los guantes, la ropa para lluvia y las "
        "botas de hule se le dan gratis; no le pedimos ningún depósito por ellos. Si se lastima en "
        "el trabajo, usted está cubierto por nuestro seguro de compensación al trabajador "
        "(workers' compensation).",
    )
    bi(
        "We guarantee you work for at least three-fourths of the workdays of the contract; if we "
        "offer less, we pay you the difference. To take this job you need at least one month of "
        "experience harvesting vegetables by hand and must be able to lift 50 pounds.",
        "Le garantizamos trabajo por lo menos durante tres cuartas partes de los días hábiles del "
        "contrato; si le ofrecemos menos, le pagamos la diferencia. Para este trabajo necesita al "
        "menos un mes de experiencia en cosecha manual de verduras y poder levantar 50 libras.",
    )
    bi(
        "If you miss work for five days in a row without permission, we will consider that you "
        "abandoned the job and we will report it to the authorities. If you are fired for a "
        "justified reason, you lose the three-fourths guarantee and the paid trip home. If a "
        "flood, fire, freeze or another natural disaster makes it impossible to continue the work, "
        "we may end the contract early, but we will pay the three-fourths guarantee up to that day "
        "and your trip home.",
        "Si falta al trabajo cinco días seguidos sin permiso, consideraremos que abandonó el empleo "
        "y lo informaremos a las autoridades. Si se le despide por una causa justificada, pierde la "
        "garantía de tres cuartas partes y el viaje de regreso pagado. Si una inundación, un "
        "incendio, una helada u otro desastre natural hace imposible seguir trabajando, podemos "
        "terminar el contrato antes, pero le pagaremos la garantía de tres cuartas partes hasta ese "
        "día y su viaje de regreso.",
    )
    bi(
        "Nobody — not us and not our recruiter in Mexico, Servicios Laborales Tierra Caliente — may "
        "ask you for money to get this job or to keep it. If anyone asks you for a payment, please "
        "call our office at (831) 555-0172 or the U.S. Department of Labor at 1-866-487-9243. Your "
        "passport stays with you.",
        "Nadie — ni nosotros ni nuestro reclutador en México, Servicios Laborales Tierra Caliente — "
        "puede pedirle dinero para conseguir este trabajo o para conservarlo. Si alguien le pide un "
        "pago, llame a nuestra oficina al (831) 555-0172 o al Departamento del Trabajo de EE. UU. al "
        "1-866-487-9243. Su pasaporte se queda con usted.",
    )
    pdf.para("Sincerely / Atentamente,", size=9.5, after=2)
    pdf.para(
        "Gustavo Ferreira\nHuman Resources Manager / Gerente de Recursos Humanos", size=9.5, after=4
    )
    pdf.sig_lines(
        ["I accept this offer / Acepto esta oferta\nRutilio Cárdenas Meza", "Date / Fecha"], gap=30
    )
    pdf.output(str(path))


# =====================================================================================
# ar03  H-2A individual work contract (ES), numbered clauses, header/footer, 2 pages
# =====================================================================================
def build_ar03(path):
    pdf = Doc(
        family="Serif",
        header_fn=rule_header(
            "CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA — PROGRAMA H-2A",
            "Sweetwater Creek Berry Company, Inc.",
        ),
        footer_fn=simple_footer(
            lambda n: f"Página {n} de 2   ·   Iniciales del trabajador: ________"
        ),
    )
    pdf.add_page()
    pdf.head("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", size=12.5, align="C", after=2)
    pdf.para(
        "Trabajadores agrícolas temporales H-2A — temporada de fresa 2025-2026",
        size=9.5,
        align="C",
        after=10,
        style="I",
    )
    pdf.para(
        "Contrato que celebran, por una parte, Sweetwater Creek Berry Company, Inc., con "
        "domicilio en 5120 Turkey Creek Road, Plant City, Florida 33567, Estados Unidos, a quien "
        "en adelante se llamará EL PATRÓN, y por la otra el señor Eusebio Martínez Gálvez, "
        "originario de Tihuatlán, Veracruz, México, a quien se llamará EL TRABAJADOR, de acuerdo "
        "con las siguientes",
        size=9.8,
        after=6,
    )
    pdf.head("CLÁUSULAS", size=11, align="C", after=6)

    def cl(title, text):
        pdf.head(title, size=9.8, after=1)
        pdf.para(text, size=9.6, after=6)

    cl(
        "PRIMERA. Puesto y actividades.",
        "EL TRABAJADOR se contrata como cosechador de fresa. Sus actividades son cortar la fresa "
        "madura, acomodarla en cajitas de plástico (clamshells) dentro de las charolas, llevar las "
        "charolas llenas al punto de carga y limpiar los surcos de hierba y de fruta podrida.",
    )
    cl(
        "SEGUNDA. Lugar de trabajo.",
        "Campos de EL PATRÓN en Plant City y Dover, condado de Hillsborough, Florida.",
    )
    cl("TERCERA. Duración.", "Del 1 de diciembre de 2025 al 15 de abril de 2026.")
    cl(
        "CUARTA. Jornada.",
        "Se ofrecen como mínimo 35 horas por semana. El horario normal es de 7:30 a.m. a 3:30 p.m., "
        "de lunes a sábado, según el clima y la maduración de la fruta.",
    )
    cl(
        "QUINTA. Salario.",
        "EL PATRÓN pagará $14.77 dólares por hora, o $1.10 dólares por charola cosechada cuando se "
        "trabaje a destajo; si lo ganado a destajo en la semana es menor que lo que correspondería "
        "por hora, EL PATRÓN completará la diferencia.",
    )
    cl(
        "SEXTA. Pago y talones.",
        "El pago se hace cada semana, los viernes, con cheque. Junto con cada pago EL TRABAJADOR "
        "recibe un talón que indica las horas ofrecidas y las trabajadas, las charolas cosechadas, "
        "la tarifa, lo ganado, cada descuento y el neto pagado.",
    )
    cl(
        "SÉPTIMA. Descuentos.",
        "Del salario solamente se descontarán los impuestos que la ley exija y las cantidades que "
        "este contrato autoriza en su cláusula NOVENA.",
    )
    cl(
        "OCTAVA. Garantía de tres cuartas partes.",
        "EL PATRÓN garantiza ofrecer trabajo por lo menos durante tres cuartas partes de los días "
        "hábiles del periodo del contrato; si ofrece menos horas, pagará la diferencia.",
    )
    cl(
        "NOVENA. Vivienda.",
        "EL PATRÓN proporcionará vivienda sin renta en su campamento de 5120 Turkey Creek Road, "
        "con camas, colchones, regaderas y lavadoras. Por concepto de luz, agua y gas de la "
        "vivienda se descontarán dieciocho dólares ($18.00) semanales del cheque de cada "
        "trabajador.",
    )
    cl(
        "DÉCIMA. Reglamento del campamento.",
        "Se prohíbe fumar dentro de los cuartos y tener bebidas alcohólicas en las áreas comunes. "
        "Por seguridad, ningún trabajador podrá salir del campamento después de las 8:00 de la "
        "noche ni en su día de descanso sin permiso por escrito del mayordomo.",
    )

    pdf.add_page()
    cl(
        "UNDÉCIMA. Alimentos.",
        "El campamento cuenta con una cocina comunitaria con estufas, refrigeradores y utensilios, "
        "sin costo, para que EL TRABAJADOR prepare sus alimentos.",
    )
    cl(
        "DUODÉCIMA. Transporte.",
        "EL PATRÓN reembolsará el costo del autobús de Tihuatlán a Plant City y los alimentos del "
        "camino cuando EL TRABAJADOR cumpla la mitad del contrato. Al terminar el contrato, EL "
        "PATRÓN pagará el regreso a Tihuatlán. El traslado diario del campamento a los campos es "
        "gratuito, en autobuses de EL PATRÓN.",
    )
    cl(
        "DECIMOTERCERA. Herramientas.",
        "Carretillas, charolas, guantes e impermeables se entregan sin costo y sin depósito.",
    )
    cl(
        "DECIMOCUARTA. Seguro de riesgos de trabajo.",
        "EL TRABAJADOR queda cubierto, sin costo para él, por el seguro de compensación al "
        "trabajador (workers' compensation) de EL PATRÓN.",
    )
    cl(
        "DECIMOQUINTA. Requisitos.",
        "Se requiere un mes de experiencia en la cosecha manual de fresa u otra fruta.",
    )
    cl(
        "DECIMOSEXTA. Terminación.",
        "Si EL TRABAJADOR falta cinco días hábiles seguidos sin avisar, se considerará que abandonó "
        "el empleo. EL PATRÓN puede despedir por causa justificada, como robo, violencia o "
        "desobediencia grave. En ambos casos EL TRABAJADOR pierde la garantía de tres cuartas "
        "partes y el pago del regreso.",
    )
    cl(
        "DECIMOSÉPTIMA. Cobros y documentos.",
        "Ni EL PATRÓN ni ninguna persona que reclute en su nombre puede cobrarle a EL TRABAJADOR "
        "por este empleo. EL TRABAJADOR conserva en su poder su pasaporte y su visa.",
    )
    pdf.para(
        "Leído el presente contrato y enteradas las partes de su contenido, lo firman en Plant "
        "City, Florida, el 1 de diciembre de 2025.",
        size=9.6,
        after=4,
    )
    pdf.sig_lines(
        [
            "EL PATRÓN\nSweetwater Creek Berry Company, Inc.",
            "EL TRABAJADOR\nEusebio Martínez Gálvez",
        ]
    )
    pdf.output(str(path))


# =====================================================================================
# ar04  recruiter agreement (ES), declarations + numbered clauses, 2 pages
# =====================================================================================
def build_ar04(path):
    pdf = Doc(
        family="LibSerif",
        footer_fn=simple_footer(lambda n: f"Convenio GLAP-H2A-2026/118  —  hoja {n}/2"),
    )
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 13)
    pdf.multi_cell(
        pdf.epw,
        16,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO Y GESTIÓN",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    pdf.para(
        "CONVENIO que celebran, por una parte, Gestoría Laboral Altiplano Potosino, S.C., "
        "representada por su administrador, el C. Rogelio Mendoza Ibarra, a quien en lo "
        "sucesivo se denominará EL RECLUTADOR, y por la otra el C. Juan Gabriel Torres Rivas, a "
        "quien se denominará EL TRABAJADOR, al tenor de las siguientes declaraciones y "
        "cláusulas:",
        size=10.5,
        after=6,
    )
    pdf.head("DECLARACIONES", size=11, align="C", after=4)
    pdf.para(
        "I. Declara EL RECLUTADOR ser una sociedad civil constituida conforme a las leyes "
        "mexicanas, con domicilio en Calle Zaragoza 214, Centro, Matehuala, San Luis Potosí, "
        "C.P. 78700, y que recluta trabajadores para la empresa estadounidense Okanogan Hills "
        "Fruit Company, LLC, con domicilio en 14 Orchard Loop, Brewster, Washington 98812, "
        "Estados Unidos, a quien en adelante se llamará EL PATRÓN.",
        size=10.5,
        after=4,
    )
    pdf.para(
        "II. Declara EL TRABAJADOR ser mayor de edad, con domicilio conocido en el Ejido La "
        "Maroma, municipio de Catorce, San Luis Potosí, y contar con experiencia en la cosecha "
        "de manzana.",
        size=10.5,
        after=8,
    )
    pdf.head("CLÁUSULAS", size=11, align="C", after=4)

    def cl(title, text):
        pdf.para(f"{title} {text}", size=10.5, after=5)

    cl(
        "PRIMERA. OBJETO.",
        "EL RECLUTADOR integrará el expediente de EL TRABAJADOR y lo presentará a EL PATRÓN para "
        "un empleo temporal con visa H-2A como cosechador de manzana: cortar la fruta con escalera "
        "y bolsa de cosecha, vaciarla en los bins y ayudar a mover las escaleras entre hileras, en "
        "las huertas de EL PATRÓN en el condado de Okanogan, Washington.",
    )
    cl(
        "SEGUNDA. TEMPORADA.",
        "La temporada será del 25 de agosto al 20 de noviembre de 2026. El horario será el que "
        "indique el mayordomo según el avance de la cosecha.",
    )
    cl(
        "TERCERA. SALARIO.",
        "EL PATRÓN pagará $19.82 dólares por hora o $32.00 dólares por bin lleno, lo que resulte "
        "mayor, y el pago será cada semana.",
    )
    cl(
        "CUARTA. REQUISITO.",
        "EL TRABAJADOR debe contar con al menos tres meses de experiencia en cosecha de manzana "
        "con escalera.",
    )
    cl(
        "QUINTA. APORTACIÓN POR GESTIÓN.",
        "EL TRABAJADOR cubrirá a EL RECLUTADOR la cantidad de ocho mil quinientos pesos 00/100 "
        "M.N. como aportación a los gastos de gestión y papelería de su contratación, en dos "
        "exhibiciones: la mitad a la firma del presente y el resto antes de la cita consular.",
    )
    cl(
        "SEXTA. GARANTÍA.",
        "Para garantizar que cumplirá la temporada completa, EL TRABAJADOR firmará a favor de EL "
        "RECLUTADOR un pagaré por la cantidad de $30,000.00 (treinta mil pesos 00/100 M.N.), que "
        "le será devuelto cuando regrese a México.",
    )

    pdf.add_page()
    cl(
        "SÉPTIMA. GASTOS DE VIAJE Y DOCUMENTOS.",
        "La cuota de la visa H-2A y el transporte de Matehuala a Brewster los paga EL PATRÓN, por "
        "lo que EL TRABAJADOR no pagará ni reembolsará nada por esos conceptos. El costo del "
        "pasaporte mexicano corre por cuenta de EL TRABAJADOR.",
    )
    cl(
        "OCTAVA. VIVIENDA Y ALIMENTOS.",
        "EL PATRÓN da vivienda gratuita en el campamento de la huerta, con cocina equipada que EL "
        "TRABAJADOR puede usar sin costo para preparar sus alimentos.",
    )
    cl(
        "NOVENA. REGRESO.",
        "Al terminar la temporada, EL PATRÓN paga el transporte de regreso a Matehuala.",
    )
    cl(
        "DÉCIMA. DOCUMENTOS PERSONALES.",
        "EL TRABAJADOR conservará en todo momento su pasaporte, su visa y su credencial para "
        "votar; nadie se los puede recoger.",
    )
    cl(
        "UNDÉCIMA. QUEJAS.",
        "EL TRABAJADOR puede presentar quejas ante el Consulado de México o ante el Departamento "
        "del Trabajo de los Estados Unidos sin que eso afecte su contratación en temporadas "
        "futuras.",
    )
    cl(
        "DUODÉCIMA. JURISDICCIÓN.",
        "Para la interpretación y cumplimiento de este convenio, las partes se someten a los "
        "tribunales de Matehuala, San Luis Potosí, renunciando a cualquier otro fuero.",
    )
    pdf.ln(4)
    pdf.para(
        "Leído que fue el presente convenio y enteradas las partes de su alcance, lo firman por "
        "duplicado en Matehuala, S.L.P., el 2 de junio de 2026.",
        size=10.5,
        after=6,
    )
    pdf.sig_lines(
        [
            "EL RECLUTADOR\nGestoría Laboral Altiplano Potosino, S.C.\nC. Rogelio Mendoza Ibarra",
            "EL TRABAJADOR\nC. Juan Gabriel Torres Rivas",
        ],
        size=9.5,
    )
    pdf.output(str(path))


# =====================================================================================
# ar05  H-2A job order summary (ES), gridded terms table + notices; compliant
# =====================================================================================
def build_ar05(path):
    pdf = Doc(
        family="Cond",
        footer_fn=simple_footer(
            lambda n: f"Tar River Leaf & Sweet Potato Farms, LLC  ·  Resumen H-2A 2026  ·  {n}/2"
        ),
    )
    pdf.add_page()
    pdf.band(
        "RESUMEN DE SU ORDEN DE TRABAJO H-2A — TEMPORADA 2026",
        "Tar River Leaf & Sweet Potato Farms, LLC  ·  Spring Hope, Carolina del Norte",
        fill=(120, 72, 30),
        title_size=13,
    )
    pdf.para(
        "Este resumen explica en español las condiciones de la orden de trabajo certificada por "
        "el Departamento del Trabajo de los Estados Unidos. Si algo de este resumen no coincide "
        "con la orden, vale lo que sea más favorable para usted.",
        size=9.5,
        after=8,
    )
    rows = [
        ("Concepto", "Detalle"),
        (
            "Patrón",
            "Tar River Leaf & Sweet Potato Farms, LLC, 2231 Bethel Church Road, Spring "
            "Hope, NC 27882. Tel. (252) 555-0193",
        ),
        (
            "Puesto y tareas",
            "Trabajador agrícola. Trasplantar tabaco, quitar la flor y los "
            "hijuelos (desahije), cosechar las hojas a mano y colgarlas en el "
            "granero; cosechar camote, seleccionarlo y llenar cajas.",
        ),
        (
            "Lugar de trabajo",
            "Campos de la granja en los condados de Nash y Franklin, Carolina del Norte",
        ),
        ("Periodo", "Del 11 de mayo al 6 de noviembre de 2026"),
        (
            "Horario",
            "40 horas por semana: de lunes a viernes, de 6:30 a.m. a 3:00 p.m., con "
            "media hora para comer. El sábado es voluntario.",
        ),
        ("Salario", "$16.46 por hora"),
        (
            "Cuota de producción",
            "En la cosecha de camote se espera un mínimo de 10 cubetas por "
            "hora después de la primera semana.",
        ),
        (
            "Aumentos",
            "Si durante el contrato sube el AEWR, el salario prevaleciente o el salario "
            "mínimo, se pagará la tarifa más alta desde la fecha en que entre en vigor.",
        ),
        ("Día de pago", "Cada viernes, por la semana anterior"),
        (
            "Talón de pago",
            "Con cada pago: horas ofrecidas y trabajadas, tarifa, total ganado, "
            "descuentos y pago neto",
        ),
        (
            "Descuentos",
            "Solo los impuestos que exija la ley y la pensión alimenticia ordenada por "
            "un juez. Ningún otro descuento sin autorización escrita del trabajador.",
        ),
        (
            "Garantía de 3/4",
            "Se garantiza trabajo para al menos tres cuartas partes de los días "
            "hábiles del contrato; si no, se paga la diferencia.",
        ),
        (
            "Vivienda",
            "Gratuita, en la casa de trabajadores de la granja (2231 Bethel Church "
            "Road). Luz, agua y gas incluidos, sin depósito.",
        ),
        (
            "Comidas",
            "Cocina con estufas, refrigeradores y trastes, sin costo, para que cada quien "
            "prepare su comida.",
        ),
    ]
    pdf.grid(rows, (26, 74), size=9)
    pdf.add_page()
    rows2 = [
        ("Concepto", "Detalle"),
        (
            "Viaje de ida",
            "Se reembolsa en el primer cheque el autobús desde el lugar de "
            "reclutamiento y la comida del camino.",
        ),
        ("Viaje de regreso", "Pagado por el patrón al terminar el contrato."),
        ("Transporte diario", "Gratis, de la casa a los campos y de regreso."),
        (
            "Herramientas y equipo",
            "Gratis y sin depósito: azadones, cuchillos para tabaco, "
            "guantes y ropa impermeable para el tabaco mojado.",
        ),
        (
            "Accidentes de trabajo",
            "Seguro de compensación al trabajador (workers' compensation) pagado por el patrón.",
        ),
        (
            "Requisitos",
            "No se requiere experiencia. Poder levantar 50 libras y trabajar agachado y al sol.",
        ),
        (
            "Abandono y despido",
            "Faltar 5 días hábiles seguidos sin permiso se considera abandono "
            "del trabajo. El despido por causa justificada hace perder la "
            "garantía de 3/4 y el pago del regreso.",
        ),
        (
            "Si el trabajo se vuelve imposible",
            "En caso de huracán, inundación, granizo, incendio u "
            "otra causa de fuerza mayor, el patrón puede "
            "terminar el contrato; pagará la garantía de 3/4 "
            "hasta ese día y el regreso.",
        ),
    ]
    pdf.grid(rows2, (26, 74), size=9)
    pdf.head("AVISOS IMPORTANTES", size=10.5, after=4)
    for t in (
        "• Usted no tiene que pagar nada a nadie para conseguir este trabajo: ni inscripción, ni "
        'trámite, ni "apartado". Si alguien le pidió dinero, díganos; el patrón se lo '
        "reembolsará y denunciará a esa persona.",
        "• El patrón paga una póliza de seguro médico para accidentes fuera del trabajo; a usted "
        "no se le descuenta nada por ella.",
        "• La visa y los gastos de cruce de frontera se le reembolsan en el primer cheque.",
        "• Su pasaporte es suyo: nadie de la granja lo va a guardar.",
    ):
        pdf.para(t, size=9.5, after=4, indent=6)
    pdf.ln(6)
    pdf.sig_lines(["Recibí copia de este resumen\nNombre y firma del trabajador", "Fecha"], gap=30)
    pdf.output(str(path))


# =====================================================================================
# ar06  H-2A pre-departure letter from the farm (EN), letterhead, 2 pages
# =====================================================================================
def build_ar06(path):
    pdf = Doc(family="Lib", footer_fn=simple_footer(lambda n: f"Page {n} of 2"))
    pdf.add_page()
    pdf.band(
        "SNAKE RIVER ONION COMPANY, LLC",
        "3140 Sand Hollow Road, Parma, Idaho 83660  ·  (208) 555-0136",
        fill=(150, 40, 40),
    )
    pdf.para("June 22, 2026", size=10.5, after=8)
    pdf.para(
        "To: Workers selected for the 2026 onion harvest\n"
        "c/o Reclutamiento Agrícola del Bajío, Celaya, Guanajuato, México",
        size=10.5,
        after=10,
    )
    pdf.para("Dear Worker,", size=10.5, after=6)
    for t in (
        "Congratulations on being selected for our 2026 onion harvest crew. This letter explains "
        "what to expect before you travel. Please read it carefully; our agent in Mexico, "
        "Reclutamiento Agrícola del Bajío, will go over it with you and schedule your consular "
        "appointment.",
        "You will work as a field and shed hand from August 17 to October 31, 2026, in our onion "
        "fields near Parma and Notus, Idaho, and at our packing shed on Sand Hollow Road. The work "
        "includes pulling and topping onions, filling burlap and mesh bags, feeding onions into "
        "the topping machine, stacking bags on pallets and loading trucks. Work days are usually "
        "10 hours long, Monday through Saturday, depending on the weather.",
        "The pay is $18.32 per hour, paid every other Friday.",
        "You will live at no charge in our camp on Sand Hollow Road. Every cabin has a kitchen "
        "where you can cook your own food, and the camp has free laundry machines. Fresh coffee "
        "is free in the shed break room every morning.",
        "The visa fee is repaid on your first paycheck. Please note that each worker is "
        "responsible for his own bus fare from his home town to the consulate in Monterrey and "
        "from Monterrey to Parma; these travel costs are not paid back by the company. If you "
        "finish the season, we pay your bus back to Monterrey. Every day a company bus takes the "
        "crew from the camp to the fields and back for free.",
    ):
        pdf.para(t, size=10.5, after=8)
    pdf.add_page()
    for t in (
        "Topping shears, gloves and safety glasses are provided free. Every new worker must take "
        "the forklift and machine-safety course given by our outside trainer during the first "
        "week, and pays the trainer the $85 course fee in cash on the first day of class.",
        "We expect everyone to respect the camp rules and their coworkers. We have had problems "
        "in past seasons with people stirring up trouble. Workers who call lawyers or outside "
        "groups to complain about the camp will be put on our no-rehire list, and their names "
        "will be sent to our agent in Mexico.",
        "We look forward to seeing you in August. Safe travels.",
    ):
        pdf.para(t, size=10.5, after=8)
    pdf.para(
        "Sincerely,\n\nDale Whitcomb\nFarm Manager, Snake River Onion Company, LLC",
        size=10.5,
        after=18,
    )
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(8)
    pdf.para(
        "ACKNOWLEDGEMENT — I have read this letter or had it read to me.",
        size=9.5,
        style="B",
        after=2,
    )
    pdf.sig_lines(["Worker name", "Signature", "Date"], gap=28)
    pdf.output(str(path))


# =====================================================================================
# ar07  H-2B job order (EN), numbered sections, header + footer, 3 pages; compliant
# =====================================================================================
def build_ar07(path):
    pdf = Doc(
        family="Sans",
        header_fn=rule_header(
            "H-2B JOB ORDER — ADDENDUM OF TERMS AND CONDITIONS",
            "Atchafalaya Basin Seafood Processors, Inc.",
        ),
        footer_fn=simple_footer(lambda n: f"Job order LA-H2B-26-0112   ·   Page {n} of 3"),
    )
    pdf.add_page()

    def sec(title, *paras):
        pdf.head(title, size=10, after=2)
        for t in paras:
            pdf.para(t, size=9.6, after=4)
        pdf.ln(2)

    sec(
        "1. EMPLOYER",
        "Atchafalaya Basin Seafood Processors, Inc., 1207 Bayou Benoit Levee Road, Henderson, "
        "Louisiana 70517. Telephone (337) 555-0129.",
    )
    sec(
        "2. JOB TITLE AND DUTIES",
        "Crawfish peeler / seafood processing worker. Sort live crawfish, load the boiling "
        "baskets, peel tails by hand, devein, weigh and pack tail meat in one-pound bags, and wash "
        "and sanitize tables and floors at the end of the shift. Some workers will help at the "
        "receiving dock, weighing the sacks brought in by local fishermen and writing down the "
        "price per pound paid to each fisherman.",
    )
    sec(
        "3. PLACE OF EMPLOYMENT",
        "The employer's processing plant at 1207 Bayou Benoit Levee Road, Henderson, St. Martin "
        "Parish, Louisiana.",
    )
    sec("4. PERIOD OF EMPLOYMENT", "February 9, 2026 through June 26, 2026.")
    sec(
        "5. HOURS OF WORK",
        "At least 35 hours per week. The normal shift is 6:00 a.m. to 2:30 p.m., Monday through "
        "Friday, with a 30-minute meal break; Saturday work from 6:00 a.m. to 11:00 a.m. may be "
        "offered when the catch is heavy.",
    )
    sec(
        "6. WAGES",
        "$14.18 per hour. Workers may also be paid $2.35 per pound of tail meat peeled; if piece "
        "earnings in a workweek are lower than the hourly wage for the hours worked, the employer "
        "pays the difference.",
        "If the Department of Labor issues a higher prevailing wage during the contract, or the "
        "federal, state or local minimum wage rises above the offered rate, the employer will pay "
        "the higher wage from its effective date.",
        "Overtime: hours worked over 40 in a workweek are paid at one and one-half times the "
        "regular rate of pay.",
    )
    sec(
        "7. PAY PERIOD AND EARNINGS STATEMENTS",
        "Workers are paid weekly, every Friday. Each payment comes with a written statement "
        "showing hours offered, hours worked, pounds peeled, rates of pay, gross earnings, each "
        "deduction and net pay.",
    )
    sec(
        "8. DEDUCTIONS",
        "Only deductions required by law are made: federal and Louisiana income tax, Social "
        "Security and Medicare. Any voluntary deduction requires the worker's written "
        "authorization and may never be for the employer's benefit.",
    )

    pdf.add_page()
    sec(
        "9. THREE-FOURTHS GUARANTEE",
        "For each 12-week period of the contract (or 6-week period in the final part of the "
        "contract), the employer guarantees to offer work for hours equal to at least "
        "three-fourths of the workdays in that period. If it offers fewer hours, it pays the "
        "worker what he or she would have earned for the guaranteed hours.",
    )
    sec(
        "10. TRANSPORTATION AND VISA COSTS",
        "The employer reimburses in the first workweek the reasonable cost of transportation and "
        "daily subsistence from the place of recruitment to Henderson, Louisiana, and also "
        "reimburses in the first workweek the visa fee, visa processing fee and border-crossing "
        "fees paid by the worker. A worker who completes the contract period, or who is dismissed "
        "early for reasons other than cause, will be provided or paid return transportation and "
        "daily subsistence to the place of recruitment.",
    )
    sec(
        "11. HOUSING",
        "The employer offers beds in its dormitory at 1215 Bayou Benoit Levee Road at no cost to "
        "the worker. Workers are free to live elsewhere if they prefer.",
    )
    sec(
        "12. TOOLS, SUPPLIES AND EQUIPMENT",
        "Peeling knives, gloves, aprons, hairnets and rubber boots are provided at no cost, and "
        "no deposit is taken for them.",
    )
    sec(
        "13. TRAINING",
        "A four-hour food-safety orientation is given on the first workday during paid hours. "
        "There is no cost to the worker.",
    )
    sec(
        "14. JOB REQUIREMENTS",
        "No experience is required. Workers must be able to stand for 8 hours in a cold, wet "
        "room and to lift 40-pound sacks of crawfish.",
    )
    sec(
        "15. ABANDONMENT AND TERMINATION",
        "A worker who does not report for work for five consecutive workdays without the "
        "employer's consent is considered to have abandoned the job; the employer will notify the "
        "Department of Labor and the Department of Homeland Security. A worker dismissed for cause "
        "or who abandons the job is not entitled to the three-fourths guarantee or to return "
        "transportation.",
    )
    sec(
        "16. CONTRACT IMPOSSIBILITY",
        "If fire, hurricane, flood or another event beyond the employer's control makes it "
        "impossible to continue the work, the employer may end the contract with the approval of "
        "the Certifying Officer. In that case it will pay the three-fourths guarantee up to the "
        "date of termination and the worker's return transportation, and will try to place the "
        "worker in other employment.",
    )

    pdf.add_page()
    sec(
        "17. NO FEES",
        "Neither the employer nor its recruiter in Mexico, Agencia de Colocación Río Papaloapan, "
        "S.C., may collect any recruitment fee or payment from workers. The employer pays the "
        "recruiter's fees and has forbidden it in writing from charging workers.",
    )
    sec(
        "18. OTHER ASSURANCES",
        "The employer does not hold workers' passports, visas or other identity documents. "
        "Workers may report violations to the Department of Labor without retaliation. Free "
        "coffee and cold water are available in the break room.",
    )
    sec(
        "19. SIGNATURES",
        "The employer certifies that these are the actual terms of employment. A copy is given to "
        "each worker in English and Spanish.",
    )
    pdf.sig_lines(
        [
            "For Atchafalaya Basin Seafood Processors, Inc.\nDate: December 1, 2025",
            "Worker\nName and date",
        ]
    )
    pdf.output(str(path))


# =====================================================================================
# ar08  H-2B offer letter, bilingual EN/ES numbered points, letterhead, 2 pages
# =====================================================================================
def build_ar08(path):
    pdf = Doc(
        family="Lib", footer_fn=simple_footer(lambda n: f"Prairie Stone Landscapes, LLC  —  {n}/2")
    )
    pdf.add_page()
    pdf.band(
        "PRAIRIE STONE LANDSCAPES, LLC",
        "4410 Denton Tap Road, Coppell, Texas 75019  ·  (972) 555-0164",
        fill=(70, 90, 40),
    )
    pdf.para("January 9, 2026", size=10, after=6)
    pdf.para("Mr. Heriberto Lozano Quiñones\nLinares, Nuevo León, México", size=10, after=8)
    pdf.head(
        "Re: Offer of temporary H-2B employment / Oferta de empleo temporal H-2B",
        size=10.5,
        after=8,
    )

    def pt(n, en, es):
        pdf.para(f"{n}. {en}", size=9.8, after=2)
        pdf.para(es, size=9.4, style="I", color=(60, 60, 60), after=7, indent=12)

    pt(
        1,
        "You are offered the position of landscape laborer. Duties: mow, edge and trim lawns, "
        "plant trees and shrubs, lay sod, spread mulch and pine straw, pull weeds, and clean up "
        "debris with hand-held blowers.",
        "Se le ofrece el puesto de trabajador de jardinería. Tareas: cortar, orillar y recortar el "
        "pasto, plantar árboles y arbustos, colocar tapetes de pasto, esparcir mantillo y paja de "
        "pino, arrancar hierba y limpiar la basura con sopladoras de mano.",
    )
    pt(
        2,
        "Work sites are our customers' properties in Dallas, Collin and Denton Counties, Texas; "
        "the crew meets every morning at our yard at 4410 Denton Tap Road. Employment runs from "
        "March 16, 2026 to November 27, 2026.",
        "Los lugares de trabajo son las propiedades de nuestros clientes en los condados de "
        "Dallas, Collin y Denton, Texas; la cuadrilla se reúne cada mañana en nuestro patio de "
        "4410 Denton Tap Road. El empleo es del 16 de marzo de 2026 al 27 de noviembre de 2026.",
    )
    pt(
        3,
        "The schedule is 40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. The "
        "wage is $17.48 per hour. Hours over 40 in a week are paid at $26.22 per hour. Pay day "
        "is every other Friday.",
        "El horario es de 40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m. El "
        "salario es de $17.48 por hora. Las horas que pasen de 40 en una semana se pagan a $26.22 "
        "por hora. El día de pago es un viernes sí y otro no.",
    )
    pt(
        4,
        "To encourage workers to stay for the whole season, the Company will hold back $1.50 "
        "from every hour worked and pay the total held back only to workers who finish the "
        "season.",
        "Para animar a los trabajadores a quedarse toda la temporada, la Compañía retendrá $1.50 "
        "de cada hora trabajada y pagará el total retenido solamente a los trabajadores que "
        "terminen la temporada.",
    )
    pt(
        5,
        "Deductions from pay: federal income tax, Social Security and Medicare as the law "
        "requires, and the hold-back in point 4. No other deductions will be made.",
        "Descuentos del pago: impuesto federal sobre la renta, Seguro Social y Medicare según lo "
        "exige la ley, y la retención del punto 4. No se hará ningún otro descuento.",
    )
    pt(
        6,
        "The Company guarantees work for at least three-fourths of the workdays in each 12-week "
        "period of the contract; if it offers less, it pays the difference.",
        "La Compañía garantiza trabajo por lo menos durante tres cuartas partes de los días "
        "hábiles de cada periodo de 12 semanas del contrato; si ofrece menos, paga la diferencia.",
    )

    pdf.add_page()
    pt(
        7,
        "The Company reimburses in the first workweek the bus fare from Linares to Coppell, "
        "meals on the road, the visa fee and the border-crossing fee. If you complete the "
        "season, or if we end your job early for a reason other than cause, the Company pays "
        "your bus back to Linares.",
        "La Compañía reembolsa en la primera semana de trabajo el pasaje de autobús de Linares a "
        "Coppell, las comidas del camino, la cuota de la visa y la cuota de cruce de frontera. Si "
        "usted termina la temporada, o si terminamos su empleo antes por una razón que no sea "
        "causa justificada, la Compañía le paga el autobús de regreso a Linares.",
    )
    pt(
        8,
        "Mowers, string trimmers, blowers, hand tools, gloves, safety glasses and ear protection "
        "are provided free of charge.",
        "Las podadoras, desbrozadoras, sopladoras, herramientas de mano, guantes, lentes de "
        "seguridad y protección para los oídos se proporcionan gratis.",
    )
    pt(
        9,
        "Requirements: three months of experience in landscaping or farm work. You do not need "
        "a driver's license.",
        "Requisitos: tres meses de experiencia en jardinería o trabajo de campo. No necesita "
        "licencia de manejo.",
    )
    pt(
        10,
        "A worker who misses five consecutive workdays without notice will be considered to "
        "have abandoned the job. A worker who resigns before November 27, 2026 will pay the "
        "Company a contract-breach charge of $500, which may be taken from his last paycheck.",
        "El trabajador que falte cinco días hábiles seguidos sin avisar será considerado como que "
        "abandonó el empleo. El trabajador que renuncie antes del 27 de noviembre de 2026 pagará a "
        "la Compañía un cargo por incumplimiento de contrato de $500, que podrá descontarse de su "
        "último cheque.",
    )
    pt(
        11,
        "The Company does not charge any recruitment fee, and nobody acting for us may ask you "
        "for money.",
        "La Compañía no cobra ninguna cuota de reclutamiento y nadie que actúe por nosotros puede "
        "pedirle dinero.",
    )
    pdf.ln(4)
    pdf.para("Sincerely / Atentamente,\n\nMarcus Delaney, Operations Manager", size=10, after=6)
    pdf.sig_lines(["Accepted / Aceptado\nHeriberto Lozano Quiñones", "Date / Fecha"], gap=30)
    pdf.output(str(path))


# =====================================================================================
# ar09  H-2B recruiter letter (ES) with cost table; page 2 is a scanned image
# =====================================================================================
AR09_PAGE2 = [
    ("HOJA 2 — CONDICIONES DEL PROGRAMA H-2B 2026-2027", "title"),
    ("Agencia de Empleos Olancho Norte, S. de R.L. — Juticalpa, Olancho", "sub"),
    ("", "gap"),
    (
        "1. Trabajo: plantar arbolitos de pino con barra plantadora, cargando una bolsa con 600 a "
        "800 plantas, en terreno quebrado.",
        "item",
    ),
    ("2. Horario: de 7:00 a.m. a 4:00 p.m., de lunes a sábado, según el clima.", "item"),
    (
        "3. Pago: $16.42 por hora, cada semana. Las horas extra después de 40 a la semana se pagan "
        "a tiempo y medio.",
        "item",
    ),
    (
        "4. Descuentos: los impuestos de ley y los abonos del préstamo del punto 5, si lo hubiera.",
        "item",
    ),
    (
        "5. Préstamo: Si usted no tiene para sus gastos, la agencia le presta hasta L 25,000.00, que "
        "la empresa le descontará de su cheque cada semana junto con un interés del 5% mensual "
        "hasta terminar de pagar.",
        "item",
    ),
    ("6. Vivienda: cuartos de motel compartidos, pagados por la empresa.", "item"),
    (
        "7. Herramientas: la barra plantadora, la bolsa y el casco los da la empresa sin costo.",
        "item",
    ),
    (
        "8. Requisito: buena condición física para caminar todo el día en el monte; no se necesita "
        "experiencia.",
        "item",
    ),
    ("9. Su pasaporte lo guarda usted; la agencia no se queda con documentos de nadie.", "item"),
    ("", "gap"),
    ("", "gap"),
    ("Firma del trabajador: ______________________     Fecha: ______________", "item"),
    ("", "gap"),
    ("Huella digital:", "item"),
]


def render_scan(lines, seed):
    """Render text onto a white 150-dpi letter image, slightly rotated and noisy."""
    w, h = 1275, 1650
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(str(DEJAVU / "DejaVuSerif-Bold.ttf"), 30)
    f_sub = ImageFont.truetype(str(DEJAVU / "DejaVuSerif.ttf"), 22)
    f_body = ImageFont.truetype(str(DEJAVU / "DejaVuSerif.ttf"), 25)
    x0, y = 120, 140
    maxw = w - 2 * x0
    for text, kind in lines:
        if kind == "gap":
            y += 34
            continue
        font = {"title": f_title, "sub": f_sub}.get(kind, f_body)
        words = text.split()
        line = ""
        out = []
        for word in words:
            trial = (line + " " + word).strip()
            if draw.textlength(trial, font=font) <= maxw - (40 if kind == "item" else 0):
                line = trial
            else:
                out.append(line)
                line = word
        if line:
            out.append(line)
        for i, ln in enumerate(out):
            indent = 40 if (kind == "item" and i > 0) else 0
            draw.text((x0 + indent, y), ln, fill=25, font=font)
            y += int(font.size * 1.45)
        y += 14
    # fingerprint box
    draw.rectangle((x0 + 230, y - 60, x0 + 400, y + 120), outline=60, width=3)
    img = img.rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor=250)
    rng = random.Random(seed)
    px = img.load()
    for _ in range(9000):
        xx, yy = rng.randrange(w), rng.randrange(h)
        px[xx, yy] = rng.choice((120, 160, 200, 60))
    # darker scanner edge and a faint fold line
    d2 = ImageDraw.Draw(img)
    d2.rectangle((0, 0, 14, h), fill=200)
    d2.line((0, h // 2 + 40, w, h // 2 + 52), fill=228, width=3)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img


def build_ar09(path):
    pdf = Doc(
        family="Sans",
        footer_fn=simple_footer(
            lambda n: "Agencia de Empleos Olancho Norte, S. de R.L.  ·  Hoja 1 de 2"
        ),
    )
    pdf.add_page()
    pdf.band(
        "AGENCIA DE EMPLEOS OLANCHO NORTE, S. DE R.L.",
        "Barrio El Centro, 3.ª calle, Juticalpa, Olancho, Honduras  ·  Tel. +504 2785-0417",
        fill=(20, 60, 130),
        title_size=13,
    )
    pdf.para("Juticalpa, 14 de octubre de 2026", size=10, align="R", after=8)
    pdf.para(
        "Señor\nWilmer Antonio Zelaya Ordóñez\nAldea Las Lomas, Catacamas, Olancho",
        size=10,
        after=10,
    )
    for t in (
        "Estimado señor Zelaya:",
        "Nos complace informarle que usted fue seleccionado para el programa de visas de trabajo "
        "temporal H-2B con la empresa Southern Pine Reforestation Services, Inc., 1880 Industrial "
        "Park Drive, Monticello, Arkansas 71655, Estados Unidos. Usted trabajará como plantador de "
        "pinos en terrenos forestales de los clientes de la empresa en los estados de Arkansas, "
        "Luisiana y Misisipi, del 1 de diciembre de 2026 al 30 de abril de 2027, con un salario de "
        "$16.42 dólares por hora, pagado cada semana.",
        "Su cita en la Embajada de los Estados Unidos en Tegucigalpa será el 3 de noviembre de "
        "2026. Preséntese en nuestra oficina el día anterior con su pasaporte vigente, dos "
        "fotografías y esta carta firmada.",
        "A continuación le detallamos los costos de su proceso y quién los cubre:",
    ):
        pdf.para(t, size=10, after=6)
    rows = [
        ("Concepto", "Monto", "Quién paga"),
        ("Honorarios de la agencia", "—", "La empresa empleadora"),
        ("Cuota de visa H-2B (MRV)", "US$ 205.00", "El trabajador, no reembolsable"),
        ("Transporte Juticalpa – Tegucigalpa – EE. UU.", "—", "La empresa (reembolso 1.ª semana)"),
        ("Hospedaje en Tegucigalpa para la cita", "—", "La agencia"),
        ("Seguro médico de viaje", "L 3,200.00", "El trabajador"),
        ("Orientación previa al viaje", "—", "Sin costo"),
    ]
    pdf.grid(rows, (44, 16, 40), size=9)
    for t in (
        "Le recordamos que los pagos a cargo del trabajador se hacen en efectivo en nuestra "
        "oficina antes de la cita. Las demás condiciones del programa están en la hoja 2, que debe "
        "firmar y traer el día de la cita.",
        "Atentamente,",
    ):
        pdf.para(t, size=10, after=6)
    pdf.para("Lic. Marco Tulio Barahona\nGerente General", size=10, style="B", after=4)

    # page 2: scanned image only, no text layer
    pdf.add_page()
    pdf.image_only_pages.add(pdf.page)
    img = render_scan(AR09_PAGE2, seed=909)
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))


# =====================================================================================
# ar10  Nepal -> Malaysia employment contract (EN), A4, parties table + numbered clauses
# =====================================================================================
def build_ar10(path):
    pdf = Doc(
        fmt="A4",
        family="LibSerif",
        footer_fn=simple_footer(lambda n: f"Worker's initials: ________      Page {n} of 2"),
    )
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 14)
    pdf.cell(pdf.epw, 18, "EMPLOYMENT CONTRACT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LibSerif", "", 9.5)
    pdf.cell(
        pdf.epw,
        13,
        "(Foreign worker — manufacturing sector, Malaysia)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    rows = [
        ("Party", "Details"),
        (
            "Employer",
            "Klang Precision Plastics Sdn. Bhd., Lot 27, Jalan Sungai Puloh, 42100 Klang, "
            "Selangor, Malaysia",
        ),
        (
            "Worker",
            "Mr. Bishnu Prasad Adhikari, Waling Municipality-4, Syangja District, Nepal; "
            "Passport No. PA0481736",
        ),
        (
            "Recruiting agency (Nepal)",
            "Himal Sagar Overseas Pvt. Ltd., Kathmandu, Licence No. 1187/072/73",
        ),
    ]
    pdf.grid(rows, (26, 74), size=9, fill=(230, 230, 230), family="LibSerif")
    pdf.para("The Employer and the Worker agree as follows:", size=10.5, after=6)

    def cl(n, title, text):
        pdf.para(f"{n}. {title}. {text}", size=10.3, after=6)

    cl(
        1,
        "Position",
        "The Worker is employed as a Production Operator. He will operate injection "
        "moulding machines, trim and inspect moulded parts, and pack finished goods "
        "into cartons.",
    )
    cl(
        2,
        "Place of work",
        "The Employer's factory at Lot 27, Jalan Sungai Puloh, 42100 Klang, Selangor.",
    )
    cl(3, "Duration", "This contract runs from 1 March 2026 to 28 February 2028.")
    cl(
        4,
        "Working hours",
        "Eight (8) hours per day, six (6) days per week, with one rest day. "
        "Overtime is voluntary and is paid at 1.5 times the hourly rate, as "
        "provided by the Employment Act 1955.",
    )
    cl(
        5,
        "Salary",
        "The basic salary is RM 1,700 (one thousand seven hundred ringgit) per month, "
        "paid monthly into the Worker's bank account not later than the 7th day of "
        "the following month, with a payslip.",
    )
    cl(
        6,
        "Deductions",
        "Only the following deductions shall be made from the Worker's salary: "
        "the Worker's statutory EPF contribution of 2% as required by law, the "
        "meal charge in clause 7 and the air ticket instalments in clause 8.",
    )
    cl(
        7,
        "Meals",
        "The Employer operates a canteen at the factory. A meal charge of RM 200 per "
        "month will be deducted from the Worker's salary for lunch and dinner on "
        "working days.",
    )
    cl(
        8,
        "Air ticket",
        "The air ticket from Kathmandu to Kuala Lumpur, costing RM 1,350, is "
        "advanced by the Employer and shall be recovered from the Worker's salary "
        "in nine equal monthly instalments of RM 150.",
    )
    pdf.add_page()
    cl(
        9,
        "Passport",
        "For safekeeping, the Worker's passport shall be kept by the Employer's "
        "Human Resources department during the period of employment and returned "
        "upon completion of the contract.",
    )
    cl(
        10,
        "Accommodation",
        "The Employer provides hostel accommodation that meets the minimum "
        "standards of housing for workers, free of charge, including water and "
        "electricity.",
    )
    cl(
        11,
        "Levy, permit, medical and insurance",
        "The foreign worker levy, the temporary "
        "employment pass, the FOMEMA medical examination, the SOCSO employment injury "
        "contribution and the hospitalisation insurance are paid by the Employer and are not "
        "deducted from the Worker's salary.",
    )
    cl(
        12,
        "Recruitment costs",
        "The Worker has not paid and shall not pay any recruitment fee or "
        "service charge to the Employer, the recruiting agency or their agents.",
    )
    cl(
        13,
        "Leave",
        "The Worker is entitled to paid public holidays, 8 days of paid annual leave "
        "and 14 days of paid sick leave per year.",
    )
    cl(
        14,
        "Termination",
        "Either party may end this contract by giving one month's written "
        "notice or one month's salary in lieu of notice. The Employer may dismiss the Worker "
        "without notice for serious misconduct after due inquiry.",
    )
    cl(
        15,
        "Repatriation",
        "On completion or termination of this contract, the Employer shall "
        "provide the Worker with a return air ticket to Kathmandu.",
    )
    cl(
        16,
        "Governing law",
        "This contract is governed by the laws of Malaysia. A copy in Nepali "
        "has been given to the Worker.",
    )
    pdf.ln(4)
    pdf.sig_lines(
        [
            "For the Employer\nKlang Precision Plastics Sdn. Bhd.",
            "The Worker\nBishnu Prasad Adhikari",
            "Witness (agency)\nHimal Sagar Overseas Pvt. Ltd.",
        ],
        size=8.8,
    )
    pdf.output(str(path))


# =====================================================================================
# ar11  Honduras -> Spain seasonal offer letter (ES), A4, bulleted terms; compliant
# =====================================================================================
def build_ar11(path):
    pdf = Doc(fmt="A4", family="Serif", margins=(60, 50, 60), bottom=50)
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(150, 20, 40)
    pdf.cell(pdf.epw, 16, "FRUTAS DEL CONDADO AGRÍCOLA, S.L.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(
        pdf.epw,
        11,
        "CIF B21887654  ·  Carretera A-494, km 8  ·  21800 Moguer (Huelva)  ·  "
        "España  ·  Tel. 959 55 01 77",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(150, 20, 40)
    pdf.line(pdf.l_margin, pdf.get_y() + 3, pdf.w - pdf.r_margin, pdf.get_y() + 3)
    pdf.ln(14)
    pdf.para("Moguer, 10 de noviembre de 2025", size=9.5, align="R", after=6)
    pdf.para(
        "Sra. Dilcia Marisol Ortez Banegas\nAldea El Jicarito, San Marcos de Colón\n"
        "Choluteca, Honduras",
        size=9.5,
        after=8,
    )
    pdf.head(
        "Asunto: Oferta de empleo de temporada — campaña de frutos rojos 2026", size=10, after=6
    )
    pdf.para("Estimada señora Ortez:", size=9.5, after=4)
    pdf.para(
        "Tras la entrevista realizada en Choluteca, nos complace ofrecerle un contrato de trabajo "
        "de temporada como recolectora de frutos rojos en nuestras fincas de Moguer y Lucena del "
        "Puerto (Huelva), en las condiciones siguientes:",
        size=9.5,
        after=5,
    )
    for t in (
        "Tareas: recolección de fresa, frambuesa y arándano, selección y envasado de la fruta en "
        "el campo, y limpieza de los invernaderos.",
        "Duración: del 2 de febrero al 12 de junio de 2026.",
        "Jornada: 39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, según el convenio "
        "colectivo del campo de Huelva.",
        "Salario: 61,20 euros brutos por día trabajado, que incluyen la parte proporcional de "
        "pagas extraordinarias y vacaciones.",
        "Pago: mensual, por transferencia bancaria, con nómina detallada.",
        "Descuentos: únicamente la cotización de la trabajadora a la Seguridad Social y la "
        "retención del IRPF que fije la ley.",
        "Alojamiento: gratuito, en las casas de la finca, con cocina, agua, luz y gas incluidos.",
        "Viajes: la empresa paga el billete de avión de ida San Pedro Sula – Madrid, el autobús "
        "hasta Moguer y el billete de regreso a Honduras al terminar la campaña.",
        "Visado: las tasas del visado y de la tarjeta de identidad de extranjero (TIE) las paga la "
        "empresa.",
        "Seguro: usted quedará dada de alta en la Seguridad Social española desde el primer día, "
        "y la empresa tiene contratado un seguro de accidentes sin coste para usted.",
        "Equipo: guantes, tijeras, botas y ropa de agua se entregan gratis.",
    ):
        pdf.para("•  " + t, size=9.3, after=3, indent=10)
    pdf.ln(3)
    pdf.para(
        "Le recordamos que la empresa no cobra ninguna cuota, comisión ni gasto de selección, y "
        "que ninguna persona está autorizada a pedirle dinero en nuestro nombre. Si alguien lo "
        "hace, comuníquelo de inmediato a nuestra oficina.",
        size=9.5,
        after=5,
    )
    pdf.para(
        "Para aceptar la oferta, firme esta carta y entréguela a nuestra representante al final "
        "de la entrevista de confirmación.",
        size=9.5,
        after=6,
    )
    pdf.para("Atentamente,", size=9.5, after=2)
    pdf.sig_lines(
        [
            "Rocío Vázquez Mora\nResponsable de Personal",
            "Acepto la oferta:\nDilcia Marisol Ortez Banegas",
        ],
        gap=28,
    )
    pdf.output(str(path))


# =====================================================================================
# ar12  WhatsApp chat between a recruiter and a worker (ES), tall narrow page
# =====================================================================================
AR12_CHAT = [
    (
        "R",
        "Buenas tardes. Le saluda Oportunidades Norte GT. Tenemos plazas para trabajar en "
        "invernadero de tomate en Leamington, Ontario, Canadá.",
        "15:02",
    ),
    (
        "R",
        "El trabajo es cosechar tomate, deshojar y guiar las plantas. Contrato del 1 de marzo "
        "al 30 de octubre de 2027.",
        "15:02",
    ),
    ("W", "Buenas tardes, sí me interesa. ¿Cuánto pagan?", "15:10"),
    (
        "R",
        "17.60 dólares canadienses por hora, unas 50 horas a la semana. El pago es cada dos "
        "semanas.",
        "15:12",
    ),
    ("W", "¿Y hay que pagar algo?", "15:13"),
    (
        "R",
        "Para apartar su lugar en el grupo se deposita una cooperación de Q2,500 a la cuenta de "
        "la agencia, a más tardar el viernes.",
        "15:15",
    ),
    (
        "R",
        "Los exámenes médicos corren por su cuenta, salen como en Q1,100 en la clínica con la "
        "que trabajamos.",
        "15:15",
    ),
    ("W", "¿Y el boleto de avión?", "15:20"),
    ("R", "El boleto de ida y el de regreso los paga el patrón, no se preocupe.", "15:21"),
    ("W", "¿Dónde se vive allá?", "15:22"),
    (
        "R",
        "El patrón da casa cerca del invernadero, la renta es de 75 dólares canadienses por "
        "semana.",
        "15:24",
    ),
    ("W", "¿Y el permiso de trabajo quién lo paga?", "15:25"),
    ("R", "Ese lo paga la empresa en Canadá, a usted no se le cobra.", "15:25"),
    ("W", "Está bien. ¿Me manda el contrato para leerlo?", "15:31"),
    (
        "R",
        "Cuando haga el depósito le mandamos el contrato. Si no deposita a tiempo, su lugar se "
        "le da a otra persona.",
        "15:33",
    ),
]


def build_ar12(path):
    width, height = 360, 970
    pdf = Doc(fmt=(width, height), family="Sans", margins=(0, 0, 0), bottom=0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, width, height, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, width, 58, style="F")
    pdf.set_fill_color(200, 200, 200)
    pdf.ellipse(14, 12, 34, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(58, 14)
    pdf.cell(250, 15, "Oportunidades Norte GT")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(58, 31)
    pdf.cell(250, 11, "en línea")
    pdf.set_text_color(0, 0, 0)
    # date chip
    y = 72
    pdf.set_font("Sans", "", 7.5)
    pdf.set_fill_color(225, 242, 251)
    chip = "14 de noviembre de 2026"
    cw = pdf.get_string_width(chip) + 16
    pdf.set_xy((width - cw) / 2, y)
    pdf.cell(cw, 14, chip, align="C", fill=True)
    y += 26
    bw = 236
    size = 9.2
    lh = 12.2
    for who, text, time in AR12_CHAT:
        pdf.set_font("Sans", "", size)
        lines = pdf.multi_cell(bw - 16, lh, text, dry_run=True, output=MethodReturnValue.LINES)
        bh = len(lines) * lh + 10
        x = 10 if who == "R" else width - 10 - bw
        if who == "R":
            pdf.set_fill_color(255, 255, 255)
        else:
            pdf.set_fill_color(220, 248, 198)
        pdf.rect(x, y, bw, bh + 12, style="F", round_corners=True, corner_radius=6)
        pdf.set_xy(x + 8, y + 5)
        pdf.multi_cell(bw - 16, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + bw - 40, y + bh + 1)
        pdf.cell(32, 9, time, align="R")
        pdf.set_text_color(0, 0, 0)
        y += bh + 12 + 8
    if y > height - 10:
        raise SystemExit(f"ar12: chat overflows the page (y={y})")
    pdf.output(str(path))


BUILDERS = {
    "ar01.pdf": build_ar01,
    "ar02.pdf": build_ar02,
    "ar03.pdf": build_ar03,
    "ar04.pdf": build_ar04,
    "ar05.pdf": build_ar05,
    "ar06.pdf": build_ar06,
    "ar07.pdf": build_ar07,
    "ar08.pdf": build_ar08,
    "ar09.pdf": build_ar09,
    "ar10.pdf": build_ar10,
    "ar11.pdf": build_ar11,
    "ar12.pdf": build_ar12,
}

# taxonomy.md: required terms per program and default severities
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
ALWAYS_REVIEW = {"damage_chargeback", "meal_charge"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def check_labels(labels) -> list[str]:
    problems = []
    files = [lab["file"] for lab in labels]
    if files != list(BUILDERS):
        problems.append(f"labels.json files {files} do not match the builders")
    if sum(1 for lab in labels if lab["scanned"]) != 1:
        problems.append("exactly one document must contain a scanned page")
    for lab in labels:
        prog = lab["program"]
        extra = set(lab["missing_terms"]) - REQUIRED[prog]
        if extra:
            problems.append(f"{lab['file']}: missing_terms not required for {prog}: {extra}")
        for fee in lab["fees"]:
            cat, sev = fee["category"], fee["severity"]
            if cat not in CATEGORIES:
                problems.append(f"{lab['file']}: unknown category {cat}")
            if cat in ALWAYS_REVIEW and sev != "review":
                problems.append(f"{lab['file']}: {cat} must be review")
            if cat == "housing_charge":
                want = "violation" if prog == "h2a" else "review"
                if sev != want:
                    problems.append(f"{lab['file']}: housing_charge under {prog} must be {want}")
            if sev not in ("violation", "review"):
                problems.append(f"{lab['file']}: bad severity {sev}")
    return problems


def verify(out_dir: Path, labels) -> list[str]:
    problems = check_labels(labels)
    for lab in labels:
        path = out_dir / lab["file"]
        scanned = SCANNED_PAGES.get(lab["file"], set())
        if bool(scanned) != bool(lab["scanned"]):
            problems.append(f"{lab['file']}: scanned flag disagrees with the build")
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                problems.append(
                    f"{lab['file']}: has {len(pdf.pages)} pages, label says {lab['pages']}"
                )
                continue
            texts = [norm(pg.extract_text() or "") for pg in pdf.pages]
            images = [len(pg.images) for pg in pdf.pages]
        for pg in scanned:
            if texts[pg - 1]:
                problems.append(f"{lab['file']}: scanned page {pg} has a text layer")
            if not images[pg - 1]:
                problems.append(f"{lab['file']}: scanned page {pg} has no image")
        for fee in lab["fees"]:
            if fee["page"] in scanned:
                continue
            if not 1 <= fee["page"] <= len(texts):
                problems.append(f"{lab['file']}: bad page {fee['page']}")
                continue
            if norm(fee["quote"]) not in texts[fee["page"] - 1]:
                problems.append(f"{lab['file']} p{fee['page']}: quote not found: {fee['quote']!r}")
    return problems


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS.items():
        fn(out_dir / name)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = verify(out_dir, labels)
    if problems:
        print("VERIFY FAILED:", file=sys.stderr)
        for p in problems:
            print("  - " + p, file=sys.stderr)
        raise SystemExit(1)
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print(f"wrote {len(BUILDERS)} PDFs to {out_dir}; {n_fees} labelled fee quotes verified")


if __name__ == "__main__":
    main(sys.argv)
