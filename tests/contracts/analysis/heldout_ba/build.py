#!/usr/bin/env python3
"""Held-out batch BA: 12 generic-corridor contracts (Asia, Gulf, Europe, Latin America).

Usage:  python build.py OUT_DIR [--update-labels]

Writes ba01.pdf ... ba12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks page counts, scanned pages, fee quotes on their labelled pages and
recruiter names.  The labels are generated from the same strings that are printed, and
must equal labels.json next to this script (``--update-labels`` rewrites that file).
Exit status is non-zero on any mismatch.  Output is deterministic.
"""

import json
import re
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
CREATED = datetime(2027, 1, 15, 9, 30, 0, tzinfo=UTC)

# taxonomy.md: severities under the generic program
REVIEW_GENERIC = {"housing_charge", "damage_chargeback", "meal_charge"}
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
GENERIC_REQUIRED = [
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
]

# --------------------------------------------------------------------------- helpers

FONTS = {
    "sans": ("DejaVuSans", DJ, {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    "cond": (
        "DejaVuSansCondensed",
        DJ,
        {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"},
    ),
    "dserif": ("DejaVuSerif", DJ, {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
    "lsans": (
        "LiberationSans",
        LB,
        {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"},
    ),
    "lserif": (
        "LiberationSerif",
        LB,
        {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"},
    ),
    "mono": (
        "LiberationMono",
        LB,
        {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"},
    ),
    "narrow": (
        "LiberationSansNarrow",
        LB,
        {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"},
    ),
}


class Doc(FPDF):
    def __init__(
        self,
        fmt="A4",
        font="sans",
        size=10,
        margins=(18, 16, 18),
        bottom=18,
        header_fn=None,
        footer_fn=None,
        title="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, (base, d, styles) in FONTS.items():
            for st, suf in styles.items():
                self.add_font(fam, st, f"{d}{base}{suf}.ttf")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.base = font
        self.bsize = size
        self.hdr = header_fn
        self.ftr = footer_fn
        self.scan_mode = False
        self.set_creation_date(CREATED)
        self.set_title(title)
        self.set_author("FairRecruit held-out batch BA (synthetic)")
        self.set_creator("heldout_ba/build.py")
        self.set_font(font, "", size)

    def header(self):
        if self.hdr and not self.scan_mode:
            self.hdr(self)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font(self.base, "", self.bsize)

    def footer(self):
        if self.ftr and not self.scan_mode:
            self.ftr(self)
            self.set_text_color(0, 0, 0)


def font(pdf, style="", size=None, fam=None):
    pdf.set_font(fam or pdf.base, style, size or pdf.bsize)


def para(pdf, text, size=None, style="", align="L", lh=None, after=1.6, fam=None, indent=0):
    """One paragraph; returns the page it starts on (and checks it did not split)."""
    font(pdf, style, size, fam)
    size = size or pdf.bsize
    lh = lh or size * 0.47
    p0 = pdf.page_no()
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if pdf.page_no() != p0:
        raise SystemExit(f"paragraph split across pages: {text[:60]!r}")
    pdf.ln(after)
    font(pdf)
    return p0


def clause(pdf, label, text, size=None, lh=None, after=1.6, fam=None, indent=0):
    """Bold lead-in followed by plain text, flowing as one paragraph."""
    size = size or pdf.bsize
    lh = lh or size * 0.47
    p0 = pdf.page_no()
    left = pdf.l_margin
    if indent:
        pdf.set_left_margin(left + indent)
        pdf.set_x(left + indent)
    font(pdf, "B", size, fam)
    pdf.write(lh, label + " ")
    font(pdf, "", size, fam)
    pdf.write(lh, text)
    pdf.ln(lh)
    if indent:
        pdf.set_left_margin(left)
    if pdf.page_no() != p0:
        raise SystemExit(f"clause split across pages: {label} {text[:50]!r}")
    pdf.ln(after)
    font(pdf)
    return p0


def grid(
    pdf,
    rows,
    widths,
    heading=None,
    size=None,
    lh=None,
    fill=(225, 232, 242),
    bold_first=True,
    borders="ALL",
    fam=None,
    after=3,
    first_fill=None,
    align="LEFT",
):
    size = size or pdf.bsize - 0.5
    font(pdf, "", size, fam)
    lh = lh or size * 0.48
    p0 = pdf.page_no()
    total = min(sum(widths), pdf.epw - 0.01)
    with pdf.table(
        col_widths=widths,
        width=total,
        line_height=lh,
        text_align="LEFT",
        borders_layout=borders,
        first_row_as_headings=bool(heading),
        align=align,
        v_align="TOP",
        headings_style=FontFace(emphasis="BOLD", fill_color=fill),
        padding=(1.1, 1.6, 1.1, 1.6),
    ) as t:
        if heading:
            r = t.row()
            for c in heading:
                r.cell(c)
        for row in rows:
            r = t.row()
            for i, c in enumerate(row):
                if i == 0 and bold_first:
                    r.cell(c, style=FontFace(emphasis="BOLD", fill_color=first_fill))
                else:
                    r.cell(c)
    if pdf.page_no() != p0:
        raise SystemExit(f"table split across pages: {rows[0][0]!r}")
    pdf.ln(after)
    font(pdf)
    return p0


def band(pdf, color, h, y=0):
    pdf.set_fill_color(*color)
    pdf.rect(0, y, pdf.w, h, style="F")


def sig_boxes(pdf, cols, size=8.5, h=22, thumb=False, fam=None, thumb_cols=None):
    """Row of signature boxes: cols = [(title, name_line), ...]."""
    n = len(cols)
    gap = 6
    w = (pdf.epw - gap * (n - 1)) / n
    y = pdf.get_y()
    for i, (title, name) in enumerate(cols):
        x = pdf.l_margin + i * (w + gap)
        tb = thumb if (thumb_cols is None or i in thumb_cols) else False
        font(pdf, "B", size, fam)
        pdf.set_xy(x, y)
        pdf.cell(w, 4.5, title)
        pdf.set_draw_color(60, 60, 60)
        pdf.line(x, y + h, x + (w - 24 if tb else w), y + h)
        if tb:
            pdf.rect(x + w - 20, y + 5, 18, 20)
            font(pdf, "", 6.5, fam)
            pdf.set_xy(x + w - 20, y + 25.5)
            pdf.cell(18, 3, "thumbprint" if tb is True else tb, align="C")
        font(pdf, "", size, fam)
        pdf.set_xy(x, y + h + 1)
        pdf.multi_cell(w, size * 0.45, name)
    pdf.set_xy(pdf.l_margin, y + h + 12)
    font(pdf)


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()


def fee(cat, page, quote, amount=None, currency=None):
    return {
        "category": cat,
        "severity": "review" if cat in REVIEW_GENERIC else "violation",
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


def label(file, language, pages, fees, missing, recruiters, traps, doc_type, layout, scanned=False):
    return {
        "file": file,
        "program": "generic",
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


# ----------------------------------------------------------------- scanned page maker


def scan_page(blocks, page_mm=(210, 297), dpi=200, seed=7, angle=0.45):
    """Render text blocks to a greyscale 'photocopy'.  blocks: list of dicts with
    text, size (pt), bold, align ('L'|'C'|'R'), gap (pt before), indent (mm), box."""
    W = int(round(page_mm[0] / 25.4 * dpi))
    H = int(round(page_mm[1] / 25.4 * dpi))
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    px = lambda mm: int(round(mm / 25.4 * dpi))  # noqa: E731
    left, right = px(22), W - px(22)
    y = px(20)
    for b in blocks:
        size_px = int(round(b.get("size", 11) / 72 * dpi))
        f = ImageFont.truetype(
            LB + ("LiberationSerif-Bold.ttf" if b.get("bold") else "LiberationSerif-Regular.ttf"),
            size_px,
        )
        y += int(round(b.get("gap", 4) / 72 * dpi))
        if b.get("rule"):
            d.line([(left, y), (right, y)], fill=40, width=3)
            y += px(2)
            continue
        x0 = left + px(b.get("indent", 0))
        words = b["text"].split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= right - x0:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        top = y
        for ln in lines:
            tw = d.textlength(ln, font=f)
            if b.get("align") == "C":
                x = (W - tw) / 2
            elif b.get("align") == "R":
                x = right - tw
            else:
                x = x0
            d.text((x, y), ln, font=f, fill=25)
            y += int(size_px * 1.32)
        if b.get("box"):
            d.rectangle([left - px(2), top - px(2), right + px(2), y + px(1)], outline=50, width=3)
            y += px(2)
    # rubber stamp
    sx, sy, r = W - px(55), y - px(14), px(19)
    d.ellipse([sx - r, sy - r, sx + r, sy + r], outline=90, width=5)
    d.ellipse([sx - r + 12, sy - r + 12, sx + r - 12, sy + r - 12], outline=90, width=2)
    sf = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", int(14 / 72 * dpi))
    d.text((sx, sy), "PAID", font=sf, fill=90, anchor="mm")
    # photocopy artefacts: slight rotation, blur, grain, speckles, darker edge
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    rng = np.random.default_rng(seed)
    a = np.asarray(img, dtype=np.float32)
    a += rng.normal(0, 7.0, a.shape)
    specks = rng.random(a.shape) < 0.0007
    a[specks] = rng.uniform(60, 160, specks.sum())
    a[:, : px(4)] -= 35
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode="L")


def scan_text(blocks):
    return " ".join(b["text"] for b in blocks if b.get("text"))


# =========================================================================== ba01
# Philippines -> Hong Kong, foreign domestic helper; agency "package" financed by a loan.


def ba01(out):
    def hdr(p):
        band(p, (22, 74, 120), 13)
        p.set_text_color(255, 255, 255)
        font(p, "B", 10)
        p.set_xy(p.l_margin, 3.2)
        p.cell(110, 6, "LIWANAG KABUHAYAN MANPOWER SERVICES INC.")
        font(p, "", 7.5)
        p.set_xy(p.w - p.r_margin - 80, 3.8)
        p.cell(80, 5, "DMW Licence No. DMW-071-LB-0915-2026 · Manila", align="R")

    def ftr(p):
        p.set_y(-12)
        font(p, "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            f"Contract ref. LKH-HK-2027-0418 · Employer's initials ______ · Helper's initials ______ · Page {p.page_no()} of {{nb}}",
            align="C",
        )

    pdf = Doc(
        "A4",
        font="sans",
        size=9.2,
        margins=(17, 19, 17),
        header_fn=hdr,
        footer_fn=ftr,
        title="Employment Contract for a Foreign Domestic Helper",
    )
    pdf.add_page()
    para(
        pdf,
        "EMPLOYMENT CONTRACT FOR A FOREIGN DOMESTIC HELPER",
        size=13,
        style="B",
        align="C",
        after=0.5,
    )
    para(
        pdf,
        "(Hong Kong Special Administrative Region - English text, with Filipino words in brackets)",
        size=8.5,
        style="I",
        align="C",
        after=3,
    )
    grid(
        pdf,
        [
            ["Employer", "Mrs. Evangeline Tsang Wai-man"],
            [
                "Employer's address",
                "Flat 14C, Block 3, Harbour Crest Gardens, 28 Shau Kei Wan Main Street East, Hong Kong",
            ],
            ["Helper", "Rowena Dimaculangan Espiritu, born 2 October 1990, passport P7720394B"],
            [
                "Philippine agency",
                "Liwanag Kabuhayan Manpower Services Inc., 3/F Vergara Building, 1120 Taft Avenue, Ermita, Manila",
            ],
            [
                "Hong Kong agency",
                "Harbourview Helpers Employment Agency Ltd., EA Licence No. 61842, Shop 9, G/F, 41 Java Road, North Point",
            ],
        ],
        [42, 134],
        fill=None,
        first_fill=(233, 240, 248),
    )
    para(pdf, "The Employer and the Helper agree as follows:", after=2)
    C = [
        (
            "1. Contract period.",
            "The Helper is employed for two years, from 6 April 2027 to 5 April 2029, including a probation period of one month.",
        ),
        (
            "2. Place of work.",
            "The Helper works and lives only at the Employer's residence stated above. As required by her conditions of stay, the Helper shall work only for the Employer named in this contract.",
        ),
        (
            "3. Duties.",
            "Household chores, cooking for a household of four adults and daily care of the Employer's mother, aged 81, as listed in the Schedule of Duties on page 2. The Helper shall not be asked to work in any shop, office or other household.",
        ),
        (
            "4. Hours and rest.",
            "Working hours are from 7:00 a.m. to 8:00 p.m., with a one-hour lunch break and one hour of rest in the afternoon (11 working hours a day). The Helper has one rest day of not less than 24 continuous hours every Sunday, all statutory holidays and paid annual leave under the Employment Ordinance.",
        ),
        (
            "5. Wages.",
            "The Employer pays the Helper a monthly wage of HK$5,150 (Hong Kong Dollars Five Thousand One Hundred and Fifty only), which is not less than the Minimum Allowable Wage.",
        ),
        (
            "6. Payment of wages.",
            "Wages are paid monthly, not later than seven days after the end of each wage period, into the Helper's own bank account; the Helper signs a receipt for each payment.",
        ),
        (
            "7. Food.",
            "The Employer provides food free of charge (libreng pagkain). If food is not provided, the Employer pays the Helper a food allowance of HK$1,236 per month in addition to her wages.",
        ),
        (
            "8. Accommodation.",
            "The Helper is given a separate room with a bed, a wardrobe and a lock on the door, with free light, water and toilet facilities. No rent or deposit is charged for the room.",
        ),
        (
            "9. Medical care and insurance.",
            "The Employer pays for all medical treatment of the Helper in Hong Kong, including hospital care and any medical examination the Employer requires, and takes out employees' compensation insurance at the Employer's own cost.",
        ),
        (
            "10. Visa and arrival.",
            "The Employer pays the Helper's employment visa fee, the consulate's contract verification fee and the air ticket from Manila to Hong Kong (bayad ng amo).",
        ),
        (
            "11. Deductions from wages.",
            "No deduction is made from the Helper's wages except the monthly instalments in clause 14, which the Helper authorises by signing below.",
        ),
    ]
    for a, b in C:
        clause(pdf, a, b, after=1.8)

    pdf.add_page()
    q_fee = (
        "Before departure the Helper shall pay Liwanag Kabuhayan Manpower Services Inc. a documentation "
        "and deployment assistance package of PHP 72,000 (Seventy-Two Thousand Pesos)."
    )
    q_loan = (
        "If the Helper cannot pay in cash, the package is financed by a loan from Masagana Finance Lending Corp. "
        "and repaid in seven monthly instalments of HK$1,980, which the Employer deducts from the Helper's wages "
        "and remits to Harbourview Helpers Employment Agency Ltd."
    )
    q_doc = (
        "For safekeeping, the Helper's passport and Hong Kong identity card shall be held by the Employer "
        "and returned to the Helper when the contract is completed."
    )
    q_mov = "On her rest day the Helper must be back at the Employer's residence by 6:00 p.m. and may not stay overnight anywhere else."
    clause(
        pdf,
        "12. Return passage.",
        "When this contract ends or is terminated, the Employer gives the Helper a free economy air ticket back to Manila and a travelling allowance of HK$100 for each day of the journey.",
    )
    clause(
        pdf,
        "13. Termination.",
        "Either party may end this contract by giving one month's notice in writing or by paying one month's wages instead of notice. The Employer may dismiss the Helper without notice only for the serious misconduct described in section 9 of the Employment Ordinance.",
    )
    p_fee = clause(
        pdf,
        "14. Bayarin bago umalis (costs before departure).",
        q_fee + " " + q_loan + " A copy of each remittance slip is given to the Helper.",
    )
    p_doc = clause(pdf, "15. Safekeeping of documents.", q_doc)
    p_mov = clause(
        pdf,
        "16. Rest days.",
        q_mov + " The Helper may spend her rest day as she wishes before that hour.",
    )
    clause(
        pdf,
        "17. Help and complaints.",
        "The Helper may contact the Labour Department, the Philippine Consulate General or the Migrant Workers Office in Hong Kong at any time, and nothing in this contract limits that right.",
    )
    pdf.ln(1)
    para(pdf, "SCHEDULE OF DUTIES", style="B", size=10, after=1.5)
    grid(
        pdf,
        [
            [
                "Cooking",
                "Breakfast and dinner for four adults; soft meals for the Employer's mother",
            ],
            ["Cleaning", "Three-bedroom flat of about 850 sq. ft.; laundry and ironing"],
            [
                "Elderly care",
                "Accompanying the Employer's mother on short walks and to clinic visits; reminding her to take her medicine",
            ],
            [
                "Marketing",
                "Buying groceries at the nearby wet market with money given by the Employer",
            ],
        ],
        [38, 138],
        heading=["Task", "Details"],
    )
    para(
        pdf,
        "Signed in Hong Kong and in Manila on the dates below. Each party keeps one copy.",
        after=5,
    )
    sig_boxes(
        pdf,
        [
            ("EMPLOYER", "Evangeline Tsang Wai-man\nDate: 18 January 2027"),
            ("HELPER", "Rowena Dimaculangan Espiritu\nDate: 25 January 2027"),
        ],
    )
    sig_boxes(
        pdf,
        [
            ("For the Philippine agency", "Liwanag Kabuhayan Manpower Services Inc."),
            ("For the Hong Kong agency", "Harbourview Helpers Employment Agency Ltd."),
        ],
        h=16,
    )
    pdf.output(out)
    return label(
        "ba01.pdf",
        "en",
        pdf.page_no(),
        [
            fee("recruitment_fee", p_fee, q_fee, 72000, "PHP"),
            fee("debt_bondage", p_fee, q_loan, 1980, "HKD"),
            fee("document_retention", p_doc, q_doc),
            fee("movement_restriction", p_mov, q_mov),
        ],
        [],
        ["Liwanag Kabuhayan Manpower Services Inc.", "Harbourview Helpers Employment Agency Ltd."],
        [
            "free food or a food allowance paid TO the helper (HK$1,236)",
            "room free of rent and deposit",
            "employer pays medical treatment and compensation insurance",
            "employer pays visa fee, contract verification fee and inbound ticket",
            "free return ticket plus daily travelling allowance",
            "'work only for the employer named' is a visa condition, not a penalty for changing employer",
            "complaints to Labour Department or consulate expressly allowed",
            "grocery money given by the employer (not a charge)",
        ],
        "employment_contract",
        "A4; coloured header band with agency name; parties grid; numbered clauses with bold lead-ins; schedule-of-duties grid; initials footer; signature boxes",
    )


# =========================================================================== ba02
# Nepal -> UAE, mason; Nepali manpower agency agreement with undertakings.


def ba02(out):
    def hdr(p):
        font(p, "B", 14, "lserif")
        p.set_xy(p.l_margin, 10)
        p.set_text_color(120, 20, 20)
        p.cell(
            0, 7, "HIMAL SHIKHAR OVERSEAS PVT. LTD.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        p.set_text_color(40, 40, 40)
        font(p, "", 8.5, "lserif")
        p.cell(
            0,
            4.2,
            "Licence No. 1187/074/75, Department of Foreign Employment, Government of Nepal",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.cell(
            0,
            4.2,
            "Dhumbarahi-4, Kathmandu, Nepal · Tel. 01-4372218 · himalshikhar.overseas@example.com",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_draw_color(120, 20, 20)
        p.set_line_width(0.6)
        p.line(p.l_margin, 29, p.w - p.r_margin, 29)
        p.set_line_width(0.2)

    def ftr(p):
        p.set_y(-13)
        font(p, "I", 8, "lserif")
        p.cell(
            0,
            5,
            f"Worker's signature: ____________     Agency seal     (page {p.page_no()}/{{nb}})",
            align="R",
        )

    pdf = Doc(
        "A4",
        font="lserif",
        size=10.5,
        margins=(20, 33, 20),
        header_fn=hdr,
        footer_fn=ftr,
        title="Agreement between the recruiting agency and the worker",
    )
    pdf.add_page()
    para(
        pdf,
        "AGREEMENT BETWEEN THE RECRUITING AGENCY AND THE WORKER",
        size=12.5,
        style="B",
        align="C",
        after=0.5,
    )
    para(
        pdf,
        "(executed under the Foreign Employment Act, 2064 and the Foreign Employment Rules, 2064)",
        size=9,
        style="I",
        align="C",
        after=3,
    )
    para(
        pdf,
        "This agreement is made in Kathmandu on 14 March 2027 between Himal Shikhar Overseas Pvt. Ltd. "
        '(hereinafter "the Agency") and Mr. Bir Bahadur Thapa Magar, son of Mr. Dal Bahadur Thapa Magar, '
        "permanent resident of Putalibazar Municipality-7, Syangja, holder of passport no. PA0917734 "
        '(hereinafter "the Worker"), for employment with the company named below.',
        align="J",
        after=3,
    )
    para(
        pdf,
        "1. Details of employment (Demand Letter No. ASC/HR/DL/2027/061, Pre-approval No. 318456)",
        style="B",
        after=1.5,
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Al Sarab Contracting & General Maintenance L.L.C., P.O. Box 48213, Al Quoz Industrial Area 3, Dubai, United Arab Emirates",
            ],
            ["Position", "Mason (block work, plastering and floor tiling)"],
            ["Place of work", "Employer's building project sites in Dubai, U.A.E."],
            ["Contract period", "Two years: 1 May 2027 to 30 April 2029"],
            ["Basic salary", "AED 1,200 (Dirhams One Thousand Two Hundred only) per month"],
            ["Salary payment", "Monthly, by bank transfer under the U.A.E. Wage Protection System"],
            ["Working hours", "As per U.A.E. Labour Law and site requirements"],
            ["Overtime", "As per U.A.E. Labour Law"],
            ["Food", "Provided free by the Employer, or a food allowance of AED 250 per month"],
            ["Accommodation", "Free, in the Employer's labour camp at Al Quoz"],
            [
                "Visa and air ticket",
                "Employment visa, Emirates ID and Kathmandu-Dubai air ticket provided free by the Employer (Free Visa, Free Ticket)",
            ],
            [
                "Return ticket",
                "Dubai-Kathmandu ticket on completion of the contract, paid by the Employer",
            ],
            ["Leave", "30 days' paid annual leave for each year of service"],
        ],
        [40, 130],
        fam="lserif",
        size=9.8,
        fill=None,
        first_fill=(245, 236, 230),
    )
    para(pdf, "2. Termination", style="B", after=1.2)
    para(
        pdf,
        "The Employer may end the contract without notice only on the grounds listed in Article 44 of Federal "
        "Decree-Law No. 33 of 2021. Either party may otherwise end it with thirty days' written notice, and the "
        "Employer then pays the Worker's return ticket to Kathmandu.",
        align="J",
    )

    pdf.add_page()
    q_fee = (
        "The Worker shall pay the Agency a service charge of NPR 1,45,000/- (Rupees One Lakh Forty-Five Thousand only) "
        "in two instalments: NPR 60,000/- when the passport is submitted and the balance on the day the visa is received."
    )
    q_med = "The GAMCA medical examination fee of NPR 9,500/- at an approved medical centre in Kathmandu shall be borne by the Worker."
    q_ins = (
        "The Worker shall himself deposit NPR 1,500/- in the Foreign Employment Welfare Fund and pay the premium "
        "for the compulsory three-year life insurance policy."
    )
    q_bond = (
        "As a guarantee that he will complete the contract, the Worker hands over to the Agency a signed blank cheque "
        "drawn on his father's account at Machhapuchchhre Bank, Waling branch, which will be returned after two years."
    )
    q_pen = (
        "If the Worker abandons the job or returns to Nepal before the end of the contract for any reason other "
        "than serious illness, he shall pay the Agency compensation of NPR 2,00,000/- (Rupees Two Lakh only)."
    )
    para(pdf, "3. Undertakings of the Worker and costs", style="B", after=1.5)
    pp = {}
    for key, lab, txt in [
        ("fee", "(a)", q_fee),
        ("med", "(b)", q_med),
        ("ins", "(c)", q_ins),
        ("bond", "(d)", q_bond),
        ("pen", "(e)", q_pen),
        (
            "pp",
            "(f)",
            "After the visa is stamped the passport stays with the Worker; in the U.A.E. nobody may keep it against his will.",
        ),
        (
            "lang",
            "(g)",
            "This agreement was read out and explained to the Worker in Nepali, and he signs it of his own free will.",
        ),
    ]:
        pp[key] = clause(pdf, lab, txt, indent=4, after=2)
    pdf.ln(2)
    para(pdf, "Signed at Kathmandu on the date above.", after=5)
    sig_boxes(
        pdf,
        [
            ("For the Agency", "Managing Director\nHimal Shikhar Overseas Pvt. Ltd."),
            ("The Worker", "Bir Bahadur Thapa Magar\nPassport PA0917734"),
        ],
        thumb="right thumb",
        fam="lserif",
        h=26,
        thumb_cols={1},
    )
    sig_boxes(
        pdf,
        [("Witness 1", "Name: Ram Prasad Gurung"), ("Witness 2", "Name: Sita Kumari Shrestha")],
        fam="lserif",
        h=14,
    )
    pdf.output(out)
    return label(
        "ba02.pdf",
        "en",
        pdf.page_no(),
        [
            fee("recruitment_fee", pp["fee"], q_fee, 145000, "NPR"),
            fee("medical_cost", pp["med"], q_med, 9500, "NPR"),
            fee("insurance_cost", pp["ins"], q_ins, 1500, "NPR"),
            fee("deposit_or_bond", pp["bond"], q_bond),
            fee("breach_penalty", pp["pen"], q_pen, 200000, "NPR"),
        ],
        ["hours_of_work", "deductions"],
        ["Himal Shikhar Overseas Pvt. Ltd."],
        [
            "'Free Visa, Free Ticket': employer pays visa, Emirates ID and air ticket",
            "return ticket paid by employer",
            "free food or food allowance; free labour-camp accommodation",
            "the word 'deposit' in the welfare-fund clause: insurance_cost, not deposit_or_bond",
            "passport stays with the worker after stamping (negated retention)",
            "'Working hours: As per U.A.E. Labour Law and site requirements' has no concrete value (hours missing)",
            "amounts in South Asian digit grouping (1,45,000 = 145,000) and in words",
        ],
        "recruiter_agreement",
        "A4; serif letterhead with licence line and rule; demand-letter terms grid; lettered undertakings on page 2; signature boxes with thumbprint; witnesses",
    )


# =========================================================================== ba03
# Bangladesh -> Singapore, rebar fixer; page 2 is a scanned money receipt.

SCAN_TEXT = {}


def ba03(out):
    def hdr(p):
        p.set_fill_color(0, 102, 68)
        p.rect(p.l_margin, 10, 14, 14, style="F")
        p.set_text_color(255, 255, 255)
        font(p, "B", 9, "cond")
        p.set_xy(p.l_margin, 14.5)
        p.cell(14, 5, "PBO", align="C")
        p.set_text_color(0, 70, 45)
        font(p, "B", 13, "cond")
        p.set_xy(p.l_margin + 17, 10)
        p.cell(0, 6, "PADMA BRIDGE OVERSEAS LTD.")
        font(p, "", 8, "cond")
        p.set_text_color(60, 60, 60)
        p.set_xy(p.l_margin + 17, 16.5)
        p.cell(
            0,
            4,
            "Government Approved Recruiting Agency, RL-1422 · House 27, Road 11, Block C, Banani, Dhaka-1213 · +880 2 9884 316",
        )
        p.set_draw_color(0, 102, 68)
        p.line(p.l_margin, 26, p.w - p.r_margin, 26)

    def ftr(p):
        p.set_y(-12)
        font(p, "", 7.5, "cond")
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            5,
            "PBO/SG/2027/0193 - Keep this letter and all money receipts until you return home.",
            align="L",
        )

    pdf = Doc(
        "A4",
        font="cond",
        size=9.6,
        margins=(18, 31, 18),
        header_fn=hdr,
        footer_fn=ftr,
        title="Job offer and cost statement - Singapore",
    )
    pdf.add_page()
    para(
        pdf,
        "JOB OFFER AND COST STATEMENT - SINGAPORE (CONSTRUCTION SECTOR)",
        size=12,
        style="B",
        after=1,
    )
    para(pdf, "Ref: PBO/SG/2027/0193          Date: 2 March 2027", size=9, after=2.5)
    para(
        pdf,
        "To: Md. Rafiqul Islam Sarker, son of Md. Abdul Karim Sarker, Village Char Aralia, Narsingdi Sadar, Narsingdi. Passport No. EF0836215.",
        after=2,
    )
    para(
        pdf,
        "We are pleased to inform you that the Ministry of Manpower of Singapore has issued an In-Principle Approval "
        "for your Work Permit. The main terms offered by your employer are:",
        after=2,
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Tiong Bahru Precast & Engineering Pte. Ltd., 17 Sungei Kadut Way, #03-08, Singapore 728790",
            ],
            [
                "Occupation",
                "Steel bar fixer: cutting, bending and fixing reinforcement bars at building sites",
            ],
            [
                "Place of work",
                "Employer's project sites in Singapore (current site: Tengah Garden Walk, Tengah)",
            ],
            ["Period", "14 June 2027 to 13 June 2029"],
            ["Working hours", "8 hours a day, 44 hours a week, Monday to Saturday"],
            [
                "Basic monthly salary",
                "S$ 650.00 (overtime paid at 1.5 times the hourly basic rate)",
            ],
            [
                "Salary payment",
                "Monthly, not later than the 7th day of the following month, into the worker's bank account",
            ],
            ["Fixed monthly deductions", "Nil (no charge for dormitory or meals)"],
            ["Accommodation", "Kranji Lodge 1 dormitory, provided by the Employer free of charge"],
            [
                "Air tickets",
                "Dhaka-Singapore, and Singapore-Dhaka at the end of the contract, paid by the Employer",
            ],
            [
                "Termination",
                "Either side may end the contract with one week's notice or one week's pay instead; the Employer then sends the worker home at its own cost",
            ],
        ],
        [44, 130],
        fill=None,
        first_fill=(226, 240, 233),
    )
    para(pdf, "What your employer pays", style="B", after=1)
    para(
        pdf,
        "Under Singapore law your employer pays the foreign worker levy, the S$5,000 security bond, your medical "
        "insurance and your work injury compensation insurance. None of these may be recovered from you.",
        after=3,
    )
    q_tr = (
        "You must attend and pay for the 45-day rebar fixing course and the skills test at Ashulia Technical Training "
        "Centre, Tk 95,000 (Taka Ninety-Five Thousand only)."
    )
    q_med = "The pre-departure medical examination at Meghna Diagnostic Centre, Tk 7,800, is also paid by you."
    para(pdf, "Costs payable by you before departure", style="B", after=1)
    p_tr = para(
        pdf,
        q_tr
        + " "
        + q_med
        + " Please bring all your money receipts to the pre-departure briefing on 5 June 2027.",
        after=4,
    )
    para(pdf, "For Padma Bridge Overseas Ltd.", after=12)
    para(pdf, "Managing Director", style="B", after=0.5)

    q_rec = (
        "Received with thanks from Md. Rafiqul Islam Sarker the sum of Taka Two Lakh Twenty Thousand only "
        "(Tk 2,20,000/-) as 2nd instalment of processing charge for Singapore."
    )
    blocks = [
        dict(text="PADMA BRIDGE OVERSEAS LTD.", size=17, bold=True, align="C", gap=0),
        dict(
            text="Govt. Approved Recruiting Agency RL-1422 · Banani, Dhaka-1213",
            size=10,
            align="C",
            gap=2,
        ),
        dict(rule=True, gap=6),
        dict(text="MONEY RECEIPT", size=15, bold=True, align="C", gap=6),
        dict(
            text="No. 0447                                                                    Date: 22/03/2027",
            size=11,
            gap=10,
        ),
        dict(text=q_rec, size=12, gap=14, box=True),
        dict(
            text="Passport No.: EF0836215        Country: Singapore        Trade: Steel bar fixer",
            size=11,
            gap=14,
        ),
        dict(text="Instalment schedule of processing charge:", size=11, bold=True, gap=14),
        dict(
            text="1st instalment (on registration): Tk 1,00,000/- paid on 10/01/2027",
            size=11,
            gap=4,
            indent=6,
        ),
        dict(
            text="2nd instalment (after IPA): Tk 2,20,000/- paid on 22/03/2027",
            size=11,
            gap=4,
            indent=6,
        ),
        dict(text="3rd instalment (before flight): Tk 1,30,000/- due", size=11, gap=4, indent=6),
        dict(
            text="Total processing charge: Tk 4,50,000/- (Taka Four Lakh Fifty Thousand only)",
            size=11,
            bold=True,
            gap=8,
            indent=6,
        ),
        dict(text="Payment mode: Cash", size=11, gap=14),
        dict(
            text="This receipt is not valid without the office seal. Money once paid is not refundable.",
            size=10,
            gap=10,
        ),
        dict(text="Received by: ____________________  (Accounts)", size=11, gap=40),
    ]
    SCAN_TEXT[("ba03.pdf", 2)] = scan_text(blocks)
    img = scan_page(blocks, seed=3)
    pdf.scan_mode = True
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(out)
    return label(
        "ba03.pdf",
        "en",
        pdf.page_no(),
        [
            fee("training_cost", p_tr, q_tr, 95000, "BDT"),
            fee("medical_cost", p_tr, q_med, 7800, "BDT"),
            fee("recruitment_fee", 2, q_rec, 220000, "BDT"),
        ],
        [],
        ["Padma Bridge Overseas Ltd."],
        [
            "S$5,000 security bond furnished by the employer and not recovered (not a worker deposit)",
            "foreign worker levy and insurances paid by the employer",
            "'Fixed monthly deductions: Nil' and free dormitory",
            "both air tickets paid by the employer",
            "the only recruitment fee is on the scanned money receipt (page 2, image only)",
        ],
        "offer_and_receipt",
        "A4; agency letterhead with logo block; terms grid; page 2 is a scanned photocopy of a money receipt with instalment schedule and stamp (image only)",
        scanned=[2],
    )


# =========================================================================== ba04
# Vietnam -> Taiwan, factory operator; fees and forced savings in an addendum.


def ba04(out):
    def hdr(p):
        font(p, "", 7.5, "lsans")
        p.set_text_color(110, 110, 110)
        p.set_xy(p.l_margin, 8)
        p.cell(90, 4, "Hsin Feng Precision Hardware Co., Ltd.")
        p.cell(0, 4, "Form HF-FW-03 (English version)", align="R")
        p.set_draw_color(170, 170, 170)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)

    def ftr(p):
        p.set_y(-12)
        font(p, "", 7.5, "lsans")
        p.set_text_color(110, 110, 110)
        p.cell(0, 5, f"- {p.page_no()} -", align="C")

    pdf = Doc(
        "A4",
        font="sans",
        size=9.2,
        margins=(20, 19, 20),
        header_fn=hdr,
        footer_fn=ftr,
        title="Employment contract - foreign worker (manufacturing)",
    )
    pdf.add_page()
    para(pdf, "EMPLOYMENT CONTRACT", size=15, style="B", align="C", after=0.5)
    para(
        pdf,
        "between Hsin Feng Precision Hardware Co., Ltd. and a foreign worker from Viet Nam",
        size=9.5,
        style="I",
        align="C",
        after=4,
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Hsin Feng Precision Hardware Co., Ltd., No. 88, Gongye 3rd Road, Dali District, Taichung City 412, Taiwan (R.O.C.)",
            ],
            ["Worker", "Nguyễn Thị Thu Trang, born 12 August 2001, passport no. C4419028"],
            [
                "Taiwan agency",
                "Everbright Manpower Consulting Co., Ltd. (Licence No. 1931), Taichung",
            ],
            [
                "Vietnam agency",
                "Song Hong Manpower Supply JSC (Licence 218/LĐTBXH-GP), Cầu Giấy, Hà Nội",
            ],
        ],
        [34, 136],
        fill=None,
        borders="HORIZONTAL_LINES",
        first_fill=None,
    )
    arts = [
        (
            "Article 1 - Job.",
            "The Worker is employed as a production operator: loading and unloading CNC lathes, deburring and inspecting machined parts, and packing finished hardware.",
        ),
        (
            "Article 2 - Place of work.",
            "The Employer's factory at the address above. The Worker may not be sent to work at any other place or for any other person.",
        ),
        (
            "Article 3 - Term.",
            "Three years, from 9 September 2027 to 8 September 2030, subject to the validity of the employment permit.",
        ),
        (
            "Article 4 - Working hours.",
            "Eight hours a day, from 08:00 to 17:00 with a one-hour lunch break, Monday to Friday. Overtime is voluntary and is paid at the rates in Article 24 of the Labor Standards Act.",
        ),
        (
            "Article 5 - Wages.",
            "NT$29,500 per month (Twenty-Nine Thousand Five Hundred New Taiwan Dollars), not less than the basic wage announced by the Ministry of Labor.",
        ),
        (
            "Article 6 - Payment.",
            "Wages are paid monthly, on the 10th day of the following month, into a bank account opened in the Worker's own name; the Worker receives a pay slip listing every item.",
        ),
    ]
    for a, b in arts:
        clause(pdf, a, b, after=2.2)

    pdf.add_page()
    q_h = "The Worker lives in the factory dormitory, for which NT$2,500 per month is deducted from wages, including water and electricity."
    q_m = "Breakfast and lunch are served in the factory canteen on working days at a charge of NT$2,000 per month, deducted from wages."
    clause(
        pdf,
        "Article 7 - Deductions.",
        "The following are deducted from wages: (a) the Worker's share of labor insurance and National Health Insurance premiums and income tax, as required by law; (b) accommodation under Article 8; (c) meals under Article 9; (d) the items in Addendum No. 1.",
        after=2.2,
    )
    p_h = clause(pdf, "Article 8 - Accommodation.", q_h, after=2.2)
    p_m = clause(pdf, "Article 9 - Meals.", q_m, after=2.2)
    clause(
        pdf,
        "Article 10 - Health.",
        "The Employer pays for the health checks required in Taiwan at 6, 18 and 30 months of employment, and pays the employment stability fee to the government.",
        after=2.2,
    )
    clause(
        pdf,
        "Article 11 - Termination.",
        "The Employer may end this contract without notice only in the cases listed in Article 12 of the Labor Standards Act; either party may otherwise terminate it with the notice set out in Article 16 of that Act.",
        after=2.2,
    )
    clause(
        pdf,
        "Article 12 - Complaints.",
        "The Worker may call the 1955 foreign worker hotline at any time; a call to the hotline is never a reason for termination.",
        after=2.2,
    )
    clause(
        pdf,
        "Article 13 - Language.",
        "This contract is made in Vietnamese and in English; both texts have the same force.",
        after=6,
    )
    sig_boxes(
        pdf,
        [
            (
                "Employer (company seal)",
                "Hsin Feng Precision Hardware Co., Ltd.\nChen Kuo-Hua, General Manager",
            ),
            ("Worker", "Nguyễn Thị Thu Trang"),
        ],
        fam="sans",
    )

    pdf.add_page()
    para(pdf, "ADDENDUM No. 1 - SERVICE FEES AND SAVINGS", size=12, style="B", after=1)
    para(
        pdf,
        "This addendum forms part of the employment contract and was signed at the office of Song Hong Manpower Supply JSC in Hà Nội on 28 July 2027.",
        size=9,
        style="I",
        after=3,
    )
    q_vn = (
        "Before departure the Worker pays Song Hong Manpower Supply JSC a service charge of USD 3,500 "
        "(three thousand five hundred US dollars), which includes the brokerage collected for the Taiwan side."
    )
    q_tw = (
        "The Worker authorises the Employer to deduct from her wages and pay to Everbright Manpower Consulting Co., Ltd. "
        "a monthly service fee of NT$1,800 in the first year, NT$1,700 in the second year and NT$1,500 in the third year."
    )
    q_sav = (
        "To prevent absconding, NT$3,000 of each month's wage is kept by the Employer in a savings account opened "
        "in the Employer's name and paid to the Worker in full only when the contract ends."
    )
    p_vn = clause(pdf, "1.", q_vn, after=2)
    p_tw = clause(pdf, "2.", q_tw, after=2)
    grid(
        pdf,
        [
            ["First year", "NT$1,800", "NT$21,600"],
            ["Second year", "NT$1,700", "NT$20,400"],
            ["Third year", "NT$1,500", "NT$18,000"],
        ],
        [40, 40, 40],
        heading=["Contract year", "Monthly fee", "Total for the year"],
        align="CENTER",
        fill=(236, 236, 236),
    )
    p_sav = clause(pdf, "3.", q_sav, after=2)
    clause(
        pdf,
        "4.",
        "The Worker keeps her own passport and Alien Resident Certificate; neither the Employer nor the agencies may hold them.",
        after=6,
    )
    sig_boxes(
        pdf,
        [
            ("Worker", "Nguyễn Thị Thu Trang"),
            ("Song Hong Manpower Supply JSC", "Director"),
            ("Everbright Manpower Consulting Co., Ltd.", "Representative"),
        ],
        fam="sans",
        size=8,
    )
    pdf.output(out)
    return label(
        "ba04.pdf",
        "en",
        pdf.page_no(),
        [
            fee("recruitment_fee", p_vn, q_vn, 3500, "USD"),
            fee("recruitment_fee", p_tw, q_tw, 1800, "TWD"),
            fee("housing_charge", p_h, q_h, 2500, "TWD"),
            fee("meal_charge", p_m, q_m, 2000, "TWD"),
            fee("wage_withholding", p_sav, q_sav, 3000, "TWD"),
        ],
        ["return_transportation"],
        ["Song Hong Manpower Supply JSC", "Everbright Manpower Consulting Co., Ltd."],
        [
            "statutory labor/health insurance premiums and income tax deducted (not insurance_cost or wage_withholding)",
            "employer pays periodic health checks and the employment stability fee",
            "voluntary overtime paid at legal rates",
            "worker keeps passport and ARC (negated retention)",
            "hotline calls never a reason for termination (negated blacklisting)",
            "'may not be sent to work for any other person' protects the worker (not a movement restriction)",
        ],
        "employment_contract",
        "A4; thin running header; parties grid with horizontal rules only; articles with bold lead-ins; addendum page with fee table by contract year; three signature boxes",
    )


# =========================================================================== ba05
# Guatemala -> Mexico (Soconusco coffee harvest); typewritten contractor form, blanks unfilled.


def ba05(out):
    def ftr(p):
        p.set_y(-14)
        font(p, "", 8, "mono")
        p.cell(
            0,
            5,
            f"Hoja {p.page_no()} de {{nb}} -- original para el contratista, copia para el trabajador",
            align="C",
        )

    pdf = Doc(
        "Letter",
        font="mono",
        size=9.5,
        margins=(20, 18, 20),
        footer_fn=ftr,
        title="Constancia de acuerdo - temporada de corte de cafe",
    )
    pdf.add_page()
    para(
        pdf, "ENGANCHES Y SERVICIOS AGRÍCOLAS MAZARIEGOS", size=12, style="B", align="C", after=0.5
    )
    para(
        pdf,
        "Contratista: José Ovidio Mazariegos López - aldea El Rodeo, Malacatán, San Marcos - Tel. 4719-3306",
        size=8.5,
        align="C",
        after=4,
    )
    para(
        pdf,
        "CONSTANCIA DE ACUERDO - TEMPORADA DE CORTE DE CAFÉ 2027-2028",
        size=11,
        style="B",
        align="C",
        after=4,
    )
    para(
        pdf,
        "FINCA: Finca Santa Isabel Nueva, S. de R.L. de C.V., km 14 de la carretera Tapachula-Nueva Alemania, municipio de Tapachula, Chiapas, México.",
        after=3,
    )
    para(
        pdf,
        "Nombre del trabajador: ________________________________  DPI: ____________________",
        after=2.5,
    )
    para(
        pdf,
        "Edad: ______   Comunidad: ______________________________   Teléfono: ______________",
        after=5,
    )
    items = [
        (
            "1. TRABAJO.",
            "Corte de café cereza (arábica y robusta) en los cafetales de la finca y acarreo de los costales hasta el beneficio.",
        ),
        (
            "2. TEMPORADA.",
            "Durante la cosecha 2027-2028, mientras haya café maduro en las matas. El contratista avisa por teléfono el día de la salida.",
        ),
        ("3. HORARIO.", "De 6:00 a 14:00 horas, de lunes a sábado. El domingo es de descanso."),
        (
            "4. PAGO.",
            "A destajo: 48 pesos mexicanos por cada lata de 20 litros de café cereza bien cortado, sin granos verdes ni hojas. La cuota mínima de corte es de 6 latas diarias.",
        ),
        ("5. DÍA DE PAGO.", "La raya se paga cada sábado, en efectivo, en la casa patronal."),
        (
            "6. VIVIENDA.",
            "La finca da galera con literas, agua y luz, sin costo para el trabajador.",
        ),
        (
            "7. DESCUENTOS.",
            "De la raya solo se descuentan el pasaje y la comida indicados en la hoja 2.",
        ),
        (
            "8. REGRESO.",
            "Al terminar la temporada, la finca paga el camión de regreso hasta el puente fronterizo El Carmen-Talismán.",
        ),
    ]
    for a, b in items:
        clause(pdf, a, b, after=2.6)

    pdf.add_page()
    q_ins = "Por apuntarlo en la lista de la cuadrilla, el trabajador entrega al contratista Q400.00 (cuatrocientos quetzales) antes de cruzar."
    q_tvtf = (
        "La tarjeta de visitante trabajador fronterizo la tramita el contratista en la oficina de Migración de Talismán, "
        "y el trabajador le reembolsa los 350 pesos mexicanos que cobra Migración por ella."
    )
    q_bus = "El pasaje en camión desde Malacatán hasta la finca, unos 180 pesos, se descontará de la primera raya."
    q_com = "Los tres tiempos de comida (frijol, tortilla y café) se cobran a 55 pesos diarios y se descuentan cada sábado."
    q_mov = "Para evitar desórdenes, ningún trabajador podrá salir de la finca ni bajar al pueblo durante la temporada sin permiso escrito del caporal."
    para(pdf, "COSTOS QUE CORREN POR CUENTA DEL TRABAJADOR", style="B", after=2.5)
    pg = {}
    for k, a, b in [
        ("ins", "a)", q_ins),
        ("tvtf", "b)", q_tvtf),
        ("bus", "c)", q_bus),
        ("com", "d)", q_com),
    ]:
        pg[k] = clause(pdf, a, b, indent=4, after=2.4)
    pdf.ln(2)
    para(pdf, "REGLAMENTO DE LA FINCA", style="B", after=2.5)
    pg["mov"] = clause(pdf, "I.", q_mov, indent=4, after=2.4)
    clause(pdf, "II.", "Se prohíbe tomar licor en las galeras.", indent=4, after=2.4)
    clause(
        pdf,
        "III.",
        "Los menores de 15 años no cortan café ni entran a los cafetales en horas de trabajo.",
        indent=4,
        after=2.4,
    )
    pdf.ln(4)
    para(
        pdf,
        "Leído que fue el presente y enterado de su contenido, el trabajador firma o pone su huella.",
        after=8,
    )
    sig_boxes(
        pdf,
        [
            ("EL TRABAJADOR", "Firma o huella"),
            (
                "EL CONTRATISTA",
                "José Ovidio Mazariegos López\nEnganches y Servicios Agrícolas Mazariegos",
            ),
        ],
        thumb="huella",
        fam="mono",
        size=8.5,
        h=28,
        thumb_cols={0},
    )
    pdf.output(out)
    return label(
        "ba05.pdf",
        "es",
        pdf.page_no(),
        [
            fee("recruitment_fee", pg["ins"], q_ins, 400, "GTQ"),
            fee("visa_cost", pg["tvtf"], q_tvtf, 350, "MXN"),
            fee("travel_cost", pg["bus"], q_bus, 180, "MXN"),
            fee("meal_charge", pg["com"], q_com, 55, "MXN"),
            fee("movement_restriction", pg["mov"], q_mov),
        ],
        ["worker_identity", "employment_period", "termination"],
        ["Enganches y Servicios Agrícolas Mazariegos"],
        [
            "'café', 'cafetales' are crop words, not fees",
            "'cuota mínima de corte' is a picking quota, not a fee (cuota)",
            "piece rate per lata is a wage, not a charge",
            "galera housing 'sin costo'",
            "return truck to the border paid by the finca",
            "'el trabajador le reembolsa' is the worker repaying the contractor (a finding, not reimbursement by the employer)",
            "no-alcohol and no-child-labour rules are lawful house rules",
            "blank name line and 'mientras haya café' have no concrete value (worker_identity, employment_period missing)",
        ],
        "recruiter_agreement",
        "Letter; typewriter-style monospace form with unfilled blanks; numbered terms; costs on page 2 as lettered list; estate rules in roman numerals; thumbprint box",
    )


# =========================================================================== ba06
# Morocco -> Spain (Huelva strawberries, GECCO); COMPLIANT.


def ba06(out):
    def hdr(p):
        font(p, "", 7, "dserif")
        p.set_text_color(90, 90, 90)
        p.set_xy(p.l_margin, 8)
        p.cell(
            0,
            4,
            "CONTRATO DE TRABAJO FIJO-DISCONTINUO - GESTIÓN COLECTIVA DE CONTRATACIONES EN ORIGEN (GECCO), CAMPAÑA 2027",
            align="C",
        )
        p.set_draw_color(150, 150, 150)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)

    def ftr(p):
        p.set_y(-12)
        font(p, "", 7.5, "dserif")
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            f"Agrícola Las Marismas del Odiel, S.L. · Página {p.page_no()} de {{nb}}",
            align="R",
        )

    pdf = Doc(
        "A4",
        font="dserif",
        size=9.3,
        margins=(22, 19, 22),
        header_fn=hdr,
        footer_fn=ftr,
        title="Contrato de trabajo de temporada",
    )
    pdf.add_page()
    para(pdf, "CONTRATO DE TRABAJO", size=14, style="B", align="C", after=0.5)
    para(pdf, "En Moguer (Huelva), a 12 de enero de 2027", style="I", align="C", after=4)
    para(pdf, "REUNIDOS", style="B", align="C", after=2)
    grid(
        pdf,
        [
            [
                "DE UNA PARTE, Agrícola Las Marismas del Odiel, S.L., con CIF B21456789 y domicilio en Polígono Industrial El Pinillo, parcela 7, 21800 Moguer (Huelva), representada por D. Manuel Jesús Garrido Vázquez (en adelante, la EMPRESA).",
                "DE OTRA PARTE, Dña. Fatima Zahra Ouazzani, nacida el 3 de mayo de 1994 en Kénitra (Marruecos), con pasaporte SA4820917 (en adelante, la TRABAJADORA).",
            ]
        ],
        [83, 83],
        bold_first=False,
        borders="NONE",
        fam="dserif",
        size=9,
    )
    para(
        pdf,
        "La TRABAJADORA ha sido preseleccionada en Marruecos por la Agence Nationale de Promotion de l'Emploi et des "
        "Compétences (ANAPEC), dentro del procedimiento de gestión colectiva de contrataciones en origen, y ambas partes "
        "acuerdan las siguientes",
        align="J",
        after=2,
    )
    para(pdf, "CLÁUSULAS", style="B", align="C", after=2)
    cl = [
        (
            "PRIMERA. Puesto.",
            "La TRABAJADORA prestará servicios como peona agrícola de recolección de fresa y frutos rojos: recolección, selección en campo y carga de cajas.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Fincas de la EMPRESA en el término municipal de Moguer (Huelva): Finca El Cañuelo y Finca Los Arroyos.",
        ),
        (
            "TERCERA. Duración.",
            "Contrato fijo-discontinuo. El periodo de llamamiento de la campaña 2027 va del 2 de febrero al 15 de junio de 2027.",
        ),
        (
            "CUARTA. Jornada.",
            "39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, con 20 minutos de descanso diario para el bocadillo.",
        ),
        (
            "QUINTA. Retribución.",
            "59,12 euros brutos por jornada trabajada, según el Convenio Colectivo del Campo de la provincia de Huelva, con la parte proporcional de pagas extraordinarias y vacaciones incluida.",
        ),
        (
            "SEXTA. Pago.",
            "El salario se abona por meses vencidos, antes del día 5 del mes siguiente, mediante transferencia a la cuenta bancaria de la TRABAJADORA, con entrega del recibo de salarios.",
        ),
    ]
    for a, b in cl:
        clause(pdf, a, b, after=2)
    pdf.add_page()
    cl2 = [
        (
            "SÉPTIMA. Deducciones.",
            "De la nómina solo se deducirán la cuota obrera a la Seguridad Social y la retención a cuenta del IRPF que marque la ley. No se practicará ningún otro descuento.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "La EMPRESA facilita alojamiento gratuito en la Finca El Cañuelo, en módulos con cocina equipada, agua, luz y wifi, sin cobrar fianza ni suministros.",
        ),
        (
            "NOVENA. Viaje.",
            "La EMPRESA organiza y paga el viaje de ida desde Tánger hasta Moguer y el de vuelta a Tánger al terminar la campaña, en barco y autobús.",
        ),
        (
            "DÉCIMA. Selección sin coste.",
            "La selección en origen no tiene coste alguno para la TRABAJADORA. La EMPRESA no cobra ni permite que nadie cobre cantidad alguna por el puesto de trabajo.",
        ),
        (
            "UNDÉCIMA. Documentación.",
            "La TRABAJADORA conserva en todo momento su pasaporte y su tarjeta de identidad de extranjero; la EMPRESA no puede retenerlos.",
        ),
        (
            "DUODÉCIMA. Equipos de protección.",
            "La EMPRESA entrega gratuitamente guantes, gorro, botas y ropa de agua. No se descontará su coste ni se exigirá depósito por ellos.",
        ),
        (
            "DECIMOTERCERA. Extinción.",
            "El contrato se interrumpe al terminar la campaña. La TRABAJADORA puede dimitir con 15 días de preaviso sin penalización alguna; el despido disciplinario solo procede por las causas del artículo 54 del Estatuto de los Trabajadores.",
        ),
        (
            "DECIMOCUARTA. Liquidación.",
            "Al terminar la campaña, la EMPRESA entrega a la TRABAJADORA el finiquito con la liquidación de los días trabajados y no abonados.",
        ),
        (
            "DECIMOQUINTA. Quejas.",
            "La TRABAJADORA puede acudir a la Inspección de Trabajo, a los sindicatos o a la mediadora intercultural de la EMPRESA sin que ello afecte a su llamamiento en futuras campañas.",
        ),
        (
            "DECIMOSEXTA. Libertad de movimiento.",
            "Fuera de su jornada la TRABAJADORA entra y sale libremente del alojamiento; la EMPRESA pone un autobús gratuito a Moguer los domingos.",
        ),
    ]
    for a, b in cl2:
        clause(pdf, a, b, after=2)
    pdf.add_page()
    para(pdf, "ANEXO I - TABLA SALARIAL (Convenio del Campo de Huelva 2027)", style="B", after=1.5)
    grid(
        pdf,
        [
            ["Salario base por jornada", "47,06 €"],
            ["Parte proporcional de pagas extraordinarias", "7,84 €"],
            ["Parte proporcional de vacaciones", "4,22 €"],
            ["Total bruto por jornada", "59,12 €"],
        ],
        [110, 40],
        heading=["Concepto", "Importe"],
        fam="dserif",
        size=9,
        fill=(235, 235, 235),
        bold_first=False,
    )
    para(
        pdf,
        "Y en prueba de conformidad, las partes firman el presente contrato por triplicado, en el lugar y la fecha indicados.",
        align="J",
        after=8,
    )
    sig_boxes(
        pdf,
        [
            ("La EMPRESA", "Manuel Jesús Garrido Vázquez\nAgrícola Las Marismas del Odiel, S.L."),
            ("La TRABAJADORA", "Fatima Zahra Ouazzani"),
        ],
        fam="dserif",
    )
    pdf.output(out)
    return label(
        "ba06.pdf",
        "es",
        pdf.page_no(),
        [],
        [],
        ["Agence Nationale de Promotion de l'Emploi et des Compétences (ANAPEC)"],
        [
            "cuota obrera a la Seguridad Social (statutory contribution, not insurance_cost; 'cuota' is not a fee)",
            "retención del IRPF is income tax, not wage_withholding",
            "pagas extraordinarias prorrateadas and finiquito at the end are lawful pay, not withholding",
            "free housing 'sin cobrar fianza ni suministros' (negated deposit)",
            "employer pays both trips Tánger-Moguer",
            "selection without cost; nobody may charge for the job",
            "worker keeps passport (negated retention)",
            "free PPE, no deduction or deposit",
            "resignation 'sin penalización alguna' (negated breach penalty)",
            "complaints do not affect future call-ups (negated blacklisting)",
            "free to come and go (negated movement restriction)",
        ],
        "work_contract",
        "A4; Spanish contract style: running header and 'Página x de y' footer; REUNIDOS parties side by side in a borderless two-cell table; ordinal CLÁUSULAS; salary annex table; signatures on page 3",
    )


# =========================================================================== ba07
# Colombia -> Canada (Quebec vegetables); intermediation contract with pagaré and cláusula penal.


def ba07(out):
    def ftr(p):
        p.set_y(-13)
        p.set_draw_color(0, 0, 0)
        p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        font(p, "", 7.5, "lsans")
        p.cell(
            0, 5, "Talento Andino Global S.A.S. - NIT 901.487.336-2 - Pereira, Risaralda", align="L"
        )
        p.set_x(p.l_margin)
        p.cell(0, 5, f"Página {p.page_no()}", align="R")

    pdf = Doc(
        "Letter",
        font="lsans",
        size=9.8,
        margins=(22, 18, 22),
        footer_fn=ftr,
        title="Contrato de intermediación laboral - Canadá",
    )
    pdf.add_page()
    para(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL PARA TRABAJO TEMPORAL EN CANADÁ",
        size=11.5,
        style="B",
        align="C",
        after=4,
    )
    para(
        pdf,
        "Entre los suscritos, TALENTO ANDINO GLOBAL S.A.S., sociedad comercial con NIT 901.487.336-2 y domicilio en la "
        "Calle 45 # 23-18, oficina 402, Pereira (Risaralda), representada legalmente por Luz Adriana Ocampo Giraldo, en "
        "adelante LA AGENCIA, y YEISON ANDRÉS CARDONA RESTREPO, mayor de edad, identificado con cédula de ciudadanía "
        "1.088.254.917 de Pereira, en adelante EL TRABAJADOR, se celebra el presente contrato, que se rige por las "
        "siguientes cláusulas:",
        align="J",
        after=3,
    )
    clause(
        pdf,
        "CLÁUSULA PRIMERA. OBJETO.",
        "LA AGENCIA presentará la hoja de vida de EL TRABAJADOR al empleador canadiense "
        "FERMES MARAÎCHÈRES SAINT-RÉMI INC., con domicilio en 1450 rang Saint-Paul, Saint-Rémi (Québec) J0L 2L0, Canadá, "
        "y lo acompañará en los trámites de su permiso de trabajo.",
        after=2.5,
    )
    para(pdf, "CLÁUSULA SEGUNDA. CONDICIONES DEL EMPLEO OFRECIDO.", style="B", after=1.5)
    grid(
        pdf,
        [
            [
                "Cargo",
                "Trabajador agrícola general: siembra, deshierbe y cosecha de lechuga, brócoli y cebolla",
            ],
            ["Lugar", "Campos del empleador en Saint-Rémi, Quebec, Canadá"],
            ["Temporada", "Del 15 de abril al 30 de octubre de 2027"],
            ["Salario", "16,10 dólares canadienses por hora"],
            ["Pago", "Semanal, por depósito en cuenta bancaria canadiense"],
            ["Jornada", "Según las necesidades de la cosecha y el clima"],
            ["Vivienda", "Casa del empleador en Saint-Rémi, sin costo para EL TRABAJADOR"],
            ["Tiquetes", "El empleador paga los tiquetes aéreos Bogotá-Montreal y Montreal-Bogotá"],
            [
                "Permiso de trabajo",
                "Tarifa del permiso (155 CAD) y biometría (85 CAD) a cargo del empleador",
            ],
            [
                "Seguro médico",
                "Seguro privado pagado por el empleador hasta que empiece la cobertura de la RAMQ",
            ],
        ],
        [38, 134],
        fam="lsans",
        size=9.2,
        fill=None,
        first_fill=(240, 240, 240),
    )
    q_ap = (
        "EL TRABAJADOR hará un aporte voluntario de UN MILLÓN OCHOCIENTOS MIL PESOS M/CTE ($1.800.000) para gastos "
        "administrativos de la convocatoria, suma que no es reembolsable."
    )
    q_med = (
        "Los exámenes médicos con el médico designado por Inmigración Canadá en Bogotá, por un valor aproximado de "
        "$650.000, corren por cuenta de EL TRABAJADOR."
    )
    p_ap = clause(pdf, "CLÁUSULA TERCERA. APORTE.", q_ap, after=2.5)
    p_med = clause(pdf, "CLÁUSULA CUARTA. EXÁMENES.", q_med, after=2.5)

    pdf.add_page()
    q_pag = (
        "Como garantía de cumplimiento, EL TRABAJADOR firma a favor de LA AGENCIA un pagaré en blanco con carta de "
        "instrucciones, que LA AGENCIA podrá llenar si EL TRABAJADOR incumple este contrato."
    )
    q_pen = (
        "Si EL TRABAJADOR abandona el trabajo o regresa a Colombia antes de terminar la temporada sin causa justificada, "
        "pagará a LA AGENCIA una pena de OCHO MILLONES DE PESOS M/CTE ($8.000.000)."
    )
    q_bl = (
        "EL TRABAJADOR que presente quejas contra el empleador ante las autoridades canadienses o ante medios de "
        "comunicación quedará excluido de todas las convocatorias futuras de LA AGENCIA."
    )
    p_pag = clause(pdf, "CLÁUSULA QUINTA. GARANTÍA.", q_pag, after=2.5)
    p_pen = clause(pdf, "CLÁUSULA SEXTA. CLÁUSULA PENAL.", q_pen, after=2.5)
    clause(
        pdf,
        "CLÁUSULA SÉPTIMA. TERMINACIÓN DEL EMPLEO.",
        "El empleador puede terminar el empleo por falta grave comprobada, "
        "conforme a las normas laborales de Quebec; EL TRABAJADOR puede renunciar avisando con una semana de anticipación.",
        after=2.5,
    )
    p_bl = clause(pdf, "CLÁUSULA OCTAVA. CONDUCTA.", q_bl, after=2.5)
    clause(
        pdf,
        "CLÁUSULA NOVENA. DOCUMENTOS.",
        "EL TRABAJADOR conservará siempre en su poder su pasaporte y su permiso de trabajo.",
        after=2.5,
    )
    clause(
        pdf,
        "CLÁUSULA DÉCIMA. DOMICILIO.",
        "Para todos los efectos las partes fijan como domicilio contractual la ciudad de Pereira.",
        after=4,
    )
    para(
        pdf,
        "Para constancia se firma en Pereira, a los diecinueve (19) días del mes de enero de dos mil veintisiete (2027), en dos ejemplares del mismo tenor.",
        align="J",
        after=6,
    )
    grid(
        pdf,
        [
            ["LA AGENCIA", "EL TRABAJADOR"],
            [
                "\n\n\nLuz Adriana Ocampo Giraldo\nRepresentante legal\nTalento Andino Global S.A.S.",
                "\n\n\nYeison Andrés Cardona Restrepo\nC.C. 1.088.254.917 de Pereira\nHuella índice derecho: [          ]",
            ],
        ],
        [86, 86],
        fam="lsans",
        size=9,
        bold_first=False,
        fill=None,
    )
    pdf.output(out)
    return label(
        "ba07.pdf",
        "es",
        pdf.page_no(),
        [
            fee("recruitment_fee", p_ap, q_ap, 1800000, "COP"),
            fee("medical_cost", p_med, q_med, 650000, "COP"),
            fee("deposit_or_bond", p_pag, q_pag),
            fee("breach_penalty", p_pen, q_pen, 8000000, "COP"),
            fee("blacklisting_threat", p_bl, q_bl),
        ],
        ["hours_of_work", "deductions"],
        ["Talento Andino Global S.A.S."],
        [
            "'aporte voluntario ... no es reembolsable' is a disguised fee (finding), not a donation",
            "employer pays both flights, work-permit and biometrics fees",
            "housing 'sin costo' and private insurance paid by employer",
            "worker keeps passport and permit (negated retention)",
            "'Jornada: Según las necesidades de la cosecha y el clima' has no concrete value (hours missing)",
            "amounts in words in capitals with Colombian dot grouping ($8.000.000)",
        ],
        "recruiter_agreement",
        "Letter; Colombian contract style with CLÁUSULA headings; gridded job-terms table; signature grid with cédula and fingerprint bracket; rule footer",
    )


# =========================================================================== ba08
# Indonesia -> Malaysia (Sabah oil palm); two-column contract of service.


def ba08(out):
    def hdr(p):
        band(p, (38, 92, 48), 16)
        p.set_text_color(255, 255, 255)
        font(p, "B", 12, "lsans")
        p.set_xy(p.l_margin, 3.5)
        p.cell(0, 5.5, "LADANG SUNGAI SEGAMA SDN. BHD.")
        font(p, "", 7.5, "lsans")
        p.set_xy(p.l_margin, 9.5)
        p.cell(
            0,
            4,
            "Company No. 199801004417 · Batu 32, Jalan Lahad Datu-Tawau, 91100 Lahad Datu, Sabah, Malaysia",
        )

    def ftr(p):
        p.set_y(-11)
        font(p, "I", 7, "lsans")
        p.set_text_color(100, 100, 100)
        p.cell(
            0, 4, f"Contract of Service SGE/FW/2027/112 - page {p.page_no()} of {{nb}}", align="C"
        )

    pdf = Doc(
        "A4",
        font="lsans",
        size=8.9,
        margins=(15, 21, 15),
        header_fn=hdr,
        footer_fn=ftr,
        title="Contract of service - foreign plantation worker",
    )
    pdf.add_page()
    para(pdf, "CONTRACT OF SERVICE - FOREIGN PLANTATION WORKER", size=12, style="B", after=2)
    grid(
        pdf,
        [
            [
                "Employer",
                "Ladang Sungai Segama Sdn. Bhd. (Company No. 199801004417), Batu 32, Jalan Lahad Datu-Tawau, 91100 Lahad Datu, Sabah, Malaysia",
            ],
            [
                "Worker",
                "Yohanes Bria Seran, of Atambua, Nusa Tenggara Timur, Indonesia; passport no. X2948173",
            ],
            [
                "Recruited through",
                "PT Nusa Karya Bahari Mandiri (P3MI licence 2/1189/2024), Jl. Soekarno No. 14, Kupang",
            ],
        ],
        [34, 146],
        fam="lsans",
        size=8.6,
        fill=None,
        first_fill=(228, 238, 228),
    )
    q_levy = (
        "The annual foreign worker levy of RM 590 and the visit pass (temporary employment) fee paid by the Employer "
        "shall be recovered from the Worker's wages in twelve equal monthly instalments."
    )
    q_tools = (
        "Each Harvester is issued a pole sickle (egrek), a spare blade and safety boots, and their cost of RM 145 is "
        "deducted from the first month's wages."
    )
    q_dmg = "Loss of or damage to Company tools or motorcycles caused by the Worker's negligence shall be charged to the Worker at replacement cost."
    q_pass = (
        "The Worker's passport shall be surrendered to the Estate Manager on arrival and kept in the estate office safe "
        "for the whole period of employment."
    )
    q_gate = (
        "Workers may not leave the estate compound between 9.00 p.m. and 5.00 a.m., and on rest days may go to "
        "Lahad Datu town only with a gate pass signed by the Mandur."
    )
    clauses1 = [
        (
            "1. Position and duties.",
            "The Worker is employed as a Harvester (pemanen): cutting fresh fruit bunches (FFB) with a pole sickle, collecting loose fruits and carrying them to the collection point, and general field upkeep.",
        ),
        (
            "2. Place of work.",
            "Segama Estate, Lahad Datu, Sabah, including any division of the estate.",
        ),
        ("3. Period.", "Twenty-four months, from 3 January 2028 to 2 January 2030."),
        (
            "4. Hours of work.",
            "Eight hours a day, from 6.00 a.m. to 2.00 p.m., six days a week; Sunday is the weekly rest day. Overtime is paid under the Sabah Labour Ordinance.",
        ),
        (
            "5. Wages.",
            "RM 1,700 per month basic wage, plus a harvesting premium of RM 32 for every tonne of FFB above the monthly task.",
        ),
        (
            "6. Payment.",
            "Wages are paid monthly, not later than the 7th day of the following month, by transfer to the Worker's bank account.",
        ),
        (
            "7. Housing.",
            "Housing with free water and electricity is provided in the estate workers' quarters in accordance with the Employees' Minimum Standards of Housing, Accommodations and Amenities Act 1990 (Act 446).",
        ),
        (
            "8. Insurance and EPF.",
            "The Employer pays the SOCSO employment-injury contribution and the workers' hospitalisation and surgical insurance. The Worker's 2% EPF contribution is deducted as required by law.",
        ),
        (
            "9. Travel to Malaysia.",
            "The Employer pays the ferry and bus fares from Nunukan to the estate.",
        ),
        (
            "10. Deductions.",
            "Only the deductions named in clauses 8, 11 and 12 are made from wages.",
        ),
        ("11. Levy and pass.", q_levy),
        ("12. Tools and damage.", q_tools + " " + q_dmg),
    ]
    clauses2 = [
        ("13. Documents.", q_pass),
        ("14. Estate rules.", q_gate + " Visitors must register at the guard house."),
        (
            "15. Termination.",
            "Either party may terminate this contract by giving four weeks' written notice. The Employer may dismiss the Worker without notice for misconduct only after due inquiry under section 14 of the Sabah Labour Ordinance.",
        ),
        (
            "16. Annual leave and holidays.",
            "The Worker is entitled to paid annual leave of eight days a year in the first two years, fourteen paid public holidays and paid sick leave on a doctor's certificate.",
        ),
        (
            "17. Rest-day work.",
            "Work on a rest day is voluntary and is paid at twice the ordinary daily rate.",
        ),
        (
            "18. Language.",
            "This contract has been explained to the Worker in Bahasa Indonesia, and he has received a copy in that language.",
        ),
    ]

    with pdf.text_columns(
        ncols=2, gutter=7, text_align="LEFT", line_height=1.2, balance=True
    ) as cols:
        for a, b in clauses1 + clauses2:
            with cols.paragraph(bottom_margin=2.6) as par:
                font(pdf, "B", 9.3)
                par.write(a + " ")
                font(pdf, "", 9.3)
                par.write(b)
    pdf.add_page()
    para(pdf, "SCHEDULE A - HARVESTING TASK AND PREMIUM", style="B", size=10, after=1.5)
    grid(
        pdf,
        [
            ["Mature palms (10-20 years)", "1.8 tonnes FFB", "RM 32 per tonne above task"],
            ["Tall palms (over 20 years)", "1.4 tonnes FFB", "RM 38 per tonne above task"],
            ["Young palms (under 10 years)", "2.2 tonnes FFB", "RM 28 per tonne above task"],
        ],
        [60, 50, 70],
        heading=["Field", "Daily task", "Premium"],
        fam="lsans",
        size=8.8,
        fill=(228, 238, 228),
    )
    para(pdf, "Loose fruits collected are weighed separately and paid at RM 0.15 per kg.", after=8)
    sig_boxes(
        pdf,
        [
            ("For the Employer", "Estate Manager, Segama Estate"),
            ("The Worker", "Yohanes Bria Seran"),
            ("Witness (P3MI)", "PT Nusa Karya Bahari Mandiri"),
        ],
        fam="lsans",
        size=8,
        thumb=False,
    )
    pdf.output(out)
    return label(
        "ba08.pdf",
        "en",
        pdf.page_no(),
        [
            fee("visa_cost", 1, q_levy, 590, "MYR"),
            fee("equipment_charge", 1, q_tools, 145, "MYR"),
            fee("damage_chargeback", 1, q_dmg),
            fee("document_retention", 1, q_pass),
            fee("movement_restriction", 1, q_gate),
        ],
        ["return_transportation"],
        ["PT Nusa Karya Bahari Mandiri"],
        [
            "'paid by the Employer' inside the levy clause, but the levy is recovered from wages (finding)",
            "'collecting loose fruits' is a job duty, not collecting fees",
            "free water and electricity in Act 446 housing",
            "employer pays SOCSO and hospitalisation insurance",
            "2% EPF contribution is a statutory deduction (not insurance_cost)",
            "employer pays ferry and bus from Nunukan (inbound only; no return term)",
        ],
        "employment_contract",
        "A4; green header band; parties grid full width; clauses in two text columns (reading order matters); signatures in three boxes",
    )


# =========================================================================== ba09
# Kyrgyzstan -> United Kingdom (seasonal horticulture); COMPLIANT offer letter.


def ba09(out):
    def hdr(p):
        band(p, (0, 110, 120), 22)
        p.set_text_color(255, 255, 255)
        font(p, "B", 15, "lsans")
        p.set_xy(p.l_margin, 5)
        p.cell(0, 7, "Fieldbridge Seasonal Labour Ltd")
        font(p, "", 8, "lsans")
        p.set_xy(p.l_margin, 13)
        p.cell(
            0,
            4,
            "Licensed Scheme Operator · GLAA licence SO-0417 · Unit 6, Rotherwas Industrial Estate, Hereford HR2 6JT, United Kingdom",
        )

    def ftr(p):
        p.set_y(-13)
        font(p, "", 7.5, "lsans")
        p.set_text_color(0, 110, 120)
        p.cell(
            0, 5, f"Welfare line (24 h): +44 1432 800 417 · Page {p.page_no()} of {{nb}}", align="C"
        )

    pdf = Doc(
        "A4",
        font="lsans",
        size=10,
        margins=(20, 30, 20),
        header_fn=hdr,
        footer_fn=ftr,
        title="Offer of seasonal employment",
    )
    pdf.add_page()
    para(pdf, "3 February 2027", after=3)
    para(pdf, "Dear Aibek Toktogulovich Sydykov,", after=2)
    para(pdf, "OFFER OF SEASONAL EMPLOYMENT - HORTICULTURE", style="B", size=11, after=2)
    para(
        pdf,
        "We are pleased to offer you seasonal work with our client grower on the terms below. Please read them carefully. "
        "A Russian and a Kyrgyz translation of this letter are attached, and you can ask us any question before you sign.",
        align="J",
        after=3,
    )
    grid(
        pdf,
        [
            [
                "Employer (grower)",
                "Wyebank Soft Fruit Ltd, Lower Moreton Farm, Moreton-on-Lugg, Hereford HR4 8DQ, United Kingdom",
            ],
            ["Sponsor and recruiter", "Fieldbridge Seasonal Labour Ltd"],
            [
                "Job",
                "Seasonal fruit picker: picking, grading and packing strawberries and raspberries in polytunnels",
            ],
            ["Place of work", "Lower Moreton Farm, Moreton-on-Lugg, Herefordshire"],
            ["Dates", "12 May 2027 to 10 November 2027"],
            [
                "Hours",
                "8 hours a day, 5 or 6 days a week (39 hours a week on average); at least 32 paid hours guaranteed every week",
            ],
            ["Pay", "£12.95 per hour, with a piece-rate bonus on top for strawberries"],
            ["Paid", "Weekly, every Friday, by bank transfer, with a payslip"],
            ["Deductions", "Income Tax and National Insurance through PAYE only"],
            [
                "Accommodation",
                "Static caravan on the farm, free of charge: no accommodation offset and no deposit",
            ],
        ],
        [42, 128],
        fam="lsans",
        size=9.4,
        fill=None,
        first_fill=(222, 240, 241),
    )
    para(pdf, "Leaving the job", style="B", after=1)
    para(
        pdf,
        "You or the grower may end this job by giving one week's notice. If you leave early you pay no penalty, and we will "
        "help you move to another farm in the scheme or book your flight home.",
        align="J",
        after=3,
    )

    pdf.add_page()
    para(pdf, "Who pays for what", style="B", size=11, after=1.5)
    grid(
        pdf,
        [
            [
                "Visa application fee (£319)",
                "You pay it when you apply; we refund it in full in your first weekly pay",
            ],
            ["Certificate of Sponsorship", "Fieldbridge Seasonal Labour Ltd"],
            ["Flights Bishkek-London and London-Bishkek", "The grower, booked by Fieldbridge"],
            ["Coach from the airport to the farm and back", "The grower"],
            ["Recruitment or placement fee", "Nobody: no one may charge you for this job"],
            ["Induction and health and safety training", "Free, and paid at your hourly rate"],
            ["Gloves, hi-vis vest and waterproofs", "The grower; no deposit"],
        ],
        [72, 98],
        heading=["Cost", "Who pays"],
        fam="lsans",
        size=9.4,
        fill=(222, 240, 241),
        bold_first=False,
    )
    for a, b in [
        (
            "Your passport.",
            "Your passport and visa stay with you. No one at the farm or at Fieldbridge may hold them.",
        ),
        (
            "Damage.",
            "You will not be charged for normal wear and tear of the caravan or the tools.",
        ),
        (
            "Free time.",
            "Outside working hours you are free to go where you like; a free bus runs to Hereford twice a week.",
        ),
        (
            "Raising a concern.",
            "You can call our welfare line or the GLAA at any time. Raising a concern will never affect your chance of returning next season.",
        ),
    ]:
        clause(pdf, a, b, after=2.2)
    pdf.ln(3)
    para(pdf, "Yours sincerely,", after=10)
    para(pdf, "Gulnara Abdyldaeva, Recruitment Manager, Fieldbridge Seasonal Labour Ltd", after=6)
    para(pdf, "I accept this offer.", style="B", after=5)
    sig_boxes(
        pdf,
        [("Worker's signature", "Aibek Toktogulovich Sydykov"), ("Date", "")],
        fam="lsans",
        size=9,
        h=14,
    )
    pdf.output(out)
    return label(
        "ba09.pdf",
        "en",
        pdf.page_no(),
        [],
        [],
        ["Fieldbridge Seasonal Labour Ltd"],
        [
            "visa fee paid up front but refunded in full in the first pay (reimbursed, not visa_cost)",
            "Income Tax and National Insurance via PAYE are statutory deductions",
            "free caravan, no accommodation offset, no deposit",
            "grower pays both flights and coach",
            "'Recruitment or placement fee: Nobody' (negated fee in a table)",
            "induction training free and paid",
            "PPE free, no deposit",
            "no penalty for leaving early (negated breach penalty)",
            "no charge for normal wear and tear (negated damage chargeback)",
            "passport stays with the worker; free to go out; concerns never affect return",
        ],
        "offer_letter",
        "A4; teal letterhead band; key-terms grid on page 1; 'who pays for what' two-column table; bold run-in paragraphs; acceptance signature",
    )


# =========================================================================== ba10
# Nicaragua -> Costa Rica (pineapple packing); phone-sized recruitment flyer in informal voseo.


def ba10(out):
    pdf = Doc(
        (118, 262),
        font="sans",
        size=8.6,
        margins=(8, 8, 8),
        bottom=8,
        title="Trabajo en Costa Rica",
    )
    pdf.add_page()
    band(pdf, (230, 120, 20), 34)
    pdf.set_text_color(255, 255, 255)
    font(pdf, "B", 17)
    pdf.set_xy(8, 6)
    pdf.cell(102, 9, "¡TRABAJO EN COSTA RICA!", align="C")
    font(pdf, "", 9.5)
    pdf.set_xy(8, 16)
    pdf.cell(102, 5, "Empacadora de piña de exportación - zona norte", align="C")
    font(pdf, "B", 8.5)
    pdf.set_xy(8, 23)
    pdf.cell(102, 5, "Oportunidades Tico-Nica Empleos · WhatsApp 8654-2210 · Estelí", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(8, 39)
    para(
        pdf,
        "Salimos de Managua el 8 de enero. Buscamos 40 muchachos y muchachas de 18 a 40 años, con ganas de trabajar.",
        style="B",
        after=3,
    )
    para(pdf, "LO QUE OFRECEMOS", style="B", size=10, after=1.5)
    for t in [
        "Puesto: empacador/a de piña (selección, lavado, encerado y empaque en cajas).",
        "Lugar: planta empacadora en Pital de San Carlos, Alajuela, Costa Rica.",
        "Temporada: del 11 de enero al 30 de junio de 2027.",
        "Horario: turnos de 10 horas, de lunes a sábado.",
        "Pago: ₡2.150 por hora, cada quincena.",
        "Las botas, los guantes y el delantal te los da la empresa sin costo.",
        "El almuerzo de cada turno es gratis.",
        "Al terminar la temporada, el regreso a Managua lo paga la empresa.",
    ]:
        para(pdf, "•  " + t, indent=2, after=1.2)
    pdf.ln(2)
    para(pdf, "LO QUE PONÉS VOS", style="B", size=10, after=1.5)
    grid(
        pdf,
        [
            ["Inscripción y apartado de cupo", "C$ 7,500"],
            ["Exámenes de laboratorio", "C$ 900"],
            ["Permiso de trabajo temporal (Migración CR)", "US$ 200"],
            ["Bus Managua - Pital (ida)", "C$ 1,800"],
        ],
        [72, 30],
        heading=["Concepto", "Monto"],
        size=8.3,
        fill=(253, 228, 200),
        bold_first=False,
        align="CENTER",
    )
    q_ins = "Los C$ 7,500 de la inscripción los pagás en efectivo el día de la entrevista para apartar tu cupo."
    q_lab = "Los exámenes de sangre y de heces (C$ 900) los pagás vos en el laboratorio que te indiquemos."
    q_perm = "El permiso de trabajo temporal ante Migración de Costa Rica cuesta US$ 200 y corre por tu cuenta."
    q_bus = "El bus de Managua a Pital (C$ 1,800) lo pagás vos y la empresa no lo devuelve."
    p = para(pdf, q_ins + " " + q_lab, after=1.5)
    para(pdf, q_perm + " " + q_bus, after=3)
    pdf.set_fill_color(220, 248, 198)
    font(pdf, "", 8.6)
    pdf.multi_cell(
        0,
        4.2,
        "Escribinos al WhatsApp y mandá foto de tu cédula. ¡Cupos limitados! Entrevistas en Estelí y Managua "
        "los sábados.",
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(-12)
    font(pdf, "", 6.8)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4, "Oportunidades Tico-Nica Empleos - Estelí, Nicaragua", align="C")
    pdf.output(out)
    return label(
        "ba10.pdf",
        "es",
        pdf.page_no(),
        [
            fee("recruitment_fee", p, q_ins, 7500, "NIO"),
            fee("medical_cost", p, q_lab, 900, "NIO"),
            fee("visa_cost", p, q_perm, 200, "USD"),
            fee("travel_cost", p, q_bus, 1800, "NIO"),
        ],
        ["employer_identity", "worker_identity", "deductions", "termination"],
        ["Oportunidades Tico-Nica Empleos"],
        [
            "boots, gloves and apron 'sin costo' (no equipment charge)",
            "free lunch each shift (no meal charge)",
            "return trip to Managua paid by the company",
            "₡2.150 por hora is the wage, not a charge",
            "'empacadora de piña de exportación - zona norte' names no employer (employer_identity missing)",
        ],
        "recruitment_flyer",
        "tall phone-sized page (118 x 262 mm); orange header band; bullet list; costs table 'LO QUE PONÉS VOS'; chat-style call-to-action box; informal voseo",
    )


# =========================================================================== ba11
# Kenya -> Saudi Arabia (housemaid); clauses in a numbered grid.


def ba11(out):
    def ftr(p):
        p.set_y(-13)
        font(p, "", 7.5, "cond")
        p.cell(
            0,
            5,
            f"Savannah Gate Recruitment Agency Ltd · Al Manar Recruitment Office · Contract SG-KSA-27-0352 · {p.page_no()}/{{nb}}",
            align="C",
        )

    pdf = Doc(
        "A4",
        font="cond",
        size=9.5,
        margins=(18, 14, 18),
        footer_fn=ftr,
        title="Standard employment contract - domestic worker",
    )
    pdf.add_page()
    pdf.set_draw_color(90, 60, 20)
    pdf.set_line_width(0.5)
    pdf.rect(pdf.l_margin, 12, pdf.epw, 21)
    pdf.set_line_width(0.2)
    pdf.set_y(14)
    para(
        pdf,
        "STANDARD EMPLOYMENT CONTRACT - DOMESTIC WORKER (HOUSEMAID)",
        size=12.5,
        style="B",
        align="C",
        after=0.5,
    )
    para(
        pdf,
        "Processed by Savannah Gate Recruitment Agency Ltd (NEA Reg. No. NEA/RA/1182), Mombasa Road, Nairobi, "
        "with Al Manar Recruitment Office, Riyadh (Musaned licence 4471)",
        size=8.3,
        align="C",
        after=5,
    )
    grid(
        pdf,
        [
            [
                "First party (Employer)",
                "Mr. Fahad Saad Al-Qahtani, Saudi ID 1048823117, Building 22, Anas Ibn Malik Road, Al Yasmin District, Riyadh 13325, Kingdom of Saudi Arabia",
            ],
            [
                "Second party (Worker)",
                "Ms. Mercy Wanjiku Kamau, Kenyan, passport AK0923581, born 9 November 1998",
            ],
        ],
        [40, 134],
        size=9,
        fill=None,
        first_fill=(242, 234, 220),
    )
    q_wh = (
        "SAR 300 from each monthly salary shall be retained by the Employer and paid to the Worker only on her final "
        "departure from the Kingdom."
    )
    q_pen = (
        "A worker who refuses to work or leaves the house before the end of the contract shall pay the Employer "
        "SAR 18,000 (eighteen thousand riyals) as compensation for the recruitment expenses."
    )
    q_pass = "The passport and iqama of the Worker shall remain in the custody of the Employer throughout her stay in the Kingdom."
    q_out = "The Worker shall not leave the house unless accompanied by a member of the Employer's family."
    q_bl = (
        "If the Worker complains to the police, the Labour Office or her embassy without first referring the matter to "
        "the Employer, the Employer will report her as absent from work (huroob) and she will be barred from returning to the Kingdom."
    )
    rows1 = [
        [
            "1",
            "The Worker is employed as a housemaid: cleaning, laundry, ironing, cooking and looking after the Employer's three children.",
        ],
        ["2", "The place of work is the Employer's residence at the address above in Riyadh."],
        [
            "3",
            "The contract runs for two years, from 20 February 2027 to 19 February 2029; the first 90 days are a probation period.",
        ],
        [
            "4",
            "Working hours are set by the household according to its needs; the Worker is entitled to adequate rest.",
        ],
        ["5", "The monthly salary is SAR 1,500 (one thousand five hundred Saudi riyals)."],
        [
            "6",
            "The salary is paid monthly, at the end of each Gregorian month, into the Worker's Musaned e-wallet.",
        ],
        [
            "7",
            "No deductions may be made from the salary except the amount retained under clause 12.",
        ],
        [
            "8",
            "The Employer pays the visa, work permit and iqama fees and the air ticket from Nairobi to Riyadh.",
        ],
        [
            "9",
            "The Employer provides free food, clothing suitable for the work and a private room.",
        ],
        ["10", "Medical care is provided at the Employer's expense through his health insurance."],
        [
            "11",
            "Savannah Gate Recruitment Agency Ltd charges the Worker no fee for this placement.",
        ],
        ["12", q_wh],
        ["13", q_pen],
    ]
    grid(pdf, rows1, [12, 162], heading=["No.", "Clause"], size=9.2, fill=(242, 234, 220))
    pdf.add_page()
    rows2 = [
        ["14", q_pass],
        ["15", q_out + " She may use her mobile phone only during her rest periods."],
        ["16", q_bl],
        [
            "17",
            "The Employer may terminate the contract without notice or compensation only for the acts listed in the Domestic Workers Regulation; an Employer who terminates for any other reason pays the Worker one month's salary and the return ticket.",
        ],
        [
            "18",
            "At the end of the contract the Employer provides an economy ticket from Riyadh to Nairobi and pays an end-of-service award of one month's salary.",
        ],
    ]
    grid(pdf, rows2, [12, 162], heading=["No.", "Clause"], size=9.2, fill=(242, 234, 220))
    para(
        pdf,
        "Both parties have read this contract, or had it read to them in a language they understand, and sign it freely.",
        after=6,
    )
    sig_boxes(
        pdf,
        [
            ("First party", "Fahad Saad Al-Qahtani"),
            ("Second party", "Mercy Wanjiku Kamau"),
            ("Agency stamp", "Savannah Gate Recruitment Agency Ltd"),
        ],
        thumb="left thumb",
        size=8.3,
        thumb_cols={1},
    )
    pdf.output(out)
    return label(
        "ba11.pdf",
        "en",
        pdf.page_no(),
        [
            fee("wage_withholding", 1, q_wh, 300, "SAR"),
            fee("breach_penalty", 1, q_pen, 18000, "SAR"),
            fee("document_retention", 2, q_pass),
            fee("movement_restriction", 2, q_out),
            fee("blacklisting_threat", 2, q_bl),
        ],
        ["hours_of_work"],
        ["Savannah Gate Recruitment Agency Ltd", "Al Manar Recruitment Office"],
        [
            "agency 'charges the Worker no fee' (negated recruitment fee) next to a penalty that mentions recruitment expenses",
            "employer pays visa, work permit, iqama and inbound ticket",
            "free food, clothing and private room; medical care at employer's expense",
            "end-of-service award paid at the end is a benefit, not wage withholding",
            "'Working hours are set by the household according to its needs' has no concrete value (hours missing)",
        ],
        "employment_contract",
        "A4; boxed title; parties grid; all clauses in a numbered two-column grid split over two pages; signature row with thumbprint and agency stamp",
    )


# =========================================================================== ba12
# El Salvador -> Canada (Alberta hotel housekeeping); COMPLIANT offer letter in Spanish.


def ba12(out):
    def hdr(p):
        p.set_draw_color(30, 60, 110)
        p.set_line_width(1.2)
        p.line(p.l_margin, 10, p.w - p.r_margin, 10)
        p.set_line_width(0.2)
        font(p, "B", 13, "lsans")
        p.set_text_color(30, 60, 110)
        p.set_xy(p.l_margin, 12)
        p.cell(0, 6, "Lakeshore Lodge & Conference Centre Ltd.")
        font(p, "", 8, "lsans")
        p.set_text_color(80, 80, 80)
        p.set_xy(p.l_margin, 18.5)
        p.cell(
            0,
            4,
            "4120 Lakeshore Drive, Sylvan Lake, Alberta T4S 1R3, Canadá · Tel. +1 403 555 0142",
        )

    def ftr(p):
        p.set_y(-13)
        font(p, "I", 7.5, "lserif")
        p.set_text_color(90, 90, 90)
        p.cell(0, 5, f"Carta oferta LMIA 9517340 - página {p.page_no()} de {{nb}}", align="R")

    pdf = Doc(
        "Letter",
        font="lserif",
        size=10.4,
        margins=(24, 28, 24),
        header_fn=hdr,
        footer_fn=ftr,
        title="Carta oferta de empleo",
    )
    pdf.add_page()
    para(pdf, "San Salvador, 18 de enero de 2027", align="R", after=3)
    para(
        pdf,
        "Sra. Karla Beatriz Henríquez Alvarado\nDUI 05873412-6\nColonia Escalón, San Salvador, El Salvador",
        after=3,
    )
    para(
        pdf,
        "Carta oferta de empleo - Programa de Trabajadores Extranjeros Temporales (LMIA n.º 9517340)",
        style="B",
        after=2,
    )
    para(pdf, "Estimada señora Henríquez:", after=2)
    para(
        pdf,
        "Nos complace ofrecerle el puesto de camarista en nuestro hotel. Su candidatura fue presentada por Puentes "
        "Laborales Cuscatlán, S.A. de C.V., agencia autorizada por el Ministerio de Trabajo y Previsión Social de "
        "El Salvador. Estas son las condiciones principales:",
        align="J",
        after=3,
    )
    grid(
        pdf,
        [
            [
                "Puesto",
                "Camarista (room attendant): limpieza de habitaciones y áreas comunes, cambio de ropa de cama y reposición de amenidades",
            ],
            ["Lugar de trabajo", "Lakeshore Lodge, 4120 Lakeshore Drive, Sylvan Lake, Alberta"],
            ["Duración", "Del 1 de mayo de 2027 al 30 de abril de 2028"],
            [
                "Jornada",
                "40 horas por semana: 8 horas diarias, 5 días; horas extra después de 8 horas diarias o 44 semanales, pagadas a 1.5 veces",
            ],
            ["Salario", "18,50 dólares canadienses (CAD) por hora"],
            ["Pago", "Cada dos semanas, por depósito directo, con talón de pago"],
            [
                "Descuentos",
                "Solo los que exige la ley: impuesto sobre la renta, Canada Pension Plan (CPP) y Employment Insurance (EI)",
            ],
            [
                "Alojamiento",
                "Habitación compartida en la residencia del personal, sin costo; no se pide depósito",
            ],
        ],
        [36, 132],
        fam="lsans",
        size=9.2,
        fill=None,
        first_fill=(228, 234, 245),
    )
    clause(
        pdf,
        "Terminación.",
        "Usted puede renunciar avisando con una semana de anticipación, sin ninguna penalización. "
        "El empleador solo puede despedirla por causa justificada, o con el preaviso o la indemnización que fija el "
        "Employment Standards Code de Alberta.",
        after=2,
    )

    pdf.add_page()
    para(pdf, "¿Quién paga qué?", style="B", size=11.5, after=1.5)
    grid(
        pdf,
        [
            [
                "Honorarios de Puentes Laborales Cuscatlán",
                "El empleador. Usted no le paga nada a la agencia.",
            ],
            [
                "Permiso de trabajo (155 CAD) y datos biométricos (85 CAD)",
                "El empleador, directamente",
            ],
            ["Examen médico con el médico designado", "El empleador"],
            ["Boleto aéreo San Salvador-Calgary y traslado a Sylvan Lake", "El empleador"],
            ["Boleto de regreso a San Salvador al terminar el contrato", "El empleador"],
            [
                "Curso de orientación de 2 días en San Salvador",
                "Gratuito, con almuerzo y transporte pagados",
            ],
            ["Seguro médico privado hasta tener Alberta Health", "El empleador"],
            ["Uniformes y calzado de trabajo", "El empleador, sin depósito"],
        ],
        [88, 80],
        heading=["Concepto", "¿Quién paga?"],
        fam="lsans",
        size=9.2,
        fill=(228, 234, 245),
        bold_first=False,
    )
    clause(
        pdf,
        "Sus derechos.",
        "Nadie puede quedarse con su pasaporte ni con su permiso de trabajo. Nadie le pedirá pagaré, "
        "fianza, letra de cambio ni depósito. Puede cambiar de empleador solicitando un nuevo permiso de trabajo, y "
        "presentar quejas ante Employment Standards sin que eso afecte su empleo ni futuras contrataciones.",
        after=2,
    )
    clause(
        pdf,
        "Horas de descanso.",
        "Fuera de su horario usted es libre de salir y recibir visitas; la residencia no tiene toque de queda.",
        after=4,
    )
    para(pdf, "Atentamente,", after=10)
    para(
        pdf,
        "Deborah Kowalchuk, Directora de Recursos Humanos\nLakeshore Lodge & Conference Centre Ltd.",
        after=6,
    )
    para(pdf, "Acepto esta oferta:", style="B", after=4)
    sig_boxes(
        pdf,
        [("Firma de la trabajadora", "Karla Beatriz Henríquez Alvarado"), ("Fecha", "")],
        fam="lserif",
        size=9,
        h=14,
    )
    pdf.output(out)
    return label(
        "ba12.pdf",
        "es",
        pdf.page_no(),
        [],
        [],
        ["Puentes Laborales Cuscatlán, S.A. de C.V."],
        [
            "agency fees paid by the employer ('Usted no le paga nada a la agencia')",
            "work permit, biometrics, medical exam, both flights paid by the employer",
            "free orientation course (not training_cost)",
            "private health insurance paid by the employer",
            "CPP and EI are statutory deductions (not insurance_cost)",
            "free staff housing, no deposit; uniforms without deposit",
            "'Nadie le pedirá pagaré, fianza, letra de cambio ni depósito' (negated bond)",
            "resignation without penalty; may change employer; complaints without consequences; no curfew",
        ],
        "offer_letter",
        "Letter; rule-and-wordmark letterhead; serif body with sans grids; summary terms grid; '¿Quién paga qué?' table; acceptance signature",
    )


# =========================================================================== main

BUILDERS = [ba01, ba02, ba03, ba04, ba05, ba06, ba07, ba08, ba09, ba10, ba11, ba12]


def page_views(page):
    """Whole-page text, plus left-half + right-half text for two-column pages."""
    w, h = page.width, page.height
    full = norm(page.extract_text())
    left = norm(page.crop((0, 0, w / 2, h)).extract_text())
    right = norm(page.crop((w / 2, 0, w, h)).extract_text())
    return [full, left + " " + right]


def check_schema(lab, errors):
    f = lab["file"]
    keys = [
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
    if list(lab) != keys:
        errors.append(f"{f}: label keys {list(lab)}")
    if lab["program"] != "generic" or lab["language"] not in ("en", "es"):
        errors.append(f"{f}: program/language")
    for m in lab["missing_terms"]:
        if m not in GENERIC_REQUIRED:
            errors.append(f"{f}: {m} is not a generic required term")
    if lab["missing_terms"] != [t for t in GENERIC_REQUIRED if t in lab["missing_terms"]]:
        errors.append(f"{f}: missing_terms not in taxonomy order or duplicated")
    for x in lab["fees"]:
        if x["category"] not in CATEGORIES:
            errors.append(f"{f}: bad category {x['category']}")
        want = "review" if x["category"] in REVIEW_GENERIC else "violation"
        if x["severity"] != want:
            errors.append(f"{f}: severity of {x['category']}")
        if (x["amount"] is None) != (x["currency"] is None):
            errors.append(f"{f}: amount/currency mismatch in {x['category']}")
        if x["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", x["currency"]):
            errors.append(f"{f}: currency {x['currency']}")


def verify(out_dir, labels):
    errors = []
    for lab in labels:
        f = lab["file"]
        check_schema(lab, errors)
        scanned = lab["scanned"] or []
        with pdfplumber.open(out_dir / f) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{f}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            views = {i + 1: page_views(p) for i, p in enumerate(pdf.pages)}
            for n, v in views.items():
                if n in scanned:
                    if len(v[0]) > 0:
                        errors.append(f"{f}: scanned page {n} has a text layer ({len(v[0])} chars)")
                elif len(v[0]) < 150:
                    errors.append(f"{f}: page {n} has almost no text")
        for x in lab["fees"]:
            q = norm(x["quote"])
            pg = x["page"]
            if pg in scanned:
                if q not in norm(SCAN_TEXT.get((f, pg), "")):
                    errors.append(f"{f}: quote not drawn on scanned page {pg}: {q[:60]!r}")
                continue
            if not any(q in v for v in views.get(pg, [])):
                where = [n for n, v in views.items() if any(q in s for s in v)]
                errors.append(
                    f"{f}: {x['category']} quote not on page {pg} (found on {where}): {q[:70]!r}"
                )
        text_all = " ".join(v[0] for n, v in views.items() if n not in scanned)
        for r in lab["recruiters"]:
            if norm(r) not in text_all:
                errors.append(f"{f}: recruiter not in text: {r!r}")
    return errors


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = Path(args[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    for b in BUILDERS:
        name = b.__name__ + ".pdf"
        labels.append(b(str(out_dir / name)))
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out_dir / "labels.json").write_text(text, encoding="utf-8")
    errors = verify(out_dir, labels)
    ref = HERE / "labels.json"
    if "--update-labels" in argv:
        ref.write_text(text, encoding="utf-8")
    elif not ref.exists() or json.loads(ref.read_text(encoding="utf-8")) != labels:
        errors.append(
            f"{ref} differs from the generated labels (run with --update-labels after review)"
        )
    for e in errors:
        print("ERROR", e)
    n_fees = sum(len(l["fees"]) for l in labels)
    print(f"{len(labels)} documents, {n_fees} fee findings, {len(errors)} errors -> {out_dir}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
