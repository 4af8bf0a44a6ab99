#!/usr/bin/env python3
"""Build the heldout_bw blind batch: bw01.pdf ... bw12.pdf and labels.json.

Usage: python build.py OUT_DIR

Deterministic: fixed creation date, fixed random seed for the scanned page.
After writing, every PDF is reopened with pdfplumber and self-checked; the
script exits non-zero if any check fails.
"""

import datetime
import io
import json
import os
import random
import sys

import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.UTC)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))

FONT_SETS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "helvetica"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "times"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "helvetica"),
    "scond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "times"),
    "times": (None, None, "times"),
    "helvetica": (None, None, "helvetica"),
}

SEVERITY_REVIEW = {"damage_chargeback", "meal_charge"}
TERM_ORDER = [
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


# --------------------------------------------------------------------------- layout
class Doc(FPDF):
    def __init__(
        self, fmt="letter", fonts="sans", header_text=None, band=None, footer_text=None, margin=54
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("heldout_bw build.py")
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin)
        self.hdr_text = header_text
        self.band = band
        self.ftr_text = footer_text
        self.no_hf = set()
        regular, bold, core = FONT_SETS[fonts]
        if regular and HAVE_DEJAVU:
            self.add_font("body", "", os.path.join(FONT_DIR, regular))
            self.add_font("body", "B", os.path.join(FONT_DIR, bold))
            self.fam = "body"
            self.unicode = True
        else:
            self.fam = core
            self.unicode = False
        self.bullet = "\u2022" if self.unicode else "-"
        self.alias_nb_pages()

    # page furniture
    def header(self):
        if self.page_no() in self.no_hf:
            return
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, 32, "F")
        if self.hdr_text:
            self.set_xy(self.l_margin, 10)
            self.set_font(self.fam, "B", 8.5)
            self.set_text_color(*((255, 255, 255) if self.band else (70, 70, 70)))
            self.cell(0, 12, self.hdr_text)
            self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() in self.no_hf or not self.ftr_text:
            return
        self.set_y(-38)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 10, self.ftr_text.format(p=self.page_no(), nb="{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def font(self, size, style=""):
        self.set_font(self.fam, style, size)

    def doc_title(self, text, size=13.5, align="C", after=6):
        self.font(size, "B")
        self.multi_cell(0, size * 1.25, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def heading(self, text, size=10.5, before=4, after=2):
        self.ln(before)
        self.font(size, "B")
        self.multi_cell(0, size * 1.3, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def para(self, text, size=9.5, style="", align="L", after=3, lh=1.32):
        self.font(size, style)
        self.multi_cell(0, size * lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def lead(self, lead, text, size=9.5, align="L", after=3):
        """Paragraph with a bold lead-in (markdown bold)."""
        self.font(size)
        self.multi_cell(
            0,
            size * 1.32,
            "**%s** %s" % (lead, text),
            align=align,
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(after)

    def bullets(self, items, size=9.5, indent=14, after=3):
        self.font(size)
        for it in items:
            self.set_x(self.l_margin)
            self.cell(indent, size * 1.32, self.bullet)
            self.multi_cell(0, size * 1.32, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        heading=True,
        borders="ALL",
        bold_first=False,
        head_fill=(225, 225, 225),
        after=6,
        lh=1.3,
    ):
        self.font(size)
        bold = FontFace(emphasis="BOLD")
        with self.table(
            col_widths=widths,
            width=self.epw,
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=heading,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            line_height=size * lh,
            padding=3,
        ) as table:
            for r_i, r in enumerate(rows):
                row = table.row()
                for c_i, c in enumerate(r):
                    if bold_first and c_i == 0 and not (heading and r_i == 0):
                        row.cell(c, style=bold)
                    else:
                        row.cell(c)
        self.ln(after)

    def columns(self, items, size=8.8, gutter=18):
        """Two text columns; items are (bold heading, body)."""
        with self.text_columns(
            ncols=2, gutter=gutter, text_align="LEFT", line_height=1.22, balance=True
        ) as cols:
            for head, body in items:
                with cols.paragraph(text_align="LEFT", bottom_margin=5) as par:
                    self.font(size, "B")
                    par.write(head + " ")
                    self.font(size)
                    par.write(body)
        self.ln(4)


def finish(pdf, path):
    pdf.output(path)


# --------------------------------------------------------------------------- labels
def fee(category, page, quote, amount=None, currency=None, program=None, severity=None):
    if severity is None:
        if category in SEVERITY_REVIEW:
            severity = "review"
        elif category == "housing_charge" and program != "h2a":
            severity = "review"
        else:
            severity = "violation"
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


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
    missing = sorted(missing, key=TERM_ORDER.index)
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


# =========================================================================== bw01
def bw01(out):
    pdf = Doc(
        fonts="sans",
        band=(36, 92, 58),
        header_text="Brightwater Ridge Orchards LLC  |  H-2A Job Order WA9681203",
        footer_text="Job order WA9681203 - worker's copy - page {p} of {nb}",
    )
    pdf.add_page()
    pdf.doc_title("H-2A JOB ORDER AND WORK CONTRACT\nApple and Pear Harvest, 2026 Season")
    pdf.heading("1. Employer")
    pdf.grid(
        [
            ["Legal name", "Brightwater Ridge Orchards LLC"],
            ["Address", "1180 Cascade Canyon Road, Brewster, WA 98812"],
            ["Telephone", "(509) 555-0142"],
            ["Contact", "Marisol Vandenberg, Human Resources"],
        ],
        (1, 3),
        heading=False,
        bold_first=True,
    )
    pdf.heading("2. The offer at a glance")
    pdf.grid(
        [
            ["Term", "Details"],
            ["Job title", "Farmworker, tree fruit harvest (SOC 45-2092.02); 60 openings"],
            ["Contract period", "August 17, 2026 through November 13, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a "
                "30-minute unpaid lunch; Saturday work is voluntary",
            ],
            ["Hourly wage", "$19.82 per hour"],
            [
                "Piece rates",
                "Apples $28.00 per bin, pears $31.00 per bin. If piece earnings in a "
                "pay period are less than the hourly wage for the hours worked, the "
                "worker is paid the hourly wage.",
            ],
            ["Payday", "Every Friday (weekly), by direct deposit or check"],
            [
                "Deductions",
                "Social Security and Medicare for U.S. workers; federal income tax only "
                "if the worker asks; court-ordered garnishments; the optional cook-house "
                "meal plan (section 5); and any remittance the worker authorizes in "
                "writing to be sent to a family member on the same payday",
            ],
        ],
        (1, 3),
    )
    pdf.heading("3. The work")
    pdf.para(
        "Pick apples and pears by hand into canvas picking bags, working from 10- and "
        "12-foot orchard ladders, and empty the bags gently into field bins without "
        "bruising the fruit. Move ladders and bins as directed, keep the rows clear of "
        "dropped fruit, and follow each block's color and size instructions. Late in the "
        "season some workers are assigned to the packing shed, where they place bins on "
        "the feeder conveyor, pull culls from the sorting table and stack packed cartons "
        "on pallets."
    )
    pdf.heading("4. Requirements")
    pdf.para(
        "Three months of experience hand-harvesting tree fruit. Workers must be able to "
        "climb and work on a 12-foot ladder and to carry a full picking bag of about 40 "
        "pounds."
    )

    pdf.add_page()
    pdf.heading("5. Housing, meals and transportation", before=0)
    pdf.lead(
        "Housing.",
        "Housing is provided free of charge to every worker who is not "
        "reasonably able to return home the same day, at Brightwater Ridge Camp, 1210 "
        "Cascade Canyon Road, Brewster, WA 98812. The camp is licensed by the Washington "
        "State Department of Health and passed its pre-occupancy inspection on July 28, "
        "2026. No rent, utility charge or deposit is taken.",
    )
    pdf.lead(
        "Meals.",
        "Each camp building has a kitchen with ranges, refrigerators and "
        "cookware that workers use free of charge. Workers who prefer not to cook may join "
        "the cook-house meal plan: three meals a day for $14.25 per day, which is less than "
        "the maximum meal charge published by the U.S. Department of Labor. The plan is "
        "optional and a worker may leave it with one week's notice.",
    )
    pdf.lead(
        "Daily transportation.",
        "Company buses carry workers between the camp and every "
        "orchard block each workday at no cost.",
    )
    pdf.lead(
        "Travel to the job.",
        "The employer buys the bus ticket from Monterrey, Nuevo "
        "Leon to Brewster and pays the bus line directly. Workers who pay any part of "
        "their own travel or daily subsistence from their home town are reimbursed in the "
        "first workweek, at not less than the daily subsistence amount published by the "
        "Department of Labor. The employer also reimburses the H-2A visa fee and the "
        "border-crossing fee in the first workweek.",
    )
    pdf.lead(
        "Travel home.",
        "A worker who completes the contract period, or who is dismissed "
        "early without cause, receives return transportation and daily subsistence to the "
        "place from which he or she came to work.",
    )
    pdf.heading("6. What the employer guarantees")
    for lead, text in [
        (
            "(a) Highest wage.",
            "The employer pays at least the highest of the Adverse Effect "
            "Wage Rate, the prevailing wage, any agreed collective bargaining rate, and the "
            "federal or state minimum wage. If a higher rate takes effect during the season, it "
            "is paid from its effective date.",
        ),
        (
            "(b) Three-fourths guarantee.",
            "The employer guarantees to offer each worker "
            "employment for at least three-fourths of the workdays of the contract period. If it "
            "does not, it pays the worker the amount he or she would have earned for the hours "
            "guaranteed.",
        ),
        (
            "(c) Tools.",
            "Ladders, picking bags, pruning shears and all other tools and "
            "supplies required for the job are provided without charge and without any deposit.",
        ),
        (
            "(d) Workers' compensation.",
            "Every worker is covered by workers' compensation "
            "insurance through the Washington State Department of Labor and Industries, account "
            "412,338-00.",
        ),
        (
            "(e) Earnings statements.",
            "With every paycheck the worker receives a written "
            "statement showing hours offered, hours worked, piece units, rates, gross pay, each "
            "deduction and net pay.",
        ),
        (
            "(f) Abandonment and dismissal.",
            "A worker who fails to report for work for five "
            "consecutive working days without the employer's consent is considered to have "
            "abandoned the job; the employer will notify the Department of Labor and the "
            "Department of Homeland Security within two working days. A worker may be dismissed "
            "for cause only after a written warning, except for violence or theft.",
        ),
        (
            "(g) Contract impossibility.",
            "If hail, fire, flood or another act of God makes the "
            "work impossible to continue, the employer may end the contract with the approval of "
            "the Certifying Officer. It will still pay the three-fourths guarantee up to the "
            "termination date and return transportation and subsistence, and will try to place "
            "the worker in other H-2A work.",
        ),
        (
            "(h) No fees.",
            "No one may charge a worker any fee or payment to be hired. Workers "
            "in Mexico are recruited by Enlace Campo Norte, S.C., of Fresnillo, Zacatecas; the "
            "employer pays all of its fees, and its contract with the employer forbids it to "
            "charge workers anything.",
        ),
        (
            "(i) Documents.",
            "Workers keep their own passports, visas and identity documents at all times.",
        ),
        (
            "(j) Complaints.",
            "No worker will be threatened, blacklisted, discharged or refused "
            "future employment for filing a complaint or for speaking with a lawyer, a union or a "
            "government agency.",
        ),
        (
            "(k) Language.",
            "A copy of this job order in Spanish is given to every worker no "
            "later than the day the visa application is filed.",
        ),
    ]:
        pdf.lead(lead, text, size=9.2, after=2)

    pdf.add_page()
    pdf.heading("7. Camp rules", before=0)
    pdf.bullets(
        [
            "Quiet hours are 10:00 p.m. to 5:30 a.m.",
            "Residents may leave and return to the camp whenever they wish and may receive "
            "visitors in the common room until 9:00 p.m.",
            "Washers and dryers in the laundry building are free to use.",
            "Report any repair needed to the camp manager; the employer pays for all repairs.",
        ]
    )
    pdf.heading("8. Worksites")
    pdf.grid(
        [
            ["Block", "Address"],
            ["Home orchard", "1180 Cascade Canyon Road, Brewster, WA 98812"],
            ["Okanogan River block", "33 Monse Bridge Road, Brewster, WA 98812"],
            ["Pateros Flat", "2140 Highway 97, Pateros, WA 98846"],
            ["Packing shed", "1195 Cascade Canyon Road, Brewster, WA 98812"],
        ],
        (1, 2),
    )
    pdf.heading("9. Signatures")
    pdf.para("I have received a copy of this job order in a language I understand.")
    pdf.grid(
        [
            ["For the employer", "Worker"],
            [
                "Marisol Vandenberg, Human Resources\nSigned on July 1, 2026\n\n"
                "Signature: ______________________",
                "Name: ______________________\n\nSignature: ______________________\n\n"
                "Date: ______________",
            ],
        ],
        (1, 1),
    )
    finish(pdf, os.path.join(out, "bw01.pdf"))
    return label(
        "bw01.pdf",
        "h2a",
        "en",
        3,
        [],
        [],
        ["Enlace Campo Norte, S.C."],
        [
            "'feeder conveyor' is a job word, not a fee",
            "lawful h2a meal charge within the cap (optional cook-house plan)",
            "free camp kitchens",
            "rent-free camp housing, no deposit",
            "inbound bus bought by employer; travel and subsistence reimbursed in first week",
            "visa and border-crossing fees reimbursed in first workweek",
            "ladders, bags and shears free, no deposit",
            "recruiter fees paid by the employer (no fee to workers)",
            "voluntary remittance deduction authorized by worker (not wage withholding)",
            "workers keep their passports",
            "no blacklisting for complaints",
            "residents free to leave camp (negated movement restriction)",
            "employer pays for repairs (no damage chargeback)",
        ],
        "job_order",
        "single column; colored header band; gridded employer and offer tables; lettered "
        "guarantees with bold lead-ins; worksite table; signature table",
    )


# =========================================================================== bw02
BW02_HOUSING = (
    "Cada trabajador aportará USD 20 por semana para luz, agua y gas de la "
    "vivienda, que se descontarán de su cheque."
)
BW02_TRAVEL = (
    "El autobús de Monterrey a Alma lo contrata EL EMPLEADOR; su costo, 185 "
    "dólares, se descontará en cuatro pagos semanales de $46.25 a partir del primer "
    "cheque."
)


def bw02(out):
    pdf = Doc(
        fonts="serif",
        header_text="Satilla Ridge Berry Farms LLC - Contrato H-2A 2026",
        footer_text="Página {p} de {nb}",
    )
    pdf.add_page()
    pdf.doc_title(
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL AGRÍCOLA\n"
        "Programa H-2A - Temporada de arándano 2026",
        size=12.5,
    )
    pdf.para(
        "Contrato que celebran, por una parte, Satilla Ridge Berry Farms LLC, con domicilio "
        "en 2375 Old Nicholls Highway, Alma, Georgia 31510, Estados Unidos (en adelante "
        '"EL EMPLEADOR"), representada por su gerente de campo, Sr. Wade Holloway, y por '
        "la otra el Sr. José Armando Quiroz Ledezma, originario de Matehuala, San Luis "
        'Potosí, México (en adelante "EL TRABAJADOR"), al tenor de las siguientes:',
        align="J",
    )
    pdf.heading("CLÁUSULAS", size=10.5)
    clauses1 = [
        (
            "PRIMERA. Puesto y tareas.",
            "EL TRABAJADOR se contrata como trabajador agrícola de "
            "arándano. Sus tareas son cosechar a mano la fruta madura en cubetas, vaciarla en las "
            "cajas de campo, cargar las cajas en el remolque y, entre pasadas de cosecha, "
            "deshierbar y podar las plantas.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Campos de EL EMPLEADOR en los condados de Bacon y "
            "Pierce, Georgia: Campo Norte, 2375 Old Nicholls Highway, Alma, y Campo Blackshear, "
            "480 Patterson Road, Blackshear.",
        ),
        ("TERCERA. Vigencia.", "Del 6 de abril al 26 de junio de 2026."),
        (
            "CUARTA. Jornada.",
            "Se ofrecen 40 horas por semana: de lunes a viernes, de 7:00 a "
            "15:30 horas, con media hora para comer que no se paga.",
        ),
        (
            "QUINTA. Salario.",
            "EL EMPLEADOR pagará $14.68 dólares por hora, o 55 centavos por "
            "libra de fruta cosechada cuando el pago por libra resulte mayor. EL EMPLEADOR pagará "
            "siempre la tasa más alta entre la AEWR, el salario prevaleciente y el salario mínimo "
            "federal o estatal, y aplicará cualquier aumento publicado desde el día en que entre "
            "en vigor.",
        ),
        (
            "SEXTA. Pago y descuentos.",
            "El pago es semanal, cada jueves, con cheque. De cada "
            "cheque solo se descontarán los impuestos que EL TRABAJADOR pida por escrito, los "
            "embargos ordenados por un juez y los conceptos de las cláusulas SÉPTIMA y NOVENA.",
        ),
        (
            "SÉPTIMA. Vivienda.",
            "EL EMPLEADOR proporciona alojamiento en las casas móviles del "
            "Campo Norte, 2390 Old Nicholls Highway, Alma, con camas, baños y regaderas con agua "
            "caliente. " + BW02_HOUSING,
        ),
        (
            "OCTAVA. Comidas.",
            "Cada casa móvil tiene cocina con estufa y refrigerador, de uso "
            "gratuito. Quien lo prefiera puede inscribirse en el servicio de comedor, con tres "
            "comidas al día por $14.50 diarios, cantidad menor al máximo que publica el "
            "Departamento de Trabajo; el servicio es voluntario y se puede cancelar avisando con "
            "una semana.",
        ),
        (
            "NOVENA. Transporte.",
            "El transporte diario entre la vivienda y los campos es "
            "gratuito, en camionetas de EL EMPLEADOR. " + BW02_TRAVEL + " Al terminar el "
            "contrato, EL EMPLEADOR pagará el autobús de regreso a Monterrey y los alimentos del "
            "camino.",
        ),
    ]
    for lead, text in clauses1:
        pdf.lead(lead, text, size=9.8, align="J", after=4)
    pdf.add_page()
    clauses2 = [
        (
            "DÉCIMA. Herramientas.",
            "Cubetas, cajas, tijeras de poda y guantes se entregan sin costo y sin depósito.",
        ),
        (
            "UNDÉCIMA. Requisitos.",
            "Tres meses de experiencia en cosecha a mano de frutas "
            "pequeñas. Después de la primera semana, EL TRABAJADOR deberá cumplir una cuota "
            "mínima de producción de 18 libras por hora.",
        ),
        (
            "DUODÉCIMA. Seguro de trabajo.",
            "EL EMPLEADOR tiene seguro de compensación para "
            "trabajadores con Altamaha Mutual Insurance Co. (póliza AMI-WC-7734), sin costo para "
            "EL TRABAJADOR.",
        ),
        (
            "DECIMOTERCERA. Terminación.",
            "Si EL TRABAJADOR falta cinco días seguidos sin "
            "permiso, se considera que abandonó el trabajo y EL EMPLEADOR lo notificará a las "
            "autoridades. EL EMPLEADOR solo puede despedir por causa justificada, explicada por "
            "escrito.",
        ),
        (
            "DECIMOCUARTA. Imposibilidad de cumplir.",
            "Si una helada, un incendio, una "
            "inundación u otro desastre natural impide continuar el trabajo, EL EMPLEADOR podrá "
            "terminar el contrato con autorización del Departamento de Trabajo, pero pagará lo "
            "trabajado y el viaje de regreso.",
        ),
        (
            "DECIMOQUINTA. Documentos.",
            "EL TRABAJADOR conserva en todo momento su pasaporte y su visa.",
        ),
    ]
    for lead, text in clauses2:
        pdf.lead(lead, text, size=9.8, align="J", after=4)
    pdf.ln(6)
    pdf.para(
        "Leído que fue el presente contrato, las partes lo firman en Monterrey, Nuevo León, "
        "el 12 de marzo de 2026."
    )
    pdf.grid(
        [
            ["EL EMPLEADOR", "EL TRABAJADOR"],
            [
                "\n\n______________________________\nWade Holloway, gerente de campo",
                "\n\n______________________________\nJosé Armando Quiroz Ledezma",
            ],
        ],
        (1, 1),
        size=9.5,
    )
    finish(pdf, os.path.join(out, "bw02.pdf"))
    return label(
        "bw02.pdf",
        "h2a",
        "es",
        2,
        [
            fee("housing_charge", 1, BW02_HOUSING, 20, "USD", "h2a"),
            fee("travel_cost", 1, BW02_TRAVEL, 185, "USD", "h2a"),
        ],
        ["three_fourths_guarantee", "inbound_transportation", "earnings_statements"],
        [],
        [
            "lawful h2a meal charge within the cap (optional comedor)",
            "free kitchen",
            "'cuota mínima de producción' is a productivity standard, not a fee",
            "free daily transport",
            "return bus paid by employer",
            "tools free, no deposit",
            "workers' compensation at no cost to worker",
            "worker keeps passport and visa",
        ],
        "work_contract",
        "single column; serif; numbered clauses PRIMERA..DECIMOQUINTA with bold lead-ins; "
        "running header and page footer; signature table",
    )


# =========================================================================== bw03
BW03_DEPOSIT = (
    "Each worker leaves a good-faith deposit of $300.00 with our office in San Luis "
    "Rio Colorado before crossing, and it is returned in cash when the worker "
    "finishes the season."
)
BW03_PASSPORT = (
    "For safekeeping, crew leaders collect all passports on arrival at the motel "
    "and keep them in the office safe until the last day of the season."
)
BW03_BLACKLIST = (
    "Workers who bring lawyers, legal aid workers or union organizers to the motel "
    "to complain will be sent home and will not be requested next season."
)


def bw03(out):
    pdf = Doc(
        fonts="cond",
        band=(150, 78, 30),
        header_text="COPPER BASIN HARVEST CONTRACTORS LLC  |  H-2A Labor Contractor",
        footer_text="Disclosure CBH-26-117  |  page {p} of {nb}",
    )
    pdf.add_page()
    pdf.doc_title(
        "DISCLOSURE OF TERMS AND CONDITIONS OF EMPLOYMENT\n2026-2027 Winter Vegetable Season",
        size=12.5,
    )
    pdf.para(
        "Given to each H-2A worker at the time of recruitment in San Luis Rio Colorado, "
        "Sonora. Read it before you sign. A copy in Spanish is given with this disclosure.",
        size=9,
        style="",
        align="C",
        after=8,
    )
    pdf.columns(
        [
            (
                "1. Employer.",
                "Copper Basin Harvest Contractors LLC, 2241 East 32nd Street, Yuma, "
                "Arizona 85365, telephone (928) 555-0193. We are a registered H-2A labor contractor; "
                "the fixed-site grower is Gila Flats Produce Co., 6400 County 14th Street, Somerton, "
                "Arizona 85350.",
            ),
            (
                "2. The job.",
                "Farmworker, lettuce and leafy greens harvest. Crews cut heads with a "
                "harvest knife, trim the outer leaves, bag or wrap each head and pack it into cartons "
                "on the harvest machine. Some workers load cartons onto trailers and others clean "
                "the machine at the end of the shift.",
            ),
            (
                "3. Where.",
                "Fields of Gila Flats Produce Co. in Yuma County, Arizona (Somerton, "
                "Gadsden and the Yuma Valley) and in Imperial County, California (Bard and "
                "Winterhaven).",
            ),
            ("4. When.", "November 16, 2026 to March 26, 2027."),
            (
                "5. Hours.",
                "About 36 hours per week, Monday through Saturday. The start time "
                "depends on dew and temperature, usually between 5:30 and 7:00 a.m.",
            ),
            (
                "6. Pay.",
                "$18.45 per hour. Crews may also earn a piece-rate bonus of $0.20 per "
                "carton above 220 cartons per crew hour.",
            ),
            (
                "7. Paydays and pay stubs.",
                "Every Friday. Each pay stub shows hours offered, hours "
                "worked, cartons, rate, gross pay, every deduction and net pay.",
            ),
            (
                "8. Deductions.",
                "Federal income tax only if the worker asks for it, and "
                "court-ordered garnishments. Nothing else is deducted.",
            ),
            (
                "9. Work guarantee.",
                "We guarantee to offer each worker hours of work equal to at "
                "least three-fourths of the workdays in the season, or to pay the difference.",
            ),
            (
                "10. Housing and meals.",
                "Free rooms at the Desert Palms Inn, 1900 South 4th "
                "Avenue, Yuma, two workers to a room. Each room has a kitchenette with a stove, a "
                "refrigerator and cookware, at no cost.",
            ),
            (
                "11. Transportation.",
                "Our buses take workers from San Luis Rio Colorado to Yuma at "
                "the start of the season and back at the end, at no cost. A free bus runs every "
                "workday between the motel and the fields.",
            ),
            (
                "12. Tools and gear.",
                "Harvest knives, sharpening stones, gloves, arm sleeves, rain "
                "gear and hairnets are provided free of charge.",
            ),
            (
                "13. Injury insurance.",
                "Workers' compensation insurance is paid by the company "
                "through Saguaro State Fund (policy SSF-88120-26); no premium is taken from pay.",
            ),
            (
                "14. Requirements.",
                "At least one season of lettuce or vegetable harvest; able to "
                "stand, bend and use a knife for a full shift.",
            ),
        ],
        size=10.2,
    )
    pdf.add_page()
    pdf.columns(
        [
            ("15. Good-faith deposit.", BW03_DEPOSIT),
            ("16. Passports.", BW03_PASSPORT),
            (
                "17. Quitting and dismissal.",
                "A worker absent for five consecutive workdays "
                "without permission is considered to have abandoned the job, and we notify the "
                "Department of Labor and Homeland Security within two working days; a worker who "
                "abandons the job loses return transportation. A dismissal for cause is explained "
                "in writing.",
            ),
            (
                "18. Conduct.",
                BW03_BLACKLIST + " Alcohol is not permitted on the buses or in the fields.",
            ),
            (
                "19. Motel rules.",
                "Quiet hours are 10 p.m. to 5 a.m. Keep the kitchenette clean and "
                "report any broken appliance to the front desk so it can be repaired.",
            ),
            (
                "20. Heat and safety.",
                "Water, shade and a restroom trailer are at every field. Knife "
                "guards must be worn on the harvest machine, and every injury is reported the same "
                "day.",
            ),
        ],
        size=10.2,
    )
    pdf.ln(6)
    pdf.para("I received this disclosure and had it explained to me before I signed.", size=9)
    pdf.grid(
        [
            ["Worker (name, signature, date)", "For the contractor"],
            [
                "\n\n________________________________\n\n",
                "\n\n________________________________\n"
                "Ramon Villalobos, Crew Operations\nYuma, October 5, 2026",
            ],
        ],
        (1, 1),
        size=9,
    )
    finish(pdf, os.path.join(out, "bw03.pdf"))
    return label(
        "bw03.pdf",
        "h2a",
        "en",
        2,
        [
            fee("deposit_or_bond", 2, BW03_DEPOSIT, 300, "USD", "h2a"),
            fee("document_retention", 2, BW03_PASSPORT, program="h2a"),
            fee("blacklisting_threat", 2, BW03_BLACKLIST, program="h2a"),
        ],
        ["wage_adjustment", "contract_impossibility"],
        [],
        [
            "free motel rooms with kitchenette (h2a housing and meals at no cost)",
            "'bag or wrap each head' is a job duty",
            "workers' compensation paid by company, no premium from pay (negated insurance)",
            "knives, gloves and rain gear free",
            "inbound and return bus at no cost",
            "free daily bus",
            "abandonment forfeits return transportation (lawful under H-2A rules, not a "
            "breach_penalty)",
        ],
        "disclosure_form",
        "condensed font; colored header band; numbered items in two text columns; signature table",
    )


# =========================================================================== bw04
BW04_FEE = "Cuota de inscripción y apartado de lugar en la lista 2026"
BW04_VISA = "Pago de la visa H-2A (derecho consular), no reembolsable"
BW04_MED = "Examen médico y antidoping en clínica autorizada"
BW04_AGENCY = "Servicios Laborales Horizonte del Bajío, S.A. de C.V."


def bw04(out):
    pdf = Doc(
        fonts="sans",
        header_text=BW04_AGENCY + "  -  Registro STPS RCAT-GTO-0581",
        footer_text="Horizonte del Bajío - Expediente HB-26-0417 - Página {p}",
    )
    pdf.add_page()
    pdf.para(
        "Calle Hidalgo 27, Zona Centro, Dolores Hidalgo, Gto.  Tel. 418 555 0172",
        size=8.5,
        align="C",
        after=6,
    )
    pdf.doc_title("HOJA INFORMATIVA DE LA OFERTA DE TRABAJO\nVisa H-2A - Temporada 2026")
    pdf.para(
        "Nombre del aspirante: Efraín Mendoza Carrillo          Folio: HB-26-0417",
        size=9.5,
        style="B",
        after=6,
    )
    pdf.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Harnett Leaf Farms LLC, 4410 Neills Creek Road, Lillington, Carolina "
                "del Norte 27546, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola de tabaco: trasplante, deshierbe, despunte, cosecha "
                "de hoja y carga en remolques",
            ],
            [
                "Lugar de trabajo",
                "Granjas del empleador en el condado de Harnett, Carolina del Norte",
            ],
            ["Periodo", "Del 4 de mayo al 30 de octubre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 horas"],
            ["Salario", "17.96 dólares por hora"],
            ["Pago", "Semanal, cada viernes"],
            ["Descuentos", "Seguro Social e impuestos federales cuando correspondan"],
            ["Vivienda", "Gratuita, en las barracas de la granja"],
            ["Comida", "Cocina equipada para uso gratuito"],
            ["Transporte diario", "Gratuito, de la vivienda a los campos"],
            [
                "Viaje de ida",
                "El empleador reembolsa el autobús y los alimentos del camino al "
                "cumplir la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por el empleador al terminar el contrato"],
            ["Herramientas", "Las da el empleador sin costo"],
            ["Seguro", "Seguro de compensación al trabajador, pagado por el empleador"],
            [
                "Requisitos",
                "Tres meses de experiencia en tabaco u hortalizas; buena condición física",
            ],
        ],
        (1, 3),
        bold_first=True,
    )
    pdf.para(
        "Documentos que debe traer: pasaporte vigente, CURP, acta de nacimiento y dos "
        "fotografías tamaño infantil.",
        size=9,
    )

    pdf.add_page()
    pdf.doc_title("RECIBO DE PAGO No. 0417", size=13)
    pdf.para("Dolores Hidalgo, Gto., a 9 de febrero de 2026.", align="R", after=8)
    pdf.para(
        "Recibí del Sr. Efraín Mendoza Carrillo la cantidad de $11,800.00 (once mil "
        "ochocientos pesos 00/100 M.N.) por los conceptos siguientes:",
        size=10,
        after=6,
    )
    pdf.grid(
        [
            ["Concepto", "Se paga a", "Importe"],
            [BW04_FEE, "La agencia", "$6,500.00"],
            [BW04_VISA, "La agencia", "$3,700.00"],
            [BW04_MED, "Clínica San Lucas, por medio de la agencia", "$1,600.00"],
            ["Total", "", "$11,800.00"],
        ],
        (6, 3.2, 1.6),
        size=9,
    )
    pdf.para("El pago no garantiza la obtención de la visa. No hay devoluciones.", size=9.5)
    pdf.ln(24)
    pdf.grid(
        [
            ["Recibió por " + BW04_AGENCY, "Pagó"],
            [
                "\n\n______________________________\nLic. Gerardo Nieto Salazar, Coordinador de "
                "Reclutamiento",
                "\n\n______________________________\nEfraín Mendoza Carrillo",
            ],
        ],
        (1, 1),
        size=9,
    )
    finish(pdf, os.path.join(out, "bw04.pdf"))
    return label(
        "bw04.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", 2, BW04_FEE, 6500, "MXN", "h2a"),
            fee("visa_cost", 2, BW04_VISA, 3700, "MXN", "h2a"),
            fee("medical_cost", 2, BW04_MED, 1600, "MXN", "h2a"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        [BW04_AGENCY],
        [
            "inbound bus reimbursed by employer at half the contract",
            "free housing (h2a)",
            "free kitchen",
            "free daily transport",
            "tools free",
            "workers' compensation paid by employer (negated insurance)",
        ],
        "receipt",
        "page 1 gridded information table; page 2 receipt with Concepto | Se paga a | Importe "
        "table; amount in words; signature table",
    )


# =========================================================================== bw05
def bw05(out):
    pdf = Doc(
        fonts="times",
        band=(28, 44, 84),
        header_text="TIDEWATER GREEN LANDSCAPE CO.  |  Licensed - Bonded - Insured  |  "
        "VA Contractor Class B 2705-184422",
        footer_text="H-2B Job Order H-400-26015-771204  -  Page {p} of {nb}",
    )
    pdf.add_page()
    pdf.doc_title(
        "H-2B JOB ORDER AND EMPLOYMENT CONTRACT\nLandscaping and Groundskeeping Workers", size=14
    )
    pdf.heading("A. Employer", size=11.5)
    pdf.para(
        "Tidewater Green Landscape Co., 915 Bells Mill Road, Chesapeake, Virginia 23322. "
        "Telephone (757) 555-0126. Contact: Gordon Pettaway, Operations Director.",
        size=10.5,
    )
    pdf.heading("B. Summary of the offer", size=11.5)
    pdf.bullets(
        [
            "Position: Landscaping and Groundskeeping Worker (SOC 37-3011), 24 openings.",
            "Period of employment: March 9, 2026 to December 11, 2026.",
            "Hours: 40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., with a "
            "30-minute unpaid lunch.",
            "Wage: $17.42 per hour.",
            "Overtime: $26.13 per hour for all hours over 40 in a workweek. Overtime is available "
            "but not required.",
            "Pay period: every other Friday (biweekly), by direct deposit or paycard at no cost to "
            "the worker.",
            "Deductions: federal and Virginia income tax, Social Security and Medicare, "
            "court-ordered garnishments, and repayment of voluntary loans (if any) that a worker "
            "requests in writing after arrival.",
        ],
        size=10.5,
    )
    pdf.heading("C. Duties", size=11.5)
    pdf.para(
        "Mow, edge and trim lawns at commercial and residential properties; spread mulch "
        "and pine straw; plant trees, shrubs and flowers; apply fertilizer and lime under a "
        "licensed supervisor; prune hedges; clear leaves and storm debris; load and unload "
        "equipment trailers; and charge the battery-powered trimmers and blowers at the "
        "end of each shift.",
        size=10.5,
    )
    pdf.heading("D. Requirements", size=11.5)
    pdf.para(
        "Three months of experience in landscaping, groundskeeping or farm work. Must be "
        "able to lift 50 pounds and work outdoors in heat and cold. A driver's license is "
        "not required.",
        size=10.5,
    )
    pdf.heading("E. Place of work", size=11.5)
    pdf.grid(
        [
            ["Site", "Address"],
            ["Company yard", "915 Bells Mill Road, Chesapeake, VA 23322"],
            ["Greenbrier commercial route", "Chesapeake, VA"],
            ["Oceanfront route", "Virginia Beach, VA"],
            ["Norfolk and Suffolk route", "Norfolk and Suffolk, VA"],
        ],
        (1, 1.6),
        size=10,
    )

    pdf.add_page()
    pdf.heading("F. Travel, visas and housing", size=11.5, before=0)
    pdf.lead(
        "Travel to the job.",
        "The employer provides or reimburses, in the first "
        "workweek, the worker's transportation and daily subsistence from the place of "
        "recruitment in Mexico to Chesapeake, Virginia, at no less than the daily amount "
        "the Department of Labor publishes.",
        size=10.5,
    )
    pdf.lead(
        "Visas.",
        "The employer, not the worker, pays the H-2B visa fee, the visa "
        "processing fee and the border-crossing fee; a worker who has paid any of them is "
        "reimbursed in the first workweek. Nobody deducts these costs from pay.",
        size=10.5,
    )
    pdf.lead(
        "Travel home.",
        "A worker who completes the period of employment, or who is "
        "dismissed early for any reason other than cause, receives return transportation "
        "and daily subsistence to the place of recruitment.",
        size=10.5,
    )
    pdf.lead(
        "Daily transportation.",
        "Crews travel from the yard to the job sites in company trucks at no cost.",
        size=10.5,
    )
    pdf.lead(
        "Housing.",
        "The employer does not provide housing. On arrival the office gives "
        "each worker a list of nearby rentals; the worker chooses freely and deals "
        "directly with the landlord.",
        size=10.5,
    )
    pdf.heading("G. The employer's obligations", size=11.5)
    for i, (lead, text) in enumerate(
        [
            (
                "Wage.",
                "The worker is paid at least the highest of the offered wage, the prevailing "
                "wage, and the federal, state or local minimum wage, including any new prevailing "
                "wage that takes effect during the season, from its effective date.",
            ),
            (
                "Three-fourths guarantee.",
                "In each 12-week period (6 weeks if the contract is "
                "shorter than 120 days) the employer guarantees to offer hours of work equal to at "
                "least three-fourths of the workdays; if it does not, it pays the difference.",
            ),
            (
                "Tools and uniforms.",
                "All tools, equipment, supplies and uniforms required for the "
                "job, including mowers, trimmers, gloves, safety glasses, hearing protection, two "
                "company shirts and a cap, are provided free. No deposit is taken and nothing is "
                "charged for normal wear.",
            ),
            (
                "Safety training.",
                "Chainsaw and mower safety training is given on paid time at no "
                "cost to the worker.",
            ),
            (
                "Earnings statements.",
                "Each payday the worker receives a statement of hours offered, "
                "hours worked, rate of pay, gross pay, each deduction and net pay.",
            ),
            (
                "Ending the job.",
                "If a worker fails to report for work for five consecutive working "
                "days without consent, the employer will treat it as voluntary abandonment and notify "
                "the Department of Labor and the Department of Homeland Security in writing within two "
                "working days. A worker dismissed for cause is told the reason in writing.",
            ),
            (
                "If the work becomes impossible.",
                "If fire, hurricane, flood or another event beyond "
                "the employer's control makes it impossible to continue, the employer may end the "
                "contract with the approval of the Certifying Officer, and it still pays the "
                "three-fourths guarantee up to that date, return transportation and subsistence.",
            ),
            (
                "No fees.",
                "Workers in Mexico are recruited by Enlaces Laborales del Golfo, S.C., in "
                "Tampico, Tamaulipas. The employer pays its full fee, and the recruitment contract "
                "prohibits it, its agents and employees from seeking or receiving any payment from a "
                "worker.",
            ),
            (
                "Documents and complaints.",
                "Workers keep their own passports and visas. No one will "
                "be discriminated against, blacklisted or discharged for filing a complaint, speaking "
                "with a lawyer or taking part in an investigation.",
            ),
            (
                "Copy of the contract.",
                "Each worker receives this contract in Spanish no later than "
                "the time the visa is requested.",
            ),
        ],
        start=1,
    ):
        pdf.lead("%d. %s" % (i, lead), text, size=10.2, after=2)

    pdf.add_page()
    pdf.heading("H. Acknowledgment", size=11.5, before=0)
    pdf.para(
        "Each worker signs below to show that he or she received this job order in "
        "Spanish and in English.",
        size=10.5,
    )
    rows = [["#", "Worker name", "Signature", "Date"]]
    rows += [[str(i), "", "", ""] for i in range(1, 13)]
    pdf.grid(rows, (0.4, 3, 2.4, 1.2), size=10, lh=1.9)
    pdf.para(
        "Signed for the employer: Gordon Pettaway, Operations Director, on January 20, 2026.",
        size=10.5,
    )
    finish(pdf, os.path.join(out, "bw05.pdf"))
    return label(
        "bw05.pdf",
        "h2b",
        "en",
        3,
        [],
        [],
        ["Enlaces Laborales del Golfo, S.C."],
        [
            "'Licensed - Bonded - Insured' letterhead (business bond, not a worker bond)",
            "'charge the battery-powered trimmers' is a job duty",
            "voluntary post-arrival loan deduction (not tied to hiring)",
            "inbound travel provided or reimbursed in first week",
            "the employer, not the worker, pays visa and border-crossing fees",
            "tools and uniforms free, no deposit",
            "safety training on paid time at no cost (negated training_cost)",
            "recruiter fees paid by employer; recruiter barred from charging workers",
            "paycard at no cost",
            "workers keep passports",
            "no blacklisting for complaints",
        ],
        "job_order",
        "core Times font; colored header band; lettered sections; bulleted summary; gridded "
        "worksite table; numbered obligations; signature roster table",
    )


# =========================================================================== bw06
BW06_VISA = (
    "La cuota de la visa (190 dólares) y el permiso de cruce corren por cuenta de la "
    "trabajadora y no se reembolsan."
)
BW06_PENALTY = (
    "Si la trabajadora abandona el empleo antes de cumplir 60 días, se le "
    "descontará de su último cheque el equivalente a dos semanas de salario."
)


def bw06(out):
    pdf = Doc(fonts="sans", margin=46)
    pdf.add_page()
    pdf.set_y(40)
    pdf.font(17, "B")
    pdf.set_text_color(20, 70, 120)
    pdf.cell(0, 20, "Hooper Neck Seafood, Inc.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "2714 Old House Point Road, Fishing Creek, Maryland 21634  -  Tel. (410) 555-0158",
        size=8.5,
        after=2,
    )
    pdf.set_draw_color(20, 70, 120)
    pdf.set_line_width(1.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.ln(8)
    pdf.para("Fishing Creek, 20 de enero de 2026", size=9, align="R", after=4)
    pdf.para(
        "Sra. Rosalba Hernández Cid\nCalle Juárez 14, Palizada, Campeche, México", size=9, after=4
    )
    pdf.para(
        "Asunto: Oferta de empleo temporal H-2B - Temporada de cangrejo 2026",
        size=9,
        style="B",
        after=4,
    )
    pdf.para(
        "Estimada Sra. Hernández: nos da gusto ofrecerle nuevamente trabajo en nuestra "
        "planta. Estas son las condiciones:",
        size=9,
        after=4,
    )
    pdf.grid(
        [
            ["Concepto", "Condiciones"],
            [
                "Empresa",
                "Hooper Neck Seafood, Inc., 2714 Old House Point Road, Fishing Creek, "
                "Maryland 21634",
            ],
            [
                "Puesto",
                "Procesadora de cangrejo (picadora): cocer, limpiar y sacar la carne del "
                "cangrejo azul y empacarla en envases de una libra",
            ],
            ["Lugar", "Planta de la empresa en Fishing Creek, Maryland"],
            ["Fechas", "Del 1 de abril al 15 de noviembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 5:00 a.m. a 1:30 p.m."],
            [
                "Pago",
                "$15.47 por hora, o $4.25 por libra de carne empacada si resulta mayor. Si el "
                "gobierno publica un salario más alto durante la temporada, se pagará desde "
                "su fecha de vigencia.",
            ],
            ["Horas extra", "_______________________"],
            ["Días de pago", "Cada dos semanas, los viernes"],
            [
                "Descuentos",
                "Impuestos federales y estatales, Seguro Social y Medicare, y lo indicado "
                "en esta carta",
            ],
            ["Requisitos", "Una temporada de experiencia en procesamiento de mariscos"],
            [
                "Viaje de ida",
                "La empresa paga el autobús desde Monterrey o lo reembolsa en la "
                "primera semana, con los alimentos del camino",
            ],
            ["Visa", BW06_VISA],
            [
                "Regreso",
                "La empresa paga el autobús de regreso a Monterrey al terminar la temporada",
            ],
            ["Vivienda", "Casa de la empresa a 300 metros de la planta, sin renta"],
            ["Equipo", "Cuchillos, delantales, guantes y botas de hule sin costo"],
            [
                "Terminación",
                "Despido solo por causa justificada; cinco faltas seguidas sin aviso se "
                "consideran abandono del empleo",
            ],
            ["Salida anticipada", BW06_PENALTY],
        ],
        (1, 3.4),
        size=8.6,
        bold_first=True,
        head_fill=(205, 222, 240),
        after=5,
    )
    pdf.para(
        "La selección en México la hace nuestra representante, Delfina Araujo Ríos, en "
        "Villahermosa. Ningún reclutador puede cobrarle por este trabajo; si alguien le "
        "pide dinero, llame al (410) 555-0158.",
        size=9,
        after=5,
    )
    pdf.para("Atentamente,\n\nCarol Ann Tyler, Gerente de Planta", size=9, after=6)
    pdf.para("Acepto: ______________________________      Fecha: ______________", size=9)
    finish(pdf, os.path.join(out, "bw06.pdf"))
    return label(
        "bw06.pdf",
        "h2b",
        "es",
        1,
        [
            fee("visa_cost", 1, BW06_VISA, 190, "USD", "h2b"),
            fee("breach_penalty", 1, BW06_PENALTY, program="h2b"),
        ],
        [
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Delfina Araujo Ríos"],
        [
            "'Horas extra' row left blank (overtime missing, not a fee)",
            "inbound bus paid or reimbursed in first week",
            "rent-free company house",
            "knives, aprons, gloves and boots free",
            "nobody may charge for this job (negated recruitment fee)",
        ],
        "offer_letter",
        "one page; letterhead with rule; gridded two-column Concepto | Condiciones table; "
        "blank overtime field",
    )


# =========================================================================== bw07
BW07_FEE = (
    "In consideration of the Agency's services the Worker shall pay the Agency a "
    "placement fee of eighty-five thousand Jamaican dollars (JMD 85,000), in two "
    "instalments: JMD 40,000 on signing this Agreement and JMD 45,000 before the visa "
    "interview."
)
BW07_TRAINING = (
    "The Worker shall attend the Agency's two-day pre-departure orientation and "
    "customer-service course in Kingston, for which the Worker pays JMD 7,500."
)
BW07_BOND = (
    "As security for completion of the contract, the Worker shall lodge with the "
    "Agency a post-dated cheque for JMD 150,000, which the Agency will return when the "
    "Worker reports back to the Agency at the end of the season."
)
BW07_AGENCY = "Island Link Overseas Placements Ltd."


def bw07(out):
    pdf = Doc(
        fonts="serif",
        footer_text="Island Link - Agreement IL/H2B/26/0392 - page {p} of {nb}",
        margin=60,
    )
    pdf.add_page()
    pdf.font(14, "B")
    pdf.cell(0, 18, BW07_AGENCY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Licensed Employment Agency  -  12 Molynes Road, Kingston 10, Jamaica  -  "
        "Licence No. EA-2219",
        size=8.5,
        align="C",
        after=10,
    )
    pdf.doc_title(
        "RECRUITMENT SERVICES AGREEMENT\n(H-2B Seasonal Programme - United States)", size=12
    )
    pdf.para(
        "This Agreement is made on the 2nd day of February 2026 between "
        + BW07_AGENCY
        + ', of 12 Molynes Road, Kingston 10 ("the Agency"), and Shanique Tamara Brown, of '
        '5 Mango Walk, Spanish Town, St. Catherine ("the Worker").',
        size=10,
        align="J",
        after=6,
    )
    body = 10
    pdf.lead(
        "1. Appointment.",
        "The Agency has been engaged by Nauset Harbor Inn & Suites "
        'LLC, 48 Shore Road, Eastham, Massachusetts 02642, USA ("the Employer") to '
        "recruit room attendants for the 2026 summer season. The terms of the job offered "
        "by the Employer are set out in Schedule A.",
        size=body,
        align="J",
    )
    pdf.lead(
        "2. Agency services.",
        "The Agency will present the Worker's application to the "
        "Employer, prepare the documents for the visa interview, book travel and brief the "
        "Worker before departure.",
        size=body,
        align="J",
    )
    pdf.lead(
        "3. Worker's obligations.",
        "The Worker will supply true documents, attend the "
        "visa interview on the date given, and keep the Agency informed of any change of "
        "address or telephone number.",
        size=body,
        align="J",
    )
    pdf.lead("4. Fees and costs.", "", size=body, after=1)
    for n, text in [
        ("4.1", BW07_FEE),
        ("4.2", BW07_TRAINING),
        (
            "4.3",
            "The US visa fee (currently USD 205) is paid by the Worker at the "
            "Embassy and is reimbursed by the Employer in full with the first "
            "week's pay.",
        ),
        (
            "4.4",
            "The Employer pays for the Worker's flight from Kingston to Boston "
            "and the coach to Eastham, or reimburses it in the first workweek.",
        ),
        (
            "4.5",
            "If the Consulate requires a medical examination, its cost is paid by the Employer.",
        ),
    ]:
        pdf.set_x(pdf.l_margin + 18)
        pdf.font(body)
        pdf.cell(24, body * 1.32, n)
        pdf.multi_cell(0, body * 1.32, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.ln(1)
    pdf.lead("5. Security for completion.", BW07_BOND, size=body, align="J")
    pdf.lead(
        "6. Governing law.",
        "This Agreement is governed by the laws of Jamaica.",
        size=body,
        align="J",
    )

    pdf.add_page()
    pdf.heading(
        "SCHEDULE A - TERMS OF EMPLOYMENT OFFERED BY THE EMPLOYER", size=11, before=0, after=4
    )
    pdf.grid(
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Nauset Harbor Inn & Suites LLC, 48 Shore Road, Eastham, Massachusetts 02642, USA",
            ],
            [
                "Position",
                "Room attendant: clean and make up guest rooms, change bed linen and "
                "towels, restock amenities and report maintenance problems",
            ],
            ["Place of work", "Nauset Harbor Inn & Suites, Eastham, Massachusetts"],
            ["Period", "May 4, 2026 to October 17, 2026"],
            ["Hours", "40 hours per week, five days, shifts between 8:00 a.m. and 4:30 p.m."],
            ["Wage", "USD 17.48 per hour"],
            ["Overtime", "USD 26.22 per hour after 40 hours in a workweek"],
            ["Pay", "Weekly, every Thursday"],
            [
                "Deductions",
                "US federal and state taxes, Social Security and Medicare; no other deductions",
            ],
            [
                "Travel to the job",
                "Flight Kingston-Boston and coach to Eastham paid or reimbursed "
                "by the Employer (clause 4.4)",
            ],
            [
                "Return travel",
                "Return flight to Kingston paid by the Employer if the Worker "
                "completes the season or is dismissed early other than for cause",
            ],
            ["Visa", "Visa fee reimbursed by the Employer with the first week's pay (clause 4.3)"],
            ["Housing", "Shared staff house in Eastham at no charge"],
            [
                "Requirements",
                "Six months' experience in hotel housekeeping; able to lift 30 pounds",
            ],
            [
                "Ending the job",
                "Dismissal only for cause; five consecutive days of unexcused "
                "absence count as abandonment of the job",
            ],
        ],
        (1, 3),
        size=9.5,
        bold_first=True,
    )
    pdf.ln(6)
    pdf.para("SIGNED by the parties on the date first written above.", size=10)
    pdf.grid(
        [
            ["For the Agency", "The Worker", "Witness"],
            [
                "\n\n_____________________\nMarcia Ellington-Reid, Managing Director",
                "\n\n_____________________\nShanique Tamara Brown",
                "\n\n_____________________\nName:",
            ],
        ],
        (1, 1, 1),
        size=9,
    )
    finish(pdf, os.path.join(out, "bw07.pdf"))
    return label(
        "bw07.pdf",
        "h2b",
        "en",
        2,
        [
            fee("recruitment_fee", 1, BW07_FEE, 85000, "JMD", "h2b"),
            fee("training_cost", 1, BW07_TRAINING, 7500, "JMD", "h2b"),
            fee("deposit_or_bond", 1, BW07_BOND, 150000, "JMD", "h2b"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
        ],
        [BW07_AGENCY],
        [
            "US visa fee reimbursed by employer with first week's pay",
            "flight and coach paid or reimbursed by employer",
            "consular medical paid by employer (negated medical_cost)",
            "staff house at no charge",
            "'no other deductions'",
        ],
        "recruiter_agreement",
        "serif; centered agency letterhead; numbered clauses with indented sub-clauses; "
        "Schedule A gridded terms table on page 2; three-column signature table",
    )


# =========================================================================== bw08
BW08_GEAR = (
    "Las botas, el casco y el chaleco de seguridad se venden al Trabajador en 95 "
    "dólares, que se descuentan de su primer cheque."
)
BW08_LOAN = (
    "El Reclutador le presta al Trabajador 4,000 pesos antes del viaje para sus "
    "gastos, y la Empresa descontará 50 dólares de cada cheque hasta cubrir el "
    "préstamo."
)
BW08_CURFEW = (
    "Los trabajadores no podrán salir del motel después de las 8 de la noche ni los "
    "domingos sin permiso del mayordomo."
)
BW08_AGENCY = "Enlace Forestal Huasteco, S.C."


def bw08(out):
    pdf = Doc(
        fonts="cond",
        band=(52, 64, 44),
        header_text="OUACHITA PINELAND SERVICES, INC.  -  Contrato de trabajo H-2B 2026",
        footer_text="Ouachita Pineland Services - Contrato OPS-H2B-26-058 - Hoja {p}/{nb}",
    )
    pdf.add_page()
    pdf.doc_title("CONTRATO DE TRABAJO\nPlantadores de pino - Programa H-2B", size=13)
    pdf.grid(
        [
            [
                "Puesto",
                "Trabajador forestal (plantador)",
                "Periodo",
                "5 de enero a 30 de abril de 2026",
            ],
            ["Salario", "$16.96 por hora", "Pago", "Cada dos semanas"],
            ["Horario", "40 h por semana, lunes a viernes", "Horas extra", "$25.44 por hora"],
        ],
        (1, 2, 1, 2),
        size=9,
        heading=False,
        bold_first=False,
        after=8,
    )
    body = 9.6
    clauses_p1 = [
        (
            "1. Partes.",
            "Ouachita Pineland Services, Inc., 312 Industrial Park Road, Mena, "
            'Arkansas 71953, EE. UU. ("la Empresa"), y el trabajador cuyo nombre aparece al '
            'final ("el Trabajador"). El Trabajador fue reclutado en México por '
            + BW08_AGENCY
            + ', con oficina en Ciudad Valles, San Luis Potosí ("el Reclutador").',
        ),
        (
            "2. Trabajo.",
            "Plantar plántulas de pino con azadón plantador (hoedad), cargar bolsas "
            "con hasta 40 libras de plántulas, limpiar maleza y marcar las hileras. El trabajo es "
            "a la intemperie, en terreno quebrado, con frío y lluvia.",
        ),
        (
            "3. Lugar.",
            "Terrenos forestales de los clientes de la Empresa en el oeste de "
            "Arkansas, el sureste de Oklahoma y el norte de Luisiana. El campamento base está en "
            "Mena, Arkansas.",
        ),
        (
            "4. Periodo y horario.",
            "Del 5 de enero al 30 de abril de 2026. Se ofrecen 40 horas "
            "por semana, de lunes a viernes, de 7:00 a 15:30 horas.",
        ),
        (
            "5. Salario.",
            "$16.96 por hora. Cuando se pague por millar de árboles plantados y el "
            "pago resulte mayor, se paga la tarifa por millar. La Empresa pagará siempre el "
            "salario más alto entre el ofrecido, el prevaleciente y el mínimo federal o estatal, "
            "incluidos los aumentos que se publiquen durante la temporada.",
        ),
        (
            "6. Horas extra.",
            "Tiempo y medio, $25.44 por hora, por las horas trabajadas después "
            "de 40 en una semana.",
        ),
        ("7. Pago.", "Cada dos semanas, los viernes, con tarjeta de nómina."),
        (
            "8. Descuentos.",
            "Impuestos federales y estatales, Seguro Social y Medicare, y los "
            "conceptos de las cláusulas 11 y 12.",
        ),
        (
            "9. Garantía de trabajo.",
            "La Empresa ofrecerá trabajo por lo menos por tres cuartas "
            "partes de los días laborables de cada periodo de 12 semanas; si no lo hace, pagará "
            "la diferencia.",
        ),
    ]
    for lead, text in clauses_p1:
        pdf.lead(lead, text, size=body)
    pdf.add_page()
    clauses_p2 = [
        (
            "10. Viaje y visa.",
            "La Empresa reembolsa en la primera semana el autobús de "
            "Monterrey a Mena, los alimentos del viaje y la cuota de la visa. Al terminar el "
            "contrato, la Empresa paga el autobús de regreso a Monterrey.",
        ),
        (
            "11. Equipo.",
            "La Empresa presta sin costo los azadones plantadores y las bolsas de "
            "plántulas. " + BW08_GEAR,
        ),
        ("12. Préstamo.", BW08_LOAN),
        (
            "13. Hospedaje.",
            "Durante la temporada los trabajadores se hospedan en un motel "
            "pagado por la Empresa, dos por cuarto. " + BW08_CURFEW,
        ),
        (
            "14. Requisitos.",
            "Experiencia mínima de tres meses en plantación de árboles o en "
            "trabajo agrícola; capacidad para caminar en cerros cargando 40 libras.",
        ),
        (
            "15. Terminación.",
            "Si el Trabajador falta cinco días laborables seguidos sin permiso "
            "se considera que abandonó el trabajo. La Empresa solo puede despedir por causa "
            "justificada, informada por escrito.",
        ),
    ]
    for lead, text in clauses_p2:
        pdf.lead(lead, text, size=body)
    pdf.ln(8)
    pdf.grid(
        [
            ["Por la Empresa", "El Trabajador", "Huella"],
            [
                "\n\n______________________\nTravis Lee Whitfield, Supervisor de Operaciones",
                "\n\n______________________\nJacinto Ramírez Bautista",
                "\n\n\n\n",
            ],
        ],
        (2, 2, 1),
        size=9,
    )
    finish(pdf, os.path.join(out, "bw08.pdf"))
    return label(
        "bw08.pdf",
        "h2b",
        "es",
        2,
        [
            fee("equipment_charge", 2, BW08_GEAR, 95, "USD", "h2b"),
            fee("debt_bondage", 2, BW08_LOAN, 4000, "MXN", "h2b"),
            fee("movement_restriction", 2, BW08_CURFEW, program="h2b"),
        ],
        ["earnings_statements", "contract_impossibility"],
        [BW08_AGENCY],
        [
            "visa fee and inbound bus reimbursed in first week",
            "planting hoes and bags lent free",
            "motel paid by employer",
            "return bus paid by employer",
            "statutory tax and Social Security deductions",
        ],
        "work_contract",
        "condensed font; dark header band; 4-column summary grid; numbered clauses with bold "
        "lead-ins; signature table with fingerprint box",
    )


# =========================================================================== bw09
BW09_INS = (
    "The Employee shall bear the premium for the Foreign Workers Hospitalisation and "
    "Surgical Insurance Scheme, RM 120 per year, which will be deducted from his first "
    "salary of each contract year."
)
BW09_PASSPORT = (
    "The Employee's passport shall be kept by the Employer's Human Resources "
    "Department for safekeeping throughout the contract and handed back to him on "
    "his final exit from Malaysia."
)
BW09_DAMAGE = (
    "The cost of any mould or machine part damaged through the Employee's negligence "
    "will be deducted from his salary."
)
BW09_AGENCY = "Himal Crest Overseas Pvt. Ltd."


def bw09(out):
    pdf = Doc(fmt="A4", fonts="sans", footer_text="PPM/FW/2026/0219  -  {p}", margin=50)
    pdf.add_page()
    pdf.font(13, "B")
    pdf.cell(
        0, 16, "PERMAI PRECISION MOULDING SDN. BHD.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.para(
        "(Registration No. 201101034455)  Lot 22, Jalan Perindustrian Senai 4, Kawasan "
        "Perindustrian Senai, 81400 Senai, Johor, Malaysia",
        size=8,
        align="C",
        after=10,
    )
    pdf.doc_title("CONTRACT OF EMPLOYMENT FOR FOREIGN WORKER", size=12)
    pdf.grid(
        [
            ["Employer", "Permai Precision Moulding Sdn. Bhd."],
            [
                "Employer's address",
                "Lot 22, Jalan Perindustrian Senai 4, Kawasan Perindustrian "
                "Senai, 81400 Senai, Johor, Malaysia",
            ],
            ["Employee", "Bikash Tamang"],
            ["Passport No.", "PA0938217 (Nepal)"],
            [
                "Home address",
                "Melamchi Municipality Ward 5, Sindhupalchok, Bagmati Province, Nepal",
            ],
            [
                "Recruiting agency (Nepal)",
                BW09_AGENCY + ", Licence No. 1387/075/76, Maharajgunj, Kathmandu",
            ],
        ],
        (1, 2.6),
        size=9,
        heading=False,
        bold_first=True,
        after=8,
    )
    pdf.para("The Employer and the Employee agree as follows:", size=9.5)
    body = 9.5
    p1 = [
        (
            "1. Position and duties.",
            "The Employee is employed as a Production Operator. He "
            "will operate plastic injection moulding machines, remove and trim moulded parts, "
            "inspect them against the approved sample, and pack finished parts into cartons.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 22, Jalan Perindustrian Senai 4, Senai, Johor.",
        ),
        (
            "3. Duration.",
            "Two (2) years, from 1 June 2026 to 31 May 2028, subject to renewal "
            "of the work permit.",
        ),
        (
            "4. Working hours.",
            "Eight (8) hours a day, six (6) days a week, in rotating shifts "
            "of 7:00 a.m. to 4:00 p.m. or 7:00 p.m. to 4:00 a.m., each with one hour of rest. "
            "Sunday is the weekly rest day.",
        ),
        (
            "5. Salary.",
            "Basic salary of RM 1,700 per month. Overtime is paid at 1.5 times the "
            "hourly rate on normal working days and 2 times on rest days.",
        ),
        (
            "6. Payment of wages.",
            "Wages are paid monthly into the Employee's own bank account "
            "not later than the 7th day of the following month, with a payslip.",
        ),
        (
            "7. Deductions.",
            "Only the Employee's contributions to SOCSO and the EPF required by "
            "Malaysian law, the insurance premium in Clause 9 and any amount under Clause 12.",
        ),
        (
            "8. Accommodation and transport.",
            "The Employer provides accommodation in its "
            "certified hostel with water and electricity, free of charge, and free transport "
            "between the hostel and the factory.",
        ),
    ]
    for lead, text in p1:
        pdf.lead(lead, text, size=body, align="J")
    pdf.add_page()
    p2 = [
        (
            "9. Insurance.",
            BW09_INS + " The Employer pays its own SOCSO employment injury contribution.",
        ),
        (
            "10. Levy, permit, visa and air ticket.",
            "In line with the Government of Nepal's "
            "free-visa, free-ticket policy, the Employer bears the annual foreign worker levy, "
            "the work permit (PLKS) and visa fees, the calling visa and the air ticket from "
            "Kathmandu to Kuala Lumpur.",
        ),
        ("11. Passport.", BW09_PASSPORT),
        ("12. Damage.", BW09_DAMAGE),
        (
            "13. Medical care.",
            "Treatment at the Employer's panel clinic is free of charge. The "
            "Employee is entitled to paid sick leave as provided by the Employment Act 1955.",
        ),
        (
            "14. Termination.",
            "Either party may end this contract by giving one month's notice "
            "or one month's salary in lieu of notice. The Employer may dismiss the Employee "
            "without notice only for misconduct established after a due inquiry.",
        ),
        (
            "15. Language.",
            "This contract has been explained to the Employee in Nepali before signing.",
        ),
    ]
    for lead, text in p2:
        pdf.lead(lead, text, size=body, align="J")
    pdf.ln(10)
    pdf.grid(
        [
            ["For the Employer", "Employee", "Witness"],
            [
                "\n\n____________________\nLim Wei Shen, Human Resources Manager",
                "\n\n____________________\nBikash Tamang",
                "\n\n____________________\nfor " + BW09_AGENCY,
            ],
        ],
        (1, 1, 1),
        size=8.8,
    )
    finish(pdf, os.path.join(out, "bw09.pdf"))
    return label(
        "bw09.pdf",
        "generic",
        "en",
        2,
        [
            fee("insurance_cost", 2, BW09_INS, 120, "MYR", "generic"),
            fee("document_retention", 2, BW09_PASSPORT, program="generic"),
            fee("damage_chargeback", 2, BW09_DAMAGE, program="generic"),
        ],
        ["return_transportation"],
        [BW09_AGENCY],
        [
            "levy, permit, visa and air ticket borne by employer (free-visa free-ticket policy)",
            "statutory SOCSO and EPF contributions (not insurance_cost)",
            "employer pays its own SOCSO employment injury contribution",
            "free hostel and transport",
            "free panel clinic (negated medical_cost)",
        ],
        "work_contract",
        "A4; centered company letterhead; parties table; numbered clauses with bold lead-ins; "
        "three-column signature table",
    )


# =========================================================================== bw10
def bw10(out):
    pdf = Doc(
        fmt="A4",
        fonts="scond",
        footer_text="Agrícola Vega del Tinto, S.L. - Contrato GECCO 2026/0871 - Página {p} de {nb}",
        margin=58,
    )
    pdf.add_page()
    pdf.doc_title(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nACTIVIDAD DE TEMPORADA", size=12.5, after=2
    )
    pdf.para(
        "Gestión Colectiva de Contrataciones en Origen - Campaña 2026",
        size=9.5,
        align="C",
        after=10,
    )
    pdf.heading("REUNIDOS", size=10.5, before=0)
    body = 9.8
    pdf.para(
        "De una parte, Agrícola Vega del Tinto, S.L., con CIF B21567834 y domicilio en "
        "Camino de la Ribera, s/n, 21810 Palos de la Frontera (Huelva), España, "
        "representada por D. Manuel Jesús Garrido Rocha, en calidad de administrador (en "
        "adelante, la EMPRESA).",
        size=body,
        align="J",
    )
    pdf.para(
        "De otra parte, Dña. Xiomara Lizeth Maradiaga Flores, nacida el 3 de agosto de "
        "1994, de nacionalidad hondureña, con pasaporte F4821773 y domicilio en Barrio El "
        "Centro, Danlí, El Paraíso, Honduras (en adelante, la PERSONA TRABAJADORA).",
        size=body,
        align="J",
    )
    pdf.para(
        "Ambas partes se reconocen capacidad para contratar y acuerdan las siguientes",
        size=body,
        align="J",
    )
    pdf.heading("CLÁUSULAS", size=10.5)
    clauses = [
        (
            "PRIMERA. Objeto.",
            "La PERSONA TRABAJADORA prestará servicios como peón agrícola en "
            "la campaña de fresa y frutos rojos: recolección a mano, limpieza de plantas, "
            "colocación de cajas y carga de palés en las fincas de la EMPRESA.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Fincas de la EMPRESA en los términos municipales de "
            "Palos de la Frontera y Moguer (Huelva).",
        ),
        (
            "TERCERA. Duración.",
            "Desde el 2 de febrero hasta el 12 de junio de 2026, fecha en la "
            "que se extinguirá el contrato al terminar la campaña.",
        ),
        (
            "CUARTA. Jornada.",
            "39 horas semanales, de lunes a sábado, de 8:00 a 14:30 horas, "
            "con el descanso que fija el convenio colectivo.",
        ),
        (
            "QUINTA. Retribución.",
            "62,10 euros por jornada trabajada, según el Convenio "
            "Colectivo del Campo de la provincia de Huelva, incluida la parte proporcional de "
            "pagas extraordinarias y vacaciones. Las horas extraordinarias se pagan a 11,25 euros "
            "cada una.",
        ),
        (
            "SEXTA. Forma de pago.",
            "Mensual, por transferencia a la cuenta bancaria de la "
            "PERSONA TRABAJADORA, antes del día 5 del mes siguiente, con entrega de la nómina.",
        ),
        (
            "SÉPTIMA. Deducciones.",
            "Solo las cotizaciones a la Seguridad Social a cargo de la "
            "persona trabajadora y la retención del IRPF que marca la ley. No se descuenta "
            "ninguna otra cantidad.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "La EMPRESA facilita alojamiento gratuito en las viviendas de "
            "la finca Los Arenales, con agua, luz y gas incluidos, en habitaciones de cuatro "
            "personas como máximo.",
        ),
    ]
    for lead, text in clauses:
        pdf.lead(lead, text, size=body, align="J")
    pdf.add_page()
    clauses = [
        (
            "NOVENA. Viaje.",
            "La EMPRESA paga el billete de avión de San Pedro Sula a Sevilla, el "
            "traslado en autobús hasta la finca y, al terminar la campaña, el billete de regreso "
            "a San Pedro Sula.",
        ),
        (
            "DÉCIMA. Visado y documentos.",
            "Las tasas del visado y de la Tarjeta de Identidad de "
            "Extranjero corren a cargo de la EMPRESA, sin costo alguno para la persona "
            "trabajadora. La persona trabajadora conserva en todo momento su pasaporte y su TIE.",
        ),
        (
            "UNDÉCIMA. Formación y equipos.",
            "La EMPRESA imparte el curso de prevención de "
            "riesgos laborales en horario de trabajo y sin coste, y entrega gratis guantes, botas "
            "y ropa de agua.",
        ),
        (
            "DUODÉCIMA. Selección.",
            "La selección se ha realizado en Honduras a través del "
            "servicio público de empleo. Ninguna persona o entidad puede cobrar a la persona "
            "trabajadora cantidad alguna por su selección o contratación.",
        ),
        (
            "DECIMOTERCERA. Extinción.",
            "El contrato se extingue al finalizar la campaña en la "
            "fecha indicada. La EMPRESA solo puede despedir por las causas previstas en el "
            "Estatuto de los Trabajadores, mediante comunicación escrita que indique los hechos.",
        ),
        (
            "DECIMOCUARTA. Quejas.",
            "La persona trabajadora puede acudir a la Inspección de "
            "Trabajo, a los sindicatos o a su consulado sin que ello afecte a su contratación en "
            "campañas futuras.",
        ),
    ]
    for lead, text in clauses:
        pdf.lead(lead, text, size=body, align="J")
    pdf.ln(8)
    pdf.para(
        "Y en prueba de conformidad, firman el presente contrato por triplicado en Palos de "
        "la Frontera, a 2 de febrero de 2026.",
        size=body,
        align="J",
        after=8,
    )
    pdf.grid(
        [
            ["Por la EMPRESA", "La PERSONA TRABAJADORA"],
            ["\n\n\nD. Manuel Jesús Garrido Rocha", "\n\n\nDña. Xiomara Lizeth Maradiaga Flores"],
        ],
        (1, 1),
        size=9.5,
        borders="NONE",
        head_fill=(255, 255, 255),
    )
    finish(pdf, os.path.join(out, "bw10.pdf"))
    return label(
        "bw10.pdf",
        "generic",
        "es",
        2,
        [],
        [],
        [],
        [
            "statutory Seguridad Social and IRPF deductions (not fees)",
            "free housing with utilities included",
            "employer pays air tickets both ways and bus to the farm",
            "visa and TIE fees paid by employer (sin costo alguno)",
            "worker keeps passport and TIE",
            "safety course on working time at no cost (negated training_cost)",
            "free gloves, boots and rain gear",
            "no one may charge for selection (negated recruitment fee)",
            "complaints do not affect future hiring (negated blacklisting)",
        ],
        "work_contract",
        "A4; condensed serif; Spanish legal format REUNIDOS / CLÁUSULAS; justified text; "
        "borderless signature table",
    )


# =========================================================================== bw11
BW11_MEALS = "Staff meals from the employee cafeteria are deducted at CAD 6.00 per shift worked."
BW11_HOLD = (
    "The Employer will hold back CAD 100 from each pay and pay the total to the "
    "Employee with the final pay after the last day of the season."
)
BW11_AGENCY = "Northbound Careers Jamaica Ltd."


def bw11(out):
    pdf = Doc(
        fonts="helvetica",
        band=(14, 84, 96),
        margin=50,
        header_text="GEORGIAN BAY PINES RESORT LTD.",
    )
    pdf.add_page()
    pdf.para(
        "2205 Pine Lake Road, Bracebridge, Ontario P1L 1W9, Canada  -  (705) 555-0184",
        size=8.5,
        after=8,
    )
    pdf.para("March 2, 2026", size=9.5, after=4)
    pdf.para(
        "Mr. Delroy Anthony Gayle\n14 Cane Piece Road, May Pen, Clarendon, Jamaica",
        size=9.5,
        after=4,
    )
    pdf.para(
        "Re: Offer of Employment - Line Cook (Temporary Foreign Worker, LMIA 9981-4417)",
        size=9.5,
        style="B",
        after=4,
    )
    pdf.para(
        "Dear Mr. Gayle, we are pleased to offer you seasonal employment on the following terms.",
        size=9.5,
        after=5,
    )
    pdf.grid(
        [
            ["Condition", "Details"],
            [
                "Employer",
                "Georgian Bay Pines Resort Ltd., 2205 Pine Lake Road, Bracebridge, Ontario P1L 1W9",
            ],
            ["Employee", "Delroy Anthony Gayle"],
            [
                "Position",
                "Line Cook: prepare and cook breakfast, lunch and banquet menu items, keep "
                "the cooking line and walk-in cooler clean, and receive deliveries",
            ],
            ["Place of work", "Resort kitchen, 2205 Pine Lake Road, Bracebridge"],
            ["Term", "May 11, 2026 to October 31, 2026"],
            ["Hours", "As scheduled by the Executive Chef according to business levels"],
            ["Wage", "CAD 19.50 per hour"],
            ["Pay", "Every second Thursday, by direct deposit"],
            [
                "Deductions",
                "Income tax, Canada Pension Plan and Employment Insurance as required by "
                "law, and the meals and holdback described below",
            ],
            ["Housing", "A room in the staff residence at no charge"],
            [
                "Travel",
                "Round-trip airfare Kingston-Toronto and the shuttle to Bracebridge are paid "
                "by the Employer",
            ],
            [
                "Notice",
                "Either party may end employment with two weeks' written notice; the "
                "Employer may dismiss without notice only for serious misconduct",
            ],
        ],
        (1, 3.2),
        size=8.8,
        bold_first=True,
        head_fill=(205, 230, 232),
        after=6,
    )
    pdf.lead("Meals.", BW11_MEALS, size=9.3)
    pdf.lead("Holdback.", BW11_HOLD, size=9.3)
    pdf.lead(
        "Recruitment.",
        "The Employer pays " + BW11_AGENCY + " for recruiting you. You "
        "pay no fee to it or to anyone else, and the Employer pays the LMIA processing fee "
        "and your work permit fee.",
        size=9.3,
    )
    pdf.lead(
        "Health.",
        "The Employer provides private health insurance at its own cost until "
        "you are covered by the provincial health plan.",
        size=9.3,
    )
    pdf.ln(4)
    pdf.para("Yours sincerely,\n\nJanelle Moorcroft, Human Resources", size=9.3, after=8)
    pdf.para("Accepted: ______________________________      Date: ______________", size=9.3)
    finish(pdf, os.path.join(out, "bw11.pdf"))
    return label(
        "bw11.pdf",
        "generic",
        "en",
        1,
        [
            fee("meal_charge", 1, BW11_MEALS, 6, "CAD", "generic"),
            fee("wage_withholding", 1, BW11_HOLD, 100, "CAD", "generic"),
        ],
        ["hours_of_work"],
        [BW11_AGENCY],
        [
            "'As scheduled by the Executive Chef' gives no concrete hours (hours missing)",
            "statutory income tax, CPP and EI deductions",
            "free staff residence room",
            "round-trip airfare paid by employer",
            "employer pays recruiter, LMIA and work permit fees (no fee to worker)",
            "private health insurance at employer's cost (negated insurance_cost)",
        ],
        "offer_letter",
        "one page; core Helvetica; colored letterhead band; gridded Condition | Details table; "
        "additional terms with bold lead-ins",
    )


# =========================================================================== bw12
BW12_FEE = (
    "Para ser apuntado en la lista del contratista, EL TRABAJADOR le paga Q300.00 "
    "(trescientos quetzales)."
)
BW12_VISA = (
    "El trámite de la Tarjeta de Visitante Trabajador Fronterizo lo hace el "
    "contratista y cuesta Q450, que EL TRABAJADOR paga antes de cruzar."
)
BW12_TRAVEL = (
    "El camión desde el puente fronterizo hasta la finca lo contrata LA FINCA y su "
    "costo, MXN 350, se descuenta del primer pago."
)
BW12_AGENT = "Eliseo Bámaca Orozco"


def scanned_signature_page(seed=20261009):
    """Render the signature sheet as a slightly rotated, noisy grayscale 'scan'."""
    rng = random.Random(seed)
    W, H = 1275, 1650  # letter at 150 dpi
    img = Image.new("L", (W, H), 243)

    def load(name, size):
        path = os.path.join(FONT_DIR, name)
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
        return ImageFont.load_default(size=size)

    f_title = load("DejaVuSerif-Bold.ttf", 34)
    f_sub = load("DejaVuSerif-Bold.ttf", 27)
    f_body = load("DejaVuSerif.ttf", 25)
    f_small = load("DejaVuSerif.ttf", 21)
    d = ImageDraw.Draw(img)
    ink = 38

    def center(y, text, font):
        w = d.textlength(text, font=font)
        d.text(((W - w) / 2, y), text, font=font, fill=ink)

    def wrap(x, y, text, font, width, lh):
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > width and line:
                d.text((x, y), line, font=font, fill=ink)
                y += lh
                line = w
            else:
                line = t
        if line:
            d.text((x, y), line, font=font, fill=ink)
            y += lh
        return y

    center(120, "FINCA SAN RAFAEL LAS NUBES", f_title)
    center(168, "CONSTANCIA DE LECTURA Y FIRMA", f_sub)
    center(206, "Contrato FSR-2026-143", f_small)
    y = 300
    y = wrap(
        150,
        y,
        "Yo, Santos Feliciano Chilel Pérez, declaro que este contrato me fue leído "
        "en español y en idioma mam por el señor Ovidio Roblero Gómez, que entendí "
        "sus cláusulas y que recibí una copia firmada.",
        f_body,
        975,
        40,
    )
    y += 20
    y = wrap(150, y, "Firmamos en Cacahoatán, Chiapas, el 9 de octubre de 2026.", f_body, 975, 40)

    def scribble(x0, y0, width):
        pts = []
        x = x0
        while x < x0 + width:
            pts.append((x, y0 + rng.randint(-22, 22)))
            x += rng.randint(9, 24)
        d.line(pts, fill=25, width=3, joint="curve")

    # signature lines
    blocks = [
        (150, 640, "Ing. Rodrigo Estrada Villatoro", "Administrador, por LA FINCA"),
        (150, 880, "Santos Feliciano Chilel Pérez", "EL TRABAJADOR"),
        (150, 1120, "Ovidio Roblero Gómez", "Testigo"),
    ]
    for x, yy, name, role in blocks:
        scribble(x + 30, yy - 40, 330)
        d.line([(x, yy), (x + 450, yy)], fill=ink, width=2)
        d.text((x, yy + 10), name, font=f_body, fill=ink)
        d.text((x, yy + 46), role, font=f_small, fill=ink)
    # fingerprint box
    d.rectangle([800, 760, 1050, 1010], outline=ink, width=2)
    d.text((865, 1020), "Huella", font=f_small, fill=ink)
    cx, cy = 925, 885
    for r in range(8, 95, 7):
        d.arc(
            [cx - r * 0.75, cy - r, cx + r * 0.75, cy + r],
            start=rng.randint(0, 40),
            end=rng.randint(300, 360),
            fill=90,
            width=3,
        )
    # rubber stamp
    d.ellipse([800, 1180, 1120, 1400], outline=110, width=5)
    d.ellipse([825, 1205, 1095, 1375], outline=110, width=2)
    for ty, txt in ((1262, "FINCA SAN RAFAEL"), (1296, "ADMINISTRACIÓN")):
        tw = d.textlength(txt, font=f_small)
        d.text((960 - tw / 2, ty), txt, font=f_small, fill=110)

    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=205)
    px = img.load()
    for _ in range(9000):  # dust / toner specks
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.randint(60, 170)
    for _ in range(3):  # faint scanner streaks
        x = rng.randrange(W)
        for yy in range(H):
            px[x, yy] = min(px[x, yy], 215)
    for yy in range(H):  # darker edge where the page was not flat
        for x in range(0, 18):
            px[x, yy] = min(px[x, yy], 150 + x * 5)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def bw12(out):
    pdf = Doc(
        fonts="sans",
        header_text="FINCA SAN RAFAEL LAS NUBES",
        footer_text="Contrato FSR-2026-143 - Página {p} de {nb}",
    )
    pdf.add_page()
    pdf.doc_title(
        "CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA\nCorte de café - Cosecha 2026-2027", size=12.5
    )
    body = 9.5
    pdf.para(
        "En Cacahoatán, Chiapas, a 9 de octubre de 2026, celebran el presente contrato "
        "Finca San Rafael Las Nubes, S.P.R. de R.L., con domicilio en Carretera a Unión "
        "Juárez km 14, Cacahoatán, Chiapas, México, representada por su administrador Ing. "
        'Rodrigo Estrada Villatoro ("LA FINCA"), y el Sr. Santos Feliciano Chilel Pérez, '
        "guatemalteco, con DPI 2467 81904 1203, vecino de la aldea Toquián Grande, Tacaná, "
        'San Marcos, Guatemala ("EL TRABAJADOR"). EL TRABAJADOR fue contratado por medio '
        "del contratista " + BW12_AGENT + ", de Tacaná.",
        size=body,
        align="J",
        after=6,
    )
    for lead, text in [
        (
            "PRIMERA. Trabajo.",
            "EL TRABAJADOR cortará a mano el café cereza maduro, lo juntará "
            "en costales y lo llevará al beneficio de LA FINCA; también limpiará los surcos cuando "
            "no haya corte.",
        ),
        ("SEGUNDA. Lugar.", "Cafetales de LA FINCA en Cacahoatán, Chiapas."),
        ("TERCERA. Duración.", "Del 15 de octubre de 2026 al 15 de enero de 2027."),
        (
            "CUARTA. Horario.",
            "De lunes a sábado, de 6:00 a 14:00 horas, con media hora para comer.",
        ),
        (
            "QUINTA. Salario.",
            "MXN 85.00 por lata de café cereza cortada (unos 12 kilos), con un "
            "mínimo de MXN 278.80 por día trabajado.",
        ),
        (
            "SEXTA. Pago.",
            "Cada sábado, en efectivo, en la oficina de LA FINCA, con recibo firmado.",
        ),
        (
            "SÉPTIMA. Descuentos.",
            "La cuota obrera del IMSS y el descuento indicado en la cláusula OCTAVA.",
        ),
        ("OCTAVA. Costos.", BW12_FEE + " " + BW12_VISA + " " + BW12_TRAVEL),
        (
            "NOVENA. Vivienda y comida.",
            "LA FINCA da galera para dormir y tres tiempos de comida "
            "al día, sin costo para EL TRABAJADOR.",
        ),
        (
            "DÉCIMA. Regreso.",
            "Al terminar la cosecha, LA FINCA lleva a los trabajadores en "
            "camión hasta el puente fronterizo de Talismán, sin costo.",
        ),
        ("UNDÉCIMA. Documentos.", "EL TRABAJADOR conserva su DPI y su tarjeta de visitante."),
    ]:
        pdf.lead(lead, text, size=body, align="J")
    pdf.ln(4)
    pdf.para("Sigue hoja de firmas.", size=8.5, align="R")
    # page 2: image-only scan, no header/footer text
    pdf.no_hf.add(2)
    pdf.add_page()
    pdf.image(scanned_signature_page(), x=0, y=0, w=pdf.w, h=pdf.h)
    finish(pdf, os.path.join(out, "bw12.pdf"))
    return label(
        "bw12.pdf",
        "generic",
        "es",
        2,
        [
            fee("recruitment_fee", 1, BW12_FEE, 300, "GTQ", "generic"),
            fee("visa_cost", 1, BW12_VISA, 450, "GTQ", "generic"),
            fee("travel_cost", 1, BW12_TRAVEL, 350, "MXN", "generic"),
        ],
        ["termination"],
        [BW12_AGENT],
        [
            "free sleeping quarters and three meals a day (negated housing/meal charge)",
            "return truck to the border at no cost",
            "worker keeps DPI and visitor card",
            "IMSS worker contribution (statutory deduction)",
            "scanned signature sheet carries no fee",
        ],
        "work_contract",
        "single column; numbered clauses with bold lead-ins; page 2 SCANNED image-only "
        "signature sheet (rotated, noisy) with stamp and fingerprint box",
        scanned=True,
    )


BUILDERS = [bw01, bw02, bw03, bw04, bw05, bw06, bw07, bw08, bw09, bw10, bw11, bw12]

# key phrases that must be extractable somewhere in each document's text layer
KEY_PHRASES = {
    "bw01.pdf": ["Brightwater Ridge Orchards LLC", "three-fourths of the workdays"],
    "bw02.pdf": ["Satilla Ridge Berry Farms LLC", "CLÁUSULAS"],
    "bw03.pdf": ["Copper Basin Harvest Contractors LLC", "Desert Palms Inn"],
    "bw04.pdf": ["Harnett Leaf Farms LLC", "RECIBO DE PAGO"],
    "bw05.pdf": ["Tidewater Green Landscape Co.", "Landscaping and Groundskeeping Worker"],
    "bw06.pdf": ["Hooper Neck Seafood, Inc.", "Horas extra"],
    "bw07.pdf": ["Nauset Harbor Inn & Suites LLC", "SCHEDULE A"],
    "bw08.pdf": ["Ouachita Pineland Services, Inc.", "Garantía de trabajo"],
    "bw09.pdf": ["Permai Precision Moulding Sdn. Bhd.", "Bikash Tamang"],
    "bw10.pdf": ["Agrícola Vega del Tinto, S.L.", "Xiomara Lizeth Maradiaga Flores"],
    "bw11.pdf": ["Georgian Bay Pines Resort Ltd.", "Delroy Anthony Gayle"],
    "bw12.pdf": ["Finca San Rafael Las Nubes", "Santos Feliciano Chilel Pérez"],
}


# --------------------------------------------------------------------------- self-check
def squash(s):
    return "".join(s.split())


def page_views(page):
    """Full-page text plus left/right vertical crops (to read table cells and columns)."""
    views = [page.extract_text() or ""]
    w = float(page.width)
    for i in range(6, 35):
        x = w * i / 40.0
        views.append(page.crop((0, 0, x, page.height)).extract_text() or "")
        views.append(page.crop((x, 0, w, page.height)).extract_text() or "")
    return [squash(v) for v in views]


def self_check(out, labels):
    errors = []
    scanned_docs = [l for l in labels if l["scanned"]]
    if len(scanned_docs) != 1:
        errors.append("expected exactly one scanned document, got %d" % len(scanned_docs))
    compliant = [l for l in labels if not l["fees"]]
    if len(compliant) != 3:
        errors.append("expected 3 compliant documents, got %d" % len(compliant))
    for lab in labels:
        f = lab["file"]
        if lab["program"] not in REQUIRED:
            errors.append("%s: bad program" % f)
        if lab["language"] not in ("en", "es"):
            errors.append("%s: bad language" % f)
        for t in lab["missing_terms"]:
            if t not in REQUIRED[lab["program"]]:
                errors.append("%s: missing term %s not required for %s" % (f, t, lab["program"]))
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errors.append("%s: unknown category %s" % (f, fe["category"]))
        path = os.path.join(out, f)
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append("%s: %d pages, label says %d" % (f, len(pdf.pages), lab["pages"]))
                continue
            scanned_pages = []
            full = []
            views = {}
            for i, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                if not page.chars and not text.strip():
                    scanned_pages.append(i)
                    if not page.images:
                        errors.append("%s p%d: no text and no image" % (f, i))
                    continue
                if len(page.chars) < 100:
                    errors.append("%s p%d: too little text (%d chars)" % (f, i, len(page.chars)))
                full.append(squash(text))
                views[i] = page_views(page)
            if lab["scanned"]:
                if len(scanned_pages) != 1:
                    errors.append("%s: expected one image-only page, got %s" % (f, scanned_pages))
            elif scanned_pages:
                errors.append("%s: unexpected image-only pages %s" % (f, scanned_pages))
            for fe in lab["fees"]:
                p = fe["page"]
                if p in scanned_pages:
                    errors.append("%s: fee on scanned page %d" % (f, p))
                    continue
                q = squash(fe["quote"])
                if not any(q in v for v in views.get(p, [])):
                    errors.append("%s p%d: quote not found: %s" % (f, p, fe["quote"][:60]))
            alltext = [v for vs in views.values() for v in vs]
            for phrase in KEY_PHRASES[f] + lab["recruiters"]:
                if not any(squash(phrase) in v for v in alltext):
                    errors.append("%s: key phrase not found: %s" % (f, phrase))
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels = [b(out) for b in BUILDERS]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    errors = self_check(out, labels)
    if errors:
        for e in errors:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        return 1
    print("built %d documents into %s; self-check passed" % (len(labels), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
