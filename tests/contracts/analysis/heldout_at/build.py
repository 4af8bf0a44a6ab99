"""Build the held-out contract batch "at": 12 labelled PDFs (at01.pdf ... at12.pdf).

Usage:  /work/main/.venv/bin/python tests/contracts/analysis/heldout_at/build.py OUT_DIR

Deterministic: fixed texts, fixed PDF creation date, a fixed-seed arithmetic generator
for the scan noise. After writing the PDFs the script reopens them with pdfplumber and
checks them against labels.json (page counts, scanned pages, every fee quote on its
labelled page, recruiter names printed, label ids valid) and exits non-zero on any error.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 12, 9, 30, tzinfo=UTC)
PT = 0.3528  # mm per point

FONT_FILES = {
    "Sans": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
    "Cond": {
        "": "DejaVuSansCondensed.ttf",
        "B": "DejaVuSansCondensed-Bold.ttf",
        "I": "DejaVuSansCondensed-Oblique.ttf",
        "BI": "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "Serif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
        "BI": "DejaVuSerif-BoldItalic.ttf",
    },
    "Lib": {
        "": "LiberationSans-Regular.ttf",
        "B": "LiberationSans-Bold.ttf",
        "I": "LiberationSans-Italic.ttf",
        "BI": "LiberationSans-BoldItalic.ttf",
    },
    "LibSerif": {
        "": "LiberationSerif-Regular.ttf",
        "B": "LiberationSerif-Bold.ttf",
        "I": "LiberationSerif-Italic.ttf",
        "BI": "LiberationSerif-BoldItalic.ttf",
    },
}
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/liberation"),
]


def font_path(name: str) -> Path:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return p
    raise SystemExit(f"font not found: {name} (looked in {[str(d) for d in FONT_DIRS]})")


# --------------------------------------------------------------------------- toolkit


class Doc(FPDF):
    """FPDF with registered Unicode fonts and a few layout helpers."""

    def __init__(self, fmt="Letter", base="Sans", margins=(20, 18, 20), bottom=18):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, styles in FONT_FILES.items():
            for style, fname in styles.items():
                self.add_font(fam, style, str(font_path(fname)))
        self.base = base
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(FIXED_DATE)
        self.head = None
        self.foot = None
        self.scan_pages: set[int] = set()
        self.set_text_color(20, 20, 20)

    def header(self):
        if self.head and self.page not in self.scan_pages:
            self.head(self)

    def footer(self):
        if self.foot and self.page not in self.scan_pages:
            self.foot(self)

    def lh(self, size, factor=1.32):
        return size * PT * factor

    def para(
        self,
        text,
        size=10,
        style="",
        align="L",
        after=1.8,
        indent=0.0,
        font=None,
        factor=1.32,
        color=None,
        markdown=False,
    ):
        self.set_font(font or self.base, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            self.lh(size, factor),
            text,
            align=align,
            markdown=markdown,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if color:
            self.set_text_color(20, 20, 20)
        self.ln(after)

    def heading(self, text, size=12, style="B", align="L", after=2.0, font=None, color=None):
        self.para(text, size=size, style=style, align=align, after=after, font=font, color=color)

    def clause(self, label, text, size=10, after=1.8, indent=0.0, font=None, factor=1.32):
        """Bold label run-in with the clause text (label and text must not contain '**')."""
        self.para(
            f"**{label}** {text}",
            size=size,
            after=after,
            indent=indent,
            font=font,
            factor=factor,
            markdown=True,
        )

    def grid(
        self,
        rows,
        widths,
        size=9.5,
        header=None,
        borders="ALL",
        bold_first=True,
        head_fill=(225, 225, 225),
        font=None,
        after=3.0,
        first_fill=None,
        factor=1.3,
    ):
        self.set_font(font or self.base, "", size)
        bold = FontFace(emphasis="BOLD", fill_color=first_fill)
        with self.table(
            width=sum(widths),
            col_widths=widths,
            line_height=self.lh(size, factor),
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=header is not None,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            padding=(1.3, 1.8),
            align="LEFT",
            v_align="TOP",
        ) as table:
            if header:
                r = table.row()
                for h in header:
                    r.cell(h)
            for row in rows:
                r = table.row()
                for i, c in enumerate(row):
                    r.cell(c, style=bold if (bold_first and i == 0) else None)
        self.ln(after)

    def band(self, h, rgb):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, h, style="F")

    def sign_line(self, labels, size=9, gap=12, font=None):
        self.ln(gap)
        n = len(labels)
        w = (self.epw - 8 * (n - 1)) / n
        y = self.get_y()
        self.set_draw_color(60, 60, 60)
        for i in range(n):
            x = self.l_margin + i * (w + 8)
            self.line(x, y, x + w, y)
        self.set_font(font or self.base, "", size)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (w + 8)
            self.set_xy(x, y + 1)
            self.multi_cell(w, self.lh(size), lab, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin, y + 12)


def page_footer(text, font="Sans", size=7.5, color=(110, 110, 110)):
    def f(pdf: Doc):
        pdf.set_y(-12)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 4, text.replace("%p", str(pdf.page_no())), align="C")
        pdf.set_text_color(20, 20, 20)

    return f


# --------------------------------------------------------------------------- scan


class Lcg:
    """Tiny fixed-seed linear congruential generator (deterministic noise)."""

    def __init__(self, seed: int):
        self.s = seed

    def next(self) -> int:
        self.s = (1103515245 * self.s + 12345) % 2147483648
        return self.s

    def below(self, n: int) -> int:
        return (self.next() >> 8) % n


def scan_image(blocks, dpi=150, size_in=(8.5, 11.0), angle=-0.75, seed=20260112):
    """Render text blocks the way a photocopied/scanned sheet looks: greyscale, a little
    crooked, speckled, with uneven shading. Returns a PIL image with no text layer."""
    W, H = int(size_in[0] * dpi), int(size_in[1] * dpi)
    img = Image.new("L", (W, H), 252)
    d = ImageDraw.Draw(img)
    px = dpi / 72.0
    fonts = {
        "title": ImageFont.truetype(str(font_path("LiberationSerif-Bold.ttf")), int(14 * px)),
        "bold": ImageFont.truetype(str(font_path("LiberationSerif-Bold.ttf")), int(11.5 * px)),
        "text": ImageFont.truetype(str(font_path("LiberationSerif-Regular.ttf")), int(11.5 * px)),
        "small": ImageFont.truetype(str(font_path("LiberationSerif-Italic.ttf")), int(10 * px)),
    }
    left, right = int(0.95 * dpi), W - int(0.9 * dpi)
    y = int(0.9 * dpi)
    for kind, text, *rest in blocks:
        indent = int(rest[0] * dpi) if rest else 0
        f = fonts[kind]
        if kind == "title":
            tw = d.textlength(text, font=f)
            d.text(((W - tw) / 2, y), text, font=f, fill=25)
            y += int(f.size * 1.9)
            continue
        words, line, lines = text.split(), "", []
        for wd in words:
            cand = (line + " " + wd).strip()
            if d.textlength(cand, font=f) > right - left - indent:
                lines.append(line)
                line = wd
            else:
                line = cand
        if line:
            lines.append(line)
        for ln in lines:
            d.text((left + indent, y), ln, font=f, fill=30)
            y += int(f.size * 1.38)
        y += int(f.size * 0.55)
    # signature scrawl and stamp outline
    d.line((left + 40, y + 60, left + 330, y + 60), fill=60, width=2)
    d.ellipse((right - 260, y - 10, right - 40, y + 130), outline=120, width=4)
    d.text((right - 222, y + 45), "RECIBIDO", font=fonts["bold"], fill=120)

    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=252)
    # uneven scanner shading (darker toward the left edge and the bottom) plus paper grain;
    # everything is a fixed arithmetic function of the pixel position (no randomness)
    a = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 1.0 - 0.075 * (1.0 - xx / W) ** 2 - 0.04 * (yy / H) ** 3
    xi, yi = xx.astype(np.int64), yy.astype(np.int64)
    grain = ((xi * 7919 + yi * 104729 + (xi * yi) % 613) % 11).astype(np.float32) - 5.0
    a = np.clip(a * shade + grain, 0, 255)
    img = Image.fromarray(a.astype(np.uint8)).copy()
    pix = img.load()
    rnd = Lcg(seed)
    for _ in range(3800):
        x, yy = rnd.below(W - 2), rnd.below(H - 2)
        v = 90 + rnd.below(120)
        pix[x, yy] = v
        if rnd.below(4) == 0:
            pix[x + 1, yy] = v
            pix[x, yy + 1] = v
    for _ in range(3):  # faint streaks from the copier glass
        xs = rnd.below(W)
        for yy in range(H):
            pix[xs, yy] = min(pix[xs, yy], 215)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    return img


# --------------------------------------------------------------------------- documents


def at01() -> Doc:
    """H-2A job order, English, 3 pages, compliant."""
    pdf = Doc(fmt="Letter", base="Lib", margins=(20, 30, 20))
    green = (28, 84, 52)

    def head(p: Doc):
        p.band(20, green)
        p.set_xy(20, 6)
        p.set_font("Lib", "B", 12)
        p.set_text_color(255, 255, 255)
        p.cell(0, 5, "H-2A AGRICULTURAL CLEARANCE ORDER · ADDENDUM A: TERMS OF THE JOB OFFER")
        p.set_xy(20, 12)
        p.set_font("Lib", "", 9)
        p.cell(0, 4, "Harlan Creek Orchards, LLC · Kent County, Michigan · Season 2026")
        p.set_text_color(20, 20, 20)
        p.set_y(30)

    pdf.head = head
    pdf.foot = page_footer(
        "Harlan Creek Orchards, LLC · Clearance order MI-2026-0417 · Page %p of 3", font="Lib"
    )
    pdf.add_page()
    pdf.grid(
        [
            ["Employer", "Harlan Creek Orchards, LLC"],
            ["Address", "2265 West Kinney Road, Sparta, Michigan 49345"],
            ["Telephone", "(616) 555-0187"],
            ["Job title", "Farmworker, fruit (apple harvest and orchard work)"],
            ["Workers needed", "64"],
            ["Period", "July 27, 2026 to November 13, 2026"],
            ["Hours", "40 hours per week (Monday to Saturday)"],
            ["Wage", "$18.62 per hour, or the piece rate if it pays more"],
        ],
        widths=[42, 128],
        size=9.5,
        first_fill=(232, 240, 234),
    )
    pdf.heading("1. Job duties", size=11)
    pdf.para(
        "Workers will hand-pick apples into a picking bag while working from the ground and "
        "from 10- to 16-foot orchard ladders, empty the bag gently into field bins without "
        "bruising the fruit, and move ladders from tree to tree. Before harvest, workers will "
        "hand-thin young fruit, tie limbs and pick up pruned brush. Some workers will be asked "
        "to feed empty bins to the tractor driver and to sort culls at the bin filler. Workers "
        "must pick only fruit of the color and size shown by the crew leader."
    )
    pdf.heading("2. Place of employment", size=11)
    pdf.para(
        "All work is performed in the employer's orchards in Kent County, Michigan: the Home "
        "Block at 2265 West Kinney Road, Sparta; the Ridge Block at 11840 Fruit Ridge Avenue, "
        "Sparta; and the Alpine Block at 3050 Alpine Avenue, Comstock Park."
    )
    pdf.heading("3. Minimum requirements", size=11)
    pdf.para(
        "Three months of experience hand-harvesting tree fruit is required. Workers must be "
        "able to lift and carry a full picking bag of up to 50 pounds and to climb and work "
        "safely on a ladder all day. No education, certificate or English is required."
    )
    pdf.heading("4. Hours and days of work", size=11)
    pdf.para(
        "The normal schedule is 40 hours per week, Monday through Saturday, usually 7:00 a.m. "
        "to 3:30 p.m. with a 30-minute unpaid lunch. Hours may go up to 50 per week at peak "
        "harvest. Sunday is a day of rest; work on Sunday is voluntary."
    )

    pdf.add_page()
    pdf.heading("5. Wages", size=11)
    pdf.para(
        "The employer will pay $18.62 per hour for all work. During harvest workers may "
        "instead be paid a piece rate of $26.00 per standard 20-bushel bin; if a worker's "
        "piece-rate earnings in a pay period are lower than $18.62 for each hour worked, the "
        "employer will make up the difference."
    )
    pdf.para(
        "The employer will pay at least the highest of the Adverse Effect Wage Rate, the "
        "prevailing wage, the agreed-upon collective bargaining wage, or the federal or state "
        "minimum wage. If a higher AEWR or minimum wage is published during the contract, the "
        "higher rate will be paid from its effective date."
    )
    pdf.heading("6. Pay day and earnings statements", size=11)
    pdf.para(
        "Wages are paid weekly, every Friday, by check or direct deposit at the worker's "
        "choice. With each payment the worker receives a written statement showing hours "
        "offered, hours worked, piece-rate units, the rate of pay, total earnings, each "
        "deduction, and net pay."
    )
    pdf.heading("7. Deductions", size=11)
    pdf.para(
        "The employer will make only these deductions: federal and Michigan income tax if the "
        "worker asks for withholding in writing; the optional meal plan described in Section "
        "10 for workers who join it; and any deduction a court orders, such as child support. "
        "No deduction is made for housing, transportation, tools or recruitment. FICA taxes "
        "are not withheld from H-2A wages."
    )
    pdf.heading("8. Three-fourths guarantee", size=11)
    pdf.para(
        "The employer guarantees each worker employment for at least three-fourths of the "
        "workdays of the contract period. If the worker is offered fewer hours than that, the "
        "employer will pay the amount the worker would have earned for the guaranteed hours. "
        "Hours offered but not worked by the worker count toward the guarantee."
    )
    pdf.heading("9. Housing", size=11)
    pdf.para(
        "Housing is provided free of charge to every worker who cannot reasonably return home "
        "each day. It is located at 2270 West Kinney Road, Sparta, and was inspected and "
        "approved by the Michigan Department of Agriculture and Rural Development. Beds, "
        "mattresses and blankets are supplied without a deposit. No rent, utility charge or "
        "cleaning fee is collected."
    )
    pdf.heading("10. Meals", size=11)
    pdf.para(
        "Each housing unit has a free kitchen with stoves, refrigerators and cooking utensils, "
        "so workers can cook their own meals. Workers may also choose, in writing, to join an "
        "optional meal plan run by the employer that serves lunch and dinner; the plan costs "
        "$14.20 per day, which is below the maximum daily meal charge published by the U.S. "
        "Department of Labor for 2026. A worker may leave the meal plan at any time with one "
        "week's notice."
    )

    pdf.add_page()
    pdf.heading("11. Travel to the job", size=11)
    pdf.para(
        "A worker who completes 50 percent of the contract period will be reimbursed the "
        "reasonable cost of transportation and daily subsistence from the place of recruitment "
        "to the orchard, if the employer has not already paid it. The employer will reimburse "
        "these costs earlier, in the first workweek, to the extent they would bring the "
        "worker's first-week earnings below the federal minimum wage."
    )
    pdf.heading("12. Return travel", size=11)
    pdf.para(
        "A worker who completes the contract period, or who is dismissed early for reasons "
        "other than cause, will be provided or paid transportation and subsistence back to the "
        "place of recruitment."
    )
    pdf.heading("13. Daily transportation", size=11)
    pdf.para(
        "Transportation between the housing and the orchards is provided every workday at no "
        "cost in insured company vans driven by licensed drivers."
    )
    pdf.heading("14. Tools and equipment", size=11)
    pdf.para(
        "Picking bags, ladders, pruning shears, gloves and rain jackets are provided free of "
        "charge. No deposit is taken for them."
    )
    pdf.heading("15. Workers' compensation", size=11)
    pdf.para(
        "Workers' compensation insurance is provided at the employer's expense through "
        "Accident Fund Insurance Company of America, policy number WCV 7741093. It covers "
        "injury and illness from work."
    )
    pdf.heading("16. Abandonment and termination for cause", size=11)
    pdf.para(
        "A worker who is absent for five consecutive working days without the employer's "
        "consent is considered to have abandoned the job. A worker may be dismissed for cause, "
        "such as repeated refusal to perform assigned work or violence at the workplace, after "
        "a warning. In either case the three-fourths guarantee and the return-travel payment "
        "do not apply, and the employer will notify the Department of Labor and the Department "
        "of Homeland Security as the regulations require."
    )
    pdf.heading("17. If the work becomes impossible", size=11)
    pdf.para(
        "If fire, hail, frost, flood or another act of God makes it impossible to continue the "
        "work, the employer may end the contract with the Certifying Officer's approval. The "
        "employer will then pay the three-fourths guarantee for the period up to the end date, "
        "return transportation and subsistence, and any inbound travel costs not yet "
        "reimbursed, unless it finds the worker other comparable work."
    )
    pdf.heading("18. Recruitment and workers' rights", size=11)
    pdf.para(
        "The employer recruits in Mexico through Enlace Agrícola del Bajío, S.C., of "
        "Salvatierra, Guanajuato, and pays all of its fees. Neither the employer nor its "
        "recruiter may ask any worker for a fee, gift or deposit of any kind for being hired, "
        "and the recruiter has agreed to this in writing. Workers keep their own passports and "
        "visas at all times. No worker will be fired, blacklisted or refused rehire for making "
        "a complaint or speaking with a lawyer, a union or a government agency."
    )
    pdf.sign_line(["Employer representative: Dale R. Vanderwall, owner", "Date"], gap=10)
    return pdf


def at02() -> Doc:
    """H-2A recruiter agreement, Spanish, 2 pages."""
    pdf = Doc(fmt="Letter", base="Lib", margins=(22, 18, 22))
    pdf.foot = page_footer(
        "SAPN · Convenio de reclutamiento H-2A 2026 · Página %p de 2", font="Lib"
    )
    pdf.add_page()
    pdf.heading("CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO", size=13, align="C", after=1)
    pdf.heading("Programa de visas H-2A · Temporada 2026", size=10, style="", align="C", after=4)
    pdf.para(
        "Que celebran por una parte Servicios Agrícolas del Pacífico Norte, S.C., con domicilio "
        "en Boulevard Rosales 1520 Poniente, Los Mochis, Sinaloa, a quien en adelante se le "
        "llamará LA AGENCIA, y por la otra el C. Jesús Armando Félix Valenzuela, a quien se le "
        "llamará EL TRABAJADOR, conforme a los datos y cláusulas siguientes:",
        after=3,
    )
    pdf.grid(
        [
            ["Patrón", "Dixon Sweet Onion Farms, LLC"],
            ["Domicilio", "812 Old Reidsville Road, Glennville, Georgia 30427, EE. UU."],
            ["Puesto", "Trabajador agrícola: cosecha de cebolla dulce y sandía"],
            ["Lugar de trabajo", "Campos del patrón en los condados de Tattnall y Toombs, Georgia"],
            ["Temporada", "Del 6 de abril al 17 de julio de 2026"],
            ["Jornada", "8 horas diarias, de lunes a sábado"],
            ["Salario", "$15.32 dólares por hora"],
            ["Pago", "Semanal, cada viernes"],
        ],
        widths=[40, 131],
        size=9.5,
    )
    pdf.heading("CLÁUSULAS", size=11, align="C")
    pdf.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA se compromete a integrar el expediente de EL "
        "TRABAJADOR, presentarlo al patrón arriba señalado y acompañarlo a su cita consular "
        "en Monterrey, Nuevo León.",
    )
    pdf.clause(
        "SEGUNDA. Requisitos.",
        "EL TRABAJADOR declara ser mayor de 18 años, tener pasaporte "
        "vigente y contar con al menos una temporada de experiencia en la cosecha de "
        "hortalizas.",
    )
    pdf.clause(
        "TERCERA. Labores.",
        "EL TRABAJADOR arrancará, cortará y empacará cebolla en costales "
        "de 50 libras, y cortará y cargará sandía en los remolques, según lo indique el "
        "mayordomo.",
    )
    pdf.clause(
        "CUARTA. Gastos de trámite.",
        "Por concepto de gastos de trámite, EL TRABAJADOR "
        "entregará a LA AGENCIA la cantidad de $8,500.00 (ocho mil quinientos pesos 00/100 "
        "M.N.) al firmar este convenio. Esta cantidad no es reembolsable.",
    )
    pdf.clause(
        "QUINTA. Visa.",
        "El pago de derechos de la visa H-2A ante el Consulado (205 dólares) "
        "lo cubre EL TRABAJADOR y el patrón no se lo reembolsa.",
    )
    pdf.clause(
        "SEXTA. Viaje.",
        "El patrón paga el autobús de Los Mochis a Monterrey, el hotel "
        "durante el trámite consular y el transporte hasta Georgia. Al terminar la temporada "
        "completa, el patrón paga también el regreso a Los Mochis.",
    )
    pdf.clause(
        "SÉPTIMA. Vivienda y comida.",
        "El patrón proporciona vivienda gratuita en Glennville, "
        "con cocina equipada para que los trabajadores preparen sus alimentos sin costo.",
    )

    pdf.add_page()
    pdf.clause(
        "OCTAVA. Transporte diario y herramientas.",
        "El traslado diario de la vivienda al "
        "campo es gratuito, y las herramientas, cuchillos y guantes se entregan sin costo.",
    )
    pdf.clause(
        "NOVENA. Garantía.",
        "Como garantía de que cumplirá la temporada completa, EL "
        "TRABAJADOR firmará a favor de LA AGENCIA un pagaré por $20,000.00 (veinte mil "
        "pesos), que le será devuelto cuando regrese a México.",
    )
    pdf.clause(
        "DÉCIMA. Documentos.",
        "LA AGENCIA no retendrá el pasaporte ni la credencial de "
        "elector de EL TRABAJADOR; estos documentos permanecen siempre en su poder.",
    )
    pdf.clause(
        "DÉCIMA PRIMERA. Quejas.",
        "EL TRABAJADOR puede presentar quejas ante el Consulado o "
        "ante la Secretaría del Trabajo sin que esto afecte su contratación.",
    )
    pdf.clause(
        "DÉCIMA SEGUNDA. Conformidad.",
        "Leído que fue el presente convenio, las partes lo "
        "firman en Los Mochis, Sinaloa, el 9 de febrero de 2026.",
        after=6,
    )
    pdf.set_font("Lib", "", 9)
    with pdf.table(
        width=170,
        col_widths=[67, 67, 36],
        line_height=5,
        text_align="CENTER",
        first_row_as_headings=True,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
    ) as t:
        r = t.row()
        for h in ["POR LA AGENCIA", "EL TRABAJADOR", "HUELLA"]:
            r.cell(h)
        r = t.row()
        for c in [
            "\n\n\n\nLic. Rosario Leyva Castro",
            "\n\n\n\nJesús Armando Félix Valenzuela",
            "",
        ]:
            r.cell(c)
    return pdf


def at03() -> Doc:
    """H-2A worker agreement in questions and answers, English, 2 pages."""
    pdf = Doc(fmt="Letter", base="Sans", margins=(20, 16, 20))
    pdf.foot = page_footer(
        "Cape Fear Blueberry Growers, Inc. · 2026 Worker Agreement · page %p/2", font="Sans"
    )
    blue = (34, 58, 120)

    def qa(q, a):
        pdf.para(q, size=9.8, style="B", after=0.6, color=blue)
        pdf.para(a, size=9.5, after=2.4, indent=4)

    pdf.add_page()
    pdf.heading("Cape Fear Blueberry Growers, Inc.", size=15, color=blue, after=0.5)
    pdf.para(
        "3310 Shiloh Road, Burgaw, North Carolina 28425 · Phone (910) 555-0142", size=9, after=3
    )
    pdf.heading("2026 Season Worker Agreement (H-2A)", size=12, after=1)
    pdf.para(
        "Questions and answers about your job. Read it before you sign and keep your copy.",
        size=9.5,
        style="I",
        after=4,
    )
    qa(
        "Who is my employer?",
        "Cape Fear Blueberry Growers, Inc., 3310 Shiloh Road, Burgaw, North Carolina 28425.",
    )
    qa(
        "What work will I do?",
        "You will hand-harvest blueberries into buckets, carry full buckets to the weigh station, and "
        "help with pruning and weeding between picks. Packing-shed work may be assigned on rain days.",
    )
    qa(
        "Where will I work?",
        "In the farm's fields in Pender County, North Carolina, near Burgaw and Atkinson.",
    )
    qa(
        "When does the job start and end?",
        "The job starts on May 4, 2026 and ends on July 24, 2026.",
    )
    qa(
        "What are the requirements?",
        "One month of experience picking berries or vegetables by "
        "hand. You must be able to bend and stoop for long periods and work outdoors in heat.",
    )
    qa(
        "How many hours will I work?",
        "35 hours per week, Monday through Saturday, normally from "
        "6:30 a.m. to 1:30 p.m. The exact hours depend on weather and the crop.",
    )
    qa(
        "How much will I be paid?",
        "$15.74 per hour, or $0.55 per pound of blueberries picked by "
        "hand, whichever pays you more for the week.",
    )
    qa(
        "When do I get paid?",
        "Every week on Thursday. Your pay stub shows the hours offered and "
        "worked, the pounds picked, your rate, your earnings and each deduction.",
    )
    qa(
        "Is there a guarantee of work?",
        "Yes. We guarantee you work hours equal to at least "
        "three-fourths of the workdays in the contract period, or we pay you the difference.",
    )
    qa(
        "What is deducted from my pay?",
        "Only federal income tax, and only if you ask for it in writing.",
    )

    pdf.add_page()
    qa(
        "Where will I live?",
        "In the farm's labor camp at 3320 Shiloh Road, which is inspected by "
        "the North Carolina Department of Labor. A housing maintenance fee of $30.00 per week will be "
        "deducted from each worker's check to cover electricity, water and propane.",
    )
    qa("What about meals?", "Every unit has a kitchen you can use for free. There is no meal plan.")
    qa(
        "How do I get to North Carolina?",
        "The company pays the bus from Monterrey and reimburses "
        "your other travel and meal costs on the road once you finish half of the season, or sooner "
        "if that is needed to reach the minimum wage in your first week.",
    )
    qa("And going home?", "If you finish the season, the company pays your bus back to Monterrey.")
    qa("How do I get to the fields?", "Free, in company buses every morning.")
    qa(
        "Do I pay for tools?",
        "No. Buckets, picking harnesses and ladders are supplied free of "
        "charge. Workers who lose or break a picking bucket, harness or ladder will pay for its "
        "replacement through payroll deduction.",
    )
    qa(
        "What if I get hurt at work?",
        "You are covered by workers' compensation insurance paid by "
        "the company (policy NC-WC-220318).",
    )
    qa(
        "Can I complain?",
        "Talk first to your crew leader or to the office. Workers who go to "
        "outside organizations or legal aid with complaints instead of talking to the crew leader "
        "will not be called back for next season.",
    )
    qa("Who keeps my passport?", "You do. The company does not keep passports or visas.")
    pdf.sign_line(["Worker signature", "For the company: Tammy Kornegay", "Date"], gap=10)
    return pdf


def at04() -> Doc:
    """H-2B job order, English, 3 pages, compliant."""
    pdf = Doc(fmt="Letter", base="LibSerif", margins=(22, 28, 22))

    def head(p: Doc):
        p.set_y(10)
        p.set_font("LibSerif", "B", 11)
        p.cell(
            0,
            5,
            "JOB ORDER · H-2B TEMPORARY NON-AGRICULTURAL EMPLOYMENT",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_font("LibSerif", "", 9)
        p.cell(
            0,
            4.5,
            "Lakeshore Pines Amusement Company · Ohio Means Jobs order OH-2026-118",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_draw_color(0, 0, 0)
        p.line(22, 21, p.w - 22, 21)
        p.set_y(28)

    pdf.head = head
    pdf.foot = page_footer(
        "Lakeshore Pines Amusement Company · Job order OH-2026-118 · Page %p of 3",
        font="LibSerif",
        size=8,
    )
    pdf.add_page()
    pdf.grid(
        [
            ["Employer", "Lakeshore Pines Amusement Company"],
            ["Address", "9100 Causeway Drive, Sandusky, Ohio 44870"],
            ["Contact", "Human Resources, (419) 555-0164"],
            ["Job title", "Amusement and Recreation Attendant (SOC 39-3091)"],
            ["Openings", "85"],
            ["Period of employment", "May 4, 2026 through October 31, 2026"],
        ],
        widths=[48, 123],
        size=10,
        first_fill=(238, 238, 238),
    )
    pdf.clause(
        "1. Job duties.",
        "Operate rides and games according to written safety procedures; "
        "check riders' height and restraint bars; load and unload guests; collect admission "
        "fees and parking fees from guests at the gates and count the cash drawer at the end "
        "of the shift; sell tickets; keep ride areas and queue lines clean; answer guest "
        "questions.",
        size=10.5,
    )
    pdf.clause(
        "2. Requirements.",
        "No experience is required. Workers must be at least 18 years "
        "old, able to stand for a full shift and able to lift 25 pounds. One day of safety "
        "training is given on site, paid at the regular wage.",
        size=10.5,
    )
    pdf.clause(
        "3. Place of work.",
        "Lakeshore Pines park, 9100 Causeway Drive, Sandusky, Erie County, Ohio.",
        size=10.5,
    )
    pdf.clause(
        "4. Hours.",
        "40 hours per week, five days per week, on shifts between 9:00 a.m. and "
        "11:00 p.m. Schedules are posted every Thursday for the following week.",
        size=10.5,
    )
    pdf.clause("5. Wage.", "$15.87 per hour.", size=10.5)
    pdf.clause(
        "6. Overtime.",
        "Overtime is available but not required and is paid at $23.81 per "
        "hour (one and one-half times the base rate) for hours over 40 in a workweek.",
        size=10.5,
    )
    pdf.clause(
        "7. Wage adjustments.",
        "The employer will pay at least the highest of the "
        "prevailing wage on the certification, the federal minimum wage or the Ohio minimum "
        "wage, and will raise the rate if a new prevailing wage or a higher minimum wage "
        "takes effect during the period of employment.",
        size=10.5,
    )

    pdf.add_page()
    pdf.clause(
        "8. Pay frequency.",
        "Every other Friday (biweekly), by direct deposit or by pay card at no cost to the worker.",
        size=10.5,
    )
    pdf.clause(
        "9. Earnings statements.",
        "Each pay statement lists the hours offered, the hours "
        "worked, the rate of pay, gross earnings, each deduction and its purpose, and net "
        "pay.",
        size=10.5,
    )
    pdf.clause(
        "10. Deductions.",
        "Federal, Ohio and Sandusky city income taxes, and Social Security "
        "and Medicare taxes, plus any deduction ordered by a court. No deduction is taken for "
        "uniforms, tools, recruitment or travel.",
        size=10.5,
    )
    pdf.clause(
        "11. Three-fourths guarantee.",
        "In each 12-week period of the contract, the employer "
        "guarantees to offer work for hours equal to at least three-fourths of the workdays "
        "in that period, or to pay the difference.",
        size=10.5,
    )
    pdf.clause(
        "12. Housing and meals.",
        "Optional shared dormitory housing is available in the "
        "employee residence hall, 1 Perimeter Road, Sandusky, at no charge to H-2B workers. "
        "A free staff meal is served in the employee cafeteria on every shift of six hours "
        "or more. Coffee, tea and water are free in the break room.",
        size=10.5,
    )
    pdf.clause(
        "13. Travel to the job.",
        "The employer will advance or reimburse in the first "
        "workweek the worker's reasonable costs of travel and daily subsistence from the "
        "place of recruitment to Sandusky.",
        size=10.5,
    )
    pdf.clause(
        "14. Visa and related fees.",
        "The employer will pay or reimburse in the first "
        "workweek the worker's visa, visa processing and border-crossing fees and other "
        "related fees, including the visa appointment fee.",
        size=10.5,
    )
    pdf.clause(
        "15. Return travel.",
        "A worker who completes the period of employment, or who is "
        "dismissed early for any reason other than cause, will receive return transportation "
        "and daily subsistence to the place of recruitment.",
        size=10.5,
    )
    pdf.clause(
        "16. Uniforms and tools.",
        "Uniforms (three shirts, one jacket and a cap), radios and "
        "all tools are provided at no cost, and no deposit is required.",
        size=10.5,
    )

    pdf.add_page()
    pdf.clause(
        "17. Abandonment and termination.",
        "A worker who fails to report for work for five "
        "consecutive working days without the employer's consent will be treated as having "
        "abandoned the job, and the employer will notify the Department of Labor and the "
        "Department of Homeland Security. Workers dismissed for cause lose the guarantee and "
        "the return-travel payment.",
        size=10.5,
    )
    pdf.clause(
        "18. If the work becomes impossible.",
        "If fire, severe storm, flood or another event "
        "beyond the employer's control makes it impossible to continue operating the park, "
        "the employer may end the employment early with the Department of Labor's approval; "
        "it will then pay the guarantee for the hours up to that date, return travel and "
        "subsistence, and any travel costs still owed.",
        size=10.5,
    )
    pdf.clause(
        "19. Recruitment.",
        "The employer recruits in Jamaica through Northshore Labour "
        "Connections Ltd., 14 Barnett Street, Montego Bay, and pays its entire fee. The "
        "employer has contractually forbidden the recruiter from seeking or receiving any "
        "payment from workers.",
        size=10.5,
    )
    pdf.clause(
        "20. Workers' rights.",
        "Workers keep their own passports and visas. Workers may not "
        "be fired, blacklisted or otherwise retaliated against for filing a complaint or "
        "asserting their rights.",
        size=10.5,
    )
    pdf.sign_line(
        ["Certified by: Gregory T. Mahler, Director of Human Resources", "Date"],
        gap=12,
        font="LibSerif",
    )
    return pdf


def at05() -> Doc:
    """H-2B seasonal employment agreement (seafood), English, 2 pages."""
    pdf = Doc(fmt="Letter", base="Lib", margins=(22, 18, 22))
    pdf.foot = page_footer(
        "Chesapeake Point Seafood, Inc. · Seasonal Employment Agreement 2026 · Page %p of 2",
        font="Lib",
    )
    pdf.add_page()
    pdf.heading("Chesapeake Point Seafood, Inc.", size=14, align="C", after=0.5)
    pdf.para("2150 Hoopersville Road, Fishing Creek, Maryland 21634", size=9.5, align="C", after=4)
    pdf.heading(
        "SEASONAL EMPLOYMENT AGREEMENT · CRAB MEAT PICKER (H-2B)", size=11.5, align="C", after=3
    )
    pdf.para(
        "This agreement is made between Chesapeake Point Seafood, Inc. (the Company) and the "
        "worker named below (the Worker).",
        after=1,
    )
    pdf.para(
        "Worker: María Guadalupe Rentería Ochoa      Consular case no.: MTR-2026-3381",
        size=10,
        style="B",
        after=3,
    )
    pdf.clause(
        "1. Position.",
        "The Company employs the Worker as a crab meat picker (Meat, Poultry "
        "and Fish Cutters and Trimmers, SOC 51-3022). The Worker will pick cooked blue crab "
        "meat by hand, separate lump, backfin and claw meat into containers, and keep the "
        "picking table clean.",
    )
    pdf.clause(
        "2. Workplace.",
        "The Company's picking house at 2150 Hoopersville Road, Fishing "
        "Creek, Dorchester County, Maryland.",
    )
    pdf.clause("3. Season.", "April 6, 2026 to November 20, 2026.")
    pdf.clause(
        "4. Requirements.",
        "No experience is required. The Worker must be able to stand for "
        "long periods and work in a cold, wet area.",
    )
    pdf.clause(
        "5. Hours.",
        "35 hours per week, Monday to Friday, starting at 5:00 a.m.; Saturday "
        "work when the crab supply allows.",
    )
    pdf.clause(
        "6. Pay.",
        "$17.50 per hour. Hours over 40 in a workweek are paid at $26.25 per hour. "
        "Wages are paid weekly on Friday, with a pay stub showing hours offered and worked, "
        "the rate, earnings and deductions.",
    )
    pdf.clause("7. Deductions.", "Federal and Maryland income tax, Social Security and Medicare.")
    pdf.clause(
        "8. Guarantee.",
        "The Company will offer the Worker work for at least three-fourths "
        "of the workdays in each 12-week period of the season.",
    )
    pdf.clause(
        "9. Travel and visa.",
        "The Company reimburses in the first week of work the Worker's "
        "bus fare from Monterrey, daily meals on the road, and the visa and border-crossing "
        "fees. If the Worker completes the season, the Company pays the bus back to "
        "Monterrey.",
    )
    pdf.clause(
        "10. Tools.",
        "Knives, picking boards, aprons, boots and gloves are supplied free of charge.",
    )

    pdf.add_page()
    pdf.clause(
        "11. Season-completion reserve.",
        "The Company will hold back $40 from every weekly "
        "paycheck as a season-completion reserve, paid in full only to workers who stay until "
        "the last day of the season.",
    )
    pdf.clause(
        "12. Early departure.",
        "Any worker who leaves the Company before the end of the "
        "season, for any reason, agrees to pay $1,200 in liquidated damages to cover the "
        "Company's recruiting and visa expenses.",
    )
    pdf.clause(
        "13. Housing.",
        "The Company provides housing at no charge in its trailers on "
        "Hoopersville Road. For their safety, residents of company housing must be inside by "
        "9:00 p.m. and may not leave the premises on weekends without permission from the "
        "housing supervisor.",
    )
    pdf.clause(
        "14. Abandonment.",
        "A Worker who misses five consecutive workdays without permission "
        "is considered to have abandoned the job, and the Company will notify the Department "
        "of Labor and the immigration authorities as the law requires.",
    )
    pdf.clause(
        "15. Recruitment costs.",
        "The Company pays all recruitment costs. No worker may be charged for being hired.",
    )
    pdf.clause(
        "16. Entire agreement.",
        "This agreement and the certified job order are the whole "
        "agreement between the parties. A copy is given to the Worker before departure.",
        after=4,
    )
    pdf.sign_line(["For the Company: W. Travers Ruark, President", "Worker", "Date"], gap=12)
    return pdf


def at06() -> Doc:
    """H-2B recruiter letter, Spanish, page 1 typed, page 2 a scanned cost sheet."""
    pdf = Doc(fmt="Letter", base="Serif", margins=(24, 16, 24))
    pdf.scan_pages = {2}
    pdf.foot = page_footer(
        "6a. Avenida 3-41, Zona 1, Huehuetenango · Tel. 7768-2290 · "
        "reclutamiento.quetzal@correo.gt",
        font="Serif",
        size=7.5,
    )
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(90, 20, 20)
    pdf.cell(
        0,
        6,
        "RECLUTAMIENTO Y ENLACE MIGRATORIO QUETZAL, S.A.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(20, 20, 20)
    pdf.set_draw_color(90, 20, 20)
    pdf.line(24, pdf.get_y() + 1.5, pdf.w - 24, pdf.get_y() + 1.5)
    pdf.ln(7)
    pdf.para("Huehuetenango, 10 de noviembre de 2025", size=10, align="R", after=3)
    pdf.para(
        "Señor\nMarvin Estuardo López Tzul\nAldea El Rancho, Chiantla, Huehuetenango",
        size=10,
        after=4,
    )
    pdf.para("Estimado señor López:", size=10, after=2)
    pdf.para(
        "Reciba un cordial saludo de Reclutamiento y Enlace Migratorio Quetzal, S.A. Nos complace "
        "informarle que usted fue preseleccionado para trabajar con visa H-2B en la siguiente "
        "empresa de reforestación de los Estados Unidos:",
        size=10,
        after=2.5,
    )
    pdf.grid(
        [
            [
                "Empresa",
                "Piedmont Reforestation Services, Inc., 620 Commerce Road, Tifton, Georgia 31794",
            ],
            [
                "Puesto",
                "Sembrador de árboles: plantar pinos a mano con barra de siembra, cargar "
                "bolsas de plantas de hasta 40 libras y limpiar el terreno",
            ],
            ["Lugar", "Terrenos forestales del sur de Georgia y de Alabama, según la cuadrilla"],
            ["Periodo", "Del 11 de enero al 24 de abril de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes"],
            [
                "Salario",
                "$17.06 por hora; las horas extra después de 40 por semana se pagan a "
                "$25.59 por hora",
            ],
            ["Pago", "Semanal"],
        ],
        widths=[30, 137],
        size=9.5,
        font="Serif",
        borders="HORIZONTAL_LINES",
    )
    pdf.para(
        "La empresa le reembolsa en su primera semana de trabajo el pasaje de autobús, la comida "
        "del viaje y el pago de la visa. Las barras de siembra, el casco y el chaleco se "
        "entregan sin costo. Al terminar la temporada, la empresa paga su regreso a "
        "Huehuetenango.",
        size=10,
        after=2.5,
    )
    pdf.para(
        "En la hoja adjunta encontrará los requisitos y costos del trámite. Preséntese en "
        "nuestra oficina el lunes 17 de noviembre a las 8:00 horas con todos sus documentos.",
        size=10,
        after=2.5,
    )
    pdf.para("Sin otro particular, nos suscribimos de usted.", size=10, after=10)
    pdf.para("Atentamente,\n\nLic. Otto René Samayoa\nGerente General", size=10, after=2)

    img = scan_image(
        [
            ("title", "HOJA DE REQUISITOS Y COSTOS · TEMPORADA H-2B 2026"),
            ("bold", "Reclutamiento y Enlace Migratorio Quetzal, S.A."),
            ("bold", "Requisitos:"),
            ("text", "1. Ser mayor de 18 años y tener buena salud.", 0.25),
            ("text", "2. Tener experiencia en trabajo agrícola o forestal.", 0.25),
            (
                "text",
                "3. Pasaporte vigente. El trámite y el pago del pasaporte corren por cuenta del "
                "trabajador.",
                0.25,
            ),
            ("text", "4. Dos fotografías recientes y copia del DPI.", 0.25),
            ("bold", "Costos:"),
            ("text", "• Entrevista y evaluación: sin costo.", 0.25),
            (
                "text",
                "• Aportación para gastos de oficina: Q2,800.00 (dos mil ochocientos quetzales), "
                "que se entregan al confirmar para apartar su lugar en la lista.",
                0.25,
            ),
            ("bold", "Importante:"),
            (
                "text",
                "Una semana antes del viaje, el trabajador entregará su pasaporte en nuestra "
                "oficina, y durante la temporada el pasaporte quedará en poder del mayordomo de la "
                "empresa.",
                0.25,
            ),
            ("text", "No se aceptan cheques. Traer el dinero completo el día de la cita.", 0.25),
            ("small", "Firma de recibido del trabajador:"),
        ]
    )
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    return pdf


def at07() -> Doc:
    """Philippines to Taiwan factory contract with worker's addendum, English, 2 pages."""
    pdf = Doc(fmt="A4", base="LibSerif", margins=(20, 16, 20))
    pdf.foot = page_footer(
        "Contract ref. PGM-TW-26-0412 · Page %p of 2 · Worker's initials: ______",
        font="LibSerif",
        size=8,
    )
    pdf.add_page()
    pdf.heading(
        "EMPLOYMENT CONTRACT FOR FOREIGN WORKER (MANUFACTURING)", size=13, align="C", after=0.5
    )
    pdf.para(
        "Republic of the Philippines to Taiwan (R.O.C.)", size=10, style="I", align="C", after=4
    )
    pdf.grid(
        [
            ["Employer", "Hsin Yuan Precision Electronics Co., Ltd."],
            [
                "Employer's address",
                "No. 88, Lane 120, Zhongzheng Road, Luzhu District, Taoyuan City 338, Taiwan",
            ],
            ["Worker", "Maricel Dela Paz Santos"],
            ["Worker's address", "Purok 4, Barangay San Isidro, Cabanatuan City, Nueva Ecija"],
            ["Passport No.", "P7723419B"],
            [
                "Philippine agency",
                "Pinnacle Global Manpower Services Inc. (DMW License No. 118-LB-071122-R)",
            ],
            ["Taiwan broker", "Evergood Human Resources Management Co., Ltd."],
        ],
        widths=[45, 124],
        size=10,
        font="LibSerif",
    )
    pdf.para("The Employer and the Worker agree as follows:", size=10.5, after=2)
    s = 10.5
    pdf.clause(
        "1. Position and duties.",
        "Production Operator. The Worker shall operate and tend "
        "surface-mount machines, inspect circuit boards under magnification, pack finished "
        "products and keep the work area clean, as assigned by the line supervisor.",
        size=s,
    )
    pdf.clause(
        "2. Place of work.",
        "The Employer's factory at the address above, Luzhu District, Taoyuan City.",
        size=s,
    )
    pdf.clause("3. Duration.", "Three (3) years, from 15 June 2026 to 14 June 2029.", size=s)
    pdf.clause(
        "4. Hours of work.",
        "Eight (8) hours a day, five (5) days a week, on a rotating day "
        "or night shift, with one (1) rest day in every seven (7) days. Overtime is voluntary "
        "and paid according to the Labor Standards Act.",
        size=s,
    )
    pdf.clause(
        "5. Salary.",
        "NTD 28,590 per month, paid monthly on or before the 10th day of the "
        "following month, by deposit to the Worker's bank account.",
        size=s,
    )
    pdf.clause(
        "6. Deductions.",
        "Labor Insurance and National Health Insurance (employee share) "
        "and income tax, as required by Taiwan law.",
        size=s,
    )
    pdf.clause(
        "7. Board and lodging.",
        "Dormitory accommodation and three meals a day are provided "
        "free of charge by the Employer.",
        size=s,
    )
    pdf.clause(
        "8. Airfare.",
        "The Employer shall pay the Worker's airfare from Manila to Taoyuan and "
        "the return airfare to Manila at the end of the contract.",
        size=s,
    )
    pdf.clause("9. Placement fee.", "No placement fee shall be collected from the Worker.", size=s)

    pdf.add_page()
    pdf.heading("ADDENDUM · WORKER'S UNDERTAKING", size=12.5, align="C", after=1)
    pdf.para(
        "(forms part of Contract ref. PGM-TW-26-0412)", size=9.5, style="I", align="C", after=4
    )
    pdf.para(
        "In consideration of her deployment, the Worker undertakes the following:",
        size=s,
        after=2.5,
    )
    pdf.clause(
        "A.",
        "The Worker shall shoulder the cost of the pre-departure skills training and "
        "assessment at the Agency's accredited training center, amounting to PHP 8,500.",
        size=s,
        indent=4,
    )
    pdf.clause(
        "B.",
        "The Worker pays the Taiwan broker a monthly service fee of NTD 1,800 in the "
        "first year, NTD 1,700 in the second year and NTD 1,500 in the third year, deducted "
        "from salary.",
        size=s,
        indent=4,
    )
    pdf.clause(
        "C.",
        "To help the Worker with these expenses, the Agency's partner lending company "
        "will advance PHP 45,000, to be repaid by salary deduction of NTD 3,000 per month "
        "until fully paid.",
        size=s,
        indent=4,
    )
    pdf.clause(
        "D.",
        "For safekeeping, the Worker's passport and Alien Resident Certificate will be "
        "kept by the broker's dormitory office and released only for official transactions.",
        size=s,
        indent=4,
    )
    pdf.clause(
        "E.",
        "The Worker has read this addendum, and its contents were explained to her in Filipino.",
        size=s,
        indent=4,
        after=4,
    )
    pdf.para("Signed in Quezon City on 20 April 2026.", size=s, after=2)
    pdf.sign_line(
        [
            "Worker: Maricel Dela Paz Santos",
            "For the Agency: Ma. Theresa B. Quintos, Deployment Officer",
            "For the Employer: Lin Chia-Hao, HR Manager",
        ],
        gap=14,
        font="LibSerif",
    )
    return pdf


def at08() -> Doc:
    """Nepal to Qatar worker service agreement with a cost table, English, 2 pages."""
    pdf = Doc(fmt="A4", base="Cond", margins=(18, 30, 18))

    def head(p: Doc):
        p.band(22, (160, 28, 36))
        p.set_xy(18, 5)
        p.set_font("Cond", "B", 13)
        p.set_text_color(255, 255, 255)
        p.cell(0, 6, "Himal Sagarmatha Overseas Pvt. Ltd.")
        p.set_xy(18, 12)
        p.set_font("Cond", "", 8.5)
        p.cell(
            0,
            4,
            "Govt. Licence No. 1187/070/071 · Bansbari, Kathmandu, Nepal · "
            "Tel. 01-4371xxx · hso.recruit@mail.com.np",
        )
        p.set_text_color(20, 20, 20)
        p.set_y(30)

    pdf.head = head
    pdf.foot = page_footer("Worker Service Agreement · Page %p of 2", font="Cond")
    pdf.add_page()
    pdf.heading("WORKER SERVICE AGREEMENT", size=14, align="C", after=3)
    pdf.grid(
        [
            ["Worker", "Bir Bahadur Thapa Magar"],
            ["Address", "Ward No. 6, Galkot Municipality, Baglung"],
            ["Passport No.", "PA0918273"],
            ["Employer", "Al Wakra Gulf Facilities Management W.L.L."],
            ["Employer address", "P.O. Box 24771, Al Wakra, State of Qatar"],
            ["Demand / LT No.", "294512 (approved by the Department of Foreign Employment)"],
            ["Position", "Cleaner (general)"],
        ],
        widths=[45, 128],
        size=10,
        font="Cond",
        first_fill=(246, 236, 236),
    )
    s = 10.5
    pdf.clause(
        "1. Job.",
        "The Worker will clean offices, shopping malls and residential buildings "
        "served by the Employer: sweeping, mopping, washing toilets, emptying bins and "
        "polishing glass.",
        size=s,
    )
    pdf.clause("2. Work site.", "Client sites of the Employer in Doha and Al Wakra, Qatar.", size=s)
    pdf.clause("3. Contract period.", "Two years, from 1 August 2026 to 31 July 2028.", size=s)
    pdf.clause(
        "4. Salary.",
        "Basic salary QAR 1,000 per month plus a food allowance of QAR 300 per "
        "month, paid monthly into the Worker's bank account through the Wage Protection "
        "System.",
        size=s,
    )
    pdf.clause("5. Working hours.", "As per Qatar Labour Law and company rules.", size=s)
    pdf.clause(
        "6. Accommodation and transport.",
        "Shared accommodation and transport to the work site are provided free by the Employer.",
        size=s,
    )
    pdf.clause(
        "7. Visa and work permit.",
        "The Qatar work visa and the residence permit (QID) are "
        "arranged and paid by the Employer (free visa).",
        size=s,
    )
    pdf.clause(
        "8. Medical.",
        "The Worker must pass the medical examination at a centre approved "
        "for Qatar before visa stamping.",
        size=s,
    )

    pdf.add_page()
    pdf.heading("COST DETAILS", size=12.5, align="C", after=3)
    pdf.grid(
        [
            ["Qatar work visa and QID", "0", "Employer"],
            ["Agency service and documentation charge", "1,45,000", "Worker"],
            ["Medical examination at approved medical centre", "9,500", "Worker"],
            ["Foreign Employment Welfare Fund and life insurance", "3,700", "Worker"],
            ["Air ticket Kathmandu–Doha", "42,000", "Worker"],
            ["Pre-departure orientation", "0", "Employer"],
        ],
        widths=[100, 37, 36],
        size=10,
        font="Cond",
        header=["Item", "Amount (NPR)", "Paid by"],
        bold_first=False,
        head_fill=(246, 236, 236),
    )
    pdf.para(
        "Payments are received only at the Agency's office in Bansbari, and receipts are issued "
        "by the accounts section.",
        size=10,
        after=3,
    )
    pdf.heading("DECLARATION", size=11, after=1.5)
    pdf.para(
        "I have understood the above terms, which were read to me in Nepali, and I sign this "
        "agreement of my own free will.",
        size=10,
        after=2,
    )
    pdf.sign_line(
        ["Worker: Bir Bahadur Thapa Magar", "For the Agency: Managing Director", "Witness"],
        gap=14,
        font="Cond",
    )
    return pdf


def at09() -> Doc:
    """Bangladesh to Singapore offer letter with a cost annex, English, 2 pages, compliant."""
    pdf = Doc(fmt="A4", base="Sans", margins=(20, 16, 20))
    navy = (16, 46, 86)
    pdf.foot = page_footer(
        "Straits Marine Engineering Pte. Ltd. · Offer ref. SME/HR/26/0931 · %p/2", font="Sans"
    )
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*navy)
    pdf.cell(0, 7, "STRAITS MARINE ENGINEERING PTE. LTD.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(
        0,
        5,
        "21 Tuas Crescent, Singapore 638720 · UEN 201408812K · Tel +65 6555 0190",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_draw_color(*navy)
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 1, pdf.w - 20, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.set_text_color(20, 20, 20)
    pdf.ln(6)
    pdf.para("3 June 2026", size=9.5, after=2)
    pdf.para(
        "Mr. Md. Rafiqul Islam Sarker\nVillage Baghmara, Upazila Laksam, Cumilla, Bangladesh",
        size=9.5,
        after=3,
    )
    pdf.heading("In-Principle Approval: Offer of Employment as Pipe Welder", size=10.5, after=2)
    pdf.para("Dear Mr. Rafiqul Islam,", size=9.5, after=1.5)
    pdf.para(
        "We are pleased to offer you employment on the following terms, subject to the issue of "
        "your Work Permit by the Ministry of Manpower.",
        size=9.5,
        after=2.5,
    )
    pdf.grid(
        [
            [
                "Position",
                "Pipe Welder (shipyard): welding pipe spools and hull fittings by SMAW and "
                "GTAW, reading drawings, grinding and preparing joints",
            ],
            [
                "Place of work",
                "Company yard at 21 Tuas Crescent and client shipyards in Tuas and "
                "Jurong, Singapore",
            ],
            ["Period", "2 years, from 1 September 2026 to 31 August 2028"],
            [
                "Working hours",
                "44 hours per week: Monday to Friday 8:00 a.m. to 5:00 p.m., Saturday "
                "8:00 a.m. to 12:00 noon",
            ],
            ["Basic salary", "SGD 1,150 per month"],
            ["Overtime", "1.5 times the hourly basic rate for work beyond normal hours"],
            [
                "Salary payment",
                "Monthly, by the 7th day of the following month, into your bank account",
            ],
            [
                "Deductions",
                "Only for days of unpaid leave that you choose to take; no other deduction",
            ],
            ["Accommodation", "Bed in a licensed dormitory in Tuas South, free of charge"],
            [
                "Termination",
                "One month's notice or salary in lieu by either party; dismissal for "
                "misconduct only after due inquiry",
            ],
            [
                "Return passage",
                "Air ticket to Dhaka at the end of the contract, paid by the Company",
            ],
        ],
        widths=[38, 131],
        size=9,
        first_fill=(232, 238, 246),
    )
    pdf.para(
        "Please read the annex overleaf, sign both pages and return one copy to our agent.",
        size=9.5,
        after=2,
    )
    pdf.para("Yours sincerely,\n\nTan Wei Ming\nHead, Human Resources", size=9.5)

    pdf.add_page()
    pdf.heading("Annex: Who pays the costs of your employment", size=12, color=navy, after=3)
    pdf.grid(
        [
            ["Work Permit issuance fee", "Company"],
            ["Foreign worker levy", "Company"],
            ["Security bond (SGD 5,000) to the Ministry of Manpower", "Company"],
            ["Skills test at the approved overseas test centre in Dhaka", "Company"],
            ["Medical examination in Singapore", "Company"],
            ["Medical insurance and work injury compensation insurance", "Company"],
            ["Air ticket Dhaka–Singapore", "Company"],
            ["Settling-In Programme", "Company"],
            ["Recruiting agent's service fee", "Company"],
        ],
        widths=[124, 45],
        size=9.5,
        header=["Cost", "Paid by"],
        bold_first=False,
        head_fill=(232, 238, 246),
    )
    pdf.para(
        "You pay nothing to anyone to get or keep this job. Our agent in Bangladesh, Bengal "
        "Bridge Overseas Ltd. (RL-1432), is paid by the Company and may not ask you for money. "
        "If anyone asks you for a fee, a deposit or a 'kickback', please report it to us and to "
        "the Ministry of Manpower.",
        size=9.5,
        after=2,
    )
    pdf.para(
        "The levy and the security bond are the Company's obligations and will never be "
        "deducted from your salary. You will keep your own passport and Work Permit card.",
        size=9.5,
        after=4,
    )
    pdf.sign_line(["Accepted by: Md. Rafiqul Islam Sarker", "Date"], gap=14)
    return pdf


def at10() -> Doc:
    """Jamaica to Canada hotel employment contract, English, 2 pages."""
    pdf = Doc(fmt="Letter", base="Lib", margins=(22, 18, 22))
    pdf.foot = page_footer(
        "Bow Valley Summit Lodge Ltd. · TFW employment contract · Page %p of 2", font="Lib"
    )
    pdf.add_page()
    pdf.heading("EMPLOYMENT CONTRACT · TEMPORARY FOREIGN WORKER", size=13, align="C", after=3)
    pdf.para(
        "This contract is made between Bow Valley Summit Lodge Ltd., 118 Tunnel Mountain Road, "
        "Banff, Alberta T1L 1B2, Canada (the Employer), and Kemar Anthony Blake, 22 Brunswick "
        "Avenue, Spanish Town, St. Catherine, Jamaica (the Employee).",
        after=1.5,
    )
    pdf.para(
        "The Employee was recruited through Island Path Placement Services Ltd., Kingston, "
        "Jamaica. The Employer pays Island Path's fees in full.",
        after=3,
    )
    pdf.grid(
        [
            ["Position", "Room Attendant (NOC 65310)"],
            [
                "Duties",
                "Clean and make up guest rooms, change linens, restock amenities and report "
                "maintenance problems",
            ],
            ["Worksite", "Bow Valley Summit Lodge, 118 Tunnel Mountain Road, Banff, Alberta"],
            ["Term", "May 1, 2026 to October 31, 2026"],
            ["Hours", "40 hours per week: 8-hour shifts, 5 days a week"],
            ["Wage", "CAD 18.50 per hour"],
            ["Overtime", "1.5 times the wage after 8 hours a day or 44 hours a week"],
            ["Pay", "Every two weeks by direct deposit, with a pay statement"],
        ],
        widths=[32, 139],
        size=9.5,
        first_fill=(236, 242, 248),
    )
    pdf.clause(
        "1. Travel.",
        "The Employer pays the Employee's round-trip economy airfare between "
        "Kingston and Calgary and the ground transport to Banff. No part of the airfare is "
        "recovered from the Employee.",
    )
    pdf.clause(
        "2. Costs paid by the Employer.",
        "The LMIA processing fee and the work permit fee are "
        "paid by the Employer and are not recovered from the Employee. Until the Employee is "
        "covered by Alberta Health Care, the Employer pays for private health insurance for "
        "him.",
    )
    pdf.clause(
        "3. Deductions.",
        "Income tax, Canada Pension Plan and Employment Insurance "
        "contributions as required by law, plus the amounts set out in clauses 4 to 6.",
    )

    pdf.add_page()
    pdf.clause(
        "4. Staff accommodation.",
        "Staff accommodation in the Tunnel Mountain staff "
        "residence is charged at CAD 275 per month, deducted from pay in two equal "
        "instalments.",
    )
    pdf.clause(
        "5. Staff meals.",
        "Staff meals in the employee cafeteria are deducted at CAD 4.50 per meal taken.",
    )
    pdf.clause(
        "6. Uniforms.",
        "A uniform deposit of $60.00 will be taken from your first pay cheque "
        "and returned when the uniforms are handed back clean and undamaged.",
    )
    pdf.clause(
        "7. Termination.",
        "Either party may end this contract with two weeks' written "
        "notice. The Employer may dismiss the Employee without notice for just cause, such as "
        "theft or violence. If the contract ends early for any reason other than just cause, "
        "the Employer pays the return airfare to Kingston.",
    )
    pdf.clause(
        "8. Rights.",
        "The Employee keeps his own passport and work permit. The Employee may "
        "apply to change employers under Canadian law, and no penalty applies if he does.",
    )
    pdf.clause(
        "9. Governing law.",
        "This contract is governed by the Alberta Employment Standards "
        "Code and the laws of Canada.",
        after=4,
    )
    pdf.sign_line(
        [
            "For the Employer: Colleen Marchand, HR Director",
            "Employee: Kemar Anthony Blake",
            "Date",
        ],
        gap=14,
    )
    return pdf


def at11() -> Doc:
    """Guatemala to Canada (Quebec) greenhouse contract, Spanish, 2 pages, compliant."""
    pdf = Doc(fmt="Letter", base="Serif", margins=(22, 18, 22))
    pdf.foot = page_footer(
        "Serres Val-Joli inc. · Contrato de trabajo temporal 2026 · Página %p de 2", font="Serif"
    )
    pdf.add_page()
    pdf.heading("CONTRATO DE TRABAJO TEMPORAL", size=13, align="C", after=0.5)
    pdf.heading(
        "Trabajadora agrícola extranjera · Québec, Canadá", size=10, style="I", align="C", after=4
    )
    s = 9.8
    pdf.para(
        "Entre Serres Val-Joli inc., 1450, rang Saint-Édouard, Saint-Rémi (Québec) J0L 2L0, "
        "Canadá («EL EMPLEADOR»), y Ana Lucía Coyoy Ixcoy, con domicilio en Cantón Monrovia, "
        "San Juan Ostuncalco, Quetzaltenango, Guatemala, DPI 2541 38702 0901 («LA "
        "TRABAJADORA»), se acuerda lo siguiente:",
        size=s,
        after=3,
    )
    pdf.clause(
        "1. Puesto y tareas.",
        "LA TRABAJADORA trabajará como ayudante de invernadero: "
        "deshoje y guiado de plantas de tomate, cosecha, selección y empaque de tomate, y "
        "limpieza de los pasillos.",
        size=s,
    )
    pdf.clause(
        "2. Lugar de trabajo.", "Invernaderos de EL EMPLEADOR en Saint-Rémi, Québec.", size=s
    )
    pdf.clause("3. Duración.", "Del 2 de marzo al 20 de noviembre de 2026.", size=s)
    pdf.clause(
        "4. Jornada.",
        "8 horas diarias de lunes a viernes y hasta 5 horas los sábados; el "
        "horario se publica cada semana.",
        size=s,
    )
    pdf.clause("5. Salario.", "16.10 dólares canadienses por hora.", size=s)
    pdf.clause(
        "6. Pago.",
        "Cada dos semanas, por depósito en la cuenta bancaria de LA TRABAJADORA, "
        "con un talón que muestra horas, salario y descuentos.",
        size=s,
    )
    pdf.clause(
        "7. Descuentos.",
        "Solo los que exige la ley: impuesto federal y provincial, Régimen "
        "de rentas de Québec (RRQ), seguro de empleo y seguro parental. EL EMPLEADOR no "
        "descuenta nada por vivienda, transporte, herramientas ni reclutamiento.",
        size=s,
    )
    pdf.clause(
        "8. Vivienda.",
        "EL EMPLEADOR proporciona vivienda gratuita, amueblada y con cocina, "
        "a 2 km de los invernaderos, con transporte diario sin costo.",
        size=s,
    )

    pdf.add_page()
    pdf.clause(
        "9. Viaje.",
        "EL EMPLEADOR paga el boleto de avión de ida y vuelta entre la Ciudad de "
        "Guatemala y Montreal y el traslado hasta Saint-Rémi; no descontará ninguna parte de "
        "estos gastos del salario.",
        size=s,
    )
    pdf.clause(
        "10. Permiso y salud.",
        "EL EMPLEADOR paga el permiso de trabajo, los datos "
        "biométricos y el examen médico. Mientras LA TRABAJADORA no tenga la tarjeta de la "
        "RAMQ, EL EMPLEADOR paga un seguro médico privado a su favor.",
        size=s,
    )
    pdf.clause(
        "11. Equipo.",
        "Botas, guantes, tijeras e impermeables se entregan sin costo y sin depósito.",
        size=s,
    )
    pdf.clause(
        "12. Terminación.",
        "Cualquiera de las partes puede terminar el contrato con aviso "
        "escrito de una semana. EL EMPLEADOR solo puede despedir sin aviso por falta grave "
        "comprobada, después de escuchar a LA TRABAJADORA. Si el contrato termina antes por una "
        "causa que no sea falta grave, EL EMPLEADOR paga el boleto de regreso.",
        size=s,
    )
    pdf.clause(
        "13. Derechos.",
        "Ninguna persona ni agencia está autorizada a cobrarle dinero por "
        "este empleo. LA TRABAJADORA conserva su pasaporte y sus documentos, puede salir "
        "libremente de la vivienda en su tiempo libre y puede presentar quejas ante la CNESST "
        "sin represalias.",
        size=s,
    )
    pdf.clause(
        "14. Idioma.",
        "LA TRABAJADORA recibe este contrato en español, y una copia en "
        "francés queda en el expediente de EL EMPLEADOR.",
        size=s,
        after=4,
    )
    pdf.para(
        "Firmado en Saint-Rémi, Québec, y en Quetzaltenango, Guatemala, el 12 de enero de 2026.",
        size=s,
        after=2,
    )
    pdf.sign_line(
        ["Por EL EMPLEADOR: Julie Desrochers, directora", "LA TRABAJADORA: Ana Lucía Coyoy Ixcoy"],
        gap=14,
        font="Serif",
    )
    return pdf


def at12() -> Doc:
    """WhatsApp broadcast of a Dhaka travel agency (Saudi visa), English, 1 tall page."""
    pdf = Doc(fmt=(110, 262), base="Sans", margins=(6, 6, 6), bottom=4)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(231, 222, 212)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 17, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 3.5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 5, "Sonar Bangla Overseas Travels")
    pdf.set_xy(8, 9.5)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 4, "Broadcast list · 214 recipients")
    pdf.set_text_color(20, 20, 20)

    msgs = [
        (
            "*** URGENT SAUDI VISA AVAILABLE ***\nCleaner for big hospital and shopping mall in "
            "Riyadh. Direct company visa, 100% sure.",
            "10:02",
        ),
        (
            "Salary 1,000 riyal every month + overtime. Food free by company. Duty 8 hours, 6 days a "
            "week.",
            "10:02",
        ),
        (
            "Package 4,50,000 taka (four lakh fifty thousand), half with passport, half before "
            "flight.",
            "10:03",
        ),
        (
            "Guardian must give one signed blank cheque as guarantee, returned after 3 months of "
            "job.",
            "10:03",
        ),
        ("Passport will stay in our office until flight day, no tension.", "10:04"),
        ("No hidden cost. Medical, finger and BMET card our office will arrange for you.", "10:04"),
        (
            "Only 20 seats left!! Contact Rasel bhai 01711-555283 (imo/WhatsApp).\nOffice: 2nd floor, "
            "Hazi Market, Naya Paltan, Dhaka.",
            "10:05",
        ),
    ]
    y = 24.0
    pdf.set_font("Sans", "", 7)
    pdf.set_fill_color(210, 236, 240)
    pdf.set_xy(30, y)
    pdf.cell(50, 5, "TODAY", align="C", fill=True)
    y += 9
    bw = 88.0
    for text, time in msgs:
        pdf.set_font("Sans", "", 9.2)
        lines = pdf.multi_cell(
            bw - 6, 4.6, text, align="L", dry_run=True, output=MethodReturnValue.LINES
        )
        h = len(lines) * 4.6 + 9
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(7, y, bw, h, style="F", round_corners=True, corner_radius=2.5)
        pdf.set_xy(10, y + 2.5)
        pdf.multi_cell(bw - 6, 4.6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(7 + bw - 14, y + h - 5)
        pdf.cell(12, 3.5, time, align="R")
        pdf.set_text_color(20, 20, 20)
        y += h + 4
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(5, pdf.h - 14, pdf.w - 10, 9, style="F", round_corners=True, corner_radius=4)
    pdf.set_xy(9, pdf.h - 12)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(0, 5, "Only admins can send messages")
    pdf.set_text_color(20, 20, 20)
    return pdf


BUILDERS = {
    "at01.pdf": at01,
    "at02.pdf": at02,
    "at03.pdf": at03,
    "at04.pdf": at04,
    "at05.pdf": at05,
    "at06.pdf": at06,
    "at07.pdf": at07,
    "at08.pdf": at08,
    "at09.pdf": at09,
    "at10.pdf": at10,
    "at11.pdf": at11,
    "at12.pdf": at12,
}
SCANNED_PAGES = {"at06.pdf": {2}}

# --------------------------------------------------------------------------- checks

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
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}
_ALL = [
    "employer_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
    "pay_frequency",
    "deductions",
    "termination",
]
REQUIRED = {
    "h2a": set(_ALL)
    | {
        "wage_adjustment",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
        "job_requirements",
    },
    "h2b": set(_ALL)
    | {
        "wage_adjustment",
        "overtime",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "contract_impossibility",
        "job_requirements",
    },
    "generic": set(_ALL) | {"worker_identity", "return_transportation"},
}


def norm(s: str) -> str:
    return " ".join(s.split())


def check_labels(labels) -> list[str]:
    errs = []
    for lab in labels:
        f, prog = lab["file"], lab["program"]
        if prog not in REQUIRED:
            errs.append(f"{f}: bad program {prog}")
            continue
        for t in lab["missing_terms"]:
            if t not in REQUIRED[prog]:
                errs.append(f"{f}: missing term {t} is not required for {prog}")
        for fee in lab["fees"]:
            c, sev = fee["category"], fee["severity"]
            if c not in CATEGORIES:
                errs.append(f"{f}: bad category {c}")
            expect = "violation"
            if c in REVIEW_ALWAYS or (c == "housing_charge" and prog != "h2a"):
                expect = "review"
            if c == "visa_cost" and sev == "review" and prog in ("h2a", "h2b"):
                expect = "review"  # passport-only cost under H-2
            if sev != expect:
                errs.append(f"{f}: {c} severity {sev}, expected {expect}")
            if (fee["amount"] is None) != (fee["currency"] is None):
                errs.append(f"{f}: amount/currency mismatch in {fee['quote'][:40]}")
            if not 1 <= fee["page"] <= lab["pages"]:
                errs.append(f"{f}: fee page {fee['page']} out of range")
        if lab["scanned"] != (f in SCANNED_PAGES):
            errs.append(f"{f}: scanned flag disagrees with SCANNED_PAGES")
    return errs


def verify(out_dir: Path, labels) -> list[str]:
    errs = check_labels(labels)
    names = sorted(lab["file"] for lab in labels)
    if names != sorted(BUILDERS):
        errs.append(f"labels.json files {names} != built files {sorted(BUILDERS)}")
    for lab in labels:
        path = out_dir / lab["file"]
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            texts = [norm(pg.extract_text() or "") for pg in pdf.pages]
            images = [len(pg.images) for pg in pdf.pages]
        if n != lab["pages"]:
            errs.append(f"{lab['file']}: {n} pages, label says {lab['pages']}")
            continue
        scanned = SCANNED_PAGES.get(lab["file"], set())
        for p in range(1, n + 1):
            if p in scanned:
                if texts[p - 1]:
                    errs.append(f"{lab['file']} p{p}: scanned page has a text layer")
                if images[p - 1] != 1:
                    errs.append(f"{lab['file']} p{p}: scanned page should hold one image")
            elif not texts[p - 1]:
                errs.append(f"{lab['file']} p{p}: no text on a typed page")
        for fee in lab["fees"]:
            if fee["page"] in scanned:
                continue
            if norm(fee["quote"]) not in texts[fee["page"] - 1]:
                where = [i + 1 for i, t in enumerate(texts) if norm(fee["quote"]) in t]
                errs.append(
                    f"{lab['file']} p{fee['page']}: quote not found "
                    f"(found on pages {where}): {fee['quote']!r}"
                )
        alltext = " ".join(texts)
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errs.append(f"{lab['file']}: recruiter name not printed: {r!r}")
    return errs


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    for name, build in BUILDERS.items():
        build().output(str(out / name))
    errs = verify(out, labels)
    if errs:
        print(f"FAILED: {len(errs)} problem(s)", file=sys.stderr)
        for e in errs:
            print("  - " + e, file=sys.stderr)
        return 1
    nfees = sum(len(lab["fees"]) for lab in labels)
    print(f"ok: wrote {len(BUILDERS)} PDFs to {out}; {nfees} fee quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
