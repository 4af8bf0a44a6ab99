#!/usr/bin/env python3
"""Held-out test batch "bo": 12 recruitment documents (H-2A, H-2B, other corridors).

Usage:  python build.py OUT_DIR

Writes bo01.pdf ... bo12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks the labels against what was printed (page counts, every fee quote on
its labelled page, scanned pages without a text layer, recruiter names printed). Exits
non-zero on any mismatch. Deterministic: fixed creation date, fixed random seeds, no clock.
"""

import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime.datetime(2026, 2, 2, 9, 30, 0, tzinfo=datetime.UTC)
MM_PER_PT = 25.4 / 72.0

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "dejavu": (DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf", DJ + "DejaVuSans-Oblique.ttf"),
    "dejavuserif": (
        DJ + "DejaVuSerif.ttf",
        DJ + "DejaVuSerif-Bold.ttf",
        DJ + "DejaVuSerif-Italic.ttf",
    ),
    "dejavucond": (
        DJ + "DejaVuSansCondensed.ttf",
        DJ + "DejaVuSansCondensed-Bold.ttf",
        DJ + "DejaVuSansCondensed-Oblique.ttf",
    ),
    "libsans": (
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
    ),
    "libserif": (
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
    ),
    "noto": (NT + "NotoSans-Regular.ttf", NT + "NotoSans-Bold.ttf", NT + "NotoSans-Italic.ttf"),
}
if not all(os.path.exists(f) for f in FONT_FILES["noto"]):
    FONT_FILES["noto"] = FONT_FILES["dejavu"]

# ---------------------------------------------------------------------------------------
# taxonomy facts used by the self-check
# ---------------------------------------------------------------------------------------
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


def allowed_severities(program, category):
    if category in ("damage_chargeback", "meal_charge"):
        return {"review"}
    if category == "housing_charge":
        return {"violation"} if program == "h2a" else {"review"}
    if category == "visa_cost" and program in ("h2a", "h2b"):
        return {"violation", "review"}  # review only for passport fees alone
    return {"violation"}


# ---------------------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------------------
class Overflow(Exception):
    pass


class Doc(FPDF):
    def __init__(self, st):
        super().__init__(orientation="P", unit="mm", format=st.get("format", "Letter"))
        self.st = st
        self.scan_pages = set()
        self.fam = st["font"]
        for style, path in zip(("", "B", "I"), FONT_FILES[self.fam]):
            self.add_font(self.fam, style, path)
        self.base = st.get("size", 10)
        self.lh = st.get("lh", self.base * 0.47)
        m = st.get("margins", 20)
        self.set_margins(m, st.get("top", 18), m)
        self.set_auto_page_break(False)
        self.bottom_limit = self.h - st.get("bottom", 18)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("fpdf2 (held-out batch bo)")
        self.set_title(st.get("title", ""))
        self.set_author(st.get("author", ""))
        self.set_lang(st.get("lang", "en"))

    # band on every text page; nothing at all on scanned pages
    def header(self):
        if self.page_no() in self.scan_pages:
            return
        band = self.st.get("band")
        if band:
            self.set_fill_color(*band["rgb"])
            self.rect(0, 0, self.w, band.get("h", 13), style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(self.fam, "B", band.get("size", 10))
            self.set_xy(self.l_margin, 3.5)
            self.cell(0, 6, band["text"], align=band.get("align", "L"))
            self.set_text_color(0, 0, 0)
            self.set_y(band.get("h", 13) + 6)
        else:
            self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() in self.scan_pages:
            return
        txt = self.st.get("footer")
        if not txt:
            return
        self.set_y(-13)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0, 5, txt.replace("{p}", str(self.page_no())), align=self.st.get("footer_align", "C")
        )
        self.set_text_color(0, 0, 0)

    # -- helpers -------------------------------------------------------------------------
    def check(self):
        if self.get_y() > self.bottom_limit:
            raise Overflow("content overflows page %d" % self.page_no())

    def font(self, style="", size=None):
        self.set_font(self.fam, style, size or self.base)

    def para(self, text, align="L", style="", size=None, indent=0, md=True, after=1.2):
        self.font(style, size)
        lh = self.lh * (size or self.base) / self.base
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            lh,
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(after)
        self.check()


def render_block(pdf, b):
    kind = b[0]
    if kind == "title":
        pdf.para(
            b[1],
            align="C",
            style="B",
            size=b[2] if len(b) > 2 else pdf.base + 3,
            md=False,
            after=1.5,
        )
    elif kind == "subtitle":
        pdf.para(b[1], align="C", style="", size=pdf.base, md=False, after=2)
    elif kind == "h":
        pdf.ln(1.2)
        pdf.para(b[1], style="B", size=pdf.base + 0.5, md=False, after=0.8)
    elif kind == "p":
        pdf.para(b[1], align=pdf.st.get("align", "L"))
    elif kind == "pc":
        pdf.para(b[1], align="C")
    elif kind == "pr":
        pdf.para(b[1], align="R")
    elif kind == "small":
        pdf.para(b[1], size=pdf.base - 1.5, align="L")
    elif kind == "ind":
        pdf.para(b[1], indent=7, align=pdf.st.get("align", "L"))
    elif kind == "sp":
        pdf.ln(b[1])
        pdf.check()
    elif kind == "rule":
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.3)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2.5)
    elif kind == "letterhead":
        lines = b[1]
        rgb = b[2] if len(b) > 2 else (0, 0, 0)
        pdf.set_text_color(*rgb)
        pdf.para(lines[0], align="C", style="B", size=pdf.base + 4, md=False, after=0.5)
        pdf.set_text_color(60, 60, 60)
        for ln in lines[1:]:
            pdf.para(ln, align="C", size=pdf.base - 1.5, md=False, after=0.2)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        pdf.set_draw_color(*rgb)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.ln(4)
    elif kind == "bul":
        for item in b[1]:
            pdf.font()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 2, y)
            pdf.cell(4, pdf.lh, "•")
            pdf.set_xy(pdf.l_margin + 6, y)
            pdf.multi_cell(
                pdf.epw - 6,
                pdf.lh,
                item,
                align="L",
                markdown=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.ln(0.8)
            pdf.check()
        pdf.ln(0.6)
    elif kind == "table":
        # ("table", rows, widths, opts) ; first row = headings unless opts["noheader"]
        rows, widths = b[1], b[2]
        opts = b[3] if len(b) > 3 else {}
        pdf.font("", opts.get("size", pdf.base - 0.5))
        fill = opts.get("head_fill", (225, 225, 225))
        with pdf.table(
            col_widths=widths,
            width=pdf.epw,
            text_align="LEFT",
            borders_layout=opts.get("borders", "ALL"),
            first_row_as_headings=not opts.get("noheader", False),
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            line_height=pdf.lh * opts.get("size", pdf.base - 0.5) / pdf.base,
            padding=opts.get("padding", 1.2),
            v_align="TOP",
            markdown=opts.get("markdown", False),
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2.5)
        pdf.check()
    elif kind == "sig":
        cols = b[1]
        n = len(cols)
        colw = pdf.epw / n
        y0 = pdf.get_y() + b[2] if len(b) > 2 else pdf.get_y() + 12
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        ymax = y0
        for i, lines in enumerate(cols):
            x = pdf.l_margin + i * colw + 2
            pdf.line(x, y0, x + colw - 10, y0)
            pdf.set_xy(x, y0 + 1)
            pdf.font("", pdf.base - 1)
            pdf.multi_cell(
                colw - 6,
                pdf.lh * 0.95,
                "\n".join(lines),
                align="L",
                new_x=XPos.LEFT,
                new_y=YPos.NEXT,
            )
            ymax = max(ymax, pdf.get_y())
        pdf.set_y(ymax + 3)
        pdf.check()
    elif kind == "finger":
        # fingerprint box at right margin, current y
        x = pdf.w - pdf.r_margin - 28
        y = pdf.get_y() - b[2] if len(b) > 2 else pdf.get_y()
        pdf.rect(x, y, 26, 30)
        pdf.set_xy(x, y + 31)
        pdf.font("", pdf.base - 2)
        pdf.cell(26, 4, b[1], align="C")
        pdf.set_y(max(pdf.get_y(), y + 36))
        pdf.check()
    elif kind == "box":
        pdf.font("", b[2] if len(b) > 2 else pdf.base)
        pdf.set_draw_color(80, 80, 80)
        pdf.multi_cell(
            pdf.epw,
            pdf.lh,
            b[1],
            border=1,
            align="L",
            markdown=True,
            padding=2.5,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(2)
        pdf.check()
    elif kind == "stamp":
        img = stamp_image(b[1], b[4] if len(b) > 4 else (170, 30, 40))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        pdf.image(buf, x=b[2], y=b[3], w=42)
    else:
        raise ValueError("unknown block " + kind)


def stamp_image(text, rgb):
    w, h = 520, 220
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    col = rgb + (200,)
    d.rounded_rectangle([10, 10, w - 10, h - 10], radius=24, outline=col, width=10)
    f = ImageFont.truetype(FONT_FILES["dejavu"][1], 92)
    tw = d.textlength(text, font=f)
    d.text(((w - tw) / 2, 52), text, font=f, fill=col)
    img = img.rotate(12, resample=Image.BICUBIC, expand=True)
    return img


def render_scan_page(pdf, spec, seed):
    """Render one page as an image-only 'scan' (no text layer) and place it full-page."""
    dpi = 150
    wpx, hpx = int(pdf.w / 25.4 * dpi), int(pdf.h / 25.4 * dpi)
    img = Image.new("L", (wpx, hpx), 246)
    d = ImageDraw.Draw(img)
    fam = FONT_FILES[spec.get("font", "libserif")]

    def px(pt):
        return int(round(pt * dpi / 72.0))

    fr = ImageFont.truetype(fam[0], px(spec.get("size", 11)))
    fb = ImageFont.truetype(fam[1], px(spec.get("size", 11)))
    ft = ImageFont.truetype(fam[1], px(spec.get("size", 11) + 2))
    margin = px(62)
    y = px(70)
    maxw = wpx - 2 * margin
    lh = px(spec.get("size", 11) * 1.45)

    def wrap(text, font):
        out, cur = [], ""
        for word in text.split(" "):
            trial = (cur + " " + word).strip()
            if d.textlength(trial, font=font) <= maxw:
                cur = trial
            else:
                out.append(cur)
                cur = word
        out.append(cur)
        return out

    rng = np.random.default_rng(seed)
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "title":
            for ln in wrap(b[1], ft):
                tw = d.textlength(ln, font=ft)
                d.text(((wpx - tw) / 2, y), ln, font=ft, fill=25)
                y += int(lh * 1.1)
            y += lh // 2
        elif kind in ("p", "b"):
            font = fb if kind == "b" else fr
            for ln in wrap(b[1], font):
                d.text((margin, y), ln, font=font, fill=30)
                y += lh
            y += lh // 2
        elif kind == "sp":
            y += px(b[1])
        elif kind == "sig":
            cols = b[1]
            colw = maxw // len(cols)
            for i, lines in enumerate(cols):
                x0 = margin + i * colw
                # a hand-drawn signature scribble above the line
                pts = []
                cx, cy = x0 + px(20), y + px(26)
                for _k in range(26):
                    cx += rng.uniform(4, 11)
                    cy = y + px(22) + rng.normal(0, px(6))
                    pts.append((cx, cy))
                d.line(pts, fill=40, width=3, joint="curve")
                d.line([(x0, y + px(38)), (x0 + colw - px(30), y + px(38))], fill=20, width=2)
                yy = y + px(42)
                for ln in lines:
                    d.text((x0, yy), ln, font=fr, fill=30)
                    yy += lh
            y += px(42) + lh * max(len(c) for c in cols) + lh
        elif kind == "finger":
            x0 = wpx - margin - px(80)
            d.rectangle([x0, y, x0 + px(72), y + px(86)], outline=30, width=2)
            # smudged print
            for _k in range(240):
                ex, ey = x0 + px(36) + rng.normal(0, px(10)), y + px(43) + rng.normal(0, px(14))
                d.ellipse([ex - 3, ey - 2, ex + 3, ey + 2], fill=int(rng.uniform(60, 140)))
            d.text((x0 + px(10), y + px(90)), b[1], font=fr, fill=30)
            y += px(110)
    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=246)
    arr = np.asarray(img).astype(np.float32)
    # uneven illumination, sensor noise and a few specks
    grad = np.linspace(0, 14, hpx, dtype=np.float32)[:, None]
    arr = arr - grad + rng.normal(0, 7.0, arr.shape).astype(np.float32)
    specks = rng.random(arr.shape) < 0.0006
    arr[specks] = rng.uniform(40, 120, int(specks.sum()))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, mode="L").filter(ImageFilter.GaussianBlur(0.65))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


def build_pdf(doc, path):
    pdf = Doc(doc["style"])
    scans = doc.get("scan", {})
    total = len(doc["pages"])
    for i, page in enumerate(doc["pages"], start=1):
        if i in scans:
            pdf.scan_pages.add(i)
            pdf.add_page()
            render_scan_page(pdf, scans[i], seed=doc.get("seed", 7) + i)
            continue
        pdf.add_page()
        for b in page:
            render_block(pdf, b)
    assert pdf.page_no() == total
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# the twelve documents
# ---------------------------------------------------------------------------------------
DOCS = []

# ---------------------------------------------------------------- bo01 h2a en compliant
DOCS.append(
    {
        "file": "bo01.pdf",
        "style": {
            "font": "dejavu",
            "size": 8.6,
            "lh": 3.75,
            "margins": 17,
            "top": 16,
            "bottom": 16,
            "title": "H-2A clearance order, Addendum A",
            "author": "Tallgrass Bend Orchards LLC",
            "lang": "en",
            "band": {
                "rgb": (34, 92, 48),
                "text": "TALLGRASS BEND ORCHARDS LLC  ·  4417 Pateros "
                "Bench Road  ·  Brewster, WA 98812  ·  (509) 555-0148",
                "size": 9,
            },
            "footer": "Job Order WA-2026-0417 · Addendum A · page {p} of {nb}",
        },
        "pages": [
            [
                ("title", "H-2A AGRICULTURAL CLEARANCE ORDER", 12),
                (
                    "subtitle",
                    "Addendum A — Material Terms and Conditions of Employment (Form ETA-790A)  ·  "
                    "Job Order No. WA-2026-0417  ·  Crops: apples and pears",
                ),
                ("h", "1. Employer and recruiter"),
                (
                    "p",
                    "Tallgrass Bend Orchards LLC, 4417 Pateros Bench Road, Brewster, Washington 98812 (the "
                    '"employer") offers the following terms to every worker employed under this '
                    "clearance order, U.S. workers and H-2A workers alike.",
                ),
                (
                    "p",
                    "Recruitment in Mexico is carried out for the employer by Cosecha Justa Servicios de "
                    "Enlace, S.C., Av. Madero Poniente 215, Zamora, Michoacán. The employer pays all of this "
                    "recruiter's charges. Our written contract with the recruiter forbids it, and any agent "
                    "or sub-agent working for it, from asking for or taking money, goods or work from any "
                    "applicant. If anyone asks you to pay for this job, call the employer at (509) 555-0148.",
                ),
                ("h", "2. Number of workers and period of employment"),
                (
                    "p",
                    "64 Orchard Workers. Employment begins on March 16, 2026 and ends on November 20, 2026.",
                ),
                ("h", "3. Job title and duties"),
                (
                    "p",
                    "Orchard Worker (Farmworkers and Laborers, Crop). Prune and train apple and pear trees; "
                    "hand-thin fruit; move and repair irrigation lines; place and pick up fruit bins; "
                    "harvest apples and pears into picking bags and empty them into bins without bruising "
                    "the fruit. On rain days workers may be assigned to sort culls and feed the presizer "
                    "line in the employer's packing shed at the hourly rate.",
                ),
                ("h", "4. Job requirements"),
                (
                    "p",
                    "Three months of experience hand-harvesting tree fruit. Workers must be able to work "
                    "from 10- to 14-foot orchard ladders and to carry a full picking bag weighing up to 50 "
                    "pounds. No education, English or certificate is required.",
                ),
                ("h", "5. Places of employment"),
                (
                    "table",
                    [
                        ["Worksite", "Address", "County", "Crop"],
                        [
                            "Home Ranch",
                            "4417 Pateros Bench Road, Brewster, WA",
                            "Okanogan",
                            "Apples",
                        ],
                        [
                            "Monse Block",
                            "212 Monse River Road, Brewster, WA",
                            "Okanogan",
                            "Pears, apples",
                        ],
                        ["Azwell Block", "58 Azwell Flats Road, Pateros, WA", "Chelan", "Apples"],
                    ],
                    (28, 72, 30, 40),
                    {"head_fill": (214, 232, 214)},
                ),
                ("h", "6. Hours and days of work"),
                (
                    "p",
                    "40 hours per week, Monday through Friday, from 6:00 a.m. to 2:30 p.m. with a 30-minute "
                    "unpaid meal break. From August 24 to October 30 up to 8 additional hours may be offered "
                    "on Saturdays. Workers are not required to work on their Sabbath or on federal holidays.",
                ),
                ("h", "7. Wage rates"),
                (
                    "p",
                    "The employer pays $19.82 per hour, the highest of the Adverse Effect Wage Rate, the "
                    "prevailing wage and the state minimum wage at the time of filing. During harvest, the "
                    "piece rates below apply when they produce more:",
                ),
                (
                    "table",
                    [
                        ["Activity", "Piece rate", "Unit"],
                        ["Apples (Honeycrisp)", "$32.00", "per 20-bushel bin"],
                        ["Apples (Gala, Fuji, Granny Smith)", "$26.00", "per 20-bushel bin"],
                        ["Pears (d'Anjou, Bartlett)", "$30.00", "per 20-bushel bin"],
                        ["Pruning, thinning and all other work", "$19.82", "per hour"],
                    ],
                    (80, 35, 55),
                    {"head_fill": (214, 232, 214)},
                ),
                (
                    "p",
                    "If a worker's piece-rate earnings for a pay period are lower than the hourly rate "
                    "multiplied by the hours worked, the employer pays the difference.",
                ),
            ],
            [
                ("h", "8. Wage adjustments"),
                (
                    "p",
                    "If during the contract the Adverse Effect Wage Rate, the prevailing wage or the "
                    "Washington minimum wage is raised above the rate being paid, the employer will pay the "
                    "higher rate from the date it takes effect.",
                ),
                ("h", "9. Pay frequency and earnings statements"),
                (
                    "p",
                    "Wages are paid weekly, every Friday, by check or direct deposit. On each payday the "
                    "worker receives a written statement showing the hours offered and the hours actually "
                    "worked, the number of bins picked, the hourly and piece rates, total earnings, each "
                    "deduction and the reason for it, net pay, and the employer's name, address and FEIN.",
                ),
                ("h", "10. Deductions"),
                (
                    "p",
                    "The employer will make only these deductions: federal income tax withholding if the "
                    "worker requests it on Form W-4; the worker's share of the Washington Paid Family and "
                    "Medical Leave premium that state law requires of every employee; and any deduction the "
                    "worker voluntarily authorizes in writing for his or her own benefit, such as a money "
                    "transfer to family. Nothing is deducted for housing, transportation, tools or "
                    "recruitment, and no deduction will bring pay below the wage owed.",
                ),
                ("h", "11. Three-fourths guarantee"),
                (
                    "p",
                    "The employer guarantees to offer each worker employment for a total number of work hours "
                    "equal to at least three-fourths of the workdays of the total period of the contract, "
                    "counting 8 hours per workday. If the hours offered fall short, the worker is paid the "
                    "amount he or she would have earned for the guaranteed hours.",
                ),
                ("h", "12. Housing"),
                (
                    "p",
                    "Free housing that meets Washington Department of Health standards is provided to workers "
                    "who cannot reasonably return to their permanent residence each day, at the Tallgrass "
                    "Bend labor camp, 4490 Pateros Bench Road, Brewster. No rent, utility charge or deposit "
                    "is collected for the housing, the bedding or the keys.",
                ),
                ("h", "13. Meals"),
                (
                    "p",
                    "Every housing unit has a fully equipped kitchen with stoves, refrigerators and cookware "
                    "that workers may use free of charge to prepare their own meals.",
                ),
                ("h", "14. Tools, supplies and equipment"),
                (
                    "p",
                    "Ladders, picking bags, pruning shears, loppers, gloves and rain gear are furnished at no "
                    "cost to the worker and without any deposit.",
                ),
                ("h", "15. Transportation and subsistence"),
                (
                    "p",
                    "**Inbound.** A worker who completes 50 percent of the contract period is reimbursed for the "
                    "reasonable cost of transportation and daily subsistence from the place of recruitment "
                    "in Zamora, Michoacán to the place of employment, if the employer has not already paid "
                    "it directly. In the first workweek the employer also reimburses the visa and consular "
                    "fees and any inbound costs needed to keep the worker's first-week earnings at or above "
                    "the required wage.",
                ),
                (
                    "p",
                    "**Return.** A worker who completes the contract, or who is dismissed early for reasons "
                    "other than cause, receives transportation and subsistence back to Zamora, Michoacán, "
                    "paid by the employer.",
                ),
                (
                    "p",
                    "**Daily.** Transportation between the housing and the worksites is provided free of "
                    "charge every workday in vehicles that meet federal and state safety standards.",
                ),
                ("h", "16. Workers' compensation"),
                (
                    "p",
                    "All workers are covered by industrial insurance through the Washington State Department "
                    "of Labor and Industries (employer account 402,118-00). The employer pays the entire "
                    "premium; nothing is taken from wages for it.",
                ),
            ],
            [
                ("h", "17. Abandonment and termination for cause"),
                (
                    "p",
                    "A worker who fails to report for work for 5 consecutive working days without the "
                    "employer's consent is considered to have abandoned employment. A worker may be "
                    "dismissed for cause after a written warning, except for serious misconduct. In either "
                    "case the employer notifies the Department of Labor and DHS in writing within 2 working "
                    "days, and the three-fourths guarantee and return transportation no longer apply. A "
                    "worker who leaves early owes no fee or penalty of any kind.",
                ),
                ("h", "18. Contract impossibility"),
                (
                    "p",
                    "If the work contract is ended before November 20, 2026 because fire, weather or another "
                    "Act of God makes it impossible to continue, as determined by the Certifying Officer, "
                    "the employer will pay the three-fourths guarantee up to the date of termination, pay "
                    "return transportation and subsistence, and make efforts to place the worker in other "
                    "comparable employment.",
                ),
                ("h", "19. Worker rights"),
                (
                    "p",
                    "The employer will not hold or confiscate any worker's passport, visa or other identity or "
                    "immigration document. Workers are free to leave the housing when they are not working "
                    "and to receive visitors. No worker will be discharged, blacklisted or placed on a "
                    "do-not-rehire list for filing a complaint, speaking with a lawyer or union, or "
                    "testifying in any proceeding.",
                ),
                ("h", "20. Employer certification"),
                (
                    "p",
                    "I certify that the terms above are the actual terms and conditions of employment offered "
                    "under this clearance order and that a copy will be given to each worker in a language "
                    "the worker understands no later than the time the worker applies for the visa.",
                ),
                (
                    "sig",
                    [
                        ["Delia M. Varga", "Operations Manager, Tallgrass Bend Orchards LLC"],
                        ["Date: January 9, 2026"],
                    ],
                    14,
                ),
            ],
        ],
        "label": {
            "program": "h2a",
            "language": "en",
            "scanned": False,
            "fees": [],
            "missing_terms": [],
            "recruiters": ["Cosecha Justa Servicios de Enlace, S.C."],
            "traps": [
                "'feed the presizer line' is a job duty, not a fee",
                "recruiter's charges paid by the employer; recruiter contractually forbidden to take money from workers",
                "visa and consular fees reimbursed in the first workweek",
                "inbound travel and subsistence reimbursed at 50%; return travel paid",
                "free housing; no rent, utility charge or deposit for bedding or keys",
                "free kitchen",
                "tools and rain gear free, without deposit",
                "statutory WA Paid Family and Medical Leave premium (not an insurance_cost finding)",
                "workers' compensation premium paid entirely by the employer",
                "'owes no fee or penalty' for leaving early (negated breach penalty)",
                "employer never holds passports (negated retention)",
                "free to leave housing and receive visitors (negated movement restriction)",
                "no blacklisting or do-not-rehire list for complaints (negated)",
            ],
            "doc_type": "job_order",
            "layout": "single column; colored header band; numbered sections; gridded worksite table and "
            "gridded piece-rate table; signature line",
        },
    }
)

# ---------------------------------------------------------------- bo02 h2a es recruiter
DOCS.append(
    {
        "file": "bo02.pdf",
        "style": {
            "font": "libserif",
            "size": 11,
            "lh": 5.0,
            "margins": 24,
            "top": 20,
            "bottom": 18,
            "align": "J",
            "title": "Contrato de prestación de servicios de reclutamiento",
            "author": "Enlace Campesino del Bajío, S.C.",
            "lang": "es",
            "footer": "Enlace Campesino del Bajío, S.C. — Expediente ECB-26-0188 — Hoja {p} de {nb}",
        },
        "pages": [
            [
                ("title", "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO", 13),
                (
                    "p",
                    "En la ciudad de Irapuato, Guanajuato, el día 12 de enero de 2026, celebran el presente "
                    "contrato, por una parte, Enlace Campesino del Bajío, S.C., representada por el Lic. "
                    "Rogelio Anaya Cervantes, a quien en lo sucesivo se denominará «LA AGENCIA», y por la "
                    "otra el C. Juan Gabriel Medina Ochoa, por su propio derecho, a quien se denominará «EL "
                    "SOLICITANTE», al tenor de las siguientes declaraciones y cláusulas:",
                ),
                ("h", "DECLARACIONES"),
                (
                    "p",
                    "I. Declara LA AGENCIA ser una sociedad civil constituida conforme a las leyes mexicanas, "
                    "con domicilio en Boulevard Díaz Ordaz 1410, colonia Las Reinas, Irapuato, Gto., y que "
                    "recluta trabajadores para Harlowe Creek Produce LLC, empresa agrícola con domicilio en "
                    "2280 Old Stantonsburg Road, Wilson, Carolina del Norte 27893, Estados Unidos (en "
                    "adelante «LA EMPRESA AGRÍCOLA»), que cuenta con certificación laboral H-2A.",
                ),
                (
                    "p",
                    "II. Declara EL SOLICITANTE llamarse como ha quedado escrito, ser mayor de edad, "
                    "originario de Pénjamo, Guanajuato, con CURP MEOJ900314HGTDCN07, y que desea trabajar "
                    "de manera temporal en los Estados Unidos.",
                ),
                ("h", "CLÁUSULAS"),
                (
                    "p",
                    "**PRIMERA. Objeto.** LA AGENCIA integrará el expediente de EL SOLICITANTE, lo presentará "
                    "a LA EMPRESA AGRÍCOLA, agendará su cita en el Consulado General de los Estados Unidos "
                    "en Monterrey y lo acompañará hasta el cruce fronterizo.",
                ),
                (
                    "p",
                    "**SEGUNDA. Condiciones del trabajo ofrecido.** Según la orden de trabajo de LA EMPRESA "
                    "AGRÍCOLA, las condiciones son las siguientes:",
                ),
                (
                    "table",
                    [
                        [
                            "Puesto",
                            "Trabajador agrícola: siembra y cosecha de camote, deshierbe, despunte de "
                            "tabaco y carga de cajas",
                        ],
                        [
                            "Lugar",
                            "Campos de LA EMPRESA AGRÍCOLA en los condados de Wilson y Nash, "
                            "Carolina del Norte",
                        ],
                        ["Periodo", "Del 6 de abril al 15 de noviembre de 2026"],
                        ["Jornada", "40 horas por semana, de lunes a sábado"],
                        ["Salario", "$16.32 dólares por hora"],
                        ["Día de pago", "Cada semana, los jueves"],
                        ["Vivienda", "Gratuita, en el campamento de LA EMPRESA AGRÍCOLA en Wilson"],
                        [
                            "Viajes",
                            "La ida se reembolsa con el primer cheque; el regreso lo paga LA EMPRESA "
                            "AGRÍCOLA al terminar la temporada",
                        ],
                        ["Herramientas", "LA EMPRESA AGRÍCOLA las proporciona sin costo"],
                        [
                            "Requisitos",
                            "Mayor de 18 años y al menos una temporada de experiencia en cosecha",
                        ],
                        [
                            "Despido",
                            "Solo por causa justificada; cinco días seguidos de faltas sin aviso se "
                            "consideran abandono del empleo",
                        ],
                    ],
                    (32, 130),
                    {"noheader": True, "size": 10},
                ),
                (
                    "p",
                    "**TERCERA. Del costo de los servicios.** Por la integración y gestión de su expediente, "
                    "EL SOLICITANTE pagará a LA AGENCIA una cuota de inscripción de 8 500 pesos (ocho mil "
                    "quinientos pesos M.N.) para apartar su lugar en la lista de la temporada, cantidad que "
                    "no será reembolsable. El derecho de la visa lo paga directamente LA EMPRESA AGRÍCOLA y "
                    "no se cobra a EL SOLICITANTE.",
                ),
            ],
            [
                (
                    "p",
                    "**CUARTA. Pasaporte.** EL SOLICITANTE tramitará y pagará por su cuenta su pasaporte "
                    "mexicano vigente antes de la cita consular. EL SOLICITANTE conserva en todo momento su "
                    "pasaporte; LA AGENCIA solo saca una copia fotostática para el expediente.",
                ),
                (
                    "p",
                    "**QUINTA. Garantía de cumplimiento.** Para garantizar que cumplirá la temporada completa, "
                    "EL SOLICITANTE firmará a favor de LA AGENCIA un pagaré por $20,000.00 (veinte mil pesos "
                    "00/100 M.N.), que le será devuelto cuando se presente en esta oficina a su regreso.",
                ),
                (
                    "p",
                    "**SEXTA. Abandono.** Si EL SOLICITANTE deja el trabajo antes de terminar la temporada, LA "
                    "AGENCIA hará efectivo el pagaré de veinte mil pesos y EL SOLICITANTE deberá cubrirlo en "
                    "su totalidad.",
                ),
                (
                    "p",
                    "**SÉPTIMA. Quejas.** El solicitante que presente quejas contra LA AGENCIA o contra LA "
                    "EMPRESA AGRÍCOLA ante el consulado, la Secretaría del Trabajo o cualquier organización "
                    "será dado de baja de la lista y no volverá a ser llamado para ninguna temporada.",
                ),
                (
                    "p",
                    "**OCTAVA. Jurisdicción.** Para la interpretación y cumplimiento de este contrato, las "
                    "partes se someten a los tribunales de Irapuato, Guanajuato, renunciando a cualquier "
                    "otro fuero que pudiera corresponderles.",
                ),
                (
                    "p",
                    "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
                    "firman por duplicado en el lugar y fecha señalados al principio.",
                ),
                (
                    "sig",
                    [
                        [
                            "LA AGENCIA",
                            "Lic. Rogelio Anaya Cervantes",
                            "Representante legal",
                            "Enlace Campesino del Bajío, S.C.",
                        ],
                        ["EL SOLICITANTE", "Juan Gabriel Medina Ochoa"],
                    ],
                    22,
                ),
                ("sp", 2),
                ("finger", "Huella"),
            ],
        ],
        "label": {
            "program": "h2a",
            "language": "es",
            "scanned": False,
            "fees": [
                {
                    "category": "recruitment_fee",
                    "severity": "violation",
                    "page": 1,
                    "amount": 8500.0,
                    "currency": "MXN",
                    "quote": "EL SOLICITANTE pagará a LA AGENCIA una cuota de inscripción de 8 500 pesos (ocho "
                    "mil quinientos pesos M.N.) para apartar su lugar en la lista de la temporada",
                },
                {
                    "category": "visa_cost",
                    "severity": "review",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "EL SOLICITANTE tramitará y pagará por su cuenta su pasaporte mexicano vigente "
                    "antes de la cita consular.",
                },
                {
                    "category": "deposit_or_bond",
                    "severity": "violation",
                    "page": 2,
                    "amount": 20000.0,
                    "currency": "MXN",
                    "quote": "EL SOLICITANTE firmará a favor de LA AGENCIA un pagaré por $20,000.00 (veinte "
                    "mil pesos 00/100 M.N.)",
                },
                {
                    "category": "breach_penalty",
                    "severity": "violation",
                    "page": 2,
                    "amount": 20000.0,
                    "currency": "MXN",
                    "quote": "Si EL SOLICITANTE deja el trabajo antes de terminar la temporada, LA AGENCIA "
                    "hará efectivo el pagaré de veinte mil pesos",
                },
                {
                    "category": "blacklisting_threat",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "El solicitante que presente quejas contra LA AGENCIA o contra LA EMPRESA "
                    "AGRÍCOLA ante el consulado, la Secretaría del Trabajo o cualquier organización "
                    "será dado de baja de la lista y no volverá a ser llamado para ninguna temporada.",
                },
            ],
            "missing_terms": [
                "wage_adjustment",
                "deductions",
                "three_fourths_guarantee",
                "meals",
                "daily_transportation",
                "workers_compensation",
                "earnings_statements",
                "contract_impossibility",
            ],
            "recruiters": ["Enlace Campesino del Bajío, S.C."],
            "traps": [
                "visa fee paid directly by the employer ('no se cobra')",
                "free housing (h2a)",
                "inbound trip reimbursed with first check; return paid by employer",
                "tools provided at no cost",
                "worker keeps passport; agency only makes a photocopy (negated retention)",
                "passport fee alone is only 'review' under h2a",
                "five days' absence treated as abandonment is a lawful termination rule",
            ],
            "doc_type": "recruiter_agreement",
            "layout": "single column, justified serif; declarations and numbered clauses; gridded two-column "
            "terms table; signature lines with fingerprint box",
        },
    }
)

# ---------------------------------------------------------------- bo03 h2a en work contract
DOCS.append(
    {
        "file": "bo03.pdf",
        "style": {
            "font": "libsans",
            "size": 10,
            "lh": 4.5,
            "margins": 22,
            "top": 18,
            "bottom": 18,
            "title": "Seasonal agricultural work agreement",
            "author": "Altamaha Fields LLC",
            "lang": "en",
            "footer": "Altamaha Fields LLC · H-2A Work Agreement 2026 · Page {p} of {nb}",
            "footer_align": "R",
        },
        "pages": [
            [
                (
                    "letterhead",
                    [
                        "ALTAMAHA FIELDS LLC",
                        "1190 Deen Still Road · Baxley, Georgia 31513 · (912) 555-0126",
                    ],
                    (90, 60, 20),
                ),
                ("title", "SEASONAL AGRICULTURAL WORK AGREEMENT (H-2A)", 12),
                (
                    "p",
                    "This Agreement is made on March 2, 2026 between Altamaha Fields LLC, 1190 Deen Still "
                    'Road, Baxley, Georgia 31513 (the "Company"), and Efraín Tomás Caal Pop, of Aldea '
                    'Chicanutz, Cobán, Alta Verapaz, Guatemala (the "Worker"). The Company recruits '
                    "directly through its own staff in Cobán and uses no recruitment agency.",
                ),
                (
                    "p",
                    "**1. Position.** The Worker is hired as a Farmworker to transplant, hoe, hand-harvest, "
                    "grade and pack sweet onions, bell peppers and watermelons, load field bins and "
                    "trailers, and lay and move irrigation pipe.",
                ),
                (
                    "p",
                    "**2. Place of work.** The Company's fields at 1190 Deen Still Road, Baxley, and at 77 "
                    "Lyons Highway, Vidalia, Georgia, and its packing shed at the Baxley address.",
                ),
                ("p", "**3. Term.** From April 1, 2026 to July 31, 2026."),
                (
                    "p",
                    "**4. Hours.** About 45 hours per week, Monday through Saturday, normally from 7:00 a.m. "
                    "to 4:00 p.m.; hours may vary with weather and crop conditions.",
                ),
                (
                    "p",
                    "**5. Wages.** $14.91 per hour for all work. If the Adverse Effect Wage Rate for Georgia "
                    "or any other applicable wage is raised during the term, the Company will pay the higher "
                    "rate from its effective date.",
                ),
                (
                    "p",
                    "**6. Completion bonus.** A Worker who remains until July 31, 2026 receives a completion "
                    "bonus of $0.50 for each hour worked during the season, paid in addition to all wages "
                    "already earned.",
                ),
                (
                    "p",
                    "**7. Payment.** Wages are paid every two weeks, on Friday, by check. Each check comes "
                    "with a statement showing hours offered, hours worked, rate of pay, gross earnings, "
                    "every deduction and net pay.",
                ),
                (
                    "p",
                    "**8. Holdback.** To keep crews complete through harvest, the Company retains $0.75 from "
                    "every hour's pay; the retained amount is paid with the last check only to Workers who "
                    "complete the contract.",
                ),
                (
                    "p",
                    "**9. Deductions.** Only the following are deducted: income tax if requested by the "
                    "Worker, the meal charge in clause 12, the retained amount in clause 8, and damage "
                    "charges under clause 15.",
                ),
                (
                    "p",
                    "**10. Guarantee.** The Company guarantees to offer the Worker employment for at least "
                    "three-fourths of the workdays in the contract period. If it does not, the Company pays "
                    "the Worker what he would have earned for the hours guaranteed.",
                ),
                (
                    "p",
                    "**11. Housing.** Housing is provided free of rent at Twin Oaks Camp, 402 Twin Oaks Lane, "
                    "Baxley, Georgia. Each Worker pays a housing deposit of $150.00 on arrival, which is "
                    "returned at the end of the season if the room is left clean and undamaged.",
                ),
            ],
            [
                (
                    "p",
                    "**12. Meals.** The camp kitchen serves three meals a day. The charge is $14.00 per day, "
                    "which is below the maximum meal charge published by the U.S. Department of Labor, and "
                    "is deducted each pay period. Workers who prefer to cook may use the camp kitchen free "
                    "of charge instead.",
                ),
                (
                    "p",
                    "**13. Travel.** The Company buys in advance the Worker's bus ticket from Cobán to "
                    "Guatemala City, the flight to Atlanta and the bus to Baxley, and pays $16.36 per day "
                    "for meals on the road. The visa fee is reimbursed with the first paycheck. At the end "
                    "of the contract, or if the Worker is dismissed early without cause, the Company pays "
                    "the Worker's return trip to Cobán. Company buses carry Workers free of charge between "
                    "the camp and the fields every day.",
                ),
                (
                    "p",
                    "**14. Documents.** On arrival, the crew leader collects each Worker's passport and visa "
                    "and keeps them in the office safe until the day of departure, so that they are not "
                    "lost.",
                ),
                (
                    "p",
                    "**15. Tools and damage.** Harvest knives, buckets, gloves and crates are provided at no "
                    "charge. Any knife, crate or radio damaged by a Worker's failure to follow instructions "
                    "will be charged to the Worker at replacement cost through payroll deduction.",
                ),
                (
                    "p",
                    "**16. Workers' compensation.** The Company carries workers' compensation insurance with "
                    "Peach State Agricultural Mutual, policy GA-WC-55817, at its own cost.",
                ),
                (
                    "p",
                    "**17. Abandonment and dismissal.** A Worker absent for 5 consecutive workdays without "
                    "notice is considered to have abandoned the job. A Worker may be dismissed for cause, "
                    "such as violence or repeated refusal to work. The Company reports any abandonment or "
                    "dismissal to the Department of Labor within 2 working days.",
                ),
                (
                    "p",
                    "**18. Complaints.** The Worker may contact the U.S. Department of Labor, the Guatemalan "
                    "consulate or a legal aid office at any time. The Company will not retaliate against "
                    "any Worker for doing so.",
                ),
                (
                    "p",
                    "**19. Copies.** The Worker receives this Agreement in English together with a Spanish "
                    "copy, and keeps both.",
                ),
                ("sp", 4),
                (
                    "sig",
                    [
                        ["For the Company", "Wade H. Purcell, Farm Manager", "Date: March 2, 2026"],
                        ["Worker", "Efraín Tomás Caal Pop", "Date: March 2, 2026"],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "h2a",
            "language": "en",
            "scanned": False,
            "fees": [
                {
                    "category": "wage_withholding",
                    "severity": "violation",
                    "page": 1,
                    "amount": 0.75,
                    "currency": "USD",
                    "quote": "the Company retains $0.75 from every hour's pay; the retained amount is paid with "
                    "the last check only to Workers who complete the contract.",
                },
                {
                    "category": "housing_charge",
                    "severity": "violation",
                    "page": 1,
                    "amount": 150.0,
                    "currency": "USD",
                    "quote": "Each Worker pays a housing deposit of $150.00 on arrival, which is returned at "
                    "the end of the season if the room is left clean and undamaged.",
                },
                {
                    "category": "document_retention",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "On arrival, the crew leader collects each Worker's passport and visa and keeps "
                    "them in the office safe until the day of departure, so that they are not lost.",
                },
                {
                    "category": "damage_chargeback",
                    "severity": "review",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "Any knife, crate or radio damaged by a Worker's failure to follow instructions "
                    "will be charged to the Worker at replacement cost through payroll deduction.",
                },
            ],
            "missing_terms": ["contract_impossibility", "job_requirements"],
            "recruiters": [],
            "traps": [
                "completion bonus paid in addition to wages (not withholding)",
                "lawful h2a meal charge below the DOL cap, with free kitchen alternative",
                "inbound travel prepaid; visa fee reimbursed with first paycheck",
                "return trip and daily transport paid by the company",
                "tools free of charge",
                "workers' compensation at company cost",
                "no retaliation for complaints (negated blacklisting)",
                "company recruits directly, no agency (no recruiter)",
            ],
            "doc_type": "work_contract",
            "layout": "single column; letterhead with rule; bold-numbered clauses; two-column signature lines",
        },
    }
)

# ---------------------------------------------------------------- bo04 h2a es job order
DOCS.append(
    {
        "file": "bo04.pdf",
        "style": {
            "font": "noto",
            "size": 9,
            "lh": 4.0,
            "margins": 18,
            "top": 16,
            "bottom": 16,
            "title": "Orden de trabajo H-2A (traducción)",
            "author": "Kettle Lake Nursery & Greenhouses LLC",
            "lang": "es",
            "band": {
                "rgb": (24, 70, 130),
                "text": "ORDEN DE TRABAJO AGRÍCOLA H-2A — TRADUCCIÓN AL ESPAÑOL",
                "size": 10,
            },
            "footer": "Caso H-300-26012-659804 · Kettle Lake Nursery & Greenhouses LLC · página {p} "
            "de {nb}",
        },
        "pages": [
            [
                ("title", "Condiciones de empleo — Trabajador de vivero, temporada 2026", 12),
                (
                    "subtitle",
                    "Número de caso H-300-26012-659804  ·  Actividad: vivero y plantas de invernadero  "
                    "·  38 trabajadores",
                ),
                (
                    "table",
                    [
                        ["Concepto", "Condición"],
                        [
                            "Empleador",
                            "Kettle Lake Nursery & Greenhouses LLC, 6215 Hartwell Road, Holland, "
                            "Michigan 49424",
                        ],
                        ["Puesto", "Trabajador de vivero (trabajador agrícola de cultivos)"],
                        [
                            "Lugar de trabajo",
                            "Vivero e invernaderos en 6215 Hartwell Road y campo de "
                            "contenedores en 1840 West 48th Street, Holland, condado de "
                            "Ottawa, Michigan",
                        ],
                        ["Periodo", "Del 2 de marzo al 30 de noviembre de 2026"],
                        [
                            "Horario",
                            "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m.",
                        ],
                        ["Salario", "$18.15 por hora"],
                        ["Pago", "Semanal, cada viernes"],
                    ],
                    (40, 134),
                    {"head_fill": (205, 220, 240)},
                ),
                ("h", "1. Funciones del puesto"),
                (
                    "p",
                    "Trasplantar plántulas y esquejes, llenar macetas, podar y despuntar arbustos, deshierbar "
                    "contenedores, mover plantas en carretilla, cargar camiones con pedidos y regar a mano. "
                    "En primavera los trabajadores también preparan los pedidos de los clientes y revisan "
                    "las etiquetas de precio de las plantas.",
                ),
                ("h", "2. Requisitos"),
                (
                    "p",
                    "Un mes de experiencia en vivero o invernadero. Poder levantar 50 libras y trabajar de pie "
                    "y con calor dentro del invernadero.",
                ),
                ("h", "3. Salario y ajustes"),
                (
                    "p",
                    "Se paga $18.15 por hora. Si durante el contrato se publica un salario AEWR, un salario "
                    "prevaleciente o un salario mínimo más alto, la empresa pagará el salario más alto desde "
                    "la fecha en que entre en vigor.",
                ),
                ("h", "4. Garantía de tres cuartas partes"),
                (
                    "p",
                    "La empresa garantiza ofrecer a cada trabajador horas de trabajo equivalentes por lo menos "
                    "a tres cuartas partes de los días laborables del periodo del contrato. Si no lo hace, "
                    "pagará la diferencia.",
                ),
                ("h", "5. Descuentos"),
                (
                    "p",
                    "Del cheque se descuentan: el impuesto federal si el trabajador lo pide, el costo del "
                    "autobús de llegada (punto 8) y los abonos del adelanto (punto 9).",
                ),
                ("h", "6. Vivienda y comidas"),
                (
                    "p",
                    "La vivienda es gratuita, en las casas de la empresa en 6290 Hartwell Road, Holland, que "
                    "cumplen con las normas del estado de Michigan. Cada casa tiene cocina equipada que los "
                    "trabajadores usan sin costo para preparar sus alimentos.",
                ),
                ("h", "7. Transporte diario"),
                (
                    "p",
                    "La empresa lleva gratuitamente a los trabajadores de la vivienda a los lugares de trabajo "
                    "y de regreso, todos los días laborables.",
                ),
            ],
            [
                ("h", "8. Viaje de llegada y de regreso"),
                (
                    "p",
                    "El autobús de Monterrey a Holland, Michigan, lo contrata la empresa; su costo, de "
                    "aproximadamente 180 dólares, se descontará de los dos primeros cheques del trabajador y "
                    "no se reembolsa. Al terminar el contrato, la empresa paga el viaje de regreso a San "
                    "Luis Potosí.",
                ),
                ("h", "9. Adelantos"),
                (
                    "p",
                    "Antes de salir de México, los trabajadores que lo soliciten pueden recibir un adelanto de "
                    "hasta 300 dólares para gastos del viaje, que se les descontará a razón de 50 dólares "
                    "por semana.",
                ),
                ("h", "10. Herramientas y equipo"),
                (
                    "p",
                    "La empresa proporciona sin costo las carretillas, mangueras, macetas y demás equipo. Se "
                    "cobra un depósito de 40 dólares por las tijeras de podar, el cuchillo y la credencial de "
                    "acceso, que se devuelve al final de la temporada si se entregan en buen estado.",
                ),
                ("h", "11. Seguro de accidentes de trabajo"),
                (
                    "p",
                    "Todos los trabajadores están cubiertos por el seguro de compensación de trabajadores de "
                    "Michigan, póliza MWC-20-77141 de Lakeshore Farm Mutual, pagado por la empresa.",
                ),
                ("h", "12. Reglas de la vivienda"),
                (
                    "p",
                    "Por seguridad, los trabajadores no pueden salir del campamento después de las 9:00 de la "
                    "noche ni recibir visitas; quien no respete esta regla será enviado de regreso a México.",
                ),
                ("h", "13. Abandono y despido"),
                (
                    "p",
                    "Si el trabajador falta 5 días laborables seguidos sin permiso, se considera que abandonó "
                    "el empleo. La empresa puede despedir por causa justificada y lo notificará al "
                    "Departamento de Trabajo en un plazo de 2 días hábiles.",
                ),
                ("h", "14. Imposibilidad de cumplir el contrato"),
                (
                    "p",
                    "Si un incendio, una tormenta u otra causa de fuerza mayor hace imposible continuar el "
                    "trabajo, y el Departamento de Trabajo lo aprueba, la empresa pagará la garantía de tres "
                    "cuartas partes hasta esa fecha y el viaje de regreso.",
                ),
                ("h", "15. Reclutamiento"),
                (
                    "p",
                    "Los trabajadores son reclutados en San Luis Potosí por Servicios Agrícolas Tierra Nueva "
                    "de San Luis, S.C. Ni la empresa ni su reclutador cobran cuota alguna por el "
                    "reclutamiento; quien le pida dinero por este empleo comete una falta y debe ser "
                    "reportado.",
                ),
                ("sp", 3),
                (
                    "sig",
                    [
                        [
                            "Marjorie T. Kloosterman",
                            "Gerente de Recursos Humanos",
                            "Kettle Lake Nursery & Greenhouses LLC",
                        ],
                        ["Fecha: 20 de enero de 2026"],
                    ],
                    14,
                ),
            ],
        ],
        "label": {
            "program": "h2a",
            "language": "es",
            "scanned": False,
            "fees": [
                {
                    "category": "travel_cost",
                    "severity": "violation",
                    "page": 2,
                    "amount": 180.0,
                    "currency": "USD",
                    "quote": "El autobús de Monterrey a Holland, Michigan, lo contrata la empresa; su costo, de "
                    "aproximadamente 180 dólares, se descontará de los dos primeros cheques del "
                    "trabajador y no se reembolsa.",
                },
                {
                    "category": "debt_bondage",
                    "severity": "violation",
                    "page": 2,
                    "amount": 300.0,
                    "currency": "USD",
                    "quote": "los trabajadores que lo soliciten pueden recibir un adelanto de hasta 300 dólares "
                    "para gastos del viaje, que se les descontará a razón de 50 dólares por semana.",
                },
                {
                    "category": "equipment_charge",
                    "severity": "violation",
                    "page": 2,
                    "amount": 40.0,
                    "currency": "USD",
                    "quote": "Se cobra un depósito de 40 dólares por las tijeras de podar, el cuchillo y la "
                    "credencial de acceso, que se devuelve al final de la temporada si se entregan en "
                    "buen estado.",
                },
                {
                    "category": "movement_restriction",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "Por seguridad, los trabajadores no pueden salir del campamento después de las "
                    "9:00 de la noche ni recibir visitas; quien no respete esta regla será enviado de "
                    "regreso a México.",
                },
            ],
            "missing_terms": ["inbound_transportation", "earnings_statements"],
            "recruiters": ["Servicios Agrícolas Tierra Nueva de San Luis, S.C."],
            "traps": [
                "'etiquetas de precio' is a job duty, not a charge",
                "free housing and free kitchen (h2a)",
                "free daily transport",
                "return trip paid by employer",
                "other equipment provided sin costo",
                "workers' compensation paid by employer",
                "no recruitment fee charged by employer or recruiter (negated)",
            ],
            "doc_type": "job_order",
            "layout": "single column, small sans; colored header band; gridded Concepto|Condición summary "
            "table; numbered headed sections; signature line",
        },
    }
)

# ---------------------------------------------------------------- bo05 h2b en job order
DOCS.append(
    {
        "file": "bo05.pdf",
        "style": {
            "font": "dejavuserif",
            "size": 9.3,
            "lh": 4.1,
            "margins": 20,
            "top": 16,
            "bottom": 16,
            "title": "H-2B job order — Housekeeper",
            "author": "Straits Harbor Inn & Cottages LLC",
            "lang": "en",
            "band": {
                "rgb": (20, 40, 80),
                "text": "STRAITS HARBOR INN & COTTAGES  ·  H-2B JOB ORDER MI-H2B-2026-1183",
                "size": 9.5,
            },
            "footer": "Straits Harbor Inn & Cottages LLC — Job Order MI-H2B-2026-1183 — {p}/{nb}",
        },
        "pages": [
            [
                ("title", "H-2B JOB ORDER — HOUSEKEEPER", 13),
                (
                    "subtitle",
                    "Straits Harbor Inn & Cottages LLC · 7340 Main Street · Mackinac Island, Michigan "
                    "49757 · Number of workers: 22 · SOC 37-2012 Maids and Housekeeping Cleaners",
                ),
                ("rule",),
                ("p", "**Period of employment.** May 4, 2026 to October 18, 2026."),
                (
                    "p",
                    "**Job duties.** Clean and service guest rooms and cottages: strip and make beds, vacuum, "
                    "dust, clean bathrooms, restock linens, amenities and in-room coffee stations, empty "
                    "trash, and report maintenance problems to the front desk. At checkout, housekeepers "
                    "collect room keys and record minibar use so the front desk can charge guests.",
                ),
                (
                    "p",
                    "**Job requirements.** Three months of experience as a hotel housekeeper. Must be able to "
                    "lift 40 pounds and climb stairs repeatedly; most island buildings have no elevators.",
                ),
                (
                    "p",
                    "**Place of employment.** Straits Harbor Inn, 7340 Main Street, and the Harbor Cottages, "
                    "7410 Main Street, Mackinac Island, Mackinac County, Michigan.",
                ),
                (
                    "p",
                    "**Hours.** 35 hours per week, five days per week, 8:00 a.m. to 3:30 p.m. with a 30-minute "
                    "unpaid lunch; days off rotate.",
                ),
                (
                    "p",
                    "**Wage.** $16.71 per hour. The employer will pay at least the highest of the prevailing "
                    "wage, the federal minimum wage and the Michigan minimum wage throughout the period; if "
                    "a higher prevailing wage is issued during the season, the employer will pay it from its "
                    "effective date.",
                ),
                (
                    "p",
                    "**Overtime.** Overtime may be available and is paid at $25.07 per hour for hours over 40 "
                    "in a workweek.",
                ),
                (
                    "p",
                    "**Pay.** Wages are paid every two weeks, on Thursday, by direct deposit or paycard. Each "
                    "payday the worker receives an earnings statement with hours offered and worked, rate, "
                    "total earnings, each deduction and net pay.",
                ),
                (
                    "p",
                    "**Three-fourths guarantee.** For each 12-week period of the season (6-week period for the "
                    "last part of the season), the employer guarantees to offer hours equal to at least "
                    "three-fourths of the workdays in that period, counting 7 hours per workday, or to pay "
                    "for the hours not offered.",
                ),
                (
                    "p",
                    "**Deductions.** Federal and state income taxes, Social Security and Medicare, the "
                    "dormitory charge if the worker chooses employer housing, the uniform deposit, and the "
                    "administrative service charge described below.",
                ),
                (
                    "p",
                    "**Housing.** Employer dormitory housing is available on the island but is not required. "
                    "Workers who choose it pay $85 per week, deducted from each paycheck.",
                ),
            ],
            [
                (
                    "p",
                    "**Tools and uniforms.** Cleaning supplies, carts, vacuums and linens are provided by the "
                    "employer free of charge. Uniforms (two polo shirts and one apron) are issued against a "
                    "$60.00 uniform deposit deducted from the first paycheck and refunded when the uniforms "
                    "are returned clean in October.",
                ),
                (
                    "p",
                    "**Recruitment.** Applications are taken in Mexico by the employer's recruiter, Servicios "
                    "Migratorios Costa Esmeralda, S.A. de C.V., Boca del Río, Veracruz. An administrative "
                    "service charge of USD 30 per pay period is deducted during the worker's first six pay "
                    "periods to cover the processing of the worker's application.",
                ),
                (
                    "p",
                    "**Inbound travel.** The employer reimburses the worker's bus fare from Veracruz to "
                    "Mackinaw City, the ferry to the island, and daily subsistence on the way, in the first "
                    "workweek.",
                ),
                (
                    "p",
                    "**Visa.** The visa application (MRV) fee of USD 185 and any border-crossing fee are the "
                    "worker's own expense.",
                ),
                (
                    "p",
                    "**Return travel.** If the worker completes the season, or is dismissed early for reasons "
                    "other than cause, the employer pays return transportation and subsistence to Veracruz.",
                ),
                (
                    "p",
                    "**Abandonment and termination.** A worker who misses 5 consecutive working days without "
                    "permission is treated as having abandoned the job, and the employer will notify the "
                    "Department of Labor and DHS within 2 working days. Workers may be dismissed for cause.",
                ),
                (
                    "p",
                    "**Worker rights.** The employer does not keep workers' passports or visas. Workers may "
                    "complain to the U.S. Department of Labor, Wage and Hour Division (1-866-487-9243), "
                    "without retaliation.",
                ),
                ("sp", 3),
                (
                    "sig",
                    [
                        [
                            "Gregory A. Lindqvist",
                            "General Manager, Straits Harbor Inn & Cottages LLC",
                        ],
                        ["Date: February 6, 2026"],
                    ],
                    14,
                ),
            ],
        ],
        "label": {
            "program": "h2b",
            "language": "en",
            "scanned": False,
            "fees": [
                {
                    "category": "housing_charge",
                    "severity": "review",
                    "page": 1,
                    "amount": 85.0,
                    "currency": "USD",
                    "quote": "Workers who choose it pay $85 per week, deducted from each paycheck.",
                },
                {
                    "category": "equipment_charge",
                    "severity": "violation",
                    "page": 2,
                    "amount": 60.0,
                    "currency": "USD",
                    "quote": "Uniforms (two polo shirts and one apron) are issued against a $60.00 uniform "
                    "deposit deducted from the first paycheck",
                },
                {
                    "category": "recruitment_fee",
                    "severity": "violation",
                    "page": 2,
                    "amount": 30.0,
                    "currency": "USD",
                    "quote": "An administrative service charge of USD 30 per pay period is deducted during the "
                    "worker's first six pay periods to cover the processing of the worker's "
                    "application.",
                },
                {
                    "category": "visa_cost",
                    "severity": "violation",
                    "page": 2,
                    "amount": 185.0,
                    "currency": "USD",
                    "quote": "The visa application (MRV) fee of USD 185 and any border-crossing fee are the "
                    "worker's own expense.",
                },
            ],
            "missing_terms": ["visa_reimbursement", "contract_impossibility"],
            "recruiters": ["Servicios Migratorios Costa Esmeralda, S.A. de C.V."],
            "traps": [
                "'coffee stations' and 'record minibar use so the front desk can charge guests' are job duties",
                "inbound bus, ferry and subsistence reimbursed in first workweek",
                "cleaning supplies and equipment free of charge",
                "statutory Social Security and Medicare (not insurance_cost)",
                "employer does not keep passports (negated retention)",
                "complaints without retaliation (negated blacklisting)",
            ],
            "doc_type": "job_order",
            "layout": "single column serif; colored header band; bold run-in headings; signature line",
        },
    }
)

# ---------------------------------------------------------------- bo06 h2b es compliant
DOCS.append(
    {
        "file": "bo06.pdf",
        "style": {
            "font": "libsans",
            "size": 9.8,
            "lh": 4.35,
            "margins": 21,
            "top": 18,
            "bottom": 17,
            "title": "Contrato individual de trabajo por temporada H-2B",
            "author": "Pinecrest Southern Reforestation LLC",
            "lang": "es",
            "footer": "Pinecrest Southern Reforestation LLC · Contrato PSR-2026-041 · Página {p} de {nb}",
        },
        "pages": [
            [
                ("title", "CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA — PROGRAMA H-2B", 12),
                ("subtitle", "Contrato PSR-2026-041 · Certificación laboral H-400-25301-118420"),
                (
                    "box",
                    "**Partes.** Pinecrest Southern Reforestation LLC, con domicilio en 415 Industrial Park "
                    "Drive, Monticello, Arkansas 71655, EE. UU. («el Empleador»), y Rosendo Aquino Bautista, "
                    "de Chapulhuacán, Hidalgo, México («el Trabajador»), acuerdan lo siguiente.",
                ),
                (
                    "p",
                    "**1. Puesto y funciones.** Reforestador (trabajador forestal y de conservación). Plantar a "
                    "mano plántulas de pino con barra o azadón de plantar, cargar y distribuir bolsas de "
                    "plántulas, limpiar maleza alrededor de los árboles jóvenes y marcar las hileras "
                    "plantadas.",
                ),
                (
                    "p",
                    "**2. Requisitos.** Tres meses de experiencia plantando árboles o en trabajo de campo; "
                    "poder caminar todo el día en terreno con pendientes y cargar 40 libras.",
                ),
                (
                    "p",
                    "**3. Lugares de trabajo.** Terrenos forestales de los clientes del Empleador en los "
                    "condados de Drew, Bradley y Ashley, Arkansas, y en las parroquias de Union y Morehouse, "
                    "Luisiana.",
                ),
                ("p", "**4. Duración.** Del 5 de enero al 30 de abril de 2026."),
                (
                    "p",
                    "**5. Jornada.** 40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m., con "
                    "media hora para comer.",
                ),
                (
                    "p",
                    "**6. Salario y ajustes.** $17.85 por hora. Durante todo el contrato se pagará el más alto "
                    "entre el salario prevaleciente, el salario mínimo federal y el estatal; si se publica uno "
                    "más alto, se aplicará desde su fecha de vigencia.",
                ),
                (
                    "p",
                    "**7. Tiempo extra.** Las horas que pasen de 40 en una semana se pagan a $26.78 por hora.",
                ),
                (
                    "p",
                    "**8. Pago y talón de pago.** El pago es semanal, cada viernes, por depósito directo. Con "
                    "cada pago se entrega un talón que muestra las horas ofrecidas, las horas trabajadas, la "
                    "tarifa, las ganancias, cada descuento y el pago neto.",
                ),
                (
                    "p",
                    "**9. Descuentos.** Solo se descuentan los impuestos federales y estatales y el Seguro "
                    "Social que exige la ley, y lo que el Trabajador autorice por escrito para su propio "
                    "beneficio, como un envío de dinero a su familia. No se descuenta nada por herramientas, "
                    "transporte, visa ni reclutamiento.",
                ),
                (
                    "p",
                    "**10. Garantía de tres cuartas partes.** En cada periodo de 12 semanas (o de 6 semanas al "
                    "final de la temporada), el Empleador ofrecerá al Trabajador por lo menos tres cuartas "
                    "partes de las horas de los días laborables de ese periodo, o le pagará las horas que "
                    "falten.",
                ),
                (
                    "p",
                    "**11. Viaje de llegada y visa.** El Empleador le reembolsa en la primera semana de trabajo "
                    "el autobús desde Chapulhuacán hasta Monticello, las comidas del camino y la cuota de la "
                    "visa (MRV) y del cruce fronterizo.",
                ),
                (
                    "p",
                    "**12. Viaje de regreso.** Si el Trabajador termina el contrato, o si el Empleador lo "
                    "despide antes por razones que no sean causa justificada, el Empleador paga el viaje de "
                    "regreso a Chapulhuacán y las comidas del camino.",
                ),
            ],
            [
                (
                    "p",
                    "**13. Herramientas y equipo.** El Empleador entrega gratis, y sin pedir depósito, la barra "
                    "de plantar, la bolsa de plantar, el casco, los guantes y el chaleco reflejante.",
                ),
                (
                    "p",
                    "**14. Hospedaje y transporte diario.** Si el Trabajador lo desea, puede hospedarse en los "
                    "cuartos de motel que renta el Empleador, sin ningún costo para él. La camioneta del "
                    "Empleador lo lleva gratis del hospedaje al terreno de trabajo.",
                ),
                (
                    "p",
                    "**15. Abandono y terminación.** Si el Trabajador falta 5 días laborables seguidos sin "
                    "avisar, se considera que abandonó el empleo y el Empleador lo notificará al Departamento "
                    "de Trabajo y al DHS dentro de 2 días hábiles. Solo puede ser despedido por causa "
                    "justificada. Si decide dejar el trabajo antes, no paga ninguna multa ni penalización.",
                ),
                (
                    "p",
                    "**16. Imposibilidad de cumplir.** Si un incendio forestal, una inundación, un huracán u "
                    "otra causa de fuerza mayor hace imposible continuar, y el Departamento de Trabajo lo "
                    "aprueba, el Empleador pagará la garantía de tres cuartas partes hasta esa fecha y el "
                    "viaje de regreso.",
                ),
                (
                    "p",
                    "**17. Reclutamiento sin costo.** El Empleador contrató a Reclutadora Forestal Huasteca, "
                    "S.C. (Tamazunchale, San Luis Potosí) para buscar trabajadores y le paga todos sus "
                    "honorarios. Nadie —ni el Empleador, ni su agente, ni la reclutadora— puede cobrarle por "
                    "darle este trabajo. Si alguien le pide dinero, llame al 1-870-555-0193.",
                ),
                (
                    "p",
                    "**18. Derechos.** El Trabajador guarda su pasaporte y sus documentos en todo momento. "
                    "Puede quejarse ante el Departamento de Trabajo, el consulado o un abogado sin que lo "
                    "despidan ni lo pongan en ninguna lista negra.",
                ),
                (
                    "p",
                    "**19. Idioma.** Este contrato se entrega en español, idioma que el Trabajador entiende, y "
                    "el Trabajador recibe una copia firmada.",
                ),
                ("sp", 4),
                (
                    "sig",
                    [
                        ["Por el Empleador", "Lorraine D. Whitfield", "Directora de Operaciones"],
                        ["El Trabajador", "Rosendo Aquino Bautista"],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "h2b",
            "language": "es",
            "scanned": False,
            "fees": [],
            "missing_terms": [],
            "recruiters": ["Reclutadora Forestal Huasteca, S.C."],
            "traps": [
                "visa (MRV) and border-crossing fee reimbursed in the first week ('cuota de la visa')",
                "inbound bus and meals reimbursed; return trip paid",
                "tools and protective gear free, no deposit",
                "optional motel lodging at no cost; free daily transport",
                "recruiter's fees paid by employer; nobody may charge the worker (negated recruitment fee)",
                "'no paga ninguna multa ni penalización' for leaving early (negated breach penalty)",
                "worker keeps passport (negated retention)",
                "no blacklist for complaints (negated)",
                "statutory taxes and Social Security deductions only",
            ],
            "doc_type": "work_contract",
            "layout": "single column; bordered parties box; bold-numbered clauses; two-column signature lines",
        },
    }
)

# ---------------------------------------------------------------- bo07 h2b en recruiter
DOCS.append(
    {
        "file": "bo07.pdf",
        "style": {
            "font": "libserif",
            "size": 10.5,
            "lh": 4.7,
            "format": "A4",
            "margins": 22,
            "top": 18,
            "bottom": 18,
            "title": "Recruitment services and pre-departure agreement",
            "author": "Blue Mountain Workforce Solutions Ltd.",
            "lang": "en",
            "footer": "BMWS/H2B/2026/0314 — page {p} of {nb}",
        },
        "pages": [
            [
                (
                    "letterhead",
                    [
                        "BLUE MOUNTAIN WORKFORCE SOLUTIONS LTD.",
                        "14 Constant Spring Road, Kingston 10, Jamaica · Tel. (876) 555-0172",
                        "Licensed Employment Agency No. EA-2291",
                    ],
                    (30, 70, 140),
                ),
                ("title", "RECRUITMENT SERVICES AND PRE-DEPARTURE AGREEMENT", 12.5),
                (
                    "p",
                    "This Agreement is dated 19 January 2026 and is made between Blue Mountain Workforce "
                    'Solutions Ltd. ("the Agency") and Kemar Anthony Brissett of 22 Church Lane, Old '
                    'Harbour, St. Catherine ("the Candidate").',
                ),
                ("h", "1. Background"),
                (
                    "p",
                    "1.1 The Agency has been engaged by Sandpiper Shores Resort LLC, 1200 North Ocean "
                    'Boulevard, Myrtle Beach, South Carolina 29577, USA ("the Employer") to recruit cooks '
                    "under the Employer's approved H-2B temporary labor certification.",
                ),
                ("p", "1.2 The Employer pays the Agency a recruitment fee for each worker placed."),
                ("h", "2. The position"),
                (
                    "bul",
                    [
                        "**Position:** Cook, Restaurant — prepare, season and cook breakfast and dinner menu "
                        "items, set up and clean the line station, and follow food-safety rules in the "
                        "resort's three restaurants.",
                        "**Requirements:** two years' experience as a line cook and a valid Food Handler's "
                        "Permit.",
                        "**Worksite:** Sandpiper Shores Resort, 1200 North Ocean Boulevard, Myrtle Beach, "
                        "South Carolina.",
                        "**Period:** 20 April 2026 to 30 September 2026.",
                        "**Hours:** 35 to 40 hours per week, five days per week.",
                        "**Wage:** US$15.98 per hour, paid weekly.",
                        "**Overtime:** one and one-half times the hourly rate (US$23.97) for hours over 40 "
                        "per week.",
                        "**Deductions:** only taxes required by law and the repayments described in clause 5.",
                    ],
                ),
                ("h", "3. Fees and costs payable by the Candidate"),
                (
                    "p",
                    "3.1 The Candidate shall pay the Agency a non-refundable processing fee of JMD 95,000, in "
                    "two instalments: JMD 45,000 on signing this Agreement and JMD 50,000 when the visa is "
                    "approved.",
                ),
                (
                    "p",
                    "3.2 The Candidate shall attend the Agency's mandatory Food Safety and Guest Service "
                    "Certification course at a cost of J$18,500.",
                ),
                (
                    "p",
                    "3.3 The Candidate shall undergo a medical examination at the Agency's approved clinic and "
                    "pay the clinic fee of JMD 12,000.",
                ),
                (
                    "p",
                    "3.4 Candidates are asked to complete a short feedback form at the end of the course.",
                ),
            ],
            [
                ("h", "4. Travel and visa"),
                (
                    "p",
                    "4.1 The Employer reimburses the Candidate's airfare from Kingston to Myrtle Beach and the "
                    "U.S. visa fee in full in the first workweek.",
                ),
                (
                    "p",
                    "4.2 The Employer pays the Candidate's return airfare to Kingston at the end of the "
                    "season.",
                ),
                ("h", "5. Advance"),
                (
                    "p",
                    "5.1 If the Candidate cannot pay the instalments in clause 3, the Agency may lend him up "
                    "to USD 600, to be repaid through weekly payroll deductions of USD 75 with interest at 3% "
                    "per month until the balance is cleared.",
                ),
                ("h", "6. Conduct and complaints"),
                (
                    "p",
                    "6.1 The Candidate shall follow the Employer's rules and the instructions of the Agency's "
                    "liaison officer in the United States.",
                ),
                (
                    "p",
                    "6.2 Any worker who contacts a lawyer, a union or the U.S. Department of Labor about wages "
                    "without first going through the Agency will be placed on the Agency's inactive list "
                    "and will not be selected for any future season.",
                ),
                ("p", "6.3 The Candidate keeps his passport and visa at all times."),
                ("h", "7. General"),
                (
                    "p",
                    "7.1 This Agreement is governed by the laws of Jamaica. 7.2 The Candidate confirms that "
                    "this Agreement has been read and explained to him and that he has received a copy.",
                ),
                ("sp", 4),
                (
                    "sig",
                    [
                        ["For the Agency", "Marcia P. Henriques", "Placement Manager"],
                        ["The Candidate", "Kemar Anthony Brissett"],
                        ["Witness", "Name:", "Address:"],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "h2b",
            "language": "en",
            "scanned": False,
            "fees": [
                {
                    "category": "recruitment_fee",
                    "severity": "violation",
                    "page": 1,
                    "amount": 95000.0,
                    "currency": "JMD",
                    "quote": "The Candidate shall pay the Agency a non-refundable processing fee of JMD 95,000, "
                    "in two instalments",
                },
                {
                    "category": "training_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 18500.0,
                    "currency": "JMD",
                    "quote": "The Candidate shall attend the Agency's mandatory Food Safety and Guest Service "
                    "Certification course at a cost of J$18,500.",
                },
                {
                    "category": "medical_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 12000.0,
                    "currency": "JMD",
                    "quote": "The Candidate shall undergo a medical examination at the Agency's approved "
                    "clinic and pay the clinic fee of JMD 12,000.",
                },
                {
                    "category": "debt_bondage",
                    "severity": "violation",
                    "page": 2,
                    "amount": 600.0,
                    "currency": "USD",
                    "quote": "the Agency may lend him up to USD 600, to be repaid through weekly payroll "
                    "deductions of USD 75 with interest at 3% per month until the balance is cleared.",
                },
                {
                    "category": "blacklisting_threat",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "Any worker who contacts a lawyer, a union or the U.S. Department of Labor about "
                    "wages without first going through the Agency will be placed on the Agency's "
                    "inactive list and will not be selected for any future season.",
                },
            ],
            "missing_terms": [
                "wage_adjustment",
                "three_fourths_guarantee",
                "tools_provided",
                "earnings_statements",
                "termination",
                "contract_impossibility",
            ],
            "recruiters": ["Blue Mountain Workforce Solutions Ltd."],
            "traps": [
                "employer pays the agency a recruitment fee per worker (employer-paid, not a worker fee)",
                "'feedback' contains 'fee'",
                "airfare and visa fee reimbursed in the first workweek",
                "return airfare paid by employer",
                "candidate keeps passport and visa (negated retention)",
            ],
            "doc_type": "recruiter_agreement",
            "layout": "A4; centered agency letterhead with rule; numbered clauses; bulleted position terms; "
            "three-column signature lines",
        },
    }
)

# ---------------------------------------------------------------- bo08 h2b es offer letter
DOCS.append(
    {
        "file": "bo08.pdf",
        "style": {
            "font": "dejavu",
            "size": 9.6,
            "lh": 4.3,
            "margins": 22,
            "top": 16,
            "bottom": 17,
            "title": "Carta de oferta de empleo temporal H-2B",
            "author": "Atchafalaya Crawfish Processors LLC",
            "lang": "es",
            "band": {
                "rgb": (128, 24, 24),
                "text": "ATCHAFALAYA CRAWFISH PROCESSORS LLC  ·  2216 Bayou "
                "Road, Henderson, Louisiana 70517  ·  (337) 555-0164",
                "size": 8.8,
            },
            "footer": "Oferta H-2B 2026 · hoja {p}/{nb}",
        },
        "pages": [
            [
                ("pr", "Henderson, Luisiana, 8 de diciembre de 2025"),
                (
                    "p",
                    "Sra. Leticia Noemí Sarmiento Cruz\nEjido Cohuibampo, Ahome, Sinaloa, México",
                ),
                (
                    "p",
                    "**Asunto: Oferta de empleo temporal H-2B — Peladora de langostino, temporada 2026**",
                ),
                ("p", "Estimada señora Sarmiento:"),
                (
                    "p",
                    "Nos da gusto ofrecerle trabajo de temporada en nuestra planta bajo el programa de visas "
                    "H-2B. Estas son las condiciones de la oferta:",
                ),
                (
                    "bul",
                    [
                        "**Puesto y tareas:** Peladora de langostino (trabajadora de procesamiento de mariscos). "
                        "Pelar y desvenar langostino cocido, empacar la carne en bolsas de una libra, pesar y "
                        "etiquetar las bolsas y limpiar las mesas al final del turno.",
                        "**Requisitos:** experiencia previa pelando camarón o langostino; no se necesita "
                        "saber inglés.",
                        "**Lugar de trabajo:** nuestra planta en 2216 Bayou Road, Henderson, parroquia de St. "
                        "Martin, Luisiana.",
                        "**Periodo:** del 2 de febrero al 12 de junio de 2026.",
                        "**Horario:** de lunes a sábado, desde las 5:30 a. m. hasta terminar el producto del "
                        "día; normalmente 40 horas por semana.",
                        "**Pago:** $2.25 por libra de carne pelada, con garantía de por lo menos $13.90 por "
                        "hora trabajada (el salario prevaleciente).",
                        "**Tiempo extra:** las horas que pasen de 40 por semana se pagan a tiempo y medio del "
                        "pago promedio por hora.",
                        "**Día de pago:** cada viernes, con cheque.",
                        "**Descuentos:** impuestos, Seguro Social y, si usted elige vivir en la casa de la "
                        "empresa, la renta y la comida del mediodía.",
                        "**Viaje y visa:** el autobús de Los Mochis a Henderson lo paga la empresa por "
                        "adelantado, y la visa y el cruce fronterizo se le reembolsan en el primer cheque. Al "
                        "terminar la temporada, la empresa paga su regreso a Los Mochis.",
                        "**Equipo:** guantes, delantal, redecilla y botas de hule se entregan sin costo.",
                    ],
                ),
            ],
            [
                (
                    "bul",
                    [
                        "**Vivienda:** la empresa ofrece lugar en su casa para trabajadoras en 118 Grand Anse "
                        "Road, Henderson, por $60 a la semana, que se descuentan del cheque. Usted puede vivir "
                        "en otro lugar si lo prefiere.",
                        "**Comida:** la comida del mediodía que se sirve en la planta cuesta 5 dólares "
                        "diarios y se descuenta del cheque semanal.",
                        "**Reglas de la casa:** las trabajadoras que vivan en la casa de la empresa deben "
                        "estar dentro antes de las 10:00 de la noche y no pueden salir del pueblo sin permiso "
                        "del supervisor.",
                        "**Salida anticipada:** si usted regresa a México antes del 12 de junio, deberá pagar "
                        "a la empresa el equivalente a dos semanas de salario por los gastos de buscar a su "
                        "reemplazo.",
                        "**Terminación:** la empresa puede terminar el empleo por causa justificada, como faltas "
                        "repetidas sin aviso; si usted falta 5 días seguidos sin avisar, se considera que dejó "
                        "el trabajo.",
                        "**Reclutamiento:** esta oferta se la entrega nuestra representante en Sinaloa, Agencia "
                        "de Enlace Laboral Río Fuerte. Ni ella ni la empresa le pueden cobrar nada por el "
                        "empleo.",
                    ],
                ),
                (
                    "p",
                    "Si acepta, firme esta carta y entréguela a nuestra representante antes del 20 de "
                    "diciembre. La esperamos en febrero.",
                ),
                ("p", "Atentamente,"),
                (
                    "sig",
                    [
                        [
                            "Claudette B. Guidry",
                            "Gerente de Planta",
                            "Atchafalaya Crawfish Processors LLC",
                        ],
                        ["Acepto las condiciones:", "Leticia Noemí Sarmiento Cruz", "Fecha:"],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "h2b",
            "language": "es",
            "scanned": False,
            "fees": [
                {
                    "category": "housing_charge",
                    "severity": "review",
                    "page": 2,
                    "amount": 60.0,
                    "currency": "USD",
                    "quote": "la empresa ofrece lugar en su casa para trabajadoras en 118 Grand Anse Road, "
                    "Henderson, por $60 a la semana, que se descuentan del cheque.",
                },
                {
                    "category": "meal_charge",
                    "severity": "review",
                    "page": 2,
                    "amount": 5.0,
                    "currency": "USD",
                    "quote": "la comida del mediodía que se sirve en la planta cuesta 5 dólares diarios y se "
                    "descuenta del cheque semanal.",
                },
                {
                    "category": "movement_restriction",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "las trabajadoras que vivan en la casa de la empresa deben estar dentro antes de "
                    "las 10:00 de la noche y no pueden salir del pueblo sin permiso del supervisor.",
                },
                {
                    "category": "breach_penalty",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "si usted regresa a México antes del 12 de junio, deberá pagar a la empresa el "
                    "equivalente a dos semanas de salario por los gastos de buscar a su reemplazo.",
                },
            ],
            "missing_terms": [
                "wage_adjustment",
                "three_fourths_guarantee",
                "earnings_statements",
                "contract_impossibility",
            ],
            "recruiters": ["Agencia de Enlace Laboral Río Fuerte"],
            "traps": [
                "inbound bus prepaid by employer; visa and border crossing reimbursed in first check",
                "return trip paid",
                "gloves, apron, hairnet and boots sin costo",
                "recruiter and employer may not charge anything (negated recruitment fee)",
                "housing optional (h2b housing charge is review, not violation)",
            ],
            "doc_type": "offer_letter",
            "layout": "letter format; colored letterhead band; date, addressee and subject line; bulleted "
            "terms with bold labels; two-column signature/acceptance lines",
        },
    }
)

# ---------------------------------------------------------------- bo09 generic en Gulf
DOCS.append(
    {
        "file": "bo09.pdf",
        "style": {
            "font": "dejavucond",
            "size": 9.6,
            "lh": 4.25,
            "format": "A4",
            "margins": 20,
            "top": 18,
            "bottom": 17,
            "title": "Employment contract",
            "author": "Himal Skyline Overseas Pvt. Ltd.",
            "lang": "en",
            "footer": "Contract AWF/NP/2026/0932 · Page {p} of {nb} · Worker's initials: ______",
            "footer_align": "L",
        },
        "pages": [
            [
                ("title", "EMPLOYMENT CONTRACT", 14),
                (
                    "subtitle",
                    "Foreign employment — State of Qatar · Demand letter AWF/DL/2025/118 · Contract "
                    "AWF/NP/2026/0932",
                ),
                (
                    "table",
                    [
                        [
                            "First Party (Employer)",
                            "Al Waseel Facilities Management W.L.L., Building 42, "
                            "Street 230, Industrial Area, Doha, State of Qatar; C.R. "
                            "No. 118205",
                        ],
                        [
                            "Second Party (Worker)",
                            "Bishnu Bahadur Tamang, Nepali national, Passport No. "
                            "PA1472093, of Ward 4, Dhunche, Rasuwa, Nepal",
                        ],
                        [
                            "Recruiting Agency",
                            "Himal Skyline Overseas Pvt. Ltd., Licence No. 1287/073/074, "
                            "Bagbazar, Kathmandu",
                        ],
                    ],
                    (48, 122),
                    {"noheader": True},
                ),
                (
                    "p",
                    "**1. Position and duties.** The Worker is employed as a General Cleaner to clean offices, "
                    "corridors, washrooms, kitchens and common areas at client buildings, collect and remove "
                    "waste, and operate floor-scrubbing machines after training.",
                ),
                (
                    "p",
                    "**2. Place of work.** Client sites of the Employer in Doha and Al Wakrah, State of Qatar.",
                ),
                (
                    "p",
                    "**3. Duration.** Two years, from 1 March 2026 to 28 February 2028. If the Worker's arrival "
                    "is delayed, the two years run from the date of arrival.",
                ),
                (
                    "p",
                    "**4. Working hours.** Eight hours a day, six days a week (48 hours), with Friday as the "
                    "weekly rest day. Overtime is paid at 125% of the basic hourly wage.",
                ),
                (
                    "p",
                    "**5. Salary.** Basic salary QAR 1,200 per month plus a food allowance of QAR 300 per "
                    "month, paid monthly into the Worker's bank account through the Wage Protection System "
                    "not later than the 7th day of the following month.",
                ),
                (
                    "p",
                    "**6. Accommodation and transport.** The Employer provides free shared accommodation in "
                    "its labour camp in the Industrial Area and free transport between the camp and the "
                    "work sites.",
                ),
                (
                    "p",
                    "**7. Visa, ticket and medical care in Qatar.** The Employer bears the cost of the work "
                    "visa, the residence permit (QID) and the air ticket from Kathmandu to Doha. Medical care "
                    "in Qatar is provided through the Employer's health card.",
                ),
                (
                    "p",
                    "**8. Costs in Nepal.** The Worker pays the Agency a service charge of NPR 1,45,000 (One "
                    "Lakh Forty-Five Thousand Rupees only) for job placement and documentation. The "
                    "pre-departure medical examination at an approved medical centre, NPR 9,500, is paid by "
                    "the Worker. The Worker also pays the premium of NPR 2,400 for the compulsory "
                    "foreign-employment life insurance policy.",
                ),
                (
                    "p",
                    "**9. Passport.** The Employer shall keep the Worker's passport in safe custody for the "
                    "duration of this contract and return it on final exit.",
                ),
            ],
            [
                (
                    "p",
                    "**10. Conduct.** The Worker shall not work for any other employer or change sponsor "
                    "during the contract period, and shall not leave the labour camp between 10:00 p.m. and "
                    "5:00 a.m. without the written permission of the camp boss.",
                ),
                (
                    "p",
                    "**11. Early resignation.** If the Worker resigns or absconds before completing the "
                    "contract period, he shall pay the Employer two months' basic salary as compensation for "
                    "recruitment costs.",
                ),
                (
                    "p",
                    "**12. Termination.** The Employer may terminate this contract without notice only on the "
                    "grounds listed in Article 61 of the Qatar Labour Law (Law No. 14 of 2004). Either party "
                    "may otherwise end the contract after the first year by giving one month's written "
                    "notice.",
                ),
                (
                    "p",
                    "**13. Leave and end-of-service benefit.** The Worker is entitled to three weeks' paid "
                    "annual leave per year and a return ticket on annual leave after each year of service. "
                    "On completion, the Worker receives an end-of-service gratuity of three weeks' basic "
                    "wage for each year of service.",
                ),
                (
                    "p",
                    "**14. Return.** On completion of the contract the Employer provides a one-way economy "
                    "ticket to Kathmandu.",
                ),
                (
                    "p",
                    "**15. Governing law.** This contract is governed by the laws of the State of Qatar. It has "
                    "been explained to the Worker in Nepali before signature.",
                ),
                ("sp", 3),
                (
                    "sig",
                    [
                        [
                            "First Party",
                            "For Al Waseel Facilities Management W.L.L.",
                            "Authorised signatory",
                        ],
                        ["Second Party", "Bishnu Bahadur Tamang"],
                        ["Attested by the Agency", "Himal Skyline Overseas Pvt. Ltd."],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "generic",
            "language": "en",
            "scanned": False,
            "fees": [
                {
                    "category": "recruitment_fee",
                    "severity": "violation",
                    "page": 1,
                    "amount": 145000.0,
                    "currency": "NPR",
                    "quote": "The Worker pays the Agency a service charge of NPR 1,45,000 (One Lakh Forty-Five "
                    "Thousand Rupees only) for job placement and documentation.",
                },
                {
                    "category": "medical_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 9500.0,
                    "currency": "NPR",
                    "quote": "The pre-departure medical examination at an approved medical centre, NPR 9,500, "
                    "is paid by the Worker.",
                },
                {
                    "category": "insurance_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 2400.0,
                    "currency": "NPR",
                    "quote": "The Worker also pays the premium of NPR 2,400 for the compulsory "
                    "foreign-employment life insurance policy.",
                },
                {
                    "category": "document_retention",
                    "severity": "violation",
                    "page": 1,
                    "amount": None,
                    "currency": None,
                    "quote": "The Employer shall keep the Worker's passport in safe custody for the duration of "
                    "this contract and return it on final exit.",
                },
                {
                    "category": "movement_restriction",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "The Worker shall not work for any other employer or change sponsor during the "
                    "contract period, and shall not leave the labour camp between 10:00 p.m. and "
                    "5:00 a.m. without the written permission of the camp boss.",
                },
                {
                    "category": "breach_penalty",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "If the Worker resigns or absconds before completing the contract period, he shall "
                    "pay the Employer two months' basic salary as compensation for recruitment costs.",
                },
            ],
            "missing_terms": ["deductions"],
            "recruiters": ["Himal Skyline Overseas Pvt. Ltd."],
            "traps": [
                "employer pays work visa, QID and air ticket to Doha",
                "free accommodation and transport",
                "end-of-service gratuity is a benefit, not wage withholding",
                "annual-leave return ticket and final one-way ticket paid by employer",
                "overtime at 125% is lawful",
                "'three weeks' basic wage' gratuity is not a penalty",
            ],
            "doc_type": "work_contract",
            "layout": "A4, condensed sans; gridded parties table; bold-numbered clauses; three-column "
            "signature lines; initials footer",
        },
    }
)

# ---------------------------------------------------------------- bo10 generic es receipt
DOCS.append(
    {
        "file": "bo10.pdf",
        "style": {
            "font": "dejavucond",
            "size": 10,
            "lh": 4.6,
            "margins": 20,
            "top": 16,
            "bottom": 16,
            "title": "Recibo de caja 0847",
            "author": "Servicios Laborales Internacionales Verapaz, S.A.",
            "lang": "es",
            "footer": "Original: cliente · Copia: archivo",
        },
        "pages": [
            [
                (
                    "letterhead",
                    [
                        "SERVICIOS LABORALES INTERNACIONALES VERAPAZ, S.A.",
                        "5.ª avenida 3-21, zona 1, Salamá, Baja Verapaz, Guatemala · Tel. 7940-0000",
                        "Reclutamiento para trabajo temporal en Canadá y Estados Unidos",
                    ],
                    (20, 100, 60),
                ),
                ("title", "RECIBO DE CAJA No. 0847", 13),
                ("pr", "Fecha: 14 de noviembre de 2025        Bueno por: Q12,350.00"),
                ("sp", 2),
                ("p", "**Recibí de:** Wilmer Josué Tzul Coc, DPI 2417 60391 1503"),
                (
                    "p",
                    "**La cantidad de:** DOCE MIL TRESCIENTOS CINCUENTA QUETZALES EXACTOS (Q12,350.00)",
                ),
                (
                    "p",
                    "**Por concepto de:** gastos de contratación para trabajo temporal en Canadá, según el "
                    "detalle siguiente:",
                ),
                (
                    "table",
                    [
                        ["No.", "Concepto", "Monto"],
                        ["1", "Trámite de colocación con empleador canadiense", "Q6,500.00"],
                        ["2", "Examen médico con médico designado", "Q1,350.00"],
                        ["3", "Abono al boleto aéreo Guatemala–Toronto", "Q4,500.00"],
                        ["", "TOTAL", "Q12,350.00"],
                    ],
                    (14, 120, 36),
                    {"head_fill": (215, 235, 220)},
                ),
                ("h", "Datos del empleo"),
                (
                    "table",
                    [
                        [
                            "Empresa",
                            "Maple Run Greenhouses Inc., 2150 Seacliff Drive East, Leamington, "
                            "Ontario, Canadá",
                        ],
                        [
                            "Puesto",
                            "Trabajador general de invernadero (cosecha de tomate y pepino)",
                        ],
                        ["Lugar de trabajo", "Leamington, Ontario"],
                        ["Salario", "17.60 dólares canadienses por hora"],
                        ["Duración", "8 meses"],
                    ],
                    (40, 130),
                    {"noheader": True, "borders": "HORIZONTAL_LINES"},
                ),
                ("p", "**Notas:**"),
                ("p", "1. El saldo del boleto aéreo se pagará en esta oficina antes del viaje."),
                (
                    "p",
                    "2. El permiso de trabajo (LMIA) y la visa los paga el empleador canadiense; no se le "
                    "cobran al trabajador.",
                ),
                (
                    "p",
                    "3. La entrevista inicial y la orientación sobre el programa no tienen costo.",
                ),
                ("sp", 6),
                (
                    "sig",
                    [
                        ["Recibió", "Licda. Nolvia E. Figueroa", "Cajera"],
                        ["Entregó", "Wilmer Josué Tzul Coc"],
                    ],
                    16,
                ),
                (
                    "small",
                    "Servicios Laborales Internacionales Verapaz, S.A. · NIT 8841207-3 · Este recibo no es "
                    "válido sin firma y sello.",
                ),
                ("stamp", "PAGADO", 140, 196),
            ]
        ],
        "label": {
            "program": "generic",
            "language": "es",
            "scanned": False,
            "fees": [
                {
                    "category": "recruitment_fee",
                    "severity": "violation",
                    "page": 1,
                    "amount": 6500.0,
                    "currency": "GTQ",
                    "quote": "Trámite de colocación con empleador canadiense Q6,500.00",
                },
                {
                    "category": "medical_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 1350.0,
                    "currency": "GTQ",
                    "quote": "Examen médico con médico designado Q1,350.00",
                },
                {
                    "category": "travel_cost",
                    "severity": "violation",
                    "page": 1,
                    "amount": 4500.0,
                    "currency": "GTQ",
                    "quote": "Abono al boleto aéreo Guatemala–Toronto Q4,500.00",
                },
            ],
            "missing_terms": [
                "employment_period",
                "hours_of_work",
                "pay_frequency",
                "deductions",
                "return_transportation",
                "termination",
            ],
            "recruiters": ["Servicios Laborales Internacionales Verapaz, S.A."],
            "traps": [
                "work permit (LMIA) and visa paid by the Canadian employer ('no se le cobran')",
                "free initial interview and orientation ('no tienen costo')",
                "'Duración: 8 meses' has no start or end date (employment_period missing)",
                "total of Q12,350.00 in words and figures is the sum of the three charges, not a fourth fee",
            ],
            "doc_type": "receipt",
            "layout": "one page; centered letterhead; receipt with gridded itemised table; job data table "
            "with horizontal rules; PAGADO stamp image; signature lines",
        },
    }
)

# ---------------------------------------------------------------- bo11 generic en compliant
DOCS.append(
    {
        "file": "bo11.pdf",
        "style": {
            "font": "libsans",
            "size": 9.8,
            "lh": 4.35,
            "margins": 22,
            "top": 16,
            "bottom": 16,
            "title": "Offer of employment",
            "author": "Prairie Crest Poultry Ltd.",
            "lang": "en",
            "band": {
                "rgb": (110, 110, 110),
                "text": "PRAIRIE CREST POULTRY LTD.  ·  95 Loewen "
                "Boulevard, Steinbach, Manitoba R5G 1T4, Canada  ·  +1 204 555 0139",
                "size": 8.8,
            },
            "footer": "Prairie Crest Poultry Ltd. · Offer PCP-TFW-2026-07 · {p}/{nb}",
        },
        "pages": [
            [
                ("pr", "12 January 2026"),
                (
                    "p",
                    "Mr. Randolph C. Dizon\nPurok 3, Barangay San Isidro, Cabanatuan City, Nueva Ecija, "
                    "Philippines",
                ),
                ("p", "**Re: Offer of employment — Poultry Processing Labourer (NOC 94141)**"),
                ("p", "Dear Mr. Dizon,"),
                (
                    "p",
                    "We are pleased to offer you full-time employment with Prairie Crest Poultry Ltd. under a "
                    "positive Labour Market Impact Assessment (LMIA No. 14587230). The main terms are set "
                    "out below and will be repeated in your written employment contract.",
                ),
                (
                    "table",
                    [
                        ["Term", "Details"],
                        [
                            "Employer",
                            "Prairie Crest Poultry Ltd., 95 Loewen Boulevard, Steinbach, Manitoba "
                            "R5G 1T4",
                        ],
                        ["Employee", "Randolph C. Dizon"],
                        [
                            "Position and duties",
                            "Poultry Processing Labourer: hang, trim, debone and package "
                            "chicken on the evisceration and cut-up lines; clean "
                            "equipment at the end of each shift",
                        ],
                        [
                            "Place of work",
                            "Processing plant, 95 Loewen Boulevard, Steinbach, Manitoba",
                        ],
                        ["Term", "4 May 2026 to 3 May 2028 (24 months)"],
                        ["Hours", "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m."],
                        [
                            "Wage",
                            "CAD 19.25 per hour; overtime at 1.5 times after 8 hours a day or 40 hours "
                            "a week",
                        ],
                        ["Pay", "Every two weeks by direct deposit, with a pay statement"],
                        [
                            "Deductions",
                            "Only income tax, Canada Pension Plan contributions and Employment "
                            "Insurance premiums required by law",
                        ],
                        [
                            "Return travel",
                            "Economy airfare from Winnipeg to Manila paid by the employer at "
                            "the end of the contract",
                        ],
                    ],
                    (42, 124),
                    {"head_fill": (225, 225, 225), "size": 9.3},
                ),
                (
                    "p",
                    "**Costs we pay.** Prairie Crest pays the LMIA processing fee, your work permit fee, your "
                    "immigration medical examination, your flights from Manila to Winnipeg and back, and your "
                    "first two weeks of temporary lodging in Steinbach. We will not recover any of these "
                    "costs from you, directly or through your pay.",
                ),
                (
                    "p",
                    "**Recruitment.** We recruit through Tanglaw Ethical Manpower Services Inc., a licensed "
                    "agency in Mandaluyong City, Metro Manila, and we pay its entire fee. Manitoba's Worker "
                    "Recruitment and Protection Act and Philippine law prohibit charging you any placement "
                    "fee. If anyone asks you for money in connection with this job, please tell us at "
                    "hr@prairiecrest.example.",
                ),
            ],
            [
                (
                    "p",
                    "**Health coverage.** You will be covered by Manitoba Health from your arrival. Until your "
                    "health card arrives, we pay for private medical insurance for you.",
                ),
                (
                    "p",
                    "**Housing.** After the first two weeks you are free to rent the accommodation of your "
                    "choice; our settlement coordinator will help you find it. We do not provide housing and "
                    "make no deduction for it.",
                ),
                (
                    "p",
                    "**Training.** Your first three days are a paid safety orientation at your full wage.",
                ),
                (
                    "p",
                    "**Your documents and freedom.** Your passport and work permit stay with you. You are free "
                    "to live where you choose, to move around as you wish, and to change employer in "
                    "accordance with your work permit conditions.",
                ),
                (
                    "p",
                    "**Ending employment.** You may resign by giving two weeks' written notice; there is no "
                    "charge or penalty for leaving. If we end your employment without just cause after the "
                    "probation period, we will give you two weeks' written notice or two weeks' wages in "
                    "lieu of notice, as the Manitoba Employment Standards Code requires, and we will still "
                    "pay your return airfare. Employment may be ended without notice only for just cause, "
                    "such as theft or violence.",
                ),
                ("p", "Please sign below to accept this offer by 31 January 2026."),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        [
                            "Harpreet K. Sandhu",
                            "Human Resources Manager",
                            "Prairie Crest Poultry Ltd.",
                        ],
                        ["Accepted:", "Randolph C. Dizon", "Date:"],
                    ],
                    16,
                ),
            ],
        ],
        "label": {
            "program": "generic",
            "language": "en",
            "scanned": False,
            "fees": [],
            "missing_terms": [],
            "recruiters": ["Tanglaw Ethical Manpower Services Inc."],
            "traps": [
                "employer pays LMIA fee, work permit, immigration medical, flights both ways and first lodging",
                "recruiter's entire fee paid by employer; placement fee prohibited (negated)",
                "statutory CPP contributions and EI premiums (not insurance_cost)",
                "private medical insurance paid by the employer",
                "paid safety orientation (not a training charge)",
                "'two weeks' wages in lieu of notice' is an employer obligation, not a worker penalty",
                "'no charge or penalty for leaving' (negated breach penalty)",
                "worker keeps passport; free to move and change employer (negated restrictions)",
            ],
            "doc_type": "offer_letter",
            "layout": "letter format; grey letterhead band; gridded Term|Details table; bold run-in "
            "paragraphs; two-column signature/acceptance lines",
        },
    }
)

# ---------------------------------------------------------------- bo12 generic es Spain, scan p3
DOCS.append(
    {
        "file": "bo12.pdf",
        "seed": 1203,
        "style": {
            "font": "libserif",
            "size": 10.5,
            "lh": 4.75,
            "format": "A4",
            "margins": 24,
            "top": 20,
            "bottom": 18,
            "align": "J",
            "title": "Contrato de trabajo de duración determinada",
            "author": "Bayas de Moguer Agrícola, S.L.",
            "lang": "es",
            "footer": "Bayas de Moguer Agrícola, S.L. — Campaña 2026 — Página {p} de {nb}",
        },
        "pages": [
            [
                (
                    "title",
                    "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA LA CAMPAÑA DE FRUTOS ROJOS 2026",
                    12,
                ),
                ("subtitle", "(Gestión colectiva de contrataciones en origen)"),
                ("pr", "En Moguer (Huelva), a 26 de enero de 2026"),
                ("h", "REUNIDOS"),
                (
                    "p",
                    "De una parte, Bayas de Moguer Agrícola, S.L., con CIF B21654873 y domicilio en Carretera "
                    "A-494, km 8, 21800 Moguer (Huelva), representada por D. Francisco Javier Ortega Limón, en "
                    "calidad de administrador (en adelante, «LA EMPRESA»).",
                ),
                (
                    "p",
                    "De otra parte, Dña. Dilcia Marisol Cárcamo Reyes, de nacionalidad hondureña, con pasaporte "
                    "n.º G483920 y domicilio en Colonia El Sauce, La Ceiba, Atlántida, Honduras (en adelante, "
                    "«LA TRABAJADORA»).",
                ),
                ("h", "EXPONEN"),
                (
                    "p",
                    "Que LA TRABAJADORA ha sido seleccionada en Honduras por Gestiones Laborales Atlántida, S. "
                    "de R.L., entidad colaboradora de LA EMPRESA en origen, y que ambas partes, reconociéndose "
                    "capacidad para contratar, acuerdan las siguientes",
                ),
                ("h", "CLÁUSULAS"),
                (
                    "p",
                    "**Primera. Objeto y puesto.** LA TRABAJADORA prestará sus servicios como peona agrícola en "
                    "la recolección, selección y envasado de fresa y arándano, y en labores de mantenimiento "
                    "de invernaderos de túnel.",
                ),
                (
                    "p",
                    "**Segunda. Lugar de trabajo.** Fincas de LA EMPRESA en los términos municipales de Moguer "
                    "y Palos de la Frontera (Huelva).",
                ),
                ("p", "**Tercera. Duración.** Desde el 2 de febrero hasta el 15 de junio de 2026."),
                (
                    "p",
                    "**Cuarta. Jornada.** 39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, según "
                    "el Convenio Colectivo del Campo de la provincia de Huelva.",
                ),
                (
                    "p",
                    "**Quinta. Retribución.** LA TRABAJADORA percibirá 57,20 euros brutos por jornada "
                    "efectivamente trabajada, incluidas las partes proporcionales de pagas extraordinarias y "
                    "vacaciones. El salario se abonará mensualmente mediante transferencia bancaria antes del "
                    "día 5 del mes siguiente.",
                ),
                (
                    "p",
                    "**Sexta. Descuentos.** De la nómina se descontarán la retención del IRPF, la cotización de "
                    "LA TRABAJADORA a la Seguridad Social y los conceptos previstos en las cláusulas séptima "
                    "y octava.",
                ),
            ],
            [
                (
                    "p",
                    "**Séptima. Viaje de ida.** El importe del billete de avión de ida San Pedro Sula–Madrid "
                    "(750 euros), adelantado por LA EMPRESA, se descontará de las tres primeras nóminas de LA "
                    "TRABAJADORA.",
                ),
                (
                    "p",
                    "**Octava. Alojamiento.** LA EMPRESA facilita alojamiento en la finca, adecuado y gratuito "
                    "en cuanto al uso de la vivienda; no obstante, se descontarán 3 euros por día de trabajo "
                    "en concepto de suministros de agua y luz.",
                ),
                (
                    "p",
                    "**Novena. Garantía de retorno.** LA TRABAJADORA declara haber entregado a Gestiones "
                    "Laborales Atlántida, S. de R.L. una garantía de retorno de L 15,000 (quince mil "
                    "lempiras), que le será devuelta cuando se presente en su oficina de La Ceiba a su regreso "
                    "a Honduras.",
                ),
                (
                    "p",
                    "**Décima. Ahorro de campaña.** LA EMPRESA retendrá el 10 % del salario neto de cada mes, "
                    "que se entregará a LA TRABAJADORA en el aeropuerto de San Pedro Sula el día de su "
                    "regreso.",
                ),
                (
                    "p",
                    "**Undécima. Viaje de regreso.** LA EMPRESA abonará el billete de vuelta a Honduras al "
                    "finalizar la campaña.",
                ),
                (
                    "p",
                    "**Duodécima. Extinción.** El contrato se extinguirá al término de la campaña. LA EMPRESA "
                    "podrá extinguirlo por despido disciplinario en los casos del artículo 54 del Estatuto de "
                    "los Trabajadores; la ausencia injustificada durante tres días consecutivos se considerará "
                    "abandono del puesto de trabajo.",
                ),
                (
                    "p",
                    "**Decimotercera. Equipos de protección.** LA EMPRESA entregará gratuitamente guantes, "
                    "botas y ropa de agua.",
                ),
                (
                    "p",
                    "**Decimocuarta. Legislación aplicable.** En lo no previsto se estará a lo dispuesto en el "
                    "Estatuto de los Trabajadores y en el Convenio Colectivo del Campo de la provincia de "
                    "Huelva.",
                ),
            ],
            [
                # page 3 is a scan (see "scan")
            ],
        ],
        "scan": {
            3: {
                "font": "libserif",
                "size": 11,
                "blocks": [
                    ("title", "ANEXO I — DECLARACIÓN DE RECIBO Y COMPRENSIÓN"),
                    (
                        "p",
                        "LA TRABAJADORA declara que ha recibido un ejemplar de este contrato en español, que se le "
                        "ha leído en voz alta antes de firmarlo, que ha podido hacer preguntas y que conserva en "
                        "su poder su pasaporte y su documento de identidad.",
                    ),
                    (
                        "p",
                        "Y en prueba de conformidad, las partes firman el presente contrato por triplicado en el "
                        "lugar y la fecha indicados al principio.",
                    ),
                    ("sp", 30),
                    (
                        "sig",
                        [
                            ["POR LA EMPRESA", "D. Francisco Javier Ortega Limón", "Administrador"],
                            ["LA TRABAJADORA", "Dilcia Marisol Cárcamo Reyes"],
                        ],
                    ),
                    ("sp", 10),
                    ("finger", "Huella dactilar"),
                    ("sp", 20),
                    ("p", "Ejemplar para LA TRABAJADORA."),
                ],
            }
        },
        "label": {
            "program": "generic",
            "language": "es",
            "scanned": True,
            "fees": [
                {
                    "category": "travel_cost",
                    "severity": "violation",
                    "page": 2,
                    "amount": 750.0,
                    "currency": "EUR",
                    "quote": "El importe del billete de avión de ida San Pedro Sula–Madrid (750 euros), "
                    "adelantado por LA EMPRESA, se descontará de las tres primeras nóminas de LA "
                    "TRABAJADORA.",
                },
                {
                    "category": "housing_charge",
                    "severity": "review",
                    "page": 2,
                    "amount": 3.0,
                    "currency": "EUR",
                    "quote": "se descontarán 3 euros por día de trabajo en concepto de suministros de agua y "
                    "luz.",
                },
                {
                    "category": "deposit_or_bond",
                    "severity": "violation",
                    "page": 2,
                    "amount": 15000.0,
                    "currency": "HNL",
                    "quote": "LA TRABAJADORA declara haber entregado a Gestiones Laborales Atlántida, S. de "
                    "R.L. una garantía de retorno de L 15,000 (quince mil lempiras)",
                },
                {
                    "category": "wage_withholding",
                    "severity": "violation",
                    "page": 2,
                    "amount": None,
                    "currency": None,
                    "quote": "LA EMPRESA retendrá el 10 % del salario neto de cada mes, que se entregará a LA "
                    "TRABAJADORA en el aeropuerto de San Pedro Sula el día de su regreso.",
                },
            ],
            "missing_terms": [],
            "recruiters": ["Gestiones Laborales Atlántida, S. de R.L."],
            "traps": [
                "'alojamiento ... gratuito' in the same clause as the utilities charge",
                "IRPF tax withholding and the worker's Social Security contribution are statutory (not wage_withholding or insurance_cost)",
                "employer pays the return ticket",
                "protective equipment free",
                "scanned annex: worker keeps passport and ID (negated retention); no fees on the scanned page",
            ],
            "doc_type": "work_contract",
            "layout": "A4, justified serif; Spanish contract (REUNIDOS/EXPONEN/CLÁUSULAS); page 3 is an "
            "image-only scanned signature annex with fingerprint box (SCANNED, no text layer)",
        },
    }
)


# ---------------------------------------------------------------------------------------
# labels and self-check
# ---------------------------------------------------------------------------------------
def make_labels():
    out = []
    for doc in DOCS:
        lab = doc["label"]
        out.append(
            {
                "file": doc["file"],
                "program": lab["program"],
                "language": lab["language"],
                "scanned": lab["scanned"],
                "pages": len(doc["pages"]),
                "fees": [
                    {
                        "category": f["category"],
                        "severity": f["severity"],
                        "page": f["page"],
                        "amount": f["amount"],
                        "currency": f["currency"],
                        "quote": f["quote"],
                    }
                    for f in lab["fees"]
                ],
                "missing_terms": lab["missing_terms"],
                "recruiters": lab["recruiters"],
                "traps": lab["traps"],
                "doc_type": lab["doc_type"],
                "layout": lab["layout"],
            }
        )
    return out


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def self_check(out_dir, labels):
    errors = []
    for doc, lab in zip(DOCS, labels):
        fn = lab["file"]
        path = os.path.join(out_dir, fn)
        scans = set(doc.get("scan", {}).keys())
        if lab["scanned"] != bool(scans):
            errors.append("%s: scanned flag disagrees with scanned pages" % fn)
        prog = lab["program"]
        bad_terms = set(lab["missing_terms"]) - set(REQUIRED[prog])
        if bad_terms:
            errors.append(
                "%s: missing_terms not required for %s: %s" % (fn, prog, sorted(bad_terms))
            )
        for f in lab["fees"]:
            if f["category"] not in CATEGORIES:
                errors.append("%s: unknown category %s" % (fn, f["category"]))
            elif f["severity"] not in allowed_severities(prog, f["category"]):
                errors.append(
                    "%s: severity %s not allowed for %s/%s"
                    % (fn, f["severity"], prog, f["category"])
                )
            if (f["amount"] is None) != (f["currency"] is None):
                errors.append("%s: amount/currency mismatch in %s" % (fn, f["category"]))
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append("%s: %d pages, labelled %d" % (fn, n, lab["pages"]))
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, start=1):
                t = page.extract_text() or ""
                texts[i] = norm(t)
                if i in scans:
                    if page.chars or t.strip():
                        errors.append("%s: scanned page %d has a text layer" % (fn, i))
                    if not page.images:
                        errors.append("%s: scanned page %d has no image" % (fn, i))
                else:
                    if not page.chars:
                        errors.append("%s: page %d has no text" % (fn, i))
            for f in lab["fees"]:
                p = f["page"]
                if p in scans:
                    errors.append("%s: fee %s labelled on scanned page %d" % (fn, f["category"], p))
                    continue
                if p < 1 or p > n:
                    errors.append("%s: fee page %d out of range" % (fn, p))
                    continue
                if norm(f["quote"]) not in texts[p]:
                    where = [k for k, v in texts.items() if norm(f["quote"]) in v]
                    errors.append(
                        "%s: quote for %s not on page %d (found on %s): %r"
                        % (fn, f["category"], p, where, f["quote"][:70])
                    )
            alltext = " ".join(texts[k] for k in sorted(texts) if k not in scans)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append("%s: recruiter %r not printed" % (fn, r))
            if pdf.metadata.get("CreationDate", "")[:10] != "D:20260202":
                errors.append(
                    "%s: unexpected creation date %r" % (fn, pdf.metadata.get("CreationDate"))
                )
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for doc in DOCS:
        try:
            build_pdf(doc, os.path.join(out_dir, doc["file"]))
        except Overflow as e:
            print("BUILD ERROR %s: %s" % (doc["file"], e), file=sys.stderr)
            return 1
    labels = make_labels()
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    errors = self_check(out_dir, labels)
    for e in errors:
        print("CHECK FAILED: " + e, file=sys.stderr)
    if errors:
        return 1
    nfees = sum(len(l["fees"]) for l in labels)
    print(
        "ok: %d documents, %d labelled fees, labels.json written to %s"
        % (len(labels), nfees, out_dir)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
