#!/usr/bin/env python3
"""Build held-out batch "am": 12 labelled contract PDFs (am01.pdf ... am12.pdf).

Usage: python tests/contracts/analysis/heldout_am/build.py OUT_DIR

Deterministic: fixed creation date, no randomness (the scanned page uses a
fixed linear-congruential noise pattern). After writing, every PDF is opened
with pdfplumber and each labelled fee quote (labels.json next to this file)
is checked against the text of its labelled page; scanned pages are checked to
have no text layer. Any mismatch aborts with a non-zero exit status.
"""

from __future__ import annotations

import io
import json
import math
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime(2026, 1, 20, 9, 0, 0, tzinfo=UTC)

FONT_FILES = {
    "DejaVu": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        DJ,
    ),
    "DejaVuCond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
        DJ,
    ),
    "DejaVuSerif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
        DJ,
    ),
    "LibSans": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
        LB,
    ),
    "LibSerif": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
        LB,
    ),
    "LibNarrow": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
        LB,
    ),
    "LibMono": (
        "LiberationMono-Regular.ttf",
        "LiberationMono-Bold.ttf",
        "LiberationMono-Italic.ttf",
        "LiberationMono-BoldItalic.ttf",
        LB,
    ),
}


# --------------------------------------------------------------------------- helpers


class Doc(FPDF):
    def __init__(
        self,
        fmt="A4",
        orientation="P",
        margins=(18, 15, 18),
        bottom=16,
        header_cb=None,
        footer_cb=None,
    ):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.header_cb = header_cb
        self.footer_cb = footer_cb
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("Office document")
        for fam, (r, b, i, bi, base) in FONT_FILES.items():
            self.add_font(fam, "", base + r)
            self.add_font(fam, "B", base + b)
            self.add_font(fam, "I", base + i)
            self.add_font(fam, "BI", base + bi)
        self.set_font("DejaVu", "", 10)

    def header(self):
        if self.header_cb:
            self.header_cb(self)

    def footer(self):
        if self.footer_cb:
            self.footer_cb(self)


def para(
    pdf, text, size=10, style="", h=None, align="L", font=None, indent=0.0, after=1.5, color=None
):
    pdf.set_font(font or pdf.font_family, style, size)
    if color:
        pdf.set_text_color(*color)
    h = h or size * 0.48
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if color:
        pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def clause(pdf, num, title, text, size=10, h=None, numw=8.0, font=None, after=1.8, title_sep=". "):
    """Numbered clause with hanging indent; title in bold (markdown)."""
    fam = font or pdf.font_family
    h = h or size * 0.48
    y0 = pdf.get_y()
    pdf.set_font(fam, "B", size)
    pdf.set_x(pdf.l_margin)
    pdf.cell(numw, h, num)
    pdf.set_font(fam, "", size)
    body = f"**{title}**{title_sep}{text}" if title else text
    pdf.set_xy(pdf.l_margin + numw, y0)
    pdf.multi_cell(pdf.epw - numw, h, body, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def heading(pdf, text, size=11, font=None, fill=None, color=None, h=None, after=1.5, align="L"):
    pdf.set_font(font or pdf.font_family, "B", size)
    h = h or size * 0.6
    if fill:
        pdf.set_fill_color(*fill)
    if color:
        pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin)
    pdf.cell(pdf.epw, h, text, fill=bool(fill), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def table(
    pdf,
    rows,
    widths,
    size=9,
    font=None,
    header=True,
    line_h=None,
    head_fill=(225, 225, 225),
    borders="ALL",
    align="LEFT",
    text_align="LEFT",
    padding=1.2,
    first_col_bold=False,
    after=3.0,
    zebra=None,
):
    fam = font or pdf.font_family
    pdf.set_font(fam, "", size)
    kw = dict(
        col_widths=widths,
        width=sum(widths),
        line_height=line_h or size * 0.48,
        first_row_as_headings=header,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        borders_layout=borders,
        align=align,
        text_align=text_align,
        padding=padding,
    )
    if zebra:
        kw["cell_fill_color"] = zebra
        kw["cell_fill_mode"] = "ROWS"
    with pdf.table(**kw) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if first_col_bold and j == 0 and not (header and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(after)


def band(
    pdf,
    color,
    title,
    subtitle=None,
    h=22,
    title_size=15,
    sub_size=8.5,
    font="DejaVu",
    text_color=(255, 255, 255),
):
    pdf.set_fill_color(*color)
    pdf.rect(0, 0, pdf.w, h, style="F")
    pdf.set_text_color(*text_color)
    pdf.set_xy(pdf.l_margin, 4.5)
    pdf.set_font(font, "B", title_size)
    pdf.cell(pdf.epw, title_size * 0.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if subtitle:
        pdf.set_font(font, "", sub_size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(pdf.epw, sub_size * 0.48, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(h + 5)


def checkbox_item(pdf, text, size=9, h=None, indent=2.0, box=3.0, after=1.2, checked=False):
    h = h or size * 0.47
    y = pdf.get_y()
    x = pdf.l_margin + indent
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.25)
    pdf.rect(x, y + 0.6, box, box)
    if checked:
        pdf.line(x + 0.5, y + 2.0, x + 1.3, y + 3.1)
        pdf.line(x + 1.3, y + 3.1, x + 2.7, y + 0.9)
    pdf.set_xy(x + box + 2.2, y)
    pdf.multi_cell(pdf.epw - indent - box - 2.2, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def hline(pdf, after=2.0, width=0.3, color=(120, 120, 120)):
    pdf.set_draw_color(*color)
    pdf.set_line_width(width)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(after)


def page_footer(text, font="DejaVu", size=7.5, color=(90, 90, 90), align="C"):
    def cb(pdf):
        pdf.set_y(-11)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 4, text.replace("{p}", str(pdf.page_no())), align=align)
        pdf.set_text_color(0, 0, 0)

    return cb


def sig_block(pdf, labels, size=8.5, font=None, gap=14, line_w=None):
    """Signature lines laid out side by side."""
    fam = font or pdf.font_family
    n = len(labels)
    w = (pdf.epw - (n - 1) * 8) / n
    y = pdf.get_y() + gap
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    for i, lab in enumerate(labels):
        x = pdf.l_margin + i * (w + 8)
        pdf.line(x, y, x + (line_w or w), y)
        pdf.set_xy(x, y + 1)
        pdf.set_font(fam, "", size)
        pdf.multi_cell(w, size * 0.45, lab)
    pdf.set_y(y + 12)


# --------------------------------------------------------------------------- am01
# Philippines -> Saudi Arabia, household service worker contract (OFW style).


def build_am01():
    def head(pdf):
        pdf.set_font("LibSerif", "I", 8)
        pdf.set_text_color(80, 80, 80)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(pdf.epw / 2, 4, "Luzviminda Manpower Services Inc.")
        pdf.cell(pdf.epw / 2, 4, "Contract No. LMS-KSA-HSW-2025-0417", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(17)

    def foot(pdf):
        pdf.set_y(-12)
        pdf.set_font("LibSerif", "", 8)
        pdf.cell(
            0,
            4,
            f"Page {pdf.page_no()} of {{nb}}        Worker's initials: ______        Employer's initials: ______",
            align="C",
        )

    pdf = Doc("A4", margins=(20, 17, 20), bottom=18, header_cb=head, footer_cb=foot)
    pdf.set_title("Employment Contract - Domestic Helper - KSA")
    pdf.set_author("Luzviminda Manpower Services Inc.")
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 14)
    pdf.cell(
        0,
        7,
        "EMPLOYMENT CONTRACT FOR DOMESTIC HELPER",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("LibSerif", "", 10.5)
    pdf.cell(
        0,
        5.5,
        "(Kingdom of Saudi Arabia - Household Service Worker)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    para(
        pdf, "This Contract is entered into voluntarily by and between:", size=10.5, font="LibSerif"
    )
    table(
        pdf,
        [
            [
                "EMPLOYER",
                "Mr. Faisal Abdulrahman Al-Qahtani, Saudi national, ID No. 1038827716, residing at Villa 14, "
                "Street 27, Al Nakheel District, Riyadh 12382, Kingdom of Saudi Arabia. Mobile +966 55 418 2207.",
            ],
            [
                "WORKER",
                "Ms. Rowena Dizon Pangilinan, Filipino, born 9 June 1991, Passport No. P7731024B, of Purok 3, "
                "Barangay San Isidro, Cabiao, Nueva Ecija, Philippines.",
            ],
            [
                "PHILIPPINE AGENCY",
                "Luzviminda Manpower Services Inc., 2/F Goldstar Building, 1450 Taft Avenue, Ermita, Manila; "
                "License No. DMW-112-LB-031524-R.",
            ],
            [
                "FOREIGN PRINCIPAL",
                "Al Wafa Recruitment Office, King Fahd Road, Al Olaya, Riyadh; Commercial Registration 1010448120.",
            ],
        ],
        [42, 128],
        size=9.5,
        font="LibSerif",
        header=False,
        first_col_bold=True,
        after=4,
    )
    para(pdf, "The parties agree as follows:", size=10.5, font="LibSerif")
    cl = [
        (
            "1.",
            "Site of Employment",
            "The Worker shall work at the Employer's residence stated above in Riyadh. She shall not be assigned "
            "to work in any other house, including the houses of relatives of the Employer.",
        ),
        (
            "2.",
            "Duration",
            "This Contract is valid for two (2) years, from 1 March 2026 until 28 February 2028, and may be "
            "renewed by mutual written agreement.",
        ),
        (
            "3.",
            "Position and Duties",
            "The Worker is employed as Household Service Worker. Her duties are general cleaning of the house, "
            "washing and ironing of clothes, preparation of family meals, and care of the Employer's two children "
            "aged five and eight. She shall keep the receipts for the grocery money handed to her each week and "
            "return the change to the Employer's wife.",
        ),
        (
            "4.",
            "Salary",
            "The Employer shall pay the Worker a basic monthly salary of one thousand five hundred Saudi riyals "
            "(SAR 1,500), by bank transfer to her own account not later than the last day of each calendar month.",
        ),
        (
            "5.",
            "Working Time and Rest",
            "The Worker shall be available for household work as the needs of the family reasonably require. "
            "She is entitled to one (1) rest day each week, to be agreed with the Employer, and to thirty (30) "
            "days of paid vacation after completing two years of service.",
        ),
        (
            "6.",
            "Board and Lodging",
            "The Employer shall provide the Worker with free, sufficient and suitable food and a private room "
            "with a door that locks from the inside, without any charge.",
        ),
        (
            "7.",
            "Savings",
            "To ensure that the Worker completes the contract, the Employer shall set aside three hundred riyals "
            "(SAR 300) from each monthly salary and pay the total amount to the Worker at the end of the two-year "
            "contract.",
        ),
        (
            "8.",
            "Deductions",
            "No deduction shall be made from the salary of the Worker other than the amount set aside under "
            "Clause 7.",
        ),
        (
            "9.",
            "Transportation",
            "The Employer shall pay the Worker's economy class air ticket from Manila to Riyadh and, upon expiry "
            "of this Contract, her return ticket from Riyadh to Manila.",
        ),
        (
            "10.",
            "Visa, Iqama and Medical Care",
            "The entry visa, work permit and residence permit (iqama) and their renewals are for the account of "
            "the Employer. The Employer shall provide free medical and dental care to the Worker for any illness "
            "or injury during the Contract.",
        ),
    ]
    for c in cl:
        clause(pdf, *c, size=10.5, font="LibSerif", numw=9)
    pdf.add_page()
    cl2 = [
        (
            "11.",
            "Custody of Documents",
            "The Employer shall keep the Worker's passport and iqama in his custody during the whole period of "
            "the Contract and hand them back to her at the airport on her final departure.",
        ),
        (
            "12.",
            "Termination by the Employer",
            "The Employer may terminate this Contract for just cause, namely serious misconduct, theft, or "
            "abandonment of work for seven (7) consecutive days, after giving the Worker a written notice stating "
            "the reason. In every other case of termination the Employer shall pay her salary up to the last day "
            "worked and her ticket to Manila.",
        ),
        (
            "13.",
            "Termination by the Worker",
            "The Worker may terminate this Contract without notice if she is maltreated or not paid. Should the "
            "Worker terminate this Contract before the end of the two years for any other reason, she shall "
            "refund to the Employer the recruitment costs he paid, fixed at twelve thousand Saudi riyals "
            "(SAR 12,000).",
        ),
        (
            "14.",
            "No Placement Fee",
            "The Philippine Agency and the Foreign Principal shall not collect any placement fee or charge of any "
            "kind from the Worker. The recruitment costs are paid by the Employer.",
        ),
        (
            "15.",
            "Complaints",
            "The Worker may bring any complaint to the Migrant Workers Office of the Philippine Embassy in Riyadh "
            "or to the Saudi labour authorities. Doing so shall not be a ground for termination or for any "
            "sanction.",
        ),
        (
            "16.",
            "Language",
            "This Contract is written in English, which the Worker declares she reads and understands. Its "
            "contents were also explained to her in Filipino by the Philippine Agency.",
        ),
    ]
    for c in cl2:
        clause(pdf, *c, size=10.5, font="LibSerif", numw=9)
    pdf.ln(4)
    para(
        pdf,
        "IN WITNESS WHEREOF the parties have signed this Contract at Manila on 12 January 2026.",
        size=10.5,
        font="LibSerif",
    )
    pdf.ln(4)
    table(
        pdf,
        [
            ["For the EMPLOYER", "WORKER"],
            [
                "\n\n\nthrough Al Wafa Recruitment Office (Foreign Principal)",
                "\n\n\nRowena Dizon Pangilinan",
            ],
            ["Verified by: Luzviminda Manpower Services Inc.", "Witness:"],
        ],
        [85, 85],
        size=9.5,
        font="LibSerif",
        after=2,
    )
    return pdf


# --------------------------------------------------------------------------- am02
# Philippines -> Qatar, hotel room attendant contract. Compliant.


def build_am02():
    teal = (0, 96, 100)
    foot = page_footer(
        "Pearl Crescent Hospitality W.L.L.  |  Contract Ref. PCH/HR/OFW/2026-118  |  Page {p} of {nb}",
        color=teal,
    )
    pdf = Doc("A4", margins=(17, 15, 17), bottom=16, footer_cb=foot)
    pdf.set_title("Employment Contract PCH/HR/OFW/2026-118")
    pdf.set_author("Pearl Crescent Hospitality W.L.L.")
    pdf.add_page()
    band(
        pdf,
        teal,
        "PEARL CRESCENT HOSPITALITY W.L.L.",
        "Building 52, Street 840, Zone 66, West Bay, P.O. Box 24517, Doha, State of Qatar  -  C.R. No. 148822",
        h=21,
    )
    heading(pdf, "EMPLOYMENT CONTRACT", size=14, align="C", after=0)
    para(pdf, "Overseas Filipino Worker - Hotel Services", size=9.5, align="C", style="I")
    para(
        pdf, "Contract Ref.: PCH/HR/OFW/2026-118          Date: 8 January 2026", size=8.5, align="R"
    )

    def art(title):
        heading(pdf, title, size=9.5, fill=(218, 236, 236), color=teal, h=5.6, after=1.2)

    art("ARTICLE 1 - PARTIES")
    table(
        pdf,
        [
            [
                "Employer",
                "Pearl Crescent Hospitality W.L.L., Building 52, Street 840, Zone 66, West Bay, Doha, State of Qatar",
            ],
            [
                "Worker",
                "Mr. Jerome Castillo Villareal, born 22 November 1996, Passport No. P4419082C, of Barangay "
                "Poblacion 2, Tanauan City, Batangas, Philippines",
            ],
            [
                "Philippine Recruitment Agency",
                "Kalayaan Global Placement Corp., Unit 904 Cityland Tower, 128 Valero Street, Salcedo Village, "
                "Makati City (DMW License No. 0871-LB-120524-R)",
            ],
        ],
        [45, 131],
        size=8.8,
        header=False,
        first_col_bold=True,
    )
    art("ARTICLE 2 - POSITION AND PLACE OF WORK")
    para(
        pdf,
        "Position: Housekeeping Room Attendant at the Pearl Crescent Hotel, West Bay, Doha. Duties: cleaning and "
        "preparing guest rooms and corridors, changing linen, restocking amenities, and checking the minibar so "
        "that consumed items are posted to the guest's bill and collected by the Front Office at check-out.",
        size=9,
    )
    art("ARTICLE 3 - DURATION")
    para(
        pdf,
        "Two (2) years, from 15 April 2026 to 14 April 2028. The first three (3) months are a probation period "
        "as allowed by Qatari law.",
        size=9,
    )
    art("ARTICLE 4 - WORKING HOURS AND OVERTIME")
    para(
        pdf,
        "Eight (8) hours per day and forty-eight (48) hours per week, in shifts between 06:00 and 23:00, with a "
        "one-hour meal break that is not counted as working time. Friday, or another day fixed in the roster, is "
        "the paid weekly rest day. Overtime is voluntary and paid at the basic hourly wage plus 25%, or plus 50% "
        "for work between 21:00 and 06:00 and on the rest day.",
        size=9,
    )
    art("ARTICLE 5 - WAGES")
    table(
        pdf,
        [
            ["Component", "Amount"],
            ["Basic salary", "QAR 1,800 per month"],
            ["Food allowance (paid in cash)", "QAR 300 per month"],
            ["Total monthly pay", "QAR 2,100"],
        ],
        [70, 50],
        size=8.8,
        after=1.5,
    )
    para(
        pdf,
        "Wages are paid monthly through the Wage Protection System into a bank account in the Worker's own name, "
        "not later than the 7th day of the following month. The Worker keeps his own bank card and PIN.",
        size=9,
    )
    art("ARTICLE 6 - DEDUCTIONS")
    para(
        pdf,
        "No deduction shall be made from the Worker's wages except (a) amounts the Worker owes under a court "
        "judgment, and (b) the wage for days of unauthorised absence. No recruitment, visa, housing or transport "
        "cost may be deducted.",
        size=9,
    )
    art("ARTICLE 7 - ACCOMMODATION, TRANSPORT AND MEDICAL CARE")
    para(
        pdf,
        "The Employer provides shared staff accommodation (maximum four persons per room, air-conditioned), daily "
        "bus transport between the accommodation and the hotel, and hotel uniforms with laundry service, all free "
        "of charge. The Employer enrolls the Worker in the State health insurance scheme and a private medical "
        "plan and pays the full premium.",
        size=9,
    )
    pdf.add_page()
    art("ARTICLE 8 - RECRUITMENT AND DEPLOYMENT COSTS")
    table(
        pdf,
        [
            ["Cost item", "Paid by", "Recovered from Worker?"],
            ["Agency placement and service fee", "Employer", "No"],
            ["Qatar work visa and residence permit (QID)", "Employer", "No"],
            ["Medical examination in Manila and in Doha", "Employer", "No"],
            ["DMW processing and Overseas Employment Certificate", "Employer", "No"],
            ["OWWA membership contribution", "Employer", "No"],
            ["Pre-departure orientation seminar", "Employer", "No"],
            ["Airfare Manila to Doha", "Employer", "No"],
        ],
        [100, 35, 41],
        size=8.8,
        zebra=(244, 249, 249),
        after=1.5,
    )
    para(
        pdf,
        "The Worker has not paid and shall not pay any amount to the Employer, the Agency or any other person to "
        "obtain this job. If anyone asks the Worker for money, he may report it to the Employer's Compliance "
        "Hotline (+974 4400 9911) or to the Migrant Workers Office in Doha.",
        size=9,
    )
    art("ARTICLE 9 - ANNUAL LEAVE AND REPATRIATION")
    para(
        pdf,
        "Three (3) weeks of paid annual leave each year. At the end of the contract, or if the contract ends for "
        "any reason other than the Worker's serious misconduct established under Qatari law, the Employer "
        "provides an economy air ticket from Doha to Manila.",
        size=9,
    )
    art("ARTICLE 10 - END OF SERVICE GRATUITY")
    para(
        pdf,
        "On final settlement the Employer pays the Worker not less than three weeks' basic wage for each year of "
        "service.",
        size=9,
    )
    art("ARTICLE 11 - TERMINATION")
    para(
        pdf,
        "After the probation period either party may end this contract by giving one (1) month's written notice. "
        "The Employer may dismiss the Worker without notice only for the reasons listed in Article 61 of the "
        "Qatar Labour Law, after a disciplinary inquiry. The Worker may move to another employer at the end of "
        "the notice period as permitted by Qatari law; no fee, penalty or release charge is payable by the "
        "Worker for doing so.",
        size=9,
    )
    art("ARTICLE 12 - PERSONAL DOCUMENTS AND COMPLAINTS")
    para(
        pdf,
        "The Worker keeps his passport and Qatar ID at all times; the Employer provides a personal locker with "
        "key at the accommodation. The Worker may complain to the Employer, to the Ministry of Labour or to the "
        "Labour Dispute Settlement Committee without any retaliation.",
        size=9,
    )
    art("ARTICLE 13 - LANGUAGE")
    para(
        pdf,
        "This contract was explained to the Worker in Filipino and English before signing, and he receives a "
        "signed copy.",
        size=9,
    )
    pdf.ln(2)
    sig_block(
        pdf,
        [
            "For the Employer: Human Resources Director",
            "Worker: Jerome Castillo Villareal",
            "Kalayaan Global Placement Corp.",
        ],
    )
    return pdf


# --------------------------------------------------------------------------- am03
# Nepal -> UAE, agency service agreement with a cost table.


def build_am03():
    red = (150, 20, 30)

    def head(pdf):
        if pdf.page_no() == 1:
            return
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.cell(
            pdf.epw,
            4,
            "Sagarmatha Manpower Services Pvt. Ltd. - Service Agreement (continued)",
            align="R",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(16)

    foot = page_footer(
        "Page {p}/{nb}    Agency seal: ..........    Worker's thumbprint: ..........", size=7.5
    )
    pdf = Doc("A4", margins=(18, 15, 18), bottom=16, header_cb=head, footer_cb=foot)
    pdf.set_title("Service Agreement - Agency and Worker")
    pdf.set_author("Sagarmatha Manpower Services Pvt. Ltd.")
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 15)
    pdf.set_text_color(*red)
    pdf.cell(
        0,
        8,
        "SAGARMATHA MANPOWER SERVICES PVT. LTD.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Licence No. 1187/074/75  -  New Baneshwor-10, Kathmandu, Nepal  -  Tel. 01-4781203",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_draw_color(*red)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(4)
    heading(
        pdf,
        "SERVICE AGREEMENT BETWEEN THE RECRUITING AGENCY AND THE WORKER",
        size=11.5,
        align="C",
        after=0,
    )
    para(pdf, "(Foreign Employment Act, 2064 and Rules)", size=9, align="C", style="I")
    para(
        pdf,
        'This Agreement is made on 5 January 2026 between Sagarmatha Manpower Services Pvt. Ltd. (the "Agency") '
        'and the worker named below (the "Worker"), for employment abroad under Demand Letter No. '
        "DFS/NP/2025/311 approved by the Department of Foreign Employment.",
        size=9.5,
    )
    heading(pdf, "A. PARTICULARS OF EMPLOYMENT", size=10, after=1)
    table(
        pdf,
        [
            [
                "Worker",
                "Mr. Bikash Gurung, son of Tek Bahadur Gurung, Besishahar Municipality ward 4, Lamjung; "
                "Passport No. 10944217",
            ],
            [
                "Employer",
                "Desert Falcon Security Services L.L.C., Office 1204, Al Shafar Tower 1, Al Barsha Heights, Dubai, "
                "United Arab Emirates",
            ],
            [
                "Position",
                "Security Guard (unarmed): access control, foot patrol, CCTV monitoring and visitor registration "
                "at client buildings",
            ],
            ["Place of work", "Client sites within the Emirate of Dubai"],
            ["Contract period", "1 February 2026 to 31 January 2028"],
            [
                "Working hours",
                "8 hours per day, 6 days per week; overtime paid as per UAE labour law",
            ],
            ["Basic salary", "AED 1,600 per month (about NPR 58,700)"],
            ["Salary payment", "Monthly, through the UAE Wage Protection System"],
            [
                "Accommodation / food",
                "Accommodation and duty transport free by Employer; food allowance AED 200 per month",
            ],
        ],
        [38, 136],
        size=8.8,
        header=False,
        first_col_bold=True,
    )
    heading(pdf, "B. TERMS", size=10, after=1)
    clause(
        pdf,
        "1.",
        "Processing",
        "The Agency shall complete the visa, labour permit and travel formalities of the Worker and shall hand "
        "over to him his passport, visa, labour permit sticker, employment contract and air ticket at least two "
        "days before departure.",
        size=9.3,
    )
    clause(
        pdf,
        "2.",
        "Costs",
        "The costs of recruitment and deployment shall be borne as shown in the table below. Amounts marked "
        '"Worker" shall be deposited by the Worker in the Agency\'s account at Nabil Bank, Baneshwor Branch, '
        "against an official receipt.",
        size=9.3,
    )
    table(
        pdf,
        [
            ["S.N.", "Particulars", "Amount (NPR)", "Borne by"],
            ["1", "Visa and work permit fees (UAE)", "-", "Employer"],
            ["2", "Air ticket Kathmandu to Dubai", "-", "Employer"],
            ["3", "Labour permit and Foreign Employment Board fees", "-", "Employer"],
            ["4", "Service charge (Government ceiling)", "10,000", "Worker"],
            ["5", "Medical examination at approved centre", "5,500", "Worker"],
            ["6", "Pre-departure orientation training", "1,000", "Worker"],
            ["7", "Foreign Employment Welfare Fund", "1,500", "Worker"],
            ["8", "Life and accident insurance (contract period)", "-", "Employer"],
        ],
        [12, 96, 32, 34],
        size=8.8,
        head_fill=(240, 215, 215),
    )
    pdf.add_page()
    cl = [
        (
            "3.",
            "No other payment",
            "Apart from the amounts stated in the table, the Agency shall not take any money from the Worker "
            "under any name, and shall issue a receipt for every payment received.",
        ),
        (
            "4.",
            "Return ticket",
            "The Employer shall provide the Worker with a return air ticket from Dubai to Kathmandu at the end of "
            "the contract, and also when the contract is terminated by the Employer before its expiry.",
        ),
        (
            "5.",
            "Termination",
            "Either party may terminate the employment contract by giving thirty (30) days' written notice. The "
            "Employer may terminate without notice only for gross misconduct as defined by UAE labour law. If the "
            "Worker is sent back before completing the contract without any fault of his own, the Agency shall "
            "refund the service charge to him.",
        ),
        (
            "6.",
            "Complaints",
            "If the Worker does not receive the salary or facilities stated in this Agreement, he may complain to "
            "the Department of Foreign Employment or to the Embassy of Nepal in Abu Dhabi, and the Agency shall be "
            "liable to pay compensation as provided by the Act.",
        ),
        (
            "7.",
            "Language",
            "This Agreement has been read out and explained to the Worker in Nepali, and one copy is given to him.",
        ),
    ]
    for c in cl:
        clause(pdf, *c, size=9.3)
    pdf.ln(4)
    sig_block(
        pdf,
        [
            "For Sagarmatha Manpower Services Pvt. Ltd.\n(Managing Director)",
            "Worker: Bikash Gurung",
            "Witness",
        ],
        gap=18,
    )
    return pdf


# --------------------------------------------------------------------------- am04
# Bangladesh -> Malaysia, pre-departure checklist.


def build_am04():
    green = (0, 106, 78)
    pdf = Doc("A4", margins=(16, 12, 16), bottom=12)
    pdf.set_title("Pre-departure checklist Malaysia")
    pdf.set_author("Meghna Overseas Recruiting Agency")
    pdf.add_page()
    band(
        pdf,
        green,
        "MEGHNA OVERSEAS RECRUITING AGENCY (RL-1562)",
        "71/1 Purana Paltan Line, Dhaka-1000   |   Hotline 01711-408233   |   Govt. licensed recruiting agency",
        h=19,
        title_size=13,
        font="DejaVuCond",
    )
    pdf.set_font("DejaVuCond", "B", 13)
    pdf.cell(
        0, 6, "PRE-DEPARTURE CHECKLIST - MALAYSIA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("DejaVuCond", "", 9)
    pdf.cell(
        0,
        4.5,
        "Demand Ref. SIG/2026/044  -  Seri Indah Gloves Manufacturing Sdn. Bhd.  -  Batch 3 (flight in February)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    table(
        pdf,
        [
            ["Candidate name", "Md. Rakibul Hasan"],
            ["Father's name", "Md. Abdul Motaleb"],
            ["Address", "Vill. Char Kalibari, P.O. Kalihati, Tangail"],
            [
                "Employer",
                "Seri Indah Gloves Manufacturing Sdn. Bhd., Lot 27, Jalan Perindustrian 4, Kawasan Perindustrian "
                "Bukit Beruntung, 48300 Rawang, Selangor, Malaysia",
            ],
            [
                "Job",
                "Production Operator: stripping, checking and packing gloves on the dipping line",
            ],
            ["Workplace", "Rawang factory (address above)"],
            ["Salary", "RM 1,700 basic per month, paid monthly by the 7th of the next month"],
            ["Working hours", "8 hours per day, 6 days per week (overtime paid extra)"],
        ],
        [36, 142],
        size=8.6,
        font="DejaVuCond",
        header=False,
        first_col_bold=True,
        zebra=(236, 246, 242),
    )

    def sec(title):
        heading(
            pdf,
            title,
            size=9.5,
            font="DejaVuCond",
            fill=(214, 234, 226),
            color=green,
            h=5.5,
            after=1.5,
        )

    f = "DejaVuCond"
    pdf.set_font(f, "", 9)
    sec("A. DOCUMENTS (bring originals and photocopies)")
    checkbox_item(
        pdf,
        "Machine-readable e-passport valid at least 18 months. If you do not have one, apply at the Regional "
        "Passport Office; the passport fee of BDT 4,025 is paid by the candidate.",
    )
    checkbox_item(
        pdf,
        "National ID card (original and 2 photocopies) and 6 passport-size photos with white background.",
    )
    checkbox_item(pdf, "Police clearance certificate.")
    sec("B. MEDICAL")
    checkbox_item(
        pdf,
        "Medical check-up at the agency listed centre (Al-Noor Diagnostic, Kakrail): BDT 9,500 payable by the "
        "candidate at the counter. Bring the token slip.",
    )
    sec("C. AT THE AGENCY OFFICE")
    checkbox_item(
        pdf,
        "Sign the promissory note (BDT 3,00,000) and hand over one blank signed cheque as guarantee. Both are "
        "returned when you complete 3 years in Malaysia.",
    )
    checkbox_item(
        pdf,
        "Visa, work permit (PLKS), levy, FOMEMA medical in Malaysia and air ticket are paid by the employer. "
        "Do not pay anyone for these.",
        checked=True,
    )
    checkbox_item(
        pdf,
        "BMET registration, smart card and emigration clearance: done by the agency at no cost to you.",
        checked=True,
    )
    checkbox_item(
        pdf, "Three-day pre-departure briefing at TTC Mirpur (free, attendance compulsory)."
    )
    sec("D. ON ARRIVAL IN MALAYSIA")
    checkbox_item(
        pdf,
        "At KLIA the company supervisor will collect your passport; it is kept in the company office in Rawang for "
        "safety.",
    )
    checkbox_item(
        pdf,
        "Hostel accommodation and transport to the factory are provided by the company free of charge.",
    )
    checkbox_item(pdf, "Keep this checklist and the agency hotline number with you at all times.")
    pdf.ln(1)
    hline(pdf, after=1.5)
    para(
        pdf,
        "Meghna Overseas Recruiting Agency charges no service charge to workers for this demand. Complaints: BMET "
        "Probashi Kallyan "
        "desk, hotline 16135.",
        size=8.5,
        style="I",
        font=f,
    )
    sig_block(
        pdf, ["Checked by (agency officer)", "Candidate signature", "Date"], gap=10, size=8, font=f
    )
    return pdf


# --------------------------------------------------------------------------- am05
# Vietnam -> Taiwan, factory worker contract in two columns. Compliant.


def build_am05():
    navy = (20, 45, 95)
    foot = page_footer(
        "Hsin Feng Precision Metal Co., Ltd. - Labor contract HF-VN-2026-027 - page {p} of {nb}",
        size=7,
    )
    pdf = Doc("A4", margins=(15, 14, 15), bottom=15, footer_cb=foot)
    pdf.set_title("Labor contract for foreign worker HF-VN-2026-027")
    pdf.set_author("Hsin Feng Precision Metal Co., Ltd.")
    pdf.add_page()
    pdf.set_draw_color(*navy)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.l_margin, 12, pdf.epw, 17)
    pdf.set_xy(pdf.l_margin, 14)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.set_text_color(*navy)
    pdf.cell(
        pdf.epw,
        6.5,
        "LABOR CONTRACT FOR FOREIGN WORKER",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("DejaVuSerif", "I", 9)
    pdf.cell(
        pdf.epw,
        5,
        "Hợp đồng lao động  -  Manufacturing sector, Republic of China (Taiwan)  -  No. HF-VN-2026-027",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(33)
    table(
        pdf,
        [
            [
                "Employer",
                "Hsin Feng Precision Metal Co., Ltd., No. 18, Gongye 5th Road, Dayuan District, Taoyuan City 337, "
                "Taiwan (R.O.C.)",
            ],
            [
                "Worker",
                "Nguyễn Thị Hồng Nhung, born 12 May 1999, Passport No. C7702154, of Tiên Lữ District, "
                "Hưng Yên Province, Vietnam",
            ],
            ["Position", "CNC lathe operator"],
            ["Contract term", "10 March 2026 to 9 March 2029 (three years)"],
            ["Monthly wage", "NT$ 28,590 (never less than the Taiwan minimum wage as adjusted)"],
            ["Taiwan broker", "Yong Sheng Manpower Agency Co., Ltd. (licence No. 2156)"],
            [
                "Vietnam sending company",
                "Thang Long Human Resources JSC (licence No. 081/LĐTBXH-GP)",
            ],
        ],
        [42, 138],
        size=8.6,
        font="DejaVuSerif",
        header=False,
        first_col_bold=True,
        head_fill=(220, 228, 240),
        after=4,
    )
    articles = [
        (
            "Article 1. Place of work",
            "The Worker works at the Employer's factory at the address above in Dayuan District, Taoyuan City. "
            "The Employer shall not send the Worker to work for another company or at another address.",
        ),
        (
            "Article 2. Duties",
            "Set up and operate CNC lathes, load and unload workpieces, measure parts with calipers and gauges, "
            "and record output and scrap on the shift sheet.",
        ),
        (
            "Article 3. Working hours",
            "Eight (8) hours per day from 08:00 to 17:00 with a one-hour lunch break, Monday to Friday (40 hours "
            "per week); Saturday and Sunday are rest days. Overtime needs the Worker's consent and is paid as the "
            "Labor Standards Act requires: 1.34 times the hourly wage for the first two hours and 1.67 times for "
            "the next two hours; work on a rest day is paid at the higher rates of that Act.",
        ),
        (
            "Article 4. Wages",
            "The monthly wage is NT$ 28,590, paid once a month on the 10th day of the following month into a "
            "post office account in the Worker's own name. The passbook, card and seal are kept by the Worker. "
            "When the Taiwan minimum wage is raised, the wage is raised from the same date.",
        ),
        (
            "Article 5. Deductions",
            "Only the following are deducted, each shown on the monthly pay slip: (a) the Worker's share of Labor "
            "Insurance, NT$ 715; (b) the Worker's share of National Health Insurance, NT$ 443; (c) income tax "
            "withheld at the rate required by law. Amounts (a) and (b) change only when the government rates "
            "change. No broker service fee, loan repayment, food or lodging charge is deducted.",
        ),
        (
            "Article 6. Food and lodging",
            "The Employer provides a dormitory bed (at most four persons per room, with air conditioning and hot "
            "water) and lunch on workdays in the factory canteen, free of charge.",
        ),
        (
            "Article 7. Costs before and after arrival",
            "The Employer pays the health examinations in Vietnam and in Taiwan, the entry visa, the Alien "
            "Resident Certificate, the 60-day pre-departure Chinese language and orientation course in Hanoi, the "
            "air ticket from Hanoi to Taoyuan, and all service fees of the Taiwan broker and of the Vietnam sending "
            "company. The Worker does not pay any recruitment fee, deposit or service fee to anyone.",
        ),
        (
            "Article 8. Return travel",
            "At the end of the contract, or if the contract ends early for any reason other than the Worker's "
            "serious misconduct under Article 12 of the Labor Standards Act, the Employer pays the air ticket from "
            "Taoyuan to Hanoi.",
        ),
        (
            "Article 9. Termination",
            "The Employer may end the contract without notice only in the cases listed in Article 12 of the Labor "
            "Standards Act, such as absence without reason for three consecutive workdays. In other lawful cases "
            "the Employer gives 10 to 30 days' notice according to length of service and pays severance as the law "
            "requires. The Worker may change to a new employer as allowed by the Employment Service Act; no "
            "penalty or compensation is charged for this.",
        ),
        (
            "Article 10. Identity documents",
            "The Worker keeps her own passport and Alien Resident Certificate. The Employer and the brokers may "
            "not keep them, even for safekeeping.",
        ),
        (
            "Article 11. Safety equipment",
            "Safety shoes, gloves, goggles and ear protection are issued free of charge and replaced when worn out.",
        ),
        (
            "Article 12. Complaints",
            "The Worker may call the 1955 hotline (free, in Vietnamese) at any time. A complaint shall not lead to "
            "dismissal, transfer or any reduction of pay.",
        ),
        (
            "Article 13. Language",
            "This contract is made in English and Vietnamese; the Worker read the Vietnamese text before signing. "
            "Each party keeps one original.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.25, balance=True
    ) as cols:
        for title, body in articles:
            pdf.set_font("DejaVuSerif", "B", 9.8)
            pdf.set_text_color(*navy)
            with cols.paragraph(bottom_margin=0.6) as par:
                par.write(title)
            pdf.set_font("DejaVuSerif", "", 9.8)
            pdf.set_text_color(0, 0, 0)
            with cols.paragraph(bottom_margin=2.5) as par:
                par.write(body)
    pdf.ln(6)
    sig_block(
        pdf,
        ["Employer (company seal)", "Worker / Người lao động", "Taiwan broker"],
        font="DejaVuSerif",
    )
    return pdf


# --------------------------------------------------------------------------- am06
# Vietnam -> Taiwan, monthly deduction schedule (landscape).


def build_am06():
    pdf = Doc("A4", orientation="L", margins=(14, 12, 14), bottom=12)
    pdf.set_title("Annex 2 - Schedule of monthly wage and deductions")
    pdf.set_author("Chang Yi Textile Co., Ltd.")
    pdf.add_page()
    pdf.set_font("DejaVuCond", "", 8.5)
    pdf.cell(pdf.epw / 2, 4, "Chang Yi Textile Co., Ltd.")
    pdf.cell(
        pdf.epw / 2,
        4,
        "ANNEX 2 TO EMPLOYMENT CONTRACT No. CY-VN-2025-0716",
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("DejaVuCond", "B", 14)
    pdf.cell(
        0,
        7,
        "SCHEDULE OF MONTHLY WAGE AND DEDUCTIONS",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("DejaVuCond", "I", 9.5)
    pdf.cell(
        0,
        5,
        "Bảng lương và các khoản khấu trừ hằng tháng",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    table(
        pdf,
        [
            [
                "Employer",
                "Chang Yi Textile Co., Ltd., No. 233, Sec. 2, Zhongshan Rd., Changhua City, Changhua County, Taiwan",
                "Worker",
                "Trần Văn Khải (Passport No. C4481275)",
            ],
            [
                "Position",
                "Spinning machine tender: piece up broken yarn, doff full bobbins, clean the frames",
                "Workplace",
                "Chang Yi spinning mill, Changhua City (address at left)",
            ],
            [
                "Contract period",
                "1 July 2025 to 30 June 2028",
                "Working hours",
                "8 hours per day, 5 days per week, rotating shifts 06:00 to 14:00 and 14:00 to 22:00",
            ],
            [
                "Monthly wage",
                "NT$ 28,590",
                "Pay day",
                "Once a month, on the 5th day of the following month",
            ],
            [
                "Brokers",
                "Da An International Manpower Co., Ltd. (Taiwan); Sao Viet Labour Export JSC (Hanoi)",
                "Return ticket",
                "At the end of the contract, air ticket to Hanoi paid by the Employer",
            ],
        ],
        [32, 104, 30, 103],
        size=8.5,
        font="DejaVuCond",
        header=False,
        first_col_bold=False,
        zebra=(246, 246, 246),
        after=4,
    )
    pdf.set_font("DejaVuCond", "B", 10)
    pdf.cell(0, 5.5, "Monthly deductions from wages (NT$)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    table(
        pdf,
        [
            ["No.", "Item", "Year 1", "Year 2", "Year 3", "Basis"],
            ["1", "Labour Insurance, worker share", "715", "715", "715", "Labor Insurance Act"],
            ["2", "National Health Insurance, worker share", "443", "443", "443", "NHI Act"],
            ["3", "Income tax withheld", "per law", "per law", "per law", "Income Tax Act"],
            ["4", "Broker service fee", "1,800", "1,700", "1,500", "Employment Service Act"],
            ["5", "Dormitory (lodging)", "2,500", "2,500", "2,500", "House rules"],
            ["6", "Meals (factory canteen)", "2,000", "2,000", "2,000", "Canteen sign-up"],
            [
                "7",
                "Pre-departure loan repayment (to Sao Viet)",
                "4,000",
                "4,000",
                "0",
                "Loan agreement 12/05/2025",
            ],
            ["8", "Uniform and safety shoes", "0", "0", "0", "Issued free"],
        ],
        [14, 92, 26, 26, 26, 85],
        size=9,
        font="DejaVuCond",
        head_fill=(205, 215, 230),
        after=3,
    )
    notes = [
        "All amounts are in New Taiwan Dollars (NT$) per month. Items 1 to 3 are required by Taiwan law.",
        "Items 5 and 6 together do not exceed NT$ 5,000 per month.",
        "The Worker agrees that items 4 to 7 are deducted by the Employer and paid on the Worker's behalf to the "
        "broker, the dormitory operator, the canteen and Sao Viet Labour Export JSC.",
        "Overtime pay is calculated separately as required by the Labor Standards Act and is shown on the pay slip.",
    ]
    for i, n in enumerate(notes, 1):
        para(pdf, f"Note {i}: {n}", size=8.5, font="DejaVuCond", after=0.8)
    pdf.ln(2)
    sig_block(
        pdf,
        [
            "Worker / Chữ ký người lao động",
            "Employer (company seal)",
            "Da An International Manpower Co., Ltd.",
        ],
        font="DejaVuCond",
        gap=10,
    )
    return pdf


# --------------------------------------------------------------------------- am07
# Nepal -> UAE, WhatsApp chat transcript with a sub-agent.


def build_am07():
    def screen(pdf):
        pdf.set_fill_color(236, 229, 221)
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_fill_color(7, 94, 84)
        pdf.rect(0, 0, pdf.w, 15, style="F")
        pdf.set_fill_color(200, 200, 200)
        pdf.ellipse(5, 3, 9, 9, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(17, 3)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(80, 4.5, "Kailash Thapa (Himalayan Dream)")
        pdf.set_xy(17, 8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.cell(80, 3.5, "last seen today at 21:14")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(18)

    pdf = Doc((110, 300), margins=(6, 18, 6), bottom=6, header_cb=screen)
    pdf.set_title("WhatsApp Chat with Kailash Thapa")
    pdf.add_page()

    def chip(text):
        pdf.set_font("DejaVu", "", 6.5)
        w = pdf.get_string_width(text) + 6
        pdf.set_fill_color(225, 243, 251)
        x = (pdf.w - w) / 2
        y = pdf.get_y()
        pdf.rect(x, y, w, 4.5, style="F", round_corners=True, corner_radius=1.5)
        pdf.set_xy(x, y + 0.5)
        pdf.cell(w, 3.5, text, align="C")
        pdf.set_y(y + 7)

    def bubble(side, text, time):
        size, lh, maxw = 7.4, 3.45, 76
        pdf.set_font("DejaVu", "", size)
        tw = pdf.get_string_width(text) + 2 * pdf.c_margin + 0.5
        inner = min(maxw - 5, max(tw, 20))
        lines = pdf.multi_cell(inner, lh, text, dry_run=True, output=MethodReturnValue.LINES)
        h = len(lines) * lh + 2.2 + 3.2
        w = inner + 5
        x = pdf.l_margin if side == "L" else pdf.w - pdf.r_margin - w
        y = pdf.get_y()
        pdf.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=1.8)
        pdf.set_xy(x + 2.5, y + 1.3)
        pdf.multi_cell(inner, lh, text, align="L")
        pdf.set_font("DejaVu", "", 5.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + w - 16, y + h - 3.4)
        pdf.cell(14, 2.6, time + (" ✓✓" if side == "R" else ""), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h + 1.6)

    chip("12 January 2026")
    msgs = [
        (
            "L",
            "Namaste bhai. I am Kailash Thapa, I work with Himalayan Dream Overseas Pvt. Ltd., licence 902/075, Gongabu.",
            "20:31",
        ),
        (
            "L",
            "New demand aayo for Dubai. Cleaner job in a big facility company, cleaning malls and metro stations.",
            "20:31",
        ),
        ("R", "Salary kati ho dai?", "20:40"),
        (
            "L",
            "Basic AED 1,100 plus OT. Salary comes every month on the bank card. Duty 8 hours, 6 days a week.",
            "20:42",
        ),
        ("L", "Room and duty transport company dinchha, free.", "20:42"),
        ("R", "Visa ra ticket? Sarkar le free visa free ticket bhanchha ni.", "20:47"),
        (
            "L",
            "Visa company le dinchha. But ticket is on your side this time, around NPR 48,000, you pay when flight "
            "is confirmed.",
            "20:49",
        ),
        (
            "L",
            "Processing charge is one lakh thirty-five thousand (1,35,000), not including the ticket. Half now to "
            "hold your seat, half after visa comes.",
            "20:50",
        ),
        ("R", "Receipt dinchha ki nai?", "20:58"),
        (
            "L",
            "Office paper will show only the government amount, that is the rule. Don't tell anybody the rest.",
            "21:01",
        ),
        ("R", "Paper ma sabai lekhnu paryo ni. Complain garyo bhane?", "21:03"),
        (
            "L",
            "If you go to the Department (DoFE) to complain, your name goes on the black list and no manpower in "
            "Nepal will send you again.",
            "21:05",
        ),
        (
            "L",
            "Medical ko paisa pardaina, our company pays the clinic. Orientation class pani free.",
            "21:06",
        ),
        ("R", "Thik chha dai, ma sochchhu.", "21:10"),
        ("L", "Send passport copy and 2 photos by Sunday. Seats are limited.", "21:14"),
    ]
    for side, text, t in msgs:
        bubble(side, text, t)
    return pdf


# --------------------------------------------------------------------------- am08
# US H-2A, Spanish job order / work contract. Compliant (meal plan within the cap).


def build_am08():
    def head(pdf):
        pdf.set_font("LibSans", "", 7.5)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(pdf.l_margin, 7)
        pdf.cell(pdf.epw / 2, 4, "Blue Ridge Orchard Partners, LLC  -  Orden de trabajo H-2A")
        pdf.cell(pdf.epw / 2, 4, "Temporada de cosecha 2026", align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, 12, pdf.w - pdf.r_margin, 12)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(15)

    foot = page_footer(
        "Página {p} de {nb}  -  Iniciales del trabajador: ______", font="LibSans", size=7.5
    )
    pdf = Doc("Letter", margins=(19, 14, 19), bottom=16, header_cb=head, footer_cb=foot)
    pdf.set_title("Contrato de trabajo H-2A - Blue Ridge Orchard Partners")
    pdf.set_author("Blue Ridge Orchard Partners, LLC")
    pdf.set_font("LibSans", "", 9.5)
    pdf.add_page()
    pdf.set_font("LibSans", "B", 13)
    pdf.multi_cell(
        0,
        6,
        "CONTRATO DE TRABAJO Y ORDEN DE EMPLEO\nTRABAJADORES AGRÍCOLAS TEMPORALES H-2A",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    para(
        pdf,
        "Copia en español para el trabajador, conforme a 20 CFR 655.122(q)",
        size=8.5,
        style="I",
        align="C",
    )
    table(
        pdf,
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Blue Ridge Orchard Partners, LLC, 4410 Orchard Lane, Wenatchee, WA 98801, EE. UU. "
                "Tel. (509) 555-0148",
            ],
            [
                "Lugar de trabajo",
                "Huertos del empleador en Wenatchee y Cashmere, condado de Chelan, Washington (sección 2)",
            ],
            ["Puesto", "Trabajador agrícola: cosecha de manzana y pera"],
            ["Periodo del contrato", "Del 3 de agosto de 2026 al 30 de octubre de 2026"],
            [
                "Horario",
                "40 horas por semana, lunes a viernes de 7:00 a 15:30, con media hora para comer",
            ],
            ["Salario", "$19.82 por hora, o el destajo si resulta mayor"],
            ["Pago", "Semanal, cada viernes"],
            [
                "Vivienda",
                "Gratuita, en el Campamento Blue Ridge, 12 Cashmere Road, Cashmere, WA 98815",
            ],
            [
                "Reclutador autorizado",
                "Reclutamiento Agrícola del Bajío, S.C., León, Guanajuato, México",
            ],
        ],
        [46, 131],
        size=8.8,
        font="LibSans",
        head_fill=(200, 222, 200),
        first_col_bold=True,
        after=3,
    )
    s = 9.3
    secs = [
        (
            "1.",
            "Labores",
            "Cosechar manzanas y peras a mano, usando escalera de 10 a 12 pies y bolsa cosechadora; vaciar la "
            "fruta en los bins sin golpearla; mover las escaleras entre filas, y entregar al mayordomo la tarjeta "
            "de cada bin lleno, que sirve para calcular el pago a destajo. Antes de la cosecha puede haber raleo "
            "manual y limpieza de ramas.",
        ),
        (
            "2.",
            "Lugares de trabajo",
            "Huerto Norte, 4410 Orchard Lane, Wenatchee; Huerto Sunnyslope, 2200 Easy Street, Wenatchee; y Huerto "
            "Cashmere, 95 Pioneer Avenue, Cashmere, todos en el condado de Chelan, Washington.",
        ),
        (
            "3.",
            "Requisitos del puesto",
            "Tres (3) meses de experiencia en cosecha de fruta de árbol; poder cargar la bolsa con hasta 50 libras "
            "(23 kg) de fruta y subir y bajar escaleras durante toda la jornada. No se exige saber inglés.",
        ),
        (
            "4.",
            "Salario",
            "Se paga el más alto de estos: la tasa salarial de efecto adverso (AEWR), el salario prevaleciente, el "
            "salario de un convenio colectivo o el salario mínimo federal o estatal. Hoy ese salario es $19.82 por "
            "hora. Si la AEWR u otro de esos salarios sube durante la temporada, el empleador pagará el nuevo "
            "salario desde la fecha en que entre en vigor. En la cosecha se paga además a destajo $32.00 por bin "
            "lleno; si lo ganado a destajo en la semana es menor que las horas trabajadas por $19.82, el empleador "
            "paga la diferencia.",
        ),
        (
            "5.",
            "Pago y talón de pago",
            "El pago es semanal, cada viernes, con cheque o depósito directo, como prefiera el trabajador. Con "
            "cada pago se entrega un talón que indica las horas ofrecidas, las horas trabajadas, los bins a "
            "destajo, la tarifa por hora, las ganancias totales, cada descuento y su motivo, y el nombre, la "
            "dirección y el número EIN del empleador.",
        ),
    ]
    for c in secs:
        clause(pdf, *c, size=s, font="LibSans", numw=7)
    pdf.add_page()
    secs2 = [
        (
            "6.",
            "Descuentos",
            "Solo se harán estos descuentos: (a) el impuesto federal sobre la renta, únicamente si el trabajador "
            "lo pide por escrito; (b) el plan de comidas, si el trabajador lo elige (sección 9); (c) pagos "
            "ordenados por un juez, como la pensión alimenticia. No se descuenta nada por vivienda, transporte, "
            "herramientas ni reclutamiento. Los trabajadores H-2A no pagan Seguro Social ni Medicare (FICA).",
        ),
        (
            "7.",
            "Garantía de tres cuartas partes",
            "El empleador garantiza ofrecer trabajo por lo menos durante el 75% de las horas del periodo del "
            "contrato (3/4 de 40 horas por semana, multiplicado por el número de semanas). Si ofrece menos horas, "
            "pagará la diferencia como si se hubieran trabajado.",
        ),
        (
            "8.",
            "Vivienda",
            "La vivienda es gratuita y cumple las normas del Departamento de Salud de Washington. Cada trabajador "
            "tiene cama, colchón y casillero con llave; no se cobra depósito por cobijas, llaves ni otros "
            "artículos. Los residentes pueden recibir visitas y entrar y salir libremente en su tiempo libre.",
        ),
        (
            "9.",
            "Comidas",
            "El campamento tiene cocina con estufas, refrigeradores y utensilios, gratis para todos. Quien "
            "prefiera no cocinar puede inscribirse voluntariamente en el plan de tres comidas diarias del comedor "
            "por $14.00 al día, cantidad que no excede el máximo publicado por el Departamento del Trabajo para "
            "este año, y puede salirse del plan avisando con una semana.",
        ),
        (
            "10.",
            "Transporte",
            "Viaje de ida: el empleador paga por adelantado el autobús de León a Monterrey, el hotel y las comidas "
            "durante la cita consular, y el autobús de Monterrey a Wenatchee; si el trabajador paga algo de esto, "
            "se le reembolsa completo en el primer pago. La cuota de la visa y el cruce fronterizo también se "
            "reembolsan en la primera semana. Viaje de regreso: si el trabajador termina el contrato, o si es "
            "despedido sin culpa suya, el empleador paga el transporte y los alimentos de regreso a León. "
            "Transporte diario: gratuito, en vehículos asegurados, del campamento a los huertos y de regreso.",
        ),
        (
            "11.",
            "Herramientas",
            "Escaleras, bolsas cosechadoras, bins, guantes y tijeras se entregan sin costo y sin depósito. El "
            "desgaste normal de las herramientas no se cobra al trabajador.",
        ),
        (
            "12.",
            "Seguro de accidentes de trabajo",
            "El empleador está asegurado con el Departamento de Labor e Industrias de Washington (L&I), cuenta "
            "612-881-04. El seguro cubre la atención médica y el salario perdido por accidentes o enfermedades "
            "del trabajo, sin costo para el trabajador.",
        ),
    ]
    for c in secs2:
        clause(pdf, *c, size=s, font="LibSans", numw=7)
    pdf.add_page()
    secs3 = [
        (
            "13.",
            "Abandono y despido",
            "Si el trabajador falta 5 días seguidos sin permiso del empleador, se considera que abandonó el "
            "empleo; el empleador avisará al Departamento del Trabajo y al DHS dentro de 2 días hábiles y no "
            "tendrá que pagar el viaje de regreso ni la garantía de 3/4. El empleador puede despedir por causa "
            "justificada, por ejemplo violencia, robo o no seguir las reglas de seguridad después de una "
            "advertencia por escrito.",
        ),
        (
            "14.",
            "Imposibilidad de cumplir el contrato",
            "Si el contrato no puede cumplirse por incendio, inundación, granizo, helada u otro desastre que lo "
            "impida, y el Departamento del Trabajo lo confirma, el empleador pagará la garantía de 3/4 hasta la "
            "fecha de terminación y el viaje de regreso, y tratará de ayudar al trabajador a encontrar otro "
            "empleo.",
        ),
        (
            "15.",
            "Reclutamiento sin cobro",
            "Ni el empleador ni Reclutamiento Agrícola del Bajío, S.C. cobran por el trabajo. El contrato entre "
            "ambos prohíbe pedir al trabajador cualquier pago, cuota, regalo o trabajo gratis. Si alguien le pide "
            "dinero, llame al Departamento del Trabajo, línea gratuita 1-866-487-9243.",
        ),
        (
            "16.",
            "Sus derechos",
            "El empleador no guardará su pasaporte ni su visa. Usted puede quejarse ante el Departamento del "
            "Trabajo y hablar con abogados o con un sindicato; nadie será despedido ni puesto en una lista negra "
            "por hacerlo.",
        ),
    ]
    for c in secs3:
        clause(pdf, *c, size=s, font="LibSans", numw=7)
    pdf.ln(4)
    para(
        pdf,
        "Firmo que recibí este contrato en español antes de solicitar la visa y que me lo explicaron.",
        size=9,
        font="LibSans",
    )
    sig_block(
        pdf,
        [
            "Por el empleador: Dana Whitfield, gerente de personal",
            "Trabajador (nombre y firma)",
            "Fecha",
        ],
        font="LibSans",
        gap=16,
    )
    return pdf


# --------------------------------------------------------------------------- am09
# Bangladesh -> Malaysia: offer letter (text) + scanned money receipt (image only).


def lcg(seed):
    state = seed & 0xFFFFFFFF
    while True:
        state = (1664525 * state + 1013904223) & 0xFFFFFFFF
        yield state


def scanned_receipt_image():
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f_b = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 40)
    f_m = ImageFont.truetype(DJ + "DejaVuSans.ttf", 25)
    f_s = ImageFont.truetype(DJ + "DejaVuSans.ttf", 22)
    f_h = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", 34)
    f_hand = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", 26)
    ink = (25, 25, 70)
    # receipt form in the top half of the sheet
    d.rectangle([90, 110, 1150, 1020], outline=(40, 40, 40), width=3)
    d.text((620, 150), "SHAPLA HUMAN RESOURCES LTD.", font=f_b, fill=(20, 20, 20), anchor="mt")
    d.text(
        (620, 205),
        "Govt. Approved Recruiting Agency, RL-2219",
        font=f_m,
        fill=(20, 20, 20),
        anchor="mt",
    )
    d.text(
        (620, 240),
        "House 41, Road 7, Block C, Banani, Dhaka-1213  |  Phone 02-9884417",
        font=f_s,
        fill=(20, 20, 20),
        anchor="mt",
    )
    d.line([120, 285, 1120, 285], fill=(40, 40, 40), width=2)
    d.rectangle([445, 303, 795, 357], outline=(40, 40, 40), width=2)
    d.text((620, 330), "MONEY RECEIPT", font=f_h, fill=(20, 20, 20), anchor="mm")
    d.text((130, 385), "No.", font=f_m, fill=(20, 20, 20))
    d.text((190, 380), "0457", font=f_hand, fill=(170, 20, 20))
    d.text((840, 385), "Date:", font=f_m, fill=(20, 20, 20))
    d.text((925, 380), "14/01/2026", font=f_hand, fill=ink)
    body = [
        "Received with thanks from Md. Shariful Islam Mondol, S/O Md. Nurul",
        "Islam Mondol, Vill. Baliadanga, Dumuria, Khulna, the sum of Taka Four",
        "Lakh Twenty Thousand only (Tk. 4,20,000/-) in cash as full payment of",
        "service charge for job placement in Malaysia (Kilang Makanan Sinar",
        "Timur Sdn. Bhd.).",
    ]
    y = 450
    for line in body:
        d.text((130, y), line, font=f_hand, fill=ink)
        d.line([128, y + 38, 1110, y + 38], fill=(150, 150, 150), width=1)
        y += 58
    d.rectangle([130, 770, 470, 830], outline=(40, 40, 40), width=2)
    d.text((145, 785), "Tk. 4,20,000/-", font=f_hand, fill=ink)
    d.text((130, 860), "Note: Money once paid is not refundable.", font=f_s, fill=(20, 20, 20))
    d.text((130, 892), "Keep this receipt until departure.", font=f_s, fill=(20, 20, 20))
    # signature scribble
    pts = []
    for i in range(60):
        t = i / 59
        pts.append((820 + 230 * t, 900 + 18 * math.sin(t * 19) - 25 * t))
    d.line(pts, fill=ink, width=3)
    d.line([790, 950, 1100, 950], fill=(40, 40, 40), width=2)
    d.text((945, 960), "Accounts Officer", font=f_s, fill=(20, 20, 20), anchor="mt")
    # rubber stamp
    d.ellipse([600, 805, 790, 995], outline=(110, 60, 150), width=5)
    d.ellipse([623, 828, 767, 972], outline=(110, 60, 150), width=2)
    d.text((695, 880), "SHAPLA HR", font=f_s, fill=(110, 60, 150), anchor="mm")
    d.text((695, 915), "PAID", font=f_h, fill=(110, 60, 150), anchor="mm")
    # scan artefacts: grey, slight rotation, speckle noise, fold shadow, blur
    img = img.convert("L")
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    gen = lcg(20260114)
    for _ in range(5200):
        x = next(gen) % W
        yv = next(gen) % H
        v = next(gen) % 90
        px[x, yv] = min(px[x, yv], 120 + v)
    for yy in range(1080, 1096):
        for xx in range(W):
            px[xx, yy] = max(0, px[xx, yy] - 18)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.point(lambda v: int(v * 0.93 + 6))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return Image.open(buf)


def build_am09():
    maroon = (120, 20, 40)
    pdf = Doc("A4", margins=(18, 12, 18), bottom=10)
    pdf.set_title("Letter of offer of employment")
    pdf.set_author("Kilang Makanan Sinar Timur Sdn. Bhd.")
    pdf.add_page()
    f = "DejaVuCond"
    pdf.set_font(f, "B", 14)
    pdf.set_text_color(*maroon)
    pdf.cell(0, 7, "KILANG MAKANAN SINAR TIMUR SDN. BHD.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(f, "", 8.5)
    pdf.cell(
        0,
        4,
        "(Company No. 201001024718)  No. 8, Jalan Industri 3/2, Taman Perindustrian Sri Gading, 83300 Batu Pahat, "
        "Johor, Malaysia",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_draw_color(*maroon)
    pdf.set_line_width(0.7)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    pdf.set_font(f, "", 9)
    pdf.cell(pdf.epw / 2, 4.5, "Ref: KMST/HR/BD/26/031")
    pdf.cell(
        pdf.epw / 2, 4.5, "Date: 19 January 2026", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(1)
    para(
        pdf,
        "To: Mr. Shariful Islam Mondol (Passport No. A09873412)\nVill. Baliadanga, Upazila Dumuria, Khulna, Bangladesh",
        size=9,
        font=f,
    )
    heading(pdf, "LETTER OF OFFER OF EMPLOYMENT", size=11, font=f, align="C", after=0.5)
    para(
        pdf,
        "We are pleased to offer you employment with the Company on the following terms:",
        size=9,
        font=f,
    )
    s = 8.9
    items = [
        (
            "1.",
            "Position",
            "General Worker (Food Processing): operating the frying and packing lines, weighing and labelling "
            "cartons, and cleaning the production area at the end of each shift.",
        ),
        ("2.", "Place of work", "The Company's factory at the address above, Batu Pahat, Johor."),
        (
            "3.",
            "Period",
            "Three (3) years, from 2 March 2026 to 1 March 2029, subject to renewal of the work pass (PLKS).",
        ),
        (
            "4.",
            "Working hours",
            "8 hours per day, 6 days per week (48 hours), 7.00 a.m. to 4.00 p.m. with one hour of rest. Overtime "
            "is paid at 1.5 times the hourly rate, at 2 times on rest days and 3 times on public holidays.",
        ),
        (
            "5.",
            "Salary",
            "RM 1,700 basic per month, paid by bank transfer not later than the 7th day of the following month.",
        ),
        (
            "6.",
            "Deductions",
            "SOCSO and EIS employee contributions as required by law, and the hostel fee under Clause 7. No other "
            "deduction shall be made without the Worker's written consent and the approval of the Labour "
            "Department.",
        ),
        (
            "7.",
            "Accommodation",
            "The Company provides hostel accommodation certified under the Workers' Minimum Standards of Housing "
            "and Amenities Act 1990 (Act 446). A hostel fee of RM 75 per month, covering electricity and water, "
            "shall be deducted from the salary.",
        ),
        (
            "8.",
            "Hostel rules",
            "Workers shall not leave the hostel after 10.00 p.m. or stay outside overnight, including on rest days, "
            "without the written permission of the Hostel Warden.",
        ),
        (
            "9.",
            "Costs",
            "The foreign worker levy, the work pass (PLKS), the FOMEMA medical examination, the visa and the air "
            "ticket from Dhaka to Kuala Lumpur are paid by the Company and will not be recovered from the Worker.",
        ),
        (
            "10.",
            "Return",
            "The Company pays the return air ticket to Dhaka on completion of the contract, or if the Company "
            "terminates the employment before its end.",
        ),
        (
            "11.",
            "Passport",
            "The Worker shall keep his own passport. A lockable personal locker is provided in the hostel.",
        ),
        (
            "12.",
            "Termination",
            "Either party may terminate this contract by giving one (1) month's notice or one month's salary in "
            "lieu of notice. The Company may dismiss the Worker for misconduct after a due inquiry under Section "
            "14 of the Employment Act 1955.",
        ),
        (
            "13.",
            "Recruitment",
            "You were recruited through Shapla Human Resources Ltd. (RL-2219), Dhaka. The recruitment costs are "
            "paid by the Company under its agreement with the agency.",
        ),
    ]
    for c in items:
        clause(pdf, *c, size=s, font=f, numw=7, after=1.1, title_sep=": ")
    pdf.ln(1)
    pdf.set_font(f, "", 9)
    pdf.cell(pdf.epw / 2, 4.5, "Yours faithfully,")
    pdf.cell(pdf.epw / 2, 4.5, "I accept the above terms:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(9)
    pdf.cell(pdf.epw / 2, 4.5, "Tan Mei Ling, Human Resources Manager")
    pdf.cell(pdf.epw / 2, 4.5, "Shariful Islam Mondol", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # page 2: scanned receipt, image only, no text layer
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(scanned_receipt_image(), x=0, y=0, w=pdf.w, h=pdf.h)
    return pdf


# --------------------------------------------------------------------------- am10
# Guatemala -> Canada, recruiter letter in Spanish.


def build_am10():
    blue = (16, 70, 140)

    def foot(pdf):
        pdf.set_y(-16)
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1)
        pdf.set_font("DejaVuSerif", "", 7.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(
            0,
            3.6,
            "Servicios Laborales Volcán de Agua, S.A.  -  NIT 8842173-5  -  5a. Avenida Norte No. 22, Antigua Guatemala",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.cell(0, 3.6, f"Página {pdf.page_no()} de {{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)

    pdf = Doc("Letter", margins=(24, 14, 24), bottom=22, footer_cb=foot)
    pdf.set_title("Carta de confirmación de selección")
    pdf.set_author("Servicios Laborales Volcán de Agua, S.A.")
    pdf.add_page()
    # letterhead: logo box + name
    pdf.set_fill_color(*blue)
    pdf.rect(pdf.l_margin, 14, 16, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVuSerif", "B", 12)
    pdf.set_xy(pdf.l_margin, 18.5)
    pdf.cell(16, 7, "SLV", align="C")
    pdf.set_text_color(*blue)
    pdf.set_xy(pdf.l_margin + 20, 14)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(
        0, 6.5, "SERVICIOS LABORALES VOLCÁN DE AGUA, S.A.", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_x(pdf.l_margin + 20)
    pdf.set_font("DejaVuSerif", "I", 8.5)
    pdf.cell(
        0, 4.5, "Reclutamiento de personal para el extranjero", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_x(pdf.l_margin + 20)
    pdf.set_font("DejaVuSerif", "", 8)
    pdf.cell(
        0,
        4.5,
        "Tel. 7832-4410  -  WhatsApp 5519-3087  -  Antigua Guatemala, Sacatepéquez",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    f = "DejaVuSerif"
    s = 9.6
    para(pdf, "Antigua Guatemala, 8 de diciembre de 2025", size=s, font=f, align="R", after=3)
    para(
        pdf,
        "Señor\nEdwin Roberto Chávez Ajú\nAldea San Miguel Dueñas, Sacatepéquez\nPresente",
        size=s,
        font=f,
        after=3,
    )
    para(
        pdf,
        "Asunto: Confirmación de su selección para trabajo agrícola temporal en Canadá",
        size=s,
        font=f,
        style="B",
        after=3,
    )
    para(pdf, "Estimado señor Chávez:", size=s, font=f, after=2)
    para(
        pdf,
        "Nos complace informarle que usted fue seleccionado para trabajar con la empresa Les Serres Beaulieu Inc., "
        "con dirección en 1250, rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá, dentro del Programa de "
        "Trabajadores Extranjeros Temporales, sector agrícola. Estas son las condiciones de su empleo:",
        size=s,
        font=f,
        after=2,
    )
    bullets = [
        "Puesto: trabajador agrícola de invernadero; sus tareas serán la cosecha, poda, deshoje y amarre de "
        "plantas de tomate y el empaque en cajas.",
        "Lugar de trabajo: los invernaderos de la empresa en Saint-Rémi, Quebec.",
        "Periodo: del 2 de marzo al 30 de noviembre de 2026.",
        "Jornada: de 8 a 10 horas diarias, de lunes a sábado.",
        "Salario: CAD 16.10 por hora, pagado cada dos semanas por depósito bancario.",
        "Vivienda: la proporciona el empleador en la misma granja.",
        "Descuentos: de su salario se descontarán los impuestos y contribuciones de ley (impuesto sobre la "
        "renta, Régie des rentes du Québec y seguro de empleo) y el boleto aéreo, como se explica abajo.",
    ]
    for b in bullets:
        y = pdf.get_y()
        pdf.set_font(f, "", s)
        pdf.set_xy(pdf.l_margin + 3, y)
        pdf.cell(4, s * 0.48, "•")
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(pdf.epw - 8, s * 0.48, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
    pdf.ln(2)
    para(pdf, "Trámites y costos", size=s + 0.4, font=f, style="B", after=1.5)
    para(
        pdf,
        "La evaluación de impacto en el mercado laboral (EIMT) y el permiso de trabajo los paga el empleador "
        "canadiense. Los exámenes médicos con el médico designado por la embajada también corren por cuenta del "
        "empleador. Nuestra empresa no cobra por darle el trabajo.",
        size=s,
        font=f,
        after=2,
    )
    para(
        pdf,
        "Sin embargo, para cubrir los gastos administrativos de su expediente, le pedimos un aporte único de "
        "Q6,500.00, que debe depositar en la cuenta monetaria No. 3021004457 del Banco Industrial a nombre de "
        "nuestra empresa a más tardar el 15 de enero.",
        size=s,
        font=f,
        after=2,
    )
    para(
        pdf,
        "El boleto aéreo de Guatemala a Montreal lo adelanta el empleador y se le irá descontando de su salario en "
        "las primeras seis quincenas.",
        size=s,
        font=f,
        after=2,
    )
    pdf.add_page()
    para(
        pdf,
        "Antes de viajar, usted firmará en nuestra oficina una letra de cambio por Q20,000.00 a favor de Servicios "
        "Laborales Volcán de Agua, S.A., como garantía de que cumplirá su contrato hasta el final. La letra le será "
        "devuelta cuando regrese a Guatemala.",
        size=s,
        font=f,
        after=3,
    )
    para(
        pdf, "Documentos que debe traer el 15 de enero", size=s + 0.4, font=f, style="B", after=1.5
    )
    for b in [
        "Fotocopia de su pasaporte vigente (usted conserva siempre el pasaporte original).",
        "Fotocopia de su DPI.",
        "Antecedentes penales y policiacos recientes.",
        "Dos fotografías tamaño cédula.",
    ]:
        y = pdf.get_y()
        pdf.set_font(f, "", s)
        pdf.set_xy(pdf.l_margin + 3, y)
        pdf.cell(4, s * 0.48, "–")
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(pdf.epw - 8, s * 0.48, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
    pdf.ln(2)
    para(
        pdf,
        "Le recordamos que el seguro médico de la provincia de Quebec (RAMQ) es gratuito para los trabajadores "
        "agrícolas temporales. Si tiene dudas, comuníquese con nosotros por teléfono o WhatsApp.",
        size=s,
        font=f,
        after=3,
    )
    para(pdf, "Atentamente,", size=s, font=f, after=14)
    para(
        pdf,
        "Licda. Marta Julia Xicará\nGerente de Reclutamiento\nServicios Laborales Volcán de Agua, S.A.",
        size=s,
        font=f,
    )
    return pdf


# --------------------------------------------------------------------------- am11
# Guatemala -> Canada (Ontario), Q&A work contract in Spanish. Compliant.


def build_am11():
    plum = (96, 40, 110)
    foot = page_footer(
        "Norfolk Berry Growers Ltd.  -  Contrato NBG-GT-2026-014  -  Página {p} de {nb}",
        font="LibSans",
    )
    pdf = Doc("Letter", margins=(18, 14, 18), bottom=15, footer_cb=foot)
    pdf.set_title("Contrato de trabajo agrícola temporal - Ontario")
    pdf.set_author("Norfolk Berry Growers Ltd.")
    pdf.add_page()
    band(
        pdf,
        plum,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL - ONTARIO, CANADÁ",
        "Versión en español para la trabajadora  -  Norfolk Berry Growers Ltd.  -  Contrato NBG-GT-2026-014",
        h=20,
        title_size=12.5,
        font="LibSans",
    )
    table(
        pdf,
        [
            [
                "Empleador",
                "Norfolk Berry Growers Ltd., 2280 Highway 24, Simcoe, Ontario N3Y 4K3, Canadá",
            ],
            [
                "Trabajadora",
                "María Floridalma Coc Caal, DPI 2871 44019 1601, Cobán, Alta Verapaz, Guatemala",
            ],
            ["Puesto", "Trabajadora agrícola general (fresas y frambuesas)"],
            [
                "Lugar de trabajo",
                "Granja de Norfolk Berry Growers, 2280 Highway 24, Simcoe, Ontario",
            ],
            ["Periodo", "Del 20 de abril al 15 de octubre de 2026"],
            ["Horario", "8 horas al día, de lunes a viernes (40 horas por semana)"],
            ["Salario", "CAD 17.60 por hora"],
            ["Pago", "Cada dos semanas, por depósito directo"],
            [
                "Reclutador",
                "Enlace Agrícola Internacional, S.A., zona 10, Ciudad de Guatemala (licencia MINTRAB 0093-2024)",
            ],
        ],
        [38, 141],
        size=8.8,
        font="LibSans",
        header=False,
        first_col_bold=True,
        zebra=(245, 239, 247),
        after=3,
    )
    s = 9.2

    def qa(q, a):
        pdf.set_font("LibSans", "B", s + 0.3)
        pdf.set_text_color(*plum)
        pdf.multi_cell(0, s * 0.5, q, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if a:
            para(pdf, a, size=s, font="LibSans", after=2.2, indent=4)

    qa(
        "¿Qué trabajo haré?",
        "Cosecha de fresas y frambuesas, plantación, deshierbe, riego y empaque en el campo. Algunos días atenderá "
        "el puesto de venta de la granja: pesar la fruta, cobrar a los clientes y entregar la caja del día al "
        "encargado.",
    )
    qa(
        "¿Cuántas horas trabajaré?",
        "8 horas al día, de 7:00 a 16:00 con una hora de almuerzo, de lunes a viernes. Las horas adicionales son "
        "voluntarias y se pagan a la misma tarifa por hora.",
    )
    qa(
        "¿Cuánto y cuándo me pagan?",
        "CAD 17.60 por hora. Si el salario mínimo de Ontario sube, se le paga el nuevo mínimo desde esa fecha. El "
        "pago es cada dos semanas, el viernes, por depósito directo a una cuenta a su nombre, con un talón que "
        "muestra las horas, el salario y los descuentos.",
    )
    qa(
        "¿Qué me descuentan?",
        "Solo los descuentos que exige la ley canadiense: impuesto sobre la renta, Plan de Pensiones de Canadá "
        "(CPP) y Seguro de Empleo (EI). No se descuenta la vivienda, el transporte, el boleto aéreo ni el permiso "
        "de trabajo.",
    )
    qa(
        "¿Dónde viviré?",
        "En la casa de trabajadores de la granja, inspeccionada por la oficina de salud pública, sin costo para "
        "usted. Tiene cocina equipada, lavadora e internet gratis.",
    )
    qa("¿Quién paga el viaje y los trámites?", None)
    pdf.ln(1)
    pdf.set_x(pdf.l_margin + 4)
    table(
        pdf,
        [
            ["Costo", "Quién paga"],
            ["Evaluación de impacto en el mercado laboral (LMIA)", "Empleador"],
            [
                "Permiso de trabajo y datos biométricos",
                "Empleador (si usted lo adelantó, se le reembolsa en el primer pago)",
            ],
            ["Examen médico con el médico del panel", "Empleador"],
            ["Boleto aéreo de Guatemala a Toronto", "Empleador"],
            ["Transporte del aeropuerto a la granja", "Empleador"],
            ["Seguro médico privado hasta tener OHIP", "Empleador"],
            ["Boleto aéreo de regreso a Guatemala", "Empleador"],
        ],
        [80, 96],
        size=8.6,
        font="LibSans",
        head_fill=(225, 210, 230),
        align="RIGHT",
        after=3,
    )
    pdf.add_page()
    qa(
        "¿Me cobrarán algo por el trabajo?",
        "No. Ni el empleador ni Enlace Agrícola Internacional, S.A. le cobran cuota de reclutamiento, inscripción, "
        "trámite ni depósito. Si alguien le pide dinero, avise al empleador al +1 519 555 0172 o al Ministerio de "
        "Trabajo de Guatemala.",
    )
    qa(
        "¿Quién guarda mi pasaporte?",
        "Usted. Nadie puede quedarse con su pasaporte ni con su permiso de trabajo.",
    )
    qa(
        "¿Puedo cambiar de empleador?",
        "Sí. Puede solicitar un nuevo permiso de trabajo con otro empleador; no se cobra ninguna multa ni "
        "penalización por hacerlo.",
    )
    qa(
        "¿Cuándo se puede terminar el contrato?",
        "El empleador solo puede terminar el contrato por causa justificada, por ejemplo faltar 3 días sin avisar o "
        "poner en peligro a otros trabajadores, y debe explicarle el motivo por escrito. En ese caso, o si el "
        "trabajo termina antes por falta de cosecha, el empleador paga su boleto de regreso. Usted puede terminar "
        "el contrato avisando con una semana de anticipación.",
    )
    qa(
        "¿Con quién me puedo quejar?",
        "Con el empleador, con el consulado de Guatemala en Toronto o con el Ministerio de Trabajo de Ontario. "
        "Quejarse no afectará su contratación en las próximas temporadas.",
    )
    pdf.ln(4)
    sig_block(
        pdf,
        [
            "Por Norfolk Berry Growers Ltd.",
            "María Floridalma Coc Caal",
            "Testigo: Enlace Agrícola Internacional, S.A.",
        ],
        font="LibSans",
        gap=16,
    )
    return pdf


# --------------------------------------------------------------------------- am12
# US H-2B crab meat pickers: English terms with a Spanish summary page.


def build_am12():
    def head(pdf):
        pdf.set_font("LibNarrow", "B", 8.5)
        pdf.set_fill_color(30, 30, 30)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(0, 0)
        pdf.cell(
            pdf.w,
            8,
            "   BAYSIDE SEAFOOD PACKERS, INC.  |  H-2B EMPLOYMENT DISCLOSURE / DIVULGACIÓN DE EMPLEO",
            fill=True,
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(14)

    foot = page_footer("Season 2026 - page {p} of {nb}", font="LibNarrow", size=8)
    pdf = Doc("Letter", margins=(20, 14, 20), bottom=15, header_cb=head, footer_cb=foot)
    pdf.set_title("H-2B terms and conditions - crab meat pickers 2026")
    pdf.set_author("Bayside Seafood Packers, Inc.")
    pdf.add_page()
    f = "LibSerif"
    pdf.set_font(f, "B", 13)
    pdf.multi_cell(
        0,
        6.2,
        "TERMS AND CONDITIONS OF EMPLOYMENT\nH-2B CRAB MEAT PICKERS, SEASON 2026",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    table(
        pdf,
        [
            [
                "Employer",
                "Bayside Seafood Packers, Inc., 118 Wharf Street, Fishing Creek, Maryland 21634, USA",
            ],
            [
                "Job title",
                "Crab meat picker (SOC 51-3022, Meat, Poultry and Fish Cutters and Trimmers)",
            ],
            [
                "Worksite",
                "Bayside plant, 118 Wharf Street, Fishing Creek, Dorchester County, Maryland",
            ],
            ["Period of employment", "April 6, 2026 to November 20, 2026"],
            ["Number of workers", "48"],
            ["Recruiter", "Enlaces Laborales del Pacífico, S.C., Mazatlán, Sinaloa, Mexico"],
        ],
        [44, 131],
        size=9.5,
        font=f,
        header=False,
        first_col_bold=True,
        after=3,
    )
    s = 10
    sec1 = [
        (
            "1.",
            "Duties",
            "Steam and cool crabs, pick crab meat by hand using a knife and picking tools, separate lump, backfin "
            "and claw meat, pack it in containers, weigh each container and record the pounds on the worker's tally "
            "sheet, and clean the picking room at the end of the shift.",
        ),
        (
            "2.",
            "Requirements",
            "No experience required. Workers must be able to stand for up to 8 hours, work in a cold and wet room "
            "and lift 30 pounds. Training is given on the job at the regular wage.",
        ),
        (
            "3.",
            "Hours",
            "40 hours per week, Monday through Saturday, normally 5:00 a.m. to 1:30 p.m. with a 30-minute unpaid "
            "break; daily hours depend on the crab catch.",
        ),
        (
            "4.",
            "Wages",
            "$17.45 per hour, which is the H-2B prevailing wage. The employer will pay at least the highest of the "
            "prevailing wage and the federal, state or local minimum wage, and will raise the rate if a higher "
            "prevailing wage is issued during the season. A production bonus of $2.50 per pound is paid for each "
            "pound above 30 pounds picked in a day.",
        ),
        (
            "5.",
            "Overtime",
            "Hours worked over 40 in a week are paid at one and one-half times the regular rate.",
        ),
        ("6.", "Pay", "Workers are paid weekly, every Friday, by check or payroll card."),
        (
            "7.",
            "Three-fourths guarantee",
            "The employer guarantees to offer work for at least three-fourths (3/4) of the hours of work in each 12-week "
            "period of the contract. If less work is offered, the employer pays the difference.",
        ),
    ]
    for c in sec1:
        clause(pdf, *c, size=s, font=f, numw=7)
    pdf.add_page()
    sec2 = [
        (
            "8.",
            "Transportation",
            "Inbound: the employer reimburses, in the first workweek, the bus fare from Mazatlán to Fishing Creek "
            "and a daily meal allowance for each day of travel. Return: workers who complete the period of "
            "employment, or who are dismissed early for any reason, receive the bus fare and travel meals back to "
            "Mazatlán.",
        ),
        (
            "9.",
            "Deductions",
            "The employer deducts FICA (Social Security and Medicare), federal and Maryland income tax, and the "
            "charges listed in Sections 10 and 11. No other deduction is made without the worker's written "
            "authorization.",
        ),
        (
            "10.",
            "Tools and protective gear",
            "Knives, picking tools, steam baskets and containers are provided at no cost. Each worker must buy a "
            "set of rubber boots, apron and cut resistant gloves from the company store for $62.00, deducted from "
            "the first two paychecks.",
        ),
        (
            "11.",
            "Housing",
            "Workers may live in the company bunkhouse at no cost. Damage to the bunkhouse or its furniture beyond "
            "normal wear and tear will be charged to the worker responsible and deducted from pay.",
        ),
        (
            "12.",
            "Visa",
            "The visa application fee (MRV) of $205 is the worker's own responsibility and is not reimbursed.",
        ),
        (
            "13.",
            "Recruitment",
            "The employer pays Enlaces Laborales del Pacífico, S.C. for its services and prohibits it, by written "
            "contract, from charging workers any fee. Workers must not pay anyone to be hired.",
        ),
        (
            "14.",
            "Abandonment and termination",
            "A worker who fails to report for work for 5 consecutive working days without the employer's consent "
            "is considered to have abandoned the job, and the employer will notify the Department of Labor and "
            "DHS. Workers may be dismissed for cause, such as theft, fighting, or repeated safety violations after "
            "a written warning.",
        ),
        (
            "15.",
            "Documents and complaints",
            "The employer does not hold passports or visas; workers keep their own documents. Workers may file "
            "complaints with the U.S. Department of Labor (1-866-487-9243) and may not be fired, blacklisted or "
            "threatened for doing so.",
        ),
    ]
    for c in sec2:
        clause(pdf, *c, size=s, font=f, numw=8)
    pdf.add_page()
    pdf.set_fill_color(255, 247, 214)
    pdf.set_draw_color(200, 160, 40)
    y0 = pdf.get_y()
    pdf.set_font("LibSans", "B", 12)
    pdf.cell(
        0,
        8,
        "RESUMEN EN ESPAÑOL: lo que usted debe saber",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    items = [
        "Trabajo: pelar y separar la carne de jaiba en la planta de Fishing Creek, Maryland, del 6 de abril al 20 "
        "de noviembre de 2026.",
        "Pago: $17.45 por hora, cada viernes; las horas extra se pagan a tiempo y medio después de 40 horas.",
        "Vivienda gratis en la barraca de la empresa.",
        "El autobús de Mazatlán a la planta se le reembolsa en la primera semana de trabajo.",
        "La cuota de la visa (MRV) de $205 corre por cuenta del trabajador y no se reembolsa.",
        "Cada trabajador debe comprar botas de hule, mandil y guantes anticorte en la tienda de la empresa por "
        "$62.00, que se descuentan de los dos primeros cheques.",
        "Nadie debe cobrarle por ser contratado; Enlaces Laborales del Pacífico, S.C. no puede pedirle dinero.",
        "Usted guarda su pasaporte. Puede quejarse ante el Departamento del Trabajo sin represalias.",
    ]
    for it in items:
        y = pdf.get_y()
        pdf.set_font("LibSans", "", 10)
        pdf.set_xy(pdf.l_margin + 4, y)
        pdf.cell(5, 5, "■")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(pdf.epw - 14, 5, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.rect(pdf.l_margin - 2, y0 - 2, pdf.epw + 4, pdf.get_y() - y0 + 3)
    pdf.ln(8)
    para(
        pdf,
        "Recibí copia en inglés y en español. / I received a copy in English and Spanish.",
        size=9.5,
        font="LibSans",
    )
    sig_block(
        pdf,
        ["Worker / Trabajador", "For the employer / Por el empleador", "Date / Fecha"],
        font="LibSans",
        gap=14,
    )
    return pdf


BUILDERS = {
    "am01.pdf": build_am01,
    "am02.pdf": build_am02,
    "am03.pdf": build_am03,
    "am04.pdf": build_am04,
    "am05.pdf": build_am05,
    "am06.pdf": build_am06,
    "am07.pdf": build_am07,
    "am08.pdf": build_am08,
    "am09.pdf": build_am09,
    "am10.pdf": build_am10,
    "am11.pdf": build_am11,
    "am12.pdf": build_am12,
}

# --------------------------------------------------------------------------- verification

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


def norm(s: str) -> str:
    return " ".join(s.split())


def expected_severity(program, fee):
    cat = fee["category"]
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return None  # violation, or passport-only visa_cost review under h2a/h2b (checked by hand)


def verify(out_dir: Path) -> list[str]:
    import pdfplumber

    errors = []
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    names = [lab["file"] for lab in labels]
    if sorted(names) != sorted(BUILDERS):
        errors.append(f"labels.json files {names} do not match the built files")
    scanned_docs = 0
    for lab in labels:
        path = out_dir / lab["file"]
        prog = lab["program"]
        bad_terms = set(lab["missing_terms"]) - REQUIRED[prog]
        if bad_terms:
            errors.append(
                f"{lab['file']}: missing_terms not required for {prog}: {sorted(bad_terms)}"
            )
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
            image_pages = set()
            texts = {}
            for i, page in enumerate(pdf.pages, 1):
                txt = page.extract_text() or ""
                if not txt.strip() and page.images:
                    image_pages.add(i)
                    continue
                if not txt.strip():
                    errors.append(f"{lab['file']}: page {i} has neither text nor image")
                mid = page.width / 2
                variants = [
                    txt,
                    page.crop((0, 0, mid, page.height)).extract_text() or "",
                    page.crop((mid, 0, page.width, page.height)).extract_text() or "",
                ]
                texts[i] = [norm(v) for v in variants]
            if bool(image_pages) != bool(lab["scanned"]):
                errors.append(
                    f"{lab['file']}: scanned={lab['scanned']} but image-only pages are {sorted(image_pages)}"
                )
            scanned_docs += bool(image_pages)
            for fee in lab["fees"]:
                if fee["category"] not in CATEGORIES:
                    errors.append(f"{lab['file']}: unknown category {fee['category']}")
                exp = expected_severity(prog, fee)
                if exp and fee["severity"] != exp:
                    errors.append(f"{lab['file']}: {fee['category']} should be {exp}")
                if fee["severity"] not in ("violation", "review"):
                    errors.append(f"{lab['file']}: bad severity {fee['severity']}")
                pg = fee["page"]
                if pg in image_pages:
                    continue
                if pg not in texts:
                    errors.append(f"{lab['file']}: fee on page {pg}, which does not exist")
                    continue
                q = norm(fee["quote"])
                if not any(q in v for v in texts[pg]):
                    errors.append(f"{lab['file']} p{pg}: quote not found: {q!r}")
    if scanned_docs != 1:
        errors.append(f"expected exactly one document with a scanned page, found {scanned_docs}")
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS.items():
        pdf = fn()
        pdf.output(str(out / name))
    errors = verify(out)
    if errors:
        print("VERIFICATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print(f"built and verified {len(BUILDERS)} PDFs in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
