#!/usr/bin/env python3
"""Held-out batch "be": 12 synthetic temporary-visa employment documents.

Usage:  python build.py OUT_DIR

Writes be01.pdf ... be12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks it against labels.json (page count, each fee quote on its
labelled page, recruiter names printed, label sanity). Exits non-zero on any mismatch.
Deterministic: fixed creation date, fixed random seeds, no clock or network use.
Self-contained: imports nothing from the repository.
"""

import io
import json
import os
import random
import re
import shutil
import sys
from datetime import UTC, datetime

import pdfplumber
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTSETS = {
    "dv": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        DV,
    ),
    "dvc": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
        DV,
    ),
    "dvs": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
        DV,
    ),
    "ls": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
        LB,
    ),
    "lsr": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
        LB,
    ),
    "ln": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
        LB,
    ),
}
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# --------------------------------------------------------------------------- layout kit
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        fam="dv",
        size=10,
        margins=(20, 18, 20),
        bottom=18,
        head=None,
        foot=None,
        band=None,
        band_h=12,
        title="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        for key, (r, b, i, bi, base) in FONTSETS.items():
            self.add_font(key, "", base + r)
            self.add_font(key, "B", base + b)
            self.add_font(key, "I", base + i)
            self.add_font(key, "BI", base + bi)
        self.fam, self.fs = fam, size
        self.lh = size * 0.47
        self.head, self.foot, self.band, self.band_h = head, foot, band, band_h
        self.raw_pages = set()
        left, top, right = margins
        self.set_margins(left, top, right)
        self.set_auto_page_break(True, bottom)

    # page furniture
    def header(self):
        if self.page_no() in self.raw_pages:
            return
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, self.band_h, "F")
            self.set_xy(self.l_margin, (self.band_h - 5) / 2)
            self.set_font(self.fam, "B", 9)
            self.set_text_color(255, 255, 255)
            self.cell(0, 5, self.head or "")
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, self.band_h + 5))
        elif self.head:
            self.set_y(8)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(95, 95, 95)
            self.cell(0, 4, self.head, align="R")
            self.set_draw_color(170, 170, 170)
            self.line(self.l_margin, 12.5, self.w - self.r_margin, 12.5)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 16))

    def footer(self):
        if self.page_no() in self.raw_pages or not self.foot:
            return
        self.set_y(-12)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(0, 4, self.foot.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # text
    def f(self, style="", size=None, fam=None):
        self.set_font(fam or self.fam, style, size or self.fs)

    def ttl(self, txt, size=14, align="C", style="B", after=2, color=None):
        self.f(style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, txt, align=align, **NL)
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.f()

    def sect(self, txt, size=None, before=2.5, after=1, color=None, rule=False, fill=None):
        self.ln(before)
        if self.will_page_break(20):
            self.add_page()
        self.f("B", size or self.fs + 0.5)
        if color:
            self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
            self.multi_cell(0, (size or self.fs) * 0.55, txt, fill=True, **NL)
        else:
            self.multi_cell(0, (size or self.fs) * 0.5, txt, **NL)
        self.set_text_color(0, 0, 0)
        if rule:
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.set_draw_color(0, 0, 0)
            self.ln(1.5)
        self.ln(after)
        self.f()

    def para(self, txt, align="J", size=None, style="", after=1.6, md=False, indent=0, lh=None):
        if md:
            assert "--" not in txt and "__" not in txt, txt
        self.f(style, size)
        lh = lh or (size * 0.47 if size else self.lh)
        self.set_x(self.l_margin + indent)
        lines = self.multi_cell(0, lh, txt, align=align, markdown=md, dry_run=True, output="LINES")
        if len(lines) <= 12 and self.will_page_break(len(lines) * lh):
            self.add_page()  # keep short paragraphs on one page
            self.f(style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh, txt, align=align, markdown=md, **NL)
        self.ln(after)

    def clause(self, label, txt, **kw):
        self.para("**" + label + "** " + txt, md=True, **kw)

    def bullets(self, items, sym="•", indent=3, gap=4.5, after=0.8, size=None):
        self.f("", size)
        lh = size * 0.47 if size else self.lh
        for it in items:
            if isinstance(it, tuple):
                txt = "**" + it[0] + "** " + it[1]
            else:
                txt = it
            assert "--" not in txt and "__" not in txt, txt
            self.set_x(self.l_margin + indent)
            self.cell(gap, lh, sym)
            self.multi_cell(0, lh, txt, markdown=True, align="L", **NL)
            self.ln(after)
        self.ln(1)

    def grid(
        self,
        rows,
        widths,
        head=False,
        size=None,
        borders="ALL",
        head_fill=(222, 222, 222),
        zebra=None,
        bold_first=False,
        lh=None,
        align="LEFT",
        after=2.5,
        width=None,
        head_color=None,
    ):
        self.f("", size)
        self.set_fill_color(255, 255, 255)
        kw = dict(
            col_widths=widths,
            text_align=align,
            v_align="TOP",
            first_row_as_headings=head,
            borders_layout=borders,
            line_height=lh or (size * 0.47 if size else self.lh),
            padding=1.3,
        )
        if width:
            kw["width"] = width
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        self.set_x(self.l_margin)
        with self.table(**kw) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first and j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(after)
        self.f()

    def cols2(self, items, size=None, gutter=7, align="J"):
        """items: ('h', heading) | ('p', text) | ('lp', label, text)"""
        sz = size or self.fs
        with self.text_columns(
            ncols=2, gutter=gutter, balance=True, text_align=align, line_height=1.18
        ) as cols:
            for it in items:
                if it[0] == "h":
                    self.f("B", sz + 0.5)
                    with cols.paragraph(text_align="LEFT", top_margin=2.2, bottom_margin=0.6) as p:
                        p.write(it[1])
                elif it[0] == "lp":
                    with cols.paragraph(bottom_margin=1.2) as p:
                        self.f("B", sz)
                        p.write(it[1] + " ")
                        self.f("", sz)
                        p.write(it[2])
                else:
                    self.f("", sz)
                    with cols.paragraph(bottom_margin=1.2) as p:
                        p.write(it[1])
        self.set_x(self.l_margin)
        self.f()

    def signatures(self, blocks, gap=16, fingerprint=None, size=None):
        n = len(blocks)
        extra = 1 if fingerprint else 0
        if self.will_page_break(gap + 22):
            self.add_page()
        sep = 8
        fpw = 26 if fingerprint else 0
        colw = (self.epw - fpw - (n - 1 + extra) * sep) / n
        y = self.get_y() + gap
        sz = size or self.fs - 1
        bottom = y
        for i, lines in enumerate(blocks):
            x = self.l_margin + i * (colw + sep)
            self.line(x, y, x + colw * 0.92, y)
            self.set_xy(x, y + 1.2)
            self.f("", sz)
            self.multi_cell(colw, sz * 0.47, "\n".join(lines), align="L")
            bottom = max(bottom, self.get_y())
        if fingerprint:
            x = self.w - self.r_margin - fpw
            self.rect(x, y - 24, fpw, 28)
            self.set_xy(x, y + 5)
            self.f("", sz - 1)
            self.multi_cell(fpw, 3.5, fingerprint, align="C")
            bottom = max(bottom, self.get_y())
        self.set_xy(self.l_margin, bottom + 3)
        self.f()

    def box(
        self,
        txt,
        fill=(240, 240, 240),
        border=True,
        size=None,
        style="",
        md=False,
        pad=2.5,
        align="L",
    ):
        self.f(style, size)
        lh = (size or self.fs) * 0.47
        x0, y0 = self.l_margin, self.get_y()
        lines = self.multi_cell(
            self.epw - 2 * pad, lh, txt, dry_run=True, output="LINES", markdown=md
        )
        hgt = len(lines) * lh + 2 * pad
        if self.will_page_break(hgt + 2):
            self.add_page()
            y0 = self.get_y()
        self.set_fill_color(*fill)
        self.rect(x0, y0, self.epw, hgt, "DF" if border else "F")
        self.set_xy(x0 + pad, y0 + pad)
        self.multi_cell(self.epw - 2 * pad, lh, txt, markdown=md, align=align)
        self.set_xy(self.l_margin, y0 + hgt + 2.5)
        self.f()

    # a page rendered as a noisy image ("scan")
    def scanned_page(self, blocks, seed, dpi=200, font_pt=11.0, margin_mm=22, angle=0.35):
        wpx, hpx = int(self.w / 25.4 * dpi), int(self.h / 25.4 * dpi)
        img = Image.new("L", (wpx, hpx), 248)
        draw = ImageDraw.Draw(img)
        px = dpi / 72.0
        fonts = {
            "": ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", int(font_pt * px)),
            "B": ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", int(font_pt * px)),
            "T": ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", int((font_pt + 3) * px)),
            "S": ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", int((font_pt - 2) * px)),
        }
        left = int(margin_mm / 25.4 * dpi)
        width = wpx - 2 * left
        y = int(20 / 25.4 * dpi)
        for style, text in blocks:
            if style == "gap":
                y += int(float(text) * px)
                continue
            if style == "line":
                y += int(10 * px)
                draw.line((left, y, left + int(width * 0.42), y), fill=40, width=3)
                y += int(4 * px)
                draw.text((left, y), text, font=fonts["S"], fill=30)
                y += int(14 * px)
                continue
            fnt = fonts[style]
            words = text.split(" ")
            line = ""
            lines = []
            for w in words:
                trial = (line + " " + w).strip()
                if draw.textlength(trial, font=fnt) <= width:
                    line = trial
                else:
                    lines.append(line)
                    line = w
            lines.append(line)
            step = int(fnt.size * 1.32)
            for ln in lines:
                if style == "T":
                    tw = draw.textlength(ln, font=fnt)
                    draw.text(((wpx - tw) / 2, y), ln, font=fnt, fill=25)
                else:
                    draw.text((left, y), ln, font=fnt, fill=25)
                y += step
            y += int(fnt.size * 0.55)
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=248)
        rnd = random.Random(seed)
        pix = img.load()
        for _ in range(wpx * hpx // 60):
            x, yy = rnd.randrange(wpx), rnd.randrange(hpx)
            pix[x, yy] = max(0, min(255, pix[x, yy] + rnd.randint(-70, 40)))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=82)
        buf.seek(0)
        self.raw_pages.add(self.page_no() + 1)
        self.add_page()
        self.image(buf, x=0, y=0, w=self.w, h=self.h)


# --------------------------------------------------------------------------- documents
def be01():
    d = Doc(
        fmt="letter",
        fam="ls",
        size=9.8,
        band=(46, 104, 64),
        head="Satilla Bend Berry Farms LLC  |  H-2A Clearance Order GA-2026-11482",
        foot="Clearance order GA-2026-11482 · Worker copy · Page {p} of {nb}",
        title="be01",
    )
    d.add_page()
    d.ttl("AGRICULTURAL CLEARANCE ORDER\nTERMS AND CONDITIONS OF EMPLOYMENT", size=14)
    d.para(
        "Temporary agricultural workers (H-2A) · Bacon and Appling Counties, Georgia",
        align="C",
        style="I",
    )
    d.sect("A. Employer", color=(46, 104, 64), rule=True)
    d.bullets(
        [
            ("Legal name:", "Satilla Bend Berry Farms LLC"),
            ("Business address:", "1475 Tower Road, Alma, GA 31510"),
            ("Telephone:", "(912) 555-0176 · hiring@satillabend.example"),
            ("Contact:", "Marisol Dekle-Hutto, Farm Administrator"),
        ]
    )
    d.sect("B. The offer in brief", color=(46, 104, 64), rule=True)
    d.bullets(
        [
            ("Job title:", "Farmworker, berry crops (SOC 45-2092)"),
            ("Workers requested:", "64"),
            ("First and last day of work:", "April 6, 2026 through July 17, 2026"),
            (
                "Schedule:",
                "Monday to Friday 7:00 a.m. to 3:30 p.m. with a 30-minute unpaid lunch, and Saturday "
                "7:00 a.m. to 11:00 a.m.; 44 hours in a normal week.",
            ),
            ("Hourly rate:", "$15.06 per hour."),
            (
                "Piece rate:",
                "$0.52 per pound of hand-picked blueberries, paid instead of the hourly rate in any "
                "pay period in which it yields more.",
            ),
            ("Payday:", "Weekly, every Friday, by paycheck or payroll card."),
            (
                "Deductions:",
                "federal and Georgia income tax only if the worker asks for it in writing; child "
                "support or garnishments ordered by a court; items the worker authorizes in writing "
                "for his or her own benefit; the equipment deposit described in section G.",
            ),
        ]
    )
    d.sect("C. Duties", color=(46, 104, 64), rule=True)
    d.para(
        "Hand-harvest rabbiteye and southern highbush blueberries into picking buckets, empty the buckets into "
        "lugs at the row end, and carry the lugs to the field trailer. Between picks, workers pull weeds around "
        "young plants, repair bird netting and clear fallen limbs. Some workers are assigned to the packing shed, "
        "where they feed fruit onto the sorting belt, pull soft and green berries, and stack finished clamshell "
        "flats on pallets. The work is done outdoors in heat, humidity and insects, standing and bending for long "
        "periods."
    )
    d.sect("D. Requirements", color=(46, 104, 64), rule=True)
    d.para(
        "Three months of experience hand-harvesting any fruit or vegetable crop. Able to lift and carry 40 pounds "
        "of fruit repeatedly. After an accident at work, or on reasonable suspicion, the employer may require a "
        "drug test, paid for entirely by the employer; no test is part of hiring."
    )
    d.sect("E. Places of work", color=(46, 104, 64), rule=True)
    d.grid(
        [
            ("Site", "Address", "County"),
            ("Home farm and packing shed", "1475 Tower Road, Alma, GA 31510", "Bacon"),
            ("Hurricane Creek field", "3920 Hurricane Church Road, Alma, GA 31510", "Bacon"),
            ("Baxley block", "611 Lanes Bridge Road, Baxley, GA 31513", "Appling"),
        ],
        widths=(34, 46, 20),
        head=True,
        head_fill=(214, 232, 218),
    )
    d.sect("F. Housing, meals and travel", color=(46, 104, 64), rule=True)
    d.clause(
        "Housing.",
        "Workers who cannot reasonably return to their permanent residence at the end of each "
        "workday are lodged, free of charge, at Satilla Bend Camp, 1510 Tower Road, Alma, GA 31510. The camp was "
        "inspected by the Georgia Department of Labor on March 19, 2026.",
    )
    d.clause(
        "Meals.",
        "Every camp building has a full kitchen with gas stoves, refrigerators, pots and dishes that "
        "workers use without charge. Workers who prefer not to cook may sign up for the optional camp meal plan, "
        "which costs $14.90 per day, an amount below the federal maximum meal charge for 2026.",
    )
    d.clause(
        "Daily transportation.",
        "A company bus carries workers from the camp to each field and back every "
        "workday at no charge.",
    )
    d.clause(
        "Travel to the job.",
        "When a worker completes 50 percent of the work contract period, the employer "
        "reimburses the reasonable cost of transportation and daily subsistence from the place of recruitment "
        "to the camp, if it did not already pay them; where these costs would bring first-week earnings below "
        "the federal minimum wage, they are reimbursed in the first workweek.",
    )
    d.clause(
        "Return travel.",
        "A worker who completes the contract period, or who is dismissed early for reasons "
        "other than cause, receives transportation and daily subsistence back to the place of recruitment at "
        "the employer's expense.",
    )
    d.clause(
        "Visa costs.",
        "The employer repays each worker's visa application fee and border-crossing fee in the "
        "first workweek.",
    )
    d.sect("G. Employer assurances", color=(46, 104, 64), rule=True)
    d.clause(
        "1. Wage rate.",
        "The employer pays at least the highest of the Adverse Effect Wage Rate, the prevailing "
        "wage, an agreed collective bargaining rate, or the federal or Georgia minimum wage, and adopts any "
        "higher Adverse Effect Wage Rate published during the season from its effective date.",
    )
    d.clause(
        "2. Three-fourths guarantee.",
        "The employer guarantees to offer each worker employment for at least "
        "three-fourths of the workdays of the contract period, counted in hours; if it falls short, it pays the "
        "amount the worker would have earned for the hours not offered.",
    )
    d.clause(
        "3. Tools.",
        "Pruning shears, hand rakes, orchard ladders and sorting gloves are supplied at no cost to "
        "the worker.",
    )
    d.clause(
        "4. Equipment deposit.",
        "Picking buckets, harvest belts and rain suits are issued against a $35 "
        "deposit that is taken from the worker's first paycheck and returned when the items are handed back on "
        "the last day of work.",
    )
    d.clause(
        "5. Workers' compensation.",
        "The employer provides workers' compensation insurance through Altamaha "
        "Farm Mutual Insurance Company, policy AFM-WC-40217, covering injury and disease arising out of the "
        "work.",
    )
    d.clause(
        "6. Abandonment and dismissal.",
        "A worker who fails to report for work for five consecutive working "
        "days without the employer's consent is considered to have abandoned the job, and the employer notifies "
        "the Department of Labor and the Department of Homeland Security within two working days. A worker may "
        "be dismissed for cause, such as violence, theft or repeated refusal to follow safety rules, after a "
        "written warning.",
    )
    d.clause(
        "7. Damage.",
        "A worker who damages camp appliances, mattresses or bus seats through carelessness will "
        "have the reasonable repair cost deducted from pay.",
    )
    d.clause(
        "8. No fees for jobs.",
        "Satilla Bend Berry Farms LLC pays Agromano Servicios de Enlace, S. de R.L. for "
        "all recruitment work, and neither the employer nor the recruiter may accept money, gifts or labor from "
        "a worker in exchange for a job.",
    )
    d.clause(
        "9. Documents.",
        "Workers keep their own passports and visas at all times; no supervisor may ask to hold "
        "them.",
    )
    d.clause(
        "10. Complaints.",
        "No worker will be fired, threatened or left off next season's call-back list for "
        "filing a complaint or speaking with a lawyer, a union or a government agency.",
    )
    d.clause(
        "11. Language.",
        "Each worker receives this clearance order in Spanish and in English before the visa "
        "interview.",
    )
    d.signatures(
        [
            [
                "Marisol Dekle-Hutto",
                "Farm Administrator, Satilla Bend Berry Farms LLC",
                "Signed February 2, 2026",
            ],
            ["Worker", "Name and date"],
        ],
        gap=14,
    )
    return d


def be02():
    d = Doc(
        fmt="letter",
        fam="dvs",
        size=9.6,
        margins=(22, 18, 22),
        head="Entiat Benchland Orchards LLC · Orden de trabajo WA-2026-50371",
        foot="Contrato H-2A · copia del trabajador · hoja {p}/{nb}",
        title="be02",
    )
    d.add_page()
    d.ttl("CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA TEMPORAL\n(PROGRAMA H-2A)", size=13)
    d.para(
        "Orden de trabajo WA-2026-50371 · Copia para el trabajador en español",
        align="C",
        style="I",
        size=9,
    )
    d.grid(
        [
            (
                "Empleador",
                "Entiat Benchland Orchards LLC, 4820 Entiat River Road, Entiat, WA 98822 · "
                "Tel. (509) 555-0143",
            ),
            ("Trabajador", "Eusebio Tlaxcalteca Marín"),
            ("Puesto", "Trabajador de huerta (manzana y pera)"),
            ("Periodo", "Del 3 de agosto de 2026 al 13 de noviembre de 2026"),
            (
                "Horario",
                "Lunes a viernes, de 6:00 a 14:30, con media hora de comida sin pago; 40 horas por semana",
            ),
            ("Salario", "$19.82 por hora, o $31.00 por bin cosechado cuando eso le dé más"),
            ("Día de pago", "Todos los viernes (pago semanal)"),
            ("Reclutador", "Enlaces Agrícolas del Bajío, A.C. (León, Guanajuato)"),
        ],
        widths=(22, 78),
        bold_first=True,
        zebra=(242, 239, 230),
        size=9.2,
    )
    d.sect("CLÁUSULAS", size=10.5, before=1)
    cl = [
        (
            "PRIMERA. El trabajo.",
            "EL TRABAJADOR hará raleo a mano de manzana y pera, cosecha con bolsa de recolección y "
            "escaleras de 10 y 12 pies, vaciado de la bolsa en bins, y mantenimiento de las hileras (retiro de chupones y "
            "ramas caídas). La cuota de producción esperada, después de las dos primeras semanas, es de 5 bins por día "
            "en variedades de tamaño normal.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Huertas del empleador en el condado de Chelan, Washington: Bloque Entiat "
            "(4820 Entiat River Road, Entiat) y Bloque Orondo (310 Bench Road, Orondo, WA 98843).",
        ),
        (
            "TERCERA. Requisitos.",
            "Tres meses de experiencia en cosecha de fruta de árbol y capacidad para subir y bajar "
            "escaleras cargando hasta 45 libras de fruta.",
        ),
        (
            "CUARTA. Salario más alto.",
            "Se paga siempre la tarifa más alta entre la tarifa AEWR, el salario "
            "prevaleciente, la tarifa de un convenio colectivo y el salario mínimo federal o de Washington; si durante "
            "el contrato se publica una tarifa mayor, se paga desde la fecha en que entra en vigor.",
        ),
        (
            "QUINTA. Pago y talón.",
            "El pago se entrega cada viernes por la semana anterior. Con cada pago EL "
            "TRABAJADOR recibe un talón con las horas ofrecidas, las horas trabajadas, los bins, la tarifa, las "
            "ganancias totales y cada descuento con su motivo.",
        ),
        (
            "SEXTA. Descuentos permitidos.",
            "Solo se descuenta: el impuesto federal sobre la renta si EL TRABAJADOR lo "
            "pide por escrito; la pensión alimenticia u otros embargos ordenados por un juez; y lo que EL TRABAJADOR "
            "autorice por escrito en su propio beneficio. Nunca se descuenta la vivienda, el transporte, las "
            "herramientas ni el equipo.",
        ),
        (
            "SÉPTIMA. Garantía de tres cuartas partes.",
            "El empleador ofrece trabajo por lo menos durante tres cuartas "
            "partes de los días laborables del periodo del contrato, contados en horas; si ofrece menos, paga a EL "
            "TRABAJADOR lo que habría ganado por las horas que faltaron.",
        ),
        (
            "OCTAVA. Vivienda.",
            "EL TRABAJADOR vive gratis en el Campamento Benchland, 4900 Entiat River Road, Entiat, "
            "WA 98822, inspeccionado por el estado antes de la temporada. La cama, el colchón, las cobijas y la llave "
            "se entregan sin cobrar depósito alguno.",
        ),
        (
            "NOVENA. Comidas.",
            "Cada unidad tiene una cocina equipada con estufa, refrigerador y utensilios que EL "
            "TRABAJADOR usa sin pagar nada.",
        ),
        (
            "DÉCIMA. Transporte diario.",
            "Una camioneta del empleador lleva a los trabajadores del campamento a las "
            "huertas y de regreso cada día de trabajo, sin costo.",
        ),
        (
            "UNDÉCIMA. Viaje de llegada.",
            "Al cumplir la mitad del periodo del contrato, el empleador reembolsa el "
            "transporte y los alimentos del viaje desde el lugar de reclutamiento hasta Entiat; si esos gastos dejan "
            "el pago de la primera semana por debajo del mínimo federal, se reembolsan en la primera semana. La tarifa "
            "de la visa y el cruce fronterizo se reembolsan en la primera semana de trabajo.",
        ),
        (
            "DUODÉCIMA. Viaje de regreso.",
            "Si EL TRABAJADOR termina el contrato, o si lo despiden antes sin causa, el "
            "empleador paga su transporte y alimentos de regreso al lugar donde fue reclutado.",
        ),
        (
            "DECIMOTERCERA. Herramientas y equipo.",
            "Escaleras, bolsas de recolección, guantes y tijeras de poda se "
            "entregan sin costo y sin depósito.",
        ),
        (
            "DECIMOCUARTA. Accidentes de trabajo.",
            "El empleador mantiene seguro de compensación para trabajadores "
            "ante el Departamento de Trabajo e Industrias de Washington, cuenta núm. 712-448-03, que cubre la atención "
            "médica y el salario perdido por lesiones sufridas en el trabajo.",
        ),
        (
            "DECIMOQUINTA. Abandono y despido.",
            "Si EL TRABAJADOR falta cinco días laborables seguidos sin avisar, se "
            "considera que abandonó el empleo y el empleador lo informa al gobierno dentro de dos días hábiles. Solo se "
            "despide por causa justificada, como violencia, robo o negarse repetidamente a seguir las reglas de "
            "seguridad, y después de una advertencia por escrito.",
        ),
        (
            "DECIMOSEXTA. Si el trabajo se vuelve imposible.",
            "Si granizo, incendio, helada u otro desastre natural "
            "hace imposible continuar, el empleador puede terminar el contrato antes con la aprobación del "
            "Departamento de Trabajo, pero paga la garantía de tres cuartas partes hasta esa fecha y el viaje de "
            "regreso, o procura ofrecer otro empleo.",
        ),
        (
            "DECIMOSÉPTIMA. Ningún cobro por el empleo.",
            "Ni el empleador ni Enlaces Agrícolas del Bajío, A.C. pueden "
            "pedir dinero, regalos ni trabajo gratis a cambio de este empleo. El empleador paga todos los servicios "
            "del reclutador.",
        ),
        ("DECIMOCTAVA. Documentos.", "EL TRABAJADOR conserva siempre su pasaporte y su visa."),
        (
            "DECIMONOVENA. Quejas.",
            "EL TRABAJADOR puede presentar quejas ante el Departamento de Trabajo, un abogado "
            "o un sindicato sin sufrir despido, amenazas ni exclusión de futuras temporadas.",
        ),
    ]
    for lab, txt in cl:
        d.clause(lab, txt, after=1.4)
    d.para(
        "Firmado en Entiat, Washington, el 14 de julio de 2026, en dos ejemplares en español.",
        after=0,
    )
    d.signatures(
        [
            ["Por el empleador", "Howard P. Lindgren, gerente de huertas"],
            ["EL TRABAJADOR", "Eusebio Tlaxcalteca Marín"],
        ],
        gap=14,
    )
    return d


def be03():
    d = Doc(
        fmt="letter",
        fam="dv",
        size=9.4,
        margins=(21, 16, 21),
        foot="Gestoría Agrolaboral Huasteca, S.C. · Folio GAH-2026-0417 · Página {p} de {nb}",
        title="be03",
    )
    d.add_page()
    d.f("B", 8)
    d.cell(0, 4, "Folio GAH-2026-0417", align="R", **NL)
    d.ln(1)
    d.ttl(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL AGRÍCOLA EN LOS ESTADOS "
        "UNIDOS",
        size=12,
    )
    d.para(
        "En Ciudad Valles, San Luis Potosí, el día 9 de febrero de 2026, comparecen por una parte Gestoría "
        "Agrolaboral Huasteca, S.C., con domicilio en Calle Hidalgo 214, Zona Centro, Ciudad Valles, S.L.P., "
        'representada por el Lic. Fermín Ocampo Rivas (en lo sucesivo, "LA GESTORÍA"), y por la otra el C. '
        "Rigoberto Tenorio Castillo, originario de Tamazunchale, S.L.P., con CURP TECR900412HSPNSG05 (en lo "
        'sucesivo, "EL ASPIRANTE"), al tenor de las siguientes declaraciones y cláusulas.'
    )
    d.sect("DECLARACIONES", size=10, before=1)
    d.clause(
        "I.",
        'LA GESTORÍA declara que Harlan Creek Tobacco Farms LLC (en lo sucesivo, "EL PATRÓN") le encargó '
        "localizar trabajadores para su orden de trabajo H-2A número KY-2026-20914.",
    )
    d.clause(
        "II.",
        "EL ASPIRANTE declara contar con dos temporadas de experiencia en el cultivo de tabaco.",
    )
    d.clause(
        "III.",
        "Ambas partes reconocen que la aprobación de la visa depende exclusivamente del consulado.",
    )
    d.sect("CLÁUSULAS", size=10, before=1)
    d.clause(
        "PRIMERA. Oferta de empleo.",
        "EL PATRÓN ofrece las condiciones siguientes, que LA GESTORÍA transcribe "
        "de la orden de trabajo:",
        after=1,
    )
    d.grid(
        [
            (
                "Patrón",
                "Harlan Creek Tobacco Farms LLC, 3125 Old Frankfort Road, Cynthiana, KY 41031, EE. UU.",
            ),
            (
                "Actividades",
                "Trasplante de plántula de tabaco, deshierbe con azadón, despunte y deshije, corte de "
                "plantas, ensarte en palos, carga en carretas y colgado en graneros de curado",
            ),
            ("Lugar", "Campos y graneros de EL PATRÓN en el condado de Harrison, Kentucky"),
            ("Periodo", "Del 18 de mayo al 27 de noviembre de 2026"),
            (
                "Horario",
                "Lunes a viernes, de 6:30 a 15:00, con media hora para comer; 40 horas por semana",
            ),
            ("Salario", "$16.70 dólares por hora"),
            ("Pago", "Semanal, cada jueves"),
            (
                "Requisitos",
                "Dos temporadas de experiencia en tabaco; capacidad para cargar 50 libras",
            ),
            (
                "Vivienda",
                "Gratuita, en la casa de trabajadores de la granja, 3131 Old Frankfort Road, Cynthiana, "
                "KY; con cocina equipada de uso gratuito",
            ),
            ("Transporte diario", "Sin costo, de la vivienda a los campos y de regreso"),
            (
                "Viaje",
                "EL PATRÓN reembolsa el autobús de Monterrey a Cynthiana y los alimentos del camino al "
                "completar la mitad del contrato, y paga el regreso a Monterrey al terminar.",
            ),
            (
                "Herramientas",
                "Azadones, cuchillos de corte y lanzas de ensarte se entregan sin costo",
            ),
        ],
        widths=(19, 81),
        bold_first=True,
        size=8.8,
    )
    d.clause(
        "SEGUNDA. Servicios de LA GESTORÍA.",
        "LA GESTORÍA integrará el expediente de EL ASPIRANTE, programará "
        "su cita consular, lo orientará para la entrevista y coordinará su traslado hasta Monterrey.",
    )
    d.clause(
        "TERCERA. Aportación por gestoría.",
        "Por la integración y seguimiento de su expediente, EL ASPIRANTE "
        "cubrirá a LA GESTORÍA una aportación única de $8,500.00 (ocho mil quinientos pesos 00/100 M.N.), "
        "pagadera la mitad a la firma de este convenio y el resto al recibir la fecha de su cita consular.",
    )
    d.clause(
        "CUARTA. Derechos consulares.",
        "El derecho de visa que se deposita en el banco para la cita consular, "
        "de 205 dólares, corre por cuenta de EL ASPIRANTE y no forma parte de los gastos que EL PATRÓN "
        "reembolsa.",
    )
    d.clause(
        "QUINTA. Garantía de cumplimiento.",
        "En garantía de que se presentará a trabajar y regresará en la "
        "fecha pactada, EL ASPIRANTE suscribe en este acto un pagaré por $25,000.00 a favor de LA GESTORÍA, que "
        "le será devuelto al volver a México.",
    )
    d.clause(
        "SEXTA. Resguardo de documentos.",
        "Una vez estampada la visa, el pasaporte de EL ASPIRANTE quedará "
        "bajo resguardo de LA GESTORÍA hasta el momento de abordar el autobús en Monterrey, para evitar "
        "extravíos.",
    )
    d.clause(
        "SÉPTIMA. Traslado a Monterrey.",
        "LA GESTORÍA no cobra a EL ASPIRANTE el autobús de Ciudad Valles a "
        "Monterrey ni el hospedaje de la noche anterior al cruce.",
    )
    d.clause(
        "OCTAVA. Jurisdicción.",
        "Para la interpretación de este convenio las partes se someten a los "
        "tribunales de Ciudad Valles, S.L.P.",
    )
    d.para("Leído que fue el presente convenio, las partes lo firman por duplicado.", after=0)
    d.signatures(
        [
            ["LA GESTORÍA", "Lic. Fermín Ocampo Rivas", "Gestoría Agrolaboral Huasteca, S.C."],
            ["EL ASPIRANTE", "Rigoberto Tenorio Castillo"],
        ],
        gap=26,
        fingerprint="Huella\nEL ASPIRANTE",
    )
    return d


def be04():
    d = Doc(
        fmt="letter",
        fam="dvc",
        size=9.2,
        margins=(16, 16, 16),
        band=(28, 70, 52),
        head="MOLALLA RIDGE EVERGREENS LLC   ·   H-2A JOB ORDER OR-2026-71562",
        foot="Job order OR-2026-71562 · {p}/{nb}",
        title="be04",
    )
    d.add_page()
    d.ttl(
        "Job Order and Work Contract for Temporary Agricultural Workers",
        size=13,
        align="L",
        color=(28, 70, 52),
        after=1,
    )
    d.grid(
        [
            (
                "Employer",
                "Molalla Ridge Evergreens LLC, 18240 S Ramsby Road, Molalla, OR 97038 · (503) 555-0158",
            ),
            ("Crop / activity", "Christmas trees: shearing, planting and harvest"),
            ("Openings", "28 workers"),
            ("Contract period", "September 14, 2026 to December 18, 2026"),
        ],
        widths=(20, 80),
        bold_first=True,
        borders="HORIZONTAL_LINES",
        size=9,
    )
    items = [
        ("h", "1. The work"),
        (
            "p",
            "Christmas tree farmworker (SOC 45-2092). Shear and shape noble fir, Nordmann fir and Douglas fir with "
            "shearing knives; plant seedlings; hand-weed and mow between rows; tag and count trees. During harvest, "
            "cut trees, drag them to the lanes, run them through the baler and load them on trucks. On December "
            "weekends, workers help visitors at the U-cut stand, load trees on cars and collect the $55 U-cut tree "
            "price from visitors for the farm.",
        ),
        ("h", "2. Who may apply"),
        (
            "p",
            "Three months of experience in Christmas tree, nursery or orchard work, and the ability to lift "
            "50 pounds. After a workplace accident the employer may require a drug test, which it pays for "
            "entirely.",
        ),
        ("h", "3. Where"),
        (
            "p",
            "Home farm, 18240 S Ramsby Road, Molalla, OR 97038; Wilhoit field, 30555 S Wilhoit Road, Molalla, OR "
            "97038; Colton field, 21410 S Hult Road, Colton, OR 97017.",
        ),
        ("h", "4. Hours"),
        (
            "p",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute unpaid lunch. From "
            "November 9 to December 12 the employer may also offer Saturday work from 7:00 a.m. to 11:30 a.m.",
        ),
        ("h", "5. Pay"),
        ("lp", "Rate.", "$20.14 per hour for all work."),
        (
            "lp",
            "Highest wage.",
            "The employer always pays the highest of the Adverse Effect Wage Rate, the "
            "prevailing wage, any collective bargaining rate, and the federal or Oregon minimum wage; a higher "
            "rate published during the contract applies from its effective date.",
        ),
        ("lp", "Payday.", "Weekly, every Thursday, by check or direct deposit."),
        (
            "lp",
            "Pay records.",
            "Every payday the worker receives an earnings statement showing hours offered, hours "
            "worked, rate, gross pay, each deduction and net pay.",
        ),
        (
            "lp",
            "Deductions.",
            "Only federal and Oregon income tax the worker asks to have withheld, court-ordered "
            "garnishments, and items the worker authorizes in writing for his or her own benefit. No deduction "
            "is ever made for housing, transportation, tools or safety gear.",
        ),
        (
            "lp",
            "Completion bonus.",
            "A worker who stays to the last day of the contract receives an extra $0.50 for "
            "every hour worked during the season, on top of all wages, which are paid in full each week.",
        ),
        ("h", "6. Guarantee"),
        (
            "p",
            "The employer guarantees to offer work for at least three-fourths of the workdays in the contract "
            "period, measured in hours, and pays the difference if it offers less.",
        ),
        ("h", "7. Housing and meals"),
        (
            "p",
            "Free housing at the Ramsby Road bunkhouse, 18300 S Ramsby Road, Molalla, OR 97038: no rent, no utility "
            "charges, and no deposit for beds, bedding or keys. Residents share a free kitchen with ranges, "
            "refrigerators and cookware, and may come and go at any hour and receive visitors.",
        ),
        ("h", "8. Transportation"),
        (
            "lp",
            "Daily.",
            "Free van transportation between the bunkhouse and the fields every workday.",
        ),
        (
            "lp",
            "Inbound.",
            "The employer reimburses travel and daily subsistence from the place of recruitment once "
            "the worker completes half of the contract period, or in the first workweek to the extent needed to "
            "meet the federal minimum wage. Visa and border-crossing fees are repaid in the first workweek.",
        ),
        (
            "lp",
            "Return.",
            "Workers who complete the contract, or are dismissed without cause, receive paid "
            "transportation and subsistence back to the place of recruitment.",
        ),
        ("h", "9. Tools and gear"),
        (
            "p",
            "Shearing knives, sharpening stones, chainsaws, leg guards, gloves, helmets, hearing protection and "
            "rain gear are provided free, replaced free when worn out, and no deposit is taken for them.",
        ),
        ("h", "10. Injury insurance"),
        (
            "p",
            "Workers' compensation coverage through Willamette Growers Mutual, policy WGM-77310.",
        ),
        ("h", "11. Leaving the job"),
        (
            "p",
            "A worker absent five consecutive scheduled workdays without notice is treated as having abandoned "
            "the job, and the employer reports it within two working days. Dismissal for cause (violence, theft, "
            "repeated safety violations) follows a written warning and a chance to respond.",
        ),
        ("h", "12. If the work becomes impossible"),
        (
            "p",
            "If a windstorm, ice storm, fire or other act of God makes the work impossible, the employer may end "
            "the contract early with Department of Labor approval, but pays the three-fourths guarantee up to "
            "that date and the return trip, or offers other work.",
        ),
        ("h", "13. Daily routine and safety"),
        (
            "p",
            "Crews meet at the home farm shop at 6:50 a.m. for assignments. Cool drinking water, shade and paid "
            "rest breaks of ten minutes every two hours are provided in every field. Chainsaws are run only by "
            "workers who have been shown how to use them safely, and anyone may stop work he believes is unsafe "
            "without losing pay for the rest of the shift.",
        ),
        ("h", "14. Pesticides"),
        (
            "p",
            "No worker enters a block before the restricted-entry interval posted at the field gate has ended. "
            "Pesticide safety training is given on paid work time, in Spanish, at no cost to workers, before the "
            "first day in the fields.",
        ),
        ("h", "15. Copies"),
        (
            "p",
            "Each worker receives this job order in English and Spanish no later than the time the visa is "
            "requested, and a signed copy on the first day of work.",
        ),
    ]
    d.cols2(items, size=9.2)
    d.ln(2)
    d.box(
        "**No one may charge you for this job.** Cosecha Justa Reclutamiento, S.A. de C.V. recruits for "
        "Molalla Ridge Evergreens LLC and is paid by the employer. Workers owe the employer, the recruiter and "
        "their staff nothing for being hired. Passports stay with the workers. Complaints may be made to the "
        "Department of Labor without retaliation. A Spanish copy of this job order is given to every worker.",
        md=True,
        fill=(232, 242, 236),
        size=9.2,
    )
    d.signatures(
        [
            ["Employer: Grant Vanderzanden, owner", "Molalla Ridge Evergreens LLC"],
            ["Worker signature and date"],
        ],
        gap=14,
    )
    return d


def be05():
    d = Doc(
        fmt="letter",
        fam="ls",
        size=9.8,
        margins=(22, 18, 22),
        foot="Sampson Sandhill Produce LLC · Contrato de temporada 2026 · pág. {p}",
        title="be05",
    )
    d.add_page()
    d.f("B", 15)
    d.set_text_color(120, 60, 20)
    d.cell(0, 7, "SAMPSON SANDHILL PRODUCE LLC", **NL)
    d.set_text_color(0, 0, 0)
    d.f("", 8.5)
    d.cell(0, 4, "2715 Bearskin Road, Clinton, NC 28328 · (910) 555-0133", **NL)
    d.set_draw_color(120, 60, 20)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_draw_color(0, 0, 0)
    d.ln(4)
    d.ttl("CONTRATO DE TRABAJO DE TEMPORADA — PROGRAMA H-2A", size=12.5)
    d.grid(
        [
            ("Trabajador", "Aureliano Cruz Mendoza Vega, originario de Linares, Nuevo León"),
            ("Cultivo", "Camote (batata)"),
            ("Orden de trabajo", "NC-2026-33908"),
            ("Experiencia requerida", "Según la orden de trabajo"),
            (
                "Coordinador en México",
                "Servicios Agrícolas Caminos del Norte, S.A. de C.V., Monterrey, N.L.",
            ),
        ],
        widths=(30, 70),
        bold_first=True,
        size=9.2,
    )
    sec = [
        (
            "I. Las partes.",
            "Sampson Sandhill Produce LLC, con domicilio en 2715 Bearskin Road, Clinton, NC 28328 (LA "
            "EMPRESA), contrata a EL TRABAJADOR nombrado arriba para trabajo agrícola temporal.",
        ),
        (
            "II. El trabajo.",
            "EL TRABAJADOR sembrará guías de camote en mayo y junio, deshierbará con azadón, y en la "
            "cosecha seguirá a la arrancadora para recoger el camote a mano en cubetas, vaciarlo en bins y separar el "
            "camote dañado.",
        ),
        (
            "III. Lugar.",
            "Campos de LA EMPRESA en los condados de Sampson y Johnston, Carolina del Norte: 2715 Bearskin "
            "Road, Clinton, NC 28328 y 880 Keener Road, Newton Grove, NC 28366.",
        ),
        (
            "IV. Periodo y horario.",
            "Del 11 de mayo al 6 de noviembre de 2026. Lunes a viernes de 7:00 a 16:00 con una "
            "hora de comida sin pago; 40 horas por semana.",
        ),
        (
            "V. Salario.",
            "$16.14 por hora; en la cosecha, $0.65 por cubeta llena cuando eso le conviene más a EL "
            "TRABAJADOR. LA EMPRESA paga siempre la tarifa más alta entre la AEWR, el salario prevaleciente y el "
            "mínimo federal o estatal, y aplica cualquier aumento publicado desde su fecha de vigencia.",
        ),
        (
            "VI. Pago.",
            "Cada viernes, por cheque. Con cada cheque EL TRABAJADOR recibe un talón con las horas "
            "ofrecidas y trabajadas, las cubetas, la tarifa, el total ganado y cada descuento.",
        ),
        (
            "VII. Descuentos.",
            "Los descuentos que se harán al salario son los que aparecen en el Anexo B de este "
            "contrato.",
        ),
        (
            "VIII. Vivienda y cocina.",
            "EL TRABAJADOR vivirá en la casa de trabajadores de la granja, 2740 Bearskin "
            "Road, Clinton, NC 28328; los servicios de la casa se cubren como indica el Anexo B. La casa tiene cocina "
            "con estufas y refrigeradores que los trabajadores usan sin costo.",
        ),
        (
            "IX. Transporte.",
            "Un autobús de LA EMPRESA lleva gratis a los trabajadores de la casa a los campos y de "
            "regreso. Al terminar el contrato, LA EMPRESA paga el autobús de regreso a Monterrey y los alimentos del "
            "camino. LA EMPRESA reembolsa la cuota de la visa en la primera semana de trabajo.",
        ),
        ("X. Herramientas.", "Cubetas, guantes, azadones y cuchillos se entregan sin costo."),
        (
            "XI. Seguro.",
            "LA EMPRESA tiene seguro de compensación para trabajadores con Tar Heel Growers Mutual, "
            "póliza THG-55102.",
        ),
        (
            "XII. Terminación.",
            "Si EL TRABAJADOR falta cinco días laborables seguidos sin permiso, se considera que "
            "abandonó el trabajo. LA EMPRESA solo puede despedir por causa justificada, como robo, violencia o faltas "
            "graves de seguridad.",
        ),
        (
            "XIII. Imposibilidad.",
            "Si un huracán, una inundación u otro desastre natural impide continuar el trabajo, "
            "LA EMPRESA puede terminar el contrato con permiso del Departamento de Trabajo y paga lo ganado y el "
            "regreso a Monterrey.",
        ),
        (
            "XIV. Reclutamiento.",
            "Servicios Agrícolas Caminos del Norte, S.A. de C.V. no cobra a EL TRABAJADOR por su "
            "contratación; LA EMPRESA le paga sus servicios.",
        ),
    ]
    for lab, txt in sec:
        d.clause(lab, txt)
    d.signatures(
        [
            ["LA EMPRESA", "Dwayne T. Honeycutt, gerente"],
            ["EL TRABAJADOR", "Aureliano Cruz Mendoza Vega"],
        ],
        gap=16,
    )
    d.add_page()
    d.sect("ANEXO B — DESCUENTOS AL SALARIO", size=11.5, before=0, color=(120, 60, 20))
    d.para(
        "Este anexo forma parte del contrato de temporada 2026 y se aplica a cada cheque semanal."
    )
    d.grid(
        [
            ("Concepto", "Cómo se aplica"),
            (
                "Impuestos",
                "Impuesto federal y estatal sobre la renta, solo si el trabajador lo pide por escrito.",
            ),
            (
                "Servicios",
                "Cuota semanal de servicios de la vivienda (luz, agua y gas): $22.00 por trabajador, "
                "descontada cada viernes.",
            ),
            (
                "Autobús de llegada",
                "El costo del autobús de Monterrey a Clinton, $185.00, se recupera en cinco "
                "descuentos semanales de $37.00 a partir de la segunda semana.",
            ),
            (
                "Fondo de permanencia",
                "De cada hora trabajada se apartan $1.25, que se entregan al trabajador junto "
                "con su último cheque de la temporada.",
            ),
            ("Embargos", "Pensión alimenticia u otros descuentos ordenados por un juez."),
            (
                "Autorizados",
                "Otros descuentos que el trabajador autorice por escrito en su propio beneficio.",
            ),
        ],
        widths=(26, 74),
        head=True,
        head_fill=(240, 224, 205),
        size=9.4,
    )
    d.para("Recibí copia de este anexo y del contrato, en español.")
    d.signatures([["Firma de EL TRABAJADOR"], ["Fecha"]], gap=14)
    return d


def be06():
    d = Doc(
        fmt="letter",
        fam="lsr",
        size=10.6,
        margins=(25, 18, 25),
        foot="Nanticoke Point Seafood Co. · page {p} of {nb}",
        title="be06",
    )
    d.add_page()
    d.f("B", 17, fam="ls")
    d.set_text_color(20, 60, 110)
    d.cell(0, 8, "NANTICOKE POINT SEAFOOD CO.", align="C", **NL)
    d.f("", 8.5, fam="ls")
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        4,
        "440 Cove Landing Road, Tyaskin, MD 21865  ·  (410) 555-0192  ·  Blue crab since 1961",
        align="C",
        **NL,
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(20, 60, 110)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.ln(6)
    d.para("February 16, 2026", align="L")
    d.para("Ms. Yesenia Ortiz Candelario\nLas Barrancas, Alvarado, Veracruz, Mexico", align="L")
    d.para(
        "Re: Offer of seasonal employment, H-2B certification H-400-26027-604118",
        style="B",
        align="L",
    )
    d.para("Dear Ms. Ortiz Candelario,", align="L")
    d.para(
        "We are pleased to offer you a seasonal position as a crab meat picker at our plant on the Nanticoke River. "
        "Our recruiting partner, Chesapeake Talent Bridge LLC of Salisbury, Maryland, and its agent in Mexico, "
        "Enlaces Costa Sotavento, will help you schedule your visa appointment. The main terms are:"
    )
    d.grid(
        [
            ("Position", "Crab meat picker (SOC 51-3022)"),
            (
                "Duties",
                "Pick and grade steamed blue crab meat by hand (jumbo lump, backfin and claw), pack it in "
                "containers, weigh and label them, and clean tables and utensils at the end of each shift.",
            ),
            ("Place of work", "Processing plant, 440 Cove Landing Road, Tyaskin, MD 21865"),
            ("Dates", "April 1, 2026 through November 20, 2026"),
            (
                "Schedule",
                "Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid break; 40 hours per "
                "week",
            ),
            (
                "Pay",
                "$17.12 per hour, or $4.40 per pound of picked meat, whichever is higher for the workweek",
            ),
            ("Payday", "Every Friday (weekly)"),
            (
                "Requirements",
                "Three months of experience picking crab or shucking shellfish; able to stand at a work "
                "table for the full shift",
            ),
            (
                "Tools",
                "Picking knives, aprons, gloves, hairnets and boots are provided free of charge",
            ),
        ],
        widths=(24, 76),
        bold_first=True,
        size=10,
        zebra=(236, 242, 250),
    )
    paras = [
        (
            "1. Wages.",
            "We will pay at least the highest of the prevailing wage on our certification and the federal "
            "or Maryland minimum wage, and any higher prevailing wage the Department of Labor publishes during the "
            "season from its effective date.",
        ),
        (
            "2. Guaranteed hours.",
            "In each 12-week period of the season we will offer you work for at least "
            "three-fourths of the workdays, counted in hours, or pay you for the hours we fall short.",
        ),
        (
            "3. Pay statements.",
            "Each payday you receive an itemized statement of hours offered, hours worked, "
            "earnings, each deduction and net pay.",
        ),
        (
            "4. Deductions.",
            "We deduct only federal and Maryland income tax, Social Security and Medicare taxes, the "
            "housing charge in paragraph 7 for workers who choose company housing, the contribution in paragraph 5, and "
            "any deduction you authorize in writing.",
        ),
        (
            "5. Administrative support contribution.",
            "Each worker owes Chesapeake Talent Bridge LLC an administrative "
            "support contribution of $450 for file preparation, appointment scheduling and pre-departure coordination. "
            "We withhold it from your first three paychecks, $150 each time, and send it to Chesapeake Talent Bridge "
            "LLC.",
        ),
        (
            "6. Travel and visa.",
            "If you complete 50 percent of the season, we reimburse your transportation and "
            "daily subsistence from Alvarado to Tyaskin; we pay them in your first workweek to the extent needed to meet "
            "the federal minimum wage. We reimburse your visa, visa processing and border-crossing fees in your first "
            "workweek. If you finish the season, or we dismiss you early for a reason other than cause, we pay your "
            "transportation and subsistence back to Alvarado.",
        ),
        (
            "7. Housing.",
            "Company trailers at 452 Cove Landing Road are available to workers who want them at $65 per "
            "bed per week, deducted from pay.",
        ),
        (
            "8. House rules.",
            "Residents must be inside the company trailers between 9:00 p.m. and 5:00 a.m. and may not "
            "leave Wicomico County on their days off without the plant manager's written approval.",
        ),
        (
            "9. Ending employment.",
            "If you fail to report to work for five consecutive working days without "
            "permission, we will consider that you have abandoned the job and will notify the Department of Labor and "
            "the Department of Homeland Security. We may dismiss a worker for cause, including theft, fighting or "
            "repeated unsafe conduct.",
        ),
        (
            "10. Your documents and your voice.",
            "You keep your passport and visa. You may raise complaints with us or "
            "with the Department of Labor without any retaliation.",
        ),
    ]
    for lab, txt in paras:
        d.clause(lab, txt)
    d.para(
        "Please sign below to accept this offer and return a copy to Chesapeake Talent Bridge LLC."
    )
    d.para("Sincerely,", align="L", after=0)
    d.signatures(
        [
            ["Dale R. Whitlock", "Plant Manager, Nanticoke Point Seafood Co."],
            ["Accepted: Yesenia Ortiz Candelario", "Date"],
        ],
        gap=14,
    )
    return d


def be07():
    d = Doc(
        fmt="letter",
        fam="dv",
        size=9.2,
        margins=(18, 16, 18),
        head="Frenchman Bay Lodging Group LLC · Caso DOL H-400-26034-611902",
        foot="Hoja de condiciones H-2B · {p}/{nb}",
        title="be07",
    )
    d.add_page()
    d.ttl("HOJA DE CONDICIONES DE EMPLEO Y CONTRATO DE TRABAJO TEMPORAL H-2B", size=12)
    gray = (70, 70, 70)

    def sec(t):
        d.ln(1)
        d.f("B", 9.4)
        d.set_fill_color(*gray)
        d.set_text_color(255, 255, 255)
        d.cell(0, 5.6, "  " + t, fill=True, **NL)
        d.set_text_color(0, 0, 0)
        d.set_fill_color(255, 255, 255)
        d.ln(0.8)
        d.f()

    sec("1. EMPLEADOR")
    d.grid(
        [
            ("Razón social", "Frenchman Bay Lodging Group LLC"),
            ("Domicilio", "210 Eden Street, Bar Harbor, ME 04609, Estados Unidos"),
            ("Teléfono", "(207) 555-0161"),
        ],
        widths=(22, 78),
        bold_first=True,
    )
    sec("2. TRABAJADORA")
    d.grid(
        [
            ("Nombre", "Karla Yamileth Pop Caal"),
            ("Lugar de origen", "San Pedro Carchá, Alta Verapaz, Guatemala"),
            ("Reclutada por", "Conexión Laboral Cumbre, S.A., Ciudad de Guatemala"),
        ],
        widths=(22, 78),
        bold_first=True,
    )
    sec("3. PUESTO, TAREAS Y REQUISITOS")
    d.para(
        "Camarista de hotel (SOC 37-2012): tender camas, cambiar toallas y blancos, limpiar baños y habitaciones, "
        "reponer amenidades y anotar en la tableta del hotel los consumos del minibar que se cargan a la cuenta "
        "del huésped."
    )
    d.para(
        "Requisitos: tres meses de experiencia en limpieza de hoteles, casas de huéspedes o residencias. No se "
        "requiere hablar inglés."
    )
    sec("4. LUGAR Y PERIODO")
    d.grid(
        [
            (
                "Lugares",
                "Hotel Schooner Point, 210 Eden Street, Bar Harbor, ME 04609, y Juniper Cove Cottages, "
                "58 Harbor Lane, Bar Harbor, ME 04609",
            ),
            ("Periodo", "Del 11 de mayo de 2026 al 24 de octubre de 2026"),
            (
                "Horario",
                "40 horas por semana, cinco días, de 8:00 a 16:30 con 30 minutos de comida sin pago; los días "
                "de descanso se fijan cada semana en el rol",
            ),
        ],
        widths=(22, 78),
        bold_first=True,
    )
    sec("5. SALARIO Y PAGO")
    d.bullets(
        [
            "☑ Salario: **$17.80 por hora.**",
            "☑ Horas extra: por cada hora trabajada después de 40 en la semana se paga $26.70 (tiempo y medio).",
            "☑ Si el Departamento de Trabajo publica un salario prevaleciente más alto, o sube el salario mínimo de "
            "Maine o el federal, se paga el más alto desde la fecha en que rige.",
            "☑ Pago semanal, cada jueves, por depósito directo a la cuenta que usted elija o con cheque.",
            "☑ Con cada pago recibe un talón con las horas ofrecidas, las horas trabajadas, la tarifa, los "
            "descuentos y el pago neto.",
            "☑ Propinas: todas las propinas que dejan los huéspedes son suyas y no cuentan como parte del salario.",
        ],
        sym="",
        indent=1,
        gap=1,
    )
    sec("6. DESCUENTOS")
    d.para(
        "Solo se descuentan los impuestos federales y de Maine, el Seguro Social y Medicare, y lo que usted "
        "autorice por escrito para su propio beneficio. No se descuentan uniformes, transporte ni herramientas."
    )
    sec("7. GARANTÍA DE HORAS")
    d.para(
        "En cada periodo de 12 semanas el empleador le ofrece trabajo por lo menos durante tres cuartas partes de "
        "los días laborables, contados en horas; si ofrece menos, le paga las horas que faltaron."
    )
    sec("8. VIAJES Y VISA")
    d.bullets(
        [
            "☑ Viaje de llegada: al cumplir la mitad del periodo se le reembolsan el transporte y los alimentos "
            "del viaje desde Guatemala; en la primera semana, si hace falta para no quedar por debajo del mínimo "
            "federal.",
            "☑ Visa: la tarifa de la visa, los gastos de su trámite y el cruce fronterizo se le reembolsan en la "
            "primera semana de trabajo.",
            "☑ Regreso: si termina la temporada, o si el empleador la despide antes sin causa, se le paga el "
            "transporte y los alimentos de regreso a Guatemala.",
        ],
        sym="",
        indent=1,
        gap=1,
    )
    sec("9. UNIFORMES, HERRAMIENTAS Y VIVIENDA")
    d.para(
        "Se entregan tres uniformes, carrito, productos de limpieza y guantes sin costo; la lavandería del hotel "
        "lava los uniformes gratis y no se pide depósito. El empleador no ofrece vivienda."
    )
    sec("10. FIN DEL EMPLEO")
    d.para(
        "Si usted falta cinco días de trabajo seguidos sin avisar, se considera que abandonó el empleo y el "
        "empleador lo reporta al gobierno. Solo se le puede despedir por causa justificada, por ejemplo robo o "
        "violencia, después de una advertencia por escrito."
    )
    d.para(
        "Si un incendio, un huracán u otra causa fuera del control del empleador obliga a cerrar el hotel antes de "
        "tiempo, usted recibe la garantía de horas hasta esa fecha y el viaje de regreso, o se le ofrece otro "
        "empleo."
    )
    sec("11. SUS DERECHOS")
    d.para(
        "Conexión Laboral Cumbre, S.A. recibe su pago del empleador; ni ella ni ninguna otra persona puede "
        "cobrarle por este trabajo. Usted guarda su pasaporte y su visa. Puede quejarse ante el Departamento de "
        "Trabajo sin represalias. Este documento se le entrega en español."
    )
    d.signatures(
        [
            ["Por el empleador", "Christine Ouellette-Hanlon", "Gerente de recursos humanos"],
            ["La trabajadora", "Karla Yamileth Pop Caal"],
        ],
        gap=14,
    )
    return d


def be08():
    d = Doc(
        fmt="A4",
        fam="lsr",
        size=10.4,
        margins=(24, 20, 22),
        foot="Intermediaciones Laborales Atlántida, S. de R.L. — Contrato ILA-27-118 — {p}",
        title="be08",
    )
    d.add_page()
    d.ttl(
        "CONTRATO DE SERVICIOS DE INTERMEDIACIÓN LABORAL PARA CAMPAÑA AGRÍCOLA EN ESPAÑA", size=12.5
    )
    d.para("En La Ceiba, Atlántida, a 20 de octubre de 2026.")
    d.para(
        "De una parte, Intermediaciones Laborales Atlántida, S. de R.L., con domicilio en Avenida San Isidro, 7a "
        "calle, La Ceiba, Honduras, representada por su gerente, Abg. Nolvia Esperanza Castro Ramos (en adelante, "
        "LA AGENCIA)."
    )
    d.para(
        "De otra parte, Dilcia Marisol Zelaya Bonilla, mayor de edad, con documento nacional de identificación "
        "0101-1995-02233, vecina de Jutiapa, Atlántida (en adelante, LA PERSONA CONTRATADA)."
    )
    d.sect("EXPONEN", size=10.5, before=0.5)
    d.para(
        "Que Frutas Doñana Moguer, S.L. (en adelante, EL EMPLEADOR) ha encargado a LA AGENCIA la preselección de "
        "trabajadoras para la campaña de fresa 2027, dentro de la gestión colectiva de contrataciones en origen, y "
        "que ambas partes acuerdan las siguientes"
    )
    d.sect("CLÁUSULAS", size=10.5, before=0.5)
    d.clause(
        "Primera. Condiciones del empleo.",
        "Las condiciones ofrecidas por EL EMPLEADOR son las siguientes:",
        after=1,
    )
    d.grid(
        [
            (
                "Empleador",
                "Frutas Doñana Moguer, S.L., Carretera A-494, km 4,2, 21800 Moguer (Huelva), España",
            ),
            (
                "Puesto",
                "Peona agrícola: recolección de fresa y frutos rojos en macrotúnel, limpieza de plantas y "
                "carga de cajas",
            ),
            (
                "Lugar de trabajo",
                "Fincas de EL EMPLEADOR en Moguer y Palos de la Frontera (Huelva)",
            ),
            ("Duración", "Del 1 de febrero al 15 de junio de 2027"),
            ("Jornada", "A determinar por el encargado de finca"),
            ("Salario", "52,40 euros por jornada completa, según el convenio del campo de Huelva"),
            (
                "Descuentos",
                "Cotización de la trabajadora a la Seguridad Social e IRPF, según la ley española",
            ),
            ("Alojamiento", "Gratuito, en los módulos de la finca, con cocina equipada"),
            (
                "Viaje",
                "EL EMPLEADOR paga el billete de avión de ida y vuelta San Pedro Sula–Madrid y el autobús "
                "hasta Moguer",
            ),
        ],
        widths=(22, 78),
        bold_first=True,
        size=9.8,
        borders="HORIZONTAL_LINES",
    )
    d.clause(
        "Segunda. Obligaciones de LA AGENCIA.",
        "LA AGENCIA realizará la preselección, organizará las "
        "entrevistas con EL EMPLEADOR y presentará la solicitud de visado ante el Consulado de España. Las tasas "
        "del visado las paga EL EMPLEADOR.",
    )
    d.clause(
        "Tercera. Gastos.",
        "Los gastos detallados en el Anexo I corren por cuenta de LA PERSONA CONTRATADA y se "
        "pagan antes de la entrega del pasaporte con el visado.",
    )
    d.clause(
        "Cuarta. Permanencia en la campaña.",
        "Si LA PERSONA CONTRATADA abandona la finca antes del fin de la "
        "campaña, pagará a LA AGENCIA una indemnización de 600 euros por el daño causado a su reputación ante "
        "EL EMPLEADOR.",
    )
    d.clause(
        "Quinta. Documentos.",
        "LA AGENCIA no retiene pasaportes; LA PERSONA CONTRATADA conserva los suyos en "
        "todo momento.",
    )
    d.clause(
        "Sexta. Terminación del contrato de trabajo.",
        "El contrato de trabajo con EL EMPLEADOR solo puede "
        "terminar antes de la fecha prevista por despido disciplinario o por las demás causas del Estatuto de "
        "los Trabajadores, comunicadas por escrito.",
    )
    d.clause(
        "Séptima. Jurisdicción.",
        "Para cualquier controversia las partes se someten a los juzgados de La Ceiba.",
    )
    d.add_page()
    d.sect("ANEXO I — GASTOS A CARGO DE LA PERSONA CONTRATADA", size=11, before=0)
    d.grid(
        [
            ("Concepto", "Detalle"),
            (
                "Gestión",
                "Cuota de gestión de expediente y selección: L 18,000.00, que LA PERSONA CONTRATADA entrega "
                "en la oficina de LA AGENCIA al firmar este contrato.",
            ),
            (
                "Reconocimiento médico",
                "Examen médico, análisis de sangre y radiografía de tórax en la clínica que "
                "indique LA AGENCIA: L 3,200.00.",
            ),
            (
                "Inducción",
                "Taller obligatorio de inducción sobre recolección de fresa y convivencia en los "
                "alojamientos, dos sábados en La Ceiba: L 2,500.00.",
            ),
        ],
        widths=(24, 76),
        head=True,
        size=10,
    )
    d.para("Leído el presente contrato, las partes lo firman en dos ejemplares.")
    d.signatures(
        [
            ["LA AGENCIA", "Abg. Nolvia Esperanza Castro Ramos"],
            ["LA PERSONA CONTRATADA", "Dilcia Marisol Zelaya Bonilla"],
        ],
        gap=22,
        fingerprint="Huella\ndigital",
    )
    return d


def be09():
    d = Doc(
        fmt="A4",
        fam="dv",
        size=8.9,
        margins=(17, 16, 17),
        head="Tai Feng Precision Electronics Co., Ltd. · Contract No. TFPE-2027-0386",
        foot="TFPE-2027-0386 · Page {p} of {nb}",
        title="be09",
    )
    d.add_page()
    d.ttl("EMPLOYMENT CONTRACT FOR FOREIGN WORKERS (MANUFACTURING)", size=12.5, after=1)
    d.para(
        "Philippines – Taiwan · Direct contract verified for deployment",
        align="C",
        style="I",
        size=8.5,
    )
    d.grid(
        [
            ("Party", "Name and address"),
            (
                "Employer",
                "Tai Feng Precision Electronics Co., Ltd., No. 88, Gongye 3rd Road, Dayuan District, "
                "Taoyuan City 337, Taiwan",
            ),
            (
                "Worker",
                "Jerome Dizon Catapang, of Barangay San Isidro, Lipa City, Batangas, Philippines",
            ),
            (
                "Philippine agency",
                "Luzviminda Pacific Manpower Services, Inc., Shaw Boulevard, Mandaluyong City",
            ),
            (
                "Taiwan broker",
                "Hsin Yuan Human Resources Management Co., Ltd., Zhongli District, Taoyuan City",
            ),
        ],
        widths=(20, 80),
        head=True,
        bold_first=True,
        size=8.7,
        head_fill=(210, 222, 238),
    )
    items = [
        ("h", "Article 1. Position and duties"),
        (
            "p",
            "Production operator on the surface-mount (SMT) line: load component reels, feed bare boards into the "
            "solder-paste printer, inspect finished boards under magnification and pack them in anti-static "
            "trays.",
        ),
        ("h", "Article 2. Place of work"),
        (
            "p",
            "The Employer's factory at No. 88, Gongye 3rd Road, Dayuan District, Taoyuan City 337, Taiwan.",
        ),
        ("h", "Article 3. Contract period"),
        (
            "p",
            "Three years, from March 2, 2027 to March 1, 2030, counted from the Worker's arrival in Taiwan.",
        ),
        ("h", "Article 4. Working hours"),
        (
            "p",
            "Eight hours a day, Monday to Friday, 07:30 to 16:30 with a one-hour meal break; 40 hours a week. "
            "Overtime is voluntary and paid at 1.34 times the hourly wage for the first two hours and 1.67 times "
            "after that.",
        ),
        ("h", "Article 5. Salary"),
        (
            "p",
            "NT$28,590 per month, and never less than the Taiwan minimum wage as adjusted during the contract.",
        ),
        ("h", "Article 6. Payment"),
        (
            "p",
            "Paid monthly, on the 10th day of the following month, into a bank account in the Worker's own name, "
            "with a payslip in English showing hours, overtime, each deduction and net pay.",
        ),
        ("h", "Article 7. Rest days and leave"),
        (
            "p",
            "One regular day off and one rest day each week, national holidays, and annual leave under the Labor "
            "Standards Act.",
        ),
        ("h", "Article 8. Insurance"),
        (
            "p",
            "The Employer enrolls the Worker in Labor Insurance and National Health Insurance as the law requires; "
            "the Worker's statutory share of the premiums is deducted from salary, and the Employer pays its own "
            "share and the occupational accident insurance in full.",
        ),
        ("h", "Article 9. Termination"),
        (
            "p",
            "The Employer may end this contract early only for the reasons listed in Articles 11 and 12 of the "
            "Labor Standards Act, with the notice and severance the law requires. The Worker may end it for the "
            "reasons in Article 14 of that Act, or change employer with the approval of the Ministry of Labor.",
        ),
        ("h", "Article 10. Return"),
        (
            "p",
            "At the end of the contract, or on early termination not caused by the Worker's fault, the Employer "
            "pays the Worker's economy air ticket from Taoyuan to Manila.",
        ),
    ]
    d.cols2(items, size=8.9)
    d.add_page()
    d.sect("PART II. DEDUCTIONS, DOCUMENTS AND OTHER TERMS", size=10.5, before=0, rule=True)
    d.sect("Article 11. Deductions from salary", size=10, before=0)
    d.para("The following amounts are deducted each month. By signing, the Worker agrees to them.")
    d.grid(
        [
            ("Item", "Details"),
            ("Income tax", "Income tax withheld according to the law of Taiwan."),
            (
                "Insurance",
                "Worker's share of Labor Insurance and National Health Insurance premiums.",
            ),
            ("Dormitory", "Dormitory accommodation at the factory: NT$2,000 per month."),
            ("Canteen", "Three meals a day in the factory canteen: NT$2,500 per month."),
            (
                "Broker",
                "Service fee to Hsin Yuan Human Resources Management Co., Ltd.: NT$1,800 per month in the "
                "first year, NT$1,700 in the second year and NT$1,500 in the third year.",
            ),
            (
                "Loan",
                "Repayment of the pre-departure loan described in Article 12: NT$3,900 per month for twelve "
                "months.",
            ),
        ],
        widths=(18, 82),
        head=True,
        size=9,
        head_fill=(210, 222, 238),
    )
    d.clause(
        "Article 12. Pre-departure loan.",
        "The Worker's placement and pre-departure costs in the Philippines, "
        "PHP 68,000, are advanced by Golden Harvest Lending Corp., a partner of the Agency, and repaid with "
        "interest of 1.5% per month through the monthly salary deduction listed in Article 11.",
        size=9,
    )
    d.clause(
        "Article 13. Safekeeping of documents.",
        "For safekeeping, the Worker's passport and Alien Resident "
        "Certificate are kept at the Broker's office in Zhongli and lent to the Worker when he needs them.",
        size=9,
    )
    d.clause(
        "Article 14. Permits and visa.",
        "The Employer pays the employment permit fee and the entry visa fee.",
        size=9,
    )
    d.clause(
        "Article 15. Help and complaints.",
        "The Worker may call the 1955 Foreign Worker Hotline or the "
        "Migrant Workers Office at any time. No worker is penalized for doing so.",
        size=9,
    )
    d.clause(
        "Article 16. Language.",
        "This contract is written in English, which the Worker reads, with a Chinese "
        "version for the Employer.",
        size=9,
    )
    d.add_page()
    d.sect("Signatures", size=10, before=0)
    d.para("Signed in Taoyuan City and in Mandaluyong City on the dates below.")
    d.signatures(
        [
            ["For the Employer", "Lin Chia-hao, Plant Manager", "Date: 12 January 2027"],
            ["The Worker", "Jerome Dizon Catapang", "Date: 20 January 2027"],
        ],
        gap=18,
    )
    d.signatures(
        [
            ["Luzviminda Pacific Manpower Services, Inc.", "Authorized representative"],
            ["Hsin Yuan Human Resources Management Co., Ltd.", "Authorized representative"],
        ],
        gap=18,
    )
    d.ln(6)
    d.box(
        "VERIFIED · Migrant Workers Office, Taipei · Verification No. MWO-TPE-27-04417",
        fill=(250, 250, 250),
        size=8.5,
        style="B",
        align="C",
    )
    return d


def be10():
    d = Doc(
        fmt="letter",
        fam="ls",
        size=10,
        margins=(24, 18, 24),
        foot="Serres Val-Clair Inc. · {p}/{nb}",
        title="be10",
    )
    d.add_page()
    d.set_fill_color(196, 42, 58)
    d.rect(d.l_margin, d.get_y(), 4, 14, "F")
    d.set_x(d.l_margin + 7)
    d.f("B", 16)
    d.cell(0, 7, "Serres Val-Clair Inc.", **NL)
    d.set_x(d.l_margin + 7)
    d.f("", 8.5)
    d.cell(
        0,
        4.5,
        "2280, chemin du Lac-Clair, Saint-Rémi (Québec) J0L 2L0, Canadá · Tel. 450 555-0127",
        **NL,
    )
    d.ln(6)
    d.para("Saint-Rémi, 12 de enero de 2027", align="R")
    d.para(
        "Sr. Wilfredo Antonio Menjívar Ayala\nCantón El Jícaro, Chalatenango, El Salvador",
        align="L",
    )
    d.ttl(
        "CARTA DE OFERTA DE EMPLEO — PROGRAMA DE TRABAJADORES EXTRANJEROS TEMPORALES (VOLET AGRICOLE)",
        size=11,
        align="L",
    )
    d.para(
        "Estimado señor Menjívar: nos complace ofrecerle un empleo temporal en nuestros invernaderos con las "
        "condiciones siguientes."
    )
    d.grid(
        [
            (
                "Puesto",
                "Trabajador de invernadero (CNP 85101): deshoje y enredado de plantas de tomate y pepino, "
                "cosecha, carga de carretillas y limpieza de pasillos",
            ),
            (
                "Lugar de trabajo",
                "Invernaderos de la empresa, 2280, chemin du Lac-Clair, Saint-Rémi, Quebec",
            ),
            ("Fechas", "Del 15 de marzo al 27 de noviembre de 2027"),
            (
                "Horario",
                "Lunes a viernes de 7:00 a 15:30 (30 minutos de comida sin pago) y sábados de 7:00 a 12:00; "
                "45 horas por semana",
            ),
            ("Salario", "16,90 dólares canadienses por hora"),
            ("Pago", "Cada dos semanas, los jueves, por depósito directo"),
            (
                "Descuentos",
                "Solo los obligatorios por ley: impuestos de Canadá y de Quebec, Régimen de rentas de "
                "Quebec, seguro de empleo y seguro parental. La empresa no descuenta el boleto de avión, "
                "el permiso de trabajo ni la vivienda.",
            ),
            (
                "Vivienda",
                "Casa de la empresa en 2290, chemin du Lac-Clair, sin costo para el trabajador",
            ),
            (
                "Viaje",
                "La empresa compra y paga los boletos de avión San Salvador–Montreal de ida y vuelta y el "
                "traslado del aeropuerto a la granja",
            ),
            (
                "Seguro médico",
                "La empresa paga un seguro médico privado hasta que el trabajador reciba su tarjeta "
                "de la RAMQ",
            ),
        ],
        widths=(22, 78),
        bold_first=True,
        size=9.6,
        zebra=(248, 236, 238),
    )
    d.clause(
        "Permiso de trabajo.",
        "La empresa paga la evaluación de impacto en el mercado laboral y el permiso de "
        "trabajo; usted no paga nada por ellos.",
    )
    d.clause(
        "Reclutamiento.",
        "Enlace Laboral Cuscatlán, S.A. de C.V., nuestra agencia en San Salvador, recibe sus "
        "honorarios únicamente de la empresa y no puede pedirle dinero por ningún concepto.",
    )
    d.clause(
        "Herramientas.",
        "Tijeras, ganchos, carros de cosecha y ropa de trabajo se entregan sin costo.",
    )
    d.clause(
        "Terminación.",
        "La empresa solo puede terminar su empleo por causa justa y después de un aviso por "
        "escrito, o por falta de trabajo con el aviso que exige la ley de Quebec. Usted puede renunciar cuando "
        "quiera, avisando con una semana de anticipación, sin ninguna penalización.",
    )
    d.clause(
        "Libertad y documentos.",
        "Usted guarda su pasaporte y su permiso de trabajo, puede salir libremente de "
        "la vivienda en su tiempo libre y recibir visitas.",
    )
    d.para(
        "Si acepta esta oferta, firme abajo y devuelva una copia a Enlace Laboral Cuscatlán, S.A. de C.V."
    )
    d.signatures(
        [
            ["Marie-Ève Lachapelle", "Directora de recursos humanos", "Serres Val-Clair Inc."],
            ["Acepto: Wilfredo Antonio Menjívar Ayala", "Fecha"],
        ],
        gap=14,
    )
    return d


def be11():
    d = Doc(
        fmt="A4",
        fam="lsr",
        size=10.2,
        margins=(22, 18, 22),
        foot="Bauhinia Harmony Employment Agency Limited · Ref. BHE/ID/27-0591 · Page {p} of {nb}",
        title="be11",
    )
    d.add_page()
    d.ttl("CONTRACT OF EMPLOYMENT — FOREIGN DOMESTIC HELPER", size=13, after=0.5)
    d.para("Placement reference BHE/ID/27-0591", align="C", style="I", size=9)
    d.grid(
        [
            (
                "Employer",
                "Mr. Leung Chi-wai and Mrs. Leung Mei-ling, Flat 18C, Block 2, Lok Wah Court, 33 Shing Fung "
                "Road, Tai Po, New Territories, Hong Kong",
            ),
            (
                "Helper",
                "Siti Rahayu Wulandari, of Desa Sumberejo, Kabupaten Blitar, East Java, Indonesia",
            ),
            ("Hong Kong agency", "Bauhinia Harmony Employment Agency Limited (Licence No. 71503)"),
            ("Indonesian agency", "PT Sinar Mandiri Karya Abadi, Blitar"),
        ],
        widths=(22, 78),
        bold_first=True,
        size=9.6,
    )
    cl = [
        ("1. Period.", "From 10 May 2027 to 9 May 2029."),
        (
            "2. Duties.",
            "General household chores, cooking for a family of four, and daily care of the Employer's "
            "mother, aged 82, including help with walking and bathing.",
        ),
        (
            "3. Place of work.",
            "The Employer's residence at the address above. The Helper shall not be required to work "
            "at any other address.",
        ),
        ("4. Working hours.", "As required by the household."),
        (
            "5. Wages.",
            "HK$5,100 per month, paid monthly, not later than seven days after the end of each wage period, "
            "into the Helper's own bank account.",
        ),
        ("6. Food.", "Free food is provided by the Employer."),
        (
            "7. Accommodation.",
            "Free accommodation in a separate room with a window, a bed and a wardrobe.",
        ),
        (
            "8. Deductions.",
            "The Employer makes no deductions from wages other than for days of unpaid leave the Helper "
            "requests.",
        ),
        (
            "9. Rest days.",
            "One rest day every week of not less than 24 hours, which the Helper spends where she "
            "wishes, and all statutory holidays.",
        ),
        (
            "10. Costs paid by the Employer.",
            "The Employer pays the visa fee, the Helper's medical examination in Hong "
            "Kong, employees' compensation insurance, and the air ticket from Surabaya to Hong Kong.",
        ),
        (
            "11. Return passage.",
            "On completion or early termination of this contract, the Employer provides a free "
            "air ticket to Surabaya and a travelling allowance of HK$100 per day of travel.",
        ),
        (
            "12. Termination.",
            "Either party may end this contract by giving one month's notice in writing or one "
            "month's wages in lieu of notice; summary dismissal is allowed only for serious misconduct.",
        ),
        ("13. Documents.", "The Helper keeps her own passport and Hong Kong identity card."),
    ]
    for lab, txt in cl:
        d.clause(lab, txt, after=1.2)
    d.scanned_page(
        [
            ("T", "SUPPLEMENTARY AGREEMENT BETWEEN THE HELPER AND THE AGENCY"),
            (
                "",
                "Ref. BHE/ID/27-0591. This agreement is made between Siti Rahayu Wulandari (the Helper) and Bauhinia "
                "Harmony Employment Agency Limited (the Agency), acting with PT Sinar Mandiri Karya Abadi. The Helper "
                "confirms that she received the following services before departure and agrees to the following terms.",
            ),
            ("B", "1. Training"),
            (
                "",
                "The Helper shall bear the cost of her pre-departure training at the training centre of PT Sinar Mandiri "
                "Karya Abadi, being IDR 14,500,000.",
            ),
            ("B", "2. Financing"),
            (
                "",
                "The training costs are advanced by Koperasi Dana Sejahtera and shall be repaid by the "
                "Helper in seven monthly instalments of HK$2,100, paid to the Agency on each salary day.",
            ),
            ("B", "3. Insurance"),
            (
                "",
                "The Helper shall pay the Agency HK$420 for the personal accident and hospitalisation insurance arranged "
                "on her behalf.",
            ),
            ("B", "4. Conduct"),
            (
                "",
                "A Helper who complains about the Agency or the Employer to the Labour Department, the Consulate or any "
                "union will be placed on our blacklist and will not be offered any future placement by our partner "
                "agencies.",
            ),
            ("", "Signed in Blitar on 2 March 2027."),
            ("gap", "10"),
            ("line", "The Helper: Siti Rahayu Wulandari"),
            ("line", "For the Agency: Bauhinia Harmony Employment Agency Limited"),
            ("gap", "330"),
            ("S", "Bauhinia Harmony Employment Agency Limited · Ref. BHE/ID/27-0591 · Page 2 of 3"),
        ],
        seed=1107,
    )
    d.add_page()
    d.sect("SCHEDULE OF ACCOMMODATION AND FACILITIES", size=11, before=0)
    d.grid(
        [
            ("Item", "Provided free of charge"),
            ("Room", "Separate room of about 5 square metres with a window"),
            ("Furniture", "Bed, mattress, wardrobe, desk lamp"),
            ("Appliances", "Air conditioner, electric fan, shared use of the washing machine"),
            ("Other", "Wi-Fi access and a mobile phone top-up of HK$50 each month"),
        ],
        widths=(22, 78),
        head=True,
        size=9.8,
    )
    d.sect("SIGNATURES", size=11)
    d.para(
        "We have read this contract and the schedule, which have been explained to us in English and in "
        "Indonesian."
    )
    d.signatures(
        [
            ["Employer", "Leung Chi-wai", "Date: 24 February 2027"],
            ["Helper", "Siti Rahayu Wulandari", "Date: 2 March 2027"],
        ],
        gap=18,
    )
    d.signatures([["For Bauhinia Harmony Employment Agency Limited", "Agency chop"]], gap=18)
    return d


def be12():
    d = Doc(fmt=(140, 262), fam="dv", size=10.5, margins=(9, 8, 9), bottom=6, title="be12")
    d.add_page()
    # headline block
    d.set_fill_color(230, 46, 36)
    d.rect(0, 0, d.w, 34, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 5)
    d.f("B", 22)
    d.multi_cell(0, 10, "¡¡TRABAJO EN CANADÁ!!", align="C", **NL)
    d.f("B", 11)
    d.multi_cell(0, 5.5, "Planta procesadora de papa · Isla del Príncipe Eduardo", align="C", **NL)
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.f("B", 10)
    d.multi_cell(
        0,
        5,
        "Oportunidades Norteñas GT\nInformación con Don Efraín Lucas · 5512-0934 (solo WhatsApp)",
        align="C",
        **NL,
    )
    d.ln(3)

    def panel(title, lines, fill, tcolor):
        d.set_fill_color(*tcolor)
        d.set_text_color(255, 255, 255)
        d.f("B", 11.5)
        d.cell(0, 7, "  " + title, fill=True, **NL)
        d.set_text_color(0, 0, 0)
        y0 = d.get_y()
        d.f("", 10.5)
        hh = 0
        for ln in lines:
            hh += len(d.multi_cell(d.epw - 10, 5.2, ln, dry_run=True, output="LINES")) * 5.2 + 1.8
        d.set_fill_color(*fill)
        d.rect(d.l_margin, y0, d.epw, hh + 3, "F")
        d.set_y(y0 + 2)
        for ln in lines:
            d.set_x(d.l_margin + 2)
            d.cell(5, 5.2, "►")
            d.multi_cell(d.epw - 10, 5.2, ln, align="L", **NL)
            d.ln(1.8)
        d.set_y(y0 + hh + 6)

    panel(
        "✔ LO QUE OFRECEN",
        [
            "Trabajo en planta empacadora de papa: seleccionar papa en la banda, llenar costales de 50 libras, estibar "
            "y limpiar.",
            "Lugar: planta en O'Leary, Isla del Príncipe Eduardo, Canadá.",
            "Pago: 16.75 dólares canadienses la hora, más horas extra.",
            "Turnos de 10 horas, 5 días a la semana.",
            "Contrato por 8 meses, con posibilidad de volver el otro año.",
            "El boleto de avión para llegar a Canadá lo paga la empresa.",
            "El permiso de trabajo lo tramita y lo paga el patrón.",
        ],
        (233, 245, 233),
        (40, 120, 60),
    )
    panel(
        "LO QUE TENÉS QUE PONER VOS",
        [
            "Inscripción para apartar tu lugar en la lista: Q2,500, no se devuelve.",
            "Pasaporte, biométricos y los trámites de la visa corren por tu cuenta, como Q1,800 en total.",
            "Examen médico con el doctor autorizado por la embajada: Q1,450, lo pagás directo en la clínica.",
            "Para asegurar que sí vas a viajar firmás una letra de cambio por Q10,000 que se te devuelve cuando regresés "
            "a Guatemala.",
        ],
        (253, 238, 222),
        (205, 110, 20),
    )
    panel(
        "REQUISITOS",
        [
            "Hombres y mujeres de 21 a 45 años.",
            "Sin antecedentes penales.",
            "Ganas de trabajar y buena salud.",
        ],
        (236, 238, 246),
        (60, 70, 140),
    )
    d.ln(1)
    d.f("B", 12)
    d.set_text_color(230, 46, 36)
    d.multi_cell(0, 6, "¡Cupo limitado, apartá ya tu lugar!", align="C", **NL)
    d.set_text_color(0, 0, 0)
    d.f("", 9)
    d.multi_cell(
        0,
        4.5,
        "Escribí al WhatsApp 5512-0934 · Oficina: 4a avenida 3-21, zona 1, Huehuetenango",
        align="C",
        **NL,
    )
    return d


BUILDERS = [be01, be02, be03, be04, be05, be06, be07, be08, be09, be10, be11, be12]

# --------------------------------------------------------------------------- verification
PROGRAMS = {"h2a", "h2b", "generic"}
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


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    return "violation"


def verify(out_dir, labels):
    errors = []
    for lab in labels:
        fn = lab["file"]
        path = os.path.join(out_dir, fn)
        prog = lab["program"]
        if prog not in PROGRAMS:
            errors.append(f"{fn}: bad program {prog}")
        if lab["language"] not in ("en", "es", "mixed"):
            errors.append(f"{fn}: bad language")
        for t in lab["missing_terms"]:
            if t not in REQUIRED.get(prog, []):
                errors.append(f"{fn}: missing term {t} not required for {prog}")
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{fn}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = [norm(p.extract_text()) for p in pdf.pages]
            for sp in scanned:
                if len(texts[sp - 1]) > 20 or not pdf.pages[sp - 1].images:
                    errors.append(
                        f"{fn}: page {sp} labelled scanned but has a text layer or no image"
                    )
            for fee in lab["fees"]:
                cat = fee["category"]
                if cat not in CATEGORIES:
                    errors.append(f"{fn}: bad category {cat}")
                if fee["severity"] != expected_severity(cat, prog):
                    errors.append(f"{fn}: severity {fee['severity']} for {cat} under {prog}")
                if fee["amount"] is not None:
                    digits = re.sub(r"\D", "", fee["quote"])
                    a = fee["amount"]
                    want = str(int(a)) if float(a).is_integer() else re.sub(r"\D", "", f"{a:.2f}")
                    if want not in digits or not fee["currency"]:
                        errors.append(f"{fn}: amount {a} {fee['currency']} not in quote")
                elif fee["currency"] is not None:
                    errors.append(f"{fn}: currency without amount")
                pg = fee["page"]
                if pg in scanned:
                    continue
                if not (1 <= pg <= len(texts)) or norm(fee["quote"]) not in texts[pg - 1]:
                    where = [i + 1 for i, t in enumerate(texts) if norm(fee["quote"]) in t]
                    errors.append(
                        f"{fn}: {cat} quote not on page {pg} (found on {where}): {fee['quote'][:60]}"
                    )
            alltext = " ".join(t for i, t in enumerate(texts) if i + 1 not in scanned)
            for name in lab["recruiters"]:
                if norm(name) not in alltext:
                    errors.append(f"{fn}: recruiter name not found: {name}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for i, build in enumerate(BUILDERS, 1):
        doc = build()
        doc.output(os.path.join(out_dir, f"be{i:02d}.pdf"))
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out_dir, "labels.json"))
    files = {lab["file"] for lab in labels}
    errors = (
        []
        if files == {f"be{i:02d}.pdf" for i in range(1, 13)}
        else ["labels.json does not list be01..be12"]
    )
    errors += verify(out_dir, labels)
    for e in errors:
        print("MISMATCH", e, file=sys.stderr)
    if errors:
        return 1
    print(f"built and verified {len(labels)} documents in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
