#!/usr/bin/env python3
"""Held-out batch "bk": 12 recruitment documents (job orders, work contracts,
recruiter agreements, offer letters, a payment plan and a recruiter's receipt)
with hand-written labels.

Usage:  python build.py OUT_DIR

Writes bk01.pdf ... bk12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks page counts, that every labelled quote is printed
on its labelled page, that the scanned page carries no text layer, and that
every labelled recruiter name is printed.  Exits non-zero on any mismatch.

Deterministic: fixed creation date, fixed random seeds, no clock or locale use.
"""

import io
import json
import os
import sys
from datetime import UTC, datetime

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NO = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "LSans": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "LSerif": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "LNarrow": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "LMono": {
        "": LB + "LiberationMono-Regular.ttf",
        "B": LB + "LiberationMono-Bold.ttf",
        "I": LB + "LiberationMono-Italic.ttf",
        "BI": LB + "LiberationMono-BoldItalic.ttf",
    },
    "DSans": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "DCond": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "DSerif": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
}
if os.path.exists(NO + "NotoSans-Regular.ttf"):
    FONT_FILES["NSans"] = {
        "": NO + "NotoSans-Regular.ttf",
        "B": NO + "NotoSans-Bold.ttf",
        "I": NO + "NotoSans-Italic.ttf",
        "BI": NO + "NotoSans-BoldItalic.ttf",
    }
else:  # fall back to DejaVu if Noto is absent
    FONT_FILES["NSans"] = FONT_FILES["DSans"]


def norm(s):
    return " ".join((s or "").split())


# --------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        name,
        fmt="letter",
        fam="LSans",
        size=10,
        margins=(20, 16, 20),
        bottom=18,
        title="",
        author="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for f, styles in FONT_FILES.items():
            for st, path in styles.items():
                self.add_font(f, st, path)
        self.name = name
        self.fam = fam
        self.size = size
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("fpdf2 (held-out batch bk)")
        self.set_title(title or name)
        if author:
            self.set_author(author)
        self.fees = []
        self.scanned_pages = set()
        self.footer_text = None  # callable(page_no) -> str
        self.header_cb = None  # callable(doc)
        self.set_font(fam, "", size)

    # header / footer hooks -------------------------------------------------
    def header(self):
        if self.page_no() in self.scanned_pages:
            return
        if self.header_cb:
            self.header_cb(self)

    def footer(self):
        if self.page_no() in self.scanned_pages or not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.fam, "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.footer_text(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # text ------------------------------------------------------------------
    def f(self, style="", size=None, fam=None):
        self.set_font(fam or self.fam, style, size or self.size)

    def lh(self, size=None):
        return (size or self.size) * 0.46

    def _fit(self, w, h, text, markdown):
        lines = self.multi_cell(w, h, text, markdown=markdown, dry_run=True, output="LINES")
        need = len(lines) * h
        if self.will_page_break(need):
            self.add_page()

    def para(
        self,
        text,
        size=None,
        style="",
        align="L",
        fees=(),
        indent=0,
        after=1.6,
        markdown=False,
        keep=True,
        h=None,
        color=None,
    ):
        size = size or self.size
        self.f(style, size)
        h = h or self.lh(size)
        w = self.epw - indent
        if keep:
            self._fit(w, h, text, markdown)
        p0 = self.page_no()
        self.set_x(self.l_margin + indent)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            w, h, text, align=align, markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        p1 = self.page_no()
        self._record(text, fees, p0, p1)
        self.ln(after)

    def clause(
        self,
        label,
        text,
        fees=(),
        size=None,
        label_w=9,
        indent=0,
        after=1.4,
        label_style="B",
        markdown=False,
    ):
        size = size or self.size
        h = self.lh(size)
        w = self.epw - indent - label_w
        self.f("", size)
        self._fit(w, h, text, markdown)
        p0 = self.page_no()
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.f(label_style, size)
        self.cell(label_w, h, label)
        self.f("", size)
        self.set_xy(self.l_margin + indent + label_w, y)
        self.multi_cell(
            w, h, text, align="L", markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        p1 = self.page_no()
        self._record(text, fees, p0, p1)
        self.ln(after)

    def _record(self, text, fees, p0, p1):
        plain = text.replace("**", "").replace("__", "")
        for fe in fees:
            cat, sev, amount, cur, quote = fe
            if quote not in plain:
                raise SystemExit("%s: quote not in its paragraph: %r" % (self.name, quote))
            if p0 != p1:
                raise SystemExit("%s: fee paragraph split across pages: %r" % (self.name, quote))
            self.fees.append(
                {
                    "category": cat,
                    "severity": sev,
                    "page": p0,
                    "amount": amount,
                    "currency": cur,
                    "quote": quote,
                }
            )

    def heading(
        self,
        text,
        size=None,
        fill=None,
        color=(0, 0, 0),
        after=1.2,
        before=1.5,
        align="L",
        style="B",
    ):
        size = size or self.size + 1
        self.ln(before)
        if self.will_page_break(self.lh(size) * 3):
            self.add_page()
        self.f(style, size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
            self.cell(
                0,
                self.lh(size) + 1.2,
                " " + text,
                fill=True,
                align=align,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.set_fill_color(0)
        else:
            self.multi_cell(
                0, self.lh(size), text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def band(self, lines, fill, color=(255, 255, 255), height=None, sizes=None):
        """Full-width coloured band at the current top of the page."""
        sizes = sizes or [15] + [8.5] * (len(lines) - 1)
        hgt = height or sum(self.lh(s) + 0.6 for s in sizes) + 6
        y0 = self.get_y()
        self.set_fill_color(*fill)
        self.rect(0, 0, self.w, y0 + hgt, style="F")
        self.set_y(y0 + 2)
        self.set_text_color(*color)
        for i, (ln_, s) in enumerate(zip(lines, sizes)):
            self.f("B" if i == 0 else "", s)
            self.cell(0, self.lh(s) + 0.6, ln_, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(0)  # back to default so tables do not inherit the band colour
        self.set_y(y0 + hgt + 3)

    def bullets(self, items, size=None, indent=3, bullet="\u2022", after=0.8):
        size = size or self.size
        for it in items:
            self.clause(
                bullet, it, size=size, label_w=5, indent=indent, after=after, label_style=""
            )

    def table(
        self,
        rows,
        widths,
        size=None,
        header=False,
        head_fill=(225, 225, 225),
        borders="ALL",
        bold_first_col=False,
        line_h=None,
        after=2.5,
        align="LEFT",
        zebra=None,
    ):
        size = size or self.size
        self.f("", size)
        self.set_fill_color(0)  # default fill: fpdf2 tables then draw no background
        kw = dict(
            col_widths=widths,
            text_align=align,
            line_height=line_h or self.lh(size),
            first_row_as_headings=header,
            borders_layout=borders,
            padding=1.2,
            width=self.epw,
        )
        if header:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with super().table(**kw) as t:
            for row in rows:
                r = t.row()
                for j, c in enumerate(row):
                    if bold_first_col and j == 0:
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(after)

    def sigs(self, cols, size=None, gap=14, after=3):
        """Signature lines: cols = list of lists of caption lines."""
        size = size or self.size - 1
        n = len(cols)
        colw = (self.epw - (n - 1) * 8) / n
        if self.will_page_break(gap + len(max(cols, key=len)) * self.lh(size) + 4):
            self.add_page()
        y = self.get_y() + gap
        for i, col in enumerate(cols):
            x = self.l_margin + i * (colw + 8)
            self.line(x, y, x + colw, y)
            self.set_xy(x, y + 1)
            for j, t in enumerate(col):
                self.f("B" if j == 0 else "", size)
                self.set_x(x)
                self.cell(colw, self.lh(size), t, new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_y(y + 1 + len(max(cols, key=len)) * self.lh(size) + after)

    def boxed(self, text, size=None, fill=(240, 240, 240), fees=(), style=""):
        size = size or self.size
        self.f(style, size)
        self.set_fill_color(*fill)
        h = self.lh(size)
        self._fit(self.epw, h, text, False)
        p0 = self.page_no()
        self.multi_cell(
            0, h, text, border=1, fill=True, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_fill_color(0)
        self._record(text, fees, p0, self.page_no())
        self.ln(2)


# --------------------------------------------------------------------------
# scanned page (image only)
# --------------------------------------------------------------------------
def scanned_image(blocks, seed, page_mm=(215.9, 279.4), dpi=170, stamp=None):
    """Render text blocks onto a noisy, slightly rotated, blurred paper image.
    blocks: list of (kind, text) with kind in title/para/sig/gap."""
    W = int(page_mm[0] / 25.4 * dpi)
    H = int(page_mm[1] / 25.4 * dpi)
    rng = np.random.default_rng(seed)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    ft = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 27)
    fb = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 30)
    fs = ImageFont.truetype(DJ + "DejaVuSans.ttf", 22)
    left, right = int(W * 0.11), int(W * 0.89)
    y = int(H * 0.08)

    def wrap(text, font, width):
        out, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    for kind, text in blocks:
        if kind == "title":
            for ln_ in wrap(text, fb, right - left):
                tw = fb.getlength(ln_)
                dr.text(((W - tw) / 2, y), ln_, font=fb, fill=20)
                y += 44
            y += 18
        elif kind == "para":
            for ln_ in wrap(text, ft, right - left):
                dr.text((left, y), ln_, font=ft, fill=25)
                y += 39
            y += 22
        elif kind == "gap":
            y += int(text)
        elif kind == "sig":
            # two signature columns: text = (left caption lines, right caption lines)
            lcap, rcap = text
            colw = (right - left - 60) // 2
            for ci, cap in enumerate((lcap, rcap)):
                x0 = left + ci * (colw + 60)
                # hand-drawn scribble
                pts = []
                base = y + 55
                for k in range(40):
                    xx = x0 + 30 + k * (colw - 80) / 40
                    yy = base - 20 * np.sin(k * 0.9 + ci) * rng.uniform(0.4, 1.0)
                    pts.append((xx, yy))
                dr.line(pts, fill=45, width=3)
                dr.line((x0, y + 80, x0 + colw, y + 80), fill=30, width=2)
                yy = y + 88
                for cl in cap:
                    dr.text((x0, yy), cl, font=fs, fill=30)
                    yy += 30
            y += 80 + 30 * max(len(lcap), len(rcap)) + 30
        elif kind == "thumb":
            # fingerprint box with a grey smudge
            bx, by = right - 220, y
            dr.rectangle((bx, by, bx + 200, by + 230), outline=40, width=2)
            for r in range(8, 80, 6):
                dr.ellipse(
                    (bx + 100 - r * 0.8, by + 110 - r, bx + 100 + r * 0.8, by + 110 + r),
                    outline=int(110 + r * 0.6),
                    width=2,
                )
            dr.text((bx + 30, by + 236), text, font=fs, fill=30)
            y += 280
    if stamp:
        fss = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", 15)
        cx, cy, rad = int(W * 0.30), y - 250, 150
        dr.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=90, width=4)
        dr.ellipse(
            (cx - rad + 14, cy - rad + 14, cx + rad - 14, cy + rad - 14), outline=110, width=2
        )
        for i, sl in enumerate(stamp):
            tw = fss.getlength(sl)
            dr.text((cx - tw / 2, cy - 52 + i * 27), sl, font=fss, fill=95)
    arr = np.asarray(img).astype(np.float32)
    # uneven illumination + grain + specks
    yy, xx = np.mgrid[0:H, 0:W]
    arr -= 10.0 * (xx / W) + 6.0 * (yy / H)
    arr += rng.normal(0, 7.0, size=arr.shape)
    specks = rng.random(arr.shape) < 0.0009
    arr[specks] = rng.uniform(60, 160, size=int(specks.sum()))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L").rotate(0.55, resample=Image.BICUBIC, fillcolor=238)
    out = out.filter(ImageFilter.GaussianBlur(0.75))
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    return buf


def add_scanned_page(d, buf):
    d.add_page()
    d.scanned_pages.add(d.page_no())
    d.image(buf, x=0, y=0, w=d.w, h=d.h)


# --------------------------------------------------------------------------
# label helper
# --------------------------------------------------------------------------
def label(d, file, program, language, pages, missing, recruiters, traps, doc_type, layout):
    if d.page_no() != pages:
        raise SystemExit("%s: built %d pages, expected %d" % (file, d.page_no(), pages))
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": bool(d.scanned_pages),
        "pages": pages,
        "fees": list(d.fees),
        "missing_terms": list(missing),
        "recruiters": list(recruiters),
        "traps": list(traps),
        "doc_type": doc_type,
        "layout": layout,
    }


V, R = "violation", "review"


# ==========================================================================
# bk01  H-2A job order, English, compliant
# ==========================================================================
def bk01(out):
    d = Doc(
        "bk01",
        fmt="letter",
        fam="LSans",
        size=9.5,
        margins=(19, 14, 19),
        title="H-2A clearance order addendum",
        author="Harlan & Voss Orchards LLC",
    )
    d.footer_text = lambda n: "Job Order WA10577213  \u00b7  Addendum A  \u00b7  Page %d of 3" % n
    d.add_page()
    d.band(
        [
            "HARLAN & VOSS ORCHARDS LLC",
            "4410 Sunnyslope Road, Chelan, Washington 98816  \u00b7  Tel. (509) 555-0147",
            "H-2A Agricultural Clearance Order  \u2014  Addendum A: Terms and Conditions of Employment, Season 2026",
        ],
        fill=(34, 85, 51),
        sizes=[16, 8.5, 8.5],
    )
    d.heading("AT A GLANCE", size=10.5, before=0)
    d.table(
        [
            [
                "Employer",
                "Harlan & Voss Orchards LLC, 4410 Sunnyslope Road, Chelan, Washington 98816",
            ],
            ["Job title", "Farmworker, tree fruit (SOC 45-2092.02), 64 openings"],
            ["Period of employment", "May 4, 2026 to November 13, 2026"],
            ["Anticipated hours", "40 hours per week"],
            ["Hourly rate", "$19.82 per hour (piece rates in Section 4)"],
            ["Pay day", "Every Friday (weekly)"],
            ["Housing", "Free, licensed worker camp at 4460 Sunnyslope Road, Chelan"],
        ],
        widths=(30, 70),
        bold_first_col=True,
        size=9,
    )

    d.heading("1. Job duties", size=10)
    d.para(
        "Hand-thin apples and pears to the spacing shown by the supervisor; prune and train young "
        "trees; prop limbs; pick fruit into picking bags from 8-, 10- and 12-foot orchard ladders and "
        "empty the bags gently into field bins without bruising; pick up drops; move ladders and props "
        "between rows. During harvest some workers will be assigned to run the bin feeder on the "
        "receiving dock of the Sunnyslope packing shed, loading full bins onto the conveyor. Work is "
        "performed outdoors in heat, dust and occasional rain."
    )
    d.heading("2. Places of work", size=10)
    d.table(
        [
            ["Block", "Address", "County"],
            ["Sunnyslope Home Block", "4410 Sunnyslope Road, Chelan, WA 98816", "Chelan"],
            ["Antoine Creek Block", "1200 Antoine Creek Road, Chelan, WA 98816", "Chelan"],
            ["Wapato Lake Block", "85 Wapato Lake Road, Manson, WA 98831", "Chelan"],
        ],
        widths=(30, 52, 18),
        header=True,
        size=9,
    )
    d.heading("3. Hours and schedule", size=10)
    d.para(
        "The anticipated workweek is 40 hours, Monday through Friday, from 6:30 a.m. to 3:00 p.m. with an "
        "unpaid 30-minute meal break. During harvest, Saturday work of up to 8 hours may be offered; "
        "workers may decline Saturday work without penalty. Hours may vary with weather and crop "
        "conditions. Sunday is a day of rest."
    )
    d.heading("4. Wage rates", size=10)
    d.table(
        [
            ["Activity", "Rate", "Unit"],
            ["All hourly work (thinning, pruning, propping, bin feeder)", "$19.82", "per hour"],
            ["Apple harvest, all varieties", "$32.00", "per standard bin"],
            ["Pear harvest", "$34.00", "per standard bin"],
        ],
        widths=(60, 15, 25),
        header=True,
        size=9,
    )
    d.para(
        "Piece-rate earnings are added up each pay period; if they come to less than $19.82 for every "
        "hour worked, the employer makes up the difference. If during the contract the Department of "
        "Labor publishes a higher Adverse Effect Wage Rate for Washington, or the federal or state "
        "minimum wage rises above the rates listed, the employer will pay the higher rate from the date "
        "it takes effect."
    )

    d.add_page()
    d.heading("5. Pay day and earnings statements", size=10, before=0)
    d.para(
        "Workers are paid weekly, every Friday, by check or by direct deposit, as the worker chooses. "
        "With each payment the worker receives a written statement showing the hours of work offered and "
        "the hours actually worked, the number of bins picked, the hourly and piece rates, total "
        "earnings, each deduction and the reason for it, net pay, and the employer's name, address and "
        "FEIN."
    )
    d.heading("6. Deductions", size=10)
    d.para(
        "The employer will make only these deductions: (a) federal income tax, only if the worker asks "
        "for withholding on a signed Form W-4; (b) the daily meal charge described in Section 9, only for "
        "workers who join the meal plan; (c) any other deduction the worker voluntarily authorizes in "
        "writing for his or her own benefit, such as a savings plan. The employer does not deduct "
        "anything for housing, utilities, transportation, tools or recruitment."
    )
    d.heading("7. Three-fourths guarantee", size=10)
    d.para(
        "The employer guarantees to offer each worker employment for a total number of work hours equal "
        "to at least three-fourths (3/4) of the workdays of the contract period, counted from the first "
        "workday after arrival at the place of employment. If the employer offers fewer hours, the worker "
        "will be paid the amount he or she would have earned for the guaranteed hours. Hours offered that "
        "the worker chooses not to work may be counted toward the guarantee."
    )
    d.heading("8. Housing", size=10)
    d.para(
        "Housing is provided free of charge to workers who cannot reasonably return home each day, at the "
        "Harlan & Voss worker camp, 4460 Sunnyslope Road, Chelan, WA 98816. The camp is licensed by the "
        "Washington State Department of Health and meets federal standards. There is no charge for rent, "
        "electricity, water, propane, beds, mattresses or bedding, and no deposit of any kind. Residents "
        "are free to come and go during non-working hours and may receive visitors."
    )
    d.heading("9. Meals", size=10)
    d.para(
        "Each housing unit has a fully equipped kitchen (stoves, refrigerators and cooking utensils) that "
        "workers may use at no cost. Workers who prefer prepared food may join the optional camp meal "
        "plan: three meals a day for $16.36 per day, an amount that does not exceed the maximum meal "
        "charge published by the Department of Labor. Workers may leave the meal plan with one week's "
        "notice."
    )
    d.heading("10. Transportation", size=10)
    d.para(
        "**Inbound.** Workers who complete 50 percent of the work contract period will be reimbursed for "
        "the reasonable cost of transportation and daily subsistence from the place they were recruited "
        "to Chelan, if not already paid. In practice the employer buys the bus ticket from the worker's "
        "home town to Monterrey, N.L., pays the hotel during consular processing, the visa fee and the bus "
        "from Monterrey to Chelan directly, so workers do not pay these costs. Daily subsistence during "
        "travel is $16.36 per day without receipts, or up to $68.00 per day with receipts.",
        markdown=True,
    )
    d.para(
        "**Return.** A worker who completes the contract, or who is dismissed early for any reason other "
        "than cause (including under Section 15), will be provided or paid transportation and daily "
        "subsistence back to Monterrey, N.L.",
        markdown=True,
    )
    d.para(
        "**Daily.** Free transportation between the camp and every work block is provided each workday in "
        "employer-owned buses driven by licensed drivers.",
        markdown=True,
    )
    d.heading("11. Tools and equipment", size=10)
    d.para(
        "All tools, supplies and equipment needed for the job (picking bags, ladders, pruning shears, "
        "thinning gloves and rain jackets) are provided by the employer free of charge. No deposit is "
        "required. Each worker also receives a locker and padlock at no cost."
    )

    d.add_page()
    d.heading("12. Workers' compensation", size=10, before=0)
    d.para(
        "All workers are covered by Washington State industrial insurance through the Department of Labor "
        "and Industries (employer account 801-227-64), which pays medical care and time-loss benefits for "
        "work-related injuries and illnesses. The employer pays the full premium."
    )
    d.heading("13. Job requirements", size=10)
    d.para(
        "At least three months of experience hand-harvesting tree fruit; able to work on 12-foot ladders "
        "and to lift and carry up to 60 pounds; able to work outdoors in all weather. No education, "
        "license or English is required. After the first five workdays, pickers are expected to average "
        "at least five bins per 8-hour day."
    )
    d.heading("14. Abandonment and termination for cause", size=10)
    d.para(
        "A worker may be dismissed for cause, such as repeated failure to meet the productivity standard "
        "after a written warning, fighting, theft or working under the influence. A worker who fails to "
        "report for work for five consecutive working days without the employer's consent will be "
        "considered to have abandoned the job; the employer will notify the Department of Labor and the "
        "Department of Homeland Security in writing within two working days. A worker who abandons the "
        "job or is dismissed for cause is not entitled to the three-fourths guarantee or to return "
        "transportation."
    )
    d.heading("15. Contract impossibility", size=10)
    d.para(
        "If, before the end date, the work becomes impossible because of fire, flood, hailstorm, freeze or "
        "another Act of God, and the Department of Labor so certifies, the employer may end the contract. "
        "The employer will then pay the three-fourths guarantee up to the date of termination, provide "
        "return transportation and subsistence, and make efforts to transfer the worker to other "
        "comparable employment."
    )
    d.heading("16. Recruitment: no fees", size=10)
    d.para(
        "Harlan & Voss Orchards LLC has contracted Enlace Agrícola del Bajío, S.C. (León, Guanajuato, "
        "Mexico) to recruit workers in Mexico. The employer pays all of the recruiter's fees and expenses, "
        "and the contract forbids the recruiter, its staff and any sub-agent from seeking or receiving any "
        "payment from workers. No worker may be charged for a job offer, an interview, a place on a list "
        "or any paperwork. Report any request for money to the employer at (509) 555-0147 or to the U.S. "
        "Department of Labor at 1-866-487-9243."
    )
    d.heading("17. Worker rights", size=10)
    d.para(
        "The employer will never hold or confiscate a worker's passport, visa or other identity documents. "
        "No worker will be threatened, discharged, blacklisted or placed on a do-not-hire list for filing "
        "a complaint, testifying, or consulting a lawyer, union or legal-aid program. A copy of this job "
        "order in Spanish is given to each worker no later than the time the worker applies for the visa."
    )
    d.ln(2)
    d.para(
        "I certify that the terms above are true and will be honored for all H-2A and corresponding "
        "workers.",
        style="I",
    )
    d.sigs(
        [
            ["Margaret A. Voss", "Managing Member, Harlan & Voss Orchards LLC"],
            ["Date", "February 2, 2026"],
        ]
    )
    d.output(os.path.join(out, "bk01.pdf"))
    return label(
        d,
        "bk01.pdf",
        "h2a",
        "en",
        3,
        [],
        ["Enlace Agrícola del Bajío, S.C."],
        [
            "'bin feeder' is packing-shed equipment, not a fee",
            "rent-free licensed housing, no utilities or bedding charge, no deposit",
            "free kitchen in every unit",
            "optional meal plan at $16.36/day within the DOL cap (lawful h2a meal charge)",
            "inbound bus, hotel, visa fee and subsistence paid by employer",
            "tools, gear, locker and padlock free, no deposit",
            "workers' compensation premium paid by employer",
            "recruiter's fees paid by employer; negated worker fees",
            "employer never holds passports (negated retention)",
            "no do-not-hire list for complaints (negated blacklisting)",
            "residents free to come and go (negated movement restriction)",
            "loss of return fare and guarantee after abandonment or dismissal for cause is lawful",
            "Saturday work may be declined 'without penalty'",
        ],
        "job_order",
        "Letter; single column; dark green header band; gridded 'at a glance' table; "
        "gridded worksite and wage tables; numbered sections; certification signature line",
    )


# ==========================================================================
# bk02  H-2A work contract, Spanish
# ==========================================================================
def bk02(out):
    d = Doc(
        "bk02",
        fmt="letter",
        fam="DSerif",
        size=9,
        margins=(18, 15, 18),
        title="Contrato individual de trabajo H-2A",
        author="Okefenokee Berry Co., Inc.",
    )
    d.footer_text = lambda n: (
        "Contrato H-2A 2026  \u2014  Okefenokee Berry Co., Inc.  \u2014  hoja %d de 2" % n
    )
    d.add_page()
    d.heading(
        "CONTRATO INDIVIDUAL DE TRABAJO DE TEMPORADA", size=13, align="C", before=0, after=0.5
    )
    d.heading(
        "Programa de trabajadores agrícolas temporales H-2A  \u00b7  Temporada de arándano 2026",
        size=9.5,
        align="C",
        style="I",
        before=0,
    )
    d.table(
        [
            ["EL PATRÓN", "EL TRABAJADOR"],
            [
                "Okefenokee Berry Co., Inc., 1875 Sweat Farm Road, Alma, Georgia 31510, EE.UU. "
                "Representante: Wade T. Pittman, gerente de campo.",
                "Eleuterio Marcial Ocampo Vidal, originario de Tlapa de Comonfort, Guerrero, México. "
                "Pasaporte mexicano vigente.",
            ],
        ],
        widths=(50, 50),
        header=True,
        size=8.8,
    )
    d.para(
        "Las partes celebran el presente contrato conforme a la orden de trabajo GA10466150 aprobada por "
        "el Departamento de Trabajo de los Estados Unidos, al tenor de las siguientes cláusulas:"
    )
    d.para(
        "**PRIMERA. Puesto y labores.** EL TRABAJADOR se contrata como trabajador agrícola para cosechar "
        "arándano a mano en cubetas, podar, deshierbar, y cargar y acomodar cajas en el empaque de campo.",
        markdown=True,
    )
    d.para(
        "**SEGUNDA. Lugar de trabajo.** Las labores se realizan en los campos de EL PATRÓN en el condado "
        "de Bacon, Georgia: Finca Sweat Farm (1875 Sweat Farm Road, Alma) y Finca Blackshear (3320 "
        "Blackshear Highway, Alma).",
        markdown=True,
    )
    d.para("**TERCERA. Duración.** Del 16 de marzo de 2026 al 30 de junio de 2026.", markdown=True)
    d.para(
        "**CUARTA. Jornada.** Se ofrecen 35 horas por semana, de lunes a sábado, de 7:00 a 13:00 horas; "
        "la hora de entrada puede cambiar por el rocío o la lluvia.",
        markdown=True,
    )
    d.para(
        "**QUINTA. Salario.** EL PATRÓN pagará las siguientes tarifas:", markdown=True, after=0.8
    )
    d.table(
        [
            ["Labor", "Tarifa"],
            ["Trabajo por hora (poda, deshierbe, empaque)", "$15.17 por hora"],
            ["Cosecha de arándano", "$4.25 por cubeta de 10 libras"],
        ],
        widths=(60, 40),
        header=True,
        size=8.8,
    )
    d.para(
        "Si lo ganado por cubeta no alcanza $15.17 por cada hora trabajada, EL PATRÓN completa la "
        "diferencia. Si durante el contrato se publica una tarifa AEWR, un salario prevaleciente o un "
        "salario mínimo más alto, EL PATRÓN pagará la tarifa más alta desde que entre en vigor."
    )
    d.para(
        "**SEXTA. Pago y talón.** El pago es semanal, cada jueves, con cheque. Cada semana EL TRABAJADOR "
        "recibe un talón con las horas ofrecidas y trabajadas, las cubetas, las tarifas, el total ganado, "
        "cada descuento y el pago neto.",
        markdown=True,
    )
    d.para(
        "**SÉPTIMA. Descuentos.** De cada pago solo se descuentan: el impuesto federal sobre la renta si "
        "EL TRABAJADOR lo solicita por escrito, el cargo por servicios de la vivienda de la cláusula "
        "novena y el equipo de protección de la cláusula décima segunda.",
        markdown=True,
    )
    d.para(
        "**OCTAVA. Garantía de tres cuartas partes.** EL PATRÓN garantiza ofrecer trabajo por al menos "
        "tres cuartas partes de las horas de los días laborables del periodo del contrato; si ofrece "
        "menos, pagará a EL TRABAJADOR la diferencia.",
        markdown=True,
    )
    d.para(
        "**NOVENA. Vivienda.** EL PATRÓN proporciona vivienda sin renta en el campamento Pine Hollow, "
        "420 Pine Hollow Road, Alma, Georgia, con camas y colchones. Por los servicios de luz, agua y gas "
        "de la vivienda se descontarán $22.50 por semana de cada cheque de EL TRABAJADOR.",
        markdown=True,
        fees=[
            (
                "housing_charge",
                V,
                22.5,
                "USD",
                "Por los servicios de luz, agua y gas de la vivienda se descontarán $22.50 "
                "por semana de cada cheque de EL TRABAJADOR.",
            )
        ],
    )
    d.para(
        "**DÉCIMA. Alimentos.** Cada unidad tiene cocina equipada con estufa y refrigerador, que EL "
        "TRABAJADOR usa sin costo para preparar sus alimentos.",
        markdown=True,
    )
    d.add_page()
    d.para(
        "**DÉCIMA PRIMERA. Transporte.** EL PATRÓN reembolsa en la primera semana de trabajo el autobús "
        "desde Monterrey, Nuevo León, hasta Alma y los viáticos de $16.36 diarios del camino. Al terminar "
        "el contrato, EL PATRÓN paga el autobús de regreso a Monterrey y los viáticos. El transporte diario "
        "entre el campamento y los campos es gratuito, en camionetas de EL PATRÓN.",
        markdown=True,
    )
    d.para(
        "**DÉCIMA SEGUNDA. Herramientas y equipo.** EL PATRÓN entrega sin costo las cubetas, los arneses "
        "de cosecha y las tijeras de poda, sin pedir depósito. Las botas de hule y los guantes de nitrilo "
        "se venden a EL TRABAJADOR en $28.00 el juego, que se descuentan de su primer cheque. Si EL "
        "TRABAJADOR pierde o rompe por descuido una cubeta o un arnés, se le descontará el costo de "
        "reposición de $12.00 por pieza.",
        markdown=True,
        fees=[
            (
                "equipment_charge",
                V,
                28.0,
                "USD",
                "Las botas de hule y los guantes de nitrilo se venden a EL TRABAJADOR en $28.00 el juego, "
                "que se descuentan de su primer cheque.",
            ),
            (
                "damage_chargeback",
                R,
                12.0,
                "USD",
                "Si EL TRABAJADOR pierde o rompe por descuido una cubeta o un arnés, se le descontará el "
                "costo de reposición de $12.00 por pieza.",
            ),
        ],
    )
    d.para(
        "**DÉCIMA TERCERA. Requisitos.** Un mes de experiencia en cosecha manual de frutas o verduras y "
        "capacidad para cargar 40 libras.",
        markdown=True,
    )
    d.para(
        "**DÉCIMA CUARTA. Abandono y despido.** Si EL TRABAJADOR falta cinco días laborables seguidos sin "
        "permiso, se considerará que abandonó el empleo y EL PATRÓN lo notificará a las autoridades. EL "
        "PATRÓN puede despedir por causa justificada, como robo, violencia o negarse a trabajar sin motivo.",
        markdown=True,
    )
    d.para(
        "**DÉCIMA QUINTA. Cobros y documentos.** Ni EL PATRÓN ni ninguna otra persona cobrará cuota "
        "alguna por la contratación. EL TRABAJADOR conserva en todo momento su pasaporte y su visa.",
        markdown=True,
    )
    d.para(
        "**DÉCIMA SEXTA. Idioma.** Este contrato se entrega en español, idioma que EL TRABAJADOR entiende, "
        "y EL TRABAJADOR recibe una copia firmada.",
        markdown=True,
    )
    d.ln(2)
    d.para(
        "Leído que fue el presente contrato, lo firman las partes en Monterrey, Nuevo León, a 2 de marzo "
        "de 2026."
    )
    d.table(
        [
            ["Por EL PATRÓN", "EL TRABAJADOR"],
            [
                "\n\n\nWade T. Pittman\nGerente de campo, Okefenokee Berry Co., Inc.",
                "\n\n\nEleuterio Marcial Ocampo Vidal\nFirma o huella",
            ],
        ],
        widths=(50, 50),
        header=True,
        size=8.8,
    )
    d.output(os.path.join(out, "bk02.pdf"))
    return label(
        d,
        "bk02.pdf",
        "h2a",
        "es",
        2,
        ["workers_compensation", "contract_impossibility"],
        [],
        [
            "'vivienda sin renta' while utilities are charged: rent-free wording does not cure the utility charge",
            "cubetas, arneses y tijeras sin costo y sin depósito",
            "cocina equipada sin costo",
            "autobús de ida y viáticos reembolsados en la primera semana",
            "regreso a Monterrey pagado; transporte diario gratuito",
            "ninguna cuota por la contratación (negated recruitment fee)",
            "el trabajador conserva su pasaporte y su visa (negated retention)",
        ],
        "work_contract",
        "Letter; serif; centred title; gridded parties table; run-in bold numbered cláusulas; "
        "gridded wage table; gridded signature table",
    )


# ==========================================================================
# bk03  H-2A recruiter agreement, Spanish (Zacatecas)
# ==========================================================================
def bk03(out):
    d = Doc(
        "bk03",
        fmt="letter",
        fam="LSerif",
        size=10.5,
        margins=(22, 16, 22),
        title="Convenio de servicios de gestion laboral",
    )
    d.footer_text = lambda n: (
        "Gestoría Laboral Cañón de Juchipila  \u00b7  Convenio GLCJ-H2A-26-087  \u00b7  %d/2" % n
    )
    d.add_page()
    d.heading(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN LABORAL",
        size=12.5,
        align="C",
        before=0,
        after=0.5,
    )
    d.heading("Folio GLCJ-H2A-26-087", size=9.5, align="C", style="", before=0)
    d.para(
        "En Jalpa, Zacatecas, a 9 de febrero de 2026, celebran el presente convenio, por una parte, "
        "Gestoría Laboral Cañón de Juchipila, S. de R.L. de C.V., con domicilio en Av. Hidalgo 214, Centro, "
        "Jalpa, Zacatecas, representada por su gerente Araceli Becerra Nava, a quien en lo sucesivo se le "
        "denominará LA GESTORA; y por la otra, el C. Rosendo Aguilar Hinojosa, originario de Tabasco, "
        "Zacatecas, a quien se le denominará EL TRABAJADOR, al tenor de las siguientes declaraciones y "
        "cláusulas.",
        align="J",
    )
    d.heading("DECLARACIONES", size=10.5, align="C")
    d.clause(
        "I.",
        "Declara LA GESTORA que presta servicios de reclutamiento para Yadkin Bottom Farms, LLC, "
        "empresa agrícola de Carolina del Norte, Estados Unidos, que solicitará visas H-2A para la "
        "temporada 2026.",
    )
    d.clause(
        "II.",
        "Declara EL TRABAJADOR que es mayor de edad, que cuenta con pasaporte vigente y que desea "
        "ser considerado para el empleo descrito en la cláusula primera.",
    )
    d.clause(
        "III.",
        "Declara LA GESTORA que en la región trabaja con el promotor Nicolás Ibarra Tello, quien "
        "recibe las solicitudes en los municipios de Tabasco y Huanusco.",
    )
    d.heading("CLÁUSULAS", size=10.5, align="C")
    d.para(
        "**PRIMERA.** Los datos del empleo ofrecido son los siguientes:", markdown=True, after=0.8
    )
    d.table(
        [
            [
                "Patrón",
                "Yadkin Bottom Farms, LLC, 880 Shoals Road, Pinnacle, North Carolina 27043, EE.UU.",
            ],
            [
                "Puesto y labores",
                "Trabajador agrícola: trasplante, deshierbe, despunte y cosecha de tabaco; "
                "cosecha de camote",
            ],
            [
                "Lugar de trabajo",
                "Campos del patrón en los condados de Surry y Stokes, Carolina del Norte",
            ],
            ["Periodo", "Del 20 de abril al 15 de noviembre de 2026"],
            ["Jornada", "40 horas por semana, de lunes a sábado"],
            ["Salario", "USD 16.21 por hora"],
            ["Pago", "Semanal, cada viernes"],
            ["Descuentos", "Solo los impuestos que exija la ley"],
            ["Vivienda", "Gratuita, en la granja"],
            ["Alimentos", "Cocina equipada sin costo para el trabajador"],
            ["Viaje de ida", "El autobús de Monterrey a la granja lo paga el patrón"],
            ["Regreso", "El patrón paga el regreso a Monterrey al terminar la temporada"],
            ["Transporte diario", "Gratuito, en camioneta del patrón"],
            ["Herramientas", "Las proporciona el patrón sin costo"],
            ["Requisitos", "Tres meses de experiencia en tabaco u hortalizas; saber usar azadón"],
        ],
        widths=(27, 73),
        bold_first_col=True,
        size=9.5,
    )
    d.para(
        "**SEGUNDA.** La entrevista y el registro de EL TRABAJADOR en la lista de candidatos no tienen "
        "costo.",
        markdown=True,
    )
    d.add_page()
    d.para(
        "**TERCERA.** Por la gestión de su contratación, EL TRABAJADOR cubrirá a LA GESTORA una cuota de "
        "colocación de MXN 8,500.00 (ocho mil quinientos pesos 00/100 M.N.), pagadera en dos exhibiciones "
        "antes de la cita consular.",
        markdown=True,
        align="J",
        fees=[
            (
                "recruitment_fee",
                V,
                8500.0,
                "MXN",
                "EL TRABAJADOR cubrirá a LA GESTORA una cuota de colocación de MXN 8,500.00 (ocho mil "
                "quinientos pesos 00/100 M.N.), pagadera en dos exhibiciones antes de la cita consular.",
            )
        ],
    )
    d.para(
        "**CUARTA.** El pago de derechos de la visa ante el Consulado (USD 205) corre por cuenta de EL "
        "TRABAJADOR y no le será reembolsado.",
        markdown=True,
        align="J",
        fees=[
            (
                "visa_cost",
                V,
                205.0,
                "USD",
                "El pago de derechos de la visa ante el Consulado (USD 205) corre por cuenta de EL "
                "TRABAJADOR y no le será reembolsado.",
            )
        ],
    )
    d.para(
        "**QUINTA.** Si EL TRABAJADOR no cuenta con el dinero, LA GESTORA le adelantará la cuota de "
        "colocación y EL TRABAJADOR la devolverá desde Estados Unidos con sus primeros cheques, más un "
        "interés del 6% mensual.",
        markdown=True,
        align="J",
        fees=[
            (
                "debt_bondage",
                V,
                None,
                None,
                "LA GESTORA le adelantará la cuota de colocación y EL TRABAJADOR la devolverá desde "
                "Estados Unidos con sus primeros cheques, más un interés del 6% mensual.",
            )
        ],
    )
    d.para(
        "**SEXTA.** EL TRABAJADOR conserva en todo momento su pasaporte, su visa y su credencial para "
        "votar; LA GESTORA solo recibe fotocopias para integrar el expediente.",
        markdown=True,
        align="J",
    )
    d.para(
        "**SÉPTIMA.** EL TRABAJADOR que presente quejas ante el Consulado, la Secretaría del Trabajo o "
        "cualquier organización será dado de baja del padrón de LA GESTORA y no será llamado en temporadas "
        "futuras.",
        markdown=True,
        align="J",
        fees=[
            (
                "blacklisting_threat",
                V,
                None,
                None,
                "EL TRABAJADOR que presente quejas ante el Consulado, la Secretaría del Trabajo o cualquier "
                "organización será dado de baja del padrón de LA GESTORA y no será llamado en temporadas "
                "futuras.",
            )
        ],
    )
    d.para(
        "**OCTAVA.** Para la interpretación de este convenio las partes se someten a los tribunales de la "
        "ciudad de Zacatecas, Zacatecas.",
        markdown=True,
        align="J",
    )
    d.ln(2)
    d.para(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman "
        "por duplicado.",
        align="J",
    )
    d.table(
        [
            ["LA GESTORA", "EL TRABAJADOR", "PROMOTOR"],
            [
                "\n\n\nAraceli Becerra Nava\nGerente",
                "\n\n\nRosendo Aguilar Hinojosa\nFirma o huella",
                "\n\n\nNicolás Ibarra Tello\nPromotor regional",
            ],
        ],
        widths=(34, 33, 33),
        header=True,
        size=9,
    )
    d.output(os.path.join(out, "bk03.pdf"))
    return label(
        d,
        "bk03.pdf",
        "h2a",
        "es",
        2,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Gestoría Laboral Cañón de Juchipila, S. de R.L. de C.V.", "Nicolás Ibarra Tello"],
        [
            "entrevista y registro sin costo (negated fee) before the cuota de colocación",
            "vivienda gratuita (h2a)",
            "cocina equipada sin costo",
            "autobús Monterrey-granja y regreso pagados por el patrón",
            "herramientas sin costo",
            "el trabajador conserva pasaporte y visa; la gestora solo guarda fotocopias",
            "'Descuentos: solo los impuestos' (the loan is repaid by the worker, not a payroll deduction)",
        ],
        "recruiter_agreement",
        "Letter; serif; centred title; declaraciones with roman numerals; gridded job-terms table; "
        "run-in bold cláusulas; three-column gridded signature table",
    )


# ==========================================================================
# bk04  H-2A offer letter, English (labor contractor, Florida)
# ==========================================================================
def bk04(out):
    d = Doc(
        "bk04",
        fmt="letter",
        fam="NSans",
        size=9.5,
        margins=(20, 14, 20),
        title="Offer of H-2A employment",
        author="Rio Vista Harvesting Services, LLC",
    )
    d.footer_text = lambda n: (
        "Rio Vista Harvesting Services, LLC  \u00b7  Offer letter RV-2026-0219  \u00b7  page %d" % n
    )
    d.add_page()
    d.band(
        [
            "RIO VISTA HARVESTING SERVICES, LLC",
            "H-2A Labor Contractor  \u00b7  FLC Certificate No. FLC-1127-EP",
            "715 West Main Street, Immokalee, Florida 34142  \u00b7  (239) 555-0193",
        ],
        fill=(176, 74, 30),
        sizes=[15, 8.5, 8.5],
    )
    d.para("August 24, 2026", after=2)
    d.para("Mr. Delroy Aston Whitfield\nLot 14, Content District\nClarendon, Jamaica", after=2)
    d.para("**Re: Offer of seasonal H-2A employment, 2026-27 vegetable season**", markdown=True)
    d.para("Dear Mr. Whitfield,")
    d.para(
        "We are pleased to offer you seasonal employment as an H-2A farmworker with Rio Vista Harvesting "
        "Services, LLC, under job order FL10982264 certified by the U.S. Department of Labor. The main "
        "terms are summarized below; the full job order is attached and controls if anything differs."
    )
    d.table(
        [
            [
                "Position",
                "Farmworker: hand-harvest tomatoes and bell peppers, stake and tie plants, lay and pick "
                "up plastic mulch, load field bins",
            ],
            [
                "Worksites",
                "Sable Palm Farms, 2100 County Road 846, Immokalee, FL; Gator Slough Growers, 4500 "
                "State Road 29 North, LaBelle, FL",
            ],
            ["Dates", "October 12, 2026 to May 28, 2027"],
            ["Hours", "40 hours per week, Monday to Saturday, starting at 7:00 a.m."],
            [
                "Pay rate",
                "$15.03 per hour, or $0.65 per 32-lb bucket of tomatoes when that pays more",
            ],
            ["Pay day", "Weekly, every Thursday, with an itemized earnings statement"],
            ["Housing", "Free, at Casa del Sol Apartments, 402 Boston Avenue, Immokalee"],
            ["Daily transport", "Free bus from the housing to the fields and back"],
            ["Tools", "Provided free: buckets, harvest knives, stake drivers, gloves"],
            [
                "Requirements",
                "3 months' experience hand-harvesting vegetables; able to lift 50 lbs",
            ],
        ],
        widths=(22, 78),
        bold_first_col=True,
        size=9,
        zebra=(246, 238, 232),
    )
    d.para(
        "**Wage increases.** If a higher Adverse Effect Wage Rate, prevailing wage or minimum wage takes "
        "effect during the season, you will be paid the higher rate from its effective date.",
        markdown=True,
    )
    d.para(
        "**Guarantee.** We guarantee to offer you work for at least three-fourths of the workdays of the "
        "contract period. If we do not, we will pay you what you would have earned for the guaranteed "
        "hours.",
        markdown=True,
    )
    d.para(
        "**Travel.** Rio Vista advances your airfare from Kingston to Miami and the bus from Miami to "
        "Immokalee, and reimburses your daily subsistence on the way in your first paycheck. When you "
        "finish the season, or if we release you early without cause, we pay your travel and subsistence "
        "back to Kingston. A worker who abandons the job or is fired for cause pays his own way home.",
        markdown=True,
    )
    d.para(
        "**Meals.** The shared kitchens in the apartments are free to use. You may also join the optional "
        "meal plan at $16.36 per day, which is within the maximum the Department of Labor allows.",
        markdown=True,
    )
    d.para(
        "**Deductions.** We deduct federal income tax only if you request it in writing, the meal plan if "
        "you join it, and the items listed in the House Rules on the next page.",
        markdown=True,
    )
    d.para(
        "**Workers' compensation.** You are covered by Florida workers' compensation insurance (carrier: "
        "Sunshine State Agricultural Mutual, policy WC 44-70913) at no cost to you.",
        markdown=True,
    )
    d.para(
        "**Termination.** We may end your employment for cause, such as violence, theft or refusing "
        "assigned work. If you miss five consecutive workdays without notice, you will be considered to "
        "have abandoned the job, and we will report that to the Department of Labor and the Department of "
        "Homeland Security.",
        markdown=True,
    )
    d.add_page()
    d.heading(
        "HOUSE RULES AND PAY PRACTICES  \u2014  please read before signing",
        size=10.5,
        fill=(246, 238, 232),
        before=0,
        after=2,
    )
    d.clause(
        "1.",
        "For safekeeping, passports and I-94 records are collected by the crew leader on arrival "
        "and kept in the office safe until the end of the season.",
        fees=[
            (
                "document_retention",
                V,
                None,
                None,
                "passports and I-94 records are collected by the crew leader on arrival and kept in the "
                "office safe until the end of the season.",
            )
        ],
    )
    d.clause(
        "2.",
        "Workers may not leave the housing after 9:00 p.m. or go into town without a crew leader, "
        "and no visitors are allowed at the apartments at any time.",
        fees=[
            (
                "movement_restriction",
                V,
                None,
                None,
                "Workers may not leave the housing after 9:00 p.m. or go into town without a crew leader, "
                "and no visitors are allowed at the apartments at any time.",
            )
        ],
    )
    d.clause(
        "3.",
        "Rio Vista holds back $50.00 from each weekly paycheck as a season completion reserve, "
        "paid out only to workers who stay until the last day of the contract.",
        fees=[
            (
                "wage_withholding",
                V,
                50.0,
                "USD",
                "Rio Vista holds back $50.00 from each weekly paycheck as a season completion reserve, "
                "paid out only to workers who stay until the last day of the contract.",
            )
        ],
    )
    d.clause(
        "4.",
        "Any bucket, knife or stake driver lost or damaged through carelessness will be charged to "
        "the worker at replacement cost.",
        fees=[
            (
                "damage_chargeback",
                R,
                None,
                None,
                "Any bucket, knife or stake driver lost or damaged through carelessness will be charged "
                "to the worker at replacement cost.",
            )
        ],
    )
    d.clause(
        "5.",
        "No alcohol or drugs in the fields or on company buses. Smoking is not allowed inside the "
        "apartments.",
    )
    d.clause(
        "6.",
        "Rio Vista does not charge any fee for hiring, and no one working for us may ask you for "
        "money for this job.",
    )
    d.ln(3)
    d.para(
        "Please sign below to accept this offer and return one copy to our office. We look forward to "
        "working with you."
    )
    d.para("Sincerely,", after=0)
    d.sigs(
        [
            ["Hector J. Villalobos", "Owner, Rio Vista Harvesting Services, LLC"],
            ["Accepted: Delroy Aston Whitfield", "Date:"],
        ]
    )
    d.output(os.path.join(out, "bk04.pdf"))
    return label(
        d,
        "bk04.pdf",
        "h2a",
        "en",
        2,
        ["contract_impossibility"],
        [],
        [
            "optional meal plan at $16.36/day within the DOL maximum (lawful h2a meal charge)",
            "free housing and free shared kitchens (h2a)",
            "airfare advanced and subsistence reimbursed in first paycheck",
            "worker who abandons or is fired for cause pays his own way home (lawful)",
            "tools free; daily bus free",
            "workers' compensation at no cost",
            "no fee for hiring (negated recruitment fee)",
            "alcohol and smoking rules are not movement restrictions",
        ],
        "offer_letter",
        "Letter; orange letterhead band; letter format with address block; zebra-striped gridded "
        "summary table; run-in bold paragraphs; page 2 numbered house rules under shaded heading; "
        "signature lines",
    )


# ==========================================================================
# bk05  H-2B job order, English, compliant
# ==========================================================================
def bk05(out):
    d = Doc(
        "bk05",
        fmt="letter",
        fam="DSans",
        size=8.8,
        margins=(18, 14, 18),
        title="H-2B job order terms",
        author="Pelican Sound Golf Club & Marina, LLC",
    )
    d.footer_text = lambda n: (
        "Pelican Sound Golf Club & Marina, LLC  \u2014  H-2B job order MD-0317  \u2014  %d of 3" % n
    )
    d.add_page()
    d.band(
        [
            "H-2B JOB ORDER: TERMS AND CONDITIONS OF EMPLOYMENT",
            "Pelican Sound Golf Club & Marina, LLC  \u00b7  Berlin, Maryland  \u00b7  Job order MD-2026-H2B-0317",
        ],
        fill=(21, 67, 118),
        sizes=[13.5, 9],
    )
    d.table(
        [
            ["Openings", "Wage", "Overtime", "Period", "Pay"],
            [
                "18",
                "$18.27 per hour",
                "$27.41 per hour",
                "Apr 1 to Oct 31, 2026",
                "Every two weeks",
            ],
        ],
        widths=(12, 22, 22, 26, 18),
        header=True,
        size=8.8,
        head_fill=(214, 226, 240),
        align="CENTER",
    )

    def sec(t):
        return d.heading(t, size=9.8, color=(21, 67, 118), before=1.2, after=0.8)

    sec("1. Employer")
    d.para(
        "Pelican Sound Golf Club & Marina, LLC, 9800 Bayhead Point Road, Berlin, Maryland 21811. "
        "Telephone (410) 555-0162. FEIN 52-3318407."
    )
    sec("2. Job title and duties")
    d.para(
        "Landscaping and Groundskeeping Worker (SOC 37-3011), 18 openings. Mow fairways, greens, tees and "
        "roughs with walk-behind and riding mowers; rake bunkers; edge and trim; plant and mulch flower "
        "beds; repair divots and ball marks; move irrigation hoses; pick up litter; clean and fuel mowers. "
        "On weekends some workers will staff the marina fuel dock, pump fuel for boaters and collect fuel "
        "and slip fees from customers at the register."
    )
    sec("3. Place of employment")
    d.para(
        "Pelican Sound Golf Club and Pelican Sound Marina, both at 9800 Bayhead Point Road, Berlin, "
        "Worcester County, Maryland 21811."
    )
    sec("4. Period of employment")
    d.para("April 1, 2026 through October 31, 2026.")
    sec("5. Hours")
    d.para(
        "40 hours per week. Normal schedule: Monday through Friday, 5:30 a.m. to 2:00 p.m., with a "
        "30-minute unpaid lunch. Weekend shifts rotate and replace a weekday so the regular week stays at "
        "40 hours."
    )
    sec("6. Wage")
    d.para(
        "$18.27 per hour. This is at least the highest of the prevailing wage, the federal minimum wage "
        "and the Maryland minimum wage. If a higher prevailing wage is issued, or a minimum wage rises, "
        "during the contract, the employer will pay the higher rate from its effective date."
    )
    sec("7. Overtime")
    d.para(
        "Overtime may be available during tournaments and the July 4 week. Hours over 40 in a workweek are "
        "paid at $27.41 per hour (one and one-half times the regular rate)."
    )
    sec("8. Pay and pay statements")
    d.para(
        "Paid every two weeks, on Friday, by direct deposit or paycheck. Each pay statement shows the hours "
        "offered, hours worked, rate, gross pay, each deduction and its reason, net pay, and the "
        "employer's name, address and FEIN."
    )
    sec("9. Deductions")
    d.para(
        "Required by law: Social Security and Medicare (FICA), federal income tax and Maryland income tax. "
        "Voluntary: only deductions the worker authorizes in writing for his or her own benefit. No "
        "deduction is made for uniforms, tools, transportation, visa costs or housing."
    )
    d.add_page()
    sec("10. Three-fourths guarantee")
    d.para(
        "For each 12-week period (6-week period if the total period is under 120 days), the employer "
        "guarantees to offer work for hours equal to at least three-fourths of the workdays in that "
        "period, based on 40 hours per week. If less is offered, the worker is paid for the difference."
    )
    sec("11. Inbound travel and visa costs")
    d.para(
        "Workers who complete 50 percent of the period of employment are reimbursed for travel and daily "
        "subsistence from the place they came from to Berlin, Maryland; costs that would bring wages in "
        "the first workweek below the minimum wage are reimbursed in the first workweek. The employer pays "
        "or reimburses, in the first workweek, all visa, visa processing, border crossing and related "
        "fees."
    )
    sec("12. Return travel")
    d.para(
        "A worker who completes the period, or is dismissed early for any reason by the employer, will be "
        "provided or paid return transportation and daily subsistence to the place from which he or she "
        "came."
    )
    sec("13. Tools, equipment and uniforms")
    d.para(
        "All tools, equipment, safety gear and three uniform shirts are provided free of charge. No deposit "
        "is ever required."
    )
    sec("14. Housing")
    d.para(
        "Optional staff housing is available at 11 Racetrack Road, Berlin, MD 21811, at no cost to the "
        "worker. Workers may live elsewhere if they prefer."
    )
    sec("15. Job requirements")
    d.para(
        "No experience required. Must be able to lift 50 pounds and work outdoors in heat. Training is "
        "given on the job; the safety orientation is free and on paid time."
    )
    sec("16. Abandonment and termination")
    d.para(
        "A worker who fails to report for 5 consecutive working days without consent is considered to have "
        "abandoned employment; the employer will notify the Department of Labor and the Department of "
        "Homeland Security in writing within 2 working days. Workers may be dismissed for cause after a "
        "written warning. A worker dismissed for cause or who abandons is not owed return transportation or "
        "the guarantee after that date."
    )
    sec("17. Contract impossibility")
    d.para(
        "If a hurricane, flood, fire or other Act of God makes the work impossible to continue, the "
        "employer may end the contract with Department of Labor approval and will pay the three-fourths "
        "guarantee through the end date, pay return transportation, and help the worker find other work."
    )
    sec("18. Recruitment")
    d.para(
        "Pelican Sound has engaged Blue Mahoe Staffing Services Ltd. (Kingston, Jamaica) to recruit "
        "workers. The employer pays all recruitment costs. The agreement prohibits Blue Mahoe Staffing "
        "Services Ltd. and its agents from seeking or receiving payments of any kind from workers. If "
        "anyone asks you to pay for this job, call (410) 555-0162 or the U.S. Department of Labor at "
        "1-866-487-9243."
    )
    d.add_page()
    sec("19. Other assurances")
    d.bullets(
        [
            "The employer will not hold or keep workers' passports or visas.",
            "No worker will be retaliated against, blacklisted or denied rehire for making a complaint.",
            "Workers may play the course free on Mondays (no green fee) and use the staff coffee bar free.",
            "Workers may use the employee break room, lockers and laundry machines at no charge.",
            "This job order is available in Spanish on request.",
        ]
    )
    sec("20. Acknowledgment")
    d.para(
        "The employer certifies that the terms above comply with 20 CFR 655.18 and 655.20 and will be "
        "offered to all H-2B workers and workers in corresponding employment."
    )
    d.sigs(
        [
            ["Lorraine K. Dunbar", "General Manager, Pelican Sound Golf Club & Marina, LLC"],
            ["Date", "March 2, 2026"],
        ]
    )
    d.para(
        "Contact for questions about this job order: Human Resources, (410) 555-0162, "
        "hr@pelicansound.example.",
        size=8,
    )
    d.output(os.path.join(out, "bk05.pdf"))
    return label(
        d,
        "bk05.pdf",
        "h2b",
        "en",
        3,
        [],
        ["Blue Mahoe Staffing Services Ltd."],
        [
            "'collect fuel and slip fees from customers' is a job duty, not a worker fee",
            "FICA and income tax are lawful statutory deductions",
            "inbound travel and subsistence reimbursed",
            "visa, processing and border fees paid or reimbursed in first workweek",
            "tools, safety gear and uniforms free, no deposit",
            "optional staff housing at no cost",
            "free safety orientation on paid time",
            "recruiter paid by employer; workers may not be charged",
            "no passport holding, no blacklisting (negated)",
            "'no green fee' and 'coffee' are not worker fees",
            "free break room, lockers and laundry",
            "no return fare owed after abandonment or dismissal for cause (lawful)",
        ],
        "job_order",
        "Letter; small sans; blue header band; one-row gridded summary table; coloured numbered "
        "section headings; bullet list; signature on a short third page",
    )


# ==========================================================================
# bk06  H-2B recruiter payment plan, Spanish (San Luis Potosí)
# ==========================================================================
def bk06(out):
    d = Doc(
        "bk06",
        fmt="letter",
        fam="LNarrow",
        size=10.5,
        margins=(20, 14, 20),
        title="Plan de pagos temporada 2026",
        author="Servicios Migratorios La Huasteca",
    )
    d.footer_text = lambda n: (
        "Servicios Migratorios La Huasteca  \u00b7  Folio SMH-26-0412  \u00b7  hoja %d de 2" % n
    )
    d.add_page()
    d.band(
        [
            "SERVICIOS MIGRATORIOS LA HUASTECA",
            "Asesoría para visas de trabajo  \u00b7  Calle Morelos 37, Zona Centro, Tamazunchale, S.L.P.",
            "WhatsApp 483 555 0129  \u00b7  Lunes a sábado de 9:00 a 18:00",
        ],
        fill=(110, 40, 110),
        sizes=[16, 9.5, 9.5],
    )
    d.heading("PLAN DE PAGOS  \u2014  TEMPORADA 2026 (VISA H-2B)", size=13, align="C", before=0)
    d.table(
        [
            ["Nombre", "María Guadalupe Téllez Orozco", "Folio", "SMH-26-0412"],
            ["Comunidad", "Chapulhuacanito, S.L.P.", "Fecha", "3 de noviembre de 2025"],
        ],
        widths=(15, 45, 12, 28),
        size=10,
    )
    d.table(
        [
            ["No.", "Concepto", "Monto", "Fecha límite"],
            ["1", "Inscripción (aparta su lugar)", "$3,000.00 pesos", "15/11/2025"],
            ["2", "Derechos consulares (pago en banco)", "USD 205", "10/12/2025"],
            ["3", "Fianza de cumplimiento", "$5,000.00 pesos", "10/01/2026"],
            ["", "Total en pesos (sin derechos consulares)", "$8,000.00 pesos", ""],
        ],
        widths=(8, 50, 20, 22),
        header=True,
        size=10,
        head_fill=(230, 214, 230),
    )
    d.heading("Condiciones del plan", size=11)
    d.clause(
        "1.",
        "La cuota de inscripción de $3,000.00 pesos no es reembolsable y sirve para apartar su "
        "lugar en la lista del contratista.",
        fees=[
            (
                "recruitment_fee",
                V,
                3000.0,
                "MXN",
                "La cuota de inscripción de $3,000.00 pesos no es reembolsable y sirve para apartar su "
                "lugar en la lista del contratista.",
            )
        ],
    )
    d.clause(
        "2.",
        "Los derechos consulares de la visa H-2B (USD 205) los paga la trabajadora directamente en "
        "el banco y la empresa no se los devuelve.",
        fees=[
            (
                "visa_cost",
                V,
                205.0,
                "USD",
                "Los derechos consulares de la visa H-2B (USD 205) los paga la trabajadora directamente "
                "en el banco y la empresa no se los devuelve.",
            )
        ],
    )
    d.clause(
        "3.",
        "Como garantía de cumplimiento, la trabajadora entrega una fianza de $5,000.00 pesos y "
        "firma un pagaré a favor de la agencia.",
        fees=[
            (
                "deposit_or_bond",
                V,
                5000.0,
                "MXN",
                "Como garantía de cumplimiento, la trabajadora entrega una fianza de $5,000.00 pesos y "
                "firma un pagaré a favor de la agencia.",
            )
        ],
    )
    d.clause(
        "4.",
        "Si la trabajadora se regresa a México antes de terminar la temporada, perderá la fianza y "
        "pagará además una multa de 500 dólares.",
        fees=[
            (
                "breach_penalty",
                V,
                500.0,
                "USD",
                "Si la trabajadora se regresa a México antes de terminar la temporada, perderá la fianza "
                "y pagará además una multa de 500 dólares.",
            )
        ],
    )
    d.clause("5.", "La entrevista con el representante de la empresa no tiene costo.")
    d.clause(
        "6.",
        "Los pagos se hacen en efectivo en la oficina o con depósito en tienda OXXO. Conserve "
        "todos sus comprobantes.",
    )
    d.ln(2)
    d.sigs(
        [
            ["Recibí copia del plan de pagos", "María Guadalupe Téllez Orozco"],
            ["Por Servicios Migratorios La Huasteca", "Sello y firma"],
        ]
    )
    d.add_page()
    d.heading(
        "DATOS DEL EMPLEO (según la orden de trabajo de la empresa)",
        size=12,
        before=0,
        fill=(230, 214, 230),
    )
    d.table(
        [
            [
                "Empresa",
                "Bayou Teche Seafood Processors, Inc., 3116 Old Spanish Trail, Breaux Bridge, "
                "Louisiana 70517",
            ],
            [
                "Puesto",
                "Peladora de langostino (crawfish): pelar y desvenar langostino cocido y empacar la carne "
                "en bolsas de una libra",
            ],
            ["Lugar", "Planta de la empresa en Breaux Bridge, Luisiana"],
            ["Temporada", "Del 2 de febrero al 15 de junio de 2026"],
            ["Pago", "$3.00 por libra de carne pelada, garantizando al menos $14.85 por hora"],
            ["Horario", "Depende de la producción"],
            ["Día de pago", "Cada viernes (pago semanal)"],
            ["Requisito", "Experiencia previa pelando langostino o camarón"],
        ],
        widths=(18, 82),
        bold_first_col=True,
        size=10,
    )
    d.para(
        "**Transporte:** la empresa reembolsa en la primera semana el autobús de Monterrey a Breaux "
        "Bridge.",
        markdown=True,
    )
    d.para(
        "**Vivienda:** tráiler compartido cerca de la planta, $50 dólares por semana que se descuentan del "
        "cheque.",
        markdown=True,
        fees=[
            (
                "housing_charge",
                R,
                50.0,
                "USD",
                "tráiler compartido cerca de la planta, $50 dólares por semana que se descuentan del "
                "cheque.",
            )
        ],
    )
    d.para(
        "**Descuentos del cheque:** Seguro Social, Medicare, impuesto federal y la renta del tráiler.",
        markdown=True,
    )
    d.para(
        "**Importante:** lleve su pasaporte vigente a la cita; la agencia no se queda con ningún "
        "documento.",
        markdown=True,
    )
    d.output(os.path.join(out, "bk06.pdf"))
    return label(
        d,
        "bk06.pdf",
        "h2b",
        "es",
        2,
        [
            "hours_of_work",
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "return_transportation",
            "visa_reimbursement",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Servicios Migratorios La Huasteca"],
        [
            "la entrevista no tiene costo (negated fee)",
            "autobús Monterrey-Breaux Bridge reembolsado en la primera semana",
            "Seguro Social, Medicare e impuesto federal are lawful statutory deductions",
            "la agencia no se queda con ningún documento (negated retention)",
            "'Horario: Depende de la producción' has no concrete value (hours missing)",
        ],
        "payment_plan",
        "Letter; narrow sans; purple letterhead band; gridded worker-data and instalment tables; "
        "numbered conditions; signature lines; page 2 shaded heading with gridded job-data table",
    )


# ==========================================================================
# bk07  H-2B work contract, English (forestry, Oregon)
# ==========================================================================
def bk07(out):
    d = Doc(
        "bk07",
        fmt="letter",
        fam="LSerif",
        size=10,
        margins=(22, 16, 22),
        title="Seasonal employment agreement",
        author="Umpqua Ridge Reforestation, Inc.",
    )
    d.footer_text = lambda n: (
        "Umpqua Ridge Reforestation, Inc.  \u2014  Agreement UR-H2B-26-031  \u2014  Page %d of 2"
        % n
    )
    d.add_page()
    d.heading("SEASONAL EMPLOYMENT AGREEMENT", size=14, align="C", before=0, after=0.3)
    d.heading(
        "H-2B Forest Worker  \u00b7  2026 Planting Season", size=10, align="C", style="I", before=0
    )
    d.table(
        [
            [
                "Employer",
                "Umpqua Ridge Reforestation, Inc., 640 NE Garden Valley Blvd., Roseburg, Oregon 97470",
            ],
            ["Worker", "Jesús Abelardo Quej Caal, Cobán, Alta Verapaz, Guatemala"],
            [
                "Recruiter",
                "Agencia Reforestadores Verapaz, S.A., acting for the Employer in Guatemala",
            ],
        ],
        widths=(18, 82),
        bold_first_col=True,
        size=9.5,
        borders="HORIZONTAL_LINES",
    )

    def c(n, t, **k):
        return d.clause(n, t, label_w=8, **k)

    c(
        "1.",
        "Position and duties. The Worker is employed as a Forest and Conservation Worker (SOC 45-4011) to "
        "plant conifer seedlings by hand with a hoedad or shovel, carry seedlings in planting bags, scalp "
        "ground cover, install seedling protectors, and thin young stands with hand tools.",
    )
    c(
        "2.",
        "Place of work. Planting units on federal and private forest lands in Douglas, Lane, Coos and "
        "Josephine counties, Oregon, as assigned by the crew foreman.",
    )
    c("3.", "Term. January 12, 2026 through May 22, 2026.")
    c(
        "4.",
        "Hours. 40 hours per week, Monday through Friday, normally 6:30 a.m. to 3:00 p.m. including "
        "travel time from the crew meeting point. Overtime is not offered under this agreement; the Employer "
        "will not schedule more than 40 hours in a workweek.",
    )
    c(
        "5.",
        "Wages and pay. $24.51 per hour. Wages are paid every two weeks, on Friday, by direct deposit, "
        "with a statement of hours offered, hours worked, rate, gross pay, each deduction and net pay.",
    )
    c(
        "6.",
        "Three-fourths guarantee. The Employer guarantees to offer the Worker employment for at least "
        "three-fourths of the workdays in each 6-week period of this agreement, based on 40 hours per week, "
        "or to pay the difference.",
    )
    c(
        "7.",
        "Travel and visa. The Employer reimburses in the first workweek the bus and airfare from Cobán to "
        "Portland and the bus to Roseburg, with daily subsistence, and the full visa and border-crossing fees. "
        "Return transportation to Guatemala is at the Worker's own expense.",
        fees=[
            (
                "travel_cost",
                V,
                None,
                None,
                "Return transportation to Guatemala is at the Worker's own expense.",
            )
        ],
    )
    c(
        "8.",
        "Equipment. Planting bags, hoedads and rain gear are issued against a $150.00 equipment deposit "
        "taken from the first paycheck; the deposit is returned when all equipment is turned in at the end of "
        "the season.",
        fees=[
            (
                "equipment_charge",
                V,
                150.0,
                "USD",
                "Planting bags, hoedads and rain gear are issued against a $150.00 equipment deposit taken from "
                "the first paycheck",
            )
        ],
    )
    c(
        "9.",
        "Lodging. While crews work away from Roseburg, they stay in motels near the planting units; the "
        "Employer books the rooms and deducts $18.00 per night from the Worker's pay.",
        fees=[
            (
                "housing_charge",
                R,
                18.0,
                "USD",
                "the Employer books the rooms and deducts $18.00 per night from the Worker's pay.",
            )
        ],
    )
    d.add_page()
    c(
        "10.",
        "Processing charge. A processing charge of $300.00 for preparing the Worker's visa file is "
        "deducted from wages in three equal installments of $100.00.",
        fees=[
            (
                "recruitment_fee",
                V,
                300.0,
                "USD",
                "A processing charge of $300.00 for preparing the Worker's visa file is deducted from wages in "
                "three equal installments of $100.00.",
            )
        ],
    )
    c(
        "11.",
        "Deductions. The Employer deducts Social Security and Medicare (FICA), federal and Oregon income "
        "tax, and the items in clauses 8, 9 and 10.",
    )
    c(
        "12.",
        "Requirements. Minimum age 18. Able to walk steep, brushy slopes carrying 40 pounds of "
        "seedlings. No experience required; a two-day safety and planting course is given at the start, on "
        "paid time and at no cost to the Worker.",
    )
    c(
        "13.",
        "Termination. The Employer may terminate this agreement for cause, including unsafe conduct, "
        "poor planting quality after two written warnings, or drinking on the job. A Worker who is absent for "
        "5 consecutive workdays without notice is treated as having abandoned employment and will be reported "
        "to the Department of Labor and the Department of Homeland Security.",
    )
    c(
        "14.",
        "Language. This agreement is written in English. The Worker may ask the crew foreman to explain "
        "any part of it.",
    )
    d.ln(4)
    d.para("Signed at Roseburg, Oregon, on January 12, 2026.")
    d.sigs(
        [
            ["Dale R. Henrikson", "President, Umpqua Ridge Reforestation, Inc."],
            ["Jesús Abelardo Quej Caal", "Worker"],
        ]
    )
    d.output(os.path.join(out, "bk07.pdf"))
    return label(
        d,
        "bk07.pdf",
        "h2b",
        "en",
        2,
        ["wage_adjustment", "return_transportation", "tools_provided", "contract_impossibility"],
        ["Agencia Reforestadores Verapaz, S.A."],
        [
            "'Overtime is not offered' states the overtime term (not missing)",
            "inbound bus, airfare and subsistence reimbursed in first workweek",
            "visa and border-crossing fees reimbursed (visa term present)",
            "safety and planting course on paid time at no cost (not a training charge)",
            "FICA and income tax are lawful statutory deductions",
            "equipment deposit is refundable but still a deposit for tools (violation, not a trap)",
        ],
        "work_contract",
        "Letter; serif; centred title; parties table with horizontal rules; hanging-number clauses; "
        "signature lines",
    )


# ==========================================================================
# bk08  H-2B offer letter, Spanish (hotel, Michigan)
# ==========================================================================
def bk08(out):
    d = Doc(
        "bk08",
        fmt="letter",
        fam="NSans",
        size=9.6,
        margins=(20, 14, 20),
        title="Oferta de empleo H-2B",
        author="Lakeview Harbor Inn & Suites, LLC",
    )
    d.footer_text = lambda n: (
        "Lakeview Harbor Inn & Suites  \u00b7  Oferta LH-26-044  \u00b7  página %d de 2" % n
    )
    d.add_page()
    d.band(
        [
            "LAKEVIEW HARBOR INN & SUITES",
            "7456 Main Street, Mackinac Island, Michigan 49757  \u00b7  (906) 555-0138",
        ],
        fill=(20, 96, 120),
        sizes=[16, 9],
    )
    d.para("Mackinac Island, Michigan, 12 de febrero de 2026", align="R", after=2)
    d.para(
        "Sra. Yesenia Carrasco Villalobos\nCalle Ignacio Zaragoza 18, Col. Centro\nTlacotalpan, Veracruz, "
        "México",
        after=2,
    )
    d.para("**Asunto: Oferta de empleo de temporada H-2B  \u2014  Camarista**", markdown=True)
    d.para("Estimada Sra. Carrasco:")
    d.para(
        "Lakeview Harbor Inn & Suites, LLC tiene el gusto de ofrecerle empleo de temporada como camarista "
        "(limpieza de habitaciones) con visa H-2B. A continuación le resumimos las condiciones."
    )
    d.table(
        [
            [
                "Empleador",
                "Lakeview Harbor Inn & Suites, LLC, 7456 Main Street, Mackinac Island, Michigan 49757, "
                "EE.UU.",
            ],
            [
                "Puesto",
                "Camarista: tender camas, limpiar y desinfectar baños, aspirar, reponer amenidades y retirar "
                "la ropa sucia de 14 a 16 habitaciones por turno",
            ],
            ["Lugar", "Hotel Lakeview Harbor Inn & Suites, Mackinac Island, Michigan"],
            ["Temporada", "Del 4 de mayo de 2026 al 25 de octubre de 2026"],
            [
                "Horario",
                "40 horas por semana, cinco días, de 8:00 a 16:30 con media hora para comer",
            ],
            ["Salario", "$15.81 por hora"],
            ["Horas extra", "$23.72 por hora después de 40 horas a la semana"],
            ["Pago", "Cada dos semanas, los viernes"],
        ],
        widths=(20, 80),
        bold_first_col=True,
        size=9.3,
        zebra=(232, 242, 245),
    )
    d.para(
        "**Aumentos.** Si durante la temporada se publica un salario prevaleciente o un salario mínimo más "
        "alto, se le pagará el más alto desde su fecha de vigencia.",
        markdown=True,
    )
    d.para(
        "**Viaje y visa.** El hotel le reembolsa en la primera semana de trabajo el autobús de su "
        "comunidad a Monterrey, el hotel durante el trámite consular, los derechos de la visa y el autobús "
        "y el ferry hasta la isla. Al terminar la temporada, el hotel le paga el regreso a su comunidad.",
        markdown=True,
    )
    d.para(
        "**Uniformes y material.** Se le entregan tres uniformes y todo el material de limpieza sin costo y "
        "sin depósito.",
        markdown=True,
    )
    d.para(
        "**Descuentos.** De su cheque solo se descuentan los impuestos de Seguro Social, Medicare, el "
        "impuesto federal y el estatal, y los conceptos de la página 2 o que usted autorice por escrito.",
        markdown=True,
    )
    d.para(
        "**Talón de pago.** Con cada pago recibe un talón con las horas trabajadas, la tarifa, lo ganado, "
        "cada descuento y el neto.",
        markdown=True,
    )
    d.para("**Propinas.** Las propinas que dejen los huéspedes son 100% suyas.", markdown=True)
    d.add_page()
    d.heading("OTRAS CONDICIONES", size=11, fill=(232, 242, 245), before=0, after=2)
    d.clause(
        "1.",
        "Capacitación: El curso obligatorio de higiene y manejo de químicos de limpieza cuesta "
        "$45.00 y se descontará de su primer cheque.",
        fees=[
            (
                "training_cost",
                V,
                45.0,
                "USD",
                "El curso obligatorio de higiene y manejo de químicos de limpieza cuesta $45.00 y se "
                "descontará de su primer cheque.",
            )
        ],
    )
    d.clause(
        "2.",
        "Vivienda: Si elige vivir en el dormitorio del personal, se le cobrarán $75 por semana por "
        "la cama y los servicios.",
        fees=[
            (
                "housing_charge",
                R,
                75.0,
                "USD",
                "Si elige vivir en el dormitorio del personal, se le cobrarán $75 por semana por la cama "
                "y los servicios.",
            )
        ],
    )
    d.clause(
        "3.",
        "Reserva de fin de temporada: El hotel retendrá $1.00 de cada hora trabajada y se lo "
        "entregará al final de la temporada, únicamente si usted permanece hasta el cierre.",
        fees=[
            (
                "wage_withholding",
                V,
                1.0,
                "USD",
                "El hotel retendrá $1.00 de cada hora trabajada y se lo entregará al final de la "
                "temporada, únicamente si usted permanece hasta el cierre.",
            )
        ],
    )
    d.clause(
        "4.",
        "Quejas: Las trabajadoras que se quejen con el Departamento de Trabajo o con otras "
        "organizaciones no serán invitadas a regresar, y su nombre se compartirá con los demás hoteles "
        "de la isla.",
        fees=[
            (
                "blacklisting_threat",
                V,
                None,
                None,
                "Las trabajadoras que se quejen con el Departamento de Trabajo o con otras organizaciones "
                "no serán invitadas a regresar, y su nombre se compartirá con los demás hoteles de la "
                "isla.",
            )
        ],
    )
    d.clause(
        "5.",
        "Terminación: El hotel puede terminar el empleo por causa justificada (robo, agresión o "
        "faltas repetidas). Si usted falta cinco días seguidos sin avisar, se considerará abandono del "
        "empleo y se avisará a las autoridades.",
    )
    d.clause(
        "6.",
        "Fuerza mayor: Si un incendio, una tormenta u otra causa de fuerza mayor obliga a cerrar el "
        "hotel antes de tiempo, se le pagará lo trabajado y su viaje de regreso, y el hotel le ayudará a "
        "buscar otro empleo.",
    )
    d.clause("7.", "Nadie puede cobrarle por esta oferta de trabajo.")
    d.ln(2)
    d.para(
        "Le pedimos firmar esta carta y devolverla por correo electrónico. Será un gusto recibirla en la "
        "isla."
    )
    d.para("Atentamente,", after=0)
    d.sigs(
        [
            ["Gretchen M. Rowley", "Gerente de Recursos Humanos"],
            ["Acepto: Yesenia Carrasco Villalobos", "Fecha:"],
        ]
    )
    d.output(os.path.join(out, "bk08.pdf"))
    return label(
        d,
        "bk08.pdf",
        "h2b",
        "es",
        2,
        ["three_fourths_guarantee", "job_requirements"],
        [],
        [
            "autobús, hotel consular, derechos de visa y ferry reembolsados en la primera semana",
            "regreso pagado al terminar la temporada",
            "uniformes y material de limpieza sin costo y sin depósito",
            "Seguro Social, Medicare e impuestos son descuentos legales",
            "propinas 100% de la trabajadora",
            "nadie puede cobrarle por la oferta (negated recruitment fee)",
        ],
        "offer_letter",
        "Letter; teal letterhead band; letter format with right-aligned date; zebra gridded summary "
        "table; run-in bold paragraphs; page 2 numbered conditions under shaded heading; signature lines",
    )


# ==========================================================================
# bk09  generic (Nepal -> Malaysia) employment contract, English
# ==========================================================================
def bk09(out):
    d = Doc(
        "bk09",
        fmt="a4",
        fam="DSerif",
        size=9,
        margins=(20, 16, 20),
        title="Employment contract",
        author="Himal Sagar Overseas Pvt. Ltd.",
    )
    d.footer_text = lambda n: (
        "Employment Contract  \u00b7  Demand Letter SKE/HR/DL/2025-118  \u00b7  Page %d of 3" % n
    )
    d.add_page()
    d.heading("EMPLOYMENT CONTRACT", size=14, align="C", before=0, after=0.3)
    d.heading(
        "between the Employer in Malaysia and the Worker from Nepal",
        size=9.5,
        align="C",
        style="I",
        before=0,
        after=0.3,
    )
    d.para(
        "Demand Letter Ref.: SKE/HR/DL/2025-118  \u00b7  Labour approval to be obtained from the "
        "Department of Foreign Employment, Nepal",
        size=8,
        align="C",
        after=2,
    )
    d.table(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Seri Kenanga Electronics Sdn. Bhd. (Company No. 201401027733), Lot 1827, Jalan "
                "Perindustrian Bukit Minyak 7, 14100 Simpang Ampat, Penang, Malaysia",
            ],
            [
                "Recruiting Agency",
                "Himal Sagar Overseas Pvt. Ltd. (Licence No. 1129/077/078), Old Baneshwor, "
                "Kathmandu, Nepal",
            ],
            [
                "Worker",
                "Name: ______________________________   Passport No.: ____________\n"
                "Permanent address: ____________________________________________",
            ],
        ],
        widths=(22, 78),
        header=True,
        size=8.8,
        bold_first_col=True,
    )

    def a(n, t, **k):
        return d.clause(n, t, label_w=9, **k)

    d.heading("Article 1. Position and duties", size=9.5)
    d.para(
        "The Worker is employed as a Production Operator to operate surface-mount (SMT) assembly line "
        "machines, load and unload printed circuit boards, carry out visual inspection under magnifiers, "
        "pack finished goods, and do other related work assigned by the supervisor."
    )
    d.heading("Article 2. Place of work", size=9.5)
    d.para(
        "The Employer's factory at Lot 1827, Jalan Perindustrian Bukit Minyak 7, Simpang Ampat, Penang."
    )
    d.heading("Article 3. Contract period", size=9.5)
    d.para(
        "The contract is for two years, from 1 March 2026 to 28 February 2028, and may be renewed by "
        "mutual agreement."
    )
    d.heading("Article 4. Working hours", size=9.5)
    d.para(
        "Normal working hours are 8 hours per day, 6 days per week (48 hours), from 8:00 a.m. to 5:00 p.m. "
        "with a one-hour meal break. Sunday is the weekly rest day. Overtime is voluntary."
    )
    d.heading("Article 5. Salary", size=9.5)
    d.table(
        [
            ["Item", "Rate"],
            ["Basic salary", "RM 1,700 per month"],
            ["Overtime on a normal working day", "RM 12.26 per hour (1.5 times)"],
            ["Work on the rest day", "RM 16.35 per hour (2 times)"],
            ["Work on a public holiday", "RM 24.52 per hour (3 times)"],
        ],
        widths=(55, 45),
        header=True,
        size=8.8,
    )
    d.para(
        "Salary is paid monthly into the Worker's own bank account, not later than the 7th day of the "
        "following month, with a pay slip."
    )
    d.heading("Article 6. Deductions", size=9.5)
    d.para(
        "The Employer shall deduct only the Worker's statutory contributions to the Employees Provident "
        "Fund (2%) and the Social Security Organisation (SOCSO), and income tax where applicable. No other "
        "deduction shall be made without the Worker's written consent."
    )
    d.heading("Article 7. Accommodation and transport", size=9.5)
    d.para(
        "The Employer provides accommodation in a licensed hostel that meets the Workers' Minimum "
        "Standards of Housing and Amenities Act, free of charge, and free transport between the hostel and "
        "the factory."
    )
    d.add_page()
    d.heading("Article 8. Costs borne by the Employer", size=9.5, before=0)
    d.para(
        "The Employer bears the foreign worker levy, the work permit (PLKS) and visa fees, the FOMEMA "
        "medical examination in Malaysia, and the air ticket from Kathmandu to Kuala Lumpur."
    )
    d.heading("Article 9. Costs borne by the Worker", size=9.5)
    a(
        "(a)",
        "The Worker shall pay the Agency a service charge of NPR 10,000 (Nepalese Rupees Ten Thousand "
        "only) before the issue of the visa.",
        fees=[
            (
                "recruitment_fee",
                V,
                10000.0,
                "NPR",
                "The Worker shall pay the Agency a service charge of NPR 10,000 (Nepalese Rupees Ten Thousand "
                "only) before the issue of the visa.",
            )
        ],
    )
    a(
        "(b)",
        "The pre-departure medical examination at an approved medical centre in Kathmandu, costing NPR "
        "4,500, is borne by the Worker.",
        fees=[
            (
                "medical_cost",
                V,
                4500.0,
                "NPR",
                "The pre-departure medical examination at an approved medical centre in Kathmandu, costing NPR "
                "4,500, is borne by the Worker.",
            )
        ],
    )
    a(
        "(c)",
        "The Worker shall pay the contribution to the Foreign Employment Welfare Fund and the premium of "
        "the compulsory life insurance, about NPR 3,200 in total, before labour approval.",
        fees=[
            (
                "insurance_cost",
                V,
                3200.0,
                "NPR",
                "The Worker shall pay the contribution to the Foreign Employment Welfare Fund and the premium of "
                "the compulsory life insurance, about NPR 3,200 in total, before labour approval.",
            )
        ],
    )
    a(
        "(d)",
        "The two-day pre-departure orientation training fee of NPR 700 is paid by the Worker to the "
        "orientation centre.",
        fees=[
            (
                "training_cost",
                V,
                700.0,
                "NPR",
                "The two-day pre-departure orientation training fee of NPR 700 is paid by the Worker to the "
                "orientation centre.",
            )
        ],
    )
    d.heading("Article 10. Passport", size=9.5)
    d.para(
        "The Employer shall keep the Worker's passport in the company's safe custody throughout the "
        "contract period and return it on final departure. The Worker shall carry a copy of the passport "
        "and the work permit card at all times.",
        fees=[
            (
                "document_retention",
                V,
                None,
                None,
                "The Employer shall keep the Worker's passport in the company's safe custody throughout the "
                "contract period and return it on final departure.",
            )
        ],
    )
    d.heading("Article 11. Medical care", size=9.5)
    d.para(
        "The Employer provides medical treatment at the company panel clinic free of charge, and cover "
        "under the Foreign Workers Hospitalisation and Surgical Insurance Scheme (SPIKPA), with the "
        "premium paid by the Employer."
    )
    d.heading("Article 12. Leave", size=9.5)
    d.para(
        "Eleven (11) days of paid annual leave, fourteen (14) days of paid sick leave, and the public "
        "holidays gazetted for the State of Penang."
    )
    d.heading("Article 13. Termination", size=9.5)
    d.para(
        "Either party may terminate this contract by giving one month's notice in writing. The Employer "
        "may dismiss the Worker without notice for serious misconduct, after a due inquiry at which the "
        "Worker is heard."
    )
    d.heading("Article 14. Return", size=9.5)
    d.para(
        "On completion of the contract, or if the Employer ends the contract early for any reason other "
        "than misconduct, the Employer provides the return air ticket from Kuala Lumpur to Kathmandu."
    )
    d.heading("Article 15. Complaints", size=9.5)
    d.para(
        "The Worker may lodge a complaint with the Labour Department of Peninsular Malaysia or the Embassy "
        "of Nepal in Kuala Lumpur, and shall not suffer any penalty or loss of employment for doing so."
    )
    d.add_page()
    d.heading("Article 16. Language and copies", size=9.5, before=0)
    d.para(
        "This contract is made in English. A Nepali translation is given to the Worker before departure. "
        "It is signed in three copies, one for each party."
    )
    d.ln(2)
    d.table(
        [
            ["For the Employer", "For the Agency", "The Worker"],
            [
                "\n\n\nTan Wei Ming\nHR Manager, Seri Kenanga Electronics Sdn. Bhd.",
                "\n\n\nHimal Sagar Overseas Pvt. Ltd.\nAuthorised signatory",
                "\n\n\nName: ____________________\nSignature / left thumbprint",
            ],
            ["Date: ____________", "Date: ____________", "Date: ____________"],
        ],
        widths=(34, 33, 33),
        header=True,
        size=8.6,
    )
    d.output(os.path.join(out, "bk09.pdf"))
    return label(
        d,
        "bk09.pdf",
        "generic",
        "en",
        3,
        ["worker_identity"],
        ["Himal Sagar Overseas Pvt. Ltd."],
        [
            "employer bears the levy, work permit (PLKS) and visa fees",
            "FOMEMA medical in Malaysia paid by employer (the Nepal medical is still charged)",
            "employer pays outbound and return air tickets",
            "statutory EPF/SOCSO contributions and income tax are lawful deductions, not insurance_cost",
            "SPIKPA insurance premium paid by employer",
            "free hostel and free transport",
            "complaints without penalty or loss of employment (negated blacklisting)",
            "worker name and passport left blank (worker_identity missing)",
        ],
        "work_contract",
        "A4; serif; centred title; gridded parties table with blank worker fields; article headings; "
        "gridded salary table; lettered sub-clauses; three-column gridded signature table on page 3",
    )


# ==========================================================================
# bk10  generic (Honduras -> Spain) seasonal contract, Spanish, compliant
# ==========================================================================
def bk10(out):
    d = Doc(
        "bk10",
        fmt="a4",
        fam="LSerif",
        size=10,
        margins=(24, 18, 24),
        title="Contrato de trabajo de temporada",
        author="Agrícola Marismas del Odiel, S.L.",
    )
    d.footer_text = lambda n: (
        "Agrícola Marismas del Odiel, S.L.  \u2014  Campaña 2026  \u2014  Página %d de 2" % n
    )
    d.add_page()
    d.heading(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA", size=13, align="C", before=0, after=0.3
    )
    d.heading(
        "Trabajo de temporada  \u00b7  Gestión colectiva de contrataciones en origen  \u00b7  "
        "Campaña 2026",
        size=9.5,
        align="C",
        style="I",
        before=0,
    )
    d.para("En Moguer (Huelva), a 26 de enero de 2026.", align="R")
    d.heading("REUNIDOS", size=10.5, align="C")
    d.para(
        "De una parte, Agrícola Marismas del Odiel, S.L., con CIF B21456789 y domicilio en Carretera "
        "A-494, km 12, 21800 Moguer (Huelva), España, representada por D. Ignacio Garrido Alcántara, en "
        "calidad de administrador (en adelante, LA EMPRESA).",
        align="J",
    )
    d.para(
        "De otra parte, Dña. Dunia Marisol Paz Zelaya, nacida en Olanchito (Honduras), con pasaporte "
        "hondureño n.º G482917 (en adelante, LA TRABAJADORA).",
        align="J",
    )
    d.para(
        "Ambas partes se reconocen capacidad para contratar y acuerdan las siguientes", align="J"
    )
    d.heading("CLÁUSULAS", size=10.5, align="C")

    def cl(t):
        return d.para(t, markdown=True, align="J")

    cl(
        "**PRIMERA. Puesto.** LA TRABAJADORA prestará servicios como peón agrícola en la recolección de "
        "fresa, frambuesa y arándano, el mantenimiento de macrotúneles y la colocación de plástico, grupo "
        "profesional de peones del Convenio Colectivo del Campo de la provincia de Huelva."
    )
    cl(
        "**SEGUNDA. Centro de trabajo.** Fincas de LA EMPRESA Los Cabezos (Moguer) y El Algarrobo (Palos de "
        "la Frontera), provincia de Huelva."
    )
    cl(
        "**TERCERA. Duración.** Del 2 de febrero de 2026 al 15 de junio de 2026. El contrato se extingue al "
        "terminar la campaña."
    )
    cl(
        "**CUARTA. Jornada.** 39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, con una pausa de "
        "20 minutos retribuida."
    )
    cl(
        "**QUINTA. Retribución.** 58,37 euros brutos por día trabajado (salario base y parte proporcional de "
        "pagas extraordinarias y vacaciones), según la tabla salarial del convenio vigente. Las horas "
        "extraordinarias son voluntarias y se pagan a 10,84 euros la hora."
    )
    cl(
        "**SEXTA. Pago.** El salario se abona mensualmente, mediante transferencia a la cuenta bancaria de LA "
        "TRABAJADORA, antes del día 5 del mes siguiente, con entrega de la nómina."
    )
    cl(
        "**SÉPTIMA. Deducciones.** De la nómina solo se deducen la cotización de LA TRABAJADORA a la "
        "Seguridad Social (contingencias comunes, desempleo y formación profesional) y la retención del IRPF "
        "que corresponda por ley."
    )
    cl(
        "**OCTAVA. Alojamiento.** LA EMPRESA pone a disposición de LA TRABAJADORA alojamiento gratuito en la "
        "finca Los Cabezos, con cocina, agua caliente y lavadora, sin coste alguno por luz ni agua."
    )
    cl(
        "**NOVENA. Viaje.** LA EMPRESA abona el billete de avión de San Pedro Sula a Sevilla y el traslado "
        "hasta la finca, y al terminar la campaña abona el billete de regreso a San Pedro Sula. Los gastos "
        "del visado también corren a cargo de LA EMPRESA."
    )
    d.add_page()
    cl(
        "**DÉCIMA. Equipos.** LA EMPRESA entrega gratuitamente los equipos de protección individual (guantes, "
        "botas, gorra y chaleco), sin fianza ni depósito alguno."
    )
    cl(
        "**UNDÉCIMA. Formación.** El curso de prevención de riesgos laborales es gratuito y se imparte dentro "
        "de la jornada."
    )
    cl(
        "**DUODÉCIMA. Extinción.** El contrato podrá extinguirse por despido disciplinario en los casos del "
        "artículo 54 del Estatuto de los Trabajadores. LA TRABAJADORA puede dimitir con un preaviso de 15 "
        "días, sin penalización alguna."
    )
    cl(
        "**DECIMOTERCERA. Garantías.** LA TRABAJADORA conserva en su poder el pasaporte y la tarjeta de "
        "identidad de extranjero. Nadie ha cobrado ni puede cobrar cantidad alguna a LA TRABAJADORA por su "
        "selección o contratación. LA TRABAJADORA puede salir libremente del alojamiento en su tiempo libre y "
        "recibir visitas."
    )
    cl(
        "**DECIMOCUARTA. Compromiso de retorno.** Conforme a la normativa de contratación en origen, LA "
        "TRABAJADORA se compromete a regresar a Honduras al terminar la campaña."
    )
    cl(
        "**DECIMOQUINTA. Normativa aplicable.** En lo no previsto se estará al Estatuto de los Trabajadores y "
        "al Convenio Colectivo del Campo de la provincia de Huelva."
    )
    d.ln(2)
    d.para(
        "Y en prueba de conformidad, firman el presente contrato por triplicado en el lugar y fecha "
        "indicados.",
        align="J",
    )
    d.sigs(
        [
            ["LA EMPRESA", "Ignacio Garrido Alcántara", "Administrador"],
            ["LA TRABAJADORA", "Dunia Marisol Paz Zelaya"],
        ],
        gap=18,
    )
    d.output(os.path.join(out, "bk10.pdf"))
    return label(
        d,
        "bk10.pdf",
        "generic",
        "es",
        2,
        [],
        [],
        [
            "cotización a la Seguridad Social e IRPF: statutory deductions, not insurance_cost",
            "alojamiento gratuito sin coste de luz ni agua",
            "billete de ida y de regreso y gastos del visado pagados por la empresa",
            "EPIs gratuitos 'sin fianza ni depósito' (negated deposit)",
            "curso de prevención de riesgos gratuito en jornada (not a training charge)",
            "dimisión con preaviso 'sin penalización alguna' (negated breach penalty)",
            "trabajadora conserva pasaporte y TIE; nadie puede cobrar por la selección; libertad de salida",
            "compromiso de retorno al terminar la campaña is a program rule, not a movement restriction",
        ],
        "work_contract",
        "A4; serif; centred title; REUNIDOS/CLÁUSULAS structure; justified run-in bold clauses; "
        "two-column signature lines",
    )


# ==========================================================================
# bk11  generic (Guatemala -> Canada) recruiter agreement, Spanish; page 3 scanned
# ==========================================================================
def bk11(out):
    d = Doc(
        "bk11",
        fmt="letter",
        fam="DSans",
        size=9.4,
        margins=(20, 15, 20),
        title="Convenio de reclutamiento",
        author="",
    )
    d.footer_text = lambda n: "Convenio ARILC-CA-2026-019  \u00b7  hoja %d de 3" % n
    d.add_page()
    d.heading("CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN", size=12.5, align="C", before=0, after=0.3)
    d.heading(
        "Programa de Trabajadores Extranjeros Temporales (Canadá)",
        size=9.5,
        align="C",
        style="I",
        before=0,
        after=2,
    )
    d.para(
        "En la ciudad de Huehuetenango, el 14 de enero de 2026, comparecen: Agencia de Reclutamiento "
        "Internacional Los Cuchumatanes, S.A., con oficinas en 5a. Avenida 3-41, zona 1, Huehuetenango, "
        "representada por Edgar Rolando Sam Pérez, en adelante LA AGENCIA; y Baltazar Domingo Mateo "
        "Pascual, con DPI 2671 48350 1317, vecino de San Mateo Ixtatán, Huehuetenango, en adelante LA "
        "PERSONA TRABAJADORA, quienes convienen lo siguiente:",
        align="J",
    )
    d.para(
        "**PRIMERO. Objeto.** LA AGENCIA gestiona la contratación de LA PERSONA TRABAJADORA para el "
        "empleador canadiense indicado abajo, que cuenta con una evaluación de impacto en el mercado "
        "laboral (LMIA) aprobada.",
        markdown=True,
        align="J",
    )
    d.para("**SEGUNDO. Condiciones del empleo.**", markdown=True, after=0.8)
    d.table(
        [
            [
                "Empleador",
                "Assiniboine Valley Meats Ltd., 85 Tupper Street North, Portage la Prairie, Manitoba "
                "R1N 3K1, Canadá",
            ],
            [
                "Puesto",
                "Operario de procesamiento de carne: deshuese, corte y empaque de carne de cerdo en línea "
                "de producción",
            ],
            ["Lugar de trabajo", "Planta del empleador en Portage la Prairie, Manitoba"],
            ["Periodo", "Del 6 de abril de 2026 al 5 de abril de 2028 (24 meses)"],
            ["Jornada", "40 horas semanales, turnos de 8 horas de lunes a viernes"],
            ["Salario", "CAD 18.50 por hora"],
            [
                "Descuentos",
                "Impuestos federal y provincial, Canada Pension Plan (CPP), seguro de empleo (EI) y "
                "la renta de la vivienda",
            ],
            [
                "Boleto de regreso",
                "El empleador paga el boleto aéreo de regreso a Guatemala al final del contrato",
            ],
            [
                "Terminación",
                "El empleador puede despedir por falta grave con aviso escrito; la persona "
                "trabajadora puede renunciar avisando con dos semanas de anticipación",
            ],
        ],
        widths=(22, 78),
        bold_first_col=True,
        size=9,
    )
    d.para("Las deducciones de CPP y EI son obligatorias por ley en Canadá.", size=8.5, style="I")
    d.para(
        "**TERCERO. Costos que cubre el empleador.** El empleador paga el boleto aéreo de ida, el costo de "
        "la LMIA, el permiso de trabajo y el examen médico del panel; no se cobra nada de esto a LA PERSONA "
        "TRABAJADORA.",
        markdown=True,
        align="J",
    )
    d.add_page()
    d.para(
        "**CUARTO. Honorarios.** Por concepto de honorarios de reclutamiento, LA PERSONA TRABAJADORA "
        "pagará a LA AGENCIA Q9,500.00 (nueve mil quinientos quetzales), de los cuales Q3,000 se entregan "
        "a la firma de este convenio y el resto antes del viaje.",
        markdown=True,
        align="J",
        fees=[
            (
                "recruitment_fee",
                V,
                9500.0,
                "GTQ",
                "Por concepto de honorarios de reclutamiento, LA PERSONA TRABAJADORA pagará a LA AGENCIA "
                "Q9,500.00 (nueve mil quinientos quetzales)",
            )
        ],
    )
    d.para(
        "**QUINTO. Garantía.** Como garantía, LA PERSONA TRABAJADORA firmará una letra de cambio por "
        "Q15,000 a favor de LA AGENCIA, que se hará efectiva si incumple este convenio.",
        markdown=True,
        align="J",
        fees=[
            (
                "deposit_or_bond",
                V,
                15000.0,
                "GTQ",
                "Como garantía, LA PERSONA TRABAJADORA firmará una letra de cambio por Q15,000 a favor de LA "
                "AGENCIA, que se hará efectiva si incumple este convenio.",
            )
        ],
    )
    d.para(
        "**SEXTO. Permanencia.** Si LA PERSONA TRABAJADORA deja el empleo antes de cumplir los 24 meses, "
        "pagará a LA AGENCIA una penalización equivalente a dos meses de salario.",
        markdown=True,
        align="J",
        fees=[
            (
                "breach_penalty",
                V,
                None,
                None,
                "Si LA PERSONA TRABAJADORA deja el empleo antes de cumplir los 24 meses, pagará a LA "
                "AGENCIA una penalización equivalente a dos meses de salario.",
            )
        ],
    )
    d.para(
        "**SÉPTIMO. Empleador y residencia.** Durante la vigencia del permiso, LA PERSONA TRABAJADORA no "
        "podrá cambiar de empleador ni salir de la provincia de Manitoba sin autorización escrita de LA "
        "AGENCIA.",
        markdown=True,
        align="J",
        fees=[
            (
                "movement_restriction",
                V,
                None,
                None,
                "LA PERSONA TRABAJADORA no podrá cambiar de empleador ni salir de la provincia de Manitoba "
                "sin autorización escrita de LA AGENCIA.",
            )
        ],
    )
    d.para(
        "**OCTAVO. Vivienda.** El empleador consigue la vivienda; la renta es de CAD 400 al mes y se "
        "descuenta del salario.",
        markdown=True,
        align="J",
        fees=[
            (
                "housing_charge",
                R,
                400.0,
                "CAD",
                "la renta es de CAD 400 al mes y se descuenta del salario.",
            )
        ],
    )
    d.para(
        "**NOVENO. Documentos.** LA PERSONA TRABAJADORA conserva su pasaporte y su DPI; LA AGENCIA solo "
        "guarda fotocopias para el expediente.",
        markdown=True,
        align="J",
    )
    d.para(
        "**DÉCIMO. Quejas.** LA PERSONA TRABAJADORA puede presentar quejas ante el Ministerio de Trabajo y "
        "Previsión Social o el Consulado de Guatemala sin que ello afecte su contratación.",
        markdown=True,
        align="J",
    )
    d.para(
        "**DÉCIMO PRIMERO. Aceptación.** Las partes aceptan el presente convenio y lo firman en la hoja "
        "siguiente.",
        markdown=True,
        align="J",
    )
    blocks = [
        ("title", "DECLARACIÓN DE CONFORMIDAD Y FIRMAS"),
        (
            "para",
            "LA PERSONA TRABAJADORA declara que leyó, o que se le leyó en idioma español, el presente "
            "convenio de reclutamiento y colocación; que entiende su contenido; y que lo firma de "
            "conformidad en dos ejemplares del mismo tenor, recibiendo uno de ellos.",
        ),
        (
            "para",
            "LA AGENCIA declara que entregó a LA PERSONA TRABAJADORA copia del convenio y de las "
            "condiciones del empleo.",
        ),
        ("para", "Huehuetenango, 14 de enero de 2026."),
        ("gap", "40"),
        (
            "sig",
            (
                ["Por LA AGENCIA", "Edgar Rolando Sam Pérez", "Representante legal"],
                ["LA PERSONA TRABAJADORA", "Baltazar Domingo Mateo Pascual", "DPI 2671 48350 1317"],
            ),
        ),
        ("gap", "30"),
        ("thumb", "Huella digital"),
        (
            "sig",
            (["Testigo", "Marta Lidia Recinos Gómez"], ["Testigo", "Ovidio Pascual Francisco"]),
        ),
    ]
    buf = scanned_image(
        blocks,
        seed=1107,
        stamp=[
            "AGENCIA DE RECLUTAMIENTO",
            "INTERNACIONAL",
            "LOS CUCHUMATANES S.A.",
            "HUEHUETENANGO",
        ],
    )
    add_scanned_page(d, buf)
    d.output(os.path.join(out, "bk11.pdf"))
    return label(
        d,
        "bk11.pdf",
        "generic",
        "es",
        3,
        ["pay_frequency"],
        ["Agencia de Reclutamiento Internacional Los Cuchumatanes, S.A."],
        [
            "empleador paga boleto de ida, LMIA, permiso de trabajo y examen médico (no se cobra)",
            "boleto de regreso pagado por el empleador",
            "CPP y EI son deducciones obligatorias por ley (not insurance_cost)",
            "la persona trabajadora conserva pasaporte y DPI; la agencia solo guarda fotocopias",
            "quejas sin que afecte su contratación (negated blacklisting)",
            "page 3 is an image-only scan of the signature page (no fees or terms on it)",
        ],
        "recruiter_agreement",
        "Letter; sans; centred title; gridded job-conditions table; run-in bold numbered clauses; "
        "page 3 SCANNED image-only signature page with stamp and fingerprint box",
    )


# ==========================================================================
# bk12  generic (Bangladesh -> UAE) recruiter's money receipt, English
# ==========================================================================
def bk12(out):
    d = Doc(
        "bk12",
        fmt="a4",
        fam="LSans",
        size=9.5,
        margins=(18, 14, 18),
        title="Money receipt 0873",
        author="Shapla Bridge Overseas Ltd.",
    )
    d.footer_text = lambda n: "Office copy / candidate copy  \u00b7  Receipt No. 0873"
    d.add_page()
    d.band(
        [
            "SHAPLA BRIDGE OVERSEAS LTD.",
            "Government Approved Recruiting Agency, RL No. 1472",
            "House 22/B, Naya Paltan, Dhaka-1000, Bangladesh  \u00b7  Tel: +880 2 5555 0134",
        ],
        fill=(0, 110, 80),
        sizes=[16, 9, 9],
    )
    d.f("B", 14)
    d.cell(0, 8, "MONEY RECEIPT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.f("", 9.5)
    d.cell(d.epw / 2, 6, "Receipt No. 0873")
    d.cell(d.epw / 2, 6, "Date: 18/01/2026", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(2)
    d.para(
        "Received with thanks from Md. Rafiqul Islam Sarker, son of Abdul Jalil Sarker, village Barura, "
        "Cumilla, Passport No. A07734219, the sum of Taka One Lakh Eighty-One Thousand Five Hundred only "
        "(BDT 1,81,500/-) in cash, as part payment for his overseas employment as detailed below."
    )
    d.table(
        [
            ["Country", "United Arab Emirates (Dubai)"],
            [
                "Trade",
                "Steel Fixer (cutting, bending and tying reinforcement bars on building sites)",
            ],
            ["Salary", "AED 1,300 per month, paid monthly"],
            ["Food & accommodation", "Provided free by the company"],
        ],
        widths=(25, 75),
        bold_first_col=True,
        size=9.3,
    )
    d.table(
        [
            ["Sl.", "Particulars", "Amount (BDT)"],
            ["1", "Service charge (Agency)", "2,10,000"],
            ["2", "Work permit, e-visa & Emirates ID", "65,000"],
            ["3", "GAMCA medical test", "8,500"],
            ["4", "Air ticket Dhaka-Dubai", "48,000"],
            ["", "Total", "3,31,500"],
            ["", "Received today", "1,81,500"],
            ["", "Balance", "1,50,000"],
        ],
        widths=(8, 62, 30),
        header=True,
        size=9.3,
        head_fill=(210, 235, 225),
    )
    d.heading("Terms of payment", size=10)

    def t(n, s, **k):
        return d.clause(n, s, label_w=7, after=1, **k)

    t(
        "1.",
        "The service charge of BDT 2,10,000 is the Agency's fee for arranging the job and is not "
        "refundable once the visa is issued.",
        fees=[
            (
                "recruitment_fee",
                V,
                210000.0,
                "BDT",
                "The service charge of BDT 2,10,000 is the Agency's fee for arranging the job and is not "
                "refundable once the visa is issued.",
            )
        ],
    )
    t(
        "2.",
        "Work permit, e-visa and Emirates ID charges of BDT 65,000 are payable by the candidate.",
        fees=[
            (
                "visa_cost",
                V,
                65000.0,
                "BDT",
                "Work permit, e-visa and Emirates ID charges of BDT 65,000 are payable by the candidate.",
            )
        ],
    )
    t(
        "3.",
        "The GAMCA medical test fee of BDT 8,500 is charged to the candidate.",
        fees=[
            (
                "medical_cost",
                V,
                8500.0,
                "BDT",
                "The GAMCA medical test fee of BDT 8,500 is charged to the candidate.",
            )
        ],
    )
    t(
        "4.",
        "The candidate bears the one-way air ticket Dhaka-Dubai, BDT 48,000.",
        fees=[
            (
                "travel_cost",
                V,
                48000.0,
                "BDT",
                "The candidate bears the one-way air ticket Dhaka-Dubai, BDT 48,000.",
            )
        ],
    )
    t(
        "5.",
        "The balance of BDT 1,50,000 is a loan from the Agency to the candidate and shall be repaid from "
        "his salary in Dubai at AED 600 per month, remitted to the Agency every month.",
        fees=[
            (
                "debt_bondage",
                V,
                150000.0,
                "BDT",
                "The balance of BDT 1,50,000 is a loan from the Agency to the candidate and shall be repaid "
                "from his salary in Dubai at AED 600 per month, remitted to the Agency every month.",
            )
        ],
    )
    t(
        "6.",
        "The passport submitted for visa stamping is handed back to the candidate on the day the visa is "
        "stamped.",
    )
    t("7.", "Food and accommodation in Dubai are free, as per the company's offer.")
    d.ln(2)
    d.sigs(
        [
            ["Candidate's signature", "Md. Rafiqul Islam Sarker"],
            ["Received by", "Accounts Officer, for Shapla Bridge Overseas Ltd."],
        ],
        gap=16,
    )
    d.output(os.path.join(out, "bk12.pdf"))
    return label(
        d,
        "bk12.pdf",
        "generic",
        "en",
        1,
        [
            "employer_identity",
            "employment_period",
            "hours_of_work",
            "deductions",
            "return_transportation",
            "termination",
        ],
        ["Shapla Bridge Overseas Ltd."],
        [
            "passport handed back on the day of visa stamping (not retention)",
            "free food and accommodation in Dubai",
            "loan repaid by remittance, not a listed payroll deduction (deductions missing)",
        ],
        "receipt",
        "A4; green letterhead band; receipt number and date line; gridded job table; gridded "
        "particulars table with lakh-style amounts; numbered payment terms; signature lines",
    )


BUILDERS = [bk01, bk02, bk03, bk04, bk05, bk06, bk07, bk08, bk09, bk10, bk11, bk12]


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
def self_check(out, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        path = os.path.join(out, lab["file"])
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            if len(pages) != lab["pages"]:
                errors.append(
                    "%s: %d pages, label says %d" % (lab["file"], len(pages), lab["pages"])
                )
                continue
            texts, scanned = [], []
            for pg in pages:
                t = pg.extract_text() or ""
                is_scan = len(pg.chars) == 0 and len(pg.images) > 0
                scanned.append(is_scan)
                texts.append(norm(t))
                if is_scan and norm(t):
                    errors.append("%s p%d: scanned page has text" % (lab["file"], pg.page_number))
                if not is_scan and not norm(t):
                    errors.append(
                        "%s p%d: page has no text and no image" % (lab["file"], pg.page_number)
                    )
            if any(scanned) != lab["scanned"]:
                errors.append(
                    "%s: scanned=%s but label says %s" % (lab["file"], any(scanned), lab["scanned"])
                )
            for fe in lab["fees"]:
                p = fe["page"]
                if scanned[p - 1]:
                    errors.append("%s: fee on scanned page %d" % (lab["file"], p))
                    continue
                if norm(fe["quote"]) not in texts[p - 1]:
                    errors.append("%s p%d: quote not found: %r" % (lab["file"], p, fe["quote"]))
            full = " ".join(t for t, s in zip(texts, scanned) if not s)
            for r in lab["recruiters"]:
                if norm(r) not in full:
                    errors.append("%s: recruiter not printed: %r" % (lab["file"], r))
            meta = pdf.metadata or {}
            if not str(meta.get("CreationDate", "")).startswith("D:20260120"):
                errors.append(
                    "%s: unexpected CreationDate %r" % (lab["file"], meta.get("CreationDate"))
                )
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels = [b(out) for b in BUILDERS]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    errors = self_check(out, labels)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    n_fees = sum(len(l["fees"]) for l in labels)
    print("built %d documents, %d labelled fees, %d errors" % (len(labels), n_fees, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
