#!/usr/bin/env python3
"""Blind held-out batch "bz": 12 contract-like PDFs across many corridors.

Usage:  python build.py OUT_DIR

Writes OUT_DIR/bz01.pdf ... bz12.pdf and OUT_DIR/labels.json, then reopens every
PDF with pdfplumber and checks page counts, text layers, key phrases and the
image-only scanned page. Exits non-zero if any check fails.

Deterministic: fixed creation date, seeded noise, no clock or network access.
"""

import datetime as _dt
import io
import json
import os
import random
import re
import sys

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

FIXED_DATE = _dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=_dt.UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu"
HAVE_DEJAVU = all(
    os.path.exists(os.path.join(DEJAVU, f))
    for f in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
    )
)

FEE_IDS = {
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


# --------------------------------------------------------------------------- pdf helpers
class Doc(FPDF):
    def __init__(self, fmt="Letter", footer_text=None, margins=(18, 16, 18)):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.footer_text = footer_text
        self.no_footer_pages = set()
        self.set_creation_date(FIXED_DATE)
        self.set_author("")
        self.set_creator("heldout_bz build.py")
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 18)
        if HAVE_DEJAVU:
            self.add_font("Sans", "", os.path.join(DEJAVU, "DejaVuSans.ttf"))
            self.add_font("Sans", "B", os.path.join(DEJAVU, "DejaVuSans-Bold.ttf"))
            self.add_font("Sans", "I", os.path.join(DEJAVU, "DejaVuSans-Oblique.ttf"))
            self.add_font("Serif", "", os.path.join(DEJAVU, "DejaVuSerif.ttf"))
            self.add_font("Serif", "B", os.path.join(DEJAVU, "DejaVuSerif-Bold.ttf"))
            self.add_font("Serif", "I", os.path.join(DEJAVU, "DejaVuSerif-Italic.ttf"))
            self.fam = {"sans": "Sans", "serif": "Serif"}
        else:
            self.fam = {"sans": "helvetica", "serif": "times"}
        self.base = "sans"

    # fonts
    def f(self, size=10, style="", fam=None):
        self.set_font(self.fam[fam or self.base], style, size)

    def footer(self):
        if not self.footer_text or self.page_no() in self.no_footer_pages:
            return
        self.set_y(-13)
        self.f(7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # text blocks
    def para(self, text, size=10, lh=None, style="", align="L", fam=None, md=False, gap=1.5):
        self.f(size, style, fam)
        self.multi_cell(
            0, lh or size * 0.5, text, align=align, markdown=md, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        if gap:
            self.ln(gap)

    def clause(self, head, text, size=10, lh=None, gap=1.6, fam=None):
        """Bold heading run followed by normal text in one paragraph."""
        self.para("**" + head + "** " + text, size=size, lh=lh, md=True, gap=gap, fam=fam)

    def heading(self, text, size=11, gap=1.5, fam=None, color=None):
        if color:
            self.set_text_color(*color)
        self.para(text, size=size, style="B", gap=gap, fam=fam)
        self.set_text_color(0, 0, 0)

    def band(self, lines, color, height=None, text_color=(255, 255, 255), sizes=None):
        """Coloured header band at the top of the current page."""
        sizes = sizes or [14] + [9] * (len(lines) - 1)
        h = height or (6 + sum(s * 0.5 for s in sizes))
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, h, style="F")
        self.set_text_color(*text_color)
        self.set_y(4)
        for line, s in zip(lines, sizes):
            self.f(s, "B" if s >= 12 else "")
            self.cell(0, s * 0.5, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(h + 5)

    def grid(
        self,
        rows,
        widths,
        size=9,
        heading=None,
        lh=None,
        borders="ALL",
        fill=None,
        bold_first_col=False,
    ):
        self.f(size)
        if sum(widths) > self.epw:
            k = (self.epw - 0.01) / sum(widths)
            widths = [w * k for w in widths]
        self.set_fill_color(255, 255, 255)
        data = ([heading] if heading else []) + rows
        style = FontFace(emphasis="BOLD", fill_color=fill or (225, 225, 225))
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            text_align="LEFT",
            line_height=lh or size * 0.5,
            first_row_as_headings=bool(heading),
            headings_style=style,
            borders_layout=borders,
            padding=1.2,
        ) as t:
            for r in data:
                row = t.row()
                for i, c in enumerate(r):
                    if bold_first_col and i == 0 and r is not heading:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2.5)

    def columns(self, left, right, size=9.5, gap=8, lh=None):
        """Two text columns. left/right: lists of (heading, text) blocks."""
        top = self.get_y()
        colw = (self.w - self.l_margin - self.r_margin - gap) / 2
        bottoms = []
        for ci, blocks in enumerate((left, right)):
            x = self.l_margin + ci * (colw + gap)
            self.set_y(top)
            for head, text in blocks:
                self.set_x(x)
                if head:
                    self.f(size, "B")
                    self.multi_cell(colw, lh or size * 0.5, head, new_x=XPos.LEFT, new_y=YPos.NEXT)
                    self.set_x(x)
                self.f(size)
                self.multi_cell(colw, lh or size * 0.5, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
                self.ln(1.8)
            bottoms.append(self.get_y())
        self.set_xy(self.l_margin, max(bottoms) + 2)

    def sign_blocks(self, blocks, size=9, line_gap=14, fingerprint=False):
        """Signature lines side by side. blocks: list of (role, name)."""
        self.ln(line_gap)
        n = len(blocks) + (1 if fingerprint else 0)
        usable = self.w - self.l_margin - self.r_margin
        colw = usable / n
        y = self.get_y()
        for i, (role, name) in enumerate(blocks):
            x = self.l_margin + i * colw
            self.line(x + 3, y, x + colw - 6, y)
            self.set_xy(x + 3, y + 1)
            self.f(size, "B")
            self.multi_cell(
                colw - 9, size * 0.48, name, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
            self.f(size)
            self.multi_cell(
                colw - 9, size * 0.48, role, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
        if fingerprint:
            x = self.l_margin + (n - 1) * colw + 8
            self.rect(x, y - 24, 24, 28)
            self.set_xy(x, y + 5)
            self.f(7)
            self.cell(24, 4, "Huella" if fingerprint is True else fingerprint, align="C")
        self.set_xy(self.l_margin, y + 16)

    def letterhead(self, name, sub, color, size=15):
        self.set_fill_color(*color)
        self.rect(self.l_margin, self.t_margin, self.w - self.l_margin - self.r_margin, 1.6, "F")
        self.set_y(self.t_margin + 3)
        self.set_text_color(*color)
        self.f(size, "B", "serif")
        self.cell(0, size * 0.5, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(70, 70, 70)
        self.f(8.5)
        for s in sub:
            self.cell(0, 4.2, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)


# --------------------------------------------------------------------------- scanned page
def scanned_image(lines, page_mm, seed, angle=0.7):
    """Render text onto a noisy, slightly rotated grayscale image (150 dpi)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 150
    W = int(page_mm[0] / 25.4 * dpi)
    H = int(page_mm[1] / 25.4 * dpi)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)

    def font(size, bold=False):
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
        path = os.path.join(DEJAVU, name)
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
        return ImageFont.load_default(size=size)

    margin = int(W * 0.11)
    maxw = W - 2 * margin
    y = int(H * 0.07)
    for item in lines:
        kind, text = item[0], item[1]
        if kind == "gap":
            y += int(text)
            continue
        if kind == "box":  # fingerprint / stamp box: (x_frac, w, h, label)
            xf, bw, bh, label = item[1], item[2], item[3], item[4]
            x0 = int(W * xf)
            d.rectangle([x0, y, x0 + bw, y + bh], outline=40, width=3)
            d.text((x0 + 10, y + bh + 6), label, fill=40, font=font(20))
            continue
        if kind == "sig":  # signature lines with captions, list of captions
            caps = text
            colw = maxw // len(caps)
            y += 70
            for i, cap in enumerate(caps):
                x0 = margin + i * colw
                d.line([x0 + 10, y, x0 + colw - 30, y], fill=30, width=3)
                # a scribble for the signature
                rnd = random.Random(seed * 31 + i)
                pts = [(x0 + 30 + k * 14, y - 18 - rnd.randint(0, 28)) for k in range(12)]
                d.line(pts, fill=60, width=3)
                cy = y + 8
                for capline in cap.split("\n"):
                    d.text((x0 + 10, cy), capline, fill=25, font=font(21))
                    cy += 28
            y += 100
            continue
        size = {"title": 34, "h": 27, "p": 25, "small": 21}[kind]
        fnt = font(size, bold=kind in ("title", "h"))
        words = text.split()
        line = ""
        out = []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=fnt) <= maxw:
                line = t
            else:
                out.append(line)
                line = w
        if line:
            out.append(line)
        for ln_ in out:
            if kind == "title":
                tw = d.textlength(ln_, font=fnt)
                d.text(((W - tw) / 2, y), ln_, fill=20, font=fnt)
            else:
                d.text((margin, y), ln_, fill=25, font=fnt)
            y += int(size * 1.45)
        y += int(size * 0.5)

    rnd = random.Random(seed)
    px = img.load()
    for _ in range(W * H // 90):  # speckle noise
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((120, 160, 200, 255))
    for _ in range(40):  # dust blobs
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.randint(1, 3)
        d.ellipse([x - r, yy - r, x + r, yy + r], fill=rnd.randint(60, 140))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    # darker scanner edge on the left
    d2 = ImageDraw.Draw(img)
    d2.rectangle([0, 0, 7, H], fill=150)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    return buf


def add_scanned_page(pdf, lines, seed, angle=0.7):
    pdf.add_page()
    pdf.no_footer_pages.add(pdf.page_no())
    buf = scanned_image(lines, (pdf.w, pdf.h), seed, angle)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# --------------------------------------------------------------------------- labels helper
def fee(category, page, quote, amount=None, currency=None, severity="violation"):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


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


# =========================================================================== documents
def bz01():
    """H-2A job order, English, compliant, 3 pages (Washington apple harvest)."""
    pdf = Doc("Letter", "Kettle Ridge Orchards LLC - Job Order KRO-2026-07 - Page {p} of {nb}")
    pdf.add_page()
    pdf.band(
        [
            "KETTLE RIDGE ORCHARDS LLC",
            "H-2A Job Order - Terms and Conditions of Employment (addendum to Form ETA-790A)",
            "Order No. KRO-2026-07 - Tree fruit harvest, Okanogan County, Washington",
        ],
        (33, 87, 50),
    )
    pdf.f(10, "B")
    pdf.cell(0, 6, "Offer at a glance", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for b in [
        "Employer: Kettle Ridge Orchards LLC, 1450 Pateros Flats Road, Brewster, Washington 98812, tel. (509) 555-0187",
        "Job: Farmworker, orchard harvest (apples and pears)",
        "Period: August 17, 2026 to November 6, 2026",
        "Pay: $19.97 per hour or the piece rate, whichever is higher, paid every Friday",
        "Housing, kitchen, daily transportation and tools: free to the worker",
    ]:
        pdf.f(9.5)
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 4.8, "- " + b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.clause(
        "1. Employer.",
        "Kettle Ridge Orchards LLC, 1450 Pateros Flats Road, Brewster, Washington 98812, "
        "is the employer of every worker hired under this job order. Questions about these terms may be "
        "addressed to the orchard office at the same address.",
    )
    pdf.clause(
        "2. Job title and duties.",
        "Farmworker, orchard harvest. Workers will pick apples and pears by hand "
        "into picking bags, move and climb orchard ladders, empty full bags gently into field bins, prop "
        "limbs, and keep the lane in front of the bin feeder clear when fruit is run through the packing-line "
        "bin feeder. Workers may also remove fallen fruit and clean bin trailers.",
    )
    pdf.clause(
        "3. Job requirements.",
        "One month of experience hand-harvesting tree fruit. Workers must be able to "
        "lift and carry a full picking bag (up to 50 pounds) and work safely on ladders up to 12 feet tall. "
        "No certificate, test or training course is required before hiring.",
    )
    pdf.clause(
        "4. Place of work.",
        "All work is performed in the Employer's orchard blocks listed below, all in "
        "Okanogan County, Washington.",
    )
    pdf.grid(
        [
            ["Pateros Flats", "1450 Pateros Flats Road, Brewster, WA 98812", "Gala, Honeycrisp"],
            ["Monse Bench", "33 Monse River Road, Monse, WA 98812", "Fuji, Bartlett pears"],
            ["Paradise Hill", "2088 Paradise Hill Road, Brewster, WA 98812", "Granny Smith"],
        ],
        [40, 85, 50],
        heading=["Orchard block", "Address", "Crops"],
        fill=(214, 232, 218),
    )
    pdf.clause(
        "5. Period of employment.",
        "The first workday is August 17, 2026 and the last workday is "
        "November 6, 2026. Workers should arrive at the camp no later than August 16, 2026.",
    )

    pdf.add_page()
    pdf.clause(
        "6. Hours of work.",
        "The anticipated schedule is 42 hours per week, Monday through Saturday, from "
        "6:30 a.m. to 2:00 p.m. with a 30-minute unpaid meal break. Sunday is a day of rest. Hours may vary "
        "with weather and crop conditions.",
    )
    pdf.clause(
        "7. Wages.",
        "The Employer pays the rate below that produces the higher earnings for the worker.",
    )
    pdf.grid(
        [
            ["All work paid by the hour", "$19.97 per hour"],
            ["Apples, hand harvest", "$32.00 per standard bin"],
            ["Pears, hand harvest", "$36.00 per standard bin"],
        ],
        [95, 60],
        heading=["Activity", "Rate"],
        fill=(214, 232, 218),
    )
    pdf.para(
        "Piece-rate earnings are compared each pay period with the hourly rate for the hours worked; if the "
        "piece-rate total is lower, the Employer pays the difference so that each worker earns at least $19.97 "
        "for every hour worked. If during the contract the Adverse Effect Wage Rate, the prevailing wage, or the "
        "federal or Washington minimum wage is raised above the rate above, the Employer will pay the highest "
        "applicable rate from the date it takes effect."
    )
    pdf.clause(
        "8. Pay days and earnings statements.",
        "Wages are paid weekly, every Friday, by check or by direct "
        "deposit at the worker's choice. With each payment the worker receives a written statement showing the "
        "hours offered, the hours actually worked, the bins picked, the rates, gross pay, each deduction with "
        "its reason, and net pay, together with the Employer's name, address and FEIN.",
    )
    pdf.clause(
        "9. Deductions.",
        "The Employer makes only these deductions: (a) federal income tax, only if the "
        "worker asks for it in writing; (b) the meal plan charge of section 11, only for workers who join the "
        "meal plan; (c) any other deduction the worker authorizes in writing for his or her own benefit. "
        "Nothing is deducted for housing, transportation, tools, visas or recruitment.",
    )
    pdf.clause(
        "10. Three-fourths guarantee.",
        "The Employer guarantees to offer each worker employment for at least "
        "three-fourths (3/4) of the workdays of the total period of this contract, beginning with the first "
        "workday after arrival and ending on the end date. If the Employer offers fewer hours, it will pay the "
        "worker the amount he or she would have earned for the guaranteed hours. Hours offered but not worked "
        "by the worker's choice may be counted, up to the hours offered for that day.",
    )
    pdf.clause(
        "11. Housing and meals.",
        "Housing is provided free of charge at Kettle Ridge Camp, 1460 Pateros Flats "
        "Road, Brewster, inspected and approved by the Washington State Department of Health. There is no rent, "
        "no utility charge and no deposit for beds, bedding, keys or any other housing item. Each cabin has a "
        "full kitchen with stoves, refrigerators, pots and utensils that workers may use free of charge to cook "
        "their own food. Workers who prefer may join the camp meal plan: three meals a day for $14.00 per day, "
        "deducted weekly. This charge is below the maximum daily meal charge published by the U.S. Department "
        "of Labor, and a worker may leave the plan with one week's notice.",
    )

    pdf.add_page()
    pdf.clause(
        "12. Transportation.",
        "Inbound: the Employer buys the bus ticket from Monterrey, Nuevo Leon, to "
        "Brewster and pays daily subsistence on the trip at the rate published by the U.S. Department of Labor. "
        "A worker who paid any part of this trip will be reimbursed no later than the pay period in which he or "
        "she completes 50 percent of the contract, and earlier if needed so that first-week earnings are not "
        "below the required wage. The visa fee and the border-crossing fee are reimbursed in full in the first "
        "workweek.",
    )
    pdf.para(
        "Return: a worker who completes the contract, or is dismissed early for reasons other than cause, "
        "receives return transportation and subsistence to Monterrey paid by the Employer. Daily: transportation "
        "between the camp and all orchard blocks is provided free in Employer vehicles driven by licensed drivers."
    )
    pdf.clause(
        "13. Tools and equipment.",
        "Picking bags, ladders, pruning shears, gloves, rain jackets and rubber "
        "boots are provided by the Employer free of charge and without any deposit.",
    )
    pdf.clause(
        "14. Workers' compensation.",
        "Every worker is covered from the first day by Washington State "
        "industrial insurance (workers' compensation) through the Department of Labor and Industries. The "
        "Employer pays the whole premium; claim forms are available at the camp office.",
    )
    pdf.clause(
        "15. Abandonment and termination.",
        "A worker who fails to report for work for 5 consecutive working "
        "days without the Employer's consent is considered to have abandoned the job. A worker may be "
        "dismissed for cause, such as violence or repeated refusal to follow safety rules, after a written "
        "warning. In either case the three-fourths guarantee and return transportation do not apply. As the "
        "H-2A regulations require, the Employer will notify the U.S. Department of Labor and the Department of "
        "Homeland Security in writing within 2 working days after an abandonment or dismissal for cause.",
    )
    pdf.clause(
        "16. Contract impossibility.",
        "If before the end date the work becomes impossible because of fire, "
        "flood, hail, freeze or another Act of God, and the Department of Labor agrees, the Employer may end "
        "this contract. It will then honor the three-fourths guarantee up to the date of termination, pay "
        "return transportation and subsistence, and try to place the worker with another H-2A employer.",
    )
    pdf.clause(
        "17. Recruitment.",
        "Workers are recruited in Mexico by Enlace Agrícola del Pacífico, S.C., "
        "Av. Obregón 1120, Culiacán, Sinaloa. The employer, not the worker, pays all of the recruiter's fees "
        "and costs. Our written agreement with the recruiter forbids it to charge workers any fee, and no fee "
        "will be charged to any applicant for a place on this crew.",
    )
    pdf.clause(
        "18. Documents and complaints.",
        "Workers keep their own passports, visas and identity documents at "
        "all times. No worker will be fired, blacklisted or denied future employment for filing a complaint, "
        "speaking with an advocate or a government office, or taking part in a proceeding about these terms.",
    )
    pdf.sign_blocks(
        [
            ("Orchard Manager, for the Employer", "Margaret L. Svensson"),
            ("Worker: I received a copy of this job order", "Name and signature"),
        ],
        line_gap=12,
    )
    lab = label(
        "bz01.pdf",
        "h2a",
        "en",
        3,
        [],
        [],
        ["Enlace Agrícola del Pacífico, S.C."],
        [
            "'bin feeder' is orchard equipment, not a fee",
            "lawful h2a meal plan within the cap ($14.00/day), optional, with free kitchen",
            "free housing, no rent, utilities or bedding deposit",
            "inbound bus and subsistence paid or reimbursed",
            "visa and border-crossing fees reimbursed in the first workweek",
            "tools and rain gear free, no deposit",
            "recruiter fees paid by the employer; no fee charged to applicants",
            "workers keep their passports",
            "abandonment notice to DOL/DHS required by the regulations (not a blacklisting threat)",
            "no blacklisting for complaints",
        ],
        "job_order",
        "Letter; green header band; bulleted summary; numbered clauses; gridded worksite and wage tables; "
        "footer page X of N; signature lines",
    )
    keys = [
        ("Kettle Ridge Orchards LLC, 1450 Pateros Flats Road, Brewster", 1),
        ("bin feeder", 1),
        ("three meals a day for $14.00 per day", 2),
        ("three-fourths (3/4) of the workdays", 2),
        ("The employer, not the worker, pays all of the recruiter's fees", 3),
        ("Enlace Agrícola del Pacífico, S.C.", 3),
        ("Page 3 of 3", 3),
    ]
    return pdf, lab, keys, []


def bz02():
    """H-2A recruiter agreement, Spanish, Guanajuato -> Georgia onions, 2 pages."""
    pdf = Doc(
        "Letter",
        "Servicios Migratorios del Bajío, S.C. - Convenio SMB-H2A-2026-113 - Hoja {p}/{nb}",
        margins=(22, 18, 22),
    )
    pdf.base = "serif"
    pdf.add_page()
    pdf.para(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO", size=13, style="B", align="C", gap=1
    )
    pdf.para(
        "PARA TRABAJO AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2A)",
        size=10.5,
        style="B",
        align="C",
        gap=4,
    )
    pdf.para(
        "Que celebran por una parte Servicios Migratorios del Bajío, S.C., con domicilio en Calle Hidalgo 41, "
        'Zona Centro, Dolores Hidalgo, Guanajuato (en lo sucesivo "EL RECLUTADOR"), representada por el C. '
        "Efrén Maldonado Guerra, y por la otra el C. Juan Gabriel Ortiz Cabrera, originario de San Diego de la "
        'Unión, Guanajuato (en lo sucesivo "EL TRABAJADOR"), al tenor de las siguientes cláusulas:',
        size=10,
    )
    pdf.clause(
        "PRIMERA. Objeto.",
        "EL RECLUTADOR gestionará la contratación de EL TRABAJADOR con la empresa "
        "estadounidense que se indica, bajo el programa de visas H-2A, en las condiciones siguientes, que "
        "forman parte de la oferta de trabajo aprobada:",
    )
    pdf.grid(
        [
            [
                "Empresa",
                "Sandhill Crossing Produce LLC, 820 Old Lyons Highway, Vidalia, Georgia 30474, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola: arrancar, cortar raíz y hoja y llenar costales de cebolla dulce; cargar "
                "los costales en remolques.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en cosecha de hortalizas; poder cargar 50 libras.",
            ],
            ["Lugar", "Campos de LA EMPRESA en los condados de Toombs y Tattnall, Georgia."],
            ["Periodo", "Del 20 de abril al 17 de julio de 2026."],
            ["Horario", "Lunes a sábado, de 7:00 a 15:00 horas (48 horas por semana)."],
            ["Salario", "14.68 dólares por hora."],
            ["Pago", "Cada semana, los jueves."],
            ["Descuentos", "Solo los impuestos que EL TRABAJADOR solicite por escrito."],
            [
                "Garantía",
                "LA EMPRESA ofrecerá trabajo por lo menos durante tres cuartas partes de los días del contrato.",
            ],
            [
                "Vivienda",
                "Gratuita, en el campamento de LA EMPRESA, 812 Old Lyons Highway, Vidalia.",
            ],
            [
                "Comidas",
                "Cocina equipada sin costo para que cada trabajador prepare sus alimentos.",
            ],
            ["Transporte diario", "Gratuito, de la vivienda a los campos."],
            [
                "Viaje de ida",
                "LA EMPRESA paga el autobús de Monterrey a Vidalia y los alimentos del camino.",
            ],
            ["Viaje de regreso", "LA EMPRESA paga el regreso a Monterrey al terminar el contrato."],
            ["Herramientas", "Cuchillos, tijeras y guantes sin costo y sin depósito."],
            ["Seguro", "Compensación laboral (workers' compensation) pagada por LA EMPRESA."],
        ],
        [36, 136],
        size=9,
        bold_first_col=True,
    )
    pdf.clause(
        "SEGUNDA. Pagos a cargo de EL TRABAJADOR.",
        "Por la inscripción y el manejo de su expediente, EL "
        "TRABAJADOR pagará a EL RECLUTADOR la cantidad de $9,800.00 (nueve mil ochocientos pesos 00/100 M.N.) "
        "en dos exhibiciones: la mitad al firmar este convenio y el resto al recibir la fecha de su cita "
        "consular. El derecho de visa de 205 dólares lo paga EL TRABAJADOR directamente en el banco y no le "
        "será reembolsado.",
    )
    pdf.add_page()
    pdf.clause(
        "TERCERA. Garantía.",
        "Para garantizar el cumplimiento de este convenio, EL TRABAJADOR firmará a "
        "favor de EL RECLUTADOR un pagaré por $30,000.00 (treinta mil pesos 00/100 M.N.), que le será devuelto "
        "cuando regrese a México.",
    )
    pdf.clause(
        "CUARTA. Documentos.",
        "EL TRABAJADOR conservará en todo momento su pasaporte, su visa y su "
        "credencial para votar.",
    )
    pdf.clause(
        "QUINTA. Alcance.",
        "EL RECLUTADOR no garantiza la expedición de la visa, que depende exclusivamente "
        "del Consulado General de los Estados Unidos en Monterrey.",
    )
    pdf.clause(
        "SEXTA. Jurisdicción.",
        "Para la interpretación y cumplimiento de este convenio, las partes se someten "
        "a los tribunales de Dolores Hidalgo, Guanajuato, renunciando a cualquier otro fuero.",
    )
    pdf.para(
        "Leído que fue el presente convenio, lo firman por duplicado en Dolores Hidalgo, Gto., a 9 de febrero "
        "de 2026.",
        gap=2,
    )
    pdf.sign_blocks(
        [
            ("EL RECLUTADOR", "C. Efrén Maldonado Guerra"),
            ("EL TRABAJADOR", "C. Juan Gabriel Ortiz Cabrera"),
        ],
        line_gap=26,
        fingerprint=True,
    )
    fees = [
        fee(
            "recruitment_fee",
            1,
            "Por la inscripción y el manejo de su expediente, EL TRABAJADOR pagará a EL "
            "RECLUTADOR la cantidad de $9,800.00 (nueve mil ochocientos pesos 00/100 M.N.) en dos exhibiciones: la "
            "mitad al firmar este convenio y el resto al recibir la fecha de su cita consular.",
            9800,
            "MXN",
        ),
        fee(
            "visa_cost",
            1,
            "El derecho de visa de 205 dólares lo paga EL TRABAJADOR directamente en el banco y no "
            "le será reembolsado.",
            205,
            "USD",
        ),
        fee(
            "deposit_or_bond",
            2,
            "Para garantizar el cumplimiento de este convenio, EL TRABAJADOR firmará a favor de "
            "EL RECLUTADOR un pagaré por $30,000.00 (treinta mil pesos 00/100 M.N.), que le será devuelto cuando "
            "regrese a México.",
            30000,
            "MXN",
        ),
    ]
    lab = label(
        "bz02.pdf",
        "h2a",
        "es",
        2,
        fees,
        ["wage_adjustment", "earnings_statements", "termination", "contract_impossibility"],
        ["Servicios Migratorios del Bajío, S.C."],
        [
            "vivienda gratuita (h2a free housing)",
            "cocina equipada sin costo",
            "autobús de ida y de regreso pagado por la empresa",
            "herramientas sin costo y sin depósito",
            "compensación laboral pagada por la empresa",
            "el trabajador conserva su pasaporte",
        ],
        "recruiter_agreement",
        "Letter, serif; centered title; bold clause headings; gridded two-column terms table; "
        "signature lines with fingerprint box",
    )
    keys = [("Sandhill Crossing Produce LLC, 820 Old Lyons Highway", 1), ("Hoja 2/2", 2)]
    return pdf, lab, keys, []


def bz03():
    """H-2A farm labor contractor offer letter, Spanish, Michigan blueberries, 2 pages, two columns."""
    pdf = Doc(
        "Letter", "Hermanos Quintanilla Harvesting LLC - Oferta H-2A 2026 - página {p} de {nb}"
    )
    pdf.add_page()
    pdf.band(
        [
            "HERMANOS QUINTANILLA HARVESTING LLC",
            "Contratista de trabajo agrícola (H-2ALC) - 2415 Lakeshore Drive, Holland, Michigan 49424 - (616) 555-0119",
        ],
        (96, 40, 120),
        sizes=[14, 8.5],
    )
    pdf.para(
        "Carta de oferta de empleo H-2A - Temporada de arándano 2026", size=12, style="B", gap=2
    )
    pdf.para(
        "Estimado trabajador: Hermanos Quintanilla Harvesting LLC, 2415 Lakeshore Drive, Holland, Michigan "
        "49424, le ofrece trabajo como cosechador en las condiciones que siguen. Lea con cuidado ambas "
        "columnas antes de firmar.",
        size=9.5,
        gap=3,
    )
    left = [
        (
            "Puesto",
            "Cosechador de arándano (blueberry): cortar la fruta a mano en cubetas sujetas a la cintura, "
            "vaciarla en las cajas de campo, llevar las cajas al punto de pesaje y retirar la fruta dañada.",
        ),
        (
            "Lugares de trabajo",
            "Granja Dekker Blueberries, 6120 120th Avenue, Fennville, Michigan, y granja Lakeview "
            "Berries, 3340 68th Street, Saugatuck, Michigan.",
        ),
        ("Fechas", "Del 29 de junio al 12 de septiembre de 2026."),
        (
            "Horario",
            "De lunes a sábado, de 6:00 a 14:30, con media hora para comer; unas 48 horas por semana, según "
            "el clima y la fruta.",
        ),
        (
            "Salario",
            "18.50 dólares por hora, o 0.65 dólares por libra si el trabajador gana más así. Si el AEWR o el "
            "salario mínimo suben durante el contrato, se pagará la tarifa más alta desde la fecha en que "
            "entre en vigor.",
        ),
        (
            "Garantía de 3/4",
            "EL CONTRATISTA ofrecerá trabajo por lo menos en tres cuartas partes de los días del "
            "contrato; si no lo hace, pagará la diferencia.",
        ),
        (
            "Pago",
            "Semanal, cada viernes, con un talón que muestra las horas ofrecidas y trabajadas, las libras, la "
            "tarifa, el total y cada descuento.",
        ),
    ]
    right = [
        (
            "Vivienda",
            "Sin renta, en el Campo Los Pinos, 5880 Blue Star Highway, Saugatuck, Michigan.",
        ),
        ("Comidas", "Cada cuarto tiene cocina con estufa, refrigerador y trastes sin costo."),
        (
            "Transporte diario",
            "Gratis, en los autobuses de EL CONTRATISTA, del campo a las granjas.",
        ),
        (
            "Viaje de ida",
            "EL CONTRATISTA reembolsa el autobús de Monterrey a Holland y los alimentos del camino "
            "cuando el trabajador cumple la mitad del contrato.",
        ),
        ("Viaje de regreso", "Pagado por EL CONTRATISTA al terminar el contrato."),
        ("Herramientas", "Cubetas, cintos y cajas sin costo."),
        (
            "Luz y gas",
            "Cada trabajador aportará $20.00 por semana para la luz y el gas de la vivienda, que se "
            "descontarán de su cheque.",
        ),
    ]
    pdf.columns(left, right, size=9.5)
    pdf.add_page()
    pdf.heading("DESCUENTOS DEL CHEQUE", size=11)
    pdf.para("De su pago semanal solo se descontará lo siguiente:", size=10)
    for n, t in enumerate(
        [
            "Impuesto federal sobre la renta, solo si el trabajador lo pide por escrito.",
            "La aportación semanal de luz y gas ($20.00).",
            "Préstamo de viaje: antes de salir de su pueblo, EL CONTRATISTA presta a quien lo pida hasta $400.00 para el "
            "viaje; el préstamo se descuenta del cheque en partidas de $50.00 por semana, más un cargo de $25.00 por el "
            "servicio.",
            "Fondo de temporada: se retendrá el 10 % del pago neto de cada semana en un fondo de temporada, que se "
            "entregará completo al trabajador con su último cheque.",
        ],
        start=1,
    ):
        pdf.f(10)
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, f"{n}. {t}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.ln(2)
    pdf.heading("TERMINACIÓN", size=11)
    pdf.para(
        "Si el trabajador falta 5 días de trabajo seguidos sin permiso, se considera que abandonó el empleo. "
        "EL CONTRATISTA puede despedir por causa justificada, como violencia o robo, después de una advertencia "
        "por escrito. En esos casos no se paga el viaje de regreso."
    )
    pdf.heading("DUDAS", size=11)
    pdf.para(
        "Para cualquier duda sobre esta oferta llame a la oficina de Holland al (616) 555-0119, de lunes a "
        "viernes, de 9:00 a 17:00."
    )
    pdf.para("Atentamente,", gap=0)
    pdf.sign_blocks(
        [
            ("Administrador, Hermanos Quintanilla Harvesting LLC", "Rogelio Quintanilla"),
            ("Acepto las condiciones de esta oferta", "Nombre y firma del trabajador"),
        ],
        line_gap=16,
    )
    fees = [
        fee(
            "housing_charge",
            1,
            "Cada trabajador aportará $20.00 por semana para la luz y el gas de la vivienda, que "
            "se descontarán de su cheque.",
            20,
            "USD",
        ),
        fee(
            "debt_bondage",
            2,
            "Préstamo de viaje: antes de salir de su pueblo, EL CONTRATISTA presta a quien lo pida "
            "hasta $400.00 para el viaje; el préstamo se descuenta del cheque en partidas de $50.00 por semana, más "
            "un cargo de $25.00 por el servicio.",
            400,
            "USD",
        ),
        fee(
            "wage_withholding",
            2,
            "Fondo de temporada: se retendrá el 10 % del pago neto de cada semana en un fondo "
            "de temporada, que se entregará completo al trabajador con su último cheque.",
        ),
    ]
    lab = label(
        "bz03.pdf",
        "h2a",
        "es",
        2,
        fees,
        ["job_requirements", "workers_compensation", "contract_impossibility"],
        [],
        [
            "vivienda sin renta (the separate utility charge is the finding)",
            "cocina con estufa y trastes sin costo",
            "inbound bus reimbursed at 50% of the contract (lawful H-2A timing)",
            "herramientas sin costo",
            "federal income tax withheld only at the worker's written request",
        ],
        "offer_letter",
        "Letter; purple header band; two text columns (conditions | housing, transport and costs); "
        "numbered deductions list; signature lines",
    )
    keys = [
        ("Hermanos Quintanilla Harvesting LLC, 2415 Lakeshore Drive", 1),
        ("Sin renta, en el Campo Los Pinos", 1),
        ("página 2 de 2", 2),
    ]
    return pdf, lab, keys, []


def bz04():
    """H-2B offer letter + cost disclosure, English, Jamaica -> Maryland crab picking, 2 pages."""
    pdf = Doc("Letter", "Tilghman Point Seafood Co., Inc. - 2026 season offer - {p}")
    pdf.add_page()
    pdf.letterhead(
        "TILGHMAN POINT SEAFOOD CO., INC.",
        [
            "5210 Wharf Lane, Tilghman, Maryland 21671 - (410) 555-0142 - office@tilghmanpointseafood.example"
        ],
        (20, 70, 120),
    )
    pdf.para("January 12, 2026", size=10)
    pdf.para(
        "Mr. Devon Alphanso Whyte\nLot 14 Content Gardens, May Pen, Clarendon, Jamaica",
        size=10,
        gap=3,
    )
    pdf.para("Re: H-2B seasonal employment offer - Crab Meat Picker", size=10, style="B")
    pdf.para(
        "Dear Mr. Whyte, we are pleased to confirm your job offer for the 2026 season. The terms approved in our "
        "certified job order are summarized below.",
        size=10,
        gap=2.5,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Tilghman Point Seafood Co., Inc., 5210 Wharf Lane, Tilghman, Maryland 21671",
            ],
            [
                "Position",
                "Crab meat picker: pick cooked blue crab meat by hand, sort it by grade, pack and seal "
                "containers, and clean work tables at the end of the shift.",
            ],
            [
                "Requirements",
                "No experience required. Must be able to stand for an eight-hour shift and handle knives "
                "safely.",
            ],
            ["Worksite", "Processing plant at 5210 Wharf Lane, Tilghman, Maryland"],
            ["Season", "April 1, 2026 to November 20, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m.; Saturday work when the catch "
                "requires it. Two paid coffee breaks of 15 minutes each shift.",
            ],
            [
                "Wage",
                "$17.35 per hour, or $3.40 per pound of picked meat if higher. If a higher prevailing wage or "
                "minimum wage takes effect during the season, we will pay the higher rate from that date.",
            ],
            [
                "Overtime",
                "Hours over 40 in a workweek are paid at $26.03 per hour (one and one-half times).",
            ],
            [
                "Pay",
                "Weekly, every Friday, with an itemized pay stub showing hours, rate, gross pay and each deduction.",
            ],
            [
                "Deductions",
                "Federal and Maryland income tax, Social Security and Medicare, and the items listed on page 2.",
            ],
            [
                "Housing",
                "Company housing at 5300 Wharf Lane is available to all H-2B workers at no cost.",
            ],
            [
                "Travel",
                "Your airfare from Kingston to Baltimore, the bus to Tilghman and daily subsistence on the trip are "
                "reimbursed with your first paycheck. If you finish the season, or are dismissed early for "
                "reasons other than cause, we pay your return airfare to Kingston.",
            ],
            ["Tools", "Knives, aprons, hairnets and gloves are provided at no cost."],
            [
                "Leaving the job",
                "If you miss 5 consecutive working days without permission, you are considered to have "
                "abandoned the job. We may dismiss a worker for cause after a written warning.",
            ],
        ],
        [34, 146],
        size=9,
        bold_first_col=True,
    )
    pdf.para(
        "Please sign the enclosed copy and return it to our agent in Kingston. We look forward to seeing you in "
        "April.",
        size=10,
        gap=1,
    )
    pdf.para("Sincerely,\nCarolyn B. Harrison, Plant Manager", size=10)

    pdf.add_page()
    pdf.para("WORKER COST DISCLOSURE - 2026 SEASON", size=13, style="B", align="C", gap=1)
    pdf.para(
        "Prepared by Blue Mahoe Workforce Solutions Ltd., 22 Hope Road, Kingston 10, Jamaica, agent of the "
        "employer",
        size=9,
        align="C",
        gap=4,
    )
    pdf.para(
        "Worker: Devon Alphanso Whyte - Employer: Tilghman Point Seafood Co., Inc. - Job: Crab Meat Picker",
        size=9.5,
        gap=3,
    )
    pdf.grid(
        [
            ["1", "Registration and file processing", "JMD 48,000", "Worker", "Paid to Blue Mahoe"],
            ["2", "Passport (new or renewal)", "JMD 7,500", "Worker", "Not reimbursed"],
            [
                "3",
                "U.S. visa application fee (MRV)",
                "USD 205",
                "Employer",
                "Refunded in first workweek",
            ],
            [
                "4",
                "Airfare Kingston - Baltimore",
                "USD 420 approx.",
                "Employer",
                "Ticket bought by employer",
            ],
            ["5", "Food safety orientation", "USD 35", "Worker", "From first paycheck"],
            [
                "6",
                "Rubber boots and locker key deposit",
                "USD 60",
                "Worker",
                "Refunded at season end",
            ],
        ],
        [9, 64, 30, 22, 55],
        size=9,
        heading=["No.", "Item", "Amount", "Paid by", "Notes"],
        fill=(210, 224, 240),
    )
    pdf.para(
        "Item 3: the visa fee is paid by the worker at the bank before the interview and is refunded in full by "
        "the employer with the first weekly paycheck. Items 5 and 6 are deducted from the first paycheck; the "
        "deposit in item 6 is refunded when the boots and key are returned at the end of the season.",
        size=9.5,
        gap=3,
    )
    pdf.para("Worker acknowledgement", size=10, style="B", gap=1)
    pdf.para(
        "I have read this disclosure, or it has been read to me, and I understand which costs I pay and which "
        "costs the employer pays.",
        size=9.5,
        gap=2,
    )
    pdf.sign_blocks(
        [
            ("Worker", "Devon Alphanso Whyte"),
            ("For Blue Mahoe Workforce Solutions Ltd.", "Sharon E. McKenzie"),
        ],
        line_gap=14,
    )
    fees = [
        fee(
            "recruitment_fee",
            2,
            "Registration and file processing JMD 48,000 Worker Paid to Blue Mahoe",
            48000,
            "JMD",
        ),
        fee(
            "visa_cost",
            2,
            "Passport (new or renewal) JMD 7,500 Worker Not reimbursed",
            7500,
            "JMD",
            "review",
        ),
        fee(
            "training_cost",
            2,
            "Food safety orientation USD 35 Worker From first paycheck",
            35,
            "USD",
        ),
        fee(
            "equipment_charge",
            2,
            "Rubber boots and locker key deposit USD 60 Worker Refunded at season end",
            60,
            "USD",
        ),
    ]
    lab = label(
        "bz04.pdf",
        "h2b",
        "en",
        2,
        fees,
        ["three_fourths_guarantee", "contract_impossibility"],
        ["Blue Mahoe Workforce Solutions Ltd."],
        [
            "visa fee paid up front but refunded in the first workweek",
            "airfare, bus and subsistence reimbursed; ticket bought by employer",
            "company housing at no cost",
            "knives, aprons and gloves at no cost",
            "'coffee' contains 'fee'",
            "statutory tax, Social Security and Medicare deductions",
        ],
        "offer_letter",
        "Letter; serif letterhead with rule; gridded two-column terms table; page 2 cost disclosure "
        "table with payee column; signature lines",
    )
    keys = [
        ("Tilghman Point Seafood Co., Inc., 5210 Wharf Lane, Tilghman, Maryland 21671", 1),
        ("Two paid coffee breaks", 1),
        ("U.S. visa application fee (MRV) USD 205 Employer", 2),
        ("Blue Mahoe Workforce Solutions Ltd.", 2),
    ]
    return pdf, lab, keys, []


def bz05():
    """H-2B work contract, Spanish, compliant, Veracruz -> South Carolina hotel, 3 pages."""
    pdf = Doc(
        "Letter",
        "Contrato H-2B - Harbor Pines Hospitality LLC - María Guadalupe Hernández Solís - página {p} de {nb}",
    )
    pdf.add_page()
    pdf.band(
        [
            "CONTRATO DE TRABAJO TEMPORAL H-2B",
            "Temporada 2026 - The Saltmarsh Inn, Hilton Head Island",
        ],
        (0, 105, 120),
        sizes=[14, 10],
    )
    pdf.f(9.5)
    pdf.set_fill_color(230, 243, 245)
    pdf.multi_cell(
        0,
        5,
        "Resumen: camarista - 16.41 dólares por hora - 40 horas por semana - del 16 de marzo al 31 "
        "de octubre de 2026 - pago cada dos semanas. Nadie puede cobrarle por este trabajo.",
        border=1,
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            [
                "LA EMPRESA",
                "Harbor Pines Hospitality LLC, que opera The Saltmarsh Inn, 77 Ocean Boulevard, Hilton Head "
                "Island, Carolina del Sur 29928, EE. UU.",
            ],
            [
                "LA PERSONA TRABAJADORA",
                "María Guadalupe Hernández Solís, de Papantla, Veracruz, México.",
            ],
            [
                "RECLUTADOR",
                "Talento Costero Reclutamiento, S. de R.L. de C.V., Xalapa, Veracruz, contratado y pagado por "
                "LA EMPRESA.",
            ],
        ],
        [50, 130],
        size=9,
        bold_first_col=True,
        borders="HORIZONTAL_LINES",
    )
    pdf.clause(
        "1. Puesto y tareas.",
        "Camarista (housekeeper): limpiar y ordenar habitaciones, tender camas, lavar "
        "baños y reponer toallas y amenidades. En días de mucha ocupación se le puede asignar al puesto de "
        "playa, donde entrega sombrillas y cobra a los huéspedes la cuota de renta de sillas según la lista de "
        "precios del hotel.",
    )
    pdf.clause(
        "2. Requisitos.",
        "No se requiere experiencia. Se requiere poder levantar 25 libras y trabajar de pie "
        "durante el turno.",
    )
    pdf.clause(
        "3. Lugar de trabajo.",
        "The Saltmarsh Inn, 77 Ocean Boulevard, Hilton Head Island, Carolina del Sur.",
    )
    pdf.clause("4. Duración.", "Del 16 de marzo al 31 de octubre de 2026.")
    pdf.clause(
        "5. Jornada.",
        "40 horas por semana, cinco días de ocho horas, de 8:00 a 16:30 con media hora para "
        "comer sin pago.",
    )
    pdf.clause(
        "6. Salario.",
        "16.41 dólares por hora. Si durante el contrato entra en vigor un salario prevaleciente "
        "o un salario mínimo federal, estatal o local más alto, LA EMPRESA pagará el más alto desde esa fecha.",
    )
    pdf.clause(
        "7. Horas extra.",
        "Las horas trabajadas después de 40 en una semana se pagan a 24.62 dólares por hora "
        "(tiempo y medio).",
    )

    pdf.add_page()
    pdf.clause(
        "8. Pago.",
        "Cada dos semanas, los viernes, por depósito directo o cheque. Con cada pago se entrega un "
        "talón con las horas ofrecidas y trabajadas, la tarifa, el total ganado y cada descuento.",
    )
    pdf.clause(
        "9. Descuentos.",
        "Solo se descuentan los impuestos federal y estatal, el Seguro Social y Medicare que "
        "exige la ley, y lo que LA PERSONA TRABAJADORA autorice por escrito para su propio beneficio, por "
        "ejemplo envíos de dinero a su familia. No se descuenta nada por uniformes, herramientas, transporte, "
        "visa ni reclutamiento.",
    )
    pdf.clause(
        "10. Garantía de tres cuartas partes.",
        "LA EMPRESA garantiza ofrecer trabajo por al menos tres cuartas "
        "partes de las horas de trabajo de cada periodo de 12 semanas del contrato (o de 6 semanas si el "
        "contrato dura menos de 120 días). Si ofrece menos, paga la diferencia.",
    )
    pdf.clause(
        "11. Viaje de ida y visa.",
        "LA EMPRESA, no la persona trabajadora, paga la visa: en la primera semana "
        "de trabajo reembolsa la cuota de la visa H-2B, el cargo del cruce fronterizo, el autobús de Xalapa a "
        "Hilton Head Island y los alimentos y el hospedaje del camino.",
    )
    pdf.clause(
        "12. Viaje de regreso.",
        "Si LA PERSONA TRABAJADORA termina el contrato, o es despedida antes por "
        "razones ajenas a una causa justificada, LA EMPRESA paga el autobús de regreso a Xalapa y los alimentos "
        "del camino.",
    )
    pdf.clause(
        "13. Uniformes y herramientas.",
        "LA EMPRESA entrega sin costo alguno tres uniformes, guantes, carritos "
        "y productos de limpieza, sin pedir depósito.",
    )
    pdf.clause(
        "14. Comida.", "Una comida caliente gratis en cada turno en el comedor del personal."
    )
    pdf.clause(
        "15. Vivienda.",
        "LA EMPRESA ofrece, sin costo alguno, cuartos compartidos en 14 Palmetto Lane, Hilton "
        "Head Island, a dos cuadras del hotel.",
    )
    pdf.clause(
        "16. Terminación.",
        "Si LA PERSONA TRABAJADORA falta 5 días laborables seguidos sin avisar, se "
        "considera que abandonó el empleo, y LA EMPRESA lo notificará al Departamento del Trabajo y al "
        "Departamento de Seguridad Nacional como exige la ley. LA EMPRESA solo puede despedir por causa "
        "justificada y después de una advertencia por escrito.",
    )
    pdf.clause(
        "17. Caso fortuito.",
        "Si un huracán, incendio u otro desastre hace imposible el trabajo antes del 31 de "
        "octubre de 2026, LA EMPRESA puede terminar el contrato con la aprobación del Departamento del Trabajo; "
        "pagará la garantía de tres cuartas partes hasta esa fecha y el viaje de regreso, y procurará "
        "transferir a LA PERSONA TRABAJADORA a otro empleador.",
    )

    pdf.add_page()
    pdf.clause(
        "18. Reclutamiento.",
        "Nadie puede cobrarle por este trabajo. Talento Costero Reclutamiento, S. de R.L. "
        "de C.V. recibe su pago de LA EMPRESA y el servicio es sin costo alguno para LA PERSONA TRABAJADORA.",
    )
    pdf.clause(
        "19. Documentos y quejas.",
        "LA PERSONA TRABAJADORA guarda su pasaporte y su visa. Puede quejarse ante "
        "el consulado de México, el Departamento del Trabajo o cualquier organización sin represalias y sin que "
        "eso afecte contrataciones futuras.",
    )
    pdf.clause(
        "20. Idioma.",
        "Este contrato se entrega en español, que es el idioma de LA PERSONA TRABAJADORA. La "
        "versión en inglés está a su disposición en la oficina del hotel.",
    )
    pdf.para("Firmado en Xalapa, Veracruz, el 10 de febrero de 2026.", gap=4)
    pdf.grid(
        [
            ["Por LA EMPRESA", "LA PERSONA TRABAJADORA"],
            ["\n\n\nDaniel R. Whitcomb, Gerente General", "\n\n\nMaría Guadalupe Hernández Solís"],
        ],
        [90, 90],
        size=9.5,
        heading=None,
    )
    fees = []
    lab = label(
        "bz05.pdf",
        "h2b",
        "es",
        3,
        fees,
        [],
        ["Talento Costero Reclutamiento, S. de R.L. de C.V."],
        [
            "'cobra a los huéspedes la cuota de renta de sillas' is a job duty, not a worker fee",
            "la empresa, no la persona trabajadora, paga la visa (reimbursed in the first week)",
            "inbound bus, meals and lodging reimbursed in the first week",
            "uniforms and tools sin costo alguno, sin depósito",
            "free staff meal each shift",
            "free shared housing",
            "recruiter paid by the employer; service sin costo alguno",
            "statutory tax, Social Security and Medicare deductions",
            "voluntary remittance deduction authorized in writing",
            "abandonment notice to DOL/DHS required by law (not blacklisting)",
        ],
        "work_contract",
        "Letter; teal header band; shaded summary box; parties table with horizontal rules; numbered "
        "clauses; gridded signature table",
    )
    keys = [
        ("Harbor Pines Hospitality LLC, que opera The Saltmarsh Inn", 1),
        ("cobra a los huéspedes la cuota de renta de sillas", 1),
        ("LA EMPRESA, no la persona trabajadora, paga la visa", 2),
        ("sin costo alguno para LA PERSONA TRABAJADORA", 3),
        ("página 3 de 3", 3),
    ]
    return pdf, lab, keys, []


def bz06():
    """H-2B recruiter receipt, Spanish, Veracruz -> Louisiana seafood, 1 page."""
    pdf = Doc("Letter", None, margins=(20, 16, 20))
    pdf.add_page()
    pdf.set_y(16)
    pdf.f(15, "B", "serif")
    pdf.cell(110, 7, "ENLACES LABORALES DEL GOLFO", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.f(8.5)
    for t in (
        "Asesoría y colocación de personal para Estados Unidos",
        "Av. 20 de Noviembre 318, Col. Centro, Poza Rica, Veracruz",
        "Tel. 782 555 0190",
    ):
        pdf.cell(110, 4.2, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(136, 17)
    pdf.f(12, "B")
    pdf.set_text_color(170, 20, 20)
    pdf.cell(58, 7, "Folio No. 0457", align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.f(10, "B")
    pdf.set_xy(136, 27)
    pdf.cell(58, 7, "Bueno por: $19,500.00 M.N.", border=1, align="C")
    pdf.set_xy(pdf.l_margin, 42)
    pdf.para("RECIBO DE PAGO", size=13, style="B", align="C", gap=3)
    pdf.para(
        "Recibí del Sr. Eleazar Domínguez Cruz la cantidad de $19,500.00 (diecinueve mil quinientos pesos 00/100 "
        "M.N.) por los conceptos que se detallan, relacionados con su contratación con visa H-2B para la empresa "
        "Bayou Teche Seafood Processors, Inc., 1840 Jefferson Terrace Road, New Iberia, Luisiana 70560, EE. UU., "
        "en el puesto de procesador de mariscos (pelar, clasificar y empacar camarón), en la planta de la empresa "
        "en esa misma dirección, con un salario ofrecido de 15.80 dólares por hora.",
        size=10,
        gap=3,
    )
    pdf.grid(
        [
            [
                "Cuota de colocación (lugar en la lista H-2B)",
                "$14,000.00",
                "Enlaces Laborales del Golfo",
            ],
            ["Derecho consular de la visa H-2B", "$4,200.00", "Enlaces Laborales del Golfo"],
            ["Examen médico y antidoping", "$1,300.00", "Clínica San Rafael"],
            ["Comisión de agencia", "$0.00", "(la paga el empleador)"],
            ["TOTAL", "$19,500.00", ""],
        ],
        [86, 30, 58],
        size=9.5,
        heading=["Concepto", "Importe", "Recibe"],
        fill=(235, 235, 235),
    )
    pdf.para(
        "Forma de pago: primer pago recibido hoy en efectivo, $10,000.00; segundo pago, $9,500.00, a más tardar "
        "el día de la cita consular en Monterrey. Las cantidades pagadas no son reembolsables.",
        size=9.5,
        gap=2,
    )
    y_date = pdf.get_y()
    pdf.para("Poza Rica, Ver., a 3 de febrero de 2026.", size=9.5, gap=1)
    # "PAGADO" stamp (plain, unrotated) to the right of the date line
    pdf.set_draw_color(170, 20, 20)
    pdf.set_line_width(0.8)
    pdf.rect(150, y_date + 2, 40, 12)
    pdf.set_xy(150, y_date + 4.5)
    pdf.set_text_color(170, 20, 20)
    pdf.f(14, "B")
    pdf.cell(40, 7, "PAGADO", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, y_date + 6)
    pdf.sign_blocks(
        [
            ("Recibió, por Enlaces Laborales del Golfo", "Lic. Araceli Montiel Vargas"),
            ("Entregó", "Eleazar Domínguez Cruz"),
        ],
        line_gap=16,
    )
    y_end = pdf.get_y()
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.5)
    pdf.rect(14, 12, pdf.w - 28, y_end - 12)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y_end + 2)
    pdf.f(7.5, "I")
    pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(
        0,
        3.8,
        "Original para el cliente. Conserve este recibo; se le pedirá para el segundo pago.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    fees = [
        fee(
            "recruitment_fee",
            1,
            "Cuota de colocación (lugar en la lista H-2B) $14,000.00",
            14000,
            "MXN",
        ),
        fee("visa_cost", 1, "Derecho consular de la visa H-2B $4,200.00", 4200, "MXN"),
        fee("medical_cost", 1, "Examen médico y antidoping $1,300.00", 1300, "MXN"),
    ]
    missing = [
        "employment_period",
        "hours_of_work",
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
    ]
    lab = label(
        "bz06.pdf",
        "h2b",
        "es",
        1,
        fees,
        missing,
        ["Enlaces Laborales del Golfo"],
        [
            "'Comisión de agencia $0.00 (la paga el empleador)' line (the placement fee above is still charged)"
        ],
        "receipt",
        "Letter; bordered receipt box; folio and 'Bueno por' box top right; gridded table Concepto | "
        "Importe | Recibe; instalment note; red PAGADO stamp",
    )
    keys = [
        ("Bayou Teche Seafood Processors, Inc., 1840 Jefferson Terrace Road", 1),
        ("Comisión de agencia $0.00 (la paga el empleador)", 1),
        ("PAGADO", 1),
    ]
    return pdf, lab, keys, []


def bz07():
    """Generic: Philippines -> Saudi Arabia welder, English, 2 pages A4."""
    pdf = Doc(
        "A4",
        "POEA/DMW-format contract - Al-Rayyan Fabrication & Steel Works Co. - A. D. Soriano - page {p}",
    )
    pdf.add_page()
    pdf.para("STANDARD EMPLOYMENT CONTRACT", size=14, style="B", align="C", gap=0.5)
    pdf.para(
        "VARIOUS SKILLS (LAND-BASED) - KINGDOM OF SAUDI ARABIA",
        size=10,
        style="B",
        align="C",
        gap=4,
    )
    pdf.grid(
        [
            ["Employer", "Al-Rayyan Fabrication & Steel Works Co."],
            ["Address", "P.O. Box 10482, Jubail Industrial City 31961, Kingdom of Saudi Arabia"],
            [
                "Philippine agency",
                "Mabuhay Gateway Manpower Services, Inc., 1460 M.H. del Pilar Street, Ermita, Manila",
            ],
            ["Worker", "Arnel Dimaculangan Soriano"],
            ["Address", "Purok 3, Barangay San Isidro, Lipa City, Batangas"],
            ["Passport", "P7712039B, issued in Manila"],
        ],
        [44, 130],
        size=9.5,
        bold_first_col=True,
        fill=(230, 230, 230),
    )
    pdf.para(
        "The Employer and the Worker voluntarily agree to the following terms and conditions:",
        size=10,
        gap=2,
    )
    for head, text in [
        (
            "1. Site of employment.",
            "Fabrication yard of the Employer, Jubail Industrial City, Eastern Province, "
            "Kingdom of Saudi Arabia, and client project sites in the Eastern Province assigned by the Employer.",
        ),
        (
            "2. Position and duties.",
            "Structural Welder (SMAW/GTAW 6G). Welds structural steel and pipe spools "
            "according to drawings and welding procedure specifications, prepares joints, and inspects his own welds.",
        ),
        ("3. Contract duration.", "Two (2) years, from 15 January 2027 to 14 January 2029."),
        ("4. Basic monthly salary.", "SAR 2,000.00 (Two Thousand Saudi Riyals)."),
        (
            "5. Regular working hours.",
            "Eight (8) hours a day, six (6) days a week; Friday is the weekly rest day. "
            "Overtime work is paid as provided by the Saudi Labor Law.",
        ),
        (
            "6. Payment of salary.",
            "Monthly, by bank transfer to the Worker's account, not later than the 7th day of "
            "the following month.",
        ),
        (
            "7. Housing, transport and food.",
            "The Employer provides free housing in its labour accommodation in "
            "Jubail, free transportation to and from the worksite, and a food allowance of SAR 300 per month.",
        ),
        (
            "8. Visa and ticket.",
            "The Employer pays the work visa, the iqama (residence permit) and its renewals, the "
            "exit and re-entry visas, and the one-way air ticket from Manila to Dammam.",
        ),
        (
            "9. Medical care.",
            "Free medical and dental services while in Saudi Arabia, including medical insurance "
            "under the Cooperative Health Insurance Law, paid by the Employer.",
        ),
        ("10. Vacation.", "Twenty-one (21) days of paid vacation for every year of service."),
        (
            "11. Repatriation.",
            "At the end of the contract, or if the contract is ended by the Employer for reasons "
            "not due to the Worker's fault, the Employer pays the Worker's economy-class ticket back to Manila.",
        ),
        (
            "12. Termination.",
            "The Employer may end this contract for just causes under the Saudi Labor Law after an "
            "investigation in which the Worker is heard. The Worker may end it with thirty (30) days' written notice.",
        ),
    ]:
        pdf.clause(head, text, size=9.5, gap=1.2)
    pdf.add_page()
    pdf.para("ADDITIONAL PROVISIONS", size=11, style="B", gap=2)
    for head, text in [
        (
            "13. Safekeeping of documents.",
            "For safekeeping, the Employer shall hold the Worker's passport and iqama "
            "during the whole contract period and release them only when the Worker travels on vacation or at final "
            "exit.",
        ),
        (
            "14. Placement fee.",
            "The Worker shall pay the Agency a placement fee equivalent to one (1) month's basic "
            "salary, PHP 30,500.00, upon issuance of the visa.",
        ),
        (
            "15. Trade test.",
            "The Worker shall shoulder the cost of his 6G welding trade test at a TESDA-accredited "
            "assessment center, PHP 4,800.00.",
        ),
        (
            "16. Medical examination.",
            "The pre-employment medical examination at a DOH-accredited clinic, "
            "PHP 3,200.00, shall likewise be for the Worker's account.",
        ),
        (
            "17. Orientation.",
            "The Pre-Departure Orientation Seminar (PDOS) is given free of charge by the Agency.",
        ),
        (
            "18. Social insurance.",
            "The Employer registers the Worker with GOSI and pays the occupational hazards "
            "contribution required by Saudi law.",
        ),
        (
            "19. Governing law.",
            "Matters not provided in this contract are governed by the Saudi Labor Law and its "
            "implementing regulations.",
        ),
    ]:
        pdf.clause(head, text, size=9.5, gap=1.5)
    pdf.para(
        "IN WITNESS WHEREOF, the parties have signed this contract on 2 December 2026 in Manila, Philippines.",
        size=9.5,
        gap=2,
    )
    pdf.sign_blocks(
        [
            ("For the Employer", "Faisal Hamad Al-Qahtani"),
            ("Worker", "Arnel Dimaculangan Soriano"),
            ("For the Agency", "Ma. Cristina R. Villanueva"),
        ],
        line_gap=14,
    )
    fees = [
        fee(
            "document_retention",
            2,
            "For safekeeping, the Employer shall hold the Worker's passport and iqama during "
            "the whole contract period and release them only when the Worker travels on vacation or at final exit.",
        ),
        fee(
            "recruitment_fee",
            2,
            "The Worker shall pay the Agency a placement fee equivalent to one (1) month's basic "
            "salary, PHP 30,500.00, upon issuance of the visa.",
            30500,
            "PHP",
        ),
        fee(
            "training_cost",
            2,
            "The Worker shall shoulder the cost of his 6G welding trade test at a TESDA-accredited "
            "assessment center, PHP 4,800.00.",
            4800,
            "PHP",
        ),
        fee(
            "medical_cost",
            2,
            "The pre-employment medical examination at a DOH-accredited clinic, PHP 3,200.00, "
            "shall likewise be for the Worker's account.",
            3200,
            "PHP",
        ),
    ]
    lab = label(
        "bz07.pdf",
        "generic",
        "en",
        2,
        fees,
        ["deductions"],
        ["Mabuhay Gateway Manpower Services, Inc."],
        [
            "employer pays work visa, iqama, exit/re-entry visas and ticket",
            "free housing and transport; food allowance SAR 300",
            "medical insurance paid by the employer",
            "PDOS free of charge",
            "GOSI contribution paid by the employer",
        ],
        "ofw_contract",
        "A4; centered title; gridded parties table; numbered clauses over two pages; three signature "
        "lines",
    )
    keys = [
        ("Al-Rayyan Fabrication & Steel Works Co.", 1),
        ("SAR 2,000.00 (Two Thousand Saudi Riyals)", 1),
        ("free of charge by the Agency", 2),
    ]
    return pdf, lab, keys, []


def bz08():
    """Generic: Bangladesh -> Malaysia factory, English, 2 pages A4."""
    pdf = Doc(
        "A4",
        "Sutera Precision Components Sdn. Bhd. - Offer and contract SPC/FW/2026/0318 - {p}/{nb}",
    )
    pdf.add_page()
    pdf.letterhead(
        "SUTERA PRECISION COMPONENTS SDN. BHD.",
        [
            "Company No. 201401023456 - Lot 22, Jalan Hi-Tech 3, Kulim Hi-Tech Park, 09000 Kulim, Kedah, Malaysia",
            "Tel. +60 4 555 0172",
        ],
        (150, 30, 45),
        size=14,
    )
    pdf.para(
        "Ref: SPC/FW/2026/0318                                                          Date: 20 October 2026",
        size=9.5,
        gap=2,
    )
    pdf.para("LETTER OF OFFER AND CONTRACT OF EMPLOYMENT", size=12, style="B", align="C", gap=3)
    pdf.para(
        "We are pleased to offer you employment with Sutera Precision Components Sdn. Bhd. on the following "
        "terms:",
        size=10,
        gap=2,
    )
    pdf.grid(
        [
            [
                "Employee",
                "Md. Rakibul Hasan, passport no. A09876543, of Village Char Alexander, Ramgati, Lakshmipur, "
                "Bangladesh",
            ],
            [
                "Position",
                "Production Operator: loads and unloads moulding machines, inspects parts visually, packs "
                "finished components and keeps the work area clean.",
            ],
            [
                "Place of work",
                "Factory at Lot 22, Jalan Hi-Tech 3, Kulim Hi-Tech Park, 09000 Kulim, Kedah",
            ],
            ["Period", "1 March 2027 to 28 February 2030 (36 months)"],
            [
                "Working hours",
                "8 hours a day, 6 days a week (48 hours); rotating day and night shifts",
            ],
            ["Overtime", "1.5 times the hourly rate on working days; 2 times on rest days"],
            [
                "Basic wage",
                "MYR 1,700.00 per month (Ringgit Malaysia One Thousand Seven Hundred only)",
            ],
            [
                "Payment",
                "Monthly, by bank transfer, not later than the 7th day of the following month",
            ],
            [
                "Deductions",
                "SOCSO (PERKESO) employee contribution, income tax where applicable, and the FOMEMA charge "
                "stated in Annex B",
            ],
            [
                "Accommodation",
                "Hostel accommodation at Taman Sutera Workers' Hostel, Kulim, provided free of charge",
            ],
            [
                "Levy",
                "The foreign worker levy is paid by the Employer and will not be deducted from wages.",
            ],
            [
                "Return",
                "The Employer pays the air ticket back to Dhaka at the end of the contract.",
            ],
            [
                "Termination",
                "Either party may end this contract with one month's written notice or one month's wages in "
                "lieu of notice; the Employer may dismiss without notice only for misconduct after a due "
                "inquiry.",
            ],
            [
                "Passport",
                "The Employee keeps his own passport. A lockable personal locker is provided free in the hostel.",
            ],
        ],
        [38, 136],
        size=9,
        bold_first_col=True,
        fill=(245, 225, 228),
    )
    pdf.para("Yours faithfully,\nNorhayati binti Ismail, Human Resources Manager", size=9.5)

    pdf.add_page()
    pdf.para("ANNEX B - STATEMENT OF MIGRATION COSTS", size=12, style="B", gap=1)
    pdf.para("(to be completed in Bangladesh before departure)", size=9, style="I", gap=3)
    pdf.para(
        "Recruiting agency: Shapla Overseas Ltd., RL-1188, House 27, Road 11, Banani, Dhaka 1213",
        size=10,
        gap=3,
    )
    for t in [
        "1. Service charge paid by the worker to the recruiting agency: BDT 4,50,000 (Taka Four Lakh Fifty Thousand "
        "only), paid in cash on 12 November 2026.",
        "2. FOMEMA medical examination on arrival in Malaysia: MYR 207.00, to be deducted from the Employee's first "
        "salary.",
        "3. Air ticket Dhaka to Penang and calling visa: paid by the Employer.",
    ]:
        pdf.para(t, size=10, gap=2)
    pdf.ln(2)
    pdf.para("HOSTEL RULES (extract)", size=11, style="B", gap=2)
    for t in [
        "a. Lights out at 11.00 p.m. in the sleeping rooms.",
        "b. Residents must return to the hostel by 10.00 p.m. and may not leave the hostel on rest days without a gate "
        "pass signed by the production supervisor.",
        "c. Cooking is allowed only in the common kitchen.",
        "d. Visitors are received only in the hostel lobby.",
    ]:
        pdf.para(t, size=10, gap=1.5)
    pdf.ln(3)
    pdf.para(
        "I accept the offer above and confirm that the costs in Annex B are correct.",
        size=10,
        gap=1,
    )
    pdf.sign_blocks(
        [
            ("Employee", "Md. Rakibul Hasan"),
            ("Witness, for Shapla Overseas Ltd.", "Abdul Karim Chowdhury"),
        ],
        line_gap=16,
    )
    fees = [
        fee(
            "recruitment_fee",
            2,
            "Service charge paid by the worker to the recruiting agency: BDT 4,50,000 (Taka Four "
            "Lakh Fifty Thousand only), paid in cash on 12 November 2026.",
            450000,
            "BDT",
        ),
        fee(
            "medical_cost",
            2,
            "FOMEMA medical examination on arrival in Malaysia: MYR 207.00, to be deducted from "
            "the Employee's first salary.",
            207,
            "MYR",
        ),
        fee(
            "movement_restriction",
            2,
            "Residents must return to the hostel by 10.00 p.m. and may not leave the hostel "
            "on rest days without a gate pass signed by the production supervisor.",
        ),
    ]
    lab = label(
        "bz08.pdf",
        "generic",
        "en",
        2,
        fees,
        [],
        ["Shapla Overseas Ltd."],
        [
            "foreign worker levy paid by the employer, not deducted",
            "hostel accommodation free of charge",
            "SOCSO employee contribution is statutory (not insurance_cost)",
            "return air ticket paid by the employer",
            "air ticket and calling visa paid by the employer",
            "employee keeps his passport; free locker",
        ],
        "offer_letter",
        "A4; company letterhead with red rule; gridded two-column terms table; annex with numbered cost "
        "lines and hostel rules; signature lines",
    )
    keys = [
        ("Sutera Precision Components Sdn. Bhd.", 1),
        ("MYR 1,700.00 per month", 1),
        ("Shapla Overseas Ltd., RL-1188", 2),
        ("2/2", 2),
    ]
    return pdf, lab, keys, []


def bz09():
    """Generic: Morocco -> Spain strawberry season, Spanish, 3 pages A4, page 3 scanned."""
    pdf = Doc(
        "A4",
        "Agrícola Las Marismas de Lepe, S.L. - Contrato campaña 2027 - F. Z. El Idrissi - pág. {p}",
        margins=(22, 18, 22),
    )
    pdf.base = "serif"
    pdf.add_page()
    pdf.band(
        [
            "AGRÍCOLA LAS MARISMAS DE LEPE, S.L.",
            "Camino de la Dehesa, s/n - 21440 Lepe (Huelva) - CIF B21456789",
        ],
        (200, 60, 60),
        sizes=[13, 9],
    )
    pdf.para(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA", size=12.5, style="B", align="C", gap=0.5
    )
    pdf.para(
        "Campaña agrícola 2027 - Gestión colectiva de contrataciones en origen",
        size=10,
        align="C",
        gap=4,
    )
    pdf.para("REUNIDOS", size=10.5, style="B", gap=1)
    pdf.para(
        "De una parte, Agrícola Las Marismas de Lepe, S.L., con CIF B21456789 y domicilio en Camino de la Dehesa, "
        "s/n, 21440 Lepe (Huelva), representada por D. Antonio Jesús Orta Romero (en adelante, LA EMPRESA). De "
        "otra parte, Dña. Fatima Zahra El Idrissi, con pasaporte marroquí n.º TK4431907, vecina de Souk El Arbaa, "
        "provincia de Kenitra (Marruecos) (en adelante, LA TRABAJADORA), seleccionada en origen con la "
        "intervención de Atlas Saisonniers SARL, con domicilio en Tánger.",
        size=10,
        gap=3,
    )
    pdf.para("CLÁUSULAS", size=10.5, style="B", gap=1)
    for head, text in [
        (
            "Primera. Objeto.",
            "LA TRABAJADORA prestará servicios como peón agrícola en la recolección de fresa y frutos "
            "rojos: recolección manual, selección y envasado en campo, y limpieza de túneles.",
        ),
        (
            "Segunda. Lugar.",
            "Fincas de LA EMPRESA en el término municipal de Lepe (Huelva): finca El Cañaveral y "
            "finca Los Pinos de la Dehesa.",
        ),
        ("Tercera. Duración.", "Desde el 1 de febrero de 2027 hasta el 31 de mayo de 2027."),
        (
            "Cuarta. Jornada.",
            "39 horas semanales, de lunes a sábado, 6 horas y 30 minutos diarios, de 8:00 a 14:30 "
            "horas.",
        ),
        (
            "Quinta. Retribución.",
            "49,43 euros por jornada efectiva, con las pagas extraordinarias y las vacaciones "
            "prorrateadas, conforme al convenio colectivo del campo de Huelva.",
        ),
        (
            "Sexta. Pago.",
            "Mensual, mediante transferencia a la cuenta bancaria abierta en España a nombre de LA "
            "TRABAJADORA, dentro de los cinco primeros días del mes siguiente.",
        ),
        (
            "Séptima. Descuentos.",
            "De la nómina se descontarán la cotización de LA TRABAJADORA a la Seguridad Social, "
            "la retención del IRPF y el alojamiento indicado en la cláusula octava.",
        ),
        (
            "Octava. Alojamiento.",
            "LA EMPRESA facilita alojamiento en módulos habitacionales de la finca El Cañaveral, "
            "con cocina y agua caliente. Por el alojamiento se descontarán 1,50 euros por día de la nómina mensual.",
        ),
    ]:
        pdf.clause(head, text, size=10, gap=1.5)
    pdf.add_page()
    for head, text in [
        (
            "Novena. Viaje.",
            "El billete de barco Tánger-Algeciras y el autobús desde Algeciras hasta Lepe corren por "
            "cuenta de LA TRABAJADORA.",
        ),
        (
            "Décima. Gestión en origen.",
            "Por la gestión del expediente en Marruecos, LA TRABAJADORA abonará a Atlas "
            "Saisonniers SARL la cantidad de 1.500 dirhams (MAD 1.500) antes de la salida.",
        ),
        (
            "Undécima. Compromiso de retorno.",
            "LA TRABAJADORA se compromete a regresar a Marruecos al finalizar la "
            "campaña y a presentarse en la oficina consular de España en Tánger en el plazo de un mes.",
        ),
        (
            "Duodécima. Equipos.",
            "LA EMPRESA entrega sin coste la ropa de trabajo, los guantes y las botas.",
        ),
        (
            "Decimotercera. Extinción.",
            "El contrato se extingue al finalizar la campaña. LA EMPRESA podrá despedir a LA "
            "TRABAJADORA por las causas previstas en el Estatuto de los Trabajadores, mediante carta en la que consten "
            "los hechos.",
        ),
        (
            "Decimocuarta. Documentos.",
            "LA TRABAJADORA conserva en todo momento su pasaporte y su permiso de trabajo.",
        ),
        (
            "Decimoquinta. Normativa.",
            "En lo no previsto se aplicará el Estatuto de los Trabajadores y el convenio "
            "colectivo del campo de la provincia de Huelva.",
        ),
    ]:
        pdf.clause(head, text, size=10, gap=1.5)
    pdf.para(
        "Y en prueba de conformidad, firman el presente contrato por triplicado en Lepe, a 18 de diciembre de "
        "2026. Se acompaña como anexo la diligencia de entrega y lectura.",
        size=10,
        gap=2,
    )
    pdf.sign_blocks(
        [
            ("LA EMPRESA", "D. Antonio Jesús Orta Romero"),
            ("LA TRABAJADORA", "Dña. Fatima Zahra El Idrissi"),
        ],
        line_gap=18,
    )
    add_scanned_page(
        pdf,
        [
            ("title", "ANEXO - DILIGENCIA DE ENTREGA Y LECTURA DEL CONTRATO"),
            ("gap", 30),
            (
                "p",
                "Dña. Fatima Zahra El Idrissi, con pasaporte n.º TK4431907, declara que ha recibido un ejemplar del "
                "contrato de trabajo de duración determinada firmado con Agrícola Las Marismas de Lepe, S.L. para la "
                "campaña agrícola 2027.",
            ),
            (
                "p",
                "Declara asimismo que el contrato le ha sido leído y explicado en árabe dariya por una intérprete, que "
                "ha podido hacer preguntas y que lo firma libremente.",
            ),
            ("p", "Lu et approuvé - Leído y conforme."),
            ("gap", 20),
            ("p", "En Lepe, a 18 de diciembre de 2026."),
            (
                "sig",
                [
                    "LA TRABAJADORA\nFatima Zahra El Idrissi",
                    "LA INTÉRPRETE\nNadia Benali",
                    "POR LA EMPRESA\nAntonio J. Orta Romero",
                ],
            ),
            ("gap", 30),
            ("box", 0.12, 200, 240, "Huella dactilar"),
        ],
        seed=909,
        angle=-0.8,
    )
    fees = [
        fee(
            "housing_charge",
            1,
            "Por el alojamiento se descontarán 1,50 euros por día de la nómina mensual.",
            1.5,
            "EUR",
            "review",
        ),
        fee(
            "travel_cost",
            2,
            "El billete de barco Tánger-Algeciras y el autobús desde Algeciras hasta Lepe corren "
            "por cuenta de LA TRABAJADORA.",
        ),
        fee(
            "recruitment_fee",
            2,
            "Por la gestión del expediente en Marruecos, LA TRABAJADORA abonará a Atlas "
            "Saisonniers SARL la cantidad de 1.500 dirhams (MAD 1.500) antes de la salida.",
            1500,
            "MAD",
        ),
    ]
    lab = label(
        "bz09.pdf",
        "generic",
        "es",
        3,
        fees,
        ["return_transportation"],
        ["Atlas Saisonniers SARL"],
        [
            "ropa de trabajo, guantes y botas sin coste",
            "Social Security contribution and IRPF withholding are statutory deductions",
            "la trabajadora conserva su pasaporte",
            "'compromiso de retorno' obliges the worker to return but does not say who pays "
            "(return_transportation missing)",
        ],
        "work_contract",
        "A4, serif; red header band; centered title; numbered Spanish ordinal clauses; signature lines; "
        "page 3 SCANNED image-only annex (delivery and reading record, fingerprint box)",
        scanned=True,
    )
    keys = [
        ("Agrícola Las Marismas de Lepe, S.L., con CIF B21456789", 1),
        ("49,43 euros por jornada", 1),
        ("Compromiso de retorno", 2),
        ("Atlas Saisonniers SARL", 2),
    ]
    return pdf, lab, keys, [3]


def bz10():
    """Generic: Indonesia -> South Korea (EPS), English, compliant, 2 pages A4."""
    pdf = Doc(
        "A4",
        "Standard Labor Contract (EPS) - Daeseong Precision Casting Co., Ltd. - {p} / {nb}",
        margins=(16, 14, 16),
    )
    pdf.add_page()
    pdf.para("STANDARD LABOR CONTRACT", size=14, style="B", align="C", gap=0.5)
    pdf.para("Employment Permit System - Manufacturing", size=10, align="C", gap=4)
    pdf.para(
        "The following labor contract is entered into between the Employer and the Worker named below.",
        size=9.5,
        gap=2,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Company name: Daeseong Precision Casting Co., Ltd.   Representative: Park Jae-hoon",
            ],
            [
                "",
                "Address: 45 Gongdan-ro 112beon-gil, Juchon-myeon, Gimhae-si, Gyeongsangnam-do, Republic of Korea",
            ],
            [
                "Worker",
                "Name: Budi Santoso Wibowo   Date of birth: 14 May 1998   Nationality: Indonesia",
            ],
            [
                "",
                "Passport No.: C1928374   Address in Indonesia: Jl. Melati 12, Kebumen, Central Java",
            ],
        ],
        [26, 152],
        size=9,
        bold_first_col=True,
        fill=(220, 228, 240),
    )
    rows = [
        [
            "1. Term of labor contract",
            "From 6 April 2027 to 5 April 2030 (36 months). No probation period.",
        ],
        [
            "2. Place of employment",
            "Factory of the Employer at the address above (Gimhae, Gyeongsangnam-do).",
        ],
        [
            "3. Description of work",
            "Casting finishing operator: removes sand and burrs from aluminium castings with "
            "grinders, checks dimensions with gauges, and loads finished parts on pallets.",
        ],
        [
            "4. Working hours",
            "09:00 to 18:00, Monday to Friday: 8 hours a day and 40 hours a week. Overtime only with "
            "the Worker's consent, paid at 150 percent of the ordinary wage.",
        ],
        ["5. Recess hours", "1 hour (12:00 to 13:00)."],
        [
            "6. Holidays",
            "Sunday is a paid weekly holiday; Saturday is an unpaid rest day; public holidays are paid.",
        ],
        [
            "7. Payment",
            "Monthly basic wage: KRW 2,156,880 (two million one hundred fifty-six thousand eight hundred "
            "eighty won). Payment date: the 10th day of every month. Method: direct transfer to the "
            "Worker's bank account.",
        ],
        [
            "8. Deductions",
            "Only income tax and the employee share of national health insurance and employment "
            "insurance required by Korean law. No deduction for dormitory, meals, recruitment or travel.",
        ],
        [
            "9. Accommodation and meals",
            "Dormitory provided by the Employer free of charge (no rent, no utility "
            "charges). Lunch in the company canteen is free on working days.",
        ],
        [
            "10. Insurance",
            "The Employer enrols the Worker in industrial accident compensation insurance and pays the "
            "Departure Guarantee Insurance and Wage Guarantee Insurance premiums.",
        ],
    ]
    pdf.grid(rows, [46, 132], size=9, heading=["Item", "Terms"], fill=(220, 228, 240))
    pdf.add_page()
    rows2 = [
        [
            "11. Costs of employment",
            "The Employer bears the costs of recruitment and of the Worker's entry to Korea. "
            "The EPS-TOPIK Korean language test fee (IDR 375,000) and the pre-departure "
            "training fee (IDR 1,200,000) paid by the Worker in Indonesia are reimbursed in "
            "full with the first monthly wage. The Worker has paid no recruitment fee and owes "
            "nothing to the Employer.",
        ],
        [
            "12. Air tickets",
            "The Employer pays the air ticket from Jakarta to Busan (Gimhae) and the return ticket to "
            "Jakarta at the end of the contract.",
        ],
        [
            "13. Termination",
            "The Employer may terminate only for just cause under the Labor Standards Act, with 30 "
            "days' written notice or 30 days' ordinary wages in lieu of notice. The Worker may request "
            "a change of workplace in the cases allowed by the Act on the Foreign Workers' "
            "Employment.",
        ],
        [
            "14. Documents",
            "The Worker keeps his passport and alien registration card; the Employer shall not hold "
            "them.",
        ],
        [
            "15. Other matters",
            "Matters not stated in this contract follow the Labor Standards Act of the Republic of "
            "Korea. This contract is made in Korean and Indonesian; the Worker has received a copy "
            "in English and in Bahasa Indonesia.",
        ],
    ]
    pdf.grid(rows2, [46, 132], size=9, heading=["Item", "Terms"], fill=(220, 228, 240))
    pdf.para("Date of contract: 20 January 2027", size=9.5, gap=2)
    pdf.grid(
        [
            ["Employer", "Worker"],
            ["Park Jae-hoon (signature / seal)\n\n\n", "Budi Santoso Wibowo (signature)\n\n\n"],
        ],
        [89, 89],
        size=9.5,
        heading=None,
    )
    pdf.f(8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(
        0,
        4,
        "[X] Korean  [X] Indonesian  [X] English  - language versions provided to the Worker",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    lab = label(
        "bz10.pdf",
        "generic",
        "en",
        2,
        [],
        [],
        [],
        [
            "free dormitory (no rent or utilities) and free canteen lunch",
            "statutory income tax, health and employment insurance deductions (not insurance_cost)",
            "departure guarantee and wage guarantee insurance paid by the employer",
            "EPS-TOPIK test fee and pre-departure training fee reimbursed with the first wage",
            "employer pays air tickets both ways",
            "worker keeps passport and alien registration card",
            "change of workplace allowed as the law provides (not a movement restriction)",
        ],
        "work_contract",
        "A4; government standard-form look; gridded numbered item | terms table over two pages; "
        "signature table; language checkboxes",
    )
    keys = [
        ("Daeseong Precision Casting Co., Ltd.", 1),
        ("KRW 2,156,880", 1),
        ("reimbursed in full with the first monthly wage", 2),
    ]
    return pdf, lab, keys, []


def bz11():
    """Generic: Guatemala -> Canada (Quebec vegetables), Spanish recruiter agreement, 2 pages Letter."""
    pdf = Doc(
        "Letter",
        "Agencia de Empleo Migratorio Los Altos, S.A. - Acuerdo AL-2026-0871 - página {p} de {nb}",
    )
    pdf.add_page()
    pdf.set_fill_color(20, 60, 110)
    pdf.rect(pdf.l_margin, 14, pdf.w - pdf.l_margin - pdf.r_margin, 9, "F")
    pdf.set_xy(pdf.l_margin, 15.5)
    pdf.set_text_color(255, 255, 255)
    pdf.f(12, "B")
    pdf.cell(0, 6, "AGENCIA DE EMPLEO MIGRATORIO LOS ALTOS, S.A.", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(27)
    pdf.para("ACUERDO DE COLOCACIÓN LABORAL", size=12, style="B", align="C", gap=0.5)
    pdf.para(
        "Programa de Trabajadores Extranjeros Temporales - Canadá (sector agrícola)",
        size=9.5,
        align="C",
        gap=4,
    )
    pdf.para(
        "En la ciudad de Quetzaltenango, el 6 de octubre de 2026, comparecen: Agencia de Empleo Migratorio Los "
        "Altos, S.A., con sede en 14 Avenida 3-22, zona 1, Quetzaltenango (en adelante, LA AGENCIA), representada "
        "por el Lic. Waldemar Escobar Pérez; y el señor Mynor Estuardo Tzoc Coyoy, de San Francisco El Alto, "
        "Totonicapán, con DPI 2541 88730 0901 (en adelante, EL TRABAJADOR), quienes convienen lo siguiente:",
        size=10,
        gap=3,
    )
    pdf.clause(
        "PRIMERO. El empleo.",
        "LA AGENCIA ha seleccionado a EL TRABAJADOR para el empleo que se describe:",
        size=10,
    )
    pdf.grid(
        [
            [
                "Empleador",
                "Ferme Maraîchère Saint-Rémi Inc., 1125 rang Notre-Dame, Saint-Rémi (Québec) J0L 2L0, Canadá",
            ],
            [
                "Puesto",
                "Trabajador agrícola general: siembra, deshierbe y cosecha de hortalizas (lechuga, brócoli y "
                "cebolla) y empaque en caja.",
            ],
            ["Lugar", "Campos y empacadora del empleador en Saint-Rémi, Québec."],
            [
                "Duración",
                "De 24 a 30 semanas según la cosecha; la fecha de salida se avisará por teléfono.",
            ],
            ["Jornada", "De 8 a 10 horas diarias, de lunes a sábado; mínimo 40 horas por semana."],
            ["Salario", "16.10 dólares canadienses por hora (CAD 16.10)."],
            ["Pago", "Cada semana, por depósito bancario."],
            [
                "Descuentos",
                "Impuestos, seguro de empleo (AE) y Régimen de rentas de Quebec (RRQ), como exige la ley.",
            ],
            ["Vivienda", "Gratuita, en la casa de trabajadores de la finca."],
            ["Boleto de avión", "El empleador paga el boleto de ida y vuelta Guatemala-Montreal."],
            [
                "Seguro médico",
                "Seguro privado pagado por el empleador hasta que EL TRABAJADOR reciba su tarjeta de la RAMQ.",
            ],
        ],
        [36, 140],
        size=9,
        bold_first_col=True,
        fill=(220, 230, 245),
    )
    pdf.clause("SEGUNDO. Obligaciones económicas de EL TRABAJADOR.", "", size=10, gap=1)
    for t in [
        "a) Para apartar su lugar en el grupo de esta temporada, EL TRABAJADOR pagará a LA AGENCIA tres mil quetzales "
        "(Q3,000.00) al firmar este acuerdo.",
        "b) Como garantía de su regreso a Guatemala, EL TRABAJADOR entregará a LA AGENCIA un cheque posfechado por diez "
        "mil quetzales (Q10,000.00), que le será devuelto al presentarse en la oficina de LA AGENCIA a su regreso.",
    ]:
        pdf.f(10)
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.add_page()
    pdf.clause(
        "TERCERO. Permanencia.",
        "Si EL TRABAJADOR abandona el empleo antes de terminar la temporada, pagará a "
        "LA AGENCIA el equivalente a dos semanas de salario como indemnización por los gastos causados.",
    )
    pdf.clause(
        "CUARTO. Conducta.",
        "EL TRABAJADOR que presente quejas ante el consulado, la CNESST o cualquier "
        "organización en lugar de hablar primero con LA AGENCIA quedará fuera de la lista para las siguientes "
        "temporadas.",
    )
    pdf.clause(
        "QUINTO. Terminación.",
        "El empleador puede terminar el contrato por causa justificada conforme a las "
        "normas del trabajo de Quebec, con aviso por escrito que indique el motivo.",
    )
    pdf.clause(
        "SEXTO. Documentos.", "EL TRABAJADOR conserva su pasaporte y su DPI en todo momento."
    )
    pdf.clause(
        "SÉPTIMO. Aceptación.",
        "Leído el presente acuerdo, las partes lo aceptan y lo firman en dos ejemplares.",
    )
    pdf.sign_blocks(
        [
            ("Por LA AGENCIA", "Lic. Waldemar Escobar Pérez"),
            ("EL TRABAJADOR", "Mynor Estuardo Tzoc Coyoy"),
        ],
        line_gap=28,
        fingerprint="Huella",
    )
    fees = [
        fee(
            "recruitment_fee",
            1,
            "Para apartar su lugar en el grupo de esta temporada, EL TRABAJADOR pagará a LA "
            "AGENCIA tres mil quetzales (Q3,000.00) al firmar este acuerdo.",
            3000,
            "GTQ",
        ),
        fee(
            "deposit_or_bond",
            1,
            "Como garantía de su regreso a Guatemala, EL TRABAJADOR entregará a LA AGENCIA un "
            "cheque posfechado por diez mil quetzales (Q10,000.00), que le será devuelto al presentarse en la oficina "
            "de LA AGENCIA a su regreso.",
            10000,
            "GTQ",
        ),
        fee(
            "breach_penalty",
            2,
            "Si EL TRABAJADOR abandona el empleo antes de terminar la temporada, pagará a LA "
            "AGENCIA el equivalente a dos semanas de salario como indemnización por los gastos causados.",
        ),
        fee(
            "blacklisting_threat",
            2,
            "EL TRABAJADOR que presente quejas ante el consulado, la CNESST o cualquier "
            "organización en lugar de hablar primero con LA AGENCIA quedará fuera de la lista para las siguientes "
            "temporadas.",
        ),
    ]
    lab = label(
        "bz11.pdf",
        "generic",
        "es",
        2,
        fees,
        ["employment_period"],
        ["Agencia de Empleo Migratorio Los Altos, S.A."],
        [
            "employer pays round-trip airfare",
            "vivienda gratuita",
            "private health insurance paid by the employer until the RAMQ card",
            "statutory deductions (taxes, AE, RRQ)",
            "worker keeps passport and DPI",
            "'De 24 a 30 semanas ... se avisará por teléfono' gives no dates (employment_period missing)",
        ],
        "recruiter_agreement",
        "Letter; dark blue name bar; centered title; gridded terms table; lettered payment items; "
        "signature lines with fingerprint box",
    )
    keys = [
        ("Ferme Maraîchère Saint-Rémi Inc., 1125 rang Notre-Dame", 1),
        ("CAD 16.10", 1),
        ("página 2 de 2", 2),
    ]
    return pdf, lab, keys, []


def bz12():
    """Generic: Nepal -> Qatar cleaner, English worker-agency agreement, 2 pages A4, two columns."""
    pdf = Doc(
        "A4",
        "Himal Sagarmatha Overseas Pvt. Ltd. - Worker agreement HSO/QA/2026/4471 - page {p} of {nb}",
    )
    pdf.add_page()
    pdf.band(
        [
            "HIMAL SAGARMATHA OVERSEAS PVT. LTD.",
            "Licence No. 1187/069/70 - Samakhusi, Kathmandu, Nepal - Tel. +977 1 555 0164",
        ],
        (180, 110, 20),
        sizes=[14, 9],
    )
    pdf.para(
        "AGREEMENT BETWEEN THE WORKER AND THE RECRUITING AGENCY",
        size=12,
        style="B",
        align="C",
        gap=0.5,
    )
    pdf.para("(made under the Foreign Employment Act, 2064)", size=9, style="I", align="C", gap=3)
    pdf.para(
        "This agreement is made on 18 November 2026 between Himal Sagarmatha Overseas Pvt. Ltd., Samakhusi, "
        "Kathmandu (the Agency) and Mr. Dil Bahadur Tamang, of Ward No. 4, Kalika Rural Municipality, Rasuwa, "
        "passport no. 10987654 (the Worker), for employment with Al Wakrah Facility Services W.L.L., P.O. Box "
        "24517, Al Wakrah, State of Qatar (the Employer).",
        size=9.5,
        gap=3,
    )
    left = [
        (
            "1. Job",
            "Cleaner (facility services): cleaning offices, malls and stadium concourses, emptying bins, "
            "mopping and washing floors with machines.",
        ),
        (
            "2. Place of work",
            "Client sites of the Employer in Doha, Lusail and Al Wakrah, State of Qatar.",
        ),
        ("3. Contract period", "Two years, from 5 January 2027 to 4 January 2029."),
        (
            "4. Wage",
            "Basic wage QAR 1,000 (One Thousand Qatari Riyals) per month, plus food allowance QAR 300 per "
            "month; accommodation provided free by the Employer.",
        ),
        ("5. Working hours", "As per company rules and client requirements."),
    ]
    right = [
        (
            "6. Payment",
            "Monthly, through the Wage Protection System into the Worker's bank account.",
        ),
        ("7. Deductions", "None, except those permitted by the Qatar Labour Law."),
        (
            "8. Visa and ticket",
            "Visa and air ticket are provided free by the Employer under the Free Visa, Free "
            "Ticket policy.",
        ),
        (
            "9. Return",
            "The Employer pays the return air ticket to Kathmandu at the end of the contract.",
        ),
        (
            "10. Termination",
            "Either party may end the contract with one month's notice as provided in the Qatar "
            "Labour Law; the Employer may dismiss without notice only for the causes listed in "
            "Article 61 of that Law.",
        ),
    ]
    pdf.columns(left, right, size=9.5)
    pdf.add_page()
    pdf.para("11. COSTS PAYABLE BY THE WORKER", size=11, style="B", gap=2)
    for t in [
        "a. Service charge to the Agency: NPR 10,000 (Rupees Ten Thousand only), payable before the labour permit is "
        "issued.",
        "b. Medical examination at a Government-approved medical centre: NPR 9,500, paid by the Worker.",
        "c. Pre-departure orientation training (two days): NPR 700, paid by the Worker to the orientation institute.",
        "d. Compulsory life insurance premium and Foreign Employment Welfare Fund contribution: NPR 4,000 in total, "
        "paid by the Worker.",
    ]:
        pdf.f(10)
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.para(
        "The Agency shall issue a receipt for every payment received from the Worker.",
        size=10,
        gap=3,
    )
    pdf.para("12. DECLARATION OF THE WORKER", size=11, style="B", gap=2)
    pdf.para(
        "I have read this agreement, or it has been read to me in Nepali, and I agree to its terms.",
        size=10,
        gap=2,
    )
    pdf.sign_blocks(
        [
            ("Worker", "Dil Bahadur Tamang"),
            ("For the Agency", "Ramesh Prasad Adhikari, Managing Director"),
        ],
        line_gap=30,
        fingerprint="Thumbprint",
    )
    fees = [
        fee(
            "recruitment_fee",
            2,
            "Service charge to the Agency: NPR 10,000 (Rupees Ten Thousand only), payable before "
            "the labour permit is issued.",
            10000,
            "NPR",
        ),
        fee(
            "medical_cost",
            2,
            "Medical examination at a Government-approved medical centre: NPR 9,500, paid by the "
            "Worker.",
            9500,
            "NPR",
        ),
        fee(
            "training_cost",
            2,
            "Pre-departure orientation training (two days): NPR 700, paid by the Worker to the "
            "orientation institute.",
            700,
            "NPR",
        ),
        fee(
            "insurance_cost",
            2,
            "Compulsory life insurance premium and Foreign Employment Welfare Fund contribution: "
            "NPR 4,000 in total, paid by the Worker.",
            4000,
            "NPR",
        ),
    ]
    lab = label(
        "bz12.pdf",
        "generic",
        "en",
        2,
        fees,
        ["hours_of_work"],
        ["Himal Sagarmatha Overseas Pvt. Ltd."],
        [
            "visa and air ticket free under the Free Visa, Free Ticket policy",
            "accommodation free; food allowance QAR 300",
            "employer pays the return ticket",
            "'As per company rules and client requirements' gives no hours (hours_of_work missing)",
        ],
        "recruiter_agreement",
        "A4; ochre header band; centered title; terms in two text columns; lettered cost list; signature "
        "lines with thumbprint box",
    )
    keys = [
        ("Al Wakrah Facility Services W.L.L.", 1),
        ("Free Visa, Free Ticket", 1),
        ("As per company rules and client requirements.", 1),
        ("page 2 of 2", 2),
    ]
    return pdf, lab, keys, []


# =========================================================================== build + check
BUILDERS = [bz01, bz02, bz03, bz04, bz05, bz06, bz07, bz08, bz09, bz10, bz11, bz12]


def norm(s):
    s = s.replace("-\n", "-")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus left/right halves (for two-column layouts)."""
    w = page.width
    out = [page.extract_text() or ""]
    for box in ((0, 0, w / 2, page.height), (w / 2, 0, w, page.height)):
        out.append(page.crop(box).extract_text() or "")
    return [norm(t) for t in out]


def check(out_dir, specs):
    import pdfplumber

    errors = []
    for lab, keys, scanned_pages in specs:
        fn = lab["file"]
        path = os.path.join(out_dir, fn)
        prog = lab["program"]
        for f in lab["fees"]:
            if f["category"] not in FEE_IDS:
                errors.append(f"{fn}: unknown fee category {f['category']}")
        for t in lab["missing_terms"]:
            if t not in REQUIRED[prog]:
                errors.append(f"{fn}: missing term {t} not required for {prog}")
        if lab["scanned"] != bool(scanned_pages):
            errors.append(f"{fn}: scanned flag disagrees with scanned pages")
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{fn}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, start=1):
                if i in scanned_pages:
                    if page.chars or (page.extract_text() or "").strip():
                        errors.append(f"{fn} p{i}: scanned page has a text layer")
                    if not page.images:
                        errors.append(f"{fn} p{i}: scanned page has no image")
                    texts[i] = []
                else:
                    texts[i] = page_texts(page)
                    if len(texts[i][0]) < 200:
                        errors.append(f"{fn} p{i}: too little extractable text")
            wanted = [(f["quote"], f["page"]) for f in lab["fees"]] + list(keys)
            wanted += [(r, None) for r in lab["recruiters"]]
            for phrase, pg in wanted:
                p = norm(phrase)
                pages = [pg] if pg else list(texts)
                if pg in scanned_pages:
                    errors.append(f"{fn}: key phrase placed on scanned page {pg}")
                if not any(p in t for q in pages for t in texts.get(q, [])):
                    errors.append(f"{fn} p{pg}: phrase not found: {phrase[:70]!r}")
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels, specs = [], []
    for b in BUILDERS:
        pdf, lab, keys, scanned_pages = b()
        pdf.output(os.path.join(out_dir, lab["file"]))
        labels.append(lab)
        specs.append((lab, keys, scanned_pages))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=False))
    errors = check(out_dir, specs)
    for e in errors:
        print("CHECK FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {len(labels)} documents and labels.json written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
