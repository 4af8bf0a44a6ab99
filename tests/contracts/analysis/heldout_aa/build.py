"""Build the blind held-out batch "aa": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR

Deterministic: fixed creation date, fixed noise seed for the scanned page. After writing,
every fee quote of a non-scanned document is looked up (whitespace-normalized) in
pdfplumber's text of its labelled page, and every term the labels count as present is looked
up in the document; the script exits non-zero on any mismatch.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
TTF = Path("/usr/share/fonts/truetype")
FONTS = {
    "dv": (
        "dejavu/DejaVuSans.ttf",
        "dejavu/DejaVuSans-Bold.ttf",
        "dejavu/DejaVuSans-Oblique.ttf",
        "dejavu/DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf",
        "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        "dejavu/DejaVuSerif.ttf",
        "dejavu/DejaVuSerif-Bold.ttf",
        "dejavu/DejaVuSerif-Italic.ttf",
        "dejavu/DejaVuSerif-BoldItalic.ttf",
    ),
    "ls": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
        "liberation/LiberationSans-Italic.ttf",
        "liberation/LiberationSans-BoldItalic.ttf",
    ),
    "lsr": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
        "liberation/LiberationSerif-BoldItalic.ttf",
    ),
    "ln": (
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
        "liberation/LiberationSansNarrow-Italic.ttf",
        "liberation/LiberationSansNarrow-BoldItalic.ttf",
    ),
    "ns": (
        "noto/NotoSans-Regular.ttf",
        "noto/NotoSans-Bold.ttf",
        "noto/NotoSans-Italic.ttf",
        "noto/NotoSans-BoldItalic.ttf",
    ),
    "nsr": (
        "noto/NotoSerif-Regular.ttf",
        "noto/NotoSerif-Bold.ttf",
        "noto/NotoSerif-Italic.ttf",
        "noto/NotoSerif-BoldItalic.ttf",
    ),
}
STYLE_IDX = {"": 0, "B": 1, "I": 2, "BI": 3}

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
# taxonomy order, used to sort missing_terms
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


def severity(program: str, category: str, passport_only: bool = False) -> str:
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s: str) -> str:
    return " ".join(s.split())


NL = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


class Doc(FPDF):
    def __init__(
        self,
        file,
        program,
        language,
        doc_type,
        layout,
        *,
        fmt="Letter",
        fam="dv",
        size=10.0,
        margins=(54, 54, 54),
        bottom=54,
        scanned=False,
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.meta = {
            "file": file,
            "program": program,
            "language": language,
            "scanned": scanned,
            "doc_type": doc_type,
            "layout": layout,
        }
        self.fam = fam
        self.size = size
        self._reg: set = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(CREATED)
        self.set_author("heldout_aa")
        self.set_title(file)
        self.fees: list[dict] = []
        self.src: list[str] = []
        self.terms: dict[str, str] = {}
        self.traps: list[str] = []
        self.recruiters: list[str] = []
        self.expect_missing: list[str] = []
        self.hdr = None
        self.ftr = None

    # ---- fonts and page furniture
    def f(self, style="", size=None, fam=None):
        fam = fam or self.fam
        if (fam, style) not in self._reg:
            self.add_font(fam, style, str(TTF / FONTS[fam][STYLE_IDX[style]]))
            self._reg.add((fam, style))
        self.set_font(fam, style, size or self.size)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    def lh(self, size=None):
        return (size or self.size) * 1.32

    # ---- text
    def para(self, text, size=None, style="", align="L", after=4, fam=None, color=None):
        self.f(style, size, fam)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, self.lh(size), text, align=align, **NL)
        if color:
            self.set_text_color(0)
        self.ln(after)
        self.src.append(text)

    def heading(self, text, size=None, after=3, fam=None, color=None, align="L"):
        self.para(
            text,
            size=size or self.size + 1.5,
            style="B",
            after=after,
            fam=fam,
            color=color,
            align=align,
        )

    def lead(self, title, text, size=None, after=4, title_style="B"):
        lh = self.lh(size)
        self.f(title_style, size)
        self.write(lh, title + " ")
        self.f("", size)
        self.write(lh, text)
        self.ln(lh)
        self.ln(after)
        self.src.append(title + " " + text)

    def bullets(self, items, size=None, indent=14, mark="•", after=2):
        lh = self.lh(size)
        x0 = self.l_margin
        for it in items:
            self.f("", size)
            self.set_x(x0)
            self.cell(indent, lh, mark)
            self.set_left_margin(x0 + indent)
            if isinstance(it, tuple):
                self.f("B", size)
                self.write(lh, it[0] + " ")
                self.f("", size)
                self.write(lh, it[1])
                self.ln(lh)
                self.src.append(it[0] + " " + it[1])
            else:
                self.multi_cell(0, lh, it, **NL)
                self.src.append(it)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=None,
        head=True,
        fill=(225, 225, 225),
        borders="ALL",
        after=6,
        bold_first=False,
        lh_factor=1.25,
    ):
        size = size or self.size
        self.f("B", size)
        self.f("", size)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            line_height=size * lh_factor,
            first_row_as_headings=head,
            align="LEFT",
            text_align="LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            borders_layout=borders,
            padding=(2, 4),
        ) as t:
            for i, row in enumerate(rows):
                r = t.row()
                for j, c in enumerate(row):
                    if bold_first and j == 0 and not (head and i == 0):
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(after)
        self.src.extend(" ".join(r) for r in rows)

    # ---- labels
    def fee(
        self,
        category,
        quote,
        amount=None,
        currency=None,
        *,
        passport_only=False,
        group=None,
        page=None,
    ):
        assert category in CATEGORIES, category
        d = {
            "category": category,
            "severity": severity(self.meta["program"], category, passport_only),
            "page": page or self.page_no(),
            "amount": amount,
            "currency": currency,
            "quote": quote,
        }
        if group is not None:
            d["group"] = group
        self.fees.append(d)

    def term(self, **kw):
        for k, v in kw.items():
            assert k in TERM_ORDER, k
            self.terms[k] = v


def band(pdf, left, right, rgb, height=38, size=10):
    pdf.set_fill_color(*rgb)
    pdf.rect(0, 0, pdf.w, height, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.f("B", size)
    pdf.set_xy(pdf.l_margin, (height - size) / 2)
    pdf.cell(0, size, left)
    if right:
        pdf.f("", size - 1)
        pdf.set_xy(pdf.l_margin, (height - size) / 2)
        pdf.cell(0, size, right, align="R")
    pdf.set_text_color(0)
    pdf.set_y(pdf.t_margin)


def page_footer(text, size=7.5):
    def _f(pdf):
        pdf.set_y(-34)
        pdf.f("", size)
        pdf.set_text_color(90)
        pdf.cell(0, 10, text.replace("{p}", str(pdf.page_no())), align="C")
        pdf.set_text_color(0)

    return _f


def signature_row(pdf, names, labels, size=9, gap=18):
    n = len(names)
    w = (pdf.w - pdf.l_margin - pdf.r_margin - gap * (n - 1)) / n
    pdf.ln(26)
    y = pdf.get_y()
    for i in range(n):
        x = pdf.l_margin + i * (w + gap)
        pdf.line(x, y, x + w, y)
    pdf.f("B", size)
    for i, nm in enumerate(names):
        pdf.set_xy(pdf.l_margin + i * (w + gap), y + 2)
        pdf.cell(w, size * 1.3, nm)
    pdf.f("", size - 0.5)
    for i, lb in enumerate(labels):
        pdf.set_xy(pdf.l_margin + i * (w + gap), y + 2 + size * 1.35)
        pdf.cell(w, size * 1.3, lb)
    pdf.set_xy(pdf.l_margin, y + 2 + size * 2.8)
    pdf.ln(4)
    pdf.src.extend(names + labels)


# =====================================================================================
# aa01 - H-2A job order, English, compliant, numbered clauses + worksite grid
# =====================================================================================
def aa01():
    d = Doc(
        "aa01.pdf",
        "h2a",
        "en",
        "job_order",
        "numbered clauses with bold run-in titles; colored header band; attachment page with gridded worksite table and signature lines",
        fam="dv",
        size=9.5,
        margins=(54, 58, 54),
    )
    d.hdr = lambda p: band(
        p, "HALVORSEN RIDGE ORCHARDS LLC", "Clearance Order WA-2026-11873", (38, 94, 52)
    )
    d.ftr = page_footer("H-2A job order WA-2026-11873 · page {p} of {nb}")
    d.add_page()
    d.heading("H-2A AGRICULTURAL JOB ORDER AND WORK CONTRACT", size=14, after=1)
    d.para("2026 apple and pear harvest · Okanogan County, Washington", size=10, style="I", after=6)
    d.para(
        "This job order is the work contract between Halvorsen Ridge Orchards LLC and each H-2A worker hired for the season. Where federal or state law gives the worker more than this document does, the law applies.",
        after=6,
    )
    clauses = [
        (
            "Employer.",
            "Halvorsen Ridge Orchards LLC, 2207 Skookum Flats Road, Tonasket, Washington 98855; telephone (509) 555-0142; hiring contact Ingrid Halvorsen-Pike, personnel manager.",
        ),
        (
            "Position and duties.",
            "Farmworker, tree-fruit harvest (SOC 45-2092; 32 openings). Pick apples and pears by hand into a picking bucket, empty full buckets gently into field bins, carry and set orchard ladders, and, on rain days, work at the packing shed, where workers feed bins onto the dumper and feeder belt and sort out damaged fruit.",
        ),
        (
            "Qualifications.",
            "One full season of hand-harvesting tree fruit is required. Workers must be able to climb and work from a 12-foot ladder and to lift and carry 45 pounds. No diploma, licence or English is required. A post-arrival drug screen may be given; its cost is borne by the employer.",
        ),
        (
            "Place of employment.",
            "The orchard blocks in Okanogan County, Washington listed in Attachment A, all within 14 miles of the camp.",
        ),
        ("Contract period.", "From August 24, 2026 to November 6, 2026."),
        (
            "Hours.",
            "Work is offered Monday through Saturday, normally 6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch, for 48 hours per week. Sunday work is voluntary. Hours may be shorter during weather delays.",
        ),
        (
            "Wage rate.",
            "$20.15 per hour. When picking by the bin, the piece rate is $32.00 per 900-pound field bin; each week the employer compares piece earnings with the hourly rate for all hours worked and pays whichever is higher.",
        ),
        (
            "Rate changes.",
            "If the Adverse Effect Wage Rate, the prevailing wage, or the federal or Washington minimum wage rises above the rate in clause 7 during the season, the higher rate is paid from the day it takes effect.",
        ),
        (
            "Payday.",
            "Wages are paid weekly, every Friday, by check or by direct deposit into an account the worker chooses.",
        ),
        (
            "Pay records.",
            "Each pay envelope includes a written statement of hours offered and worked, bins picked, rates, gross pay, every deduction and net pay, and the employer keeps these records for three years.",
        ),
        (
            "Deductions.",
            "Only these amounts are taken from pay: Social Security and Medicare taxes when they apply, federal income tax if the worker asks for withholding, the Washington Paid Family and Medical Leave premium that state law requires, and, with the worker's signed authorization, the optional meal plan in clause 14. No deduction is ever made for housing, transportation, tools or recruitment.",
        ),
    ]
    for i, (t, x) in enumerate(clauses, 1):
        d.lead(f"{i}. {t}", x)
    clauses2 = [
        (
            "Three-fourths guarantee.",
            "The employer guarantees each worker employment for at least three-fourths of the workdays in the contract period. If that much work is not offered, the worker is paid the difference between what he or she would have earned and what was actually earned.",
        ),
        (
            "Housing.",
            "Housing is provided free of charge at Halvorsen Ridge Camp, 2215 Skookum Flats Road, Tonasket, in cabins licensed by the Washington State Department of Health. No rent, utility charge or deposit is asked for, including for bedding, cookware or keys.",
        ),
        (
            "Meals.",
            "Each cabin cluster has a free kitchen with stoves, refrigerators and cooking utensils. Workers who would rather not cook may sign up for an optional meal plan of three meals a day at $14.75 per day, which is below the maximum daily meal charge set by the U.S. Department of Labor for 2026; a worker may join or leave the plan at any time with one week's notice.",
        ),
        (
            "Travel to the job.",
            "The employer advances the bus ticket from Fresnillo, Zacatecas to Tonasket and pays daily subsistence on the way. The visa application fee, the consular appointment fee and the border-crossing fee are repaid to the worker in full with the first week's wages. Any inbound cost the worker still carries is reimbursed once 50 percent of the contract period is completed.",
        ),
        (
            "Return travel.",
            "Workers who finish the contract, or whose employment ends early for reasons other than voluntary abandonment or dismissal for cause, receive transportation and daily subsistence back to Fresnillo at the employer's expense.",
        ),
        (
            "Daily transportation.",
            "Transportation between the camp and the orchard blocks each workday is free, in company vans with licensed and insured drivers.",
        ),
        (
            "Tools.",
            "Picking buckets, ladders, bin tags, gloves, rain jackets and any other tools needed for the job are supplied at no cost and with no deposit.",
        ),
        (
            "Workers' compensation.",
            "Every worker is covered by workers' compensation insurance under Washington law from the first day of work; the claim procedure and the nearest clinic are posted at the camp office.",
        ),
        (
            "Ending the contract.",
            "A worker who fails to report for work for five consecutive working days without the employer's consent is deemed to have abandoned the job. A worker may be dismissed for cause, such as fighting or repeated refusal to follow safety rules, after a written warning. The employer notifies the Department of Labor and the Department of Homeland Security within two working days of an abandonment or dismissal.",
        ),
        (
            "Act of God.",
            "If fire, flood, hail, frost or another event beyond the employer's control makes the work impossible, the employer may end the contract with the approval of the Certifying Officer. Workers are then paid at least three-fourths of the workdays up to the date of termination and receive return transportation and subsistence, or the employer helps them find other H-2A work.",
        ),
        (
            "Recruitment.",
            "The employer recruits in Mexico through Sierra Madre Enlace Laboral, S.C., of Fresnillo, Zacatecas. The employer pays that agency for all of its work, and the agency has signed an agreement forbidding it, its staff and anyone acting for it to take a fee, gift, loan or favour from any worker. Report any request for money to the personnel office or to the U.S. Department of Labor.",
        ),
        (
            "Papers and free time.",
            "Passports, visas and I-94 records stay with the worker; the employer does not hold them, not even for safekeeping. Camp residents may leave and return at any time and may receive visitors.",
        ),
        (
            "No retaliation.",
            "No worker will be dismissed, blacklisted or denied work next season for making a complaint, for testifying, or for consulting a lawyer, a union or a government office.",
        ),
        (
            "Wear and tear.",
            "Ordinary wear of ladders, buckets and cabins is never charged to workers.",
        ),
        (
            "Language.",
            "Each worker receives this contract in Spanish and in English no later than the day the visa is requested.",
        ),
    ]
    for i, (t, x) in enumerate(clauses2, len(clauses) + 1):
        d.lead(f"{i}. {t}", x)
    d.add_page()
    d.heading("ATTACHMENT A · ORCHARD BLOCKS", size=11, after=4)
    d.grid(
        [
            ["Block", "Crop", "Address", "Miles from camp"],
            [
                "North Bench",
                "Apples (Gala, Fuji)",
                "2290 Skookum Flats Road, Tonasket, WA 98855",
                "1",
            ],
            [
                "Antoine Creek",
                "Apples (Honeycrisp)",
                "61 Antoine Creek Road, Tonasket, WA 98855",
                "6",
            ],
            [
                "Whitestone",
                "Pears (Bartlett, Anjou)",
                "418 Whitestone Lake Road, Tonasket, WA 98855",
                "9",
            ],
            [
                "Ellisforde Flat",
                "Apples (Granny Smith)",
                "1733 Ellisforde Loop, Tonasket, WA 98855",
                "11",
            ],
            ["Chesaw Road", "Pears (Bosc)", "905 Chesaw Road, Oroville, WA 98844", "14"],
        ],
        [90, 120, 230, 64],
        size=8.5,
    )
    d.heading("ATTACHMENT B · SIGNATURES", size=11, after=2)
    d.para(
        "By signing, the employer confirms the terms above and the worker confirms receiving a copy in a language he or she reads.",
        size=9,
    )
    signature_row(
        d,
        ["Ingrid Halvorsen-Pike", "Worker"],
        ["For Halvorsen Ridge Orchards LLC · date", "Name, signature and date"],
    )
    d.term(
        employer_identity="Halvorsen Ridge Orchards LLC, 2207 Skookum Flats Road, Tonasket, Washington 98855",
        job_duties="Farmworker, tree-fruit harvest",
        work_location="orchard blocks in Okanogan County, Washington",
        employment_period="From August 24, 2026 to November 6, 2026",
        hours_of_work="48 hours per week",
        wage_rate="$20.15 per hour",
        wage_adjustment="the higher rate is paid from the day it takes effect",
        pay_frequency="Wages are paid weekly, every Friday",
        deductions="Only these amounts are taken from pay",
        three_fourths_guarantee="at least three-fourths of the workdays in the contract period",
        housing="Housing is provided free of charge at Halvorsen Ridge Camp",
        meals="free kitchen with stoves",
        inbound_transportation="The employer advances the bus ticket from Fresnillo, Zacatecas to Tonasket",
        return_transportation="transportation and daily subsistence back to Fresnillo at the employer's expense",
        daily_transportation="between the camp and the orchard blocks each workday is free",
        tools_provided="supplied at no cost and with no deposit",
        workers_compensation="covered by workers' compensation insurance",
        earnings_statements="written statement of hours offered and worked",
        termination="five consecutive working days",
        contract_impossibility="makes the work impossible",
        job_requirements="One full season of hand-harvesting tree fruit is required",
    )
    d.recruiters = ["Sierra Madre Enlace Laboral, S.C."]
    d.traps = [
        "'feed bins' and 'feeder belt' are job words, not fees",
        "post-arrival drug screen paid by the employer",
        "Washington PFML premium is a statutory payroll deduction (not insurance_cost)",
        "optional H-2A meal plan at $14.75/day, below the DOL cap (lawful meal charge)",
        "'direct deposit' is a pay method, not a deposit or bond",
        "free housing; no deposit for bedding, cookware or keys",
        "visa, appointment and border-crossing fees repaid with first week's wages",
        "tools free, no deposit",
        "recruiter paid by employer and forbidden to take fees (negated recruitment fee)",
        "employer does not hold passports (negated retention)",
        "residents may leave and receive visitors (negated movement restriction)",
        "no blacklisting for complaints (negated)",
        "ordinary wear never charged (negated damage chargeback)",
    ]
    return d


# =====================================================================================
# aa02 - H-2A recruiter agreement, Spanish: fees to recruiter and relative, visa, passport
# =====================================================================================
def aa02():
    d = Doc(
        "aa02.pdf",
        "h2a",
        "es",
        "recruiter_agreement",
        "notarial-style convenio, serif font; CLÁUSULAS in ordinal words; two-column gridded job-terms table; signature lines with fingerprint column",
        fam="lsr",
        size=11,
        margins=(66, 60, 66),
        bottom=60,
    )
    d.ftr = page_footer(
        "Reclutadora Agrícola Huasteca Potosina · Convenio RAHP-2026-0311 · Página {p} de {nb}",
        size=8,
    )
    d.add_page()
    d.heading(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS DE AMÉRICA (VISA H-2A)",
        size=12,
        align="C",
        after=8,
    )
    d.para(
        "En Ciudad Valles, San Luis Potosí, el 9 de febrero de 2026, celebran el presente convenio, por una parte, Reclutadora Agrícola Huasteca Potosina, S.C., representada en este acto por el C. Rogelio Mancilla Terán, a quien en lo sucesivo se denominará «LA GESTORA», y por la otra el C. Eleuterio Hernández Cruz, con domicilio conocido en el ejido Las Palmas, municipio de Tamuín, S.L.P., a quien se denominará «EL ASPIRANTE», al tenor de las siguientes:",
        align="J",
        after=6,
    )
    d.heading("CLÁUSULAS", align="C", after=4)
    d.lead(
        "PRIMERA. Objeto.",
        "LA GESTORA se obliga a integrar el expediente de EL ASPIRANTE y a presentarlo ante Blue Hollow Berry Farms LLC, con domicilio en 3310 Old Savannah Highway, Alma, Georgia 31510, Estados Unidos de América (en adelante «LA GRANJA»), que ha solicitado trabajadores agrícolas temporales con visa H-2A.",
    )
    d.lead(
        "SEGUNDA. Condiciones de trabajo.",
        "Según la orden de trabajo aprobada para LA GRANJA, las condiciones del empleo son las siguientes:",
    )
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Puesto y tareas",
                "Cosechador de arándano: cortar a mano la fruta madura, llenar cubetas y llevar las cajas a la báscula",
            ],
            [
                "Requisitos",
                "Mayor de 18 años; una temporada de experiencia en cosecha de fruta o de hortaliza",
            ],
            ["Lugar de trabajo", "Campos de arándano de LA GRANJA en el condado de Bacon, Georgia"],
            ["Periodo", "Del 20 de abril al 15 de julio de 2026"],
            [
                "Jornada",
                "48 horas por semana, de lunes a sábado, de 6:00 a 14:30 horas con media hora para comer",
            ],
            [
                "Salario",
                "15.41 dólares por hora, o 0.60 dólares por libra si el pago por libra resulta mayor",
            ],
            [
                "Aumentos",
                "Si sube el salario mínimo aplicable (AEWR) durante la temporada, LA GRANJA paga el salario nuevo desde su entrada en vigor",
            ],
            ["Día de pago", "Semanal, cada jueves"],
            [
                "Talón de pago",
                "Cada semana, con horas, libras, salario bruto, descuentos y pago neto",
            ],
            [
                "Descuentos",
                "Solo impuestos federales cuando apliquen y lo que EL ASPIRANTE autorice por escrito",
            ],
            ["Vivienda", "Gratuita, en las casas de LA GRANJA en Alma, Georgia"],
            ["Comida", "Cocina equipada sin costo en cada casa"],
            [
                "Transporte diario",
                "Gratuito, de la vivienda al campo y de regreso, en autobús de LA GRANJA",
            ],
            [
                "Viaje de ida",
                "LA GRANJA reembolsa el autobús de Ciudad Valles a Alma y los alimentos del camino al cumplirse la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por LA GRANJA al terminar el contrato"],
            ["Herramientas", "Cubetas, guantes y tijeras de poda sin costo para el trabajador"],
            [
                "Terminación",
                "Se considera abandono faltar 5 días hábiles seguidos sin aviso; despido solo por causa justificada",
            ],
        ],
        [120, 360],
        size=9.5,
        bold_first=True,
    )
    d.lead(
        "TERCERA. De la aportación de EL ASPIRANTE.",
        "Como apoyo para el trámite, EL ASPIRANTE aportará a LA GESTORA la cantidad de $8,500.00 (ocho mil quinientos pesos 00/100 M.N.) al momento de firmar el presente convenio. Esta aportación no será reembolsable aun cuando la visa sea negada.",
    )
    d.fee(
        "recruitment_fee",
        "Como apoyo para el trámite, EL ASPIRANTE aportará a LA GESTORA la cantidad de $8,500.00 (ocho mil quinientos pesos 00/100 M.N.) al momento de firmar el presente convenio.",
        8500.0,
        "MXN",
    )
    d.lead(
        "CUARTA. Del expediente.",
        "Por la revisión e integración del expediente, EL ASPIRANTE entregará además 1,200 pesos a la señora Amparo Mancilla Terán, hermana del representante de LA GESTORA, quien lo acompañará a la cita consular.",
    )
    d.fee(
        "recruitment_fee",
        "Por la revisión e integración del expediente, EL ASPIRANTE entregará además 1,200 pesos a la señora Amparo Mancilla Terán, hermana del representante de LA GESTORA, quien lo acompañará a la cita consular.",
        1200.0,
        "MXN",
    )
    d.lead(
        "QUINTA. De los derechos consulares.",
        "El derecho de solicitud de visa y la cita en el Consulado General de los Estados Unidos en Monterrey serán cubiertos por EL ASPIRANTE con recursos propios, sin que LA GRANJA ni LA GESTORA los reembolsen. El traslado de Ciudad Valles a Monterrey se proporciona sin costo, en la camioneta de LA GESTORA.",
    )
    d.fee(
        "visa_cost",
        "El derecho de solicitud de visa y la cita en el Consulado General de los Estados Unidos en Monterrey serán cubiertos por EL ASPIRANTE con recursos propios, sin que LA GRANJA ni LA GESTORA los reembolsen.",
    )
    d.lead(
        "SEXTA. Del resguardo de documentos.",
        "Una vez estampada la visa, el pasaporte de EL ASPIRANTE quedará bajo resguardo de LA GESTORA, que lo entregará al mayordomo de LA GRANJA para que lo conserve hasta el término de la temporada.",
    )
    d.fee(
        "document_retention",
        "Una vez estampada la visa, el pasaporte de EL ASPIRANTE quedará bajo resguardo de LA GESTORA, que lo entregará al mayordomo de LA GRANJA para que lo conserve hasta el término de la temporada.",
    )
    d.lead(
        "SÉPTIMA. De la orientación.",
        "La plática de orientación previa al viaje es gratuita y se imparte en las oficinas de LA GESTORA.",
    )
    d.lead(
        "OCTAVA. De las quejas.",
        "EL ASPIRANTE conserva su derecho de acudir ante la PROFEDET, la Secretaría del Trabajo o el consulado, y ninguna queja será motivo para excluirlo de futuras temporadas.",
    )
    d.lead(
        "NOVENA. Jurisdicción.",
        "Para la interpretación y cumplimiento del presente convenio, las partes se someten a los tribunales de Ciudad Valles, S.L.P., renunciando a cualquier otro fuero que pudiera corresponderles.",
    )
    d.para(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman por duplicado.",
        after=2,
    )
    signature_row(
        d,
        ["C. Rogelio Mancilla Terán", "C. Eleuterio Hernández Cruz", "Huella digital"],
        ["Por LA GESTORA", "EL ASPIRANTE", "Pulgar derecho"],
        size=9.5,
    )
    d.term(
        employer_identity="Blue Hollow Berry Farms LLC, con domicilio en 3310 Old Savannah Highway, Alma, Georgia 31510",
        job_duties="Cosechador de arándano",
        work_location="Campos de arándano de LA GRANJA en el condado de Bacon, Georgia",
        employment_period="Del 20 de abril al 15 de julio de 2026",
        hours_of_work="48 horas por semana",
        wage_rate="15.41 dólares por hora",
        wage_adjustment="Si sube el salario mínimo aplicable (AEWR) durante la temporada",
        pay_frequency="Semanal, cada jueves",
        deductions="Solo impuestos federales cuando apliquen",
        housing="Gratuita, en las casas de LA GRANJA",
        meals="Cocina equipada sin costo",
        inbound_transportation="LA GRANJA reembolsa el autobús de Ciudad Valles a Alma",
        return_transportation="Pagado por LA GRANJA al terminar el contrato",
        daily_transportation="Gratuito, de la vivienda al campo y de regreso",
        tools_provided="Cubetas, guantes y tijeras de poda sin costo",
        earnings_statements="Cada semana, con horas, libras, salario bruto, descuentos y pago neto",
        termination="Se considera abandono faltar 5 días hábiles seguidos sin aviso",
        job_requirements="una temporada de experiencia en cosecha de fruta",
    )
    d.expect_missing = ["three_fourths_guarantee", "workers_compensation", "contract_impossibility"]
    d.recruiters = ["Reclutadora Agrícola Huasteca Potosina, S.C."]
    d.traps = [
        "vivienda gratuita (h2a)",
        "cocina sin costo",
        "transporte diario gratuito",
        "autobús de ida reembolsado por LA GRANJA",
        "herramientas sin costo",
        "traslado a Monterrey sin costo",
        "plática de orientación gratuita (no training_cost)",
        "quejas sin exclusión de futuras temporadas (negated blacklisting)",
    ]
    return d


# =====================================================================================
# aa03 - H-2B job order, English; page 2 in two columns
# =====================================================================================
def aa03():
    d = Doc(
        "aa03.pdf",
        "h2b",
        "en",
        "job_order",
        "header band; gridded summary table; page 2 in two text columns with a full-width shaded rules box below; receipt table",
        fam="ls",
        size=9.5,
        margins=(48, 56, 48),
    )
    d.hdr = lambda p: band(
        p, "TIDEWATER POINT SEAFOOD COMPANY, INC.", "H-2B Job Order MD-2026-40217", (24, 48, 96)
    )
    d.ftr = page_footer("Tidewater Point Seafood · job order MD-2026-40217 · {p}/{nb}")
    d.add_page()
    d.heading("JOB ORDER · H-2B TEMPORARY NON-AGRICULTURAL EMPLOYMENT", size=13, after=1)
    d.para("Crab Meat Picker (SOC 51-3022) · 45 openings", style="B", size=10, after=8)
    d.heading("A. Employer", size=10.5)
    d.para(
        "Tidewater Point Seafood Company, Inc., 118 Packinghouse Lane, Deal Island, Maryland 21821. Telephone (410) 555-0196. Plant manager: Dwayne Tolliver.",
        after=6,
    )
    d.heading("B. The offer at a glance", size=10.5)
    d.grid(
        [
            ["Item", "Terms"],
            [
                "Job",
                "Crab meat picker: steamed blue crabs are cracked, picked and sorted into lump, backfin and claw meat; pickers also pack and label containers",
            ],
            [
                "Where",
                "Tidewater Point picking house, 118 Packinghouse Lane, Deal Island, Maryland",
            ],
            ["Dates", "April 6, 2026 to November 20, 2026"],
            ["Schedule", "35 hours a week, Monday to Friday, 5:00 a.m. to 12:00 noon"],
            ["Pay", "$16.54 per hour, or $4.40 per pound of picked meat when that yields more"],
            ["Payday", "Every Friday (weekly)"],
            ["Housing", "Bunkhouse at 120 Packinghouse Lane, free of charge"],
        ],
        [90, 426],
        size=9,
        bold_first=True,
    )
    d.heading("C. Requirements", size=10.5)
    d.para(
        "No experience is needed; the Company trains new pickers on the line during paid hours. Workers must stand for long periods in a cold, wet room and be able to use a crab knife safely.",
        after=6,
    )
    d.heading("D. Recruitment in Mexico", size=10.5)
    d.para(
        "Tidewater Point hires through Golfo Azul Staffing, S.A. de C.V., Tampico, Tamaulipas. All fees of that agency are paid by Tidewater Point; no applicant may be asked for a placement fee, deposit or any other payment.",
        after=6,
    )

    # ---- page 2: two columns
    d.add_page()
    d.heading("TERMS OF EMPLOYMENT", size=12, after=6)
    top = d.get_y()
    gutter = 20
    colw = (d.w - d.l_margin - d.r_margin - gutter) / 2
    lm, rm = d.l_margin, d.r_margin
    cs = 8.5
    # left column
    d.set_right_margin(d.w - lm - colw)
    d.set_xy(lm, top)
    d.heading("Pay guarantees", size=9.5, after=2)
    d.lead(
        "Rate increases.",
        "If the prevailing wage or the federal or Maryland minimum wage rises above the offered rate during the season, the higher rate will be paid from its effective date.",
        size=cs,
        after=3,
    )
    d.lead(
        "Three-fourths guarantee.",
        "Every worker will be offered at least three-fourths of the hours in each 12-week period (6 weeks for the final period), or paid for the hours not offered.",
        size=cs,
        after=3,
    )
    d.lead(
        "Pay statements.",
        "A stub listing hours offered and worked, pounds picked, rates, deductions and net pay comes with each paycheck.",
        size=cs,
        after=3,
    )
    d.lead(
        "Deductions.",
        "Federal and Maryland income tax, Social Security and Medicare; nothing else without the worker's written consent for his or her own benefit.",
        size=cs,
        after=3,
    )
    d.lead(
        "Ending employment.",
        "Five consecutive working days of unexcused absence count as abandonment. Dismissal for cause is preceded by a written warning except for theft or violence.",
        size=cs,
        after=3,
    )
    y_left = d.get_y()
    # right column
    d.set_right_margin(rm)
    d.set_left_margin(lm + colw + gutter)
    d.set_xy(lm + colw + gutter, top)
    d.heading("Travel and visas", size=9.5, after=2)
    d.lead(
        "Coming to Maryland.",
        "The bus fare from Tampico to Deal Island and meals on the road are repaid with the first week's pay.",
        size=cs,
        after=3,
    )
    d.lead(
        "Going home.",
        "A worker who completes the season, or is let go early for a reason other than cause, gets the return fare and road meals.",
        size=cs,
        after=3,
    )
    d.lead(
        "Visa costs.",
        "The visa fee, the appointment fee and the border-crossing fee are repaid in full in the first workweek.",
        size=cs,
        after=3,
    )
    d.heading("Gear", size=9.5, after=2)
    d.lead(
        "Issued free.", "Crab knives, mallets, picking trays, hairnets and boots.", size=cs, after=3
    )
    d.para("Glove and apron deposit: $35, taken from the first paycheck.", size=cs, after=3)
    d.fee(
        "equipment_charge",
        "Glove and apron deposit: $35, taken from the first paycheck.",
        35.0,
        "USD",
    )
    y_right = d.get_y()
    d.set_left_margin(lm)
    d.set_y(max(y_left, y_right) + 8)
    # full-width rules box
    d.set_fill_color(236, 236, 236)
    y0 = d.get_y()
    d.heading("PLANT AND BUNKHOUSE RULES", size=10, after=3)
    rules = [
        "A worker who abandons the job before November 20, 2026 forfeits two weeks' pay as liquidated damages toward the cost of recruiting a replacement.",
        "Bunkhouse residents must be inside by 9:00 p.m. and may not leave Deal Island overnight without a pass signed by the plant supervisor.",
        "Knives, mallets or scales lost or broken through carelessness will be charged to the worker at replacement cost.",
        "Steam kettles, the shell feeder and the conveyor may be operated only by trained staff.",
        "Hearing protection is worn in the cooking room at all times.",
    ]
    d.bullets(rules, size=9, mark="▪")
    d.rect(lm - 6, y0 - 6, d.w - lm - rm + 12, d.get_y() - y0 + 6)
    d.fee("breach_penalty", rules[0])
    d.fee("movement_restriction", rules[1])
    d.fee("damage_chargeback", rules[2])

    # ---- page 3
    d.add_page()
    d.heading("ATTACHMENT · NOTICE TO WORKERS AND RECEIPT", size=11, after=4)
    d.para(
        "The picking house buys live crabs from local watermen and pays the county a dock landing fee for each boat that unloads; workers have no part in these charges."
    )
    d.para(
        "Each worker keeps his or her own passport, visa and identification at all times. Questions about pay may be taken to the plant office, the Maryland Department of Labor or the U.S. Department of Labor, Wage and Hour Division.",
        after=8,
    )
    d.grid(
        [["#", "Worker name", "Signature", "Date"]] + [[str(i), "", "", ""] for i in range(1, 13)],
        [30, 220, 170, 96],
        size=9,
        lh_factor=1.6,
    )
    d.term(
        employer_identity="Tidewater Point Seafood Company, Inc., 118 Packinghouse Lane, Deal Island, Maryland 21821",
        job_duties="Crab meat picker: steamed blue crabs are cracked, picked and sorted",
        work_location="Tidewater Point picking house, 118 Packinghouse Lane, Deal Island, Maryland",
        employment_period="April 6, 2026 to November 20, 2026",
        hours_of_work="35 hours a week",
        wage_rate="$16.54 per hour",
        wage_adjustment="the higher rate will be paid from its effective date",
        pay_frequency="Every Friday (weekly)",
        deductions="Federal and Maryland income tax, Social Security",
        three_fourths_guarantee="three-fourths of the hours in each 12-week period",
        inbound_transportation="The bus fare from Tampico to Deal",
        return_transportation="gets the return fare and",
        visa_reimbursement="The visa fee, the appointment fee and the",
        tools_provided="Crab knives, mallets, picking trays, hairnets and",
        earnings_statements="A stub listing hours offered and worked",
        termination="Five consecutive working days of unexcused absence count as abandonment",
        job_requirements="No experience is needed",
    )
    d.expect_missing = ["overtime", "contract_impossibility"]
    d.recruiters = ["Golfo Azul Staffing, S.A. de C.V."]
    d.traps = [
        "free bunkhouse (h2b)",
        "recruiter fees paid by employer; no placement fee or deposit (negated)",
        "inbound bus and road meals repaid",
        "visa, appointment and border-crossing fees repaid in first workweek",
        "knives, mallets, trays, hairnets and boots issued free",
        "'shell feeder' is machinery, not a fee",
        "dock landing fee paid by the company to the county (third party)",
        "workers keep their passports",
    ]
    return d


# =====================================================================================
# aa04 - H-2B offer letter, English + Spanish, cost schedule with payer column
# =====================================================================================
def aa04():
    d = Doc(
        "aa04.pdf",
        "h2b",
        "en+es",
        "offer_letter",
        "bilingual letter (EN paragraph then ES italic); bulleted bilingual terms; gridded cost schedule with Paid-by column",
        fam="ls",
        size=9.5,
        margins=(40, 40, 40),
    )
    d.ftr = page_footer("Aspen Hollow Mountain Lodge LLC · offer AHL-26-H2B-073 · {p}/{nb}")
    d.add_page()
    d.set_draw_color(120, 40, 40)
    d.set_line_width(2)
    d.para("Aspen Hollow Mountain Lodge LLC", size=16, style="B", after=0, color=(120, 40, 40))
    d.para(
        "740 Timberline Drive, Silver Fork, Colorado 81432 · (970) 555-0118 · hr@aspenhollowlodge.example",
        size=8.5,
        after=2,
    )
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.set_line_width(0.5)
    d.set_draw_color(0)
    d.ln(10)
    d.para("October 5, 2026 / 5 de octubre de 2026", after=6)
    d.para(
        "Ms. / Sra. Marisol Pérez Ortega\nCalle Hidalgo 14, Irapuato, Guanajuato, Mexico / México",
        after=8,
    )
    d.para("H-2B offer: Room Attendant / Oferta H-2B: Camarista", style="B", after=6)
    d.para(
        "Dear Ms. Pérez: Aspen Hollow Mountain Lodge is pleased to offer you seasonal work as a room attendant for the 2026-2027 winter season, on the terms below.",
        after=3,
    )
    d.para(
        "Estimada Sra. Pérez: Aspen Hollow Mountain Lodge tiene el gusto de ofrecerle trabajo de temporada como camarista durante el invierno 2026-2027, en los términos que siguen.",
        style="I",
        after=8,
    )
    d.bullets(
        [
            (
                "Duties / Tareas:",
                "clean and restock guest rooms, make beds, vacuum halls, and take linen to the laundry / limpiar y surtir habitaciones, tender camas, aspirar pasillos y llevar la ropa de cama a la lavandería.",
            ),
            (
                "Workplace / Lugar:",
                "the Lodge at 740 Timberline Drive, Silver Fork, Colorado / el hotel en 740 Timberline Drive, Silver Fork, Colorado.",
            ),
            (
                "Dates / Fechas:",
                "November 23, 2026 to April 11, 2027 / del 23 de noviembre de 2026 al 11 de abril de 2027.",
            ),
            (
                "Hours / Horario:",
                "40 hours a week, five 8-hour shifts between 8:00 a.m. and 6:00 p.m. / 40 horas por semana, cinco turnos de 8 horas entre las 8:00 a.m. y las 6:00 p.m.",
            ),
            ("Pay / Salario:", "$18.25 per hour / 18.25 dólares por hora."),
            (
                "Overtime / Horas extra:",
                "$27.38 per hour after 40 hours in a week / 27.38 dólares por hora después de 40 horas semanales.",
            ),
            (
                "Raises / Aumentos:",
                "if a higher prevailing or minimum wage takes effect, we pay it from that date / si entra en vigor un salario prevaleciente o mínimo más alto, lo pagamos desde esa fecha.",
            ),
            (
                "Payday / Día de pago:",
                "every other Friday (biweekly) / cada dos viernes (quincenal).",
            ),
            (
                "Pay stub / Talón:",
                "each payday, showing hours, rate, deductions and net pay / cada día de pago, con horas, tarifa, descuentos y pago neto.",
            ),
            (
                "Deductions / Descuentos:",
                "taxes, plus the items marked Worker in the cost schedule / impuestos, más los conceptos marcados Trabajador en el cuadro de costos.",
            ),
            (
                "Ending the job / Terminación:",
                "three missed shifts in a row without notice count as abandonment; dismissal only for documented cause / tres turnos seguidos sin avisar se consideran abandono; despido solo por causa documentada.",
            ),
        ],
        after=3,
    )
    d.add_page()
    d.heading("Cost schedule / Cuadro de costos", size=11, after=4)
    rows = [
        ["Item / Concepto", "Paid by / Paga", "Amount / Monto", "How / Forma"],
        [
            "Visa fee / Cuota de visa",
            "Lodge / Hotel",
            "USD 185",
            "Repaid week 1 / Reembolso semana 1",
        ],
        [
            "Bus to Colorado / Autobús a Colorado",
            "Lodge / Hotel",
            "Actual cost / Costo real",
            "Repaid week 1 / Reembolso semana 1",
        ],
        [
            "Road meals / Comidas del viaje",
            "Lodge / Hotel",
            "Per diem / Viáticos",
            "Repaid week 1 / Reembolso semana 1",
        ],
        [
            "Return bus / Autobús de regreso",
            "Lodge / Hotel",
            "Actual cost / Costo real",
            "Paid at end / Pagado al final",
        ],
        ["Cleaning tools, carts / Herramientas", "Lodge / Hotel", "$0", "Provided / Se entregan"],
        ["Staff housing / Vivienda", "Worker / Trabajador", "$105 per week", "Payroll / Nómina"],
        ["Uniform set / Uniforme", "Worker / Trabajador", "$64.00", "1st paycheck / 1er cheque"],
        ["Ski pass / Pase de esquí", "Worker / Trabajador", "$150", "Optional / Opcional"],
    ]
    d.grid(rows, [160, 100, 100, 172], size=8.5, after=8)
    d.fee("housing_charge", " ".join(rows[6]), 105.0, "USD")
    d.fee("equipment_charge", " ".join(rows[7]), 64.0, "USD")
    d.lead(
        "Insurance.",
        "Before your visa appointment you must buy the travel accident policy we use, which costs USD 38 and is paid by you.",
        after=3,
    )
    d.fee(
        "insurance_cost",
        "Before your visa appointment you must buy the travel accident policy we use, which costs USD 38 and is paid by you.",
        38.0,
        "USD",
        group=1,
    )
    d.lead(
        "Seguro.",
        "Antes de su cita consular debe comprar la póliza de accidentes de viaje que usamos, que cuesta 38 dólares y corre por su cuenta.",
        title_style="BI",
        after=8,
    )
    d.fee(
        "insurance_cost",
        "Antes de su cita consular debe comprar la póliza de accidentes de viaje que usamos, que cuesta 38 dólares y corre por su cuenta.",
        38.0,
        "USD",
        group=1,
    )
    d.lead(
        "Recruiter.",
        "Our recruiter in Mexico, Talento Sin Fronteras Bajío, A.C., is paid by the Lodge and may not charge you anything.",
        after=3,
    )
    d.lead(
        "Reclutador.",
        "Nuestro reclutador en México, Talento Sin Fronteras Bajío, A.C., recibe su pago del hotel y no puede cobrarle nada.",
        title_style="BI",
        after=8,
    )
    d.lead(
        "Guests.",
        "Part of your job is to bring guests the items they order from the in-room snack menu; the Lodge bills those charges to the guest's room.",
        after=3,
    )
    d.lead(
        "Huéspedes.",
        "Parte de su trabajo es llevar a los huéspedes lo que pidan del menú de botanas; el hotel carga esos cobros a la cuenta de la habitación.",
        title_style="BI",
        after=10,
    )
    d.para("Please sign and return one copy. / Por favor firme y devuelva una copia.", after=2)
    signature_row(
        d,
        ["Renée Dufresne", "Marisol Pérez Ortega"],
        [
            "Human Resources Director / Directora de Recursos Humanos",
            "Accepted / Acepto · date / fecha",
        ],
    )
    d.term(
        employer_identity="740 Timberline Drive, Silver Fork, Colorado 81432",
        job_duties="clean and restock guest rooms",
        work_location="the Lodge at 740 Timberline Drive",
        employment_period="November 23, 2026 to April 11, 2027",
        hours_of_work="40 hours a week",
        wage_rate="$18.25 per hour",
        wage_adjustment="if a higher prevailing or minimum wage takes effect, we pay it from that date",
        overtime="$27.38 per hour after 40 hours",
        pay_frequency="every other Friday (biweekly)",
        deductions="taxes, plus the items marked Worker in the cost schedule",
        inbound_transportation=" ".join(rows[2]),
        return_transportation=" ".join(rows[4]),
        visa_reimbursement=" ".join(rows[1]),
        tools_provided=" ".join(rows[5]),
        earnings_statements="each payday, showing hours, rate, deductions and net pay",
        termination="three missed shifts in a row without notice count as abandonment",
    )
    d.expect_missing = ["three_fourths_guarantee", "contract_impossibility", "job_requirements"]
    d.recruiters = ["Talento Sin Fronteras Bajío, A.C."]
    d.traps = [
        "visa fee in Lodge-paid row, repaid week 1",
        "bus and road meals repaid (payer column)",
        "return bus paid by employer",
        "cleaning tools $0",
        "optional ski pass (voluntary purchase)",
        "recruiter paid by employer, may not charge (negated)",
        "snack-menu charges billed to guests' rooms (charge to customers)",
    ]
    return d


# =====================================================================================
# aa05 - generic (Philippines to Taiwan) OFW contract + agency undertaking, English, A4
# =====================================================================================
def aa05():
    d = Doc(
        "aa05.pdf",
        "generic",
        "en",
        "ofw_contract",
        "A4; parties grid table; numbered clauses; page 2 annex with lettered worker obligations and signature lines",
        fmt="A4",
        fam="ns",
        size=9.2,
        margins=(50, 50, 50),
    )
    d.ftr = page_footer("Contract No. SBMS-TW-26-0582 · page {p} of {nb}")
    d.add_page()
    d.heading(
        "EMPLOYMENT CONTRACT FOR FILIPINO MANUFACTURING WORKER · TAIWAN",
        size=12.5,
        align="C",
        after=2,
    )
    d.para("Contract No. SBMS-TW-26-0582", align="C", size=9, after=8)
    d.grid(
        [
            ["Party", "Particulars"],
            [
                "Employer",
                "Formosa Lumen Optics Co., Ltd., No. 88, Gongye 3rd Road, Daya District, Taichung City 428, Taiwan",
            ],
            [
                "Worker",
                "Jerome Bautista Macaraeg, born 14 July 1998, of Barangay San Isidro, Tarlac City",
            ],
            ["Passport No.", "P7712034B"],
            [
                "Philippine agency",
                "Silangan Bridge Manpower Services Inc., DMW licence SBMS-0419-LB, 2/F Rosario Building, 1450 Taft Avenue, Ermita, Manila",
            ],
            ["Taiwan broker", "Jade Harbor Human Resources Co., Ltd., Taichung City"],
        ],
        [110, 385],
        size=8.8,
        bold_first=True,
    )
    d.para(
        "The Employer and the Worker voluntarily bind themselves to the following terms and conditions:",
        after=5,
    )
    cl = [
        ("Site of employment.", "The Employer's lens-assembly plant at the address stated above."),
        (
            "Contract duration.",
            "Three (3) years, from 1 June 2026 to 31 May 2029, counted from the Worker's arrival at the jobsite.",
        ),
        (
            "Position and duties.",
            "Production Operator: loads lens blanks into polishing machines, inspects finished lenses under magnification for scratches, and packs approved lenses into trays.",
        ),
        (
            "Basic monthly salary.",
            "NTD 28,590 (twenty-eight thousand five hundred ninety New Taiwan Dollars), and never lower than the Taiwan minimum wage in force.",
        ),
        (
            "Regular working hours.",
            "Eight (8) hours a day, five (5) days a week, with one hour of rest; overtime is voluntary and paid at the rates of the Labor Standards Act.",
        ),
        (
            "Payment of salary.",
            "Monthly, not later than the 10th day of the following month, into a bank account opened in the Worker's name; the passbook and ATM card remain with the Worker.",
        ),
        (
            "Deductions.",
            "Only Taiwan income tax and the Worker's statutory share of Labor Insurance and National Health Insurance premiums may be deducted.",
        ),
        (
            "Food and accommodation.",
            "Meals in the factory canteen and a bed in the company dormitory are provided free of charge.",
        ),
        (
            "Airfare to Taiwan.",
            "The one-way ticket from Manila to Taichung is purchased by the Employer.",
        ),
        (
            "Termination.",
            "Either party may end this contract by giving thirty (30) days' written notice. The Employer may dismiss the Worker without notice only on the grounds listed in Article 12 of the Labor Standards Act, after hearing the Worker's side.",
        ),
        (
            "Broker service fee.",
            "The monthly service fee that Taiwan rules allow a broker to collect is paid by the Employer and shall not be deducted from the Worker's salary.",
        ),
        ("Documents.", "The Worker keeps his own passport and Alien Resident Certificate."),
    ]
    for i, (t, x) in enumerate(cl, 1):
        d.lead(f"{i}. {t}", x, after=3)
    d.add_page()
    d.heading("ANNEX A · AGENCY UNDERTAKING AND WORKER'S OBLIGATIONS", size=11.5, after=2)
    d.para(
        "Executed by the Worker in favour of Silangan Bridge Manpower Services Inc. (the Agency), as an integral part of the contract above.",
        style="I",
        after=6,
    )
    ob = [
        "A processing contribution of PHP 25,000 (twenty-five thousand pesos) shall be settled by the Worker with the Agency before the release of the Overseas Employment Certificate.",
        "The pre-employment medical examination, including chest X-ray and drug test, shall be taken at the Agency's accredited clinic in Ermita for the account of the Worker.",
        "The Worker shall complete the five-day Factory Skills and Basic Mandarin course at the Agency's training centre, for which a training fee of PHP 6,500 is payable upon enrolment.",
        "Should the Worker lack funds for the foregoing, Jade Harbor Human Resources Co., Ltd. will advance the amounts, and the advance shall be recovered through salary deductions of NTD 3,000 per month until fully repaid.",
        "The Pre-Departure Orientation Seminar of the Department of Migrant Workers is attended free of charge.",
        "The Worker shall report to the Agency's Taiwan liaison any change of address in Taiwan.",
    ]
    for i, x in enumerate(ob):
        d.lead(f"{'abcdef'[i]})", x, after=4, title_style="")
    d.fee("recruitment_fee", ob[0], 25000.0, "PHP")
    d.fee("medical_cost", ob[1])
    d.fee("training_cost", ob[2], 6500.0, "PHP")
    d.fee("debt_bondage", ob[3], 3000.0, "TWD")
    d.para("Signed in Manila on 22 April 2026.", after=2)
    signature_row(
        d,
        ["Jerome Bautista Macaraeg", "Silangan Bridge Manpower Services Inc."],
        ["Worker", "By its authorized officer"],
    )
    d.term(
        employer_identity="Formosa Lumen Optics Co., Ltd., No. 88, Gongye 3rd Road",
        worker_identity="Jerome Bautista Macaraeg",
        job_duties="Production Operator: loads lens blanks",
        work_location="lens-assembly plant at the address stated above",
        employment_period="from 1 June 2026 to 31 May 2029",
        hours_of_work="Eight (8) hours a day, five (5) days a week",
        wage_rate="NTD 28,590",
        pay_frequency="Monthly, not later than the 10th day",
        deductions="Only Taiwan income tax",
        termination="thirty (30) days' written notice",
    )
    d.expect_missing = ["return_transportation"]
    d.recruiters = [
        "Silangan Bridge Manpower Services Inc.",
        "Jade Harbor Human Resources Co., Ltd.",
    ]
    d.traps = [
        "statutory Labor Insurance / NHI premiums (not insurance_cost)",
        "free canteen meals and dormitory",
        "employer buys the ticket to Taiwan",
        "Taiwan broker service fee paid by employer, not deducted (negated)",
        "worker keeps passport and ARC",
        "PDOS free of charge (not training_cost)",
        "passbook and ATM card stay with the worker",
    ]
    return d


# =====================================================================================
# aa06 - generic (Guatemala to Canada) recruiter letter, Spanish, SCANNED
# =====================================================================================
def aa06():
    d = Doc(
        "aa06.pdf",
        "generic",
        "es",
        "recruiter_letter",
        "one-page letter on letterhead with a boxed logo; numbered requirements list; SCANNED image-only (200 dpi, slight skew, blur, noise)",
        fam="dvs",
        size=10.2,
        margins=(64, 52, 64),
        scanned=True,
    )
    d.add_page()
    d.set_draw_color(20, 70, 40)
    d.set_line_width(1.5)
    d.rect(d.l_margin, 46, 50, 44)
    d.f("B", 16)
    d.set_xy(d.l_margin, 56)
    d.cell(50, 24, "OLC", align="C")
    d.set_xy(d.l_margin + 60, 48)
    d.f("B", 13)
    d.cell(0, 16, "OPORTUNIDADES LABORALES CUCHUMATANES, S.A.")
    d.set_xy(d.l_margin + 60, 66)
    d.f("", 8.5)
    d.cell(0, 11, "5a. avenida 3-41, zona 1, Huehuetenango · Tel. 7764-5521 · Agencia de empleo")
    d.src.append("OPORTUNIDADES LABORALES CUCHUMATANES, S.A.")
    d.line(d.l_margin, 98, d.w - d.r_margin, 98)
    d.set_line_width(0.5)
    d.set_draw_color(0)
    d.set_y(112)
    d.para("Huehuetenango, 12 de enero de 2026", align="R", after=8)
    d.para(
        "Señor\nBaltazar Domingo Mateo\nAldea Chemal, Todos Santos Cuchumatán, Huehuetenango",
        after=8,
    )
    d.para("Asunto: Selección para trabajo temporal en Canadá", style="B", after=6)
    d.para("Estimado señor Domingo:", after=4)
    d.para(
        "Nos complace informarle que ha sido seleccionado para trabajar en los invernaderos de Les Serres Boréales inc., 2150 rang Saint-Joseph, Saint-Rémi, Québec, Canadá, en la cosecha, el deshoje y el empaque de tomate y pepino.",
        align="J",
    )
    d.para(
        "El contrato será del 15 de marzo al 30 de noviembre de 2026, con jornadas de 45 horas por semana de lunes a sábado, y un salario de CAD 16.10 por hora, que se paga cada dos semanas por depósito bancario. El boleto de avión de ida y la vivienda en la finca corren por cuenta del empleador.",
        align="J",
    )
    d.para("Para completar su viaje debe cumplir con lo siguiente:", after=3)
    items = [
        "Para garantizar que usted cumpla el contrato completo, deberá entregar en nuestra oficina un depósito en garantía de Q3,000.00 antes del 6 de febrero.",
        "Si usted abandona la finca antes de terminar el contrato, ese depósito no se le devolverá y además deberá pagar una multa de dos mil quetzales.",
        "Las personas que presenten quejas ante el consulado o ante el Ministerio de Trabajo quedarán fuera de nuestras listas y se dará aviso a la embajada de Canadá.",
        "Presentarse el 10 de marzo a las 4:00 horas en nuestra oficina con pasaporte vigente y DPI.",
    ]
    for i, x in enumerate(items, 1):
        d.lead(f"{i}.", x, after=3, title_style="B")
    d.para(
        "No cobramos comisión por la selección; el permiso de trabajo y la visa los paga el empleador.",
        after=10,
    )
    d.para("Atentamente,", after=26)
    d.para("Licda. Ana Lucía Recinos Herrera\nCoordinadora de Colocación", after=2)
    d.fee("deposit_or_bond", items[0], 3000.0, "GTQ")
    d.fee("breach_penalty", items[1], 2000.0, "GTQ")
    d.fee("blacklisting_threat", items[2])
    d.term(
        employer_identity="Les Serres Boréales inc., 2150 rang Saint-Joseph, Saint-Rémi, Québec",
        worker_identity="Baltazar Domingo Mateo",
        job_duties="la cosecha, el deshoje y el empaque de tomate y pepino",
        work_location="invernaderos de Les Serres Boréales inc., 2150 rang Saint-Joseph, Saint-Rémi",
        employment_period="del 15 de marzo al 30 de noviembre de 2026",
        hours_of_work="45 horas por semana",
        wage_rate="CAD 16.10 por hora",
        pay_frequency="cada dos semanas",
    )
    d.expect_missing = ["deductions", "return_transportation", "termination"]
    d.recruiters = ["Oportunidades Laborales Cuchumatanes, S.A."]
    d.traps = [
        "'depósito bancario' is a pay method, not a deposit",
        "employer pays inbound ticket and housing",
        "no selection commission; work permit and visa paid by employer (negated)",
    ]
    return d


# =====================================================================================
# aa07 - H-2B work contract as Q&A, Spanish, compliant
# =====================================================================================
def aa07():
    d = Doc(
        "aa07.pdf",
        "h2b",
        "es",
        "work_contract",
        "plain-language Q&A contract (bold questions); gridded summary table at top; signature lines",
        fam="dvc",
        size=9.4,
        margins=(54, 50, 54),
    )
    d.ftr = page_footer("Verdant Acres Landscaping LLC · Orden TX-2026-20455 · página {p} de {nb}")
    d.add_page()
    d.heading(
        "CONTRATO DE TRABAJO H-2B EN PREGUNTAS Y RESPUESTAS",
        size=13.5,
        after=1,
        color=(30, 100, 40),
    )
    d.para(
        "Verdant Acres Landscaping LLC · Temporada 2026 · Orden de trabajo TX-2026-20455",
        size=9,
        after=6,
    )
    d.grid(
        [
            ["Resumen", ""],
            ["Empleador", "Verdant Acres Landscaping LLC, 5120 FM 1385, Celina, Texas 75009"],
            ["Puesto", "Trabajador de jardinería (SOC 37-3011), 24 plazas"],
            ["Fechas", "Del 2 de marzo al 30 de noviembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30"],
            ["Salario", "$16.92 por hora"],
            ["Horas extra", "$25.38 por hora después de 40 horas a la semana"],
            ["Pago", "Cada viernes (semanal)"],
        ],
        [110, 394],
        size=9,
        bold_first=True,
        fill=(210, 232, 210),
    )
    qa = [
        (
            "¿Qué trabajo voy a hacer?",
            "Cortar y orillar el césped, podar arbustos, plantar flores y árboles, extender mantillo y limpiar con sopladora los jardines de los clientes. Cada cuadrilla tiene una cuota diaria de jardines asignados, que el supervisor reparte cada mañana.",
        ),
        (
            "¿Qué se necesita para el puesto?",
            "Tres meses de experiencia en jardinería o trabajo de campo y poder cargar 50 libras. No se pide licencia de manejo ni saber inglés.",
        ),
        (
            "¿Dónde voy a trabajar?",
            "En casas, oficinas y parques de clientes en los condados de Collin y Denton, Texas. Las cuadrillas salen todos los días del patio de la empresa en Celina.",
        ),
        (
            "¿Qué pasa si sube el salario mínimo?",
            "Si durante el contrato sube el salario prevaleciente o el mínimo federal o estatal, la empresa paga el más alto desde la fecha en que entre en vigor.",
        ),
        (
            "¿Me dan comprobante de pago?",
            "Sí. Con cada cheque recibe un talón con las horas ofrecidas y trabajadas, la tarifa, el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "¿Qué me descuentan?",
            "Solo el impuesto federal sobre la renta y las cuotas del Seguro Social y Medicare que marca la ley. Nunca se descuenta nada por herramientas, transporte, vivienda ni reclutamiento.",
        ),
        (
            "¿Cuántas horas me garantizan?",
            "La empresa le ofrecerá trabajo por lo menos por tres cuartas partes de las horas de cada periodo de 12 semanas; si no, le paga las horas que falten.",
        ),
        (
            "¿Quién paga el viaje?",
            "La empresa le reembolsa en la primera semana el autobús desde Monterrey hasta Celina y las comidas del camino. Al terminar el contrato, o si la empresa lo despide antes sin causa, le paga el regreso a Monterrey.",
        ),
        (
            "¿Y la visa?",
            "La cuota de la visa, la cita consular y el permiso de cruce se le reembolsan completos en su primer cheque.",
        ),
        (
            "¿Tengo que pagar algo para que me contraten?",
            "No. Ni la empresa ni su reclutador, Agencia Laboral Río Bravo, S.C., pueden pedirle cuota de inscripción, apartado de lugar ni pago de trámite. La empresa le paga al reclutador por su servicio.",
        ),
        (
            "¿Quién pone las herramientas?",
            "La empresa entrega sin costo podadoras, orilladoras, sopladoras, guantes, lentes, protectores de oído y botas. No se pide depósito.",
        ),
        (
            "¿Y la vivienda?",
            "La empresa no ofrece vivienda. Le damos una lista de departamentos cerca de Celina y usted decide dónde vivir y con quién.",
        ),
        (
            "¿La empresa cobra algo?",
            "La empresa cobra a sus clientes una tarifa mensual de mantenimiento; eso no tiene nada que ver con su salario. Si usted quiere, puede comprar en la oficina gorras con el logotipo a $10; no son parte del uniforme y nadie está obligado.",
        ),
        (
            "¿Qué pasa si dejo el trabajo o me despiden?",
            "Si falta cinco días de trabajo seguidos sin avisar, la empresa considera que abandonó el empleo. Solo puede despedirlo por una causa justificada, como robo o violar las reglas de seguridad, con aviso por escrito. No se cobra ninguna multa ni penalización por renunciar.",
        ),
        (
            "¿Y si no se puede trabajar por un huracán, un incendio u otra causa mayor?",
            "Si la empresa tiene que terminar el contrato antes por una causa que no puede controlar, le paga por lo menos las tres cuartas partes de las horas hasta la fecha de terminación y el regreso a Monterrey, o le ayuda a encontrar otro empleo H-2B.",
        ),
        (
            "¿Quién guarda mi pasaporte?",
            "Usted. La empresa no guarda pasaportes, visas ni identificaciones de nadie.",
        ),
        (
            "¿Puedo quejarme?",
            "Sí. Puede quejarse con la empresa, el Departamento de Trabajo, su consulado o un abogado. Nadie será despedido, puesto en una lista negra ni reportado a migración por quejarse.",
        ),
    ]
    for q, a in qa:
        d.para(q, style="B", after=1, color=(30, 100, 40))
        d.para(a, after=5)
    signature_row(
        d,
        ["Por Verdant Acres Landscaping LLC", "El trabajador"],
        ["Nombre, firma y fecha", "Nombre, firma y fecha"],
    )
    d.term(
        employer_identity="Verdant Acres Landscaping LLC, 5120 FM 1385, Celina, Texas 75009",
        job_duties="Trabajador de jardinería",
        work_location="condados de Collin y Denton, Texas",
        employment_period="Del 2 de marzo al 30 de noviembre de 2026",
        hours_of_work="40 horas por semana",
        wage_rate="$16.92 por hora",
        wage_adjustment="la empresa paga el más alto desde la fecha en que entre en vigor",
        overtime="$25.38 por hora después de 40 horas",
        pay_frequency="Cada viernes (semanal)",
        deductions="Solo el impuesto federal sobre la renta",
        three_fourths_guarantee="tres cuartas partes de las horas de cada periodo de 12 semanas",
        inbound_transportation="reembolsa en la primera semana el autobús desde Monterrey hasta Celina",
        return_transportation="le paga el regreso a Monterrey",
        visa_reimbursement="La cuota de la visa, la cita consular y el permiso de cruce se le reembolsan",
        tools_provided="La empresa entrega sin costo podadoras",
        earnings_statements="un talón con las horas ofrecidas y trabajadas",
        termination="Si falta cinco días de trabajo seguidos sin avisar",
        contract_impossibility="por una causa que no puede controlar",
        job_requirements="Tres meses de experiencia en jardinería",
    )
    d.expect_missing = []
    d.recruiters = ["Agencia Laboral Río Bravo, S.C."]
    d.traps = [
        "'cuota diaria de jardines' is a work quota, not a fee",
        "'cuotas del Seguro Social' are statutory payroll taxes",
        "visa 'cuota' reimbursed in first check",
        "inbound bus repaid in first week; return paid",
        "no cuota de inscripción / apartado / trámite (negated recruitment fee)",
        "tools free, no deposit",
        "no housing offered, no housing charge",
        "maintenance fee charged to customers",
        "optional logo caps at $10 (voluntary purchase)",
        "no fine or penalty for quitting (negated breach penalty)",
        "company keeps no passports",
        "no blacklist or report to immigration for complaints",
    ]
    return d


# =====================================================================================
# aa08 - H-2A worker handbook, English: utilities charge, withholding, blacklist, damage
# =====================================================================================
def aa08():
    d = Doc(
        "aa08.pdf",
        "h2a",
        "en",
        "handbook",
        "worker handbook; numbered sans-serif section headings over serif body; bulleted job-at-a-glance list with bold labels; rule bullets; acknowledgment signature lines",
        fam="lsr",
        size=10.5,
        margins=(60, 56, 60),
    )
    d.ftr = page_footer("Red Clay Produce Farms · Worker Handbook 2026 · {p}", size=8)
    d.add_page()
    d.para(
        "RED CLAY PRODUCE FARMS LLC",
        size=11,
        style="B",
        align="C",
        after=0,
        fam="ls",
        color=(140, 50, 30),
    )
    d.para("WORKER HANDBOOK · 2026 H-2A SEASON", size=17, style="B", align="C", after=2, fam="ls")
    d.para(
        "Keep this handbook. It explains how you are paid and the rules of the camp.",
        style="I",
        align="C",
        after=10,
    )
    d.heading("1. Welcome", fam="ls")
    d.para(
        "Welcome to Red Clay Produce. We have grown tobacco and sweet potatoes near Kinston for three generations, and most of our crew comes back year after year. Read this handbook with your crew leader during your first week.",
        align="J",
    )
    d.heading("2. Your job at a glance", fam="ls")
    d.bullets(
        [
            (
                "Employer:",
                "Red Clay Produce Farms LLC, 6610 Tar River Road, Kinston, North Carolina 28501.",
            ),
            (
                "Job:",
                "Farmworker: transplant and top tobacco, hand-harvest sweet potatoes into buckets, and load bins onto trailers.",
            ),
            ("Experience:", "two months of hand-harvest work; able to lift 50 pounds."),
            ("Where:", "Red Clay Produce farms in Lenoir and Greene counties, North Carolina."),
            ("Season:", "May 4, 2026 to October 30, 2026."),
            (
                "Hours:",
                "Monday to Saturday, about 8 hours a day (7:00 a.m. to 3:30 p.m. with a 30-minute lunch).",
            ),
            (
                "Pay:",
                "$16.05 per hour; if a higher AEWR or minimum wage takes effect, you get the higher rate from that date.",
            ),
            ("Payday:", "every Friday."),
            (
                "Pay stub:",
                "every payday, showing hours offered and worked, rate, earnings and each deduction.",
            ),
            (
                "Deductions:",
                "Social Security and Medicare if they apply, and the utilities contribution in section 4.",
            ),
            ("Housing:", "free camp housing at 6618 Tar River Road, Kinston."),
            ("Meals:", "a free kitchen with stoves and refrigerators in each barracks."),
            ("Daily rides:", "free bus from the camp to the fields and back."),
            ("Going home:", "bus to Monterrey paid by the company when you finish the season."),
            ("Tools:", "hoes, buckets, gloves and rain gear are free."),
            ("Injury:", "workers' compensation insurance covers you from the first day."),
            (
                "Ending work:",
                "missing 5 workdays in a row without notice is job abandonment; dismissal only for cause after a warning.",
            ),
        ],
        size=10,
        after=1,
    )
    d.ln(4)
    d.heading("3. Camp life", fam="ls")
    d.bullets(
        [
            "Quiet hours run from 10 p.m. to 5 a.m. You are free to leave camp and to have visitors whenever you like.",
            "Please do not feed stray dogs or cats around the barracks.",
            "Coffee and ice water are free at the field tent.",
            "Report broken fans, leaks or pests to the camp manager the same day.",
        ],
        size=10,
    )
    d.ln(4)
    d.heading("4. Housing costs and damage", fam="ls")
    h1 = "A utilities contribution of $12.00 per resident per week is taken from each paycheck to help cover electricity, water and propane at the camp."
    h2 = "Residents are responsible for damage to mattresses, doors, screens or appliances beyond normal wear, and the repair cost will come out of their pay."
    d.para(h1, align="J")
    d.fee("housing_charge", h1, 12.0, "USD")
    d.para(h2, align="J")
    d.fee("damage_chargeback", h2)
    d.heading("5. Pay rules", fam="ls")
    w1 = "To encourage crews to stay through the last dig, $1.00 of every hour worked is set aside in a season-completion account and paid out with the final check."
    d.para(w1, align="J")
    d.fee("wage_withholding", w1, 1.0, "USD")
    d.para(
        "Paychecks can be cashed free of charge at Coastal Plain Credit Union in Kinston; the farm bus stops there every Friday evening.",
        align="J",
    )
    d.heading("6. Problems and complaints", fam="ls")
    d.para("Bring problems to your crew leader first; most are fixed the same day.", align="J")
    b1 = "Workers who take complaints to outside agencies or legal aid instead of going through the crew leader will be placed on the do-not-recall list for future seasons."
    d.para(b1, align="J")
    d.fee("blacklisting_threat", b1)
    d.heading("7. Recruitment", fam="ls")
    d.para(
        "Red Clay Produce pays every cost of recruiting you, including the fees of its agent in Mexico, Mano Amiga Agricultural Labor Services LLC. Nobody may ask you for money for this job.",
        align="J",
    )
    d.heading("8. Your papers", fam="ls")
    d.para(
        "Keep your passport and visa with you; the office will not hold them.", align="J", after=10
    )
    d.para("I received this handbook and had it explained to me.", after=2)
    signature_row(
        d, ["Worker", "Crew leader"], ["Name, signature, date", "Name, signature, date"], size=9.5
    )
    d.term(
        employer_identity="Red Clay Produce Farms LLC, 6610 Tar River Road, Kinston, North Carolina 28501",
        job_duties="Farmworker: transplant and top tobacco",
        work_location="farms in Lenoir and Greene counties, North Carolina",
        employment_period="May 4, 2026 to October 30, 2026",
        hours_of_work="about 8 hours a day",
        wage_rate="$16.05 per hour",
        wage_adjustment="you get the higher rate from that date",
        pay_frequency="Payday: every Friday",
        deductions="Social Security and Medicare if they apply, and the utilities contribution",
        housing="free camp housing at 6618 Tar River Road",
        meals="a free kitchen with stoves",
        return_transportation="bus to Monterrey paid by the company when you finish the season",
        daily_transportation="free bus from the camp to the fields and back",
        tools_provided="hoes, buckets, gloves and rain gear are free",
        workers_compensation="workers' compensation insurance covers you",
        earnings_statements="showing hours offered and worked, rate, earnings and each deduction",
        termination="missing 5 workdays in a row without notice is job abandonment",
        job_requirements="two months of hand-harvest work",
    )
    d.expect_missing = [
        "three_fourths_guarantee",
        "inbound_transportation",
        "contract_impossibility",
    ]
    d.recruiters = ["Mano Amiga Agricultural Labor Services LLC"]
    d.traps = [
        "free to leave camp and receive visitors (negated movement restriction)",
        "'feed stray dogs' is not a fee",
        "free coffee ('coffee' contains 'fee')",
        "check cashing free of charge at a credit union",
        "employer pays recruiting costs and agent's fees (negated recruitment fee)",
        "office will not hold passports (negated retention)",
        "free housing, kitchen, daily bus and tools",
    ]
    return d


# =====================================================================================
# aa09 - generic (Kenya to UAE) offer letter, English, compliant
# =====================================================================================
def aa09():
    d = Doc(
        "aa09.pdf",
        "generic",
        "en",
        "offer_letter",
        "A4 letter; teal letterhead band; gridded two-column terms table; annex page with gridded who-pays table",
        fmt="A4",
        fam="nsr",
        size=9.6,
        margins=(52, 74, 52),
    )
    d.hdr = lambda p: band(
        p,
        "AL NOOR BAY HOTEL",
        "Corniche Road West · P.O. Box 47712 · Abu Dhabi · United Arab Emirates",
        (0, 110, 120),
        height=46,
        size=11,
    )
    d.ftr = page_footer("Ref. ANB/HR/OL/2026/1187 · {p}/{nb}")
    d.add_page()
    d.para("3 June 2026\nRef. ANB/HR/OL/2026/1187", after=8)
    d.para("Ms. Faith Wanjiru Kamau\nP.O. Box 1290-10100, Nyeri, Kenya", after=8)
    d.para("Subject: Offer of employment · Commis Waitress", style="B", after=6)
    d.para("Dear Ms. Kamau,", after=4)
    d.para(
        "Following your interview in Nairobi with our recruitment partner, Rift Valley Careers Ltd, we are pleased to offer you employment with Al Noor Bay Hotel LLC on the terms below. This letter and its annex form your employment contract until the standard contract is registered with the Ministry of Human Resources and Emiratisation.",
        align="J",
        after=6,
    )
    d.grid(
        [
            ["Term", "Details"],
            [
                "Employer",
                "Al Noor Bay Hotel LLC, Corniche Road West, P.O. Box 47712, Abu Dhabi, UAE",
            ],
            ["Position", "Commis Waitress, Lagoon Restaurant and Lobby Lounge"],
            [
                "Duties",
                "Greet guests, take orders, serve food and drinks, prepare coffee and tea at the lounge station, reset tables, and present bills to guests for settlement",
            ],
            ["Place of work", "Al Noor Bay Hotel, Corniche Road West, Abu Dhabi"],
            ["Contract period", "Two years, from 1 September 2026 to 31 August 2028"],
            ["Working hours", "8 hours a day, 48 hours a week, with one paid rest day each week"],
            [
                "Basic salary",
                "AED 2,400 per month, plus a share of the service charge collected from guests",
            ],
            [
                "Payment",
                "Monthly, by the 7th of the following month, through the Wage Protection System into your own bank account",
            ],
            [
                "Deductions",
                "None, except deductions permitted by UAE labour law, each shown on your payslip",
            ],
            [
                "Accommodation, meals, transport",
                "Shared staff accommodation, staff bus and three meals on duty days, free of charge",
            ],
            ["Leave", "30 days of paid annual leave each year, with a return ticket to Nairobi"],
            ["End of contract", "Economy ticket to Nairobi paid by the Hotel"],
            [
                "Termination",
                "Either party may end the contract with 30 days' written notice; the Hotel may dismiss without notice only for the serious misconduct listed in the UAE Labour Law, after an investigation in which you are heard",
            ],
        ],
        [130, 361],
        size=8.8,
        bold_first=True,
        fill=(205, 232, 234),
    )
    d.para(
        "Your passport stays with you. Your room has a personal safe-deposit box if you wish to lock it away.",
        after=4,
    )
    d.para(
        "Please confirm your acceptance by signing the annex and returning it to Rift Valley Careers Ltd within fourteen days.",
        after=10,
    )
    d.para("Yours sincerely,", after=22)
    d.para("Layla Haddad\nDirector of Talent and Culture", after=4)
    d.add_page()
    d.heading("Annex 1 · Recruitment and arrival costs", size=11.5, after=4)
    d.para(
        "Every cost of bringing you to Abu Dhabi is paid by the Hotel. You pay nothing to anyone for this job.",
        after=6,
    )
    d.grid(
        [
            ["Item", "Paid by", "Note"],
            [
                "Recruitment agency service",
                "Hotel",
                "Rift Valley Careers Ltd may not accept any payment from you",
            ],
            ["Medical examination (Nairobi and Abu Dhabi)", "Hotel", "Booked by the Hotel"],
            [
                "Entry permit, residence visa, Emirates ID",
                "Hotel",
                "Processed by the Hotel's government-relations team",
            ],
            ["Health insurance", "Hotel", "Card issued on arrival"],
            ["Flight Nairobi to Abu Dhabi", "Hotel", "E-ticket sent with the entry permit"],
            ["Uniforms and laundry", "Hotel", "Issued on day one"],
            ["Induction and food-safety training", "Hotel", "Paid working time"],
        ],
        [200, 70, 221],
        size=8.8,
        fill=(205, 232, 234),
    )
    d.para(
        "If anyone asks you for money for this job, do not pay and write to talent@alnoorbay.example or call +971 2 555 0143.",
        after=4,
    )
    d.para(
        "Optional: staff may buy discounted spa treatments and gym passes at the spa desk. These purchases are voluntary and never deducted from salary.",
        after=12,
    )
    d.para("I accept the offer above.", style="B", after=2)
    signature_row(
        d,
        ["Faith Wanjiru Kamau", "Layla Haddad"],
        ["Signature and date", "For Al Noor Bay Hotel LLC"],
    )
    d.term(
        employer_identity="Al Noor Bay Hotel LLC, Corniche Road West, P.O. Box 47712, Abu Dhabi",
        worker_identity="Ms. Faith Wanjiru Kamau",
        job_duties="Commis Waitress",
        work_location="Place of work Al Noor Bay Hotel, Corniche Road West, Abu Dhabi",
        employment_period="from 1 September 2026 to 31 August 2028",
        hours_of_work="8 hours a day, 48 hours a week",
        wage_rate="AED 2,400 per month",
        pay_frequency="Monthly, by the 7th of the following month",
        deductions="None, except deductions permitted by UAE labour law",
        return_transportation="Economy ticket to Nairobi paid by the Hotel",
        termination="30 days' written notice",
    )
    d.expect_missing = []
    d.recruiters = ["Rift Valley Careers Ltd"]
    d.traps = [
        "'present bills to guests' and 'service charge collected from guests' are job/pay words",
        "'coffee' contains 'fee'",
        "passport stays with worker; 'safe-deposit box' is not a deposit",
        "who-pays annex: agency, medical, visa, insurance, flight, uniforms, training all paid by Hotel",
        "recruiter may not accept payment (negated)",
        "optional spa purchases (voluntary)",
        "free accommodation, meals and transport",
    ]
    return d


# =====================================================================================
# aa10 - generic (Honduras to Canada) contract summary + pay-deduction schedule, Spanish
# =====================================================================================
def aa10():
    d = Doc(
        "aa10.pdf",
        "generic",
        "es",
        "work_contract",
        "contract summary in a gridded table; page 2 pay-deduction schedule (Anexo B) as a 4-column grid; signature lines",
        fam="ln",
        size=10.5,
        margins=(56, 54, 56),
    )
    d.ftr = page_footer(
        "Prairie Gold Meats Ltd. · Contrato PGM-TFW-2026-118 · Hoja {p} de {nb}", size=8
    )
    d.add_page()
    d.heading(
        "CONTRATO INDIVIDUAL DE TRABAJO PARA TRABAJADOR EXTRANJERO TEMPORAL",
        size=13,
        align="C",
        after=1,
    )
    d.para(
        "Programa de Trabajadores Extranjeros Temporales · Alberta, Canadá",
        align="C",
        style="I",
        after=8,
    )
    d.para(
        "Celebran este contrato Prairie Gold Meats Ltd. («EL EMPLEADOR») y Wilmer Orlando Cáceres Paz («EL TRABAJADOR»), con la intervención de Puentes del Norte Empleo Internacional, S. de R.L., agencia con domicilio en la colonia Palmira, Tegucigalpa, Honduras («LA AGENCIA»).",
        align="J",
        after=6,
    )
    d.heading("1. Datos del contrato")
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Prairie Gold Meats Ltd., 4400 12 Street, Brooks, Alberta T1R 0H2, Canadá",
            ],
            ["Trabajador", "Wilmer Orlando Cáceres Paz, de La Ceiba, Atlántida, Honduras"],
            [
                "Puesto",
                "Deshuesador de carne de res (NOC 94141): cortar, deshuesar y recortar piezas en la línea de producción",
            ],
            ["Lugar de trabajo", "Planta de Prairie Gold Meats en Brooks, Alberta"],
            ["Vigencia", "Del 4 de mayo de 2026 al 30 de abril de 2028"],
            ["Jornada", "8 horas diarias, 40 semanales, de lunes a viernes, turno de 6:00 a 14:30"],
            [
                "Salario",
                "CAD 19.50 por hora; horas extra a tiempo y medio después de 8 horas diarias o 44 semanales",
            ],
            ["Pago", "Cada dos semanas, por depósito directo"],
            ["Descuentos", "Los que se detallan en el Anexo B"],
            [
                "Regreso",
                "El boleto de regreso a Tegucigalpa lo paga EL EMPLEADOR al terminar el contrato",
            ],
        ],
        [110, 390],
        size=9.8,
        bold_first=True,
    )
    d.heading("2. Otras condiciones")
    d.para(
        "El examen médico de inmigración, el permiso de trabajo y la tarifa de la evaluación de impacto en el mercado laboral (LMIA) los paga EL EMPLEADOR.",
        align="J",
    )
    d.para(
        "El equipo de protección personal se entrega sin costo y se repone cuando se desgasta.",
        align="J",
    )
    d.para(
        "EL TRABAJADOR conserva en todo momento su pasaporte y su permiso de trabajo.", align="J"
    )
    d.add_page()
    d.heading("ANEXO B · CUADRO DE DESCUENTOS DE NÓMINA", size=12, after=4)
    d.para(
        "EL TRABAJADOR autoriza que de cada pago quincenal se descuenten los conceptos siguientes:",
        after=6,
    )
    rows = [
        ["Concepto", "Monto", "Frecuencia", "Observaciones"],
        ["Impuesto sobre la renta", "Según tablas", "Cada pago", "Retención de ley"],
        ["Seguro de empleo y pensión (EI/CPP)", "Según ley", "Cada pago", "Aportación obligatoria"],
        ["Cuota sindical", "1.5 % del salario", "Cada pago", "Convenio colectivo"],
        ["Alojamiento en casa compartida", "CAD 350", "Mensual", "Cuarto para dos personas"],
        [
            "Comidas en el comedor de la planta",
            "CAD 9.50 por día",
            "Cada pago",
            "Desayuno y almuerzo",
        ],
        ["Boleto aéreo Tegucigalpa-Calgary", "CAD 1,150", "En 10 pagos", "Pasaje de ida"],
        ["Cuota de servicio de la agencia", "CAD 60", "Mensual", "Pago a LA AGENCIA"],
        ["Equipo de protección personal", "CAD 0.00", "No aplica", "Lo paga EL EMPLEADOR"],
    ]
    d.grid(rows, [180, 100, 80, 140], size=9.5, after=8)
    d.fee("housing_charge", " ".join(rows[4]), 350.0, "CAD")
    d.fee("meal_charge", " ".join(rows[5]), 9.5, "CAD")
    d.fee("travel_cost", " ".join(rows[6]), 1150.0, "CAD")
    d.fee("recruitment_fee", " ".join(rows[7]), 60.0, "CAD")
    d.para(
        "Los descuentos de alojamiento y comidas se suspenden el mes en que EL TRABAJADOR deje de usar esos servicios, avisando con quince días de anticipación.",
        align="J",
        after=10,
    )
    d.para("Firmado en Tegucigalpa, Honduras, el 17 de marzo de 2026.", after=2)
    signature_row(
        d,
        ["Prairie Gold Meats Ltd.", "Wilmer Orlando Cáceres Paz", "Puentes del Norte"],
        ["EL EMPLEADOR", "EL TRABAJADOR", "LA AGENCIA"],
    )
    d.term(
        employer_identity="Prairie Gold Meats Ltd., 4400 12 Street, Brooks, Alberta",
        worker_identity="Wilmer Orlando Cáceres Paz",
        job_duties="Deshuesador de carne de res",
        work_location="Planta de Prairie Gold Meats en Brooks, Alberta",
        employment_period="Del 4 de mayo de 2026 al 30 de abril de 2028",
        hours_of_work="8 horas diarias, 40 semanales",
        wage_rate="CAD 19.50 por hora",
        pay_frequency="Cada dos semanas",
        deductions="Impuesto sobre la renta Según tablas",
        return_transportation="El boleto de regreso a Tegucigalpa lo paga EL EMPLEADOR",
    )
    d.expect_missing = ["termination"]
    d.recruiters = ["Puentes del Norte Empleo Internacional, S. de R.L."]
    d.traps = [
        "income tax and EI/CPP are statutory deductions",
        "'cuota sindical' is union dues under a collective agreement, not a recruitment fee",
        "PPE row: CAD 0.00, paid by employer",
        "immigration medical, work permit and LMIA fee paid by employer",
        "'depósito directo' is a pay method",
        "worker keeps passport and permit",
    ]
    return d


# =====================================================================================
# aa11 - H-2A job order / worker guide, English + Spanish, compliant
# =====================================================================================
def aa11():
    d = Doc(
        "aa11.pdf",
        "h2a",
        "en+es",
        "job_order",
        "bilingual job order and guide: numbered bilingual headings, each English paragraph followed by its Spanish version in italics; receipt table",
        fam="dv",
        size=8.9,
        margins=(50, 56, 50),
    )
    d.hdr = lambda p: band(
        p, "SAWGRASS RIDGE CITRUS CO.", "Order / Orden FL-2026-77312", (214, 120, 20)
    )
    d.ftr = page_footer("Sawgrass Ridge Citrus Co. · FL-2026-77312 · {p}/{nb}")
    d.add_page()
    d.heading(
        "H-2A JOB ORDER AND WORKER GUIDE / ORDEN DE TRABAJO H-2A Y GUÍA DEL TRABAJADOR",
        size=12,
        after=1,
    )
    d.para("Season / Temporada 2026-2027", style="I", after=6)
    sec = [
        (
            "1. Employer / Empleador",
            "Sawgrass Ridge Citrus Co., 1840 County Road 630 East, Frostproof, Florida 33843. Phone (863) 555-0127.",
            "Sawgrass Ridge Citrus Co., 1840 County Road 630 East, Frostproof, Florida 33843. Teléfono (863) 555-0127.",
        ),
        (
            "2. The job / El trabajo",
            "Citrus harvest worker. You will pick oranges and grapefruit by hand from ladders into a picking sack, empty the sack into field tubs, and move ladders from tree to tree. Requirements: three months of experience picking fruit by hand and the ability to carry a full sack of about 90 pounds.",
            "Cosechador de cítricos. Usted cortará a mano naranjas y toronjas desde la escalera en una bolsa de cosecha, vaciará la bolsa en las tinas del campo y moverá las escaleras de un árbol a otro. Requisitos: tres meses de experiencia en cosecha manual de fruta y poder cargar una bolsa llena de unas 90 libras.",
        ),
        (
            "3. Place and dates / Lugar y fechas",
            "Groves of Sawgrass Ridge in Polk and Highlands counties, Florida, from November 9, 2026 to May 28, 2027.",
            "Arboledas de Sawgrass Ridge en los condados de Polk y Highlands, Florida, del 9 de noviembre de 2026 al 28 de mayo de 2027.",
        ),
        (
            "4. Hours / Horario",
            "Monday to Saturday, usually 7:30 a.m. to 4:00 p.m., about 45 hours a week. Work on Sunday is never required.",
            "De lunes a sábado, normalmente de 7:30 a.m. a 4:00 p.m., unas 45 horas por semana. Nunca se exige trabajar en domingo.",
        ),
        (
            "5. Pay / Pago",
            "$16.23 per hour, or $1.35 per 90-pound box picked if that gives more for the week. If the AEWR or any minimum wage goes up during the season, the new rate is paid from its effective date. Wages are paid every Thursday, with a pay stub listing hours offered and worked, boxes picked, rates, deductions and net pay.",
            "16.23 dólares por hora, o 1.35 dólares por caja de 90 libras si eso da más en la semana. Si durante la temporada sube el AEWR o algún salario mínimo, la nueva tarifa se paga desde que entra en vigor. Se paga cada jueves, con un talón que muestra las horas ofrecidas y trabajadas, las cajas, las tarifas, los descuentos y el pago neto.",
        ),
        (
            "6. Deductions / Descuentos",
            "Only Social Security and Medicare taxes when required and federal income tax if you ask for it. Nothing is deducted for housing, rides, tools or recruitment.",
            "Solo los impuestos de Seguro Social y Medicare cuando correspondan y el impuesto federal si usted lo pide. No se descuenta nada por vivienda, transporte, herramientas ni reclutamiento.",
        ),
        (
            "7. Guarantee / Garantía",
            "We guarantee you work for at least three-fourths of the workdays of the season. If we offer less, we pay what you would have earned for the missing days.",
            "Le garantizamos trabajo por lo menos en tres cuartas partes de los días laborales de la temporada. Si le ofrecemos menos, le pagamos lo que habría ganado por los días que falten.",
        ),
        (
            "8. Housing and kitchen / Vivienda y cocina",
            "Free housing at the Sawgrass Ridge camp, 1902 County Road 630 East, Frostproof, inspected by the Florida Department of Health. Each unit has a free kitchen with a stove, oven and refrigerator. No deposit is taken for keys, bedding or anything else.",
            "Vivienda gratuita en el campamento de Sawgrass Ridge, 1902 County Road 630 East, Frostproof, inspeccionado por el Departamento de Salud de Florida. Cada unidad tiene cocina gratuita con estufa, horno y refrigerador. No se cobra depósito por llaves, ropa de cama ni nada más.",
        ),
        (
            "9. Travel / Viajes",
            "We repay your bus fare from Poza Rica, Veracruz to Frostproof and your meals on the way in your first paycheck, together with your visa and border-crossing fees. When you finish the season, or if we end your job early without cause, we pay your trip back to Poza Rica. Between camp and the groves you ride free in our buses every day.",
            "Le reembolsamos en su primer cheque el autobús de Poza Rica, Veracruz, a Frostproof y sus comidas del camino, junto con la cuota de visa y el cruce fronterizo. Al terminar la temporada, o si terminamos su trabajo antes sin causa, le pagamos el viaje de regreso a Poza Rica. Entre el campamento y las arboledas viaja gratis todos los días en nuestros autobuses.",
        ),
        (
            "10. Tools / Herramientas",
            "Ladders, picking sacks, gloves and safety glasses are lent free, with no deposit. A ladder that breaks in normal use is replaced without any charge to you.",
            "Escaleras, bolsas de cosecha, guantes y lentes de seguridad se prestan gratis y sin depósito. Si una escalera se rompe por el uso normal, se reemplaza sin ningún cobro para usted.",
        ),
        (
            "11. Injuries / Accidentes",
            "You are covered by Florida workers' compensation insurance from your first day; the company pays the full cost.",
            "Usted está cubierto por el seguro de compensación laboral de Florida desde el primer día; la compañía paga todo el costo.",
        ),
        (
            "12. Leaving the job / Terminación",
            "If you miss five workdays in a row without telling us, we consider that you abandoned the job. We dismiss only for cause, such as violence or theft, and we give the reason in writing.",
            "Si falta cinco días de trabajo seguidos sin avisarnos, consideramos que abandonó el empleo. Solo despedimos por una causa justificada, como violencia o robo, y le damos el motivo por escrito.",
        ),
        (
            "13. Freezes and hurricanes / Heladas y huracanes",
            "If a freeze, hurricane, fire or other event we cannot control makes the harvest impossible, we may end the contract early with the approval of the Department of Labor. You will still receive three-fourths of the workdays up to that date and your trip home, and we will try to place you with another H-2A employer.",
            "Si una helada, un huracán, un incendio u otro hecho que no podemos controlar hace imposible la cosecha, podemos terminar el contrato antes con la aprobación del Departamento de Trabajo. Usted recibirá de todos modos las tres cuartas partes de los días laborales hasta esa fecha y su viaje de regreso, y trataremos de colocarlo con otro empleador H-2A.",
        ),
        (
            "14. Recruitment / Reclutamiento",
            "Our agent in Mexico is Servicios Agrícolas Papantla, S.C. We pay all of its costs. It is forbidden to charge you for a place on the list, for paperwork or for anything else.",
            "Nuestro agente en México es Servicios Agrícolas Papantla, S.C. Nosotros pagamos todos sus costos. Está prohibido cobrarle por un lugar en la lista, por papeleo o por cualquier otra cosa.",
        ),
        (
            "15. Your rights / Sus derechos",
            "You keep your own passport and visa. You may leave the camp whenever you want and have visitors. You may complain to us, to the Department of Labor or to your consulate, and no one will punish you or leave you off next season's list for doing so.",
            "Usted guarda su pasaporte y su visa. Puede salir del campamento cuando quiera y recibir visitas. Puede quejarse con nosotros, con el Departamento de Trabajo o con su consulado, y nadie lo castigará ni lo dejará fuera de la lista de la próxima temporada por hacerlo.",
        ),
        (
            "16. Other charges you may see / Otros cobros que puede ver",
            "The grove owners pay a per-box hauling charge to the trucking company that takes the fruit to the packinghouse. Those are costs between companies; they never come out of your pay.",
            "Los dueños de las arboledas pagan a la compañía de camiones un cargo por caja por llevar la fruta a la empacadora. Son costos entre compañías; nunca salen de su pago.",
        ),
    ]
    for h, en, es in sec:
        d.heading(h, size=9.8, after=2, color=(150, 80, 10))
        d.para(en, after=2)
        d.para(es, style="I", after=6)
    d.add_page()
    d.heading("WORKER RECEIPT / CONSTANCIA DEL TRABAJADOR", size=11, after=3)
    d.para(
        "I received this job order in English and Spanish before my visa appointment. / Recibí esta orden de trabajo en inglés y en español antes de mi cita para la visa.",
        after=8,
    )
    d.grid(
        [["#", "Name / Nombre", "Signature / Firma", "Date / Fecha"]]
        + [[str(i), "", "", ""] for i in range(1, 16)],
        [30, 220, 170, 92],
        size=8.8,
        lh_factor=1.7,
    )
    d.term(
        employer_identity="Sawgrass Ridge Citrus Co., 1840 County Road 630 East, Frostproof, Florida 33843",
        job_duties="Citrus harvest worker. You will pick oranges and grapefruit",
        work_location="Groves of Sawgrass Ridge in Polk and Highlands counties, Florida",
        employment_period="from November 9, 2026 to May 28, 2027",
        hours_of_work="about 45 hours a week",
        wage_rate="$16.23 per hour",
        wage_adjustment="the new rate is paid from its effective date",
        pay_frequency="Wages are paid every Thursday",
        deductions="Only Social Security and Medicare taxes when required",
        three_fourths_guarantee="at least three-fourths of the workdays of the season",
        housing="Free housing at the Sawgrass Ridge camp",
        meals="free kitchen with a stove",
        inbound_transportation="We repay your bus fare from Poza Rica, Veracruz to Frostproof",
        return_transportation="we pay your trip back to Poza Rica",
        daily_transportation="you ride free in our buses every day",
        tools_provided="are lent free, with no deposit",
        workers_compensation="covered by Florida workers' compensation insurance",
        earnings_statements="a pay stub listing hours offered and worked",
        termination="If you miss five workdays in a row without telling us",
        contract_impossibility="makes the harvest impossible",
        job_requirements="three months of experience picking fruit by hand",
    )
    d.expect_missing = []
    d.recruiters = ["Servicios Agrícolas Papantla, S.C."]
    d.traps = [
        "free housing and kitchen, no deposit for keys or bedding",
        "bus, road meals, visa and border-crossing fees repaid in first paycheck",
        "tools lent free, no deposit; broken ladder in normal use not charged (negated damage chargeback)",
        "workers' compensation paid by company",
        "agent paid by employer; charging for list or paperwork forbidden (negated)",
        "free to leave camp; no punishment or exclusion for complaints (negated)",
        "per-box hauling charge paid between companies (third party)",
        "'cuota de visa' is repaid",
    ]
    return d


# =====================================================================================
# aa12 - H-2B recruiter letter + annex, Spanish: fee, travel, medical, passport (review)
# =====================================================================================
def aa12():
    d = Doc(
        "aa12.pdf",
        "h2b",
        "es",
        "recruiter_letter",
        "recruiter letter with text letterhead and rule; bulleted conditions; 'Costos' section in paragraphs; annex page with numbered camp rules and a signature grid",
        fam="ls",
        size=10.3,
        margins=(60, 54, 60),
    )
    d.ftr = page_footer("Gestoría Laboral Guadiana, S.C. · {p}/{nb}", size=8)
    d.add_page()
    d.para("GESTORÍA LABORAL GUADIANA, S.C.", size=15, style="B", after=0, color=(0, 60, 120))
    d.para(
        "Calle Negrete 418 Pte., Zona Centro, Durango, Dgo. · Tel. 618 555 0173", size=8.5, after=2
    )
    d.set_draw_color(0, 60, 120)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.set_draw_color(0)
    d.ln(10)
    d.para("Durango, Dgo., a 10 de noviembre de 2025", align="R", after=8)
    d.para("Estimado candidato:", after=4)
    d.para(
        "Nos da gusto informarle que fue aceptado para trabajar como plantador de árboles con visa H-2B para Piney Woods Reforestation Inc., con domicilio en 902 Mill Creek Road, Monticello, Arkansas 71655, Estados Unidos.",
        align="J",
        after=6,
    )
    d.heading("Condiciones del trabajo", size=11)
    d.bullets(
        [
            (
                "Tareas:",
                "plantar arbolitos de pino con pala, unos 1,500 al día, y cargar las bolsas de planta en el terreno.",
            ),
            ("Lugar:", "terrenos forestales en los condados de Drew, Ashley y Bradley, Arkansas."),
            ("Periodo:", "del 5 de enero al 15 de mayo de 2026."),
            ("Jornada:", "40 horas por semana, de lunes a viernes."),
            (
                "Salario:",
                "15.74 dólares por hora; las horas extra se pagan a 23.61 dólares después de 40 horas.",
            ),
            (
                "Aumentos:",
                "si sube el salario prevaleciente, la empresa paga el nuevo salario desde esa fecha.",
            ),
            ("Pago:", "cada dos semanas, con cheque."),
            ("Descuentos:", "únicamente impuestos y seguro social."),
            (
                "Herramientas:",
                "las palas, las bolsas de plantar y el equipo de lluvia los pone la empresa sin costo.",
            ),
            (
                "Requisitos:",
                "ser mayor de 21 años, tener buena condición física y experiencia en trabajo de campo.",
            ),
            (
                "Regreso:",
                "si termina el contrato, la empresa le paga el autobús de regreso a Durango.",
            ),
            ("Visa:", "la cuota de la visa (MRV) se la reembolsa la empresa en su primer cheque."),
        ],
        after=1,
    )
    d.ln(4)
    d.heading("Costos que usted debe cubrir", size=11)
    c1 = "El costo total del proceso es de USD 450 (cuatrocientos cincuenta dólares), que cubre la gestión de su contratación y el llenado de formularios."
    c2 = "El autobús de Durango a Monterrey, las dos noches de hotel y el traslado al consulado corren por cuenta del trabajador y no se reembolsan."
    c3 = "Antes de viajar deberá presentar examen médico y antidoping del laboratorio que le indiquemos, con un costo de 1 350 pesos."
    c4 = "El pasaporte mexicano lo tramita y lo paga usted directamente en la Secretaría de Relaciones Exteriores."
    d.para(
        c1
        + " La mitad se paga al firmar esta carta y el resto el día de la cita consular, en nuestra oficina o por depósito a la cuenta que le indiquemos.",
        align="J",
    )
    d.fee("recruitment_fee", c1, 450.0, "USD")
    d.para(c2, align="J")
    d.fee("travel_cost", c2)
    d.para(c3, align="J")
    d.fee("medical_cost", c3, 1350.0, "MXN")
    d.para(c4, align="J")
    d.fee("visa_cost", c4, passport_only=True)
    d.add_page()
    d.heading("ANEXO · REGLAS DEL CAMPAMENTO Y DE LA TEMPORADA", size=11.5, after=6)
    rules = [
        "La empresa ofrece un campamento de casas rodantes cerca de Monticello sin costo para los trabajadores.",
        "Si usted falta cinco días seguidos sin avisar, se considera abandono del trabajo; la empresa solo despide por causa justificada.",
        "La empresa lleva a las cuadrillas todos los días del campamento al terreno en sus camionetas.",
        "Nadie puede quitarle su pasaporte ni su visa.",
        "Puede quejarse ante el Departamento de Trabajo sin miedo a represalias.",
    ]
    for i, r in enumerate(rules, 1):
        d.lead(f"{i}.", r, after=4)
    d.ln(6)
    d.para("Favor de firmar de recibido y entregar esta hoja en nuestra oficina.", after=6)
    d.grid(
        [["Nombre del candidato", "Firma", "Fecha"], ["", "", ""]],
        [230, 170, 92],
        size=9.5,
        lh_factor=2.2,
    )
    d.para("Lic. Julio César Valenzuela Ríos\nGestor", after=2)
    d.term(
        employer_identity="Piney Woods Reforestation Inc., con domicilio en 902 Mill Creek Road, Monticello, Arkansas 71655",
        job_duties="plantar arbolitos de pino con pala",
        work_location="terrenos forestales en los condados de Drew, Ashley y Bradley, Arkansas",
        employment_period="del 5 de enero al 15 de mayo de 2026",
        hours_of_work="40 horas por semana",
        wage_rate="15.74 dólares por hora",
        wage_adjustment="la empresa paga el nuevo salario desde esa fecha",
        overtime="las horas extra se pagan a 23.61 dólares después de 40 horas",
        pay_frequency="cada dos semanas, con cheque",
        deductions="únicamente impuestos y seguro social",
        return_transportation="la empresa le paga el autobús de regreso a Durango",
        visa_reimbursement="la cuota de la visa (MRV) se la reembolsa la empresa",
        tools_provided="los pone la empresa sin costo",
        termination="Si usted falta cinco días seguidos sin avisar",
        job_requirements="ser mayor de 21 años",
    )
    d.expect_missing = [
        "inbound_transportation",
        "three_fourths_guarantee",
        "earnings_statements",
        "contract_impossibility",
    ]
    d.recruiters = ["Gestoría Laboral Guadiana, S.C."]
    d.traps = [
        "visa (MRV) fee reimbursed by employer",
        "return bus paid by employer",
        "tools free",
        "free trailer camp and daily rides",
        "'depósito a la cuenta' is how the fee is paid, not a bond",
        "nobody may take passport or visa (negated retention)",
        "complaints without reprisal (negated)",
    ]
    return d


BUILDERS = [aa01, aa02, aa03, aa04, aa05, aa06, aa07, aa08, aa09, aa10, aa11, aa12]


def rasterize(pdf_bytes: bytes, seed: int, dpi: int = 200) -> bytes:
    """Render each page, degrade it like a phone/office scan, embed as an image-only PDF."""
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    out.set_margins(0, 0, 0)
    try:
        for i in range(len(src)):
            page = src[i]
            w, h = page.get_size()
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            rng = np.random.default_rng(seed + i)
            img = img.rotate(0.55, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(0.75))
            arr = np.asarray(img, dtype=np.float32) * 0.9 + 18.0
            arr += rng.normal(0.0, 7.0, arr.shape)
            shade = np.linspace(0.0, 10.0, arr.shape[1], dtype=np.float32)[None, :]
            arr -= shade
            arr = np.clip(arr, 0, 255).astype(np.uint8)
            buf = io.BytesIO()
            Image.fromarray(arr, "L").save(buf, "JPEG", quality=80)
            buf.seek(0)
            out.add_page(format=(w, h))
            out.image(buf, x=0, y=0, w=w, h=h)
            page.close()
    finally:
        src.close()
    return bytes(out.output())


def label_of(d: Doc, pages: int) -> dict:
    prog = d.meta["program"]
    missing = [t for t in TERM_ORDER if t in REQUIRED[prog] and t not in d.terms]
    return {
        "file": d.meta["file"],
        "program": prog,
        "language": d.meta["language"],
        "scanned": d.meta["scanned"],
        "pages": pages,
        "fees": d.fees,
        "missing_terms": missing,
        "recruiters": d.recruiters,
        "traps": d.traps,
        "doc_type": d.meta["doc_type"],
        "layout": d.meta["layout"],
    }


def verify(path: Path, d: Doc, label: dict) -> list[str]:
    errs = []
    name = label["file"]
    with pdfplumber.open(path) as pdf:
        texts = [norm(p.extract_text() or "") for p in pdf.pages]
    if len(texts) != label["pages"] or not 1 <= len(texts) <= 4:
        errs.append(f"{name}: page count {len(texts)} vs label {label['pages']}")
    if label["missing_terms"] != sorted(d.expect_missing, key=TERM_ORDER.index):
        errs.append(
            f"{name}: missing_terms {label['missing_terms']} != intended {d.expect_missing}"
        )
    src = norm(" ".join(d.src))
    if label["scanned"]:
        if any(texts):
            errs.append(f"{name}: scanned document has a text layer")
        hay_pages = None
        hay_all = src
    else:
        hay_pages = texts
        hay_all = " ".join(texts)
    for fee in label["fees"]:
        q = norm(fee["quote"])
        if q not in src:
            errs.append(f"{name}: quote not in source text: {q[:60]}")
        if hay_pages is not None:
            pg = fee["page"]
            if not 1 <= pg <= len(hay_pages) or q not in hay_pages[pg - 1]:
                found = [i + 1 for i, t in enumerate(hay_pages) if q in t]
                errs.append(f"{name}: quote not on page {pg} (found on {found}): {q[:70]}")
    for term, ev in d.terms.items():
        if norm(ev) not in hay_all:
            errs.append(f"{name}: evidence for {term} not found: {ev[:60]}")
    return errs


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels, errors = [], []
    for i, builder in enumerate(BUILDERS):
        d = builder()
        data = bytes(d.output())
        if d.meta["scanned"]:
            data = rasterize(data, seed=4100 + i)
        path = out / d.meta["file"]
        path.write_bytes(data)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        label = label_of(d, pages)
        errors += verify(path, d, label)
        labels.append(label)
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        return 1
    nf = sum(len(lb["fees"]) for lb in labels)
    print(f"wrote {len(labels)} PDFs and labels.json to {out} ({nf} fee labels verified)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
