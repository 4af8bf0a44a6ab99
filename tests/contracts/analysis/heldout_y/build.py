"""Blind held-out batch "y": twelve labelled contract PDFs (y01.pdf ... y12.pdf) and labels.json.

Usage: python tests/contracts/analysis/heldout_y/build.py OUT_DIR

Deterministic (fixed creation date, fixed seeds). After writing, every fee quote of a
non-scanned document is looked up (whitespace-normalized) in pdfplumber's text of its
labelled page; the scanned document's quotes are checked on its text master before it is
rasterized. Exits non-zero when any check fails.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import TableBordersLayout, VAlign, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = datetime(2026, 2, 2, 9, 30, tzinfo=UTC)
TTF = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "dejavu": ("dejavu/DejaVuSans", "", "-Bold", "-Oblique", "-BoldOblique"),
    "dejavucond": ("dejavu/DejaVuSansCondensed", "", "-Bold", "-Oblique", "-BoldOblique"),
    "dejavuserif": ("dejavu/DejaVuSerif", "", "-Bold", "-Italic", "-BoldItalic"),
    "libsans": ("liberation/LiberationSans", "-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "libserif": ("liberation/LiberationSerif", "-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "libnarrow": ("liberation/LiberationSansNarrow", "-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "noto": ("noto/NotoSans", "-Regular", "-Bold", "-Italic", "-BoldItalic"),
}
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category: str, program: str, passport_only: bool = False) -> str:
    """Severity per the taxonomy for the document's program."""
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


@dataclass
class Fee:
    category: str
    page: int
    quote: str
    amount: float | None = None
    currency: str | None = None
    group: int | None = None
    passport_only: bool = False


@dataclass
class Meta:
    program: str
    language: str
    fees: list[Fee]
    missing_terms: list[str]
    recruiters: list[str]
    traps: list[str]
    doc_type: str
    layout: str
    scanned: bool = False


class Doc(FPDF):
    """FPDF with registered fonts, an optional colored header band and a page footer."""

    def __init__(
        self,
        fmt: str | tuple[float, float] = "Letter",
        family: str = "dejavu",
        size: float = 10,
        margin: float = 18,
        band: tuple[int, int, int] | None = None,
        band_left: str = "",
        band_right: str = "",
        footer_text: str = "",
        top: float | None = None,
    ) -> None:
        super().__init__(unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        base, regular, bold, italic, bold_italic = FAMILIES[family]
        for style, suffix in (("", regular), ("B", bold), ("I", italic), ("BI", bold_italic)):
            self.add_font("Body", style, str(TTF / f"{base}{suffix}.ttf"))
        self.base_size = size
        self.band = band
        self.band_left = band_left
        self.band_right = band_right
        self.footer_text = footer_text
        top_margin = top if top is not None else (margin + (8 if band else 0))
        self.set_margins(margin, top_margin, margin)
        self.set_auto_page_break(True, 16)
        self.set_font("Body", "", size)
        self.add_page()

    # page furniture -------------------------------------------------------------
    def header(self) -> None:
        if not self.band:
            return
        self.set_fill_color(*self.band)
        self.rect(0, 0, self.w, 13, "F")
        self.set_text_color(255, 255, 255)
        self.set_font("Body", "B", 9)
        self.set_xy(self.l_margin, 3.5)
        self.cell(0, 6, self.band_left)
        if self.band_right:
            self.set_font("Body", "", 8.5)
            self.set_xy(self.l_margin, 3.5)
            self.cell(0, 6, self.band_right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_font("Body", "", self.base_size)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font("Body", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)
        self.set_font("Body", "", self.base_size)

    # text blocks -----------------------------------------------------------------
    def ttl(self, text: str, size: float = 14, align: str = "C", gap: float = 3) -> None:
        self.set_font("Body", "B", size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)
        self.set_font("Body", "", self.base_size)

    def sec(
        self,
        text: str,
        size: float | None = None,
        color: tuple[int, int, int] = (0, 0, 0),
        gap_before: float = 2.5,
        rule: bool = False,
    ) -> None:
        size = size or self.base_size + 1
        if self.get_y() > self.page_break_trigger - 18:
            self.add_page()  # keep a heading with the text that follows it
        else:
            self.ln(gap_before)
        self.set_font("Body", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.48, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if rule:
            self.set_draw_color(*color)
            self.line(self.l_margin, self.get_y() + 0.6, self.w - self.r_margin, self.get_y() + 0.6)
            self.set_draw_color(0, 0, 0)
            self.ln(1.6)
        self.ln(0.8)
        self.set_text_color(0, 0, 0)
        self.set_font("Body", "", self.base_size)

    def p(
        self,
        text: str,
        size: float | None = None,
        style: str = "",
        align: str = "L",
        color: tuple[int, int, int] = (0, 0, 0),
        indent: float = 0,
        gap: float = 1.6,
        lead: str = "",
        lh: float = 0.47,
    ) -> None:
        """Paragraph; `lead` is printed in bold at its start (same line)."""
        size = size or self.base_size
        self.set_font("Body", style, size)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        body = text
        if lead:
            body = f"**{lead}** {text}"
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            size * lh,
            body,
            align=align,
            markdown=bool(lead),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(gap)
        self.set_text_color(0, 0, 0)
        self.set_font("Body", "", self.base_size)

    def bullets(
        self, items: list[str], size: float | None = None, mark: str = "•", indent: float = 3
    ) -> None:
        size = size or self.base_size
        self.set_font("Body", "", size)
        width = self.w - self.r_margin - self.l_margin - indent - 5
        for item in items:
            lead = ""
            if item.startswith("**"):
                lead, _, item = item[2:].partition("** ")
            self.set_x(self.l_margin + indent)
            self.cell(5, size * 0.47, mark)
            body = f"**{lead}** {item}" if lead else item
            self.multi_cell(
                width,
                size * 0.47,
                body,
                align="L",
                markdown=bool(lead),
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(0.9)
        self.ln(0.8)

    def grid(
        self,
        rows: list[list[str]],
        widths: tuple[float, ...],
        size: float | None = None,
        head: bool = True,
        head_fill: tuple[int, int, int] = (225, 225, 225),
        borders: str = "all",
        bold_first_col: bool = False,
        line_height: float | None = None,
    ) -> None:
        size = size or self.base_size - 0.5
        self.set_font("Body", "", size)
        layout = {
            "all": TableBordersLayout.ALL,
            "none": TableBordersLayout.NONE,
            "horizontal": TableBordersLayout.HORIZONTAL_LINES,
        }[borders]
        style = FontFace(emphasis="BOLD", fill_color=head_fill)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            width=self.w - self.l_margin - self.r_margin,
            text_align="LEFT",
            v_align=VAlign.T,
            borders_layout=layout,
            first_row_as_headings=head,
            headings_style=style,
            line_height=line_height or size * 0.47,
            padding=1.2,
        ) as table:
            for r, row in enumerate(rows):
                trow = table.row()
                for c, text in enumerate(row):
                    if bold_first_col and c == 0 and (r > 0 or not head):
                        trow.cell(text, style=FontFace(emphasis="BOLD"))
                    else:
                        trow.cell(text)
        self.ln(2)
        self.set_font("Body", "", self.base_size)

    def signature_lines(self, labels: list[str], width: float = 75, gap: float = 14) -> None:
        if self.get_y() + gap + 10 > self.page_break_trigger:
            self.add_page()
        self.ln(gap)
        x0 = self.l_margin
        y = self.get_y()
        for i, label in enumerate(labels):
            x = x0 + i * (width + 10)
            self.line(x, y, x + width, y)
            self.set_xy(x, y + 1)
            self.set_font("Body", "", self.base_size - 1.5)
            self.multi_cell(width, 4, label, align="L")
        self.set_xy(self.l_margin, y + 12)
        self.set_font("Body", "", self.base_size)

    def fingerprint_box(self, label: str = "Huella") -> None:
        """Fingerprint box to the right of the signature lines just drawn."""
        end_y = self.get_y()
        x = self.w - self.r_margin - 24
        y = end_y - 34
        self.rect(x, y, 24, 26)
        self.set_auto_page_break(False)
        self.set_xy(x, y + 26.5)
        self.set_font("Body", "", 7)
        self.cell(24, 3, label, align="C")
        self.set_auto_page_break(True, 16)
        self.set_xy(self.l_margin, end_y)
        self.set_font("Body", "", self.base_size)


def scan(pdf_bytes: bytes, seed: int, dpi: int = 200) -> bytes:
    """Rasterize each page, degrade it slightly and embed it as an image-only PDF page."""
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    rng = np.random.default_rng(seed)
    for i in range(len(src)):
        page = src[i]
        width, height = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = float(rng.uniform(0.35, 0.8)) * (1 if i % 2 == 0 else -1)
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.65))
        arr = np.asarray(img, dtype=np.float32) * 0.9 + 14.0
        ys = np.linspace(0.0, 1.0, arr.shape[0], dtype=np.float32)[:, None]
        arr -= 10.0 * ys  # uneven lighting toward the bottom
        arr += rng.normal(0.0, 7.0, arr.shape).astype(np.float32)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=74)
        buf.seek(0)
        out.add_page(format=(width, height))
        out.image(buf, x=0, y=0, w=width, h=height)
    src.close()
    return bytes(out.output())


def norm(text: str) -> str:
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [norm(page.extract_text() or "") for page in pdf.pages]


# =====================================================================================
# Documents
# =====================================================================================


def y01() -> tuple[Doc, Meta]:
    """H-2A clearance order, English, fully compliant, with many look-alike traps."""
    d = Doc(
        band=(46, 84, 60),
        band_left="Kettle Ridge Fruit Company LLC",
        band_right="H-2A clearance order WA-26-04417",
        footer_text="Clearance order WA-26-04417 · worker copy · page",
    )
    d.ttl(
        "AGRICULTURAL CLEARANCE ORDER\nTerms and Conditions of H-2A Temporary Employment", size=13
    )
    d.sec("A. Employer", rule=True, color=(46, 84, 60))
    d.bullets(
        [
            "**Legal name:** Kettle Ridge Fruit Company LLC",
            "**Street address:** 2260 Chesaw Bench Road, Tonasket, WA 98855",
            "**Telephone:** (509) 555-0143",
            "**Person to contact:** Marisol Dunleavy-Reyes, Human Resources Coordinator",
        ]
    )
    d.sec("B. The offer at a glance", rule=True, color=(46, 84, 60))
    d.bullets(
        [
            "**Position:** Orchard harvest worker (SOC 45-2092.02), 55 openings",
            "**Season:** August 24, 2026 to November 13, 2026",
            "**Hours:** 40 hours in a normal week, Monday to Friday from 6:30 a.m. to 3:00 p.m. with a half-hour unpaid meal break; weather and fruit maturity may shorten or lengthen a day.",
            "**Pay:** $19.94 per hour. During apple picking, $31.00 per full bin (about 900 lb) is paid instead whenever a worker's bin earnings for the week come out higher than hourly pay.",
            "**Payday:** Wages are paid weekly, each Friday, for the workweek that ended the previous Sunday.",
            "**Deductions the employer will make:** federal income tax withholding only if the worker asks for it in writing; Washington Paid Family and Medical Leave premiums where the law applies; garnishments ordered by a court; and any item the worker voluntarily authorizes in writing for his or her own benefit.",
        ]
    )
    d.sec("C. Duties", rule=True, color=(46, 84, 60))
    d.p(
        "Pick apples and pears by hand into a picking bucket from the ground and from 10- to 12-foot orchard ladders, empty buckets gently into field bins, move ladders between trees, and pick up windfall fruit as instructed. Before harvest, workers thin fruitlets, prop heavy limbs and hang pheromone dispensers. Some workers are assigned to the packing shed, where they keep the bin feeder supplied, cull damaged fruit from the sorting belt and stack cartons on pallets. Fruit quality is checked bin by bin; a bin with too many stems, bruises or leaves is re-sorted on paid time."
    )
    d.sec("D. Qualifications", rule=True, color=(46, 84, 60))
    d.p(
        "Three months of experience picking tree fruit by hand, confirmed by a former employer's reference. Must be able to climb and work from a 12-foot ladder and carry a full picking bucket of up to 40 pounds. No schooling, licence or English is required."
    )
    d.sec("E. Places of work", rule=True, color=(46, 84, 60))
    d.grid(
        [
            ["Block", "Address", "County"],
            ["Home orchard", "2260 Chesaw Bench Road, Tonasket, WA 98855", "Okanogan"],
            ["Aeneas Valley block", "418 Aeneas Valley Road, Tonasket, WA 98855", "Okanogan"],
            ["Riverside pear block", "77 Old Riverside Highway, Riverside, WA 98849", "Okanogan"],
            ["Packing shed", "2290 Chesaw Bench Road, Tonasket, WA 98855", "Okanogan"],
        ],
        widths=(2, 4, 1.3),
        head_fill=(214, 230, 218),
    )
    d.sec("F. Housing, meals and transportation", rule=True, color=(46, 84, 60))
    d.p(
        "Each worker is assigned a bed in the Kettle Ridge labor camp at 2300 Chesaw Bench Road, Tonasket, which meets the federal and Washington standards for temporary worker housing. Workers pay no rent and no utilities, and no deposit is asked for beds, mattresses or linens.",
        lead="Housing.",
    )
    d.p(
        "Every unit has a kitchen with stoves, refrigerators, pots and utensils that workers may use free of charge. Workers who prefer not to cook may sign up for the optional cookhouse plan at $15.10 per day for three meals, an amount within the maximum meal charge the U.S. Department of Labor allows for 2026; the plan can be cancelled with one week's notice.",
        lead="Meals.",
    )
    d.p(
        "A company van carries workers between the camp and each orchard block every workday, free of charge.",
        lead="Daily transportation.",
    )
    d.p(
        "Workers who complete 50 percent of the work contract period are reimbursed for the reasonable cost of transportation and daily subsistence from the place of recruitment to Tonasket. If those costs would bring first-week earnings below the federal minimum wage, the necessary part is reimbursed with the first paycheck. Visa, visa processing and border-crossing fees are reimbursed in full in the first workweek.",
        lead="Travel to the job.",
    )
    d.p(
        "A worker who completes the contract, or who is let go early for a reason other than cause, receives transportation and daily subsistence back to the place of recruitment, paid by the employer.",
        lead="Travel home.",
    )
    d.sec("G. What the employer commits to", rule=True, color=(46, 84, 60))
    commitments = [
        (
            "(a) Wage floor.",
            "The employer pays the highest of the Adverse Effect Wage Rate, the prevailing hourly or piece rate, the agreed collective bargaining rate, or the federal or Washington minimum wage in effect when the work is performed. If a higher AEWR is published during the season, it is paid from its effective date.",
        ),
        (
            "(b) Three-fourths guarantee.",
            "The employer guarantees to offer each worker employment for a total number of hours equal to at least three-fourths of the workdays of the contract period, each workday counted as 8 hours; any shortfall is paid at the rate the worker would have earned.",
        ),
        (
            "(c) Tools.",
            "Ladders, picking buckets, bins, thinning shears and all other tools, supplies and equipment required for the job are furnished by the employer without charge and without a deposit. Gloves and rain jackets are issued free on request. Workers who want extra personal items may buy them at any store they like; such purchases never go through payroll.",
        ),
        (
            "(d) Workers' compensation.",
            "Every worker is covered from the first day by the employer's workers' compensation insurance with the Washington State Department of Labor & Industries.",
        ),
        (
            "(e) Earnings statements.",
            "With each paycheck the worker receives a written statement of hours offered, hours actually worked, bins picked, hourly and piece rates, total earnings, each deduction with its reason, and net pay.",
        ),
        (
            "(f) Abandonment and discharge.",
            "A worker who fails to report for work for five consecutive working days without the employer's consent is considered to have abandoned the job. A worker may be discharged for cause, such as violence or repeated refusal to follow safety rules, after a written warning. In both cases the employer notifies the Department of Labor and the Department of Homeland Security in writing within two working days, and the three-fourths guarantee and return transportation no longer apply.",
        ),
        (
            "(g) If the work becomes impossible.",
            "If a fire, hailstorm, flood or other Act of God beyond the employer's control makes it impossible to continue, the employer may end the contract with the approval of the Certifying Officer. The employer then pays the three-fourths guarantee for the period up to termination and the worker's return transportation and subsistence, and makes efforts to refer the worker to other H-2A jobs.",
        ),
        (
            "(h) Recruitment without charge.",
            "Kettle Ridge has engaged Enlace Agrícola del Bajío, S.C. to announce this job in Guanajuato. Kettle Ridge pays every charge of that agency, and its agreement forbids the agency, its staff and anyone acting for it to ask applicants for money, gifts or favors of any kind.",
        ),
        (
            "(i) Personal documents.",
            "Passports, visas and identity cards stay with the worker at all times; no supervisor may ask to hold them.",
        ),
        (
            "(j) Complaints.",
            "Workers may raise concerns with the employer, the Department of Labor, a consulate or a legal aid office. Doing so will never lead to dismissal, loss of hours or exclusion from future seasons.",
        ),
        (
            "(k) Coming and going.",
            "Residents come and go from the camp as they wish outside working hours; there is no curfew and no pass is needed to leave.",
        ),
        (
            "(l) Language.",
            "A copy of this clearance order in Spanish is given to each worker no later than the day the worker applies for the visa.",
        ),
    ]
    for lead, text in commitments:
        d.p(text, lead=lead, indent=2)
    d.sec("H. Orchard rules", rule=True, color=(46, 84, 60))
    d.bullets(
        [
            "Ladders are set on firm ground with the third leg toward the tree; nobody climbs above the second step from the top.",
            "Drinking water, free coffee in the morning, shade and toilets are set out at every block.",
            "Alcohol is not allowed in the orchards, the shed or company vehicles.",
        ]
    )
    d.p(
        "Signed for Kettle Ridge Fruit Company LLC by Marisol Dunleavy-Reyes, Human Resources Coordinator, on February 10, 2026."
    )
    d.signature_lines(["Worker's name and signature", "Date received"])
    return d, Meta(
        program="h2a",
        language="en",
        fees=[],
        missing_terms=[],
        recruiters=["Enlace Agrícola del Bajío, S.C."],
        traps=[
            "'bin feeder' is a job word, not a fee",
            "statutory Washington PFML premium deduction (not an insurance_cost finding)",
            "no rent, utilities or bedding deposit (h2a housing free)",
            "optional cookhouse plan within the H-2A meal cap (lawful) plus free kitchen",
            "inbound travel reimbursed at 50%; visa and border fees repaid in first week",
            "tools free without deposit; voluntary personal purchases never through payroll",
            "agency charges paid by the employer (negated recruitment fee)",
            "workers keep passports (negated retention)",
            "no exclusion from future seasons for complaints (negated blacklisting)",
            "no curfew, no pass to leave (negated movement restriction)",
            "free coffee",
        ],
        doc_type="job_order",
        layout="single column; green header band; lettered sections with ruled headings; bulleted offer summary; gridded worksite table; signature lines",
    )


def y02() -> tuple[Doc, Meta]:
    """H-2A job order in Spanish: utilities charged for 'free' housing, required gear sold."""
    d = Doc(
        family="dejavucond",
        size=9,
        margin=16,
        band=(120, 40, 90),
        band_left="Altamaha Berry Growers LLC",
        band_right="Orden de trabajo H-2A GA-2026-11862",
        footer_text="Orden GA-2026-11862 · copia del trabajador · página",
    )
    d.ttl(
        "ORDEN DE TRABAJO AGRÍCOLA H-2A\nCondiciones de empleo para la temporada de arándano 2026",
        size=12,
    )
    d.p(
        "Este documento forma parte del contrato de trabajo entre Altamaha Berry Growers LLC y cada persona contratada con visa H-2A para la cosecha de arándano. Se entrega en español antes de la entrevista en el consulado."
    )
    d.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Empleador",
                "Altamaha Berry Growers LLC, 5470 Old Jesup Highway, Baxley, GA 31513, EE. UU. · Tel. (912) 555-0186",
            ],
            ["Puesto", "Trabajador agrícola de cosecha de arándano (SOC 45-2092.02), 80 vacantes"],
            ["Periodo", "Del 6 de abril al 26 de junio de 2026"],
            ["Jornada", "36 horas a la semana: de lunes a sábado, de 7:00 a 13:00 horas"],
            [
                "Salario",
                "$15.68 por hora, o $6.25 por cubeta de 10 libras cuando lo ganado a destajo en la semana resulte mayor",
            ],
            ["Pago", "Semanal, cada viernes, por depósito directo o tarjeta de nómina"],
            [
                "Requisitos",
                "Un mes de experiencia en cosecha manual de fruta; poder trabajar de pie y agachado toda la jornada",
            ],
        ],
        widths=(1, 4),
        head_fill=(236, 222, 232),
        bold_first_col=True,
    )
    d.sec("1. Funciones del puesto")
    d.p(
        "Cosechar a mano el arándano maduro en cubetas sujetas al cinturón, vaciar la fruta en las charolas de campo sin maltratarla, llevar las charolas al remolque y separar la fruta verde o dañada. En la empacadora, algunos trabajadores alimentan la banda de selección, retiran hojas y tallos y apilan las cajas en tarimas."
    )
    d.sec("2. Lugares de trabajo")
    d.grid(
        [
            ["Sitio", "Dirección"],
            ["Campo principal", "5470 Old Jesup Highway, Baxley, GA 31513"],
            ["Campo Surrency", "2118 Surrency Road, Baxley, GA 31513"],
            ["Campo Graham", "960 Graham Church Road, Hazlehurst, GA 31539"],
            ["Empacadora", "5490 Old Jesup Highway, Baxley, GA 31513"],
        ],
        widths=(1, 3),
        head_fill=(236, 222, 232),
    )
    d.sec("3. Salario mínimo garantizado")
    d.p(
        "La empresa pagará siempre la tarifa más alta entre la tarifa de efecto adverso (AEWR), la tarifa prevaleciente, la de un convenio colectivo y el salario mínimo federal o estatal. Si durante la temporada se publica una tarifa más alta, se pagará desde la fecha en que entre en vigor."
    )
    d.sec("4. Garantía de tres cuartas partes")
    d.p(
        "Se ofrecerá a cada trabajador empleo por lo menos durante las tres cuartas partes de las horas de los días laborables del periodo del contrato. Si no se alcanza esa cantidad, la empresa paga la diferencia."
    )
    q_housing = "Cada trabajador aportará $12.50 por semana para cubrir la luz y el gas de la vivienda, cantidad que se descontará de su cheque."
    d.sec("5. Vivienda")
    d.p(
        "La vivienda se proporciona sin renta en el campamento de la empresa, 5510 Old Jesup Highway, Baxley, con regaderas, lavadoras y camas con colchón. "
        + q_housing
    )
    d.sec("6. Comidas")
    d.p(
        "Cada casa tiene una cocina equipada con estufas y refrigeradores que los trabajadores usan sin costo."
    )
    d.sec("7. Transporte")
    d.p(
        "Un autobús de la empresa lleva a los trabajadores de la vivienda a los campos y de regreso, sin costo.",
        lead="Diario.",
    )
    d.p(
        "La empresa reembolsa el pasaje de autobús desde el lugar de reclutamiento y los viáticos diarios del camino cuando el trabajador completa el 50 % del periodo del contrato, o antes si así lo exige la ley de salario mínimo. La cuota consular de la visa se reembolsa en la primera semana de trabajo.",
        lead="De ida.",
    )
    d.p(
        "Al trabajador que termine el contrato, o que sea despedido sin causa antes del final, la empresa le paga el regreso al lugar de reclutamiento y sus viáticos.",
        lead="De regreso.",
    )
    d.sec("8. Herramientas")
    d.p(
        "Las cubetas, cinturones, charolas y carritos de cosecha se entregan sin costo y sin depósito."
    )
    d.sec("9. Descuentos")
    d.p(
        "Del pago semanal solo se descontarán los conceptos de esta tabla y lo que el trabajador autorice por escrito para su propio beneficio:"
    )
    d.grid(
        [
            ["Concepto", "Importe"],
            ["Impuesto federal sobre la renta", "Solo si el trabajador lo pide por escrito"],
            ["Embargos ordenados por un juez", "El monto que fije la orden"],
            ["Servicios de la vivienda", "Ver cláusula 5"],
            [
                "Guantes de nitrilo y botas de hule (obligatorios)",
                "$27.00 por juego, descontado del primer pago",
            ],
        ],
        widths=(1, 1),
        head_fill=(236, 222, 232),
    )
    d.sec("10. Talón de pago")
    d.p(
        "Con cada pago el trabajador recibe un talón con las horas ofrecidas, las horas trabajadas, las cubetas cosechadas, la tarifa, el total ganado, cada descuento y el pago neto."
    )
    d.sec("11. Abandono y despido")
    d.p(
        "Si el trabajador falta cinco días laborables seguidos sin permiso, se considera que abandonó el empleo. La empresa puede despedir por causa justificada, como violencia o robo. En ambos casos avisa al Departamento de Trabajo dentro de dos días hábiles y deja de aplicar la garantía de tres cuartas partes y el pago del regreso."
    )
    q_damage = "Los carritos de cosecha y las básculas que se dañen por mal uso del trabajador se le cobrarán al precio de reparación."
    d.sec("12. Reglas de campo")
    d.bullets(
        [
            "Se prohíbe comer fruta de las charolas de empaque.",
            q_damage,
            "En cada campo hay agua fresca, sombra y sanitarios.",
        ]
    )
    d.sec("13. Sin cobros por el empleo")
    d.p(
        "Ni la empresa ni sus agentes cobran al trabajador por darle el empleo. Nadie retendrá su pasaporte. Puede quejarse ante el Departamento de Trabajo sin represalias."
    )
    d.signature_lines(
        [
            "Por Altamaha Berry Growers LLC: Glenda Purvis-Ochoa, gerente de campo",
            "Nombre y firma del trabajador",
        ],
        width=80,
    )
    return d, Meta(
        program="h2a",
        language="es",
        fees=[
            Fee("housing_charge", 1, q_housing, 12.5, "USD"),
            Fee(
                "equipment_charge",
                2,
                "Guantes de nitrilo y botas de hule (obligatorios) $27.00 por juego, descontado del primer pago",
                27.0,
                "USD",
            ),
            Fee("damage_chargeback", 2, q_damage),
        ],
        missing_terms=["workers_compensation", "contract_impossibility"],
        recruiters=[],
        traps=[
            "'alimentan la banda' is a job duty (feed), not a fee",
            "'depósito directo' is a way of paying wages",
            "housing 'sin renta' stated, yet utilities are charged (finding)",
            "harvest tools free and without deposit",
            "inbound travel reimbursed at 50%; 'cuota consular' reimbursed in first week",
            "no charge for the job; passport not retained; complaints without reprisal",
        ],
        doc_type="job_order",
        layout="condensed font; purple header band; gridded summary table at top; numbered clauses; worksite table; deductions table with a charged row",
    )


def bi(d: Doc, en: str, es: str) -> None:
    """English paragraph followed by its Spanish version (italic, grey)."""
    d.p(en, gap=0.8)
    d.p(es, style="I", color=(70, 70, 90), indent=4, gap=2)


def y03() -> tuple[Doc, Meta]:
    """Bilingual H-2A individual contract: bus fare recovered from pay, passports collected."""
    d = Doc(
        family="noto",
        size=9.2,
        margin=17,
        footer_text="Contentnea Creek Farms LLC · NC-2026-20544 · page / página",
    )
    d.set_text_color(30, 60, 110)
    d.ttl("INDIVIDUAL WORK CONTRACT — H-2A\nCONTRATO INDIVIDUAL DE TRABAJO — H-2A", size=12.5)
    d.set_text_color(0, 0, 0)
    d.grid(
        [
            ["Party / Parte", "Details / Datos"],
            [
                "Employer / Empleador",
                "Contentnea Creek Farms LLC, 4871 Black Creek Road, Lucama, NC 27851, USA · (252) 555-0127",
            ],
            ["Worker / Trabajador", "Eleuterio Vásquez Mendoza, Rioverde, San Luis Potosí, México"],
            ["Job order / Orden de trabajo", "NC-2026-20544"],
            [
                "Period / Periodo",
                "May 4, 2026 – October 23, 2026 / del 4 de mayo al 23 de octubre de 2026",
            ],
        ],
        widths=(1.3, 4),
        head_fill=(220, 230, 245),
        bold_first_col=True,
    )
    clauses: list[tuple[str, str, str]] = [
        (
            "1. Work / Trabajo",
            "The worker is hired as a farmworker (SOC 45-2092.02) to transplant, hoe, top and harvest tobacco and to plant, weed and hand-harvest sweet potatoes, loading field bins and trailers.",
            "El trabajador es contratado como trabajador agrícola (SOC 45-2092.02) para trasplantar, deshierbar, despuntar y cosechar tabaco, y para sembrar, limpiar y cosechar a mano camote, cargando cajones y remolques.",
        ),
        (
            "2. Requirements / Requisitos",
            "At least two months of experience in tobacco or vegetable fieldwork and the ability to lift 55 pounds.",
            "Al menos dos meses de experiencia en tabaco u hortalizas y capacidad para levantar 55 libras.",
        ),
        (
            "3. Place of work / Lugar de trabajo",
            "The employer's fields in Wilson and Johnston Counties, North Carolina: the home farm at 4871 Black Creek Road, Lucama, and the Kenly tract at 310 Fire Tower Road, Kenly, NC 27542.",
            "Los campos del empleador en los condados de Wilson y Johnston, Carolina del Norte: la granja principal en 4871 Black Creek Road, Lucama, y el terreno de Kenly en 310 Fire Tower Road, Kenly, NC 27542.",
        ),
        (
            "4. Hours / Horario",
            "Work is scheduled 8 hours a day, Monday through Friday (40 hours a week), from 6:00 a.m. to 2:30 p.m. with a 30-minute unpaid lunch.",
            "La jornada es de 8 horas diarias, de lunes a viernes (40 horas por semana), de 6:00 a.m. a 2:30 p.m., con 30 minutos de almuerzo sin pago.",
        ),
        (
            "5. Pay / Salario",
            "$17.24 per hour, paid every Friday by check for the previous week. The employer pays the highest of the AEWR, the prevailing wage, or the federal or state minimum wage, and applies any higher rate published during the contract from its effective date.",
            "$17.24 por hora, pagados cada viernes con cheque por la semana anterior. El empleador paga la tarifa más alta entre la AEWR, el salario prevaleciente y el salario mínimo federal o estatal, y aplica cualquier tarifa mayor que se publique durante el contrato desde su fecha de vigencia.",
        ),
        (
            "6. Deductions / Descuentos",
            "Only federal and state income tax if the worker requests it in writing, garnishments ordered by a court, and the travel recovery described in clause 9.",
            "Solo el impuesto federal y estatal si el trabajador lo pide por escrito, los embargos que ordene un juez y la recuperación del viaje descrita en la cláusula 9.",
        ),
        (
            "7. Housing and meals / Vivienda y comidas",
            "Free housing is provided at the farm camp, 4901 Black Creek Road, Lucama. Workers may use the kitchen in each building at no cost.",
            "Se proporciona vivienda gratuita en el campamento de la granja, 4901 Black Creek Road, Lucama. Los trabajadores pueden usar sin costo la cocina de cada edificio.",
        ),
        (
            "8. Tools / Herramientas",
            "Hoes, topping knives, harvest baskets and every other tool the work requires are provided free of charge.",
            "Los azadones, cuchillos para despuntar, canastas de cosecha y todas las demás herramientas que requiere el trabajo se proporcionan gratis.",
        ),
    ]
    for head, en, es in clauses:
        d.sec(head, size=9.8, color=(30, 60, 110), gap_before=1.5)
        bi(d, en, es)
    q_tr_en = "The bus ticket from Monterrey to Lucama, about USD 185, will be advanced by the company and recovered from the worker's first three paychecks in equal parts."
    q_tr_es = "El boleto de autobús de Monterrey a Lucama, de unos 185 dólares, lo adelantará la compañía y se recuperará de los tres primeros cheques del trabajador en partes iguales."
    d.sec("9. Transportation / Transporte", size=9.8, color=(30, 60, 110), gap_before=1.5)
    bi(
        d,
        "Every workday a farm bus takes workers from the camp to the fields and back without charge. "
        + q_tr_en
        + " When the contract is completed, the employer pays the return bus ticket to Monterrey and meals on the way home.",
        "Cada día de trabajo un autobús de la granja lleva a los trabajadores del campamento a los campos y de regreso sin cobro. "
        + q_tr_es
        + " Al terminar el contrato, el empleador paga el boleto de regreso a Monterrey y las comidas del camino.",
    )
    q_doc_en = "For safekeeping, the crew leader collects each worker's passport on arrival and returns it on the day of departure."
    q_doc_es = "Por seguridad, el mayordomo recoge el pasaporte de cada trabajador al llegar y se lo devuelve el día de la salida."
    more: list[tuple[str, str, str]] = [
        (
            "10. Documents / Documentos",
            q_doc_en
            + " Workers may ask to see their passport at the office during business hours.",
            q_doc_es
            + " Los trabajadores pueden pedir ver su pasaporte en la oficina en horas hábiles.",
        ),
        (
            "11. Injuries / Accidentes de trabajo",
            "The worker is covered by the employer's workers' compensation insurance, policy WC-77-310248 with Tar Heel Agricultural Mutual.",
            "El trabajador está cubierto por el seguro de compensación laboral del empleador, póliza WC-77-310248 con Tar Heel Agricultural Mutual.",
        ),
        (
            "12. Pay statements / Talones de pago",
            "Each payday the worker receives a statement showing hours offered and worked, rate, gross pay, every deduction and net pay.",
            "Cada día de pago el trabajador recibe un talón con las horas ofrecidas y trabajadas, la tarifa, el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "13. End of the contract / Terminación",
            "Five consecutive days of unexcused absence are treated as voluntary abandonment. Dismissal for cause requires a written reason given to the worker, and the employer informs the Department of Labor within two working days.",
            "Cinco días seguidos de ausencia sin justificación se consideran abandono voluntario. El despido por causa requiere un motivo por escrito entregado al trabajador, y el empleador informa al Departamento de Trabajo dentro de dos días hábiles.",
        ),
        (
            "14. Impossibility / Imposibilidad",
            "If a hurricane, flood, fire or other natural disaster makes the work impossible, the employer may end the contract with the approval of the Department of Labor, paying all wages owed and the trip home.",
            "Si un huracán, una inundación, un incendio u otro desastre natural hace imposible el trabajo, el empleador puede terminar el contrato con la aprobación del Departamento de Trabajo, pagando todos los salarios debidos y el viaje de regreso.",
        ),
        (
            "15. Complaints / Quejas",
            "The worker may complain to the U.S. Department of Labor or the Mexican consulate without losing his job or future work.",
            "El trabajador puede quejarse ante el Departamento de Trabajo de EE. UU. o el consulado de México sin perder su empleo ni trabajos futuros.",
        ),
        (
            "16. No recruitment fee / Sin cuota de reclutamiento",
            "No recruitment fee is charged to the worker, and the employer pays the consular visa fee directly.",
            "No se cobra ninguna cuota de reclutamiento al trabajador, y el empleador paga directamente la tarifa consular de la visa.",
        ),
    ]
    for head, en, es in more:
        d.sec(head, size=9.8, color=(30, 60, 110), gap_before=1.5)
        bi(d, en, es)
    d.signature_lines(
        ["Employer / Empleador: Wade Honeycutt, farm manager", "Worker / Trabajador"], width=80
    )
    return d, Meta(
        program="h2a",
        language="en+es",
        fees=[
            Fee("travel_cost", 2, q_tr_en, 185.0, "USD", group=1),
            Fee("travel_cost", 2, q_tr_es, 185.0, "USD", group=1),
            Fee("document_retention", 2, q_doc_en, group=2),
            Fee("document_retention", 2, q_doc_es, group=2),
        ],
        missing_terms=["inbound_transportation", "three_fourths_guarantee"],
        recruiters=[],
        traps=[
            "free housing and kitchen (h2a)",
            "free daily bus",
            "tools free",
            "return bus paid by employer",
            "employer pays the consular visa fee directly",
            "no recruitment fee (negated)",
            "complaints without losing work (negated blacklisting)",
        ],
        doc_type="work_contract",
        layout="bilingual: each clause in English then Spanish (italic); parties table at top; numbered clauses; signature lines",
    )


def y04() -> tuple[Doc, Meta]:
    """Mexican recruiter's service contract for an H-2A job: 'apoyo para el trámite', blank note, penalty, blacklist."""
    d = Doc(
        family="libserif",
        size=10.5,
        margin=22,
        footer_text="Gestiones Laborales Río Balsas, S.C. · Contrato GLRB-26-0193 · Hoja",
    )
    d.ttl(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN PARA EMPLEO AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS DE AMÉRICA",
        size=11.5,
    )
    d.p(
        "Que celebran, por una parte, Gestiones Laborales Río Balsas, S.C., representada por el Lic. Abundio Salgado Ocampo (en lo sucesivo, «LA GESTORA»), y por la otra el C. Rutilo Maldonado Jaimes (en lo sucesivo, «EL TRABAJADOR»), en la ciudad de Iguala de la Independencia, Guerrero, el 19 de enero de 2026, al tenor de los siguientes antecedentes y cláusulas:",
        align="J",
    )
    d.sec("ANTECEDENTES", size=10.5)
    d.p(
        "I. LA GESTORA manifiesta contar con registro vigente ante la Secretaría del Trabajo y Previsión Social, folio STPS-AC-12-0418, y haber sido autorizada por Hollister Bench Vegetable Co. LLC (en lo sucesivo, «LA EMPLEADORA») para reunir aspirantes para su orden de trabajo H-2A número CA-2026-38815.",
        align="J",
    )
    d.p(
        "II. EL TRABAJADOR manifiesta ser originario de Teloloapan, Guerrero, identificarse con credencial para votar y contar con experiencia en el corte de lechuga y brócoli.",
        align="J",
    )
    d.sec("CLÁUSULAS", size=10.5)
    d.p(
        "LA GESTORA integrará el expediente de EL TRABAJADOR, lo acompañará a la cita consular en Monterrey y coordinará su viaje al lugar de trabajo. LA GESTORA no cobra comisión de colocación.",
        lead="PRIMERA. Objeto.",
        align="J",
    )
    d.p(
        "Las condiciones de trabajo que ofrece LA EMPLEADORA son las siguientes:",
        lead="SEGUNDA. Condiciones del empleo.",
        align="J",
    )
    d.grid(
        [
            ["Rubro", "Condición"],
            [
                "Empleadora",
                "Hollister Bench Vegetable Co. LLC, 1290 San Felipe Road, Hollister, California 95023, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola: corte, empaque en campo y carga de lechuga romana y brócoli",
            ],
            ["Requisito", "Tres meses de experiencia en cosecha de hortalizas"],
            ["Lugar", "Ranchos de LA EMPLEADORA en el condado de San Benito, California"],
            ["Periodo", "Del 16 de marzo al 13 de noviembre de 2026"],
            [
                "Horario",
                "8 horas diarias de lunes a sábado (48 horas a la semana), desde las 6:00 horas",
            ],
            ["Salario", "20.13 dólares por hora"],
            ["Pago", "Cada semana, los jueves"],
            [
                "Descuentos",
                "Los impuestos que marque la ley y los que EL TRABAJADOR autorice por escrito",
            ],
            [
                "Vivienda",
                "Sin costo, en el campamento de LA EMPLEADORA en 1350 San Felipe Road, Hollister",
            ],
            ["Alimentos", "Cocina equipada de uso gratuito"],
            ["Transporte diario", "Gratuito, de la vivienda a los ranchos"],
            [
                "Viaje de ida",
                "Autobús Iguala–Hollister y viáticos reembolsados por LA EMPLEADORA a la mitad del contrato; la visa se reembolsa en la primera semana",
            ],
            ["Viaje de regreso", "Pagado por LA EMPLEADORA al concluir el contrato"],
            ["Herramientas", "Cuchillos, guantes y cajas sin costo y sin depósito"],
        ],
        widths=(1, 3.2),
        size=9.5,
        bold_first_col=True,
    )
    q_fee = "Por la integración de su expediente, EL TRABAJADOR entregará la cantidad de nueve mil quinientos pesos (MXN 9,500.00) como apoyo para el trámite, mediante depósito a la cuenta a nombre de la señora Evelia Salgado Ocampo, hermana del representante de LA GESTORA."
    d.p(
        q_fee
        + " La mitad se entrega a la firma de este contrato y el resto al recibir la fecha de la cita consular.",
        lead="TERCERA. Aportación.",
        align="J",
    )
    q_bond = "Para asegurar que cumplirá la temporada completa, EL TRABAJADOR suscribe en esta fecha un pagaré sin monto a favor de LA GESTORA, que le será devuelto a su regreso."
    d.p(q_bond, lead="CUARTA. Garantía.", align="J")
    q_pen = "Si EL TRABAJADOR abandona el empleo antes de concluir la temporada, cubrirá a LA GESTORA una pena convencional de 20 000 pesos."
    d.p(q_pen, lead="QUINTA. Pena convencional.", align="J")
    d.p(
        "EL TRABAJADOR conservará en su poder su pasaporte y su visa en todo momento.",
        lead="SEXTA. Documentos.",
        align="J",
    )
    q_black = "El trabajador que presente quejas ante el consulado o cualquier autoridad sin antes tratarlo con LA GESTORA quedará excluido de la lista de trabajadores para las siguientes temporadas."
    d.p(q_black, lead="SÉPTIMA. Conducta y quejas.", align="J")
    d.p(
        "LA EMPLEADORA podrá dar por terminado el empleo por causa justificada; si EL TRABAJADOR no se presenta a trabajar cinco días seguidos sin aviso, se considerará que abandonó el empleo.",
        lead="OCTAVA. Terminación.",
        align="J",
    )
    d.p(
        "Para la interpretación y cumplimiento de este contrato, las partes se someten a los tribunales de Iguala de la Independencia, Guerrero.",
        lead="NOVENA. Jurisdicción.",
        align="J",
    )
    d.p(
        "Leído que fue el presente contrato y enteradas las partes de su alcance, lo firman por duplicado.",
        align="J",
    )
    d.signature_lines(
        ["Por LA GESTORA: Lic. Abundio Salgado Ocampo", "EL TRABAJADOR: Rutilo Maldonado Jaimes"],
        width=62,
        gap=16,
    )
    d.fingerprint_box("Huella del trabajador")
    return d, Meta(
        program="h2a",
        language="es",
        fees=[
            Fee("recruitment_fee", 1, q_fee, 9500.0, "MXN"),
            Fee("deposit_or_bond", 2, q_bond),
            Fee("breach_penalty", 2, q_pen, 20000.0, "MXN"),
            Fee("blacklisting_threat", 2, q_black),
        ],
        missing_terms=[
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        recruiters=["Gestiones Laborales Río Balsas, S.C."],
        traps=[
            "'no cobra comisión de colocación' (negated fee) in the same contract that charges an 'apoyo para el trámite'",
            "fee paid into the account of the representative's sister (relative)",
            "free housing, kitchen and daily transport (h2a)",
            "inbound trip reimbursed at half-contract; visa reimbursed in first week",
            "tools free, no deposit",
            "worker keeps passport and visa",
        ],
        doc_type="recruiter_agreement",
        layout="legal contract: antecedentes and cláusulas (PRIMERA...), justified serif text; gridded terms table; signature lines with fingerprint box",
    )


def y05() -> tuple[Doc, Meta]:
    """H-2A worker contract as questions and answers, Spanish, compliant."""
    d = Doc(
        family="dejavu",
        size=9.6,
        margin=18,
        footer_text="Cascade Bine Hop Farms LLC · contrato H-2A WA-2026-07734 · página",
    )
    d.ttl("SU CONTRATO DE TRABAJO H-2A EXPLICADO EN PREGUNTAS", size=13)
    d.grid(
        [
            ["Trabajadora", "Filiberta Ruiz Canché, Tekax, Yucatán, México"],
            ["Programa", "Visa H-2A, trabajo agrícola temporal"],
            ["Orden de trabajo", "WA-2026-07734"],
            ["Agencia que la reclutó", "Enlace Jornalero Peninsular, S.C., Mérida, Yucatán"],
        ],
        widths=(1, 2.6),
        head=False,
        bold_first_col=True,
    )
    qa = [
        (
            "¿Quién me contrata?",
            "Cascade Bine Hop Farms LLC, con domicilio en 610 Birchfield Road, Moxee, Washington 98936, Estados Unidos. Teléfono (509) 555-0158.",
        ),
        (
            "¿Qué voy a hacer?",
            "Trabajo de campo en lúpulo: colgar y amarrar el hilo de las guías en primavera, enredar las plantas, deshojar y, en la cosecha, cortar las guías y alimentar la máquina desgranadora en la planta de proceso.",
        ),
        (
            "¿Qué necesito para el puesto?",
            "Un mes de experiencia en cualquier trabajo agrícola y poder trabajar a la intemperie y sobre una plataforma elevada con arnés.",
        ),
        (
            "¿Dónde voy a trabajar?",
            "En los campos de lúpulo de la empresa en Moxee y en la planta de proceso de 640 Birchfield Road, Moxee, condado de Yakima, Washington.",
        ),
        ("¿Cuándo empiezo y cuándo termino?", "Del 13 de abril al 2 de octubre de 2026."),
        (
            "¿Cuántas horas son?",
            "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 con media hora de comida sin pago. En la cosecha puede haber turnos de sábado de hasta 6 horas.",
        ),
        (
            "¿Cuánto gano?",
            "$19.94 por hora. No hay una cuota mínima de producción. La empresa paga siempre la tarifa más alta entre la AEWR, la tarifa prevaleciente y el salario mínimo; si se publica una tarifa legal mayor durante la temporada, se le paga desde su fecha de vigencia.",
        ),
        (
            "¿Cada cuándo me pagan?",
            "Cada viernes. El pago se hace por depósito directo a la cuenta que usted elija o, si lo prefiere, con cheque. Cada pago trae un talón con las horas ofrecidas, las horas trabajadas, la tarifa, el total, los descuentos y el neto.",
        ),
        (
            "¿Qué me pueden descontar?",
            "Solo el impuesto federal si usted lo pide por escrito, las retenciones que ordene un juez y lo que usted autorice por escrito para su propio beneficio. Nunca se descuentan la vivienda, el transporte, las herramientas ni la visa.",
        ),
        (
            "¿Cuánto trabajo me aseguran?",
            "Le ofrecemos trabajo por lo menos en tres cuartas partes de las horas de los días laborables del contrato. Si no llegamos a esa cantidad, le pagamos la diferencia.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En la vivienda de la empresa en 700 Birchfield Road, Moxee, sin pagar renta, luz, agua ni depósito.",
        ),
        (
            "¿Y la comida?",
            "Cada cuarto tiene acceso a una cocina completa sin costo. Si prefiere, el comedor ofrece tres comidas al día por $14.90 diarios, cantidad que no pasa del máximo que permite el Departamento de Trabajo para 2026; es voluntario y puede darse de baja cuando quiera.",
        ),
        (
            "¿Cómo llego a los campos?",
            "En los autobuses de la empresa, gratis, cada día de trabajo.",
        ),
        (
            "¿Quién paga mi viaje de ida?",
            "La empresa le reembolsa el autobús desde Mérida y los alimentos del camino al cumplir la mitad del contrato, o en la primera semana la parte necesaria para que su pago no quede por debajo del salario mínimo. La tarifa de la visa se le reembolsa en su primer pago.",
        ),
        (
            "¿Y el regreso?",
            "Si termina el contrato, o si la empresa la despide sin causa antes, la empresa paga su regreso a Mérida y sus alimentos en el camino.",
        ),
        (
            "¿Tengo que pagar herramientas?",
            "No. Arneses, cuchillos, guantes y todo lo necesario se le dan sin costo y sin depósito. Si una herramienta se desgasta o se rompe con el uso normal, se cambia gratis.",
        ),
        (
            "¿Y si me lastimo?",
            "Está cubierta por el seguro de compensación laboral de la empresa con el Departamento de Trabajo e Industrias del Estado de Washington.",
        ),
        (
            "¿Cuánto me cobra la agencia?",
            "Nada. Enlace Jornalero Peninsular, S.C. recibe sus honorarios de la empresa. Nadie le puede pedir fianza, pagaré, depósito ni regalo a cambio del empleo; si alguien lo hace, llame al (509) 555-0158.",
        ),
        ("¿Quién guarda mi pasaporte?", "Usted. Nadie de la empresa puede quedarse con él."),
        (
            "¿Puedo salir de la vivienda?",
            "Sí. En su tiempo libre puede salir y recibir visitas en las áreas comunes sin pedir permiso.",
        ),
        (
            "¿Y si quiero quejarme?",
            "Puede hacerlo ante la empresa, el Departamento de Trabajo o el consulado. No la pondremos en ninguna lista ni le quitaremos horas por quejarse.",
        ),
        (
            "¿Cuándo se puede terminar el contrato?",
            "Si falta cinco días laborables seguidos sin permiso, se entiende que abandonó el trabajo. La empresa solo la despide por causa justificada, explicada por escrito. En ambos casos avisa al Departamento de Trabajo en dos días hábiles.",
        ),
        (
            "¿Y si un desastre acaba con la cosecha?",
            "Si un incendio, una helada, una inundación u otro desastre natural hace imposible seguir, la empresa puede terminar el contrato con permiso del Departamento de Trabajo, pero le paga la garantía de tres cuartas partes hasta ese día y su regreso a Mérida.",
        ),
    ]
    for q, a in qa:
        d.sec(q, size=10, color=(0, 95, 105), gap_before=1.2)
        d.p(a, gap=1)
    d.ln(3)
    d.grid(
        [
            ["Firma de la trabajadora", "Por Cascade Bine Hop Farms LLC"],
            ["\n\nFiliberta Ruiz Canché", "\n\nNorah Lindqvist-Paz, administradora"],
        ],
        widths=(1, 1),
        head=True,
        head_fill=(220, 238, 240),
    )
    return d, Meta(
        program="h2a",
        language="es",
        fees=[],
        missing_terms=[],
        recruiters=["Enlace Jornalero Peninsular, S.C."],
        traps=[
            "'alimentar la máquina desgranadora' is a job duty (feed)",
            "'cuota mínima de producción' is a production quota, not a fee",
            "'depósito directo' is a way of paying wages",
            "negated deductions for housing, transport, tools and visa",
            "rent, utilities and deposit negated (h2a housing free)",
            "optional dining hall within the H-2A meal cap (lawful) plus free kitchen",
            "inbound trip and visa fee reimbursed",
            "worn tools replaced free (negated damage charge)",
            "agency paid by employer; no fianza/pagaré/depósito (negated fee and bond)",
            "worker keeps passport; free to leave housing; no list for complaints",
        ],
        doc_type="work_contract",
        layout="plain-language Q&A contract; summary table at top; signature table",
    )


def y06() -> tuple[Doc, Meta]:
    """One-page H-2A offer letter: compulsory health-plan premium and hourly holdback."""
    d = Doc(family="libsans", size=9.5, margin=17, top=12)
    d.set_fill_color(150, 95, 40)
    d.rect(0, 0, d.w, 4, "F")
    d.set_fill_color(255, 255, 255)
    d.set_text_color(150, 95, 40)
    d.set_font("Body", "B", 15)
    d.cell(0, 7, "Mesilla Bend Pecan Company LLC", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("Body", "", 8.5)
    d.cell(
        0,
        4.5,
        "4410 Calle del Norte, Mesilla Park, NM 88047 · (575) 555-0132 · office@mesillabend.example",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.p("January 20, 2026", gap=1)
    d.p("Mr. Anselmo Carrillo Bustamante\nCalle Hidalgo 14, Ascensión, Chihuahua, Mexico", gap=2)
    d.p("Re: H-2A seasonal employment offer, pecan orchard worker, 2026", style="B", gap=1.5)
    d.p(
        "Dear Mr. Carrillo: We are pleased to offer you seasonal work in our pecan orchards under the certified job order NM-2026-60218. The main terms are set out below; please read them carefully before your visa appointment.",
        gap=2,
    )
    q_ins = "Enrollment in the company's group medical plan is a condition of employment, and the worker's share of the premium, $11.40 per week, is deducted from pay."
    q_hold = "Of each hour's wage, $1.25 is held back by the company and paid in one sum with the last check of the season."
    d.grid(
        [
            ["Term", "Details"],
            [
                "Employer",
                "Mesilla Bend Pecan Company LLC, 4410 Calle del Norte, Mesilla Park, NM 88047",
            ],
            [
                "Job",
                "Pecan orchard worker: prune and chip brush, open and close flood-irrigation gates, run shakers and sweepers at harvest, hand-rake nuts under the trees",
            ],
            [
                "Orchards",
                "Company orchards along NM Highway 28 between Mesilla and La Mesa, Doña Ana County, New Mexico",
            ],
            ["Season", "March 2, 2026 to December 18, 2026"],
            [
                "Hours",
                "8 hours a day, Monday through Friday (40 hours a week), 7:00 a.m. to 3:30 p.m.",
            ],
            ["Wage", "$16.22 per hour"],
            [
                "Wage floor",
                "Always the highest of the AEWR, the prevailing wage or the legal minimum; raises apply from their effective date",
            ],
            ["Payday", "Every other Friday (biweekly), by check"],
            [
                "Deductions",
                "Income tax if you ask for it, the health plan and the retention pay described below",
            ],
            [
                "Guarantee",
                "Hours equal to at least three-fourths of the contract workdays, or the difference in pay",
            ],
            ["Housing", "Free furnished trailer housing at 4460 Calle del Norte, Mesilla Park"],
            ["Meals", "A free kitchen in every trailer; no meal charge"],
            [
                "Trip to the job",
                "Bus fare from Ascensión and road meals repaid once half the season is worked",
            ],
            ["Trip home", "Paid by the company at the end of the season"],
            ["Daily rides", "Free company truck from the housing to the orchards"],
            ["Tools", "Pruners, rakes, gloves and eye protection at no cost"],
            ["Injuries", "Covered by the company's New Mexico workers' compensation policy"],
            [
                "Leaving the job",
                "Five workdays absent without notice is abandonment; dismissal only for cause",
            ],
            ["Requirements", "To be explained by the orchard foreman on arrival"],
            ["Health plan", q_ins],
            ["Retention pay", q_hold],
        ],
        widths=(1, 4.3),
        size=9,
        head_fill=(240, 226, 205),
        bold_first_col=True,
    )
    d.p(
        "Please sign below and return one copy to our office. We look forward to seeing you in March.",
        gap=2,
    )
    d.p("Sincerely,\nRosendo Quintal-Hart, Farm Manager", gap=2)
    d.p("Accepted: ______________________________   Date: ______________", gap=0)
    return d, Meta(
        program="h2a",
        language="en",
        fees=[
            Fee("insurance_cost", 1, q_ins, 11.4, "USD"),
            Fee("wage_withholding", 1, q_hold, 1.25, "USD"),
        ],
        missing_terms=["earnings_statements", "contract_impossibility", "job_requirements"],
        recruiters=[],
        traps=[
            "'Requirements: to be explained by the orchard foreman' has no concrete value (job_requirements missing)",
            "workers' compensation paid by the company is not an insurance cost",
            "free housing, kitchen ('no meal charge'), daily rides and tools (h2a)",
            "bus fare repaid at half-season; trip home paid",
        ],
        doc_type="offer_letter",
        layout="one page; letterhead with color rule; gridded two-column terms table with two charged rows at the bottom",
    )


def y07() -> tuple[Doc, Meta]:
    """H-2A offer summary and camp rules, Spanish, one scanned page: curfew and interest-bearing travel loan."""
    d = Doc(
        family="dejavu",
        size=8.4,
        margin=15,
        band=(140, 30, 30),
        band_left="Pecos Flats Melon Company LLC",
        band_right="Orden H-2A TX-2026-15590",
    )
    d.ttl("RESUMEN DE LA OFERTA DE EMPLEO H-2A — TEMPORADA DE MELÓN 2026", size=11.5, gap=2)
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Pecos Flats Melon Company LLC, 2750 Farm Road 1450, Pecos, Texas 79772; tel. (432) 555-0109",
            ],
            [
                "Puesto",
                "Trabajador agrícola: cosecha a mano de melón y sandía, carga de cajas en remolques y selección en la empacadora",
            ],
            [
                "Requisitos",
                "Un mes de experiencia en cosecha de hortalizas; cargar hasta 50 libras",
            ],
            [
                "Lugar",
                "Campos de la empresa en el condado de Reeves, Texas, y empacadora en 2790 Farm Road 1450, Pecos",
            ],
            ["Periodo", "Del 1 de junio al 25 de septiembre de 2026"],
            ["Horario", "De lunes a sábado, de 5:00 a 12:00 horas (42 horas por semana)"],
            [
                "Salario",
                "$15.18 por hora; la empresa paga siempre la tarifa más alta entre la AEWR, la prevaleciente y el mínimo legal, con aumentos desde la fecha en que se publiquen",
            ],
            [
                "Pago",
                "Cada semana, los viernes, con talón que detalla horas ofrecidas y trabajadas, tarifa, descuentos y total",
            ],
            [
                "Descuentos",
                "Impuestos que pida el trabajador, embargos judiciales y el abono del préstamo de viaje (regla 4)",
            ],
            [
                "Garantía",
                "Trabajo por al menos 3/4 de las horas de los días laborables del periodo, o se paga la diferencia",
            ],
            ["Vivienda", "Gratuita, en el campamento de 2820 Farm Road 1450, Pecos"],
            ["Transporte diario", "Gratis, en camión de la empresa, del campamento a los campos"],
            [
                "Viaje de ida",
                "Se reembolsan el autobús desde Delicias, Chihuahua, y los viáticos al completar la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por la empresa al terminar el contrato"],
            ["Herramientas", "Cuchillos, cajas, guantes y sombreros sin costo ni depósito"],
            ["Seguro", "Compensación laboral pagada por la empresa"],
            [
                "Imposibilidad",
                "Si granizo, inundación o incendio impiden seguir, se paga la garantía hasta ese día y el regreso",
            ],
        ],
        widths=(1, 4.4),
        size=8.4,
        head_fill=(235, 215, 215),
        bold_first_col=True,
    )
    q_move = "Después de las 9:00 p.m. nadie puede salir del campamento, y los domingos solo se sale en grupo y con permiso del mayordomo."
    q_loan = "A quien lo necesite, la empresa le presta hasta 400 dólares para los gastos del viaje; el préstamo se descuenta del cheque semanal a razón de 50 dólares, más un cargo de 5 dólares por semana."
    d.sec("REGLAS DEL CAMPAMENTO Y DEL TRABAJO", size=9.5, color=(140, 30, 30), rule=True)
    rules = [
        "1. Se prohíbe el alcohol en los campos y en los vehículos de la empresa.",
        "2. Todos deben tomar agua y descansar a la sombra por lo menos una vez cada hora.",
        "3. " + q_move,
        "4. " + q_loan,
        "5. La vivienda se mantiene limpia; la revisión es cada lunes a las 6:00 p.m.",
    ]
    for rule in rules:
        d.p(rule, gap=0.8, indent=2)
    d.ln(2)
    d.p("Ing. Tomás Ybarra Kessler, gerente de campo — Pecos, Texas, 15 de febrero de 2026", gap=1)
    d.signature_lines(["Firma del trabajador", "Fecha"], width=70, gap=10)
    return d, Meta(
        program="h2a",
        language="es",
        fees=[
            Fee("movement_restriction", 1, q_move),
            Fee("debt_bondage", 1, q_loan, 400.0, "USD"),
        ],
        missing_terms=["meals", "termination"],
        recruiters=[],
        traps=[
            "free housing, daily transport and tools without deposit (h2a)",
            "inbound bus reimbursed at half-contract; return paid",
            "workers' compensation paid by employer",
        ],
        doc_type="job_order",
        layout="one page; red header band; gridded terms table; numbered camp rules; SCANNED image-only",
        scanned=True,
    )


def y08() -> tuple[Doc, Meta]:
    """H-2B job order for a golf course, English, compliant; fee words used as job duties."""
    d = Doc(
        family="dejavu",
        size=9.5,
        margin=18,
        band=(25, 45, 85),
        band_left="Heron Marsh Golf Club LLC",
        band_right="H-2B job order SC-2026-02291",
        footer_text="Job order SC-2026-02291 · page",
    )
    navy = (25, 45, 85)
    d.ttl("H-2B JOB ORDER — LANDSCAPING AND GROUNDSKEEPING WORKERS", size=12.5)
    d.sec("I. Employer", color=navy, rule=True)
    d.bullets(
        [
            "**Name:** Heron Marsh Golf Club LLC",
            "**Address:** 1905 Salt Meadow Road, Hilton Head Island, SC 29926",
            "**Telephone:** (843) 555-0115",
            "**Contact:** Dale Whitcombe, Director of Agronomy",
        ]
    )
    d.sec("II. Position and duties", color=navy, rule=True)
    d.p("Landscaping and Groundskeeping Worker (SOC 37-3011), 24 openings.", style="B")
    d.p(
        "Mow fairways, roughs and greens with riding and walk-behind mowers; rake bunkers; edge cart paths; rake up clippings and deposit them at the compost yard; plant and weed annual beds; repair divots and ball marks; move tee markers and change hole locations. On weekends two workers rotate to the starter's booth, where they collect green fees and cart rental fees from players, record them in the point-of-sale system and send each group off the first tee."
    )
    d.p(
        "Three months of experience in landscaping or golf course maintenance and the ability to lift 50 pounds. Riding-mower operation is taught on site.",
        lead="Requirements.",
    )
    d.sec("III. Period, hours and pay", color=navy, rule=True)
    d.bullets(
        [
            "**Period of employment:** March 2, 2026 through November 30, 2026",
            "**Hours:** 40 hours per week, Monday through Friday, 6:00 a.m. to 2:30 p.m. with a 30-minute unpaid lunch",
            "**Wage:** $15.87 per hour",
            "**Overtime:** $23.81 per hour for every hour over 40 in a workweek",
            "**Wage changes:** if the prevailing wage for this job is raised during the period, or a higher federal, state or local minimum applies, the higher rate is paid from its effective date",
            "**Payday:** every other Friday (biweekly), by direct deposit or check",
            "**Deductions:** federal income tax and FICA as the law requires, South Carolina income tax, garnishments ordered by a court, and deductions the worker authorizes in writing for his or her own benefit",
        ]
    )
    d.sec("IV. Worksites", color=navy, rule=True)
    d.grid(
        [
            ["Site", "Address"],
            [
                "Heron Marsh course (18 holes)",
                "1905 Salt Meadow Road, Hilton Head Island, SC 29926",
            ],
            ["Maintenance facility", "1950 Salt Meadow Road, Hilton Head Island, SC 29926"],
            ["Marsh Hen practice range", "40 Marsh Hen Lane, Hilton Head Island, SC 29926"],
        ],
        widths=(1, 1.6),
        head_fill=(215, 222, 238),
    )
    d.sec("V. Travel, visa and housing", color=navy, rule=True)
    d.p(
        "The employer provides or reimburses transportation and daily subsistence from the place the worker comes from to Hilton Head Island; when not provided directly, the cost is repaid in the first workweek.",
        lead="Inbound.",
    )
    d.p(
        "Visa, visa processing, border-crossing and related fees are reimbursed to the worker in the first workweek.",
        lead="Visa.",
    )
    d.p(
        "Return transportation and subsistence to the place the worker came from are paid by the employer when the worker completes the period or is dismissed early for any reason other than cause.",
        lead="Return.",
    )
    d.p(
        "Rooms in the club's staff bunkhouse at 12 Marsh Hen Lane are available to H-2B workers free of charge; workers who choose to live elsewhere are not charged anything by the club.",
        lead="Housing.",
    )
    d.sec("VI. Employer assurances", color=navy, rule=True)
    d.set_font("Body", "", 8.8)
    assurances = [
        "(1) Three-fourths guarantee. In each 12-week period the employer offers work for at least three-fourths of the workdays, counted in hours; any shortfall is paid at the offered rate.",
        "(2) Tools and uniforms. Mowers, trimmers, rakes, hand tools, safety glasses, hearing protection and uniform shirts are provided, and laundered, at no cost; no deposit is required.",
        "(3) Earnings statements. Each payday the worker receives a statement of hours offered, hours worked, rate of pay, gross earnings, deductions and net pay.",
        "(4) Abandonment and termination. A worker absent for five consecutive working days without consent is deemed to have abandoned employment, and the employer notifies DOL and DHS within two business days. Dismissal for cause follows a written warning.",
        "(5) Impossibility. If a hurricane, fire or other Act of God makes the work impossible, the employer may end the contract with the Certifying Officer's approval, paying the guarantee through that date and return transportation.",
        "(6) No fees. Neither the employer nor its recruiter, Atlántico Talento Migrante S. de R.L., may collect any payment from workers; the employer pays the recruiter and its contract forbids fees to workers.",
        "(7) Documents. Workers keep their own passports and visas.",
        "(8) No retaliation. No worker will be blacklisted, threatened or reported to anyone for asserting rights.",
        "(9) Training. Pesticide-safety and mower training is given on paid time at no cost to the worker.",
        "(10) Language. A Spanish copy of this job order is given before the visa appointment.",
    ]
    with d.text_columns(
        ncols=2, gutter=7, text_align="LEFT", line_height=1.15, balance=True
    ) as cols:
        for text in assurances:
            cols.write(text + "\n\n")
    d.set_font("Body", "", 9.5)
    d.ln(5)
    d.p(
        "Signed for Heron Marsh Golf Club LLC: Dale Whitcombe, Director of Agronomy, January 14, 2026."
    )
    d.signature_lines(["Worker's signature", "Date"], width=70)
    return d, Meta(
        program="h2b",
        language="en",
        fees=[],
        missing_terms=[],
        recruiters=["Atlántico Talento Migrante S. de R.L."],
        traps=[
            "'collect green fees and cart rental fees from players' is a job duty",
            "'deposit them at the compost yard' is not a deposit",
            "inbound travel and visa fees repaid in the first workweek",
            "free bunkhouse; nothing charged to those who live elsewhere",
            "tools and uniforms free and laundered, no deposit",
            "recruiter paid by the employer (negated fee)",
            "training on paid time at no cost",
            "no blacklisting (negated)",
        ],
        doc_type="job_order",
        layout="single column with a two-column assurances section; navy header band; bulleted summary; gridded worksite table",
    )


def y09() -> tuple[Doc, Meta]:
    """Bilingual H-2B seafood contract: visa fee not refunded, required course and lunch deducted."""
    d = Doc(
        family="libsans",
        size=9.4,
        margin=17,
        footer_text="Atchafalaya Crawfish Packing LLC · LA-2026-H2B-0417 · page / página",
    )
    d.set_text_color(20, 90, 60)
    d.ttl("SEASONAL WORK CONTRACT — H-2B / CONTRATO DE TRABAJO DE TEMPORADA — H-2B", size=12)
    d.set_text_color(0, 0, 0)
    d.grid(
        [
            ["Term / Término", "Detail / Detalle"],
            [
                "Employer / Empleador",
                "Atchafalaya Crawfish Packing LLC, 3305 Bayou Benoit Levee Road, St. Martinville, LA 70582, USA",
            ],
            [
                "Worker / Trabajadora",
                "Aurelia Tzompa Xicale, San Pablo del Monte, Tlaxcala, México",
            ],
            ["Job order / Orden de trabajo", "LA-2026-H2B-0417"],
            ["Signed / Firmado", "January 8, 2026 / 8 de enero de 2026"],
        ],
        widths=(1.4, 4),
        head_fill=(214, 236, 222),
        bold_first_col=True,
    )
    green = (20, 90, 60)
    q_visa_en = "The consular fee for the H-2B visa, USD 205, is the worker's own expense and is not refunded by the company."
    q_visa_es = "La tarifa consular de la visa H-2B, de 205 dólares, corre por cuenta del trabajador y la compañía no la reembolsa."
    q_tr_en = "Before the first shift every worker must complete the company's food-handler certification course, and its $60.00 cost is taken out of the first paycheck."
    q_tr_es = "Antes del primer turno, todo trabajador debe aprobar el curso de certificación en manejo de alimentos de la compañía, y su costo de $60.00 se descuenta del primer cheque."
    q_meal_en = "Lunch is served in the plant cafeteria on every shift at a charge of $7.50, which is deducted weekly."
    q_meal_es = "En cada turno se sirve el almuerzo en la cafetería de la planta con un cargo de $7.50, que se descuenta cada semana."
    clauses: list[tuple[str, str, str]] = [
        (
            "1. Job / Puesto",
            "Seafood processing worker (SOC 51-3022): peel boiled crawfish by hand, devein and pack tail meat in one-pound bags, weigh, label and stack boxes in the cooler, and clean the work tables at the end of the shift.",
            "Trabajador de procesamiento de mariscos (SOC 51-3022): pelar a mano langostino cocido, desvenar y empacar la carne de cola en bolsas de una libra, pesar, etiquetar y estibar cajas en el cuarto frío, y limpiar las mesas al final del turno.",
        ),
        (
            "2. Requirements / Requisitos",
            "No experience is required; the worker must be able to stand for the whole shift and work in a cold room at 40 °F.",
            "No se requiere experiencia; el trabajador debe poder estar de pie todo el turno y trabajar en un cuarto frío a 40 °F.",
        ),
        (
            "3. Place / Lugar",
            "Processing plant at 3305 Bayou Benoit Levee Road, St. Martinville, Louisiana.",
            "Planta de proceso en 3305 Bayou Benoit Levee Road, St. Martinville, Luisiana.",
        ),
        (
            "4. Period and hours / Periodo y horario",
            "From February 2, 2026 to June 26, 2026; 35 hours a week, Monday through Friday, 5:00 a.m. to 12:00 noon.",
            "Del 2 de febrero al 26 de junio de 2026; 35 horas a la semana, de lunes a viernes, de 5:00 a.m. a 12:00 del día.",
        ),
        (
            "5. Pay / Pago",
            "$14.69 per hour, or $2.10 per pound of tail meat when piece earnings are higher, paid every Friday. If the prevailing wage or a legal minimum rises during the contract, the higher rate is paid from the date it takes effect.",
            "$14.69 por hora, o $2.10 por libra de carne de cola cuando lo ganado por pieza sea mayor, pagados cada viernes. Si el salario prevaleciente o un mínimo legal sube durante el contrato, se paga la tarifa más alta desde la fecha en que entra en vigor.",
        ),
        (
            "6. Deductions / Descuentos",
            "Federal and Louisiana taxes required by law, garnishments ordered by a court, the course in clause 8 and the lunches in clause 9.",
            "Los impuestos federales y de Luisiana que exige la ley, los embargos que ordene un juez, el curso de la cláusula 8 y los almuerzos de la cláusula 9.",
        ),
        (
            "7. Guarantee / Garantía",
            "In each 12-week period the company offers work for at least three-fourths of the workdays; if it does not, it pays the difference.",
            "En cada periodo de 12 semanas la compañía ofrece trabajo por lo menos en tres cuartas partes de los días laborables; si no lo hace, paga la diferencia.",
        ),
        ("8. Training / Capacitación", q_tr_en, q_tr_es),
        ("9. Meals / Comidas", q_meal_en, q_meal_es),
        (
            "10. Travel and visa / Viaje y visa",
            "The company buys the bus ticket from Tlaxcala to St. Martinville and pays meals on the way; at the end of the contract it pays the trip home. "
            + q_visa_en,
            "La compañía compra el boleto de autobús de Tlaxcala a St. Martinville y paga las comidas del camino; al final del contrato paga el regreso. "
            + q_visa_es,
        ),
        (
            "11. Tools / Herramientas",
            "Gloves, aprons, rubber boots and knives are supplied at no charge and without a deposit.",
            "Los guantes, mandiles, botas de hule y cuchillos se entregan sin costo y sin depósito.",
        ),
        (
            "12. Housing / Vivienda",
            "Workers may live in the company bunkhouse at 3290 Bayou Benoit Levee Road at no cost.",
            "Los trabajadores pueden vivir sin costo en el dormitorio de la compañía en 3290 Bayou Benoit Levee Road.",
        ),
        (
            "13. Pay statements / Talones",
            "Every check comes with a statement of hours offered and worked, rate, pounds peeled, deductions and net pay.",
            "Cada cheque incluye un talón con las horas ofrecidas y trabajadas, la tarifa, las libras peladas, los descuentos y el pago neto.",
        ),
        (
            "14. Ending the contract / Terminación",
            "Missing five consecutive workdays without notice counts as abandonment; the company may dismiss a worker for serious misconduct after a written warning.",
            "Faltar cinco días laborables seguidos sin aviso se considera abandono; la compañía puede despedir a un trabajador por falta grave después de una advertencia por escrito.",
        ),
        (
            "15. Impossibility / Imposibilidad",
            "If a hurricane, flood or similar disaster closes the plant for the rest of the season, the company may end the contract with the Labor Department's approval and pays the guarantee up to that date and the trip home.",
            "Si un huracán, una inundación o un desastre similar cierra la planta por el resto de la temporada, la compañía puede terminar el contrato con la aprobación del Departamento de Trabajo y paga la garantía hasta esa fecha y el regreso.",
        ),
        (
            "16. No fees / Sin cobros",
            "Nobody may charge the worker for being hired.",
            "Nadie puede cobrarle al trabajador por contratarlo.",
        ),
    ]
    for head, en, es in clauses:
        d.sec(head, size=9.8, color=green, gap_before=1.4)
        bi(d, en, es)
    d.signature_lines(
        [
            "Company / Compañía: Claudette Broussard-Mena",
            "Worker / Trabajadora: Aurelia Tzompa Xicale",
        ],
        width=80,
    )
    return d, Meta(
        program="h2b",
        language="en+es",
        fees=[
            Fee("training_cost", 1, q_tr_en, 60.0, "USD", group=1),
            Fee("training_cost", 2, q_tr_es, 60.0, "USD", group=1),
            Fee("meal_charge", 2, q_meal_en, 7.5, "USD", group=2),
            Fee("meal_charge", 2, q_meal_es, 7.5, "USD", group=2),
            Fee("visa_cost", 2, q_visa_en, 205.0, "USD", group=3),
            Fee("visa_cost", 2, q_visa_es, 205.0, "USD", group=3),
        ],
        missing_terms=["overtime", "visa_reimbursement"],
        recruiters=[],
        traps=[
            "inbound bus and road meals bought by the company; return paid",
            "gloves, aprons, boots and knives free, no deposit",
            "free bunkhouse",
            "nobody may charge for being hired (negated recruitment fee)",
        ],
        doc_type="work_contract",
        layout="bilingual: each clause in English then Spanish (italic); parties table at top; numbered clauses; signature lines",
    )


def y10() -> tuple[Doc, Meta]:
    """Philippines to Taiwan factory contract (generic corridor): sub-agent fee, medical, course, forfeiture."""
    d = Doc(
        fmt="A4",
        family="dejavuserif",
        size=9.4,
        margin=20,
        footer_text="LMRC / Hsin Tai — Contract No. HT-PH-2026-0342 — page",
    )
    d.ttl("STANDARD EMPLOYMENT CONTRACT\nFilipino Production Operator — Taiwan", size=12.5)
    d.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Hsin Tai Precision Electronics Co., Ltd., No. 88, Gongye 3rd Road, Guishan District, Taoyuan City 333, Taiwan",
            ],
            [
                "Worker",
                "Rhea Mae Dumlao Santos, Barangay Sumacab Este, Cabanatuan City, Nueva Ecija, Philippines",
            ],
            [
                "Philippine agency",
                "Luzviminda Manpower Resources Corp., 1470 M.H. del Pilar Street, Ermita, Manila (DMW licence 118-LB-031528-R)",
            ],
            ["Taiwan broker", "Jin Fu Human Resources Consultancy Co., Ltd., Taoyuan City"],
        ],
        widths=(1, 3.6),
        head_fill=(230, 230, 230),
        bold_first_col=True,
    )
    d.p("The parties agree to the following terms and conditions:", gap=1.5)
    q_fee = "The Worker shall pay a processing contribution of PHP 25,000 to Mr. Ronaldo Pagsanjan, the Agency's sub-agent in Cabanatuan City, upon signing of this Contract."
    q_med = "The pre-employment medical examination at the Agency's accredited clinic is for the Worker's account (PHP 3,800)."
    q_course = "A ten-day factory orientation and basic Mandarin course is required before deployment, and the Worker shall shoulder its fee of six thousand five hundred pesos."
    q_pen = "Should the Worker terminate this Contract before completing the first year, she shall forfeit two weeks' pay as liquidated damages."
    clauses = [
        (
            "1. Position and duties.",
            "The Worker is employed as a production operator. She loads printed circuit boards into soldering and inspection machines, checks finished boards under magnification, packs them into anti-static trays and keeps her line clean.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at No. 88, Gongye 3rd Road, Guishan District, Taoyuan City.",
        ),
        (
            "3. Duration.",
            "From April 6, 2026 to April 5, 2029, counted from the Worker's arrival in Taiwan.",
        ),
        (
            "4. Hours of work and rest.",
            "Eight (8) hours a day, 08:00 to 17:00 with a one-hour meal break, Monday to Friday, with one rest day and one regular day off each week. Overtime is voluntary and paid as the Labor Standards Act provides.",
        ),
        (
            "5. Salary.",
            "NTD 29,500 per month, paid on the 10th day of the following month into a bank account in the Worker's own name.",
        ),
        (
            "6. Deductions.",
            "Only income tax and the Worker's share of Labor Insurance and National Health Insurance at the statutory rates may be deducted from salary. No other deduction is allowed.",
        ),
        (
            "7. Accommodation and food.",
            "Dormitory lodging and three meals a day are provided by the Employer free of charge.",
        ),
        (
            "8. Costs of deployment.",
            "The Employer shoulders the Taiwan work permit, the entry visa, the Alien Resident Certificate fee and the one-way airfare from Manila to Taipei. "
            + q_fee,
        ),
        ("9. Pre-departure requirements.", q_med + " " + q_course),
        (
            "10. Termination.",
            "The Employer may terminate this Contract only for the just causes listed in the Labor Standards Act of Taiwan and after written notice; the Worker may terminate it for serious breach by the Employer. "
            + q_pen,
        ),
        (
            "11. Personal documents.",
            "The Worker keeps her own passport and Alien Resident Certificate; neither the Employer nor the broker may hold them.",
        ),
        (
            "12. Disputes.",
            "Disputes are first settled at company level and then referred to the Taoyuan City Labor Affairs Department or the Migrant Workers Office in Taipei.",
        ),
    ]
    for lead, text in clauses:
        d.p(text, lead=lead, align="J", gap=1.4)
    d.p("Paalala: Basahin nang mabuti ang kontrata bago pumirma.", style="I", gap=1)
    d.signature_lines(["For the Employer / Agency", "Worker: Rhea Mae Dumlao Santos"], width=72)
    return d, Meta(
        program="generic",
        language="en",
        fees=[
            Fee("recruitment_fee", 1, q_fee, 25000.0, "PHP"),
            Fee("medical_cost", 1, q_med, 3800.0, "PHP"),
            Fee("training_cost", 1, q_course, 6500.0, "PHP"),
            Fee("breach_penalty", 1, q_pen),
        ],
        missing_terms=["return_transportation"],
        recruiters=[
            "Luzviminda Manpower Resources Corp.",
            "Jin Fu Human Resources Consultancy Co., Ltd.",
        ],
        traps=[
            "statutory Labor Insurance / National Health Insurance share (not an insurance_cost finding)",
            "employer pays work permit, visa, ARC fee and one-way airfare",
            "free lodging and meals",
            "worker keeps passport and ARC",
            "fee called a 'processing contribution', paid to a sub-agent",
            "penalty stated as 'two weeks' pay' (no currency amount)",
        ],
        doc_type="ofw_contract",
        layout="A4; parties table; numbered clauses with bold leads, justified serif; one Tagalog line",
    )


def y11() -> tuple[Doc, Meta]:
    """Canadian greenhouse offer letter in Spanish (generic corridor), compliant."""
    d = Doc(family="noto", size=9, margin=18, top=12)
    d.set_text_color(40, 110, 50)
    d.set_font("Body", "B", 14)
    d.cell(0, 7, "Serres Lac-Saint-Pierre Inc.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("Body", "", 8.5)
    d.cell(
        0,
        4.5,
        "2145, rang du Fleuve, Yamachiche (Québec) G0X 3L0, Canadá · +1 819 555 0147",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_draw_color(40, 110, 50)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)
    d.ln(5)
    d.p("Yamachiche, 12 de enero de 2026", align="R", gap=2)
    d.p(
        "Sr. Héctor Baltazar Ixcoy Tzoc\nAldea Chirijuyú, Tecpán Guatemala, Chimaltenango, Guatemala",
        gap=2.5,
    )
    d.p("Asunto: oferta de empleo de temporada 2026 — trabajador de invernadero", style="B", gap=2)
    d.p(
        "Estimado señor Ixcoy: nos complace ofrecerle un puesto de trabajador de invernadero para la temporada 2026, en las condiciones que se detallan a continuación. Esta oferta se le entrega en español, su idioma, para que la revise con calma antes de firmar.",
        gap=2.5,
    )
    d.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empleador",
                "Serres Lac-Saint-Pierre Inc., 2145, rang du Fleuve, Yamachiche (Québec) G0X 3L0, Canadá",
            ],
            [
                "Trabajador",
                "Héctor Baltazar Ixcoy Tzoc, aldea Chirijuyú, Tecpán Guatemala, Chimaltenango",
            ],
            [
                "Puesto y tareas",
                "Trabajador de invernadero: trasplante, tutoreo y deshoje de tomate, cosecha en carritos y alimentación de la línea de empaque",
            ],
            [
                "Lugar de trabajo",
                "Invernaderos del empleador en 2145 y 2201, rang du Fleuve, Yamachiche",
            ],
            ["Periodo", "Del 2 de marzo al 20 de noviembre de 2026"],
            [
                "Horario",
                "45 horas por semana: de lunes a viernes, de 7:00 a 16:30, con 30 minutos de almuerzo",
            ],
            [
                "Salario",
                "CAD 16.10 por hora; si el salario mínimo de Quebec aumenta, se paga el nuevo monto desde su entrada en vigor",
            ],
            ["Pago", "Cada dos semanas, los jueves, por depósito directo en su cuenta"],
            [
                "Descuentos",
                "Solo los de ley: impuestos federal y provincial, Régimen de Rentas de Quebec, seguro de empleo y seguro parental",
            ],
            ["Vivienda", "Casa para trabajadores en 2160, rang du Fleuve, sin costo alguno"],
            [
                "Comidas",
                "Cocina equipada sin costo; cada trabajador compra sus alimentos a su gusto",
            ],
            [
                "Viaje",
                "El empleador paga el boleto aéreo de ida y vuelta Guatemala–Montreal y el traslado a Yamachiche; nada de esto se descuenta del salario",
            ],
            ["Permiso de trabajo", "La EIMT y el permiso de trabajo los paga el empleador"],
            [
                "Seguro médico",
                "Seguro privado pagado por el empleador hasta que inicie la cobertura de la RAMQ",
            ],
            ["Equipo", "Botas, guantes, tijeras y ganchos de tutoreo sin costo"],
            [
                "Terminación",
                "Cualquiera de las partes puede terminar el contrato con una semana de aviso por escrito; el empleador solo despide por falta grave, explicada por escrito, y si el despido no es por falta grave paga el boleto de regreso",
            ],
        ],
        widths=(1, 3.5),
        size=8.6,
        head_fill=(220, 238, 220),
        bold_first_col=True,
    )
    d.p(
        "Esta oferta le llega por medio de Agencia Kab'awil Empleos Internacionales, S.A., cuyos honorarios paga el empleador en su totalidad. Ninguna persona le puede cobrar por esta oferta ni pedirle depósito, fianza o regalo, y su pasaporte siempre queda en sus manos.",
        lead="Reclutamiento.",
    )
    d.p(
        "Usted puede salir de la vivienda cuando no esté trabajando y puede presentar quejas ante la CNESST o su consulado sin ninguna consecuencia para su empleo.",
        lead="Sus derechos.",
    )
    d.p("Para aceptar, firme y devuelva una copia de esta carta.", gap=1)
    d.p("Atentamente,\nGeneviève Rousseau-Argueta, directora de recursos humanos", gap=1)
    d.signature_lines(["Acepto: Héctor Baltazar Ixcoy Tzoc", "Fecha"], width=70, gap=9)
    return d, Meta(
        program="generic",
        language="es",
        fees=[],
        missing_terms=[],
        recruiters=["Agencia Kab'awil Empleos Internacionales, S.A."],
        traps=[
            "'alimentación de la línea de empaque' is a job duty (feed)",
            "'depósito directo' is a way of paying wages",
            "statutory payroll deductions (RRQ, seguro de empleo, seguro parental) are not insurance_cost findings",
            "employer pays round-trip airfare, LMIA and work permit; nothing deducted",
            "private medical insurance paid by employer",
            "free housing, kitchen and equipment; food bought by the worker at will (voluntary purchase)",
            "agency fees paid by employer; no deposit, bond or gift (negated)",
            "worker keeps passport; free to leave housing; complaints without consequence",
        ],
        doc_type="offer_letter",
        layout="letter with green letterhead rule; gridded two-column terms table; closing paragraphs with bold leads",
    )


def y12() -> tuple[Doc, Meta]:
    """Guatemalan recruiter agreement for an H-2B hotel job: registration fee to a sub-agent, visa, post-dated cheque, housing."""
    d = Doc(
        family="noto",
        size=8.8,
        margin=18,
        top=15,
        footer_text="Servicios de Empleo Xelajú, S.A. · Convenio SEX-H2B-2026-077 · página",
    )
    d.ttl("CONVENIO DE GESTIÓN DE EMPLEO TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2B)", size=11.5)
    d.p(
        "En la ciudad de Quetzaltenango, el 26 de enero de 2026, comparecen por una parte Servicios de Empleo Xelajú, S.A., con oficinas en 14 avenida 3-51 zona 1, Quetzaltenango, representada por la licenciada Marta Lidia Coyoy Sac (en adelante «LA AGENCIA»), y por la otra la señora Yesenia Marisol Chan Pop, originaria de San Juan Ostuncalco, Quetzaltenango, quien se identifica con DPI número 2519 48730 0910 (en adelante «LA ASPIRANTE»), y convienen lo siguiente:",
        align="J",
    )
    d.p(
        "LA AGENCIA tramitará la solicitud de visa H-2B de LA ASPIRANTE para el empleo que ofrece Emerald Dunes Resort Management LLC (en adelante «LA EMPRESA») y la acompañará hasta su salida del país.",
        lead="1. Objeto.",
        align="J",
    )
    d.p("Las condiciones del empleo son las siguientes:", lead="2. Condiciones del empleo.")
    d.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empresa",
                "Emerald Dunes Resort Management LLC, 4200 Scenic Highway 98, Destin, Florida 32541, EE. UU.",
            ],
            [
                "Puesto",
                "Camarista (SOC 37-2012): limpieza de habitaciones y áreas comunes, cambio de ropa de cama y reposición de amenidades",
            ],
            [
                "Requisitos",
                "Seis meses de experiencia en limpieza de hoteles o casas; saber leer instrucciones sencillas",
            ],
            ["Lugar de trabajo", "Hotel Emerald Dunes, 4200 Scenic Highway 98, Destin, Florida"],
            ["Periodo", "Del 1 de abril al 31 de octubre de 2026"],
            ["Horario", "40 horas semanales, de 8:00 a 16:30, cinco días por semana"],
            [
                "Salario",
                "US$14.35 por hora; se pagará cualquier tarifa mayor que fije el Departamento de Trabajo desde que entre en vigor",
            ],
            ["Horas extra", "US$21.53 por hora después de 40 horas en la semana"],
            ["Pago", "Cada dos semanas, los viernes"],
            ["Descuentos", "Impuestos de ley y la vivienda (cláusula 6)"],
            [
                "Viaje de ida",
                "LA EMPRESA compra el boleto de avión de Guatemala a Fort Walton Beach y paga los viáticos del viaje",
            ],
            [
                "Viaje de regreso",
                "Pagado por LA EMPRESA al concluir el periodo, o si despide sin causa antes del final",
            ],
        ],
        widths=(1, 3.4),
        size=8.6,
        head_fill=(225, 225, 240),
        bold_first_col=True,
    )
    q_fee = "Por concepto de cuota de inscripción, LA ASPIRANTE entregará Q3,000.00 al comisionista de LA AGENCIA en su municipio, señor Abelino Chávez Pérez."
    q_visa = "El pago de la cita consular y de la visa corre por cuenta de LA ASPIRANTE, sin reembolso posterior."
    q_bond = "Antes del viaje, LA ASPIRANTE dejará en LA AGENCIA un cheque posfechado por Q10,000.00, firmado por un fiador, como garantía de cumplimiento."
    q_house = "La vivienda compartida que ofrece LA EMPRESA tiene un costo de US$80.00 semanales, que se descontarán del salario."
    d.p(
        q_fee + " Dicha cantidad no será devuelta si la visa es negada.",
        lead="3. Inscripción.",
        align="J",
    )
    d.p(q_visa, lead="4. Visa.", align="J")
    d.p(
        q_bond
        + " El cheque se devolverá cuando LA ASPIRANTE regrese a Guatemala al terminar el periodo.",
        lead="5. Garantía.",
        align="J",
    )
    d.p(q_house, lead="6. Vivienda.", align="J")
    d.p(
        "LA ASPIRANTE conservará en todo momento su pasaporte y su DPI.",
        lead="7. Documentos.",
        align="J",
    )
    d.p(
        "Si LA ASPIRANTE deja de presentarse al trabajo cinco días seguidos sin aviso, se considerará que abandonó el empleo; LA EMPRESA solo puede despedir por causa justificada.",
        lead="8. Terminación.",
        align="J",
    )
    d.p(
        "Si un huracán u otro desastre natural obliga a cerrar el hotel, LA EMPRESA podrá terminar el contrato con autorización del Departamento de Trabajo, pagando los salarios debidos y el regreso.",
        lead="9. Imposibilidad.",
        align="J",
    )
    d.p(
        "LA ASPIRANTE puede presentar quejas ante el Ministerio de Trabajo, el consulado o el Departamento de Trabajo de los Estados Unidos sin perder su lugar.",
        lead="10. Quejas.",
        align="J",
    )
    d.p("Leído el presente convenio, las partes lo aceptan y firman.", gap=1)
    d.signature_lines(
        ["Por LA AGENCIA: Licda. Marta Lidia Coyoy Sac", "LA ASPIRANTE: Yesenia Marisol Chan Pop"],
        width=66,
        gap=14,
    )
    d.fingerprint_box("Huella")
    return d, Meta(
        program="h2b",
        language="es",
        fees=[
            Fee("recruitment_fee", 1, q_fee, 3000.0, "GTQ"),
            Fee("visa_cost", 1, q_visa),
            Fee("deposit_or_bond", 1, q_bond, 10000.0, "GTQ"),
            Fee("housing_charge", 1, q_house, 80.0, "USD"),
        ],
        missing_terms=[
            "three_fourths_guarantee",
            "tools_provided",
            "earnings_statements",
            "visa_reimbursement",
        ],
        recruiters=["Servicios de Empleo Xelajú, S.A."],
        traps=[
            "'cuota de inscripción' paid to a sub-agent (comisionista), not to the agency itself",
            "inbound airfare and subsistence paid by employer; return paid",
            "worker keeps passport and DPI",
            "complaints without losing her place (negated blacklisting)",
        ],
        doc_type="recruiter_agreement",
        layout="single column; numbered clauses with bold leads; gridded terms table; signature lines with fingerprint box",
    )


# =====================================================================================
# Build and verify
# =====================================================================================

BUILDERS = [y01, y02, y03, y04, y05, y06, y07, y08, y09, y10, y11, y12]
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
COMMON = [
    "employer_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
    "pay_frequency",
    "deductions",
    "return_transportation",
    "termination",
]
H2_COMMON = COMMON + [
    "wage_adjustment",
    "three_fourths_guarantee",
    "inbound_transportation",
    "tools_provided",
    "earnings_statements",
    "contract_impossibility",
    "job_requirements",
]
REQUIRED = {
    "h2a": set(H2_COMMON + ["housing", "meals", "daily_transportation", "workers_compensation"]),
    "h2b": set(H2_COMMON + ["overtime", "visa_reimbursement"]),
    "generic": set(COMMON + ["worker_identity"]),
}


def label_entry(name: str, meta: Meta, pages: int) -> dict[str, object]:
    fees = []
    for fee in meta.fees:
        entry: dict[str, object] = {
            "category": fee.category,
            "severity": severity(fee.category, meta.program, fee.passport_only),
            "page": fee.page,
            "amount": fee.amount,
            "currency": fee.currency,
            "quote": fee.quote,
        }
        if fee.group is not None:
            entry["group"] = fee.group
        fees.append(entry)
    return {
        "file": name,
        "program": meta.program,
        "language": meta.language,
        "scanned": meta.scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": meta.missing_terms,
        "recruiters": meta.recruiters,
        "traps": meta.traps,
        "doc_type": meta.doc_type,
        "layout": meta.layout,
    }


def check_quotes(name: str, meta: Meta, texts: list[str], errors: list[str]) -> None:
    for fee in meta.fees:
        if not 1 <= fee.page <= len(texts):
            errors.append(f"{name}: {fee.category} labelled on page {fee.page} of {len(texts)}")
        elif norm(fee.quote) not in texts[fee.page - 1]:
            errors.append(f"{name}: {fee.category} quote not on page {fee.page}: {fee.quote!r}")


def check_labels(name: str, meta: Meta, errors: list[str]) -> None:
    for fee in meta.fees:
        if fee.category not in CATEGORIES:
            errors.append(f"{name}: unknown category {fee.category}")
        if (fee.amount is None) != (fee.currency is None):
            errors.append(f"{name}: amount and currency must both be set or both be null")
    for term in meta.missing_terms:
        if term not in REQUIRED[meta.program]:
            errors.append(f"{name}: {term} is not a required term for {meta.program}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    labels = []
    metas: dict[str, Meta] = {}
    for number, builder in enumerate(BUILDERS, start=1):
        name = f"y{number:02d}.pdf"
        doc, meta = builder()
        data = bytes(doc.output())
        check_labels(name, meta, errors)
        if meta.scanned:
            # quotes are checked on the text master before it is rasterized
            check_quotes(name, meta, page_texts(data), errors)
            data = scan(data, seed=4100 + number)
        (out / name).write_bytes(data)
        metas[name] = meta
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        labels.append(label_entry(name, meta, pages))
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    # verify what was written, reading the files back from disk
    for entry in labels:
        name = str(entry["file"])
        meta = metas[name]
        texts = page_texts((out / name).read_bytes())
        if len(texts) != entry["pages"]:
            errors.append(f"{name}: page count changed")
        if meta.scanned:
            if any(texts):
                errors.append(f"{name}: scanned document still carries a text layer")
            continue
        check_quotes(name, meta, texts, errors)
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    n_quotes = sum(len(m.fees) for m in metas.values())
    print(
        f"wrote {len(labels)} PDFs and labels.json to {out}; {n_quotes} fee quotes; {len(errors)} errors"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
