#!/usr/bin/env python3
"""Blind held-out batch "ca" for the contract checker (theme: representative).

Usage:  python tests/contracts/analysis/heldout_ca/build.py OUT_DIR

Writes ca01.pdf ... ca12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks it against its label (page count, text layer, verbatim
fee quotes on the labelled page, key phrases, recruiter names, and an image-only
scanned page).  Exits non-zero if any check fails.  Deterministic: fixed creation
date, no clock, fixed random seed for the scan noise.
"""

import io
import json
import os
import random
import re
import sys
from datetime import UTC, datetime

import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
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
    )
)
FIXED_DATE = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)

# --------------------------------------------------------------------------------------
# Labels (committed verbatim as labels.json next to this script)
# --------------------------------------------------------------------------------------


def fee(category, severity, page, amount, currency, quote):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }


LABELS = [
    {
        "file": "ca01.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Enlace Agrícola del Bajío, S.C."],
        "traps": [
            "'feeder belt' is a job word, not a fee",
            "lawful h2a meal charge within the cap (optional camp meal plan $15.10/day)",
            "free housing, no deposit for beds, bedding or keys (h2a)",
            "free communal kitchen",
            "inbound travel reimbursed at 50%; employer-bought ticket not deducted",
            "visa and border-crossing fees repaid with the first week's pay",
            "tools, ladders and picking bags free, no deposit",
            "recruiting agent's fees paid by the employer",
            "no fee for a place on the job or the list (negated recruitment fee)",
            "employer never keeps passports",
            "no blacklisting for complaints",
            "'coffee' contains 'fee'; free water and coffee",
        ],
        "doc_type": "job_order",
        "layout": "single column; header band and page footer; numbered sections with lettered "
        "sub-clauses; gridded worksite table; worker acknowledgement table",
    },
    {
        "file": "ca02.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                "violation",
                1,
                7500.0,
                "MXN",
                "Para poner su nombre en la lista de la temporada, LA PERSONA TRABAJADORA "
                "pagará a EL RECLUTADOR una cuota de inscripción de $7,500.00 (siete mil "
                "quinientos pesos 00/100 M.N.).",
            ),
            fee(
                "visa_cost",
                "violation",
                2,
                205.0,
                "USD",
                "Los derechos consulares de la visa, que son de 205 dólares, corren por cuenta "
                "de LA PERSONA TRABAJADORA y no le serán reembolsados.",
            ),
            fee(
                "deposit_or_bond",
                "violation",
                2,
                20000.0,
                "MXN",
                "Como garantía de que cumplirá la temporada completa, LA PERSONA TRABAJADORA "
                "firmará a favor de EL RECLUTADOR un pagaré por $20,000.00 pesos, que le será "
                "devuelto a su regreso.",
            ),
        ],
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Servicios de Enlace Laboral Río Aguanaval, S.C."],
        "traps": [
            "free housing (h2a)",
            "free kitchen",
            "free daily transport to the fields",
            "inbound bus and road meals reimbursed at mid-contract",
            "tools free",
            "recruiter does not charge travel or lodging for the consular trip (negated)",
            "worker keeps passport, visa and ID (negated retention)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column, serif; declarations and numbered Spanish clauses "
        "(PRIMERA...); gridded offer table; signature table with fingerprint box",
    },
    {
        "file": "ca03.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "housing_charge",
                "violation",
                1,
                30.0,
                "USD",
                "A utility charge of $30.00 per week for electricity and water at the "
                "bunkhouse will be deducted from each paycheck.",
            ),
            fee(
                "equipment_charge",
                "violation",
                1,
                54.0,
                "USD",
                "Rain suits and rubber boots are required in the tobacco fields and are sold "
                "to workers for $54.00, taken out of the first two paychecks.",
            ),
            fee(
                "damage_chargeback",
                "review",
                1,
                None,
                None,
                "Any equipment damaged by a worker's failure to follow instructions, or "
                "through carelessness, will be charged to the worker at the cost of repair.",
            ),
        ],
        "missing_terms": ["earnings_statements", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "free kitchen",
            "free van to the fields",
            "inbound bus and road meals reimbursed at half-season",
            "knives, spears and hoes free",
            "safety training on paid time, free of charge",
            "employer does not hold passports; no punishment for complaints",
        ],
        "doc_type": "work_contract",
        "layout": "full-width letterhead and parties box, body in two text columns with "
        "numbered headings; signature lines under the columns",
    },
    {
        "file": "ca04.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "wage_withholding",
                "violation",
                1,
                1.0,
                "USD",
                "Se retendrá un dólar ($1.00) de cada hora trabajada, que se le entregará "
                "junto con su último cheque al terminar la temporada.",
            ),
            fee(
                "blacklisting_threat",
                "violation",
                2,
                None,
                None,
                "El trabajador que lleve quejas a abogados, a organizaciones o al Departamento "
                "de Trabajo no será llamado para la próxima temporada.",
            ),
        ],
        "missing_terms": ["workers_compensation", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "piece rate 'por cubeta' is pay, not a charge",
            "negated deductions for housing, transport and tools",
            "free housing with water and electricity (h2a)",
            "free kitchen",
            "free daily bus",
            "inbound bus and road meals reimbursed at mid-contract",
            "tools free, no deposit",
            "free to leave the camp (negated movement restriction)",
            "nobody may charge for the job or the list (negated recruitment fee)",
        ],
        "doc_type": "work_contract",
        "layout": "plain-language question-and-answer contract; bold numbered questions; "
        "shaded title box; signature lines",
    },
    {
        "file": "ca05.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Agencia Laboral Costa de Sotavento, S.C."],
        "traps": [
            "'collect the price and any shipping fee from customers' is a job duty",
            "tools, knives, gloves, aprons and boots free, no deposit",
            "free bunkhouse housing and laundry",
            "inbound travel reimbursed at 50% or in the first workweek",
            "visa, processing and border-crossing fees repaid in the first workweek",
            "recruiting agency's fees paid by the employer; agency barred from taking payment",
            "'the employer, not the worker, pays every recruitment cost' (negated fee)",
            "paid first-day orientation, workers pay nothing (not a training charge)",
            "'coffee' contains 'fee'; free coffee and water in the break room",
            "employer does not hold passports; no retaliation",
        ],
        "doc_type": "job_order",
        "layout": "serif; header and footer; gridded summary table; numbered sections; "
        "signature page with certification and acknowledgement",
    },
    {
        "file": "ca06.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                "violation",
                1,
                3000.0,
                "GTQ",
                "Por el trámite de su expediente y la gestión de la cita consular, LA PERSONA "
                "TRABAJADORA pagará a EL RECLUTADOR tres mil quetzales (Q3,000.00), en dos "
                "cuotas según el calendario siguiente:",
            ),
            fee(
                "medical_cost",
                "violation",
                2,
                650.0,
                "GTQ",
                "Antes de viajar, LA PERSONA TRABAJADORA se hará un examen médico general y "
                "una prueba de tuberculosis en la Clínica Médica San Rafael de Huehuetenango, "
                "con costo de Q650.00 a su cargo.",
            ),
            fee(
                "document_retention",
                "violation",
                2,
                None,
                None,
                "Desde la firma de este contrato, EL RECLUTADOR guardará el pasaporte de LA "
                "PERSONA TRABAJADORA en su oficina de Huehuetenango y se lo entregará en la "
                "terminal de autobuses el día de la salida.",
            ),
        ],
        "missing_terms": [
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Gestiones Laborales Los Cuchumatanes, S.A."],
        "traps": [
            "bus to the job and road meals paid by the employer",
            "visa consular fee repaid in the first workweek",
            "tools, planting bags and helmet free",
            "recruiter does not charge bus or lodging for the consular trip (negated)",
            "complaints allowed without affecting hiring (negated blacklisting)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "condensed font; decimal-numbered clauses; gridded offer table; "
        "instalment schedule table; signature table with fingerprint box",
    },
    {
        "file": "ca07.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "visa_cost",
                "violation",
                2,
                205.0,
                "USD",
                "You are responsible for the US$205 visa application (MRV) fee, which the Inn "
                "does not reimburse.",
            ),
            fee(
                "training_cost",
                "violation",
                2,
                18500.0,
                "JMD",
                "Before the visa interview you must complete Blue Mahoe's two-day Hospitality "
                "Readiness course in Kingston; the course fee of JMD 18,500 is paid to Blue "
                "Mahoe.",
            ),
            fee(
                "travel_cost",
                "violation",
                2,
                480.0,
                "USD",
                "Your airfare from Kingston to Boston, about US$480, is purchased by Blue Mahoe "
                "and recovered through payroll deductions of US$60 from each of your first "
                "eight paychecks.",
            ),
        ],
        "missing_terms": [
            "wage_adjustment",
            "inbound_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Blue Mahoe Staffing Solutions Ltd."],
        "traps": [
            "'in-room coffee stations' is a job duty",
            "free staff cottage housing",
            "uniforms, cleaning supplies and equipment free",
            "return flight paid by the employer",
            "recruiter paid by the employer; 'you owe Blue Mahoe no placement fee' (negated)",
            "free staff lunch",
        ],
        "doc_type": "offer_letter",
        "layout": "colored letterhead band; addressee block; gridded two-column terms table; "
        "bulleted cost list; signature lines",
    },
    {
        "file": "ca08.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": True,
        "pages": 3,
        "fees": [
            fee(
                "breach_penalty",
                "violation",
                2,
                None,
                None,
                "El trabajador que abandone el empleo antes de cumplir 60 días de trabajo "
                "deberá pagar a la empresa el equivalente a dos semanas de salario por gastos "
                "de reemplazo, que se descontará de su último cheque.",
            ),
        ],
        "missing_terms": ["contract_impossibility"],
        "recruiters": [],
        "traps": [
            "statutory tax, Social Security and Medicare deductions",
            "tools, steel-toe boots, safety glasses and uniform shirts free, no deposit",
            "inbound trip reimbursed at 50% or in the first week",
            "visa, visa processing and border-crossing fees repaid in the first week",
            "nobody may charge for the job (negated recruitment fee)",
            "worker keeps passport; no retaliation",
        ],
        "doc_type": "job_order",
        "layout": "header band; gridded summary table; numbered sections; page 3 is an "
        "image-only SCANNED signed receipt (slightly rotated, noisy), no fees on it",
    },
    {
        "file": "ca09.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                "violation",
                1,
                10000.0,
                "NPR",
                "The Worker shall pay Himal Gateway Manpower the service charge of NPR 10,000 "
                "(ten thousand rupees) fixed by the Government of Nepal before receiving the "
                "labour permit.",
            ),
            fee(
                "insurance_cost",
                "violation",
                1,
                4200.0,
                "NPR",
                "Before departure the Worker shall also pay NPR 4,200 covering the "
                "contribution to the Foreign Employment Welfare Fund and the premium of the "
                "mandatory life insurance policy.",
            ),
            fee(
                "medical_cost",
                "violation",
                1,
                5500.0,
                "NPR",
                "The Worker bears the cost of the pre-departure medical examination at an "
                "approved medical centre in Kathmandu, NPR 5,500.",
            ),
            fee(
                "document_retention",
                "violation",
                2,
                None,
                None,
                "For safekeeping, the Employer shall hold the Worker's passport for the "
                "duration of the contract and return it on final exit.",
            ),
        ],
        "missing_terms": ["termination"],
        "recruiters": ["Himal Gateway Manpower Pvt. Ltd."],
        "traps": [
            "deductions only for salary advances the worker asks for (not tied to the job)",
            "free accommodation and transport to worksites",
            "food allowance paid to the worker, not charged",
            "employer pays work visa, Qatar ID and outbound ticket",
            "return ticket paid by employer",
            "free health card and treatment",
            "uniform and safety shoes free",
        ],
        "doc_type": "work_contract",
        "layout": "A4; gridded parties table; numbered articles; footer with page x of y; "
        "three-column signature table",
    },
    {
        "file": "ca10.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "statutory Social Security contribution and IRPF withholding (not insurance_cost)",
            "employer pays visa, TIE card and both flights",
            "free housing with water, electricity and gas",
            "free daily bus",
            "'sin costo alguno': no fee for selection or paperwork (negated)",
            "health and safety course in working hours at no cost",
            "worker keeps passport and TIE",
            "no penalty for leaving early with notice (negated breach penalty)",
            "complaints without affecting future seasons (negated blacklisting)",
        ],
        "doc_type": "offer_letter",
        "layout": "A4, serif; colored letterhead rule; addressee block; gridded conditions "
        "table; numbered clauses; signature block",
    },
    {
        "file": "ca11.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                "violation",
                1,
                2500.0,
                "GTQ",
                "Trámite y papeleo del expediente Q2,500.00",
            ),
            fee(
                "deposit_or_bond",
                "violation",
                1,
                3000.0,
                "GTQ",
                "Depósito en garantía (se devuelve al regreso) Q3,000.00",
            ),
        ],
        "missing_terms": [
            "hours_of_work",
            "pay_frequency",
            "deductions",
            "return_transportation",
            "termination",
        ],
        "recruiters": ["Agencia de Empleos Cumbre Alta"],
        "traps": [
            "work permit and visa paid by the employer",
            "outbound air ticket paid by the employer",
        ],
        "doc_type": "receipt",
        "layout": "half-letter receipt; amount in words; gridded line-item table; boxed "
        "vacancy details; stamp box and signature lines",
    },
    {
        "file": "ca12.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                "violation",
                1,
                1800.0,
                "TWD",
                "Broker service fee, first year 1,800 Formosa Link Human Resources",
            ),
            fee(
                "housing_charge",
                "review",
                1,
                2500.0,
                "TWD",
                "Dormitory and utilities 2,500 Employer",
            ),
            fee(
                "wage_withholding",
                "violation",
                1,
                5000.0,
                "TWD",
                "Compulsory savings, returned at end of contract 5,000 Held by Employer",
            ),
        ],
        "missing_terms": [],
        "recruiters": [
            "Northstar Pinoy Manpower Services, Inc.",
            "Formosa Link Human Resources Co., Ltd.",
        ],
        "traps": [
            "statutory labor insurance and NHI worker shares (not insurance_cost)",
            "income tax withheld as required by law",
            "free canteen meals",
            "employer pays outbound and return air tickets",
            "Philippine agency may not collect a placement fee (negated)",
            "worker keeps passport and ARC",
        ],
        "doc_type": "work_contract",
        "layout": "A4; gridded parties table; numbered articles; monthly deduction table with "
        "payee column; signature table",
    },
]

# Extra phrases that must be extractable from the text layer (page, phrase).
KEY_PHRASES = {
    "ca01.pdf": [
        (1, "Tumwater Ridge Fruit Co., LLC"),
        (1, "$20.35 per hour"),
        (1, "three-fourths of the workdays"),
        (2, "$15.10 per day"),
        (3, "Worker acknowledgement"),
    ],
    "ca02.pdf": [(1, "Altamaha Blue Farms LLC"), (1, "15.40 dólares por hora")],
    "ca03.pdf": [(1, "Pennyrile Leaf Farms LLC"), (1, "$16.44 per hour")],
    "ca04.pdf": [(1, "Neuse Sandhill Growers, Inc."), (1, "$16.30 dólares por hora")],
    "ca05.pdf": [(1, "Tar Bay Crab Company, Inc."), (1, "$25.68 per hour")],
    "ca06.pdf": [(1, "Saline Ridge Reforestation, LLC"), (1, "$17.85 por hora")],
    "ca07.pdf": [(1, "Nauset Light Inn & Cottages, LLC"), (1, "$19.05 per hour")],
    "ca08.pdf": [(1, "Brazos Bend Landscape Services, LLC"), (1, "$15.61 dólares por hora")],
    "ca09.pdf": [(1, "Dunes Crest Facility Management W.L.L."), (1, "QAR 1,000")],
    "ca10.pdf": [(1, "Agrícola Marismas del Odiel, S.L."), (1, "57,12")],
    "ca11.pdf": [(1, "CINCO MIL QUINIENTOS QUETZALES"), (1, "Mersea Point Greenhouses Ltd.")],
    "ca12.pdf": [(1, "Jade River Precision Electronics Co., Ltd."), (1, "TWD 28,590")],
}

# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------

_FALLBACK = {
    "\u2014": "-",
    "\u2013": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2022": "-",
    "\u20ac": "EUR",
    "\u2026": "...",
}


def T(s):
    """Text for the PDF: unchanged with DejaVu; latin-1 safe with core fonts."""
    if HAVE_DEJAVU:
        return s
    for a, b in _FALLBACK.items():
        s = s.replace(a, b)
    return s


FAMILIES = {
    "sans": ("DejaVuSans", "helvetica"),
    "serif": ("DejaVuSerif", "times"),
    "cond": ("DejaVuSansCondensed", "helvetica"),
    "core": (None, "helvetica"),
    "coreserif": (None, "times"),
}


class Doc(FPDF):
    def __init__(self, fmt="Letter", family="sans", margins=(20, 18, 20), bottom=20):
        super().__init__(unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("heldout_ca/build.py")
        self.set_creator("heldout_ca/build.py")
        if HAVE_DEJAVU:
            self.add_font("DejaVuSans", "", FONT_DIR + "DejaVuSans.ttf")
            self.add_font("DejaVuSans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
            self.add_font("DejaVuSans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
            self.add_font("DejaVuSerif", "", FONT_DIR + "DejaVuSerif.ttf")
            self.add_font("DejaVuSerif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
            self.add_font("DejaVuSerif", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
            self.add_font("DejaVuSansCondensed", "", FONT_DIR + "DejaVuSansCondensed.ttf")
            self.add_font("DejaVuSansCondensed", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        dv, core = FAMILIES[family]
        self.fam = dv if (HAVE_DEJAVU and dv) else core
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.hdr = None
        self.ftr = None
        self.skip_hf = set()

    def header(self):
        if self.hdr and self.page_no() not in self.skip_hf:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.skip_hf:
            self.ftr(self)

    # text helpers -------------------------------------------------------------------
    def f(self, size=10, style=""):
        self.set_font(self.fam, style, size)

    def para(
        self, text, size=10, style="", lh=None, after=1.6, md=False, align="L", indent=0.0, w=0
    ):
        self.f(size, style)
        lh = lh or size * 0.47
        if indent:
            self.set_x(self.l_margin + indent)
            w = w or (self.w - self.r_margin - self.l_margin - indent)
        self.multi_cell(
            w, lh, T(text), markdown=md, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        if after:
            self.ln(after)

    def heading(self, text, size=11.5, after=1.2, fill=None, color=(0, 0, 0)):
        self.f(size, "B")
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
            self.cell(0, size * 0.6, T(text), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.multi_cell(0, size * 0.5, T(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        head=None,
        bold_first=True,
        lh=None,
        fill_first=(235, 235, 235),
        borders="ALL",
        align="LEFT",
    ):
        self.f(size)
        lh = lh or size * 0.5
        avail = self.w - self.r_margin - self.get_x()
        if sum(widths) > avail:
            k = avail / sum(widths)
            widths = [w * k for w in widths]
        data = ([head] if head else []) + rows
        with self.table(
            col_widths=widths,
            width=sum(widths),
            text_align=align,
            borders_layout=borders,
            line_height=lh,
            align="LEFT",
            first_row_as_headings=bool(head),
            headings_style=FontFace(emphasis="BOLD", fill_color=(210, 210, 210)),
            padding=(1.2, 1.5, 1.2, 1.5),
        ) as t:
            for i, r in enumerate(data):
                row = t.row()
                for j, c in enumerate(r):
                    if head and i == 0:
                        row.cell(T(c))
                    elif j == 0 and bold_first:
                        row.cell(T(c), style=FontFace(emphasis="BOLD", fill_color=fill_first))
                    else:
                        row.cell(T(c))
        self.ln(2)


def band_header(title, subtitle, color):
    def h(pdf):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, pdf.w, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, 3.2)
        pdf.f(11, "B")
        pdf.cell(0, 5, T(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.f(8)
        pdf.cell(0, 4.5, T(subtitle), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(22)

    return h


def line_footer(text_fn, size=7.5):
    def f(pdf):
        pdf.set_y(-14)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.2)
        pdf.f(size)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, T(text_fn(pdf)), align="C")
        pdf.set_text_color(0, 0, 0)

    return f


def sig_table(pdf, cols, size=9, height=22, widths=None):
    """Signature boxes: cols is a list of (top label, bottom caption)."""
    n = len(cols)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    widths = widths or [usable / n] * n
    pdf.f(size, "B")
    x0 = pdf.l_margin
    y0 = pdf.get_y()
    x = x0
    for (top, _), w in zip(cols, widths):
        pdf.set_xy(x, y0)
        pdf.multi_cell(w, 4.5, T(top), border="LTR", align="C")
        x += w
    y1 = y0 + 9
    x = x0
    for w in widths:
        pdf.rect(x, y1, w, height)
        x += w
    pdf.f(size - 1)
    x = x0
    for (_, bottom), w in zip(cols, widths):
        pdf.set_xy(x, y1 + height - 9)
        pdf.multi_cell(w, 4, T(bottom), align="C")
        x += w
    pdf.set_xy(pdf.l_margin, y1 + height + 3)


# --------------------------------------------------------------------------------------
# ca01: H-2A clearance order, English, 3 pages, compliant
# --------------------------------------------------------------------------------------


def build_ca01(path):
    pdf = Doc("Letter", "core", margins=(20, 18, 20))
    pdf.set_title("Clearance order WA-2026-41552")
    pdf.hdr = band_header(
        "Tumwater Ridge Fruit Co., LLC  |  H-2A Clearance Order WA-2026-41552",
        "Peshastin, Washington  -  Tree fruit harvest 2026",
        (46, 94, 62),
    )
    pdf.ftr = line_footer(
        lambda p: f"Clearance order WA-2026-41552 - worker copy - page {p.page_no()} of {{nb}}"
    )
    pdf.add_page()
    pdf.heading("AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT (H-2A)", 13, after=1)
    pdf.para(
        "This job order is also the work contract between the employer and each H-2A "
        "worker and each worker in corresponding employment. A copy in Spanish is given "
        "to every worker no later than the time the worker applies for the visa.",
        9.5,
        "I",
    )
    pdf.heading("1. EMPLOYER")
    pdf.para(
        "Tumwater Ridge Fruit Co., LLC, 4470 Burch Mountain Road, Peshastin, WA 98847. "
        "Telephone (509) 555-0172. Contact: Rosalind Marchetti-Haug, Orchard Manager. "
        "FEIN 91-2208841."
    )
    pdf.heading("2. THE JOB")
    pdf.para("**Job title.** Farmworker, tree fruit (SOC 45-2092.02). Openings: 64.", md=True)
    pdf.para(
        "**Duties.** Pick apples and pears by hand from 10- and 12-foot ladders into "
        "picking bags and empty the bags gently into field bins without bruising the "
        "fruit. Before harvest, thin fruit and tie down limbs; after harvest, prune and "
        "pull brush. Workers assigned to the packing shed keep the feeder belt supplied "
        "from the bins and remove culls.",
        md=True,
    )
    pdf.para(
        "**Requirements.** Three months of experience picking tree fruit from a ladder, "
        "gained within the last 24 months. Workers must be able to climb ladders and "
        "carry a full picking bag of about 45 pounds for the whole shift.",
        md=True,
    )
    pdf.heading("3. PERIOD AND HOURS")
    pdf.para("**Period of employment.** August 10, 2026 through November 13, 2026.", md=True)
    pdf.para(
        "**Hours.** 40 hours per week. Normal schedule Monday to Friday, 6:30 a.m. to "
        "3:00 p.m., with a 30-minute unpaid lunch break. Saturday work is voluntary and "
        "offered only when the fruit is ready.",
        md=True,
    )
    pdf.heading("4. PAY")
    pdf.para(
        "(a) Rate. $20.35 per hour. During apple harvest the employer may instead pay "
        "$32.00 per bin (about 24 bushels); piece-rate pay for a pay period will never be "
        "less than $20.35 for each hour worked.",
        indent=4,
    )
    pdf.para(
        "(b) Highest wage. If a higher Adverse Effect Wage Rate, prevailing wage or "
        "federal or state minimum wage takes effect during the contract, the employer "
        "pays the higher rate from the day it takes effect.",
        indent=4,
    )
    pdf.para(
        "(c) Paydays. Workers are paid weekly, every Friday, by check or direct deposit.", indent=4
    )
    pdf.para(
        "(d) Pay statements. With every payment the worker receives a written statement "
        "of hours offered, hours worked, bins picked, rates, total earnings, each "
        "deduction and the reason for it, and net pay.",
        indent=4,
    )
    pdf.para(
        "(e) Deductions. Only the following are deducted: Social Security and Medicare "
        "taxes for workers in corresponding employment; federal income tax when the "
        "worker asks for it in writing; deductions ordered by a court; and the optional "
        "meal plan in Section 6, only for workers who sign up for it.",
        indent=4,
    )
    pdf.heading("5. THREE-FOURTHS GUARANTEE")
    pdf.para(
        "The employer guarantees to offer each worker employment for a total number of "
        "hours equal to at least three-fourths of the workdays of the contract period. "
        "If the employer offers fewer hours, it pays the worker the amount the worker "
        "would have earned for the guaranteed hours."
    )

    pdf.add_page()
    pdf.heading("6. HOUSING, MEALS AND TRANSPORTATION")
    pdf.para(
        "**Housing.** Free housing is provided at Tumwater Ridge Camp, 4490 Burch "
        "Mountain Road, Peshastin, WA, which meets the applicable state and federal "
        "standards. There is no rent, no utility charge and no deposit of any kind for "
        "beds, bedding or keys.",
        md=True,
    )
    pdf.para(
        "**Meals.** A fully equipped communal kitchen (stoves, refrigerators, pots and "
        "pans) is free to all residents. Workers may instead choose the optional camp meal "
        "plan of three meals a day for $15.10 per day, an amount that does not exceed the "
        "maximum meal charge the U.S. Department of Labor allows for 2026. Joining the "
        "meal plan is voluntary and can be stopped at any time with one week's notice.",
        md=True,
    )
    pdf.para(
        "**Daily transportation.** The employer provides free transportation every "
        "workday between the camp and the orchards, in vehicles that meet state and "
        "federal safety and insurance rules.",
        md=True,
    )
    pdf.para(
        "**Travel to the job.** A worker who completes 50 percent of the contract period "
        "is reimbursed for the reasonable cost of transportation and daily subsistence "
        "from the place of recruitment to the camp. Where the employer buys the bus "
        "ticket directly, nothing is deducted from the worker's pay for it. If travel "
        "and visa expenses would bring the first week's earnings below the federal "
        "minimum wage, the employer reimburses the difference with the first week's pay. "
        "The employer also repays the visa and border-crossing fees with the first "
        "week's pay.",
        md=True,
    )
    pdf.para(
        "**Travel home.** A worker who completes the contract, or who is dismissed early "
        "for reasons other than cause, receives transportation and daily subsistence "
        "back to the place of recruitment, paid by the employer.",
        md=True,
    )
    pdf.heading("7. TOOLS AND INSURANCE")
    pdf.para(
        "**Tools.** Ladders, picking bags, pruning shears, gloves and all other tools, "
        "supplies and equipment needed for the job are provided without charge or "
        "deposit.",
        md=True,
    )
    pdf.para(
        "**Workers' compensation.** Every worker is covered by Washington State workers' "
        "compensation through the Department of Labor & Industries, account 712-448-03, "
        "for injury and disease arising from the work, at no cost to the worker.",
        md=True,
    )
    pdf.heading("8. ENDING THE CONTRACT")
    pdf.para(
        "**Abandonment.** A worker who fails to report for work for five consecutive "
        "working days without the employer's consent is considered to have abandoned the "
        "job; the employer will notify the Department of Labor and DHS no later than two "
        "working days after the fifth day.",
        md=True,
    )
    pdf.para(
        "**Dismissal for cause.** A worker may be dismissed for cause, such as refusing "
        "to work without a valid reason, violence or theft, after a written explanation "
        "of the reason. A worker dismissed for cause loses the guarantee and the "
        "return-travel payment.",
        md=True,
    )
    pdf.para(
        "**Fire, flood or other Act of God.** If, before the end date, the contract "
        "becomes impossible to fulfil because of fire, hail, freeze, flood or another "
        "Act of God, the employer may end the contract with the approval of the "
        "Certifying Officer. It will then pay the three-fourths guarantee up to that "
        "date, provide return transportation and subsistence, and try to transfer "
        "workers to other comparable jobs.",
        md=True,
    )
    pdf.heading("9. RECRUITMENT AND WORKER PROTECTIONS")
    pdf.para(
        "**Recruiting agent.** Workers in Mexico are recruited on behalf of the employer "
        "by Enlace Agrícola del Bajío, S.C., of Celaya, Guanajuato. The employer pays "
        "all of the agent's fees and costs. The written agreement between them forbids "
        "the agent, its staff and any sub-agent to seek or receive any payment from "
        "workers.",
        md=True,
    )
    pdf.para(
        "**No payment for jobs.** No fee will be charged to any worker, by anyone, for a "
        "place on this job, for being put on a list, or for paperwork.",
        md=True,
    )
    pdf.para(
        "**Passports.** The employer does not take, hold or keep any worker's passport, "
        "visa or identity papers.",
        md=True,
    )
    pdf.para(
        "**Complaints.** No worker will be threatened, fired, blacklisted or denied "
        "future work for filing a complaint or for speaking with a lawyer, a union or a "
        "government agency.",
        md=True,
    )

    pdf.add_page()
    pdf.heading("10. WORKSITES")
    pdf.para(
        "Cool drinking water, coffee in the morning and shade are provided at every "
        "orchard, free of charge."
    )
    pdf.grid(
        [
            ["Home orchard", "4470 Burch Mountain Road, Peshastin, WA 98847", "Apples"],
            ["Mission Creek block", "10230 Mission Creek Road, Cashmere, WA 98815", "Pears"],
            ["Eagle Creek block", "8815 Eagle Creek Road, Leavenworth, WA 98826", "Apples, pears"],
            ["Packing shed", "4520 Burch Mountain Road, Peshastin, WA 98847", "Apples, pears"],
        ],
        [45, 95, 35],
        size=9,
        head=["Site", "Location", "Crop"],
        bold_first=False,
    )
    pdf.heading("11. EMPLOYER CERTIFICATION")
    pdf.para(
        "I certify that the terms of this job order are true and that the employer will "
        "comply with all of them and with all applicable federal, state and local "
        "employment-related laws during the contract period."
    )
    pdf.para(
        "Signed: Rosalind Marchetti-Haug, Orchard Manager, for Tumwater Ridge Fruit Co., "
        "LLC.  Date: April 20, 2026."
    )
    pdf.heading("12. Worker acknowledgement")
    pdf.para(
        "I received this contract in a language I understand before applying for my visa.", 9.5
    )
    rows = [[str(i), "", "", ""] for i in range(1, 13)]
    pdf.grid(
        rows,
        [12, 70, 60, 33],
        size=9,
        head=["#", "Name", "Signature", "Date"],
        bold_first=False,
        lh=5.2,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca02: H-2A recruiter agreement, Spanish, 2 pages
# --------------------------------------------------------------------------------------


def build_ca02(path):
    pdf = Doc("Letter", "serif", margins=(22, 18, 22))
    pdf.set_title("Contrato SELRA-26-118")
    pdf.ftr = line_footer(
        lambda p: (
            "Servicios de Enlace Laboral Río Aguanaval, S.C. — "
            f"Contrato SELRA-26-118 — Hoja {p.page_no()} de {{nb}}"
        )
    )
    pdf.add_page()
    pdf.f(12.5, "B")
    pdf.multi_cell(
        0,
        6,
        T(
            "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO PARA EMPLEO "
            "AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2A)"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.para(
        "En Fresnillo, Zacatecas, a 9 de febrero de 2026, celebran el presente contrato, "
        "por una parte, Servicios de Enlace Laboral Río Aguanaval, S.C., representada por "
        "el C. Everardo Quiñones Lamas, a quien en lo sucesivo se le denominará "
        "“EL RECLUTADOR”, y por la otra el C. Rigoberto Eliseo Carrasco Tovar, a quien se "
        "le denominará “LA PERSONA TRABAJADORA”, al tenor de las siguientes declaraciones "
        "y cláusulas.",
        10,
    )
    pdf.heading("DECLARACIONES", 10.5)
    pdf.para(
        "I. Declara EL RECLUTADOR que es una sociedad civil constituida conforme a las "
        "leyes mexicanas, con domicilio en Avenida Hidalgo 214, Centro, Fresnillo, "
        "Zacatecas, registrada con el número RCAT-ZAC-0931, y que recluta trabajadores por "
        "encargo de Altamaha Blue Farms LLC (en adelante “LA EMPRESA”).",
        10,
    )
    pdf.para(
        "II. Declara LA PERSONA TRABAJADORA que es mayor de edad, originaria de "
        "Valparaíso, Zacatecas, que se identifica con credencial para votar y que cuenta "
        "con al menos una temporada de experiencia en la cosecha de frutillas (fresa, "
        "zarzamora o arándano).",
        10,
    )
    pdf.heading("CLÁUSULAS", 10.5)
    pdf.para(
        "PRIMERA. Objeto. EL RECLUTADOR gestionará la contratación de LA PERSONA "
        "TRABAJADORA para el puesto que ofrece LA EMPRESA, en las condiciones siguientes:",
        10,
    )
    pdf.grid(
        [
            [
                "Empresa",
                "Altamaha Blue Farms LLC, 1180 Old Surrency Highway, Alma, Georgia 31510, EE. UU.",
            ],
            [
                "Puesto",
                "Cosechador de arándano: cosecha a mano en cubetas, llenado de cajas y carga "
                "de tarimas",
            ],
            [
                "Lugar de trabajo",
                "Campos de LA EMPRESA en los condados de Bacon y Appling, Georgia",
            ],
            ["Periodo", "Del 20 de abril al 25 de julio de 2026"],
            ["Horario", "8 horas diarias, de lunes a sábado (48 horas por semana)"],
            ["Salario", "15.40 dólares por hora"],
            ["Pago", "Cada semana, los jueves"],
            ["Descuentos", "Solo los impuestos que marque la ley"],
            ["Vivienda", "Gratuita, en el campamento de LA EMPRESA en Alma, Georgia"],
            ["Comidas", "Cocina equipada sin costo en el campamento"],
            ["Transporte diario", "Gratuito, de la vivienda a los campos"],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa el autobús desde Monterrey y los alimentos del "
                "camino al cumplirse la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por LA EMPRESA al terminar la temporada"],
            ["Herramientas", "Cubetas, cinturones de cosecha y guantes, sin costo"],
        ],
        [40, 132],
        size=9.5,
    )
    pdf.para(
        "SEGUNDA. De los pagos. Para poner su nombre en la lista de la temporada, LA "
        "PERSONA TRABAJADORA pagará a EL RECLUTADOR una cuota de inscripción de $7,500.00 "
        "(siete mil quinientos pesos 00/100 M.N.).",
        10,
    )
    pdf.add_page()
    pdf.para(
        "Los derechos consulares de la visa, que son de 205 dólares, corren por cuenta de "
        "LA PERSONA TRABAJADORA y no le serán reembolsados. EL RECLUTADOR no cobra el "
        "transporte a Monterrey ni el hospedaje durante la cita consular.",
        10,
    )
    pdf.para(
        "TERCERA. De la garantía. Como garantía de que cumplirá la temporada completa, LA "
        "PERSONA TRABAJADORA firmará a favor de EL RECLUTADOR un pagaré por $20,000.00 "
        "pesos, que le será devuelto a su regreso.",
        10,
    )
    pdf.para(
        "CUARTA. De los documentos. LA PERSONA TRABAJADORA conservará en todo momento su "
        "pasaporte, su visa y su credencial; ni EL RECLUTADOR ni LA EMPRESA pueden "
        "quedarse con ellos.",
        10,
    )
    pdf.para(
        "QUINTA. De la visa. La firma de este contrato no garantiza que el consulado "
        "otorgue la visa.",
        10,
    )
    pdf.para(
        "SEXTA. Jurisdicción. Para la interpretación y cumplimiento de este contrato las "
        "partes se someten a los tribunales de Fresnillo, Zacatecas.",
        10,
    )
    pdf.para(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y "
        "alcance legal, lo firman por duplicado en el lugar y fecha señalados.",
        10,
    )
    pdf.ln(4)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    sig_table(
        pdf,
        [
            ("EL RECLUTADOR", "C. Everardo Quiñones Lamas\nFirma y sello"),
            ("LA PERSONA TRABAJADORA", "Rigoberto Eliseo Carrasco Tovar\nFirma"),
            ("Huella", "Índice derecho"),
        ],
        widths=[usable * 0.38, usable * 0.38, usable * 0.24],
        height=28,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca03: H-2A work contract, English, two text columns, 2 pages
# --------------------------------------------------------------------------------------


CA03_SECTIONS = [
    ("1. Employer", "Pennyrile Leaf Farms LLC, 5120 Old Dawson Road, Crofton, Kentucky 42217."),
    (
        "2. Job",
        "Tobacco and vegetable farmworker. You will set tobacco transplants, top and "
        "sucker tobacco, cut, spear and house tobacco in the barns, strip cured leaf, "
        "and plant, hoe and harvest bell peppers and tomatoes.",
    ),
    (
        "3. Requirements",
        "One season of experience in tobacco or vegetable field work. You must "
        "be able to lift and carry 60 pounds.",
    ),
    (
        "4. Place of work",
        "The farm's fields and curing barns in Christian and Hopkins Counties, Kentucky.",
    ),
    ("5. Season", "May 4, 2026 through October 9, 2026."),
    (
        "6. Hours",
        "42 hours per week, Monday through Saturday. The workday starts at 6:30 a.m.; "
        "in the hottest weeks it may start at 6:00 a.m.",
    ),
    (
        "7. Pay",
        "$16.44 per hour. If a higher Adverse Effect Wage Rate or minimum wage takes "
        "effect during the season, the higher rate is paid from that date. You are paid "
        "weekly, every Friday, by check.",
    ),
    (
        "8. Work guarantee",
        "You will be offered work for at least three-fourths of the workdays "
        "of the season, counted in hours; if not, the farm pays the "
        "difference.",
    ),
    (
        "9. Housing, kitchen and rides",
        "Housing is provided in the farm bunkhouse at 5130 Old "
        "Dawson Road, Crofton. A kitchen with stoves, "
        "refrigerators and cookware is available to residents "
        "free of charge. The farm van takes workers from the "
        "bunkhouse to the fields and back at no cost.",
    ),
    (
        "10. Travel",
        "The bus fare from Monterrey, N.L. and meals on the road are reimbursed when "
        "you complete half of the season. The return bus to Monterrey is paid by "
        "the farm for workers who finish the contract or are let go early without "
        "cause.",
    ),
    ("11. Tools", "Tobacco knives, spears, hoes and hatchets are provided free of charge."),
    (
        "12. Injury insurance",
        "You are covered by the farm's workers' compensation policy with "
        "Bluegrass Growers Mutual, policy BGM-4471-26.",
    ),
    (
        "13. Safety training",
        "Training on green tobacco sickness and pesticide safety is given "
        "in the first week, on paid time and free of charge.",
    ),
    (
        "14. Deductions",
        "Social Security and Medicare (U.S. workers only), income tax if you ask "
        "for it, and the charges in Section 15.",
    ),
    (
        "15. Charges to the worker",
        "A utility charge of $30.00 per week for electricity and "
        "water at the bunkhouse will be deducted from each paycheck. "
        "Rain suits and rubber boots are required in the tobacco "
        "fields and are sold to workers for $54.00, taken out of the "
        "first two paychecks. Any equipment damaged by a worker's "
        "failure to follow instructions, or through carelessness, "
        "will be charged to the worker at the cost of repair.",
    ),
    (
        "16. Leaving the job",
        "A worker who misses five consecutive workdays without permission "
        "is considered to have abandoned the job. A worker may be dismissed "
        "for cause, such as refusing assigned work or fighting, after a "
        "written warning.",
    ),
    (
        "17. Your rights",
        "You may not be fired or punished for complaining about pay or "
        "housing. The farm does not hold passports.",
    ),
    (
        "18. Barn work",
        "Workers hanging tobacco in the barns wear the fall-protection harness "
        "provided by the farm and never climb above the third tier alone.",
    ),
    (
        "19. Heat",
        "Water and shade are available in every field. Take a rest break whenever you "
        "feel dizzy or sick, and tell the crew leader at once.",
    ),
    (
        "20. Housing rules",
        "Quiet hours are from 10 p.m. to 5 a.m. Keep the kitchen and "
        "bathrooms clean and report broken appliances to the office so they "
        "can be repaired.",
    ),
    (
        "21. Vehicles",
        "Only workers authorized by the owner drive farm trucks or tractors. "
        "Nobody rides on a tobacco wagon or in the bed of a pickup.",
    ),
    (
        "22. Copy",
        "You receive this contract in English and in Spanish before your visa "
        "interview. Keep your copy.",
    ),
]


def build_ca03(path):
    pdf = Doc("Letter", "sans", margins=(18, 16, 18), bottom=18)
    pdf.set_title("Pennyrile Leaf Farms work contract PLF-26-031")
    pdf.add_page()
    pdf.f(15, "B")
    pdf.set_text_color(92, 64, 28)
    pdf.cell(0, 7, T("PENNYRILE LEAF FARMS LLC"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.f(8.5)
    pdf.cell(
        0,
        4.5,
        T("5120 Old Dawson Road, Crofton, KY 42217 · (270) 555-0149"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_draw_color(92, 64, 28)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(3)
    pdf.f(12, "B")
    pdf.cell(
        0, 6, T("H-2A WORK CONTRACT — 2026 SEASON"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(1)
    pdf.grid(
        [
            ["Worker", "Anselmo Pérez Gallegos", "Contract no.", "PLF-26-031"],
            ["Home town", "Galeana, Nuevo León, Mexico", "Job order", "KY-2026-20914"],
        ],
        [24, 66, 26, 64],
        size=9,
    )
    pdf.set_draw_color(0, 0, 0)
    with pdf.text_columns(ncols=2, gutter=9, text_align="LEFT", line_height=1.2) as cols:
        for head, body in CA03_SECTIONS:
            pdf.f(10.5, "B")
            cols.write(T(head + ". "))
            pdf.f(10.5)
            cols.write(T(body))
            cols.ln()
            cols.ln(0.5)
    pdf.ln(6)
    pdf.f(9.5)
    pdf.cell(
        0,
        5,
        T("For the farm: ______________________  Hollis Wadlington, Owner"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.cell(
        0,
        5,
        T("Worker: ______________________   Date: ______________"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca04: H-2A contract as questions and answers, Spanish, 2 pages
# --------------------------------------------------------------------------------------


CA04_QA = [
    (
        "¿Quién es mi patrón?",
        "Neuse Sandhill Growers, Inc., 3310 Old Faison Highway, Clinton, Carolina del Norte "
        "28328, EE. UU. Teléfono (910) 555-0186. Encargado: Dwayne Honeycutt.",
    ),
    (
        "¿Qué trabajo voy a hacer?",
        "Cosecha de camote: recoger a mano el camote que levanta el arado, llenar cubetas y "
        "vaciarlas en cajones. También siembra de guías de camote, deshierbe con azadón y "
        "limpieza de cajones en la bodega.",
    ),
    (
        "¿Qué se necesita para el puesto?",
        "No se requiere experiencia. Debe poder trabajar agachado durante la jornada y cargar "
        "cubetas de 35 libras.",
    ),
    (
        "¿Dónde voy a trabajar?",
        "En los campos de la empresa en el condado de Sampson, Carolina del Norte, y en su bodega "
        "de 3400 Old Faison Highway, Clinton.",
    ),
    ("¿Cuándo empieza y termina el trabajo?", "Del 3 de agosto al 20 de noviembre de 2026."),
    (
        "¿Cuántas horas voy a trabajar?",
        "35 horas por semana, de lunes a sábado. El horario puede cambiar por lluvia.",
    ),
    (
        "¿Cuánto me van a pagar?",
        "$16.30 dólares por hora, o 60 centavos por cubeta si a destajo gana más. Si durante la "
        "temporada se publica un salario mínimo o una AEWR más alta, se le pagará la tarifa más "
        "alta desde ese día.",
    ),
    (
        "¿Cada cuándo me pagan?",
        "Cada semana, los viernes. Con cada pago recibe un talón que muestra las horas ofrecidas "
        "y trabajadas, las cubetas, la tarifa, los descuentos y el pago neto.",
    ),
    (
        "¿Qué me van a descontar?",
        "Los impuestos que la ley ordena y el fondo de fin de temporada de la pregunta 10. No se "
        "descuenta nada por vivienda, transporte ni herramientas.",
    ),
    (
        "¿Qué es el fondo de fin de temporada?",
        "Se retendrá un dólar ($1.00) de cada hora trabajada, que se le entregará junto con su "
        "último cheque al terminar la temporada.",
    ),
    (
        "¿Me garantizan trabajo?",
        "Sí. La empresa le ofrecerá trabajo por lo menos por las tres cuartas partes de los días "
        "de trabajo del contrato, contados en horas. Si no lo hace, le paga la diferencia.",
    ),
    (
        "¿Dónde voy a vivir?",
        "En el campamento de la empresa, 3350 Old Faison Highway, Clinton. La vivienda es "
        "gratuita, con agua y luz incluidas.",
    ),
    (
        "¿Y la comida?",
        "Cada casa tiene cocina con estufas y refrigeradores, sin costo. Usted compra y prepara "
        "sus alimentos.",
    ),
    (
        "¿Cómo llego a los campos?",
        "En el autobús de la empresa, gratis, todos los días de trabajo.",
    ),
    (
        "¿Quién paga el viaje?",
        "La empresa le reembolsa el autobús desde Monterrey y los alimentos del camino cuando "
        "usted complete la mitad del contrato. Al terminar la temporada, la empresa paga su "
        "regreso a Monterrey.",
    ),
    (
        "¿Tengo que comprar herramientas?",
        "No. Cubetas, azadones y guantes se le entregan gratis y sin depósito.",
    ),
    (
        "¿Qué pasa si dejo el trabajo?",
        "Si falta cinco días seguidos sin permiso, se considera que abandonó el empleo y la "
        "empresa avisa al gobierno. También puede ser despedido por causa justificada, por "
        "ejemplo por pelear o negarse a trabajar sin motivo; en esos casos pierde la garantía y "
        "el pago de su regreso.",
    ),
    (
        "¿Puedo salir del campamento?",
        "Sí. En su tiempo libre puede entrar y salir cuando quiera y recibir visitas.",
    ),
    (
        "¿Alguien me puede cobrar por este trabajo?",
        "No. Nadie le puede cobrar por darle este trabajo ni por ponerlo en la lista.",
    ),
    (
        "¿A quién me quejo?",
        "Las quejas se presentan solo con el mayordomo. El trabajador que lleve quejas a abogados, "
        "a organizaciones o al Departamento de Trabajo no será llamado para la próxima temporada.",
    ),
]


def build_ca04(path):
    pdf = Doc("Letter", "sans", margins=(22, 18, 22))
    pdf.set_title("Contrato H-2A NC-2026-18830")
    pdf.ftr = line_footer(
        lambda p: f"Neuse Sandhill Growers, Inc. · NC-2026-18830 · página {p.page_no()} de {{nb}}"
    )
    pdf.add_page()
    pdf.set_fill_color(236, 226, 208)
    y = pdf.get_y()
    pdf.rect(pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin, 24, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.f(13, "B")
    pdf.cell(0, 6, T("NEUSE SANDHILL GROWERS, INC."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 4)
    pdf.f(10.5)
    pdf.cell(
        0,
        5.5,
        T("Su contrato de trabajo H-2A en preguntas y respuestas"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(pdf.l_margin + 4)
    pdf.f(9, "I")
    pdf.cell(
        0,
        5,
        T("Temporada de camote 2026 · Orden de trabajo NC-2026-18830"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(y + 28)
    pdf.para(
        "Este documento es la traducción al español de la orden de trabajo NC-2026-18830 "
        "y es su contrato de trabajo. Léalo antes de su cita en el consulado y guarde su "
        "copia.",
        9.5,
        "I",
        after=3,
    )
    for i, (q, a) in enumerate(CA04_QA, 1):
        if i == 12:
            pdf.add_page()
        pdf.para(f"{i}. {q}", 10.5, "B", after=0.6)
        pdf.para(a, 10, indent=5, after=2.2)
    pdf.ln(6)
    pdf.f(10)
    pdf.cell(
        0,
        5,
        T("Firma del trabajador: ______________________    Fecha: ____________"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)
    pdf.cell(
        0,
        5,
        T("Por la empresa: Dwayne Honeycutt, encargado de campo"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca05: H-2B job order, English, 3 pages, compliant
# --------------------------------------------------------------------------------------


def build_ca05(path):
    pdf = Doc("Letter", "coreserif", margins=(22, 18, 22))
    pdf.set_title("H-2B job order MD-2026-00917")

    def hdr(p):
        p.f(9, "B")
        p.set_y(9)
        p.cell(0, 4, "TAR BAY CRAB COMPANY, INC.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.f(8)
        p.cell(0, 4, "H-2B Job Order MD-2026-00917", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
        p.set_y(24)

    pdf.hdr = hdr
    pdf.ftr = line_footer(lambda p: f"Job order MD-2026-00917  |  Page {p.page_no()} of {{nb}}", 8)
    pdf.add_page()
    pdf.heading("H-2B TEMPORARY NON-AGRICULTURAL JOB ORDER AND WORK CONTRACT", 13)
    pdf.grid(
        [
            [
                "Employer",
                "Tar Bay Crab Company, Inc., 2418 Hoopers Island Road, Fishing Creek, "
                "MD 21634; tel. (410) 555-0127",
            ],
            [
                "Job title",
                "Crab meat picker (SOC 51-3022, Meat, Poultry and Fish Cutters and Trimmers)",
            ],
            ["Openings", "35"],
            ["Period of employment", "April 1, 2026 to November 30, 2026"],
            [
                "Worksite",
                "Tar Bay Crab Company picking house, 2418 Hoopers Island Road, Fishing "
                "Creek, Dorchester County, MD 21634",
            ],
            ["Hours", "35 hours per week; Monday to Saturday, usually 4:00 a.m. to 10:00 a.m."],
            ["Wage", "$17.12 per hour, or $4.25 per pound of crab meat picked if that is higher"],
            ["Overtime", "$25.68 per hour for hours over 40 in a workweek"],
            ["Pay frequency", "Weekly, every Friday"],
            [
                "Requirements",
                "No experience or education required; must be able to stand for six "
                "hours and handle cold, wet seafood",
            ],
        ],
        [42, 130],
        size=10,
    )
    pdf.heading("1. Job duties")
    pdf.para(
        "Pick cooked blue crab meat by hand with a knife; separate jumbo lump, backfin, "
        "special and claw meat into containers; weigh, seal and label the containers; and "
        "keep the work station and floor clean. On Saturdays one picker may be assigned "
        "to the retail window to weigh orders and collect the price and any shipping fee "
        "from customers.",
        10.5,
    )
    pdf.heading("2. Wages")
    pdf.para(
        "The employer will pay at least the highest of the prevailing wage or the "
        "federal, state or local minimum wage in effect during the contract. If the "
        "prevailing wage is raised during the contract, the employer pays the new rate "
        "from the date it is published. Piece-rate earnings for each workweek will be "
        "at least $17.12 for every hour worked.",
        10.5,
    )
    pdf.heading("3. Deductions")
    pdf.para(
        "The employer will make only these deductions: FICA, federal and Maryland income "
        "tax, and garnishments ordered by a court. No other deduction will be made unless "
        "the worker voluntarily authorizes it in writing for the worker's own benefit.",
        10.5,
    )
    pdf.heading("4. Earnings statements")
    pdf.para(
        "On each payday the worker receives a written statement showing hours offered, "
        "hours worked, pounds picked, rates, total earnings, every deduction and net pay.",
        10.5,
    )

    pdf.add_page()
    pdf.heading("5. Three-fourths guarantee")
    pdf.para(
        "For each 12-week period of the contract (6-week period if the contract is "
        "shorter than 120 days), the employer offers the worker employment for a total "
        "number of hours equal to at least three-fourths of the workdays in that period. "
        "If it offers less, it pays the worker what the worker would have earned for the "
        "guaranteed hours.",
        10.5,
    )
    pdf.heading("6. Tools, supplies and equipment")
    pdf.para(
        "The employer provides all tools, supplies and equipment, including picking "
        "knives, mallets, gloves, aprons, hairnets and boots, without charge or deposit.",
        10.5,
    )
    pdf.heading("7. Housing")
    pdf.para(
        "Housing is offered at no cost at the company bunkhouse, 2430 Hoopers Island "
        "Road, Fishing Creek, with a free laundry room.",
        10.5,
    )
    pdf.heading("8. Travel to the job and visa costs")
    pdf.para(
        "(a) The employer provides or reimburses the worker's inbound transportation and "
        "daily subsistence from the place of recruitment to the worksite, at the latest "
        "when the worker completes 50 percent of the period of employment, and earlier, "
        "in the first workweek, to the extent needed to meet the FLSA minimum wage.",
        10.5,
        indent=4,
    )
    pdf.para(
        "(b) The employer pays or reimburses, in the first workweek, the worker's visa, "
        "visa processing, border crossing and related fees.",
        10.5,
        indent=4,
    )
    pdf.heading("9. Return transportation")
    pdf.para(
        "If the worker completes the period of employment, or is dismissed early for any "
        "reason other than cause, the employer provides or pays return transportation and "
        "daily subsistence to the place from which the worker came.",
        10.5,
    )
    pdf.heading("10. Recruitment")
    pdf.para(
        "The employer has contracted Agencia Laboral Costa de Sotavento, S.C., of "
        "Alvarado, Veracruz, Mexico, to recruit workers. The employer pays all of the "
        "agency's fees and costs. Under its written contract with the employer, the "
        "agency may not seek or receive any payment or other compensation from workers, "
        "directly or indirectly. The employer, not the worker, pays every recruitment "
        "cost.",
        10.5,
    )
    pdf.heading("11. Abandonment and termination")
    pdf.para(
        "A worker who fails to report for work for five consecutive working days without "
        "the employer's consent is considered to have abandoned the job, and the employer "
        "will notify the Department of Labor and DHS in writing no later than two working "
        "days later. A worker may be terminated for cause after a written warning.",
        10.5,
    )
    pdf.heading("12. Contract impossibility")
    pdf.para(
        "If fire, weather or another Act of God makes it impossible to continue the "
        "contract, the employer may end it with the approval of the Department of Labor. "
        "It will then pay the three-fourths guarantee up to that date and the worker's "
        "return transportation and subsistence.",
        10.5,
    )
    pdf.heading("13. Worker protections")
    pdf.para(
        "The employer will not hold or confiscate any worker's passport, visa or other "
        "immigration documents, and will not retaliate against any worker for filing a "
        "complaint or for speaking with a lawyer or a government agency. Coffee, drinking "
        "water and a microwave are available in the break room at no cost. A half-day "
        "safety and food-handling orientation on the first day is paid at the hourly "
        "rate; workers pay nothing for it.",
        10.5,
    )

    pdf.add_page()
    pdf.heading("14. Employer certification")
    pdf.para(
        "The employer certifies that it will comply with all applicable federal, state "
        "and local employment-related laws, that this job order states all the material "
        "terms and conditions of employment, and that a copy will be provided to each "
        "worker in a language the worker understands no later than the time the worker "
        "applies for the visa.",
        10.5,
    )
    pdf.para(
        "Signed: Carroll Windsor Abernathy, President, Tar Bay Crab Company, Inc.  "
        "Date: January 22, 2026",
        10.5,
    )
    pdf.ln(4)
    pdf.heading("15. Worker acknowledgement")
    pdf.para(
        "I have received a copy of this job order and work contract, and it was "
        "explained to me in a language I understand.",
        10.5,
    )
    pdf.ln(6)
    for label in ("Worker name", "Signature", "Date"):
        pdf.f(10.5)
        pdf.cell(40, 8, label + ":")
        pdf.cell(
            0, 8, "______________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca06: H-2B recruiter agreement, Guatemala, Spanish, 2 pages
# --------------------------------------------------------------------------------------


def build_ca06(path):
    pdf = Doc("Letter", "cond", margins=(20, 16, 20))
    pdf.set_title("Contrato GLC-2026-207")
    pdf.ftr = line_footer(
        lambda p: (
            "Gestiones Laborales Los Cuchumatanes, S.A. · contrato "
            f"GLC-2026-207 · hoja {p.page_no()}/{{nb}}"
        )
    )
    pdf.add_page()
    pdf.f(13, "B")
    pdf.cell(
        0,
        6.5,
        T("CONTRATO DE SERVICIOS DE RECLUTAMIENTO"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.f(10)
    pdf.cell(
        0,
        5,
        T("Programa de trabajo temporal H-2B — Reforestación, Arkansas, EE. UU."),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.para(
        "En la ciudad de Huehuetenango, el 22 de octubre de 2026, comparecen: por una "
        "parte, Gestiones Laborales Los Cuchumatanes, S.A., con oficinas en 3a. Calle "
        "5-40, zona 1, Huehuetenango, representada por su gerente, el señor Edgar Rolando "
        "Villatoro Mérida, en adelante “EL RECLUTADOR”; y por la otra, Baltazar Ixcoy "
        "Sapón, de 29 años, vecino de Santa Eulalia, Huehuetenango, con DPI 2987 61034 "
        "1310, en adelante “LA PERSONA TRABAJADORA”. Ambas partes convienen lo "
        "siguiente:",
        10,
    )
    pdf.heading("1. DECLARACIONES", 10.5)
    pdf.para(
        "1.1 EL RECLUTADOR declara que fue contratado por Saline Ridge Reforestation, "
        "LLC, 740 Industrial Park Road, Warren, Arkansas 71671, EE. UU. (en adelante "
        "“LA EMPRESA”), para reclutar plantadores de árboles con visa H-2B.",
        10,
        indent=4,
    )
    pdf.para(
        "1.2 LA PERSONA TRABAJADORA declara que tiene por lo menos tres meses de "
        "experiencia en siembra de árboles o en trabajo agrícola, y que puede cargar 40 "
        "libras en terreno quebrado.",
        10,
        indent=4,
    )
    pdf.heading("2. CONDICIONES DEL EMPLEO", 10.5)
    pdf.grid(
        [
            [
                "Puesto",
                "Plantador de árboles: siembra a mano de plántulas de pino con azadón, "
                "carga de bolsas de plántulas y limpieza del terreno",
            ],
            ["Lugar", "Terrenos forestales en los condados de Bradley, Drew y Ashley, Arkansas"],
            ["Periodo", "Del 4 de enero al 16 de abril de 2027"],
            ["Horario", "40 horas por semana, de lunes a viernes"],
            ["Salario", "$17.85 por hora"],
            ["Pago", "Cada semana, por cheque"],
            ["Descuentos", "Impuestos de ley: Seguro Social, Medicare e impuesto federal"],
            [
                "Viaje de ida",
                "LA EMPRESA paga el autobús de Huehuetenango a Warren y los alimentos del camino",
            ],
            [
                "Visa",
                "LA EMPRESA reembolsa los derechos consulares de la visa en la primera "
                "semana de trabajo",
            ],
            [
                "Regreso",
                "LA EMPRESA paga el autobús de regreso a Huehuetenango al terminar el contrato",
            ],
            ["Herramientas", "Azadones, bolsas de siembra y casco, sin costo"],
        ],
        [34, 142],
        size=9.5,
    )
    pdf.heading("3. PAGOS A EL RECLUTADOR", 10.5)
    pdf.para(
        "3.1 Por el trámite de su expediente y la gestión de la cita consular, LA PERSONA "
        "TRABAJADORA pagará a EL RECLUTADOR tres mil quetzales (Q3,000.00), en dos cuotas "
        "según el calendario siguiente:",
        10,
        indent=4,
    )
    pdf.set_x(pdf.l_margin + 4)
    pdf.grid(
        [
            ["Primera", "Al firmar este contrato", "Q1,500.00"],
            ["Segunda", "Al recibir la cita consular", "Q1,500.00"],
        ],
        [30, 70, 35],
        size=9.5,
        head=["Cuota", "Fecha", "Monto"],
        bold_first=False,
    )
    pdf.add_page()
    pdf.para(
        "3.2 Antes de viajar, LA PERSONA TRABAJADORA se hará un examen médico general y "
        "una prueba de tuberculosis en la Clínica Médica San Rafael de Huehuetenango, con "
        "costo de Q650.00 a su cargo.",
        10,
        indent=4,
    )
    pdf.para(
        "3.3 EL RECLUTADOR no cobra el pasaje del autobús ni el hospedaje en la Ciudad de "
        "Guatemala para la cita consular.",
        10,
        indent=4,
    )
    pdf.heading("4. DOCUMENTOS", 10.5)
    pdf.para(
        "4.1 Desde la firma de este contrato, EL RECLUTADOR guardará el pasaporte de LA "
        "PERSONA TRABAJADORA en su oficina de Huehuetenango y se lo entregará en la "
        "terminal de autobuses el día de la salida.",
        10,
        indent=4,
    )
    pdf.heading("5. QUEJAS", 10.5)
    pdf.para(
        "5.1 LA PERSONA TRABAJADORA puede presentar quejas ante el Ministerio de Trabajo, "
        "el consulado de Estados Unidos o cualquier organización, sin que eso afecte su "
        "contratación.",
        10,
        indent=4,
    )
    pdf.heading("6. DISPOSICIONES FINALES", 10.5)
    pdf.para("6.1 La firma de este contrato no garantiza la aprobación de la visa.", 10, indent=4)
    pdf.para(
        "6.2 Las partes leyeron el presente contrato y, enteradas de su contenido, lo "
        "firman en dos ejemplares.",
        10,
        indent=4,
    )
    pdf.ln(6)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    sig_table(
        pdf,
        [
            ("EL RECLUTADOR", "Edgar Rolando Villatoro Mérida\nGerente"),
            ("LA PERSONA TRABAJADORA", "Baltazar Ixcoy Sapón"),
            ("Huella digital", "Pulgar derecho"),
        ],
        widths=[usable * 0.38, usable * 0.38, usable * 0.24],
        height=30,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca07: H-2B offer letter, Jamaica, English, 2 pages
# --------------------------------------------------------------------------------------


def build_ca07(path):
    pdf = Doc("Letter", "sans", margins=(20, 18, 20))
    pdf.set_title("Offer of seasonal H-2B employment")

    def hdr(p):
        p.set_fill_color(24, 70, 112)
        p.rect(0, 0, p.w, 24, style="F")
        p.set_text_color(255, 255, 255)
        p.set_xy(p.l_margin, 5)
        p.f(15, "B")
        p.cell(0, 7, T("NAUSET LIGHT INN & COTTAGES"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.f(8.5)
        p.cell(
            0,
            5,
            T("41 Ocean View Drive, Eastham, Massachusetts 02642 · (508) 555-0163"),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_text_color(0, 0, 0)
        p.set_y(32)

    pdf.hdr = hdr
    pdf.add_page()
    pdf.para("February 2, 2026", 10, after=3)
    pdf.para(
        "Ms. Shanique Alicia Powell\n14 Lilford Crescent\nSpanish Town, St. Catherine, Jamaica",
        10,
        after=3,
    )
    pdf.para(
        "Re: Offer of seasonal H-2B employment — Housekeeper / Room Attendant, 2026 season",
        10.5,
        "B",
        after=2,
    )
    pdf.para("Dear Ms. Powell,", 10)
    pdf.para(
        "Further to your interview with our recruiting partner Blue Mahoe Staffing "
        "Solutions Ltd. in Kingston, we are pleased to offer you seasonal employment on "
        "the terms below, which follow our approved H-2B job order.",
        10,
        after=2.5,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Nauset Light Inn & Cottages, LLC, 41 Ocean View Drive, Eastham, MA 02642",
            ],
            [
                "Position",
                "Housekeeper / Room Attendant: clean and make up guest rooms and cottages, "
                "change linen, restock towels, amenities and in-room coffee stations, and "
                "clean lobbies and hallways",
            ],
            ["Requirements", "Six months of experience in hotel housekeeping"],
            ["Place of work", "Nauset Light Inn & Cottages, Eastham, Massachusetts"],
            ["Season", "May 1, 2026 to October 15, 2026"],
            ["Hours", "40 hours per week over five days; schedule posted each Thursday"],
            ["Pay", "$19.05 per hour"],
            ["Overtime", "$28.58 per hour after 40 hours in a workweek"],
            ["Payday", "Weekly, every Friday, by direct deposit"],
            [
                "Deductions",
                "Federal and Massachusetts income tax, Social Security and Medicare, and "
                "the airfare recovery described below",
            ],
            [
                "Guarantee",
                "Work for at least three-fourths of the workdays in each 12-week period "
                "of the season, or pay for the shortfall",
            ],
            ["Housing", "Shared staff cottage on the property, free of charge"],
            [
                "Uniforms, supplies",
                "Uniforms, cleaning supplies and equipment are provided by the Inn at no cost",
            ],
            ["Meals", "Staff lunch is served free in the staff dining room on every shift"],
            [
                "Return travel",
                "Flight from Boston to Kingston paid by the Inn at the end of the season",
            ],
            [
                "Ending employment",
                "Either party may end the employment. If you do not report to "
                "work for five consecutive days without notice, the Inn will "
                "treat it as abandonment and notify the Department of Labor and "
                "USCIS.",
            ],
        ],
        [38, 138],
        size=9.5,
    )
    pdf.add_page()
    pdf.heading("Costs before you travel", 11)
    pdf.para(
        "Blue Mahoe Staffing Solutions Ltd. is paid by the Inn for recruiting you, and "
        "you owe Blue Mahoe no placement fee. The following costs, however, are yours:",
        10,
    )
    for b in (
        "You are responsible for the US$205 visa application (MRV) fee, which the Inn "
        "does not reimburse.",
        "Before the visa interview you must complete Blue Mahoe's two-day Hospitality "
        "Readiness course in Kingston; the course fee of JMD 18,500 is paid to Blue "
        "Mahoe.",
        "Your airfare from Kingston to Boston, about US$480, is purchased by Blue Mahoe "
        "and recovered through payroll deductions of US$60 from each of your first eight "
        "paychecks.",
    ):
        pdf.f(10)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 5, T("•"))
        pdf.multi_cell(0, 5, T(b), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.ln(2)
    pdf.para(
        "Please bring your passport, this letter and your course certificate to the visa "
        "interview. If you have any question about these terms, write to Blue Mahoe or "
        "to us before you sign.",
        10,
    )
    pdf.para(
        "Please sign below and return a copy to Blue Mahoe by February 20, 2026. We look "
        "forward to welcoming you to Cape Cod.",
        10,
        after=4,
    )
    pdf.para("Yours sincerely,", 10, after=8)
    pdf.para(
        "Marguerite O'Dowd-Bassett\nGeneral Manager, Nauset Light Inn & Cottages, LLC", 10, after=10
    )
    pdf.para("I accept this offer:  ______________________________    Date: ______________", 10)
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca08: H-2B job order, Spanish, 3 pages; page 3 is an image-only scan
# --------------------------------------------------------------------------------------


def _ttf(name, size):
    p = os.path.join(FONT_DIR, name)
    if os.path.exists(p):
        return ImageFont.truetype(p, size)
    return ImageFont.load_default(size=size)


def scanned_receipt_png():
    """A noisy, slightly rotated 'photocopy' of a signed acknowledgement (no fees)."""
    W, H = 1275, 1650  # letter at 150 dpi
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    big, reg, hand = (
        _ttf("DejaVuSans-Bold.ttf", 40),
        _ttf("DejaVuSans.ttf", 28),
        _ttf("DejaVuSerif-Italic.ttf", 36),
    )
    y = 150
    d.text((150, y), "ACUSE DE RECIBO", font=big, fill=25)
    y += 80
    for line in (
        "Orden de trabajo H-2B TX-2026-55061",
        "Brazos Bend Landscape Services, LLC",
        "",
        "Yo, el que firma abajo, recibí una copia de esta orden de",
        "trabajo en español antes de mi cita en el consulado.",
        "La leí (o me la leyeron) y me explicaron mis derechos.",
    ):
        d.text((150, y), line, font=reg, fill=35)
        y += 46
    y += 50
    for label, value in (
        ("Nombre:", "Efraín Tolentino Baeza"),
        ("Firma:", None),
        ("Fecha:", "12 / feb / 2026"),
        ("Lugar:", "Monterrey, N.L."),
    ):
        d.text((150, y), label, font=reg, fill=35)
        d.line((330, y + 38, 1050, y + 38), fill=60, width=2)
        if value:
            d.text((345, y - 6), value, font=hand, fill=45)
        else:
            pts = [(350 + i * 14, y + 20 + int(14 * ((i * 7) % 5 - 2) / 2)) for i in range(32)]
            d.line(pts, fill=40, width=3)
        y += 95
    d.rectangle((820, 1180, 1120, 1330), outline=70, width=4)
    d.text((862, 1230), "RECIBIDO", font=big, fill=70)
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=250)
    rng = random.Random(20260212)
    px = img.load()
    for _ in range(26000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = max(0, min(255, px[x, yy] + rng.randint(-90, 60)))
    for _ in range(5):  # copier streaks
        x = rng.randrange(W)
        d2 = ImageDraw.Draw(img)
        d2.line((x, 0, x + rng.randint(-6, 6), H), fill=rng.randint(200, 230), width=1)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    return buf


def build_ca08(path):
    pdf = Doc("Letter", "sans", margins=(20, 18, 20))
    pdf.set_title("Orden de trabajo H-2B TX-2026-55061")
    pdf.hdr = band_header(
        "BRAZOS BEND LANDSCAPE SERVICES, LLC",
        "Orden de trabajo H-2B TX-2026-55061 · Traducción al español",
        (58, 96, 40),
    )
    pdf.ftr = line_footer(lambda p: f"TX-2026-55061 — página {p.page_no()} de {{nb}}")
    pdf.skip_hf = {3}
    pdf.add_page()
    pdf.heading("ORDEN DE TRABAJO Y CONTRATO DE TRABAJO TEMPORAL H-2B", 12.5)
    pdf.grid(
        [
            [
                "Empleador",
                "Brazos Bend Landscape Services, LLC, 2275 Pecan Creek Drive, Rosenberg, "
                "Texas 77471, EE. UU.; tel. (281) 555-0190",
            ],
            ["Puesto", "Trabajador de jardinería y mantenimiento de terrenos (SOC 37-3011)"],
            ["Vacantes", "28"],
            ["Periodo", "Del 1 de marzo al 30 de noviembre de 2026"],
            [
                "Lugar de trabajo",
                "Propiedades de clientes en los condados de Fort Bend, Harris y Wharton, Texas",
            ],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 con media hora "
                "para comer",
            ],
            ["Salario", "$15.61 dólares por hora"],
            ["Tiempo extra", "$23.42 por hora después de 40 horas en la semana"],
            ["Pago", "Cada dos semanas, los viernes, por depósito o cheque"],
            ["Requisitos", "Tres meses de experiencia en jardinería o trabajo agrícola"],
        ],
        [38, 138],
        size=9.5,
    )
    pdf.heading("1. Funciones", 10.5)
    pdf.para(
        "Cortar pasto con podadoras de empuje y de asiento, recortar setos y orillas, "
        "plantar arbustos, flores y árboles, aplicar mantillo, recoger hojas y basura, y "
        "cargar y descargar el equipo del remolque.",
        10,
    )
    pdf.heading("2. Salario más alto", 10.5)
    pdf.para(
        "La empresa pagará por lo menos el más alto entre el salario prevaleciente y el "
        "salario mínimo federal, estatal o local. Si el salario prevaleciente sube durante "
        "el contrato, se pagará el nuevo salario desde la fecha en que se publique.",
        10,
    )
    pdf.heading("3. Descuentos", 10.5)
    pdf.para(
        "Solo se descontarán el impuesto federal sobre la renta, el Seguro Social y el "
        "Medicare que la ley ordena, los embargos ordenados por un juez y lo que el "
        "trabajador autorice voluntariamente por escrito para su propio beneficio.",
        10,
    )
    pdf.heading("4. Talón de pago", 10.5)
    pdf.para(
        "Con cada pago el trabajador recibe un estado por escrito con las horas ofrecidas "
        "y trabajadas, la tarifa, las ganancias, cada descuento y el pago neto.",
        10,
    )

    pdf.add_page()
    pdf.heading("5. Garantía de tres cuartas partes", 10.5)
    pdf.para(
        "La empresa ofrecerá al trabajador empleo por un total de horas igual a por lo "
        "menos tres cuartas partes de los días de trabajo de cada periodo de 12 semanas. "
        "Si ofrece menos, pagará la diferencia.",
        10,
    )
    pdf.heading("6. Herramientas y equipo", 10.5)
    pdf.para(
        "La empresa entrega sin costo ni depósito todas las herramientas y el equipo: "
        "podadoras, recortadoras, rastrillos, botas de casquillo, lentes de seguridad, "
        "guantes y tres playeras de uniforme.",
        10,
    )
    pdf.heading("7. Viaje de ida y visa", 10.5)
    pdf.para(
        "La empresa reembolsa el transporte y los alimentos del viaje desde Monterrey a "
        "Rosenberg cuando el trabajador completa el 50 % del periodo de empleo, o antes si "
        "es necesario para no quedar por debajo del salario mínimo en la primera semana. "
        "La empresa reembolsa en la primera semana de trabajo los derechos de la visa, el "
        "trámite de la visa y el cruce fronterizo.",
        10,
    )
    pdf.heading("8. Viaje de regreso", 10.5)
    pdf.para(
        "Si el trabajador termina el contrato, o si la empresa lo despide antes sin causa, "
        "la empresa paga el transporte y los alimentos del viaje de regreso a Monterrey.",
        10,
    )
    pdf.heading("9. Abandono y despido", 10.5)
    pdf.para(
        "Si el trabajador no se presenta cinco días de trabajo seguidos sin permiso, se "
        "considera que abandonó el empleo, y la empresa lo notificará al Departamento de "
        "Trabajo y al DHS. El trabajador puede ser despedido por causa justificada, como "
        "robo, violencia o negarse a trabajar sin razón.",
        10,
    )
    pdf.heading("10. Salida anticipada", 10.5)
    pdf.para(
        "El trabajador que abandone el empleo antes de cumplir 60 días de trabajo deberá "
        "pagar a la empresa el equivalente a dos semanas de salario por gastos de "
        "reemplazo, que se descontará de su último cheque.",
        10,
    )
    pdf.heading("11. Reclutamiento", 10.5)
    pdf.para(
        "La empresa no cobra ni permite que nadie cobre al trabajador por este empleo. "
        "Ningún agente o reclutador puede pedirle dinero.",
        10,
    )
    pdf.heading("12. Derechos del trabajador", 10.5)
    pdf.para(
        "Nadie puede quitarle su pasaporte. La empresa no tomará represalias contra "
        "ningún trabajador por presentar una queja.",
        10,
    )
    pdf.heading("13. Copia", 10.5)
    pdf.para(
        "El trabajador recibe esta orden de trabajo en español antes de su cita en el consulado.",
        10,
    )
    pdf.para("Firma del empleador: Leland Okafor-Brandt, Gerente, 10 de febrero de 2026.", 10, "I")

    pdf.add_page()  # page 3: image only, no header/footer text
    pdf.image(scanned_receipt_png(), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca09: Nepal -> Qatar employment contract, English, A4, 2 pages
# --------------------------------------------------------------------------------------


def build_ca09(path):
    pdf = Doc("A4", "core", margins=(18, 16, 18))
    pdf.set_title("Employment agreement DCFM-NP-2026-0412")
    pdf.ftr = line_footer(
        lambda p: (
            f"Agreement DCFM-NP-2026-0412   -   Page {p.page_no()} of "
            "{nb}   -   Initials: Employer ____  Worker ____"
        ),
        7.5,
    )
    pdf.add_page()
    pdf.f(14, "B")
    pdf.cell(
        0,
        7,
        "EMPLOYMENT AGREEMENT FOR FOREIGN EMPLOYMENT",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.f(9.5, "I")
    pdf.cell(
        0,
        5,
        "Agreement No. DCFM-NP-2026-0412  -  Kathmandu, 18 January 2026",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            [
                "Employer",
                "Dunes Crest Facility Management W.L.L., Building 12, Street 340, Zone 56, "
                "Doha, State of Qatar (P.O. Box 24817), Commercial Registration No. 118842",
            ],
            [
                "Worker",
                "Mr. Bikash Tamang, son of Mr. Dil Bahadur Tamang, of Melamchi Municipality, "
                "Sindhupalchok, Nepal; Passport No. 10318847",
            ],
            [
                "Recruiting agency",
                "Himal Gateway Manpower Pvt. Ltd., Licence No. 1187/075/76, "
                "Gaushala, Kathmandu, Nepal",
            ],
            ["Position", "Cleaner"],
        ],
        [38, 136],
        size=9.5,
    )
    arts = [
        (
            "Article 1 - Duties.",
            "The Worker shall work as a Cleaner: cleaning offices, "
            "washrooms, corridors and common areas of client buildings, operating floor scrubbers "
            "and vacuum machines, and removing waste to collection points.",
        ),
        (
            "Article 2 - Place of work.",
            "Client sites of the Employer in Doha and Lusail, State of Qatar.",
        ),
        (
            "Article 3 - Duration.",
            "Twenty-four (24) months, from 1 March 2026 to 28 February "
            "2028, with a probation period of three months.",
        ),
        (
            "Article 4 - Working hours.",
            "Eight (8) hours per day, six (6) days per week. Friday "
            "is the weekly day of rest. Overtime is paid at 125% of the basic hourly wage as "
            "provided by Qatar Labour Law.",
        ),
        (
            "Article 5 - Wages.",
            "Basic salary QAR 1,000 (one thousand Qatari riyals) per month, "
            "plus a food allowance of QAR 300 per month. Wages are paid monthly, no later than the "
            "7th day of the following month, by transfer to the Worker's bank account under the "
            "Wage Protection System.",
        ),
        (
            "Article 6 - Deductions.",
            "No deduction shall be made from the Worker's wages except "
            "those permitted by Qatar Labour Law, namely repayment of salary advances that the "
            "Worker asks for in writing, and amounts ordered by a court.",
        ),
        (
            "Article 7 - Accommodation and transport.",
            "The Employer shall provide free shared "
            "accommodation and free transport between the accommodation and the worksites. The "
            "food allowance in Article 5 is paid to the Worker in cash with the salary.",
        ),
        (
            "Article 8 - Travel and visa.",
            "The Employer bears the cost of the Qatar work visa, "
            "the Qatar ID card and the air ticket from Kathmandu to Doha. At the end of the "
            "contract the Employer shall provide a return air ticket from Doha to Kathmandu.",
        ),
        (
            "Article 9 - Costs in Nepal.",
            "The Worker shall pay Himal Gateway Manpower the "
            "service charge of NPR 10,000 (ten thousand rupees) fixed by the Government of Nepal "
            "before receiving the labour permit. Before departure the Worker shall also pay NPR "
            "4,200 covering the contribution to the Foreign Employment Welfare Fund and the "
            "premium of the mandatory life insurance policy. The Worker bears the cost of the "
            "pre-departure medical examination at an approved medical centre in Kathmandu, NPR "
            "5,500.",
        ),
    ]
    for head, body in arts:
        pdf.para(f"**{head}** {body}", 10, md=True, after=2)
    pdf.add_page()
    arts2 = [
        (
            "Article 10 - Documents.",
            "For safekeeping, the Employer shall hold the Worker's "
            "passport for the duration of the contract and return it on final exit.",
        ),
        (
            "Article 11 - Medical care and leave.",
            "The Employer shall provide a health card and "
            "medical treatment free of charge. The Worker is entitled to three weeks of paid "
            "annual leave for each year of service and to official public holidays.",
        ),
        (
            "Article 12 - Uniform and safety equipment.",
            "The Employer provides uniforms, safety shoes and gloves free of charge.",
        ),
        (
            "Article 13 - Governing law.",
            "This agreement is governed by Qatar Labour Law No. 14 "
            "of 2004 and the Foreign Employment Act of Nepal. Any dispute shall be referred to the "
            "Labour Dispute Settlement Committee in Doha.",
        ),
        (
            "Article 14 - Language.",
            "This agreement has been explained to the Worker in Nepali, "
            "and a Nepali translation is attached.",
        ),
    ]
    for head, body in arts2:
        pdf.para(f"**{head}** {body}", 10, md=True, after=2)
    pdf.ln(6)
    sig_table(
        pdf,
        [
            ("For the Employer", "Dunes Crest Facility Management W.L.L.\nAuthorized signatory"),
            ("The Worker", "Bikash Tamang\nSignature / thumbprint"),
            ("Witness (Agency)", "Himal Gateway Manpower Pvt. Ltd.\nSignature and seal"),
        ],
        size=8.5,
        height=26,
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca10: Spain (Huelva) <- Honduras offer, Spanish, A4, 2 pages, compliant
# --------------------------------------------------------------------------------------


def build_ca10(path):
    pdf = Doc("A4", "serif", margins=(22, 16, 22))
    pdf.set_title("Oferta de empleo de temporada 2026")

    def hdr(p):
        p.set_y(10)
        p.f(13, "B")
        p.set_text_color(150, 30, 45)
        p.cell(0, 6, T("AGRÍCOLA MARISMAS DEL ODIEL, S.L."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_text_color(60, 60, 60)
        p.f(8)
        p.cell(
            0,
            4.5,
            T(
                "CIF B21774310 · Camino de la Dehesa, s/n · 21810 Palos de la "
                "Frontera (Huelva) · España"
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_draw_color(150, 30, 45)
        p.set_line_width(0.8)
        p.line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    pdf.hdr = hdr
    pdf.ftr = line_footer(lambda p: f"Oferta AMO-HN-2026-044 · página {p.page_no()} de {{nb}}")
    pdf.add_page()
    pdf.para("Palos de la Frontera, 3 de noviembre de 2025", 10, align="R", after=3)
    pdf.para(
        "Dña. Yesenia Marisol Cárcamo Funes\nAldea El Rosario, Danlí, El Paraíso\nHonduras",
        10,
        after=3,
    )
    pdf.para(
        "Asunto: Oferta de empleo de temporada — contratación colectiva en origen, "
        "campaña de frutos rojos 2026",
        10.5,
        "B",
        after=2,
    )
    pdf.para("Estimada señora Cárcamo:", 10)
    pdf.para(
        "Nos complace ofrecerle un puesto de temporada en nuestra empresa en las "
        "condiciones que se detallan a continuación, conforme al Convenio Colectivo del "
        "Campo de la provincia de Huelva.",
        10,
        after=2.5,
    )
    pdf.grid(
        [
            [
                "Empresa",
                "Agrícola Marismas del Odiel, S.L., Camino de la Dehesa, s/n, 21810 Palos "
                "de la Frontera (Huelva), España",
            ],
            ["Trabajadora", "Yesenia Marisol Cárcamo Funes, pasaporte hondureño n.º F482019"],
            [
                "Puesto",
                "Peona agrícola: recolección manual de fresa y arándano, selección y "
                "envasado en el campo, y mantenimiento de los túneles de cultivo",
            ],
            ["Centro de trabajo", "Fincas de la empresa en Palos de la Frontera y Moguer (Huelva)"],
            ["Duración", "Del 16 de febrero al 15 de junio de 2026"],
            ["Jornada", "39 horas semanales, de lunes a sábado (6 horas y 30 minutos diarios)"],
            [
                "Salario",
                "57,12 € por jornada trabajada, con la parte proporcional de pagas "
                "extraordinarias y vacaciones incluida",
            ],
            ["Pago", "Mensual, por transferencia bancaria, antes del día 5 del mes siguiente"],
            [
                "Descuentos",
                "Únicamente la cotización de la trabajadora a la Seguridad Social y la "
                "retención del IRPF que marca la ley",
            ],
            [
                "Alojamiento",
                "Gratuito, en las viviendas de la finca Los Arenales, con agua, luz y "
                "gas incluidos",
            ],
            [
                "Transporte diario",
                "Gratuito, en autobús de la empresa, entre el alojamiento y las fincas",
            ],
        ],
        [38, 128],
        size=9.5,
    )
    pdf.para(
        "**1. Gastos de viaje y documentación.** La empresa asume el coste del visado, de "
        "la tarjeta de identidad de extranjero (TIE) y del billete de avión de ida desde "
        "Tegucigalpa, así como el del billete de vuelta a Tegucigalpa al término de la "
        "campaña. Ninguno de estos gastos se descontará de su salario.",
        10,
        md=True,
    )
    pdf.add_page()
    for t in (
        "**2. Sin costo alguno.** Ni la empresa ni ninguna persona que actúe en su nombre le "
        "cobrará cantidad alguna por la selección, la contratación o los trámites. La selección "
        "es sin costo alguno para usted.",
        "**3. Formación.** El curso de prevención de riesgos laborales se imparte en los "
        "primeros días, dentro de la jornada y sin coste para la trabajadora.",
        "**4. Documentos.** Usted conserva en todo momento su pasaporte y su TIE; la empresa no "
        "guardará ningún documento personal.",
        "**5. Fin del contrato.** El contrato termina en la fecha indicada o por las causas "
        "previstas en el Estatuto de los Trabajadores. Un despido disciplinario se comunicará "
        "por escrito, indicando los hechos y la fecha de efectos. Si usted desea dejar el "
        "trabajo antes, debe avisar con 15 días de antelación y no se le aplicará ninguna "
        "penalización.",
        "**6. Quejas.** Puede dirigirse a la empresa, al sindicato, a la Inspección de Trabajo "
        "o al consulado de Honduras sin que ello afecte a su empleo ni a futuras campañas.",
    ):
        pdf.para(t, 10, md=True, after=2.2)
    pdf.para("Le rogamos que firme este documento en señal de aceptación.", 10, after=3)
    pdf.para("Atentamente,", 10, after=10)
    pdf.para("Inmaculada Borrero Vázquez\nDirectora de Recursos Humanos", 10, after=10)
    pdf.para("Acepto la oferta:  ______________________________    Fecha: ______________", 10)
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca11: recruiter receipt, Guatemala -> Canada, Spanish, half letter, 1 page
# --------------------------------------------------------------------------------------


def build_ca11(path):
    pdf = Doc((139.7, 215.9), "sans", margins=(10, 10, 10), bottom=8)
    pdf.set_title("Recibo 0457")
    pdf.add_page()
    pdf.set_draw_color(30, 60, 120)
    pdf.set_line_width(0.5)
    pdf.rect(6, 6, pdf.w - 12, pdf.h - 12)
    pdf.set_line_width(0.2)
    pdf.set_y(10)
    pdf.f(12, "B")
    pdf.set_text_color(30, 60, 120)
    pdf.cell(
        0, 6, T("AGENCIA DE EMPLEOS CUMBRE ALTA"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_text_color(0, 0, 0)
    pdf.f(7.5)
    pdf.cell(
        0,
        4,
        T("Reclutamiento de personal para el extranjero"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.cell(
        0,
        4,
        T("6a. Avenida 8-21, zona 1, Quetzaltenango · Tel. 7765-2290"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.f(11, "B")
    pdf.cell(60, 6, T("RECIBO DE PAGO"))
    pdf.set_text_color(170, 20, 20)
    pdf.cell(0, 6, T("No. 0457"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.f(8.5)
    pdf.cell(
        0,
        5,
        T("Quetzaltenango, 14 de noviembre de 2026"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    for lab, val in (
        ("Recibí de:", "Ervin Geovany Chanchavac Pérez"),
        ("DPI:", "2651 44018 0901"),
        ("La cantidad de:", "CINCO MIL QUINIENTOS QUETZALES EXACTOS (Q5,500.00)"),
    ):
        pdf.f(8.5, "B")
        pdf.cell(30, 5.5, T(lab))
        pdf.f(8.5)
        pdf.multi_cell(0, 5.5, T(val), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.f(8.5, "B")
    pdf.cell(0, 5, T("Por concepto de:"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.grid(
        [
            ["Trámite y papeleo del expediente", "Q2,500.00"],
            ["Depósito en garantía (se devuelve al regreso)", "Q3,000.00"],
            ["Permiso de trabajo y visa", "Los paga el empleador"],
            ["Boleto aéreo de ida", "Lo paga el empleador"],
            ["TOTAL RECIBIDO", "Q5,500.00"],
        ],
        [82, 37.7],
        size=7.8,
        bold_first=False,
        head=["Detalle", "Monto"],
    )
    pdf.ln(1)
    pdf.f(8.5, "B")
    pdf.cell(0, 5, T("Datos de la vacante"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y0 = pdf.get_y()
    pdf.set_x(pdf.l_margin + 2)
    lines = [
        "Empleador: Mersea Point Greenhouses Ltd., 1960 Road 3 East, Kingsville, Ontario, Canadá",
        "Puesto: trabajador de invernadero — cosecha de tomate y pepino, poda y enredado de "
        "plantas",
        "Lugar: invernaderos del empleador en Kingsville, Ontario",
        "Periodo: del 8 de marzo al 6 de diciembre de 2027",
        "Salario: 17.60 dólares canadienses por hora",
    ]
    pdf.ln(1)
    for ln_ in lines:
        pdf.para(ln_, 7.8, indent=2, after=0.6, w=pdf.w - pdf.l_margin - pdf.r_margin - 4)
    pdf.rect(pdf.l_margin, y0, pdf.w - pdf.l_margin - pdf.r_margin, pdf.get_y() - y0 + 1)
    pdf.ln(3)
    pdf.para(
        "El depósito en garantía se devuelve completo cuando la persona trabajadora "
        "regrese a Guatemala y se presente en esta oficina con su pasaporte sellado. Este "
        "recibo no es un contrato de trabajo.",
        7.5,
        "I",
        after=2,
    )
    y = pdf.get_y() + 2
    pdf.set_draw_color(170, 20, 20)
    pdf.rect(pdf.w - 52, y, 38, 16)
    pdf.set_xy(pdf.w - 52, y + 5)
    pdf.set_text_color(170, 20, 20)
    pdf.f(10, "B")
    pdf.cell(38, 6, T("CANCELADO"), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 22)
    pdf.f(7.5)
    pdf.cell(55, 4, T("_________________________"))
    pdf.cell(0, 4, T("_________________________"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(55, 4, T("Recibió (firma y sello)"))
    pdf.cell(0, 4, T("Entregó"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(55, 4, T("por Agencia de Empleos Cumbre Alta"))
    pdf.cell(0, 4, T("Ervin Geovany Chanchavac Pérez"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


# --------------------------------------------------------------------------------------
# ca12: Philippines -> Taiwan factory contract, English, A4, 2 pages
# --------------------------------------------------------------------------------------


def build_ca12(path):
    pdf = Doc("A4", "sans", margins=(15, 15, 15))
    pdf.set_title("Labor contract JRPE-2026-PH-118")
    pdf.ftr = line_footer(lambda p: f"Contract JRPE-2026-PH-118 · page {p.page_no()}/{{nb}}")
    pdf.add_page()
    pdf.f(13, "B")
    pdf.cell(
        0,
        6.5,
        T("LABOR CONTRACT FOR FOREIGN WORKER"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.f(9.5)
    pdf.cell(
        0,
        5,
        T("Manufacturing sector — Taiwan (R.O.C.) · Contract No. JRPE-2026-PH-118"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.grid(
        [
            [
                "Employer",
                "Jade River Precision Electronics Co., Ltd., No. 88, Gongye 3rd Road, "
                "Guanyin District, Taoyuan City 328, Taiwan",
            ],
            [
                "Worker",
                "Ms. Maricel Dela Peña Bautista, Philippine passport P7730214B, of Barangay "
                "San Isidro, Cabanatuan City, Nueva Ecija",
            ],
            ["Philippine agency", "Northstar Pinoy Manpower Services, Inc., Ermita, Manila"],
            [
                "Taiwan broker",
                "Formosa Link Human Resources Co., Ltd., Zhongli District, Taoyuan City",
            ],
        ],
        [40, 140],
        size=9,
    )
    arts = [
        (
            "Article 1. Position and duties.",
            "The Worker is employed as a Production Operator: "
            "loading circuit boards onto the assembly line, operating reflow-soldering and optical "
            "inspection machines, and packing finished modules.",
        ),
        (
            "Article 2. Place of work.",
            "Guanyin Plant of the Employer, No. 88, Gongye 3rd Road, "
            "Guanyin District, Taoyuan City.",
        ),
        ("Article 3. Term.", "Three (3) years, from 15 April 2026 to 14 April 2029."),
        (
            "Article 4. Working hours.",
            "Eight (8) hours per day and forty (40) hours per week, "
            "in rotating day and night shifts. Overtime is voluntary and paid at the rates of the "
            "Labor Standards Act.",
        ),
        (
            "Article 5. Wages and deductions.",
            "Monthly basic wage TWD 28,590, paid on the 10th "
            "day of each month by deposit into the Worker's own bank account, with a payslip in "
            "English. The following amounts are deducted from the wage each month and paid as "
            "shown:",
        ),
    ]
    for head, body in arts:
        pdf.para(f"**{head}** {body}", 9.5, md=True, after=1.8)
    pdf.grid(
        [
            ["Labor insurance (worker share, statutory)", "702", "Bureau of Labor Insurance"],
            ["National Health Insurance (worker share, statutory)", "443", "NHI Administration"],
            ["Broker service fee, first year", "1,800", "Formosa Link Human Resources"],
            ["Dormitory and utilities", "2,500", "Employer"],
            ["Compulsory savings, returned at end of contract", "5,000", "Held by Employer"],
            ["Income tax", "as required by law", "National Taxation Bureau"],
        ],
        [92, 30, 58],
        size=8.5,
        head=["Item", "TWD per month", "Paid to"],
        bold_first=False,
    )
    arts2 = [
        (
            "Article 6. Meals.",
            "Three meals a day are provided free of charge in the factory canteen.",
        ),
        (
            "Article 7. Travel.",
            "The Employer pays the Worker's air ticket from Manila to Taipei "
            "and the return ticket to Manila at the end of the contract or on early termination "
            "not caused by the Worker.",
        ),
        (
            "Article 8. Placement.",
            "Northstar Pinoy Manpower Services, Inc. shall not collect "
            "any placement fee from the Worker.",
        ),
    ]
    for head, body in arts2:
        pdf.para(f"**{head}** {body}", 9.5, md=True, after=1.8)
    pdf.add_page()
    arts3 = [
        (
            "Article 9. Termination.",
            "Either party may terminate this contract only as provided "
            "in Articles 11, 12, 14 and 15 of the Labor Standards Act. The Employer shall give the "
            "notice and pay the severance required by law. If the Worker is absent without leave "
            "for three consecutive working days, the Employer may terminate the contract and "
            "shall report it to the competent authorities.",
        ),
        (
            "Article 10. Documents.",
            "The Worker keeps her own passport and Alien Resident Certificate at all times.",
        ),
        (
            "Article 11. Leave.",
            "The Worker is entitled to weekly rest days, national holidays "
            "and annual leave as provided by the Labor Standards Act.",
        ),
        (
            "Article 12. Governing law and language.",
            "This contract is governed by the laws of "
            "the Republic of China (Taiwan). It is made in English and Chinese, and both texts are "
            "equally valid.",
        ),
    ]
    for head, body in arts3:
        pdf.para(f"**{head}** {body}", 9.5, md=True, after=1.8)
    pdf.ln(8)
    sig_table(
        pdf,
        [
            ("Employer", "Jade River Precision Electronics Co., Ltd.\nChop / signature"),
            ("Worker", "Maricel Dela Peña Bautista\nSignature"),
            ("Philippine agency", "Northstar Pinoy Manpower Services, Inc."),
        ],
        size=8.5,
        height=26,
    )
    pdf.output(path)


BUILDERS = {
    "ca01.pdf": build_ca01,
    "ca02.pdf": build_ca02,
    "ca03.pdf": build_ca03,
    "ca04.pdf": build_ca04,
    "ca05.pdf": build_ca05,
    "ca06.pdf": build_ca06,
    "ca07.pdf": build_ca07,
    "ca08.pdf": build_ca08,
    "ca09.pdf": build_ca09,
    "ca10.pdf": build_ca10,
    "ca11.pdf": build_ca11,
    "ca12.pdf": build_ca12,
}

# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus left/right half crops (for two-column layouts)."""
    w, h = page.width, page.height
    out = [page.extract_text() or ""]
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(page.crop(box).extract_text() or "")
    return [norm(t) for t in out]


def check(out_dir):
    errors = []
    labels_by_file = {lab["file"]: lab for lab in LABELS}
    for name, lab in labels_by_file.items():
        path = os.path.join(out_dir, name)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{name}: {n} pages, label says {lab['pages']}")
                continue
            texts = {}
            scanned_pages = 0
            for i, page in enumerate(pdf.pages, 1):
                raw = page.extract_text() or ""
                if not page.chars and not raw.strip():
                    scanned_pages += 1
                    if not page.images:
                        errors.append(f"{name} p{i}: no text and no image")
                    continue
                texts[i] = page_texts(page)
            if lab["scanned"]:
                if scanned_pages != 1:
                    errors.append(
                        f"{name}: expected exactly 1 image-only page, found {scanned_pages}"
                    )
            elif scanned_pages:
                errors.append(f"{name}: {scanned_pages} page(s) without text layer")

            def found(pg, phrase, texts=texts):
                return pg in texts and any(norm(phrase) in t for t in texts[pg])

            for fe in lab["fees"]:
                if not found(fe["page"], fe["quote"]):
                    errors.append(f"{name}: quote not on p{fe['page']}: {fe['quote'][:60]}...")
            for pg, phrase in KEY_PHRASES.get(name, []):
                if not found(pg, phrase):
                    errors.append(f"{name}: key phrase not on p{pg}: {phrase}")
            alltext = " ".join(t for v in texts.values() for t in v)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{name}: recruiter name not in text: {r}")
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for name, fn in BUILDERS.items():
        fn(os.path.join(out_dir, name))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = check(out_dir)
    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed) and os.path.abspath(committed) != os.path.abspath(
        os.path.join(out_dir, "labels.json")
    ):
        with (
            open(committed, encoding="utf-8") as a,
            open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as b,
        ):
            if a.read() != b.read():
                errors.append("labels.json in the batch folder differs from the generated one")
    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    print(f"OK: {len(LABELS)} documents and labels.json written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
