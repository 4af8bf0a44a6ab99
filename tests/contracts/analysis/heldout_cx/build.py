#!/usr/bin/env python3
"""heldout_cx: blind held-out batch "other corridors" (12 documents).

    python build.py OUT_DIR [--write-labels]

Writes cx01.pdf ... cx12.pdf and labels.json into OUT_DIR, deterministically (fixed
creation date, fixed seeds: two builds are byte-identical), then reopens every PDF with
pdfplumber and checks it against the labels: page counts, every fee quote on its labelled
page (whitespace-normalised), every recruiter name and every term-evidence string in the
text, the scanned page without a text layer, and the batch mix. Finally the generated
labels are compared with the committed labels.json next to this file; any failed check
or difference exits 1. --write-labels rewrites the committed labels.json instead.

Everything is invented: firms, agencies, people, addresses, phone numbers, case and
licence numbers. Each document is written by one function (cx01() ... cx12()). Text that
goes on a page passes through three markers on the Doc object:

    d.F(category, sentence, amount, currency, group=, passport=)  a fee / abusive-clause finding
    d.T(text, note)                                                a look-alike that is NOT a finding
    d.E(term, text)                                                evidence that a contract term is
                                                                   stated with a concrete value
    d.R(name)                                                      a recruiter named in the document

missing_terms = required terms of the program (taxonomy.md) minus the evidenced terms.
"""

import contextlib
import datetime
import io
import json
import math
import os
import re
import sys
import time
import unicodedata

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime.datetime(2026, 11, 24, 10, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)

TERMS = [  # id, required for (h2a, h2b, generic)
    ("employer_identity", "RRR"),
    ("worker_identity", "..R"),
    ("job_duties", "RRR"),
    ("work_location", "RRR"),
    ("employment_period", "RRR"),
    ("hours_of_work", "RRR"),
    ("wage_rate", "RRR"),
    ("wage_adjustment", "RR."),
    ("overtime", ".R."),
    ("pay_frequency", "RRR"),
    ("deductions", "RRR"),
    ("three_fourths_guarantee", "RR."),
    ("housing", "R.."),
    ("meals", "R.."),
    ("inbound_transportation", "RR."),
    ("return_transportation", "RRR"),
    ("daily_transportation", "R.."),
    ("visa_reimbursement", ".R."),
    ("tools_provided", "RR."),
    ("workers_compensation", "R.."),
    ("earnings_statements", "RR."),
    ("termination", "RRR"),
    ("contract_impossibility", "RR."),
    ("job_requirements", "RR."),
]
TERM_IDS = [t for t, _ in TERMS]
PROGRAMS = ("h2a", "h2b", "generic")
REQUIRED = {p: [t for t, m in TERMS if m[i] == "R"] for i, p in enumerate(PROGRAMS)}
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


def severity(cat, program, passport=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


class BuildError(Exception):
    pass


# ---------------------------------------------------------------------------
# PDF plumbing


class PDF(FPDF):
    def __init__(self, fmt):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, files in (
            (
                "sans",
                ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
            ),
            (
                "serif",
                ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
            ),
            (
                "cond",
                (
                    "DejaVuSansCondensed",
                    "DejaVuSansCondensed-Bold",
                    "DejaVuSansCondensed-Oblique",
                    "DejaVuSansCondensed-BoldOblique",
                ),
            ),
        ):
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, FONT_DIR + f + ".ttf")
        self.add_font("mono", "", FONT_DIR + "DejaVuSansMono.ttf")
        self.add_font("mono", "B", FONT_DIR + "DejaVuSansMono-Bold.ttf")
        self.set_creation_date(CREATED)
        self.set_creator("heldout_cx build.py")
        self.set_auto_page_break(True, margin=18)
        self.hdr = None
        self.ftr = None
        self.plain_pages = set()

    def header(self):
        if self.hdr and self.page_no() not in self.plain_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.plain_pages:
            self.ftr(self)


class Doc:
    def __init__(
        self, file, program, language, corridor, doc_type, layout, fmt="A4", family="sans"
    ):
        assert program in PROGRAMS
        self.file, self.program, self.language = file, program, language
        self.corridor, self.doc_type, self.layout = corridor, doc_type, layout
        self.pdf = PDF(fmt)
        self.family = family
        self.fees, self.traps, self.recruiters = [], [], []
        self.evidence = {}
        self.pending = []
        self.scanned_pages = []
        self.scan_source = []

    # -- markers ---------------------------------------------------------
    def F(self, cat, text, amount=None, cur=None, group=None, passport=False):
        assert cat in CATEGORIES, cat
        f = {
            "category": cat,
            "severity": severity(cat, self.program, passport),
            "page": None,
            "amount": None if amount is None else float(amount),
            "currency": cur,
            "quote": norm(text),
        }
        if group is not None:
            f["group"] = group
        self.fees.append(f)
        self.pending.append(f)
        return text

    def T(self, text, note):
        self.traps.append(note)
        return text

    def E(self, term, text):
        assert term in TERM_IDS, term
        assert term not in self.evidence, (self.file, term)
        self.evidence[term] = norm(text)
        return text

    def R(self, name):
        if name not in self.recruiters:
            self.recruiters.append(name)
        return name

    # -- page bookkeeping -----------------------------------------------
    @contextlib.contextmanager
    def block(self):
        p0 = self.pdf.page_no()
        yield
        p1 = self.pdf.page_no()
        for f in self.pending:
            if p0 != p1:
                raise BuildError(
                    "%s: labelled sentence crosses pages %d->%d: %s"
                    % (self.file, p0, p1, f["quote"][:60])
                )
            f["page"] = p1
        self.pending = []

    def need(self, h):
        pdf = self.pdf
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()

    # -- drawing helpers -------------------------------------------------
    def font(self, size, style="", family=None):
        self.pdf.set_font(family or self.family, style, size)

    def para(
        self,
        text,
        size=10,
        style="",
        family=None,
        lh=None,
        align="L",
        w=0,
        after=1.6,
        color=(0, 0, 0),
        x=None,
    ):
        pdf = self.pdf
        self.font(size, style, family)
        pdf.set_text_color(*color)
        lh = lh or size * 0.47
        if x is not None:
            pdf.set_x(x)
        if self.pending:
            h = pdf.multi_cell(w, lh, text, align=align, dry_run=True, output="HEIGHT")
            self.need(h)
            if x is not None:
                pdf.set_x(x)
        with self.block():
            pdf.multi_cell(w, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if after:
            pdf.ln(after)

    def heading(
        self,
        text,
        size=11,
        fill=None,
        color=(0, 0, 0),
        before=2.0,
        after=1.2,
        family=None,
        style="B",
    ):
        pdf = self.pdf
        self.need(size * 1.6)
        if before:
            pdf.ln(before)
        self.font(size, style, family)
        pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*fill)
            pdf.cell(0, size * 0.55, " " + text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_fill_color(255, 255, 255)
        else:
            pdf.cell(0, size * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if after:
            pdf.ln(after)

    def table(
        self,
        rows,
        widths,
        size=9,
        head=None,
        lh=None,
        borders="ALL",
        family=None,
        head_fill=(225, 225, 225),
        bold_first=False,
        zebra=None,
        align="LEFT",
    ):
        pdf = self.pdf
        self.font(size, "", family)
        lh = lh or size * 0.48
        data = ([head] if head else []) + list(rows)
        if sum(widths) > pdf.epw - 0.05:
            k = (pdf.epw - 0.05) / sum(widths)
            widths = tuple(w * k for w in widths)
        kw = dict(
            col_widths=widths,
            width=sum(widths),
            align=align,
            text_align="LEFT",
            v_align="TOP",
            line_height=lh,
            first_row_as_headings=bool(head),
            borders_layout=borders,
            padding=(1.2, 1.6, 1.2, 1.6),
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        )
        if zebra:
            kw.update(cell_fill_color=zebra, cell_fill_mode="ROWS")
        with self.block():
            with pdf.table(**kw) as t:
                for r in data:
                    row = t.row()
                    for i, c in enumerate(r):
                        if bold_first and i == 0 and r is not head:
                            row.cell(c, style=FontFace(emphasis="BOLD"))
                        else:
                            row.cell(c)
        pdf.ln(2)

    def bullets(self, items, size=9.5, mark="\u2022", indent=5, after=0.8, family=None, style=""):
        pdf = self.pdf
        for it in items:
            self.font(size, style, family)
            lh = size * 0.47
            x0 = pdf.l_margin
            if self.pending:
                h = pdf.multi_cell(pdf.epw - indent, lh, it, dry_run=True, output="HEIGHT")
                self.need(h)
            with self.block():
                y = pdf.get_y()
                pdf.set_xy(x0, y)
                pdf.cell(indent, lh, mark)
                pdf.set_xy(x0 + indent, y)
                pdf.multi_cell(
                    pdf.epw - indent, lh, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
            pdf.ln(after)

    def sign_block(self, left, right, size=9, gap=16, line_w=70):
        """Two signature lines side by side; left/right are lists of caption lines."""
        pdf = self.pdf
        self.need(gap + 6 + size * 0.5 * max(len(left), len(right)))
        pdf.ln(gap)
        y = pdf.get_y()
        xl, xr = pdf.l_margin, pdf.l_margin + pdf.epw / 2 + 5
        pdf.set_draw_color(0, 0, 0)
        pdf.line(xl, y, xl + line_w, y)
        pdf.line(xr, y, xr + line_w, y)
        self.font(size)
        for i in range(max(len(left), len(right))):
            yy = y + 1.5 + i * size * 0.45
            if i < len(left):
                pdf.set_xy(xl, yy)
                pdf.cell(line_w, size * 0.45, left[i])
            if i < len(right):
                pdf.set_xy(xr, yy)
                pdf.cell(line_w, size * 0.45, right[i])
        pdf.set_xy(pdf.l_margin, y + 2 + max(len(left), len(right)) * size * 0.45)
        pdf.ln(2)

    def scanned_page(self, draw_fn, seed, dpi=200, angle=0.0):
        """Add one image-only page: draw_fn draws on a Pillow canvas; no text layer."""
        pdf = self.pdf
        pdf.plain_pages.add(pdf.page_no() + 1)
        pdf.add_page()
        self.scanned_pages.append(pdf.page_no())
        wmm, hmm = pdf.w, pdf.h
        W, H = round(wmm / 25.4 * dpi), round(hmm / 25.4 * dpi)
        img = Image.new("L", (W, H), 255)
        lines = draw_fn(img, dpi)
        self.scan_source.extend(lines)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        rng = np.random.default_rng(seed)
        arr = np.asarray(img).astype(np.float32)
        tone = np.linspace(0, 10, W, dtype=np.float32)[None, :]  # uneven lighting
        arr = arr * 0.93 + 6 - tone + rng.normal(0.0, 7.0, arr.shape).astype(np.float32)
        specks = rng.random(arr.shape) < 0.0005
        arr[specks] = 70
        arr[:, :14] = np.minimum(arr[:, :14], 120)  # scanner edge shadow
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=74, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=wmm, h=hmm)
        self.scan_dpi = dpi
        self.scan_px = (W, H)

    def output(self):
        if self.pending:
            raise BuildError("%s: findings not placed: %s" % (self.file, self.pending))
        return bytes(self.pdf.output())


def band(pdf, color, h):
    pdf.set_fill_color(*color)
    pdf.rect(0, 0, pdf.w, h, style="F")


def pil_font(name, pt, dpi):
    return ImageFont.truetype(FONT_DIR + name + ".ttf", max(8, round(pt * dpi / 72)))


# ===========================================================================
# cx01  H-2B  en  Guatemala -> USA (North Carolina marina)  COMPLIANT
# ===========================================================================


def cx01():
    d = Doc(
        "cx01.pdf",
        "h2b",
        "en",
        "Guatemala -> USA (North Carolina), H-2B",
        "work_contract",
        "US Letter; header band and footer with page x of y and initials box; numbered "
        "sections; bordered cost table with a who-pays column; two signature lines",
        fmt="Letter",
    )
    pdf = d.pdf
    pdf.set_margins(20, 24, 20)

    def hdr(p):
        band(p, (18, 62, 92), 15)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 11)
        p.set_xy(20, 4.5)
        p.cell(100, 6, "Thimble Shoal Marina & Boatyard, LLC")
        p.set_font("sans", "", 8.5)
        p.set_xy(120, 4.5)
        p.cell(p.w - 140, 6, "H-2B Job Offer and Work Contract \u00b7 Season 2027", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-13)
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "ETA case H-400-27015-482716 \u00b7 Page %d of {nb} \u00b7 Worker's initials: ______"
            % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    d.para("H-2B JOB OFFER AND WORK CONTRACT", size=15, style="B", after=0.5)
    d.para(
        "Seasonal dock and marina attendant \u00b7 April to October 2027 \u00b7 a Spanish "
        "translation of this contract is attached and was given to the worker before signing.",
        size=9,
        color=(70, 70, 70),
        after=2,
    )

    d.heading("1. Who signs this contract", fill=(226, 236, 243))
    d.para(
        "Employer: "
        + d.E(
            "employer_identity",
            "Thimble Shoal Marina & Boatyard, LLC, 4410 Harbor Point Road, Pelican Reach, "
            "North Carolina 27954",
        )
        + ", telephone (252) 555-0187.",
        size=10,
    )
    d.para(
        "Worker: "
        + d.E("worker_identity", "Wilmer An\u00edbal Sic\u00e1n Tuyuc")
        + ", of Aldea Chuicutama, Nahual\u00e1, Solol\u00e1, Guatemala.",
        size=10,
    )
    d.para(
        "Recruiter in Guatemala: "
        + d.R("Reclutamiento \u00c9tico Quetzal, S.A.")
        + ", 12 Calle 4-38, Zona 9, Guatemala City. "
        + d.T(
            "We pay the recruiter under a written agreement that forbids it to charge workers "
            "anything.",
            "recruiter paid by the employer; contract forbids charging workers",
        ),
        size=10,
    )

    d.heading("2. The job", fill=(226, 236, 243))
    d.para(
        "Job title: " + d.E("job_duties", "Dock and marina attendant") + ". You will tie up "
        "and release boats at the fuel dock and the transient slips, pump fuel, "
        + d.T(
            "collect the daily slip and fuel fees from boat owners at the dock office",
            "'collect slip and fuel fees from boat owners' is a job duty, not a worker fee",
        )
        + ", keep the docks, restrooms and bait shop clean, and help the yard crew haul and "
        "block boats.",
        size=10,
    )
    d.para(
        "Place of work: "
        + d.E(
            "work_location",
            "Thimble Shoal Marina, 4410 Harbor Point Road, Pelican Reach, North Carolina",
        )
        + ". No other worksite is used.",
        size=10,
    )
    d.para(
        "Requirements: "
        + d.E("job_requirements", "three months of experience working on a dock or around boats")
        + ", able to swim 50 yards and to lift 50 pounds. No English test and no license "
        "are required.",
        size=10,
    )
    d.para(
        "Period of employment: from "
        + d.E("employment_period", "April 5, 2027 to October 31, 2027")
        + ".",
        size=10,
    )

    d.heading("3. Hours, pay and guarantee", fill=(226, 236, 243))
    d.para(
        "Hours: we offer " + d.E("hours_of_work", "40 hours per week") + ", Monday "
        "through Saturday with one rotating day off, usually 7:00 a.m. to 3:30 p.m. with a "
        "30-minute unpaid lunch.",
        size=10,
    )
    d.para(
        "Wage: "
        + d.E("wage_rate", "$17.85 per hour")
        + " for all hours worked. "
        + d.E(
            "wage_adjustment",
            "If a higher prevailing wage or a higher federal, state or local "
            "minimum wage is set for this job during the contract, you will be paid the higher "
            "rate from the day it takes effect",
        )
        + ".",
        size=10,
    )
    d.para(
        "Overtime: hours over 40 in a workweek are paid at "
        + d.E("overtime", "$26.78 per hour")
        + " (one and one-half times the base rate).",
        size=10,
    )
    d.para(
        "Pay day: " + d.E("pay_frequency", "wages are paid every Friday") + " for the "
        "workweek that ended the Sunday before, by direct deposit or paycheck, as you choose. "
        + "Each payday you receive an "
        + d.E(
            "earnings_statements",
            "earnings statement showing the hours offered, the hours worked, the rate of pay, "
            "total earnings and each deduction with its reason",
        )
        + ".",
        size=10,
    )
    d.para(
        "Guarantee: "
        + d.E(
            "three_fourths_guarantee",
            "we guarantee to offer you work for at least three-fourths of the workdays in each "
            "12-week period of the contract",
        )
        + "; if we offer less, we pay you the difference.",
        size=10,
    )

    d.heading("4. Deductions", fill=(226, 236, 243))
    d.para(
        "The only deductions from your pay are "
        + d.E(
            "deductions",
            "federal and North Carolina income tax withholding, Social Security and Medicare "
            "taxes, and any amount a court orders",
        )
        + ". "
        + d.T(
            "A voluntary transfer of part of your wages to your family is made only if you "
            "ask for it in writing, and you may cancel it at any time.",
            "voluntary deduction with written authorization, cancellable",
        ),
        size=10,
    )

    d.heading("5. Travel, visa and other costs", fill=(226, 236, 243))
    d.para(
        "You do not pay for getting this job. The table shows every cost of the trip and the "
        "visa, and who pays it.",
        size=10,
    )
    d.table(
        [
            ["Visa (MRV) fee", "Employer", "Paid back in full with your first paycheck"],
            ["Visa appointment scheduling", "Employer", "Booked and paid by us"],
            ["Bus to Guatemala City, hotel, meals", "Employer", "Paid back in your first workweek"],
            ["Flight to Norfolk, shuttle", "Employer", "Ticket bought by us before you travel"],
            [
                "Passport",
                "Employer",
                "Paid back with your first paycheck, although the law allows workers to pay it",
            ],
            ["Recruiter's services", "Employer", "Paid by us directly to the recruiter"],
            ["Safety gear and tools", "Employer", "Given to you free, no deposit"],
            ["Trip home", "Employer", "Paid when you finish (see below)"],
        ],
        widths=(62, 26, 88),
        head=["Cost", "Who pays", "When / how"],
        size=9,
        head_fill=(200, 220, 232),
    )
    d.traps.extend(
        [
            "cost table: every row paid by the employer",
            "passport repaid although H-2B allows the worker to pay it",
        ]
    )
    d.para(
        "Visa: "
        + d.E(
            "visa_reimbursement",
            "we pay you back your visa fee, visa processing fees and any border-crossing fee in "
            "your first workweek",
        )
        + ".",
        size=10,
    )
    d.para(
        "Travel to the job: we buy your plane ticket in advance, and "
        + d.E(
            "inbound_transportation",
            "we reimburse your bus fare, lodging and meals on the "
            "way to Pelican Reach in your first workweek",
        )
        + ".",
        size=10,
    )
    d.para(
        "Travel home: "
        + d.E(
            "return_transportation",
            "if you complete the contract, or if we dismiss you early for any reason other than "
            "cause, we pay your transportation and daily subsistence back to Nahual\u00e1",
        )
        + ".",
        size=10,
    )
    d.para(
        "Tools: "
        + d.E(
            "tools_provided",
            "all tools, supplies and equipment you need, "
            "including a life jacket, rain gear, gloves and deck boots, are provided at no cost "
            "and without a deposit",
        )
        + ".",
        size=10,
    )

    d.heading("6. Housing", fill=(226, 236, 243))
    d.para(
        d.T(
            "A bed in a shared room at the marina bunkhouse is available at no charge; you may "
            "live elsewhere if you prefer.",
            "bunkhouse bed at no charge",
        ),
        size=10,
    )

    d.heading("7. Your rights", fill=(226, 236, 243))
    d.para(
        d.T(
            "Nobody, including us and Reclutamiento \u00c9tico Quetzal, may ask you for money, "
            "a deposit, a gift or free work to get or keep this job.",
            "negated recruitment fee and deposit",
        )
        + " If anyone asks, call us at (252) 555-0187 or contact the Wage and Hour Division.",
        size=10,
    )
    d.para(
        d.T(
            "You keep your passport, visa and identity papers at all times; we never hold them.",
            "worker keeps passport (negated document retention)",
        ),
        size=10,
    )
    d.para(
        d.T(
            "You will not be punished, blacklisted or refused future work for asking about your "
            "rights or filing a complaint.",
            "negated blacklisting",
        ),
        size=10,
    )

    d.heading("8. Ending the contract", fill=(226, 236, 243))
    d.para(
        "Abandonment: "
        + d.E(
            "termination",
            "if you are absent for five consecutive working "
            "days without our consent, we may treat it as abandonment of the job",
        )
        + " and must "
        "report it to the Department of Labor and DHS within two working days. We may dismiss "
        "you only for cause, after explaining the reason to you in writing.",
        size=10,
    )
    d.traps.append("mandatory abandonment notice to DOL/DHS is not a blacklisting threat")
    d.para(
        "Work made impossible: "
        + d.E(
            "contract_impossibility",
            "if a hurricane, fire or other act of God makes the work impossible",
        )
        + " and the "
        "Department of Labor agrees, we may end the contract early; you will still receive "
        "the guaranteed hours up to that date, your trip home, and our help to find other "
        "H-2B work.",
        size=10,
    )

    pdf.add_page()
    d.heading("9. Worker's acknowledgement", fill=(226, 236, 243), before=0)
    for line in [
        "I received this contract in Spanish before I applied for my visa.",
        "I was not asked to pay anything to the employer, the recruiter or anyone else.",
        "I know I can keep a copy of this contract and show it to anyone I choose.",
    ]:
        d.para("\u2611  " + line, size=10, after=1)
    d.traps.append("acknowledgement: nothing paid to anyone (negated fee)")
    d.heading("10. Contacts", fill=(226, 236, 243))
    d.para(
        "Employer office: (252) 555-0187, Monday to Friday, 8:00 a.m. to 5:00 p.m. Recruiter: "
        "Reclutamiento \u00c9tico Quetzal, S.A., telephone +502 2555 0190.",
        size=10,
    )
    d.para("By signing, both parties accept this contract.", size=10, after=0)
    d.sign_block(
        ["For the employer:", "Caroline M. Ashworth, General Manager", "Date: ___________"],
        ["Worker:", "Wilmer An\u00edbal Sic\u00e1n Tuyuc", "Date: ___________"],
        size=8.5,
    )
    return d


# ===========================================================================
# cx02  H-2B  es  El Salvador -> USA (Louisiana crawfish plant)  4 findings
# ===========================================================================


def cx02():
    d = Doc(
        "cx02.pdf",
        "h2b",
        "es",
        "El Salvador -> USA (Louisiana), H-2B",
        "recruiter_agreement",
        "US Letter; letterhead with registry number and rule; worker data box; gridded "
        "job-terms table; gridded cost table with payer column; numbered clauses; "
        "signature lines with place and date",
        fmt="Letter",
    )
    pdf = d.pdf
    pdf.set_margins(22, 20, 22)

    def hdr(p):
        p.set_font("serif", "B", 13)
        p.set_text_color(120, 30, 30)
        p.set_xy(22, 9)
        p.cell(0, 6, "Servicios Laborales Cuscatl\u00e1n, S.A. de C.V.")
        p.set_font("serif", "", 8)
        p.set_text_color(60, 60, 60)
        p.set_xy(22, 15)
        p.cell(
            0,
            4,
            "79 Avenida Norte #418, Colonia Escal\u00f3n, San Salvador \u00b7 Tel. +503 2555-0143 "
            "\u00b7 Registro de agencias AP-0412",
        )
        p.set_draw_color(120, 30, 30)
        p.set_line_width(0.6)
        p.line(22, 20.5, p.w - 22, 20.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(25)

    def ftr(p):
        p.set_y(-12)
        p.set_font("serif", "I", 7.5)
        p.cell(0, 4, "Hoja %d de {nb} \u2014 Rubrique cada hoja" % p.page_no(), align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    d.family = "serif"
    d.R("Servicios Laborales Cuscatl\u00e1n, S.A. de C.V.")
    pdf.add_page()
    d.para("HOJA DE CONDICIONES Y ACUERDO DE GASTOS", size=14, style="B", align="C", after=0.5)
    d.para(
        "Programa de visas H-2B \u00b7 Temporada 2027 \u00b7 Planta de proceso de langostino en "
        "Luisiana",
        size=9.5,
        align="C",
        color=(80, 80, 80),
        after=3,
    )
    d.para(
        "Servicios Laborales Cuscatl\u00e1n, S.A. de C.V. (\u00abla Agencia\u00bb) y la persona "
        "trabajadora cuyos datos aparecen abajo firman esta hoja para dejar por escrito las "
        "condiciones del empleo que se le ofrece y qui\u00e9n paga cada gasto del tr\u00e1mite.",
        size=10,
    )
    d.table(
        [
            ["Nombre", "Mar\u00eda Elena Guardado Ayala"],
            ["DUI", "05873216-4"],
            ["Domicilio", "Cant\u00f3n El Lim\u00f3n, Nueva Concepci\u00f3n, Chalatenango"],
        ],
        widths=(40, 132),
        head=["Persona trabajadora", "Datos"],
        size=9.5,
    )
    d.heading("Datos del empleo", size=11)
    d.table(
        [
            [
                "Empleador",
                d.E(
                    "employer_identity",
                    "Bayou Vermilion Crawfish Co., L.L.C., 2207 Levee "
                    "Road, Coteau Prairie, Louisiana 70582",
                )
                + ", Estados Unidos.",
            ],
            [
                "Puesto",
                d.E(
                    "job_duties",
                    "Pelador(a) de langostino: pelar y clasificar langostino cocido, "
                    "empacar la carne en bolsas de una libra y limpiar la l\u00ednea al final "
                    "del turno",
                )
                + ".",
            ],
            [
                "Lugar de trabajo",
                d.E(
                    "work_location",
                    "Planta de proceso de la empresa, 2207 Levee Road, Coteau Prairie, Luisiana",
                )
                + ".",
            ],
            ["Periodo", d.E("employment_period", "Del 1 de febrero al 15 de junio de 2027") + "."],
            [
                "Horario",
                d.E("hours_of_work", "40 horas por semana") + ", de lunes a viernes, de 6:00 a. m. "
                "a 2:30 p. m., con 30 minutos para almorzar.",
            ],
            ["Salario", d.E("wage_rate", "14.92 d\u00f3lares por hora") + "."],
            [
                "Horas extra",
                d.E(
                    "overtime",
                    "22.38 d\u00f3lares por cada hora despu\u00e9s de las 40 horas semanales",
                )
                + ".",
            ],
            [
                "Ajuste",
                d.E(
                    "wage_adjustment",
                    "Si durante el contrato se publica un salario prevaleciente "
                    "o un salario m\u00ednimo m\u00e1s alto, se pagar\u00e1 el m\u00e1s alto",
                )
                + ".",
            ],
            [
                "Pago",
                d.E("pay_frequency", "Cada semana, los viernes")
                + ", con "
                + d.E(
                    "earnings_statements",
                    "tal\u00f3n que muestra horas ofrecidas, horas trabajadas, pago y descuentos",
                )
                + ".",
            ],
            [
                "Descuentos",
                d.E("deductions", "Impuestos federales y estatales, Seguro Social y Medicare")
                + ", y los cargos de las cl\u00e1usulas tercera a quinta.",
            ],
            [
                "Requisitos",
                d.E(
                    "job_requirements",
                    "Haber trabajado al menos una temporada en planta de "
                    "mariscos o en empaque de alimentos",
                )
                + ".",
            ],
        ],
        widths=(36, 136),
        size=9.5,
        bold_first=True,
        head_fill=(240, 228, 228),
    )

    pdf.add_page()
    d.heading("Gastos del tr\u00e1mite", size=11, before=0)
    d.table(
        [
            ["Certificaci\u00f3n laboral y petici\u00f3n I-129", "\u2014", "Empleador"],
            ["Honorarios del abogado de inmigraci\u00f3n", "\u2014", "Empleador"],
            ["Comisi\u00f3n de la Agencia", "\u2014", "Empleador"],
            ["Cuota consular de la visa", "US$205", "Trabajador"],
            [
                "Autob\u00fas San Salvador\u2013Houston y traslado",
                "US$185",
                "Trabajador (descuento)",
            ],
            ["Botas, delantal y guantes de malla", "US$42.50", "Trabajador (descuento)"],
            ["Cuarto en casa m\u00f3vil", "US$60 por semana", "Trabajador (descuento)"],
            ["Boleto de regreso a San Salvador", "\u2014", "Empleador"],
        ],
        widths=(84, 36, 52),
        head=["Concepto", "Monto", "Qui\u00e9n paga"],
        size=9.5,
        head_fill=(240, 228, 228),
    )
    d.traps.extend(
        [
            "labor certification, petition and attorney paid by the employer",
            "agency commission paid by the employer (negated recruitment fee)",
        ]
    )

    d.heading("Cl\u00e1usulas", size=11)
    d.para(
        "PRIMERA. "
        + d.T(
            "La Agencia no cobra comisi\u00f3n ni cuota de inscripci\u00f3n a la "
            "persona trabajadora; sus honorarios los paga el empleador.",
            "'no cobra comisi\u00f3n ni cuota de inscripci\u00f3n'",
        ),
        size=10,
    )
    d.para(
        "SEGUNDA. "
        + d.F(
            "visa_cost",
            "La cuota consular de la visa, de 205 d\u00f3lares, la paga "
            "cada trabajador el d\u00eda de la cita y la empresa no la devuelve.",
            205,
            "USD",
        ),
        size=10,
    )
    d.para(
        "TERCERA. "
        + d.F(
            "travel_cost",
            "El pasaje de autob\u00fas de San Salvador a Houston y el "
            "traslado en camioneta hasta la planta cuestan 185 d\u00f3lares, que se descontar\u00e1n "
            "del primer y del segundo cheque.",
            185,
            "USD",
        ),
        size=10,
    )
    d.para(
        "CUARTA. "
        + d.F(
            "equipment_charge",
            "Las botas de hule, el delantal impermeable y los "
            "guantes de malla se cobran a 42.50 d\u00f3lares y se rebajan del primer cheque.",
            42.5,
            "USD",
        ),
        size=10,
    )
    d.para(
        "QUINTA. "
        + d.F(
            "housing_charge",
            "El cuarto en las casas m\u00f3viles de la empresa "
            "tiene un costo de $60.00 semanales por persona.",
            60,
            "USD",
        )
        + " La persona trabajadora puede vivir en otro lugar si lo prefiere.",
        size=10,
    )
    d.para(
        "SEXTA. "
        + d.E(
            "return_transportation",
            "Al terminar la temporada, la empresa compra el boleto de regreso a San Salvador",
        )
        + ".",
        size=10,
    )
    d.para(
        "S\u00c9PTIMA. "
        + d.E(
            "termination",
            "Si la persona trabajadora falta cinco d\u00edas "
            "seguidos sin avisar, se considerar\u00e1 abandono del empleo",
        )
        + " y la empresa lo "
        "notificar\u00e1 a las autoridades como exige la ley.",
        size=10,
    )
    d.para(
        "OCTAVA. "
        + d.T(
            "La persona trabajadora conserva su pasaporte y su DUI en todo momento; "
            "ni la Agencia ni el empleador pueden retenerlos.",
            "worker keeps passport and DUI",
        ),
        size=10,
    )
    d.para(
        "Le\u00eddo lo anterior, ambas partes firman en San Salvador, a 9 de noviembre de 2026.",
        size=10,
        after=0,
    )
    d.sign_block(
        ["Por la Agencia: Lic. Rigoberto Alfaro Mej\u00eda"],
        ["Mar\u00eda Elena Guardado Ayala"],
        size=9,
    )
    return d


# ===========================================================================
# cx03  H-2A  en+es  Honduras -> USA (North Carolina sweet potatoes)  3 clauses
# ===========================================================================


def cx03():
    d = Doc(
        "cx03.pdf",
        "h2a",
        "en+es",
        "Honduras -> USA (North Carolina), H-2A",
        "work_contract",
        "US Letter; bilingual: each section in English then Spanish (italic, grey); "
        "shaded section bands; footer with page numbers; signature lines",
        fmt="Letter",
    )
    pdf = d.pdf
    pdf.set_margins(19, 16, 19)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            "Black Creek Hollow Farms, Inc. \u2014 H-2A work contract / contrato de trabajo "
            "\u2014 %d/{nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    d.para(
        "H-2A WORK CONTRACT \u00b7 CONTRATO DE TRABAJO H-2A",
        size=14,
        style="B",
        align="C",
        after=0.5,
    )
    d.para("Season 2027 \u00b7 Temporada 2027", size=9.5, align="C", color=(90, 90, 90), after=2)

    sec = [0]

    def section(en_title, es_title):
        sec[0] += 1
        d.heading(
            "%d. %s / %s" % (sec[0], en_title, es_title),
            size=9.5,
            fill=(221, 232, 214),
            before=1.2,
            after=0.8,
        )

    def en(text):
        d.para(text, size=9.3, after=0.7)

    def es(text):
        d.para(text, size=9.3, style="I", color=(70, 70, 70), after=1.0)

    section("EMPLOYER", "EMPLEADOR")
    en(
        "Employer: "
        + d.E(
            "employer_identity",
            "Black Creek Hollow Farms, Inc., 1290 Bethel Church "
            "Road, Fremont Mills, North Carolina 27830",
        )
        + ". Worker: Kevin Josu\u00e9 Mej\u00eda Banegas."
    )
    es(
        "Empleador: Black Creek Hollow Farms, Inc., 1290 Bethel Church Road, Fremont Mills, Carolina "
        "del Norte 27830. Trabajador: Kevin Josu\u00e9 Mej\u00eda Banegas."
    )
    section("JOB AND PLACE", "TRABAJO Y LUGAR")
    en(
        "Job: "
        + d.E(
            "job_duties",
            "farmworker, sweet potatoes: transplant slips, hoe weeds, "
            "hand-harvest and grade sweet potatoes, and load field bins",
        )
        + ". Place: "
        + d.E("work_location", "the employer's fields in Wayne and Wilson Counties, North Carolina")
        + ", as listed in the job order."
    )
    es(
        "Trabajo: trabajador agr\u00edcola de camote: trasplantar gu\u00edas, deshierbar con azad\u00f3n, "
        "cosechar a mano y clasificar camote, y cargar cajones en el campo. Lugar: los campos del "
        "empleador en los condados de Wayne y Wilson, Carolina del Norte."
    )
    section("PERIOD AND HOURS", "PERIODO Y HORARIO")
    en(
        "From "
        + d.E("employment_period", "May 3, 2027 through November 12, 2027")
        + ". We offer "
        + d.E("hours_of_work", "35 hours per week")
        + ", usually 7:00 a.m. to 4:00 p.m., Monday to "
        "Friday, and Saturdays when the harvest requires it."
    )
    es(
        "Del 3 de mayo al 12 de noviembre de 2027. Ofrecemos 35 horas por semana, normalmente de "
        "7:00 a. m. a 4:00 p. m., de lunes a viernes, y los s\u00e1bados cuando la cosecha lo pida."
    )
    section("PAY", "PAGO")
    en(
        "Rate: "
        + d.E("wage_rate", "$16.35 per hour")
        + ", or $0.55 per 5/8-bushel bucket at harvest "
        "when that gives more; piece earnings are always raised to at least the hourly rate. "
        + d.E(
            "wage_adjustment",
            "You are paid the highest of the AEWR, the prevailing wage, the agreed "
            "rate and the federal or state minimum wage",
        )
        + ", including any new AEWR published "
        "during the season. "
        + d.E("pay_frequency", "You are paid every week, on Thursday")
        + ". "
        + d.E(
            "earnings_statements",
            "Each pay stub lists hours offered, hours worked, piece "
            "units, rate, gross pay, each deduction and net pay",
        )
        + "."
    )
    es(
        "Tarifa: $16.35 por hora, o $0.55 por cubeta de 5/8 de bushel en la cosecha cuando eso d\u00e9 "
        "m\u00e1s; lo ganado a destajo siempre se sube al menos a la tarifa por hora. Se le paga la "
        "m\u00e1s alta entre la AEWR, el salario prevaleciente, la tarifa acordada y el m\u00ednimo "
        "federal o estatal. Se le paga cada semana, el jueves, con un tal\u00f3n que detalla horas "
        "ofrecidas, horas trabajadas, unidades, tarifa, pago bruto, cada descuento y pago neto."
    )
    section("DEDUCTIONS AND GUARANTEE", "DESCUENTOS Y GARANT\u00cdA")
    en(
        d.E("deductions", "Federal income tax is withheld only if you ask for it in writing")
        + "; H-2A wages are not subject to Social Security and Medicare taxes. The utility share in "
        "section 7 is also deducted. "
        + d.E(
            "three_fourths_guarantee",
            "You are guaranteed work "
            "hours equal to at least three-fourths of the workdays of the contract period",
        )
        + "; if we offer fewer, we pay the difference."
    )
    d.traps.append("federal income tax withheld only on written request (voluntary, lawful)")
    d.traps.append(
        "'meals on the way' is inbound subsistence; meals at the job are not stated (meals missing)"
    )
    es(
        "El impuesto federal sobre la renta se retiene solo si usted lo pide por escrito; los "
        "salarios H-2A no pagan Seguro Social ni Medicare. Tambi\u00e9n se descuenta la parte de "
        "servicios de la secci\u00f3n 7. Se le garantizan horas de trabajo iguales al menos a tres "
        "cuartas partes de los d\u00edas h\u00e1biles del contrato; si ofrecemos menos, pagamos la "
        "diferencia."
    )
    section("RECRUITER", "RECLUTADOR")
    en(
        d.R("Reclutadora Valle de Sula, S. de R.L.") + " recruits for us in San Pedro Sula under a "
        "written agreement. "
        + d.T(
            "We pay it, and it may not charge you anything.",
            "recruiter paid by the employer; may not charge workers",
        )
    )
    es(
        "Reclutadora Valle de Sula, S. de R.L. recluta para nosotros en San Pedro Sula bajo un "
        "acuerdo escrito. Le pagamos nosotros y no puede cobrarle nada."
    )
    section("HOUSING", "VIVIENDA")
    en(
        d.E(
            "housing",
            "Housing at the Rocky Branch camp, 40 Rocky Branch Lane, Fremont Mills, is "
            "provided without rent",
        )
        + " and has passed the state housing inspection. "
        + d.F(
            "housing_charge",
            "Electricity and propane at the camp are shared by the residents: each "
            "worker pays $20 per week, taken out of the weekly check.",
            20,
            "USD",
            group=1,
        )
    )
    es(
        "La vivienda en el campamento Rocky Branch, 40 Rocky Branch Lane, Fremont Mills, se da sin "
        "renta y pas\u00f3 la inspecci\u00f3n estatal de vivienda. "
        + d.F(
            "housing_charge",
            "La luz y el gas propano del campamento se reparten entre los "
            "residentes: cada trabajador paga $20 por semana, que se descuentan del cheque semanal.",
            20,
            "USD",
            group=1,
        )
    )
    section("TRANSPORTATION", "TRANSPORTE")
    en(
        d.E("daily_transportation", "Daily transportation between the camp and the fields is free")
        + ", in company vans with licensed drivers. Your bus and plane fare from San Pedro Sula and "
        "your meals on the way are "
        + d.E("inbound_transportation", "repaid when you complete 50 percent of the contract")
        + ", or sooner if needed to meet the minimum wage in your first "
        "week. "
        + d.E(
            "return_transportation",
            "If you finish the contract, your trip back to San Pedro Sula is paid",
        )
        + ". "
        + d.T(
            "A worker who abandons the job or is fired for cause loses the paid return trip.",
            "loss of return trip after abandonment is lawful under H-2A, not a penalty",
        )
    )
    es(
        "El transporte diario entre el campamento y los campos es gratis, en camionetas de la "
        "empresa con choferes con licencia. Su pasaje de bus y avi\u00f3n desde San Pedro Sula y sus "
        "comidas en el camino se le devuelven al cumplir el 50 por ciento del contrato, o antes si "
        "hace falta para llegar al salario m\u00ednimo en la primera semana. Si termina el contrato, "
        "se le paga el viaje de regreso a San Pedro Sula. Quien abandone el trabajo o sea despedido "
        "por causa justificada pierde el viaje de regreso pagado."
    )
    section("PASSPORT AND VISA", "PASAPORTE Y VISA")
    en(
        d.F(
            "visa_cost",
            "Each worker gets and pays for his or her own passport (about L 1,300) "
            "before the consulate interview.",
            1300,
            "HNL",
            group=3,
            passport=True,
        )
        + " "
        + d.T("The visa fee is repaid in your first paycheck.", "visa fee repaid")
    )
    es(
        d.F(
            "visa_cost",
            "Cada trabajador saca y paga su propio pasaporte (unos L 1,300) antes de la "
            "entrevista en el consulado.",
            1300,
            "HNL",
            group=3,
            passport=True,
        )
        + " La cuota de la visa se le devuelve en su primer cheque."
    )
    section("TOOLS", "HERRAMIENTAS")
    en(
        d.E(
            "tools_provided", "Hoes, harvest buckets, gloves and knives are provided free of charge"
        )
        + ". "
        + d.F(
            "damage_chargeback",
            "A harvest knife or field bin broken through carelessness is "
            "charged to the worker at its replacement cost.",
            group=2,
        )
    )
    es(
        "Los azadones, cubetas de cosecha, guantes y cuchillos se dan gratis. "
        + d.F(
            "damage_chargeback",
            "El cuchillo de cosecha o el caj\u00f3n que se rompa por descuido se "
            "cobra al trabajador al precio de reposici\u00f3n.",
            group=2,
        )
    )
    section("ENDING THE CONTRACT", "TERMINACI\u00d3N")
    en(
        d.E(
            "termination",
            "If you are absent 5 consecutive workdays without permission, we may "
            "treat it as abandonment",
        )
        + "; dismissal for cause only after a written "
        "warning. "
        + d.E(
            "contract_impossibility",
            "If hail, flood, drought or another act of God makes the work impossible",
        )
        + ", the contract may end early with the "
        "Department of Labor's approval; you still get the three-fourths guarantee up to that day "
        "and your trip home."
    )
    es(
        "Si falta 5 d\u00edas h\u00e1biles seguidos sin permiso, podemos considerarlo abandono; el "
        "despido por causa solo despu\u00e9s de una advertencia escrita. Si el granizo, una "
        "inundaci\u00f3n, la sequ\u00eda u otra causa de fuerza mayor hace imposible el trabajo, el "
        "contrato puede terminar antes con la aprobaci\u00f3n del Departamento de Trabajo; usted "
        "recibe la garant\u00eda de tres cuartas partes hasta ese d\u00eda y su viaje de regreso."
    )
    d.sign_block(
        ["Employer / Empleador: Dwayne R. Holloman, owner"],
        ["Worker / Trabajador: Kevin Josu\u00e9 Mej\u00eda Banegas"],
        size=8.5,
        gap=12,
    )
    return d


# ===========================================================================
# cx04  generic  en  Nepal -> Malaysia  5 findings
# ===========================================================================


def cx04():
    d = Doc(
        "cx04.pdf",
        "generic",
        "en",
        "Nepal -> Malaysia",
        "agency_service_agreement",
        "A4; green header band with licence; key-terms grid; numbered clauses; money receipt "
        "in a double-ruled box with amount in words; footnote; signature lines",
    )
    pdf = d.pdf
    pdf.set_margins(18, 26, 18)
    agency = d.R("Himal Sagarmatha Overseas Pvt. Ltd.")

    def hdr(p):
        band(p, (30, 96, 60), 19)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 13)
        p.set_xy(18, 3.5)
        p.cell(0, 7, agency)
        p.set_font("sans", "", 8)
        p.set_xy(18, 10.5)
        p.cell(
            0,
            5,
            "Licence No. 1187/074/75 \u00b7 Samakhusi Chowk, Kathmandu-29 \u00b7 "
            "Tel. 01-5550148 \u00b7 hsoverseas.example.np",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(26)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "I", 7.5)
        p.cell(0, 4, "HSO/AGR/2026/0457 \u2014 page %d" % p.page_no(), align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    d.para(
        "AGREEMENT BETWEEN RECRUITING AGENCY AND WORKER", size=13, style="B", align="C", after=0.3
    )
    d.para("(Foreign Employment \u2014 Malaysia)", size=9.5, align="C", after=2.5)
    d.para(
        "This agreement is made on 18 November 2026 at Kathmandu between "
        + agency
        + " (the Agency) and the worker named below (the Worker) for employment with the "
        "Employer named below under Demand Letter No. KVG/HR/2026/041.",
        size=9.8,
    )
    d.table(
        [
            [
                "Employer",
                d.E(
                    "employer_identity",
                    "Kinta Valley Gloves Sdn. Bhd., Lot 2214, Jalan "
                    "Perusahaan 6, Bukit Merah Jaya Industrial Area, 31500 Lahat, Perak, "
                    "Malaysia",
                ),
            ],
            [
                "Worker",
                d.E("worker_identity", "Dil Prasad Gurung") + ", Sirdibas-4, Gorkha; passport "
                "no. 09384715",
            ],
            [
                "Position",
                d.E(
                    "job_duties",
                    "Production Operator: strip finished gloves from the "
                    "formers, pack and label cartons and keep the line clean",
                ),
            ],
            [
                "Place of work",
                d.E("work_location", "Employer's factory at Bukit Merah Jaya, Lahat, Perak"),
            ],
            [
                "Contract period",
                "36 months, " + d.E("employment_period", "from 1 March 2027 to 28 February 2030"),
            ],
            [
                "Working hours",
                d.E("hours_of_work", "8 hours a day, 6 days a week") + "; rest day Sunday",
            ],
            ["Basic salary", d.E("wage_rate", "RM 1,700 per month")],
            ["Overtime", "1.5 times the hourly rate on normal working days"],
            [
                "Salary payment",
                d.E(
                    "pay_frequency",
                    "Monthly, by bank transfer, not later than the 7th of the following month",
                ),
            ],
            [
                "Deductions",
                d.E(
                    "deductions",
                    "Employee's SOCSO contribution and income tax as required by Malaysian law",
                ),
            ],
            ["Accommodation", d.T("Hostel provided free by the Employer", "free hostel")],
            [
                "Air ticket",
                "Kathmandu\u2013Kuala Lumpur, and "
                + d.E(
                    "return_transportation",
                    "return to Kathmandu at the end of the contract, paid by the Employer",
                ),
            ],
        ],
        widths=(36, 138),
        size=9.3,
        bold_first=True,
        head=None,
    )
    d.heading("Terms", size=10.5)
    d.para(
        "1. Free visa, free ticket. "
        + d.T(
            "The Employer bears the calling visa, the visa fee, "
            "the foreign worker levy and the air ticket, as required by the Government of Nepal.",
            "visa, levy and ticket paid by the employer ('free visa, free ticket')",
        ),
        size=9.8,
    )
    d.para(
        "2. Costs before departure. "
        + d.F(
            "medical_cost",
            "The medical examination at Annapurna "
            "Health Screening Centre costs NPR 8,500 and is paid by the Worker on the day of the "
            "test.",
            8500,
            "NPR",
        )
        + " "
        + d.F(
            "insurance_cost",
            "The Worker pays NPR 2,800 for the "
            "term life insurance policy covering the contract period.",
            2800,
            "NPR",
        )
        + " "
        + d.F(
            "training_cost",
            "The Worker attends the compulsory two-day orientation and pays its "
            "fee of NPR 1,700 directly to the training institute.",
            1700,
            "NPR",
        ),
        size=9.8,
    )
    d.para(
        "3. Passport. "
        + d.F(
            "document_retention",
            "On arrival the Worker shall hand over his "
            "passport to the Employer, which will keep it in the company safe until the final exit "
            "from Malaysia.",
        )
        + " A photocopy certified by the Employer is given to the Worker.",
        size=9.8,
    )
    d.para(
        "4. Levy. "
        + d.T(
            "The levy payable to the Government of Malaysia is borne by the "
            "Employer and shall never be deducted from the salary.",
            "levy paid by employer, not deducted",
        ),
        size=9.8,
    )
    d.para(
        "5. Complaints. The Worker may contact the Agency or the Embassy of Nepal in Kuala "
        "Lumpur about any problem at work.",
        size=9.8,
    )

    pdf.add_page()
    d.para("MONEY RECEIPT", size=13, style="B", align="C", after=5)
    y0 = pdf.get_y()
    d.para(
        "Receipt No. 0457          Date: 18 November 2026", size=9.5, family="mono", after=2, x=24
    )
    pdf.set_left_margin(24)
    pdf.set_right_margin(24)
    d.para(
        d.F(
            "recruitment_fee",
            "Received with thanks from Mr. Dil Prasad Gurung of Sirdibas, "
            "Gorkha the sum of NPR 1,45,000 (Rupees One Lakh Forty-Five Thousand only) as service "
            "charge for his employment in Malaysia.",
            145000,
            "NPR",
        ),
        size=10,
        lh=5.2,
    )
    d.table(
        [
            ["Service charge*", "1,45,000"],
            ["Visa fee", "paid by Employer"],
            ["Air ticket", "paid by Employer"],
            ["Total received", "1,45,000"],
        ],
        widths=(90, 50),
        head=["Particulars", "Amount (NPR)"],
        size=9.5,
    )
    d.para("Cash \u2611     Cheque \u2610     Bank deposit \u2610", size=9.5, after=4)
    pdf.set_left_margin(18)
    pdf.set_right_margin(18)
    y1 = pdf.get_y()
    pdf.set_draw_color(30, 96, 60)
    pdf.rect(20, y0 - 3, pdf.w - 40, y1 - y0 + 3)
    pdf.rect(21.2, y0 - 1.8, pdf.w - 42.4, y1 - y0 + 0.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)
    d.para(
        "* Amount received in cash at the Agency's office in Kathmandu.",
        size=8,
        style="I",
        color=(90, 90, 90),
    )
    d.sign_block(
        ["For the Agency:", "Ramesh Kumar Bhandari, Managing Director"],
        ["Worker:", "Dil Prasad Gurung"],
        size=8.5,
        gap=14,
    )
    return d


# ===========================================================================
# cx05  generic  en  Bangladesh -> Singapore  loan deed  4 findings
# ===========================================================================


def cx05():
    d = Doc(
        "cx05.pdf",
        "generic",
        "en",
        "Bangladesh -> Singapore",
        "loan_deed",
        "A4 serif legal deed; stamp-paper box at top; recitals and numbered clauses; "
        "repayment schedule table; witness and signature blocks",
        family="serif",
    )
    pdf = d.pdf
    pdf.set_margins(24, 18, 24)

    def ftr(p):
        p.set_y(-13)
        p.set_font("serif", "", 7.5)
        p.cell(
            0,
            4,
            "Borrower ________    Lender ________    Guarantor ________        %d" % p.page_no(),
            align="C",
        )

    pdf.ftr = ftr
    pdf.add_page()
    y = pdf.get_y()
    pdf.set_draw_color(90, 60, 120)
    pdf.set_line_width(0.5)
    pdf.rect(60, y, pdf.w - 120, 17)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(60, y + 2)
    d.font(8.5, "B")
    pdf.set_text_color(90, 60, 120)
    pdf.cell(pdf.w - 120, 4.5, "NON-JUDICIAL STAMP", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    d.font(8)
    pdf.cell(
        pdf.w - 120,
        4.5,
        "Tk. 300  \u00b7  Serial No. KHA 482913",
        align="C",
        new_x=XPos.LEFT,
        new_y=YPos.NEXT,
    )
    pdf.cell(pdf.w - 120, 4.5, "Vendor: Licensed stamp vendor, Faridpur", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 23)
    d.para("DEED OF LOAN", size=16, style="B", align="C", after=0.5)
    d.para("(Migration finance)", size=10, style="I", align="C", after=3)
    d.para(
        "THIS DEED OF LOAN is made at Faridpur on the 2nd day of December 2026 BETWEEN Padma "
        "Probashi Credit Cooperative Society Ltd., 27/B Purana Paltan Lane, Dhaka-1000 "
        '(hereinafter the "Lender") of the ONE PART AND '
        + d.E("worker_identity", "Md. Shafiqul Islam Munshi")
        + ", son of Abdul Karim Munshi, of village Kazirchar, "
        'Upazila Bhanga, District Faridpur (hereinafter the "Borrower") of the OTHER PART, '
        "with Mst. Rokeya Begum, mother of the Borrower, as guarantor.",
        size=10,
        lh=5,
    )
    d.para("WHEREAS:", size=10, style="B")
    agency = d.R("Meghna Star Overseas Ltd.")
    d.para(
        "A. The Borrower has been selected by "
        + agency
        + " (RL-1402) for employment as a "
        + d.E("job_duties", "construction worker (formwork carpenter)")
        + " with "
        + d.E(
            "employer_identity",
            "Straitsgate Builders Pte. Ltd., 18 Kranji Loop #04-12, Singapore 739556",
        )
        + ", at its worksite at "
        + d.E("work_location", "the Lentor Grove public housing project, Singapore")
        + ", on a basic salary of "
        + d.E("wage_rate", "SGD 22 per day")
        + ", "
        + d.E("pay_frequency", "paid monthly")
        + ".",
        size=10,
        lh=5,
    )
    d.para(
        "B. "
        + d.F(
            "recruitment_fee",
            "The Borrower must pay Meghna Star Overseas Ltd. the sum "
            "of BDT 4,20,000 (Taka four lakh twenty thousand) as migration and service charges "
            "before his flight.",
            420000,
            "BDT",
        ),
        size=10,
        lh=5,
    )
    d.para(
        "C. The Borrower has asked the Lender to advance the said sum and the Lender has "
        "agreed to do so on the terms set out below.",
        size=10,
        lh=5,
    )
    d.para("NOW THIS DEED WITNESSETH as follows:", size=10, style="B")
    d.para(
        "1. Advance. The Lender shall pay BDT 4,20,000 directly to the said agency on behalf "
        "of the Borrower, and the Borrower acknowledges that this sum is a debt owed by him.",
        size=10,
        lh=5,
    )
    d.para(
        "2. Repayment. "
        + d.F(
            "debt_bondage",
            "The Borrower authorises his Employer in "
            "Singapore to "
            + d.E("deductions", "deduct SGD 400 from his salary every month")
            + " and remit it to the Lender until the loan and interest at 24 per cent per annum are "
            "fully repaid.",
            400,
            "SGD",
        ),
        size=10,
        lh=5,
    )
    d.para(
        "3. Security. "
        + d.F(
            "deposit_or_bond",
            "As security for repayment the Borrower has "
            "delivered to the Lender six undated cheques signed by him on Sonali Bank, Bhanga "
            "Branch, and the guarantor has deposited the original title deed of her homestead "
            "land.",
        )
        + " The said cheques and deed shall be returned when the loan is cleared.",
        size=10,
        lh=5,
    )
    d.para(
        "4. Early return. "
        + d.F(
            "breach_penalty",
            "Should the Borrower leave his Employer, "
            "change employer or return to Bangladesh before the loan is cleared, the whole "
            "outstanding balance together with a penalty equal to three months' salary shall fall "
            "due at once.",
        ),
        size=10,
        lh=5,
    )
    d.para(
        "5. Costs in Singapore. "
        + d.T(
            "The Borrower acknowledges that the Employer has borne "
            "the work permit fee, the foreign worker levy, the security bond required by the "
            "Ministry of Manpower and his medical insurance, and that none of these is included in "
            "this loan.",
            "security bond, levy, permit and insurance paid by the employer "
            "(employer's bond, not a worker deposit)",
        ),
        size=10,
        lh=5,
    )
    d.para(
        "6. Jurisdiction. Any dispute under this deed shall be tried by the courts at Dhaka.",
        size=10,
        lh=5,
    )
    pdf.add_page()
    d.heading("SCHEDULE \u2014 REPAYMENT BY MONTHLY REMITTANCE", size=10, family="serif", before=0)
    rows = []
    bal = 420000
    for i, mon in enumerate(
        [
            "Apr 2027",
            "May 2027",
            "Jun 2027",
            "Jul 2027",
            "Aug 2027",
            "Sep 2027",
            "Oct 2027",
            "Nov 2027",
        ],
        1,
    ):
        bal -= 36000
        rows.append([str(i), mon, "400", f"{bal:,}"])
    rows.append(["\u2026", "\u2026", "\u2026", "\u2026"])
    d.table(
        rows,
        widths=(16, 36, 40, 50),
        head=["No.", "Month", "SGD remitted", "Balance (BDT)"],
        size=9,
        family="serif",
        align="CENTER",
    )
    d.para(
        "Balance shown before interest; interest is charged on the outstanding balance.",
        size=8.5,
        style="I",
        align="C",
    )
    d.para(
        "IN WITNESS WHEREOF the parties have signed this deed on the day and year first above "
        "written.",
        size=10,
        lh=5,
        after=0,
    )
    d.sign_block(
        ["Lender: for Padma Probashi Credit", "Cooperative Society Ltd."],
        ["Borrower: Md. Shafiqul Islam Munshi"],
        size=9,
        gap=14,
    )
    d.sign_block(
        ["Guarantor: Mst. Rokeya Begum"], ["Witness: Abul Hossain Talukder, Bhanga"], size=9, gap=12
    )
    return d


# ===========================================================================
# cx06  generic  en  Philippines -> Israel caregiver  COMPLIANT  two columns
# ===========================================================================


def cx06():
    d = Doc(
        "cx06.pdf",
        "generic",
        "en",
        "Philippines -> Israel (caregiver)",
        "work_contract",
        "A4; full-width parties table; clauses in two columns with a rule between; "
        "footer; signature block across the page",
    )
    pdf = d.pdf
    pdf.set_margins(16, 16, 16)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Foreign caregiver employment contract \u2014 page %d of {nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    d.para(
        "EMPLOYMENT CONTRACT \u2014 FOREIGN CAREGIVER (LIVE-IN)",
        size=14,
        style="B",
        align="C",
        after=0.5,
    )
    d.para(
        "Israel \u00b7 nursing care sector \u00b7 contract no. GCM-26-1184",
        size=9,
        align="C",
        color=(90, 90, 90),
        after=2.5,
    )
    il_agency = d.R("Galil Care Manpower Ltd.")
    ph_agency = d.R("Silangan Heartline Manpower Services, Inc.")
    d.table(
        [
            [
                "Employer",
                d.E(
                    "employer_identity",
                    "Mrs. Ilana Rosenfeld-Dagan, 17 HaNarkis Street, "
                    "Apartment 5, Kfar Saba, Israel",
                )
                + ", for the care of her father, "
                "Mr. Menachem Dagan (the patient)",
            ],
            [
                "Caregiver",
                d.E("worker_identity", "Ma. Cristina Dalisay Ocampo") + ", passport no. "
                "P4471029B, of Barangay San Roque, Tarlac City, Philippines",
            ],
            ["Israeli agency", il_agency + ", licence no. 2-4471, Herzliya"],
            ["Philippine agency", ph_agency + ", licence no. DMW-118-LB-0927-ML, Pasay City"],
        ],
        widths=(38, 140),
        size=9,
        bold_first=True,
        head=None,
    )

    colw = (pdf.epw - 8) / 2
    xl, xr = pdf.l_margin, pdf.l_margin + colw + 8

    def column(x, items, y):
        pdf.set_left_margin(x)
        pdf.set_right_margin(pdf.w - x - colw)
        pdf.set_xy(x, y)
        for title, text in items:
            d.font(9.2, "B")
            pdf.multi_cell(colw, 4.3, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            d.para(text, size=8.8, lh=4.15, after=1.8, w=colw)
        return pdf.get_y()

    def two_columns(left, right):
        y = pdf.get_y() + 1
        yl = column(xl, left, y)
        yr = column(xr, right, y)
        pdf.set_draw_color(160, 160, 160)
        pdf.line(xl + colw + 4, y, xl + colw + 4, max(yl, yr) - 1)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_left_margin(16)
        pdf.set_right_margin(16)
        pdf.set_xy(16, max(yl, yr) + 1)

    left1 = [
        (
            "1. Place of work",
            "The caregiver works and lives in "
            + d.E(
                "work_location", "the patient's home at 17 HaNarkis Street, Apartment 5, Kfar Saba"
            )
            + ".",
        ),
        (
            "2. Duties",
            d.E(
                "job_duties",
                "Personal care of the patient: help with bathing, dressing, "
                "meals and medication reminders, accompanying him to the clinic and on walks, and light "
                "housekeeping of his room and kitchen",
            )
            + ". "
            + d.T(
                "When she takes the patient to the "
                "clinic, she pays the clinic co-payments from the household cash the Employer gives her "
                "for that purpose, against receipts.",
                "clinic co-payments paid with the employer's cash",
            ),
        ),
        (
            "3. Period",
            "The contract runs "
            + d.E("employment_period", "from 1 February 2027 to 31 January 2029")
            + " and may be renewed within the law.",
        ),
        (
            "4. Working hours and rest",
            d.E("hours_of_work", "Active work of up to 8 hours a day between 07:00 and 21:00")
            + ", with a two-hour daily break and at least eight "
            "consecutive hours of night rest. "
            + d.T(
                "The weekly rest of 25 consecutive hours, from "
                "Friday 14:00 to Saturday 15:00, is hers to spend outside the house as she wishes.",
                "free to leave the house on rest day (negated movement restriction)",
            ),
        ),
        (
            "5. Salary",
            "The salary is "
            + d.E("wage_rate", "ILS 6,300 gross per month")
            + ", "
            + d.E("pay_frequency", "paid monthly, no later than the 9th day of the following month")
            + ", by transfer to the caregiver's own Israeli bank account, with a payslip.",
        ),
    ]
    right1 = [
        (
            "6. Deductions",
            d.E(
                "deductions",
                "Only income tax and National Insurance as required by "
                "Israeli law, and the employee's share of the pension contribution under the extension "
                "order",
            )
            + ". "
            + d.T(
                "The Employer pays the health insurance premium in full.",
                "health insurance premium paid by the employer",
            )
            + " "
            + d.T(
                "If the caregiver asks in writing, part of the salary is sent each month to her "
                "bank account in the Philippines; she may change or stop this at any time.",
                "voluntary remittance with written request, cancellable",
            ),
        ),
        (
            "7. Room and board",
            d.T(
                "A private furnished room in the patient's home and full board "
                "are provided free of charge.",
                "room and board free",
            ),
        ),
        (
            "8. Costs of recruitment and travel",
            d.T(
                "The Employer pays the work visa fee, both "
                "agencies' fees and the flight from Manila to Tel Aviv.",
                "visa, agency fees and inbound flight paid by the employer",
            )
            + " The Employer also pays "
            + d.E(
                "return_transportation",
                "the return flight from Tel Aviv to Manila at the end of the contract",
            )
            + ". "
            + d.T(
                "Under the bilateral agreement the caregiver pays no placement fee or other "
                "recruitment cost to either agency.",
                "'pays no placement fee' (negated fee)",
            ),
        ),
        (
            "9. Documents",
            d.T(
                "The caregiver keeps her own passport and work visa; no one may hold them for her.",
                "worker keeps passport",
            ),
        ),
        (
            "10. Ending the contract",
            d.E("termination", "Either party may end the contract with 30 days' written notice")
            + "; the Employer pays severance pay as the law requires. If the "
            "patient passes away, the caregiver receives 30 days' salary and the agency's help to "
            "find a new employer.",
        ),
    ]
    two_columns(left1, right1)

    pdf.add_page()
    left2 = [
        (
            "11. Holidays and sick leave",
            "Annual leave, sick leave and holiday pay as set by "
            "Israeli law for foreign caregivers; leave days are recorded in writing.",
        ),
        (
            "12. Complaints",
            d.T(
                "The caregiver may contact the agency's Tagalog-speaking "
                "coordinator or the labour authorities at any time, and no one may penalise her for "
                "doing so.",
                "complaints allowed without penalty",
            ),
        ),
    ]
    right2 = [
        (
            "13. Language",
            "This contract was explained to the caregiver in Filipino and a copy "
            "in English and Filipino was given to her before departure.",
        ),
        ("14. Annex", "Annex A below forms part of this contract."),
    ]
    two_columns(left2, right2)
    pdf.ln(2)
    d.heading("Annex A \u2014 Costs of recruitment, travel and stay", size=10)
    d.table(
        [
            ["Work visa and work permit fees", "Employer", ""],
            ["Israeli agency fee", "Employer", ""],
            [
                "Philippine agency placement fee",
                "Employer",
                "No placement fee is charged to the caregiver",
            ],
            ["Flight Manila\u2013Tel Aviv", "Employer", "Ticket issued before departure"],
            ["Return flight Tel Aviv\u2013Manila", "Employer", "At the end of the contract"],
            ["Medical insurance in Israel", "Employer", "Full premium"],
            ["Pre-departure orientation seminar", "\u2014", "Free government seminar"],
            ["Room and board", "Employer", "Free of charge"],
        ],
        widths=(70, 30, 78),
        head=["Item", "Paid by", "Note"],
        size=8.8,
        head_fill=(225, 232, 240),
    )
    d.traps.append("Annex A cost table: every item paid by the employer or free")
    pdf.ln(2)
    d.para("Signed at Kfar Saba and Pasay City on the dates shown.", size=9, after=0)
    d.sign_block(
        ["Employer: Ilana Rosenfeld-Dagan", "Date: 3 December 2026"],
        ["Caregiver: Ma. Cristina Dalisay Ocampo", "Date: 7 December 2026"],
        size=8.5,
    )
    d.sign_block(["For " + il_agency], ["For " + ph_agency], size=8.5, gap=12)
    return d


# ===========================================================================
# cx07  generic  en  Indonesia -> Taiwan  chat transcript  4 findings
# ===========================================================================


def cx07():
    d = Doc(
        "cx07.pdf",
        "generic",
        "en",
        "Indonesia -> Taiwan",
        "chat_transcript",
        "narrow phone-size pages; exported chat with title bar, date pills, left/right "
        "rounded bubbles with sender and time",
    )
    pdf = PDF((112, 235))
    d.pdf = pdf
    pdf.set_margins(6, 6, 6)
    pdf.set_auto_page_break(True, margin=8)
    agent = d.R("Wulan Sari Hapsari")
    p3mi = d.R("PT Cahaya Mandiri Nusantara")
    broker = d.R("Jade Harbor Manpower Consultants Co., Ltd.")
    worker = d.E("worker_identity", "Dewi Anggraini Putri")

    def hdr(p):
        band(p, (7, 94, 84), 17)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 9.5)
        p.set_xy(6, 3)
        p.cell(0, 5, agent + " (" + p3mi + ")")
        p.set_font("sans", "", 7)
        p.set_xy(6, 9)
        p.cell(0, 4, "Chat export \u00b7 with " + worker + " \u00b7 page %d/{nb}" % p.page_no())
        p.set_text_color(0, 0, 0)
        p.set_y(21)

    pdf.hdr = hdr
    pdf.add_page()

    def pill(text):
        d.need(9)
        d.font(7)
        w = pdf.get_string_width(text) + 8
        x = (pdf.w - w) / 2
        y = pdf.get_y() + 1
        pdf.set_fill_color(225, 235, 240)
        pdf.rect(x, y, w, 5, style="F", round_corners=True, corner_radius=2)
        pdf.set_xy(x, y + 0.5)
        pdf.cell(w, 4, text, align="C")
        pdf.set_y(y + 7)

    def msg(side, text, tm):
        maxw = pdf.epw * 0.8
        d.font(8.2)
        lines = pdf.multi_cell(maxw - 6, 3.9, text, dry_run=True, output="LINES")
        tw = max(pdf.get_string_width(l) for l in lines) + 6
        w = max(tw, 30)
        name = agent if side == "L" else "Dewi"
        h = len(lines) * 3.9 + 4 + 8
        d.need(h + 2)
        x = pdf.l_margin if side == "L" else pdf.w - pdf.r_margin - w
        y = pdf.get_y()
        pdf.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        pdf.set_draw_color(205, 205, 205)
        pdf.rect(x, y, w, h, style="DF", round_corners=True, corner_radius=2.5)
        pdf.set_draw_color(0, 0, 0)
        d.font(6.8, "B")
        pdf.set_text_color(7, 94, 84)
        pdf.set_xy(x + 3, y + 1.2)
        pdf.cell(w - 6, 3.4, name)
        pdf.set_text_color(0, 0, 0)
        d.font(8.2)
        pdf.set_left_margin(x + 3)
        pdf.set_xy(x + 3, y + 5)
        with d.block():
            pdf.multi_cell(w - 6, 3.9, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(6)
        d.font(6.3)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + 3, y + h - 4.3)
        pdf.cell(w - 6, 3.2, tm, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin, y + h + 2)

    pill("Thursday, 12 March 2026")
    msg(
        "L",
        "Selamat pagi Dewi! Good news, you passed the interview with the factory in Taiwan.",
        "09:14",
    )
    msg("R", "Alhamdulillah, thank you Bu. What is the job exactly?", "09:20")
    msg(
        "L",
        "Job is "
        + d.E(
            "job_duties",
            "sewing machine operator: sewing sportswear panels, checking quality and packing",
        )
        + ".",
        "09:22",
    )
    msg("R", "Which company and where is the factory Bu?", "09:25")
    msg(
        "L",
        d.E(
            "employer_identity",
            "Fu Sheng Textile Co., Ltd., No. 18, Gongye 3rd Road, "
            "Changbin Industrial Zone, Lukang Township, Changhua County, Taiwan",
        )
        + ". You work "
        + d.E("work_location", "in the factory at Changbin Industrial Zone")
        + ".",
        "09:27",
    )
    msg(
        "L",
        "Salary is "
        + d.E("wage_rate", "NT$ 28,590 per month")
        + ", "
        + d.E("pay_frequency", "paid on the 10th of every month")
        + " into your bank account.",
        "09:28",
    )
    msg(
        "L",
        "Working time "
        + d.E("hours_of_work", "8 hours a day, Monday to Friday")
        + ", overtime is paid extra.",
        "09:28",
    )
    msg("R", "How long is the contract Bu?", "09:31")
    msg(
        "L",
        "3 years, " + d.E("employment_period", "from 15 June 2026 until 14 June 2029") + ".",
        "09:33",
    )
    msg("R", "Do I have to pay for the ticket and the visa?", "09:40")
    msg(
        "L",
        d.T(
            "No, the ticket to Taipei and the visa are paid by the employer, free for you.",
            "ticket and visa paid by the employer",
        ),
        "09:41",
    )
    msg(
        "L",
        d.T("Dormitory and food in the factory are also free.", "free dormitory and food"),
        "09:41",
    )
    msg(
        "L",
        d.F(
            "recruitment_fee",
            "The placement fee is NT$ 54,000, "
            + d.E(
                "deductions",
                "we cut NT$ 4,500 from your salary every month for the first 12 months",
            )
            + ".",
            54000,
            "TWD",
        ),
        "09:43",
    )
    msg(
        "L",
        d.F(
            "recruitment_fee",
            "After that the broker service fee is NT$ 1,800 every month "
            "until the contract ends, this is normal in Taiwan.",
            1800,
            "TWD",
        ),
        "09:43",
    )
    msg("L", "Your broker in Taiwan is " + broker + ", they pick you up at the airport.", "09:44")
    msg("R", "Ok Bu. Can I go out on Sunday to meet my cousin in Taichung?", "10:02")
    msg(
        "L",
        d.F(
            "movement_restriction",
            "First year no going out alone, only on Sunday with the "
            "dorm leader and back before 7 pm.",
        )
        + " Rules of the dorm.",
        "10:05",
    )
    msg("R", "If there is a problem with the salary who do I call?", "10:07")
    msg(
        "L",
        "You call me only. "
        + d.F(
            "blacklisting_threat",
            "If you complain to the labour "
            "hotline or the labour office, we send you home and your name goes on the black "
            "list for all agencies.",
        ),
        "10:09",
    )
    msg("R", "Baik Bu, I understand.", "10:15")
    pill("Friday, 13 March 2026")
    msg(
        "L",
        d.T(
            "Please bring your passport, KTP and KK to the office in Malang on Monday for the "
            "medical check, the company pays the medical.",
            "medical check paid by the company; documents brought, not kept",
        ),
        "08:02",
    )
    msg("R", "Ok Bu, see you Monday.", "08:30")
    return d


# ===========================================================================
# cx08  generic  es  Honduras -> Spain (Huelva)  COMPLIANT  form with checkboxes
# ===========================================================================


def cx08():
    d = Doc(
        "cx08.pdf",
        "generic",
        "es",
        "Honduras -> Spain (Huelva)",
        "work_contract",
        "A4 form; boxed field labels and values; checkbox cost grid (empresa / trabajador); "
        "footer with form code; signature lines",
    )
    pdf = d.pdf
    pdf.set_margins(17, 15, 17)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Modelo CO-HN/27 \u00b7 Contrataci\u00f3n en origen \u00b7 P\u00e1gina %d de "
            "{nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    d.para(
        "CONTRATO DE TRABAJO DE DURACI\u00d3N DETERMINADA",
        size=13.5,
        style="B",
        align="C",
        after=0.3,
    )
    d.para(
        "Campa\u00f1a agr\u00edcola de temporada \u2014 contrataci\u00f3n colectiva en origen",
        size=9.5,
        align="C",
        color=(80, 80, 80),
        after=3,
    )
    ag = d.R("Agencia de Colocaci\u00f3n Puentes del Sur, S.L.")

    def box(title, rows):
        d.heading(title, size=9.5, fill=(214, 226, 240), before=1.5, after=0)
        d.table(rows, widths=(44, 132), size=9, bold_first=True, head=None, borders="ALL")

    box(
        "1. DATOS DE LA EMPRESA",
        [
            ["Raz\u00f3n social", d.E("employer_identity", "Frutos Rojos del Tinto, S.L.")],
            ["CIF", "B21874630"],
            [
                "Domicilio",
                "Carretera A-494, km 12, Finca Los Arenales, 21800 Moguer (Huelva), Espa\u00f1a",
            ],
        ],
    )
    box(
        "2. DATOS DE LA PERSONA TRABAJADORA",
        [
            [
                "Nombre y apellidos",
                d.E("worker_identity", "Yessenia Maribel Cruz Ord\u00f3\u00f1ez"),
            ],
            ["Pasaporte", "E418273"],
            ["Domicilio", "Barrio El Centro, San Marcos de Col\u00f3n, Choluteca, Honduras"],
        ],
    )
    box(
        "3. CONDICIONES DE TRABAJO",
        [
            [
                "Categor\u00eda y funciones",
                d.E(
                    "job_duties",
                    "Pe\u00f3n agr\u00edcola: recolecci\u00f3n de "
                    "fresa y frutos rojos, limpieza de plantas y carga de "
                    "cajas en la finca",
                ),
            ],
            [
                "Centro de trabajo",
                d.E("work_location", "Finca Los Arenales, Carretera A-494, km 12, Moguer (Huelva)"),
            ],
            [
                "Duraci\u00f3n",
                d.E(
                    "employment_period",
                    "Desde el 2 de febrero de 2027 hasta el 15 de junio de 2027",
                ),
            ],
            [
                "Jornada",
                d.E("hours_of_work", "39 horas semanales") + ", de lunes a s\u00e1bado, de 7:30 "
                "a 14:00 horas",
            ],
            [
                "Salario",
                d.E("wage_rate", "61,73 euros brutos por jornada trabajada") + ", seg\u00fan el "
                "convenio colectivo del campo de Huelva, con las partes proporcionales de "
                "pagas extraordinarias y vacaciones",
            ],
            [
                "Pago",
                d.E("pay_frequency", "Mensual, por transferencia bancaria") + ", dentro de los "
                "cinco primeros d\u00edas del mes siguiente, con recibo de salarios",
            ],
            [
                "Descuentos",
                d.E(
                    "deductions",
                    "\u00danicamente la cotizaci\u00f3n de la persona "
                    "trabajadora a la Seguridad Social y la retenci\u00f3n del IRPF",
                )
                + " que marque la ley; "
                + d.T(
                    "la cuota sindical solo se descontar\u00e1 si la "
                    "persona trabajadora lo autoriza por escrito y puede retirar la "
                    "autorizaci\u00f3n cuando quiera",
                    "union dues only with written, revocable authorization",
                ),
            ],
        ],
    )
    d.traps.append(
        "statutory Social Security contribution and IRPF withholding are lawful "
        "deductions, not insurance_cost"
    )
    d.heading(
        "4. GASTOS \u2014 marque qui\u00e9n asume cada uno",
        size=9.5,
        fill=(214, 226, 240),
        before=1.5,
        after=0,
    )
    X, O = "\u2612", "\u2610"
    d.table(
        [
            ["Visado y tasas consulares", X, O],
            ["Billete de avi\u00f3n San Pedro Sula\u2013Madrid y traslado a Moguer", X, O],
            ["Billete de regreso a Honduras al terminar la campa\u00f1a", X, O],
            ["Alojamiento en la finca, agua y luz", X, O],
            ["Reconocimiento m\u00e9dico", X, O],
            ["Curso de prevenci\u00f3n de riesgos laborales", X, O],
            ["Guantes, botas, gorra y dem\u00e1s equipos de protecci\u00f3n", X, O],
            ["Servicio de la agencia de colocaci\u00f3n", X, O],
        ],
        widths=(126, 25, 25),
        head=["Concepto", "Empresa", "Trabajador"],
        size=9,
        head_fill=(235, 235, 235),
    )
    d.traps.append("checkbox grid: every cost ticked 'Empresa'")

    pdf.add_page()
    d.heading("5. CL\u00c1USULAS ADICIONALES", size=9.5, fill=(214, 226, 240), before=0, after=1.5)
    d.para(
        "Primera. "
        + d.T(
            "La empresa asume el pasaje de ida, el visado, el reconocimiento "
            "m\u00e9dico y el curso de prevenci\u00f3n, sin costo alguno para la persona trabajadora.",
            "'sin costo alguno' for travel, visa, medical and training",
        ),
        size=9.6,
    )
    d.para(
        "Segunda. "
        + d.E(
            "return_transportation",
            "Al finalizar la campa\u00f1a, la empresa paga "
            "el viaje de regreso hasta San Pedro Sula",
        )
        + ".",
        size=9.6,
    )
    d.para(
        "Tercera. "
        + d.T(
            "El alojamiento en la finca es gratuito y los suministros de agua y "
            "luz corren por cuenta de la empresa.",
            "free housing, utilities paid by employer",
        ),
        size=9.6,
    )
    d.para(
        "Cuarta. La selecci\u00f3n en Honduras la realiza "
        + ag
        + ", "
        + d.T(
            "cuyo servicio paga \u00edntegramente la empresa; ninguna persona, agencia ni "
            "intermediario puede cobrarle por este empleo.",
            "agency paid by the employer; nobody may charge the worker",
        ),
        size=9.6,
    )
    d.para(
        "Quinta. "
        + d.T(
            "La persona trabajadora conserva su pasaporte y su documentaci\u00f3n en todo momento.",
            "worker keeps passport",
        ),
        size=9.6,
    )
    d.para(
        "Sexta. "
        + d.T(
            "Por cada caja de fresa por encima de 60 en una jornada se abona un "
            "incentivo de 0,10 euros.",
            "per-box bonus paid to the worker, not a charge",
        ),
        size=9.6,
    )
    d.para(
        "S\u00e9ptima. Extinci\u00f3n: el contrato termina al finalizar la campa\u00f1a, por "
        "despido disciplinario conforme al Estatuto de los Trabajadores o por "
        + d.E("termination", "dimisi\u00f3n de la persona trabajadora con 15 d\u00edas de preaviso")
        + "; si la campa\u00f1a acaba antes por causas clim\u00e1ticas, la "
        "empresa abona igualmente el viaje de regreso.",
        size=9.6,
    )
    d.para(
        "La persona trabajadora declara que ha le\u00eddo este contrato en espa\u00f1ol y que ha "
        "recibido una copia firmada.",
        size=9.6,
    )
    d.para("En Moguer, a 10 de noviembre de 2026.", size=9.6, after=0)
    d.sign_block(
        ["Por la empresa:", "\u00c1lvaro Benjumea Ruiz, gerente"],
        ["La persona trabajadora:", "Yessenia Maribel Cruz Ord\u00f3\u00f1ez"],
        size=8.5,
    )
    return d


# ===========================================================================
# cx09  generic  en  Kenya -> Saudi Arabia  orientation certificate + scanned page
# ===========================================================================


def cx09():
    d = Doc(
        "cx09.pdf",
        "generic",
        "en",
        "Kenya -> Saudi Arabia (domestic worker)",
        "orientation_certificate",
        "A4; p1 framed certificate with course checklist; p2 agency terms summary grid "
        "and bulleted conditions; p3 SCANNED image-only certificate of attendance "
        "(200 dpi, rotated, blurred, noisy) repeating only the worker's name",
    )
    pdf = d.pdf
    pdf.set_margins(22, 20, 22)
    worker = "Faith Wanjiru Kamau"
    agency = d.R("Tumaini Bora Recruitment Agency Ltd.")
    pdf.add_page()
    # page 1: certificate frame
    pdf.set_draw_color(150, 110, 30)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, pdf.w - 26, pdf.h - 26)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_y(34)
    d.para(
        "NAIROBI HORIZON MIGRANT TRAINING COLLEGE",
        size=14,
        style="B",
        align="C",
        color=(150, 110, 30),
        after=0.3,
    )
    d.para(
        "Kenyatta Avenue Annex, 3rd Floor, Nairobi \u00b7 Tel. +254 20 555 0177",
        size=8.5,
        align="C",
        after=14,
    )
    d.para(
        "PRE-DEPARTURE ORIENTATION CERTIFICATE",
        size=17,
        style="B",
        align="C",
        after=10,
        family="serif",
    )
    d.para("This is to certify that", size=11, align="C", family="serif", after=4)
    d.para(d.E("worker_identity", worker), size=16, style="BI", align="C", family="serif", after=4)
    d.para(
        "ID No. 31847265, passport no. AK0918273, has completed the residential pre-departure "
        "orientation for domestic workers bound for the Kingdom of Saudi Arabia, held from "
        "3 to 14 August 2026.",
        size=10.5,
        align="C",
        family="serif",
        after=10,
    )
    d.para("Modules covered:", size=10, style="B", after=1)
    for m in [
        "Basic spoken Arabic and household vocabulary",
        "Use and care of household appliances",
        "Culture, religion and customs of the destination country",
        "Your rights and obligations under the standard employment contract",
        "Money management, remittances and saving",
        "Health, safety and what to do in an emergency",
    ]:
        d.para("\u2611  " + m, size=9.8, after=1.4, x=30)
    pdf.ln(8)
    d.para("Sponsoring agency: " + agency + ", Ngong Road, Kilimani, Nairobi.", size=9.8)
    d.para(
        d.F(
            "training_cost",
            "Course fee: KES 12,500 paid by the trainee (receipt no. NH/2026/0815).",
            12500,
            "KES",
        ),
        size=9.8,
    )
    d.para(
        d.T(
            "Accommodation and meals during the twelve-day residential course were provided at "
            "no charge.",
            "course board and lodging free",
        ),
        size=9.8,
    )
    pdf.ln(22)
    d.sign_block(
        ["Grace Atieno Odhiambo", "Principal"],
        ["Certificate No. NHMTC/PDO/2026/0915", "Issued 14 August 2026"],
        size=8.5,
        gap=8,
    )

    # page 2: terms summary
    pdf.add_page()
    pdf.set_y(20)
    d.para(agency, size=13, style="B", color=(20, 70, 120), after=0.3)
    d.para("Ngong Road, Kilimani, Nairobi \u00b7 Tel. +254 722 555 031", size=8.5, after=3)
    d.para("SUMMARY OF TERMS OF EMPLOYMENT (worker's copy)", size=12, style="B", after=2)
    d.table(
        [
            [
                "Employer (sponsor)",
                d.E(
                    "employer_identity",
                    "Mr. Nasser Abdulrahman Al-Harbi, "
                    "building 14, Othman bin Affan Road, Al-Narjis District, Riyadh",
                )
                + ", Kingdom of Saudi Arabia",
            ],
            ["Worker", worker],
            [
                "Position",
                d.E(
                    "job_duties",
                    "Domestic worker: cleaning, laundry, cooking and care of two "
                    "school-age children",
                ),
            ],
            [
                "Place of work",
                d.E("work_location", "Sponsor's residence in Al-Narjis District, Riyadh"),
            ],
            [
                "Contract period",
                "24 months, " + d.E("employment_period", "1 September 2026 to 31 August 2028"),
            ],
            ["Monthly salary", d.E("wage_rate", "SAR 1,500 per month")],
            ["Payment", d.E("pay_frequency", "Monthly, by transfer to the worker's own bank card")],
            [
                "Return ticket",
                d.E("return_transportation", "Paid by the sponsor at the end of the contract"),
            ],
            [
                "Early termination",
                d.E(
                    "termination",
                    "If the sponsor ends the contract early without "
                    "a valid reason, the sponsor pays the return ticket and all "
                    "salary due",
                ),
            ],
        ],
        widths=(40, 126),
        size=9.3,
        bold_first=True,
        head=None,
    )
    d.heading("Other conditions", size=10.5)
    d.bullets(
        [
            d.T(
                "The visa, the residence permit, the air ticket to Riyadh and the agency's fees are "
                "paid by the sponsor.",
                "visa, permit, ticket and agency fees paid by the sponsor",
            ),
            d.F(
                "medical_cost",
                "The GCC-approved medical fitness test costs KES 10 500 and is paid by "
                "the candidate; it is not refunded if the result is unfit.",
                10500,
                "KES",
            ),
            d.F(
                "movement_restriction",
                "The worker shall not leave the sponsor's house unless "
                "accompanied by a member of the family.",
            ),
            d.F(
                "wage_withholding",
                "The sponsor keeps back two weeks' wages every six months, to be "
                "paid in one sum on completion of the 24-month contract.",
            ),
            d.T("The worker keeps her own passport and mobile phone.", "worker keeps passport"),
        ],
        size=9.5,
    )
    d.para("I confirm that these terms were explained to me in English and Kiswahili.", size=9.5)
    d.sign_block(["Worker: " + worker], ["For the agency: Peter Mwangi Njoroge"], size=8.5, gap=12)

    # page 3: scanned certificate of attendance (image only)
    def draw(img, dpi):
        dr = ImageDraw.Draw(img)
        W, H = img.size

        def px(mm):
            return round(mm / 25.4 * dpi)

        dr.rectangle([px(14), px(14), W - px(14), H - px(14)], outline=60, width=px(1.0))
        dr.rectangle([px(17), px(17), W - px(17), H - px(17)], outline=110, width=px(0.35))
        lines = []

        def center(text, y_mm, font):
            tw = dr.textlength(text, font=font)
            dr.text(((W - tw) / 2, px(y_mm)), text, fill=25, font=font)
            lines.append(text)

        center("NAIROBI HORIZON MIGRANT TRAINING COLLEGE", 34, pil_font("DejaVuSans-Bold", 15, dpi))
        center("CERTIFICATE OF ATTENDANCE", 58, pil_font("DejaVuSerif-Bold", 22, dpi))
        center("awarded to", 82, pil_font("DejaVuSerif", 12, dpi))
        center(worker, 96, pil_font("DejaVuSerif-BoldItalic", 20, dpi))
        f = pil_font("DejaVuSerif", 12, dpi)
        center("for attending all sessions of the residential", 122, f)
        center("pre-departure orientation course", 131, f)
        center("Nairobi, August 2026", 148, f)
        # signature squiggle
        pts = [
            (px(40 + i * 0.8), px(205 + 4 * math.sin(i / 3.0) + 2 * math.sin(i / 1.3)))
            for i in range(70)
        ]
        dr.line(pts, fill=30, width=px(0.5))
        dr.line([px(36), px(214), px(100), px(214)], fill=60, width=px(0.3))
        dr.text((px(48), px(217)), "Principal", fill=40, font=pil_font("DejaVuSans", 10, dpi))
        # round stamp
        cx, cy, r = px(150), px(205), px(22)
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=80, width=px(0.8))
        dr.ellipse(
            [cx - r + px(4), cy - r + px(4), cx + r - px(4), cy + r - px(4)],
            outline=80,
            width=px(0.5),
        )
        sf = pil_font("DejaVuSans-Bold", 8, dpi)
        for k, t in enumerate(["NHMTC", "* NAIROBI *"]):
            tw = dr.textlength(t, font=sf)
            dr.text((cx - tw / 2, cy - px(5) + k * px(6)), t, fill=80, font=sf)
        lines.extend(["Principal", "NHMTC", "* NAIROBI *"])
        return lines

    d.scanned_page(draw, seed=90913, dpi=200, angle=0.85)
    return d


# ===========================================================================
# cx10  generic  en  India -> UK care worker  offer letter  3 findings
# ===========================================================================


def cx10():
    d = Doc(
        "cx10.pdf",
        "generic",
        "en",
        "India -> United Kingdom (care worker)",
        "offer_letter",
        "A4 letter; letterhead with rule; address block; key-terms table with light "
        "horizontal rules; prose cost paragraphs; acceptance checkbox and signature",
    )
    pdf = d.pdf
    pdf.set_margins(22, 16, 22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("sans", "", 7)
        p.set_text_color(110, 110, 110)
        p.multi_cell(
            0,
            3.4,
            "Heatherbrook Home Care Ltd \u00b7 registered in England and Wales "
            "no. 10928374 \u00b7 registered office as above \u00b7 page %d of {nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    d.para("Heatherbrook Home Care Ltd", size=17, style="B", color=(96, 40, 110), after=0.3)
    d.para(
        "Unit 4, Millbrook Enterprise Park, Loughborough LE11 9ZX \u00b7 01632 960418 \u00b7 "
        "recruitment@heatherbrook.example",
        size=8.5,
        after=0.5,
    )
    pdf.set_draw_color(96, 40, 110)
    pdf.set_line_width(0.6)
    pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    d.para("14 October 2026", size=10)
    d.para(
        d.E("worker_identity", "Ms. Anjali Mariam Thomas") + "\nThekkekara House, "
        "Kuravilangad\nKottayam, Kerala 686633, India",
        size=10,
        lh=4.8,
        after=3,
    )
    d.para("Conditional offer of employment: Care Worker", size=11.5, style="B")
    d.para("Dear Ms. Thomas,", size=10)
    d.para(
        "Following your video interview arranged by "
        + d.R("Malabar Horizon Overseas Careers Pvt. Ltd.")
        + ", Kochi, we are pleased to offer "
        "you employment as a Care Worker, subject to a Skilled Worker visa being granted and "
        "satisfactory references. "
        + d.T(
            "We pay Malabar Horizon's introduction fee; you should not have paid them anything.",
            "agency introduction fee paid by the employer",
        ),
        size=10,
        lh=4.9,
    )
    d.table(
        [
            [
                "Employer",
                d.E(
                    "employer_identity",
                    "Heatherbrook Home Care Ltd, Unit 4, Millbrook "
                    "Enterprise Park, Loughborough LE11 9ZX",
                ),
            ],
            [
                "Job title",
                d.E(
                    "job_duties",
                    "Care Worker: personal care and support visits to clients "
                    "in their own homes, medication prompts, meal preparation and care "
                    "records",
                ),
            ],
            [
                "Place of work",
                d.E("work_location", "Clients' homes in Loughborough, Shepshed and nearby villages")
                + ", reporting to our Loughborough office",
            ],
            [
                "Start and term",
                d.E("employment_period", "Start 1 March 2027; fixed term ending 28 February 2030"),
            ],
            [
                "Hours",
                d.E("hours_of_work", "37.5 hours per week") + " on a rota that includes "
                "alternate weekends",
            ],
            [
                "Pay",
                d.E("wage_rate", "\u00a312.82 per hour")
                + "; "
                + d.T("mileage between visits reimbursed at 45p per mile", "mileage reimbursement"),
            ],
            ["Pay date", d.E("pay_frequency", "Monthly, on the last working day of the month")],
            [
                "Notice",
                d.E("termination", "Four weeks by either party after probation") + "; one week "
                "during the six-month probation",
            ],
        ],
        widths=(34, 132),
        size=9.3,
        bold_first=True,
        head=None,
        borders="HORIZONTAL_LINES",
    )
    d.heading("Deductions from pay", size=10.5)
    d.para(
        d.E(
            "deductions",
            "Income tax and National Insurance under PAYE, workplace pension "
            "contributions unless you opt out",
        )
        + ", and the accommodation charge described below.",
        size=10,
        lh=4.9,
    )
    d.traps.append("PAYE tax, National Insurance and auto-enrolment pension are lawful deductions")
    d.heading("Costs of your move", size=10.5)
    d.para(
        d.T(
            "The Company pays for your Certificate of Sponsorship, the Immigration Skills "
            "Charge, your DBS check and your Care Certificate training.",
            "sponsorship, skills charge, DBS and training paid by the employer",
        )
        + " "
        + d.F(
            "visa_cost",
            "You are responsible for the visa application fee of \u00a3769 and it "
            "will not be refunded.",
            769,
            "GBP",
        ),
        size=10,
        lh=4.9,
    )
    d.para(
        d.F(
            "housing_charge",
            "For your first six months you will live in a shared house "
            "arranged by the Company, and \u00a3110 per week will be deducted from your pay for "
            "rent and bills.",
            110,
            "GBP",
        )
        + " "
        + d.T(
            "Two uniforms and all personal protective equipment are provided free.",
            "uniforms and PPE free",
        ),
        size=10,
        lh=4.9,
    )
    d.para(
        "Your retention agreement is set out in Schedule 1 and forms part of this offer. "
        "Please confirm your acceptance by signing Schedule 1 and returning a scanned copy to "
        "recruitment@heatherbrook.example.",
        size=10,
        lh=4.9,
    )
    d.para("Yours sincerely,", size=10, after=8)
    d.para("Gareth Pennington\nRegistered Manager", size=10, lh=4.8, after=5)
    pdf.add_page()
    d.para("Schedule 1 \u2014 Retention agreement", size=12, style="B", after=2)
    d.para(
        "The Company invests in your sponsorship, travel arrangements and induction. In return "
        "you agree to the following.",
        size=10,
        lh=4.9,
    )
    d.para(
        "1. "
        + d.F(
            "breach_penalty",
            "If you leave the Company within three years of your "
            "start date, you agree to repay a retention charge of \u00a34,800, reduced by "
            "\u00a3400 for each completed three months of service.",
            4800,
            "GBP",
        ),
        size=10,
        lh=4.9,
    )
    d.para(
        "2. The charge is payable within 30 days of your last day and may be deducted from "
        "your final pay.",
        size=10,
        lh=4.9,
    )
    rows = [["%d\u2013%d" % (q * 3, q * 3 + 2), f"\u00a3{4800 - q * 400:,}"] for q in range(12)]
    rows.append(["36 or more", "nothing"])
    d.table(
        rows,
        widths=(60, 50),
        head=["Months of service completed", "Amount to repay"],
        size=9,
        align="CENTER",
        lh=4.1,
    )
    d.para(
        "3. Nothing in this schedule affects your right to resign by giving notice.",
        size=10,
        lh=4.9,
    )
    d.para("\u2610  I accept this offer on the terms above, including Schedule 1.", size=10)
    d.sign_block(["Signed: Anjali Mariam Thomas"], ["Date:"], size=9, gap=12)
    return d


# ===========================================================================
# cx11  generic  en  Vietnam -> Japan  agency service agreement  4 findings
# ===========================================================================


def cx11():
    d = Doc(
        "cx11.pdf",
        "generic",
        "en",
        "Vietnam -> Japan (technical intern)",
        "agency_service_agreement",
        "A4 legal; national motto heading; contract number; articles with bold titles; "
        "working-conditions grid; payment schedule table; signature columns with seal "
        "placeholder",
        family="serif",
    )
    pdf = d.pdf
    pdf.set_margins(22, 16, 22)

    def ftr(p):
        p.set_y(-12)
        p.set_font("serif", "I", 7.5)
        p.cell(0, 4, "Contract No. 0347/2026/SVC-JP \u2014 %d/{nb}" % p.page_no(), align="C")

    pdf.ftr = ftr
    pdf.add_page()
    d.para(
        "SOCIALIST REPUBLIC OF VIETNAM\nIndependence \u2013 Freedom \u2013 Happiness",
        size=10.5,
        style="B",
        align="C",
        lh=5,
        after=0.5,
    )
    d.para("\u2014\u2014\u2014\u2014\u2014\u2014", size=9, align="C", after=3)
    d.para(
        "CONTRACT FOR SERVICES OF SENDING TECHNICAL INTERN TRAINEES TO JAPAN",
        size=12.5,
        style="B",
        align="C",
        after=0.5,
    )
    d.para("No. 0347/2026/SVC-JP", size=9.5, align="C", after=3)
    sl = d.R("Song Lam Human Resources Joint Stock Company")
    d.para(
        "Party A (the Company): " + sl + " (Song Lam HR JSC), licence no. 219/LDTBXH-GP, "
        "45 Tran Phu Street, Vinh City, Nghe An Province; represented by Mr. Le Quang Vinh, "
        "Director.",
        size=9.8,
    )
    d.para(
        "Party B (the Trainee): " + d.E("worker_identity", "Mr. Phan Duc Thinh") + ", born 12 "
        "May 2003, citizen ID no. 040203009871, Hamlet 6, Dien Chau District, Nghe An "
        "Province.",
        size=9.8,
        after=2.5,
    )

    def art(title, text):
        d.para(title, size=10, style="B", after=0.6)
        d.para(text, size=9.8, lh=4.7)

    art(
        "Article 1. Receiving company, occupation and place",
        "Receiving company: "
        + d.E(
            "employer_identity",
            "Setouchi Precision Castings Co., Ltd., "
            "2-8-14 Mizushima Kaigan-dori, Kurashiki-shi, Okayama 712-8074, Japan",
        )
        + ". Occupation: "
        + d.E(
            "job_duties",
            "casting finishing: grinding and deburring cast iron parts, visual "
            "inspection and packing",
        )
        + ". Place of work: "
        + d.E("work_location", "the receiving company's factory in Kurashiki, Okayama Prefecture")
        + ".",
    )
    art(
        "Article 2. Duration",
        "Three years of technical intern training, "
        + d.E("employment_period", "expected from 1 April 2027 to 31 March 2030")
        + ", counted from the date of entry into Japan.",
    )
    d.para("Article 3. Working conditions in Japan", size=10, style="B", after=0.6)
    d.table(
        [
            [
                "Working hours",
                "According to the work rules of the receiving company and Japanese labour law",
            ],
            [
                "Basic wage",
                d.E("wage_rate", "JPY 178,000 per month")
                + ", "
                + d.E("pay_frequency", "paid on the 25th of each month by bank transfer"),
            ],
            [
                "Deductions",
                d.E(
                    "deductions",
                    "Income tax, resident tax and social insurance "
                    "(health, pension, employment) as required by Japanese law",
                ),
            ],
            [
                "Dormitory",
                d.T("Provided by the receiving company at no charge", "dormitory at no charge"),
            ],
            [
                "Air travel",
                d.T(
                    "Airfare to Japan paid by the receiving company",
                    "inbound airfare paid by the receiving company",
                )
                + "; "
                + d.E(
                    "return_transportation",
                    "return airfare to Vietnam at the end of the "
                    "program also paid by the receiving company",
                ),
            ],
        ],
        widths=(40, 126),
        size=9.2,
        bold_first=True,
        head=None,
        family="serif",
    )
    d.traps.append("employment insurance / social insurance are statutory deductions")
    d.traps.append(
        "'Working hours: according to the work rules' has no concrete value (hours_of_work missing)"
    )
    pdf.add_page()
    art(
        "Article 4. Service fee and training",
        d.F(
            "recruitment_fee",
            "The Trainee pays the Company a service fee of USD 3,600 (three "
            "thousand six hundred US dollars) for the full three-year program.",
            3600,
            "USD",
        )
        + " "
        + d.F(
            "training_cost",
            "Before departure the Trainee attends a six-month Japanese language "
            "and work-culture course at the Company's training centre in Vinh and pays VND "
            "18,500,000 for tuition and materials.",
            18500000,
            "VND",
        )
        + " "
        + d.T(
            "The Certificate of Eligibility, the visa and the health check in Japan are paid by "
            "the receiving company.",
            "COE, visa and health check paid by receiving company",
        )
        + " "
        + d.T(
            "Accident insurance for the Trainee in Japan is paid by the supervising organisation.",
            "insurance paid by the supervising organisation",
        ),
    )
    art(
        "Article 5. Deposit",
        d.F(
            "deposit_or_bond",
            "To secure the performance of this contract, the Trainee deposits "
            "VND 70,000,000 (seventy million dong) with the Company, refundable without interest "
            "after the Trainee returns to Vietnam on schedule.",
            70000000,
            "VND",
        )
        + " "
        + d.F(
            "breach_penalty",
            "If the Trainee leaves the receiving company without permission or "
            "stays in Japan illegally, the deposit is forfeited and the Trainee shall also pay the "
            "Company compensation of USD 2,000.",
            2000,
            "USD",
        ),
    )
    d.para("Payment schedule", size=10, style="B", after=0.8)
    d.table(
        [
            ["1", "Service fee, first half", "On signing this contract", "USD 1,800"],
            ["2", "Training course", "Before the course starts", "VND 18,500,000"],
            ["3", "Deposit", "Before the visa application", "VND 70,000,000"],
            ["4", "Service fee, second half", "Before departure", "USD 1,800"],
        ],
        widths=(10, 52, 60, 44),
        head=["No.", "Item", "Due", "Amount"],
        size=9,
        family="serif",
    )
    art(
        "Article 6. Commitments",
        "The Company keeps the Trainee informed of the training plan and assists the Trainee and "
        "the family in case of accident or illness in Japan. The Trainee follows the training "
        "plan and the laws of Japan.",
    )
    art(
        "Article 7. Disputes",
        "Disputes are settled first by negotiation and, failing that, by the competent People's "
        "Court of Nghe An Province.",
    )
    d.para(
        "This contract is made in two copies in Vietnamese and English of equal value; each "
        "party keeps one copy. Vinh City, 21 October 2026.",
        size=9.8,
    )
    d.sign_block(
        ["PARTY A", "(signature and seal)", "Le Quang Vinh, Director"],
        ["PARTY B", "(signature)", "Phan Duc Thinh"],
        size=9,
        gap=8,
        line_w=60,
    )
    return d


# ===========================================================================
# cx12  generic  es  Guatemala -> Canada  fee receipt + information sheet  3 findings
# ===========================================================================


def cx12():
    d = Doc(
        "cx12.pdf",
        "generic",
        "es",
        "Guatemala -> Canada (greenhouse)",
        "fee_receipt",
        "A4; p1 cash receipt in a ruled box with folio, amount in figures and words, "
        "stamp text and footnote; p2 information sheet with label/value lines and bullets",
    )
    pdf = d.pdf
    pdf.set_margins(20, 18, 20)
    ag = d.R("Agencia de Empleos Horizonte Quetzal")
    lic = d.R("Byron Estuardo Cifuentes Say")
    pdf.add_page()
    d.para(ag, size=15, style="B", color=(20, 80, 140), after=0.3)
    d.para(
        "4a. Avenida 3-17, Zona 1, Quetzaltenango \u00b7 Tel. y WhatsApp +502 5555 0142",
        size=8.5,
        after=4,
    )
    yb = pdf.get_y()
    d.font(12, "B", "mono")
    pdf.set_xy(26, yb + 3)
    pdf.cell(80, 6, "RECIBO DE CAJA")
    pdf.set_text_color(170, 30, 30)
    pdf.set_xy(pdf.w - 26 - 50, yb + 3)
    pdf.cell(50, 6, "No. 000318", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(26, yb + 12)
    pdf.set_left_margin(26)
    pdf.set_right_margin(26)
    d.para("Lugar y fecha: Quetzaltenango, 16 de noviembre de 2026", size=10, after=2)
    d.para(
        d.F(
            "recruitment_fee",
            "Recibimos del se\u00f1or Edwin Rolando Xiloj Chay la cantidad "
            "de TRES MIL QUETZALES EXACTOS (Q3,000.00) para apartar su lugar en el grupo que "
            "viaja a Canad\u00e1 en marzo.",
            3000,
            "GTQ",
        ),
        size=10.5,
        lh=5.4,
        after=2,
    )
    d.para(
        d.F(
            "insurance_cost",
            "Seguro m\u00e9dico de viaje y repatriaci\u00f3n, obligatorio para "
            "viajar: Q 950, que el interesado paga en la agencia.",
            950,
            "GTQ",
        ),
        size=10.5,
        lh=5.4,
        after=2,
    )
    d.table(
        [
            ["Reserva de lugar en el grupo", "Q3,000.00"],
            ["Seguro de viaje y repatriaci\u00f3n", "Q950.00 (pendiente)"],
            ["Total recibido hoy", "Q3,000.00"],
        ],
        widths=(100, 50),
        head=["Concepto", "Monto"],
        size=9.5,
        head_fill=(215, 230, 245),
    )
    d.para("Efectivo \u2612    Dep\u00f3sito bancario \u2610", size=10, after=3)
    d.para("Recibi\u00f3: Lic. " + lic + ", asesor de reclutamiento", size=10, after=2)
    ys = pdf.get_y() + 2
    pdf.set_draw_color(160, 40, 40)
    pdf.set_text_color(160, 40, 40)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.w - 82, ys, 50, 15)
    pdf.set_line_width(0.2)
    d.font(10, "B")
    pdf.set_xy(pdf.w - 82, ys + 2)
    pdf.cell(50, 5, "PAGADO", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    d.font(7.5)
    pdf.cell(50, 4, "16 NOV 2026", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    y1 = ys + 19
    pdf.set_left_margin(20)
    pdf.set_right_margin(20)
    pdf.set_draw_color(20, 80, 140)
    pdf.set_line_width(0.5)
    pdf.rect(22, yb, pdf.w - 44, y1 - yb)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(20, y1 + 3)
    d.para(
        "* Conserve este recibo; sin \u00e9l no se puede continuar el tr\u00e1mite.",
        size=8.5,
        style="I",
        color=(90, 90, 90),
    )
    d.para(
        d.T(
            "El permiso de trabajo no tiene costo para usted: lo tramita y lo paga el empleador.",
            "work permit paid by the employer (no tiene costo)",
        ),
        size=9.5,
        after=6,
    )
    d.heading("Para completar su expediente traiga:", size=10.5, color=(20, 80, 140))
    d.bullets(
        [
            "Fotocopia de su DPI, de ambos lados.",
            "Dos fotograf\u00edas tama\u00f1o c\u00e9dula.",
            "Una carta de recomendaci\u00f3n de su \u00faltimo patrono o de su comunidad.",
            "Este recibo, para presentarlo el d\u00eda de la reuni\u00f3n del grupo.",
        ],
        size=9.5,
    )

    pdf.add_page()
    d.para(
        "CONDICIONES DEL TRABAJO EN CANAD\u00c1", size=14, style="B", color=(20, 80, 140), after=0.3
    )
    d.para(
        "Hoja informativa para el grupo de marzo de 2027 \u2014 invernadero",
        size=9.5,
        color=(90, 90, 90),
        after=4,
    )

    def line(label, value):
        d.font(10, "B")
        pdf.cell(42, 5.2, label)
        d.para(value, size=10, lh=5.2, x=pdf.l_margin + 42, w=pdf.epw - 42, after=1.5)

    line(
        "Empleador:",
        d.E(
            "employer_identity",
            "Lakeshore Bay Greenhouses Ltd., 1877 County Road "
            "20 West, Kingsville, Ontario N9Y 2E5, Canad\u00e1",
        ),
    )
    line("Trabajador:", d.E("worker_identity", "Edwin Rolando Xiloj Chay"))
    line(
        "Trabajo:",
        d.E("job_duties", "cosecha de pepino y tomate, deshoje y empaque en invernadero"),
    )
    line("Lugar:", d.E("work_location", "invernaderos de la empresa en Kingsville, Ontario"))
    line("Per\u00edodo:", d.E("employment_period", "del 16 de marzo al 20 de noviembre de 2027"))
    line("Salario:", d.E("wage_rate", "17.60 d\u00f3lares canadienses por hora"))
    line("Pago:", d.E("pay_frequency", "cada dos semanas, por dep\u00f3sito en cuenta"))
    line(
        "Descuentos:",
        d.E(
            "deductions",
            "impuesto sobre la renta, Seguro de Empleo (EI) y Plan de "
            "Pensiones de Canad\u00e1 (CPP)",
        )
        + ", como manda la ley canadiense",
    )
    d.traps.append("'Seguro de Empleo (EI)' and CPP are statutory deductions, not insurance_cost")
    pdf.ln(2)
    d.heading("Lo que debe saber", size=11, color=(20, 80, 140))
    d.bullets(
        [
            d.T("La vivienda es gratuita y la provee el empleador.", "free housing"),
            d.T(
                "El boleto de avi\u00f3n de ida lo paga el empleador.",
                "outbound flight paid by employer",
            ),
            d.F(
                "meal_charge",
                "Alimentaci\u00f3n: la finca contrata una cocinera y a cada trabajador se "
                "le descuentan 70 d\u00f3lares canadienses por semana por las comidas.",
                70,
                "CAD",
            ),
            "Lleve ropa de trabajo, chumpa y botas c\u00f3modas.",
            "Cualquier duda, escriba al WhatsApp de la agencia.",
        ],
        size=10,
    )
    return d


# ===========================================================================
# verification


def page_views(page):
    """Candidate reading orders of one page: full text, flow, column crops, table cells."""
    views = []
    views.append(norm(page.extract_text() or ""))
    try:
        views.append(norm(page.extract_text(use_text_flow=True) or ""))
    except Exception:
        pass
    w, h = page.width, page.height
    for frac in (0.5, 0.48, 0.52):
        left = norm(page.crop((0, 0, w * frac, h)).extract_text() or "")
        right = norm(page.crop((w * frac, 0, w, h)).extract_text() or "")
        views.append(left + " " + right)
    try:
        cells = []
        for tb in page.extract_tables():
            for row in tb:
                for c in row:
                    if c:
                        cells.append(norm(c))
        views.append(" | ".join(cells))
    except Exception:
        pass
    return views


DOCS = [cx01, cx02, cx03, cx04, cx05, cx06, cx07, cx08, cx09, cx10, cx11, cx12]


def label_of(d, pages):
    evid = set(d.evidence)
    missing = [t for t in REQUIRED[d.program] if t not in evid]
    return {
        "file": d.file,
        "program": d.program,
        "language": d.language,
        "scanned": bool(d.scanned_pages),
        "pages": pages,
        "fees": d.fees,
        "missing_terms": missing,
        "recruiters": d.recruiters,
        "traps": d.traps,
        "doc_type": d.doc_type,
        "layout": d.layout,
    }


def check_doc(path, d, lab, errors):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        if n != lab["pages"] or not 1 <= n <= 4:
            errors.append("%s: %d pages (label %d, allowed 1-4)" % (d.file, n, lab["pages"]))
        views = [page_views(p) for p in pdf.pages]
        for i, p in enumerate(pdf.pages, 1):
            has_text = bool(p.chars)
            if i in d.scanned_pages:
                if has_text:
                    errors.append("%s: scanned page %d has a text layer" % (d.file, i))
                if len(p.images) != 1:
                    errors.append("%s: scanned page %d has %d images" % (d.file, i, len(p.images)))
            elif not has_text:
                errors.append("%s: page %d has no text layer" % (d.file, i))
    alltext = " ".join(v for pv in views for v in pv)
    for f in lab["fees"]:
        q = norm(f["quote"])
        pg = f["page"]
        if not pg or pg > len(views) or not any(q in v for v in views[pg - 1]):
            where = [i + 1 for i, pv in enumerate(views) if any(q in v for v in pv)]
            errors.append(
                "%s: quote not on page %s (found on %s): %s" % (d.file, pg, where, q[:70])
            )
        if pg in d.scanned_pages:
            errors.append("%s: finding labelled on scanned page: %s" % (d.file, q[:60]))
        if not re.search(r"[.!?]$", q):
            errors.append("%s: quote is not a full sentence: %s" % (d.file, q[:60]))
        if f["category"] not in CATEGORIES:
            errors.append("%s: bad category %s" % (d.file, f["category"]))
        if f["severity"] not in ("violation", "review"):
            errors.append("%s: bad severity %s" % (d.file, f["severity"]))
        if (f["amount"] is None) != (f["currency"] is None):
            errors.append("%s: amount/currency mismatch: %s" % (d.file, q[:60]))
    for r in lab["recruiters"]:
        if norm(r) not in alltext:
            errors.append("%s: recruiter not in text: %s" % (d.file, r))
    for term, ev in d.evidence.items():
        if ev not in alltext:
            errors.append("%s: evidence for %s not in text: %s" % (d.file, term, ev[:70]))
    for t in lab["missing_terms"]:
        if t not in REQUIRED[d.program]:
            errors.append("%s: missing term %s not required" % (d.file, t))
    # the scanned page must hold no fee and no term that is not also on a text page
    if d.scanned_pages:
        text_pages = " ".join(
            v for i, pv in enumerate(views, 1) if i not in d.scanned_pages for v in pv
        )
        for ln in d.scan_source:
            for f in lab["fees"]:
                if norm(ln) and norm(ln) in f["quote"] and len(norm(ln)) > 12:
                    errors.append("%s: scanned text overlaps a finding: %s" % (d.file, ln))
        for ev in d.evidence.values():
            for ln in d.scan_source:
                if ev in norm(ln) and ev not in text_pages:
                    errors.append("%s: term only on the scanned page: %s" % (d.file, ev))
        if d.scan_dpi < 200:
            errors.append("%s: scan below 200 dpi" % d.file)


def check_batch(labels, docs, errors):
    if [l["file"] for l in labels] != ["cx%02d.pdf" % i for i in range(1, 13)]:
        errors.append("batch: files are not cx01..cx12")
    progs = {l["program"] for l in labels}
    if progs != set(PROGRAMS):
        errors.append("batch: programs %s" % sorted(progs))
    if sum(l["program"] in ("h2a", "h2b") for l in labels) < 2:
        errors.append("batch: fewer than 2 US H-2 documents")
    langs = {l["language"] for l in labels}
    if not {"en", "es", "en+es"} <= langs or not langs <= {"en", "es", "en+es"}:
        errors.append("batch: languages %s" % sorted(langs))
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        errors.append("batch: only %d compliant documents" % len(compliant))
    scanned = [l for l in labels if l["scanned"]]
    if (
        len(scanned) != 1
        or len([d for d in docs if d.scanned_pages]) != 1
        or len([d for d in docs if d.scanned_pages][0].scanned_pages) != 1
    ):
        errors.append("batch: exactly one document with one scanned page required")
    for l, d in zip(labels, docs):
        if l["fees"]:
            groups = set()
            n = 0
            for f in l["fees"]:
                if "group" in f:
                    if f["group"] in groups:
                        continue
                    groups.add(f["group"])
                n += 1
            if not 1 <= n <= 5:
                errors.append("%s: %d findings (1-5 allowed)" % (l["file"], n))
        for f in l["fees"]:
            passport = "passport" in f["quote"].lower() or "pasaporte" in f["quote"].lower()
            want = severity(f["category"], l["program"], passport and f["category"] == "visa_cost")
            if f["severity"] != want:
                errors.append(
                    "%s: severity %s for %s, taxonomy says %s"
                    % (l["file"], f["severity"], f["category"], want)
                )
        if not l["fees"] and l["missing_terms"]:
            pass
        if d.scanned_pages and not l["scanned"]:
            errors.append("%s: scanned flag" % l["file"])


def build(out_dir, write_labels=False):
    t0 = time.time()
    os.makedirs(out_dir, exist_ok=True)
    errors = []
    labels, docs = [], []
    for fn in DOCS:
        d = fn()
        data = d.output()
        again = fn().output()
        if data != again:
            errors.append("%s: two renderings differ (non-deterministic)" % d.file)
        path = os.path.join(out_dir, d.file)
        with open(path, "wb") as fh:
            fh.write(data)
        lab = label_of(d, d.pdf.page_no())
        labels.append(lab)
        docs.append(d)
        check_doc(path, d, lab, errors)
    check_batch(labels, docs, errors)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", committed)
    else:
        old = open(committed, encoding="utf-8").read() if os.path.exists(committed) else None
        if old != text:
            errors.append(
                "generated labels differ from the committed labels.json "
                "(run with --write-labels after reviewing)"
            )
    for l in labels:
        ncl = len({f.get("group", ("x", i)) for i, f in enumerate(l["fees"])})
        print(
            "%-9s %-7s %-5s pages=%d findings=%d missing=%d%s"
            % (
                l["file"],
                l["program"],
                l["language"],
                l["pages"],
                ncl,
                len(l["missing_terms"]),
                " scanned" if l["scanned"] else "",
            )
        )
    for e in errors:
        print("FAIL", e)
    print("%d documents, %d errors, %.1f s" % (len(labels), len(errors), time.time() - t0))
    return 1 if errors else 0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1 or any(a not in ("--write-labels",) for a in argv if a.startswith("--")):
        print(__doc__)
        return 2
    return build(args[0], write_labels="--write-labels" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
