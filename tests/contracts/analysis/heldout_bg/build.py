#!/usr/bin/env python3
"""Build the blind held-out batch bg01.pdf ... bg12.pdf and verify it against labels.json.

Usage: python build.py OUT_DIR

Self-contained (fpdf2, Pillow, pdfplumber); imports nothing from the project.
Deterministic: fixed creation date, fixed random seeds.
"""

import io
import json
import random
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dv": {
        "": DV + "DejaVuSans.ttf",
        "B": DV + "DejaVuSans-Bold.ttf",
        "I": DV + "DejaVuSans-Oblique.ttf",
        "BI": DV + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": DV + "DejaVuSansCondensed.ttf",
        "B": DV + "DejaVuSansCondensed-Bold.ttf",
        "I": DV + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DV + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dvs": {
        "": DV + "DejaVuSerif.ttf",
        "B": DV + "DejaVuSerif-Bold.ttf",
        "I": DV + "DejaVuSerif-Italic.ttf",
        "BI": DV + "DejaVuSerif-BoldItalic.ttf",
    },
    "ls": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "lsr": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "ln": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "lm": {
        "": LB + "LiberationMono-Regular.ttf",
        "B": LB + "LiberationMono-Bold.ttf",
        "I": LB + "LiberationMono-Italic.ttf",
        "BI": LB + "LiberationMono-BoldItalic.ttf",
    },
}


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        fam="dv",
        size=10.0,
        margins=(20, 18, 20),
        bottom=18,
        head=None,
        foot=None,
        title="",
        lang="en",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam_name, files in FONTS.items():
            for style, path in files.items():
                self.add_font(fam_name, style, path)
        self.fam, self.size = fam, size
        self.head_fn, self.foot_fn = head, foot
        self.scanned_pages = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("")
        self.set_lang(lang)
        self.alias_nb_pages()
        self.font()

    # header/footer hooks (suppressed on scanned pages)
    def header(self):
        if self.head_fn and self.page not in self.scanned_pages:
            self.head_fn(self)
            self.font()

    def footer(self):
        if self.foot_fn and self.page not in self.scanned_pages:
            self.foot_fn(self)
            self.font()

    def font(self, size=None, style="", fam=None):
        self.set_font(fam or self.fam, style, size or self.size)

    def lh(self, size=None, k=1.32):
        return (size or self.size) * 0.3528 * k

    def hd(
        self, text, size=None, style="B", before=3.0, after=1.2, fill=None, color=None, align="L"
    ):
        size = size or self.size + 1.5
        self.ln(before)
        self.font(size, style)
        if color:
            self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, self.lh(size), text, align=align, fill=bool(fill), new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.font()

    def p(self, text, size=None, align="L", after=1.6, indent=0.0, style="", md=True, k=1.32):
        size = size or self.size
        self.font(size, style)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            self.lh(size, k),
            text,
            align=align,
            markdown=md,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)
        self.font()

    def bullets(self, items, bullet="\u2022", indent=2.0, gap=4.5, size=None, after=0.8):
        size = size or self.size
        for it in items:
            self.font(size)
            self.set_x(self.l_margin + indent)
            self.cell(gap, self.lh(size), bullet)
            self.multi_cell(
                self.epw - indent - gap,
                self.lh(size),
                it,
                align="L",
                markdown=True,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(after)
        self.font()

    def clause(self, num, text, numw=8.0, size=None, after=1.6, align="L"):
        size = size or self.size
        self.font(size, "B")
        self.cell(numw, self.lh(size), num)
        self.font(size)
        self.multi_cell(
            self.epw - numw,
            self.lh(size),
            text,
            align=align,
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)
        self.font()

    def grid(
        self,
        rows,
        widths,
        head=True,
        size=None,
        fill=(228, 232, 236),
        bold_first=True,
        lh_k=1.3,
        after=3.0,
        align="LEFT",
        borders="ALL",
        padding=1.4,
    ):
        size = size or self.size - 0.5
        self.font(size)
        from fpdf.fonts import FontFace

        hs = FontFace(emphasis="BOLD", fill_color=fill)
        if sum(widths) > self.epw - 0.01:
            k = (self.epw - 0.01) / sum(widths)
            widths = tuple(w * k for w in widths)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            text_align=align,
            v_align="TOP",
            line_height=self.lh(size, lh_k),
            first_row_as_headings=head,
            headings_style=hs,
            borders_layout=borders,
            padding=padding,
            align="LEFT",
        ) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first and j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(after)
        self.font()

    def sigblock(self, labels, size=None, gap=10.0, fingerprint=False, lines_h=14):
        size = size or self.size - 0.5
        self.ln(4)
        n = len(labels) + (1 if fingerprint else 0)
        w = (self.epw - gap * (n - 1)) / n
        y = self.get_y() + lines_h
        if y + 16 > self.h - self.b_margin:
            self.add_page()
            y = self.get_y() + lines_h
        x = self.l_margin
        self.font(size)
        for lab in labels:
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 1)
            self.multi_cell(w, self.lh(size), lab, align="C", new_x="RIGHT", new_y="TOP")
            x += w + gap
        if fingerprint:
            self.rect(x + w / 2 - 13, y - lines_h + 2, 26, 26)
            self.set_xy(x, y - lines_h + 29)
            self.cell(w, self.lh(size), "Huella", align="C")
        self.set_xy(self.l_margin, y + 14 + (10 if fingerprint else 0))
        self.font()


def band(pdf, left, right="", fill=(31, 78, 95), h=11, size=9, fam=None):
    pdf.set_fill_color(*fill)
    pdf.rect(0, 0, pdf.w, h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(fam or pdf.fam, "B", size)
    pdf.set_xy(pdf.l_margin, 0)
    pdf.cell(pdf.epw / 2, h, left, align="L")
    pdf.set_font(fam or pdf.fam, "", size - 0.5)
    pdf.cell(pdf.epw / 2, h, right, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(h + 7)


def foot_line(text, size=7.5, rule=True, align="C"):
    def f(pdf):
        pdf.set_y(-13)
        if rule:
            pdf.set_draw_color(150, 150, 150)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_draw_color(0, 0, 0)
        pdf.set_font(pdf.fam, "I", size)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 7, text.replace("{p}", str(pdf.page_no())), align=align)
        pdf.set_text_color(0, 0, 0)

    return f


def wrap_px(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scanned_page(pdf, spec, seed, dpi=200):
    """Add a page that is only an image: text rendered with Pillow, tilted, noisy, blurred."""
    W, H = int(pdf.w / 25.4 * dpi), int(pdf.h / 25.4 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    pt = dpi / 72.0
    f_reg = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", int(11 * pt))
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", int(11 * pt))
    f_head = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", int(10 * pt))
    f_small = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", int(9 * pt))
    margin = int(22 / 25.4 * dpi)
    y = int(16 / 25.4 * dpi)
    for kind, text in spec:
        font = {"p": f_reg, "h": f_bold, "top": f_head, "small": f_small}[kind]
        lh = int(font.size * 1.32)
        if kind == "h":
            y += int(lh * 0.5)
        for line in wrap_px(d, text, font, W - 2 * margin):
            d.text((margin, y), line, font=font, fill=20)
            y += lh
        y += int(lh * 0.35)
    rng = random.Random(seed)
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.randrange(120, 230)
    for _ in range(40):  # a few dust specks
        x, yy = rng.randrange(W - 4), rng.randrange(H - 4)
        r = rng.randrange(1, 3)
        ImageDraw.Draw(img).ellipse((x, yy, x + r, yy + r), fill=rng.randrange(60, 140))
    img = img.point(lambda v: int(v * 0.93 + 12))  # greyish paper
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82)
    buf.seek(0)
    pdf.scanned_pages.add(pdf.page + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# --------------------------------------------------------------------------- documents
def bg01():
    pdf = Doc(
        "letter",
        "dv",
        9.3,
        margins=(19, 16, 19),
        head=lambda p: band(p, "COLDWATER RIDGE ORCHARDS LLC", "Clearance order NY-2026-11873"),
        foot=foot_line(
            "Coldwater Ridge Orchards LLC - H-2A job order NY-2026-11873 - worker's copy - page {p} of {nb}"
        ),
        title="H-2A Job Offer and Work Contract",
        lang="en",
    )
    pdf.add_page()
    pdf.hd(
        "H-2A JOB OFFER AND WORK CONTRACT\nTree Fruit Harvest, 2026 Season",
        size=14,
        before=0,
        after=2,
    )
    pdf.p(
        "This job order is the work contract between Coldwater Ridge Orchards LLC and every worker "
        "hired under it, whether recruited in the United States or abroad. A Spanish copy is given "
        "to each worker before the visa appointment.",
        style="I",
    )
    pdf.hd("1. The employer")
    pdf.bullets(
        [
            "**Legal name:** Coldwater Ridge Orchards LLC",
            "**Business address:** 218 Plank Hill Road, Marlboro, NY 12542",
            "**Telephone:** (845) 555-0163",
            "**Hiring contact:** Marisol Ketchum, Human Resources Coordinator",
        ]
    )
    pdf.hd("2. Summary of the offer")
    pdf.bullets(
        [
            "**Job title:** Tree fruit harvest worker (Farmworkers and Laborers, Crop, Nursery, and Greenhouse, SOC 45-2092.02)",
            "**Workers needed:** 64",
            "**Contract period:** August 17, 2026 to November 6, 2026",
            "**Hours:** 40 hours per week, Monday to Saturday; usual day 6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch",
            "**Pay:** $18.83 per hour, or $31.00 per bin of apples (about 20 bushels) when the bin rate earns more in the pay period",
            "**Payday:** every Friday (weekly), by check or direct deposit",
        ]
    )
    pdf.hd("3. The work")
    pdf.p(
        "Pick apples and pears by hand into shoulder picking bags without bruising the fruit, climb "
        "and move 10- to 14-foot orchard ladders, and empty bags gently into field bins. Before "
        "harvest, workers thin fruitlets, prop heavy limbs and clear brush from tree rows. On rainy "
        "days workers may be assigned to the packing shed to grade fruit, stack empty bins and feed "
        "bins into the flume that carries apples to the sorting line."
    )
    pdf.hd("4. Who may apply")
    pdf.p(
        "Three months of paid experience hand-harvesting tree fruit in the last two years. Workers "
        "must be able to climb and work on ladders while carrying a full picking bag of about 40 "
        "pounds. No schooling, English or certificate is required."
    )

    pdf.add_page()
    pdf.hd("5. Places of work", before=0)
    pdf.grid(
        [
            ["Block", "Address", "County"],
            ["Home ranch and packing shed", "218 Plank Hill Road, Marlboro, NY 12542", "Ulster"],
            ["Lattintown block", "41 Lattintown Road, Marlboro, NY 12542", "Ulster"],
            ["Mill Creek block", "1907 Route 9W, Milton, NY 12547", "Ulster"],
        ],
        widths=(55, 85, 30),
    )
    pdf.hd("6. Pay details")
    pdf.p(
        "**Wage guarantee.** The employer will pay at least the highest of the Adverse Effect Wage "
        "Rate, the prevailing hourly or piece rate, the agreed collective bargaining rate and the "
        "federal or New York minimum wage in effect when the work is done; if a higher AEWR is "
        "published during the season, pay rises on the date it takes effect."
    )
    pdf.p(
        "**Earnings statements.** On each payday the worker receives a written statement with the "
        "hours offered, the hours actually worked, the number of bins picked, the rates paid, gross "
        "and net pay, every deduction, and the employer's name, address and FEIN."
    )
    pdf.p(
        "**Deductions.** Only these amounts are taken from pay: federal and New York income tax if "
        "the worker asks for withholding in writing; payments ordered by a court, such as child "
        "support; and voluntary payments that the worker authorizes in writing for his own benefit."
    )
    pdf.p(
        "**Three-fourths guarantee.** The employer guarantees to offer each worker work for at least "
        "three-fourths of the workdays in the contract period, counted from the worker's first "
        "workday. If the hours offered fall short, the worker is paid the difference."
    )
    pdf.hd("7. Housing, meals and transportation")
    pdf.p(
        "**Housing.** Workers who cannot return home the same day live free of charge in the "
        "Coldwater Ridge labor camp at 226 Plank Hill Road, Marlboro, which the New York State "
        "Department of Health inspected on July 28, 2026. There is no charge for rent, electricity, "
        "water, propane, beds or blankets, and no deposit of any kind is requested."
    )
    pdf.p(
        "**Meals.** Every housing unit has a kitchen with stoves, refrigerators, pots and pans that "
        "workers use free of charge. The employer also sets out free coffee and bread in the shed "
        "each morning."
    )
    pdf.p(
        "**Daily transportation.** The employer drives workers free of charge between the camp and "
        "every orchard block in insured vans with licensed drivers."
    )
    pdf.p(
        "**Travel to the job.** A worker who completes 50 percent of the contract period is "
        "reimbursed the reasonable cost of transportation and daily subsistence from the place of "
        "recruitment to Marlboro; in the first workweek the employer also reimburses whatever part "
        "of those costs would otherwise bring the worker's earnings below the federal minimum wage."
    )
    pdf.p(
        "**Visa costs.** The employer pays the H-2A visa fee and any border-crossing fee directly, or "
        "reimburses them in the first workweek; workers pay nothing for the petition."
    )
    pdf.p(
        "**Return travel.** A worker who completes the contract, or who is dismissed early for "
        "reasons other than cause, receives transportation and daily subsistence back to the place "
        "of recruitment, paid by the employer."
    )

    pdf.add_page()
    pdf.hd("8. Tools and insurance", before=0)
    pdf.p(
        "**Tools.** Ladders, picking bags, pruning shears, gloves and rain gear are lent to workers "
        "free of charge; no deposit is taken and nothing is deducted for normal wear."
    )
    pdf.p(
        "**Workers' compensation.** The employer insures every worker under a New York State "
        "Insurance Fund workers' compensation policy (no. 2291-774-6) at no cost to the worker, "
        "covering injuries and illness from the job."
    )
    pdf.hd("9. Ending the contract")
    pdf.p(
        "**Abandonment.** A worker who fails to report for work for five consecutive scheduled "
        "workdays without the employer's consent is treated as having abandoned the job, and the "
        "employer will notify the Department of Labor and the Department of Homeland Security within "
        "two working days."
    )
    pdf.p(
        "**Dismissal for cause.** A worker may be dismissed for cause, such as violence, theft or "
        "repeated refusal to follow safety rules after a written warning. A worker who abandons the "
        "job or is dismissed for cause loses the three-fourths guarantee and the return travel "
        "payment."
    )
    pdf.p(
        "**Contract impossibility.** If a hailstorm, fire, flood or other act of God makes it "
        "impossible to continue the harvest, the employer may end the contract with the approval of "
        "the Certifying Officer; each worker is then paid for at least three-fourths of the workdays "
        "up to the end date, receives return travel and subsistence, and the employer will try to "
        "place the worker with another grower."
    )
    pdf.hd("10. Recruitment and workers' rights")
    pdf.bullets(
        [
            "Coldwater Ridge recruits in Mexico through Agencia Rural del Bajío Norte, S.C., of León, "
            "Guanajuato. The employer pays the agency's entire service fee, and the agency is forbidden "
            "by its written contract with the employer to ask workers for any payment, gift or favor.",
            "No one may charge a worker for being hired, for a place on the list or for a visa "
            "interview appointment.",
            "Workers keep their own passports, visas and identity papers at all times.",
            "No worker will be blacklisted, threatened or refused rehire for filing a complaint, "
            "testifying, or talking to a lawyer or a labor organizer.",
            "Camp residents are free to come and go, to receive visitors in the common areas and to "
            "shop wherever they want.",
        ]
    )
    pdf.sigblock(["For Coldwater Ridge Orchards LLC (name, title, date)", "Worker (name and date)"])
    return pdf


def bg02():
    def head(p):
        p.set_font("lsr", "B", 10)
        p.set_text_color(120, 30, 30)
        p.cell(
            0,
            5,
            "Enlace Campesino Internacional de Jerez, S.C.",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_font("lsr", "", 8.5)
        p.set_text_color(60, 60, 60)
        p.cell(
            0,
            4,
            "Av. Hidalgo 214, Centro, Jerez de García Salinas, Zacatecas  ·  Tel. 494 945 0871",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(120, 30, 30)
        p.set_line_width(0.6)
        p.line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.ln(6)

    pdf = Doc(
        "letter",
        "lsr",
        10.0,
        margins=(22, 14, 22),
        head=head,
        foot=foot_line(
            "Hoja {p} de {nb}  ·  Rubrica de las partes: ________  ________", rule=False, align="R"
        ),
        title="Convenio de gestión H-2A",
        lang="es",
    )
    pdf.add_page()
    pdf.hd(
        "CONVENIO DE GESTIÓN Y ACOMPAÑAMIENTO PARA EMPLEO AGRÍCOLA TEMPORAL EN ESTADOS UNIDOS "
        "(VISA H-2A)",
        size=11.5,
        before=0,
        align="C",
        after=2.5,
    )
    pdf.p(
        "Convenio que celebran, por una parte, ENLACE CAMPESINO INTERNACIONAL DE JEREZ, S.C., en lo "
        "sucesivo «EL GESTOR», y por la otra la persona cuyo nombre aparece al calce, en lo sucesivo "
        "«EL SOLICITANTE», al tenor de las siguientes declaraciones y cláusulas.",
        align="J",
    )
    pdf.hd("DECLARACIONES", size=10.5, align="C")
    pdf.p(
        "I. Declara EL GESTOR que es una sociedad civil constituida conforme a las leyes mexicanas "
        "y que presta servicios de gestión a la empresa estadounidense Harlow Creek Produce, Inc., "
        "con domicilio en 902 Old Ferry Landing Road, Tifton, Georgia 31794, Estados Unidos (en "
        "adelante «LA EMPRESA»).",
        align="J",
    )
    pdf.p(
        "II. Declara EL SOLICITANTE que es mayor de edad, que desea trabajar en la cosecha de LA "
        "EMPRESA y que cuenta con pasaporte vigente.",
        align="J",
    )
    pdf.hd("CLÁUSULAS", size=10.5, align="C")
    pdf.p(
        "**PRIMERA. Objeto.** EL GESTOR integrará el expediente de EL SOLICITANTE, lo presentará a "
        "LA EMPRESA y le dará acompañamiento hasta su cita consular en Monterrey, Nuevo León.",
        align="J",
    )
    pdf.p(
        "**SEGUNDA. Condiciones del empleo.** Las condiciones ofrecidas por LA EMPRESA son las que "
        "se resumen en la tabla siguiente:",
        align="J",
    )
    pdf.grid(
        [
            ["Concepto", "Condición"],
            [
                "Puesto",
                "Trabajador agrícola: corte de sandía y chile morrón, carga de remolques, acomodo de cajas y limpieza de surcos.",
            ],
            [
                "Requisitos",
                "Mayor de 18 años; un mes de experiencia en cosecha de hortalizas; capacidad para levantar 25 kilos.",
            ],
            [
                "Lugar de trabajo",
                "Campos de LA EMPRESA en los condados de Tift y Colquitt, Georgia.",
            ],
            ["Periodo", "Del 4 de mayo al 14 de agosto de 2026."],
            ["Jornada", "40 horas por semana, de lunes a sábado."],
            ["Salario", "$16.08 dólares por hora."],
            ["Pago", "Semanal, cada viernes, con cheque."],
            [
                "Descuentos",
                "Impuesto federal sólo si el trabajador lo pide por escrito; pensión alimenticia ordenada por un juez.",
            ],
            [
                "Garantía",
                "LA EMPRESA ofrecerá trabajo por al menos tres cuartas partes de los días del contrato.",
            ],
            [
                "Vivienda",
                "Gratuita, en el campamento de LA EMPRESA, 880 Old Ferry Landing Road, Tifton, Georgia; luz, agua y gas sin costo.",
            ],
            [
                "Alimentos",
                "Cocina equipada para que el trabajador prepare sus alimentos, sin costo.",
            ],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa el autobús y los viáticos de Jerez a Tifton al cumplirse la mitad del contrato, o antes si el gasto deja al trabajador por debajo del salario mínimo en su primera semana.",
            ],
            ["Viaje de regreso", "Pagado por LA EMPRESA al terminar el contrato."],
            ["Herramientas", "Cuchillos, guantes y cubetas sin costo para el trabajador."],
            [
                "Riesgos de trabajo",
                "Seguro de compensación al trabajador (workers' compensation) pagado por LA EMPRESA.",
            ],
        ],
        widths=(38, 134),
        size=9.2,
    )

    pdf.add_page()
    pdf.p(
        "**TERCERA. Terminación.** Si EL SOLICITANTE abandona el trabajo durante cinco días seguidos "
        "sin avisar, o es despedido por causa justificada, LA EMPRESA podrá dar por terminado su "
        "contrato y EL SOLICITANTE perderá la garantía de tres cuartas partes y el pago del viaje de "
        "regreso.",
        align="J",
    )
    pdf.p(
        "**CUARTA. Aportación por gestión.** Por concepto de apoyo administrativo y gestión de cita, "
        "EL SOLICITANTE cubrirá a EL GESTOR la cantidad de $7,800.00 (siete mil ochocientos pesos "
        "00/100 M.N.), en dos exhibiciones. La primera, de $4,000.00, al firmar este convenio, y la "
        "segunda al recibir la fecha de la cita.",
        align="J",
    )
    pdf.p(
        "**QUINTA. Derechos consulares.** La cuota consular de la visa será pagada por EL SOLICITANTE "
        "directamente en el banco y no le será reembolsada por EL GESTOR ni por LA EMPRESA.",
        align="J",
    )
    pdf.p(
        "**SEXTA. Garantía de cumplimiento.** Como respaldo de su compromiso de presentarse a "
        "trabajar y regresar a México, EL SOLICITANTE firmará a favor de EL GESTOR un pagaré por "
        "$20,000.00 (veinte mil pesos 00/100 M.N.), que le será devuelto cuando regrese al término "
        "de la temporada.",
        align="J",
    )
    pdf.p(
        "**SÉPTIMA. Documentos.** EL SOLICITANTE conservará en todo momento su pasaporte, su visa y "
        "su credencial para votar; EL GESTOR sólo recibirá copias.",
        align="J",
    )
    pdf.p(
        "**OCTAVA. Quejas.** EL SOLICITANTE puede presentar cualquier queja ante LA EMPRESA o ante "
        "las autoridades de México o de Estados Unidos sin que ello afecte su contratación futura.",
        align="J",
    )
    pdf.p(
        "**NOVENA. Jurisdicción.** Para la interpretación de este convenio las partes se someten a "
        "los tribunales de Jerez, Zacatecas, renunciando a cualquier otro fuero.",
        align="J",
    )
    pdf.p(
        "Leído que fue el presente convenio y enteradas las partes de su contenido, lo firman en "
        "Jerez de García Salinas, Zacatecas, a ____ de febrero de 2026.",
        align="J",
    )
    pdf.sigblock(["Por EL GESTOR", "EL SOLICITANTE (nombre y firma)"], fingerprint=True)
    return pdf


def bg03():
    pdf = Doc(
        "letter",
        "ls",
        10.0,
        margins=(22, 20, 22),
        foot=foot_line(
            "Lockhart Sweet Potato Co., LLC  |  Seasonal agreement 2026  |  Page {p} of {nb}"
        ),
        title="Seasonal Agricultural Work Agreement",
        lang="en",
    )
    pdf.add_page()
    pdf.font(8.5, "", "ls")
    pdf.set_text_color(80, 80, 80)
    pdf.cell(
        0,
        4,
        "LOCKHART SWEET POTATO CO., LLC  -  771 Tar Landing Road, Nashville, NC 27856  -  (252) 555-0138",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.hd("SEASONAL AGRICULTURAL WORK AGREEMENT (H-2A)", size=13.5, align="C", before=4, after=3)
    pdf.p(
        "This agreement is made between Lockhart Sweet Potato Co., LLC, 771 Tar Landing Road, "
        'Nashville, North Carolina 27856 ("the Company") and the worker named below ("the '
        'Worker").'
    )
    pdf.p("Worker: ______________________________________ (name as shown in passport)", after=3)
    C = pdf.clause
    C(
        "1.",
        "**Position.** The Worker is hired as a farmworker to dig, pick up, grade and pack sweet "
        "potatoes into 40-pound boxes, load boxes and bulk bins onto trailers and, after harvest, "
        "cure and sort potatoes in the packing house.",
    )
    C(
        "2.",
        "**Qualifications.** The Worker must have at least one month of experience in hand harvest "
        "of vegetables and be able to lift and carry 50 pounds repeatedly.",
    )
    C(
        "3.",
        "**Places of work.** The Company's fields in Nash and Wilson Counties, North Carolina, and "
        "the packing house at 771 Tar Landing Road, Nashville.",
    )
    C("4.", "**Period.** From September 8, 2026 through December 11, 2026.")
    C("5.", "**Hours of work.** As needed according to crop and weather conditions.")
    C(
        "6.",
        "**Wages.** The Worker is paid $17.35 per hour, or $0.65 per 5/8-bushel bucket of sweet "
        "potatoes when bucket earnings are higher for the pay period. The Company will at all "
        "times pay at least the highest of the AEWR, the prevailing wage and the applicable "
        "federal or state minimum wage, and will increase the rate if a new AEWR is published.",
    )
    C(
        "7.",
        "**Payday.** Wages are paid every other Friday by check, and each check comes with a "
        "statement of hours offered and worked, buckets picked, rates, gross pay, deductions and "
        "net pay.",
    )
    C(
        "8.",
        "**Deductions.** The Company deducts only: income tax if the Worker requests it in writing, "
        "court-ordered payments, the utility contribution in clause 10, the equipment deposit in "
        "clause 13 and, for those who join it, the cafeteria plan in clause 11.",
    )
    C(
        "9.",
        "**Housing.** The Company provides barracks housing at 790 Tar Landing Road, Nashville, "
        "inspected by the North Carolina Department of Labor before occupancy.",
    )
    C(
        "10.",
        "**Utilities.** A utility and upkeep contribution of $35.00 per week per occupant is "
        "deducted from each paycheck to cover electricity, water and propane at the barracks.",
    )
    C(
        "11.",
        "**Meals.** Workers who choose the optional cafeteria plan pay $14.00 per day for three "
        "meals, which is below the maximum daily meal charge published by the U.S. Department of "
        "Labor for 2026; workers who prefer to cook may use the barracks kitchen free of charge.",
    )
    C(
        "12.",
        "**Transportation.** The Company provides free daily transportation between the barracks "
        "and the fields. The cost of travel and subsistence from San Pedro Sula to Nashville is "
        "reimbursed when the Worker completes half of the contract period, and return travel to "
        "San Pedro Sula is paid by the Company when the Worker completes the contract.",
    )
    pdf.add_page()
    C(
        "13.",
        "**Tools and equipment.** Digging forks, knives, gloves and grading tables are furnished at "
        "no cost. Each worker receives two harvest buckets, a ticket pouch and a rain suit against "
        "a refundable $60.00 equipment deposit taken from the first paycheck.",
    )
    C(
        "14.",
        "**Damage.** Workers will pay for the repair of any van, tractor or harvest aid that they "
        "damage through careless or unauthorized use.",
    )
    C(
        "15.",
        "**Abandonment and dismissal.** If the Worker is absent without permission for five "
        "consecutive workdays, the Company will consider the job abandoned and notify the "
        "authorities. The Company may dismiss the Worker for cause after a written warning. A "
        "Worker who abandons the job or is dismissed for cause forfeits return transportation.",
    )
    C(
        "16.",
        "**Recruitment.** The Worker was recruited in Honduras by Servicios Laborales del Valle de "
        "Olancho, S. de R.L., which is paid by the Company. Neither the Company nor the recruiter "
        "may charge the Worker any fee for the job.",
    )
    C(
        "17.",
        "**Copy.** The Worker receives a copy of this agreement in Spanish before leaving Honduras.",
    )
    pdf.sigblock(["Lockhart Sweet Potato Co., LLC", "Worker", "Date"])
    return pdf


BG04_SCAN = [
    ("small", "Orden de trabajo CA-2026-07734  ·  Alder Point Vineyards LLC  ·  página 2 de 3"),
    ("h", "10. Garantía de tres cuartas partes"),
    (
        "p",
        "LA EMPRESA garantiza ofrecer a cada trabajador empleo por al menos tres cuartas partes de los "
        "días de trabajo del periodo del contrato; si ofrece menos horas, pagará la diferencia.",
    ),
    ("h", "11. Vivienda"),
    (
        "p",
        "Vivienda gratuita en el campamento Alder Point, 2300 Dry Creek Spur Road, Lodi, con licencia "
        "del condado de San Joaquín. No se cobra renta, luz, agua ni gas.",
    ),
    ("h", "12. Transporte diario"),
    (
        "p",
        "LA EMPRESA lleva gratis a los trabajadores del campamento a los viñedos en autobuses "
        "asegurados, con choferes con licencia.",
    ),
    ("h", "13. Viaje de ida y visa"),
    (
        "p",
        "Se reembolsan el transporte y los alimentos del viaje desde el lugar de reclutamiento hasta "
        "Lodi cuando el trabajador cumple el 50 % del contrato, y en la primera semana en la medida "
        "necesaria para que no quede por debajo del salario mínimo. La visa y la cuota de cruce "
        "también se reembolsan en la primera semana.",
    ),
    ("h", "14. Herramientas"),
    ("p", "Tijeras, cuchillos, cubetas y guantes se prestan sin costo ni depósito."),
    ("h", "15. Seguro de trabajo"),
    (
        "p",
        "Los trabajadores están cubiertos por el seguro de compensación para trabajadores (workers' "
        "compensation) de LA EMPRESA, póliza SCIF 9183-22, sin costo para ellos.",
    ),
    ("h", "16. Reglas del rancho"),
    (
        "p",
        "Se prohíbe fumar en las góndolas y en la bodega. Los trabajadores deben usar el equipo de "
        "protección que se les entrega.",
    ),
    ("h", "17. Quejas"),
    (
        "p",
        "Los trabajadores que presenten quejas ante el Departamento de Trabajo o cualquier otra "
        "agencia sin antes hablar con el mayordomo no serán solicitados de nuevo para la próxima "
        "temporada.",
    ),
]


def bg04():
    pdf = Doc(
        "letter",
        "dvc",
        9.5,
        margins=(20, 16, 20),
        head=lambda p: band(
            p,
            "ORDEN DE TRABAJO AGRÍCOLA H-2A",
            "Orden de trabajo CA-2026-07734",
            fill=(84, 38, 92),
            h=10,
            size=8.5,
        ),
        foot=foot_line("Alder Point Vineyards LLC  ·  página {p} de {nb}", rule=True),
        title="Orden de trabajo agrícola H-2A",
        lang="es",
    )
    pdf.add_page()
    pdf.hd("ORDEN DE TRABAJO AGRÍCOLA Y CONTRATO DE TRABAJO H-2A", size=13, before=0, after=1)
    pdf.p(
        "Traducción al español de la orden de trabajo certificada. Esta orden es el contrato de "
        "trabajo cuando no se firma otro contrato por separado.",
        style="I",
        size=8.5,
        after=2,
    )
    pdf.hd("1. Empleador")
    pdf.p(
        "Alder Point Vineyards LLC, 2280 Dry Creek Spur Road, Lodi, California 95242. Teléfono "
        "(209) 555-0142."
    )
    pdf.hd("2. Puesto y tareas")
    pdf.p(
        "Trabajador agrícola de viñedo. Cortar racimos de uva de vino con tijera o cuchillo curvo, "
        "llenar y vaciar cubetas en góndolas, deshojar, amarrar sarmientos y podar en invierno. En "
        "la bodega, los trabajadores pueden alimentar la despalilladora y lavar cajas."
    )
    pdf.hd("3. Lugares de trabajo")
    pdf.grid(
        [
            ["Viñedo", "Dirección"],
            ["Bloque Dry Creek", "2280 Dry Creek Spur Road, Lodi, CA 95242"],
            ["Bloque Mokelumne", "16800 North Bruella Road, Lodi, CA 95240"],
            ["Rancho Acampo", "4710 East Frontage Road, Acampo, CA 95220"],
        ],
        widths=(50, 100),
        fill=(235, 225, 240),
    )
    pdf.hd("4. Periodo del contrato")
    pdf.p("Del 10 de agosto de 2026 al 30 de noviembre de 2026.")
    pdf.hd("5. Horario")
    pdf.p(
        "40 horas por semana, de lunes a sábado; durante la vendimia la jornada empieza a las "
        "5:30 a. m."
    )
    pdf.hd("6. Salario")
    pdf.p(
        "$19.97 por hora. Durante la vendimia se puede pagar $3.10 por cubeta cuando el pago a "
        "destajo sea mayor que el pago por hora. LA EMPRESA pagará siempre al menos la tarifa más "
        "alta entre la AEWR, el salario prevaleciente, el salario mínimo federal y el de "
        "California, y subirá el salario si se publica una AEWR más alta."
    )
    pdf.hd("7. Pago")
    pdf.p(
        "Cada semana, los viernes. Con cada cheque se entrega un talón con las horas ofrecidas, las "
        "horas trabajadas, las cubetas, el salario bruto, los descuentos y el pago neto."
    )
    pdf.hd("8. Descuentos")
    pdf.p(
        "Impuestos federales y estatales cuando la ley lo exija o el trabajador lo pida por escrito; "
        "pagos ordenados por un juez; y el fondo de permanencia del punto 9."
    )
    pdf.hd("9. Fondo de permanencia")
    pdf.p(
        "LA EMPRESA retendrá $1.25 por cada hora trabajada en un fondo de permanencia, que se "
        "entregará al trabajador en su último cheque de la temporada."
    )
    scanned_page(pdf, BG04_SCAN, seed=404)
    pdf.add_page()
    pdf.hd("18. Daños", before=0)
    pdf.p(
        "El costo de reparar cualquier tijera, escalera o remolque dañado por descuido del "
        "trabajador se descontará de su cheque."
    )
    pdf.hd("19. Abandono y despido")
    pdf.p(
        "Si el trabajador falta cinco días de trabajo seguidos sin permiso, LA EMPRESA lo "
        "considerará abandono del empleo y lo notificará al Departamento de Trabajo y al "
        "Departamento de Seguridad Nacional. LA EMPRESA puede despedir por causa justificada, como "
        "violencia, robo o negarse a seguir las reglas de seguridad."
    )
    pdf.hd("20. Imposibilidad del contrato")
    pdf.p(
        "Si un incendio, una helada, una inundación u otro caso fortuito impide continuar el trabajo, "
        "LA EMPRESA podrá terminar el contrato con permiso del Departamento de Trabajo y pagará al "
        "trabajador al menos tres cuartas partes de los días de trabajo transcurridos hasta entonces."
    )
    pdf.hd("21. Reclutamiento")
    pdf.p(
        "LA EMPRESA no cobra cuotas de reclutamiento y prohíbe a cualquier agente cobrarlas a los "
        "trabajadores."
    )
    pdf.sigblock(["Alder Point Vineyards LLC", "Trabajador"])
    return pdf


def bg05():
    def head(p):
        p.set_fill_color(232, 240, 228)
        p.rect(0, 0, p.w, 14, style="F")
        p.set_xy(p.l_margin, 3)
        p.set_font("ls", "B", 11)
        p.set_text_color(40, 90, 40)
        p.cell(p.epw / 2, 8, "Saltmeadow Links Club, Inc.")
        p.set_font("ls", "", 8)
        p.set_text_color(60, 60, 60)
        p.cell(p.epw / 2, 8, "ETA case H-400-26012-774310", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(20)

    pdf = Doc(
        "letter",
        "ls",
        9.8,
        margins=(20, 18, 20),
        head=head,
        foot=foot_line("H-2B job order - Saltmeadow Links Club, Inc. - page {p}/{nb}"),
        title="H-2B Job Order",
        lang="en",
    )
    pdf.add_page()
    pdf.hd("H-2B JOB ORDER\nLandscaping and Groundskeeping Workers", size=14, before=0, after=2)
    pdf.grid(
        [
            ["Item", "Details"],
            [
                "Employer",
                "Saltmeadow Links Club, Inc., 1200 Pelican Spit Road, Pawleys Island, South Carolina 29585; telephone (843) 555-0119",
            ],
            ["Occupation", "Landscaping and Groundskeeping Workers (SOC 37-3011); 18 openings"],
            ["Period of employment", "April 1, 2026 to November 20, 2026"],
            [
                "Hours",
                "40 hours per week; Monday through Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid meal break; weekend shifts may be offered",
            ],
            ["Wage", "$15.94 per hour"],
            [
                "Overtime",
                "Overtime, when available, is paid at $23.91 per hour for all hours over 40 in a workweek",
            ],
            [
                "Pay schedule",
                "Every other Thursday (biweekly), by direct deposit or pay card at no cost to the worker",
            ],
            [
                "Worksites",
                "Saltmeadow Links Club, 1200 Pelican Spit Road, Pawleys Island, SC 29585, and the club's practice range at 95 Old Kings Highway, Pawleys Island, SC 29585",
            ],
        ],
        widths=(42, 133),
    )
    pdf.hd("Job duties")
    pdf.p(
        "Mow fairways, tees and roughs with riding and walk-behind mowers; rake bunkers; hand-water "
        "greens; trim shrubs and edges; blow clippings and debris from cart paths; repair divots and "
        "ball marks; set up and take down tournament signage. During member events, grounds staff "
        "may be asked to help the starter collect green fees and cart fees from visiting players at "
        "the starter's hut."
    )
    pdf.hd("Requirements")
    pdf.p(
        "Three months of experience in landscaping or grounds maintenance and the ability to lift 50 "
        "pounds. No driver's license is required. New hires watch the club's mower safety "
        "demonstration, which is given free of charge during paid working time."
    )
    pdf.hd("Pay rules")
    pdf.p(
        "**Wage guarantee.** The employer will pay at least the highest of the prevailing wage, the "
        "federal minimum wage and any state or local minimum wage during the whole period of "
        "employment, and will raise the wage if the Department of Labor issues a higher prevailing "
        "wage during the season."
    )
    pdf.p(
        "**Pay statements.** Each pay statement shows the hours offered, hours worked, rate of pay, "
        "overtime, gross wages, each deduction and net pay."
    )
    pdf.p(
        "**Deductions.** Federal income tax, Social Security and Medicare as required by law, and any "
        "deduction the worker voluntarily authorizes in writing. No deduction is made for tools, "
        "uniforms, housing or recruitment."
    )
    pdf.p(
        "**Three-fourths guarantee.** The employer guarantees to offer each worker hours of work equal "
        "to at least three-fourths of the workdays in each 12-week period of the period of "
        "employment; if fewer hours are offered, the worker is paid the amount he would have earned."
    )
    pdf.p(
        "**Housing.** The employer does not provide housing and makes no housing deduction; the club "
        "will share a list of rooms for rent near Pawleys Island."
    )

    pdf.add_page()
    pdf.hd("Employer's obligations to H-2B workers", before=0, after=3)
    paras = [
        (
            "Transportation to the job. ",
            "The employer provides or reimburses inbound transportation and daily subsistence from the "
            "worker's home to Pawleys Island: costs that would reduce pay below the minimum wage are "
            "repaid in the first workweek, and the rest when the worker completes 50 percent of the "
            "period of employment.",
        ),
        (
            "Return transportation. ",
            "If the worker completes the period of employment, or is dismissed early for any reason, "
            "the employer provides or pays for return transportation and daily subsistence to the place "
            "the worker came from.",
        ),
        (
            "Visa expenses. ",
            "The employer pays or reimburses, in the first workweek, the visa fee, the visa appointment "
            "and processing fees and any border-crossing fee.",
        ),
        (
            "Tools and uniforms. ",
            "All tools, mowers, protective equipment and uniform shirts are provided free of charge and "
            "without deposit.",
        ),
        (
            "Recruiters. ",
            "The employer uses Caribe Seasonal Talent Ltd. of Kingston, Jamaica, and pays all of its "
            "fees. Recruiters are contractually barred from seeking or receiving any payment from "
            "workers.",
        ),
        (
            "Documents. ",
            "Workers keep their passports, visas and other identity documents; the employer never holds "
            "them.",
        ),
        (
            "No retaliation. ",
            "No worker will be discharged, threatened or blacklisted for filing a complaint or asserting "
            "any right under the H-2B rules.",
        ),
        (
            "Abandonment and dismissal. ",
            "A worker absent for five consecutive workdays without the employer's consent is considered "
            "to have abandoned the job; the employer may also dismiss a worker for cause. In both cases "
            "the employer notifies the Department of Labor and the Department of Homeland Security "
            "within two working days.",
        ),
        (
            "Contract impossibility. ",
            "If a hurricane, fire or other Act of God beyond the employer's control makes it impossible "
            "to continue the work, the employer may end the job order with the approval of the "
            "Certifying Officer, will pay the three-fourths guarantee up to the termination date, and "
            "will pay return transportation.",
        ),
        (
            "Copy of the job order. ",
            "Each worker receives a copy of this job order in a language he understands no later than "
            "the time he applies for the visa.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.25, balance=True
    ) as cols:
        for lead, body in paras:
            with cols.paragraph(bottom_margin=2.2) as par:
                pdf.set_font("ls", "B", 9.6)
                par.write(lead)
                pdf.set_font("ls", "", 9.6)
                par.write(body)
    pdf.font()
    pdf.ln(4)
    pdf.hd("How to apply")
    pdf.p(
        "Contact Darnell Pryor, grounds superintendent, at (843) 555-0119 or at the clubhouse, "
        "1200 Pelican Spit Road, Monday to Friday from 9 a.m. to 4 p.m."
    )
    pdf.add_page()
    pdf.hd("Acknowledgement", before=0)
    pdf.p("I received this job order before applying for my visa, and I understand its terms.")
    pdf.sigblock(["Saltmeadow Links Club, Inc. (authorized officer)", "Worker"])
    return pdf


def bg06():
    def head(p):
        p.set_font("dv", "B", 9.5)
        p.set_text_color(0, 70, 120)
        p.cell(0, 5, "Conexiones Laborales Quetzaltenango, S.A.", new_x="LMARGIN", new_y="NEXT")
        p.set_font("dv", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "12 Avenida 3-45, Zona 1, Quetzaltenango, Guatemala  ·  Tel. 7765 2210",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(0, 70, 120)
        p.line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.ln(5)

    pdf = Doc(
        "A4",
        "dv",
        9.2,
        margins=(20, 14, 20),
        head=head,
        foot=foot_line("Página {p} de {nb}", rule=False, align="C"),
        title="Contrato de intermediación laboral",
        lang="es",
    )
    pdf.add_page()
    pdf.hd(
        "CONTRATO DE INTERMEDIACIÓN LABORAL Y COMPROMISO DEL ASPIRANTE\nPROGRAMA DE VISAS H-2B",
        size=11.5,
        before=1,
        align="C",
        after=3,
    )
    pdf.p(
        "En la ciudad de Quetzaltenango comparecen CONEXIONES LABORALES QUETZALTENANGO, S.A., en "
        "adelante «LA AGENCIA», y el señor o la señora cuyos datos constan al final de este "
        "documento, en adelante «EL ASPIRANTE», quienes convienen lo siguiente:",
        align="J",
    )
    pdf.p(
        "**PRIMERO.** LA AGENCIA presentará la candidatura de EL ASPIRANTE a Bayou Teche Crawfish "
        "Processors LLC, 4107 Levee Road, Breaux Bridge, Luisiana 70517, Estados Unidos (en adelante "
        "«LA EMPRESA»), para el puesto de procesador de mariscos.",
        align="J",
    )
    pdf.p(
        "**SEGUNDO. Condiciones del trabajo.** Según la orden de trabajo de LA EMPRESA:", align="J"
    )
    pdf.grid(
        [
            ["Condición", "Detalle"],
            [
                "Tareas",
                "Pelar, desvenar y empacar cola de langostino de río; lavar y clasificar el producto; limpiar mesas y equipo al final del turno.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en procesamiento de alimentos o en cocina; no se exige saber inglés.",
            ],
            ["Lugar", "Planta de LA EMPRESA, 4107 Levee Road, Breaux Bridge, Luisiana."],
            ["Temporada", "Del 2 de febrero al 26 de junio de 2026."],
            ["Jornada", "40 horas semanales, de lunes a sábado."],
            ["Salario", "$14.27 por hora."],
            ["Tiempo extra", "$21.41 por hora después de 40 horas en la semana."],
            ["Pago", "Cada viernes, con talón que detalla horas, salario, descuentos y neto."],
            ["Descuentos", "Impuestos federales y estatales, Seguro Social y Medicare."],
            [
                "Viaje de ida",
                "LA EMPRESA paga el autobús de Quetzaltenango a Breaux Bridge y los viáticos, o los reembolsa en la primera semana.",
            ],
            [
                "Viaje de regreso",
                "A cargo de LA EMPRESA al terminar la temporada o si despide al trabajador antes.",
            ],
            [
                "Visa",
                "La cuota de la visa y los cargos de trámite se reembolsan en la primera semana de trabajo.",
            ],
            ["Equipo", "Cuchillos, guantes, delantales y botas de hule sin costo."],
        ],
        widths=(34, 136),
        size=8.8,
        fill=(220, 232, 244),
    )
    pdf.p(
        "**TERCERO. Honorarios.** EL ASPIRANTE aportará Q3,500.00 en concepto de honorarios de "
        "colocación, pagaderos en la oficina de LA AGENCIA antes de la entrevista consular.",
        align="J",
    )
    pdf.p(
        "**CUARTO. Examen médico.** El examen médico y la prueba toxicológica se realizarán en el "
        "Laboratorio Clínico San Bartolo, y su costo de Q650.00 será cubierto por EL ASPIRANTE.",
        align="J",
    )

    pdf.add_page()
    pdf.p(
        "**QUINTO. Inducción.** Antes de viajar, EL ASPIRANTE deberá aprobar el taller de inducción "
        "sobre manejo higiénico de mariscos, con un costo de Q400.00 a su cargo.",
        align="J",
    )
    pdf.p(
        "**SEXTO. Abandono.** Si EL ASPIRANTE falta cinco días seguidos sin avisar, LA EMPRESA "
        "considerará que abandonó el trabajo y lo notificará a las autoridades. Si EL ASPIRANTE "
        "abandona a LA EMPRESA antes de terminar la temporada, pagará a LA AGENCIA una indemnización "
        "de Q10,000.00 por los daños y perjuicios causados.",
        align="J",
    )
    pdf.p(
        "**SÉPTIMO. Documentos.** EL ASPIRANTE conservará su pasaporte y su Documento Personal de "
        "Identificación (DPI) en todo momento.",
        align="J",
    )
    pdf.p("**OCTAVO. Resumen de pagos del aspirante.**", align="J", after=1)
    pdf.grid(
        [
            ["Concepto", "Monto"],
            ["Honorarios de colocación", "Q3,500.00"],
            ["Examen médico y toxicológico", "Q650.00"],
            ["Taller de inducción", "Q400.00"],
            ["Total", "Q4,550.00"],
        ],
        widths=(80, 40),
        size=8.8,
        fill=(220, 232, 244),
    )
    pdf.p(
        "**NOVENO.** Las partes aceptan el contenido de este contrato y lo firman en Quetzaltenango, "
        "el ____ de enero de 2026.",
        align="J",
    )
    pdf.sigblock(["Por LA AGENCIA", "EL ASPIRANTE\nNombre y DPI: ____________"], fingerprint=True)
    return pdf


def bg07():
    pdf = Doc(
        "letter",
        "dvs",
        9.4,
        margins=(21, 18, 21),
        foot=foot_line(
            "Tamarack Point Resort Company  -  Seasonal Employment Agreement  -  {p}/{nb}"
        ),
        title="Seasonal Employment Agreement",
        lang="en",
    )
    pdf.add_page()
    pdf.set_font("dvs", "B", 15)
    pdf.set_text_color(20, 60, 40)
    pdf.cell(0, 8, "Tamarack Point Resort", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.hd(
        "SEASONAL EMPLOYMENT AGREEMENT - H-2B ROOM ATTENDANT",
        size=11.5,
        align="C",
        before=1,
        after=3,
    )
    pdf.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Tamarack Point Resort Company, 9 Harbor Bluff Drive, Bar Harbor, Maine 04609",
            ],
            ["Employee", "Kadian Monique Reid, passport no. A5128804 (Jamaica)"],
            [
                "Recruiting agency",
                "Blue Mahoe Staffing Services Ltd., 14 Church Street, Montego Bay, Jamaica",
            ],
        ],
        widths=(40, 134),
        fill=(226, 236, 230),
    )
    C = pdf.clause
    C(
        "1.",
        "**Position.** The Employee is engaged as a Room Attendant (Maids and Housekeeping "
        "Cleaners, SOC 37-2012): cleaning and restocking guest rooms and cottages, changing "
        "linens, vacuuming, cleaning bathrooms and reporting maintenance problems to the "
        "housekeeping office.",
    )
    C(
        "2.",
        "**Workplace.** Tamarack Point Resort, 9 Harbor Bluff Drive, Bar Harbor, Maine, and the "
        "resort's cottages on Schooner Head Road, Bar Harbor.",
    )
    C("3.", "**Term.** From May 11, 2026 to October 17, 2026.")
    C(
        "4.",
        "**Hours.** 37.5 hours per week, five days a week, in 7.5-hour shifts between 7:00 a.m. "
        "and 4:00 p.m.",
    )
    C("5.", "**Pay.** $16.62 per hour, paid every other Friday by direct deposit.")
    C(
        "6.",
        "**Wage guarantee.** The Employer will pay at least the highest of the prevailing wage and "
        "the federal, Maine or local minimum wage in effect, and will raise the rate if the "
        "prevailing wage is increased during the term.",
    )
    C(
        "7.",
        "**Guaranteed hours.** The Employer guarantees the Employee hours of work equal to at least "
        "three-fourths of the workdays in each 12-week period of the term.",
    )
    C(
        "8.",
        "**Deductions.** The following are deducted from pay: federal and Maine income tax, Social "
        "Security and Medicare, the housing charge in clause 9 and the welfare plan premium in "
        "clause 10.",
    )
    C(
        "9.",
        "**Housing.** Staff housing in the Eastwind dormitory is assigned by the Employer and "
        "$110.00 per week is deducted from wages for rent and utilities.",
    )
    C(
        "10.",
        "**Welfare plan.** All seasonal staff are enrolled in the Tamarack Staff Welfare Plan, and "
        "the premium of $22.50 per week is deducted from every paycheck.",
    )
    C(
        "11.",
        "**Dormitory rules.** Residents must be inside the dormitory by 11:00 p.m. every night and "
        "may not leave Mount Desert Island on days off without written permission from the "
        "housing supervisor.",
    )
    C(
        "12.",
        "**Travel and visa.** The Employer pays for the Employee's flight from Montego Bay to "
        "Bangor and the bus to Bar Harbor, and reimburses the visa fee and visa processing fees "
        "in the first workweek. At the end of the term, or if the Employee is dismissed early, "
        "the Employer pays the return flight to Montego Bay.",
    )
    pdf.add_page()
    C(
        "13.",
        "**Uniforms and supplies.** Uniforms, cleaning products, carts and vacuum cleaners are "
        "supplied without charge.",
    )
    C(
        "14.",
        "**Meals.** Two staff meals per shift are served free of charge in the employee cafeteria.",
    )
    C(
        "15.",
        "**Grievances.** Any Employee who takes a workplace complaint to outside agencies, the "
        "press or social media instead of using the resort's internal grievance desk will be "
        "placed on the do-not-return list and reported to the recruiting agency.",
    )
    C(
        "16.",
        "**Ending the agreement.** An Employee absent for five consecutive scheduled workdays "
        "without notice is deemed to have abandoned employment. The Employer may terminate the "
        "Employee for cause after a written warning.",
    )
    C(
        "17.",
        "**Closure.** If fire, storm damage or another event beyond the Employer's control forces "
        "the resort to close, the Employer may end this agreement, will pay the hours guaranteed "
        "up to the closing date and will pay the Employee's return flight.",
    )
    C(
        "18.",
        "**Recruitment costs.** Blue Mahoe Staffing Services Ltd. is paid by the Employer; the "
        "Employee owes the agency nothing.",
    )
    pdf.sigblock(["For the Employer", "Employee"])
    return pdf


def bg08():
    def head(p):
        p.set_fill_color(46, 84, 52)
        p.rect(0, 0, p.w, 22, style="F")
        p.set_xy(p.l_margin, 5)
        p.set_text_color(255, 255, 255)
        p.set_font("ls", "B", 14)
        p.cell(0, 7, "PINEY RIDGE REFORESTATION, INC.", new_x="LMARGIN", new_y="NEXT")
        p.set_font("ls", "", 8.5)
        p.cell(
            0,
            5,
            "311 Timber Spur Lane · Crossett, Arkansas 71635 · (870) 555-0177",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    pdf = Doc(
        "letter",
        "ls",
        10,
        margins=(22, 18, 22),
        head=head,
        foot=foot_line("Carta oferta H-2B 2026 · página {p} de {nb}", rule=False),
        title="Carta oferta de empleo temporal",
        lang="es",
    )
    pdf.add_page()
    pdf.p("Crossett, Arkansas, 3 de noviembre de 2025", align="R")
    pdf.hd("CARTA OFERTA DE EMPLEO TEMPORAL (VISA H-2B)", size=12.5, before=1, after=2)
    pdf.p("Estimado trabajador:")
    pdf.p(
        "Nos da gusto ofrecerle un puesto de plantador de árboles para la temporada 2026. Le pedimos "
        "leer con cuidado las condiciones siguientes antes de su cita en el consulado de Monterrey."
    )
    pdf.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empleador",
                "Piney Ridge Reforestation, Inc., 311 Timber Spur Lane, Crossett, Arkansas 71635, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador forestal (SOC 45-4011): plantar pinos a mano con pala plantadora, cargar bolsas de plántulas de hasta 30 libras y limpiar maleza en terrenos con pendiente.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en trabajo forestal o agrícola; buena condición física para caminar todo el día en terreno irregular.",
            ],
            [
                "Lugar",
                "Terrenos forestales de clientes de la empresa en los condados de Ashley y Bradley, Arkansas.",
            ],
            ["Periodo", "Del 5 de enero al 30 de abril de 2026."],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m."],
            ["Salario", "$17.41 por hora."],
            ["Tiempo extra", "$26.12 por cada hora trabajada después de 40 en la semana."],
            [
                "Pago",
                "Cada dos semanas, los viernes, con talón de pago que muestra horas, salario y descuentos.",
            ],
            [
                "Descuentos",
                "Impuestos, Seguro Social y Medicare, y los cargos de los puntos 2, 3 y 4 de esta carta.",
            ],
            [
                "Garantía",
                "Se le ofrecerá trabajo por al menos tres cuartas partes de las horas de cada periodo de 12 semanas.",
            ],
            [
                "Visa",
                "La cuota de la visa H-2B y los gastos de trámite consular se le reembolsan completos en la primera semana de trabajo.",
            ],
            [
                "Regreso",
                "Al terminar la temporada, la empresa paga el autobús de regreso de Crossett a Monterrey.",
            ],
        ],
        widths=(34, 138),
        size=9.3,
        fill=(222, 234, 222),
    )
    pdf.add_page()
    pdf.hd("Otros puntos importantes", before=0)
    pdf.clause(
        "1.",
        "El costo de tramitar o renovar el pasaporte mexicano corre por cuenta del trabajador.",
    )
    pdf.clause(
        "2.",
        "El pasaje de autobús de Monterrey a Crossett, de aproximadamente $185 dólares, se "
        "descontará en partes iguales de los primeros tres cheques.",
    )
    pdf.clause(
        "3.",
        "Cada trabajador renta a la empresa su pala plantadora y su bolsa de plantación por "
        "$15 dólares a la semana.",
    )
    pdf.clause(
        "4.",
        "En el campamento se sirven tres comidas al día, con un descuento de $12.00 diarios "
        "del salario.",
    )
    pdf.clause(
        "5.",
        "El hospedaje en el motel que la empresa renta en Crossett no tiene costo para el "
        "trabajador.",
    )
    pdf.clause(
        "6.",
        "Si el trabajador falta cinco días seguidos sin permiso, la empresa considerará que "
        "abandonó el empleo y avisará al Departamento de Trabajo.",
    )
    pdf.clause(
        "7.",
        "Nadie le debe cobrar por esta oferta de trabajo: la empresa no cobra ni permite que "
        "sus agentes cobren cuotas de reclutamiento.",
    )
    pdf.ln(3)
    pdf.p("Atentamente,")
    pdf.ln(8)
    pdf.p("Dolores Whitfield\nGerente de Personal, Piney Ridge Reforestation, Inc.")
    pdf.ln(4)
    pdf.p("Acepto las condiciones de esta carta:")
    pdf.sigblock(["Nombre del trabajador", "Firma", "Fecha"])
    return pdf


def bg09():
    pdf = Doc(
        "A4",
        "ls",
        9.8,
        margins=(20, 16, 20),
        foot=foot_line(
            "Contract of Employment - Kinta Valley Latex Products Sdn. Bhd. - Page {p} of {nb}  "
            "-  Initials: Employer ____  Worker ____",
            size=7,
        ),
        title="Contract of Employment for Foreign Worker",
        lang="en",
    )
    pdf.add_page()
    pdf.hd("CONTRACT OF EMPLOYMENT FOR FOREIGN WORKER", size=13, align="C", before=0, after=0.5)
    pdf.p(
        "Demand letter ref. DL/2026/4471  -  Pre-approval no. 81/2082-83",
        align="C",
        size=8.5,
        style="I",
        after=3,
    )
    pdf.grid(
        [
            ["Party", "Particulars"],
            [
                "Employer",
                "Kinta Valley Latex Products Sdn. Bhd., Lot 27, Jalan Perindustrian Tasek 4, 31400 Ipoh, Perak, Malaysia",
            ],
            ["Worker", "Bikash Tamang, Nepali citizen, passport no. PA0917735"],
            [
                "Recruiting agency",
                "Sagarmatha Manpower Bridge Pvt. Ltd., Bagbazar, Kathmandu, Nepal (licence no. 1187/070/71)",
            ],
        ],
        widths=(38, 132),
        fill=(235, 235, 235),
    )
    pdf.p("The Employer and the Worker agree as follows:", after=2)
    C = pdf.clause
    C(
        "1.",
        "**Job.** The Worker is employed as a Production Operator to load glove formers, strip "
        "finished gloves, inspect them for holes and pack them into cartons on the dipping lines.",
    )
    C(
        "2.",
        "**Place of work.** The Employer's factory at Lot 27, Jalan Perindustrian Tasek 4, Ipoh, "
        "Perak.",
    )
    C("3.", "**Period.** Two years, from 1 March 2026 to 28 February 2028.")
    C(
        "4.",
        "**Hours.** Eight hours per day, six days per week, in rotating shifts; work beyond eight "
        "hours is paid as overtime at 1.5 times the hourly rate.",
    )
    C(
        "5.",
        "**Salary.** Basic salary of MYR 1,700 per month, paid monthly into the Worker's bank "
        "account not later than the 7th day of the following month.",
    )
    C(
        "6.",
        "**Deductions.** Only the following may be deducted from the salary: the Worker's share of "
        "contributions to the Social Security Organisation (PERKESO) as required by law, and the "
        "loan repayment in clause 9.",
    )
    C(
        "7.",
        "**Levy and permits.** The annual foreign worker levy, the work permit (PLKS) and the "
        "FOMEMA medical examination in Malaysia are paid by the Employer and shall not be "
        "deducted from the Worker's salary.",
    )
    C(
        "8.",
        "**Service charge.** The Worker shall pay the Agency a service charge of NPR 165,000 for "
        "documentation and job placement, payable before the air ticket is issued.",
    )
    C(
        "9.",
        "**Loan.** Where the Worker cannot pay the service charge in cash, the Agency will arrange "
        "a loan from Pokhara Mitra Savings Cooperative, and the Employer will deduct MYR 300 from "
        "the Worker's monthly salary to repay it.",
    )
    C(
        "10.",
        "**Passport.** For safekeeping, the Worker's passport will remain with the Employer's "
        "administration office for the full duration of this contract.",
    )
    pdf.add_page()
    C(
        "11.",
        "**Accommodation and transport.** The Employer provides hostel accommodation that meets "
        "the Employees' Minimum Standards of Housing, Accommodations and Amenities Act 1990, and "
        "a free bus between the hostel and the factory, at no cost to the Worker.",
    )
    C(
        "12.",
        "**Air ticket.** The Employer pays the Worker's air ticket from Kathmandu to Kuala Lumpur.",
    )
    C(
        "13.",
        "**Termination.** Either party may end this contract by giving one month's written notice. "
        "The Employer may dismiss the Worker without notice for serious misconduct after a due "
        "inquiry. If the Worker resigns before completing 24 months, he shall pay the Employer two "
        "months' basic salary as compensation for recruitment expenses.",
    )
    C(
        "14.",
        "**Leave.** The Worker is entitled to annual leave and sick leave under the Employment Act "
        "1955 and to 11 paid public holidays a year.",
    )
    C("15.", "**Law.** This contract is governed by the laws of Malaysia.")
    pdf.sigblock(["For the Employer", "Worker", "Witness for the Agency"])
    return pdf


def bg10():
    pdf = Doc(
        "A4",
        "lsr",
        10.2,
        margins=(20, 16, 20),
        foot=foot_line(
            "Agrícola Marismas del Odiel, S.L.  ·  Contrato de campaña 2026  ·  pág. {p}/{nb}"
        ),
        title="Contrato de trabajo de campaña",
        lang="es",
    )
    pdf.add_page()
    pdf.set_font("lsr", "B", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(
        0,
        4,
        "AGRÍCOLA MARISMAS DEL ODIEL, S.L.  ·  CIF B21574093",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.hd(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA CAMPAÑA AGRÍCOLA\n"
        "(CONTRATACIÓN COLECTIVA EN ORIGEN)",
        size=11.5,
        align="C",
        before=3,
        after=3,
    )
    pdf.grid(
        [
            ["", "Datos de las partes"],
            [
                "Empresa",
                "Agrícola Marismas del Odiel, S.L., Carretera A-494, km 12, 21810 Palos de la Frontera (Huelva), España",
            ],
            [
                "Trabajadora",
                "Yessenia Maribel Cáceres Lagos, pasaporte hondureño n.º G417702, con domicilio en Danlí, El Paraíso, Honduras",
            ],
        ],
        widths=(34, 136),
        fill=(240, 228, 214),
    )
    pdf.hd("CLÁUSULAS", size=10.5, align="C", before=1, after=2)
    clauses = [
        (
            "PRIMERA. Puesto. ",
            "La trabajadora prestará servicios como peona agrícola en la recolección "
            "de fresa y arándano, incluida la selección, el envasado en campo y el traslado de cajas "
            "hasta el punto de carga.",
        ),
        (
            "SEGUNDA. Lugar. ",
            "Fincas de la empresa en los términos municipales de Palos de la Frontera "
            "y Moguer (Huelva).",
        ),
        ("TERCERA. Duración. ", "Del 15 de enero de 2026 al 15 de junio de 2026."),
        (
            "CUARTA. Jornada. ",
            "Seis horas y media diarias, de lunes a sábado (39 horas semanales), con "
            "descanso semanal el domingo.",
        ),
        (
            "QUINTA. Salario. ",
            "60,17 euros brutos por jornada trabajada, conforme al convenio colectivo "
            "del campo de la provincia de Huelva, con las partes proporcionales de pagas extraordinarias "
            "y vacaciones incluidas.",
        ),
        (
            "SEXTA. Pago. ",
            "El salario se abonará mensualmente por transferencia bancaria dentro de los "
            "cinco primeros días del mes siguiente, con entrega de la nómina.",
        ),
        (
            "SÉPTIMA. Deducciones. ",
            "De la nómina sólo se descontarán la cotización de la trabajadora a "
            "la Seguridad Social y la retención del IRPF que marque la ley.",
        ),
        (
            "OCTAVA. Alojamiento. ",
            "La empresa facilita alojamiento gratuito en las viviendas de la finca "
            "Los Cabezos, con cocina equipada, agua, electricidad y lavadoras, sin coste para la "
            "trabajadora.",
        ),
        (
            "NOVENA. Viajes. ",
            "La empresa abona el billete de avión de Tegucigalpa a Sevilla y el "
            "traslado en autobús a Palos de la Frontera y, al terminar la campaña, el billete de regreso "
            "a Tegucigalpa.",
        ),
        (
            "DÉCIMA. Visado y trámites. ",
            "El visado, el reconocimiento médico previo y la gestión de la "
            "autorización de trabajo corren a cargo de la empresa. No se cobrará a la trabajadora "
            "cantidad alguna por su selección o contratación, ni se le exigirá fianza, depósito o aval "
            "de ningún tipo.",
        ),
        (
            "UNDÉCIMA. Documentación. ",
            "La trabajadora conservará en todo momento su pasaporte y su "
            "tarjeta de identidad de extranjero (TIE).",
        ),
        (
            "DUODÉCIMA. Equipos. ",
            "La empresa entrega gratuitamente guantes, botas, ropa de trabajo y protector solar.",
        ),
        (
            "DECIMOTERCERA. Extinción. ",
            "El contrato se extinguirá al finalizar la campaña. La "
            "trabajadora podrá dimitir avisando con quince días de antelación, y la empresa sólo podrá "
            "despedirla por las causas del artículo 54 del Estatuto de los Trabajadores, por escrito y "
            "con indicación de los hechos.",
        ),
        (
            "DECIMOCUARTA. Derechos. ",
            "La trabajadora tiene los mismos derechos laborales que el personal "
            "español de la empresa y puede dirigirse a la Inspección de Trabajo o a un sindicato sin "
            "ninguna consecuencia para su empleo ni para futuras campañas.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=7, text_align="JUSTIFY", line_height=1.2, balance=True
    ) as cols:
        for lead, body in clauses:
            with cols.paragraph(bottom_margin=2.0) as par:
                pdf.set_font("lsr", "B", 9.8)
                par.write(lead)
                pdf.set_font("lsr", "", 9.8)
                par.write(body)
    pdf.font()
    pdf.add_page()
    pdf.p(
        "Y en prueba de conformidad, las partes firman el presente contrato por duplicado en Palos "
        "de la Frontera, a 10 de diciembre de 2025. La trabajadora declara haberlo leído en español "
        "y recibir una copia.",
        align="J",
    )
    pdf.sigblock(["Por la empresa", "La trabajadora"])
    return pdf


def bg11():
    def head(p):
        if p.page_no() == 1:
            p.set_font("ls", "B", 15)
            p.set_text_color(150, 110, 20)
            p.cell(0, 8, "FALCON CREST GUARDING SERVICES L.L.C.", new_x="LMARGIN", new_y="NEXT")
            p.set_font("ls", "", 8)
            p.set_text_color(70, 70, 70)
            p.cell(
                0,
                4,
                "Office 1408, Al Qusais Tower 2, Damascus Street, Dubai, United Arab Emirates  |  "
                "Tel +971 4 555 0182",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            p.set_draw_color(150, 110, 20)
            p.set_line_width(0.8)
            p.line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
            p.set_line_width(0.2)
            p.set_draw_color(0, 0, 0)
            p.set_text_color(0, 0, 0)
            p.ln(6)

    pdf = Doc(
        "A4",
        "ls",
        9.8,
        margins=(20, 14, 20),
        head=head,
        foot=foot_line("FCGS/HR/OL/2026/0317  -  page {p} of {nb}", rule=False, align="R"),
        title="Offer of Employment",
        lang="en",
    )
    pdf.add_page()
    pdf.font(9)
    pdf.cell(pdf.epw / 2, 5, "Ref: FCGS/HR/OL/2026/0317")
    pdf.cell(pdf.epw / 2, 5, "Date: 9 February 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.hd("OFFER OF EMPLOYMENT - SECURITY GUARD (GRADE S1)", size=12, before=3, after=2)
    pdf.p("Dear Candidate,")
    pdf.p(
        "Through our recruitment partner in Kenya, Mombasa Horizon Recruitment Agency Ltd., we are "
        "pleased to offer you employment on the following terms:"
    )
    pdf.grid(
        [
            ["Term", "Details"],
            [
                "Position",
                "Security Guard: access control at client sites, patrols, CCTV monitoring, issuing visitor passes and writing incident reports.",
            ],
            [
                "Work location",
                "Client sites in Dubai, mainly Dubai Investments Park and Jebel Ali Free Zone.",
            ],
            ["Contract period", "24 months, from 1 April 2026 to 31 March 2028."],
            ["Working hours", "12-hour shifts, six days per week, with one rest day."],
            ["Basic salary", "AED 1,600 per month, plus a food allowance of AED 300 per month."],
            [
                "Payment",
                "Monthly, through the Wage Protection System, by the 10th of the following month.",
            ],
            [
                "Deductions",
                "The uniform charge in condition 1 and the amount held back under condition 2; no other deduction is made.",
            ],
            [
                "Accommodation",
                "Shared company accommodation in Sonapur, with transport to sites, free of charge.",
            ],
            [
                "Visa and entry",
                "The Company bears the cost of the UAE entry permit, residence visa, Emirates ID and labour card; none of these is deducted from salary.",
            ],
            [
                "Air tickets",
                "The Company provides the one-way ticket from Nairobi to Dubai on joining and a return ticket to Nairobi at the end of the contract.",
            ],
        ],
        widths=(36, 134),
        fill=(245, 236, 210),
    )
    pdf.hd("Conditions", size=10.5)
    pdf.clause(
        "1.",
        "Uniforms, boots and the patrol torch are issued on arrival, and AED 350 will be "
        "deducted from the first salary to cover their cost.",
    )
    pdf.clause(
        "2.",
        "AED 300 is held back from each monthly salary and paid to the Guard only when he "
        "leaves the UAE at the end of the contract.",
    )
    pdf.clause(
        "3.",
        "Guards may not leave the company accommodation in Sonapur outside duty hours "
        "without a gate pass signed by the camp supervisor.",
    )
    pdf.add_page()
    pdf.hd("Schedule A - Pre-departure costs in Kenya (paid by the candidate)", size=10.5, before=0)
    pdf.grid(
        [
            ["Item", "Amount (KES)"],
            ["New or renewed passport, paid by the candidate through eCitizen.", "7,550"],
            [
                "Medical examination at a GCC-approved centre in Nairobi, paid by the candidate before the visa is stamped.",
                "10,500",
            ],
            [
                "Mandatory pre-departure security induction and basic Arabic course, paid by the candidate.",
                "18,000",
            ],
            ["Total", "36,050"],
        ],
        widths=(130, 40),
        bold_first=False,
        fill=(245, 236, 210),
    )
    pdf.p(
        "Amounts are paid directly to the providers. The Agency's own service is free to the "
        "candidate, as its fee is paid by the Company."
    )
    pdf.ln(3)
    pdf.p(
        "Please confirm your acceptance by signing below and returning this letter to the Agency "
        "within seven days."
    )
    pdf.p("Yours sincerely,\n\nHuman Resources Department\nFalcon Crest Guarding Services L.L.C.")
    pdf.hd("Acceptance", size=10.5)
    pdf.p("I accept this offer on the terms stated above.")
    pdf.p(
        "Name: ______________________________   Signature: ____________________   Date: __________",
        after=3,
    )
    return pdf


def bg12():
    pdf = Doc(
        (148, 200),
        "dv",
        8.6,
        margins=(11, 10, 11),
        bottom=10,
        title="Recibo de inscripción",
        lang="es",
    )
    pdf.add_page()
    pdf.set_fill_color(255, 204, 0)
    pdf.rect(0, 0, pdf.w, 17, style="F")
    pdf.set_xy(pdf.l_margin, 3)
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 6, "Oportunidades Norte SV", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 7.2)
    pdf.cell(
        0,
        4,
        "Trámites y empleos en el extranjero  ·  San Miguel, El Salvador  ·  WhatsApp 7702-1486",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(21)
    pdf.hd("RECIBO DE INSCRIPCIÓN Y HOJA DE COMPROMISO", size=10.5, before=0, after=1.5, align="C")
    pdf.set_font("lm", "", 8.6)
    rows = [
        ("Recibí de:", "José Wilfredo Alvarenga Portillo"),
        ("DUI:", "04871233-5"),
        ("La cantidad de:", "$850.00 (ochocientos cincuenta dólares)"),
        ("En concepto de:", "Inscripción programa Canadá - invernaderos"),
        ("Fecha:", "18 de enero de 2026"),
    ]
    for k, v in rows:
        pdf.set_font("dv", "B", 8.4)
        pdf.cell(30, 6, k, border="B")
        pdf.set_font("lm", "", 8.6)
        pdf.cell(pdf.epw - 30, 6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.hd("Lo que tenés que saber", size=9.5, before=0, after=1)
    pdf.bullets(
        [
            "El trabajo es en invernaderos de tomate y chile en Leamington, Ontario: cosechar, deshojar, "
            "amarrar plantas y empacar.",
            "El pago es de CAD 17.60 la hora y te pagan cada dos semanas por depósito.",
            "Horario: el que diga el encargado, según la producción.",
            "La fecha de salida te la avisamos por WhatsApp cuando llegue la aprobación.",
            "Con estos $850 ya quedás apuntado en la lista para el próximo grupo que sale a Canadá.",
            "Aparte, antes de viajar dejás una garantía de $1,500 que se te devuelve cuando regresés al "
            "país, así nos aseguramos de que nadie se quede allá.",
            "El boleto de avión de San Salvador a Toronto y el hotel de la primera noche corren por tu "
            "cuenta.",
            "También pagás $95 del seguro médico de viaje, que nosotros te contratamos.",
            "El permiso de trabajo lo paga el patrón, a vos no se te cobra nada por eso.",
            "El transporte de la casa al invernadero lo pone el patrón sin costo.",
            "La inscripción no se devuelve si no salís en el grupo por causas tuyas.",
        ],
        bullet="-",
        gap=3.5,
        after=0.6,
    )
    pdf.ln(1)
    pdf.p("Cualquier duda escribinos al WhatsApp. ¡Bendiciones y éxitos!", style="I")
    pdf.sigblock(["Recibió por Oportunidades Norte SV", "Firma del interesado"], lines_h=10, gap=8)
    return pdf


DOCS = {
    "bg01": bg01,
    "bg02": bg02,
    "bg03": bg03,
    "bg04": bg04,
    "bg05": bg05,
    "bg06": bg06,
    "bg07": bg07,
    "bg08": bg08,
    "bg09": bg09,
    "bg10": bg10,
    "bg11": bg11,
    "bg12": bg12,
}


# --------------------------------------------------------------------------- verification
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


def expected_severity(program, fee):
    cat = fee["category"]
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and program in ("h2a", "h2b"):
        q = fee["quote"].lower()
        passport_only = ("passport" in q or "pasaporte" in q) and "visa" not in q
        return "review" if passport_only else "violation"
    return "violation"


def norm(s):
    return " ".join((s or "").split())


def page_texts(page):
    """Full-page text, column crops and table-cell crops, whitespace-normalized."""
    out = [norm(page.extract_text())]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(norm(page.crop(box).extract_text()))
    for t in page.find_tables():
        for row in t.rows:
            for c in row.cells:
                if c:
                    out.append(norm(page.crop(c).extract_text()))
    return out


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        name, prog = lab["file"], lab["program"]
        path = out_dir / name
        scanned = set(lab["scanned"] or [])
        # label sanity
        if prog not in REQUIRED:
            errors.append(f"{name}: bad program {prog}")
            continue
        for t in lab["missing_terms"]:
            if t not in REQUIRED[prog]:
                errors.append(f"{name}: missing term {t} not required for {prog}")
        for f in lab["fees"]:
            if f["category"] not in CATEGORIES:
                errors.append(f"{name}: bad category {f['category']}")
            if f["severity"] != expected_severity(prog, f):
                errors.append(f"{name}: severity {f['severity']} for {f['category']} under {prog}")
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{name}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, 1):
                if i in scanned:
                    if page.chars:
                        errors.append(f"{name}: scanned page {i} has a text layer")
                    continue
                texts[i] = page_texts(page)
            for f in lab["fees"]:
                if f["page"] in scanned:
                    continue
                q = norm(f["quote"])
                if not any(q in t for t in texts.get(f["page"], [])):
                    where = [i for i, ts in texts.items() if any(q in t for t in ts)]
                    errors.append(
                        f"{name}: {f['category']} quote not on page {f['page']} "
                        f"(found on {where}): {q[:70]}"
                    )
            alltext = " ".join(t for ts in texts.values() for t in ts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{name}: recruiter not found: {r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    for stem, fn in DOCS.items():
        pdf = fn()
        pdf.output(str(out_dir / f"{stem}.pdf"))
    shutil.copyfile(HERE / "labels.json", out_dir / "labels.json")
    names = sorted(l["file"] for l in labels)
    if names != sorted(f"{s}.pdf" for s in DOCS):
        print("labels.json does not list exactly the built files", file=sys.stderr)
        return 1
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH", e, file=sys.stderr)
    if errors:
        return 1
    print(f"built and verified {len(DOCS)} PDFs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
