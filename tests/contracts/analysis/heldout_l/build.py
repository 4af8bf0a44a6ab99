"""Build the blind held-out batch "l": 12 labelled contract PDFs and labels.json.

Usage: python tests/contracts/analysis/heldout_l/build.py OUT_DIR

Every document is written here from scratch. The build is deterministic (fixed dates,
seeded noise) and verifies with pdfplumber that each labelled fee quote occurs on its
labelled page, that each present contract term has evidence in the text and that each
recruiter name is printed, before any page is rasterised.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CREATED = dt.datetime(2025, 6, 2, 9, 30, tzinfo=dt.UTC)

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

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category: str, program: str, passport_only: bool = False) -> str:
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def fee(category, page, amount, currency, quote, program, group=None, passport_only=False):
    d = {
        "category": category,
        "severity": severity(category, program, passport_only),
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


# ---------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, hdr=None, ftr=None, **kw):
        super().__init__(**kw)
        self.hdr = hdr
        self.ftr = ftr
        self.set_creation_date(CREATED)
        self.set_author("")
        self.set_creator("batch-l")
        self.set_auto_page_break(True, margin=18)

    FONTS = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "cond": "DejaVuSansCondensed"}

    def set_font(self, family=None, style="", size=0):
        # register DejaVu faces lazily: parsing every face for every document is slow
        fam = (family or self.font_family or "").lower()
        if fam in self.FONTS and fam not in self.fonts:
            for st, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique")):
                if fam == "serif":
                    suffix = suffix.replace("Oblique", "Italic")
                self.add_font(fam, st, str(FONT_DIR / f"{self.FONTS[fam]}{suffix}.ttf"))
        super().set_font(family, style, size)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def para(pdf, text, size=10, style="", font="sans", align="L", lh=None, after=1.6, color=0):
    pdf.set_font(font, style, size)
    pdf.set_text_color(color)
    pdf.multi_cell(0, lh or size * 0.47, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    if after:
        pdf.ln(after)


def clause(pdf, title, text, size=10, font="sans", lh=None, after=1.8):
    pdf.set_font(font, "B", size)
    pdf.multi_cell(0, lh or size * 0.47, title, align="L", new_x="LMARGIN", new_y="NEXT")
    para(pdf, text, size=size, font=font, lh=lh, after=after)


def footnotes(pdf, notes, size=7.5, font="sans", bottom=22):
    h = size * 0.42
    total = sum(len(pdf.multi_cell(0, h, n, dry_run=True, output="LINES")) for n in notes)
    y = pdf.h - bottom - total * h - 3
    assert pdf.get_y() < y, "footnotes would overlap the body"
    pdf.set_draw_color(90)
    pdf.line(pdf.l_margin, y, pdf.l_margin + 55, y)
    pdf.set_y(y + 1.5)
    pdf.set_font(font, "", size)
    for n in notes:
        pdf.multi_cell(0, h, n, align="L", new_x="LMARGIN", new_y="NEXT")


def band(pdf, text, sub=None, rgb=(31, 73, 125), h=18, size=15):
    pdf.set_fill_color(*rgb)
    pdf.rect(0, 0, pdf.w, h, style="F")
    pdf.set_text_color(255)
    pdf.set_font("sans", "B", size)
    pdf.set_xy(pdf.l_margin, 3.5)
    pdf.cell(0, size * 0.45, text)
    if sub:
        pdf.set_font("sans", "", 8.5)
        pdf.set_xy(pdf.l_margin, 3.5 + size * 0.5)
        pdf.cell(0, 4, sub)
    pdf.set_text_color(0)
    pdf.set_y(h + 6)


# ---------------------------------------------------------------------------------------
# l01 - H-2A job order, two-column legal text, compliant
# ---------------------------------------------------------------------------------------


def l01():
    def hdr(p):
        p.set_font("sans", "", 7.5)
        p.set_text_color(80)
        p.set_xy(p.l_margin, 8)
        p.cell(0, 4, "H-2A AGRICULTURAL CLEARANCE ORDER - ADDENDUM A: MATERIAL TERMS")
        p.set_xy(p.l_margin, 8)
        p.cell(0, 4, "Order No. WA 2025-0117", align="R")
        p.set_draw_color(120)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)
        p.set_text_color(0)
        p.set_y(17)

    def ftr(p):
        p.set_y(-13)
        p.set_font("sans", "", 7.5)
        p.set_text_color(80)
        p.cell(
            0,
            4,
            f"Bitterroot Mesa Orchards, LLC    |    Employer initials: ______    |    Page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0)

    pdf = Doc(hdr, ftr, format="Letter")
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(0, 7, "BITTERROOT MESA ORCHARDS, LLC", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 9)
    pdf.cell(
        0,
        5,
        "Terms and conditions of employment attached to the clearance order (ETA-790A)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    clauses = [
        (
            "EMPLOYER",
            "Bitterroot Mesa Orchards, LLC, 2207 Kettle Falls Road, Omak, Washington 98841, "
            "telephone (509) 555-0143. The employer is the sole employer of all workers hired "
            "under this order.",
        ),
        (
            "JOB TITLE AND DUTIES",
            "Farmworkers, Orchard (30 openings). Workers will harvest apples and pears by hand, "
            "carry a picking bag weighing up to 40 lb when full, set and climb 8- to 12-foot "
            "orchard ladders, and deposit the harvest in bins at the end of each row without "
            "bruising the fruit. Late in the season workers may also feed fruit onto the "
            "packing-shed conveyor and prop limbs.",
        ),
        (
            "PLACE OF EMPLOYMENT",
            "Orchard blocks at 2207 Kettle Falls Road and at 540 Riverside Bench Road, Omak, "
            "Okanogan County, Washington.",
        ),
        (
            "PERIOD OF EMPLOYMENT",
            "From August 18, 2025 to November 14, 2025. The first workday may be moved by up "
            "to 14 days with notice, as allowed by the regulations.",
        ),
        (
            "MINIMUM REQUIREMENTS",
            "Three months of verifiable experience hand-harvesting tree fruit. Workers must be "
            "able to lift 50 lb and to work on ladders in heat and dust. No education or "
            "English is required.",
        ),
        (
            "HOURS OF WORK",
            "40 hours per week, normally Monday to Friday from 6:30 a.m. to 3:00 p.m. with a "
            "30-minute unpaid lunch. Workers are not required to work on Sundays or on "
            "federal holidays.",
        ),
        (
            "WAGE RATES",
            "The employer will pay $19.82 per hour, the 2025 Adverse Effect Wage Rate for "
            "Washington. When apples are picked by the bin, the piece rate is $32.00 per bin, "
            "and weekly piece earnings will be raised if needed to at least $19.82 for every "
            "hour worked.",
        ),
        (
            "WAGE ADJUSTMENTS",
            "If the Adverse Effect Wage Rate, a prevailing wage or the federal or state minimum "
            "wage rises during the contract, the employer will pay the highest of these rates "
            "from its effective date.",
        ),
        (
            "PAYDAY",
            "Wages are paid weekly, every Friday, by check or direct deposit, at the worker's "
            "choice.",
        ),
        (
            "EARNINGS STATEMENTS",
            "With each payment the worker receives a written statement showing hours offered, "
            "hours worked, bins picked, rates, gross pay, each deduction and net pay.",
        ),
        (
            "DEDUCTIONS",
            "The only deductions will be those required by law: FICA (Social Security and "
            "Medicare) where it applies and federal income tax if the worker asks for "
            "withholding; and, only with the worker's voluntary written authorization, the "
            "optional meal plan described below. There is no deduction for housing, tools, "
            "transportation or recruitment.",
        ),
        (
            "THREE-FOURTHS GUARANTEE",
            "The employer guarantees to offer each worker employment for at least 3/4 of the "
            "workdays of the contract period. If less work is offered, the employer will pay "
            "the amount the worker would have earned had the guaranteed hours been worked.",
        ),
        (
            "HOUSING",
            "Housing is provided at no cost to workers who cannot reasonably return to their "
            "permanent residence each day: inspected bunkhouses at 540 Riverside Bench Road "
            "with beds, mattresses, showers and laundry machines. There is no rent, no utility "
            "charge and no deposit for bedding or keys.",
        ),
        (
            "MEALS",
            "Each bunkhouse has a free kitchen with stoves, refrigerators, pots and utensils. "
            "Workers who prefer may join an optional meal plan run by the camp cook at $15.10 "
            "per day for three meals, which is below the maximum published by the Department "
            "of Labor; a worker may leave the plan at any time.",
        ),
        (
            "TRANSPORTATION TO THE JOB",
            "The employer will reimburse the cost of transportation and daily subsistence from "
            "the place of recruitment in Mexico to Omak when the worker completes 50 percent of "
            "the contract period, or sooner if the Fair Labor Standards Act requires it in the "
            "first workweek. The employer pays all visa fees and consular interview costs "
            "directly.",
        ),
        (
            "RETURN TRANSPORTATION",
            "Workers who complete the contract period, or who are dismissed early for reasons "
            "other than cause, will have return transportation and subsistence to the place of "
            "recruitment provided or paid by the employer.",
        ),
        (
            "DAILY TRANSPORTATION",
            "Free daily transportation between the housing and the orchard blocks in insured "
            "company vans driven by licensed drivers.",
        ),
        (
            "TOOLS AND EQUIPMENT",
            "Picking bags, ladders, pruning shears, gloves and rain gear are provided free of "
            "charge, without a deposit. Workers are not charged for ordinary wear or accidental "
            "breakage.",
        ),
        (
            "WORKERS' COMPENSATION",
            "The employer carries workers' compensation insurance through the Washington State "
            "Department of Labor & Industries for every worker, at no cost to the worker. "
            "Notice of coverage is posted in each bunkhouse.",
        ),
        (
            "RECRUITMENT",
            "Workers are recruited in Mexico by Sierra Alta Reclutamiento Agricola, S.C., whose "
            "services are paid by the employer. No recruitment fee, registration fee, bond or "
            "deposit will be charged to any worker by the employer, the recruiter or any agent.",
        ),
        (
            "ABANDONMENT AND TERMINATION",
            "A worker who fails to report for work for 5 consecutive working days without the "
            "employer's consent will be considered to have abandoned the job, and the employer "
            "will notify the Department of Labor and DHS within 2 working days. A worker "
            "dismissed for cause loses the return-transportation benefit and the 3/4 guarantee.",
        ),
        (
            "CONTRACT IMPOSSIBILITY",
            "If the work cannot be completed because of fire, flood, hail or another Act of God "
            "confirmed by the Department of Labor, the employer will pay each worker's return "
            "trip, reimburse any inbound travel not yet repaid, and honor the 3/4 guarantee up "
            "to the date of termination.",
        ),
        (
            "WORKER RIGHTS",
            "Workers keep their own passports, visas and identification at all times. Workers "
            "may come and go from the housing freely in their free time and may receive "
            "visitors. No worker will be blacklisted or retaliated against for filing a "
            "complaint, talking to a lawyer or joining a worker organization. No part of the "
            "wages is held back: the full amount earned is paid each Friday.",
        ),
        (
            "SAFETY AND HEAT",
            "Pesticide safety training is given on the first day, during paid hours, at no cost "
            "to the worker. Shade, drinking water and toilets are kept within a quarter mile of "
            "every crew, and a paid 10-minute rest is given every two hours when the temperature "
            "is above 90 degrees.",
        ),
        (
            "REST DAYS",
            "Sunday is the weekly day of rest. Work on Labor Day is voluntary and, if the worker "
            "chooses to work, is paid at the contract rate.",
        ),
        (
            "RECORDS",
            "The employer keeps accurate records of hours offered and worked, piece units and "
            "wages for three years and will show them to the worker on request.",
        ),
        (
            "LANGUAGE",
            "A Spanish translation of this order is given to each worker before departure from "
            "Mexico.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.3) as cols:
        for i, (t, body) in enumerate(clauses, 1):
            pdf.set_font("serif", "B", 9.8)
            cols.write(text=f"{i}. {t}. ")
            pdf.set_font("serif", "", 9.8)
            cols.write(text=body)
            cols.ln()
            cols.ln(1.5)
    pdf.add_page()
    pdf.set_font("serif", "B", 11)
    pdf.cell(0, 7, "EMPLOYER ATTESTATION", new_x="LMARGIN", new_y="NEXT")
    para(
        pdf,
        "The employer attests that the terms above are the actual terms of employment, that they "
        "are offered to U.S. and H-2A workers alike, and that a copy of this order will be given "
        "to each worker no later than the time the worker applies for the visa.",
        size=9.8,
        font="serif",
        align="J",
        after=8,
    )
    pdf.set_font("serif", "", 9.5)
    with pdf.table(col_widths=(92, 92), text_align="LEFT", first_row_as_headings=False) as tb:
        r = tb.row()
        r.cell("Employer representative:\n\n\nDana Kowalczyk, Managing Member")
        r.cell("Date and place:\n\n\nJune 2, 2025, Omak, Washington")
    terms = {
        "employer_identity": "2207 Kettle Falls Road, Omak, Washington 98841",
        "job_duties": "harvest apples and pears by hand",
        "work_location": "540 Riverside Bench Road, Omak",
        "employment_period": "August 18, 2025 to November 14, 2025",
        "hours_of_work": "40 hours per week",
        "wage_rate": "$19.82 per hour",
        "wage_adjustment": "the employer will pay the highest of these rates",
        "pay_frequency": "Wages are paid weekly",
        "deductions": "The only deductions will be those required by law: FICA",
        "three_fourths_guarantee": "at least 3/4 of the workdays",
        "housing": "Housing is provided at no cost",
        "meals": "free kitchen with stoves",
        "inbound_transportation": "reimburse the cost of transportation and daily subsistence",
        "return_transportation": "return transportation and subsistence to the place of recruitment",
        "daily_transportation": "Free daily transportation between the housing and the orchard",
        "tools_provided": "provided free of charge, without a deposit",
        "workers_compensation": "carries workers' compensation insurance",
        "earnings_statements": "written statement showing hours offered",
        "termination": "5 consecutive working days without the employer's consent",
        "contract_impossibility": "fire, flood, hail or another Act of God",
        "job_requirements": "Three months of verifiable experience",
    }
    return {
        "pdf": pdf,
        "program": "h2a",
        "language": "en",
        "pages": 3,
        "fees": [],
        "terms": terms,
        "recruiters": ["Sierra Alta Reclutamiento Agricola, S.C."],
        "traps": [
            "'deposit the harvest in bins' is a job duty, not a deposit",
            "'feed fruit onto the conveyor' is a job duty",
            "optional H-2A meal plan at $15.10/day, within the cap (no finding)",
            "deductions required by law: FICA, federal income tax",
            "housing at no cost, no deposit for bedding or keys",
            "employer pays all visa fees",
            "tools free, no deposit, no charge for breakage (negated damage chargeback)",
            "workers' compensation at no cost (not an insurance charge)",
            "recruiter paid by employer; no recruitment fee, bond or deposit",
            "workers keep passports; free to come and go; no blacklisting; no wages held back",
        ],
        "doc_type": "job_order",
        "layout": "two-column justified legal text (serif) flowing over 3 pages; repeated header rule and footer with page x of y",
    }


# ---------------------------------------------------------------------------------------
# l02 - H-2A recruiter agreement in Spanish, numbered clauses with footnotes
# ---------------------------------------------------------------------------------------


def l02():
    prog = "h2a"

    def hdr(p):
        p.set_font("sans", "I", 7.5)
        p.set_text_color(90)
        p.set_xy(p.l_margin, 7)
        p.cell(0, 4, "Enlace Campesino del Bajío, S.C.  ·  Convenio ECB-H2A-0419")
        p.set_text_color(0)
        p.set_y(15)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.cell(0, 4, f"Página {p.page_no()} de {{nb}}", align="C")

    q_fee = (
        "Por la gestión de su lugar en la cuadrilla, LA PERSONA TRABAJADORA cubrirá a EL "
        "RECLUTADOR la suma de nueve mil trescientos pesos, moneda nacional, en dos "
        "exhibiciones antes de la entrevista consular."
    )
    q_lodging = (
        "Los gastos de hospedaje y comida en Monterrey durante los días del trámite consular "
        "corren por cuenta de cada trabajador y no se reembolsan."
    )
    q_bond = (
        "Para asegurar el cumplimiento del presente convenio, LA PERSONA TRABAJADORA firmará "
        "un pagaré en blanco a favor de EL RECLUTADOR, que le será devuelto a su regreso a México."
    )
    q_pass = (
        "EL RECLUTADOR recibirá los pasaportes de la cuadrilla al salir del consulado en "
        "Monterrey y los conservará en su poder hasta la llegada a la granja en Georgia."
    )
    pdf = Doc(hdr, ftr, format="Letter")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_font("serif", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO PARA EL PROGRAMA DE VISAS H-2A",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    f = "serif"
    para(
        pdf,
        "Que celebran, por una parte, Enlace Campesino del Bajío, S.C., con domicilio en "
        "Avenida Hidalgo 412, colonia Centro, Zamora, Michoacán, representada por su gerente "
        "Rogelio Ibarra Tinoco (en lo sucesivo EL RECLUTADOR), y por la otra la señora Juana "
        "Cervantes Orozco, originaria de Jacona, Michoacán (en lo sucesivo LA PERSONA "
        "TRABAJADORA), al tenor de las siguientes declaraciones y cláusulas.",
        size=9.5,
        font=f,
        align="J",
    )
    para(
        pdf,
        "DECLARA EL RECLUTADOR que selecciona trabajadores agrícolas para Tierra Roja Farms, "
        "LLC, con domicilio en 3301 Old Quitman Highway, Valdosta, Georgia 31601, Estados "
        "Unidos de América (en lo sucesivo EL EMPLEADOR), que ha solicitado trabajadores "
        "temporales con visa H-2A.",
        size=9.5,
        font=f,
        align="J",
    )
    pdf.ln(1)
    cl1 = [
        (
            "PRIMERA. Puesto.",
            "LA PERSONA TRABAJADORA se contrata como trabajadora agrícola para la cosecha manual "
            "de arándano y la poda de plantas; deberá colocar la fruta en cubetas y vaciarla en "
            "las cajas de campo.",
        ),
        (
            "SEGUNDA. Lugar y periodo.",
            "El trabajo se realizará en los campos de EL EMPLEADOR en los condados de Lowndes y "
            "Brooks, Georgia, del 7 de abril de 2025 al 18 de julio de 2025.",
        ),
        (
            "TERCERA. Jornada y salario.",
            "La jornada será de 36 horas por semana como mínimo, de lunes a sábado. EL EMPLEADOR "
            "pagará $14.68 dólares por hora, con pago cada semana.",
        ),
        (
            "CUARTA. Requisitos.",
            "Tener al menos 18 años, experiencia mínima de una temporada en cosecha de frutillas "
            "y poder levantar 20 kilos.",
        ),
        (
            "QUINTA. Vivienda y herramientas.",
            "EL EMPLEADOR proporciona vivienda gratuita cerca de los campos, y entrega las "
            "herramientas de trabajo sin costo para LA PERSONA TRABAJADORA.",
        ),
        (
            "SEXTA. Transporte.",
            "El pasaje en autobús de Monterrey a Valdosta lo paga EL EMPLEADOR por adelantado¹, "
            "y el regreso a Monterrey al terminar la temporada también corre a cargo de EL "
            "EMPLEADOR.",
        ),
    ]
    for t, b in cl1:
        clause(pdf, t, b, size=9.5, font=f)
    footnotes(
        pdf,
        [
            "¹ EL EMPLEADOR compra directamente los boletos de autobús; la persona trabajadora "
            "no paga nada por este concepto."
        ],
        font=f,
    )
    pdf.add_page()
    cl2 = [
        (
            "SÉPTIMA. Cuota de servicio.",
            q_fee + "² Los derechos de la visa H-2A los paga EL EMPLEADOR directamente.",
        ),
        ("OCTAVA. Garantía.", q_bond),
        ("NOVENA. Documentos.", q_pass),
        (
            "DÉCIMA. Abandono.",
            "Si LA PERSONA TRABAJADORA abandona el empleo durante cinco días seguidos sin avisar, "
            "EL EMPLEADOR podrá darla de baja y no estará obligado a pagar su regreso.",
        ),
        (
            "UNDÉCIMA. Quejas.",
            "LA PERSONA TRABAJADORA puede presentar quejas ante el Consulado de México o el "
            "Departamento del Trabajo de los Estados Unidos sin que esto afecte su contratación "
            "en esta u otras temporadas.",
        ),
        (
            "DUODÉCIMA. Jurisdicción.",
            "Para la interpretación de este convenio las partes se someten a las autoridades "
            "laborales de Zamora, Michoacán.",
        ),
    ]
    for t, b in cl2:
        clause(pdf, t, b, size=9.5, font=f)
    pdf.ln(4)
    pdf.set_font(f, "", 9)
    with pdf.table(col_widths=(86, 86), text_align="CENTER", first_row_as_headings=False) as tb:
        r = tb.row()
        r.cell("\n\n\n______________________________\nEL RECLUTADOR\nRogelio Ibarra Tinoco")
        r.cell(
            "\n\n\n______________________________\nLA PERSONA TRABAJADORA\nJuana Cervantes Orozco"
        )
    pdf.ln(2)
    para(pdf, "Zamora, Michoacán, a 12 de febrero de 2025.", size=9, font=f)
    footnotes(pdf, ["² " + q_lodging], font=f)
    terms = {
        "employer_identity": "3301 Old Quitman Highway, Valdosta, Georgia 31601",
        "job_duties": "cosecha manual de arándano",
        "work_location": "condados de Lowndes y Brooks, Georgia",
        "employment_period": "del 7 de abril de 2025 al 18 de julio de 2025",
        "hours_of_work": "36 horas por semana",
        "wage_rate": "$14.68 dólares por hora",
        "wage_adjustment": None,
        "pay_frequency": "con pago cada semana",
        "deductions": None,
        "three_fourths_guarantee": None,
        "housing": "proporciona vivienda gratuita",
        "meals": None,
        "inbound_transportation": "El pasaje en autobús de Monterrey a Valdosta lo paga EL EMPLEADOR",
        "return_transportation": "el regreso a Monterrey al terminar la temporada",
        "daily_transportation": None,
        "tools_provided": "herramientas de trabajo sin costo",
        "workers_compensation": None,
        "earnings_statements": None,
        "termination": "abandona el empleo durante cinco días seguidos",
        "contract_impossibility": None,
        "job_requirements": "experiencia mínima de una temporada",
    }
    fees = [
        fee("recruitment_fee", 2, 9300.0, "MXN", q_fee, prog),
        fee("travel_cost", 2, None, None, q_lodging, prog),
        fee("deposit_or_bond", 2, None, None, q_bond, prog),
        fee("document_retention", 2, None, None, q_pass, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "es",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Enlace Campesino del Bajío, S.C."],
        "traps": [
            "recruitment fee amount only in words (nueve mil trescientos pesos)",
            "lodging/meal cost in Monterrey stated only in footnote 2 (travel_cost)",
            "footnote 1 negates any bus-fare charge",
            "visa fees paid by employer",
            "free housing and tools",
            "lawful abandonment clause (no return fare after 5 days' absence)",
            "complaints allowed without affecting hiring (negated blacklisting)",
            "the agency's manager is named as signatory only; the agency is the recruiter",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "serif numbered clauses; footnotes at page bottom (one holding a finding); repeated running header; signature table",
    }


# ---------------------------------------------------------------------------------------
# l03 - H-2B seafood agreement with a landscape deduction schedule
# ---------------------------------------------------------------------------------------


def l03():
    prog = "h2b"

    def hdr(p):
        p.set_font("sans", "B", 8)
        p.set_text_color(20, 70, 110)
        p.set_xy(p.l_margin, 7)
        p.cell(0, 4, "Chesapeake Tidewater Seafood Co.  •  H-2B Season 2025")
        p.set_text_color(0)
        p.set_y(16)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7)
        p.set_text_color(100)
        p.cell(0, 4, f"Form CTS-H2B-1   Rev. 03/2025   page {p.page_no()}", align="R")
        p.set_text_color(0)

    row_house = (
        "Bunkhouse bed (optional company housing)",
        "$60.00 per week",
        "Every pay",
        "Includes water and electricity",
    )
    row_knife = (
        "Knife, mesh glove and apron set",
        "$35.00",
        "First pay",
        "Replacement sets at same price",
    )
    row_proc = (
        "Processing fee - Bayside Staffing Partners",
        "$250.00",
        "First five pays",
        "$50.00 per pay",
    )
    row_adv = (
        "Pre-departure cash advance (Veracruz)",
        "up to $400.00",
        "Weekly",
        "Repaid at $50.00 per week plus 5%",
    )
    pdf = Doc(hdr, ftr, format="Letter")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.multi_cell(
        0, 6.5, "H-2B EMPLOYMENT DISCLOSURE AND WORK AGREEMENT", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("sans", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Employer: Chesapeake Tidewater Seafood Co., 88 Wharf Lane, Crisfield, Maryland 21817",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    secs = [
        (
            "1. Position",
            "Crab meat picker (seafood processing worker). Steamed blue crabs are picked by hand; "
            "workers separate lump, backfin and claw meat, weigh and seal containers, and clean "
            "the tables and floors of the picking room.",
        ),
        (
            "2. Worksite",
            "The processing plant at 88 Wharf Lane, Crisfield, Somerset County, Maryland.",
        ),
        ("3. Dates", "April 1, 2025 through November 30, 2025."),
        (
            "4. Hours",
            "40 hours per week, Monday-Friday, starting at 5:00 a.m.; Saturday work may be "
            "offered in peak weeks.",
        ),
        (
            "5. Pay",
            "$17.62 per hour, or $4.25 per pound of picked meat if that is higher for the week. "
            "If a higher prevailing wage is issued during the season, the higher rate applies "
            "from its effective date. Overtime at $26.43 per hour is paid for hours over 40 in a "
            "workweek. Pay is weekly on Thursdays, and each pay stub shows hours offered, hours "
            "worked, rate and every deduction.",
        ),
        (
            "6. Requirements",
            "No experience required; workers must be able to stand for 8 hours and to work in "
            "cold, wet conditions.",
        ),
        (
            "7. Travel",
            "The company reimburses inbound bus fare and daily subsistence from the worker's "
            "home city to Crisfield in the first workweek, and pays the return fare at the end "
            "of the season.",
        ),
        (
            "8. Visa",
            "The company pays the MRV visa fee and the border-crossing fee directly or refunds "
            "them in the first workweek.",
        ),
        (
            "9. Equipment",
            "All plant equipment (steamers, picking tables, scales and containers) is provided "
            "by the company at no cost.",
        ),
        (
            "10. Recruitment",
            "Workers are recruited in Veracruz, Mexico, by Bayside Staffing Partners, S. de R.L. "
            "All payroll deductions and charges are listed in Schedule B on the next page.",
        ),
    ]
    for t, b in secs:
        clause(pdf, t, b, size=9.5)
    # landscape schedule
    pdf.add_page(orientation="L")
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "SCHEDULE B - PAYROLL DEDUCTIONS AND CHARGES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        5,
        "Applies to every H-2B crab picker for the 2025 season. Amounts in U.S. dollars.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("cond", "", 10)
    rows = [
        ("Item", "Amount", "When deducted", "Notes"),
        ("Federal income tax and FICA", "As required by law", "Every pay", "Statutory withholding"),
        ("Maryland state income tax", "As required by law", "Every pay", "Statutory withholding"),
        row_house,
        row_knife,
        row_proc,
        row_adv,
        ("MRV visa fee", "$0.00", "-", "Paid by company"),
        ("Hairnets and disposable gloves", "No charge", "-", "Supplied daily"),
    ]
    with pdf.table(
        col_widths=(92, 42, 38, 71),
        text_align="LEFT",
        line_height=6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 241)),
    ) as tb:
        for r in rows:
            row = tb.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    para(
        pdf,
        "Deductions are made only as listed above. Questions about this schedule: payroll "
        "office, Monday to Friday, 1:00 to 3:00 p.m.",
        size=8.5,
    )
    pdf.add_page(orientation="P")
    secs3 = [
        (
            "11. Leaving the job",
            "A worker who fails to report for 5 consecutive workdays without notice is "
            "considered to have abandoned employment, and the company will notify USCIS and the "
            "Department of Labor.",
        ),
        (
            "12. Complaints",
            "Workers may contact the Wage and Hour Division at 1-866-487-9243. The company will "
            "not retaliate against any worker for doing so.",
        ),
        (
            "13. Copy",
            "Each worker receives a copy of this agreement and of Schedule B in Spanish before "
            "the visa interview.",
        ),
    ]
    for t, b in secs3:
        clause(pdf, t, b, size=9.5)
    pdf.ln(8)
    pdf.set_font("sans", "", 9)
    with pdf.table(col_widths=(90, 90), first_row_as_headings=False, text_align="LEFT") as tb:
        r = tb.row()
        r.cell("Worker signature:\n\n\nName:\nDate:")
        r.cell("For Chesapeake Tidewater Seafood Co.:\n\n\nLinda Pruitt, Plant Manager\nDate:")
    terms = {
        "employer_identity": "88 Wharf Lane, Crisfield, Maryland 21817",
        "job_duties": "Crab meat picker",
        "work_location": "processing plant at 88 Wharf Lane, Crisfield",
        "employment_period": "April 1, 2025 through November 30, 2025",
        "hours_of_work": "40 hours per week, Monday-Friday",
        "wage_rate": "$17.62 per hour",
        "wage_adjustment": "the higher rate applies from its effective date",
        "overtime": "Overtime at $26.43 per hour",
        "pay_frequency": "Pay is weekly on Thursdays",
        "deductions": "Federal income tax and FICA",
        "three_fourths_guarantee": None,
        "inbound_transportation": "reimburses inbound bus fare and daily subsistence",
        "return_transportation": "pays the return fare at the end of the season",
        "visa_reimbursement": "pays the MRV visa fee and the border-crossing fee directly",
        "tools_provided": "provided by the company at no cost",
        "earnings_statements": "each pay stub shows hours offered",
        "termination": "5 consecutive workdays without notice",
        "contract_impossibility": None,
        "job_requirements": "must be able to stand for 8 hours",
    }
    fees = [
        fee("housing_charge", 2, 60.0, "USD", " ".join(row_house), prog),
        fee("equipment_charge", 2, 35.0, "USD", " ".join(row_knife), prog),
        fee("recruitment_fee", 2, 250.0, "USD", " ".join(row_proc), prog),
        fee("debt_bondage", 2, 400.0, "USD", " ".join(row_adv), prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "en",
        "pages": 3,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Bayside Staffing Partners, S. de R.L."],
        "traps": [
            "findings only in rows of the landscape Schedule B table",
            "statutory tax/FICA rows are lawful",
            "'MRV visa fee $0.00 paid by company' row is not a finding",
            "'No charge' hairnets row",
            "plant equipment at no cost, while the personal knife set is charged",
            "visa and inbound travel reimbursed in first workweek",
            "no retaliation for contacting Wage and Hour",
        ],
        "doc_type": "work_contract",
        "layout": "portrait numbered sections; page 2 is a LANDSCAPE gridded table (Schedule B); repeated header and form-number footer; signature table",
    }


# ---------------------------------------------------------------------------------------
# l04 - generic Nepal -> Malaysia agreement, all text in table cells
# ---------------------------------------------------------------------------------------


def l04():
    prog = "generic"
    q_fee = "The Worker shall pay the Agency a service charge of NPR 165,000 before the issue of the labour permit."
    q_med = "The pre-departure medical examination at an approved clinic in Kathmandu, NPR 9,500, is paid by the Worker."
    q_train = "The compulsory two-day pre-departure orientation course costs NPR 1,700, payable by the Worker to the training institute."
    q_ins = "The life insurance premium and the Foreign Employment Welfare Fund contribution, NPR 3,500 in total, are borne by the Worker."
    q_pass = "The Worker's passport shall be kept by the Employer's HR office for safekeeping throughout the contract and returned on final exit."
    pdf = Doc(format="A4")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=12)
    page1 = [
        (
            "1",
            "Employer",
            "Seri Kenanga Plastics Sdn. Bhd., Lot 17, Jalan Perusahaan 4, Kawasan Perindustrian "
            "Bukit Beruntung, 48300 Rawang, Selangor, Malaysia.",
        ),
        (
            "2",
            "Worker",
            "Mr. Bishnu Prasad Adhikari, Passport No. PA1187263, of Ward 5, Gorkha Municipality, "
            "Nepal.",
        ),
        (
            "3",
            "Agency",
            "Himal Pathway Manpower Pvt. Ltd., Gongabu, Kathmandu (Licence No. 1142/071/072), "
            "recruiting agent for the Employer.",
        ),
        (
            "4",
            "Position",
            "Machine operator: feeds resin into injection-moulding machines, removes and trims "
            "moulded parts, packs finished goods and keeps the work area clean.",
        ),
        ("5", "Workplace", "The Employer's factory at Lot 17, Bukit Beruntung, Rawang, Selangor."),
        (
            "6",
            "Period",
            "Two (2) years from the date of arrival in Malaysia, expected 1 September 2025 to "
            "31 August 2027.",
        ),
        (
            "7",
            "Hours",
            "As per production requirements and factory rules. Rest day as arranged by the "
            "supervisor.",
        ),
        (
            "8",
            "Wage",
            "Basic wage MYR 1,700 per month, plus overtime at 1.5 times the hourly rate on normal "
            "working days.",
        ),
        (
            "9",
            "Payment",
            "Wages are paid monthly, not later than the 7th day of the following month, by bank "
            "transfer.",
        ),
        (
            "10",
            "Deductions",
            "Only statutory deductions: SOCSO employment injury contribution and income tax, if "
            "applicable.",
        ),
        (
            "11",
            "Hostel",
            "Hostel accommodation is provided by the Employer free of charge, with water and "
            "electricity.",
        ),
        ("12", "Service charge", q_fee),
        ("13", "Medical", q_med),
    ]
    page2 = [
        ("14", "Orientation", q_train),
        ("15", "Insurance", q_ins),
        (
            "16",
            "Visa, ticket",
            "The Employer pays the Malaysian visa levy, the work permit and the one-way air "
            "ticket to Kuala Lumpur.",
        ),
        ("17", "Passport", q_pass),
        (
            "18",
            "Return",
            "On completion of the contract, the Employer provides the return air ticket to "
            "Kathmandu.",
        ),
        (
            "19",
            "Termination",
            "The Employer may terminate for serious misconduct after due inquiry. The Worker may "
            "resign with one month's written notice, without any penalty.",
        ),
        (
            "20",
            "Complaints",
            "Complaints may be made to the Labour Department of Peninsular Malaysia or to the "
            "Embassy of Nepal in Kuala Lumpur.",
        ),
    ]

    def table(rows, title):
        pdf.set_font("cond", "", 9.5)
        with pdf.table(
            col_widths=(10, 30, 146),
            text_align="LEFT",
            line_height=5,
            v_align="TOP",
            padding=2,
            first_row_as_headings=False,
        ) as tb:
            r = tb.row()
            r.cell(
                title,
                colspan=3,
                align="CENTER",
                style=FontFace(emphasis="BOLD", size_pt=11, fill_color=(235, 235, 235)),
            )
            r = tb.row()
            for c in ("No.", "Subject", "Terms"):
                r.cell(c, style=FontFace(emphasis="BOLD"))
            for no, subj, txt in rows:
                r = tb.row()
                r.cell(no)
                r.cell(subj)
                r.cell(txt)

    pdf.add_page()
    table(
        page1,
        "EMPLOYMENT AGREEMENT - FOREIGN WORKER (MANUFACTURING)\nDemand Letter Ref. HPM/MY/2025/0388",
    )
    pdf.add_page()
    table(page2, "EMPLOYMENT AGREEMENT (continued) - Ref. HPM/MY/2025/0388")
    pdf.ln(6)
    pdf.set_font("cond", "", 9.5)
    with pdf.table(col_widths=(62, 62, 62), text_align="CENTER", first_row_as_headings=False) as tb:
        r = tb.row()
        r.cell("For the Employer\n\n\n\nTan Wei Ming, HR Manager")
        r.cell("Worker\n\n\n\nBishnu Prasad Adhikari")
        r.cell("For the Agency\n\n\n\nDate: 14 July 2025")
    terms = {
        "employer_identity": "Lot 17, Jalan Perusahaan 4",
        "worker_identity": "Bishnu Prasad Adhikari",
        "job_duties": "Machine operator",
        "work_location": "factory at Lot 17, Bukit Beruntung",
        "employment_period": "1 September 2025 to 31 August 2027",
        "hours_of_work": None,
        "wage_rate": "MYR 1,700 per month",
        "pay_frequency": "Wages are paid monthly",
        "deductions": "Only statutory deductions",
        "return_transportation": "return air ticket to Kathmandu",
        "termination": "may resign with one month's written notice",
    }
    fees = [
        fee("recruitment_fee", 1, 165000.0, "NPR", q_fee, prog),
        fee("medical_cost", 1, 9500.0, "NPR", q_med, prog),
        fee("training_cost", 2, 1700.0, "NPR", q_train, prog),
        fee("insurance_cost", 2, 3500.0, "NPR", q_ins, prog),
        fee("document_retention", 2, None, None, q_pass, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "en",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Himal Pathway Manpower Pvt. Ltd."],
        "traps": [
            "all text, including the title, is inside gridded table cells",
            "'feeds resin' is a job duty",
            "'Hours: as per production requirements' has no concrete value (hours missing)",
            "statutory SOCSO contribution is not an insurance_cost finding",
            "hostel free of charge",
            "employer pays visa levy, work permit and air ticket",
            "worker may resign without any penalty (negated breach penalty)",
        ],
        "doc_type": "work_contract",
        "layout": "A4; every line of text in a gridded 3-column table (No. | Subject | Terms), continued on page 2; signature table",
    }


# ---------------------------------------------------------------------------------------
# l05 - H-2B bilingual side-by-side offer, compliant
# ---------------------------------------------------------------------------------------


def l05():
    def hdr(p):
        p.set_fill_color(96, 43, 30)
        p.rect(0, 0, p.w, 14, style="F")
        p.set_text_color(255)
        p.set_font("sans", "B", 11)
        p.set_xy(p.l_margin, 4)
        p.cell(0, 6, "SILVER SADDLE LODGE & RESORT  -  JOB OFFER / OFERTA DE TRABAJO")
        p.set_text_color(0)
        p.set_y(20)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7)
        p.set_text_color(90)
        p.cell(0, 4, "H-2B Winter Season 2025-2026", align="L")
        p.set_x(p.l_margin)
        p.cell(0, 4, f"{p.page_no()} / {{nb}}", align="R")
        p.set_text_color(0)

    rows = [
        (
            "Employer: Silver Saddle Lodge & Resort, Inc., 310 Avalanche Creek Road, Crested "
            "Butte, Colorado 81224.",
            "Empleador: Silver Saddle Lodge & Resort, Inc., 310 Avalanche Creek Road, Crested "
            "Butte, Colorado 81224.",
        ),
        (
            "Job: Housekeeper (Room Attendant). Clean guest rooms and condominiums, make beds, "
            "restock linens, vacuum hallways, and collect ski-locker rental charges from guests "
            "at the front desk when assigned.",
            "Puesto: Camarista. Limpiar habitaciones y condominios, tender camas, reponer "
            "blancos, aspirar pasillos y cobrar a los huéspedes la renta de casilleros para "
            "esquís en la recepción cuando se le asigne.",
        ),
        (
            "Where: the lodge at 310 Avalanche Creek Road and the Elk Meadow condominiums, 14 "
            "Gothic Road, Mount Crested Butte, Colorado.",
            "Lugar: el hotel en 310 Avalanche Creek Road y los condominios Elk Meadow, 14 Gothic "
            "Road, Mount Crested Butte, Colorado.",
        ),
        (
            "Dates: December 1, 2025 to April 12, 2026.",
            "Fechas: del 1 de diciembre de 2025 al 12 de abril de 2026.",
        ),
        (
            "Hours: 40 hours per week, five 8-hour shifts from 8:00 a.m. to 4:30 p.m. with an "
            "unpaid 30-minute break.",
            "Horario: 40 horas por semana, cinco turnos de 8 horas de 8:00 a.m. a 4:30 p.m. con "
            "30 minutos de descanso sin goce de sueldo.",
        ),
        (
            "Pay: $18.75 per hour. Overtime: $28.13 per hour after 40 hours in a week. If the "
            "Department of Labor publishes a higher prevailing wage during the season, we will "
            "pay the higher wage from that date.",
            "Pago: $18.75 por hora. Tiempo extra: $28.13 por hora después de 40 horas en la "
            "semana. Si el Departamento del Trabajo publica un salario prevaleciente más alto "
            "durante la temporada, pagaremos el salario más alto desde esa fecha.",
        ),
        (
            "Payday: every other Friday (biweekly), with a pay stub listing hours offered, hours "
            "worked, rate and deductions.",
            "Día de pago: cada dos viernes (quincenal), con un talón que indica las horas "
            "ofrecidas, las horas trabajadas, la tarifa y los descuentos.",
        ),
        (
            "Deductions: only those required by law: Social Security, Medicare, federal and "
            "Colorado income tax. We make no deduction for housing, uniforms or travel.",
            "Descuentos: solo los que exige la ley: Seguro Social, Medicare e impuestos federal "
            "y de Colorado. No descontamos nada por vivienda, uniformes ni viajes.",
        ),
        (
            "Guarantee: we guarantee you hours equal to at least three-fourths of the workdays in "
            "each 12-week period of the season.",
            "Garantía: le garantizamos horas equivalentes a por lo menos tres cuartas partes de "
            "los días de trabajo de cada periodo de 12 semanas.",
        ),
        (
            "Travel to Colorado: we reimburse the bus or plane fare and daily meals from your "
            "home city to Crested Butte in your first workweek.",
            "Viaje a Colorado: le reembolsamos el pasaje de autobús o avión y las comidas diarias "
            "desde su ciudad hasta Crested Butte en su primera semana de trabajo.",
        ),
        (
            "Visa: the $205 visa fee you pay at the consulate is refunded in full with your "
            "first paycheck, together with any border-crossing fee.",
            "Visa: los $205 de la visa que usted paga en el consulado se le devuelven completos "
            "con su primer cheque, junto con cualquier cuota de cruce fronterizo.",
        ),
        (
            "Going home: if you finish the season, or if we dismiss you early for a reason other "
            "than cause, we pay your fare home.",
            "Regreso: si termina la temporada, o si lo despedimos antes por una razón que no sea "
            "falta grave, pagamos su pasaje de regreso.",
        ),
        (
            "Tools and uniforms: uniforms, cleaning supplies and carts are provided free; no "
            "deposit is required.",
            "Herramientas y uniformes: los uniformes, productos de limpieza y carritos se dan "
            "gratis; no se pide depósito.",
        ),
        (
            "Housing: staff dormitory beds at Elk Meadow are available free of charge for the "
            "whole season.",
            "Vivienda: hay camas en el dormitorio de personal de Elk Meadow sin costo durante "
            "toda la temporada.",
        ),
        (
            "Requirements: no experience needed; you must be able to lift 30 pounds and push a "
            "loaded linen cart.",
            "Requisitos: no se necesita experiencia; debe poder levantar 30 libras y empujar un "
            "carrito de blancos cargado.",
        ),
        (
            "Leaving the job: if you miss 5 working days in a row without telling us, we will "
            "consider that you abandoned the job and we will notify the government.",
            "Abandono: si falta 5 días hábiles seguidos sin avisarnos, consideraremos que "
            "abandonó el trabajo y avisaremos al gobierno.",
        ),
        (
            "If the work ends early: if a fire, avalanche or other disaster closes the lodge, we "
            "pay your fare home and the hours guaranteed up to that day.",
            "Si el trabajo termina antes: si un incendio, una avalancha u otro desastre cierra el "
            "hotel, pagamos su regreso y las horas garantizadas hasta ese día.",
        ),
        (
            "Recruitment: you were recruited by Oficina Laboral Nevado, S.A. de C.V. (Puebla). "
            "Workers will not be asked to pay for anything to get this job, by us or by the "
            "recruiter.",
            "Reclutamiento: usted fue reclutado por Oficina Laboral Nevado, S.A. de C.V. "
            "(Puebla). A los trabajadores no se les pedirá pagar nada para obtener este empleo, "
            "ni nosotros ni el reclutador.",
        ),
        (
            "Your rights: you keep your passport. You may complain to the Department of Labor "
            "without any retaliation or blacklisting.",
            "Sus derechos: usted guarda su pasaporte. Puede quejarse ante el Departamento del "
            "Trabajo sin represalias ni listas negras.",
        ),
    ]
    pdf = Doc(hdr, ftr, format="Letter")
    pdf.set_margins(15, 20, 15)
    pdf.add_page()

    def table(rs, head):
        pdf.set_font("sans", "", 8.8)
        with pdf.table(
            col_widths=(93, 93),
            text_align="LEFT",
            borders_layout="HORIZONTAL_LINES" if head else "NONE",
            line_height=4.4,
            padding=(1.6, 2.5, 1.6, 2.5),
            first_row_as_headings=head,
            headings_style=FontFace(emphasis="BOLD", fill_color=(240, 228, 220)),
            v_align="TOP",
        ) as tb:
            if head:
                r = tb.row()
                r.cell("English")
                r.cell("Español")
            for en, es in rs:
                r = tb.row()
                r.cell(en)
                r.cell(es)

    table(rows[:10], True)
    pdf.add_page()
    table(rows[10:], False)
    pdf.ln(8)
    pdf.set_font("sans", "", 8.8)
    pdf.multi_cell(
        0,
        4.5,
        "Accepted / Aceptado: ______________________        Date / Fecha: ____________\n"
        "For the employer / Por el empleador: Marcus Hale, Director of Housekeeping",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    terms = {
        "employer_identity": "310 Avalanche Creek Road, Crested Butte, Colorado 81224",
        "job_duties": "Housekeeper (Room Attendant)",
        "work_location": "14 Gothic Road, Mount Crested Butte",
        "employment_period": "December 1, 2025 to April 12, 2026",
        "hours_of_work": "40 hours per week, five 8-hour shifts",
        "wage_rate": "Pay: $18.75 per hour",
        "wage_adjustment": "we will pay the higher wage from that date",
        "overtime": "Overtime: $28.13 per hour after 40 hours",
        "pay_frequency": "every other Friday (biweekly)",
        "deductions": "only those required by law: Social Security",
        "three_fourths_guarantee": "three-fourths of the workdays in each 12-week period",
        "inbound_transportation": "we reimburse the bus or plane fare and daily meals",
        "return_transportation": "we pay your fare home",
        "visa_reimbursement": "is refunded in full with your first paycheck",
        "tools_provided": "uniforms, cleaning supplies and carts are provided free",
        "earnings_statements": "pay stub listing hours offered, hours worked",
        "termination": "5 working days in a row without telling us",
        "contract_impossibility": "a fire, avalanche or other disaster closes the lodge",
        "job_requirements": "must be able to lift 30 pounds",
    }
    return {
        "pdf": pdf,
        "program": "h2b",
        "language": "en+es",
        "pages": 2,
        "fees": [],
        "terms": terms,
        "recruiters": ["Oficina Laboral Nevado, S.A. de C.V."],
        "traps": [
            "'collect ski-locker rental charges from guests' is a job duty",
            "'$205 visa fee you pay at the consulate' is refunded in full with first paycheck",
            "deductions only those required by law",
            "free uniforms/supplies, no deposit",
            "free staff dormitory",
            "'Workers will not be asked to pay for anything' (negated fee)",
            "worker keeps passport; no retaliation or blacklisting",
        ],
        "doc_type": "offer_letter",
        "layout": "bilingual EN | ES side by side in a 2-column table (ruled on page 1, borderless on page 2); colored header band and footer repeated on each page",
    }


# ---------------------------------------------------------------------------------------
# l06 - H-2A offer letter from a labor contractor, footnotes
# ---------------------------------------------------------------------------------------


def l06():
    prog = "h2a"
    q_house = (
        "A housing deposit of $150 is collected from each worker on arrival and returned at the "
        "end of the season if the room passes inspection."
    )
    q_meal = "The camp kitchen serves three meals a day at $19.50 per day, deducted from your weekly check."
    q_hold = (
        "To encourage crews to stay through the last harvest, 10 percent of each week's gross "
        "pay will be held in a completion account and paid to you in a lump sum on your final day."
    )
    q_black = (
        "Workers who take complaints to outside agencies or lawyers instead of to the crew "
        "office will be placed on our do-not-return list."
    )
    q_dmg = (
        "Buckets or harvest knives lost or broken through carelessness are charged to the worker "
        "at replacement cost, $6 per bucket."
    )

    def ftr(p):
        p.set_y(-11)
        p.set_font("sans", "", 7)
        p.set_text_color(110)
        p.cell(
            0,
            4,
            f"Gulf Coast Harvest Crews, LLC  ·  FLC Certificate No. 2025-FL-00871  ·  {p.page_no()}/{{nb}}",
            align="C",
        )
        p.set_text_color(0)

    pdf = Doc(None, ftr, format="Letter")
    pdf.set_margins(24, 20, 24)
    pdf.add_page()
    band(
        pdf,
        "GULF COAST HARVEST CREWS, LLC",
        "H-2A Labor Contractor  ·  1190 County Road 612, Immokalee, Florida 34142  ·  (239) 555-0177",
        rgb=(46, 102, 52),
        h=20,
    )
    f = "serif"
    s = 9.8
    para(pdf, "September 8, 2025", size=s, font=f)
    para(pdf, "Mr. Efraín Chávez Luna\nTepatitlán de Morelos, Jalisco, Mexico", size=s, font=f)
    para(pdf, "Dear Mr. Chávez Luna:", size=s, font=f)
    body1 = [
        "We are pleased to offer you seasonal employment as a farmworker in the tomato and "
        "pepper harvest (picking ripe fruit into buckets, carrying buckets to the trailer and "
        "staking and tying plants) from November 3, 2025 through May 29, 2026, at the fields of "
        "our client Three Oaks Tomato Farms, 2275 Sanders Road, Immokalee, Collier County, "
        "Florida. Your employer is Gulf Coast Harvest Crews, LLC.",
        "You will be paid $14.79 per hour, or 65 cents per bucket if that gives you more, paid "
        "weekly on Wednesdays. Each week you will receive an earnings statement showing hours "
        "offered, hours worked, buckets, rate and every deduction. Work is approximately 35 "
        "hours per week, Monday through Saturday, weather permitting. We guarantee employment "
        "for at least three-fourths of the workdays of the contract period.",
        "You will live in our Lake Trafford camp, 410 Camp Road, Immokalee. "
        + q_house
        + "¹ "
        + q_meal
        + " Workers who prefer to cook may use the camp stoves.",
        "We reimburse your bus fare and meals from Guadalajara to Immokalee when you complete "
        "half of the contract, and we pay your return trip if you complete the season. A free "
        "bus takes the crew from the camp to the fields every morning and back every afternoon.",
    ]
    for b in body1:
        para(pdf, b, size=s, font=f, align="J", after=2.4)
    footnotes(
        pdf,
        [
            "¹ Inspection is done by the camp manager with the worker present; normal wear is "
            "not deducted."
        ],
        bottom=18,
    )
    pdf.add_page()
    body2 = [
        "Buckets, stakes, twine and gloves are provided at no charge.² You are covered by "
        "workers' compensation insurance from your first day of work.",
        q_hold,
        "Deductions from your pay: FICA and income tax as required by law, the meal charge "
        "above, and the completion account.",
        "If you are absent 5 consecutive days without permission, you will be treated as having "
        "abandoned the job, and we will report it as the regulations require.",
        q_black,
        "Your recruiter in Jalisco, AgroEnlace Occidente, has been paid by us; do not pay anyone "
        "for this job. Please sign and return one copy of this letter.",
    ]
    for b in body2:
        para(pdf, b, size=s, font=f, align="J", after=2.4)
    pdf.ln(4)
    para(
        pdf,
        "Sincerely,\n\n\nRaymond T. Oakes, Owner\nGulf Coast Harvest Crews, LLC",
        size=s,
        font=f,
    )
    pdf.ln(4)
    para(pdf, "Accepted: ______________________________   Date: ____________", size=s, font=f)
    footnotes(pdf, ["² " + q_dmg], bottom=18)
    terms = {
        "employer_identity": "1190 County Road 612, Immokalee, Florida 34142",
        "job_duties": "tomato and pepper harvest",
        "work_location": "2275 Sanders Road, Immokalee",
        "employment_period": "November 3, 2025 through May 29, 2026",
        "hours_of_work": "approximately 35 hours per week",
        "wage_rate": "$14.79 per hour",
        "wage_adjustment": None,
        "pay_frequency": "paid weekly on Wednesdays",
        "deductions": "FICA and income tax as required by law",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "housing": "Lake Trafford camp, 410 Camp Road",
        "meals": "The camp kitchen serves three meals a day",
        "inbound_transportation": "We reimburse your bus fare and meals from Guadalajara",
        "return_transportation": "we pay your return trip if you complete the season",
        "daily_transportation": "A free bus takes the crew from the camp to the fields",
        "tools_provided": "Buckets, stakes, twine and gloves are provided at no charge",
        "workers_compensation": "covered by workers' compensation insurance",
        "earnings_statements": "earnings statement showing hours offered",
        "termination": "absent 5 consecutive days without permission",
        "contract_impossibility": None,
        "job_requirements": None,
    }
    fees = [
        fee("housing_charge", 1, 150.0, "USD", q_house, prog),
        fee("meal_charge", 1, 19.5, "USD", q_meal, prog),
        fee("wage_withholding", 2, None, None, q_hold, prog),
        fee("blacklisting_threat", 2, None, None, q_black, prog),
        fee("damage_chargeback", 2, 6.0, "USD", q_dmg, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "en",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["AgroEnlace Occidente"],
        "traps": [
            "H-2A meal charge of $19.50/day is above the $17.00 cap (review finding)",
            "housing deposit refundable at season end is still a housing charge under H-2A",
            "damage chargeback stated only in footnote 2",
            "footnote 1: normal wear not deducted",
            "'10 percent' holdback has no currency amount",
            "recruiter paid by employer; 'do not pay anyone' (negated fee)",
            "free tools, free daily bus, workers' compensation",
        ],
        "doc_type": "offer_letter",
        "layout": "business letter with colored letterhead band, justified serif paragraphs, footnotes on both pages, repeated footer",
    }


# ---------------------------------------------------------------------------------------
# l07 - generic Guatemala -> Canada recruiter agreement (scanned)
# ---------------------------------------------------------------------------------------


def l07():
    prog = "generic"
    q_fee = (
        "Por los servicios de reclutamiento y selección, EL TRABAJADOR pagará a EL RECLUTADOR "
        "Q6,500.00 en efectivo, la mitad al firmar y la mitad al recibir la visa."
    )
    q_med = (
        "El examen médico con el médico designado por la embajada (Q1,900.00 aproximadamente) "
        "corre por cuenta del trabajador."
    )
    q_visa = (
        "Asimismo, el trabajador cubrirá la toma de datos biométricos y el permiso de trabajo, "
        "que suman Q1,450.00."
    )
    q_move = (
        "Durante su estancia en Canadá, EL TRABAJADOR no podrá salir del alojamiento de la "
        "granja en sus días de descanso sin la autorización por escrito del supervisor."
    )

    def ftr(p):
        p.set_y(-14)
        p.set_font("serif", "", 8)
        p.cell(0, 4, f"- {p.page_no()} -", align="C")

    pdf = Doc(None, ftr, format="Letter")
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    f = "serif"
    s = 10
    pdf.set_font(f, "B", 12)
    pdf.multi_cell(
        0,
        6,
        "SERVICIOS MIGRATORIOS ALTIPLANO, S.A.\n6a. Avenida 3-21, zona 1, Quetzaltenango",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font(f, "B", 11)
    pdf.cell(
        0,
        6,
        "CONTRATO DE RECLUTAMIENTO - TRABAJO TEMPORAL EN CANADÁ",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    para(
        pdf,
        "EL RECLUTADOR: Servicios Migratorios Altiplano, S.A., agencia de reclutamiento con "
        "oficinas en Quetzaltenango.",
        size=s,
        font=f,
    )
    para(
        pdf,
        "Nombre del trabajador: ________________________________   DPI: ________________",
        size=s,
        font=f,
    )
    para(
        pdf,
        "Empresa empleadora (LA EMPRESA): Valleyfield Greenhouses Ltd., 4410 Concession Road 7, "
        "Leamington, Ontario, Canadá.",
        size=s,
        font=f,
    )
    items1 = [
        "PRIMERO. Puesto: ayudante de invernadero; cosecha de tomate y pepino, deshoje y "
        "empaque de cajas.",
        "SEGUNDO. Lugar: en los invernaderos de LA EMPRESA en Leamington, Ontario.",
        "TERCERO. Período: del 10 de febrero al 20 de noviembre de 2025.",
        "CUARTO. Jornada: de lunes a sábado, de 7:00 a 17:00 horas, con una hora de almuerzo.",
        "QUINTO. Salario: 17.20 dólares canadienses por hora, pagaderos cada dos semanas por "
        "depósito bancario.",
        "SEXTO. Descuentos: se descontarán únicamente los impuestos y contribuciones de ley de "
        "Canadá (impuesto sobre la renta, CPP y seguro de empleo).",
        "SÉPTIMO. Pagos del trabajador. " + q_fee + " " + q_med + " " + q_visa,
        "OCTAVO. Boletos: el boleto aéreo de ida y vuelta lo paga LA EMPRESA. LA EMPRESA "
        "proporciona alojamiento sin costo en la granja.",
    ]
    for it in items1:
        para(pdf, it, size=s, font=f, align="J", after=2.6)
    pdf.add_page()
    items2 = [
        "NOVENO. Conducta. " + q_move,
        "DÉCIMO. Despido: si EL TRABAJADOR es despedido por falta grave comprobada, LA EMPRESA "
        "dará aviso al consulado de Guatemala y pagará su regreso.",
        "UNDÉCIMO. Documentos: EL TRABAJADOR conservará siempre su pasaporte y su DPI.",
        "DUODÉCIMO. Aceptación: leído el presente contrato, las partes lo firman en "
        "Quetzaltenango el 6 de enero de 2025.",
    ]
    for it in items2:
        para(pdf, it, size=s, font=f, align="J", after=2.6)
    pdf.ln(34)
    pdf.set_font(f, "", 9.5)
    y = pdf.get_y()
    pdf.line(30, y, 95, y)
    pdf.line(120, y, 185, y)
    pdf.set_xy(30, y + 1)
    pdf.cell(65, 5, "EL RECLUTADOR", align="C")
    pdf.set_xy(120, y + 1)
    pdf.cell(65, 5, "EL TRABAJADOR", align="C")
    pdf.set_draw_color(60, 60, 150)
    pdf.ellipse(42, y - 21, 42, 24)
    pdf.set_text_color(60, 60, 150)
    pdf.set_font("sans", "B", 6.5)
    pdf.set_xy(42, y - 13.5)
    pdf.multi_cell(42, 3, "SERVICIOS MIGRATORIOS\nALTIPLANO\nQUETZALTENANGO", align="C")
    pdf.set_text_color(0)
    terms = {
        "employer_identity": "4410 Concession Road 7",
        "worker_identity": None,
        "job_duties": "ayudante de invernadero",
        "work_location": "invernaderos de LA EMPRESA en Leamington",
        "employment_period": "del 10 de febrero al 20 de noviembre de 2025",
        "hours_of_work": "de 7:00 a 17:00 horas",
        "wage_rate": "17.20 dólares canadienses por hora",
        "pay_frequency": "pagaderos cada dos semanas",
        "deductions": "impuesto sobre la renta, CPP y seguro de empleo",
        "return_transportation": "el boleto aéreo de ida y vuelta lo paga LA EMPRESA",
        "termination": "despedido por falta grave comprobada",
    }
    fees = [
        fee("recruitment_fee", 1, 6500.0, "GTQ", q_fee, prog),
        fee("medical_cost", 1, 1900.0, "GTQ", q_med, prog),
        fee("visa_cost", 1, 1450.0, "GTQ", q_visa, prog),
        fee("movement_restriction", 2, None, None, q_move, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "es",
        "pages": 2,
        "scan": "scan",
        "fees": fees,
        "terms": terms,
        "recruiters": ["Servicios Migratorios Altiplano, S.A."],
        "traps": [
            "three charges in one clause (SÉPTIMO), one quote per sentence",
            "worker name is a blank line (worker_identity missing)",
            "'seguro de empleo' is a statutory payroll contribution, not insurance_cost",
            "employer pays round-trip air ticket and free lodging",
            "worker keeps passport and DPI",
            "SCANNED: image-only pages with noise and slight skew",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column serif clauses, agency stamp over the signature lines; SCANNED image-only (200 dpi, slight skew, noise)",
    }


# ---------------------------------------------------------------------------------------
# l08 - H-2B recruiter FAQ flyer in Spanish
# ---------------------------------------------------------------------------------------


def l08():
    prog = "h2b"
    q_fee = "La cuota de inscripción es de 350 dólares y se paga en nuestra oficina al entregar sus papeles."
    q_visa = "La visa (205 dólares) y el cruce en Nuevo Laredo corren por su cuenta."
    q_train = "Nadie queda exento del curso de inducción e higiene, que cuesta 1,200 pesos."
    q_ins = "El seguro médico es obligatorio y cuesta $40 al mes, que se descuentan del cheque."
    q_pen = "Si se regresa antes de terminar la temporada, pagará como multa el equivalente a dos semanas de sueldo."

    def ftr(p):
        p.set_fill_color(0, 122, 94)
        p.rect(0, p.h - 14, p.w, 14, style="F")
        p.set_text_color(255)
        p.set_font("sans", "B", 9)
        p.set_xy(p.l_margin, p.h - 10.5)
        p.cell(0, 5, "Reclutadora Golfo Norte  ·  WhatsApp 833 555 0192  ·  Tampico, Tamps.")
        p.set_text_color(0)

    pdf = Doc(None, ftr, format=(150, 250))
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_fill_color(255, 204, 0)
    pdf.rect(0, 0, pdf.w, 36, style="F")
    pdf.set_font("sans", "B", 19)
    pdf.set_xy(12, 6)
    pdf.multi_cell(
        126, 8.5, "¡TRABAJO EN LUISIANA CON VISA H-2B!", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("sans", "", 10)
    pdf.cell(
        0, 5, "Temporada 2026 · Preguntas frecuentes", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_y(42)
    qa1 = [
        (
            "¿De qué es el trabajo?",
            "Pelar langostino cocido y empacar la carne en bolsas de una libra, en una planta de "
            "Breaux Bridge, Luisiana.",
        ),
        ("¿Cuándo?", "Del 3 de febrero al 30 de junio de 2026."),
        (
            "¿Cuánto pagan?",
            "$15.60 dólares la hora o por libra pelada, lo que resulte más alto. Se paga cada "
            "semana.",
        ),
        (
            "¿Cuántas horas?",
            "40 horas por semana, de lunes a viernes; horas extra a $23.40 la hora.",
        ),
        ("¿Cuánto cuesta inscribirme?", q_fee),
        ("¿Quién paga la visa?", q_visa),
    ]
    qa2 = [
        ("¿Tengo que tomar algún curso?", "Sí. " + q_train),
        ("¿Hay seguro médico?", "Sí. " + q_ins),
        ("¿Qué pasa si me quiero regresar antes?", q_pen),
        (
            "¿Dónde voy a vivir?",
            "La empresa ofrece casa gratis con cocina, a cinco minutos de la planta.",
        ),
        (
            "¿Y el transporte?",
            "El autobús de Monterrey a Luisiana se lo reembolsan en su primer cheque, y el "
            "regreso también lo paga la empresa.",
        ),
        (
            "¿Qué requisitos piden?",
            "Mayor de 18 años, pasaporte vigente, sin experiencia; que aguante estar de pie y en "
            "el frío.",
        ),
        (
            "¿Necesito herramientas?",
            "Los guantes, mandiles y cuchillos los da la empresa sin costo.",
        ),
        (
            "¿Qué me descuentan?",
            "Solo los impuestos (Seguro Social e impuesto federal) y el seguro médico.",
        ),
    ]

    def qa(items):
        for q, a in items:
            pdf.set_font("sans", "B", 11)
            pdf.set_text_color(0, 122, 94)
            pdf.multi_cell(0, 5.5, q, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            para(pdf, a, size=10.5, after=3.2)

    qa(qa1)
    pdf.add_page()
    qa(qa2)
    pdf.ln(2)
    pdf.set_draw_color(0, 122, 94)
    pdf.set_font("sans", "B", 10)
    pdf.multi_cell(
        0,
        5.5,
        "Informes: Lic. Marisol Zepeda, Calle Altamira 210 Ote., Tampico. ¡Cupo limitado!",
        border=1,
        align="C",
        padding=2,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    terms = {
        "employer_identity": None,
        "job_duties": "Pelar langostino cocido",
        "work_location": "planta de Breaux Bridge, Luisiana",
        "employment_period": "Del 3 de febrero al 30 de junio de 2026",
        "hours_of_work": "40 horas por semana",
        "wage_rate": "$15.60 dólares la hora",
        "wage_adjustment": None,
        "overtime": "horas extra a $23.40 la hora",
        "pay_frequency": "Se paga cada semana",
        "deductions": "Solo los impuestos (Seguro Social e impuesto federal)",
        "three_fourths_guarantee": None,
        "inbound_transportation": "se lo reembolsan en su primer cheque",
        "return_transportation": "el regreso también lo paga la empresa",
        "visa_reimbursement": None,
        "tools_provided": "los da la empresa sin costo",
        "earnings_statements": None,
        "termination": None,
        "contract_impossibility": None,
        "job_requirements": "Mayor de 18 años, pasaporte vigente",
    }
    fees = [
        fee("recruitment_fee", 1, 350.0, "USD", q_fee, prog),
        fee("visa_cost", 1, 205.0, "USD", q_visa, prog),
        fee("training_cost", 2, 1200.0, "MXN", q_train, prog),
        fee("insurance_cost", 2, 40.0, "USD", q_ins, prog),
        fee("breach_penalty", 2, None, None, q_pen, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "es",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Reclutadora Golfo Norte"],
        "traps": [
            "answers carry the findings, questions carry no amounts",
            "'Nadie queda exento del curso ... que cuesta 1,200 pesos' is a finding despite the negation",
            "penalty stated as 'dos semanas de sueldo' (no amount)",
            "free house with kitchen; knives/gloves free; bus reimbursed in first paycheck",
            "employer is never named (employer_identity missing)",
            "contact person of the recruiting agency is not a separate recruiter",
        ],
        "doc_type": "recruiter_flyer",
        "layout": "tall flyer page (150x250 mm), yellow headline block, colored Q&A, colored footer band with WhatsApp repeated on each page",
    }


# ---------------------------------------------------------------------------------------
# l09 - generic UK seasonal worker contract, compliant, amounts in words, small print
# ---------------------------------------------------------------------------------------


def l09():
    def hdr(p):
        p.set_font("sans", "B", 8)
        p.set_text_color(30, 90, 60)
        p.set_xy(p.l_margin, 8)
        p.cell(0, 4, "Fenland Glasshouse Growers Ltd")
        p.set_font("sans", "", 8)
        p.set_xy(p.l_margin, 8)
        p.cell(0, 4, "Seasonal Worker - Contract of Employment", align="R")
        p.set_draw_color(30, 90, 60)
        p.line(p.l_margin, 13.5, p.w - p.r_margin, 13.5)
        p.set_text_color(0)
        p.set_y(19)

    def ftr(p):
        p.set_y(-13)
        p.set_font("sans", "", 6.8)
        p.set_text_color(100)
        p.cell(
            0,
            4,
            "Registered in England No. 04471920 · Drove End Nursery, 61 Sutton Drove, Wisbech PE13 4RT"
            f" · page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0)

    pdf = Doc(hdr, ftr, format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    para(pdf, "STATEMENT OF MAIN TERMS OF EMPLOYMENT", size=13, style="B", after=3)
    particulars = [
        (
            "Employer",
            "Fenland Glasshouse Growers Ltd, Drove End Nursery, 61 Sutton Drove, Wisbech, "
            "Cambridgeshire PE13 4RT, United Kingdom",
        ),
        ("Employee", "Ms Aigerim Sultanbekova, of Osh, Kyrgyz Republic"),
        (
            "Scheme operator",
            "Harvest Bridge Labour Provision Ltd (licensed by the GLAA), which recruited you for "
            "this job",
        ),
        (
            "Job title",
            "Horticultural Harvest Operative: picking, grading and packing cucumbers and sweet "
            "peppers in heated glasshouses, and removing old leaves from the plants",
        ),
        (
            "Places of work",
            "Drove End Nursery, Wisbech, and the Marsh Lane glasshouse site, Gedney Hill, "
            "Lincolnshire",
        ),
        ("Start and end", "From 14 April 2025 until 10 October 2025 (twenty-six weeks)"),
        (
            "Normal hours",
            "8 hours a day, Monday to Friday (40 hours per week); Saturday work is voluntary",
        ),
        (
            "Pay",
            "£12.21 (twelve pounds and twenty-one pence) per hour¹, for every hour worked "
            "including Saturdays",
        ),
        ("Pay day", "Pay is weekly, each Friday, by bank transfer, with an itemised payslip"),
    ]
    pdf.set_font("sans", "", 9.3)
    with pdf.table(
        col_widths=(38, 132),
        text_align="LEFT",
        borders_layout="NONE",
        first_row_as_headings=False,
        line_height=4.8,
        padding=(1.3, 2, 1.3, 0),
        v_align="TOP",
    ) as tb:
        for k, v in particulars:
            r = tb.row()
            r.cell(k, style=FontFace(emphasis="BOLD"))
            r.cell(v)
    pdf.ln(3)
    para(
        pdf,
        "This statement, together with sections 1 to 9 on the following pages, forms your "
        "contract of employment.",
        size=9.3,
    )
    footnotes(
        pdf,
        [
            "¹ National Living Wage from 1 April 2025. If the legal minimum rises during the "
            "contract, your rate rises with it."
        ],
        bottom=20,
    )
    pdf.add_page()
    secs = [
        (
            "1. Deductions",
            "The only deductions from your pay are Income Tax and National Insurance "
            "contributions required by law and, if you choose to join, the workplace pension "
            "scheme. We will never deduct money for recruitment, travel, accommodation or "
            "equipment.",
        ),
        (
            "2. Visa and travel",
            "The Company reimburses the visa application fee of two hundred and ninety-eight "
            "pounds (£298) in your first pay. The Company pays for your flight from Bishkek to "
            "London and the coach to Wisbech, and for your return flight at the end of the "
            "contract, or earlier if we end the contract.",
        ),
        (
            "3. Accommodation",
            "Caravan accommodation on the nursery is provided free of charge. There is no "
            "deposit and no charge for gas, water or electricity. You are free to leave the site "
            "whenever you are not working and to receive visitors.",
        ),
        (
            "4. Recruitment",
            "No worker may be charged a fee for finding work. Harvest Bridge Labour Provision "
            "Ltd is paid by the Company, and no deposit, loan or bond is required of you by "
            "anyone.",
        ),
        (
            "5. Protective equipment",
            "Safety footwear, gloves and waterproofs are issued free and replaced when worn out. "
            "You will not be charged for accidental damage.",
        ),
        (
            "6. Ending the contract",
            "Either party may end this contract by giving one week's written notice. The Company "
            "may end it without notice only for gross misconduct, after a disciplinary hearing. "
            "No penalty is payable if you leave early.",
        ),
    ]
    for t, b in secs:
        clause(pdf, t, b, size=9.6, after=2.4)
    pdf.add_page()
    secs2 = [
        (
            "7. Your documents",
            "You keep your passport and your eVisa login details. The Company and the scheme "
            "operator will never hold them.",
        ),
        (
            "8. Raising concerns",
            "You may raise concerns with your supervisor, with the scheme operator or with the "
            "Gangmasters and Labour Abuse Authority on 0800 432 0804. Doing so will have no "
            "consequence for your employment or for your chance of being offered work in a "
            "future season.",
        ),
        (
            "9. Holidays and sickness",
            "You accrue paid holiday at 12.07% of hours worked, paid at the end of the contract "
            "if not taken. Statutory Sick Pay applies.",
        ),
    ]
    for t, b in secs2:
        clause(pdf, t, b, size=9.6, after=2.4)
    pdf.ln(6)
    para(
        pdf,
        "Signed for the Company: Helen Marsh, Operations Director          Date: 3 March 2025\n\n"
        "Signed by the Employee: ______________________________          Date: ____________",
        size=9.3,
    )
    pdf.ln(8)
    para(
        pdf,
        "Small print. This contract is governed by the law of England and Wales. The Company "
        "operates a grievance procedure, a copy of which is in the welfare cabin and in Russian "
        "and Kyrgyz on request. Any overtime beyond 48 hours a week requires your written "
        "agreement under the Working Time Regulations 1998, which you may withdraw with seven "
        "days' notice. Nothing in this contract reduces your statutory rights.",
        size=6.8,
        color=60,
        align="J",
    )
    terms = {
        "employer_identity": "61 Sutton Drove, Wisbech, Cambridgeshire PE13 4RT",
        "worker_identity": "Aigerim Sultanbekova",
        "job_duties": "Horticultural Harvest Operative",
        "work_location": "Marsh Lane glasshouse site, Gedney Hill",
        "employment_period": "From 14 April 2025 until 10 October 2025",
        "hours_of_work": "(40 hours per week)",
        "wage_rate": "twelve pounds and twenty-one pence",
        "pay_frequency": "Pay is weekly, each Friday",
        "deductions": "Income Tax and National Insurance contributions required by law",
        "return_transportation": "your return flight at the end of the contract",
        "termination": "one week's written notice",
    }
    return {
        "pdf": pdf,
        "program": "generic",
        "language": "en",
        "pages": 3,
        "fees": [],
        "terms": terms,
        "recruiters": ["Harvest Bridge Labour Provision Ltd"],
        "traps": [
            "visa fee of 'two hundred and ninety-eight pounds (£298)' is reimbursed",
            "National Insurance is a statutory contribution, not an insurance_cost",
            "free caravan, no deposit, no utilities charge, free to leave the site",
            "no fee, deposit, loan or bond; no penalty for leaving early",
            "no charge for accidental damage",
            "worker keeps passport; concerns raised without consequence",
            "wage given in figures and in words, with a footnote",
        ],
        "doc_type": "work_contract",
        "layout": "A4; running header rule and registered-office footer on every page; borderless key/value particulars table; numbered sections; footnote; 6.8 pt small print",
    }


# ---------------------------------------------------------------------------------------
# l10 - generic Philippines -> Taiwan contract with a landscape cost annex
# ---------------------------------------------------------------------------------------


def l10():
    prog = "generic"
    row_air = (
        "Airfare Manila - Taoyuan",
        "PHP 18,500",
        "Worker",
        "Deducted from 1st and 2nd salaries",
    )
    row_visa = ("Taiwan visa and work permit", "-", "Employer", "Paid directly by the Employer")
    row_med = ("Pre-departure medical exam", "PHP 3,200", "Employer", "Reimbursed in 1st salary")
    row_loan = (
        "Placement loan (Bayanihan Finance Co.)",
        "PHP 60,000",
        "Worker",
        "NTD 3,000 per month from salary, 1.5% monthly interest",
    )
    row_pdc = (
        "Guarantee: 6 post-dated cheques to the Agency",
        "PHP 30,000 in total",
        "Worker",
        "Returned after 12 months of service",
    )
    row_ld = (
        "Resignation before 12 months",
        "2 months' salary",
        "Worker",
        "Liquidated damages, deducted from final pay",
    )
    row_dorm = ("Dormitory and meals", "NTD 0", "Employer", "No charge")

    def ftr(p):
        p.set_y(-12)
        p.set_font("cond", "", 7.5)
        p.cell(
            0,
            4,
            f"Contract No. LGM-TW-25-1193    Page {p.page_no()} of {{nb}}    Worker's initials: ____",
            align="C",
        )

    pdf = Doc(None, ftr, format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(0, 8, "EMPLOYMENT CONTRACT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        5,
        "for Filipino Production Workers deployed to Taiwan",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    arts = [
        (
            "Article 1. Parties.",
            "Hsin Yuan Precision Electronics Co., Ltd., No. 27, Gongye 3rd Road, Pingzhen "
            "District, Taoyuan City, Taiwan (the Employer); Ms. Rosalinda Magbanua Dizon, of "
            "Barangay San Isidro, Tarlac City, Philippines (the Worker); and Luzviminda Global "
            "Manpower Services, Inc., 1501 Taft Avenue, Malate, Manila, the recruitment agency "
            "that recruited the Worker (the Agency).",
        ),
        (
            "Article 2. Position.",
            "Production operator: assembling and soldering printed circuit boards, visual "
            "inspection of finished boards and packing.",
        ),
        (
            "Article 3. Workplace.",
            "The Employer's plant at No. 27, Gongye 3rd Road, Pingzhen District.",
        ),
        (
            "Article 4. Term.",
            "Three (3) years from arrival, from 15 October 2025 to 14 October 2028.",
        ),
        (
            "Article 5. Hours.",
            "8 hours a day, 5 days a week, 08:00-17:00 with a one-hour break; overtime only with "
            "the Worker's consent and paid as the Labor Standards Act requires.",
        ),
        (
            "Article 6. Salary.",
            "NTD 28,590 per month, paid monthly on the 10th day of the following month into the "
            "Worker's own bank account.",
        ),
        (
            "Article 7. Deductions.",
            "Labor insurance and National Health Insurance employee shares, income tax, and the "
            "items marked 'Worker' in Annex A.",
        ),
        (
            "Article 8. Return.",
            "The Employer provides the return air ticket to Manila at the end of the contract.",
        ),
        (
            "Article 9. Termination.",
            "The Employer may terminate only on the grounds of Article 12 of the Labor Standards "
            "Act. The Worker may resign with 30 days' written notice, subject to Annex A.",
        ),
        (
            "Article 10. Costs.",
            "The costs of recruitment and deployment are allocated between the parties as shown "
            "in Annex A, which forms part of this contract.",
        ),
    ]
    for t, b in arts:
        clause(pdf, t, b, size=9.4, after=2)
    pdf.add_page(orientation="L")
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "ANNEX A - COST-SHARING AND REPAYMENT SCHEDULE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cond", "", 9.5)
    rows = [
        ("Cost item", "Amount*", "Paid by", "Method of payment"),
        row_air,
        row_visa,
        row_med,
        row_loan,
        row_pdc,
        row_ld,
        row_dorm,
    ]
    with pdf.table(
        col_widths=(80, 42, 24, 115),
        text_align="LEFT",
        line_height=6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    ) as tb:
        for r in rows:
            row = tb.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    pdf.set_font("cond", "", 7.5)
    pdf.multi_cell(
        0,
        3.6,
        "* Amounts in Philippine pesos are converted to New Taiwan dollars at the bank rate of "
        "the day of deduction.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    pdf.set_font("cond", "", 9)
    pdf.cell(85, 5, "Employer: ____________________")
    pdf.cell(85, 5, "Worker: ____________________")
    pdf.cell(85, 5, "Agency: ____________________")
    terms = {
        "employer_identity": "No. 27, Gongye 3rd Road, Pingzhen District, Taoyuan City",
        "worker_identity": "Rosalinda Magbanua Dizon",
        "job_duties": "Production operator",
        "work_location": "The Employer's plant at No. 27, Gongye 3rd Road",
        "employment_period": "from 15 October 2025 to 14 October 2028",
        "hours_of_work": "8 hours a day, 5 days a week",
        "wage_rate": "NTD 28,590 per month",
        "pay_frequency": "paid monthly on the 10th day",
        "deductions": "Labor insurance and National Health Insurance employee shares",
        "return_transportation": "return air ticket to Manila",
        "termination": "may resign with 30 days' written notice",
    }
    fees = [
        fee("travel_cost", 2, 18500.0, "PHP", " ".join(row_air), prog),
        fee("debt_bondage", 2, 60000.0, "PHP", " ".join(row_loan), prog),
        fee("deposit_or_bond", 2, 30000.0, "PHP", " ".join(row_pdc), prog),
        fee("breach_penalty", 2, None, None, " ".join(row_ld), prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "en",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Luzviminda Global Manpower Services, Inc."],
        "traps": [
            "findings only in rows of a LANDSCAPE annex table",
            "loan through a third-party lender (Bayanihan Finance Co. is not a recruiter)",
            "medical exam amount shown but reimbursed by employer (no finding)",
            "visa/work permit and dormitory paid by employer",
            "statutory labor/health insurance employee shares are not insurance_cost",
            "resignation allowed with notice in Article 9 but penalised in the annex",
        ],
        "doc_type": "work_contract",
        "layout": "A4 portrait articles, then a LANDSCAPE gridded annex table with an asterisk footnote; repeated footer with contract number",
    }


# ---------------------------------------------------------------------------------------
# l11 - H-2A one-page summary in Spanish, photographed with a phone
# ---------------------------------------------------------------------------------------


def l11():
    prog = "h2a"
    q_ret = "El viaje de regreso a México al terminar la temporada lo paga cada trabajador."
    q_eq = "Cada trabajador compra su cubeta y su arnés de cosecha a la empresa por $32, que se descuentan del primer cheque."
    q_move = "Por seguridad, nadie puede salir del campamento después de las 9 de la noche ni recibir visitas."
    q_pass = "El pasaporte vigente es por cuenta de cada trabajador."
    pdf = Doc(None, None, format="Letter")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "RESUMEN DE CONDICIONES - TEMPORADA 2025 (H-2A)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("sans", "", 9)
    pdf.cell(
        0, 5, "Lea esta hoja antes de firmar su contrato.", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    rows = [
        ("Empleador", "Huron Bluff Orchards, Inc., 6120 Bluff Road, Traverse City, Michigan 49684"),
        ("Trabajo", "Cosecha de cereza a mano y con máquina sacudidora, poda y riego."),
        ("Lugar", "Huertas de la empresa en el condado de Leelanau, Michigan."),
        ("Fechas", "Del 16 de junio al 29 de agosto de 2025."),
        ("Horario", "De 6:00 a 14:30, de lunes a sábado (mínimo 35 horas por semana)."),
        ("Pago", "$18.50 por hora; se paga cada viernes."),
        ("Garantía", "Se garantiza trabajo por al menos 3/4 partes de los días del contrato."),
        ("Vivienda", "Gratis en el campamento de la empresa."),
        ("Cocina", "Cocina equipada gratuita en cada casa."),
        ("Transporte diario", "Gratis de la vivienda a las huertas."),
        ("Llegada", "Se reembolsa el autobús desde Monterrey al cumplir la mitad del contrato."),
        ("Regreso", q_ret),
        ("Equipo", q_eq),
        ("Seguro", "Seguro de compensación al trabajador pagado por la empresa."),
        ("Descuentos", "Descuentos: ninguno, salvo la cubeta y el arnés."),
        ("Reglas", q_move),
        ("Documentos", q_pass + " La visa la paga la empresa."),
    ]
    pdf.set_font("sans", "", 10)
    with pdf.table(
        col_widths=(38, 142),
        text_align="LEFT",
        line_height=5.2,
        padding=1.8,
        first_row_as_headings=False,
        v_align="TOP",
    ) as tb:
        for k, v in rows:
            r = tb.row()
            r.cell(k, style=FontFace(emphasis="BOLD", fill_color=(238, 238, 238)))
            r.cell(v)
    pdf.ln(8)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Firma del trabajador: ____________________________     Fecha: __________")
    terms = {
        "employer_identity": "6120 Bluff Road, Traverse City, Michigan 49684",
        "job_duties": "Cosecha de cereza",
        "work_location": "condado de Leelanau",
        "employment_period": "Del 16 de junio al 29 de agosto de 2025",
        "hours_of_work": "De 6:00 a 14:30",
        "wage_rate": "$18.50 por hora",
        "wage_adjustment": None,
        "pay_frequency": "se paga cada viernes",
        "deductions": "Descuentos: ninguno, salvo la cubeta y el arnés",
        "three_fourths_guarantee": "al menos 3/4 partes de los días del contrato",
        "housing": "Gratis en el campamento de la empresa",
        "meals": "Cocina equipada gratuita",
        "inbound_transportation": "Se reembolsa el autobús desde Monterrey",
        "return_transportation": None,
        "daily_transportation": "Gratis de la vivienda a las huertas",
        "tools_provided": None,
        "workers_compensation": "Seguro de compensación al trabajador",
        "earnings_statements": None,
        "termination": None,
        "contract_impossibility": None,
        "job_requirements": None,
    }
    fees = [
        fee("travel_cost", 1, None, None, q_ret, prog),
        fee("equipment_charge", 1, 32.0, "USD", q_eq, prog),
        fee("movement_restriction", 1, None, None, q_move, prog),
        fee("visa_cost", 1, None, None, q_pass, prog, passport_only=True),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "es",
        "pages": 1,
        "scan": "photo",
        "fees": fees,
        "terms": terms,
        "recruiters": [],
        "traps": [
            "passport fee alone under H-2A is a review finding; 'La visa la paga la empresa' is not",
            "return trip paid by worker (return_transportation missing)",
            "curfew and no-visitors rule stated 'por seguridad'",
            "workers' compensation paid by employer",
            "text only in a gridded 2-column table",
            "PHONE PHOTO: page rotated ~2.5 degrees on a dark background, uneven light, blur",
        ],
        "doc_type": "job_summary",
        "layout": "one page, gridded label/value table; PHONE PHOTO image-only (rotation, perspective, vignette, noise)",
    }


# ---------------------------------------------------------------------------------------
# l12 - H-2B forestry agreement, two-column small print
# ---------------------------------------------------------------------------------------


def l12():
    prog = "h2b"
    q_pet = (
        "Each worker shall contribute two hundred seventy-five dollars ($275.00) toward the costs "
        "of the labor certification and the petition filed on the worker's behalf."
    )
    q_tr1 = "Transportation from Monterrey to Mena is advanced by the Company."
    q_tr2 = "The full fare, about $310, is recovered from the worker's first three paychecks."
    q_hold = (
        "One dollar ($1.00) of every hour worked is held back by the Company and paid to the "
        "worker only after the last planting day of the season."
    )
    q_black = (
        "Any worker who reports the Company to a government agency, consulate or union without "
        "first using the Company's grievance procedure will be ineligible for rehire in any "
        "future season."
    )

    def hdr(p):
        p.set_font("sans", "B", 6.3)
        p.set_xy(p.l_margin, 7)
        p.cell(
            0,
            4,
            "OZARK TIMBERLINE REFORESTATION, INC. - SEASONAL FORESTRY EMPLOYMENT AGREEMENT (H-2B)",
            align="C",
        )
        p.line(p.l_margin, 12, p.w - p.r_margin, 12)
        p.set_y(15)

    def ftr(p):
        p.set_y(-11)
        p.set_font("sans", "", 7)
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}        Worker initials: ______", align="C")

    pdf = Doc(hdr, ftr, format=(148, 210))
    pdf.set_margins(10, 14, 10)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    para(
        pdf,
        "This agreement is made between Ozark Timberline Reforestation, Inc., 415 Sawmill Spur, "
        "Mena, Arkansas 71953 (the Company) and the undersigned H-2B worker. Workers are "
        "recruited in Oaxaca, Mexico, by Cuadrillas Forestales del Sureste, S.C., acting for the "
        "Company.",
        size=7.8,
        align="J",
        after=2.5,
    )
    p1 = [
        (
            "POSITION AND DUTIES",
            "Forest worker (tree planter). Workers plant pine seedlings by hand with a hoedad or "
            "planting bar, carry seedling bags of up to 40 lb over steep ground, and keep the "
            "seedlings cool and moist in the bag.",
        ),
        (
            "WORK AREAS",
            "Company contract tracts in Polk, Scott and Montgomery Counties, Arkansas, and "
            "McCurtain County, Oklahoma. The crew moves between tracts in Company trucks.",
        ),
        ("TERM", "January 5, 2026 to May 1, 2026."),
        (
            "REQUIREMENTS",
            "At least 18 years old; 3 months' experience in manual tree planting or similar "
            "outdoor work; able to walk 8 miles a day over rough ground.",
        ),
        ("HOURS", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."),
        (
            "WAGES",
            "$17.09 per hour, or $0.09 per seedling planted if that is higher for the pay "
            "period. If a new prevailing wage or minimum wage is higher, the higher wage will be "
            "paid from its effective date.",
        ),
        (
            "OVERTIME",
            "Overtime may be available and is paid at $25.64 per hour for hours over 40 in a "
            "workweek.",
        ),
        (
            "PAY",
            "Wages are paid every two weeks, on Friday, with an itemized statement of hours "
            "offered and worked, rates and deductions.",
        ),
        (
            "DEDUCTIONS",
            "FICA, federal and Arkansas income tax, and the amounts described under PETITION "
            "COSTS, TRAVEL and COMPLETION HOLDBACK.",
        ),
        (
            "PETITION COSTS",
            q_pet + " The consular visa fee is reimbursed in the first workweek.",
        ),
        (
            "LODGING",
            "While crews work on tracts away from Mena, they stay in motels arranged and paid by "
            "the Company, two workers to a room.",
        ),
        (
            "SAFETY",
            "Hard hats must be worn on logging roads and landings. Safety instruction is given on "
            "the first day, during paid time and at no cost to the worker.",
        ),
        (
            "ALCOHOL AND TESTING",
            "Alcohol is not allowed in Company vehicles. Any drug test required by a landowner is "
            "paid by the Company.",
        ),
        (
            "VEHICLES",
            "Only Company drivers with valid licenses may drive crew trucks. Daily rides between "
            "the lodging and the tracts are free.",
        ),
        (
            "QUALITY",
            "Forestry inspectors check sample plots. Plots that fail inspection are replanted "
            "during paid hours.",
        ),
        (
            "DISCIPLINE",
            "Planting below specification first leads to a verbal warning and then a written "
            "warning before any dismissal for cause.",
        ),
    ]
    p2 = [
        ("TRAVEL", q_tr1 + " " + q_tr2),
        ("COMPLETION HOLDBACK", q_hold),
        (
            "RETURN",
            "The Company pays return transportation to Monterrey for workers who complete the "
            "season or are dismissed early for reasons other than cause.",
        ),
        (
            "TOOLS",
            "Planting bars, seedling bags, hard hats and rain gear are furnished without charge "
            "or deposit.",
        ),
        (
            "GUARANTEE",
            "The Company guarantees hours equal to three-fourths of the workdays in each 12-week "
            "period.",
        ),
        (
            "ABANDONMENT",
            "A worker absent 5 consecutive workdays without consent is deemed to have abandoned "
            "employment, and the Company will notify the agencies as required.",
        ),
        ("GRIEVANCES", q_black),
        (
            "DAYS OFF",
            "No work is scheduled on Saturdays or Sundays. A worker may ask for unpaid leave for "
            "family emergencies.",
        ),
        (
            "PERSONAL DOCUMENTS",
            "Workers keep their passports and personal papers. The Company offers a locked box at "
            "no cost to any worker who asks for one.",
        ),
        (
            "FREE TIME",
            "Workers may use their own phones during breaks and may come and go from the motel "
            "and receive visitors in their free time.",
        ),
        (
            "RECORDS",
            "The Company keeps payroll and hours records for three years and shows them to a "
            "worker on request.",
        ),
        (
            "ENTIRE AGREEMENT",
            "This document is the entire agreement. A Spanish copy is provided on request.",
        ),
    ]

    def cols_write(items, start, brk):
        # explicit column break between two clauses: no labelled sentence crosses columns
        with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.17) as cols:
            for i, (t, b) in enumerate(items, start):
                if i == brk:
                    cols.new_column()
                pdf.set_font("sans", "B", 7.6)
                cols.write(text=f"{i}. {t}. ")
                pdf.set_font("sans", "", 7.6)
                cols.write(text=b)
                cols.ln()
                cols.ln(1.2)

    cols_write(p1, 1, 9)
    pdf.add_page()
    cols_write(p2, len(p1) + 1, 23)
    pdf.ln(8)
    pdf.set_font("sans", "", 7.6)
    pdf.cell(70, 5, "For the Company: Wade Hollister, President")
    pdf.cell(0, 5, "Worker: ______________________________")
    terms = {
        "employer_identity": "415 Sawmill Spur, Mena, Arkansas 71953",
        "job_duties": "Forest worker (tree planter)",
        "work_location": "Polk, Scott and Montgomery Counties, Arkansas",
        "employment_period": "January 5, 2026 to May 1, 2026",
        "hours_of_work": "40 hours per week, Monday to Friday",
        "wage_rate": "$17.09 per hour",
        "wage_adjustment": "the higher wage will be paid from its effective date",
        "overtime": "paid at $25.64 per hour",
        "pay_frequency": "paid every two weeks",
        "deductions": "FICA, federal and Arkansas income tax",
        "three_fourths_guarantee": "three-fourths of the workdays in each 12-week period",
        "inbound_transportation": None,
        "return_transportation": "pays return transportation to Monterrey",
        "visa_reimbursement": "consular visa fee is reimbursed in the first workweek",
        "tools_provided": "furnished without charge or deposit",
        "earnings_statements": "itemized statement of hours offered and worked",
        "termination": "absent 5 consecutive workdays without consent",
        "contract_impossibility": None,
        "job_requirements": "3 months' experience in manual tree planting",
    }
    fees = [
        fee("visa_cost", 1, 275.0, "USD", q_pet, prog),
        fee("travel_cost", 2, 310.0, "USD", q_tr1, prog, group=1),
        fee("travel_cost", 2, 310.0, "USD", q_tr2, prog, group=1),
        fee("wage_withholding", 2, 1.0, "USD", q_hold, prog),
        fee("blacklisting_threat", 2, None, None, q_black, prog),
    ]
    return {
        "pdf": pdf,
        "program": prog,
        "language": "en",
        "pages": 2,
        "fees": fees,
        "terms": terms,
        "recruiters": ["Cuadrillas Forestales del Sureste, S.C."],
        "traps": [
            "petition cost amount in words and figures ('two hundred seventy-five dollars ($275.00)')",
            "inbound travel 'advanced' then recovered: one finding over two sentences (group 1)",
            "consular visa fee reimbursed in first workweek (no finding for the visa itself)",
            "$1.00/hour holdback is wage withholding",
            "blacklisting phrased as ineligibility for rehire for reporting without grievance",
            "tools without charge or deposit",
            "motels, drug tests and safety instruction paid by the Company",
            "workers keep passports; free to come and go from the motel",
        ],
        "doc_type": "work_contract",
        "layout": "A5 booklet page; two-column 7.6 pt justified numbered clauses under a full-width preamble; repeated header rule and footer",
    }


DOCS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12]


# ---------------------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------------------


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_candidates(page):
    out = [page.extract_text() or ""]
    w = float(page.width)
    for x0, x1 in ((0, w / 2), (w / 2, w)):
        out.append(page.crop((x0, 0, x1, float(page.height))).extract_text() or "")
    for t in page.extract_tables():
        for row in t:
            cells = [c or "" for c in row]
            out.extend(cells)
            out.append(" ".join(cells))
    return [norm(x) for x in out]


def verify(name, data, blob):
    errors = []
    with pdfplumber.open(io.BytesIO(blob)) as doc:
        pages = [page_candidates(p) for p in doc.pages]
    if len(pages) != data["pages"]:
        errors.append(f"{name}: {len(pages)} pages, labelled {data['pages']}")
    for f in data["fees"]:
        q = norm(f["quote"])
        p = f["page"]
        if not (1 <= p <= len(pages)) or not any(q in c for c in pages[p - 1]):
            where = [i + 1 for i, cs in enumerate(pages) if any(q in c for c in cs)]
            errors.append(f"{name}: fee quote not on page {p} (found on {where}): {q[:70]}")
    for term, ev in data["terms"].items():
        if ev is None:
            continue
        e = norm(ev)
        if not any(e in c for cs in pages for c in cs):
            errors.append(f"{name}: evidence for {term} not found: {e}")
    for r in data["recruiters"]:
        if not any(norm(r) in c for cs in pages for c in cs):
            errors.append(f"{name}: recruiter not printed: {r}")
    want = set(REQUIRED[data["program"]])
    if set(data["terms"]) != want:
        errors.append(f"{name}: term checklist mismatch {sorted(set(data['terms']) ^ want)}")
    return errors


# ---------------------------------------------------------------------------------------
# rasterising
# ---------------------------------------------------------------------------------------


def _to_pdf(images, dpi, name):
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_creator("scanner")
    out.set_auto_page_break(False)
    for img in images:
        w = img.width * 72.0 / dpi
        h = img.height * 72.0 / dpi
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, optimize=False)
        buf.seek(0)
        out.add_page(format=(w, h))
        out.image(buf, x=0, y=0, w=w, h=h)
    return bytes(out.output())


def scan(blob, seed, name):
    dpi = 200
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(blob)
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=250)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 12 + nrng.normal(0, 7, arr.shape)
        specks = nrng.random(arr.shape) < 0.0004
        arr[specks] = 40
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(img)
    doc.close()
    return _to_pdf(imgs, dpi, name)


def photo(blob, seed, name):
    dpi = 170
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(blob)
    page = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    # warm paper tint
    arr = np.asarray(page).astype(np.float32) / 255.0
    arr = arr * np.array([246, 241, 228], dtype=np.float32)
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    pw, ph = page.size
    canvas_w, canvas_h = int(pw * 1.16), int(ph * 1.12)
    bg = np.zeros((canvas_h, canvas_w, 3), dtype=np.float32)
    bg[:] = (92, 70, 52)
    bg += nrng.normal(0, 6, bg.shape)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    rot = page.convert("RGBA").rotate(2.6, resample=Image.BICUBIC, expand=True)
    ox = (canvas_w - rot.width) // 2 + 10
    oy = (canvas_h - rot.height) // 2 - 6
    shadow = Image.new("L", rot.size, 0)
    shadow.paste(rot.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    dark = Image.new("RGB", rot.size, (25, 20, 15))
    canvas.paste(dark, (ox + 14, oy + 16), shadow.point(lambda v: v * 0.55))
    canvas.paste(rot, (ox, oy), rot)
    # slight perspective (top edge narrower)
    w, h = canvas.size
    d = int(w * 0.018)
    canvas = canvas.transform(
        (w, h),
        Image.QUAD,
        (-d, 0, -d // 3, h, w + d // 3, h, w + d, 0),
        resample=Image.BICUBIC,
        fillcolor=(88, 67, 50),
    )
    # uneven lighting: brighter upper-left, darker lower-right
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.08 - 0.28 * ((xx / w) * 0.6 + (yy / h) * 0.4) ** 1.5
    arr = np.asarray(canvas).astype(np.float32) * light[..., None]
    arr += nrng.normal(0, 5, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.8)
    )
    dr = ImageDraw.Draw(img)
    dr.ellipse((int(w * 0.86), int(h * 0.04), int(w * 0.9), int(h * 0.065)), fill=(230, 230, 220))
    return _to_pdf([img], dpi, name)


# ---------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------


def build(out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    errors = []
    for idx, fn in enumerate(DOCS, 1):
        name = f"l{idx:02d}.pdf"
        data = fn()
        assert fn.__name__ == name[:-4], (fn.__name__, name)
        blob = bytes(data["pdf"].output())
        errs = verify(name, data, blob)
        errors.extend(errs)
        mode = data.get("scan")
        if mode == "scan":
            blob = scan(blob, 1000 + idx, name)
        elif mode == "photo":
            blob = photo(blob, 2000 + idx, name)
        (out_dir / name).write_bytes(blob)
        missing = [t for t in REQUIRED[data["program"]] if data["terms"][t] is None]
        labels.append(
            {
                "file": name,
                "program": data["program"],
                "language": data["language"],
                "scanned": bool(mode),
                "pages": data["pages"],
                "fees": data["fees"],
                "missing_terms": missing,
                "recruiters": data["recruiters"],
                "traps": data["traps"],
                "doc_type": data["doc_type"],
                "layout": data["layout"],
            }
        )
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        raise SystemExit(1)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out_dir / "labels.json").write_text(text, encoding="utf-8")
    return labels


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    labels = build(Path(argv[1]))
    n_fees = sum(len(d["fees"]) for d in labels)
    print(f"wrote {len(labels)} documents, {n_fees} labelled fee quotes to {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
