#!/usr/bin/env python3
"""Build the blind held-out batch "ag": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR

Every employer, recruiter, worker and sentence is fictional and written for this batch.
The build is deterministic (fixed creation date, seeded noise for the scanned page) and,
after writing, checks every fee quote of a text page against pdfplumber's extract_text of
its labelled page; it exits non-zero when a quote is not found.
"""

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

FIXED_DATE = datetime(2026, 1, 19, 8, 30, 0, tzinfo=UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FONTS = {
    "dv": (
        DEJAVU,
        {
            "": "DejaVuSans.ttf",
            "B": "DejaVuSans-Bold.ttf",
            "I": "DejaVuSans-Oblique.ttf",
            "BI": "DejaVuSans-BoldOblique.ttf",
        },
    ),
    "dvc": (
        DEJAVU,
        {
            "": "DejaVuSansCondensed.ttf",
            "B": "DejaVuSansCondensed-Bold.ttf",
            "I": "DejaVuSansCondensed-Oblique.ttf",
            "BI": "DejaVuSansCondensed-BoldOblique.ttf",
        },
    ),
    "dvs": (
        DEJAVU,
        {
            "": "DejaVuSerif.ttf",
            "B": "DejaVuSerif-Bold.ttf",
            "I": "DejaVuSerif-Italic.ttf",
            "BI": "DejaVuSerif-BoldItalic.ttf",
        },
    ),
    "lib": (
        LIBERATION,
        {
            "": "LiberationSans-Regular.ttf",
            "B": "LiberationSans-Bold.ttf",
            "I": "LiberationSans-Italic.ttf",
            "BI": "LiberationSans-BoldItalic.ttf",
        },
    ),
    "libs": (
        LIBERATION,
        {
            "": "LiberationSerif-Regular.ttf",
            "B": "LiberationSerif-Bold.ttf",
            "I": "LiberationSerif-Italic.ttf",
            "BI": "LiberationSerif-BoldItalic.ttf",
        },
    ),
    "noto": (
        NOTO,
        {
            "": "NotoSans-Regular.ttf",
            "B": "NotoSans-Bold.ttf",
            "I": "NotoSans-Italic.ttf",
            "BI": "NotoSans-BoldItalic.ttf",
        },
    ),
}


# --------------------------------------------------------------------------- labels


def severity(program, category):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    return "violation"


class F:
    """A labelled finding sentence (printed exactly as `text`)."""

    def __init__(self, category, text, amount=None, currency=None, group=None):
        self.category = category
        self.text = text
        self.amount = amount
        self.currency = currency
        self.group = group


class FR:
    """A labelled finding table row; the quote is the cells joined by one space."""

    def __init__(self, category, cells, amount=None, currency=None, group=None):
        self.category = category
        self.cells = cells
        self.text = " ".join(cells)
        self.amount = amount
        self.currency = currency
        self.group = group


def _plain(part):
    return part.text if isinstance(part, F) else part


# --------------------------------------------------------------------------- PDF helper


class Doc(FPDF):
    def __init__(
        self,
        program,
        fmt="Letter",
        font="dv",
        size=10,
        footer_text="",
        header_text="",
        margins=(18, 16, 18),
        accent=(40, 40, 40),
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.program = program
        for fam, (folder, styles) in FONTS.items():
            for style, fname in styles.items():
                self.add_font(fam, style, folder + fname)
        self.base_font = font
        self.base_size = size
        self.footer_text = footer_text
        self.header_text = header_text
        self.accent = accent
        self.fees = []
        self.raw_pages = set()
        self.scanned_pages = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("fpdf2")
        self.set_font(font, "", size)

    # header / footer are skipped on image-only pages
    def header(self):
        if self.page_no() in self.raw_pages or not self.header_text:
            return
        self.set_font(self.base_font, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 7)
        self.cell(0, 4, self.header_text, align="L")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, max(self.t_margin, 13))
        self.set_font(self.base_font, "", self.base_size)

    def footer(self):
        if self.page_no() in self.raw_pages or not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.base_font, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "%s    p. %d/{nb}" % (self.footer_text, self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # recording
    def _record(self, parts):
        for part in parts:
            if isinstance(part, F | FR):
                self.fees.append((part, self.page_no()))

    # text blocks
    def band(self, title, subtitle="", color=(30, 90, 60), height=20, title_size=15):
        y = self.get_y()
        self.set_fill_color(*color)
        self.rect(0, y, self.w, height, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 3)
        self.set_font(self.base_font, "B", title_size)
        self.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font(self.base_font, "", 9)
            self.cell(0, 6, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + height + 4)
        self.set_font(self.base_font, "", self.base_size)

    def titleline(self, text, size=14, align="C", style="B", after=2):
        self.set_font(self.base_font, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)
        self.set_font(self.base_font, "", self.base_size)

    def heading(self, text, size=None, color=None, before=2.5, after=1, style="B"):
        if self.get_y() > self.h - 38:
            self.add_page()
        self.ln(before)
        self.set_font(self.base_font, style, size or self.base_size + 1.5)
        self.set_text_color(*(color or self.accent))
        self.multi_cell(
            0, (size or self.base_size + 1.5) * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.set_font(self.base_font, "", self.base_size)

    def para(
        self,
        *parts,
        lead="",
        size=None,
        style="",
        lh=None,
        indent=0,
        after=1.6,
        color=None,
        align="L",
    ):
        """Paragraph of sentences; `lead` is printed in bold before the first sentence."""
        size = size or self.base_size
        lh = lh or size * 0.46
        text = " ".join(_plain(p) for p in parts)
        if lead:
            text = "**%s** %s" % (lead, text)
        self.set_font(self.base_font, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh,
            text,
            align=align,
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.set_font(self.base_font, "", self.base_size)
        self._record(parts)
        self.ln(after)

    def bullets(self, items, size=None, bullet="\u2022", indent=3, gap=4, after=0.8):
        size = size or self.base_size
        for item in items:
            parts = item if isinstance(item, list | tuple) else [item]
            lead = ""
            if parts and isinstance(parts[0], str) and parts[0].startswith("**"):
                lead = parts[0].strip("*")
                parts = parts[1:]
            self.set_font(self.base_font, "", size)
            y = self.get_y()
            if y > self.h - 30:
                self.add_page()
                y = self.get_y()
            self.set_xy(self.l_margin + indent, y)
            self.cell(gap, size * 0.46, bullet)
            text = " ".join(_plain(p) for p in parts)
            if lead:
                text = "**%s** %s" % (lead, text)
            self.set_xy(self.l_margin + indent + gap, y)
            self.multi_cell(
                self.w - self.r_margin - self.l_margin - indent - gap,
                size * 0.46,
                text,
                align="L",
                markdown=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self._record(parts)
            self.ln(after)
        self.set_font(self.base_font, "", self.base_size)

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=None,
        lh=None,
        head_fill=(225, 225, 225),
        borders="ALL",
        bold_first=False,
        zebra=None,
        after=3,
        font=None,
    ):
        size = size or self.base_size - 1
        lh = lh or size * 0.5
        fam = font or self.base_font
        self.set_font(fam, "", size)
        data = ([header] if header else []) + list(rows)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(90, 90, 90)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            text_align="LEFT",
            line_height=lh,
            first_row_as_headings=bool(header),
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            borders_layout=borders,
            cell_fill_color=zebra,
            cell_fill_mode="ROWS" if zebra else "NONE",
            padding=(1.1, 1.6),
        ) as table:
            for r in data:
                cells = r.cells if isinstance(r, FR) else r
                row = table.row()
                for i, c in enumerate(cells):
                    if bold_first and i == 0 and r is not header:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self._record([r for r in rows if isinstance(r, FR)])
        self.set_font(self.base_font, "", self.base_size)
        self.ln(after)

    def box(self, *parts, title="", fill=(238, 244, 250), size=None, after=3):
        """Shaded note box with a bold title line."""
        size = size or self.base_size - 0.5
        text = " ".join(_plain(p) for p in parts)
        if title:
            text = "**%s** %s" % (title, text)
        self.set_font(self.base_font, "", size)
        self.set_fill_color(*fill)
        self.set_draw_color(150, 150, 150)
        self.multi_cell(
            0,
            size * 0.47,
            text,
            border=1,
            fill=True,
            markdown=True,
            padding=2.2,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self._record(parts)
        self.set_font(self.base_font, "", self.base_size)
        self.ln(after)

    def signatures(self, left, right, size=None, gap=16):
        size = size or self.base_size - 1
        if self.get_y() + gap + 10 > self.h - 18:
            self.add_page()
        self.ln(gap)
        y = self.get_y()
        self.set_auto_page_break(False)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, y, self.l_margin + half - 10, y)
        self.line(self.l_margin + half + 5, y, self.w - self.r_margin, y)
        self.set_font(self.base_font, "", size)
        self.set_xy(self.l_margin, y + 1)
        self.multi_cell(half - 10, size * 0.45, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_xy(self.l_margin + half + 5, y + 1)
        self.multi_cell(half - 5, size * 0.45, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_auto_page_break(True, margin=18)
        self.set_font(self.base_font, "", self.base_size)

    def scanned_page(self, draw, seed, dpi=200, angle=0.55):
        """Draw a page on a private document, rasterise, degrade, embed image-only."""
        sub = Doc(self.program, fmt=(self.w, self.h), font=self.base_font, size=self.base_size)
        sub.set_margins(self.l_margin, self.t_margin, self.r_margin)
        sub.accent = self.accent
        sub.add_page()
        draw(sub)
        pdf_bytes = bytes(sub.output())
        pdfdoc = pypdfium2.PdfDocument(pdf_bytes)
        bitmap = pdfdoc[0].render(scale=dpi / 72.0, grayscale=True)
        img = bitmap.to_pil().convert("L")
        pdfdoc.close()
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        rng = np.random.default_rng(seed)
        arr = np.asarray(img, dtype=np.float32)
        arr = arr * 0.93 + 10.0  # paper tone, toner not fully black
        arr += rng.normal(0.0, 7.0, arr.shape)
        yy = np.linspace(0.0, 1.0, arr.shape[0])[:, None]
        arr -= 9.0 * yy  # uneven lighting toward the bottom
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=80)
        buf.seek(0)
        self.add_page()
        self.raw_pages.add(self.page_no())
        self.scanned_pages.add(self.page_no())
        self.image(buf, x=0, y=0, w=self.w, h=self.h)
        for part, _page in sub.fees:
            self.fees.append((part, self.page_no()))


# --------------------------------------------------------------------------- documents

DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


@document
def ag01():
    """H-2A job order, English, fully compliant; numbered sections and a worksite grid."""
    d = Doc(
        "h2a",
        font="lib",
        size=9.2,
        footer_text="Shoal Creek Orchards & Vegetables LLC  ·  Clearance order IL-2026-11942  ·  worker copy",
        accent=(34, 95, 52),
    )
    d.add_page()
    d.set_y(0)
    d.band(
        "SHOAL CREEK ORCHARDS & VEGETABLES LLC",
        "H-2A Job Order and Work Contract  ·  Clearance Order IL-2026-11942  ·  Season 2026",
        color=(34, 95, 52),
        height=22,
    )
    d.heading("1. Employer")
    d.para(
        "Shoal Creek Orchards & Vegetables LLC, 1187 Old Vandalia Road, Greenville, Illinois 62246. "
        "Telephone (618) 555-0172. Contact person: Marisol Venhaus, Farm Manager."
    )
    d.heading("2. The job")
    d.para(
        "Title: Farmworker, fruit and vegetable crops (SOC 45-2092.02). Openings: 28.",
    )
    d.para(
        "From late April through June, crews thin peaches and apples by hand, hang pheromone "
        "dispensers in the orchard blocks, set out sweet pepper transplants and keep the "
        "transplanter's feeder trays full while the planting tractor moves down the row.",
        "From July, workers harvest peaches, sweet peppers and apples into picking buckets and "
        "bags, carry them to field bins, and grade fruit on the packing line, where they also "
        "feed flat cartons into the box former.",
        "The work is done outdoors in heat and rain and on 10-foot orchard ladders.",
    )
    d.heading("3. Who may apply")
    d.para(
        "Applicants need three months of hand-harvest experience in tree fruit or vegetables, "
        "which the employer may confirm with one reference.",
        "Workers must be able to lift and carry 45 pounds and to climb an orchard ladder safely.",
        "No diploma, license or knowledge of English is required.",
    )
    d.heading("4. Where the work is done")
    d.grid(
        [
            ("Home orchard", "1187 Old Vandalia Road, Greenville, IL 62246", "Bond County"),
            ("Beaver Creek block", "2460 Beaver Creek Lane, Pocahontas, IL 62275", "Bond County"),
            ("Packing shed", "1201 Old Vandalia Road, Greenville, IL 62246", "Bond County"),
        ],
        widths=(45, 95, 38),
        header=("Site", "Address", "County"),
        head_fill=(214, 232, 218),
    )
    d.heading("5. Dates and hours")
    d.para(
        "The contract runs from April 20, 2026 to November 13, 2026.",
        "The normal schedule is 40 hours a week, Monday through Friday, 7:00 a.m. to 3:30 p.m., "
        "with an unpaid half-hour lunch.",
        "Saturday work during the apple harvest is offered to those who want it but is never "
        "required.",
    )
    d.heading("6. Pay")
    d.para(
        "$17.85 per hour.",
        "During the apple harvest a picker earns $24.00 per bin of about 20 bushels whenever that "
        "adds up to more than the hourly rate for the week; the hourly rate is always the floor.",
        lead="(a) Rate.",
    )
    d.para(
        "If the Adverse Effect Wage Rate, the prevailing wage, or the federal or Illinois minimum "
        "wage rises above the rate in this contract during the season, the higher rate is paid "
        "from the day it takes effect.",
        lead="(b) Highest rate.",
    )
    d.para(
        "Wages are paid every Friday for the workweek that ended the previous Sunday, by check "
        "or by direct deposit.",
        lead="(c) Payday.",
    )
    d.para(
        "Each payment comes with a written statement of hours offered, hours worked, bins "
        "picked, rates, gross pay, every deduction and net pay.",
        lead="(d) Pay statement.",
    )
    d.para(
        "Only these amounts may be taken out of pay: federal and Illinois income tax if the "
        "worker asks in writing for withholding; child support or garnishments ordered by a "
        "court; and the optional cafeteria plan in Section 8, for workers who sign up for it.",
        "Nothing is ever deducted for housing, tools, transportation, visas or recruitment.",
        lead="(e) Deductions.",
    )
    d.para(
        "The employer guarantees to offer each worker hours of work equal to at least "
        "three-fourths of the workdays in the contract period, counting 8 hours for each "
        "workday.",
        "When fewer hours are offered, the worker is paid the difference as if he had worked them.",
        lead="(f) Three-fourths guarantee.",
    )
    d.heading("7. Housing")
    d.para(
        "Housing is provided free of charge to every worker who cannot reasonably return to his "
        "own home each day, in the Shoal Creek bunkhouses at 1190 Old Vandalia Road, "
        "Greenville.",
        "The bunkhouses were inspected by the Illinois Department of Public Health on April 2, "
        "2026.",
        "No rent, utility charge or deposit for beds, bedding or keys is collected, and "
        "residents are free to come and go at any hour.",
    )
    d.heading("8. Meals")
    d.para(
        "Each bunkhouse has a full kitchen with stoves, refrigerators, pots and utensils that "
        "workers use without charge.",
        "Workers who would rather not cook may join an optional cafeteria plan of three meals a "
        "day for $14.00 per day, which is below the maximum meal charge the U.S. Department of "
        "Labor allows for 2026.",
        "A worker may leave the plan at any time by telling the kitchen one week ahead.",
    )
    d.heading("9. Transportation")
    d.para(
        "Once the worker completes half of the contract period, the employer reimburses his bus "
        "fare from Monterrey, Nuevo León, to Greenville and his meals on the way.",
        "If those travel costs would leave his first week's pay below the federal minimum wage, "
        "the shortfall is paid with the first paycheck.",
        lead="(a) To the job.",
    )
    d.para(
        "A worker who completes the contract, or who is let go early for a reason other than "
        "cause, receives a paid bus ticket and travel meals back to Monterrey.",
        lead="(b) Home.",
    )
    d.para(
        "Company vans take workers from the bunkhouses to each field and back at no cost, "
        "driven by licensed and insured drivers.",
        lead="(c) Every workday.",
    )
    d.heading("10. Visas and recruitment")
    d.para(
        "The employer pays the visa application fee, any visa reciprocity fee and the border "
        "entry (I-94) fee directly, before the worker travels.",
        "Shoal Creek recruits through Cosecha Justa Recruiting Services, S. de R.L. de C.V., in "
        "Monterrey; Cosecha Justa's service charges are billed to and paid by Shoal Creek.",
        "No one may ask a worker for money, a gift or unpaid work in exchange for this job, and "
        "a worker who is asked should call the farm office at (618) 555-0172.",
    )
    d.heading("11. Tools and equipment")
    d.para(
        "Ladders, picking buckets and bags, pruning shears, gloves, rain gear and hard hats are "
        "supplied free of charge, and no deposit is taken for any of them."
    )
    d.heading("12. Injury insurance")
    d.para(
        "Shoal Creek carries workers' compensation insurance with Prairie Harvest Mutual "
        "Insurance Company, policy WC-IL-448207, which covers injury and illness caused by the "
        "work at no cost to the worker."
    )
    d.heading("13. Ending the contract")
    d.para(
        "A worker who does not report for work for five consecutive working days without the "
        "employer's consent is treated as having abandoned the job, and the employer notifies "
        "the Department of Labor and DHS within two working days.",
        lead="(a) Abandonment.",
    )
    d.para(
        "A worker may be dismissed for cause only after a written warning that states the "
        "reason, except in cases of violence or theft.",
        "A worker who abandons the job or is dismissed for cause loses the return-trip payment "
        "and the three-fourths guarantee.",
        lead="(b) Dismissal for cause.",
    )
    d.para(
        "If fire, flood, hail, freeze or another act of God makes the work impossible, the "
        "employer may end the contract early with the approval of the certifying officer.",
        "It then pays the three-fourths guarantee for the period worked, the return trip, and "
        "makes efforts to place the worker with another employer.",
        lead="(c) If the work becomes impossible.",
    )
    d.heading("14. Your rights")
    d.para(
        "Workers keep their own passports, visas and identity papers at all times.",
        "No worker will be threatened, blacklisted or refused work in a later season because he "
        "complains, speaks with a lawyer or an outreach worker, or takes part in a legal "
        "proceeding.",
    )
    d.signatures(
        "For the employer: Marisol Venhaus, Farm Manager\nDate: ____________",
        "Worker: ______________________________\nDate: ____________",
    )
    meta = dict(
        program="h2a",
        language="en",
        missing_terms=[],
        recruiters=["Cosecha Justa Recruiting Services, S. de R.L. de C.V."],
        traps=[
            "'Bond County' is a place name, not a bond",
            "'feeder trays' and 'feed flat cartons' are job words",
            "optional cafeteria plan below the DOL meal cap (lawful h2a meal charge)",
            "employer pays visa application, reciprocity and I-94 fees",
            "recruiter's service charges billed to and paid by the employer",
            "no money, gift or unpaid work for the job (negated recruitment fee)",
            "free housing, no rent, utilities or deposits",
            "tools free, no deposit",
            "workers' compensation at no cost to the worker",
            "workers keep passports (negated retention)",
            "no blacklisting for complaints",
            "residents free to come and go",
            "losing the return trip and guarantee after abandonment is lawful, not a breach "
            "penalty",
        ],
        doc_type="job_order",
        layout="single column, Letter; colored header band; numbered sections with lettered "
        "sub-clauses; gridded worksite table",
    )
    return d, meta


@document
def ag02():
    """Spanish recruiter letter for an H-2A job, summary grid, then the 'steps and payments'."""
    d = Doc(
        "h2a",
        font="dvs",
        size=9.5,
        footer_text="Enlaces Agrícolas del Bajío, S.C.  ·  Tel. 418 555 0193",
        accent=(120, 40, 30),
    )
    d.add_page()
    d.set_font("dvs", "B", 15)
    d.set_text_color(120, 40, 30)
    d.cell(0, 8, "Enlaces Agrícolas del Bajío, S.C.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("dvs", "I", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        4.5,
        "Reclutamiento para empleos de temporada  ·  Av. Hidalgo 214, Col. Centro, "
        "Dolores Hidalgo C.I.N., Gto.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_draw_color(120, 40, 30)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.set_line_width(0.2)
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.para("Dolores Hidalgo, Guanajuato, a 9 de febrero de 2026.", align="R")
    d.para(
        "Sr. Anselmo Piña Cárdenas\nRancho Nuevo, municipio de San Diego de la Unión, Gto.",
        after=3,
    )
    d.para("Estimado señor Piña:")
    d.para(
        "Nos da gusto avisarle que usted quedó preseleccionado para trabajar la temporada de "
        "arándano 2026 con la empresa Altamaha Blueberry Growers LLC, en el estado de Georgia, "
        "Estados Unidos, con visa H-2A de trabajador agrícola.",
        "Abajo le resumimos las condiciones que nos envió el patrón y, en la segunda hoja, los "
        "pasos que faltan para completar su trámite.",
    )
    d.heading("Resumen de las condiciones del empleo", size=10.5)
    d.grid(
        [
            (
                "Patrón",
                "Altamaha Blueberry Growers LLC, 4410 Old Surrency Highway, Baxley, "
                "Georgia 31513, EE. UU.",
            ),
            (
                "Puesto y tareas",
                "Trabajador agrícola: cosecha manual de arándano en cubetas, poda ligera, "
                "deshierbe y estiba de cajas en el empaque.",
            ),
            (
                "Requisitos",
                "Dos meses de experiencia en cosecha manual de fruta; poder cargar 25 kilos.",
            ),
            (
                "Lugar de trabajo",
                "Campos del patrón en Baxley y Surrency, condado de Appling, Georgia.",
            ),
            ("Periodo", "Del 6 de abril al 31 de julio de 2026."),
            (
                "Horario",
                "40 horas por semana: lunes a viernes de 6:30 a 15:00, con media hora para comer.",
            ),
            (
                "Salario",
                "$16.08 dólares por hora, o $5.25 por cubeta de 10 libras si le sale más. Si el "
                "gobierno publica un salario mayor durante la temporada, se le paga el mayor "
                "desde la fecha en que entre en vigor.",
            ),
            ("Día de pago", "Cada viernes (pago semanal)."),
            (
                "Descuentos",
                "Solo los impuestos que marca la ley y lo que usted autorice por escrito.",
            ),
            (
                "Vivienda",
                "Gratuita, en las casas del rancho en 4450 Old Surrency Highway, Baxley.",
            ),
            ("Comida", "Cocina equipada, sin costo, para que prepare sus alimentos."),
            (
                "Transporte diario",
                "Camión del rancho, gratis, de la vivienda al campo y de regreso.",
            ),
            (
                "Viaje de ida",
                "El patrón le reembolsa el autobús de Dolores Hidalgo a Baxley y los alimentos "
                "del camino al cumplir la mitad del contrato.",
            ),
            ("Regreso", "Pagado por el patrón si termina la temporada."),
            ("Herramientas", "Cubetas, tijeras, guantes y gorra, sin costo."),
            (
                "Terminación",
                "Si falta cinco días seguidos sin avisar se considera abandono del trabajo; solo "
                "lo pueden despedir por causa justificada.",
            ),
        ],
        widths=(38, 140),
        header=("Concepto", "Condiciones"),
        head_fill=(240, 222, 215),
        bold_first=True,
        size=8.8,
    )
    d.add_page()
    d.heading("Lo que sigue para su trámite", size=11)
    d.para(
        "La cita en el Consulado de Monterrey ya está solicitada para la semana del 16 de marzo.",
        "El patrón paga la cuota de la visa y el permiso de cruce (I-94), así que usted no "
        "tiene que llevar dinero para eso.",
        lead="1. Entrevista consular.",
    )
    d.para(
        "Nosotros no cobramos comisión por colocarlo, porque el patrón nos paga nuestro servicio.",
        "Lo único que le pedimos es un apoyo para el trámite de sus papeles.",
        F(
            "recruitment_fee",
            "El apoyo para el trámite, de MXN 8,500, se deposita en la cuenta de Banco Azteca a "
            "nombre de la señora Rosalba Ruelas Oviedo, mamá del licenciado, a más tardar el 20 "
            "de febrero.",
            8500.0,
            "MXN",
        ),
        "Guarde su ficha de depósito y mándenos foto por WhatsApp.",
        lead="2. Apoyo para el trámite.",
    )
    d.para(
        F(
            "medical_cost",
            "El examen médico y la prueba antidoping se hacen en la Clínica San Rafael de León y "
            "cuestan 1 200 pesos, que usted paga directamente en la caja de la clínica.",
            1200.0,
            "MXN",
        ),
        "Preséntese en ayunas y con su INE.",
        lead="3. Examen médico.",
    )
    d.para(
        F(
            "deposit_or_bond",
            "Como garantía de que cumplirá la temporada completa, firmará un pagaré por treinta "
            "mil pesos a favor de Enlaces Agrícolas del Bajío, que se le regresará roto cuando "
            "vuelva a México.",
            30000.0,
            "MXN",
        ),
        "Si no sabe firmar, puede poner su huella.",
        lead="4. Garantía.",
    )
    d.para(
        F(
            "document_retention",
            "Su pasaporte se queda en nuestra oficina desde el día en que entrega el expediente, "
            "y el coordinador se lo devuelve en la garita el día del cruce.",
        ),
        lead="5. Pasaporte.",
    )
    d.para(
        "El autobús sale de la plaza principal de Dolores Hidalgo el 4 de abril a las 5:00 de "
        "la mañana.",
        "Traiga ropa para calor y lluvia; el pasaje y las comidas del camino se los reembolsa "
        "el patrón como dice el resumen.",
        lead="6. Salida.",
    )
    d.para(
        "Cualquier duda, llámenos al 418 555 0193 o escríbanos por WhatsApp al mismo número.",
        after=2,
    )
    d.para("Atentamente,")
    d.signatures(
        "Lic. Everardo Quintanilla Ruelas\nDirector, Enlaces Agrícolas del Bajío, S.C.",
        "Recibí la carta y estoy de acuerdo:\nAnselmo Piña Cárdenas",
    )
    meta = dict(
        program="h2a",
        language="es",
        missing_terms=[
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        recruiters=["Enlaces Agrícolas del Bajío, S.C."],
        traps=[
            "employer pays visa fee and I-94 (negated visa cost)",
            "'no cobramos comisión' right before an 'apoyo para el trámite' (the negation is not "
            "a finding, the apoyo is)",
            "free housing, free kitchen, free daily truck",
            "bus and road meals reimbursed by employer",
            "tools free",
        ],
        doc_type="recruiter_letter",
        layout="letter on recruiter letterhead (serif); two-column gridded summary table; "
        "numbered steps on page 2; signature lines",
    )
    return d, meta


@document
def ag03():
    """H-2A bilingual: English summary, Spanish summary, landscape deduction schedule."""
    d = Doc(
        "h2a",
        font="dvc",
        size=9.5,
        footer_text="Neuse Bend Sweet Potato Farms, Inc.  ·  H-2A 2026  ·  Worker copy / Copia del trabajador",
        accent=(150, 75, 0),
    )
    d.add_page()
    d.band(
        "NEUSE BEND SWEET POTATO FARMS, INC.",
        "5720 Old Goldsboro Road, Kenly, NC 27542  ·  (919) 555-0148  ·  H-2A Work Contract Summary",
        color=(150, 75, 0),
    )
    d.heading("PART A — WORK CONTRACT SUMMARY (ENGLISH)", size=11)
    d.bullets(
        [
            [
                "**Employer:**",
                "Neuse Bend Sweet Potato Farms, Inc., 5720 Old Goldsboro Road, Kenly, North "
                "Carolina 27542.",
            ],
            [
                "**Job:**",
                "Farmworker. Transplant sweet potato slips, hoe and pull weeds, hand-harvest sweet "
                "potatoes into buckets and dump them into field bins, and grade roots in the "
                "packing house.",
            ],
            [
                "**Requirements:**",
                "One month of experience hand-harvesting vegetables; able to lift 50 pounds "
                "repeatedly.",
            ],
            [
                "**Worksites:**",
                "The employer's farms near Kenly, Micro and Lucama, in Johnston and Wilson "
                "counties, North Carolina.",
            ],
            ["**Contract period:**", "May 11, 2026 through October 30, 2026."],
            [
                "**Hours:**",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.; Saturdays only when "
                "the harvest requires it.",
            ],
            [
                "**Pay rate:**",
                "$16.54 per hour, or $0.65 per 5/8-bushel bucket during harvest when that is more.",
            ],
            ["**Payday:**", "Every Thursday (weekly), by check."],
            [
                "**Pay statements:**",
                "An itemized statement of hours offered and worked, buckets, rates, deductions "
                "and net pay comes with every check.",
            ],
            [
                "**Deductions:**",
                "Taxes required by law and only the items listed in the Deduction Schedule on "
                "page 3.",
            ],
            [
                "**Three-fourths guarantee:**",
                "Work is offered for at least three-fourths of the workdays in the contract "
                "period, or the shortfall is paid.",
            ],
            [
                "**Housing:**",
                "Rent-free barracks at 5740 Old Goldsboro Road, Kenly (utilities: see page 3).",
            ],
            [
                "**Meals:**",
                "Free kitchen with stoves and refrigerators; an optional meal plan is described "
                "on page 3.",
            ],
            [
                "**Daily transportation:**",
                "Free bus from the barracks to the fields and back every workday.",
            ],
            [
                "**Trip to the job:**",
                "Bus from Monterrey arranged by the employer; the cost is shown on page 3.",
            ],
            [
                "**Trip home:**",
                "Paid by the employer for workers who finish the contract or are released early "
                "without cause.",
            ],
            [
                "**Tools:**",
                "Hoes, buckets, bins and rain gear are provided free; for knives and gloves, see "
                "page 3.",
            ],
            [
                "**Workers' compensation:**",
                "Policy NCF-WC-20931 with Coastal Plain Farm Mutual, paid by the employer.",
            ],
            [
                "**Leaving the job:**",
                "Five consecutive workdays of unexcused absence count as abandonment; a worker "
                "is dismissed for cause only after a written warning.",
            ],
        ]
    )
    d.add_page()
    d.heading("PARTE B — RESUMEN DEL CONTRATO DE TRABAJO (ESPAÑOL)", size=11, before=0)
    d.bullets(
        [
            [
                "**Empleador:**",
                "Neuse Bend Sweet Potato Farms, Inc., 5720 Old Goldsboro Road, Kenly, Carolina "
                "del Norte 27542.",
            ],
            [
                "**Trabajo:**",
                "Trabajador agrícola. Trasplantar guías de camote, azadonear y arrancar hierba, "
                "cosechar camote a mano en cubetas y vaciarlas en los bins, y clasificar camote en "
                "el empaque.",
            ],
            [
                "**Requisitos:**",
                "Un mes de experiencia en cosecha manual de hortalizas; poder cargar 50 libras "
                "una y otra vez.",
            ],
            [
                "**Lugares de trabajo:**",
                "Ranchos del empleador cerca de Kenly, Micro y Lucama, en los condados de "
                "Johnston y Wilson, Carolina del Norte.",
            ],
            ["**Periodo del contrato:**", "Del 11 de mayo al 30 de octubre de 2026."],
            [
                "**Horario:**",
                "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m.; sábados "
                "solo cuando la cosecha lo pida.",
            ],
            [
                "**Salario:**",
                "$16.54 por hora, o $0.65 por cubeta de 5/8 de bushel en la cosecha cuando "
                "resulte más.",
            ],
            ["**Día de pago:**", "Cada jueves (semanal), con cheque."],
            [
                "**Talón de pago:**",
                "Con cada cheque recibe un detalle de horas ofrecidas y trabajadas, cubetas, "
                "tarifas, descuentos y pago neto.",
            ],
            [
                "**Descuentos:**",
                "Los impuestos que exige la ley y solamente lo que aparece en la Tabla de "
                "Descuentos de la página 3.",
            ],
            [
                "**Garantía de tres cuartas partes:**",
                "Se ofrece trabajo por lo menos en tres cuartas partes de los días laborables "
                "del contrato, o se paga la diferencia.",
            ],
            [
                "**Vivienda:**",
                "Barracas sin renta en 5740 Old Goldsboro Road, Kenly (servicios: ver página 3).",
            ],
            [
                "**Comidas:**",
                "Cocina gratuita con estufas y refrigeradores; el plan de comidas opcional se "
                "explica en la página 3.",
            ],
            [
                "**Transporte diario:**",
                "Autobús gratis de las barracas a los campos y de regreso cada día de trabajo.",
            ],
            [
                "**Viaje de ida:**",
                "Autobús desde Monterrey organizado por el empleador; el costo aparece en la "
                "página 3.",
            ],
            [
                "**Viaje de regreso:**",
                "Lo paga el empleador a quien termine el contrato o sea despedido antes sin causa.",
            ],
            [
                "**Herramientas:**",
                "Azadones, cubetas, bins e impermeables se dan gratis; para cuchillos y guantes, "
                "ver página 3.",
            ],
            [
                "**Compensación al trabajador:**",
                "Póliza NCF-WC-20931 de Coastal Plain Farm Mutual, pagada por el empleador.",
            ],
            [
                "**Salida del trabajo:**",
                "Cinco días laborables seguidos de ausencia sin permiso cuentan como abandono; "
                "solo se despide por causa después de una advertencia por escrito.",
            ],
        ]
    )
    d.add_page(orientation="L")
    d.heading("PAGE 3 — DEDUCTION SCHEDULE  /  PÁGINA 3 — TABLA DE DESCUENTOS", size=11, before=0)
    d.para(
        "This schedule lists every cost connected with the job and who pays it. / Esta tabla "
        "indica cada costo relacionado con el trabajo y quién lo paga.",
        size=9,
    )
    w = (72, 42, 44, 84)
    d.grid(
        [
            (
                "U.S. visa fee / Cuota de visa",
                "$205.00",
                "Employer / Patrón",
                "Paid before the interview / Pagada antes de la cita",
            ),
            (
                "Border entry (I-94) / Entrada (I-94)",
                "$6.00",
                "Employer / Patrón",
                "Paid at the border / Pagada en la garita",
            ),
            (
                "Recruiter service / Servicio del reclutador",
                "—",
                "Employer / Patrón",
                "Never charged to workers / Nunca se cobra",
            ),
            FR(
                "travel_cost",
                (
                    "Bus Monterrey–Kenly / Autobús Monterrey–Kenly",
                    "$165.00",
                    "Worker / Trabajador",
                    "Deducted week 1, not refunded / Sin reembolso",
                ),
                165.0,
                "USD",
            ),
            ("Housing rent / Renta de vivienda", "$0.00", "—", "Free / Gratis"),
            FR(
                "housing_charge",
                (
                    "Electricity and propane / Luz y gas",
                    "$22.00 weekly / semanal",
                    "Worker / Trabajador",
                    "Payroll deduction / Descuento en nómina",
                ),
                22.0,
                "USD",
            ),
            FR(
                "equipment_charge",
                (
                    "Harvest knife and gloves / Cuchillo y guantes",
                    "$30.00 deposit / depósito",
                    "Worker / Trabajador",
                    "Returned at season end / Se devuelve al final",
                ),
                30.0,
                "USD",
            ),
            (
                "Optional meal plan* / Plan de comidas opcional*",
                "$13.50 daily / diario",
                "Worker if chosen / Si lo elige",
                "Payroll deduction / Descuento en nómina",
            ),
            (
                "Income tax / Impuesto sobre la renta",
                "If requested / Si lo pide",
                "Worker / Trabajador",
                "Written request / Solicitud por escrito",
            ),
        ],
        widths=w,
        header=("Item / Concepto", "Amount / Monto", "Paid by / Lo paga", "Notes / Notas"),
        head_fill=(245, 225, 200),
        size=8,
        lh=4,
        zebra=(250, 245, 238),
    )
    d.para(
        "* The meal plan is voluntary and its price is within the meal charge allowed by the "
        "U.S. Department of Labor for 2026. / El plan de comidas es voluntario y su precio está "
        "dentro del cargo por comidas que permite el Departamento de Trabajo para 2026.",
        size=8,
    )
    d.para(
        F(
            "damage_chargeback",
            "Company bins or crates that a worker breaks or loses will be charged to him at a "
            "replacement cost of $12.00 each.",
            12.0,
            "USD",
            group=1,
        ),
        size=9,
        after=0.6,
    )
    d.para(
        F(
            "damage_chargeback",
            "A quien rompa o pierda bins o cajas de la compañía se le cobrará su reposición a "
            "$12.00 cada uno.",
            12.0,
            "USD",
            group=1,
        ),
        size=9,
        style="I",
    )
    d.signatures(
        "Employer / Empleador: Harlan T. Byrd, President",
        "Worker / Trabajador: ______________________________",
        gap=12,
    )
    meta = dict(
        program="h2a",
        language="en+es",
        missing_terms=["wage_adjustment", "inbound_transportation", "contract_impossibility"],
        recruiters=[],
        traps=[
            "visa fee and I-94 paid by employer (payer column)",
            "recruiter service paid by employer, never charged",
            "housing rent $0.00 / free",
            "optional meal plan within the DOL cap (lawful h2a meal charge)",
            "income tax withheld on request",
            "free kitchen, free daily bus, free hoes and rain gear",
        ],
        doc_type="work_contract",
        layout="English summary page, Spanish summary page (bulleted key/value), landscape "
        "page 3 with a gridded deduction schedule having a 'Paid by' column",
    )
    return d, meta


@document
def ag04():
    """H-2A individual contract in Spanish with numbered CLÁUSULAS in a condensed font."""
    d = Doc(
        "h2a",
        font="dvc",
        size=9.8,
        footer_text="Contrato individual de trabajo por temporada  ·  Orden WA-2026-5518",
        accent=(20, 20, 20),
        margins=(20, 16, 20),
    )
    d.add_page()
    d.titleline("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", size=13, after=0.5)
    d.titleline(
        "Programa de trabajadores agrícolas temporales H-2A  ·  Orden de trabajo WA-2026-5518",
        size=9,
        style="",
        after=3,
    )
    d.para(
        "Celebran el presente contrato, por una parte, Naches Heights Fruit Company, LLC, con "
        "domicilio en 2205 Naches Heights Road, Yakima, Washington 98908, Estados Unidos de "
        "América, representada por su gerente de campo, el Sr. Dale Wiebe Ortega, a quien en lo "
        "sucesivo se le llamará EL EMPLEADOR; y por la otra el Sr. Rigoberto Anzures Melgar, "
        "originario de Tlapa de Comonfort, Guerrero, México, a quien se le llamará EL "
        "TRABAJADOR, al tenor de las siguientes:",
        after=2,
    )
    d.titleline("C L Á U S U L A S", size=10, after=1.5)
    clauses = [
        (
            "PRIMERA. Puesto y labores.",
            [
                "EL TRABAJADOR se contrata como trabajador agrícola de huerta para el raleo de "
                "manzana y pera, la cosecha a mano en bolsa de pizca, el acarreo y vaciado en "
                "bins, el cambio de escaleras y la limpieza de ramas caídas."
            ],
        ),
        (
            "SEGUNDA. Requisitos.",
            [
                "Se requiere haber trabajado por lo menos una temporada en la cosecha de fruta de "
                "árbol y poder subir escaleras de 12 pies con una carga de 18 kilos."
            ],
        ),
        (
            "TERCERA. Lugar de trabajo.",
            [
                "Las labores se realizan en las huertas de EL EMPLEADOR en Naches y en Tieton, "
                "condado de Yakima, Washington."
            ],
        ),
        (
            "CUARTA. Duración.",
            ["El contrato corre del 3 de agosto al 13 de noviembre de 2026."],
        ),
        (
            "QUINTA. Jornada.",
            [
                "Ocho horas diarias, de lunes a sábado, de 6:00 a 14:30 horas con media hora "
                "para comer, lo que suma 48 horas por semana."
            ],
        ),
        (
            "SEXTA. Salario y forma de pago.",
            [
                "EL EMPLEADOR pagará $19.82 dólares por hora, o $30.00 por bin de manzana cuando "
                "el pago por bin resulte mayor.",
                "El pago es semanal, cada jueves, y va acompañado de un talón que detalla las "
                "horas ofrecidas y trabajadas, los bins, la tarifa, cada descuento y el neto.",
            ],
        ),
        (
            "SÉPTIMA. Descuentos.",
            [
                "Solamente se descontarán los impuestos que EL TRABAJADOR solicite por escrito, "
                "las pensiones alimenticias ordenadas por un juez y los conceptos señalados en "
                "las cláusulas NOVENA, DÉCIMA y DECIMOCUARTA."
            ],
        ),
        (
            "OCTAVA. Garantía de tres cuartas partes.",
            [
                "EL EMPLEADOR ofrecerá trabajo por lo menos durante las tres cuartas partes de "
                "los días laborables del contrato, contadas en horas; si ofrece menos, pagará la "
                "diferencia."
            ],
        ),
        (
            "NOVENA. Vivienda.",
            [
                "EL TRABAJADOR ocupará sin pago de renta una litera en el Campamento Tieton, "
                "ubicado en 14100 Tieton Drive, Tieton, Washington 98947, inspeccionado por el "
                "Departamento de Salud del estado.",
                F(
                    "housing_charge",
                    "Al llegar, EL TRABAJADOR entregará un depósito de 40 dólares por el colchón, "
                    "la cobija y la llave del cuarto, que se le devolverá al final de la "
                    "temporada si no hay faltantes.",
                    40.0,
                    "USD",
                ),
            ],
        ),
        (
            "DÉCIMA. Alimentación.",
            [
                F(
                    "meal_charge",
                    "La cocina del campamento sirve tres comidas al día y su costo, $24.00 "
                    "diarios, se descuenta de cada cheque semanal; este servicio es obligatorio "
                    "para todos los residentes.",
                    24.0,
                    "USD",
                ),
            ],
        ),
        (
            "UNDÉCIMA. Viajes.",
            [
                "EL EMPLEADOR reembolsará el autobús de Tlapa a Yakima y los gastos de comida del "
                "trayecto cuando EL TRABAJADOR cumpla la mitad del contrato, o antes si la ley "
                "federal lo exige.",
                "Si EL TRABAJADOR termina el contrato, o es despedido antes sin causa, EL "
                "EMPLEADOR le paga el regreso hasta Tlapa.",
            ],
        ),
        (
            "DUODÉCIMA. Herramientas.",
            ["Escaleras, bolsas de pizca, guantes y tijeras se entregan sin costo y sin depósito."],
        ),
        (
            "DECIMOTERCERA. Riesgos de trabajo.",
            [
                "EL TRABAJADOR queda cubierto por el seguro de compensación de trabajadores del "
                "Departamento de Trabajo e Industrias de Washington, cuenta 601-882-14, cuyo "
                "costo cubre EL EMPLEADOR."
            ],
        ),
        (
            "DECIMOCUARTA. Reglas del campamento.",
            [
                F(
                    "movement_restriction",
                    "Entre las 21:00 y las 5:30 horas ningún trabajador podrá salir del "
                    "campamento, y las salidas al pueblo en domingo requieren permiso por escrito "
                    "del mayordomo.",
                ),
                F(
                    "damage_chargeback",
                    "Las ventanas, puertas o muebles que resulten dañados por descuido del "
                    "residente se repararán a su costa mediante descuento en nómina.",
                ),
                "Se prohíbe introducir bebidas alcohólicas a los dormitorios.",
            ],
        ),
        (
            "DECIMOQUINTA. Terminación.",
            [
                "Si EL TRABAJADOR falta cinco días hábiles seguidos sin permiso, se entenderá que "
                "abandonó el empleo y EL EMPLEADOR lo notificará a las autoridades dentro de dos "
                "días hábiles.",
                "EL TRABAJADOR solo podrá ser despedido por causa justificada, comunicada por "
                "escrito.",
            ],
        ),
        (
            "DECIMOSEXTA. Imposibilidad de cumplir.",
            [
                "Si una helada, granizada, incendio u otro desastre natural hace imposible "
                "continuar el trabajo, EL EMPLEADOR podrá dar por terminado el contrato con "
                "autorización del Departamento de Trabajo, y pagará la garantía de tres cuartas "
                "partes hasta esa fecha y el viaje de regreso."
            ],
        ),
        (
            "DECIMOSÉPTIMA. Cobros prohibidos.",
            [
                "Ninguna persona puede cobrarle a EL TRABAJADOR por darle este empleo.",
                "La visa y el permiso de entrada los paga EL EMPLEADOR.",
                "EL TRABAJADOR conserva en todo momento su pasaporte.",
            ],
        ),
    ]
    for lead, parts in clauses:
        d.para(*parts, lead=lead, after=1.3)
    d.para(
        "Leído que fue el presente contrato y enteradas las partes de su contenido, lo firman "
        "en Tlapa de Comonfort, Guerrero, el 2 de julio de 2026.",
        after=1,
    )
    d.signatures(
        "EL EMPLEADOR\nDale Wiebe Ortega, gerente de campo",
        "EL TRABAJADOR\nRigoberto Anzures Melgar",
    )
    meta = dict(
        program="h2a",
        language="es",
        missing_terms=["wage_adjustment", "daily_transportation"],
        recruiters=[],
        traps=[
            "rent-free bunk (the bedding deposit is the finding, not the housing)",
            "tools free, no deposit",
            "workers' compensation paid by employer",
            "visa and entry permit paid by employer",
            "worker keeps passport",
            "nobody may charge for the job",
            "abandonment notice to authorities is lawful, not blacklisting",
        ],
        doc_type="work_contract",
        layout="condensed font, Letter; notarial-style contract with CLÁUSULAS PRIMERA to "
        "DECIMOSÉPTIMA; signature lines",
    )
    return d, meta


@document
def ag05():
    """H-2B job order, English, compliant; summary grid, then a two-column obligations page."""
    d = Doc(
        "h2b",
        font="noto",
        size=9,
        footer_text="Cypress Hollow Golf Club, LLC  ·  H-2B job order  ·  ETA case H-400-26012-552790",
        accent=(20, 70, 110),
    )
    d.add_page()
    d.set_y(0)
    d.band(
        "CYPRESS HOLLOW GOLF CLUB",
        "H-2B Job Order  ·  Landscaping and Groundskeeping Workers (SOC 37-3011)  ·  Season 2026",
        color=(20, 70, 110),
        height=22,
    )
    d.para(
        "Cypress Hollow Golf Club, LLC is seeking 12 temporary grounds crew workers for its "
        "18-hole course in the Texas Hill Country.",
        "This job order states the terms that apply to every worker hired for these positions, "
        "including U.S. workers.",
        after=2.5,
    )
    d.grid(
        [
            (
                "Employer",
                "Cypress Hollow Golf Club, LLC, 880 Fairway Bend Drive, Kerrville, Texas 78028. "
                "Phone (830) 555-0126.",
            ),
            ("Openings", "12 Grounds Crew Workers"),
            (
                "Duties",
                "Mow greens, tees and fairways with walk-behind and riding mowers; rake bunkers; "
                "repair divots and ball marks; hand-water dry spots; edge and trim along cart "
                "paths; help the superintendent with fertilizer application and aeration. On "
                "weekend shifts, staff the starter booth and collect green fees and cart rental "
                "fees from golfers.",
            ),
            (
                "Requirements",
                "Three months of experience in groundskeeping or landscaping. Able to lift 50 "
                "pounds and to work outdoors in summer heat. No license is required.",
            ),
            (
                "Worksite",
                "Cypress Hollow Golf Club, 880 Fairway Bend Drive, Kerrville, TX 78028, and the "
                "Club's practice range at 1010 Fairway Bend Drive.",
            ),
            ("Period", "March 2, 2026 through November 30, 2026"),
            (
                "Hours",
                "40 hours per week: Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute "
                "unpaid lunch. A weekend shift, when scheduled, replaces a weekday.",
            ),
            ("Wage", "$16.42 per hour"),
            (
                "Overtime",
                "$24.63 per hour for all hours over 40 in a workweek. Overtime is available but "
                "not guaranteed.",
            ),
            ("Paydays", "Every other Friday (biweekly), by direct deposit or check"),
            (
                "Meals",
                "Free box lunch on tournament days; the staff break room has a microwave and "
                "refrigerator.",
            ),
            (
                "Housing",
                "Not provided. The Club gives every worker a list of rentals near Kerrville and "
                "runs a free Saturday shuttle to the grocery store.",
            ),
        ],
        widths=(32, 146),
        header=("Term", "Details"),
        head_fill=(205, 222, 238),
        bold_first=True,
        size=8.6,
    )
    d.para(
        "Apply through the Texas Workforce Commission office in Kerrville, or contact Wade "
        "Lindqvist, Golf Course Superintendent, at (830) 555-0126.",
        "The Club's obligations to workers are set out on the next page.",
        size=8.6,
    )

    d.add_page()
    d.heading("WHAT THE CLUB PROMISES ITS WORKERS", size=11.5, before=0, after=2)
    sections = [
        (
            "Highest wage.",
            "The Club pays at least the highest of the prevailing wage, the federal minimum "
            "wage and the Texas minimum wage for every hour worked. If the Department of Labor "
            "issues a higher prevailing wage during the contract, the higher wage is paid from "
            "its effective date.",
        ),
        (
            "Three-fourths guarantee.",
            "In each 12-week period of the contract (6-week period, if the contract is shorter "
            "than 120 days), the Club offers each worker at least 30 hours of work per week on "
            "average, which is three-fourths of the workdays counted in hours. If it offers "
            "fewer hours, it pays the amount the worker would have earned.",
        ),
        (
            "Earnings statements.",
            "Each payday the worker receives a statement showing hours offered and worked, the "
            "hourly and overtime rates, gross pay, each deduction and its reason, and net pay.",
        ),
        (
            "Deductions.",
            "Only federal income tax, Social Security and Medicare required by law, "
            "court-ordered garnishments, and deductions a worker authorizes in writing for his "
            "own benefit, such as a voluntary transfer to a savings account. Nothing is "
            "deducted for tools, uniforms or transportation.",
        ),
        (
            "Travel to Kerrville.",
            "In the first workweek the Club reimburses the bus fare from the worker's home "
            "town to Kerrville, with reasonable meals and lodging on the way.",
        ),
        (
            "Visa costs.",
            "The visa fee, visa processing charges and border crossing fees a worker pays are "
            "reimbursed in full in the first workweek. A worker may also ask the Club to pay "
            "them in advance.",
        ),
        (
            "Return trip.",
            "A worker who completes the contract, or who is dismissed early for a reason other "
            "than cause, receives the bus fare and travel meals back to his home town.",
        ),
        (
            "Tools and gear.",
            "Mowers, trimmers, rakes, hand tools, safety glasses, hearing protection and Club "
            "uniform shirts are provided at no charge and with no deposit.",
        ),
        (
            "Quitting and dismissal.",
            "A worker who misses five consecutive workdays without the Club's consent is "
            "treated as having abandoned the job, and the Club notifies the Department of "
            "Labor and USCIS within two workdays. Dismissal for cause follows the written "
            "disciplinary steps in the staff manual.",
        ),
        (
            "Early end of the contract.",
            "If a fire, flood, drought order or other event beyond the Club's control closes the "
            "course and makes the work impossible, the Club may end the contract with the "
            "Department of Labor's approval. It then pays the three-fourths guarantee up to "
            "that date and the return trip home.",
        ),
        (
            "Recruitment.",
            "The Club hires through Ruta del Sol Staffing Group, S.A. de C.V., in San Luis "
            "Potosí, and pays all of its charges. Neither the Club nor Ruta del Sol asks "
            "workers for anything to be hired, and the Club's agreement with Ruta del Sol "
            "forbids it.",
        ),
        (
            "Documents.",
            "Workers keep their own passports, visas and identity documents.",
        ),
        (
            "No retaliation.",
            "No worker will be disciplined, blacklisted or refused rehire for asking about pay, "
            "filing a complaint, or talking with a lawyer or a union.",
        ),
        (
            "Copy of this order.",
            "Each worker receives this job order in Spanish or English, as he prefers, before "
            "applying for the visa.",
        ),
    ]
    with d.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.22, balance=True
    ) as cols:
        for lead, body in sections:
            with cols.paragraph(bottom_margin=2.2) as par:
                d.set_font("noto", "B", 9)
                par.write(lead + " ")
                d.set_font("noto", "", 9)
                par.write(body)
    d.set_font("noto", "", 9)
    d.signatures(
        "Wade Lindqvist, Golf Course Superintendent, for the Club",
        "Worker: ______________________________",
        gap=14,
    )
    meta = dict(
        program="h2b",
        language="en",
        missing_terms=[],
        recruiters=["Ruta del Sol Staffing Group, S.A. de C.V."],
        traps=[
            "'collect green fees and cart rental fees from golfers' is a job duty (charges to "
            "customers)",
            "'fertilizer application' is a job task",
            "visa fees reimbursed in the first workweek",
            "inbound bus, meals and lodging reimbursed",
            "tools, gear and uniforms free, no deposit",
            "recruiter paid by the Club; nothing asked of workers",
            "free box lunch",
            "no blacklisting for complaints",
        ],
        doc_type="job_order",
        layout="colored header band; gridded two-column terms table on page 1; page 2 set in "
        "two text columns",
    )
    return d, meta


@document
def ag06():
    """H-2B seasonal staff handbook (English) with shaded note boxes."""
    d = Doc(
        "h2b",
        font="lib",
        size=9.8,
        footer_text="Pelican Point Seafood Processors, Inc.  ·  Seasonal Team Member Handbook 2026",
        header_text="PELICAN POINT SEAFOOD  ·  HANDBOOK",
        accent=(0, 96, 110),
    )
    d.add_page()
    d.set_font("libs", "B", 20)
    d.set_text_color(0, 96, 110)
    d.multi_cell(
        0, 9, "Seasonal Team Member Handbook", new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L"
    )
    d.set_font("libs", "I", 11)
    d.set_text_color(70, 70, 70)
    d.multi_cell(
        0,
        5.5,
        "Pelican Point Seafood Processors, Inc.  ·  2026 blue crab season  ·  H-2B program",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.para(
        "Welcome to Pelican Point!",
        "This handbook explains how we work, how you are paid and what we expect of you during "
        "the season.",
        "Please keep it with you and ask your line lead about anything that is not clear.",
    )
    d.heading("1. About us and your job")
    d.para(
        "Pelican Point Seafood Processors, Inc. cooks, picks, packs and ships blue crab meat "
        "from its plant at 1402 Bayou Lafourche Road, Golden Meadow, Louisiana 70357, where all "
        "of the work under this handbook is done.",
    )
    d.para(
        "You are hired as a crab meat picker (Meat, Poultry and Fish Cutters and Trimmers, SOC "
        "51-3022).",
        "Pickers separate lump, backfin and claw meat from steamed blue crabs by hand, pack it "
        "into one-pound containers, weigh and label the containers, and clean their stations at "
        "the end of the shift.",
        "Some team members also feed live crabs into the steam cooker and sort shells for the "
        "compost contractor.",
    )
    d.para(
        "No previous experience is needed.",
        "Team members must be able to stand for a full shift in a room kept at about 45 °F and "
        "to pass the plant's hand-hygiene check on the first day.",
        lead="Requirements.",
    )
    d.para("The season runs from April 6, 2026 to October 23, 2026.", lead="Season.")
    d.heading("2. Hours and pay")
    d.bullets(
        [
            "Scheduled hours are 40 per week: Monday to Friday, 5:00 a.m. to 1:30 p.m., with a "
            "30-minute meal break.",
            "Pay is $15.16 per hour, or $2.90 per pound of picked meat whenever the pound rate "
            "comes to more for the week.",
            "If the Department of Labor publishes a higher prevailing wage during the season, "
            "the higher rate applies from its effective date.",
            "Hours over 40 in a workweek are paid at time and a half, $22.74 per hour.",
            "Paychecks are issued every other Friday.",
            "Your pay stub lists the hours offered and worked, pounds picked, rates, each "
            "deduction and your net pay.",
            "For every 6-week period of the season we offer you work for at least three-fourths "
            "of the workdays, counted in hours; if we offer less, we pay you the difference.",
        ]
    )
    d.para(
        "The following are taken out of pay: federal income tax, Social Security and Medicare as "
        "the law requires; bunkhouse rent and canteen lunches (Section 3); and the season "
        "set-aside (Section 4).",
        lead="Deductions.",
    )
    d.heading("3. Housing and meals")
    d.para(
        "Team members may live in town or in the company bunkhouse at 1420 Bayou Lafourche "
        "Road, next to the plant.",
        F(
            "housing_charge",
            "Beds in the company bunkhouse are rented at $110.00 per pay period, deducted "
            "automatically.",
            110.0,
            "USD",
        ),
    )
    d.para(
        F(
            "meal_charge",
            "Lunch in the break-room canteen costs nine dollars a day, and it is deducted from "
            "every paycheck whether or not the meal is eaten.",
            9.0,
            "USD",
        ),
        "Coffee and ice water are free all day in the break room.",
    )
    d.box(
        "Laundry machines in the bunkhouse are free to use.",
        "Quiet hours are 9:00 p.m. to 4:00 a.m. so that the early shift can sleep; you may come "
        "and go as you like.",
        title="Good to know.",
    )
    d.heading("4. Season set-aside and leaving early")
    d.para(
        "We want our crews to stay with us through the fall.",
        F(
            "wage_withholding",
            "One dollar and fifty cents of every hour worked is set aside by the company and "
            "paid out in a lump sum only to team members who finish the season.",
            1.5,
            "USD",
        ),
        F(
            "breach_penalty",
            "A team member who leaves before October 23 gives up that balance and must also "
            "repay two weeks' pay as a replacement charge.",
        ),
    )
    d.heading("5. Travel and visas")
    d.para(
        "We reimburse your bus ticket from your home town to Golden Meadow, plus meals and "
        "lodging on the way, in your first workweek.",
        lead="Coming here.",
    )
    d.para(
        F(
            "visa_cost",
            "The $205 consular visa fee is the team member's own expense and is not repaid by "
            "Pelican Point.",
            205.0,
            "USD",
        ),
        lead="Visa.",
    )
    d.para(
        "If you finish the season, or we let you go early for a reason other than misconduct, "
        "the company buys your bus ticket home.",
        lead="Going home.",
    )
    d.heading("6. Equipment and safety")
    d.para(
        "Rubber boots, aprons, hairnets, cut-resistant gloves and picking knives are issued free "
        "and replaced free when worn out.",
        "Your first-day safety orientation is paid time at your regular rate.",
    )
    d.heading("7. Conduct and ending employment")
    d.para(
        "Missing five consecutive scheduled shifts without calling the office is job "
        "abandonment, which we must report to the Department of Labor and to USCIS.",
        "Team members may be dismissed for cause, such as theft, fighting or working under the "
        "influence, after the plant manager hears their side.",
    )
    d.heading("8. Your rights")
    d.box(
        "Nobody at Pelican Point, and no recruiter, may charge you for your job.",
        "You keep your own passport and visa.",
        "You may talk with anyone you choose, including a lawyer or a labor organization, about "
        "your pay and working conditions, without any penalty.",
        title="Your rights at work.",
        fill=(235, 245, 238),
    )
    d.para(
        "I received this handbook in a language I understand.",
        "Signature: __________________________   Date: ____________",
        size=9,
    )
    meta = dict(
        program="h2b",
        language="en",
        missing_terms=["visa_reimbursement", "contract_impossibility"],
        recruiters=[],
        traps=[
            "'feed live crabs into the steam cooker' is a job task",
            "free coffee and ice water ('coffee' contains 'fee')",
            "free laundry; quiet hours with freedom to come and go (not a curfew)",
            "gear and knives issued free",
            "paid safety orientation (not a training charge)",
            "inbound bus, meals and lodging reimbursed in first workweek",
            "nobody may charge for the job; worker keeps passport",
            "abandonment report to DOL/USCIS is lawful, not blacklisting",
        ],
        doc_type="employee_handbook",
        layout="handbook: large serif title, numbered sections, bullet list, shaded note boxes, "
        "running header and footer",
    )
    return d, meta


@document
def ag07():
    """Nepal to Qatar employment agreement: parties grid, numbered articles, cost annex."""
    d = Doc(
        "generic",
        fmt="A4",
        font="libs",
        size=10,
        footer_text="Employment Agreement  ·  Himal Crest Manpower Pvt. Ltd. / Al Wakra Facility Services W.L.L.",
        accent=(0, 0, 0),
    )
    d.add_page()
    d.titleline("EMPLOYMENT AGREEMENT", size=15, after=0.5)
    d.titleline("(Foreign Employment  ·  State of Qatar)", size=10.5, style="I", after=3)
    d.grid(
        [
            (
                "Employer",
                "Al Wakra Facility Services W.L.L., Building 17, Street 940, Zone 91, Al Wakra, "
                "State of Qatar (Commercial Registration No. 88417)",
            ),
            (
                "Recruiting agency",
                "Himal Crest Manpower Pvt. Ltd., Gaushala, Kathmandu, Nepal (Department of "
                "Foreign Employment licence No. 1187/074/75)",
            ),
            (
                "Worker",
                "Mr. Dil Bahadur Tamang, son of Mr. Kancha Tamang, of Melamchi Municipality, "
                "Sindhupalchok, Nepal; Passport No. 11043382",
            ),
        ],
        widths=(40, 134),
        bold_first=True,
        size=9.5,
        borders="HORIZONTAL_LINES",
    )
    d.para(
        "The parties named above agree to the following terms, which the Worker has read in "
        "Nepali and in English.",
        after=2,
    )
    arts = [
        (
            "Article 1. Position.",
            [
                "The Worker is employed as a Cleaner (Facility Attendant) to clean offices, "
                "washrooms, corridors and car parks at the Employer's client sites, operate floor "
                "scrubbers, collect and bag waste, and restock consumables."
            ],
        ),
        (
            "Article 2. Place of work.",
            [
                "Client sites of the Employer in Al Wakra and Doha, State of Qatar, as assigned by "
                "the site supervisor."
            ],
        ),
        (
            "Article 3. Duration.",
            [
                "Two (2) years from the date of the Worker's arrival in Qatar.",
                "The expected date of arrival is 15 June 2026.",
            ],
        ),
        (
            "Article 4. Working hours.",
            [
                "Eight (8) hours a day and six (6) days a week, with Friday as the weekly rest "
                "day.",
                "Overtime is paid as required by the Labour Law of Qatar (Law No. 14 of 2004).",
            ],
        ),
        (
            "Article 5. Salary.",
            [
                "A basic salary of QAR 1,000 (one thousand Qatari riyals) per month and a food "
                "allowance of QAR 300 per month.",
                "Accommodation is provided free of charge by the Employer in its labour camp at "
                "Birkat Al Awamer.",
            ],
        ),
        (
            "Article 6. Payment.",
            [
                "The salary is paid monthly, not later than the 7th day of the following month, "
                "by bank transfer through the Wage Protection System."
            ],
        ),
        (
            "Article 7. Travel.",
            [
                "The Employer provides the air ticket from Kathmandu to Doha and, at the end of "
                "the contract, a return air ticket from Doha to Kathmandu."
            ],
        ),
        (
            "Article 8. Visa and medical examination.",
            [
                "The Qatar work visa, the residence permit (QID) and the medical examinations in "
                "Nepal and in Qatar are paid by the Employer."
            ],
        ),
        (
            "Article 9. Accommodation and conduct.",
            [
                "The Worker shall keep his room clean and obey the camp rules.",
                F(
                    "movement_restriction",
                    "The Worker shall not leave the company accommodation after 22:00 hours or "
                    "on the weekly rest day without a gate pass signed by the camp boss.",
                ),
            ],
        ),
        (
            "Article 10. Documents.",
            [
                F(
                    "document_retention",
                    "The Employer shall hold the Worker's passport and QID card in its HR office "
                    "for safekeeping until the end of the contract.",
                ),
            ],
        ),
        (
            "Article 11. Termination.",
            [
                "Either party may end this agreement by giving one month's written notice.",
                "The Employer may dismiss the Worker without notice only for the reasons listed "
                "in Article 61 of the Labour Law.",
                F(
                    "breach_penalty",
                    "If the Worker resigns, absconds or transfers to another employer before "
                    "completing twenty-four months, three months' basic salary shall be deducted "
                    "from his dues as liquidated damages.",
                ),
            ],
        ),
        (
            "Article 12. End-of-service gratuity.",
            [
                "At the end of service the Worker receives a gratuity of three weeks' basic "
                "salary for each year of service."
            ],
        ),
        (
            "Article 13. Recruitment costs.",
            [
                "Under the free visa, free ticket policy of the Government of Nepal, the Employer "
                "bears the visa and the air ticket.",
                "The other pre-departure costs, and who pays each of them, are set out in Annex "
                "A, which forms part of this agreement.",
            ],
        ),
        (
            "Article 14. Disputes.",
            [
                "Disputes are referred first to the Employer's HR office, then to the Labour "
                "Dispute Settlement Committee of Qatar, and the Worker may also contact the "
                "Embassy of Nepal in Doha."
            ],
        ),
    ]
    for lead, parts in arts:
        d.para(*parts, lead=lead, after=1.2)
    d.signatures(
        "For the Employer: Faisal Hamad Al-Marri\nFor the Agency: Rajendra Prasad Lamichhane",
        "Worker: Dil Bahadur Tamang\n(signature or thumbprint)",
        gap=12,
    )
    d.add_page()
    d.titleline("ANNEX A  ·  PRE-DEPARTURE COST SHEET", size=12.5, after=1)
    d.para(
        "This sheet is signed together with the Employment Agreement.",
        "Amounts are stated in Nepalese rupees (NPR).",
        size=10,
        after=2.5,
    )
    d.grid(
        [
            ("Qatar work visa and QID", "—", "Employer"),
            ("Air ticket Kathmandu–Doha", "—", "Employer"),
            ("Medical examination (Kathmandu)", "—", "Employer"),
            ("Pre-departure orientation (2 days)", "—", "Employer"),
            FR(
                "recruitment_fee",
                ("Agency service charge (documentation)", "NPR 145,000", "Worker"),
                145000.0,
                "NPR",
            ),
            FR(
                "insurance_cost",
                ("Life insurance premium (compulsory)", "NPR 3,960", "Worker"),
                3960.0,
                "NPR",
            ),
            ("Return air ticket Doha–Kathmandu", "—", "Employer"),
        ],
        widths=(92, 42, 40),
        header=("Item", "Amount", "Paid by"),
        size=10,
        lh=5.5,
    )
    d.para(
        "The Worker declares that he has received a copy of this Annex and of the Employment "
        "Agreement in Nepali.",
        size=10,
    )
    d.signatures(
        "Agency stamp and signature",
        "Worker: Dil Bahadur Tamang",
        gap=14,
    )
    meta = dict(
        program="generic",
        language="en",
        missing_terms=["deductions"],
        recruiters=["Himal Crest Manpower Pvt. Ltd."],
        traps=[
            "'free visa, free ticket' policy: visa and ticket paid by the employer",
            "employer pays visa, QID, medical examinations and orientation (payer column)",
            "free accommodation in the labour camp; food allowance paid to the worker",
            "'end-of-service gratuity' is a benefit, 'service' is not a fee",
            "return air ticket paid by the employer",
        ],
        doc_type="employment_agreement",
        layout="A4, serif; parties grid with horizontal rules; numbered articles; Annex A cost "
        "sheet with a 'Paid by' column on page 2",
    )
    return d, meta


@document
def ag08():
    """H-2B forestry contract, each clause in English then Spanish; recruiter addendum."""
    d = Doc(
        "h2b",
        font="dv",
        size=8.8,
        footer_text="Ocoee Ridge Forestry Services, LLC  ·  H-2B 2026  ·  Contract / Contrato",
        accent=(60, 90, 30),
    )
    es_color = (60, 60, 60)

    def bi(num, en_title, en, es_title, es):
        if d.get_y() > d.h - 30:
            d.add_page()
        d.para(*en, lead="%s. %s" % (num, en_title), after=0.7)
        d.para(*es, lead="%s. %s" % (num, es_title), style="I", color=es_color, after=2.2)

    d.add_page()
    d.titleline("WORK CONTRACT — H-2B FORESTRY CREW 2026", size=12.5, after=0)
    d.titleline("CONTRATO DE TRABAJO — CUADRILLA FORESTAL H-2B 2026", size=11, style="BI", after=3)
    d.para(
        "Each clause is written first in English and then in Spanish; both versions have the "
        "same force. / Cada cláusula aparece primero en inglés y luego en español; ambas "
        "versiones valen lo mismo.",
        size=8.2,
        after=2.5,
    )
    bi(
        "1",
        "Employer.",
        [
            "Ocoee Ridge Forestry Services, LLC, 77 Chestnut Gap Road, Blairsville, Georgia "
            "30512, telephone (706) 555-0181."
        ],
        "Empleador.",
        [
            "Ocoee Ridge Forestry Services, LLC, 77 Chestnut Gap Road, Blairsville, Georgia "
            "30512, teléfono (706) 555-0181."
        ],
    )
    bi(
        "2",
        "Job.",
        [
            "Forest and Conservation Worker (SOC 45-4011).",
            "Crew members plant pine and hardwood seedlings by hand with a planting bar, carry "
            "seedling bags of up to 40 pounds over steep ground, and clear brush around planted "
            "rows with hand tools.",
        ],
        "Puesto.",
        [
            "Trabajador forestal y de conservación (SOC 45-4011).",
            "Los miembros de la cuadrilla plantan a mano arbolitos de pino y de madera dura con "
            "barra plantadora, cargan bolsas de plántulas de hasta 40 libras en terreno "
            "empinado y limpian la maleza alrededor de las hileras con herramientas de mano.",
        ],
    )
    bi(
        "3",
        "Work sites.",
        [
            "Timber tracts in Union and Fannin counties, Georgia, and in Polk County, Tennessee, "
            "following the itinerary attached to the job order."
        ],
        "Lugares de trabajo.",
        [
            "Terrenos madereros en los condados de Union y Fannin, Georgia, y en el condado de "
            "Polk, Tennessee, según el itinerario anexo a la orden de trabajo."
        ],
    )
    bi(
        "4",
        "Period.",
        ["From January 12, 2026 to May 8, 2026."],
        "Periodo.",
        ["Del 12 de enero al 8 de mayo de 2026."],
    )
    bi(
        "5",
        "Hours.",
        [
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a half-hour "
            "unpaid lunch; rain days may be made up on Saturday."
        ],
        "Horario.",
        [
            "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m., con media "
            "hora de comida sin pago; los días de lluvia se pueden reponer el sábado."
        ],
    )
    bi(
        "6",
        "Pay.",
        [
            "$18.02 per hour.",
            "If a higher prevailing wage is issued during the contract, the higher wage is paid "
            "from its effective date.",
            "Hours above 40 in a workweek are paid at $27.03 per hour.",
            "Wages are paid every Friday (weekly).",
        ],
        "Salario.",
        [
            "$18.02 por hora.",
            "Si durante el contrato se publica un salario prevaleciente mayor, se paga el mayor "
            "desde su fecha de vigencia.",
            "Las horas que pasen de 40 en una semana se pagan a $27.03 por hora.",
            "El pago es cada viernes (semanal).",
        ],
    )
    bi(
        "7",
        "Deductions.",
        [
            "Only federal and state taxes required by law and deductions the worker authorizes in "
            "writing for his own benefit."
        ],
        "Descuentos.",
        [
            "Solo los impuestos federales y estatales que exige la ley y los descuentos que el "
            "trabajador autorice por escrito en su propio beneficio."
        ],
    )
    bi(
        "8",
        "Guarantee.",
        [
            "The employer offers work for at least three-fourths of the workdays in each 12-week "
            "period of the contract, counted in hours, or pays the difference."
        ],
        "Garantía.",
        [
            "El empleador ofrece trabajo por lo menos en tres cuartas partes de los días "
            "laborables de cada periodo de 12 semanas del contrato, contadas en horas, o paga la "
            "diferencia."
        ],
    )
    bi(
        "9",
        "Travel and visa.",
        [
            "Ocoee Ridge reimburses, in the first workweek, the inbound bus fare and meals on "
            "the road as well as the visa and border crossing fees, and pays the bus home at the "
            "end of the contract."
        ],
        "Viaje y visa.",
        [
            "Ocoee Ridge reembolsa en la primera semana de trabajo el autobús de ida y las "
            "comidas del camino, así como la visa y el cruce fronterizo, y paga el autobús de "
            "regreso al terminar el contrato."
        ],
    )
    bi(
        "10",
        "Tools and lodging.",
        [
            "Planting bars, seedling bags, hard hats, gloves and rain gear are provided free of "
            "charge.",
            "Motel rooms near each tract are also provided free, two workers to a room.",
        ],
        "Herramientas y hospedaje.",
        [
            "Barras plantadoras, bolsas, cascos, guantes e impermeables se dan sin costo.",
            "También se dan gratis cuartos de motel cerca de cada terreno, dos trabajadores por "
            "cuarto.",
        ],
    )
    bi(
        "11",
        "Ending the contract.",
        [
            "A worker who misses five consecutive workdays without permission is considered to "
            "have abandoned the job.",
            "If wildfire, an ice storm or a government order makes the work impossible, the "
            "employer may end the contract early with the Department of Labor's approval, "
            "paying the guarantee up to that date and the bus home.",
        ],
        "Terminación.",
        [
            "El trabajador que falte cinco días laborables seguidos sin permiso se considera que "
            "abandonó el trabajo.",
            "Si un incendio forestal, una tormenta de hielo o una orden del gobierno hace "
            "imposible el trabajo, el empleador puede terminar antes el contrato con aprobación "
            "del Departamento de Trabajo, pagando la garantía hasta esa fecha y el autobús de "
            "regreso.",
        ],
    )
    d.signatures(
        "Employer / Empleador: Curtis L. Haney, Owner",
        "Worker / Trabajador: ______________________________",
        gap=12,
    )

    d.add_page()
    d.titleline("ADDENDUM — RECRUITMENT ARRANGEMENTS", size=12, after=0)
    d.titleline("ANEXO — ARREGLOS DE RECLUTAMIENTO", size=11, style="BI", after=2)
    d.para(
        "Issued by Reclutadora Montaña Verde de Michoacán, S.C., Calle Independencia 58, "
        "Uruapan, Michoacán, recruiting agent for Ocoee Ridge. / Emitido por Reclutadora Montaña "
        "Verde de Michoacán, S.C., Calle Independencia 58, Uruapan, Michoacán, agente "
        "reclutador de Ocoee Ridge.",
        size=8.6,
        after=2.5,
    )
    bi(
        "A1",
        "Recruiting work.",
        ["Ocoee Ridge pays Reclutadora Montaña Verde for its recruiting work."],
        "Trabajo de reclutamiento.",
        ["Ocoee Ridge le paga a Reclutadora Montaña Verde por su trabajo de reclutamiento."],
    )
    bi(
        "A2",
        "Registration.",
        [
            F(
                "recruitment_fee",
                "A registration contribution of USD 350 is paid in cash to the local "
                "coordinator, Mr. Fausto Irepan, when the worker hands in his documents.",
                350.0,
                "USD",
                group=1,
            )
        ],
        "Registro.",
        [
            F(
                "recruitment_fee",
                "Una contribución de registro de 350 dólares se entrega en efectivo al "
                "coordinador local, el Sr. Fausto Irepan, cuando el trabajador entrega sus "
                "documentos.",
                350.0,
                "USD",
                group=1,
            )
        ],
    )
    bi(
        "A3",
        "Insurance.",
        [
            F(
                "insurance_cost",
                "Every worker must buy the travel and repatriation insurance sold by the "
                "recruiter, at USD 120, before boarding the bus.",
                120.0,
                "USD",
                group=2,
            )
        ],
        "Seguro.",
        [
            F(
                "insurance_cost",
                "Todo trabajador debe comprar el seguro de viaje y repatriación que vende el "
                "reclutador, de 120 dólares, antes de subir al autobús.",
                120.0,
                "USD",
                group=2,
            )
        ],
    )
    bi(
        "A4",
        "Training.",
        [
            F(
                "training_cost",
                "The two-day tree-planting course in Uruapan is compulsory and costs each "
                "worker $75.00.",
                75.0,
                "USD",
                group=3,
            )
        ],
        "Capacitación.",
        [
            F(
                "training_cost",
                "El curso de plantación de dos días en Uruapan es obligatorio y le cuesta "
                "$75.00 a cada trabajador.",
                75.0,
                "USD",
                group=3,
            )
        ],
    )
    bi(
        "A5",
        "Conduct.",
        [
            F(
                "blacklisting_threat",
                "Any crew member who complains to the Department of Labor or to outside groups "
                "will be placed on the company's do-not-return list.",
                group=4,
            )
        ],
        "Conducta.",
        [
            F(
                "blacklisting_threat",
                "Cualquier miembro de la cuadrilla que se queje ante el Departamento de Trabajo "
                "o ante grupos de afuera será puesto en la lista de no regreso de la empresa.",
                group=4,
            )
        ],
    )
    d.signatures(
        "Reclutadora Montaña Verde de Michoacán, S.C.\nLic. Ofelia Tapia Herrera",
        "Worker / Trabajador: ______________________________",
        gap=14,
    )
    meta = dict(
        program="h2b",
        language="en+es",
        missing_terms=["earnings_statements", "job_requirements"],
        recruiters=["Reclutadora Montaña Verde de Michoacán, S.C.", "Fausto Irepan"],
        traps=[
            "employer pays the recruiter for its recruiting work (third party pays)",
            "inbound bus, visa and border fees reimbursed in first workweek",
            "tools and motel rooms free",
        ],
        doc_type="work_contract",
        layout="each clause in English then Spanish (italic grey); recruiter addendum on the "
        "last page with bilingual findings",
    )
    return d, meta


@document
def ag09():
    """Canadian greenhouse offer letter in Spanish to a Guatemalan worker; compliant."""
    d = Doc(
        "generic",
        font="lib",
        size=9.8,
        footer_text="Lakeshore Bloom Greenhouses Inc.  ·  Oferta de empleo  ·  Y. M. Coc Caal",
        accent=(25, 60, 130),
    )
    d.add_page()
    d.set_y(0)
    d.band(
        "Lakeshore Bloom Greenhouses Inc.",
        "1450 County Road 31, Leamington, Ontario N8H 3V5, Canadá  ·  +1 519 555 0147",
        color=(25, 60, 130),
        height=20,
        title_size=14,
    )
    d.para("Leamington, Ontario, 2 de febrero de 2026", align="R")
    d.para(
        "Sra. Yesenia Marisol Coc Caal\nAldea Chamil, San Juan Chamelco, Alta Verapaz, Guatemala",
        after=2.5,
    )
    d.para(
        "Oferta de empleo: trabajadora de invernadero (Programa de Trabajadores Extranjeros "
        "Temporales, corriente agrícola)",
        style="B",
    )
    d.para(
        "Estimada señora Coc:",
        after=1,
    )
    d.para(
        "Después de su entrevista con nuestra representante en Cobán, tenemos el gusto de "
        "ofrecerle el empleo descrito abajo.",
        "Lea con calma cada condición; si está de acuerdo, firme la última hoja y entréguela a "
        "la agencia.",
    )
    d.grid(
        [
            (
                "Empleador",
                "Lakeshore Bloom Greenhouses Inc., 1450 County Road 31, Leamington, Ontario "
                "N8H 3V5, Canadá",
            ),
            ("Trabajadora", "Yesenia Marisol Coc Caal"),
            (
                "Puesto y tareas",
                "Trabajadora de invernadero: cosecha de pimiento y pepino, poda y guiado de "
                "plantas, empaque en cajas y limpieza de pasillos.",
            ),
            (
                "Lugar de trabajo",
                "Invernaderos de la empresa en 1450 y 1522 County Road 31, Leamington, Ontario.",
            ),
            ("Periodo", "Del 16 de marzo al 18 de diciembre de 2026"),
            (
                "Horario",
                "45 horas por semana en promedio, de lunes a sábado, turno de 7:00 a 15:30; el "
                "domingo es día de descanso.",
            ),
            (
                "Salario",
                "CAD 17.60 por hora. Si sube el salario mínimo de Ontario, se le paga el nuevo "
                "salario desde la fecha en que entre en vigor.",
            ),
            ("Pago", "Cada dos semanas, los jueves, por depósito directo a su cuenta."),
            (
                "Deducciones",
                "Solo las que exige la ley canadiense: impuesto sobre la renta, Plan de "
                "Pensiones de Canadá (CPP) y Seguro de Empleo (EI).",
            ),
            (
                "Vivienda",
                "Casa de la empresa en 1500 County Road 31, sin ningún costo para usted.",
            ),
            (
                "Viajes",
                "Boleto de avión Guatemala–Toronto al inicio y Toronto–Guatemala al final, "
                "pagados por el empleador; el traslado entre Toronto y Leamington también.",
            ),
            (
                "Terminación",
                "Cualquiera de las partes puede terminar el empleo con dos semanas de aviso por "
                "escrito; el despido sin aviso solo procede por falta grave, según la Ley de "
                "Normas de Empleo de Ontario.",
            ),
        ],
        widths=(36, 138),
        header=("Condición", "Detalle"),
        head_fill=(215, 225, 243),
        bold_first=True,
        size=9,
    )
    d.heading("Lo que usted no paga", size=10.5)
    d.para(
        "Usted no paga nada por este empleo.",
        "El permiso de trabajo, la evaluación de impacto en el mercado laboral (EIMT) de 1,000 "
        "dólares canadienses, el examen médico y los vuelos los paga Lakeshore Bloom.",
        "La agencia Puentes Éticos Guatemala, S.A. recibe su pago únicamente de nosotros: nadie "
        "le puede pedir una cuota de inscripción, un apoyo para el trámite ni un depósito.",
    )
    d.heading("Salud", size=10.5)
    d.para(
        "Mientras llega su tarjeta de salud de Ontario (OHIP), la empresa le paga un seguro "
        "médico privado.",
        "Si se lastima en el trabajo, está protegida por el seguro de accidentes de trabajo de "
        "Ontario (WSIB), que paga el empleador.",
    )
    d.heading("Metas de producción", size=10.5)
    d.para(
        "Cada cuadrilla tiene una cuota de producción diaria de cajas empacadas.",
        "No cumplirla nunca causa descuentos ni multas; solo sirve para organizar los turnos.",
    )
    d.heading("Ropa y equipo", size=10.5)
    d.para(
        "Botas de hule, guantes, tijeras y delantal se le entregan gratis.",
        "Si además desea comprar ropa de invierno en la tienda de la cooperativa, puede hacerlo "
        "con su propio dinero; es voluntario.",
    )
    d.heading("Documentos y libertad", size=10.5)
    d.para(
        "Usted guarda su pasaporte y su permiso de trabajo; la empresa nunca se los pedirá para "
        "guardarlos.",
        "Fuera de su horario usted puede salir de la casa cuando quiera y recibir visitas.",
        "Si el empleo termina antes de tiempo, el empleador le paga igualmente su boleto de "
        "regreso.",
    )
    d.para("Atentamente,", after=0)
    d.signatures(
        "Priya Deshmukh-Moreau\nGerente de Recursos Humanos, Lakeshore Bloom Greenhouses Inc.",
        "Acepto esta oferta:\nYesenia Marisol Coc Caal      Fecha: __________",
        gap=12,
    )
    meta = dict(
        program="generic",
        language="es",
        missing_terms=[],
        recruiters=["Puentes Éticos Guatemala, S.A."],
        traps=[
            "'Seguro de Empleo (EI)' and CPP are statutory payroll deductions, not insurance_cost",
            "employer pays work permit, LMIA (CAD 1,000), medical exam and flights",
            "agency paid only by the employer; no 'cuota de inscripción', 'apoyo para el trámite' "
            "or deposit (negated)",
            "private health insurance and WSIB paid by the employer",
            "'cuota de producción' is a production quota, not a fee",
            "voluntary purchase of winter clothes at the co-op store",
            "free work gear; free housing",
            "worker keeps passport and permit; free to leave the house",
        ],
        doc_type="offer_letter",
        layout="letter with colored letterhead band; gridded condition/detail table; short "
        "headed sections; signature lines",
    )
    return d, meta


@document
def ag10():
    """Guatemalan recruiter agreement for an H-2B job; page 2 is a scanned signed page."""
    d = Doc(
        "h2b",
        font="dvs",
        size=9.3,
        footer_text="Convenio SMLT-2026-0318",
        accent=(0, 0, 0),
        margins=(20, 16, 20),
    )
    d.add_page()
    d.titleline("CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN", size=13, after=0.5)
    d.titleline("No. SMLT-2026-0318", size=9, style="", after=3)
    d.para(
        "En la ciudad de Quetzaltenango, el 14 de enero de 2026, comparecen por una parte "
        "Servicios Migratorios Laborales Tecún, S.A., con oficinas en 4a. Calle 12-45 zona 1, "
        "Quetzaltenango, representada por su gerente, el señor Otto Leonel Cifuentes Barrios, "
        "en adelante EL RECLUTADOR; y por la otra el señor Edwin Rolando Sic Tzunún, "
        "vecino de Cantel, Quetzaltenango, en adelante LA PERSONA TRABAJADORA, quienes "
        "convienen lo siguiente.",
    )
    d.heading("DECLARACIONES", size=10)
    d.para(
        "EL RECLUTADOR declara que recluta trabajadores para Piedmont Greenway Landscapes, "
        "Inc., con domicilio en 915 Tryon Industrial Drive, Cary, Carolina del Norte 27511, "
        "Estados Unidos de América (EL EMPLEADOR), bajo el programa de visas H-2B, y que las "
        "condiciones del cuadro siguiente son las de la orden de trabajo aprobada.",
        lead="I.",
    )
    d.grid(
        [
            (
                "Puesto",
                "Trabajador de jardinería y paisajismo: cortar césped, podar arbustos, plantar "
                "flores y árboles, esparcir mantillo y operar sopladoras y desbrozadoras.",
            ),
            ("Requisitos", "Tres meses de experiencia en jardinería; saber usar podadora."),
            (
                "Lugar",
                "Jardines de clientes de EL EMPLEADOR en Cary, Apex y Raleigh, Carolina del Norte.",
            ),
            ("Periodo", "Del 1 de marzo al 20 de noviembre de 2026."),
            ("Horario", "40 horas semanales, de lunes a viernes, de 7:00 a 15:30 horas."),
            (
                "Salario",
                "USD 17.46 por hora; si el Departamento de Trabajo publica un salario mayor, se "
                "paga el mayor desde su vigencia.",
            ),
            (
                "Pago",
                "Semanal, cada viernes, con talón que muestra horas ofrecidas y trabajadas, "
                "salario y descuentos.",
            ),
            (
                "Descuentos",
                "Impuestos de ley y los que LA PERSONA TRABAJADORA autorice por escrito.",
            ),
            (
                "Garantía",
                "EL EMPLEADOR ofrece trabajo por lo menos en tres cuartas partes de los días "
                "laborables del periodo.",
            ),
            ("Herramientas", "Todo el equipo y la ropa de seguridad se dan sin costo."),
            (
                "Viaje de ida",
                "EL EMPLEADOR reembolsa el autobús de Quetzaltenango a Cary y las comidas del "
                "camino en la primera semana de trabajo.",
            ),
            (
                "Regreso",
                "EL EMPLEADOR paga el boleto de regreso a Guatemala a quien termine el contrato.",
            ),
        ],
        widths=(32, 138),
        bold_first=True,
        size=8.6,
    )
    d.para(
        "LA PERSONA TRABAJADORA declara que sabe leer, que recibió copia de la orden de "
        "trabajo en español y que entiende este convenio.",
        lead="II.",
    )
    d.heading("CLÁUSULAS", size=10)
    d.para(
        "EL RECLUTADOR integra el expediente de LA PERSONA TRABAJADORA, lo presenta a EL "
        "EMPLEADOR y la acompaña en su trámite consular.",
        lead="PRIMERA. Objeto.",
    )
    d.para(
        F(
            "recruitment_fee",
            "Por concepto de cuota de inscripción, LA PERSONA TRABAJADORA entregará a EL "
            "RECLUTADOR la suma de dos mil setecientos cincuenta quetzales (Q2,750.00) al firmar "
            "este convenio.",
            2750.0,
            "GTQ",
        ),
        lead="SEGUNDA. Inscripción.",
    )
    d.para(
        F(
            "visa_cost",
            "El arancel consular de la visa, de USD 205, corre por cuenta de LA PERSONA "
            "TRABAJADORA y no le será reembolsado.",
            205.0,
            "USD",
        ),
        lead="TERCERA. Visa.",
    )

    def page2(s):
        s.para(
            F(
                "debt_bondage",
                "Si LA PERSONA TRABAJADORA no tiene con qué pagar el boleto, EL RECLUTADOR le "
                "adelantará hasta Q6,000.00, que EL EMPLEADOR le descontará de su cheque cada "
                "semana junto con un interés del cinco por ciento mensual.",
                6000.0,
                "GTQ",
            ),
            lead="CUARTA. Adelanto para el boleto.",
        )
        s.para(
            F(
                "wage_withholding",
                "De cada cheque semanal se apartarán cuarenta dólares como fondo de "
                "cumplimiento, que se entregarán a LA PERSONA TRABAJADORA únicamente al terminar "
                "la temporada.",
                40.0,
                "USD",
            ),
            lead="QUINTA. Fondo de cumplimiento.",
        )
        s.para(
            "Si LA PERSONA TRABAJADORA deja de presentarse cinco días seguidos sin permiso, EL "
            "EMPLEADOR lo reportará a las autoridades de migración como abandono y no estará "
            "obligado a pagarle el regreso.",
            "EL EMPLEADOR solo puede despedirla por causa justificada.",
            lead="SEXTA. Terminación.",
        )
        s.para(
            "LA PERSONA TRABAJADORA conserva en todo momento su pasaporte y su Documento "
            "Personal de Identificación.",
            lead="SÉPTIMA. Documentos.",
        )
        s.para(
            "Presentar una queja ante el Ministerio de Trabajo, el consulado o el Departamento "
            "de Trabajo de los Estados Unidos no afecta su contratación en esta ni en otras "
            "temporadas.",
            lead="OCTAVA. Quejas.",
        )
        s.para(
            "Leído lo anterior, las partes lo aceptan y firman en dos ejemplares.",
            after=10,
        )
        y = s.get_y()
        s.set_font("dvs", "", 8.5)
        s.line(s.l_margin, y + 18, s.l_margin + 70, y + 18)
        s.set_xy(s.l_margin, y + 19)
        s.multi_cell(70, 4, "EL RECLUTADOR\nOtto Leonel Cifuentes Barrios, gerente")
        s.line(s.l_margin + 85, y + 18, s.l_margin + 145, y + 18)
        s.set_xy(s.l_margin + 85, y + 19)
        s.multi_cell(60, 4, "LA PERSONA TRABAJADORA\nEdwin Rolando Sic Tzunún")
        s.rect(s.l_margin + 150, y, 24, 28)
        s.set_xy(s.l_margin + 150, y + 29)
        s.cell(24, 4, "Huella", align="C")
        # hand-written style marks: a signature scrawl and a thumbprint smudge
        s.set_draw_color(30, 30, 30)
        s.set_line_width(0.5)
        pts = [(s.l_margin + 8 + i * 4.5, y + 14 + (3 if i % 2 else -2)) for i in range(11)]
        s.polyline(pts)
        pts = [(s.l_margin + 92 + i * 4, y + 13 + (2.5 if i % 2 else -2.5)) for i in range(10)]
        s.polyline(pts)
        s.set_fill_color(90, 90, 90)
        s.ellipse(s.l_margin + 154, y + 5, 16, 19, style="F")
        s.set_line_width(0.2)
        s.set_font("dvs", "", 7.5)
        s.set_xy(s.l_margin, s.h - 14)
        s.cell(0, 4, "Convenio SMLT-2026-0318    p. 2/2", align="C")

    d.scanned_page(page2, seed=1010, dpi=200, angle=-0.6)
    meta = dict(
        program="h2b",
        language="es",
        missing_terms=["overtime", "visa_reimbursement", "contract_impossibility"],
        recruiters=["Servicios Migratorios Laborales Tecún, S.A."],
        traps=[
            "inbound bus reimbursed in the first week; return ticket paid",
            "tools and safety clothing free",
            "worker keeps passport and DPI",
            "complaints do not affect hiring (negated blacklisting)",
            "abandonment reported to immigration is the lawful H-2B notice, not blacklisting",
        ],
        doc_type="recruiter_agreement",
        layout="recruiter agreement, serif; gridded terms table; page 2 is a scanned "
        "image-only page (slight tilt, blur, noise) with signatures and a thumbprint box",
    )
    return d, meta


@document
def ag11():
    """Viet Nam to Taiwan factory job: terms summary and a cost disclosure table with payer."""
    d = Doc(
        "generic",
        fmt="A4",
        font="noto",
        size=9.4,
        footer_text="Sao Mai Manpower Export JSC  ·  Labour supply contract LS-TW-26/0457",
        accent=(150, 20, 40),
    )
    d.add_page()
    d.set_y(0)
    d.band(
        "SAO MAI MANPOWER EXPORT JSC",
        "Labour supply to Taiwan  ·  Licence No. 214/LĐTBXH-GPHĐDV  ·  Cầu Giấy, Hà Nội",
        color=(150, 20, 40),
        height=20,
    )
    d.titleline("SUMMARY OF EMPLOYMENT TERMS", size=12.5, after=0.5)
    d.titleline("Contract LS-TW-26/0457", size=9, style="", after=2.5)
    items = [
        (
            "1. Employer.",
            "Chang Hsing Precision Metal Co., Ltd., No. 88, Lane 120, Zhongshan Road, Dali "
            "District, Taichung City 412, Taiwan.",
        ),
        (
            "2. Worker.",
            "Mr. Nguyễn Văn Khải, born 14 March 1998, of Nam Trực district, Nam Định province, "
            "Viet Nam; passport C7781032.",
        ),
        (
            "3. Taiwan broker.",
            "Formosa Bridge Human Resources Co., Ltd., Taichung (licence No. 1842), acting for "
            "the Employer in Taiwan.",
        ),
        (
            "4. Job.",
            "Press and CNC lathe operator: load metal blanks, run stamping presses and lathes, "
            "deburr and inspect parts, and pack finished parts for shipment.",
        ),
        ("5. Place of work.", "The Employer's factory at the address in item 1."),
        (
            "6. Term.",
            "Three (3) years from the date of entry into Taiwan; expected entry 10 August 2026.",
        ),
        (
            "7. Working hours.",
            "According to the production plan of the factory; overtime as arranged by the "
            "line leader.",
        ),
        (
            "8. Salary.",
            "NT$28,590 per month, the Taiwan minimum wage, rising with it whenever it rises.",
        ),
        (
            "9. Payment.",
            "Monthly, on the 10th day of the following month, by transfer to the Worker's own "
            "bank account.",
        ),
        (
            "10. Deductions.",
            "Only income tax and the items marked 'Worker' in the Cost Disclosure Statement on "
            "page 2.",
        ),
        (
            "11. Dormitory and meals.",
            "A bed in the factory dormitory and a canteen lunch on workdays, both free of charge.",
        ),
        (
            "12. Return.",
            "The Employer pays the air ticket back to Hà Nội at the end of the contract, or "
            "earlier if the contract ends for a reason that is not the Worker's fault.",
        ),
        (
            "13. Termination.",
            "Either side may end the contract as provided in Articles 11, 12 and 15 of the "
            "Taiwan Labor Standards Act, with 30 days' notice where the Act requires it.",
        ),
        (
            "14. Change of employer.",
            "The Worker may change employer as allowed by Article 59 of the Employment Service "
            "Act without paying any penalty.",
        ),
        (
            "15. Documents.",
            "The Worker keeps his own passport and Alien Resident Certificate.",
        ),
    ]
    for lead, body in items:
        d.para(body, lead=lead, after=1.3)
    d.add_page()
    d.titleline("COST DISCLOSURE STATEMENT", size=12.5, after=1)
    d.para(
        "Every cost of going to work in Taiwan is listed below with the party who pays it.",
        after=2.5,
    )
    d.grid(
        [
            ("Entry visa and Alien Resident Certificate", "as charged", "Employer"),
            ("Air ticket Hà Nội–Taipei", "as charged", "Employer"),
            ("Health checks in Viet Nam and in Taiwan", "as charged", "Employer"),
            FR(
                "training_cost",
                (
                    "Pre-departure Chinese language and orientation course",
                    "VND 6,500,000",
                    "Worker",
                ),
                6500000.0,
                "VND",
            ),
            FR(
                "recruitment_fee",
                (
                    "Taiwan broker service fee, year 1 / 2 / 3",
                    "NT$1,800 / 1,700 / 1,500 a month",
                    "Worker (from salary)",
                ),
                1800.0,
                "TWD",
            ),
            (
                "Labour Insurance and National Health Insurance, employee share",
                "as set by law",
                "Worker (from salary)",
            ),
            ("Employment stabilisation fee", "as set by law", "Employer"),
            ("Dormitory and canteen lunch", "none", "—"),
        ],
        widths=(88, 52, 34),
        header=("Item", "Amount", "Paid by"),
        head_fill=(240, 215, 220),
        size=8.4,
        lh=4.3,
    )
    d.para(
        F(
            "deposit_or_bond",
            "A guarantee deposit of VND 20,000,000 is lodged by the Worker with Sao Mai and "
            "returned, without interest, after the contract is completed.",
            20000000.0,
            "VND",
        ),
    )
    d.para(
        F(
            "debt_bondage",
            "A Worker who cannot pay these costs in cash may borrow up to VND 60,000,000 from "
            "Kim Thanh Credit Fund through Sao Mai, and the Employer will repay the lender from "
            "the Worker's salary at NT$4,500 per month, with interest of 1.2% a month, until the "
            "loan is cleared.",
            60000000.0,
            "VND",
        ),
    )
    d.para(
        "The employee share of Labour Insurance and National Health Insurance is a contribution "
        "required by Taiwan law and also covers the Worker's medical care in Taiwan.",
        size=8.6,
    )
    d.signatures(
        "For Sao Mai Manpower Export JSC\nĐỗ Thị Hồng Nhung, Deputy Director",
        "Worker\nNguyễn Văn Khải",
        gap=14,
    )
    meta = dict(
        program="generic",
        language="en",
        missing_terms=["hours_of_work"],
        recruiters=["Sao Mai Manpower Export JSC", "Formosa Bridge Human Resources Co., Ltd."],
        traps=[
            "employer pays visa, ARC, air ticket, health checks and employment stabilisation fee "
            "(payer column)",
            "statutory Labour Insurance / NHI employee share (not insurance_cost)",
            "free dormitory and canteen lunch",
            "change of employer allowed without penalty (negated movement restriction)",
            "worker keeps passport and ARC",
            "'Working hours: according to the production plan' has no concrete value (missing)",
        ],
        doc_type="cost_disclosure",
        layout="A4; colored band; numbered terms with bold leads; page 2 cost disclosure grid "
        "with a 'Paid by' column, then deposit and loan sentences",
    )
    return d, meta


@document
def ag12():
    """Philippines to Hong Kong domestic work, Q&A orientation handout; compliant."""
    d = Doc(
        "generic",
        fmt="A4",
        font="dv",
        size=9.2,
        footer_text="Bayanihan Fair Hiring Agency Inc.  ·  Orientation handout HK-DW-2026-112",
        accent=(10, 80, 140),
    )
    d.add_page()
    d.titleline("YOUR JOB IN HONG KONG — QUESTIONS AND ANSWERS", size=13, after=0.5)
    d.titleline(
        "Prepared by Bayanihan Fair Hiring Agency Inc. for Ms. Rowena Dacanay Bautista",
        size=9,
        style="I",
        after=3,
    )
    qa = [
        (
            "Who is my employer?",
            [
                "Mr. Leung Ka-wai and Mrs. Leung Wong Mei-ling, Flat 18C, Block 2, Ocean Crest "
                "Garden, 33 Tai Tam Road, Hong Kong."
            ],
        ),
        (
            "What work will I do?",
            [
                "You will be their domestic helper: cleaning the flat, cooking family meals, "
                "washing and ironing, taking the two children (ages 5 and 8) to and from school, "
                "and walking and feeding the family's dog."
            ],
        ),
        (
            "Where will I work?",
            [
                "Only in the employer's flat at the address above.",
                "You may not be sent to work in another home, a shop or an office.",
            ],
        ),
        (
            "How long is the contract?",
            [
                "Two years, counted from the day you arrive in Hong Kong.",
                "Your expected arrival date is 1 September 2026.",
            ],
        ),
        (
            "What are my hours?",
            [
                "Your working day runs from 7:00 a.m. to 8:00 p.m., with a two-hour rest from "
                "1:00 to 3:00 p.m.",
                "Every Sunday is a full 24-hour rest day, and you also rest on every statutory "
                "holiday.",
            ],
        ),
        (
            "How much will I earn, and when?",
            [
                "HK$5,100 per month, paid no later than 7 days after the end of each month by "
                "transfer to your own bank account, with a payslip.",
                "Your meals are provided free by the employer.",
            ],
        ),
        (
            "Can anything be deducted from my salary?",
            [
                "No.",
                "Nothing is taken from your salary: not for food, lodging, agency costs, "
                "insurance or breakages.",
            ],
        ),
        (
            "Where will I live?",
            [
                "In the employer's flat, in your own room with a window, a bed, a wardrobe and a "
                "lock on the door, at no cost to you."
            ],
        ),
    ]
    qa2 = [
        (
            "Can someone keep my passport?",
            [
                "No.",
                "Your passport, visa and Hong Kong identity card stay with you; neither the "
                "employer nor any agency may hold them.",
            ],
        ),
        (
            "Can I go out on my rest day?",
            [
                "Yes.",
                "On your rest day and on holidays you may go wherever you like and come back "
                "when you choose, and the employer may not lock you in at any time.",
            ],
        ),
        (
            "Do I have to give a bond, a deposit or a loan guarantee?",
            ["No bond, deposit, post-dated cheque or loan is ever asked of you or your family."],
        ),
        (
            "Can the contract end early?",
            [
                "Either side may end it by giving one month's notice or one month's wages in "
                "lieu of notice.",
                "If it ends early for any reason, the employer still pays your flight home to "
                "Manila, and you pay no fee or penalty for leaving.",
            ],
        ),
        (
            "How do I get home at the end?",
            [
                "The employer buys your air ticket from Hong Kong to Manila and pays HK$100 a day "
                "for food on the journey."
            ],
        ),
        (
            "What if I have a problem?",
            [
                "Call Bayanihan's 24-hour hotline, +63 2 8555 0164, or the Philippine Consulate "
                "in Hong Kong.",
                "Asking for help will never put you on any list or stop you from being hired "
                "again.",
            ],
        ),
    ]

    def write_qa(pairs):
        for q, a in pairs:
            if d.get_y() > d.h - 40:
                d.add_page()
            d.set_font("dv", "B", 9.6)
            d.set_text_color(10, 80, 140)
            d.multi_cell(0, 5, "Q.  " + q, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            d.set_text_color(0, 0, 0)
            d.para(*a, lead="A.", indent=0, after=2.2)

    write_qa(qa)
    d.heading("Who pays for what?", size=10.5)
    d.grid(
        [
            ("Hong Kong employment visa", "Employer"),
            ("Medical examination in Manila", "Employer"),
            ("TESDA assessment and pre-departure orientation", "Employer, through the agency"),
            ("OWWA membership and PhilHealth for the contract", "Employer"),
            ("Air tickets Manila–Hong Kong and back", "Employer"),
            ("Employees' compensation and medical insurance", "Employer"),
            ("Placement or agency fee", "Nobody charges you: the employer pays both agencies"),
        ],
        widths=(92, 82),
        header=("Cost", "Who pays"),
        head_fill=(210, 226, 240),
        size=8.8,
    )
    write_qa(qa2)
    d.para(
        "Neither Bayanihan Fair Hiring Agency Inc. nor its Hong Kong partner, Harbourlight "
        "Employment Agency Ltd., collects any placement fee from you.",
        'If anyone asks you for money, a "processing" payment or a deposit, refuse and call '
        "our hotline.",
        style="B",
    )
    meta = dict(
        program="generic",
        language="en",
        missing_terms=[],
        recruiters=["Bayanihan Fair Hiring Agency Inc.", "Harbourlight Employment Agency Ltd."],
        traps=[
            "'walking and feeding the family's dog' is a job duty",
            "no deductions at all, including breakages (negated damage chargeback)",
            "payer table: everything paid by the employer",
            "no placement fee from either agency (negated)",
            "worker keeps passport and ID; free to go out on rest day",
            "no bond, deposit, post-dated cheque or loan (negated)",
            "no fee or penalty for leaving early (negated breach penalty)",
            "asking for help never leads to a list (negated blacklisting)",
        ],
        doc_type="faq_handout",
        layout="A4 plain-language Q&A handout; colored questions; 'Who pays for what' grid in "
        "the middle",
    )
    return d, meta


# --------------------------------------------------------------------------- build + verify


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def build(out_dir, only=None):
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    problems = []
    for fn in DOCS:
        name = fn.__name__
        if only and name not in only:
            continue
        d, meta = fn()
        path = out_dir / ("%s.pdf" % name)
        d.output(str(path))
        fees = []
        for part, page in d.fees:
            fee = {
                "category": part.category,
                "severity": severity(meta["program"], part.category),
                "page": page,
                "amount": part.amount,
                "currency": part.currency,
                "quote": part.text,
            }
            if part.group is not None:
                fee["group"] = part.group
            fees.append(fee)
        labels.append(
            {
                "file": path.name,
                "program": meta["program"],
                "language": meta["language"],
                "scanned": bool(d.scanned_pages),
                "pages": d.page_no(),
                "fees": fees,
                "missing_terms": meta["missing_terms"],
                "recruiters": meta["recruiters"],
                "traps": meta["traps"],
                "doc_type": meta["doc_type"],
                "layout": meta["layout"],
            }
        )
        # verification
        with pdfplumber.open(str(path)) as pdf:
            if len(pdf.pages) != d.page_no():
                problems.append("%s: page count %d != %d" % (name, len(pdf.pages), d.page_no()))
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
        for i, t in enumerate(texts, start=1):
            if i in d.scanned_pages and t:
                problems.append("%s p.%d: scanned page has a text layer" % (name, i))
        for fee in fees:
            if fee["page"] in d.scanned_pages:
                continue
            if norm(fee["quote"]) not in texts[fee["page"] - 1]:
                where = [i + 1 for i, t in enumerate(texts) if norm(fee["quote"]) in t]
                problems.append(
                    "%s: quote not on page %d (found on %s): %s"
                    % (name, fee["page"], where, fee["quote"])
                )
    (out_dir / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return labels, problems


def main(argv):
    if len(argv) < 2:
        print("usage: build.py OUT_DIR [agNN ...]", file=sys.stderr)
        return 2
    labels, problems = build(Path(argv[1]), set(argv[2:]) or None)
    for p in problems:
        print("VERIFY FAILED:", p, file=sys.stderr)
    n_fees = sum(len(x["fees"]) for x in labels)
    print("wrote %d PDFs, %d fee labels, %d problems" % (len(labels), n_fees, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
