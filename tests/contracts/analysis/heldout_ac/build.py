#!/usr/bin/env python3
"""Blind held-out batch "ac": 12 labelled contract PDFs for FairRecruit.

Usage: build.py OUT_DIR

Writes OUT_DIR/ac01.pdf ... OUT_DIR/ac12.pdf and OUT_DIR/labels.json, then verifies that
every fee quote of a born-digital page is found (whitespace-normalized) in pdfplumber's
extract_text of its labelled page, and that scanned pages carry no text layer. Exits
non-zero on any mismatch. Output is deterministic (fixed creation date, fixed seeds).
"""

from __future__ import annotations

import datetime
import io
import json
import sys
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = datetime.datetime(2026, 2, 9, 14, 30, 0, tzinfo=datetime.UTC)
FONT_DIRS = {
    "dejavu": Path("/usr/share/fonts/truetype/dejavu"),
    "liberation": Path("/usr/share/fonts/truetype/liberation"),
    "noto": Path("/usr/share/fonts/truetype/noto"),
}
FAMILIES = {
    # family: (dir, regular, bold, italic, bold-italic)
    "dvsans": (
        "dejavu",
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    ),
    "dvcond": (
        "dejavu",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
    ),
    "dvserif": (
        "dejavu",
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif-Italic",
        "DejaVuSerif-BoldItalic",
    ),
    "libserif": (
        "liberation",
        "LiberationSerif-Regular",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    ),
    "libsans": (
        "liberation",
        "LiberationSans-Regular",
        "LiberationSans-Bold",
        "LiberationSans-Italic",
        "LiberationSans-BoldItalic",
    ),
    "libnarrow": (
        "liberation",
        "LiberationSansNarrow-Regular",
        "LiberationSansNarrow-Bold",
        "LiberationSansNarrow-Italic",
        "LiberationSansNarrow-BoldItalic",
    ),
    "noto": ("noto", "NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
}

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category: str, program: str, passport_only: bool = False) -> str:
    """Severity per the taxonomy for the given program."""
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program in ("h2b", "generic"):
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def fee(category, program, page, amount, currency, quote, group=None, passport_only=False):
    item = {
        "category": category,
        "severity": severity(category, program, passport_only),
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        item["group"] = group
    return item


def norm(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------
# Rendering engine
# --------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        family="dvsans",
        extra_families=(),
        header_left="",
        header_right="",
        footer_text="",
        margins=(20, 18, 20),
        bottom=18,
        title="",
        author="",
        accent=(40, 70, 110),
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.fam = family
        for fam in (family, *extra_families):
            d, reg, bold, ital, bi = FAMILIES[fam]
            base = FONT_DIRS[d]
            self.add_font(fam, "", str(base / f"{reg}.ttf"))
            self.add_font(fam, "B", str(base / f"{bold}.ttf"))
            self.add_font(fam, "I", str(base / f"{ital}.ttf"))
            self.add_font(fam, "BI", str(base / f"{bi}.ttf"))
        self.header_left = header_left
        self.header_right = header_right
        self.footer_text = footer_text
        self.image_pages: set[int] = set()
        self.accent = accent
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(CREATED)
        self.set_creator("heldout batch ac")
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_font(family, "", 10)

    # header / footer ------------------------------------------------------------------
    def header(self):
        if self.page in self.image_pages or not (self.header_left or self.header_right):
            return
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(105, 105, 105)
        self.set_xy(self.l_margin, 9)
        w = self.w - self.l_margin - self.r_margin
        if self.header_left:
            self.cell(w, 4, self.header_left, align="L")
        if self.header_right:
            self.set_x(self.l_margin)
            self.cell(w, 4, self.header_right, align="R")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page in self.image_pages or not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(105, 105, 105)
        self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # text helpers ---------------------------------------------------------------------
    def font(self, style="", size=10, family=None):
        self.set_font(family or self.fam, style, size)

    def band(self, text, sub="", size=15, fill=None, color=(255, 255, 255), height=None):
        fill = fill or self.accent
        y0 = self.get_y()
        h = height or (size * 0.55 + (6 if sub else 0) + 6)
        self.set_fill_color(*fill)
        self.rect(0, y0 - 4, self.w, h, style="F")
        self.set_text_color(*color)
        self.set_xy(self.l_margin, y0)
        self.font("B", size)
        self.cell(0, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.font("", 8.5)
            self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_y(y0 - 4 + h + 4)

    def heading(self, text, size=13, align="C", after=2.5, style="B", before=0.0):
        self.ln(before)
        self.font(style, size)
        self.multi_cell(0, size * 0.47, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def h2(self, text, size=10.5, before=2.0, after=1.0, color=None):
        self.ln(before)
        if color:
            self.set_text_color(*color)
        self.font("B", size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def p(self, text, size=9.5, style="", align="J", lh=None, after=1.6, indent=0.0, color=None):
        self.font(style, size)
        if color:
            self.set_text_color(*color)
        lh = lh or size * 0.47
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh,
            text,
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def lp(self, label, text, size=9.5, align="J", lh=None, after=1.6, indent=0.0):
        """Paragraph with a bold run-in label."""
        for bad in ("**", "__", "--", "~~"):
            assert bad not in label + text, (bad, text)
        self.font("", size)
        lh = lh or size * 0.47
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh,
            f"**{label}** {text}",
            align=align,
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)

    def bullet(self, text, size=9.5, indent=4.0, lh=None, after=0.8, mark="\u2022"):
        self.font("", size)
        lh = lh or size * 0.47
        self.set_x(self.l_margin + indent)
        self.cell(4, lh, mark)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent - 4,
            lh,
            text,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=9,
        lh=None,
        borders="ALL",
        head_fill=(225, 230, 238),
        bold_first=False,
        padding=1.3,
        after=2.5,
        zebra=None,
        family=None,
    ):
        self.font("", size, family)
        lh = lh or size * 0.46
        kwargs = {}
        if zebra:
            kwargs["cell_fill_color"] = zebra
            kwargs["cell_fill_mode"] = "ROWS"
        with self.table(
            col_widths=widths,
            width=sum(widths),
            line_height=lh,
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=bool(header),
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            padding=padding,
            v_align="TOP",
            align="LEFT",
            **kwargs,
        ) as table:
            if header:
                r = table.row()
                for c in header:
                    r.cell(c)
            for row in rows:
                r = table.row()
                for i, c in enumerate(row):
                    style = FontFace(emphasis="BOLD") if bold_first and i == 0 else None
                    r.cell(c, style=style)
        self.ln(after)

    def signatures(self, names, size=8.5, gap=12, box=None):
        """Signature lines side by side: names = [(caption, name), ...]."""
        self.ln(gap)
        n = len(names)
        usable = self.w - self.l_margin - self.r_margin
        slot = usable / n
        y = self.get_y()
        if y > self.h - 40:
            self.add_page()
            y = self.get_y() + gap
        for i, (caption, name) in enumerate(names):
            x = self.l_margin + i * slot
            self.line(x + 2, y, x + slot - 6, y)
            self.set_xy(x + 2, y + 1)
            self.font("B", size)
            self.cell(slot - 8, 4, name)
            self.set_xy(x + 2, y + 5)
            self.font("", size - 0.5)
            self.cell(slot - 8, 4, caption)
        if box:
            bx = self.w - self.r_margin - 22
            self.rect(bx, y - 24, 22, 22)
            self.set_xy(bx, y - 2)
            self.font("", 7)
            self.cell(22, 4, box, align="C")
        self.set_y(y + 12)

    def output_bytes(self) -> bytes:
        return bytes(self.output())


def degrade(
    pdf_bytes: bytes, seed: int, angle: float, dpi: int = 200
) -> tuple[bytes, float, float]:
    """Render page 1 of pdf_bytes to a slightly degraded greyscale JPEG (a 'scan')."""
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    w_pt, h_pt = page.get_size()
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    img = bitmap.to_pil().convert("L")
    page.close()
    doc.close()
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
    rng = np.random.RandomState(seed)
    arr = np.asarray(img).astype(np.float32)
    # paper tone, uneven lighting, sensor noise
    h, w = arr.shape
    yy = np.linspace(0.0, 1.0, h)[:, None]
    xx = np.linspace(0.0, 1.0, w)[None, :]
    shade = 10.0 * (0.6 * xx + 0.4 * yy)
    arr = arr * 0.93 + 8.0 - shade + rng.normal(0.0, 5.5, size=arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, mode="L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=80, optimize=False, progressive=False)
    return buf.getvalue(), w_pt, h_pt


def add_scanned_page(doc: Doc, jpeg: bytes):
    doc.image_pages.add(doc.page + 1)
    doc.set_auto_page_break(False)
    doc.add_page()
    doc.image(io.BytesIO(jpeg), x=0, y=0, w=doc.w, h=doc.h)


# --------------------------------------------------------------------------------------
# ac01 — H-2B landscaping job order, numbered clauses, compliant
# --------------------------------------------------------------------------------------


def ac01():
    prog = "h2b"
    d = Doc(
        family="libserif",
        header_left="Bramblewood Grounds & Hardscape LLC",
        header_right="Job order H-400-26027-881204",
        footer_text="H-2B job order and work contract  \u00b7  page {p} of {nb}",
        title="H-2B Job Order - Landscape Laborer",
        author="Bramblewood Grounds & Hardscape LLC",
        accent=(46, 94, 52),
        margins=(22, 20, 22),
    )
    d.add_page()
    d.heading(
        "TEMPORARY NON-AGRICULTURAL EMPLOYMENT\nJOB ORDER AND WORK CONTRACT (H-2B)", size=13.5
    )
    d.p(
        "Landscape Laborer  \u00b7  26 positions  \u00b7  Lititz Crossing, Pennsylvania",
        size=10,
        align="C",
        style="I",
        after=4,
    )
    s = 10.3
    d.lp(
        "1. The employer.",
        'This job order is issued by Bramblewood Grounds & Hardscape LLC (the "Company"), '
        "1187 Quarry Hollow Road, Lititz Crossing, PA 17543, telephone (717) 555-0142, FEIN 23-7781904. "
        "Once a worker is hired under it, this job order is the work contract between that worker and "
        "the Company. Questions may be directed to Gretchen Adelsberger, Human Resources Coordinator.",
        size=s,
    )
    d.lp(
        "2. Position and duties.",
        "Job title: Landscape Laborer (SOC 37-3011). Crews install and keep up residential and "
        "commercial grounds. Typical tasks are mowing, string-trimming and edging; spreading mulch, "
        "topsoil and stone; digging planting beds and setting trees and shrubs; laying pavers and "
        "building dry-stack retaining walls; pruning and hand-watering; loading and unloading trailers; "
        "and, on estate accounts, cleaning fountains and refilling bird feeders. From late October crews "
        "rake, blow and vacuum leaves.",
        size=s,
    )
    d.lp(
        "3. Minimum requirements.",
        "Three months of verifiable experience in landscaping, nursery or general farm labor, and the "
        "ability to lift and carry 50 pounds repeatedly and to work outdoors in heat and rain. No "
        "diploma, certificate or driver's license is required, and English is not required.",
        size=s,
    )
    d.lp(
        "4. Period of employment.",
        "Work begins on March 16, 2026 and ends on November 20, 2026.",
        size=s,
    )
    d.lp("5. Places of work.", "Work is performed at the following sites:", size=s, after=1.2)
    d.grid(
        [
            ["Company yard and shop", "1187 Quarry Hollow Road, Lititz Crossing, PA 17543"],
            ["Conestoga Meadows HOA", "40 Millrace Circle, Lititz Crossing, PA 17543"],
            [
                "Warwick Park estates",
                "Private residences in Warwick Township, Lancaster County, PA",
            ],
            ["Brickerville office campus", "2950 Furnace Hills Pike, Brickerville, PA 17543"],
        ],
        widths=[55, 116],
        header=["Site", "Address"],
        size=9.5,
        head_fill=(221, 234, 222),
    )
    d.lp(
        "6. Hours of work.",
        "The normal schedule is 40 hours per week, Monday through Friday, from 7:00 a.m. to 3:30 p.m. "
        "with an unpaid 30-minute lunch. When rain cancels a weekday, make-up work may be offered on "
        "Saturday from 7:00 a.m. to 12:00 noon; Saturday hours that take a worker past 40 hours in the "
        "week are paid as overtime.",
        size=s,
    )
    d.lp("7. Wages.", "", size=s, after=0.6)
    for t in (
        "(a) Rate of pay: $18.42 per hour for all hours worked.",
        "(b) Overtime: hours over 40 in a workweek are paid at $27.63 per hour.",
        "(c) Adjustments: if a prevailing wage or a federal, state or local minimum wage higher than "
        "$18.42 takes effect during the contract period, the Company will pay that higher rate from "
        "its effective date.",
        "(d) Paydays: wages are paid every other Friday (biweekly), by direct deposit to the worker's "
        "bank account or by paper check if the worker prefers.",
        "(e) Pay statements: each payday the worker receives an itemized statement showing hours "
        "offered, hours worked, rate of pay, gross pay, each deduction and its purpose, and net pay.",
    ):
        d.p(t, size=s, indent=5, after=0.8)
    d.ln(1)
    d.lp(
        "8. Deductions.",
        "The Company deducts only federal income tax; Pennsylvania income tax and the Warwick Township "
        "earned income tax; Social Security and Medicare taxes where they apply; and garnishments ordered "
        "by a court. Nothing is deducted for tools, clothing, transportation, visas or recruitment.",
        size=s,
    )
    d.lp(
        "9. Three-fourths guarantee.",
        "The Company guarantees to offer each worker employment for a total number of hours equal to "
        "at least three-fourths (75%) of the workdays in each 12-week period of the contract, counted "
        "from the first workday. If it offers less, it pays the worker what he would have earned for "
        "the guaranteed hours. Hours offered but refused by the worker count toward the guarantee.",
        size=s,
    )
    d.lp("10. Travel and visa costs.", "", size=s, after=0.6)
    for t in (
        "(a) Coming to the job: Bramblewood buys the bus ticket from the place of recruitment in "
        "Monterrey, Nuevo Le\u00f3n to Lititz Crossing or, if a worker has already paid for it, "
        "reimburses the fare, together with daily subsistence at the Department of Labor rate, in the "
        "first workweek.",
        "(b) Visa: the Company bears the nonimmigrant visa application charge and any border-crossing "
        "charge in full; where the consulate required a worker to pay any of them, the amount is repaid "
        "with the first paycheck.",
        "(c) Going home: a worker who completes the contract, or who is dismissed early for any reason "
        "other than cause, receives return transportation and daily subsistence to Monterrey, paid by "
        "the Company.",
        "(d) Daily rides: a company van leaves the Main Street park-and-ride in Lititz Crossing at "
        "6:35 a.m. each workday and brings workers back after the shift; riders pay nothing.",
    ):
        d.p(t, size=s, indent=5, after=0.8)
    d.ln(1)
    d.lp(
        "11. Tools, equipment and clothing.",
        "The Company supplies, at no cost and without any deposit, all tools, equipment and supplies "
        "needed for the job, including mowers, trimmers, blowers, hand tools, gloves, safety glasses, "
        "hearing protection and two high-visibility company T-shirts. Extra T-shirts are sold at the "
        "office for $9.00 each to anyone who wants more than two; buying them is entirely optional and "
        "no one is expected to.",
        size=s,
    )
    d.lp(
        "12. Recruitment.",
        "Workers are recruited in Mexico by Sierra Madre Talent Link, S.C., Av. Constituci\u00f3n 1420, "
        "Monterrey, N.L. The Company pays every charge of Sierra Madre Talent Link itself. Its written "
        "agreement with the Company forbids it, its staff and any sub-agent to seek or accept money, "
        "gifts or favors from a worker, and no worker pays anything to anyone to be selected, "
        "interviewed or hired. Anyone asked for money should call the Company collect at "
        "(717) 555-0142 or the U.S. Department of Labor at 1-866-487-9243.",
        size=s,
    )
    d.lp(
        "13. Customer charges.",
        "Customers are billed a fuel surcharge and a green-waste disposal fee on their invoices. These "
        "are customer charges only and are never passed on to, or taken from, workers.",
        size=s,
    )
    d.lp(
        "14. Housing.",
        "The Company does not provide housing. The HR office keeps a list of rentals near Lititz "
        "Crossing and will drive newly arrived workers to see them, free of charge. Workers live where "
        "they choose and spend their time off as they wish.",
        size=s,
    )
    d.lp(
        "15. Identity documents.",
        "Workers keep their own passports, visas and identity documents at all times; the Company will "
        "not hold them, not even for safekeeping.",
        size=s,
    )
    d.lp(
        "16. Complaints.",
        "Workers may raise concerns with the Company, a union, a lawyer, their consulate or the Wage "
        "and Hour Division. The Company will not discharge, discipline, blacklist or refuse to rehire "
        "any worker for doing so.",
        size=s,
    )
    d.lp(
        "17. End of employment.",
        "A worker who fails to report for work for five consecutive working days without the Company's "
        "consent is considered to have abandoned the job, and the Company will notify the Department of "
        "Labor and the Department of Homeland Security in writing within two business days. A worker "
        "may be dismissed for cause, such as theft, violence or repeated safety violations, after a "
        "written warning and a chance to respond. A worker who abandons the job or is dismissed for "
        "cause loses the three-fourths guarantee for the rest of the period and the paid return trip.",
        size=s,
    )
    d.lp(
        "18. If the work becomes impossible.",
        "If a fire, flood, hurricane or other Act of God beyond the Company's control makes it "
        "impossible to continue the work, and the Department of Labor so certifies, the Company may end "
        "the contract early. It will then pay the three-fourths guarantee up to the termination date, "
        "pay return transportation and subsistence, and make reasonable efforts to transfer the worker "
        "to other suitable employment.",
        size=s,
    )
    d.lp(
        "19. Language.",
        "Each worker receives a copy of this contract in Spanish no later than the day he applies for "
        "the visa.",
        size=s,
    )
    d.signatures(
        [
            ("For the Company, January 14, 2026", "Gretchen Adelsberger"),
            ("Worker's signature and date", ""),
        ]
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Sierra Madre Talent Link, S.C."],
        "traps": [
            "'bird feeders' job duty contains 'fee'",
            "direct deposit (pay method, not a deposit)",
            "visa and border-crossing charges borne or repaid by employer",
            "inbound bus bought or reimbursed in first workweek",
            "tools, gloves and two T-shirts free, no deposit",
            "optional purchase of extra T-shirts at $9.00 (voluntary, not required)",
            "recruiter's charges paid by the employer; no worker pays anyone (negated recruitment fee)",
            "fuel surcharge and disposal fee billed to customers, never to workers",
            "free daily van ride",
            "workers keep passports (negated retention)",
            "no blacklisting or refusal to rehire for complaints (negated)",
            "lawful loss of guarantee/return trip after abandonment or dismissal for cause",
        ],
        "doc_type": "job_order",
        "layout": "numbered clauses, serif; worksite grid table; header rule; signature lines",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac02 — H-2B seafood recruiter agreement in Spanish
# --------------------------------------------------------------------------------------


def ac02():
    prog = "h2b"
    d = Doc(
        family="dvsans",
        header_left="Enlace Laboral del Golfo, S. de R.L. de C.V.",
        header_right="Convenio folio ELG-26-0317",
        footer_text="Convenio ELG-26-0317  \u00b7  hoja {p} de {nb}",
        title="Convenio de reclutamiento H-2B",
        author="Enlace Laboral del Golfo",
        accent=(20, 90, 140),
        margins=(20, 20, 20),
    )
    d.add_page()
    d.heading(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE RECLUTAMIENTO\nPARA EMPLEO TEMPORAL EN ESTADOS UNIDOS (VISA H-2B)",
        size=11.5,
    )
    s = 9.3
    d.p(
        "En Alvarado, Veracruz, el d\u00eda 19 de enero de 2026, comparecen por una parte Enlace Laboral "
        "del Golfo, S. de R.L. de C.V., con domicilio en calle Aldama 58, Centro, Alvarado, Veracruz, "
        "representada en este acto por el Lic. Eusebio Carranza Montiel, a quien en lo sucesivo se "
        'denominar\u00e1 "EL RECLUTADOR", y por la otra la C. Marisol Teodora Huesca Lagunes, originaria '
        'de Tlacotalpan, Veracruz, con CURP HULM940312MVZSGR07, a quien se denominar\u00e1 "LA PERSONA '
        'TRABAJADORA", quienes manifiestan lo siguiente:',
        size=s,
    )
    d.heading("D E C L A R A C I O N E S", size=10, after=1.5)
    d.lp(
        "I.",
        "Declara EL RECLUTADOR que es una sociedad constituida conforme a las leyes mexicanas, que su "
        "objeto incluye la colocaci\u00f3n de trabajadores en el extranjero y que est\u00e1 inscrito en el "
        "Registro Central de Agencias de Colocaci\u00f3n con el n\u00famero RCA-VER-0581.",
        size=s,
    )
    d.lp(
        "II.",
        "Declara LA PERSONA TRABAJADORA que es mayor de edad, que sabe leer y escribir, que cuenta con "
        "pasaporte vigente y que tiene experiencia previa en el procesamiento de mariscos.",
        size=s,
    )
    d.lp(
        "III.",
        "Declaran ambas partes que conocen el alcance de este convenio y que lo celebran sin error, dolo "
        "ni mala fe, por lo que se sujetan a las siguientes:",
        size=s,
    )
    d.heading("C L \u00c1 U S U L A S", size=10, after=1.5, before=1)
    d.lp(
        "PRIMERA. Objeto.",
        "EL RECLUTADOR gestionar\u00e1 la contrataci\u00f3n de LA PERSONA TRABAJADORA por cuenta de "
        'Port Bellerive Crab Company LLC (en lo sucesivo "LA EMPRESA"), procesadora de mariscos '
        "establecida en Luisiana, Estados Unidos, que cuenta con certificaci\u00f3n laboral temporal "
        "H-2B. Las condiciones del empleo que ofrece LA EMPRESA son las siguientes:",
        size=s,
    )
    d.grid(
        [
            [
                "Empleador",
                "Port Bellerive Crab Company LLC, 410 Levee Road, Port Bellerive, Luisiana 70528, EE. UU.",
            ],
            [
                "Puesto",
                "Picadora de jaiba: separar la carne de la jaiba cocida, clasificarla (jumbo, lump, claw) "
                "y empacarla en envases de una libra",
            ],
            [
                "Lugar de trabajo",
                "Planta de LA EMPRESA en 410 Levee Road, Port Bellerive, Luisiana",
            ],
            ["Periodo", "Del 1 de abril al 15 de octubre de 2026"],
            ["Jornada", "De lunes a viernes, de 6:00 a 14:30 horas; 40 horas por semana"],
            [
                "Salario",
                "16.27 d\u00f3lares por hora, o 4.10 d\u00f3lares por libra de carne limpia cuando esto "
                "resulte m\u00e1s alto",
            ],
            [
                "Aumentos",
                "Si durante la temporada entra en vigor un salario prevaleciente o m\u00ednimo m\u00e1s "
                "alto, LA EMPRESA pagar\u00e1 el m\u00e1s alto desde esa fecha",
            ],
            ["Pago", "Semanal, cada jueves, con cheque o tarjeta de n\u00f3mina"],
            ["Descuentos", "Impuestos federales y estatales que marca la ley"],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa el autob\u00fas de Alvarado a Port Bellerive y los alimentos del "
                "camino en la primera semana de trabajo",
            ],
            ["Viaje de regreso", "Pagado por LA EMPRESA al concluir la temporada"],
            [
                "Herramientas",
                "Cuchillos, guantes, mandiles y botas de hule se entregan sin costo alguno",
            ],
            [
                "Requisitos",
                "Mayor de 18 a\u00f1os; una temporada de experiencia pelando jaiba, camar\u00f3n o pescado",
            ],
            [
                "Terminaci\u00f3n",
                "Faltar cinco d\u00edas h\u00e1biles seguidos sin aviso se considera abandono; el despido "
                "s\u00f3lo procede por causa justificada",
            ],
        ],
        widths=[34, 136],
        size=8.6,
        bold_first=True,
    )
    q_fee = (
        "Como apoyo para el tr\u00e1mite de su expediente, LA PERSONA TRABAJADORA aportar\u00e1 la cantidad "
        "de MXN 8,500.00 (ocho mil quinientos pesos 00/100 M.N.) antes de que se le asigne fecha de cita "
        "consular."
    )
    q_visa = (
        "El derecho de solicitud de visa ante el consulado, de aproximadamente 205 d\u00f3lares, ser\u00e1 "
        "cubierto por LA PERSONA TRABAJADORA de su propio bolsillo, sin que LA EMPRESA se lo reponga."
    )
    d.lp(
        "SEGUNDA. Aportaciones de LA PERSONA TRABAJADORA.",
        q_fee
        + " El dep\u00f3sito se realizar\u00e1 en la cuenta a nombre de la Sra. Rosaura Carranza "
        "Montiel, hermana del representante de EL RECLUTADOR, quien extender\u00e1 el recibo "
        "correspondiente. "
        + q_visa
        + " Las cantidades entregadas no se devolver\u00e1n si el consulado "
        "niega la visa.",
        size=s,
    )
    q_bond = (
        "Para garantizar que LA PERSONA TRABAJADORA se presente a trabajar y permanezca toda la "
        "temporada, firmar\u00e1 a favor de EL RECLUTADOR un pagar\u00e9 en blanco por la suma de veinte mil "
        "pesos, que le ser\u00e1 devuelto a su regreso a M\u00e9xico."
    )
    d.lp("TERCERA. Garant\u00eda de cumplimiento.", q_bond, size=s)
    q_pass = (
        "A partir de la entrega de la visa, el pasaporte de LA PERSONA TRABAJADORA quedar\u00e1 en "
        "resguardo de EL RECLUTADOR, quien se lo devolver\u00e1 en la central de autobuses el d\u00eda de "
        "la salida."
    )
    d.lp("CUARTA. Documentos.", q_pass, size=s)
    d.lp(
        "QUINTA. Examen m\u00e9dico.",
        "El examen m\u00e9dico que LA EMPRESA solicita se realizar\u00e1 en la cl\u00ednica que ella "
        "designe y su costo corre por cuenta de LA EMPRESA; LA PERSONA TRABAJADORA no pagar\u00e1 nada "
        "por \u00e9l.",
        size=s,
    )
    d.lp(
        "SEXTA. Quejas.",
        "LA PERSONA TRABAJADORA puede acudir en cualquier momento a la Secretar\u00eda del Trabajo, a su "
        "consulado o al Departamento del Trabajo de los Estados Unidos; hacerlo no afectar\u00e1 su "
        "selecci\u00f3n ni sus contrataciones futuras.",
        size=s,
    )
    d.lp(
        "S\u00c9PTIMA. Visa.",
        "La decisi\u00f3n sobre la visa corresponde \u00fanicamente al consulado de los Estados Unidos; EL "
        "RECLUTADOR no garantiza que sea otorgada.",
        size=s,
    )
    d.lp(
        "OCTAVA. Jurisdicci\u00f3n.",
        "Para la interpretaci\u00f3n y cumplimiento de este convenio las partes se someten a los "
        "tribunales competentes de Cosamaloapan, Veracruz, renunciando a cualquier otro fuero.",
        size=s,
    )
    d.p("Le\u00eddo que fue por las partes, lo firman por duplicado.", size=s)
    d.signatures(
        [
            ("EL RECLUTADOR  \u00b7  firma y sello", "Lic. Eusebio Carranza Montiel"),
            ("LA PERSONA TRABAJADORA  \u00b7  firma", "Marisol Teodora Huesca Lagunes"),
        ],
        gap=30,
        box="Huella",
    )
    label = {
        "program": prog,
        "language": "es",
        "fees": [
            fee("recruitment_fee", prog, 1, 8500, "MXN", q_fee),
            fee("visa_cost", prog, 2, 205, "USD", q_visa),
            fee("deposit_or_bond", prog, 2, 20000, "MXN", q_bond),
            fee("document_retention", prog, 2, None, None, q_pass),
        ],
        "missing_terms": [
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Enlace Laboral del Golfo, S. de R.L. de C.V."],
        "traps": [
            "inbound bus reimbursed by employer in first week",
            "knives, gloves and boots without cost",
            "medical exam paid by the employer (negated medical cost)",
            "complaints allowed without affecting selection (negated blacklisting)",
            "fee paid into the account of the recruiter's sister (fee to a relative)",
            "'apoyo para el tr\u00e1mite' euphemism for the recruitment fee",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column; numbered Spanish clauses (PRIMERA...); gridded terms table; fingerprint box",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac03 — H-2B amusement park handbook with pay-deduction schedule
# --------------------------------------------------------------------------------------


def ac03():
    prog = "h2b"
    d = Doc(
        family="noto",
        header_left="Thunder Canyon Adventure Park  \u00b7  2026 Seasonal Team Member Handbook",
        header_right="H-2B edition",
        footer_text="Handbook rev. 2026-01  \u00b7  {p}/{nb}",
        title="2026 Seasonal Team Member Handbook (H-2B)",
        author="Lakeshore Thunder Amusements, Inc.",
        accent=(196, 82, 24),
        margins=(20, 20, 20),
    )
    d.add_page()
    d.band(
        "SEASONAL TEAM MEMBER HANDBOOK 2026",
        sub="Thunder Canyon Adventure Park  \u00b7  Dellwood Springs, Wisconsin",
        size=16,
    )
    d.h2("Section 1. Welcome to the Canyon", color=(196, 82, 24))
    d.p(
        "Thank you for joining our ride and attractions crew for the 2026 season. This handbook is part "
        "of your H-2B work contract. It sets out your pay, your hours and every cost connected with your "
        "job, including who pays for it. Keep it with you and ask your supervisor about anything that is "
        "not clear. A Spanish copy is available at the Team Center.",
        size=9.6,
    )
    d.h2("Section 2. Your job offer at a glance", color=(196, 82, 24))
    d.grid(
        [
            [
                "Employer",
                "Lakeshore Thunder Amusements, Inc., d/b/a Thunder Canyon Adventure Park, 2200 Canyon Rim "
                "Parkway, Dellwood Springs, WI 53965",
            ],
            [
                "Position",
                "Amusement and Recreation Attendant (SOC 39-3091): load and unload riders, check height "
                "limits and restraints, run ride controls once certified, keep queue lines moving, scan "
                "wristbands and clean ride platforms",
            ],
            ["Where", "Thunder Canyon Adventure Park and its water park, at the address above"],
            ["Season", "May 11, 2026 to September 27, 2026"],
            [
                "Hours",
                "40 hours a week: five 8-hour shifts, either 9:30 a.m. to 6:00 p.m. or 2:00 p.m. to "
                "10:30 p.m., with an unpaid 30-minute meal break",
            ],
            ["Pay", "$15.67 per hour"],
            ["Overtime", "$23.51 per hour for hours over 40 in a workweek"],
            [
                "Pay raises",
                "If a higher prevailing or minimum wage is published, you get it from its effective date",
            ],
            ["Payday", "Every Friday, for the workweek that ended the Sunday before"],
            ["Deductions", 'Taxes required by law and the items marked "Worker" in Section 6'],
            [
                "Requirements",
                "18 years or older; able to stand for a full shift and climb stairs; enough English to "
                "read the ride safety script aloud",
            ],
        ],
        widths=[32, 138],
        size=8.8,
        bold_first=True,
        head_fill=(250, 228, 214),
    )
    d.h2("Section 3. Work guarantee", color=(196, 82, 24))
    d.p(
        "We offer every team member hours equal to at least three-quarters of the workdays in each "
        "12-week block of the season. If we fall short, we pay you for the hours we did not offer.",
        size=9.6,
    )
    d.h2("Section 4. Getting here and getting home", color=(196, 82, 24))
    d.p(
        "Your bus or plane ticket from your home city to Dellwood Springs, and your meals along the way, "
        "are repaid in your first paycheck. If you finish the season, or we let you go early for a reason "
        "that is not your fault, we pay your ticket home. The visa fee and the border-crossing fee are "
        "also repaid in your first paycheck (see Section 6). Our recruiting partner in Jamaica, Montego "
        "Crest Recruitment Services, is paid by the park; nobody may ask you for money to be hired.",
        size=9.6,
    )
    d.h2("Section 5. Tools, radios and safety gear", color=(196, 82, 24))
    d.p(
        "Radios, ride keys, safety harnesses, rescue hooks, sunscreen and cleaning supplies are issued "
        "free for use on the job and stay at the park.",
        size=9.6,
    )

    d.add_page()
    d.h2("Section 6. Pay-deduction and cost schedule", color=(196, 82, 24), before=0)
    d.p(
        "The table lists every cost connected with your job and shows who pays it. Items marked "
        '"Worker" are taken out of your pay each Friday; nothing else is.',
        size=9.6,
    )
    rows = [
        [
            "Visa fee and border crossing",
            "$185.00",
            "Park",
            "Repaid in full in your first paycheck",
        ],
        ["Travel to Dellwood Springs", "actual cost", "Park", "Repaid in your first paycheck"],
        [
            "Recruiting agency services",
            "none to you",
            "Park",
            "Invoiced to the park; never charged to you",
        ],
        ["Ride and safety training", "none", "Park", "Paid time, three days before opening"],
        [
            "Staff dormitory bed (optional)",
            "$82.00 per week",
            "Worker",
            "Payroll deduction every Friday",
        ],
        [
            "Team meal card (optional)",
            "$6.50 per shift",
            "Worker",
            "Payroll deduction every Friday",
        ],
        [
            "Uniform deposit",
            "$75.00",
            "Worker",
            "Held from first paycheck; returned when 3 polos and 1 rain jacket come back clean",
        ],
        [
            "Season-end holdback",
            "$1.25 per hour worked",
            "Worker",
            "Kept by the park and paid with the final check only if you stay through Labor Day",
        ],
        [
            "Lost or damaged radio",
            "replacement cost",
            "Worker",
            "Deducted after a signed incident report",
        ],
        ["Family guest passes", "$12.00 per visit", "Worker", "Only if you choose to bring guests"],
        ["Federal and state taxes", "as required by law", "Worker", "Withheld each Friday"],
    ]
    d.grid(
        rows,
        widths=[47, 39, 16, 68],
        header=["Item", "Amount", "Paid by", "How it is handled"],
        size=8.6,
        head_fill=(250, 228, 214),
    )
    q_house = "Staff dormitory bed (optional) $82.00 per week Worker Payroll deduction every Friday"
    q_meal = "Team meal card (optional) $6.50 per shift Worker Payroll deduction every Friday"
    q_unif = (
        "Uniform deposit $75.00 Worker Held from first paycheck; returned when 3 polos and 1 rain "
        "jacket come back clean"
    )
    q_hold = (
        "Season-end holdback $1.25 per hour worked Worker Kept by the park and paid with the final "
        "check only if you stay through Labor Day"
    )
    q_dmg = "Lost or damaged radio replacement cost Worker Deducted after a signed incident report"
    d.h2("Section 7. Working with guests and money", color=(196, 82, 24))
    d.p(
        "Ticket booth and parking staff collect admission and parking fees from guests. That money "
        "belongs to the park and is counted with a supervisor at the end of each shift; team members "
        "are never asked to make up a shortage out of their own pocket.",
        size=9.6,
    )
    d.h2("Section 8. Your time and your documents", color=(196, 82, 24))
    d.p(
        "Your passport stays with you. The dormitory front desk is staffed around the clock and you are "
        "free to come and go at any hour; guests of residents sign in at the desk. You may bring any "
        "question or complaint to Human Resources, to the U.S. Department of Labor or to a lawyer without "
        "any effect on your job or on next season's hiring.",
        size=9.6,
    )
    d.h2("Section 9. Leaving the job", color=(196, 82, 24))
    d.p(
        "Missing five scheduled shifts in a row without calling in is job abandonment, which we must "
        "report to the government. Team members may be dismissed for serious misconduct such as "
        "operating a ride unsafely, theft or fighting, after a review by the Operations Manager.",
        size=9.6,
    )
    d.ln(4)
    d.p("I received this handbook and the cost schedule on ____________________.", size=9.6)
    d.signatures(
        [("Team member", ""), ("For Lakeshore Thunder Amusements, Inc.", "Corinne Vandermolen")],
        gap=10,
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [
            fee("housing_charge", prog, 2, 82, "USD", q_house),
            fee("meal_charge", prog, 2, 6.5, "USD", q_meal),
            fee("equipment_charge", prog, 2, 75, "USD", q_unif),
            fee("wage_withholding", prog, 2, 1.25, "USD", q_hold),
            fee("damage_chargeback", prog, 2, None, None, q_dmg),
        ],
        "missing_terms": ["earnings_statements", "contract_impossibility"],
        "recruiters": ["Montego Crest Recruitment Services"],
        "traps": [
            "payer column: visa fee, travel, agency services and training marked 'Park'",
            "optional family guest passes bought by the worker (voluntary purchase)",
            "taxes marked 'Worker' (lawful)",
            "'collect admission and parking fees from guests' is a job duty",
            "radios, harnesses and supplies free",
            "recruiter paid by the park; nobody may ask for money",
            "free to come and go; passport kept by worker",
        ],
        "doc_type": "handbook",
        "layout": "handbook with colored title band; at-a-glance grid; 4-column cost schedule with 'Paid by' column",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac04 — H-2A labor contractor letter (blueberries), English
# --------------------------------------------------------------------------------------


def ac04():
    prog = "h2a"
    d = Doc(
        family="libsans",
        footer_text="Cumberland Harvest Crews LLC  \u00b7  page {p} of {nb}",
        title="2026 blueberry season letter",
        author="Cumberland Harvest Crews LLC",
        accent=(70, 60, 140),
        margins=(24, 18, 24),
    )
    d.add_page()
    d.font("B", 15)
    d.set_text_color(70, 60, 140)
    d.cell(0, 7, "Cumberland Harvest Crews LLC", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(90, 90, 90)
    d.font("", 8.5)
    d.cell(
        0,
        4.5,
        "H-2A Labor Contractor  \u00b7  FLC Certificate GA-H2ALC-0412  \u00b7  88 Depot Street, Alma Bend, GA 31510  \u00b7  (912) 555-0176",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(70, 60, 140)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.ln(6)
    s = 9.7
    d.p("February 20, 2026", size=s, align="L", after=3)
    d.p(
        "Mr. Ezequiel Ram\u00edrez Cuevas\nRancho La Ca\u00f1ada, Apaseo el Alto, Guanajuato, M\u00e9xico",
        size=s,
        align="L",
        after=3,
    )
    d.p(
        "Re: Your 2026 blueberry season with Cumberland Harvest Crews",
        size=s,
        style="B",
        align="L",
        after=3,
    )
    d.p("Dear Mr. Ram\u00edrez,", size=s, align="L")
    d.p(
        "Thank you for signing up through our partner in Guanajuato, Agencia San Isidro del Baj\u00edo. "
        "This letter explains the work we are offering and what we expect of you. Please read it with "
        "your family before your consular appointment.",
        size=s,
    )
    d.lp(
        "The job.",
        "You will hand-harvest blueberries for our grower clients, Satilla Blue Farms and Okefenokee "
        "Berry Partners, in Bacon and Ware Counties, Georgia: picking ripe berries into buckets, emptying "
        "buckets at the field station and carrying flats to the trucks. Late in the season you may prune "
        "canes and pull weeds.",
        size=s,
    )
    d.lp("Season.", "Work begins April 20, 2026 and ends July 31, 2026.", size=s)
    d.lp(
        "Hours.",
        "Expect 8 hours a day, six days a week (48 hours), starting at 6:30 a.m.; picking stops while the "
        "fruit is wet.",
        size=s,
    )
    d.lp(
        "Pay.",
        "$14.68 per hour, or $4.10 per bucket of about 10 pounds when that earns you more for the week. "
        "If the Department of Labor publishes a higher rate while you are here, we pay the higher rate "
        "from that day on. Paychecks come every Friday.",
        size=s,
    )
    d.lp(
        "Deductions.",
        "We withhold income tax only if you ask us to, plus the utility share and the bus fare described "
        "below.",
        size=s,
    )
    d.lp(
        "Who may come.",
        "At least one season of hand-harvesting berries or other fruit, and able to bend and walk for "
        "long hours in the heat.",
        size=s,
    )
    q_house = (
        "Housing at the camp is provided, but each resident is billed a utility share of $18 a week for "
        "power, water and propane."
    )
    d.lp(
        "Housing and meals.",
        "You will live at our camp at 1440 Satilla River Road, Alma Bend, four to a room. "
        + q_house
        + " "
        "The camp kitchen, with stoves, refrigerators and pots, is free to use. If you prefer not to "
        "cook, our camp cook serves three meals a day for $14.00, which is below the daily maximum the "
        "U.S. Department of Labor allows employers to charge.",
        size=s,
    )
    q_bus = (
        "The bus from Celaya to Alma Bend costs about $240.00; that amount is the worker's "
        "responsibility and is taken out of the first two paychecks in equal parts."
    )
    d.lp("Getting to Georgia.", q_bus, size=s)
    d.lp(
        "Going home.",
        "If you finish the season, we pay your bus ticket from Alma Bend back to Celaya and your meals "
        "on the road.",
        size=s,
    )
    d.lp(
        "Daily rides.",
        "Our buses take you from the camp to the fields and back each day at no cost.",
        size=s,
    )
    d.lp("Tools.", "Picking buckets, belts, gloves and rain ponchos are provided free.", size=s)
    d.lp(
        "Injuries.",
        "You are covered by our workers' compensation insurance with Peach Belt Mutual Insurance "
        "Company, policy PB-WC-220917.",
        size=s,
    )
    q_leave = (
        "Anyone who walks off the job before July 31 owes Cumberland a separation charge equal to two "
        "weeks' pay, which must be settled before we sign the worker's release."
    )
    d.lp(
        "Leaving early or being let go.",
        "If you miss five days in a row without permission we will treat it as abandonment and notify "
        "the government. Fighting, drinking in the fields or stealing fruit are grounds for dismissal. "
        + q_leave,
        size=s,
    )
    q_black = (
        "Crew members who take pay questions to outside groups, legal aid or the Labor Department "
        "instead of to their crew leader will not be called back for next season."
    )
    d.lp(
        "Complaints.",
        "Problems with pay or housing are handled by your crew leader. " + q_black,
        size=s,
    )
    d.lp(
        "Your documents.",
        "You keep your passport; we only need to see it on your first day to complete the I-9 form.",
        size=s,
    )
    d.lp(
        "Recruitment.",
        "Agencia San Isidro del Baj\u00edo is paid by Cumberland for its services, and nobody may ask you "
        "for money for a place on the crew.",
        size=s,
    )
    d.p("We look forward to a good season together.", size=s, align="L")
    d.p("Sincerely,", size=s, align="L", after=8)
    d.p("Wade T. Pruitt, Owner\nCumberland Harvest Crews LLC", size=s, align="L", after=6)
    d.p(
        "I have read this letter and accept the job: ______________________   Date: __________",
        size=s,
        align="L",
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [
            fee("housing_charge", prog, 1, 18, "USD", q_house),
            fee("travel_cost", prog, 1, 240, "USD", q_bus),
            fee("breach_penalty", prog, 1, None, None, q_leave),
            fee("blacklisting_threat", prog, 1, None, None, q_black),
        ],
        "missing_terms": [
            "three_fourths_guarantee",
            "inbound_transportation",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Agencia San Isidro del Baj\u00edo"],
        "traps": [
            "lawful h2a meal charge below the DOL cap ($14.00 a day, optional; free kitchen)",
            "free daily rides",
            "tools free",
            "workers' compensation paid by employer",
            "passport only shown for the I-9 (not retained)",
            "recruiter paid by the employer (negated recruitment fee)",
            "'two weeks' pay' used as an amount for a penalty",
        ],
        "doc_type": "offer_letter",
        "layout": "letter on colored letterhead; run-in bold paragraph heads; acceptance line",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac05 — H-2A nursery contract, Spanish, two columns, compliant
# --------------------------------------------------------------------------------------


def ac05():
    prog = "h2a"
    d = Doc(
        family="dvserif",
        header_left="Silver Falls Evergreen Nursery LLC",
        header_right="Orden de trabajo OR-2026-11482",
        footer_text="Contrato H-2A  \u00b7  p\u00e1gina {p} de {nb}",
        title="Contrato de trabajo agr\u00edcola temporal H-2A",
        author="Silver Falls Evergreen Nursery LLC",
        accent=(30, 100, 80),
        margins=(16, 19, 16),
    )
    d.add_page()
    d.heading(
        "CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL (H-2A)\nTemporada de primavera 2026",
        size=12.5,
        after=2,
    )
    d.grid(
        [
            ["Persona trabajadora", "\u00c1ngel Custodio Velasco Ortiz"],
            ["Lugar de reclutamiento", "Morelia, Michoac\u00e1n, M\u00e9xico"],
        ],
        widths=[50, 128],
        size=8.8,
        bold_first=True,
        after=3,
    )
    clauses = [
        (
            "1. Empleador.",
            "Silver Falls Evergreen Nursery LLC, 9150 Abiqua Creek Road, Scotts Mill Junction, "
            "Oreg\u00f3n 97375, tel\u00e9fono (503) 555-0193.",
        ),
        (
            "2. Puesto y tareas.",
            "Trabajador de vivero (SOC 45-2092.02): sacar \u00e1rboles j\u00f3venes con pala, envolver "
            "cepellones con arpillera, trasplantar plantas a macetas, regar, deshierbar y cargar "
            "camiones. Parte del trabajo consiste en alimentar la m\u00e1quina enmacetadora con tierra y "
            "macetas vac\u00edas.",
        ),
        (
            "3. Lugares de trabajo.",
            "El vivero principal en 9150 Abiqua Creek Road y el campo de Drift Creek en 4420 Drift "
            "Creek Road, ambos en Scotts Mill Junction, Oreg\u00f3n.",
        ),
        ("4. Periodo.", "Del 23 de febrero al 19 de junio de 2026."),
        (
            "5. Horario.",
            "Ocho horas diarias de lunes a viernes, de 7:00 a 15:30 con media hora de comida sin pago, "
            "y cuatro horas los s\u00e1bados: 44 horas por semana.",
        ),
        (
            "6. Salario.",
            "20.72 d\u00f3lares por hora. En las dos primeras semanas no hay cuota m\u00ednima de "
            "producci\u00f3n; despu\u00e9s el supervisor explicar\u00e1 por escrito el ritmo esperado.",
        ),
        (
            "7. Ajustes.",
            "Si durante el contrato se publica una tarifa AEWR, un salario prevaleciente o un m\u00ednimo "
            "m\u00e1s alto, se pagar\u00e1 el m\u00e1s alto desde su entrada en vigor.",
        ),
        (
            "8. Pago.",
            "Cada jueves (semanal), por dep\u00f3sito directo o con cheque, a elecci\u00f3n de la persona "
            "trabajadora.",
        ),
        (
            "9. Tal\u00f3n de pago.",
            "Con cada pago se entrega un tal\u00f3n con horas ofrecidas, horas trabajadas, tarifa, "
            "salario bruto, cada descuento y salario neto.",
        ),
        (
            "10. Descuentos.",
            "Solamente la retenci\u00f3n del impuesto sobre la renta federal o estatal cuando la persona "
            "trabajadora la pida por escrito, y las \u00f3rdenes judiciales. La empresa no hace "
            "pr\u00e9stamos ni descuenta adelantos.",
        ),
        (
            "11. Garant\u00eda de tres cuartas partes.",
            "La empresa ofrecer\u00e1 horas de trabajo equivalentes por lo menos a las tres cuartas "
            "partes de los d\u00edas laborables del periodo del contrato; si no lo hace, pagar\u00e1 la "
            "diferencia.",
        ),
        (
            "12. Vivienda.",
            "Gratuita, en las caba\u00f1as del vivero en 9160 Abiqua Creek Road: sin renta, sin cobro de "
            "luz, agua ni gas y sin dep\u00f3sito por ropa de cama.",
        ),
        (
            "13. Comidas.",
            "Cocina equipada de uso gratuito. Quien lo desee puede inscribirse en el comedor de la "
            "empresa por 14.50 d\u00f3lares diarios, cantidad que no rebasa el m\u00e1ximo fijado por el "
            "Departamento del Trabajo; inscribirse es voluntario.",
        ),
        (
            "14. Viaje de ida.",
            "Al cumplir la mitad del contrato, la empresa reembolsa el transporte y los alimentos del "
            "viaje desde Morelia; en la primera semana reembolsa lo necesario para que el pago no quede "
            "por debajo del salario m\u00ednimo.",
        ),
        (
            "15. Viaje de regreso.",
            "Al terminar el contrato, o si la empresa termina el empleo sin causa, paga el regreso a "
            "Morelia y los alimentos del camino.",
        ),
        (
            "16. Transporte diario.",
            "Gratuito, en camioneta de la empresa, entre las caba\u00f1as y el campo de Drift Creek.",
        ),
        (
            "17. Herramientas.",
            "Palas, tijeras, guantes, botas de hule e impermeables se entregan sin costo. No se pide "
            "fianza, pagar\u00e9 ni dep\u00f3sito de ninguna clase.",
        ),
        (
            "18. Accidentes de trabajo.",
            "Seguro de compensaci\u00f3n laboral con Willamette Agricultural Mutual, p\u00f3liza "
            "WAM-55-30817, pagado por la empresa.",
        ),
        (
            "19. Requisitos.",
            "Tres meses de experiencia en vivero o en cultivo de hortalizas; poder levantar 50 libras.",
        ),
        (
            "20. Terminaci\u00f3n.",
            "Faltar cinco d\u00edas laborables seguidos sin permiso se considera abandono y se notifica "
            "a las autoridades en dos d\u00edas h\u00e1biles. El despido por causa justificada s\u00f3lo "
            "procede despu\u00e9s de una explicaci\u00f3n por escrito.",
        ),
        (
            "21. Imposibilidad.",
            "Si un incendio, una helada, una inundaci\u00f3n u otra causa natural hace imposible "
            "continuar, la empresa podr\u00e1 terminar el contrato con autorizaci\u00f3n del Departamento "
            "del Trabajo, pagando la garant\u00eda de tres cuartas partes hasta esa fecha y el viaje de "
            "regreso.",
        ),
        (
            "22. Reclutamiento.",
            "La empresa contrata a Grupo Agrolaboral Huasteca, S.C. y le paga todos sus honorarios; ni "
            "esa agencia ni nadie puede cobrarle a usted por ser seleccionado.",
        ),
        (
            "23. Documentos y quejas.",
            "Nadie le pedir\u00e1 ni guardar\u00e1 su pasaporte. Puede presentar quejas ante el "
            "Departamento del Trabajo sin represalias y sin que lo pongan en ninguna lista negra.",
        ),
    ]
    with d.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.12) as cols:
        for head, body in clauses:
            with cols.paragraph(text_align="J", bottom_margin=1.6) as par:
                d.font("B", 9)
                par.write(head + " ")
                d.font("", 9)
                par.write(body)
    d.ln(4)
    d.font("", 9)
    d.multi_cell(
        0,
        4.3,
        "Firmado en Morelia, Michoac\u00e1n, el 28 de enero de 2026. La persona trabajadora recibe una "
        "copia de este contrato en espa\u00f1ol.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.signatures(
        [
            ("Por la empresa", "Harold J. Brinkerhoff"),
            ("Persona trabajadora", "\u00c1ngel Custodio Velasco Ortiz"),
        ],
        gap=14,
    )
    label = {
        "program": prog,
        "language": "es",
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Grupo Agrolaboral Huasteca, S.C."],
        "traps": [
            "'alimentar la m\u00e1quina' (feed) is a job duty",
            "'cuota m\u00ednima de producci\u00f3n' (cuota = quota, not a fee)",
            "'dep\u00f3sito directo' (pay method)",
            "negated loans and advances ('no hace pr\u00e9stamos')",
            "free housing, no utilities, no bedding deposit",
            "lawful h2a meal charge below the cap, voluntary; free kitchen",
            "inbound trip reimbursed",
            "tools free; no fianza, pagar\u00e9 or deposit (negated bond)",
            "recruiter paid by employer; nobody may charge (negated recruitment fee)",
            "passport not held; no blacklist (negated)",
        ],
        "doc_type": "work_contract",
        "layout": "two-column newspaper-style clauses (text flows between columns); small header grid; signature lines",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac06 — generic Philippines -> Qatar construction contract (OFW style)
# --------------------------------------------------------------------------------------


def ac06():
    prog = "generic"
    d = Doc(
        fmt="A4",
        family="dvsans",
        header_left="Bituin Global Manpower Services Corp.  \u00b7  DMW Licence No. DMW-118-LB-072825-R",
        header_right="Job order GC-QA-2026-044",
        footer_text="Overseas Employment Contract  \u00b7  page {p} of {nb}  \u00b7  Worker's initials: ______",
        title="Overseas Employment Contract - Steel Fixer",
        author="Bituin Global Manpower Services Corp.",
        accent=(150, 30, 40),
        margins=(20, 20, 20),
    )
    d.add_page()
    d.heading("OVERSEAS EMPLOYMENT CONTRACT\nCONSTRUCTION WORKER", size=13)
    d.p(
        "This Contract is entered into voluntarily by and between the following parties:",
        size=9.3,
    )
    d.grid(
        [
            [
                "EMPLOYER",
                "Gulfstone Contracting W.L.L., Building 27, Street 940, Zone 57, Industrial Area, Doha, "
                "State of Qatar; represented by Mr. Faisal Rashid Al-Kuwari, HR Director",
            ],
            [
                "PHILIPPINE AGENCY",
                "Bituin Global Manpower Services Corp., 3/F Marcelo Building, 1520 Taft Avenue, Ermita, "
                "Manila; DMW Licence No. DMW-118-LB-072825-R",
            ],
            [
                "WORKER",
                "Rodelio Macaraeg Dumlao, Brgy. San Isidro, Urdaneta City, Pangasinan; Passport No. "
                "P4471823B",
            ],
            ["POSITION", "Steel Fixer"],
            [
                "SITE OF EMPLOYMENT",
                "Gulfstone project sites in Lusail and Al Wakra, State of Qatar",
            ],
        ],
        widths=[44, 126],
        size=8.8,
        bold_first=True,
        head_fill=(240, 222, 222),
    )
    s = 9.4
    d.lp(
        "1. Term.",
        "This Contract runs for two (2) years, from 1 June 2026 to 31 May 2028, and may be renewed by "
        "mutual agreement.",
        size=s,
    )
    d.lp(
        "2. Duties.",
        "The Worker shall cut, bend, place and tie reinforcing steel according to the drawings, assist "
        "in erecting formwork, and perform related tasks assigned by the site foreman.",
        size=s,
    )
    d.lp(
        "3. Hours of work.",
        "Normal working hours are eight (8) hours a day, six (6) days a week, with Friday as the weekly "
        "rest day. Work beyond normal hours is paid at 125% of the basic hourly rate.",
        size=s,
    )
    d.lp(
        "4. Salary.",
        "Basic monthly salary of QAR 1,500.00 plus a food allowance of QAR 300.00 per month, paid "
        "monthly, not later than the seventh (7th) day of the following month, by transfer to the "
        "Worker's bank account through the Wage Protection System.",
        size=s,
    )
    d.lp(
        "5. Accommodation and transport.",
        "The Employer shall provide free shared accommodation in its labour camp on Street 33, "
        "Industrial Area, and free daily transport between the camp and the sites.",
        size=s,
    )
    d.lp(
        "6. Visa and air travel.",
        "The Employer shall bear the cost of the Qatar work visa and residence permit and of the "
        "Worker's airfare from Manila to Doha.",
        size=s,
    )
    q_fee = "The Worker shall remit to the Agency a processing contribution of PHP 25,000.00 upon signing of this Contract."
    q_med = (
        "The pre-employment medical examination at the Agency's accredited clinic in Ermita, Manila, "
        "costing PHP 3,800, is for the Worker's account."
    )
    q_train = (
        "Before deployment, the Worker must complete a five-day rebar trade test and safety seminar at "
        "the Agency's training yard in Valenzuela, for which a fee of four thousand five hundred pesos "
        "(PHP 4,500) is collected."
    )
    d.lp(
        "7. Pre-deployment obligations.",
        "The Agency's service fee is paid by the Employer under a separate recruitment agreement. "
        + q_fee
        + " "
        + q_med
        + " "
        + q_train,
        size=s,
    )
    d.lp(
        "8. Medical care in Qatar.",
        "During the Contract the Employer provides medical care and the health card required by Qatari "
        "law free of charge.",
        size=s,
    )
    q_pass = (
        "Upon arrival, the Worker's passport and residence permit card shall be surrendered to the camp "
        "administrator for safekeeping for the duration of this Contract."
    )
    d.lp("9. Travel documents.", q_pass, size=s)
    q_camp = (
        "Workers may not leave the labour camp on rest days without a gate pass signed by the camp boss, "
        "and any worker found outside the camp after 9:00 p.m. will be fined one day's wage."
    )
    d.lp("10. Camp discipline.", q_camp + " Cooking is allowed only in the common kitchen.", size=s)
    d.lp(
        "11. Leave.",
        "After one year of continuous service the Worker is entitled to twenty-one (21) days of paid "
        "annual leave.",
        size=s,
    )
    d.lp(
        "12. Termination.",
        "Either party may terminate this Contract on thirty (30) days' written notice. The Employer may "
        "terminate without notice for serious misconduct as defined in the Qatar Labour Law, after an "
        "investigation in which the Worker is heard.",
        size=s,
    )
    d.lp(
        "13. Disputes.",
        "Disputes shall first be settled amicably through the Philippine Overseas Labor Office in Doha; "
        "failing that, before the Labour Dispute Settlement Committees of Qatar.",
        size=s,
    )
    d.p("IN WITNESS WHEREOF, the parties sign this Contract on 5 March 2026 in Manila.", size=s)
    d.signatures(
        [
            ("For the Employer", "Faisal Rashid Al-Kuwari"),
            ("For the Agency", "Ma. Lourdes Tan-Bautista"),
            ("Worker", "Rodelio Macaraeg Dumlao"),
        ],
        gap=14,
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [
            fee("recruitment_fee", prog, 1, 25000, "PHP", q_fee),
            fee("medical_cost", prog, 1, 3800, "PHP", q_med),
            fee("training_cost", prog, 1, 4500, "PHP", q_train),
            fee("document_retention", prog, 1, None, None, q_pass),
            fee("movement_restriction", prog, 1, None, None, q_camp),
        ],
        "missing_terms": ["deductions", "return_transportation"],
        "recruiters": ["Bituin Global Manpower Services Corp."],
        "traps": [
            "agency service fee paid by the Employer (separate agreement)",
            "employer bears work visa, residence permit and outbound airfare",
            "free accommodation and daily transport",
            "medical care and health card free in Qatar (not insurance_cost)",
            "'processing contribution' euphemism",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4; parties grid; numbered clauses with run-in heads; three signature lines; initials footer",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac07 — generic Guatemala -> Canada recruiter FAQ, Spanish
# --------------------------------------------------------------------------------------


def ac07():
    prog = "generic"
    d = Doc(
        fmt="A4",
        family="libsans",
        footer_text="Oportunidades Norte Verapaz, S.A.  \u00b7  3a. Calle 5-21, Zona 2, Cob\u00e1n  \u00b7  WhatsApp 5512-0408  \u00b7  {p}/{nb}",
        title="Programa Canad\u00e1 2026 - Preguntas frecuentes",
        author="Oportunidades Norte Verapaz",
        accent=(0, 110, 120),
        margins=(20, 16, 20),
    )
    d.add_page()
    d.band(
        "PROGRAMA CANAD\u00c1 2026",
        sub="Oportunidades Norte Verapaz, S.A.  \u00b7  Preguntas frecuentes para aspirantes",
        size=18,
    )
    d.p(
        "Operador(a) de producci\u00f3n en planta av\u00edcola  \u00b7  20 plazas  \u00b7  Saint-Amable-des-Pr\u00e9s, Quebec",
        size=10.5,
        style="B",
        align="C",
        after=3,
    )
    qa = []

    def q(question, *answers):
        qa.append((question, answers))

    q(
        "\u00bfPara qu\u00e9 empresa voy a trabajar?",
        "Para Volailles Saint-Amable Inc., planta procesadora de pollo ubicada en 1450 rang du "
        "Bas-de-l'Assomption, Saint-Amable-des-Pr\u00e9s, Quebec, Canad\u00e1.",
    )
    q(
        "\u00bfQu\u00e9 trabajo voy a hacer?",
        "Colgar aves en la l\u00ednea, deshuesar y cortar piezas con cuchillo, pesar y empacar bandejas, "
        "y limpiar el \u00e1rea al final del turno. Se trabaja en cuartos fr\u00edos a 4 \u00b0C.",
    )
    q(
        "\u00bfCu\u00e1nto dura el contrato?",
        "Dos a\u00f1os: del 4 de mayo de 2026 al 30 de abril de 2028.",
    )
    q(
        "\u00bfCu\u00e1l es el horario?",
        "40 horas por semana, de lunes a viernes, de 6:00 a 14:30, con media hora para comer.",
    )
    q(
        "\u00bfCu\u00e1nto voy a ganar y cada cu\u00e1ndo me pagan?",
        "17.10 d\u00f3lares canadienses por hora, pagados cada dos semanas, los jueves, por dep\u00f3sito "
        "en su cuenta bancaria.",
    )
    q(
        "\u00bfQui\u00e9n paga el boleto de avi\u00f3n?",
        "La empresa canadiense compra su boleto de ida y, al terminar el contrato, el de regreso a "
        "Guatemala.",
    )
    q(
        "\u00bfCu\u00e1nto cobra la agencia?",
        "Nada. Oportunidades Norte Verapaz no cobra comisi\u00f3n por la selecci\u00f3n; sus honorarios "
        "los paga la empresa. La inscripci\u00f3n tambi\u00e9n es gratuita.",
    )
    q_pass = "El pasaporte y la constancia de carencia de antecedentes penales los tramita y los paga usted por su cuenta."
    q_ins = (
        "Todos los participantes pagan 1 350 quetzales por el seguro m\u00e9dico privado que contrata la "
        "agencia, en la oficina de Cob\u00e1n y antes de viajar."
    )
    q("\u00bfQu\u00e9 gastos corren por mi cuenta?", q_pass + " " + q_ins)
    q_loan = (
        "Si no le alcanza, la agencia le presta hasta Q8,000 para sus gastos de salida, y usted lo "
        "devuelve desde Canad\u00e1 con un inter\u00e9s del 5 % mensual."
    )
    q("\u00bfY si no tengo el dinero?", q_loan)
    q_pen = (
        "Quien regrese a Guatemala antes de cumplir doce meses de contrato pagar\u00e1 a la agencia una "
        "penalizaci\u00f3n equivalente a un mes de salario."
    )
    q("\u00bfPuedo regresar antes?", q_pen)
    q(
        "\u00bfD\u00f3nde voy a vivir?",
        "La empresa le ayuda a buscar un cuarto cerca de la planta y lo lleva a verlo sin costo.",
    )
    q(
        "\u00bfQu\u00e9 requisitos piden?",
        "Hombres o mujeres de 20 a 45 a\u00f1os, que sepan leer y escribir. Es deseable experiencia en "
        "carnicer\u00eda, rastro o cocina.",
    )
    q(
        "\u00bfC\u00f3mo me inscribo?",
        "Pres\u00e9ntese con su DPI en nuestra oficina de Cob\u00e1n, de lunes a s\u00e1bado de 8:00 a "
        "16:00, o escr\u00edbanos por WhatsApp.",
    )
    for question, answers in qa:
        d.set_text_color(0, 110, 120)
        d.font("B", 10.5)
        d.multi_cell(0, 5.2, question, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        for a in answers:
            d.p(a, size=10, align="L", after=2.4, indent=3)
    label = {
        "program": prog,
        "language": "es",
        "fees": [],
        "missing_terms": ["worker_identity", "deductions", "termination"],
        "recruiters": ["Oportunidades Norte Verapaz, S.A."],
        "traps": [
            "no selection commission; agency fees paid by employer (negated recruitment fee)",
            "'la inscripci\u00f3n es gratuita' (negated registration fee)",
            "employer buys outbound and return tickets",
            "'dep\u00f3sito en su cuenta' (pay method)",
            "free ride to see rooms",
        ],
        "doc_type": "recruiter_faq",
        "layout": "A4 FAQ flyer; colored title band; colored questions with indented answers",
    }
    # passport and police certificate: passport-type cost, a violation under generic (ILO-GP)
    label["fees"] = [
        fee("visa_cost", prog, 1, None, None, q_pass, passport_only=True),
        fee("insurance_cost", prog, 1, 1350, "GTQ", q_ins),
        fee("debt_bondage", prog, 1, 8000, "GTQ", q_loan),
        fee("breach_penalty", prog, 1, None, None, q_pen),
    ]
    return d, label


# --------------------------------------------------------------------------------------
# ac08 — generic Jamaica -> Bermuda offer letter, compliant
# --------------------------------------------------------------------------------------


def ac08():
    prog = "generic"
    d = Doc(
        fmt="A4",
        family="libserif",
        title="Offer of seasonal employment - Line Cook",
        author="Tamarind Reef Hotel Ltd.",
        accent=(0, 95, 115),
        margins=(20, 14, 20),
        bottom=12,
    )
    d.add_page()
    d.set_fill_color(0, 95, 115)
    d.rect(0, 0, d.w, 26, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 7)
    d.font("B", 17)
    d.cell(0, 7, "Tamarind Reef Hotel Ltd.", new_x="LMARGIN", new_y="NEXT")
    d.font("", 9)
    d.set_x(20)
    d.cell(
        0,
        5,
        "9 Mullet Bay Road, St. George's GE 05, Bermuda  \u00b7  +1 441 555 0187  \u00b7  people@tamarindreef.bm",
    )
    d.set_text_color(0, 0, 0)
    d.set_fill_color(255, 255, 255)
    d.set_y(32)
    s = 10
    d.p("3 February 2026", size=s, align="L", after=2)
    d.p(
        "Mr. Dwayne Everton Bailey\n22 Chancery Lane, Spanish Town, St. Catherine, Jamaica",
        size=s,
        align="L",
        after=2,
    )
    d.p("Offer of seasonal employment \u2014 Line Cook", size=11, style="B", align="L", after=2)
    d.p(
        "Dear Mr. Bailey, after your trade test in Kingston we are pleased to offer you the position below, "
        "on the terms set out in this table.",
        size=s,
        align="L",
    )
    d.grid(
        [
            [
                "Employer",
                "Tamarind Reef Hotel Ltd., 9 Mullet Bay Road, St. George's GE 05, Bermuda",
            ],
            ["Employee", "Dwayne Everton Bailey"],
            [
                "Position",
                "Line Cook: prepare hot and cold dishes on the grill and saut\u00e9 stations, portion and "
                "plate to standard, keep the station and walk-in cooler clean",
            ],
            [
                "Place of work",
                "Main kitchen and Reef Terrace restaurant, Tamarind Reef Hotel, St. George's",
            ],
            ["Contract period", "1 April 2026 to 31 October 2026"],
            [
                "Hours",
                "45 hours per week over five days; split shifts possible between 6:00 a.m. and 11:00 p.m.",
            ],
            ["Wage", "BMD 19.50 per hour; hours over 45 in a week paid at BMD 29.25"],
            ["Pay", "Every second Friday, by direct deposit to a local account we help you open"],
            [
                "Service charge",
                "Guests are billed a 17% service charge, which is pooled and shared among kitchen and "
                "dining staff on top of your wage",
            ],
            [
                "Deductions",
                "Employee share of Bermuda payroll tax, contributory pension and social insurance, as "
                "required by Bermuda law; nothing else",
            ],
            [
                "Housing",
                "Shared room at our Ferry Reach staff cottages, rent-free, utilities included",
            ],
            ["Meals", "Staff meals on every shift, free"],
            ["Uniform", "Chef whites, aprons and safety shoes supplied free; no deposit"],
            [
                "Travel",
                "Flights Kingston\u2013Bermuda at the start and Bermuda\u2013Kingston at the end, paid by the hotel",
            ],
            [
                "Notice",
                "The hotel gives two weeks' notice or two weeks' pay in lieu; you may resign on one week's "
                "notice, and nothing is charged or forfeited if you leave early. Dismissal for gross "
                "misconduct only after a written hearing",
            ],
        ],
        widths=[34, 136],
        size=9.2,
        bold_first=True,
        head_fill=(214, 234, 238),
        zebra=(244, 249, 250),
    )
    d.p(
        "All costs of hiring you \u2014 the work permit fee, the police certificate, the medical examination "
        "and the services of our recruiting partner, Caribbean Ethical Staffing Partners Ltd. \u2014 are "
        "met by the hotel. If you have already paid for any of them, send us the receipts and we will "
        "refund you in full within 30 days. No one may charge you a fee for this job.",
        size=s,
    )
    d.p("Please sign below and return a copy by 20 February 2026.", size=s, align="L")
    d.p("Yours sincerely,", size=s, align="L", after=5)
    d.p("Marguerite Outerbridge-Simmons, Director of Human Resources", size=s, align="L", after=4)
    d.p(
        "I accept this offer: ______________________________   Date: ____________",
        size=s,
        align="L",
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Caribbean Ethical Staffing Partners Ltd."],
        "traps": [
            "17% service charge billed to guests, shared with staff",
            "statutory payroll tax, pension and social insurance deductions (not insurance_cost)",
            "rent-free housing, free meals",
            "uniform and safety shoes free, no deposit",
            "flights both ways paid by the hotel",
            "'two weeks' pay in lieu' paid by the employer; nothing charged if the worker leaves early",
            "work permit, police certificate, medical and recruiter paid by hotel; refund of anything already paid",
            "'direct deposit' (pay method)",
        ],
        "doc_type": "offer_letter",
        "layout": "one page A4; full-width colored letterhead band; zebra-striped terms grid",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac09 — H-2B construction employer disclosure, bilingual EN then ES paragraphs
# --------------------------------------------------------------------------------------


def ac09():
    prog = "h2b"
    d = Doc(
        family="dvcond",
        header_left="Brazos Ridge Framing & Concrete, LLC",
        header_right="H-2B 2026  \u00b7  Disclosure / Divulgaci\u00f3n",
        footer_text="Brazos Ridge Framing & Concrete  \u00b7  {p}/{nb}",
        title="Employer disclosure / Divulgaci\u00f3n del empleador - H-2B 2026",
        author="Brazos Ridge Framing & Concrete, LLC",
        accent=(120, 110, 40),
        margins=(20, 20, 20),
    )
    d.add_page()
    d.heading(
        "EMPLOYER DISCLOSURE OF JOB TERMS \u2014 H-2B 2026\nDIVULGACI\u00d3N DE LAS CONDICIONES DE TRABAJO \u2014 H-2B 2026",
        size=12,
    )
    d.p(
        "English text first; the Spanish text follows each section in italics. / Primero el texto en "
        "ingl\u00e9s; el texto en espa\u00f1ol sigue a cada secci\u00f3n en cursiva.",
        size=8.8,
        align="C",
        color=(90, 90, 90),
        after=3,
    )
    gray = (70, 70, 70)

    def sec(head, en, es):
        d.h2(head, size=10, before=1.5, after=0.6, color=(120, 110, 40))
        d.p(en, size=9.4, after=1.0)
        d.p(es, size=9.4, style="I", color=gray, after=1.2)

    sec(
        "1. Employer / Empleador",
        "Brazos Ridge Framing & Concrete, LLC, 3318 Industrial Loop, Bryan Heights, TX 77803; telephone "
        "(979) 555-0128.",
        "Brazos Ridge Framing & Concrete, LLC, 3318 Industrial Loop, Bryan Heights, TX 77803; "
        "tel\u00e9fono (979) 555-0128.",
    )
    sec(
        "2. The job / El trabajo",
        "Construction Laborer (SOC 47-2061): set and strip concrete forms, tie rebar, spread and finish "
        "concrete under the finisher's direction, carry materials and keep the site clean. The concrete "
        "pump rental fee is billed to the general contractor, not to the crew.",
        "Obrero de construcci\u00f3n (SOC 47-2061): armar y quitar cimbras, amarrar varilla, extender y "
        "acabar concreto bajo la direcci\u00f3n del acabador, acarrear materiales y mantener limpia la "
        "obra. La renta de la bomba de concreto se le cobra al contratista general, no a la cuadrilla.",
    )
    sec(
        "3. Requirements / Requisitos",
        "Six months of construction experience and the ability to lift 60 pounds. On the first day each "
        "worker does a hands-on skills check on company time, at no cost to him.",
        "Seis meses de experiencia en construcci\u00f3n y poder levantar 60 libras. El primer d\u00eda cada "
        "trabajador hace una prueba pr\u00e1ctica de habilidades en horas pagadas, sin costo para \u00e9l.",
    )
    sec(
        "4. Where / D\u00f3nde",
        "Residential and commercial job sites in Brazos County, Texas, mainly in Bryan Heights and "
        "College Station; the company yard is at 3318 Industrial Loop.",
        "Obras residenciales y comerciales en el condado de Brazos, Texas, sobre todo en Bryan Heights y "
        "College Station; el patio de la compa\u00f1\u00eda est\u00e1 en 3318 Industrial Loop.",
    )
    sec(
        "5. Dates and hours / Fechas y horario",
        "March 2, 2026 to December 11, 2026. 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
        "Del 2 de marzo al 11 de diciembre de 2026. 40 horas por semana, de lunes a viernes, de 7:00 a.m. "
        "a 3:30 p.m.",
    )
    sec(
        "6. Pay / Pago",
        "$19.14 per hour, and $28.71 per hour for hours over 40 in a week. Paid every Friday by check or "
        "pay card.",
        "$19.14 por hora, y $28.71 por hora por las horas que pasen de 40 en una semana. Se paga cada "
        "viernes con cheque o tarjeta de n\u00f3mina.",
    )
    sec(
        "7. Deductions / Descuentos",
        "Federal income tax, Social Security and Medicare, and the safety kit described in section 9.",
        "Impuesto federal sobre la renta, Seguro Social y Medicare, y el equipo de seguridad que se "
        "describe en la secci\u00f3n 9.",
    )
    sec(
        "8. Guarantee / Garant\u00eda",
        "In each 12-week period we offer work for at least three-fourths of the workdays, or we pay the "
        "difference.",
        "En cada periodo de 12 semanas ofrecemos trabajo por lo menos en tres cuartas partes de los "
        "d\u00edas laborables, o pagamos la diferencia.",
    )
    en_kit = (
        "Each new hire buys the required safety kit (hard hat, harness, steel-toe boots and gloves) from "
        "the company for $95.00, deducted from the first paycheck."
    )
    en_osha = (
        "The OSHA 10-hour construction course is mandatory before the first day on site and costs the "
        "worker USD 120."
    )
    es_kit = (
        "Cada trabajador nuevo compra a la compa\u00f1\u00eda el equipo de seguridad obligatorio (casco, "
        "arn\u00e9s, botas con casquillo y guantes) por $95.00, que se descuentan del primer cheque."
    )
    es_osha = (
        "El curso OSHA de 10 horas para construcci\u00f3n es obligatorio antes del primer d\u00eda en la obra "
        "y le cuesta al trabajador 120 d\u00f3lares."
    )
    sec(
        "9. Safety kit and training / Equipo de seguridad y capacitaci\u00f3n",
        en_kit + " " + en_osha,
        es_kit + " " + es_osha,
    )
    sec(
        "10. Travel and visa / Viaje y visa",
        "Your bus from Nuevo Laredo and your meals on the way are repaid in the first week, and so is "
        "the visa fee. If you finish the season, or we end your job early without cause, we pay your "
        "way home.",
        "El autob\u00fas desde Nuevo Laredo y las comidas del camino se le reembolsan en la primera "
        "semana, igual que la cuota de la visa. Si termina la temporada, o si terminamos su empleo antes "
        "sin causa, pagamos su regreso.",
    )
    sec(
        "11. Recruiting / Reclutamiento",
        "We pay Frontera Norte Staffing, S.C. directly for recruiting; no worker pays any recruitment or "
        "placement fee.",
        "Pagamos directamente a Frontera Norte Staffing, S.C. por el reclutamiento; ning\u00fan "
        "trabajador paga cuota de reclutamiento ni de colocaci\u00f3n.",
    )
    sec(
        "12. Ending the job / Terminaci\u00f3n",
        "Five missed workdays in a row without notice count as abandonment. Dismissal is only for just "
        "cause. If a hurricane, flood or fire makes the work impossible, the contract may end early with "
        "DOL approval; we still pay the guarantee up to that date and your trip home.",
        "Cinco faltas seguidas sin aviso cuentan como abandono. El despido s\u00f3lo procede por causa "
        "justificada. Si un hurac\u00e1n, una inundaci\u00f3n o un incendio hacen imposible el trabajo, el "
        "contrato puede terminar antes con autorizaci\u00f3n del DOL; aun as\u00ed pagamos la garant\u00eda "
        "hasta esa fecha y su regreso.",
    )
    sec(
        "13. Lunch / Comida",
        "A lunch truck visits the main site; buying from it is your choice, and the vendor sets its "
        "prices.",
        "Un cami\u00f3n de comida visita la obra principal; comprarle es decisi\u00f3n suya, y el vendedor "
        "fija los precios.",
    )
    d.signatures(
        [
            ("For the employer / Por el empleador", "Travis Okonkwo-Hale"),
            ("Worker / Trabajador", ""),
        ],
        gap=10,
    )
    label = {
        "program": prog,
        "language": "en+es",
        "fees": [
            fee("equipment_charge", prog, 1, 95, "USD", en_kit, group=1),
            fee("equipment_charge", prog, 2, 95, "USD", es_kit, group=1),
            fee("training_cost", prog, 1, 120, "USD", en_osha, group=2),
            fee("training_cost", prog, 2, 120, "USD", es_osha, group=2),
        ],
        "missing_terms": ["wage_adjustment", "tools_provided", "earnings_statements"],
        "recruiters": ["Frontera Norte Staffing, S.C."],
        "traps": [
            "concrete pump rental fee billed to the general contractor (charge to a customer)",
            "skills check on company time at no cost",
            "bus, road meals and visa fee repaid in first week",
            "recruiter paid by employer; no recruitment or placement fee (negated)",
            "lunch truck purchases voluntary",
        ],
        "doc_type": "employer_disclosure",
        "layout": "bilingual sequential: each section in English then Spanish italics; condensed font; signature lines",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac10 — H-2A sweet potato contract (es) + scanned camp-rules addendum
# --------------------------------------------------------------------------------------


def _ac10_addendum(fmt):
    a = Doc(fmt=fmt, family="libserif", margins=(22, 20, 22), accent=(0, 0, 0))
    a.add_page()
    a.heading(
        "ANEXO B\nREGLAMENTO DEL CAMPAMENTO PINE LEVEL Y CONDICIONES ADICIONALES",
        size=12.5,
        after=2,
    )
    a.p(
        "Tidewater Sweet Potato Growers LLC  \u00b7  Temporada 2026  \u00b7  Este anexo forma parte del "
        "contrato de trabajo de la orden NC-2026-40771.",
        size=9.5,
        align="C",
        after=4,
    )
    s = 11
    q_dep = (
        "Al llegar al campamento, cada trabajador entregar\u00e1 al mayordomo un dep\u00f3sito de "
        "garant\u00eda de 250 d\u00f3lares, que se le devolver\u00e1 s\u00f3lo si termina la temporada completa."
    )
    q_curf = (
        "Entre las 9:00 de la noche y las 5:00 de la ma\u00f1ana ning\u00fan trabajador podr\u00e1 salir del "
        "campamento, y los domingos s\u00f3lo se podr\u00e1 ir al pueblo en la camioneta de la empresa "
        "acompa\u00f1ado por el mayordomo."
    )
    q_dmg = (
        "Los vidrios, colchones o estufas que se rompan por descuido se cobrar\u00e1n al responsable al "
        "precio de la tienda."
    )
    q_pen = (
        "El trabajador que abandone el empleo antes del 20 de noviembre perder\u00e1 el dep\u00f3sito y "
        "pagar\u00e1 adem\u00e1s una multa de 300 d\u00f3lares por los gastos de reemplazo."
    )
    rules = [
        "La lavander\u00eda y la cocina son de uso gratuito; cada cuarto mantiene limpio su espacio.",
        q_dep,
        q_curf,
        "Se proh\u00edbe fumar dentro de las caba\u00f1as y guardar bebidas alcoh\u00f3licas en ellas.",
        q_dmg,
        "Las visitas se anotan en la caseta de la entrada.",
        q_pen,
        "Cualquier duda sobre este reglamento se consulta con el mayordomo o con la oficina.",
    ]
    for i, r in enumerate(rules, 1):
        a.p(f"{i}. {r}", size=s, align="J", after=2.6)
    a.ln(6)
    a.p(
        "Le\u00eddo y aceptado en el campamento Pine Level, Nashburg, N.C., el 4 de agosto de 2026.",
        size=s,
        align="L",
    )
    a.signatures([("Mayordomo", "Rigoberto Salas Ib\u00e1\u00f1ez"), ("Trabajador", "")], gap=18)
    a.set_draw_color(150, 40, 40)
    a.set_text_color(150, 40, 40)
    a.set_line_width(0.8)
    a.rect(130, 228, 52, 18)
    a.set_xy(130, 231)
    a.font("B", 12)
    a.cell(52, 6, "RECIBIDO", align="C")
    a.set_xy(130, 237)
    a.font("", 9)
    a.cell(52, 5, "04 AGO 2026", align="C")
    text = " ".join(rules)
    return a.output_bytes(), (q_dep, q_curf, q_dmg, q_pen), text


def ac10():
    prog = "h2a"
    d = Doc(
        family="dvcond",
        header_left="Tidewater Sweet Potato Growers LLC",
        header_right="Orden de trabajo H-2A NC-2026-40771",
        footer_text="Contrato NC-2026-40771  \u00b7  p\u00e1gina {p} de {nb}",
        title="Contrato de trabajo H-2A NC-2026-40771",
        author="Tidewater Sweet Potato Growers LLC",
        accent=(110, 60, 30),
        margins=(18, 19, 18),
    )
    d.add_page()
    d.heading("CONTRATO DE TRABAJO \u2014 ORDEN DE TRABAJO H-2A NC-2026-40771", size=12, after=1.5)
    d.p(
        "Resumen de las condiciones del empleo. La orden de trabajo completa, en ingl\u00e9s y en "
        "espa\u00f1ol, se entrega a cada trabajador antes de su cita en el consulado.",
        size=8.8,
        align="C",
        after=2.5,
    )
    d.grid(
        [
            [
                "Empleador",
                "Tidewater Sweet Potato Growers LLC, 5120 Old Stage Road, Nashburg, Carolina del Norte 27856",
            ],
            [
                "Puesto",
                "Trabajador agr\u00edcola: cosecha de camote a mano detr\u00e1s del arado, llenado de cubetas "
                "y cajas, carga de remolques; despunte y cosecha de tabaco",
            ],
            ["Lugar", "Campos de la empresa en los condados de Nash y Wilson, Carolina del Norte"],
            ["Periodo", "Del 3 de agosto al 20 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30; s\u00e1bados voluntarios",
            ],
            [
                "Salario",
                "17.20 d\u00f3lares por hora, o 0.65 d\u00f3lares por cubeta de camote si resulta mayor",
            ],
            ["Pago", "Semanal, cada viernes"],
            [
                "Descuentos",
                "Impuesto sobre la renta s\u00f3lo si la persona trabajadora lo pide; pensi\u00f3n alimenticia "
                "ordenada por un juez",
            ],
            [
                "Garant\u00eda",
                "Se ofrecen horas equivalentes por lo menos a 3/4 de los d\u00edas laborables del contrato, "
                "o se paga la diferencia",
            ],
            [
                "Vivienda",
                "Sin costo, en el campamento Pine Level, 880 Pine Level Church Road, Nashburg",
            ],
            ["Comidas", "Cocina con estufas y refrigeradores, de uso gratuito"],
            [
                "Viaje de ida",
                "Autob\u00fas desde Monterrey y vi\u00e1ticos, reembolsados al cumplir la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por la empresa al terminar el contrato"],
            ["Transporte diario", "Gratuito, del campamento a los campos"],
            ["Herramientas", "Cubetas, cuchillos y guantes sin costo"],
            [
                "Accidentes",
                "Seguro de compensaci\u00f3n laboral con Carolina Growers Mutual, p\u00f3liza CGM-7781-26",
            ],
            [
                "Tal\u00f3n de pago",
                "Cada viernes, con horas ofrecidas y trabajadas, tarifa, descuentos y neto",
            ],
            ["Requisitos", "Un mes de experiencia en cosecha; poder levantar 50 libras"],
            [
                "Terminaci\u00f3n",
                "Cinco d\u00edas de ausencia sin permiso equivalen a abandono; despido s\u00f3lo con causa "
                "justificada",
            ],
        ],
        widths=[34, 145.8],
        size=8.8,
        bold_first=True,
        head_fill=(240, 228, 215),
    )
    d.p(
        "Nadie, ni la empresa ni sus reclutadores, le puede cobrar por este empleo. El Anexo B "
        "(reglamento del campamento) forma parte de este contrato y se firma por separado al llegar al "
        "campamento.",
        size=9,
    )
    d.signatures([("Por la empresa", "Loretta Pendergrass Hinton"), ("Trabajador", "")], gap=10)
    add_bytes, quotes, add_text = _ac10_addendum("Letter")
    jpeg, _, _ = degrade(add_bytes, seed=1010, angle=0.62)
    add_scanned_page(d, jpeg)
    q_dep, q_curf, q_dmg, q_pen = quotes
    label = {
        "program": prog,
        "language": "es",
        "fees": [
            fee("deposit_or_bond", prog, 2, 250, "USD", q_dep),
            fee("movement_restriction", prog, 2, None, None, q_curf),
            fee("damage_chargeback", prog, 2, None, None, q_dmg),
            fee("breach_penalty", prog, 2, 300, "USD", q_pen),
        ],
        "missing_terms": ["wage_adjustment", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "free housing, free kitchen, free daily transport (h2a)",
            "tools without cost",
            "nobody may charge for the job (negated recruitment fee)",
            "free laundry and kitchen in the scanned addendum",
        ],
        "doc_type": "work_contract",
        "layout": "page 1 condensed terms grid (born-digital); page 2 SCANNED image-only camp-rules addendum with stamp",
        "_scan_source": add_text,
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac11 — H-2B oyster house, bilingual side-by-side Q&A, compliant
# --------------------------------------------------------------------------------------


def ac11():
    prog = "h2b"
    d = Doc(
        family="noto",
        header_left="Pocomoke Bend Oyster House, Inc.",
        header_right="Job order / Orden de trabajo H-400-26204-339018",
        footer_text="Worker's copy / Copia del trabajador  \u00b7  {p}/{nb}",
        title="Seasonal work contract / Contrato de trabajo de temporada",
        author="Pocomoke Bend Oyster House, Inc.",
        accent=(30, 60, 110),
        margins=(16, 19, 16),
    )
    d.add_page()
    d.heading(
        "SEASONAL WORK CONTRACT \u2014 QUESTIONS AND ANSWERS\nCONTRATO DE TRABAJO DE TEMPORADA \u2014 PREGUNTAS Y RESPUESTAS",
        size=11.5,
        after=2,
    )
    d.grid(
        [
            ["Worker / Trabajadora", "Yesenia Abigail Cruz Tzib"],
            ["Visa program / Programa de visa", "H-2B"],
        ],
        widths=[58, 125.8],
        size=8.8,
        bold_first=True,
        after=3,
    )
    qa = [
        (
            "Who is my employer?",
            "Pocomoke Bend Oyster House, Inc., 77 Shuckers Wharf Lane, Crisfield Point, MD 21817, tel. (410) 555-0135.",
            "\u00bfQui\u00e9n es mi empleador?",
            "Pocomoke Bend Oyster House, Inc., 77 Shuckers Wharf Lane, Crisfield Point, MD 21817, tel. (410) 555-0135.",
        ),
        (
            "What will I do?",
            "Oyster shucker: open oysters by hand with a shucking knife, grade the meat, fill pint and "
            "gallon containers and keep your station clean. Some days you will feed oysters into the "
            "washer and steam tunnel.",
            "\u00bfQu\u00e9 voy a hacer?",
            "Desbulladora de ostiones: abrir ostiones a mano con cuchillo, clasificar la carne, llenar "
            "envases de pinta y de gal\u00f3n y mantener limpia su mesa. Algunos d\u00edas alimentar\u00e1 la "
            "lavadora y el t\u00fanel de vapor con ostiones.",
        ),
        (
            "Where will I work?",
            "At the shucking house, 77 Shuckers Wharf Lane, Crisfield Point, Maryland.",
            "\u00bfD\u00f3nde voy a trabajar?",
            "En la nave de desbulle, 77 Shuckers Wharf Lane, Crisfield Point, Maryland.",
        ),
        (
            "When does the job start and end?",
            "September 14, 2026 to May 28, 2027.",
            "\u00bfCu\u00e1ndo empieza y termina?",
            "Del 14 de septiembre de 2026 al 28 de mayo de 2027.",
        ),
        (
            "How many hours?",
            "40 hours a week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid lunch.",
            "\u00bfCu\u00e1ntas horas?",
            "40 horas a la semana, de lunes a viernes, de 6:00 a.m. a 2:30 p.m., con 30 minutos de comida sin pago.",
        ),
        (
            "How much will I be paid?",
            "$17.46 per hour, or $4.75 per gallon of shucked oysters if that is more for the week. "
            "Overtime after 40 hours: $26.19 per hour. If a higher legal wage is published during the "
            "season, you get it from its start date.",
            "\u00bfCu\u00e1nto me van a pagar?",
            "$17.46 por hora, o $4.75 por gal\u00f3n de osti\u00f3n desbullado si eso da m\u00e1s en la semana. "
            "Horas extra despu\u00e9s de 40: $26.19 por hora. Si se publica un salario legal m\u00e1s alto "
            "durante la temporada, se le paga desde su fecha de inicio.",
        ),
        (
            "When will I be paid?",
            "Every Thursday, by direct deposit or check. With each payment you get a stub showing hours "
            "offered, hours worked, rate, gallons, gross pay, each deduction and net pay.",
            "\u00bfCu\u00e1ndo me pagan?",
            "Cada jueves, por dep\u00f3sito directo o con cheque. Con cada pago recibe un tal\u00f3n con horas "
            "ofrecidas, horas trabajadas, tarifa, galones, pago bruto, cada descuento y pago neto.",
        ),
        (
            "What can be taken out of my pay?",
            "Only U.S. and Maryland taxes and any court order. Every dollar you earn is paid on the next "
            "payday; nothing is held back until the end of the season.",
            "\u00bfQu\u00e9 me pueden descontar?",
            "S\u00f3lo impuestos de EE. UU. y de Maryland y cualquier orden judicial. Todo lo que gana se "
            "paga el siguiente d\u00eda de pago; no se retiene nada hasta el final de la temporada.",
        ),
        (
            "How much work is guaranteed?",
            "In each 12-week period you are offered hours for at least three out of every four workdays; "
            "if not, we pay the difference.",
            "\u00bfCu\u00e1nto trabajo se garantiza?",
            "En cada periodo de 12 semanas se le ofrecen horas por lo menos en tres de cada cuatro "
            "d\u00edas laborables; si no, pagamos la diferencia.",
        ),
        (
            "What do I need to qualify?",
            "One season shucking oysters or clams, or picking crab, and being able to stand a full shift "
            "in a cold room.",
            "\u00bfQu\u00e9 necesito para calificar?",
            "Una temporada desbullando ostiones o almejas, o picando jaiba, y poder estar de pie un turno "
            "completo en un cuarto fr\u00edo.",
        ),
        (
            "Who pays for the trip and the visa?",
            "We buy your bus ticket from Villahermosa, Tabasco and pay your meals on the road, or repay "
            "them in your first week; your visa fee is repaid in your first week too. If you finish the "
            "season, or we let you go without cause, we pay your trip home.",
            "\u00bfQui\u00e9n paga el viaje y la visa?",
            "Compramos su boleto de autob\u00fas desde Villahermosa, Tabasco y pagamos sus comidas del "
            "camino, o se los reembolsamos en la primera semana; la cuota de la visa tambi\u00e9n se le "
            "reembolsa en la primera semana. Si termina la temporada, o si lo despedimos sin causa, "
            "pagamos su regreso.",
        ),
        (
            "Do I need to buy tools or leave a deposit?",
            "No. Rubber boots, aprons, shucking knives and cut-resistant gloves are lent to you free of "
            "charge, with no deposit.",
            "\u00bfTengo que comprar herramientas o dejar un dep\u00f3sito?",
            "No. Las botas de hule, mandiles, cuchillos y guantes anticorte se le prestan gratis y sin "
            "dep\u00f3sito.",
        ),
        (
            "Who pays the recruiter?",
            "The company pays Alianza Costera Recruiting its full service fee. You pay nothing to anyone "
            "for this job.",
            "\u00bfQui\u00e9n le paga al reclutador?",
            "La empresa le paga a Alianza Costera Recruiting todos sus honorarios. Usted no le paga nada "
            "a nadie por este trabajo.",
        ),
        (
            "Where will I live?",
            "You may live in the company bunkhouse at 81 Shuckers Wharf Lane at no charge, or elsewhere "
            "if you prefer. You are free to come and go; there is no curfew.",
            "\u00bfD\u00f3nde voy a vivir?",
            "Puede vivir sin costo en la casa de la empresa en 81 Shuckers Wharf Lane, o en otro lugar si "
            "lo prefiere. Puede entrar y salir libremente; no hay toque de queda.",
        ),
        (
            "Who keeps my passport?",
            "You do. The company never holds workers' documents.",
            "\u00bfQui\u00e9n guarda mi pasaporte?",
            "Usted. La empresa nunca guarda documentos de los trabajadores.",
        ),
        (
            "Are there English classes?",
            "St. Andrew's parish offers free English classes on Sunday afternoons. Going is up to you.",
            "\u00bfHay clases de ingl\u00e9s?",
            "La parroquia de San Andr\u00e9s da clases de ingl\u00e9s gratis los domingos por la tarde. Ir es "
            "decisi\u00f3n suya.",
        ),
        (
            "Can I quit? Can I be fired?",
            "You may quit at any time; no penalty or charge applies. You can only be fired for a real "
            "reason explained to you in writing. Missing five workdays in a row without notice counts as "
            "abandonment, which the company must report.",
            "\u00bfPuedo renunciar? \u00bfMe pueden despedir?",
            "Puede renunciar cuando quiera, sin multa ni cobro alguno. S\u00f3lo lo pueden despedir por una "
            "raz\u00f3n real explicada por escrito. Faltar cinco d\u00edas seguidos sin aviso cuenta como "
            "abandono, y la empresa debe reportarlo.",
        ),
        (
            "What if a storm or closure stops the work?",
            "If a hurricane, a fire or a state closure of the oyster beds makes the work impossible, the "
            "contract may end early with DOL approval; you still get your guaranteed hours up to that day "
            "and your trip home.",
            "\u00bfY si una tormenta o un cierre detiene el trabajo?",
            "Si un hurac\u00e1n, un incendio o el cierre de los bancos de ostiones por el estado hacen "
            "imposible el trabajo, el contrato puede terminar antes con aprobaci\u00f3n del DOL; aun as\u00ed "
            "recibe sus horas garantizadas hasta ese d\u00eda y su regreso.",
        ),
        (
            "Can I complain?",
            "Yes, to the DOL, a lawyer or your consulate. Nobody will punish you or keep you off next "
            "year's list for it.",
            "\u00bfPuedo quejarme?",
            "S\u00ed, ante el DOL, un abogado o su consulado. Nadie lo castigar\u00e1 ni lo dejar\u00e1 fuera de "
            "la lista del pr\u00f3ximo a\u00f1o por eso.",
        ),
    ]
    d.font("", 8.6)
    with d.table(
        col_widths=[91.9, 91.9],
        width=183.8,
        line_height=3.9,
        text_align="LEFT",
        borders_layout="HORIZONTAL_LINES",
        first_row_as_headings=True,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 240)),
        padding=1.4,
        v_align="TOP",
        markdown=True,
    ) as table:
        r = table.row()
        r.cell("English")
        r.cell("Espa\u00f1ol")
        for qe, ae, qs, as_ in qa:
            r = table.row()
            r.cell(f"**{qe}**\n{ae}")
            r.cell(f"**{qs}**\n{as_}")
    d.ln(4)
    d.signatures(
        [
            ("For the company / Por la empresa", "Delbert Tyler Maddox"),
            ("Worker / Trabajadora", "Yesenia Abigail Cruz Tzib"),
        ],
        gap=12,
    )
    label = {
        "program": prog,
        "language": "en+es",
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Alianza Costera Recruiting"],
        "traps": [
            "'feed oysters into the washer' / 'alimentar\u00e1 la lavadora' job duty",
            "direct deposit / dep\u00f3sito directo (pay method)",
            "nothing held back until the end of the season (negated wage withholding)",
            "bus, road meals and visa fee paid or repaid in first week",
            "tools lent free, no deposit (negated equipment deposit)",
            "employer pays recruiter's service fee; worker pays nothing",
            "free bunkhouse; free to come and go, no curfew (negated movement restriction)",
            "worker keeps passport",
            "free English classes by a parish (third party, voluntary)",
            "quit without penalty (negated breach penalty)",
            "complaints without being kept off next year's list (negated blacklisting)",
        ],
        "doc_type": "work_contract",
        "layout": "bilingual Q&A in two side-by-side columns (EN | ES) with horizontal rules; small header grid",
    }
    return d, label


# --------------------------------------------------------------------------------------
# ac12 — H-2B Jamaica hospitality recruiter agreement with schedule of charges
# --------------------------------------------------------------------------------------


def ac12():
    prog = "h2b"
    d = Doc(
        family="libserif",
        header_left="Blue Mahoe Overseas Placements Ltd.  \u00b7  Licence EA-2291",
        header_right="Agreement BMO/26/0481",
        footer_text="Participant's initials ______   \u00b7   page {p} of {nb}",
        title="Participant Agreement - 2026 US Seasonal Hospitality Programme",
        author="Blue Mahoe Overseas Placements Ltd.",
        accent=(20, 100, 60),
        margins=(22, 20, 22),
    )
    d.add_page()
    d.heading("PARTICIPANT AGREEMENT\n2026 US SEASONAL HOSPITALITY PROGRAMME (H-2B)", size=13)
    s = 10.3
    d.p(
        "THIS AGREEMENT is made on 12 January 2026 between Blue Mahoe Overseas Placements Ltd., 31 "
        "Barbican Road, Kingston 6, Jamaica, holder of Ministry of Labour employment agency licence "
        'EA-2291 ("the Agency"), and Ms. Shanique Antoinette Powell of Top Hill District, Santa Cruz, '
        'St. Elizabeth ("the Participant").',
        size=s,
    )
    d.lp(
        "1. The placement.",
        "The Agency will present the Participant to Nauset Light Inn & Cottages LLC, 1420 Shore Road, "
        'Nauset Light Landing, MA 02651, USA ("the Employer"), for the position of Housekeeper / Room '
        "Attendant: cleaning guest rooms and bathrooms, making beds, restocking amenities, laundering "
        "linen and reporting maintenance needs.",
        size=s,
    )
    d.lp(
        "2. Terms offered by the Employer.",
        "The Employer's job order provides as follows:",
        size=s,
        after=1,
    )
    d.grid(
        [
            [
                "Work location",
                "Nauset Light Inn & Cottages, 1420 Shore Road, Nauset Light Landing, Massachusetts",
            ],
            ["Dates", "4 May 2026 to 17 October 2026"],
            ["Hours", "40 hours per week, 8:00 a.m. to 4:30 p.m., five days out of seven"],
            [
                "Wage",
                "USD 17.53 per hour; any higher prevailing or minimum wage applies from its effective date",
            ],
            [
                "Pay",
                "Weekly, every Friday, with an itemised pay slip showing hours, rate and deductions",
            ],
            [
                "Deductions",
                "US federal and Massachusetts income taxes, Social Security and Medicare",
            ],
            [
                "Airfare to Boston",
                "Reimbursed by the Employer in the first workweek, with meals on the way",
            ],
            ["Return airfare", "Paid by the Employer at the end of the season"],
            ["Supplies", "Cleaning supplies, carts and uniforms provided free"],
            [
                "Requirements",
                "Age 21 or over; one year of hotel or cleaning experience; conversational English",
            ],
            [
                "Ending the job",
                "Five consecutive no-shows are treated as abandonment; dismissal only for cause",
            ],
        ],
        widths=[40, 131.8],
        size=9.6,
        bold_first=True,
        head_fill=(220, 236, 226),
    )
    d.lp(
        "3. Schedule of charges.",
        "The Participant shall pay the following charges to the Agency or as indicated:",
        size=s,
        after=1,
    )
    d.grid(
        [
            ["Registration and processing", "JMD 95,000", "On signing this Agreement"],
            [
                "US visa (MRV) fee",
                "USD 185",
                "Paid by the Participant at the bank; not refunded by the Agency or the Employer",
            ],
            ["Medical examination", "No charge", "Arranged and paid by the Employer"],
            ["Pre-departure orientation", "Free", "Held at the Agency office, Kingston"],
        ],
        widths=[52, 26, 93.8],
        header=["Item", "Amount", "When / how payable"],
        size=9.6,
        head_fill=(220, 236, 226),
    )
    q_reg = "Registration and processing JMD 95,000 On signing this Agreement"
    q_visa = "US visa (MRV) fee USD 185 Paid by the Participant at the bank; not refunded by the Agency or the Employer"
    q_sub = (
        "In addition, the Participant shall pay a coordination fee of JMD 15,000 directly to the Agency's "
        "parish coordinator for St. Elizabeth, Mr. Clifton Rowe, before the embassy interview."
    )
    d.p(q_sub + " Sums paid under this clause are not refunded if the visa is refused.", size=s)
    q_black = (
        "Participants who lodge complaints against the Agency or the Employer with the Ministry of Labour, "
        "the press or any US government office will be removed from the Agency's register permanently "
        "and reported to the US Embassy as unreliable."
    )
    d.lp(
        "4. Conduct.",
        "The Participant shall follow the Employer's rules and dress code. " + q_black,
        size=s,
    )
    d.lp(
        "5. Documents.",
        "The Agency does not hold passports; the Participant keeps her passport and visa at all times.",
        size=s,
    )
    d.lp(
        "6. Governing law.",
        "This Agreement is governed by the laws of Jamaica.",
        size=s,
    )
    d.signatures(
        [
            ("For the Agency", "Winsome Lattibeaudiere"),
            ("Participant", "Shanique Antoinette Powell"),
        ],
        gap=14,
    )
    label = {
        "program": prog,
        "language": "en",
        "fees": [
            fee("recruitment_fee", prog, 1, 95000, "JMD", q_reg),
            fee("visa_cost", prog, 1, 185, "USD", q_visa),
            fee("recruitment_fee", prog, 1, 15000, "JMD", q_sub),
            fee("blacklisting_threat", prog, 1, None, None, q_black),
        ],
        "missing_terms": [
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "contract_impossibility",
        ],
        "recruiters": ["Blue Mahoe Overseas Placements Ltd."],
        "traps": [
            "medical examination 'No charge', paid by the Employer",
            "pre-departure orientation free",
            "airfare reimbursed and return airfare paid by the Employer",
            "supplies and uniforms free",
            "Agency does not hold passports (negated retention)",
            "fee paid to a parish sub-agent",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "numbered clauses; terms grid; 3-column schedule of charges; signature lines",
    }
    return d, label


# --------------------------------------------------------------------------------------
# build and verify
# --------------------------------------------------------------------------------------

BUILDERS = [ac01, ac02, ac03, ac04, ac05, ac06, ac07, ac08, ac09, ac10, ac11, ac12]
KEY_ORDER = [
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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    scan_sources = {}
    for i, builder in enumerate(BUILDERS, 1):
        name = f"ac{i:02d}.pdf"
        doc, label = builder()
        (out / name).write_bytes(doc.output_bytes())
        scan_src = label.pop("_scan_source", None)
        if scan_src is not None:
            scan_sources[name] = scan_src
        label["file"] = name
        label["scanned"] = bool(doc.image_pages)
        label["pages"] = doc.page
        label["_image_pages"] = sorted(doc.image_pages)
        labels.append(label)

    errors = []
    for label in labels:
        name = label["file"]
        image_pages = label.pop("_image_pages")
        with pdfplumber.open(out / name) as pdf:
            if len(pdf.pages) != label["pages"]:
                errors.append(f"{name}: page count {len(pdf.pages)} != {label['pages']}")
            texts = [norm(pg.extract_text() or "") for pg in pdf.pages]
        for p in image_pages:
            if texts[p - 1]:
                errors.append(f"{name}: scanned page {p} has a text layer")
        for f in label["fees"]:
            q = norm(f["quote"])
            if not 1 <= f["page"] <= label["pages"]:
                errors.append(f"{name}: bad page {f['page']}")
                continue
            if f["page"] in image_pages:
                if q not in norm(scan_sources.get(name, "")):
                    errors.append(f"{name}: scanned quote not in source page: {q[:60]}")
                continue
            if q not in texts[f["page"] - 1]:
                where = [i + 1 for i, t in enumerate(texts) if q in t]
                errors.append(f"{name}: quote not on page {f['page']} (found on {where}): {q[:70]}")
    ordered = [{k: lab[k] for k in KEY_ORDER} for lab in labels]
    (out / "labels.json").write_text(
        json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    if errors:
        for e in errors:
            print("VERIFY FAIL:", e, file=sys.stderr)
        return 1
    n_fees = sum(len(lab["fees"]) for lab in ordered)
    print(f"wrote {len(ordered)} PDFs and labels.json to {out}; {n_fees} fee quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
