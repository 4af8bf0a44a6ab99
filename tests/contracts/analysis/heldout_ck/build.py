#!/usr/bin/env python3
"""heldout_ck: blind labelled batch of 12 recruitment documents (other corridors).

    python build.py OUT_DIR

writes ck01.pdf ... ck12.pdf and labels.json into OUT_DIR (deterministic: fixed
creation date, fixed seeds), then re-opens every PDF with pdfplumber and checks page
counts, fee quotes (verbatim, whitespace-normalised, on the labelled page), recruiter
names, the evidence for every term counted as present, and that the scanned page has no
text layer. Finally it compares the generated labels with the committed labels.json next
to this file (if present). Any failure -> exit status 1.

Every firm, person and address in these documents is invented.
"""

import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CREATED = datetime.datetime(2027, 1, 18, 9, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------- taxonomy tables
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
TERMS = [  # taxonomy order, with the programs that require each term
    ("employer_identity", "h2a h2b generic"),
    ("worker_identity", "generic"),
    ("job_duties", "h2a h2b generic"),
    ("work_location", "h2a h2b generic"),
    ("employment_period", "h2a h2b generic"),
    ("hours_of_work", "h2a h2b generic"),
    ("wage_rate", "h2a h2b generic"),
    ("wage_adjustment", "h2a h2b"),
    ("overtime", "h2b"),
    ("pay_frequency", "h2a h2b generic"),
    ("deductions", "h2a h2b generic"),
    ("three_fourths_guarantee", "h2a h2b"),
    ("housing", "h2a"),
    ("meals", "h2a"),
    ("inbound_transportation", "h2a h2b"),
    ("return_transportation", "h2a h2b generic"),
    ("daily_transportation", "h2a"),
    ("visa_reimbursement", "h2b"),
    ("tools_provided", "h2a h2b"),
    ("workers_compensation", "h2a"),
    ("earnings_statements", "h2a h2b"),
    ("termination", "h2a h2b generic"),
    ("contract_impossibility", "h2a h2b"),
    ("job_requirements", "h2a h2b"),
]
REQUIRED = {p: [t for t, progs in TERMS if p in progs.split()] for p in ("h2a", "h2b", "generic")}


def severity(program, category, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


# ---------------------------------------------------------------- fonts
HAVE_DEJAVU = all(
    os.path.exists(os.path.join(FONT_DIR, f))
    for f in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansMono.ttf",
    )
)
CORE = {"sans": "helvetica", "serif": "times", "cond": "helvetica", "mono": "courier"}
LATIN1_MAP = {
    "\u2013": "-",
    "\u2014": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u2713": "v",
    "\u20ac": "EUR",
    "\u2022": "*",
}


def pil_font(name, px):
    path = os.path.join(FONT_DIR, name)
    if os.path.exists(path):
        return ImageFont.truetype(path, px)
    return ImageFont.load_default()


# ---------------------------------------------------------------- document class
class Doc(FPDF):
    def __init__(
        self, file, program, language, doc_type, layout, fmt="A4", margins=(18, 16, 18), bottom=18
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.meta = dict(
            file=file, program=program, language=language, doc_type=doc_type, layout=layout
        )
        self.fees, self.present, self.recruiters, self.traps = [], {}, [], []
        self.scanned_pages = set()
        self.hdr = self.ftr = None
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(CREATED)
        self.set_creator("heldout_ck build.py")
        self.set_producer("fpdf2")
        self.alias_nb_pages("{nb}")
        self._faces = set()

    # -- text helpers
    def t(self, s):
        if HAVE_DEJAVU:
            return s
        for a, b in LATIN1_MAP.items():
            s = s.replace(a, b)
        return s.encode("latin-1", "replace").decode("latin-1")

    FACES = {
        ("sans", ""): "DejaVuSans.ttf",
        ("sans", "B"): "DejaVuSans-Bold.ttf",
        ("sans", "I"): "DejaVuSans-Oblique.ttf",
        ("sans", "BI"): "DejaVuSans-BoldOblique.ttf",
        ("serif", ""): "DejaVuSerif.ttf",
        ("serif", "B"): "DejaVuSerif-Bold.ttf",
        ("serif", "I"): "DejaVuSerif-Italic.ttf",
        ("serif", "BI"): "DejaVuSerif-BoldItalic.ttf",
        ("cond", ""): "DejaVuSansCondensed.ttf",
        ("cond", "B"): "DejaVuSansCondensed-Bold.ttf",
        ("cond", "I"): "DejaVuSansCondensed-Oblique.ttf",
        ("cond", "BI"): "DejaVuSansCondensed-BoldOblique.ttf",
        ("mono", ""): "DejaVuSansMono.ttf",
    }

    def _ensure_family(self, fam):
        """Register a DejaVu family (all its styles, as markdown runs may switch style) on first use."""
        if fam in self._faces:
            return
        self._faces.add(fam)
        for (f, style), fn in self.FACES.items():
            path = os.path.join(FONT_DIR, fn)
            if f == fam and os.path.exists(path):
                self.add_font(fam, style, path)

    def font(self, fam="sans", style="", size=10):
        if not HAVE_DEJAVU:
            fam = CORE[fam]
        else:
            self._ensure_family(fam)
        self.set_font(fam, style, size)

    def header(self):
        if self.hdr and self.page_no() not in self.scanned_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.scanned_pages:
            self.ftr(self)

    def p(
        self,
        text,
        size=10,
        style="",
        fam="sans",
        lh=None,
        align="L",
        after=1.6,
        color=(0, 0, 0),
        w=0,
        x=None,
        md=False,
        fill=False,
    ):
        self.font(fam, style, size)
        self.set_text_color(*color)
        if x is not None:
            self.set_x(x)
        self.multi_cell(
            w,
            lh or size * 0.47,
            self.t(self.txt(text)),
            align=align,
            markdown=md,
            fill=fill,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def clause(self, head, body, size=9.6, fam="sans", after=1.8, indent=0):
        """Bold run-in heading followed by body text, in one paragraph."""
        if indent:
            self.set_x(self.l_margin + indent)
        self.font(fam, "", size)
        self.multi_cell(
            self.epw - indent,
            size * 0.47,
            self.t(f"**{head}** {self.txt(body)}"),
            markdown=True,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        if after:
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam="sans",
        head=True,
        head_fill=(225, 225, 225),
        lh=None,
        borders="ALL",
        align="LEFT",
        bold_first_col=False,
        zebra=None,
    ):
        self.font(fam, "", size)
        self.set_fill_color(255, 255, 255)
        kw = dict(
            col_widths=widths,
            width=sum(widths),
            text_align=align,
            v_align="TOP",
            line_height=lh or size * 0.5,
            padding=1.4,
            borders_layout=borders,
            first_row_as_headings=head,
        )
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as tb:
            for ri, r in enumerate(rows):
                row = tb.row()
                for ci, c in enumerate(r):
                    if bold_first_col and ci == 0 and not (head and ri == 0):
                        row.cell(self.t(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(self.t(c))

    def hline(self, y=None, color=(0, 0, 0), width=0.3, x1=None, x2=None):
        y = self.get_y() if y is None else y
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(
            self.l_margin if x1 is None else x1, y, self.w - self.r_margin if x2 is None else x2, y
        )
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)

    def checkbox(self, x, y, checked=True, s=3.4):
        self.set_line_width(0.3)
        self.rect(x, y, s, s)
        if checked:
            self.line(x + 0.6, y + 0.6, x + s - 0.6, y + s - 0.6)
            self.line(x + 0.6, y + s - 0.6, x + s - 0.6, y + 0.6)
        self.set_line_width(0.2)

    def sigblock(self, parties, size=8.5, gap=16, fam="sans"):
        """parties: list of (role, name, extra) printed in equal columns under a signing line."""
        n = len(parties)
        colw = self.epw / n
        y0 = self.get_y() + gap
        for i, (role, name, extra) in enumerate(parties):
            x = self.l_margin + i * colw
            self.set_draw_color(60, 60, 60)
            self.line(x + 2, y0, x + colw - 4, y0)
            self.set_xy(x + 2, y0 + 1)
            self.font(fam, "B", size)
            self.multi_cell(
                colw - 6, size * 0.45, self.t(role), align="L", new_x="LEFT", new_y="NEXT"
            )
            self.font(fam, "", size)
            self.multi_cell(
                colw - 6, size * 0.45, self.t(name), align="L", new_x="LEFT", new_y="NEXT"
            )
            if extra:
                self.font(fam, "I", size - 0.5)
                self.multi_cell(
                    colw - 6, size * 0.45, self.t(extra), align="L", new_x="LEFT", new_y="NEXT"
                )
        self.set_y(y0 + 18)
        self.set_draw_color(0, 0, 0)

    # -- labels
    def fee(self, category, amount, currency, text, passport_only=False, page=None):
        assert category in CATEGORIES, category
        self.fees.append(
            dict(
                category=category,
                severity=severity(self.meta["program"], category, passport_only),
                page=page or self.page_no(),
                amount=None if amount is None else float(amount),
                currency=currency,
                quote=norm(text),
            )
        )
        return text

    def term(self, term, evidence):
        assert term in REQUIRED[self.meta["program"]], (self.meta["file"], term)
        self.present[term] = evidence

    def terms(self, **kw):
        for k, v in kw.items():
            self.term(k, v)

    def txt(self, item):
        """Resolve a lazily declared finding (see LF) at the moment it is rendered."""
        if isinstance(item, LF):
            return self.fee(*item.args, **item.kw)
        return item

    # -- scanned page
    def scanned_page(self, draw_fn, seed, angle=0.6, dpi=200):
        """Append one image-only page rendered by draw_fn(img, draw, px_per_mm)."""
        self.scanned_pages.add(self.page_no() + 1)
        self.add_page()
        wpx, hpx = int(round(self.w / 25.4 * dpi)), int(round(self.h / 25.4 * dpi))
        img = Image.new("L", (wpx, hpx), 250)
        draw = ImageDraw.Draw(img)
        draw_fn(img, draw, dpi / 25.4)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238)
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        rng = np.random.default_rng(seed)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 8 + rng.normal(0, 7.0, arr.shape)
        # a few specks and a faint shadow along the left edge, as from a flatbed scanner
        for _ in range(260):
            y, x = int(rng.integers(0, hpx - 4)), int(rng.integers(0, wpx - 4))
            arr[y : y + int(rng.integers(1, 4)), x : x + int(rng.integers(1, 4))] -= 120
        arr[:, :40] -= np.linspace(60, 0, 40)[None, :]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78, optimize=False)
        buf.seek(0)
        self.image(buf, x=0, y=0, w=self.w, h=self.h)

    def label(self):
        req = REQUIRED[self.meta["program"]]
        missing = [t for t in req if t not in self.present]
        return {
            "file": self.meta["file"],
            "program": self.meta["program"],
            "language": self.meta["language"],
            "scanned": bool(self.scanned_pages),
            "pages": self.pages_count,
            "fees": self.fees,
            "missing_terms": missing,
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.meta["doc_type"],
            "layout": self.meta["layout"],
        }


class LF:
    """A finding sentence whose page is taken when it is rendered, not when it is declared."""

    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw


class PilText:
    """Minimal word-wrapping text writer for the scanned page."""

    def __init__(self, draw, ppm, left_mm=22, right_mm=22, top_mm=20, width_mm=210):
        self.d, self.ppm = draw, ppm
        self.x0 = int(left_mm * ppm)
        self.x1 = int((width_mm - right_mm) * ppm)
        self.y = int(top_mm * ppm)

    def px(self, pt):
        return int(round(pt / 72 * 25.4 * self.ppm))

    def para(
        self, text, pt=10.5, bold=False, serif=True, fill=25, center=False, after=0.6, indent_mm=0
    ):
        name = (
            ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")
            if serif
            else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
        )
        f = pil_font(name, self.px(pt))
        x0 = self.x0 + int(indent_mm * self.ppm)
        maxw = self.x1 - x0
        words, line, lines = text.split(), "", []
        for wd in words:
            cand = (line + " " + wd).strip()
            if self.d.textlength(cand, font=f) <= maxw:
                line = cand
            else:
                lines.append(line)
                line = wd
        if line:
            lines.append(line)
        lh = int(self.px(pt) * 1.38)
        for ln in lines:
            x = x0
            if center:
                x = (self.x0 + self.x1 - int(self.d.textlength(ln, font=f))) // 2
            self.d.text((x, self.y), ln, font=f, fill=fill)
            self.y += lh
        self.y += int(after * lh)

    def gap(self, mm):
        self.y += int(mm * self.ppm)


# =============================================================================== ck01
def ck01():
    """Nepal -> Qatar: employment agreement + cost annex + agency money receipt."""
    d = Doc(
        "ck01.pdf",
        "generic",
        "en",
        "employment_contract_with_annex_and_receipt",
        "letterhead repeated on every page; numbered clauses; gridded 'borne by' cost annex; "
        "boxed money receipt with amount in words; three-party signature block",
    )
    agency = "Himshikhar Overseas Manpower Pvt. Ltd."
    d.recruiters = [agency]

    def hdr(doc):
        doc.set_fill_color(122, 24, 36)
        doc.rect(0, 0, doc.w, 3.2, "F")
        doc.set_y(7)
        doc.font("serif", "B", 14)
        doc.set_text_color(122, 24, 36)
        doc.cell(0, 6, doc.t(agency.upper()), align="C", new_x="LMARGIN", new_y="NEXT")
        doc.font("sans", "", 7.8)
        doc.set_text_color(60, 60, 60)
        doc.cell(
            0,
            4,
            doc.t(
                "Govt. Licence No. 1187/073/074  |  Gaushala-9, Kathmandu, Nepal  |  "
                "Tel. 01-4478213  |  himshikhar.recruit@mail.np"
            ),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        doc.set_text_color(0, 0, 0)
        doc.hline(doc.get_y() + 1.5, color=(122, 24, 36), width=0.6)
        doc.set_y(doc.get_y() + 5)

    def ftr(doc):
        doc.set_y(-13)
        doc.font("sans", "I", 7.5)
        doc.set_text_color(90, 90, 90)
        doc.cell(
            0,
            4,
            doc.t(f"Demand Ref. HOM/QA/2083/114  -  Page {doc.page_no()} of {{nb}}"),
            align="C",
        )
        doc.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.p("EMPLOYMENT AGREEMENT", size=13, style="B", align="C", after=0.5, fam="serif")
    d.p(
        "(to be submitted with the labour permit application to the Department of Foreign Employment)",
        size=8.5,
        style="I",
        align="C",
        after=3,
    )
    d.p("This Agreement is made on 28 January 2027 between:", size=9.6, after=1.2)
    d.clause(
        "FIRST PARTY (Employer):",
        "Sidra Crescent Guarding Services W.L.L., Building 27, Street 840, "
        "Zone 56, Al Hilal West, Doha, State of Qatar, Commercial Registration No. 148823 "
        '(hereinafter the "Employer");',
    )
    d.clause(
        "SECOND PARTY (Employee):",
        "Mr. Dil Bahadur Thapa Magar, holder of Nepali Passport No. "
        "11837264, permanent address Galyang Municipality-4, Syangja, Nepal (hereinafter the "
        '"Employee").',
    )
    d.p(
        f"The Employer has selected the Employee through its authorised recruiting agent in Nepal, "
        f"{agency}, and the parties agree as follows:",
        size=9.6,
        after=2.2,
    )
    d.terms(
        employer_identity="Sidra Crescent Guarding Services W.L.L., Building 27",
        worker_identity="Dil Bahadur Thapa Magar",
    )
    cl = [
        (
            "1. Designation and duties.",
            "The Employee shall work as a Security Guard: manning gates and "
            "reception desks, checking visitor passes, patrolling residential compounds at fixed intervals, "
            "recording incidents in the site logbook and watching the CCTV screens.",
        ),
        (
            "2. Place of work.",
            "Client sites of the Employer in Doha and Al Wakrah, State of Qatar, as "
            "assigned in writing by the Operations Manager.",
        ),
        (
            "3. Period.",
            "The contract runs for two years, from 15 March 2027 to 14 March 2029, including a "
            "probation period of three months.",
        ),
        (
            "4. Working hours.",
            "Eight (8) hours per day and forty-eight (48) hours per week, with one paid "
            "rest day each week. Work beyond these hours is overtime and is paid at 125% of the basic hourly "
            "wage.",
        ),
        (
            "5. Salary.",
            "Basic salary of QAR 1,200 (Qatari Riyals One Thousand Two Hundred) per month, plus a "
            "food allowance of QAR 300 per month paid by the Employer.",
        ),
        (
            "6. Payment of wages.",
            "Wages are paid monthly, not later than the 7th day of the following month, "
            "by transfer to the Employee's own bank account under the Wage Protection System.",
        ),
        (
            "7. Deductions.",
            "No amount shall be deducted from the Employee's wages except the deductions "
            "permitted by Article 66 of the Labour Law (Law No. 14 of 2004), such as the recovery of a "
            "salary advance that the Employee has requested in writing.",
        ),
        (
            "8. Accommodation and transport.",
            "Shared accommodation (not more than four persons per room) and "
            "daily transport between the accommodation and the sites are provided by the Employer free of "
            "charge.",
        ),
        (
            "9. Leave and air ticket.",
            "After each year of service the Employee is entitled to 21 days of paid "
            "annual leave. At the end of the contract the Employer shall provide an economy-class air ticket "
            "from Doha to Kathmandu.",
        ),
        (
            "10. Medical care.",
            "The Employer shall obtain the Employee's health card and shall provide medical "
            "treatment during employment at no cost to the Employee.",
        ),
        (
            "11. Costs of recruitment.",
            "The costs of the Employee's recruitment and deployment are shared as "
            "set out in Annex A, which forms part of this Agreement.",
        ),
        (
            "12. Governing law.",
            "Any matter not covered by this Agreement is governed by the laws of the State "
            "of Qatar, and the Arabic text of the Labour Law prevails in case of doubt.",
        ),
    ]
    for h, b in cl:
        d.clause(h, b)
    d.terms(
        job_duties="work as a Security Guard",
        work_location="in Doha and Al Wakrah",
        employment_period="from 15 March 2027 to 14 March 2029",
        hours_of_work="Eight (8) hours per day",
        wage_rate="QAR 1,200",
        pay_frequency="Wages are paid monthly",
        deductions="permitted by Article 66 of the Labour Law",
        return_transportation="air ticket from Doha to Kathmandu",
    )

    # ---- page 2: annex A
    d.add_page()
    d.p("ANNEX A - SCHEDULE OF PRE-DEPLOYMENT COSTS", size=11.5, style="B", fam="serif", after=1)
    d.p(
        "The items below were agreed between the Employer and the Agency at the time of the demand letter "
        'dated 4 December 2026. The column "Borne by" shows who pays each item.',
        size=9.2,
        after=3,
    )
    rows = [
        ("Item", "Borne by", "Amount"),
        ("Qatar work visa and residence permit", "Employer", "Government rate"),
        ("Air ticket Kathmandu - Doha (one way)", "Employer", "-"),
        ("Visa centre biometrics and contract e-signing", "Employer", "-"),
        ("Pre-departure medical examination, approved clinic", "Worker", "NPR 5,500"),
        ("Foreign Employment Welfare Fund contribution", "Worker", "NPR 1,500"),
        ("Pre-departure orientation training (2 days)", "Worker", "NPR 700"),
        ("Agency service charge", "Employer", "Nil to worker"),
    ]
    d.grid(rows, (100, 32, 42), size=9.2)
    # quotes of table rows are the extracted row text (every cell of these rows is one line)
    d.fee(
        "medical_cost",
        5500,
        "NPR",
        "Pre-departure medical examination, approved clinic Worker NPR 5,500",
    )
    d.fee(
        "insurance_cost",
        1500,
        "NPR",
        "Foreign Employment Welfare Fund contribution Worker NPR 1,500",
    )
    d.fee("training_cost", 700, "NPR", "Pre-departure orientation training (2 days) Worker NPR 700")
    d.ln(3)
    d.p(
        'Items marked "Worker" are collected at the Agency counter together with the documents. '
        'Items marked "Employer" are settled by the Employer directly with the authorities, the airline '
        "and the Agency.",
        size=8.8,
        style="I",
        after=2.5,
    )
    d.p(
        LF(
            "equipment_charge",
            180,
            "QAR",
            "Two sets of guard uniform and one pair of safety shoes are issued on arrival in Doha and charged to "
            "the Employee at QAR 180, recovered from his first salary.",
        ),
        size=8.8,
        style="I",
        after=6,
    )
    d.p(
        "IN WITNESS WHEREOF the parties have signed this Agreement and its Annex on the date first written "
        "above.",
        size=9.4,
        after=2,
    )
    d.sigblock(
        [
            (
                "For the Employer",
                "Anil K. Menon",
                "HR Manager, Sidra Crescent Guarding Services W.L.L.",
            ),
            ("Employee", "Dil Bahadur Thapa Magar", "Passport No. 11837264"),
            ("Witness for the Agency", "Ram Prasad Adhikari", "Managing Director, " + agency),
        ]
    )

    # ---- page 3: money receipt
    d.add_page()
    x0, y0, w, h = d.l_margin + 4, d.get_y() + 4, d.epw - 8, 118
    d.set_draw_color(122, 24, 36)
    d.set_line_width(0.8)
    d.rect(x0, y0, w, h)
    d.set_line_width(0.2)
    d.set_fill_color(122, 24, 36)
    d.rect(x0 + w / 2 - 30, y0 + 5, 60, 8, "F")
    d.set_xy(x0 + w / 2 - 30, y0 + 5)
    d.font("sans", "B", 11)
    d.set_text_color(255, 255, 255)
    d.cell(60, 8, "MONEY RECEIPT", align="C")
    d.set_text_color(0, 0, 0)
    d.set_xy(x0 + 6, y0 + 17)
    d.font("sans", "", 9.5)
    d.cell(80, 5, "Receipt No. 0447")
    d.set_x(x0 + w - 86)
    d.cell(80, 5, "Date: 02-02-2027 (2083/10/19 B.S.)", align="R", new_x="LMARGIN", new_y="NEXT")
    fields = [
        ("Received from", "Mr. Dil Bahadur Thapa Magar"),
        ("Passport No.", "11837264"),
        ("Country / Company", "Qatar / Sidra Crescent Guarding Services W.L.L."),
        ("Position", "Security Guard"),
    ]
    yy = y0 + 27
    for k, v in fields:
        d.set_xy(x0 + 6, yy)
        d.font("sans", "B", 9.5)
        d.cell(42, 6, k)
        d.font("sans", "", 9.5)
        d.cell(w - 54, 6, d.t(v))
        d.set_draw_color(150, 150, 150)
        d.set_dash_pattern(dash=0.8, gap=0.8)
        d.line(x0 + 48, yy + 5.6, x0 + w - 6, yy + 5.6)
        d.set_dash_pattern()
        yy += 8
    d.set_xy(x0 + 6, yy + 3)
    d.font("serif", "", 10.5)
    body = d.fee(
        "recruitment_fee",
        120000,
        "NPR",
        "Received with thanks from Mr. Dil Bahadur Thapa Magar the sum of NPR 1,20,000/- (Rupees One "
        "Lakh Twenty Thousand only) as service charge and documentation cost for his employment in "
        "Qatar.",
    )
    d.multi_cell(w - 12, 5.6, d.t(body), align="L", new_x="LEFT", new_y="NEXT")
    d.ln(3)
    d.set_x(x0 + 6)
    d.font("sans", "", 9.5)
    d.cell(60, 6, "Mode of payment: Cash")
    d.cell(50, 6, "Balance: Nil", new_x="LMARGIN", new_y="NEXT")
    d.set_x(x0 + 6)
    d.font("sans", "B", 12)
    d.set_fill_color(240, 230, 230)
    d.cell(48, 9, "NPR 1,20,000/-", border=1, fill=True, align="C")
    # PAID stamp
    d.set_draw_color(190, 30, 30)
    d.set_line_width(0.7)
    d.ellipse(x0 + w - 62, y0 + h - 40, 44, 24)
    d.set_xy(x0 + w - 62, y0 + h - 33)
    d.set_text_color(190, 30, 30)
    d.font("sans", "B", 13)
    d.cell(44, 10, "PAID", align="C")
    d.set_text_color(0, 0, 0)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_xy(x0 + 6, y0 + h - 16)
    d.font("sans", "", 9)
    d.cell(90, 5, "Received by: Bishnu Maya Karki, Accounts")
    d.set_y(y0 + h + 6)
    d.p(
        "Note: this receipt is kept for office record. The receipt issued under the Foreign Employment Act "
        "is attached to the labour permit file separately.",
        size=8,
        style="I",
        color=(80, 80, 80),
    )
    d.traps = [
        "work visa, residence permit, biometrics and air ticket marked 'Employer' in Annex A",
        "'Agency service charge - Employer - Nil to worker' in Annex A (the receipt on page 3 shows the worker paid it)",
        "food allowance QAR 300 paid by the employer (allowance, not a charge)",
        "free shared accommodation and daily transport",
        "salary advance requested by the employee in writing (not tied to recruitment; deductions present)",
        "health card and treatment at no cost",
    ]
    return d


# =============================================================================== ck02
def ck02():
    """Bangladesh -> Malaysia: deed of loan between a sub-agent/lender and the worker."""
    d = Doc(
        "ck02.pdf",
        "generic",
        "en",
        "loan_agreement",
        "stamp-paper box at top; serif legal deed (WHEREAS / NOW THIS DEED WITNESSETH); numbered "
        "paragraphs; schedule of employment as a two-column grid; witnesses and notary block",
        margins=(22, 14, 20),
    )
    agency, lender_firm = "Meghna Bridge Overseas Ltd.", "Bhuiyan Traders & Travels"
    d.recruiters = [agency, lender_firm]

    def ftr(doc):
        doc.set_y(-12)
        doc.font("serif", "I", 7.5)
        doc.cell(0, 4, f"Deed of Loan - Md. Rasel Mia - page {doc.page_no()}/{{nb}}", align="R")

    d.ftr = ftr
    d.add_page()
    # stamp-paper imitation
    d.set_draw_color(30, 90, 60)
    d.set_fill_color(232, 244, 236)
    d.set_line_width(0.6)
    d.rect(d.l_margin, 14, d.epw, 26, "DF")
    d.set_line_width(0.2)
    d.set_xy(d.l_margin, 16)
    d.font("serif", "B", 12)
    d.set_text_color(30, 90, 60)
    d.cell(
        d.epw,
        6,
        "GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font("serif", "B", 10)
    d.cell(
        d.epw,
        5,
        "NON JUDICIAL  -  TAKA THREE HUNDRED  -  Tk. 300",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font("sans", "", 8)
    d.cell(
        d.epw,
        5,
        "Serial No. KHA 0491772   Vendor: Abdul Mannan, Licensed Stamp Vendor, Brahmanbaria Court",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(0, 0, 0)
    d.set_y(46)
    d.p(
        "DEED OF LOAN (HAWLAT) AND UNDERTAKING FOR REPAYMENT",
        size=12.5,
        style="B",
        fam="serif",
        align="C",
        after=3,
    )
    S = 9.3
    d.p(
        "THIS DEED OF LOAN is made and executed on this 11th day of November, 2026, at Brahmanbaria Sadar, "
        "District Brahmanbaria,",
        size=S,
        fam="serif",
        after=1.5,
    )
    d.p("BETWEEN", size=S, fam="serif", style="B", align="C", after=1)
    d.p(
        f"Md. Abul Kashem Bhuiyan, son of Late Md. Siddiqur Rahman Bhuiyan, proprietor of {lender_firm}, "
        "Court Road, Brahmanbaria, hereinafter called the LENDER or the FIRST PARTY (which expression shall "
        "include his heirs, successors and assigns);",
        size=S,
        fam="serif",
        after=1,
    )
    d.p("AND", size=S, fam="serif", style="B", align="C", after=1)
    d.p(
        "Md. Rasel Mia, son of Md. Jalal Uddin, of village Chandura, Post Office Chandura, Upazila Bijoynagar, "
        "District Brahmanbaria, holder of Bangladesh Passport No. A09928134, hereinafter called the BORROWER "
        "or the SECOND PARTY.",
        size=S,
        fam="serif",
        after=2,
    )
    d.term("worker_identity", "Md. Rasel Mia")
    d.p(
        f"WHEREAS the Second Party has been selected for employment in Malaysia through {agency} (RL-1492), a "
        "recruiting agency of Naya Paltan, Dhaka, for which the First Party acts as the local representative "
        "in Brahmanbaria;",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        "AND WHEREAS the Second Party, being unable to meet the cost of his migration from his own means, has "
        "requested the First Party to advance the necessary money, and the First Party has agreed to do so on "
        "the terms hereinafter appearing;",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p("NOW THIS DEED WITNESSETH as follows:", size=S, fam="serif", style="B", after=1.5)
    paras = [
        LF(
            "debt_bondage",
            480000,
            "BDT",
            "The First Party has this day advanced to the Second Party the sum of Tk. 4,80,000/- (Taka Four "
            "Lakh Eighty Thousand) only, which the Second Party shall repay out of his wages in Malaysia by "
            "remitting RM 650 (Ringgit Six Hundred Fifty) to the First Party's account every month until the "
            "whole debt is cleared.",
        ),
        LF(
            "recruitment_fee",
            350000,
            "BDT",
            f"Out of the said sum, Tk. 3,50,000/- (Taka Three Lakh Fifty Thousand) only has been paid by the "
            f"First Party directly to {agency} as the Second Party's processing and job placement cost.",
        ),
        "The balance of Tk. 1,30,000/- (Taka One Lakh Thirty Thousand) only has been handed over to the Second "
        "Party in cash for the needs of his family before his departure, receipt of which he hereby "
        "acknowledges.",
        "A service charge at the rate of two per cent (2%) per month shall be added to the outstanding balance "
        "from the date of the Second Party's departure from Bangladesh.",
        LF(
            "deposit_or_bond",
            None,
            None,
            "As security for the said loan, the Second Party has delivered to the First Party two signed blank "
            "cheques drawn on his father's account with Sonali Bank Ltd., Bijoynagar Branch, and the original "
            "title deed of his homestead land.",
        ),
        LF(
            "document_retention",
            None,
            None,
            "The Second Party's passport shall remain in the custody of the First Party's associate in Johor "
            "Bahru, Malaysia, until the loan together with the service charge is fully repaid.",
        ),
        LF(
            "breach_penalty",
            100000,
            "BDT",
            "If the Second Party leaves his employer, absconds or returns to Bangladesh before the loan is "
            "fully repaid, he shall pay the whole balance at once together with a penalty of Tk. 1,00,000/- "
            "(Taka One Lakh) only.",
        ),
        "In case of default the First Party shall be at liberty to present the said cheques for encashment and "
        "to proceed against the Second Party under the Negotiable Instruments Act, 1881.",
        "The Second Party declares that this deed has been read over and explained to him in Bangla, that he "
        "has understood its contents, and that he signs it in sound mind, without any coercion or undue "
        "influence.",
    ]
    for i, txt in enumerate(paras, 1):
        d.font("serif", "", S)
        d.cell(8, S * 0.47, f"{i}.")
        d.multi_cell(d.epw - 8, S * 0.47, d.t(d.txt(txt)), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)

    # ---- page 2: schedule
    d.add_page()
    d.p("SCHEDULE", size=11.5, style="B", fam="serif", align="C", after=0.5)
    d.p(
        "Particulars of the employment offered to the Second Party (as stated in the job demand attested by "
        "the High Commission)",
        size=9,
        fam="serif",
        style="I",
        align="C",
        after=3,
    )
    rows = [
        (
            "Employer",
            "Kilang Papan Sri Gemilang Sdn. Bhd., Lot 2215, Jalan Perindustrian Bukit Pasir 3, "
            "84300 Muar, Johor, Malaysia",
        ),
        (
            "Position",
            "Machine Operator - feeding timber into planing, moulding and sanding machines; "
            "stacking and wrapping finished furniture parts",
        ),
        ("Place of work", "The Employer's factory at Bukit Pasir, Muar, Johor"),
        ("Basic wage", "RM 1,700 per month"),
        ("Working hours", "8 hours a day, 6 days a week; overtime as per the Employment Act 1955"),
        ("Contract period", "36 months; date of commencement to be fixed on arrival"),
        ("Accommodation", "Hostel provided by the Employer"),
        ("Levy, work permit (PLKS) and FOMEMA medical in Malaysia", "Borne by the Employer"),
    ]
    d.grid(rows, (52, d.epw - 52), size=9.3, fam="serif", head=False, bold_first_col=True)
    d.terms(
        employer_identity="Kilang Papan Sri Gemilang Sdn. Bhd., Lot 2215",
        job_duties="feeding timber into planing, moulding and sanding machines",
        work_location="The Employer's factory at Bukit Pasir, Muar, Johor",
        wage_rate="RM 1,700 per month",
        hours_of_work="8 hours a day, 6 days a week",
    )
    d.ln(3)
    d.p(
        "The Second Party has also signed the Employer's zero-cost declaration confirming that he has paid no "
        "recruitment fee to the Employer.",
        size=9.2,
        fam="serif",
        after=4,
    )
    d.p(
        "IN WITNESS WHEREOF the parties have put their hands to this deed on the date first above written.",
        size=9.5,
        fam="serif",
        after=2,
    )
    d.sigblock(
        [
            ("FIRST PARTY (Lender)", "Md. Abul Kashem Bhuiyan", lender_firm),
            ("SECOND PARTY (Borrower)", "Md. Rasel Mia", "signature and left thumb impression"),
        ],
        fam="serif",
        size=9,
    )
    d.p("WITNESSES:", size=9.5, fam="serif", style="B", after=1)
    d.p(
        "1. Md. Harun-or-Rashid, son of Md. Shamsul Haque, Chandura, Bijoynagar.",
        size=9,
        fam="serif",
        after=0.5,
    )
    d.p("2. Nurul Amin, Advocate, Judge Court, Brahmanbaria.", size=9, fam="serif", after=5)
    d.set_draw_color(60, 60, 140)
    d.set_line_width(0.5)
    y = d.get_y()
    d.ellipse(d.l_margin + 100, y, 56, 28)
    d.set_xy(d.l_margin + 100, y + 8)
    d.font("serif", "B", 8)
    d.set_text_color(60, 60, 140)
    d.multi_cell(
        56, 4, "NOTARY PUBLIC\nBrahmanbaria\nReg. No. 219", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.2)
    d.traps = [
        "'feeding timber into machines' is a job duty (contains 'fee')",
        "levy, work permit and FOMEMA medical in Malaysia borne by the employer",
        "zero-cost declaration: worker paid no recruitment fee to the employer",
        "Tk. 1,30,000 handed to the worker in cash (not a charge)",
        "monthly 'service charge' is the loan interest (part of the debt_bondage finding, not a separate fee)",
        "'36 months; date of commencement to be fixed on arrival' has no dates (employment_period missing)",
        "'RM 1,700 per month' is a wage rate, not a pay frequency (pay_frequency missing)",
    ]
    return d


# =============================================================================== ck03
def ck03():
    """Indonesia -> Hong Kong: domestic helper contract, fully compliant, two columns."""
    d = Doc(
        "ck03.pdf",
        "generic",
        "en",
        "employment_contract",
        "header band repeated on each page; gridded parties table; clauses in two text columns; "
        "schedule table; four-party signature block with interpreter line; initials footer",
        margins=(15, 14, 15),
    )
    hk, idn = "Pearl Lantern Employment Agency Limited", "PT Anugerah Lintas Samudra"
    d.recruiters = [idn, hk]

    def hdr(doc):
        doc.set_fill_color(24, 70, 110)
        doc.rect(0, 0, doc.w, 11, "F")
        doc.set_xy(doc.l_margin, 3)
        doc.font("sans", "B", 8.5)
        doc.set_text_color(255, 255, 255)
        doc.cell(110, 5, doc.t(hk.upper() + "  |  EA Licence No. 58214"))
        doc.font("sans", "", 8.5)
        doc.cell(0, 5, "Contract Ref. PL-27-0319", align="R")
        doc.set_text_color(0, 0, 0)
        doc.set_y(16)

    def ftr(doc):
        doc.set_y(-12)
        doc.font("sans", "", 7.5)
        doc.set_text_color(70, 70, 70)
        doc.cell(
            0,
            4,
            f"Helper's initials ______   Employer's initials ______          Page {doc.page_no()} of {{nb}}",
            align="R",
        )
        doc.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.p(
        "CONTRACT OF EMPLOYMENT FOR A DOMESTIC HELPER RECRUITED FROM INDONESIA",
        size=12,
        style="B",
        align="C",
        after=1,
    )
    d.p(
        "Made in duplicate in Hong Kong on 22 February 2027. One original is kept by the Helper.",
        size=8.5,
        style="I",
        align="C",
        after=3,
    )
    rows = [
        ("Employer", "Mr. Leung Chi-keung and Mrs. Leung Ho Wing-sze"),
        (
            "Residential address",
            "Flat 17C, Tower 2, Laguna Crest, 9 Cheung Wo Road, Tseung Kwan O, "
            "New Territories, Hong Kong",
        ),
        (
            "Helper",
            "Sri Wahyuni binti Suparman, Indonesian passport No. C4418270, of Desa Ngrayun, "
            "Ponorogo, East Java",
        ),
        (
            "Placement company (Indonesia)",
            idn + ", Jl. Raya Ponorogo-Madiun Km 7, Ponorogo (SIP3MI licence 0271/2024)",
        ),
        (
            "Employment agency (Hong Kong)",
            hk + ", Room 1108, Harcourt Trade Centre, 31 Tong Mi Road, Mong Kok, Kowloon",
        ),
    ]
    d.grid(rows, (50, d.epw - 50), size=8.8, head=False, bold_first_col=True)
    d.terms(
        employer_identity="Laguna Crest, 9 Cheung Wo Road",
        worker_identity="Sri Wahyuni binti Suparman",
    )
    d.ln(4)
    clauses = [
        (
            "1. Duties.",
            "The Helper shall perform domestic duties in the Employer's household: cooking, "
            "cleaning, laundry and ironing, and looking after the Employer's two school-age children. The Helper "
            "shall not be required to work for any other person or at any other address.",
        ),
        (
            "2. Place of work.",
            "The Employer's residence at Laguna Crest, Tseung Kwan O, stated above, and no "
            "other place.",
        ),
        ("3. Term.", "Two years, commencing on 6 April 2027 and ending on 5 April 2029."),
        (
            "4. Hours and rest.",
            "The Helper works between 7:00 a.m. and 9:00 p.m., with a two-hour break after "
            "lunch and time for her own meals, and has at least 11 continuous hours of rest each night. She has "
            "one rest day of not less than 24 continuous hours every week, normally Sunday, which she may spend "
            "away from the residence as she wishes, and all statutory holidays.",
        ),
        ("5. Wages.", "HK$5,100 (five thousand one hundred Hong Kong dollars) per month."),
        (
            "6. Payment.",
            "Wages are paid monthly, not later than 7 days after the end of each wage period, by "
            "direct deposit into a bank account opened in the Helper's own name. The Helper keeps the bank card "
            "and PIN herself.",
        ),
        (
            "7. Food.",
            "Free food is provided. If the Employer prefers not to provide food, a food allowance of "
            "HK$1,250 per month is paid to the Helper in addition to her wages.",
        ),
        (
            "8. Accommodation.",
            "A separate room of about 4 square metres with a bed, wardrobe, window and "
            "air-conditioner, free of charge. No deposit is taken for the room key or the building access card.",
        ),
        (
            "9. Deductions.",
            "No deduction of any kind is made from the Helper's wages except a deduction "
            "allowed by the Employment Ordinance (Cap. 57), which the Employer must explain to her in writing "
            "first. Neither agency may collect a loan instalment, training cost or placement fee through the "
            "Employer.",
        ),
        (
            "10. Costs paid by the Employer.",
            "The Employer pays the visa fee, the Helper's medical "
            "examination in Indonesia, the premiums for employees' compensation and medical insurance, the air "
            "ticket from Surabaya to Hong Kong, and the service fees of both agencies. The Helper has paid nothing "
            "to either agency, and no one may ask her to.",
        ),
        (
            "11. Training.",
            "The pre-departure training and the government orientation in Indonesia were "
            "provided to the Helper free of charge and were paid for by the Employer.",
        ),
        (
            "12. Documents.",
            "The Helper keeps her own passport, Hong Kong identity card and copy of this "
            "contract. The Employer and the agencies may ask to see them but may not keep them.",
        ),
        (
            "13. Medical care.",
            "The Employer pays for medical treatment during employment, including "
            "hospital and dental emergency fees.",
        ),
        (
            "14. Equipment.",
            "Rubber gloves, aprons, cleaning tools and detergents are supplied by the "
            "Employer at no cost to the Helper.",
        ),
        (
            "15. Termination.",
            "Either party may terminate this contract by giving one month's notice in "
            "writing; the Employer may instead pay the Helper one month's wages in lieu of notice. Termination "
            "without notice is allowed only in the cases set out in sections 9 and 10 of the Employment "
            "Ordinance. No penalty, damages or fee is payable by the Helper if the contract ends early.",
        ),
        (
            "16. Return passage.",
            "On expiry or termination of this contract the Employer provides a free "
            "economy air ticket from Hong Kong to Surabaya and a travelling allowance of HK$100 per day for the "
            "journey.",
        ),
        (
            "17. Language.",
            "This contract has been explained to the Helper in Bahasa Indonesia, and a "
            "translation in Bahasa Indonesia is attached for her reference.",
        ),
    ]
    d.font("sans", "", 8.8)
    with d.text_columns(ncols=2, gutter=7, balance=True, line_height=1.15) as cols:
        for head, body in clauses:
            d.font("sans", "B", 8.8)
            cols.write(head + " ")
            d.font("sans", "", 8.8)
            cols.write(body)
            cols.ln()
            cols.ln(0.5)
    d.terms(
        job_duties="cooking, cleaning, laundry and ironing",
        work_location="residence at Laguna Crest",
        employment_period="commencing on 6 April 2027",
        hours_of_work="between 7:00 a.m. and 9:00 p.m.",
        wage_rate="HK$5,100",
        pay_frequency="Wages are paid monthly",
        deductions="No deduction of any kind",
        termination="one month's notice",
        return_transportation="free economy air ticket",
    )

    # ---- page 2: schedule and signatures
    d.add_page()
    d.p("SCHEDULE OF ACCOMMODATION, FACILITIES AND DOMESTIC DUTIES", size=10.5, style="B", after=2)
    rows = [
        ("Item", "Details"),
        (
            "Household members",
            "4 adults and 2 children (aged 8 and 11); no elderly person needing care",
        ),
        ("Room", "Separate room, about 4 sq m, with window, bed, wardrobe and air-conditioner"),
        (
            "Facilities provided free",
            "Light and water, toilet and bathing facilities, bed, blanket or quilt, "
            "pillow, wardrobe, refrigerator and desk",
        ),
        (
            "Main duties",
            "Household chores, cooking, taking the children to and from the school bus stop",
        ),
        (
            "Not required",
            "Car washing, caring for pets other than feeding the goldfish, work at any shop "
            "or office",
        ),
    ]
    d.grid(rows, (55, d.epw - 55), size=8.8)
    d.ln(5)
    d.p(
        "The parties declare that they have read and understood this contract and its schedule, and that the "
        "Helper was given a copy in a language she understands before signing.",
        size=9,
        after=2,
    )
    d.sigblock(
        [
            ("Employer", "Leung Chi-keung", "HKID Z123***(*)"),
            ("Employer", "Leung Ho Wing-sze", ""),
            ("Helper", "Sri Wahyuni binti Suparman", "Passport C4418270"),
        ]
    )
    d.sigblock(
        [
            ("Witness for the Hong Kong agency", "Chan Mei-yee Vivian", hk),
            (
                "Interpreted into Bahasa Indonesia by",
                "Dwi Lestari Handayani",
                "Staff interpreter, " + idn,
            ),
        ],
        gap=10,
    )
    d.traps = [
        "employer pays visa fee, medical, insurance premiums, inbound air ticket and both agencies' service fees",
        "'The Helper has paid nothing to either agency' (negated recruitment fee)",
        "'direct deposit' of wages into the helper's own account",
        "food allowance HK$1,250 paid to the helper (allowance, not a charge)",
        "no deposit for room key or access card; free room",
        "'Neither agency may collect a loan instalment, training cost or placement fee through the Employer' (negation)",
        "training and orientation free of charge, paid by the employer",
        "helper keeps passport and HKID; free to leave on rest day",
        "one month's notice; 'No penalty, damages or fee is payable by the Helper' (negated breach penalty)",
        "'feeding the goldfish' is a duty excluded from the job (contains 'fee')",
    ]
    return d


# =============================================================================== ck04
def ck04():
    """India (Kerala) -> UAE (Sharjah): WhatsApp chat between a worker and an agent, printed to PDF."""
    d = Doc(
        "ck04.pdf",
        "generic",
        "en",
        "whatsapp_transcript",
        "phone-size pages; chat bubbles left/right with timestamps; forwarded job ad; date chips; "
        "app bar and input bar repeated on each page",
        fmt=(118, 236),
        margins=(6, 18, 6),
    )
    d.set_auto_page_break(False)
    agency = "Crescent Wave Manpower Consultants"
    d.recruiters = [agency]
    d.set_page_background((236, 229, 221))

    def hdr(doc):
        doc.set_fill_color(7, 94, 84)
        doc.rect(0, 0, doc.w, 15, "F")
        doc.set_fill_color(200, 215, 210)
        doc.ellipse(9, 3.2, 8.6, 8.6, "F")
        doc.set_text_color(255, 255, 255)
        doc.set_xy(2, 4.5)
        doc.font("sans", "B", 9)
        doc.cell(5, 5, "<")
        doc.set_xy(20, 3)
        doc.font("sans", "B", 9.5)
        doc.cell(70, 5, "Riyas Crescent Wave")
        doc.set_xy(20, 8)
        doc.font("sans", "", 7)
        doc.cell(70, 4, "+91 98470 31226")
        doc.set_text_color(0, 0, 0)
        doc.set_y(19)

    def ftr(doc):
        doc.set_fill_color(245, 245, 245)
        doc.rect(0, doc.h - 11, doc.w, 11, "F")
        doc.set_fill_color(255, 255, 255)
        doc.rect(4, doc.h - 9, doc.w - 20, 7, "F", round_corners=True, corner_radius=3)
        doc.set_xy(8, doc.h - 8)
        doc.font("sans", "", 7.5)
        doc.set_text_color(140, 140, 140)
        doc.cell(40, 5, "Message")
        doc.set_text_color(0, 0, 0)
        doc.set_fill_color(0, 150, 136)
        doc.ellipse(doc.w - 13.5, doc.h - 9.5, 8, 8, "F")

    d.hdr, d.ftr = hdr, ftr

    def chip(text):
        d.font("sans", "", 7)
        w = d.get_string_width(text) + 6
        x = (d.w - w) / 2
        y = d.get_y()
        d.set_fill_color(225, 243, 251)
        d.rect(x, y, w, 5.5, "F", round_corners=True, corner_radius=1.5)
        d.set_xy(x, y + 0.5)
        d.set_text_color(80, 80, 80)
        d.cell(w, 4.5, text, align="C")
        d.set_text_color(0, 0, 0)
        d.set_y(y + 8)

    def bubble(parts, time, out=False, fwd=False, size=8.4):
        """parts: a string, an LF finding, or a list of both; findings resolve after pagination."""
        parts = parts if isinstance(parts, list) else [parts]
        plain = "".join(p if isinstance(p, str) else p.args[3] for p in parts)
        lh, pad, maxw = size * 0.46, 2.2, 80
        d.font("sans", "", size)
        text = plain
        lines = []
        for part in text.split("\n"):
            lines += d.multi_cell(
                maxw - 2 * pad, lh, d.t(part), dry_run=True, output="LINES", align="L"
            )
        tw = max(d.get_string_width(ln) for ln in lines) + 1.0
        w = min(maxw, max(tw + 2 * pad + 2, 28))
        extra = 3.8 if fwd else 0
        h = len(lines) * lh + 2 * pad + 3.2 + extra
        if d.get_y() + h > d.h - 13:
            d.add_page()
        y = d.get_y()
        text = "".join(d.txt(p) for p in parts)
        assert text == plain
        x = d.w - 5 - w if out else 5
        d.set_fill_color(*((220, 248, 198) if out else (255, 255, 255)))
        d.rect(x, y, w, h, "F", round_corners=True, corner_radius=2)
        ty = y + pad
        if fwd:
            d.set_xy(x + pad, ty)
            d.font("sans", "I", 6.8)
            d.set_text_color(130, 130, 130)
            d.cell(30, 3.4, "Forwarded")
            d.set_text_color(0, 0, 0)
            ty += extra
        d.font("sans", "", size)
        d.set_xy(x + pad, ty)
        d.multi_cell(w - 2 * pad, lh, d.t(text), align="L", new_x="LEFT", new_y="NEXT")
        d.set_xy(x + w - pad - 22, y + h - pad - 2.6)
        d.font("sans", "", 6.2)
        d.set_text_color(120, 120, 120)
        d.cell(22, 3, d.t(time + (" \u2713\u2713" if out else "")), align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(y + h + 1.8)

    d.add_page()
    chip("11 January 2027")
    bubble(
        "URGENT REQUIREMENT - SHARJAH\nHeavy Duty Driver (UAE licence holders or Indian heavy licence with "
        "3 yrs exp)\nCompany: Sahara Pearl Transport L.L.C., Industrial Area 12, Sharjah\nSalary AED 2,200 "
        "basic + OT\nFree accommodation + transportation\nContact "
        + agency
        + ", Kaloor, Ernakulam. "
        "RA Licence B-0927/KOC/PER/1000+/5/9981/2024",
        "09:14",
        fwd=True,
    )
    bubble(
        "Hi sir, I saw this ad. I have heavy licence 4 years, tipper and trailer. Vacancy still there?",
        "09:31",
        out=True,
    )
    bubble(
        "Yes Jithin, 6 vacancies balance. Send passport copy, licence copy and 2 photos white background",
        "09:40",
    )
    bubble("ok sir. sending", "09:41", out=True)
    bubble("[Document] Passport_JithinMohan.pdf - 2 pages", "09:52", out=True)
    bubble(
        "Name as per passport: JITHIN MOHAN, correct? Job is trailer and tipper driving, delivering sand, "
        "blocks and steel from the yard to construction sites in Sharjah and Ajman.",
        "10:20",
    )
    bubble("Duty 10 hours, 6 days. Friday off. Overtime extra.", "10:21")
    bubble("what about total charges sir? ad says free visa", "10:25", out=True)
    bubble("Visa is free from company side da. This is only our service charge.", "10:31")
    bubble(LF("recruitment_fee", 165000, "INR", "Total service charge is 1.65 lakh."), "10:32")
    bubble(
        "50,000 now for blocking the visa, balance 1,15,000 before ticket. Everybody pays same, no "
        "bargaining :)",
        "10:32",
    )
    bubble("1.65 is too much sir. My friend went Dubai for 80k only", "10:40", out=True)
    bubble(
        "Dubai different company. This is permanent company, 2 years contract, salary sure every month "
        "through bank, WPS.",
        "10:44",
    )
    bubble("Company accommodation free and transport to site free. Food own cost.", "10:45")
    bubble("ok sir I will talk to my father and tell", "10:47", out=True)

    chip("13 January 2027")
    bubble(
        "Sir, I arranged 50,000. Transferred GPay to the number you gave. Medical when?",
        "08:02",
        out=True,
    )
    bubble(
        [
            "Received. ",
            LF(
                "medical_cost",
                5800,
                "INR",
                "Medical is at Lifeline Diagnostics, Palarivattom on Saturday 8 am, you pay "
                "5,800 rupees at the counter.",
            ),
        ],
        "08:15",
    )
    bubble(
        [
            "Also send original passport by courier to our Kaloor office. ",
            LF(
                "document_retention",
                None,
                None,
                "We will keep it with us till flight, after reaching company PRO will keep it for safety.",
            ),
        ],
        "08:16",
    )
    bubble("Original also sir? I need for bank loan", "08:30", out=True)
    bubble("For bank you can use the copy. Don't worry, 100+ boys sent like this.", "08:33")
    bubble(
        LF(
            "training_cost",
            750,
            "AED",
            "After landing the company will do your driving assessment at Sharjah RTA, AED 750 test fee, "
            "you carry that money with you.",
        ),
        "08:35",
    )
    bubble("and if visa comes and I change my mind?", "08:40", out=True)
    bubble(
        [
            "Once visa stamped no cancel. ",
            LF(
                "breach_penalty",
                75000,
                "INR",
                "If you cancel after stamping you have to pay 75,000 cancellation charge, company will claim "
                "from us.",
            ),
        ],
        "08:44",
    )
    bubble("ok sir understood. return ticket company will give?", "08:45", out=True)
    bubble("After 2 years company gives air ticket back to Kerala.", "08:47")
    bubble("Contract copy we will give at the airport.", "08:47")
    bubble("ok thank you sir", "08:50", out=True)
    d.terms(
        employer_identity="Sahara Pearl Transport L.L.C., Industrial Area 12, Sharjah",
        worker_identity="JITHIN MOHAN",
        job_duties="trailer and tipper driving, delivering sand, blocks and steel",
        work_location="construction sites in Sharjah and Ajman",
        hours_of_work="Duty 10 hours, 6 days",
        wage_rate="AED 2,200",
        pay_frequency="salary sure every month through bank",
        return_transportation="After 2 years company gives air ticket back to Kerala",
    )
    d.traps = [
        "'Visa is free from company side' (the agent's service charge is still a fee)",
        "'Free accommodation + transportation' in the ad and in the chat",
        "'Food own cost' (worker buys own food; nothing charged by the employer)",
        "passport copy for the bank (not retention)",
        "'2 years contract' has no dates (employment_period missing)",
    ]
    return d


# =============================================================================== ck05
def ck05():
    """Honduras -> Spain (Huelva): seasonal contract 'en origen' with economic annex and footnotes."""
    d = Doc(
        "ck05.pdf",
        "generic",
        "es",
        "employment_contract_with_annex",
        "header and footer repeated on each page (rubric line); REUNIDOS / CLÁUSULAS legal style; "
        "annex with gridded table of employer-paid items, lettered worker charges and footnotes",
        margins=(20, 15, 20),
        bottom=20,
    )
    rec = "Enlace Laboral Atlántida, S. de R.L."
    d.recruiters = [rec]

    def hdr(doc):
        doc.set_y(8)
        doc.font("serif", "B", 8.5)
        doc.set_text_color(40, 90, 40)
        doc.cell(110, 4, doc.t("AGRÍCOLA MARISMAS DEL TINTO, S.L.  -  CIF B21704418"))
        doc.font("serif", "I", 8.5)
        doc.cell(
            0,
            4,
            doc.t("Campaña 2027 - Contratación en origen"),
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        doc.set_text_color(0, 0, 0)
        doc.hline(doc.get_y() + 1, color=(40, 90, 40), width=0.4)
        doc.set_y(doc.get_y() + 5)

    def ftr(doc):
        doc.set_y(-14)
        doc.hline(doc.get_y(), color=(150, 150, 150), width=0.2)
        doc.font("serif", "", 7.8)
        doc.set_text_color(90, 90, 90)
        doc.cell(90, 5, doc.t(f"Página {doc.page_no()} de {{nb}}"))
        doc.cell(0, 5, doc.t("Rúbrica de LA TRABAJADORA: ____________"), align="R")
        doc.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    S = 9.5
    d.add_page()
    d.p(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA LA CAMPAÑA AGRÍCOLA 2027",
        size=11.5,
        style="B",
        fam="serif",
        align="C",
        after=1,
    )
    d.p(
        "(Gestión colectiva de contrataciones en origen)",
        size=9,
        style="I",
        fam="serif",
        align="C",
        after=3,
    )
    d.p("En Almonte (Huelva), a 10 de diciembre de 2026.", size=S, fam="serif", after=2)
    d.p("REUNIDOS", size=S + 0.5, style="B", fam="serif", align="C", after=1.5)
    d.p(
        "De una parte, D. Francisco Javier Romero Cárdenas, mayor de edad, en nombre y representación de "
        "AGRÍCOLA MARISMAS DEL TINTO, S.L., con CIF B21704418 y domicilio social en Camino de los Llanos s/n, "
        "21730 Almonte (Huelva), en adelante LA EMPRESA.",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        "De otra parte, Dña. Keyla Yamileth Mejía Funes, de nacionalidad hondureña, con pasaporte n.º "
        "G912274, domiciliada en Aldea Corozal, La Ceiba, Atlántida (Honduras), en adelante LA TRABAJADORA.",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        f"La preselección de LA TRABAJADORA se ha realizado en Honduras con la colaboración de {rec}, con "
        "domicilio en Barrio La Isla, La Ceiba. Ambas partes se reconocen capacidad para contratar y "
        "convienen las siguientes",
        size=S,
        fam="serif",
        after=2,
    )
    d.terms(
        employer_identity="AGRÍCOLA MARISMAS DEL TINTO, S.L., con CIF B21704418 y domicilio social",
        worker_identity="Keyla Yamileth Mejía Funes",
    )
    d.p("CLÁUSULAS", size=S + 0.5, style="B", fam="serif", align="C", after=1.5)
    cl = [
        (
            "PRIMERA.- Objeto.",
            "LA TRABAJADORA prestará servicios como peona agrícola en la recolección de fresa "
            "y frutos rojos, la selección del fruto en campo y la carga de cajas en los túneles.",
        ),
        (
            "SEGUNDA.- Lugar de trabajo.",
            "Fincas de LA EMPRESA en los términos municipales de Almonte y Moguer (Huelva).",
        ),
        (
            "TERCERA.- Duración.",
            "Desde el 15 de febrero hasta el 15 de junio de 2027, ambos inclusive.",
        ),
        (
            "CUARTA.- Jornada.",
            "Treinta y nueve horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, con "
            "una pausa de veinte minutos para el bocadillo.",
        ),
        (
            "QUINTA.- Retribución.",
            "Salario de 64,10 euros brutos por jornada efectiva, conforme al Convenio "
            "Colectivo del Campo de la provincia de Huelva, con las pagas extraordinarias prorrateadas.",
        ),
        (
            "SEXTA.- Pago.",
            "El salario se abonará por meses vencidos, mediante transferencia a la cuenta que LA "
            "TRABAJADORA abra en España, dentro de los cinco primeros días del mes siguiente.",
        ),
        (
            "SÉPTIMA.- Viaje de ida.",
            LF(
                "travel_cost",
                1050,
                "EUR",
                "LA EMPRESA adelantará el billete de avión San Pedro Sula-Madrid y el autobús hasta Almonte; su "
                "importe, de unos 1.050 euros, se descontará de las nóminas de marzo, abril y mayo en tres partes "
                "iguales.",
            ),
        ),
        (
            "OCTAVA.- Alojamiento.",
            "LA EMPRESA facilita alojamiento en los módulos de la finca Los Llanos, con "
            "cocina equipada y lavadora de uso común, en las condiciones del Anexo I.",
        ),
        (
            "NOVENA.- Viaje de regreso.",
            "Al finalizar la campaña, LA EMPRESA pagará el billete de regreso a "
            "Honduras, siempre que LA TRABAJADORA haya completado el periodo de contratación.",
        ),
        (
            "DÉCIMA.- Retención.",
            LF(
                "wage_withholding",
                200,
                "EUR",
                "LA EMPRESA retendrá 200 euros de cada nómina mensual, y la suma retenida se entregará a LA "
                "TRABAJADORA de una sola vez al terminar la campaña.",
            ),
        ),
        (
            "UNDÉCIMA.- Descuentos.",
            "De cada nómina se deducirán las cotizaciones a la Seguridad Social y las "
            "retenciones del IRPF que correspondan, además de los conceptos que se detallan en la cláusula "
            "séptima y en el Anexo I.",
        ),
        (
            "DUODÉCIMA.- Equipos de trabajo.",
            "Los guantes, las botas de agua y los impermeables se entregan "
            "gratuitamente y quedan en propiedad de LA TRABAJADORA.",
        ),
        (
            "DECIMOTERCERA.- Selección.",
            "La selección realizada por LA EMPRESA es gratuita para LA TRABAJADORA.",
        ),
        (
            "DECIMOCUARTA.- Extinción.",
            "El contrato se extinguirá al término de la campaña, por despido "
            "disciplinario en los supuestos del artículo 54 del Estatuto de los Trabajadores, o por dimisión de LA "
            "TRABAJADORA comunicada con quince días de preaviso.",
        ),
        (
            "DECIMOQUINTA.- Normativa.",
            "En lo no previsto se estará al Estatuto de los Trabajadores, al "
            "Convenio Colectivo del Campo de Huelva y a la orden anual de gestión colectiva de contrataciones en "
            "origen.",
        ),
    ]
    for h, b in cl:
        d.clause(h, b, size=S, fam="serif", after=1.6)
    d.terms(
        job_duties="recolección de fresa y frutos rojos",
        work_location="Fincas de LA EMPRESA en los términos municipales de Almonte y Moguer",
        employment_period="Desde el 15 de febrero hasta el 15 de junio de 2027",
        hours_of_work="de 7:30 a 14:00 horas",
        wage_rate="64,10 euros brutos por jornada",
        pay_frequency="por meses vencidos",
        deductions="cotizaciones a la Seguridad Social",
        return_transportation="pagará el billete de regreso a Honduras",
        termination="despido disciplinario",
    )
    d.ln(2)
    d.p(
        "Y en prueba de conformidad, firman el presente contrato por triplicado y a un solo efecto en el lugar "
        "y fecha indicados.",
        size=S,
        fam="serif",
        after=1,
    )
    d.sigblock(
        [
            ("Por LA EMPRESA", "Francisco Javier Romero Cárdenas", "Apoderado"),
            ("LA TRABAJADORA", "Keyla Yamileth Mejía Funes", "Pasaporte G912274"),
            ("Visto bueno", rec, "Entidad colaboradora en origen"),
        ],
        fam="serif",
        gap=13,
    )

    # ---- annex (follows the signatures on page 2)
    d.ln(4)
    d.p(
        "ANEXO I - CONDICIONES ECONÓMICAS DEL ALOJAMIENTO Y GASTOS DE LA CONTRATACIÓN",
        size=10.5,
        style="B",
        fam="serif",
        after=2,
    )
    d.p("1. Conceptos a cargo de LA EMPRESA", size=S + 0.3, style="B", fam="serif", after=1.5)
    d.grid(
        [
            ("Concepto", "Observaciones"),
            ("Tasa del visado de temporada", "Abonada por LA EMPRESA en el consulado"),
            ("Seguro de accidentes de trabajo", "Incluido en la cotización empresarial"),
            ("Reconocimiento médico en España", "Servicio de prevención ajeno, sin coste"),
            ("Equipos de protección individual", "Ver cláusula duodécima"),
        ],
        (75, d.epw - 75),
        size=8.8,
        fam="serif",
        head_fill=(222, 236, 222),
    )
    d.ln(4)
    d.p(
        "2. Conceptos a cargo de LA TRABAJADORA (1)",
        size=S + 0.3,
        style="B",
        fam="serif",
        after=1.5,
    )
    d.p(
        LF(
            "housing_charge",
            2.80,
            "EUR",
            "a) Suministros del alojamiento (agua y luz): 2,80 euros por día de estancia, descontados de la "
            "nómina mensual.",
        ),
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        LF(
            "recruitment_fee",
            9500,
            "HNL",
            f"b) Gastos de gestión del expediente abonados a {rec}: 9.500 lempiras (nueve mil quinientos "
            "lempiras), pagados por LA TRABAJADORA antes de la firma de este contrato.",
        ),
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        "c) Reconocimiento médico previo en Honduras, en los términos de la nota (2).",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        "3. El importe del billete de ida se regula en la cláusula séptima y no se repite en este anexo.",
        size=S,
        fam="serif",
        after=8,
    )
    d.hline(x2=d.l_margin + 55, color=(0, 0, 0), width=0.3)
    d.ln(2)
    d.p(
        "(1) Importes revisados por la comisión provincial de seguimiento de la campaña.",
        size=8,
        fam="serif",
        after=0.8,
    )
    d.p(
        "(2) "
        + d.txt(
            LF(
                "medical_cost",
                1800,
                "HNL",
                "El reconocimiento médico previo en la clínica concertada de La Ceiba cuesta 1.800 "
                "lempiras, que LA TRABAJADORA paga directamente en la clínica.",
            )
        ),
        size=8,
        fam="serif",
        after=6,
    )
    d.p("Leído y conforme:", size=S, fam="serif", after=1)
    d.sigblock(
        [
            ("LA EMPRESA", "Francisco Javier Romero Cárdenas", ""),
            ("LA TRABAJADORA", "Keyla Yamileth Mejía Funes", ""),
        ],
        fam="serif",
        gap=12,
    )
    d.traps = [
        "'La selección realizada por LA EMPRESA es gratuita' (the collaborating agency's fee in the annex is still a finding)",
        "visa fee, accident insurance and medical check in Spain paid by the employer (annex table)",
        "gloves, boots and rain gear given free (equipment)",
        "return ticket paid by the employer",
        "salary by bank transfer",
        "statutory Social Security and IRPF deductions",
    ]
    return d


# =============================================================================== ck06
def ck06():
    """Ethiopia -> Saudi Arabia: agency registration and undertaking form for a housemaid."""
    d = Doc(
        "ck06.pdf",
        "generic",
        "en",
        "agency_registration_form",
        "form: grey section bars, label/value boxes, drawn checkboxes (no glyphs), who-pays grid, "
        "ticked undertakings, signature and thumbprint boxes; form number in header",
        margins=(14, 14, 14),
    )
    agency, office = (
        "Abay Gateway Foreign Employment Agency P.L.C.",
        "Bayt Al-Khair Recruitment Office",
    )
    d.recruiters = [agency, office]

    def hdr(doc):
        doc.set_y(8)
        doc.font("sans", "B", 11)
        doc.cell(140, 5, doc.t(agency.upper()))
        doc.font("sans", "", 7.5)
        doc.cell(0, 5, "Form AG-07 (Rev. 2026)", align="R", new_x="LMARGIN", new_y="NEXT")
        doc.font("sans", "", 7.5)
        doc.cell(
            0,
            4,
            doc.t(
                "Licence No. MoLS/FEA/0412  -  Bole Sub-City, Woreda 03, Addis Ababa  -  "
                "Tel. +251 11 667 2290"
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        doc.hline(doc.get_y() + 1, width=0.5)
        doc.set_y(doc.get_y() + 4)

    def ftr(doc):
        doc.set_y(-11)
        doc.font("sans", "", 7)
        doc.cell(
            0,
            4,
            f"AG-07  -  page {doc.page_no()} of {{nb}}  -  original kept in applicant file",
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr

    def section(title):
        d.ln(1.5)
        d.set_fill_color(205, 205, 205)
        d.font("sans", "B", 9)
        d.cell(0, 6, d.t("  " + title), fill=True, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)

    def field(label, value, w_label=44, x=None, w=None):
        x = d.l_margin if x is None else x
        w = d.epw if w is None else w
        y = d.get_y()
        d.set_xy(x, y)
        d.font("sans", "", 8)
        d.set_text_color(70, 70, 70)
        d.cell(w_label, 6.5, d.t(label))
        d.set_text_color(0, 0, 0)
        d.font("sans", "", 9)
        d.set_draw_color(120, 120, 120)
        d.cell(w - w_label, 6.5, d.t(" " + value), border=1)
        d.set_draw_color(0, 0, 0)
        d.set_y(y + 8)

    def boxes(label, options, y=None):
        y = d.get_y() if y is None else y
        d.set_xy(d.l_margin, y)
        d.font("sans", "", 8)
        d.set_text_color(70, 70, 70)
        d.cell(44, 6, d.t(label))
        d.set_text_color(0, 0, 0)
        x = d.l_margin + 44
        d.font("sans", "", 9)
        for text, ticked in options:
            d.checkbox(x, y + 1.3, ticked)
            d.set_xy(x + 4.8, y)
            d.cell(d.get_string_width(text) + 2, 6, d.t(text))
            x += d.get_string_width(text) + 12
        d.set_y(y + 8)

    d.add_page()
    d.p(
        "APPLICANT REGISTRATION AND UNDERTAKING - HOUSEMAID, KINGDOM OF SAUDI ARABIA",
        size=11,
        style="B",
        align="C",
        after=1,
    )
    d.p(
        "Fill in capital letters. Tick the boxes that apply. Read Part E with the agency officer before "
        "signing.",
        size=8,
        style="I",
        align="C",
        after=1,
    )
    section("PART A - APPLICANT")
    field("Full name", "TIGIST ALEMU BEKELE")
    y = d.get_y()
    field("Date of birth (G.C.)", "14/03/1999", w=90)
    d.set_y(y)
    field("Passport No.", "EP4471930", w_label=26, x=d.l_margin + 94, w=d.epw - 94)
    y = d.get_y()
    field("Place of birth", "Dessie", w=90)
    d.set_y(y)
    field("Woreda / Kebele", "Dessie Zuria / 07", w_label=26, x=d.l_margin + 94, w=d.epw - 94)
    boxes("Marital status", [("Single", False), ("Married", True), ("Divorced", False)])
    boxes("Languages", [("Amharic", True), ("Arabic (basic)", True), ("English", False)])
    boxes("Previous work abroad", [("None", True), ("Gulf", False), ("Other", False)])
    field("Emergency contact", "Alemu Bekele Wolde (father), +251 91 144 7308")
    section("PART B - SPONSOR (EMPLOYER) IN SAUDI ARABIA")
    field("Sponsor's name", "Mr. Saad Mubarak Al-Dosari")
    field(
        "Sponsor's address",
        "House 14, Street 27, Al-Narjis District, Riyadh, Kingdom of Saudi Arabia",
    )
    field("Recruitment office", office + ", Riyadh (Musaned No. 1021887)")
    field("Visa No.", "1305518842", w=90)
    d.terms(employer_identity="Saad Mubarak Al-Dosari", worker_identity="TIGIST ALEMU BEKELE")
    section("PART C - JOB OFFER")
    field("Position", "Housemaid")
    field("Duties", "House cleaning, laundry and ironing, helping in the kitchen (no child care)")
    field("Place of work", "Sponsor's residence in Al-Narjis District, Riyadh")
    field("Monthly salary", "SAR 1,000 (One Thousand Saudi Riyals)")
    field("Salary payment", "Monthly, into the worker's bank account")
    field("Contract period", "24 months from arrival")
    field(
        "Return ticket", "Air ticket Riyadh - Addis Ababa at end of contract, paid by the sponsor"
    )
    d.terms(
        job_duties="House cleaning, laundry and ironing",
        work_location="Sponsor's residence in Al-Narjis District, Riyadh",
        wage_rate="SAR 1,000",
        pay_frequency="Monthly, into the worker's bank account",
        return_transportation="Air ticket Riyadh - Addis Ababa at end of contract, paid by "
        "the sponsor",
    )

    d.add_page()
    section("PART D - WHO PAYS THE COSTS")
    d.grid(
        [
            ("Cost item", "Paid by"),
            ("Entry visa and Musaned contract fee", "Sponsor"),
            ("Air ticket Addis Ababa - Riyadh", "Sponsor"),
            ("Agency service fee", "Sponsor (no service fee is collected from domestic workers)"),
            ("Life and disability insurance for 2 years", "Sponsor"),
            ("Medical examination", "Applicant - see Part E"),
            ("Certificate of Competence (COC)", "Applicant - see Part E"),
        ],
        (80, d.epw - 80),
        size=8.8,
    )
    section("PART E - UNDERTAKING OF THE APPLICANT (read aloud in Amharic by the agency officer)")
    items = [
        LF(
            "medical_cost",
            4200,
            "ETB",
            "I have paid ETB 4,200 for my medical examination at Selam Wafid Medical Centre, and I understand this "
            "payment is not returned if I am found unfit.",
        ),
        LF(
            "training_cost",
            1800,
            "ETB",
            "I paid ETB 1,800 for the Certificate of Competence (COC) assessment and the housekeeping course "
            "required before departure.",
        ),
        LF(
            "deposit_or_bond",
            30000,
            "ETB",
            "My guarantor, Ato Alemu Bekele Wolde, will deposit ETB 30,000 with the Agency as a guarantee, to be "
            "returned to him after I complete my two-year contract.",
        ),
        LF(
            "movement_restriction",
            None,
            None,
            "I will not go out of my sponsor's house without his permission, including on my weekly rest day.",
        ),
        LF(
            "blacklisting_threat",
            None,
            None,
            "If I complain to the embassy, the police or the media about my sponsor instead of calling the "
            "Agency first, the Agency will put my name on its blacklist and I will not be sent abroad again.",
        ),
        "I confirm that the Agency did not take any service fee from me.",
        "I will keep my passport and residence card (iqama) myself; the sponsor may keep copies only.",
        "I have received a copy of the standard employment contract in Amharic and Arabic.",
    ]
    for it in items:
        y = d.get_y()
        d.checkbox(d.l_margin + 1, y + 0.6, True)
        d.set_xy(d.l_margin + 7, y)
        d.font("sans", "", 8.8)
        d.multi_cell(d.epw - 7, 4.2, d.t(d.txt(it)), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
    section("PART F - SIGNATURES")
    y = d.get_y() + 2
    cw = d.epw / 3
    for i, (role, name) in enumerate(
        [
            ("Applicant", "Tigist Alemu Bekele"),
            ("Guarantor", "Alemu Bekele Wolde"),
            ("Agency officer", "Mekdes Haile Tesfaye"),
        ]
    ):
        x = d.l_margin + i * cw
        d.set_draw_color(120, 120, 120)
        d.rect(x + 1, y, cw - 4, 26)
        if i < 2:
            d.rect(x + cw - 20, y + 3, 14, 16)
            d.set_xy(x + cw - 21, y + 19.5)
            d.font("sans", "", 6)
            d.cell(16, 3, "thumbprint", align="C")
        d.set_xy(x + 3, y + 20)
        d.font("sans", "B", 8)
        d.cell(cw - 26, 3.5, d.t(role))
        d.set_xy(x + 3, y + 2)
        d.font("sans", "", 8)
        d.cell(cw - 26, 3.5, d.t(name))
    d.set_draw_color(0, 0, 0)
    d.set_y(y + 30)
    d.p("Date: 19/01/2027 (Tir 11, 2019 E.C.)", size=8.5, after=1)
    d.p(f"Received for {agency}: Mekdes Haile Tesfaye, Placement Officer", size=8.5, after=1)
    d.p("Verified by: MoLS labour inspector, Bole Sub-City (stamp)", size=8.5, after=1)
    d.traps = [
        "entry visa, Musaned fee, air ticket and insurance paid by the sponsor (Part D grid)",
        "'Agency service fee - Sponsor (no service fee is collected from domestic workers)' and ticked "
        "'the Agency did not take any service fee from me' (negations)",
        "worker keeps passport and iqama (negated retention)",
        "'24 months from arrival' has no start or end date (employment_period missing)",
        "checkboxes for marital status and languages are drawn, not glyphs",
    ]
    return d


# =============================================================================== ck07
def ck07():
    """South Africa -> USA (Kansas), H-2A: recruiter's cover letter + job order terms."""
    d = Doc(
        "ck07.pdf",
        "h2a",
        "en",
        "recruiter_letter_with_job_order",
        "page 1 recruiter letter on letterhead; pages 2-3 job order with lettered sections in small "
        "font, running header, certification and signature lines",
        fmt="Letter",
        margins=(20, 15, 20),
    )
    rec = "Karoo Horizon Agri-Placements (Pty) Ltd"
    d.recruiters = [rec]

    def hdr(doc):
        if doc.page_no() == 1:
            return
        doc.set_y(9)
        doc.font("sans", "", 7.5)
        doc.set_text_color(90, 90, 90)
        doc.cell(
            0,
            4,
            "Dunmore Flats Farms LLC  -  H-2A Job Order and Work Contract  -  Case H-300-27011-448812",
            align="L",
        )
        doc.set_text_color(0, 0, 0)
        doc.hline(doc.get_y() + 5, color=(160, 160, 160), width=0.2)
        doc.set_y(18)

    def ftr(doc):
        if doc.page_no() == 1:
            return
        doc.set_y(-12)
        doc.font("sans", "", 7.5)
        doc.cell(0, 4, f"Job order page {doc.page_no() - 1} of 2", align="R")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.set_fill_color(196, 118, 32)
    d.rect(0, 0, d.w, 2.5, "F")
    d.set_y(10)
    d.font("serif", "B", 15)
    d.set_text_color(120, 70, 20)
    d.cell(0, 7, d.t(rec), new_x="LMARGIN", new_y="NEXT")
    d.font("sans", "", 7.8)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        4,
        "Reg. No. 2019/448812/07  |  22 Kellner Street, Westdene, Bloemfontein 9301  |  +27 51 430 7781",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(7)
    S = 9.8
    d.p("8 February 2027", size=S, after=3)
    d.p(
        "Mr Thabo Ernest Mokoena\n1120 Bophelong Section\nJacobsdal 8710, Free State",
        size=S,
        after=4,
    )
    d.p("Dear Mr Mokoena", size=S, after=2)
    d.p(
        "RE: 2027 HARVEST SEASON - DUNMORE FLATS FARMS LLC, COLBY, KANSAS",
        size=S,
        style="B",
        after=2,
    )
    d.p(
        "Congratulations! Following your trade test in Kimberley, you have been selected as a combine and grain "
        "cart operator for the 2027 season with our client, Dunmore Flats Farms LLC. The job order approved by "
        "the US Department of Labor is attached; please read it carefully with your family before you sign.",
        size=S,
        after=2.5,
    )
    d.p("What happens next", size=S, style="B", after=1)
    for i, t in enumerate(
        [
            "Complete the DS-160 online form with our office on Tuesday 16 February 2027 (bring your passport).",
            "Your interview at the US Consulate General in Johannesburg will be booked as soon as the "
            "administration fee below reflects in our account.",
            "Flights from OR Tambo to Denver are booked and paid by the farm; you will be met at the airport.",
        ],
        1,
    ):
        d.set_x(d.l_margin + 4)
        d.font("sans", "", S)
        d.cell(6, S * 0.47, f"{i}.")
        d.multi_cell(d.epw - 10, S * 0.47, d.t(t), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(1.5)
    d.p("Fees and documents", size=S, style="B", after=1)
    d.p(
        LF(
            "recruitment_fee",
            9800,
            "ZAR",
            f"To secure your place on the 2027 crew, an administration fee of R9,800 (nine thousand eight hundred "
            f"rand) is payable to {rec} before your visa interview can be booked.",
        ),
        size=S,
        after=1.5,
    )
    d.p(
        "Please use your surname and ID number as the payment reference. The visa application (MRV) fee is paid "
        "by Dunmore Flats Farms directly, so you pay nothing at the consulate.",
        size=S,
        after=1.5,
    )
    d.p(
        LF(
            "visa_cost",
            None,
            None,
            "The fee for issuing or renewing your passport remains your own responsibility, so check that your "
            "passport is valid until at least June 2028.",
            passport_only=True,
        ),
        size=S,
        after=1.5,
    )
    d.p(
        "Bring your Code EC driving licence and Professional Driving Permit to the DS-160 appointment.",
        size=S,
        after=4,
    )
    d.p("Yours faithfully", size=S, after=9)
    d.p("Annelie du Plessis\nPlacement Coordinator", size=S, after=1)

    # ---- job order
    d.add_page()
    d.p("H-2A JOB ORDER AND WORK CONTRACT", size=12, style="B", align="C", after=0.5)
    d.p(
        "Terms and conditions of employment offered by the employer named in section A",
        size=8.5,
        style="I",
        align="C",
        after=3,
    )
    JS = 8.8
    secs = [
        (
            "A. Employer.",
            "Dunmore Flats Farms LLC, 4410 County Road 17, Colby, Kansas 67701; telephone "
            "(785) 555-0147.",
        ),
        (
            "B. Job title and duties.",
            "Farmworkers and Laborers, Crop, Nursery and Greenhouse (combine and grain "
            "cart operator). Operate combine harvesters and tractors pulling grain carts during the wheat, corn, "
            "soybean and sorghum harvest; unload grain into trucks and bins; grease, clean and carry out minor "
            "repairs on machines; feed and water the farm's small cow-calf herd when rain stops the harvest.",
        ),
        (
            "C. Job requirements.",
            "Three months of experience operating a combine or a tractor with a grain cart "
            "in the last two years; a valid driving licence; able to lift 55 pounds. No education or commercial "
            "driver's licence is required.",
        ),
        (
            "D. Place of employment.",
            "Dunmore Flats Farms fields in Thomas, Sherman and Cheyenne Counties, Kansas.",
        ),
        ("E. Period of employment.", "May 10, 2027 through November 20, 2027."),
        (
            "F. Hours.",
            "At least 40 hours per week, Monday through Saturday. During harvest, days of up to 12 "
            "hours may occur depending on weather and crop moisture; Sunday is a day of rest.",
        ),
        ("G. Wage rate.", "$18.15 per hour for all hours worked."),
        (
            "H. Wage adjustments.",
            "If a new Adverse Effect Wage Rate, prevailing wage or federal or state "
            "minimum wage higher than the offered rate takes effect during the contract, the employer will pay "
            "the higher rate from its effective date.",
        ),
        (
            "I. Pay period.",
            "Every other Friday (biweekly), by direct deposit or by check, at the worker's choice.",
        ),
        (
            "J. Deductions.",
            "Only deductions required by law (Social Security and Medicare taxes are not "
            "withheld from H-2A wages; federal income tax is withheld only if the worker asks for it in writing) "
            "and, for workers who sign up, the voluntary field-lunch plan in section M. No other deduction is "
            "taken.",
        ),
        (
            "K. Three-fourths guarantee.",
            "The employer guarantees to offer each worker employment for at least "
            "three-fourths of the workdays of the contract period. If it does not, it will pay the worker the "
            "amount he would have earned for the guaranteed hours.",
        ),
        (
            "L. Housing.",
            "Housing that meets federal standards is provided to every worker free of charge at "
            "the Dunmore Flats crew houses, 4412 County Road 17, Colby. Utilities are included and no housing "
            "deposit is taken.",
        ),
        (
            "M. Meals.",
            "Each crew house has a fully equipped kitchen that workers may use free of charge. "
            "During harvest runs away from Colby, workers may instead join the field-lunch plan at $13.50 per "
            "day; the plan is voluntary and costs less than the maximum meal charge published by the Department "
            "of Labor.",
        ),
        (
            "N. Travel to the job.",
            "The employer books and pays the flight from Johannesburg to Denver and the "
            "shuttle to Colby directly. Any visa fee or daily subsistence for the trip that a worker pays himself "
            "is reimbursed in his first workweek.",
        ),
        (
            "O. Return travel.",
            "If the worker completes the contract period, or is dismissed early without "
            "cause, the employer pays his return travel to Johannesburg and daily subsistence on the way.",
        ),
        (
            "P. Tools and equipment.",
            "All tools, equipment and supplies required for the job, including gloves, "
            "hearing protection and grease guns, are furnished at no cost and without any deposit.",
        ),
        (
            "Q. Workers' compensation.",
            "Workers are covered by the employer's workers' compensation insurance, "
            "Prairie Mutual Insurance Co., policy no. WC-4478120, at no cost to them.",
        ),
    ]
    for h, b in secs:
        d.clause(h, b, size=JS, after=1.3)
    d.terms(
        employer_identity="Dunmore Flats Farms LLC, 4410 County Road 17, Colby, Kansas 67701",
        job_duties="Operate combine harvesters and tractors pulling grain carts",
        job_requirements="Three months of experience operating a combine",
        work_location="Dunmore Flats Farms fields in Thomas, Sherman and Cheyenne Counties, Kansas",
        employment_period="May 10, 2027 through November 20, 2027",
        hours_of_work="At least 40 hours per week",
        wage_rate="$18.15 per hour",
        wage_adjustment="the employer will pay the higher rate from its effective date",
        pay_frequency="Every other Friday (biweekly)",
        deductions="Only deductions required by law",
        three_fourths_guarantee="at least three-fourths of the workdays",
        housing="provided to every worker free of charge",
        meals="fully equipped kitchen that workers may use free of charge",
        inbound_transportation="books and pays the flight from Johannesburg to Denver",
        return_transportation="the employer pays his return travel to Johannesburg",
        tools_provided="furnished at no cost and without any deposit",
        workers_compensation="workers' compensation insurance",
    )
    d.add_page()
    secs2 = [
        (
            "R. Damage to equipment.",
            LF(
                "damage_chargeback",
                None,
                None,
                "A worker who damages a combine, grain cart or truck by operating it recklessly against instructions "
                "may be charged the reasonable cost of the repair.",
            ),
        ),
        (
            "S. Abandonment and termination.",
            "A worker who fails to report for work for five consecutive "
            "working days without the employer's consent is considered to have abandoned the job. A worker may "
            "be terminated for cause, such as refusal to work without a valid reason or repeated safety "
            "violations, after a written warning.",
        ),
        (
            "T. Contract impossibility.",
            "If hail, drought, fire or another Act of God makes it impossible to "
            "continue the work, the employer may end the contract after written notice. It will then pay the "
            "three-fourths guarantee up to the date of termination and the return trip home.",
        ),
        (
            "U. Recruitment.",
            f"The employer pays all costs of recruitment. Its agent in South Africa, {rec}, is "
            "forbidden by its contract with the employer to charge workers any fee, and a worker who is asked "
            "for money should call the employer or the Department of Labor.",
        ),
        ("V. Documents.", "Workers keep their own passports and visas at all times."),
        (
            "W. Complaints.",
            "No worker will be blacklisted, refused rehire or reported to immigration "
            "authorities for making a complaint or taking part in an investigation.",
        ),
        (
            "X. Language.",
            "A copy of this job order is given to each worker before the visa interview; an "
            "Afrikaans or Sesotho explanation is available on request.",
        ),
    ]
    for h, b in secs2:
        d.clause(h, b, size=JS, after=1.3)
    d.terms(
        termination="fails to report for work for five consecutive working days",
        contract_impossibility="If hail, drought, fire or another Act of God",
    )
    d.ln(3)
    d.p(
        "Employer's certification: the terms above are the actual terms of the job offered and comply with "
        "20 CFR 655, subpart B.",
        size=8.5,
        style="I",
        after=1,
    )
    d.sigblock(
        [
            ("For the employer", "Dale R. Hutchins, Owner", "Dunmore Flats Farms LLC"),
            ("Worker", "Thabo Ernest Mokoena", "Date received: ____________"),
        ],
        gap=14,
    )
    d.traps = [
        "'feed and water the farm's small cow-calf herd' is a job duty",
        "MRV visa fee paid by the farm; flights booked and paid by the farm",
        "lawful h2a field-lunch plan at $13.50 per day, voluntary and below the published maximum (not a finding)",
        "free crew housing with utilities and no deposit",
        "visa fee or subsistence advanced by the worker reimbursed in the first workweek",
        "tools furnished at no cost and without deposit",
        "'its agent is forbidden to charge workers any fee' in the job order (the letter on page 1 still charges one)",
        "workers keep passports; no blacklisting for complaints",
    ]
    return d


# =============================================================================== ck08
def ck08():
    """Guatemala -> Canada (Quebec greenhouse): offer letter + who-pays table + signatures. Compliant."""
    d = Doc(
        "ck08.pdf",
        "generic",
        "es",
        "offer_letter_with_terms_table",
        "letter on letterhead (page 1); three-column gridded table Concepto | Condición | Quién paga "
        "(page 2); declaration and four-party signature grid (page 3); footer repeated",
        fmt="Letter",
        margins=(20, 14, 20),
    )
    rec = "Senderos Laborales del Altiplano, S.A."
    d.recruiters = [rec]

    def hdr(doc):
        doc.set_y(8)
        doc.set_fill_color(46, 125, 50)
        doc.rect(doc.l_margin, 8, 5, 12, "F")
        doc.set_xy(doc.l_margin + 8, 8)
        doc.font("sans", "B", 13)
        doc.set_text_color(46, 125, 50)
        doc.cell(0, 6, "Serres Beaulac inc.", new_x="LEFT", new_y="NEXT")
        doc.font("sans", "", 7.8)
        doc.set_text_color(80, 80, 80)
        doc.cell(
            0,
            5,
            doc.t(
                "2150, rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá  -  Tel. +1 450 555 0182"
            ),
        )
        doc.set_text_color(0, 0, 0)
        doc.set_y(27)

    def ftr(doc):
        doc.set_y(-13)
        doc.font("sans", "", 7.5)
        doc.set_text_color(100, 100, 100)
        doc.cell(
            0, 4, doc.t(f"Oferta SB-2027-GT-041  -  página {doc.page_no()} de {{nb}}"), align="C"
        )
        doc.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    S = 9.8
    d.add_page()
    d.p("Saint-Rémi (Quebec), 18 de noviembre de 2026", size=S, align="R", after=4)
    d.p(
        "Sr. Edwin Rolando Tzul Xicará\nCantón Xecaracoj, Quetzaltenango\nGuatemala",
        size=S,
        after=4,
    )
    d.p(
        "Asunto: Oferta de empleo temporal - trabajador de invernadero, temporada 2027",
        size=S,
        style="B",
        after=3,
    )
    d.p("Estimado señor Tzul:", size=S, after=2)
    d.p(
        "Nos complace ofrecerle un puesto de trabajador de invernadero en nuestra empresa, dentro del volet "
        "agrícola del Programa de Trabajadores Extranjeros Temporales de Canadá. Las condiciones completas "
        "están en el cuadro de la página siguiente, que forma parte de esta oferta y del contrato que usted "
        "firmará al llegar.",
        size=S,
        after=2,
    )
    d.p("Antes de seguir, queremos que tenga claras tres cosas:", size=S, after=1.5)
    for i, t in enumerate(
        [
            f"Nadie puede cobrarle una cuota por ser seleccionado: ni la empresa ni {rec}, que nos apoya con la "
            "convocatoria en Quetzaltenango. Sus servicios los paga Serres Beaulac.",
            "Los costos del permiso de trabajo, de los datos biométricos y de los boletos de avión corren por "
            'cuenta de la empresa, como se indica en la columna "Quién paga".',
            "Si alguien le pide dinero o le pide su pasaporte, llámenos al +1 450 555 0182 (también por "
            "WhatsApp) o escriba a rh@serresbeaulac.example.",
        ],
        1,
    ):
        d.set_x(d.l_margin + 4)
        d.font("sans", "", S)
        d.cell(6, S * 0.47, f"{i})")
        d.multi_cell(d.epw - 10, S * 0.47, d.t(t), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(1)
    d.p(
        "Le esperamos en marzo. Si tiene preguntas, nuestra coordinadora habla español y k'iche'.",
        size=S,
        after=4,
    )
    d.p("Atentamente,", size=S, after=10)
    d.p("Marie-Josée Gagnon\nDirectora de recursos humanos", size=S, after=1)

    d.add_page()
    d.p("CUADRO DE CONDICIONES DE EMPLEO", size=11, style="B", align="C", after=3)
    rows = [
        ("Concepto", "Condición", "Quién paga"),
        (
            "Empleador",
            "Serres Beaulac inc., 2150, rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá",
            "-",
        ),
        ("Trabajador", "Edwin Rolando Tzul Xicará, pasaporte n.º 301884572", "-"),
        (
            "Puesto y tareas",
            "Trabajador de invernadero: siembra, poda, deshoje, tutoreo, polinización y "
            "cosecha de tomate; empaque en cajas",
            "-",
        ),
        ("Lugar de trabajo", "Invernaderos de la empresa en Saint-Rémi, Quebec", "-"),
        ("Período", "Del 8 de marzo al 30 de noviembre de 2027", "-"),
        (
            "Horario",
            "40 horas por semana, de lunes a viernes de 7:00 a 15:30, con 30 minutos para almorzar",
            "-",
        ),
        ("Salario", "16,10 dólares canadienses (CAD) por hora", "-"),
        (
            "Pago",
            "Cada jueves, por depósito directo en su cuenta bancaria, con talón de pago detallado",
            "-",
        ),
        (
            "Descuentos",
            "Solo los que exige la ley: impuesto sobre la renta, RRQ, seguro de empleo y RQAP",
            "-",
        ),
        (
            "Vivienda",
            "Casa para trabajadores junto a los invernaderos, con cocina y lavadora",
            "Empleador, sin costo",
        ),
        (
            "Permiso de trabajo y biometría",
            "Tasa del permiso de trabajo (CAD 155) y datos biométricos (CAD 85)",
            "Empleador",
        ),
        (
            "Boletos de avión",
            "Guatemala-Montreal al inicio y Montreal-Guatemala al final del contrato",
            "Empleador",
        ),
        (
            "Examen médico",
            "Con médico designado en Guatemala; si usted lo paga, se le reembolsa completo "
            "con su primer pago",
            "Empleador (reembolso)",
        ),
        ("Seguro médico", "Seguro privado hasta que reciba la tarjeta de la RAMQ", "Empleador"),
        (
            "Equipo de protección",
            "Guantes, tijeras de poda, botas y ropa de lluvia, sin costo y sin depósito",
            "Empleador",
        ),
        (
            "Capacitación",
            "Inducción de seguridad de dos días, pagada como horas de trabajo",
            "Empleador",
        ),
        (
            "Terminación",
            "La empresa solo puede terminar el contrato por causa justificada, con aviso escrito "
            "que explique el motivo; usted puede renunciar avisando con una semana de anticipación, sin "
            "ninguna penalidad",
            "-",
        ),
    ]
    d.grid(rows, (38, d.epw - 38 - 40, 40), size=8.6, head_fill=(200, 230, 201))
    d.terms(
        employer_identity="Serres Beaulac inc., 2150, rang Saint-Joseph",
        worker_identity="Edwin Rolando Tzul Xicará",
        job_duties="Trabajador de invernadero: siembra, poda",
        work_location="Invernaderos de la empresa en Saint-Rémi",
        employment_period="Del 8 de marzo al 30 de noviembre de 2027",
        hours_of_work="40 horas por semana",
        wage_rate="16,10 dólares canadienses",
        pay_frequency="Cada jueves",
        deductions="impuesto sobre la renta, RRQ",
        return_transportation="Montreal-Guatemala al final del contrato",
        termination="por causa justificada",
    )

    d.add_page()
    d.p("DECLARACIÓN Y FIRMAS", size=11, style="B", align="C", after=3)
    for t in [
        "Declaro que recibí esta oferta en español, que me fue explicada en una reunión en Quetzaltenango y "
        "que no he pagado ninguna cantidad a nadie para obtenerla.",
        "Entiendo que guardo mi pasaporte en todo momento; la empresa no lo retiene ni pide depósito alguno "
        "por él, ni por las llaves de la vivienda.",
        "Entiendo que puedo salir de la vivienda libremente fuera de mi horario de trabajo y que puedo "
        "presentar quejas ante la CNESST o el consulado sin que eso afecte mi empleo.",
    ]:
        d.set_x(d.l_margin + 2)
        d.font("sans", "", S)
        d.cell(5, S * 0.47, "-")
        d.multi_cell(d.epw - 7, S * 0.47, d.t(t), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.ln(4)
    y = d.get_y()
    cw, ch = d.epw / 2, 34
    parties = [
        ("EL EMPLEADOR", "Marie-Josée Gagnon, Serres Beaulac inc."),
        ("EL TRABAJADOR", "Edwin Rolando Tzul Xicará"),
        ("EL RECLUTADOR", "Lic. Hugo Armando Sic Cojtí, " + rec),
        ("TESTIGO", "Rosa Elvira Chojolán Pérez"),
    ]
    for i, (role, name) in enumerate(parties):
        x = d.l_margin + (i % 2) * cw
        yy = y + (i // 2) * ch
        d.set_draw_color(120, 120, 120)
        d.rect(x, yy, cw, ch)
        d.set_xy(x + 3, yy + 3)
        d.font("sans", "B", 8.5)
        d.cell(cw - 6, 4, d.t(role))
        d.line(x + 6, yy + ch - 11, x + cw - 6, yy + ch - 11)
        d.set_xy(x + 3, yy + ch - 9.5)
        d.font("sans", "", 8.5)
        d.multi_cell(cw - 6, 4, d.t(name), align="L")
    d.set_draw_color(0, 0, 0)
    d.set_y(y + 2 * ch + 5)
    d.p("Firmado en Quetzaltenango, el 7 de diciembre de 2026.", size=S, after=1)
    d.traps = [
        "work permit (CAD 155) and biometrics (CAD 85) in the who-pays table, paid by the employer",
        "round-trip airfare paid by the employer",
        "medical exam reimbursed in full with the first pay if the worker advanced it",
        "'depósito directo' of wages; 'sin costo y sin depósito' for protective gear",
        "free housing next to the greenhouses",
        "private health insurance paid by the employer",
        "'Nadie puede cobrarle una cuota' and 'no he pagado ninguna cantidad' (negated recruitment fee)",
        "recruiter paid by the employer",
        "worker keeps passport; free to leave housing; complaints allowed; resign without penalty",
        "paid safety induction (not a training charge)",
    ]
    return d


# =============================================================================== ck09
def ck09():
    """Philippines -> Taiwan: wage and expense statement signed before departure."""
    d = Doc(
        "ck09.pdf",
        "generic",
        "en",
        "wage_and_expense_statement",
        "two agencies in a repeated header; Roman-numbered sections; key-value grid; who-pays grid; "
        "deduction table by contract year followed by explanatory notes; signature grid; footer with "
        "worker's signature line",
        margins=(16, 14, 16),
    )
    tw, ph = "Jade Harbor Manpower Consultant Co., Ltd.", "Tanglaw Overseas Placement Corp."
    d.recruiters = [tw, ph]

    def hdr(doc):
        doc.set_y(7)
        doc.font("cond", "B", 8.5)
        doc.cell(
            0, 4, doc.t(tw + "  (Taiwan broker, Licence No. 1672)"), new_x="LMARGIN", new_y="NEXT"
        )
        doc.font("cond", "", 8.5)
        doc.cell(
            0,
            4,
            doc.t(ph + "  (Philippine agency, DMW License No. 081-LB-031526-R)"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        doc.hline(doc.get_y() + 1, width=0.4)
        doc.set_y(doc.get_y() + 5)

    def ftr(doc):
        doc.set_y(-12)
        doc.font("cond", "", 7.5)
        doc.cell(doc.epw / 2, 4, "Worker's signature: ______________________")
        doc.cell(doc.epw / 2, 4, f"Page {doc.page_no()} of {{nb}}", align="R")

    d.hdr, d.ftr = hdr, ftr
    S = 9.2
    d.add_page()
    d.p(
        "STATEMENT OF WAGES AND EXPENSES OF A FOREIGN WORKER BEFORE ENTRY INTO TAIWAN",
        size=11.5,
        style="B",
        align="C",
        after=1,
    )
    d.p(
        "To be read, understood and signed by the worker in the Philippines before departure, with a copy for "
        "each party",
        size=8.3,
        style="I",
        align="C",
        after=3,
    )
    d.p("I. PARTIES AND EMPLOYMENT", size=9.8, style="B", after=1.5)
    rows = [
        (
            "Employer",
            "Hsinfeng Precision Fasteners Co., Ltd., No. 88, Gongye 3rd Road, Gangshan District, "
            "Kaohsiung City 820, Taiwan (R.O.C.)",
        ),
        ("Worker", "Maricel Dela Cruz Bautista, Philippine passport P7721904B"),
        (
            "Job",
            "Production operator: operating cold-heading and thread-rolling machines, sorting and "
            "packing screws and bolts",
        ),
        ("Workplace", "The Employer's factory at No. 88, Gongye 3rd Road, Gangshan District"),
        ("Contract term", "3 years, from 1 June 2027 to 31 May 2030"),
        (
            "Working hours",
            "8 hours per day, Monday to Friday, 08:00 to 17:00 with a one-hour lunch break; "
            "overtime paid as required by the Labor Standards Act",
        ),
        (
            "Basic monthly wage",
            "NT$28,590 (Twenty-Eight Thousand Five Hundred Ninety New Taiwan Dollars)",
        ),
        (
            "Payday",
            "Monthly, on the 10th day of the following month, by deposit into the Worker's own "
            "postal savings account",
        ),
    ]
    d.grid(rows, (38, d.epw - 38), size=8.8, head=False, bold_first_col=True)
    d.terms(
        employer_identity="Hsinfeng Precision Fasteners Co., Ltd., No. 88",
        worker_identity="Maricel Dela Cruz Bautista",
        job_duties="operating cold-heading and thread-rolling machines",
        work_location="The Employer's factory at No. 88",
        employment_period="from 1 June 2027 to 31 May 2030",
        hours_of_work="8 hours per day",
        wage_rate="NT$28,590",
        pay_frequency="Monthly, on the 10th day",
    )
    d.ln(3)
    d.p("II. EXPENSES BEFORE DEPARTURE", size=9.8, style="B", after=1.5)
    d.grid(
        [
            ("Item", "Paid by"),
            ("Taiwan entry visa fee", "Employer"),
            ("Airfare Manila - Kaohsiung", "Employer"),
            ("Pre-departure medical examination in Manila", "Employer"),
            ("OWWA membership contribution (USD 25)", "Employer"),
            ("Pre-Departure Orientation Seminar", "Free of charge"),
        ],
        (110, d.epw - 110),
        size=8.8,
    )
    d.ln(2)
    d.p(
        LF(
            "recruitment_fee",
            28000,
            "PHP",
            f"The Worker has paid {ph} a placement fee of PHP 28,000 (Twenty-Eight Thousand Pesos), equivalent to "
            "one month's basic wage, for which Official Receipt No. 004517 was issued.",
        ),
        size=S,
        after=1.5,
    )
    d.p(
        "No other amount was paid by the Worker to any person in the Philippines in connection with this "
        "employment, and the Worker has not taken any loan for it.",
        size=S,
        after=1.5,
    )

    d.add_page()
    d.p("III. MONTHLY DEDUCTIONS IN TAIWAN", size=9.8, style="B", after=1.5)
    d.grid(
        [
            ("Item (NT$ per month)", "1st year", "2nd year", "3rd year"),
            ("Broker service fee", "1,800", "1,700", "1,500"),
            ("Dormitory accommodation", "1,500", "1,500", "1,500"),
            ("Meals at the factory canteen", "1,000", "1,000", "1,000"),
            ("Savings kept by the broker", "3,000", "3,000", "3,000"),
            (
                "Labor Insurance and National Health Insurance (worker's share)",
                "as by law",
                "as by law",
                "as by law",
            ),
            ("Income tax", "as by law", "as by law", "as by law"),
        ],
        (92, 28, 28, d.epw - 148),
        size=8.6,
    )
    d.term("deductions", "Broker service fee")
    d.ln(2)
    d.p("Notes to section III", size=S, style="B", after=1)
    notes = [
        LF(
            "recruitment_fee",
            1800,
            "TWD",
            f"The broker's monthly service fee of NT$1,800 in the first year, NT$1,700 in the second year and "
            f"NT$1,500 in the third year is deducted from the Worker's wage and paid each month to {tw} in "
            "Kaohsiung.",
        ),
        LF(
            "housing_charge",
            1500,
            "TWD",
            "Dormitory accommodation is charged at NT$1,500 per month and deducted from the wage.",
        ),
        LF(
            "meal_charge",
            1000,
            "TWD",
            "Lunch and dinner on workdays at the factory canteen are charged at NT$1,000 per month and deducted "
            "from the wage.",
        ),
        LF(
            "wage_withholding",
            3000,
            "TWD",
            "NT$3,000 of each month's wage is placed in a savings account in the Worker's name that is kept by "
            "the broker, and the passbook is handed to the Worker when the contract ends.",
        ),
        LF(
            "visa_cost",
            1000,
            "TWD",
            "The fee for the Alien Resident Certificate, NT$1,000 for each year of stay, is paid by the Worker.",
        ),
        LF(
            "medical_cost",
            1600,
            "TWD",
            "The health examinations required within 3 days of entry and in the 6th, 18th and 30th months are "
            "done at Kaohsiung Lianhe Clinic, and each one costs about NT$1,600, which is deducted from the "
            "wage.",
        ),
        "The Employment Stability Fee for the Worker is paid by the Employer and is never deducted from the "
        "wage.",
    ]
    for i, n in enumerate(notes, 1):
        d.font("sans", "", S)
        d.cell(7, S * 0.47, f"{i}.")
        d.multi_cell(d.epw - 7, S * 0.47, d.t(d.txt(n)), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(1.5)
    d.p("IV. OTHER TERMS", size=9.8, style="B", after=1.5)
    for t in [
        "The Worker keeps her passport and Alien Resident Certificate. The Employer and the broker may "
        "keep photocopies only.",
        "Either party may end the employment early by giving 10 to 30 days' notice, depending on length of "
        "service, as set out in Article 16 of the Labor Standards Act; the Employer may dismiss the Worker "
        "without notice only on the grounds listed in Article 12.",
        "The Worker may call the 1955 hotline of the Ministry of Labor free of charge at any time.",
    ]:
        d.p("- " + t, size=S, after=1.2)
    d.term("termination", "giving 10 to 30 days' notice")
    d.ln(2)
    d.grid(
        [
            ("Worker", "For the Employer", "Taiwan broker", "Philippine agency"),
            (
                "\n\n\nMaricel D. Bautista",
                "\n\n\nLin Chia-hao, HR",
                "\n\n\nTsai Yu-ting",
                "\n\n\nRowena P. Magsino",
            ),
        ],
        (d.epw / 4,) * 4,
        size=8.2,
        head_fill=(235, 235, 235),
    )
    d.p("Signed in Makati City on 12 March 2027.", size=8.5, after=1)
    d.traps = [
        "visa, airfare, Manila medical and OWWA contribution (USD 25) paid by the employer (who-pays grid)",
        "'No other amount was paid ... has not taken any loan' (negations)",
        "statutory Labor Insurance / National Health Insurance share and income tax (not insurance_cost)",
        "Employment Stability Fee paid by the employer",
        "worker keeps passport and ARC",
        "free 1955 hotline",
    ]
    return d


# =============================================================================== ck10
def ck10():
    """Vietnam -> Korea (EPS, E-9): service agreement with deposit; annex; scanned acknowledgement page."""
    d = Doc(
        "ck10.pdf",
        "generic",
        "en",
        "service_agreement_with_annex",
        "national motto heading; Articles with sub-clauses; annex as two-column grid; seals drawn; "
        "page 3 is an image-only scan (slight rotation, blur, noise) of a certificate and acknowledgement",
        margins=(20, 14, 20),
    )
    rec = "Thanh Son Quang Overseas Labour JSC"
    d.recruiters = [rec]

    def ftr(doc):
        doc.set_y(-12)
        doc.font("serif", "I", 7.5)
        doc.cell(0, 4, f"Agreement No. 0215/2027/HD-TSQ  -  page {doc.page_no()}/{{nb}}", align="C")

    d.ftr = ftr
    S = 9.4
    d.add_page()
    d.font("serif", "B", 9.5)
    d.cell(78, 5, d.t(rec.upper()), align="C")
    d.cell(0, 5, "SOCIALIST REPUBLIC OF VIETNAM", align="C", new_x="LMARGIN", new_y="NEXT")
    d.font("serif", "", 8.5)
    d.cell(78, 4.5, "No. 0215/2027/HD-TSQ", align="C")
    d.font("serif", "B", 8.5)
    d.cell(0, 4.5, "Independence - Freedom - Happiness", align="C", new_x="LMARGIN", new_y="NEXT")
    d.font("serif", "I", 8.5)
    d.cell(78, 4.5, "")
    d.cell(0, 4.5, "Hanoi, 3 March 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.p(
        "AGREEMENT ON TRAINING, DEPOSIT AND SUPPORT SERVICES FOR WORK IN THE REPUBLIC OF KOREA UNDER THE "
        "EMPLOYMENT PERMIT SYSTEM (E-9)",
        size=11,
        style="B",
        fam="serif",
        align="C",
        after=3,
    )
    d.p(
        f"Party A: {rec}, 46 Le Van Luong Street, Thanh Xuan District, Hanoi; licence for the provision of "
        "overseas employment services No. 418/LDTBXH-GP; represented by Mr. Pham Duc Thinh, Deputy Director.",
        size=S,
        fam="serif",
        after=1.2,
    )
    d.p(
        "Party B: Mr. Nguyen Van Hieu, born 1998, citizen identity card No. 038098007412, residing in Hoang "
        "Quy commune, Hoang Hoa district, Thanh Hoa province.",
        size=S,
        fam="serif",
        after=2,
    )
    d.term("worker_identity", "Mr. Nguyen Van Hieu")
    d.p("Article 1. Employment", size=S + 0.4, style="B", fam="serif", after=1)
    d.p(
        "Party B has passed the EPS-TOPIK test and has been selected by Daegyeong Auto Parts Co., Ltd. (the "
        "Employer) to work in the Republic of Korea on the terms summarised in Annex 1, which reproduces the "
        "standard labour contract signed through the EPS system.",
        size=S,
        fam="serif",
        after=2,
    )
    d.p("Article 2. Obligations of Party B", size=S + 0.4, style="B", fam="serif", after=1)
    subs = [
        LF(
            "training_cost",
            7500000,
            "VND",
            "Party B attends the 12-week Korean language and orientation course at Party A's training centre in "
            "Thanh Hoa and pays the course fee of VND 7,500,000 on enrolment.",
        ),
        LF(
            "recruitment_fee",
            2096270,
            "KRW",
            "Party B pays Party A a service remuneration of one month's basic wage for each twelve months of the "
            "contract, that is KRW 2,096,270 for each year, converted into VND at the bank's selling rate on the "
            "day of payment.",
        ),
        LF(
            "deposit_or_bond",
            100000000,
            "VND",
            "Party B deposits VND 100,000,000 (one hundred million dong) in a blocked account at the Bank for "
            "Social Policies, Hoang Hoa branch, to guarantee that he returns to Vietnam when the contract ends.",
        ),
        LF(
            "breach_penalty",
            None,
            None,
            "If Party B breaks the labour contract and leaves his job before the end of the contract, or stays in "
            "Korea illegally after it ends, the deposit and its interest are forfeited.",
        ),
        LF(
            "insurance_cost",
            25000,
            "KRW",
            "Within 15 days of entry Party B takes out the casualty insurance required under the EPS and pays the "
            "premium of about KRW 25,000 per year himself.",
        ),
    ]
    for i, sb in enumerate(subs, 1):
        d.font("serif", "", S)
        d.cell(9, S * 0.47, f"2.{i}.")
        d.multi_cell(d.epw - 9, S * 0.47, d.t(d.txt(sb)), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(1)
    d.p("Article 3. Costs borne by the Employer", size=S + 0.4, style="B", fam="serif", after=1)
    d.p(
        "The air ticket Hanoi-Incheon, the visa issuance (CCVI) fee, the departure guarantee insurance and the "
        "wage guarantee insurance are paid by the Employer. Party A does not collect any other brokerage or "
        "commission from Party B.",
        size=S,
        fam="serif",
        after=2,
    )
    d.p("Article 4. Rights of Party B", size=S + 0.4, style="B", fam="serif", after=1)
    d.p(
        "Party B keeps his passport and his Korean alien registration card at all times; no one may hold them as "
        "security. The deposit in Article 2.3 and its interest are refunded within 15 days after Party B "
        "reports his return at Party A's office.",
        size=S,
        fam="serif",
        after=2,
    )

    d.add_page()
    d.p(
        "ANNEX 1 - MAIN TERMS OF THE STANDARD LABOUR CONTRACT (EPS)",
        size=10.5,
        style="B",
        fam="serif",
        align="C",
        after=3,
    )
    rows = [
        (
            "Employer",
            "Daegyeong Auto Parts Co., Ltd., 55 Sandan-ro 48beon-gil, Jinrye-myeon, Gimhae-si, "
            "Gyeongsangnam-do, Republic of Korea",
        ),
        ("Worker", "Nguyen Van Hieu"),
        (
            "Job",
            "Press machine operator: setting blanks, running the press, removing and inspecting stamped "
            "parts",
        ),
        ("Workplace", "The Employer's factory in Jinrye-myeon, Gimhae"),
        (
            "Contract period",
            "2 August 2027 to 1 August 2030 (the start date follows the actual date of entry)",
        ),
        ("Working hours", "As set by the Employer's rules of employment"),
        ("Wage", "KRW 2,096,270 per month, plus overtime, night and holiday allowances at 150%"),
        ("Payment", "Monthly, on the 10th, by bank transfer to the Worker's own account"),
        (
            "Deductions",
            "Income tax, national pension (refunded on departure), health insurance and "
            "employment insurance, as required by Korean law",
        ),
        ("Dormitory and meals", "Provided by the Employer free of charge"),
        (
            "Return ticket",
            "Air ticket Incheon-Hanoi at the end of the contract, paid by the Employer",
        ),
        (
            "Termination",
            "Either party may end the contract with 30 days' written notice; dismissal without "
            "notice only for the grounds in the Labor Standards Act. A change of workplace follows Article 25 "
            "of the Act on the Employment of Foreign Workers",
        ),
    ]
    d.grid(rows, (40, d.epw - 40), size=8.9, fam="serif", head=False, bold_first_col=True)
    d.terms(
        employer_identity="Daegyeong Auto Parts Co., Ltd., 55 Sandan-ro",
        job_duties="Press machine operator",
        work_location="The Employer's factory in Jinrye-myeon, Gimhae",
        employment_period="2 August 2027 to 1 August 2030",
        wage_rate="KRW 2,096,270 per month",
        pay_frequency="Monthly, on the 10th",
        deductions="Income tax, national pension",
        return_transportation="Air ticket Incheon-Hanoi at the end of the contract, paid by the Employer",
        termination="30 days' written notice",
    )
    d.ln(6)
    d.p(
        "This agreement is made in two copies of equal value, one for each party.",
        size=S,
        fam="serif",
        after=2,
    )
    y = d.get_y() + 4
    d.sigblock(
        [
            ("PARTY A", "Pham Duc Thinh", "Deputy Director (seal)"),
            ("PARTY B", "Nguyen Van Hieu", ""),
        ],
        fam="serif",
        size=9,
    )
    d.set_draw_color(200, 30, 30)
    d.set_line_width(0.6)
    d.ellipse(d.l_margin + 18, y + 2, 30, 30)
    d.ellipse(d.l_margin + 21, y + 5, 24, 24)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)

    # ---- page 3: scanned certificate + acknowledgement (no text layer, no finding)
    def draw(img, dr, ppm):
        pt = PilText(dr, ppm, left_mm=24, right_mm=24, top_mm=22)
        pt.para(rec.upper(), pt=11, bold=True, center=True, after=0.1)
        pt.para("Training Centre - Thanh Hoa", pt=9.5, center=True, after=1.2)
        pt.para("CERTIFICATE OF COMPLETION", pt=14, bold=True, center=True, after=0.2)
        pt.para(
            "Pre-departure orientation for workers going to the Republic of Korea",
            pt=10,
            center=True,
            after=1.5,
        )
        pt.para(
            "This is to certify that Mr. Nguyen Van Hieu, born 1998, citizen identity card No. 038098007412, "
            "attended the pre-departure orientation from 7 June 2027 to 30 July 2027 and passed the final "
            "assessment. The course covered Korean labour law, workplace safety, customs and culture, and "
            "how to contact the Vietnamese embassy and the support centres for foreign workers.",
            pt=10.5,
        )
        pt.para("Thanh Hoa, 30 July 2027.  For the Training Centre (signed and sealed)", pt=10)
        pt.gap(6)
        x0, x1 = pt.x0, pt.x1
        dr.line([(x0, pt.y), (x1, pt.y)], fill=80, width=3)
        pt.gap(6)
        pt.para("WORKER'S ACKNOWLEDGEMENT", pt=13, bold=True, center=True, after=0.8)
        pt.para(
            "I, Nguyen Van Hieu, confirm that I have received the following documents and that they were "
            "explained to me in Vietnamese:",
            pt=10.5,
        )
        for i, t in enumerate(
            [
                "the standard labour contract in Korean and Vietnamese;",
                "Agreement No. 0215/2027/HD-TSQ and its Annex 1;",
                "the certificate of the deposit account at the Bank for Social Policies;",
                "the list of support centres for foreign workers in Gyeongsangnam-do.",
            ],
            1,
        ):
            pt.para(f"{i}. {t}", pt=10.5, indent_mm=6, after=0.2)
        pt.para(
            "I keep my own passport. I have read and understood Agreement No. 0215/2027/HD-TSQ.",
            pt=10.5,
        )
        pt.gap(4)
        pt.para("Thanh Hoa, 30 July 2027", pt=10.5, after=0.3)
        pt.para("Worker (signature and right index fingerprint)", pt=10.5)
        y = pt.y + int(4 * ppm)
        dr.rectangle([x0, y, x0 + int(24 * ppm), y + int(30 * ppm)], outline=60, width=3)
        dr.ellipse(
            [x0 + int(6 * ppm), y + int(6 * ppm), x0 + int(17 * ppm), y + int(22 * ppm)], fill=110
        )
        sx = x0 + int(40 * ppm)
        dr.line(
            [
                (sx, y + int(22 * ppm)),
                (sx + int(22 * ppm), y + int(12 * ppm)),
                (sx + int(34 * ppm), y + int(24 * ppm)),
                (sx + int(52 * ppm), y + int(10 * ppm)),
            ],
            fill=40,
            width=4,
        )
        cx, cy, r = x1 - int(34 * ppm), y - int(60 * ppm), int(17 * ppm)
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=95, width=5)
        dr.ellipse([cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14], outline=95, width=3)
        f = pil_font("DejaVuSans-Bold.ttf", int(3.2 * ppm))
        dr.text((cx - int(9 * ppm), cy - int(2 * ppm)), "T.S.Q.", font=f, fill=95)

    d.scanned_page(draw, seed=1010, angle=0.7)
    d.traps = [
        "air ticket, CCVI visa fee, departure-guarantee and wage-guarantee insurance paid by the employer",
        "'Party A does not collect any other brokerage or commission' (negation)",
        "worker keeps passport and alien registration card",
        "free dormitory and meals",
        "statutory pension / health / employment insurance deductions (not insurance_cost)",
        "'Working hours: As set by the Employer's rules of employment' has no concrete value (hours_of_work missing)",
        "scanned page 3 (certificate of orientation and acknowledgement) has no fee",
    ]
    return d


# =============================================================================== ck11
def ck11():
    """Mexico (Veracruz) -> USA (Maryland), H-2B crab picking: bilingual job order. Compliant."""
    d = Doc(
        "ck11.pdf",
        "h2b",
        "mixed",
        "job_order",
        "bilingual: each English section followed by its Spanish version (italic, grey, with a left rule); "
        "bilingual headings; running header and footer; recruiter and worker signature lines",
        fmt="Letter",
        margins=(20, 15, 20),
    )
    rec = "Marea Alta Contrataciones, S.C."
    d.recruiters = [rec]

    def hdr(doc):
        doc.set_y(8)
        doc.font("sans", "B", 8)
        doc.set_text_color(20, 70, 120)
        doc.cell(
            0,
            4,
            "Tidewater Shoals Seafood, Inc.  -  H-2B Job Order / Orden de trabajo H-2B  -  2027",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        doc.set_text_color(0, 0, 0)
        doc.hline(doc.get_y() + 1, color=(20, 70, 120), width=0.5)
        doc.set_y(doc.get_y() + 5)

    def ftr(doc):
        doc.set_y(-12)
        doc.font("sans", "", 7.5)
        doc.cell(
            0, 4, f"Page {doc.page_no()} of {{nb}} / Página {doc.page_no()} de {{nb}}", align="C"
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.p("JOB ORDER AND WORK CONTRACT - CRAB MEAT PICKERS", size=12, style="B", align="C", after=0.5)
    d.p(
        "ORDEN DE TRABAJO Y CONTRATO - PELADORES DE CARNE DE JAIBA",
        size=10.5,
        style="BI",
        align="C",
        color=(90, 90, 90),
        after=4,
    )
    S = 8.7

    def sec(title_en, title_es, en, es):
        d.font("sans", "B", S + 0.6)
        d.set_text_color(20, 70, 120)
        d.multi_cell(
            0, 4.6, d.t(f"{title_en} / {title_es}"), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        d.set_text_color(0, 0, 0)
        d.ln(0.4)
        d.p(en, size=S, after=0.8)
        y0 = d.get_y()
        d.p(es, size=S, style="I", color=(85, 85, 85), x=d.l_margin + 4, w=d.epw - 4, after=0)
        d.set_draw_color(20, 70, 120)
        d.set_line_width(0.6)
        d.line(d.l_margin + 1, y0, d.l_margin + 1, d.get_y())
        d.set_line_width(0.2)
        d.set_draw_color(0, 0, 0)
        d.ln(2.2)

    sec(
        "1. Employer",
        "Empleador",
        "Tidewater Shoals Seafood, Inc., 1406 Jenkins Creek Lane, Crisfield, Maryland 21817; telephone "
        "(410) 555-0163.",
        "Tidewater Shoals Seafood, Inc., 1406 Jenkins Creek Lane, Crisfield, Maryland 21817; teléfono "
        "(410) 555-0163.",
    )
    sec(
        "2. Job and duties",
        "Puesto y tareas",
        "Meat, poultry and fish cutters and trimmers (crab meat pickers). Steam blue crabs, pick the meat by "
        "hand, sort it by grade, pack and label containers and clean the work tables. On some days workers "
        "take turns at the retail window, boxing orders and collecting the cooler and delivery fees from "
        "customers.",
        "Cortadores y limpiadores de carne, aves y pescado (peladores de jaiba). Cocer la jaiba al vapor, sacar "
        "la carne a mano, clasificarla por calidad, empacar y etiquetar los envases y limpiar las mesas. "
        "Algunos días los trabajadores se turnan en la ventanilla de venta, empacando pedidos y cobrando a los "
        "clientes la hielera y el envío.",
    )
    sec(
        "3. Requirements",
        "Requisitos",
        "No experience or schooling is required. Workers must be able to stand for the whole shift in a cool, "
        "wet room and to lift 30 pounds.",
        "No se requiere experiencia ni estudios. Se debe poder estar de pie todo el turno en un cuarto fresco y "
        "húmedo y levantar 30 libras.",
    )
    sec(
        "4. Place of work",
        "Lugar de trabajo",
        "Tidewater Shoals picking house, 1406 Jenkins Creek Lane, Crisfield, Maryland.",
        "Planta de Tidewater Shoals, 1406 Jenkins Creek Lane, Crisfield, Maryland.",
    )
    sec(
        "5. Dates",
        "Fechas",
        "April 5, 2027 to November 19, 2027.",
        "Del 5 de abril al 19 de noviembre de 2027.",
    )
    sec(
        "6. Hours",
        "Horario",
        "35 hours per week, Monday to Friday, 6:00 a.m. to 1:30 p.m., with one 30-minute break.",
        "35 horas por semana, de lunes a viernes, de 6:00 a. m. a 1:30 p. m., con un descanso de 30 minutos.",
    )
    sec(
        "7. Pay rate",
        "Salario",
        "$17.42 per hour. Workers may earn more under the piece rate of $4.10 per pound of picked crab meat; "
        "each week the employer pays whichever is higher, piece earnings or the hourly rate for all hours "
        "worked.",
        "$17.42 por hora. Se puede ganar más con la tarifa de $4.10 por libra de carne pelada; cada semana el "
        "empleador paga lo que resulte mayor: lo ganado por libra o el salario por hora de todas las horas "
        "trabajadas.",
    )
    sec(
        "8. Wage increases",
        "Aumentos de salario",
        "If a higher prevailing wage or a higher federal, state or local minimum wage takes effect during the "
        "contract, the employer will pay that higher rate from the day it takes effect.",
        "Si durante el contrato entra en vigor un salario prevaleciente o un salario mínimo federal, estatal o "
        "local más alto, el empleador pagará ese salario desde el día en que entre en vigor.",
    )
    sec(
        "9. Overtime",
        "Horas extra",
        "Hours over 40 in a workweek are paid at $26.13 per hour.",
        "Las horas después de 40 en una semana se pagan a $26.13 por hora.",
    )
    sec(
        "10. Payday and pay stubs",
        "Día de pago y talones",
        "Every Friday, by direct deposit or paper check. Each pay stub shows the hours offered, hours worked, "
        "pounds picked, rates, gross pay and each deduction.",
        "Cada viernes, por depósito directo o cheque. Cada talón muestra las horas ofrecidas, las horas "
        "trabajadas, las libras peladas, las tarifas, el pago bruto y cada descuento.",
    )
    sec(
        "11. Deductions",
        "Descuentos",
        "Only federal and Maryland income tax, Social Security and Medicare, and any voluntary deduction that a "
        "worker authorizes in writing for his or her own benefit; none is required.",
        "Solo el impuesto sobre la renta federal y de Maryland, el Seguro Social y Medicare, y cualquier "
        "descuento voluntario que el trabajador autorice por escrito en su propio beneficio; ninguno es "
        "obligatorio.",
    )
    sec(
        "12. Three-fourths guarantee",
        "Garantía de tres cuartas partes",
        "The employer guarantees to offer work for at least three-fourths of the workdays in each 12-week "
        "period of the contract. If it offers less, it pays the difference.",
        "El empleador garantiza ofrecer trabajo por lo menos las tres cuartas partes de los días laborables de "
        "cada periodo de 12 semanas del contrato. Si ofrece menos, paga la diferencia.",
    )
    sec(
        "13. Tools and gear",
        "Herramientas y equipo",
        "Knives, mallets, gloves, aprons, hairnets and rubber boots are provided free, with no deposit.",
        "Cuchillos, mazos, guantes, mandiles, redecillas y botas de hule se dan gratis y sin depósito.",
    )
    sec(
        "14. Travel to Crisfield",
        "Viaje a Crisfield",
        "The employer pays or reimburses the bus from Alvarado, Veracruz, to Crisfield and the daily meal "
        "expenses of the trip at the rate published by the Department of Labor, in the worker's first "
        "paycheck.",
        "El empleador paga o reembolsa el autobús de Alvarado, Veracruz, a Crisfield y los gastos diarios de "
        "comida del viaje, según la tarifa publicada por el Departamento del Trabajo, en el primer cheque del "
        "trabajador.",
    )
    sec(
        "15. Visa fees",
        "Costos de la visa",
        "The employer pays, or reimburses in the first workweek, the visa fee, the visa processing fees and "
        "the border crossing fee.",
        "El empleador paga, o reembolsa en la primera semana de trabajo, la cuota de la visa, los costos de "
        "trámite de la visa y la cuota de cruce fronterizo.",
    )
    sec(
        "16. Return travel",
        "Viaje de regreso",
        "Workers who complete the contract, or who are dismissed early for any reason other than cause, get "
        "their bus fare and daily meal expenses back to Alvarado paid by the employer.",
        "A quien termine el contrato, o sea despedido antes por una razón que no sea causa justificada, el "
        "empleador le paga el autobús y los gastos de comida de regreso a Alvarado.",
    )
    sec(
        "17. Housing",
        "Vivienda",
        "The employer does not offer housing. On request, the office gives workers a list of rooms for rent "
        "near the plant and receives no money from landlords.",
        "El empleador no ofrece vivienda. Si lo pide, la oficina le da una lista de cuartos de renta cerca de "
        "la planta y no recibe dinero de los caseros.",
    )
    sec(
        "18. No fees for this job",
        "Este trabajo no tiene costo",
        f"Neither the employer nor {rec} nor anyone working for them may ask a worker for money for this job. "
        "The recruiter is paid by the employer and must return any payment it receives from a worker.",
        f"Ni el empleador ni {rec} ni nadie que trabaje para ellos puede pedirle dinero por este trabajo. El "
        "reclutador cobra al empleador y debe devolver cualquier pago que reciba de un trabajador.",
    )
    sec(
        "19. Documents and complaints",
        "Documentos y quejas",
        "Workers keep their own passports and visas. No worker will be fired, blacklisted or reported to "
        "immigration for complaining about pay or working conditions.",
        "Cada trabajador guarda su pasaporte y su visa. A nadie se le despedirá, boletinará ni reportará a "
        "migración por quejarse del pago o de las condiciones de trabajo.",
    )
    sec(
        "20. Abandonment and termination",
        "Abandono y despido",
        "A worker who misses 5 consecutive working days without permission is treated as having abandoned the "
        "job, and the employer notifies the Department of Labor and DHS in writing within 2 working days. "
        "Dismissal for cause follows a written warning, except for theft or violence.",
        "Quien falte 5 días laborables seguidos sin permiso se considera que abandonó el trabajo, y el "
        "empleador avisa por escrito al Departamento del Trabajo y al DHS dentro de 2 días hábiles. El despido "
        "por causa justificada va precedido de una advertencia por escrito, salvo en caso de robo o violencia.",
    )
    sec(
        "21. If work becomes impossible",
        "Si el trabajo se vuelve imposible",
        "If a hurricane, fire or other Act of God makes the work impossible, the employer may end the contract "
        "with the approval of the Certifying Officer; it then pays the three-fourths guarantee up to that "
        "date and the return trip.",
        "Si un huracán, un incendio u otra causa de fuerza mayor hace imposible el trabajo, el empleador puede "
        "terminar el contrato con la aprobación del oficial certificador; en ese caso paga la garantía de tres "
        "cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    sec(
        "22. Break room",
        "Comedor",
        "Free coffee and cold water are available in the break room.",
        "En el comedor hay café y agua fría gratis.",
    )
    d.terms(
        employer_identity="Tidewater Shoals Seafood, Inc., 1406 Jenkins Creek Lane",
        job_duties="Steam blue crabs, pick the meat by hand",
        job_requirements="No experience or schooling is required",
        work_location="Tidewater Shoals picking house, 1406 Jenkins Creek Lane",
        employment_period="April 5, 2027 to November 19, 2027",
        hours_of_work="35 hours per week",
        wage_rate="$17.42 per hour",
        wage_adjustment="the employer will pay that higher rate",
        overtime="Hours over 40 in a workweek are paid at $26.13 per hour",
        pay_frequency="Every Friday",
        deductions="Only federal and Maryland income tax",
        three_fourths_guarantee="at least three-fourths of the workdays",
        inbound_transportation="pays or reimburses the bus from Alvarado",
        visa_reimbursement="reimburses in the first workweek, the visa fee",
        return_transportation="bus fare and daily meal expenses back to Alvarado",
        tools_provided="are provided free, with no deposit",
        earnings_statements="Each pay stub shows the hours offered",
        termination="treated as having abandoned the job",
        contract_impossibility="If a hurricane, fire or other Act of God",
    )
    d.ln(2)
    d.sigblock(
        [
            ("Employer / Empleador", "Carla J. Tawes, President", ""),
            ("Recruiter / Reclutador", "Jesús Ortiz Malpica", rec),
            ("Worker / Trabajador", "Rigoberto Cházaro Uscanga", ""),
        ],
        size=8.2,
        gap=12,
    )
    d.traps = [
        "'collecting the cooler and delivery fees from customers' is a job duty",
        "visa, visa processing and border crossing fees paid or reimbursed in the first workweek",
        "inbound bus and trip meals reimbursed in the first paycheck",
        "gear free, 'no deposit'; 'depósito directo' of wages",
        "no housing offered; list of rentals, no money from landlords",
        "recruiter paid by the employer; no fee may be asked (negated recruitment fee)",
        "workers keep passports; no blacklisting or report to immigration for complaints",
        "'coffee' contains 'fee'; free coffee and water",
    ]
    return d


# =============================================================================== ck12
def ck12():
    """El Salvador -> Spain (Mallorca hotels): pre-departure orientation guide + tear-off receipt."""
    d = Doc(
        "ck12.pdf",
        "generic",
        "es",
        "predeparture_orientation_guide_with_receipt",
        "A5 booklet; coloured title band; numbered section badges; shaded boxes; Q&A; dashed cut line "
        "and receipt with amount in words (last page)",
        fmt=(148, 210),
        margins=(12, 12, 12),
        bottom=14,
    )
    rec = "Horizontes Laborales Cuscatlán, S.A. de C.V."
    d.recruiters = [rec]
    TEAL = (0, 105, 120)

    def ftr(doc):
        doc.set_y(-10)
        doc.font("sans", "", 6.8)
        doc.set_text_color(110, 110, 110)
        doc.cell(
            0,
            4,
            doc.t(
                f"{rec}  -  Calle El Mirador #318, Colonia Escalón, San Salvador  -  {doc.page_no()}"
            ),
            align="C",
        )
        doc.set_text_color(0, 0, 0)

    d.ftr = ftr

    def badge(n, title):
        d.ln(1.5)
        y = d.get_y()
        d.set_fill_color(*TEAL)
        d.ellipse(d.l_margin, y, 7, 7, "F")
        d.set_xy(d.l_margin, y + 1)
        d.set_text_color(255, 255, 255)
        d.font("sans", "B", 9)
        d.cell(7, 5, str(n), align="C")
        d.set_xy(d.l_margin + 9, y + 0.8)
        d.set_text_color(*TEAL)
        d.font("sans", "B", 10)
        d.cell(0, 5.5, d.t(title), new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.set_y(y + 9)

    def bullet(text, size=8.6):
        y = d.get_y()
        d.set_fill_color(*TEAL)
        d.rect(d.l_margin + 1.5, y + 1.4, 1.6, 1.6, "F")
        d.set_xy(d.l_margin + 5, y)
        d.font("sans", "", size)
        d.multi_cell(
            d.epw - 5, size * 0.46, d.t(d.txt(text)), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        d.ln(0.9)

    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 30, "F")
    d.set_xy(d.l_margin, 7)
    d.set_text_color(255, 255, 255)
    d.font("sans", "B", 13)
    d.multi_cell(
        d.epw,
        6,
        d.t("GUÍA DE ORIENTACIÓN PREVIA AL VIAJE"),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font("sans", "", 8.5)
    d.multi_cell(
        d.epw,
        4.2,
        d.t("Temporada 2027 - Camareras y camareros de piso - Mallorca, España"),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_y(34)
    d.set_fill_color(232, 244, 245)
    d.font("sans", "", 8.4)
    d.multi_cell(
        d.epw,
        4.4,
        d.t(
            "Nombre de la participante: Brenda Guadalupe Ayala Cornejo\nGrupo 3 - Salida "
            "prevista: 26 de abril de 2027"
        ),
        fill=True,
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.term("worker_identity", "Brenda Guadalupe Ayala Cornejo")
    badge(1, "Su empleo en España")
    for t in [
        "Empresa: Hotel Torrent de Sa Mola, S.L., Avinguda del Far 22, 07157 Port d'Andratx, Mallorca "
        "(Illes Balears).",
        "Puesto: camarera o camarero de piso: limpieza y arreglo de habitaciones, cambio de ropa de cama, "
        "reposición de amenities y limpieza de pasillos.",
        "Lugar de trabajo: el propio hotel, en Port d'Andratx.",
        "Temporada: del 1 de mayo al 31 de octubre de 2027.",
        "Jornada: 40 horas semanales, en turnos de 8 horas, con dos días libres a la semana.",
        "Salario: 1.512 euros brutos al mes, según el convenio de hostelería de las Illes Balears.",
        "Pago: mensual, por transferencia a su cuenta bancaria en España.",
        "Descuentos: solo la cotización a la Seguridad Social y el IRPF.",
    ]:
        bullet(t)
    d.terms(
        employer_identity="Hotel Torrent de Sa Mola, S.L., Avinguda del Far 22",
        job_duties="limpieza y arreglo de habitaciones",
        work_location="el propio hotel, en Port d'Andratx",
        employment_period="del 1 de mayo al 31 de octubre de 2027",
        hours_of_work="40 horas semanales",
        wage_rate="1.512 euros brutos al mes",
        pay_frequency="Pago: mensual",
        deductions="solo la cotización a la Seguridad Social y el IRPF",
    )
    badge(2, "Lo que cubre el hotel")
    for t in [
        "El hotel paga la tasa del visado y del permiso de trabajo.",
        "Alojamiento compartido en la residencia de personal, con desayuno, almuerzo y cena, sin costo "
        "para usted.",
        "El uniforme y el calzado de trabajo los entrega el hotel sin cargo.",
        "La agencia no cobra comisión por la colocación: sus honorarios los paga el hotel.",
    ]:
        bullet(t)

    d.add_page()
    badge(3, "Antes de viajar: lo que usted debe cubrir")
    d.set_fill_color(255, 243, 224)
    y0 = d.get_y()
    for t in [
        LF(
            "training_cost",
            185,
            "USD",
            "Aporte al curso de orientación y manipulación de alimentos (tres sábados): $185.00, que se "
            "cancela el primer día del curso.",
        ),
        LF(
            "insurance_cost",
            64.50,
            "USD",
            "Póliza de seguro de viaje y asistencia médica durante el vuelo: $64.50 por persona.",
        ),
        LF(
            "deposit_or_bond",
            2000,
            "USD",
            "Cada participante firmará un pagaré por $2,000.00 a favor de la agencia como garantía de que "
            "cumplirá la temporada completa en el hotel.",
        ),
    ]:
        bullet(t)
    d.set_draw_color(230, 140, 30)
    d.set_line_width(0.5)
    d.line(d.l_margin - 2, y0, d.l_margin - 2, d.get_y())
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    badge(4, "Al llegar a Mallorca")
    for t in [
        LF(
            "document_retention",
            None,
            None,
            "Durante toda la temporada, los pasaportes quedarán guardados en la caja fuerte de la recepción "
            "del hotel, y se le prestarán cuando necesite hacer un trámite.",
        ),
        "Su tarjeta de identidad de extranjero (TIE) se tramita en Palma la primera semana; la tasa la paga "
        "el hotel.",
        "El coordinador de la agencia visita el hotel una vez al mes.",
    ]:
        bullet(t)
    badge(5, "Preguntas frecuentes")
    for q, a in [
        (
            "¿Quién paga el boleto de avión?",
            "El boleto San Salvador-Madrid-Palma lo paga el hotel.",
        ),
        ("¿Y el regreso?", "El regreso se coordina con el hotel al finalizar la temporada."),
        ("¿Puedo llevar a mi familia?", "No. El visado de temporada es personal."),
        (
            "¿Hay que pagar algo en el consulado?",
            "No, la cita y la tasa las gestiona la agencia por cuenta del hotel.",
        ),
    ]:
        d.font("sans", "B", 8.6)
        d.multi_cell(d.epw, 4.2, d.t(q), align="L", new_x="LMARGIN", new_y="NEXT")
        d.font("sans", "", 8.6)
        d.multi_cell(d.epw, 4.2, d.t(a), align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)

    d.add_page()
    d.p(
        "Conserve esta guía. Presente el recibo en la charla de salida.",
        size=8.5,
        style="I",
        after=3,
    )
    y = d.get_y()
    d.set_draw_color(120, 120, 120)
    d.set_dash_pattern(dash=2, gap=1.5)
    d.line(4, y, d.w - 4, y)
    d.set_dash_pattern()
    d.set_xy(d.l_margin, y + 0.5)
    d.font("sans", "", 6.5)
    d.cell(0, 3, "corte aquí", align="C")
    y += 8
    d.set_draw_color(*TEAL)
    d.set_line_width(0.6)
    d.rect(d.l_margin, y, d.epw, 88)
    d.set_line_width(0.2)
    d.set_xy(d.l_margin + 4, y + 4)
    d.font("sans", "B", 11)
    d.cell(70, 6, d.t("RECIBO DE INGRESO"))
    d.font("sans", "", 9)
    d.cell(d.epw - 78, 6, d.t("N.º 1187"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin + 4, y + 12)
    d.font("sans", "B", 10)
    d.set_fill_color(232, 244, 245)
    d.cell(40, 7, "Por: US$400.00", border=1, fill=True, align="C")
    d.set_xy(d.l_margin + 4, y + 23)
    d.font("serif", "", 9.4)
    d.multi_cell(
        d.epw - 8,
        4.8,
        d.t(
            d.txt(
                LF(
                    "recruitment_fee",
                    400,
                    "USD",
                    "Recibimos de Brenda Guadalupe Ayala Cornejo la cantidad de CUATROCIENTOS DÓLARES EXACTOS (US$400.00) en "
                    "concepto de reserva de plaza en el Grupo 3 de la temporada 2027.",
                )
            )
        ),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_x(d.l_margin + 4)
    d.font("sans", "", 8.6)
    d.cell(60, 6, "Forma de pago: efectivo", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 4)
    d.cell(60, 6, "San Salvador, 3 de marzo de 2027", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(0, 0, 0)
    d.line(d.l_margin + 60, y + 76, d.l_margin + d.epw - 6, y + 76)
    d.set_xy(d.l_margin + 60, y + 77)
    d.font("sans", "", 8)
    d.cell(d.epw - 66, 4, d.t("Firma y sello - Caja, " + rec), align="C")
    d.set_draw_color(0, 0, 0)
    d.traps = [
        "visa and work-permit fee, TIE fee and the air ticket to Palma paid by the hotel",
        "free shared staff housing with three meals; free uniform and shoes",
        "'La agencia no cobra comisión por la colocación' (the 'reserva de plaza' receipt is still a recruitment fee)",
        "'¿Hay que pagar algo en el consulado? No' (negation)",
        "'El regreso se coordina con el hotel' does not say who pays (return_transportation missing)",
        "'se cancela' means 'is paid' in Salvadoran Spanish",
    ]
    return d


# =============================================================================== build + checks
BUILDERS = [ck01, ck02, ck03, ck04, ck05, ck06, ck07, ck08, ck09, ck10, ck11, ck12]


def page_texts(page):
    """Whole-page text plus column crops and table cells (for two-column or gridded layouts)."""
    out = [norm(page.extract_text())]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        try:
            out.append(norm(page.crop(box).extract_text()))
        except Exception:  # pragma: no cover
            pass
    try:
        for tb in page.extract_tables():
            for row in tb:
                out.extend(norm(c) for c in row if c)
    except Exception:  # pragma: no cover
        pass
    return out


def check(out_dir, docs, labels):
    errors, notes = [], []
    for d, lab in zip(docs, labels):
        fn = os.path.join(out_dir, lab["file"])
        with pdfplumber.open(fn) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
            full = [norm(p.extract_text()) for p in pdf.pages]
            cache = {}

            def variants_of(i, cache=cache, pdf=pdf):
                if i not in cache:
                    cache[i] = page_texts(pdf.pages[i])
                return cache[i]

            def anywhere(needle, full=full, variants_of=variants_of):
                needle = norm(needle)
                if needle in " ".join(full):
                    return True
                return any(needle in v for i in range(len(full)) for v in variants_of(i))

            for f in lab["fees"]:
                pg = f["page"]
                if not 1 <= pg <= len(pdf.pages):
                    errors.append(f"{lab['file']}: fee page {pg} out of range")
                    continue
                if f["quote"] in full[pg - 1]:
                    pass
                elif any(f["quote"] in v for v in variants_of(pg - 1)):
                    notes.append(
                        f"{lab['file']} p{pg}: quote found only in a column/cell crop: {f['quote'][:50]}"
                    )
                else:
                    where = [i + 1 for i, t in enumerate(full) if f["quote"] in t]
                    errors.append(
                        f"{lab['file']}: quote not on page {pg} (found on {where}): {f['quote'][:70]}"
                    )
                if pg in d.scanned_pages:
                    errors.append(f"{lab['file']}: fee on scanned page {pg}")
                if f["category"] not in CATEGORIES:
                    errors.append(f"{lab['file']}: bad category {f['category']}")
            for r in lab["recruiters"]:
                if not anywhere(r):
                    errors.append(f"{lab['file']}: recruiter not in text: {r}")
            for term, ev in d.present.items():
                if not anywhere(ev):
                    errors.append(f"{lab['file']}: evidence for {term} not in text: {ev}")
            for pn in d.scanned_pages:
                pg = pdf.pages[pn - 1]
                if pg.chars or norm(pg.extract_text()):
                    errors.append(f"{lab['file']}: scanned page {pn} has a text layer")
                if not pg.images:
                    errors.append(f"{lab['file']}: scanned page {pn} has no image")
                else:
                    im = pg.images[0]
                    dpi = im["srcsize"][0] / (pg.width / 72)
                    if dpi < 150:
                        errors.append(f"{lab['file']}: scanned page {pn} only {dpi:.0f} dpi")
            if lab["scanned"] != bool(d.scanned_pages):
                errors.append(f"{lab['file']}: scanned flag")
        if set(lab["missing_terms"]) - set(REQUIRED[lab["program"]]):
            errors.append(f"{lab['file']}: missing term not required by program")
    return errors, notes


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    docs, labels = [], []
    for b in BUILDERS:
        d = b()
        d.output(os.path.join(out_dir, d.meta["file"]))
        docs.append(d)
        labels.append(d.label())
    errors, notes = check(out_dir, docs, labels)
    # corpus-level shape of the batch
    progs = [l["program"] for l in labels]
    if progs.count("generic") != 10 or progs.count("h2a") != 1 or progs.count("h2b") != 1:
        errors.append(f"program mix {progs}")
    if sum(1 for l in labels if l["scanned"]) != 1:
        errors.append("exactly one document must have a scanned page")
    if sum(1 for l in labels if not l["fees"] and not l["missing_terms"]) < 3:
        errors.append("fewer than 3 compliant documents")
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed):
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != json.loads(text):
            for a, b in zip(old, labels):
                if a != b:
                    keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                    errors.append(f"{b.get('file')}: differs from committed labels.json in {keys}")
            if len(old) != len(labels):
                errors.append("committed labels.json has a different number of documents")
    elif os.path.abspath(out_dir) != HERE:
        notes.append("no committed labels.json next to build.py: nothing to compare")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    nfees = sum(len(l["fees"]) for l in labels)
    nmiss = sum(len(l["missing_terms"]) for l in labels)
    print(
        f"{len(labels)} documents, {sum(l['pages'] for l in labels)} pages, {nfees} findings, "
        f"{nmiss} missing terms -> {out_dir}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
