"""Build the blind held-out batch "ad": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR

Written without looking at the checker. Deterministic (fixed creation dates, fixed
seeds). After writing, every fee quote on a text page is looked up (whitespace-normalized)
in pdfplumber's extract_text of its labelled page; the script exits non-zero otherwise.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

FONT_ROOT = Path("/usr/share/fonts/truetype")
FONTS = {
    "libserif": ("liberation/LiberationSerif-", "Regular", "Bold", "Italic", "BoldItalic"),
    "libsans": ("liberation/LiberationSans-", "Regular", "Bold", "Italic", "BoldItalic"),
    "libnarrow": ("liberation/LiberationSansNarrow-", "Regular", "Bold", "Italic", "BoldItalic"),
    "libmono": ("liberation/LiberationMono-", "Regular", "Bold", "Italic", "BoldItalic"),
    "dejavu": ("dejavu/DejaVuSans", "", "-Bold", "-Oblique", "-BoldOblique"),
    "dejavucond": (
        "dejavu/DejaVuSansCondensed",
        "",
        "-Bold",
        "-Oblique",
        "-BoldOblique",
    ),
    "dejavuserif": ("dejavu/DejaVuSerif", "", "-Bold", "-Italic", "-BoldItalic"),
    "notosans": ("noto/NotoSans-", "Regular", "Bold", "Italic", "BoldItalic"),
    "notoserif": ("noto/NotoSerif-", "Regular", "Bold", "Italic", "BoldItalic"),
}

TAXONOMY = [
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


def expected_severity(program: str, category: str, passport_only: bool = False) -> str:
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program != "generic":
        return "review"
    return "violation"


def norm(text: str) -> str:
    return " ".join(text.split())


class Doc(FPDF):
    """A page-building helper on top of fpdf2 that also records labelled findings."""

    def __init__(
        self,
        fmt: str = "Letter",
        fonts: tuple[str, ...] = ("libserif",),
        body: str = "libserif",
        head: str | None = None,
        size: float = 10,
        margins: tuple[float, float, float] = (20, 16, 20),
        header_text: str = "",
        footer_text: str = "",
        date: datetime | None = None,
        program: str = "generic",
    ) -> None:
        super().__init__(unit="mm", format=fmt)
        for fam in fonts:
            prefix, reg, bold, ital, bi = FONTS[fam]
            for style, suffix in (("", reg), ("B", bold), ("I", ital), ("BI", bi)):
                self.add_font(fam, style, str(FONT_ROOT / f"{prefix}{suffix}.ttf"))
        self.body = body
        self.head = head or body
        self.size = size
        self.program = program
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=20)
        self.header_text = header_text
        self.footer_text = footer_text
        self.scanned_pages: set[int] = set()
        self.page_words = ("page", "of")
        self.fees: list[dict] = []
        self.set_creation_date(date or datetime(2026, 1, 15, 9, 0, tzinfo=UTC))
        self.set_creator("word processor export")
        self.set_text_color(0, 0, 0)

    # -- page furniture -------------------------------------------------------
    def header(self) -> None:
        if self.page_no() in self.scanned_pages or not self.header_text:
            return
        self.set_font(self.head, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw, 4, self.header_text, align="R")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 12.5, self.w - self.r_margin, 12.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.page_no() in self.scanned_pages or not self.footer_text:
            return
        self.set_y(-13)
        self.set_font(self.head, "", 7.5)
        self.set_text_color(90, 90, 90)
        pg, of = self.page_words
        self.cell(0, 4, f"{self.footer_text} - {pg} {self.page_no()} {of} {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # -- text helpers -----------------------------------------------------------
    def lh(self, size: float | None = None, factor: float = 1.32) -> float:
        return (size or self.size) * 0.3528 * factor

    def p(
        self,
        text: str,
        size: float | None = None,
        style: str = "",
        align: str = "L",
        indent: float = 0,
        space: float = 1.6,
        color: tuple[int, int, int] | None = None,
        family: str | None = None,
        md: bool = False,
        width: float | None = None,
    ) -> None:
        size = size or self.size
        self.set_font(family or self.body, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            width or (self.epw - indent),
            self.lh(size),
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if color:
            self.set_text_color(0, 0, 0)
        if space:
            self.ln(space)

    def hd(
        self,
        text: str,
        size: float | None = None,
        color: tuple[int, int, int] = (0, 0, 0),
        space_before: float = 2.0,
        space_after: float = 1.2,
        align: str = "L",
        style: str = "B",
    ) -> None:
        size = size or self.size + 1.5
        if self.get_y() > self.h_limit() - 18:
            self.add_page()
        self.ln(space_before)
        self.set_font(self.head, style, size)
        self.set_text_color(*color)
        self.multi_cell(
            self.epw, self.lh(size, 1.25), text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(space_after)

    def h_limit(self) -> float:
        return self.h - self.b_margin

    def bullets(
        self,
        items: list[str],
        mark: str = "\u2022",
        indent: float = 3,
        size: float | None = None,
        md: bool = False,
        space: float = 0.8,
    ) -> None:
        size = size or self.size
        for item in items:
            self.set_font(self.body, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(5, self.lh(size), mark)
            self.multi_cell(
                self.epw - indent - 5,
                self.lh(size),
                item,
                align="L",
                markdown=md,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(space)
        self.ln(0.8)

    def band(
        self,
        title: str,
        sub: str = "",
        fill: tuple[int, int, int] = (30, 70, 50),
        size: float = 14,
        full_width: bool = False,
    ) -> None:
        y = self.get_y()
        x = 0 if full_width else self.l_margin
        w = self.w if full_width else self.epw
        self.set_font(self.head, "B", size)
        lines = self.multi_cell(w - 8, self.lh(size, 1.2), title, dry_run=True, output="LINES")
        hgt = 4 + len(lines) * self.lh(size, 1.2)
        if sub:
            self.set_font(self.head, "", size * 0.62)
            sub_lines = self.multi_cell(
                w - 8, self.lh(size * 0.62), sub, dry_run=True, output="LINES"
            )
            hgt += len(sub_lines) * self.lh(size * 0.62) + 1
            self.set_font(self.head, "B", size)
        self.set_fill_color(*fill)
        self.rect(x, y, w, hgt, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(x + 4, y + 2)
        self.multi_cell(w - 8, self.lh(size, 1.2), title, align="L", new_x=XPos.LEFT)
        if sub:
            self.set_font(self.head, "", size * 0.62)
            self.set_x(x + 4)
            self.multi_cell(w - 8, self.lh(size * 0.62), sub, align="L")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + hgt + 3)

    def grid(
        self,
        rows: list[list[str]],
        widths: tuple[float, ...],
        size: float | None = None,
        heading: bool = True,
        head_fill: tuple[int, int, int] = (225, 225, 225),
        borders: str = "ALL",
        md: bool = False,
        zebra: tuple[int, int, int] | None = None,
        family: str | None = None,
        space: float = 2.5,
        align: str = "LEFT",
    ) -> None:
        size = size or self.size - 0.5
        self.set_font(family or self.body, "", size)
        self.set_fill_color(255, 255, 255)
        scale = min(1.0, (self.epw - 0.01) / sum(widths))
        widths = tuple(w * scale for w in widths)
        with self.table(
            width=sum(widths),
            col_widths=widths,
            text_align=align,
            v_align="TOP",
            borders_layout=borders,
            line_height=self.lh(size, 1.25),
            first_row_as_headings=heading,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            cell_fill_color=zebra,
            cell_fill_mode="ROWS" if zebra else "NONE",
            padding=1.2,
            markdown=md,
            align="LEFT",
        ) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.ln(space)

    def fee(
        self,
        category: str,
        quote: str,
        amount: float | None = None,
        currency: str | None = None,
        group: int | None = None,
        page: int | None = None,
        passport_only: bool = False,
    ) -> None:
        assert category in TAXONOMY, category
        item = {
            "category": category,
            "severity": expected_severity(self.program, category, passport_only),
            "page": page or self.page_no(),
            "amount": None if amount is None else float(amount),
            "currency": currency,
            "quote": quote,
        }
        if group is not None:
            item["group"] = group
        self.fees.append(item)

    def signature(self, labels: list[str], size: float | None = None, gap: float = 14) -> None:
        size = size or self.size - 1
        if self.get_y() > self.h_limit() - gap - 12:
            self.add_page()
        n = len(labels)
        colw = self.epw / n
        y = self.get_y() + gap
        self.set_draw_color(60, 60, 60)
        self.set_font(self.body, "", size)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * colw
            self.line(x + 2, y, x + colw - 6, y)
            self.set_xy(x + 2, y + 1)
            self.multi_cell(colw - 8, self.lh(size), lab, align="L")
        self.set_xy(self.l_margin, y + 12)

    def scanned_page(self, draw, seed: int, angle: float, dpi: int = 200) -> None:
        """Render `draw` onto a separate page, degrade it, embed it as an image-only page."""
        src = Doc(
            fmt=(self.w, self.h),
            fonts=("libmono", "libserif", "libsans"),
            body="libmono",
            head="libsans",
            size=10,
            margins=(22, 18, 22),
        )
        src.set_auto_page_break(False)
        src.add_page()
        draw(src)
        data = bytes(src.output())
        pdf = pdfium.PdfDocument(data)
        page = pdf[0]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        pdf.close()
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=246)
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        arr = np.asarray(img).astype(np.float64)
        rng = np.random.default_rng(seed)
        hgt, wid = arr.shape
        shade = np.linspace(0, 14, wid)[None, :] + np.linspace(0, 8, hgt)[:, None]
        arr = arr * 0.9 + 16 - shade + rng.normal(0, 6.5, arr.shape)
        specks = rng.random(arr.shape) < 0.0004
        arr[specks] = 60
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        out.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        self.scanned_pages.add(self.page_no() + 1)
        self.add_page()
        self.image(buf, x=0, y=0, w=self.w, h=self.h)


def row_text(cells: list[str]) -> str:
    return " ".join(cells)


DATE = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------------------
# ad01 - H-2A job order, English, fully compliant, numbered sections + worksite grid
# ---------------------------------------------------------------------------------------
def ad01() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("libserif", "libsans"),
        body="libserif",
        head="libsans",
        size=10,
        header_text="Tattnall Ridge Produce, LLP - Clearance order GA-2026-11482",
        footer_text="H-2A job order GA-2026-11482 - worker's copy",
        date=datetime(2026, 2, 3, 14, 5, tzinfo=UTC),
        program="h2a",
    )
    d.set_title("H-2A job order GA-2026-11482")
    d.set_author("Tattnall Ridge Produce, LLP")
    d.add_page()
    d.band(
        "H-2A JOB ORDER AND WORK CONTRACT - SWEET ONION AND SWEET POTATO SEASON 2026",
        "Tattnall Ridge Produce, LLP  |  Clearance order GA-2026-11482  |  "
        "Filed with the Georgia Department of Labor, Agricultural Services",
        fill=(34, 84, 61),
        size=13,
    )
    green = (34, 84, 61)

    d.hd("1. Employer", color=green)
    d.p(
        "Tattnall Ridge Produce, LLP, 4417 Old Collins Highway, Reidsville, Georgia 30453. "
        "Telephone (912) 555-0186. The person responsible for this order is Marisol "
        "Ketchum-Durden, Payroll and Compliance Manager."
    )
    d.hd("2. Job offered and duties", color=green)
    d.p(
        "Job title: Farmworker, crop (SOC 45-2092). Number of workers requested: 64. Workers "
        "transplant onion seedlings by hand, hoe and pull weeds, clip the tops and roots of "
        "sweet onions with shears, fill and tie 50-pound mesh sacks, and load the sacks onto "
        "trailers. Late in the season crews work at the packing shed, where they grade onions "
        "on a conveyor, remove culls and feed empty crates into the stacker. From early July "
        "some crews hand-harvest sweet potatoes behind the digger and fill field bins."
    )
    d.hd("3. Who may apply", color=green)
    d.p(
        "Applicants need three months of experience hand-harvesting vegetables within the "
        "last two years, which may be shown by a reference from a past employer. They must be "
        "able to lift and carry 50-pound sacks many times a day and to stand and bend for long "
        "periods outdoors in heat and rain. No diploma, certificate, test or knowledge of "
        "English is required, and no applicant pays for an interview or a test."
    )
    d.hd("4. Period of employment", color=green)
    d.p(
        "Work begins on April 6, 2026 and ends on July 17, 2026. A worker who arrives after "
        "the first day is employed from the day of arrival."
    )
    d.hd("5. Hours of work", color=green)
    d.p(
        "The normal week is 40 hours: Monday through Friday from 7:00 a.m. to 3:30 p.m., with "
        "30 unpaid minutes for lunch. During peak harvest Saturday work from 7:00 a.m. to noon "
        "may be offered. Nobody is required to work on his or her religious day of rest or on "
        "July 4."
    )
    d.hd("6. Places of employment", color=green)
    d.grid(
        [
            ["Site", "Address", "Crop or task"],
            [
                "Home farm and packing shed",
                "4417 Old Collins Highway, Reidsville, GA 30453",
                "Onions; grading",
            ],
            ["Ohoopee River tract", "2900 Bull Creek Road, Glennville, GA 30427", "Onions"],
            ["Cobbtown tract", "118 Lotts Creek Church Road, Cobbtown, GA 30420", "Sweet potatoes"],
        ],
        (52, 85, 39),
        size=9,
        head_fill=(214, 232, 220),
    )
    d.hd("7. Wages and pay", color=green)
    d.p(
        "The employer pays $15.41 per hour. During the onion harvest a worker may instead earn "
        "$1.05 for each 50-pound sack filled, clipped and tied; whenever piece earnings for a "
        "pay period come to less than the hourly rate times the hours worked, the employer "
        "makes up the difference."
    )
    d.p(
        "The employer will pay at least the highest of the Adverse Effect Wage Rate, the "
        "prevailing wage, any agreed collective bargaining rate, and the federal or Georgia "
        "minimum wage in effect when the work is done. If any of these rises above $15.41 "
        "during the season, the higher rate is paid from the date it takes effect."
    )
    d.p(
        "Payday is every Friday, for the workweek that ended the Sunday before. Wages are paid "
        "by check or, if the worker prefers, onto a pay card that can be used without charge "
        "at any bank in Reidsville."
    )
    d.p(
        "With every payment the worker receives a written statement showing the hours offered, "
        "the hours actually worked, the number of sacks, the rates of pay, total earnings, each "
        "deduction and the net amount, together with the employer's name, address and FEIN."
    )
    d.p(
        "The only deductions made are: federal and Georgia income tax, withheld only when the "
        "worker asks for it in writing; garnishments ordered by a court; and voluntary "
        "purchases that a worker authorizes in writing for his or her own benefit, such as a "
        "prepaid phone card bought at the camp store. No deduction is ever made for housing, "
        "tools, transportation, visas or recruitment."
    )
    d.hd("8. Three-fourths guarantee", color=green)
    d.p(
        "The employer guarantees to offer each worker employment for a total number of hours "
        "equal to at least three-fourths of the workdays of the contract period. With the "
        "40-hour normal week this means at least 450 hours. If the employer offers fewer hours, "
        "it pays the worker what he or she would have earned for the hours missing."
    )
    d.hd("9. Housing", color=green)
    d.p(
        "Housing is provided free of charge at Tattnall Ridge Camp, 4550 Old Collins Highway, "
        "Reidsville, Georgia 30453, which meets the applicable federal and state standards and "
        "was inspected on March 18, 2026. Rent, electricity, water, propane and bedding cost "
        "the worker nothing, and no deposit of any kind is collected. Each room has four single "
        "beds and a locker with a lock for every resident; washing machines may be used at no "
        "cost."
    )
    d.hd("10. Meals", color=green)
    d.p(
        "Each worker chooses one of two options and may switch at the start of any week. "
        "(a) Three meals a day prepared by the camp cook, at a charge of $15.80 per day, which "
        "is below the maximum meal charge published by the U.S. Department of Labor. (b) "
        "Cooking for oneself in the camp kitchen, which has stoves, refrigerators, sinks and "
        "cookware, free of charge."
    )
    d.hd("11. Transportation", color=green)
    d.p(
        "Trip to the job. Workers are recruited in Monterrey, Nuevo Leon. The employer buys "
        "the bus ticket from Monterrey to Reidsville in advance, pays the visa issuance fee "
        "directly to the consulate, and hands each worker a meal allowance of $15.80 for each "
        "day of travel before departure. If a worker nonetheless spent his or her own money on "
        "any of these costs, the employer repays it in full with the first weekly paycheck."
    )
    d.p(
        "Trip home. A worker who completes the contract, or whose job the employer ends early "
        "for a reason other than cause, receives a paid bus ticket back to Monterrey and the "
        "same daily meal allowance."
    )
    d.p(
        "Daily transportation. Every workday, company buses driven by licensed drivers carry "
        "workers free of charge between the camp and each field and back."
    )
    d.hd("12. Tools and equipment", color=green)
    d.p(
        "The employer provides, without charge and without deposit, every tool and supply the "
        "work requires: clipping shears, hoes, harvest buckets, sacks, gloves, rain ponchos and "
        "sun hats. Normal wear and tear of tools is never charged to workers."
    )
    d.hd("13. Workers' compensation", color=green)
    d.p(
        "From the first day, all workers are covered by workers' compensation insurance with "
        "Peach State Mutual Casualty Company, policy WC-GA-558201, paid entirely by the "
        "employer. Injuries must be reported to the crew leader at once; the employer arranges "
        "transport to a clinic."
    )
    d.hd("14. Recruitment", color=green)
    d.p(
        "The employer recruits in Mexico through Enlace Campesino del Noreste, S.C., Av. "
        "Constitucion 1840, Monterrey, N.L., under a written agreement that forbids the "
        "recruiter, its staff and any sub-agent to charge workers anything. Every service fee "
        "of the recruiter is paid by Tattnall Ridge Produce. No person may ask a worker for "
        "money, a gift or unpaid work in exchange for a job, a place on the list or a better "
        "crew; a worker who is asked should call the employer at (912) 555-0186 or the U.S. "
        "Department of Labor at 1-866-487-9243."
    )
    d.hd("15. Workers' rights at the camp and at work", color=green)
    d.bullets(
        [
            "Workers keep their own passports, visas and identity papers at all times. The "
            "office only photocopies them for the employment records and hands them back the "
            "same day.",
            "Residents are free to leave the camp after work and on days off, and to receive "
            "visitors in the common areas.",
            "The employer will not discipline, dismiss, blacklist or refuse to rehire anyone "
            "for filing a complaint, speaking with a lawyer, a union or an outreach worker, or "
            "testifying in any proceeding.",
            "Coffee, ice and drinking water are available at every field at no cost.",
        ]
    )
    d.hd("16. Abandonment and termination", color=green)
    d.p(
        "A worker who fails to report for work for five consecutive working days without the "
        "employer's consent will be considered to have voluntarily abandoned the job, and the "
        "employer will notify the Department of Labor and the Department of Homeland Security "
        "in writing within two working days. A worker who abandons the job or is dismissed for "
        "cause loses the three-fourths guarantee and the paid trip home. Except for violence or "
        "theft, a dismissal for cause is preceded by a written warning."
    )
    d.hd("17. If the work becomes impossible", color=green)
    d.p(
        "If fire, flood, hurricane, freeze or another Act of God makes it impossible to "
        "continue the work, and the Certifying Officer agrees, the employer may end this "
        "contract early. In that case the employer pays the three-fourths guarantee for the "
        "period from the first workday to the termination date, pays the trip home or to the "
        "worker's next H-2A employer, and makes efforts to transfer the worker to other "
        "comparable work."
    )
    d.hd("18. Copies", color=green)
    d.p(
        "Every worker receives this contract in Spanish before the consular interview, and in "
        "English on request."
    )
    d.signature(
        [
            "For the employer: Marisol Ketchum-Durden, Payroll and Compliance Manager",
            "Worker's name and signature",
        ]
    )
    meta = {
        "file": "ad01.pdf",
        "program": "h2a",
        "language": "en",
        "missing_terms": [],
        "recruiters": ["Enlace Campesino del Noreste, S.C."],
        "traps": [
            "'feed empty crates into the stacker' is a job word, not a fee",
            "no applicant pays for an interview or a test (negated training/recruitment cost)",
            "pay card usable without charge",
            "voluntary phone-card purchase authorized in writing (not a finding)",
            "no deduction for housing, tools, transportation, visas or recruitment",
            "housing free, no deposit of any kind",
            "lawful h2a meal charge of $15.80/day, below the published cap, with free kitchen option",
            "employer buys bus ticket and pays visa fee; repays anything the worker spent",
            "tools free, no deposit; wear and tear never charged",
            "workers' compensation paid entirely by employer",
            "recruiter's service fees paid by the employer; sub-agents forbidden to charge",
            "workers keep passports (negated document retention)",
            "residents free to leave camp (negated movement restriction)",
            "no blacklisting for complaints (negated)",
            "'coffee' contains 'fee'",
        ],
        "doc_type": "job_order",
        "layout": "Letter; full-width colored title band; numbered section headings; gridded worksite table; bulleted rights list; signature lines",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad02 - H-2A recruiter agreement, Spanish (Sinaloa -> Washington), numbered clauses
# ---------------------------------------------------------------------------------------
def ad02() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("dejavuserif", "dejavu"),
        body="dejavuserif",
        head="dejavuserif",
        size=9.5,
        margins=(24, 18, 24),
        footer_text="Gestoría Migratoria Valle del Fuerte, S.C. - contrato GMVF-H2A-0611",
        date=datetime(2026, 6, 3, 17, 42, tzinfo=UTC),
        program="h2a",
    )
    d.page_words = ("página", "de")
    d.set_title("Contrato de prestación de servicios de gestoría")
    d.set_author("Gestoría Migratoria Valle del Fuerte, S.C.")
    d.add_page()
    d.p(
        "Gestoría Migratoria Valle del Fuerte, S.C.",
        size=12,
        style="B",
        align="C",
        space=0,
        family="dejavu",
    )
    d.p(
        "Boulevard Rosendo G. Castro 1422, colonia Centro, Los Mochis, Sinaloa  ·  Tel. 668 555 0931",
        size=8,
        align="C",
        space=4,
        family="dejavu",
    )
    d.p(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL AGRÍCOLA EN LOS "
        "ESTADOS UNIDOS DE AMÉRICA (VISA H-2A)",
        size=10.5,
        style="B",
        align="C",
        space=3,
    )
    d.p(
        "Que celebran, por una parte, Gestoría Migratoria Valle del Fuerte, S.C., representada "
        "por su gerente, el C. Héctor Manuel Beltrán Ochoa, a quien en lo sucesivo se "
        "denominará LA GESTORÍA, y por la otra el C. Jesús Alberto Quiñónez Valenzuela, con "
        "domicilio conocido en el Ejido 5 de Mayo, municipio de Ahome, Sinaloa, a quien se "
        "denominará EL TRABAJADOR, al tenor de las siguientes declaraciones y cláusulas.",
        align="J",
    )
    d.p("DECLARACIONES", style="B", align="C", space=1)
    d.p(
        "I. Declara LA GESTORÍA que cuenta con una oferta de empleo de Columbia Bend Orchards, "
        "Inc., con domicilio en 1190 Paradise Hill Road, Brewster, Washington 98812, Estados "
        "Unidos (en adelante EL PATRÓN), para la pizca de manzana y pera de la temporada 2026, "
        "y que conoce las condiciones de dicha oferta.",
        align="J",
    )
    d.p(
        "II. Declara EL TRABAJADOR que tiene experiencia en la cosecha de fruta, que cuenta con "
        "pasaporte vigente y que desea participar en el proceso de selección.",
        align="J",
    )
    d.p("CLÁUSULAS", style="B", align="C", space=1)
    d.p(
        "PRIMERA. Objeto. LA GESTORÍA integrará el expediente de EL TRABAJADOR, lo presentará "
        "a EL PATRÓN y lo acompañará a su cita en el consulado de los Estados Unidos en "
        "Hermosillo, Sonora.",
        align="J",
    )
    d.p(
        "SEGUNDA. Condiciones del empleo. Las condiciones que ofrece EL PATRÓN son las siguientes:",
        align="J",
    )
    d.grid(
        [
            ["Concepto", "Condición"],
            ["Patrón", "Columbia Bend Orchards, Inc., 1190 Paradise Hill Road, Brewster, WA 98812"],
            [
                "Puesto y labores",
                "Trabajador agrícola (pizcador): cosechar manzana y pera con escalera y bolsa "
                "de pizca, vaciar la fruta en cajones de madera, y ayudar en el aclareo y la "
                "poda ligera.",
            ],
            [
                "Lugar de trabajo",
                "Huertas de EL PATRÓN en Brewster y Pateros, condado de Okanogan, Washington",
            ],
            ["Periodo", "Del 10 de agosto al 30 de octubre de 2026"],
            [
                "Jornada",
                "De lunes a sábado, de 6:30 a 15:00 horas, con media hora para comer (48 horas por semana)",
            ],
            [
                "Salario",
                "USD 19.82 por hora, o USD 32.00 por cajón de manzana cuando resulte mayor",
            ],
            [
                "Ajuste salarial",
                "EL PATRÓN pagará siempre la tarifa más alta entre la AEWR, el salario "
                "prevaleciente y el mínimo del estado de Washington, incluidos los aumentos "
                "que se publiquen durante la temporada",
            ],
            ["Día de pago", "Cada semana, los jueves"],
            [
                "Descuentos",
                "Impuesto federal solo si EL TRABAJADOR lo pide por escrito; pensión "
                "alimenticia ordenada por un juez",
            ],
            ["Requisitos", "Un año de experiencia en pizca con escalera; poder cargar 25 kg"],
            ["Vivienda", "Gratuita, en el campamento de EL PATRÓN, 54 Orchard Camp Lane, Brewster"],
            ["Alimentos", "Cocina equipada sin costo para que cada trabajador prepare sus comidas"],
            [
                "Viaje de ida",
                "EL PATRÓN paga el autobús de Los Mochis a Brewster y los alimentos del camino",
            ],
            ["Viaje de regreso", "Pagado por EL PATRÓN al terminar el contrato"],
            ["Transporte diario", "Gratuito, del campamento a las huertas y de regreso"],
            ["Herramientas", "Escaleras, bolsas de pizca y guantes, sin costo para EL TRABAJADOR"],
        ],
        (38, 130),
        size=8.5,
        head_fill=(230, 230, 230),
    )
    d.p(
        "TERCERA. Abandono y despido. Si EL TRABAJADOR deja de presentarse a trabajar cinco "
        "días hábiles seguidos sin permiso, EL PATRÓN lo dará de baja por abandono y avisará a "
        "las autoridades de ambos países. EL PATRÓN podrá despedirlo por causa justificada, "
        "previa amonestación por escrito.",
        align="J",
    )
    q_fee = (
        "No obstante, por concepto de apoyo para el trámite, EL TRABAJADOR depositará la "
        "cantidad de nueve mil ochocientos pesos 00/100 M.N. en la cuenta de la señora Rosa "
        "Elvira Beltrán Ochoa, hermana del gerente, a más tardar el día de la entrevista."
    )
    d.p(
        "CUARTA. Honorarios. LA GESTORÍA no cobra comisión por la colocación, ya que sus "
        "honorarios los cubre EL PATRÓN. " + q_fee,
        align="J",
    )
    d.fee("recruitment_fee", q_fee, 9800, "MXN")
    q_visa = (
        "El derecho de visa, de 205 dólares, lo cubre EL TRABAJADOR en el banco antes de su "
        "cita consular, y no le será reembolsado."
    )
    d.p("QUINTA. Visa. " + q_visa, align="J")
    d.fee("visa_cost", q_visa, 205, "USD")
    q_bond = (
        "Para asegurar que cumplirá la temporada completa, EL TRABAJADOR firmará en esta fecha "
        "un pagaré en blanco a favor de LA GESTORÍA, que le será devuelto cuando regrese a Los "
        "Mochis."
    )
    d.p("SEXTA. Garantía. " + q_bond, align="J")
    d.fee("deposit_or_bond", q_bond)
    q_pen = (
        "Si EL TRABAJADOR regresa a México antes de que termine la temporada sin causa "
        "justificada, pagará a LA GESTORÍA una pena convencional equivalente a dos semanas de "
        "salario."
    )
    d.p("SÉPTIMA. Pena convencional. " + q_pen, align="J")
    d.fee("breach_penalty", q_pen)
    d.p(
        "OCTAVA. Documentos. EL TRABAJADOR conservará en todo momento su pasaporte, su visa y "
        "su credencial para votar; LA GESTORÍA solo sacará copias para el expediente.",
        align="J",
    )
    d.p(
        "NOVENA. Quejas. EL TRABAJADOR podrá acudir al consulado o a la Secretaría del Trabajo "
        "con cualquier queja, sin que eso afecte su contratación en temporadas futuras.",
        align="J",
    )
    d.p(
        "DÉCIMA. Jurisdicción. Para la interpretación y cumplimiento de este contrato, las "
        "partes se someten a los tribunales de Los Mochis, Sinaloa, y renuncian a cualquier "
        "otro fuero que pudiera corresponderles.",
        align="J",
    )
    d.p(
        "Leído que fue el presente contrato y enteradas las partes de su contenido, lo firman "
        "en Los Mochis, Sinaloa, a 3 de junio de 2026.",
        align="J",
    )
    d.signature(
        [
            "LA GESTORÍA\nHéctor Manuel Beltrán Ochoa, gerente",
            "EL TRABAJADOR\nJesús Alberto Quiñónez Valenzuela",
        ]
    )
    meta = {
        "file": "ad02.pdf",
        "program": "h2a",
        "language": "es",
        "missing_terms": [
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Gestoría Migratoria Valle del Fuerte, S.C."],
        "traps": [
            "'no cobra comisión por la colocación' (negated) right before a euphemistic 'apoyo para el trámite' fee",
            "fee paid into the account of the manager's sister (relative), amount in words",
            "pagaré en blanco: bond without an amount",
            "penalty given as 'dos semanas de salario' (no currency amount)",
            "free housing and free kitchen (h2a)",
            "bus Los Mochis-Brewster paid by employer",
            "tools free",
            "worker keeps passport (negated retention)",
            "complaints allowed without affecting future hiring (negated blacklisting)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "Letter; centered letterhead; declarations and numbered cláusulas (PRIMERA...); gridded two-column conditions table; signature lines",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad03 - H-2A work contract + camp rules addendum, English and Spanish stacked
# ---------------------------------------------------------------------------------------
def ad03() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("notosans",),
        body="notosans",
        head="notosans",
        size=8.8,
        margins=(18, 16, 18),
        header_text="Blue Heron Berry Farms, Inc. - 2026 H-2A contract / contrato H-2A 2026",
        footer_text="Blue Heron Berry Farms - worker copy / copia del trabajador",
        date=datetime(2026, 4, 21, 11, 20, tzinfo=UTC),
        program="h2a",
    )
    d.page_words = ("page / página", "of / de")
    d.set_title("H-2A work contract and camp rules - Blue Heron Berry Farms")
    d.set_author("Blue Heron Berry Farms, Inc.")
    d.add_page()
    blue = (28, 60, 110)
    grey = (70, 70, 70)
    d.band(
        "WORK CONTRACT - H-2A TEMPORARY AGRICULTURAL EMPLOYMENT\nCONTRATO DE TRABAJO - EMPLEO AGRÍCOLA TEMPORAL H-2A",
        "Season / Temporada 2026  ·  Blueberries and sweet potatoes / Arándanos y camote",
        fill=blue,
        size=12,
    )
    d.p(
        "Each clause is written first in English and then in Spanish. Both versions have the "
        "same value. / Cada cláusula aparece primero en inglés y luego en español. Las dos "
        "versiones valen lo mismo.",
        size=8,
        color=grey,
        space=2,
    )

    def clause(title: str, en: str, es: str) -> None:
        d.hd(title, size=9.5, color=blue, space_before=1.2, space_after=0.6)
        d.p(en, space=0.6)
        d.p(es, style="I", color=grey, space=1.2)

    clause(
        "1. Employer / Empleador",
        "Blue Heron Berry Farms, Inc., 3120 Taylors Bridge Highway, Clinton, North Carolina "
        "28328; telephone (910) 555-0147.",
        "Blue Heron Berry Farms, Inc., 3120 Taylors Bridge Highway, Clinton, Carolina del Norte "
        "28328; teléfono (910) 555-0147.",
    )
    clause(
        "2. Job and duties / Trabajo y labores",
        "Farmworker (SOC 45-2092). Hand-pick blueberries into buckets, empty them into flats "
        "and carry the flats to the trailer; from late August, pick up sweet potatoes behind "
        "the digger and fill bins.",
        "Trabajador agrícola (SOC 45-2092). Cosechar arándanos a mano en cubetas, vaciarlos en "
        "charolas y llevar las charolas al remolque; desde fines de agosto, recoger camote "
        "detrás de la excavadora y llenar cajones.",
    )
    clause(
        "3. Requirements / Requisitos",
        "At least one month of hand-harvest experience in fruit or vegetables, and the ability "
        "to lift 40 pounds.",
        "Por lo menos un mes de experiencia en cosecha manual de fruta o verdura, y poder "
        "levantar 40 libras.",
    )
    clause(
        "4. Dates / Fechas",
        "From May 18, 2026 to September 25, 2026.",
        "Del 18 de mayo de 2026 al 25 de septiembre de 2026.",
    )
    clause(
        "5. Hours / Horario",
        "40 hours per week, Monday to Saturday, from 6:00 a.m. to 1:30 p.m. with a 20-minute "
        "break.",
        "40 horas por semana, de lunes a sábado, de 6:00 a.m. a 1:30 p.m. con un descanso de "
        "20 minutos.",
    )
    clause(
        "6. Worksites / Lugares de trabajo",
        "The home farm at the address above, and the Ingold tract at 455 Ingold Road, Garland, "
        "North Carolina 28441.",
        "La granja principal en la dirección de arriba, y el terreno Ingold en 455 Ingold Road, "
        "Garland, Carolina del Norte 28441.",
    )
    clause(
        "7. Pay / Pago",
        "$15.68 per hour, paid every Friday by check. Each check comes with a stub listing the "
        "hours offered and worked, the rate, gross pay, every deduction and net pay.",
        "$15.68 por hora, pagados cada viernes con cheque. Cada cheque trae un talón con las "
        "horas ofrecidas y trabajadas, la tarifa, el pago bruto, cada descuento y el pago neto.",
    )
    clause(
        "8. Deductions / Descuentos",
        "Federal income tax if the worker asks for it, and the camp charges set out in Addendum A.",
        "El impuesto federal si el trabajador lo pide, y los cargos del campamento que aparecen "
        "en el Anexo A.",
    )
    clause(
        "9. Work guarantee / Garantía de trabajo",
        "The employer guarantees to offer work for at least three-fourths of the workdays of "
        "the contract period; any shortfall is paid to the worker.",
        "El empleador garantiza ofrecer trabajo por lo menos durante tres cuartas partes de los "
        "días hábiles del contrato; lo que falte se le paga al trabajador.",
    )
    clause(
        "10. Housing and meals / Vivienda y comidas",
        "Workers live at Blue Heron Camp, 3200 Taylors Bridge Highway, Clinton, North Carolina. "
        "Meals are served in the camp dining hall. The camp rules and charges are in Addendum A.",
        "Los trabajadores viven en el Campamento Blue Heron, 3200 Taylors Bridge Highway, "
        "Clinton, Carolina del Norte. Las comidas se sirven en el comedor del campamento. Las "
        "reglas y los cargos del campamento están en el Anexo A.",
    )
    clause(
        "11. Travel / Viaje",
        "The employer pays the bus from Matehuala, San Luis Potosí, to Clinton and the meals "
        "on the road, or repays the worker in the first week. At the end of the contract the "
        "employer pays the trip back to Matehuala.",
        "El empleador paga el autobús de Matehuala, San Luis Potosí, a Clinton y las comidas "
        "del camino, o se los reembolsa al trabajador en la primera semana. Al terminar el "
        "contrato, el empleador paga el viaje de regreso a Matehuala.",
    )
    clause(
        "12. Tools / Herramientas",
        "Picking buckets, belts and flats are provided free of charge.",
        "Las cubetas, los cinturones y las charolas se entregan sin costo.",
    )
    clause(
        "13. Injuries / Accidentes",
        "The employer carries workers' compensation insurance with Tar Heel Farm Mutual, "
        "policy 44-WC-90137.",
        "El empleador tiene seguro de compensación para trabajadores con Tar Heel Farm Mutual, "
        "póliza 44-WC-90137.",
    )
    clause(
        "14. Abandonment and dismissal / Abandono y despido",
        "A worker absent for 5 consecutive workdays without permission is considered to have "
        "abandoned the job and will be reported to the Department of Labor and DHS. Dismissal "
        "for cause follows a written warning.",
        "El trabajador que falte 5 días hábiles seguidos sin permiso se considera que abandonó "
        "el trabajo y se avisará al Departamento de Trabajo y al DHS. El despido por causa se "
        "hace después de una amonestación por escrito.",
    )
    clause(
        "15. If the work must stop / Si el trabajo tiene que parar",
        "If a hurricane, flood or other Act of God ends the work, the employer pays the "
        "three-fourths guarantee up to that date and the trip home.",
        "Si un huracán, una inundación u otra causa de fuerza mayor termina el trabajo, el "
        "empleador paga la garantía de tres cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    clause(
        "16. Recruitment / Reclutamiento",
        "Any fees charged by the recruiter are paid by the employer; workers pay nothing to be "
        "hired.",
        "Las cuotas que cobre el reclutador las paga el empleador; los trabajadores no pagan "
        "nada por ser contratados.",
    )
    d.signature(["Employer / Empleador", "Worker / Trabajador"])

    d.add_page()
    d.band(
        "ADDENDUM A - CAMP RULES AND CHARGES\nANEXO A - REGLAS Y CARGOS DEL CAMPAMENTO",
        "Blue Heron Camp, 3200 Taylors Bridge Highway, Clinton, NC 28328",
        fill=blue,
        size=12,
    )
    d.p(
        "This addendum forms part of the work contract. Residents sign it on arrival. / Este "
        "anexo forma parte del contrato de trabajo. Los residentes lo firman al llegar.",
        size=8,
        color=grey,
        space=2,
    )
    rules = [
        (
            "A1. Utilities / Servicios",
            "Rooms have bunk beds, lockers and fans, and the laundry machines are free to use.",
            "Los cuartos tienen literas, casilleros y ventiladores, y las lavadoras se usan gratis.",
            (
                "Each resident pays a utility share of $30 per week for electricity and propane, "
                "deducted from the Friday check.",
                "Cada residente paga una cuota de servicios de $30 por semana por luz y gas, que "
                "se descuenta del cheque del viernes.",
                "housing_charge",
                30,
            ),
        ),
        (
            "A2. Dining hall / Comedor",
            "Breakfast is served at 5:15 a.m., lunch is brought to the field, and dinner is at "
            "5:30 p.m.",
            "El desayuno se sirve a las 5:15 a.m., la comida se lleva al campo y la cena es a las "
            "5:30 p.m.",
            (
                "The dining hall provides three meals a day at $24.50 per day, and every resident "
                "must take the meal plan.",
                "El comedor ofrece tres comidas al día a $24.50 diarios, y todos los residentes "
                "deben tomar el plan de comidas.",
                "meal_charge",
                24.5,
            ),
        ),
        (
            "A3. Gate hours / Horario del portón",
            "Visitors may stay in the picnic area until 7:00 p.m.",
            "Las visitas pueden quedarse en el área de picnic hasta las 7:00 p.m.",
            (
                "Residents must be inside the camp gate by 8:30 p.m. and may not leave the camp "
                "on Sundays without a pass signed by the crew leader.",
                "Los residentes deben estar dentro del portón del campamento a las 8:30 p.m. y no "
                "pueden salir los domingos sin un pase firmado por el mayordomo.",
                "movement_restriction",
                None,
            ),
        ),
        (
            "A4. Care of the housing / Cuidado de la vivienda",
            "Report broken items to the camp manager the same day.",
            "Reporte lo que se rompa al encargado del campamento el mismo día.",
            (
                "The cost of repairing any damage to beds, mattresses, doors or appliances will "
                "be deducted from the wages of the residents of that room.",
                "El costo de reparar cualquier daño a camas, colchones, puertas o aparatos se "
                "descontará del salario de los residentes de ese cuarto.",
                "damage_chargeback",
                None,
            ),
        ),
    ]
    for group, (title, en_pre, es_pre, (q_en, q_es, cat, amt)) in enumerate(rules, start=1):
        d.hd(title, size=9.5, color=blue, space_before=1.5, space_after=0.6)
        d.p(f"{en_pre} {q_en}", space=0.6)
        d.fee(cat, q_en, amt, "USD" if amt else None, group=group)
        d.p(f"{es_pre} {q_es}", style="I", color=grey, space=1.2)
        d.fee(cat, q_es, amt, "USD" if amt else None, group=group)
    d.hd("A5. Other rules / Otras reglas", size=9.5, color=blue, space_before=1.5, space_after=0.6)
    d.bullets(
        [
            "Quiet hours run from 10:00 p.m. to 5:00 a.m. / Se guarda silencio de 10:00 p.m. a 5:00 a.m.",
            "Feeding stray dogs or cats inside the camp is not allowed. / No se permite dar de comer a perros o gatos callejeros dentro del campamento.",
            "No alcohol in the rooms. / No se permite alcohol en los cuartos.",
        ]
    )
    d.signature(["Resident / Residente", "Camp manager / Encargado del campamento"])
    meta = {
        "file": "ad03.pdf",
        "program": "h2a",
        "language": "en+es",
        "missing_terms": ["wage_adjustment", "daily_transportation"],
        "recruiters": [],
        "traps": [
            "recruiter fees paid by the employer; workers pay nothing to be hired",
            "bus Matehuala-Clinton paid or repaid in the first week",
            "tools free",
            "laundry machines free",
            "'Feeding stray dogs' is not a fee",
            "visitors allowed until 7 p.m. (the curfew sentence next to it is the finding)",
            "housing and meals terms are present (the charges are the findings)",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; color title bands; clauses stacked English then Spanish (italic grey); camp-rules addendum on its own page; bilingual bullets",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad04 - H-2A labor contractor crew handbook, English, pay-deduction schedule
# ---------------------------------------------------------------------------------------
def ad04() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("dejavucond",),
        body="dejavucond",
        head="dejavucond",
        size=9,
        margins=(19, 16, 19),
        header_text="Sunrow Harvest Crews LLC - Crew Handbook 2026",
        footer_text="Crew Handbook 2026 - keep this booklet with you",
        date=datetime(2026, 3, 9, 8, 15, tzinfo=UTC),
        program="h2a",
    )
    d.set_title("Sunrow Harvest Crews - Crew Handbook 2026")
    d.set_author("Sunrow Harvest Crews LLC")
    d.add_page()
    orange = (196, 96, 20)
    d.band(
        "CREW HANDBOOK 2026",
        "Sunrow Harvest Crews LLC  ·  H-2A Labor Contractor, FLC certificate FLC-226418  ·  "
        "1207 West Hickpochee Avenue, LaBelle, Florida 33935  ·  (863) 555-0129",
        fill=orange,
        size=18,
    )
    d.hd("Welcome to the crew", color=orange)
    d.p(
        "This booklet explains how the season works: your pay, the camp, the buses and the "
        "rules. Read it with your crew leader on the first day and keep it. If anything here "
        "is unclear, ask in the office before you sign.",
        align="J",
    )
    d.hd("1. Your job at a glance", color=orange)
    d.grid(
        [
            ["Topic", "What applies to you"],
            [
                "Employer",
                "Sunrow Harvest Crews LLC, 1207 West Hickpochee Avenue, LaBelle, FL 33935",
            ],
            [
                "Your job",
                "Farmworker: cut watermelons and cantaloupes from the vine, pass melons hand to "
                "hand to the loaders, and stack them in bulk bins or trailers",
            ],
            [
                "Where",
                "Doyle Farms, 4100 County Road 78, LaBelle; Harney Pond Farms, 2250 State Road "
                "78 West, Moore Haven (Hendry and Glades Counties, Florida)",
            ],
            ["Season", "March 30, 2026 to June 26, 2026"],
            ["Hours", "Monday to Saturday, 7:00 a.m. to 3:00 p.m., about 45 hours a week"],
            ["Pay", "$14.77 per hour"],
            [
                "Pay raises",
                "If the AEWR or any minimum wage goes above your rate, you get the higher rate "
                "from that date",
            ],
            ["Payday", "Every Thursday, by check"],
            [
                "Who can apply",
                "Two weeks of melon-harvest experience; able to lift 35-pound melons all day",
            ],
            [
                "Housing",
                "Free at Sunrow Camp, 60 Cowboy Way, LaBelle: no rent, no light or water bill",
            ],
            ["Meals", "Camp kitchen with stoves and refrigerators, free for all residents"],
            ["Travel", "Bus from Monterrey paid by Sunrow; trip home paid when the season ends"],
            ["Daily rides", "Free crew bus from the camp to the fields and back"],
            ["Injuries", "Workers' compensation with Gulf Coast Growers Mutual, policy WC-0718-26"],
        ],
        (34, 144),
        size=8.5,
        head_fill=(250, 222, 196),
    )
    d.hd("2. What comes out of your check", color=orange)
    d.p(
        "The table below lists every deduction Sunrow takes from your pay. Nothing else is "
        "deducted without your signature.",
        align="J",
    )
    r_gear = ["Required gear: melon knife, sheath and rain suit", "$53.50", "First paycheck"]
    r_hold = ["Season holdback: $1.00 per hour worked", "Varies", "Paid back with your final check"]
    d.grid(
        [
            ["Deduction", "Amount", "When"],
            ["Federal income tax", "Only if you ask in writing", "Every week"],
            r_gear,
            r_hold,
            ["Child support ordered by a court", "As ordered", "Every week"],
            ["Phone card (optional)", "What you buy", "Only with a signed slip"],
        ],
        (82, 44, 52),
        size=8.5,
        head_fill=(250, 222, 196),
        zebra=(253, 244, 236),
    )
    d.fee("equipment_charge", row_text(r_gear), 53.5, "USD")
    d.fee("wage_withholding", row_text(r_hold), 1.0, "USD")
    d.hd("3. Advances", color=orange)
    q_adv = (
        "Each worker receives a $400 advance before leaving Mexico, which is repaid through "
        "weekly deductions of $50 plus interest of 2% a month on the unpaid balance."
    )
    d.p(
        q_adv + " Ask the office for your balance at any time; it is also written on the back "
        "of your check envelope.",
        align="J",
    )
    d.fee("debt_bondage", q_adv, 400, "USD")
    d.hd("4. Camp and buses", color=orange)
    d.bullets(
        [
            "Nobody pays to ride the crew bus, and there is no fee for the trip to the store on "
            "Saturday afternoons.",
            "The melon buyer pays the field inspection fee at the packing shed; it is never "
            "charged to the crew.",
            "Phone cards are sold at the office only to workers who want them. Buying one is "
            "your choice.",
            "Keep the kitchen clean: each room takes one evening a week.",
        ]
    )
    d.hd("5. Safety", color=orange)
    d.p(
        "Drink water every hour; the water truck follows every crew. Report any injury to your "
        "crew leader at once, even a small cut, so the insurance can cover it. Lightning: when "
        "the crew leader blows the whistle twice, walk to the bus.",
        align="J",
    )
    d.hd("6. Leaving the job and ending the contract", color=orange)
    d.p(
        "If you miss five working days in a row without telling us, we treat it as job "
        "abandonment and must report it to the Department of Labor and to Homeland Security "
        "within two working days. We only dismiss a worker for a serious reason, after a "
        "written warning, except for fighting or theft.",
        align="J",
    )
    d.p(
        "If a hurricane, flood or another disaster makes the work impossible, Sunrow pays all "
        "wages owed, pays your trip home to Monterrey, and tries to place you with another "
        "grower.",
        align="J",
    )
    d.signature(["I received this handbook (worker)", "Crew leader"])
    meta = {
        "file": "ad04.pdf",
        "program": "h2a",
        "language": "en",
        "missing_terms": ["three_fourths_guarantee", "tools_provided", "earnings_statements"],
        "recruiters": [],
        "traps": [
            "income tax only on written request; court-ordered child support (lawful deductions)",
            "optional phone cards bought only with a signed slip (voluntary purchase)",
            "no fee to ride the crew bus (negated)",
            "melon buyer pays the field inspection fee (third party)",
            "free housing, no utility bill (h2a)",
            "free camp kitchen",
            "bus from Monterrey and trip home paid",
            "'Nothing else is deducted without your signature'",
        ],
        "doc_type": "handbook",
        "layout": "Letter; color title band; glance table; zebra-striped pay-deduction schedule table (Deduction | Amount | When); bulleted camp rules",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad05 - H-2B job order, English, fully compliant (golf resort grounds crew)
# ---------------------------------------------------------------------------------------
def ad05() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("libsans",),
        body="libsans",
        head="libsans",
        size=9.5,
        margins=(20, 16, 20),
        header_text="Cedar Shoals Golf & Lake Resort, LLC  |  H-2B job order MO-2026-20544",
        footer_text="Job order MO-2026-20544",
        date=datetime(2026, 1, 22, 16, 30, tzinfo=UTC),
        program="h2b",
    )
    d.set_title("H-2B job order MO-2026-20544")
    d.set_author("Cedar Shoals Golf & Lake Resort, LLC")
    d.add_page()
    teal = (0, 102, 102)
    d.p("CEDAR SHOALS GOLF & LAKE RESORT, LLC", size=15, style="B", space=0, color=teal)
    d.p(
        "9 Clubhouse Drive, Lake Ozark, Missouri 65049  ·  (573) 555-0162  ·  hr@cedarshoals.example",
        size=8.5,
        space=3,
    )
    d.p(
        "H-2B TEMPORARY NON-AGRICULTURAL JOB ORDER - GROUNDS CREW, 2026 SEASON",
        size=11.5,
        style="B",
        space=2,
    )
    d.grid(
        [
            ["Item", "Offer"],
            [
                "Employer",
                "Cedar Shoals Golf & Lake Resort, LLC, 9 Clubhouse Drive, Lake Ozark, MO 65049",
            ],
            ["Occupation", "Landscaping and Groundskeeping Workers (SOC 37-3011), 22 openings"],
            [
                "Worksite",
                "Cedar Shoals golf course and resort grounds, 9 Clubhouse Drive, Lake Ozark, MO",
            ],
            ["Period", "April 1, 2026 through October 31, 2026"],
            [
                "Hours",
                "40 hours per week; shifts 5:30 a.m. to 2:00 p.m., five days in a rotating Monday-Sunday schedule",
            ],
            ["Wage", "$18.34 per hour"],
            [
                "Overtime",
                "$27.51 per hour (one and one-half times) for hours over 40 in a workweek",
            ],
            ["Paydays", "Every other Friday (biweekly), by direct deposit or check"],
        ],
        (32, 144),
        size=8.8,
        head_fill=(204, 229, 229),
    )

    def sec(title: str, *paras: str) -> None:
        d.hd(title, size=10.5, color=teal, space_before=1.2, space_after=0.8)
        for para in paras:
            d.p(para, align="J", space=1.2)

    sec(
        "1. Duties",
        "Mow greens, tees and fairways with walk-behind and riding mowers; rake bunkers; move "
        "cup positions; trim shrubs and weed flower beds; blow debris from cart paths; repair "
        "divots and ball marks; and refill ball washers and the coffee station at the halfway "
        "house. On weekend mornings crew members take turns at the starter's booth, where they "
        "collect green fees and cart rental fees from golfers and enter them in the register.",
    )
    sec(
        "2. Requirements",
        "Three months of experience in landscaping or golf-course maintenance. Able to lift "
        "50 pounds and to work outdoors in heat. A driver's license is not required.",
    )
    sec(
        "3. Wage guarantee and pay",
        "The employer will pay at least the highest of the prevailing wage for this occupation, "
        "the federal minimum wage and the Missouri minimum wage for the whole period. If a "
        "higher prevailing wage is published during the season, the employer raises the rate "
        "from the date it applies.",
        "Each payday the worker receives an earnings statement showing hours offered, hours "
        "worked, the rate of pay, gross wages, each deduction and net pay. The only deductions "
        "are federal and Missouri income tax, Social Security and Medicare, and garnishments a "
        "court orders.",
    )
    sec(
        "4. Three-fourths guarantee",
        "The employer guarantees to offer each worker hours equal to at least three-fourths of "
        "the workdays in each 12-week period (each 6-week period if the job lasts fewer than 120 "
        "days). If fewer hours are offered, the worker is paid for the difference.",
    )
    sec(
        "5. Travel, visa and recruitment",
        "Workers are recruited in Jamaica by Blue Mahoe Staffing Ltd., 14 Hope Road, Kingston "
        "10, whose fees are paid entirely by Cedar Shoals. No worker pays a fee, a deposit or "
        "anything else of value to be recruited or hired.",
        "The employer pays or reimburses in the first workweek the visa fee, the visa "
        "processing fee and any border-crossing fee. Airfare from Kingston to Lake Ozark, "
        "lodging on the way, and daily subsistence are also reimbursed in full with the first "
        "paycheck, or paid in advance.",
        "If the worker completes the period of employment, or is dismissed early for any reason "
        "other than cause, the employer pays return airfare and subsistence to Kingston.",
    )
    sec(
        "6. Tools, uniforms, meals",
        "All tools, mowers, trimmers, safety glasses and hearing protection, three uniform "
        "shirts and a rain jacket are provided at no cost, and no deposit is asked. A staff "
        "meal is served free in the clubhouse canteen on every shift. Accidental damage to "
        "mowers, carts or other equipment is never charged to employees.",
        "Staff may join the resort fitness club at a discount. Joining is optional, and dues are "
        "paid by the employee directly to the club, never through payroll.",
        "The employer does not provide housing. Workers choose their own lodging; the HR office "
        "keeps a list of landlords who rent to seasonal staff.",
    )
    sec(
        "7. Rights",
        "Workers keep their own passports and visas. The employer will not retaliate against "
        "or blacklist any worker for complaining about pay or safety, for speaking with the "
        "Department of Labor, or for joining a union. Workers may leave the job at any time; "
        "no fee or penalty is owed for leaving early.",
    )
    sec(
        "8. Abandonment and termination",
        "A worker who does not report for work for five consecutive working days without the "
        "employer's consent is considered to have abandoned the job, and the employer will "
        "notify the Department of Labor and the Department of Homeland Security in writing "
        "within two working days. A worker dismissed for cause, after a written warning, "
        "loses the three-fourths guarantee and the paid trip home.",
    )
    sec(
        "9. Contract impossibility",
        "If fire, flood, storm or another Act of God makes it impossible to continue the work, "
        "the employer may end the contract early with the Certifying Officer's approval. It "
        "will pay the three-fourths guarantee up to the termination date, pay return "
        "transportation, and try to transfer the worker to other comparable work.",
    )
    d.signature(["Employer representative: Glenn Adebayo-Hart, HR Director", "Worker"])
    meta = {
        "file": "ad05.pdf",
        "program": "h2b",
        "language": "en",
        "missing_terms": [],
        "recruiters": ["Blue Mahoe Staffing Ltd."],
        "traps": [
            "'collect green fees and cart rental fees from golfers' is a job duty",
            "'coffee station' contains 'fee'",
            "recruiter's fees paid by the employer; no fee, deposit or anything of value",
            "visa, processing and border-crossing fees paid or reimbursed in the first workweek",
            "airfare, lodging and subsistence reimbursed",
            "tools and uniforms at no cost, no deposit",
            "free staff meal",
            "accidental damage never charged (negated damage chargeback)",
            "optional fitness club paid directly by the employee (voluntary purchase)",
            "no employer housing; workers choose their own lodging",
            "no fee or penalty for leaving early (negated breach penalty)",
            "no blacklisting (negated)",
        ],
        "doc_type": "job_order",
        "layout": "Letter; plain letterhead; offer summary grid table; numbered section headings with justified paragraphs",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad06 - H-2B seafood plant handbook, English; second page laid out in two columns
# ---------------------------------------------------------------------------------------
def ad06() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("libnarrow", "libsans"),
        body="libnarrow",
        head="libsans",
        size=10,
        margins=(18, 16, 18),
        header_text="Bayou Teche Seafood Processors, Inc. - Seasonal Staff Handbook",
        footer_text="Seasonal Staff Handbook 2026",
        date=datetime(2026, 2, 9, 7, 50, tzinfo=UTC),
        program="h2b",
    )
    d.set_title("Seasonal Staff Handbook 2026")
    d.set_author("Bayou Teche Seafood Processors, Inc.")
    d.add_page()
    red = (150, 30, 30)
    d.band(
        "SEASONAL STAFF HANDBOOK - 2026 CRAWFISH SEASON",
        "Bayou Teche Seafood Processors, Inc.  ·  410 Railroad Avenue, Delcambre, Louisiana "
        "70528  ·  (337) 555-0172",
        fill=red,
        size=15,
    )
    d.p(
        "Welcome back to the peeling room! This handbook has two parts: the terms of your H-2B "
        "job (this page) and the house rules (next page). Both are part of your job offer.",
        space=2,
    )
    d.hd("PART 1 - TERMS OF EMPLOYMENT", color=red)
    d.grid(
        [
            [
                "Employer",
                "Bayou Teche Seafood Processors, Inc., 410 Railroad Avenue, Delcambre, LA 70528",
            ],
            [
                "Position",
                "Seafood processing worker / crawfish peeler (SOC 51-3022): peel boiled "
                "crawfish by hand, separate the tail meat, pack it in 1-lb bags, and wash down "
                "tables and floors at the end of the shift",
            ],
            [
                "Requirements",
                "No experience needed; able to stand for a full shift in a cold, wet room",
            ],
            ["Place of work", "The plant at 410 Railroad Avenue, Delcambre, Louisiana"],
            ["Season", "February 16, 2026 to June 30, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m."],
            ["Pay", "$13.92 per hour, or $2.40 per pound of tail meat when that comes to more"],
            [
                "Wage floor",
                "Never less than the highest of the prevailing wage, the federal minimum wage, "
                "or a new prevailing wage published during the season",
            ],
            ["Payday", "Every Friday"],
            [
                "Pay stubs",
                "Each check shows hours, rate, pounds peeled, every deduction and net pay",
            ],
            ["Deductions", "Federal income tax, Social Security and Medicare; see also Part 2"],
            [
                "Trip here",
                "Bus fare from Ciudad Victoria, Tamaulipas, and meals on the road, reimbursed in "
                "the first workweek",
            ],
            ["Visa", "Visa and border-crossing fees reimbursed in the first workweek"],
            ["Trip home", "Bus home paid by the company at the end of the season"],
            ["Tools", "Knives, gloves, aprons and rubber boots issued free"],
            [
                "Quitting / dismissal",
                "Five straight workdays missed without calling = job abandoned (reported to DOL "
                "and DHS); dismissal for cause only after a written warning",
            ],
            [
                "Recruiter",
                "Reclutamiento Golfo Norte, Ciudad Victoria. Its fee is paid by the company; "
                "workers pay nothing",
            ],
        ],
        (32, 144),
        size=9.5,
        heading=False,
        zebra=(246, 236, 236),
    )

    d.add_page()
    d.hd("PART 2 - HOUSE RULES AND PLANT GUIDE", color=red, space_before=0)
    top = d.get_y() + 1
    gutter = 8
    colw = (d.epw - gutter) / 2
    d.set_auto_page_break(False)

    def column(x: float, blocks: list[tuple[str, str]]) -> float:
        d.set_xy(x, top)
        for kind, text in blocks:
            if kind == "h":
                d.ln(1.5)
                d.set_x(x)
                d.set_font("libsans", "B", 9.5)
                d.set_text_color(*red)
                d.multi_cell(colw, 5, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                d.set_text_color(0, 0, 0)
                d.ln(0.5)
            elif kind == "b":
                d.set_font("libnarrow", "", 9.5)
                d.set_x(x)
                d.cell(3.5, 4.4, "\u2022")
                d.multi_cell(colw - 3.5, 4.4, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                d.set_x(x)
                d.ln(0.6)
            else:
                d.set_font("libnarrow", "", 9.5)
                d.set_x(x)
                d.multi_cell(colw, 4.4, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                d.ln(0.6)
        return d.get_y()

    q_pass = "Passports stay in the office safe all season."
    q_class = "Food-safety class: $45, taken from first pay."
    q_black = "Anyone who complains to outside agencies is not rehired."
    left = [
        ("h", "ARRIVAL AND PAPERWORK"),
        ("b", "Come to the office on your first morning for your badge."),
        ("b", "Bring your passport and I-94 on day one."),
        ("b", q_pass),
        ("b", "Pay stubs come with every Friday check."),
        ("h", "TRAINING"),
        ("b", "Knife safety is taught free on the line."),
        ("b", q_class),
        ("b", "Forklift work is for certified staff only."),
        ("h", "IN THE PEELING ROOM"),
        ("b", "Hairnets and gloves at all times."),
        ("b", "Ice, gloves and aprons are free - ask Miss Odile."),
        ("b", "Phones stay in your locker during the shift."),
        ("b", "Restaurant buyers pay a delivery fee on their invoice."),
        (
            "p",
            "The peeling room runs on teamwork. Weigh-ins happen at 9:00 and 12:30; your pounds "
            "are written on the board and on your stub.",
        ),
    ]
    right = [
        ("h", "HOUSING"),
        ("b", "Bunkhouse at 12 Levee Road is free of rent."),
        ("b", "Coffee maker and microwave in each kitchen."),
        ("b", "Laundry room open 6:00 a.m. to 10:00 p.m."),
        ("h", "CONDUCT"),
        ("b", "Be on time. Call Miss Odile if you are sick."),
        ("b", q_black),
        ("b", "Feeding stray cats at the dock is not allowed."),
        ("b", "No fighting, no alcohol in the plant."),
        ("h", "SAFETY"),
        ("b", "Report every cut or fall to the supervisor."),
        ("b", "Wet floors: walk, never run."),
        ("b", "First-aid kits hang by each exit door."),
        (
            "p",
            "Questions about pay go to the office window, open every weekday from 1:30 to 3:00 "
            "p.m. Questions about housing go to Mr. Broussard.",
        ),
    ]
    y1 = column(d.l_margin, left)
    y2 = column(d.l_margin + colw + gutter, right)
    d.set_draw_color(180, 180, 180)
    d.line(d.l_margin + colw + gutter / 2, top, d.l_margin + colw + gutter / 2, max(y1, y2))
    assert max(y1, y2) < d.h - 25, "two-column page overflows"
    d.set_auto_page_break(True, margin=20)
    d.set_xy(d.l_margin, max(y1, y2) + 6)
    d.fee("document_retention", q_pass)
    d.fee("training_cost", q_class, 45, "USD")
    d.fee("blacklisting_threat", q_black)
    d.signature(["Worker signature", "Date"])
    meta = {
        "file": "ad06.pdf",
        "program": "h2b",
        "language": "en",
        "missing_terms": ["overtime", "three_fourths_guarantee", "contract_impossibility"],
        "recruiters": ["Reclutamiento Golfo Norte"],
        "traps": [
            "recruiter's fee paid by the company; workers pay nothing",
            "bus fare and visa/border fees reimbursed in the first workweek",
            "knives, gloves, aprons, boots issued free",
            "knife safety taught free (the food-safety class is the finding)",
            "'Restaurant buyers pay a delivery fee on their invoice' is a charge to customers",
            "bunkhouse free of rent",
            "'Coffee maker' contains 'fee'",
            "'Feeding stray cats' is not a fee",
            "'Bring your passport on day one' is not retention (the next line is)",
        ],
        "doc_type": "handbook",
        "layout": "Letter; color title band; page 1 borderless zebra terms table; page 2 two-column newsletter layout of short bulleted house rules with a column rule",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad07 - H-2B offer summary in Spanish + scanned recruiter "carta compromiso" (Honduras)
# ---------------------------------------------------------------------------------------
def ad07() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("notoserif", "notosans"),
        body="notoserif",
        head="notosans",
        size=9.5,
        margins=(20, 16, 20),
        footer_text="Sylvester Forest Services, Inc. - Oferta H-2B 2026",
        date=datetime(2025, 11, 20, 10, 10, tzinfo=UTC),
        program="h2b",
    )
    d.page_words = ("página", "de")
    d.set_title("Oferta de trabajo temporal H-2B - resumen en español")
    d.set_author("Sylvester Forest Services, Inc.")
    d.add_page()
    green = (40, 80, 40)
    d.p(
        "SYLVESTER FOREST SERVICES, INC.",
        size=14,
        style="B",
        family="notosans",
        color=green,
        space=0,
    )
    d.p(
        "1450 Tifton Highway, Sylvester, Georgia 31791, EE. UU.  ·  Tel. +1 229 555 0118",
        size=8.5,
        space=3,
    )
    d.p(
        "OFERTA DE TRABAJO TEMPORAL H-2B - RESUMEN EN ESPAÑOL PARA EL TRABAJADOR",
        size=11,
        style="B",
        family="notosans",
        space=2.5,
    )
    items = [
        (
            "Empleador",
            "Sylvester Forest Services, Inc., 1450 Tifton Highway, Sylvester, Georgia 31791, EE. UU.",
        ),
        (
            "Puesto y labores",
            "Trabajador forestal (SOC 45-4011): plantar plántulas de pino con barra plantadora, "
            "cargar las bolsas de plántulas, limpiar maleza con machete y ayudar en quemas "
            "controladas bajo la dirección del capataz.",
        ),
        (
            "Lugares de trabajo",
            "Terrenos forestales de clientes en los condados de Worth, Tift y Colquitt, Georgia.",
        ),
        ("Periodo", "Del 11 de enero al 24 de abril de 2026."),
        (
            "Horario",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media hora para comer.",
        ),
        ("Salario", "USD 16.42 por hora."),
        ("Tiempo extra", "Las horas arriba de 40 por semana se pagan a USD 24.63 la hora."),
        ("Pago", "Cada semana, los viernes, con cheque."),
        ("Descuentos", "Impuestos federales y del estado de Georgia, Seguro Social y Medicare."),
        (
            "Garantía de 3/4",
            "La empresa garantiza ofrecer horas de trabajo equivalentes a por lo menos tres "
            "cuartas partes de los días hábiles de cada periodo de 12 semanas; si ofrece menos, "
            "paga la diferencia.",
        ),
        (
            "Viaje de ida",
            "La empresa reembolsa en la primera semana el boleto de avión de San Pedro Sula a "
            "Atlanta, el traslado a Sylvester y los alimentos del viaje.",
        ),
        (
            "Visa",
            "La empresa paga o reembolsa en la primera semana la cuota de la visa y cualquier cuota de cruce fronterizo.",
        ),
        (
            "Viaje de regreso",
            "Al terminar el contrato, o si la empresa lo despide antes sin causa, paga el boleto "
            "de regreso a San Pedro Sula.",
        ),
        (
            "Herramientas",
            "Barras plantadoras, bolsas, machetes, casco y botas, sin costo y sin depósito.",
        ),
        (
            "Abandono y despido",
            "Cinco días hábiles seguidos de ausencia sin permiso se consideran abandono del "
            "empleo y se avisa al Departamento de Trabajo y al DHS; el despido por causa se "
            "comunica por escrito.",
        ),
        (
            "Fuerza mayor",
            "Si un incendio forestal, una inundación u otra causa de fuerza mayor impide "
            "continuar, la empresa paga la garantía de 3/4 hasta esa fecha y el viaje de regreso.",
        ),
        (
            "Reclutamiento",
            "Agente en Honduras: Servicios Laborales Copán, S. de R.L., Santa Rosa de Copán. Ni "
            "la empresa ni sus agentes cobran cuota alguna por la contratación.",
        ),
    ]
    for label, text in items:
        d.p(f"**{label}.** {text}", md=True, space=1.4, align="J")
    d.p(
        "Firma del representante de la empresa: Leland Tuttle, gerente de operaciones. "
        "Sylvester, Georgia, 20 de noviembre de 2025.",
        size=8.5,
        style="I",
        space=0,
    )

    q_fee = (
        "Entregar a LA AGENCIA la suma de L 38,000.00 (treinta y ocho mil lempiras) en "
        "concepto de cuota de inscripción y gestión de expediente, en dos pagos."
    )
    q_med = (
        "Realizarme el examen médico y la prueba antidoping en la Clínica San Rafael, cuyo "
        "costo de L 2,750 será cubierto por mi persona."
    )
    q_trip = (
        "Cubrir por mi cuenta el transporte a Tegucigalpa y el hotel para la cita consular, "
        "gastos que no me serán reembolsados."
    )

    def letter(s: Doc) -> None:
        s.set_font("libsans", "B", 13)
        s.cell(
            s.epw,
            6,
            "SERVICIOS LABORALES COPÁN, S. de R.L.",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        s.set_font("libsans", "", 8.5)
        s.cell(
            s.epw,
            4.5,
            "Barrio El Calvario, 3a. calle, Santa Rosa de Copán, Honduras  -  Tel. 2662-5501",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        s.set_draw_color(0, 0, 0)
        s.line(s.l_margin, s.get_y() + 1.5, s.w - s.r_margin, s.get_y() + 1.5)
        s.ln(7)
        s.set_font("libmono", "B", 11)
        s.cell(s.epw, 6, "CARTA COMPROMISO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        s.ln(4)
        s.set_font("libmono", "", 9.5)

        def mp(text: str, indent: float = 0) -> None:
            s.set_x(s.l_margin + indent)
            s.multi_cell(s.epw - indent, 4.9, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            s.ln(2.2)

        mp("Santa Rosa de Copán, 14 de noviembre de 2025.")
        mp(
            "Yo, Wilmer Josué Portillo Guevara, con identidad 0401-1996-00873, me comprometo "
            "con SERVICIOS LABORALES COPÁN (LA AGENCIA) a cumplir lo siguiente para ser "
            "incluido en el grupo que viajará a Sylvester, Georgia, con visa H-2B:"
        )
        for i, text in enumerate(
            [
                q_fee,
                q_med,
                q_trip,
                "Presentarme puntualmente a todas las citas y entrevistas que me indique LA AGENCIA.",
                "Entiendo que la visa y el boleto de avión los paga la empresa en Estados Unidos.",
            ],
            start=1,
        ):
            mp(f"{i}. {text}", indent=4)
        mp("Firmo de conformidad:")
        s.ln(14)
        y = s.get_y()
        s.line(s.l_margin + 4, y, s.l_margin + 74, y)
        s.rect(s.l_margin + 90, y - 26, 24, 30)
        s.set_font("libsans", "", 7.5)
        s.set_xy(s.l_margin + 90, y + 5)
        s.cell(24, 4, "Huella", align="C")
        s.set_xy(s.l_margin + 4, y + 1.5)
        s.set_font("libmono", "", 9)
        s.cell(70, 4.5, "Firma del aspirante", align="C")
        s.set_draw_color(20, 30, 90)
        s.set_line_width(0.45)
        x0 = s.l_margin + 14
        pts = [
            (x0 + i * 2.2, y - 3 - 3.2 * ((-1) ** i) * (0.6 + 0.4 * ((i * 7) % 5) / 4))
            for i in range(22)
        ]
        s.polyline(pts)
        s.line(x0 - 2, y - 1.5, x0 + 52, y - 4.5)
        s.set_draw_color(40, 40, 40)
        s.set_line_width(0.6)
        s.ellipse(s.l_margin + 125, y - 22, 36, 36)
        s.set_line_width(0.2)
        s.set_font("libsans", "B", 6.5)
        s.set_xy(s.l_margin + 125, y - 7)
        s.multi_cell(36, 3, "SERVICIOS LABORALES\nCOPÁN\nRECIBIDO", align="C")

    d.scanned_page(letter, seed=707, angle=-0.62)
    page = d.page_no()
    d.fee("recruitment_fee", q_fee, 38000, "HNL", page=page)
    d.fee("medical_cost", q_med, 2750, "HNL", page=page)
    d.fee("travel_cost", q_trip, page=page)
    meta = {
        "file": "ad07.pdf",
        "program": "h2b",
        "language": "es",
        "missing_terms": ["wage_adjustment", "earnings_statements", "job_requirements"],
        "recruiters": ["Servicios Laborales Copán, S. de R.L."],
        "traps": [
            "employer's page: 'Ni la empresa ni sus agentes cobran cuota alguna' (negated) contradicted by the recruiter's scanned letter",
            "visa and border-crossing fees paid or reimbursed in the first week",
            "flight San Pedro Sula-Atlanta reimbursed in the first week (the consulate trip in the letter is not)",
            "tools free, no deposit",
            "'la visa y el boleto de avión los paga la empresa' in the letter",
        ],
        "doc_type": "offer_summary_with_recruiter_letter",
        "layout": "Letter; page 1 text with bold run-in labels; page 2 SCANNED image-only typewriter-style 'carta compromiso' with fingerprint box and round stamp (rotated, blurred, noisy)",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad08 - H-2B bilingual offer letter with a "who pays" cost table (Veracruz -> South Carolina)
# ---------------------------------------------------------------------------------------
def ad08() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("libserif", "libsans"),
        body="libserif",
        head="libsans",
        size=10,
        margins=(20, 18, 20),
        header_text="The Saltmarsh Inn - Harborline Hospitality Group LLC",
        footer_text="Offer letter / Carta oferta SMI-H2B-2026-031",
        date=datetime(2026, 1, 28, 13, 0, tzinfo=UTC),
        program="h2b",
    )
    d.page_words = ("page / página", "of / de")
    d.set_title("Offer letter / Carta oferta - Housekeeper")
    d.set_author("Harborline Hospitality Group LLC")
    d.add_page()
    navy = (20, 40, 80)
    d.p("The Saltmarsh Inn", size=17, style="B", family="libsans", color=navy, space=0)
    d.p(
        "Harborline Hospitality Group LLC  ·  212 Bay Street, Beaufort, South Carolina 29902  ·  (843) 555-0140",
        size=8.5,
        family="libsans",
        space=5,
    )
    d.p("January 28, 2026 / 28 de enero de 2026", space=3)
    d.p(
        "Sra. Yesenia Carrillo Bautista\nCalle Framboyanes 318, Boca del Río, Veracruz, México",
        space=3,
    )
    d.p("Dear Ms. Carrillo: / Estimada Sra. Carrillo:", space=2)
    d.p(
        "We are pleased to offer you seasonal employment as a housekeeper at The Saltmarsh Inn "
        "under the H-2B program. Our recruiting partner in Mexico, Talento Costero "
        "Reclutamiento, S.A. de C.V., will help you with your appointment at the consulate.",
        align="J",
        space=1.2,
    )
    d.p(
        "Nos da gusto ofrecerle empleo de temporada como camarista en The Saltmarsh Inn con la "
        "visa H-2B. Nuestro socio de reclutamiento en México, Talento Costero Reclutamiento, "
        "S.A. de C.V., le ayudará con su cita en el consulado.",
        align="J",
        style="I",
        space=3,
    )
    d.grid(
        [
            ["Term / Condición", "English", "Español"],
            [
                "Employer / Empleador",
                "Harborline Hospitality Group LLC (The Saltmarsh Inn), 212 Bay Street, Beaufort, SC 29902",
                "Harborline Hospitality Group LLC (The Saltmarsh Inn), 212 Bay Street, Beaufort, SC 29902",
            ],
            [
                "Job / Puesto",
                "Housekeeper (SOC 37-2012): clean and prepare 14-16 guest rooms per shift, change linens, restock amenities, clean hallways and lobby",
                "Camarista (SOC 37-2012): limpiar y preparar de 14 a 16 habitaciones por turno, cambiar sábanas, reponer amenidades, limpiar pasillos y vestíbulo",
            ],
            [
                "Requirements / Requisitos",
                "3 months of hotel housekeeping experience; able to lift 25 lb",
                "3 meses de experiencia en limpieza de hotel; poder levantar 25 libras",
            ],
            [
                "Place / Lugar",
                "The Saltmarsh Inn, 212 Bay Street, Beaufort, SC",
                "The Saltmarsh Inn, 212 Bay Street, Beaufort, SC",
            ],
            [
                "Dates / Fechas",
                "March 16 to November 15, 2026",
                "Del 16 de marzo al 15 de noviembre de 2026",
            ],
            [
                "Hours / Horario",
                "35 hours per week, five days, 8:30 a.m. to 3:30 p.m.",
                "35 horas por semana, cinco días, de 8:30 a.m. a 3:30 p.m.",
            ],
            [
                "Pay / Salario",
                "$14.85 per hour; never less than the highest of the prevailing wage and the federal or state minimum, raised if a higher prevailing wage is issued",
                "$14.85 por hora; nunca menos que el más alto entre el salario prevaleciente y el mínimo federal o estatal, y se aumenta si se publica un salario prevaleciente mayor",
            ],
            [
                "Overtime / Horas extra",
                "$22.28 per hour after 40 hours in a week",
                "$22.28 por hora después de 40 horas en la semana",
            ],
            [
                "Payday / Pago",
                "Every two weeks, on Friday, with an itemized pay stub",
                "Cada dos semanas, en viernes, con un talón detallado",
            ],
            [
                "Deductions / Descuentos",
                "Federal and state income tax, Social Security, Medicare",
                "Impuestos federal y estatal, Seguro Social, Medicare",
            ],
            [
                "Trip here / Viaje de ida",
                "Bus Veracruz-Monterrey and Monterrey-Beaufort, hotel and meals: paid or repaid in the first workweek",
                "Autobús Veracruz-Monterrey y Monterrey-Beaufort, hotel y comidas: pagados o reembolsados en la primera semana",
            ],
            [
                "Supplies / Material",
                "Carts, cleaning supplies, gloves and two uniforms at no cost",
                "Carritos, productos de limpieza, guantes y dos uniformes sin costo",
            ],
            [
                "Ending the job / Terminación",
                "5 workdays absent without notice = abandonment, reported to DOL and DHS; dismissal for cause in writing",
                "5 días hábiles de ausencia sin aviso = abandono, se reporta al DOL y al DHS; despido por causa por escrito",
            ],
            [
                "Hurricanes / Huracanes",
                "If a hurricane, fire or other Act of God closes the inn and work cannot continue, we pay all wages owed to that day and help you find another H-2B employer",
                "Si un huracán, incendio u otra causa de fuerza mayor cierra el hotel y no se puede seguir trabajando, pagamos todo el salario debido hasta ese día y le ayudamos a encontrar otro empleador H-2B",
            ],
        ],
        (33, 72, 72),
        size=8,
        head_fill=(210, 218, 235),
        family="libsans",
    )
    d.add_page()
    d.hd(
        "Costs before and after arrival / Costos antes y después de llegar",
        color=navy,
        space_before=0,
    )
    d.p(
        "This table shows who pays each cost of the trip and the visa. / Esta tabla muestra "
        "quién paga cada costo del viaje y de la visa.",
        size=9,
        space=2,
    )
    r_visa = ["Visa fee (MRV) / Cuota de visa", "Worker / Trabajador", "USD 205", "No"]
    r_ins = ["Travel insurance / Seguro de viaje", "Worker / Trabajador", "MXN 1,150", "No"]
    r_ret = ["Return bus / Autobús de regreso", "Worker / Trabajador", "approx. USD 180", "No"]
    d.grid(
        [
            ["Cost / Costo", "Paid by / Lo paga", "Amount / Monto", "Refunded? / ¿Se reembolsa?"],
            ["Recruiter service / Servicio del reclutador", "Employer / Empleador", "-", "n/a"],
            r_visa,
            [
                "Bus to Monterrey / Autobús a Monterrey",
                "Employer / Empleador",
                "-",
                "Paid in advance / Pagado antes",
            ],
            [
                "Hotel in Monterrey / Hotel en Monterrey",
                "Employer / Empleador",
                "-",
                "Paid in advance / Pagado antes",
            ],
            r_ins,
            ["Uniforms / Uniformes", "Employer / Empleador", "-", "n/a"],
            r_ret,
        ],
        (60, 36, 28, 52),
        size=8.2,
        head_fill=(210, 218, 235),
        family="libsans",
    )
    d.fee("visa_cost", row_text(r_visa), 205, "USD")
    d.fee("insurance_cost", row_text(r_ins), 1150, "MXN")
    d.fee("travel_cost", row_text(r_ret), 180, "USD")
    d.p(
        "Talento Costero Reclutamiento is paid by the inn and may not ask you for any payment "
        "for the job. / Talento Costero Reclutamiento recibe su pago del hotel y no puede "
        "pedirle ningún pago por el empleo.",
        size=9.5,
        space=3,
    )
    d.p(
        "Please sign below to accept this offer. / Por favor firme abajo para aceptar esta oferta.",
        space=2,
    )
    d.p(
        "Sincerely, / Atentamente,\nCharlene Dubose-Whitfield, Director of Human Resources", space=2
    )
    d.signature(["Accepted / Acepto: Yesenia Carrillo Bautista", "Date / Fecha"])
    meta = {
        "file": "ad08.pdf",
        "program": "h2b",
        "language": "en+es",
        "missing_terms": ["three_fourths_guarantee", "return_transportation", "visa_reimbursement"],
        "recruiters": ["Talento Costero Reclutamiento, S.A. de C.V."],
        "traps": [
            "payer-column table: employer rows (recruiter service, bus, hotel, uniforms) are not findings",
            "recruiter paid by the inn and may not ask for payment (negated)",
            "inbound bus, hotel and meals paid or repaid in the first workweek",
            "supplies and uniforms at no cost",
            "'Refunded? No' column carries the shifting of the cost",
        ],
        "doc_type": "offer_letter",
        "layout": "Letter; letterhead; bilingual letter paragraphs (EN, ES italic); 3-column gridded terms table Term | English | Español; page 2 cost table with payer column (Cost | Paid by | Amount | Refunded?)",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad09 - Generic (Nepal -> Qatar) recruitment agency selection letter, English, A4
# ---------------------------------------------------------------------------------------
def ad09() -> tuple[Doc, dict]:
    d = Doc(
        fmt="A4",
        fonts=("dejavu",),
        body="dejavu",
        head="dejavu",
        size=9,
        margins=(20, 16, 20),
        footer_text="Himal Crest Overseas Manpower Pvt. Ltd. - Ref. HCOM/QA/2026/0412",
        date=datetime(2026, 3, 9, 5, 45, tzinfo=UTC),
        program="generic",
    )
    d.set_title("Selection letter - Al Wakra Facility Services W.L.L.")
    d.set_author("Himal Crest Overseas Manpower Pvt. Ltd.")
    d.add_page()
    maroon = (120, 20, 40)
    d.p(
        "HIMAL CREST OVERSEAS MANPOWER PVT. LTD.",
        size=14,
        style="B",
        color=maroon,
        align="C",
        space=0,
    )
    d.p(
        "Government licence no. 1187/079/080  ·  New Baneshwor, Kathmandu, Nepal  ·  "
        "+977 1 555 0148",
        size=8,
        align="C",
        space=1,
    )
    d.set_draw_color(*maroon)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_line_width(0.2)
    d.ln(5)
    d.p("Ref.: HCOM/QA/2026/0412\nDate: 9 March 2026", space=3)
    d.p("To:\nMr. Bikash Tamang\nHetauda-4, Makwanpur, Bagmati Province, Nepal", space=3)
    d.p(
        "Subject: Selection for overseas employment - Al Wakra Facility Services W.L.L., Qatar",
        style="B",
        space=3,
    )
    d.p("Dear Mr. Tamang,", space=2)
    d.p(
        "We are glad to inform you that you were selected at the interview held at our office "
        "on 2 March 2026 for the position below. The terms are taken from the employer's "
        "demand letter and will be written in your employment contract.",
        align="J",
    )
    d.grid(
        [
            ["Employer", "Al Wakra Facility Services W.L.L., P.O. Box 24519, Doha, State of Qatar"],
            ["Position", "General Cleaner"],
            [
                "Duties",
                "Cleaning of offices, shopping malls and metro stations under the company's "
                "facility contracts: sweeping, mopping, washroom cleaning and waste removal",
            ],
            ["Worksite", "Client sites in Doha and Al Wakrah, Qatar"],
            ["Contract period", "15 May 2026 to 14 May 2028"],
            [
                "Working hours",
                "8 hours per day, 6 days per week; overtime paid as per Qatar Labour Law",
            ],
            ["Salary", "QAR 1,000 per month basic salary plus QAR 300 food allowance"],
            [
                "Payment",
                "Monthly, into your Qatari bank account through the Wage Protection System",
            ],
            [
                "Accommodation",
                "Provided by the employer free of charge (shared labour accommodation)",
            ],
            [
                "Air ticket",
                "Kathmandu-Doha and return Doha-Kathmandu at the end of contract, paid by the employer",
            ],
        ],
        (36, 134),
        size=8.5,
        heading=False,
        zebra=(246, 238, 240),
    )
    d.hd("What you must pay and do before departure", color=maroon, size=10)
    d.p(
        "Under the government's free visa, free ticket policy your work visa and outbound air "
        "ticket are paid by the employer. The contribution to the Foreign Employment Welfare "
        "Fund and your life insurance premium are also paid by the employer through us, and "
        "the compulsory pre-departure orientation is arranged at our cost.",
        align="J",
    )
    q_fee = (
        "You will pay it in two instalments totalling NPR 165,000, the first at selection and "
        "the second before your visa is stamped."
    )
    d.p(
        "Our service charge covers the attestation of the demand letter, the interview "
        "arrangements and pre-departure processing. " + q_fee,
        align="J",
    )
    d.fee("recruitment_fee", q_fee, 165000, "NPR")
    q_med = (
        "The medical test at the Qatar Visa Center in Kathmandu costs NPR 8,500 and is paid by "
        "the candidate on the day of the test."
    )
    d.p(q_med + " Please bring four passport photos.", align="J")
    d.fee("medical_cost", q_med, 8500, "NPR")
    q_pp = (
        "If your passport expires within the next 30 months, you must renew it at your own "
        "expense before we can submit your file."
    )
    d.p(q_pp, align="J")
    d.fee("visa_cost", q_pp, passport_only=True)
    d.header_text = "Ref. HCOM/QA/2026/0412 - Mr. Bikash Tamang - continued"
    d.add_page()
    d.hd("After arrival in Qatar", color=maroon, size=10, space_before=0)
    q_pass = (
        "On arrival in Doha, you will hand your passport to the company's PRO, and it will be "
        "kept in the company file until you exit Qatar."
    )
    d.p(q_pass, align="J")
    d.fee("document_retention", q_pass)
    q_move = (
        "You may not move to another employer during the two-year contract, and any request "
        "for a release letter will be charged QAR 5,000."
    )
    d.p(q_move, align="J")
    d.fee("movement_restriction", q_move, 5000, "QAR")
    d.p(
        "Cleaners are not asked to handle cash or to collect parking fees at client malls. "
        "The company's camp bus takes workers from the accommodation to each site and back.",
        align="J",
    )
    d.hd("Documents to bring to our office", color=maroon, size=10)
    d.grid(
        [
            ["Document", "Original or copy", "By"],
            ["Passport", "Original", "20 March 2026"],
            ["Citizenship certificate", "Copy", "20 March 2026"],
            ["Passport-size photos (white background)", "4 photos", "20 March 2026"],
            ["Police clearance report", "Original", "Before visa stamping"],
            ["Next of kin details", "Form from our office", "Before departure"],
        ],
        (80, 50, 40),
        size=8.5,
        head_fill=(240, 224, 228),
    )
    d.p(
        "Please come to our office with the documents above and the first instalment by 20 "
        "March 2026. We wish you a safe and successful journey.",
        align="J",
        space=4,
    )
    d.p("For Himal Crest Overseas Manpower Pvt. Ltd.", space=10)
    d.p("Sujan Adhikari\nManaging Director", space=4)
    d.p(
        "I have read and understood this letter. Candidate's signature: ______________________",
        size=8.5,
    )
    meta = {
        "file": "ad09.pdf",
        "program": "generic",
        "language": "en",
        "missing_terms": ["deductions", "termination"],
        "recruiters": ["Himal Crest Overseas Manpower Pvt. Ltd."],
        "traps": [
            "'free visa, free ticket': visa and outbound ticket paid by employer",
            "welfare-fund contribution and life insurance paid by the employer (not insurance_cost)",
            "pre-departure orientation at the agency's cost (not training_cost)",
            "fee split across sentences: 'Our service charge covers...' then 'You will pay it ... NPR 165,000'",
            "passport renewal at own expense is visa_cost (violation under generic)",
            "'collect parking fees' negated and a job word",
            "free accommodation; return ticket paid",
        ],
        "doc_type": "recruiter_letter",
        "layout": "A4; centered letterhead with rule; reference/date/addressee block; borderless zebra terms table; letter paragraphs under headings",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad10 - Generic (Guatemala -> Quebec) contract in Q&A form, Spanish, fully compliant
# ---------------------------------------------------------------------------------------
def ad10() -> tuple[Doc, dict]:
    d = Doc(
        fonts=("notosans",),
        body="notosans",
        head="notosans",
        size=9,
        margins=(20, 16, 20),
        header_text="Serres Boréal Inc. - Guía y contrato del trabajador temporal 2026",
        footer_text="Serres Boréal Inc. - contrato 2026-GT-117",
        date=datetime(2026, 1, 12, 15, 25, tzinfo=UTC),
        program="generic",
    )
    d.page_words = ("página", "de")
    d.set_title("Su contrato en preguntas y respuestas")
    d.set_author("Serres Boréal Inc.")
    d.add_page()
    plum = (90, 40, 110)
    d.band(
        "SU CONTRATO EN PREGUNTAS Y RESPUESTAS",
        "Programa de Trabajadores Extranjeros Temporales de Canadá - vertiente agrícola  ·  "
        "Contrato 2026-GT-117",
        fill=plum,
        size=14,
    )
    d.p(
        "Este documento forma parte del contrato de trabajo entre Serres Boréal Inc. y el "
        "trabajador Edgar Rolando Chávez Pérez, de nacionalidad guatemalteca, pasaporte "
        "número 298451736. Si algo no le queda claro, pregunte antes de firmar.",
        align="J",
        space=2,
    )
    qa = [
        (
            "¿Quién es mi empleador?",
            "Serres Boréal Inc., 2350, rang Saint-Joseph, Saint-Rémi (Quebec) J0L 2L0, Canadá. "
            "Teléfono 450 555 0193. Su supervisora directa es la Sra. Nathalie Gendron.",
        ),
        (
            "¿Qué trabajo voy a hacer y dónde?",
            "Trabajará como obrero de invernadero: deshojar, enredar y bajar las plantas de "
            "tomate, cosechar los tomates y empacarlos en cajas. Todo el trabajo se hace en los "
            "invernaderos de la empresa en la dirección de arriba. La cuota diaria de cosecha "
            "es solo una meta del equipo; si no se alcanza, no se le descuenta nada.",
        ),
        ("¿Cuánto tiempo dura el contrato?", "Del 2 de marzo al 20 de noviembre de 2026."),
        (
            "¿Cuántas horas trabajaré?",
            "40 horas por semana, de lunes a viernes, de 7:00 a 16:00 con una hora para comer. "
            "En temporada alta puede haber trabajo los sábados por la mañana; las horas arriba "
            "de 40 por semana se pagan con 50 % adicional, como manda la ley de Quebec.",
        ),
        (
            "¿Cuánto me pagan y cuándo?",
            "16,85 dólares canadienses por hora. El pago se hace cada jueves, por depósito en su "
            "cuenta bancaria, con un talón que muestra las horas, la tarifa y cada descuento.",
        ),
        (
            "¿Qué me descuentan del salario?",
            "Solo lo que exige la ley: impuesto sobre la renta, Régimen de rentas de Quebec "
            "(RRQ), seguro de empleo y Régimen de seguro parental (RQAP). No se le descuenta "
            "nada por vivienda, transporte, boletos de avión ni herramientas.",
        ),
        (
            "¿Tengo que pagar algo para que me contraten?",
            "No. Ni Serres Boréal ni nadie que actúe en su nombre puede cobrarle cuota de "
            "inscripción, comisión, depósito ni «apoyo para el trámite». Si alguien se lo pide, "
            "avise a la empresa o al consulado de Guatemala en Montreal.",
        ),
        (
            "¿Quién paga el boleto de avión y el permiso de trabajo?",
            "Serres Boréal paga el vuelo de la Ciudad de Guatemala a Montreal, el traslado a "
            "Saint-Rémi y el permiso de trabajo. Si usted pagó los datos biométricos (85 dólares "
            "canadienses), se los reembolsamos en el primer pago. Al terminar el contrato, la "
            "empresa también paga su vuelo de regreso a la Ciudad de Guatemala.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En la casa de la empresa en 2360, rang Saint-Joseph, sin costo de renta ni de "
            "servicios. La casa tiene cocina equipada, lavadora, secadora e internet gratis.",
        ),
        (
            "¿Tengo seguro médico?",
            "Sí. Mientras llega su tarjeta de la RAMQ, la empresa le paga un seguro médico "
            "privado; después queda cubierto por la RAMQ, y por la CNESST si sufre un accidente "
            "de trabajo. Usted no paga ninguna prima.",
        ),
        (
            "¿Qué herramientas necesito?",
            "Las botas, los guantes, los carritos y las tijeras de cosecha se entregan gratis. "
            "No se cobra depósito por ellos.",
        ),
        (
            "¿Quién guarda mi pasaporte?",
            "Usted. La empresa nunca se queda con su pasaporte ni con su permiso de trabajo.",
        ),
        (
            "¿Puedo salir los fines de semana?",
            "Sí. En su tiempo libre puede ir a donde quiera y recibir visitas. Los sábados hay "
            "transporte gratuito al supermercado de Saint-Rémi.",
        ),
        (
            "¿Puedo quejarme si algo está mal?",
            "Sí. Puede presentar una queja ante la CNESST o ante el consulado sin que eso afecte "
            "su empleo ni su contratación en años futuros.",
        ),
        (
            "¿Cómo se termina el contrato?",
            "Usted puede renunciar avisando con una semana de anticipación. La empresa solo "
            "puede despedirlo por una causa grave y justificada, por escrito y después de "
            "escucharlo; si lo despide sin causa, le paga el vuelo de regreso.",
        ),
        (
            "¿Hay alguna otra cuota?",
            "La única cuota es la del equipo de fútbol de los trabajadores, que es voluntaria: "
            "5 dólares al mes si usted decide inscribirse, y se paga en efectivo al capitán del "
            "equipo, no a la empresa.",
        ),
    ]
    for i, (q, a) in enumerate(qa, start=1):
        d.hd(f"{i}. {q}", size=9.5, color=plum, space_before=1.0, space_after=0.5)
        d.p(a, align="J", space=1.0)
    d.ln(2)
    d.signature(
        ["Por Serres Boréal Inc.: Nathalie Gendron", "Trabajador: Edgar Rolando Chávez Pérez"]
    )
    meta = {
        "file": "ad10.pdf",
        "program": "generic",
        "language": "es",
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'cuota diaria de cosecha' means a harvest quota, not a fee",
            "statutory deductions (RRQ, seguro de empleo, RQAP) are not insurance_cost",
            "no deduction for housing, transport, tickets or tools (negated)",
            "negated 'cuota de inscripción, comisión, depósito ni apoyo para el trámite'",
            "flight, transfer and work permit paid; biometrics reimbursed in the first pay",
            "free housing with kitchen, laundry, internet",
            "private health insurance paid by employer; worker pays no premium",
            "tools free, no deposit",
            "worker keeps passport; free to go out; complaints without reprisal",
            "voluntary 5-dollar football team dues paid to the team captain, not the employer",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; color title band; plain-language Q&A (numbered questions as colored headings, justified answers); signature lines",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad11 - Generic (Philippines -> Taiwan) factory contract with a monthly deduction schedule
# ---------------------------------------------------------------------------------------
def ad11() -> tuple[Doc, dict]:
    d = Doc(
        fmt="A4",
        fonts=("libsans",),
        body="libsans",
        head="libsans",
        size=9.2,
        margins=(18, 16, 18),
        header_text="Employment contract - Jinhe Precision Components Co., Ltd.",
        footer_text="Contract no. JH-MFG-2026-0387",
        date=datetime(2026, 2, 26, 2, 30, tzinfo=UTC),
        program="generic",
    )
    d.set_title("Employment contract for foreign worker (manufacturing)")
    d.set_author("Jinhe Precision Components Co., Ltd.")
    d.add_page()
    d.p(
        "EMPLOYMENT CONTRACT FOR FOREIGN WORKER (MANUFACTURING)",
        size=13,
        style="B",
        align="C",
        space=1,
    )
    d.p("Contract no. JH-MFG-2026-0387", size=8.5, align="C", space=3)
    d.grid(
        [
            ["Employer", "Jinhe Precision Components Co., Ltd."],
            [
                "Employer's address",
                "No. 18, Gongye 5th Road, Dayuan District, Taoyuan City 337, Taiwan",
            ],
            ["Worker", "Maricel Dumalagan Ocampo"],
            ["Passport no.", "P8842071B, issued in Manila"],
            ["Philippine agency", "Luzviminda Global Manpower Services Corp., Ermita, Manila"],
            [
                "Taiwan broker",
                "Everbright Human Resources Management Consultant Co., Ltd., Taoyuan",
            ],
        ],
        (40, 134),
        size=8.8,
        heading=False,
        zebra=(238, 242, 248),
    )
    arts = [
        (
            "Article 1. Position and duties",
            "The Worker is employed as a machine operator: loading and unloading CNC lathes, "
            "deburring and inspecting aluminium parts, and packing finished parts.",
        ),
        (
            "Article 2. Place of work",
            "The Employer's factory at No. 18, Gongye 5th Road, Dayuan District, Taoyuan City.",
        ),
        (
            "Article 3. Term",
            "Three years, from 20 April 2026 to 19 April 2029, counted from the Worker's arrival "
            "in Taiwan.",
        ),
        (
            "Article 4. Working hours",
            "Eight hours a day, five days a week, from 08:00 to 17:00 with a one-hour lunch "
            "break. Overtime is voluntary and is paid at the rates of the Labor Standards Act.",
        ),
        ("Article 5. Salary", "NT$29,500 per month."),
        (
            "Article 6. Payment",
            "Salary is paid into the Worker's own bank account on the 10th day of every month, "
            "with a payslip in English and Tagalog.",
        ),
        (
            "Article 7. Deductions",
            "Only the deductions listed in Schedule A may be taken from the salary.",
        ),
        (
            "Article 8. Board and lodging",
            "Lunch on working days is provided free in the factory canteen. Dormitory "
            "accommodation is provided at the rate shown in Schedule A.",
        ),
        (
            "Article 9. Costs borne by the Employer",
            "The Employer pays the employment stability fee to the Ministry of Labor, the "
            "Alien Resident Certificate fee, and the health examinations required after entry "
            "into Taiwan.",
        ),
    ]
    for title, text in arts:
        d.p(f"**{title}.** {text}", md=True, align="J", space=1.6)
    q_loan = (
        "The Worker's placement loan of PHP 95,000 from Maharlika Lending Corp. shall be "
        "repaid by salary deduction of NT$6,200 a month, which the Employer remits directly to "
        "the lender's agent in Taiwan."
    )
    d.p(f"**Article 10. Pre-departure loan.** {q_loan}", md=True, align="J", space=1.6)
    d.fee("debt_bondage", q_loan, 95000, "PHP")
    for title, text in [
        (
            "Article 11. Return ticket",
            "At the end of the contract the Employer buys the Worker's air ticket from Taoyuan "
            "to Manila.",
        ),
        (
            "Article 12. Documents",
            "The Worker keeps his or her own passport and Alien Resident Certificate. Neither the "
            "Employer nor the broker may hold them.",
        ),
        (
            "Article 13. Leave",
            "Weekly rest days, national holidays and annual leave are granted as required by "
            "the Labor Standards Act.",
        ),
        (
            "Article 14. Language",
            "This contract is made in English and in Tagalog; both texts are equally valid.",
        ),
    ]:
        d.p(f"**{title}.** {text}", md=True, align="J", space=1.6)
    d.hd("Schedule A - Monthly deductions from salary (NT$)", size=10)
    r_dorm = ["Dormitory and utilities", "2,500", "2,500", "2,500", "Paid to Employer"]
    r_broker = ["Broker service fee", "1,800", "1,700", "1,500", "Paid to Everbright"]
    r_save = ["Compulsory savings", "3,000", "3,000", "3,000", "Refunded at contract end"]
    d.grid(
        [
            ["Item", "Months 1-12", "Months 13-24", "Months 25-36", "Remarks"],
            ["Labour insurance (worker share)", "703", "703", "703", "Statutory"],
            ["National Health Insurance", "458", "458", "458", "Statutory"],
            ["Income tax", "As assessed", "As assessed", "As assessed", "Statutory"],
            r_dorm,
            r_broker,
            r_save,
        ],
        (52, 24, 24, 24, 50),
        size=8.5,
        head_fill=(220, 228, 240),
    )
    d.fee("housing_charge", row_text(r_dorm), 2500, "TWD")
    d.fee("recruitment_fee", row_text(r_broker), 1800, "TWD")
    d.fee("wage_withholding", row_text(r_save), 3000, "TWD")
    d.signature(
        ["For the Employer: Lin Wen-hsiung, General Manager", "Worker: Maricel Dumalagan Ocampo"]
    )
    meta = {
        "file": "ad11.pdf",
        "program": "generic",
        "language": "en",
        "missing_terms": ["termination"],
        "recruiters": [
            "Luzviminda Global Manpower Services Corp.",
            "Everbright Human Resources Management Consultant Co., Ltd.",
        ],
        "traps": [
            "statutory labour insurance and National Health Insurance shares are not insurance_cost",
            "income tax (statutory)",
            "employer pays employment stability fee, ARC fee and post-entry health checks",
            "free canteen lunch",
            "overtime voluntary and paid (not a fee)",
            "worker keeps passport and ARC (negated retention)",
            "return ticket paid by employer",
            "broker service fee is lawful locally but a recruitment fee under the ILO baseline",
        ],
        "doc_type": "work_contract",
        "layout": "A4; parties table; numbered Articles with bold run-in titles; Schedule A gridded monthly deduction table with three periods",
    }
    return d, meta


# ---------------------------------------------------------------------------------------
# ad12 - Generic (Honduras -> Spain, GECCO) seasonal contract, Spanish | English aligned
# ---------------------------------------------------------------------------------------
def ad12() -> tuple[Doc, dict]:
    d = Doc(
        fmt="A4",
        fonts=("notoserif", "notosans"),
        body="notoserif",
        head="notosans",
        size=8.6,
        margins=(16, 16, 16),
        header_text="Frutas del Condado Onubense, S.L. - Campaña 2026 / 2026 season",
        footer_text="Contrato de temporada / Seasonal contract FCO-GECCO-2026-0219",
        date=datetime(2025, 12, 4, 12, 0, tzinfo=UTC),
        program="generic",
    )
    d.page_words = ("pág. / page", "de / of")
    d.set_title("Contrato de trabajo de temporada / Seasonal employment contract")
    d.set_author("Frutas del Condado Onubense, S.L.")
    d.add_page()
    d.p(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA - CAMPAÑA AGRÍCOLA 2026\n"
        "FIXED-TERM EMPLOYMENT CONTRACT - 2026 FARM SEASON",
        size=11,
        style="B",
        align="C",
        family="notosans",
        space=1,
    )
    d.p(
        "Gestión Colectiva de Contrataciones en Origen (GECCO) / Collective recruitment at "
        "origin (GECCO)",
        size=8,
        align="C",
        space=3,
    )
    rows = [
        ["Español", "English"],
        [
            "REUNIDOS. De una parte, Frutas del Condado Onubense, S.L., con domicilio en "
            "Polígono Los Arenales, parcela 14, 21800 Moguer (Huelva), España (la EMPRESA). De "
            "otra, Karla Yamileth Mejía Orellana, de nacionalidad hondureña, pasaporte "
            "G7315520 (la TRABAJADORA).",
            "PARTIES. On one side, Frutas del Condado Onubense, S.L., of Polígono Los Arenales, "
            "plot 14, 21800 Moguer (Huelva), Spain (the COMPANY). On the other, Karla Yamileth "
            "Mejía Orellana, Honduran national, passport G7315520 (the WORKER).",
        ],
        [
            "1. Objeto. La TRABAJADORA prestará servicios como peona agrícola: recolección de "
            "fresa y arándano, plantación, limpieza de túneles y carga de cajas.",
            "1. Purpose. The WORKER will work as a farm labourer: picking strawberries and "
            "blueberries, planting, cleaning polytunnels and loading boxes.",
        ],
        [
            "2. Lugar. Fincas de la EMPRESA en Moguer y Lucena del Puerto (Huelva).",
            "2. Place. The COMPANY's farms in Moguer and Lucena del Puerto (Huelva).",
        ],
        [
            "3. Duración. Del 9 de febrero al 15 de junio de 2026.",
            "3. Term. From 9 February to 15 June 2026.",
        ],
        [
            "4. Jornada. 39 horas semanales, de lunes a sábado de 8:00 a 14:30.",
            "4. Hours. 39 hours a week, Monday to Saturday from 8:00 to 14:30.",
        ],
        [
            "5. Salario. 58,85 euros brutos por jornada, con la parte proporcional de pagas "
            "extraordinarias y vacaciones incluida.",
            "5. Pay. EUR 58.85 gross per working day, including the pro-rata share of extra "
            "payments and holidays.",
        ],
        [
            "6. Pago. Mensual, por transferencia bancaria en los cinco primeros días del mes "
            "siguiente, con nómina detallada.",
            "6. Payment. Monthly, by bank transfer within the first five days of the following "
            "month, with a detailed payslip.",
        ],
        [
            "7. Deducciones. Solo las legales: cotización de la TRABAJADORA a la Seguridad "
            "Social y retención del IRPF. No se descuenta nada por alojamiento, viaje, visado "
            "ni herramientas.",
            "7. Deductions. Only those required by law: the WORKER's Social Security "
            "contribution and income tax withholding. Nothing is deducted for housing, travel, "
            "visa or tools.",
        ],
        [
            "8. Alojamiento. La EMPRESA facilita alojamiento gratuito en la finca Los Arenales, "
            "con cocina, agua caliente y electricidad sin coste.",
            "8. Housing. The COMPANY provides free housing at the Los Arenales farm, with "
            "kitchen, hot water and electricity at no cost.",
        ],
        [
            "9. Viaje. La EMPRESA paga el billete de ida de San Pedro Sula a Sevilla, el "
            "traslado a Moguer y el billete de vuelta al final de la campaña.",
            "9. Travel. The COMPANY pays the outbound ticket from San Pedro Sula to Seville, "
            "the transfer to Moguer and the return ticket at the end of the season.",
        ],
        [
            "10. Visado y tasas. La tasa del visado y la tasa de autorización de residencia y "
            "trabajo (modelo 790, código 062) las abona la EMPRESA.",
            "10. Visa and fees. The visa fee and the residence and work authorisation fee "
            "(form 790, code 062) are paid by the COMPANY.",
        ],
        [
            "11. Equipos. Guantes, tijeras, botas y ropa de agua se entregan gratuitamente; no "
            "se exige fianza.",
            "11. Equipment. Gloves, shears, boots and rain gear are supplied free; no deposit "
            "is required.",
        ],
        [
            "12. Documentos. La TRABAJADORA conserva su pasaporte y su TIE en todo momento.",
            "12. Documents. The WORKER keeps her passport and residence card at all times.",
        ],
        [
            "13. Libertad. La TRABAJADORA puede salir libremente del alojamiento y recibir "
            "visitas fuera del horario de trabajo.",
            "13. Freedom. The WORKER may leave the housing freely and receive visitors outside "
            "working hours.",
        ],
        [
            "14. Extinción. El contrato termina al final de la campaña o por las causas del "
            "Estatuto de los Trabajadores; el despido disciplinario se notifica por escrito "
            "con expresión de la causa.",
            "14. Termination. The contract ends at the close of the season or for the reasons "
            "in the Workers' Statute; a disciplinary dismissal is notified in writing stating "
            "the reason.",
        ],
        [
            "15. Retorno. La TRABAJADORA se compromete a regresar a su país al terminar el "
            "contrato, como exige el programa; el incumplimiento no conlleva multa ni "
            "penalización económica alguna.",
            "15. Return. The WORKER undertakes to return home at the end of the contract, as the "
            "programme requires; failing to do so carries no fine or financial penalty.",
        ],
        [
            "16. Quejas. Puede dirigirse a la Inspección de Trabajo o a los sindicatos sin "
            "sufrir represalias. La selección en origen se hizo sin coste para la TRABAJADORA.",
            "16. Complaints. She may turn to the Labour Inspectorate or the unions without "
            "reprisal. Selection at origin was made at no cost to the WORKER.",
        ],
    ]
    d.grid(rows, (89, 89), size=8.4, borders="HORIZONTAL_LINES", head_fill=(235, 230, 215))
    d.add_page()
    d.p("En Moguer, a 4 de diciembre de 2025. / Moguer, 4 December 2025.", space=2)
    d.signature(["La EMPRESA / The COMPANY", "La TRABAJADORA / The WORKER"])
    d.hd("ANEXO I - Costes de la contratación / ANNEX I - Recruitment costs", size=9.5)
    d.grid(
        [
            ["Concepto / Item", "Lo paga / Paid by", "Importe / Amount"],
            ["Tasa de visado / Visa fee", "EMPRESA / COMPANY", "80 EUR"],
            ["Tasa modelo 790-062 / Work authorisation fee", "EMPRESA / COMPANY", "10,94 EUR"],
            [
                "Billete de ida y vuelta / Round-trip ticket",
                "EMPRESA / COMPANY",
                "aprox. / approx. 1.150 EUR",
            ],
            ["Reconocimiento médico / Medical check", "EMPRESA / COMPANY", "-"],
            ["Seguro de accidentes / Accident insurance", "EMPRESA / COMPANY", "-"],
            ["Curso de prevención de riesgos / Safety course", "EMPRESA / COMPANY", "-"],
            [
                "Alojamiento / Housing",
                "EMPRESA / COMPANY",
                "0 EUR para la trabajadora / for the worker",
            ],
        ],
        (76, 40, 62),
        size=8.2,
        head_fill=(235, 230, 215),
    )
    d.p(
        "Ninguno de estos costes se descuenta del salario ni se reclama a la TRABAJADORA. / "
        "None of these costs is deducted from wages or claimed from the WORKER.",
        size=8.4,
    )
    meta = {
        "file": "ad12.pdf",
        "program": "generic",
        "language": "en+es",
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "statutory Social Security contribution and IRPF are not findings",
            "nothing deducted for housing, travel, visa or tools (negated)",
            "free housing with utilities",
            "outbound and return tickets paid by the company",
            "'tasa' (fee) of the visa and form 790 paid by the company",
            "equipment free, 'no se exige fianza' (negated deposit)",
            "worker keeps passport and TIE; free to leave housing",
            "return commitment without fine or penalty (negated breach penalty)",
            "selection at origin at no cost",
            "annex cost table with payer column: visa, ticket, medical check, accident insurance, safety course all paid by the company",
        ],
        "doc_type": "work_contract",
        "layout": "A4; bilingual Spanish | English aligned in two table columns with horizontal rules; numbered clauses; annex cost table with payer column",
    }
    return d, meta


BUILDERS = [ad01, ad02, ad03, ad04, ad05, ad06, ad07, ad08, ad09, ad10, ad11, ad12]
KEYS = [
    "file",
    "program",
    "language",
    "scanned",
    "pages",
    "fees",
    "missing_terms",
    "recruiters",
    "traps",
    "doc_type",
    "layout",
]


def verify(out: Path, labels: list[dict], scanned: dict[str, set[int]]) -> list[str]:
    errors: list[str] = []
    seen = {f["category"] for lab in labels for f in lab["fees"]}
    for cat in TAXONOMY:
        if cat not in seen:
            errors.append(f"batch: category {cat} never labelled")
    for lab in labels:
        name = lab["file"]
        if not 1 <= lab["pages"] <= 4:
            errors.append(f"{name}: {lab['pages']} pages")
        required = REQUIRED[lab["program"]]
        for term in lab["missing_terms"]:
            if term not in required:
                errors.append(f"{name}: {term} is not required for {lab['program']}")
        with pdfplumber.open(out / name) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{name}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = [norm(page.extract_text() or "") for page in pdf.pages]
        for n in scanned[name]:
            if texts[n - 1]:
                errors.append(f"{name}: scanned page {n} has a text layer")
        for fee in lab["fees"]:
            page = fee["page"]
            if not 1 <= page <= lab["pages"]:
                errors.append(f"{name}: fee on page {page} out of range")
                continue
            if page in scanned[name]:
                continue
            if norm(fee["quote"]) not in texts[page - 1]:
                errors.append(f"{name}: quote not found on page {page}: {fee['quote'][:70]}")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels: list[dict] = []
    scanned: dict[str, set[int]] = {}
    for build in BUILDERS:
        doc, meta = build()
        (out / meta["file"]).write_bytes(bytes(doc.output()))
        meta["scanned"] = bool(doc.scanned_pages)
        meta["pages"] = doc.pages_count
        meta["fees"] = doc.fees
        scanned[meta["file"]] = set(doc.scanned_pages)
        labels.append({k: meta[k] for k in KEYS})
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    errors = verify(out, labels, scanned)
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    n_fees = sum(len(lab["fees"]) for lab in labels)
    n_clean = sum(1 for lab in labels if not lab["fees"] and not lab["missing_terms"])
    print(f"wrote {len(labels)} PDFs, {n_fees} labelled fee quotes, {n_clean} compliant -> {out}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
