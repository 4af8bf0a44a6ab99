#!/usr/bin/env python3
"""heldout_cu: blind held-out batch of 12 recruitment documents (cu01.pdf ... cu12.pdf).

Usage:
    python build.py OUT_DIR [--write-labels]

Writes the 12 PDFs, labels.json and present_terms.json (evidence for every term each
document states) into OUT_DIR, deterministically (fixed creation date, fixed seeds).
Then reopens every PDF with pdfplumber and checks page counts, fee quotes on their
labelled pages, recruiter names, term evidence, the image-only scanned page and the
batch mix. Finally compares the generated labels with the committed labels.json next
to this file (exit 1 on any failed check or difference; --write-labels rewrites it).

Self-contained: needs fpdf2, pdfplumber, Pillow, numpy and DejaVu fonts.
"""

import datetime
import io
import json
import os
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.UTC)

FONTS = {
    "sans": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
    "serif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
        "BI": "DejaVuSerif-BoldItalic.ttf",
    },
    "cond": {
        "": "DejaVuSansCondensed.ttf",
        "B": "DejaVuSansCondensed-Bold.ttf",
        "I": "DejaVuSansCondensed-Oblique.ttf",
        "BI": "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "mono": {"": "DejaVuSansMono.ttf", "B": "DejaVuSansMono-Bold.ttf"},
}

# ---------------------------------------------------------------- taxonomy (taxonomy.md)
TERMS = [
    "employer_identity",
    "worker_identity",
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
    "housing",
    "meals",
    "inbound_transportation",
    "return_transportation",
    "daily_transportation",
    "visa_reimbursement",
    "tools_provided",
    "workers_compensation",
    "earnings_statements",
    "termination",
    "contract_impossibility",
    "job_requirements",
]
_R = {
    "h2a": "employer_identity job_duties work_location employment_period hours_of_work wage_rate "
    "wage_adjustment pay_frequency deductions three_fourths_guarantee housing meals "
    "inbound_transportation return_transportation daily_transportation tools_provided "
    "workers_compensation earnings_statements termination contract_impossibility "
    "job_requirements",
    "h2b": "employer_identity job_duties work_location employment_period hours_of_work wage_rate "
    "wage_adjustment overtime pay_frequency deductions three_fourths_guarantee "
    "inbound_transportation return_transportation visa_reimbursement tools_provided "
    "earnings_statements termination contract_impossibility job_requirements",
    "generic": "employer_identity worker_identity job_duties work_location employment_period "
    "hours_of_work wage_rate pay_frequency deductions return_transportation termination",
}
REQUIRED = {p: [t for t in TERMS if t in s.split()] for p, s in _R.items()}
CATEGORIES = [
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
]
ISO = {"USD", "MXN", "PHP", "GTQ", "JMD", "CAD", "NPR", "KWD", "MYR"}


def severity(cat, program, passport_only=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join((s or "").split())


# ---------------------------------------------------------------- document class
class Doc(FPDF):
    def __init__(self, file, program, language, doc_type, layout, fmt="Letter", pages=1):
        super().__init__(unit="mm", format=fmt)
        self.meta = dict(
            file=file,
            program=program,
            language=language,
            doc_type=doc_type,
            layout=layout,
            pages=pages,
        )
        self.fees, self.pending, self.evid, self.recs, self.traps = [], [], {}, [], []
        self.hdr = self.ftr = None
        self.scan_pages, self._scan_next = set(), False
        self.set_creation_date(FIXED_DATE)
        self.set_producer("heldout_cu build.py")
        self.set_creator("heldout_cu")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 16)
        for fam, styles in FONTS.items():
            for st, fn in styles.items():
                self.add_font(fam, st, os.path.join(FONTDIR, fn))
        self.set_font("sans", "", 10)

    # -- header / footer hooks
    def header(self):
        if self._scan_next:
            self.scan_pages.add(self.page_no())
            return
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.page_no() in self.scan_pages:
            return
        if self.ftr:
            self.ftr(self)

    # -- label registration
    def fee(self, cat, text, amount=None, cur=None, passport_only=False):
        assert cat in CATEGORIES, cat
        self.pending.append(
            dict(
                category=cat,
                severity=severity(cat, self.meta["program"], passport_only),
                page=None,
                amount=None if amount is None else float(amount),
                currency=cur,
                quote=norm(text),
            )
        )
        return text

    def ev(self, term, text):
        assert term in TERMS, term
        assert term not in self.evid, (self.meta["file"], term)
        self.evid[term] = norm(text)
        return text

    def rec(self, name):
        if name not in self.recs:
            self.recs.append(name)
        return name

    def trap(self, *notes):
        self.traps.extend(notes)

    def flush(self):
        for f in self.pending:
            f["page"] = self.page_no()
            self.fees.append(f)
        self.pending = []

    # -- drawing helpers
    def P(
        self,
        text,
        size=10,
        style="",
        fam="sans",
        lh=None,
        color=(0, 0, 0),
        w=0,
        x=None,
        align="L",
        after=1.2,
        fill=None,
    ):
        self.set_font(fam, style, size)
        self.set_text_color(*color)
        if x is not None:
            self.set_x(x)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            w,
            lh or size * 0.47,
            text,
            align=align,
            fill=bool(fill),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)
        self.flush()

    def H(self, text, size=11.5, fam="sans", color=(0, 0, 0), after=1.5, rule=None):
        self.set_font(fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        if rule:
            self.set_draw_color(*rule)
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
        self.ln(after)

    def bullets(self, items, size=9.5, fam="sans", indent=5, sym="•", after=0.8, lh=None):
        for it in items:
            self.set_font(fam, "", size)
            y = self.get_y()
            self.set_x(self.l_margin + 1)
            self.cell(indent, lh or size * 0.47, sym)
            self.set_xy(self.l_margin + 1 + indent, y)
            self.multi_cell(
                self.w - self.r_margin - self.l_margin - 1 - indent,
                lh or size * 0.47,
                it,
                align="L",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(after)
            self.flush()

    def grid(
        self,
        rows,
        widths,
        size=9,
        head=True,
        fam="sans",
        head_fill=(225, 230, 235),
        lh=None,
        width=None,
        zebra=None,
    ):
        self.set_font(fam, "", size)
        kw = dict(
            col_widths=tuple(widths),
            text_align="LEFT",
            line_height=lh or size * 0.5,
            first_row_as_headings=head,
            padding=1.2,
            width=width or (self.w - self.l_margin - self.r_margin),
        )
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.flush()
        self.ln(2)

    def checkbox(self, x, y, checked, s=3.3):
        self.set_line_width(0.25)
        self.rect(x, y, s, s)
        if checked:
            self.line(x + 0.6, y + 0.6, x + s - 0.6, y + s - 0.6)
            self.line(x + 0.6, y + s - 0.6, x + s - 0.6, y + 0.6)
        self.set_line_width(0.2)

    def checks(self, items, size=9.5, cols=1, colw=None):
        """items: list of (label, checked)."""
        colw = colw or (self.w - self.l_margin - self.r_margin) / cols
        self.set_font("sans", "", size)
        y0 = self.get_y()
        for i, (label, on) in enumerate(items):
            c, r = i % cols, i // cols
            x, y = self.l_margin + c * colw, y0 + r * 6
            self.checkbox(x, y + 0.4, on)
            self.set_xy(x + 5, y)
            self.cell(colw - 6, 4.5, label)
        self.set_xy(self.l_margin, y0 + ((len(items) + cols - 1) // cols) * 6 + 1)
        self.flush()

    def sigs(self, labels, names=None, size=8.5, gap=14, fp_box=False):
        n = len(labels)
        tw = self.w - self.l_margin - self.r_margin
        cw = tw / n
        y = self.get_y() + gap
        if y + 14 > self.h - 18:
            self.add_page()
            y = self.get_y() + gap
        for i, lab in enumerate(labels):
            x = self.l_margin + i * cw
            self.line(x + 2, y, x + cw - 6, y)
            self.set_font("sans", "B", size)
            self.set_xy(x + 2, y + 1)
            self.cell(cw - 8, 4, lab)
            if names and names[i]:
                self.set_font("sans", "", size)
                self.set_xy(x + 2, y + 5)
                self.cell(cw - 8, 4, names[i])
        if fp_box:
            self.set_font("sans", "", 7)
            bx = self.w - self.r_margin - 24
            self.rect(bx, y - 24, 22, 26)
            self.set_xy(bx, y + 2.5)
            self.cell(22, 3, fp_box, align="C")
        self.set_xy(self.l_margin, y + 11)

    def band(self, title, sub=None, color=(28, 84, 66), h=17, size=13):
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, h, "F")
        self.set_text_color(255, 255, 255)
        self.set_font("sans", "B", size)
        self.set_xy(self.l_margin, 3.5)
        self.cell(0, 6, title)
        if sub:
            self.set_font("sans", "", 8)
            self.set_xy(self.l_margin, 10.5)
            self.cell(0, 4, sub)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, h + 5)

    def stamp(self, text, x, y, w, color=(170, 30, 30), angle=14, seed=1):
        """A rubber stamp drawn as an image (no text layer)."""
        rng = np.random.default_rng(seed)
        W, H = 620, 200
        im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        f = ImageFont.truetype(os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"), 92)
        d.rounded_rectangle((8, 8, W - 8, H - 8), radius=24, outline=color + (230,), width=10)
        tw = d.textlength(text, font=f)
        d.text(((W - tw) / 2, 45), text, font=f, fill=color + (230,))
        a = np.array(im)
        mask = rng.random(a.shape[:2]) < 0.18
        a[mask, 3] = 0
        im = Image.fromarray(a).rotate(angle, expand=True, resample=Image.BICUBIC)
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.split()[3])
        buf = io.BytesIO()
        bg.save(buf, format="PNG")
        self.image(buf, x=x, y=y, w=w)

    def scan_page(self, blocks, seed, fmt=(8.5, 11.0), dpi=200, angle=0.6):
        """Append one image-only page: text rendered with Pillow, rotated, blurred, noisy."""
        rng = np.random.default_rng(seed)
        W, H = int(fmt[0] * dpi), int(fmt[1] * dpi)
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)

        def px(pt):
            return int(round(pt * dpi / 72.0))

        x0, y = int(0.9 * dpi), int(0.9 * dpi)
        maxw = W - 2 * x0
        for kind, text in blocks:
            if kind == "gap":
                y += px(float(text))
                continue
            if kind == "sig":
                pts, cx = [], x0 + 40
                for i in range(26):
                    pts.append(
                        (cx + i * 14, y + 40 + int(22 * np.sin(i * 0.9) + rng.integers(-8, 8)))
                    )
                d.line(pts, fill=40, width=4)
                y += 70
                d.line((x0, y, x0 + 560, y), fill=30, width=3)
                y += 10
                continue
            size, bold = {
                "title": (15, True),
                "b": (10.5, True),
                "t": (10.5, False),
                "s": (8.5, False),
            }[kind]
            f = ImageFont.truetype(
                os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"),
                px(size),
            )
            words, line = text.split(), ""
            for wd in words + [None]:
                cand = (line + " " + wd).strip() if wd else line
                if wd is not None and d.textlength(cand, font=f) <= maxw:
                    line = cand
                    continue
                d.text((x0, y), line, font=f, fill=25)
                y += int(px(size) * 1.45)
                line = wd or ""
            y += px(4)
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.9))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 9, a.shape)
        shade = np.linspace(0, 18, W)[None, :]
        a -= shade
        a[:, :12] = 90
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=72)
        self._scan_next = True
        self.add_page()
        self._scan_next = False
        self.image(buf, x=0, y=0, w=self.w, h=self.h)

    def labels(self):
        m = self.meta
        req = REQUIRED[m["program"]]
        missing = [t for t in req if t not in self.evid]
        return dict(
            file=m["file"],
            program=m["program"],
            language=m["language"],
            scanned=bool(self.scan_pages),
            pages=m["pages"],
            fees=self.fees,
            missing_terms=missing,
            recruiters=self.recs,
            traps=self.traps,
            doc_type=m["doc_type"],
            layout=m["layout"],
        )


def page_footer(text, fam="sans"):
    def f(d):
        d.set_y(-12)
        d.set_font(fam, "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(0, 4, text.replace("#", str(d.page_no())), align="C")
        d.set_text_color(0, 0, 0)

    return f


class Columns:
    """Manual two-column flow (left column first, then right, then next page)."""

    def __init__(self, d, gutter=8, top=None, bottom=None):
        self.d, self.g = d, gutter
        self.cw = (d.w - d.l_margin - d.r_margin - gutter) / 2
        self.col = 0
        self.top = top if top is not None else d.get_y()
        self.y = self.top
        self.bottom = bottom or (d.h - 20)

    def x(self):
        return self.d.l_margin + self.col * (self.cw + self.g)

    def block(self, head, body, size=8.8, lh=4.1):
        d = self.d
        d.set_font("sans", "", size)
        lines = d.multi_cell(self.cw, lh, body, align="L", dry_run=True, output="LINES")
        h = (len(lines) + (1 if head else 0)) * lh + 2.2
        if self.y + h > self.bottom:
            if self.col == 0:
                self.col, self.y = 1, self.top
            else:
                d.add_page()
                self.col, self.top = 0, d.get_y()
                self.y = self.top
        if head:
            d.set_font("sans", "B", size)
            d.set_xy(self.x(), self.y)
            d.multi_cell(self.cw, lh, head, align="L")
            self.y = d.get_y()
        d.set_font("sans", "", size)
        d.set_xy(self.x(), self.y)
        d.multi_cell(self.cw, lh, body, align="L")
        self.y = d.get_y() + 2.2
        d.flush()

    def end(self):
        self.d.set_xy(self.d.l_margin, max(self.y, self.d.get_y()) + 2)


# ================================================================== documents
def cu01():
    d = Doc(
        "cu01.pdf",
        "h2a",
        "en",
        "job_order",
        "letter; colored header band; numbered sections; gridded worksite table; "
        "page footer with order number",
        pages=2,
    )
    d.hdr = lambda d: d.band(
        "AGRICULTURAL CLEARANCE ORDER — H-2A",
        "Harlan Ridge Orchards LLC · Job Order WA-26-0418 · Filed under 20 CFR 655 Subpart B",
    )
    d.ftr = page_footer("Job Order WA-26-0418 · Harlan Ridge Orchards LLC · Page # of 2")
    d.add_page()
    d.P(
        "This clearance order states the terms offered to U.S. and H-2A workers for the 2026 "
        "apple and pear harvest. The same terms apply to every worker in this job, and a copy "
        "is given to each worker no later than the day the visa is requested.",
        size=9.5,
    )
    d.H("1. Employer", rule=(28, 84, 66))
    d.P(
        d.ev(
            "employer_identity",
            "Harlan Ridge Orchards LLC, 2281 Quill Creek Road, Brewster Flats, Washington 98812",
        )
        + ". Telephone (509) 555-0147. Contact: Dana Whitcomb, "
        "Orchard Manager.",
        size=9.5,
    )
    d.H("2. Job offered and requirements", rule=(28, 84, 66))
    d.P(
        d.ev("job_duties", "Apple and pear harvest worker") + " (45 openings). Pick fruit by hand "
        "from 10- and 12-foot ladders, fill picking bags without bruising the fruit, empty the "
        "bags into bins, feed empty bins to the tractor crew, and move ladders between rows.",
        size=9.5,
    )
    d.P(
        "Requirements: "
        + d.ev("job_requirements", "three months of experience hand-harvesting tree fruit")
        + "; able to lift 50 pounds and to work all day on a ladder. No "
        "diploma or English is required.",
        size=9.5,
    )
    d.trap("'feed empty bins to the tractor crew' is a job duty, not a fee")
    d.H("3. Place and period of work", rule=(28, 84, 66))
    d.grid(
        [
            ["Block", "Location", "Crop"],
            [
                "North Bench",
                d.ev("work_location", "14 Dry Gulch Lane, Brewster Flats, WA"),
                "Gala, Honeycrisp",
            ],
            [
                "River Flat",
                "390 Ferry Landing Road, Brewster Flats, WA",
                "Bartlett and Anjou pears",
            ],
            [
                "Cutoff Hill",
                "Cutoff Hill Road at milepost 6, Okanogan County, WA",
                "Fuji, Cosmic Crisp",
            ],
        ],
        (22, 55, 23),
        size=8.8,
    )
    d.P(
        "Employment begins on "
        + d.ev("employment_period", "August 10, 2026 and ends on November 6, 2026")
        + ". The first workday may move by up to 14 days if the fruit ripens late; the "
        "employer will notify workers before they leave home.",
        size=9.5,
    )
    d.H("4. Hours, wages and pay", rule=(28, 84, 66))
    d.bullets(
        [
            "Hours: "
            + d.ev("hours_of_work", "40 hours per week")
            + ", Monday to Saturday, usually "
            "6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch. Workers are not required to work "
            "on Sundays or on their religious holidays.",
            "Rate: "
            + d.ev("wage_rate", "$19.97 per hour")
            + ", or $28.00 per bin of apples and $24.00 per bin "
            "of pears, whichever pays more for the pay period.",
            "If the Adverse Effect Wage Rate, a prevailing piece rate or the state minimum wage rises "
            "above the offered rate during the contract, "
            + d.ev("wage_adjustment", "the employer will pay the higher rate")
            + " from its effective date.",
            "Workers are "
            + d.ev("pay_frequency", "paid every week")
            + ", on Friday, by check or direct "
            "deposit at no charge.",
            "Each paycheck comes with a "
            + d.ev("earnings_statements", "written statement of hours offered")
            + ", hours worked, bins picked, rates, total earnings and each deduction.",
            d.fee(
                "wage_withholding",
                "To reward a complete season, $0.75 of every hour worked is held back "
                "and paid out only to workers who stay until the last day of harvest.",
                0.75,
                "USD",
            ),
        ],
        size=9.3,
    )
    d.H("5. Deductions", rule=(28, 84, 66))
    d.P(
        "The employer will deduct "
        + d.ev("deductions", "FICA and federal income tax as required by law")
        + ", and any voluntary deduction the worker authorizes in writing for his or her own "
        "benefit. "
        + d.fee(
            "equipment_charge",
            "Each picker must buy a picking bag and a pair of "
            "pruning shears from the farm store for $42.00, which is taken out of the first "
            "paycheck.",
            42,
            "USD",
        ),
        size=9.3,
    )
    d.add_page()
    d.H("6. Housing, meals and transportation", rule=(28, 84, 66))
    d.P(
        d.ev("housing", "Free housing is provided at the Harlan Ridge camp, 2295 Quill Creek Road")
        + ", to all workers who cannot reasonably return to their permanent residence each day. "
        "Beds, mattresses and blankets are furnished; no deposit is required.",
        size=9.3,
    )
    d.P(
        "A cook at the camp serves "
        + d.ev("meals", "three meals a day for $14.25 per day")
        + ", which is below the maximum meal charge published by the Department of Labor. Workers "
        "who prefer to cook may use the camp kitchen free of charge instead.",
        size=9.3,
    )
    d.P(
        d.ev("daily_transportation", "Free daily transportation") + " between the camp and every "
        "block is provided in company vans driven by licensed drivers.",
        size=9.3,
    )
    d.P(
        "Workers who complete 50 percent of the contract period "
        + d.ev("inbound_transportation", "will be reimbursed for their bus or plane fare")
        + " from the place of recruitment and for "
        "daily subsistence on the trip, if the employer has not already paid them. The employer "
        "pays the visa fee and the consular appointment fee directly.",
        size=9.3,
    )
    d.P(
        "Workers who complete the contract, or who are dismissed without cause, "
        + d.ev("return_transportation", "will receive return transportation")
        + " and subsistence to "
        "the place from which they came.",
        size=9.3,
    )
    d.trap(
        "free housing with no deposit (h2a)",
        "lawful h2a meal charge stated to be below the DOL cap",
        "employer pays visa and consular fees",
        "inbound fare reimbursed at 50 percent",
    )
    d.H("7. Tools and equipment", rule=(28, 84, 66))
    d.P(
        "Ladders, bins, gloves and all other tools are "
        + d.ev("tools_provided", "provided by the employer at no cost")
        + ". "
        + d.fee(
            "damage_chargeback",
            "Any ladder or bin broken because "
            "a worker ignored the safety instructions will be charged to that worker at replacement "
            "cost.",
        ),
        size=9.3,
    )
    d.H("8. Guarantee and rules", rule=(28, 84, 66))
    d.P(
        "The employer guarantees each worker employment for "
        + d.ev("three_fourths_guarantee", "at least three-fourths of the workdays")
        + " of the contract period; if less work is "
        "offered, the worker is paid the amount he or she would have earned.",
        size=9.3,
    )
    d.P(
        "A worker who fails to report for work for "
        + d.ev("termination", "five consecutive days")
        + " without notifying the employer is considered to have abandoned the job. The employer "
        "will notify the Department of Labor and the Department of Homeland Security in writing, "
        "and may dismiss a worker for cause after a written warning.",
        size=9.3,
    )
    d.P(
        "No recruitment fee of any kind is charged to workers for this job, and the employer does "
        "not use any recruiter or agent outside the United States. Workers may complain to the "
        "Wage and Hour Division without being punished for it.",
        size=9.3,
    )
    d.trap("negated recruitment fee", "tools free of charge", "no retaliation for complaints")
    d.ln(2)
    d.sigs(["Employer representative", "Date"], ["Dana Whitcomb, Orchard Manager", "June 2, 2026"])
    return d


def cu02():
    d = Doc(
        "cu02.pdf",
        "h2a",
        "es",
        "work_contract",
        "letter; parties box; clauses in two text columns; footer; signature lines",
        pages=2,
    )
    d.ftr = page_footer("Contrato H-2A 2026 · Bellwether Sweet Potato Farms, Inc. · página # de 2")
    d.add_page()
    d.set_font("serif", "B", 14)
    d.cell(
        0,
        7,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_font("serif", "I", 9)
    d.cell(
        0,
        5,
        "Copia en español para la persona trabajadora · Temporada de camote 2026",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.grid(
        [
            [
                "Empleador",
                d.ev(
                    "employer_identity",
                    "Bellwether Sweet Potato Farms, Inc., 610 Old Mill "
                    "Pond Road, Castalia Grove, Carolina del Norte 27816",
                )
                + ", tel. (252) 555-0118",
            ],
            ["Trabajador", "Evaristo Maldonado Quiroz, originario de Ríoverde, S.L.P., México"],
            [
                "Reclutador",
                d.rec("Enlace Campesino Certificado, A.C.") + " (pagado por el empleador)",
            ],
        ],
        (22, 78),
        size=8.8,
        head=False,
    )
    c = Columns(d)
    c.block(
        "PRIMERA. Puesto y tareas.",
        d.ev("job_duties", "Trabajador agrícola: cosechar camote a mano") + ", llenar cubetas, "
        "vaciarlas en los cajones, alimentar la banda de selección en el empaque y, cuando se "
        "le asigne al puesto de venta de la granja, cobrar a los clientes el camote que compran.",
    )
    c.block(
        "SEGUNDA. Requisitos.",
        "Se requiere "
        + d.ev("job_requirements", "un mes de experiencia en cosecha manual")
        + " de hortalizas y poder cargar 40 libras. No se requiere saber inglés.",
    )
    c.block(
        "TERCERA. Lugar de trabajo.",
        d.ev("work_location", "Campos de la granja en Castalia Grove") + " y en Pender Hollow, "
        "condado de Nash, Carolina del Norte, y el empaque de 610 Old Mill Pond Road.",
    )
    c.block(
        "CUARTA. Duración.",
        d.ev("employment_period", "Del 1 de agosto al 30 de noviembre de 2026") + ". Si la cosecha "
        "se retrasa, el empleador avisará por escrito antes de que usted salga de su casa.",
    )
    c.block(
        "QUINTA. Horario.",
        d.ev("hours_of_work", "35 horas por semana") + ", de lunes a sábado, de 7:00 a 14:00 horas "
        "aproximadamente. El domingo es día de descanso.",
    )
    c.block(
        "SEXTA. Salario.",
        d.ev("wage_rate", "$16.81 por hora") + ", o $0.60 por cubeta si el pago por cubeta resulta "
        "mayor en la semana. Si durante el contrato se publica una tasa AEWR, un salario "
        "prevaleciente o un salario mínimo más alto, "
        + d.ev("wage_adjustment", "el empleador pagará el más alto")
        + " desde la fecha en que entre en vigor.",
    )
    c.block(
        "SÉPTIMA. Pago y talón.",
        "Se paga " + d.ev("pay_frequency", "cada semana, los viernes") + ", con cheque o depósito "
        "sin costo. Con cada pago recibirá "
        + d.ev("earnings_statements", "un talón con las horas ofrecidas")
        + ", las horas trabajadas, las cubetas, la tarifa, las ganancias y cada "
        "descuento.",
    )
    c.block(
        "OCTAVA. Descuentos.",
        "Solo se descontarán "
        + d.ev("deductions", "el impuesto federal sobre la renta y FICA")
        + " que exige la ley, y los descuentos voluntarios que usted autorice por escrito, como un "
        "envío de dinero a su familia. No se descontará nada por vivienda, transporte ni "
        "herramientas.",
    )
    c.block(
        "NOVENA. Garantía.",
        "El empleador le garantiza trabajo por al menos "
        + d.ev("three_fourths_guarantee", "tres cuartas partes de los días laborales")
        + " del contrato; si ofrece menos, le "
        "pagará la diferencia.",
    )
    c.block(
        "DÉCIMA. Vivienda y comida.",
        d.ev("housing", "Vivienda gratuita e inspeccionada") + " en 622 Old Mill Pond Road, con "
        "camas, colchones y cobijas sin costo y sin depósito. Hay "
        + d.ev("meals", "cocina equipada gratuita")
        + " con estufas y refrigeradores para que cada quien "
        "prepare sus alimentos.",
    )
    c.block(
        "UNDÉCIMA. Transporte.",
        "El empleador paga por adelantado "
        + d.ev("inbound_transportation", "el autobús de Monterrey a Castalia Grove")
        + " y le da $20.00 diarios para comidas durante el viaje; si "
        "usted pagó algo, se le reembolsa en la primera semana. Hay "
        + d.ev("daily_transportation", "transporte diario gratuito")
        + " entre la vivienda y los "
        "campos. Al terminar el contrato, o si lo despiden sin causa, el empleador "
        + d.ev("return_transportation", "paga el viaje de regreso a Monterrey")
        + " y los alimentos "
        "del camino.",
    )
    c.block(
        "DUODÉCIMA. Visa.",
        "La cuota de la visa, la cita consular y los gastos de cruce fronterizo los paga el "
        "empleador directamente; usted no tiene que pagar ninguno de ellos.",
    )
    c.block(
        "DECIMOTERCERA. Herramientas.",
        "Cubetas, cuchillos, guantes y botas de hule "
        + d.ev("tools_provided", "se entregan sin costo alguno")
        + " y sin depósito.",
    )
    c.block(
        "DECIMOCUARTA. Seguro de trabajo.",
        "Usted está cubierto por el "
        + d.ev("workers_compensation", "seguro de compensación al trabajador")
        + " (workers' compensation) de Carolina del Norte, pagado por el "
        "empleador, póliza WC-55-80417 de Piedmont Mutual.",
    )
    c.block(
        "DECIMOQUINTA. Abandono y despido.",
        "Si falta " + d.ev("termination", "cinco días seguidos sin avisar") + ", se considerará "
        "abandono del trabajo y el empleador lo notificará al Departamento de Trabajo. El "
        "empleador puede despedir por causa justificada; en ese caso no paga el regreso.",
    )
    c.block(
        "DECIMOSEXTA. Imposibilidad.",
        d.ev("contract_impossibility", "Si un huracán, una inundación") + " u otra causa fuera del "
        "control del empleador hace imposible seguir trabajando, se le pagará la garantía de "
        "tres cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    c.block(
        "DECIMOSÉPTIMA. Sin cobros.",
        "El empleador paga todos los honorarios de Enlace Campesino Certificado, A.C. Nadie "
        "puede cobrarle a usted ninguna cuota por este empleo; si alguien se la pide, llame al "
        "+52 81 5550 3371.",
    )
    c.block(
        "DECIMOCTAVA. Documentos y quejas.",
        "Usted conserva siempre su pasaporte y su visa. Puede presentar quejas ante el "
        "Departamento de Trabajo sin represalias; nadie será puesto en una lista de no "
        "recontratación por quejarse.",
    )
    c.end()
    d.trap(
        "'alimentar la banda' (feed the line) is a job duty",
        "'cobrar a los clientes' is a job duty",
        "free housing and bedding with no deposit",
        "free kitchen",
        "inbound bus paid in advance",
        "visa and consular fees paid by employer",
        "tools 'sin costo alguno'",
        "workers' compensation paid by employer",
        "no deductions for housing/transport/tools",
        "recruiter fees paid by the employer; negated worker fee",
        "worker keeps passport; no blacklist for complaints",
    )
    d.sigs(
        ["Por el empleador", "La persona trabajadora"],
        ["Calvin R. Ashby, propietario", "Evaristo Maldonado Quiroz"],
        gap=12,
    )
    return d


def cu03():
    d = Doc(
        "cu03.pdf",
        "h2a",
        "es",
        "receipt",
        "half-letter style receipt form with folio box, boxed amount, bullet list of pending "
        "payments, image stamp PAGADO, signature lines",
        pages=1,
    )
    d.add_page()
    d.set_draw_color(60, 60, 120)
    d.set_line_width(0.6)
    d.rect(14, 12, d.w - 28, 150)
    d.set_line_width(0.2)
    d.set_xy(20, 17)
    d.set_font("serif", "B", 15)
    d.cell(120, 7, d.rec("Servicios Migratorios El Mezquite"))
    d.set_font("mono", "B", 10)
    d.set_xy(d.w - 62, 16)
    d.cell(40, 6, "RECIBO Nº 0417", border=1, align="C")
    d.set_xy(20, 25)
    d.set_font("serif", "", 8.5)
    d.cell(
        0,
        4,
        "Trámites y gestoría · Calle Hidalgo 312-B, Col. Centro, Tepatitlán, Jal. · Tel. 378 555 0162",
    )
    d.set_xy(20, 31)
    d.set_font("sans", "", 9.5)
    d.cell(0, 5, "Lugar y fecha: Tepatitlán, Jalisco, a 14 de enero de 2026")
    d.set_xy(d.w - 72, 38)
    d.set_font("sans", "B", 11)
    d.cell(50, 8, "Bueno por $8,500.00", border=1, align="C")
    d.set_xy(20, 50)
    d.set_left_margin(20)
    d.set_right_margin(20)
    d.P(
        d.fee(
            "recruitment_fee",
            "Recibí del Sr. Rosendo Ibarra Luján la cantidad de MXN 8,500.00 (ocho "
            "mil quinientos pesos 00/100) por concepto de cuota de colocación en el programa de "
            "visas de trabajo agrícola H-2A, temporada 2026.",
            8500,
            "MXN",
        ),
        size=10,
        lh=5.2,
    )
    d.P(
        "Trabajo ofrecido: "
        + d.ev("job_duties", "trabajador agrícola para la cosecha de arándano")
        + " y zarzamora en "
        + d.ev("work_location", "los campos de Pinecrest, Georgia")
        + ", con un "
        "sueldo de " + d.ev("wage_rate", "$15.70 dólares la hora") + ". Las copias de sus "
        "documentos se las sacamos aquí sin cobrarle.",
        size=10,
        lh=5.2,
    )
    d.P("Pagos pendientes antes de la cita consular:", size=10, style="B")
    d.bullets(
        [
            d.fee(
                "visa_cost",
                "Derecho de visa y cita en el consulado: 3 400 pesos que el interesado paga "
                "aparte y que el patrón no regresa.",
                3400,
                "MXN",
            ),
            d.fee(
                "deposit_or_bond",
                "Como garantía de que se presentará a trabajar, el interesado firma hoy "
                "un pagaré por 20,000 pesos a favor de Servicios Migratorios El Mezquite.",
                20000,
                "MXN",
            ),
            "La plática informativa del sábado es gratuita y se ofrece café a los asistentes.",
        ],
        size=10,
        lh=5.0,
    )
    d.trap(
        "document copies made 'sin cobrarle' (negated charge)",
        "free information session ('gratuita'), 'café'",
    )
    d.set_font("sans", "I", 8)
    d.set_x(20)
    d.multi_cell(
        d.w - 40,
        4,
        "Este recibo no es comprobante fiscal. Conserve este recibo.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.stamp("PAGADO", x=d.w - 80, y=118, w=48, seed=3)
    d.set_y(128)
    d.sigs(
        ["Recibí", "Entregué"],
        ["Por Servicios Migratorios El Mezquite", "Rosendo Ibarra Luján"],
        gap=12,
    )
    d.set_left_margin(18)
    d.set_right_margin(18)
    return d


def cu04():
    d = Doc(
        "cu04.pdf",
        "h2a",
        "en+es",
        "chat",
        "exported messaging chat printed to PDF: contact header bar, left/right message "
        "bubbles with time stamps, Spanish and English mixed within messages",
        pages=2,
    )

    def hdr(d):
        d.set_fill_color(7, 94, 84)
        d.rect(0, 0, d.w, 15, "F")
        d.set_text_color(255, 255, 255)
        d.set_font("sans", "B", 11.5)
        d.set_xy(14, 3)
        d.cell(0, 5, "Lalo Agrolink")
        d.set_font("sans", "", 7.5)
        d.set_xy(14, 8.7)
        d.cell(0, 4, "+52 461 555 0193 · chat exported 02/03/2026")
        d.set_text_color(0, 0, 0)
        d.set_xy(d.l_margin, 20)

    d.hdr = hdr
    d.ftr = page_footer("Chat with Lalo Agrolink · # / 2")
    d.add_page()
    d.set_fill_color(236, 229, 221)

    def day(t):
        d.set_font("sans", "", 7.5)
        d.set_fill_color(220, 233, 243)
        w = d.get_string_width(t) + 8
        d.set_x((d.w - w) / 2)
        d.cell(w, 5, t, align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(2)

    def msg(side, text, t):
        size, lh, maxw = 9.3, 4.5, 112
        d.set_font("sans", "", size)
        lines = d.multi_cell(maxw - 6, lh, text, align="L", dry_run=True, output="LINES")
        wmax = max(d.get_string_width(l) for l in lines) + 7
        bw = min(maxw, max(wmax, 30))
        bh = len(lines) * lh + 8
        if d.get_y() + bh > d.h - 18:
            d.add_page()
        x = d.l_margin if side == "L" else d.w - d.r_margin - bw
        y = d.get_y()
        d.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        d.set_draw_color(200, 200, 200)
        d.rect(x, y, bw, bh, "DF", round_corners=True, corner_radius=2.5)
        d.set_draw_color(0, 0, 0)
        d.set_xy(x + 3, y + 2)
        d.multi_cell(bw - 6, lh, text, align="L")
        d.set_font("sans", "", 6.5)
        d.set_text_color(120, 120, 120)
        d.set_xy(x + bw - 16, y + bh - 4.5)
        d.cell(13, 3.5, t, align="R")
        d.set_text_color(0, 0, 0)
        d.set_xy(d.l_margin, y + bh + 2.5)
        d.flush()

    day("26 de enero de 2026")
    msg(
        "L",
        "Buenas tardes Marisol, soy Eduardo, Lalo, de "
        + d.rec("Agrolink del Bajío")
        + ". Tu tía me pasó tu número",
        "16:02",
    )
    msg(
        "L",
        "Tengo trabajo H-2A en "
        + d.ev("work_location", "Ordway, Colorado")
        + ". Es de "
        + d.ev("job_duties", "trabajador agrícola, cosechando cebolla y melón")
        + ", es trabajo "
        "pesado pero se gana bien",
        "16:03",
    )
    msg("R", "Hola buenas tardes!! si me interesa. cuanto pagan?", "16:10")
    msg(
        "L",
        "They pay "
        + d.ev("wage_rate", "$17.44 per hour")
        + ", son "
        + d.ev("hours_of_work", "40 horas por semana")
        + " y a veces más, "
        + d.ev("employment_period", "del 20 de junio al 10 de octubre")
        + ". Y "
        + d.ev("pay_frequency", "pagan cada viernes")
        + " con cheque",
        "16:11",
    )
    msg("R", "Y cuánto cuesta el trámite? mi vecino dice que es gratis", "16:15")
    msg(
        "L",
        d.fee(
            "recruitment_fee",
            "Para apartar tu lugar son 600 dólares, me los depositas en "
            "Elektra a mi nombre antes del viernes.",
            600,
            "USD",
        )
        + " Te mando la cuenta",
        "16:17",
    )
    msg("R", "ok. y la visa? el patron no la paga?", "16:20")
    msg(
        "L",
        "La visa sí la paga el patrón, no te preocupes por eso, they pay it at the consulate",
        "16:21",
    )
    msg(
        "L",
        d.fee(
            "travel_cost",
            "Pero el camión a Monterrey y el hotel mientras sale la visa corren "
            "por tu cuenta, el rancho no te los regresa.",
        ),
        "16:21",
    )
    day("27 de enero de 2026")
    msg("R", "Buenos días. Y el pasaporte se lo llevo a usted o lo llevo yo al consulado?", "08:44")
    msg(
        "L",
        d.fee(
            "document_retention",
            "Me lo traes el lunes, the original, y yo lo guardo hasta el "
            "día que cruces, así nadie lo pierde.",
        ),
        "09:02",
    )
    msg(
        "R",
        "Mi prima dice que el año pasado en ese rancho no les pagaban todas las horas...",
        "09:15",
    )
    msg(
        "L",
        d.fee(
            "blacklisting_threat",
            "Mira, if you start complaining to the labor people, te pongo "
            "en la lista negra and nobody calls you again.",
        ),
        "09:19",
    )
    msg("L", "Tu nomás trabaja y no hagas caso de chismes", "09:19")
    msg("R", "no no, yo solo preguntaba. el lunes le llevo todo", "09:31")
    msg(
        "L",
        "Perfecto. Trae copia de tu INE y tu CURP también. La plática del lunes es free, "
        "no cobro nada por eso",
        "09:33",
    )
    msg("R", "Gracias don Lalo", "09:34")
    d.trap(
        "'La visa sí la paga el patrón' (employer pays visa)",
        "free information talk ('no cobro nada por eso')",
        "copies of ID requested (not retention)",
    )
    return d


def cu05():
    d = Doc(
        "cu05.pdf",
        "h2b",
        "en",
        "job_order",
        "letter; colored header band; section headings with rules; gridded cost/payer table; "
        "footer; signature lines",
        pages=2,
    )
    d.hdr = lambda d: d.band(
        "H-2B JOB ORDER · TERMS AND CONDITIONS OF EMPLOYMENT",
        "Silverleaf Grounds & Gardens, Inc. · Season 2026 · Landscape Laborer",
        color=(35, 70, 120),
    )
    d.ftr = page_footer("Silverleaf Grounds & Gardens, Inc. · H-2B job order 2026 · page # of 2")
    d.add_page()
    s = 9.2
    d.H("Employer and place of work", size=10.5, rule=(35, 70, 120))
    d.P(
        "Employer: "
        + d.ev(
            "employer_identity",
            "Silverleaf Grounds & Gardens, Inc., 8 Tanager Court, "
            "Middlebrook Springs, Virginia 22955",
        )
        + "; phone (434) 555-0126. Work is performed at customer "
        "properties in "
        + d.ev("work_location", "Albemarle, Greene and Fluvanna Counties, Virginia")
        + ", reporting each morning to the yard at 8 Tanager Court.",
        size=s,
    )
    d.H("The job", size=10.5, rule=(35, 70, 120))
    d.P(
        d.ev("job_duties", "Landscape Laborer (SOC 37-3011)") + ", 22 openings: mow, edge and trim "
        "lawns, plant shrubs and flowers, spread mulch, rake leaves, and load and unload trailers. "
        "On residential routes the crew leader may ask you to collect payment from customers for "
        "add-on services and hand them a receipt.",
        size=s,
    )
    d.P(
        "Requirements: no experience or education; "
        + d.ev("job_requirements", "must be able to lift 50 lbs")
        + " occasionally and work outdoors in heat and rain.",
        size=s,
    )
    d.H("Dates, hours and pay", size=10.5, rule=(35, 70, 120))
    d.grid(
        [
            ["Item", "Terms"],
            ["Period", d.ev("employment_period", "March 2, 2026 through November 30, 2026")],
            [
                "Hours",
                d.ev("hours_of_work", "35 hours per week") + "; usually 7:00 a.m. to 3:30 p.m., "
                "Monday to Friday, some Saturdays",
            ],
            ["Wage", d.ev("wage_rate", "$17.32 per hour") + " for all hours worked"],
            ["Overtime", d.ev("overtime", "$25.98 per hour for hours over 40") + " in a workweek"],
            [
                "Payday",
                d.ev("pay_frequency", "Every two weeks, on Friday") + ", by direct deposit or "
                "paycard at no cost to you",
            ],
            [
                "Pay stub",
                "Each pay period you receive "
                + d.ev("earnings_statements", "an earnings statement showing hours offered")
                + ", hours worked, rate, gross pay and every deduction",
            ],
            [
                "Deductions",
                d.ev("deductions", "Only FICA and federal and state income tax are deducted")
                + ", plus any deduction you voluntarily authorize in writing, such as union dues",
            ],
        ],
        (20, 80),
        size=8.8,
    )
    d.P(
        "If a higher prevailing wage or a higher federal, state or local minimum wage takes effect "
        "during the season, "
        + d.ev("wage_adjustment", "the employer will pay the higher rate from that date")
        + ". We guarantee you hours of work equal to "
        + d.ev("three_fourths_guarantee", "at least three-fourths of the workdays")
        + " in each 12-week period of the contract (each "
        "6-week period if the contract is shorter than 120 days).",
        size=s,
    )
    d.H("Who pays the costs of getting this job", size=10.5, rule=(35, 70, 120))
    d.grid(
        [
            ["Cost", "Approximate amount", "Paid by"],
            ["Recruiting services in Mexico", "$0 to the worker", "Employer"],
            ["H-2B visa (MRV) fee", "$205", "Employer, paid directly"],
            [
                "Bus Monterrey to Charlottesville and meals on the way",
                "about $240",
                "Employer (advance or refund)",
            ],
            [
                "Passport, if you needed one for this job",
                "as receipted",
                "Employer refunds on first payday",
            ],
            ["Tools, safety glasses, gloves, company T-shirts", "—", "Employer"],
            ["Optional shared housing at 14 Tanager Court", "—", "Free of charge"],
        ],
        (50, 22, 28),
        size=8.6,
    )
    d.add_page()
    d.H("Travel and visa costs", size=10.5, rule=(35, 70, 120))
    d.P(
        "If you did not receive it in advance, the employer "
        + d.ev("inbound_transportation", "reimburses your bus fare from Monterrey")
        + " and daily meals and lodging on the way in your "
        "first workweek. "
        + d.ev(
            "visa_reimbursement", "The employer pays visa, visa-processing and border-crossing fees"
        )
        + "; any of these you paid are refunded in your first workweek. If "
        "you finish the season or are dismissed early without cause, the employer "
        + d.ev("return_transportation", "pays your return bus fare")
        + " and daily subsistence to "
        "Monterrey.",
        size=s,
    )
    d.H("Tools and equipment", size=10.5, rule=(35, 70, 120))
    d.P(
        "All tools, equipment, safety glasses, gloves and company T-shirts are "
        + d.ev("tools_provided", "provided free; no deposit is taken")
        + ".",
        size=s,
    )
    d.H("Abandonment, dismissal and impossibility", size=10.5, rule=(35, 70, 120))
    d.P(
        "If you fail to report for work for "
        + d.ev("termination", "5 consecutive working days")
        + " without the employer's consent, you will be considered to have abandoned the job, and "
        "the employer will notify DOL and DHS in writing. "
        + d.ev("contract_impossibility", "If fire, storm or another act of God")
        + " beyond the employer's control makes the work "
        "impossible, the employer will pay the three-fourths guarantee up to the termination date "
        "and your return transportation.",
        size=s,
    )
    d.H("No fees", size=10.5, rule=(35, 70, 120))
    d.P(
        "Our recruiter in Mexico is "
        + d.rec("Cascabel Staffing Partners, S.C.")
        + ", which is paid "
        "by the employer. Neither the employer nor its recruiter will charge you any fee for this "
        "job, and our contract with the recruiter forbids it. You keep your own passport at all "
        "times. You may contact the Wage and Hour Division about your rights without retaliation.",
        size=s,
    )
    d.trap(
        "'collect payment from customers' is a job duty",
        "cost table: every cost paid by employer",
        "visa fee paid directly; passport refunded",
        "free optional housing",
        "tools free, no deposit",
        "recruiter paid by employer; no fee to worker",
        "voluntary written deductions (union dues)",
        "worker keeps passport",
    )
    d.ln(3)
    d.sigs(["For the employer", "Worker"], ["Renee Castellano, HR Manager", "Name:"])
    return d


def cu06():
    d = Doc(
        "cu06.pdf",
        "h2b",
        "es",
        "offer_letter",
        "letter; serif letterhead; gridded conditions table; numbered rules; signature block; "
        "page 3 is an image-only scan of the signed receipt (no text layer)",
        pages=3,
    )
    d.ftr = page_footer("Marsh Hen Seafood Co. · Oferta H-2B 2026 · hoja #", fam="serif")
    d.add_page()
    d.set_font("serif", "B", 16)
    d.set_text_color(20, 60, 110)
    d.cell(0, 8, "Marsh Hen Seafood Co.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_text_color(0, 0, 0)
    d.set_font("serif", "", 8.5)
    d.cell(
        0,
        4,
        "117 Oyster Shell Lane · Hollins Wharf, Maryland 21672 · (410) 555-0173",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_draw_color(20, 60, 110)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.set_draw_color(0, 0, 0)
    d.ln(6)
    d.P("Hollins Wharf, 12 de enero de 2026", size=9.5, fam="serif")
    d.P(
        "Para: Yesenia Carrillo Pérez, Alvarado, Veracruz, México", size=9.5, fam="serif", style="B"
    )
    d.P(
        "Estimada señora Carrillo: nos da gusto ofrecerle de nuevo trabajo de temporada con visa "
        "H-2B. Las condiciones son las siguientes.",
        size=9.5,
        fam="serif",
    )
    d.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empleador",
                d.ev("employer_identity", "Marsh Hen Seafood Co., 117 Oyster Shell Lane")
                + ", Hollins Wharf, Maryland 21672",
            ],
            [
                "Puesto",
                d.ev("job_duties", "Empacadora de carne de cangrejo") + " (crab picker): separar a "
                "mano la carne del cangrejo cocido, limpiarla y empacarla en envases de una libra",
            ],
            [
                "Requisitos",
                "Se requieren "
                + d.ev(
                    "job_requirements", "tres meses de experiencia en procesamiento de mariscos"
                ),
            ],
            [
                "Lugar",
                d.ev("work_location", "Planta de la empresa en 117 Oyster Shell Lane")
                + ", Hollins Wharf",
            ],
            ["Fechas", d.ev("employment_period", "Del 1 de abril al 31 de octubre de 2026")],
            [
                "Horario",
                d.ev("hours_of_work", "40 horas por semana") + ", de lunes a viernes; algunos "
                "sábados cuando llega producto",
            ],
            [
                "Salario",
                d.ev("wage_rate", "$16.40 por hora") + ", o $3.25 por libra empacada si le "
                "conviene más",
            ],
            [
                "Aumentos",
                "Si sube el salario prevaleciente o el mínimo durante la temporada, "
                + d.ev("wage_adjustment", "la empresa paga la tarifa más alta")
                + " desde esa fecha",
            ],
            [
                "Horas extra",
                d.ev("overtime", "$24.60 por hora después de 40 horas") + " a la semana",
            ],
            ["Día de pago", d.ev("pay_frequency", "Cada semana, los jueves")],
            [
                "Talón de pago",
                d.ev("earnings_statements", "Cada pago incluye un talón con horas ofrecidas")
                + ", horas trabajadas, libras, tarifa y descuentos",
            ],
            [
                "Descuentos",
                d.ev("deductions", "Impuestos federales y estatales, Seguro Social (FICA)")
                + " y la renta de la vivienda",
            ],
            [
                "Herramientas",
                "Cuchillos, mandiles, guantes y redes para el cabello "
                + d.ev("tools_provided", "se entregan sin costo"),
            ],
        ],
        (22, 78),
        size=8.8,
        fam="serif",
    )
    d.add_page()
    d.set_font("serif", "B", 11)
    d.cell(0, 6, "Viaje, vivienda y otras condiciones", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(1)
    items = [
        d.ev("inbound_transportation", "La empresa reembolsa el autobús de Monterrey")
        + " a Hollins "
        "Wharf y los alimentos del viaje en la primera semana de trabajo.",
        d.fee(
            "visa_cost",
            "El costo de la visa (USD 205) corre por cuenta de la trabajadora y no se reembolsa.",
            205,
            "USD",
        ),
        "Al terminar la temporada la empresa "
        + d.ev("return_transportation", "paga el autobús de regreso a Monterrey")
        + ".",
        d.fee(
            "housing_charge",
            "La vivienda en el dormitorio de la empresa cuesta $75.00 por semana, que "
            "se descuentan del cheque.",
            75,
            "USD",
        )
        + " El transporte diario del dormitorio a la "
        "planta es gratuito.",
        "El café y el agua en la planta son gratis para todo el personal.",
        "Si la trabajadora "
        + d.ev("termination", "falta 5 días laborales seguidos")
        + " sin permiso, "
        "se considera que abandonó el empleo y la empresa avisará al Departamento de Trabajo y a DHS.",
        d.fee(
            "breach_penalty",
            "La trabajadora que abandone el empleo antes de terminar la temporada "
            "pagará a la empresa una penalización equivalente a dos semanas de salario.",
        ),
        "La empresa no cobra ninguna cuota de contratación y la trabajadora conserva su pasaporte "
        "en todo momento.",
    ]
    for i, t in enumerate(items, 1):
        d.bullets([t], size=9.5, fam="serif", sym=f"{i}.")
    d.trap(
        "free daily transport",
        "free coffee and water",
        "negated hiring fee ('no cobra ninguna cuota')",
        "worker keeps passport",
        "inbound bus reimbursed",
        "'dos semanas de salario' is the penalty amount",
    )
    d.ln(2)
    d.P(
        "Si acepta, firme la constancia de recepción y envíela de regreso a la oficina.",
        size=9.5,
        fam="serif",
    )
    d.sigs(
        ["Por Marsh Hen Seafood Co.", "Acepto"],
        ["Gordon L. Pruitt, gerente de planta", "Yesenia Carrillo Pérez"],
    )
    d.scan_page(
        [
            ("title", "CONSTANCIA DE RECEPCIÓN"),
            ("gap", 10),
            (
                "t",
                "Yo, Yesenia Carrillo Pérez, recibí una copia en español de la oferta de empleo de Marsh "
                "Hen Seafood Co., 117 Oyster Shell Lane, Hollins Wharf, Maryland 21672, para el puesto de "
                "empacadora de carne de cangrejo, del 1 de abril al 31 de octubre de 2026, con salario de "
                "$16.40 por hora.",
            ),
            ("t", "Leí la oferta completa y tuve oportunidad de hacer preguntas antes de firmar."),
            ("gap", 24),
            ("sig", ""),
            ("b", "Firma de la trabajadora"),
            ("t", "Alvarado, Veracruz, a 20 de enero de 2026"),
            ("gap", 20),
            ("s", "Devolver firmada a la oficina de la empresa."),
        ],
        seed=606,
    )
    return d


def cu07():
    d = Doc(
        "cu07.pdf",
        "h2b",
        "en",
        "recruiter_agreement",
        "formal legal agreement; serif; parties paragraph; numbered clauses with sub-clauses; "
        "footnotes; two signature blocks with witness",
        pages=2,
    )
    d.ftr = page_footer(
        "Blue Mahoe Placement Services Ltd. · Form BM-7 (rev. 2025) · Page # of 2", fam="serif"
    )
    d.add_page()
    d.set_font("serif", "B", 14)
    d.cell(0, 7, "RECRUITMENT SERVICES AGREEMENT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("serif", "", 9)
    d.cell(
        0,
        5,
        "(United States H-2B seasonal hospitality programme)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    s, f = 9.3, "serif"
    d.P(
        "THIS AGREEMENT is made on the 9th day of February 2026 BETWEEN "
        + d.rec("Blue Mahoe Placement Services Ltd.")
        + ", a company incorporated in Jamaica with its "
        'office at Suite 4, Carib Plaza, 31 Half Moon Avenue, Kingston 10 (the "Agency"), AND '
        'Kerry-Ann Whyte of Lot 17, Content Gap District, St. Andrew (the "Applicant").',
        size=s,
        fam=f,
    )
    d.P(
        "WHEREAS the Agency has been engaged to identify candidates for "
        + d.ev(
            "employer_identity",
            "Driftwood Shoals Resort, LLC, 400 Ocean Dune Drive, Nags Point, North Carolina 27959",
        )
        + ' (the "Employer"), and the Applicant wishes to be considered, the parties agree as '
        "follows:",
        size=s,
        fam=f,
    )
    d.H("1. The position", size=10, fam=f)
    d.P(
        "1.1 Position: "
        + d.ev("job_duties", "Housekeeping Attendant")
        + ": clean and prepare guest "
        "rooms, change linen, restock minibars and record minibar charges to guests' accounts.",
        size=s,
        fam=f,
    )
    d.P(
        "1.2 Place of work: the Employer's premises at "
        + d.ev("work_location", "400 Ocean Dune Drive, Nags Point")
        + ", North Carolina. Period: "
        + d.ev("employment_period", "15 April 2026 to 15 October 2026")
        + ".",
        size=s,
        fam=f,
    )
    d.P(
        "1.3 Hours and pay: "
        + d.ev("hours_of_work", "40 hours per week")
        + " at "
        + d.ev("wage_rate", "USD 15.85 per hour")
        + ", paid "
        + d.ev("pay_frequency", "weekly")
        + ". Overtime, when offered, is paid at "
        + d.ev("overtime", "USD 23.78 per hour after 40 hours")
        + ".¹",
        size=s,
        fam=f,
    )
    d.P(
        "1.4 The Applicant must have "
        + d.ev("job_requirements", "at least six months' experience in hotel housekeeping")
        + ".",
        size=s,
        fam=f,
    )
    d.H("2. Fees and costs", size=10, fam=f)
    d.P(
        "2.1 "
        + d.fee(
            "recruitment_fee",
            "In consideration of the Agency's services, the Applicant "
            "shall pay a non-refundable processing fee of JMD 85,000, of which JMD 40,000 is due on signing "
            "and the balance before the embassy interview.",
            85000,
            "JMD",
        ),
        size=s,
        fam=f,
    )
    d.P(
        "2.2 "
        + d.fee(
            "medical_cost",
            "The Applicant shall attend a medical examination at the Agency's "
            "approved clinic and shall bear its cost of JMD 12,500.",
            12500,
            "JMD",
        ),
        size=s,
        fam=f,
    )
    d.P(
        "2.3 "
        + d.fee(
            "training_cost",
            "Attendance at the Agency's two-day hospitality orientation is "
            "compulsory, and the orientation fee of USD 150 shall be paid by the Applicant in cash.",
            150,
            "USD",
        ),
        size=s,
        fam=f,
    )
    d.P(
        "2.4 "
        + d.ev("visa_reimbursement", "The Employer pays the visa application fee")
        + " and all "
        "petition fees; the Applicant shall not be asked for them.²",
        size=s,
        fam=f,
    )
    d.add_page()
    d.P(
        "2.5 "
        + d.fee(
            "debt_bondage",
            "Where the Applicant cannot pay the balance, the Agency may lend "
            "the amount, and the Employer shall deduct repayments of USD 60 per week from the Applicant's "
            "wages, together with interest at three percent per month, until the loan is cleared.",
            60,
            "USD",
        ),
        size=s,
        fam=f,
    )
    d.H("3. Travel", size=10, fam=f)
    d.P(
        "3.1 The Employer "
        + d.ev("inbound_transportation", "will reimburse the Applicant's airfare from Kingston")
        + " and reasonable meal costs during travel in the first workweek.",
        size=s,
        fam=f,
    )
    d.P(
        "3.2 The Employer "
        + d.ev("return_transportation", "shall provide return airfare to Kingston")
        + " on completion of the season.",
        size=s,
        fam=f,
    )
    d.H("4. Wages and deductions", size=10, fam=f)
    d.P(
        "4.1 "
        + d.ev(
            "deductions",
            "Statutory deductions (United States federal income tax and social security)",
        )
        + " will be made from wages by the Employer.",
        size=s,
        fam=f,
    )
    d.H("5. General", size=10, fam=f)
    d.P(
        "5.1 The Applicant confirms that the information in her application is true. 5.2 This "
        "Agreement is governed by the laws of Jamaica.",
        size=s,
        fam=f,
    )
    d.ln(2)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 50, d.get_y())
    d.ln(1.5)
    d.P("¹ Overtime depends on occupancy and is not guaranteed.", size=7.5, fam=f, after=0.3)
    d.P(
        "² The Employer's fees to the Agency are invoiced separately and are not a charge to the "
        "Applicant.",
        size=7.5,
        fam=f,
    )
    d.trap(
        "visa and petition fees paid by employer",
        "airfare reimbursed in first workweek",
        "'record minibar charges to guests' accounts' is a job duty",
        "employer's fees to the agency are not a charge to the applicant (footnote)",
        "statutory tax deductions",
    )
    d.sigs(
        ["Signed for the Agency", "Signed by the Applicant", "Witness"],
        ["Desmond A. Lindo, Director", "Kerry-Ann Whyte", "Name / JP No."],
        gap=16,
    )
    return d


def cu08():
    d = Doc(
        "cu08.pdf",
        "h2b",
        "es",
        "flyer",
        "printed recruitment flyer; big colored headline; icon-like boxes; checkbox requirement "
        "list; boxed cost notes; contact strip",
        pages=1,
    )
    d.add_page()
    d.set_fill_color(214, 40, 40)
    d.rect(0, 0, d.w, 34, "F")
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 28)
    d.set_xy(0, 5)
    d.cell(d.w, 12, "¡¡SE SOLICITAN!!", align="C")
    d.set_font("sans", "B", 14)
    d.set_xy(0, 19)
    d.cell(d.w, 8, "Hombres y mujeres para planta de langostino en Luisiana · Visa H-2B", align="C")
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, 42)
    d.set_font("sans", "B", 13)
    d.cell(
        0,
        7,
        "Puesto: " + d.ev("job_duties", "Empacador(a) de langostino") + " — pelar, limpiar y "
        "empacar",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(2)
    d.bullets(
        [
            "Lugar: "
            + d.ev("work_location", "Breaux Landing, Luisiana")
            + ", a 30 minutos de Lafayette",
            "Temporada: " + d.ev("employment_period", "del 1 de febrero al 30 de junio de 2026"),
            "Horario: hasta "
            + d.ev("hours_of_work", "50 horas por semana")
            + ", de lunes a sábado",
            "Sueldo: "
            + d.ev("wage_rate", "$15.93 la hora")
            + " y "
            + d.ev("overtime", "horas extra a $23.90"),
            d.ev("pay_frequency", "Pago cada semana") + " con cheque o tarjeta",
            d.ev("visa_reimbursement", "Visa pagada por el patrón")
            + " · Transporte gratis de la casa a la planta",
        ],
        size=11.5,
        sym="►",
        lh=6,
    )
    d.ln(2)
    d.set_font("sans", "B", 12)
    d.cell(0, 7, "Requisitos", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.checks(
        [
            ("Pasaporte vigente", True),
            (d.ev("job_requirements", "Mayor de 18 años"), True),
            ("Experiencia en empaque (no indispensable)", False),
            ("Acta de nacimiento y CURP", True),
        ],
        size=10.5,
        cols=2,
    )
    d.ln(3)
    d.set_fill_color(255, 244, 204)
    d.set_draw_color(230, 170, 0)
    y = d.get_y()
    d.set_line_width(0.6)
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 52, "DF")
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_xy(d.l_margin + 4, y + 3)
    d.set_left_margin(d.l_margin + 4)
    d.set_right_margin(d.r_margin + 4)
    d.P("IMPORTANTE, LEA ANTES DE VENIR", size=11, style="B")
    d.P(
        d.fee(
            "recruitment_fee",
            "Inscripción al programa: 3 500 pesos, se pagan al entregar sus papeles en la oficina.",
            3500,
            "MXN",
        ),
        size=10.5,
        lh=5.2,
    )
    d.P(
        d.fee(
            "equipment_charge",
            "Botas, guantes y mandil los compra usted allá y se le descuentan 60 "
            "dólares del primer cheque.",
            60,
            "USD",
        ),
        size=10.5,
        lh=5.2,
    )
    d.P(
        d.fee(
            "movement_restriction",
            "Por reglamento, nadie puede salir de la casa después de las 9 de la "
            "noche ni los domingos sin permiso del encargado.",
        ),
        size=10.5,
        lh=5.2,
    )
    d.set_left_margin(18)
    d.set_right_margin(18)
    d.set_xy(d.l_margin, y + 58)
    d.trap("'Visa pagada por el patrón' (employer pays visa)", "free daily transport")
    d.set_auto_page_break(False)
    d.set_fill_color(30, 30, 30)
    d.rect(0, d.h - 40, d.w, 40, "F")
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 15)
    d.set_xy(0, d.h - 34)
    d.cell(d.w, 8, d.rec("Grupo Enlace Golfo"), align="C")
    d.set_font("sans", "", 11)
    d.set_xy(0, d.h - 24)
    d.cell(
        d.w,
        6,
        "Informes por WhatsApp: 833 555 0148 · Av. Hidalgo 2210, local 5, Tampico, Tamps.",
        align="C",
    )
    d.set_xy(0, d.h - 16)
    d.cell(d.w, 6, "Lunes a sábado de 9 a 6 · Cupo limitado", align="C")
    d.set_text_color(0, 0, 0)
    return d


def cu09():
    d = Doc(
        "cu09.pdf",
        "generic",
        "en",
        "ofw_contract",
        "A4; agency letterhead; parties table; numbered clauses; annex salary-schedule grid; "
        "signature blocks",
        fmt="A4",
        pages=2,
    )
    d.ftr = page_footer("Household Service Worker Contract · Ref. MHM-KW-2026-0311 · page # of 2")
    d.add_page()
    d.set_font("sans", "B", 12.5)
    d.set_text_color(0, 56, 168)
    d.cell(
        0,
        6,
        d.rec("Mabuhay Horizons Manpower Services Inc."),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.set_font("sans", "", 7.8)
    d.cell(
        0,
        4,
        "Unit 905, Dela Paz Tower, 1147 Taft Avenue, Ermita, Manila · (02) 8555 0137",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.set_font("sans", "B", 11)
    d.cell(
        0,
        6,
        "EMPLOYMENT CONTRACT FOR HOUSEHOLD SERVICE WORKER",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(2)
    d.grid(
        [
            [
                "Employer",
                d.ev(
                    "employer_identity",
                    "Mr. Faisal Hamad Al-Nuaimi, Villa 12, Street 318, "
                    "Block 4, Salwa Gardens, Kuwait",
                ),
            ],
            [
                "Worker",
                d.ev("worker_identity", "Rowena D. Bacani") + ", of Barangay San Isidro, "
                "Bayombong, Nueva Vizcaya",
            ],
            [
                "Position",
                d.ev("job_duties", "Household Service Worker: cleaning, laundry, cooking")
                + " and caring for two school-age children",
            ],
            ["Site of work", d.ev("work_location", "Employer's residence at Villa 12, Street 318")],
            ["Monthly salary", d.ev("wage_rate", "KWD 120 per month")],
        ],
        (22, 78),
        size=8.8,
        head=False,
    )
    s = 9
    cl = [
        "1. Duration. This contract runs for two years, "
        + d.ev("employment_period", "from 1 March 2026 to 28 February 2028")
        + ", starting on the Worker's arrival in Kuwait.",
        "2. Hours. The Worker shall work "
        + d.ev("hours_of_work", "not more than 10 hours per day")
        + ", with at least 8 hours of continuous rest and one rest day each week, which she may spend "
        "outside the house as she chooses.",
        "3. Salary. Salary is "
        + d.ev("pay_frequency", "paid monthly, not later than the 5th day")
        + " of the following month, by bank transfer to the Worker's account.",
        "4. Placement fee. "
        + d.fee(
            "recruitment_fee",
            "The Worker's placement fee of PHP 25,000 shall be "
            "recovered by the Employer through deductions from the first three monthly salaries and "
            "remitted to the Agency.",
            25000,
            "PHP",
        ),
        "5. Savings. "
        + d.fee(
            "wage_withholding",
            "Each month the Employer shall retain KWD 20 from the "
            "Worker's salary as a savings guarantee, payable only upon completion of the two-year "
            "contract.",
            20,
            "KWD",
        ),
        "6. Deductions. "
        + d.ev(
            "deductions", "Only the placement fee instalments and the savings retention in Annex A"
        )
        + " are deducted from salary; no other deduction is allowed.",
        "7. Insurance. "
        + d.fee(
            "insurance_cost",
            "The Worker shall reimburse the Agency PHP 3,500 for the "
            "compulsory insurance premium before departure.",
            3500,
            "PHP",
        ),
        "8. Food, lodging and medical care. The Employer provides free food, a private room and "
        "medical care during the contract.",
        "9. Travel. The Employer pays the Worker's visa, work permit and airfare to Kuwait, and "
        "shall "
        + d.ev("return_transportation", "provide the Worker's return airfare to Manila")
        + " at the end of the contract.",
        "10. Documents. "
        + d.fee(
            "document_retention",
            "For safekeeping, the Employer shall hold the "
            "Worker's passport and residence card for the duration of this contract.",
        ),
        "11. Communication. The Worker may keep and use her own mobile phone.",
        "12. Disputes. Disputes shall first be settled amicably, then before the competent labour "
        "authority of Kuwait, without prejudice to the Worker's remedies in the Philippines.",
        "13. Language. This contract was explained to the Worker in Filipino before signing, and she "
        "received a copy.",
    ]
    for c in cl:
        d.P(c, size=s, after=1.4)
    d.trap(
        "free food and private room",
        "visa, work permit and airfare paid by employer",
        "weekly rest day outside the house (negated movement restriction)",
        "worker keeps her phone",
    )
    d.add_page()
    d.H("Annex A — salary schedule (first months)", size=10)
    d.grid(
        [
            [
                "Month",
                "Gross (KWD)",
                "Placement fee instalment",
                "Savings retention",
                "Net paid (KWD)",
            ],
            ["March 2026", "120", "KWD 40", "KWD 20", "60"],
            ["April 2026", "120", "KWD 40", "KWD 20", "60"],
            ["May 2026", "120", "KWD 40", "KWD 20", "60"],
            ["June 2026 onward", "120", "—", "KWD 20", "100"],
        ],
        (22, 16, 24, 20, 18),
        size=8.6,
    )
    d.sigs(
        ["Employer", "Worker", "For the Agency"],
        ["Faisal Hamad Al-Nuaimi", "Rowena D. Bacani", "Liza M. Ocampo, Manager"],
        gap=14,
    )
    return d


def cu10():
    d = Doc(
        "cu10.pdf",
        "generic",
        "en",
        "offer_letter",
        "A4; letterhead band; letter prose; gridded summary table; cost table with checkbox "
        "'who pays' columns; acceptance signature block",
        fmt="A4",
        pages=2,
    )
    d.hdr = lambda d: d.band(
        "Northgate Greenhouses Ltd.",
        "5120 Concession Road 7, Kingsmill, Ontario N0R 1K0 · (519) 555-0184 · "
        "hiring@northgate-greenhouses.example",
        color=(70, 120, 40),
    )
    d.ftr = page_footer("Offer of employment · Byron Estuardo Coc Tzul · page # of 2")
    d.add_page()
    s = 9.3
    d.P("9 January 2026", size=s)
    d.P("Byron Estuardo Coc Tzul\nAldea Chicojl, San Pedro Carchá, Alta Verapaz, Guatemala", size=s)
    d.P("Dear Mr. Coc,", size=s)
    d.P(
        "We are pleased to offer you seasonal employment with "
        + d.ev("employer_identity", "Northgate Greenhouses Ltd., 5120 Concession Road 7")
        + ", Kingsmill, Ontario. This letter "
        "and its table are your contract; a Spanish copy is attached and both have the same "
        "value.",
        size=s,
    )
    d.grid(
        [
            ["Term", "Details"],
            ["Your name", d.ev("worker_identity", "Byron Estuardo Coc Tzul")],
            [
                "Position",
                d.ev("job_duties", "Greenhouse Worker (NOC 85101)") + ": plant, prune, train "
                "and harvest tomato and pepper plants, and pack produce for shipment",
            ],
            [
                "Workplace",
                d.ev(
                    "work_location", "the greenhouses at 5120 Concession Road 7, Kingsmill, Ontario"
                ),
            ],
            ["Dates", d.ev("employment_period", "from 4 May 2026 to 18 December 2026")],
            [
                "Hours",
                d.ev("hours_of_work", "44 hours per week") + ", Monday to Saturday, 7:00 to 15:30",
            ],
            [
                "Wage",
                d.ev("wage_rate", "CAD 17.60 per hour") + "; overtime after 44 hours at CAD 26.40",
            ],
            [
                "Payday",
                d.ev("pay_frequency", "every two weeks") + ", by direct deposit, with a pay slip",
            ],
            [
                "Deductions",
                d.ev(
                    "deductions",
                    "income tax, Canada Pension Plan contributions and "
                    "Employment Insurance premiums",
                )
                + " required by law; nothing else unless you sign a "
                "written authorization",
            ],
        ],
        (20, 80),
        size=8.8,
    )
    d.P(
        "Costs of your recruitment and travel. Northgate pays every cost of hiring you. No fee "
        "will be charged to you by us or by anyone acting for us.",
        size=s,
        style="B",
    )
    rows = [
        ("Recruitment services of Altamar Fair Hiring S.A.", "CAD 1,250"),
        ("Work permit processing fee", "CAD 155"),
        ("Biometrics", "CAD 85"),
        ("Medical examination by a panel physician", "CAD 260"),
        ("Flights Guatemala City - Toronto, both ways", "about CAD 1,400"),
        ("Pre-departure orientation", "CAD 0"),
        ("Passport renewal, if needed (refunded on first payday)", "GTQ 465"),
        ("Health insurance until provincial coverage starts", "CAD 96 per month"),
        ("Safety boots, gloves and rain gear", "issued free"),
    ]
    d.set_font("sans", "B", 8.6)
    x0, tw = d.l_margin, d.w - d.l_margin - d.r_margin
    cw = [tw * 0.58, tw * 0.2, tw * 0.11, tw * 0.11]
    d.set_fill_color(225, 235, 220)
    for t, w in zip(["Cost", "Amount", "Employer", "Worker"], cw):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln(6)
    d.set_font("sans", "", 8.6)
    for name, amt in rows:
        y = d.get_y()
        d.cell(cw[0], 6, name, border=1)
        d.cell(cw[1], 6, amt, border=1)
        d.cell(cw[2], 6, "", border=1)
        d.cell(cw[3], 6, "", border=1)
        d.checkbox(x0 + cw[0] + cw[1] + cw[2] / 2 - 1.6, y + 1.3, True)
        d.checkbox(x0 + cw[0] + cw[1] + cw[2] + cw[3] / 2 - 1.6, y + 1.3, False)
        d.ln(6)
    d.ln(2)
    d.add_page()
    d.P(
        "Your recruiter, "
        + d.rec("Altamar Fair Hiring S.A.")
        + ", is paid by us and may not ask you "
        "for money, a deposit or a favour. If anyone does, tell us at the address above.",
        size=s,
    )
    d.P(
        "Housing at 5128 Concession Road 7 is provided free; no deposit is taken. You cook your own "
        "meals in the free shared kitchen. The Employer pays for "
        + d.ev("return_transportation", "your return flight to Guatemala City")
        + " at the end of the contract, and your inbound "
        "flight before you start.",
        size=s,
    )
    d.P(
        "Ending the job: "
        + d.ev("termination", "either party may end the employment with two weeks' written notice")
        + "; we may dismiss you without notice only for serious misconduct, after "
        "hearing your side. You may leave your job at any time without any penalty, and you may "
        "change employers under the rules of your work permit.",
        size=s,
    )
    d.P(
        "You keep your passport and work permit yourself; we will never hold them. You are free to "
        "come and go from the housing outside working hours.",
        size=s,
    )
    d.P("Please sign below to accept this offer and return one copy to us.", size=s)
    d.trap(
        "every recruitment cost in the table ticked 'Employer'",
        "passport renewal refunded",
        "statutory payroll deductions incl. 'Employment Insurance premiums'",
        "'two weeks' written notice' is a notice period, not a penalty",
        "recruiter paid by employer; 'no fee will be charged'",
        "free housing, no deposit",
        "free kitchen",
        "worker keeps passport; free to come and go",
        "no penalty for leaving",
    )
    d.sigs(
        ["For Northgate Greenhouses Ltd.", "Accepted by the worker"],
        ["Heather J. Wiebe, Operations Manager", "Byron Estuardo Coc Tzul"],
        gap=16,
    )
    return d


def cu11():
    d = Doc(
        "cu11.pdf",
        "generic",
        "es",
        "recruiter_form",
        "A4; registration form with labelled fields, checkboxes for job type and documents, "
        "numbered conditions, signature and fingerprint box",
        fmt="A4",
        pages=2,
    )
    d.ftr = page_footer("Ficha F-02 · página # de 2")
    d.add_page()
    d.set_font("sans", "B", 13)
    d.cell(0, 6, d.rec("Oportunidades Laborales Xelajú, S.A."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("sans", "", 8)
    d.cell(
        0,
        4,
        "12 avenida 5-48, zona 1, Quetzaltenango · Tel. 7765 5501 · Licencia en trámite",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 11)
    d.cell(
        0,
        7,
        "  FICHA DE INSCRIPCIÓN Y CONVENIO · TRABAJO TEMPORAL EN CANADÁ",
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.ln(3)

    def field(label, value, lw=42):
        d.set_font("sans", "B", 9)
        d.cell(lw, 6.5, label)
        d.set_font("mono", "", 9.5)
        d.get_y()
        d.multi_cell(
            d.w - d.r_margin - d.l_margin - lw,
            6.5,
            value,
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(150, 150, 150)
        d.line(d.l_margin + lw, d.get_y() - 0.8, d.w - d.r_margin, d.get_y() - 0.8)
        d.set_draw_color(0, 0, 0)
        d.flush()

    field("Nombre completo:", d.ev("worker_identity", "Héctor Ajpop Tzoc"))
    field("DPI número:", "2417 55903 0901")
    field("Domicilio:", "Cantón Xecaracoj, Quetzaltenango")
    field(
        "Empleador:",
        d.ev(
            "employer_identity",
            "Maple Hollow Orchards Inc., 2210 Sideroad 15, Fenwick Corners, Ontario",
        ),
    )
    field("Puesto:", d.ev("job_duties", "Trabajador agrícola: poda y cosecha de manzana"))
    field("Lugar de trabajo:", d.ev("work_location", "Huertos del empleador en Fenwick Corners"))
    field("Periodo:", d.ev("employment_period", "del 1 de julio al 30 de noviembre de 2026"))
    field("Jornada:", d.ev("hours_of_work", "8 a 10 horas diarias") + ", de lunes a sábado")
    field("Salario:", d.ev("wage_rate", "17.20 dólares canadienses por hora"))
    field("Descuentos:", d.ev("deductions", "impuestos de Canadá y la alimentación"))
    d.ln(3)
    d.set_font("sans", "B", 9.5)
    d.cell(0, 6, "Tipo de trabajo:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.checks(
        [("Agrícola", True), ("Construcción", False), ("Hotelería", False), ("Empaque", False)],
        size=9.5,
        cols=4,
    )
    d.set_font("sans", "B", 9.5)
    d.cell(0, 6, "Documentos entregados a la agencia:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.checks(
        [
            ("Copia de DPI", True),
            ("Copia de pasaporte", True),
            ("Antecedentes penales", True),
            ("Fotografías (2)", True),
        ],
        size=9.5,
        cols=2,
    )
    d.ln(2)
    d.set_font("sans", "B", 10)
    d.cell(0, 6, "CONDICIONES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    conds = [
        d.fee(
            "recruitment_fee",
            "Por la gestión de su expediente, el interesado pagará a la agencia dos "
            "mil quetzales en efectivo al firmar esta ficha.",
            2000,
            "GTQ",
        ),
        d.fee(
            "deposit_or_bond",
            "Además, el interesado dejará un depósito de garantía de Q3,000, que se le "
            "devolverá al regresar a Guatemala.",
            3000,
            "GTQ",
        ),
        "La visa de trabajo y el vuelo de ida a Canadá los paga el empleador.",
    ]
    for i, t in enumerate(conds, 1):
        d.bullets([t], size=9.5, sym=f"{i}.")
    d.add_page()
    conds2 = [
        d.fee(
            "meal_charge",
            "En la granja, la alimentación tiene un costo de 45 dólares canadienses por "
            "semana, que se rebajan del cheque.",
            45,
            "CAD",
        ),
        d.fee(
            "travel_cost", "El boleto aéreo de regreso a Guatemala corre por cuenta del trabajador."
        ),
        "La plática de orientación antes del viaje es gratuita.",
        "La agencia solo recibe copias de los documentos; el interesado conserva su pasaporte y su DPI "
        "originales.",
    ]
    for i, t in enumerate(conds2, 4):
        d.bullets([t], size=9.5, sym=f"{i}.")
    d.trap(
        "visa and outbound flight paid by employer",
        "free orientation ('gratuita')",
        "agency keeps only copies; worker keeps original passport (negated retention)",
        "checked 'Copia de pasaporte' box",
    )
    d.ln(4)
    d.P(
        "Leído el presente, las partes lo firman en Quetzaltenango, el 3 de febrero de 2026.",
        size=9.5,
    )
    d.ln(14)
    d.sigs(
        ["Por la agencia", "El interesado"],
        ["Aroldo Sic Coyoy, gestor", "Héctor Ajpop Tzoc"],
        gap=14,
        fp_box="Huella",
    )
    return d


def cu12():
    d = Doc(
        "cu12.pdf",
        "generic",
        "en",
        "receipt",
        "A4; money receipt with serial number and amount box; numbered candidate "
        "acknowledgement with checkboxes; image stamp; signatures",
        fmt="A4",
        pages=1,
    )
    d.add_page()
    d.set_draw_color(120, 40, 40)
    d.set_line_width(0.7)
    d.rect(12, 12, d.w - 24, 118)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_xy(18, 16)
    d.set_font("serif", "B", 15)
    d.set_text_color(120, 40, 40)
    d.cell(
        0,
        7,
        d.rec("Sagarmatha Global Manpower Pvt. Ltd."),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.set_font("serif", "", 8.5)
    d.cell(
        0,
        4.5,
        "Dhumbarahi-4, Kathmandu, Nepal · Tel. 01-555 0149 · Licence No. 1187/074/75",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.set_font("serif", "B", 12)
    d.cell(0, 6, "MONEY RECEIPT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("mono", "", 9)
    d.cell(
        0,
        5,
        "Serial No. 2082/0931            Date: 2082-10-02 (15 January 2026)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.set_left_margin(20)
    d.set_right_margin(20)
    d.P(
        d.fee(
            "recruitment_fee",
            "Received with thanks from Mr. Suman Tamang the sum of NPR 150,000 "
            "(Rupees One Lakh Fifty Thousand only) as service charge for his employment in Malaysia.",
            150000,
            "NPR",
        ),
        size=10.5,
        fam="serif",
        lh=5.6,
    )
    d.P(
        "Employer: "
        + d.ev(
            "employer_identity",
            "Kenanga Precision Moulding Sdn. Bhd., 21 Jalan Tembaga 3, Kuala Lumpur",
        )
        + ". Position: "
        + d.ev("job_duties", "Machine Operator (plastic injection moulding)")
        + ". Place of work: "
        + d.ev("work_location", "factory in Senai Baru, Johor")
        + ". Basic salary: "
        + d.ev("wage_rate", "MYR 1,700 per month")
        + ".",
        size=10,
        fam="serif",
        lh=5.2,
    )
    d.P(
        "Candidate: " + d.ev("worker_identity", "Suman Tamang") + ", Passport No. PA0412277, "
        "Sindhupalchok. Visa and air ticket are provided free by the employer.",
        size=10,
        fam="serif",
        lh=5.2,
    )
    d.set_font("serif", "B", 11)
    d.set_xy(d.w - 78, d.get_y() + 2)
    d.cell(56, 9, "NPR 150,000/-", border=1, align="C")
    d.stamp("RECEIVED", x=24, y=108, w=46, color=(40, 60, 150), angle=-10, seed=12)
    d.set_xy(d.l_margin, 134)
    d.set_left_margin(18)
    d.set_right_margin(18)
    d.ln(6)
    d.set_font("sans", "B", 11)
    d.cell(0, 6, "CANDIDATE'S ACKNOWLEDGEMENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(1)
    acks = [
        d.fee(
            "medical_cost",
            "I confirm that I have paid NPR 4,500 for my medical examination at Everest "
            "Diagnostic Centre.",
            4500,
            "NPR",
        ),
        d.fee(
            "training_cost",
            "I have also paid NPR 2,000 for the compulsory pre-departure orientation training.",
            2000,
            "NPR",
        ),
        d.fee(
            "insurance_cost",
            "My contribution of NPR 1,500 to the Foreign Employment Welfare Fund was "
            "deposited through the agency.",
            1500,
            "NPR",
        ),
        "I have received my passport back from the agency after visa stamping.",
        "I understand that the visa and air ticket are free and that I must not pay anyone for them.",
    ]
    d.get_y()
    for t in acks:
        d.checkbox(d.l_margin + 1, d.get_y() + 0.8, True)
        d.set_x(d.l_margin + 7)
        d.set_font("sans", "", 9.5)
        d.multi_cell(
            d.w - d.l_margin - d.r_margin - 7, 5, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        d.ln(1.5)
        d.flush()
    d.trap(
        "visa and air ticket 'provided free by the employer'",
        "passport returned after stamping",
        "'must not pay anyone' for visa/ticket",
    )
    d.sigs(
        ["Candidate's signature", "For the agency"],
        ["Suman Tamang", "Authorised signatory"],
        gap=16,
    )
    return d


BUILDERS = [cu01, cu02, cu03, cu04, cu05, cu06, cu07, cu08, cu09, cu10, cu11, cu12]


# ================================================================== verification
def page_texts(page):
    out = [page.extract_text() or ""]
    W, H = page.width, page.height
    for bb in ((0, 0, W / 2, H), (W / 2, 0, W, H)):
        out.append(page.crop(bb).extract_text() or "")
    try:
        for t in page.find_tables():
            for row in t.extract():
                out.extend(c for c in row if c)
    except Exception:
        pass
    return [norm(t) for t in out]


def verify(out_dir, labels, evidence):
    errs = []
    for lab in labels:
        fn = lab["file"]
        with pdfplumber.open(os.path.join(out_dir, fn)) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errs.append(f"{fn}: {len(pdf.pages)} pages, label says {lab['pages']}")
            texts = [page_texts(p) for p in pdf.pages]
            nchars = [len(p.chars) for p in pdf.pages]
            nimg = [len(p.images) for p in pdf.pages]
        alltext = " ".join(t for pt in texts for t in pt)
        for f in lab["fees"]:
            pg = f["page"]
            if not (1 <= pg <= len(texts)) or not any(f["quote"] in t for t in texts[pg - 1]):
                errs.append(f"{fn}: quote not on page {pg}: {f['quote'][:70]}")
            if f["category"] not in CATEGORIES:
                errs.append(f"{fn}: bad category {f['category']}")
            if f["severity"] != severity(f["category"], lab["program"]) and not (
                f["category"] == "visa_cost" and f["severity"] == "review"
            ):
                errs.append(f"{fn}: severity {f['severity']} for {f['category']}")
            if f["currency"] is not None and f["currency"] not in ISO:
                errs.append(f"{fn}: currency {f['currency']}")
            if (f["amount"] is None) != (f["currency"] is None):
                errs.append(f"{fn}: amount/currency mismatch")
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errs.append(f"{fn}: recruiter not in text: {r}")
        for term, s in evidence[fn].items():
            if s not in alltext:
                errs.append(f"{fn}: evidence for {term} not in text: {s}")
        req = REQUIRED[lab["program"]]
        exp_missing = [t for t in req if t not in evidence[fn]]
        if lab["missing_terms"] != exp_missing:
            errs.append(f"{fn}: missing_terms differ from required minus evidenced")
        scanned = [i + 1 for i, n in enumerate(nchars) if n == 0]
        if lab["scanned"]:
            if len(scanned) != 1 or nimg[scanned[0] - 1] < 1:
                errs.append(f"{fn}: expected exactly one image-only page, got {scanned}")
            else:
                sp = scanned[0]
                if any(f["page"] == sp for f in lab["fees"]):
                    errs.append(f"{fn}: a fee is labelled on the scanned page")
        elif scanned:
            errs.append(f"{fn}: unexpected text-less pages {scanned}")
        if lab["fees"] == [] and lab["missing_terms"] != []:
            errs.append(f"{fn}: no fees but missing terms (neither compliant nor 1-5 findings)")
        if lab["fees"] and not (1 <= len(lab["fees"]) <= 5):
            errs.append(f"{fn}: {len(lab['fees'])} findings (need 1-5)")
    # batch mix
    if [l["file"] for l in labels] != [f"cu{i:02d}.pdf" for i in range(1, 13)]:
        errs.append("batch: files must be cu01..cu12")
    progs = {l["program"] for l in labels}
    if progs != {"h2a", "h2b", "generic"}:
        errs.append(f"batch: programs {progs}")
    langs = {l["language"] for l in labels}
    if not {"en", "es", "en+es"} <= langs:
        errs.append(f"batch: languages {langs}")
    compliant = [l["file"] for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        errs.append(f"batch: only {len(compliant)} compliant documents")
    if sum(l["scanned"] for l in labels) != 1:
        errs.append("batch: need exactly one document with a scanned page")
    if not all(1 <= l["pages"] <= 3 for l in labels):
        errs.append("batch: page counts must be 1-3")
    return errs


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    out_dir = argv[1]
    write = "--write-labels" in argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    labels, evidence = [], {}
    for b in BUILDERS:
        d = b()
        assert not d.pending, (d.meta["file"], d.pending)
        d.output(os.path.join(out_dir, d.meta["file"]))
        labels.append(d.labels())
        evidence[d.meta["file"]] = dict(sorted(d.evid.items(), key=lambda kv: TERMS.index(kv[0])))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(out_dir, "present_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(evidence, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    errs = verify(out_dir, labels, evidence)
    committed = os.path.join(HERE, "labels.json")
    if write:
        with open(committed, "w", encoding="utf-8") as fh:
            json.dump(labels, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print(f"wrote {committed}")
    elif not os.path.exists(committed):
        errs.append("committed labels.json missing (run with --write-labels)")
    else:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            for a, b in zip(old, labels):
                if a != b:
                    errs.append(f"labels differ from committed labels.json: {b['file']}")
            if len(old) != len(labels):
                errs.append("labels differ from committed labels.json: document count")
    nf = sum(len(l["fees"]) for l in labels)
    print(
        f"{len(labels)} documents, {nf} findings, "
        f"{sum(len(l['missing_terms']) for l in labels)} missing-term labels"
    )
    for e in errs:
        print("FAIL:", e)
    print("OK" if not errs else f"{len(errs)} check(s) failed")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
