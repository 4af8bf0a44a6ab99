#!/usr/bin/env python3
"""Blind held-out batch "bc": twelve synthetic contracts for FairRecruit.

Usage:  python build.py OUT_DIR

Writes bc01.pdf ... bc12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks it against labels.json (page count, every fee
quote on its labelled page, recruiter names printed).  Exits non-zero on any
mismatch.  Output is deterministic (fixed creation dates and noise seeds).
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

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"

FONTS = {
    "dv": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
    },
    "dvc": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
    },
    "dvs": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
    },
    "ls": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
    },
    "lsr": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
    },
    "lsn": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
    },
    "mono": {"": LB + "LiberationMono-Regular.ttf", "B": LB + "LiberationMono-Bold.ttf"},
}

PT = 0.3528  # mm per point


class Doc(FPDF):
    """FPDF with a few layout helpers shared by the twelve documents."""

    def __init__(
        self,
        fmt="letter",
        font="dv",
        size=9.5,
        created=(2026, 2, 1),
        footer_left=None,
        page_of=True,
        running_head=None,
        margins=(18, 15, 18),
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.set_creation_date(_dt.datetime(*created, 9, 30, 0, tzinfo=_dt.UTC))
        self.set_creator("office document")
        self.set_producer("fpdf2")
        self.fam = font
        self.base = size
        self.footer_left = footer_left
        self.page_of = page_of
        self.running_head = running_head
        self.image_pages = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=18)
        self.set_font(font, "", size)

    # ---- page furniture -------------------------------------------------
    def header(self):
        if self.page_no() in self.image_pages:
            return
        if self.running_head and self.page_no() > 1:
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_y(7)
            self.cell(0, 4, self.running_head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)
            self.set_font(self.fam, "", self.base)

    def footer(self):
        if self.page_no() in self.image_pages:
            return
        self.set_y(-12)
        self.set_font(self.fam, "", 7)
        self.set_text_color(100, 100, 100)
        if self.footer_left:
            self.cell(0, 4, self.footer_left, align="L")
            self.set_x(self.l_margin)
        if self.page_of:
            self.cell(0, 4, self.page_of_text(), align="R")
        self.set_text_color(0, 0, 0)

    def page_of_text(self):
        return "Page %d of {nb}" % self.page_no()

    # ---- text helpers ---------------------------------------------------
    def lh(self, size=None, k=1.38):
        return (size or self.base) * PT * k

    def font(self, style="", size=None, fam=None):
        self.set_font(fam or self.fam, style, size or self.base)

    def p(self, text, style="", size=None, align="L", gap=1.6, k=1.38, indent=0):
        self.font(style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, self.lh(size, k), text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            self.ln(gap)
        self.font()

    def head(self, text, size=None, gap=1.0, color=None):
        size = size or self.base + 1
        if color:
            self.set_text_color(*color)
        self.p(text, "B", size, gap=gap)
        self.set_text_color(0, 0, 0)

    def lead(self, label, text, size=None, gap=1.6, k=1.38):
        """Paragraph that starts with a bold label, e.g. 'SECOND. text...'."""
        size = size or self.base
        self.font("B", size)
        self.write(self.lh(size, k), label + " ")
        self.font("", size)
        self.write(self.lh(size, k), text)
        self.ln(self.lh(size, k))
        if gap:
            self.ln(gap)

    def band(self, title, sub=None, fill=(40, 90, 60), height=None, size=14, color=(255, 255, 255)):
        height = height or (20 if sub else 13)
        self.set_fill_color(*fill)
        self.rect(0, 0, self.w, height, style="F")
        self.set_text_color(*color)
        self.set_xy(self.l_margin, 3.5)
        self.font("B", size)
        self.cell(0, size * PT * 1.3, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sub:
            self.font("", self.base - 0.5)
            self.cell(0, 5, sub, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(height + 5)
        self.font()

    def rule(self, gap=2, color=(150, 150, 150), width=0.3):
        self.set_draw_color(*color)
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(gap)

    def kv(
        self,
        rows,
        widths=(42, None),
        size=None,
        label_fill=(232, 238, 232),
        head=None,
        borders="ALL",
        gap=3,
        k=1.3,
    ):
        """Two-column grid of label | value (labels single line, values wrap)."""
        size = size or self.base
        self.font("", size)
        self.set_fill_color(255, 255, 255)
        avail = self.w - self.l_margin - self.r_margin
        w0 = widths[0]
        w1 = widths[1] or (avail - w0)
        label_style = FontFace(emphasis="BOLD", fill_color=label_fill)
        with self.table(
            col_widths=(w0, w1),
            width=w0 + w1,
            align="LEFT",
            v_align="TOP",
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=bool(head),
            line_height=self.lh(size, k),
            padding=1.4,
            headings_style=FontFace(emphasis="BOLD", fill_color=(200, 200, 200)),
        ) as t:
            if head:
                r = t.row()
                for c in head:
                    r.cell(c)
            for a, b in rows:
                r = t.row()
                r.cell(a, style=label_style)
                r.cell(b)
        self.ln(gap)
        self.font()

    def grid(
        self,
        rows,
        widths,
        size=None,
        head_fill=(215, 215, 215),
        borders="ALL",
        gap=3,
        k=1.3,
        align="LEFT",
        bold_first_col=False,
        padding=1.4,
        heading=True,
    ):
        size = size or self.base
        self.font("", size)
        self.set_fill_color(255, 255, 255)
        epw = self.w - self.l_margin - self.r_margin
        if sum(widths) > epw:
            widths = [w_ * epw / sum(widths) * 0.9999 for w_ in widths]
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align=align,
            v_align="TOP",
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=heading,
            line_height=self.lh(size, k),
            padding=padding,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        ) as t:
            for i, row in enumerate(rows):
                r = t.row()
                for j, c in enumerate(row):
                    if bold_first_col and j == 0 and (i > 0 or not heading):
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(gap)
        self.font()

    def sigblock(self, cols, size=None, line_gap=14, width=None):
        """cols: list of (caption, name, title) side by side."""
        size = size or self.base
        avail = width or (self.w - self.l_margin - self.r_margin)
        cw = avail / len(cols)
        y0 = self.get_y() + line_gap
        for i, (cap, name, title) in enumerate(cols):
            x = self.l_margin + i * cw
            self.set_xy(x, y0 - line_gap)
            self.font("B", size - 0.5)
            self.cell(cw - 6, 4, cap)
            self.line(x, y0, x + cw - 8, y0)
            self.set_xy(x, y0 + 1)
            self.font("", size - 0.5)
            self.multi_cell(
                cw - 8, self.lh(size - 0.5), name + ("\n" + title if title else ""), align="L"
            )
        self.set_xy(self.l_margin, y0 + 14)
        self.font()

    def thumb_box(self, x, y, w=26, h=30, caption="Huella"):
        self.set_draw_color(90, 90, 90)
        self.rect(x, y, w, h)
        self.set_xy(x, y + h + 0.5)
        self.font("", 7)
        self.cell(w, 3.5, caption, align="C")
        self.set_draw_color(0, 0, 0)
        self.font()


# ----------------------------------------------------------------------------
# scanned page: text rendered to a noisy grey image
# ----------------------------------------------------------------------------
def render_scan(
    blocks,
    page_mm,
    dpi=200,
    seed=1,
    font_path=LB + "LiberationSerif-Regular.ttf",
    bold_path=LB + "LiberationSerif-Bold.ttf",
    size_pt=11.5,
    margin_mm=22,
    skew=0.35,
):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    def px(mm):
        return int(round(mm / 25.4 * dpi))

    W, H = px(page_mm[0]), px(page_mm[1])
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fs = int(round(size_pt / 72 * dpi))
    f = ImageFont.truetype(font_path, fs)
    fb = ImageFont.truetype(bold_path, fs)
    ft = ImageFont.truetype(bold_path, int(fs * 1.15))
    left, right = px(margin_mm), W - px(margin_mm)
    y = px(margin_mm)
    line_h = int(fs * 1.42)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    for kind, payload in blocks:
        if kind == "title":
            for ln in wrap(payload, ft, right - left):
                wdt = ft.getlength(ln)
                d.text(((W - wdt) / 2, y), ln, font=ft, fill=25)
                y += int(fs * 1.6)
            y += int(fs * 0.4)
        elif kind == "small":
            fsm = ImageFont.truetype(font_path, int(fs * 0.8))
            d.text((right - fsm.getlength(payload), y), payload, font=fsm, fill=70)
            y += int(fs * 1.4)
        elif kind == "para":
            label, text = payload
            lines = wrap((label + " " + text).strip(), f, right - left)
            for i, ln in enumerate(lines):
                x = left
                if i == 0 and label:
                    d.text((x, y), label, font=fb, fill=20)
                    x += fb.getlength(label + " ")
                    ln = ln[len(label) :].strip()
                d.text((x, y), ln, font=f, fill=20)
                y += line_h
            y += int(fs * 0.55)
        elif kind == "gap":
            y += int(fs * payload)
        elif kind == "sigs":
            colw = (right - left) // len(payload)
            y += int(fs * 3.2)
            for i, (cap, name) in enumerate(payload):
                x = left + i * colw
                d.line((x, y, x + colw - px(12), y), fill=40, width=3)
                d.text((x, y + 8), name, font=f, fill=20)
                d.text((x, y + 8 + line_h), cap, font=fb, fill=20)
            y += int(line_h * 2.6)
        elif kind == "thumb":
            bw, bh = px(26), px(30)
            x = right - bw
            d.rectangle((x, y, x + bw, y + bh), outline=60, width=3)
            # an inky smudge where the thumbprint is
            rng = random.Random(seed * 7)
            cx, cy = x + bw // 2, y + bh // 2
            for r in range(10, int(bw * 0.33), 9):
                d.ellipse(
                    (cx - r, cy - int(r * 1.3), cx + r, cy + int(r * 1.3)),
                    outline=90 + rng.randint(0, 40),
                    width=3,
                )
            d.text((x + bw / 2 - f.getlength(payload) / 2, y + bh + 6), payload, font=f, fill=30)
            y += bh + line_h * 2
    # scanner artefacts: skew, blur, speckle, uneven illumination
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0, 5.0, arr.shape)
    grad = np.linspace(0, 14, arr.shape[1])[None, :]
    arr -= grad
    specks = rng.random(arr.shape) < 0.0009
    arr[specks] = rng.integers(40, 140, specks.sum())
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=75, dpi=(dpi, dpi))
    buf.seek(0)
    return buf


def strip_dct_decodeparms(data):
    """fpdf2 writes a PNG-predictor /DecodeParms on JPEG images; scanners do not, and strict
    readers (pdfminer) choke on it.  Blank it out with spaces so xref offsets stay valid."""
    out = bytearray(data)
    for m in re.finditer(rb"/DecodeParms <<[^>]*>>", data):
        window = data[max(0, m.start() - 400) : m.end() + 400]
        if b"/DCTDecode" in window:
            out[m.start() : m.end()] = b" " * (m.end() - m.start())
    return bytes(out)


def add_scan_page(pdf, blocks, seed):
    pdf.image_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    buf = render_scan(blocks, (pdf.w, pdf.h), seed=seed)
    pdf.set_image_filter("DCTDecode")  # keep the scan as a plain JPEG, like a scanner would
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_image_filter("AUTO")


# ============================================================================
# bc01  H-2A  en  job order (clearance order style), Letter, 3 pages
# ============================================================================
def bc01():
    pdf = Doc(
        "letter",
        "dv",
        9,
        created=(2026, 2, 16),
        footer_left="Cold Spring Bench Fruit Co., LLC  -  H-300-26047-518823",
        running_head="H-2A job offer - Cold Spring Bench Fruit Co., LLC",
    )
    pdf.add_page()
    pdf.band(
        "H-2A AGRICULTURAL JOB OFFER",
        "Attachment to ETA-790A  |  Case No. H-300-26047-518823  |  "
        "Washington State clearance order",
        fill=(46, 94, 62),
    )
    pdf.head("1. Employer")
    pdf.p(
        "Cold Spring Bench Fruit Co., LLC, 4410 Monitor Loop Road, Cashmere, WA 98815. Telephone "
        "(509) 555-0148. Applications and questions: Lorena Whitcomb, Payroll and Housing Office, "
        "Monday to Friday 8:00 a.m. to 4:00 p.m."
    )
    pdf.head("Offer at a glance")
    pdf.kv(
        [
            ("Job title", "Farmworker, tree fruit (SOC 45-2092)"),
            ("Openings", "64 workers"),
            ("Period of employment", "June 8, 2026 through October 30, 2026"),
            ("Basic rate", "$19.82 per hour (piece rates in Section 5)"),
            ("Normal hours", "40 hours per week, Monday to Saturday, 6:00 a.m. to 2:30 p.m."),
            ("Pay day", "Every Friday (weekly)"),
        ],
        widths=(44, None),
    )
    pdf.head("2. Job duties")
    pdf.p(
        "Harvest sweet cherries by hand into picking buckets, and pears and apples into picking bags, "
        "using orchard ladders of 8 to 12 feet. Empty fruit gently into bins without bruising and keep "
        "stems attached when the crew leader requires it. Thin apples by hand in June. Help feed empty "
        "bins to the bin-trailer driver and clear fallen limbs from the tractor rows. Work is outdoors in "
        "heat, dust and light rain, on slopes."
    )
    pdf.head("3. Minimum requirements")
    pdf.p(
        "Three (3) months of verifiable experience hand-harvesting tree fruit from ladders. Must be able "
        "to lift and carry 50 pounds of fruit and to climb ladders safely for the full shift. No "
        "certificate, license or schooling is required. On the first day workers may be asked to show "
        "their picking technique in the orchard, at no cost to them."
    )
    pdf.head("4. Places of employment")
    pdf.grid(
        [
            ("Block", "Address", "County"),
            ("Monitor Home Block", "4410 Monitor Loop Road, Cashmere, WA 98815", "Chelan"),
            ("Sunnyslope Pear Block", "1875 Sunnyslope Road, Wenatchee, WA 98801", "Chelan"),
            ("Orchard Bench Apple Block", "3900 Orchard Bench Lane, Wenatchee, WA 98801", "Chelan"),
        ],
        widths=(52, 92, 36),
    )

    pdf.add_page()
    pdf.head("5. Wages")
    pdf.p(
        "Workers are paid $19.82 per hour for all hours worked. During cherry harvest the employer may "
        "instead pay a piece rate of $4.25 per 20-pound lug, and pear and apple picking may be paid at "
        "$32.00 per bin. Whenever a worker's piece-rate earnings in a pay period are lower than the hourly "
        "rate multiplied by the hours worked, the employer pays the difference."
    )
    pdf.p(
        "Rate changes. The employer will pay at least the highest of the Adverse Effect Wage Rate, the "
        "prevailing hourly or piece rate, the agreed-upon collective bargaining rate, or the federal or "
        "state minimum wage in effect at the time the work is performed. If a higher rate takes effect "
        "during the season, pay is raised from that date."
    )
    pdf.head("6. Pay and records")
    pdf.p(
        "Wages are paid every Friday for the workweek ending the previous Sunday. With each paycheck the "
        "worker receives a written statement listing the hours offered, the hours actually worked, the "
        "units picked at each piece rate, the rate(s) of pay, total earnings, each deduction and its "
        "reason, and the employer's name, address and FEIN."
    )
    pdf.head("7. Deductions")
    pdf.p(
        "The only deductions that will be made from pay are: federal income tax if the worker asks for it "
        "in writing; court-ordered child support or garnishments; voluntary purchases or advances the "
        "worker authorizes in writing; and the items listed in Section 11 of this job offer."
    )
    pdf.head("8. Housing")
    pdf.p(
        "Housing is furnished free of charge to all workers who cannot reasonably return to their "
        "residence the same day, at Monitor Loop Camp, 4416 Monitor Loop Road, Cashmere, WA. The camp is "
        "licensed by the Washington State Department of Health. No rent, utility charge or deposit for "
        "beds, mattresses or blankets is collected."
    )
    pdf.head("9. Meals")
    pdf.p(
        "Each housing unit has a kitchen with stoves, refrigerators and cooking utensils that workers may "
        "use free of charge. Workers may instead sign up for the optional camp meal plan of three meals a "
        "day at $12.00 per day, which does not exceed the maximum meal charge allowed by the U.S. "
        "Department of Labor; a worker may leave the plan at any time with one week's notice."
    )
    pdf.head("10. Transportation")
    pdf.lead(
        "Inbound.",
        "A worker who completes 50 percent of the work contract period is reimbursed for "
        "reasonable travel and daily subsistence from the place of recruitment to the orchard. If these "
        "costs would bring first-week earnings below the required wage, the employer reimburses them in "
        "the first workweek.",
    )
    pdf.lead(
        "Return.",
        "A worker who completes the contract, or who is dismissed early for reasons other "
        "than cause, is provided or paid return transportation and subsistence to the place of "
        "recruitment.",
    )
    pdf.lead(
        "Daily.",
        "The employer provides free transportation in insured company buses between the camp "
        "and every block listed in Section 4.",
    )

    pdf.add_page()
    pdf.head("11. Tools, equipment and protective gear")
    pdf.p(
        "The employer supplies ladders, picking buckets, picking bags, bins and pruning shears without "
        "charge to the worker. Each worker is issued cut-resistant gloves and a high-visibility vest for "
        "work near the bin trailers; $35.00 for the set will be taken out of the first two paychecks."
    )
    pdf.p(
        "A worker who breaks a ladder or a bin through horseplay or by ignoring the crew leader's safety "
        "instructions will have the repair or replacement cost deducted from wages."
    )
    pdf.head("12. Workers' compensation")
    pdf.p(
        "All workers are covered by workers' compensation insurance through the Washington State "
        "Department of Labor and Industries, employer account no. 512-884-07-3."
    )
    pdf.head("13. Abandonment and termination")
    pdf.p(
        "A worker who fails to report for work for five (5) consecutive working days without the "
        "employer's consent is considered to have voluntarily abandoned the job, and the employer will "
        "notify the Department of Labor and the Department of Homeland Security in writing within two "
        "working days. A worker may be terminated for cause, such as repeated failure to reach the "
        "productivity standard of 2.5 bins per day after two written warnings. In either case the "
        "employer is not responsible for return transportation."
    )
    pdf.head("14. Contract impossibility")
    pdf.p(
        "If hail, fire, flood, freeze or another Act of God makes the fulfillment of this contract "
        "impossible, and the Certifying Officer agrees, the employer may end the contract early. The "
        "worker will then be paid for all hours worked, offered other employment where available, and "
        "provided return transportation and subsistence."
    )
    pdf.head("15. Recruitment")
    pdf.p(
        "Workers for this order are recruited in Sonora, Mexico by Reclutamiento Agrícola Valle del Mayo, "
        "S.C., under a written agreement that forbids it to seek or receive any payment from workers. The "
        "employer pays all of its fees. Nobody may charge you to be considered for, hired for or kept in "
        "this job; report any request for money to the employer or to the Wage and Hour Division at "
        "1-866-487-9243."
    )
    pdf.head("16. Other assurances")
    pdf.p(
        "The employer will not hold any worker's passport or visa, and will not blacklist, threaten or "
        "discharge any worker for filing a complaint or for speaking with a legal services or union "
        "representative."
    )
    pdf.ln(2)
    pdf.p("I certify that the terms above are the actual terms and conditions of employment.", "I")
    pdf.sigblock([("For the employer", "Gregory T. Albers", "Managing Member, February 16, 2026")])
    return pdf


# ============================================================================
# bc02  H-2A  es  work contract (compliant), A4, 2 pages, page 2 in two columns
# ============================================================================
def bc02():
    pdf = Doc(
        "A4",
        "lsr",
        10.5,
        created=(2026, 3, 2),
        footer_left="Altamaha Bend Produce, LLC - contrato H-2A 2026",
        running_head="Contrato individual de trabajo - Rigoberto Anaya Cisneros",
    )
    pdf.page_of_text = lambda: "Hoja %d de {nb}" % pdf.page_no()
    pdf.add_page()
    pdf.font("B", 14)
    pdf.cell(
        0,
        7,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.font("I", 9.5)
    pdf.cell(
        0,
        5,
        "Orden de trabajo H-300-26021-447190  ·  Copia en español para el trabajador",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.p(
        "Este contrato se celebra entre Altamaha Bend Produce, LLC, con domicilio en 3907 Old Reidsville "
        'Road, Glennville, Georgia 30427, Estados Unidos ("la Empresa"), y el trabajador Rigoberto Anaya '
        'Cisneros, originario de Ometepec, Guerrero, México ("el Trabajador"). Las cláusulas repiten los '
        "términos de la orden de trabajo aprobada por el Departamento de Trabajo de los Estados Unidos.",
        align="J",
    )
    pdf.kv(
        [
            ("Puesto", "Trabajador agrícola de cebolla dulce y empaque"),
            (
                "Lugar de trabajo",
                "Campos y empacadora de la Empresa, 3907 Old Reidsville Road, Glennville, "
                "condado de Tattnall, Georgia",
            ),
            ("Periodo", "Del 13 de abril al 24 de julio de 2026"),
            ("Jornada", "35 horas por semana, de lunes a sábado, normalmente de 7:00 a 13:30"),
            ("Salario", "$14.68 dólares por hora"),
            ("Día de pago", "Cada jueves (pago semanal)"),
        ],
        widths=(38, None),
        label_fill=(236, 230, 214),
    )
    cl = [
        (
            "PRIMERA. Tareas.",
            "El Trabajador cosechará cebolla a mano: arrancarla, cortar tallo y raíz con "
            "tijera, llenar cubetas y vaciarlas en costales de 50 libras. En la empacadora alimentará la banda "
            "de selección, quitará las cebollas dañadas y estibará cajas en tarimas.",
        ),
        (
            "SEGUNDA. Requisitos.",
            "Se requiere un mes de experiencia en cosecha manual de hortalizas y poder "
            "levantar 50 libras. No se exige escolaridad ni licencia de manejo.",
        ),
        (
            "TERCERA. Salario y ajustes.",
            "La Empresa pagará $14.68 por hora o, durante la cosecha, $1.10 por "
            "cada costal de 50 libras lleno cuando eso resulte más. Siempre pagará la tarifa más alta entre el "
            "salario de efecto adverso (AEWR), el salario prevaleciente, la tarifa de convenio colectivo y el "
            "salario mínimo federal o estatal vigente; si durante la temporada se publica una tarifa más alta, "
            "se aplicará desde su entrada en vigor.",
        ),
        (
            "CUARTA. Pago y talón.",
            "El pago es semanal, cada jueves, en cheque o tarjeta de nómina sin "
            "comisiones. Con cada pago el Trabajador recibe un talón que indica las horas ofrecidas, las horas "
            "trabajadas, los costales llenados, la tarifa, el total ganado y cada descuento.",
        ),
        (
            "QUINTA. Descuentos.",
            "Solo se descontará: el impuesto federal sobre la renta si el Trabajador lo "
            "pide por escrito; la pensión alimenticia ordenada por un juez; y las compras o anticipos que el "
            "Trabajador autorice por escrito, sin ganancia para la Empresa.",
        ),
        (
            "SEXTA. Garantía de tres cuartas partes.",
            "La Empresa garantiza ofrecer trabajo por al menos el "
            "75 % (tres cuartas partes) de las horas de trabajo del periodo del contrato; si ofrece menos, "
            "pagará la diferencia.",
        ),
    ]
    for a, b in cl:
        pdf.lead(a, b, size=10.5, gap=1.8)

    pdf.add_page()
    pdf.font("", 10)
    cl2 = [
        (
            "SÉPTIMA. Vivienda.",
            "La vivienda es gratuita: cuartos en el campamento de 3911 Old Reidsville "
            "Road, inspeccionado por el estado de Georgia. No se cobra renta, luz, agua ni depósito por "
            "colchones o cobijas.",
        ),
        (
            "OCTAVA. Alimentación.",
            "Cada cuarto tiene acceso a una cocina equipada con estufas y "
            "refrigeradores, que el Trabajador usa sin costo para preparar sus alimentos.",
        ),
        (
            "NOVENA. Transporte.",
            "La Empresa reembolsa el viaje de ida desde Ometepec y los alimentos del "
            "camino al cumplirse el 50 % del contrato, o en la primera semana si hace falta para no bajar del "
            "salario mínimo. Al terminar el contrato paga el viaje de regreso. El transporte diario entre el "
            "campamento y los campos es gratuito.",
        ),
        (
            "DÉCIMA. Herramientas.",
            "Tijeras, cubetas, guantes, costales y demás equipo se entregan sin costo "
            "y sin depósito.",
        ),
        (
            "UNDÉCIMA. Seguro de riesgos de trabajo.",
            "El Trabajador queda cubierto por el seguro de "
            "compensación al trabajador (workers' compensation) de la Empresa con la aseguradora Peach State "
            "Mutual Insurance, póliza WC-44-0917352, sin costo para él.",
        ),
        (
            "DUODÉCIMA. Terminación.",
            "Si el Trabajador falta cinco días laborales seguidos sin permiso, se "
            "considera que abandonó el empleo. La Empresa puede despedirlo por causa justificada, explicándole "
            "por escrito el motivo. En ambos casos la Empresa ya no paga el regreso ni la garantía.",
        ),
        (
            "DECIMOTERCERA. Fuerza mayor.",
            "Si un huracán, una inundación, una granizada u otra causa de fuerza "
            "mayor hace imposible terminar el contrato, con la aprobación del Departamento de Trabajo la "
            "Empresa pagará lo ganado, la garantía de tres cuartas partes hasta ese día y el viaje de regreso.",
        ),
        (
            "DECIMOCUARTA. Derechos.",
            "Ni la Empresa ni su reclutador, Servicios de Enlace Agrícola Costa "
            "Chica, S.C., pueden cobrarle dinero por este empleo; la Empresa les paga todos sus honorarios. El "
            "Trabajador guarda siempre su pasaporte y su visa. Puede quejarse ante el Departamento de Trabajo "
            "(1-866-487-9243) sin represalias ni listas negras.",
        ),
    ]
    top = pdf.get_y()
    with pdf.text_columns(
        ncols=2, gutter=8, balance=True, text_align="LEFT", line_height=1.25
    ) as cols:
        for a, b in cl2:
            with cols.paragraph(bottom_margin=2.2) as par:
                pdf.font("B", 10)
                par.write(a + " ")
                pdf.font("", 10)
                par.write(b)
    pdf.ln(6)
    pdf.p("Firmado en Glennville, Georgia, el 2 de marzo de 2026, en dos ejemplares.", size=10)
    pdf.sigblock(
        [
            ("Por la Empresa", "Dana L. Purcell", "Gerente de Operaciones"),
            ("El Trabajador", "Rigoberto Anaya Cisneros", ""),
        ],
        size=10,
    )
    _ = top
    return pdf


# ============================================================================
# bc03  H-2A  es  recruiter agreement, Letter, 2 pages; page 2 is a scan
# ============================================================================
def bc03():
    pdf = Doc(
        "letter",
        "ls",
        10,
        created=(2026, 1, 19),
        page_of=False,
        footer_left="Enlace Campesino del Bajío, S.C.  ·  Hoja 1 de 2",
    )
    pdf.add_page()
    pdf.font("B", 12.5)
    pdf.multi_cell(
        0,
        6,
        "CONVENIO DE SERVICIOS DE GESTIÓN PARA EMPLEO TEMPORAL EN ESTADOS UNIDOS (VISA H-2A)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.p(
        "En Dolores Hidalgo, Guanajuato, a 19 de enero de 2026, comparecen por una parte Enlace Campesino "
        'del Bajío, S.C., representada por el Ing. Fausto Medellín Arriaga ("EL RECLUTADOR"), y por la '
        "otra el C. Jesús Abundio Ramírez Tovar, con domicilio en la comunidad de La Erre, municipio de "
        'Dolores Hidalgo ("EL TRABAJADOR"), para formalizar los servicios de gestión de su contratación '
        "con visa H-2A.",
        align="J",
    )
    pdf.head("ANTECEDENTES", size=10.5)
    pdf.p(
        "Único. EL RECLUTADOR manifiesta que recluta personal para Blue Heron Berry Farms, LLC, 6120 68th "
        'Street, Fennville, Michigan 49408, Estados Unidos ("LA GRANJA"), que cuenta con certificación '
        "laboral H-2A, y que las condiciones de la oferta son las siguientes:",
        align="J",
    )
    pdf.kv(
        [
            (
                "Empleo",
                "Cosecha manual de arándano azul: cortar la fruta madura, llenar cubetas y cajas y "
                "cargar las cajas al remolque",
            ),
            ("Lugar", "Campos de LA GRANJA en Fennville y Pullman, condado de Allegan, Michigan"),
            ("Temporada", "Del 29 de junio al 18 de septiembre de 2026"),
            ("Horario", "El que indique el mayordomo según la maduración de la fruta"),
            ("Pago", "$18.50 dólares por hora, pagados cada semana"),
            (
                "Requisitos",
                "Mayor de 18 años y dos temporadas de experiencia en cosecha manual de frutillas",
            ),
            ("Vivienda", "Gratuita, en el campamento de LA GRANJA"),
            (
                "Viaje de ida",
                "LA GRANJA paga el autobús de Dolores Hidalgo a Fennville y los alimentos del camino",
            ),
            ("Viaje de regreso", "A cargo de LA GRANJA al terminar la temporada"),
            ("Herramientas", "Cubetas, cinturones y cajas sin costo para EL TRABAJADOR"),
        ],
        widths=(36, None),
        label_fill=(225, 232, 245),
    )
    pdf.head("CLÁUSULAS", size=10.5)
    pdf.lead(
        "PRIMERA.",
        "EL RECLUTADOR integrará el expediente de EL TRABAJADOR, lo inscribirá en la lista "
        "de LA GRANJA y lo acompañará a su cita consular.",
    )
    pdf.lead(
        "SEGUNDA.",
        "Por concepto de apoyo administrativo para integrar su expediente, EL TRABAJADOR "
        "aportará a EL RECLUTADOR la suma de $7,800.00 (siete mil ochocientos pesos 00/100 M.N.), "
        "pagaderos en dos exhibiciones.",
    )
    pdf.lead(
        "TERCERA.",
        "El derecho consular de la visa, equivalente a 205 dólares, corre por cuenta de EL "
        "TRABAJADOR y no le será reembolsado.",
    )
    pdf.p("(Continúa al reverso)", "I", 8.5, align="R")

    add_scan_page(
        pdf,
        [
            ("small", "Convenio Enlace Campesino del Bajío / J. A. Ramírez Tovar  -  Hoja 2 de 2"),
            ("gap", 0.6),
            (
                "para",
                (
                    "CUARTA.",
                    "Como garantía de que cumplirá la temporada completa, EL TRABAJADOR firmará a "
                    "favor de EL RECLUTADOR un pagaré por $25,000.00 M.N., que le será devuelto cuando regrese "
                    "a Dolores Hidalgo.",
                ),
            ),
            (
                "para",
                (
                    "QUINTA.",
                    "Para evitar extravíos, EL RECLUTADOR conservará el pasaporte con la visa de EL "
                    "TRABAJADOR desde la cita consular hasta su llegada a la granja, y a partir de ese día lo "
                    "guardará la oficina de LA GRANJA hasta el fin de la temporada.",
                ),
            ),
            (
                "para",
                (
                    "SEXTA.",
                    "EL TRABAJADOR puede presentar cualquier queja ante la Secretaría del Trabajo o "
                    "ante el Consulado de México en Detroit sin que ello afecte su contratación.",
                ),
            ),
            (
                "para",
                (
                    "SÉPTIMA.",
                    "Para la interpretación y cumplimiento de este convenio las partes se someten a "
                    "los tribunales de Dolores Hidalgo, Guanajuato, renunciando a cualquier otro fuero.",
                ),
            ),
            (
                "para",
                (
                    "",
                    "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo "
                    "firman por duplicado en el lugar y fecha señalados.",
                ),
            ),
            (
                "sigs",
                [
                    ("EL RECLUTADOR", "Ing. Fausto Medellín Arriaga"),
                    ("EL TRABAJADOR", "Jesús Abundio Ramírez Tovar"),
                ],
            ),
            ("thumb", "Huella"),
        ],
        seed=303,
    )
    return pdf


# ============================================================================
# bc04  H-2A  en+es  offer letter, Letter, 2 pages, EN | ES aligned rows
# ============================================================================
BC04_ROWS_P1 = [
    (
        "Dear Mr. Castañeda: Contentnea Creek Farms, Inc., 2871 Hugo Road, Snow Hill, North Carolina 28580, "
        "offers you seasonal farm work on the terms below. The English and Spanish texts say the same thing.",
        "Estimado Sr. Castañeda: Contentnea Creek Farms, Inc., 2871 Hugo Road, Snow Hill, Carolina del Norte "
        "28580, le ofrece trabajo agrícola de temporada en los términos siguientes. El texto en inglés y el "
        "texto en español dicen lo mismo.",
    ),
    (
        "Work: transplanting, hoeing and hand-harvesting sweet potatoes, and topping, suckering and harvesting "
        "flue-cured tobacco.",
        "Trabajo: trasplantar, deshierbar con azadón y cosechar a mano camote, y despuntar, deshijar y cosechar "
        "tabaco.",
    ),
    (
        "Requirements: one month of experience in the hand harvest of vegetables or tobacco; able to lift 60 "
        "pounds repeatedly.",
        "Requisitos: un mes de experiencia en la cosecha manual de hortalizas o tabaco; poder levantar 60 libras "
        "repetidamente.",
    ),
    (
        "Where: the company's fields on Hugo Road, Snow Hill (Greene County), and on Institute Road, La Grange "
        "(Lenoir County), North Carolina.",
        "Dónde: los campos de la empresa en Hugo Road, Snow Hill (condado de Greene), y en Institute Road, La "
        "Grange (condado de Lenoir), Carolina del Norte.",
    ),
    (
        "Dates: from May 4, 2026 to November 20, 2026.",
        "Fechas: del 4 de mayo al 20 de noviembre de 2026.",
    ),
    (
        "Hours: 40 hours per week, Monday through Saturday, starting at 6:30 a.m.",
        "Horario: 40 horas por semana, de lunes a sábado, empezando a las 6:30 a. m.",
    ),
    (
        "Pay: $16.45 per hour. If the Adverse Effect Wage Rate or any other applicable minimum rises above this "
        "during the season, you will be paid the higher rate.",
        "Pago: $16.45 por hora. Si el salario de efecto adverso (AEWR) u otro salario mínimo aplicable sube "
        "durante la temporada, se le pagará la tarifa más alta.",
    ),
    (
        "Payday: every Friday, with a pay stub showing hours offered, hours worked, rate, earnings and each "
        "deduction.",
        "Día de pago: cada viernes, con un talón que muestra horas ofrecidas, horas trabajadas, tarifa, "
        "ganancias y cada descuento.",
    ),
    (
        "Guarantee: you will be offered work for at least three-fourths of the workdays of the contract "
        "period, or paid the difference.",
        "Garantía: se le ofrecerá trabajo por lo menos en tres cuartas partes de los días laborales del "
        "contrato, o se le pagará la diferencia.",
    ),
    (
        "Housing: you will live in the farm camp at 2875 Hugo Road. Each resident pays a utility contribution "
        "of $30.00 per week for electricity and water, deducted from the paycheck.",
        "Vivienda: usted vivirá en el campamento de la granja en 2875 Hugo Road. Cada residente paga una "
        "aportación de servicios de $30.00 por semana para luz y agua, que se descuenta del cheque.",
    ),
    (
        "Kitchen: the camp has a shared kitchen with stoves and refrigerators that you may use free of charge.",
        "Cocina: el campamento tiene una cocina compartida con estufas y refrigeradores que usted puede usar "
        "gratis.",
    ),
]
BC04_ROWS_P2 = [
    (
        "Travel to the farm: the company books the charter bus from Monterrey to Snow Hill. Its cost, $260.00 "
        "per seat, is recovered from the worker in four equal weekly deductions and is not refunded.",
        "Viaje a la granja: la empresa reserva el autobús de Monterrey a Snow Hill. Su costo, $260.00 por "
        "asiento, se recupera del trabajador en cuatro descuentos semanales iguales y no se devuelve.",
    ),
    (
        "Trip home: if you finish the contract, or are let go early for reasons other than cause, the company "
        "pays your bus and meals back to Monterrey.",
        "Regreso: si usted termina el contrato, o lo despiden antes sin causa justificada, la empresa paga su "
        "autobús y sus comidas de regreso a Monterrey.",
    ),
    (
        "Daily rides: free van rides between the camp and the fields every workday.",
        "Traslados diarios: traslados gratis en camioneta entre el campamento y los campos cada día de trabajo.",
    ),
    (
        "Tools: hoes, tobacco knives, harvest buckets and rain ponchos are provided free, with no deposit.",
        "Herramientas: azadones, cuchillos tabacaleros, cubetas de cosecha y ponchos para lluvia se entregan "
        "gratis, sin depósito.",
    ),
    (
        "Season reserve: $1.25 of each hour's wage is kept in a season-end reserve and paid out with your final "
        "paycheck.",
        "Reserva de temporada: $1.25 del salario de cada hora se guarda en una reserva de fin de temporada y se "
        "le paga con su último cheque.",
    ),
    (
        "Deductions: federal income tax only if you request it in writing, child support ordered by a court, "
        "and the utility contribution and bus recovery described above.",
        "Descuentos: impuesto federal sobre la renta solo si usted lo pide por escrito, pensión alimenticia "
        "ordenada por un juez, y la aportación de servicios y la recuperación del autobús descritas arriba.",
    ),
    (
        "Injury: you are covered by workers' compensation insurance with Tar River Mutual Casualty Co., policy "
        "71-WC-208845, paid by the company.",
        "Lesiones: usted está cubierto por el seguro de compensación al trabajador con Tar River Mutual "
        "Casualty Co., póliza 71-WC-208845, pagado por la empresa.",
    ),
    (
        "Leaving or dismissal: missing five consecutive workdays without permission is treated as abandonment "
        "and reported to the Department of Labor and DHS, as the regulations require; you may be dismissed for "
        "cause after a written warning.",
        "Abandono o despido: faltar cinco días laborales seguidos sin permiso se considera abandono y se reporta "
        "al Departamento de Trabajo y al DHS, como lo exigen las reglas; puede ser despedido por causa "
        "justificada después de una advertencia por escrito.",
    ),
    (
        "Weather and disasters: if a hurricane, flood or fire makes the work impossible, the contract may end "
        "early with the Department of Labor's approval; you will still receive the three-fourths guarantee up "
        "to that day and your trip home.",
        "Clima y desastres: si un huracán, una inundación o un incendio hace imposible el trabajo, el contrato "
        "puede terminar antes con la aprobación del Departamento de Trabajo; usted recibirá de todos modos la "
        "garantía de tres cuartas partes hasta ese día y su viaje de regreso.",
    ),
    (
        "Recruitment: Colocaciones Rurales del Noreste, S.A. de C.V. recruits for us at our expense. Neither it "
        "nor anyone else may ask you for money for this job.",
        "Reclutamiento: Colocaciones Rurales del Noreste, S.A. de C.V. recluta para nosotros y nosotros pagamos "
        "sus servicios. Ni esa agencia ni nadie más puede pedirle dinero por este empleo.",
    ),
]


def bc04():
    pdf = Doc(
        "letter",
        "dvc",
        8.8,
        created=(2026, 2, 9),
        margins=(15, 14, 15),
        footer_left="Contentnea Creek Farms, Inc. - Offer / Oferta H-2A 2026",
    )
    pdf.page_of_text = lambda: "%d / {nb}" % pdf.page_no()

    def rows(pairs):
        pdf.font("", 8.8)
        pdf.set_fill_color(255, 255, 255)
        half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
        with pdf.table(
            col_widths=(half, half),
            width=2 * half,
            align="LEFT",
            v_align="TOP",
            text_align="LEFT",
            borders_layout="HORIZONTAL_LINES",
            first_row_as_headings=False,
            line_height=pdf.lh(8.8, 1.3),
            padding=(1.6, 3.5, 1.6, 0),
        ) as t:
            for en, es in pairs:
                r = t.row()
                r.cell(en)
                r.cell(es)
        pdf.ln(2)

    pdf.add_page()
    pdf.set_fill_color(122, 74, 36)
    pdf.rect(0, 0, pdf.w, 4, style="F")
    pdf.set_y(9)
    pdf.font("B", 13)
    pdf.cell(0, 6, "Contentnea Creek Farms, Inc.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("", 8.5)
    pdf.cell(
        0,
        4.5,
        "2871 Hugo Road, Snow Hill, NC 28580  ·  (252) 555-0193",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.font("B", 10.5)
    pdf.cell(half, 6, "OFFER OF SEASONAL EMPLOYMENT (H-2A)")
    pdf.cell(half, 6, "OFERTA DE EMPLEO DE TEMPORADA (H-2A)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("", 8.8)
    pdf.cell(half, 5, "February 9, 2026")
    pdf.cell(half, 5, "9 de febrero de 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.font("B", 8.8)
    pdf.cell(
        0,
        5,
        "Efraín Castañeda Luján  -  Galeana, Nuevo León, México",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    rows(BC04_ROWS_P1)
    pdf.add_page()
    rows(BC04_ROWS_P2)
    pdf.ln(4)
    pdf.sigblock(
        [
            ("For the company / Por la empresa", "Harold W. Peele", "President / Presidente"),
            ("I accept / Acepto", "Efraín Castañeda Luján", ""),
        ],
        size=8.8,
    )
    return pdf


# ============================================================================
# bc05  H-2B  en  job order, Letter, 3 pages
# ============================================================================
def bc05():
    pdf = Doc(
        "letter",
        "lsr",
        10.5,
        created=(2026, 1, 22),
        footer_left="Job order H-400-26052-604431 · Bluestem Grounds Management, Inc.",
        running_head="H-400-26052-604431",
    )
    pdf.add_page()
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.l_margin, 12, pdf.w - pdf.l_margin - pdf.r_margin, 19)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, 14)
    pdf.font("B", 13.5)
    pdf.cell(
        0,
        7,
        "JOB ORDER  -  H-2B TEMPORARY NON-AGRICULTURAL EMPLOYMENT",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.font("", 9.5)
    pdf.cell(
        0,
        5,
        "Case No. H-400-26052-604431  ·  Kansas Department of Commerce job order KS-3318907",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(36)
    pdf.head("Employer", size=11)
    pdf.p(
        "Bluestem Grounds Management, Inc., 1402 Industrial Park Drive, Olathe, Kansas 66061. FEIN "
        "48-1937725. Telephone (913) 555-0172."
    )
    pdf.head("Position summary", size=11)
    pdf.kv(
        [
            ("Job title", "Landscaping and Groundskeeping Worker (SOC 37-3011)"),
            ("Number of workers", "38"),
            ("Dates of need", "March 16, 2026 to December 11, 2026"),
            (
                "Hours",
                "40 hours per week; Monday to Friday, 7:00 a.m. to 3:30 p.m.; Saturday work is voluntary",
            ),
            ("Wage", "$19.36 per hour"),
            ("Overtime", "$29.04 per hour for hours over 40 in a workweek"),
            ("Pay period", "Biweekly, every other Friday"),
        ],
        widths=(42, None),
        label_fill=(228, 228, 228),
    )
    pdf.head("Duties", size=11)
    pdf.p(
        "Mow, edge and trim lawns at commercial and residential properties; plant trees, shrubs and annual "
        "flowers; spread mulch by hand and load bark into the feeder hopper of the blower truck; rake and bag "
        "leaves; lay sod and replace irrigation heads; clean and sharpen mower blades at the end of each "
        "shift; ride as a passenger in company trucks between job sites.",
        align="J",
    )
    pdf.head("Minimum requirements", size=11)
    pdf.p(
        "Three months of experience in landscape maintenance. Must be able to lift 50 pounds and to work "
        "outdoors in heat and cold. A driver's license is not required."
    )
    pdf.head("Place of work", size=11)
    pdf.p(
        "Customer properties in Johnson, Wyandotte and Miami Counties, Kansas, and in Jackson County, "
        "Missouri (Kansas City metropolitan area). Crews leave every morning from the company yard at 1402 "
        "Industrial Park Drive, Olathe, Kansas."
    )

    pdf.add_page()
    pdf.head("Wage assurance", size=11)
    pdf.p(
        "The employer will pay at least the highest of the prevailing wage and the applicable federal, state "
        "or local minimum wage for all hours worked, and will raise the rate if a new prevailing wage issued "
        "during the period of employment is higher."
    )
    pdf.head("Three-fourths guarantee", size=11)
    pdf.p(
        "The employer guarantees to offer each worker hours equal to at least three-fourths of the workdays "
        "in each 12-week period of employment, and will pay for any shortfall."
    )
    pdf.head("Earnings statements", size=11)
    pdf.p(
        "Each pay stub shows the hours offered, the hours worked, the rate of pay, gross and net earnings, "
        "and every deduction."
    )
    pdf.head("Deductions", size=11)
    pdf.grid(
        [
            ("Item", "Amount", "When withheld"),
            ("Federal and Kansas income tax", "As required by law", "Every paycheck"),
            ("Social Security and Medicare", "7.65%", "Every paycheck"),
            ("Turf Safety Certification class", "$185.00", "First paycheck"),
            ("Voluntary items authorized in writing", "As authorized", "As authorized"),
        ],
        widths=(80, 40, 40),
        size=10,
    )
    pdf.p(
        "The Turf Safety Certification class is mandatory before the first workday; its $185.00 fee is "
        "charged to the employee and withheld from the first paycheck."
    )
    pdf.head("Transportation and visa", size=11)
    pdf.p(
        "Workers who complete 50 percent of the period of employment are reimbursed for inbound travel and "
        "daily subsistence from the place of recruitment; the employer advances or reimburses these costs "
        "in the first workweek when the Fair Labor Standards Act requires it. Return transportation and "
        "subsistence are provided to workers who complete the period of employment or are dismissed early "
        "for any reason. Consular visa fees and border-crossing charges are the worker's own responsibility.",
        align="J",
    )
    pdf.head("Tools and uniforms", size=11)
    pdf.p(
        "All tools, mowers, trimmers, safety glasses, gloves and two uniform shirts are provided free of "
        "charge, and no deposit is required."
    )

    pdf.add_page()
    pdf.head("Resignation before the end date", size=11)
    pdf.p(
        "An employee who resigns before the end date stated in this order agrees to pay the company $600.00 "
        "as liquidated damages to cover the cost of hiring a replacement."
    )
    pdf.head("Abandonment and termination", size=11)
    pdf.p(
        "An employee who fails to report for work for five consecutive working days without the employer's "
        "consent will be deemed to have abandoned the job; the employer will notify the Department of Labor "
        "and the Department of Homeland Security within two working days. Employees may be terminated for "
        "cause, such as theft, violence or repeated unexcused absences, after a written warning."
    )
    pdf.head("Complaints", size=11)
    pdf.p(
        "Workers who take complaints to outside agencies instead of using the company grievance line will not "
        "be considered for rehire in future seasons."
    )
    pdf.head("Recruitment and documents", size=11)
    pdf.p(
        "The employer has engaged Reclutadora Huasteca Norte, S. de R.L. de C.V., Ciudad Valles, San Luis "
        "Potosí, and contractually prohibits it from charging workers any fee. The employer will not hold or "
        "confiscate workers' passports, visas or other immigration documents."
    )
    pdf.head("How to apply", size=11)
    pdf.p(
        "Apply in person at the Olathe Workforce Center, 15610 W. 119th Street, Olathe, Kansas, or by "
        "telephone at (913) 555-0172, referencing job order KS-3318907."
    )
    pdf.ln(4)
    pdf.sigblock(
        [
            (
                "Employer representative",
                "Marcus J. Lindqvist",
                "Operations Director, January 22, 2026",
            )
        ]
    )
    return pdf


# ============================================================================
# bc06  H-2B  es  recruiter agreement (carta compromiso), A4, 2 pages
# ============================================================================
def bc06():
    pdf = Doc(
        "A4",
        "ls",
        9.8,
        created=(2026, 2, 5),
        margins=(20, 16, 20),
        footer_left="Contrataciones Marinas del Évora, S.C.  ·  Guamúchil, Sinaloa",
    )
    pdf.page_of_text = lambda: "Página %d de {nb}" % pdf.page_no()
    pdf.add_page()
    pdf.font("B", 10)
    pdf.cell(0, 5, "Contrataciones Marinas del Évora, S.C.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("", 8.5)
    pdf.cell(
        0,
        4,
        "Av. Agustina Ramírez 214, Col. Centro, Guamúchil, Salvador Alvarado, Sinaloa  ·  Tel. 673 555 0119",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.rule(4, color=(20, 70, 120), width=0.6)
    pdf.font("B", 12)
    pdf.multi_cell(
        0,
        6,
        "CARTA COMPROMISO Y CONVENIO DE GESTIÓN\nTEMPORADA DE JAIBA 2026 (VISA H-2B)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.p(
        'En Guamúchil, Sinaloa, el 5 de febrero de 2026, Contrataciones Marinas del Évora, S.C. ("EL '
        'GESTOR"), representada por la Lic. Zulema Armenta Quiñónez, y la señora Maricela Yáñez Olvera, '
        'vecina de La Reforma, Angostura, Sinaloa ("LA TRABAJADORA"), celebran el presente convenio para '
        'su contratación temporal por la empresa que se indica ("LA EMPRESA").',
        align="J",
    )
    pdf.kv(
        [
            (
                "Empresa",
                "Tilghman Point Crab House, Inc., 5402 Wharf Lane, Fishing Creek, Maryland 21634, EE. UU.",
            ),
            (
                "Puesto",
                "Peladora de jaiba: cocer, limpiar y sacar la carne de la jaiba azul, separarla por tipo y "
                "empacarla en envases de una libra",
            ),
            (
                "Lugar de trabajo",
                "Planta procesadora de LA EMPRESA, 5402 Wharf Lane, Fishing Creek, Maryland",
            ),
            ("Periodo", "Del 1 de abril al 15 de noviembre de 2026"),
            ("Jornada", "40 horas a la semana, de lunes a sábado, de 5:00 a 13:30 horas"),
            ("Salario", "$17.16 dólares por hora"),
            ("Pago", "Cada semana, los viernes"),
            ("Requisitos", "Una temporada de experiencia pelando jaiba o camarón"),
            (
                "Herramientas",
                "LA EMPRESA entrega sin costo cuchillos, mandiles, guantes y redecillas",
            ),
            (
                "Visa y viaje",
                "LA EMPRESA reembolsa en la primera semana la cuota de la visa, el autobús de "
                "Guamúchil a Maryland y los viáticos del camino. Al terminar la temporada paga el "
                "regreso a Guamúchil.",
            ),
        ],
        widths=(34, None),
        label_fill=(222, 234, 244),
        size=9.5,
    )
    pdf.lead(
        "PRIMERA.",
        "EL GESTOR tramitará la cita consular en Monterrey, llenará la solicitud DS-160 y "
        "entregará a LA EMPRESA la lista del grupo. LA EMPRESA paga a EL GESTOR sus honorarios por la "
        "selección del personal.",
    )
    pdf.lead(
        "SEGUNDA.",
        "Para asegurar su lugar en el grupo de esta temporada, LA TRABAJADORA depositará 350 "
        "dólares en la cuenta de EL GESTOR antes de la entrevista consular.",
    )
    pdf.lead(
        "TERCERA.",
        "El examen médico y los análisis de laboratorio que pide EL GESTOR se hacen en la "
        "Clínica San Rafael de Guamúchil, cuestan 1,350 pesos y los paga LA TRABAJADORA.",
    )

    pdf.add_page()
    pdf.lead(
        "CUARTA.",
        "EL GESTOR podrá adelantar a LA TRABAJADORA hasta 4,000 pesos para sus gastos mientras "
        "se tramita la visa; LA EMPRESA los descontará de sus cheques semanales con un interés del 10 por "
        "ciento.",
    )
    pdf.lead(
        "QUINTA.",
        "Descuentos. Del cheque semanal solo se descontarán los impuestos federales y de "
        "Maryland, el Seguro Social y Medicare, y el adelanto de la cláusula CUARTA.",
    )
    pdf.lead(
        "SEXTA.",
        "Abandono. Si LA TRABAJADORA deja de presentarse cinco días hábiles seguidos sin avisar, "
        "LA EMPRESA considerará que abandonó el empleo y lo notificará a las autoridades como lo exige la "
        "ley; también puede despedirla por causa justificada.",
    )
    pdf.lead(
        "SÉPTIMA.",
        "LA TRABAJADORA conserva su pasaporte y su visa en todo momento. Puede hablar con el "
        "consulado, con un abogado o con el Departamento de Trabajo sin que eso le quite su lugar para otra "
        "temporada.",
    )
    pdf.lead(
        "OCTAVA.",
        "Para todo lo relativo a este convenio las partes se someten a las leyes y tribunales "
        "de Salvador Alvarado, Sinaloa.",
    )
    pdf.ln(2)
    pdf.p("Leído y aceptado por ambas partes.", "I")
    y = pdf.get_y()
    pdf.sigblock(
        [
            ("EL GESTOR", "Lic. Zulema Armenta Quiñónez", "Contrataciones Marinas del Évora, S.C."),
            ("LA TRABAJADORA", "Maricela Yáñez Olvera", ""),
        ],
        width=130,
    )
    pdf.thumb_box(pdf.w - pdf.r_margin - 28, y + 2)
    return pdf


# ============================================================================
# bc07  H-2B  en  work contract (compliant), Letter, 2 pages
# ============================================================================
def bc07():
    pdf = Doc(
        "letter",
        "dvs",
        8.9,
        created=(2026, 9, 14),
        footer_left="Granite Saddle Mountain Resort, LLC · Seasonal Employment Contract 2026-27",
        running_head="Employee: Nicolás Ferreyra Quispe",
    )
    pdf.add_page()
    pdf.band(
        "SEASONAL EMPLOYMENT CONTRACT",
        "H-2B winter season 2026-2027  ·  Rental Shop",
        fill=(30, 52, 96),
    )
    pdf.kv(
        [
            (
                "Employer",
                "Granite Saddle Mountain Resort, LLC, 1190 Chairlift Way, Driggs, Idaho 83422, USA",
            ),
            ("Employee", "Nicolás Ferreyra Quispe, Calle Saphi 318, Cusco, Peru"),
            ("Job order", "H-400-26244-731906"),
            ("Position", "Ski rental technician"),
            ("Work location", "Base Lodge rental shop, 1190 Chairlift Way, Driggs, Idaho"),
            ("Contract period", "November 30, 2026 to April 11, 2027"),
        ],
        widths=(36, None),
        label_fill=(222, 228, 240),
    )
    secs = [
        (
            "1. Duties.",
            "Fit ski boots and helmets, adjust and test bindings, wax and tune skis and snowboards, "
            "check equipment in and out, and collect rental fees from guests at the counter using the shop's "
            "point-of-sale terminal.",
        ),
        (
            "2. Requirements.",
            "Six months of experience in a ski or snowboard rental or repair shop, and enough "
            "English to explain equipment use to guests.",
        ),
        (
            "3. Hours.",
            "40 hours per week: five 8-hour shifts between 7:00 a.m. and 6:00 p.m., with two "
            "consecutive days off.",
        ),
        (
            "4. Wage.",
            "$18.10 per hour. If a higher prevailing wage or minimum wage applies during the contract, "
            "the higher rate is paid from its effective date.",
        ),
        ("5. Overtime.", "Hours over 40 in a workweek are paid at $27.15 per hour."),
        (
            "6. Paydays and pay stubs.",
            "Every other Friday by direct deposit. Each pay stub shows hours offered, "
            "hours worked, rate, gross and net pay and every deduction.",
        ),
        (
            "7. Deductions.",
            "Only federal and Idaho income tax, Social Security and Medicare, and purchases at the "
            "staff shop that you authorize in writing.",
        ),
        (
            "8. Guaranteed hours.",
            "For each 12-week period you are offered at least three-fourths of the workdays "
            "in that period; any shortfall is paid at your hourly rate.",
        ),
        (
            "9. Travel and visa.",
            "Your airfare from Lima to Jackson Hole and meals on the way are reimbursed in "
            "your first workweek, together with your visa and border-crossing fees. When you complete the "
            "contract, or if you are dismissed early for any reason, the employer pays your flight home to Lima.",
        ),
        (
            "10. Equipment.",
            "Boot-fitting tools, tuning benches, a uniform jacket, a helmet and goggles are "
            "provided free; no deposit is taken, and normal wear and tear of rental equipment is never charged "
            "to employees.",
        ),
    ]
    for a, b in secs:
        pdf.lead(a, b, gap=1.4)

    pdf.add_page()
    secs2 = [
        (
            "11. Housing.",
            "A bed in the employee dormitory at 40 Teton Creek Road, Driggs, is provided free of "
            "charge, with no deposit. Residents come and go freely; there is no curfew.",
        ),
        (
            "12. Ending the contract.",
            "You may resign at any time and will not be charged for leaving. If you "
            "are absent for five consecutive workdays without notice, the employer may treat it as job "
            "abandonment and report it as the H-2B rules require. The employer may dismiss you only for cause, "
            "explained to you in writing.",
        ),
        (
            "13. If the season cannot continue.",
            "If a wildfire, an avalanche closure or another Act of God makes "
            "the work impossible, the employer may end the contract with the approval of the Department of "
            "Labor; you still receive your guaranteed hours to that date and your flight home.",
        ),
        (
            "14. Recruitment.",
            "Cordillera Talent Partners S.A.C., Lima, recruits for the employer and is paid "
            "only by the employer. You owe it nothing, now or later.",
        ),
        (
            "15. Your documents and rights.",
            "You keep your passport and visa. You may talk to the Department of "
            "Labor, a lawyer or your consulate about this job; nobody will be punished or kept from returning "
            "next season for doing so. The employer pays all workers' compensation premiums.",
        ),
        (
            "16. Extras.",
            "A free employee season ski pass and a 40% discount at the resort cafeterias.",
        ),
    ]
    for a, b in secs2:
        pdf.lead(a, b, gap=1.4)
    pdf.ln(4)
    pdf.p("Signed in two copies, one in English and one in Spanish; both are equally valid.", "I")
    pdf.sigblock(
        [
            ("Employer", "Whitney A. Halvorsen", "Human Resources Manager"),
            ("Employee", "Nicolás Ferreyra Quispe", ""),
        ]
    )
    return pdf


# ============================================================================
# bc08  H-2B  es  offer letter, Letter, 2 pages
# ============================================================================
def bc08():
    pdf = Doc(
        "letter",
        "lsn",
        10.5,
        created=(2026, 2, 23),
        margins=(22, 16, 22),
        footer_left="Kill Devil Shores Hospitality Group, LLC · Recursos Humanos",
    )
    pdf.page_of_text = lambda: "%d/{nb}" % pdf.page_no()
    pdf.add_page()
    pdf.set_fill_color(0, 128, 140)
    pdf.rect(pdf.l_margin, 14, 6, 14, style="F")
    pdf.set_xy(pdf.l_margin + 9, 14)
    pdf.font("B", 14)
    pdf.cell(0, 7, "Kill Devil Shores Hospitality Group, LLC", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 9)
    pdf.font("", 9)
    pdf.cell(
        0,
        5,
        "2200 South Virginia Dare Trail, Nags Head, NC 27959  ·  hr@kdshospitality.example",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(7)
    pdf.p("23 de febrero de 2026", align="R")
    pdf.p("Sra. Yesenia Carrillo Montaño\nTlacotalpan, Veracruz, México", "B")
    pdf.head("Carta oferta de empleo temporal H-2B  -  Temporada de verano 2026", size=11.5)
    pdf.p(
        "Estimada Yesenia: nos da gusto ofrecerle un puesto de camarista en nuestros hoteles de la playa, en "
        "las condiciones que siguen."
    )
    pdf.kv(
        [
            (
                "Empleador",
                "Kill Devil Shores Hospitality Group, LLC, 2200 South Virginia Dare Trail, Nags Head, "
                "Carolina del Norte 27959",
            ),
            (
                "Puesto",
                "Camarista: hacer camas, cambiar blancos, limpiar baños y pisos, reponer amenidades y "
                "reportar fallas en las habitaciones",
            ),
            (
                "Lugar",
                "Hoteles Dunas Blancas Inn y Oceanfront Sands, Nags Head, Carolina del Norte",
            ),
            ("Fechas", "Del 20 de abril al 30 de septiembre de 2026"),
            ("Horario", "40 horas por semana, cinco turnos de 8 horas entre las 8:00 y las 17:00"),
            ("Salario", "$14.90 por hora"),
            ("Horas extra", "$22.35 por cada hora después de 40 a la semana"),
            ("Pago", "Cada dos semanas, los viernes, por depósito directo"),
            ("Herramientas", "Uniformes, carritos y productos de limpieza sin costo"),
        ],
        widths=(30, None),
        label_fill=(214, 238, 240),
        size=10,
    )
    pdf.p(
        "Si durante la temporada se publica un salario prevaleciente más alto para este puesto, se le pagará "
        "el nuevo salario desde la fecha en que entre en vigor."
    )
    pdf.lead(
        "Viaje y visa.",
        "Le reembolsamos en su primera semana el autobús de Veracruz a Nags Head, sus "
        "alimentos del camino, la cuota de la visa y el cruce fronterizo. Si termina la temporada, pagamos "
        "su regreso.",
    )
    pdf.lead(
        "Descuentos.",
        "Impuestos federales y estatales, Seguro Social y Medicare, y lo que se indica en "
        "la sección de alojamiento y comidas.",
    )

    pdf.add_page()
    pdf.head("Alojamiento y comidas", size=11.5)
    pdf.p(
        "La empresa ofrece cuarto compartido en el edificio de empleados Seagrass House a 110 dólares por "
        "semana, que se descuentan del cheque."
    )
    pdf.p(
        "El desayuno y la comida en el comedor de empleados cuestan 9 dólares diarios y se descuentan con "
        "cada pago."
    )
    pdf.p(
        "Por seguridad, las trabajadoras hospedadas no pueden salir del edificio después de las 10 de la "
        "noche ni recibir visitas, y quien no cumpla será dada de baja."
    )
    pdf.head("Documentos", size=11.5)
    pdf.p(
        "Recepción guardará los pasaportes de todo el personal extranjero en la caja fuerte del hotel durante "
        "la temporada."
    )
    pdf.head("Terminación", size=11.5)
    pdf.p(
        "Podemos terminar el empleo por causa justificada, por ejemplo robo o ausencias repetidas sin aviso. "
        "Si usted falta cinco días seguidos sin avisar, lo consideraremos abandono del empleo."
    )
    pdf.head("Reclutamiento", size=11.5)
    pdf.p(
        "Talento Hotelero Internacional MX nos ayudó a seleccionarla. Usted no tiene que pagarle nada; "
        "nosotros cubrimos sus servicios."
    )
    pdf.ln(3)
    pdf.p("Si está de acuerdo, firme esta carta y envíela escaneada a Recursos Humanos.")
    pdf.sigblock(
        [
            ("Por la empresa", "Corinne M. Batts", "Directora de Recursos Humanos"),
            ("Acepto", "Yesenia Carrillo Montaño", ""),
        ]
    )
    return pdf


# ============================================================================
# bc09  generic  en  tripartite employment agreement Nepal -> Malaysia, A4, 2 pages
# ============================================================================
def bc09():
    pdf = Doc(
        "A4",
        "lsr",
        10.3,
        created=(2026, 11, 3),
        margins=(20, 16, 20),
        footer_left="Himal Crest Overseas Manpower Pvt. Ltd. - Demand Letter KVG/DL/2026/114",
    )
    pdf.add_page()
    pdf.font("B", 13)
    pdf.cell(0, 7, "EMPLOYMENT AGREEMENT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("", 10)
    pdf.cell(
        0,
        5,
        "(Employer - Recruiting Agency - Worker)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            ("Party", "Name and address"),
            (
                "Employer",
                "Kinta Valley Glove Industries Sdn. Bhd., Lot 2217, Jalan Perindustrian Tasek 4, 31400 "
                "Ipoh, Perak, Malaysia",
            ),
            (
                "Agency",
                "Himal Crest Overseas Manpower Pvt. Ltd., Licence No. 1187/074/75, Bansbari, Kathmandu, Nepal",
            ),
            (
                "Worker",
                "Bishnu Bahadur Thapa Magar, Passport No. 10493827, Ward 6, Galyang, Syangja, Nepal",
            ),
        ],
        widths=(28, 142),
        size=9.8,
    )
    cl = [
        (
            "1. Position.",
            "Production Operator on the latex dipping and stripping lines: load formers onto the "
            "chain, strip finished gloves, inspect them for pinholes, pack gloves into cartons and keep the feeder "
            "area of the line clean.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 2217, Jalan Perindustrian Tasek 4, Ipoh, Perak, or its "
            "second plant at Lot 88, Kawasan Perindustrian Bercham, Ipoh.",
        ),
        ("3. Period.", "Two (2) years, from 1 March 2027 to 28 February 2029."),
        (
            "4. Working time.",
            "Working hours shall be arranged according to production requirements and the shift "
            "roster issued by the Factory Manager. Overtime work is paid at one and a half times the hourly rate.",
        ),
        (
            "5. Wages.",
            "Basic wage of MYR 1,700 per month, paid by bank transfer into the Worker's own account on or "
            "before the 7th day of every month.",
        ),
        (
            "6. Deductions.",
            "Only the following may be deducted from wages: income tax where applicable and any "
            "amount ordered by a Malaysian court.",
        ),
        (
            "7. Accommodation.",
            "The Employer provides hostel accommodation meeting the Workers' Minimum Standards "
            "of Housing and Amenities Act 1990, free of charge. Residents may leave the hostel on rest days only "
            "with a gate pass signed by the hostel warden and must be back by 8:00 p.m.",
        ),
    ]
    for a, b in cl:
        pdf.lead(a, b, gap=1.5)

    pdf.add_page()
    pdf.lead("8. Costs before departure.", "")
    for a, b in [
        (
            "(a)",
            "The Worker shall pay the Agency a service charge of NPR 85,000 (Nepalese Rupees eighty-five "
            "thousand only) for documentation and job placement.",
        ),
        (
            "(b)",
            "The contribution to the Foreign Employment Welfare Fund and the premium of the compulsory term "
            "life insurance, NPR 4,500 in total, shall be paid by the Worker before the labour permit is issued.",
        ),
        (
            "(c)",
            "The Worker bears the cost of issuing his passport, the Malaysian calling visa and the visa with "
            "reference (VDR), estimated at NPR 18,000.",
        ),
        (
            "(d)",
            "The pre-departure medical examination at an approved medical centre is paid by the Employer.",
        ),
        (
            "(e)",
            "The Employer pays the one-way air ticket from Kathmandu to Kuala Lumpur and the ground transfer "
            "to Ipoh.",
        ),
        (
            "(f)",
            "The Employer pays the Agency's recruitment commission under its demand letter of 12 October 2026.",
        ),
    ]:
        pdf.set_x(pdf.l_margin + 6)
        pdf.font("B")
        pdf.cell(9, pdf.lh(), a)
        pdf.font("")
        pdf.multi_cell(0, pdf.lh(), b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.ln(1)
    for a, b in [
        (
            "9. Documents.",
            "The Worker keeps his own passport. The Employer shall not hold it; a locker with the "
            "Worker's own key is provided in the hostel.",
        ),
        (
            "10. Termination.",
            "Either party may terminate this Agreement by giving one month's notice in writing. "
            "The Employer may dismiss the Worker without notice only for misconduct established after a due "
            "inquiry.",
        ),
        (
            "11. Disputes.",
            "Disputes shall be referred to the Labour Department of Peninsular Malaysia or to the "
            "Embassy of Nepal in Kuala Lumpur.",
        ),
    ]:
        pdf.lead(a, b, gap=1.5)
    pdf.ln(3)
    pdf.p("Signed at Kathmandu on 3 November 2026.")
    pdf.sigblock(
        [
            ("For the Employer", "Lim Chee Keong", "Human Resources Manager"),
            ("For the Agency", "Ramesh Prasad Adhikari", "Managing Director"),
            ("Worker", "Bishnu Bahadur Thapa Magar", ""),
        ],
        size=9.5,
    )
    return pdf


# ============================================================================
# bc10  generic  es  offer/contract Honduras -> Spain, A4, 2 pages, two columns on p1
# ============================================================================
def bc10():
    pdf = Doc(
        "A4",
        "dv",
        8.6,
        created=(2026, 10, 7),
        margins=(16, 14, 16),
        footer_left="Frutas del Condado Onubense, S.L. · CIF B21887432 · Campaña 2027",
    )
    pdf.page_of_text = lambda: "Pág. %d de {nb}" % pdf.page_no()
    pdf.add_page()
    pdf.band(
        "OFERTA DE EMPLEO Y CONTRATO DE TEMPORADA",
        "Campaña de frutos rojos 2027  ·  Contratación en origen",
        fill=(170, 30, 50),
        size=13,
    )
    cl = [
        (
            "1. Partes.",
            "De una parte, Frutas del Condado Onubense, S.L., con domicilio en Carretera A-494, km 12, "
            '21800 Moguer (Huelva), España ("la empresa"); de otra, Dilcia Marisol Banegas Euceda, con DNI '
            'hondureño 0501-1996-04417, vecina de San Manuel, Cortés ("la trabajadora"). Interviene como agencia '
            "de selección en Honduras Intermediación Laboral Valle de Sula, S. de R.L.",
        ),
        (
            "2. Puesto.",
            "Peona agrícola para la recolección de fresa y arándano en macrotúnel, limpieza de plantas, "
            "colocación de la fruta en tarrinas y traslado de cajas al punto de carga.",
        ),
        (
            "3. Lugar de trabajo.",
            "Fincas de la empresa en el paraje Las Madres, término municipal de Moguer, y en "
            "la finca El Avitor, Palos de la Frontera (Huelva).",
        ),
        ("4. Duración.", "Del 11 de enero al 20 de junio de 2027."),
        ("5. Jornada.", "Seis horas y media diarias, de lunes a sábado, de 7:30 a 14:00."),
        (
            "6. Salario.",
            "57,42 euros brutos por jornada efectiva, conforme al convenio colectivo del campo de la "
            "provincia de Huelva.",
        ),
        (
            "7. Descuentos.",
            "Del salario solo se descontarán la cotización de la trabajadora a la Seguridad Social, "
            "la retención del IRPF y el alojamiento según la cláusula 9.",
        ),
        (
            "8. Viaje.",
            "La empresa paga el billete de avión de ida San Pedro Sula-Madrid y el autobús hasta Moguer, "
            "y al terminar la campaña el billete de regreso a San Pedro Sula.",
        ),
        (
            "9. Alojamiento.",
            "La empresa facilita alojamiento en los módulos de la finca Las Madres, con cocina, "
            "duchas y lavadora. Por el alojamiento se descontarán 2,50 euros por cada día de estancia. La "
            "trabajadora puede salir libremente del alojamiento en su tiempo libre.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=9, balance=True, text_align="LEFT", line_height=1.3
    ) as cols:
        for a, b in cl:
            with cols.paragraph(bottom_margin=2.4) as par:
                pdf.font("B", 9)
                par.write(a + " ")
                pdf.font("", 9)
                par.write(b)

    pdf.add_page()
    pdf.head("10. Gastos previos al viaje", size=9.8)
    pdf.p(
        "El certificado médico y la prueba de tuberculosis se realizan en la clínica que indica la agencia y "
        "los abona la trabajadora: 1.900 lempiras.",
        size=9,
    )
    pdf.p(
        "Antes de viajar, la trabajadora debe aprobar el taller de inducción y prevención de riesgos que imparte "
        "la agencia en San Pedro Sula, con un costo de 2.400 lempiras a su cargo.",
        size=9,
    )
    pdf.p(
        "La agencia no cobra a la trabajadora ninguna comisión por la selección; sus honorarios los paga la "
        "empresa.",
        size=9,
    )
    pdf.head("11. Documentos", size=9.8)
    pdf.p(
        "La trabajadora guarda su pasaporte y su autorización de residencia y trabajo; la empresa no puede "
        "retenerlos.",
        size=9,
    )
    pdf.head("12. Legislación", size=9.8)
    pdf.p(
        "Este contrato se rige por el Estatuto de los Trabajadores y por el convenio colectivo del campo de la "
        "provincia de Huelva.",
        size=9,
    )
    pdf.ln(4)
    pdf.p("En San Pedro Sula, a 7 de octubre de 2026.", size=9)
    pdf.sigblock(
        [
            ("Por la empresa", "Rocío Garrido Bermejo", "Responsable de Personal"),
            ("La trabajadora", "Dilcia Marisol Banegas Euceda", ""),
            ("Por la agencia", "Osman Rigoberto Paz Mejía", "Intermediación Laboral Valle de Sula"),
        ],
        size=9,
    )
    return pdf


# ============================================================================
# bc11  generic  en  letter of offer Fiji -> Australia (compliant), A4, 2 pages
# ============================================================================
def bc11():
    pdf = Doc(
        "A4",
        "ls",
        9.6,
        created=(2026, 12, 1),
        margins=(20, 15, 20),
        footer_left="Lachlan Plains Meat Processors Pty Ltd · ABN 63 118 204 557",
    )
    pdf.add_page()
    pdf.set_fill_color(120, 20, 24)
    pdf.rect(0, 0, pdf.w, 24, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 6)
    pdf.font("B", 15)
    pdf.cell(0, 7, "Lachlan Plains Meat Processors", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("", 8.5)
    pdf.cell(
        0,
        5,
        "88 Saleyards Road, Cowra NSW 2794, Australia  ·  +61 2 5550 7731",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(31)
    pdf.p("1 December 2026", align="R")
    pdf.head(
        "Letter of offer and employment contract: Meat Processing Worker (boning room)", size=11
    )
    pdf.p(
        "Dear Semisi, we are pleased to offer you employment on the following terms. Please read them with "
        "your family or an adviser before you sign."
    )
    pdf.kv(
        [
            (
                "Employer",
                "Lachlan Plains Meat Processors Pty Ltd, 88 Saleyards Road, Cowra NSW 2794, Australia",
            ),
            ("Employee", "Semisi Vakacegu Naivalu, Lot 14 Vunimono Road, Nausori, Fiji"),
            (
                "Position",
                "Meat Processing Worker: trim and bone carcases on the boning line, pack and label cartons, "
                "clean knives and work stations at the end of the shift",
            ),
            ("Workplace", "Cowra plant, 88 Saleyards Road, Cowra NSW"),
            ("Term", "1 April 2027 to 31 March 2030"),
            (
                "Ordinary hours",
                "38 hours per week, Monday to Friday, 6:00 am to 2:36 pm with a 30-minute meal break",
            ),
            ("Pay rate", "AUD 29.15 per hour (Meat Industry Award, Level 3)"),
            ("Overtime", "Time and a half for the first 2 hours, double time after that"),
            ("Pay cycle", "Weekly, every Thursday, into your own Australian bank account"),
            (
                "Deductions",
                "PAYG income tax only; any other deduction needs your separate written consent and must "
                "be for your benefit",
            ),
            (
                "Return travel",
                "Economy airfare back to Nadi paid by the Employer at the end of the contract, or "
                "earlier if the Employer ends it",
            ),
            (
                "Ending employment",
                "Either party may end employment with four weeks' written notice; summary dismissal "
                "only for serious misconduct, after you have been given a chance to respond",
            ),
        ],
        widths=(36, None),
        label_fill=(244, 226, 226),
        size=9.3,
    )
    pdf.head("What the Employer pays", size=10.5)
    pdf.p(
        "The Employer pays your visa application charge, your pre-departure medical examination and police "
        "certificate, your airfare from Nadi to Sydney and the coach to Cowra, your health insurance premium "
        "for the whole stay, and the fees of our recruitment partner, Pacific Pathways Labour Services (Fiji) "
        "Pte Limited. You will not be asked to pay a bond, deposit or recruitment fee to anyone."
    )

    pdf.add_page()
    for a, b in [
        (
            "Superannuation.",
            "Superannuation contributions of 12% are paid by the Employer on top of your wage "
            "into a fund of your choice.",
        ),
        (
            "Equipment.",
            "Knives, mesh gloves, steel-toe boots, aprons and hearing protection are issued free and "
            "replaced free when worn out. You are not charged for accidental damage.",
        ),
        (
            "Accommodation.",
            "The Employer leases a furnished house for you and three co-workers at 6 Kendal "
            "Street, Cowra, and pays the rent, electricity and water.",
        ),
        ("Your passport.", "Your passport stays with you at all times."),
        (
            "Changing employer.",
            "You may move to another approved employer under the scheme rules without any "
            "penalty or charge.",
        ),
        (
            "Questions or complaints.",
            "You can contact the Fair Work Ombudsman on 13 13 94 or your country liaison "
            "officer at any time. Raising a concern will never affect your employment.",
        ),
    ]:
        pdf.lead(a, b, gap=1.8)
    pdf.ln(3)
    pdf.p("Yours sincerely,")
    pdf.sigblock(
        [
            ("For the Employer", "Bronwyn Keast", "People and Culture Manager"),
            ("I accept this offer", "Semisi Vakacegu Naivalu", "Date: ____________"),
        ]
    )
    return pdf


# ============================================================================
# bc12  generic  en+es  recruiter flyer / registration sheet Guatemala -> Canada, tall page, 1 page
# ============================================================================
BC12_FEES = [
    (
        "Inscripción al programa: Q1,200, no reembolsable.",
        "Program registration: Q1,200, non-refundable.",
    ),
    (
        "Garantía de cumplimiento: Q5,000 que se devuelven cuando regrese a Guatemala al terminar el contrato.",
        "Compliance guarantee: Q5,000, returned when you come back to Guatemala after finishing the contract.",
    ),
    (
        "Si abandona la granja antes de terminar, pierde la garantía y además paga una multa de Q3,000.",
        "If you leave the farm before the end, you lose the guarantee and also pay a Q3,000 fine.",
    ),
    (
        "El boleto de avión de ida a Toronto lo paga el empleador.",
        "The employer pays the one-way plane ticket to Toronto.",
    ),
    ("Vivienda sin costo en la granja.", "Free housing at the farm."),
]


def bc12():
    pdf = Doc(
        (120, 236),
        "dv",
        8.2,
        created=(2026, 12, 10),
        margins=(8, 8, 8),
        page_of=False,
        footer_left="Oportunidades Canadá Express GT",
    )
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_fill_color(200, 16, 46)
    pdf.rect(0, 0, pdf.w, 33, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 4)
    pdf.font("B", 16)
    pdf.cell(0, 8, "¡TRABAJO EN CANADÁ!", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("B", 11)
    pdf.cell(0, 6, "WORK IN CANADA!", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("B", 8)
    pdf.cell(
        0, 4.5, "Oportunidades Canadá Express GT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.font("", 7.5)
    pdf.cell(
        0,
        4.5,
        "Zona 1, Quetzaltenango  ·  WhatsApp +502 5555 0187",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    info = [
        (
            "Empresa / Employer",
            "Lakeshore Sun Greenhouses Inc., 1550 County Road 20, Leamington, Ontario, Canadá",
        ),
        (
            "Trabajo / Job",
            "Cosecha de tomate y pepino en invernadero, poda y empaque. / Greenhouse tomato and "
            "cucumber harvest, pruning and packing.",
        ),
        ("Lugar / Place", "Leamington, Ontario"),
        (
            "Fechas / Dates",
            "Del 15 de marzo al 30 de noviembre de 2027. / March 15 to November 30, 2027.",
        ),
        ("Horario / Hours", "48 horas por semana. / 48 hours per week."),
        ("Pago / Pay", "CAD 17.60 por hora. / CAD 17.60 per hour."),
    ]
    pdf.kv(
        info, widths=(34, None), size=8.2, label_fill=(255, 228, 228), borders="HORIZONTAL_LINES"
    )
    pdf.font("B", 9.5)
    pdf.set_fill_color(40, 40, 40)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0,
        6.5,
        "PAGOS DEL PROGRAMA  /  PROGRAM PAYMENTS",
        align="C",
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.grid(
        [("Español", "English")] + BC12_FEES,
        widths=(half, half),
        size=8.2,
        head_fill=(235, 235, 235),
    )
    pdf.p(
        "Depósitos solo en la cuenta Banrural 3-045-18872-6 a nombre de Oportunidades Canadá Express. / "
        "Deposits only to Banrural account 3-045-18872-6 in the name of Oportunidades Canadá Express.",
        "B",
        8,
    )
    pdf.p(
        "Requisitos: de 21 a 45 años, experiencia en agricultura, DPI vigente. Para inscribirse envíe foto de "
        "su DPI por WhatsApp. / Requirements: age 21 to 45, farm experience, valid DPI. To sign up, send a "
        "photo of your DPI by WhatsApp.",
        size=8,
    )
    pdf.set_fill_color(37, 211, 102)
    pdf.set_text_color(255, 255, 255)
    pdf.font("B", 10)
    pdf.cell(
        0,
        9,
        "¡Cupo limitado! / Limited places!",
        align="C",
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    return pdf


BUILDERS = {
    "bc%02d" % i: f
    for i, f in enumerate(
        [bc01, bc02, bc03, bc04, bc05, bc06, bc07, bc08, bc09, bc10, bc11, bc12], start=1
    )
}


# ----------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------
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


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def page_views(page):
    """Full-page text plus left/right half crops (for two-column and bilingual layouts)."""
    mid = page.width / 2
    views = [page.extract_text() or ""]
    views.append(page.crop((0, 0, mid, page.height)).extract_text() or "")
    views.append(page.crop((mid, 0, page.width, page.height)).extract_text() or "")
    return [norm(v) for v in views]


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        name = lab["file"]
        path = os.path.join(out_dir, name)
        program = lab["program"]
        scanned = set(lab["scanned"] or [])
        # label self-consistency with the taxonomy
        for t in lab["missing_terms"]:
            if t not in REQUIRED[program]:
                errors.append("%s: missing term %s is not required for %s" % (name, t, program))
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errors.append("%s: unknown category %s" % (name, fe["category"]))
            sev = expected_severity(fe["category"], program)
            if (
                fe["category"] == "visa_cost"
                and program != "generic"
                and fe["severity"] == "review"
            ):
                sev = "review"  # passport-only cost under H-2
            if fe["severity"] != sev:
                errors.append(
                    "%s: %s severity %s, expected %s" % (name, fe["category"], fe["severity"], sev)
                )
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append("%s: %d pages, label says %d" % (name, len(pdf.pages), lab["pages"]))
                continue
            views = {}
            for i, page in enumerate(pdf.pages, start=1):
                if i in scanned:
                    if page.chars:
                        errors.append("%s: scanned page %d has a text layer" % (name, i))
                    if not page.images:
                        errors.append("%s: scanned page %d has no image" % (name, i))
                    continue
                views[i] = page_views(page)
            for fe in lab["fees"]:
                if fe["page"] in scanned:
                    continue
                q = norm(fe["quote"])
                if not any(q in v for v in views.get(fe["page"], [])):
                    others = [p for p, vs in views.items() if any(q in v for v in vs)]
                    errors.append(
                        "%s: quote not found on page %d (found on %s): %s"
                        % (name, fe["page"], others, q)
                    )
            alltext = " ".join(v for vs in views.values() for v in vs)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append("%s: recruiter name not printed: %s" % (name, r))
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    random.seed(4242)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for stem, fn in BUILDERS.items():
        pdf = fn()
        data = strip_dct_decodeparms(bytes(pdf.output()))
        with open(os.path.join(out_dir, stem + ".pdf"), "wb") as fh:
            fh.write(data)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    files = {lab["file"] for lab in labels}
    errors = []
    if files != {s + ".pdf" for s in BUILDERS}:
        errors.append("labels.json files %s do not match built files" % sorted(files))
    errors += verify(out_dir, labels)
    if errors:
        for e in errors:
            print("MISMATCH:", e, file=sys.stderr)
        return 1
    print("built and verified %d documents in %s" % (len(BUILDERS), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
