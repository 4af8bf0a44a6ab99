"""Blind held-out batch "x": 12 labelled contract PDFs (generic corridors, Gulf, Canada, OFW).

Usage: python build.py OUT_DIR

Writes x01.pdf ... x12.pdf and labels.json into OUT_DIR, then checks with pdfplumber that
every fee quote is printed on its labelled page (for scanned pages: on the page as typed
before it was scanned, and that the scanned page carries no text layer). Exits non-zero on
any mismatch. Output is deterministic (fixed creation date, fixed noise seeds).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)

_DV = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_NO = "/usr/share/fonts/truetype/noto/"
FONTS = {
    "dv": {
        "": _DV + "DejaVuSans.ttf",
        "B": _DV + "DejaVuSans-Bold.ttf",
        "I": _DV + "DejaVuSans-Oblique.ttf",
        "BI": _DV + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": _DV + "DejaVuSansCondensed.ttf",
        "B": _DV + "DejaVuSansCondensed-Bold.ttf",
        "I": _DV + "DejaVuSansCondensed-Oblique.ttf",
        "BI": _DV + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dvs": {
        "": _DV + "DejaVuSerif.ttf",
        "B": _DV + "DejaVuSerif-Bold.ttf",
        "I": _DV + "DejaVuSerif-Italic.ttf",
        "BI": _DV + "DejaVuSerif-BoldItalic.ttf",
    },
    "dvm": {"": _DV + "DejaVuSansMono.ttf", "B": _DV + "DejaVuSansMono-Bold.ttf"},
    "ls": {
        "": _LB + "LiberationSans-Regular.ttf",
        "B": _LB + "LiberationSans-Bold.ttf",
        "I": _LB + "LiberationSans-Italic.ttf",
        "BI": _LB + "LiberationSans-BoldItalic.ttf",
    },
    "ln": {
        "": _LB + "LiberationSansNarrow-Regular.ttf",
        "B": _LB + "LiberationSansNarrow-Bold.ttf",
        "I": _LB + "LiberationSansNarrow-Italic.ttf",
        "BI": _LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "lsr": {
        "": _LB + "LiberationSerif-Regular.ttf",
        "B": _LB + "LiberationSerif-Bold.ttf",
        "I": _LB + "LiberationSerif-Italic.ttf",
        "BI": _LB + "LiberationSerif-BoldItalic.ttf",
    },
    "lm": {"": _LB + "LiberationMono-Regular.ttf", "B": _LB + "LiberationMono-Bold.ttf"},
    "noto": {
        "": _NO + "NotoSans-Regular.ttf",
        "B": _NO + "NotoSans-Bold.ttf",
        "I": _NO + "NotoSans-Italic.ttf",
        "BI": _NO + "NotoSans-BoldItalic.ttf",
    },
}

PT = 0.3528  # mm per point


class Doc(FPDF):
    """FPDF with registered fonts, a fixed creation date and an optional footer."""

    def __init__(
        self,
        fmt: str | tuple[float, float] = "A4",
        font: str = "ls",
        footer: str | None = None,
        margins: tuple[float, float, float] = (18, 15, 18),
        bottom: float = 16,
        title: str = "",
    ) -> None:
        super().__init__(format=fmt, unit="mm")
        self.set_creation_date(CREATED)
        self.set_creator("Word processor")
        if title:
            self.set_title(title)
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.base_font = font
        self.footer_text = footer
        self.bare_pages: set[int] = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_font(font, "", 9)

    def footer(self) -> None:
        if not self.footer_text or self.page_no() in self.bare_pages:
            return
        self.set_y(-11)
        self.set_font(self.base_font, "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- drawing helpers


def txt(
    pdf: Doc,
    text: str,
    size: float = 9,
    style: str = "",
    fam: str | None = None,
    align: str = "J",
    lh: float = 1.3,
    after: float = 1.2,
    color: tuple[int, int, int] = (0, 0, 0),
    md: bool = False,
    indent: float = 0,
    w: float = 0,
) -> None:
    pdf.set_font(fam or pdf.base_font, style, size)
    pdf.set_text_color(*color)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
        w = w or pdf.epw - indent
    pdf.multi_cell(w, size * PT * lh, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def band(
    pdf: Doc,
    title: str,
    sub: str = "",
    fill: tuple[int, int, int] = (30, 70, 110),
    fg: tuple[int, int, int] = (255, 255, 255),
    fam: str | None = None,
    size: float = 14,
    h: float = 20,
) -> None:
    pdf.set_fill_color(*fill)
    pdf.rect(0, 0, pdf.w, h, style="F")
    pdf.set_text_color(*fg)
    pdf.set_xy(pdf.l_margin, 4)
    pdf.set_font(fam or pdf.base_font, "B", size)
    pdf.cell(0, size * PT * 1.2, title, new_x="LMARGIN", new_y="NEXT")
    if sub:
        pdf.set_font(fam or pdf.base_font, "", 7.5)
        pdf.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_y(h + 5)


def grid(
    pdf: Doc,
    rows: list[list[str]],
    widths: tuple[float, ...],
    size: float = 8.5,
    fam: str | None = None,
    head: bool = True,
    head_fill: tuple[int, int, int] = (222, 226, 232),
    key_fill: tuple[int, int, int] | None = None,
    lh: float = 1.3,
    borders: str = "ALL",
    after: float = 2.5,
    md: bool = False,
    aligns: tuple[str, ...] | None = None,
) -> None:
    fam = fam or pdf.base_font
    pdf.set_font(fam, "", size)
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    hstyle = FontFace(emphasis="BOLD", fill_color=head_fill)
    kstyle = FontFace(emphasis="BOLD", fill_color=key_fill) if key_fill else None
    with pdf.table(
        col_widths=widths,
        width=min(sum(widths), pdf.epw),
        first_row_as_headings=head,
        headings_style=hstyle,
        line_height=size * PT * lh,
        borders_layout=borders,
        v_align="TOP",
        text_align=aligns or "LEFT",
        align="LEFT",
        padding=1.3,
        markdown=md,
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if kstyle is not None and j == 0 and not (head and i == 0):
                    row.cell(c, style=kstyle)
                else:
                    row.cell(c)
    pdf.ln(after)


def signatures(
    pdf: Doc,
    labels: list[str],
    names: list[str],
    size: float = 8.5,
    gap: float = 14,
    thumb: bool = False,
    thumb_label: str = "Huella / Thumb",
) -> None:
    n = len(labels)
    colw = (pdf.epw - (22 if thumb else 0)) / n
    if pdf.get_y() + gap + 14 > pdf.page_break_trigger:
        pdf.add_page()
    y0 = pdf.get_y() + gap
    pdf.set_font(pdf.base_font, "", size)
    for i in range(n):
        x = pdf.l_margin + i * colw
        pdf.line(x + 2, y0, x + colw - 6, y0)
        pdf.set_xy(x + 2, y0 + 1)
        pdf.multi_cell(colw - 8, size * PT * 1.3, names[i] + "\n" + labels[i], align="L")
    if thumb:
        x = pdf.l_margin + pdf.epw - 20
        pdf.rect(x, y0 - 18, 20, 24)
        pdf.set_xy(x, y0 + 7)
        pdf.set_font(pdf.base_font, "", 6.5)
        pdf.cell(20, 3, thumb_label, align="C")
    pdf.set_y(y0 + 14)


# ---------------------------------------------------------------- scanning


def scan_image(pdf_bytes: bytes, page_index: int, seed: int, dpi: int, angle: float) -> bytes:
    """Render one page as a slightly skewed, blurred, noisy greyscale photocopy (JPEG)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[page_index]
    img = page.render(scale=dpi / 72).to_pil().convert("L")
    page.close()
    doc.close()
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    arr = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(seed)
    h, w = arr.shape
    arr = arr * 0.9 + 14.0
    arr -= np.linspace(0.0, 16.0, w, dtype=np.float32)[None, :]
    arr -= np.linspace(0.0, 8.0, h, dtype=np.float32)[:, None]
    arr += rng.normal(0.0, 7.0, size=arr.shape).astype(np.float32)
    specks = rng.random(arr.shape) < 0.0006
    arr[specks] = 60.0
    out = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").save(out, format="JPEG", quality=74)
    return out.getvalue()


PageFn = Callable[[Doc], None]


class Spec:
    """A document: a factory for the Doc, page-drawing functions, and scanned page fns."""

    def __init__(
        self,
        name: str,
        new: Callable[[], Doc],
        pages: list[PageFn],
        scanned: tuple[int, ...] = (),
        seed: int = 0,
        dpi: int = 220,
        angle: float = 0.6,
    ) -> None:
        self.name, self.new, self.pages = name, new, pages
        self.scanned, self.seed, self.dpi, self.angle = scanned, seed, dpi, angle

    def render(self) -> tuple[bytes, bytes, set[int]]:
        """Return (final pdf, pre-scan text pdf, 1-based numbers of scanned pages)."""
        pdf = self.new()
        spans = []
        for fn in self.pages:
            start = pdf.page_no() + 1
            fn(pdf)
            spans.append((start, pdf.page_no()))
        text_pdf = bytes(pdf.output())
        if not self.scanned:
            return text_pdf, text_pdf, set()
        scanned_pages: set[int] = set()
        final = self.new()
        for i, fn in enumerate(self.pages):
            if i in self.scanned:
                start, end = spans[i]
                if start != end:
                    raise SystemExit(
                        f"{self.name}: scanned page function made {end - start + 1} pages"
                    )
                data = scan_image(text_pdf, start - 1, self.seed + i, self.dpi, self.angle)
                final.bare_pages.add(final.page_no() + 1)
                final.add_page()
                final.image(io.BytesIO(data), x=0, y=0, w=final.w, h=final.h)
                scanned_pages.add(start)
            else:
                fn(final)
        return bytes(final.output()), text_pdf, scanned_pages


def fee(
    category: str,
    page: int,
    quote: str,
    amount: float | None = None,
    currency: str | None = None,
    severity: str = "violation",
    group: int | None = None,
) -> dict:
    d: dict = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


# ================================================================= x01
# generic / en / Qatar construction; dense two-column fine print.

X01_Q_EQUIP = "Boots, helmet and coveralls cost QAR 275, recovered from the first salary."
X01_Q_CAMP = "A camp charge of QAR 150 per month is deducted for bed space and utilities."
X01_Q_CURFEW = "No resident may leave the camp after 9 p.m. or on Fridays without a gate pass."
X01_Q_PASSPORT = "The Employee's passport is kept by the Company PRO for the whole contract term."

X01_CLAUSES: list[tuple[str, list[str]]] = [
    (
        "1. DEFINITIONS AND INTERPRETATION",
        [
            '1.1 In this Contract "Company" means the Employer named in the Particulars and '
            '"Project" means any construction site to which the Employee is assigned from time to time.',
            "1.2 Headings are inserted for convenience only and shall not affect interpretation.",
            "1.3 This Contract is governed by Law No. 14 of 2004 (the Labour Law) and the "
            "ministerial decisions issued under it, which apply to any matter not covered here.",
        ],
    ),
    (
        "2. DUTIES",
        [
            "2.1 The Employee shall cut, bend, place and tie reinforcement steel in accordance "
            "with the approved shop drawings and bar bending schedules.",
            "2.2 He shall operate the bar cutting and bending machines and the coil feeder "
            "safely and keep his work area free of offcuts and tie wire.",
            "2.3 He shall follow the lawful instructions of the foreman and the site engineer "
            "and shall not be required to perform work unrelated to his trade.",
        ],
    ),
    (
        "3. TERM AND PROBATION",
        [
            "3.1 The term of this Contract is stated in the Particulars and begins on the date "
            "shown there, whether or not the Employee has then arrived in Qatar.",
            "3.2 The first three months are a probationary period. Probation shall not be "
            "repeated and shall not be extended.",
        ],
    ),
    (
        "4. HOURS, REST AND OVERTIME",
        [
            "4.1 Normal working hours are stated in the Particulars, with a one-hour meal break "
            "which is not counted as working time.",
            "4.2 Friday is the weekly rest day on full pay.",
            "4.3 Overtime is paid at the basic hourly wage plus 25 per cent, and plus 50 per "
            "cent for work between 9 p.m. and 6 a.m. or on the rest day.",
            "4.4 During the summer midday work restriction the site schedule shall be adjusted "
            "in line with the decisions of the Ministry of Labour.",
        ],
    ),
    (
        "5. SALARY AND PAYMENT",
        [
            "5.1 Salary is paid monthly into the Employee's own bank account through the Wage "
            "Protection System, no later than the 7th day of the following month.",
            "5.2 The Company charges nothing for opening the salary account or for issuing the "
            "salary card, and the Employee may remit money home through any exchange house.",
        ],
    ),
    (
        "6. DEDUCTIONS",
        [
            "6.1 The Company may deduct from wages only: (a) the camp charge under clause 9.3; "
            "(b) the protective equipment charge under clause 11.2; (c) amounts ordered by a "
            "court or by the Labour Dispute Settlement Committee.",
            "6.2 Deductions in any month shall not exceed one half of the basic salary.",
        ],
    ),
    (
        "7. RECRUITMENT COSTS",
        [
            "7.1 The Employee has not paid, and shall not be asked to pay, any sum to the Company "
            "or to its recruitment agent in Nepal in order to obtain this employment.",
            "7.2 The agent's service charge is settled by the Company directly under a separate "
            "agreement with the agent.",
            "7.3 The entry visa, residence permit, Qatar ID card, medical fitness test and "
            "fingerprinting in Qatar are at the Company's expense.",
        ],
    ),
    (
        "8. TRAVEL",
        [
            "8.1 The Company provides an economy air ticket from Kathmandu to Doha at the start "
            "of the Contract.",
            "8.2 On expiry or termination of this Contract for any reason the Company provides "
            "and pays a one-way economy air ticket from Doha to Kathmandu.",
        ],
    ),
    (
        "9. ACCOMMODATION",
        [
            "9.1 The Company provides shared accommodation at its labour camp in Barwa Al "
            "Baraha, Doha Industrial Area, with not more than four persons in each room.",
            "9.2 Beds, mattresses, air conditioning, kitchen equipment and cooking gas are "
            "provided.",
            "9.3 " + X01_Q_CAMP,
        ],
    ),
    (
        "10. CAMP RULES",
        [
            "10.1 Residents shall keep their rooms clean, shall not cook inside the rooms and "
            "shall observe the fire-safety instructions posted in each block.",
            "10.2 " + X01_Q_CURFEW,
            "10.3 Visitors are received in the camp majlis and are not permitted in the rooms.",
        ],
    ),
    (
        "11. SAFETY",
        [
            "11.1 The Employee shall wear the protective equipment issued to him at all times "
            "while on a Project.",
            "11.2 " + X01_Q_EQUIP,
            "11.3 Cool drinking water, shaded rest areas and free tea and coffee are available "
            "on every Project.",
        ],
    ),
    (
        "12. TRANSPORT",
        [
            "12.1 The Company provides free transport by Company bus between the camp and the "
            "Project at the start and end of each shift.",
        ],
    ),
    (
        "13. MEDICAL CARE",
        [
            "13.1 The Company provides medical care in accordance with the Labour Law and pays "
            "for the Employee's health card.",
            "13.2 Work injuries and occupational diseases are compensated in accordance with "
            "the Labour Law.",
        ],
    ),
    (
        "14. DOCUMENTS",
        [
            "14.1 " + X01_Q_PASSPORT,
            "14.2 The Employee shall carry his Qatar ID card at all times.",
        ],
    ),
    (
        "15. LEAVE",
        [
            "15.1 Annual leave of three weeks on full pay for each year of service, rising to "
            "four weeks after five years.",
            "15.2 Official holidays and sick leave are granted as provided in the Labour Law.",
        ],
    ),
    (
        "16. TERMINATION",
        [
            "16.1 After probation either party may end this Contract by one month's written "
            "notice.",
            "16.2 The Company may dismiss the Employee without notice only in the cases listed "
            "in Article 61 of the Labour Law and after an inquiry at which the Employee is heard.",
            "16.3 The Employee may leave without notice in the cases listed in Article 51 of the "
            "Labour Law, including non-payment of wages.",
        ],
    ),
    (
        "17. END-OF-SERVICE GRATUITY",
        [
            "17.1 An Employee with at least one year of service receives an end-of-service "
            "gratuity of three weeks' basic wage for each year, paid with the final settlement.",
        ],
    ),
    (
        "18. GRIEVANCES",
        [
            "18.1 The Employee may raise any complaint with the camp welfare officer, the "
            "Ministry of Labour or the Labour Dispute Settlement Committee, and no complaint "
            "shall be held against him.",
        ],
    ),
    (
        "19. GENERAL",
        [
            "19.1 This Contract is made in Arabic and English; a Nepali translation was read "
            "to the Employee before signature. If the texts differ, the Arabic text prevails.",
            "19.2 Any amendment must be in writing, signed by both parties and attested by the "
            "Ministry of Labour.",
        ],
    ),
    (
        "20. SAFETY INDUCTION AND TRAINING",
        [
            "20.1 The site safety induction, the rebar skills assessment and any refresher "
            "course are given during paid working hours and cost the Employee nothing.",
            "20.2 Certificates issued to the Employee remain his property.",
        ],
    ),
    (
        "21. DISCIPLINE",
        [
            "21.1 Disciplinary penalties are limited to those listed in the Company's "
            "disciplinary rules approved by the Ministry of Labour, a copy of which is posted "
            "in every camp block.",
            "21.2 No penalty shall be imposed without first informing the Employee in writing "
            "of the charge and hearing his explanation.",
        ],
    ),
    (
        "22. CONFIDENTIALITY",
        [
            "22.1 The Employee shall not disclose drawings, prices or other information of the "
            "Company or its clients to any third party.",
        ],
    ),
    (
        "23. NOTICES",
        [
            "23.1 Notices to the Company are delivered to the camp administration office; "
            "notices to the Employee are handed to him personally with a copy in Nepali.",
        ],
    ),
    (
        "24. ENTIRE AGREEMENT",
        [
            "24.1 This Contract, with the Particulars, is the entire agreement between the "
            "parties and replaces any offer or promise made before its signature.",
            "24.2 A clause that is held invalid does not affect the remaining clauses.",
        ],
    ),
]


def x01() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "A4",
            font="ln",
            margins=(14, 12, 14),
            bottom=14,
            footer="AWS/HR/EC/2027/0419 - Contract of Employment - page {p} of 2",
            title="Contract of Employment",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        band(
            pdf,
            "AL WAKRA STEELFRAME CONTRACTING W.L.L.",
            "Building 44, Street 310, Zone 57, Doha Industrial Area - P.O. Box 24817, Doha, "
            "State of Qatar - C.R. 118406",
            fill=(120, 40, 30),
            fam="ls",
            size=13,
            h=18,
        )
        txt(pdf, "CONTRACT OF EMPLOYMENT - SKILLED TRADES (SITE STAFF)", 11, "B", "ls", "C")
        txt(pdf, "Ref. AWS/HR/EC/2027/0419", 7.5, "", "ls", "C", after=2)
        txt(pdf, "PARTICULARS", 8.5, "B", "ls", "L", after=0.5)
        grid(
            pdf,
            [
                [
                    "Employer",
                    "Al Wakra Steelframe Contracting W.L.L., Building 44, Street 310, Zone 57, "
                    "Doha Industrial Area, P.O. Box 24817, Doha, State of Qatar (C.R. 118406)",
                ],
                [
                    "Employee",
                    "Mr. Bishnu Prasad Adhikari, Nepalese national, Passport No. PA0917734, of "
                    "Ward 4, Kushma Municipality, Parbat, Nepal",
                ],
                [
                    "Recruited through",
                    "Himalayan Skyline Manpower Pvt. Ltd., Licence No. 1187/074/075, Gongabu, "
                    "Kathmandu, Nepal",
                ],
                ["Position", "Steel Fixer (Grade S2)"],
                [
                    "Place of work",
                    "Company projects in Lusail City and Al Wakra, State of Qatar",
                ],
                ["Term", "24 months, from 15 March 2027 to 14 March 2029"],
                [
                    "Basic salary",
                    "QAR 1,300 per month, plus a food allowance of QAR 300 per month",
                ],
                [
                    "Working hours",
                    "8 hours a day, 48 hours a week, Saturday to Thursday",
                ],
            ],
            (38, 144),
            size=8,
            fam="ls",
            head=False,
            key_fill=(236, 236, 236),
            after=2,
        )
        txt(
            pdf,
            "The Employer and the Employee agree to the following terms and conditions, which "
            "form one contract with the Particulars above.",
            8,
            "I",
            "ls",
            "L",
            after=1.5,
        )
        with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.12) as cols:
            for head, subs in X01_CLAUSES:
                pdf.set_font("ln", "B", 7.2)
                with cols.paragraph(top_margin=1.6, text_align="L") as p:
                    p.write(head)
                pdf.set_font("ln", "", 7.2)
                for s in subs:
                    with cols.paragraph(top_margin=0.3) as p:
                        p.write(s)
        pdf.ln(4)
        pdf.set_font("ls", "", 8)
        txt(
            pdf,
            "Signed at Kathmandu on 2 February 2027 and attested at Doha.",
            8,
            "",
            "ls",
            "L",
        )
        signatures(
            pdf,
            ["For the Company (HR Manager)", "Employee"],
            ["Rashid Kamal Siddiqui", "Bishnu Prasad Adhikari"],
        )

    label = {
        "file": "x01.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("housing_charge", 1, X01_Q_CAMP, 150.0, "QAR", "review"),
            fee("movement_restriction", 1, X01_Q_CURFEW),
            fee("equipment_charge", 1, X01_Q_EQUIP, 275.0, "QAR"),
            fee("document_retention", 1, X01_Q_PASSPORT),
        ],
        "missing_terms": [],
        "recruiters": ["Himalayan Skyline Manpower Pvt. Ltd."],
        "traps": [
            "'coil feeder' is a machine, not a fee",
            "no charge for salary account or card (negated)",
            "worker paid nothing to company or Nepal agent; agent's charge settled by employer",
            "visa, residence permit, QID, medical test paid by employer",
            "inbound and return air tickets paid by employer",
            "free tea and coffee ('coffee' contains 'fee')",
            "free bus to site",
            "end-of-service gratuity paid with final settlement is not wage withholding",
            "complaints not held against the worker (negated blacklisting)",
            "overtime premium is not a charge",
            "safety induction and skills assessment cost the worker nothing (negated training)",
            "'disciplinary penalties' are not a penalty for leaving",
        ],
        "doc_type": "work_contract",
        "layout": "A4; colored header band; particulars grid; dense two-column fine print "
        "(7pt narrow font) with numbered sub-clauses; signature lines",
    }
    return Spec("x01", new, [body]), label


# ================================================================= x02
# generic / en+es / Guatemala -> Canada (BC orchards); recruiter agreement, stacked bilingual.

X02_Q_FEE_EN = (
    "On signing, the Worker makes a processing contribution of CAD 600 to the Agency, "
    "which is not refundable."
)
X02_Q_FEE_ES = (
    "Al firmar, el Trabajador entrega a la Agencia una contribución de trámite de 600 "
    "dólares canadienses, que no es reembolsable."
)
X02_Q_MED_EN = (
    "The immigration medical examination with the panel physician in Guatemala City, "
    "Q1,150, is paid by the Worker."
)
X02_Q_MED_ES = (
    "El examen médico migratorio con el médico designado en la Ciudad de Guatemala, de "
    "Q1,150, corre por cuenta del Trabajador."
)

X02_CLAUSES: list[tuple[str, str, str]] = [
    (
        "1. Purpose / Objeto",
        "The Agency will present the Worker to the Employer for a seasonal position under "
        "Canada's Temporary Foreign Worker Program (agricultural stream) and will help him "
        "prepare his work-permit application.",
        "La Agencia presentará al Trabajador ante el Empleador para un puesto de temporada del "
        "Programa de Trabajadores Extranjeros Temporales de Canadá (vertiente agrícola) y le "
        "ayudará a preparar su solicitud de permiso de trabajo.",
    ),
    (
        "2. The job / El empleo",
        "General farm worker: pruning, hand thinning and picking apples and cherries, and "
        "moving bins. The work is done in the Employer's orchards in Oliver and Osoyoos, "
        "British Columbia, from 5 April 2027 to 30 October 2027. The wage is CAD 17.85 per "
        "hour. Working hours depend on the crop and the weather.",
        "Trabajador agrícola general: poda, raleo a mano, cosecha de manzana y cereza y "
        "traslado de cajones. El trabajo se realiza en los huertos del Empleador en Oliver y "
        "Osoyoos, Columbia Británica, del 5 de abril al 30 de octubre de 2027. El salario es "
        "de 17.85 dólares canadienses por hora. El horario depende de la cosecha y del clima.",
    ),
    (
        "3. Deductions / Descuentos",
        "Only Canadian income tax, Canada Pension Plan contributions and Employment Insurance "
        "premiums are deducted from wages.",
        "Del salario solo se descuentan el impuesto sobre la renta de Canadá, las "
        "contribuciones al Plan de Pensiones de Canadá y las primas del Seguro de Empleo.",
    ),
    (
        "4. Costs paid by the Employer / Costos a cargo del Empleador",
        "The Employer pays the LMIA fee, the work-permit fee, the biometrics fee, the "
        "round-trip airfare between Guatemala City and Kelowna, and private health insurance "
        "until provincial coverage begins. Housing on the orchard is free. Ladders, picking "
        "bags, gloves and pruning shears are supplied at no charge.",
        "El Empleador paga la tarifa del LMIA, la del permiso de trabajo, la de datos "
        "biométricos, el boleto aéreo de ida y vuelta entre la Ciudad de Guatemala y Kelowna y "
        "un seguro médico privado hasta que empiece la cobertura provincial. La vivienda en el "
        "huerto es gratuita. Escaleras, bolsas de cosecha, guantes y tijeras de podar se "
        "entregan sin costo.",
    ),
    (
        "5. Payments by the Worker / Pagos del Trabajador",
        X02_Q_FEE_EN + " " + X02_Q_MED_EN + " The Agency issues a receipt for every payment.",
        X02_Q_FEE_ES + " " + X02_Q_MED_ES + " La Agencia extiende recibo por cada pago.",
    ),
    (
        "6. Return / Regreso",
        "At the end of the season the Employer pays the Worker's flight back to Guatemala City.",
        "Al terminar la temporada el Empleador paga el vuelo de regreso del Trabajador a la "
        "Ciudad de Guatemala.",
    ),
    (
        "7. Termination / Terminación",
        "The Employer may end the employment only for just cause, in writing, after hearing the "
        "Worker. The Worker may resign with two weeks' notice. If the Agency has not placed the "
        "Worker by 30 June 2027, this agreement ends automatically.",
        "El Empleador solo puede terminar el empleo por causa justa, por escrito y después de "
        "escuchar al Trabajador. El Trabajador puede renunciar con dos semanas de aviso. Si la "
        "Agencia no ha colocado al Trabajador al 30 de junio de 2027, este convenio termina "
        "automáticamente.",
    ),
    (
        "8. Complaints / Quejas",
        "The Worker may contact the Consulate of Guatemala in Vancouver, WorkSafeBC or the "
        "Employment Standards Branch at any time.",
        "El Trabajador puede acudir en cualquier momento al Consulado de Guatemala en "
        "Vancouver, a WorkSafeBC o a la oficina de Normas de Empleo.",
    ),
    (
        "9. Language / Idioma",
        "This agreement is signed in English and Spanish; both texts are equally valid.",
        "Este convenio se firma en inglés y en español; ambos textos tienen el mismo valor.",
    ),
]


def x02() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="noto",
            margins=(20, 16, 20),
            footer="Senderos del Norte Colocaciones, S.A. - SNC-2027-118 - {p}/2",
            title="Recruitment Services Agreement",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "SENDEROS DEL NORTE COLOCACIONES, S.A.", 12, "B", align="C", after=0.5)
        txt(
            pdf,
            "4a. Calle 12-31, Zona 3, Quetzaltenango, Guatemala - Registro MINTRAB AR-0472",
            7.5,
            align="C",
            after=3,
            color=(80, 80, 80),
        )
        txt(pdf, "RECRUITMENT SERVICES AGREEMENT", 10.5, "B", align="C", after=0)
        txt(pdf, "CONVENIO DE SERVICIOS DE RECLUTAMIENTO", 10.5, "BI", align="C", after=3)
        grid(
            pdf,
            [
                [
                    "Agency / Agencia",
                    "Senderos del Norte Colocaciones, S.A., 4a. Calle 12-31, Zona 3, Quetzaltenango",
                ],
                [
                    "Worker / Trabajador",
                    "Ervin Estuardo Tzoc Chan, DPI 2713 48106 0901, San Juan Ostuncalco, "
                    "Quetzaltenango",
                ],
                [
                    "Employer / Empleador",
                    "Okanagan Ridge Orchards Ltd., 4410 Bench Row Road, Oliver, British "
                    "Columbia V0H 1T0, Canada",
                ],
                ["Date / Fecha", "11 January 2027 / 11 de enero de 2027"],
            ],
            (42, 133),
            size=8.3,
            head=False,
            key_fill=(230, 238, 230),
            after=3,
        )
        for head, en, es in X02_CLAUSES:
            txt(pdf, head, 9, "B", align="L", after=0.6)
            txt(pdf, en, 8.8, after=0.8)
            txt(pdf, es, 8.8, "I", color=(40, 60, 90), after=2.2)
        pdf.ln(2)
        signatures(
            pdf,
            ["For the Agency / Por la Agencia", "Worker / Trabajador"],
            ["Lic. Otto René Barrios Fuentes", "Ervin Estuardo Tzoc Chan"],
            thumb=True,
        )

    label = {
        "file": "x02.pdf",
        "program": "generic",
        "language": "en+es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("recruitment_fee", 1, X02_Q_FEE_EN, 600.0, "CAD", group=1),
            fee("recruitment_fee", 1, X02_Q_FEE_ES, 600.0, "CAD", group=1),
            fee("medical_cost", 1, X02_Q_MED_EN, 1150.0, "GTQ", group=2),
            fee("medical_cost", 1, X02_Q_MED_ES, 1150.0, "GTQ", group=2),
        ],
        "missing_terms": ["hours_of_work", "pay_frequency"],
        "recruiters": ["Senderos del Norte Colocaciones, S.A."],
        "traps": [
            "LMIA, work permit and biometrics fees paid by employer",
            "round-trip airfare paid by employer",
            "health insurance until provincial coverage paid by employer",
            "free orchard housing",
            "tools supplied at no charge",
            "'Working hours depend on the crop and the weather' has no concrete value",
            "statutory CPP/EI deductions are not insurance_cost",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "Letter; parties grid; numbered clauses, each in English then Spanish italics "
        "(stacked bilingual); signature lines with thumbprint box",
    }
    return Spec("x02", new, [body]), label


# ================================================================= x03
# generic / es / Mexico -> Canada (Manitoba poultry plant); recruiter FAQ handout.

X03_Q_FEE = (
    "La cuota de inscripción es de 8 500 pesos y se paga en nuestra oficina de Poza Rica "
    "al entregar sus papeles."
)
X03_Q_COURSE = (
    "Antes de viajar, todos toman el curso de inglés básico y de inocuidad alimentaria, que "
    "cuesta tres mil doscientos pesos."
)
X03_Q_LOAN = (
    "Si no completa, la agencia le presta lo que falte y se le descuenta de su cheque en "
    "Canadá con un interés del 5 % mensual."
)
X03_Q_BOND = (
    "Sí: firma un pagaré en blanco y trae un aval con casa propia; el pagaré se le devuelve "
    "cuando regrese."
)
X03_Q_BLACK = (
    "Quien vaya con quejas al consulado o con un abogado queda fuera de la lista y ya no se "
    "le vuelve a llamar."
)

X03_QA: list[tuple[str, str]] = [
    (
        "¿Quién es la empresa que contrata?",
        "Prairie Gold Poultry Processors Inc., con domicilio en 2150 Industrial Road, Brandon, "
        "Manitoba R7B 3Z6, Canadá. Es la empresa que firma su contrato de trabajo y la que le paga.",
    ),
    (
        "¿Qué trabajo voy a hacer?",
        "Deshuesado, corte y empaque de pollo en la línea de proceso, y limpieza de su área al "
        "final del turno. Es trabajo de pie y en cuarto frío.",
    ),
    ("¿Dónde voy a trabajar?", "En la planta de la empresa en Brandon, Manitoba."),
    (
        "¿Cuánto dura el contrato?",
        "24 meses: del 10 de mayo de 2027 al 9 de mayo de 2029.",
    ),
    (
        "¿Cuántas horas se trabaja?",
        "40 horas por semana, en turnos de 8 horas de lunes a viernes.",
    ),
    (
        "¿Cuánto pagan y cada cuándo?",
        "16.50 dólares canadienses por hora. El pago llega cada dos semanas, por depósito a su "
        "cuenta.",
    ),
    (
        "¿Qué me descuentan del cheque?",
        "Los impuestos de Canadá, el CPP (pensión) y el EI (seguro de empleo). Si la agencia le "
        "prestó dinero, también los abonos del préstamo.",
    ),
    (
        "¿Cuánto cuesta entrar al programa?",
        X03_Q_FEE + " Ese dinero cubre el papeleo y la gestión con la empresa.",
    ),
    (
        "¿Hay que tomar algún curso?",
        X03_Q_COURSE + " Las clases son los sábados en la misma oficina, durante seis semanas.",
    ),
    ("¿Y si no tengo todo el dinero?", X03_Q_LOAN),
    ("¿Piden alguna garantía?", X03_Q_BOND),
    ("", ""),
    (
        "¿Quién paga el permiso de trabajo y el avión?",
        "El permiso de trabajo y el trámite del LMIA los paga la empresa canadiense; a usted no "
        "le cuestan. El boleto de avión de ida también lo paga la empresa.",
    ),
    (
        "¿Me dan el equipo de trabajo?",
        "Sí. Botas, bata, casco, guantes de malla y cuchillos se los entrega la planta sin costo.",
    ),
    (
        "¿Y la comida?",
        "En la planta hay cafetería; si quiere, ahí compra sus alimentos, o puede llevar los suyos.",
    ),
    (
        "¿Quién paga el regreso a México?",
        "Eso se platica con la empresa al final del contrato.",
    ),
    (
        "¿Puedo quejarme si algo sale mal?",
        X03_Q_BLACK + " Aquí resolvemos todo directamente, sin intermediarios.",
    ),
    (
        "¿Qué documentos traigo?",
        "Acta de nacimiento, CURP, pasaporte vigente, dos fotografías y comprobante de domicilio.",
    ),
]


def x03() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="dv",
            margins=(20, 14, 20),
            footer="Enlaces Laborales del Golfo - Programa Canadá 2027 - hoja {p}",
            title="Preguntas frecuentes",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        band(
            pdf,
            "ENLACES LABORALES DEL GOLFO",
            "Av. 20 de Noviembre 418, Col. Cazones, Poza Rica, Veracruz - WhatsApp 782 555 0147 "
            "- Atiende: Lic. Aurelio Bautista Zamudio",
            fill=(0, 110, 95),
            size=14,
            h=19,
        )
        txt(pdf, "PROGRAMA CANADÁ 2027 - PREGUNTAS FRECUENTES", 12, "B", align="C", after=0.5)
        txt(
            pdf,
            "Planta avícola en Manitoba - 30 lugares para hombres y mujeres de 21 a 45 años",
            9,
            "I",
            align="C",
            after=4,
        )
        for q, a in X03_QA:
            if not q:
                pdf.add_page()
                continue
            txt(pdf, q, 9.5, "B", align="L", color=(0, 95, 80), after=0.6)
            txt(pdf, a, 9.2, align="L", after=2.6, indent=4)
        pdf.ln(2)
        txt(pdf, "Calendario del grupo 2027", 10, "B", align="L", color=(0, 95, 80), after=1.5)
        grid(
            pdf,
            [
                ["Fecha", "Actividad"],
                ["15 de enero", "Entrega de papeles en la oficina de Poza Rica"],
                ["Febrero y marzo", "Curso de inglés y de inocuidad (sábados)"],
                ["Abril", "Cita en la embajada de Canadá para datos biométricos"],
                ["Principios de mayo", "Entrega de permisos y salida a Winnipeg"],
            ],
            (45, 130),
            size=9,
            head_fill=(204, 232, 226),
            after=4,
        )
        pdf.set_draw_color(0, 110, 95)
        y = pdf.get_y()
        pdf.rect(pdf.l_margin, y, pdf.epw, 16)
        pdf.set_xy(pdf.l_margin + 3, y + 2.5)
        txt(
            pdf,
            "Inscripciones de lunes a viernes de 9:00 a 14:00 h. Traiga sus documentos en un "
            "folder. Cupo limitado.",
            9,
            "B",
            align="L",
            indent=3,
            w=pdf.epw - 6,
        )
        pdf.set_draw_color(0, 0, 0)

    label = {
        "file": "x03.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("recruitment_fee", 1, X03_Q_FEE, 8500.0, "MXN"),
            fee("training_cost", 1, X03_Q_COURSE, 3200.0, "MXN"),
            fee("debt_bondage", 1, X03_Q_LOAN),
            fee("deposit_or_bond", 1, X03_Q_BOND),
            fee("blacklisting_threat", 2, X03_Q_BLACK),
        ],
        "missing_terms": ["worker_identity", "return_transportation", "termination"],
        "recruiters": ["Enlaces Laborales del Golfo"],
        "traps": [
            "work permit, LMIA and outbound flight paid by employer ('a usted no le cuestan')",
            "equipment handed out free",
            "voluntary cafeteria purchases are not a meal charge",
            "statutory CPP/EI deductions are not insurance_cost",
            "'depósito a su cuenta' is a bank deposit of wages",
            "return trip mentioned without a value ('se platica al final'): term missing",
        ],
        "doc_type": "recruiter_faq",
        "layout": "Letter; colored header band; Q&A handout (bold questions, indented "
        "answers); boxed notice at the end",
    }
    return Spec("x03", new, [body]), label


# ================================================================= x04
# generic / en / Philippines -> Saudi Arabia household worker; OFW contract + scanned side
# agreement (page 3 is image-only).

X04_Q_FEE = (
    "Before deployment the Worker shall remit PHP 25,000.00 (twenty-five thousand pesos) to "
    "the Agency's coordinator in Cabanatuan City, Mr. Danilo Soriano, as facilitation fee."
)
X04_Q_PASSPORT = (
    "The Worker's passport and iqama shall be kept by the Sponsor for the whole duration of "
    "the contract."
)
X04_Q_PENALTY = (
    "If the Worker leaves the household or ends the contract before twenty-four (24) months, "
    "she shall refund the Sponsor SAR 12,000 spent on her recruitment."
)

X04_CLAUSES: list[tuple[str, str]] = [
    (
        "Site of employment.",
        "The Employer's household at Villa 17, Street 41, Al Narjis District, Riyadh. The Worker "
        "shall not be assigned to work in any other household or in any business.",
    ),
    (
        "Duration.",
        "Two (2) years, from 1 June 2027 to 31 May 2029, counted from the Worker's arrival in "
        "the Kingdom.",
    ),
    (
        "Position and duties.",
        "Household Service Worker: cleaning of the house, laundry and ironing, preparation of "
        "meals and care of the Employer's children.",
    ),
    ("Basic monthly salary.", "SAR 1,500 (one thousand five hundred Saudi riyals)."),
    (
        "Mode of payment.",
        "Monthly, not later than the seventh day of the following month, by transfer to a bank "
        "account in the Worker's name, against a payslip showing the amount paid.",
    ),
    (
        "Hours of work and rest.",
        "Not more than ten (10) hours of work a day, with at least eight (8) consecutive hours "
        "of rest; one full rest day every week; thirty (30) days of paid leave at the end of "
        "the two-year contract.",
    ),
    (
        "Deductions.",
        "No deduction from the salary except those expressly required by Saudi law. Food, "
        "lodging, uniforms and the costs of recruitment shall never be deducted.",
    ),
    (
        "Food and lodging.",
        "The Employer provides free and sufficient food three times a day and a private "
        "furnished room with a lock.",
    ),
    (
        "Costs of deployment.",
        "The Employer shall pay the visa, work permit, iqama, airfare from Manila to Riyadh and "
        "the service fees of both recruitment agencies. No placement fee shall be collected "
        "from the Worker.",
    ),
    (
        "Medical care.",
        "Free emergency and regular medical care; the Employer pays the health insurance "
        "required by Saudi regulations.",
    ),
    (
        "Personal documents.",
        "The Worker keeps her passport and iqama. The Employer shall not confiscate or withhold "
        "them.",
    ),
    (
        "Communication.",
        "The Worker may use her own mobile phone during rest hours and may communicate freely "
        "with her family and with the Philippine Embassy.",
    ),
    (
        "Termination by the Employer.",
        "Only for just cause (serious misconduct, wilful disobedience of lawful orders, "
        "commission of a crime), after written notice stating the cause and an opportunity to "
        "be heard.",
    ),
    (
        "Termination by the Worker.",
        "Without notice in case of maltreatment, non-payment of salary or work in another "
        "household; otherwise with thirty (30) days' written notice.",
    ),
    (
        "Repatriation.",
        "At the end of the contract, or upon termination for any cause, the Employer provides "
        "and pays the Worker's economy ticket back to Manila.",
    ),
    (
        "Settlement of disputes.",
        "Complaints are brought before the Labour Office in Riyadh or the Migrant Workers "
        "Office of the Philippine Embassy; the Worker may not be penalised for filing one.",
    ),
    (
        "Language.",
        "This contract was explained to the Worker in Filipino, and she received a signed copy.",
    ),
]


def x04() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "A4",
            font="lsr",
            margins=(20, 16, 20),
            footer="Standard Employment Contract (HSW - KSA) - BGMS-HSW-27-0391 - page {p} of 3",
            title="Standard Employment Contract",
        )

    def page12(pdf: Doc) -> None:
        pdf.add_page()
        txt(
            pdf,
            "STANDARD EMPLOYMENT CONTRACT FOR FILIPINO HOUSEHOLD SERVICE WORKERS",
            12,
            "B",
            align="C",
            after=0.4,
        )
        txt(pdf, "Kingdom of Saudi Arabia", 10.5, "I", align="C", after=3)
        txt(
            pdf,
            "This contract is entered into voluntarily by and between the following parties:",
            10,
            align="L",
            after=1.5,
        )
        grid(
            pdf,
            [
                [
                    "Employer",
                    "Mr. Faisal Saad Al-Qahtani, Saudi ID 1089327714, Villa 17, Street 41, "
                    "Al Narjis District, Riyadh 13327, Kingdom of Saudi Arabia",
                ],
                [
                    "Worker",
                    "Ms. Maricel Dizon Ocampo, Passport No. P7702815B, Purok 3, Barangay San "
                    "Josef Sur, Cabanatuan City, Nueva Ecija",
                ],
                [
                    "Philippine agency",
                    "Bituin Global Manpower Services, Inc., DMW Licence No. DMW-221-LB-031526-R, "
                    "1420 M.H. del Pilar Street, Ermita, Manila",
                ],
                [
                    "Foreign office",
                    "Al Nakheel Domestic Recruitment Office, Olaya Street, Riyadh",
                ],
            ],
            (36, 134),
            size=9,
            fam="lsr",
            head=False,
            key_fill=(238, 238, 238),
            after=3,
        )
        for i, (head, body) in enumerate(X04_CLAUSES, start=1):
            txt(pdf, f"{i}. **{head}** {body}", 10, md=True, after=1.4)
        pdf.ln(2)
        txt(
            pdf,
            "IN WITNESS WHEREOF the parties have signed this contract on 14 April 2027 in Manila, "
            "Philippines.",
            10,
            align="L",
        )
        signatures(
            pdf,
            ["Employer (by his representative)", "Worker"],
            ["Faisal Saad Al-Qahtani", "Maricel Dizon Ocampo"],
            size=9.5,
        )
        txt(pdf, "Verified:", 9.5, "B", align="L", after=0)
        signatures(
            pdf,
            ["Bituin Global Manpower Services, Inc."],
            ["Rowena P. Salonga, Documentation Officer"],
            size=9.5,
            gap=10,
        )

    def addendum(pdf: Doc) -> None:
        pdf.add_page()
        pdf.set_font("lm", "B", 11)
        pdf.ln(6)
        txt(pdf, "ADDENDUM TO EMPLOYMENT CONTRACT", 11, "B", "lm", "C", after=0)
        txt(pdf, "(Side Agreement - Ref. BGMS-HSW-27-0391-A)", 9.5, "", "lm", "C", after=6)
        paras = [
            "This Addendum is made between BITUIN GLOBAL MANPOWER SERVICES, INC. (the "
            "Agency), its foreign partner AL NAKHEEL DOMESTIC RECRUITMENT OFFICE, the Sponsor "
            "MR. FAISAL SAAD AL-QAHTANI and the Worker MS. MARICEL DIZON OCAMPO. It forms part "
            "of the Employment Contract and prevails over any clause to the contrary.",
            "1. " + X04_Q_FEE,
            "2. The said amount covers document follow-up and processing and is not refundable "
            "once the visa is stamped.",
            "3. " + X04_Q_PASSPORT,
            "4. " + X04_Q_PENALTY,
            "5. The Worker confirms that this Addendum was explained to her in Tagalog, that she "
            "understood it, and that she signs it of her own free will.",
            "Manila, 14 April 2027.",
        ]
        for p in paras:
            txt(pdf, p, 9.5, "", "lm", "L", lh=1.45, after=3.5)
        pdf.ln(6)
        pdf.set_font("lm", "", 9)
        signatures(
            pdf,
            ["Agency", "Sponsor (by proxy)", "Worker"],
            ["R. P. Salonga", "F. S. Al-Qahtani", "M. D. Ocampo"],
            size=9,
        )
        # a round rubber stamp and scribbled signatures, for the photocopy look
        line_y = pdf.get_y() - 14
        pdf.set_draw_color(70, 70, 70)
        pdf.set_line_width(0.6)
        cx, cy = pdf.l_margin + 30, pdf.get_y() + 8
        pdf.ellipse(cx, cy, 34, 22)
        pdf.ellipse(cx + 2, cy + 2, 30, 18)
        pdf.set_font("lm", "B", 6.5)
        pdf.set_xy(cx, cy + 8)
        pdf.cell(34, 4, "BITUIN GLOBAL", align="C")
        pdf.set_line_width(0.4)
        colw = pdf.epw / 3
        for k in range(3):
            x = pdf.l_margin + k * colw + 8 + 3 * k
            y = line_y - 4 - (k % 2)
            pts = [(x + i * 3.1, y + (2.8 if i % 2 else -2.2) + 0.4 * (i % 3)) for i in range(11)]
            pdf.polyline(pts)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)

    label = {
        "file": "x04.pdf",
        "program": "generic",
        "language": "en",
        "scanned": True,
        "pages": 3,
        "fees": [
            fee("recruitment_fee", 3, X04_Q_FEE, 25000.0, "PHP"),
            fee("document_retention", 3, X04_Q_PASSPORT),
            fee("breach_penalty", 3, X04_Q_PENALTY, 12000.0, "SAR"),
        ],
        "missing_terms": [],
        "recruiters": [
            "Bituin Global Manpower Services, Inc.",
            "Al Nakheel Domestic Recruitment Office",
        ],
        "traps": [
            "main contract: no placement fee collected from the worker (contradicted by the "
            "scanned side agreement, which is what is labelled)",
            "employer pays visa, permit, iqama, airfare and both agencies' fees",
            "main contract: worker keeps passport (contradicted by side agreement)",
            "free food and lodging",
            "deductions clause negates recruitment deductions",
            "repatriation paid by employer",
            "worker not penalised for complaints",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4; serif; parties grid; numbered clauses with bold inline headings; page 3 "
        "is a typewritten side agreement, SCANNED image-only (skewed, noisy, with stamp)",
    }
    return Spec("x04", new, [page12, addendum], scanned=(1,), seed=4100, dpi=220), label


# ================================================================= x05
# generic / en / Uganda -> UAE cleaning company; contract particulars + deduction schedule.

X05_ROW_INS = ["Health insurance premium (basic plan)", "75", "monthly", "Employee"]
X05_ROW_MEAL = ["Staff canteen, three meals a day", "9 per day", "monthly", "Employee"]
X05_ROW_DAMAGE = [
    "Lost or damaged uniform, trolley or machine",
    "replacement cost",
    "when it occurs",
    "Employee",
]
X05_Q_RETAIN = (
    "Ten per cent of the basic salary is retained each month and released only with the "
    "final settlement at the end of the contract."
)


def _row(r: list[str]) -> str:
    return " ".join(r)


def x05() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "A4",
            font="ls",
            margins=(18, 15, 18),
            footer="Palm Crest Facilities Management L.L.C. - Employment Contract PCFM/EC/27/2214 "
            "- Page {p} of 2",
            title="Employment Contract",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        pdf.set_fill_color(18, 120, 140)
        pdf.rect(pdf.l_margin, 12, 9, 9, style="F")
        pdf.set_xy(pdf.l_margin + 12, 11.5)
        pdf.set_font("ls", "B", 13)
        pdf.set_text_color(18, 120, 140)
        pdf.cell(0, 6, "Palm Crest Facilities Management L.L.C.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 12)
        pdf.set_font("ls", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(
            0,
            4,
            "Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, United Arab Emirates - "
            "Trade Licence 781452",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(6)
        txt(pdf, "EMPLOYMENT CONTRACT - PARTICULARS OF EMPLOYMENT", 11.5, "B", align="L", after=3)
        grid(
            pdf,
            [
                ["Item", "Particulars"],
                [
                    "Employer",
                    "Palm Crest Facilities Management L.L.C., Office 1204, Al Moosa Tower 2, "
                    "Sheikh Zayed Road, Dubai, United Arab Emirates",
                ],
                [
                    "Employee",
                    "Ms. Sarah Nabirye Kato, Ugandan national, Passport No. B1458902",
                ],
                [
                    "Recruitment agency",
                    "Pearl Horizon Recruitment Agency Ltd., Plot 23, Kampala Road, Kampala, Uganda",
                ],
                ["Job title", "Cleaner (Grade C1)"],
                [
                    "Duties",
                    "Cleaning of offices, washrooms, pantries and common areas in client "
                    "buildings; refilling consumables; reporting faults to the supervisor",
                ],
                [
                    "Place of work",
                    "Client sites in Dubai Marina, Business Bay and Jebel Ali Free Zone, Dubai",
                ],
                ["Contract period", "Two years, from 1 April 2027 to 31 March 2029"],
                [
                    "Working hours",
                    "8 hours per day, 48 hours per week; Sunday is the weekly rest day",
                ],
                [
                    "Basic salary",
                    "AED 1,000 per month, plus a food allowance of AED 300 per month",
                ],
                [
                    "Payment",
                    "Monthly through the Wage Protection System into the Employee's bank "
                    "account, by the 10th day of the following month",
                ],
                [
                    "Deductions",
                    "As listed in Annex B (Schedule of Salary Deductions and Employee Charges)",
                ],
                [
                    "Accommodation",
                    "Shared Company accommodation in Al Quoz, free of charge",
                ],
                ["Transport", "Company bus between accommodation and client sites, free"],
                [
                    "Annual leave",
                    "30 calendar days per year with a return air ticket to Entebbe",
                ],
                [
                    "Repatriation",
                    "The Company pays the Employee's one-way air ticket to Entebbe at the end "
                    "of the contract",
                ],
            ],
            (42, 132),
            size=8.8,
            key_fill=(232, 242, 244),
            head_fill=(200, 226, 232),
            after=4,
        )
        txt(
            pdf,
            "**Recruitment.** The Company has paid all recruitment and visa costs, including "
            "the service fee of its agency in Uganda. The Employee has paid nothing for this "
            "job and must report any request for money to the Company's HR office.",
            9,
            md=True,
        )
        txt(
            pdf,
            "**Overtime.** Work beyond 8 hours a day is paid at the basic hourly wage plus 25 "
            "per cent, and plus 50 per cent between 10 p.m. and 4 a.m.",
            9,
            md=True,
        )
        txt(
            pdf,
            "**Governing law.** Federal Decree-Law No. 33 of 2021 and its implementing "
            "regulations apply to all matters not covered by this contract.",
            9,
            md=True,
        )

    def annex(pdf: Doc) -> None:
        pdf.add_page()
        txt(
            pdf,
            "ANNEX B - SCHEDULE OF SALARY DEDUCTIONS AND EMPLOYEE CHARGES",
            11,
            "B",
            align="L",
            after=1,
        )
        txt(
            pdf,
            "This Annex forms part of Employment Contract PCFM/EC/27/2214. The column 'Borne "
            "by' shows who pays each item.",
            8.5,
            "I",
            align="L",
            after=3,
        )
        grid(
            pdf,
            [
                ["Item", "Amount (AED)", "Frequency", "Borne by"],
                [
                    "Residence visa, Emirates ID and work permit",
                    "as charged",
                    "once",
                    "Company",
                ],
                ["Medical fitness test and biometrics", "as charged", "once", "Company"],
                X05_ROW_INS,
                ["Uniforms (2 sets) and safety shoes", "nil", "on joining", "Company"],
                X05_ROW_MEAL,
                X05_ROW_DAMAGE,
                ["Accommodation and utilities", "nil", "-", "Company"],
                ["Transport to client sites", "nil", "-", "Company"],
                ["Optional mobile line on Company plan", "35", "monthly, if chosen", "Employee"],
            ],
            (80, 32, 34, 28),
            size=8.6,
            head_fill=(200, 226, 232),
            after=4,
        )
        txt(pdf, "Notes", 9.5, "B", align="L", after=1)
        notes = [
            X05_Q_RETAIN,
            "Where a client pays the Company a service charge for after-hours cleaning, it is "
            "shared in full among the team that did the work.",
            "The end-of-service gratuity due under the UAE Labour Law is paid with the final "
            "settlement.",
            "No deduction may be made for recruitment, visa, Emirates ID or work permit costs, "
            "which are the Company's responsibility.",
            "Total deductions in any month shall not exceed 50 per cent of the wage.",
        ]
        for i, n in enumerate(notes, start=1):
            txt(pdf, f"{i}. {n}", 8.8, align="L", after=1.2, indent=2)
        pdf.ln(4)
        txt(pdf, "Accepted and signed in Kampala on 20 February 2027.", 9, align="L")
        signatures(
            pdf,
            ["For Palm Crest Facilities Management L.L.C.", "Employee"],
            ["Anjali Menon, HR Manager", "Sarah Nabirye Kato"],
        )

    label = {
        "file": "x05.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("insurance_cost", 2, _row(X05_ROW_INS), 75.0, "AED"),
            fee("meal_charge", 2, _row(X05_ROW_MEAL), 9.0, "AED", "review"),
            fee("damage_chargeback", 2, _row(X05_ROW_DAMAGE), None, None, "review"),
            fee("wage_withholding", 2, X05_Q_RETAIN),
        ],
        "missing_terms": ["termination"],
        "recruiters": ["Pearl Horizon Recruitment Agency Ltd."],
        "traps": [
            "visa, Emirates ID, permit, medical test rows borne by Company",
            "uniforms, accommodation and transport rows 'nil' / Company",
            "optional mobile line is a voluntary purchase",
            "client service charge shared with staff (charge to customers)",
            "end-of-service gratuity is not wage withholding",
            "recruitment and agency service fee paid by employer; worker paid nothing",
            "overtime premium",
        ],
        "doc_type": "work_contract",
        "layout": "A4; logo letterhead; particulars grid; annex page with a deduction "
        "schedule grid (Item | Amount | Frequency | Borne by) and numbered notes",
    }
    return Spec("x05", new, [body, annex]), label


# ================================================================= x06
# h2a / es / Mexico -> Washington berries; recruiter's instruction letter with a terms grid.

X06_Q_FEE = (
    "Para apartar su lugar en el grupo, deposite 3,000 pesos a nombre de la señora Rosalba "
    "Quintero, hermana del licenciado, en la cuenta que le mandamos por WhatsApp."
)
X06_Q_PASSPORT = "El pasaporte lo tramita y lo paga cada quien antes de la cita."
X06_Q_VISA = (
    "La cuota de la visa, 185 dólares, la paga cada trabajador en el banco y la granja no la "
    "devuelve."
)
X06_Q_TRAVEL = (
    "El pasaje de su pueblo a Monterrey y las dos noches de hotel durante la cita corren por "
    "su cuenta y no se reembolsan."
)


def x06() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="dvs",
            margins=(22, 16, 22),
            footer="Enlace Agrícola del Bajío - Grupo Lynden 2027 - pág. {p}",
            title="Carta de instrucciones",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "ENLACE AGRÍCOLA DEL BAJÍO", 15, "B", align="L", after=0, color=(110, 60, 10))
        txt(
            pdf,
            "Reclutamiento para trabajo agrícola temporal - Calle Allende 214, Zona Centro, "
            "Celaya, Guanajuato - Tel. 461 555 0193",
            7.8,
            "I",
            align="L",
            after=1,
        )
        pdf.set_draw_color(110, 60, 10)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(5)
        txt(pdf, "Celaya, Gto., a 22 de marzo de 2027", 9.5, align="R", after=4)
        txt(pdf, "Estimado trabajador del grupo Lynden 2027:", 9.5, "B", align="L", after=2)
        txt(
            pdf,
            "Nos da gusto informarle que fue seleccionado para trabajar con visa H-2A en una "
            "granja de moras del estado de Washington. Lea con cuidado las condiciones del "
            "trabajo, que copiamos de la orden de trabajo aprobada, y las instrucciones de la "
            "segunda hoja. Guarde esta carta.",
            9.5,
            after=3,
        )
        txt(pdf, "Condiciones del trabajo", 10, "B", align="L", after=1.5)
        grid(
            pdf,
            [
                ["Concepto", "Condición"],
                [
                    "Empleador",
                    "Cedar Hollow Berry Farms LLC, 8875 Badger Road, Lynden, Washington 98264, "
                    "EE. UU.",
                ],
                [
                    "Puesto y tareas",
                    "Trabajador agrícola: cosecha a mano de arándano y frambuesa, poda, "
                    "deshierbe y acomodo de cajas en el campo",
                ],
                [
                    "Requisitos",
                    "Tres meses de experiencia en cosecha a mano; poder levantar 25 kg",
                ],
                [
                    "Lugar de trabajo",
                    "Campos de la granja en Lynden y Everson, condado de Whatcom, Washington",
                ],
                ["Periodo", "Del 1 de junio al 15 de octubre de 2027"],
                ["Horario", "40 horas por semana, de lunes a sábado"],
                [
                    "Salario",
                    "20.10 dólares por hora; si durante el contrato sube el AEWR, el salario "
                    "prevaleciente o el mínimo estatal, se paga el más alto",
                ],
                [
                    "Pago",
                    "Cada semana, los viernes, con un talón que muestra horas trabajadas, "
                    "salario y descuentos",
                ],
                [
                    "Descuentos",
                    "Retención del impuesto federal solo si el trabajador la pide por escrito, y "
                    "pensión alimenticia ordenada por un juez",
                ],
                ["Vivienda", "Gratuita, en el campamento de la granja en Lynden"],
                ["Comidas", "Cocina equipada sin costo en el campamento"],
                ["Transporte diario", "Gratuito, del campamento a los campos"],
                ["Herramientas", "Cubetas, tijeras y guantes sin costo"],
                [
                    "Viaje de ida",
                    "La granja paga el autobús de Monterrey a Lynden y las comidas del camino",
                ],
                [
                    "Viaje de regreso",
                    "La granja paga el autobús de regreso a Monterrey al terminar el contrato",
                ],
                [
                    "Abandono y despido",
                    "Quien falte 5 días seguidos sin avisar, o sea despedido por causa "
                    "justificada, pierde el pago del regreso",
                ],
            ],
            (40, 132),
            size=8.6,
            fam="dvs",
            head_fill=(236, 222, 200),
            after=3,
        )

    def instructions(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "Instrucciones y pagos", 11, "B", align="L", after=2.5)
        items = [
            X06_Q_FEE + " Mande foto del comprobante el mismo día.",
            X06_Q_PASSPORT + " Si ya tiene pasaporte, revise que no venza antes de diciembre.",
            X06_Q_VISA,
            X06_Q_TRAVEL,
            "La granja no le cobra nada por contratarlo, y usted no tiene que pagarle nada al "
            "patrón en Estados Unidos.",
            "Guarde siempre su pasaporte con usted; nadie se lo puede quedar.",
            "Preséntese el 27 de mayo a las 6:00 a.m. en la Central de Autobuses de Celaya, "
            "andén 9, con su pasaporte, su INE y ropa para lluvia.",
            "Cualquier duda, llame a la oficina de lunes a viernes de 9 a 17 horas.",
        ]
        for i, it in enumerate(items, start=1):
            txt(pdf, f"{i}.  {it}", 9.6, align="L", after=2.2, lh=1.35)
        pdf.ln(6)
        txt(pdf, "Atentamente,", 9.5, align="L", after=12)
        txt(pdf, "Lic. Rogelio Quintero Basurto", 9.5, "B", align="L", after=0)
        txt(pdf, "Enlace Agrícola del Bajío", 9.5, align="L")

    label = {
        "file": "x06.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("recruitment_fee", 2, X06_Q_FEE, 3000.0, "MXN"),
            fee("visa_cost", 2, X06_Q_PASSPORT, None, None, "review"),
            fee("visa_cost", 2, X06_Q_VISA, 185.0, "USD"),
            fee("travel_cost", 2, X06_Q_TRAVEL),
        ],
        "missing_terms": [
            "three_fourths_guarantee",
            "workers_compensation",
            "contract_impossibility",
        ],
        "recruiters": ["Enlace Agrícola del Bajío"],
        "traps": [
            "fee paid to the recruiter's sister, not to the recruiter (still a recruitment fee)",
            "passport fee alone is review under h2a",
            "free housing, kitchen, daily transport and tools (h2a)",
            "farm pays bus Monterrey-Lynden and road meals",
            "'la granja no le cobra nada' (negated, the farm itself)",
            "worker keeps passport (negated retention)",
            "loss of return trip after abandonment is a lawful termination rule, not a penalty",
        ],
        "doc_type": "recruiter_letter",
        "layout": "Letter; serif letterhead with rule; terms grid copied from the job order; "
        "numbered instructions on page 2; signature",
    }
    return Spec("x06", new, [body, instructions]), label


# ================================================================= x07
# h2b / en / Louisiana crawfish plant; terms + payroll authorization and worker rules.

X07_Q_INS = (
    "Enrollment in the Company accident plan is mandatory, and its premium of $9.50 per week "
    "comes out of every paycheck."
)
X07_Q_DEPOSIT = (
    "Before the first shift, each worker posts a good-faith deposit of two hundred fifty "
    "dollars ($250), held by the office manager."
)
X07_Q_PENALTY = (
    "A worker who leaves before June 30 forfeits that deposit and also owes the Company "
    "liquidated damages equal to two weeks' pay."
)

X07_TERMS: list[tuple[str, str]] = [
    (
        "Employer",
        "Bayou Teche Crawfish Co., LLC, 1020 Rees Street, Breaux Bridge, Louisiana 70517.",
    ),
    (
        "Job",
        "Crawfish processor (peeler). Peel and devein boiled crawfish, pack tail meat in "
        "one-pound bags, keep the peeling table clean, and load boiled crawfish onto the line "
        "feeder.",
    ),
    (
        "Requirements",
        "No experience required. Workers must be able to stand for the full shift and lift 40 "
        "pounds.",
    ),
    (
        "Place of work",
        "The Company's processing plant at 1020 Rees Street, Breaux Bridge, Louisiana.",
    ),
    ("Period", "February 15, 2027 through June 30, 2027."),
    (
        "Hours",
        "35 hours per week, Monday through Saturday, usually from 5:00 a.m. to 11:00 a.m.",
    ),
    (
        "Pay",
        "$15.07 per hour, or $2.25 per pound of peeled tail meat when that yields more. The "
        "Company always pays at least the highest of the offered rate, the prevailing wage and "
        "any applicable federal, state or local minimum wage, including any increase during the "
        "season.",
    ),
    (
        "Payday",
        "Every Friday, by check, with a statement showing hours worked, pounds peeled, rates, "
        "gross pay and each deduction.",
    ),
    (
        "Deductions",
        "Federal income tax, Social Security and Medicare taxes, and the accident plan premium "
        "in Rule 1 below.",
    ),
    (
        "Guarantee",
        "The Company guarantees each worker hours of work equal to at least three-fourths of "
        "the workdays in each 12-week period of the season.",
    ),
    (
        "Travel",
        "Bus fare from Monterrey and daily meals during the trip are reimbursed in the first "
        "workweek. Return transportation to Monterrey is paid at the end of the season, or "
        "earlier if the Company dismisses a worker for lack of work.",
    ),
    (
        "Visa",
        "Visa fees, the visa appointment fee and border crossing fees are reimbursed in full "
        "with the first week's pay.",
    ),
    (
        "Tools",
        "Knives, gloves, aprons, rubber boots and hairnets are provided at no cost and without "
        "any deposit.",
    ),
]


def x07() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="ls",
            margins=(19, 15, 19),
            footer="Bayou Teche Crawfish Co. - Form BT-27-H2B - Page {p} of 2",
            title="Worker Acknowledgment and Payroll Authorization",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        band(
            pdf,
            "BAYOU TECHE CRAWFISH CO., LLC",
            "1020 Rees Street, Breaux Bridge, Louisiana 70517 - (337) 555-0148",
            fill=(150, 30, 30),
            size=14,
            h=18,
        )
        txt(
            pdf,
            "WORKER ACKNOWLEDGMENT AND PAYROLL AUTHORIZATION - 2027 SEASON",
            11,
            "B",
            align="C",
            after=1,
        )
        txt(
            pdf,
            "H-2B temporary non-agricultural employment - ETA certification H-400-26344-118902",
            8.5,
            "I",
            align="C",
            after=4,
        )
        txt(pdf, "PART A - TERMS OF EMPLOYMENT", 9.5, "B", align="L", after=1.5)
        for head, body_ in X07_TERMS:
            txt(pdf, f"**{head}.** {body_}", 9, md=True, after=1.5)
        pdf.add_page()
        txt(pdf, "PART B - PAYROLL AUTHORIZATIONS AND WORKER RULES", 9.5, "B", align="L", after=1.5)
        rules = [
            X07_Q_INS + " The plan pays up to $5,000 in medical bills for injuries at the plant.",
            X07_Q_DEPOSIT,
            X07_Q_PENALTY,
            "A worker who misses 5 consecutive working days without notice is treated as having "
            "abandoned the job. The Company may also dismiss a worker for cause (theft, violence, "
            "repeated unsafe conduct) after one written warning.",
            "Nobody, neither the Company nor any recruiter working for it, may charge you a fee "
            "for being hired. Report any such request to the office manager or to the U.S. "
            "Department of Labor.",
            "Workers may buy boiled crawfish and plate lunches at the retail counter at the "
            "employee price; purchases are paid in cash and never deducted from pay.",
        ]
        for i, r in enumerate(rules, start=1):
            txt(pdf, f"Rule {i}. {r}", 9, after=1.5)
        pdf.ln(2)
        txt(pdf, "PART C - ACKNOWLEDGMENT", 9.5, "B", align="L", after=1.5)
        checks = [
            "I received a copy of Parts A and B before signing.",
            "I authorize the deductions listed in Part A.",
            "I agree to Rules 1 to 6.",
        ]
        for c in checks:
            y = pdf.get_y()
            pdf.rect(pdf.l_margin + 1, y + 0.6, 3, 3)
            pdf.set_xy(pdf.l_margin + 6, y)
            txt(pdf, c, 9, align="L", after=0.8)
        signatures(
            pdf,
            ["Worker signature / date", "For Bayou Teche Crawfish Co., LLC"],
            ["Name: ______________________", "Claudette Arceneaux, Office Manager"],
        )

    label = {
        "file": "x07.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("insurance_cost", 2, X07_Q_INS, 9.5, "USD"),
            fee("deposit_or_bond", 2, X07_Q_DEPOSIT, 250.0, "USD"),
            fee("breach_penalty", 2, X07_Q_PENALTY),
        ],
        "missing_terms": ["overtime", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "'line feeder' is machinery",
            "inbound bus and meals reimbursed in first workweek",
            "visa, appointment and border fees reimbursed",
            "tools at no cost, no deposit (tools), unlike the good-faith deposit",
            "nobody may charge a hiring fee (negated)",
            "voluntary retail-counter purchases, never deducted",
            "abandonment after 5 days is a lawful termination rule",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; colored header band; bold inline-headed terms; payroll rules; "
        "checkbox acknowledgment; signature lines",
    }
    return Spec("x07", new, [body]), label


# ================================================================= x08
# generic / es / Guatemala -> Ontario greenhouse; agreement + receipt, SCANNED one page.

X08_Q_FEE = (
    "La agencia hace constar que recibió de la trabajadora la cantidad de tres mil quetzales "
    "(Q3,000.00) en concepto de inscripción al programa."
)
X08_Q_VISA = (
    "El trámite del permiso de trabajo y de la visa ante la embajada, de Q1,800, corre por "
    "cuenta de la trabajadora."
)
X08_Q_NOTE = (
    "Como garantía, la trabajadora deja firmado un pagaré por diez mil quetzales, que se "
    "destruirá cuando regrese al país."
)
X08_Q_FINE = (
    "Si abandona la finca antes de terminar la temporada, pierde lo pagado y además pagará "
    "una multa de Q5,000 a la agencia."
)


def x08() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="dvs",
            margins=(22, 16, 22),
            bottom=12,
            footer=None,
            title="Convenio y recibo",
        )

    def page(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "AGENCIA DE EMPLEOS COSECHA NORTE", 12, "B", align="C", after=0)
        txt(
            pdf,
            "6a. Avenida 3-45, Zona 1, Huehuetenango - Tel. 7764 5520",
            8,
            align="C",
            after=4,
        )
        txt(
            pdf,
            "CONVENIO Y RECIBO DE INSCRIPCIÓN\nPROGRAMA DE TRABAJO AGRÍCOLA TEMPORAL EN CANADÁ",
            10.5,
            "B",
            align="C",
            after=4,
        )
        txt(
            pdf,
            "En la ciudad de Huehuetenango, el 9 de noviembre de 2026, comparecen por una parte "
            "AGENCIA DE EMPLEOS COSECHA NORTE (la agencia), representada por Edgar Rolando "
            "Mazariegos Sales, y por la otra ROSA AMALIA PÉREZ JIMÉNEZ, DPI 3301 27564 1301, "
            "vecina de Chiantla (la trabajadora), y acuerdan lo siguiente:",
            9.6,
            after=2.5,
        )
        clauses = [
            (
                "PRIMERO. Empleo.",
                "La trabajadora fue preseleccionada por Lakeshore Sun Greenhouses Inc., 1875 "
                "Seacliff Drive, Kingsville, Ontario N9Y 2N1, Canadá, como trabajadora de "
                "invernadero: siembra, poda, deshoje y cosecha de tomate y pepino, en los "
                "invernaderos de la empresa en Kingsville, Ontario.",
            ),
            (
                "SEGUNDO. Periodo y salario.",
                "Del 15 de febrero al 15 de noviembre de 2027. Salario de 17.60 dólares "
                "canadienses por hora, pagado cada dos semanas en la cuenta bancaria de la "
                "trabajadora. El horario será el que indique el encargado del invernadero.",
            ),
            ("TERCERO. Inscripción.", X08_Q_FEE),
            (
                "CUARTO. Trámites y viaje.",
                X08_Q_VISA + " El boleto de avión de ida y el de regreso a Guatemala los paga "
                "la empresa.",
            ),
            ("QUINTO. Garantía.", X08_Q_NOTE),
            ("SEXTO. Abandono.", X08_Q_FINE),
            (
                "SÉPTIMO. Terminación.",
                "La empresa puede dar por terminado el contrato por falta grave comprobada; la "
                "trabajadora puede renunciar avisando con una semana de anticipación.",
            ),
        ]
        for head, body_ in clauses:
            txt(pdf, f"**{head}** {body_}", 9.6, md=True, after=2.2)
        pdf.ln(1)
        txt(
            pdf,
            "Leído lo anterior, las partes lo ratifican y firman. Recibí conforme.",
            9.6,
            after=0,
        )
        signatures(
            pdf,
            ["Por la agencia", "La trabajadora"],
            ["Edgar Rolando Mazariegos Sales", "Rosa Amalia Pérez Jiménez"],
            size=9,
            gap=16,
            thumb=True,
            thumb_label="Huella",
        )
        # hand-filled amount box and rubber stamp
        pdf.set_draw_color(40, 40, 40)
        y = pdf.get_y() + 2
        pdf.rect(pdf.l_margin, y, 60, 11)
        pdf.set_xy(pdf.l_margin + 2, y + 1.5)
        pdf.set_font("dvs", "B", 9)
        pdf.cell(56, 4, "POR Q3,000.00", align="L")
        pdf.set_xy(pdf.l_margin + 2, y + 6)
        pdf.set_font("dvs", "I", 7)
        pdf.cell(56, 4, "Recibo No. 0417 - Serie A", align="L")
        pdf.set_line_width(0.7)
        pdf.ellipse(pdf.l_margin + 98, y - 3, 46, 20)
        pdf.set_font("dvs", "B", 6.5)
        pdf.set_xy(pdf.l_margin + 98, y + 5)
        pdf.cell(46, 4, "COSECHA NORTE - PAGADO", align="C")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)

    label = {
        "file": "x08.pdf",
        "program": "generic",
        "language": "es",
        "scanned": True,
        "pages": 1,
        "fees": [
            fee("recruitment_fee", 1, X08_Q_FEE, 3000.0, "GTQ"),
            fee("visa_cost", 1, X08_Q_VISA, 1800.0, "GTQ"),
            fee("deposit_or_bond", 1, X08_Q_NOTE, 10000.0, "GTQ"),
            fee("breach_penalty", 1, X08_Q_FINE, 5000.0, "GTQ"),
        ],
        "missing_terms": ["hours_of_work", "deductions"],
        "recruiters": ["Agencia de Empleos Cosecha Norte"],
        "traps": [
            "outbound and return flights paid by employer",
            "'El horario será el que indique el encargado' has no concrete value",
            "amount box 'POR Q3,000.00' repeats the labelled fee",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "Letter; single column, bold inline clause headings; signature lines, "
        "thumbprint box, amount box and round stamp; SCANNED image-only (skewed, noisy)",
    }
    return Spec("x08", new, [page], scanned=(0,), seed=8100, dpi=240, angle=-0.7), label


# ================================================================= x09
# generic / en / Philippines -> Qatar hotel; COMPLIANT offer letter + terms + cost addendum.


def x09() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "A4",
            font="noto",
            margins=(20, 15, 20),
            footer="Corniche Pearl Hotel W.L.L. - Offer CPH-FO-27-066 - {p}/3",
            title="Offer of Employment",
        )

    def letter(pdf: Doc) -> None:
        pdf.add_page()
        band(
            pdf,
            "Corniche Pearl Hotel W.L.L.",
            "Diplomatic Area Street, West Bay, P.O. Box 31562, Doha, State of Qatar - "
            "careers@corniche-pearl.example",
            fill=(20, 45, 80),
            fg=(230, 205, 140),
            size=15,
            h=21,
        )
        txt(pdf, "2 May 2027", 9.5, align="R", after=4)
        txt(
            pdf,
            "Ms. Jonalyn Reyes Bautista\n27 Rizal Street, Barangay Poblacion, Tanauan City, "
            "Batangas, Philippines",
            9.5,
            align="L",
            after=4,
        )
        txt(pdf, "Offer of employment - Front Office Agent", 10.5, "B", align="L", after=3)
        paras = [
            "Dear Ms. Bautista,",
            "Following your interview in Manila with our recruitment partner, Dakila Overseas "
            "Placement Corp., we are pleased to offer you the position of Front Office Agent at "
            "Corniche Pearl Hotel, Doha. Your terms of employment are set out on the next page, "
            "and the Deployment Addendum shows who pays each cost of your recruitment and travel.",
            "This job costs you nothing. Our hotel follows the Employer Pays Principle: we pay "
            "every recruitment fee and related cost, and neither we nor our partner will ever "
            "ask you for money, a deposit or a salary deduction in return for this job. If "
            "anyone asks you to pay, please do not pay, and tell us at "
            "ethics@corniche-pearl.example or call the DMW hotline 1348.",
            "You will keep your own passport at all times; your room has a personal locker for "
            "it. You are free to leave the residence in your own time, and you may resign with "
            "notice without any penalty, fee or repayment of recruitment costs.",
            "Please read the terms, ask our partner anything you do not understand, and sign "
            "below if you accept. A copy in Filipino is attached for your convenience.",
            "We look forward to welcoming you to Doha.",
            "Yours sincerely,",
        ]
        for p in paras:
            txt(pdf, p, 9.6, after=2.6)
        pdf.ln(8)
        txt(pdf, "Hala Mansour", 9.6, "B", align="L", after=0)
        txt(pdf, "Director of Human Resources", 9.6, align="L", after=8)
        txt(
            pdf,
            "I accept this offer: ______________________   Date: ____________",
            9.6,
            align="L",
        )

    def terms(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "TERMS OF EMPLOYMENT", 12, "B", align="L", after=3)
        grid(
            pdf,
            [
                ["Term", "Details"],
                [
                    "Employer",
                    "Corniche Pearl Hotel W.L.L., Diplomatic Area Street, West Bay, P.O. Box "
                    "31562, Doha, State of Qatar",
                ],
                [
                    "Employee",
                    "Ms. Jonalyn Reyes Bautista, Philippine Passport No. P4418260C",
                ],
                [
                    "Position and duties",
                    "Front Office Agent: guest check-in and check-out, settling guests' bills "
                    "and collecting room, minibar and parking charges from guests, handling "
                    "reservations, enquiries and wake-up calls",
                ],
                ["Place of work", "Corniche Pearl Hotel, West Bay, Doha"],
                ["Contract period", "Two years, from 1 July 2027 to 30 June 2029"],
                [
                    "Working hours",
                    "8 hours a day, 48 hours a week, six days a week, one weekly rest day",
                ],
                [
                    "Salary",
                    "Basic QAR 2,400 per month plus QAR 600 monthly transport and telephone "
                    "allowance",
                ],
                [
                    "Payment",
                    "Monthly by Wage Protection System transfer, by the 5th of the following month",
                ],
                [
                    "Deductions",
                    "None, except deductions allowed by the Qatar Labour Law for unauthorised "
                    "absence, after written notice to the Employee",
                ],
                [
                    "Overtime",
                    "Basic hourly wage plus 25 per cent; plus 50 per cent on rest days and "
                    "public holidays",
                ],
                [
                    "Accommodation",
                    "Free two-person room in the hotel staff residence in Al Sadd, utilities "
                    "and Wi-Fi included",
                ],
                ["Meals", "Three meals a day in the staff cafeteria, free of charge"],
                ["Uniform", "Provided and laundered by the hotel free of charge"],
                ["Transport", "Free staff shuttle between residence and hotel"],
                [
                    "Medical",
                    "Qatar health card and medical insurance paid by the Employer",
                ],
                [
                    "Annual leave",
                    "30 days per year with a paid return ticket to Manila",
                ],
                [
                    "Return travel",
                    "Economy ticket to Manila paid by the Employer at the end of the contract "
                    "or on termination for any reason",
                ],
                [
                    "Termination",
                    "After a three-month probation, one month's written notice by either party; "
                    "dismissal without notice only for the grounds in Article 61 of the Qatar "
                    "Labour Law, after an investigation; no penalty or repayment of any "
                    "recruitment cost when the Employee resigns",
                ],
                [
                    "End of service",
                    "Gratuity of three weeks' basic salary per year of service, paid with the "
                    "final settlement",
                ],
                [
                    "Documents",
                    "The Employee keeps her passport and Qatar ID; the hotel never holds them",
                ],
                [
                    "Complaints",
                    "To the Director of HR, the Ministry of Labour or the Philippine Migrant "
                    "Workers Office in Doha, without any retaliation",
                ],
            ],
            (40, 130),
            size=8.7,
            fam="noto",
            key_fill=(244, 240, 228),
            head_fill=(226, 214, 180),
        )

    def addendum(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "DEPLOYMENT ADDENDUM - WHO PAYS WHAT", 12, "B", align="L", after=1)
        txt(
            pdf,
            "Annex to Offer CPH-FO-27-066 for Ms. Jonalyn Reyes Bautista. Prepared with Dakila "
            "Overseas Placement Corp., DMW Licence No. DMW-115-LB-082025-R, 2/F Mabini Tower, "
            "1611 A. Mabini Street, Malate, Manila.",
            8.8,
            "I",
            after=3,
        )
        grid(
            pdf,
            [
                ["Cost item", "Amount", "Paid by Employer", "Paid by Worker"],
                ["Agency service fee (Dakila)", "USD 1,200", "Yes", "No - nil"],
                ["Qatar work visa and residence permit", "QAR 1,000", "Yes", "No - nil"],
                [
                    "Pre-departure medical examination (DOH-accredited clinic)",
                    "PHP 4,500",
                    "Yes",
                    "No - nil",
                ],
                ["Hotel English test and skills assessment", "PHP 3,000", "Yes", "No - nil"],
                ["Pre-departure orientation seminar (PDOS)", "free", "-", "No - nil"],
                ["OWWA membership contribution", "USD 25", "Yes", "No - nil"],
                ["Airfare Manila - Doha", "as ticketed", "Yes", "No - nil"],
                ["Passport renewal", "PHP 1,200", "Reimbursed on arrival", "No - nil"],
                ["NBI clearance", "PHP 130", "Reimbursed on arrival", "No - nil"],
                ["Qatar ID, health card and fingerprinting", "as charged", "Yes", "No - nil"],
            ],
            (74, 28, 36, 32),
            size=8.6,
            fam="noto",
            head_fill=(226, 214, 180),
            after=4,
        )
        for p in [
            "The Worker shall not pay any part of the costs above, whether in advance, in "
            "instalments or through deductions from her salary. Where the Worker has paid for "
            "her passport renewal or NBI clearance herself, the receipt is refunded in cash in "
            "her first week in Doha.",
            "The agency service fee is invoiced to the Employer only. The Employer does not "
            "recover it from the Worker at any time, including if she resigns before the end of "
            "the contract.",
            "Any person who asks the Worker for money in connection with this job should be "
            "reported to the Employer or to the Department of Migrant Workers.",
        ]:
            txt(pdf, p, 9.2, after=2.4)
        pdf.ln(2)
        signatures(
            pdf,
            ["Employer", "Agency", "Worker"],
            ["Hala Mansour", "Leonora C. Villanueva", "Jonalyn Reyes Bautista"],
            size=8.6,
        )

    label = {
        "file": "x09.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Dakila Overseas Placement Corp."],
        "traps": [
            "job duty: collecting room, minibar and parking charges from guests",
            "cost grid with amounts (USD 1,200 agency fee, PHP 4,500 medical, PHP 3,000 test, "
            "QAR 1,000 visa) all paid by employer; worker column 'nil'",
            "passport renewal and NBI clearance reimbursed on arrival",
            "PDOS free",
            "free accommodation, meals, uniform, shuttle",
            "no penalty or repayment on resignation (negated)",
            "worker keeps passport (negated retention)",
            "free to leave the residence (negated movement restriction)",
            "end-of-service gratuity is not wage withholding",
            "'deductions allowed for unauthorised absence' is a lawful statutory deduction",
        ],
        "doc_type": "offer_letter",
        "layout": "A4; dark header band; letter on page 1; terms grid on page 2; deployment "
        "addendum with payer-column grid on page 3; signature lines",
    }
    return Spec("x09", new, [letter, terms, addendum]), label


# ================================================================= x10
# generic / es / Honduras -> Quebec vegetable farm; COMPLIANT contract in two columns.

X10_SECTIONS: list[tuple[str, str]] = [
    (
        "1. Puesto y tareas",
        "Trabajador agrícola: trasplante, deshierbe y cosecha de lechuga, brócoli y cebolla, "
        "y empaque del producto en la bodega de la granja.",
    ),
    (
        "2. Lugar de trabajo",
        "Campos y bodega de la granja en Sherrington y Saint-Rémi, Québec.",
    ),
    ("3. Duración", "Del 12 de abril al 29 de octubre de 2027."),
    (
        "4. Jornada",
        "45 horas por semana en promedio, de lunes a sábado, con un día de descanso semanal. "
        "Las horas se anotan cada día en una hoja que firman el trabajador y el capataz.",
    ),
    (
        "5. Salario",
        "16.75 dólares canadienses por hora. En la cosecha de lechuga se aplica además una "
        "tarifa por caja de 1.40 dólares canadienses cuando resulta mayor que el salario por hora.",
    ),
    (
        "6. Cuota de producción",
        "La cuota de producción de referencia es de 30 cajas por hora. No alcanzarla nunca "
        "reduce el salario por hora ni da lugar a multas.",
    ),
    (
        "7. Pago",
        "Cada semana, los jueves, por depósito bancario en la cuenta del trabajador, con un "
        "recibo de pago que detalla horas, salario y descuentos.",
    ),
    (
        "8. Descuentos",
        "Solo los obligatorios por ley: impuestos de Quebec y de Canadá, Régimen de Rentas de "
        "Quebec (RRQ), seguro de empleo y seguro parental (RQAP).",
    ),
    (
        "9. Costos del reclutamiento y del viaje",
        "El empleador paga los honorarios de Rutas Seguras Honduras, la evaluación LMIA, el "
        "permiso de trabajo (155 dólares canadienses), los datos biométricos (85 dólares "
        "canadienses) y el boleto de avión de ida y vuelta entre Tegucigalpa y Montreal. Nada "
        "de esto se cobra al trabajador ni se descuenta de su salario.",
    ),
    (
        "10. Vivienda",
        "Vivienda gratuita en la casa de trabajadores de la granja, con cocina equipada, "
        "lavadora y calefacción; luz y agua sin costo.",
    ),
    (
        "11. Seguro médico",
        "Hasta que empiece la cobertura de la RAMQ, el empleador paga un seguro médico privado. "
        "Los accidentes de trabajo los cubre la CNESST.",
    ),
    (
        "12. Equipo",
        "Botas, guantes, impermeable y cuchillos de cosecha se entregan sin costo y sin "
        "depósito. Si el trabajador lo desea, puede comprar por su cuenta ropa adicional en el "
        "pueblo.",
    ),
    (
        "13. Documentos",
        "El trabajador guarda su pasaporte y su permiso de trabajo; nadie puede retenerlos.",
    ),
    (
        "14. Libertad de movimiento",
        "El trabajador puede salir de la vivienda cuando quiera en su tiempo libre. No hay "
        "toque de queda y puede recibir visitas en las áreas comunes.",
    ),
    (
        "15. Quejas",
        "Puede presentar quejas ante la CNESST, el consulado de Honduras en Montreal o "
        "cualquier organización, sin represalias y sin perder la posibilidad de volver la "
        "próxima temporada.",
    ),
    (
        "16. Regreso",
        "El empleador paga el boleto de avión de regreso a Tegucigalpa al terminar el contrato, "
        "o antes si es el empleador quien termina el contrato.",
    ),
    (
        "17. Terminación",
        "El empleador solo puede terminar el contrato por causa justa, con aviso por escrito y "
        "después de escuchar al trabajador. El trabajador puede renunciar con una semana de "
        "aviso, sin ninguna penalización ni cobro.",
    ),
    (
        "18. Idioma",
        "El trabajador recibe este contrato en español; la versión en francés firmada por las "
        "partes tiene el mismo contenido.",
    ),
]


def x10() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="dvc",
            margins=(16, 14, 16),
            footer="Ferme Maraîchère Lavoie-Gendron inc. - contrato TET-2027-014 - página {p} de 2",
            title="Contrato de trabajo",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "CONTRATO DE TRABAJO", 14, "B", align="C", after=0)
        txt(
            pdf,
            "Trabajador agrícola temporal - Québec, Canadá - temporada 2027",
            9.5,
            "I",
            align="C",
            after=3,
        )
        grid(
            pdf,
            [
                ["Parte", "Datos"],
                [
                    "Empleador",
                    "Ferme Maraîchère Lavoie-Gendron inc., 612, rang Saint-Joseph, Sherrington "
                    "(Québec) J0L 2N0, Canadá",
                ],
                [
                    "Trabajador",
                    "José Dagoberto Mejía Rápalo, pasaporte hondureño G8841207, con domicilio "
                    "en Siguatepeque, Comayagua, Honduras",
                ],
                [
                    "Reclutador",
                    "Rutas Seguras Honduras, S. de R.L., Barrio Abajo, Tegucigalpa "
                    "(honorarios pagados por el empleador)",
                ],
            ],
            (30, 154),
            size=8.5,
            fam="dvc",
            key_fill=(236, 242, 228),
            head_fill=(206, 222, 190),
            after=3,
        )
        with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.2) as cols:
            for head, body_ in X10_SECTIONS:
                pdf.set_font("dvc", "B", 8.6)
                with cols.paragraph(top_margin=2.0, text_align="L") as p:
                    p.write(head)
                pdf.set_font("dvc", "", 8.6)
                with cols.paragraph(top_margin=0.4) as p:
                    p.write(body_)
        pdf.ln(5)
        txt(
            pdf,
            "Firmado en Tegucigalpa el 3 de marzo de 2027, en dos ejemplares.",
            8.6,
            align="L",
        )
        signatures(
            pdf,
            ["Por el empleador", "El trabajador"],
            ["Mélanie Gendron, propietaria", "José Dagoberto Mejía Rápalo"],
        )

    label = {
        "file": "x10.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Rutas Seguras Honduras, S. de R.L."],
        "traps": [
            "'cuota de producción' is a production quota, not a fee",
            "'tarifa por caja' is a piece rate paid to the worker",
            "'depósito bancario' is how wages are paid",
            "employer pays recruiter, LMIA, permit (CAD 155), biometrics (CAD 85) and airfare",
            "free housing, utilities",
            "private health insurance paid by employer",
            "equipment free, no deposit; optional clothing bought on own account",
            "no curfew, free to leave (negated movement restriction)",
            "worker keeps passport (negated retention)",
            "complaints without losing next season (negated blacklisting)",
            "resignation without penalty (negated)",
            "statutory RRQ/EI/RQAP deductions are not insurance_cost",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; parties grid; body in two justified columns with bold section "
        "headings; signature lines",
    }
    return Spec("x10", new, [body]), label


# ================================================================= x11
# h2a / en / North Carolina sweet potatoes; COMPLIANT work contract.

X11_SECTIONS: list[tuple[str, str]] = [
    (
        "Duties",
        "Workers pick sweet potatoes by hand behind the digger and fill buckets and bins. In the "
        "packing shed they feed potatoes onto the grading line feeder, sort them by size and "
        "grade, and pack 40-pound boxes. Workers are not asked to apply pesticides.",
    ),
    (
        "Requirements",
        "Three months of experience harvesting vegetables by hand. Workers must be able to lift "
        "50 pounds and to work outdoors in heat and rain. No certificate or test is required.",
    ),
    (
        "Wages",
        "Sandhill Ridge pays $16.85 per hour, or $0.65 per 5/8-bushel bucket when the piece "
        "rate yields more for the pay period. The hourly rate is never less than the highest of "
        "the Adverse Effect Wage Rate, the prevailing wage, any agreed collective bargaining "
        "rate, and the federal or state minimum wage. If a higher Adverse Effect Wage Rate is "
        "published during the contract, it is paid from its effective date.",
    ),
    (
        "Pay day and earnings statements",
        "Wages are paid weekly, every Friday, by check. With each payment the worker receives a "
        "written statement showing the hours offered and worked, the rates, the units picked, "
        "total earnings, each deduction, the employer's name, address and FEIN, and the pay "
        "period.",
    ),
    (
        "Deductions",
        "Only the following are deducted: federal and North Carolina income tax, only if the "
        "worker asks in writing; the meal plan charge, only for workers who choose the meal "
        "plan; child support ordered by a court; and other deductions the worker authorizes in "
        "writing for his own benefit.",
    ),
    (
        "Three-fourths guarantee",
        "Sandhill Ridge guarantees each worker employment for at least three-fourths of the "
        "workdays of the contract period, counted from the first workday after arrival. If the "
        "worker is offered fewer hours, the difference is paid.",
    ),
    (
        "Housing",
        "Free housing at the Sandhill Ridge camp, 140 Beaman Road, Clinton, inspected and "
        "approved before occupancy. There is no rent, no utility charge and no deposit for "
        "bedding, keys or anything else.",
    ),
    (
        "Meals",
        "Workers may choose the farm's meal plan, three meals a day for $14.00 per day, which is "
        "below the maximum daily meal charge published by the U.S. Department of Labor, or may "
        "cook for themselves in the free, fully equipped kitchen at the camp.",
    ),
    (
        "Inbound travel and visa costs",
        "The cost of transportation and daily subsistence from the place of recruitment to the "
        "farm is reimbursed when the worker completes 50 percent of the contract period, or "
        "earlier, in the first workweek, to the extent needed to keep earnings at the minimum "
        "wage. The visa fee and the visa appointment fee are reimbursed in full in the first "
        "workweek.",
    ),
    (
        "Return travel",
        "A worker who completes the contract, or who is dismissed for any reason other than "
        "cause, receives return transportation and daily subsistence to the place of "
        "recruitment, paid by Sandhill Ridge.",
    ),
    (
        "Daily transportation",
        "Free daily transportation between the camp and the fields in farm vehicles driven by "
        "licensed and insured drivers.",
    ),
    (
        "Tools and equipment",
        "All tools, buckets, gloves and rain gear needed for the work are provided free of "
        "charge and without deposit. Normal wear and breakage are never charged to workers. "
        "Workers who prefer another brand of gloves may buy their own at any store.",
    ),
    (
        "Workers' compensation",
        "All workers are covered by workers' compensation insurance, Piedmont Agricultural "
        "Mutual Insurance Co., policy WC-48-22916, at no cost to the worker.",
    ),
    (
        "Recruitment",
        "Neither Sandhill Ridge nor its recruiter in Mexico, Conexión Campo Norte, S.C., may "
        "charge a worker any fee, deposit or payment of any kind for this job. The recruiter's "
        "fees are paid by Sandhill Ridge.",
    ),
    (
        "Passports",
        "Workers keep their own passports, visas and identity documents. The farm never holds "
        "them, not even for safekeeping.",
    ),
    (
        "Abandonment and termination",
        "A worker who fails to report for work for 5 consecutive working days without the "
        "farm's consent is considered to have abandoned the job. Sandhill Ridge may dismiss a "
        "worker for cause, such as violence, theft or repeated refusal to follow safety rules, "
        "after a written warning. In those cases the three-fourths guarantee and return "
        "transportation do not apply.",
    ),
    (
        "Contract impossibility",
        "If fire, flood, hurricane or another Act of God makes the work impossible, Sandhill "
        "Ridge may end the contract early with the approval of the Department of Labor. It will "
        "then pay the three-fourths guarantee up to the termination date, pay return "
        "transportation and subsistence, and try to place the worker with another employer.",
    ),
    (
        "Complaints",
        "Workers may complain to the farm manager, the Wage and Hour Division or any lawyer or "
        "organization. No worker will be blacklisted, denied future work or reported to "
        "immigration for doing so.",
    ),
    (
        "Camp store",
        "A snack and phone-card stand is open at the camp on Sundays. Purchases are voluntary, "
        "paid in cash, and never deducted from wages. Coffee and water in the shed are free.",
    ),
]


def x11() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="lsr",
            margins=(22, 16, 22),
            footer="Sandhill Ridge Produce, LLC - H-2A Work Contract 2027 - Page {p} of 2",
            title="H-2A Work Contract",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        txt(pdf, "SANDHILL RIDGE PRODUCE, LLC", 15, "B", align="C", after=0)
        txt(
            pdf,
            "2218 Faison Highway, Clinton, North Carolina 28328 - (910) 555-0172",
            9,
            align="C",
            after=3,
        )
        txt(pdf, "H-2A WORK CONTRACT - 2027 SWEET POTATO SEASON", 12, "B", align="C", after=0)
        txt(
            pdf,
            "This contract contains the terms of the job order certified by the U.S. Department "
            "of Labor (ETA case H-300-27102-554017).",
            9,
            "I",
            align="C",
            after=4,
        )
        grid(
            pdf,
            [
                ["At a glance", ""],
                [
                    "Employer",
                    "Sandhill Ridge Produce, LLC, 2218 Faison Highway, Clinton, North Carolina "
                    "28328",
                ],
                ["Job title", "Farmworker, sweet potato harvest and packing"],
                [
                    "Work location",
                    "Farm fields and packing shed in Sampson and Duplin Counties, North "
                    "Carolina (main shed: 2218 Faison Highway, Clinton)",
                ],
                ["Period", "August 16, 2027 to December 10, 2027"],
                [
                    "Hours",
                    "40 hours per week, Monday to Saturday, usually 7:00 a.m. to 3:30 p.m.",
                ],
                ["Wage", "$16.85 per hour, or $0.65 per bucket if higher"],
                ["Pay day", "Every Friday (weekly)"],
            ],
            (38, 134),
            size=9,
            fam="lsr",
            key_fill=(240, 240, 232),
            head_fill=(210, 210, 196),
            after=4,
        )
        for i, (head, body_) in enumerate(X11_SECTIONS, start=1):
            txt(pdf, f"{i}. {head}", 10, "B", align="L", after=0.6)
            txt(pdf, body_, 10, after=2.2)
        pdf.ln(3)
        txt(
            pdf,
            "A copy of this contract in Spanish was given to each worker no later than the "
            "time of the visa application.",
            9.5,
            "I",
        )
        signatures(
            pdf,
            ["Sandhill Ridge Produce, LLC", "Worker"],
            ["Dale Hobbs, Owner", "Name: ________________________"],
            size=9.5,
        )

    label = {
        "file": "x11.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Conexión Campo Norte, S.C."],
        "traps": [
            "'feed potatoes onto the grading line feeder' is a job duty",
            "lawful h2a meal charge within the cap (optional meal plan, $14.00/day)",
            "free housing, no deposit for bedding or keys",
            "inbound travel and visa fees reimbursed",
            "tools free, no deposit; wear and breakage never charged (negated chargeback)",
            "voluntary purchase of own gloves",
            "no fee, deposit or payment to farm or recruiter (negated)",
            "workers keep passports (negated retention)",
            "no blacklisting for complaints (negated)",
            "voluntary camp-store purchases never deducted; free coffee",
            "loss of guarantee and return trip after abandonment is lawful",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; serif; 'at a glance' grid; numbered sections with bold headings; "
        "signature lines",
    }
    return Spec("x11", new, [body]), label


# ================================================================= x12
# h2b / en+es / Texas landscaping; COMPLIANT bilingual Q&A side by side.

X12_QA: list[tuple[str, str, str, str]] = [
    (
        "Who is my employer?",
        "Hill Country Grounds & Landscaping, Inc., 4410 FM 1826, Austin, Texas 78737.",
        "¿Quién es mi empleador?",
        "Hill Country Grounds & Landscaping, Inc., 4410 FM 1826, Austin, Texas 78737.",
    ),
    (
        "What will I do?",
        "Landscape laborer: mow, edge and trim lawns, plant trees and shrubs, spread mulch, "
        "and feed cut branches into the wood chipper.",
        "¿Qué voy a hacer?",
        "Trabajador de jardinería: cortar, orillar y recortar pasto, plantar árboles y "
        "arbustos, esparcir mantillo y meter las ramas cortadas en la trituradora.",
    ),
    (
        "What do I need?",
        "No experience is required. You must be able to lift 50 pounds and work outdoors in "
        "the heat.",
        "¿Qué requisitos hay?",
        "No se requiere experiencia. Debe poder levantar 50 libras y trabajar al aire libre "
        "con calor.",
    ),
    (
        "Where will I work?",
        "At client properties in Travis, Hays and Williamson Counties, Texas. Crews leave from "
        "our yard at 4410 FM 1826 every morning.",
        "¿Dónde voy a trabajar?",
        "En propiedades de clientes en los condados de Travis, Hays y Williamson, Texas. Las "
        "cuadrillas salen cada mañana de nuestro patio en 4410 FM 1826.",
    ),
    (
        "For how long?",
        "From March 15, 2027 to November 30, 2027.",
        "¿Por cuánto tiempo?",
        "Del 15 de marzo al 30 de noviembre de 2027.",
    ),
    (
        "What are the hours?",
        "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid lunch.",
        "¿Cuál es el horario?",
        "40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m., con 30 minutos de "
        "comida sin pago.",
    ),
    (
        "How much will I earn?",
        "$18.40 per hour. If the prevailing wage or any minimum wage goes up during the season, "
        "you get the higher rate. Overtime is $27.60 per hour for hours over 40 in a week.",
        "¿Cuánto voy a ganar?",
        "$18.40 por hora. Si el salario prevaleciente o algún salario mínimo sube durante la "
        "temporada, se le paga el más alto. El tiempo extra se paga a $27.60 por hora después "
        "de 40 horas en la semana.",
    ),
    (
        "When do I get paid?",
        "Every Friday, by direct deposit or check, with a pay stub showing hours, rate, gross "
        "pay and each deduction.",
        "¿Cuándo me pagan?",
        "Cada viernes, por depósito directo o cheque, con un talón que muestra horas, tarifa, "
        "pago bruto y cada descuento.",
    ),
    (
        "What is deducted?",
        "Federal income tax, Social Security and Medicare. Nothing else, unless you sign a "
        "voluntary authorization for something that benefits you.",
        "¿Qué me descuentan?",
        "Impuesto federal sobre la renta, Seguro Social y Medicare. Nada más, salvo que usted "
        "firme una autorización voluntaria para algo que le beneficie.",
    ),
    (
        "Is there a guarantee?",
        "Yes. We guarantee you work for at least three-fourths of the workdays in each 12-week "
        "period of the season, or we pay the difference.",
        "¿Hay garantía?",
        "Sí. Le garantizamos trabajo por lo menos en tres cuartas partes de los días hábiles de "
        "cada periodo de 12 semanas, o le pagamos la diferencia.",
    ),
    (
        "Do I pay anything to get this job?",
        "No. Hill Country pays its recruiter, Reclutamiento Justo del Noreste, S.A. de C.V. "
        "Nobody may charge you a fee, a deposit or a donation for this job.",
        "¿Pago algo por este trabajo?",
        "No. Hill Country le paga a su reclutador, Reclutamiento Justo del Noreste, S.A. de "
        "C.V. Nadie puede cobrarle una cuota, un depósito ni una cooperación por este trabajo.",
    ),
    (
        "Who pays my travel and visa?",
        "Your bus from Monterrey and your meals on the road are repaid in your first paycheck. "
        "The visa fee, the appointment fee and the border crossing fee are repaid too.",
        "¿Quién paga el viaje y la visa?",
        "El autobús desde Monterrey y sus comidas en el camino se le devuelven en el primer "
        "cheque. También se le devuelven la visa, la cita y la cuota del cruce fronterizo.",
    ),
    (
        "And the trip home?",
        "At the end of the season, or if we let you go early for lack of work, we pay your bus "
        "back to Monterrey.",
        "¿Y el regreso?",
        "Al terminar la temporada, o si lo despedimos antes por falta de trabajo, pagamos su "
        "autobús de regreso a Monterrey.",
    ),
    (
        "Do I buy my own tools?",
        "No. Gloves, boots, safety glasses, ear plugs and all tools are free, with no deposit.",
        "¿Compro mis herramientas?",
        "No. Guantes, botas, lentes de seguridad, tapones de oído y todas las herramientas son "
        "gratis y sin depósito.",
    ),
    (
        "Will you keep my passport?",
        "No. You keep it. We will never ask to hold your passport or visa.",
        "¿Me van a quitar el pasaporte?",
        "No. Usted lo guarda. Nunca le pediremos su pasaporte ni su visa.",
    ),
    (
        "Can I leave before the end?",
        "Yes, at any time, with no fine or charge. If you leave on your own before the end of "
        "the season we do not have to pay your trip home. Missing 5 working days in a row "
        "without telling us counts as leaving the job.",
        "¿Puedo irme antes?",
        "Sí, en cualquier momento, sin multa ni cobro. Si se va por su cuenta antes del final "
        "no estamos obligados a pagar su regreso. Faltar 5 días hábiles seguidos sin avisar "
        "cuenta como abandono.",
    ),
    (
        "Can I be fired?",
        "Only for cause, such as violence, theft or repeated safety violations, and after a "
        "written warning.",
        "¿Me pueden despedir?",
        "Solo por causa justificada, como violencia, robo o faltas repetidas de seguridad, y "
        "después de un aviso por escrito.",
    ),
    (
        "What if a storm or fire stops the work?",
        "If a hurricane, fire or similar event makes the work impossible, we may end the "
        "contract early, but we pay the three-fourths guarantee up to that date and your bus "
        "home.",
        "¿Y si una tormenta o un incendio detiene el trabajo?",
        "Si un huracán, incendio u otro evento parecido hace imposible el trabajo, podemos "
        "terminar el contrato antes, pero pagamos la garantía de tres cuartas partes hasta esa "
        "fecha y su autobús de regreso.",
    ),
    (
        "Can I complain?",
        "Yes, to us, to the U.S. Department of Labor or to the Mexican consulate. Nobody will "
        "be blacklisted or reported for complaining.",
        "¿Puedo quejarme?",
        "Sí, con nosotros, con el Departamento del Trabajo o con el consulado de México. Nadie "
        "será boletinado ni denunciado por quejarse.",
    ),
]


def x12() -> tuple[Spec, dict]:
    def new() -> Doc:
        return Doc(
            "Letter",
            font="ls",
            margins=(15, 14, 15),
            footer="Hill Country Grounds & Landscaping, Inc. - H-2B 2027 - {p}/2",
            title="Questions and answers",
        )

    def body(pdf: Doc) -> None:
        pdf.add_page()
        band(
            pdf,
            "HILL COUNTRY GROUNDS & LANDSCAPING, INC.",
            "4410 FM 1826, Austin, Texas 78737 - H-2B season 2027 / temporada H-2B 2027",
            fill=(50, 100, 40),
            size=13,
            h=18,
        )
        txt(
            pdf,
            "YOUR JOB: QUESTIONS AND ANSWERS  |  SU TRABAJO: PREGUNTAS Y RESPUESTAS",
            10.5,
            "B",
            align="C",
            after=1,
        )
        txt(
            pdf,
            "This sheet is part of your work contract. / Esta hoja forma parte de su contrato "
            "de trabajo.",
            8.5,
            "I",
            align="C",
            after=3,
        )
        rows = [["English", "Español"]]
        for qe, ae, qs, as_ in X12_QA:
            rows.append([f"**{qe}**\n{ae}", f"**{qs}**\n{as_}"])
        grid(
            pdf,
            rows,
            (93, 93),
            size=8.6,
            md=True,
            head_fill=(214, 230, 206),
            borders="HORIZONTAL_LINES",
            after=4,
        )
        signatures(
            pdf,
            ["Employer / Empleador", "Worker / Trabajador"],
            ["Ramón Villarreal, Operations Manager", "Name / Nombre: __________________"],
        )

    label = {
        "file": "x12.pdf",
        "program": "h2b",
        "language": "en+es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Reclutamiento Justo del Noreste, S.A. de C.V."],
        "traps": [
            "'feed cut branches into the wood chipper' is a job duty",
            "employer pays recruiter; no fee, deposit or 'cooperación' (negated)",
            "inbound bus, meals, visa, appointment and border fees repaid",
            "tools and protective gear free, no deposit",
            "worker keeps passport (negated retention)",
            "can leave with no fine or charge (negated breach penalty); lawful loss of return "
            "trip after voluntary abandonment",
            "no blacklisting for complaints (negated)",
            "'depósito directo' is how wages are paid",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; colored header band; two-column EN | ES Q&A table with horizontal "
        "rules; signature lines",
    }
    return Spec("x12", new, [body]), label


# ================================================================= build + verify

BUILDERS = [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12]


def norm(s: str) -> str:
    return " ".join(s.split())


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [norm(p.extract_text() or "") for p in pdf.pages]


def verify(label: dict, final: bytes, text_pdf: bytes, scanned_pages: set[int]) -> list[str]:
    errors = []
    final_texts = page_texts(final)
    typed_texts = page_texts(text_pdf)
    name = label["file"]
    if len(final_texts) != label["pages"]:
        errors.append(f"{name}: {len(final_texts)} pages, labelled {label['pages']}")
    if bool(scanned_pages) != label["scanned"]:
        errors.append(f"{name}: scanned flag does not match the pages built")
    for p in scanned_pages:
        if final_texts[p - 1]:
            errors.append(f"{name}: scanned page {p} has a text layer")
    for f in label["fees"]:
        p = f["page"]
        q = norm(f["quote"])
        texts = typed_texts if p in scanned_pages else final_texts
        if p < 1 or p > len(texts) or q not in texts[p - 1]:
            where = [i + 1 for i, t in enumerate(texts) if q in t]
            errors.append(f"{name}: quote not on page {p} (found on {where}): {q[:70]}")
    return errors


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    errors: list[str] = []
    for build in BUILDERS:
        spec, label = build()
        final, text_pdf, scanned_pages = spec.render()
        (out / label["file"]).write_bytes(final)
        errors += verify(label, final, text_pdf, scanned_pages)
        labels.append(label)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    n_fees = sum(len(x["fees"]) for x in labels)
    print(f"wrote {len(labels)} PDFs and labels.json ({n_fees} fee labels) to {out}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
