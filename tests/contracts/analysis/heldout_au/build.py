#!/usr/bin/env python
"""Build the held-out contract batch "au" (au01.pdf ... au12.pdf) and verify it.

Usage: python build.py OUT_DIR

Deterministic: fixed creation date, fixed noise seeds, no clock or randomness
from the environment. After writing, every PDF is reopened with pdfplumber and
checked against labels.json (page count, fee quotes on their labelled page,
recruiter names printed); any mismatch makes the script exit non-zero.
"""

import datetime
import io
import json
import os
import re
import shutil
import sys

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime.datetime(2026, 2, 2, 10, 30, 0, tzinfo=datetime.UTC)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dvsans": (
        DV + "DejaVuSans.ttf",
        DV + "DejaVuSans-Bold.ttf",
        DV + "DejaVuSans-Oblique.ttf",
        DV + "DejaVuSans-BoldOblique.ttf",
    ),
    "dvcond": (
        DV + "DejaVuSansCondensed.ttf",
        DV + "DejaVuSansCondensed-Bold.ttf",
        DV + "DejaVuSansCondensed-Oblique.ttf",
        DV + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvserif": (
        DV + "DejaVuSerif.ttf",
        DV + "DejaVuSerif-Bold.ttf",
        DV + "DejaVuSerif-Italic.ttf",
        DV + "DejaVuSerif-BoldItalic.ttf",
    ),
    "libsans": (
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
        LB + "LiberationSans-BoldItalic.ttf",
    ),
    "libserif": (
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
        LB + "LiberationSerif-BoldItalic.ttf",
    ),
    "libnarrow": (
        LB + "LiberationSansNarrow-Regular.ttf",
        LB + "LiberationSansNarrow-Bold.ttf",
        LB + "LiberationSansNarrow-Italic.ttf",
        LB + "LiberationSansNarrow-BoldItalic.ttf",
    ),
}
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Overflow(Exception):
    pass


class Doc(FPDF):
    """Small layout layer over fpdf2 with explicit page breaks."""

    def __init__(
        self,
        name,
        fmt="letter",
        font="libsans",
        size=10.0,
        lhf=1.32,
        margins=(56, 66, 56),
        bottom=62,
        header=None,
        footer=None,
        lang="en",
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.name = name
        self.set_creation_date(FIXED_DATE)
        self.set_producer("FairRecruit held-out batch au")
        for fam, files in FONTS.items():
            for style, path in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, path)
        self.fam, self.size, self.lhf = font, size, lhf
        self.set_margins(*margins)
        self.top_y = margins[1]
        self.set_auto_page_break(False)
        self.bottom = bottom
        self.hdr = header or {}
        self.ftr = footer
        self.scan_pages = set()
        self.fill_log = []
        self.set_lang(lang)

    # -- page furniture -------------------------------------------------
    def header(self):
        if self.page_no() in self.scan_pages or not self.hdr:
            return
        h = self.hdr
        band = h.get("band")
        bh = h.get("band_h", 30)
        if band:
            self.set_fill_color(*band)
            self.rect(0, 0, self.w, bh, "F")
            self.set_text_color(255, 255, 255)
            y = bh / 2 - 5
        else:
            self.set_text_color(70, 70, 70)
            y = 22
        self.set_font(self.fam, "B", h.get("size", 8.5))
        if h.get("stack"):
            self.set_xy(self.l_margin, y - 7)
            self.cell(self.epw, 10, h.get("left", ""), align="L")
            self.set_font(self.fam, "", h.get("size", 8.5) - 0.5)
            self.set_xy(self.l_margin, y + 6)
            self.cell(self.epw, 10, h.get("right", ""), align="L")
        else:
            self.set_xy(self.l_margin, y)
            self.cell(self.epw * 0.62, 10, h.get("left", ""), align="L")
            self.set_font(self.fam, "", h.get("size", 8.5))
            self.set_xy(self.l_margin + self.epw * 0.62, y)
            self.cell(self.epw * 0.38, 10, h.get("right", ""), align="R")
        if not band:
            self.set_draw_color(150, 150, 150)
            self.set_line_width(0.6)
            self.line(self.l_margin, y + 13, self.w - self.r_margin, y + 13)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.scan_pages or not self.ftr:
            return
        self.set_text_color(90, 90, 90)
        self.set_font(self.fam, "I", 7.5)
        self.set_xy(self.l_margin, self.h - 38)
        self.cell(self.epw, 10, self.ftr.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # -- helpers --------------------------------------------------------
    def f(self, style="", size=None):
        self.set_font(self.fam, style, size or self.size)

    def lh(self, size=None):
        return (size or self.size) * self.lhf

    def new_page(self):
        if self.page_no():
            self.fill_log.append(round(self.get_y()))
        self.add_page()
        self.set_y(self.top_y)

    def check(self):
        if self.get_y() > self.h - self.bottom + 0.5:
            raise Overflow(
                "%s: page %d overflows (y=%.1f)" % (self.name, self.page_no(), self.get_y())
            )

    def space(self, h):
        self.set_y(self.get_y() + h)
        self.check()

    def doc_title(self, text, size=14, align="C", gap=4, color=None, style="B"):
        if color:
            self.set_text_color(*color)
        self.f(style, size)
        self.set_x(self.l_margin)
        self.multi_cell(self.epw, size * 1.25, text, align=align, **NL)
        self.set_text_color(0, 0, 0)
        self.space(gap)

    def heading(self, text, size=None, before=5, gap=3, fill=None, color=None, style="B"):
        size = size or self.size + 1
        self.space(before)
        if color:
            self.set_text_color(*color)
        self.f(style, size)
        self.set_x(self.l_margin)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(self.epw, size * 1.45, text, align="L", fill=bool(fill), **NL)
        self.set_text_color(0, 0, 0)
        self.space(gap)

    def para(self, text, size=None, style="", align="J", indent=0, gap=4, md=False, width=None):
        self.f(style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            width or (self.epw - indent), self.lh(size), text, align=align, markdown=md, **NL
        )
        self.space(gap)

    def clause(
        self, label, text, lw=26, size=None, gap=3, align="J", label_style="B", md=False, indent=0
    ):
        y0 = self.get_y()
        self.f(label_style, size)
        self.set_xy(self.l_margin + indent, y0)
        self.multi_cell(lw - 3, self.lh(size), label, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        ya = self.get_y()
        self.f("", size)
        self.set_xy(self.l_margin + indent + lw, y0)
        self.multi_cell(self.epw - indent - lw, self.lh(size), text, align=align, markdown=md, **NL)
        self.set_y(max(ya, self.get_y()))
        self.space(gap)

    def bullets(self, items, size=None, indent=8, gap=2, mark="\u2022", md=False):
        for it in items:
            self.clause(mark, it, lw=18, size=size, gap=gap, label_style="", indent=indent, md=md)

    def kv(
        self,
        rows,
        widths=(28, 72),
        size=None,
        gap=7,
        head=None,
        head_fill=(225, 225, 225),
        label_fill=None,
        borders="ALL",
        align="LEFT",
        padding=(2.5, 4),
    ):
        size = size or self.size
        self.f("", size)
        data = ([head] if head else []) + rows
        with self.table(
            col_widths=widths,
            width=self.epw,
            text_align=align,
            line_height=self.lh(size),
            borders_layout=borders,
            first_row_as_headings=bool(head),
            padding=padding,
            v_align="TOP",
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        ) as t:
            for i, r in enumerate(data):
                row = t.row()
                for j, c in enumerate(r):
                    if j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD", fill_color=label_fill))
                    else:
                        row.cell(c)
        self.space(gap)

    def grid(
        self,
        rows,
        widths,
        size=None,
        gap=7,
        head_fill=(225, 225, 225),
        align="LEFT",
        borders="ALL",
        padding=(2.5, 4),
    ):
        size = size or self.size
        self.f("", size)
        with self.table(
            col_widths=widths,
            width=self.epw,
            text_align=align,
            line_height=self.lh(size),
            borders_layout=borders,
            first_row_as_headings=True,
            padding=padding,
            v_align="TOP",
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.space(gap)

    def pair(
        self,
        left,
        right,
        gutter=18,
        size=None,
        gap=5,
        rule=False,
        label=None,
        lw=18,
        style_l="",
        style_r="",
    ):
        """One row of two side-by-side text blocks (used for bilingual and two-column parts)."""
        x0 = self.l_margin
        if label:
            x0 += lw
        colw = (self.w - self.r_margin - x0 - gutter) / 2
        y0 = self.get_y()
        if label:
            self.f("B", size)
            self.set_xy(self.l_margin, y0)
            self.cell(lw, self.lh(size), label)
        self.f(style_l, size)
        self.set_xy(x0, y0)
        self.multi_cell(colw, self.lh(size), left, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        ya = self.get_y()
        self.f(style_r, size)
        self.set_xy(x0 + colw + gutter, y0)
        self.multi_cell(colw, self.lh(size), right, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        yb = self.get_y()
        if rule:
            self.set_draw_color(160, 160, 160)
            self.set_line_width(0.4)
            xm = x0 + colw + gutter / 2
            self.line(xm, y0, xm, max(ya, yb))
            self.set_draw_color(0, 0, 0)
        self.set_y(max(ya, yb))
        self.space(gap)

    def columns(self, left, right, gutter=20, size=None, gap=6):
        """Newspaper-style two columns: left/right are lists of (heading, text)."""
        colw = (self.epw - gutter) / 2
        y0 = self.get_y()
        bottoms = []
        for k, items in enumerate((left, right)):
            x = self.l_margin + k * (colw + gutter)
            self.set_xy(x, y0)
            for head, text in items:
                self.f("B", size)
                self.set_x(x)
                self.multi_cell(
                    colw, self.lh(size), head, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                )
                self.f("", size)
                self.set_x(x)
                self.multi_cell(
                    colw, self.lh(size), text, align="J", new_x=XPos.LEFT, new_y=YPos.NEXT
                )
                self.set_y(self.get_y() + 4)
            bottoms.append(self.get_y())
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.4)
        xm = self.l_margin + colw + gutter / 2
        self.line(xm, y0, xm, max(bottoms) - 4)
        self.set_draw_color(0, 0, 0)
        self.set_y(max(bottoms))
        self.space(gap)

    def signatures(self, signers, size=None, before=34, gap=8, thumb_label=None):
        """signers: list of (caption, name, role, thumb)."""
        size = size or self.size - 1
        self.space(before)
        n = len(signers)
        w = self.epw / n
        y = self.get_y()
        bottom = y
        for i, (cap, name, role, thumb) in enumerate(signers):
            x = self.l_margin + i * w
            lw = w - 16 - (62 if thumb else 0)
            self.set_line_width(0.6)
            self.line(x + 2, y, x + 2 + lw, y)
            self.set_xy(x + 2, y + 3)
            self.f("B", size)
            self.multi_cell(lw, self.lh(size), cap, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.f("", size)
            self.multi_cell(lw, self.lh(size), name, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            if role:
                self.f("I", size - 0.5)
                self.multi_cell(
                    lw, self.lh(size), role, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                )
            bottom = max(bottom, self.get_y())
            if thumb:
                bx = x + lw + 10
                self.rect(bx, y - 46, 50, 60)
                self.f("", 6.5)
                self.set_xy(bx, y + 16)
                self.cell(50, 8, thumb_label or "Thumbprint", align="C")
                bottom = max(bottom, y + 26)
        self.set_y(bottom)
        self.space(gap)


# ----------------------------------------------------------------------
# scanned page: text rendered to an image, slightly degraded, embedded as the page


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scan_page(pdf, blocks, seed, dpi=200, fam="libserif"):
    W = int(round(pdf.w / 72 * dpi))
    H = int(round(pdf.h / 72 * dpi))
    px = lambda pt: int(round(pt * dpi / 72))  # noqa: E731
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    reg, bold = FONTS[fam][0], FONTS[fam][1]
    fr = ImageFont.truetype(reg, px(11))
    fb = ImageFont.truetype(bold, px(11))
    fs = ImageFont.truetype(reg, px(8.5))
    left, right = px(66), W - px(66)
    y = px(60)
    lh = px(11 * 1.45)
    for kind, text in blocks:
        if kind == "clause":
            label, body = text
            lines = _wrap(d, label + " " + body, fr, right - left)
            # bold label on the first line
            first = lines[0]
            d.text((left, y), label, font=fb, fill=0)
            lw = d.textlength(label + " ", font=fb)
            d.text((left + lw, y), first[len(label) + 1 :], font=fr, fill=0)
            y += lh
            for ln in lines[1:]:
                d.text((left, y), ln, font=fr, fill=0)
                y += lh
            y += px(6)
        elif kind == "p":
            for ln in _wrap(d, text, fr, right - left):
                d.text((left, y), ln, font=fr, fill=0)
                y += lh
            y += px(6)
        elif kind == "sig":
            y += px(60)
            n = len(text)
            cw = (right - left) // n
            for i, (cap, name, thumb) in enumerate(text):
                x = left + i * cw
                lw = cw - px(20) - (px(70) if thumb else 0)
                d.line((x, y, x + lw, y), fill=0, width=3)
                d.text((x, y + px(4)), cap, font=fb, fill=0)
                d.text((x, y + px(4) + lh), name, font=fr, fill=0)
                if thumb:
                    bx = x + lw + px(12)
                    d.rectangle((bx, y - px(50), bx + px(54), y + px(14)), outline=0, width=3)
                    d.text((bx + px(6), y + px(18)), thumb, font=fs, fill=0)
            y += px(50)
            # a hand-written-looking scribble over the first signature line
            xs = np.linspace(left + px(10), left + px(120), 60)
            ys = (y - px(58)) + px(6) * np.sin(np.linspace(0, 9, 60))
            d.line(list(zip(xs.tolist(), ys.tolist())), fill=40, width=3)
        elif kind == "foot":
            d.text((W // 2 - d.textlength(text, font=fs) // 2, H - px(40)), text, font=fs, fill=60)
    if y > H - px(60):
        raise Overflow("%s: scanned page overflows" % pdf.name)
    img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=255)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * 0.93 + 6 + rng.normal(0, 7, arr.shape)
    specks = rng.random(arr.shape) < 0.0006
    arr[specks] = rng.uniform(40, 140, specks.sum())
    # darker band along the left edge, as from a flatbed lid
    arr[:, : px(10)] -= np.linspace(60, 0, px(10))[None, :]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# ----------------------------------------------------------------------
# au01 - H-2A job order, compliant


def au01():
    p = Doc(
        "au01",
        fmt="letter",
        font="libsans",
        size=9.8,
        header={
            "left": "Kettle Ridge Orchards LLC",
            "right": "Clearance order WA-2026-11492",
            "band": (38, 84, 52),
        },
        footer="Worker copy \u2014 Kettle Ridge Orchards LLC job order \u2014 page {p} of {nb}",
    )
    p.new_page()
    p.doc_title(
        "H-2A AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT", size=13.5, color=(38, 84, 52)
    )
    p.para(
        "Case H-300-26041-558013. This job order is also the work contract of every worker hired "
        "under it. Keep this copy until the end of the season.",
        size=8.5,
        style="I",
        align="C",
        gap=8,
    )
    p.heading("A. The employer")
    p.kv(
        [
            ["Employer", "Kettle Ridge Orchards LLC"],
            ["Address", "4417 Cashmere Flats Road, Brewster, WA 98812, USA"],
            ["Telephone", "(509) 555-0187"],
            ["Person in charge", "Delphine Aranda-Whitcomb, Harvest Manager"],
            [
                "Recruiting agent in Mexico",
                "Agencia Sembradores del Valle, S.C., Calle Amado Nervo 212, "
                "Zamora, Michoac\u00e1n",
            ],
        ],
        widths=(30, 70),
    )
    p.heading("B. The job")
    p.para("Job title: Farmworker, tree fruit (SOC 45-2092.02). Number of openings: 38.", style="B")
    p.para(
        "Duties. Pick apples and pears by hand into picking bags while working from 8-, 10- and "
        "12-foot orchard ladders; empty the bags gently into field bins so the fruit is not bruised; "
        "move ladders from tree to tree; thin fruitlets in the early weeks; prop heavy limbs; gather "
        "windfall fruit for juice; and help load bins onto flatbed trailers. A small crew works in the "
        "cold-storage yard stacking empty bins and feeding apples onto the pre-sort line."
    )
    p.para(
        "Requirements. Three months of experience hand-harvesting tree fruit in the past two years. "
        "Workers must be able to climb and work from a 12-foot ladder while carrying a full picking "
        "bag of about 40 pounds. No education, certificate or English is required."
    )
    p.heading("C. Where the work is done")
    p.grid(
        [
            ["Block", "Address", "Fruit"],
            ["Home ranch", "4417 Cashmere Flats Road, Brewster, WA 98812", "Gala, Honeycrisp"],
            ["Pateros bench", "2250 Ives Landing Road, Pateros, WA 98846", "Fuji, Granny Smith"],
            [
                "Starr pear block",
                "96 Starr Canyon Road, Brewster, WA 98812",
                "Bartlett and d'Anjou pears",
            ],
        ],
        widths=(22, 50, 28),
    )

    p.new_page()
    p.heading("D. Period, hours and pay", before=0)
    lw = 92
    p.clause(
        "D1. Period.", "Employment begins on August 17, 2026 and ends on November 13, 2026.", lw=lw
    )
    p.clause(
        "D2. Hours.",
        "Kettle Ridge offers 40 hours of work per week: Monday through Friday, 7:00 a.m. "
        "to 3:30 p.m., with an unpaid lunch break of 30 minutes. Saturday work is voluntary and "
        "depends on fruit maturity; Sunday is a day of rest.",
        lw=lw,
    )
    p.clause(
        "D3. Wage.",
        "$19.82 per hour. During the apple harvest a piece rate of $32.00 per standard "
        "bin (about 25 bushels) is paid when it yields more than the hourly rate. When piece "
        "earnings for a pay period come to less than the hourly rate for the hours worked, Kettle "
        "Ridge makes up the difference.",
        lw=lw,
    )
    p.clause(
        "D4. Higher rates.",
        "If the Adverse Effect Wage Rate, the prevailing wage, or the federal or "
        "Washington minimum wage rises above $19.82 while this contract is in force, Kettle Ridge "
        "pays the higher rate from the day it takes effect.",
        lw=lw,
    )
    p.clause(
        "D5. Paydays.",
        "Every Friday (weekly), by direct deposit or by check at the ranch office.",
        lw=lw,
    )
    p.clause(
        "D6. Deductions.",
        "Social Security and Medicare are not withheld from H-2A wages. The only "
        "deductions are: federal income tax, if the worker asks for it on Form W-4; child support "
        "or other garnishments ordered by a court; and the optional cookhouse meal plan in E2 for "
        "workers who sign up for it.",
        lw=lw,
    )
    p.clause(
        "D7. Pay statements.",
        "Each payday the worker receives an itemized statement showing the hours "
        "offered, the hours actually worked, the bins picked, the rates paid, gross pay, every "
        "deduction, net pay, and the employer's name, address and FEIN.",
        lw=lw,
    )
    p.clause(
        "D8. Three-fourths guarantee.",
        "Kettle Ridge guarantees to offer each worker employment for a "
        "total number of work hours equal to at least three-fourths of the workdays of the contract "
        "period, counting 8 hours per workday. If it offers fewer hours, it pays the worker the "
        "amount he or she would have earned for the hours guaranteed.",
        lw=lw,
    )
    p.heading("E. Housing, meals and transportation")
    p.clause(
        "E1. Housing.",
        "Housing is free for every worker who cannot return home each day: the Kettle "
        "Ridge Bunkhouse, 4431 Cashmere Flats Road, Brewster, inspected by the Washington State "
        "Department of Health. Beds, mattresses, blankets and utilities are furnished without "
        "charge and without deposit.",
        lw=lw,
    )
    p.clause(
        "E2. Meals.",
        "A kitchen with gas ranges, refrigerators, cooking utensils and dishes is "
        "furnished free of charge. Workers who prefer not to cook may join the cookhouse meal plan, "
        "three meals a day at $14.75 per day, which is below the maximum the Department of Labor "
        "allows for 2026. Joining is voluntary and can be ended with one week's notice.",
        lw=lw,
    )
    p.clause(
        "E3. Daily transport.",
        "Company vans driven by licensed drivers carry workers free of charge "
        "between the bunkhouse and every block listed in section C.",
        lw=lw,
    )

    p.new_page()
    lw = 92
    p.clause(
        "E4. Trip to the job.",
        "A worker who completes 50 percent of the contract period is reimbursed "
        "the reasonable cost of transportation and daily subsistence from the place of recruitment "
        "to the bunkhouse, if Kettle Ridge has not already paid it. If those costs bring first-week "
        "earnings below the federal minimum wage, the difference is paid in the first workweek. The "
        "visa fee and the border-crossing fee are repaid in the first workweek.",
        lw=lw,
    )
    p.clause(
        "E5. Trip home.",
        "A worker who finishes the contract, or who is let go early for a reason "
        "other than cause, is provided or paid return transportation and daily subsistence to the "
        "place of recruitment.",
        lw=lw,
    )
    p.heading("F. Tools and insurance")
    p.clause(
        "F1. Tools.",
        "Picking bags, ladders, pruning shears, gloves and rain gear are supplied at no "
        "cost to the worker, and no deposit is taken for them.",
        lw=lw,
    )
    p.clause(
        "F2. Injuries.",
        "Kettle Ridge carries workers' compensation insurance for all workers through "
        "the Washington State Department of Labor & Industries, account 448-221-03.",
        lw=lw,
    )
    p.heading("G. Worker protections")
    p.clause(
        "G1. No charge for the job.",
        "Kettle Ridge pays Agencia Sembradores del Valle, S.C. for all of "
        "its services. The agency has agreed in its contract with Kettle Ridge that neither it nor "
        "its agents will collect any payment from workers. A worker who is asked for money should "
        "call (509) 555-0187.",
        lw=lw,
    )
    p.clause(
        "G2. Documents.",
        "Workers keep their own passports, visas and identity papers at all times.",
        lw=lw,
    )
    p.clause(
        "G3. Complaints.",
        "A worker may file a complaint with the Wage and Hour Division, or speak to "
        "a lawyer or advocate, without being fired, threatened or denied work in a future season.",
        lw=lw,
    )
    p.clause(
        "G4. Free time.",
        "Residents come and go from the bunkhouse as they please on their own time "
        "and may receive visitors.",
        lw=lw,
    )
    p.heading("H. Ending the contract")
    p.clause(
        "H1. Abandonment.",
        "A worker who fails to report for work for five consecutive working days "
        "without the employer's consent is considered to have abandoned the job, and Kettle Ridge "
        "will notify the Department of Labor and the Department of Homeland Security within two "
        "working days. A worker who abandons the job or is dismissed for cause loses the "
        "three-fourths guarantee and the paid trip home.",
        lw=lw,
    )
    p.clause(
        "H2. Acts of God.",
        "If hail, fire, flood or another act of God makes it impossible to go on "
        "before November 13, 2026 and the Certifying Officer agrees, Kettle Ridge may end the "
        "contract early. It will then pay the three-fourths guarantee up to the ending date and "
        "the trip home, and will try to place workers with other employers.",
        lw=lw,
    )
    p.signatures(
        [
            ("For Kettle Ridge Orchards LLC", "Delphine Aranda-Whitcomb", "Harvest Manager", False),
            ("Worker", "Name: ______________________", "Date: ____________", False),
        ],
        before=30,
    )
    return p


# ----------------------------------------------------------------------
# au02 - H-2A recruiter agreement in Spanish: "apoyo administrativo", utilities, pagare


def au02():
    p = Doc(
        "au02",
        fmt="letter",
        font="dvserif",
        size=9.4,
        lhf=1.36,
        margins=(60, 64, 60),
        header={
            "left": "Enlaces Agr\u00edcolas Pur\u00e9pecha",
            "right": "Expediente EAP-UR-2026-0147",
        },
        footer="P\u00e1gina {p} de {nb}",
        lang="es",
    )
    p.new_page()
    p.doc_title("CONTRATO DE PRESTACI\u00d3N DE SERVICIOS DE ENLACE LABORAL", size=12.5)
    p.para(
        "En la ciudad de Uruapan, Michoac\u00e1n, a 9 de enero de 2026, celebran el presente contrato, "
        "por una parte, Enlaces Agr\u00edcolas Pur\u00e9pecha, S. de R.L. de C.V., representada por el "
        "C. Everardo Cuiriz Anguiano, a quien en lo sucesivo se le denominar\u00e1 \u201cEL ENLACE\u201d, "
        "y por la otra el C. Rogelio Tzintzun Huaroco, a quien en lo sucesivo se le denominar\u00e1 "
        "\u201cEL ASPIRANTE\u201d, al tenor de las siguientes declaraciones y cl\u00e1usulas."
    )
    p.heading("DECLARACIONES", size=10, before=2)
    p.clause(
        "I.",
        "Declara EL ENLACE ser una sociedad constituida conforme a las leyes mexicanas, con "
        "domicilio en Av. Latinoamericana 1544, colonia Ram\u00edrez, Uruapan, Michoac\u00e1n, y tener "
        "a su cargo la preselecci\u00f3n de personal para Hollow Pine Berry Farms, Inc.",
        lw=28,
    )
    p.clause(
        "II.",
        "Declara EL ASPIRANTE ser mayor de edad, originario de Nahuatzen, Michoac\u00e1n, y "
        "contar con pasaporte vigente.",
        lw=28,
    )
    p.clause(
        "III.",
        "Declaran ambas partes que la contrataci\u00f3n definitiva depende de que el consulado "
        "de los Estados Unidos otorgue la visa H-2A.",
        lw=28,
    )
    p.heading("CL\u00c1USULAS", size=10, before=2)
    p.para(
        "PRIMERA. Objeto. EL ENLACE gestionar\u00e1 ante Hollow Pine Berry Farms, Inc. la contrataci\u00f3n "
        "de EL ASPIRANTE como trabajador agr\u00edcola temporal con visa H-2A.",
        md=False,
    )
    p.para(
        "SEGUNDA. Condiciones del empleo. Las condiciones que ofrece el patr\u00f3n son las siguientes:"
    )
    p.kv(
        [
            [
                "Patr\u00f3n",
                "Hollow Pine Berry Farms, Inc., 1180 Ten Mile Church Road, Alma, Georgia 31510, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agr\u00edcola: cosecha manual de ar\u00e1ndano (blueberry) en cubeta de cintura, "
                "poda, deshierbe y carga de cajas en el empaque",
            ],
            ["Requisitos", "Experiencia m\u00ednima de una temporada en cosecha de frutillas"],
            [
                "Lugar de trabajo",
                "Huertas del patr\u00f3n en Alma, condado de Bacon, y en Baxley, condado de "
                "Appling, Georgia",
            ],
            ["Periodo", "Del 6 de abril al 19 de junio de 2026"],
            ["Jornada", "De lunes a viernes, de 7:00 a 14:00 horas (35 horas por semana)"],
            [
                "Salario",
                "$15.34 d\u00f3lares por hora, o $0.60 por libra cosechada si resulta mayor",
            ],
            [
                "Aumentos",
                "Si durante la temporada sube el salario m\u00ednimo aplicable (AEWR), se pagar\u00e1 el "
                "nuevo salario desde la fecha en que entre en vigor",
            ],
            ["D\u00eda de pago", "Cada semana, los jueves"],
            [
                "Descuentos",
                "Los impuestos que la ley exija y la cuota de servicios de la vivienda se\u00f1alada "
                "en la cl\u00e1usula CUARTA",
            ],
            [
                "Vivienda",
                "Casas rodantes del rancho Piney Branch, 22 Piney Branch Lane, Alma, Georgia",
            ],
            ["Alimentos", "Cocina equipada sin costo en cada casa rodante"],
            [
                "Transporte diario",
                "El patr\u00f3n lleva a los trabajadores de la vivienda a las huertas sin costo",
            ],
            [
                "Viaje de ida",
                "El patr\u00f3n reembolsa el autob\u00fas de Uruapan a Monterrey, los alimentos del "
                "camino y el vuelo Monterrey\u2013Atlanta cuando EL ASPIRANTE cumpla la mitad del "
                "contrato",
            ],
            ["Viaje de regreso", "Pagado por el patr\u00f3n al terminar el contrato"],
            ["Herramientas", "Cubetas, tijeras y guantes sin costo"],
            [
                "Visa",
                "El patr\u00f3n reembolsa el derecho de visa (190 d\u00f3lares) en la primera semana de trabajo",
            ],
            [
                "Abandono",
                "Si EL ASPIRANTE falta cinco d\u00edas seguidos sin aviso, se considera que abandon\u00f3 "
                "el trabajo y el patr\u00f3n dar\u00e1 aviso a las autoridades",
            ],
        ],
        widths=(22, 78),
        size=8.6,
        padding=(1.8, 4),
    )

    p.new_page()
    p.para(
        "TERCERA. De la aportaci\u00f3n de EL ASPIRANTE. Para apartar su lugar en la cuadrilla, EL ASPIRANTE "
        "aportar\u00e1 a EL ENLACE la cantidad de $7,800.00 (siete mil ochocientos pesos 00/100 M.N.) por "
        "concepto de apoyo administrativo, en dos exhibiciones iguales. Esta aportaci\u00f3n no es una "
        "cuota de reclutamiento, sino una contribuci\u00f3n a los gastos de oficina de EL ENLACE."
    )
    p.para(
        "CUARTA. De la vivienda. La vivienda no paga renta. Por concepto de luz, agua y gas, el patr\u00f3n "
        "descontar\u00e1 a cada ocupante 28 d\u00f3lares por semana, cantidad que se entregar\u00e1 al "
        "encargado de la casa."
    )
    p.para(
        "QUINTA. De la garant\u00eda. Como garant\u00eda de que cumplir\u00e1 la temporada completa, EL ASPIRANTE "
        "firmar\u00e1 a favor de EL ENLACE un pagar\u00e9 por $25,000.00 M.N., que le ser\u00e1 devuelto sin "
        "cobrar cuando regrese a Uruapan."
    )
    p.para(
        "SEXTA. De los documentos. EL ASPIRANTE conserva su pasaporte y su visa; EL ENLACE solo recibe "
        "copias simples para integrar el expediente."
    )
    p.para(
        "S\u00c9PTIMA. De las quejas. EL ASPIRANTE puede presentar quejas ante el consulado de M\u00e9xico o "
        "el Departamento de Trabajo de los Estados Unidos sin que eso afecte su contrataci\u00f3n en "
        "futuras temporadas."
    )
    p.para(
        "OCTAVA. De la confidencialidad. EL ENLACE tratar\u00e1 los datos personales de EL ASPIRANTE "
        "solamente para los fines de este contrato."
    )
    p.para(
        "NOVENA. Jurisdicci\u00f3n. Para la interpretaci\u00f3n y cumplimiento de este contrato las partes se "
        "someten a los tribunales de Uruapan, Michoac\u00e1n, renunciando a cualquier otro fuero que "
        "pudiera corresponderles."
    )
    p.para(
        "Le\u00eddo que fue el presente contrato y enteradas las partes de su contenido y alcance, lo firman "
        "por duplicado en el lugar y la fecha se\u00f1alados al principio.",
        style="I",
    )
    p.signatures(
        [
            (
                "EL ENLACE",
                "C. Everardo Cuiriz Anguiano",
                "Enlaces Agr\u00edcolas Pur\u00e9pecha, S. de R.L. de C.V.",
                False,
            ),
            ("EL ASPIRANTE", "C. Rogelio Tzintzun Huaroco", "Firma y huella", True),
        ],
        before=70,
        thumb_label="Huella",
    )

    p.new_page()
    p.heading("RECIBO DE PRIMERA EXHIBICI\u00d3N", size=11, before=0)
    p.para(
        "Recib\u00ed del C. Rogelio Tzintzun Huaroco la cantidad de $3,900.00 (tres mil novecientos pesos "
        "00/100 M.N.), correspondiente a la primera exhibici\u00f3n de la aportaci\u00f3n por apoyo "
        "administrativo prevista en la cl\u00e1usula TERCERA del contrato de fecha 9 de enero de 2026. "
        "La segunda exhibici\u00f3n se cubrir\u00e1 el d\u00eda de la cita consular en Monterrey."
    )
    p.para("Uruapan, Michoac\u00e1n, a 9 de enero de 2026.")
    p.signatures(
        [
            ("Recibi\u00f3", "Everardo Cuiriz Anguiano", "por EL ENLACE", False),
            ("Entreg\u00f3", "Rogelio Tzintzun Huaroco", "EL ASPIRANTE", False),
        ],
        before=50,
    )
    p.heading("DOCUMENTOS QUE ENTREGA EL ASPIRANTE", size=10)
    p.bullets(
        [
            "Copia simple del pasaporte y de la credencial para votar.",
            "Constancia de experiencia en cosecha firmada por el productor.",
            "Dos fotograf\u00edas tama\u00f1o infantil.",
        ]
    )
    return p


# ----------------------------------------------------------------------
# au03 - H-2A offer letter (English) with a Spanish crew-rules annex


def au03():
    p = Doc(
        "au03",
        fmt="letter",
        font="libsans",
        size=9.6,
        margins=(58, 84, 58),
        header={
            "left": "LUMBER RIVER PRODUCE LLC",
            "right": "6120 Bethesda Church Road, Fairmont, NC 28340",
            "band": (122, 48, 36),
            "band_h": 48,
            "size": 9,
        },
        footer="Lumber River Produce LLC \u2014 H-2A offer \u2014 {p}/{nb}",
    )
    p.new_page()
    p.para("March 2, 2026", align="R", gap=8)
    p.para(
        "Mr. Faustino Ruiz C\u00e1rdenas\nEjido La Purisima, Municipio de Salvatierra\nGuanajuato, Mexico",
        align="L",
        gap=10,
    )
    p.para("Dear Mr. Ruiz C\u00e1rdenas,", align="L")
    p.para(
        "We are pleased to offer you seasonal employment as an H-2A farmworker with Lumber River Produce "
        "LLC for the 2026 season. The terms of the offer are set out below; they are the same terms "
        "certified by the U.S. Department of Labor in our job order. Please read them, together with "
        "Annex A, and return a signed copy to us."
    )
    p.kv(
        [
            ["Employer", "Lumber River Produce LLC, 6120 Bethesda Church Road, Fairmont, NC 28340"],
            [
                "Position",
                "General farmworker: transplant and hand-harvest sweet potatoes into 5/8-bushel buckets; "
                "top and sucker tobacco; prime (hand-harvest) tobacco leaves and hang them in curing "
                "barns; grade and pack sweet potatoes in the packhouse",
            ],
            [
                "Requirements",
                "One season of experience in tobacco or sweet potato field work in the last three "
                "years; able to work bent over for long periods in heat and to lift 45 pounds",
            ],
            [
                "Worksites",
                "Home farm, 6120 Bethesda Church Road, Fairmont, NC 28340; Orrum field, 3380 Orrum "
                "Road, Orrum, NC 28369",
            ],
            ["Contract dates", "May 4, 2026 to October 23, 2026"],
            [
                "Hours",
                "42 hours per week anticipated: Monday to Saturday, 7 hours a day starting at 6:30 a.m.",
            ],
            [
                "Pay rate",
                "$16.42 per hour, or $0.65 per 5/8-bushel bucket of sweet potatoes when that is more",
            ],
            ["Payday", "Every other Friday (biweekly), by check"],
            ["Deductions", "Federal income tax if you request it; the items listed in Annex A"],
            ["Pay stubs", "See the crew leader"],
            [
                "Work guarantee",
                "We guarantee to offer you work for at least three-fourths (3/4) of the workdays "
                "in the contract period; if we do not, we pay what you would have earned",
            ],
            [
                "Housing",
                "Free housing at the Lumber River labor camp, 6144 Bethesda Church Road, Fairmont, "
                "inspected and approved by the N.C. Department of Labor",
            ],
            ["Meals", "Free use of a kitchen with stoves and refrigerators at the camp"],
            ["Daily transport", "Free van rides between the camp and the fields every workday"],
        ],
        widths=(22, 78),
        size=9.2,
    )

    p.new_page()
    p.kv(
        [
            [
                "Travel to the job",
                "Bus fare and meal costs from your home town are reimbursed when you complete "
                "half of the contract period",
            ],
            [
                "Travel home",
                "Paid by the employer if you complete the contract or are let go without cause",
            ],
            ["Tools", "Tobacco knives, hoes and harvest buckets are furnished without cost"],
            [
                "Injury insurance",
                "Workers' compensation insurance with Carolina Growers Mutual, policy CGM-44718-WC",
            ],
            [
                "Leaving the job",
                "If you are absent 5 consecutive workdays without permission, you will be "
                "considered to have abandoned the job and we will notify the Department of Labor "
                "and the Department of Homeland Security",
            ],
        ],
        widths=(22, 78),
        size=9.2,
    )
    p.para(
        "Your recruitment is paid in full by Lumber River Produce. You owe nothing to anyone for this "
        "job, and no one may ask you for money to keep your place on the crew."
    )
    p.para(
        "Your passport stays with you. We will only ask to see it on your first day, to complete your "
        "Form I-9."
    )
    p.para(
        "We look forward to working with you again this season. If anything in this letter is unclear, "
        "call our office at (910) 555-0166 and ask for Mrs. Oxendine; she speaks Spanish."
    )
    p.para("Sincerely,", align="L", gap=30)
    p.para("Wendell Pridgen Locklear\nOwner, Lumber River Produce LLC", align="L", gap=14)
    p.heading("ACCEPTANCE", size=10)
    p.para(
        "I have read this offer and Annex A, or had them read to me in Spanish, and I accept them."
    )
    p.signatures(
        [
            ("Worker", "Faustino Ruiz C\u00e1rdenas", "Date: ____________", False),
            ("Witness", "Name: ____________________", "", False),
        ],
        before=36,
    )

    p.new_page()
    p.doc_title("ANEXO A \u2014 REGLAS DE LA CUADRILLA", size=12.5, color=(122, 48, 36))
    p.para(
        "Estas reglas son parte de su contrato con Lumber River Produce. L\u00e9alas con el mayordomo antes "
        "de firmar.",
        style="I",
        align="C",
        gap=10,
    )
    lw = 108
    p.clause(
        "1. Equipo de lluvia.",
        "Al llegar al campamento cada trabajador deja un dep\u00f3sito de $60 "
        "d\u00f3lares por el traje de agua y las botas de hule; se le devuelve al final de la temporada "
        "si entrega todo completo.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "2. Ahorro de temporada.",
        "De cada cheque se guarda el 15 % de lo ganado por cubeta, y ese "
        "dinero se entrega junto con el \u00faltimo cheque nada m\u00e1s a quien termine la temporada.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "3. Herramienta.",
        "Si se quiebra o se pierde una herramienta por descuido, se le descuenta del "
        "cheque lo que cueste reponerla.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "4. Comida.",
        "Cada quien cocina en la cocina del campamento, sin costo. Los viernes el "
        "mayordomo lleva a la cuadrilla a la tienda de Fairmont para hacer el mandado.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "5. Campamento.",
        "En su tiempo libre puede salir del campamento cuando quiera; s\u00f3lo le "
        "pedimos no hacer ruido despu\u00e9s de las 10 de la noche porque hay compa\u00f1eros que "
        "entran temprano.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "6. Seguridad.",
        "No se permite fumar dentro de los graneros de curado. Use siempre los guantes "
        "cuando coseche tabaco mojado.",
        lw=lw,
        gap=6,
    )
    p.clause(
        "7. Agua.",
        "En el campo hay agua fr\u00eda y vasos desechables todo el d\u00eda, gratis.",
        lw=lw,
        gap=6,
    )
    p.signatures(
        [
            ("Firma del trabajador", "Faustino Ruiz C\u00e1rdenas", "", False),
            ("Mayordomo", "Baudelio Ochoa", "", False),
        ],
        before=44,
    )
    return p


# ----------------------------------------------------------------------
# au04 - H-2B job order, compliant (golf course), two-column promises


def au04():
    p = Doc(
        "au04",
        fmt="letter",
        font="dvcond",
        size=9.3,
        lhf=1.33,
        margins=(54, 60, 54),
        header={
            "left": "OSPREY NECK GOLF CLUB INC. \u00b7 H-2B JOB ORDER",
            "right": "Case H-400-25338-771902",
            "band": (24, 44, 92),
            "band_h": 34,
        },
        footer="Osprey Neck Golf Club Inc. \u2014 job order and work contract \u2014 page {p} of {nb}",
    )
    p.new_page()
    p.doc_title(
        "JOB ORDER AND WORK CONTRACT\nGroundskeeping and Turf Maintenance \u2014 H-2B Temporary Employment",
        size=12.5,
        color=(24, 44, 92),
        gap=8,
    )
    p.heading("1. Employer", fill=(222, 228, 242), before=0)
    p.kv(
        [
            ["Employer", "Osprey Neck Golf Club Inc."],
            ["Address", "250 Osprey Neck Drive, Bethany Beach, DE 19930"],
            ["Telephone", "(302) 555-0143"],
            ["Contact", "Marcus Oyelaran-Pratt, Golf Course Superintendent"],
            ["Recruiter", "Brisa Costera Reclutamiento, S.C., Boca del R\u00edo, Veracruz, Mexico"],
        ],
        widths=(24, 76),
    )
    p.heading("2. The job", fill=(222, 228, 242))
    p.kv(
        [
            ["Job title", "Landscaping and Groundskeeping Worker (SOC 37-3011); 16 openings"],
            [
                "Duties",
                "Mow greens, tees, fairways and roughs with reel and rotary mowers; rake bunkers; change "
                "cup positions; hand-water greens; edge cart paths; plant annuals and spread mulch; blow "
                "debris from paths. On weekends one worker staffs the starter's booth, greets players, "
                "collects green fees and cart fees from golfers and records them on the tee sheet.",
            ],
            [
                "Requirements",
                "Three months of experience in landscaping, turf care or groundskeeping; able to lift "
                "50 pounds and to work outdoors in heat and rain. No education or driver's license "
                "is required.",
            ],
            [
                "Worksites",
                "Osprey Neck Golf Club, 250 Osprey Neck Drive, Bethany Beach, DE 19930; practice range, "
                "31 Cedar Drift Road, Ocean View, DE 19970",
            ],
            ["Period", "March 9, 2026 through November 20, 2026"],
            [
                "Schedule",
                "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid "
                "meal break; weekend rotations are paid within the 40 hours or as overtime",
            ],
            ["Pay", "$17.42 per hour"],
            ["Overtime", "$26.13 per hour for every hour over 40 in a workweek"],
            ["Paydays", "Weekly, every Thursday, by direct deposit or paycheck"],
        ],
        widths=(19, 81),
    )

    p.new_page()
    p.heading("3. Wages and deductions", fill=(222, 228, 242), before=0)
    lw = 30
    p.clause(
        "3.1",
        "Wage increases. If a prevailing wage or a federal, state or local minimum wage higher "
        "than $17.42 takes effect during the contract, the Club pays the higher wage from its "
        "effective date.",
        lw=lw,
    )
    p.clause(
        "3.2",
        "Deductions. Only these amounts are taken from pay: federal and Delaware income tax; "
        "Social Security and Medicare; garnishments ordered by a court; and any deduction the worker "
        "authorizes in writing for his or her own benefit, such as a transfer to savings. The Club "
        "takes nothing from pay for tools, uniforms, transportation, visas or recruitment.",
        lw=lw,
    )
    p.clause(
        "3.3",
        "Earnings statements. Each payday the worker receives a statement of hours offered, "
        "hours worked, rate of pay, gross pay, each deduction and net pay.",
        lw=lw,
    )
    p.clause(
        "3.4",
        "Three-fourths guarantee. In each 12-week period of the contract the Club offers the "
        "worker at least three-fourths of the hours in that period (at 40 hours per week). If it "
        "offers less, it pays what the worker would have earned for the guaranteed hours.",
        lw=lw,
    )
    p.heading("4. What the Club promises", fill=(222, 228, 242))
    p.columns(
        [
            (
                "Travel to the job",
                "The Club provides or reimburses transportation and daily subsistence from the place of "
                "recruitment to Bethany Beach. Costs are repaid in the first workweek when needed to meet the "
                "minimum wage, and in any case when the worker completes 50 percent of the period.",
            ),
            (
                "Visa costs",
                "In the first workweek the Club reimburses the visa fee, the visa processing fee and any "
                "border-crossing fee that the worker paid.",
            ),
            (
                "Travel home",
                "A worker who completes the period, or who is dismissed early for any reason other than cause, "
                "receives paid transportation and subsistence back to the place of recruitment.",
            ),
            (
                "Tools and uniforms",
                "Mowers, hand tools, uniform shirts, gloves and ear and eye protection are furnished at no "
                "charge and without deposit; the Club launders uniforms free.",
            ),
        ],
        [
            (
                "Recruiter",
                "The Club pays all fees of Brisa Costera Reclutamiento, S.C. The recruiter has agreed in writing "
                "that it will not charge workers anything, directly or indirectly.",
            ),
            (
                "Passports",
                "Workers keep their passports and visas. The Club does not hold them for any reason.",
            ),
            (
                "Complaints",
                "No worker will be fired, threatened or kept off next year's list for reporting a problem to "
                "the Club, the Department of Labor or anyone else.",
            ),
            (
                "Breaks and meals",
                "A free staff lunch and coffee are served in the maintenance barn every workday.",
            ),
            (
                "Safety orientation",
                "New workers attend a paid four-hour safety orientation on their first day; there is no cost "
                "to the worker.",
            ),
        ],
        size=9,
    )

    p.new_page()
    p.heading("5. Ending employment", fill=(222, 228, 242), before=0)
    p.clause(
        "5.1",
        "Abandonment. A worker who does not report for work for five consecutive working days "
        "without the Club's consent has abandoned the job. The Club will notify the Department of "
        "Labor and the Department of Homeland Security in writing within two working days. A worker "
        "who abandons the job or is fired for cause is not entitled to the three-fourths guarantee or "
        "to paid return transportation.",
        lw=30,
    )
    p.clause(
        "5.2",
        "If the work becomes impossible. If a hurricane, flood, fire or other Act of God makes it "
        "impossible to continue, and the Certifying Officer agrees, the Club may end the contract "
        "early. It will still pay the three-fourths guarantee up to the date of termination and the "
        "return transportation and subsistence described in section 4.",
        lw=30,
    )
    p.heading("6. Housing", fill=(222, 228, 242))
    p.para(
        "The Club does not provide housing. On request it gives workers a list of rentals near Bethany "
        "Beach. The Club does not collect rent and takes no housing deposits."
    )
    p.heading("7. How to apply", fill=(222, 228, 242))
    p.para(
        "Apply in person at the maintenance barn, 250 Osprey Neck Drive, Monday to Friday from 9:00 a.m. "
        "to 1:00 p.m., or call (302) 555-0143, or contact the nearest office of the state workforce "
        "agency and refer to this job order."
    )
    p.signatures(
        [
            (
                "For Osprey Neck Golf Club Inc.",
                "Marcus Oyelaran-Pratt",
                "Golf Course Superintendent",
                False,
            ),
            ("Worker", "Name: ________________________", "Date: ______________", False),
        ],
        before=40,
    )
    return p


# ----------------------------------------------------------------------
# au05 - H-2B recruiter agreement, Spanish; page 2 is a scan


def au05():
    p = Doc(
        "au05",
        fmt="letter",
        font="libserif",
        size=10.2,
        lhf=1.3,
        margins=(62, 54, 62),
        bottom=56,
        header=None,
        footer="Asesor\u00eda Migratoria Mar de Cort\u00e9s \u2014 Convenio AMC-H2B-26-088 \u2014 "
        "P\u00e1gina {p} de {nb}",
        lang="es",
    )
    p.new_page()
    p.doc_title(
        "CONVENIO DE COLABORACI\u00d3N PARA EMPLEO TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2B)",
        size=12,
    )
    p.para(
        "En Mazatl\u00e1n, Sinaloa, a 14 de febrero de 2026, Asesor\u00eda Migratoria Mar de Cort\u00e9s, S.C., "
        "con domicilio en Av. Camar\u00f3n S\u00e1balo 905, local 3, Mazatl\u00e1n, representada por la Lic. "
        "Rosa Elvira Tirado Beltr\u00e1n (en adelante \u201cLA ASESOR\u00cdA\u201d), y la C. Yesenia "
        "Liz\u00e1rraga Osuna, originaria de Escuinapa, Sinaloa (en adelante \u201cLA TRABAJADORA\u201d), "
        "celebran el presente convenio conforme a las siguientes cl\u00e1usulas:"
    )
    p.para(
        "PRIMERA. Del empleo. LA ASESOR\u00cdA presentar\u00e1 a LA TRABAJADORA a la empresa Marsh Hen "
        "Seafood Co., Inc., que ofrece las siguientes condiciones:"
    )
    p.kv(
        [
            [
                "Empresa",
                "Marsh Hen Seafood Co., Inc., 2871 Hoopers Island Road, Fishing Creek, Maryland 21634, EE. UU.",
            ],
            [
                "Puesto",
                "Procesadora de cangrejo (crab picker): cocer el cangrejo azul, separar la carne con "
                "cuchillo y empacarla en envases de una libra",
            ],
            [
                "Requisitos",
                "Saber usar cuchillo con rapidez; soportar el fr\u00edo y el olor de la planta; no se "
                "pide experiencia previa",
            ],
            [
                "Lugar",
                "Planta procesadora de la empresa en Fishing Creek, condado de Dorchester, Maryland",
            ],
            ["Temporada", "Del 1 de abril al 30 de noviembre de 2026"],
            ["Horario", "De acuerdo con el producto que llegue cada d\u00eda"],
            [
                "Pago",
                "$4.25 d\u00f3lares por libra de carne limpia, o $17.25 d\u00f3lares por hora si el destajo "
                "da menos",
            ],
            ["D\u00edas de pago", "Cada viernes (pago semanal)"],
            ["Descuentos", "Impuesto federal y estatal y seguro social (FICA)"],
            [
                "Tal\u00f3n de pago",
                "Cada viernes, con horas trabajadas, libras, tarifa y descuentos",
            ],
            [
                "Garant\u00eda de horas",
                "La empresa ofrece trabajo por al menos tres cuartas partes de las horas de "
                "cada periodo de 12 semanas",
            ],
            ["Herramientas", "Cuchillos, guantes, mandil y botas se entregan sin costo"],
            ["Vivienda", "Casas de la empresa en Fishing Creek, sin costo"],
            [
                "Viaje de ida",
                "La empresa reembolsa el autob\u00fas Mazatl\u00e1n\u2013Monterrey, el hotel en Monterrey "
                "y el vuelo Monterrey\u2013Baltimore en la primera semana de trabajo",
            ],
            [
                "Viaje de regreso",
                "La empresa paga el regreso a Mazatl\u00e1n al terminar la temporada",
            ],
        ],
        widths=(22, 78),
        size=9.4,
        padding=(2, 4),
    )
    p.para(
        "SEGUNDA. De la visa. La cuota consular de la visa (205 d\u00f3lares) y el permiso de cruce "
        "fronterizo corren por cuenta de LA TRABAJADORA, sin reembolso posterior."
    )
    p.para(
        "TERCERA. De la convivencia. Por seguridad, las trabajadoras no podr\u00e1n salir de las casas de la "
        "empresa despu\u00e9s de las 8:00 p. m. ni recibir visitas de personas ajenas a la planta."
    )

    scan_page(
        p,
        [
            (
                "clause",
                (
                    "CUARTA. De la permanencia.",
                    "Si LA TRABAJADORA deja el trabajo antes del 30 de noviembre "
                    "de 2026, pagar\u00e1 a LA ASESOR\u00cdA una pena convencional de $15,000.00 pesos por los "
                    "gastos que su salida ocasione.",
                ),
            ),
            (
                "clause",
                (
                    "QUINTA. De la terminaci\u00f3n.",
                    "La empresa podr\u00e1 dar por terminado el empleo por "
                    "causa justificada, como robo, violencia o faltar cinco d\u00edas seguidos sin aviso; en "
                    "caso de abandono, la empresa avisar\u00e1 a las autoridades de los Estados Unidos.",
                ),
            ),
            (
                "clause",
                (
                    "SEXTA. De los documentos.",
                    "LA TRABAJADORA conserva su pasaporte y su visa en todo momento.",
                ),
            ),
            (
                "clause",
                (
                    "S\u00c9PTIMA. De los honorarios.",
                    "LA ASESOR\u00cdA no cobra por el reclutamiento; sus "
                    "honorarios los paga la empresa.",
                ),
            ),
            (
                "clause",
                (
                    "OCTAVA. Jurisdicci\u00f3n.",
                    "Para todo lo relativo a este convenio, las partes se someten "
                    "a los tribunales de Mazatl\u00e1n, Sinaloa.",
                ),
            ),
            ("p", "Le\u00eddo que fue el presente convenio, lo firman las partes por duplicado."),
            (
                "sig",
                [
                    ("LA ASESOR\u00cdA", "Lic. Rosa Elvira Tirado Beltr\u00e1n", None),
                    ("LA TRABAJADORA", "Yesenia Liz\u00e1rraga Osuna", "Huella"),
                ],
            ),
            (
                "foot",
                "Asesor\u00eda Migratoria Mar de Cort\u00e9s \u2014 Convenio AMC-H2B-26-088 \u2014 P\u00e1gina 2 de 2",
            ),
        ],
        seed=5052,
    )
    return p


# ----------------------------------------------------------------------
# au06 - H-2B recruiter agreement, Jamaica -> Michigan hotel


def au06():
    p = Doc(
        "au06",
        fmt="A4",
        font="libserif",
        size=10.3,
        lhf=1.3,
        margins=(64, 92, 64),
        header={
            "left": "BLUE MAHOE OVERSEAS STAFFING LTD.",
            "right": "14 Dunrobin Avenue, Kingston 10, Jamaica \u00b7 (876) 555-0129",
            "band": (20, 82, 110),
            "band_h": 58,
            "size": 9.5,
        },
        footer="BMOS/H2B/2026/0412 \u2014 Page {p} of {nb}",
    )
    p.new_page()
    p.doc_title("WORKER ENGAGEMENT AGREEMENT\nH-2B Seasonal Programme 2026", size=13, gap=6)
    p.para(
        "This Agreement is made on 3 February 2026 between Blue Mahoe Overseas Staffing Ltd., a company "
        "registered in Jamaica with offices at 14 Dunrobin Avenue, Kingston 10 (\u201cBlue Mahoe\u201d), "
        "and Kerry-Ann Whyte of Lot 22 Content Gardens, Old Harbour, St. Catherine (the \u201cWorker\u201d)."
    )
    p.heading("1. The Position", before=2)
    p.kv(
        [
            [
                "Employer",
                "Lilac Bluff Grand Hotel LLC, 1 Lilac Bluff Road, Mackinac Island, Michigan 49757, USA",
            ],
            [
                "Job title and duties",
                "Maid and Housekeeping Cleaner: clean and service guest rooms and suites, "
                "change linen, restock amenities, vacuum corridors and stairways, and report "
                "maintenance faults to the housekeeping supervisor",
            ],
            [
                "Requirements",
                "Six months' experience in hotel or guest-house housekeeping; able to lift 35 lb and "
                "climb stairs throughout the shift",
            ],
            ["Place of work", "Lilac Bluff Grand Hotel, Mackinac Island, Michigan"],
            ["Season", "1 May 2026 to 25 October 2026"],
            [
                "Hours",
                "40 hours per week: five shifts of 8 hours, 7:30 a.m. to 4:00 p.m., with a 30-minute "
                "unpaid break",
            ],
            ["Wage", "US$15.80 per hour"],
            ["Overtime", "US$23.70 per hour for hours above 40 in a workweek"],
            ["Paydays", "Every second Friday, by direct deposit"],
            [
                "Deductions",
                "US federal income tax, Social Security and Medicare, and the housing charge in "
                "clause 5",
            ],
            ["Pay stubs", "Issued each payday, showing hours, rate, gross pay and every deduction"],
            [
                "Uniforms and supplies",
                "Cleaning carts, chemicals, gloves and two uniforms are issued without charge",
            ],
            [
                "Travel to the job",
                "The Hotel reimburses the airfare Kingston\u2013Detroit, the coach to Mackinaw "
                "City and the ferry in the first workweek",
            ],
            ["Visa", "The Hotel reimburses the MRV visa fee in the first workweek"],
            [
                "Ending the job",
                "A Worker who misses three consecutive shifts without notice is treated as having "
                "abandoned the job, and the Hotel will notify the US authorities as required",
            ],
        ],
        widths=(25, 75),
        size=9.6,
        label_fill=(232, 240, 244),
    )

    p.new_page()
    p.heading("2. Recruitment costs", before=0)
    p.clause("2.1", "Blue Mahoe charges no placement fee to workers.", lw=30)
    p.clause(
        "2.2",
        "To cover file preparation, embassy appointment scheduling and courier services, the "
        "Worker makes an Administrative Support Contribution of JMD 85,000, payable on signing of this "
        "Agreement.",
        lw=30,
    )
    p.clause("2.3", "The contribution is not refundable if the visa is refused.", lw=30)
    p.heading("3. Medical screening")
    p.clause(
        "3.1",
        "Before the embassy interview the Worker attends a medical screening at Half Way Tree "
        "Medical Centre, the partner clinic of Blue Mahoe, at a cost of JMD 12,500 payable by the Worker "
        "directly to the clinic.",
        lw=30,
    )
    p.heading("4. Travel documents")
    p.clause(
        "4.1",
        "The Worker holds her own passport at all times; neither Blue Mahoe nor the Hotel will "
        "keep it.",
        lw=30,
    )
    p.heading("5. Housing")
    p.clause(
        "5.1",
        "Staff housing in the Hotel's Harbour View dormitory is mandatory for the season; US$105 "
        "per week is deducted from each paycheque for the bed and utilities.",
        lw=30,
    )
    p.heading("6. Conduct and complaints")
    p.clause("6.1", "The Worker will follow the Hotel's staff handbook and dress code.", lw=30)
    p.clause(
        "6.2",
        "A Worker who takes a complaint about pay or housing to any outside party, including a "
        "lawyer, a church group or the press, before raising it with Blue Mahoe, will be removed from "
        "our roster and will not be recommended for any future season.",
        lw=30,
    )
    p.heading("7. Governing law")
    p.clause("7.1", "This Agreement is governed by the laws of Jamaica.", lw=30)
    p.signatures(
        [
            ("For Blue Mahoe Overseas Staffing Ltd.", "Desmond A. Rattray", "Director", False),
            ("Worker", "Kerry-Ann Whyte", "", False),
            ("Witness (J.P.)", "Hyacinth M. Codner", "Justice of the Peace, St. Catherine", False),
        ],
        before=56,
    )
    return p


# ----------------------------------------------------------------------
# au07 - Philippines -> Saudi Arabia OFW contract


def au07():
    p = Doc(
        "au07",
        fmt="A4",
        font="libsans",
        size=9.4,
        lhf=1.3,
        margins=(56, 58, 56),
        bottom=56,
        header={
            "left": "Tala Bituin Manpower Services, Inc.",
            "right": "DMW Licence DMW-118-LB-042924-R",
        },
        footer="Contract No. TBMS-KSA-2026-0087 \u2014 page {p} of {nb} \u2014 initial each page: ____ / ____",
    )
    p.new_page()
    p.doc_title(
        "EMPLOYMENT CONTRACT FOR OVERSEAS FILIPINO WORKER\nHotel and Restaurant Workers",
        size=12.5,
        gap=6,
    )
    p.kv(
        [
            [
                "Employer",
                "Al-Nakheel Coastal Hospitality Co., King Abdulaziz Road, Al Shati District, Jeddah 23511, "
                "Kingdom of Saudi Arabia",
            ],
            [
                "Philippine agency",
                "Tala Bituin Manpower Services, Inc., 1462 M. H. del Pilar Street, Ermita, Manila",
            ],
            [
                "Worker",
                "Ma. Cristina D. Buenaventura, of Barangay San Isidro, Lipa City, Batangas; passport "
                "no. P4471823B",
            ],
        ],
        widths=(20, 80),
        size=9.2,
    )
    p.para(
        "Voluntarily entered into and executed this 20th day of January 2026 in Manila, Philippines, by "
        "and between the parties named above, who agree as follows:"
    )
    lw = 22
    p.clause(
        "1.",
        "Site of employment. Al-Nakheel Seafront Hotel, Corniche Road, Jeddah, Kingdom of Saudi "
        "Arabia.",
        lw=lw,
    )
    p.clause(
        "2.", "Contract duration. Two (2) years, from 1 March 2026 to 28 February 2028.", lw=lw
    )
    p.clause(
        "3.",
        "Position and duties. Commis Pastry Cook. The Worker prepares breads, viennoiserie, plated "
        "desserts and banquet pastries under the direction of the Pastry Chef, keeps the pastry kitchen "
        "clean, and records cold-room temperatures.",
        lw=lw,
    )
    p.clause(
        "4.", "Basic monthly salary. SAR 2,200 (two thousand two hundred Saudi riyals).", lw=lw
    )
    p.clause(
        "5.",
        "Regular working hours. A maximum of eight (8) hours per day, six (6) days per week, with "
        "one (1) rest day per week.",
        lw=lw,
    )
    p.clause("6.", "Overtime work. Paid at 150% of the basic hourly rate.", lw=lw)
    p.clause(
        "7.",
        "Payment of salary. Monthly, not later than the fifth (5th) day of the following month, by "
        "transfer to the Worker's bank account in Jeddah.",
        lw=lw,
    )
    p.clause(
        "8.",
        "Deductions. The Employer may deduct from the salary only (a) amounts ordered by a Saudi "
        "court and (b) the refund in clause 14(e), where it applies.",
        lw=lw,
    )
    p.clause(
        "9.",
        "Food and accommodation. Free duty meals in the staff canteen and free furnished "
        "accommodation in the Employer's staff residence.",
        lw=lw,
    )
    p.clause(
        "10.",
        "Transportation. Free economy air ticket from Manila to Jeddah at the start of the contract, "
        "and from Jeddah to Manila at its end or upon termination of the contract not due to the "
        "Worker's fault; free daily transport between the residence and the hotel.",
        lw=lw,
    )
    p.clause(
        "11.",
        "Vacation leave. Twenty-one (21) days of paid vacation leave for each year of service.",
        lw=lw,
    )
    p.clause(
        "12.",
        "Medical care. Free emergency, medical and dental treatment under the Employer's health "
        "coverage as required by Saudi law.",
        lw=lw,
    )
    p.clause(
        "13.",
        "Termination. (a) The Employer may terminate this Contract for just cause as provided in "
        "Article 80 of the Saudi Labour Law. (b) The Worker may terminate it without notice for the "
        "causes in Article 81, including non-payment of wages or maltreatment. (c) In either case the "
        "Employer pays the salary earned up to the date of termination.",
        lw=lw,
    )

    p.new_page()
    p.clause("14.", "Pre-deployment and other costs.", lw=lw, label_style="B")
    lw2 = 26
    p.clause(
        "(a)",
        "The Employer shall shoulder the visa, iqama and work permit fees.",
        lw=lw2,
        indent=lw,
    )
    p.clause(
        "(b)",
        "Before deployment the Worker shall complete the Agency's bakery skills upgrading course "
        "and pre-employment orientation, the fee of PHP 18,500 for which shall be paid by the Worker.",
        lw=lw2,
        indent=lw,
    )
    p.clause(
        "(c)",
        "The OWWA membership contribution (USD 25) and the premium of the compulsory insurance "
        "shall be for the account of the Worker.",
        lw=lw2,
        indent=lw,
    )
    p.clause(
        "(d)",
        "Upon arrival, the Worker's passport and iqama shall be kept by the Employer's Human "
        "Resources Department for safekeeping and released only upon final exit.",
        lw=lw2,
        indent=lw,
    )
    p.clause(
        "(e)",
        "Should the Worker pre-terminate this Contract without just cause within the first twelve "
        "(12) months, the Worker shall refund the Employer the full recruitment cost and airfare, "
        "estimated at SAR 9,000.",
        lw=lw2,
        indent=lw,
    )
    p.clause("(f)", "No placement fee shall be collected from the Worker.", lw=lw2, indent=lw)
    p.clause(
        "15.",
        "Settlement of disputes. Disputes shall first be settled amicably through the Philippine "
        "Migrant Workers Office in Jeddah; failing that, by the competent Saudi labour court or the "
        "Department of Migrant Workers, as the case may be.",
        lw=lw,
    )
    p.clause(
        "16.",
        "Applicable law. Saudi labour law and the applicable Philippine rules on overseas "
        "employment.",
        lw=lw,
    )
    p.para(
        "IN WITNESS WHEREOF, the parties have signed this Contract on the date and at the place first "
        "written above.",
        style="I",
    )
    p.signatures(
        [
            (
                "For the Employer (through the Agency)",
                "Ramon P. Dizon",
                "Operations Manager, Tala Bituin Manpower Services, Inc.",
                False,
            ),
            ("Worker", "Ma. Cristina D. Buenaventura", "", False),
        ],
        before=56,
    )
    p.signatures(
        [
            ("Verified by", "Migrant Workers Office", "Date: ____________", False),
            ("Witness", "Name: ______________________", "", False),
        ],
        before=48,
    )
    return p


# ----------------------------------------------------------------------
# au08 - Guatemala -> Canada work contract in Spanish, compliant


def au08():
    p = Doc(
        "au08",
        fmt="A4",
        font="dvsans",
        size=8.9,
        lhf=1.36,
        margins=(54, 70, 54),
        header={
            "left": "Talbot Creek Greenhouses Ltd.",
            "right": "Contrato TCG-2027-031",
            "band": (16, 110, 110),
            "band_h": 40,
            "size": 9,
        },
        footer="Talbot Creek Greenhouses Ltd. \u2014 contrato de trabajo \u2014 p\u00e1gina {p} de {nb}",
        lang="es",
    )
    p.new_page()
    p.doc_title(
        "CONTRATO DE TRABAJO \u2014 TRABAJADOR AGR\u00cdCOLA TEMPORAL EN CANAD\u00c1",
        size=12,
        color=(16, 90, 90),
        gap=2,
    )
    p.para(
        "Programa de Trabajadores Extranjeros Temporales, componente agr\u00edcola",
        size=8.5,
        style="I",
        align="C",
        gap=8,
    )
    p.para(
        "Este contrato se firma en Quetzaltenango, Guatemala, el 12 de noviembre de 2026, entre Talbot Creek "
        "Greenhouses Ltd. (en adelante \u201cEL EMPLEADOR\u201d) y Edgar Rolando Xicar\u00e1 Tum (en adelante "
        "\u201cEL TRABAJADOR\u201d). La Agencia de Empleo Altiplano Justo, S.A. particip\u00f3 en la "
        "selecci\u00f3n por cuenta de EL EMPLEADOR."
    )
    p.heading("Resumen de las condiciones", color=(16, 90, 90))
    p.kv(
        [
            [
                "Empleador",
                "Talbot Creek Greenhouses Ltd., 2290 Talbot Road, Leamington, Ontario N8H 3V7, Canad\u00e1",
            ],
            [
                "Trabajador",
                "Edgar Rolando Xicar\u00e1 Tum, de San Crist\u00f3bal Totonicap\u00e1n, Totonicap\u00e1n; "
                "DPI 2417 39251 0801",
            ],
            [
                "Puesto",
                "Trabajador de invernadero: trasplantar, guiar, deshojar y cosechar plantas de pepino y "
                "pimiento; empacar el producto en cajas",
            ],
            [
                "Lugar de trabajo",
                "Invernaderos de EL EMPLEADOR en 2290 Talbot Road y en 1475 Mersea Road 3, "
                "Leamington, Ontario",
            ],
            ["Vigencia", "Del 15 de febrero de 2027 al 15 de noviembre de 2027"],
            [
                "Jornada",
                "8 horas diarias de lunes a s\u00e1bado (48 horas por semana); domingo de descanso",
            ],
            ["Salario", "18.10 d\u00f3lares canadienses por hora"],
            [
                "Pago",
                "Cada dos semanas, los jueves, por dep\u00f3sito en la cuenta bancaria de EL TRABAJADOR",
            ],
            [
                "Descuentos",
                "Solo los que exige la ley canadiense: impuesto sobre la renta, Plan de Pensiones de "
                "Canad\u00e1 (CPP) y Seguro de Empleo (EI)",
            ],
            ["Vivienda", "Sin costo, en la casa de trabajadores de 2294 Talbot Road"],
            [
                "Viaje",
                "Boleto de avi\u00f3n Guatemala\u2013Toronto de ida y de regreso pagado por EL EMPLEADOR",
            ],
        ],
        widths=(20, 80),
        label_fill=(226, 240, 240),
    )
    p.heading("Cl\u00e1usulas", color=(16, 90, 90))
    lw = 150
    p.clause(
        "1. Costos que paga EL EMPLEADOR.",
        "EL EMPLEADOR paga el permiso de trabajo, la visa de "
        "residente temporal, los datos biom\u00e9tricos, el examen m\u00e9dico del panel de IRCC en la "
        "Ciudad de Guatemala y los boletos de avi\u00f3n de ida y de regreso. Nada de esto se descuenta "
        "del salario.",
        lw=lw,
    )
    p.clause(
        "2. Seguro m\u00e9dico.",
        "Hasta que EL TRABAJADOR reciba su tarjeta de OHIP, EL EMPLEADOR paga un "
        "seguro m\u00e9dico privado a su nombre, sin costo para EL TRABAJADOR.",
        lw=lw,
    )
    p.clause(
        "3. Vivienda y alimentos.",
        "La vivienda, la luz, el agua y la calefacci\u00f3n no tienen costo. "
        "La casa tiene cocina equipada para que cada trabajador prepare sus alimentos.",
        lw=lw,
    )

    p.new_page()
    p.clause(
        "4. Herramientas y equipo.",
        "Guantes, tijeras, carros de cosecha y ropa de protecci\u00f3n se "
        "entregan sin costo y sin dep\u00f3sito.",
        lw=lw,
    )
    p.clause(
        "5. Capacitaci\u00f3n.",
        "La capacitaci\u00f3n en seguridad y en el manejo de plaguicidas se da en "
        "horas de trabajo pagadas.",
        lw=lw,
    )
    p.clause(
        "6. Documentos.",
        "EL TRABAJADOR guarda su pasaporte y su permiso de trabajo. EL EMPLEADOR no "
        "puede pedirlos para qued\u00e1rselos.",
        lw=lw,
    )
    p.clause(
        "7. Agencia.",
        "La Agencia de Empleo Altiplano Justo, S.A. no cobra nada a EL TRABAJADOR; EL "
        "EMPLEADOR paga todos sus servicios.",
        lw=lw,
    )
    p.clause(
        "8. Terminaci\u00f3n.",
        "EL EMPLEADOR solo puede terminar este contrato antes de tiempo por causa "
        "justificada, explicada por escrito, y debe pagar el salario ganado y el boleto de regreso. EL "
        "TRABAJADOR puede renunciar con una semana de aviso, sin multa ni descuento.",
        lw=lw,
    )
    p.clause(
        "9. Quejas.",
        "EL TRABAJADOR puede acudir al consulado de Guatemala, al Ministerio de Trabajo de "
        "Ontario o a una organizaci\u00f3n de apoyo sin que eso afecte su empleo ni su contrataci\u00f3n "
        "en a\u00f1os futuros.",
        lw=lw,
    )
    p.clause(
        "10. Idioma.",
        "EL TRABAJADOR recibe este contrato en espa\u00f1ol, y la versi\u00f3n en ingl\u00e9s "
        "que EL EMPLEADOR presenta al gobierno de Canad\u00e1 tiene el mismo contenido.",
        lw=lw,
    )
    p.signatures(
        [
            (
                "EL EMPLEADOR",
                "Harold J. Vanderzwaag",
                "Director, Talbot Creek Greenhouses Ltd.",
                False,
            ),
            ("EL TRABAJADOR", "Edgar Rolando Xicar\u00e1 Tum", "Firma o huella", True),
        ],
        before=70,
        thumb_label="Huella",
    )
    p.signatures(
        [
            (
                "Testigo por la agencia",
                "Mar\u00eda Jos\u00e9 Ixcot L\u00f3pez",
                "Agencia de Empleo Altiplano Justo, S.A.",
                False,
            )
        ],
        before=50,
    )
    return p


# ----------------------------------------------------------------------
# au09 - Nepal -> Qatar pre-departure agreement (cost sheet table)


def au09():
    p = Doc(
        "au09",
        fmt="A4",
        font="libsans",
        size=9.5,
        lhf=1.3,
        margins=(56, 96, 56),
        header={
            "left": "HIMAL SAGARMATHA OVERSEAS PVT. LTD.",
            "right": "Gaushala, Kathmandu \u00b7 Licence No. 1187/074/75",
            "band": (140, 28, 40),
            "band_h": 62,
            "size": 10,
        },
        footer="HSO/QA/2026/0553 \u2014 page {p} of {nb}",
    )
    p.new_page()
    p.doc_title("PRE-DEPARTURE AGREEMENT", size=14, gap=2)
    p.para("between the recruiting agency and the worker", style="I", align="C", gap=8)
    p.para(
        "This agreement is signed in Kathmandu on 22 March 2026 between Himal Sagarmatha Overseas Pvt. Ltd., "
        "Gaushala, Kathmandu (the \u201cAgency\u201d), and Bishnu Bahadur Magar, of Putalibazar "
        "Municipality-7, Syangja (the \u201cWorker\u201d), for employment with Doha Crestline Contracting "
        "W.L.L. (the \u201cEmployer\u201d) in the State of Qatar."
    )
    p.heading("1. Terms of employment")
    p.kv(
        [
            [
                "Employer",
                "Doha Crestline Contracting W.L.L., Building 41, Street 950, Zone 56, Abu Hamour, Doha, Qatar",
            ],
            ["Worker", "Bishnu Bahadur Magar, passport no. PA0948213"],
            [
                "Position",
                "Steel Fixer: cut, bend and tie reinforcing bars for foundations, columns and slabs, "
                "following the drawings and the foreman's instructions",
            ],
            ["Work sites", "The Employer's project sites in Lusail and Al Wakrah, Qatar"],
            ["Contract period", "1 June 2026 to 31 May 2028 (two years)"],
            ["Working hours", "As per company rules and Qatar Labour Law"],
            ["Salary", "Basic salary QAR 1,200 per month plus food allowance QAR 300 per month"],
            [
                "Salary payment",
                "Monthly, through the Wage Protection System into the Worker's bank account in Qatar",
            ],
            [
                "Deductions",
                "Only the cooperative loan instalments in clause 3, if a loan is taken; no other "
                "deductions",
            ],
            ["Accommodation", "Free, in the Employer's labour camp"],
            [
                "Return ticket",
                "Doha\u2013Kathmandu economy ticket paid by the Employer at the end of the contract",
            ],
            [
                "Termination",
                "Either party may end the contract with one month's written notice; the Employer may "
                "dismiss without notice only on the grounds in Article 61 of the Qatar Labour Law",
            ],
        ],
        widths=(21, 79),
        size=9.2,
    )
    p.heading("2. Cost sheet")
    p.para("The table below shows every cost of the Worker's recruitment and who bears it.", gap=5)
    p.grid(
        [
            ["Item", "Arrangement"],
            ["Visa, work permit and QVC biometrics", "Paid by the Employer."],
            ["Air ticket Kathmandu\u2013Doha", "Paid by the Employer."],
            [
                "Agency service charge",
                "The Worker pays the Agency a service charge of NPR 10,000 in cash on "
                "signing this agreement.",
            ],
            [
                "Medical examination",
                "The Worker pays the fee of the approved medical centre in Kathmandu, about "
                "NPR 9,500, before the visa is stamped.",
            ],
            ["Pre-departure orientation", "Free for the Worker; the Agency pays the course fee."],
            [
                "Foreign Employment Welfare Fund and life insurance",
                "Paid by the Agency on the Worker's behalf and not recovered from him.",
            ],
        ],
        widths=(32, 68),
        size=9.2,
        head_fill=(240, 220, 222),
    )

    p.new_page()
    p.heading("3. Loans", before=0)
    p.para(
        "A Worker who cannot pay the amounts in the cost sheet may borrow them from Sagarmatha Savings & "
        "Credit Cooperative Ltd.; the loan, with interest at 18 percent a year, will be recovered by the "
        "Employer from the Worker's salary in twelve monthly instalments and remitted to the cooperative."
    )
    p.heading("4. Camp rules")
    p.para(
        "Workers live in the Employer's labour camp and may leave it only on Fridays between 2 p.m. and 9 "
        "p.m., with a gate pass signed by the camp boss."
    )
    p.heading("5. Passport")
    p.para(
        "The Worker keeps his passport. The Employer may ask to see it only for the renewal of the "
        "residence permit and must return it the same day."
    )
    p.heading("6. Help")
    p.para(
        "The Worker may contact the Embassy of Nepal in Doha, or the Department of Foreign Employment in "
        "Kathmandu, about any problem with the employment."
    )
    p.heading("7. Declaration of the Worker")
    p.para(
        "I have read this agreement, or it has been read to me in Nepali, and I understand the cost sheet "
        "and the rules above."
    )
    p.signatures(
        [
            ("For the Agency", "Prakash Raj Adhikari", "Managing Director", False),
            ("Worker", "Bishnu Bahadur Magar", "Left and right thumb", True),
        ],
        before=70,
        thumb_label="Thumbprint",
    )
    p.signatures([("Witness", "Sunita Gurung", "Agency orientation officer", False)], before=40)
    return p


# ----------------------------------------------------------------------
# au10 - Honduras -> Spain (Huelva) intermediation agreement, Spanish


def au10():
    p = Doc(
        "au10",
        fmt="A4",
        font="dvserif",
        size=9.3,
        lhf=1.36,
        margins=(62, 66, 62),
        header={
            "left": "Intermediaci\u00f3n Laboral Atl\u00e1ntida, S. de R.L.",
            "right": "La Ceiba, Atl\u00e1ntida, Honduras",
        },
        footer="Convenio ILA-HU-27-114 \u2014 hoja {p} de {nb}",
        lang="es",
    )
    p.new_page()
    p.doc_title(
        "CONVENIO DE INTERMEDIACI\u00d3N PARA LA CONTRATACI\u00d3N EN ORIGEN\nCAMPA\u00d1A DE LA FRESA 2027",
        size=12,
        gap=8,
    )
    p.para(
        "En La Ceiba, Atl\u00e1ntida, a los cinco d\u00edas del mes de octubre de dos mil veintis\u00e9is, "
        "comparecen Intermediaci\u00f3n Laboral Atl\u00e1ntida, S. de R.L., con domicilio en Barrio El Centro, "
        "avenida San Isidro, La Ceiba (en adelante \u201cEL INTERMEDIARIO\u201d), representada por su gerente "
        "Osman Efra\u00edn Castellanos Paz, y la se\u00f1ora Dilcia Marisol Padilla Zelaya, con documento "
        "nacional de identificaci\u00f3n 0101-1994-01377 (en adelante \u201cLA TRABAJADORA\u201d), quienes "
        "acuerdan lo siguiente:"
    )
    p.para(
        "PRIMERA. La oferta. Agr\u00edcola Dunas de Moguer, S.L. (en adelante \u201cLA EMPRESA\u201d) ofrece "
        "a LA TRABAJADORA las siguientes condiciones:"
    )
    p.kv(
        [
            [
                "Empresa",
                "Agr\u00edcola Dunas de Moguer, S.L., Carretera A-494, km 12, 21800 Moguer (Huelva), Espa\u00f1a",
            ],
            [
                "Puesto",
                "Peona agr\u00edcola: recolecci\u00f3n de fresa y ar\u00e1ndano bajo t\u00fanel y trabajo en el "
                "almac\u00e9n de confecci\u00f3n",
            ],
            ["Lugar", "Fincas de LA EMPRESA en Moguer y Palos de la Frontera (Huelva)"],
            ["Campa\u00f1a", "Del 15 de enero al 15 de junio de 2027"],
            [
                "Jornada",
                "6 horas y 30 minutos diarios, de lunes a s\u00e1bado (39 horas semanales), seg\u00fan el "
                "convenio del campo de Huelva",
            ],
            ["Salario", "60,46 euros por jornada trabajada"],
            ["Pago", "Mensual, por transferencia bancaria"],
            [
                "Descuentos",
                "Cotizaciones a la Seguridad Social, IRPF y lo indicado en la cl\u00e1usula TERCERA",
            ],
            ["Alojamiento", "Gratuito, en los m\u00f3dulos de la finca, con cocina y lavadora"],
        ],
        widths=(20, 80),
        size=9,
        label_fill=(238, 238, 238),
    )
    p.para(
        "SEGUNDA. Del servicio. EL INTERMEDIARIO no cobra comisi\u00f3n por la selecci\u00f3n. Su trabajo "
        "consiste en convocar a las aspirantes, verificar su experiencia y acompa\u00f1arlas en los "
        "tr\u00e1mites consulares."
    )
    p.para(
        "TERCERA. De los gastos. Los derechos del visado de trabajo en el consulado de Espa\u00f1a y la "
        "legalizaci\u00f3n de documentos corren a cargo de LA TRABAJADORA. El billete de avi\u00f3n San "
        "Pedro Sula\u2013Madrid y el autob\u00fas hasta Huelva, unos 1.150 euros, los adelanta LA EMPRESA y se "
        "descontar\u00e1n de la n\u00f3mina en cuatro mensualidades."
    )

    p.new_page()
    p.para(
        "CUARTA. De la garant\u00eda. Antes de viajar, LA TRABAJADORA depositar\u00e1 L 15,000.00 en la "
        "cuenta de EL INTERMEDIARIO como garant\u00eda de retorno, que se le devolver\u00e1 cuando se "
        "presente en la oficina de La Ceiba a su regreso."
    )
    p.para(
        "QUINTA. De la conducta. La trabajadora que presente quejas a sindicatos o a la prensa en Espa\u00f1a "
        "quedar\u00e1 excluida de las pr\u00f3ximas campa\u00f1as y su nombre se comunicar\u00e1 a las dem\u00e1s "
        "empresas del programa."
    )
    p.para(
        "SEXTA. De los documentos. LA TRABAJADORA conserva su pasaporte y su tarjeta de identidad de "
        "extranjero durante toda la campa\u00f1a."
    )
    p.para(
        "S\u00c9PTIMA. Jurisdicci\u00f3n. Para cualquier controversia las partes se someten a los juzgados de "
        "La Ceiba, Atl\u00e1ntida."
    )
    p.para(
        "Y en prueba de conformidad firman el presente convenio por duplicado en el lugar y la fecha "
        "indicados.",
        style="I",
    )
    p.signatures(
        [
            ("EL INTERMEDIARIO", "Osman Efra\u00edn Castellanos Paz", "Gerente", False),
            ("LA TRABAJADORA", "Dilcia Marisol Padilla Zelaya", "Firma y huella", True),
        ],
        before=70,
        thumb_label="Huella",
    )
    return p


# ----------------------------------------------------------------------
# au11 - Mexico -> Canada bilingual EN | ES agreement

AU11 = [
    (
        "1",
        "Parties. Employer: Lynn Valley Ginseng & Orchards Inc., 1930 Windham Road 12, Simcoe, Ontario "
        "N3Y 4K6, Canada. Worker: Joaqu\u00edn Eleazar Bautista R\u00edos, of San Felipe del Progreso, State "
        "of Mexico.",
        "Partes. Empleador: Lynn Valley Ginseng & Orchards Inc., 1930 Windham Road 12, Simcoe, Ontario N3Y "
        "4K6, Canad\u00e1. Trabajador: Joaqu\u00edn Eleazar Bautista R\u00edos, de San Felipe del Progreso, Estado "
        "de M\u00e9xico.",
    ),
    (
        "2",
        "Work. Farm labourer: weed and mulch ginseng gardens, build and repair shade structures, pick "
        "apples, and sort and pack fruit in the packing shed.",
        "Trabajo. Trabajador agr\u00edcola: deshierbar y acolchar los jardines de ginseng, armar y reparar las "
        "estructuras de sombra, cosechar manzana, y seleccionar y empacar fruta en el empaque.",
    ),
    (
        "3",
        "Place. The Employer's farm at 1930 Windham Road 12, Simcoe, and its leased gardens near Delhi, "
        "Ontario.",
        "Lugar. La granja del empleador en 1930 Windham Road 12, Simcoe, y los jardines que arrienda cerca "
        "de Delhi, Ontario.",
    ),
    (
        "4",
        "Term. From April 6, 2026 to October 30, 2026.",
        "Vigencia. Del 6 de abril al 30 de octubre de 2026.",
    ),
    (
        "5",
        "Hours. 8 hours a day, Monday to Saturday (48 hours a week); Sunday is a rest day.",
        "Horario. 8 horas al d\u00eda, de lunes a s\u00e1bado (48 horas a la semana); el domingo es de descanso.",
    ),
    (
        "6",
        "Wage and pay. CAD 17.60 per hour, paid every Friday by direct deposit.",
        "Salario y pago. 17.60 d\u00f3lares canadienses por hora, pagados cada viernes por dep\u00f3sito directo.",
    ),
    (
        "7",
        "Deductions. Income tax, Canada Pension Plan and Employment Insurance contributions, and the "
        "amounts in clauses 9, 10 and 11.",
        "Descuentos. Impuesto sobre la renta, aportaciones al Plan de Pensiones de Canad\u00e1 y al Seguro de "
        "Empleo, y las cantidades de las cl\u00e1usulas 9, 10 y 11.",
    ),
    (
        "8",
        "Housing. Heated housing on the farm, inspected by the local health unit, at no cost to the worker.",
        "Vivienda. Vivienda con calefacci\u00f3n en la granja, inspeccionada por la unidad de salud local, sin "
        "costo para el trabajador.",
    ),
    (
        "9",
        "Meals. The Employer supplies lunch and supper from the farm kitchen and deducts CAD 9.50 per day "
        "from the pay of each worker who receives them.",
        "Comidas. El empleador da comida y cena de la cocina de la granja y descuenta 9.50 d\u00f3lares "
        "canadienses por d\u00eda del pago de cada trabajador que las recibe.",
    ),
    (
        "10",
        "Air travel. The Employer pays the round-trip airfare between Mexico City and Toronto and recovers "
        "CAD 380 of that cost from the worker's first eight paycheques.",
        "Viaje en avi\u00f3n. El empleador paga el boleto de avi\u00f3n redondo entre la Ciudad de M\u00e9xico y "
        "Toronto y recupera 380 d\u00f3lares canadienses de ese costo en los primeros ocho pagos del trabajador.",
    ),
    (
        "11",
        "Health insurance. Supplementary health insurance is compulsory; its premium of CAD 1.15 per day "
        "is deducted from the worker's pay.",
        "Seguro m\u00e9dico. El seguro m\u00e9dico complementario es obligatorio; su prima de 1.15 d\u00f3lares "
        "canadienses por d\u00eda se descuenta del pago del trabajador.",
    ),
    (
        "12",
        "Safety training. Training on pesticides, ladders and heat stress is given during paid working "
        "hours.",
        "Capacitaci\u00f3n. La capacitaci\u00f3n sobre plaguicidas, escaleras y golpe de calor se da en horas de "
        "trabajo pagadas.",
    ),
    (
        "13",
        "Documents. The worker keeps his passport and work permit.",
        "Documentos. El trabajador conserva su pasaporte y su permiso de trabajo.",
    ),
    (
        "14",
        "Early end. The Employer may end this agreement early for non-compliance, refusal to work or "
        "another sufficient reason, after consulting the Mexican consulate; the worker may end it after "
        "informing the consulate. In either case the Employer pays the wages earned to that day.",
        "Terminaci\u00f3n anticipada. El empleador puede terminar este contrato antes de tiempo por "
        "incumplimiento, negativa a trabajar u otra raz\u00f3n suficiente, despu\u00e9s de consultar al consulado "
        "de M\u00e9xico; el trabajador puede terminarlo despu\u00e9s de avisar al consulado. En ambos casos el "
        "empleador paga el salario ganado hasta ese d\u00eda.",
    ),
    (
        "15",
        "Selection. No one may charge the worker a fee for being selected or placed with this Employer.",
        "Selecci\u00f3n. Nadie puede cobrar al trabajador por ser seleccionado o asignado a este empleador.",
    ),
]


def au11():
    p = Doc(
        "au11",
        fmt="letter",
        font="libsans",
        size=8.9,
        lhf=1.28,
        margins=(48, 62, 48),
        bottom=54,
        header={
            "left": "Lynn Valley Ginseng & Orchards Inc.",
            "right": "Simcoe, Ontario \u00b7 2026 season",
            "band": (92, 104, 40),
            "band_h": 32,
        },
        footer="Agreement / Contrato LVG-26-019 \u2014 {p}/{nb}",
    )
    p.new_page()
    p.pair(
        "SEASONAL AGRICULTURAL WORKER AGREEMENT",
        "CONTRATO DE TRABAJADOR AGR\u00cdCOLA DE TEMPORADA",
        size=11,
        style_l="B",
        style_r="B",
        gap=4,
        label=" ",
        lw=20,
    )
    p.pair("English", "Espa\u00f1ol", size=8.5, style_l="I", style_r="I", gap=6, label=" ", lw=20)
    for num, en, es in AU11[:9]:
        p.pair(en, es, label=num + ".", lw=20, rule=True, gap=5)
    p.new_page()
    for num, en, es in AU11[9:]:
        p.pair(en, es, label=num + ".", lw=20, rule=True, gap=5)
    p.pair(
        "Signed at Toluca, State of Mexico, on February 20, 2026.",
        "Firmado en Toluca, Estado de M\u00e9xico, el 20 de febrero de 2026.",
        label=" ",
        lw=20,
        gap=4,
        style_l="I",
        style_r="I",
    )
    p.signatures(
        [
            (
                "Employer / Empleador",
                "Colleen M. Verhoeve",
                "Lynn Valley Ginseng & Orchards Inc.",
                False,
            ),
            ("Worker / Trabajador", "Joaqu\u00edn Eleazar Bautista R\u00edos", "", False),
        ],
        before=60,
    )
    return p


# ----------------------------------------------------------------------
# au12 - Bangladesh -> Malaysia offer letter, compliant


def au12():
    p = Doc(
        "au12",
        fmt="A4",
        font="dvsans",
        size=8.9,
        lhf=1.34,
        margins=(56, 100, 56),
        header={
            "left": "SERI CEMPAKA LATEX GLOVES SDN. BHD. (199801012345 / 467215-K)",
            "right": "Lot 1207, Jalan Perusahaan 3, Kamunting Industrial Estate, 34600 Kamunting, Perak",
            "band": (110, 30, 60),
            "band_h": 64,
            "size": 9.5,
            "stack": True,
        },
        footer="Ref. SCLG/HR/BD/2026/0219 \u2014 page {p} of {nb}",
    )
    p.new_page()
    p.para("Ref.: SCLG/HR/BD/2026/0219\nDate: 16 April 2026", align="L", gap=8)
    p.para(
        "To: Md. Rafiqul Islam Sarker\nVillage Bhabla, Upazila Basail, District Tangail, Bangladesh",
        align="L",
        gap=4,
    )
    p.para(
        "Through: Jamuna Crest Overseas Ltd. (RL-2031), House 18, Road 7, Block C, Banani, Dhaka 1213",
        align="L",
        gap=10,
    )
    p.doc_title("OFFER OF EMPLOYMENT \u2014 PRODUCTION OPERATOR", size=11.5, align="L", gap=6)
    p.para("Dear Mr. Rafiqul Islam Sarker,", align="L")
    p.para(
        "We are pleased to offer you employment with Seri Cempaka Latex Gloves Sdn. Bhd. (\u201cthe "
        "Company\u201d) on the following terms:"
    )
    p.kv(
        [
            [
                "Position",
                "Production Operator (glove dipping line): strip gloves from the formers, carry out "
                "visual and air-inflation tests, count and pack gloves into cartons",
            ],
            [
                "Place of work",
                "Seri Cempaka factory, Lot 1207, Jalan Perusahaan 3, Kamunting Industrial Estate, "
                "34600 Kamunting, Perak, Malaysia",
            ],
            ["Contract period", "1 September 2026 to 31 August 2029 (three years)"],
            [
                "Working hours",
                "8 hours per shift, 6 shifts per week, on a rotating three-shift roster "
                "(07:00\u201315:00, 15:00\u201323:00, 23:00\u201307:00)",
            ],
            ["Basic wage", "RM 1,700 per month"],
            [
                "Overtime",
                "1.5 times the hourly rate on working days, 2 times on rest days and 3 times on public "
                "holidays; overtime is voluntary",
            ],
            [
                "Pay day",
                "Monthly, by the 7th day of the following month, into your own bank account",
            ],
            [
                "Deductions",
                "Your SOCSO (PERKESO) and EPF contributions required by law, and any deduction you "
                "request in writing; nothing else",
            ],
            [
                "Accommodation",
                "Free hostel accommodation certified under the Employees' Minimum Standards of "
                "Housing, Accommodations and Amenities Act 1990",
            ],
            [
                "Return ticket",
                "Air ticket Kuala Lumpur\u2013Dhaka paid by the Company at the end of the contract, "
                "or earlier if the Company ends it",
            ],
        ],
        widths=(22, 78),
        label_fill=(244, 232, 238),
    )
    p.heading("Who pays for your recruitment", size=10)
    p.grid(
        [
            ["Cost", "Paid by"],
            [
                "Service fees of Jamuna Crest Overseas Ltd. and of the Malaysian agent",
                "The Company",
            ],
            [
                "Visa, VP(TE) work pass, levy and FOMEMA medical examination in Malaysia",
                "The Company",
            ],
            [
                "Medical examination in Dhaka, BMET registration and smart card, Wage Earners' Welfare Board fee",
                "The Company, paid directly or refunded with your first salary",
            ],
            ["Passport issue or renewal", "Refunded by the Company with your first salary"],
            ["Pre-departure orientation and skills test", "The Company"],
            ["Air ticket Dhaka\u2013Kuala Lumpur", "The Company"],
        ],
        widths=(62, 38),
        size=8.7,
        head_fill=(244, 232, 238),
    )

    p.new_page()
    lw = 118
    p.clause(
        "Zero-cost recruitment.",
        "You must not pay anyone for this job. If anyone asks you for money, or "
        "if you have already paid, tell us at hr.ethics@sericempaka.com.my or on WhatsApp +60 5-555 0142; "
        "the Company will repay you and stop using that agent.",
        lw=lw,
        gap=5,
    )
    p.clause(
        "Ending the contract.",
        "Either side may end the contract with one month's written notice or one "
        "month's wages instead of notice. The Company may dismiss you for misconduct only after a due "
        "inquiry under the Employment Act 1955. You pay no penalty and lose no earned wages if you "
        "resign.",
        lw=lw,
        gap=5,
    )
    p.clause(
        "Your documents.",
        "You keep your passport. The hostel has a personal locker with your own key "
        "for documents and valuables.",
        lw=lw,
        gap=5,
    )
    p.clause(
        "Freedom of movement.",
        "Outside your shift you may leave the hostel whenever you wish; there is no curfew.",
        lw=lw,
        gap=5,
    )
    p.clause(
        "Language.",
        "This letter is also given to you in Bangla. Please ask the agency officer to read "
        "it with you before you sign.",
        lw=lw,
        gap=5,
    )
    p.para("Yours sincerely,", align="L", gap=30)
    p.para(
        "Nurul Ain binti Hashim\nHead of Human Resources, Seri Cempaka Latex Gloves Sdn. Bhd.",
        align="L",
        gap=12,
    )
    p.heading("ACCEPTANCE", size=10)
    p.para("I, Md. Rafiqul Islam Sarker, accept this offer on the terms above.")
    p.signatures(
        [
            ("Signature", "Md. Rafiqul Islam Sarker", "Date: ____________", False),
            ("Witness", "Jamuna Crest Overseas Ltd.", "Officer: ______________", False),
        ],
        before=44,
    )
    return p


BUILDERS = [au01, au02, au03, au04, au05, au06, au07, au08, au09, au10, au11, au12]


# ----------------------------------------------------------------------
# verification


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_views(page):
    """Full-page text plus text of vertical strips, so quotes inside table
    cells or side-by-side columns can be matched without neighbour text."""
    views = [norm(page.extract_text())]
    W, H = page.width, page.height
    for i in range(3, 18):
        x = W * i / 20
        views.append(norm(page.crop((0, 0, x, H)).extract_text()))
        views.append(norm(page.crop((x, 0, W, H)).extract_text()))
    return views


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        scanned = lab["scanned"] or []
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(
                    "%s: %d pages, label says %d" % (lab["file"], len(pdf.pages), lab["pages"])
                )
                continue
            views = {}
            for i, page in enumerate(pdf.pages, 1):
                if i in scanned:
                    if norm(page.extract_text()):
                        errors.append("%s: scanned page %d has a text layer" % (lab["file"], i))
                    continue
                views[i] = page_views(page)
            for fee in lab["fees"]:
                if fee["page"] in scanned:
                    continue
                q = norm(fee["quote"])
                if not any(q in v for v in views.get(fee["page"], [])):
                    errors.append(
                        "%s: quote not on page %d: %s" % (lab["file"], fee["page"], q[:80])
                    )
            alltext = " ".join(v for vs in views.values() for v in vs)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append("%s: recruiter not printed: %s" % (lab["file"], r))
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for build in BUILDERS:
        try:
            pdf = build()
        except Overflow as e:
            print("LAYOUT ERROR:", e)
            return 1
        pdf.output(os.path.join(out_dir, build.__name__ + ".pdf"))
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out_dir, "labels.json"))
    errors = verify(out_dir, labels)
    names = {b.__name__ + ".pdf" for b in BUILDERS}
    if names != {lab["file"] for lab in labels}:
        errors.append("labels.json files do not match the built files")
    for e in errors:
        print("MISMATCH:", e)
    if errors:
        return 1
    print("built and verified %d documents in %s" % (len(BUILDERS), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
