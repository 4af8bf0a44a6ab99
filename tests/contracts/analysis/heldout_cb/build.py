#!/usr/bin/env python3
"""Build the held-out batch "cb" (compliant-heavy): cb01.pdf ... cb12.pdf + labels.json.

Usage:  python build.py OUT_DIR

Deterministic: fixed creation dates, fixed random seed for the one scanned page.
After writing, every PDF is reopened with pdfplumber and checked (page count, key
phrases on the right page, fee quotes verbatim on the labelled page, recruiter names
present, the scanned page carries no text layer). Exit status 1 if any check fails.
"""

import datetime as _dt
import io
import json
import os
import random
import re
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONT_FILES = {
    ("S", ""): "DejaVuSans.ttf",
    ("S", "B"): "DejaVuSans-Bold.ttf",
    ("S", "I"): "DejaVuSans-Oblique.ttf",
    ("S", "BI"): "DejaVuSans-BoldOblique.ttf",
    ("SC", ""): "DejaVuSansCondensed.ttf",
    ("SC", "B"): "DejaVuSansCondensed-Bold.ttf",
    ("SC", "I"): "DejaVuSansCondensed-Oblique.ttf",
    ("SC", "BI"): "DejaVuSansCondensed-BoldOblique.ttf",
    ("SR", ""): "DejaVuSerif.ttf",
    ("SR", "B"): "DejaVuSerif-Bold.ttf",
    ("SR", "I"): "DejaVuSerif-Italic.ttf",
    ("SR", "BI"): "DejaVuSerif-BoldItalic.ttf",
}
HAVE_DEJAVU = all(os.path.exists(os.path.join(FONT_DIR, f)) for f in _FONT_FILES.values())


def fx(s):
    """Hook for text fixes; DejaVu covers every character used, so text passes unchanged."""
    return s


FIXED_DATE = _dt.datetime(2026, 11, 30, 12, 0, 0, tzinfo=_dt.UTC)


class Doc(FPDF):
    """FPDF with a few helpers; header/footer are callables (pdf) -> None."""

    def __init__(
        self,
        fmt="Letter",
        margins=(20, 18, 20),
        title="",
        author="",
        body="S",
        size=10,
        header_fn=None,
        footer_fn=None,
        bottom=20,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.scan_pages = set()
        self.body = body
        self.size = size
        for (fam, style), fname in _FONT_FILES.items():
            self.add_font(fam, style, os.path.join(FONT_DIR, fname))
        self.set_creation_date(FIXED_DATE)
        self.set_title(fx(title))
        self.set_author(fx(author))
        self.set_creator("heldout_cb build.py")
        self.set_producer("fpdf2")

    # fonts -------------------------------------------------------------
    def F(self, fam=None, style="", size=None):
        fam = fam or self.body
        size = size or self.size
        self.set_font(fam, style, size)

    def header(self):
        if self.header_fn and self.page_no() not in self.scan_pages:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn and self.page_no() not in self.scan_pages:
            self.footer_fn(self)

    # text helpers ------------------------------------------------------
    def P(self, text, size=None, style="", lh=None, align="L", fam=None, after=1.5, indent=0):
        self.F(fam, style, size)
        size = size or self.size
        lh = lh or size * 0.47
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            0 if not indent else self.epw - indent,
            lh,
            fx(text),
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)

    def H(self, text, size=12, before=2, after=1.5, fam=None, align="L", color=None):
        self.ln(before)
        if color:
            self.set_text_color(*color)
        self.P(text, size=size, style="B", fam=fam, align=align, after=after)
        self.set_text_color(0, 0, 0)

    def RP(self, label, text, size=None, after=1.5, fam=None):
        """Paragraph with a bold run-in label."""
        size = size or self.size
        self.F(fam, "", size)
        lh = size * 0.47
        self.multi_cell(
            0, lh, fx("**%s** %s" % (label, text)), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(after)

    def BUL(self, items, size=None, bullet="\u2022", indent=5, after=1.2, fam=None):
        size = size or self.size
        for it in items:
            self.F(fam, "", size)
            y = self.get_y()
            self.set_x(self.l_margin + 1)
            self.cell(indent - 1, size * 0.47, fx(bullet))
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(
                self.epw - indent, size * 0.47, fx(it), markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(after)

    def TABLE(
        self,
        rows,
        widths,
        size=9,
        header=True,
        borders="ALL",
        fill=(225, 232, 240),
        lh=None,
        fam=None,
        bold_first_col=False,
        after=3,
    ):
        self.F(fam, "", size)
        self.set_fill_color(255, 255, 255)
        lh = lh or size * 0.5
        hs = FontFace(emphasis="BOLD", fill_color=fill) if header else None
        kwargs = dict(
            col_widths=widths,
            text_align="LEFT",
            borders_layout=borders,
            line_height=lh,
            first_row_as_headings=header,
            padding=1.2,
            cell_fill_mode="NONE",
            width=min(sum(widths), self.epw),
        )
        if hs:
            kwargs["headings_style"] = hs
        with self.table(**kwargs) as t:
            for r_i, r in enumerate(rows):
                row = t.row()
                for c_i, c in enumerate(r):
                    if bold_first_col and c_i == 0 and not (header and r_i == 0):
                        row.cell(fx(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(fx(c))
        self.ln(after)

    def band(self, h, color, text=None, size=14, tcolor=(255, 255, 255), sub=None):
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, h, style="F")
        if text:
            self.set_text_color(*tcolor)
            self.set_xy(self.l_margin, 4)
            self.F(None, "B", size)
            self.cell(0, size * 0.5, fx(text), new_x="LMARGIN", new_y="NEXT")
            if sub:
                self.F(None, "", 8.5)
                self.set_x(self.l_margin)
                self.cell(0, 4.5, fx(sub), new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.set_y(h + 5)

    def sigline(self, x, y, w, caption, size=8.5):
        self.line(x, y, x + w, y)
        self.set_xy(x, y + 1)
        self.F(None, "", size)
        self.multi_cell(w, size * 0.45, fx(caption))


def std_footer(text, size=7.5):
    def f(pdf):
        pdf.set_y(-13)
        pdf.F(None, "I", size)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, fx(text.replace("{p}", str(pdf.page_no()))), align="C")
        pdf.set_text_color(0, 0, 0)

    return f


# ---------------------------------------------------------------------------
# Scanned page (image only)
# ---------------------------------------------------------------------------


def _pil_font(size, bold=False, serif=False):
    name = ("DejaVuSerif%s.ttf" if serif else "DejaVuSans%s.ttf") % ("-Bold" if bold else "")
    path = os.path.join(FONT_DIR, name)
    if os.path.exists(path):
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def render_scan(blocks, seed, size=(1275, 1650), angle=0.8):
    """blocks: list of (kind, text) with kind in title/text/small/sig/gap/box."""
    rnd = random.Random(seed)
    W, H = size
    img = Image.new("L", size, 246)
    d = ImageDraw.Draw(img)
    x0, y = 120, 130
    maxw = W - 240
    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        if kind == "sig":
            # hand-drawn scribble over a signature line, caption below
            lx, lw = (120, 440) if text.startswith("L:") else (700, 440)
            cap = text[2:]
            pts = []
            cx = lx + 30
            for _ in range(22):
                cx += rnd.randint(12, 22)
                pts.append((cx, y + 40 + rnd.randint(-28, 22)))
            d.line(pts, fill=35, width=3)
            d.line([(lx, y + 70), (lx + lw, y + 70)], fill=60, width=2)
            d.text((lx, y + 80), cap, font=_pil_font(24), fill=45)
            if not text.startswith("L:"):
                y += 150
            continue
        if kind == "box":
            d.rectangle([W - 330, y, W - 130, y + 230], outline=60, width=2)
            d.text((W - 300, y + 240), text, font=_pil_font(22), fill=50)
            # smudged thumbprint
            for _ in range(900):
                r = rnd.random() * 70
                a = rnd.random() * 6.283
                px = int(W - 230 + r * 0.8 * __import__("math").cos(a))
                py = int(y + 115 + r * __import__("math").sin(a))
                d.point((px, py), fill=rnd.randint(60, 140))
            y += 290
            continue
        font = {
            "title": _pil_font(34, bold=True),
            "text": _pil_font(27, serif=True),
            "small": _pil_font(23),
        }[kind]
        words = text.split()
        line = ""
        lines = []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > maxw:
                lines.append(line)
                line = w
            else:
                line = t
        if line:
            lines.append(line)
        step = {"title": 50, "text": 40, "small": 33}[kind]
        for ln in lines:
            d.text(
                (x0 if kind != "title" else (W - d.textlength(ln, font=font)) / 2, y),
                ln,
                font=font,
                fill=rnd.randint(20, 45),
            )
            y += step
        y += 14
    # scanner artefacts: speckles, a grey edge, slight skew and blur
    for _ in range(5000):
        d.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 215))
    d.rectangle([0, 0, 18, H], fill=205)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    return buf


def add_scanned_page(pdf, blocks, seed):
    pdf.scan_pages.add(pdf.page + 1)
    pdf.add_page()
    pdf.set_auto_page_break(False)
    img = render_scan(blocks, seed)
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)


# ---------------------------------------------------------------------------
# Label helpers
# ---------------------------------------------------------------------------


def fee(category, severity, page, amount, currency, quote):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


def label(
    file, program, language, scanned, pages, fees, missing, recruiters, traps, doc_type, layout
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


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# cb01  h2a / en / compliant / job order (H-2A labor contractor)
# ===========================================================================
@doc
def cb01():
    def hdr(pdf):
        pdf.set_fill_color(46, 94, 60)
        pdf.rect(0, 0, pdf.w, 9, style="F")
        pdf.set_xy(pdf.l_margin, 2.2)
        pdf.set_text_color(255, 255, 255)
        pdf.F("S", "B", 8.5)
        pdf.cell(
            0,
            4.5,
            fx(
                "Benchland Harvest Services LLC  ·  H-2A Labor Contractor  ·  "
                "Clearance order WA-26-0457"
            ),
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(16)

    pdf = Doc(
        "Letter",
        title="Job order WA-26-0457",
        author="Benchland Harvest Services LLC",
        header_fn=hdr,
        footer_fn=std_footer("Job order WA-26-0457 · worker copy · page {p} of {nb}"),
        size=9.8,
    )
    pdf.add_page()
    pdf.H("AGRICULTURAL JOB ORDER AND WORK CONTRACT", size=14, before=0, align="C")
    pdf.P(
        "H-2A temporary agricultural employment — apple and pear harvest, 2026 season",
        size=10,
        style="I",
        align="C",
        after=3,
    )

    pdf.RP(
        "1. Employer.",
        "Benchland Harvest Services LLC, 1187 Sunnyslope Cutoff Road, "
        "Orondo, WA 98843; telephone (509) 555-0178. The employer is an H-2A labor "
        "contractor holding Washington farm labor contractor license FLC-20417. As the "
        "regulations require of H-2A labor contractors, it has posted a surety bond of "
        "$75,000 with the U.S. Department of Labor to guarantee the wages and benefits "
        "in this contract.",
    )
    pdf.RP(
        "2. Job offered.",
        "68 openings for Farmworker, Crop (SOC 45-2092.02). Workers pick "
        "apples and pears by hand from 10- and 12-foot orchard ladders into picking buckets "
        "and empty them gently into field bins; thin fruitlets; prop limbs; move and repair "
        "irrigation lines; and, on rainy days, sort culls at the receiving shed, where some "
        "workers tend the bin feeder that feeds fruit onto the pre-sort belt.",
    )
    pdf.RP(
        "3. Requirements.",
        "No previous experience is required. Workers must be able to "
        "climb and work from orchard ladders and to lift and carry a full picking bucket "
        "of about 40 pounds repeatedly during the shift.",
    )
    pdf.RP("4. Period of employment.", "From August 3, 2026 to November 6, 2026.")
    pdf.RP(
        "5. Hours.",
        "40 hours per week on average, Monday through Saturday, normally "
        "6:00 a.m. to 2:30 p.m. with a 30-minute unpaid lunch. Sundays are off. Workers "
        "are not required to work on their religious holidays or on July 4 and Labor Day.",
    )
    pdf.RP(
        "6. Wage rate.",
        "$20.14 per hour. During the apple harvest, workers may instead be "
        "paid $26.00 per bin picked when that gives more in the pay period; piece-rate "
        "earnings below the hourly rate are always topped up to $20.14 per hour.",
    )
    pdf.RP(
        "7. Wage adjustments.",
        "The employer pays the highest of the Adverse Effect Wage "
        "Rate, the prevailing wage, any agreed collective-bargaining rate, and the federal "
        "or Washington minimum wage. If any of them rises above $20.14 during the contract, "
        "the higher rate is paid from the day it takes effect.",
    )
    pdf.RP(
        "8. Payday.",
        "Every other Friday (biweekly), by direct deposit into the worker's own "
        "bank account or, if the worker prefers, by check handed out at the camp office.",
    )
    pdf.RP(
        "9. Earnings statements.",
        "Every payday each worker receives a written statement "
        "showing the hours offered and the hours actually worked, bins picked, rates of pay, "
        "gross pay, each deduction and the reason for it, and net pay.",
    )
    pdf.RP(
        "10. Deductions.",
        "Only these amounts are taken from pay: federal income tax, "
        "only if the worker asks for withholding on Form W-4; the employee premium of the "
        "Washington Paid Family and Medical Leave program, which state law requires; the "
        "daily meal charge in clause 12, for workers who sign up for cookhouse meals; and "
        "deductions the worker authorizes in writing for his own benefit, such as a money "
        "transfer to family. No deduction is ever made for housing, daily transportation, "
        "tools, the visa, or recruitment.",
    )
    pdf.RP(
        "11. Housing.",
        "Workers who cannot reasonably return to their permanent residence "
        "each day are housed free of charge at the Orondo camp, 1205 Sunnyslope Cutoff Road, "
        "Orondo, WA 98843, licensed as temporary worker housing by the Washington State "
        "Department of Health (license TWH-2231). No rent, utility charge or deposit is "
        "collected, including for mattresses, blankets or room keys.",
    )
    pdf.RP(
        "12. Meals.",
        "Each bunkhouse has a free kitchen with stoves, refrigerators and "
        "cooking utensils. Workers who prefer may sign up for three meals a day from the "
        "camp cookhouse at $15.10 per day, which does not exceed the maximum meal charge "
        "published by the Department of Labor for 2026; they may cancel with one week's "
        "notice.",
    )
    pdf.RP(
        "13. Travel to the job.",
        "Workers recruited in Mexico travel by chartered bus "
        "from Mexicali, Baja California. A worker who completes 50 percent of the contract "
        "period is reimbursed for the cost of travel and daily subsistence from Mexicali "
        "to Orondo, together with the visa fee and the border-crossing fee, unless the "
        "employer paid them directly. If these costs would bring the first workweek's pay "
        "below the minimum wage, the difference is repaid with the first week's wages.",
    )
    pdf.RP(
        "14. Travel home.",
        "A worker who completes the contract, or who is released early "
        "for any reason other than voluntary abandonment or termination for cause, is "
        "given transportation and daily subsistence back to Mexicali, paid by the employer.",
    )
    pdf.RP(
        "15. Daily transportation.",
        "Free transportation every workday between the camp "
        "and the orchards in employer buses that meet federal and state safety and "
        "insurance standards.",
    )
    pdf.RP(
        "16. Tools and equipment.",
        "Picking buckets, ladders, bins, thinning shears, gloves "
        "and rain gear are furnished free of charge and without a deposit. Workers are not "
        "charged for normal wear or for accidental damage to ladders or buckets.",
    )
    pdf.RP(
        "17. Three-fourths guarantee.",
        "The employer guarantees to offer each worker "
        "employment for a total number of hours equal to at least three-fourths of the "
        "workdays of the contract period, counted from the worker's first workday. If it "
        "does not, it pays the worker the amount he would have earned for the guaranteed "
        "hours.",
    )
    pdf.RP(
        "18. Workers' compensation.",
        "All workers are covered from their first workday by "
        "Washington State industrial insurance (workers' compensation) under Department of "
        "Labor and Industries account 889-104-55. The employer pays the whole premium; no "
        "part of it is taken from workers' pay.",
    )
    pdf.RP(
        "19. Recruitment.",
        "Workers in Mexico are recruited for the employer by Enlace "
        "Campo Norte, S.C., of Mexicali. The employer pays all of its fees and expenses. "
        "Neither the employer nor its recruiter may ask a worker for any payment — no "
        'application fee, placement fee, "paperwork" charge, gift or favor — for a place '
        "on this job; the recruitment agreement forbids it in writing.",
    )
    pdf.RP(
        "20. Documents.",
        "Workers keep their own passports, visas and identity cards at "
        "all times. Nobody working for the employer may ask for them or hold them.",
    )
    pdf.RP(
        "21. Abandonment and termination.",
        "A worker who does not report for work for 5 "
        "consecutive working days without the employer's consent is considered to have "
        "abandoned the job; the employer notifies the Department of Labor and the "
        "Department of Homeland Security within 2 working days. A worker may be dismissed "
        "for cause (violence, theft, or repeated refusal to follow safety rules) after a "
        "written warning. A worker who abandons the job or is dismissed for cause loses the "
        "three-fourths guarantee and the paid trip home.",
    )
    pdf.RP(
        "22. If the work becomes impossible.",
        "If fire, flood, hail, an early freeze or "
        "another Act of God makes it impossible to continue the work before November 6, "
        "2026, and the Certifying Officer agrees, the employer may end the contract early. "
        "It will then pay the three-fourths guarantee up to that day, pay the trip home, "
        "and make reasonable efforts to transfer workers to other H-2A employers.",
    )
    pdf.RP(
        "23. Complaints.",
        "No worker will be threatened, blacklisted, fired or reported to "
        "immigration for filing a complaint, speaking with a lawyer, a union or the "
        "Department of Labor, or testifying about these terms.",
    )
    pdf.RP(
        "24. Language.",
        "Each worker receives this contract in Spanish and in English no "
        "later than the day of the visa application.",
    )

    pdf.H("CAMP RULES", size=10.5, before=2)
    pdf.BUL(
        [
            "Quiet hours are 10:00 p.m. to 5:00 a.m.",
            "Residents come and go as they wish and may receive visitors in the common "
            "room until 10:00 p.m.",
            "Washers and dryers in the laundry room are free to use.",
            "Report broken stoves, heaters or plumbing to the camp office; repairs are made "
            "at the employer's expense.",
        ],
        size=9.5,
    )
    pdf.H("ATTACHMENT A — ORCHARDS WHERE THE WORK IS DONE", size=10.5, before=3)
    pdf.TABLE(
        [
            ["Grower / block", "Address", "Crops"],
            [
                "Rattlesnake Bench Orchard",
                "2240 Entiat Avenue, Orondo, WA 98843",
                "Gala, Honeycrisp",
            ],
            ["Pine Hollow Pears", "77 Pine Hollow Lane, Orondo, WA 98843", "Bartlett, d'Anjou"],
            [
                "Sunnyslope Home Block",
                "1187 Sunnyslope Cutoff Road, Orondo, WA 98843",
                "Fuji, Cosmic Crisp",
            ],
            [
                "Douglas Flats Ranch",
                "3315 Douglas Flats Road, Waterville, WA 98858",
                "Granny Smith",
            ],
        ],
        widths=(52, 82, 42),
        size=8.8,
    )

    pdf.ln(4)
    pdf.P("Signed for the employer on June 15, 2026:", size=9.5)
    y = pdf.get_y() + 12
    pdf.sigline(
        pdf.l_margin,
        y,
        75,
        "Dorothea Kasprzak-Luna, Compliance Manager\nBenchland Harvest Services LLC",
    )
    pdf.sigline(
        pdf.l_margin + 95, y, 75, "Worker's name and signature / Nombre y firma del trabajador"
    )

    phrases = [
        (1, "Benchland Harvest Services LLC, 1187 Sunnyslope Cutoff Road"),
        (1, "surety bond of $75,000"),
        (1, "$20.14 per hour"),
        (1, "$15.10 per day"),
        (3, "Dorothea Kasprzak-Luna"),
    ]
    lab = label(
        "cb01.pdf",
        "h2a",
        "en",
        False,
        3,
        [],
        [],
        ["Enlace Campo Norte, S.C."],
        [
            "H-2A labor contractor's surety bond posted by the employer ('bond' used lawfully)",
            "'bin feeder' / 'feeds' are job words, not fees",
            "lawful h2a meal charge within the cap (optional cookhouse meals, free kitchen)",
            "statutory/optional deductions: income tax on request, state paid-leave premium",
            "direct deposit of wages",
            "free housing, no deposit for mattresses, blankets or keys",
            "inbound travel, visa and border-crossing fee reimbursed",
            "tools free, no deposit; no charge for accidental damage (negated damage chargeback)",
            "workers' compensation premium paid by employer",
            "recruiter paid by employer; no application/placement/paperwork fee (negated recruitment fee)",
            "workers keep passports",
            "no blacklisting for complaints",
            "residents free to come and go; free laundry; repairs at employer's expense",
        ],
        "job_order",
        "letter; green header band; numbered run-in clauses; gridded worksite "
        "table; signature lines; footer page x of y",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb02  h2a / es / FEES (recruitment_fee, deposit_or_bond) / recruiter "service" contract
# ===========================================================================
@doc
def cb02():
    Q_FEE = (
        "Por los servicios descritos en la cláusula primera, EL SOLICITANTE cubrirá a LA "
        "GESTORA honorarios por la cantidad de $3,500.00 (tres mil quinientos pesos 00/100 "
        "M.N.), pagaderos en una sola exhibición al firmar el presente contrato."
    )
    Q_BOND = (
        "Para asegurar que EL SOLICITANTE se presente a su cita consular y cumpla la "
        "temporada completa, suscribirá a la orden de LA GESTORA un pagaré por $20,000.00 "
        "(veinte mil pesos 00/100 M.N.), que le será devuelto a su regreso a México."
    )

    pdf = Doc(
        "Letter",
        margins=(22, 18, 22),
        title="Contrato GAA-26/118",
        author="Gestoría Agrícola del Altiplano, S.C.",
        body="SR",
        size=10,
        footer_fn=std_footer(
            "Gestoría Agrícola del Altiplano, S.C. · Av. Hidalgo 412, "
            "Centro, Fresnillo, Zac. · Tel. 493 555 0192 · Contrato "
            "GAA-26/118 · Hoja {p} de {nb}"
        ),
    )
    pdf.add_page()
    pdf.H(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE ASESORÍA Y GESTIÓN PARA EMPLEO TEMPORAL "
        "EN LOS ESTADOS UNIDOS (PROGRAMA H-2A)",
        size=11.5,
        before=0,
        align="C",
        fam="SR",
    )
    pdf.P(
        "Que celebran, por una parte, GESTORÍA AGRÍCOLA DEL ALTIPLANO, S.C., representada en "
        "este acto por el Lic. Rogelio Candelas Ibarra, a quien en lo sucesivo se le denominará "
        '"LA GESTORA", y por la otra el C. Eusebio Tránsito Marín Robles, por su propio '
        'derecho, a quien en lo sucesivo se le denominará "EL SOLICITANTE", al tenor de los '
        "siguientes antecedentes y cláusulas.",
        align="J",
        after=2.5,
    )
    pdf.H("ANTECEDENTES", size=10.5, align="C", fam="SR")
    pdf.P(
        "I. LA GESTORA manifiesta ser una sociedad civil constituida conforme a las leyes "
        "mexicanas, con domicilio en Av. Hidalgo 412, Centro, Fresnillo, Zacatecas, y que "
        'colabora con Timpas Creek Melon Farms LLC (en adelante "EL EMPLEADOR") en la '
        "selección de trabajadores agrícolas para su solicitud de visas H-2A.",
        align="J",
    )
    pdf.P(
        "II. EL SOLICITANTE manifiesta ser originario de Villa de Cos, Zacatecas, "
        "identificarse con credencial para votar con clave de elector MRRBEU85031232H500, y "
        "contar con experiencia en la cosecha de hortalizas.",
        align="J",
    )
    pdf.P(
        "III. Ambas partes reconocen que la expedición de la visa es facultad exclusiva del "
        "Consulado de los Estados Unidos y que LA GESTORA no puede garantizarla.",
        align="J",
        after=2.5,
    )
    pdf.H("CLÁUSULAS", size=10.5, align="C", fam="SR")
    pdf.RP(
        "PRIMERA. Objeto.",
        "LA GESTORA integrará el expediente de EL SOLICITANTE, lo "
        "registrará ante EL EMPLEADOR, agendará su cita en el Consulado General en Monterrey "
        "y le dará orientación sobre el viaje y el trabajo.",
    )
    pdf.RP(
        "SEGUNDA. Condiciones del empleo.",
        "EL EMPLEADOR ofrece las siguientes condiciones, tomadas de su orden de trabajo:",
    )
    pdf.TABLE(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Timpas Creek Melon Farms LLC, 27450 County Road 21, Rocky Ford, "
                "Colorado 81067, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola: cosecha a mano de melón y sandía, carga de cajas en "
                "remolques y deshierbe con azadón",
            ],
            [
                "Lugar de trabajo",
                "Campos de EL EMPLEADOR en los condados de Otero y Crowley, Colorado",
            ],
            ["Periodo", "Del 6 de julio al 25 de septiembre de 2026"],
            ["Horario", "8 horas diarias, de lunes a sábado (48 horas por semana)"],
            ["Salario", "18.25 dólares por hora"],
            ["Pago", "Cada semana, los viernes"],
            ["Descuentos", "Solo los impuestos que el trabajador solicite por escrito"],
            ["Vivienda", "Gratuita, en las casas de EL EMPLEADOR en Rocky Ford"],
            ["Comidas", "Cocina equipada sin costo en cada casa"],
            ["Transporte diario", "Gratuito, de la vivienda a los campos"],
            [
                "Viaje de ida",
                "EL EMPLEADOR reembolsa el autobús, las comidas del camino y la cuota "
                "de la visa al cumplir la mitad del contrato, o en la primera semana si "
                "así lo exige la ley de salario mínimo",
            ],
            ["Viaje de regreso", "Pagado por EL EMPLEADOR al terminar la temporada"],
            ["Herramientas", "Se entregan sin costo y sin depósito"],
            ["Requisitos", "Una temporada de experiencia en cosecha; poder cargar 25 kilos"],
        ],
        widths=(38, 133.9),
        size=9,
        fam="SR",
        bold_first_col=True,
    )
    pdf.RP(
        "TERCERA. Honorarios.",
        Q_FEE + " LA GESTORA no cobra cantidad alguna por la visa: "
        "la cuota consular la paga EL SOLICITANTE en el banco y se la reembolsa EL EMPLEADOR "
        "como se indica en la cláusula segunda.",
    )
    pdf.RP("CUARTA. Garantía.", Q_BOND)
    pdf.RP(
        "QUINTA. Documentos.",
        "EL SOLICITANTE conserva en todo momento su pasaporte y su "
        "credencial; LA GESTORA únicamente toma fotocopias para integrar el expediente.",
    )
    pdf.RP(
        "SEXTA. Terminación del empleo.",
        "EL EMPLEADOR solo puede despedir por causa "
        "justificada; si EL SOLICITANTE falta cinco días hábiles seguidos sin aviso, se "
        "considera que abandonó el trabajo y pierde el derecho al viaje de regreso pagado.",
    )
    pdf.RP(
        "SÉPTIMA. Quejas.",
        "EL SOLICITANTE puede acudir al Consulado de México en Denver "
        "o a cualquier oficina del trabajo si tiene un problema con sus condiciones.",
    )
    pdf.RP(
        "OCTAVA. Jurisdicción.",
        "Para la interpretación y cumplimiento del presente "
        "contrato, las partes se someten a los tribunales de Fresnillo, Zacatecas, "
        "renunciando a cualquier otro fuero.",
    )
    pdf.P(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, "
        "lo firman por duplicado en Fresnillo, Zacatecas, a 9 de marzo de 2026.",
        align="J",
        after=4,
    )
    y = pdf.get_y() + 16
    if y > pdf.h - 50:
        pdf.add_page()
        y = pdf.get_y() + 16
    pdf.sigline(pdf.l_margin, y, 62, "LA GESTORA\nLic. Rogelio Candelas Ibarra\nFirma y sello")
    pdf.sigline(pdf.l_margin + 72, y, 62, "EL SOLICITANTE\nEusebio Tránsito Marín Robles\nFirma")
    pdf.rect(pdf.l_margin + 142, y - 22, 28, 30)
    pdf.set_xy(pdf.l_margin + 142, y + 9)
    pdf.F("SR", "", 8)
    pdf.cell(28, 4, "Huella", align="C")

    pg_fee = 2
    phrases = [
        (1, "GESTORÍA AGRÍCOLA DEL ALTIPLANO"),
        (1, "Timpas Creek Melon Farms LLC"),
        (1, "18.25 dólares por hora"),
    ]
    lab = label(
        "cb02.pdf",
        "h2a",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", pg_fee, 3500, "MXN", Q_FEE),
            fee("deposit_or_bond", "violation", pg_fee, 20000, "MXN", Q_BOND),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Gestoría Agrícola del Altiplano, S.C."],
        [
            "visa fee paid in the bank but reimbursed by the employer; gestora charges nothing for the visa",
            "free housing (h2a)",
            "free kitchen",
            "inbound travel reimbursed by employer",
            "tools free, no deposit",
            "worker keeps passport; recruiter keeps photocopies only",
            "voter-ID key (clave de elector) number",
        ],
        "recruiter_agreement",
        "serif legal style; antecedentes and numbered cláusulas; gridded "
        "terms table; signature lines with fingerprint box; footer with folio",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb03  h2a / es / compliant / work contract; page 3 is an image-only scan
# ===========================================================================
@doc
def cb03():
    def hdr(pdf):
        pdf.F("S", "B", 8)
        pdf.set_text_color(120, 60, 20)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(
            0, 4, fx("NAHUNTA SWEET POTATO FARMS, INC. — CONTRATO DE TRABAJO H-2A 2026"), align="L"
        )
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(0, 4, fx("Copia del trabajador"), align="R")
        pdf.set_draw_color(120, 60, 20)
        pdf.line(pdf.l_margin, 13, pdf.w - pdf.r_margin, 13)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(17)

    pdf = Doc(
        "Letter",
        margins=(18, 18, 18),
        title="Contrato de trabajo H-2A 2026",
        author="Nahunta Sweet Potato Farms, Inc.",
        size=9.6,
        header_fn=hdr,
        footer_fn=std_footer("Página {p} de {nb}"),
    )
    pdf.add_page()
    pdf.H("CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)", size=14, before=0, align="C")
    pdf.P(
        'Entre Nahunta Sweet Potato Farms, Inc. ("EL PATRÓN") y el trabajador cuyo nombre '
        'aparece abajo ("EL TRABAJADOR"). Este contrato repite, en español, las condiciones '
        "de la orden de trabajo aprobada por el Departamento del Trabajo.",
        align="C",
        after=3,
    )
    pdf.TABLE(
        [
            ["Resumen", ""],
            [
                "Patrón",
                "Nahunta Sweet Potato Farms, Inc., 4815 Nahunta Road, Fremont, Carolina del "
                "Norte 27830, EE. UU. · Tel. (919) 555-0126",
            ],
            ["Trabajador", "Aurelio Benítez Cuevas, de Dolores Hidalgo, Guanajuato"],
            [
                "Puesto",
                "Trabajador agrícola: trasplante de guía de camote, deshierbe con azadón, "
                "cosecha a mano de camote en cubetas y llenado de cajones",
            ],
            [
                "Lugar",
                "Campos de EL PATRÓN en Fremont y Pikeville, condado de Wayne, Carolina del Norte",
            ],
            ["Temporada", "Del 18 de mayo al 20 de noviembre de 2026"],
            [
                "Jornada",
                "40 horas por semana: de lunes a viernes, de 7:00 a 16:00, con una hora "
                "para comer; el trabajo en sábado es voluntario",
            ],
            [
                "Salario",
                "$16.19 por hora; en la cosecha, $0.65 por cubeta si eso resulta mayor, y "
                "nunca menos de $16.19 por cada hora trabajada",
            ],
            [
                "Día de pago",
                "Cada semana, los jueves, por depósito directo en la cuenta del "
                "trabajador o con cheque, como él prefiera",
            ],
        ],
        widths=(30, 149.9),
        size=9,
        bold_first_col=True,
    )
    pdf.H("1. El salario más alto", size=10.5, before=1)
    pdf.P(
        "EL PATRÓN pagará siempre la tarifa más alta entre la tarifa AEWR, el salario "
        "prevaleciente, el salario de un contrato colectivo y el salario mínimo federal o "
        "estatal. Si alguna de ellas sube durante la temporada, la nueva tarifa se paga desde "
        "el día en que entre en vigor."
    )
    pdf.H("2. Descuentos", size=10.5, before=1)
    pdf.P(
        "Del cheque solo se descontará: el impuesto federal sobre la renta, únicamente si EL "
        "TRABAJADOR lo pide por escrito, y las cantidades que EL TRABAJADOR autorice por "
        "escrito para su propio beneficio, como el envío de dinero a su familia. No se hará "
        "ningún descuento por vivienda, transporte, herramientas, visa ni reclutamiento."
    )
    pdf.H("3. Garantía de las tres cuartas partes", size=10.5, before=1)
    pdf.P(
        "EL PATRÓN ofrecerá trabajo por lo menos por las tres cuartas partes (3/4) de las "
        "horas de los días laborables de la temporada. Si no lo hace, pagará a EL TRABAJADOR "
        "lo que habría ganado por las horas que faltaron."
    )
    pdf.H("4. Vivienda", size=10.5, before=1)
    pdf.P(
        "Vivienda gratuita en el campamento de EL PATRÓN, 4821 Nahunta Road, Fremont, "
        "inspeccionada por el Departamento del Trabajo de Carolina del Norte. No se cobra "
        "renta, luz, agua ni gas, y no se pide fianza ni depósito por camas, colchones o llaves."
    )
    pdf.H("5. Comidas", size=10.5, before=1)
    pdf.P(
        "Cada casa tiene cocina con estufa, refrigerador y trastes, sin costo alguno para EL "
        "TRABAJADOR, que puede preparar sus propios alimentos."
    )

    pdf.add_page()
    cols = pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.05, balance=True)
    paras = [
        (
            "6. Viaje de ida. ",
            "Al completar el 50 % del contrato, EL PATRÓN reembolsa el "
            "autobús desde Dolores Hidalgo, las comidas del camino, el hotel en Monterrey durante "
            "la cita consular y la cuota de la visa. Si esos gastos dejan el pago de la primera "
            "semana por debajo del salario mínimo, la diferencia se paga en la primera semana.",
        ),
        (
            "7. Viaje de regreso. ",
            "Al terminar el contrato, EL PATRÓN paga el autobús y las "
            "comidas de regreso hasta Dolores Hidalgo.",
        ),
        (
            "8. Transporte diario. ",
            "Gratuito, en camionetas de EL PATRÓN, del campamento a los campos y de regreso.",
        ),
        (
            "9. Herramientas. ",
            "Azadones, cubetas, cuchillos, guantes e impermeables se entregan "
            "sin costo alguno y sin depósito.",
        ),
        (
            "10. Seguro de accidentes. ",
            "Desde su llegada, EL TRABAJADOR está cubierto por el "
            "seguro de compensación al trabajador (workers' compensation) que EL PATRÓN contrata y "
            "paga con Tar Heel Mutual Insurance Co., póliza WC-26-447190.",
        ),
        (
            "11. Talones de pago. ",
            "Con cada pago EL TRABAJADOR recibe un talón con las horas "
            "ofrecidas y trabajadas, las cubetas, la tarifa, el pago bruto, cada descuento y el "
            "pago neto.",
        ),
        (
            "12. Requisitos. ",
            "Un mes de experiencia en trabajo agrícola manual; poder agacharse "
            "y cargar cubetas de 15 kilos durante la jornada.",
        ),
        (
            "13. Abandono y despido. ",
            "Si EL TRABAJADOR falta 5 días laborables seguidos sin "
            "permiso, se considera que abandonó el trabajo y EL PATRÓN avisará al gobierno en 2 "
            "días hábiles. El despido solo procede por causa justificada y después de una "
            "advertencia por escrito. Quien abandona o es despedido con causa pierde la garantía "
            "de 3/4 y el viaje de regreso pagado.",
        ),
        (
            "14. Fuerza mayor. ",
            "Si un huracán, una inundación, un incendio u otra causa de "
            "fuerza mayor hace imposible seguir trabajando, EL PATRÓN, con aprobación del "
            "Departamento del Trabajo, puede terminar el contrato antes de tiempo; aun así pagará "
            "la garantía de 3/4 hasta esa fecha y el viaje de regreso, y tratará de colocar a EL "
            "TRABAJADOR con otro patrón H-2A.",
        ),
        (
            "15. Reclutamiento sin costo. ",
            "EL TRABAJADOR fue seleccionado por Agencia Bajío "
            "Surco, S.C., cuyos servicios paga EL PATRÓN. Ni EL PATRÓN ni la agencia pueden cobrar "
            'al trabajador cuota, comisión, trámite ni "cooperación" alguna por el empleo: el '
            "trabajo es sin costo alguno para EL TRABAJADOR.",
        ),
        (
            "16. Documentos. ",
            "EL TRABAJADOR guarda su pasaporte, su visa y su credencial. Nadie "
            "puede pedírselos ni retenerlos.",
        ),
        (
            "17. Quejas. ",
            "EL TRABAJADOR puede quejarse ante el Departamento del Trabajo, su "
            "consulado o un abogado. Nadie lo amenazará, lo pondrá en una lista negra ni lo "
            "despedirá por hacerlo.",
        ),
        (
            "18. Idioma. ",
            "EL TRABAJADOR recibió este contrato en español antes de su cita "
            "consular; la constancia firmada está en la hoja siguiente.",
        ),
    ]
    with cols:
        for head, body in paras:
            with cols.paragraph(bottom_margin=2.2) as par:
                pdf.F("S", "B", 9.6)
                par.write(fx(head))
                pdf.F("S", "", 9.6)
                par.write(fx(body))

    add_scanned_page(
        pdf,
        [
            ("title", "CONSTANCIA DE RECEPCIÓN DEL CONTRATO"),
            ("gap", 30),
            (
                "text",
                "Yo, Aurelio Benítez Cuevas, con pasaporte mexicano número G48192057, hago "
                "constar que el día 28 de abril de 2026, en Dolores Hidalgo, Guanajuato, "
                "recibí una copia en español de mi contrato de trabajo con Nahunta Sweet "
                "Potato Farms, Inc., antes de mi cita en el consulado.",
            ),
            (
                "text",
                "Me leyeron y explicaron las condiciones y las entiendo. Conservo mi pasaporte "
                "y mi credencial en mi poder.",
            ),
            ("gap", 70),
            ("sig", "L:Firma del trabajador"),
            ("sig", "R:Por Nahunta Sweet Potato Farms, Inc."),
            ("gap", 40),
            ("box", "Huella del trabajador"),
            ("small", "Testigo: Maricela Ortega Luna (Agencia Bajío Surco, S.C.)"),
            ("small", "Dolores Hidalgo, Gto., a 28 de abril de 2026"),
        ],
        seed=3031,
    )

    phrases = [
        (1, "Nahunta Sweet Potato Farms, Inc., 4815 Nahunta Road"),
        (1, "$16.19 por hora"),
        (1, "no se pide fianza ni depósito"),
        (2, "Tar Heel Mutual Insurance Co."),
        (2, "Agencia Bajío"),
        (2, "WC-26-447190"),
    ]
    lab = label(
        "cb03.pdf",
        "h2a",
        "es",
        True,
        3,
        [],
        [],
        ["Agencia Bajío Surco, S.C."],
        [
            "'depósito directo' is the way wages are paid",
            "negated deductions for housing, transport, tools, visa, recruitment",
            "free housing; no fianza or depósito for beds or keys",
            "free kitchen (sin costo alguno)",
            "inbound bus, Monterrey hotel and visa fee reimbursed",
            "tools free, no deposit",
            "workers' compensation insurance paid by employer ('seguro')",
            "agency paid by employer; no cuota/comisión/trámite/cooperación (negated recruitment fee)",
            "worker keeps passport",
            "no blacklist for complaints",
            "passport number on the scanned receipt page",
        ],
        "work_contract",
        "letter; header rule and footer; summary table; page 2 in two text "
        "columns; page 3 SCANNED image-only signed receipt with fingerprint box",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb04  h2a / en / FEES (housing_charge utilities, equipment_charge deposit) / offer letter
# ===========================================================================
@doc
def cb04():
    Q_HOUSE = (
        "A utility contribution of $35.00 per week is deducted from each worker's pay "
        "to cover electricity, water and propane at the company housing."
    )
    Q_TOOL = (
        "For the June pruning, each worker is issued pruning shears and a holster; a "
        "$60.00 refundable deposit is withheld from the first paycheck and returned when "
        "the shears are turned in."
    )

    pdf = Doc(
        "Letter",
        margins=(22, 16, 22),
        title="H-2A offer of employment",
        author="Satilla River Blueberry Co., LLC",
        size=10,
        footer_fn=std_footer(
            "Satilla River Blueberry Co., LLC · offer SRB-2026-031 · page {p} of {nb}"
        ),
    )
    pdf.add_page()
    pdf.band(
        24,
        (58, 52, 110),
        "Satilla River Blueberry Co., LLC",
        sub="2216 Bickley Church Road, Alma, GA 31510  ·  (912) 555-0187  ·  "
        "hiring@satillariverblue.example",
    )
    pdf.P("February 9, 2026", after=3)
    pdf.P(
        "Mr. Leonel Sánchez Cuamatzi\nCalle Juárez 18, San Pablo del Monte, Tlaxcala, Mexico",
        after=3,
    )
    pdf.P(
        "Re: Offer of temporary agricultural employment (H-2A), 2026 blueberry season",
        style="B",
        after=3,
    )
    pdf.P("Dear Mr. Sánchez,")
    pdf.P(
        "We are pleased to offer you seasonal work on our blueberry farm. The table below "
        "repeats the main terms of our certified job order; page 2 explains pay deductions "
        "and the rules for leaving the job. Please read both pages before you sign.",
        after=3,
    )
    pdf.TABLE(
        [
            ["Term", "What we offer"],
            [
                "Employer",
                "Satilla River Blueberry Co., LLC, 2216 Bickley Church Road, Alma, GA 31510",
            ],
            [
                "Position",
                "Farmworker: hand-harvest blueberries into buckets, carry full flats to the "
                "field scale, weed, and prune bushes after harvest",
            ],
            [
                "Work site",
                "Company fields on Bickley Church Road and Ten Mile Creek Road, Bacon "
                "County, Georgia",
            ],
            ["Dates", "April 13, 2026 to June 26, 2026"],
            ["Hours", "About 40 hours per week, Monday to Saturday, starting at 7:00 a.m."],
            ["Wage", "$14.68 per hour, or $0.60 per pound picked if that pays more for the week"],
            [
                "Higher rates",
                "If a higher AEWR, prevailing wage or minimum wage takes effect during "
                "the season, it is paid from its effective date",
            ],
            ["Payday", "Every Friday, by check"],
            [
                "Guarantee",
                "Work offered for at least three-fourths of the workdays in the season, "
                "or the difference is paid",
            ],
            ["Housing", "Provided at the company housing, 2230 Bickley Church Road, Alma"],
            ["Meals", "Free kitchen in each house, with stoves, refrigerators and pots"],
            [
                "Travel to Georgia",
                "Bus from Tlaxcala via Nuevo Laredo, road meals and the visa fee "
                "are reimbursed in your first workweek",
            ],
            ["Travel home", "Bus fare and road meals to Tlaxcala paid at the end of the season"],
            ["Daily rides", "Free company van from housing to the fields"],
            ["Tools", "Picking buckets, belts and flats supplied at no charge"],
            [
                "Injuries",
                "Covered by our workers' compensation policy with Altamaha Farm "
                "Casualty, policy 77-WC-20931",
            ],
            ["Deductions", "Taxes you ask us to withhold, and the items on page 2"],
            ["Requirements", "Three months of hand-harvest experience in any crop"],
        ],
        widths=(36, 135.9),
        size=9,
        bold_first_col=True,
    )

    pdf.add_page()
    pdf.H("Pay deductions", size=11.5, before=0)
    pdf.P("Besides any taxes you ask us to withhold, two items are taken from pay:")
    pdf.BUL(["**Housing utilities.** " + Q_HOUSE, "**Pruning tools.** " + Q_TOOL])
    pdf.P(
        "No one may charge you a fee to be hired, and no part of your hourly wage is held "
        "back: all wages earned in a week are paid on that week's Friday.",
        after=2,
    )
    pdf.H("Season-completion bonus", size=11.5)
    pdf.P(
        "Workers who stay through June 26, 2026 receive a bonus of $0.50 for every hour "
        "worked during the season. The bonus is paid in addition to, never instead of, the "
        "hourly wage."
    )
    pdf.H("Leaving the job", size=11.5)
    pdf.P(
        "A worker who misses 5 consecutive workdays without permission is considered to have "
        "left the job, and we must report this to the Department of Labor and to immigration "
        "authorities within 2 working days. We may dismiss a worker for cause (for example "
        "violence, theft or repeated unsafe conduct) after a written warning. Workers who "
        "leave voluntarily or are dismissed for cause are not owed the trip home or the "
        "three-fourths guarantee."
    )
    pdf.H("Your rights", size=11.5)
    pdf.P(
        "You keep your own passport and visa. You may talk with the Department of Labor, "
        "your consulate or a legal aid office at any time, and you will not be punished or "
        "kept from future seasons for doing so."
    )
    pdf.ln(6)
    pdf.P("Sincerely,", after=12)
    pdf.P("Harlan Boatwright-Reyes\nFarm Manager, Satilla River Blueberry Co., LLC", after=8)
    pdf.P("I have read both pages and accept this offer.", style="B", after=14)
    y = pdf.get_y()
    pdf.sigline(pdf.l_margin, y, 80, "Leonel Sánchez Cuamatzi")
    pdf.sigline(pdf.l_margin + 100, y, 60, "Date")

    phrases = [
        (1, "Satilla River Blueberry Co., LLC, 2216 Bickley Church Road"),
        (1, "$14.68 per hour"),
        (2, "Season-completion bonus"),
    ]
    lab = label(
        "cb04.pdf",
        "h2a",
        "en",
        False,
        2,
        [
            fee("housing_charge", "violation", 2, 35, "USD", Q_HOUSE),
            fee("equipment_charge", "violation", 2, 60, "USD", Q_TOOL),
        ],
        ["earnings_statements", "contract_impossibility"],
        [],
        [
            "completion bonus paid on top of the hourly wage (not wage withholding)",
            "'no part of your hourly wage is held back' (negated wage withholding)",
            "free kitchen",
            "inbound bus, meals and visa fee reimbursed in first workweek",
            "picking buckets, belts and flats free",
            "workers' compensation policy (insurance paid by employer)",
            "no fee to be hired (negated recruitment fee)",
            "worker keeps passport; no punishment for complaints",
            "abandonment reported to DOL and immigration (lawful notice, not a threat)",
        ],
        "offer_letter",
        "letter; purple letterhead band; gridded two-column terms table on "
        "page 1; bulleted deductions and short sections on page 2; signature lines",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb05  h2b / en / compliant / job order (landscaping)
# ===========================================================================
@doc
def cb05():
    def hdr(pdf):
        pdf.set_fill_color(32, 96, 128)
        pdf.rect(0, 0, pdf.w, 12, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, 3.5)
        pdf.F("S", "B", 9)
        pdf.cell(0, 5, fx("POST OAK HOLLOW LANDSCAPE SERVICES, INC."))
        pdf.set_xy(pdf.l_margin, 3.5)
        pdf.F("S", "", 8)
        pdf.cell(0, 5, fx("H-2B job order TX-2026-20815"), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(19)

    pdf = Doc(
        "Letter",
        margins=(20, 18, 20),
        title="H-2B job order TX-2026-20815",
        author="Post Oak Hollow Landscape Services, Inc.",
        size=9.8,
        header_fn=hdr,
        footer_fn=std_footer(
            "Post Oak Hollow Landscape Services, Inc. — job order TX-2026-20815 — {p}/{nb}"
        ),
    )
    pdf.add_page()
    pdf.H("JOB ORDER — H-2B TEMPORARY NON-AGRICULTURAL EMPLOYMENT", size=13, before=0)
    pdf.P(
        "Landscape Laborer (SOC 37-3011) · 35 openings · copy for the worker in English; "
        "a Spanish copy is provided at the same time.",
        style="I",
        after=3,
    )
    pdf.H("At a glance", size=11)
    pdf.BUL(
        [
            "**Employer:** Post Oak Hollow Landscape Services, Inc., 1420 Millers Ferry Road, "
            "Conroe, TX 77301 · (936) 555-0143",
            "**Job:** Landscape Laborer — mow, edge and trim lawns; plant trees, shrubs, flowers "
            "and sod; spread mulch and topdressing; install and repair drip irrigation lines and "
            "feeder tubing; operate string trimmers, leaf blowers and walk-behind mowers; load and "
            "unload trailers.",
            "**Where:** Commercial and residential customer properties in Montgomery and Harris "
            "Counties, Texas; crews leave from the company yard at 1420 Millers Ferry Road, Conroe.",
            "**Dates:** March 2, 2026 to November 30, 2026.",
            "**Hours:** 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a "
            "30-minute unpaid lunch.",
            "**Pay:** $17.04 per hour.",
            "**Overtime:** $25.56 per hour for all hours over 40 in a workweek.",
            "**Payday:** Every Friday (weekly), by direct deposit or by paycheck.",
            "**Requirements:** 3 months of experience in landscaping, grounds maintenance or farm "
            "work; able to lift 50 pounds. No driver's license or English is required.",
        ],
        size=9.6,
    )
    pdf.H("1. Wage guarantee and adjustments", size=10.5)
    pdf.P(
        "The employer pays at least the highest of the prevailing wage for this occupation "
        "and area, the federal minimum wage, and any state or local minimum wage. If the "
        "Department of Labor issues a new prevailing wage higher than $17.04 during the "
        "contract, the employer pays the new wage from the date the Department orders."
    )
    pdf.H("2. Deductions from pay", size=10.5)
    pdf.P(
        "Required by law: Social Security and Medicare taxes (FICA, 7.65%) and federal "
        "income tax withholding. Voluntary, only with the worker's signed authorization, "
        "which the worker may cancel at any time: money transfers to family, and savings "
        "deposits to an account at Lone Star Workers Federal Credit Union. No deduction is "
        "ever made for housing, tools, uniforms, travel, visas or recruitment."
    )
    pdf.H("3. Three-fourths guarantee", size=10.5)
    pdf.P(
        "In each 12-week period of the contract (each 6-week period if the contract is shorter "
        "than 120 days), the employer offers each worker work for at least three-fourths of "
        "the workdays, counting 8 hours per workday. If it does not, it pays the worker for "
        "the hours it did not offer."
    )
    pdf.H("4. Earnings statements", size=10.5)
    pdf.P(
        "Each payday the worker receives a pay stub showing hours offered, hours worked, rate "
        "of pay, overtime, gross pay, each deduction and net pay, with the employer's name, "
        "address and FEIN."
    )

    pdf.add_page()
    pdf.H("5. Costs the employer pays", size=10.5, before=0)
    pdf.P(
        "The left column lists costs that are the employer's; the right column lists charges "
        "you will never see. Both columns are promises of this contract.",
        after=2,
    )
    pdf.TABLE(
        [
            ["Paid or repaid by the employer", "Never charged to you"],
            [
                "Visa fee, visa appointment (processing) fee and border-crossing fee, repaid in your "
                "first workweek; the passport fee is repaid too, as a courtesy.",
                "No application fee, registration fee, placement fee or 'spot on the list' fee — no "
                "fee will be charged to you at any stage.",
            ],
            [
                "Bus from San Luis Potosí to Conroe and daily subsistence on the way, repaid when you "
                "complete 50% of the contract, or in the first workweek if needed to reach the minimum "
                "wage.",
                "No deposit, bond or guarantee, from you or from your family.",
            ],
            [
                "Bus home at the end of the contract, or if we let you go early for reasons other "
                "than cause.",
                "No charge for tools, safety gear, two company T-shirts or a cap.",
            ],
            ["Agency fees of our recruiter in Mexico.", "No penalty for leaving the job early."],
        ],
        widths=(88, 87.9),
        size=9,
        borders="HORIZONTAL_LINES",
        fill=(214, 232, 240),
    )
    pdf.H("6. Tools and equipment", size=10.5)
    pdf.P(
        "All tools, equipment, safety glasses, ear protection and gloves, and two company "
        "T-shirts and a cap, are provided free of charge and without a deposit."
    )
    pdf.H("7. Housing and daily transportation", size=10.5)
    pdf.P(
        "Housing is not required, but the employer offers shared rooms at no charge at 1432 "
        "Millers Ferry Road, Conroe, next to the yard. Workers may live elsewhere if they "
        "prefer. Company vans carry crews from the yard to customer sites at no cost."
    )
    pdf.H("8. Recruitment", size=10.5)
    pdf.P(
        "Recruitment in Mexico is carried out by Agencia Horizonte Potosino, S.A. de C.V.; "
        "the employer, not the worker, pays its fees in full. Our agreement with the agency forbids it, its "
        "staff and any sub-agent from seeking or receiving money, goods or services from "
        "workers. If anyone asks you for money for this job, call (936) 555-0143."
    )
    pdf.H("9. Workers' compensation", size=10.5)
    pdf.P(
        "Workers are covered by workers' compensation insurance that the employer buys from "
        "Bayou State Casualty Co. (policy WC 4471-22); the worker pays nothing for it."
    )
    pdf.H("10. Leaving the job, and dismissal", size=10.5)
    pdf.P(
        "A worker who misses 5 consecutive workdays without permission is considered to have "
        "abandoned the job, and the employer will tell the Department of Labor and DHS within "
        "2 working days. The employer may dismiss a worker for cause after a written warning. "
        "A worker who abandons the job or is dismissed for cause loses the three-fourths "
        "guarantee and the paid trip home."
    )
    pdf.H("11. If the work becomes impossible", size=10.5)
    pdf.P(
        "If a hurricane, flood, fire or other event beyond the employer's control makes it "
        "impossible to continue, the employer may end the contract early with the "
        "Department of Labor's approval. It will still pay the three-fourths guarantee up to "
        "that date and the trip home, and will try to place workers with another employer."
    )
    pdf.add_page()
    pdf.H("12. Your documents and your voice", size=10.5, before=0)
    pdf.P(
        "You keep your passport, visa and ID; nobody may hold them. You will not be "
        "threatened, fired, blacklisted or reported to immigration for making a complaint "
        "or talking to the Department of Labor, a lawyer or a worker organization."
    )
    pdf.H("13. Safety on the job", size=10.5)
    pdf.BUL(
        [
            "Cold water, cups and shade are on every crew truck; take a paid rest break "
            "whenever you need one in the heat.",
            "Hearing protection is worn with blowers and mowers; safety glasses with trimmers.",
            "Only trained workers operate zero-turn mowers, trenchers or skid steers; "
            "training is given on paid time.",
            "Report every injury the same day. Medical care for work injuries is covered "
            "by workers' compensation.",
        ],
        size=9.6,
    )
    pdf.H("14. Copy of this job order", size=10.5)
    pdf.P(
        "The employer gives each worker this job order in English and Spanish no later than "
        "the time the worker applies for the visa, and posts it at the yard."
    )
    pdf.ln(5)
    y = pdf.get_y() + 12
    pdf.sigline(
        pdf.l_margin, y, 75, "For the employer: Wendell Strickland, President — January 12, 2026"
    )
    pdf.sigline(pdf.l_margin + 95, y, 75, "Worker: name, signature and date")

    phrases = [
        (1, "Post Oak Hollow Landscape Services, Inc., 1420 Millers Ferry Road"),
        (1, "$25.56 per hour"),
        (2, "Agencia Horizonte Potosino"),
        (2, "Bayou State Casualty Co."),
        (3, "Wendell Strickland"),
    ]
    lab = label(
        "cb05.pdf",
        "h2b",
        "en",
        False,
        3,
        [],
        [],
        ["Agencia Horizonte Potosino, S.A. de C.V."],
        [
            "'feeder tubing' is a job word",
            "statutory FICA and income-tax deductions",
            "voluntary remittance and credit-union savings deductions ('savings deposits')",
            "direct deposit of wages",
            "visa, processing, border-crossing and even passport fee repaid",
            "inbound bus and subsistence repaid; return bus paid",
            "two-column 'never charged to you' list: negated application/placement fee, deposit, bond, penalty",
            "tools, safety gear and T-shirts free, no deposit",
            "free optional housing and daily vans",
            "recruiter paid by employer ('the employer, not the worker, pays')",
            "workers' compensation bought by employer",
            "worker keeps passport; no blacklisting",
            "equipment training on paid time (not a training charge)",
        ],
        "job_order",
        "letter; blue header band with job-order number; bulleted summary; "
        "two-column 'paid by employer / never charged to you' table; numbered sections",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb06  h2b / es / FEES (visa_cost, breach_penalty, document_retention) / recruiter sheet
# ===========================================================================
@doc
def cb06():
    Q_VISA = (
        "La cuota de la visa, de 205 dólares, se paga en el banco antes de la cita y "
        "forma parte de los gastos personales de cada trabajadora."
    )
    Q_PEN = (
        "La trabajadora que se regrese a México antes del 31 de octubre deberá reponer a "
        "la empresa el equivalente a dos semanas de salario por los gastos de su reemplazo."
    )
    Q_DOC = (
        "Para evitar pérdidas, la encargada del grupo recogerá los pasaportes al llegar a "
        "Fishing Creek y los guardará en la oficina de la empresa durante toda la "
        "temporada."
    )

    def hdr(pdf):
        pdf.set_xy(pdf.l_margin, 10)
        pdf.F("S", "B", 13)
        pdf.set_text_color(0, 110, 110)
        pdf.cell(0, 6, fx("Servicios Laborales del Évora, S.C."), new_x="LMARGIN", new_y="NEXT")
        pdf.F("S", "", 8)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(
            0,
            4,
            fx(
                "Blvd. Agricultores 215, La Reforma, Angostura, Sinaloa · WhatsApp "
                "697 555 0148 · Registro STPS RCAT-SIN-0391"
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_draw_color(0, 110, 110)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(pdf.get_y() + 6)

    pdf = Doc(
        "A4",
        margins=(20, 18, 20),
        title="Hoja de condiciones — temporada de jaiba 2026",
        author="Servicios Laborales del Évora, S.C.",
        size=10,
        header_fn=hdr,
        footer_fn=std_footer("Hoja de condiciones HC-26-044 · {p}/{nb}"),
    )
    pdf.add_page()
    pdf.H("HOJA DE CONDICIONES Y COMPROMISOS", size=13, before=0, align="C")
    pdf.P(
        "Temporada de jaiba 2026 — visas H-2B — planta de Maryland, Estados Unidos",
        style="I",
        align="C",
        after=3,
    )
    pdf.P(
        "Nombre de la trabajadora: Rosa Imelda Angulo Beltrán        CURP: AUBR900714MSLNLS08",
        size=9.5,
        after=1,
    )
    pdf.P("Lugar y fecha: Angostura, Sinaloa, a 16 de febrero de 2026", size=9.5, after=3)
    pdf.P(
        "Estimada trabajadora: la empresa la ha seleccionado para la temporada 2026. Antes "
        "de su cita en el consulado, lea con calma las condiciones del trabajo y los "
        "compromisos del grupo. La inscripción con nosotros es gratuita: Servicios Laborales "
        "del Évora no le cobra por anotarla ni por entregar sus papeles.",
        after=3,
    )
    pdf.H("A. Condiciones del trabajo", size=11)
    pdf.TABLE(
        [
            ["Concepto", "Condición"],
            [
                "Empresa",
                "Honga River Crab House, Inc., 2870 Hoopersville Road, Fishing Creek, "
                "Maryland 21634, EE. UU.",
            ],
            [
                "Puesto",
                "Despulpadora de jaiba: sacar a mano la carne de la jaiba cocida, separarla "
                "por tipo (jumbo, backfin, claw) y empacarla en envases de una libra",
            ],
            ["Lugar", "Planta de la empresa en Fishing Creek, Maryland"],
            ["Temporada", "Del 1 de abril al 31 de octubre de 2026"],
            ["Horario", "De lunes a sábado, de 5:00 a 13:00 horas (unas 40 horas por semana)"],
            ["Pago", "17.20 dólares la hora, o 4.25 dólares por libra de carne si resulta mayor"],
            ["Día de pago", "Cada semana, los sábados"],
            [
                "Descuentos",
                "Impuestos de ley: Seguro Social, Medicare e impuestos federal y estatal",
            ],
            ["Vivienda", "Casa de la empresa en Fishing Creek, sin renta"],
            ["Viaje de ida", "La empresa paga el autobús de Angostura a Fishing Creek"],
            ["Regreso", "La empresa paga el autobús de regreso al terminar la temporada"],
            ["Equipo", "Cuchillos, guantes, mandiles y redes para el cabello sin costo"],
            [
                "Requisitos",
                "Experiencia en pelado de jaiba o de camarón; prueba práctica en la "
                "planta, sin costo, el primer día",
            ],
            [
                "Terminación",
                "Cinco faltas seguidas sin aviso se consideran abandono del trabajo; "
                "el despido es solo por causa justificada",
            ],
        ],
        widths=(34, 136),
        size=9.2,
        bold_first_col=True,
        fill=(210, 235, 235),
    )

    pdf.add_page()
    pdf.H("B. Compromisos de la trabajadora", size=11, before=0)
    pdf.P("Al firmar esta hoja, la trabajadora acepta lo siguiente:", after=2)
    items = [
        "Presentarse puntual a la junta informativa en nuestra oficina el 2 de marzo de 2026 "
        "con su pasaporte vigente, su CURP y dos fotografías.",
        Q_VISA,
        "El día de la cita viajará con el grupo en el autobús que contrata la oficina.",
        Q_DOC,
        "Respetar los horarios de la planta y las reglas de higiene (cabello recogido, sin "
        "anillos ni pulseras en la mesa de pelado).",
        Q_PEN,
        "Conservar limpia la casa y avisar a la encargada de cualquier descompostura.",
    ]
    pdf.F("S", "", 10)
    for i, it in enumerate(items, 1):
        y = pdf.get_y()
        pdf.cell(7, 4.7, "%d." % i)
        pdf.set_xy(pdf.l_margin + 7, y)
        pdf.multi_cell(pdf.epw - 7, 4.7, fx(it), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    pdf.H("C. Lo que hace la oficina", size=11)
    pdf.P(
        "Servicios Laborales del Évora recibe los datos de la trabajadora, los envía a la "
        "empresa, la acompaña a la cita consular y coordina el viaje del grupo. La empresa "
        "nos paga este servicio."
    )
    pdf.ln(10)
    y = pdf.get_y() + 10
    pdf.sigline(pdf.l_margin, y, 70, "Rosa Imelda Angulo Beltrán\nFirma de la trabajadora")
    pdf.sigline(
        pdf.l_margin + 90,
        y,
        70,
        "Lic. Adalberto Inzunza Félix\nServicios Laborales del Évora, S.C.",
    )

    phrases = [
        (1, "Honga River Crab House, Inc., 2870 Hoopersville Road"),
        (1, "17.20 dólares la hora"),
        (2, "Compromisos de la trabajadora"),
    ]
    lab = label(
        "cb06.pdf",
        "h2b",
        "es",
        False,
        2,
        [
            fee("visa_cost", "violation", 2, 205, "USD", Q_VISA),
            fee("document_retention", "violation", 2, None, None, Q_DOC),
            fee("breach_penalty", "violation", 2, None, None, Q_PEN),
        ],
        [
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Servicios Laborales del Évora, S.C."],
        [
            "free registration with the recruiter (negated recruitment fee); recruiter paid by employer",
            "statutory tax deductions (Seguro Social, Medicare)",
            "free housing (sin renta)",
            "inbound and return bus paid by employer",
            "knives, gloves, aprons free",
            "practical skills test at no cost (not a training charge)",
            "CURP number",
        ],
        "recruiter_sheet",
        "A4; teal recruiter letterhead; worker details line; gridded terms "
        "table on page 1; numbered list of worker commitments on page 2; signature lines",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb07  h2b / es / compliant / offer letter with "who pays" column (forestry, Guatemala)
# ===========================================================================
@doc
def cb07():
    pdf = Doc(
        "Letter",
        margins=(18, 16, 18),
        title="Carta de oferta de empleo H-2B",
        author="Loblolly Ridge Forestry Services, LLC",
        size=9.8,
        footer_fn=std_footer(
            "Loblolly Ridge Forestry Services, LLC · Oferta LRF-27-112 · hoja {p} de {nb}"
        ),
    )
    pdf.add_page()
    pdf.band(
        22,
        (34, 85, 48),
        "Loblolly Ridge Forestry Services, LLC",
        sub="415 Industrial Park Drive, Monticello, Arkansas 71655, EE. UU.  ·  +1 (870) 555-0119",
    )
    pdf.P("Monticello, Arkansas, 3 de noviembre de 2026", align="R", after=3)
    pdf.P(
        "Sr. Baltazar Pérez Mendoza\nAldea Las Cruces, Chiantla, Huehuetenango, Guatemala\n"
        "DPI (CUI) 2541 88210 1301",
        after=3,
    )
    pdf.P(
        "CARTA DE OFERTA DE EMPLEO — PROGRAMA H-2B, TEMPORADA DE PLANTACIÓN 2027",
        style="B",
        after=3,
    )
    pdf.P(
        "Estimado Sr. Pérez: nos da gusto ofrecerle trabajo de temporada como plantador de "
        "árboles. En la tabla se indica, para cada condición, quién la paga. Donde dice "
        '"LA EMPRESA", el gasto es nuestro y usted no paga nada.',
        after=3,
    )
    pdf.TABLE(
        [
            ["Concepto", "Condición", "¿Quién paga?"],
            [
                "Empleador",
                "Loblolly Ridge Forestry Services, LLC, 415 Industrial Park Drive, "
                "Monticello, Arkansas 71655, EE. UU.",
                "—",
            ],
            [
                "Puesto",
                "Plantador de pinos (Forest and Conservation Worker): plantar plántulas con "
                "pala de plantar, cargar la bolsa de plántulas, limpiar brechas cortafuego "
                "con herramienta manual",
                "—",
            ],
            [
                "Lugar",
                "Terrenos forestales de clientes en los condados de Drew, Bradley y Ashley, "
                "Arkansas",
                "—",
            ],
            ["Periodo", "Del 5 de enero al 30 de abril de 2027", "—"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30", "—"],
            ["Salario", "18.65 dólares por hora", "LA EMPRESA"],
            [
                "Horas extra",
                "27.98 dólares por hora después de 40 horas en la semana",
                "LA EMPRESA",
            ],
            [
                "Aumentos",
                "Si el salario prevaleciente o un salario mínimo sube, se paga la tarifa "
                "más alta desde su vigencia",
                "LA EMPRESA",
            ],
            ["Día de pago", "Cada dos semanas, los viernes, por depósito directo o cheque", "—"],
            [
                "Garantía 3/4",
                "Trabajo ofrecido por lo menos en 3/4 de los días hábiles de cada "
                "periodo de 12 semanas, o se paga la diferencia",
                "LA EMPRESA",
            ],
            [
                "Viaje de ida",
                "Autobús de Huehuetenango a Monticello, hotel en el camino y viáticos "
                "de Q350 por día en Guatemala y 16 dólares por día en México y EE. UU.",
                "LA EMPRESA, por adelantado",
            ],
            ["Visa", "Cuota de la visa (MRV) y de la cita consular", "LA EMPRESA, por adelantado"],
            [
                "Pasaporte",
                "Costo del pasaporte guatemalteco, reembolsado en el primer pago",
                "LA EMPRESA",
            ],
            ["Regreso", "Autobús y viáticos de regreso a Huehuetenango al terminar", "LA EMPRESA"],
            [
                "Alojamiento",
                "Cuarto de motel compartido (dos por cuarto) durante todo el contrato",
                "LA EMPRESA",
            ],
            [
                "Equipo",
                "Palas de plantar, bolsas, botas con casquillo, casco, chaleco y guantes, "
                "sin costo y sin depósito",
                "LA EMPRESA",
            ],
            ["Transporte diario", "Camioneta del motel al terreno y de regreso", "LA EMPRESA"],
            [
                "Descuentos",
                "Seguro Social y Medicare (7.65 %) e impuestos federal y estatal sobre "
                "la renta; nada más",
                "Impuestos de ley",
            ],
            [
                "Talones de pago",
                "Con cada pago: horas ofrecidas y trabajadas, tarifa, pago bruto, "
                "cada descuento y pago neto",
                "—",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en trabajo de campo o forestal; poder "
                "caminar en terreno disparejo y cargar 20 kilos",
                "—",
            ],
            [
                "Seguro",
                "Compensación al trabajador (workers' compensation) por accidentes de trabajo",
                "LA EMPRESA",
            ],
        ],
        widths=(28, 110, 41.9),
        size=8.7,
        bold_first_col=True,
        fill=(214, 230, 214),
    )

    pdf.H("Otras condiciones", size=11)
    pdf.RP(
        "Reclutamiento.",
        "La selección en Guatemala la hace Reclutadora Cuchumatanes, S.A., "
        "autorizada por el Ministerio de Trabajo y Previsión Social con el registro "
        "MTPS-AE-0457. LA EMPRESA le paga todos sus honorarios. Usted no debe pagar nada a "
        'nadie: ni inscripción, ni trámite, ni "ayuda para el expediente". El empleo es '
        "sin costo alguno para usted.",
    )
    pdf.RP(
        "Sin fianza.",
        "No se le pedirá fianza, pagaré, garantía ni depósito de ningún tipo, "
        "ni a usted ni a su familia.",
    )
    pdf.RP(
        "Sus documentos.",
        "Su pasaporte y su DPI son suyos; usted los guarda en todo "
        "momento y nadie de LA EMPRESA o de la reclutadora puede quedárselos.",
    )
    pdf.RP(
        "Salida anticipada.",
        "Si usted decide regresar antes de tiempo no pagará multa ni "
        "penalización alguna; solo pierde el boleto de regreso pagado y la garantía de 3/4.",
    )
    pdf.RP(
        "Abandono y despido.",
        "Cinco días hábiles seguidos de faltas sin permiso se "
        "consideran abandono del trabajo, y LA EMPRESA debe avisar al gobierno en dos días "
        "hábiles. El despido solo procede por causa justificada y con aviso por escrito.",
    )
    pdf.RP(
        "Fuerza mayor.",
        "Si un incendio forestal, una inundación o un huracán hacen "
        "imposible terminar la temporada, LA EMPRESA puede terminar el contrato con "
        "permiso del Departamento del Trabajo; aun así pagará la garantía de 3/4 hasta esa "
        "fecha y el viaje de regreso.",
    )
    pdf.RP(
        "Quejas.",
        "Puede llamar al Departamento del Trabajo o a su consulado en cualquier "
        "momento. Nadie lo castigará ni lo dejará fuera de futuras temporadas por hacerlo.",
    )
    pdf.ln(4)
    pdf.P("Atentamente,", after=12)
    y = pdf.get_y()
    pdf.sigline(pdf.l_margin, y, 75, "Marjorie Tullos-Ávila\nGerente de Recursos Humanos")
    pdf.sigline(pdf.l_margin + 95, y, 75, "Acepto: Baltazar Pérez Mendoza\nDPI 2541 88210 1301")

    phrases = [
        (1, "Loblolly Ridge Forestry Services, LLC, 415 Industrial Park Drive"),
        (1, "18.65 dólares por hora"),
        (2, "Reclutadora Cuchumatanes"),
    ]
    lab = label(
        "cb07.pdf",
        "h2b",
        "es",
        False,
        2,
        [],
        [],
        ["Reclutadora Cuchumatanes, S.A."],
        [
            "'¿Quién paga?' column: every cost marked LA EMPRESA",
            "per diem of Q350 paid by the employer (money to the worker, not a charge)",
            "visa and appointment fee paid in advance by employer",
            "passport fee reimbursed",
            "motel lodging and daily van paid by employer",
            "boots, planting tools and gear free, no deposit",
            "statutory Social Security/Medicare and income-tax deductions ('descuentos')",
            "direct deposit of wages",
            "recruiter paid by employer; no inscripción/trámite (sin costo alguno)",
            "no fianza, pagaré, garantía or depósito (negated deposit/bond)",
            "no multa or penalización for leaving early (negated breach penalty)",
            "worker keeps passport and DPI; DPI number printed",
            "workers' compensation paid by employer",
        ],
        "offer_letter",
        "letter; green letterhead band; gridded three-column table Concepto | "
        "Condición | ¿Quién paga?; run-in paragraphs; signature lines",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb08  h2b / en / FEES (recruitment_fee in a payee table, travel_cost recovered) / offer
# ===========================================================================
@doc
def cb08():
    Q_FEE = "IslandLink file processing and interview fee Worker JMD 38,000 At the interview"
    Q_AIR = (
        "The inbound flight from Kingston to Wilmington is booked by the Company, and its "
        "cost (about USD 420) is recovered from the worker's pay at $60 per week over the "
        "first seven weeks."
    )

    pdf = Doc(
        "Letter",
        margins=(20, 16, 20),
        title="Offer of H-2B seasonal employment",
        author="Gullwing Shores Resort & Conference Center, LLC",
        body="SC",
        size=10,
        footer_fn=std_footer(
            "Gullwing Shores Resort · Human Resources · offer GS-26-H2B-077 · page {p} of {nb}"
        ),
    )
    pdf.add_page()
    pdf.F("SC", "B", 17)
    pdf.set_text_color(0, 92, 140)
    pdf.cell(0, 8, fx("Gullwing Shores Resort & Conference Center"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.P(
        "Gullwing Shores Resort & Conference Center, LLC · 2450 Dune Crest Parkway, Ocean Isle "
        "Beach, NC 28469 · (910) 555-0172",
        size=8.5,
        after=1,
    )
    pdf.set_draw_color(0, 92, 140)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(5)
    pdf.P("March 2, 2026", after=3)
    pdf.P("Ms. Shanique Alicia Forbes\n14 Pear Tree Road, May Pen, Clarendon, Jamaica", after=3)
    pdf.P("Dear Ms. Forbes,")
    pdf.P(
        "Following your interview in Kingston with our recruiting partner, IslandLink "
        "Hospitality Staffing Ltd., we are pleased to offer you seasonal employment as a "
        "Housekeeper under the H-2B program. The Company pays IslandLink a recruiting fee "
        "for its work on our behalf. Your terms of employment are:",
        after=3,
    )
    pdf.TABLE(
        [
            [
                "Position",
                "Housekeeper (Maids and Housekeeping Cleaners): clean and restock guest "
                "rooms, suites and public areas; change linens; report maintenance needs",
            ],
            [
                "Work location",
                "Gullwing Shores Resort, 2450 Dune Crest Parkway, Ocean Isle Beach, North Carolina",
            ],
            ["Season", "April 20, 2026 to October 31, 2026"],
            [
                "Schedule",
                "40 hours per week: five 8-hour shifts, 8:00 a.m. to 4:30 p.m., days off rotate",
            ],
            ["Pay rate", "$14.85 per hour"],
            ["Overtime", "$22.28 per hour for hours over 40 in a workweek"],
            [
                "Paydays",
                "Every other Friday, by direct deposit to a U.S. bank account we help you open",
            ],
            [
                "Deductions",
                "Social Security, Medicare and income taxes; the travel recovery "
                "explained on page 2",
            ],
            [
                "Supplies",
                "Cleaning products, carts, gloves and vacuum cleaners are provided at no cost",
            ],
            [
                "Gratuities",
                "Tips left by guests in rooms belong to the housekeeper who cleans the room",
            ],
            ["Pay stubs", "Each payday: hours, rate, gross pay, every deduction and net pay"],
            [
                "Requirements",
                "Six months of hotel or institutional housekeeping experience; able to "
                "lift 25 pounds and push a loaded cart",
            ],
            [
                "Ending the job",
                "Five consecutive missed shifts without notice are treated as "
                "abandonment; dismissal for cause only after a written warning",
            ],
        ],
        widths=(34, 141.9),
        size=9.4,
        header=False,
        bold_first_col=True,
        borders="HORIZONTAL_LINES",
    )
    pdf.P(
        "Page 2 lists every cost connected with your hiring and who pays it. Please sign both "
        "pages and return them to IslandLink before your visa appointment.",
        after=2,
    )

    pdf.add_page()
    pdf.H("COST DISCLOSURE — WHO PAYS WHAT", size=12.5, before=0)
    pdf.P("This schedule forms part of your offer of employment.", style="I", after=3)
    pdf.TABLE(
        [
            ["Item", "Paid by", "Amount", "When"],
            ["U.S. visa application (MRV) fee", "Company", "USD 205.00", "Before the appointment"],
            [
                "IslandLink file processing and interview fee",
                "Worker",
                "JMD 38,000",
                "At the interview",
            ],
            ["Return flight to Kingston", "Company", "Full fare", "End of season"],
            ["Uniforms (three sets) and name badge", "Company", "No charge", "On arrival"],
            ["Staff dormitory room (optional)", "Company", "No charge", "Whole season"],
            ["Shuttle, dormitory to resort", "Company", "No charge", "Every shift"],
            ["Workers' compensation insurance", "Company", "No charge", "Whole season"],
        ],
        widths=(72, 24, 32, 47.9),
        size=9.4,
    )
    pdf.H("Inbound travel", size=11)
    pdf.P(Q_AIR)
    pdf.H("Other promises", size=11)
    pdf.BUL(
        [
            "You keep your passport and visa. The Company does not hold travel documents.",
            "You will never be asked for a bond, a security deposit or a guarantor.",
            "If a hurricane forces the resort to close early, you will be paid for the hours you "
            "worked and flown home at the Company's cost.",
            "You may raise any concern with Human Resources, the U.S. Department of Labor or the "
            "Jamaican Liaison Service without any effect on future seasons.",
        ]
    )
    pdf.ln(6)
    pdf.P("Yours sincerely,", after=12)
    y = pdf.get_y()
    pdf.sigline(pdf.l_margin, y, 75, "Courtney Vanderhoek, Director of Human Resources")
    pdf.sigline(pdf.l_margin + 95, y, 75, "Accepted: Shanique Alicia Forbes — date")

    phrases = [
        (1, "Gullwing Shores Resort & Conference Center, LLC · 2450 Dune Crest Parkway"),
        (1, "$14.85 per hour"),
        (2, "COST DISCLOSURE"),
    ]
    lab = label(
        "cb08.pdf",
        "h2b",
        "en",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 2, 38000, "JMD", Q_FEE),
            fee("travel_cost", "violation", 2, 420, "USD", Q_AIR),
        ],
        ["wage_adjustment", "three_fourths_guarantee", "inbound_transportation"],
        ["IslandLink Hospitality Staffing Ltd."],
        [
            "company pays IslandLink a recruiting fee (lawful, employer-paid)",
            "payee table: visa fee, return flight, uniforms, dormitory, shuttle marked Company / No charge",
            "guest tips belong to the housekeeper",
            "statutory Social Security, Medicare and income-tax deductions",
            "direct deposit of wages",
            "cleaning supplies free",
            "worker keeps passport; no bond, security deposit or guarantor (negated)",
            "workers' compensation paid by company",
            "no effect on future seasons for raising concerns (negated blacklisting)",
        ],
        "offer_letter",
        "letter; condensed font; blue letterhead rule; borderless terms table; "
        "page 2 gridded cost-disclosure table Item | Paid by | Amount | When; bullets",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb09  generic / en / compliant / employment contract Kenya -> Qatar + receipt to employer
# ===========================================================================
@doc
def cb09():
    pdf = Doc(
        "A4",
        margins=(20, 16, 20),
        title="Employment contract PCF/KE/2027/0193",
        author="Pearl Crescent Facility Services W.L.L.",
        body="SR",
        size=9.6,
        footer_fn=std_footer(
            "Contract PCF/KE/2027/0193 · Page {p} of {nb} · "
            "Employer's initials ____  Employee's initials ____"
        ),
    )
    pdf.add_page()
    pdf.H("EMPLOYMENT CONTRACT", size=15, before=0, align="C", fam="SR")
    pdf.P(
        "(Attested copy for the Employee — Kenya to the State of Qatar)",
        align="C",
        style="I",
        after=3,
        fam="SR",
    )
    pdf.TABLE(
        [
            ["", "THE EMPLOYER", "THE EMPLOYEE"],
            ["Name", "Pearl Crescent Facility Services W.L.L.", "Brian Otieno Omondi"],
            [
                "Address",
                "Building 57, Street 340, Zone 56, Al Hilal, P.O. Box 24718, Doha, Qatar",
                "P.O. Box 1184-40100, Kisumu, Kenya",
            ],
            ["Identifier", "Commercial Registration 118402", "Passport No. AK1947203 (Kenya)"],
            ["Contact", "+974 4455 0190", "+254 712 555 046"],
        ],
        widths=(26, 77, 67),
        size=9,
        fam="SR",
        bold_first_col=True,
        fill=(232, 226, 210),
    )
    clauses = [
        (
            "Article 1 — Position and duties.",
            "The Employee is employed as Security Guard. "
            "He controls access at the gates of residential compounds managed by the Employer, "
            "patrols on foot, monitors CCTV screens, keeps the visitors' log and reports "
            "incidents to the shift supervisor.",
        ),
        (
            "Article 2 — Place of work.",
            "Residential compounds managed by the Employer in Doha "
            "and Al Wakrah, State of Qatar. The Employee's posting may change between these "
            "sites.",
        ),
        (
            "Article 3 — Duration.",
            "Two years, from 1 March 2027 to 28 February 2029, "
            "including a probation period of three months.",
        ),
        (
            "Article 4 — Working hours.",
            "Eight hours per day, six days per week (48 hours), in "
            "day or night shifts. Friday is the weekly rest day. Overtime is paid at 125% of the "
            "basic hourly wage, and at 150% for night hours between 9 p.m. and 6 a.m.",
        ),
        (
            "Article 5 — Salary.",
            "Basic salary of QAR 1,500 (one thousand five hundred Qatari "
            "riyals) per month, plus a food allowance of QAR 300 per month. Accommodation is "
            "provided free of charge in kind.",
        ),
        (
            "Article 6 — Payment.",
            "Wages are paid monthly, not later than the 7th day of the "
            "following month, by transfer through the Wage Protection System into a bank account "
            "in the Employee's own name. The Employee alone holds the bank card and PIN.",
        ),
        (
            "Article 7 — Deductions.",
            "No deduction is made from the salary except an amount "
            "ordered by a final court judgment. In particular nothing is deducted for "
            "recruitment, visa, travel, medical examination, accommodation, food or uniforms.",
        ),
        (
            "Article 8 — Accommodation and transport.",
            "Free shared accommodation (no more than "
            "four persons per room) at the Employer's labour accommodation in Barwa Al Baraha, "
            "with free transport to and from the place of work. No deposit is taken for the "
            "room, bedding or keys.",
        ),
        (
            "Article 9 — Health care.",
            "The Employee is enrolled in the health insurance scheme "
            "required by Qatari law; the premium is paid entirely by the Employer.",
        ),
        (
            "Article 10 — Travel.",
            "The Employer provides the air ticket from Nairobi to Doha at "
            "the start of the contract, a return ticket to Nairobi for annual leave after each "
            "year of service, and the return ticket to Nairobi at the end of the contract.",
        ),
        (
            "Article 11 — Recruitment costs.",
            "The Employer bears all recruitment fees and "
            "related costs, including the service charge of Savannah Bridge Recruitment Ltd. "
            "(licence NEA/PRA/2024/0311), the visa and work permit, the pre-departure medical "
            "examination at the Qatar Visa Centre in Nairobi, and the pre-departure orientation. "
            "The Employee shall not be asked to pay, and has not paid, any of these costs.",
        ),
        (
            "Article 12 — Documents.",
            "The Employee keeps his passport and Qatar ID card. The "
            "Employer may keep a photocopy only.",
        ),
        (
            "Article 13 — Annual leave.",
            "Three weeks of paid annual leave for each year of service.",
        ),
        (
            "Article 14 — End-of-service gratuity.",
            "At the end of the contract the Employee "
            "receives an end-of-service gratuity of not less than three weeks' basic salary for "
            "each year of service, in addition to all wages due.",
        ),
        (
            "Article 15 — Termination.",
            "After probation either party may end this contract by "
            "one month's written notice. The Employer may dismiss without notice only for the "
            "grounds listed in Article 61 of the Labour Law, after an investigation. The "
            "Employee may change employer in accordance with Qatari law, after giving notice; no "
            "fee, penalty or reimbursement of recruitment costs applies.",
        ),
        (
            "Article 16 — Governing law.",
            "Qatar Labour Law No. 14 of 2004 and its amendments. "
            "Disputes may be brought before the Labour Dispute Settlement Committees.",
        ),
    ]
    pdf.ln(1)
    for head, body in clauses:
        pdf.RP(head, body, fam="SR", after=1.6)
    pdf.ln(4)
    y = pdf.get_y() + 10
    pdf.sigline(
        pdf.l_margin,
        y,
        75,
        "For the Employer: Faisal Rahman Siddiqui\nHR Manager, Doha, 9 December 2026",
    )
    pdf.sigline(
        pdf.l_margin + 90, y, 70, "The Employee: Brian Otieno Omondi\nNairobi, 14 December 2026"
    )
    pdf.set_y(y + 18)

    pdf.H("ANNEX A — ITEMS ISSUED TO THE EMPLOYEE", size=10.5, before=6, fam="SR")
    pdf.TABLE(
        [
            ["Item", "Quantity", "Charge to Employee"],
            ["Uniform (shirt, trousers, cap)", "2 sets per year", "None"],
            ["Safety shoes", "1 pair per year", "None"],
            ["Torch, whistle and two-way radio", "1 each, returned at end of contract", "None"],
            ["Reflective vest and raincoat", "1 each", "None"],
        ],
        widths=(70, 60, 40),
        size=9,
        fam="SR",
        fill=(232, 226, 210),
    )
    pdf.P(
        "Normal wear and tear of issued items is never charged to the Employee.",
        fam="SR",
        style="I",
    )

    # --- page 3: official receipt issued TO THE EMPLOYER -------------------------
    pdf.add_page()
    pdf.set_draw_color(90, 60, 20)
    pdf.set_line_width(0.7)
    top = pdf.get_y()
    pdf.rect(pdf.l_margin, top, pdf.epw, 128)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin + 6, top + 5)
    pdf.F("S", "B", 14)
    pdf.cell(0, 7, fx("Savannah Bridge Recruitment Ltd."), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 6)
    pdf.F("S", "", 8.5)
    pdf.cell(
        0,
        4.5,
        fx(
            "Ngong Lane Plaza, 3rd Floor, Ngong Road, Nairobi · Licence "
            "NEA/PRA/2024/0311 · +254 20 555 0177"
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_x(pdf.l_margin + 6)
    pdf.F("S", "B", 12)
    pdf.cell(0, 6, fx("OFFICIAL RECEIPT  No. SBR-0412"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [
        ("Date:", "18 December 2026"),
        ("Received from:", "Pearl Crescent Facility Services W.L.L., Doha, Qatar (the Employer)"),
        ("The sum of:", "Kenya Shillings Ninety-Four Thousand only (KES 94,000.00)"),
        (
            "Being payment for:",
            "Recruitment service charge, visa processing, pre-departure "
            "medical examination, orientation and air ticket for candidate "
            "Brian Otieno Omondi, Passport No. AK1947203",
        ),
        ("Payment method:", "Bank transfer, Qatar National Bank ref. QNB-TT-77180452"),
    ]
    for k, v in rows:
        pdf.set_x(pdf.l_margin + 6)
        pdf.F("S", "B", 9.5)
        y0 = pdf.get_y()
        pdf.cell(38, 5.2, fx(k))
        pdf.set_xy(pdf.l_margin + 44, y0)
        pdf.F("S", "", 9.5)
        pdf.multi_cell(pdf.epw - 52, 5.2, fx(v), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)
    pdf.set_x(pdf.l_margin + 6)
    pdf.F("S", "I", 9)
    pdf.multi_cell(
        pdf.epw - 12,
        4.8,
        fx(
            "Note: In line with the Employer Pays Principle, no "
            "payment has been or will be received from the candidate for this "
            "recruitment."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    pdf.sigline(pdf.l_margin + 6, pdf.get_y() + 6, 60, "Accounts Officer: Grace Wanjiru Kamau")
    pdf.set_draw_color(160, 30, 30)
    pdf.set_text_color(160, 30, 30)
    pdf.set_line_width(0.6)
    pdf.ellipse(pdf.l_margin + 110, top + 92, 44, 24)
    pdf.set_xy(pdf.l_margin + 110, top + 99)
    pdf.F("S", "B", 8)
    pdf.multi_cell(44, 4, fx("PAID\n18 DEC 2026"), align="C")
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)

    phrases = [
        (1, "Pearl Crescent Facility Services W.L.L."),
        (1, "QAR 1,500"),
        (1, "Savannah Bridge Recruitment Ltd."),
        (2, "ANNEX A"),
        (3, "OFFICIAL RECEIPT"),
        (3, "KES 94,000.00"),
    ]
    lab = label(
        "cb09.pdf",
        "generic",
        "en",
        False,
        3,
        [],
        [],
        ["Savannah Bridge Recruitment Ltd."],
        [
            "receipt issued by the agency TO THE EMPLOYER for recruitment, visa, medical, orientation and ticket (KES 94,000)",
            "employer bears agency service charge, visa, medical examination, orientation",
            "negated deductions for recruitment, visa, travel, medical, accommodation, food, uniforms",
            "statutory health insurance paid entirely by employer",
            "free accommodation, no deposit for room, bedding or keys",
            "end-of-service gratuity paid in addition to wages (not wage withholding)",
            "employee may change employer; no fee, penalty or reimbursement of recruitment costs",
            "passport number in parties table and receipt; employee keeps passport",
            "employer pays inbound, leave and return tickets",
            "uniforms, safety shoes and equipment issued with 'Charge to Employee: None'; no charge for wear and tear",
        ],
        "work_contract",
        "A4; serif; gridded parties table; run-in numbered articles; annex "
        "table; initials footer; page 3 boxed official receipt with PAID stamp",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb10  generic / es / compliant / pre-departure disclosure form Colombia -> Spain
# ===========================================================================
@doc
def cb10():
    def hdr(pdf):
        pdf.set_xy(pdf.l_margin, 9)
        pdf.F("S", "B", 8)
        pdf.set_text_color(110, 30, 30)
        pdf.cell(
            0,
            4,
            fx("TALENTO ANDINO MOVILIDAD LABORAL S.A.S. · NIT 901.447.382-6 · Medellín"),
            align="L",
        )
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(0, 4, fx("Formulario FIS-07"), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(17)

    pdf = Doc(
        "A4",
        margins=(18, 16, 18),
        title="Formulario de información previa a la salida",
        author="Talento Andino Movilidad Laboral S.A.S.",
        body="SC",
        size=9.6,
        header_fn=hdr,
        footer_fn=std_footer("FIS-07 · Campaña de fruta de hueso 2026 · hoja {p}/{nb}"),
    )
    pdf.add_page()
    pdf.set_fill_color(110, 30, 30)
    pdf.set_text_color(255, 255, 255)
    pdf.F("SC", "B", 11)
    pdf.cell(
        0,
        9,
        fx("FORMULARIO DE INFORMACIÓN PREVIA A LA SALIDA Y RESUMEN DEL CONTRATO"),
        fill=True,
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    def sec(t):
        pdf.H(t, size=10.5, before=2, fam="SC", color=(110, 30, 30))

    sec("A. Persona trabajadora")
    pdf.TABLE(
        [
            ["Nombre", "Leidy Johana Quintero Rúa", "Cédula de ciudadanía", "1.036.489.220"],
            ["Pasaporte", "AX318842", "Lugar de residencia", "Rionegro, Antioquia"],
        ],
        widths=(28, 60, 40, 46),
        size=9,
        header=False,
        fam="SC",
    )
    sec("B. Empleador")
    pdf.TABLE(
        [
            ["Razón social", "Frutícola Ribera del Segre, S.L. (CIF B-25719436)"],
            ["Domicilio", "Partida Gensana, 14, 25180 Alcarràs (Lleida), España"],
            [
                "Convenio aplicable",
                "Convenio Colectivo del Sector Agropecuario de la provincia de Lleida",
            ],
        ],
        widths=(40, 134),
        size=9,
        header=False,
        fam="SC",
        bold_first_col=True,
    )
    sec("C. Condiciones de trabajo")
    pdf.TABLE(
        [
            [
                "Puesto y tareas",
                "Peón agrícola: recolección manual de melocotón, nectarina y "
                "paraguayo, aclareo de fruta y carga de cajas en el remolque",
            ],
            ["Lugar de trabajo", "Fincas de la empresa en Alcarràs y Soses (Lleida)"],
            ["Duración", "Del 1 de junio al 30 de septiembre de 2026 (contrato de temporada)"],
            ["Jornada", "39 horas semanales, de lunes a sábado, de 6:30 a 13:00"],
            [
                "Salario",
                "1.381,33 euros brutos al mes, con la parte proporcional de las pagas "
                "extraordinarias",
            ],
            [
                "Pago",
                "Mensual, antes del día 5 del mes siguiente, por transferencia a una cuenta "
                "bancaria en España a nombre de la trabajadora",
            ],
            [
                "Descuentos",
                "Solo los de ley: la cuota obrera a la Seguridad Social (6,47 %) y la "
                "retención del IRPF; no se descuenta nada más",
            ],
            [
                "Alojamiento",
                "Gratuito, en la casa de temporeros de la finca, con agua, luz y "
                "cocina equipada sin costo",
            ],
            [
                "Viajes",
                "La empresa paga el billete de avión Bogotá–Barcelona, el autobús a "
                "Alcarràs y el viaje de regreso a Bogotá al terminar el contrato",
            ],
            [
                "Terminación",
                "El contrato termina al acabar la campaña; el despido disciplinario "
                "solo procede por las causas del artículo 54 del Estatuto de los "
                "Trabajadores y se comunica por carta",
            ],
        ],
        widths=(36, 138),
        size=9,
        header=False,
        fam="SC",
        bold_first_col=True,
    )
    sec("D. ¿Quién paga cada gasto?")
    pdf.TABLE(
        [
            ["Gasto", "Lo paga", "Observaciones"],
            [
                "Visado de trabajo de temporada y tasas consulares",
                "La empresa",
                "Pago directo al consulado",
            ],
            ["Billetes de avión de ida y de regreso", "La empresa", "Se entregan impresos"],
            ["Reconocimiento médico previo", "La empresa", "Clínica concertada en Medellín"],
            [
                "Curso de prevención de riesgos laborales",
                "La empresa",
                "Dentro de la jornada, pagado",
            ],
            ["Honorarios de Talento Andino", "La empresa", "Factura emitida a la empresa"],
            ["Alojamiento y suministros", "La empresa", "Sin depósito ni fianza"],
        ],
        widths=(74, 30, 70),
        size=9,
        fam="SC",
        fill=(240, 222, 222),
    )

    pdf.add_page()
    sec("E. Preguntas a la persona trabajadora (marque una casilla)")
    qs = [
        (
            "¿Ha pagado usted alguna cantidad de dinero a la agencia, a la empresa o a cualquier "
            "otra persona para obtener este empleo?",
            False,
        ),
        ("¿Le han pedido dejar un depósito, una fianza, un pagaré o un aval?", False),
        ("¿Alguien le ha pedido entregar su pasaporte o su cédula?", False),
        ("¿Ha recibido una copia de su contrato en español antes de firmarlo?", True),
        ("¿Le explicaron el salario, la jornada y los descuentos de ley?", True),
        ("¿Sabe a quién llamar si tiene una queja durante la campaña?", True),
    ]
    for q, yes in qs:
        y0 = pdf.get_y()
        pdf.F("SC", "", 9.6)
        pdf.multi_cell(128, 4.6, fx(q), new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 134, y0)
        pdf.cell(20, 4.6, fx(("\u2612" if yes else "\u2610") + " Sí"))
        pdf.cell(20, 4.6, fx(("\u2610" if yes else "\u2612") + " No"))
        pdf.set_y(max(y1, y0 + 4.6) + 2.5)
    sec("F. Compromiso de la agencia y de la empresa")
    pdf.P(
        "Talento Andino Movilidad Laboral S.A.S. y Frutícola Ribera del Segre, S.L. aplican el "
        "principio de que el empleador paga: la contratación es sin costo alguno para la "
        "persona trabajadora. Ningún cobro, descuento o depósito relacionado con la "
        "selección, el visado o el viaje puede hacerse a la trabajadora ni a su familia. Si "
        "alguien le pide dinero, llame gratis a la línea 01 8000 555 012.",
        fam="SC",
    )
    pdf.P(
        "La trabajadora conserva siempre su pasaporte y su cédula. Puede presentar quejas "
        "ante la Inspección de Trabajo de Lleida o el Consulado de Colombia en Barcelona sin "
        "que eso afecte su participación en futuras campañas.",
        fam="SC",
    )
    pdf.P(
        "El cobro del salario se hace siempre por transferencia a la cuenta de la "
        "trabajadora; la empresa la ayuda a abrirla en un banco español sin comisiones.",
        fam="SC",
    )
    pdf.ln(10)
    y = pdf.get_y() + 10
    pdf.sigline(pdf.l_margin, y, 52, "Leidy Johana Quintero Rúa\nC.C. 1.036.489.220")
    pdf.sigline(pdf.l_margin + 60, y, 52, "Por Talento Andino Movilidad\nLaboral S.A.S.")
    pdf.sigline(pdf.l_margin + 120, y, 52, "Por Frutícola Ribera del Segre, S.L.")
    pdf.set_y(y + 16)
    pdf.P("Medellín, 22 de abril de 2026", fam="SC", size=9)

    phrases = [
        (1, "Frutícola Ribera del Segre, S.L."),
        (1, "1.381,33 euros"),
        (1, "Honorarios de Talento Andino"),
        (2, "marque una casilla"),
    ]
    lab = label(
        "cb10.pdf",
        "generic",
        "es",
        False,
        2,
        [],
        [],
        ["Talento Andino Movilidad Laboral S.A.S."],
        [
            "yes/no boxes: '¿Ha pagado usted alguna cantidad...?' answered No",
            "yes/no box on depósito, fianza, pagaré, aval answered No",
            "statutory Seguridad Social contribution and IRPF withholding ('descuentos de ley')",
            "visa, flights, medical examination and safety course paid by employer",
            "agency fees invoiced to the employer",
            "free housing, no depósito ni fianza",
            "'sin costo alguno'; negated cobro/descuento/depósito",
            "'cobro del salario' means receiving wages",
            "cédula and passport numbers",
            "worker keeps passport; complaints without effect on future campaigns",
        ],
        "disclosure_form",
        "A4; condensed font; header band; borderless data tables; gridded "
        "'who pays' table; page 2 yes/no checkbox questions; three signature lines",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb11  generic / en / FEES (medical_cost, wage_withholding) / Nepal -> Malaysia agreement
# ===========================================================================
@doc
def cb11():
    Q_MED = (
        "The Worker shall bear the cost of the pre-employment medical screening at the "
        "approved clinic in Kathmandu, NPR 9,500, payable directly to the clinic before "
        "the visa is applied for."
    )
    Q_RET = (
        "To encourage completion of the contract, the Employer shall retain RM 200 from "
        "each monthly salary in a completion fund, to be paid to the Worker in full when "
        "he completes 36 months of service."
    )

    pdf = Doc(
        "A4",
        margins=(22, 18, 22),
        title="Employment Agreement — Production Operator",
        author="Sinar Kembara Precision Moulding Sdn. Bhd.",
        size=9.8,
        footer_fn=std_footer("Employment Agreement SKPM/NP/27-058 · Page {p} of {nb}"),
    )
    pdf.add_page()
    pdf.H("EMPLOYMENT AGREEMENT", size=15, before=0, align="C")
    pdf.P("for foreign workers recruited from Nepal", align="C", style="I", after=4)
    pdf.P("THIS AGREEMENT is made on 11 January 2027 BETWEEN:", after=2)
    pdf.TABLE(
        [
            ["Party", "Details"],
            [
                "The Employer",
                "Sinar Kembara Precision Moulding Sdn. Bhd. (Company No. "
                "201501033187), Lot 18, Jalan Keluli 7/2, Kawasan Perindustrian "
                "Bukit Raja, 41050 Klang, Selangor, Malaysia",
            ],
            [
                "The Worker",
                "Dil Bahadur Tamang, son of Man Bahadur Tamang, of Ward 4, Panchkhal "
                "Municipality, Kavrepalanchok, Nepal; Passport No. 10429876",
            ],
            [
                "Recruiting agency",
                "Himal Gateway Overseas Pvt. Ltd., Samakhusi, Kathmandu (licence "
                "No. 1187/073/74), acting for the Employer",
            ],
        ],
        widths=(36, 130),
        size=9,
        bold_first_col=True,
        fill=(226, 226, 226),
    )
    cl = [
        (
            "1. Job.",
            "The Worker is employed as Production Operator: he operates plastic "
            "injection-moulding machines, trims and inspects moulded parts, and packs finished "
            "goods.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 18, Jalan Keluli 7/2, Kawasan "
            "Perindustrian Bukit Raja, Klang, Selangor.",
        ),
        (
            "3. Period.",
            "From 1 February 2027 to 31 January 2030, subject to the renewal of the "
            "Worker's work permit each year by the Employer.",
        ),
        (
            "4. Hours of work.",
            "8 hours per day, 6 days per week, in rotating day and night "
            "shifts; Sunday is the rest day. Overtime is voluntary and is paid at 1.5 times the "
            "hourly rate on working days and 2 times on rest days.",
        ),
        (
            "5. Wages.",
            "Basic wage of RM 1,700 per month (Ringgit Malaysia one thousand seven "
            "hundred), paid monthly into the Worker's own bank account not later than the 7th "
            "day of the following month.",
        ),
        (
            "6. Costs borne by the Employer.",
            "The Employer pays the foreign worker levy, the "
            "work permit (PLKS) and visa fees, the service charge of Himal Gateway Overseas Pvt. "
            "Ltd., and the air ticket from Kathmandu to Kuala Lumpur. None of these is recovered "
            "from the Worker.",
        ),
        ("7. Medical screening.", Q_MED),
    ]
    pdf.ln(1)
    for h, b in cl:
        pdf.RP(h, b, after=1.8)

    pdf.add_page()
    cl2 = [
        (
            "8. Deductions.",
            "The Employer deducts from the monthly wage only: (a) the Worker's "
            "contribution to the Employees Provident Fund (EPF) at the statutory rate of 2%; "
            "(b) the Worker's contribution to the Employment Injury Scheme of SOCSO (PERKESO) "
            "where the law requires one; and (c) the amount described in clause 9.",
        ),
        ("9. Completion fund.", Q_RET),
        (
            "10. Accommodation.",
            "The Employer provides free hostel accommodation certified "
            "under the Workers' Minimum Standards of Housing and Amenities Act 1990, with free "
            "transport between the hostel and the factory.",
        ),
        (
            "11. Passport.",
            "The Worker keeps his own passport. The hostel provides each worker a "
            "personal locker to which only the Worker holds the key.",
        ),
        (
            "12. Medical care and insurance.",
            "Hospitalisation and surgical insurance required "
            "for foreign workers is bought and paid for by the Employer.",
        ),
        (
            "13. Leave.",
            "Paid annual leave of 8 days per year, paid sick leave as provided by "
            "the Employment Act 1955, and the gazetted public holidays.",
        ),
        (
            "14. Termination.",
            "Either party may terminate this Agreement by giving one month's "
            "written notice or one month's wages in lieu of notice. The Employer may dismiss "
            "the Worker for misconduct only after due inquiry.",
        ),
        (
            "15. Grievances.",
            "The Worker may raise any complaint with the Employer's HR "
            "department, the Labour Department of Peninsular Malaysia or the Embassy of Nepal "
            "in Kuala Lumpur without any penalty.",
        ),
        ("16. Law.", "This Agreement is governed by the laws of Malaysia."),
    ]
    for h, b in cl2:
        pdf.RP(h, b, after=1.8)
    pdf.ln(6)
    pdf.P("IN WITNESS WHEREOF the parties have signed this Agreement.", style="B", after=14)
    y = pdf.get_y()
    pdf.sigline(pdf.l_margin, y, 70, "For the Employer: Lim Wei Sheng, Director")
    pdf.sigline(
        pdf.l_margin + 90, y, 70, "The Worker: Dil Bahadur Tamang (thumbprint if unable to sign)"
    )
    pdf.set_y(y + 14)
    pdf.sigline(
        pdf.l_margin,
        pdf.get_y() + 12,
        70,
        "Witness for the agency: Sushila Shrestha, Himal Gateway Overseas Pvt. Ltd.",
    )

    phrases = [
        (1, "Sinar Kembara Precision Moulding Sdn. Bhd."),
        (1, "RM 1,700 per month"),
        (2, "Employees Provident Fund"),
    ]
    lab = label(
        "cb11.pdf",
        "generic",
        "en",
        False,
        2,
        [
            fee("medical_cost", "violation", 1, 9500, "NPR", Q_MED),
            fee("wage_withholding", "violation", 2, 200, "MYR", Q_RET),
        ],
        ["return_transportation"],
        ["Himal Gateway Overseas Pvt. Ltd."],
        [
            "employer pays levy, work permit, visa, agency service charge and inbound ticket",
            "statutory EPF and SOCSO contributions (not insurance_cost)",
            "hospitalisation insurance bought by employer",
            "free hostel and transport",
            "worker keeps passport; personal locker with worker-held key",
            "complaints without penalty",
            "passport number of the worker",
        ],
        "work_contract",
        "A4; gridded parties table; numbered run-in clauses; signature and "
        "witness lines; footer page x of y",
    )
    return pdf, lab, phrases


# ===========================================================================
# cb12  generic / es / FEES (debt_bondage, movement_restriction, blacklisting_threat)
#       Nicaragua -> Costa Rica seasonal contract + hostel rules
# ===========================================================================
@doc
def cb12():
    Q_LOAN = (
        "Enlaces Laborales de Occidente entregará a LA TRABAJADORA un préstamo de C$ "
        "6,000 (seis mil córdobas) para sus gastos antes de la salida, que LA EMPRESA "
        "descontará de sus pagos quincenales y entregará al enlace, con un recargo del 5 % "
        "mensual."
    )
    Q_MOVE = (
        "Por seguridad, las trabajadoras alojadas en el albergue no podrán salir de la "
        "finca entre semana, y los domingos solo podrán salir de 8:00 a 17:00 con permiso "
        "escrito del mandador."
    )
    Q_BLACK = (
        "La trabajadora que presente quejas ante el Ministerio de Trabajo o ante "
        "terceros sin pasar antes por la oficina de la finca no será llamada en la "
        "próxima temporada y su nombre se comunicará a las demás fincas de la zona."
    )

    pdf = Doc(
        "Legal",
        margins=(22, 18, 22),
        title="Contrato de trabajo por temporada",
        author="Agroexportadora Llanuras del Tempisque, S.A.",
        body="SR",
        size=10,
        footer_fn=std_footer(
            "Agroexportadora Llanuras del Tempisque, S.A. · Contrato ALT-T26-0311 · Folio {p}"
        ),
    )
    pdf.add_page()
    pdf.H("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", size=13, before=0, align="C", fam="SR")
    pdf.P(
        "Cosecha y empaque de melón, temporada 2026-2027", align="C", style="I", after=4, fam="SR"
    )
    pdf.P(
        "Entre nosotros, AGROEXPORTADORA LLANURAS DEL TEMPISQUE, S.A., cédula jurídica "
        "3-101-558214, con domicilio en Filadelfia, cantón de Carrillo, provincia de "
        "Guanacaste, Costa Rica, 300 metros al norte del puente sobre el río Tempisque, "
        'representada por su gerente general, Sr. Álvaro Jiménez Chaves (en adelante "LA '
        'EMPRESA"), y la señora YAHOSKA DEL CARMEN ALTAMIRANO REYES, nicaragüense, mayor de '
        "edad, vecina de El Viejo, Chinandega, portadora de la cédula de identidad "
        '081-140592-0003K y del pasaporte C02198457 (en adelante "LA TRABAJADORA"), '
        "convenimos en el siguiente contrato, con la intervención de Enlaces Laborales de "
        "Occidente, intermediario contratado por LA EMPRESA en Nicaragua:",
        align="J",
        fam="SR",
        after=3,
    )
    cl = [
        (
            "PRIMERA. Puesto.",
            "LA TRABAJADORA trabajará como empacadora: selección, lavado, "
            "etiquetado y empaque de melón en cajas para exportación.",
        ),
        ("SEGUNDA. Lugar.", "Planta empacadora de LA EMPRESA en Filadelfia, Carrillo, Guanacaste."),
        ("TERCERA. Plazo.", "Del 10 de diciembre de 2026 al 30 de abril de 2027."),
        (
            "CUARTA. Jornada.",
            "De lunes a sábado, de 6:00 a 14:00, con media hora para "
            "almorzar dentro de la jornada (48 horas por semana).",
        ),
        (
            "QUINTA. Salario.",
            "¢12,950 (doce mil novecientos cincuenta colones) por jornada "
            "ordinaria, pagados cada quince días por depósito en una cuenta del Banco Nacional a "
            "nombre de LA TRABAJADORA.",
        ),
        (
            "SEXTA. Rebajos.",
            "Del salario se rebajarán únicamente la cuota obrera de la Caja "
            "Costarricense de Seguro Social (10.67 %) y las sumas indicadas en la cláusula "
            "novena.",
        ),
        (
            "SÉTIMA. Costos a cargo de LA EMPRESA.",
            "LA EMPRESA tramita y paga el permiso de "
            "trabajo y el carné de trabajadora temporal, el transporte en bus de Chinandega a "
            "Filadelfia y el de regreso a Chinandega al terminar la temporada, y la póliza de "
            "riesgos del trabajo del INS. Enlaces Laborales de Occidente no cobra comisión a LA "
            "TRABAJADORA; su servicio lo paga LA EMPRESA.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "LA EMPRESA ofrece alojamiento sin costo en el albergue de la "
            "finca, con agua, electricidad y cocina; las reglas del albergue forman parte de este "
            "contrato (ver folio 2).",
        ),
        ("NOVENA. Préstamo.", Q_LOAN),
        (
            "DÉCIMA. Documentos.",
            "LA TRABAJADORA conserva su pasaporte y su cédula; LA EMPRESA "
            "guarda solo una copia para el trámite migratorio.",
        ),
    ]
    for h, b in cl:
        pdf.RP(h, b, fam="SR", after=1.8)

    pdf.add_page()
    pdf.H("REGLAMENTO DEL ALBERGUE Y NORMAS DE CONVIVENCIA", size=12, before=0, align="C", fam="SR")
    pdf.P(
        "Anexo del contrato ALT-T26-0311. Lea estas normas con atención; su incumplimiento "
        "puede causar amonestaciones.",
        align="C",
        style="I",
        fam="SR",
        after=3,
    )
    rules = [
        "El albergue abre sus portones a las 5:00 y los cierra a las 21:00.",
        Q_MOVE,
        "Se prohíbe cocinar en los dormitorios; la cocina común está abierta de 4:30 a 20:30.",
        "Las visitas de familiares se reciben en el comedor los domingos de 9:00 a 16:00.",
        "El lavado de ropa es gratuito en las pilas y lavadoras del albergue.",
        Q_BLACK,
        "Cada trabajadora recibe sábanas, almohada y un candado para su casillero sin costo.",
        "Está prohibido el consumo de licor dentro de la finca.",
    ]
    for i, r in enumerate(rules, 1):
        pdf.F("SR", "", 10)
        y0 = pdf.get_y()
        pdf.cell(9, 4.8, "%d)" % i)
        pdf.set_xy(pdf.l_margin + 9, y0)
        pdf.multi_cell(pdf.epw - 9, 4.8, fx(r), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    pdf.ln(4)
    pdf.P(
        "Leído lo anterior, firmamos en Chinandega, Nicaragua, el 20 de noviembre de 2026.",
        fam="SR",
        after=16,
    )
    y = pdf.get_y()
    pdf.sigline(pdf.l_margin, y, 52, "Álvaro Jiménez Chaves\nLA EMPRESA")
    pdf.sigline(pdf.l_margin + 60, y, 52, "Yahoska del Carmen Altamirano Reyes\nLA TRABAJADORA")
    pdf.sigline(pdf.l_margin + 120, y, 50, "Enlaces Laborales de Occidente\nIntermediario")

    phrases = [
        (1, "AGROEXPORTADORA LLANURAS DEL TEMPISQUE"),
        (1, "12,950"),
        (2, "REGLAMENTO DEL ALBERGUE"),
    ]
    lab = label(
        "cb12.pdf",
        "generic",
        "es",
        False,
        2,
        [
            fee("debt_bondage", "violation", 1, 6000, "NIO", Q_LOAN),
            fee("movement_restriction", "violation", 2, None, None, Q_MOVE),
            fee("blacklisting_threat", "violation", 2, None, None, Q_BLACK),
        ],
        ["termination"],
        ["Enlaces Laborales de Occidente"],
        [
            "intermediary charges no commission; its service paid by the employer",
            "work permit, bus both ways and INS work-risk policy paid by employer",
            "statutory CCSS worker contribution ('rebajos')",
            "wages paid by 'depósito' to the worker's bank account",
            "free hostel, free laundry, free bedding and padlock",
            "worker keeps passport and cédula; copy only; ID and passport numbers printed",
        ],
        "work_contract",
        "legal-size; serif; justified preamble; run-in numbered cláusulas; "
        "page 2 numbered hostel rules; three signature lines; folio footer",
    )
    return pdf, lab, phrases


# ===========================================================================
# build + self-check
# ===========================================================================
FEE_CATS = {
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
KEYS = [
    "file",
    "program",
    "language",
    "scanned",
    "pages",
    "fees",
    "missing_terms",
    "recruiters",
    "traps",
    "doc_type",
    "layout",
]
FEE_KEYS = ["category", "severity", "page", "amount", "currency", "quote"]


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def check_label(lab, errors):
    tag = lab["file"]
    if list(lab.keys()) != KEYS:
        errors.append("%s: label keys %s" % (tag, list(lab.keys())))
    req = REQUIRED[lab["program"]]
    for t in lab["missing_terms"]:
        if t not in req:
            errors.append("%s: missing term %s not required for %s" % (tag, t, lab["program"]))
    for f in lab["fees"]:
        if list(f.keys()) != FEE_KEYS:
            errors.append("%s: fee keys %s" % (tag, list(f.keys())))
        if f["category"] not in FEE_CATS:
            errors.append("%s: unknown category %s" % (tag, f["category"]))
        if f["severity"] != expected_severity(f["category"], lab["program"]):
            errors.append("%s: severity of %s" % (tag, f["category"]))
        if not 1 <= f["page"] <= lab["pages"]:
            errors.append("%s: fee page out of range" % tag)
        if (f["amount"] is None) != (f["currency"] is None):
            errors.append("%s: amount/currency mismatch" % tag)


def check_pdf(path, lab, phrases, errors):
    import pdfplumber

    tag = lab["file"]
    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        texts = [norm(p.extract_text()) for p in pdf.pages]
        chars = [len(p.chars) for p in pdf.pages]
        images = [len(p.images) for p in pdf.pages]
    if n != lab["pages"]:
        errors.append("%s: %d pages, label says %d" % (tag, n, lab["pages"]))
        return
    empty = [i + 1 for i in range(n) if chars[i] == 0]
    if lab["scanned"]:
        if len(empty) != 1:
            errors.append(
                "%s: scanned doc must have exactly one image-only page, has %s" % (tag, empty)
            )
        for pg in empty:
            if images[pg - 1] < 1 or texts[pg - 1]:
                errors.append("%s: scanned page %d has text or no image" % (tag, pg))
    elif empty:
        errors.append("%s: pages without text layer %s" % (tag, empty))
    for pg, ph in phrases:
        if norm(fx(ph)) not in texts[pg - 1]:
            errors.append("%s: phrase %r not on page %d" % (tag, ph, pg))
    for f in lab["fees"]:
        if f["page"] in empty:
            errors.append("%s: fee on the scanned page" % tag)
        if norm(fx(f["quote"])) not in texts[f["page"] - 1]:
            errors.append("%s: quote not verbatim on page %d: %r" % (tag, f["page"], f["quote"]))
    alltext = " ".join(texts)
    for r in lab["recruiters"]:
        if norm(fx(r)) not in alltext:
            errors.append("%s: recruiter %r not in text" % (tag, r))


def main(argv):
    import warnings

    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    if not HAVE_DEJAVU:
        # Page breaks and labelled pages are calibrated on DejaVu metrics; core fonts
        # would move text between pages and silently invalidate the labels.
        print("FAIL: DejaVu fonts not found in %s" % FONT_DIR, file=sys.stderr)
        return 1
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    labels, errors = [], []
    built = []
    for fn in DOCS:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            pdf, lab, phrases = fn()
            path = os.path.join(out, lab["file"])
            pdf.output(path)
        for wi in w:
            if "missing" in str(wi.message).lower() and "glyph" in str(wi.message).lower():
                errors.append("%s: %s" % (lab["file"], wi.message))
        labels.append(lab)
        built.append((path, lab, phrases))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)

    # --- self-checks ---------------------------------------------------------
    names = ["cb%02d.pdf" % i for i in range(1, 13)]
    if [l["file"] for l in labels] != names:
        errors.append("files are not cb01..cb12: %s" % [l["file"] for l in labels])
    if sum(1 for l in labels if l["scanned"]) != 1:
        errors.append("exactly one document must be scanned")
    if sum(1 for l in labels if not l["fees"]) != 6:
        errors.append("expected 6 compliant documents")
    for l in labels:
        if l["fees"] and not 1 <= len({f["category"] for f in l["fees"]}) <= 3:
            errors.append("%s: fee documents carry 1-3 categories" % l["file"])
    for path, lab, phrases in built:
        check_label(lab, errors)
        check_pdf(path, lab, phrases, errors)
    committed = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.json")
    if os.path.exists(committed):
        with open(committed, encoding="utf-8") as fh:
            if json.load(fh) != labels:
                errors.append("labels.json next to build.py differs from the generated labels")

    for e in errors:
        print("FAIL:", e, file=sys.stderr)
    if errors:
        return 1
    by = {}
    for l in labels:
        by.setdefault((l["program"], l["language"]), 0)
        by[(l["program"], l["language"])] += 1
    print(
        "ok: %d PDFs + labels.json in %s; %s"
        % (len(labels), out, ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(by.items())))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
