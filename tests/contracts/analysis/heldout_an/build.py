"""Build the held-out contract batch "an" (12 labelled PDFs).

Usage:  python tests/contracts/analysis/heldout_an/build.py OUT_DIR

Deterministic: fixed fonts, fixed creation date, no clock and no random numbers.
After writing, every PDF is re-opened with pdfplumber and each labelled fee quote
is looked up (whitespace-normalised) in the text of its labelled page; the build
fails loudly if any quote, recruiter name, page count or scanned-page property
does not match labels.json.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "DV": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "DVC": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "DVS": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "DVSC": {
        "": DJ + "DejaVuSerifCondensed.ttf",
        "B": DJ + "DejaVuSerifCondensed-Bold.ttf",
        "I": DJ + "DejaVuSerifCondensed-Italic.ttf",
        "BI": DJ + "DejaVuSerifCondensed-BoldItalic.ttf",
    },
    "LS": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "LSN": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "LSR": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "MONO": {
        "": DJ + "DejaVuSansMono.ttf",
        "B": DJ + "DejaVuSansMono-Bold.ttf",
        "I": DJ + "DejaVuSansMono-Oblique.ttf",
        "BI": DJ + "DejaVuSansMono-BoldOblique.ttf",
    },
}
# families actually used by the documents, in a fixed order
USED_FAMILIES = ("DV", "DVC", "DVS", "DVSC", "LS", "LSN", "LSR", "MONO")

BOX_ON = "\u2612"  # ballot box with X
BOX_OFF = "\u2610"  # empty ballot box


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    """FPDF with per-document header/footer callbacks and pages without chrome."""

    def __init__(
        self, fmt="Letter", margins=(20, 18, 20), bottom=20, header_fn=None, footer_fn=None
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam in USED_FAMILIES:
            for style, path in FONTS[fam].items():
                self.add_font(fam, style, path)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("office-suite")
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.bare_pages: set[int] = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)

    def header(self):
        if self.header_fn and self.page_no() not in self.bare_pages:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn and self.page_no() not in self.bare_pages:
            self.footer_fn(self)

    # --- text helpers --------------------------------------------------------
    @property
    def body_w(self):
        return self.w - self.l_margin - self.r_margin

    def para(
        self,
        text,
        size=10,
        style="",
        family=None,
        lh=None,
        align="L",
        after=1.6,
        md=False,
        color=(0, 0, 0),
        w=0,
    ):
        if md:
            for bad in ("--", "__", "~~"):
                assert bad not in text, (bad, text)
        self.set_font(family or self.font_family, style, size)
        self.set_text_color(*color)
        self.multi_cell(
            w, lh or size * 0.48, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def heading(self, text, size=12, family=None, after=1.5, color=(0, 0, 0), align="L"):
        self.para(text, size=size, style="B", family=family, after=after, color=color, align=align)

    def checkbox(self, checked, text, size=10, lh=None, indent=7, after=1.2):
        lh = lh or size * 0.5
        x0 = self.l_margin
        fam = self.font_family
        self.set_font("DV", "", size + 1)  # the ballot-box glyphs exist in DejaVu Sans
        self.set_x(x0)
        self.cell(indent, lh, BOX_ON if checked else BOX_OFF)
        self.set_font(fam, "", size)
        old = self.l_margin
        self.set_left_margin(x0 + indent)
        self.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(old)
        self.set_x(old)
        self.ln(after)

    def band(
        self,
        y,
        h,
        rgb,
        text="",
        size=11,
        style="B",
        text_rgb=(255, 255, 255),
        family=None,
        align="L",
        x=0,
        w=None,
    ):
        self.set_fill_color(*rgb)
        self.rect(x, y, w if w is not None else self.w, h, style="F")
        if text:
            self.set_xy(self.l_margin, y)
            self.set_font(family or self.font_family, style, size)
            self.set_text_color(*text_rgb)
            self.cell(self.body_w, h, text, align=align)
            self.set_text_color(0, 0, 0)

    def two_columns(
        self, left, right, size=9, lh=None, gutter=8, title_style="B", after_block=2.0, rule=False
    ):
        """Lay out two independent columns of (title, text) blocks from the current y."""
        lh = lh or size * 0.47
        x0 = self.l_margin
        cw = (self.body_w - gutter) / 2
        y0 = self.get_y()
        page = self.page_no()
        ends = []
        fam = self.font_family
        for i, blocks in enumerate((left, right)):
            x = x0 + i * (cw + gutter)
            self.set_xy(x, y0)
            for title, text in blocks:
                if title:
                    self.set_font(fam, title_style, size)
                    self.set_x(x)
                    self.multi_cell(cw, lh, title, new_x="LEFT", new_y="NEXT")
                if text:
                    self.set_font(fam, "", size)
                    self.set_x(x)
                    self.multi_cell(cw, lh, text, new_x="LEFT", new_y="NEXT")
                self.set_y(self.get_y() + after_block)
                self.set_x(x)
            assert self.page_no() == page, "column overflowed onto a new page"
            ends.append(self.get_y())
        if rule:
            xm = x0 + cw + gutter / 2
            self.set_draw_color(150, 150, 150)
            self.line(xm, y0, xm, max(ends) - after_block)
            self.set_draw_color(0, 0, 0)
        self.set_xy(x0, max(ends))

    def signature_lines(self, labels, size=9, gap=10, y=None):
        if y is not None:
            self.set_y(y)
        self.ln(gap)
        n = len(labels)
        cw = (self.body_w - 10 * (n - 1)) / n
        y = self.get_y()
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (cw + 10)
            self.line(x, y, x + cw, y)
            self.set_xy(x, y + 1)
            self.set_font(self.font_family, "", size)
            self.multi_cell(cw, size * 0.45, lab, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y + 12)


def simple_table(
    pdf,
    rows,
    widths,
    size=9,
    head=None,
    lh=None,
    head_fill=(225, 225, 225),
    borders="ALL",
    align="LEFT",
    zebra=None,
):
    pdf.set_font(pdf.font_family, "", size)
    from fpdf.fonts import FontFace

    kwargs = dict(
        col_widths=widths,
        text_align=align,
        line_height=lh or size * 0.5,
        borders_layout=borders,
        first_row_as_headings=head is not None,
        width=min(sum(widths), pdf.epw - 0.01),
    )
    if head is not None:
        kwargs["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
    if zebra:
        kwargs["cell_fill_color"] = zebra
        kwargs["cell_fill_mode"] = "ROWS"
    with pdf.table(**kwargs) as table:
        for r in ([head] if head is not None else []) + rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


def wrap_px(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scanned_image(blocks, size_px=(1275, 1650), angle=0.65):
    """Render typed text like a photocopied/scanned sheet (150 dpi letter)."""
    W, H = size_px
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", 27)
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", 30)
    f_small = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", 22)
    x, y, width = 130, 150, W - 260
    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        font = {"title": f_bold, "p": f_reg, "small": f_small}[kind]
        for line in wrap_px(d, text, font, width):
            if kind == "title":
                tw = d.textlength(line, font=font)
                d.text(((W - tw) / 2, y), line, font=font, fill=25)
            else:
                d.text((x, y), line, font=font, fill=30)
            y += int(font.size * 1.42)
        y += 14
    # handwritten-looking signatures (deterministic polylines)
    for sx in (180, 760):
        pts = [(sx + i * 9, y + 90 + int(18 * ((i * 37) % 7 - 3) / 3)) for i in range(34)]
        d.line(pts, fill=40, width=3)
        d.line([(sx - 20, y + 130), (sx + 340, y + 130)], fill=60, width=2)
    d.text((180, y + 140), "Firma de la trabajadora", font=f_small, fill=40)
    d.text((760, y + 140), "Por la agencia", font=f_small, fill=40)
    # round rubber stamp
    cx, cy = 930, y + 60
    d.ellipse([cx - 105, cy - 105, cx + 105, cy + 105], outline=95, width=5)
    d.ellipse([cx - 80, cy - 80, cx + 80, cy + 80], outline=110, width=2)
    d.text((cx - 62, cy - 14), "RECIBIDO", font=f_bold, fill=100)
    # page skew, toner specks and a dark scanner edge
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=238)
    px = img.load()
    for i in range(9000):
        xx = (i * 7919 + (i * i) % 613) % W
        yy = (i * 104729 + (i * 31) % 977) % H
        px[xx, yy] = 70 + (i * 13) % 120
    d2 = ImageDraw.Draw(img)
    d2.rectangle([W - 14, 0, W, H], fill=60)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img


def add_scanned_page(pdf, img):
    pdf.bare_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# --------------------------------------------------------------------------- an01
def an01(path):
    """H-2A job order attachment, apple harvest, Washington. Fully compliant."""

    def header(p):
        p.band(
            0,
            13,
            (34, 85, 51),
            "CASCADE BENCH ORCHARDS LLC  |  H-2A clearance order "
            "WA-2026-0417  |  Attachment to ETA-790A",
            size=9,
        )
        p.set_y(20)

    def footer(p):
        p.set_y(-13)
        p.set_font("DV", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            f"Cascade Bench Orchards LLC  -  Job order attachment  -  Page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf = Doc("Letter", margins=(20, 20, 20), bottom=18, header_fn=header, footer_fn=footer)
    pdf.set_font("DV", "", 9.5)
    pdf.add_page()
    pdf.heading("ATTACHMENT A - MATERIAL TERMS AND CONDITIONS OF EMPLOYMENT", size=12.5)
    pdf.para(
        "This attachment is part of the job order for temporary agricultural work. "
        "Each worker receives a copy in English and in Spanish no later than the time "
        "he or she applies for the visa.",
        size=9,
        style="I",
        after=3,
    )
    s = 9.5
    pdf.para(
        "**1. Employer.** Cascade Bench Orchards LLC, 1880 Sunnyslope Cutoff Road, "
        "Wenatchee, Washington 98801. Telephone (509) 555-0142. Contact: Rosalind "
        "Ybarra, Farm Office.",
        size=s,
        md=True,
    )
    pdf.para(
        "**2. Openings and period.** Forty-two (42) workers are needed from August 17, "
        "2026 through November 6, 2026.",
        size=s,
        md=True,
    )
    pdf.para(
        "**3. Job duties.** Apple Harvest Worker (SOC 45-2092). Pick apples by hand into "
        "a picking bucket from the ground and from 10- and 12-foot orchard ladders, empty "
        "the bucket gently into field bins, move ladders from tree to tree and top off "
        "bins so fruit is not bruised. Workers may also be asked to feed empty bins to the "
        "bin trailer, stack bins at the end of the row and write bin counts on the crew "
        "tally sheet. Work is done outdoors in heat, rain and early-morning cold.",
        size=s,
        md=True,
    )
    pdf.para(
        "**4. Requirements.** One month of experience hand-harvesting tree fruit, "
        "verifiable by a reference. Must be able to carry a full picking bucket of about "
        "40 pounds up and down a ladder. No education, licence or English is required. "
        "New workers are trained in ladder safety on paid time.",
        size=s,
        md=True,
    )
    pdf.para(
        "**5. Place of work.** Orchard blocks owned by the employer in Chelan County, "
        "Washington: the Sunnyslope block (1880 Sunnyslope Cutoff Road, Wenatchee) and "
        "the Monitor block (6102 Old Monitor Road, Cashmere).",
        size=s,
        md=True,
    )
    pdf.para(
        "**6. Hours.** 35 hours per week are offered, normally Monday through Saturday "
        "from 6:30 a.m. to 1:00 p.m., with longer days possible at the peak of harvest. "
        "Sunday is the day of rest; nobody is required to work on Sunday.",
        size=s,
        md=True,
    )
    pdf.para(
        "**7. Wages.** The employer pays the highest of the Adverse Effect Wage Rate "
        "(AEWR), the prevailing hourly or piece rate, the agreed collective-bargaining "
        "rate, or the federal or state minimum wage in effect when the work is "
        "performed. Today that is $19.82 per hour. When apples are paid by the bin the "
        "rate is $32.00 per bin, and if bin earnings for a pay period fall short of the "
        "hourly rate times the hours worked, the employer adds the difference. If a "
        "higher AEWR is published during the season, it applies from its effective date.",
        size=s,
        md=True,
    )
    pdf.para(
        "**8. Pay day and pay statements.** Wages are paid weekly, every Friday, by check "
        "or by direct deposit as the worker chooses. Each statement shows the hours "
        "offered, hours actually worked, bins picked, the rates, total earnings, every "
        "deduction with its reason, and the employer's name, address and FEIN.",
        size=s,
        md=True,
    )
    pdf.para(
        "**9. Housing.** Workers who cannot reasonably return to their permanent homes "
        "at the end of each working day are offered housing free of charge at the "
        "Cascade Bench Labor Camp, 1902 Sunnyslope Cutoff Road, Wenatchee, which holds a "
        "temporary worker housing licence from the Washington State Department of "
        "Health. No rent, utility charge, bedding deposit or key deposit is taken. Each "
        "room sleeps no more than four people in single beds with mattresses; bathrooms "
        "with hot showers and a laundry room with free washers and dryers are in the same "
        "building. The housing is cleaned and inspected before the workers arrive, and "
        "any defect that a resident reports (a broken window, a leaking tap, a heater "
        "that does not work) is repaired at the employer's expense and without asking who "
        "caused it. Residents are free to come and go at any hour, to receive visitors in "
        "the common room until 10 p.m., to cook their own food and to keep their own "
        "phones. A worker who prefers to live elsewhere may do so; no housing allowance "
        "is paid in that case, because free housing is offered to everyone. The camp "
        "manager, Mr. Tomas Ledesma, lives on site and can be reached at any time at "
        "(509) 555-0150 for repairs or emergencies. Drinking water, fire extinguishers, "
        "smoke alarms and a first-aid kit are provided in every building and checked "
        "each week. Each resident receives a clean mattress, a pillow, two sheets and a "
        "blanket on arrival, and may exchange them for clean ones every week at the camp "
        "office without charge. A free shuttle runs from the camp to the grocery stores "
        "and the post office in Wenatchee every Sunday at 9 a.m. and 1 p.m., and "
        "residents may use the camp office telephone and wireless internet at no cost "
        "to call or write to their families.",
        size=s,
        md=True,
    )
    pdf.para(
        "**10. Meals.** The camp has a shared kitchen with stoves, refrigerators, pots "
        "and dishes, all free of charge. A worker may instead join the optional meal plan "
        "run by the camp cook: three meals a day for $15.50 per day, which is below the "
        "maximum meal charge the U.S. Department of Labor publishes each year. The meal "
        "plan is deducted weekly, and only for workers who sign up for it in writing.",
        size=s,
        md=True,
    )
    pdf.para(
        "**11. Transportation.** Inbound: a worker who completes 50 percent of the work "
        "contract period is reimbursed the reasonable cost of transportation and daily "
        "subsistence from the place of recruitment in Mexico to the orchard. The "
        "employer normally buys the bus ticket in advance; if it does not, the cost is "
        "repaid in the first workweek to the extent it would otherwise bring pay below "
        "the minimum wage. Return: a worker who completes the contract, or who is "
        "dismissed early for any reason other than cause, receives return transportation "
        "and subsistence to the place of recruitment, paid by the employer. Daily: "
        "transportation between the labor camp and each orchard block is provided free "
        "every workday in insured employer vans.",
        size=s,
        md=True,
    )

    pdf.ln(1)
    pdf.band(
        pdf.get_y(),
        7,
        (222, 235, 224),
        "EMPLOYER ASSURANCES",
        size=9.5,
        text_rgb=(34, 85, 51),
        x=pdf.l_margin,
        w=pdf.body_w,
    )
    pdf.set_y(pdf.get_y() + 9)
    left = [
        (
            "12. Tools and equipment",
            "Picking buckets, ladders, bin tags, gloves and rain jackets needed for the job are "
            "provided at no cost and without any deposit. Nobody is charged for normal wear and "
            "tear or for a ladder that breaks in use.",
        ),
        (
            "13. Workers' compensation",
            "Every worker is covered by Washington State workers' compensation (Department of "
            "Labor and Industries) from the first day, at no cost to the worker.",
        ),
        (
            "14. Three-fourths guarantee",
            "The employer guarantees to offer each worker employment for at least three-fourths "
            "(3/4) of the workdays of the contract period. If less is offered, the worker is "
            "paid the amount he or she would have earned for the guaranteed hours.",
        ),
        (
            "15. Deductions",
            "Only these deductions are made: federal income tax, and only if the worker asks "
            "for withholding (H-2A wages are not subject to Social Security or Medicare tax); "
            "the optional meal plan in section 10; and any deduction the worker requests in "
            "writing for his or her own benefit, such as a money transfer to the family.",
        ),
    ]
    right = [
        (
            "16. Recruitment",
            "The employer recruits in Mexico through Agencia Laboral Manzano, S.C., and has "
            "forbidden it in writing to seek or receive any payment from workers. The employer "
            "pays all of the agency's fees. No worker pays anyone for a place on the crew.",
        ),
        (
            "17. Documents",
            "Workers keep their own passports, visas and identity cards at all times. No "
            "supervisor may ask to hold them.",
        ),
        (
            "18. No retaliation",
            "No worker will be fired, blacklisted or refused rehire for filing a complaint, "
            "talking to a lawyer, a union or a government agency, or testifying.",
        ),
        (
            "19. Abandonment and termination",
            "A worker absent for 5 consecutive working days without the employer's consent is "
            "treated as having abandoned the job, and the employer will notify the Department of "
            "Labor and DHS within 2 working days. A worker fired for cause loses the 3/4 "
            "guarantee and paid return transportation.",
        ),
        (
            "20. Contract impossibility",
            "If fire, flood, hail, frost or another Act of God makes the work impossible before "
            "the end date, the employer may end the contract after paying the 3/4 guarantee up "
            "to that date and the return trip with subsistence, and will try to place workers "
            "with other growers.",
        ),
    ]
    pdf.two_columns(left, right, size=8.8, gutter=9, rule=True)

    pdf.add_page()
    pdf.heading("21. Visa costs", size=10)
    pdf.para(
        "Workers are not charged for their H-2A visa. The visa application fee and any "
        "border-crossing fee are repaid in full with the first weekly paycheck, together "
        "with the inbound costs described in section 11.",
        size=9.5,
    )
    pdf.heading("22. Frost protection and wind machines", size=10)
    pdf.para(
        "During frost nights some workers may be asked to watch the wind machines and "
        "orchard heaters and to refuel them. These hours are paid at the hourly rate in "
        "section 7 and count toward the 3/4 guarantee.",
        size=9.5,
    )
    pdf.heading("23. Where to get help", size=10)
    pdf.para(
        "Questions about this job order: Washington State Employment Security "
        "Department, Agricultural Services, 1-800-562-6361. Complaints about pay or "
        "housing: U.S. Department of Labor, Wage and Hour Division, 1-866-487-9243. "
        "Calls are free and can be made in Spanish.",
        size=9.5,
        after=4,
    )
    pdf.para("Signed for the employer on January 12, 2026.", size=9.5)
    pdf.signature_lines(
        [
            "Rosalind Ybarra, Farm Office Manager, Cascade Bench Orchards LLC",
            "Worker: name, signature and date",
        ],
        gap=16,
    )
    pdf.output(path)


# --------------------------------------------------------------------------- an02
def an02(path):
    """Recruiter agreement (Mexico) for H-2A onion harvest, with checkbox commitments."""

    def footer(p):
        p.set_y(-16)
        p.set_font("DVS", "I", 8)
        p.cell(
            0,
            5,
            f"Convenio EAB-H2A-2026-0193  ·  Hoja {p.page_no()} de {{nb}}  ·  "
            "Rúbrica del trabajador: ________",
            align="R",
        )

    pdf = Doc("Legal", margins=(24, 20, 24), bottom=22, footer_fn=footer)
    pdf.set_font("DVS", "", 10.5)
    pdf.add_page()
    pdf.para("ENLACES AGRÍCOLAS DEL BAJÍO, S.C.", size=13, style="B", align="C", after=0.5)
    pdf.para(
        "Calle Hidalgo 47, Zona Centro, Dolores Hidalgo C.I.N., Guanajuato  ·  Tel. 418 555 0912",
        size=8.5,
        align="C",
        after=5,
    )
    pdf.para(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN PARA TRABAJO AGRÍCOLA TEMPORAL "
        "EN LOS ESTADOS UNIDOS DE AMÉRICA (PROGRAMA H-2A)",
        size=11,
        style="B",
        align="C",
        after=4,
    )
    pdf.para(
        "En Dolores Hidalgo, Guanajuato, a 9 de febrero de 2026, celebran el presente "
        "convenio, por una parte, Enlaces Agrícolas del Bajío, S.C., representada por el "
        'C. Baltazar Ordaz Nieto (en lo sucesivo "LA AGENCIA"), y por la otra el C. '
        "Eusebio Landeros Quiroz, originario de San Diego de la Unión, Guanajuato (en lo "
        'sucesivo "EL TRABAJADOR"), al tenor de las siguientes',
        size=10.5,
        after=2.5,
    )
    pdf.para("C L Á U S U L A S", size=11, style="B", align="C", after=2.5)
    s = 10.5
    pdf.para(
        "**PRIMERA. Objeto.** LA AGENCIA gestionará la contratación de EL TRABAJADOR como "
        "trabajador agrícola temporal con visa H-2A para Altamaha Sweet Onion Farms LLC, "
        "con domicilio en 212 Ringer Road, Lyons, Georgia 30436, Estados Unidos de "
        'América (en lo sucesivo "EL PATRÓN").',
        size=s,
        md=True,
    )
    pdf.para(
        "**SEGUNDA. Del trabajo.** El trabajo consiste en la cosecha manual de cebolla "
        "dulce: arrancar la cebolla, cortar raíz y tallo con tijera y llenar costales de "
        "50 libras. Se realizará en los campos de EL PATRÓN en el condado de Toombs, "
        "Georgia, del 6 de abril al 26 de junio de 2026, con un horario ofrecido de 40 "
        "horas por semana, de lunes a sábado.",
        size=s,
        md=True,
    )
    pdf.para(
        "**TERCERA. Salario.** EL PATRÓN pagará a EL TRABAJADOR $14.91 (catorce dólares "
        "con noventa y un centavos) por hora trabajada, cada semana.",
        size=s,
        md=True,
    )
    pdf.para(
        "**CUARTA. Vivienda y traslado.** EL PATRÓN proporciona vivienda gratuita cerca "
        "de los campos y reembolsa el pasaje de autobús de Monterrey a Lyons y el costo "
        "de la visa cuando EL TRABAJADOR cumple la mitad del contrato.",
        size=s,
        md=True,
    )
    pdf.para(
        "**QUINTA. Aportación por gestión.** Por concepto de apoyo administrativo y "
        "gestión de su expediente, EL TRABAJADOR aportará a LA AGENCIA la cantidad de "
        "$7,500.00 (siete mil quinientos pesos 00/100 M.N.), en dos exhibiciones: la "
        "primera al firmar este convenio y la segunda antes de la cita consular.",
        size=s,
        md=True,
    )
    pdf.para(
        "**SEXTA. Pasaporte.** El trámite y el pago del pasaporte mexicano son "
        "responsabilidad exclusiva de EL TRABAJADOR.",
        size=s,
        md=True,
    )
    pdf.para(
        "**SÉPTIMA. Requisitos.** EL TRABAJADOR declara contar con al menos tres meses de "
        "experiencia en la cosecha de hortalizas y ser mayor de 18 años.",
        size=s,
        md=True,
    )
    pdf.para(
        "**OCTAVA. Visa.** LA AGENCIA no garantiza la expedición de la visa, que depende "
        "exclusivamente del Consulado General de los Estados Unidos en Monterrey.",
        size=s,
        md=True,
    )
    pdf.para(
        "**NOVENA. Jurisdicción.** Para la interpretación y cumplimiento de este convenio "
        "las partes se someten a los tribunales de Dolores Hidalgo, Guanajuato, y "
        "renuncian a cualquier otro fuero.",
        size=s,
        md=True,
    )

    pdf.add_page()
    pdf.para("HOJA DE COMPROMISOS DE EL TRABAJADOR", size=12, style="B", align="C", after=1)
    pdf.para(
        "(Forma parte integral del convenio. Marque con una X cada casilla que acepta.)",
        size=9,
        style="I",
        align="C",
        after=5,
    )
    pdf.set_font("DVS", "", 10.5)
    pdf.checkbox(True, "Acepto las condiciones de trabajo descritas en la cláusula SEGUNDA.")
    pdf.checkbox(
        True,
        "Entregaré a LA AGENCIA mi pasaporte vigente, que quedará bajo su "
        "resguardo hasta el día de la salida y después en poder del mayordomo del "
        "rancho durante la temporada.",
    )
    pdf.checkbox(
        True,
        "Firmaré un pagaré por $25,000.00 M.N. a favor de LA AGENCIA como "
        "garantía de que cumpliré la temporada completa; el pagaré me será devuelto "
        "a mi regreso.",
    )
    pdf.checkbox(
        True,
        "Sé que EL PATRÓN me dará sin costo las tijeras, los guantes y los "
        "costales para la cosecha.",
    )
    pdf.checkbox(
        True, "Declaro que no he entregado dinero a ninguna persona a cambio de este empleo."
    )
    pdf.checkbox(True, "Traeré el día de la salida: pasaporte, visa, CURP y una muda de ropa.")
    pdf.checkbox(
        False, "Deseo recibir los avisos de LA AGENCIA por WhatsApp al número que anoto abajo."
    )
    pdf.ln(2)
    pdf.para("Teléfono: ______________________", size=10)
    pdf.para(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y "
        "alcance, lo firman por duplicado en el lugar y fecha señalados.",
        size=10,
        after=6,
    )
    y = pdf.get_y() + 14
    pdf.signature_lines(
        ["Por LA AGENCIA: Baltazar Ordaz Nieto", "EL TRABAJADOR: Eusebio Landeros Quiroz"],
        y=y - 14,
        gap=14,
    )
    # fingerprint box
    bx = pdf.w - pdf.r_margin - 32
    by = pdf.get_y() + 4
    pdf.rect(bx, by, 32, 36)
    pdf.set_xy(bx, by + 37)
    pdf.set_font("DVS", "", 8)
    pdf.cell(32, 4, "Huella digital", align="C")
    pdf.output(path)


# --------------------------------------------------------------------------- an03
def an03(path):
    """H-2A bilingual work contract (paragraph EN then ES) with an addendum that adds charges."""

    def footer(p):
        p.set_y(-14)
        p.set_font("LS", "", 8)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            5,
            f"Alafia River Berry Company, Inc.  ·  H-2A 2025-26  ·  {p.page_no()}/{{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf = Doc("Letter", margins=(22, 18, 22), bottom=18, footer_fn=footer)
    pdf.set_font("LS", "", 10)
    pdf.add_page()
    pdf.para("ALAFIA RIVER BERRY COMPANY, INC.", size=14, style="B", align="C", after=0.5)
    pdf.para(
        "7715 Turkey Creek Road, Plant City, Florida 33567  ·  (813) 555-0124",
        size=9,
        align="C",
        after=3,
    )
    pdf.para(
        "WORK CONTRACT FOR H-2A WORKERS / CONTRATO DE TRABAJO PARA TRABAJADORES H-2A",
        size=11,
        style="B",
        align="C",
        after=4,
    )

    def clause(en, es, n):
        pdf.para(f"**{n}.** {en}", size=10, md=True, after=0.8)
        pdf.set_x(pdf.l_margin + 6)
        old = pdf.l_margin
        pdf.set_left_margin(old + 6)
        pdf.para(es, size=9.5, style="I", color=(40, 40, 110), after=2.6)
        pdf.set_left_margin(old)

    clause(
        "This contract is between Alafia River Berry Company, Inc., 7715 Turkey Creek "
        "Road, Plant City, Florida 33567 (the Employer), and the H-2A worker whose name "
        "appears at the signature line (the Worker).",
        "Este contrato es entre Alafia River Berry Company, Inc., 7715 Turkey Creek Road, "
        "Plant City, Florida 33567 (el Empleador), y el trabajador H-2A cuyo nombre aparece "
        "en la línea de firma (el Trabajador).",
        1,
    )
    clause(
        "The Worker will harvest strawberries by hand, pack them into clamshells in the "
        "field, carry full flats to the field truck, and help lay and remove plastic mulch. "
        "All work is in the Employer's fields in Hillsborough County, Florida.",
        "El Trabajador cosechará fresa a mano, la empacará en clamshells en el campo, "
        "llevará las charolas llenas al camión y ayudará a poner y quitar el plástico. Todo "
        "el trabajo es en los campos del Empleador en el condado de Hillsborough, Florida.",
        2,
    )
    clause(
        "The contract runs from December 1, 2025 to April 10, 2026. The Employer expects to "
        "offer 36 hours per week, Monday through Saturday, weather permitting.",
        "El contrato va del 1 de diciembre de 2025 al 10 de abril de 2026. El Empleador "
        "espera ofrecer 36 horas por semana, de lunes a sábado, si el clima lo permite.",
        3,
    )
    clause(
        "Pay is $15.26 per hour, or $2.10 per flat when that pays more for the pay period. "
        "If the AEWR or another applicable wage goes up during the contract, the higher "
        "rate is paid. Wages are paid weekly, every Thursday, with an itemized pay "
        "statement showing hours offered, hours worked, flats, rate and deductions.",
        "El pago es de $15.26 por hora, o $2.10 por charola cuando eso pague más en el "
        "periodo. Si el AEWR u otro salario aplicable sube durante el contrato, se paga la "
        "tarifa más alta. Se paga cada semana, los jueves, con un talón que muestra horas "
        "ofrecidas, horas trabajadas, charolas, tarifa y descuentos.",
        4,
    )
    clause(
        "Deductions: federal income tax only if the Worker asks for it, the meal charge in "
        "clause 6, and deductions the Worker authorizes in writing.",
        "Descuentos: impuesto federal solo si el Trabajador lo pide, el cobro de comida de "
        "la cláusula 6 y los descuentos que el Trabajador autorice por escrito.",
        5,
    )
    clause(
        "Three meals a day are served at the camp dining hall for $15.00 per day, deducted "
        "weekly. This is below the federal maximum meal charge.",
        "Se sirven tres comidas al día en el comedor del campamento por $15.00 diarios, "
        "descontados cada semana. Esto es menos que el máximo federal.",
        6,
    )

    pdf.add_page()
    clause(
        "Housing is free at Turkey Creek Camp, 7790 Turkey Creek Road, Plant City. There is "
        "no rent, no utility charge and no deposit.",
        "La vivienda es gratis en Turkey Creek Camp, 7790 Turkey Creek Road, Plant City. No "
        "hay renta, ni cobro de luz o agua, ni depósito.",
        7,
    )
    clause(
        "The inbound bus and meals from Monterrey are repaid when the Worker completes 50% "
        "of the contract; the return trip is paid for workers who finish the contract. A "
        "free bus runs every day from the camp to the fields.",
        "El autobús y las comidas desde Monterrey se pagan cuando el Trabajador cumple el "
        "50% del contrato; el regreso se paga a quienes terminan el contrato. Un autobús "
        "gratuito va cada día del campamento a los campos.",
        8,
    )
    clause(
        "Harvest carts, picking trays, gloves and rain suits are provided free. A worker "
        "who breaks a harvest cart through carelessness will be charged $35 for its repair "
        "or replacement.",
        "Los carritos, charolas, guantes e impermeables se dan gratis. Al trabajador que "
        "rompa un carrito por descuido se le cobrarán $35 por su reparación o reemplazo.",
        9,
    )
    clause(
        "The Employer guarantees work for at least three-fourths of the workdays of the "
        "contract period, or pays the difference.",
        "El Empleador garantiza trabajo por lo menos tres cuartas partes de los días "
        "laborables del contrato, o paga la diferencia.",
        10,
    )
    clause(
        "Requirement: three months of experience harvesting strawberries or other berries.",
        "Requisito: tres meses de experiencia en la cosecha de fresa u otras bayas.",
        11,
    )
    clause(
        "A worker who misses 5 consecutive workdays without notice is considered to have "
        "abandoned the job. A worker fired for cause loses the paid return trip.",
        "El trabajador que falte 5 días laborables seguidos sin avisar se considera que "
        "abandonó el trabajo. El trabajador despedido con causa pierde el regreso pagado.",
        12,
    )
    clause(
        "The Worker was recruited in Mexico by Servicios de Reclutamiento Laguna Verde, S. "
        "de R.L., which is paid by the Employer. Neither the Employer nor the recruiter may "
        "ask the Worker for any fee.",
        "El Trabajador fue reclutado en México por Servicios de Reclutamiento Laguna Verde, "
        "S. de R.L., al que paga el Empleador. Ni el Empleador ni el reclutador pueden "
        "pedirle al Trabajador ningún cobro.",
        13,
    )
    clause(
        "The Worker received this contract in English and Spanish before applying for the visa.",
        "El Trabajador recibió este contrato en inglés y en español antes de solicitar la visa.",
        14,
    )
    pdf.signature_lines(
        [
            "Employer / Empleador: Dale Whitcomb, Farm Manager",
            "Worker / Trabajador: name and signature / nombre y firma",
        ],
        gap=14,
    )

    pdf.add_page()
    pdf.band(
        pdf.get_y(),
        9,
        (120, 30, 30),
        "ADDENDUM No. 1  /  ADENDA No. 1",
        size=11,
        x=pdf.l_margin,
        w=pdf.body_w,
        align="C",
    )
    pdf.set_y(pdf.get_y() + 12)
    pdf.para(
        "Date: January 12, 2026. The following changes to the H-2A work contract take "
        "effect on January 19, 2026.",
        size=10,
        after=0.8,
    )
    pdf.para(
        "Fecha: 12 de enero de 2026. Los siguientes cambios al contrato de trabajo H-2A "
        "entran en vigor el 19 de enero de 2026.",
        size=9.5,
        style="I",
        color=(40, 40, 110),
        after=4,
    )
    pdf.para(
        "**A.** Clause 6 is amended. The meal charge rises to $24.50 per day, deducted "
        "weekly from each worker's pay.",
        size=10,
        md=True,
        after=0.8,
    )
    pdf.para(
        "Cláusula 6 se modifica. El cobro de comida sube a $24.50 por día, que se "
        "descuenta cada semana del pago de cada trabajador.",
        size=9.5,
        style="I",
        color=(40, 40, 110),
        after=3,
    )
    pdf.para(
        "**B.** Clause 7 is amended. Each worker living at Turkey Creek Camp will "
        "contribute $60 per week toward electricity and water, deducted from the "
        "paycheck.",
        size=10,
        md=True,
        after=0.8,
    )
    pdf.para(
        "Cláusula 7 se modifica. Cada trabajador que viva en Turkey Creek Camp aportará "
        "$60 por semana para luz y agua, que se descontarán del cheque.",
        size=9.5,
        style="I",
        color=(40, 40, 110),
        after=3,
    )
    pdf.para("**C.** All other terms of the contract remain the same.", size=10, md=True, after=0.8)
    pdf.para(
        "Todos los demás términos del contrato siguen iguales.",
        size=9.5,
        style="I",
        color=(40, 40, 110),
        after=3,
    )
    pdf.signature_lines(["Employer / Empleador", "Worker / Trabajador"], gap=16)
    pdf.output(path)


# --------------------------------------------------------------------------- an04
def an04(path):
    """H-2A plain-language Q&A with a who-pays table. Fully compliant."""

    def header(p):
        p.set_font("DV", "B", 8)
        p.set_text_color(120, 60, 0)
        p.set_xy(p.l_margin, 8)
        p.cell(0, 5, "CONTENTNEA CREEK FARMS, LLC", align="L")
        p.set_xy(p.l_margin, 8)
        p.set_font("DV", "", 8)
        p.cell(0, 5, "H-2A season 2026  ·  part of your work contract", align="R")
        p.set_draw_color(200, 120, 40)
        p.set_line_width(0.6)
        p.line(p.l_margin, 14, p.w - p.r_margin, 14)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(19)

    pdf = Doc("Letter", margins=(19, 18, 19), bottom=16, header_fn=header)
    pdf.set_font("DV", "", 9.5)
    pdf.add_page()
    pdf.para(
        "Your H-2A job at Contentnea Creek Farms: questions and answers",
        size=14,
        style="B",
        after=1,
    )
    pdf.para(
        "Read this before your consular interview. It is part of your work contract. A "
        "Spanish copy is attached.",
        size=9,
        style="I",
        after=3,
    )

    qa = [
        (
            "Who is my employer?",
            "Contentnea Creek Farms, LLC, 3310 Speights Bridge Road, Walstonburg, North Carolina "
            "27888. Owner: Franklin T. Boyette. Phone (252) 555-0147.",
        ),
        (
            "What will I do?",
            "Transplant tobacco seedlings, hoe and top tobacco, and hand-harvest (prime) tobacco "
            "leaves; later in the season, dig sweet potatoes and grade them into bins. On some "
            "Saturdays you may work at the farm stand, weighing sweet potatoes for customers and "
            "taking their payment at the register.",
        ),
        (
            "Where will I work and when?",
            "In the employer's fields in Greene and Pitt Counties, North Carolina, from May 4, "
            "2026 to October 30, 2026.",
        ),
        (
            "How many hours?",
            "40 hours per week are offered, Monday through Friday from 7:00 a.m. to 3:30 p.m.; "
            "Saturday work is possible during harvest.",
        ),
        (
            "How much will I earn?",
            "$16.34 per hour. If the Department of Labor raises the AEWR, or another wage that "
            "applies goes up while you are here, we pay you the highest one.",
        ),
        (
            "When do I get paid?",
            "Every Friday (weekly), with a pay stub that lists hours offered, hours worked, your "
            "rate, total pay and each deduction.",
        ),
        (
            "What is taken out of my pay?",
            "Only federal and North Carolina income tax if you ask us to withhold it, and child "
            "support if a court orders it. Nothing is taken out for housing, tools or "
            "transportation.",
        ),
        (
            "Is there a guarantee of work?",
            "Yes. We guarantee you work for at least three-fourths (3/4) of the workdays of the "
            "contract. If we offer less, we pay you the difference.",
        ),
        (
            "What experience do I need?",
            "At least three months harvesting tobacco or vegetables, and the ability to lift 50 "
            "pounds.",
        ),
    ]
    for q, a in qa:
        pdf.para("Q. " + q, size=10, style="B", after=0.4, color=(120, 60, 0))
        pdf.para(a, size=9.5, after=2.2)

    pdf.heading("WHO PAYS FOR WHAT", size=11, color=(120, 60, 0), after=1.5)
    simple_table(
        pdf,
        [
            ["Recruiter's services", "-", "Employer (you pay nothing)"],
            ["Visa application fee (MRV)", "$205", "Employer, repaid in first week"],
            [
                "Bus Monterrey to Walstonburg, with meals",
                "about $190",
                "Employer, repaid in first week",
            ],
            ["Bus home at the end of the season", "-", "Employer"],
            ["Housing, electricity, water, gas", "-", "Employer (free)"],
            ["Kitchen, stove, refrigerator, pots", "-", "Employer (free)"],
            ["Tools, gloves, rain gear", "-", "Employer (free, no deposit)"],
            ["Daily bus from housing to fields", "-", "Employer (free)"],
            ["Workers' compensation insurance", "-", "Employer"],
            ["Income tax withholding (optional)", "depends", "You, only if you ask for it"],
        ],
        widths=(78, 26, 72),
        size=8.8,
        head=["Cost", "Amount", "Who pays"],
        head_fill=(250, 225, 195),
    )

    qa2 = [
        (
            "Where will I live?",
            "In free housing at 3318 Speights Bridge Road, inspected by the North Carolina "
            "Department of Labor before you arrive. Each house has a free kitchen with stove, "
            "refrigerator and pots, so you can cook your own meals.",
        ),
        (
            "How do I get here and back home?",
            "We pay the bus and meals on the road from Monterrey (see the table). When you finish "
            "the contract, or if we let you go early for a reason that is not your fault, we pay "
            "your bus and meals back to Monterrey. Every day a farm bus takes you free from the "
            "housing to the fields and back.",
        ),
        (
            "Do I need to buy tools?",
            "No. Hoes, harvest bags, gloves and rain gear are given to you free, with no deposit.",
        ),
        (
            "What if I get hurt at work?",
            "You are covered by our workers' compensation insurance from the first day, at no cost "
            "to you. It pays medical care and part of your wages while you cannot work.",
        ),
        (
            "Can I be fired?",
            "Only for cause, such as refusing to work without reason or fighting. If you miss 5 "
            "workdays in a row without telling us, we consider that you abandoned the job and we "
            "must tell the government. If you abandon the job or are fired for cause, you lose "
            "the 3/4 guarantee and the paid trip home.",
        ),
        (
            "What if a hurricane destroys the crop?",
            "If the work becomes impossible because of a hurricane, flood or other natural "
            "disaster, we may end the contract early. We will still pay the 3/4 guarantee up to "
            "that date and your trip home, and we will try to find you work with another farm.",
        ),
        (
            "Who recruited me? Do I owe them anything?",
            "We recruit through Reclutamiento Agrícola Carolina-Jalisco, S.C. We pay its fees. If "
            "anyone asks you for money to get this job, call us or the Department of Labor at "
            "1-866-487-9243.",
        ),
        ("Will you keep my passport?", "No. Your passport, visa and ID stay with you."),
        (
            "Is there a fine if I leave early?",
            "No. There is no fine, penalty or deposit. If you leave early you only lose the paid "
            "trip home and the 3/4 guarantee.",
        ),
    ]
    for q, a in qa2:
        pdf.para("Q. " + q, size=10, style="B", after=0.4, color=(120, 60, 0))
        pdf.para(a, size=9.5, after=2.2)
    pdf.signature_lines(
        ["Franklin T. Boyette, for Contentnea Creek Farms, LLC", "Worker signature and date"],
        gap=10,
    )
    pdf.output(path)


# --------------------------------------------------------------------------- an05
def an05(path):
    """H-2B job order, crab picking, two-column body on both pages."""

    def header(p):
        p.band(0, 16, (15, 60, 110))
        p.set_xy(p.l_margin, 3)
        p.set_font("LSN", "B", 14)
        p.set_text_color(255, 255, 255)
        p.cell(0, 6, "HONGA RIVER SEAFOOD CO.", align="L")
        p.set_xy(p.l_margin, 9.5)
        p.set_font("LSN", "", 9)
        p.cell(
            0,
            5,
            "H-2B Job Order  ·  Seasonal crab meat pickers  ·  Case H-400-26012-771204",
            align="L",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    def footer(p):
        p.set_y(-12)
        p.set_font("LSN", "", 8)
        p.cell(0, 5, f"Page {p.page_no()} of {{nb}}", align="R")

    pdf = Doc("Letter", margins=(16, 18, 16), bottom=14, header_fn=header, footer_fn=footer)
    pdf.set_font("LSN", "", 10)
    pdf.add_page()
    left = [
        (
            "EMPLOYER",
            "Honga River Seafood Co., 4127 Hoopers Island Road, Fishing Creek, Maryland 21634. "
            "Telephone (410) 555-0188. Contact: Mrs. Loretta Dize.",
        ),
        (
            "POSITION AND DUTIES",
            "30 Crab Meat Pickers (SOC 51-3022). Pick meat from steamed blue crabs with a knife, "
            "sort lump, backfin and claw meat into containers, weigh and label each container, and "
            "clean the picking tables at the end of each shift.",
        ),
        (
            "PLACE OF WORK",
            "The company's picking house at 4127 Hoopers Island Road, Fishing Creek, Dorchester "
            "County, Maryland.",
        ),
        ("PERIOD OF EMPLOYMENT", "April 6, 2026 to November 20, 2026."),
        (
            "HOURS",
            "35 hours per week, Monday through Friday, starting at 6:00 a.m.; Saturday work "
            "during peak season.",
        ),
        (
            "WAGES",
            "$17.08 per hour, or $4.25 per pound of picked meat if that is more for the week. "
            "The company pays at least the highest of the prevailing wage or the federal, state "
            "or local minimum wage during the entire period, including any increase.",
        ),
        ("OVERTIME", "One and one-half times the hourly rate after 40 hours in a workweek."),
        (
            "PAYDAY",
            "Every Friday (weekly). An earnings statement is given each payday showing hours "
            "offered, hours worked, pounds picked, rate, gross pay and deductions.",
        ),
    ]
    right = [
        (
            "REQUIREMENTS",
            "No experience needed. Workers must be able to stand for 8 hours and to work in a "
            "cold, wet room.",
        ),
        (
            "DEDUCTIONS",
            "Federal and Maryland income taxes, Social Security and Medicare, and the housing "
            "charge below.",
        ),
        (
            "HOUSING",
            "Housing in the company bunkhouse at 4131 Hoopers Island Road is $75 per week, "
            "payroll deducted.",
        ),
        (
            "HOUSE RULES",
            "Workers living in company housing must be inside by 10:00 p.m. and may not leave "
            "Dorchester County without written permission from the plant manager.",
        ),
        (
            "TOOLS AND SUPPLIES",
            "Knives, aprons, hairnets, boots and gloves are supplied free by the company.",
        ),
        (
            "SAFETY",
            "Workers receive hand-washing and knife-safety training on the first day, on the "
            "clock. Shellfish allergies must be reported to the supervisor.",
        ),
    ]
    pdf.two_columns(left, right, size=10, gutter=10, rule=True, after_block=2.4)

    pdf.add_page()
    left2 = [
        (
            "TRAVEL TO THE JOB",
            "Inbound transportation and daily subsistence from the worker's home to Fishing "
            "Creek are reimbursed in the first workweek.",
        ),
        (
            "RETURN TRAVEL",
            "Return transportation is paid for workers who complete the period of employment or "
            "are dismissed early by the company.",
        ),
        (
            "VISA",
            "The $205 visa appointment fee is the worker's own investment in his future and is "
            "not refunded by the company.",
        ),
        (
            "COMPLETION FUND",
            "To encourage completion of the season, $1.00 of every hour worked is held in a "
            "completion fund and paid with the final check to workers who stay until the end "
            "date.",
        ),
        (
            "DAILY TRANSPORTATION",
            "The bunkhouse is across the road from the picking house. Workers living elsewhere "
            "arrange their own travel to work.",
        ),
        (
            "COMPLAINTS",
            "Questions about pay may be directed to the office manager or to the U.S. "
            "Department of Labor, Wage and Hour Division, at 1-866-487-9243.",
        ),
    ]
    right2 = [
        (
            "RECRUITMENT",
            "The company does not charge any fee for hiring. Its recruiter, Chesapeake Labor "
            "Bridge LLC, is paid by the company and may not collect money from workers.",
        ),
        (
            "ABANDONMENT",
            "A worker absent 5 consecutive working days without notice is considered to have "
            "abandoned employment, and the company will notify the Department of Labor and "
            "USCIS.",
        ),
        (
            "BREAKS AND DAYS OFF",
            "Two paid 15-minute breaks and an unpaid 30-minute lunch each shift. Memorial Day, "
            "July 4 and Labor Day are days off.",
        ),
        (
            "WORKERS' COMPENSATION",
            "All workers are covered by the company's Maryland workers' compensation policy "
            "from the first day.",
        ),
        (
            "AVAILABILITY OF WORK",
            "Picking depends on the watermen's daily catch. On days when few crabs are landed, "
            "the shift may end early.",
        ),
        (
            "HOW TO APPLY",
            "Apply at the Maryland Workforce Exchange, job order MD-11860234, or call the "
            "company office. Copies of this job order in Spanish are available, and each worker "
            "receives one before applying for the visa.",
        ),
    ]
    pdf.two_columns(left2, right2, size=10, gutter=10, rule=True, after_block=2.4)
    pdf.ln(6)
    pdf.set_font("LSN", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Certified by the U.S. Department of Labor, Office of Foreign Labor "
        "Certification. This job order is a contract between the employer and each "
        "worker hired for it.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)


# --------------------------------------------------------------------------- an06
def an06(path):
    """Guatemalan recruiter's offer letter (H-2B hotel) + scanned addendum page."""

    def header(p):
        p.band(0, 24, (0, 102, 102))
        p.set_xy(p.l_margin, 5)
        p.set_font("LSR", "B", 15)
        p.set_text_color(255, 255, 255)
        p.cell(0, 7, "Servicios Laborales Quetzal Norte, S.A.")
        p.set_xy(p.l_margin, 13)
        p.set_font("LSR", "", 9)
        p.cell(
            0,
            5,
            "4a. Calle 12-34, Zona 1, Quetzaltenango, Guatemala  ·  Tel. 7765-0190  ·  "
            "reclutamiento@quetzalnorte.gt",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(32)

    pdf = Doc("Letter", margins=(25, 20, 25), bottom=18, header_fn=header)
    pdf.set_font("LSR", "", 11)
    pdf.add_page()
    pdf.para("Quetzaltenango, 3 de marzo de 2026", size=11, align="R", after=4)
    pdf.para(
        "Señora\nWendy Marisol Tzunún Ajanel\nAldea Chiquilajá, Quetzaltenango", size=11, after=4
    )
    pdf.para("Estimada señora Tzunún:", size=11, after=2)
    pdf.para(
        "Nos complace informarle que fue preseleccionada para un puesto de camarista de "
        "hotel con visa H-2B en los Estados Unidos. Estas son las condiciones que nos "
        "comunicó la empresa:",
        size=11,
        after=2,
    )
    pdf.para("1. Empleo ofrecido.", size=11, after=1.5)
    simple_table(
        pdf,
        [
            [
                "Empresa",
                "Bayview Harbor Inn LLC, 212 Market Street, Mackinac Island, Michigan 49757, "
                "EE. UU.",
            ],
            [
                "Puesto",
                "Camarista: limpiar y arreglar habitaciones, cambiar ropa de cama, reponer "
                "amenidades y llevar toallas a la lavandería",
            ],
            ["Lugar", "Hotel Bayview Harbor Inn, Mackinac Island, Michigan"],
            ["Período", "Del 4 de mayo al 18 de octubre de 2026"],
            ["Horario", "40 horas por semana, 5 días, de 8:00 a 16:30"],
            ["Salario", "US$16.12 por hora; horas extra a US$24.18 después de 40 horas"],
            ["Pago", "Cada dos semanas, por depósito directo"],
            ["Requisito", "Seis meses de experiencia en limpieza de hotel o de casas"],
        ],
        widths=(30, 135),
        size=9.5,
        zebra=(235, 245, 245),
        borders="HORIZONTAL_LINES",
    )
    s = 11
    pdf.para(
        "2. Comidas. El hotel da una comida gratis por turno en el comedor de empleados.", size=s
    )
    pdf.para(
        "3. Alojamiento. El hotel ofrece dormitorio para el personal, sin renta, durante "
        "toda la temporada.",
        size=s,
    )
    pdf.para(
        "4. Pasaje. La empresa compra el boleto de avión de Guatemala a Detroit y el "
        "traslado en ferry a la isla.",
        size=s,
    )
    pdf.para(
        "5. Visa. La empresa le reembolsa en la primera semana de trabajo la tarifa de "
        "visa de US$205.",
        size=s,
    )
    pdf.para(
        "6. Preparación. Antes de la cita consular, usted debe aprobar el curso de inglés "
        "para hotelería y la orientación de viaje de la Academia Idiomas Xelajú, con un "
        "costo de Q1,350.00 que usted paga directamente a la academia.",
        size=s,
    )
    pdf.para(
        "7. Nuestros servicios no tienen costo para usted: la agencia cobra sus honorarios "
        "a la empresa.",
        size=s,
    )
    pdf.para(
        "Le rogamos presentarse el lunes 16 de marzo a las 9:00 en nuestra oficina con su "
        "pasaporte, su DPI y dos fotografías. Se adjunta el Anexo 1, que forma parte de "
        "esta carta.",
        size=s,
        after=6,
    )
    pdf.para("Atentamente,", size=s, after=12)
    pdf.para("Lcda. Ingrid Sacalxot\nCoordinadora de Reclutamiento", size=s)

    img = scanned_image(
        [
            ("title", "ANEXO 1 A LA CARTA DE OFERTA DEL 3 DE MARZO DE 2026"),
            ("title", "MODIFICACIÓN DE CONDICIONES"),
            ("gap", 30),
            (
                "p",
                "Servicios Laborales Quetzal Norte, S.A. y la trabajadora Wendy Marisol Tzunún "
                "Ajanel acuerdan lo siguiente, por cambios en el contrato con la empresa:",
            ),
            ("gap", 10),
            (
                "p",
                "1. Se modifica el punto 4 de la carta. El boleto de avión Guatemala-Detroit lo "
                "adelanta la agencia y su costo, US$640, se descontará del salario de la "
                "trabajadora a razón de US$80 por cheque hasta cubrirlo.",
            ),
            ("gap", 10),
            (
                "p",
                "2. La trabajadora que presente quejas ante el Departamento de Trabajo o abandone "
                "el hotel será reportada a la embajada y no volverá a ser contratada por esta "
                "agencia ni por sus empresas clientes.",
            ),
            ("gap", 10),
            ("p", "3. Los demás puntos de la carta se mantienen sin cambio."),
            ("gap", 10),
            ("p", "Quetzaltenango, 10 de marzo de 2026."),
            ("gap", 20),
        ]
    )
    add_scanned_page(pdf, img)
    pdf.output(path)


# --------------------------------------------------------------------------- an07
def an07(path):
    """H-2B forestry work contract in Spanish with checkbox acknowledgement. Compliant."""

    def footer(p):
        p.set_y(-14)
        p.set_font("DVC", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            "Tallapoosa Reforestation Services, Inc.  ·  Contrato H-2B temporada "
            f"2026  ·  Página {p.page_no()} de {{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf = Doc("Letter", margins=(20, 16, 20), bottom=16, footer_fn=footer)
    pdf.set_font("DVC", "", 9.5)
    pdf.add_page()
    pdf.band(
        16,
        11,
        (60, 90, 40),
        "CONTRATO DE TRABAJO TEMPORAL H-2B  ·  PLANTACIÓN DE PINOS",
        size=11,
        x=pdf.l_margin,
        w=pdf.body_w,
        align="C",
    )
    pdf.set_y(30)
    s = 9.3
    items = [
        (
            "1. EL EMPLEADOR.",
            "Tallapoosa Reforestation Services, Inc., 1450 County Road 14, "
            "Wedowee, Alabama 36278, EE. UU. Teléfono (256) 555-0163.",
        ),
        (
            "2. PUESTO Y TAREAS.",
            "Trabajador forestal (plantador de pinos), SOC 45-4011: plantar "
            "plántulas de pino con barra plantadora, cargar bolsas de plántulas de hasta 40 "
            "libras, limpiar maleza con machete, y contar y anotar los árboles plantados en la "
            "hoja del día.",
        ),
        (
            "3. LUGARES DE TRABAJO.",
            "Terrenos forestales de clientes del empleador en los "
            "condados de Randolph, Clay y Cleburne, Alabama, y en los condados de Troup y Heard, "
            "Georgia. El empleador avisa el sitio de cada semana con 24 horas de anticipación.",
        ),
        ("4. PERÍODO.", "Del 5 de enero al 30 de abril de 2026."),
        (
            "5. JORNADA.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media hora para comer.",
        ),
        (
            "6. SALARIO.",
            "$18.18 por hora. Cuando se paga por árbol ($0.09 por plántula), el "
            "empleador completa la diferencia para que el trabajador nunca gane menos de $18.18 "
            "por hora. Si durante el contrato sube el salario prevaleciente o el mínimo aplicable, "
            "se pagará el más alto desde la fecha del aumento.",
        ),
        (
            "7. TIEMPO EXTRA.",
            "Las horas trabajadas después de 40 en una semana se pagan a $27.27 por hora.",
        ),
        (
            "8. PAGO.",
            "Cada viernes (semanal), con un talón que muestra horas ofrecidas, horas "
            "trabajadas, árboles plantados, tarifa, salario bruto y cada descuento.",
        ),
        (
            "9. DESCUENTOS.",
            "Solo impuestos federales y estatales, Seguro Social y Medicare, y la "
            "pensión alimenticia que ordene un juez. No se descuenta nada por herramientas, "
            "transporte ni hospedaje.",
        ),
        (
            "10. GARANTÍA DE TRES CUARTAS PARTES.",
            "El empleador garantiza ofrecer trabajo por lo "
            "menos durante las tres cuartas partes (3/4) de los días laborables de cada período de "
            "12 semanas del contrato; si ofrece menos, paga la diferencia.",
        ),
        (
            "11. VIAJE DE IDA.",
            "El empleador paga por adelantado el autobús de Monterrey a "
            "Wedowee y entrega al trabajador un viático de $16.00 por día de viaje para comida; "
            "si el trabajador ya pagó el autobús, se le reembolsa en la primera semana.",
        ),
        (
            "12. VISA.",
            "El empleador reembolsa en la primera semana la tarifa de visa y la cuota "
            "de cruce fronterizo.",
        ),
        (
            "13. REGRESO.",
            "Al terminar el contrato, o si el trabajador es despedido antes por "
            "causa que no sea suya, el empleador paga el autobús de regreso a Monterrey y los "
            "viáticos del camino.",
        ),
        (
            "14. HOSPEDAJE EN RUTA.",
            "Mientras la cuadrilla trabaja lejos de Wedowee, el empleador "
            "paga los cuartos de motel; el trabajador no paga hospedaje.",
        ),
        (
            "15. HERRAMIENTAS.",
            "Barras plantadoras, bolsas, machetes, casco, guantes y chaleco "
            "reflejante se entregan sin costo y sin depósito. Si una barra se rompe por el uso, se "
            "reemplaza sin cobro.",
        ),
        (
            "16. REQUISITOS.",
            "No se requiere experiencia. El trabajador debe poder caminar todo "
            "el día en terreno irregular y cargar 40 libras.",
        ),
        (
            "17. TERMINACIÓN.",
            "Se considera que abandonó el trabajo quien falte 5 días "
            "laborables seguidos sin permiso. El empleador puede despedir con causa justificada "
            "(violencia, robo, negarse a trabajar sin motivo); en ese caso el trabajador pierde "
            "la garantía de 3/4 y el regreso pagado.",
        ),
        (
            "18. CASO FORTUITO.",
            "Si incendios forestales, inundaciones u otra causa de fuerza "
            "mayor impiden continuar el trabajo, el empleador puede terminar el contrato pagando "
            "la garantía de 3/4 hasta esa fecha y el regreso del trabajador.",
        ),
        (
            "19. RECLUTAMIENTO.",
            "El empleador paga a su reclutador en México, Conexión Forestal "
            "del Norte, S.C. Nadie puede cobrarle a usted por este trabajo.",
        ),
    ]
    for t, x in items:
        pdf.para(f"**{t}** {x}", size=s, md=True, after=1.4)

    pdf.add_page()
    pdf.set_draw_color(60, 90, 40)
    pdf.set_line_width(0.5)
    y0 = pdf.get_y()
    pdf.heading("ACUSE DEL TRABAJADOR", size=11.5, after=0.5)
    pdf.para(
        "Marque cada casilla. Este acuse forma parte del contrato.", size=8.5, style="I", after=3
    )
    pdf.set_font("DVC", "", 10)
    pdf.checkbox(True, "Recibí este contrato en español antes de firmar mi solicitud de visa.")
    pdf.checkbox(True, "No pagué dinero a nadie para obtener este trabajo.")
    pdf.checkbox(True, "Conservo mi pasaporte y mi visa en mi poder.")
    pdf.checkbox(
        True,
        "Sé que puedo presentar quejas ante el Departamento de Trabajo sin que me "
        "pongan en una lista negra ni me nieguen trabajo en otra temporada.",
    )
    pdf.checkbox(False, "Deseo que mi pago se deposite en una cuenta bancaria (opcional).")
    pdf.ln(3)
    pdf.para("Nombre del trabajador: Rigoberto Cuautle Sánchez", size=10, after=1)
    pdf.para("Lugar y fecha: Monterrey, N.L., 22 de diciembre de 2025", size=10)
    pdf.signature_lines(
        ["Firma del trabajador", "Por el empleador: Wade Pruitt, Presidente"], gap=14
    )
    pdf.rect(pdf.l_margin - 3, y0 - 3, pdf.body_w + 6, pdf.get_y() - y0 + 3)
    pdf.set_line_width(0.2)
    pdf.output(path)


# --------------------------------------------------------------------------- an08
def an08(path):
    """Jamaican recruiter's candidate agreement for H-2B hotel jobs, schedule of costs."""

    def footer(p):
        p.set_y(-15)
        p.set_draw_color(120, 120, 120)
        p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        p.set_font("LSR", "", 8)
        p.cell(
            0,
            6,
            f"IGS/H2B/2026 Candidate Agreement  -  Page {p.page_no()} of {{nb}}  -  "
            "Candidate's initials: ______",
            align="C",
        )

    pdf = Doc("Letter", margins=(24, 20, 24), bottom=20, footer_fn=footer)
    pdf.set_font("LSR", "", 11)
    pdf.add_page()
    pdf.para("ISLAND GATEWAY STAFFING LTD.", size=16, style="B", align="C", after=0)
    pdf.para(
        "Licensed Private Employment Agency, Licence No. PEA-0418",
        size=9,
        style="I",
        align="C",
        after=0,
    )
    pdf.para("Suite 6, 31 Constant Spring Road, Kingston 10, Jamaica", size=9, align="C", after=5)
    pdf.para(
        "CANDIDATE AGREEMENT - UNITED STATES H-2B SEASONAL PROGRAMME 2026",
        size=12,
        style="B",
        align="C",
        after=4,
    )
    s = 11
    pdf.para(
        "**1. Parties.** This Agreement is made on 20 January 2026 between Island Gateway "
        "Staffing Ltd. (the Company) and the candidate named in the signature block "
        "(the Candidate).",
        size=s,
        md=True,
    )
    pdf.para(
        "**2. The position.** The Company has been engaged by Grand Strand Oceanfront "
        "Resorts LLC, 2100 North Ocean Boulevard, Myrtle Beach, South Carolina 29577, USA "
        "(the Employer), to recruit H-2B Housekeeping Attendants, who clean guest rooms, "
        "make beds, restock linen carts and remove trash, for its oceanfront hotels in "
        "Myrtle Beach. Employment runs from 1 April 2026 to 30 September 2026 at US$14.62 "
        "per hour for 35 hours or more per week, paid every two weeks. Attendants must "
        "hand any cash or valuables found in guest rooms to the front desk.",
        size=s,
        md=True,
    )
    pdf.para(
        "**3. Requirements.** Candidates must have at least six months of hotel "
        "housekeeping experience and pass the Employer's interview.",
        size=s,
        md=True,
    )
    pdf.para(
        "**4. Services of the Company.** The Company will pre-screen the Candidate, "
        "prepare the Candidate's file, schedule the consular appointment, brief the "
        "Candidate before departure and coordinate group travel to South Carolina.",
        size=s,
        md=True,
    )
    pdf.para(
        "**5. Costs.** The Candidate shall pay the costs set out in Schedule A at the times "
        "stated there. Amounts paid to the Company are not refundable once the visa "
        "petition has been filed.",
        size=s,
        md=True,
    )
    pdf.para(
        "**6. Advance facility.** A Candidate who cannot pay the processing contribution "
        "in full may apply for an advance of up to JMD 85,000 from the Company, repayable "
        "from US earnings by deduction of US$60 per pay period, plus an administration "
        "charge of 10 per cent of the amount advanced.",
        size=s,
        md=True,
    )
    pdf.para(
        "**7. Welfare scheme.** Each Candidate is enrolled in the Company's Overseas "
        "Workers Welfare Scheme, which provides emergency assistance and repatriation of "
        "remains; the contribution of US$15 per pay period is deducted by the Employer and "
        "remitted to the Company.",
        size=s,
        md=True,
    )
    pdf.para(
        "**8. Conduct.** Throughout the programme the Candidate shall attend every "
        "briefing called by the Company, arrive at the airport on the date and time "
        "notified, travel with the group and follow the instructions of the group leader "
        "during the journey, obey the laws of the United States and of the State of South "
        "Carolina, respect the rules of the Employer's hotels including the dress code, "
        "the rules on guest privacy and the ban on smoking in guest areas, keep the "
        "Company informed of any change of address or telephone number in the United "
        "States, attend the monthly meeting held by the Company's liaison officer in Myrtle "
        "Beach, use the Employer's housing, if the Candidate chooses to live there, with "
        "care and consideration for other residents, refrain from taking any other "
        "employment while in the United States, and return to Jamaica at the end of the "
        "season as required by the terms of the visa. The Company's liaison officer may "
        "be reached at any hour on (843) 555-0139 and will assist the Candidate with any "
        "difficulty at work or at home, including matters of health, pay or "
        "accommodation.",
        size=s,
        md=True,
    )
    pdf.para(
        "**9. Deductions.** The Employer will deduct US federal and state income tax, "
        "Social Security and Medicare, and the amounts in clauses 6 and 7.",
        size=s,
        md=True,
    )
    pdf.para(
        "**10. Refunds by the Employer.** The Employer repays the US$205 visa fee and the "
        "inbound airfare to the Candidate in the first workweek, and pays the return "
        "airfare to Kingston at the end of the season.",
        size=s,
        md=True,
    )
    pdf.para(
        "**11. Uniforms and supplies.** Uniforms, cleaning supplies and carts are issued "
        "by the Employer at no charge.",
        size=s,
        md=True,
    )
    pdf.para(
        "**12. Governing law.** This Agreement is governed by the laws of Jamaica.", size=s, md=True
    )

    pdf.ln(4)
    pdf.para("SCHEDULE A - COSTS OF PARTICIPATION", size=12, style="B", after=1)
    pdf.para(
        "Payments to the Company are made at the Kingston office or by transfer to its "
        "account at NCB, Half Way Tree branch. Receipts are issued for every payment.",
        size=10,
        style="I",
        after=3,
    )
    pdf.set_font("LSR", "", 10)
    simple_table(
        pdf,
        [
            ["Processing contribution (non-refundable)", "JMD 85,000", "Candidate", "On signing"],
            ["Medical examination, approved clinic", "JMD 12,500", "Candidate", "Before interview"],
            ["Visa (MRV) fee", "US$205", "Employer", "Refunded in week 1"],
            ["Airfare Kingston - Myrtle Beach", "approx. US$480", "Employer", "Refunded in week 1"],
            ["Return airfare", "approx. US$480", "Employer", "End of season"],
            ["Uniforms and cleaning supplies", "No charge", "Employer", "On arrival"],
        ],
        widths=(68, 30, 24, 40),
        size=9.5,
        head=["Item", "Amount", "Paid by", "When"],
        head_fill=(210, 220, 235),
    )
    pdf.ln(6)
    pdf.para("Signed at Kingston on the date first written above.", size=11, after=4)
    pdf.signature_lines(
        [
            "For Island Gateway Staffing Ltd.\nMarcia Greenland-Spence, Director",
            "Candidate: name, TRN and signature",
        ],
        gap=16,
    )
    pdf.output(path)


# --------------------------------------------------------------------------- an09
def an09(path):
    """Philippines -> Taiwan factory contract, parties table + two flowing columns."""

    def footer(p):
        p.set_y(-13)
        p.set_font("DVSC", "", 7.5)
        p.cell(
            0,
            5,
            f"Employment Contract for Foreign Worker (Manufacturing)  -  page "
            f"{p.page_no()} / {{nb}}",
            align="C",
        )

    pdf = Doc("A4", margins=(16, 16, 16), bottom=16, footer_fn=footer)
    pdf.set_font("DVSC", "", 9)
    pdf.add_page()
    pdf.para("EMPLOYMENT CONTRACT", size=15, style="B", align="C", after=0)
    pdf.para(
        "Foreign Worker in the Manufacturing Sector, Republic of China (Taiwan)",
        size=9.5,
        style="I",
        align="C",
        after=3,
    )
    simple_table(
        pdf,
        [
            [
                "EMPLOYER",
                "Formosa Precision Circuits Co., Ltd., No. 88, Gongye 3rd Road, Guanyin "
                "District, Taoyuan City 328, Taiwan",
            ],
            [
                "WORKER",
                "Ma. Cristina Dumalagan Bautista, Filipino, Passport No. P4471920B, of "
                "Barangay San Isidro, Cabanatuan City, Nueva Ecija",
            ],
            [
                "PHILIPPINE AGENCY",
                "Northstar Manpower Services Inc., 1540 Taft Avenue, Malate, "
                "Manila, DMW Licence No. 118-LB-031524",
            ],
            [
                "TAIWAN BROKER",
                "Hsin Yuan Human Resources Co., Ltd., Zhongli District, Taoyuan City",
            ],
        ],
        widths=(38, 140),
        size=8.5,
        head_fill=(230, 230, 230),
    )

    arts = [
        (
            "Article 1. Position.",
            "The Worker is employed as a production operator on the "
            "surface-mount (SMT) line: loading component reels, inspecting printed circuit boards "
            "under a magnifier, and packing finished boards in anti-static trays.",
        ),
        (
            "Article 2. Place of work.",
            "The Employer's factory at No. 88, Gongye 3rd Road, Guanyin District, Taoyuan City.",
        ),
        (
            "Article 3. Term.",
            "Three years, from 2 March 2026 to 1 March 2029, counted from the "
            "Worker's arrival in Taiwan.",
        ),
        (
            "Article 4. Hours.",
            "Eight hours a day, five days a week, from 08:00 to 17:00 with "
            "one hour of rest. Overtime is voluntary and paid at the rates of the Labor "
            "Standards Act.",
        ),
        (
            "Article 5. Salary.",
            "NT$28,590 per month, paid monthly on the 10th day of the "
            "following month into the Worker's own bank account, with a pay slip in English.",
        ),
        (
            "Article 6. Deductions.",
            "Only the following may be deducted: income tax; the "
            "Worker's share of Labor Insurance and National Health Insurance premiums as required "
            "by Taiwan law; the dormitory charge in Article 7; and the broker service fee in "
            "Article 8.",
        ),
        (
            "Article 7. Board and lodging.",
            "Meals are provided free in the factory canteen. "
            "The dormitory charge is NT$2,000 per month, deducted from salary.",
        ),
        (
            "Article 8. Broker service fee.",
            "The Worker shall pay the Taiwan broker a monthly "
            "service fee of NT$1,800 in the first year, NT$1,700 in the second year and NT$1,500 "
            "in the third year, deducted from salary.",
        ),
        (
            "Article 9. Travel documents.",
            "For safekeeping, the Worker's passport and Alien "
            "Resident Certificate shall be kept by the broker at its office and released to the "
            "Worker upon request for official purposes.",
        ),
        (
            "Article 10. Airfare.",
            "The Employer pays the Worker's airfare from Manila to Taipei, "
            "and back to Manila at the end of the contract or upon early termination not due to "
            "the Worker's fault.",
        ),
        (
            "Article 11. No placement fee.",
            "No placement fee shall be collected from the Worker "
            "in the Philippines by the Philippine agency or any other person.",
        ),
        (
            "Article 12. Medical examinations.",
            "Medical examinations required by the Taiwan "
            "authorities after arrival are paid by the Employer.",
        ),
        (
            "Article 13. Termination.",
            "Either party may terminate this contract in the cases "
            "and with the notice provided in Articles 11 to 16 of the Labor Standards Act. The "
            "Employer may terminate without notice only for serious misconduct under Article 12 "
            "of that Act, and shall then still pay wages due to the last day worked.",
        ),
        (
            "Article 14. Rest days and leave.",
            "One regular day off and one rest day each week, "
            "national holidays and annual leave as provided by law. A day off worked is paid at "
            "double rate.",
        ),
        (
            "Article 15. Disputes.",
            "Disputes shall first be settled amicably, with the "
            "assistance of the Philippine Migrant Workers Office in Taipei, and otherwise before "
            "the competent authorities of Taiwan.",
        ),
    ]
    pdf.ln(2)
    cols = pdf.text_columns(ncols=2, gutter=9, balance=True, line_height=1.3)
    with cols:
        for title, text in arts:
            with cols.paragraph(bottom_margin=2.2) as par:
                pdf.set_font("DVSC", "B", 9.2)
                par.write(title + " ")
                pdf.set_font("DVSC", "", 9.2)
                par.write(text)
    pdf.ln(6)
    pdf.set_font("DVSC", "", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Signed in Manila on 12 January 2026, in three originals.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.signature_lines(["For the Employer", "Worker", "For the Philippine agency"], gap=14)
    pdf.output(path)


# --------------------------------------------------------------------------- an10
def an10(path):
    """WhatsApp group chat (Honduras -> Spain strawberries), tall phone-screenshot page."""
    pdf = Doc((100, 268), margins=(6, 6, 6), bottom=6)
    pdf.set_auto_page_break(False)
    pdf.set_font("DV", "", 8)
    pdf.add_page()
    pdf.band(0, 18, (7, 94, 84))
    pdf.set_xy(8, 4)
    pdf.set_font("DV", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(80, 5, "FRESA ESPAÑA 2026 - Grupo 3")
    pdf.set_xy(8, 10)
    pdf.set_font("DV", "", 7)
    pdf.cell(80, 4, "Agencia Horizonte Europa HN, Tú y 212 participantes más")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 18, pdf.w, pdf.h - 18, style="F")
    pdf.set_y(22)

    def bubble(text, mine=False, who=None, time="", w=70):
        x = pdf.w - 6 - w if mine else 6
        color = (220, 248, 198) if mine else (255, 255, 255)
        pdf.set_font("DV", "", 8)
        lines = pdf.multi_cell(w - 6, 3.8, text, align="L", dry_run=True, output="LINES")
        extra = 4 if who else 0
        h = len(lines) * 3.8 + 5.5 + extra
        pdf.set_fill_color(*color)
        pdf.rect(x, pdf.get_y(), w, h, style="F", round_corners=True, corner_radius=2)
        y = pdf.get_y() + 2
        if who:
            pdf.set_xy(x + 3, y)
            pdf.set_font("DV", "B", 7)
            pdf.set_text_color(180, 60, 20)
            pdf.cell(w - 6, 3.5, who)
            pdf.set_text_color(0, 0, 0)
            y += 4
        pdf.set_xy(x + 3, y)
        pdf.set_font("DV", "", 8)
        pdf.multi_cell(w - 6, 3.8, text, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_font("DV", "", 6)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + w - 15, pdf.get_y())
        pdf.cell(12, 3, time, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y - (4 if who else 0) - 2 + h + 2.5)

    pdf.set_font("DV", "", 8)
    pdf.set_x(33)
    pdf.set_fill_color(225, 245, 254)
    pdf.cell(34, 4.5, "HOY", align="C", fill=True)
    pdf.ln(7)
    adm = "Lic. Karla - Horizonte Europa"
    bubble(
        "Buenas tardes a todas. Ya salió la convocatoria para la campaña de fresa en Huelva, "
        "España: recolección y envasado de fresa en invernadero, del 2 de marzo al 15 de "
        "junio de 2026. Solo mujeres de 25 a 45 años con experiencia en el campo.",
        who=adm,
        time="14:02",
    )
    bubble(
        "Pago: 58,20 euros por día de 6 horas y media, se paga cada mes. Alojamiento gratis "
        "en la finca.",
        who=adm,
        time="14:03",
    )
    bubble(
        "Para apartar tu cupo se depositan L 6,500 de inscripción a la cuenta de la agencia.",
        who=adm,
        time="14:03",
    )
    bubble(
        "El visado y la constancia de antecedentes penales van por tu cuenta, más o menos L 3,200.",
        who=adm,
        time="14:04",
    )
    bubble("Y el pasaje??", who="+504 9812-4470", time="14:10", w=50)
    bubble(
        "El boleto de avión lo adelanta la empresa y se va descontando de tu salario en España.",
        who=adm,
        time="14:12",
    )
    bubble("Y la comida cómo es?", mine=True, time="14:15", w=46)
    bubble(
        "Cada quien cocina, hay cocina en la casa sin costo. El transporte de la finca al "
        "pueblo también es gratis.",
        who=adm,
        time="14:16",
    )
    bubble(
        "Charla de orientación obligatoria en San Pedro Sula el 10 de enero, cuota de 800 "
        "lempiras por persona.",
        who=adm,
        time="14:18",
    )
    bubble("Cuál es la empresa?", who="+504 3345-0981", time="14:21", w=44)
    bubble(
        "Es una cooperativa de Moguer, el nombre se les dice en la charla. Cupos limitados!!",
        who=adm,
        time="14:22",
    )
    assert pdf.get_y() < pdf.h - 4, pdf.get_y()
    pdf.output(path)


# --------------------------------------------------------------------------- an11
def an11(path):
    """Jamaica -> Canada greenhouse offer letter with an addendum that removes a charge."""

    def header(p):
        p.band(0, 5, (200, 40, 40))
        p.set_xy(p.l_margin, 9)
        p.set_font("LS", "B", 13)
        p.set_text_color(200, 40, 40)
        p.cell(0, 6, "ERIE SHORE GREENHOUSES INC.")
        p.set_xy(p.l_margin, 15)
        p.set_font("LS", "", 8.5)
        p.set_text_color(60, 60, 60)
        p.cell(
            0,
            4,
            "2215 Seacliff Drive, Leamington, Ontario N8H 3V2, Canada  ·  "
            "(519) 555-0176  ·  hr@erieshoregreenhouses.ca",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(27)

    def footer(p):
        p.set_y(-12)
        p.set_font("LS", "", 7.5)
        p.cell(0, 5, f"{p.page_no()}", align="C")

    pdf = Doc("Letter", margins=(22, 18, 22), bottom=16, header_fn=header, footer_fn=footer)
    pdf.set_font("LS", "", 10)
    pdf.add_page()
    pdf.para("26 February 2026", size=10, after=3)
    pdf.para(
        "Mr. Dwayne Oneil McFarlane\nSanta Cruz P.O., St. Elizabeth, Jamaica", size=10, after=3
    )
    pdf.para("Offer of seasonal employment", size=12, style="B", after=2)
    pdf.para("Dear Mr. McFarlane,", size=10, after=2)
    pdf.para(
        "We are pleased to offer you seasonal employment with Erie Shore Greenhouses Inc. "
        "under a Labour Market Impact Assessment approved for our greenhouse. The main "
        "terms are:",
        size=10,
        after=2,
    )
    simple_table(
        pdf,
        [
            [
                "Position",
                "Greenhouse worker: harvesting tomatoes and cucumbers, pruning and clipping "
                "plants, packing on the grading line",
            ],
            ["Work location", "2215 Seacliff Drive, Leamington, Ontario"],
            ["Period", "13 April 2026 to 11 December 2026"],
            ["Hours", "8 hours a day, 6 days a week (48 hours)"],
            ["Wage", "CAD 17.60 per hour; overtime as required by Ontario law"],
            ["Pay", "Every two weeks by direct deposit, with a pay statement"],
            [
                "Deductions",
                "Income tax, Canada Pension Plan and Employment Insurance contributions "
                "as required by law",
            ],
            ["Housing", "Bunkhouse at 2219 Seacliff Drive (see clause 5)"],
        ],
        widths=(34, 138),
        size=9.2,
        head_fill=(245, 225, 225),
    )
    s = 10
    pdf.para(
        "**3. Travel.** The Employer pays your airfare from Kingston to Toronto and back to "
        "Kingston at the end of your contract, as well as ground transport to Leamington. "
        "Nothing is recovered from your wages.",
        size=s,
        md=True,
    )
    pdf.para(
        "**4. Health coverage.** Until your OHIP coverage begins you are covered by "
        "private health insurance purchased and paid for by the Employer.",
        size=s,
        md=True,
    )
    pdf.para(
        "**5. Housing.** Housing will be provided in the Employer's bunkhouse at a charge "
        "of CAD 30 per week, deducted from your pay.",
        size=s,
        md=True,
    )
    pdf.para(
        "**6. Recruitment.** Our recruiter in Jamaica, Caribbean Harvest Placements Ltd., "
        "is paid by the Employer. No fee is charged to you by the Employer or anyone "
        "acting for it; if anyone asks you for money, please tell us.",
        size=s,
        md=True,
    )
    pdf.para(
        "**7. Ending the employment.** Either party may end the employment with two "
        "weeks' written notice. The Employer may dismiss you without notice only for "
        "serious misconduct, after a written warning. In every case the Employer pays "
        "your flight home.",
        size=s,
        md=True,
    )
    pdf.para(
        "**8. Safety gear.** Gloves, clippers, harvest carts and rain gear are provided free.",
        size=s,
        md=True,
    )
    pdf.para("**9. Documents.** Your passport and work permit stay with you.", size=s, md=True)
    pdf.para("Yours sincerely,", size=s, after=8)
    pdf.para("Priya Vandermeer, Human Resources Manager", size=s)

    pdf.add_page()
    pdf.set_draw_color(200, 40, 40)
    y0 = pdf.get_y()
    pdf.heading("ADDENDUM A TO THE OFFER OF 26 FEBRUARY 2026", size=11.5, after=1)
    pdf.para(
        "Dated 2 March 2026. This addendum prevails over the offer letter.",
        size=9,
        style="I",
        after=2,
    )
    pdf.para(
        "Clause 5 is deleted and replaced with the following: Housing in the Employer's "
        "bunkhouse at 2219 Seacliff Drive is provided free of charge. No rent, utility "
        "charge or deposit will be deducted from the Worker's pay.",
        size=10,
        after=2,
    )
    pdf.rect(pdf.l_margin - 2, y0 - 2, pdf.body_w + 4, pdf.get_y() - y0 + 2)
    pdf.ln(8)
    pdf.heading("ACCEPTANCE", size=11.5, after=2)
    pdf.set_font("LS", "", 10)
    pdf.checkbox(
        True, "I accept the offer on the terms of the letter above as changed by Addendum A."
    )
    pdf.checkbox(False, "I decline the offer.")
    pdf.ln(3)
    pdf.para("Worker: Dwayne Oneil McFarlane", size=10)
    pdf.signature_lines(["Worker's signature and date", "For Erie Shore Greenhouses Inc."], gap=14)
    pdf.output(path)


# --------------------------------------------------------------------------- an12
def an12(path):
    """Mexico -> Canada meat plant placement contract, EN then ES paragraphs, cost table."""

    def header(p):
        p.set_font("DV", "B", 8)
        p.set_text_color(90, 40, 110)
        p.set_xy(p.l_margin, 8)
        p.cell(0, 4, "TALENTO MIGRANTE INTERNACIONAL, S.A. DE C.V.", align="L")
        p.set_xy(p.l_margin, 8)
        p.set_font("DV", "", 7.5)
        p.cell(0, 4, "Av. Vallarta 3120, Guadalajara, Jalisco  ·  RFC TMI190522KD3", align="R")
        p.set_draw_color(90, 40, 110)
        p.line(p.l_margin, 13.5, p.w - p.r_margin, 13.5)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(18)

    def footer(p):
        p.set_y(-12)
        p.set_font("DV", "", 7)
        p.cell(0, 4, f"TMI-CA-2026-0457  |  {p.page_no()}/{{nb}}", align="R")

    pdf = Doc("A4", margins=(20, 16, 20), bottom=18, header_fn=header, footer_fn=footer)
    pdf.set_font("DV", "", 9.5)
    pdf.add_page()
    pdf.para("PLACEMENT AND EMPLOYMENT CONTRACT", size=12.5, style="B", align="C", after=0)
    pdf.para(
        "CONTRATO DE COLOCACIÓN Y DE TRABAJO",
        size=11.5,
        style="BI",
        align="C",
        color=(90, 40, 110),
        after=4,
    )

    def pair(en, es, label=None):
        pdf.para((f"**{label}** " if label else "") + en, size=9.5, md=bool(label), after=0.8)
        pdf.para(es, size=9, style="I", color=(90, 40, 110), after=2.6)

    pair(
        "Between Talento Migrante Internacional, S.A. de C.V. (the Agency), Prairie Gold "
        "Meats Ltd., 180 Industrial Road, Brooks, Alberta T1R 1B4, Canada (the Employer), "
        "and Mr. José Natividad Arreola Gómez, of Tepatitlán, Jalisco (the Worker).",
        "Entre Talento Migrante Internacional, S.A. de C.V. (LA AGENCIA), Prairie Gold Meats "
        "Ltd., 180 Industrial Road, Brooks, Alberta T1R 1B4, Canadá (EL EMPLEADOR), y el Sr. "
        "José Natividad Arreola Gómez, de Tepatitlán, Jalisco (EL TRABAJADOR).",
        "Parties.",
    )
    pair(
        "The Worker is hired as a meat cutter on the beef fabrication line: trimming fat, "
        "separating primal cuts with a knife and placing cuts on the conveyor, at the "
        "Employer's plant in Brooks, Alberta.",
        "EL TRABAJADOR es contratado como cortador de carne en la línea de despiece de res: "
        "quitar grasa, separar cortes primarios con cuchillo y colocar los cortes en la banda, "
        "en la planta de EL EMPLEADOR en Brooks, Alberta.",
        "1. Job.",
    )
    pair(
        "24 months, from 1 June 2026 to 31 May 2028.",
        "24 meses, del 1 de junio de 2026 al 31 de mayo de 2028.",
        "2. Term.",
    )
    pair(
        "Full-time, on shifts assigned by the supervisor according to production.",
        "Tiempo completo, en los turnos que asigne el supervisor según la producción.",
        "3. Hours.",
    )
    pair(
        "CAD 19.50 per hour, paid every two weeks by direct deposit.",
        "CAD 19.50 por hora, pagados cada dos semanas por depósito directo.",
        "4. Wage.",
    )
    pair(
        "Income tax, Canada Pension Plan, Employment Insurance, union dues, and the equipment "
        "listed in the table below.",
        "Impuesto sobre la renta, Plan de Pensiones de Canadá, Seguro de Empleo, cuotas "
        "sindicales y el equipo que aparece en la tabla de abajo.",
        "5. Deductions.",
    )
    pdf.para("**6. Costs / Costos.**", size=9.5, md=True, after=1.5)
    simple_table(
        pdf,
        [
            [
                "LMIA and work permit",
                "LMIA y permiso de trabajo",
                "CAD 1,000",
                "Employer / Empleador",
            ],
            ["Medical exam", "Examen médico", "MXN 2,300", "Employer / Empleador"],
            ["Airfare both ways", "Boleto de avión ida y vuelta", "-", "Employer / Empleador"],
            [
                "Knives, mesh glove, boots",
                "Cuchillos, guante, botas",
                "CAD 260",
                "Worker / Trabajador",
            ],
            ["Housing (first month)", "Vivienda (primer mes)", "-", "Employer / Empleador"],
        ],
        widths=(46, 50, 24, 50),
        size=8.6,
        head=["Concept", "Concepto", "Amount / Monto", "Paid by / Paga"],
        head_fill=(230, 220, 240),
    )
    pair(
        "Before departure the Worker leaves with the Agency a guarantee deposit of MXN 15,000, "
        "returned when the Worker completes the contract.",
        "Antes de salir, EL TRABAJADOR deja a LA AGENCIA un depósito en garantía de MXN "
        "15,000, que se le devuelve al cumplir el contrato.",
        "7. Guarantee.",
    )
    pair(
        "If the Worker leaves the Employer before 12 months, the deposit is forfeited and the "
        "Worker also pays the Agency two months' wages as liquidated damages.",
        "Si EL TRABAJADOR deja a EL EMPLEADOR antes de 12 meses, pierde el depósito y además "
        "paga a LA AGENCIA dos meses de salario como pena convencional.",
        "8. Early departure.",
    )
    pair(
        "While in Canada the Worker shall follow the Employer's food-safety and animal-welfare "
        "rules, wear the protective equipment issued for each task, attend the safety "
        "meetings held at the start of each shift, report any injury the same day, respect "
        "the instructions of supervisors and quality inspectors, keep his locker clean, "
        "avoid any conduct that endangers co-workers, comply with the conditions of his "
        "work permit, and tell the Agency and the Employer of any change of address within "
        "seven days. The Agency's representative in Brooks will visit the plant every month "
        "and may be called at (403) 555-0193 for any question about pay, housing or the "
        "work permit.",
        "Durante su estancia en Canadá EL TRABAJADOR seguirá las reglas de inocuidad y de "
        "bienestar animal de EL EMPLEADOR, usará el equipo de protección entregado para cada "
        "tarea, asistirá a las juntas de seguridad al inicio de cada turno, reportará el mismo "
        "día cualquier lesión, respetará las instrucciones de supervisores e inspectores de "
        "calidad, mantendrá limpio su casillero, evitará cualquier conducta que ponga en "
        "peligro a sus compañeros, cumplirá las condiciones de su permiso de trabajo, y "
        "avisará a LA AGENCIA y a EL EMPLEADOR de cualquier cambio de domicilio dentro de los "
        "siete días siguientes. El representante de LA AGENCIA en Brooks visitará la planta "
        "cada mes y puede ser llamado al (403) 555-0193 para cualquier duda sobre pago, "
        "vivienda o permiso de trabajo.",
        "9. Obligations of the Worker.",
    )
    pair(
        "The Employer may dismiss the Worker for just cause as defined by the Alberta "
        "Employment Standards Code, and in that case as in any other pays the return flight "
        "to Guadalajara.",
        "EL EMPLEADOR puede despedir a EL TRABAJADOR por causa justificada conforme al Código "
        "de Normas de Empleo de Alberta, y en ese caso como en cualquier otro paga el vuelo "
        "de regreso a Guadalajara.",
        "10. Dismissal.",
    )
    pair(
        "The Agency charges the Worker no recruitment fee; its fee is paid by the Employer.",
        "LA AGENCIA no cobra a EL TRABAJADOR cuota de reclutamiento; su comisión la paga EL "
        "EMPLEADOR.",
        "11. Agency fee.",
    )
    pair(
        "The Worker keeps his own passport and work permit.",
        "EL TRABAJADOR conserva su pasaporte y su permiso de trabajo.",
        "12. Documents.",
    )
    pdf.ln(2)
    pdf.para("Guadalajara, Jalisco, 14 de abril de 2026.", size=9.5)
    pdf.signature_lines(
        ["The Agency / LA AGENCIA", "The Employer / EL EMPLEADOR", "The Worker / EL TRABAJADOR"],
        gap=14,
        size=8,
    )
    pdf.output(path)


BUILDERS = [an01, an02, an03, an04, an05, an06, an07, an08, an09, an10, an11, an12]


# --------------------------------------------------------------------------- checks
def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text, then each half of the page (for two-column layouts)."""
    w, h = page.width, page.height
    yield "page", page.extract_text() or ""
    yield "left column", page.crop((0, 0, w / 2, h)).extract_text() or ""
    yield "right column", page.crop((w / 2, 0, w, h)).extract_text() or ""


def verify(out_dir: Path, labels):
    import pdfplumber

    errors, notes = [], []
    for lab in labels:
        f = out_dir / lab["file"]
        with pdfplumber.open(f) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            scanned_pages = set()
            for i, pg in enumerate(pdf.pages, 1):
                if not pg.chars:
                    scanned_pages.add(i)
                    if not pg.images:
                        errors.append(f"{lab['file']} p{i}: no text and no image")
            if bool(scanned_pages) != bool(lab["scanned"]):
                errors.append(
                    f"{lab['file']}: scanned pages {sorted(scanned_pages)} vs "
                    f"label scanned={lab['scanned']}"
                )
            all_text = norm(" ".join(t for pg in pdf.pages for _, t in page_texts(pg)))
            for fee in lab["fees"]:
                p = fee["page"]
                if p in scanned_pages:
                    notes.append(
                        f"{lab['file']} p{p}: scanned, quote not checked ({fee['category']})"
                    )
                    continue
                q = norm(fee["quote"])
                where = None
                for name, txt in page_texts(pdf.pages[p - 1]):
                    if q in norm(txt):
                        where = name
                        break
                if where is None:
                    errors.append(f"{lab['file']} p{p} {fee['category']}: quote not found: {q!r}")
                elif where != "page":
                    notes.append(
                        f"{lab['file']} p{p} {fee['category']}: found in {where} (two-column page)"
                    )
            for r in lab["recruiters"]:
                if norm(r) not in all_text and not scanned_pages:
                    errors.append(f"{lab['file']}: recruiter {r!r} not in text")
                elif norm(r) not in all_text:
                    notes.append(f"{lab['file']}: recruiter {r!r} not in text layer")
    return errors, notes


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    assert [x["file"] for x in labels] == [f"an{i:02d}.pdf" for i in range(1, 13)]
    for fn in BUILDERS:
        fn(str(out / f"{fn.__name__}.pdf"))
    errors, notes = verify(out, labels)
    for n in notes:
        print("note:", n)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"build check FAILED with {len(errors)} error(s)")
    n = sum(len(x["fees"]) for x in labels)
    print(f"ok: {len(labels)} PDFs written to {out}, {n} labelled quotes verified")


if __name__ == "__main__":
    main()
