"""Blind held-out batch "ab": 12 labelled contract PDFs (H-2A, H-2B, generic).

Usage:
    /work/main/.venv/bin/python tests/contracts/analysis/heldout_ab/build.py OUT_DIR

Writes OUT_DIR/ab01.pdf ... OUT_DIR/ab12.pdf and OUT_DIR/labels.json (dev-corpus format),
then verifies with pdfplumber that every fee quote is printed on its labelled page (for the
scanned document: on the text version before rasterising, and that the output has no text
layer). Exits non-zero on any mismatch. Output is deterministic (fixed dates and seeds).

All employers, recruiters, workers and sentences are invented for this batch.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = dt.datetime(2026, 1, 20, 9, 30, 0, tzinfo=dt.UTC)
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "dv": ("dejavu/DejaVuSans", "-Bold", "-Oblique", "-BoldOblique"),
    "dvc": ("dejavu/DejaVuSansCondensed", "-Bold", "-Oblique", "-BoldOblique"),
    "dvs": ("dejavu/DejaVuSerif", "-Bold", "-Italic", "-BoldItalic"),
    "ls": ("liberation/LiberationSans", "-Bold", "-Italic", "-BoldItalic"),
    "lsr": ("liberation/LiberationSerif", "-Bold", "-Italic", "-BoldItalic"),
    "noto": ("noto/NotoSans", "-Bold", "-Italic", "-BoldItalic"),
}
REGULAR_SUFFIX = {"ls": "-Regular", "lsr": "-Regular", "noto": "-Regular"}

# ---------------------------------------------------------------- taxonomy (taxonomy.md)
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


def severity(program: str, category: str, passport_only: bool = False) -> str:
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def fee(
    program, category, page, quote, amount=None, currency=None, group=None, passport_only=False
):
    d = {
        "category": category,
        "severity": severity(program, category, passport_only),
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


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


# ---------------------------------------------------------------- layout helpers
class Doc(FPDF):
    def __init__(
        self,
        fam="dv",
        fmt="Letter",
        band=None,
        band_text="",
        head="",
        foot="",
        margin=18.0,
        top=16.0,
        size=10.0,
    ):
        super().__init__(unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        base, b, i, bi = FONTS[fam]
        reg = REGULAR_SUFFIX.get(fam, "")
        self.add_font(fam, "", TT + base + reg + ".ttf")
        self.add_font(fam, "B", TT + base + b + ".ttf")
        self.add_font(fam, "I", TT + base + i + ".ttf")
        self.add_font(fam, "BI", TT + base + bi + ".ttf")
        self.fam = fam
        self.band = band
        self.band_text = band_text
        self.head = head
        self.foot = foot
        self.base_size = size
        self.body_top = top + (8 if band else 0)
        self.set_margins(margin, self.body_top, margin)
        self.set_auto_page_break(True, 16)
        self.set_font(fam, "", size)

    def header(self):
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, 13, style="F")
            self.set_xy(self.l_margin, 3.5)
            self.set_text_color(255, 255, 255)
            self.set_font(self.fam, "B", 9)
            self.cell(0, 6, self.band_text)
            self.set_text_color(0, 0, 0)
        elif self.head:
            self.set_xy(self.l_margin, 7)
            self.set_text_color(90, 90, 90)
            self.set_font(self.fam, "", 7.5)
            self.cell(0, 4, self.head)
            self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.base_size)
        self.set_y(self.body_top)

    def footer(self):
        if not self.foot:
            return
        self.set_y(-11)
        self.set_text_color(90, 90, 90)
        self.set_font(self.fam, "", 7.5)
        self.cell(0, 4, "%s  |  %d/{nb}" % (self.foot, self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # text blocks
    def h1(self, text, size=13.5, align="C", gap=2.0):
        self.set_font(self.fam, "B", size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.set_font(self.fam, "", self.base_size)

    def h2(self, text, size=None, fill=None, gap=1.2, before=2.0):
        size = size or self.base_size + 1
        self.ln(before)
        self.set_font(self.fam, "B", size)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, size * 0.5, text, fill=bool(fill), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(gap)
        self.set_font(self.fam, "", self.base_size)

    def para(
        self,
        text,
        size=None,
        style="",
        lh=None,
        align="L",
        md=False,
        indent=0.0,
        color=None,
        gap=1.6,
    ):
        size = size or self.base_size
        lh = lh or size * 0.47
        self.set_font(self.fam, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, lh, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.base_size)
        if gap:
            self.ln(gap)

    def bullets(self, items, size=None, bullet="\u2022", indent=6.0, md=False, gap=0.8):
        size = size or self.base_size
        lh = size * 0.47
        for it in items:
            self.set_font(self.fam, "", size)
            self.set_x(self.l_margin + indent - 4.5)
            self.cell(4.5, lh, bullet)
            self.multi_cell(
                self.epw - indent, lh, it, align="L", markdown=md, new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(gap)
        self.set_font(self.fam, "", self.base_size)

    def grid(
        self,
        rows,
        widths,
        header=True,
        size=9.0,
        head_fill=(225, 225, 225),
        borders="ALL",
        bold_col0=False,
        lh=None,
        gap=2.5,
    ):
        self.set_font(self.fam, "", size)
        lh = lh or size * 0.48
        style = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(
            col_widths=widths,
            width=min(sum(widths), self.epw),
            align="LEFT",
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=header,
            headings_style=style,
            line_height=lh,
            padding=(0.9, 1.4, 0.9, 1.4),
        ) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if bold_col0 and j == 0:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(gap)
        self.set_font(self.fam, "", self.base_size)

    def sign_row(self, labels, size=8.5, h=18):
        self.set_font(self.fam, "", size)
        w = self.epw / len(labels)
        if self.get_y() + h + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        for k, lab in enumerate(labels):
            x = self.l_margin + k * w
            self.line(x + 3, y + h, x + w - 6, y + h)
            self.set_xy(x + 3, y + h + 1)
            self.multi_cell(w - 9, size * 0.45, lab, align="L")
        self.set_xy(self.l_margin, y + h + 12)
        self.set_font(self.fam, "", self.base_size)


# ---------------------------------------------------------------- ab01
def ab01():
    prog = "h2a"
    d = Doc(
        "dv",
        band=(46, 96, 58),
        band_text="Altamaha Bend Growers LLC  \u00b7  H-2A clearance order GA-2026-11482",
        foot="Clearance order GA-2026-11482, terms and conditions",
        size=9.5,
    )
    d.add_page()
    d.h1("AGRICULTURAL CLEARANCE ORDER\nTERMS AND CONDITIONS OF EMPLOYMENT (H-2A)")
    d.para(
        "This attachment to Form ETA-790A states the terms offered to every worker in this "
        "occupation. Where no separate contract is signed, it is the work contract. A Spanish "
        "translation is handed to each worker before he or she applies for a visa.",
        style="I",
        size=8.5,
    )
    d.h2("1. THE EMPLOYER")
    d.bullets(
        [
            "Legal name: Altamaha Bend Growers LLC",
            "Physical and mailing address: 1147 Old Reidsville Highway, Lyons, Georgia 30436",
            "Telephone: (912) 555-0187  \u00b7  Contact: Delia Purvis, Farm Personnel Manager",
            "Recruiting agent in Mexico: Cosecha Justa Servicios Agr\u00edcolas, S.C., Linares, "
            "Nuevo Le\u00f3n (engaged and paid by the employer)",
        ]
    )
    d.h2("2. THE OFFER AT A GLANCE")
    d.bullets(
        [
            "**Job title:** Farmworker, sweet onion and cabbage harvest (SOC 45-2092.02); 64 openings",
            "**First and last day of work:** April 13, 2026 through July 3, 2026",
            "**Hours:** 40 per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute "
            "unpaid meal break. Saturday shifts may be offered at harvest peaks and may be declined.",
            "**Pay:** $15.12 per hour. Onion clipping may be paid at $1.15 per 50-pound bag; when "
            "the bag total for a pay period is less than the hourly amount, the difference is added.",
            "**Paydays:** every Friday (weekly), by direct deposit or company check",
            "**Housing, meals, travel and tools:** see Sections 6 and 7",
        ],
        md=True,
    )
    d.h2("3. DUTIES")
    d.para(
        "Onion harvest: lift undercut onions from the beds, clip roots and tops with hand shears, "
        "grade out culls and fill 50-pound mesh bags that are left in the row for the loader. In "
        "the packing shed, workers feed onions onto the sizing belt, pull rotten or split bulbs "
        "and stack filled cartons on pallets. Cabbage harvest: cut heads with a harvest knife, "
        "trim wrapper leaves and place heads in bulk bins. The work is done outdoors in heat and "
        "humidity; workers stoop, kneel and lift up to 50 pounds many times a day."
    )
    d.h2("4. QUALIFICATIONS")
    d.para(
        "Two months of experience hand-harvesting vegetables within the last two years, and the "
        "ability to lift 50 pounds from the ground to waist height. No diploma, English or "
        "certificate is required. On the first day a worker may be asked to show that he or she "
        "can do the job; the employer does not charge for this check."
    )
    d.h2("5. PLACES OF EMPLOYMENT")
    d.grid(
        [
            ["Site", "Physical address", "County"],
            [
                "Home farm and packing shed",
                "1147 Old Reidsville Highway, Lyons, GA 30436",
                "Toombs",
            ],
            ["Ohoopee bottom fields", "3380 Ohoopee Church Road, Lyons, GA 30436", "Toombs"],
            [
                "Cedar Crossing tract",
                "915 Collins Cedar Crossing Road, Collins, GA 30421",
                "Tattnall",
            ],
        ],
        [55, 95, 30],
    )
    d.h2("6. HOUSING, MEALS AND TRANSPORTATION")
    d.para(
        "**Housing.** Workers who cannot reasonably return to their own homes each night are "
        "lodged free of charge at Bend Camp, 1160 Old Reidsville Highway, Lyons, Georgia, which the "
        "Georgia Department of Labor inspected on March 24, 2026. Mattresses, bedding and cooking "
        "utensils are supplied, and no deposit is taken for them. Residents come and go as they "
        "please, and visitors are welcome.",
        md=True,
    )
    d.para(
        "**Meals.** The camp dining hall serves breakfast, a packed lunch and supper every day for "
        "$14.50 per day, an amount below the maximum daily meal charge that the U.S. Department of "
        "Labor publishes for 2026. Workers who would rather cook for themselves may instead use "
        "the fully equipped kitchen in each barrack at no charge, and are then not enrolled in the "
        "meal plan.",
        md=True,
    )
    d.para(
        "**Daily transportation.** A company bus carries workers from Bend Camp to each field "
        "and back every workday without charge.",
        md=True,
    )
    d.para(
        "**Trip to the job.** A worker who completes 50 percent of the work contract period is "
        "reimbursed the reasonable cost of travel and daily subsistence from the place of "
        "recruitment to Lyons. If the employer has not bought the ticket itself, it repays in the "
        "first workweek any part of those costs that would bring the worker's first week of pay "
        "below the federal minimum wage. The visa fee and any border-crossing fee that the worker "
        "paid are also repaid in the first workweek.",
        md=True,
    )
    d.para(
        "**Trip home.** Workers who finish the contract, or who are dismissed without cause "
        "before the end, receive return transportation and daily subsistence to the place from "
        "which they came.",
        md=True,
    )
    d.h2("7. EMPLOYER ASSURANCES")
    items = [
        "(a) **Wage floor.** The employer will pay at least the highest of the AEWR, the "
        "prevailing wage, the agreed collective bargaining rate, or the federal or state minimum "
        "wage in effect when the work is performed; if the AEWR rises during the contract, the new "
        "rate applies from its effective date.",
        "(b) **Three-fourths guarantee.** The employer guarantees to offer each worker "
        "employment for a total number of hours equal to at least three-fourths of the workdays "
        "of the contract period, counted from the first workday after arrival; if less is "
        "offered, the worker is paid the difference.",
        "(c) **Tools.** All tools, supplies and equipment required for the job, including shears, "
        "knives, bags, gloves and rain gear, are provided at no charge and without any deposit.",
        "(d) **Workers' compensation.** Workers' compensation insurance is carried with Peach "
        "State Agricultural Mutual, policy PSA-WC-40217, at no cost to workers.",
        "(e) **Earnings statements.** On or before each payday the worker receives a written "
        "statement showing hours offered, hours worked, bags clipped, the rate of pay, total "
        "earnings and each deduction.",
        "(f) **Deductions.** The only deductions are: federal and Georgia income tax if the "
        "worker asks for withholding; the dining-hall charge for workers who choose the meal plan; "
        "child support or other sums a court orders; and voluntary items the worker authorizes in "
        "writing, such as payroll savings or money transfers home.",
        "(g) **Abandonment and dismissal.** A worker who fails to report for work for five "
        "consecutive working days without the employer's consent is considered to have abandoned "
        "the job, and the employer will notify the Department of Labor and DHS within two working "
        "days. A worker may be dismissed for cause, such as theft, violence or repeated refusal of "
        "safe work instructions, after a written warning.",
        "(h) **If the work becomes impossible.** If a hurricane, flood, hail, fire or other act "
        "of God makes the work impossible, the employer may end the contract early with the "
        "Certifying Officer's approval; it will then pay the three-fourths guarantee for the "
        "period worked and the return trip home, and will help the worker find other work.",
        "(i) **No fees.** No worker has to pay anyone for this job. The employer pays Cosecha "
        "Justa's full service fee, and the agent has agreed in writing not to take any money, gift "
        "or favor from applicants.",
        "(j) **Passports.** Each worker keeps his or her own passport, visa and identity "
        "documents at all times.",
        "(k) **Complaints.** Workers may complain to the employer, the Department of Labor, a "
        "lawyer or a consulate without any penalty; no one is disciplined, blacklisted or denied "
        "rehire for doing so.",
    ]
    for it in items:
        d.para(it, md=True, indent=3, gap=1.2)
    d.add_page()
    d.h2("8. COPIES AND SIGNATURE", before=0)
    d.para(
        "A copy of this clearance order, in English and in Spanish, is given to each worker no "
        "later than the day the worker applies for a visa. Questions about this order may be "
        "sent to Delia Purvis at the address above or to the Georgia Department of Labor, Rural "
        "Services Unit."
    )
    d.ln(6)
    d.sign_row(
        [
            "Delia Purvis, Farm Personnel Manager\nfor Altamaha Bend Growers LLC",
            "Date: February 9, 2026",
        ]
    )
    lab = label(
        "ab01.pdf",
        prog,
        "en",
        3,
        [],
        [],
        ["Cosecha Justa Servicios Agr\u00edcolas, S.C."],
        [
            "'feed onions onto the sizing belt' is a job word, not a fee",
            "no charge for the first-day skills check",
            "housing free of charge, no deposit for bedding",
            "optional dining-hall meal plan at $14.50/day, stated below the DOL cap (lawful h2a meal charge)",
            "free kitchen as an alternative to the meal plan",
            "inbound travel, visa and border-crossing fees repaid by employer",
            "tools and rain gear free, no deposit",
            "employer pays the recruiting agent's service fee (no worker fee)",
            "worker keeps passport and visa",
            "complaints allowed, no blacklisting (negated)",
            "residents come and go freely (negated movement restriction)",
        ],
        "job_order",
        "header band; numbered sections; bulleted offer summary; gridded worksite table; lettered assurances",
    )
    return d, lab


# ---------------------------------------------------------------- ab02
def ab02():
    prog = "h2a"
    d = Doc("lsr", head="Barlow Ridge Tobacco LLC \u2014 Temporada 2026", size=10.5, margin=22)
    d.add_page()
    d.h1("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA\n(PROGRAMA DE VISAS H-2A)", size=13)
    d.para(
        "Celebran el presente contrato, por una parte, Barlow Ridge Tobacco LLC, con domicilio en "
        "4410 Cane Run Pike, Carlisle, Kentucky 40311, Estados Unidos de Am\u00e9rica (en lo "
        "sucesivo \u201cEL PATR\u00d3N\u201d), representada por su gerente de campo, el Sr. Wade "
        "Hensley; y por la otra, el Sr. Ismael Cort\u00e9s Bautista, originario de San Luis de la "
        "Paz, Guanajuato (en lo sucesivo \u201cEL TRABAJADOR\u201d), al tenor de las siguientes",
        align="J",
    )
    d.h1("C L \u00c1 U S U L A S", size=11)

    def cl(title, text):
        d.para("**%s** %s" % (title, text), md=True, align="L", gap=2.2)

    cl(
        "PRIMERA. Puesto y labores.",
        "EL TRABAJADOR se contrata como trabajador agr\u00edcola en el cultivo de tabaco burley. "
        "Sus labores consisten en desbotonar y deshijar las plantas, cortar el tabaco con machete, "
        "ensartarlo en estacas con la lanza, cargar las estacas en carretas y colgarlas en los "
        "graneros de secado, y m\u00e1s adelante descolgar, deshojar y empacar las hojas curadas.",
    )
    cl(
        "SEGUNDA. Requisitos.",
        "Se requiere haber trabajado al menos una temporada en tabaco u otro cultivo de corte "
        "manual y poder levantar y cargar 60 libras en forma repetida. No se exige escolaridad.",
    )
    cl(
        "TERCERA. Lugar de trabajo.",
        "El trabajo se realizar\u00e1 en los terrenos de EL PATR\u00d3N en los condados de Nicholas "
        "y Bourbon, Kentucky: la finca principal, en 4410 Cane Run Pike, Carlisle, y la finca "
        "Hinkston, en 1290 Hinkston Creek Road, Millersburg, Kentucky 40348.",
    )
    cl(
        "CUARTA. Vigencia.",
        "Este contrato inicia el 6 de julio de 2026 y termina el 31 de octubre de 2026.",
    )
    cl(
        "QUINTA. Jornada.",
        "La jornada es de lunes a s\u00e1bado, de 7:00 a 16:00 horas, con una hora para comer, es "
        "decir, 48 horas por semana.",
    )
    cl(
        "SEXTA. Salario.",
        "EL PATR\u00d3N pagar\u00e1 16.70 d\u00f3lares por hora. Si durante la temporada se publica "
        "una tasa AEWR, un salario prevaleciente o un salario m\u00ednimo m\u00e1s alto, EL "
        "PATR\u00d3N pagar\u00e1 siempre la tasa m\u00e1s alta a partir de la fecha en que entre en "
        "vigor.",
    )
    cl(
        "S\u00c9PTIMA. Forma de pago.",
        "El salario se pagar\u00e1 cada semana, los viernes, con cheque o mediante dep\u00f3sito en "
        "tarjeta de n\u00f3mina.",
    )
    q_withhold = (
        "Adem\u00e1s, del pago de cada viernes se apartar\u00e1n cincuenta d\u00f3lares como ahorro "
        "de fin de temporada, que EL PATR\u00d3N conservar\u00e1 y entregar\u00e1 a EL TRABAJADOR "
        "junto con su \u00faltimo cheque."
    )
    cl(
        "OCTAVA. Descuentos.",
        "De la paga semanal solo se descontar\u00e1n: el impuesto federal y estatal cuando EL "
        "TRABAJADOR lo solicite por escrito; las cantidades que ordene un juez; el cargo por "
        "servicios de la vivienda previsto en la cl\u00e1usula d\u00e9cima; y las compras que EL "
        "TRABAJADOR autorice por escrito. " + q_withhold,
    )
    cl(
        "NOVENA. Garant\u00eda de tres cuartas partes.",
        "EL PATR\u00d3N garantiza ofrecer trabajo por un n\u00famero de horas equivalente, por lo "
        "menos, a las tres cuartas partes de los d\u00edas laborables del periodo del contrato; si "
        "ofrece menos, pagar\u00e1 la diferencia.",
    )
    q_util = (
        "Los servicios de luz, agua y gas de la casa se cobrar\u00e1n a raz\u00f3n de 35 "
        "d\u00f3lares por semana por trabajador, que se descontar\u00e1n de la paga de cada viernes."
    )
    cl(
        "D\u00c9CIMA. Vivienda.",
        "EL PATR\u00d3N proporciona alojamiento sin renta en la casa de trabajadores ubicada en "
        "4460 Cane Run Pike, Carlisle, que cuenta con camas, regaderas y lavadoras. " + q_util,
    )
    d.add_page()
    cl(
        "UND\u00c9CIMA. Alimentos.",
        "La casa tiene cocina completa con estufas, refrigeradores y utensilios, que EL "
        "TRABAJADOR puede usar gratuitamente para preparar sus alimentos.",
    )
    cl(
        "DUOD\u00c9CIMA. Transporte.",
        "EL PATR\u00d3N reembolsar\u00e1 el costo razonable del viaje de ida y los vi\u00e1ticos "
        "desde el lugar de reclutamiento hasta Carlisle cuando EL TRABAJADOR complete la mitad del "
        "periodo del contrato. Al terminar el contrato, EL PATR\u00d3N pagar\u00e1 el viaje de "
        "regreso y los vi\u00e1ticos hasta el lugar de reclutamiento. El traslado diario entre la "
        "casa de trabajadores y los campos se hace en camioneta de EL PATR\u00d3N sin costo alguno.",
    )
    q_boots = (
        "Las botas de hule y el impermeable, obligatorios para trabajar en los graneros, se venden "
        "a EL TRABAJADOR a precio de costo, 62 d\u00f3lares, que se descuentan en dos pagos."
    )
    cl(
        "DECIMOTERCERA. Herramientas y equipo.",
        "Los machetes, lanzas, estacas y guantes necesarios para el trabajo se entregan sin "
        "costo. " + q_boots,
    )
    cl(
        "DECIMOCUARTA. Terminaci\u00f3n.",
        "Si EL TRABAJADOR falta cinco d\u00edas laborables seguidos sin permiso, se "
        "considerar\u00e1 que abandon\u00f3 el empleo y EL PATR\u00d3N avisar\u00e1 a las autoridades "
        "dentro de los dos d\u00edas h\u00e1biles siguientes. EL PATR\u00d3N solo podr\u00e1 despedir "
        "por causa justificada, como robo, violencia o embriaguez en el trabajo.",
    )
    cl(
        "DECIMOQUINTA. Fuerza mayor.",
        "Si un incendio, una tormenta, una granizada u otra causa de fuerza mayor destruye la "
        "cosecha e impide continuar el trabajo, EL PATR\u00d3N podr\u00e1 dar por terminado el "
        "contrato con la aprobaci\u00f3n del Departamento del Trabajo, pagando la garant\u00eda de "
        "tres cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    cl(
        "DECIMOSEXTA. Cobros prohibidos y documentos.",
        "Nadie puede cobrar a EL TRABAJADOR por darle este empleo. EL TRABAJADOR conserva su "
        "pasaporte y su visa en todo momento.",
    )
    cl(
        "DECIMOS\u00c9PTIMA. Idioma.",
        "Este contrato se firma en espa\u00f1ol, idioma que EL TRABAJADOR entiende, y se entrega "
        "un ejemplar a cada parte.",
    )
    d.para("Carlisle, Kentucky, a 2 de marzo de 2026.", gap=4)
    d.sign_row(
        [
            "Wade Hensley\nEL PATR\u00d3N (Barlow Ridge Tobacco LLC)",
            "Ismael Cort\u00e9s Bautista\nEL TRABAJADOR",
        ]
    )
    fees = [
        fee(prog, "wage_withholding", 1, q_withhold, 50, "USD"),
        fee(prog, "housing_charge", 1, q_util, 35, "USD"),
        fee(prog, "equipment_charge", 2, q_boots, 62, "USD"),
    ]
    lab = label(
        "ab02.pdf",
        prog,
        "es",
        2,
        fees,
        ["workers_compensation", "earnings_statements"],
        [],
        [
            "alojamiento sin renta (the utilities charge is the finding)",
            "cocina gratuita",
            "viaje de ida reembolsado a la mitad del contrato",
            "machetes, lanzas y guantes sin costo",
            "nadie puede cobrar por el empleo (negated recruitment fee)",
            "el trabajador conserva pasaporte y visa",
            "'las cantidades que ordene un juez' is a lawful deduction",
        ],
        "work_contract",
        "serif; parties paragraph; numbered clauses PRIMERA..DECIMOS\u00c9PTIMA with bold lead-ins; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------- ab03
def ab03():
    prog = "h2a"
    d = Doc(
        "noto",
        band=(196, 98, 26),
        band_text="Pacolet Ridge Orchards Inc.  \u00b7  Job order / Orden de trabajo SC-2026-0734",
        foot="SC-2026-0734 \u2014 English / Espa\u00f1ol",
        size=9.3,
    )
    grey = (70, 70, 70)

    def en(t, md=False):
        d.para(t, md=md, gap=0.8)

    def es(t, md=False):
        d.para(t, style="I", color=grey, md=md, gap=2.0)

    d.add_page()
    d.h1("H-2A JOB ORDER / ORDEN DE TRABAJO H-2A", size=13)
    d.para(
        "Peach thinning and harvest \u00b7 Raleo y cosecha de durazno",
        align="C",
        style="B",
        gap=3,
    )
    d.h2("1. Employer / Empleador")
    en(
        "Pacolet Ridge Orchards Inc., 2290 Sandy Ford Road, Chesnee, South Carolina 29323. "
        "Phone (864) 555-0143. Contact: Marcus Bellamy, orchard manager."
    )
    es(
        "Pacolet Ridge Orchards Inc., 2290 Sandy Ford Road, Chesnee, Carolina del Sur 29323. "
        "Tel\u00e9fono (864) 555-0143. Contacto: Marcus Bellamy, gerente de huerta."
    )
    d.h2("2. The job / El trabajo")
    en(
        "Orchard worker. Workers thin young fruit by hand, prune water sprouts, pick ripe peaches "
        "into buckets from the ground or from 8-foot orchard ladders, empty the buckets into field "
        "bins, and help grade fruit in the packing house. Requirements: three months of experience "
        "picking tree fruit, and the ability to work on a ladder and lift 40 pounds."
    )
    es(
        "Trabajador de huerta. Los trabajadores ralean a mano la fruta peque\u00f1a, podan "
        "chupones, cosechan duraznos maduros en cubetas desde el suelo o desde escaleras de 8 "
        "pies, vac\u00edan las cubetas en cajones de campo y ayudan a seleccionar la fruta en la "
        "empacadora. Requisitos: tres meses de experiencia en cosecha de fruta de \u00e1rbol y "
        "capacidad para trabajar en escalera y levantar 40 libras."
    )
    d.h2("3. Period, hours and pay / Periodo, horario y pago")
    en(
        "From May 18, 2026 to August 28, 2026. 42 hours a week: Monday through Saturday, 7:00 a.m. "
        "to 2:00 p.m. Pay is $14.72 per hour, or $0.80 per half-bushel bucket of peaches when that "
        "gives more, paid every Thursday. The employer always pays the highest of the AEWR, the "
        "prevailing wage or the legal minimum in force when the work is done."
    )
    es(
        "Del 18 de mayo de 2026 al 28 de agosto de 2026. 42 horas por semana: de lunes a "
        "s\u00e1bado, de 7:00 a 14:00 horas. El pago es de $14.72 por hora, o $0.80 por cubeta de "
        "medio bushel de durazno cuando eso resulte mayor, y se paga cada jueves. El empleador "
        "siempre paga la tasa m\u00e1s alta entre el AEWR, el salario prevaleciente o el "
        "m\u00ednimo legal vigente al momento del trabajo."
    )
    d.grid(
        [
            ["Orchard / Huerta", "Address / Direcci\u00f3n"],
            ["Home orchard / Huerta principal", "2290 Sandy Ford Road, Chesnee, SC 29323"],
            ["Cowpens block / Bloque Cowpens", "611 Pleasant Grove Church Road, Cowpens, SC 29330"],
            ["Packing house / Empacadora", "2310 Sandy Ford Road, Chesnee, SC 29323"],
        ],
        [70, 110],
        head_fill=(250, 226, 200),
    )
    d.add_page()
    d.h2("4. Housing, meals and travel / Vivienda, comidas y viaje", before=0)
    en(
        "Free housing is provided at Ridge Camp, 2345 Sandy Ford Road, Chesnee, with beds, "
        "showers and laundry machines; no rent, utility charge or deposit is collected. Each house "
        "has a kitchen with stoves, refrigerators and pots that workers use free of charge."
    )
    es(
        "Se proporciona vivienda gratuita en Ridge Camp, 2345 Sandy Ford Road, Chesnee, con "
        "camas, regaderas y lavadoras; no se cobra renta, servicios ni dep\u00f3sito. Cada casa "
        "tiene cocina con estufas, refrigeradores y ollas que los trabajadores usan sin costo."
    )
    en("The farm van takes workers from Ridge Camp to the orchards and back each day at no cost.")
    es(
        "La camioneta de la granja lleva a los trabajadores de Ridge Camp a las huertas y los "
        "regresa cada d\u00eda sin costo."
    )
    q_bus_en = (
        "Each worker buys a bus ticket from Nuevo Laredo to Chesnee, about $185, and the company "
        "does not pay it back."
    )
    q_bus_es = (
        "Cada trabajador compra su boleto de autob\u00fas de Nuevo Laredo a Chesnee, de unos 185 "
        "d\u00f3lares, y la compa\u00f1\u00eda no se lo devuelve."
    )
    en(
        q_bus_en + " The company pays the visa and consular fees directly to the consulate, so "
        "nothing is paid there by the worker."
    )
    es(
        q_bus_es + " La compa\u00f1\u00eda paga directamente al consulado los derechos de visa y "
        "los gastos consulares, de modo que el trabajador no paga nada ah\u00ed."
    )
    en(
        "Workers who complete the contract, or are let go without cause, get a paid bus ticket "
        "back to Monterrey and $16 a day for meals on the road."
    )
    es(
        "A quien termine el contrato, o sea despedido sin causa, se le paga el boleto de "
        "autob\u00fas de regreso a Monterrey y $16 diarios para comidas en el camino."
    )
    d.h2("5. Employer promises / Compromisos del empleador")
    q_pass_en = (
        "On arrival, crew leaders collect each worker's passport and visa and keep them in the "
        "farm office until the last payday."
    )
    q_pass_es = (
        "Al llegar, los mayordomos recogen el pasaporte y la visa de cada trabajador y los guardan "
        "en la oficina de la granja hasta el \u00faltimo d\u00eda de pago."
    )
    pairs = [
        (
            "(a) Work is guaranteed for at least three-fourths of the workdays of the contract "
            "period, counted in hours; any shortfall is paid.",
            "(a) Se garantiza trabajo por lo menos en tres cuartas partes de los d\u00edas "
            "laborables del periodo del contrato, contado en horas; cualquier faltante se paga.",
        ),
        (
            "(b) Picking buckets, ladders, thinning poles and gloves are supplied without charge "
            "or deposit.",
            "(b) Las cubetas, escaleras, varas de raleo y guantes se entregan sin cobro ni "
            "dep\u00f3sito.",
        ),
        (
            "(c) Workers' compensation coverage is provided through Carolina Growers Mutual, "
            "policy CGM-7714-WC.",
            "(c) La cobertura de compensaci\u00f3n laboral es de Carolina Growers Mutual, "
            "p\u00f3liza CGM-7714-WC.",
        ),
        (
            "(d) Each payday comes with a statement of hours offered and worked, buckets picked, "
            "rates, gross pay and deductions.",
            "(d) Cada d\u00eda de pago se entrega un tal\u00f3n con las horas ofrecidas y "
            "trabajadas, las cubetas cosechadas, las tarifas, el pago bruto y los descuentos.",
        ),
        (
            "(e) Deductions are limited to income tax the worker asks to have withheld, "
            "court-ordered payments, and items the worker authorizes in writing for his or her "
            "own benefit.",
            "(e) Los descuentos se limitan al impuesto sobre la renta que el trabajador pida "
            "retener, los pagos ordenados por un juez y los conceptos que el trabajador autorice "
            "por escrito en su propio beneficio.",
        ),
        (
            "(f) A worker absent for five workdays in a row without notice is treated as having "
            "abandoned the job; a dismissal for cause requires a written reason.",
            "(f) Si un trabajador falta cinco d\u00edas laborables seguidos sin avisar, se "
            "considera que abandon\u00f3 el empleo; el despido con causa requiere un motivo por "
            "escrito.",
        ),
        ("(g) " + q_pass_en, "(g) " + q_pass_es),
        (
            "(h) Nobody may charge a worker for being hired.",
            "(h) Nadie puede cobrarle a un trabajador por contratarlo.",
        ),
    ]
    for a, b in pairs:
        en(a)
        es(b)
    d.add_page()
    d.h2("6. Copies and questions / Copias y preguntas", before=0)
    en(
        "Every worker receives this job order in English and Spanish before applying for a "
        "visa. Questions may be sent to the employer at the address in Section 1 or to the "
        "South Carolina Department of Employment and Workforce."
    )
    es(
        "Cada trabajador recibe esta orden de trabajo en ingl\u00e9s y en espa\u00f1ol antes de "
        "solicitar la visa. Las preguntas pueden enviarse al empleador a la direcci\u00f3n de la "
        "secci\u00f3n 1 o al Departamento de Empleo y Fuerza Laboral de Carolina del Sur."
    )
    d.ln(6)
    d.sign_row(["Marcus Bellamy, orchard manager / gerente de huerta", "Date / Fecha: 03/02/2026"])
    fees = [
        fee(prog, "travel_cost", 2, q_bus_en, 185, "USD", group=1),
        fee(prog, "travel_cost", 2, q_bus_es, 185, "USD", group=1),
        fee(prog, "document_retention", 2, q_pass_en, group=2),
        fee(prog, "document_retention", 2, q_pass_es, group=2),
    ]
    lab = label(
        "ab03.pdf",
        prog,
        "en+es",
        3,
        fees,
        ["inbound_transportation", "contract_impossibility"],
        [],
        [
            "free housing, no rent, utility charge or deposit",
            "free kitchen",
            "free daily van",
            "visa and consular fees paid by the company",
            "return bus and road meals paid",
            "buckets, ladders and gloves without charge or deposit",
            "nobody may charge for being hired (negated recruitment fee)",
        ],
        "job_order",
        "header band; bilingual stacked paragraphs (English, then Spanish in grey italics); gridded bilingual worksite table",
    )
    return d, lab


# ---------------------------------------------------------------- ab04
def ab04():
    prog = "h2a"
    d = Doc(
        "ls",
        head="ENLACE AGR\u00cdCOLA DEL BAJ\u00cdO, S.C.  \u00b7  Av. Irrigaci\u00f3n 412, Col. Las "
        "Insurgentes, Celaya, Gto.  \u00b7  Tel. 461 555 0192",
        foot="Grupo Celaya-07 \u2014 Three Forks Fir Company",
        size=10,
    )
    d.add_page()
    d.h1("RESUMEN DE LA OFERTA DE EMPLEO\nTEMPORADA 2026 \u2014 VISA H-2A", size=13)
    d.para(
        "Para: aspirantes del grupo Celaya-07. Este resumen se entrega junto con la hoja de "
        "gastos (p\u00e1gina 2). L\u00e9alo con calma antes de su cita en el consulado de Monterrey.",
        gap=3,
    )
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Empleador",
            "Three Forks Fir Company LLC, 880 Helton Creek Road, Lansing, Carolina del Norte "
            "28643, EE. UU.",
        ],
        [
            "Puesto",
            "Trabajador agr\u00edcola en plantaci\u00f3n de \u00e1rboles de Navidad (abeto Fraser)",
        ],
        [
            "Labores",
            "Podar y dar forma a los \u00e1rboles con cuchillo de poda, plantar arbolitos, aplicar "
            "fertilizante a mano, y cortar, embalar y cargar \u00e1rboles en tr\u00e1ileres durante "
            "la cosecha",
        ],
        [
            "Requisitos",
            "Seis meses de experiencia en trabajo agr\u00edcola; poder caminar en terreno "
            "inclinado y levantar 50 libras",
        ],
        [
            "Lugar de trabajo",
            "Plantaciones del empleador en los condados de Ashe y Alleghany, Carolina del Norte: "
            "880 Helton Creek Road, Lansing, y 2150 Glade Valley Road, Sparta",
        ],
        ["Periodo", "Del 2 de marzo al 18 de diciembre de 2026"],
        [
            "Horario",
            "Lunes a viernes de 7:00 a 15:30, con media hora de comida (40 horas por semana)",
        ],
        [
            "Salario",
            "16.78 d\u00f3lares por hora; si se publica un AEWR o un m\u00ednimo m\u00e1s alto, se "
            "paga el m\u00e1s alto desde que entra en vigor",
        ],
        [
            "D\u00eda de pago",
            "Cada semana, los viernes, con tal\u00f3n que detalla horas, pago y descuentos",
        ],
        ["Descuentos", "Solo impuestos, si el trabajador los pide, y lo que autorice por escrito"],
        ["Vivienda", "Gratuita, en casas del empleador en 900 Helton Creek Road, Lansing"],
        ["Comidas", "Cocina equipada sin costo en cada casa"],
        ["Transporte diario", "Gratuito, en veh\u00edculos del empleador"],
        [
            "Viaje de ida",
            "El empleador reembolsa el autob\u00fas y los vi\u00e1ticos al completar el 50 % del "
            "contrato (ver p\u00e1gina 2)",
        ],
        ["Viaje de regreso", "Pagado por el empleador al terminar el contrato"],
        ["Herramientas", "Cuchillos de poda, guantes y equipo de protecci\u00f3n sin costo"],
        ["Seguro", "Compensaci\u00f3n laboral (workers' compensation) pagada por el empleador"],
    ]
    d.grid(rows, [42, 138], size=9.5, bold_col0=True, head_fill=(205, 222, 240))
    d.para(
        "Las condiciones completas est\u00e1n en la orden de trabajo del empleador, que se le "
        "entregar\u00e1 en espa\u00f1ol.",
        size=8.5,
        style="I",
    )
    d.add_page()
    d.h1("HOJA DE GASTOS DEL PROCESO\n\u00bfQUI\u00c9N PAGA QU\u00c9?", size=13)
    d.para(
        "Cada aspirante debe conocer los gastos antes de iniciar su tr\u00e1mite. Las cantidades "
        "en pesos se pagan en la oficina de Celaya; las cantidades en d\u00f3lares se pagan en el "
        "banco o en el consulado, seg\u00fan se indique.",
        gap=3,
    )
    r_insc = ["Cuota de inscripci\u00f3n al programa", "MXN 3,500", "Trabajador", "No"]
    r_visa = ["Derecho de visa H-2A (DS-160)", "USD 205", "Trabajador", "No"]
    r_pasap = ["Pasaporte mexicano, 6 a\u00f1os (si no lo tiene)", "MXN 2,310", "Trabajador", "No"]
    r_med = ["Examen m\u00e9dico y prueba antidoping", "MXN 1,150", "Trabajador", "No"]
    cost = [
        ["Concepto", "Monto", "Paga", "\u00bfSe reembolsa?"],
        r_insc,
        r_visa,
        r_pasap,
        r_med,
        ["Autob\u00fas Celaya\u2013Monterrey", "Incluido", "Empresa", "No aplica"],
        ["Hotel y comidas en Monterrey (2 noches)", "Incluido", "Empresa", "No aplica"],
        [
            "Autob\u00fas Monterrey\u2013Lansing y vi\u00e1ticos",
            "USD 190 aprox.",
            "Trabajador",
            "S\u00ed, al 50 %",
        ],
        ["Autob\u00fas de regreso a Celaya", "Incluido", "Empresa", "No aplica"],
    ]
    d.grid(cost, [82, 30, 28, 40], size=9.5, head_fill=(205, 222, 240))
    d.bullets(
        [
            "Los conceptos que dicen \u00abEmpresa\u00bb no tienen ning\u00fan costo para usted.",
            "Three Forks Fir Company paga directamente las cuotas de su solicitud H-2A ante el "
            "Departamento del Trabajo y USCIS.",
            "El boleto Monterrey\u2013Lansing y los vi\u00e1ticos se le devuelven completos en su "
            "cheque cuando haya trabajado la mitad del contrato.",
            "Nadie de esta oficina le pedir\u00e1 dinero fuera de lo que aparece en esta hoja.",
        ],
        size=9.5,
    )
    d.ln(6)
    d.sign_row(["Nombre del aspirante", "Firma", "Fecha"])
    fees = [
        fee(prog, "recruitment_fee", 2, " ".join(r_insc), 3500, "MXN"),
        fee(prog, "visa_cost", 2, " ".join(r_visa), 205, "USD"),
        fee(prog, "visa_cost", 2, " ".join(r_pasap), 2310, "MXN", passport_only=True),
        fee(prog, "medical_cost", 2, " ".join(r_med), 1150, "MXN"),
    ]
    lab = label(
        "ab04.pdf",
        prog,
        "es",
        2,
        fees,
        ["three_fourths_guarantee", "termination", "contract_impossibility"],
        ["Enlace Agr\u00edcola del Baj\u00edo, S.C."],
        [
            "rows paid by 'Empresa' (bus, hotel, meals, return) are not worker costs",
            "Monterrey\u2013Lansing bus advanced by worker but reimbursed at 50% (lawful h2a inbound rule)",
            "employer pays H-2A application fees to DOL and USCIS",
            "free housing, kitchen, daily transport, tools (summary table)",
            "workers' compensation paid by employer",
        ],
        "recruiter_packet",
        "letterhead line; page 1 gridded offer-summary table; page 2 cost table with payer and refund columns; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------- ab05
def ab05():
    prog = "h2a"
    d = Doc(
        "dvc",
        head="Entiat Terrace Fruit Co.  \u2014  H-2A work contract 2026",
        foot="Worker's copy",
        size=9.8,
    )
    d.add_page()
    d.h1("WORK CONTRACT\nH-2A SEASONAL ORCHARD EMPLOYMENT", size=13.5)
    d.h2("OFFER SUMMARY", before=0)
    d.grid(
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Entiat Terrace Fruit Co., 6120 Entiat River Road, Entiat, WA 98822 \u00b7 (509) 555-0176",
            ],
            ["Worker", "Florentino Maldonado Reyes, Tlapa de Comonfort, Guerrero, Mexico"],
            ["Position", "General farmworker, sweet cherry and apple harvest"],
            ["Contract dates", "June 8, 2026 to October 23, 2026"],
            [
                "Hours",
                "45 hours per week: Monday to Saturday, 6:00 a.m. to 1:30 p.m., rest breaks paid",
            ],
            [
                "Wage",
                "$19.25 per hour; cherries may be paid at $4.40 per 20-lb lug when that pays more",
            ],
            ["Paydays", "Every other Friday (biweekly)"],
            ["Housing", "Free, at Terrace Camp, 6155 Entiat River Road, Entiat"],
            ["Meals", "Shared camp kitchens with stoves and refrigerators, free to use"],
        ],
        [38, 142],
        size=9.3,
        bold_col0=True,
    )
    q_curfew = (
        "Residents must be inside by 9:00 p.m. and may not leave the camp on weekends without a "
        "written pass signed by the foreman."
    )
    q_damage = (
        "A Worker who breaks a ladder, a picking bucket or a bin through carelessness will have "
        "the replacement cost taken out of his next paycheck."
    )
    q_black = (
        "Anyone who takes a complaint to an outside agency, a legal-aid office or the consulate "
        "instead of first bringing it to the foreman will be placed on the Company's do-not-return "
        "list."
    )
    clauses = [
        (
            "Duties",
            "The Worker will pick sweet cherries by hand into picking buckets, keeping stems on "
            "the fruit, and later pick apples into bags, empty them into bins, move and set 10- to "
            "12-foot orchard ladders, prop limbs and clean up fallen fruit.",
        ),
        (
            "Qualifications",
            "The Worker must have at least one season of tree-fruit harvest experience and be "
            "able to climb a ladder while carrying 40 pounds.",
        ),
        (
            "Worksites",
            "Work is performed at the Terrace block (6120 Entiat River Road, Entiat), the "
            "Ardenvoir block (9870 Entiat River Road, Ardenvoir, WA 98811) and the Mad River "
            "orchard (215 Mad River Road, Entiat).",
        ),
        (
            "Pay and records",
            "Wages are paid every other Friday by direct deposit or check. With each payment the "
            "Worker receives a statement of hours offered, hours worked, units picked, rates, gross "
            "pay, deductions and net pay.",
        ),
        (
            "Guarantee",
            "The Employer offers the Worker hours totaling at least three-quarters of the "
            "workdays in the contract period and pays any shortfall at the contract rate.",
        ),
        (
            "Deductions",
            "The Employer deducts only income taxes the Worker chooses to have withheld, "
            "court-ordered garnishments, and any amount charged under Clause 11.",
        ),
        (
            "Housing",
            "Rooms at Terrace Camp are furnished without charge and meet the state's temporary "
            "worker housing standards. " + q_curfew,
        ),
        (
            "Travel",
            "The Employer reimburses the Worker's inbound airfare and meals on the road from "
            "Mexico City to Wenatchee once the Worker has completed half of the contract period, "
            "and pays return travel to Mexico City at the end. Visa fees the Worker pays at the "
            "consulate are repaid with the first paycheck. The Employer's bus carries workers from "
            "camp to the orchards each workday at no charge.",
        ),
        (
            "Tools",
            "Ladders, picking buckets and bags, bins and pruners are provided at no cost and "
            "without deposit. Ladder safety training is given during paid working hours and costs "
            "the Worker nothing.",
        ),
        (
            "Insurance",
            "The Worker is covered by the Employer's workers' compensation insurance through the "
            "Washington Department of Labor & Industries.",
        ),
        ("Care of equipment", q_damage),
        ("Conduct and complaints", q_black),
        (
            "Termination",
            "A Worker who misses five consecutive scheduled workdays without permission is "
            "considered to have abandoned employment. The Employer may dismiss a Worker for cause "
            "after a written warning and will notify the Department of Labor as required.",
        ),
        (
            "Natural disaster",
            "If frost, hail, fire or another natural disaster ends the harvest early, the Employer "
            "may terminate this contract with the approval of the Department of Labor, and will "
            "pay the three-quarters guarantee up to that date and the Worker's return trip.",
        ),
        (
            "Camp store",
            "A camp store sells snacks, drinks and phone cards; purchases are voluntary, paid in "
            "cash and never deducted from pay.",
        ),
    ]
    d.h2("CLAUSES")
    pages = {}
    for k, (t, txt) in enumerate(clauses, 1):
        if k == 8:
            d.add_page()
        pages[t] = d.page_no()
        d.para("**%d. %s.** %s" % (k, t, txt), md=True, gap=1.8)
    d.ln(4)
    d.sign_row(
        [
            "For Entiat Terrace Fruit Co.\nRosalind Okafor, Farm Manager",
            "Worker\nFlorentino Maldonado Reyes",
            "Date\nApril 27, 2026",
        ]
    )
    fees = [
        fee(prog, "movement_restriction", pages["Housing"], q_curfew),
        fee(prog, "damage_chargeback", pages["Care of equipment"], q_damage),
        fee(prog, "blacklisting_threat", pages["Conduct and complaints"], q_black),
    ]
    lab = label(
        "ab05.pdf",
        prog,
        "en",
        2,
        fees,
        ["wage_adjustment"],
        [],
        [
            "free housing",
            "free camp kitchens",
            "inbound airfare and visa fees repaid",
            "tools free, no deposit",
            "ladder safety training on paid time at no cost (not a training charge)",
            "voluntary camp-store purchases, never deducted",
            "court-ordered garnishments are a lawful deduction",
        ],
        "work_contract",
        "condensed sans; gridded two-column offer-summary table; numbered clauses with bold lead-ins; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------- ab06
def ab06():
    prog = "h2a"
    d = Doc("dvs", size=10, margin=24, top=14, foot="")
    d.add_page()
    d.set_font("dvs", "B", 13)
    d.set_text_color(120, 30, 30)
    d.cell(0, 7, "GESTOR\u00cdA Y RECLUTAMIENTO HUASTECA POTOSINA, S.C.", align="C")
    d.ln(7)
    d.set_font("dvs", "", 8.5)
    d.set_text_color(60, 60, 60)
    d.cell(
        0,
        4.5,
        "Calle Hidalgo 27, Centro, Tamazunchale, S.L.P.  \u00b7  Tel. 483 555 0131  \u00b7  "
        "gestoria.huasteca@correo.mx",
        align="C",
    )
    d.ln(5)
    d.set_draw_color(120, 30, 30)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)
    d.ln(5)
    d.para("Tamazunchale, S.L.P., a 5 de enero de 2026", align="R", gap=3)
    d.para(
        "Sr. Efr\u00e9n Olvera Hern\u00e1ndez\nLocalidad Tlaletla, Xilitla, S.L.P.\nP r e s e n t e",
        style="B",
        gap=3,
    )
    d.para(
        "Asunto: aviso de selecci\u00f3n \u2014 temporada de ca\u00f1a de az\u00facar 2026",
        align="R",
        style="I",
        gap=3,
    )
    d.para("Estimado Sr. Olvera:", gap=2)
    d.para(
        "Nos da gusto informarle que usted fue seleccionado para trabajar esta temporada con "
        "Bayou Teche Cane Growers LLC en la siembra y la zafra de ca\u00f1a de az\u00facar en el "
        "estado de Luisiana, Estados Unidos, con visa H-2A. En la hoja anexa encontrar\u00e1 las "
        "condiciones del trabajo tal como nos las envi\u00f3 el patr\u00f3n.",
        align="J",
    )
    d.para(
        "Para que su expediente siga adelante, le pedimos atender lo siguiente antes del 31 de "
        "enero:",
        align="J",
    )
    q_fee = (
        "Para cubrir el apoyo para el tr\u00e1mite, deber\u00e1 entregar 8,500 pesos a mi "
        "cu\u00f1ado, el se\u00f1or Aurelio Santos Ibarra, quien atiende a los trabajadores de "
        "Xilitla en la papeler\u00eda frente a la plaza."
    )
    q_note = (
        "Firmar\u00e1 usted un pagar\u00e9 por la cantidad de veinte mil pesos a favor de esta "
        "gestor\u00eda, como garant\u00eda de que cumplir\u00e1 la temporada completa, y se le "
        "devolver\u00e1 cuando regrese a M\u00e9xico."
    )
    q_course = (
        "La pl\u00e1tica de orientaci\u00f3n sobre la vida y el trabajo en Estados Unidos es "
        "obligatoria, tiene un costo de 1,200 pesos y se imparte el s\u00e1bado 17 de enero en "
        "nuestra oficina."
    )
    q_loan = (
        "Si no cuenta con el dinero, no se preocupe: la gestor\u00eda le puede prestar hasta 15 mil "
        "pesos, que usted ir\u00e1 pagando desde Estados Unidos con dep\u00f3sitos semanales de su "
        "sueldo, m\u00e1s un inter\u00e9s del 5 por ciento al mes."
    )
    for n, t in enumerate(
        [
            q_fee,
            q_note,
            q_course,
            "Traiga su pasaporte vigente; el derecho de visa lo paga directamente el patr\u00f3n, "
            "as\u00ed que usted no tiene que pagar nada en el consulado.",
        ],
        1,
    ):
        d.para("%d. %s" % (n, t), indent=6, align="L", gap=1.8)
    d.para(q_loan, align="L")
    d.para(
        "Le recordamos que los lugares son limitados y que hay otros compa\u00f1eros en espera. "
        "Cualquier duda, con gusto lo atendemos de lunes a s\u00e1bado en nuestra oficina.",
        align="J",
        gap=5,
    )
    d.para("Atentamente,", gap=10)
    d.para(
        "Lic. Reynaldo Cruz Almanza\nDirector\nGestor\u00eda y Reclutamiento Huasteca Potosina, S.C.",
        style="B",
    )
    d.add_page()
    d.h1(
        "ANEXO \u2014 CONDICIONES DEL TRABAJO\n(seg\u00fan la orden de trabajo del patr\u00f3n)",
        size=12,
    )
    d.bullets(
        [
            "**Patr\u00f3n:** Bayou Teche Cane Growers LLC, 3310 Highway 182 West, Jeanerette, "
            "Luisiana 70544, EE. UU.",
            "**Puesto y labores:** trabajador agr\u00edcola; siembra de ca\u00f1a a mano, corte de "
            "ca\u00f1a de semilla con machete, acomodo de tallos en los surcos, limpieza de zanjas y "
            "apoyo a las cosechadoras durante la zafra.",
            "**Requisitos:** un a\u00f1o de experiencia en ca\u00f1a o en otro cultivo de campo; "
            "poder levantar 50 libras.",
            "**Lugar:** campos del patr\u00f3n en las parroquias de Iberia y St. Mary, Luisiana.",
            "**Periodo:** del 23 de febrero al 11 de diciembre de 2026.",
            "**Horario:** 48 horas por semana, de lunes a s\u00e1bado de 6:00 a 14:30, con media "
            "hora para comer.",
            "**Salario:** 14.53 d\u00f3lares por hora.",
            "**D\u00eda de pago:** cada semana, los jueves.",
            "**Garant\u00eda:** trabajo por lo menos en las tres cuartas partes de los d\u00edas del "
            "contrato.",
            "**Vivienda:** gratuita, en el campamento del patr\u00f3n en Jeanerette.",
            "**Comidas:** cocina con estufa y refrigerador, sin costo.",
            "**Transporte diario:** gratuito, del campamento a los campos.",
            "**Viaje de ida:** el patr\u00f3n reembolsa el autob\u00fas y los vi\u00e1ticos desde "
            "Tamazunchale al cumplir la mitad del contrato.",
            "**Regreso:** el patr\u00f3n paga el autob\u00fas de regreso al terminar.",
            "**Herramientas:** machetes, limas y guantes sin costo.",
            "**Seguro de trabajo:** el patr\u00f3n tiene seguro de compensaci\u00f3n laboral "
            "(workers' compensation) para accidentes y enfermedades del trabajo.",
        ],
        md=True,
        gap=1.2,
    )
    fees = [
        fee(prog, "recruitment_fee", 1, q_fee, 8500, "MXN"),
        fee(prog, "deposit_or_bond", 1, q_note, 20000, "MXN"),
        fee(prog, "training_cost", 1, q_course, 1200, "MXN"),
        fee(prog, "debt_bondage", 1, q_loan, 15000, "MXN"),
    ]
    lab = label(
        "ab06.pdf",
        prog,
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Gestor\u00eda y Reclutamiento Huasteca Potosina, S.C."],
        [
            "fee paid to the recruiter's brother-in-law (sub-agent), euphemism 'apoyo para el tr\u00e1mite'",
            "visa fee paid directly by the employer",
            "free housing, kitchen, daily transport and tools in the annex",
            "inbound bus reimbursed at half the contract",
        ],
        "recruiter_letter",
        "letter on letterhead (serif), numbered requests, signature; page 2 bulleted annex of job terms",
    )
    return d, lab


# ---------------------------------------------------------------- ab07
def ab07():
    prog = "h2b"
    d = Doc(
        "ls",
        band=(18, 62, 110),
        band_text="HONGA BAY SEAFOOD INC.  \u00b7  H-2B job order MD-2026-0412",
        foot="Job order MD-2026-0412",
        size=9.8,
    )
    d.add_page()
    d.h1("H-2B JOB ORDER\nSEAFOOD PROCESSING \u2014 CRAB MEAT PICKER", size=13.5)
    d.h2("1. Employer", before=0)
    d.para(
        "Honga Bay Seafood Inc., 2741 Hoopers Island Road, Fishing Creek, Maryland 21634. "
        "Telephone (410) 555-0129. Contact: Loretta Meekins, plant manager."
    )
    d.h2("2. Job title, duties and requirements")
    d.para(
        "Crab meat picker / seafood processing worker (SOC 51-3022), 38 openings. Workers pick "
        "cooked blue crab meat by hand with a knife, separate jumbo lump, backfin and claw meat "
        "into containers, weigh and label cups, clean and sanitize picking tables, and pack "
        "orders at the retail counter, where they also collect delivery fees from local restaurant "
        "customers."
    )
    d.para(
        "Requirements: no experience needed; workers must be 18 or older, able to stand for a "
        "full shift in a chilled room, and willing to follow the plant's food-safety rules."
    )
    d.h2("3. Period, place and hours")
    d.bullets(
        [
            "Period of employment: April 1, 2026 to November 15, 2026",
            "Place of employment: processing plant at 2741 Hoopers Island Road, Fishing Creek, MD 21634",
            "Hours: 40 hours per week, Monday through Friday, 5:00 a.m. to 1:30 p.m. with a "
            "30-minute unpaid break",
        ]
    )
    d.h2("4. Pay and deductions")
    d.grid(
        [
            ["Item", "Terms"],
            [
                "Wage rate",
                "$17.92 per hour, or $3.10 per pound of picked meat when piece earnings for the "
                "week are higher",
            ],
            [
                "Wage floor",
                "At least the highest of the prevailing wage and the federal, state or local "
                "minimum wage for the whole period; a higher prevailing wage issued during the "
                "season applies from its effective date",
            ],
            ["Pay frequency", "Weekly, every Friday"],
            [
                "Pay statements",
                "Itemized each payday: hours offered and worked, pounds, rate, gross and net pay, "
                "each deduction",
            ],
            [
                "Deductions",
                "FICA; federal and Maryland income tax; bunkhouse rent and lunch charge (Section "
                "6); voluntary deductions the worker authorizes in writing",
            ],
        ],
        [38, 142],
        bold_col0=True,
    )
    d.h2("5. Three-fourths guarantee")
    d.para(
        "For each 12-week period of the contract (6 weeks for the final period), the employer "
        "guarantees work for at least three-fourths of the workdays, and pays the difference when "
        "it offers less."
    )
    q_house = (
        "Beds in the company bunkhouse at 2760 Hoopers Island Road are rented to workers at $70 a "
        "week, collected by payroll deduction."
    )
    q_lunch = (
        "Lunch is served in the break room every workday, and $9.50 per day is deducted from wages "
        "for it."
    )
    d.h2("6. Housing and meals")
    d.para(q_house + " " + q_lunch + " Coffee and drinking water are free at all times.")
    d.add_page()
    q_ins = (
        "Before departure, each worker must purchase the travel and accident policy arranged by "
        "our agent, Mareas del Golfo Reclutamiento, S.A. de C.V., at a cost of USD 72."
    )
    d.h2("7. Travel and visa", before=0)
    d.bullets(
        [
            "Inbound: the employer pays, in the first workweek, the reasonable cost of "
            "transportation and daily subsistence from the worker's home town to Fishing Creek.",
            "Visa: the employer reimburses the visa, visa processing and border-crossing fees in "
            "the first workweek.",
            q_ins,
            "Return: transportation and subsistence back to the home town are paid by the employer "
            "for workers who complete the period or are dismissed early for reasons other than "
            "cause.",
        ]
    )
    d.h2("8. Tools and equipment")
    d.para(
        "Knives, aprons, hairnets, gloves and rubber boots are supplied at no charge to the worker."
    )
    q_pen = (
        "Workers who leave the plant before September 30 owe the company $500 in liquidated "
        "damages to cover the cost of replacing them."
    )
    d.h2("9. Leaving early and termination")
    d.para(
        q_pen + " Five consecutive days of unexcused absence count as abandonment, and the "
        "employer will notify the Department of Labor and DHS in writing within two working days. "
        "Dismissal for cause follows the written plant rules given to each worker on arrival."
    )
    d.h2("10. If the work becomes impossible")
    d.para(
        "If a hurricane, a fishery closure or another event beyond the employer's control makes "
        "the work impossible, the employer may end the contract with the Certifying Officer's "
        "approval and will pay the three-fourths guarantee to that date and return transportation."
    )
    d.h2("11. Fees and language")
    d.para(
        "Neither the employer nor its agent may charge any worker a recruitment fee; the "
        "employer pays the agent for its services. A Spanish translation of this job order is "
        "available on request."
    )
    fees = [
        fee(prog, "housing_charge", 1, q_house, 70, "USD"),
        fee(prog, "meal_charge", 1, q_lunch, 9.5, "USD"),
        fee(prog, "insurance_cost", 2, q_ins, 72, "USD"),
        fee(prog, "breach_penalty", 2, q_pen, 500, "USD"),
    ]
    lab = label(
        "ab07.pdf",
        prog,
        "en",
        2,
        fees,
        ["overtime"],
        ["Mareas del Golfo Reclutamiento, S.A. de C.V."],
        [
            "'collect delivery fees from local restaurant customers' is a job duty",
            "coffee and water free",
            "inbound travel paid in first workweek",
            "visa and border-crossing fees reimbursed in first workweek",
            "knives, aprons, gloves and boots free",
            "employer pays the agent; no recruitment fee (negated)",
        ],
        "job_order",
        "header band; numbered sections; gridded pay-and-deductions table; bullets",
    )
    return d, lab


# ---------------------------------------------------------------- ab08
def ab08():
    prog = "generic"
    d = Doc(
        "noto",
        fmt="A4",
        head="Contract No. HLC-OFW-2026-0193",
        foot="HLC-OFW-2026-0193",
        size=9.6,
        margin=20,
    )
    d.add_page()
    d.h1("STANDARD EMPLOYMENT CONTRACT\nFOREIGN WORKER \u2014 MANUFACTURING SECTOR", size=13)
    d.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Hsinchu Lumen Circuits Co., Ltd., No. 17, Lane 42, Zhongxing Road, Hukou "
                "Township, Hsinchu County 303, Taiwan",
            ],
            ["Taiwan broker", "Formosa Bridge Manpower Consultancy Co., Ltd., Zhubei City"],
            [
                "Philippine agency",
                "Bayanihan Crest Manpower Services Inc., 1820 Taft Avenue, Malate, Manila",
            ],
            [
                "Worker",
                "Rodelio Mangubat Casta\u00f1ares, born 14 June 1994, Tarlac City, Philippines",
            ],
        ],
        [40, 130],
        bold_col0=True,
        size=9.2,
    )
    q_pass = (
        "For safekeeping, the Employer shall hold the Worker's passport and Alien Resident "
        "Certificate in the dormitory office for the duration of this Contract."
    )
    q_loan = (
        "The Worker's pre-departure loan of PHP 95,000 from Luzon Harbor Lending Corp., which the "
        "Philippine agency required the Worker to take as a condition of deployment, shall be "
        "repaid through monthly salary deductions of NT$ 4,100 remitted by the Employer to the "
        "lender."
    )
    clauses = [
        (
            "Position and duties",
            "The Worker is employed as a production operator on surface-mount assembly lines: "
            "loading circuit boards into reflow ovens, inspecting solder joints under "
            "magnification, sorting rejected boards and keeping the workstation clean.",
        ),
        (
            "Place of work",
            "Plant 2 of the Employer, No. 17, Lane 42, Zhongxing Road, Hukou Township, Hsinchu "
            "County.",
        ),
        (
            "Duration",
            "Three (3) years, from the Worker's arrival in Taiwan, expected on 16 March 2026, to "
            "15 March 2029.",
        ),
        (
            "Hours of work",
            "Eight (8) hours a day, five (5) days a week, on rotating day and night shifts (08:00 "
            "to 17:00 or 20:00 to 05:00, each with one hour of rest). Overtime is voluntary and is "
            "paid at 1.34 times the hourly rate for the first two hours and 1.67 times thereafter.",
        ),
        (
            "Salary",
            "A basic monthly salary of NT$ 28,590, paid on the 10th day of each month for the "
            "preceding month by deposit into the Worker's own bank account.",
        ),
        (
            "Deductions",
            "Only the deductions listed in Annex A and in Clause 11 may be made from the salary.",
        ),
        (
            "Food and accommodation",
            "The Employer provides dormitory accommodation and three meals a day free of charge.",
        ),
        (
            "Air travel",
            "The Employer pays the Worker's airfare from Manila to Taipei and, at the end of the "
            "Contract, the return airfare from Taipei to Manila.",
        ),
        (
            "Fees",
            "No placement fee shall be collected from the Worker by the Philippine agency. "
            "Medical examinations required in Taiwan are at the Employer's expense.",
        ),
        ("Documents", q_pass),
        ("Pre-departure loan", q_loan),
        (
            "Social insurance",
            "The Worker is enrolled in Labor Insurance and National Health Insurance as Taiwan "
            "law requires; the Worker's statutory share of the premiums is shown in Annex A.",
        ),
        (
            "Disputes",
            "Disputes shall first be settled amicably and, failing that, before the labor "
            "authorities of Hsinchu County or the Philippine Overseas Labor Office in Taipei.",
        ),
    ]
    pages = {}
    for k, (t, txt) in enumerate(clauses, 1):
        pages[t] = d.page_no()
        d.para("**%d. %s.** %s" % (k, t.upper(), txt), md=True, gap=1.6)
    d.add_page()
    d.h2("ANNEX A \u2014 MONTHLY SALARY AND DEDUCTION SCHEDULE", before=0)
    r_fee = ["4", "Service fee to Taiwan broker (Formosa Bridge)", "NT$ 1,800", "1\u201336"]
    d.grid(
        [
            ["Item", "Deduction", "Amount per month", "Months"],
            ["1", "Labor Insurance, worker's statutory share", "NT$ 715", "1\u201336"],
            ["2", "National Health Insurance, worker's statutory share", "NT$ 443", "1\u201336"],
            ["3", "Income tax withholding, per the national tax table", "as assessed", "1\u201336"],
            r_fee,
            ["5", "Dormitory and meals", "NT$ 0 (free)", "\u2014"],
        ],
        [14, 96, 34, 26],
        size=9.2,
    )
    d.para(
        "Gross monthly salary: NT$ 28,590. Overtime pay is added in the month it is earned. The "
        "Employer gives the Worker a payslip each month showing every deduction.",
        size=9,
    )
    d.ln(6)
    d.sign_row(
        [
            "For the Employer\nHuang Wei-Ting, HR Manager",
            "For the Philippine agency\nMa. Cristina D. Tolentino",
            "Worker\nRodelio M. Casta\u00f1ares",
        ]
    )
    fees = [
        fee(prog, "document_retention", pages["Documents"], q_pass),
        fee(prog, "debt_bondage", pages["Pre-departure loan"], q_loan, 95000, "PHP"),
        fee(prog, "recruitment_fee", d.page_no(), " ".join(r_fee), 1800, "TWD"),
    ]
    lab = label(
        "ab08.pdf",
        prog,
        "en",
        2,
        fees,
        ["termination"],
        [
            "Formosa Bridge Manpower Consultancy Co., Ltd.",
            "Bayanihan Crest Manpower Services Inc.",
        ],
        [
            "statutory Labor Insurance and National Health Insurance shares (not insurance_cost)",
            "income tax withholding",
            "dormitory and meals NT$ 0 (free)",
            "employer pays both airfares",
            "no placement fee from the Philippine agency (negated)",
            "medical exams in Taiwan at employer's expense",
            "voluntary overtime paid at a premium",
        ],
        "ofw_contract",
        "A4; parties table; numbered clauses with bold lead-ins; Annex A salary-deduction schedule table",
    )
    return d, lab


# ---------------------------------------------------------------- ab09
def ab09():
    prog = "h2a"
    d = Doc(
        "dv",
        head="Picacho Chile Farms LLC \u2014 Contrato H-2A 2026",
        foot="Ejemplar del trabajador",
        size=9.6,
    )
    d.add_page()
    d.h1("CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL\nVISA H-2A", size=13.5)
    d.h2("I. DATOS GENERALES", before=0)
    d.grid(
        [
            [
                "Patr\u00f3n:",
                "Picacho Chile Farms LLC, 7620 West Picacho Avenue, Las Cruces, Nuevo M\u00e9xico "
                "88007, EE. UU. Tel. (575) 555-0158",
            ],
            ["Trabajador:", "Teodoro Ruiz Villalobos, de Nuevo Casas Grandes, Chihuahua"],
            ["Puesto:", "Trabajador agr\u00edcola de chile y cebolla"],
            ["Periodo:", "Del 3 de agosto al 20 de noviembre de 2026"],
            [
                "Horario:",
                "40 horas por semana; de lunes a viernes, de 6:30 a 15:00, con media hora de comida",
            ],
            [
                "Salario:",
                "$15.24 por hora, o $3.25 por cubeta de 25 libras de chile verde si con eso gana "
                "m\u00e1s",
            ],
            ["Pago:", "Semanal, cada viernes"],
        ],
        [30, 150],
        header=False,
        borders="NONE",
        bold_col0=True,
        size=9.6,
    )
    d.h2("II. CL\u00c1USULAS")
    cls = [
        (
            "Labores",
            "Cosechar a mano chile verde y chile rojo en cubetas, vaciarlas en costales o en la "
            "caja del cami\u00f3n, cortar y limpiar cebolla, y deshierbar con azad\u00f3n cuando no "
            "haya cosecha. El chile de esta finca se vende a una planta que cobra una cuota de "
            "procesamiento a los productores; eso no afecta su pago.",
        ),
        (
            "Requisitos",
            "Se pide experiencia de tres meses en cosecha de chile u otra hortaliza, y poder "
            "trabajar agachado y cargar 50 libras. No se pide saber ingl\u00e9s.",
        ),
        (
            "Lugares de trabajo",
            "Finca Picacho (7620 West Picacho Avenue, Las Cruces) y finca Do\u00f1a Ana (4150 "
            "Shalem Colony Trail, Las Cruces), ambas en el condado de Do\u00f1a Ana, Nuevo "
            "M\u00e9xico.",
        ),
        (
            "Salario m\u00e1s alto",
            "Si durante el contrato el AEWR, el salario prevaleciente o el salario m\u00ednimo "
            "federal o estatal sube por encima de la tarifa de este contrato, el patr\u00f3n "
            "pagar\u00e1 la tarifa m\u00e1s alta desde el d\u00eda en que entre en vigor.",
        ),
        (
            "Tal\u00f3n de pago",
            "Cada viernes recibir\u00e1 un tal\u00f3n que muestra las horas ofrecidas, las horas "
            "trabajadas, las cubetas, las tarifas, el total ganado y cada descuento.",
        ),
        (
            "Descuentos",
            "Solo se descuentan: el impuesto sobre la renta si usted lo solicita; los pagos "
            "ordenados por un juez, como la pensi\u00f3n alimenticia; y lo que usted autorice por "
            "escrito para su propio beneficio, por ejemplo env\u00edos de dinero. No se descuenta "
            "nada por vivienda, transporte, herramientas ni comida.",
        ),
        (
            "Garant\u00eda de tres cuartas partes",
            "El patr\u00f3n le ofrecer\u00e1 trabajo por al menos tres cuartas partes de las horas de "
            "los d\u00edas laborables del periodo del contrato; si no lo hace, le pagar\u00e1 lo que "
            "falte.",
        ),
        (
            "Vivienda",
            "La vivienda es gratuita: cuartos en el Campo Picacho, 7700 West Picacho Avenue, "
            "inspeccionado el 14 de julio de 2026. No se pide dep\u00f3sito por colchones, cobijas "
            "ni llaves.",
        ),
        (
            "Comidas",
            "Cada cuarto comparte una cocina con estufa, refrigerador y trastes, sin costo para "
            "usted.",
        ),
        (
            "Transporte",
            "Viaje de ida: el patr\u00f3n le paga el autob\u00fas de Ciudad Ju\u00e1rez a Las Cruces "
            "y los alimentos del camino; si usted los pag\u00f3, se le devuelven en el primer pago. "
            "Viaje de regreso: al terminar el contrato, el patr\u00f3n paga su regreso a Ciudad "
            "Ju\u00e1rez. Transporte diario: un autob\u00fas del patr\u00f3n lo lleva del campo de "
            "vivienda a la finca y lo regresa, sin costo.",
        ),
        (
            "Visa",
            "El patr\u00f3n paga directamente el derecho de visa y el cruce fronterizo; usted no "
            "paga nada en el consulado.",
        ),
        (
            "Herramientas",
            "Cubetas, cuchillos, azadones y guantes de trabajo se entregan gratis. Si usted "
            "quiere, puede comprar guantes de piel en la tienda del rancho; esa compra es "
            "voluntaria.",
        ),
        (
            "Seguro",
            "Usted est\u00e1 cubierto por el seguro de compensaci\u00f3n laboral del patr\u00f3n "
            "(New Mexico Mutual, p\u00f3liza NMM-2290417) si se lastima o enferma por el trabajo.",
        ),
        (
            "Terminaci\u00f3n",
            "Si falta cinco d\u00edas laborables seguidos sin avisar, se entiende que "
            "abandon\u00f3 el trabajo. El patr\u00f3n solo lo puede despedir por causa justificada "
            "y le dar\u00e1 el motivo por escrito.",
        ),
        (
            "Imposibilidad",
            "Si una granizada, una inundaci\u00f3n, un incendio u otro desastre natural hace "
            "imposible seguir trabajando, el patr\u00f3n puede terminar el contrato con "
            "aprobaci\u00f3n del Departamento del Trabajo; en ese caso le paga la garant\u00eda de "
            "tres cuartas partes hasta ese d\u00eda y su regreso.",
        ),
        (
            "Cobros",
            "Nadie le puede cobrar por este trabajo: ni el patr\u00f3n, ni sus reclutadores, ni "
            "ning\u00fan intermediario. Nadie le pedir\u00e1 fianza, pagar\u00e9 ni garant\u00eda de "
            "ning\u00fan tipo.",
        ),
        (
            "Documentos y quejas",
            "Usted guarda su pasaporte y su visa. Puede quejarse ante el patr\u00f3n, el "
            "Departamento del Trabajo o su consulado sin que lo castiguen ni lo pongan en una "
            "lista negra.",
        ),
    ]
    for k, (t, txt) in enumerate(cls, 1):
        if k == 10:
            d.add_page()
        d.para("**%d. %s.** %s" % (k, t, txt), md=True, gap=1.6)
    d.add_page()
    d.h2("ADENDA 1 \u2014 REGLAMENTO DE LA VIVIENDA", before=0, fill=(230, 230, 230))
    d.bullets(
        [
            "Usted puede entrar y salir del campo de vivienda a cualquier hora; no hay toque de "
            "queda.",
            "Las visitas son bienvenidas en las \u00e1reas comunes.",
            "Usted no paga por el desgaste normal de los cuartos ni de los muebles.",
            "La lavander\u00eda del campo funciona con fichas que el patr\u00f3n regala cada lunes.",
            "Las multas de tr\u00e1nsito que reciban los choferes de la empresa las paga la empresa.",
            "Est\u00e1 prohibido fumar dentro de los cuartos y cocinar fuera de la cocina.",
        ]
    )
    d.ln(8)
    d.sign_row(
        [
            "Por el patr\u00f3n\nGloria Madrid, administradora",
            "El trabajador\nTeodoro Ruiz Villalobos",
            "Fecha\n15 de junio de 2026",
        ]
    )
    lab = label(
        "ab09.pdf",
        prog,
        "es",
        3,
        [],
        [],
        [],
        [
            "'cuota de procesamiento' is charged by a processing plant to growers, not to workers",
            "lawful deductions (court-ordered child support, authorized remittances); nothing deducted for housing, transport, tools or food",
            "free housing, no deposit for mattresses or keys",
            "free kitchen",
            "inbound bus repaid in first pay; return and daily transport paid",
            "visa and border crossing paid by employer",
            "tools free; voluntary purchase of leather gloves at the ranch store",
            "nobody may charge; no fianza, pagar\u00e9 or guarantee (negated deposit)",
            "worker keeps passport; no blacklist for complaints",
            "no curfew (negated movement restriction)",
            "no charge for normal wear (negated damage chargeback)",
            "traffic fines of company drivers paid by the company",
        ],
        "work_contract",
        "borderless data table at top; numbered clauses; addendum page with housing rules; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------- ab10 (scanned)
def ab10():
    prog = "h2b"
    d = Doc("lsr", fmt="Legal", size=9.8, margin=20, top=14)
    d.add_page()
    d.h1(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE RECLUTAMIENTO\nPARA TRABAJO TEMPORAL EN LOS "
        "ESTADOS UNIDOS (VISA H-2B)",
        size=12,
    )
    d.para(
        "En la ciudad de Huehuetenango, el 12 de enero de 2026, comparecen: Agencia Laboral Los "
        "Cuchumatanes, S.A., representada por su gerente, Licda. Marta Lidia Recinos Ochoa (en "
        "adelante, LA AGENCIA), y el se\u00f1or Byron Estuardo M\u00e9rida Sales, con DPI 2468 "
        "13579 1301 (en adelante, LA PERSONA TRABAJADORA), quienes convienen lo siguiente:",
        align="J",
    )
    d.para("**PRIMERO. Del empleo ofrecido.** Las condiciones que ofrece LA EMPRESA son:", md=True)
    d.grid(
        [
            ["Concepto", "Condici\u00f3n"],
            [
                "Empresa",
                "Piney Hollow Reforestation LLC, 215 Mill Creek Road, Monticello, Arkansas 71655, "
                "EE. UU. (en adelante, LA EMPRESA)",
            ],
            [
                "Puesto",
                "Trabajador forestal: plantaci\u00f3n de pinos con barra plantadora, limpieza de "
                "brechas y aplicaci\u00f3n manual de herbicida",
            ],
            [
                "Requisitos",
                "Una temporada de experiencia en trabajo de campo o forestal; buena condici\u00f3n f\u00edsica",
            ],
            ["Lugar", "Terrenos forestales en los condados de Drew, Bradley y Ashley, Arkansas"],
            ["Periodo", "Del 2 de febrero al 29 de mayo de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 6:30 a 15:00, con media hora de almuerzo",
            ],
            [
                "Salario",
                "17.35 d\u00f3lares por hora; si se publica un salario prevaleciente o un m\u00ednimo "
                "m\u00e1s alto, se paga el m\u00e1s alto",
            ],
            ["Pago", "Cada semana, los viernes, con tal\u00f3n de pago detallado"],
            [
                "Descuentos",
                "Impuestos de ley (federal, estatal y FICA) y los que el trabajador autorice por escrito",
            ],
            [
                "Garant\u00eda",
                "Trabajo por al menos tres cuartas partes de los d\u00edas laborables de cada periodo "
                "de 12 semanas",
            ],
            [
                "Viaje de ida",
                "LA EMPRESA paga el autob\u00fas y los vi\u00e1ticos desde Huehuetenango en la primera "
                "semana de trabajo",
            ],
            ["Regreso", "LA EMPRESA paga el regreso a Huehuetenango al terminar el contrato"],
            ["Herramientas", "Barras plantadoras, cascos y guantes sin costo"],
            [
                "Terminaci\u00f3n",
                "Cinco d\u00edas de ausencia sin aviso se consideran abandono; despido solo con causa "
                "justificada",
            ],
        ],
        [32, 143.9],
        bold_col0=True,
        size=9.2,
    )
    q_fee = (
        "Para apartar su lugar en el grupo, LA PERSONA TRABAJADORA aportar\u00e1 Q3,000.00 por "
        "concepto de cuota de colocaci\u00f3n, pagaderos en la oficina de LA AGENCIA antes de la "
        "entrevista consular."
    )
    q_visa = (
        "El arancel consular de la visa, de USD 205, corre por cuenta de LA PERSONA TRABAJADORA y "
        "no le ser\u00e1 reembolsado."
    )
    q_pass = (
        "LA AGENCIA conservar\u00e1 el pasaporte de LA PERSONA TRABAJADORA desde la entrega de la "
        "visa hasta el d\u00eda de salida hacia la frontera."
    )
    d.para("**SEGUNDO. De los pagos.** " + q_fee + " " + q_visa, md=True, align="L")
    d.para("**TERCERO. De los documentos.** " + q_pass, md=True, align="L")
    d.para(
        "**CUARTO. De las quejas.** LA PERSONA TRABAJADORA puede presentar quejas ante el "
        "Ministerio de Trabajo y Previsi\u00f3n Social sin que ello afecte su contrataci\u00f3n.",
        md=True,
        align="L",
    )
    d.para(
        "**QUINTO. Aceptaci\u00f3n.** Le\u00eddo el presente convenio, las partes lo ratifican y "
        "firman en dos ejemplares.",
        md=True,
        align="L",
        gap=4,
    )
    d.sign_row(
        [
            "Licda. Marta Lidia Recinos Ochoa\nLA AGENCIA (firma y sello)",
            "Byron Estuardo M\u00e9rida Sales\nLA PERSONA TRABAJADORA (firma y huella)",
        ],
        h=14,
    )
    fees = [
        fee(prog, "recruitment_fee", 1, q_fee, 3000, "GTQ"),
        fee(prog, "visa_cost", 1, q_visa, 205, "USD"),
        fee(prog, "document_retention", 1, q_pass),
    ]
    lab = label(
        "ab10.pdf",
        prog,
        "es",
        1,
        fees,
        ["overtime", "visa_reimbursement", "contract_impossibility"],
        ["Agencia Laboral Los Cuchumatanes, S.A."],
        [
            "inbound bus and viaticos paid by employer in first week",
            "return paid by employer",
            "tools free",
            "complaints allowed without affecting hiring (negated blacklisting)",
        ],
        "recruiter_agreement",
        "legal-size single page; gridded terms table; numbered clauses PRIMERO..QUINTO; SCANNED image-only",
        scanned=True,
    )
    return d, lab


# ---------------------------------------------------------------- ab11 (two columns)
def ab11():
    prog = "h2b"
    d = Doc(
        "noto",
        band=(20, 90, 120),
        band_text="HARBOR LODGE  \u00b7  H-2B Seasonal Staff Agreement 2026",
        foot="Harbor Lodge seasonal staff agreement",
        size=9,
    )
    d.add_page()
    d.h1("SEASONAL STAFF AGREEMENT \u2014 RESORT ATTENDANT (H-2B)", size=12.5)
    sections = [
        (
            "Employer",
            "Sister Bay Harbor Lodge LLC, 10690 Bay Shore Drive, Sister Bay, Wisconsin 54234; "
            "telephone (920) 555-0162; contact Anneliese Voss, human resources.",
        ),
        (
            "Position",
            "Resort attendant (housekeeping and guest services), 22 openings. Attendants clean and "
            "restock guest rooms and cottages, refill coffee stations, wash and fold linens, and "
            "staff the front desk in the evening, where they check guests in and collect the nightly "
            "resort fee and parking fees from guests.",
        ),
        (
            "Requirements",
            "Three months of hotel housekeeping experience, basic conversational English, and the "
            "ability to lift 30 pounds.",
        ),
        ("Dates", "May 11, 2026 through October 18, 2026."),
        (
            "Where",
            "At the Lodge, 10690 Bay Shore Drive, and at its Ephraim cottages, 9950 Water Street, "
            "Ephraim, Wisconsin 54211.",
        ),
        (
            "Hours",
            "40 hours per week in five 8-hour shifts between 7:00 a.m. and 11:00 p.m.; schedules "
            "are posted every Thursday for the following week.",
        ),
        (
            "Pay",
            "$16.84 per hour. If a higher prevailing wage or a higher federal, state or local "
            "minimum wage takes effect during the season, the higher rate is paid from that date.",
        ),
        (
            "Overtime",
            "Hours over 40 in a workweek are paid at $25.26 per hour, one and one-half times the "
            "base rate.",
        ),
        (
            "Paydays and statements",
            "Every other Friday by direct deposit. Each pay statement lists hours offered and "
            "worked, the rate, gross pay, each deduction and net pay.",
        ),
        (
            "Deductions",
            "Federal and Wisconsin income tax, Social Security and Medicare, and any deduction "
            "the worker requests in writing, such as a savings transfer. Nothing is deducted for "
            "uniforms, housing, meals or transport.",
        ),
        (
            "Guarantee",
            "The Lodge guarantees hours equal to three-fourths of the workdays in each 12-week "
            "period of the season (6 weeks for a final shorter period); any shortfall is paid.",
        ),
        (
            "Housing and meals",
            "Staff housing at the Bayview dorm, 10710 Bay Shore Drive, is provided free of charge "
            "and with no security deposit. Staff meals are free during every shift, and coffee and "
            "tea are available all day.",
        ),
        (
            "Travel and visa",
            "Inbound bus fare and meals from the worker's home city are reimbursed in the first "
            "workweek. The visa fee, the visa appointment fee and border-crossing fees are also "
            "reimbursed in the first workweek. The fare home is paid at the end of the season, or "
            "earlier if the worker is dismissed without cause.",
        ),
        (
            "Uniforms and supplies",
            "Uniforms, cleaning supplies, carts and non-slip shoes are provided free and laundered "
            "on site; no deposit is ever taken.",
        ),
        (
            "Leaving and dismissal",
            "A worker may resign at any time; no penalty is charged and earned wages are paid in "
            "full. Five consecutive unexcused absences count as abandonment, which the Lodge "
            "reports to DOL and DHS; dismissal for cause follows a written warning.",
        ),
        (
            "Completion bonus",
            "Workers who stay until October 18 receive a bonus of $0.75 for every hour worked, in "
            "addition to their regular wages, which are always paid in full on each payday.",
        ),
        (
            "If work becomes impossible",
            "If fire, storm damage or another event beyond the Lodge's control makes the work "
            "impossible, the Lodge may end the contract with DOL approval and will pay the "
            "three-fourths guarantee to that date and return travel.",
        ),
        (
            "No fees",
            "Lakeview Staffing Partners LLC recruits for the Lodge and is paid by the Lodge; "
            "workers are never charged a recruitment, placement or processing fee.",
        ),
        (
            "Passports and freedom",
            "Workers keep their passports; the Lodge only copies them for Form I-9. Staff come and "
            "go from the dorm as they wish; quiet hours after 11 p.m. are the only house rule. "
            "Raising concerns with the Lodge, the Department of Labor or a consulate never affects "
            "rehire.",
        ),
    ]
    d.set_font("noto", "", 9)
    with d.text_columns(
        ncols=2, gutter=8, balance=True, text_align="LEFT", line_height=1.12
    ) as cols:
        for t, txt in sections:
            d.set_font("noto", "B", 9)
            with cols.paragraph(top_margin=1.0, bottom_margin=0.6) as par:
                par.write(t.upper())
            d.set_font("noto", "", 9)
            with cols.paragraph(bottom_margin=1.8) as par:
                par.write(txt)
    d.ln(4)
    d.para(
        "ACKNOWLEDGEMENT. I received a copy of this agreement, in English and in Spanish, before "
        "my visa interview, and its terms were explained to me.",
        size=9,
    )
    d.ln(4)
    d.sign_row(
        [
            "For Sister Bay Harbor Lodge LLC\nAnneliese Voss",
            "Worker (print and sign)",
            "Date",
        ]
    )
    lab = label(
        "ab11.pdf",
        prog,
        "en",
        2,
        [],
        [],
        ["Lakeview Staffing Partners LLC"],
        [
            "'collect the nightly resort fee and parking fees from guests' is a job duty",
            "'coffee stations', free coffee and tea",
            "free staff housing, no security deposit",
            "free staff meals",
            "inbound fare and visa fees reimbursed in first workweek",
            "uniforms and shoes free, no deposit",
            "no penalty for resigning; earned wages paid in full (negated breach penalty)",
            "completion bonus on top of fully paid wages (not wage withholding)",
            "recruiter paid by the employer; no recruitment fee (negated)",
            "passport only copied for I-9 (no retention)",
            "quiet hours are not a curfew",
        ],
        "work_contract",
        "header band; full-width title; body in two text columns with section headings; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------- ab12 (bilingual FAQ)
def ab12():
    prog = "generic"
    d = Doc(
        "ls",
        band=(60, 110, 40),
        band_text="TALBOT TRAIL GREENHOUSES INC.  \u00b7  Worker handbook / Manual del trabajador 2026",
        foot="Talbot Trail Greenhouses \u2014 handbook / manual",
        size=9.6,
    )
    grey = (60, 60, 60)
    d.add_page()
    d.h1(
        "WORKER HANDBOOK AND EMPLOYMENT TERMS 2026\nMANUAL DEL TRABAJADOR Y CONDICIONES DE EMPLEO 2026",
        size=12.5,
    )
    d.set_fill_color(236, 242, 228)
    d.grid(
        [
            ["Your details / Sus datos", ""],
            ["Worker / Trabajador", "Marvin Estuardo Aj\u00fa Tzoc"],
            ["Employee no. / No. de empleado", "TT-26-0417"],
            ["Home town / Lugar de origen", "San Andr\u00e9s Itzapa, Chimaltenango, Guatemala"],
        ],
        [65, 105],
        head_fill=(200, 220, 180),
    )
    qa = [
        (
            "Who is my employer? / \u00bfQui\u00e9n es mi empleador?",
            "Talbot Trail Greenhouses Inc., 1835 Talbot Road East, Wheatley, Ontario N0P 2P0, "
            "Canada.",
            "Talbot Trail Greenhouses Inc., 1835 Talbot Road East, Wheatley, Ontario N0P 2P0, "
            "Canad\u00e1.",
        ),
        (
            "What will I do? / \u00bfQu\u00e9 voy a hacer?",
            "You will work as a greenhouse worker: training tomato and pepper vines up their "
            "strings, removing side shoots, harvesting fruit into carts, checking the irrigation "
            "feeder lines and drippers, and cleaning the rows.",
            "Trabajar\u00e1 como trabajador de invernadero: guiar las plantas de tomate y chile por "
            "sus hilos, quitar brotes laterales, cosechar la fruta en carritos, revisar las "
            "l\u00edneas de alimentaci\u00f3n y los goteros del riego y limpiar los pasillos.",
        ),
        (
            "Where, and for how long? / \u00bfD\u00f3nde y por cu\u00e1nto tiempo?",
            "At the greenhouses at 1835 and 2010 Talbot Road East, Wheatley, from February 9, 2026 "
            "to November 27, 2026.",
            "En los invernaderos de 1835 y 2010 Talbot Road East, Wheatley, del 9 de febrero al 27 "
            "de noviembre de 2026.",
        ),
        (
            "What are my hours? / \u00bfCu\u00e1l es mi horario?",
            "45 hours a week: Monday to Friday from 7:00 a.m. to 4:00 p.m. with a one-hour break, "
            "and Saturday from 7:00 a.m. to noon. Hours over 44 in a week are paid at one and a "
            "half times the regular rate.",
            "45 horas por semana: de lunes a viernes de 7:00 a 16:00 con una hora de descanso, y "
            "el s\u00e1bado de 7:00 a 12:00. Las horas que pasen de 44 en una semana se pagan a "
            "tiempo y medio.",
        ),
        (
            "How much will I earn, and when? / \u00bfCu\u00e1nto ganar\u00e9 y cu\u00e1ndo?",
            "CAD 17.60 per hour, paid every two weeks on Thursday by direct deposit, with a pay "
            "stub.",
            "17.60 d\u00f3lares canadienses por hora, pagados cada dos semanas, los jueves, por "
            "dep\u00f3sito directo, con talón de pago.",
        ),
        (
            "What comes off my pay? / \u00bfQu\u00e9 se descuenta de mi pago?",
            "Only the statutory deductions: income tax, Canada Pension Plan contributions and "
            "Employment Insurance premiums, which Canadian law requires for every worker. Nothing "
            "else is deducted without your written consent.",
            "Solo los descuentos de ley: impuesto sobre la renta, aportaciones al Plan de Pensiones "
            "de Canad\u00e1 y primas del Seguro de Empleo, que la ley canadiense exige para todos "
            "los trabajadores. No se descuenta nada m\u00e1s sin su consentimiento por escrito.",
        ),
        (
            "Do I have to pay anything to get this job? / \u00bfTengo que pagar algo para obtener "
            "este trabajo?",
            "No. Talbot Trail pays the LMIA processing fee of CAD 1,000 and the work permit fee, "
            "and never asks workers or their families for money. If anyone asks you for a "
            "payment, tell us.",
            "No. Talbot Trail paga la cuota de tr\u00e1mite del LMIA de 1,000 d\u00f3lares "
            "canadienses y el permiso de trabajo, y nunca pide dinero a los trabajadores ni a sus "
            "familias. Si alguien le pide un pago, av\u00edsenos.",
        ),
        (
            "Who pays for my flights? / \u00bfQui\u00e9n paga mis vuelos?",
            "The employer pays your round-trip flight between Guatemala City and Toronto and the "
            "bus to Wheatley. No part of the fare is recovered from your wages.",
            "El empleador paga su vuelo de ida y vuelta entre la Ciudad de Guatemala y Toronto y "
            "el autob\u00fas a Wheatley. Ninguna parte del pasaje se recupera de su salario.",
        ),
        (
            "Where will I live? / \u00bfD\u00f3nde voy a vivir?",
            "In the employer's bunkhouse at 1850 Talbot Road East, free of charge and with no "
            "deposit. You may come and go freely and receive visitors.",
            "En la casa de trabajadores del empleador en 1850 Talbot Road East, sin costo y sin "
            "dep\u00f3sito. Puede entrar y salir libremente y recibir visitas.",
        ),
        (
            "Health and medical costs / Salud y gastos m\u00e9dicos",
            "Provincial health coverage (OHIP) starts on arrival; until then the employer pays a "
            "private health plan for you. The pre-departure medical exam is also paid by the "
            "employer.",
            "La cobertura de salud de la provincia (OHIP) empieza al llegar; mientras tanto, el "
            "empleador le paga un seguro m\u00e9dico privado. El examen m\u00e9dico antes del viaje "
            "tambi\u00e9n lo paga el empleador.",
        ),
        (
            "Do I need to buy anything? / \u00bfTengo que comprar algo?",
            "No. Knives, carts, gloves and safety boots are provided free. On arrival day a phone "
            "company sets up a stand; buying a SIM card there is optional and paid directly to "
            "the company.",
            "No. Cuchillos, carritos, guantes y botas de seguridad se entregan gratis. El d\u00eda "
            "de llegada una compa\u00f1\u00eda telef\u00f3nica pone un puesto; comprar ah\u00ed un chip "
            "es opcional y se paga directamente a esa compa\u00f1\u00eda.",
        ),
        (
            "Can I leave, or be dismissed? / \u00bfPuedo irme o pueden despedirme?",
            "You may end your employment with two weeks' notice; no fee or penalty is charged "
            "and your last pay is not held back. The employer may dismiss a worker only for just "
            "cause, such as violence or theft, after a written warning; five workdays of "
            "unexplained absence are treated as abandonment.",
            "Puede terminar su empleo avisando con dos semanas de anticipaci\u00f3n; no se cobra "
            "ninguna cuota ni multa y su \u00faltimo pago no se retiene. El empleador solo puede "
            "despedir por causa justa, como violencia o robo, despu\u00e9s de una advertencia por "
            "escrito; cinco d\u00edas laborables de ausencia sin explicaci\u00f3n se consideran "
            "abandono.",
        ),
        (
            "Who keeps my passport? / \u00bfQui\u00e9n guarda mi pasaporte?",
            "You do. You keep your passport and work permit; nobody at the farm will ask to hold "
            "them.",
            "Usted. Usted guarda su pasaporte y su permiso de trabajo; nadie en la granja le "
            "pedir\u00e1 guardarlos.",
        ),
        (
            "What if I have a problem? / \u00bfY si tengo un problema?",
            "Call the Ontario Employment Standards information line or your consulate. "
            "Complaining will never affect your place for next season.",
            "Llame a la l\u00ednea de informaci\u00f3n de Normas de Empleo de Ontario o a su "
            "consulado. Quejarse nunca afectar\u00e1 su lugar para la pr\u00f3xima temporada.",
        ),
    ]
    for k, (q, a_en, a_es) in enumerate(qa):
        if k == 7:
            d.add_page()
        d.para(q, style="B", size=10, gap=0.8)
        d.para(a_en, gap=0.8, indent=4)
        d.para(a_es, style="I", color=grey, gap=2.4, indent=4)
    d.para(
        "This handbook is given to each worker in English and in Spanish. / Este manual se "
        "entrega a cada trabajador en ingl\u00e9s y en espa\u00f1ol.",
        size=8.5,
        align="C",
    )
    d.ln(8)
    d.sign_row(
        [
            "Received by the worker / Recibido por el trabajador",
            "Date / Fecha",
        ]
    )
    lab = label(
        "ab12.pdf",
        prog,
        "en+es",
        2,
        [],
        [],
        [],
        [
            "'irrigation feeder lines' / 'l\u00edneas de alimentaci\u00f3n' are job words",
            "statutory deductions incl. Employment Insurance premiums (not insurance_cost)",
            "employer pays LMIA processing fee and work-permit fee (fees paid by employer)",
            "round-trip flight paid, nothing recovered from wages",
            "free bunkhouse, no deposit, free to come and go",
            "private health plan and pre-departure medical paid by employer",
            "tools and boots free; optional SIM card bought directly from a phone company",
            "no fee or penalty for leaving; last pay not held back (negated)",
            "worker keeps passport; complaints never affect rehire",
        ],
        "handbook",
        "header band; worker-details table; bilingual FAQ (bold question, English answer, Spanish answer in grey italics)",
    )
    return d, lab


DOCS = [ab01, ab02, ab03, ab04, ab05, ab06, ab07, ab08, ab09, ab10, ab11, ab12]


# ---------------------------------------------------------------- scanning and checks
def rasterize(pdf_bytes: bytes, seed: int, dpi: int = 200, angle: float = 0.55) -> bytes:
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.65))
        rng = np.random.default_rng(seed + i)
        arr = np.asarray(img).astype(np.float32) * 0.92 + 14.0
        arr += rng.normal(0.0, 7.0, arr.shape)
        # faint vertical shading, as from a flatbed lid
        arr -= np.linspace(0, 10, arr.shape[1], dtype=np.float32)[None, :]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=78)
        buf.seek(0)
        out.add_page(format=(w, h))
        out.image(buf, x=0, y=0, w=w, h=h)
        page.close()
    src.close()
    return bytes(out.output())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_bytes: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        return [norm(p.extract_text() or "") for p in pdf.pages]


def check(lab: dict, texts: list[str], scanned_out: list[str] | None) -> list[str]:
    errs = []
    f = lab["file"]
    if len(texts) != lab["pages"]:
        errs.append("%s: %d pages, label says %d" % (f, len(texts), lab["pages"]))
    prog = lab["program"]
    for m in lab["missing_terms"]:
        if m not in REQUIRED[prog]:
            errs.append("%s: missing term %s not required for %s" % (f, m, prog))
    for x in lab["fees"]:
        if x["category"] not in CATEGORIES:
            errs.append("%s: unknown category %s" % (f, x["category"]))
        if (x["amount"] is None) != (x["currency"] is None):
            errs.append("%s: amount/currency mismatch in %r" % (f, x["quote"][:40]))
        p = x["page"]
        q = norm(x["quote"])
        if not 1 <= p <= len(texts) or q not in texts[p - 1]:
            where = [i + 1 for i, t in enumerate(texts) if q in t]
            errs.append("%s: quote not on page %d (found on %s): %r" % (f, p, where, q[:70]))
    if scanned_out is not None and any(t for t in scanned_out):
        errs.append("%s: scanned output still has a text layer" % f)
    return errs


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels, errors = [], []
    for n, fn in enumerate(DOCS, 1):
        doc, lab = fn()
        raw = bytes(doc.output())
        texts = page_texts(raw)
        if lab["scanned"]:
            data = rasterize(raw, seed=4100 + n)
            errors += check(lab, texts, page_texts(data))
        else:
            data = raw
            errors += check(lab, texts, None)
        (out / lab["file"]).write_bytes(data)
        labels.append(lab)
    cats = {x["category"] for lab in labels for x in lab["fees"]}
    if cats != CATEGORIES:
        errors.append("categories not covered: %s" % sorted(CATEGORIES - cats))
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("wrote %d PDFs and labels.json to %s; %d errors" % (len(labels), out, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
