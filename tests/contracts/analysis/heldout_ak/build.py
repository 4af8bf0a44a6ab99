"""Build the held-out batch "ak": 12 labelled contract PDFs (mostly H-2A).

Usage:  .venv/bin/python tests/contracts/analysis/heldout_ak/build.py OUT_DIR

Deterministic: no randomness, no clock. After writing ak01.pdf ... ak12.pdf the script
re-opens every file with pdfplumber and checks page counts, the scanned page and that each
labelled fee quote (from labels.json next to this file) is present on its labelled page.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 20, 9, 0, 0, tzinfo=UTC)

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
]


def font_path(*names: str) -> Path:
    for name in names:
        for d in FONT_DIRS:
            p = d / name
            if p.exists():
                return p
    raise SystemExit(f"font not found: {names}")


FONTS = {
    # family: (regular, bold, italic)
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
LIBERATION = {
    "lsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "lserif": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
    ),
    "narrow": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
    ),
}
FALLBACK = {"lsans": "sans", "lserif": "serif", "narrow": "cond"}


# --------------------------------------------------------------------------- helpers


class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        base="sans",
        margins=(20, 18, 20),
        header_fn=None,
        footer_fn=None,
        bottom=18,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("PDF writer")
        self._families = set()
        self.base = base
        self.hdr = header_fn
        self.ftr = footer_fn
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_font(base, "", 10)

    def load_family(self, fam):
        """Register the three styles of a font family on first use."""
        if fam in self._families:
            return
        if fam in FONTS:
            paths = [font_path(f) for f in FONTS[fam]]
        else:
            try:
                paths = [font_path(f) for f in LIBERATION[fam]]
            except SystemExit:
                paths = [font_path(f) for f in FONTS[FALLBACK[fam]]]
        for style, p in zip(("", "B", "I"), paths):
            self.add_font(fam, style, str(p))
        self._families.add(fam)

    def set_font(self, family=None, style="", size=0):
        if family and family.lower() in {*FONTS, *LIBERATION}:
            self.load_family(family.lower())
        super().set_font(family, style, size)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def para(
    d,
    text,
    size=10,
    style="",
    fam=None,
    lh=None,
    align="L",
    after=1.6,
    indent=0,
    md=False,
    color=(0, 0, 0),
    w=0,
):
    d.set_font(fam or d.base, style, size)
    d.set_text_color(*color)
    d.set_x(d.l_margin + indent)
    d.multi_cell(
        w or (d.epw - indent),
        lh or size * 0.46,
        text,
        align=align,
        markdown=md,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    if after:
        d.ln(after)


def band(
    d,
    text,
    size=11,
    fill=(40, 40, 40),
    color=(255, 255, 255),
    h=7,
    style="B",
    fam=None,
    align="L",
    after=2,
):
    d.set_font(fam or d.base, style, size)
    d.set_fill_color(*fill)
    d.set_text_color(*color)
    d.set_x(d.l_margin)
    d.cell(
        d.epw,
        h,
        "  " + text if align == "L" else text,
        fill=True,
        align=align,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.ln(after)


def grid(
    d,
    rows,
    widths,
    size=9,
    head=True,
    fam=None,
    lh=None,
    borders="ALL",
    head_fill=(215, 215, 215),
    bold_first=False,
    width=None,
    after=2.5,
    pad=1.2,
    first_fill=None,
    align="LEFT",
):
    d.set_font(fam or d.base, "", size)
    d.set_fill_color(255, 255, 255)
    with d.table(
        col_widths=widths,
        width=width or d.epw,
        line_height=lh or size * 0.48,
        text_align=align,
        borders_layout=borders,
        first_row_as_headings=head,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        padding=pad,
        v_align="TOP",
        align="LEFT",
    ) as t:
        for r in rows:
            row = t.row()
            for i, c in enumerate(r):
                if bold_first and i == 0:
                    row.cell(c, style=FontFace(emphasis="BOLD", fill_color=first_fill))
                else:
                    row.cell(c)
    d.ln(after)


def pair(d, left, right, size=9, gutter=7, lh=None, style="", after=2.2, fam=None, rule=False):
    """Two aligned columns (bilingual)."""
    d.set_font(fam or d.base, style, size)
    lh = lh or size * 0.46
    colw = (d.epw - gutter) / 2
    hl = d.multi_cell(colw, lh, left, dry_run=True, output="HEIGHT", align="L")
    hr = d.multi_cell(colw, lh, right, dry_run=True, output="HEIGHT", align="L")
    y = d.get_y()
    d.set_xy(d.l_margin, y)
    d.multi_cell(colw, lh, left, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_xy(d.l_margin + colw + gutter, y)
    d.set_text_color(60, 60, 110)
    d.multi_cell(colw, lh, right, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_text_color(0, 0, 0)
    if rule:
        d.set_draw_color(190, 190, 190)
        d.line(d.l_margin + colw + gutter / 2, y, d.l_margin + colw + gutter / 2, y + max(hl, hr))
        d.set_draw_color(0, 0, 0)
    d.set_y(y + max(hl, hr) + after)


def check_page(d, n, name):
    if d.page != n:
        raise SystemExit(f"{name}: layout overflow, expected page {n}, now on {d.page}")


def sig_table(d, cols, size=8.5, h=16, labels_below=True):
    d.set_font(d.base, "", size)
    w = d.epw / len(cols)
    y = d.get_y()
    for i, c in enumerate(cols):
        x = d.l_margin + i * w
        d.rect(x, y, w, h)
        d.set_xy(x + 1.5, y + h - 5)
        d.cell(w - 3, 4, c)
    d.set_y(y + h + 2)


# --------------------------------------------------------------------------- ak01
# H-2A job order, Georgia, English, 3 pages, compliant (traps only)


def ak01():
    def hdr(d):
        d.set_fill_color(225, 225, 225)
        d.rect(0, 0, d.w, 17, style="F")
        d.set_xy(14, 4)
        d.set_font("cond", "B", 11)
        d.cell(
            0,
            5,
            "H-2A AGRICULTURAL CLEARANCE ORDER  |  ATTACHMENT A: MATERIAL TERMS",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_x(14)
        d.set_font("cond", "", 8)
        d.cell(
            0,
            4,
            "Job Order GA 10482337  ·  Georgia Department of Labor, Agricultural "
            "Services  ·  Season 2026",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_y(22)

    def ftr(d):
        d.set_y(-12)
        d.set_font("cond", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            4,
            f"Altamaha Ridge Produce, LLC  ·  Job Order GA 10482337  ·  Page {d.page} of 3",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(base="cond", margins=(14, 22, 14), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    grid(
        d,
        [
            ["Employer", "Altamaha Ridge Produce, LLC"],
            ["Address", "4180 Old Reidsville Highway, Glennville, GA 30427"],
            ["Telephone / e-mail", "(912) 555-0148  ·  hiring@altamahaproduce.example"],
            ["Job title", "Farmworker, Crop (SOC 45-2092.02)"],
            ["Workers requested", "64"],
            ["Period of employment", "April 6, 2026 through July 17, 2026"],
            ["Anticipated hours", "35 hours per week, Monday to Saturday"],
            ["Rate of pay", "$14.68 per hour (or piece rate, see section 5)"],
        ],
        (32, 68),
        size=9,
        head=False,
        bold_first=True,
        first_fill=(242, 242, 242),
    )

    def sec(title):
        d.set_font("cond", "B", 10)
        d.set_fill_color(242, 242, 242)
        d.cell(d.epw, 6, title, border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1.2)

    sec("1.  Job duties")
    para(
        d,
        "Workers will transplant, hoe and hand-harvest Vidalia sweet onions: pull the "
        "onions by hand, clip tops and roots with hand shears, and fill field bags or "
        "50-lb mesh sacks. Workers may also be assigned to feed onions onto the grading belt "
        "in the packing shed, pull out culls and rotten bulbs, and stack filled bins. From "
        "late June workers hand-harvest watermelons, cutting the vine and passing melons to "
        "the loading crew. Work is done outdoors in heat, sun, dust and rain and involves "
        "repeated stooping, bending and lifting.",
        size=9.5,
    )
    sec("2.  Places of employment")
    grid(
        d,
        [
            ["Worksite", "Address", "County", "Crop"],
            ["Home Farm", "4180 Old Reidsville Hwy, Glennville, GA 30427", "Tattnall", "Onions"],
            [
                "Beards Creek Field",
                "990 Beards Creek Church Rd, Glennville, GA 30427",
                "Tattnall",
                "Onions",
            ],
            ["Surrency Tract", "1515 Highway 121, Surrency, GA 31563", "Appling", "Watermelons"],
        ],
        (22, 50, 14, 14),
        size=8.5,
    )
    sec("3.  Job requirements")
    para(
        d,
        "One month of verifiable experience hand-harvesting vegetables. Workers must be "
        "able to lift and carry 50 pounds to shoulder height and to work the full shift in "
        "the field. No education, driver's licence or English is required. The employer may "
        "ask for a post-hire drug test, which is paid for by the employer and scheduled "
        "during paid working hours.",
        size=9.5,
    )
    sec("4.  Hours of work")
    para(
        d,
        "The anticipated hours are 35 per week, generally from 7:00 a.m. to 2:30 p.m. "
        "with a 30-minute unpaid lunch break. In peak weeks workers may be asked to work up "
        "to 48 hours. Workers are not required to work on their Sabbath or on federal "
        "holidays. Hours may be shorter on days of heavy rain.",
        size=9.5,
    )
    sec("5.  Wage rate and adjustments")
    para(
        d,
        "Workers will be paid $14.68 per hour, the 2026 Adverse Effect Wage Rate (AEWR) "
        "for Georgia. During onion harvest the employer may instead pay a piece rate of "
        "$1.05 per filled 50-lb sack; if piece-rate earnings in a pay period are less than "
        "$14.68 for every hour worked, the employer pays the difference. The employer will "
        "pay at least the highest of the AEWR, the prevailing hourly or piece rate, the "
        "agreed collective bargaining rate, or the Federal or State minimum wage. If a "
        "higher AEWR is published in the Federal Register during the contract period, the "
        "employer will pay it from its effective date.",
        size=9.5,
    )
    check_page(d, 1, "ak01")

    d.add_page()
    sec("6.  Pay period and earnings statements")
    para(
        d,
        "Wages are paid weekly, every Friday, by check or, if the worker chooses, by "
        "payroll card with no fees for the worker. With each payment the worker receives a "
        "written statement showing: hours offered, hours actually worked, piece units "
        "harvested, rate(s) of pay, total earnings, each deduction and its purpose, net pay, "
        "and the employer's name, address and FEIN.",
        size=9.5,
    )
    sec("7.  Deductions")
    para(
        d,
        "The employer will make only the following deductions from pay: (a) federal "
        "income tax, only if the worker asks for it in writing on Form W-4; (b) Georgia "
        "income tax where state law requires it; (c) child support or other garnishments "
        "ordered by a court. Social Security and Medicare (FICA) taxes are not withheld "
        "from H-2A wages. No deduction is ever made for housing, daily transportation, "
        "tools, equipment, visa costs or recruitment.",
        size=9.5,
    )
    sec("8.  Three-fourths guarantee")
    para(
        d,
        "The employer guarantees to offer each worker employment for a total number of "
        "work hours equal to at least three-fourths (75%) of the workdays of the contract "
        "period, beginning with the first workday after arrival and ending on the end date "
        "above. If the employer offers fewer hours, it will pay the worker the amount the "
        "worker would have earned had the worker worked the guaranteed hours. Hours offered "
        "but not worked by the worker's choice count toward the guarantee.",
        size=9.5,
    )
    sec("9.  Housing")
    para(
        d,
        "Housing is provided at no cost to every worker who cannot reasonably return to "
        "his or her residence the same day, at Altamaha Ridge Camp, 212 Sand Hill Church "
        "Road, Glennville, GA 30427. The camp has six units with beds, mattresses, heating "
        "and air conditioning, hot showers and free washing machines. No rent, no utility "
        "charge and no deposit for beds, keys or linens is ever required.",
        size=9.5,
    )
    sec("10.  Meals")
    para(
        d,
        "Each unit has a fully equipped kitchen (stoves, refrigerators, pots and pans) "
        "where workers cook their own food free of charge. The employer does not provide "
        "meals and does not charge for meals. A grocery trip to Glennville is offered every "
        "Tuesday and Saturday in employer vehicles.",
        size=9.5,
    )
    sec("11.  Transportation and visa expenses")
    para(
        d,
        "Inbound: the employer buys in advance each worker's bus ticket from the place of "
        "recruitment (Monterrey, Nuevo León) to Glennville and gives each worker $16.36 in "
        "cash for every travel day, for meals. The employer reimburses in full, in the "
        "worker's first paycheck, the visa (MRV) fee and the I-94 border fee paid by the "
        "worker.",
        size=9.5,
    )
    para(
        d,
        "Return: workers who complete the contract, and workers dismissed early for any "
        "reason other than cause (including contract impossibility), receive return "
        "transportation and daily subsistence to Monterrey paid by the employer.",
        size=9.5,
    )
    para(
        d,
        "Daily: free transportation between the camp and every worksite in insured "
        "employer vehicles driven by licensed drivers.",
        size=9.5,
    )
    check_page(d, 2, "ak01")

    d.add_page()
    sec("12.  Tools, supplies and equipment")
    para(
        d,
        "All tools, supplies and equipment needed for the job (hand shears, field bags, "
        "buckets, gloves, rain suits and sunscreen) are furnished free of charge. No deposit "
        "is taken for any tool, and workers are not charged for normal wear and tear.",
        size=9.5,
    )
    sec("13.  Workers' compensation")
    para(
        d,
        "Workers are covered by workers' compensation insurance from the first day of "
        "work, at no cost to them. Carrier: Peach State Mutual Insurance Co., policy "
        "WC-4471093-26, effective January 1, 2026 to January 1, 2027.",
        size=9.5,
    )
    sec("14.  Abandonment and termination for cause")
    para(
        d,
        "A worker who fails to report for work for five (5) consecutive working days "
        "without the employer's consent will be considered to have voluntarily abandoned "
        "employment. The employer may dismiss a worker for cause, such as violence at work, "
        "theft, or repeated refusal to perform assigned duties after written warnings. In "
        "either case the employer will notify the Department of Labor and the Department of "
        "Homeland Security in writing within two working days, and the worker loses the "
        "three-fourths guarantee and paid return transportation.",
        size=9.5,
    )
    sec("15.  Contract impossibility")
    para(
        d,
        "If, before the end date, the services of the workers are no longer required "
        "because of fire, flood, hurricane, drought, plant disease or another Act of God "
        "that makes the contract impossible to fulfil, the employer may end the contract "
        "with the approval of the Department of Labor. The employer will then pay the "
        "three-fourths guarantee for the period up to the termination date, pay return "
        "transportation and subsistence, and make efforts to transfer workers to other "
        "H-2A employment.",
        size=9.5,
    )
    sec("16.  Recruitment and worker protections")
    para(
        d,
        "The employer recruits in Mexico through Servicios Agrícolas Tierra Firme, S.C., "
        "of Fresnillo, Zacatecas, and pays all of its fees and expenses. The written "
        "agreement between the employer and the agent forbids the agent, and anyone acting "
        "for it, from seeking or receiving any payment from workers. No worker will ever "
        'be asked to pay a fee, commission or "gift" for this job.',
        size=9.5,
    )
    para(
        d,
        "Workers keep their own passports and visas at all times. The employer will not "
        "blacklist, threaten or refuse to rehire any worker for filing a complaint, talking "
        "to a lawyer or testifying about these rights. A copy of this job order in Spanish "
        "is given to each worker before departure. To report a problem: U.S. Department of "
        "Labor, Wage and Hour Division, 1-866-487-9243.",
        size=9.5,
    )
    check_page(d, 3, "ak01")
    return d, set()


# --------------------------------------------------------------------------- ak02
# H-2A individual work contract, Washington apples, Spanish, 2 pages


def ak02():
    def ftr(d):
        d.set_y(-14)
        d.set_font("lserif", "I", 8.5)
        d.cell(
            0,
            4,
            f"Columbia Breaks Orchards, Inc. · Contrato H-2A 2026 · Hoja {d.page} "
            f"de 2 · Iniciales del trabajador: ________",
            align="C",
        )

    d = Doc(base="lserif", margins=(24, 18, 24), footer_fn=ftr)
    d.add_page()
    para(d, "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL", size=14, style="B", align="C", after=0.5)
    para(
        d,
        "Programa de trabajadores agrícolas temporales H-2A · Temporada de cosecha 2026",
        size=10.5,
        style="I",
        align="C",
        after=5,
    )
    para(
        d,
        "En Cashmere, Washington, Estados Unidos de América, las partes que firman al "
        "final celebran el presente contrato: por una parte COLUMBIA BREAKS ORCHARDS, INC., "
        "con domicilio en 3315 Dryden Flats Road, Cashmere, WA 98815, a quien en adelante "
        'se le llamará "EL PATRÓN", y por la otra el trabajador cuyo nombre aparece al '
        'final, a quien se le llamará "EL TRABAJADOR", de acuerdo con las siguientes:',
        size=10.5,
        align="J",
        after=3,
    )
    para(d, "CLÁUSULAS", size=11, style="B", align="C", after=2)

    def cl(label, text, after=2.2):
        para(d, f"**{label}** {text}", size=10.5, md=True, align="J", after=after)

    cl(
        "PRIMERA. Puesto y labores.",
        "EL TRABAJADOR se contrata como trabajador agrícola de "
        "huerto para la cosecha manual de manzana y pera: subir y bajar escaleras de 10 a 12 "
        "pies, cortar la fruta sin dañar la yema, llenar la bolsa de pizca y vaciarla con "
        "cuidado en los bins, cambiar las escaleras de hilera y recoger la fruta caída.",
    )
    cl(
        "SEGUNDA. Lugar de trabajo.",
        "Huertos de EL PATRÓN en los condados de Chelan y "
        "Douglas, Washington: Huerto Dryden (3315 Dryden Flats Road, Cashmere) y Huerto "
        "Orondo (118 Orondo Ferry Road, Orondo).",
    )
    cl("TERCERA. Duración.", "Del 3 de agosto al 6 de noviembre de 2026.")
    cl(
        "CUARTA. Requisitos.",
        "Tres meses de experiencia comprobable en cosecha de fruta de "
        "árbol y capacidad para cargar una bolsa de pizca llena, de hasta 50 libras, "
        "trabajando sobre escalera.",
    )
    cl(
        "QUINTA. Jornada.",
        "40 horas por semana en promedio, de lunes a sábado, normalmente "
        "de 6:30 a 15:00 horas con media hora para comer. En días de calor extremo la "
        "jornada podrá empezar más temprano.",
    )
    cl(
        "SEXTA. Salario.",
        "$19.82 (diecinueve dólares con ochenta y dos centavos) por hora, "
        "o $32.00 por bin lleno de manzana, lo que resulte mayor en cada periodo de pago. "
        "Además, quien termine la temporada recibirá un bono de $3.00 por cada bin "
        "cosechado; este bono es adicional al salario y no se descuenta de él.",
    )
    cl(
        "SÉPTIMA. Pago y talón de pago.",
        "El pago se hará cada semana, los jueves, con "
        "cheque o depósito directo. Con cada pago EL TRABAJADOR recibirá un talón que "
        "muestre las horas ofrecidas y trabajadas, los bins cosechados, la tarifa aplicada, "
        "el total ganado y cada descuento.",
    )
    cl(
        "OCTAVA. Garantía de las tres cuartas partes.",
        "EL PATRÓN garantiza ofrecer trabajo "
        "por lo menos durante las tres cuartas partes de los días laborables del periodo del "
        "contrato. Si no lo hace, pagará a EL TRABAJADOR la diferencia entre lo que ganó y lo "
        "que habría ganado con las horas garantizadas.",
    )
    check_page(d, 1, "ak02")

    d.add_page()
    cl(
        "NOVENA. Vivienda.",
        "EL PATRÓN proporcionará alojamiento en las cabañas del "
        "campamento Dryden, 3340 Dryden Flats Road, Cashmere, inspeccionadas por el "
        "Departamento de Salud del estado. Por el uso de la vivienda se descontará una cuota "
        "de mantenimiento de $38.00 semanales, que cubre luz, gas y agua de las cabañas.",
    )
    cl(
        "DÉCIMA. Alimentación.",
        "El campamento cuenta con comedor atendido por una "
        "cocinera contratada por EL PATRÓN. El servicio de comedor es obligatorio para todos "
        "los trabajadores alojados en el campamento y se descontarán $19.50 por día de cada "
        "cheque.",
    )
    cl(
        "UNDÉCIMA. Herramientas y equipo.",
        "Las escaleras, las bolsas de pizca y los bins "
        "los proporciona EL PATRÓN sin costo. Los guantes de piel, el chaleco reflejante y "
        "los lentes de seguridad se entregan en la primera semana y su costo de $42.00 se "
        "descontará en dos pagos.",
    )
    cl(
        "DUODÉCIMA. Transporte.",
        "EL PATRÓN compra el boleto de autobús de Guadalajara, "
        "Jalisco, a Wenatchee, Washington, y reembolsará en el primer cheque los alimentos "
        "del viaje y el pago de la visa. Al terminar el contrato, EL PATRÓN pagará el "
        "regreso a Guadalajara. El transporte diario del campamento a los huertos es "
        "gratuito, en camionetas de EL PATRÓN.",
    )
    cl(
        "DECIMOTERCERA. Descuentos.",
        "De cada cheque solo se descontarán los impuestos que "
        "marque la ley y las cantidades de vivienda, comedor y equipo de protección "
        "indicadas en este contrato.",
    )
    cl(
        "DECIMOCUARTA. Abandono y despido.",
        "Si EL TRABAJADOR falta cinco días laborables "
        "seguidos sin avisar, se considerará que abandonó el trabajo y EL PATRÓN dará aviso "
        "a las autoridades. EL PATRÓN podrá despedir a EL TRABAJADOR por causa justificada, "
        "como violencia, robo, trabajo peligroso o desobediencia repetida.",
    )
    cl(
        "DECIMOQUINTA. Derechos del trabajador.",
        "Nadie puede cobrarle a EL TRABAJADOR por "
        "ser contratado. EL TRABAJADOR conserva su pasaporte y sus documentos en todo "
        "momento. Este contrato se entrega en español, idioma que EL TRABAJADOR entiende.",
        after=6,
    )
    para(
        d,
        "Leído el presente contrato, las partes lo firman en Cashmere, Washington, el 3 "
        "de agosto de 2026.",
        size=10.5,
        after=6,
    )
    sig_table(
        d,
        ["EL PATRÓN: Columbia Breaks Orchards, Inc.", "EL TRABAJADOR: nombre y firma"],
        size=9,
        h=22,
    )
    check_page(d, 2, "ak02")
    return d, set()


# --------------------------------------------------------------------------- ak03
# Spanish recruiter letter, Mexican recruiter, H-2A North Carolina, 2 pages


def ak03():
    def hdr(d):
        d.set_text_color(20, 90, 40)
        d.set_font("lsans", "B", 15)
        d.set_xy(20, 12)
        d.cell(0, 7, "ENLACE AGRÍCOLA DEL BAJÍO, S. de R.L.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_font("lsans", "I", 8.5)
        d.set_x(20)
        d.cell(
            0,
            4,
            "Reclutamiento y selección de personal para el campo",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_font("lsans", "", 8)
        d.set_x(20)
        d.cell(
            0,
            4,
            "Calle Hidalgo 214, Zona Centro, Dolores Hidalgo C.I.N., Gto.  ·  Tel. "
            "418 555 0192  ·  WhatsApp 418 555 0371",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(20, 90, 40)
        d.set_line_width(0.8)
        d.line(20, 29, d.w - 20, 29)
        d.set_line_width(0.2)
        d.set_draw_color(0, 0, 0)
        d.set_text_color(0, 0, 0)
        d.set_y(35)

    def ftr(d):
        d.set_y(-13)
        d.set_font("lsans", "I", 7.5)
        d.set_text_color(110, 110, 110)
        d.cell(
            0,
            4,
            f"Documento confidencial: no lo comparta en redes sociales.   {d.page}/2",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(base="lsans", margins=(20, 35, 20), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    para(d, "Dolores Hidalgo, Gto., a 12 de enero de 2026", size=10.5, align="R", after=5)
    para(
        d,
        "Sr. Everardo Nájera Lugo\nComunidad La Erre, municipio de Dolores Hidalgo, Gto.",
        size=10.5,
        style="B",
        after=4,
    )
    para(
        d,
        "Asunto: Confirmación de su lugar para la temporada 2026 en Carolina del Norte",
        size=10.5,
        style="B",
        after=4,
    )
    para(d, "Estimado Sr. Nájera:", size=10.5, after=3)
    para(
        d,
        "Nos da gusto informarle que fue seleccionado para trabajar con visa H-2A en la "
        "empresa PENDER CREEK FARMS, LLC, con domicilio en 6620 NC Highway 53 West, Burgaw, "
        "Carolina del Norte 28425, en el cultivo de tabaco y camote. Estas son las "
        "condiciones que nos envió el patrón:",
        size=10.5,
        align="J",
        after=3,
    )
    grid(
        d,
        [
            [
                "Labores",
                "Trasplante, deshierbe y despunte de tabaco; cosecha de camote a mano, "
                "llenado de cubetas y cajas",
            ],
            [
                "Lugar",
                "Campos de la empresa en Burgaw y Atkinson, condado de Pender, Carolina del Norte",
            ],
            ["Temporada", "Del 20 de abril al 13 de noviembre de 2026"],
            ["Horario", "40 horas a la semana aproximadamente, de lunes a sábado"],
            ["Salario", "$16.33 dólares por hora"],
            ["Pago", "Semanal, cada viernes"],
            ["Vivienda", "Gratuita, en las casas del campo de la granja"],
            [
                "Viaje de ida",
                "La empresa paga el autobús de Dolores Hidalgo a Burgaw y el hotel "
                "en Monterrey la noche antes de la cita",
            ],
            ["Requisito", "Haber trabajado por lo menos una temporada en tabaco o camote"],
        ],
        (22, 78),
        size=9.5,
        head=False,
        bold_first=True,
        first_fill=(226, 239, 228),
    )
    para(
        d,
        "Para conservar su lugar en el grupo debe depositar, a más tardar el 30 de enero, "
        "la cantidad de $9,500.00 (nueve mil quinientos pesos 00/100 M.N.) por concepto de "
        "gastos de gestión y seguimiento de su expediente. El depósito se hace en la cuenta "
        "que le indicará nuestra secretaria; guarde bien su ficha. Si no realiza el "
        "depósito en la fecha indicada, su lugar se dará a otra persona de la lista de "
        "espera.",
        size=10.5,
        align="J",
        after=3,
    )
    check_page(d, 1, "ak03")

    d.add_page()
    para(d, "Sobre la visa", size=10.5, style="B", after=1)
    para(
        d,
        "La cuota de la visa (205 dólares americanos) se paga en el banco antes de la "
        "cita consular y corre por cuenta de usted; la empresa no la reembolsa. Le "
        "recomendamos llevar el comprobante impreso el día de la cita.",
        size=10.5,
        align="J",
        after=3,
    )
    para(d, "Apoyo económico", size=10.5, style="B", after=1)
    para(
        d,
        "Sabemos que muchas familias no tienen el dinero completo. Si no cuenta con el "
        "total, nuestra oficina le puede adelantar hasta $6,000.00, que usted nos irá "
        "pagando desde Carolina del Norte con un interés del 10% mensual, descontado por el "
        "mayordomo de sus cheques.",
        size=10.5,
        align="J",
        after=3,
    )
    para(d, "Junta informativa", size=10.5, style="B", after=1)
    para(
        d,
        "La junta informativa es gratuita y será el sábado 7 de febrero a las 9:00 a.m. "
        "en nuestra oficina. Ese día debe traer:",
        size=10.5,
        align="J",
        after=1.5,
    )
    for item in [
        "Pasaporte vigente (original y copia)",
        "CURP y credencial para votar (INE)",
        "Dos fotografías tamaño infantil a color",
        "Ficha del depósito de gastos de gestión",
    ]:
        para(d, "•  " + item, size=10.5, indent=6, after=0.8)
    d.ln(3)
    para(
        d,
        "Cualquier duda con gusto la atendemos por WhatsApp. Le deseamos una buena temporada.",
        size=10.5,
        after=8,
    )
    para(d, "Atentamente,", size=10.5, after=14)
    para(
        d,
        "Lic. Ramiro Sauceda Villalobos\nCoordinador de Reclutamiento\nEnlace Agrícola "
        "del Bajío, S. de R.L.",
        size=10.5,
        style="B",
        after=12,
    )
    para(
        d,
        "Recibí original: ______________________________      Fecha: ______________",
        size=10,
        after=2,
    )
    check_page(d, 2, "ak03")
    return d, set()


# --------------------------------------------------------------------------- ak04
# H-2A job order, Michigan, English, 3 pages, cost table with who-pays column


def ak04():
    def hdr(d):
        d.set_fill_color(24, 54, 96)
        d.rect(0, 0, d.w, 20, style="F")
        d.set_text_color(255, 255, 255)
        d.set_xy(16, 5)
        d.set_font("lsans", "B", 13)
        d.cell(
            0,
            6,
            "JOB ORDER  -  H-2A TEMPORARY AGRICULTURAL EMPLOYMENT",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_x(16)
        d.set_font("lsans", "", 8.5)
        d.cell(
            0,
            5,
            "Grand Traverse Bluff Orchards, LLC  ·  Clearance Order MI 9187452  ·  "
            "Fruit harvest 2026",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.set_y(26)

    def ftr(d):
        d.set_y(-12)
        d.set_font("lsans", "", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(0, 4, "MI 9187452", align="L")
        d.cell(0, 4, f"Page {d.page} of 3", align="R")
        d.set_text_color(0, 0, 0)

    d = Doc(base="lsans", margins=(16, 26, 16), header_fn=hdr, footer_fn=ftr)

    def sec(title):
        d.set_font("lsans", "B", 10)
        d.set_text_color(24, 54, 96)
        d.cell(d.epw, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_text_color(0, 0, 0)
        d.set_draw_color(24, 54, 96)
        d.line(d.l_margin, d.get_y(), d.l_margin + d.epw, d.get_y())
        d.set_draw_color(0, 0, 0)
        d.ln(1.5)

    d.add_page()
    grid(
        d,
        [
            [
                "Employer",
                "Grand Traverse Bluff Orchards, LLC",
                "Job title",
                "Farmworker - Fruit Harvest",
            ],
            ["Address", "9021 Center Road, Traverse City, MI 49686", "Openings", "38"],
            ["Phone", "(231) 555-0117", "Begin / end", "June 22, 2026 / October 30, 2026"],
            ["Contact", "Dana Verhaag, office manager", "Hours", "40 per week, Mon-Sat"],
        ],
        (16, 34, 14, 36),
        size=8.5,
        head=False,
        first_fill=(230, 236, 245),
        bold_first=True,
    )
    sec("A. Job duties")
    para(
        d,
        "Hand-harvest sweet cherries into pails, keeping stems attached; assist with "
        "mechanical tart cherry harvest by setting tarps, clearing limbs and loading tanks; "
        "hand-thin young apples; harvest apples from 8- to 14-foot ladders, placing fruit in "
        "picking bags and emptying the bags gently into field bins. Workers may also prune, "
        "tie trees to trellis wires and pick up brush.",
        size=9.5,
        align="J",
    )
    sec("B. Worksites")
    para(
        d,
        "Center Road Block, 9021 Center Road, Traverse City (Grand Traverse County); "
        "Old Mission Block, 14200 Peninsula Drive, Traverse City (Grand Traverse County); "
        "Suttons Bay Block, 3377 S. West Bay Shore Drive, Suttons Bay (Leelanau County).",
        size=9.5,
        align="J",
    )
    sec("C. Minimum requirements")
    para(
        d,
        "Three months of experience in hand harvest of tree fruit. Workers must be able "
        "to climb and work from ladders up to 14 feet high while carrying a full picking "
        "bag (up to 45 lbs).",
        size=9.5,
        align="J",
    )
    sec("D. Wage rate and adjustments")
    para(
        d,
        "$18.50 per hour for all hours worked. During apple harvest workers may be paid "
        "$26.00 per 20-bushel bin; the employer pays whichever is higher for the pay "
        "period. The employer will pay the highest of the AEWR, the prevailing hourly or "
        "piece rate, any collective bargaining rate or the applicable minimum wage, and "
        "will raise the rate if a higher AEWR takes effect during the contract.",
        size=9.5,
        align="J",
    )
    sec("E. Pay period")
    para(
        d,
        "Wages are paid every two weeks, on Friday, by check drawn on a local bank that "
        "cashes it free of charge.",
        size=9.5,
        align="J",
    )
    sec("F. Three-fourths guarantee")
    para(
        d,
        "The employer guarantees each worker employment for at least 3/4 of the workdays "
        "in the contract period. If less work is offered, the worker is paid what he or she "
        "would have earned for the guaranteed hours.",
        size=9.5,
        align="J",
    )
    check_page(d, 1, "ak04")

    d.add_page()
    sec("G. Deductions")
    para(
        d,
        "Deductions required by law: federal income tax (only at the worker's written "
        'request) and Michigan income tax. Other deductions: the items marked "Worker" in '
        "the table below, and any amount the worker authorizes in writing for his or her "
        "own benefit.",
        size=9.5,
        align="J",
    )
    sec("H. Who pays for what")
    para(
        d,
        "The following table shows each expense of coming to work for this employer, "
        "who pays it and when.",
        size=9.5,
    )
    grid(
        d,
        [
            ["Expense", "Paid by", "Amount", "How / when"],
            [
                "H-2A petition, certification, recruiter",
                "Employer",
                "All costs",
                "Before the season",
            ],
            ["Consular visa fee (MRV)", "Employer", "US $205", "Reimbursed week 1"],
            ["Bus Monterrey to Traverse City", "Employer", "Ticket provided", "At departure"],
            ["Meals during inbound trip", "Employer", "$16.36 per day", "Cash at departure"],
            ["Pre-departure medical exam", "Worker", "MXN 1,350", "Before visa interview"],
            [
                "Accident & sickness insurance policy",
                "Worker",
                "$6.25 per week",
                "Payroll deduction",
            ],
            ["Housing, utilities, bedding", "Employer", "No charge", "-"],
            ["Ladders, pails, picking bags", "Employer", "No charge", "-"],
            ["Return bus to Monterrey", "Worker", "approx. $185", "Deducted from final check"],
        ],
        (40, 13, 19, 28),
        size=8.5,
        head_fill=(205, 215, 232),
        lh=4.6,
    )
    para(
        d,
        "Workers' compensation insurance is separate from the accident & sickness policy "
        "and is paid entirely by the employer (carrier: Great Lakes Agricultural Mutual, "
        "policy GL-WC-302-7745).",
        size=9.5,
        align="J",
    )
    sec("I. Housing")
    para(
        d,
        "Free housing for all workers who cannot reasonably return home each day, at "
        "Center Road Labor Camp, 9011 Center Road, Traverse City, licensed by the Michigan "
        "Department of Agriculture and Rural Development. No deposit is charged for keys, "
        "beds or bedding.",
        size=9.5,
        align="J",
    )
    sec("J. Meals")
    para(
        d,
        "Every housing unit has free kitchen facilities with stoves, refrigerators and "
        "cooking utensils so workers can prepare their own meals. There is no meal charge.",
        size=9.5,
        align="J",
    )
    check_page(d, 2, "ak04")

    d.add_page()
    sec("K. Transportation")
    para(
        d,
        "Inbound transportation and subsistence are provided by the employer as shown in "
        "section H. Daily transportation between the labor camp and all worksites is "
        "provided free of charge in employer buses.",
        size=9.5,
        align="J",
    )
    sec("L. Tools and equipment")
    para(
        d,
        "All tools, supplies and equipment required to perform the job (ladders, pails, "
        "picking bags, pruning shears, gloves) are provided free of charge and with no "
        "deposit. Any ladder, pail or vehicle damaged through a worker's carelessness or "
        "failure to follow the crew leader's instructions will be charged to that worker at "
        "repair or replacement cost.",
        size=9.5,
        align="J",
    )
    sec("M. Abandonment and termination")
    para(
        d,
        "A worker who is absent for 5 consecutive scheduled workdays without permission "
        "will be deemed to have abandoned the job, and the employer will notify the "
        "Department of Labor and DHS within 2 working days. Workers may be terminated for "
        "cause (for example theft, fighting, drinking on the job, or repeated unsafe "
        "ladder use after warning). Workers who abandon the job or are terminated for "
        "cause lose the three-fourths guarantee.",
        size=9.5,
        align="J",
    )
    sec("N. Contract impossibility")
    para(
        d,
        "If hail, frost, fire, windstorm or another Act of God makes it impossible to "
        "continue the contract, the employer may terminate it with the Regional "
        "Administrator's approval and will pay the three-fourths guarantee up to the date "
        "of termination.",
        size=9.5,
        align="J",
    )
    sec("O. Recruitment")
    para(
        d,
        "Workers are recruited in Coahuila, Mexico, by Reclutadora Agrícola del Norte de "
        "Coahuila, S.A. de C.V., whose services are paid by the employer. No recruitment "
        "or placement fee may be charged to any worker. Workers keep their passports. The "
        "employer will not retaliate against any worker who files a complaint.",
        size=9.5,
        align="J",
    )
    d.ln(6)
    sig_table(d, ["Employer representative / date", "Worker / date"], h=18)
    check_page(d, 3, "ak04")
    return d, set()


# --------------------------------------------------------------------------- ak05
# H-2A work contract as Q&A, North Carolina, Spanish, 2 pages, compliant


def ak05():
    def hdr(d):
        d.set_font("sans", "B", 8)
        d.set_text_color(120, 40, 20)
        d.set_xy(16, 8)
        d.cell(0, 4, "NEUSE BOTTOMS FARMS, INC.  ·  Contrato de trabajo H-2A 2026", align="L")
        d.cell(0, 4, "Versión en español", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_draw_color(120, 40, 20)
        d.line(16, 13, d.w - 16, 13)
        d.set_draw_color(0, 0, 0)
        d.set_text_color(0, 0, 0)
        d.set_y(17)

    def ftr(d):
        d.set_y(-11)
        d.set_font("sans", "", 7.5)
        d.cell(0, 4, f"Página {d.page} de 2", align="C")

    d = Doc(base="sans", margins=(16, 17, 16), header_fn=hdr, footer_fn=ftr, bottom=14)
    d.add_page()
    para(d, "Su contrato en preguntas y respuestas", size=14, style="B", after=1)
    para(
        d,
        "Este documento es el contrato de trabajo. Léalo con calma; si no entiende algo, "
        "pregunte antes de firmar.",
        size=9,
        style="I",
        after=2.5,
    )
    grid(
        d,
        [
            [
                "Patrón",
                "Neuse Bottoms Farms, Inc., 2755 Seven Springs Road, Mount Olive, NC "
                "28365 · Tel. (919) 555-0186",
            ],
            ["Trabajo", "Trabajador agrícola: camote, pepino y tabaco"],
            ["Fechas", "Del 13 de abril al 30 de octubre de 2026"],
            ["Salario", "$16.33 por hora"],
            ["Pago", "Cada semana, los viernes"],
            ["Vivienda", "Gratis"],
        ],
        (18, 82),
        size=8.8,
        head=False,
        bold_first=True,
        first_fill=(246, 232, 224),
    )

    def qa(q, a):
        para(d, q, size=9.3, style="B", after=0.6, color=(120, 40, 20))
        para(d, a, size=8.8, after=1.8)

    qa(
        "¿Qué trabajo voy a hacer?",
        "Sembrar y cosechar camote a mano, cortar pepino y llenar cubetas, deshijar y "
        "cosechar tabaco, y cargar cajas en el remolque. Es trabajo al aire libre, con calor.",
    )
    qa(
        "¿Dónde voy a trabajar?",
        "En los campos de la granja en Mount Olive y Seven Springs, condado de Wayne, "
        "Carolina del Norte.",
    )
    qa(
        "¿Qué necesito para que me contraten?",
        "Tres meses de experiencia en trabajo agrícola manual y poder cargar 50 libras. No se "
        "pide saber inglés ni tener estudios.",
    )
    qa(
        "¿Cuántas horas voy a trabajar?",
        "Unas 40 horas por semana, de lunes a sábado, de 7:00 a 16:00 con una hora para "
        "comer. Puede haber semanas más cortas por lluvia.",
    )
    qa(
        "¿Cuánto me van a pagar?",
        "$16.33 por hora. En la cosecha de pepino se puede pagar $0.65 por cubeta, pero "
        "nunca menos de lo que ganaría por hora. Si durante la temporada el gobierno publica "
        "un salario AEWR más alto, o si hay otro salario aplicable más alto, el patrón le "
        "paga el más alto desde que entre en vigor.",
    )
    qa(
        "¿Cada cuándo me pagan y qué papel me dan?",
        "Cada viernes. Con cada pago recibe un talón con las horas ofrecidas y trabajadas, lo "
        "que ganó, cada descuento y la razón del descuento.",
    )
    qa(
        "¿Qué me pueden descontar?",
        "Solo lo que manda la ley o lo que usted autorice por escrito para su propio "
        "beneficio: impuesto federal sobre la renta (solo si usted lo pide), impuesto del "
        "estado de Carolina del Norte y pensión alimenticia si un juez lo ordena. En la visa "
        "H-2A no se descuenta Seguro Social.",
    )
    qa(
        "¿Me aseguran el trabajo?",
        "Sí. El patrón garantiza ofrecerle trabajo por lo menos en las tres cuartas partes "
        "(75%) de los días del contrato. Si le ofrece menos, le paga la diferencia.",
    )
    qa(
        "¿Dónde voy a vivir y cuánto cuesta?",
        "En la vivienda de la granja, 2801 Seven Springs Road, Mount Olive, inspeccionada "
        "por el estado. Es gratis: no se cobra renta, luz, agua ni depósito.",
    )
    check_page(d, 1, "ak05")

    d.add_page()
    qa(
        "¿Y la comida?",
        "Cada casa tiene cocina equipada gratuita para que usted cocine. Si lo prefiere, "
        "puede inscribirse en el servicio de comidas de la granja, que cuesta $14.50 por día "
        "por tres comidas, cantidad que no pasa del máximo que permite el Departamento de "
        "Trabajo. Es voluntario y puede darse de baja avisando con una semana.",
    )
    qa(
        "¿Quién paga el viaje?",
        "El patrón paga el autobús desde Huehuetenango hasta Mount Olive y le da $16.36 por "
        "cada día de viaje para alimentos. Lo que usted haya pagado por la visa se le "
        "reembolsa completo en el primer cheque. Al terminar el contrato, el patrón paga el "
        "viaje de regreso a Huehuetenango.",
    )
    qa("¿Cómo llego al campo cada día?", "En los vehículos de la granja, gratis.")
    qa(
        "¿Tengo que comprar herramientas?",
        "No. Azadones, cuchillos, cubetas, guantes y ropa para lluvia se le dan gratis y sin "
        "depósito. Si una herramienta se rompe por el uso normal, no se le cobra.",
    )
    qa(
        "¿Qué pasa si me lastimo en el trabajo?",
        "Tiene seguro de compensación al trabajador (workers' compensation) desde el primer "
        "día, pagado por el patrón: póliza NCW-2290417 de Carolina Farm Mutual.",
    )
    qa(
        "¿Qué pasa si dejo el trabajo o me despiden?",
        "Si falta 5 días de trabajo seguidos sin permiso, se considera que abandonó el "
        "empleo. También lo pueden despedir por causa justificada, por ejemplo robo, "
        "violencia o negarse varias veces a trabajar después de avisos por escrito. En esos "
        "casos pierde la garantía de las tres cuartas partes y el pago del regreso.",
    )
    qa(
        "¿Y si no hay trabajo por un huracán o una inundación?",
        "Si un huracán, una inundación, un incendio u otra causa fuera del control del "
        "patrón hace imposible terminar el contrato, el patrón le paga por lo menos las tres "
        "cuartas partes de los días que ya pasaron y el viaje de regreso, y tratará de "
        "ubicarlo con otro patrón H-2A.",
    )
    qa(
        "¿Tengo que pagarle algo a la agencia?",
        "No. La Agencia de Empleo Temporal Cuchumatanes, S.A. recibe su pago del patrón. "
        'Nadie puede cobrarle cuota, comisión, "apartado", depósito ni pagaré por este '
        "trabajo. Si alguien le pide dinero, llame al 1-866-487-9243 (Departamento de "
        "Trabajo, en español).",
    )
    qa(
        "¿Quién guarda mi pasaporte?",
        "Usted. Nadie puede quedarse con su pasaporte ni con su visa.",
    )
    qa(
        "¿Me pueden castigar por quejarme?",
        "No. No será castigado, despedido ni puesto en ninguna lista por quejarse o hablar "
        "con un abogado.",
    )
    d.ln(2)
    sig_table(d, ["Firma del trabajador", "Por Neuse Bottoms Farms, Inc.", "Fecha"], h=15)
    check_page(d, 2, "ak05")
    return d, set()


# --------------------------------------------------------------------------- ak06
# WhatsApp broadcast from a Guatemalan recruiter, H-2A Washington, Spanish, 1 page


def ak06():
    d = Doc(fmt=(105, 228), base="sans", margins=(6, 0, 6), bottom=4)
    d.add_page()
    # chat header
    d.set_fill_color(7, 94, 84)
    d.rect(0, 0, d.w, 16, style="F")
    d.set_fill_color(200, 220, 210)
    d.ellipse(5, 3, 10, 10, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 3.5)
    d.set_font("sans", "B", 9.5)
    d.cell(0, 5, "Oportunidades Laborales Xinabajul", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_x(18)
    d.set_font("sans", "", 7)
    d.cell(0, 4, "Lista de difusión · 212 destinatarios")
    d.set_text_color(0, 0, 0)
    d.set_fill_color(236, 229, 221)
    d.rect(0, 16, d.w, d.h - 16, style="F")
    d.set_y(20)
    d.set_font("sans", "", 6.5)
    d.set_fill_color(225, 243, 251)
    d.set_x((d.w - 24) / 2)
    d.cell(24, 4.5, "HOY", align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(2.5)

    def bubble(text, incoming=True, time="9:41", size=8.8):
        pad = 2.4
        lh = size * 0.45
        maxw = d.epw * 0.84
        d.set_font("sans", "", size)
        lines = d.multi_cell(maxw - 2 * pad, lh, text, dry_run=True, output="LINES", align="L")
        tw = max(d.get_string_width(ln) for ln in lines) + 2 * pad + 1.5
        tw = max(tw, 22)
        h = len(lines) * lh + 2 * pad + 3
        x = d.l_margin if incoming else d.l_margin + d.epw - tw
        y = d.get_y()
        d.set_fill_color(*((255, 255, 255) if incoming else (220, 248, 198)))
        d.rect(x, y, tw, h, style="F", round_corners=True, corner_radius=2.2)
        d.set_xy(x + pad, y + pad)
        d.multi_cell(tw - 2 * pad, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_font("sans", "", 5.8)
        d.set_text_color(120, 120, 120)
        d.set_xy(x + tw - 12, y + h - 4)
        d.cell(10, 3, time + ("" if incoming else " ✓✓"), align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(y + h + 2.5)

    bubble(
        "★ ¡¡TRABAJO EN ESTADOS UNIDOS CON VISA H-2A!! ★\n"
        "Cosecha de cereza y manzana en Yakima, Washington.\n\n"
        "✔ Contrato del 8 de junio al 30 de octubre de 2026\n"
        "✔ Pago: $19.82 la hora, cada semana\n"
        "✔ Vivienda gratis en el rancho\n"
        "✔ Boleto de avión Guatemala–Seattle pagado por el patrón\n\n"
        "Requisitos: pasaporte vigente, saber leer y escribir, experiencia en el campo.",
        time="9:41",
    )
    bubble(
        "COSTOS DEL PROCESO:\n"
        "Inscripción para apartar su lugar: Q6,500 (mitad al entregar papeles y mitad "
        "después de la cita en la embajada).\n"
        "Charla obligatoria de orientación y preparación para la entrevista en la "
        "embajada: trescientos cincuenta quetzales por persona.\n"
        "Al ser seleccionado firmará un pagaré con un fiador que tenga casa propia, y se "
        "le devuelve cuando regrese a Guatemala.",
        time="9:42",
    )
    bubble("Buenas tardes, ¿y la visa quién la paga?", incoming=False, time="13:05")
    bubble(
        "La visa la paga el patrón, no se preocupe. Solo traiga sus papeles el sábado a "
        "la oficina, 3a. avenida zona 1 de Huehuetenango, frente al parque central.",
        time="13:11",
    )
    bubble(
        "Cupo limitado: los primeros 40 que completen su inscripción viajan en el primer "
        "grupo. Info al 5531-4408 con Don Efraín.",
        time="13:12",
    )
    bubble("Gracias, el sábado llego con mis papeles.", incoming=False, time="13:20")
    check_page(d, 1, "ak06")
    return d, set()


# --------------------------------------------------------------------------- ak07
# Recruiter agreement (convenio), Mexican recruiter, H-2A Georgia blueberries, Spanish,
# legal size, 2 pages; page 2 is a scanned image with no text layer


AK07_PAGE2 = [
    (
        "clause",
        "QUINTA.- PENA CONVENCIONAL. Si EL TRABAJADOR abandona el empleo antes de "
        "terminar la temporada, pagará a LA GESTORA una pena convencional de "
        "$18,000.00 (dieciocho mil pesos 00/100 M.N.) por los gastos y el daño "
        "causado.",
    ),
    (
        "clause",
        "SEXTA.- CONDUCTA. EL TRABAJADOR se obliga a obedecer al mayordomo y a no "
        "causar problemas en el rancho. EL TRABAJADOR que presente quejas ante el "
        "Consulado, la prensa o abogados quedará boletinado en nuestra lista y no "
        "será llamado en temporadas futuras.",
    ),
    (
        "clause",
        "SÉPTIMA.- JURISDICCIÓN. Para la interpretación y cumplimiento del presente "
        "convenio las partes se someten a los tribunales de Ciudad Valles, S.L.P., "
        "renunciando a cualquier otro fuero que pudiera corresponderles.",
    ),
    (
        "clause",
        "Leído que fue el presente convenio y enteradas las partes de su contenido y "
        "alcance legal, lo firman por duplicado en Ciudad Valles, S.L.P., a 9 de "
        "marzo de 2026.",
    ),
]


def scan_page_image(blocks, w_in, h_in, dpi=170):
    W, H = int(w_in * dpi), int(h_in * dpi)
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    reg = ImageFont.truetype(
        str(font_path("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf")), int(dpi * 0.155)
    )
    bold = ImageFont.truetype(
        str(font_path("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf")), int(dpi * 0.155)
    )
    small = ImageFont.truetype(str(font_path("DejaVuSans.ttf")), int(dpi * 0.11))
    left, right = int(dpi * 1.0), W - int(dpi * 1.0)
    y = int(dpi * 0.9)
    line_h = int(dpi * 0.235)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    dr.text((W - int(dpi * 2.2), int(dpi * 0.45)), "Hoja 2 de 2", font=small, fill=40)
    for kind, text in blocks:
        lines = wrap(text, reg, right - left)
        for i, ln in enumerate(lines):
            font = reg
            if kind == "clause" and i == 0 and "-" in ln.split(" ")[0]:
                head = ln.split(" ")[0]
                dr.text((left, y), head, font=bold, fill=25)
                hx = left + dr.textlength(head + " ", font=bold)
                dr.text((hx, y), ln[len(head) + 1 :], font=reg, fill=25)
            else:
                dr.text((left, y), ln, font=font, fill=25)
            y += line_h
        y += int(line_h * 0.7)

    # signature blocks and fingerprint box
    y += int(dpi * 0.9)
    colw = (right - left) // 3
    labels = ["LA GESTORA", "EL TRABAJADOR", "HUELLA DIGITAL"]
    for i, lab in enumerate(labels):
        x0 = left + i * colw + 10
        if i < 2:
            dr.line((x0, y, x0 + colw - 40, y), fill=30, width=2)
            dr.text((x0, y + 12), lab, font=bold, fill=30)
        else:
            dr.rectangle((x0 + 40, y - int(dpi * 1.1), x0 + colw - 40, y), outline=30, width=2)
            dr.text((x0 + 40, y + 12), lab, font=bold, fill=30)
    dr.text((left + 10, y + 12 + line_h), "Leobardo Terán Olvera", font=reg, fill=30)
    # signature scribbles (deterministic curves)
    for k in range(3):
        pts = [(left + 40 + j * 9, y - 30 - int(18 * ((j * (k + 3)) % 7) / 7)) for j in range(28)]
        dr.line(pts, fill=50, width=2)
    # round stamp
    cx, cy, r = left + colw - 60, y - 120, 95
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=4)
    dr.ellipse((cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14), outline=110, width=2)
    dr.text((cx - 70, cy - 14), "GESTORÍA HUASTECA", font=small, fill=110)
    # fingerprint smudge: concentric ellipses
    fx, fy = left + 2 * colw + colw // 2 + 5, y - int(dpi * 0.55)
    for k in range(10):
        dr.ellipse(
            (fx - 40 + k * 3, fy - 55 + k * 4, fx + 40 - k * 3, fy + 55 - k * 4),
            outline=70 + k * 6,
            width=2,
        )

    # scanner noise: deterministic linear congruential generator
    state = 20260309
    px = img.load()
    for _ in range(9000):
        state = (1103515245 * state + 12345) % (2**31)
        xx = state % W
        state = (1103515245 * state + 12345) % (2**31)
        yy = state % H
        px[xx, yy] = 90 + (state % 120)
    for xx in range(0, W, 1):  # faint vertical streak from the scanner glass
        px[xx, int(H * 0.63)] = min(px[xx, int(H * 0.63)], 215)
    for yy in range(H):
        px[int(W * 0.82), yy] = min(px[int(W * 0.82), yy], 225)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    img = img.rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor=205)
    # darker scan border
    dr2 = ImageDraw.Draw(img)
    dr2.rectangle((0, 0, W - 1, 18), fill=150)
    return img


def ak07():
    d = Doc(fmt="Legal", base="lserif", margins=(25, 20, 25))
    d.add_page()
    para(
        d,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL EN EL EXTRANJERO",
        size=12,
        style="B",
        align="C",
        after=4,
    )
    para(
        d,
        "Que celebran por una parte Gestoría y Reclutamiento Agrícola Huasteca, S.C., "
        "representada en este acto por el C. Leobardo Terán Olvera, con domicilio en Calle "
        "Juárez 508, Col. Obrera, Ciudad Valles, S.L.P., a quien en lo sucesivo se le "
        'denominará "LA GESTORA", y por la otra el C. '
        "______________________________________, originario de "
        '______________________, a quien en lo sucesivo se le denominará "EL '
        'TRABAJADOR", al tenor de las siguientes declaraciones y cláusulas:',
        size=11,
        align="J",
        after=3,
    )
    para(d, "DECLARACIONES", size=11, style="B", align="C", after=2)
    para(
        d,
        "I. Declara LA GESTORA que cuenta con la experiencia y los contactos necesarios "
        "para integrar expedientes de trabajadores agrícolas que viajan a los Estados "
        "Unidos de América con visa H-2A.\nII. Declara EL TRABAJADOR que es mayor de edad "
        "y que es su voluntad participar en el proceso de contratación en los términos que "
        "siguen.",
        size=11,
        align="J",
        after=3,
    )
    para(d, "Condiciones de trabajo comunicadas por el patrón:", size=11, style="B", after=1.5)
    grid(
        d,
        [
            [
                "Empleador",
                "SATILLA BLUE FARMS, LLC, 1440 Ten Mile Creek Road, Alma, Georgia 31510, EE.UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola: cosecha manual de arándano (blueberry) y limpieza de plantas",
            ],
            ["Lugar de trabajo", "Campos de arándano en Alma, condado de Bacon, Georgia"],
            ["Periodo", "Del 15 de abril al 10 de julio de 2026"],
            ["Jornada", "8 horas diarias, de lunes a sábado"],
            ["Salario", "$14.68 dólares por hora o $0.60 por libra cosechada"],
            ["Pago", "Semanal"],
            ["Vivienda", "Gratuita, proporcionada por EL PATRÓN"],
            ["Transporte", "De Ciudad Valles a Alma y de regreso, pagado por EL PATRÓN"],
            ["Descuentos", "Solo los impuestos que marque la ley"],
        ],
        (25, 75),
        size=10,
        head=False,
        bold_first=True,
        fam="lserif",
    )
    para(d, "CLÁUSULAS", size=11, style="B", align="C", after=2)

    def cl(label, text):
        para(d, f"**{label}** {text}", size=11, md=True, align="J", after=2.5)

    cl(
        "PRIMERA.- OBJETO.",
        "LA GESTORA integrará el expediente de EL TRABAJADOR, "
        "agendará su cita en el Consulado de los Estados Unidos en Monterrey, N.L., y "
        "organizará su traslado al lugar de trabajo en coordinación con EL PATRÓN.",
    )
    cl(
        "SEGUNDA.- HONORARIOS.",
        "LA GESTORA no cobra cuota alguna a EL TRABAJADOR por el "
        "reclutamiento, ya que sus honorarios los cubre EL PATRÓN.",
    )
    cl(
        "TERCERA.- OBLIGACIONES DE EL TRABAJADOR.",
        "Presentarse puntualmente a las juntas "
        "y a la cita consular, entregar documentos verdaderos y viajar en la fecha que le "
        "indique LA GESTORA.",
    )
    cl(
        "CUARTA.- DOCUMENTOS.",
        "Para asegurar la asistencia a la cita consular, LA GESTORA "
        "conservará en su oficina el pasaporte y el acta de nacimiento de EL TRABAJADOR hasta "
        "la fecha de salida, y después los entregará al mayordomo del rancho, quien los "
        "resguardará durante toda la temporada.",
    )
    para(d, "(continúa al reverso)", size=9.5, style="I", align="R", after=0)
    check_page(d, 1, "ak07")

    d.add_page()
    img = scan_page_image(AK07_PAGE2, 8.5, 14)
    d.image(img, x=0, y=0, w=d.w, h=d.h)
    check_page(d, 2, "ak07")
    return d, {2}


# --------------------------------------------------------------------------- ak08
# Bilingual offer letter EN | ES, H-2A Michigan asparagus and blueberries, 2 pages,
# compliant


def ak08():
    def hdr(d):
        d.set_fill_color(96, 130, 60)
        d.rect(0, 0, d.w, 4, style="F")
        d.set_xy(18, 8)
        d.set_font("lsans", "B", 14)
        d.set_text_color(60, 90, 30)
        d.cell(0, 6, "Lakeshore Asparagus & Berry Co.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(18)
        d.set_font("lsans", "", 8)
        d.set_text_color(80, 80, 80)
        d.cell(
            0,
            4,
            "6120 West Shelby Road, Shelby, MI 49455  ·  (231) 555-0163  ·  "
            "jobs@lakeshoreberry.example",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.set_y(24)

    def ftr(d):
        d.set_y(-12)
        d.set_font("lsans", "", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(0, 4, f"Offer of employment / Oferta de empleo  ·  {d.page}/2", align="C")
        d.set_text_color(0, 0, 0)

    d = Doc(base="lsans", margins=(18, 24, 18), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    para(
        d,
        "OFFER OF EMPLOYMENT  /  OFERTA DE EMPLEO  -  H-2A 2026",
        size=12,
        style="B",
        align="C",
        after=3,
    )
    pair(
        d,
        "March 2, 2026\nTo: Rogelio Campos Ayala, Tangancícuaro, Michoacán",
        "2 de marzo de 2026\nPara: Rogelio Campos Ayala, Tangancícuaro, Michoacán",
        size=9.3,
    )
    pair(
        d,
        "Dear Mr. Campos: We are pleased to offer you seasonal work on our farm under "
        "the H-2A program, on the following terms. The Spanish text on the right says "
        "the same thing.",
        "Estimado Sr. Campos: Con gusto le ofrecemos trabajo de temporada en nuestra "
        "granja con el programa H-2A, en las siguientes condiciones. El texto en inglés de "
        "la izquierda dice lo mismo.",
        size=9.3,
        after=3,
    )

    items = [
        (
            "1. Employer. Lakeshore Asparagus & Berry Co., 6120 West Shelby Road, Shelby, "
            "MI 49455.",
            "1. Patrón. Lakeshore Asparagus & Berry Co., 6120 West Shelby Road, Shelby, MI 49455.",
        ),
        (
            "2. Job. Farmworker: cut asparagus by hand with a knife and pack the spears in "
            "crates; later, hand-pick blueberries into buckets. On rainy days you may feed "
            "berries onto the sorting line and remove stems.",
            "2. Trabajo. Trabajador agrícola: cortar espárrago a mano con cuchillo y "
            "acomodarlo en cajas; después, cosechar arándano a mano en cubetas. En días de "
            "lluvia puede alimentar la banda de selección con fruta y quitar tallos.",
        ),
        (
            "3. Where. Our fields and packing shed in Shelby and New Era, Oceana County, Michigan.",
            "3. Dónde. Nuestros campos y empaque en Shelby y New Era, condado de Oceana, Michigan.",
        ),
        (
            "4. Dates. May 4, 2026 to August 28, 2026.",
            "4. Fechas. Del 4 de mayo al 28 de agosto de 2026.",
        ),
        (
            "5. Requirements. Two months of experience in hand harvest of vegetables or berries.",
            "5. Requisitos. Dos meses de experiencia en cosecha manual de hortalizas o frutillas.",
        ),
        (
            "6. Hours. 40 hours per week, Monday to Saturday; asparagus cutting starts at "
            "6:00 a.m.",
            "6. Horario. 40 horas por semana, de lunes a sábado; el corte de espárrago empieza "
            "a las 6:00 a.m.",
        ),
        (
            "7. Pay. $18.50 per hour. Blueberries may be paid at $0.55 per pound, but never "
            "less than $18.50 for every hour worked. We pay the highest of the AEWR, the "
            "prevailing rate or the minimum wage, and raise your rate if a higher AEWR is "
            "published during the season.",
            "7. Salario. $18.50 por hora. El arándano se puede pagar a $0.55 por libra, pero "
            "nunca menos de $18.50 por cada hora trabajada. Pagamos el más alto entre el AEWR, "
            "el salario prevaleciente o el mínimo, y subimos su salario si se publica un AEWR "
            "más alto durante la temporada.",
        ),
        (
            "8. Payday. Every Friday (weekly), with a pay stub showing hours offered and "
            "worked, units picked, rate, earnings and every deduction.",
            "8. Día de pago. Cada viernes (semanal), con un talón que muestra horas ofrecidas "
            "y trabajadas, unidades cosechadas, tarifa, ganancias y cada descuento.",
        ),
        (
            "9. Deductions. Only federal income tax if you ask for it, Michigan income tax "
            "and garnishments ordered by a court. No FICA is taken from H-2A wages. We never "
            "charge for housing, transport, tools or hiring.",
            "9. Descuentos. Solo impuesto federal si usted lo pide, impuesto de Michigan y "
            "embargos ordenados por un juez. En la visa H-2A no se descuenta FICA. Nunca "
            "cobramos vivienda, transporte, herramientas ni contratación.",
        ),
        (
            "10. Guarantee. We guarantee you work for at least 3/4 of the workdays of the "
            "contract, or we pay you the difference.",
            "10. Garantía. Le garantizamos trabajo por lo menos en 3/4 de los días del "
            "contrato, o le pagamos la diferencia.",
        ),
    ]
    for en, es in items:
        pair(d, en, es, size=9.3, rule=True)
    check_page(d, 1, "ak08")

    d.add_page()
    items2 = [
        (
            "11. Housing. Free housing at our licensed camp, 6200 West Shelby Road, Shelby. "
            "No rent, no utilities, no deposit.",
            "11. Vivienda. Vivienda gratis en nuestro campamento con licencia, 6200 West Shelby "
            "Road, Shelby. Sin renta, sin servicios, sin depósito.",
        ),
        (
            "12. Meals. A free kitchen with stoves and refrigerators in every unit.",
            "12. Comida. Cocina gratuita con estufas y refrigeradores en cada unidad.",
        ),
        (
            "13. Travel. We pay your bus ticket from Zamora, Michoacán, give you $16.36 per "
            "travel day for food, and reimburse your visa fee in your first paycheck. We pay "
            "your return trip to Zamora when you finish the contract.",
            "13. Viaje. Pagamos su boleto de autobús desde Zamora, Michoacán, le damos $16.36 "
            "por día de viaje para comida y le reembolsamos la visa en su primer cheque. "
            "Pagamos su regreso a Zamora cuando termine el contrato.",
        ),
        (
            "14. Daily transport. Free rides between the camp and the fields in our buses.",
            "14. Transporte diario. Viajes gratis entre el campamento y los campos en nuestros "
            "autobuses.",
        ),
        (
            "15. Tools. Knives, buckets, gloves and rain gear are free, with no deposit.",
            "15. Herramientas. Cuchillos, cubetas, guantes y ropa para lluvia son gratis, sin "
            "depósito.",
        ),
        (
            "16. If you are hurt. Workers' compensation insurance paid by us from your first "
            "day (Michigan Farm Mutual, policy WC 880-1162).",
            "16. Si se lastima. Seguro de compensación al trabajador pagado por nosotros desde "
            "el primer día (Michigan Farm Mutual, póliza WC 880-1162).",
        ),
        (
            "17. Ending the job. If you miss 5 consecutive workdays without permission, the "
            "job is considered abandoned; you may also be dismissed for just cause after "
            "written warnings. In those cases you lose the 3/4 guarantee and the paid return "
            "trip.",
            "17. Fin del trabajo. Si falta 5 días laborables seguidos sin permiso, se "
            "considera que abandonó el trabajo; también puede ser despedido por causa "
            "justificada después de avisos por escrito. En esos casos pierde la garantía de "
            "3/4 y el regreso pagado.",
        ),
        (
            "18. If work becomes impossible. If frost, hail, fire, flood or another cause "
            "beyond our control ends the season early, we pay the 3/4 guarantee up to that "
            "date and your trip home.",
            "18. Si el trabajo se vuelve imposible. Si una helada, granizo, incendio, "
            "inundación u otra causa fuera de nuestro control termina la temporada antes, "
            "pagamos la garantía de 3/4 hasta esa fecha y su viaje a casa.",
        ),
        (
            "19. Fair recruitment. Our recruiter in Michoacán, Vinculación Agrícola "
            "Purépecha, S.C., is paid only by us. No one may charge you anything for this "
            "job. You keep your passport. You will not be punished or blacklisted for "
            "making a complaint.",
            "19. Reclutamiento justo. Nuestro reclutador en Michoacán, Vinculación Agrícola "
            "Purépecha, S.C., recibe su pago solo de nosotros. Nadie puede cobrarle nada por "
            "este trabajo. Usted conserva su pasaporte. No será castigado ni puesto en una "
            "lista negra por presentar una queja.",
        ),
    ]
    for en, es in items2:
        pair(d, en, es, size=9.3, rule=True)
    d.ln(3)
    pair(
        d,
        "To accept, sign below and return one copy to our recruiter.",
        "Para aceptar, firme abajo y entregue una copia a nuestro reclutador.",
        size=9.3,
        style="I",
        after=4,
    )
    sig_table(
        d, ["Karen DeVries, Owner / Propietaria", "Worker / Trabajador", "Date / Fecha"], h=16
    )
    check_page(d, 2, "ak08")
    return d, set()


# --------------------------------------------------------------------------- ak09
# H-2B job order, North Carolina crab picking, English, 2 pages


def ak09():
    def ftr(d):
        d.set_y(-13)
        d.set_draw_color(150, 150, 150)
        d.line(20, d.get_y(), d.w - 20, d.get_y())
        d.set_font("narrow", "", 8)
        d.cell(
            0,
            5,
            f"Pamlico Sound Seafood Co., Inc.  ·  H-2B Job Order  ·  page {d.page} of 2",
            align="R",
        )

    d = Doc(base="narrow", margins=(20, 16, 20), footer_fn=ftr)
    d.add_page()
    para(d, "PAMLICO SOUND SEAFOOD CO., INC.", size=15, style="B", after=0.5)
    para(
        d,
        "H-2B Job Order  -  Terms and Conditions of Employment  -  Crab Meat "
        "Processing, Season 2026",
        size=10.5,
        after=4,
        color=(70, 70, 70),
    )

    def cl(n, title, text, after=2.0):
        y = d.get_y()
        d.set_font("narrow", "B", 10.5)
        d.set_xy(d.l_margin, y)
        d.cell(8, 5, f"{n}.")
        d.set_xy(d.l_margin + 8, y)
        d.set_font("narrow", "", 10.5)
        d.multi_cell(
            d.epw - 8,
            4.9,
            f"**{title}** {text}",
            markdown=True,
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.ln(after)

    cl(
        1,
        "Employer.",
        "Pamlico Sound Seafood Co., Inc., 271 Lighthouse Road, Engelhard, "
        "NC 27824. Telephone (252) 555-0139.",
    )
    cl(
        2,
        "Position.",
        "Crab meat picker (Meat, Poultry and Fish Cutters and Trimmers, SOC 51-3022). 45 openings.",
    )
    cl(
        3,
        "Duties.",
        "Pick cooked blue crab by hand, separating lump, backfin and claw meat "
        "from the shell with a knife; remove shell fragments; pack meat into 1-lb "
        "containers; weigh and label containers; keep picking tables clean and sanitized.",
    )
    cl(
        4,
        "Place of work.",
        "Company plant at 271 Lighthouse Road, Engelhard, Hyde County, North Carolina.",
    )
    cl(5, "Period of employment.", "April 1, 2026 through November 15, 2026.")
    cl(
        6,
        "Requirements.",
        "One month of experience picking crab or other shellfish. Must "
        "be able to stand for the full shift and handle cold, wet product.",
    )
    cl(
        7,
        "Hours.",
        "40 hours per week, Monday through Saturday, with shifts starting at "
        "5:00 a.m. Daily hours vary with the size of the catch.",
    )
    cl(
        8,
        "Pay.",
        "$4.25 per pound of crab meat picked, with a guaranteed minimum of $15.45 "
        "per hour for every hour worked. The Company will always pay at least the highest "
        "of the prevailing wage, the federal minimum wage and the state minimum wage; if "
        "the Department of Labor publishes a higher prevailing wage during the season, the "
        "Company pays the higher rate from its effective date.",
    )
    cl(
        9,
        "Payday.",
        "Wages are paid weekly, every Friday. Each worker receives a pay stub "
        "showing hours offered and worked, pounds picked, rates, gross and net pay, and "
        "each deduction.",
    )
    cl(
        10,
        "Season hold-back.",
        "To encourage workers to finish the season, the Company "
        "holds back $1.00 of every pound picked, and the total held back is paid in one "
        "check on the last day of the season.",
    )
    cl(
        11,
        "Deductions.",
        "Federal and state income taxes and FICA as required by law; "
        "bunkhouse rent as stated in clause 12; garnishments ordered by a court.",
    )
    cl(
        12,
        "Housing.",
        "Housing is available in the Company bunkhouse at 275 Lighthouse "
        "Road, a short walk from the plant. Rent for the company bunkhouse is $65.00 per "
        "week per worker and is deducted from each paycheck.",
    )
    cl(
        13,
        "Travel and visa costs.",
        "The Company pays directly for the bus from "
        "Monterrey, Nuevo León, to Engelhard, with $16.36 per travel day for meals, or "
        "reimburses these costs in the first workweek. The Company reimburses in the first "
        "workweek the visa fee, visa processing fee and border crossing fee that each "
        "worker paid. Workers who complete the season, or are dismissed early for reasons "
        "other than cause, receive a paid return bus ticket to Monterrey.",
    )
    check_page(d, 1, "ak09")

    d.add_page()
    cl(
        14,
        "Tools and supplies.",
        "The Company supplies picking knives, aprons, hairnets, "
        "boots and rubber gloves at no cost and without deposit.",
    )
    cl(
        15,
        "Abandonment and dismissal.",
        "A worker who misses five consecutive working "
        "days without notice is considered to have abandoned the job, and the Company will "
        "notify the Department of Labor and DHS. Workers may be dismissed for cause, such "
        "as theft, violence, or serious food-safety violations after a warning.",
    )
    cl(
        16,
        "Recruitment.",
        "The Company pays all recruitment costs, including the fees of "
        "its recruiter in Mexico, Agencia de Colocación Golfo Norte, S.A. de C.V., of "
        "Matamoros, Tamaulipas. Workers pay no fee of any kind to the Company or to the "
        "recruiter.",
        after=5,
    )

    d.set_draw_color(0, 0, 0)
    y0 = d.get_y()
    d.set_font("narrow", "B", 11.5)
    d.set_fill_color(235, 235, 235)
    d.cell(
        d.epw,
        7,
        "BUNKHOUSE RULES (attached to and part of this job order)",
        border=1,
        align="C",
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(1.5)
    rules = [
        "Quiet hours are from 10:00 p.m. to 5:00 a.m.",
        "Residents may not leave the bunkhouse grounds after 9:00 p.m. or on Sundays "
        "without written permission from the plant manager.",
        "No visitors in the rooms.",
        "Cooking is allowed only in the common kitchen, which is free for all residents.",
        "Residents keep their own passports and papers; the Company does not hold any "
        "worker's documents.",
        "Garbage goes in the dumpster behind the building; crab shells from the plant are "
        "never brought into the bunkhouse.",
        "Report broken appliances to the plant office so they can be repaired.",
    ]
    for i, r in enumerate(rules, 1):
        para(d, f"{i})  {r}", size=10.5, indent=4, w=d.epw - 8, after=1.2)
    y1 = d.get_y() + 1
    d.rect(d.l_margin, y0, d.epw, y1 - y0)
    d.set_y(y1 + 8)
    sig_table(d, ["Company representative", "Worker", "Date"], h=16)
    check_page(d, 2, "ak09")
    return d, set()


# --------------------------------------------------------------------------- ak10
# Generic corridor: Guatemala -> Canada (Quebec) farm contract, Spanish, 2 pages


def ak10():
    def ftr(d):
        d.set_y(-14)
        d.set_font("sans", "", 7.5)
        d.cell(
            0,
            4,
            f"Contrato RAO-CA-2026-0317  ·  Página {d.page} de 2  ·  Firma "
            f"del trabajador: ____________",
            align="C",
        )

    d = Doc(base="sans", margins=(20, 16, 20), footer_fn=ftr)
    d.add_page()
    para(
        d,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL EN EL EXTRANJERO",
        size=12.5,
        style="B",
        align="C",
        after=1,
    )
    para(
        d,
        "Trabajo agrícola de temporada en la provincia de Québec, Canadá",
        size=10,
        align="C",
        after=4,
    )
    grid(
        d,
        [
            [
                "EL EMPLEADOR",
                "Ferme Maraîchère Saint-Rémi Inc., 1250 rang Notre-Dame, "
                "Saint-Rémi (Québec) J0L 2L0, Canadá",
            ],
            [
                "LA AGENCIA",
                "Reclutamientos Altiplano Occidental, S.A., 4a. calle 7-12 zona 1, "
                "Quetzaltenango, Guatemala",
            ],
            [
                "LA PERSONA TRABAJADORA",
                "Baltazar Pascual Mateo, DPI 2451 38790 0901, originario de Cantel, Quetzaltenango",
            ],
        ],
        (28, 72),
        size=9,
        head=False,
        bold_first=True,
        first_fill=(232, 232, 240),
    )

    def cl(n, text, after=2.0):
        para(d, f"**{n}.** {text}", size=9.6, md=True, align="J", after=after)

    cl(
        1,
        "PUESTO. LA PERSONA TRABAJADORA se contrata como obrero agrícola en hortalizas: "
        "trasplante, deshierbe, cosecha y empaque de lechuga, brócoli y calabaza.",
    )
    cl(
        2,
        "LUGAR. Campos e instalaciones de EL EMPLEADOR en Saint-Rémi y Saint-Michel, "
        "provincia de Québec.",
    )
    cl(3, "DURACIÓN. Del 4 de mayo al 30 de octubre de 2026.")
    cl(
        4,
        "JORNADA. Mínimo 40 horas por semana; jornada de 8 a 10 horas diarias, de lunes "
        "a sábado, con un día de descanso semanal.",
    )
    cl(5, "SALARIO. CAD 16.10 por hora; las horas extra se pagan conforme a la ley de Québec.")
    cl(
        6,
        "PAGO. Cada dos semanas, por depósito en una cuenta bancaria a nombre de LA "
        "PERSONA TRABAJADORA, con su comprobante de pago.",
    )
    cl(
        7,
        "RETENCIONES. EL EMPLEADOR hará únicamente las retenciones que exige la ley "
        "canadiense (impuesto sobre la renta, seguro de empleo y Régime de rentes du Québec) "
        "y el descuento indicado en la cláusula 9.",
    )
    cl(
        8,
        "VIVIENDA. EL EMPLEADOR proporciona vivienda sin costo, inspeccionada por las "
        "autoridades, con cocina equipada.",
    )
    cl(
        9,
        "VIAJE. El permiso de trabajo y la evaluación de impacto en el mercado laboral "
        "(EIMT) los tramita y paga EL EMPLEADOR. El costo del boleto aéreo de ida "
        "Guatemala–Montreal se recuperará del salario de LA PERSONA TRABAJADORA mediante "
        "descuentos de 40 dólares canadienses por semana. El boleto de regreso a Guatemala "
        "al terminar el contrato lo paga EL EMPLEADOR.",
    )
    cl(
        10,
        "TRÁMITES PREVIOS. La obtención o renovación del pasaporte guatemalteco y el "
        "registro de datos biométricos corren por cuenta de LA PERSONA TRABAJADORA. El "
        "examen médico migratorio con un médico designado, por un valor de Q1,275.00, lo "
        "pagará LA PERSONA TRABAJADORA antes de su viaje.",
    )
    check_page(d, 1, "ak10")

    d.add_page()
    cl(
        11,
        "SEGURO MÉDICO. EL EMPLEADOR inscribirá a LA PERSONA TRABAJADORA en un seguro "
        "médico privado, pagado por EL EMPLEADOR, hasta que tenga la cobertura del seguro "
        "provincial (RAMQ). Los accidentes de trabajo están cubiertos por la CNESST.",
    )
    cl(
        12,
        "AGENCIA. LA AGENCIA no cobra comisión por la colocación; sus servicios los paga "
        "EL EMPLEADOR. LA PERSONA TRABAJADORA conserva en todo momento su pasaporte y su "
        "DPI.",
    )
    cl(
        13,
        "QUEJAS. LA PERSONA TRABAJADORA puede presentar quejas ante el consulado de "
        "Guatemala en Montreal o ante la CNESST sin que ello afecte su contratación en "
        "temporadas futuras.",
    )
    cl(
        14,
        "CONTROVERSIAS. Cualquier diferencia sobre este contrato se resolverá primero "
        "mediante diálogo entre las partes con apoyo del consulado; si no hay acuerdo, "
        "conforme a las leyes de la provincia de Québec.",
        after=8,
    )
    para(d, "Firmado en Quetzaltenango, Guatemala, el 23 de marzo de 2026.", size=9.6, after=8)
    y = d.get_y()
    sig_table(d, ["Por EL EMPLEADOR", "Por LA AGENCIA", "LA PERSONA TRABAJADORA"], h=20)
    d.set_xy(d.l_margin + d.epw - 32, d.get_y() + 2)
    d.rect(d.get_x(), d.get_y(), 30, 34)
    d.set_xy(d.l_margin + d.epw - 32, d.get_y() + 35)
    d.set_font("sans", "", 7.5)
    d.cell(30, 4, "Huella digital", align="C")
    _ = y
    check_page(d, 2, "ak10")
    return d, set()


# --------------------------------------------------------------------------- ak11
# Spanish recruiter letter from a Guatemalan agency, H-2A Washington, 2 pages, compliant,
# with an all-employer cost table


def ak11():
    def hdr(d):
        d.set_font("serif", "B", 13)
        d.set_text_color(110, 20, 60)
        d.set_xy(20, 12)
        d.cell(0, 6, "CONEXIÓN LABORAL IXIL, S.A.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_font("serif", "", 7)
        d.set_text_color(70, 70, 70)
        d.cell(
            0,
            4,
            "Agencia de reclutamiento registrada  ·  Licencia MINTRAB-ARE-0193-2025  "
            "·  Cantón Tu Vitz, Santa María Nebaj, Quiché  ·  Tel. 7755-2190",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(110, 20, 60)
        d.line(20, 24, d.w - 20, 24)
        d.line(20, 25, d.w - 20, 25)
        d.set_draw_color(0, 0, 0)
        d.set_text_color(0, 0, 0)
        d.set_y(31)

    d = Doc(base="serif", margins=(22, 31, 22), header_fn=hdr)
    d.add_page()
    para(d, "Santa María Nebaj, Quiché, 3 de febrero de 2026", size=10, align="R", after=5)
    para(d, "Señora\nMagdalena Brito Cobo\nAldea Salquil Grande, Nebaj", size=10, after=4)
    para(d, "Estimada señora Brito:", size=10, after=3)
    para(
        d,
        "Le confirmamos que fue seleccionada para trabajar con visa H-2A en METHOW RIVER "
        "ORCHARDS, LLC, 2250 Highway 97, Brewster, Washington 98812, en el raleo y la "
        "cosecha de cereza y manzana, en los huertos de la empresa en Brewster y Pateros, "
        "condado de Okanogan. El contrato va del 1 de junio al 16 de octubre de 2026.",
        size=10,
        align="J",
        after=3,
    )
    para(d, "Las condiciones principales son:", size=10, after=1.5)
    for item in [
        "Salario de $19.82 por hora, pagado cada semana.",
        "Alrededor de 40 horas por semana, de lunes a sábado.",
        "El contrato garantiza trabajo por lo menos en las tres cuartas partes de los días "
        "de la temporada; si no, la empresa le paga la diferencia.",
        "Vivienda gratuita en el campamento de la empresa, con cocina equipada que usted "
        "puede usar sin costo.",
        "Requisito: tres meses de experiencia en cosecha de fruta o en corte de café.",
    ]:
        para(d, "–  " + item, size=10, indent=5, after=1)
    d.ln(2)
    para(
        d,
        "Queremos ser muy claros: NUESTRA AGENCIA NO COBRA NADA. No pedimos cuota de "
        'inscripción, "apartado", depósito, pagaré ni garantía de ningún tipo. Nuestros '
        "servicios los paga la empresa. Si alguien le pide dinero en nombre de Conexión "
        "Laboral Ixil, no pague y comuníquese con nosotros o con el Ministerio de Trabajo.",
        size=10,
        align="J",
        after=3,
    )
    para(
        d,
        "La plática de orientación antes del viaje es gratuita y se da en español y en "
        "ixil. Usted conserva siempre su pasaporte; nadie de la agencia ni de la empresa se "
        "lo va a pedir para guardarlo.",
        size=10,
        align="J",
        after=3,
    )
    para(
        d,
        "Preséntese el lunes 16 de febrero a las 8:00 en nuestra oficina, frente a la "
        "gasolinera del cantón Tu Vitz, con su pasaporte vigente y su DPI. En la hoja "
        "siguiente le explicamos quién paga cada gasto.",
        size=10,
        align="J",
        after=8,
    )
    para(d, "Atentamente,", size=10, after=12)
    para(
        d,
        "Ing. Tomás Raymundo Chávez\nDirector\nConexión Laboral Ixil, S.A.",
        size=10,
        style="B",
        after=2,
    )
    check_page(d, 1, "ak11")

    d.add_page()
    para(
        d,
        "¿Quién paga los gastos de su viaje y de su trabajo?",
        size=12,
        style="B",
        align="C",
        after=4,
    )
    grid(
        d,
        [
            ["Gasto", "¿Quién paga?", "Cómo"],
            [
                "Cuota de la visa (MRV)",
                "La empresa",
                "La agencia la paga antes de la cita con fondos de la empresa",
            ],
            [
                "Hotel en la ciudad de Guatemala la noche antes de la cita",
                "La empresa",
                "Reservado por la agencia",
            ],
            ["Boleto de avión Guatemala–Seattle", "La empresa", "Se le entrega en el aeropuerto"],
            ["Autobús Seattle–Brewster", "La empresa", "Incluido"],
            ["Alimentación durante el viaje", "La empresa", "Q300 en efectivo al salir"],
            ["Regreso a Guatemala al terminar", "La empresa", "Boleto pagado"],
            ["Vivienda, luz y agua", "La empresa", "Sin costo"],
            ["Herramientas, escaleras y bolsas", "La empresa", "Sin costo y sin depósito"],
            ["Servicios de la agencia", "La empresa", "Usted no paga nada"],
        ],
        (42, 20, 38),
        size=9.5,
        head_fill=(235, 215, 225),
    )
    para(
        d,
        "Si en algún momento alguien le cobra por cualquiera de estos conceptos, "
        "guarde el recibo o la conversación y llámenos al 7755-2190. También puede llamar "
        "gratis desde Estados Unidos al Departamento de Trabajo: 1-866-487-9243.",
        size=10,
        align="J",
        after=3,
    )
    check_page(d, 2, "ak11")
    return d, set()


# --------------------------------------------------------------------------- ak12
# H-2A labor contractor worker agreement + payroll authorization, Georgia, English,
# 2 pages, deduction table


def ak12():
    def hdr(d):
        d.set_font("sans", "B", 10)
        d.set_xy(18, 10)
        d.cell(90, 5, "COASTAL PLAIN HARVEST SERVICES, LLC")
        d.set_font("sans", "", 7.5)
        d.cell(
            0,
            5,
            "H-2A Labor Contractor  ·  317 First Avenue SE, Moultrie, GA 31768",
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(0, 0, 0)
        d.set_line_width(0.5)
        d.line(18, 16, d.w - 18, 16)
        d.set_line_width(0.2)
        d.set_y(20)

    def ftr(d):
        d.set_y(-12)
        d.set_font("sans", "", 7)
        d.cell(0, 4, "Form CPH-WA Rev. 01/2026", align="L")
        d.cell(0, 4, f"Page {d.page} of 2   Worker initials: ______", align="R")

    d = Doc(base="sans", margins=(18, 20, 18), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    para(
        d,
        "H-2A WORKER AGREEMENT AND PAYROLL AUTHORIZATION",
        size=12.5,
        style="B",
        align="C",
        after=0.5,
    )
    para(d, "Spring vegetable season 2026  ·  Colquitt County, Georgia", size=9, align="C", after=4)

    def cl(n, title, text, after=1.8):
        para(d, f"**{n}. {title}** {text}", size=9, md=True, align="L", after=after)

    cl(
        1,
        "Employer.",
        "Coastal Plain Harvest Services, LLC, an H-2A labor contractor "
        "(Georgia FLC certificate GA-FLC-2026-0388), 317 First Avenue SE, Moultrie, GA "
        "31768, telephone (229) 555-0152.",
    )
    cl(
        2,
        "Job and requirements.",
        "Farmworker: hand-harvest bell peppers, squash, "
        "cucumbers and eggplant, pack produce into boxes in the field and load trucks. "
        "Requirement: one month of hand-harvest experience and the ability to lift 45 lbs.",
    )
    cl(
        3,
        "Worksites.",
        "Farms of our grower clients in Colquitt County, Georgia: "
        "Ochlocknee Road Farm, 4410 Ochlocknee Road, Moultrie, and Funston Produce, 2250 "
        "Highway 133, Funston.",
    )
    cl(4, "Period.", "March 16, 2026 to June 26, 2026.")
    cl(
        5,
        "Hours.",
        "Approximately 40 hours per week, Monday to Saturday, 7:00 a.m. to 4:00 "
        "p.m. with a one-hour lunch.",
    )
    cl(
        6,
        "Wage.",
        "$14.68 per hour, or $0.90 per 1-1/9 bushel box of peppers when that "
        "is higher. We pay the highest of the AEWR, the prevailing rate or the minimum wage, "
        "and adjust the rate if a higher AEWR takes effect during the contract.",
    )
    cl(
        7,
        "Payday and statements.",
        "Weekly, every Friday, with an itemized earnings "
        "statement showing hours offered and worked, units, rates, earnings and "
        "deductions.",
    )
    cl(
        8,
        "Three-fourths guarantee.",
        "We guarantee employment for at least three-fourths "
        "of the workdays of the contract period; if we offer less, we pay the difference.",
    )
    cl(
        9,
        "Housing and meals.",
        "Free housing at our Moultrie camp, 1200 Tallokas Road, "
        "with free kitchen facilities for workers to cook their own meals.",
    )
    cl(
        10,
        "Transportation.",
        "Inbound: the bus fare from Monterrey and daily subsistence "
        "are reimbursed when the worker completes 50% of the contract period, or earlier if "
        "needed so that first-week pay is not below the minimum wage. Return: paid by the "
        "employer at the end of the contract. Daily transportation to the fields is free.",
    )
    para(
        d,
        "Workers who need money for the trip to Monterrey may request a travel advance "
        "of up to $250.00 from the crew leader, which will be repaid through payroll "
        "deductions of $50.00 per week.",
        size=9,
        indent=5,
        after=1.8,
    )
    cl(
        11,
        "Documents.",
        "Workers are responsible for obtaining a valid Mexican passport at "
        "their own expense before the consular appointment. Workers are recruited in Oaxaca "
        "by Agencia Mixteca de Empleo Temporal, S.C., of Huajuapan de León, Oaxaca, which "
        "prepares the group's visa appointments.",
    )
    cl(12, "Tools.", "Picking buckets, knives, gloves and rain gear are provided at no charge.")
    check_page(d, 1, "ak12")

    d.add_page()
    cl(
        13,
        "Workers' compensation.",
        "All workers are covered by workers' compensation "
        "insurance (Southern Growers Mutual, policy 26-WC-55813) at no cost to them.",
    )
    cl(
        14,
        "Abandonment and discharge.",
        "A worker absent five consecutive workdays without "
        "permission is treated as having abandoned employment. A worker may be discharged "
        "for cause, including fighting, theft or refusal to work. Either one ends the "
        "three-fourths guarantee and the paid return trip, and is reported to the "
        "Department of Labor and DHS within two working days.",
    )
    cl(
        15,
        "Complaints.",
        "Workers may complain to the employer, the Department of Labor or "
        "a legal aid office. No worker will be punished, blacklisted or denied future work "
        "for doing so.",
        after=4,
    )
    band(d, "PAYROLL DEDUCTION AUTHORIZATION", size=10, fill=(60, 60, 60))
    para(
        d,
        "I authorize Coastal Plain Harvest Services, LLC to make the following "
        "deductions from my weekly pay:",
        size=9,
        after=2,
    )
    grid(
        d,
        [
            ["Deduction", "Amount", "When"],
            ["Federal income tax (only if I request it on Form W-4)", "Per W-4", "Each payday"],
            ["Georgia income tax", "As required by law", "Each payday"],
            ["Child support (court order only)", "As ordered", "Each payday"],
            [
                "H-2A paperwork processing contribution",
                "$75.00 per week",
                "Weeks 1-4 (total $300.00)",
            ],
        ],
        (50, 22, 28),
        size=8.6,
        head_fill=(220, 220, 220),
        lh=4.5,
    )
    para(
        d,
        "No deduction will be made for housing, daily transportation, tools or "
        "workers' compensation.",
        size=9,
        after=8,
    )
    sig_table(d, ["Worker signature", "Worker name (print)", "Date"], h=15)
    sig_table(d, ["For Coastal Plain Harvest Services, LLC", "Title", "Date"], h=15)
    check_page(d, 2, "ak12")
    return d, set()


BUILDERS = [ak01, ak02, ak03, ak04, ak05, ak06, ak07, ak08, ak09, ak10, ak11, ak12]


# --------------------------------------------------------------------------- verification


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def verify(out_dir: Path, scanned: dict[str, set[int]]) -> None:
    import pdfplumber

    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    names = [f"ak{i:02d}.pdf" for i in range(1, 13)]
    if [x["file"] for x in labels] != names:
        raise SystemExit("labels.json must list ak01.pdf..ak12.pdf in order")
    errors = []
    n_scanned_docs = 0
    for lab in labels:
        fn = lab["file"]
        sc = scanned.get(fn, set())
        if bool(sc) != bool(lab["scanned"]):
            errors.append(f"{fn}: scanned flag mismatch")
        n_scanned_docs += bool(sc)
        with pdfplumber.open(out_dir / fn) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{fn}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, 1):
                if i in sc:
                    if page.chars:
                        errors.append(f"{fn} p{i}: scanned page has a text layer")
                    if not page.images:
                        errors.append(f"{fn} p{i}: scanned page has no image")
                    texts[i] = None
                    continue
                full = norm(page.extract_text() or "")
                halves = []
                for box in (
                    (0, 0, page.width / 2, page.height),
                    (page.width / 2, 0, page.width, page.height),
                ):
                    halves.append(norm(page.crop(box).extract_text() or ""))
                texts[i] = (full, halves)
            for fee in lab["fees"]:
                p = fee["page"]
                if p not in texts:
                    errors.append(f"{fn}: fee on missing page {p}")
                    continue
                if texts[p] is None:
                    continue  # scanned image page: nothing to match against
                if norm(fee["quote"]) not in texts[p][0]:
                    errors.append(f"{fn} p{p}: quote not found: {fee['quote'][:70]}...")
            for rec in lab["recruiters"]:
                alltext = " ".join(t[0] + " " + " ".join(t[1]) for t in texts.values() if t)
                if norm(rec) not in alltext:
                    errors.append(f"{fn}: recruiter name not found: {rec}")
    if n_scanned_docs != 1:
        errors.append(f"expected exactly one document with a scanned page, got {n_scanned_docs}")
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        raise SystemExit(f"verification failed with {len(errors)} error(s)")
    nfees = sum(len(x["fees"]) for x in labels)
    print(
        f"OK: {len(labels)} PDFs, {nfees} labelled fee quotes verified "
        f"(scanned pages skipped: {sum(len(v) for v in scanned.values())})"
    )


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    scanned = {}
    for i, fn in enumerate(BUILDERS, 1):
        doc, sc = fn()
        name = f"ak{i:02d}.pdf"
        doc.output(str(out / name))
        scanned[name] = sc
        print("wrote", out / name)
    verify(out, scanned)


if __name__ == "__main__":
    main(sys.argv)
