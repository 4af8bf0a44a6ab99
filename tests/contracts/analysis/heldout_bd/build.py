#!/usr/bin/env python
"""Build the held-out batch "bd" (12 synthetic contracts) and verify it.

Usage:  python build.py OUT_DIR

Writes bd01.pdf ... bd12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks it against labels.json (kept next to this script): page count, each
fee quote on its labelled page (whitespace-normalised; scanned pages skipped), recruiter
names present, scanned pages without a text layer, label vocabulary. Exits 1 on any
mismatch. Deterministic: fixed creation date, fixed seeds, no clock or network use.
"""

import datetime as _dt
import io
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = _dt.datetime(2026, 1, 12, 9, 30, 0, tzinfo=_dt.UTC)
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    ("DV", ""): DJ + "DejaVuSans.ttf",
    ("DV", "B"): DJ + "DejaVuSans-Bold.ttf",
    ("DV", "I"): DJ + "DejaVuSans-Oblique.ttf",
    ("DVC", ""): DJ + "DejaVuSansCondensed.ttf",
    ("DVC", "B"): DJ + "DejaVuSansCondensed-Bold.ttf",
    ("DVS", ""): DJ + "DejaVuSerif.ttf",
    ("DVS", "B"): DJ + "DejaVuSerif-Bold.ttf",
    ("DVS", "I"): DJ + "DejaVuSerif-Italic.ttf",
    ("LS", ""): LB + "LiberationSans-Regular.ttf",
    ("LS", "B"): LB + "LiberationSans-Bold.ttf",
    ("LS", "I"): LB + "LiberationSans-Italic.ttf",
    ("LSR", ""): LB + "LiberationSerif-Regular.ttf",
    ("LSR", "B"): LB + "LiberationSerif-Bold.ttf",
    ("LSR", "I"): LB + "LiberationSerif-Italic.ttf",
    ("LN", ""): LB + "LiberationSansNarrow-Regular.ttf",
    ("LN", "B"): LB + "LiberationSansNarrow-Bold.ttf",
    ("LN", "I"): LB + "LiberationSansNarrow-Italic.ttf",
}


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        font="DV",
        size=10,
        margins=(20, 18, 20),
        bottom=20,
        header_fn=None,
        footer_fn=None,
        title="",
    ):
        super().__init__(unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("DocuForm 3.2")
        self.set_title(title)
        for (fam, style), path in FONTS.items():
            self.add_font(fam, style, path)
        self.base_font, self.base_size = font, size
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self._hdr, self._ftr = header_fn, footer_fn
        self.scan_pages = set()
        self.alias_nb_pages()

    def header(self):
        if self.page_no() in self.scan_pages:
            return
        if self._hdr:
            self._hdr(self)
        self.set_font(self.base_font, "", self.base_size)

    def footer(self):
        if self.page_no() in self.scan_pages:
            return
        if self._ftr:
            self._ftr(self)

    # text primitives -----------------------------------------------------------
    def f(self, style="", size=None, fam=None):
        self.set_font(fam or self.base_font, style, size or self.base_size)

    def para(self, text, lh=5, size=None, style="", align="L", gap=1.5, fam=None):
        self.f(style, size, fam)
        self.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            self.ln(gap)

    def clause(self, label, text, lh=5, size=None, gap=1.5, fam=None):
        """Bold label followed by regular text, flowing within the margins."""
        self.set_x(self.l_margin)
        self.f("B", size, fam)
        self.write(lh, label + " ")
        self.f("", size, fam)
        self.write(lh, text)
        self.ln(lh)
        if gap:
            self.ln(gap)

    def heading(self, text, size=12, color=(0, 0, 0), align="L", gap=2, fam=None, lh=6):
        self.set_text_color(*color)
        self.f("B", size, fam)
        self.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def bullets(self, items, lh=5, size=None, indent=5, bullet="\u2022", gap=1):
        self.f("", size)
        for it in items:
            self.set_x(self.l_margin)
            self.cell(indent, lh, bullet)
            self.multi_cell(0, lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if gap:
                self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=None,
        lh=5,
        head_fill=(225, 225, 225),
        first_bold=True,
        borders="ALL",
        align="LEFT",
        fam=None,
    ):
        self.f("", size, fam)
        kw = dict(
            col_widths=widths,
            line_height=lh,
            text_align=align,
            borders_layout=borders,
            first_row_as_headings=header is not None,
            padding=1.2,
            v_align="TOP",
        )
        if header is not None:
            from fpdf.fonts import FontFace

            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(**kw) as t:
            if header is not None:
                r = t.row()
                for h in header:
                    r.cell(h)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if i == 0 and first_bold:
                        from fpdf.fonts import FontFace

                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(2)

    def band(self, y, h, color):
        self.set_fill_color(*color)
        self.rect(0, y, self.w, h, style="F")
        self.set_fill_color(255, 255, 255)

    def sig_block(self, left, right, lh=5, size=None, gap_above=14):
        """Two signature lines side by side: left/right are lists of lines under the rule."""
        self.ln(gap_above)
        y = self.get_y()
        colw = (self.w - self.l_margin - self.r_margin - 16) / 2
        x1, x2 = self.l_margin, self.l_margin + colw + 16
        self.line(x1, y, x1 + colw, y)
        self.line(x2, y, x2 + colw, y)
        self.f("", size)
        for i in range(max(len(left), len(right))):
            yy = y + 1 + i * lh
            if i < len(left):
                self.set_xy(x1, yy)
                self.cell(colw, lh, left[i])
            if i < len(right):
                self.set_xy(x2, yy)
                self.cell(colw, lh, right[i])
        self.set_xy(self.l_margin, y + 2 + max(len(left), len(right)) * lh)

    def thumb_box(self, x, y, label="Huella", w=26, h=30):
        self.rect(x, y, w, h)
        self.f("", 7)
        self.set_xy(x, y + h + 0.5)
        self.cell(w, 3, label, align="C")


def std_footer(
    text, font="DV", size=7.5, rule=True, color=(90, 90, 90), fmt="{t} \u2014 page {p} of {n}"
):
    def _f(pdf):
        pdf.set_y(-13)
        if rule:
            pdf.set_draw_color(170, 170, 170)
            pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
            pdf.set_draw_color(0, 0, 0)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 5, fmt.format(t=text, p=pdf.page_no(), n="{nb}"), align="C")
        pdf.set_text_color(0, 0, 0)

    return _f


# --------------------------------------------------------------------------- "scan"
def render_scan(blocks, fmt="letter", dpi=300, seed=7, angle=0.35, base_pt=11):
    """Render blocks of text to a noisy grayscale page image (a phone/copier scan).

    blocks: list of (kind, text) with kind in title|p|sig|gap, or ("clause", label, text).
    """
    mm = {"letter": (215.9, 279.4), "A4": (210.0, 297.0)}[fmt]
    W, H = int(mm[0] / 25.4 * dpi), int(mm[1] / 25.4 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt / 72 * dpi))

    reg = ImageFont.truetype(DJ + "DejaVuSerif.ttf", px(base_pt))
    bold = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", px(base_pt))
    tfont = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", px(base_pt + 2))
    left, right, top = int(W * 0.11), int(W * 0.89), int(H * 0.07)
    lh = int(px(base_pt) * 1.45)
    y = top

    def flow(tokens, y):
        x = left
        for font, word in tokens:
            wlen = d.textlength(word, font=font)
            if x + wlen > right and x > left:
                x, y = left, y + lh
            d.text((x, y), word, font=font, fill=25)
            x += wlen + d.textlength(" ", font=font)
        return y + lh

    for b in blocks:
        kind = b[0]
        if kind == "title":
            tw = d.textlength(b[1], font=tfont)
            d.text(((W - tw) / 2, y), b[1], font=tfont, fill=20)
            y += int(lh * 1.6)
        elif kind == "p":
            y = flow([(reg, w) for w in b[1].split()], y) + lh // 3
        elif kind == "clause":
            toks = [(bold, w) for w in b[1].split()] + [(reg, w) for w in b[2].split()]
            y = flow(toks, y) + lh // 3
        elif kind == "gap":
            y += int(lh * b[1])
        elif kind == "sig":
            # two signature rules with captions, plus thumbprint boxes
            y += lh * 3
            colw = (right - left - 120) // 2
            for i, cap in enumerate(b[1]):
                x0 = left + i * (colw + 120)
                d.line((x0, y, x0 + colw - 200, y), fill=30, width=3)
                for j, line in enumerate(cap):
                    d.text((x0, y + 12 + j * lh), line, font=reg, fill=25)
                bx = x0 + colw - 170
                d.rectangle((bx, y - 330, bx + 150, y - 150), outline=40, width=3)
                d.text((bx + 10, y - 140), "Huella", font=reg, fill=40)
            y += lh * (len(b[1][0]) + 1)
    rng = random.Random(seed)
    # faint stains and speckles
    for _ in range(1400):
        x0, y0 = rng.randrange(W), rng.randrange(H)
        r = rng.choice((1, 1, 2, 2, 3))
        d.ellipse((x0, y0, x0 + r, y0 + r), fill=rng.randrange(120, 200))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H))
    noise = noise.point(lambda v: 128 + (v - 128) // 9)
    img = Image.blend(img, noise, 0.10)
    img = img.point(lambda v: min(255, int(v * 1.04) + 4))  # slight overexposure, gray paper
    return img


def scan_page(pdf, blocks, seed):
    fmt = "A4" if abs(pdf.w - 210.0) < 1 else "letter"
    img = render_scan(blocks, fmt=fmt, seed=seed)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, optimize=False)
    buf.seek(0)
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_auto_page_break(True, margin=pdf.b_margin)


# =========================================================================== documents
def bd01():
    emp = "Copperline Orchard Company LLC"
    teal = (20, 104, 110)

    def hdr(pdf):
        pdf.band(0, 20, teal)
        pdf.set_xy(pdf.l_margin, 5)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("LS", "B", 14)
        pdf.cell(0, 6, emp.upper())
        pdf.set_xy(pdf.l_margin, 12)
        pdf.set_font("LS", "", 8.5)
        pdf.cell(
            0,
            4,
            "8810 Old Mission Ridge Road, Traverse City, MI 49686  \u00b7  (231) 555-0187  \u00b7  "
            "hr@copperline-orchard.example",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(26)

    pdf = Doc(
        "letter",
        font="LS",
        size=10,
        header_fn=hdr,
        footer_fn=std_footer(
            "Job Order H-300-26051-882417 \u00b7 Terms and Conditions of Employment",
            font="LS",
            fmt="{t} \u00b7 Page {p} of {n}",
        ),
        title="bd01",
    )
    pdf.add_page()
    pdf.heading("H-2A AGRICULTURAL CLEARANCE ORDER \u2014 ATTACHMENT A", 13, teal, fam="LS")
    pdf.para(
        "Terms and Conditions of Employment for Tree Fruit Harvest, Season 2026. This attachment is "
        "part of the job order and is the work contract of every worker hired under it, whether "
        "recruited in the United States or abroad.",
        size=9.5,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Copperline Orchard Company LLC, 8810 Old Mission Ridge Road, Traverse City, MI 49686",
            ],
            ["Job title", "Orchard Worker \u2013 Tree Fruit (SOC 45-2092), 64 positions"],
            ["Period of employment", "June 8, 2026 through October 30, 2026"],
            [
                "Worksites",
                "Copperline Home Block, 8810 Old Mission Ridge Road, and Bay View Block, "
                "11420 Center Road, Traverse City, Grand Traverse County, Michigan",
            ],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m. with a 30-minute "
                "unpaid lunch; Saturday work may be offered but is not required",
            ],
            [
                "Wage",
                "$18.66 per hour, or $24.50 per bin of apples when the piece rate yields more",
            ],
            ["Pay day", "Weekly, every Thursday"],
        ],
        widths=(45, 131),
        size=9.5,
        lh=5,
    )
    pdf.clause(
        "1. Job duties.",
        "Hand-harvest cherries, apples and pears from orchard ladders into picking "
        "buckets and empty them into bins; thin fruit, prune and tie limbs, move irrigation lines, "
        "and help load bins onto the bin trailer. During the first two weeks workers may be asked to "
        "help fill the cattle feeders on the adjoining pasture for no more than one hour per day.",
    )
    pdf.clause(
        "2. Requirements.",
        "Three months of experience hand-harvesting tree fruit, shown by a "
        "reference or a letter from a past employer. Workers must be able to climb and work from a "
        "12-foot orchard ladder and carry a full picking bucket of about 40 pounds. No education or "
        "English is required.",
    )
    pdf.clause(
        "3. Wage rate and adjustments.",
        "The employer pays $18.66 per hour, or $24.50 per bin where "
        "piece earnings for the pay period are higher; piece earnings below the hourly rate are "
        "topped up. If the Adverse Effect Wage Rate, a prevailing wage or the federal or state "
        "minimum wage goes up during the contract, the employer pays the highest of them from the "
        "date it takes effect.",
    )
    pdf.clause(
        "4. Pay and pay statements.",
        "Wages are paid weekly, every Thursday, by check or direct "
        "deposit as the worker chooses. Each pay statement shows the hours offered, the hours "
        "actually worked, bins picked and the bin rate, the hourly rate, gross pay, every deduction "
        "with its reason, net pay, and the employer's name, address and FEIN.",
    )
    pdf.clause(
        "5. Deductions.",
        "Federal income tax is withheld only if the worker asks for it in writing; "
        "H-2A wages are not subject to Social Security or Medicare tax. Other deductions are made only "
        "for items the worker voluntarily authorizes in writing for his or her own benefit, such as a "
        "purchase at the farm store. Nothing is deducted for housing, transportation, tools or visa "
        "costs.",
    )

    pdf.add_page()
    pdf.clause(
        "6. Three-fourths guarantee.",
        "The employer guarantees to offer each worker employment for "
        "a total number of hours equal to at least three-fourths of the workdays of the contract "
        "period, counting 8 hours for each workday. If the hours offered fall short, the worker is "
        "paid the amount he or she would have earned for the missing hours.",
    )
    pdf.clause(
        "7. Housing.",
        "Housing that meets federal and Michigan standards is provided free of charge "
        "to every worker who cannot reasonably return home each day, at Copperline Camp, 8860 Old "
        "Mission Ridge Road, Traverse City. No rent, utility charge, bedding charge or deposit of any "
        "kind is asked.",
    )
    pdf.clause(
        "8. Meals.",
        "Each housing unit has a kitchen with stoves, refrigerators and cooking utensils "
        "that workers use free of charge to cook their own meals. The employer does not sell meals.",
    )
    pdf.clause(
        "9. Travel to the job.",
        "The employer buys the bus ticket from Fresnillo, Zacatecas to "
        "Traverse City and pays daily subsistence at the rate published by the Department of Labor "
        "for each day of travel; nothing is recovered from the worker's wages.",
    )
    pdf.clause(
        "10. Travel home.",
        "A worker who completes the contract period, or who is let go early "
        "without cause, receives return transportation and daily subsistence to Fresnillo paid by "
        "the employer.",
    )
    pdf.clause(
        "11. Daily transportation.",
        "Free daily transportation in employer vans with seat belts runs "
        "between Copperline Camp and each worksite, leaving camp at 5:40 a.m.",
    )
    pdf.clause(
        "12. Tools and equipment.",
        "Ladders, picking buckets, bin tags, pruning shears, gloves and "
        "rain gear are provided without charge and without any deposit.",
    )
    pdf.clause(
        "13. Workers' compensation.",
        "All workers are covered by workers' compensation insurance "
        "paid by the employer, policy WC-4471-0926 issued by Great Lakes Farm Mutual Insurance Co., "
        "from the first day of work.",
    )
    pdf.clause(
        "14. Ending the contract.",
        "A worker may be dismissed for cause only after a warning explained "
        "in Spanish. If a worker misses 5 consecutive working days without the employer's consent, "
        "the employer may treat it as abandonment and will notify the Department of Labor and the "
        "Department of Homeland Security within 2 business days; the three-fourths guarantee and "
        "return transportation then no longer apply.",
    )
    pdf.clause(
        "15. If the work becomes impossible.",
        "If fire, flood, hail, an early freeze or another Act "
        "of God makes the work impossible, the employer may end the contract early with the approval "
        "of the Department of Labor. The worker is then paid the three-fourths guarantee up to the "
        "termination date and the return trip and subsistence, and the employer will try to transfer "
        "the worker to other work.",
    )

    pdf.add_page()
    pdf.clause(
        "16. Recruitment.",
        "Copperline recruits through Enlace Campo Norte, S.C., Calle Tacuba 212, "
        "Fresnillo, Zacatecas. Copperline pays all of its fees under a written agreement that forbids "
        "it and its agents from charging workers anything. Nobody may ask you for money, a favor or "
        "part of your pay for this job; report anyone who does to the employer or to the Department "
        "of Labor at 1-866-487-9243.",
    )
    pdf.clause(
        "17. Your documents.",
        "You keep your passport, visa and I-94 record at all times. The office "
        "copies the identity page for the I-9 form and hands the original back at once.",
    )
    pdf.clause(
        "18. Orientation.",
        "A two-hour ladder-safety orientation on the first day is paid at the regular hourly rate.",
    )
    pdf.clause(
        "19. Freedom and complaints.",
        "Workers are free to come and go from the camp and to receive "
        "visitors. No worker will be fired, blacklisted or refused future work for filing a complaint, "
        "speaking with a lawyer or a worker organization, or testifying in any proceeding.",
    )
    pdf.clause(
        "20. Copies.",
        "Each worker receives this attachment in Spanish no later than the time the "
        "visa is requested.",
    )
    pdf.sig_block(
        ["For Copperline Orchard Company LLC", "Marjorie T. Vandersloot, Owner", "Date: ________"],
        ["Worker", "Name: _______________________", "Date: ________"],
    )
    return pdf


def bd02():
    emp_line = (
        "Harlow Bend Farms LLC, 1180 Cedar Shoals Road, Clinton, Carolina del Norte 28328, EE. UU."
    )
    pdf = Doc(
        "letter",
        font="DVS",
        size=10,
        margins=(22, 16, 22),
        footer_fn=std_footer(
            "Servicios Agr\u00edcolas Ca\u00f1ada Honda \u00b7 Convenio 2026-118",
            font="DVS",
            fmt="{t} \u00b7 Hoja {p} de {n}",
        ),
        title="bd02",
    )
    pdf.add_page()
    pdf.heading(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE GESTI\u00d3N Y ACOMPA\u00d1AMIENTO",
        12.5,
        align="C",
        fam="DVS",
    )
    pdf.para(
        "Que celebran, por una parte, Servicios Agr\u00edcolas Ca\u00f1ada Honda, S.C., con domicilio en "
        "Calle Puebla 47, Zona Centro, Dolores Hidalgo, Guanajuato, a quien en lo sucesivo se "
        "denominar\u00e1 EL GESTOR, y por la otra el C. Rigoberto Anaya Quintanar, a quien en lo "
        "sucesivo se denominar\u00e1 EL ASPIRANTE, al tenor de las siguientes declaraciones y "
        "cl\u00e1usulas.",
        size=9.5,
    )
    pdf.para(
        "EL GESTOR declara que reclut\u00f3 trabajadores para la temporada 2026 por encargo del "
        "siguiente empleador agr\u00edcola de los Estados Unidos, bajo el programa de visas H-2A, y "
        "que las condiciones del empleo son las que se resumen en la tabla:",
        size=9.5,
    )
    pdf.grid(
        [
            ["Empleador", emp_line],
            [
                "Puesto",
                "Trabajador agr\u00edcola: siembra de esqueje, deshierbe y cosecha a mano de camote en "
                "cajas de 18 kg.",
            ],
            [
                "Lugar de trabajo",
                "Campos del empleador en los condados de Sampson y Duplin, Carolina del Norte.",
            ],
            ["Periodo", "Del 20 de abril al 15 de noviembre de 2026."],
            [
                "Jornada",
                "40 horas por semana, de lunes a viernes de 7:00 a 15:30 horas, con media hora para "
                "comer.",
            ],
            ["Salario", "US$16.29 por hora."],
            ["Pago", "Cada semana, los viernes."],
            [
                "Vivienda",
                "Gratuita, en el campamento del empleador, 1210 Cedar Shoals Road, Clinton.",
            ],
            [
                "Comidas",
                "Cocina equipada en el campamento, sin costo, para que cada quien prepare sus "
                "alimentos.",
            ],
            [
                "Transporte",
                "El empleador paga el autob\u00fas de Dolores Hidalgo a Clinton y los alimentos del "
                "camino, y el regreso al terminar el contrato. Transporte diario gratuito del "
                "campamento a los campos.",
            ],
            [
                "Herramientas",
                "El empleador entrega sin costo azadones, cubetas, guantes y botas de hule.",
            ],
            ["Requisitos", "Dos meses de experiencia en cosecha manual y poder cargar 18 kg."],
        ],
        widths=(34, 137.9),
        size=9,
        lh=4.6,
        fam="DVS",
    )
    pdf.heading("CL\u00c1USULAS", 11, align="C", fam="DVS", gap=1)
    pdf.clause(
        "PRIMERA.",
        "EL GESTOR integrar\u00e1 el expediente de EL ASPIRANTE, lo registrar\u00e1 ante "
        "el empleador y lo acompa\u00f1ar\u00e1 hasta la cita consular en Monterrey.",
        size=9.5,
        lh=4.8,
    )
    pdf.clause(
        "SEGUNDA.",
        "Por la apertura de expediente, la captura de datos y el acompa\u00f1amiento hasta "
        "la cita consular, EL ASPIRANTE cubrir\u00e1 a EL GESTOR una cuota de recuperaci\u00f3n de "
        "$7,800.00 (siete mil ochocientos pesos 00/100 M.N.), pagadera en dos exhibiciones.",
        size=9.5,
        lh=4.8,
    )
    pdf.clause(
        "TERCERA.",
        "El examen m\u00e9dico general y la prueba antidoping se realizan en el Laboratorio "
        "Cl\u00ednico San Cayetano y su costo de $1,350.00 M.N. corre por cuenta de EL ASPIRANTE.",
        size=9.5,
        lh=4.8,
    )
    pdf.clause(
        "CUARTA.",
        "El empleador paga la visa H-2A y los derechos consulares directamente; EL GESTOR "
        "no cobra nada por esos conceptos.",
        size=9.5,
        lh=4.8,
    )

    # page 2: scanned copy of the signed second sheet
    scan_page(
        pdf,
        [
            (
                "clause",
                "QUINTA.",
                "Si EL ASPIRANTE abandona el trabajo cinco d\u00edas seguidos sin avisar, el "
                "empleador puede darlo de baja y avisar a las autoridades de los Estados Unidos.",
            ),
            (
                "clause",
                "SEXTA.",
                "Como garant\u00eda de que se presentar\u00e1 en la fecha de salida y de que "
                "cumplir\u00e1 la temporada completa, EL ASPIRANTE firmar\u00e1 un pagar\u00e9 en blanco a favor de "
                "EL GESTOR, que le ser\u00e1 devuelto cuando regrese a Dolores Hidalgo.",
            ),
            (
                "clause",
                "S\u00c9PTIMA.",
                "EL GESTOR conservar\u00e1 en su oficina el pasaporte de EL ASPIRANTE "
                "desde la cita consular hasta el d\u00eda en que aborde el autob\u00fas, para su resguardo.",
            ),
            (
                "clause",
                "OCTAVA.",
                "EL ASPIRANTE declara que ha le\u00eddo este convenio, que lo entiende y que lo "
                "firma por su propia voluntad.",
            ),
            (
                "clause",
                "NOVENA.",
                "Para cualquier controversia las partes se someten a los tribunales de Dolores "
                "Hidalgo, Guanajuato.",
            ),
            (
                "p",
                "Le\u00eddo que fue el presente convenio, lo firman por duplicado en Dolores Hidalgo, "
                "Guanajuato, a 9 de febrero de 2026.",
            ),
            ("gap", 2),
            (
                "sig",
                [
                    [
                        "EL GESTOR",
                        "Servicios Agr\u00edcolas Ca\u00f1ada Honda, S.C.",
                        "Lic. Ernesto Pi\u00f1a Borja",
                    ],
                    ["EL ASPIRANTE", "Rigoberto Anaya Quintanar", ""],
                ],
            ),
        ],
        seed=202,
    )
    return pdf


def bd03():
    green = (46, 92, 40)

    def hdr(pdf):
        if pdf.page_no() == 1:
            pdf.set_font("DVS", "B", 16)
            pdf.set_text_color(*green)
            pdf.set_xy(pdf.l_margin, 12)
            pdf.cell(0, 7, "Redbud Hollow Produce, Inc.")
            pdf.set_font("DVS", "", 8.5)
            pdf.set_text_color(60, 60, 60)
            pdf.set_xy(pdf.l_margin, 19)
            pdf.cell(
                0,
                4,
                "2207 Mule Creek Road \u00b7 Moultrie, Georgia 31768 \u00b7 Tel. (229) 555-0114",
            )
            pdf.set_draw_color(*green)
            pdf.set_line_width(0.8)
            pdf.line(pdf.l_margin, 25, pdf.w - pdf.r_margin, 25)
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(30)

    pdf = Doc(
        "letter",
        font="DV",
        size=9.5,
        margins=(22, 14, 22),
        header_fn=hdr,
        footer_fn=std_footer(
            "Redbud Hollow Produce \u2013 H-2A offer 2026", fmt="{t} \u2013 {p}/{n}"
        ),
        title="bd03",
    )
    pdf.add_page()
    pdf.para("January 20, 2026", gap=3)
    pdf.para("Dear Worker,", gap=2)
    pdf.para(
        "We are pleased to offer you seasonal employment as a Farmworker \u2013 Vegetable Harvest under "
        "the H-2A program. Please read the conditions below carefully. Your signed copy, together "
        "with the certified job order, is your work contract.",
        gap=3,
    )
    pdf.heading("Summary of your terms", 11, green)
    pdf.bullets(
        [
            "Employer: Redbud Hollow Produce, Inc., 2207 Mule Creek Road, Moultrie, GA 31768.",
            "Job: hand-harvest bell peppers, cucumbers and yellow squash into buckets, carry them to the field "
            "trailer, and pack them in the field; weed and set irrigation tape between harvests.",
            "Where: company fields in Colquitt and Tift Counties, Georgia.",
            "When: March 23, 2026 to July 10, 2026.",
            "Hours: 40 hours per week, Monday through Saturday, 7:00 a.m. to 3:00 p.m., with one day off "
            "each week.",
            "Pay: $15.17 per hour. If a higher Adverse Effect Wage Rate or minimum wage is published during "
            "the contract, you will receive the higher rate from its effective date.",
            "Pay day: every Friday. Your pay stub lists hours offered, hours worked, rate, gross pay, every "
            "deduction and net pay.",
            "Requirements: one month of harvest experience; able to lift 45 pounds and work bent over.",
        ],
        size=9.5,
    )
    pdf.heading("Deductions from pay", 11, green)
    pdf.para(
        "The company will deduct federal income tax if you ask for it, the utilities contribution "
        "(Housing, below) and the bus fare recovery (Travel, below). No other deductions are made "
        "without your written permission."
    )
    pdf.heading("Housing and meals", 11, green)
    pdf.para(
        "You will live at Redbud Camp, 2300 Mule Creek Road, Moultrie, in rooms for four with beds and "
        "mattresses. A utilities contribution of $30.00 per week per worker is deducted from each "
        "paycheck to cover electricity, water and propane at the camp. Each building has a shared "
        "kitchen with stoves and refrigerators that you may use at no charge to cook your own meals."
    )
    pdf.heading("Travel", 11, green)
    pdf.para(
        "The charter bus fare from Morelia to Moultrie, about $260, is paid by the worker through "
        "deductions of $65 from each of the first four paychecks. At the end of the contract the "
        "company pays your bus ticket and meals back to Morelia. A company bus takes you from camp to "
        "the fields and back every workday at no cost."
    )

    pdf.add_page()
    pdf.heading("Equipment", 11, green)
    pdf.para(
        "Picking buckets, harvest knives, gloves and harvest carts are provided free of charge. Damage "
        "to a harvest cart, hand radio or camp furniture caused by a worker's carelessness will be "
        "repaired at that worker's expense through payroll deduction."
    )
    pdf.heading("Visa", 11, green)
    pdf.para("The company pays the H-2A visa fee directly at the consulate. You do not pay it.")
    pdf.heading("Injury on the job", 11, green)
    pdf.para(
        "You are covered by workers' compensation insurance from your first day, policy GA-WC-552190 "
        "with Southern Growers Mutual, at no cost to you."
    )
    pdf.heading("Discipline, quitting and grievances", 11, green)
    pdf.para(
        "You may be dismissed for cause, such as fighting, theft or working under the influence of "
        "alcohol, after a warning. If you are absent for five consecutive workdays without telling your "
        "crew leader, the company may treat it as voluntary abandonment and will notify the Department "
        "of Labor. Problems should first be brought to your crew leader or to the office."
    )
    pdf.para(
        "Any worker who takes a complaint to an outside agency or a legal aid office without first "
        "using the company grievance procedure will not be recalled for future seasons."
    )
    pdf.para("We look forward to working with you.", gap=4)
    pdf.sig_block(
        ["Redbud Hollow Produce, Inc.", "Dwayne A. Ashcraft, Farm Manager"],
        ["Worker signature", "Printed name: ______________________"],
        gap_above=16,
    )
    return pdf


def bd04():
    navy = (30, 45, 90)
    case = "H-400-26013-514270"

    def hdr(pdf):
        pdf.set_font("LS", "B", 8)
        pdf.set_text_color(*navy)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(0, 4, "H-2B JOB ORDER \u00b7 Case " + case, align="L")
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(0, 4, "Greenmantle Grounds & Irrigation Inc.", align="R")
        pdf.set_draw_color(*navy)
        pdf.line(pdf.l_margin, 13, pdf.w - pdf.r_margin, 13)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(17)

    pdf = Doc(
        "letter",
        font="LS",
        size=9.5,
        margins=(16, 16, 16),
        header_fn=hdr,
        footer_fn=std_footer(
            "Form JO-B (rev. 2025)", font="LS", fmt="{t}    Page {p} of {n}", rule=False
        ),
        title="bd04",
    )
    pdf.add_page()
    pdf.heading("JOB ORDER \u2014 LANDSCAPING AND GROUNDSKEEPING WORKERS", 13, navy, fam="LS")
    pdf.para(
        "Greenmantle Grounds & Irrigation Inc. is a licensed, bonded and insured landscape contractor "
        "serving central Maryland since 1998.",
        size=9,
        style="I",
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section A. Employer and position", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.grid(
        [
            ["A.1", "Employer legal name", "Greenmantle Grounds & Irrigation Inc."],
            ["A.2", "Address", "77 Quarry Hill Drive, Frederick, MD 21704"],
            ["A.3", "Job title", "Landscaping and Groundskeeping Worker (SOC 37-3011)"],
            ["A.4", "Workers requested", "28"],
            ["A.5", "Period of employment", "March 16, 2026 to November 30, 2026"],
            [
                "A.6",
                "Place of employment",
                "Client properties in Frederick, Washington and Carroll Counties, "
                "Maryland; crews report to the yard at 77 Quarry Hill Drive, "
                "Frederick.",
            ],
            ["A.7", "Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
            ["A.8", "Basic wage", "$18.54 per hour"],
            [
                "A.9",
                "Overtime",
                "Available; hours over 40 in a workweek are paid at $27.81 per hour.",
            ],
            ["A.10", "Pay frequency", "Every two weeks, on Friday"],
        ],
        widths=(12, 44, 127.9),
        size=9,
        lh=4.6,
        fam="LS",
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section B. Duties", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Mow, edge and trim lawns; plant shrubs, trees and annual flowers; spread mulch and stone; "
        "install and repair drip and spray irrigation lines; clear leaves and storm debris; collect and "
        "haul yard waste to the county compost site. Crew members ride in company trucks pulling "
        "equipment trailers.",
        size=9.5,
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section C. Minimum requirements", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Three months of experience in landscaping or grounds maintenance. Able to lift 50 pounds "
        "repeatedly and to work outdoors in heat and rain. No education or English requirement.",
        size=9.5,
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section D. Wage guarantee and adjustments", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "The employer will offer each worker hours equal to at least three-fourths of the workdays in "
        "each 12-week period (each 6-week period when the contract is shorter than 120 days); hours not "
        "offered are paid at the basic wage. If a higher prevailing wage or a higher federal, state or "
        "local minimum wage takes effect during the contract, the higher rate is paid from that date.",
        size=9.5,
    )

    pdf.add_page()
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section E. Deductions", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Federal, Maryland and Frederick County income taxes; Social Security and Medicare; the "
        "onboarding charge in Section H; repayments of any cash advance under Section H.",
        size=9.5,
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section F. Travel and visa costs", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Inbound travel and daily subsistence from Monterrey, Nuevo Le\u00f3n to Frederick are "
        "reimbursed in the first workweek. Return transportation to Monterrey is paid for workers who "
        "complete the period of employment or who are dismissed early for any reason other than cause. "
        "Visa, visa processing and border-crossing fees are reimbursed in the first workweek.",
        size=9.5,
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section G. Tools, housing and conduct", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "The company provides all mowers, trimmers, blowers, hand tools, safety glasses and ear "
        "protection at no charge; no deposit is taken. Housing is offered free of charge at the "
        "company residence, 12 Ballenger Creek Pike, Frederick. Workers who fail to report for five "
        "consecutive working days without notice are considered to have abandoned employment, and the "
        "employer will notify the Department of Labor and DHS. Workers may be dismissed for cause, "
        "including unsafe operation of equipment after a written warning.",
        size=9.5,
    )
    pdf.f("B", 10)
    pdf.cell(0, 6, "Section I. Employer assurances", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "The employer will comply with all employment-related laws and with 20 CFR 655.20. Violations "
        "of these assurances may subject the employer to civil money penalties and debarment. The "
        "employer will not retaliate against any worker who files a complaint.",
        size=9.5,
    )
    pdf.para(
        "To apply, contact the Frederick County Workforce Services office or call (301) 555-0192.",
        size=9.5,
    )

    pdf.add_page()
    pdf.heading("SUPPLEMENTAL EMPLOYEE TERMS \u2014 SECTION H", 12, navy, fam="LS")
    pdf.para(
        "These terms are added by the employer's human resources office and are given to each crew "
        "member at orientation.",
        size=9,
        style="I",
    )
    pdf.clause(
        "H.1",
        "A one-time onboarding and file-maintenance charge of $275 is deducted from the first "
        "paycheck of each returning or new crew member.",
    )
    pdf.clause(
        "H.2",
        "Before departure, our recruiting partner Agencia Laboral Brisas del P\u00e1nuco can lend "
        "up to $800 for family expenses; the loan is repaid through payroll deductions of $60 per "
        "week plus $5 interest each week.",
    )
    pdf.clause(
        "H.3",
        "Crew members staying in company housing must be inside by 10:00 p.m. and may not leave "
        "Frederick County on their days off without a written pass from the crew leader.",
    )
    pdf.clause(
        "H.4", "Company trucks may be driven only by crew leaders holding a valid Maryland license."
    )
    pdf.clause("H.5", "Cell phones may not be used while operating mowers or trimmers.")
    pdf.sig_block(
        ["Employer representative", "Colleen R. Ashby, HR Manager"],
        ["Crew member", "Name: ______________________"],
    )
    return pdf


def bd05():
    pdf = Doc(
        "letter",
        font="LSR",
        size=10.5,
        margins=(24, 18, 24),
        footer_fn=std_footer(
            "Tidewater Blue Crab Packers LLC \u00b7 Seasonal Employment Agreement",
            font="LSR",
            size=8,
            fmt="{t} \u00b7 {p}",
        ),
        title="bd05",
    )
    pdf.add_page()
    pdf.heading("TIDEWATER BLUE CRAB PACKERS LLC", 14, align="C", fam="LSR", gap=0)
    pdf.para(
        "310 Somerset Wharf Road, Crisfield, Maryland 21817", align="C", size=9.5, gap=4, fam="LSR"
    )
    pdf.heading(
        "SEASONAL EMPLOYMENT AGREEMENT \u2014 H-2B CRAB MEAT PICKERS", 12, align="C", fam="LSR"
    )
    pdf.para(
        "This agreement is made between Tidewater Blue Crab Packers LLC (the Company) and the worker "
        "named below (the Picker) for the 2026 crab season. It includes Addendum B, which forms part "
        "of it.",
        fam="LSR",
    )
    pdf.clause(
        "1. Position.",
        "Crab Meat Picker (SOC 51-3022). The Picker removes meat from steamed blue "
        "crabs by hand, separates lump, backfin and claw meat into containers, keeps the picking table "
        "clean and follows the plant's sanitation rules.",
        fam="LSR",
    )
    pdf.clause(
        "2. Workplace.",
        "The Company's picking house at 310 Somerset Wharf Road, Crisfield, Somerset "
        "County, Maryland.",
        fam="LSR",
    )
    pdf.clause("3. Season.", "April 6, 2026 to November 20, 2026.", fam="LSR")
    pdf.clause(
        "4. Hours.",
        "40 hours per week, Monday to Saturday, starting at 5:00 a.m.; the daily finish "
        "time depends on the day's catch.",
        fam="LSR",
    )
    pdf.clause(
        "5. Pay.",
        "$17.25 per hour, or $4.10 per pound of picked meat when piece earnings for the "
        "week are higher. If a higher prevailing wage or minimum wage takes effect during the season, "
        "the Company pays the higher rate from that date. Hours over 40 in a week are paid at one and "
        "one-half times the regular rate, $25.88 per hour.",
        fam="LSR",
    )
    pdf.clause(
        "6. Pay day and statements.",
        "Wages are paid weekly on Saturday. Each pay envelope includes a "
        "statement showing the hours offered, hours worked, pounds picked, rates, gross pay, each "
        "deduction and net pay.",
        fam="LSR",
    )
    pdf.clause(
        "7. Deductions.", "Taxes required by law and the items listed in Addendum B.", fam="LSR"
    )
    pdf.clause(
        "8. Requirements.",
        "No experience is required. The Picker must be able to stand for 8 hours "
        "and work in a cold, wet room kept between 38 and 45 degrees Fahrenheit.",
        fam="LSR",
    )
    pdf.clause(
        "9. Recruitment.",
        "The Company recruits in Sonora through Marea Alta Consultores Laborales, "
        "which the Company pays. No worker pays Marea Alta anything for being selected.",
        fam="LSR",
    )

    pdf.add_page()
    pdf.clause(
        "10. Travel.",
        "Inbound bus fare and subsistence from Hermosillo to Crisfield are reimbursed "
        "with the first paycheck. The Company pays the return bus to Hermosillo and subsistence for "
        "Pickers who finish the season or are dismissed early without cause.",
        fam="LSR",
    )
    pdf.clause(
        "11. Abandonment and dismissal.",
        "A Picker who is absent for five consecutive working days "
        "without notice is considered to have abandoned the job, and the Company will report it to "
        "the Department of Labor and DHS. A Picker may be dismissed for cause, such as repeated "
        "sanitation violations, after a written warning.",
        fam="LSR",
    )
    pdf.clause(
        "12. If work becomes impossible.",
        "If a hurricane, a closure of the crab fishery by the State "
        "of Maryland or a fire at the plant makes the work impossible, the Company may end this "
        "agreement early with the approval of the Department of Labor and will pay wages earned, the "
        "return trip and subsistence.",
        fam="LSR",
    )
    pdf.clause(
        "13. Complaints.",
        "The Picker may raise any problem with the plant manager or with any "
        "government agency without any retaliation.",
        fam="LSR",
    )
    pdf.clause(
        "14. Language.", "The Picker receives this agreement and Addendum B in Spanish.", fam="LSR"
    )
    pdf.ln(6)
    pdf.sig_block(
        ["For the Company", "Harold J. Tawes, Plant Manager", "Date: _____________"],
        ["Picker", "Name: _____________________", "Date: _____________"],
    )

    pdf.add_page()
    pdf.heading("ADDENDUM B \u2014 WORKER COST RECOVERY SCHEDULE", 12.5, align="C", fam="LSR")
    pdf.para(
        "The following amounts are recovered from the Picker's wages during the 2026 season. The "
        "Picker authorizes these deductions by signing the agreement.",
        fam="LSR",
        size=10,
    )
    pdf.grid(
        [
            [
                "Consular visa fee",
                "The US$205 consular visa fee is charged back to the worker at $41 per week "
                "over the first five paychecks.",
            ],
            [
                "Picking kit",
                "Each picker buys the Company picking kit (two knives, mesh glove, apron and boots) "
                "for $65, deducted from the second paycheck.",
            ],
            [
                "Bunkhouse",
                "Bunkhouse lodging at 14 Jersey Island Road is optional and costs $70 per week, "
                "deducted weekly.",
            ],
            [
                "Season reserve",
                "Ten percent of each week's piece-rate earnings is held back in a season reserve "
                "and paid out with the final paycheck in November.",
            ],
            [
                "Taxes",
                "Federal and Maryland income tax, Social Security and Medicare as required by law.",
            ],
        ],
        widths=(40, 127.9),
        header=["Item", "Terms"],
        size=10,
        lh=5.2,
        head_fill=(210, 225, 240),
        fam="LSR",
    )
    pdf.ln(4)
    pdf.para("Picker's initials: ______", fam="LSR")
    return pdf


def bd06():
    def hdr(pdf):
        pdf.set_font("DV", "B", 9)
        pdf.set_text_color(120, 30, 40)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(0, 4, "ENLACES LABORALES DEL ALTIPLANO, S.A.")
        pdf.set_font("DV", "", 7.5)
        pdf.set_text_color(80, 80, 80)
        pdf.set_xy(pdf.l_margin, 13.5)
        pdf.cell(
            0,
            4,
            "12 Avenida 8-41, Zona 1, Quetzaltenango, Guatemala \u00b7 Tel. 7765-0000 \u00b7 "
            "Reclutamiento internacional de personal",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(22)

    pdf = Doc(
        "A4",
        font="DV",
        size=9.5,
        margins=(18, 16, 18),
        header_fn=hdr,
        footer_fn=std_footer(
            "Oferta y compromiso \u2013 Temporada 2026", fmt="{t} \u2013 p\u00e1gina {p} de {n}"
        ),
        title="bd06",
    )
    pdf.add_page()
    pdf.heading(
        "OFERTA DE EMPLEO Y CARTA DE COMPROMISO \u2014 PROGRAMA H-2B",
        12.5,
        (120, 30, 40),
        align="C",
    )
    pdf.grid(
        [
            [
                "LA AGENCIA",
                "Enlaces Laborales del Altiplano, S.A., 12 Avenida 8-41, Zona 1, Quetzaltenango",
            ],
            [
                "EL EMPLEADOR",
                "Seagrass Dunes Resort & Conference Center LLC, 4200 Ocean Shore Boulevard, "
                "Ormond Beach, Florida 32176, Estados Unidos",
            ],
            ["LA TRABAJADORA", "Yesenia Maribel Coyoy Tzul, DPI 2871 40563 0901"],
        ],
        widths=(38, 136),
        size=9,
        lh=4.8,
    )
    pdf.heading("CONDICIONES DEL EMPLEO", 10.5)
    pdf.grid(
        [
            [
                "Puesto",
                "Camarista (limpieza de habitaciones): arreglar de 14 a 16 habitaciones por turno, "
                "cambiar ropa de cama, lavar ba\u00f1os y reponer amenidades.",
            ],
            ["Lugar", "Seagrass Dunes Resort, 4200 Ocean Shore Boulevard, Ormond Beach, Florida."],
            ["Fechas", "Del 1 de marzo al 30 de septiembre de 2026."],
            ["Horario", "40 horas por semana: cinco turnos de 8 horas entre las 7:00 y las 17:00."],
            [
                "Salario",
                "US$14.96 por hora. Horas extra (m\u00e1s de 40 por semana): US$22.44 por hora.",
            ],
            ["Pago", "Cada dos semanas, los viernes, por dep\u00f3sito directo."],
            ["Descuentos", "Impuesto federal sobre la renta, Seguro Social y Medicare."],
            [
                "Viaje",
                "El boleto de avi\u00f3n de Guatemala a Orlando, el traslado a Ormond Beach y los "
                "vi\u00e1ticos del viaje los paga o reembolsa el empleador en la primera semana. El "
                "regreso a Guatemala lo paga el empleador al terminar el contrato o si la despiden sin "
                "causa.",
            ],
            [
                "Visa",
                "La visa H-2B, los gastos consulares y el cruce los reembolsa el empleador en la primera "
                "semana de trabajo.",
            ],
            [
                "Equipo",
                "El hotel entrega sin costo carritos, productos de limpieza, guantes y dos uniformes, "
                "que lava la lavander\u00eda del hotel.",
            ],
            [
                "Requisitos",
                "Seis meses de experiencia en limpieza de habitaciones u hospitales. No se requiere "
                "saber ingl\u00e9s.",
            ],
        ],
        widths=(30, 144),
        size=9,
        lh=4.8,
    )
    pdf.para(
        "La comida del personal en el comedor del hotel es gratuita durante cada turno.", size=9
    )

    pdf.add_page()
    pdf.heading("COMPROMISOS DE LA TRABAJADORA", 11, (120, 30, 40), align="C")
    clauses = [
        (
            "1.",
            "LA TRABAJADORA se presentar\u00e1 en la oficina de LA AGENCIA con su documentaci\u00f3n "
            "completa en las fechas que se le indiquen.",
        ),
        (
            "2.",
            "Por concepto de aportaci\u00f3n para gastos de gesti\u00f3n, LA TRABAJADORA entregar\u00e1 a "
            "LA AGENCIA la suma de Q3,200.00 en efectivo al firmar este documento.",
        ),
        ("3.", "El pasaporte guatemalteco lo tramita y lo paga LA TRABAJADORA."),
        (
            "4.",
            "Antes de viajar, LA TRABAJADORA deber\u00e1 aprobar el curso de ingl\u00e9s b\u00e1sico para "
            "hoteler\u00eda que imparte LA AGENCIA, con un costo de Q950.00 a su cargo.",
        ),
        (
            "5.",
            "Si LA TRABAJADORA deja el empleo antes del 30 de septiembre de 2026, pagar\u00e1 a LA "
            "AGENCIA una indemnizaci\u00f3n de US$1,000.00 por los perjuicios causados.",
        ),
        (
            "6.",
            "Si LA TRABAJADORA falta cinco d\u00edas seguidos sin avisar, EL EMPLEADOR podr\u00e1 "
            "considerar que abandon\u00f3 el trabajo y lo informar\u00e1 a las autoridades. EL EMPLEADOR "
            "solo puede despedirla por causa justificada.",
        ),
        ("7.", "LA TRABAJADORA conserva en todo momento su pasaporte y su DPI."),
        (
            "8.",
            "LA TRABAJADORA puede presentar quejas ante EL EMPLEADOR o ante el Departamento de Trabajo "
            "de los Estados Unidos sin que eso afecte su contrataci\u00f3n.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=9, balance=False, line_height=1.15) as cols:
        for lab, txt in clauses:
            if lab == "5.":
                cols.new_column()
            pdf.set_font("DV", "B", 9.5)
            cols.write(lab + " ")
            pdf.set_font("DV", "", 9.5)
            cols.write(txt)
            cols.ln()
            cols.ln()
    pdf.set_font("DV", "", 9.5)
    pdf.ln(4)
    pdf.para("Firmado en Quetzaltenango el 14 de enero de 2026.")
    pdf.sig_block(
        ["Por LA AGENCIA", "Licda. Marisol Xicar\u00e1 Ajanel"],
        ["LA TRABAJADORA", "Yesenia Maribel Coyoy Tzul"],
        gap_above=18,
    )
    pdf.thumb_box(pdf.w - pdf.r_margin - 28, pdf.get_y() + 4, "Huella digital")
    return pdf


def bd07():
    orange = (214, 96, 26)

    def hdr(pdf):
        pdf.band(0, 16, orange)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 13)
        pdf.set_xy(pdf.l_margin, 4.5)
        pdf.cell(0, 7, "PINECREST LANDING AMUSEMENT PARK")
        pdf.set_font("DV", "", 8)
        pdf.set_xy(pdf.l_margin, 4.5)
        pdf.cell(0, 7, "Seasonal Staff Offer 2026", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(22)

    pdf = Doc(
        "letter",
        font="DV",
        size=9.5,
        margins=(18, 16, 18),
        header_fn=hdr,
        footer_fn=std_footer("Pinecrest Landing Amusement Park LLC", fmt="{t} | {p}/{n}"),
        title="bd07",
    )
    pdf.add_page()
    pdf.heading("H-2B Offer of Employment \u2014 Amusement and Recreation Attendant", 12.5, orange)
    pdf.para("Worker: Devon Alphanso McKenzie, Spanish Town, St. Catherine, Jamaica", style="B")
    pdf.para(
        "Pinecrest Landing Amusement Park LLC offers you a seasonal position on the terms below. "
        "Read them before you sign; keep one signed copy."
    )
    pdf.grid(
        [
            [
                "Employer",
                "Pinecrest Landing Amusement Park LLC, 2600 Shoreline Drive, Lake Geneva, WI 53147",
            ],
            ["Position", "Amusement and Recreation Attendant (SOC 39-3091)"],
            [
                "Duties",
                "Operate assigned rides, check rider height and restraints, load and unload guests, "
                "collect ride tickets and parking fees from guests at the gates, sweep and hose ride "
                "platforms, report hazards.",
            ],
            [
                "Where",
                "Pinecrest Landing Amusement Park, 2600 Shoreline Drive, Lake Geneva, Wisconsin",
            ],
            ["Dates", "May 11, 2026 to September 7, 2026"],
            [
                "Hours",
                "40 hours per week, five shifts of 8 hours scheduled between 9:30 a.m. and 11:30 p.m.",
            ],
            ["Wage", "$15.87 per hour"],
            ["Overtime", "Hours over 40 in a workweek are paid at $23.81 per hour"],
            [
                "Pay day",
                "Weekly, every Friday, by direct deposit or pay card; no fee for the pay card",
            ],
            [
                "Requirements",
                "18 years or older; able to stand for 8 hours; enough English to give safety "
                "instructions to riders; 3 months of customer service experience",
            ],
        ],
        widths=(32, 147.9),
        size=9,
        lh=4.7,
        head_fill=(250, 220, 200),
    )
    pdf.clause(
        "Wage changes.",
        "If a higher prevailing wage or a higher federal or Wisconsin minimum wage "
        "takes effect during the season, you are paid the higher rate from its effective date.",
    )
    pdf.clause(
        "Pay statements.",
        "Every pay period you receive a statement of hours offered, hours worked, "
        "rate, gross pay, each deduction and net pay.",
    )
    pdf.clause(
        "Deductions.",
        "Federal and Wisconsin income tax, Social Security and Medicare, and only "
        "those other items you authorize in writing for your own benefit.",
    )
    pdf.clause(
        "Guaranteed hours.",
        "In each 12-week period of the season (6 weeks if the period is "
        "shorter), you are offered work for at least three-fourths of the workdays; hours not offered "
        "are paid at your wage rate.",
    )

    pdf.add_page()
    items = [
        (
            "Travel here.",
            "The park pays your airfare from Kingston to Chicago, the shuttle to Lake Geneva and "
            "daily meals on the way, or reimburses them in your first workweek.",
        ),
        (
            "Travel home.",
            "If you complete the season, or are let go early for any reason other than cause, "
            "the park pays your return trip and meals to Kingston.",
        ),
        (
            "Visa.",
            "The park pays the H-2B visa fee and related costs in advance or reimburses them in the "
            "first workweek.",
        ),
        (
            "Uniform and gear.",
            "Uniform shirts, name badges, rain ponchos and radios are issued free; no "
            "deposit is taken and nothing is charged at the end.",
        ),
        (
            "Housing.",
            "Dormitory rooms at Pinecrest Lodge are offered at no cost to seasonal staff who want "
            "them.",
        ),
        (
            "End-of-season bonus.",
            "An end-of-season bonus of $0.75 for every hour worked is paid in addition "
            "to, never instead of, regular weekly wages to staff still employed on "
            "September 7, 2026. No part of regular pay is held back.",
        ),
        ("Perks.", "Free coffee in the staff lounge and a free season pass for you and one guest."),
        (
            "Recruiter.",
            "Caribbean Pathways Staffing Ltd., Kingston, helps us recruit and is paid by the park. "
            "It may not charge you any fee; tell us if anyone asks you for money.",
        ),
        (
            "Your documents.",
            "You keep your passport and visa. Lockers with keys held only by staff members "
            "are available at no charge.",
        ),
        (
            "Ending employment.",
            "You may resign at any time. The park may dismiss you for cause, such as "
            "unsafe ride operation, after a written warning. Missing five consecutive "
            "scheduled shifts without notice is treated as abandonment, which the park "
            "reports to the Department of Labor and DHS.",
        ),
        (
            "If the park cannot open.",
            "If a storm, fire, flood or a government closure makes the work "
            "impossible, the contract may end early with Department of Labor "
            "approval; you receive wages earned, the guaranteed hours up to that "
            "date and your trip home.",
        ),
        (
            "Complaints.",
            "No one will be punished, blacklisted or refused rehire for making a complaint.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=10, balance=True, line_height=1.15) as cols:
        for lab, txt in items:
            pdf.set_font("DV", "B", 9.5)
            cols.write(lab + " ")
            pdf.set_font("DV", "", 9.5)
            cols.write(txt)
            cols.ln()
            cols.ln()
    pdf.set_font("DV", "", 9.5)
    pdf.sig_block(
        ["For Pinecrest Landing Amusement Park LLC", "Trent W. Halvorsen, Seasonal HR"],
        ["Worker", "Devon Alphanso McKenzie"],
        gap_above=16,
    )
    return pdf


def bd08():
    def hdr(pdf):
        pdf.set_font("LN", "B", 10)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(0, 5, "CASCADE UNDERSTORY REFORESTATION, INC.", align="C")
        pdf.set_font("LN", "", 8)
        pdf.set_xy(pdf.l_margin, 14)
        pdf.cell(
            0,
            4,
            "1840 Millrace Road, Roseburg, Oregon 97470 \u00b7 OR BOLI Farm/Forest Labor "
            "Contractor Lic. 3-7719",
            align="C",
        )
        pdf.line(pdf.l_margin, 19.5, pdf.w - pdf.r_margin, 19.5)
        pdf.set_y(23)

    pdf = Doc(
        "letter",
        font="LN",
        size=10.5,
        margins=(18, 16, 18),
        header_fn=hdr,
        footer_fn=std_footer(
            "Planter Work Agreement 2026", font="LN", size=8, fmt="{t} \u2014 {p} of {n}"
        ),
        title="bd08",
    )
    pdf.add_page()
    pdf.heading(
        "PLANTER WORK AGREEMENT \u2014 H-2B FOREST AND CONSERVATION WORKERS",
        13,
        fam="LN",
        align="C",
    )
    pdf.para(
        "Between Cascade Understory Reforestation, Inc., 1840 Millrace Road, Roseburg, Oregon 97470 "
        "(the Company) and the undersigned planter. The Company is licensed as a farm/forest labor "
        "contractor by the Oregon Bureau of Labor and Industries and has posted the surety bond "
        "required by state law."
    )
    pdf.clause(
        "1. Work.",
        "Forest and Conservation Worker (SOC 45-4011): hand-plant Douglas-fir and western "
        "redcedar seedlings with hoedads and shovels on clear-cut units, carry seedling bags, pile "
        "slash and cut brush with hand tools.",
    )
    pdf.clause(
        "2. Units.",
        "Timber company units in Douglas, Coos and Lane Counties, Oregon; crews meet at "
        "the Company yard, 1840 Millrace Road, Roseburg, and ride in crew trucks to each unit.",
    )
    pdf.clause("3. Season.", "January 5, 2026 through May 29, 2026.")
    pdf.clause(
        "4. Hours.",
        "40 hours per week, Monday to Friday, 8 hours a day starting at 6:30 a.m.; "
        "travel time from the yard to the unit is paid.",
    )
    pdf.clause(
        "5. Wages.",
        "$22.71 per hour, or $0.28 per tree planted when piece earnings for the week "
        "are higher. Hours over 40 in a week are paid at $34.07 per hour.",
    )
    pdf.clause(
        "6. Pay.",
        "Every two weeks, on Friday, by check. Each check stub lists hours offered, hours "
        "worked, trees planted, rates, gross pay, each deduction and net pay.",
    )
    pdf.clause(
        "7. Requirements.",
        "One season of tree planting or three months of forestry work; able to "
        "hike steep, wet ground carrying 40 pounds.",
    )
    pdf.clause(
        "8. Hours guarantee.",
        "The Company offers each planter work for at least three-fourths of the "
        "workdays in each 12-week period of the season and pays for any hours not offered.",
    )
    pdf.clause(
        "9. Travel and visa.",
        "The Company reimburses inbound travel and subsistence from Veracruz "
        "and the visa, visa processing and border-crossing fees in the first workweek, and pays the "
        "return trip for planters who finish the season or are dismissed without cause. Motel "
        "lodging on multi-day units is paid by the Company.",
    )
    pdf.clause(
        "10. Recruitment.",
        "Servicios Laborales Pico de Orizaba, S.C., of C\u00f3rdoba, Veracruz, "
        "recruits for the Company and is paid by the Company. It may not charge planters.",
    )

    pdf.add_page()
    pdf.heading("CREW RULES AND CONDITIONS", 11.5, fam="LN", align="C")
    items = [
        (
            "11. Deductions.",
            "Federal and Oregon income tax, Social Security, Medicare, the Oregon statewide "
            "transit tax, and the crew welfare fund contribution in rule 13.",
        ),
        (
            "12. Tools.",
            "Before being issued a hoedad, two planting bags and a rain suit, each planter leaves "
            "a $150 tool deposit, returned at the end of the season minus any missing items.",
        ),
        (
            "13. Welfare fund.",
            "A crew welfare fund contribution of $12 per paycheck is deducted to pay the "
            "premium of the group accident policy that covers planters off the job.",
        ),
        (
            "14. Vehicles.",
            "If a crew truck or a company chainsaw is damaged because a planter was careless, "
            "the repair cost will be recovered from that planter's pay.",
        ),
        (
            "15. Leaving early.",
            "A planter who leaves before May 29, 2026 owes the Company liquidated damages "
            "of $1,200 to cover the cost of replacing him.",
        ),
        (
            "16. Disputes.",
            "Planters who take pay disputes outside the Company will not be offered a contract "
            "in future seasons, and their names will be shared with other reforestation "
            "contractors.",
        ),
        (
            "17. Abandonment and discharge.",
            "A planter absent five consecutive workdays without notice has "
            "abandoned the job; the Company notifies DOL and DHS. A planter "
            "may be discharged for cause, such as working unsafely near "
            "falling snags, after a warning.",
        ),
        (
            "18. Impossibility.",
            "If wildfire, snow closing the forest roads or a landowner stopping the "
            "planting makes the work impossible, the Company may end this agreement "
            "with Department of Labor approval, paying wages earned, the guarantee up to "
            "that date and the return trip.",
        ),
        (
            "19. Safety.",
            "Hard hats must be worn at all times on the unit, and no planter works alone out "
            "of sight of the crew.",
        ),
        (
            "20. Workers' compensation.",
            "Planters are covered by the Company's Oregon workers' compensation "
            "policy while on the job.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=9, balance=False, line_height=1.12) as cols:
        for lab, txt in items:
            if lab.startswith("16."):
                cols.new_column()
            pdf.set_font("LN", "B", 10.5)
            cols.write(lab + " ")
            pdf.set_font("LN", "", 10.5)
            cols.write(txt)
            cols.ln()
            cols.ln()
    pdf.set_font("LN", "", 10.5)

    pdf.add_page()
    pdf.heading("ACKNOWLEDGMENT", 11.5, fam="LN", align="C")
    pdf.para(
        "I have received this agreement in Spanish and in English, and I understand the crew rules. "
        "I have kept my own passport and visa."
    )
    pdf.sig_block(
        ["Cascade Understory Reforestation, Inc.", "By: Gordon L. Pettibone, President"],
        ["Planter", "Printed name: ______________________", "Crew no.: ______"],
        gap_above=20,
    )
    return pdf


def bd09():
    pdf = Doc(
        "A4",
        font="DVS",
        size=9.5,
        margins=(20, 16, 20),
        footer_fn=std_footer(
            "Conexi\u00f3n Laboral Lempira, S. de R.L. \u2014 Contrato de intermediaci\u00f3n",
            font="DVS",
            fmt="{t} \u2014 {p}/{n}",
        ),
        title="bd09",
    )
    pdf.add_page()
    pdf.set_font("DVS", "B", 11)
    pdf.cell(
        0,
        6,
        "CONEXI\u00d3N LABORAL LEMPIRA, S. de R.L.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("DVS", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Barrio Guamilito, 6 calle, 8 y 9 avenida N.O., San Pedro Sula, Cort\u00e9s, Honduras",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.heading(
        "CONTRATO DE INTERMEDIACI\u00d3N LABORAL PARA EMPLEO TEMPORAL EN CANAD\u00c1",
        11.5,
        align="C",
        fam="DVS",
    )
    pdf.para(
        "Comparecen Conexi\u00f3n Laboral Lempira, S. de R.L. (LA AGENCIA) y el se\u00f1or Elvin "
        "Josu\u00e9 Maradiaga Funez, con identidad n\u00famero 0501-1996-08815 (EL TRABAJADOR), "
        "quienes acuerdan lo siguiente:"
    )
    pdf.grid(
        [
            [
                "Empleador",
                "Prairie Hearth Meats Ltd., 5120 Railway Avenue, Brooks, Alberta T1R 1B9, Canad\u00e1",
            ],
            [
                "Puesto",
                "Deshuesador y cortador de carne en l\u00ednea (NOC 94141): deshuesar cortes de res con "
                "cuchillo, recortar grasa, empacar y mantener limpia la estaci\u00f3n.",
            ],
            [
                "Lugar de trabajo",
                "Planta de Prairie Hearth Meats, 5120 Railway Avenue, Brooks, Alberta.",
            ],
            ["Duraci\u00f3n", "Del 1 de junio de 2026 al 31 de mayo de 2028."],
            ["Horario", "Seg\u00fan los turnos que asigne la planta."],
            ["Salario", "CAD 19.50 por hora."],
            ["Pago", "Cada dos semanas, por dep\u00f3sito bancario."],
            [
                "Descuentos",
                "Impuesto sobre la renta, Canada Pension Plan y Employment Insurance seg\u00fan la ley "
                "canadiense; comidas del comedor (cl\u00e1usula 5).",
            ],
            [
                "Regreso",
                "El boleto de regreso a San Pedro Sula al terminar el contrato lo paga el empleador.",
            ],
        ],
        widths=(34, 136),
        size=9,
        lh=4.7,
        fam="DVS",
    )
    pdf.clause(
        "1.",
        "LA AGENCIA presentar\u00e1 a EL TRABAJADOR al empleador y le dar\u00e1 seguimiento a "
        "su tr\u00e1mite de permiso de trabajo.",
        fam="DVS",
    )
    pdf.clause(
        "2.",
        "EL TRABAJADOR entregar\u00e1 a tiempo los documentos que le pida LA AGENCIA y se "
        "presentar\u00e1 a las citas que se le programen.",
        fam="DVS",
    )
    pdf.clause(
        "3.",
        "El permiso de trabajo, la evaluaci\u00f3n de impacto (LMIA) y los dem\u00e1s tr\u00e1mites "
        "ante el gobierno de Canad\u00e1 los paga el empleador.",
        fam="DVS",
    )
    pdf.clause(
        "4.", "EL TRABAJADOR vivir\u00e1 en el lugar que \u00e9l mismo elija en Brooks.", fam="DVS"
    )
    pdf.clause(
        "5.",
        "La comida caliente del comedor de la planta cuesta CAD 7 por turno y se descuenta de "
        "cada pago.",
        fam="DVS",
    )

    pdf.add_page()
    pdf.heading("COSTOS DEL PROCESO", 11, align="C", fam="DVS")
    pdf.grid(
        [
            [
                "Permiso de trabajo y LMIA",
                "Los paga el empleador; EL TRABAJADOR no paga nada por este concepto.",
            ],
            [
                "Examen m\u00e9dico",
                "Lo paga el empleador directamente a la cl\u00ednica autorizada por el "
                "gobierno de Canad\u00e1.",
            ],
            [
                "Prueba y taller",
                "La prueba pr\u00e1ctica de deshuese y el taller de preparaci\u00f3n cuestan "
                "L 2,500, que EL TRABAJADOR paga en la oficina de LA AGENCIA.",
            ],
            [
                "Garant\u00eda",
                "EL TRABAJADOR deja un dep\u00f3sito de L 15,000 como garant\u00eda de que no "
                "abandonar\u00e1 al empleador; se le devuelve al regresar a Honduras.",
            ],
            [
                "Boleto de ida",
                "El boleto San Pedro Sula\u2013Calgary (CAD 900) corre por cuenta de EL "
                "TRABAJADOR y el empleador lo descontar\u00e1 del salario en seis quincenas de "
                "CAD 150.",
            ],
        ],
        widths=(42, 128),
        header=["Concepto", "Condici\u00f3n"],
        size=9.5,
        lh=5,
        fam="DVS",
        head_fill=(230, 230, 215),
    )
    pdf.clause(
        "6.",
        "EL TRABAJADOR conserva su pasaporte y su tarjeta de identidad; nadie puede "
        "ped\u00edrselos para guardarlos.",
        fam="DVS",
    )
    pdf.clause(
        "7.",
        "EL TRABAJADOR puede presentar quejas ante LA AGENCIA, ante la Secretar\u00eda de "
        "Trabajo o ante las autoridades de Canad\u00e1 sin que eso afecte su contrataci\u00f3n.",
        fam="DVS",
    )
    pdf.para("Firmado en San Pedro Sula el 3 de marzo de 2026.", fam="DVS")
    pdf.sig_block(
        ["Por LA AGENCIA", "Ing. Carlos Alfredo Bueso Pineda"],
        ["EL TRABAJADOR", "Elvin Josu\u00e9 Maradiaga Funez"],
        gap_above=20,
    )
    pdf.thumb_box(pdf.w - pdf.r_margin - 26, pdf.get_y() + 4, "Huella")
    return pdf


def bd10():
    maroon = (110, 30, 60)
    pdf = Doc(
        "A4",
        font="LSR",
        size=10.5,
        margins=(22, 18, 22),
        footer_fn=std_footer(
            "Saffron Dunes Hospitality LLC \u2014 Employment Contract SDH/NP/2026/0417",
            font="LSR",
            size=8,
            fmt="{t} \u2014 Page {p} of {n}",
        ),
        title="bd10",
    )
    pdf.add_page()
    pdf.band(0, 6, maroon)
    pdf.set_y(14)
    pdf.heading("EMPLOYMENT CONTRACT", 15, maroon, align="C", fam="LSR", gap=0)
    pdf.para(
        "Kitchen Steward \u2014 Abu Dhabi, United Arab Emirates",
        align="C",
        style="I",
        gap=4,
        fam="LSR",
    )
    pdf.grid(
        [
            [
                "Employer",
                "Saffron Dunes Hospitality LLC, PO Box 48213, Khalifa City, Abu Dhabi, United Arab "
                "Emirates",
            ],
            [
                "Employee",
                "Bishnu Prasad Thapa Magar, passport PA0928174, of Gorkha District, Nepal",
            ],
            [
                "Recruiting agency",
                "Himal Sagarmatha Manpower Services Pvt. Ltd., Gaushala, Kathmandu, licence "
                "no. 1187/079/80",
            ],
            ["Position", "Kitchen Steward"],
            ["Place of work", "Saffron Dunes Hotel kitchens, Khalifa City, Abu Dhabi"],
            ["Contract period", "Two years, from 15 April 2026 to 14 April 2028"],
            ["Basic salary", "AED 1,450 per month"],
        ],
        widths=(40, 126),
        size=10,
        lh=5,
        fam="LSR",
    )
    pdf.clause(
        "1. Duties.",
        "Wash and sanitize pots, dishes and kitchen equipment; receive and store "
        "deliveries; remove kitchen waste; keep cold rooms and floors clean.",
        fam="LSR",
    )
    pdf.clause(
        "2. Working hours.",
        "8 hours a day and 48 hours a week over six days, with one paid day off "
        "each week. Overtime is voluntary and paid at 125 percent of the basic hourly wage.",
        fam="LSR",
    )
    pdf.clause(
        "3. Payment.",
        "Salary is paid monthly into the Employee's bank account through the Wage "
        "Protection System, no later than the 7th day of the following month, with a payslip.",
        fam="LSR",
    )
    pdf.clause(
        "4. Deductions.",
        "None, other than deductions permitted by Federal Decree-Law No. 33 of "
        "2021 and shown on the payslip.",
        fam="LSR",
    )
    pdf.clause(
        "5. Food and accommodation.",
        "Three meals a day in the staff canteen and a bed in a shared "
        "room for no more than four people at the Saffron Dunes staff residence, Khalifa City, are "
        "provided free of charge.",
        fam="LSR",
    )
    pdf.clause(
        "6. Zero cost to the Employee.",
        "The Employer pays the recruiting agency's service charge, "
        "the work visa, the Emirates ID, the medical examinations in Kathmandu and in Abu Dhabi, the "
        "pre-departure orientation and the flight from Kathmandu. The Employee pays nothing to "
        "anyone to obtain or keep this job.",
        fam="LSR",
    )

    pdf.add_page()
    pdf.clause(
        "7. Insurance.",
        "The Employer provides health insurance as required in Abu Dhabi and pays "
        "the premium of the Employee's life and accident insurance and the Foreign Employment "
        "Welfare Fund contribution in Nepal.",
        fam="LSR",
    )
    pdf.clause(
        "8. Documents.",
        "The Employee keeps his passport and Emirates ID. A lockable cupboard with "
        "its own key is provided in each room.",
        fam="LSR",
    )
    pdf.clause(
        "9. Leave and tickets.",
        "30 days of paid annual leave per year of service, with a return "
        "air ticket Abu Dhabi\u2013Kathmandu paid by the Employer.",
        fam="LSR",
    )
    pdf.clause(
        "10. Return.",
        "At the end or early termination of the contract the Employer pays the "
        "Employee's air ticket from Abu Dhabi to Kathmandu, unless the Employee chooses to take new "
        "employment in the UAE.",
        fam="LSR",
    )
    pdf.clause(
        "11. End-of-service gratuity.",
        "On completing the contract the Employee receives the "
        "end-of-service gratuity under UAE law, 21 days of basic salary for each year of service, in "
        "addition to all wages due.",
        fam="LSR",
    )
    pdf.clause(
        "12. Termination.",
        "Either party may end the contract with 30 days' written notice. The "
        "Employer may dismiss without notice only for the causes listed in Article 44 of the Labour "
        "Law, after an investigation in which the Employee is heard. Neither the Employer nor the "
        "Agency will claim any fee, penalty or compensation if the Employee resigns with notice.",
        fam="LSR",
    )
    pdf.clause(
        "13. Grievances.",
        "The Employee may complain to the Ministry of Human Resources and "
        "Emiratisation or to the Embassy of Nepal without any retaliation.",
        fam="LSR",
    )
    pdf.clause(
        "14. Language.",
        "This contract has been explained to the Employee in Nepali, and a Nepali "
        "copy has been given to him.",
        fam="LSR",
    )
    pdf.sig_block(
        ["For Saffron Dunes Hospitality LLC", "Farah Al Mansoori, HR Director"],
        ["Employee", "Bishnu Prasad Thapa Magar"],
        gap_above=18,
    )
    return pdf


def bd11():
    pdf = Doc(
        "A4",
        font="DVC",
        size=9.5,
        margins=(20, 16, 20),
        footer_fn=std_footer(
            "Meridian Circuit Assemblies Sdn. Bhd. \u00b7 Foreign Worker Employment Contract",
            font="DVC",
            fmt="{t} \u00b7 {p}",
        ),
        title="bd11",
    )
    pdf.add_page()
    pdf.set_font("DVC", "B", 13)
    pdf.cell(
        0, 7, "FOREIGN WORKER EMPLOYMENT CONTRACT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("DVC", "", 9)
    pdf.cell(
        0,
        5,
        "Bangladesh \u2013 Malaysia \u00b7 Manufacturing sector \u00b7 Ref. MCA/BD/2026/0311",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            [
                "Employer (the Company)",
                "Meridian Circuit Assemblies Sdn. Bhd., Lot 22, Jalan Perindustrian "
                "Bukit Minyak 7, 14100 Simpang Ampat, Penang, Malaysia",
            ],
            ["Worker", "Md. Rakibul Hasan Sarder, passport A09371552, Tangail, Bangladesh"],
            [
                "Recruiting agency (the Agency)",
                "Padma Bridge Overseas Recruiting Agency (RL-1542), Naya Paltan, Dhaka",
            ],
            ["Job title", "Production Operator (surface-mount line)"],
            ["Place of work", "The Company's factory at Lot 22, Bukit Minyak, Penang"],
            ["Period", "36 months, from 1 July 2026 to 30 June 2029"],
        ],
        widths=(50, 120),
        size=9,
        lh=4.7,
        fam="DVC",
    )

    def cl(a, b):
        return pdf.clause(a, b, fam="DVC", lh=4.8)

    cl(
        "1. Duties.",
        "Load printed circuit board panels on the line, inspect soldered boards under "
        "magnification, record defects and pack finished boards.",
    )
    cl(
        "2. Hours.",
        "8 hours a day, 6 days a week, in rotating day and night shifts of 8 hours; overtime is "
        "paid at 1.5 times the hourly rate and may not exceed 104 hours a month.",
    )
    cl(
        "3. Salary.",
        "Basic wage of RM 1,700 per month, paid monthly into the Worker's bank account no later "
        "than the 7th day of the following month.",
    )
    cl(
        "4. Deductions.",
        "Only the Worker's statutory contributions to the Employees Provident Fund and to "
        "PERKESO (SOCSO), and income tax where due, all shown on the payslip.",
    )
    cl(
        "5. Levy and permits.",
        "The foreign worker levy, the temporary work permit (PLKS) and the visa are "
        "paid by the Company and are never deducted from the Worker's wages.",
    )
    cl(
        "6. Accommodation.",
        "The Company provides hostel accommodation at the Bukit Minyak hostel at no cost "
        "to the Worker, meeting the minimum housing standards of Malaysian law.",
    )
    cl(
        "7. Recruitment costs.",
        "The Worker pays the Agency a service charge of BDT 185,000 in three "
        "instalments: at registration, after the visa is issued and on the day of the flight.",
    )
    cl(
        "8. Medical screening.",
        "The pre-departure medical screening at the Agency's appointed centre costs "
        "BDT 9,500 and is paid by the Worker.",
    )

    pdf.add_page()
    cl(
        "9. Passport.",
        "For safekeeping, the Worker's passport is held by the Company's HR department for "
        "the whole contract and released only for travel approved by the Company.",
    )
    cl(
        "10. Hostel rules.",
        "Hostel residents must stay within the hostel compound between 9:00 p.m. and "
        "6:00 a.m. and may leave on rest days only with a gate pass signed by the line supervisor.",
    )
    cl(
        "11. Leave.",
        "Paid annual leave, sick leave and public holidays as provided by the Employment Act 1955.",
    )
    cl(
        "12. Termination.",
        "Either party may terminate this contract with one month's notice or one month's "
        "wages in lieu of notice. The Company may dismiss the Worker for misconduct after a domestic inquiry "
        "in which the Worker is heard.",
    )
    cl("13. Law.", "This contract is governed by the laws of Malaysia.")
    pdf.ln(2)
    pdf.sig_block(
        ["For the Company", "Tan Wei Ling, Human Resources Manager"],
        ["Worker", "Md. Rakibul Hasan Sarder"],
        gap_above=18,
    )
    pdf.ln(6)
    pdf.sig_block(
        ["Witness for the Agency", "Shahidul Islam Mollah"], ["Date", "12 March 2026"], gap_above=12
    )
    return pdf


def bd12():
    pdf = Doc(
        "A4",
        font="DV",
        size=9.5,
        margins=(20, 16, 20),
        footer_fn=std_footer(
            "Bayas Do\u00f1ana Agr\u00edcola S.L. \u2014 Campa\u00f1a 2026",
            fmt="{t} \u2014 hoja {p}",
        ),
        title="bd12",
    )
    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.cell(
        0,
        6,
        "OFERTA DE EMPLEO DE TEMPORADA \u2014 CONTRATACI\u00d3N EN ORIGEN",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("DV", "", 9)
    pdf.cell(
        0,
        5,
        "Campa\u00f1a de fresa y frambuesa 2026 \u00b7 Colombia \u2013 Espa\u00f1a",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            [
                "Empresa",
                "Bayas Do\u00f1ana Agr\u00edcola S.L., Carretera A-494, km 12, 21800 Moguer (Huelva), "
                "Espa\u00f1a",
            ],
            [
                "Agencia en Colombia",
                "Gestiones Migratorias Cafetal S.A.S., Carrera 7 # 19-40, Pereira, Risaralda",
            ],
            ["Nombre de la trabajadora", "______________________________________"],
            ["Documento", "C.C. n.\u00ba ____________________"],
            [
                "Puesto",
                "Recolectora de fresa y frambuesa: cosecha a mano en macrot\u00fanel, selecci\u00f3n y "
                "envasado en campo.",
            ],
            ["Lugar", "Fincas de la empresa en Moguer y Lucena del Puerto (Huelva)."],
            ["Duraci\u00f3n", "Del 2 de febrero al 31 de mayo de 2026."],
            ["Jornada", "6 horas y media diarias, de lunes a s\u00e1bado (39 horas semanales)."],
            ["Salario", "56,50 \u20ac por jornada, seg\u00fan el convenio del campo de Huelva."],
        ],
        widths=(46, 124),
        size=9,
        lh=4.7,
    )
    pdf.clause(
        "1.",
        "La empresa paga el visado, el billete de avi\u00f3n Bogot\u00e1\u2013Madrid y el "
        "traslado en autob\u00fas hasta Moguer.",
    )
    pdf.clause(
        "2.", "Al terminar la campa\u00f1a la empresa paga el billete de regreso a Bogot\u00e1."
    )
    pdf.clause(
        "3.",
        "De la n\u00f3mina se retienen las cotizaciones a la Seguridad Social y el IRPF que "
        "marca la ley, y los conceptos del anexo.",
    )
    pdf.clause("4.", "La empresa entrega sin costo guantes, cajas, carretillas y tijeras.")
    pdf.clause(
        "5.",
        "Cualquiera de las partes puede dar por terminado el contrato con 15 d\u00edas de "
        "preaviso. La empresa solo puede despedir por causa justificada, por escrito y de acuerdo con "
        "el Estatuto de los Trabajadores.",
    )
    pdf.clause(
        "6.", "La trabajadora conserva su pasaporte y su tarjeta de residencia en todo momento."
    )

    pdf.add_page()
    pdf.heading("ANEXO \u2014 LO QUE DEBE SABER ANTES DE VIAJAR", 11.5, (150, 20, 60))
    pdf.para(
        "Ojo, lea esto con calma y preg\u00fantenos por WhatsApp lo que no entienda:", style="I"
    )
    pdf.bullets(
        [
            "La trabajadora deber\u00e1 tramitar y pagar por su cuenta el pasaporte colombiano.",
            "El seguro m\u00e9dico de viaje exigido para el visado, de 85 \u20ac, lo contrata y lo paga la "
            "trabajadora.",
            "Gestiones Migratorias Cafetal S.A.S. prestar\u00e1 a la trabajadora hasta COP 2.500.000 para los "
            "gastos de su familia mientras se incorpora, que la empresa descontar\u00e1 de su n\u00f3mina en "
            "cuotas iguales con un inter\u00e9s del 3 %.",
            "Por el alojamiento en la finca se descontar\u00e1n 2,50 \u20ac diarios de la n\u00f3mina en concepto "
            "de suministros y mantenimiento.",
            "La ropa de trabajo y las botas de agua las pone la empresa.",
            "No se cobra ninguna inscripci\u00f3n para entrar en la lista de selecci\u00f3n.",
        ],
        size=9.5,
        gap=2,
    )
    pdf.ln(4)
    pdf.sig_block(
        ["Por Bayas Do\u00f1ana Agr\u00edcola S.L.", "Roc\u00edo Garrido Cabello, RR. HH."],
        ["La trabajadora", "Firma: ______________________"],
        gap_above=18,
    )
    return pdf


BUILDERS = {
    "bd%02d.pdf" % i: f
    for i, f in enumerate(
        [bd01, bd02, bd03, bd04, bd05, bd06, bd07, bd08, bd09, bd10, bd11, bd12], start=1
    )
}


# =========================================================================== verification
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


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()


def expected_severity(program, cat, quote):
    if cat in ("damage_chargeback", "meal_charge"):
        return {"review"}
    if cat == "housing_charge":
        return {"violation"} if program == "h2a" else {"review"}
    if cat == "visa_cost":
        if program == "generic":
            return {"violation"}
        return {"review", "violation"}  # review only when the cost is a passport fee alone
    return {"violation"}


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        fn = lab["file"]
        path = out_dir / fn
        prog = lab["program"]
        if prog not in REQUIRED:
            errors.append(f"{fn}: bad program {prog}")
            continue
        bad_terms = set(lab["missing_terms"]) - REQUIRED[prog]
        if bad_terms:
            errors.append(f"{fn}: missing_terms not required for {prog}: {sorted(bad_terms)}")
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{fn}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, pg in enumerate(pdf.pages, start=1):
                full = pg.extract_text() or ""
                left = pg.crop((0, 0, pg.width / 2, pg.height)).extract_text() or ""
                right = pg.crop((pg.width / 2, 0, pg.width, pg.height)).extract_text() or ""
                texts[i] = [norm(full), norm(left), norm(right)]
                if i in scanned:
                    if pg.chars:
                        errors.append(f"{fn} p{i}: labelled scanned but has a text layer")
                    if not pg.images:
                        errors.append(f"{fn} p{i}: labelled scanned but has no image")
            for fee in lab["fees"]:
                cat, sev = fee["category"], fee["severity"]
                if cat not in CATEGORIES:
                    errors.append(f"{fn}: unknown category {cat}")
                if sev not in expected_severity(prog, cat, fee["quote"]):
                    errors.append(f"{fn}: severity {sev} unexpected for {cat} under {prog}")
                if fee["page"] in scanned:
                    continue
                q = norm(fee["quote"])
                if not any(q in t for t in texts.get(fee["page"], [])):
                    errors.append(f"{fn} p{fee['page']}: quote not found: {fee['quote'][:70]}...")
            alltext = " ".join(" ".join(v) for k, v in texts.items())
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{fn}: recruiter name not found: {r}")
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    files = [lab["file"] for lab in labels]
    if sorted(files) != sorted(BUILDERS):
        print("labels.json and builders disagree:", sorted(set(files) ^ set(BUILDERS)))
        return 1
    for fn, build in BUILDERS.items():
        pdf = build()
        pdf.output(str(out_dir / fn))
    shutil.copyfile(HERE / "labels.json", out_dir / "labels.json")
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH:", e)
    print(f"built {len(BUILDERS)} PDFs into {out_dir}; {len(errors)} mismatches")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
