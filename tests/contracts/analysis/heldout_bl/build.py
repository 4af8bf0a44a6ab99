#!/usr/bin/env python3
"""Blind held-out batch "bl": 12 recruitment documents with hand-written labels.

Usage:  python build.py OUT_DIR

Writes bl01.pdf ... bl12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks the labels against what was printed (page counts, every
fee quote on its page, scanned pages without a text layer, recruiter names printed).
Exits non-zero on any mismatch.  Deterministic: fixed creation date, fixed seeds.
"""

import datetime as _dt
import io
import json
import os
import sys

import numpy as np
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CREATED = _dt.datetime(2026, 2, 16, 10, 30, 0, tzinfo=_dt.UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "DV": {
        "": DEJAVU + "DejaVuSans.ttf",
        "B": DEJAVU + "DejaVuSans-Bold.ttf",
        "I": DEJAVU + "DejaVuSans-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSans-BoldOblique.ttf",
    },
    "DVC": {
        "": DEJAVU + "DejaVuSansCondensed.ttf",
        "B": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        "I": DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "DVS": {
        "": DEJAVU + "DejaVuSerif.ttf",
        "B": DEJAVU + "DejaVuSerif-Bold.ttf",
        "I": DEJAVU + "DejaVuSerif-Italic.ttf",
        "BI": DEJAVU + "DejaVuSerif-BoldItalic.ttf",
    },
    "LS": {
        "": LIBER + "LiberationSans-Regular.ttf",
        "B": LIBER + "LiberationSans-Bold.ttf",
        "I": LIBER + "LiberationSans-Italic.ttf",
        "BI": LIBER + "LiberationSans-BoldItalic.ttf",
    },
    "LSR": {
        "": LIBER + "LiberationSerif-Regular.ttf",
        "B": LIBER + "LiberationSerif-Bold.ttf",
        "I": LIBER + "LiberationSerif-Italic.ttf",
        "BI": LIBER + "LiberationSerif-BoldItalic.ttf",
    },
    "LN": {
        "": LIBER + "LiberationSansNarrow-Regular.ttf",
        "B": LIBER + "LiberationSansNarrow-Bold.ttf",
        "I": LIBER + "LiberationSansNarrow-Italic.ttf",
        "BI": LIBER + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "LM": {
        "": LIBER + "LiberationMono-Regular.ttf",
        "B": LIBER + "LiberationMono-Bold.ttf",
        "I": LIBER + "LiberationMono-Italic.ttf",
        "BI": LIBER + "LiberationMono-BoldItalic.ttf",
    },
}
if os.path.exists(NOTO + "NotoSans-Regular.ttf"):
    FONT_FILES["NS"] = {
        "": NOTO + "NotoSans-Regular.ttf",
        "B": NOTO + "NotoSans-Bold.ttf",
        "I": NOTO + "NotoSans-Italic.ttf",
        "BI": NOTO + "NotoSans-BoldItalic.ttf",
    }
else:  # fall back to DejaVu when Noto is absent
    FONT_FILES["NS"] = FONT_FILES["DV"]

SCANNED_PAGES = {}  # file -> list of 1-based page numbers rendered as image-only scans


# ---------------------------------------------------------------------------
# small layout library on top of fpdf2
# ---------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        family="DV",
        size=10,
        margins=(20, 18, 20),
        title="",
        author="",
        footer=None,
        band=None,
        lh=None,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, styles in FONT_FILES.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 20)
        self.base_family = family
        self.base_size = size
        self.lh = lh or size * 0.47
        self.footer_text = footer
        self.band = band  # (text, rgb) header band drawn on every page
        self.no_chrome = set()
        self.set_creation_date(CREATED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout batch bl")
        self.set_subject(title)
        self.alias_nb_pages()
        self.set_font(family, "", size)

    # chrome -------------------------------------------------------------
    def header(self):
        if self.page_no() in self.no_chrome or not self.band:
            return
        text, rgb = self.band
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, 12, "F")
        self.set_xy(self.l_margin, 3.2)
        self.set_text_color(255, 255, 255)
        self.set_font(self.base_family, "B", 9)
        self.cell(0, 5.5, text)
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.t_margin, 18))
        self.set_font(self.base_family, "", self.base_size)

    def footer(self):
        if self.page_no() in self.no_chrome or not self.footer_text:
            return
        self.set_y(-13)
        self.set_font(self.base_family, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # text helpers -------------------------------------------------------
    def fnt(self, style="", size=None, family=None):
        self.set_font(family or self.base_family, style, size or self.base_size)

    def ttl(self, text, size=14, align="C", style="B", space=2, family=None):
        self.fnt(style, size, family)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(space)
        self.fnt()

    def heading(self, text, size=None, space_before=2.5, space_after=1, fill=None, family=None):
        size = size or self.base_size + 1
        self.ln(space_before)
        self.fnt("B", size, family)
        if fill:
            self.set_fill_color(*fill)
            self.multi_cell(
                0, size * 0.55, " " + text, fill=True, align="L", new_x="LMARGIN", new_y="NEXT"
            )
        else:
            self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(space_after)
        self.fnt()

    def para(self, text, align="L", style="", size=None, space=1.6, lh=None, indent=0, family=None):
        self.fnt(style, size, family)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh or self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(space)
        self.fnt()

    def clause(self, lead, text, align="J", size=None, space=1.6, lh=None, indent=0):
        """Bold lead-in followed by body text (markdown bold)."""
        self.fnt("", size)
        if indent:
            self.set_x(self.l_margin + indent)
        body = "**" + lead + "** " + text if lead else text
        self.multi_cell(
            0, lh or self.lh, body, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(space)

    def bullets(self, items, bullet="•", indent=4, size=None, space=1.0, align="L", lead_bold=True):
        self.fnt("", size)
        for it in items:
            self.set_x(self.l_margin + indent)
            self.cell(4.5, self.lh, bullet)
            if isinstance(it, tuple):
                body = "**" + it[0] + "** " + it[1] if lead_bold else it[0] + " " + it[1]
                md = lead_bold
            else:
                body, md = it, False
            self.multi_cell(
                0, self.lh, body, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(space)

    def grid(
        self,
        rows,
        widths,
        size=None,
        head=True,
        fill=(225, 225, 225),
        bold_first=False,
        lh=None,
        borders="ALL",
        family=None,
        align="L",
    ):
        size = size or self.base_size - 0.5
        self.set_font(family or self.base_family, "", size)
        total = self.epw if sum(widths) > self.epw else sum(widths)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            width=total,
            line_height=lh or size * 0.48,
            text_align=align,
            v_align="TOP",
            first_row_as_headings=head,
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            borders_layout=borders,
            align="LEFT",
            padding=1.2,
        ) as t:
            for r_i, r in enumerate(rows):
                row = t.row()
                for c_i, c in enumerate(r):
                    if bold_first and c_i == 0 and not (head and r_i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2)
        self.fnt()

    def letterhead(self, name, lines, rgb=(20, 60, 110), size=15, height=26, family=None):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, height, "F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 5)
        self.fnt("B", size, family)
        self.cell(0, size * 0.45, name, new_x="LMARGIN", new_y="NEXT")
        self.fnt("", 8.5, family)
        for ln_ in lines:
            self.cell(0, 4, ln_, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(height + 6)
        self.fnt()

    def signatures(self, blocks, gap=16, box=False, size=None):
        """blocks: list of (line1, line2, ...) per signer, printed in columns."""
        size = size or self.base_size - 1
        n = len(blocks)
        colw = (self.epw - (n - 1) * 8) / n if n > 1 else self.epw / 2
        if box:
            gap = max(gap, 30)
        need = gap + 3 + max(len(b) for b in blocks) * size * 0.45
        if self.get_y() + need > self.h - self.b_margin:
            self.add_page()
        y0 = self.get_y() + gap
        for i, blk in enumerate(blocks):
            x = self.l_margin + i * (colw + 8)
            bw = colw - (26 if box and i == n - 1 else 0)
            self.line(x, y0, x + bw, y0)
            self.set_xy(x, y0 + 1)
            self.set_font(self.base_family, "", size)
            for j, t in enumerate(blk):
                self.set_x(x)
                self.set_font(self.base_family, "B" if j == 0 else "", size)
                self.multi_cell(bw, size * 0.45, t, align="L", new_x="LEFT", new_y="NEXT")
            if box and i == n - 1:
                self.rect(x + colw - 22, y0 - 22, 22, 26)
                self.set_xy(x + colw - 22, y0 + 4.5)
                self.set_font(self.base_family, "", 6.5)
                self.cell(22, 3, "Huella", align="C")
        self.set_y(y0 + 6 + max(len(b) for b in blocks) * size * 0.45)
        self.fnt()


def scanned_page(doc, spec, seed, dpi=150, rotate=0.45, family="DVS"):
    """Render spec onto a noisy grey image and add it as an image-only page."""
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(FONT_FILES[family][""], 25)
    bold = ImageFont.truetype(FONT_FILES[family]["B"], 27)
    small = ImageFont.truetype(FONT_FILES[family][""], 21)
    x0, maxw = 135, W - 270
    y = 150

    def wrap(text, f, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, text in spec:
        if kind == "title":
            for ln_ in wrap(text, bold, maxw):
                tw = d.textlength(ln_, font=bold)
                d.text(((W - tw) / 2, y), ln_, font=bold, fill=25)
                y += 38
            y += 14
        elif kind == "para":
            for ln_ in wrap(text, reg, maxw):
                d.text((x0, y), ln_, font=reg, fill=30)
                y += 35
            y += 16
        elif kind == "sig":
            y += 190
            cols = text  # list of (name, role)
            cw = (maxw - 200) // len(cols)
            for i, (nm, role) in enumerate(cols):
                cx = x0 + i * cw
                d.line((cx, y, cx + cw - 60, y), fill=40, width=2)
                d.text((cx, y + 8), nm, font=small, fill=30)
                d.text((cx, y + 36), role, font=small, fill=30)
            # fingerprint box and a hand-drawn scribble
            d.rectangle((W - 290, y - 160, W - 140, y + 10), outline=60, width=2)
            d.text((W - 252, y + 16), "Huella", font=small, fill=40)
            rng_s = np.random.default_rng(seed + 7)
            pts = [(x0 + 40 + k * 9, y - 30 + int(rng_s.integers(-14, 14))) for k in range(28)]
            d.line(pts, fill=35, width=3)
            y += 90
        elif kind == "space":
            y += int(text)
    arr = np.asarray(img).astype(np.float32)
    rng = np.random.default_rng(seed)
    arr += rng.normal(0.0, 7.0, arr.shape)
    # uneven scanner lighting: darker toward the right edge
    arr -= np.linspace(0, 14, W)[None, :]
    arr[:, :10] -= np.linspace(90, 10, 10)[None, :]  # dark scanner edge on the left
    speck = rng.random(arr.shape) < 0.0009
    arr[speck] = rng.uniform(40, 120, speck.sum())
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    doc.add_page()
    doc.no_chrome.add(doc.page_no())
    doc.image(buf, x=0, y=0, w=doc.w, h=doc.h)


def fee(category, severity, page, amount, currency, quote, group=None):
    f = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


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


# ---------------------------------------------------------------------------
# bl01  H-2A job order, English, compliant (traps only)
# ---------------------------------------------------------------------------
def build_bl01():
    d = Doc(
        family="LS",
        size=9.5,
        title="H-2A Clearance Order GA-2026-0417",
        author="Altamaha River Produce Company, LLC",
        band=(
            "ALTAMAHA RIVER PRODUCE COMPANY, LLC  |  H-2A Agricultural Clearance Order GA-2026-0417",
            (34, 94, 52),
        ),
        footer="Clearance Order GA-2026-0417 - Spanish copy furnished to each worker - page {p} of {nb}",
    )
    d.add_page()
    d.ttl(
        "AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT\nH-2A Temporary Agricultural Employment", 13
    )
    d.heading("1. EMPLOYER", fill=(222, 236, 224))
    d.bullets(
        [
            ("Legal name:", "Altamaha River Produce Company, LLC"),
            ("Address:", "2290 Old Jesup Highway, Baxley, Georgia 31513"),
            ("Telephone:", "(912) 555-0143"),
            ("Contact:", "Lorraine Tuggle, Farm Office Manager"),
        ]
    )
    d.heading("2. JOB TITLE AND DUTIES", fill=(222, 236, 224))
    d.para(
        "Farmworkers and Laborers, Crop (SOC 45-2092). Number of workers requested: 85.", style="B"
    )
    d.para(
        "Workers will hand harvest cabbage, collards and sweet onions; cut, top and bag onions in the "
        "field; transplant vegetable seedlings; hoe and pull weeds by hand; load field bins onto "
        "trailers; and, in the packing shed, place onions on the feeder belt, remove culls and stack "
        "packed boxes on pallets. Work is performed outdoors in heat, rain and dust, with repeated "
        "bending, stooping and lifting.",
        align="J",
    )
    d.heading("3. MINIMUM REQUIREMENTS", fill=(222, 236, 224))
    d.para(
        "One (1) month of verifiable experience in the hand harvest of vegetables. Workers must be able "
        "to lift and carry 50 pounds repeatedly and to work on their feet for the full shift. No "
        "education, certificate or English is required. After a three-day adjustment period workers "
        "are expected to fill at least 30 bags of onions per hour.",
        align="J",
    )
    d.heading("4. PERIOD, HOURS AND PAY", fill=(222, 236, 224))
    d.grid(
        [
            ["Item", "Terms"],
            ["Period of employment", "April 6, 2026 through July 24, 2026"],
            [
                "Hours",
                "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute "
                "unpaid lunch and two paid 10-minute rest breaks. Saturday work of up to 6 hours may be "
                "offered when rain delays the harvest; it is voluntary.",
            ],
            ["Hourly rate", "$14.68 per hour"],
            [
                "Piece rate (onion harvest)",
                "$0.85 per 50-lb bag; hourly earnings will never be lower than "
                "$14.68 for every hour worked",
            ],
            [
                "Paydays",
                "Weekly, every Friday, by check drawn on a local bank that cashes it free of charge",
            ],
        ],
        widths=(45, 131),
        bold_first=True,
    )
    d.clause(
        "Highest wage.",
        "The employer will pay at least the highest of the Adverse Effect Wage Rate "
        "(AEWR), the applicable prevailing wage, any agreed collective bargaining wage, or the Federal "
        "or State minimum wage in effect when the work is performed. If a new AEWR published during "
        "the season is higher than the rate above, the new rate is paid from its effective date.",
    )
    d.clause(
        "Earnings statements.",
        "With every paycheck each worker receives a written statement showing "
        "the hours offered, the hours actually worked, the bags harvested under the piece rate, each "
        "rate of pay, total earnings, every deduction and the net pay, together with the employer's "
        "name, address and FEIN.",
    )
    d.clause(
        "Deductions.",
        "The only deductions are Social Security and Medicare taxes, federal income "
        "tax withholding, Georgia income tax withholding, court-ordered garnishments, and any "
        "deduction a worker voluntarily authorizes in writing for his own benefit, such as a money "
        "transfer to his family. No deduction is made for housing, tools, transportation or "
        "recruitment.",
    )

    d.add_page()
    d.heading("5. THREE-FOURTHS GUARANTEE", fill=(222, 236, 224))
    d.para(
        "The employer guarantees to offer each worker employment for a total number of work hours equal "
        "to at least three-fourths (3/4) of the workdays of the total period of this contract, counted "
        "from the first workday after arrival. If the employer offers fewer hours, it will pay the "
        "worker the amount he would have earned had he been offered the guaranteed hours.",
        align="J",
    )
    d.heading("6. HOUSING AND MEALS", fill=(222, 236, 224))
    d.para(
        "Free housing is provided to every worker who cannot reasonably return to his permanent "
        "residence the same day, at the Altamaha River Produce labor camp, 2310 Old Jesup Highway, "
        "Baxley, Georgia 31513, inspected and approved by the Georgia Department of Labor. No rent, "
        "utility charge or deposit for bedding is taken. Residents may come and go freely during their "
        "free time and may receive visitors in the common room.",
        align="J",
    )
    d.para(
        "Each housing unit has free and convenient cooking and kitchen facilities (gas stoves, "
        "refrigerators, pots and utensils) so that workers can prepare their own meals. Water, ice and "
        "coffee are provided at no cost at every field station.",
        align="J",
    )
    d.heading("7. TRANSPORTATION", fill=(222, 236, 224))
    d.clause(
        "To the job.",
        "The employer buys the bus ticket from Poza Rica, Veracruz, to Baxley in advance "
        "and pays daily subsistence of $16.36 in cash for each day of the trip. The visa fee and the "
        "border-crossing fee are reimbursed in the first workweek.",
    )
    d.clause(
        "Back home.",
        "A worker who completes the contract period, or whom the employer dismisses early "
        "for reasons other than cause, will be provided or paid return transportation and daily "
        "subsistence to Poza Rica, Veracruz.",
    )
    d.clause(
        "Every day.",
        "Free daily transportation between the camp and the fields is provided in "
        "employer-owned buses with licensed and insured drivers.",
    )
    d.heading("8. TOOLS, INSURANCE AND SAFETY", fill=(222, 236, 224))
    d.para(
        "All tools, supplies and equipment required for the work (harvest knives, buckets, bags, gloves "
        "and rain suits) are provided free of charge and without any deposit.",
        align="J",
    )
    d.para(
        "Workers are covered by workers' compensation insurance, policy number WC-7731-0586, issued by "
        "Pinebelt Mutual Casualty Company, at no cost to the worker.",
        align="J",
    )
    d.heading("9. ABANDONMENT, TERMINATION AND CONTRACT IMPOSSIBILITY", fill=(222, 236, 224))
    d.para(
        "A worker who fails to report for work for five (5) consecutive working days without the "
        "employer's consent will be considered to have voluntarily abandoned the job, and the employer "
        "will notify the Department of Labor and DHS no later than two working days afterwards. A "
        "worker who abandons the job or is terminated for cause loses the right to paid return "
        "transportation and to the three-fourths guarantee. A worker is terminated for cause only after "
        "a written warning, except for theft, violence or drinking on the job.",
        align="J",
    )
    d.para(
        "If, before the end date, the services of the workers are no longer required because fire, "
        "hail, flood, drought or another Act of God makes the fulfilment of the contract impossible, "
        "the employer may terminate the contract with the approval of the Certifying Officer. In that "
        "event the employer will fulfil the three-fourths guarantee for the time that has passed, "
        "provide or pay return transportation and subsistence, and make efforts to transfer the "
        "workers to other comparable employment.",
        align="J",
    )

    d.add_page()
    d.heading("10. WORKER PROTECTIONS", fill=(222, 236, 224))
    d.clause(
        "Recruitment.",
        "This employer recruits in Mexico through Enlace Agrícola del Golfo, S.C., "
        "Calle Ignacio Zaragoza 118, Poza Rica, Veracruz, and pays that agency for all of its services. "
        "The agency is forbidden by written contract to seek or receive any payment from workers. No "
        "worker will pay anything to anyone for a place on this job.",
    )
    d.clause(
        "Documents.",
        "Workers keep their own passports, visas and identification at all times; the "
        "employer will not ask to hold them.",
    )
    d.clause(
        "Complaints.",
        "No worker will be discharged, blacklisted or treated differently for filing a "
        "complaint, testifying, or consulting an attorney or a legal-aid organization.",
    )
    d.clause(
        "Language.",
        "Each worker receives this clearance order in Spanish no later than the time he "
        "applies for the visa.",
    )
    d.heading("11. WORKSITES", fill=(222, 236, 224))
    d.grid(
        [
            ["Field", "Location", "County", "Crops"],
            [
                "Home Place",
                "2290 Old Jesup Highway, Baxley, GA 31513",
                "Appling",
                "Cabbage, collards",
            ],
            ["Surrency Tract", "1175 Surrency Road, Baxley, GA 31513", "Appling", "Sweet onions"],
            [
                "Lyons North",
                "3908 Oak Grove Church Road, Lyons, GA 30436",
                "Toombs",
                "Sweet onions",
            ],
            [
                "Packing shed",
                "2296 Old Jesup Highway, Baxley, GA 31513",
                "Appling",
                "Onion grading",
            ],
        ],
        widths=(32, 76, 26, 42),
    )
    d.heading("12. SIGNATURES", fill=(222, 236, 224))
    d.para(
        "The employer certifies that the terms above are the actual terms of employment and that it "
        "will comply with all employer obligations of 20 CFR 655 subpart B.",
        align="J",
    )
    d.signatures(
        [
            (
                "Lorraine Tuggle",
                "Farm Office Manager",
                "Altamaha River Produce Company, LLC",
                "Date: January 19, 2026",
            ),
            ("Worker's signature", "Name printed:", "Date:"),
        ]
    )
    lab = label(
        "bl01.pdf",
        "h2a",
        "en",
        3,
        [],
        [],
        ["Enlace Agrícola del Golfo, S.C."],
        [
            "'feeder belt' in the packing shed is a job word, not a fee",
            "water, ice and coffee at no cost ('coffee')",
            "free housing, no rent, utility charge or bedding deposit",
            "free kitchen facilities",
            "inbound bus and subsistence paid by employer; visa and border-crossing fees reimbursed in first workweek",
            "tools and rain suits free, no deposit",
            "abandonment loses paid return transport (lawful, not a breach penalty)",
            "tax withholding and voluntary written deductions (lawful)",
            "recruiter paid by employer; nobody pays for a place (negated recruitment fee)",
            "workers keep passports (negated retention)",
            "no blacklisting for complaints (negated)",
            "residents free to come and go (negated movement restriction)",
        ],
        "job_order",
        "single column; colored header band; bulleted employer block; gridded terms and "
        "worksite tables; numbered sections; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl02  H-2A typed letter from a local recruiter, informal Spanish (Michoacán)
# ---------------------------------------------------------------------------
def build_bl02():
    q_fee = (
        "Para apartar su lugar en la lista de este año me tiene que dar una cooperación de 8 500 "
        "pesos, que es lo de mis gastos de papelería y vueltas a Monterrey."
    )
    q_visa = (
        "La cita del consulado y la visa, que son como 190 dólares, los paga usted y eso allá no se "
        "lo regresan."
    )
    q_travel = (
        "El camión de aquí a Monterrey y el hotel mientras sale la visa también van por su cuenta; "
        "calcúlele unos 3,000 pesos."
    )
    q_bond = (
        "Además me firma un pagaré por 20 mil pesos, nomás como garantía de que no se va a brincar "
        "del rancho; cuando regrese se lo rompo."
    )
    q_black = (
        "Y le encargo que no ande de quejoso con el consulado ni con abogados, porque al que se queja "
        "lo apunto en la lista negra y ya no vuelve a salir ni conmigo ni con nadie."
    )
    d = Doc(
        family="LM",
        size=10,
        margins=(24, 16, 24),
        lh=5.4,
        title="Carta",
        author="Servicios Migratorios Cázares",
    )
    d.add_page()
    d.fnt("B", 13)
    d.cell(0, 7, "SERVICIOS MIGRATORIOS CÁZARES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.fnt("", 8.5)
    d.cell(
        0,
        4.5,
        "Trámites - Asesoría - Viajes de trabajo al extranjero",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.cell(
        0,
        4.5,
        "Av. Lázaro Cárdenas 412-B, Col. Centro, Apatzingán, Mich. - Cel. y WhatsApp 453 555 0187",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.ln(8)
    d.para("Apatzingán, Michoacán, a 9 de febrero de 2026", align="R")
    d.para("Sr. Efraín Tapia Moreno\nPresente", style="B")
    d.para("Estimado Efraín:")
    d.para(
        "Como quedamos el sábado en la plaza, por medio de esta carta le explico cómo va a estar lo del "
        "trabajo en el norte, para que lo platique con su familia y me diga si sí va."
    )
    d.para(
        "El trabajo es con la compañía Cascade Bend Orchards LLC, que tiene sus oficinas en 1420 Wapato "
        "Way, Manson, Washington 98831. Es para la pizca de cereza y luego de manzana, con escalera y "
        "bote, en las huertas que tiene la compañía en Manson y en Chelan, Washington. Piden que tenga "
        "por lo menos una temporada de experiencia en pizca de fruta, aquí o allá."
    )
    d.para(
        "Salen más o menos a finales de mayo y se regresan como en octubre, según cómo venga la cosecha. "
        "Se trabaja de lunes a sábado, lo que dé la fruta; hay días largos y días cortos."
    )
    d.para(
        "La hora se paga a 20 dólares con 15 centavos y le pagan cada semana, los viernes. La casa allá "
        "es gratis: les dan cama en las trailas del rancho, junto a la huerta de Manson, y hay cocina "
        "con estufa y refri para que ustedes mismos se hagan de comer sin pagar nada. Del cuartel a la "
        "huerta los lleva y los trae la camioneta del rancho, sin costo. Las escaleras, los botes y las "
        "tijeras los pone el rancho, a nadie se le cobran."
    )
    d.para("Ahora, lo que usted tiene que poner de su parte:", style="B")
    for i, q in enumerate([q_fee, q_visa, q_travel, q_bond], 1):
        d.set_x(d.l_margin + 4)
        d.multi_cell(0, d.lh, "%d. %s" % (i, q), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(1)
    d.para("De Monterrey se van en autobús hasta Washington; son como tres días de camino.")

    d.add_page()
    d.para("- 2 -", align="C", size=9, space=4)
    d.para("Cuando termine la temporada, el patrón le paga el regreso hasta Monterrey.")
    d.para(
        "Su pasaporte lo trae usted siempre; yo no me quedo con papeles de nadie. Nomás le saco copia."
    )
    d.para(q_black)
    d.para(
        "Si está de acuerdo, venga a la oficina el lunes 16 de febrero con su pasaporte, su INE, su CURP "
        "y el dinero de la cooperación, para hacerle su recibo y apuntarlo."
    )
    d.para("Sin más por el momento, quedo a sus órdenes.")
    d.ln(4)
    d.para("Atentamente,")
    d.ln(14)
    d.line(d.l_margin, d.get_y(), d.l_margin + 70, d.get_y())
    d.ln(1.5)
    d.para("Roberto Cázares Luna\nServicios Migratorios Cázares", style="B", space=6)
    d.para("P.D. No le diga a nadie cuánto me dio, porque a cada quien le cobro diferente.", size=9)
    d.para(
        "P.D. 2. Llévese ropa para el frío, que en octubre allá ya hiela en las mañanas.", size=9
    )
    lab = label(
        "bl02.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, 8500, "MXN", q_fee),
            fee("visa_cost", "violation", 1, 190, "USD", q_visa),
            fee("travel_cost", "violation", 1, 3000, "MXN", q_travel),
            fee("deposit_or_bond", "violation", 1, 20000, "MXN", q_bond),
            fee("blacklisting_threat", "violation", 2, None, None, q_black),
        ],
        [
            "employment_period",
            "hours_of_work",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Servicios Migratorios Cázares"],
        [
            "free housing in ranch trailers and free kitchen (h2a)",
            "free daily transport from camp to orchard",
            "ladders, buckets and clippers free ('a nadie se le cobran')",
            "return trip paid by employer",
            "worker keeps passport; recruiter only copies it (negated retention)",
            "'finales de mayo ... como en octubre' and 'lo que dé la fruta' give no concrete dates or hours",
        ],
        "recruiter_letter",
        "typed letter in monospaced font; centered letterhead with rule; numbered list "
        "of payments; signature line; postscripts",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl03  H-2A job order, English, Michigan blueberries, several violations
# ---------------------------------------------------------------------------
def build_bl03():
    q_house = "Each resident pays a weekly bed fee of $35.00, which is deducted from his paycheck."
    q_equip = (
        "Picking buckets, belts and rain gear are issued against a refundable equipment deposit of "
        "$40.00, deducted from the worker's first paycheck."
    )
    q_hold = (
        "The employer holds back $1.00 of the hourly wage for every hour worked and pays the "
        "accumulated amount with the final paycheck of the season."
    )
    q_forfeit = "A worker who leaves before September 30, 2026 forfeits all held-back wages."
    q_damage = (
        "Ladders, lugs or harvester parts damaged through a worker's carelessness will be charged "
        "to that worker at replacement cost."
    )
    d = Doc(
        family="DVC",
        size=9,
        title="H-2A Job Order MI-2026-2281",
        author="Blue Heron Berry Farms, Inc.",
        footer="Blue Heron Berry Farms, Inc. - Job Order MI-2026-2281 - p. {p}/{nb}",
    )
    d.add_page()
    d.set_draw_color(40, 40, 110)
    d.set_line_width(0.6)
    d.rect(d.l_margin, 14, d.epw, 16)
    d.set_xy(d.l_margin, 16)
    d.fnt("B", 13)
    d.cell(0, 6, "BLUE HERON BERRY FARMS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.fnt("", 9)
    d.cell(
        0,
        5,
        "H-2A JOB ORDER - Attachment to Form ETA-790A - Order No. MI-2026-2281",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_y(35)
    d.heading("A. SUMMARY", space_before=0)
    d.grid(
        [
            [
                "Employer",
                "Blue Heron Berry Farms, Inc., 6100 68th Street, Grand Junction, Michigan 49056; "
                "telephone (269) 555-0122",
            ],
            [
                "Agent",
                "Tri-State AgriStaffing Partners, LLC, 415 Commerce Way, Suite 9, Holland, Michigan 49423",
            ],
            [
                "Occupation",
                "Farmworkers and Laborers, Crop, Nursery, and Greenhouse (SOC 45-2092); 140 openings",
            ],
            ["Period of employment", "June 29, 2026 to September 30, 2026"],
            [
                "Hours",
                "40 hours per week, Monday through Saturday; work starts at 6:30 a.m. and ends when the "
                "day's fruit is picked",
            ],
            [
                "Rate of pay",
                "$18.50 per hour, or $0.58 per pound of hand-picked blueberries, whichever pays more "
                "for the pay period",
            ],
            ["Pay frequency", "Weekly, every Thursday"],
        ],
        widths=(40, 136),
        head=False,
        bold_first=True,
    )
    d.heading("B. JOB DUTIES AND REQUIREMENTS")
    d.para(
        "Hand-harvest highbush blueberries into picking buckets worn on a belt, sort out green, soft and "
        "damaged fruit, carry full lugs to the weigh station and load them on trailers. Some workers "
        "will ride on mechanical harvesters to remove leaves and debris and to stack lugs. Work is "
        "outdoors in heat, rain and early-morning dew.",
        align="J",
    )
    d.para(
        "Requirements: three (3) months of experience hand harvesting berries or other fruit; able to "
        "stand, bend and lift 40 pounds; after the first week a worker must keep a picking rate of "
        "25 pounds per hour.",
        align="J",
    )
    d.heading("C. WAGES")
    d.para(
        "If the AEWR, the prevailing wage, or the federal or Michigan minimum wage rises above the "
        "offered rate during the contract, the employer will pay the higher rate from the date it takes "
        "effect.",
        align="J",
    )
    d.para(q_hold + " " + q_forfeit, align="J")
    d.para(
        "Deductions: Social Security and Medicare taxes, federal and Michigan income tax if "
        "applicable, the weekly bed fee, the equipment deposit, and meals for workers who join the "
        "meal plan. The employer does not make loans or advances to workers.",
        align="J",
    )
    d.heading("D. WORKSITES")
    d.grid(
        [
            ["Block", "Address", "County"],
            ["Home Farm", "6100 68th Street, Grand Junction, MI 49056", "Van Buren"],
            [
                "Bloomingdale Block",
                "58th Avenue at County Road 388, Bloomingdale, MI 49026",
                "Van Buren",
            ],
            ["Lacota Block", "35800 County Road 378, Lacota, MI 49063", "Van Buren"],
        ],
        widths=(40, 106, 30),
    )

    d.add_page()
    d.heading("E. HOUSING AND MEALS", space_before=0)
    d.para(
        "Housing is provided at the Bloomingdale Road camp, 41 Bloomingdale Road, Bloomingdale, "
        "Michigan 49026, licensed by the Michigan Department of Agriculture and Rural Development. "
        + q_house,
        align="J",
    )
    d.para(
        "Three meals a day are available from the camp cook for $15.00 per day, an amount below the "
        "2026 maximum meal charge published by the Department of Labor. Workers who prefer to cook for "
        "themselves may use the camp kitchen free of charge.",
        align="J",
    )
    d.heading("F. TRANSPORTATION")
    d.para(
        "Inbound: the employer reimburses transportation and daily subsistence from Morelia, Michoacán, "
        "to the worksite in the first workweek, and the consular visa fee is repaid in the first "
        "paycheck. Return: transportation and subsistence back to Morelia are paid to workers who "
        "complete the contract or are released early without cause. Daily: free transportation "
        "between the camp and the blocks in company buses.",
        align="J",
    )
    d.heading("G. EQUIPMENT")
    d.para(q_equip + " " + q_damage, align="J")
    d.heading("H. INSURANCE")
    d.para(
        "Workers' compensation coverage is provided through policy MWC-0092417 with Great Lakes Farm "
        "Mutual Insurance Co.",
        align="J",
    )
    d.heading("I. ABANDONMENT, DISMISSAL AND EARLY END OF THE SEASON")
    d.para(
        "A worker who is absent for five consecutive working days without permission is considered to "
        "have abandoned the job; the employer will notify the Department of Labor and DHS. Workers may "
        "be dismissed for cause, including failure to keep the picking rate after the first week, "
        "theft or fighting.",
        align="J",
    )
    d.para(
        "If hail, frost, fire or another natural disaster makes it impossible to complete the contract, "
        "the employer may end it with Department of Labor approval, will pay all wages earned up to "
        "that day, and will provide return transportation.",
        align="J",
    )
    d.heading("J. RECRUITMENT")
    d.para(
        "Tri-State AgriStaffing Partners, LLC recruits for the employer and is paid by the employer. No "
        "fee will be charged to workers by Tri-State AgriStaffing Partners, LLC or its sub-agents.",
        align="J",
    )
    d.heading("K. EMPLOYER CERTIFICATION")
    d.para("I certify that the above terms are true and complete.")
    d.signatures(
        [
            ("Gerrit Vander Molen", "President, Blue Heron Berry Farms, Inc.", "March 3, 2026"),
            ("Worker", "Signature and date"),
        ]
    )
    lab = label(
        "bl03.pdf",
        "h2a",
        "en",
        2,
        [
            fee("housing_charge", "violation", 2, 35, "USD", q_house),
            fee("equipment_charge", "violation", 2, 40, "USD", q_equip),
            fee("wage_withholding", "violation", 1, 1, "USD", q_hold),
            fee("breach_penalty", "violation", 1, None, None, q_forfeit),
            fee("damage_chargeback", "review", 2, None, None, q_damage),
        ],
        ["three_fourths_guarantee", "tools_provided", "earnings_statements"],
        ["Tri-State AgriStaffing Partners, LLC"],
        [
            "optional meal plan at $15.00/day below the published cap, free camp kitchen (lawful h2a meal charge)",
            "inbound travel and subsistence reimbursed; visa fee repaid in first paycheck",
            "return and daily transportation free",
            "no loans or advances (negated debt)",
            "agent paid by employer; 'No fee will be charged to workers' (negated recruitment fee)",
            "picking-rate standard is a lawful dismissal-for-cause rule",
        ],
        "job_order",
        "boxed title; borderless-label gridded summary table; lettered sections; worksite "
        "grid; condensed font; page footer",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl04  H-2A formal work contract, Spanish (Guanajuato -> North Carolina)
# ---------------------------------------------------------------------------
def build_bl04():
    q_ret = (
        "Con el fin de evitar su extravío, el Mayordomo de LA EMPRESA conservará en resguardo el "
        "pasaporte y la visa de EL TRABAJADOR durante toda la vigencia de este contrato; EL TRABAJADOR "
        "podrá solicitarlos por escrito con cuarenta y ocho horas de anticipación."
    )
    q_move = (
        "EL TRABAJADOR no podrá salir del campamento después de las 21:00 horas ni los domingos sin "
        "autorización escrita del Mayordomo, y no se permiten visitas en la vivienda."
    )
    q_pen = (
        "Si EL TRABAJADOR abandona el empleo antes del término de la temporada, pagará a LA EMPRESA una "
        "pena convencional de USD 600.00 (seiscientos dólares) por concepto de gastos de reemplazo."
    )
    q_fee = (
        "EL TRABAJADOR reconoce haber cubierto a Conexión Jornalera Guanajuato, S.C. la cantidad de "
        "MXN 9,800.00 (nueve mil ochocientos pesos 00/100 M.N.) por concepto de integración de "
        "expediente y gestoría, cantidad que no será reembolsada por LA EMPRESA."
    )
    d = Doc(
        family="LSR",
        size=10.5,
        margins=(25, 20, 25),
        lh=5.0,
        title="Contrato individual de trabajo H-2A",
        author="Piedmont Leaf & Sweet Potato Co., LLC",
        footer="Contrato PLSP-H2A-2026-0137  -  Página {p} de {nb}",
    )
    d.add_page()
    d.ttl(
        "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO DETERMINADO PARA LABORES AGRÍCOLAS TEMPORALES "
        "(PROGRAMA H-2A)",
        12.5,
    )
    d.para(
        "Que celebran, por una parte, Piedmont Leaf & Sweet Potato Co., LLC, con domicilio en 418 Cedar "
        "Branch Road, Wilson, Carolina del Norte 27893, Estados Unidos de América, representada por su "
        "gerente general, el Sr. Dwayne T. Creech (en lo sucesivo «LA EMPRESA»), y por la otra, el "
        "Sr. Jacinto Orozco Bañuelos, originario de Dolores Hidalgo, Guanajuato, México (en lo sucesivo "
        "«EL TRABAJADOR»), al tenor de las siguientes declaraciones y cláusulas.",
        align="J",
    )
    d.heading("DECLARACIONES", size=11)
    d.clause(
        "I.",
        "LA EMPRESA declara contar con la certificación laboral temporal H-2A número "
        "H-300-26012-661893 expedida por el Departamento de Trabajo de los Estados Unidos, y que el "
        "reclutamiento en México lo realiza por su cuenta Conexión Jornalera Guanajuato, S.C., con "
        "domicilio en Calle Hidalgo 57, Zona Centro, Dolores Hidalgo, Guanajuato.",
    )
    d.clause(
        "II.",
        "EL TRABAJADOR declara tener por lo menos tres meses de experiencia en el cultivo de "
        "tabaco o de camote y ser capaz de levantar y cargar cincuenta libras de manera repetida, "
        "requisitos mínimos del puesto.",
    )
    d.heading("CLÁUSULAS", size=11)
    d.clause(
        "PRIMERA. Puesto y labores.",
        "EL TRABAJADOR prestará sus servicios como trabajador agrícola "
        "general, realizando trasplante, deshierbe y despunte de tabaco; cosecha manual de hojas de "
        "tabaco; cosecha y selección de camote en el campo, y carga de cajas en remolques.",
    )
    d.clause(
        "SEGUNDA. Lugar de trabajo.",
        "Los terrenos de LA EMPRESA en los condados de Wilson y Nash, "
        "Carolina del Norte, que se describen en el Anexo A de este contrato.",
    )
    d.clause("TERCERA. Vigencia.", "Del 20 de abril de 2026 al 31 de octubre de 2026.")
    d.clause(
        "CUARTA. Jornada.",
        "Cuarenta (40) horas semanales, de lunes a viernes, de 6:30 a 15:00 horas, "
        "con media hora para tomar alimentos. El trabajo en sábado será voluntario.",
    )
    d.clause(
        "QUINTA. Salario.",
        "USD 16.45 (dieciséis dólares con cuarenta y cinco centavos) por hora "
        "efectivamente trabajada.",
    )
    d.clause(
        "SEXTA. Forma de pago.",
        "Semanalmente, cada viernes, mediante cheque o depósito en tarjeta de "
        "nómina sin costo para EL TRABAJADOR.",
    )
    d.clause(
        "SÉPTIMA. Descuentos.",
        "Únicamente se descontarán las contribuciones de seguridad social "
        "(FICA), la retención del impuesto federal sobre la renta cuando proceda y las cantidades que "
        "EL TRABAJADOR autorice por escrito en su propio beneficio.",
    )
    d.clause(
        "OCTAVA. Garantía de tres cuartas partes.",
        "LA EMPRESA garantiza ofrecer a EL TRABAJADOR "
        "empleo por un número de horas equivalente, por lo menos, a las tres cuartas partes de los días "
        "hábiles del periodo total de este contrato; si no lo hiciere, pagará la diferencia.",
    )
    d.clause(
        "NOVENA. Vivienda.",
        "LA EMPRESA proporcionará alojamiento gratuito en el campamento ubicado en "
        "422 Cedar Branch Road, Wilson, Carolina del Norte, que cumple con las normas federales y "
        "estatales, sin depósito alguno por ropa de cama ni por otros enseres.",
    )

    d.clause(
        "DÉCIMA. Transporte.",
        "a) Ida: LA EMPRESA cubre el autobús de Dolores Hidalgo a Wilson y los "
        "alimentos del camino; el costo de la visa se reembolsa en la primera semana de trabajo. "
        "b) Regreso: LA EMPRESA paga el transporte y los alimentos de regreso a Dolores Hidalgo al "
        "concluir la temporada, o antes si despide a EL TRABAJADOR sin causa justificada. c) Diario: "
        "el traslado entre el campamento y los campos es gratuito, en vehículos de LA EMPRESA.",
    )
    d.add_page()
    d.clause(
        "DÉCIMA PRIMERA. Herramientas.",
        "LA EMPRESA entregará sin costo y sin depósito las "
        "herramientas, guantes, cuchillos de despunte y equipo necesarios para el trabajo.",
    )
    d.clause(
        "DÉCIMA SEGUNDA. Riesgos de trabajo.",
        "LA EMPRESA mantiene un seguro de compensación para "
        "trabajadores (workers' compensation) con la aseguradora Tar Heel Agricultural Mutual, póliza "
        "número NC-WC-448120, sin costo para EL TRABAJADOR.",
    )
    d.clause("DÉCIMA TERCERA. Resguardo de documentos.", q_ret)
    d.clause("DÉCIMA CUARTA. Reglas del campamento.", q_move)
    d.clause(
        "DÉCIMA QUINTA. Terminación.",
        "LA EMPRESA podrá rescindir este contrato por causa justificada, "
        "previa amonestación por escrito. Si EL TRABAJADOR deja de presentarse cinco días laborables "
        "consecutivos sin autorización, se considerará que abandonó el empleo; LA EMPRESA lo notificará "
        "al Departamento de Trabajo y al Departamento de Seguridad Nacional, y EL TRABAJADOR perderá el "
        "derecho al transporte de regreso pagado y a la garantía de tres cuartas partes.",
    )
    d.clause("DÉCIMA SEXTA. Pena convencional.", q_pen)
    d.clause(
        "DÉCIMA SÉPTIMA. Imposibilidad de cumplimiento.",
        "Si por incendio, inundación, granizo, huracán "
        "u otra causa de fuerza mayor resultare imposible continuar el trabajo, LA EMPRESA podrá dar por "
        "terminado el contrato con autorización del Departamento de Trabajo; en tal caso pagará la "
        "garantía de tres cuartas partes por el periodo transcurrido y el transporte de regreso.",
    )
    d.clause("DÉCIMA OCTAVA. Gastos de reclutamiento.", q_fee)
    d.clause(
        "DÉCIMA NOVENA. Idioma y jurisdicción.",
        "El presente contrato se redacta en español, idioma que "
        "EL TRABAJADOR declara entender. Para su interpretación rigen las leyes federales de los Estados "
        "Unidos y las del estado de Carolina del Norte.",
    )
    d.para(
        "Leído que fue el presente contrato, las partes lo firman de conformidad en Dolores Hidalgo, "
        "Guanajuato, el 2 de marzo de 2026.",
        align="J",
    )
    d.signatures(
        [
            ("Dwayne T. Creech", "Gerente general", "Piedmont Leaf & Sweet Potato Co., LLC"),
            ("Jacinto Orozco Bañuelos", "EL TRABAJADOR", "Firma y huella"),
        ],
        box=True,
    )

    d.add_page()
    d.heading("ANEXO A. PARCELAS DE TRABAJO", size=11, space_before=0)
    d.grid(
        [
            ["Parcela", "Dirección", "Condado", "Cultivo"],
            ["Cedar Branch", "418 Cedar Branch Road, Wilson, NC 27893", "Wilson", "Tabaco"],
            ["Black Creek", "5120 Black Creek Road, Wilson, NC 27893", "Wilson", "Camote"],
            ["Sharpsburg", "2077 Old Nashville Road, Sharpsburg, NC 27878", "Nash", "Tabaco"],
            ["Stanhope", "9831 Stanhope Road, Spring Hope, NC 27882", "Nash", "Camote"],
        ],
        widths=(30, 78, 22, 30),
    )
    d.para(
        "Las parcelas pueden cambiar de un año a otro; cualquier cambio se comunicará por escrito y en "
        "español antes de iniciar las labores en la nueva parcela.",
        size=9.5,
        align="J",
    )
    lab = label(
        "bl04.pdf",
        "h2a",
        "es",
        3,
        [
            fee("document_retention", "violation", 2, None, None, q_ret),
            fee("movement_restriction", "violation", 2, None, None, q_move),
            fee("breach_penalty", "violation", 2, 600, "USD", q_pen),
            fee("recruitment_fee", "violation", 2, 9800, "MXN", q_fee),
        ],
        ["wage_adjustment", "meals", "earnings_statements"],
        ["Conexión Jornalera Guanajuato, S.C."],
        [
            "abandonment loses paid return and 3/4 guarantee (lawful under H-2A, not a breach penalty)",
            "free housing, no deposit for bedding",
            "visa reimbursed in first week; inbound bus and meals paid",
            "tools free, no deposit",
            "FICA and income-tax withholding are lawful deductions",
            "workers' compensation paid by employer",
        ],
        "work_contract",
        "formal contract; serif font; DECLARACIONES and numbered CLÁUSULAS with bold "
        "leads, justified; signature columns with fingerprint box; annex worksite grid",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl05  H-2B job order, English, Maryland crab house
# ---------------------------------------------------------------------------
def build_bl05():
    q_fee = (
        "A weekly coordination charge of $25.00 is deducted from each paycheck during the first ten "
        "weeks and remitted to Mar y Tierra Labor Recruiters, S. de R.L. de C.V. for processing the "
        "worker's file."
    )
    q_travel = (
        "The bus fare from Mazatlán, Sinaloa, to Crisfield is advanced by the company and recovered "
        "in payroll deductions of $40.00 per week until repaid in full."
    )
    q_pass = "Passport fees are the worker's responsibility and are not reimbursed."
    q_house = (
        "Company housing at 12 Cove Road, Crisfield, is available to workers who want it at $70.00 "
        "per week per person, deducted from wages."
    )
    q_gear = (
        "Rubber aprons, cut-resistant gloves and picking knives are sold at the company store and "
        "deducted from pay."
    )
    d = Doc(
        family="NS",
        size=9.5,
        title="H-2B Job Order MD-2026-00582",
        author="Tangier Sound Seafood Company, Inc.",
        band=(
            "TANGIER SOUND SEAFOOD COMPANY, INC.   |   H-2B Job Order MD-2026-00582",
            (0, 84, 122),
        ),
        footer="Job Order MD-2026-00582 - page {p} of {nb}",
    )
    d.add_page()
    d.ttl("JOB ORDER - TEMPORARY NON-AGRICULTURAL EMPLOYMENT (H-2B)", 12.5)
    d.heading("KEY TERMS", fill=(220, 235, 242))
    d.bullets(
        [
            (
                "Employer:",
                "Tangier Sound Seafood Company, Inc., 310 Wharf Street, Crisfield, Maryland 21817; "
                "telephone (410) 555-0166",
            ),
            (
                "Position:",
                "Crab Meat Picker (SOC 51-3022, Meat, Poultry, and Fish Cutters and Trimmers); "
                "60 openings",
            ),
            ("Period:", "April 1, 2026 to November 15, 2026"),
            (
                "Schedule:",
                "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m.; extra Saturday shifts "
                "when the catch is heavy",
            ),
            ("Wage:", "$17.21 per hour"),
            ("Overtime:", "$25.82 per hour (time and one-half) for hours over 40 in a workweek"),
            ("Paydays:", "Weekly, every Friday"),
        ]
    )
    d.heading("DUTIES", fill=(220, 235, 242))
    d.para(
        "Pick steamed blue crabs by hand using a knife: remove the backs, separate lump, backfin, claw "
        "and special meat into containers, weigh and label the containers, and keep the picking table "
        "clean and sanitized. Work is done standing in a cool room for the whole shift.",
        align="J",
    )
    d.para(
        "Requirements: no experience required; training is given on the first day at no cost. Workers "
        "must be able to stand through the shift and handle knives safely.",
        align="J",
    )
    d.heading("PIECE RATE", fill=(220, 235, 242))
    d.grid(
        [
            ["Product", "Rate", "Notes"],
            ["Lump and backfin meat", "$4.25 per pound", "Weighed at the end of each tray"],
            ["Claw meat", "$2.90 per pound", "Weighed at the end of each tray"],
            [
                "Minimum for every hour",
                "$17.21 per hour",
                "The company makes up any shortfall each workweek",
            ],
        ],
        widths=(50, 40, 86),
    )
    d.para(
        "Highest wage: the employer will pay at least the highest of the prevailing wage and the "
        "federal, state or local minimum wage during the whole period; if a higher prevailing wage is "
        "issued during the season, it will be paid from its effective date.",
        align="J",
    )
    d.heading("PAY STUBS AND DEDUCTIONS", fill=(220, 235, 242))
    d.para(
        "An itemized pay stub showing hours offered and worked, pounds picked, rates, gross pay, every "
        "deduction and net pay is given each payday. Deductions: federal and Maryland income tax, "
        "Social Security and Medicare, the weekly housing charge for residents, the coordination "
        "charge, the bus-fare recovery and purchases of work gear.",
        align="J",
    )
    d.para(q_fee, align="J")

    d.add_page()
    d.heading("TRAVEL AND VISAS", fill=(220, 235, 242))
    d.bullets(
        [
            ("To Crisfield:", q_travel),
            (
                "Going home:",
                "A worker who completes the season, or is dismissed early for reasons other than "
                "cause, receives a bus ticket and a daily meal allowance back to Mazatlán.",
            ),
            (
                "Visa:",
                "The company reimburses the consular visa fee and the border-crossing fee in the first "
                "workweek.",
            ),
            ("Passport:", q_pass),
        ],
        align="J",
    )
    d.heading("HOUSING", fill=(220, 235, 242))
    d.para(
        q_house
        + " Workers are free to live elsewhere; residents may come and go at any time and there "
        "is no curfew.",
        align="J",
    )
    d.heading("WORK GEAR", fill=(220, 235, 242))
    d.para(
        q_gear + " Coffee and ice water are available in the break room at no charge.", align="J"
    )
    d.heading("ENDING EMPLOYMENT", fill=(220, 235, 242))
    d.para(
        "Workers who fail to report for five consecutive working days without approval are considered to "
        "have abandoned employment, and the employer will notify the Department of Labor and DHS within "
        "two business days. Dismissal for cause includes theft, repeated sanitation violations and "
        "fighting.",
        align="J",
    )
    d.heading("EMPLOYER ASSURANCES", fill=(220, 235, 242))
    d.para(
        "The employer will not retaliate against any worker who files a complaint, and workers keep their "
        "own passports and visas.",
        align="J",
    )
    d.signatures(
        [
            (
                "Harlan Tyler",
                "General Manager",
                "Tangier Sound Seafood Company, Inc.",
                "February 4, 2026",
            ),
            ("Worker", "Signature / date"),
        ]
    )
    lab = label(
        "bl05.pdf",
        "h2b",
        "en",
        2,
        [
            fee("recruitment_fee", "violation", 1, 25, "USD", q_fee),
            fee("travel_cost", "violation", 2, 40, "USD", q_travel),
            fee("visa_cost", "review", 2, None, None, q_pass),
            fee("housing_charge", "review", 2, 70, "USD", q_house),
            fee("equipment_charge", "violation", 2, None, None, q_gear),
        ],
        [
            "three_fourths_guarantee",
            "inbound_transportation",
            "tools_provided",
            "contract_impossibility",
        ],
        ["Mar y Tierra Labor Recruiters, S. de R.L. de C.V."],
        [
            "consular visa and border-crossing fees reimbursed in first workweek",
            "return bus and meals paid",
            "first-day training at no cost (negated training charge)",
            "coffee and ice water at no charge ('coffee')",
            "housing optional; no curfew (negated movement restriction)",
            "no retaliation; workers keep passports (negated)",
            "piece-rate make-up to the hourly wage",
        ],
        "job_order",
        "single column; colored header band; shaded section headings; bulleted key terms; "
        "gridded piece-rate table; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl06  H-2B recruiter agreement, formal Spanish, Guatemala
# ---------------------------------------------------------------------------
def build_bl06():
    q_fee = (
        "Por los servicios de reclutamiento y colocación, LA PERSONA TRABAJADORA pagará a LA AGENCIA "
        "la suma de TRES MIL QUINIENTOS QUETZALES (Q3,500.00), en dos pagos iguales: el primero al "
        "firmar este contrato y el segundo al recibir la visa."
    )
    q_med = (
        "El examen médico general y la prueba antidoping se practicarán en la Clínica Médica San Lucas "
        "de Quetzaltenango, con un costo de Q650.00 a cargo de LA PERSONA TRABAJADORA."
    )
    q_dep = (
        "Para garantizar el cumplimiento de este contrato, LA PERSONA TRABAJADORA entregará a LA AGENCIA "
        "un depósito en garantía de CINCO MIL QUETZALES (Q5,000.00), respaldado además por un pagaré "
        "firmado por un fiador solvente."
    )
    q_pen = (
        "Si LA PERSONA TRABAJADORA abandona el empleo en los Estados Unidos antes del vencimiento del "
        "contrato, perderá el depósito en garantía a favor de LA AGENCIA, sin necesidad de declaración "
        "judicial."
    )
    d = Doc(
        family="DVS",
        size=9.5,
        margins=(22, 18, 22),
        lh=4.7,
        fmt="Legal",
        title="Contrato de servicios de reclutamiento",
        author="Corporación Laboral Altiplano, S.A.",
        footer="CLA-H2B-2026-0094  |  Hoja {p} de {nb}",
    )
    d.add_page()
    d.ttl("CONTRATO PRIVADO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO Y COLOCACIÓN", 12.5)
    d.para(
        "En la ciudad de Quetzaltenango, departamento de Quetzaltenango, el doce de enero de dos mil "
        "veintiséis, comparecen: por una parte, la entidad Corporación Laboral Altiplano, S.A., con "
        "oficinas en 14 avenida 3-22, zona 1, Quetzaltenango, representada por su gerente general, "
        "Licenciada Wendy Maribel Chávez Orozco (en adelante «LA AGENCIA»); y por la otra, el señor "
        "Hermelindo Xicay Ajanel, de treinta y un años de edad, agricultor, vecino de San Andrés Xecul, "
        "Totonicapán, quien se identifica con Documento Personal de Identificación (DPI) número "
        "2547 83910 0901 (en adelante «LA PERSONA TRABAJADORA»). Ambos comparecientes aseguran hallarse "
        "en el libre ejercicio de sus derechos civiles y convienen en celebrar el presente contrato, "
        "contenido en las cláusulas siguientes:",
        align="J",
    )
    d.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA se obliga a gestionar la contratación de LA PERSONA TRABAJADORA "
        "por Hill Country Grounds & Turf, LLC (en adelante «LA EMPRESA»), con domicilio en 2101 Ranch "
        "Road 12, San Marcos, Texas 78666, Estados Unidos de América, bajo el programa de visas H-2B "
        "para trabajo temporal no agrícola.",
    )
    d.clause(
        "SEGUNDA. Condiciones del empleo.",
        "Las condiciones ofrecidas por LA EMPRESA, según la orden "
        "de trabajo certificada, son las siguientes:",
    )
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Puesto y labores",
                "Trabajador de jardinería: cortar césped, podar arbustos, sembrar plantas, "
                "aplicar mantillo, recoger hojas y limpiar áreas verdes de clientes",
            ],
            [
                "Lugar de trabajo",
                "Propiedades de clientes de LA EMPRESA en los condados de Hays, Travis y "
                "Comal, Texas",
            ],
            ["Periodo", "Del 2 de marzo al 20 de noviembre de 2026"],
            ["Jornada", "40 horas semanales, de lunes a viernes, de 7:00 a 15:30 horas"],
            ["Salario", "US$15.90 por hora"],
            ["Pago", "Cada dos semanas, los viernes"],
            [
                "Descuentos",
                "Impuestos federales y contribuciones de seguro social de los Estados Unidos",
            ],
            ["Herramientas", "Proporcionadas por LA EMPRESA sin costo y sin depósito"],
            [
                "Viaje de ida",
                "Boleto aéreo Guatemala - San Antonio y viáticos del viaje pagados por LA EMPRESA",
            ],
            [
                "Viaje de regreso",
                "Boleto pagado por LA EMPRESA al terminar el contrato o si despide a la "
                "persona sin causa",
            ],
            [
                "Visa",
                "El arancel consular de la visa lo reembolsa LA EMPRESA en la primera semana de trabajo",
            ],
            [
                "Requisitos",
                "Seis meses de experiencia en jardinería; saber leer números; licencia de conducir "
                "deseable pero no obligatoria",
            ],
        ],
        widths=(38, 134),
        bold_first=True,
    )
    d.clause("TERCERA. Honorarios.", q_fee)
    d.clause("CUARTA. Examen médico.", q_med)
    d.clause(
        "QUINTA. Garantía de cumplimiento.",
        q_dep + " El depósito se devolverá, sin intereses, dentro "
        "de los treinta días siguientes al regreso de LA PERSONA TRABAJADORA a Guatemala.",
    )

    d.add_page()
    d.clause("SEXTA. Abandono del empleo.", q_pen)
    d.clause(
        "SÉPTIMA. Terminación de la relación laboral.",
        "LA EMPRESA solo podrá despedir a LA PERSONA "
        "TRABAJADORA por causa justificada, comunicada por escrito. Si LA PERSONA TRABAJADORA deja de "
        "presentarse cinco días hábiles consecutivos sin aviso, LA EMPRESA lo considerará abandono y lo "
        "notificará a las autoridades de los Estados Unidos.",
    )
    d.clause(
        "OCTAVA. Documentos personales.",
        "LA PERSONA TRABAJADORA conservará en todo momento su "
        "pasaporte y su DPI; LA AGENCIA únicamente podrá solicitar fotocopias de ellos.",
    )
    d.clause(
        "NOVENA. Orientación.",
        "La plática de orientación previa al viaje, sobre derechos laborales y "
        "seguridad en el trabajo, es gratuita para LA PERSONA TRABAJADORA.",
    )
    d.clause(
        "DÉCIMA. Quejas.",
        "LA PERSONA TRABAJADORA podrá presentar quejas ante el Consulado de "
        "Guatemala, el Ministerio de Trabajo y Previsión Social o el Departamento de Trabajo de los "
        "Estados Unidos, sin que ello dé lugar a represalias.",
    )
    d.clause(
        "DÉCIMA PRIMERA. Aceptación.",
        "Los comparecientes, enterados del contenido, objeto, validez y "
        "efectos legales del presente contrato, lo aceptan, ratifican y firman en dos ejemplares.",
    )
    d.signatures(
        [
            (
                "Licda. Wendy Maribel Chávez Orozco",
                "Gerente general",
                "Corporación Laboral Altiplano, S.A.",
            ),
            ("Hermelindo Xicay Ajanel", "LA PERSONA TRABAJADORA", "DPI 2547 83910 0901"),
        ],
        box=True,
    )
    d.ln(6)
    d.heading("AUTÉNTICA", size=10)
    d.para(
        "En la ciudad de Quetzaltenango, el doce de enero de dos mil veintiséis, como Notario DOY FE: "
        "que las firmas que anteceden son auténticas por haber sido puestas en mi presencia por la "
        "Licenciada Wendy Maribel Chávez Orozco y el señor Hermelindo Xicay Ajanel, quienes se "
        "identificaron con sus documentos personales de identificación.",
        align="J",
        size=9,
    )
    d.signatures([("Lic. Óscar Renato Sac Pérez", "Abogado y Notario", "Colegiado 11,847")], gap=14)
    lab = label(
        "bl06.pdf",
        "h2b",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, 3500, "GTQ", q_fee),
            fee("medical_cost", "violation", 1, 650, "GTQ", q_med),
            fee("deposit_or_bond", "violation", 1, 5000, "GTQ", q_dep),
            fee("breach_penalty", "violation", 2, None, None, q_pen),
        ],
        [
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Corporación Laboral Altiplano, S.A."],
        [
            "visa fee reimbursed by employer in first week",
            "inbound flight and per diem paid by employer; return ticket paid",
            "tools free, no deposit",
            "worker keeps passport and DPI; agency only copies (negated retention)",
            "free pre-departure orientation (negated training cost)",
            "complaints without reprisals (negated blacklisting)",
            "deposit 'se devolverá' on return is still a bond",
        ],
        "recruiter_agreement",
        "legal-size; formal notarial style, serif font; numbered CLÁUSULAS with "
        "ordinal names; gridded terms table; signature columns with fingerprint box; "
        "notary's authentication",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl07  H-2B simple two-page agreement, informal Spanish, Honduras; page 2 scanned
# ---------------------------------------------------------------------------
def build_bl07():
    q_train = (
        "Antes de viajar tiene que tomar el curso de siembra y de inglés básico en nuestra oficina, "
        "que cuesta L 2,500 y se paga al inscribirse."
    )
    q_fee = (
        "La inscripción en la lista cuesta 1,000 lempiras y no se devuelve aunque no salga la visa."
    )
    q_debt = (
        "Si no tiene el dinero, la agencia le presta 20,000 lempiras para sus gastos de salida y se "
        "los vamos descontando de su cheque allá, con un interés del 5 por ciento cada mes."
    )
    d = Doc(
        family="LS",
        size=10.5,
        margins=(22, 18, 22),
        lh=5.3,
        title="Acuerdo de trabajo",
        author="Oportunidades del Norte HN",
    )
    d.add_page()
    d.fnt("B", 14)
    d.cell(0, 7, "OPORTUNIDADES DEL NORTE HN", align="C", new_x="LMARGIN", new_y="NEXT")
    d.fnt("", 8.5)
    d.cell(
        0,
        4.5,
        "Barrio El Centro, frente al parque central, Juticalpa, Olancho - Tel. 9855-0142",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(5)
    d.ttl("ACUERDO DE TRABAJO - TEMPORADA DE SIEMBRA DE PINO EN ESTADOS UNIDOS", 12)
    d.para(
        "Entre la agencia Oportunidades del Norte HN, representada por don Wilmer Ordóñez, y el señor "
        "Elvin Josué Maradiaga Cálix, de Catacamas, Olancho, quedamos en lo siguiente:",
        align="J",
    )
    items = [
        (
            "1. La empresa:",
            "Longleaf Reforestation Services, Inc., 44 Turpentine Road, Waycross, Georgia "
            "31503, Estados Unidos.",
        ),
        (
            "2. El trabajo:",
            "sembrar arbolitos de pino con barra o azadón, en terrenos de la empresa y de sus "
            "clientes en el sur de Georgia y el norte de Florida.",
        ),
        ("3. Fechas:", "del 1 de diciembre de 2026 al 15 de abril de 2027."),
        ("4. Horario:", "8 horas al día, de lunes a viernes."),
        ("5. Pago:", "16 dólares con 12 centavos la hora ($16.12), pagados cada dos semanas."),
        ("6. Descuentos:", "los impuestos de Estados Unidos y el abono del préstamo, si lo pide."),
    ]
    for lead, txt in items:
        d.clause(lead, txt, align="L", space=1.4)
    d.heading("7. Lo que usted paga aquí:", size=10.5)
    for t in (q_train, q_fee, q_debt):
        d.bullets([t], align="L", space=1.4)
    d.para("La entrevista con la empresa es gratis; nadie le cobra por ella.", size=10)
    d.para(
        "Los demás papeles se los explicamos en la oficina. Lea la hoja 2 antes de firmar.",
        style="I",
        size=9.5,
    )
    scanned_page(
        d,
        [
            ("title", "ACUERDO DE TRABAJO (hoja 2)"),
            (
                "para",
                "8. Pasaje: la empresa manda el boleto de avión de San Pedro Sula a Atlanta y da 18 "
                "dólares diarios para comida en el camino.",
            ),
            (
                "para",
                "9. Visa: el costo de la visa se lo reembolsa la empresa en la primera semana de trabajo.",
            ),
            (
                "para",
                "10. Regreso: al terminar la temporada la empresa paga el boleto de regreso a San Pedro "
                "Sula.",
            ),
            (
                "para",
                "11. Faltas: si falta 5 días seguidos sin avisar se considera que abandonó el trabajo y "
                "la empresa avisa al gobierno de Estados Unidos.",
            ),
            (
                "para",
                "12. Documentos: el pasaporte es suyo y lo lleva usted; la agencia no guarda documentos "
                "de nadie.",
            ),
            ("para", "Firmado en Juticalpa, Olancho, el 3 de agosto de 2026."),
            (
                "sig",
                [("Wilmer Ordóñez", "Por la agencia"), ("Elvin J. Maradiaga C.", "El trabajador")],
            ),
        ],
        seed=7017,
    )
    SCANNED_PAGES["bl07.pdf"] = [2]
    lab = label(
        "bl07.pdf",
        "h2b",
        "es",
        2,
        [
            fee("training_cost", "violation", 1, 2500, "HNL", q_train),
            fee("recruitment_fee", "violation", 1, 1000, "HNL", q_fee),
            fee("debt_bondage", "violation", 1, 20000, "HNL", q_debt),
        ],
        [
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Oportunidades del Norte HN"],
        [
            "scanned page 2: plane ticket and meal money paid by employer",
            "scanned page 2: visa reimbursed in first week",
            "scanned page 2: return ticket paid by employer",
            "scanned page 2: worker keeps passport (negated retention)",
            "'abono del préstamo' listed among deductions is itself the debt finding on page 1",
            "free interview with the employer (negated fee)",
        ],
        "recruiter_agreement",
        "simple two-page agreement; centered letterhead; numbered items; bulleted "
        "payments; page 2 is an image-only scan with signatures and fingerprint box",
        scanned=True,
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl08  H-2B offer letter, English, Montana lodge, compliant (traps only)
# ---------------------------------------------------------------------------
def build_bl08():
    d = Doc(
        family="DV",
        size=9.5,
        margins=(20, 16, 20),
        title="Offer of seasonal employment",
        author="Granite Peak Lodge Company",
        footer="Granite Peak Lodge Company - H-2B offer letter - page {p} of {nb}",
    )
    d.add_page()
    d.letterhead(
        "GRANITE PEAK LODGE COMPANY",
        ["1 Summit Loop, Big Sky, Montana 59716", "Human Resources - (406) 555-0190"],
        rgb=(92, 64, 51),
    )
    d.para("February 2, 2026")
    d.para("Ms. Rosa Elvira Huamán Quispe\nCalle Saphi 716\nCusco, Peru")
    d.para(
        "Re: Offer of seasonal employment as Housekeeper (H-2B), certified job order MT-2026-0319",
        style="B",
    )
    d.para("Dear Ms. Huamán Quispe:")
    d.para(
        "We are pleased to offer you temporary seasonal employment as a Housekeeper (Maids and "
        "Housekeeping Cleaners, SOC 37-2012) under the H-2B program, subject to approval of your visa. "
        "This letter repeats the terms of our certified job order.",
        align="J",
    )
    d.grid(
        [
            ["Term", "What we offer"],
            ["Employer", "Granite Peak Lodge Company, 1 Summit Loop, Big Sky, Montana 59716"],
            [
                "Duties",
                "Clean and make up guest rooms and cabins, change linens, vacuum, clean bathrooms, "
                "restock amenities and report maintenance problems. When assigned to the front desk, "
                "collect resort fees and incidental charges from guests at check-out.",
            ],
            [
                "Place of work",
                "Granite Peak Lodge main building and its 40 cabins, 1 Summit Loop, Big Sky, "
                "MT 59716",
            ],
            ["Period", "May 15, 2026 to October 10, 2026"],
            [
                "Hours",
                "40 hours per week: five 8-hour shifts between 7:00 a.m. and 4:00 p.m.; days off rotate",
            ],
            ["Wage", "$17.40 per hour"],
            ["Overtime", "$26.10 per hour for hours worked over 40 in a workweek"],
            ["Paydays", "Every two weeks, on Friday, by direct deposit or paper check"],
            [
                "Deductions",
                "Federal income tax, Social Security and Medicare, Montana income tax if owed, and "
                "anything you authorize in writing for your own benefit",
            ],
            [
                "Requirements",
                "Three months of experience as a room attendant or cleaner; able to lift 30 pounds "
                "and push a loaded linen cart; basic English helpful but not required",
            ],
        ],
        widths=(34, 142),
        bold_first=True,
    )
    d.heading("Our commitments to you")
    d.bullets(
        [
            (
                "Highest wage.",
                "We will pay at least the highest of the prevailing wage, the federal minimum "
                "wage or the Montana minimum wage. If a higher prevailing wage is issued during "
                "the season, we will pay it from its effective date.",
            ),
            (
                "Three-fourths guarantee.",
                "We guarantee to offer you hours equal to at least three-fourths of "
                "the workdays in each 12-week period of the season. If we do not, we "
                "will pay you the difference.",
            ),
            (
                "Travel to the job.",
                "We pay your bus ticket from Cusco to Lima and your airfare from Lima to "
                "Bozeman, plus $16.36 a day for meals during travel, either by buying the "
                "tickets ourselves or by reimbursing you in your first workweek.",
            ),
            (
                "Visa.",
                "We pay the visa application (MRV) fee and any related visa processing or "
                "border-crossing fee, by reimbursing you in your first workweek.",
            ),
        ],
        align="J",
    )

    d.add_page()
    d.bullets(
        [
            (
                "Return trip.",
                "If you finish the season, or if we dismiss you early for any reason other than "
                "cause, we pay your return trip to Cusco.",
            ),
            (
                "Tools and uniforms.",
                "All cleaning supplies, carts, tools and two uniforms are provided free of "
                "charge; we launder uniforms at no cost and take no deposit.",
            ),
            (
                "Housing.",
                "You may live in the employee dormitory at 15 Summit Loop free of charge.",
            ),
            (
                "Meals.",
                "Coffee, lunch and dinner are served free in the employee dining room on your workdays.",
            ),
            (
                "Pay statements.",
                "Each payday you receive a statement listing hours offered, hours worked, rate "
                "of pay, gross pay, each deduction and net pay.",
            ),
            (
                "Ending employment.",
                "If you miss five consecutive working days without permission, we will "
                "consider that you abandoned the job and will inform the Department of Labor "
                "and DHS within two working days. We dismiss an employee for cause only "
                "after a written warning, except for theft, violence or serious safety "
                "violations.",
            ),
            (
                "If the lodge must close.",
                "If a wildfire, flood or other natural disaster forces us to close the "
                "lodge before October 10, we may end this contract with DOL approval; we "
                "will still pay the three-fourths guarantee up to that date and your "
                "return trip.",
            ),
            (
                "Recruitment.",
                "Talento Andino Hospitality Recruiting S.A.C., of Lima, helps us with interviews in "
                "Peru. We pay all of its fees. Neither the agency nor anyone else may charge you "
                "for this job; if someone asks you for money, call us at (406) 555-0190.",
            ),
            (
                "Your documents.",
                "You keep your passport and visa. No one at Granite Peak Lodge will ask to hold "
                "them.",
            ),
            (
                "Complaints.",
                "You may complain to us, to the Department of Labor or to your consulate; you will "
                "not be punished or put on a do-not-rehire list for doing so.",
            ),
        ],
        align="J",
    )
    d.para(
        "A Spanish copy of this letter is enclosed. Please sign below to accept this offer.",
        align="J",
    )
    d.signatures(
        [
            ("Margaret Olsen", "Director of Human Resources", "Granite Peak Lodge Company"),
            ("Accepted: Rosa Elvira Huamán Quispe", "Signature and date"),
        ]
    )
    lab = label(
        "bl08.pdf",
        "h2b",
        "en",
        2,
        [],
        [],
        ["Talento Andino Hospitality Recruiting S.A.C."],
        [
            "'collect resort fees and incidental charges from guests' is a job duty, not a worker fee",
            "free employee dormitory",
            "free coffee, lunch and dinner ('coffee')",
            "bus, airfare and travel meals paid or reimbursed in first workweek",
            "MRV visa fee reimbursed in first workweek",
            "tools and uniforms free, laundered free, no deposit",
            "recruiter paid by employer; nobody may charge (negated recruitment fee)",
            "worker keeps passport (negated retention)",
            "no do-not-rehire list for complaints (negated blacklisting)",
        ],
        "offer_letter",
        "letter on colored letterhead band; gridded two-column terms table; bulleted "
        "commitments with bold leads; acceptance signature block",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl09  generic: Colombia -> Spain intermediation contract, formal Spanish
# ---------------------------------------------------------------------------
def build_bl09():
    q_fee = (
        "Por los servicios de intermediación, EL CANDIDATO pagará a LA AGENCIA honorarios por valor de "
        "COP 3.800.000 (tres millones ochocientos mil pesos colombianos), el cincuenta por ciento a la "
        "firma de este contrato y el saldo al recibir el visado."
    )
    q_visa = (
        "La tasa consular del visado de trabajo, la expedición o renovación del pasaporte y la "
        "apostilla del certificado de antecedentes corren por cuenta de EL CANDIDATO."
    )
    q_ins = (
        "EL CANDIDATO deberá adquirir, por intermedio de LA AGENCIA, una póliza de asistencia en viaje "
        "por valor de COP 420.000, requisito para la entrega del tiquete."
    )
    q_ret = (
        "LA AGENCIA conservará en custodia el pasaporte original de EL CANDIDATO desde la radicación de "
        "la solicitud del visado hasta el día del vuelo, y se lo entregará en el aeropuerto."
    )
    d = Doc(
        family="DVS",
        size=9.5,
        fmt="A4",
        margins=(22, 20, 22),
        lh=4.6,
        title="Contrato de intermediación laboral internacional",
        author="Horizonte Global Talento Humano S.A.S.",
        footer="Contrato HG-2026-0311 - Horizonte Global Talento Humano S.A.S. - página {p} de {nb}",
    )
    d.add_page()
    d.fnt("B", 11)
    d.set_text_color(30, 70, 120)
    d.cell(0, 6, "HORIZONTE GLOBAL - Talento Humano", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.ttl(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL INTERNACIONAL\nNo. HG-2026-0311",
        12,
    )
    d.para(
        "Entre los suscritos, Horizonte Global Talento Humano S.A.S., sociedad comercial identificada con "
        "NIT 901.448.572-3, con domicilio en la Carrera 15 No. 93-47, oficina 502, Bogotá D.C., "
        "representada legalmente por Claudia Patricia Rengifo Suárez, quien en adelante se denominará "
        "LA AGENCIA, y Yeison Andrés Mosquera Palacios, mayor de edad, identificado con cédula de "
        "ciudadanía No. 1.077.445.219 de Quibdó, quien en adelante se denominará EL CANDIDATO, hemos "
        "convenido celebrar el presente contrato, previas las siguientes",
        align="J",
    )
    d.heading("CONSIDERACIONES", size=10)
    d.clause(
        "1.",
        "Que HOTELES CALA SERENA, S.L., con CIF B-07654321 y domicilio en Passeig Marítim 14, 07600 "
        "El Arenal, Palma (Illes Balears), España, en adelante EL EMPLEADOR, requiere personal de cocina "
        "para la temporada turística de 2026.",
    )
    d.clause(
        "2.",
        "Que EL CANDIDATO superó la entrevista y la prueba práctica de cocina y fue preseleccionado "
        "por EL EMPLEADOR.",
    )
    d.heading("CLÁUSULAS", size=10)
    d.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA gestionará ante EL EMPLEADOR y ante las autoridades "
        "consulares la contratación de EL CANDIDATO en las condiciones de la cláusula segunda.",
    )
    d.clause("SEGUNDA. Condiciones de la oferta.", "Según la oferta firmada por EL EMPLEADOR:")
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Hoteles Cala Serena, S.L., Passeig Marítim 14, 07600 El Arenal, Palma, España",
            ],
            [
                "Cargo y funciones",
                "Ayudante de cocina: preparación de verduras y guarniciones, limpieza de "
                "cámaras y utensilios, apoyo al cocinero en el bufé",
            ],
            ["Lugar de trabajo", "Hotel Cala Serena Playa, El Arenal, Mallorca"],
            ["Duración", "Del 1 de mayo al 31 de octubre de 2026"],
            ["Jornada", "40 horas semanales en turnos de 8 horas, con dos días libres por semana"],
            [
                "Salario",
                "1.420 euros brutos mensuales, más la parte proporcional de las pagas extraordinarias",
            ],
            ["Pago", "Mensual, por transferencia bancaria, el último día hábil de cada mes"],
            [
                "Deducciones",
                "Cotizaciones del trabajador a la Seguridad Social y retención del IRPF, según la "
                "ley española",
            ],
            ["Alojamiento", "Residencia de personal del hotel, sin costo"],
            [
                "Pasajes",
                "Tiquete aéreo Bogotá - Palma y regreso Palma - Bogotá pagados por EL EMPLEADOR",
            ],
            ["Examen médico", "Lo paga EL EMPLEADOR en la IPS que designe en Bogotá"],
        ],
        widths=(36, 130),
        bold_first=True,
    )
    d.clause("TERCERA. Honorarios de LA AGENCIA.", q_fee)

    d.add_page()
    d.clause("CUARTA. Gastos de documentación.", q_visa)
    d.clause("QUINTA. Seguro de viaje.", q_ins)
    d.clause("SEXTA. Custodia de documentos.", q_ret)
    d.clause(
        "SÉPTIMA. Obligaciones de LA AGENCIA.",
        "a) Informar a EL CANDIDATO por escrito sobre el "
        "estado de su trámite; b) brindarle una charla de orientación previa al viaje, que no tiene "
        "costo para EL CANDIDATO; c) acompañarlo a la cita consular en Bogotá.",
    )
    d.clause(
        "OCTAVA. Obligaciones de EL CANDIDATO.",
        "a) Entregar a tiempo los documentos solicitados; "
        "b) asistir a la cita consular y a la charla de orientación; c) informar a LA AGENCIA "
        "cualquier cambio de domicilio o teléfono.",
    )
    d.clause(
        "NOVENA. Datos personales.",
        "EL CANDIDATO autoriza a LA AGENCIA a tratar sus datos personales "
        "conforme a la Ley 1581 de 2012, únicamente para los fines de este contrato.",
    )
    d.clause(
        "DÉCIMA. Domicilio contractual.",
        "Para todos los efectos legales las partes fijan como domicilio la ciudad de Bogotá D.C.",
    )
    d.para(
        "Para constancia se firma en Bogotá D.C., el 26 de enero de 2026, en dos ejemplares del mismo "
        "tenor.",
        align="J",
    )
    d.signatures(
        [
            (
                "Claudia Patricia Rengifo Suárez",
                "Representante legal",
                "Horizonte Global Talento Humano S.A.S.",
            ),
            ("Yeison Andrés Mosquera Palacios", "EL CANDIDATO", "C.C. 1.077.445.219"),
        ]
    )
    d.ln(4)
    d.heading("ANEXO. CRONOGRAMA DE PAGOS A LA AGENCIA", size=9.5)
    d.grid(
        [
            ["Concepto", "Valor", "Fecha"],
            ["Honorarios - primer 50 %", "COP 1.900.000", "A la firma"],
            ["Honorarios - saldo 50 %", "COP 1.900.000", "Al recibir el visado"],
            ["Póliza de asistencia en viaje", "COP 420.000", "Antes de la entrega del tiquete"],
        ],
        widths=(70, 40, 56),
        size=8.5,
    )
    lab = label(
        "bl09.pdf",
        "generic",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, 3800000, "COP", q_fee),
            fee("visa_cost", "violation", 2, None, None, q_visa),
            fee("insurance_cost", "violation", 2, 420000, "COP", q_ins),
            fee("document_retention", "violation", 2, None, None, q_ret),
        ],
        ["termination"],
        ["Horizonte Global Talento Humano S.A.S."],
        [
            "round-trip airfare paid by employer",
            "free staff housing",
            "medical exam paid by employer",
            "Spanish Social Security contributions and IRPF withholding are statutory (not insurance_cost or wage_withholding)",
            "pagas extraordinarias prorated into wage (not withholding)",
            "free pre-departure orientation (negated training cost)",
        ],
        "recruiter_agreement",
        "A4; formal contract with CONSIDERACIONES and numbered CLÁUSULAS with bold "
        "leads; gridded offer table; two signature columns; payment schedule grid",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl10  generic: Canada TFWP employment contract, English (Mexican worker)
# ---------------------------------------------------------------------------
def build_bl10():
    q_house = (
        "The Worker will live in the company bunkhouse at 118 Railway Avenue, Drumheller, for which "
        "rent of CAD 350 per month is deducted from pay."
    )
    q_equip = (
        "Before the first shift the Worker pays a refundable deposit of CAD 150 for his knife set, "
        "sharpening steel and mesh glove, deducted from his first pay."
    )
    q_hold = (
        "The Employer will hold back CAD 100 from each pay and release the total only when the Worker "
        "completes the full 24-month term."
    )
    q_pen = (
        "If the Worker resigns before completing twelve (12) months of service, he shall repay the "
        "Employer the cost of his inbound airfare and recruitment, set at two weeks' wages."
    )
    d = Doc(
        family="LSR",
        size=10.5,
        margins=(25, 18, 25),
        lh=5.0,
        title="Employment Contract - TFWP",
        author="Red Deer River Protein Ltd.",
        footer="Red Deer River Protein Ltd. - TFW employment contract - Initials: ______ / ______ - "
        "Page {p} of {nb}",
    )
    d.add_page()
    d.ttl(
        "EMPLOYMENT CONTRACT\nTemporary Foreign Worker Program - Low-Wage Stream\nLMIA No. 10837742",
        12.5,
    )
    d.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Red Deer River Protein Ltd., 7710 Industrial Drive, Drumheller, Alberta T0J 0Y0, Canada",
            ],
            [
                "Worker",
                "José Guadalupe Rentería Saucedo, born 14 March 1991, Mexican passport G41772093, of "
                "Tepatitlán de Morelos, Jalisco",
            ],
            [
                "Recruiter",
                "Maple Bridge Workforce Inc., 300-1207 11 Avenue SW, Calgary, Alberta T3C 0M5",
            ],
        ],
        widths=(30, 130),
        bold_first=True,
    )
    d.clause(
        "1. Position.",
        "The Worker is employed as an Industrial Butcher (NOC 94141). He will break "
        "down beef carcasses into primal and sub-primal cuts using knives and band saws, trim fat and "
        "bone, package cuts, and clean his station according to sanitation procedures.",
    )
    d.clause(
        "2. Place of work.", "The Employer's plant at 7710 Industrial Drive, Drumheller, Alberta."
    )
    d.clause(
        "3. Term.",
        "Twenty-four (24) months, from March 2, 2026 to March 1, 2028, subject to the "
        "validity of the Worker's work permit.",
    )
    d.clause(
        "4. Hours of work.",
        "Hours of work are variable and set weekly according to the production "
        "schedule. Overtime is paid at one and one-half times the regular wage, as required by the "
        "Alberta Employment Standards Code.",
    )
    d.clause(
        "5. Wages.", "CAD 19.75 per hour, paid every second Friday (bi-weekly) by direct deposit."
    )
    d.clause(
        "6. Deductions.",
        "The Employer will make statutory deductions only (income tax, Canada Pension "
        "Plan contributions and Employment Insurance premiums), plus the amounts set out in sections "
        "7 and 8.",
    )
    d.clause("7. Accommodation and equipment.", "", space=0.8)
    d.clause("7.1", q_house, indent=6)
    d.clause("7.2", q_equip, indent=6)
    d.clause("8. Retention holdback.", q_hold)

    d.add_page()
    d.clause(
        "9. Travel.",
        "The Employer pays the Worker's economy airfare from Guadalajara to Calgary at "
        "the start of employment and back to Guadalajara at the end of employment, and ground "
        "transportation between Calgary and Drumheller.",
    )
    d.clause("10. Early resignation.", q_pen)
    d.clause(
        "11. Health and safety.",
        "The Employer provides private health insurance at no cost to the "
        "Worker until he is covered by the Alberta Health Care Insurance Plan, and registers him with "
        "the Workers' Compensation Board of Alberta.",
    )
    d.clause(
        "12. Fees.",
        "The Employer pays the LMIA processing fee of CAD 1,000 and the fees of Maple "
        "Bridge Workforce Inc., and will not recover them from the Worker, directly or indirectly, "
        "except as stated in section 10.",
    )
    d.clause(
        "13. Termination.",
        "Either party may end the employment by giving the written notice required "
        "by the Alberta Employment Standards Code (one week after 90 days of employment, two weeks "
        "after two years). The Employer may dismiss the Worker without notice for just cause.",
    )
    d.clause(
        "14. Governing law.",
        "This contract is governed by the laws of the Province of Alberta. The "
        "Worker has received a copy in English and in Spanish.",
    )
    d.para("Signed at Drumheller, Alberta, on January 27, 2026.")
    d.signatures(
        [
            ("Trevor Lindqvist", "Plant Manager", "Red Deer River Protein Ltd."),
            ("José Guadalupe Rentería Saucedo", "Worker"),
        ]
    )
    lab = label(
        "bl10.pdf",
        "generic",
        "en",
        2,
        [
            fee("housing_charge", "review", 1, 350, "CAD", q_house),
            fee("equipment_charge", "violation", 1, 150, "CAD", q_equip),
            fee("wage_withholding", "violation", 1, 100, "CAD", q_hold),
            fee("breach_penalty", "violation", 2, None, None, q_pen),
        ],
        ["hours_of_work"],
        ["Maple Bridge Workforce Inc."],
        [
            "LMIA processing fee paid by employer, not recovered",
            "round-trip airfare and ground transport paid by employer",
            "CPP/EI and income tax are statutory deductions (not insurance_cost)",
            "private health insurance and WCB at no cost",
            "'Hours of work are variable ... production schedule' gives no concrete hours",
            "overtime at one and one-half times (no hour figure)",
        ],
        "work_contract",
        "parties grid table; numbered clauses with bold leads, justified; serif font; "
        "initials line in footer; two-column signature block",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl11  generic: Spain GECCO seasonal contract, formal Spanish, compliant
# ---------------------------------------------------------------------------
def build_bl11():
    d = Doc(
        family="NS",
        size=9.5,
        fmt="A4",
        margins=(22, 18, 22),
        lh=4.6,
        title="Contrato de trabajo de temporada - GECCO 2026",
        author="Frutas Marismas de Moguer, S.L.",
        band=("FRUTAS MARISMAS DE MOGUER, S.L.  -  Campaña 2026", (170, 30, 45)),
        footer="Contrato FMM-GECCO-2026-0284 - página {p} de {nb}",
    )
    d.add_page()
    d.ttl(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nGESTIÓN COLECTIVA DE CONTRATACIONES EN ORIGEN "
        "(CAMPAÑA 2026)",
        12,
    )
    d.para("En Moguer (Huelva), a 12 de enero de 2026.", align="R")
    d.heading("REUNIDOS", size=10)
    d.para(
        "De una parte, FRUTAS MARISMAS DE MOGUER, S.L., con CIF B21876543 y domicilio social en el "
        "Polígono Industrial Los Arroyos, parcela 7, 21800 Moguer (Huelva), España, representada por "
        "D. Manuel Jesús Borrero Limón, en calidad de administrador (en adelante, la EMPRESA).",
        align="J",
    )
    d.para(
        "De otra parte, Dña. DUNIA MARISOL PAZ REYES, nacional de Honduras, nacida el 4 de septiembre de "
        "1994, con pasaporte n.º F4412876 y domicilio en La Esperanza, Intibucá (en adelante, la "
        "TRABAJADORA).",
        align="J",
    )
    d.para(
        "La TRABAJADORA ha sido seleccionada en Honduras directamente por personal de la EMPRESA, en el "
        "marco de la gestión colectiva de contrataciones en origen, sin intervención de agencias "
        "privadas ni de intermediarios.",
        align="J",
    )
    d.heading("CONDICIONES PRINCIPALES", size=10)
    d.grid(
        [
            ["Condición", "Detalle"],
            ["Categoría", "Peón agrícola"],
            [
                "Centro de trabajo",
                "Finca Las Madres (carretera A-494, km 8) y Finca El Pinar, ambas en el "
                "término municipal de Moguer (Huelva)",
            ],
            ["Duración", "Del 9 de febrero de 2026 al 12 de junio de 2026"],
            ["Jornada", "39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas"],
            ["Salario", "57,38 euros por jornada efectiva"],
            ["Pago", "Mensual, por transferencia bancaria"],
            ["Convenio aplicable", "Convenio Colectivo del Campo de la provincia de Huelva"],
        ],
        widths=(40, 126),
        bold_first=True,
    )
    d.heading("CLÁUSULAS", size=10)
    d.clause(
        "PRIMERA. Objeto.",
        "La TRABAJADORA prestará servicios como peón agrícola en la recolección de "
        "fresa y frutos rojos, su clasificación en campo y la carga de cajas, así como en tareas de "
        "mantenimiento de los túneles de cultivo.",
    )
    d.clause(
        "SEGUNDA. Duración.",
        "El contrato se celebra por la duración de la campaña, desde el 9 de "
        "febrero de 2026 hasta el 12 de junio de 2026.",
    )
    d.clause(
        "TERCERA. Jornada.",
        "La jornada será de 39 horas semanales, de lunes a sábado, de 7:30 a "
        "14:00 horas, con un descanso de veinte minutos que se computa como tiempo de trabajo.",
    )
    d.clause(
        "CUARTA. Retribución.",
        "La TRABAJADORA percibirá 57,38 euros por jornada efectiva, importe que "
        "incluye el salario base, los pluses y las partes proporcionales de pagas extraordinarias y "
        "vacaciones, conforme al convenio aplicable.",
    )
    d.clause(
        "QUINTA. Pago.",
        "El salario se abonará mensualmente, mediante transferencia a la cuenta "
        "bancaria de la TRABAJADORA, dentro de los cinco primeros días del mes siguiente, con entrega "
        "del recibo de salarios.",
    )
    d.clause(
        "SEXTA. Deducciones.",
        "Únicamente se practicarán la cotización de la TRABAJADORA a la "
        "Seguridad Social y la retención a cuenta del IRPF que legalmente correspondan. La EMPRESA no "
        "descontará cantidad alguna por alojamiento, suministros, transporte, equipos de trabajo ni "
        "por la gestión de la contratación.",
    )

    d.add_page()
    d.clause(
        "SÉPTIMA. Alojamiento.",
        "La EMPRESA facilita alojamiento gratuito en las viviendas de la Finca "
        "Las Madres, con agua, luz y gas incluidos y cocina equipada, sin fianza de ningún tipo.",
    )
    d.clause(
        "OCTAVA. Viajes.",
        "La EMPRESA abona el billete de avión de ida Tegucigalpa - Madrid y el de "
        "regreso Madrid - Tegucigalpa, así como el traslado en autobús entre Madrid y Moguer. Ninguno "
        "de estos gastos se descuenta de la nómina.",
    )
    d.clause(
        "NOVENA. Visado y documentos.",
        "La tasa del visado, el certificado médico y la tarjeta de "
        "identidad de extranjero (TIE) los abona la EMPRESA. La TRABAJADORA conserva en todo momento su "
        "pasaporte y su TIE.",
    )
    d.clause(
        "DÉCIMA. Equipos de protección.",
        "La EMPRESA entrega gratuitamente guantes, botas, gorra y ropa "
        "de agua, que se repondrán sin coste cuando se deterioren por el uso.",
    )
    d.clause(
        "UNDÉCIMA. Extinción.",
        "El contrato se extingue al finalizar la campaña o por las causas "
        "previstas en el artículo 49 del Estatuto de los Trabajadores. A su término, la TRABAJADORA "
        "percibirá la indemnización de doce días de salario por año de servicio, en proporción al tiempo "
        "trabajado. El despido disciplinario solo procederá por las causas del artículo 54 del "
        "Estatuto de los Trabajadores y se comunicará por escrito.",
    )
    d.clause(
        "DUODÉCIMA. Compromiso de retorno.",
        "La TRABAJADORA se compromete a regresar a Honduras al "
        "finalizar la campaña y a presentarse en la Embajada de España en Tegucigalpa en el plazo de un "
        "mes desde su regreso, lo que le permitirá participar en campañas posteriores.",
    )
    d.clause(
        "DECIMOTERCERA. Libertad personal.",
        "La TRABAJADORA puede salir libremente del alojamiento en "
        "su tiempo libre y recibir visitas en las zonas comunes.",
    )
    d.clause(
        "DECIMOCUARTA. Reclamaciones.",
        "La TRABAJADORA puede dirigirse a la Inspección de Trabajo y "
        "Seguridad Social o a los sindicatos sin sufrir represalia alguna.",
    )
    d.para(
        "Y en prueba de conformidad, ambas partes firman el presente contrato por triplicado.",
        align="J",
    )
    d.signatures(
        [
            ("Manuel Jesús Borrero Limón", "Por la EMPRESA"),
            ("Dunia Marisol Paz Reyes", "La TRABAJADORA"),
        ]
    )
    lab = label(
        "bl11.pdf",
        "generic",
        "es",
        2,
        [],
        [],
        [],
        [
            "employer recruits directly in Honduras, no agency (no recruiter)",
            "Social Security contribution and IRPF withholding are statutory deductions",
            "free housing with utilities, no deposit ('sin fianza')",
            "employer pays flights both ways and bus transfer",
            "employer pays visa, medical certificate and TIE; worker keeps passport",
            "protective gear free",
            "end-of-contract indemnity paid to the worker (not a penalty)",
            "commitment to return to Honduras is a program rule, not a movement restriction",
            "worker free to leave housing and receive visitors (negated movement restriction)",
        ],
        "work_contract",
        "A4; colored header band; REUNIDOS section; gridded conditions table; numbered "
        "CLÁUSULAS with bold ordinal leads; two signature columns",
    )
    return d, lab


# ---------------------------------------------------------------------------
# bl12  generic: Peru -> Japan receipt and repayment schedule, bilingual ES/EN
# ---------------------------------------------------------------------------
def build_bl12():
    es = {
        "fee": "Honorarios de gestión y colocación: USD 1,800.00 (mil ochocientos dólares americanos).",
        "med": (
            "Examen médico ocupacional en la clínica designada por la agencia: S/ 380.00, a cargo del "
            "trabajador."
        ),
        "travel": (
            "Pasaje aéreo Lima - Narita y traslado a Toyohashi: USD 1,450.00, adelantados por la "
            "agencia y a devolver por el trabajador."
        ),
        "debt": (
            "El saldo de USD 2,200.00 será descontado del sueldo en Japón en diez cuotas mensuales de "
            "¥35,000, más un interés del 3 % mensual."
        ),
    }
    en = {
        "fee": "Management and placement fee: USD 1,800.00 (one thousand eight hundred US dollars).",
        "med": (
            "Occupational medical examination at the clinic chosen by the agency: S/ 380.00, paid by the "
            "worker."
        ),
        "travel": (
            "Airfare Lima - Narita and transfer to Toyohashi: USD 1,450.00, advanced by the agency and "
            "to be repaid by the worker."
        ),
        "debt": (
            "The balance of USD 2,200.00 will be deducted from the salary in Japan in ten monthly "
            "instalments of ¥35,000, plus interest of 3% per month."
        ),
    }
    d = Doc(
        family="DV",
        size=9,
        margins=(18, 14, 18),
        lh=4.4,
        title="Recibo 000418 / Receipt 000418",
        author="Sol Naciente Servicios Laborales E.I.R.L.",
    )
    d.set_auto_page_break(True, 10)

    def head(title):
        d.letterhead(
            "SOL NACIENTE SERVICIOS LABORALES E.I.R.L.",
            ["RUC 20603318842 - Jr. Huiracocha 1285, Jesús María, Lima 15072 - Tel. (01) 555-0173"],
            rgb=(196, 62, 28),
            size=13,
            height=20,
        )
        d.ttl(title, 11.5, space=1)

    def body(lang, t):
        es_ = lang == "es"
        d.grid(
            [
                [
                    "Recibí de" if es_ else "Received from",
                    "Carlos Alberto Higa Tamashiro, DNI 44871290",
                ],
                [
                    "Empresa en Japón" if es_ else "Employer in Japan",
                    "Mikawa Seiki Kogyo Co., Ltd., 3-14 Akemi-cho, Toyohashi-shi, Aichi 441-8074, Japón"
                    if es_
                    else "Mikawa Seiki Kogyo Co., Ltd., 3-14 Akemi-cho, Toyohashi-shi, Aichi 441-8074, Japan",
                ],
                [
                    "Puesto" if es_ else "Position",
                    "Operario de línea: carga de piezas en prensas, inspección visual y embalaje de autopartes"
                    if es_
                    else "Line operator: loading parts into presses, visual inspection and packing of auto parts",
                ],
                [
                    "Lugar de trabajo" if es_ else "Place of work",
                    "Planta de Toyohashi de Mikawa Seiki Kogyo (misma dirección)"
                    if es_
                    else "Mikawa Seiki Kogyo Toyohashi plant (same address)",
                ],
                [
                    "Contrato" if es_ else "Contract",
                    "Del 1 de junio de 2026 al 31 de mayo de 2027"
                    if es_
                    else "From June 1, 2026 to May 31, 2027",
                ],
                [
                    "Horario" if es_ else "Hours",
                    "8 horas diarias, de lunes a viernes, turnos rotativos de día y de noche"
                    if es_
                    else "8 hours a day, Monday to Friday, rotating day and night shifts",
                ],
                [
                    "Sueldo" if es_ else "Wage",
                    "¥1,250 por hora, pagado mensualmente el día 25"
                    if es_
                    else "¥1,250 per hour, paid monthly on the 25th",
                ],
                [
                    "Descuentos en Japón" if es_ else "Deductions in Japan",
                    "Impuestos y seguro social japonés (shakai hoken) según ley, y las cuotas del cronograma"
                    if es_
                    else "Taxes and Japanese social insurance (shakai hoken) as required by law, and the "
                    "instalments in the schedule",
                ],
            ],
            widths=(38, 136),
            head=False,
            bold_first=True,
            size=8.5,
        )
        d.heading("Conceptos" if es_ else "Items", size=9.5, space_before=1)
        for i, k in enumerate(("fee", "med", "travel", "debt"), 1):
            d.set_x(d.l_margin + 2)
            d.multi_cell(0, d.lh, "%d. %s" % (i, t[k]), align="L", new_x="LMARGIN", new_y="NEXT")
            d.ln(1)
        d.ln(1)
        d.grid(
            [
                ["Resumen" if es_ else "Summary", "USD"],
                ["Honorarios" if es_ else "Fee", "1,800.00"],
                ["Pasaje y traslado" if es_ else "Airfare and transfer", "1,450.00"],
                ["Total", "3,250.00"],
                ["Pagado hoy en efectivo" if es_ else "Paid today in cash", "1,050.00"],
                ["Saldo" if es_ else "Balance", "2,200.00"],
            ],
            widths=(60, 30),
            size=8.5,
        )
        d.heading(
            "Cronograma de devolución" if es_ else "Repayment schedule", size=9.5, space_before=0
        )
        months_es = [
            "jul-2026",
            "ago-2026",
            "sep-2026",
            "oct-2026",
            "nov-2026",
            "dic-2026",
            "ene-2027",
            "feb-2027",
            "mar-2027",
            "abr-2027",
        ]
        months_en = [
            "Jul-2026",
            "Aug-2026",
            "Sep-2026",
            "Oct-2026",
            "Nov-2026",
            "Dec-2026",
            "Jan-2027",
            "Feb-2027",
            "Mar-2027",
            "Apr-2027",
        ]
        months = months_es if es_ else months_en
        rows = [
            [
                "Cuota" if es_ else "No.",
                "Mes" if es_ else "Month",
                "Cuota" if es_ else "Instalment",
                "Cuota" if es_ else "No.",
                "Mes" if es_ else "Month",
                "Cuota" if es_ else "Instalment",
            ]
        ]
        for i in range(5):
            rows.append([str(i + 1), months[i], "¥35,000", str(i + 6), months[i + 5], "¥35,000"])
        d.grid(rows, widths=(14, 26, 26, 14, 26, 26), size=8)
        notes = (
            [
                "La visa de trabajo (Certificado de Elegibilidad) la tramita y paga la empresa en Japón; no se "
                "cobra al trabajador.",
                "Los impuestos y el seguro social japonés se retienen según la ley japonesa.",
                "Este recibo no incluye cobro alguno por la entrevista ni por la evaluación técnica.",
            ]
            if es_
            else [
                "The work visa (Certificate of Eligibility) is processed and paid by the employer in Japan; the "
                "worker is not charged for it.",
                "Japanese taxes and social insurance are withheld as Japanese law requires.",
                "This receipt includes no charge for the interview or the skills assessment.",
            ]
        )
        d.bullets(notes, size=8.5, space=0.6)
        d.signatures(
            [
                (
                    "Recibido por / Received by",
                    "Sol Naciente Servicios Laborales E.I.R.L.",
                    "Lima, 20 de marzo de 2026" if es_ else "Lima, March 20, 2026",
                ),
                ("Carlos Alberto Higa Tamashiro", "DNI 44871290"),
            ],
            gap=12,
            size=8.5,
        )

    d.add_page()
    head("RECIBO N.º 000418 Y CRONOGRAMA DE DEVOLUCIÓN")
    body("es", es)
    d.add_page()
    head("RECEIPT No. 000418 AND REPAYMENT SCHEDULE (English translation)")
    body("en", en)
    lab = label(
        "bl12.pdf",
        "generic",
        "en+es",
        2,
        [
            fee("recruitment_fee", "violation", 1, 1800, "USD", es["fee"], group=1),
            fee("recruitment_fee", "violation", 2, 1800, "USD", en["fee"], group=1),
            fee("medical_cost", "violation", 1, 380, "PEN", es["med"], group=2),
            fee("medical_cost", "violation", 2, 380, "PEN", en["med"], group=2),
            fee("travel_cost", "violation", 1, 1450, "USD", es["travel"], group=3),
            fee("travel_cost", "violation", 2, 1450, "USD", en["travel"], group=3),
            fee("debt_bondage", "violation", 1, 2200, "USD", es["debt"], group=4),
            fee("debt_bondage", "violation", 2, 2200, "USD", en["debt"], group=4),
        ],
        ["return_transportation", "termination"],
        ["Sol Naciente Servicios Laborales E.I.R.L."],
        [
            "work visa (Certificate of Eligibility) paid by employer in Japan",
            "Japanese taxes and social insurance withheld by law (not insurance_cost or wage_withholding)",
            "no charge for interview or skills assessment (negated fee)",
            "amounts repeated in the summary and instalment tables are the same findings, not new ones",
        ],
        "receipt",
        "bilingual receipt: Spanish page then English translation page; colored letterhead band; "
        "gridded particulars table; numbered items; summary and instalment grids; signature lines",
    )
    return d, lab


BUILDERS = [
    build_bl01,
    build_bl02,
    build_bl03,
    build_bl04,
    build_bl05,
    build_bl06,
    build_bl07,
    build_bl08,
    build_bl09,
    build_bl10,
    build_bl11,
    build_bl12,
]

# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
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
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "COP", "CAD", "PEN", "JPY", "EUR"}
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


def norm(s):
    return " ".join((s or "").split())


def expected_severity(program, f):
    c = f["category"]
    if c in ("damage_chargeback", "meal_charge"):
        return "review"
    if c == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if c == "visa_cost" and program in ("h2a", "h2b"):
        q = f["quote"].lower()
        if ("passport" in q or "pasaporte" in q) and "visa" not in q and "visado" not in q:
            return "review"
    return "violation"


def self_check(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        fn = lab["file"]
        if list(lab.keys()) != KEYS:
            errors.append("%s: label keys %s" % (fn, list(lab.keys())))
        path = os.path.join(out_dir, fn)
        scanned = SCANNED_PAGES.get(fn, [])
        if bool(scanned) != lab["scanned"]:
            errors.append("%s: scanned flag mismatch" % fn)
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append("%s: %d pages, label says %d" % (fn, len(pdf.pages), lab["pages"]))
                continue
            texts = []
            for i, page in enumerate(pdf.pages, 1):
                t = page.extract_text() or ""
                texts.append(norm(t))
                if i in scanned:
                    if page.chars or t.strip():
                        errors.append("%s p%d: scanned page has a text layer" % (fn, i))
                    if not page.images:
                        errors.append("%s p%d: scanned page has no image" % (fn, i))
                elif len(t.strip()) < 200:
                    errors.append("%s p%d: too little text" % (fn, i))
        alltext = " ".join(texts)
        for f in lab["fees"]:
            if f["category"] not in CATEGORIES:
                errors.append("%s: bad category %s" % (fn, f["category"]))
            if f["severity"] != expected_severity(lab["program"], f):
                errors.append(
                    "%s: severity of %s should be %s"
                    % (fn, f["category"], expected_severity(lab["program"], f))
                )
            if (f["amount"] is None) != (f["currency"] is None):
                errors.append("%s: amount/currency mismatch in %s" % (fn, f["quote"][:40]))
            if f["currency"] is not None and f["currency"] not in CURRENCIES:
                errors.append("%s: bad currency %s" % (fn, f["currency"]))
            p = f["page"]
            if p in scanned:
                errors.append("%s: fee labelled on scanned page %d" % (fn, p))
                continue
            if not 1 <= p <= len(texts) or norm(f["quote"]) not in texts[p - 1]:
                where = [i + 1 for i, t in enumerate(texts) if norm(f["quote"]) in t]
                errors.append(
                    "%s: quote not on page %d (found on %s): %s" % (fn, p, where, f["quote"][:60])
                )
        bad = set(lab["missing_terms"]) - REQUIRED[lab["program"]]
        if bad:
            errors.append("%s: missing_terms not required for program: %s" % (fn, sorted(bad)))
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errors.append("%s: recruiter not printed: %s" % (fn, r))
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for build in BUILDERS:
        doc, lab = build()
        doc.output(os.path.join(out_dir, lab["file"]))
        labels.append(lab)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    errors = self_check(out_dir, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print("%d documents, %d labelled fees, %d problems" % (len(labels), n_fees, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
