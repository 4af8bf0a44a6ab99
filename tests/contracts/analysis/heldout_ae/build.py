"""Blind held-out batch "ae": 12 labelled contract PDFs for FairRecruit.

Usage: python build.py OUT_DIR

Writes ae01.pdf ... ae12.pdf and labels.json (dev label format) into OUT_DIR, then
checks with pdfplumber that every fee quote of a non-scanned page is printed on its
labelled page (whitespace-normalized) and that page counts match. Exits 1 on failure.
Deterministic: fixed creation date, fixed seeds, no clock or randomness without a seed.
"""

from __future__ import annotations

import io
import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

CREATED = datetime(2026, 3, 9, 10, 30, 0, tzinfo=UTC)

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FONTS = {
    "LibSans": (
        LIB + "LiberationSans-Regular.ttf",
        LIB + "LiberationSans-Bold.ttf",
        LIB + "LiberationSans-Italic.ttf",
        LIB + "LiberationSans-BoldItalic.ttf",
    ),
    "LibSerif": (
        LIB + "LiberationSerif-Regular.ttf",
        LIB + "LiberationSerif-Bold.ttf",
        LIB + "LiberationSerif-Italic.ttf",
        LIB + "LiberationSerif-BoldItalic.ttf",
    ),
    "LibNarrow": (
        LIB + "LiberationSansNarrow-Regular.ttf",
        LIB + "LiberationSansNarrow-Bold.ttf",
        LIB + "LiberationSansNarrow-Italic.ttf",
        LIB + "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "LibMono": (
        LIB + "LiberationMono-Regular.ttf",
        LIB + "LiberationMono-Bold.ttf",
        LIB + "LiberationMono-Italic.ttf",
        LIB + "LiberationMono-BoldItalic.ttf",
    ),
    "DejaSans": (
        DEJAVU + "DejaVuSans.ttf",
        DEJAVU + "DejaVuSans-Bold.ttf",
        DEJAVU + "DejaVuSans-Oblique.ttf",
        DEJAVU + "DejaVuSans-BoldOblique.ttf",
    ),
    "DejaSerif": (
        DEJAVU + "DejaVuSerif.ttf",
        DEJAVU + "DejaVuSerif-Bold.ttf",
        DEJAVU + "DejaVuSerif-Italic.ttf",
        DEJAVU + "DejaVuSerif-BoldItalic.ttf",
    ),
    "DejaCond": (
        DEJAVU + "DejaVuSansCondensed.ttf",
        DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
        DEJAVU + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "Noto": (
        NOTO + "NotoSans-Regular.ttf",
        NOTO + "NotoSans-Bold.ttf",
        NOTO + "NotoSans-Italic.ttf",
        NOTO + "NotoSans-BoldItalic.ttf",
    ),
}

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category: str, program: str, passport_only: bool = False) -> str:
    """Severity per the taxonomy for a program."""
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


# --------------------------------------------------------------------------------------
# Layout helper
# --------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(
        self,
        family: str,
        fmt: str = "letter",
        base: float = 10,
        band: tuple[int, int, int] | None = None,
        head: str = "",
        foot: str = "",
        margin: float = 54,
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(CREATED)
        self.set_author("")
        self.set_creator("heldout-ae build")
        for fam in (family,):
            reg, bold, ital, bi = FONTS[fam]
            self.add_font(fam, "", reg)
            self.add_font(fam, "B", bold)
            self.add_font(fam, "I", ital)
            self.add_font(fam, "BI", bi)
        self.fam = family
        self.base = base
        self.band = band
        self.head = head
        self.foot = foot
        self.set_margins(margin, margin + (14 if band else 6), margin)
        self.set_auto_page_break(True, margin=48)
        self.set_text_color(20, 20, 20)

    # page furniture ---------------------------------------------------------------
    def header(self):
        if not self.head:
            return
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, 34, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(self.fam, "B", 9.5)
            self.set_xy(self.l_margin, 11)
            self.cell(0, 12, self.head)
        else:
            self.set_text_color(90, 90, 90)
            self.set_font(self.fam, "", 8)
            self.set_xy(self.l_margin, 24)
            self.cell(0, 10, self.head)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 37, self.w - self.r_margin, 37)
        self.set_text_color(20, 20, 20)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if not self.foot:
            return
        self.set_y(-34)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 10, self.foot.format(p=self.page_no()), align="C")
        self.set_text_color(20, 20, 20)

    # text blocks --------------------------------------------------------------------
    def ttl(self, text: str, size: float = 14, align: str = "L", gap: float = 6, color=None):
        self.set_font(self.fam, "B", size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 1.25, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(20, 20, 20)
        self.ln(gap)

    def hd(
        self,
        text: str,
        size: float | None = None,
        gap_before: float = 4,
        gap: float = 2,
        color=None,
    ):
        size = size or self.base + 1.5
        self.ln(gap_before)
        self.set_font(self.fam, "B", size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 1.3, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(20, 20, 20)
        self.ln(gap)

    def p(
        self,
        text: str,
        lead: str | None = None,
        size: float | None = None,
        indent: float = 0,
        style: str = "",
        gap: float = 4,
        color=None,
        lh: float | None = None,
    ):
        size = size or self.base
        lh = lh or size * 1.33
        old = self.l_margin
        self.set_left_margin(old + indent)
        self.set_x(old + indent)
        if color:
            self.set_text_color(*color)
        if lead:
            self.set_font(self.fam, "B", size)
            self.write(lh, lead + " ")
        self.set_font(self.fam, style, size)
        self.write(lh, text)
        self.ln(lh + gap)
        self.set_left_margin(old)
        self.set_x(old)
        self.set_text_color(20, 20, 20)

    def bullets(
        self, items, size: float | None = None, indent: float = 12, gap: float = 2, mark: str = "•"
    ):
        size = size or self.base
        for it in items:
            lead = None
            if isinstance(it, tuple):
                lead, it = it
            old = self.l_margin
            self.set_font(self.fam, "", size)
            self.set_x(old + indent - 9)
            self.cell(9, size * 1.33, mark)
            self.set_left_margin(old + indent)
            if lead:
                self.set_font(self.fam, "B", size)
                self.write(size * 1.33, lead + " ")
                self.set_font(self.fam, "", size)
            self.write(size * 1.33, it)
            self.ln(size * 1.33 + gap)
            self.set_left_margin(old)
            self.set_x(old)

    def grid(
        self,
        rows,
        widths,
        size: float | None = None,
        header: bool = True,
        head_fill=(225, 225, 225),
        borders: str = "ALL",
        zebra=None,
        gap: float = 6,
        align: str = "LEFT",
        bold_first_col: bool = False,
    ):
        size = size or self.base - 1
        self.set_font(self.fam, "", size)
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.5)
        kw = dict(
            col_widths=widths,
            width=self.epw,
            text_align=align,
            line_height=size * 1.3,
            borders_layout=borders,
            first_row_as_headings=header,
            padding=(2.5, 4, 2.5, 4),
            align="LEFT",
        )
        if header:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as t:
            for ri, r in enumerate(rows):
                row = t.row()
                for ci, c in enumerate(r):
                    if bold_first_col and ci == 0 and not (header and ri == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(gap)

    def rule(self, gap: float = 6):
        self.set_draw_color(160, 160, 160)
        y = self.get_y() + gap / 2
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap / 2)

    def signatures(
        self, left: tuple[str, str], right: tuple[str, str], print_box: bool = False, size=None
    ):
        size = size or self.base - 1
        self.ln(18)
        y = self.get_y()
        colw = (self.epw - 20) / 2
        xs = [self.l_margin, self.l_margin + colw + 20]
        for x, (name, role) in zip(xs, [left, right]):
            w = colw - (70 if (print_box and x == xs[1]) else 0)
            self.line(x, y + 22, x + w, y + 22)
            self.set_xy(x, y + 25)
            self.set_font(self.fam, "B", size)
            self.cell(w, size * 1.3, name)
            self.set_xy(x, y + 25 + size * 1.35)
            self.set_font(self.fam, "", size - 0.5)
            self.cell(w, size * 1.3, role)
        if print_box:
            bx = xs[1] + colw - 60
            self.rect(bx, y - 18, 60, 70)
            self.set_xy(bx, y + 55)
            self.set_font(self.fam, "", 7)
            self.cell(60, 9, "Huella / Thumbprint" if self.fam != "LibMono" else "Thumb", align="C")
        self.set_xy(self.l_margin, y + 75)


# --------------------------------------------------------------------------------------
# Label helpers
# --------------------------------------------------------------------------------------


def fee(
    category, program, page, quote, amount=None, currency=None, passport_only=False, group=None
):
    d = {
        "category": category,
        "severity": severity(category, program, passport_only),
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


def label(
    file,
    program,
    language,
    pages,
    fees,
    missing,
    recruiters,
    traps,
    doc_type,
    layout,
    scanned=False,
):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# ======================================================================================
# ae01 — H-2A job order, English, compliant
# ======================================================================================


def ae01():
    prog = "h2a"
    d = Doc(
        "LibSans",
        base=9.6,
        band=(34, 84, 61),
        head="CASCADE BENCHLAND FRUIT COMPANY LLC  ·  H-2A Clearance Order WA-26-7719",
        foot="Clearance Order WA-26-7719 · worker copy · page {p} of 3",
    )
    d.add_page()
    d.ttl(
        "JOB ORDER AND TERMS OF EMPLOYMENT\nOrchard Workers — 2026 Apple and Pear Harvest",
        size=13.5,
    )
    d.p(
        "This order states every term on which Cascade Benchland Fruit Company LLC will employ "
        "temporary agricultural workers under the H-2A program. Each worker receives the English "
        "text and a Spanish translation before the consular interview and keeps both copies."
    )
    d.hd("OFFER SUMMARY")
    d.grid(
        [
            ["Item", "Terms offered"],
            [
                "Employer",
                "Cascade Benchland Fruit Company LLC, 4417 Paradise Hill Road, Brewster, WA 98812 · "
                "(509) 555-0176 · hiring contact: Marisol Etcheverry, HR coordinator",
            ],
            [
                "Occupation",
                "Farmworkers and laborers, crop (SOC 45-2092) — apple and pear harvest; 64 openings",
            ],
            ["Season", "August 3, 2026 through November 13, 2026"],
            [
                "Schedule",
                "40 hours a week: Monday to Friday, 7:00 a.m. to 3:30 p.m., with an unpaid "
                "30-minute lunch. Saturday work, when offered, is voluntary.",
            ],
            [
                "Pay",
                "$19.82 per hour; during picking, $28.00 per standard bin (about 24 bushels) in any "
                "week the bin count earns more than the hourly rate",
            ],
            ["Payday", "Every Friday, by direct deposit or paper check, as the worker chooses"],
        ],
        widths=(1, 4),
        bold_first_col=True,
    )
    d.hd("1. Work to be performed", size=10.5)
    d.p(
        "Workers climb orchard ladders of 8 to 14 feet, pick apples and pears by hand into a "
        "picking bag, and deposit the fruit gently in the field bins without bruising it. Before "
        "harvest, crews thin fruitlets, tie limbs and hang pheromone dispensers; after harvest they "
        "gather props and clean up the blocks. The work is outdoors in heat, dust and cold mornings."
    )
    d.hd("2. Minimum requirements", size=10.5)
    d.p(
        "Three months of experience hand-picking tree fruit from a ladder. Workers must be able to "
        "carry a full picking bag of about 40 pounds up and down a ladder throughout the shift. No "
        "diploma, license or English is required."
    )
    d.hd("3. Places of employment", size=10.5)
    d.p("All work is done in the employer's orchards in Okanogan County, Washington:")
    d.grid(
        [
            ["Block", "Address", "Main varieties"],
            ["Home Ranch", "4417 Paradise Hill Road, Brewster, WA 98812", "Gala, Honeycrisp"],
            ["Swamp Creek", "118 Swamp Creek Road, Pateros, WA 98846", "Fuji, Cripps Pink"],
            [
                "Monse Bench",
                "2906 Monse River Road, Brewster, WA 98812",
                "Bartlett and d'Anjou pears",
            ],
            ["Indian Dan", "35 Indian Dan Canyon Road, Brewster, WA 98812", "Granny Smith"],
        ],
        widths=(1.1, 2.6, 1.6),
        zebra=(240, 246, 242),
    )
    d.hd("4. Wage floor and increases", size=10.5)
    d.p(
        "The hourly rate will never be below the highest of the Adverse Effect Wage Rate, the "
        "prevailing wage, any agreed collective bargaining rate, and the federal or Washington "
        "minimum wage in force when the work is done. A higher rate published during the season is "
        "paid from its effective date."
    )

    d.add_page()
    d.hd("5. Three-fourths guarantee", size=10.5, gap_before=0)
    d.p(
        "The employer guarantees to offer each worker employment for a total number of hours equal "
        "to at least three-fourths of the workdays in the contract period, counted from the "
        "worker's first workday. If fewer hours are offered, the worker is paid what he would have "
        "earned for the missing hours."
    )
    d.hd("6. Deductions", size=10.5)
    d.p(
        "Only these amounts are taken from pay: Social Security and Medicare taxes where the law "
        "requires them; federal income tax when the worker asks in writing for withholding; amounts "
        "a court orders; and repayment of voluntary purchases at the ranch store that the worker "
        "authorizes in writing, never bringing pay below the required wage."
    )
    d.hd("7. Earnings statements", size=10.5)
    d.p(
        "With each paycheck the worker receives a written statement of hours offered, hours "
        "worked, bins picked, the rate, gross pay, each deduction and net pay. Payroll records are "
        "kept for three years."
    )
    d.hd("8. Housing", size=10.5)
    d.p(
        "Housing is furnished free of charge at the Paradise Hill camp, 4501 Paradise Hill Road, "
        "Brewster, licensed by the Washington State Department of Health. Workers pay no rent and no "
        "utilities, and no deposit is asked for beds, bedding or keys."
    )
    d.hd("9. Meals", size=10.5)
    d.p(
        "Each cabin block has a kitchen with gas ranges, refrigerators, pots and utensils that "
        "workers use free of charge to cook their own meals."
    )
    d.hd("10. Transportation", size=10.5)
    d.p(
        "The employer reimburses the reasonable cost of travel and daily subsistence from the "
        "place of recruitment once the worker completes 50 percent of the contract period, and "
        "earlier, in the first workweek, to the extent that cost would bring first-week earnings "
        "below the minimum wage.",
        lead="(a) To the job.",
    )
    d.p(
        "A worker who completes the contract, or is released without cause, receives return "
        "transportation and subsistence to the place of recruitment.",
        lead="(b) Home.",
    )
    d.p(
        "Company buses carry workers between the camp and the orchard blocks every workday at no cost.",
        lead="(c) Every day.",
    )
    d.hd("11. Tools and equipment", size=10.5)
    d.p(
        "Ladders, picking bags, pruning shears, thinning gloves and rain ponchos are issued free. "
        "No deposit is taken, and nothing is charged when they come back worn."
    )
    d.hd("12. Workers' compensation", size=10.5)
    d.p(
        "Every worker is covered from the first day by Washington's industrial insurance "
        "(workers' compensation) program, employer account 741-228-09 with the Department of "
        "Labor & Industries."
    )
    d.hd("13. Abandonment and discharge", size=10.5)
    d.p(
        "A worker who fails to report for five consecutive working days without the employer's "
        "consent is considered to have abandoned the job, and the employer will notify the "
        "Department of Labor and DHS within two working days. A worker may be dismissed for cause, "
        "such as violence or repeated refusal to follow safety rules, after a written warning."
    )
    d.hd("14. If the work becomes impossible", size=10.5)
    d.p(
        "If hail, fire, frost, flood or another Act of God makes it impossible to continue, the "
        "employer may end this contract with the Certifying Officer's approval. It will then pay at "
        "least the three-fourths guarantee up to the ending date and return transportation, and "
        "will try to place the worker with another employer."
    )

    d.add_page()
    d.hd("15. Recruitment", size=10.5, gap_before=0)
    d.p(
        "Workers in Mexico are selected by Enlaces Agrícolas del Lerma, S.C., of Salamanca, "
        "Guanajuato. The employer pays that agency's entire service fee and pays the consular visa "
        "fee directly, so no worker owes anything to anyone for being chosen. The agency's contract "
        "with the employer forbids it to collect money from workers."
    )
    d.hd("16. Your documents and your voice", size=10.5)
    d.p(
        "Workers keep their own passports, visas and identification at all times. No worker will "
        "be threatened, fired or left off future recall lists for raising a complaint about pay, "
        "housing or safety, whether inside the company or with any agency."
    )
    d.hd("17. Paid sick leave", size=10.5)
    d.p(
        "Workers earn one hour of paid sick leave for every 40 hours worked, as Washington law requires."
    )
    d.hd("CAMP RULES IN BRIEF")
    d.bullets(
        [
            ("Gate.", "Residents come and go as they please; the camp gate is never locked."),
            ("Quiet hours.", "10:00 p.m. to 5:00 a.m. on workdays."),
            ("Keys.", "A lost room key is replaced by the office at no charge."),
            ("Visitors.", "Family and friends are welcome in the common room until 9:30 p.m."),
            (
                "Fire safety.",
                "No open flames in the cabins; grills are provided outside each block.",
            ),
        ]
    )
    d.hd("SIGNATURES")
    d.p(
        "Signed in Brewster, Washington, on April 21, 2026. The worker's signature confirms receipt "
        "of this order in English and Spanish."
    )
    d.signatures(
        ("Marisol Etcheverry", "for Cascade Benchland Fruit Company LLC"),
        ("Worker", "name and signature"),
    )
    lab = label(
        "ae01.pdf",
        prog,
        "en",
        3,
        [],
        [],
        ["Enlaces Agrícolas del Lerma, S.C."],
        [
            "'deposit the fruit gently in the field bins' is a job word, not a deposit",
            "recruiter's service fee and consular visa fee paid by the employer",
            "free housing, no deposit for beds or keys (h2a)",
            "free kitchen",
            "inbound travel reimbursed; return and daily buses paid",
            "tools free, no deposit",
            "voluntary ranch-store purchases authorized in writing (not a fee)",
            "workers keep passports (negated retention)",
            "no recall-list penalty for complaints (negated blacklisting)",
            "gate never locked (negated movement restriction)",
            "lost key replaced at no charge",
        ],
        "job_order",
        "single column; colored header band; gridded offer summary; zebra worksite table; numbered clauses",
    )
    return d, lab


# ======================================================================================
# ae02 — H-2A work contract, Spanish, numbered cláusulas
# ======================================================================================


def ae02():
    prog = "h2a"
    d = Doc(
        "DejaSerif",
        base=9.2,
        head="Laurel Fork Fraser Fir Farms, LLC — Contrato H-2A núm. LF-2026-031",
        foot="Contrato LF-2026-031 — hoja {p} de 3",
    )
    q_house = (
        "Para cubrir luz, agua y gas, a cada ocupante se le descontará una cuota de mantenimiento "
        "de la vivienda de $35.00 por semana."
    )
    q_damage = (
        "Los desperfectos que EL TRABAJADOR cause en la casa, como vidrios rotos o colchones "
        "quemados, se le cobrarán a precio de reposición mediante descuento en nómina."
    )
    q_tools = (
        "Al recibirlos, EL TRABAJADOR dejará un depósito de 60 dólares, que se le devolverá al "
        "final de la temporada si entrega todo completo."
    )
    d.add_page()
    d.ttl("CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA TEMPORAL\n(PROGRAMA H-2A)", size=13, align="C")
    d.p(
        "Que celebran, por una parte, Laurel Fork Fraser Fir Farms, LLC, en lo sucesivo EL "
        "EMPLEADOR, y por la otra el señor Fermín Alejandro Nava Quintero, originario de San Felipe "
        "Usila, Oaxaca, en lo sucesivo EL TRABAJADOR, al tenor de las siguientes"
    )
    d.ttl("C L Á U S U L A S", size=11, align="C", gap=2)
    d.p(
        "Laurel Fork Fraser Fir Farms, LLC, con domicilio en 1187 Laurel Fork Road, Crumpler, "
        "Carolina del Norte 28617, teléfono (336) 555-0142, representada por su gerente Dale W. "
        "Absher.",
        lead="PRIMERA. EL EMPLEADOR.",
    )
    d.p(
        "EL TRABAJADOR se contrata como trabajador agrícola en plantaciones de árboles de Navidad. "
        "Sus labores son: recortar y dar forma a los abetos Fraser con cuchillo de recorte, "
        "controlar la maleza alrededor de los árboles, etiquetar, cortar, envolver con red y cargar "
        "árboles en los camiones durante la cosecha. La meta orientativa es de 350 árboles "
        "recortados por jornada; esa cuota de producción no reduce ni condiciona el salario por hora.",
        lead="SEGUNDA. PUESTO Y LABORES.",
    )
    d.p(
        "Las plantaciones de EL EMPLEADOR en los condados de Ashe y Alleghany, Carolina del Norte:",
        lead="TERCERA. LUGAR DE TRABAJO.",
    )
    d.grid(
        [
            ["Plantación", "Dirección", "Superficie"],
            ["Laurel Fork", "1187 Laurel Fork Road, Crumpler, NC 28617", "62 acres"],
            ["Piney Creek", "4410 Piney Creek Road, Piney Creek, NC 28663", "38 acres"],
            ["Sparta Ridge", "92 Air Bellows Road, Sparta, NC 28675", "55 acres"],
        ],
        widths=(1.2, 3, 1),
    )
    d.p("Del 16 de marzo de 2026 al 15 de diciembre de 2026.", lead="CUARTA. VIGENCIA.")
    d.p(
        "Cuarenta horas a la semana, de lunes a viernes, de 7:00 a 15:30 horas, con media hora para "
        "comer que no se paga. En la cosecha (noviembre y diciembre) podrá ofrecerse trabajo los "
        "sábados de 7:00 a 12:00 horas.",
        lead="QUINTA. JORNADA.",
    )
    d.p(
        "17.34 dólares por hora. Si durante la vigencia del contrato se publica una tarifa AEWR, un "
        "salario prevaleciente o un salario mínimo más alto, EL EMPLEADOR pagará la tarifa más alta "
        "desde la fecha en que entre en vigor.",
        lead="SEXTA. SALARIO.",
    )
    d.p(
        "El salario se paga cada semana, los jueves, mediante cheque o tarjeta de nómina.",
        lead="SÉPTIMA. PERIODICIDAD DEL PAGO.",
    )
    d.p(
        "Del salario solo se descontarán los impuestos que la ley exija, las cantidades que ordene "
        "un juez y los cargos previstos en las cláusulas DÉCIMA y DÉCIMA TERCERA.",
        lead="OCTAVA. DESCUENTOS.",
    )
    d.p(
        "EL EMPLEADOR garantiza ofrecer trabajo por un número de horas igual, por lo menos, a las "
        "tres cuartas partes de los días laborables del periodo del contrato; si ofrece menos, "
        "pagará la diferencia como si las horas se hubieran trabajado.",
        lead="NOVENA. GARANTÍA DE TRES CUARTAS PARTES.",
    )

    d.add_page()
    d.p(
        "EL EMPLEADOR proporciona alojamiento en la casa de la plantación, 1190 Laurel Fork Road, "
        "Crumpler, que cuenta con la inspección estatal vigente. " + q_house + " " + q_damage,
        lead="DÉCIMA. VIVIENDA.",
    )
    d.p(
        "La casa tiene cocina con estufa, refrigerador y trastes que EL TRABAJADOR usa sin costo "
        "para prepararse sus alimentos.",
        lead="DÉCIMA PRIMERA. ALIMENTOS.",
    )
    d.p(
        "EL EMPLEADOR reembolsa el transporte y los alimentos del viaje desde el lugar de "
        "reclutamiento cuando EL TRABAJADOR cumple la mitad del contrato, o en la primera semana en "
        "la medida en que lo exija la ley de salario mínimo. Al terminar el contrato paga el "
        "regreso al lugar de reclutamiento. Cada día de trabajo lleva gratuitamente a EL TRABAJADOR "
        "de la casa a la plantación y de vuelta en la camioneta de la empresa.",
        lead="DÉCIMA SEGUNDA. TRANSPORTE.",
    )
    d.p(
        "EL EMPLEADOR entrega sin cargo el cuchillo de recorte, la funda, las polainas de "
        "protección y los guantes. " + q_tools,
        lead="DÉCIMA TERCERA. HERRAMIENTAS.",
    )
    d.p(
        "Tres meses de experiencia en recorte de coníferas, poda de frutales o trabajo agrícola "
        "parecido; poder cargar 50 libras y trabajar en terreno con pendiente.",
        lead="DÉCIMA CUARTA. REQUISITOS.",
    )
    d.p(
        "Si EL TRABAJADOR falta cinco días laborables seguidos sin permiso, se considerará que "
        "abandonó el empleo y EL EMPLEADOR lo notificará al Departamento del Trabajo y al DHS dentro "
        "de dos días hábiles. EL EMPLEADOR puede terminar el contrato por causa justificada, como "
        "violencia o negarse en forma repetida a seguir las reglas de seguridad.",
        lead="DÉCIMA QUINTA. TERMINACIÓN.",
    )
    d.p(
        "Si un incendio, una helada, una inundación u otra causa de fuerza mayor impide continuar "
        "el trabajo, EL EMPLEADOR podrá dar por terminado el contrato con la aprobación del "
        "Departamento del Trabajo, pagando la garantía de tres cuartas partes hasta esa fecha y el "
        "viaje de regreso.",
        lead="DÉCIMA SEXTA. IMPOSIBILIDAD.",
    )
    d.p(
        "Ni EL EMPLEADOR ni persona alguna que actúe en su nombre cobrará a EL TRABAJADOR por "
        "contratarlo. La cuota consular de la visa se le devuelve íntegra en la primera semana de "
        "trabajo. EL TRABAJADOR conserva en todo momento su pasaporte y su visa.",
        lead="DÉCIMA SÉPTIMA. SIN COBROS POR EL EMPLEO.",
    )
    d.p(
        "EL TRABAJADOR recibe este contrato en español, idioma que lee y entiende, antes de su "
        "entrevista en el consulado.",
        lead="DÉCIMA OCTAVA. IDIOMA.",
    )

    d.add_page()
    d.p(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
        "firman por duplicado en Crumpler, Carolina del Norte, el 2 de febrero de 2026, quedando un "
        "ejemplar en poder de cada una.",
    )
    d.signatures(
        ("Dale W. Absher", "Por EL EMPLEADOR"),
        ("Fermín Alejandro Nava Quintero", "EL TRABAJADOR"),
    )
    d.hd("ANEXO — DATOS DE CONTACTO", size=10)
    d.grid(
        [
            ["Asunto", "Contacto"],
            ["Oficina de la plantación", "(336) 555-0142, de lunes a viernes de 8:00 a 17:00"],
            ["Encargado de cuadrilla", "Tomás Reinhardt, (336) 555-0190"],
            [
                "Quejas ante el gobierno",
                "Wage and Hour Division, 1-866-487-9243 (atención en español)",
            ],
        ],
        widths=(1.4, 3),
    )
    lab = label(
        "ae02.pdf",
        prog,
        "es",
        3,
        [
            fee("housing_charge", prog, 2, q_house, 35, "USD"),
            fee("damage_chargeback", prog, 2, q_damage),
            fee("equipment_charge", prog, 2, q_tools, 60, "USD"),
        ],
        ["workers_compensation", "earnings_statements"],
        [],
        [
            "'cuota de producción' is a production target, not a fee",
            "free kitchen",
            "inbound trip reimbursed; return and daily van paid",
            "consular visa fee refunded in the first week",
            "nobody may charge for hiring (negated recruitment fee)",
            "worker keeps passport and visa",
        ],
        "work_contract",
        "numbered Spanish clauses (PRIMERA...); gridded worksite table; signature block and contact annex",
    )
    return d, lab


# ======================================================================================
# ae03 — H-2A job order, bilingual EN/ES stacked
# ======================================================================================


def ae03():
    prog = "h2a"
    d = Doc(
        "Noto",
        base=8.8,
        band=(120, 60, 20),
        head="OHOOPEE BOTTOMS PRODUCE LLC · H-2A Job Order / Orden de trabajo GA-2026-0415",
        foot="GA-2026-0415 · English / Español · {p}/3",
        margin=50,
    )
    grey = (70, 70, 120)
    q_travel_en = (
        "The bus fare from Monterrey to Lyons, USD 185, is advanced by the company and taken back "
        "from the worker's pay in three equal weekly deductions."
    )
    q_travel_es = (
        "El pasaje de autobús de Monterrey a Lyons, de 185 dólares, lo adelanta la empresa y se "
        "descuenta del pago del trabajador en tres partes semanales iguales."
    )
    q_hold_en = (
        "From every paycheck the company holds back $1.25 for each hour worked, and the money held "
        "is paid only to workers still employed on the last day of the season."
    )
    q_hold_es = (
        "De cada cheque la empresa retiene $1.25 por cada hora trabajada, y lo retenido se paga "
        "solo a quienes sigan empleados el último día de la temporada."
    )

    def sec(title, en, es):
        d.hd(title, size=10, gap_before=3, gap=1)
        d.p(en, gap=1.5)
        d.p(es, style="I", color=grey, gap=3)

    d.add_page()
    d.ttl(
        "Sweet onion harvest and packing — 2026 season\nCosecha y empaque de cebolla dulce — temporada 2026",
        size=12.5,
    )
    d.p(
        "Each section is printed in English and then in Spanish. Both texts have the same value.",
        gap=1,
    )
    d.p(
        "Cada sección aparece en inglés y después en español. Ambos textos valen lo mismo.",
        style="I",
        color=grey,
        gap=2,
    )
    sec(
        "1. Employer / Empleador",
        "Ohoopee Bottoms Produce LLC, 2290 Collins Highway, Lyons, Georgia 30436. Phone (912) "
        "555-0183. The field office is open Monday to Saturday.",
        "Ohoopee Bottoms Produce LLC, 2290 Collins Highway, Lyons, Georgia 30436. Teléfono (912) "
        "555-0183. La oficina de campo abre de lunes a sábado.",
    )
    sec(
        "2. The job / El trabajo",
        "Hand-harvest sweet onions: lift them, clip tops and roots with shears, fill field bags and "
        "load the bags on trailers. In the packing shed, feed onions onto the grading belt, pull "
        "out culls and stack 40-pound cartons on pallets.",
        "Cosecha a mano de cebolla dulce: arrancarla, cortar hojas y raíces con tijera, llenar "
        "costales y subirlos a los remolques. En la empacadora, alimentar la banda de selección, "
        "quitar la cebolla de desecho y estibar cajas de 40 libras en tarimas.",
    )
    sec(
        "3. Requirements / Requisitos",
        "One month of experience harvesting vegetables by hand. Able to lift 50 pounds again and "
        "again and to work bent over for long periods.",
        "Un mes de experiencia en cosecha manual de hortalizas. Poder levantar 50 libras una y otra "
        "vez y trabajar agachado por periodos largos.",
    )
    d.hd("4. Worksites / Lugares de trabajo", size=10, gap_before=3, gap=2)
    d.grid(
        [
            ["Site / Sitio", "Address / Dirección"],
            ["Home farm / Rancho principal", "2290 Collins Highway, Lyons, GA 30436"],
            [
                "Reidsville Road fields / Campos de Reidsville Road",
                "1405 Reidsville Road, Lyons, GA 30436",
            ],
            ["Packing shed / Empacadora", "2310 Collins Highway, Lyons, GA 30436"],
            [
                "Cedar Crossing farm / Rancho Cedar Crossing",
                "88 Cedar Crossing Road, Uvalda, GA 30473",
            ],
        ],
        widths=(1.6, 2),
        size=8.3,
    )
    sec(
        "5. Dates and hours / Fechas y horario",
        "From April 6, 2026 to June 26, 2026. Forty-four hours a week: Monday to Friday from 7:00 "
        "a.m. to 3:30 p.m. (30 minutes unpaid for lunch) and Saturday from 7:00 to 11:00 a.m.",
        "Del 6 de abril de 2026 al 26 de junio de 2026. Cuarenta y cuatro horas a la semana: de "
        "lunes a viernes de 7:00 a 15:30 (30 minutos sin pago para comer) y los sábados de 7:00 a "
        "11:00.",
    )
    sec(
        "6. Pay / Salario",
        "$16.91 per hour, paid every Friday. If the AEWR or another applicable wage rises during the "
        "season, the higher rate applies from the date it takes effect. Every payday comes with a "
        "statement of hours offered and worked, rate, gross pay, each deduction and net pay.",
        "$16.91 por hora, pagados cada viernes. Si durante la temporada sube el AEWR u otro salario "
        "aplicable, se paga la tarifa más alta desde la fecha en que entra en vigor. Cada pago "
        "incluye un talón con horas ofrecidas y trabajadas, tarifa, pago bruto, cada descuento y "
        "pago neto.",
    )

    d.add_page()
    sec(
        "7. Deductions / Descuentos",
        "Social Security and Medicare where the law requires them, income tax if the worker asks "
        "for it, and the amounts described in sections 9 and 10.",
        "Seguro Social y Medicare cuando la ley lo exige, impuesto sobre la renta si el trabajador "
        "lo pide, y las cantidades que se explican en las secciones 9 y 10.",
    )
    sec(
        "8. Work guarantee / Garantía de trabajo",
        "The company guarantees work for at least three-fourths of the hours of the workdays "
        "between the first workday and June 26, 2026, or pays the difference.",
        "La empresa garantiza trabajo por lo menos durante tres cuartas partes de las horas de los "
        "días laborables entre el primer día de trabajo y el 26 de junio de 2026, o paga la "
        "diferencia.",
    )
    sec(
        "9. Travel / Viajes",
        q_travel_en
        + " Workers who finish the contract receive a bus ticket back to Monterrey and $18 a day "
        "for meals on the road.",
        q_travel_es
        + " Quien termine el contrato recibe su boleto de autobús de regreso a Monterrey y $18 "
        "diarios para comidas en el camino.",
    )
    sec(
        "10. Season completion fund / Fondo de fin de temporada",
        q_hold_en,
        q_hold_es,
    )
    sec(
        "11. Housing and kitchen / Vivienda y cocina",
        "Free housing at the Collins Highway camp, 2350 Collins Highway, Lyons, inspected by the "
        "Georgia Department of Labor. Every unit has a kitchen with stoves, refrigerators and "
        "cookware that workers use free of charge.",
        "Vivienda gratuita en el campamento de Collins Highway, 2350 Collins Highway, Lyons, "
        "inspeccionado por el Departamento del Trabajo de Georgia. Cada unidad tiene cocina con "
        "estufas, refrigeradores y trastes que los trabajadores usan sin costo.",
    )
    sec(
        "12. Tools / Herramientas",
        "Shears, gloves, field bags and rain gear are handed out free, and no deposit is asked.",
        "Tijeras, guantes, costales y ropa para lluvia se entregan gratis y no se pide depósito.",
    )
    sec(
        "13. Injuries / Accidentes de trabajo",
        "All workers are covered by workers' compensation insurance with Peach State Agricultural "
        "Mutual, policy PSM-44-20917.",
        "Todos los trabajadores están cubiertos por el seguro de compensación laboral de Peach "
        "State Agricultural Mutual, póliza PSM-44-20917.",
    )

    d.add_page()
    sec(
        "14. Leaving the job / Fin del empleo",
        "A worker absent for five workdays in a row without notice is treated as having abandoned "
        "the job, and the company informs the government within two working days. Dismissal for "
        "cause is possible for violence, theft or repeated unsafe conduct.",
        "Quien falte cinco días laborables seguidos sin avisar se considera que abandonó el empleo, "
        "y la empresa avisa al gobierno dentro de dos días hábiles. Se puede despedir por causa "
        "justificada en casos de violencia, robo o conducta insegura repetida.",
    )
    sec(
        "15. Visa and hiring costs / Costos de visa y contratación",
        "The consular visa fee is paid back in full in the first workweek. No one may charge a "
        "worker any money for this job, and workers keep their own passports.",
        "La cuota consular de la visa se devuelve completa en la primera semana de trabajo. Nadie "
        "puede cobrarle dinero a un trabajador por este empleo, y cada trabajador guarda su "
        "pasaporte.",
    )
    sec(
        "16. Copies / Copias",
        "Every worker receives this job order in English and Spanish no later than the day the "
        "visa is requested.",
        "Cada trabajador recibe esta orden en inglés y en español a más tardar el día en que "
        "solicita la visa.",
    )
    d.p("Lyons, Georgia, February 16, 2026 / 16 de febrero de 2026", gap=2)
    d.signatures(
        ("Wade Tillman Royal", "Owner / Propietario"),
        ("Worker / Trabajador", "Signature / Firma"),
    )
    lab = label(
        "ae03.pdf",
        prog,
        "en+es",
        3,
        [
            fee("travel_cost", prog, 2, q_travel_en, 185, "USD", group=1),
            fee("travel_cost", prog, 2, q_travel_es, 185, "USD", group=1),
            fee("wage_withholding", prog, 2, q_hold_en, 1.25, "USD", group=2),
            fee("wage_withholding", prog, 2, q_hold_es, 1.25, "USD", group=2),
        ],
        ["inbound_transportation", "daily_transportation", "contract_impossibility"],
        [],
        [
            "'feed onions onto the grading belt' is a job word",
            "free housing and kitchen (h2a)",
            "tools free, no deposit",
            "consular visa fee paid back in the first week",
            "return bus and road meals paid",
            "nobody may charge for the job (negated recruitment fee)",
            "workers keep passports",
        ],
        "job_order",
        "bilingual: each section in English then Spanish (italic); colored header band; gridded bilingual worksite table",
    )
    return d, lab


# ======================================================================================
# ae04 — H-2A recruiter agreement, Spanish
# ======================================================================================


def ae04():
    prog = "h2a"
    d = Doc(
        "LibSerif",
        base=10,
        head="Gestoría Laboral Tierra Caliente, S.C. · Av. Revolución Sur 48, Zitácuaro, Mich.",
        foot="Convenio GTC-26-0977 · Página {p}",
        margin=60,
    )
    q_fee = (
        "Como apoyo para el trámite, EL ASPIRANTE aportará la cantidad de $8,500.00 M.N. (ocho mil "
        "quinientos pesos), en una sola exhibición y antes de la cita consular."
    )
    q_nephew = (
        "Además, para apartar su lugar en la lista del grupo, EL ASPIRANTE depositará 3 000 pesos "
        "a nombre de Rubén Ocampo Villa, sobrino del titular de EL GESTOR."
    )
    q_visa = (
        "Los derechos consulares de la visa H-2A, de 205 dólares, corren por cuenta de EL "
        "ASPIRANTE y no le serán reembolsados."
    )
    q_bond = (
        "En garantía de que cumplirá la temporada completa, EL ASPIRANTE firmará un pagaré por "
        "$20,000.00 M.N. a favor de EL GESTOR, que se hará efectivo si regresa antes de tiempo."
    )
    q_pass = (
        "Desde la firma de este convenio y hasta el día de la salida del grupo, el pasaporte de EL "
        "ASPIRANTE quedará bajo resguardo en la oficina de EL GESTOR."
    )
    d.add_page()
    d.ttl(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN\nPARA EMPLEO AGRÍCOLA TEMPORAL EN ESTADOS UNIDOS",
        size=12.5,
        align="C",
    )
    d.p(
        "En Heroica Zitácuaro, Michoacán, a 20 de enero de 2026, comparecen por una parte Gestoría "
        "Laboral Tierra Caliente, S.C., representada por el Lic. Abundio Ocampo Reyes (en adelante "
        "EL GESTOR), y por la otra el C. Leobardo Ríos Zamudio, con domicilio en Tuxpan, Michoacán "
        "(en adelante EL ASPIRANTE), y convienen lo siguiente."
    )
    d.hd("I. DATOS DEL EMPLEO", size=10.5)
    d.grid(
        [
            ["Concepto", "Condición ofrecida"],
            [
                "Empleador",
                "Mosier Heights Orchards LLC, 3350 Rock Creek Road, Mosier, Oregon 97040",
            ],
            [
                "Puesto",
                "Cosechador de cereza y pera: corte a mano desde escalera, llenado de cubetas y cajones",
            ],
            ["Lugar", "Huertas del empleador en Mosier y Hood River, Oregon"],
            ["Periodo", "Del 1 de junio al 30 de septiembre de 2026"],
            ["Jornada", "Lunes a sábado, de 6:00 a 14:30 horas (48 horas por semana)"],
            [
                "Salario",
                "19.10 dólares por hora, o la tarifa mayor que fije el gobierno durante la temporada",
            ],
            ["Pago", "Semanal, los viernes"],
            ["Descuentos", "Solo los impuestos de ley"],
            ["Vivienda", "Cuartos sin costo en el campamento de la huerta"],
            ["Comidas", "Cocina equipada de uso gratuito"],
            [
                "Transporte",
                "Ida reembolsada a la mitad del contrato; regreso pagado; traslado diario gratuito",
            ],
            ["Herramientas", "Escaleras, cubetas y guantes sin costo"],
            ["Accidentes", "Seguro de compensación laboral de Oregon pagado por el empleador"],
            ["Terminación", "Cinco faltas seguidas sin aviso se consideran abandono del empleo"],
        ],
        widths=(1.1, 4),
        size=9,
        bold_first_col=True,
    )
    d.hd("II. CLÁUSULAS", size=10.5)
    d.p(
        "EL GESTOR integrará el expediente de EL ASPIRANTE, lo presentará al empleador y lo "
        "acompañará hasta la cita en el Consulado de Estados Unidos en Monterrey.",
        lead="PRIMERA.",
    )
    d.p(q_fee, lead="SEGUNDA.")
    d.p(q_nephew + " El comprobante se entregará en la oficina.", lead="TERCERA.")

    d.add_page()
    d.p(q_visa, lead="CUARTA.")
    d.p(q_bond, lead="QUINTA.")
    d.p(q_pass + " Se le devolverá en la central de autobuses.", lead="SEXTA.")
    d.p(
        "EL ASPIRANTE podrá presentar quejas ante la Secretaría del Trabajo o su consulado sin que "
        "ello afecte su contratación.",
        lead="SÉPTIMA.",
    )
    d.p(
        "La firma de este convenio no garantiza la expedición de la visa, que depende "
        "exclusivamente de la autoridad consular.",
        lead="OCTAVA.",
    )
    d.p(
        "Para la interpretación y cumplimiento de este convenio, las partes se someten a los "
        "tribunales de Zitácuaro, Michoacán, y renuncian a cualquier otro fuero.",
        lead="NOVENA.",
    )
    d.p("Leído que fue, lo firman por duplicado en el lugar y fecha señalados al inicio.", gap=10)
    d.signatures(
        ("Lic. Abundio Ocampo Reyes", "Por EL GESTOR — firma y sello"),
        ("Leobardo Ríos Zamudio", "EL ASPIRANTE — firma"),
        print_box=True,
    )
    lab = label(
        "ae04.pdf",
        prog,
        "es",
        2,
        [
            fee("recruitment_fee", prog, 1, q_fee, 8500, "MXN"),
            fee("recruitment_fee", prog, 1, q_nephew, 3000, "MXN"),
            fee("visa_cost", prog, 2, q_visa, 205, "USD"),
            fee("deposit_or_bond", prog, 2, q_bond, 20000, "MXN"),
            fee("document_retention", prog, 2, q_pass),
        ],
        [
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Gestoría Laboral Tierra Caliente, S.C."],
        [
            "free housing and kitchen (h2a)",
            "inbound reimbursed, return and daily transport paid",
            "tools free",
            "workers' compensation paid by the employer",
            "complaints allowed without affecting hiring (negated blacklisting)",
        ],
        "recruiter_agreement",
        "single column; letterhead line; gridded terms table; clauses; signature block with thumbprint box",
    )
    return d, lab


# ======================================================================================
# ae05 — H-2A offer at a glance, English, compliant, payer grid
# ======================================================================================


def ae05():
    prog = "h2a"
    d = Doc(
        "DejaSans",
        base=8.8,
        band=(30, 70, 140),
        head="TAR RIVER TUBER FARMS LLC — H-2A seasonal offer 2026",
        foot="Tar River Tuber Farms · offer NC-26-2208 · page {p} of 2",
    )
    d.add_page()
    d.ttl("YOUR H-2A OFFER AT A GLANCE", size=14, color=(30, 70, 140), gap=2)
    d.p(
        "Offer to: Wilmer Ezequiel Castañeda Ortiz · Chiquimula, Guatemala · offer no. NC-26-2208 · "
        "issued February 24, 2026",
        style="B",
    )
    d.grid(
        [
            ["Term", "What we offer"],
            [
                "Employer",
                "Tar River Tuber Farms LLC, 8802 Old Spring Hope Road, Nashville, NC 27856 · (252) 555-0127",
            ],
            [
                "Job",
                "Sweet potato farmworker: transplant slips, hoe weeds, follow the digger and hand-pick "
                "potatoes into 5/8-bushel buckets, dump buckets into bins, grade in the packing house",
            ],
            [
                "Where",
                "Home farm at 8802 Old Spring Hope Road; Stony Creek fields, 1560 Red Oak Road, "
                "Nashville, NC 27856; curing house, 8840 Old Spring Hope Road",
            ],
            ["Dates", "From July 20, 2026 to November 20, 2026"],
            [
                "Hours",
                "42 hours a week: Monday to Friday 7:00 a.m. – 3:30 p.m. and Saturday 7:00 – 9:00 a.m.",
            ],
            [
                "Pay",
                "$17.96 per hour, or $0.65 per bucket picked when the bucket total for the week is higher",
            ],
            [
                "Higher rates",
                "Any higher AEWR, prevailing or minimum wage in effect is paid from its start date",
            ],
            [
                "Payday",
                "Weekly, every Friday; a pay stub lists hours offered and worked, rates, units and deductions",
            ],
            [
                "Guarantee",
                "Work for at least 3/4 of the workday hours of the season, or pay for the shortfall",
            ],
            [
                "Deductions",
                "Only taxes the law requires and the optional meal plan if you sign up for it",
            ],
            ["Housing", "Free furnished housing at 8870 Old Spring Hope Road, inspected by NCDOL"],
            [
                "Requirements",
                "Two months of row-crop harvest experience; able to lift 50 lb and work stooped",
            ],
        ],
        widths=(1, 4.2),
        bold_first_col=True,
        zebra=(240, 244, 252),
    )
    d.hd("FEES AND COSTS: WHO PAYS WHAT", color=(30, 70, 140))
    d.grid(
        [
            ["Cost", "You pay", "Employer pays", "How"],
            ["Recruitment or placement", "No", "Yes", "Nobody may ask you for money for this job"],
            ["Visa (MRV) fee", "No", "Yes", "Paid at the consulate for you"],
            ["Border crossing (I-94)", "No", "Yes", "Paid by the crew driver"],
            ["Bus to North Carolina and road meals", "No", "Yes", "Repaid in week 1 or at 50%"],
            ["Housing, power and water", "No", "Yes", "No rent and no deposit"],
            ["Kitchen to cook your own food", "No", "Yes", "Stoves, fridges and pots"],
            ["Daily ride to the fields", "No", "Yes", "Farm van, every workday"],
            ["Buckets, gloves, hoes, rain gear", "No", "Yes", "Free, no deposit"],
            ["Workers' compensation", "No", "Yes", "Policy NCF-WC-30118"],
            ["Bus home at the end", "No", "Yes", "Ticket and road meals"],
        ],
        widths=(2.4, 0.8, 1.1, 2.6),
        size=8.3,
        head_fill=(205, 218, 240),
    )

    d.add_page()
    d.hd("OPTIONAL MEAL PLAN", color=(30, 70, 140), gap_before=0)
    d.p(
        "The farm cook serves breakfast, lunch and supper for $15.20 a day, which is below the "
        "maximum meal charge the Department of Labor publishes for 2026. You may join or leave the "
        "plan at the start of any week, or cook for yourself free of charge in the kitchen."
    )
    d.hd("TRAVEL DETAILS", color=(30, 70, 140))
    d.bullets(
        [
            (
                "Coming here.",
                "We repay your bus fare from Chiquimula and your meals on the way. Whatever would "
                "take your first-week pay below the minimum wage is repaid in week 1; the rest is "
                "repaid once you finish half of the season.",
            ),
            (
                "Going home.",
                "If you finish the season, or we let you go early for no fault of yours, we buy your "
                "ticket home and pay your meals on the road.",
            ),
            (
                "Every day.",
                "The farm van leaves the housing at 6:40 a.m. and brings you back after work.",
            ),
        ]
    )
    d.hd("ENDING THE JOB", color=(30, 70, 140))
    d.p(
        "You may quit at any time without paying anything. If you miss five workdays in a row "
        "without telling us, we treat it as quitting and must report it within two working days. We "
        "may dismiss a worker only for a serious reason, such as violence or theft, explained in "
        "writing."
    )
    d.hd("IF THE WEATHER ENDS THE SEASON", color=(30, 70, 140))
    d.p(
        "If a hurricane, flood or other disaster makes the work impossible, the season can end early "
        "with the Department of Labor's approval. You still receive the guarantee up to that day "
        "and your trip home."
    )
    d.hd("YOUR RIGHTS", color=(30, 70, 140))
    d.bullets(
        [
            "Your passport stays with you. Nobody at the farm will ask to keep it.",
            "You may complain to us or to any government office, and nobody will punish you or keep "
            "you off next year's list for doing so.",
            "This offer is given to you in Spanish and English before you apply for your visa.",
            "Farm labor hotline of the U.S. Department of Labor: 1-866-487-9243.",
        ]
    )
    d.ln(4)
    d.p("Signed for the employer on February 24, 2026.")
    d.signatures(
        ("Harlan B. Strickland", "Owner, Tar River Tuber Farms LLC"),
        ("Wilmer Ezequiel Castañeda Ortiz", "Worker"),
    )
    lab = label(
        "ae05.pdf",
        prog,
        "en",
        2,
        [],
        [],
        [],
        [
            "payer grid: every cost in the 'Employer pays' column",
            "headline 'FEES AND COSTS' with no worker charge",
            "lawful optional h2a meal plan below the published cap",
            "free kitchen",
            "visa and border-crossing fees paid for the worker",
            "free housing, no deposit (h2a)",
            "quitting costs nothing (negated breach penalty)",
            "passport stays with the worker",
            "no punishment or list for complaining (negated blacklisting)",
        ],
        "offer_letter",
        "offer summary; colored header band; zebra term grid; payer grid with 'You pay' / 'Employer pays' columns",
    )
    return d, lab


# ======================================================================================
# ae06 — H-2A job order with crew-rules addendum, English
# ======================================================================================


def ae06():
    prog = "h2a"
    d = Doc(
        "LibNarrow",
        base=10.2,
        head="PINELANDS HIGHBUSH BERRY CO.  |  H-2A Job Order NJ-2026-5530",
        foot="NJ-2026-5530 — page {p} of 3",
    )
    q_train = (
        "Workers assigned to the sprayer crew must hold a pesticide handler card; the certification "
        "course is taught by an outside instructor, and its $95 cost is withheld from the worker's "
        "first paycheck."
    )
    q_move = (
        "Residents may not leave the camp after 8:00 p.m. or on Sundays unless a crew leader drives "
        "them, and no visitors are admitted."
    )
    q_quit = "A worker who walks off before the final picking day forfeits his last two weeks' pay to cover the cost of replacing him."
    q_black = (
        "Anyone who takes a complaint about wages or housing to an outside agency or legal aid "
        "office will be left off next year's recall list, and his name will be passed to the other "
        "growers in the cooperative."
    )
    d.add_page()
    d.ttl("H-2A JOB ORDER — BLUEBERRY HARVEST 2026", size=14)
    d.hd("1. Employer")
    d.p(
        "Pinelands Highbush Berry Co., 1450 Pleasant Mills Road, Hammonton, New Jersey 08037. "
        "Telephone (609) 555-0148. Contact: Nicolette Amabile, farm office."
    )
    d.hd("2. Duties")
    d.p(
        "Hand-pick ripe highbush blueberries into waist buckets, pour them into flats without "
        "crushing, and carry full flats to the weigh station at the row end. Some workers will be "
        "assigned to the sprayer crew, to mowing between rows, or to the packing line, where they "
        "sort berries and feed clamshells into the labeling machine."
    )
    d.hd("3. Requirements")
    d.p(
        "At least one season of experience hand-harvesting berries or other small fruit; able to "
        "stand and bend for a full shift in hot weather."
    )
    d.hd("4. Worksites")
    d.grid(
        [
            ["Farm", "Address"],
            ["Pleasant Mills home farm", "1450 Pleasant Mills Road, Hammonton, NJ 08037"],
            ["Nesco fields", "3021 Nesco Road, Hammonton, NJ 08037"],
            ["Elwood farm", "612 White Horse Pike, Elwood, NJ 08217"],
        ],
        widths=(1.5, 3),
    )
    d.hd("5. Dates and hours")
    d.p(
        "June 8, 2026 through August 21, 2026. Forty-five hours a week: Monday through Saturday, "
        "6:00 a.m. to 2:00 p.m., with a 30-minute unpaid lunch."
    )
    d.hd("6. Pay")
    d.p(
        "$17.21 per hour, or $4.40 per 12-pint flat when the flats picked in a week earn more. Pay "
        "day is every Friday. Each pay envelope includes an itemized statement of hours offered, "
        "hours worked, flats, rates, gross pay, deductions and net pay."
    )
    d.hd("7. Deductions")
    d.p(
        "Social Security and Medicare where required, federal and New Jersey income tax when the "
        "worker requests withholding, court-ordered payments, and other items stated in this order."
    )
    d.hd("8. Housing and meals")
    d.p(
        "Rent-free housing is provided at the Nesco camp, 3040 Nesco Road, Hammonton. The camp "
        "kitchen, with stoves, refrigerators and cookware, is free for workers to use."
    )

    d.add_page()
    d.hd("9. Transportation", gap_before=0)
    d.p(
        "Inbound travel and subsistence from the place of recruitment are reimbursed when the "
        "worker has completed half of the contract period, or in the first workweek when the "
        "minimum wage requires it. Return travel and subsistence are paid for workers who complete "
        "the contract. Free buses run between the camp and the fields each workday."
    )
    d.hd("10. Tools")
    d.p(
        "Buckets, flats, gloves, hats and sunscreen are provided at no charge and without a deposit."
    )
    d.hd("11. Workers' compensation")
    d.p(
        "Workers are insured for work injuries under a workers' compensation policy with Garden "
        "State Farm Mutual, policy GSF-7720-16."
    )
    d.hd("12. Abandonment and termination")
    d.p(
        "Failing to report for five consecutive workdays without permission is abandonment, which "
        "the employer reports to the Department of Labor and DHS within two working days. Workers "
        "may be terminated for cause after a documented warning."
    )
    d.hd("13. Training")
    d.p(
        "Pesticide safety training for all field workers is given on paid time during the first "
        "week. " + q_train
    )
    d.hd("14. Contract impossibility")
    d.p(
        "If hail, drought, fire or another Act of God makes the work impossible, the employer may "
        "end the contract early with the Certifying Officer's approval and will pay return travel "
        "and all wages earned."
    )
    d.hd("15. Recruitment and documents")
    d.p(
        "The employer pays all visa and recruitment costs, and no worker is charged to be hired. "
        "Workers keep their own passports. The attached Addendum C forms part of this job order."
    )
    d.ln(8)
    d.signatures(
        ("Nicolette Amabile", "Pinelands Highbush Berry Co."),
        ("Worker", "signature and date"),
    )

    d.add_page()
    d.ttl("ADDENDUM C — CAMP AND CREW RULES", size=13)
    d.p(
        "Issued by the camp manager. These rules apply to every resident of the Nesco camp and "
        "every member of a picking crew.",
        style="I",
    )
    d.p("Quiet hours run from 10:00 p.m. until 5:00 a.m.", lead="1.")
    d.p(q_move, lead="2.")
    d.p(
        "A free shuttle takes residents to the supermarket and laundromat in Hammonton every "
        "Wednesday evening.",
        lead="3.",
    )
    d.p("Cooking is allowed only in the camp kitchen and at the outdoor grills.", lead="4.")
    d.p(q_quit, lead="5.")
    d.p(q_black, lead="6.")
    d.p("Crew leaders assign rows each morning at the weigh station.", lead="7.")
    d.p(
        "Drinking water and shade are available at every field; take your breaks when you need them.",
        lead="8.",
    )
    d.ln(6)
    d.p("I have read these rules and agree to follow them.")
    d.signatures(("Camp manager", "Pinelands Highbush Berry Co."), ("Worker", "signature and date"))
    lab = label(
        "ae06.pdf",
        prog,
        "en",
        3,
        [
            fee("training_cost", prog, 2, q_train, 95, "USD"),
            fee("movement_restriction", prog, 3, q_move),
            fee("breach_penalty", prog, 3, q_quit),
            fee("blacklisting_threat", prog, 3, q_black),
        ],
        ["wage_adjustment", "three_fourths_guarantee"],
        [],
        [
            "'feed clamshells into the labeling machine' is a job word",
            "pesticide safety training on paid time (not a training charge)",
            "rent-free housing and free kitchen (h2a)",
            "tools free, no deposit",
            "employer pays all visa and recruitment costs",
            "free weekly shuttle to town",
            "workers keep passports",
        ],
        "job_order",
        "single column, narrow font; numbered sections; gridded worksite table; crew-rules addendum on the last page",
    )
    return d, lab


# ======================================================================================
# ae07 — H-2B handbook, English
# ======================================================================================


def ae07():
    prog = "h2b"
    d = Doc(
        "Noto",
        base=8.9,
        band=(150, 30, 30),
        head="BAYOU TECHE CRAWFISH PROCESSORS, LLC — Seasonal Employee Handbook 2026",
        foot="Handbook HB-2026 · H-2B seasonal staff · {p}",
    )
    q_house = "Company bunkhouse beds are rented to seasonal staff for $80 a week, taken out of each paycheck."
    q_meal = "A hot lunch is served in the break room every workday, and $7.50 is deducted for it each day."
    q_gear = (
        "Each peeler is issued two white smocks, a rubber apron, white boots and a weekly box of "
        "nitrile gloves; the set costs $42.00 and is recovered through payroll in the first two weeks."
    )
    q_dmg = "If a worker breaks a scale, a cooler door or a boiling basket through carelessness, the repair bill will be deducted from his wages."
    d.add_page()
    d.ttl("Welcome to the crawfish season", size=15, color=(150, 30, 30), gap=2)
    d.p(
        "This handbook explains your job, your pay and the rules of our plant and bunkhouse. Keep "
        "it with you, and ask the office if anything is unclear. A Spanish copy is available from "
        "the front desk."
    )
    d.hd("YOUR JOB AT A GLANCE", color=(150, 30, 30))
    d.grid(
        [
            ["Topic", "Details"],
            [
                "Employer",
                "Bayou Teche Crawfish Processors, LLC, 418 Cypress Island Highway, Breaux Bridge, LA 70517",
            ],
            [
                "Position",
                "Seafood processing worker (SOC 51-3022): boil, peel and devein crawfish by hand, "
                "pack tail meat in 1-lb bags, clean the line",
            ],
            [
                "Work site",
                "Processing plant at 418 Cypress Island Highway, Breaux Bridge, Louisiana",
            ],
            ["Season", "February 2, 2026 to June 30, 2026"],
            ["Hours", "40 hours a week, Monday to Friday, 6:00 a.m. to 2:30 p.m."],
            ["Pay", "$14.70 per hour, or $2.10 per pound of tail meat peeled when that is higher"],
            [
                "Pay rate changes",
                "We pay any higher prevailing or minimum wage from the day it takes effect",
            ],
            ["Payday", "Every Friday by direct deposit or check"],
            ["Deductions", "Taxes required by law, plus the items described in this handbook"],
            [
                "Guarantee",
                "Hours equal to at least three-fourths of the workdays in each 12-week period",
            ],
            [
                "Requirements",
                "No experience needed; must stand for long periods and tolerate cold, wet conditions",
            ],
        ],
        widths=(1.1, 4),
        bold_first_col=True,
        size=8.4,
    )
    d.hd("TRAVEL AND VISA COSTS", color=(150, 30, 30))
    d.p(
        "Your bus fare to Breaux Bridge and your meals on the way are repaid in your first paycheck. "
        "The visa fee and the border-crossing fee are also repaid in the first workweek. If you "
        "finish the season, or we let you go early, we pay your bus ticket home."
    )
    d.hd("TOOLS AND KNIVES", color=(150, 30, 30))
    d.p(
        "Peeling knives, deveining picks, trays and scales are supplied by the company at no cost. "
        "Please return them to the tool crib at the end of each shift."
    )
    d.hd("RETAIL COUNTER", color=(150, 30, 30))
    d.p(
        "Staff assigned to the retail counter weigh live crawfish, bag them, and collect the price "
        "and the cleaning fee from customers; the counter cash is counted with a supervisor at "
        "closing."
    )

    d.add_page()
    d.hd("HOUSING", color=(150, 30, 30), gap_before=0)
    d.p(
        "Living in the bunkhouse at 430 Cypress Island Highway is optional; you may find your own "
        "place in town. " + q_house + " Sheets and towels are washed free every Monday."
    )
    d.hd("MEALS AND BREAK ROOM", color=(150, 30, 30))
    d.p(q_meal + " Coffee and iced water are free all day in the break room.")
    d.hd("UNIFORMS AND PROTECTIVE GEAR", color=(150, 30, 30))
    d.p(q_gear + " Hair nets and beard covers are free.")
    d.hd("CARE OF COMPANY PROPERTY", color=(150, 30, 30))
    d.p(q_dmg + " Normal wear and tear is never charged.")
    d.hd("LEAVING THE JOB", color=(150, 30, 30))
    d.p(
        "If you do not come to work for five workdays in a row without calling the office, we "
        "consider that you have left the job and must notify the government within two working "
        "days. Dismissal is only for serious misconduct such as fighting, theft or drinking on the "
        "job, and always after a meeting with the plant manager."
    )
    d.hd("IF THE SEASON ENDS EARLY", color=(150, 30, 30))
    d.p(
        "If a hurricane, flood or fire closes the plant and the work becomes impossible, we may end "
        "the contract early after notifying the Department of Labor. You will receive the wages you "
        "earned, the three-fourths guarantee up to that date and your bus fare home."
    )
    d.hd("YOUR RIGHTS", color=(150, 30, 30))
    d.bullets(
        [
            "No one may charge you a fee for being hired; our recruiter is paid by the company.",
            "You keep your own passport and visa.",
            "You may report a problem to the office, to the Department of Labor or to your consulate "
            "without any punishment.",
        ]
    )

    d.add_page()
    d.hd("PLANT RULES", color=(150, 30, 30), gap_before=0)
    rules = (
        "Hygiene. Wash your hands and sanitize your boots every time you enter the peeling room. "
        "Keep nails short and remove rings and watches before your shift.\n"
        "Cold room. Never close the cooler door while someone is inside, and wear the insulated "
        "jacket hanging at the entrance when you stack sacks.\n"
        "Boiling area. Only trained boilers operate the burners; everyone else stays behind the "
        "yellow line.\n"
        "Breaks. Two paid ten-minute breaks are taken at 8:30 a.m. and 12:30 p.m.; lunch is 30 "
        "minutes.\n"
        "Phones. Phones stay in your locker during work, except for supervisors.\n"
        "Injuries. Report every cut or burn to your supervisor at once; the first-aid station is "
        "next to the time clock.\n"
        "Chemicals. Use only the labeled cleaners provided, and never mix bleach with other "
        "products.\n"
        "Lockers. Each worker gets a locker and a padlock free of charge.\n"
        "Smoking. Smoking is allowed only in the picnic area behind the loading dock.\n"
        "Questions. The office is open from 7:00 a.m. to 4:00 p.m. on workdays."
    )
    d.set_font(d.fam, "", 8.8)
    with d.text_columns(
        ncols=2, gutter=18, text_align="LEFT", line_height=1.3, balance=True
    ) as cols:
        for para in rules.split("\n"):
            head, _, body = para.partition(". ")
            with cols.paragraph(bottom_margin=5) as par:
                d.set_font(d.fam, "B", 8.8)
                par.write(head + ". ")
                d.set_font(d.fam, "", 8.8)
                par.write(body)
    d.ln(10)
    d.hd("ACKNOWLEDGMENT", color=(150, 30, 30))
    d.p("I received this handbook on the date below and had the chance to ask questions about it.")
    d.signatures(
        ("Employee", "name, signature and date"), ("Renée Guidry Broussard", "Human resources")
    )
    lab = label(
        "ae07.pdf",
        prog,
        "en",
        3,
        [
            fee("housing_charge", prog, 2, q_house, 80, "USD"),
            fee("meal_charge", prog, 2, q_meal, 7.5, "USD"),
            fee("equipment_charge", prog, 2, q_gear, 42, "USD"),
            fee("damage_chargeback", prog, 2, q_dmg),
        ],
        ["overtime", "earnings_statements"],
        [],
        [
            "'collect the price and the cleaning fee from customers' is a job duty",
            "inbound bus, visa and border-crossing fees repaid in the first week",
            "knives and tools free",
            "free coffee; free hair nets; free locker and padlock",
            "free laundry of sheets",
            "recruiter paid by the company (negated recruitment fee)",
            "worker keeps passport; no punishment for reporting",
        ],
        "handbook",
        "employee handbook; colored header band; gridded 'job at a glance' table; section headings; two-column plant rules page",
    )
    return d, lab


# ======================================================================================
# ae08 — H-2B Q&A contract, Spanish, compliant
# ======================================================================================


def ae08():
    prog = "h2b"
    d = Doc(
        "DejaCond",
        base=9.2,
        head="Saline River Timberland Services, Inc. — Contrato de trabajo H-2B · Temporada 2026-2027",
        foot="Saline River Timberland · contrato SRT-26-114 · página {p} de 2",
    )

    def qa(q, a):
        d.p(q, style="B", gap=0.5, color=(20, 80, 40))
        d.p(a, gap=3.5)

    d.add_page()
    d.ttl("SU CONTRATO EN PREGUNTAS Y RESPUESTAS", size=13.5, gap=2)
    d.grid(
        [
            ["Trabajador", "Aurelio Candelario Hernández Solís"],
            ["Puesto", "Trabajador forestal y de conservación (plantador de pino), SOC 45-4011"],
            ["Número de orden de trabajo", "H-400-26201-443918"],
        ],
        widths=(1.4, 3.6),
        header=False,
        bold_first_col=True,
    )
    qa(
        "¿Quién me contrata?",
        "Saline River Timberland Services, Inc., 205 East Cedar Street, Warren, Arkansas 71671, "
        "teléfono (870) 555-0139.",
    )
    qa(
        "¿Qué trabajo voy a hacer?",
        "Plantar a mano plántulas de pino con barra plantadora, cargar las bolsas de plántulas, "
        "limpiar el terreno de ramas y marcar las hileras. La cuota diaria de plantación (unos 1,800 "
        "árboles) es solo una meta de producción y no cambia su salario por hora.",
    )
    qa(
        "¿Dónde voy a trabajar?",
        "En terrenos de clientes de la empresa en los condados de Bradley, Drew, Ashley y Cleveland, "
        "Arkansas. La cuadrilla sale cada mañana del patio de la empresa en 205 East Cedar Street, "
        "Warren.",
    )
    qa("¿Cuándo empieza y cuándo termina?", "Del 1 de diciembre de 2026 al 15 de abril de 2027.")
    qa(
        "¿Cuál es mi horario?",
        "Cuarenta horas por semana, de lunes a viernes, de 7:00 a 15:30 horas, con media hora de comida.",
    )
    qa(
        "¿Cuánto me pagan?",
        "$17.12 por hora. Si durante la temporada se publica un salario prevaleciente o un mínimo "
        "más alto, se le paga la tarifa mayor desde su entrada en vigor.",
    )
    qa(
        "¿Hay horas extra?",
        "Sí, a veces. Cada hora después de 40 en una semana se paga a $25.68 (tiempo y medio).",
    )
    qa(
        "¿Cada cuándo me pagan?",
        "Cada viernes. Con cada pago recibe un talón que muestra las horas ofrecidas y trabajadas, "
        "la tarifa, el pago bruto, cada descuento y el pago neto.",
    )
    qa(
        "¿Qué me pueden descontar?",
        "Solo los impuestos que exige la ley y lo que usted autorice por escrito para su propio "
        "beneficio, como un envío de dinero a su familia.",
    )
    qa(
        "¿Cuánto trabajo me garantizan?",
        "Horas de trabajo iguales, por lo menos, a tres cuartas partes de los días laborables de "
        "cada periodo de 12 semanas; si se ofrecen menos, se le pagan las horas que falten.",
    )
    qa(
        "¿Qué necesito para el puesto?",
        "Tres meses de experiencia en reforestación o trabajo de campo pesado, y buena condición "
        "física para caminar en terreno irregular todo el día.",
    )

    d.add_page()
    qa(
        "¿Quién paga mi viaje de ida?",
        "La empresa. El autobús desde Monterrey y las comidas del camino se le reembolsan en la "
        "primera semana de trabajo.",
    )
    qa(
        "¿Y la visa?",
        "La empresa le devuelve en la primera semana la cuota consular de la visa y el cargo del "
        "cruce fronterizo. Usted no tiene que pagar nada por su visa.",
    )
    qa(
        "¿Quién paga el regreso?",
        "Si usted termina la temporada, o la empresa lo despide antes sin causa, se le paga el "
        "autobús de regreso a Monterrey y las comidas del camino.",
    )
    qa(
        "¿Tengo que comprar herramientas o equipo?",
        "No. Las barras plantadoras, las bolsas para plántulas, el casco y el chaleco reflejante se "
        "entregan sin costo y sin depósito.",
    )
    qa(
        "¿Dónde voy a dormir?",
        "La empresa ofrece, sin costo, habitaciones compartidas en el Pine Lodge Motel de Warren, "
        "con cocineta en cada cuarto.",
    )
    qa(
        "¿Qué pasa si renuncio o me despiden?",
        "Usted puede renunciar cuando quiera; no hay multa ni penalización. Si falta cinco días "
        "seguidos sin avisar, la empresa lo considera abandono y lo reporta al gobierno en dos días "
        "hábiles. Solo lo pueden despedir por una falta grave que se le explique por escrito.",
    )
    qa(
        "¿Y si el trabajo se vuelve imposible?",
        "Si un incendio forestal, una inundación o un huracán impide seguir trabajando, el contrato "
        "puede terminar antes con aviso al Departamento de Trabajo; usted recibe lo que ganó, la "
        "garantía hasta esa fecha y su viaje de regreso.",
    )
    qa(
        "¿Tengo que pagarle a alguien para conseguir este trabajo?",
        "No. La empresa paga la tarifa de servicio de su agencia reclutadora, Servicios de Enlace "
        "Forestal Huasteca, S.C. Si alguien le pide dinero, repórtelo al teléfono de la empresa.",
    )
    qa(
        "¿Quién guarda mi pasaporte?",
        "Usted. Nadie de la empresa puede pedirle que lo entregue.",
    )
    d.ln(6)
    d.p("Warren, Arkansas, a 5 de octubre de 2026.")
    d.signatures(
        ("Clayton R. Pennington", "Por la empresa"),
        ("Aurelio Candelario Hernández Solís", "Trabajador"),
    )
    lab = label(
        "ae08.pdf",
        prog,
        "es",
        2,
        [],
        [],
        ["Servicios de Enlace Forestal Huasteca, S.C."],
        [
            "'cuota diaria de plantación' is a production target, not a fee",
            "'tarifa de servicio' of the agency paid by the employer",
            "inbound bus and meals repaid in week 1",
            "visa and border-crossing fees repaid in week 1",
            "tools and gear free, no deposit",
            "free motel rooms",
            "no fine or penalty for quitting (negated breach penalty)",
            "worker keeps passport",
        ],
        "work_contract",
        "plain-language Q&A contract; small borderless-header info grid at top; signature block",
    )
    return d, lab


# ======================================================================================
# ae09 — H-2A recruiter letter, Spanish (Guatemala)
# ======================================================================================


def ae09():
    prog = "h2a"
    d = Doc(
        "LibSerif",
        base=10.4,
        margin=66,
        foot="Oportunidades Agrícolas del Norte Chico, S.A. — 5a. calle 3-41, zona 1, Huehuetenango — {p}",
    )
    q_fee = (
        "Para confirmar su lugar en el grupo debe cubrir la cuota de inscripción de Q3,500.00 en "
        "nuestra oficina a más tardar el 15 de junio."
    )
    q_med = (
        "El examen médico y la prueba de tuberculosis se hacen en la Clínica San Lucas, con la que "
        "tenemos convenio, y su costo de Q650 corre por su cuenta."
    )
    q_ins = (
        "Todos los trabajadores del grupo quedan inscritos en nuestro seguro de vida y accidentes de "
        "viaje; la prima, de cuatrocientos quetzales, se paga junto con la inscripción."
    )
    q_loan = (
        "Si usted no cuenta con el dinero, nuestra financiera asociada le presta la cantidad completa "
        "y el patrón le descontará 60 dólares semanales de su cheque hasta liquidar el préstamo, con "
        "un interés del 5 % mensual."
    )
    d.add_page()
    d.set_font(d.fam, "B", 15)
    d.set_text_color(0, 90, 60)
    d.cell(0, 18, "Oportunidades Agrícolas del Norte Chico, S.A.", new_x="LMARGIN", new_y="NEXT")
    d.set_font(d.fam, "I", 9)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        12,
        "Reclutamiento de personal agrícola para Estados Unidos · Tel. 7764-2290 · WhatsApp 5821-0437",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.rule(10)
    d.set_text_color(20, 20, 20)
    d.p("Huehuetenango, 28 de mayo de 2026", gap=8)
    d.p("Señor\nBaltazar Mateo Pascual\nAldea Chivacabé, Huehuetenango", gap=8)
    d.p("Estimado señor Mateo:", gap=6)
    d.p(
        "Con mucho gusto le informamos que usted fue preseleccionado para trabajar esta temporada "
        "con visa H-2A en la cosecha de chile y cebolla en el estado de Nuevo México. Los datos de "
        "la oferta aparecen en el cuadro de la página siguiente; léalos con su familia."
    )
    d.p(
        "Su expediente ya fue enviado al patrón, que es quien cubre directamente los derechos de la "
        "visa y el pasaje de avión. Sin embargo, para que podamos seguir con el proceso le pedimos "
        "atender los siguientes puntos:"
    )
    d.p(q_fee, lead="1.", indent=14)
    d.p(q_med, lead="2.", indent=14)
    d.p(
        "Presentarse el 22 de junio a las 7:00 en nuestra oficina con su pasaporte vigente, su DPI "
        "y dos fotografías, para viajar juntos a la cita en la embajada.",
        lead="3.",
        indent=14,
    )
    d.p(
        "Le recordamos que los lugares son limitados y que hay otras personas en lista de espera, "
        "por lo que le rogamos no dejar estos pagos para el último día."
    )

    d.add_page()
    d.hd("DATOS DE LA OFERTA", size=11.5, gap_before=0)
    d.grid(
        [
            [
                "Empleador",
                "Mesilla Valley Chile Growers LLC, 455 Franklin Street, Hatch, Nuevo México 87937",
            ],
            [
                "Puesto",
                "Trabajador agrícola: corte de chile verde y rojo a mano, llenado de cubetas y costales, cosecha de cebolla, carga de camiones",
            ],
            [
                "Lugar",
                "Ranchos del empleador en Hatch, Garfield y Rincón, condado de Doña Ana, Nuevo México",
            ],
            ["Temporada", "Del 10 de agosto al 20 de noviembre de 2026"],
            ["Horario", "8 horas diarias, de lunes a sábado, de 6:00 a 14:30"],
            ["Salario", "$16.22 por hora, o $1.20 por cubeta de chile cuando le resulte más"],
            ["Pago", "Cada semana, los sábados"],
            ["Descuentos", "Solo los impuestos de ley"],
            ["Vivienda", "Gratuita, en el campamento del rancho de Hatch"],
            ["Comida", "Cocina equipada, sin costo, para que cada quien prepare sus alimentos"],
            [
                "Transporte",
                "Viaje de ida reembolsado; regreso pagado; transporte diario al campo sin costo",
            ],
            ["Herramientas", "Cubetas, cuchillos y guantes los da el patrón sin costo"],
            [
                "Requisitos",
                "Experiencia mínima de un mes en cosecha de hortalizas; mayor de 18 años",
            ],
        ],
        widths=(1.1, 4),
        header=False,
        bold_first_col=True,
        size=9.4,
    )
    d.hd("OTROS GASTOS", size=11.5)
    d.p(q_ins)
    d.p(q_loan)
    d.p(
        "Cualquier duda puede consultarla en nuestra oficina de lunes a sábado, de 8:00 a 17:00 "
        "horas. Le deseamos mucho éxito en su viaje."
    )
    d.p("Atentamente,", gap=24)
    d.p("Lic. Gerardo Alvarado Recinos\nGerente de reclutamiento", style="B")
    lab = label(
        "ae09.pdf",
        prog,
        "es",
        2,
        [
            fee("recruitment_fee", prog, 1, q_fee, 3500, "GTQ"),
            fee("medical_cost", prog, 1, q_med, 650, "GTQ"),
            fee("insurance_cost", prog, 2, q_ins, 400, "GTQ"),
            fee("debt_bondage", prog, 2, q_loan, 60, "USD"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Oportunidades Agrícolas del Norte Chico, S.A."],
        [
            "visa fees and airfare paid directly by the employer",
            "free housing and kitchen (h2a)",
            "tools free",
            "inbound reimbursed, return and daily transport paid",
            "worker brings his own passport to the office (no retention)",
        ],
        "recruiter_letter",
        "letter on agency letterhead; numbered list of payments; offer box (borderless-header grid) on page 2",
    )
    return d, lab


# ======================================================================================
# ae10 — H-2A pay-deduction schedule, Spanish
# ======================================================================================


def ae10():
    prog = "h2a"
    d = Doc(
        "DejaSans",
        base=8.8,
        band=(90, 70, 30),
        head="MAYSVILLE BURLEY GROWERS LLC · Aviso de descuentos de nómina · Temporada H-2A 2026",
        foot="Aviso MBG-D-2026 · hoja {p} de 2",
        margin=46,
    )
    row_ins = ["Seguro médico complementario (obligatorio)", "$11.50", "Semanal", "Trabajador"]
    row_pass = ["Renovación de pasaporte (adelantada)", "MXN 1,690", "Una vez", "Trabajador"]
    row_bus = ["Autobús Monterrey–Maysville", "$210.00", "$35 x 6 semanas", "Trabajador"]
    row_adv = ["Adelanto en efectivo en Monterrey", "$300 + 8 %", "$50 semanal", "Trabajador"]
    d.add_page()
    d.ttl("AVISO DE DESCUENTOS DE NÓMINA Y RESUMEN DEL EMPLEO", size=12.5, gap=2)
    d.p(
        "Este aviso forma parte de la orden de trabajo KY-2026-0688 y se entrega a cada trabajador "
        "antes de su primer día de trabajo. Indica qué se descuenta del cheque, cuánto y quién paga."
    )
    d.hd("A. RESUMEN DEL EMPLEO")
    d.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Empleador",
                "Maysville Burley Growers LLC, 2210 Helena Road, Maysville, Kentucky 41056",
            ],
            [
                "Trabajo",
                "Corte y ensartado de tabaco burley en varas, carga en remolques, colgado en graneros y "
                "despalillado (separación de hojas por grado)",
            ],
            ["Lugares", "Fincas en 2210 Helena Road y 5400 Mount Gilead Road, Maysville, KY 41056"],
            ["Periodo", "Del 27 de julio al 18 de diciembre de 2026"],
            [
                "Horario",
                "45 horas por semana: lunes a viernes de 7:00 a 16:30 con media hora de comida",
            ],
            [
                "Salario",
                "$16.70 por hora; si se publica una tarifa legal mayor, se paga la mayor desde su vigencia",
            ],
            [
                "Pago",
                "Semanal, los viernes, con talón que detalla horas, tarifa, descuentos y neto",
            ],
            ["Vivienda", "Sin costo en la casa de la finca, 2230 Helena Road"],
            ["Comidas", "Cocina gratuita; plan de comidas opcional (ver tabla B)"],
            ["Transporte diario", "Camioneta de la finca, gratis, de la casa a los campos"],
            ["Regreso", "Boleto de autobús a Monterrey pagado al terminar el contrato"],
            ["Herramientas", "Cuchillos de tabaco, lanzas, varas y guantes sin costo"],
            ["Accidentes", "Seguro de compensación laboral de Kentucky a cargo del empleador"],
            [
                "Abandono",
                "Cinco días seguidos sin presentarse sin aviso; despido solo por causa justificada",
            ],
        ],
        widths=(1.2, 4.3),
        bold_first_col=True,
        size=8.2,
    )
    d.hd("B. TABLA DE DESCUENTOS")
    d.grid(
        [
            ["Concepto", "Monto", "Frecuencia", "Paga"],
            ["Impuesto federal (solo si lo pide)", "Según tabla IRS", "Semanal", "Trabajador"],
            ["Plan de comidas (opcional)", "$14.75 diarios", "Semanal", "Quien se inscriba"],
            ["Vivienda, luz y agua", "$0.00", "—", "Empleador"],
            row_ins,
            ["Visa H-2A (cuota consular)", "$205.00", "—", "Empleador"],
            row_pass,
            row_bus,
            row_adv,
            ["Herramientas y guantes", "$0.00", "—", "Empleador"],
        ],
        widths=(2.6, 1.05, 1.25, 0.95),
        size=8.2,
        zebra=(246, 242, 230),
        head_fill=(220, 205, 170),
    )

    d.add_page()
    d.hd("C. EXPLICACIONES", gap_before=0)
    d.p(
        "El plan de comidas es voluntario y su precio no rebasa el máximo diario que publica el "
        "Departamento de Trabajo para 2026. Quien no se inscriba cocina gratis en la casa.",
        lead="Comidas.",
    )
    d.p(
        "La retención federal solo se hace si el trabajador la pide por escrito en el formulario "
        "W-4; los trabajadores H-2A no pagan Seguro Social ni Medicare.",
        lead="Impuestos.",
    )
    d.p(
        "Cada descuento aparece en el talón semanal. El trabajador puede pedir en la oficina una "
        "copia de su cuenta en cualquier momento.",
        lead="Comprobantes.",
    )
    d.p(
        "Si durante la temporada cambia algún descuento, la empresa lo avisará por escrito con una "
        "semana de anticipación.",
        lead="Cambios.",
    )
    d.hd("D. REQUISITOS DEL PUESTO")
    d.p(
        "Un mes de experiencia en cultivo de tabaco u hortalizas; poder levantar y colgar varas de "
        "tabaco de 40 libras a una altura de hasta 20 pies."
    )
    d.hd("E. CONFORMIDAD")
    d.p(
        "Recibí este aviso en español, lo leí y entiendo qué descuentos se harán a mi cheque.",
    )
    d.signatures(
        ("Trabajador", "nombre, firma y fecha"),
        ("Dwight A. Coleman", "Maysville Burley Growers LLC"),
    )
    lab = label(
        "ae10.pdf",
        prog,
        "es",
        2,
        [
            fee("insurance_cost", prog, 1, " ".join(row_ins), 11.5, "USD"),
            fee("visa_cost", prog, 1, " ".join(row_pass), 1690, "MXN", passport_only=True),
            fee("travel_cost", prog, 1, " ".join(row_bus), 210, "USD"),
            fee("debt_bondage", prog, 1, " ".join(row_adv), 300, "USD"),
        ],
        ["three_fourths_guarantee", "inbound_transportation", "contract_impossibility"],
        [],
        [
            "lawful optional h2a meal plan within the published cap",
            "housing row $0.00 paid by employer",
            "consular visa row paid by the employer",
            "tools row $0.00 paid by employer",
            "voluntary federal tax withholding",
            "free kitchen and daily van",
        ],
        "deduction_schedule",
        "pay-deduction schedule; colored header band; gridded job summary; deduction grid with amount/frequency/payer columns",
    )
    return d, lab


# ======================================================================================
# ae11 — generic (Spain seasonal), Spanish, two columns, compliant
# ======================================================================================


def ae11():
    prog = "generic"
    d = Doc(
        "Noto",
        fmt="A4",
        base=10,
        head="BAYAS DEL TINTO, S.L. · CIF B21487730 · Ctra. de Mazagón km 4, 21800 Moguer (Huelva)",
        foot="Contrato de temporada 2026 — Bayas del Tinto, S.L. — pág. {p}/2",
        margin=48,
    )
    clauses = [
        (
            "PRIMERA. Partes.",
            "De una parte, Bayas del Tinto, S.L., con CIF B21487730 y domicilio en la Carretera de "
            "Mazagón km 4, 21800 Moguer (Huelva), España, representada por D.ª Inmaculada Borrero "
            "Pérez (la EMPRESA). De otra, D.ª Karla Yesenia Murillo Andino, de nacionalidad hondureña, "
            "con pasaporte G4471208 (la TRABAJADORA), contratada en origen en Choluteca, Honduras.",
        ),
        (
            "SEGUNDA. Objeto y funciones.",
            "La TRABAJADORA prestará servicios como peona agrícola en la campaña de frutos rojos: "
            "recolección de fresa y arándano en bandejas, limpieza de plantas, colocación de "
            "plásticos de túnel y apoyo en el almacén de confección.",
        ),
        (
            "TERCERA. Lugar de trabajo.",
            "Fincas de la EMPRESA en el término municipal de Moguer: finca Los Cabezos y finca El "
            "Algarrobo, y el almacén situado en la Carretera de Mazagón km 4.",
        ),
        (
            "CUARTA. Duración.",
            "Desde el 2 de febrero de 2026 hasta el 15 de junio de 2026, ambos inclusive.",
        ),
        (
            "QUINTA. Jornada.",
            "Treinta y nueve horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, con una pausa "
            "retribuida de veinte minutos.",
        ),
        (
            "SEXTA. Retribución.",
            "Salario de 9,62 euros brutos por hora, conforme al convenio colectivo del campo de "
            "Huelva, con las pagas extraordinarias prorrateadas. La nómina se abona mensualmente, "
            "por transferencia, dentro de los cinco primeros días del mes siguiente.",
        ),
        (
            "SÉPTIMA. Deducciones.",
            "De la nómina solo se deducen la cotización de la TRABAJADORA a la Seguridad Social "
            "(contingencias comunes, desempleo y formación profesional) y la retención del IRPF, en "
            "los porcentajes que fija la ley. La cuota obrera aparece detallada en cada recibo de "
            "salarios. No se descuenta ningún otro concepto.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "La EMPRESA facilita alojamiento gratuito en la finca Los Cabezos, con agua, luz y gas "
            "incluidos, en módulos de cuatro plazas con cocina y baño.",
        ),
        (
            "NOVENA. Viajes.",
            "La EMPRESA paga el billete de avión de ida desde San Pedro Sula hasta Sevilla y el "
            "traslado en autobús a Moguer, así como el billete de vuelta a Honduras al término del "
            "contrato.",
        ),
        (
            "DÉCIMA. Visado y trámites.",
            "La tasa del visado y los gastos de tramitación de la autorización de trabajo los abona "
            "la EMPRESA. Ninguna persona puede cobrar cantidad alguna a la TRABAJADORA por su "
            "selección; la agencia de colocación Enlace Laboral del Golfo de Fonseca cobra sus "
            "servicios únicamente a la EMPRESA.",
        ),
        (
            "UNDÉCIMA. Equipos de protección.",
            "Guantes, botas de agua, gorra y chubasquero se entregan gratuitamente. Si la "
            "TRABAJADORA desea ropa de trabajo adicional por gusto personal, puede adquirirla por su "
            "cuenta; no es obligatorio.",
        ),
        (
            "DUODÉCIMA. Formación.",
            "Antes de empezar recibirá un curso de prevención de riesgos laborales de cuatro horas, "
            "en horario de trabajo, retribuido y sin coste.",
        ),
        (
            "DECIMOTERCERA. Extinción.",
            "El contrato termina al concluir la campaña en la fecha indicada. La TRABAJADORA puede "
            "dimitir avisando con siete días de antelación, sin penalización alguna. La EMPRESA solo "
            "puede despedirla por las causas del artículo 54 del Estatuto de los Trabajadores, "
            "mediante carta motivada.",
        ),
        (
            "DECIMOCUARTA. Documentos.",
            "La TRABAJADORA conserva en su poder su pasaporte y su tarjeta de identidad de "
            "extranjero durante toda la campaña.",
        ),
        (
            "DECIMOQUINTA. Libertad de movimiento.",
            "Fuera de la jornada, la TRABAJADORA puede salir de la finca y recibir visitas "
            "libremente; la EMPRESA pone a su disposición un autobús gratuito a Moguer los martes y "
            "los sábados.",
        ),
        (
            "DECIMOSEXTA. Quejas.",
            "Las quejas pueden presentarse ante la EMPRESA, la Inspección de Trabajo o los "
            "sindicatos sin represalia alguna ni pérdida de la posibilidad de ser contratada en "
            "campañas futuras.",
        ),
    ]
    d.add_page()
    d.ttl(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nCAMPAÑA AGRÍCOLA DE FRUTOS ROJOS 2026",
        size=12.5,
        align="C",
    )
    d.p(
        "En Moguer, a 12 de enero de 2026, las partes reconocen su capacidad para contratar y "
        "acuerdan las siguientes cláusulas, redactadas en español, idioma de ambas partes.",
        gap=6,
    )
    first, second = clauses[:9], clauses[9:]
    for chunk, is_last in ((first, False), (second, True)):
        with d.text_columns(
            ncols=2, gutter=20, text_align="LEFT", line_height=1.3, balance=True
        ) as cols:
            for lead, body in chunk:
                with cols.paragraph(bottom_margin=6) as par:
                    d.set_font(d.fam, "B", d.base)
                    par.write(lead + " ")
                    d.set_font(d.fam, "", d.base)
                    par.write(body)
        if not is_last:
            d.add_page()
    d.ln(8)
    d.p("Y en prueba de conformidad firman ambas partes por duplicado.")
    d.signatures(
        ("Inmaculada Borrero Pérez", "Por la EMPRESA"),
        ("Karla Yesenia Murillo Andino", "La TRABAJADORA"),
    )
    lab = label(
        "ae11.pdf",
        prog,
        "es",
        2,
        [],
        [],
        ["Enlace Laboral del Golfo de Fonseca"],
        [
            "statutory Social Security contribution ('cuota obrera') is not an insurance_cost",
            "free accommodation with utilities",
            "employer pays flights both ways",
            "visa fee and permit paid by the employer; agency paid only by the employer",
            "voluntary purchase of extra clothing 'por gusto personal'",
            "paid safety course at no cost",
            "resign without penalty (negated breach penalty)",
            "worker keeps passport",
            "free to leave the farm (negated movement restriction)",
            "no loss of future hiring for complaints (negated blacklisting)",
        ],
        "work_contract",
        "A4; two-column clauses; header line; centered title; signature block",
    )
    return d, lab


# ======================================================================================
# ae12 — generic (Nepal -> Malaysia), English, scanned
# ======================================================================================


def ae12_source():
    prog = "generic"
    d = Doc("LibMono", fmt="A4", base=8.3, margin=50)
    q_fee = (
        "Before departure the Worker shall pay the Agent a service charge of NPR 1,20,000 (one lakh "
        "twenty thousand rupees) for processing his demand letter and visa."
    )
    q_med = "The cost of the FOMEMA medical examination in Malaysia, RM 207, shall be borne by the Worker and deducted from his first salary."
    q_pass = (
        "The Worker's passport shall be kept by the Employer's HR department for safekeeping "
        "throughout the contract period and returned only upon final exit."
    )
    d.add_page()
    d.ttl("EMPLOYMENT CONTRACT\n(FOREIGN WORKER - MANUFACTURING SECTOR)", size=11.5, align="C")
    d.p("Contract ref.: SRS/MY/2026/0415", gap=6)
    d.grid(
        [
            ["Party", "Particulars"],
            [
                "Employer",
                "Perkasa Glove Industries Sdn. Bhd., Lot 2217, Jalan Perindustrian 4, Kawasan "
                "Perindustrian Bukit Beruntung, 48300 Rawang, Selangor, Malaysia",
            ],
            [
                "Worker",
                "Mr. Dil Bahadur Thapa Magar, passport PA0918273, of Syangja district, Nepal",
            ],
            ["Agent", "Sagarmatha Rojgar Sewa Pvt. Ltd., Gongabu, Kathmandu (licence 1142/073/74)"],
        ],
        widths=(1, 4.3),
        size=7.8,
    )
    terms = [
        (
            "1. Position.",
            "Production operator on the glove stripping line: strip gloves from formers, pack, count and inspect them for defects.",
        ),
        ("2. Place of work.", "The Employer's factory at the address above."),
        ("3. Period.", "From 1 June 2026 to 31 May 2028."),
        (
            "4. Hours.",
            "8 hours a day, 6 days a week, with one rest day; overtime paid as provided by the Employment Act 1955.",
        ),
        (
            "5. Wages.",
            "Basic salary RM 1,700 per month, paid monthly not later than the 7th day of the following month into the Worker's bank account.",
        ),
        (
            "6. Deductions.",
            "SOCSO contribution as required by law. No other deduction shall be made without the Worker's written consent, except as stated in this contract.",
        ),
        (
            "7. Accommodation.",
            "Hostel accommodation with water and electricity is provided free of charge.",
        ),
        (
            "8. Travel.",
            "The Employer pays the air ticket from Kathmandu to Kuala Lumpur, the foreign worker levy and the work permit.",
        ),
        ("9. Recruitment.", q_fee),
        ("10. Medical.", q_med),
        ("11. Passport.", q_pass),
        ("12. Leave.", "Annual leave and sick leave as provided by the Employment Act 1955."),
        ("13. Law.", "This contract is governed by the laws of Malaysia."),
    ]
    for lead, body in terms:
        d.p(body, lead=lead, gap=3)
    d.ln(4)
    d.signatures(
        ("For the Employer", "Perkasa Glove Industries Sdn. Bhd."),
        ("Dil Bahadur Thapa Magar", "Worker"),
        print_box=True,
        size=7.8,
    )
    lab = label(
        "ae12.pdf",
        prog,
        "en",
        1,
        [
            fee("recruitment_fee", prog, 1, q_fee, 120000, "NPR"),
            fee("medical_cost", prog, 1, q_med, 207, "MYR"),
            fee("document_retention", prog, 1, q_pass),
        ],
        ["return_transportation", "termination"],
        ["Sagarmatha Rojgar Sewa Pvt. Ltd."],
        [
            "statutory SOCSO contribution (not an insurance_cost finding)",
            "free hostel accommodation",
            "employer pays air ticket, levy and work permit",
            "passport number printed in the parties table (identity, not retention)",
        ],
        "work_contract",
        "A4; typewriter font; parties table; numbered terms; thumbprint box; SCANNED image-only",
        scanned=True,
    )
    return d, lab


def scan(pdf_bytes: bytes, fmt: str, seed: int, dpi: int = 220) -> Doc:
    """Render each page, degrade it like a phone/office scan, embed as image-only pages."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    prnd = random.Random(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(orientation="P", unit="pt", format=fmt)
    out.set_creation_date(CREATED)
    out.set_creator("heldout-ae build")
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = prnd.uniform(0.35, 0.8) * (1 if i % 2 == 0 else -1)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 8.0  # greyish paper, slightly faded ink
        arr += rng.normal(0.0, 7.0, arr.shape)
        # a soft darker band near the binding edge
        ramp = np.linspace(14.0, 0.0, 60, dtype=np.float32)
        arr[:, :60] -= ramp[None, :]
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, mode="L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    src.close()
    return out


# ======================================================================================
# main
# ======================================================================================


def norm(s: str) -> str:
    return " ".join(s.split())


def verify(out: Path, labels: list[dict]) -> list[str]:
    import pdfplumber

    errors = []
    for lab in labels:
        path = out / lab["file"]
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
        if lab["scanned"]:
            if any(texts):
                errors.append(f"{lab['file']}: scanned document has a text layer")
            continue
        for f in lab["fees"]:
            q = norm(f["quote"])
            if q not in texts[f["page"] - 1]:
                where = [i + 1 for i, t in enumerate(texts) if q in t]
                errors.append(
                    f"{lab['file']}: quote not on page {f['page']} (found on {where}): {q[:70]}"
                )
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for fn in (ae01, ae02, ae03, ae04, ae05, ae06, ae07, ae08, ae09, ae10, ae11):
        doc, lab = fn()
        (out / lab["file"]).write_bytes(bytes(doc.output()))
        labels.append(lab)
    src, lab = ae12_source()
    scanned = scan(bytes(src.output()), "A4", seed=1207)
    (out / lab["file"]).write_bytes(bytes(scanned.output()))
    labels.append(lab)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    errors = verify(out, labels)
    for e in errors:
        print("VERIFY FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    n_q = sum(len(lab["fees"]) for lab in labels if not lab["scanned"])
    print(f"wrote {len(labels)} PDFs and labels.json to {out}; {n_q} quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
