#!/usr/bin/env python3
"""Held-out batch "aw": 12 blind contract PDFs (compliant-heavy) + labels.json.

Usage:  python build.py OUT_DIR

Writes aw01.pdf ... aw12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks page counts, that each labelled fee quote is on
its labelled page (whitespace-normalised; scanned pages skipped) and that each
labelled recruiter name is printed. Exits non-zero on any mismatch.
Deterministic: fixed creation date, fixed noise seed, no clock or randomness.
"""

import io
import json
import os
import re
import shutil
import sys
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime(2026, 1, 15, 9, 30, 0, tzinfo=UTC)

FONTS = {
    "dv": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "ls": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "lsr": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    "ln": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "lm": (
        "LiberationMono-Regular.ttf",
        "LiberationMono-Bold.ttf",
        "LiberationMono-Italic.ttf",
        "LiberationMono-BoldItalic.ttf",
    ),
}


def font_path(name):
    return os.path.join(DV if name.startswith("DejaVu") else LB, name)


class Doc(FPDF):
    """FPDF with a few layout helpers. Units: mm."""

    def __init__(
        self,
        fmt="letter",
        family="dv",
        size=10,
        margins=(18, 16, 18),
        bottom=18,
        hdr=None,
        ftr=None,
        title="",
    ):
        super().__init__(unit="mm", format=fmt)
        for fam, files in FONTS.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, font_path(f))
        self.fam, self.size = family, size
        self.hdr, self.ftr = hdr, ftr
        self.scan_pages = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("")
        self.set_font(family, "", size)

    # header/footer hooks -------------------------------------------------
    def header(self):
        if self.hdr and self.page_no() not in self.scan_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.scan_pages:
            self.ftr(self)

    # text helpers ------------------------------------------------------
    def font(self, size=None, style="", family=None, rgb=(0, 0, 0)):
        self.set_font(family or self.fam, style, size or self.size)
        self.set_text_color(*rgb)

    def head(
        self, text, size=12, style="B", rgb=(0, 0, 0), align="L", before=1.5, after=1.5, family=None
    ):
        self.set_y(self.get_y() + before)
        self.font(size, style, family, rgb)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + after)
        self.font()

    def p(
        self,
        text,
        size=None,
        style="",
        lh=None,
        family=None,
        indent=0,
        md=False,
        after=1.6,
        align="L",
        rgb=(0, 0, 0),
        w=0,
    ):
        size = size or self.size
        self.font(size, style, family, rgb)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            w, lh or size * 0.47, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_y(self.get_y() + after)
        self.font()

    def bullets(
        self, items, size=None, bullet="•", indent=5, lh=None, md=False, after=0.8, family=None
    ):
        size = size or self.size
        for it in items:
            self.font(size, "", family)
            self.set_x(self.l_margin)
            self.cell(indent, lh or size * 0.47, bullet)
            self.multi_cell(
                0, lh or size * 0.47, it, align="L", markdown=md, new_x="LMARGIN", new_y="NEXT"
            )
            self.set_y(self.get_y() + after)
        self.font()

    def grid(
        self,
        rows,
        widths,
        size=None,
        head=True,
        lh=None,
        head_fill=(225, 225, 225),
        family=None,
        borders="ALL",
        md=False,
        fill_rows=None,
    ):
        size = size or self.size
        self.font(size, "", family)
        self.set_fill_color(255, 255, 255)
        if sum(widths) > self.epw - 0.01:
            k = (self.epw - 0.01) / sum(widths)
            widths = tuple(w * k for w in widths)
        kw = dict(
            col_widths=widths,
            text_align="LEFT",
            v_align="TOP",
            line_height=lh or size * 0.5,
            first_row_as_headings=head,
            borders_layout=borders,
            markdown=md,
            padding=(1.0, 1.5, 1.0, 1.5),
            width=sum(widths),
            align="LEFT",
        )
        if head:
            from fpdf.fonts import FontFace

            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if fill_rows:
            kw["cell_fill_color"] = fill_rows
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_y(self.get_y() + 2)
        self.font()

    def band(self, title, sub, rgb, height=20, tsize=14, ssize=9, text_rgb=(255, 255, 255)):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, height, style="F")
        self.set_xy(self.l_margin, 4)
        self.font(tsize, "B", rgb=text_rgb)
        self.cell(0, tsize * 0.45, title, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin)
        self.font(ssize, "", rgb=text_rgb)
        self.cell(0, ssize * 0.5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_y(height + 4)
        self.set_fill_color(255, 255, 255)
        self.font()

    def rule(self, gap=2, rgb=(120, 120, 120)):
        self.set_draw_color(*rgb)
        y = self.get_y() + gap / 2
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap / 2)
        self.set_draw_color(0, 0, 0)

    def columns(self, left, right, gap=8, size=None, lh=None, after=1.8, family=None):
        """Two independent text columns; each item is (style, text)."""
        size = size or self.size
        colw = (self.w - self.l_margin - self.r_margin - gap) / 2
        y0 = self.get_y()
        ends = []
        for i, items in enumerate((left, right)):
            x = self.l_margin + i * (colw + gap)
            self.set_xy(x, y0)
            for style, text in items:
                self.font(size + (1 if style == "B" else 0), style, family)
                self.multi_cell(
                    colw, lh or size * 0.47, text, align="L", new_x="LEFT", new_y="NEXT"
                )
                self.set_xy(x, self.get_y() + after)
            ends.append(self.get_y())
        self.set_y(max(ends))
        self.font()

    def sigblock(self, labels, names, size=9, gap=10):
        colw = (self.w - self.l_margin - self.r_margin - gap * (len(labels) - 1)) / len(labels)
        y = self.get_y() + 12
        self.set_draw_color(0, 0, 0)
        for i, (lab, nm) in enumerate(zip(labels, names)):
            x = self.l_margin + i * (colw + gap)
            self.line(x, y, x + colw, y)
            self.set_xy(x, y + 1)
            self.font(size, "B")
            self.multi_cell(colw, size * 0.45, lab, align="L", new_x="LEFT", new_y="NEXT")
            self.set_x(x)
            self.font(size, "")
            self.multi_cell(colw, size * 0.45, nm, align="L", new_x="LEFT", new_y="NEXT")
        self.set_y(y + 14)
        self.font()


def page_footer(text, size=7.5, family=None, rgb=(90, 90, 90)):
    def f(pdf):
        pdf.set_y(-12)
        pdf.font(size, "", family, rgb)
        pdf.cell(0, 4, text.format(p=pdf.page_no()), align="C")
        pdf.font()

    return f


def page_header(text, size=7.5, family=None, rgb=(90, 90, 90), first=False):
    def f(pdf):
        if pdf.page_no() == 1 and not first:
            return
        pdf.set_y(7)
        pdf.font(size, "I", family, rgb)
        pdf.cell(0, 4, text, align="R")
        pdf.set_y(pdf.t_margin)
        pdf.font()

    return f


# --------------------------------------------------------------------------
# a "scanned" page: text rendered to a raster image with slight skew, blur and noise
# --------------------------------------------------------------------------
def scan_page(blocks, fmt=(215.9, 279.4), dpi=300, seed=7, angle=0.35):
    wpx, hpx = int(fmt[0] / 25.4 * dpi), int(fmt[1] / 25.4 * dpi)
    img = Image.new("L", (wpx, hpx), 255)
    d = ImageDraw.Draw(img)
    mx = int(22 / 25.4 * dpi)
    y = int(20 / 25.4 * dpi)
    maxw = wpx - 2 * mx

    def fnt(bold, pt):
        name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
        return ImageFont.truetype(font_path(name), int(pt / 72 * dpi))

    for kind, text in blocks:
        if kind == "gap":
            y += int(float(text) / 25.4 * dpi)
            continue
        pt = {"h1": 14, "h2": 11.5, "p": 11, "small": 9.5}[kind]
        f = fnt(kind in ("h1", "h2"), pt)
        line_h = int(pt / 72 * dpi * 1.32)
        words, line = text.split(), ""
        lines = []
        for w in words:
            cand = (line + " " + w).strip()
            if d.textlength(cand, font=f) <= maxw:
                line = cand
            else:
                lines.append(line)
                line = w
        if line:
            lines.append(line)
        for ln in lines:
            d.text((mx, y), ln, font=f, fill=18)
            y += line_h
        y += int(line_h * 0.45)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.93 + 10 + rng.normal(0, 9, arr.shape)  # grey paper + sensor noise
    specks = rng.random(arr.shape) < 0.0006
    arr[specks] = 70
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "L").save(out, format="JPEG", quality=82, optimize=False)
    out.seek(0)
    return out


def add_scan(pdf, blocks, seed):
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    buf = scan_page(blocks, fmt=(pdf.w, pdf.h), seed=seed)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# ==========================================================================
# aw01  H-2A, English, job order attachment. COMPLIANT, all terms present.
# ==========================================================================
def aw01():
    pdf = Doc(
        "letter",
        "dv",
        9.5,
        hdr=page_header("Flint Creek Melon Company, LLC  ·  H-300-26048-610522  ·  Attachment A"),
        ftr=page_footer("Attachment A to ETA-790A  ·  worker copy  ·  page {p} of 3"),
        title="Attachment A",
    )
    pdf.add_page()
    pdf.band(
        "Flint Creek Melon Company, LLC",
        "418 Pecan Grove Road, Dawson, Georgia 39842  ·  (229) 555-0187",
        (46, 110, 62),
    )
    pdf.head("H-2A CLEARANCE ORDER H-300-26048-610522 — ATTACHMENT A", 12.5, align="C")
    pdf.head("Material terms and conditions of employment", 10, "I", align="C", before=0, after=3)
    pdf.head("1. Employer", 10.5)
    pdf.bullets(
        [
            "Legal name: Flint Creek Melon Company, LLC (FEIN on file with the Department of Labor)",
            "Main office and packing shed: 418 Pecan Grove Road, Dawson, Georgia 39842",
            "Person in charge of the crew: Lamar Witcher, Field Superintendent",
        ]
    )
    pdf.head("2. The offer at a glance", 10.5)
    pdf.bullets(
        [
            "Job title: Farmworker, Crop (SOC 45-2092.02). Openings: 36.",
            "Dates of work: April 20, 2026 through August 14, 2026.",
            "Schedule: 40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. with an unpaid "
            "30-minute lunch. Saturday work is offered only when melons are ready and is voluntary.",
            "Pay: $16.04 per hour. During cantaloupe harvest the crew may be paid $1.35 for each full "
            "half-bin, but never less than $16.04 for every hour worked.",
            "Payday: every Friday, for the week that ended the Sunday before.",
        ]
    )
    pdf.head("3. What the work is", 10.5)
    pdf.p(
        "Transplant watermelon and cantaloupe seedlings by hand; lay and pick up plastic mulch and drip "
        "tape; hoe and hand-pull weeds; cut ripe melons from the vine, toss them hand to hand along the "
        "crew line and stack them on the melon bus; load field bins; grade and pack melons on the shed "
        "line. On rain days workers feed flat cardboard into the carton-forming machine and stack the "
        "finished cartons on pallets. Work is outdoors in heat and humidity and involves constant bending "
        "and lifting of melons that weigh up to 35 pounds."
    )
    pdf.head("4. Who may apply", 10.5)
    pdf.p(
        "Three months of experience hand-harvesting melons, vegetables or fruit. Applicants must be able to "
        "lift and toss 35-pound melons repeatedly during the shift. No education, licence or English is required."
    )
    pdf.head("5. Places of work", 10.5)
    pdf.grid(
        [
            ["Site", "Address", "County"],
            ["Home farm and packing shed", "418 Pecan Grove Road, Dawson, GA 39842", "Terrell"],
            ["Chickasawhatchee fields", "6120 Herod Road, Dawson, GA 39842", "Terrell"],
            ["Bronwood block", "2209 Smithville Highway, Bronwood, GA 39826", "Terrell"],
        ],
        (58, 82, 30),
        size=9,
    )

    pdf.add_page()
    pdf.head("6. Pay rules", 10.5)
    pdf.p(
        "(a) Highest rate applies. The worker is always paid at least the highest of the Adverse Effect Wage "
        "Rate, the prevailing wage, any agreed collective bargaining rate, and the federal or Georgia minimum "
        "wage. If a higher rate is published while the contract runs, Flint Creek pays it from the date it "
        "takes effect."
    )
    pdf.p(
        "(b) Three-fourths guarantee. Flint Creek guarantees to offer each worker employment for a total "
        "number of hours equal to at least three-fourths (75%) of the workdays in the contract period. If it "
        "offers fewer hours, it pays the difference at the rate in section 2."
    )
    pdf.p(
        "(c) Pay statements. Each payday the worker receives a written statement showing hours offered, "
        "hours worked, the rate, units picked when paid by the bin, gross pay, each deduction and net pay."
    )
    pdf.p(
        "(d) Deductions. Only these amounts may be taken out of pay: Social Security and Medicare taxes where "
        "the law requires them; federal or state income tax if the worker asks for withholding; child "
        "support or garnishments ordered by a court; and, only with a separate signed authorization the "
        "worker may cancel at any time, the optional meal plan in section 7 or a transfer of savings to a "
        "bank account the worker chooses. Workers are not charged for ordinary wear of housing, bedding or tools."
    )
    pdf.head("7. Housing, meals and travel", 10.5)
    pdf.p(
        "Housing. Free housing is provided at Flint Creek Camp, 422 Pecan Grove Road, Dawson, GA: six mobile "
        "units with beds, mattresses, bedding, showers and laundry machines, inspected by the Georgia "
        "Department of Labor on April 2, 2026. Workers pay no rent, no utilities and no deposit."
    )
    pdf.p(
        "Meals. Every unit has a full kitchen with a stove, refrigerator, pots and dishes that workers use "
        "without charge. As an alternative, a worker may join the optional meal plan run by Miss Eula's "
        "Kitchen: three meals a day for $14.50 per day, which is below the maximum meal charge the U.S. "
        "Department of Labor allows for 2026. Joining is voluntary and a worker may leave the plan with one "
        "week's notice. Free coffee and ice water are set out at the packing shed every morning."
    )
    pdf.p(
        "Daily transportation. Company vans carry workers from the camp to each field and back every "
        "workday, free of charge. Only licensed drivers drive and every van is insured."
    )
    pdf.p(
        "Coming to the job. Flint Creek pays the consular visa fee and the border-crossing fee in advance, so "
        "workers pay neither. When a worker completes 50% of the contract period, Flint Creek reimburses the "
        "reasonable cost of the bus or plane trip and daily subsistence from Monterrey, Nuevo León, where the "
        "worker was recruited; any of those costs that would bring first-week earnings below the federal "
        "minimum wage are reimbursed in the first week instead."
    )
    pdf.p(
        "Going home. A worker who completes the contract, or who is released early for reasons other than "
        "cause, receives paid transportation and subsistence back to Monterrey."
    )

    pdf.add_page()
    pdf.head("8. Tools and safety", 10.5)
    pdf.p(
        "Harvest knives, gloves, hats, rain gear and packing aprons are handed out at no charge. No deposit, "
        "rental or replacement charge is taken for them, even when they wear out. Shade, water and toilets "
        "are at every field."
    )
    pdf.p(
        "Workers' compensation. Flint Creek carries Georgia workers' compensation insurance through Peach "
        "State Agricultural Insurers, policy PSA-WC-330917, covering injury and illness caused by the work, "
        "at no cost to workers."
    )
    pdf.head("9. Recruitment, documents and complaints", 10.5)
    pdf.p(
        "Flint Creek recruits in Mexico through Surco del Sur Servicios Agrícolas, S.C., Ciudad Victoria, "
        "Tamaulipas. Flint Creek pays Surco del Sur a service fee of $310 for each worker hired. Workers pay "
        "nothing to Surco del Sur, to Flint Creek or to anyone else to get or keep this job, and Surco del Sur "
        "has signed a contract that forbids it to charge workers. If anyone asks you for money for this job, "
        "tell Lamar Witcher or call the Wage and Hour Division at 1-866-487-9243."
    )
    pdf.p(
        "Passports and visas belong to the worker and stay with the worker. Each bunk has a lockable box; only "
        "the worker holds its key."
    )
    pdf.p(
        "Any worker may raise a complaint with the company, the Wage and Hour Division, a lawyer or a workers' "
        "organization. Nobody will be fired, threatened, disciplined or left off next season's list for doing so."
    )
    pdf.head("10. Ending the contract", 10.5)
    pdf.p(
        "Abandonment. A worker who misses five consecutive scheduled workdays without telling the "
        "superintendent is considered to have abandoned the job, and Flint Creek will notify the Department "
        "of Labor and DHS within two working days. Dismissal for cause follows a written warning, except for "
        "violence or theft."
    )
    pdf.p(
        "If the work becomes impossible. If a hurricane, flood, hail, fire or other act of God makes it "
        "impossible to continue, Flint Creek may end the contract early with the Department of Labor's "
        "approval; it will still pay the guarantee for the days up to the end, the trip home, and try to "
        "place workers with other growers."
    )
    pdf.sigblock(
        ["For Flint Creek Melon Company, LLC", "Worker"],
        ["Gerald T. Hobbs, Managing Member", "Name: ____________________________"],
    )
    return pdf


# ==========================================================================
# aw02  H-2B, English, work contract. recruitment_fee disguised as a "contribution".
# ==========================================================================
AW02_FEE = (
    "To help cover the cost of preparing each worker's application file and coordinating his or her "
    "selection, each worker contributes a one-time amount of $285, withheld in two equal parts from the "
    "first two paychecks."
)


def aw02():
    pdf = Doc(
        "letter",
        "lsr",
        10.5,
        margins=(22, 18, 22),
        ftr=page_footer(
            "Live Oak Hardscape & Turf, Inc. — Seasonal Employment Agreement — {p}/2", family="lsr"
        ),
        title="Seasonal Employment Agreement",
    )
    pdf.add_page()
    pdf.head("LIVE OAK HARDSCAPE & TURF, INC.", 15, align="C", before=0, after=0)
    pdf.p(
        "7710 Old Bastrop Highway, Kyle, Texas 78640  ·  Tel. (512) 555-0143",
        9.5,
        align="C",
        after=1,
    )
    pdf.rule()
    pdf.head(
        "SEASONAL EMPLOYMENT AGREEMENT — H-2B TEMPORARY NON-AGRICULTURAL WORKER",
        11.5,
        align="C",
        after=3,
    )
    pdf.p(
        "This agreement is made between Live Oak Hardscape & Turf, Inc., a Texas corporation with its yard and "
        'office at 7710 Old Bastrop Highway, Kyle, Texas 78640 (the "Company"), and the worker named on the '
        'last page (the "Worker"), under the Company\'s certified H-2B job order for 28 landscape laborers.'
    )
    pdf.grid(
        [
            ["Term", "Details"],
            ["Position", "Landscaping and Groundskeeping Worker (SOC 37-3011)"],
            [
                "Worksites",
                "Client properties in Hays and Travis Counties, Texas; crews report to the yard in Kyle",
            ],
            ["Period", "March 2, 2026 to November 20, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
            ["Wage", "$17.85 per hour"],
            ["Overtime", "$26.78 per hour for hours over 40 in a workweek"],
            ["Payday", "Every other Friday (biweekly), by direct deposit or check"],
        ],
        (35, 137),
        size=10,
    )
    pdf.head("1. Duties", 11)
    pdf.p(
        "1.1 The Worker will mow, edge and trim lawns; prune hedges and small trees; install and repair "
        "irrigation lines; lay sod, flagstone and pavers; spread mulch and gravel; and load and unload "
        "materials. Crew leads may collect payment from homeowners for one-time cleanups and give them a "
        "receipt; this is a job duty and involves no charge to the Worker."
    )
    pdf.p(
        "1.2 Requirements: three months of experience in landscaping or construction labor. A driver's "
        "licence is not required."
    )
    pdf.head("2. Wages", 11)
    pdf.p(
        "2.1 The Company pays at least the highest of the prevailing wage in the job order, the federal, "
        "Texas or local minimum wage, and any higher prevailing wage the Department of Labor issues during "
        "the period, from the date it is issued."
    )
    pdf.p(
        "2.2 The Company guarantees to offer the Worker employment for at least three-fourths of the hours "
        "in each 12-week period (6-week period if the contract is shorter), and pays for any shortfall."
    )
    pdf.p(
        "2.3 The Company deducts only: federal income tax and FICA as the law requires; child support or "
        "other amounts ordered by a court; and the administrative support contribution in clause 6.2."
    )
    pdf.head("3. Travel and visas", 11)
    pdf.p(
        "3.1 The Company reimburses the Worker's bus fare and meals on the road from Saltillo, Coahuila to "
        "Kyle in the first workweek. If the Worker completes the period, or is dismissed early for any reason "
        "other than cause, the Company pays the return bus fare and meals to Saltillo."
    )
    pdf.p(
        "3.2 The Company reimburses the visa fee and the visa appointment fee in full in the Worker's first "
        "paycheck, together with any border-crossing fee."
    )

    pdf.add_page()
    pdf.head("4. Equipment", 11)
    pdf.p(
        "4.1 Mowers, trimmers, hand tools, gloves, safety glasses, ear protection and two company T-shirts "
        "are provided free of charge and without any deposit."
    )
    pdf.head("5. Conduct and ending the agreement", 11)
    pdf.p(
        "5.1 A Worker who fails to report for five consecutive workdays without notice will be treated as "
        "having abandoned the job, and the Company will report the abandonment to the Department of Labor "
        "and DHS as the rules require."
    )
    pdf.p(
        "5.2 The Company may dismiss the Worker for cause (violence, theft, working under the influence, or "
        "repeated safety violations after a written warning)."
    )
    pdf.head("6. Recruitment", 11)
    pdf.p(
        "6.1 Horizonte Norteño Staffing, S. de R.L. de C.V. recruits workers in Coahuila for the Company. The "
        "Company pays Horizonte Norteño for its services, and Horizonte Norteño may not charge workers any fee."
    )
    pdf.p("6.2 Administrative support contribution. " + AW02_FEE)
    pdf.p("6.3 The Worker may keep his or her own passport and documents at all times.")
    pdf.head("7. Signatures", 11)
    pdf.p(
        "Signed at Kyle, Texas, on the dates written below. The Worker received a Spanish copy of this agreement."
    )
    pdf.sigblock(
        ["For the Company", "Worker"],
        [
            "Darla K. Mensik, Office Manager      Date: __________",
            "Name: ______________________  Date: __________",
        ],
    )
    return pdf


# ==========================================================================
# aw03  H-2B, Spanish, contrato por cláusulas. COMPLIANT; job_requirements missing.
# ==========================================================================
def aw03():
    pdf = Doc(
        "letter",
        "lsr",
        10.5,
        margins=(24, 20, 24),
        hdr=page_header(
            "Contrato de trabajo temporal H-2B — Palmetto Tides Family Park, LLC", family="lsr"
        ),
        ftr=page_footer("Página {p} de 2", family="lsr"),
        title="Contrato de trabajo",
    )
    pdf.add_page()
    pdf.head("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", 13.5, align="C", before=0, after=0.5)
    pdf.head(
        "Programa de visas H-2B (trabajo temporal no agrícola)",
        10.5,
        "I",
        align="C",
        before=0,
        after=3,
    )
    pdf.p(
        "Celebran este contrato, por una parte, Palmetto Tides Family Park, LLC, con domicilio en 3900 Highway "
        '17 Business, Murrells Inlet, Carolina del Sur 29576, Estados Unidos (en adelante "EL PARQUE"), y por '
        'la otra la persona trabajadora cuyo nombre aparece al final (en adelante "LA PERSONA TRABAJADORA"), '
        "al tenor de las siguientes cláusulas."
    )
    pdf.grid(
        [
            ["Dato", "Condición"],
            ["Puesto", "Operador(a) de atracciones y concesiones"],
            [
                "Lugar",
                "Palmetto Tides Family Park, 3900 Highway 17 Business, Murrells Inlet, SC 29576",
            ],
            ["Vigencia", "Del 1 de abril de 2026 al 30 de septiembre de 2026"],
            ["Jornada", "40 horas por semana: cinco turnos de 8 horas entre las 10:00 y las 23:00"],
            ["Salario", "$14.10 dólares por hora"],
            ["Horas extra", "$21.15 dólares por hora después de 40 horas en la semana"],
            ["Pago", "Cada dos semanas, los jueves, por depósito directo"],
        ],
        (34, 134),
        size=10,
        head_fill=(214, 232, 240),
    )
    pdf.p(
        "PRIMERA. Funciones. LA PERSONA TRABAJADORA opera y vigila juegos mecánicos, revisa estaturas y "
        "cinturones, vende y cobra a los visitantes la tarifa de los juegos, la renta de casilleros y las "
        "bebidas, limpia su área y ayuda a cerrar el parque. Lo que se cobra a los visitantes pertenece a EL "
        "PARQUE; a LA PERSONA TRABAJADORA no se le cobra ninguna tarifa."
    )
    pdf.p(
        "SEGUNDA. Salario más alto. Si durante la temporada el Departamento de Trabajo publica un salario "
        "prevaleciente más alto, o sube el salario mínimo federal, estatal o local, EL PARQUE paga el más alto "
        "a partir de la fecha en que entre en vigor."
    )
    pdf.p(
        "TERCERA. Garantía de trabajo. EL PARQUE ofrece trabajo por al menos tres cuartas partes de las horas "
        "de cada periodo de 12 semanas; si ofrece menos, paga la diferencia."
    )
    pdf.p(
        "CUARTA. Recibos de pago. Con cada pago LA PERSONA TRABAJADORA recibe un talón que muestra las horas "
        "ofrecidas y trabajadas, la tarifa, las horas extra, cada descuento y el pago neto."
    )
    pdf.p(
        "QUINTA. Descuentos. Solo se descuentan los impuestos federales y estatales que exige la ley, la "
        "pensión alimenticia ordenada por un juez y los envíos de dinero a su familia que LA PERSONA "
        "TRABAJADORA autorice por escrito y pueda cancelar cuando quiera."
    )

    pdf.add_page()
    pdf.p(
        "SEXTA. Viaje de ida. EL PARQUE compra el boleto de autobús desde Poza Rica, Veracruz, hasta Murrells "
        "Inlet y entrega $25 dólares por cada día de viaje para comidas. LA PERSONA TRABAJADORA no paga nada por "
        "adelantado."
    )
    pdf.p(
        "SÉPTIMA. Visa. EL PARQUE reembolsa en el primer pago la cuota de la visa de $205 dólares, el cargo de "
        "la cita en el consulado de Monterrey y el cruce fronterizo."
    )
    pdf.p(
        "OCTAVA. Regreso. Si LA PERSONA TRABAJADORA termina la temporada, o si EL PARQUE la despide antes sin "
        "causa justificada, EL PARQUE paga el autobús y las comidas de regreso a Poza Rica."
    )
    pdf.p(
        "NOVENA. Uniformes y equipo. Tres camisas, una gorra, un gafete y un chaleco reflejante se entregan sin "
        "costo y sin depósito; no se descuenta nada al devolverlos usados. Los radios y las herramientas de "
        "limpieza son de EL PARQUE y se usan sin costo."
    )
    pdf.p(
        "DÉCIMA. Alojamiento. Si lo desea, LA PERSONA TRABAJADORA puede vivir en las cabañas del personal "
        "junto al estacionamiento norte, donde no se cobra renta, luz ni agua."
    )
    pdf.p(
        "DÉCIMA PRIMERA. Reclutamiento. EL PARQUE paga a la Agencia Puerto Caribe de Empleo Temporal una cuota "
        "por cada trabajador contratado. La agencia no puede cobrarle a usted ninguna cuota de inscripción, de "
        "trámite ni de colocación. Si alguien le pide dinero por este trabajo, llame a la División de Horas y "
        "Salarios al 1-866-487-9243."
    )
    pdf.p(
        "DÉCIMA SEGUNDA. Documentos. Nadie de EL PARQUE pedirá ni guardará su pasaporte o su visa."
    )
    pdf.p(
        "DÉCIMA TERCERA. Terminación. Si LA PERSONA TRABAJADORA falta cinco días seguidos sin avisar, se "
        "considera que abandonó el trabajo y EL PARQUE lo informará al Departamento de Trabajo y a DHS. EL PARQUE "
        "solo puede despedir por causa justificada, como robo, violencia o faltas graves de seguridad."
    )
    pdf.p(
        "DÉCIMA CUARTA. Fuerza mayor. Si un huracán, incendio, inundación u otra causa de fuerza mayor hace "
        "imposible continuar, EL PARQUE puede terminar el contrato con la aprobación del Departamento de "
        "Trabajo; aun así paga la garantía hasta esa fecha y el viaje de regreso."
    )
    pdf.p(
        "Leído que fue este contrato en español, las partes lo firman en Murrells Inlet, Carolina del Sur."
    )
    pdf.sigblock(
        ["POR EL PARQUE", "LA PERSONA TRABAJADORA"],
        ["Corinne Baptiste-Lowery, Gerente de Personal", "Nombre: _______________________"],
    )
    return pdf


# ==========================================================================
# aw04  H-2A, Spanish, contract + informal camp rules (Anexo B).
#       wage_withholding + movement_restriction hidden in the camp rules.
# ==========================================================================
AW04_MOVE = (
    "Los domingos el que quiera ir al pueblo me avisa desde el sábado y regresa antes de las 6 de la tarde; "
    "entre semana nadie sale del campamento después de la cena."
)
AW04_WITHHOLD = (
    "A cada quien se le guardan $40 de su cheque cada semana en el fondo de regreso, y ese dinero se le "
    "entrega completo el último día de la temporada."
)


def aw04():
    pdf = Doc(
        "letter",
        "dvc",
        9.5,
        margins=(18, 16, 18),
        ftr=page_footer(
            "Cascade Bench Orchards, LLC  —  Contrato H-2A temporada 2026  —  hoja {p}/3"
        ),
        title="Contrato H-2A",
    )
    pdf.add_page()
    pdf.band(
        "Cascade Bench Orchards, LLC",
        "2240 Sunrise Bench Road, Orondo, Washington 98843  ·  Tel. (509) 555-0162",
        (128, 30, 45),
    )
    pdf.head(
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A) — TEMPORADA 2026", 12, align="C", after=2.5
    )
    pdf.head("A. El empleador y el trabajo", 10.5)
    pdf.p(
        "Empleador: Cascade Bench Orchards, LLC, 2240 Sunrise Bench Road, Orondo, Washington 98843. "
        'Encargado del campamento y de las cuadrillas: Jesús "Chuy" Arreola, mayordomo.'
    )
    pdf.p(
        "Trabajo: trabajador agrícola de huerta. Cosechar cereza a mano en cubetas y vaciarla en cajas (lugs) de "
        "20 libras; acomodar y mover escaleras de 10 pies; en pera, aclarar fruta y cosechar con bolsa "
        "recolectora; limpiar hileras y recoger ramas de poda."
    )
    pdf.p(
        "Requisitos: un mes de experiencia en cosecha de fruta de árbol y poder subir y bajar escaleras de "
        "10 pies con la bolsa llena."
    )
    pdf.p(
        "Huertas: Bloque Sunrise, 2240 Sunrise Bench Road, Orondo, WA 98843 (condado de Douglas) y Bloque "
        "Entiat, 14600 Entiat River Road, Entiat, WA 98822 (condado de Chelan)."
    )
    pdf.p("Fechas: del 25 de mayo de 2026 al 9 de octubre de 2026.")
    pdf.p(
        "Horario: de lunes a sábado de 6:00 a 14:00 horas, con media hora de comida sin pago; 45 horas por semana."
    )
    pdf.head("B. El pago", 10.5)
    pdf.grid(
        [
            ["Concepto", "Lo que se paga"],
            ["Pago por hora", "$19.82 por hora"],
            [
                "Pago por caja de cereza",
                "$6.50 por caja (lug) de 20 libras; lo ganado por caja nunca será menos de "
                "$19.82 por cada hora trabajada",
            ],
            ["Día de pago", "Cada semana, los viernes, con cheque o depósito"],
            [
                "Talón de pago",
                "Cada viernes: horas ofrecidas, horas trabajadas, cajas, tarifa, descuentos y neto",
            ],
            [
                "Descuentos",
                "Impuestos solo si usted los pide; pensión alimenticia si un juez la ordena",
            ],
        ],
        (46, 134),
        size=9.5,
        head_fill=(240, 220, 222),
    )
    pdf.p(
        "Garantía de tres cuartas partes: el empleador ofrece trabajo por lo menos por el 75 % de las horas de "
        "los días laborables del contrato. Si ofrece menos, paga la diferencia como si se hubieran trabajado."
    )

    pdf.add_page()
    pdf.head("C. Vivienda, cocina y transporte", 10.5)
    pdf.p(
        "Vivienda: gratuita, en el campamento del rancho, 2260 Sunrise Bench Road, Orondo: cabañas de cuatro "
        "camas con regaderas, baños y lavandería, inspeccionadas por el estado de Washington. No se cobra renta, "
        "luz, agua ni depósito."
    )
    pdf.p("Comida: cada cabaña tiene cocina con estufa, refrigerador y trastes, que se usa gratis.")
    pdf.p(
        "Transporte diario: un autobús del rancho lleva gratis a los trabajadores del campamento a las huertas "
        "y de regreso cada día de trabajo, también al Bloque Entiat."
    )
    pdf.p(
        "Viaje de llegada: el rancho paga el autobús desde el consulado de Monterrey hasta Orondo y los "
        "viáticos de comida del camino; la visa y el cruce de frontera también los paga el rancho. Nadie paga "
        "nada por adelantado."
    )
    pdf.p(
        "Viaje de regreso: al terminar el contrato, o si el rancho lo despide antes sin causa, el rancho paga "
        "el autobús y las comidas de regreso a Monterrey."
    )
    pdf.head("D. Herramientas", 10.5)
    pdf.p(
        "Escaleras, cubetas, bolsas recolectoras, guantes y tijeras se dan sin costo y sin depósito."
    )
    pdf.head("E. Reglas para terminar el contrato", 10.5)
    pdf.p(
        "Si usted falta cinco días seguidos sin avisar, se considera que abandonó el trabajo y el rancho lo "
        "reporta al Departamento de Trabajo. Solo se despide por causa justificada, con aviso por escrito."
    )
    pdf.p(
        "Si una helada, granizada, incendio u otro desastre natural hace imposible seguir, el rancho puede "
        "terminar el contrato antes con permiso del Departamento de Trabajo, pero paga las horas garantizadas "
        "hasta ese día y el viaje de regreso."
    )
    pdf.head("F. Reclutamiento", 10.5)
    pdf.p(
        "Nadie le puede cobrar por este trabajo: ni el rancho, ni el mayordomo, ni ningún reclutador. El rancho "
        "no usa agencias en México; las entrevistas las hace el propio rancho en Monterrey."
    )
    pdf.p("Anexos: A. Mapa de las huertas (en la oficina). B. Reglamento del campamento (hoja 3).")
    pdf.sigblock(
        ["Por el empleador", "Trabajador"],
        ["Owen Lindqvist, Gerente general", "Nombre: ______________________"],
    )

    pdf.add_page()
    pdf.head("ANEXO B — REGLAMENTO DEL CAMPAMENTO", 12, align="C", before=0)
    pdf.p(
        "Léanlo bien, raza. Esto lo escribí yo para que todos sepamos cómo vamos a vivir en el campamento esta "
        "temporada. Cualquier duda me buscan en la oficina. — Chuy",
        9.5,
        "I",
        after=3,
    )
    pdf.p(
        "1. Nada de alcohol dentro de las cabañas, y silencio después de las 10 de la noche para que todos "
        "descansen."
    )
    pdf.p("2. La lavadora y la secadora son gratis, nomás no las sobrecarguen.")
    pdf.p("3. " + AW04_MOVE)
    pdf.p(
        "4. El pasaporte es de cada quien: guárdenlo en su locker con su candado, el rancho no lo recoge."
    )
    pdf.p("5. " + AW04_WITHHOLD + " Así nadie se regresa con las manos vacías.")
    pdf.p("6. La cocina se limpia diario por turnos; la lista está pegada en la puerta.")
    pdf.p(
        "7. Si tienen una queja del pago pueden hablar conmigo, con la oficina o llamar al Departamento de "
        "Trabajo; a nadie se le castiga ni se le deja de llamar el año que viene por eso."
    )
    pdf.p("8. El que maneje el autobús del rancho tiene que tener licencia; nadie más lo maneja.")
    pdf.sigblock(
        ["Jesús Arreola, mayordomo", "Enterado (trabajador)"],
        ["", "Nombre: ______________________"],
    )
    return pdf


# ==========================================================================
# aw05  generic (Jamaica -> Cayman Islands), English, offer letter, A4. COMPLIANT, complete.
# ==========================================================================
def aw05():
    pdf = Doc(
        "A4",
        "ls",
        10,
        margins=(20, 16, 20),
        ftr=page_footer(
            "Breakers Point Construction Ltd. · Registered in the Cayman Islands · Offer ref. BPC/HR/27-014 · {p}/2",
            family="ls",
        ),
        title="Offer of employment",
    )
    pdf.add_page()
    pdf.band(
        "BREAKERS POINT CONSTRUCTION LTD.",
        "44 Shedden Road, George Town, Grand Cayman KY1-1104, Cayman Islands  ·  +1 345 555 0190",
        (20, 60, 110),
        height=22,
    )
    pdf.p("9 November 2026", after=3)
    pdf.p("Mr. Dwayne Anthony Facey\n12 Spring Garden Road, May Pen, Clarendon, Jamaica", after=3)
    pdf.p("Dear Mr. Facey,", after=2)
    pdf.p("Offer of employment — Finishing Carpenter", style="B", after=2)
    pdf.p(
        "Following your trade test and interview in Kingston, we are pleased to offer you employment on the "
        "terms below. Please read them with someone you trust before you sign; nothing in this letter costs you "
        "money."
    )
    pdf.grid(
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Breakers Point Construction Ltd., 44 Shedden Road, George Town, Grand Cayman KY1-1104",
            ],
            ["Employee", "Dwayne Anthony Facey"],
            [
                "Position",
                "Finishing Carpenter: install doors, frames, skirting, cabinets and built-in wardrobes; "
                "hang drywall ceilings; read shop drawings; keep the work area clean and safe",
            ],
            [
                "Place of work",
                "Seven Palms condominium site, West Bay Road, Grand Cayman, and other Breakers Point "
                "sites on Grand Cayman",
            ],
            ["Period", "1 February 2027 to 31 January 2029 (first three months are probation)"],
            [
                "Hours",
                "45 hours per week: Monday to Friday 7:00 a.m. to 4:00 p.m. (1 hour lunch), "
                "Saturday 7:00 a.m. to 12:00 noon",
            ],
            ["Pay", "KYD 19.50 per hour; overtime after 45 hours at KYD 29.25 per hour"],
            ["Paydays", "Every second Friday (fortnightly), by bank transfer, with a payslip"],
            [
                "Deductions",
                "Only your 5% employee pension contribution required by the National Pensions Act, "
                "and any amount you authorise in writing",
            ],
            ["Leave", "15 working days paid vacation per year, plus public holidays"],
        ],
        (32, 138),
        size=9.5,
        head_fill=(210, 222, 238),
    )
    pdf.head("Costs we pay", 11)
    pdf.p(
        "Breakers Point pays your work permit fee, your medical examination with the Cayman-approved doctor in "
        "Kingston, the police record certificate, your flight from Kingston to Grand Cayman and, at the end of "
        "the contract, your flight home. If you have already paid for the medical or the police record, keep the "
        "receipt and we will refund it with your first pay."
    )
    pdf.p(
        "Health insurance is compulsory in the Cayman Islands. The law would allow an employer to recover up to "
        "half of the premium from the employee; Breakers Point does not do this and pays the full premium."
    )

    pdf.add_page()
    pdf.head("Recruitment", 11, before=0)
    pdf.p(
        "We recruited you through Blue Mahoe Placement Services Ltd., Kingston, an employment agency licensed by "
        "the Jamaican Ministry of Labour and Social Security. We pay Blue Mahoe a placement fee of KYD 950 for "
        "your engagement; it is our cost, not yours. The trade test you sat was arranged and paid by Blue Mahoe "
        "on our behalf."
    )
    pdf.p(
        "No one — not Breakers Point, Blue Mahoe, or any person acting for either of us — may ask you for money, "
        "a deposit or a favour for this job. If anyone does, please tell us at ethics@breakerspoint.ky and "
        "report it to the Ministry of Labour and Social Security in Kingston."
    )
    pdf.head("Accommodation and equipment", 11)
    pdf.p(
        "You will share a furnished two-bedroom apartment at 8 Crewe Road, George Town, with one other "
        "carpenter. There is no rent, and electricity, water and internet are included. Hand tools, power tools, "
        "hard hat, boots, gloves and eye protection are supplied free."
    )
    pdf.head("Your documents", 11)
    pdf.p(
        "Your passport and work permit stay with you. We will ask to see them once to make a copy for our files "
        "and hand them straight back."
    )
    pdf.head("Ending the contract", 11)
    pdf.p(
        "During probation either party may end the contract with one week's notice; afterwards, with four "
        "weeks' notice. We may dismiss you without notice only for serious misconduct, after a written "
        "statement of the reasons and a meeting at which you may bring a colleague. In every case we pay your "
        "flight home to Kingston. You may change employer in the Cayman Islands under the work permit rules "
        "without any charge or penalty from us."
    )
    pdf.p("Yours sincerely,", after=8)
    pdf.p(
        "Natasha Ebanks-Walters\nHuman Resources Manager, Breakers Point Construction Ltd.", after=4
    )
    pdf.rule()
    pdf.p("I have read this offer (or had it read to me) and accept it.", after=2)
    pdf.sigblock(["Employee signature", "Date"], ["Dwayne Anthony Facey", ""])
    return pdf


# ==========================================================================
# aw06  generic (Colombia -> Spain), Spanish, recruiter agreement, A4.
#       medical_cost + deposit_or_bond (blank promissory note); hours missing.
# ==========================================================================
AW06_MED = (
    "El certificado médico de aptitud que exige LA EMPRESA se tramita en el Centro Médico Ocupacional San "
    "Rafael de Tunja, y su costo de $420.000 lo asume LA PERSONA SELECCIONADA."
)
AW06_BOND = (
    "Como respaldo del cumplimiento de este convenio, LA PERSONA SELECCIONADA firmará a favor de EL "
    "RECLUTADOR un pagaré con espacios en blanco y su carta de instrucciones, que le serán devueltos "
    "cuando regrese a Colombia al término de la campaña."
)


def aw06():
    pdf = Doc(
        "A4",
        "dvs",
        9.5,
        margins=(20, 18, 20),
        hdr=page_header(
            "Talento Sin Fronteras Colombia S.A.S. · NIT 901.447.218-3", family="dvs", first=True
        ),
        ftr=page_footer("Convenio TSF-HU-2027-0318 · folio {p} de 2", family="dvs"),
        title="Convenio",
    )
    pdf.add_page()
    pdf.head(
        "CONVENIO DE SELECCIÓN Y VINCULACIÓN PARA TRABAJO DE TEMPORADA EN ESPAÑA",
        12,
        align="C",
        after=0.5,
    )
    pdf.head(
        "Campaña de frutos rojos 2027 — Contratación en origen",
        9.5,
        "I",
        align="C",
        before=0,
        after=3,
    )
    pdf.p(
        "Entre Talento Sin Fronteras Colombia S.A.S., con domicilio en la Calle 19 No. 10-42, oficina 305, Tunja, "
        "Boyacá (en adelante EL RECLUTADOR), que actúa por encargo de Frutas Marismas del Condado, S.L., con "
        "domicilio en la Carretera A-494, km 12, 21800 Moguer (Huelva), España (en adelante LA EMPRESA), y la "
        "señora Yesenia Patricia Rojas Cárdenas, identificada con cédula de ciudadanía 1.052.384.771 de Ramiriquí "
        "(en adelante LA PERSONA SELECCIONADA), se celebra el presente convenio."
    )
    pdf.head("Condiciones del empleo ofrecido por LA EMPRESA", 10)
    pdf.grid(
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Peona agrícola: recolección de fresa y frambuesa en macrotúnel, selección y envasado en "
                "bandejas, limpieza de líneas de cultivo",
            ],
            [
                "Lugar de trabajo",
                "Fincas de LA EMPRESA en Moguer y Lucena del Puerto (Huelva), España",
            ],
            ["Duración", "Del 15 de febrero de 2027 al 15 de junio de 2027"],
            ["Jornada", "La que fije LA EMPRESA según las necesidades de la campaña"],
            [
                "Salario",
                "58,40 € por jornada trabajada, según el Convenio Colectivo del Campo de Huelva",
            ],
            [
                "Pago",
                "Mensual, por transferencia, antes del día 5 del mes siguiente, con nómina detallada",
            ],
            [
                "Descuentos",
                "Cotización del trabajador a la Seguridad Social y retención del IRPF que marca la ley "
                "española; ningún otro",
            ],
            ["Alojamiento", "Gratuito, en los módulos habitacionales de la finca de Moguer"],
        ],
        (36, 134),
        size=9,
        head_fill=(232, 226, 210),
    )
    pdf.p(
        "PRIMERA. Objeto. EL RECLUTADOR preselecciona y acompaña a LA PERSONA SELECCIONADA en los trámites para "
        "su contratación por LA EMPRESA. EL RECLUTADOR no cobrará comisión alguna por la selección: sus honorarios "
        "los paga LA EMPRESA."
    )
    pdf.p(
        "SEGUNDA. Visado y pasajes. El visado de temporada y la tasa consular los paga LA EMPRESA. Los billetes "
        "de avión Bogotá–Sevilla de ida y Sevilla–Bogotá de regreso, y el traslado en autobús de Sevilla a Moguer, "
        "los paga LA EMPRESA."
    )
    pdf.p(
        "TERCERA. Examen médico. "
        + AW06_MED
        + " El resultado se entrega a EL RECLUTADOR en sobre cerrado."
    )

    pdf.add_page()
    pdf.p(
        "CUARTA. Documentos. LA PERSONA SELECCIONADA conserva en todo momento su pasaporte y su cédula; EL "
        "RECLUTADOR solo toma copias para el expediente."
    )
    pdf.p("QUINTA. Garantía de cumplimiento. " + AW06_BOND)
    pdf.p(
        "SEXTA. Terminación. LA EMPRESA solo puede dar por terminado el contrato por las causas del Estatuto de "
        "los Trabajadores, mediante carta escrita; LA PERSONA SELECCIONADA puede darlo por terminado avisando "
        "con quince días de anticipación. En ambos casos LA EMPRESA paga el billete de regreso a Bogotá."
    )
    pdf.p(
        "SÉPTIMA. Quejas. LA PERSONA SELECCIONADA puede presentar quejas ante EL RECLUTADOR, LA EMPRESA, la "
        "Inspección de Trabajo de España o el Ministerio del Trabajo de Colombia, sin que ello afecte su "
        "selección en campañas futuras."
    )
    pdf.p(
        "OCTAVA. Aceptación. Las partes firman en Tunja, a los 9 días del mes de noviembre de 2026, en dos "
        "ejemplares del mismo tenor."
    )
    y = pdf.get_y() + 4
    pdf.set_y(y)
    pdf.sigblock(
        ["EL RECLUTADOR", "LA PERSONA SELECCIONADA"],
        ["Hernán Darío Suescún Mora, Representante legal", "Yesenia Patricia Rojas Cárdenas"],
    )
    pdf.set_draw_color(0, 0, 0)
    bx = pdf.w - pdf.r_margin - 24
    pdf.rect(bx, pdf.get_y(), 24, 28)
    pdf.set_xy(bx, pdf.get_y() + 29)
    pdf.font(7.5)
    pdf.cell(24, 3, "Huella índice derecho", align="C")
    return pdf


# ==========================================================================
# aw07  H-2A, Spanish, job-order summary in a two-column grid. COMPLIANT;
#       daily_transportation and earnings_statements missing.
# ==========================================================================
def aw07():
    pdf = Doc(
        "letter",
        "ls",
        9.5,
        margins=(16, 16, 16),
        hdr=page_header(
            "Hudson Terrace Orchards, LLC — Resumen en español — Orden H-300-26112-804417",
            family="ls",
            first=True,
        ),
        ftr=page_footer(
            "Este resumen no sustituye la orden de trabajo completa, que usted puede pedir en la oficina. "
            "Página {p}/2",
            family="ls",
        ),
        title="Resumen de la oferta",
    )
    pdf.add_page()
    pdf.head(
        "RESUMEN DE SU OFERTA DE TRABAJO H-2A", 14, align="L", before=0, after=0, rgb=(150, 40, 20)
    )
    pdf.head(
        "Cosecha de manzana 2026 · Valle del Hudson, Nueva York",
        10,
        "",
        before=0,
        after=3,
        rgb=(90, 90, 90),
    )
    W = (42, 142)
    pdf.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Empleador",
                "Hudson Terrace Orchards, LLC, 88 Quarry Hill Road, Milton, Nueva York 12547",
            ],
            ["Puesto", "Trabajador(a) agrícola de huerta — cosecha de manzana"],
            [
                "Tareas",
                "Cortar manzana a mano con bolsa recolectora sin golpear la fruta, vaciar la bolsa en bines, "
                "mover escaleras, hacer poda de verano, recoger fruta caída y ayudar a acomodar los bines en el "
                "remolque.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en cosecha de manzana u otra fruta de árbol; poder cargar una "
                "bolsa de 40 libras subiendo y bajando escaleras.",
            ],
            [
                "Lugares de trabajo",
                "Huerta principal, 88 Quarry Hill Road, Milton, NY 12547, y Bloque Lattintown, "
                "1350 Lattintown Road, Marlboro, NY 12542",
            ],
            ["Fechas", "Del 10 de agosto de 2026 al 13 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes de 7:00 a 15:30, con media hora de comida sin pago",
            ],
            [
                "Salario",
                "$18.83 por hora, o $26.00 por bin lleno cuando el pago por bin resulte mayor en la semana",
            ],
            [
                "Salario más alto",
                "Si durante el contrato se publica un AEWR, un salario prevaleciente o un salario "
                "mínimo más alto, se le paga el más alto desde la fecha en que entre en vigor.",
            ],
            ["Día de pago", "Cada jueves (pago semanal)"],
            [
                "Descuentos",
                "Solo los impuestos que exige la ley, la pensión alimenticia si un juez lo ordena, y lo que "
                "usted autorice por escrito para su propio beneficio; por ejemplo, la cuota de la cooperativa "
                "de ahorro Hudson Valley Farmworkers Credit Union, si usted decide afiliarse.",
            ],
            [
                "Garantía de 3/4",
                "Se le ofrece trabajo por lo menos por tres cuartas partes de las horas de los días "
                "laborables del contrato; si no, se le paga la diferencia.",
            ],
        ],
        W,
        size=9.5,
        head_fill=(246, 222, 210),
    )

    pdf.add_page()
    pdf.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Vivienda",
                "Gratis, en la casa de trabajadores de 92 Quarry Hill Road, Milton: cuartos de dos camas, "
                "baños, regaderas y lavadora. No se cobra renta, luz, agua ni gas, y no se pide depósito.",
            ],
            [
                "Comidas",
                "Cocina equipada en la casa, de uso gratuito. La cafetería de la tienda del huerto también vende "
                "almuerzo a $7.00 a quien quiera comprarlo: es opcional, se paga en efectivo en la caja y nunca "
                "se descuenta del cheque.",
            ],
            [
                "Viaje de llegada",
                "El huerto compra su boleto de avión de Monterrey a Newburgh (aeropuerto Stewart) y le "
                "da $18 por cada día de viaje para comidas. La cuota de la visa de $205 la paga el "
                "huerto directamente.",
            ],
            [
                "Viaje de regreso",
                "Si usted termina el contrato, o si lo despiden antes sin causa, el huerto paga el "
                "avión y las comidas de regreso a Monterrey.",
            ],
            [
                "Herramientas",
                "Bolsas recolectoras, escaleras, guantes y tijeras de poda, sin costo y sin depósito.",
            ],
            [
                "Accidentes de trabajo",
                "Seguro de compensación para trabajadores con el New York State Insurance Fund, "
                "póliza 2291-447-6, pagado por el huerto.",
            ],
            [
                "Abandono y despido",
                "Si falta cinco días de trabajo seguidos sin avisar, se considera abandono y el huerto "
                "lo notifica al Departamento de Trabajo. Solo se despide por causa justificada.",
            ],
            [
                "Si el trabajo se vuelve imposible",
                "Si granizo, helada, incendio u otro desastre destruye la cosecha, el "
                "contrato puede terminar antes con permiso del Departamento de "
                "Trabajo; el huerto paga la garantía hasta ese día y el regreso.",
            ],
            ["Reclutamiento", "El huerto contrata directamente, sin agencias ni reclutadores."],
        ],
        W,
        size=9.5,
        head_fill=(246, 222, 210),
    )
    pdf.set_y(pdf.get_y() + 3)
    pdf.set_fill_color(255, 243, 205)
    pdf.set_draw_color(200, 150, 30)
    _x, _y = pdf.l_margin, pdf.get_y()
    pdf.font(10, "B")
    pdf.multi_cell(
        0,
        5,
        "AVISO IMPORTANTE",
        border="LTR",
        fill=True,
        padding=(2, 3, 0, 3),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.font(9.5)
    pdf.multi_cell(
        0,
        4.6,
        "Es ilegal que cualquier persona le cobre por darle este trabajo, por poner su nombre en la "
        "lista o por la visa. Si alguien le pide dinero, llame gratis al 1-866-487-9243. El huerto no "
        "retiene pasaportes: usted guarda el suyo. Usted puede entrar y salir de la vivienda a cualquier "
        "hora; solo se pide no hacer ruido después de las 10 de la noche.",
        border="LBR",
        fill=True,
        padding=(1, 3, 3, 3),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(0, 0, 0)
    pdf.font()
    pdf.sigblock(
        ["Hudson Terrace Orchards, LLC", "Recibí mi copia"],
        ["Marguerite DeWitt-Osei, Gerente", "Nombre y fecha: __________________"],
    )
    return pdf


# ==========================================================================
# aw08  H-2B, English, seafood job order. breach_penalty (table row) +
#       document_retention. job_requirements and wage_adjustment missing.
# ==========================================================================
AW08_PENALTY = (
    "Administrative charge for early release (before Nov. 13) $600 Worker, deducted from final pay"
)
AW08_RETAIN = (
    "To prevent loss during the season, each worker's passport and visa are kept in the office safe and "
    "returned on the day of departure."
)


def box_head(pdf, text, rgb=(215, 228, 222)):
    pdf.set_y(pdf.get_y() + 1.5)
    pdf.set_fill_color(*rgb)
    pdf.font(10, "B")
    pdf.cell(0, 6, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 1.5)
    pdf.font()


def aw08():
    pdf = Doc(
        "letter",
        "dv",
        9.3,
        margins=(18, 16, 18),
        ftr=page_footer(
            "Nanticoke Point Seafood, Inc.  |  H-2B Job Order and Contract 2026  |  Page {p} of 3"
        ),
        title="Job order",
    )
    pdf.add_page()
    pdf.font(16, "B", rgb=(12, 70, 60))
    pdf.cell(0, 8, "Nanticoke Point Seafood, Inc.", new_x="LMARGIN", new_y="NEXT")
    pdf.font(9, rgb=(60, 60, 60))
    pdf.cell(
        0,
        5,
        "2184 Hoopers Island Road, Fishing Creek, Maryland 21634  ·  (410) 555-0126",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.rule(3, (12, 70, 60))
    pdf.head("H-2B JOB ORDER AND WORK CONTRACT — SEASON 2026", 12, after=2)
    box_head(pdf, "1. Employer and job")
    pdf.p(
        "Employer: Nanticoke Point Seafood, Inc., 2184 Hoopers Island Road, Fishing Creek, Maryland 21634. "
        "Number of workers: 45."
    )
    pdf.p(
        "Job: Seafood Processing Worker / Crab Meat Picker (SOC 51-3022). Pick cooked blue crab meat by hand with a "
        "knife; separate lump, backfin and claw meat; remove shell; pack meat in containers; weigh and label "
        "containers; clean and sanitize the work station. In the fall some workers shuck oysters. Some workers "
        "weigh pallets and prepare the invoices on which wholesale buyers are charged a packing fee."
    )
    pdf.p(
        "Place of work: the processing plant at 2184 Hoopers Island Road, Fishing Creek, MD 21634 (Dorchester County)."
    )
    pdf.p("Period of employment: April 6, 2026 to November 13, 2026.")
    box_head(pdf, "2. Hours and pay")
    pdf.bullets(
        [
            "Hours: 40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m., with a 30-minute unpaid break.",
            "Hourly wage: $16.90 per hour.",
            "Piece rate: pickers may instead earn $4.10 per pound of picked meat; piece earnings are topped up so that "
            "they never fall below $16.90 for each hour worked.",
            "Overtime: $25.35 per hour for hours over 40 in a workweek.",
            "Payday: weekly, every Friday, by check or pay card.",
            "Earnings statement: each payday, an itemized statement of hours offered, hours worked, pounds picked, "
            "rates, gross pay, each deduction and net pay.",
            "Deductions: federal and Maryland income tax and FICA as required by law; court-ordered garnishments; "
            "voluntary remittances to family, only with the worker's signed authorization.",
        ]
    )
    box_head(pdf, "3. Guarantee")
    pdf.p(
        "The Company guarantees to offer each worker employment for at least three-fourths of the hours in each "
        "12-week period of the contract, and pays the difference if it offers less."
    )

    pdf.add_page()
    box_head(pdf, "4. Costs and who pays them")
    pdf.p(
        "The table below lists every cost connected with this job. Amounts are approximate where noted."
    )
    pdf.grid(
        [
            ["Item", "Amount", "Paid by"],
            [
                "Visa (MRV) fee and visa appointment",
                "$205",
                "Company, reimbursed in first paycheck",
            ],
            [
                "Bus, Culiacán, Sinaloa to Fishing Creek",
                "approx. $260",
                "Company, ticket bought by Company",
            ],
            ["Meals during inbound and return travel", "$25 per day", "Company"],
            ["Recruiter services (Costa Esmeralda Reclutamiento, S.C.)", "$400", "Company"],
            ["Picking knife, gloves, apron, hairnets, boots", "none", "Company, no deposit"],
            ["Bunkhouse room, 2190 Hoopers Island Road", "none", "Company, no rent or utilities"],
            [
                "Administrative charge for early release (before Nov. 13)",
                "$600",
                "Worker, deducted from final pay",
            ],
            ["Return bus to Culiacán at end of season", "approx. $260", "Company"],
        ],
        (92, 26, 62),
        size=8.6,
        head_fill=(215, 228, 222),
        family="dvc",
    )
    box_head(pdf, "5. Travel")
    pdf.p(
        "Inbound: the Company buys each worker's bus ticket from Culiacán, Sinaloa to Fishing Creek and pays $25 "
        "per day of travel for meals; the worker pays nothing in advance. Return: a worker who completes the "
        "season, or is dismissed early other than for cause, receives a paid bus ticket and meals back to Culiacán."
    )
    pdf.p(
        "Visa: the Company reimburses the visa fee, the appointment fee and any border-crossing fee in the "
        "worker's first paycheck."
    )
    box_head(pdf, "6. Tools and equipment")
    pdf.p(
        "All knives, gloves, aprons, hairnets and rubber boots needed for the work are provided free and without "
        "deposit, and are replaced free when worn out."
    )
    box_head(pdf, "7. Recruitment")
    pdf.p(
        "The Company recruits in Sinaloa through Costa Esmeralda Reclutamiento, S.C. and pays all of its fees. "
        "Costa Esmeralda may not collect any money from workers, and the Company will end its contract with any "
        "recruiter that does."
    )

    pdf.add_page()
    box_head(pdf, "8. Travel documents")
    pdf.p(AW08_RETAIN + " A worker who needs them may ask the office manager during office hours.")
    box_head(pdf, "9. Ending the contract")
    pdf.p(
        "Abandonment: a worker who does not report for five consecutive working days without notifying the "
        "Company is considered to have abandoned the job; the Company will notify the Department of Labor and DHS "
        "in writing within two business days."
    )
    pdf.p(
        "Dismissal: the Company may dismiss a worker for cause, such as theft, violence, or repeated food-safety "
        "violations after written warnings."
    )
    pdf.p(
        "Impossibility: if a hurricane, a major fish kill or a State closure of the crab fishery makes the work "
        "impossible, the Company may end the contract early with the Department of Labor's approval. It will still "
        "pay the three-fourths guarantee up to that date and the return bus."
    )
    box_head(pdf, "10. Complaints")
    pdf.p(
        "Workers may file complaints with the Company or the Wage and Hour Division (1-866-487-9243) without "
        "retaliation."
    )
    pdf.sigblock(
        ["Nanticoke Point Seafood, Inc.", "Worker"],
        ["Roberta A. Pinder, President", "Name: _______________________"],
    )
    return pdf


# ==========================================================================
# aw09  H-2B, English, forestry job order; page 2 in two columns. COMPLIANT, complete.
# ==========================================================================
def aw09():
    pdf = Doc(
        "letter",
        "dvs",
        9.2,
        margins=(17, 16, 17),
        hdr=page_header(
            "Ouachita Seedling & Reforestation Services, LLC — H-2B Job Order H-400-26233-552190",
            family="dvs",
        ),
        ftr=page_footer("{p} / 3", family="dvs"),
        title="Job order",
    )
    pdf.add_page()
    pdf.band(
        "OUACHITA SEEDLING & REFORESTATION SERVICES, LLC",
        "615 Industrial Park Drive, Arkadelphia, Arkansas 71923  ·  (870) 555-0171",
        (60, 80, 40),
        tsize=12.5,
    )
    pdf.head(
        "H-2B Job Order and Terms of Employment — Tree Planting Season 2026-2027",
        11.5,
        align="C",
        after=2,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Ouachita Seedling & Reforestation Services, LLC, 615 Industrial Park Drive, Arkadelphia, AR 71923",
            ],
            ["Occupation", "Forest and Conservation Worker (SOC 45-4011), 24 openings"],
            [
                "Worksites",
                "Timber tracts in Clark, Hot Spring, Dallas and Ouachita Counties, Arkansas, and in Union "
                "Parish, Louisiana; crews leave from the Arkadelphia yard",
            ],
            ["Dates", "December 1, 2026 to April 30, 2027"],
            ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
            [
                "Wage",
                "$17.12 per hour; or $0.065 per seedling planted when that pays more for the week",
            ],
            ["Overtime", "$25.68 per hour for every hour over 40 in a workweek"],
            ["Pay period", "Weekly; paid each Friday by direct deposit or pay card"],
            [
                "Qualifications",
                "Six months of experience planting trees or clearing brush; able to walk steep, "
                "uneven ground carrying 40 pounds of seedlings",
            ],
        ],
        (34, 148),
        size=9,
        head=False,
        fill_rows=(244, 246, 238),
    )
    pdf.head("Duties", 10.5)
    pdf.p(
        "Plant loblolly pine seedlings with hoedads and dibble bars at the spacing the forester sets, usually "
        "1,000 to 1,400 seedlings a day; carry seedling bags; cut brush and small hardwoods with brush saws; "
        "flag tract boundaries; keep planting tallies. Ouachita bills landowners by the acre planted; workers do "
        "not share in that charge and do not pay any part of it. The company also posts a performance bond with "
        "each landowner, which is a company cost."
    )
    pdf.head("Recruitment", 10.5)
    pdf.p(
        "Workers are recruited in Durango, Mexico, by Agencia Laboral Pinos Altos, S.A. de C.V. Ouachita pays the "
        "agency $450 for each worker hired. The agency has agreed in writing not to charge workers anything, and "
        'no worker has to pay a fee, a deposit or a "registration" amount to anyone for this job.'
    )

    pdf.add_page()
    pdf.head("What the employer promises", 11, align="C", before=0, after=2)
    L = [
        ("B", "Highest wage"),
        (
            "",
            "Ouachita pays at least the highest of the prevailing wage, the federal, state or local minimum "
            "wage, and any new prevailing wage issued during the contract, from the date it takes effect.",
        ),
        ("B", "Three-fourths guarantee"),
        (
            "",
            "Ouachita offers each worker work for at least three-fourths of the hours in each 12-week period "
            "(or each 6-week period when the contract is shorter than 120 days) and pays any shortfall.",
        ),
        ("B", "Earnings statements"),
        (
            "",
            "Every payday each worker gets a statement showing hours offered and worked, seedlings planted, "
            "rates, overtime, gross pay, every deduction and net pay.",
        ),
        ("B", "Deductions"),
        (
            "",
            "Only federal income tax and FICA as required by law, child support or other amounts under a court "
            "order, and deductions a worker voluntarily authorizes in writing for his own benefit. No deduction "
            "is made for tools, lodging on the road, transportation or visas.",
        ),
        ("B", "Tools and equipment"),
        (
            "",
            "Hoedads, dibble bars, planting bags, brush saws, hard hats, eye protection, chaps and rain gear are "
            "issued free. No deposit is asked for any equipment, and none is charged when it wears out.",
        ),
    ]
    R = [
        ("B", "Inbound travel"),
        (
            "",
            "Ouachita buys the bus ticket from Durango to Arkadelphia and pays $30 per travel day for meals, so "
            "workers pay nothing up front.",
        ),
        ("B", "Visa costs"),
        (
            "",
            "Ouachita pays the visa fee directly at the consulate; if a worker paid any visa, appointment or "
            "border fee, it is reimbursed in full in the first workweek.",
        ),
        ("B", "Return travel"),
        (
            "",
            "Workers who complete the season, or are dismissed early other than for cause, get a paid bus "
            "ticket and travel meals back to Durango.",
        ),
        ("B", "Lodging on the road"),
        (
            "",
            "When a crew works more than 60 miles from the Arkadelphia bunkhouse, Ouachita books and pays the "
            "motel rooms and gives a meal allowance of $30 per day.",
        ),
        ("B", "Documents and complaints"),
        (
            "",
            "Workers keep their passports and visas. Any worker may complain to Ouachita, the Wage and Hour "
            "Division or a lawyer without being punished or left off future seasons.",
        ),
    ]
    pdf.columns(L, R, gap=9, size=9.2)
    pdf.set_draw_color(150, 150, 150)

    pdf.add_page()
    pdf.head("Ending the contract", 10.5, before=0)
    pdf.p(
        "Abandonment. A worker who fails to report for work for five consecutive working days without the "
        "consent of the crew foreman is considered to have abandoned the job; Ouachita will notify the Department "
        "of Labor and DHS within two business days."
    )
    pdf.p(
        "Dismissal. A worker may be dismissed for cause, including violence, theft, or unsafe use of saws after "
        "a written warning."
    )
    pdf.p(
        "Contract impossibility. If an ice storm, wildfire, flood or drought closes the planting season or "
        "makes the work impossible, Ouachita may end the contract with the Department of Labor's approval. It "
        "will pay the three-fourths guarantee through that date and the return trip to Durango, and will try to "
        "transfer workers to other certified employers."
    )
    pdf.head("Signatures", 10.5)
    pdf.sigblock(
        ["Ouachita Seedling & Reforestation Services, LLC", "Worker"],
        ["Travis L. Boatwright, Owner", "Name: __________________________"],
    )
    return pdf


# ==========================================================================
# aw10  generic (Nepal -> Malaysia), English, employment contract, A4.
#       training_cost + debt_bondage; termination missing.
# ==========================================================================
AW10_TRAIN = (
    "The candidate bears the cost of the compulsory pre-departure orientation and the glove-line skills "
    "test at the Agency's training centre in Kathmandu, NPR 18,500, payable before the visa is stamped."
)
AW10_DEBT = (
    "The Agency will advance MYR 1,500 to the candidate's family before departure, to be repaid through "
    "salary deductions of MYR 250 per month for the first six months."
)


def aw10():
    pdf = Doc(
        "A4",
        "lsr",
        10,
        margins=(22, 18, 22),
        hdr=page_header(
            "Demand letter SGG/HR/2026/117  ·  Himal Crest Overseas Pvt. Ltd. licence no. 1187/073/74",
            family="lsr",
            first=True,
        ),
        ftr=page_footer(
            "Employment Contract — Sinar Gemilang Glove Industries Sdn. Bhd. — page {p} of 2",
            family="lsr",
        ),
        title="Employment contract",
    )
    pdf.add_page()
    pdf.head("EMPLOYMENT CONTRACT FOR FOREIGN WORKER", 14, align="C", before=0, after=0.5)
    pdf.head("(Nepal – Malaysia, manufacturing sector)", 10, "I", align="C", before=0, after=3)
    pdf.grid(
        [
            ["", "Party"],
            [
                "Employer",
                "Sinar Gemilang Glove Industries Sdn. Bhd., Lot 27, Jalan Perindustrian 4, Kawasan Perindustrian "
                "Bukit Beruntung, 48300 Rawang, Selangor, Malaysia",
            ],
            [
                "Worker",
                "Mr. Bikram Tamang, son of Mr. Pasang Tamang, Melamchi Municipality-7, Sindhupalchok, Nepal; "
                "passport no. PA0738215",
            ],
            ["Recruiting agency", "Himal Crest Overseas Pvt. Ltd., Dillibazar, Kathmandu, Nepal"],
        ],
        (38, 128),
        size=9.5,
        head_fill=(230, 230, 230),
    )
    pdf.p(
        "1. Position and duties. The Worker is employed as a Production Operator: loading formers on the glove "
        "dipping line, stripping finished gloves, visual quality inspection, counting and packing cartons."
    )
    pdf.p(
        "2. Place of work. The Employer's factory at Lot 27, Jalan Perindustrian 4, Bukit Beruntung, Rawang."
    )
    pdf.p("3. Period. From 1 March 2027 to 28 February 2029.")
    pdf.p(
        "4. Hours. Eight hours per day, six days per week (48 hours), on rotating shifts of 7:00-15:00, "
        "15:00-23:00 and 23:00-7:00, with one paid rest day per week."
    )
    pdf.p(
        "5. Salary. Basic salary of MYR 1,700 per month. Overtime is paid at 1.5 times the hourly rate on normal "
        "days and 2 times on rest days, as the Employment Act 1955 provides."
    )
    pdf.p(
        "6. Payment. Salary is paid monthly, not later than the 7th day of the following month, into a bank "
        "account in the Worker's own name, with a payslip."
    )
    pdf.p(
        "7. Deductions. Only the Worker's SOCSO (PERKESO) and EPF contributions required by Malaysian law, income "
        "tax where payable, and the instalments in clause 11. The foreign worker levy is paid by the Employer and "
        "is never deducted from salary."
    )
    pdf.p(
        '8. Costs paid by the Employer. Under the Government of Nepal\'s "Free Visa, Free Ticket" policy, the '
        "Employer pays the visa and work permit fees, the air ticket from Kathmandu to Kuala Lumpur, the medical "
        "examination in Nepal, the FOMEMA examination in Malaysia and the Agency's service charge. The Foreign "
        "Employment Welfare Fund contribution and the life insurance premium required in Nepal are paid by the "
        "Agency on the Employer's account."
    )

    pdf.add_page()
    pdf.p("9. Orientation and skills test. " + AW10_TRAIN)
    pdf.p(
        "10. Accommodation, insurance and documents. The Worker lives free of charge in the Employer's hostel, "
        "certified under the Employees' Minimum Standards of Housing, Accommodations and Amenities Act 1990. The "
        "Employer pays the premiums for hospitalisation insurance and the foreign worker compensation scheme. The "
        "Worker keeps his own passport; the Employer provides a personal locker."
    )
    pdf.p("11. Advance. " + AW10_DEBT)
    pdf.p(
        "12. Return. At the end of the contract the Employer provides an economy air ticket from Kuala Lumpur to "
        "Kathmandu."
    )
    pdf.head("Annex — Cost sheet for the worker", 10.5)
    pdf.grid(
        [
            ["Cost", "Amount", "Borne by"],
            ["Visa and work permit (VP) fees", "per schedule", "Employer"],
            ["Air ticket Kathmandu – Kuala Lumpur", "per fare", "Employer"],
            ["Medical examination (Nepal) and FOMEMA", "per schedule", "Employer"],
            ["Agency service charge", "NPR 0 to the worker", "Employer"],
            [
                "Welfare Fund and life insurance (Nepal)",
                "per schedule",
                "Agency, on the Employer's account",
            ],
        ],
        (70, 38, 58),
        size=9.2,
        head_fill=(230, 230, 230),
    )
    pdf.p("Signed in Kathmandu on 20 December 2026.", after=2)
    pdf.sigblock(
        ["For the Employer (through its authorised agent)", "Worker", "For the Agency"],
        ["Tan Mei Ling, HR Director", "Bikram Tamang", "Sushil Raj Adhikari, Managing Director"],
        gap=8,
    )
    return pdf


# ==========================================================================
# aw11  generic (Guatemala -> Quebec), Spanish, boxed work contract. COMPLIANT, complete.
# ==========================================================================
def boxed(pdf, title, text, rgb=(226, 236, 246), size=9.6):
    pdf.font(9.8, "B")
    pdf.set_fill_color(*rgb)
    pdf.multi_cell(
        0,
        5.2,
        title,
        border="LTR",
        fill=True,
        padding=(1, 2.5, 0.5, 2.5),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.font(size)
    pdf.multi_cell(
        0, 4.6, text, border="LBR", padding=(1, 2.5, 1.8, 2.5), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_y(pdf.get_y() + 2.2)
    pdf.font()


def aw11():
    pdf = Doc(
        "letter",
        "dv",
        9.6,
        margins=(18, 16, 18),
        ftr=page_footer(
            "Serres Val-des-Rivières inc. · Contrato de trabajo 2027 · Rosa Elvira Pop Caal · {p}/2"
        ),
        title="Contrato de trabajo",
    )
    pdf.add_page()
    pdf.band(
        "Serres Val-des-Rivières inc.",
        "1250, rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá  ·  +1 450 555 0138",
        (30, 90, 130),
    )
    pdf.head("CONTRATO DE TRABAJO — TRABAJADORA AGRÍCOLA TEMPORAL", 12.5, align="C", after=0.5)
    pdf.head(
        "Programa de trabajadores extranjeros temporales, volet agricole",
        9.5,
        "I",
        align="C",
        before=0,
        after=3,
    )
    boxed(
        pdf,
        "1. Las partes",
        "Empleador: Serres Val-des-Rivières inc., 1250, rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá. "
        "Trabajadora: Rosa Elvira Pop Caal, DPI 2987 54130 1601, de San Pedro Carchá, Alta Verapaz, Guatemala.",
    )
    boxed(
        pdf,
        "2. El trabajo y el lugar",
        "Trabajadora de invernadero: trasplante, tutorado, poda y cosecha de pepino y tomate; empaque en cajas; "
        "limpieza de pasillos. Lugar: los invernaderos del empleador en 1250, rang Saint-Joseph, Saint-Rémi.",
    )
    boxed(
        pdf,
        "3. Duración y horario",
        "Del 5 de marzo de 2027 al 20 de noviembre de 2027. 45 horas por semana: de lunes a viernes de 7:00 a 16:00 "
        "horas, con una hora de almuerzo. Las horas después de 40 se pagan a tiempo y medio.",
    )
    boxed(
        pdf,
        "4. Salario y pago",
        "16,10 $ canadienses por hora. Se paga cada semana, los jueves, por depósito en la cuenta de la trabajadora, "
        "con un comprobante que muestra horas, tarifa y descuentos.",
    )
    boxed(
        pdf,
        "5. Descuentos",
        "Solo los que exige la ley: impuesto sobre la renta federal y de Québec, y las cotizaciones obligatorias al "
        "Régimen de Rentas de Québec (RRQ), al seguro de empleo y al Régimen Québécois de Seguro Parental (RQAP). "
        "Estas cotizaciones las descuenta todo empleador en Canadá; no son un cobro del empleador.",
    )
    boxed(
        pdf,
        "6. Viajes",
        "El empleador paga el boleto de avión de ida de Guatemala a Montreal y el de regreso de Montreal a "
        "Guatemala, y el traslado del aeropuerto a Saint-Rémi. Nada de esto se descuenta del salario.",
    )

    pdf.add_page()
    boxed(
        pdf,
        "7. Vivienda y seguro médico",
        "La trabajadora vive sin costo en la residencia del empleador, 1262, rang Saint-Joseph, con cocina, "
        "lavadora y wifi. Mientras llega su tarjeta de la RAMQ, el empleador paga un seguro médico privado.",
    )
    boxed(
        pdf,
        "8. Reclutamiento y trámites",
        "El empleador trabaja con Servicios Migratorios Ixchel, S.A., de la Ciudad de Guatemala, y le paga sus "
        'honorarios de 350 $ canadienses por trabajadora. La trabajadora no paga cuota de inscripción ni nada "para '
        'apartar su lugar". El examen médico con el médico designado por IRCC y la cuota de datos biométricos de '
        "85 $ canadienses los paga el empleador; si la trabajadora ya los pagó, se le reembolsan en el primer pago.",
    )
    boxed(
        pdf,
        "9. Equipo",
        "Guantes, tijeras, botas de hule y ropa para la lluvia se entregan sin costo ni depósito.",
    )
    boxed(
        pdf,
        "10. Libertades",
        "La trabajadora guarda su pasaporte y su permiso de trabajo. Puede salir de la residencia cuando quiera, "
        "recibir visitas y usar su teléfono. Si cambia de empleador, el empleador no le cobra ninguna "
        "penalización, y puede pedir un permiso de trabajo abierto si sufre abuso.",
    )
    boxed(
        pdf,
        "11. Terminación",
        "El empleador solo puede terminar el contrato por causa justa y por escrito, después de escuchar a la "
        "trabajadora y avisar al consulado de Guatemala en Montreal; aun así paga el boleto de regreso. La "
        "trabajadora puede renunciar avisando con una semana de anticipación.",
    )
    pdf.p(
        "Si alguien le pide dinero por este trabajo, llame a la CNESST al 1 844 838-0808.",
        9.2,
        "I",
        after=3,
    )
    pdf.sigblock(
        ["Por el empleador", "La trabajadora"],
        ["Mathieu Beauregard-Lalonde, Presidente", "Rosa Elvira Pop Caal"],
    )
    return pdf


# ==========================================================================
# aw12  H-2A, English, job order whose page 2 is a scanned image.
#       housing_charge (on the scanned page) + blacklisting_threat;
#       three_fourths_guarantee and meals missing.
# ==========================================================================
AW12_HOUSE = (
    "Each occupant pays a utility share of $12 per week for electricity and well-pump service, deducted "
    "from the weekly check."
)
AW12_BLACK = (
    "Workers who take complaints to outside agencies or advocates before using the company grievance "
    "procedure will not be offered a contract next season."
)


def aw12():
    pdf = Doc(
        "letter",
        "ls",
        10,
        margins=(20, 16, 20),
        hdr=page_header("Sandhill Bright Leaf Farms, Inc. — Job Order NC-2026-11873", family="ls"),
        ftr=page_footer("Page {p} of 3", family="ls"),
        title="Job order",
    )
    pdf.add_page()
    pdf.head("SANDHILL BRIGHT LEAF FARMS, INC.", 15, before=0, after=0, rgb=(110, 70, 20))
    pdf.p(
        "3391 Frog Level Road, Kinston, North Carolina 28504  ·  (252) 555-0159",
        9,
        after=1,
        rgb=(80, 80, 80),
    )
    pdf.rule(3, (110, 70, 20))
    pdf.head("H-2A JOB ORDER NC-2026-11873 — TERMS AND CONDITIONS", 12, after=2)
    pdf.head("1. Job", 10.5)
    pdf.p(
        "Employer: Sandhill Bright Leaf Farms, Inc., 3391 Frog Level Road, Kinston, NC 28504. Crop: flue-cured "
        "tobacco and sweet potatoes. 30 workers needed."
    )
    pdf.p(
        "Duties: transplant tobacco seedlings; hoe; top flowers and pull suckers by hand; hand-prime ripe leaves "
        "and load them into curing barns; unload and bale cured leaf; in the fall, hand-harvest sweet potatoes "
        "into buckets and dump them into bins."
    )
    pdf.p("Requirements: two months of experience hand-harvesting tobacco or vegetables.")
    pdf.p(
        "Worksites: home farm, 3391 Frog Level Road, Kinston, NC 28504, and the Jericho Road farm, 1870 Jericho "
        "Road, Kinston, NC 28504 (Lenoir County)."
    )
    pdf.p(
        "Period: May 4, 2026 to October 30, 2026. Hours: 42 hours per week, Monday to Saturday, 6:30 a.m. to "
        "1:30 p.m."
    )
    pdf.head("2. Pay", 10.5)
    pdf.p(
        "Wage: $16.63 per hour. If a higher Adverse Effect Wage Rate, prevailing wage or minimum wage takes effect "
        "during the contract, Sandhill pays the higher rate from that date."
    )
    pdf.p(
        "Payday: weekly, every Thursday. Each payday the worker gets a statement of hours offered, hours worked, "
        "rate, gross pay, deductions and net pay."
    )
    pdf.p(
        "Deductions: FICA for U.S. workers; income tax only at the worker's request; amounts a court orders; and "
        "the utility share described in section 4."
    )
    pdf.head("3. Tools, insurance and recruitment", 10.5)
    pdf.p(
        "Tobacco knives, rain suits, gloves and the sleeves that protect against green tobacco sickness are issued "
        "at no cost to the worker."
    )
    pdf.p(
        "Workers' compensation: North Carolina workers' compensation insurance through Tar River Mutual Insurance "
        "Co., policy TRM-0098441."
    )
    pdf.p(
        "Sandhill recruits through Valle Alto Contrataciones Agrícolas, S.C., Linares, Nuevo León, and pays all of "
        "its fees. No worker pays anything to be hired."
    )

    add_scan(
        pdf,
        [
            ("small", "Sandhill Bright Leaf Farms, Inc. — Job Order NC-2026-11873 — worker copy"),
            ("gap", "4"),
            ("h1", "4. HOUSING AND TRANSPORTATION"),
            (
                "p",
                "Housing is provided to all workers at the Sandhill labor camp, 3405 Frog Level Road, Kinston, NC 28504, "
                "certified by the North Carolina Department of Labor. Rooms have bunk beds, mattresses, heat and fans; "
                "bathrooms and showers are in the central building.",
            ),
            ("p", AW12_HOUSE),
            (
                "p",
                "Daily transportation between the camp and the fields is provided free in company buses.",
            ),
            (
                "p",
                "Inbound travel: Sandhill reimburses the bus fare and subsistence from Monterrey, N.L. to Kinston in the "
                "first workweek, and the visa and border crossing fees with the first check.",
            ),
            (
                "p",
                "Return travel: workers who complete the contract, or who are released early without cause, get a paid "
                "bus ticket and subsistence back to Monterrey.",
            ),
            ("gap", "10"),
            ("p", "Worker initials: ______        Date received: ______"),
            ("gap", "150"),
            ("small", "Page 2 of 3"),
        ],
        seed=1207,
    )

    pdf.add_page()
    pdf.head("5. Rules, grievances and ending the contract", 10.5, before=0)
    pdf.p(
        "Grievances must first be brought to the crew leader, then to the farm office. "
        + AW12_BLACK
    )
    pdf.p(
        "Passports and visas stay with the worker. Sandhill does not hold any worker's documents."
    )
    pdf.p(
        "Abandonment: a worker absent for five consecutive workdays without notice has abandoned the job, and "
        "Sandhill will notify the Department of Labor and DHS within two working days. Workers may be dismissed "
        "for cause after a written warning."
    )
    pdf.p(
        "If a hurricane, flood, hail or fire destroys the crop and makes further work impossible, Sandhill may end "
        "the contract with the approval of the Department of Labor and will pay the return trip."
    )
    pdf.sigblock(
        ["For Sandhill Bright Leaf Farms, Inc.", "Worker"],
        ["Wendell R. Sutton, President", "Name: ________________________"],
    )
    return pdf


# ==========================================================================
# build + verify
# ==========================================================================
BUILDERS = [aw01, aw02, aw03, aw04, aw05, aw06, aw07, aw08, aw09, aw10, aw11, aw12]

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


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus left/right half crops (for two-column pages)."""
    w, h = page.width, page.height
    out = [page.extract_text() or ""]
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(page.crop(box).extract_text() or "")
    return [norm(t) for t in out]


def verify(out_dir, labels):
    errors = []
    for lab in labels:
        f = lab["file"]
        prog = lab["program"]
        path = os.path.join(out_dir, f)
        scanned = lab["scanned"] or []
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{f}: {n} pages, label says {lab['pages']}")
            texts = [page_texts(p) for p in pdf.pages]
        for sp in scanned:
            if sp <= n and texts[sp - 1][0]:
                errors.append(f"{f}: scanned page {sp} has a text layer")
        for fee in lab["fees"]:
            if fee["category"] not in CATEGORIES:
                errors.append(f"{f}: unknown category {fee['category']}")
            if fee["severity"] != expected_severity(fee["category"], prog):
                errors.append(f"{f}: severity {fee['severity']} for {fee['category']} under {prog}")
            pg = fee["page"]
            if pg in scanned:
                continue
            q = norm(fee["quote"])
            if pg > n or not any(q in t for t in texts[pg - 1]):
                errors.append(f"{f}: quote not found on page {pg}: {fee['quote'][:70]}...")
        alltext = " ".join(" ".join(t) for i, t in enumerate(texts) if i + 1 not in scanned)
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errors.append(f"{f}: recruiter not printed: {r}")
        for t in lab["missing_terms"]:
            if t not in REQUIRED[prog]:
                errors.append(f"{f}: missing term {t} is not required under {prog}")
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for i, build in enumerate(BUILDERS, 1):
        pdf = build()
        pdf.output(os.path.join(out_dir, f"aw{i:02d}.pdf"))
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out_dir, "labels.json"))
    if [l["file"] for l in labels] != [f"aw{i:02d}.pdf" for i in range(1, len(BUILDERS) + 1)]:
        print("labels.json does not list aw01.pdf..aw12.pdf in order", file=sys.stderr)
        return 1
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {len(BUILDERS)} PDFs and labels.json written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
