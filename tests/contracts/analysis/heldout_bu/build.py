#!/usr/bin/env python3
"""Held-out batch "bu": 12 recruitment documents (H-2A, H-2B, other corridors).

Usage:  python build.py OUT_DIR

Writes bu01.pdf ... bu12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks the labels against the printed text. Exits
non-zero on any mismatch. Deterministic: fixed creation date, fixed seeds.
"""

import datetime
import json
import os
import random
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime.datetime(2026, 2, 2, 10, 0, 0, tzinfo=datetime.UTC)
random.seed(4711)
np.random.seed(4711)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "DejaVu": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "DVCond": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "DVSerif": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "LSans": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "LSerif": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "LNarrow": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "Noto": {
        "": NT + "NotoSans-Regular.ttf",
        "B": NT + "NotoSans-Bold.ttf",
        "I": NT + "NotoSans-Italic.ttf",
        "BI": NT + "NotoSans-BoldItalic.ttf",
    },
}
if not os.path.exists(NT + "NotoSans-Regular.ttf"):
    FONT_FILES["Noto"] = FONT_FILES["LSans"]

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


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        families=("DejaVu",),
        margins=(18, 16, 18),
        title="",
        author="",
        subject="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam in families:
            for style, path in FONT_FILES[fam].items():
                self.add_font(fam, style, path)
        self.set_margins(*margins)
        self.set_auto_page_break(True, 16)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_subject(subject)
        self.set_creator("fpdf2 (held-out batch bu)")
        self.footer_text = None
        self.footer_font = (families[0], 7.5)
        self.set_font(families[0], "", 10)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-11)
        self.set_font(self.footer_font[0], "", self.footer_font[1])
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


def P(
    pdf,
    text,
    size=9.5,
    style="",
    align="J",
    lh=None,
    fam=None,
    color=None,
    md=False,
    after=1.6,
    indent=0.0,
    fill=None,
):
    fam = fam or pdf.font_family
    pdf.set_font(fam, style, size)
    if color:
        pdf.set_text_color(*color)
    old = pdf.l_margin
    if indent:
        pdf.set_left_margin(old + indent)
        pdf.set_x(old + indent)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.multi_cell(
        0,
        lh or size * 0.47,
        text,
        align=align,
        markdown=md,
        fill=bool(fill),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if indent:
        pdf.set_left_margin(old)
        pdf.set_x(old)
    if color:
        pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def H(
    pdf,
    text,
    size=11,
    style="B",
    color=(0, 0, 0),
    align="L",
    after=1.2,
    fam=None,
    fill=None,
    lh=None,
):
    P(
        pdf,
        text,
        size=size,
        style=style,
        align=align,
        color=color,
        after=after,
        fam=fam,
        fill=fill,
        lh=lh,
    )


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam=None,
    head=None,
    head_fill=(225, 232, 240),
    borders="ALL",
    bold_first=True,
    lh=None,
    first_fill=None,
    padding=1.2,
    align="LEFT",
):
    fam = fam or pdf.font_family
    pdf.set_font(fam, "", size)
    style_head = FontFace(emphasis="BOLD", fill_color=head_fill)
    width = min(sum(widths), pdf.epw - 0.01)
    with pdf.table(
        col_widths=widths,
        width=width,
        align=align,
        v_align="TOP",
        borders_layout=borders,
        first_row_as_headings=bool(head),
        headings_style=style_head,
        line_height=lh or size * 0.46,
        text_align="LEFT",
        padding=padding,
    ) as t:
        if head:
            r = t.row()
            for c in head:
                r.cell(c)
        for row in rows:
            r = t.row()
            for i, c in enumerate(row):
                if i == 0 and bold_first:
                    r.cell(c, style=FontFace(emphasis="BOLD", fill_color=first_fill))
                else:
                    r.cell(c)
    pdf.ln(2)


def band(pdf, rgb, height, text, sub=None, size=14, text_rgb=(255, 255, 255), fam=None):
    fam = fam or pdf.font_family
    pdf.set_fill_color(*rgb)
    pdf.rect(0, 0, pdf.w, height, "F")
    pdf.set_xy(pdf.l_margin, 5)
    pdf.set_text_color(*text_rgb)
    pdf.set_font(fam, "B", size)
    pdf.multi_cell(0, size * 0.45, text, align="L", new_x="LMARGIN", new_y="NEXT")
    if sub:
        pdf.set_font(fam, "", 8.5)
        pdf.multi_cell(0, 4, sub, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(height + 5)


def sig_table(pdf, cols, size=8.5, fam=None, height_lines=3, fingerprint=False):
    """Signature blocks side by side: cols = list of (role, name) pairs."""
    fam = fam or pdf.font_family
    pdf.set_font(fam, "", size)
    n = len(cols)
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / n
    y0 = pdf.get_y() + 4
    for i, (role, name) in enumerate(cols):
        x = pdf.l_margin + i * w
        pdf.set_draw_color(60, 60, 60)
        pdf.line(x + 3, y0 + 12, x + w - 6, y0 + 12)
        pdf.set_xy(x + 3, y0 + 13)
        pdf.set_font(fam, "B", size)
        pdf.multi_cell(w - 9, size * 0.45, role, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_font(fam, "", size)
        pdf.multi_cell(w - 9, size * 0.45, name, align="L", new_x="LEFT", new_y="NEXT")
        if fingerprint and i == n - 1:
            pdf.rect(x + w - 26, y0 - 10, 20, 20)
    pdf.set_xy(pdf.l_margin, y0 + 13 + height_lines * size * 0.5)
    if fingerprint:
        pdf.set_font(fam, "", 6.5)
        pdf.set_xy(pdf.l_margin + (n - 1) * w + w - 28, y0 + 10.5)
    pdf.set_xy(pdf.l_margin, y0 + 13 + height_lines * size * 0.5)


def fee(category, severity, page, amount, currency, quote, group=None):
    d = {
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


# --------------------------------------------------------------------------- bu01
def bu01():
    """H-2A job order, English, compliant, employer-paid agency."""
    pdf = Doc(
        "letter",
        ("LSans",),
        title="H-2A Job Order Terms - Orchard Worker",
        author="Tamarack Bench Orchards LLC",
    )
    pdf.footer_text = (
        "Tamarack Bench Orchards LLC  |  Job Order H-300-26012-441872  |  Page {p} of {nb}"
    )
    pdf.add_page()
    band(
        pdf,
        (46, 84, 58),
        24,
        "TAMARACK BENCH ORCHARDS LLC",
        "H-2A Agricultural Clearance Order - Attachment: Material Terms and Conditions of Employment",
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Tamarack Bench Orchards LLC, 4417 Peshastin Creek Road, Cashmere, WA 98815",
            ],
            ["Telephone", "(509) 555-0147"],
            ["Job title", "Orchard Worker (SOC 45-2092), 64 openings"],
            ["Period of employment", "March 16, 2026 to November 20, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 6:30 a.m. to 3:00 p.m.; Saturdays as needed during harvest",
            ],
            ["Wage", "$19.82 per hour, or the harvest piece rates in section 4 when higher"],
            ["Pay day", "Every Friday (weekly)"],
        ],
        [48, 131.9],
        size=9.5,
        head_fill=(210, 228, 214),
        first_fill=(232, 242, 234),
    )
    H(pdf, "1. Job duties", 11, color=(46, 84, 58))
    P(
        pdf,
        "Workers will prune and train apple and pear trees, tie limbs to trellis wires, thin "
        "fruitlets by hand, move hand-line irrigation, pick apples and pears into picking bags "
        "and empty them into 20-bushel bins without bruising the fruit, and feed empty bins onto "
        "the orchard trailer for the bin driver. Work is done outdoors on orchard ladders up to "
        "12 feet tall, in heat, cold and rain.",
    )
    H(pdf, "2. Places of employment", 11, color=(46, 84, 58))
    grid(
        pdf,
        [
            ["Home Ranch", "4417 Peshastin Creek Road, Cashmere, WA", "Chelan"],
            ["Sunnyslope Block", "2890 Sunnyslope Hill Road, Wenatchee, WA", "Chelan"],
            ["Mission Flats", "118 Mission Flats Lane, Dryden, WA", "Chelan"],
        ],
        [45, 105, 29.9],
        size=9,
        head=["Block", "Address", "County"],
        head_fill=(210, 228, 214),
    )
    H(pdf, "3. Job requirements", 11, color=(46, 84, 58))
    P(
        pdf,
        "One month of verifiable experience picking tree fruit by hand. Workers must be able "
        "to lift and carry a full picking bag of about 45 pounds and to climb and move a "
        "12-foot orchard ladder. No education, license or English is required.",
    )

    pdf.add_page()
    H(pdf, "4. Wage rates and wage adjustments", 11, color=(46, 84, 58))
    P(
        pdf,
        "The employer pays the highest of the Adverse Effect Wage Rate (AEWR), the prevailing "
        "hourly or piece rate, the agreed collective bargaining rate, or the federal or "
        "Washington State minimum wage in effect when the work is performed. For 2026 this is "
        "$19.82 per hour. Harvest piece rates are $32.00 per 20-bushel bin for Gala and "
        "Honeycrisp and $28.00 per bin for Fuji and Granny Smith; if a worker's piece-rate "
        "earnings in a pay period are less than $19.82 for each hour worked, the employer "
        "makes up the difference. If a higher AEWR is published during the season, the higher "
        "rate is paid from its effective date.",
    )
    H(pdf, "5. Pay days and earnings statements", 11, color=(46, 84, 58))
    P(
        pdf,
        "Wages are paid weekly, every Friday, by direct deposit or paper check at the worker's "
        "choice. Each pay statement shows the hours offered, the hours actually worked, the "
        "number of bins picked, the rates paid, total earnings, every deduction and the reason "
        "for it, and the employer's name, address and FEIN.",
    )
    H(pdf, "6. Deductions", 11, color=(46, 84, 58))
    P(
        pdf,
        "Only the following are deducted: (a) federal income tax, only if the worker asks in "
        "writing for it to be withheld; (b) child support or garnishments ordered by a court; "
        "and (c) for workers who choose the optional meal plan in section 9, the daily meal "
        "price. Nothing else is deducted.",
    )
    H(pdf, "7. Three-fourths guarantee", 11, color=(46, 84, 58))
    P(
        pdf,
        "The employer guarantees to offer each worker employment for a total number of hours "
        "equal to at least three-fourths of the workdays of the contract period, counted from "
        "the worker's first workday. If the worker is offered fewer hours, the employer pays "
        "the amount the worker would have earned for the missing hours.",
    )
    H(pdf, "8. Housing", 11, color=(46, 84, 58))
    P(
        pdf,
        "Housing is provided at no cost to every worker who cannot reasonably return to his or "
        "her residence each day, at Tamarack Bench Worker Housing, 4460 Peshastin Creek Road, "
        "Cashmere, WA 98815. The housing is licensed by the Washington State Department of "
        "Health and meets federal standards. Beds, mattresses, blankets, electricity, propane "
        "and water are included free, and no deposit of any kind is required.",
    )
    H(pdf, "9. Meals", 11, color=(46, 84, 58))
    P(
        pdf,
        "Each housing unit has a fully equipped kitchen with stoves, refrigerators and cooking "
        "utensils that workers may use free of charge to cook their own meals. Workers who "
        "prefer may join an optional meal plan run by the employer's cook: three meals a day "
        "for $15.00 per day, which is below the maximum meal charge published by the U.S. "
        "Department of Labor. The plan is voluntary and a worker may leave it at any time "
        "with one week's notice.",
    )
    H(pdf, "10. Transportation", 11, color=(46, 84, 58))
    P(
        pdf,
        "Inbound: the employer buys the bus ticket from Monterrey, Nuevo Le\u00f3n, to "
        "Cashmere directly and pays the daily subsistence for the trip, so workers pay nothing "
        "out of pocket; the employer also pays the consular visa fee and the border crossing "
        "fee. Return: workers who complete the contract, or who are released early for reasons "
        "other than cause, receive return transportation and daily subsistence to Monterrey "
        "paid by the employer. Daily: free transportation between the housing and every "
        "worksite in employer vans driven by licensed and insured drivers.",
    )

    pdf.add_page()
    H(pdf, "11. Tools, supplies and equipment", 11, color=(46, 84, 58))
    P(
        pdf,
        "Picking bags, ladders, pruning shears, loppers, gloves and rain gear are provided "
        "free of charge. No tool deposit is taken, and worn-out tools are replaced at no cost "
        "to the worker.",
    )
    H(pdf, "12. Workers' compensation", 11, color=(46, 84, 58))
    P(
        pdf,
        "All workers are covered from their first day by workers' compensation insurance "
        "under the Washington State Department of Labor & Industries industrial insurance "
        "program, account no. 771-204-55, paid by the employer.",
    )
    H(pdf, "13. Abandonment and termination for cause", 11, color=(46, 84, 58))
    P(
        pdf,
        "A worker who fails to report for work for 5 consecutive working days without the "
        "employer's consent is considered to have abandoned the job, and the employer will "
        "notify the Department of Labor and the Department of Homeland Security in writing "
        "within 2 business days. A worker may be terminated for cause, such as violence, "
        "theft, or repeated refusal to follow safety rules after a written warning. A worker "
        "who abandons the job or is terminated for cause loses the three-fourths guarantee "
        "and return transportation.",
    )
    H(pdf, "14. If the work becomes impossible", 11, color=(46, 84, 58))
    P(
        pdf,
        "If fire, flood, hail, an early freeze or another Act of God makes it impossible to "
        "continue the work, and the Department of Labor so certifies, the employer pays each "
        "worker the three-fourths guarantee up to the date of termination, pays return "
        "transportation and subsistence, and will try to place workers with other H-2A "
        "employers.",
    )
    H(pdf, "15. Recruitment", 11, color=(46, 84, 58))
    P(
        pdf,
        "The employer recruits in Mexico through Cosecha Justa Reclutamiento, S. de R.L. de "
        "C.V., Calle Zaragoza 512, Linares, Nuevo Le\u00f3n. The employer pays all of the "
        "agency's fees under a written contract that forbids the agency, its staff and any "
        "sub-agent from seeking or receiving payment of any kind from workers. No worker will "
        "ever be asked to pay a fee, deposit, bribe or gift to be selected; anyone asked for "
        "money should call the employer at (509) 555-0147.",
    )
    H(pdf, "16. Worker rights", 11, color=(46, 84, 58))
    P(
        pdf,
        "Workers keep their own passports, visas and identity documents at all times. The "
        "employer will not blacklist, threaten, discharge or discriminate against any worker "
        "who files a complaint, testifies, or consults a lawyer, a union or the Mexican "
        "consulate. Workers are free to come and go from the housing in their free time; "
        "visitors are welcome in the common rooms from 9:00 a.m. to 10:00 p.m.",
    )
    H(pdf, "17. Copy of this job order", 11, color=(46, 84, 58))
    P(
        pdf,
        "Each worker receives a copy of this job order in Spanish no later than the time he or "
        "she applies for the visa.",
    )
    pdf.ln(2)
    sig_table(
        pdf,
        [
            ("For the employer", "Ruth Engstrom-Baird, Owner and Manager\nJanuary 12, 2026"),
            ("Received by worker", "Name: ____________________\nDate: ______________"),
        ],
    )
    lab = label(
        "bu01.pdf",
        "h2a",
        "en",
        False,
        3,
        [],
        [],
        ["Cosecha Justa Reclutamiento, S. de R.L. de C.V."],
        [
            "'feed empty bins onto the trailer' is a job duty, not a fee",
            "optional meal plan $15.00/day below the DOL cap (lawful h2a meal charge)",
            "housing at no cost, utilities included, no deposit",
            "free kitchen",
            "employer buys inbound bus ticket, pays subsistence, visa and border crossing fees",
            "tools free, no tool deposit",
            "agency fees paid by employer; no worker will ever be asked to pay (negated recruitment fee)",
            "workers keep passports (negated retention)",
            "no blacklisting for complaints (negated)",
            "visitor hours are not a curfew; free to come and go",
            "court-ordered garnishment and requested income tax are lawful deductions",
        ],
        "job_order",
        "Letter; colored header band; gridded key-terms table; worksite table; numbered sections; footer page X of N",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu02
def bu02():
    """H-2A recruiter agreement, Spanish, non-compliant."""
    pdf = Doc(
        "letter",
        ("DVSerif",),
        margins=(20, 16, 20),
        title="Convenio de reclutamiento y colocaci\u00f3n",
        author="Enlace Agr\u00edcola del Baj\u00edo, S.C.",
    )
    pdf.footer_text = "Convenio EAB-2026-0317  \u00b7  Hoja {p} de {nb}  \u00b7  Rubrica: ______"
    q_fee = (
        "Por la integraci\u00f3n de su expediente y para apartar su lugar en el grupo, EL "
        "TRABAJADOR pagar\u00e1 a EL RECLUTADOR una cuota de colocaci\u00f3n de MXN 8,500 "
        "(ocho mil quinientos pesos 00/100 M.N.), la mitad al firmar este convenio y la otra "
        "mitad al recibir la fecha de su cita consular."
    )
    q_bond = (
        "Para garantizar que se presentar\u00e1 a la cita consular y que terminar\u00e1 la "
        "temporada completa, EL TRABAJADOR firmar\u00e1 a favor de EL RECLUTADOR un pagar\u00e9 "
        "en blanco, que le ser\u00e1 devuelto cuando regrese a M\u00e9xico."
    )
    q_doc = (
        "EL TRABAJADOR entregar\u00e1 su pasaporte original a EL RECLUTADOR, quien lo "
        "conservar\u00e1 en resguardo durante el tr\u00e1mite de la visa y lo entregar\u00e1 al "
        "mayordomo de EL EMPLEADOR en la frontera."
    )
    pdf.add_page()
    P(pdf, "ENLACE AGR\u00cdCOLA DEL BAJ\u00cdO, S.C.", 10, "B", align="C", after=0)
    P(
        pdf,
        "Calle Insurgentes 45, Zona Centro, Dolores Hidalgo, Guanajuato, C.P. 37800  \u00b7  Tel. 418 555 0192",
        8,
        align="C",
        after=3,
    )
    H(
        pdf,
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE RECLUTAMIENTO Y COLOCACI\u00d3N",
        11.5,
        align="C",
        after=0.5,
    )
    P(
        pdf,
        "Temporada agr\u00edcola 2026  \u00b7  Programa de visas H-2A (Estados Unidos)",
        9,
        "I",
        align="C",
        after=3,
    )
    P(
        pdf,
        "Convenio que celebran, por una parte, Enlace Agr\u00edcola del Baj\u00edo, S.C., "
        "representada por su administrador, el Lic. Fausto Ledesma Ibarra, a quien en lo "
        "sucesivo se denominar\u00e1 \u00abEL RECLUTADOR\u00bb, y por la otra el C. Rogelio Anaya "
        "C\u00e1rdenas, a quien se denominar\u00e1 \u00abEL TRABAJADOR\u00bb, al tenor de las "
        "siguientes declaraciones y cl\u00e1usulas.",
        9.5,
    )
    H(pdf, "DECLARACIONES", 10, align="C")
    P(
        pdf,
        "I. Declara EL RECLUTADOR que es una sociedad civil con domicilio en el arriba "
        "indicado y que, por encargo de Pine Hollow Produce Co., empresa agr\u00edcola con "
        "domicilio en 1880 Old Wire Road, Faison, Carolina del Norte 28341, Estados Unidos "
        "(en adelante \u00abEL EMPLEADOR\u00bb), integra grupos de trabajadores para la temporada "
        "2026.",
        9.5,
    )
    P(
        pdf,
        "II. Declara EL TRABAJADOR que es mayor de edad, originario de San Diego de la "
        "Uni\u00f3n, Guanajuato, con domicilio conocido en la comunidad de La Sauceda, y que "
        "desea ser considerado para el empleo que se describe a continuaci\u00f3n.",
        9.5,
    )
    H(pdf, "CONDICIONES DEL EMPLEO (seg\u00fan la oferta de EL EMPLEADOR)", 9.5, after=1)
    grid(
        pdf,
        [
            [
                "Puesto",
                "Trabajador agr\u00edcola: cosecha a mano de pepino y camote, llenado y acarreo de cubetas, carga de remolques y deshierbe con azad\u00f3n.",
            ],
            [
                "Lugar de trabajo",
                "Campos de EL EMPLEADOR en los condados de Duplin y Sampson, Carolina del Norte.",
            ],
            ["Periodo", "Del 4 de mayo al 30 de octubre de 2026."],
            [
                "Horario",
                "Lunes a viernes de 7:00 a 16:00 horas, con una hora para comer; s\u00e1bados de 7:00 a 12:00 horas cuando haya cosecha.",
            ],
            [
                "Salario",
                "$16.34 d\u00f3lares por hora, o $0.65 por cubeta de camote cuando el destajo resulte mayor.",
            ],
            ["Pago", "Semanal, cada jueves."],
            ["Vivienda", "Gratuita, en el campamento de EL EMPLEADOR, 1902 Old Wire Road, Faison."],
            [
                "Transporte diario",
                "Gratuito, en autob\u00fas de EL EMPLEADOR, de la vivienda a los campos.",
            ],
            ["Herramientas", "Azadones, cubetas y guantes sin costo para EL TRABAJADOR."],
            [
                "Requisitos",
                "Haber trabajado al menos una temporada en cosecha a mano; buena condici\u00f3n f\u00edsica para cargar cubetas de 30 libras.",
            ],
        ],
        [38, 137.9],
        size=8.8,
        borders="ALL",
        first_fill=(238, 238, 238),
    )
    H(pdf, "CL\u00c1USULAS", 10, align="C")
    P(
        pdf,
        "**PRIMERA. Objeto.** EL RECLUTADOR revisar\u00e1 los documentos de EL TRABAJADOR, "
        "integrar\u00e1 su expediente y lo presentar\u00e1 a EL EMPLEADOR para su selecci\u00f3n en el "
        "grupo que viajar\u00e1 en mayo de 2026.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "**SEGUNDA. Cuota de colocaci\u00f3n.** " + q_fee + " El pago se har\u00e1 en efectivo "
        "en la oficina de EL RECLUTADOR, que entregar\u00e1 el recibo correspondiente.",
        9.5,
        md=True,
    )

    pdf.add_page()
    P(pdf, "**TERCERA. Garant\u00eda.** " + q_bond, 9.5, md=True)
    P(
        pdf,
        "**CUARTA. Documentos.** " + q_doc + " EL TRABAJADOR conservar\u00e1 en su poder su "
        "credencial para votar.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "**QUINTA. Gastos que cubre EL EMPLEADOR.** Los derechos de la visa, el cruce "
        "fronterizo, el autob\u00fas de Monterrey a Faison y los vi\u00e1ticos del camino corren por "
        "cuenta de EL EMPLEADOR. EL TRABAJADOR no pagar\u00e1 nada por esos conceptos.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "**SEXTA. Quejas.** EL TRABAJADOR puede acudir al Consulado de M\u00e9xico en Raleigh, "
        "a la Secretar\u00eda del Trabajo y Previsi\u00f3n Social o al Departamento del Trabajo de "
        "los Estados Unidos; hacerlo no afectar\u00e1 su selecci\u00f3n ni las temporadas futuras.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "**S\u00c9PTIMA. Vigencia.** Este convenio concluye cuando EL TRABAJADOR regrese a "
        "M\u00e9xico al terminar la temporada 2026, o cuando EL EMPLEADOR le comunique que no "
        "fue seleccionado.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "**OCTAVA. Jurisdicci\u00f3n.** Para la interpretaci\u00f3n y cumplimiento de este "
        "convenio las partes se someten a los tribunales de Dolores Hidalgo, Guanajuato, "
        "renunciando a cualquier otro fuero.",
        9.5,
        md=True,
    )
    P(
        pdf,
        "Le\u00eddo que fue el presente convenio y enteradas las partes de su contenido y "
        "alcance, lo firman por duplicado en Dolores Hidalgo, Guanajuato, el 9 de febrero de "
        "2026.",
        9.5,
    )
    pdf.ln(6)
    sig_table(
        pdf,
        [
            (
                "EL RECLUTADOR",
                "Lic. Fausto Ledesma Ibarra\nEnlace Agr\u00edcola del Baj\u00edo, S.C.",
            ),
            ("EL TRABAJADOR", "Rogelio Anaya C\u00e1rdenas\nHuella digital (pulgar derecho)"),
        ],
        fingerprint=True,
    )
    lab = label(
        "bu02.pdf",
        "h2a",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 8500.0, "MXN", q_fee),
            fee("deposit_or_bond", "violation", 2, None, None, q_bond),
            fee("document_retention", "violation", 2, None, None, q_doc),
        ],
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "return_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Enlace Agr\u00edcola del Baj\u00edo, S.C."],
        [
            "visa fee, border crossing, inbound bus and road per diem paid by employer (negated charge)",
            "free housing (h2a)",
            "free daily bus",
            "tools free",
            "worker keeps voter ID card (only passport is retained)",
            "complaints to consulate/STPS/DOL do not affect selection (negated blacklisting)",
            "'le ser\u00e1 devuelto cuando regrese' is the promissory note, not return transport",
        ],
        "recruiter_agreement",
        "Letter; serif legal prose; DECLARACIONES and numbered CL\u00c1USULAS; gridded conditions table; signature blocks with fingerprint box; initials footer",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu03
def bu03():
    """H-2A work contract, bilingual EN/ES interleaved, non-compliant."""
    pdf = Doc(
        "letter",
        ("DejaVu",),
        margins=(17, 14, 17),
        title="Work contract / Contrato de trabajo H-2A 2026",
        author="Big Satilla Onion Company, Inc.",
    )
    pdf.footer_text = "Big Satilla Onion Company, Inc.  -  H-2A 2026  -  {p}/{nb}"
    en_house = (
        "Each worker contributes $22.50 per week toward electricity and water in the "
        "housing, deducted from the weekly paycheck."
    )
    es_house = (
        "Cada trabajador aporta $22.50 por semana para la luz y el agua de la vivienda, "
        "que se descuentan del cheque semanal."
    )
    en_hold = (
        "The Company keeps $1.00 of every hour worked in a season savings fund and pays it "
        "out in one check on the last day of the harvest."
    )
    es_hold = (
        "La Compa\u00f1\u00eda guarda $1.00 de cada hora trabajada en un fondo de ahorro de "
        "temporada y lo entrega en un solo cheque el \u00faltimo d\u00eda de la cosecha."
    )
    en_dmg = (
        "If a worker damages a Company bus or a grading machine through misuse, the repair "
        "cost may be deducted from the worker's pay after written notice."
    )
    es_dmg = (
        "Si un trabajador da\u00f1a un autob\u00fas o una m\u00e1quina clasificadora de la "
        "Compa\u00f1\u00eda por mal uso, el costo de la reparaci\u00f3n podr\u00e1 descontarse de "
        "su pago despu\u00e9s de un aviso por escrito."
    )
    blue = (30, 70, 130)
    grey = (85, 85, 85)

    def cl(num, en_t, es_t, en, es):
        P(pdf, f"{num}. {en_t} / {es_t}", 9.8, "B", color=blue, after=0.6, align="L")
        P(pdf, en, 9, after=0.5)
        P(pdf, es, 9, "I", color=grey, after=2.0)

    pdf.add_page()
    band(
        pdf,
        (30, 70, 130),
        22,
        "WORK CONTRACT  /  CONTRATO DE TRABAJO",
        "H-2A temporary agricultural employment, season 2026  /  Empleo agr\u00edcola temporal H-2A, temporada 2026",
        size=13,
    )
    cl(
        1,
        "Parties",
        "Partes",
        "This contract is between Big Satilla Onion Company, Inc., 310 Tuten Bridge Road, "
        "Glennville, Georgia 30427 (the Company), and the H-2A worker whose name appears on the "
        "signature page.",
        "Este contrato se celebra entre Big Satilla Onion Company, Inc., 310 Tuten Bridge Road, "
        "Glennville, Georgia 30427 (la Compa\u00f1\u00eda), y el trabajador H-2A cuyo nombre aparece "
        "en la hoja de firmas.",
    )
    cl(
        2,
        "Job",
        "Trabajo",
        "Farmworker, onion harvest and packing: clipping tops and roots, lifting onions by hand "
        "into field bags, loading 50-pound sacks onto trailers and grading onions on the packing "
        "line.",
        "Trabajador agr\u00edcola en la cosecha y empaque de cebolla: cortar rabos y ra\u00edces, "
        "levantar cebollas a mano en costales de campo, cargar sacos de 50 libras en los "
        "remolques y clasificar cebolla en la l\u00ednea de empaque.",
    )
    cl(
        3,
        "Place and dates",
        "Lugar y fechas",
        "Company fields in Tattnall and Toombs Counties, Georgia, and the packing shed at 310 "
        "Tuten Bridge Road, from March 30, 2026 to July 10, 2026.",
        "Campos de la Compa\u00f1\u00eda en los condados de Tattnall y Toombs, Georgia, y el "
        "empaque en 310 Tuten Bridge Road, del 30 de marzo de 2026 al 10 de julio de 2026.",
    )
    cl(
        4,
        "Hours",
        "Horario",
        "Eight hours a day, Monday to Saturday, 7:00 a.m. to 3:30 p.m. with a 30-minute lunch.",
        "Ocho horas al d\u00eda, de lunes a s\u00e1bado, de 7:00 a 15:30, con 30 minutos para comer.",
    )
    cl(
        5,
        "Pay",
        "Pago",
        "$14.68 per hour, or $1.25 per 50-pound sack clipped and bagged when that is more. The "
        "Company pays the highest of the AEWR, the prevailing rate and the federal or state minimum "
        "wage, and raises the rate if a higher AEWR takes effect during the contract. Wages are "
        "paid weekly, on Friday.",
        "$14.68 por hora, o $1.25 por saco de 50 libras cortado y embolsado cuando resulte "
        "mayor. La Compa\u00f1\u00eda paga lo m\u00e1s alto entre la AEWR, la tarifa prevaleciente y el "
        "salario m\u00ednimo federal o estatal, y sube la tarifa si durante el contrato entra en "
        "vigor una AEWR mayor. El salario se paga cada semana, el viernes.",
    )
    cl(
        6,
        "Deductions",
        "Descuentos",
        "Federal income tax if the worker asks for it, the utility contribution in clause 8, and "
        "the season savings fund in clause 9.",
        "El impuesto federal sobre la renta si el trabajador lo pide, la aportaci\u00f3n para "
        "servicios de la cl\u00e1usula 8 y el fondo de ahorro de temporada de la cl\u00e1usula 9.",
    )
    cl(
        7,
        "Three-fourths guarantee",
        "Garant\u00eda de tres cuartas partes",
        "The Company guarantees work for at least three-fourths of the workdays of the contract "
        "period, counted in hours, or pays the difference.",
        "La Compa\u00f1\u00eda garantiza trabajo por lo menos en tres cuartas partes de los d\u00edas "
        "laborables del contrato, contado en horas, o paga la diferencia.",
    )
    cl(
        8,
        "Housing and meals",
        "Vivienda y comida",
        "Housing is provided free of rent at the Company camp, 295 Tuten Bridge Road, Glennville, "
        "with a shared kitchen that workers use at no charge. " + en_house,
        "La vivienda se da sin renta en el campamento de la Compa\u00f1\u00eda, 295 Tuten Bridge "
        "Road, Glennville, con una cocina compartida que los trabajadores usan sin costo. "
        + es_house,
    )

    pdf.add_page()
    cl(9, "Season savings fund", "Fondo de ahorro de temporada", en_hold, es_hold)
    cl(
        10,
        "Travel",
        "Viajes",
        "The Company reimburses the bus fare from Monterrey and meals on the road in the first "
        "paycheck, and pays the visa fee directly. Workers who finish the contract receive a paid "
        "bus ticket back to Monterrey. A free Company bus takes workers from the camp to the "
        "fields every workday.",
        "La Compa\u00f1\u00eda reembolsa en el primer cheque el pasaje de autob\u00fas desde Monterrey "
        "y las comidas del camino, y paga directamente la tarifa de la visa. Quien termine el "
        "contrato recibe pagado el boleto de autob\u00fas de regreso a Monterrey. Un autob\u00fas "
        "gratuito de la Compa\u00f1\u00eda lleva a los trabajadores del campamento a los campos cada "
        "d\u00eda de trabajo.",
    )
    cl(
        11,
        "Tools and equipment",
        "Herramientas y equipo",
        "Clippers, field bags, gloves and rain gear are provided at no cost. " + en_dmg,
        "Las tijeras, costales de campo, guantes e impermeables se dan sin costo. " + es_dmg,
    )
    cl(
        12,
        "Workers' compensation",
        "Compensaci\u00f3n laboral",
        "Workers are covered by Georgia workers' compensation insurance paid by the Company.",
        "Los trabajadores est\u00e1n cubiertos por el seguro de compensaci\u00f3n laboral de Georgia, "
        "pagado por la Compa\u00f1\u00eda.",
    )
    cl(
        13,
        "Abandonment and dismissal",
        "Abandono y despido",
        "A worker who misses 5 consecutive workdays without permission has abandoned the job, and "
        "the Company will notify the authorities. A worker may be dismissed for cause, such as "
        "fighting, theft or refusing to follow safety rules.",
        "El trabajador que falte 5 d\u00edas laborables seguidos sin permiso abandona el empleo, y "
        "la Compa\u00f1\u00eda avisar\u00e1 a las autoridades. Se puede despedir por causa justificada, "
        "como pleitos, robo o negarse a seguir las reglas de seguridad.",
    )
    cl(
        14,
        "Requirements",
        "Requisitos",
        "Three months of experience harvesting vegetables by hand; ability to lift 50 pounds.",
        "Tres meses de experiencia en cosecha de hortalizas a mano; poder levantar 50 libras.",
    )
    cl(
        15,
        "No charge for the job",
        "Sin cobro por el empleo",
        "No one may charge workers for this job. The Company hires directly and pays every cost "
        "of recruitment.",
        "Nadie puede cobrar a los trabajadores por este empleo. La Compa\u00f1\u00eda contrata "
        "directamente y paga todos los gastos de reclutamiento.",
    )
    pdf.ln(2)
    sig_table(
        pdf,
        [
            ("Company / Compa\u00f1\u00eda", "Wade Tillman, Farm Manager\nMarch 2, 2026"),
            ("Worker / Trabajador", "Name / Nombre: ________________\nDate / Fecha: __________"),
        ],
    )
    lab = label(
        "bu03.pdf",
        "h2a",
        "en+es",
        False,
        2,
        [
            fee("housing_charge", "violation", 1, 22.5, "USD", en_house, 1),
            fee("housing_charge", "violation", 1, 22.5, "USD", es_house, 1),
            fee("wage_withholding", "violation", 2, 1.0, "USD", en_hold, 2),
            fee("wage_withholding", "violation", 2, 1.0, "USD", es_hold, 2),
            fee("damage_chargeback", "review", 2, None, None, en_dmg, 3),
            fee("damage_chargeback", "review", 2, None, None, es_dmg, 3),
        ],
        ["earnings_statements", "contract_impossibility"],
        [],
        [
            "housing itself is rent-free (the utility contribution is the finding)",
            "free shared kitchen",
            "inbound bus and road meals reimbursed in first paycheck; visa fee paid by employer",
            "paid return bus ticket",
            "free daily bus",
            "tools and rain gear free",
            "no one may charge for the job; employer pays recruitment (negated recruitment fee)",
        ],
        "work_contract",
        "Letter; bilingual interleaved: each numbered clause in English then Spanish in grey italics; header band; signature blocks",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu04
def bu04():
    """H-2A offer letter, Spanish, compliant, direct hire."""
    pdf = Doc(
        "letter",
        ("LSerif", "LSans"),
        margins=(22, 16, 22),
        title="Oferta de empleo H-2A 2026",
        author="Hennessey Bottoms Tobacco & Hay LLC",
    )
    pdf.footer_text = "Hennessey Bottoms Tobacco & Hay LLC  \u00b7  p\u00e1gina {p} de {nb}"
    green = (92, 64, 30)
    pdf.add_page()
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.8)
    P(
        pdf,
        "HENNESSEY BOTTOMS TOBACCO & HAY LLC",
        15,
        "B",
        fam="LSerif",
        color=green,
        align="C",
        after=0,
    )
    P(
        pdf,
        "2145 Elk Lick Road  \u00b7  Cynthiana, Kentucky 41031  \u00b7  (859) 555-0162",
        8.5,
        fam="LSans",
        align="C",
        after=1,
    )
    pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(4)
    P(pdf, "Cynthiana, Kentucky, 20 de enero de 2026", 10, fam="LSerif", align="R")
    P(
        pdf,
        "Sr. Efra\u00edn Toledo Villalobos\nComunidad de Santa Ana, Municipio de Zacapoaxtla\n"
        "Puebla, M\u00e9xico",
        10,
        fam="LSerif",
        align="L",
    )
    P(
        pdf,
        "Asunto: Oferta de empleo agr\u00edcola temporal H-2A, temporada 2026",
        10,
        "B",
        fam="LSerif",
        align="L",
    )
    P(pdf, "Estimado se\u00f1or Toledo:", 10, fam="LSerif")
    P(
        pdf,
        "Con gusto le ofrecemos trabajo en nuestra finca para la temporada 2026. Esta carta "
        "resume las condiciones de la orden de trabajo H-2A certificada por el Departamento de "
        "Trabajo de los Estados Unidos; junto con ella le enviamos una copia completa de la "
        "orden en espa\u00f1ol.",
        10,
        fam="LSerif",
    )
    grid(
        pdf,
        [
            [
                "Empleador",
                "Hennessey Bottoms Tobacco & Hay LLC, 2145 Elk Lick Road, Cynthiana, KY 41031",
            ],
            ["Puesto", "Trabajador agr\u00edcola de tabaco y heno"],
            [
                "Lugar",
                "Fincas del empleador en el condado de Harrison, Kentucky: 2145 Elk Lick Road y 880 Ruddles Mill Road, Cynthiana",
            ],
            ["Fechas", "Del 20 de abril al 15 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana: lunes a viernes de 7:00 a 15:30; s\u00e1bados por la ma\u00f1ana durante el corte, si el clima lo permite",
            ],
            ["Salario", "$16.08 por hora"],
            ["Pago", "Cada viernes (semanal)"],
        ],
        [32, 139.9],
        size=9,
        fam="LSans",
        borders="HORIZONTAL_LINES",
        first_fill=(244, 236, 222),
    )
    H(pdf, "Lo que usted har\u00e1", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Trasplantar pl\u00e1ntulas de tabaco, deshierbar, despuntar (quitar la flor) y deshijar, "
        "cortar las plantas y ensartarlas en estacas, colgarlas en los graneros para el curado, "
        "y empacar y estibar pacas de heno.",
        10,
        fam="LSerif",
    )
    H(pdf, "Requisitos", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Tres meses de experiencia en cualquier cultivo a mano; poder levantar 50 libras y "
        "trabajar en alto dentro del granero con arn\u00e9s. No se requiere saber ingl\u00e9s.",
        10,
        fam="LSerif",
    )
    H(pdf, "Su salario", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Le pagamos la tarifa m\u00e1s alta entre la tarifa de efecto adverso (AEWR), la tarifa "
        "prevaleciente y el salario m\u00ednimo federal o estatal. Para 2026 eso es $16.08 por "
        "hora. Si durante la temporada se publica una tarifa m\u00e1s alta, se la pagamos desde la "
        "fecha en que entre en vigor.",
        10,
        fam="LSerif",
    )
    H(pdf, "Pago y tal\u00f3n de pago", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Le pagamos cada viernes, con cheque o con tarjeta de n\u00f3mina sin costo. Con cada "
        "pago recibe un tal\u00f3n con las horas ofrecidas, las horas trabajadas, la tarifa, el "
        "total ganado y cada descuento.",
        10,
        fam="LSerif",
    )
    H(pdf, "Descuentos", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Solo descontamos: el impuesto federal o estatal sobre la renta, si usted pide por "
        "escrito que se retenga; la pensi\u00f3n alimenticia que ordene un juez; y, si usted lo "
        "autoriza por escrito, el env\u00edo de parte de su sueldo a su familia, sin comisi\u00f3n "
        "de la empresa. No descontamos vivienda, transporte, herramientas ni equipo.",
        10,
        fam="LSerif",
    )

    pdf.add_page()
    H(pdf, "Garant\u00eda de tres cuartas partes", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Le garantizamos trabajo por lo menos en tres cuartas partes de los d\u00edas laborables "
        "de la temporada, contado en horas. Si le ofrecemos menos, le pagamos la diferencia.",
        10,
        fam="LSerif",
    )
    H(pdf, "Vivienda y comida", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Usted vivir\u00e1 sin pagar renta en la casa de trabajadores de 2150 Elk Lick Road, "
        "Cynthiana, inspeccionada por el estado. No se cobran luz, agua ni gas, y no se pide "
        "dep\u00f3sito por camas, cobijas o utensilios. La casa tiene cocina completa, con estufa, "
        "refrigerador y ollas, que usted usa gratis para prepararse sus comidas.",
        10,
        fam="LSerif",
    )
    H(pdf, "Viajes", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Pagamos directamente la tarifa de la visa. El autob\u00fas de Monterrey a Cynthiana y "
        "los vi\u00e1ticos diarios del viaje se le reembolsan en su primer pago. Al terminar la "
        "temporada, o si lo despedimos antes sin causa, le pagamos el regreso a Monterrey con "
        "sus vi\u00e1ticos. Todos los d\u00edas una camioneta gratuita lo lleva de la casa a los "
        "campos y de regreso.",
        10,
        fam="LSerif",
    )
    H(pdf, "Herramientas y equipo", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Le damos gratis los cuchillos de corte, las lanzas de ensartar, guantes de nitrilo e "
        "impermeables que lo protegen de la enfermedad del tabaco verde. No hay dep\u00f3sito por "
        "ellos. La capacitaci\u00f3n de seguridad para trabajar en el granero tambi\u00e9n es "
        "gratuita.",
        10,
        fam="LSerif",
    )
    H(pdf, "Si se lastima", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Est\u00e1 cubierto desde el primer d\u00eda por el seguro de compensaci\u00f3n de "
        "trabajadores (p\u00f3liza KWC-40318 de Bluegrass Farm Mutual), pagado por la empresa.",
        10,
        fam="LSerif",
    )
    H(pdf, "Fin del contrato", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Si usted falta 5 d\u00edas laborables seguidos sin avisar, se considera que abandon\u00f3 "
        "el trabajo y lo notificaremos al gobierno. Podemos despedir por causa justificada, "
        "como robo, violencia o negarse a usar el equipo de seguridad; en esos casos no se "
        "aplica la garant\u00eda ni se paga el regreso.",
        10,
        fam="LSerif",
    )
    H(pdf, "Si el trabajo se vuelve imposible", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Si un incendio, una inundaci\u00f3n, el granizo u otra causa de fuerza mayor destruye "
        "la cosecha y el Departamento de Trabajo lo certifica, le pagamos la garant\u00eda hasta "
        "ese d\u00eda, le pagamos el regreso y tratamos de ubicarlo con otro empleador H-2A.",
        10,
        fam="LSerif",
    )
    H(pdf, "Sin intermediarios", 10.5, fam="LSans", color=green)
    P(
        pdf,
        "Contratamos directamente, sin reclutadores. Nadie est\u00e1 autorizado para cobrarle "
        "por este trabajo ni por apartar su lugar. Su pasaporte es suyo: nadie de la empresa "
        "se lo va a pedir para guardarlo.",
        10,
        fam="LSerif",
    )
    P(pdf, "Atentamente,", 10, fam="LSerif", after=6)
    P(pdf, "Colleen Hennessey Marsh, Gerente", 10, "B", fam="LSerif", after=4)
    pdf.set_draw_color(150, 150, 150)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=2, gap=1.5)
        pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.ln(3)
    P(
        pdf,
        "Acepto esta oferta:  _______________________   Efra\u00edn Toledo Villalobos      "
        "Fecha: ____________",
        9.5,
        fam="LSans",
        align="L",
    )
    lab = label(
        "bu04.pdf",
        "h2a",
        "es",
        False,
        2,
        [],
        [],
        [],
        [
            "free cutting knives, spears, nitrile gloves, rain suits; 'no hay dep\u00f3sito' (negated deposit)",
            "no rent, utilities or bedding deposit (free h2a housing)",
            "free full kitchen",
            "voluntary remittance deduction authorised in writing, no commission",
            "visa fee paid directly; inbound bus and per diem reimbursed in first pay",
            "free barn safety training (not a training charge)",
            "direct hire, nobody may charge to reserve a place (negated recruitment fee)",
            "passport stays with the worker (negated retention)",
            "court-ordered child support is a lawful deduction",
        ],
        "offer_letter",
        "Letter; serif letterhead with rule; horizontal-lines key-facts table; sans headings; dashed acceptance slip",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu05
def bu05():
    """H-2B job order, English, non-compliant (uniforms, exam fee, optional housing, curfew)."""
    pdf = Doc(
        "letter",
        ("DVCond",),
        margins=(18, 15, 18),
        title="H-2B Job Order - Landscaping and Groundskeeping Workers",
        author="Kettle Moraine Golf & Lodge LLC",
    )
    pdf.footer_text = (
        "Kettle Moraine Golf & Lodge LLC - H-2B job order JO-WI-2026-07741 - page {p} of {nb}"
    )
    q_uni = (
        "The required uniform package of three polo shirts, two pairs of work pants and a rain "
        "jacket costs $86.00 and is deducted at $21.50 per paycheck over the first four pay "
        "periods."
    )
    q_house = (
        "Employer housing at the Lakeshore Bunkhouse, W2650 Lakeshore Drive, is available to "
        "workers who want it at $70.00 per week, deducted from each paycheck."
    )
    q_curfew = (
        "Bunkhouse residents must be inside by 10:00 p.m. every night and may not stay away "
        "overnight without written permission from the Grounds Superintendent."
    )
    q_exam = (
        "Workers assigned to turf spraying must pass the Wisconsin commercial pesticide "
        "applicator exam, and the $75 exam and study-manual fee is the worker's "
        "responsibility."
    )
    navy = (20, 45, 90)
    pdf.add_page()
    pdf.set_fill_color(235, 239, 246)
    pdf.rect(18, 14, pdf.w - 36, 20, "F")
    pdf.set_xy(21, 16)
    P(
        pdf,
        "H-2B JOB ORDER  \u00b7  Landscaping and Groundskeeping Workers (SOC 37-3011)",
        12.5,
        "B",
        color=navy,
        align="L",
        after=0.5,
        indent=3,
    )
    P(
        pdf,
        "Kettle Moraine Golf & Lodge LLC  \u00b7  Case no. H-400-26019-552908  \u00b7  Job order "
        "JO-WI-2026-07741",
        9,
        align="L",
        indent=3,
        after=6,
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Kettle Moraine Golf & Lodge LLC, W2710 Lakeshore Drive, Elkhart Lake, Wisconsin 53020",
            ],
            ["Contact", "Dale Vukovich, Grounds Superintendent, (920) 555-0183"],
            ["Openings", "22"],
            ["Period", "April 6, 2026 to October 31, 2026"],
            [
                "Hours",
                "40 per week, Monday to Friday 6:00 a.m. to 2:30 p.m.; weekend rotation as scheduled",
            ],
            ["Wage", "$18.45 per hour"],
            ["Overtime", "$27.68 per hour for hours over 40 in a workweek"],
            ["Pay", "Every other Friday (biweekly), direct deposit or check"],
        ],
        [34, 145.9],
        size=9.5,
        head=["Item", "Terms"],
        head_fill=(205, 215, 232),
    )
    H(pdf, "1. Job duties", 10.5, color=navy)
    P(
        pdf,
        "Mow greens, tees, fairways and roughs with riding and walk-behind mowers; rake "
        "bunkers; change cup positions; trim and edge; aerate, topdress and feed greens under "
        "the superintendent's direction; plant and weed flower beds around the lodge; and, on "
        "weekend rotation, collect range-ball fees from golfers at the starter booth and hand "
        "out ball baskets.",
        9.5,
    )
    H(pdf, "2. Place of employment", 10.5, color=navy)
    P(
        pdf,
        "All work is performed at Kettle Moraine Golf & Lodge, W2710 Lakeshore Drive, Elkhart "
        "Lake, Sheboygan County, Wisconsin.",
        9.5,
    )
    H(pdf, "3. Minimum requirements", 10.5, color=navy)
    P(
        pdf,
        "Three months of experience in landscaping or golf-course maintenance. Workers must be "
        "able to lift 50 pounds and work outdoors in heat and rain. No education or English is "
        "required.",
        9.5,
    )
    H(pdf, "4. Wage, adjustments and overtime", 10.5, color=navy)
    P(
        pdf,
        "The employer pays at least the highest of the prevailing wage for this occupation and "
        "area, the federal minimum wage and the Wisconsin minimum wage. If the prevailing wage "
        "is raised during the season, workers are paid the new rate from its effective date. "
        "Overtime is paid at one and one-half times the regular rate ($27.68) for hours worked "
        "over 40 in a workweek.",
        9.5,
    )

    pdf.add_page()
    H(pdf, "5. Earnings statements", 10.5, color=navy)
    P(
        pdf,
        "Each pay statement lists the hours offered, the hours worked, the rate of pay, gross "
        "and net earnings, and every deduction.",
        9.5,
    )
    H(pdf, "6. Deductions", 10.5, color=navy)
    P(
        pdf,
        "The employer deducts federal and Wisconsin income tax, Social Security and Medicare "
        "(FICA), the uniform package in section 9 and, for workers who choose it, bunkhouse rent "
        "under section 10.",
        9.5,
    )
    H(pdf, "7. Three-fourths guarantee", 10.5, color=navy)
    P(
        pdf,
        "The employer guarantees each worker hours of work equal to at least three-fourths of "
        "the workdays in each 12-week period of the season, and pays the difference if fewer "
        "hours are offered.",
        9.5,
    )
    H(pdf, "8. Travel and visa costs", 10.5, color=navy)
    P(
        pdf,
        "The employer reimburses, in the first workweek, the inbound bus fare and daily "
        "subsistence from the place of recruitment and the visa, visa-processing and "
        "border-crossing fees. Workers who complete the season, or who are dismissed early for "
        "business reasons, receive paid return transportation and subsistence to the place of "
        "recruitment.",
        9.5,
    )
    H(pdf, "9. Tools and uniforms", 10.5, color=navy)
    P(
        pdf,
        "All mowers, trimmers, rakes, hand tools, hearing protection and safety glasses are "
        "furnished free of charge. " + q_uni,
        9.5,
    )
    H(pdf, "10. Housing", 10.5, color=navy)
    P(
        pdf,
        "The employer is not required to provide housing. " + q_house + " Workers may choose "
        "to live elsewhere. " + q_curfew,
        9.5,
    )

    pdf.add_page()
    H(pdf, "11. Certifications", 10.5, color=navy)
    P(pdf, q_exam + " Mower and utility-vehicle training is given on the clock at no cost.", 9.5)
    H(pdf, "12. Recruitment", 10.5, color=navy)
    P(
        pdf,
        "The employer recruits in Mexico through Reclutamiento Laboral Huasteca, S.A. de C.V., "
        "Ciudad Valles, San Luis Potos\u00ed, and pays all of its fees. The employer forbids the "
        "agency, its staff and sub-agents from seeking or receiving any payment from workers, "
        "and no worker pays anything to be hired.",
        9.5,
    )
    H(pdf, "13. Abandonment and termination", 10.5, color=navy)
    P(
        pdf,
        "A worker who fails to report for work for 5 consecutive working days without consent "
        "is considered to have abandoned employment, and the employer will notify the "
        "Department of Labor and the Department of Homeland Security in writing within 2 "
        "business days. Workers may be dismissed for cause, including theft, violence or "
        "operating equipment while impaired, in which case the guarantee and return "
        "transportation do not apply.",
        9.5,
    )
    H(pdf, "14. Worker rights", 10.5, color=navy)
    P(
        pdf,
        "Workers keep their own passports and visas. The employer does not retaliate against "
        "workers who complain or who cooperate with an investigation.",
        9.5,
    )
    pdf.ln(3)
    pdf.set_fill_color(245, 245, 245)
    P(
        pdf,
        "Employer attestation: I attest that this job order states all material terms and "
        "conditions of employment.\nDale Vukovich, Grounds Superintendent  \u00b7  January 20, 2026",
        9,
        "I",
        fill=(245, 245, 245),
        align="L",
    )
    lab = label(
        "bu05.pdf",
        "h2b",
        "en",
        False,
        3,
        [
            fee("equipment_charge", "violation", 2, 86.0, "USD", q_uni),
            fee("housing_charge", "review", 2, 70.0, "USD", q_house),
            fee("movement_restriction", "violation", 2, None, None, q_curfew),
            fee("training_cost", "violation", 3, 75.0, "USD", q_exam),
        ],
        ["contract_impossibility"],
        ["Reclutamiento Laboral Huasteca, S.A. de C.V."],
        [
            "'collect range-ball fees from golfers' is a job duty",
            "'feed greens' is a job word",
            "mowers, hand tools and safety gear free",
            "visa, processing, border and inbound costs reimbursed in first workweek",
            "FICA and income tax are statutory deductions",
            "equipment training on the clock at no cost (not a training charge)",
            "agency paid by employer; no worker pays to be hired (negated recruitment fee)",
            "workers keep passports; no retaliation",
        ],
        "job_order",
        "Letter; condensed font; shaded title box; gridded Item/Terms summary table; numbered sections across 3 pages; attestation box",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu06
def bu06():
    """H-2B work contract, Spanish, compliant, employer-paid agency."""
    pdf = Doc(
        "letter",
        ("Noto",),
        margins=(18, 15, 18),
        title="Contrato de trabajo temporal H-2B - temporada de jaiba 2026",
        author="Bloodsworth Bay Crab Company, Inc.",
    )
    pdf.footer_text = (
        "Bloodsworth Bay Crab Company, Inc. \u2014 Contrato H-2B 2026 \u2014 p\u00e1g. {p}/{nb}"
    )
    teal = (0, 96, 110)
    pdf.add_page()
    band(
        pdf,
        teal,
        23,
        "CONTRATO DE TRABAJO TEMPORAL H-2B \u2014 TEMPORADA DE JAIBA 2026",
        "Bloodsworth Bay Crab Company, Inc.  \u00b7  2417 Hoopersville Road, Fishing Creek, Maryland 21634  \u00b7  (410) 555-0129",
        size=12.5,
    )
    grid(
        pdf,
        [
            ["Trabajadora", "Mar\u00eda Fernanda Guerrero Lucio"],
            [
                "Empleador",
                "Bloodsworth Bay Crab Company, Inc., 2417 Hoopersville Road, Fishing Creek, Maryland 21634",
            ],
            ["Puesto", "Procesadora de mariscos (peladora de jaiba)"],
            [
                "Lugar",
                "Planta de la empresa: 2417 Hoopersville Road, Fishing Creek, condado de Dorchester, Maryland",
            ],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana: de lunes a viernes, de 5:00 a 13:30, con media hora de descanso",
            ],
            ["Salario", "$17.40 por hora"],
            ["Horas extra", "$26.10 por hora despu\u00e9s de 40 horas en la semana"],
            ["Pago", "Semanal, cada viernes"],
        ],
        [32, 147.9],
        size=8.8,
        head_fill=(200, 228, 232),
        first_fill=(224, 240, 242),
    )

    def cl(n, title, text):
        P(pdf, f"**{n}. {title}.** {text}", 9.2, md=True, after=1.8)

    cl(
        1,
        "Trabajo",
        "Separar la carne de la jaiba cocida con cuchillo, empacarla en envases de una "
        "libra seg\u00fan el tipo (jumbo, lump y claw), pesarla y etiquetarla; limpiar las mesas, la "
        "c\u00e1mara fr\u00eda y el cuarto de vapor al final del turno.",
    )
    cl(
        2,
        "Requisitos",
        "Tres meses de experiencia en procesamiento de mariscos o de alimentos. No "
        "se requiere ingl\u00e9s ni estudios.",
    )
    cl(
        3,
        "Salario y ajustes",
        "La empresa paga por lo menos el m\u00e1s alto entre el salario "
        "prevaleciente fijado por el Departamento de Trabajo, el salario m\u00ednimo federal y el de "
        "Maryland. Si el salario prevaleciente sube durante la temporada, se le paga el nuevo "
        "salario desde que entre en vigor. Las horas extra se pagan a tiempo y medio ($26.10).",
    )
    cl(
        4,
        "Pago y tal\u00f3n",
        "Cada viernes, con dep\u00f3sito directo o cheque. Usted recibe un "
        "tal\u00f3n con las horas ofrecidas, las horas trabajadas, la tarifa, el total y cada "
        "descuento.",
    )
    cl(
        5,
        "Descuentos",
        "Solo los que exige la ley: impuesto sobre la renta federal y de "
        "Maryland, y Seguro Social y Medicare (FICA). Cualquier otro descuento necesita su "
        "autorizaci\u00f3n por escrito y debe ser para su propio beneficio, como un env\u00edo de "
        "dinero a su familia.",
    )
    cl(
        6,
        "Garant\u00eda de tres cuartas partes",
        "Le garantizamos horas de trabajo por lo menos "
        "iguales a tres cuartas partes de los d\u00edas laborables de cada periodo de 12 semanas. Si "
        "la pesca es escasa y le ofrecemos menos, le pagamos la diferencia.",
    )
    cl(
        7,
        "Viaje y visa",
        "La empresa paga directamente la tarifa de la visa y le reembolsa en "
        "la primera semana de trabajo el cruce fronterizo, el autob\u00fas desde Ciudad Victoria y "
        "los vi\u00e1ticos diarios del viaje. Al terminar la temporada, o si la despedimos antes por "
        "falta de trabajo, le pagamos el regreso a Ciudad Victoria con vi\u00e1ticos.",
    )

    pdf.add_page()
    cl(
        8,
        "Vivienda",
        "La empresa ofrece alojamiento sin costo en la casa de 2421 Hoopersville "
        "Road, a pie de la planta. No se cobra renta, luz, agua ni internet, y no se pide "
        "dep\u00f3sito.",
    )
    cl(
        9,
        "Herramientas y equipo",
        "Cuchillos, mandiles, guantes, botas de hule y redes para el "
        "cabello se le entregan gratis y se reponen sin costo cuando se gastan.",
    )
    cl(
        10,
        "Bono de temporada",
        "Adem\u00e1s de su salario completo, que se le paga cada semana, "
        "quien termine la temporada recibe un bono de $300. El bono nunca se descuenta ni se "
        "retiene de su pago semanal.",
    )
    cl(
        11,
        "Terminaci\u00f3n",
        "Si usted falta 5 d\u00edas laborables seguidos sin permiso, se "
        "considera abandono del trabajo y la empresa lo avisar\u00e1 al Departamento de Trabajo y "
        "al Departamento de Seguridad Nacional en dos d\u00edas h\u00e1biles. La empresa puede "
        "despedir por causa justificada (robo, violencia o faltas graves a la higiene); en ese "
        "caso no aplica la garant\u00eda ni se paga el regreso.",
    )
    cl(
        12,
        "Si el trabajo se vuelve imposible",
        "Si un hurac\u00e1n, un incendio en la planta o un "
        "cierre de la pesquer\u00eda ordenado por el estado de Maryland hace imposible el trabajo, la "
        "empresa le paga la garant\u00eda hasta esa fecha y su regreso, o le ofrece otro trabajo.",
    )
    cl(
        13,
        "Reclutamiento",
        "La empresa recluta por medio de Contrataciones Costa Esmeralda, "
        "S.C., Calle Hidalgo 230, Ciudad Victoria, Tamaulipas, y le paga todos sus honorarios. "
        "Est\u00e1 prohibido que la agencia o cualquier otra persona le cobre a usted cuota, "
        "dep\u00f3sito o regalo por este empleo.",
    )
    pdf.ln(1)
    H(pdf, "SUS DERECHOS", 10, color=teal)
    left = (
        "\u2022 Usted guarda su pasaporte y su visa.\n\u2022 Puede quejarse sin represalias.\n"
        "\u2022 Recibe este contrato en espa\u00f1ol."
    )
    right = (
        "\u2022 Puede salir de la vivienda cuando quiera.\n\u2022 Caf\u00e9 y agua gratis en la "
        "sala de descanso.\n\u2022 Puede llamar al Consulado de M\u00e9xico."
    )
    y = pdf.get_y()
    colw = (pdf.w - 36) / 2 - 3
    pdf.set_font("Noto", "", 8.8)
    pdf.set_fill_color(240, 247, 248)
    pdf.set_xy(18, y)
    pdf.multi_cell(colw, 4.6, left, fill=True, align="L", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(18 + colw + 6, y)
    pdf.multi_cell(colw, 4.6, right, fill=True, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    P(pdf, "Firmado en Ciudad Victoria, Tamaulipas, el 16 de febrero de 2026.", 9.2)
    sig_table(
        pdf,
        [
            ("Por la empresa", "Thomas Lankford, Presidente"),
            ("La trabajadora", "Mar\u00eda Fernanda Guerrero Lucio"),
        ],
    )
    lab = label(
        "bu06.pdf",
        "h2b",
        "es",
        False,
        2,
        [],
        [],
        ["Contrataciones Costa Esmeralda, S.C."],
        [
            "agency fees paid by employer; nobody may charge a fee, deposit or gift (negated recruitment fee)",
            "visa fee paid by employer; border crossing, bus and per diem reimbursed first week",
            "free housing, no rent/utilities/deposit",
            "knives, aprons, gloves, boots free",
            "end-of-season bonus paid on top of full weekly wages (not wage withholding)",
            "FICA and income tax are statutory deductions",
            "free to leave housing (negated movement restriction)",
            "'caf\u00e9' contains 'fee'; free coffee",
            "worker keeps passport",
        ],
        "work_contract",
        "Letter; teal header band; gridded summary table; bold-numbered clauses; two shaded side-by-side rights boxes; signature lines",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu07
def bu07():
    """H-2B offer letter, English, one page, non-compliant (processing charge by deduction)."""
    pdf = Doc(
        "letter",
        ("LSans",),
        margins=(26, 14, 20),
        title="H-2B offer of employment",
        author="Coldwater Reforestation Inc.",
    )
    q_fee = (
        "An administrative file-processing charge of $360.00 will be recovered through three "
        "equal payroll deductions of $120.00 from your first three paychecks."
    )
    q_pass = "You are responsible for the cost of obtaining or renewing your passport."
    green = (34, 102, 60)
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(14, 10, 4, pdf.h - 20, "F")
    P(pdf, "COLDWATER REFORESTATION INC.", 14, "B", color=green, align="L", after=0)
    P(
        pdf,
        "455 Industrial Way, Sweet Home, Oregon 97386  |  (541) 555-0176",
        8.5,
        align="L",
        after=4,
    )
    P(pdf, "January 28, 2026", 9.5, align="L")
    P(
        pdf,
        "Mr. Osvaldo Pineda Ch\u00e1vez\nCalle Morelos 17, Nuevo San Juan Parangaricutiro\n"
        "Michoac\u00e1n, Mexico",
        9.5,
        align="L",
    )
    P(pdf, "Re: H-2B offer of employment - Forest Worker (Tree Planter)", 9.5, "B", align="L")
    P(
        pdf,
        "Dear Mr. Pineda: your application was received through our recruiting partner, "
        "Agencia de Empleo Temporal Tres R\u00edos, in Uruapan, Michoac\u00e1n. We are pleased to "
        "offer you seasonal work on the terms below.",
        9.5,
    )
    rows = [
        (
            "Position",
            "Forest Worker: plant conifer seedlings by hand with a hoedad or shovel on "
            "clear-cut units, carry seedling bags of up to 40 pounds, and pile slash.",
        ),
        (
            "Work sites",
            "Reforestation units on private and federal timberland in Linn, Lane and "
            "Douglas Counties, Oregon, as assigned by the crew foreman.",
        ),
        ("Period", "February 9, 2026 to June 19, 2026."),
        (
            "Hours",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.; Saturdays only "
            "to make up days lost to weather.",
        ),
        ("Wage", "$23.81 per hour."),
        ("Overtime", "$35.72 per hour for hours over 40 in a workweek."),
        ("Pay", "Every two weeks, by check."),
        (
            "Requirements",
            "At least 18 years old and able to plant on slopes of up to 60 percent "
            "in rain and snow; planting experience preferred but not required.",
        ),
        (
            "Travel and visa",
            "Visa and border-crossing fees, and your bus fare from Uruapan to "
            "Sweet Home with daily subsistence, are reimbursed in your first "
            "workweek. If you complete the season, your return fare to Uruapan "
            "is paid.",
        ),
        ("Tools", "Hoedads, planting bags, hard hats and rain gear are provided free."),
        (
            "Deductions",
            "Federal and Oregon income tax, FICA, the Oregon statewide transit tax, "
            "and the administrative charge described below.",
        ),
    ]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("LSans", "B", 9.3)
        pdf.set_xy(26, y)
        pdf.cell(33, 4.5, k)
        pdf.set_font("LSans", "", 9.3)
        pdf.set_xy(59, y)
        pdf.multi_cell(0, 4.5, v, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1)
    P(pdf, q_fee + " " + q_pass + " Please bring a valid passport to your consular interview.", 9.5)
    P(pdf, "Please sign below and return a copy to the agency before February 3, 2026.", 9.5)
    P(pdf, "Sincerely,", 9.5, after=5)
    P(pdf, "Travis Okonkwo-Hale, Operations Manager", 9.5, "B", after=5)
    P(pdf, "Accepted: ______________________________     Date: ______________", 9.5, align="L")
    P(
        pdf,
        "Coldwater Reforestation Inc. is an equal opportunity employer. This letter summarizes "
        "the H-2B job order; the job order controls if there is a conflict.",
        7.5,
        "I",
        color=(100, 100, 100),
    )
    lab = label(
        "bu07.pdf",
        "h2b",
        "en",
        False,
        1,
        [
            fee("recruitment_fee", "violation", 1, 360.0, "USD", q_fee),
            fee("visa_cost", "review", 1, None, None, q_pass),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Agencia de Empleo Temporal Tres R\u00edos"],
        [
            "visa and border-crossing fees reimbursed in first workweek",
            "inbound bus and subsistence reimbursed; return fare paid",
            "tools and rain gear free",
            "FICA, income tax and Oregon transit tax are statutory deductions",
            "'bring a valid passport to your interview' is not a charge (passport cost line is the finding)",
        ],
        "offer_letter",
        "one page Letter; green left rule; bold-label definition list; signature lines; small-print footer",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu08
def scan_page_image(seed):
    W, H = 1275, 1650  # Letter at 150 dpi
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 25)
    f_b = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 27)
    f_s = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 21)
    x0, maxw = 120, W - 240
    y = 130

    def wrap(text, font):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(text, font, gap=14, center=False):
        nonlocal y
        for ln in wrap(text, font):
            if center:
                tw = d.textlength(ln, font=font)
                d.text(((W - tw) / 2, y), ln, fill=20, font=font)
            else:
                d.text((x0, y), ln, fill=25, font=font)
            y += font.size + 9
        y += gap

    para("ANEXO A \u2014 DECLARACI\u00d3N DE CONFORMIDAD Y FIRMAS", f_b, 30, center=True)
    para(
        "1. LA TRABAJADORA declara que ley\u00f3 este acuerdo, o que se lo leyeron en voz alta, "
        "que entiende su contenido y que recibi\u00f3 una copia firmada.",
        f_reg,
    )
    para(
        "2. LA RECLUTADORA declara que el empleador le paga sus servicios y que no cobra a LA "
        "TRABAJADORA por la cita en el consulado.",
        f_reg,
    )
    para("3. Ambas partes firman al margen de cada hoja en se\u00f1al de conformidad.", f_reg, 40)
    para("Los Mochis, Sinaloa, a 12 de enero de 2026.", f_reg, 90)
    # signature lines
    for i, (role, name) in enumerate(
        [
            ("LA RECLUTADORA", "Lic. H\u00e9ctor Manuel Zazueta Leyva, Gerente"),
            ("LA TRABAJADORA", "Marisela Ibarra Quintero"),
        ]
    ):
        xx = x0 + i * 540
        d.line((xx, y + 60, xx + 470, y + 60), fill=40, width=2)
        d.text((xx, y + 70), role, fill=25, font=f_b)
        d.text((xx, y + 105), name, fill=25, font=f_s)
    # handwritten-ish scribbles
    rng = random.Random(seed)
    for i in range(2):
        xx = x0 + i * 540 + 40
        pts = [(xx + k * 12, y + 40 + rng.randint(-14, 14)) for k in range(28)]
        d.line(pts, fill=55, width=3)
    y += 200
    d.rectangle((x0 + 540, y, x0 + 540 + 170, y + 200), outline=40, width=2)
    d.text((x0 + 540, y + 210), "Huella digital", fill=25, font=f_s)
    d.ellipse((x0 + 575, y + 45, x0 + 675, y + 165), fill=120)
    d.line((x0, y + 120, x0 + 470, y + 120), fill=40, width=2)
    d.text((x0, y + 130), "TESTIGO", fill=25, font=f_b)
    d.text((x0, y + 165), "Ramona Leyva Gast\u00e9lum", fill=25, font=f_s)
    # rubber stamp
    d.ellipse((W - 420, 1280, W - 170, 1530), outline=90, width=5)
    d.text((W - 395, 1385), "SOL DE SINALOA", fill=90, font=f_s)
    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.asarray(img).astype(np.float32)
    rs = np.random.RandomState(seed)
    arr += rs.normal(0, 7.0, arr.shape)
    shade = np.linspace(0, 14, W, dtype=np.float32)[None, :]
    arr -= shade
    specks = rs.rand(*arr.shape) < 0.0007
    arr[specks] = 60
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "L")


def bu08():
    """H-2B recruiter agreement, Spanish; page 2 is an image-only scan; non-compliant."""
    pdf = Doc(
        "letter",
        ("DejaVu",),
        margins=(18, 14, 18),
        title="Acuerdo de reclutamiento y apoyo econ\u00f3mico",
        author="Grupo Reclutador Sol de Sinaloa",
    )
    pdf.set_image_filter("DCTDecode")
    pdf.footer_text = "GRSS  \u00b7  Acuerdo 2026-LM-0093  \u00b7  hoja {p} de {nb}"
    q_debt = (
        "LA RECLUTADORA prestar\u00e1 a LA TRABAJADORA $12,000.00 (doce mil pesos) para sus "
        "gastos mientras espera la visa en Monterrey, cantidad que se cobrar\u00e1 con "
        "descuentos semanales de su salario en Luisiana m\u00e1s un inter\u00e9s del 5 % "
        "mensual."
    )
    q_pen = (
        "Si LA TRABAJADORA abandona el empleo antes de terminar la temporada, pagar\u00e1 a LA "
        "RECLUTADORA una pena convencional de 15 000 pesos y el saldo del pr\u00e9stamo ser\u00e1 "
        "exigible de inmediato."
    )
    q_black = (
        "Las trabajadoras que presenten quejas ante autoridades mexicanas o estadounidenses "
        "sin consultar antes a LA RECLUTADORA no ser\u00e1n consideradas para las temporadas "
        "siguientes."
    )
    pdf.add_page()
    P(
        pdf,
        "GRUPO RECLUTADOR SOL DE SINALOA, S.A. DE C.V.",
        12,
        "B",
        align="C",
        after=0,
        color=(160, 60, 0),
    )
    P(
        pdf,
        "Blvd. Rosendo G. Castro 1120, Los Mochis, Sinaloa  \u00b7  RFC GRS190311KT4",
        8,
        align="C",
        after=3,
    )
    H(pdf, "ACUERDO DE RECLUTAMIENTO Y APOYO ECON\u00d3MICO", 11.5, align="C", after=2)
    P(
        pdf,
        "En Los Mochis, Sinaloa, a 12 de enero de 2026, comparecen Grupo Reclutador Sol de "
        "Sinaloa, S.A. de C.V. (\u00abLA RECLUTADORA\u00bb) y la se\u00f1ora Marisela Ibarra Quintero "
        "(\u00abLA TRABAJADORA\u00bb), quienes acuerdan lo siguiente.",
        9.2,
    )
    grid(
        pdf,
        [
            [
                "Empleador",
                "Atchafalaya Crawfish Processors, LLC, 1290 Bayou Benoit Levee Road, Henderson, Luisiana 70517, EE. UU.",
            ],
            [
                "Puesto",
                "Peladora de langostino (crawfish): pelar colas cocidas, separar la grasa, empacar en bolsas de una libra y limpiar mesas.",
            ],
            ["Lugar", "Planta del empleador en Henderson, parroquia de St. Martin, Luisiana."],
            ["Periodo", "Del 2 de febrero al 15 de junio de 2026."],
            ["Horario", "Seg\u00fan la pesca del d\u00eda y las necesidades de la planta."],
            ["Salario", "$15.24 por hora, o $2.10 por libra de cola pelada si resulta mayor."],
            ["Horas extra", "$22.86 por hora despu\u00e9s de 40 horas por semana."],
            ["Pago", "Semanal, cada viernes."],
            [
                "Descuentos",
                "Impuestos federales y los abonos del pr\u00e9stamo de la cl\u00e1usula TERCERA.",
            ],
            ["Requisitos", "Experiencia previa como peladora de mariscos."],
            [
                "Viaje y visa",
                "El empleador paga el autob\u00fas de Los Mochis a Henderson con vi\u00e1ticos, y reembolsa la visa y el cruce fronterizo en la primera semana.",
            ],
        ],
        [30, 149.9],
        size=8.6,
        head=["Concepto", "Datos del empleo"],
        head_fill=(250, 228, 205),
    )
    P(
        pdf,
        "**PRIMERA.** LA RECLUTADORA presentar\u00e1 la solicitud de LA TRABAJADORA al "
        "empleador y la acompa\u00f1ar\u00e1 a su cita en el Consulado General de los Estados "
        "Unidos en Monterrey.",
        9.2,
        md=True,
    )
    P(
        pdf,
        "**SEGUNDA.** El empleador paga a LA RECLUTADORA por sus servicios; LA TRABAJADORA no "
        "paga cuota de reclutamiento.",
        9.2,
        md=True,
    )
    P(pdf, "**TERCERA. Apoyo econ\u00f3mico.** " + q_debt, 9.2, md=True)
    P(pdf, "**CUARTA. Permanencia.** " + q_pen, 9.2, md=True)
    P(pdf, "**QUINTA. Conducta.** " + q_black, 9.2, md=True)
    P(
        pdf,
        "**SEXTA. Documentos.** LA TRABAJADORA conserva en todo momento su pasaporte y su visa.",
        9.2,
        md=True,
    )
    P(pdf, "Contin\u00faa en el Anexo A (declaraci\u00f3n y firmas).", 8.5, "I")
    pdf.add_page()
    pdf.footer_text = None
    pdf.image(scan_page_image(808), x=0, y=0, w=pdf.w, h=pdf.h)
    lab = label(
        "bu08.pdf",
        "h2b",
        "es",
        True,
        2,
        [
            fee("debt_bondage", "violation", 1, 12000.0, "MXN", q_debt),
            fee("breach_penalty", "violation", 1, 15000.0, "MXN", q_pen),
            fee("blacklisting_threat", "violation", 1, None, None, q_black),
        ],
        [
            "hours_of_work",
            "wage_adjustment",
            "three_fourths_guarantee",
            "return_transportation",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Grupo Reclutador Sol de Sinaloa, S.A. de C.V."],
        [
            "employer pays the recruiter; 'no paga cuota de reclutamiento' (negated recruitment fee)",
            "inbound bus and per diem paid; visa and border crossing reimbursed first week",
            "worker keeps passport and visa (negated retention)",
            "'Horario: seg\u00fan la pesca del d\u00eda' has no concrete value (hours missing)",
            "scanned page 2 holds only declarations, signatures and a negated consulate charge",
        ],
        "recruiter_agreement",
        "Letter; centered letterhead; gridded job-data table; bold-numbered clauses; page 2 SCANNED image-only (declaration, signatures, fingerprint box, stamp)",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu09
def bu09():
    """Generic (Canada TFWP), English, compliant."""
    pdf = Doc(
        "A4",
        ("DVSerif", "DejaVu"),
        margins=(20, 16, 20),
        title="Employment contract - Temporary Foreign Worker Program",
        author="Miramichi Bay Seafoods Ltd.",
    )
    pdf.footer_text = (
        "Miramichi Bay Seafoods Ltd. - TFWP employment contract - LMIA 10483327 - Page {p} of {nb}"
    )
    pdf.add_page()
    P(pdf, "EMPLOYMENT CONTRACT", 14, "B", fam="DVSerif", align="C", after=0)
    P(
        pdf,
        "Temporary Foreign Worker Program (Low-Wage Stream)  \u00b7  LMIA file no. 10483327",
        9,
        "I",
        fam="DVSerif",
        align="C",
        after=4,
    )
    grid(
        pdf,
        [
            [
                "Employer",
                "Miramichi Bay Seafoods Ltd., 88 Water Street, Neguac, New Brunswick E9G 1T4, Canada",
            ],
            [
                "Employee",
                "Charmaine Dela Cruz Villanueva, born 14 March 1994, Barangay Tabuc Suba, Jaro, Iloilo City, Philippines",
            ],
            ["Occupation", "Fish and Seafood Plant Worker (NOC 95106)"],
        ],
        [30, 140],
        size=9,
        fam="DejaVu",
        first_fill=(236, 236, 236),
    )

    def cl(n, title, text):
        P(pdf, f"{n}. {title}", 10, "B", fam="DejaVu", align="L", after=0.6)
        P(pdf, text, 9.6, fam="DVSerif", after=2)

    cl(
        1,
        "Position and duties",
        "1.1 The Employee is hired as a Fish and Seafood Plant Worker. "
        "1.2 Duties: grading, trimming and packing lobster and snow crab sections, operating the "
        "brine and freezing lines, weighing and labelling boxes, and cleaning equipment at the end "
        "of each shift.",
    )
    cl(
        2,
        "Place of work",
        "The Employer's processing plant at 88 Water Street, Neguac, New "
        "Brunswick. The Employee will not be assigned to any other employer or location.",
    )
    cl(
        3,
        "Term",
        "Employment begins on the Employee's arrival, expected on 6 April 2026, and ends "
        "on 5 April 2028 (24 months).",
    )
    cl(
        4,
        "Hours of work",
        "40 hours a week, normally 7:00 a.m. to 3:30 p.m., Monday to Friday. "
        "Overtime after 44 hours a week is paid at one and one-half times the regular rate, as "
        "required by the New Brunswick Employment Standards Act.",
    )
    cl(
        5,
        "Wages",
        "CAD 18.25 per hour, reviewed each 1 April and never lower than the wage "
        "stated in the LMIA or the New Brunswick minimum wage.",
    )
    cl(
        6,
        "Pay",
        "Every second Thursday (biweekly) by direct deposit, with a pay statement "
        "showing hours, rate, gross pay and each deduction.",
    )

    pdf.add_page()
    cl(7, "Deductions", "Only the deductions listed below are made from the Employee's pay:")
    grid(
        pdf,
        [
            ["Income tax", "Income Tax Act (Canada)"],
            ["Canada Pension Plan contributions", "Canada Pension Plan (statutory)"],
            ["Employment Insurance premiums", "Employment Insurance Act (statutory)"],
            ["Union dues", "Only if the Employee joins the union and signs an authorisation"],
        ],
        [65, 105],
        size=9,
        fam="DejaVu",
        head=["Deduction", "Basis"],
        head_fill=(220, 220, 220),
        bold_first=False,
    )
    P(
        pdf,
        "No other amount will be deducted. The Employer will not deduct or recover any "
        "recruitment cost, the LMIA fee, airfare, housing or health-insurance premiums from the "
        "Employee.",
        9.6,
        fam="DVSerif",
    )
    cl(
        8,
        "Travel",
        "The Employer pays the Employee's airfare from Iloilo to Moncton at the start "
        "of employment and from Moncton to Iloilo at the end of the contract, or earlier if the "
        "Employer ends the contract, and no part of it is recovered from the Employee.",
    )
    cl(
        9,
        "Accommodation",
        "The Employer provides furnished accommodation at 14 Harbour Lane, "
        "Neguac, at no cost to the Employee for the full term, including heat, electricity and "
        "water.",
    )
    cl(
        10,
        "Health and safety",
        "Until the Employee is covered by New Brunswick Medicare, the "
        "Employer pays the full premium of a private health insurance plan. The Employer registers "
        "the Employee with WorkSafeNB and pays the full assessment. Rubber boots, aprons, gloves "
        "and hearing protection are supplied free.",
    )
    cl(
        11,
        "Recruitment costs",
        "The Employer has paid the LMIA processing fee of CAD 1,000 and "
        "all fees of its recruiters, Maple Crossing Workforce Solutions Inc. (Moncton, New "
        "Brunswick) and Bright Horizons Iloilo Manpower Services, Inc. (Iloilo City). No fee, "
        "deposit or cost related to recruitment has been or will be charged to the Employee by the "
        "Employer, the recruiters or any person acting for them.",
    )
    cl(
        12,
        "Documents and mobility",
        "The Employee keeps her passport, work permit and all "
        "personal documents. The Employee may change employers after obtaining a new work permit, "
        "and no penalty or fee applies if she does so.",
    )

    pdf.add_page()
    cl(
        13,
        "Termination",
        "13.1 Either party may end this contract by giving two weeks' written "
        "notice; the Employer may instead pay two weeks' wages in lieu of notice. 13.2 The "
        "Employer may dismiss the Employee without notice only for just cause, such as theft or "
        "violence, after giving her an opportunity to respond. 13.3 If the Employer ends the "
        "contract early for any reason other than just cause, it pays the return airfare.",
    )
    cl(
        14,
        "Language",
        "This contract is given to the Employee in English and Filipino; she "
        "confirms that she has read and understood it.",
    )
    cl(
        15,
        "Governing law",
        "This contract is governed by the laws of New Brunswick and the federal laws of Canada.",
    )
    pdf.ln(4)
    sig_table(
        pdf,
        [
            ("For the Employer", "Genevi\u00e8ve Arsenault, Plant Manager\n2 February 2026"),
            ("Employee", "Charmaine Dela Cruz Villanueva\nDate: ______________"),
        ],
        fam="DejaVu",
    )
    pdf.ln(6)
    P(
        pdf,
        "Witness: ____________________________  (name and signature)",
        9,
        fam="DejaVu",
        align="L",
    )
    lab = label(
        "bu09.pdf",
        "generic",
        "en",
        False,
        3,
        [],
        [],
        [
            "Maple Crossing Workforce Solutions Inc.",
            "Bright Horizons Iloilo Manpower Services, Inc.",
        ],
        [
            "CPP contributions and EI premiums are statutory (not insurance_cost)",
            "private health insurance premium paid by employer",
            "LMIA fee CAD 1,000 and recruiter fees paid by employer; no fee charged (negated recruitment fee)",
            "round-trip airfare paid, nothing recovered",
            "free accommodation with utilities",
            "protective gear free",
            "worker keeps passport; may change employer without penalty (negated movement restriction)",
            "'two weeks' wages in lieu of notice' is paid by the employer, not a penalty",
            "union dues only with written authorisation",
        ],
        "work_contract",
        "A4; serif body with sans clause headings; parties table; numbered clauses with sub-clauses; gridded deductions table; signature columns and witness line",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu10
def bu10():
    """Generic (Honduras -> Spain), Spanish, conditions sheet + receipt, non-compliant."""
    pdf = Doc(
        "letter",
        ("LSans", "LSerif"),
        margins=(18, 14, 18),
        title="Hoja de condiciones y recibo - campa\u00f1a de fresa 2026",
        author="Gestiones Migratorias Cop\u00e1n",
    )
    q_med = (
        "El examen m\u00e9dico en la Cl\u00ednica San Lucas de Santa Rosa de Cop\u00e1n, exigido por "
        "la empresa, tiene un costo de L 2,300 que paga la aspirante."
    )
    q_trav = (
        "La empresa adelanta el boleto a\u00e9reo San Pedro Sula\u2013Madrid y la trabajadora "
        "devolver\u00e1 la mitad, unos 14 000 lempiras, mediante descuento en sus n\u00f3minas de "
        "marzo y abril."
    )
    q_fee = (
        "Recib\u00ed de la se\u00f1ora Yessenia Marl\u00e9n C\u00e1lix Portillo la cantidad de L 15,000.00 "
        "(quince mil lempiras exactos) por concepto de gesti\u00f3n y apertura de expediente para "
        "la campa\u00f1a de fresa 2026."
    )
    red = (150, 20, 40)
    pdf.add_page()
    P(
        pdf,
        "GESTIONES MIGRATORIAS COP\u00c1N, S. de R.L.",
        13,
        "B",
        fam="LSans",
        color=red,
        align="L",
        after=0,
    )
    P(
        pdf,
        "Barrio El Centro, 3.\u00aa calle, Santa Rosa de Cop\u00e1n, Honduras  \u00b7  Tel. +504 2662-5518",
        8.5,
        fam="LSans",
        align="L",
        after=3,
    )
    P(
        pdf,
        "HOJA DE CONDICIONES \u2014 CAMPA\u00d1A DE FRUTOS ROJOS 2026 (HUELVA, ESPA\u00d1A)",
        11.5,
        "B",
        fam="LSans",
        align="L",
        fill=(245, 230, 232),
        after=3,
    )
    P(
        pdf,
        "Documento preparado por Gestiones Migratorias Cop\u00e1n, S. de R.L., agencia de "
        "reclutamiento, para la empresa contratante que se indica abajo.",
        9,
        "I",
        fam="LSerif",
        align="L",
    )
    P(
        pdf,
        "Aspirante: Yessenia Marl\u00e9n C\u00e1lix Portillo  \u00b7  DNI 0401-1996-01187",
        10,
        "B",
        fam="LSerif",
        align="L",
    )
    grid(
        pdf,
        [
            [
                "Empresa contratante",
                "Agr\u00edcola Marismas del Tinto, S.C.A., Carretera A-494, km 12, 21800 Moguer (Huelva), Espa\u00f1a",
            ],
            [
                "Puesto",
                "Pe\u00f3n agr\u00edcola: recolecci\u00f3n de fresa y ar\u00e1ndano, selecci\u00f3n en el campo, limpieza de t\u00faneles y retirada de pl\u00e1stico",
            ],
            ["Lugar", "Fincas de la empresa en Moguer y Lucena del Puerto (Huelva)"],
            ["Periodo", "Del 15 de febrero al 15 de junio de 2026"],
            [
                "Jornada",
                "6 horas y 30 minutos diarios, de lunes a s\u00e1bado (39 horas semanales)",
            ],
            [
                "Salario",
                "60,40 euros por jornada trabajada, seg\u00fan el convenio del campo de Huelva",
            ],
            ["Pago", "Mensual, por transferencia bancaria, antes del d\u00eda 5 del mes siguiente"],
            [
                "Descuentos",
                "Cotizaci\u00f3n de la trabajadora a la Seguridad Social y retenci\u00f3n del IRPF",
            ],
            ["Alojamiento", "Gratuito, en la finca, con agua y luz incluidas"],
        ],
        [40, 139.9],
        size=9,
        fam="LSans",
        first_fill=(250, 240, 241),
    )
    P(pdf, "NOTAS IMPORTANTES", 10, "B", fam="LSans", color=red, align="L", after=1)
    notes = [
        "El visado de temporada y la autorizaci\u00f3n de trabajo los tramita y paga la empresa contratante.",
        q_med,
        q_trav,
        "La aspirante debe asistir a la reuni\u00f3n informativa del 20 de enero en nuestra oficina, que es gratuita.",
        "La trabajadora conservar\u00e1 su pasaporte durante todo el viaje y la campa\u00f1a.",
    ]
    for i, n in enumerate(notes, 1):
        P(pdf, f"{i}. {n}", 9.8, fam="LSerif", after=1.4, indent=2)
    pdf.ln(3)
    P(
        pdf,
        "Le\u00eddo y aceptado:  ____________________________  Y. M. C\u00e1lix Portillo",
        9.5,
        fam="LSans",
        align="L",
    )

    pdf.add_page()
    # receipt, with the counterfoil (talon) below a dashed tear line
    top = 22
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(18, top, pdf.w - 36, 96)
    pdf.set_left_margin(24)
    pdf.set_right_margin(24)
    pdf.set_xy(24, top + 5)
    P(
        pdf,
        "GESTIONES MIGRATORIAS COP\u00c1N, S. de R.L.",
        10.5,
        "B",
        fam="LSans",
        color=red,
        align="L",
        after=0,
    )
    P(
        pdf,
        "RTN 04019018765432  \u00b7  Santa Rosa de Cop\u00e1n",
        8,
        fam="LSans",
        align="L",
        after=3,
    )
    P(
        pdf,
        "RECIBO DE CAJA No. 0418          Por: L 15,000.00",
        11,
        "B",
        fam="LSans",
        align="L",
        after=3,
    )
    P(pdf, q_fee, 10, fam="LSerif", align="L")
    P(pdf, "Forma de pago: efectivo.  Este pago no es reembolsable.", 10, fam="LSerif", align="L")
    P(pdf, "Santa Rosa de Cop\u00e1n, 14 de enero de 2026.", 10, fam="LSerif", align="L", after=8)
    P(
        pdf,
        "Recibi\u00f3: ______________________  Nelson Orellana Paz, Cajero",
        9.5,
        fam="LSans",
        align="L",
    )
    pdf.set_left_margin(18)
    pdf.set_right_margin(18)
    # stamp
    pdf.set_draw_color(*red)
    pdf.set_line_width(0.8)
    pdf.rect(pdf.w - 64, top + 70, 36, 14)
    pdf.set_xy(pdf.w - 64, top + 73)
    pdf.set_text_color(*red)
    pdf.set_font("LSans", "B", 12)
    pdf.cell(36, 8, "PAGADO", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.2)
    # tear line and counterfoil
    pdf.set_draw_color(120, 120, 120)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=1.5, gap=1.5)
        pdf.line(12, top + 104, pdf.w - 12, top + 104)
    pdf.rect(18, top + 110, pdf.w - 36, 34)
    pdf.set_xy(22, top + 113)
    pdf.set_font("LSans", "B", 8.5)
    pdf.cell(0, 4, "TAL\u00d3N PARA ARCHIVO  \u00b7  No. 0418", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSans", "", 8.5)
    pdf.set_x(22)
    pdf.multi_cell(
        pdf.w - 44,
        4.5,
        "Cliente: Y. C\u00e1lix P.    Concepto: expediente fresa 2026\n"
        "Importe: L 15,000.00    Fecha: 14/01/2026    Cajero: N. Orellana",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_xy(18, top + 150)
    P(
        pdf,
        "ORIGINAL: CLIENTE  \u00b7  COPIA: ARCHIVO",
        7.5,
        fam="LSans",
        align="C",
        color=(110, 110, 110),
    )
    lab = label(
        "bu10.pdf",
        "generic",
        "es",
        False,
        2,
        [
            fee("medical_cost", "violation", 1, 2300.0, "HNL", q_med),
            fee("travel_cost", "violation", 1, 14000.0, "HNL", q_trav),
            fee("recruitment_fee", "violation", 2, 15000.0, "HNL", q_fee),
        ],
        ["return_transportation", "termination"],
        ["Gestiones Migratorias Cop\u00e1n, S. de R.L."],
        [
            "seasonal visa and work authorisation processed and paid by employer",
            "free accommodation with water and electricity",
            "free information meeting (not a training charge)",
            "worker keeps passport (negated retention)",
            "Social Security contribution and IRPF withholding are statutory deductions",
            "'La empresa adelanta el boleto' sounds employer-paid, but half is recovered",
        ],
        "recruiter_agreement",
        "Letter; page 1 conditions sheet with gridded table and numbered notes; page 2 receipt-book form with serial number, PAGADO stamp and counterfoil below a dashed tear line",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu11
def bu11():
    """Generic (Nepal -> UAE), English, non-compliant."""
    pdf = Doc(
        "A4",
        ("Noto",),
        margins=(18, 15, 18),
        title="Employment Agreement",
        author="Al Sarraf Steel Structures L.L.C.",
    )
    pdf.footer_text = (
        "Employment Agreement ASS/HR/2026/118  -  Page {p} of {nb}  -  Employee initials: ____"
    )
    q_fee = (
        "The Employee has paid the Agency a service charge of NPR 10,000 (ten thousand "
        "rupees) within the ceiling fixed by the Government of Nepal, and the Agency's "
        "receipt is attached."
    )
    q_doc = (
        "For safekeeping, the Employee's passport shall be deposited with the Company's PRO "
        "department and returned to him on annual leave or final exit."
    )
    q_pen = (
        "Should the Employee resign before completing two years of service, he shall pay the "
        "Employer AED 3,500 towards visa, medical and ticket expenses, which may be deducted "
        "from his final dues."
    )
    maroon = (110, 30, 40)
    pdf.add_page()
    P(pdf, "EMPLOYMENT AGREEMENT", 15, "B", align="C", color=maroon, after=0)
    P(
        pdf,
        "Demand letter ref. ASS/HR/2026/118  \u00b7  DoFE pre-approval no. 287614",
        8.5,
        align="C",
        after=4,
    )
    grid(
        pdf,
        [
            [
                "First Party (Employer)",
                "Al Sarraf Steel Structures L.L.C., Plot 7, Industrial Area 12, P.O. Box 41877, Sharjah, United Arab Emirates",
            ],
            [
                "Second Party (Employee)",
                "Bishnu Bahadur Thapa Magar, Passport No. PA0741926, Ward 4, Galyang Municipality, Syangja, Nepal",
            ],
            [
                "Recruiting Agency",
                "Himalayan Crest Overseas Pvt. Ltd., New Baneshwor, Kathmandu (Licence No. 1243/070/71)",
            ],
        ],
        [44, 130],
        size=9,
        first_fill=(244, 232, 234),
        borders="ALL",
    )

    def art(n, title, text):
        P(pdf, f"**Article {n}. {title}.** {text}", 9.3, md=True, after=1.7)

    art(
        1,
        "Position",
        "Steel Fixer. Duties: cutting, bending and tying reinforcement bars "
        "according to drawings, fixing rebar cages for columns and slabs, and assisting the "
        "foreman with material counts.",
    )
    art(
        2,
        "Place of work",
        "The Employer's fabrication yard in Industrial Area 12, Sharjah, and "
        "its project sites in Sharjah, Dubai and Ajman.",
    )
    art(
        3,
        "Duration",
        "Two (2) years from the date of arrival in the UAE; expected arrival 1 March "
        "2026. The first six months are a probation period.",
    )
    art(
        4,
        "Working hours",
        "Eight (8) hours per day, six days per week (48 hours); Friday is the "
        "weekly rest day. Overtime is paid at the basic wage plus 25 percent, as provided by UAE "
        "Labour Law.",
    )
    art(
        5,
        "Salary",
        "Basic salary AED 1,300 per month plus food allowance AED 300 per month "
        "(total AED 1,600), paid monthly through the Wage Protection System into the Employee's "
        "bank account by the 10th of the following month.",
    )
    art(
        6,
        "Accommodation and transport",
        "Free shared accommodation in the Employer's labour "
        "camp in Al Sajaa and free transport between the camp and the work sites.",
    )
    art(
        7,
        "Costs borne by the Employer",
        "The Employer pays the UAE entry permit, residence visa, "
        "Emirates ID, labour card, the medical fitness test in the UAE and the Employee's health "
        "insurance. The Employer has also paid the Employee's contribution to the Foreign "
        "Employment Welfare Fund and the air ticket from Kathmandu to Sharjah.",
    )
    art(8, "Recruitment", q_fee)

    pdf.add_page()
    art(
        9,
        "Deductions",
        "No deduction shall be made from the Employee's wage except amounts "
        "ordered by a UAE court and the amount under Article 11. The Employer does not deduct for "
        "accommodation, transport, food or medical insurance.",
    )
    art(10, "Documents", q_doc)
    art(11, "Early resignation", q_pen)
    art(
        12,
        "Annual leave",
        "Thirty (30) calendar days' paid leave after each year of service, "
        "with a return air ticket Sharjah\u2013Kathmandu\u2013Sharjah paid by the Employer.",
    )
    art(
        13,
        "End of contract",
        "On completion of the contract the Employer pays the end-of-service "
        "gratuity under UAE Labour Law and a one-way air ticket to Kathmandu.",
    )
    art(
        14,
        "Termination",
        "Either party may terminate this agreement by giving thirty (30) days' "
        "written notice. The Employer may terminate without notice only on the grounds listed in "
        "Article 44 of Federal Decree-Law No. 33 of 2021.",
    )
    art(
        15,
        "Complaints",
        "The Employee may complain to the Ministry of Human Resources and "
        "Emiratisation or to the Embassy of Nepal in Abu Dhabi without any penalty or effect on "
        "his employment.",
    )
    art(
        16,
        "Language",
        "This agreement has been explained to the Employee in Nepali, and a Nepali "
        "translation is attached.",
    )
    pdf.ln(4)
    sig_table(
        pdf,
        [
            ("For the Employer", "Faisal Al Sarraf, General Manager"),
            ("Employee", "Bishnu Bahadur Thapa Magar"),
            ("For the Agency", "Sushil Adhikari, Director"),
        ],
        size=8.5,
    )
    pdf.ln(6)
    x, y = pdf.w - 78, pdf.get_y()
    pdf.set_draw_color(*maroon)
    pdf.rect(x, y, 60, 18)
    pdf.set_xy(x, y + 2)
    pdf.set_font("Noto", "B", 9)
    pdf.set_text_color(*maroon)
    pdf.multi_cell(
        60,
        4.5,
        "ATTESTED\nLabour Attach\u00e9, Embassy of Nepal\nDate: 03/02/2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    lab = label(
        "bu11.pdf",
        "generic",
        "en",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 10000.0, "NPR", q_fee),
            fee("document_retention", "violation", 2, None, None, q_doc),
            fee("breach_penalty", "violation", 2, 3500.0, "AED", q_pen),
        ],
        [],
        ["Himalayan Crest Overseas Pvt. Ltd."],
        [
            "free labour-camp accommodation and transport",
            "employer pays entry permit, visa, Emirates ID, UAE medical test, health insurance",
            "welfare-fund contribution and inbound ticket paid by employer (not insurance_cost/travel_cost)",
            "annual leave return ticket and final ticket paid",
            "complaints to MOHRE or the Embassy without penalty (negated blacklisting)",
            "service charge is 'within the government ceiling' but still worker-paid (the finding)",
        ],
        "work_contract",
        "A4; parties table; bold inline numbered articles; three signature columns; ATTESTED stamp box; initials footer",
    )
    return pdf, lab


# --------------------------------------------------------------------------- bu12
def bu12():
    """Generic (Guatemala -> Mexico, Chiapas coffee), Spanish, compliant, direct hire."""
    pdf = Doc(
        "legal",
        ("LSerif",),
        margins=(24, 18, 24),
        title="Contrato individual de trabajo por temporada",
        author="Finca Cafetalera Las Nubes de Tacan\u00e1",
    )
    pdf.footer_text = "Finca Cafetalera Las Nubes de Tacan\u00e1, S.P.R. de R.L.  \u2014  {p}/{nb}"
    pdf.add_page()
    P(pdf, "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO DETERMINADO", 12.5, "B", align="C", after=0)
    P(pdf, "Temporada de corte de caf\u00e9 2026\u20132027", 10.5, "I", align="C", after=4)
    P(
        pdf,
        "Que celebran, por una parte, Finca Cafetalera Las Nubes de Tacan\u00e1, S.P.R. de R.L., "
        "con domicilio en Carretera Cacahoat\u00e1n\u2013Uni\u00f3n Ju\u00e1rez km 9, Cacahoat\u00e1n, "
        "Chiapas, C.P. 30890, representada por su administradora, la C. Rebeca Escobar "
        "Tovilla, a quien en adelante se llamar\u00e1 \u00abLA FINCA\u00bb, y por la otra el se\u00f1or "
        "Anselmo Bartolo Chilel P\u00e9rez, de nacionalidad guatemalteca, originario de Tajumulco, "
        "San Marcos, titular de la Tarjeta de Visitante Trabajador Fronterizo, a quien se "
        "llamar\u00e1 \u00abEL TRABAJADOR\u00bb, conforme a las siguientes cl\u00e1usulas.",
        10.5,
    )

    def c(n, text):
        P(pdf, f"**{n}.** {text}", 10.5, md=True, after=2)

    c(
        "PRIMERA. Puesto",
        "EL TRABAJADOR prestar\u00e1 sus servicios como cortador de caf\u00e9: corte "
        "manual de caf\u00e9 cereza maduro, acarreo de costales al beneficio, apoyo en el despulpado "
        "y lavado del grano, y limpieza de calles entre los surcos.",
    )
    c(
        "SEGUNDA. Lugar",
        "En los cuarteles de LA FINCA en los municipios de Cacahoat\u00e1n y Uni\u00f3n "
        "Ju\u00e1rez, Chiapas.",
    )
    c("TERCERA. Duraci\u00f3n", "Del 2 de noviembre de 2026 al 27 de febrero de 2027.")
    c(
        "CUARTA. Jornada",
        "Jornada diurna de 8 horas, de lunes a s\u00e1bado, de 6:00 a 14:00 horas, "
        "con media hora para tomar alimentos. El domingo es d\u00eda de descanso con goce de "
        "salario.",
    )
    c(
        "QUINTA. Salario",
        "LA FINCA pagar\u00e1 lo que resulte mayor entre los conceptos siguientes:",
    )
    grid(
        pdf,
        [
            ["Salario diario", "$ 390.00 M.N. (trescientos noventa pesos) por jornada"],
            [
                "Destajo",
                "$ 6.00 M.N. por kilogramo de caf\u00e9 cereza, si resulta mayor que el salario diario",
            ],
            ["S\u00e9ptimo d\u00eda", "Pagado"],
            [
                "Horas extra",
                "Se pagan al doble, conforme al art\u00edculo 67 de la Ley Federal del Trabajo",
            ],
        ],
        [40, 127.9],
        size=10,
        head=["Concepto", "Monto"],
        head_fill=(230, 225, 210),
        bold_first=False,
    )
    c(
        "SEXTA. Pago y descuentos",
        "El salario se paga cada s\u00e1bado (semanal), en efectivo y "
        "con recibo que detalla los d\u00edas, los kilos y los descuentos. Solo se descuenta la cuota "
        "obrera del IMSS que marca la Ley del Seguro Social. LA FINCA no descuenta comida, "
        "vivienda, transporte ni herramientas.",
    )
    c(
        "S\u00c9PTIMA. Vivienda y alimentos",
        "Galera con literas, colch\u00f3n, ba\u00f1os y regaderas, sin "
        "costo; tres comidas diarias gratuitas preparadas en la cocina de LA FINCA.",
    )
    c(
        "OCTAVA. Transporte",
        "LA FINCA traslada a EL TRABAJADOR sin costo desde el puente "
        "fronterizo de Ciudad Hidalgo hasta la finca al inicio de la temporada, y lo regresa al "
        "mismo punto al terminarla o si el contrato termina antes por cualquier causa.",
    )

    pdf.add_page()
    c("NOVENA. Herramientas", "Canastos, costales, capa de lluvia y botas de hule sin costo.")
    c(
        "D\u00c9CIMA. Seguridad social",
        "LA FINCA inscribe a EL TRABAJADOR en el Instituto Mexicano "
        "del Seguro Social desde el primer d\u00eda de trabajo.",
    )
    c(
        "D\u00c9CIMA PRIMERA. Terminaci\u00f3n",
        "El contrato termina al concluir la temporada. LA FINCA "
        "solo puede rescindirlo por las causas del art\u00edculo 47 de la Ley Federal del Trabajo, "
        "dando aviso por escrito. EL TRABAJADOR puede darlo por terminado avisando con tres d\u00edas "
        "de anticipaci\u00f3n, sin pena alguna.",
    )
    c(
        "D\u00c9CIMA SEGUNDA. Cobros prohibidos",
        "LA FINCA contrata directamente y no trabaja con "
        "enganchadores. Nadie puede cobrarle a EL TRABAJADOR inscripci\u00f3n, fianza, comisi\u00f3n ni "
        "\u00abmordida\u00bb por este trabajo. La Tarjeta de Visitante Trabajador Fronterizo se tramita "
        "sin costo ante el Instituto Nacional de Migraci\u00f3n.",
    )
    c(
        "D\u00c9CIMA TERCERA. Documentos",
        "EL TRABAJADOR guarda su tarjeta, su DPI y su pasaporte; "
        "LA FINCA no retiene documentos de nadie.",
    )
    c(
        "D\u00c9CIMA CUARTA. Ley aplicable",
        "En lo no previsto se aplica la Ley Federal del Trabajo; "
        "las partes se someten a la Junta de Conciliaci\u00f3n y Arbitraje de Tapachula, Chiapas.",
    )
    P(
        pdf,
        "Le\u00eddo el presente contrato y explicado en voz alta a EL TRABAJADOR, lo firman por "
        "duplicado en Cacahoat\u00e1n, Chiapas, el 19 de octubre de 2026.",
        10.5,
    )
    pdf.ln(4)
    sig_table(
        pdf,
        [
            ("LA FINCA", "Rebeca Escobar Tovilla, Administradora"),
            ("EL TRABAJADOR", "Anselmo Bartolo Chilel P\u00e9rez\nHuella digital"),
        ],
        size=9.5,
        fingerprint=True,
    )
    lab = label(
        "bu12.pdf",
        "generic",
        "es",
        False,
        2,
        [],
        [],
        [],
        [
            "cuota obrera del IMSS is a statutory social-security deduction (not insurance_cost)",
            "free housing and three free meals a day",
            "free transport from the border bridge and back",
            "tools and rain gear free",
            "direct hire, no enganchadores; no inscripci\u00f3n, fianza or comisi\u00f3n (negated fees)",
            "worker may leave with three days' notice 'sin pena alguna' (negated breach penalty)",
            "worker keeps documents (negated retention)",
            "border worker card processed free at INM",
        ],
        "work_contract",
        "Legal-size; Mexican contract format in serif; bold inline numbered CL\u00c1USULAS; gridded wage table; signature blocks with fingerprint box",
    )
    return pdf, lab


BUILDERS = [bu01, bu02, bu03, bu04, bu05, bu06, bu07, bu08, bu09, bu10, bu11, bu12]


# --------------------------------------------------------------------------- checks
def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    return None  # violation, except visa_cost (passport alone may be review)


def check(out_dir, labels):
    errors = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        prog = lab["program"]
        # label sanity
        for t in lab["missing_terms"]:
            if t not in TERMS:
                errors.append(f"{lab['file']}: unknown term {t}")
            elif t not in REQUIRED[prog]:
                errors.append(f"{lab['file']}: term {t} not required for {prog}")
        for f in lab["fees"]:
            if f["category"] not in CATEGORIES:
                errors.append(f"{lab['file']}: unknown category {f['category']}")
            exp = expected_severity(f["category"], prog)
            if exp and f["severity"] != exp:
                errors.append(
                    f"{lab['file']}: severity {f['severity']} for {f['category']} under {prog}"
                )
            if not exp and f["category"] != "visa_cost" and f["severity"] != "violation":
                errors.append(f"{lab['file']}: severity {f['severity']} for {f['category']}")
            if (f["amount"] is None) != (f["currency"] is None):
                errors.append(f"{lab['file']}: amount/currency mismatch")
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{lab['file']}: {n} pages, label says {lab['pages']}")
                continue
            texts = []
            scanned_pages = set()
            for i, page in enumerate(pdf.pages, 1):
                txt = page.extract_text() or ""
                if not norm(txt) and page.images:
                    scanned_pages.add(i)
                elif not norm(txt):
                    errors.append(f"{lab['file']}: page {i} has no text and no image")
                texts.append(norm(txt))
            if lab["scanned"] and not scanned_pages:
                errors.append(f"{lab['file']}: labelled scanned but every page has text")
            if not lab["scanned"] and scanned_pages:
                errors.append(
                    f"{lab['file']}: image-only pages {scanned_pages} but not labelled scanned"
                )
            for sp in scanned_pages:
                if pdf.pages[sp - 1].chars:
                    errors.append(f"{lab['file']}: scanned page {sp} carries chars")
            for f in lab["fees"]:
                if f["page"] in scanned_pages:
                    errors.append(f"{lab['file']}: fee on scanned page {f['page']}")
                    continue
                if norm(f["quote"]) not in texts[f["page"] - 1]:
                    errors.append(
                        f"{lab['file']}: quote not on page {f['page']}: {f['quote'][:70]}"
                    )
                others = [k + 1 for k, t in enumerate(texts) if norm(f["quote"]) in t]
                if others != [f["page"]]:
                    errors.append(f"{lab['file']}: quote found on pages {others}")
            full = " ".join(texts)
            for r in lab["recruiters"]:
                if norm(r) not in full:
                    errors.append(f"{lab['file']}: recruiter not printed: {r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels = []
    for b in BUILDERS:
        pdf, lab = b()
        pdf.output(os.path.join(out, lab["file"]))
        labels.append(lab)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = check(out, labels)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    nf = sum(len(l["fees"]) for l in labels)
    print(f"ok: {len(labels)} documents, {nf} labelled fees, written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
