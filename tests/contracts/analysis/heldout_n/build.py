"""Build the blind held-out batch "n": 12 PDFs (n01.pdf ... n12.pdf) and labels.json.

Usage: python build.py OUT_DIR

Documents imitate how small recruiters and farm offices really write: WhatsApp chats, run-on
rules sheets, informal Spanish without accents, Q&A sheets, price tables without verbs,
bilingual side-by-side clauses and one scanned agreement. Deterministic: fixed creation dates
and seeded noise. Every labelled fee quote is verified with pdfplumber on its labelled page.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
CREATED = datetime(2025, 2, 3, 9, 30, 0, tzinfo=UTC)

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


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------


class Doc(FPDF):
    """FPDF with DejaVu/Noto fonts, optional repeated header/footer callbacks."""

    def __init__(self, fmt="Letter", orientation="P", margins=(18, 16, 18), bottom=18):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        self.set_creator("Microsoft Word")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.hdr = None
        self.ftr = None
        for fam, path in [
            ("sans", DEJAVU / "DejaVuSans"),
            ("cond", DEJAVU / "DejaVuSansCondensed"),
            ("serif", DEJAVU / "DejaVuSerif"),
        ]:
            self.add_font(fam, "", f"{path}.ttf")
            self.add_font(fam, "B", f"{path}-Bold.ttf")
            self.add_font(fam, "I", f"{path}-{'Oblique' if fam != 'serif' else 'Italic'}.ttf")
        self.add_font("mono", "", str(DEJAVU / "DejaVuSansMono.ttf"))
        self.add_font("mono", "B", str(DEJAVU / "DejaVuSansMono-Bold.ttf"))
        self.add_font("noto", "", str(NOTO / "NotoSans-Regular.ttf"))
        self.add_font("noto", "B", str(NOTO / "NotoSans-Bold.ttf"))
        self.add_font("noto", "I", str(NOTO / "NotoSans-Italic.ttf"))
        self.set_font("sans", "", 10)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    # -- text helpers -------------------------------------------------------
    def para(
        self, text, size=10, style="", font=None, lh=None, align="L", w=0, color=(0, 0, 0), gap=1.5
    ):
        self.set_font(font or self.font_family, style, size)
        self.set_text_color(*color)
        self.multi_cell(
            w, lh or size * 0.47, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        if gap:
            self.ln(gap)

    def height_of(self, w, lh, text):
        return self.multi_cell(w, lh, text, dry_run=True, output="HEIGHT")

    def table(
        self,
        rows,
        widths,
        size=9,
        lh=5.2,
        grid=True,
        head=False,
        fill_head=(225, 225, 225),
        font=None,
    ):
        """Rows of single-line cells (so each row reads as one line)."""
        self.set_font(font or self.font_family, "", size)
        for i, row in enumerate(rows):
            bold = head and i == 0
            self.set_font(font or self.font_family, "B" if bold else "", size)
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
            x0 = self.l_margin
            for cell, w in zip(row, widths):
                self.set_xy(x0, self.get_y())
                if bold:
                    self.set_fill_color(*fill_head)
                self.cell(w, lh, cell, border=1 if grid else 0, fill=bold)
                x0 += w
            self.ln(lh)
        self.ln(2)


def pair_columns(pdf, left, right, xl, xr, w, lh, size, font="sans", style="", gap=2.5):
    """Write two aligned paragraphs side by side (bilingual layout)."""
    pdf.set_font(font, style, size)
    h = max(pdf.height_of(w, lh, left), pdf.height_of(w, lh, right))
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(xl, y)
    pdf.multi_cell(w, lh, left, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(xr, y)
    pdf.multi_cell(w, lh, right, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, y + h + gap)


def chat_header(title, subtitle, color=(7, 94, 84)):
    def hdr(pdf):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, pdf.w, 17, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(6, 2.5)
        pdf.set_font("noto", "", 13)
        pdf.cell(6, 7, "<")
        pdf.set_fill_color(200, 200, 200)
        pdf.ellipse(13, 3.5, 9, 9, style="F")
        pdf.set_xy(24, 3)
        pdf.set_font("noto", "B", 10.5)
        pdf.cell(0, 5.5, title)
        pdf.set_xy(24, 8.6)
        pdf.set_font("noto", "", 7.5)
        pdf.cell(0, 4.5, subtitle)
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(236, 229, 221)
        pdf.rect(0, 17, pdf.w, pdf.h - 17, style="F")
        pdf.set_y(22)

    return hdr


def bubble(pdf, text, side, time, size=9.2, maxw=None):
    maxw = maxw or pdf.w * 0.72
    lh = size * 0.5
    pdf.set_font("noto", "", size)
    # shrink bubble to the text when it is short
    tw = pdf.get_string_width(text) + 6
    w = min(maxw, max(tw, 24))
    h = pdf.height_of(w - 5, lh, text) + 7.5
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    x = 5 if side == "in" else pdf.w - 5 - w
    pdf.set_fill_color(*((255, 255, 255) if side == "in" else (220, 248, 198)))
    pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=2)
    pdf.set_xy(x + 2.5, y + 2)
    pdf.set_font("noto", "", size)
    pdf.multi_cell(w - 5, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("noto", "", 6.5)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(x + w - 21, y + h - 5)
    pdf.cell(19, 4, time, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 2.2)


def date_chip(pdf, text):
    pdf.set_font("noto", "", 7.5)
    w = pdf.get_string_width(text) + 8
    y = pdf.get_y()
    pdf.set_fill_color(225, 243, 251)
    pdf.rect((pdf.w - w) / 2, y, w, 6, style="F", round_corners=True, corner_radius=1.5)
    pdf.set_xy((pdf.w - w) / 2, y + 0.5)
    pdf.cell(w, 5, text, align="C")
    pdf.set_y(y + 9)


def fee(category, severity, page, amount, currency, quote, group=None):
    f = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


def label(
    file, program, language, scanned, pages, fees, missing, recruiters, traps, doc_type, layout
):
    order = REQUIRED[program]
    bad = set(missing) - set(order)
    assert not bad, (file, bad)
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": [t for t in order if t in missing],
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# ---------------------------------------------------------------------------
# n01 - H-2A, Spanish WhatsApp chat with a recruiter
# ---------------------------------------------------------------------------


def n01():
    q_fee = "mira para apartar tu lugar son 8 500 pesos, me los depositas a la cuenta de mi prima Rosa Elena en Coppel y me mandas foto del ticket"
    q_visa = "la visa son 185 dolares y el camion hasta monterrey y el hotel de alla corren por tu cuenta, eso no te lo regresan"
    q_pass = "otra cosa, llegando al rancho el mayordomo les recoge el pasaporte a todos y se los da hasta el dia q se regresan, es para q no se pierdan"
    pdf = Doc(fmt=(110, 236), margins=(5, 22, 5), bottom=10)
    pdf.hdr = chat_header("Agencia Laboral Robledo", "en línea")
    pdf.add_page()
    date_chip(pdf, "12 DE ENERO DE 2025")
    msgs = [
        (
            "out",
            "buenas tardes señor, me paso su numero mi compadre Toño de San Juan, dice q anda juntando gente pal norte",
            "9:14 p. m.",
        ),
        (
            "in",
            "q tal amigo, si es cierto aqui es Agencia Laboral Robledo, es con visa H2A para la cosecha de cebolla en Vidalia, Georgia, el trabajo es piscar la cebolla a mano, cortarle el rabo y llenar los costales y las cajas",
            "9:20 p. m.",
        ),
        ("in", "empieza el 7 de abril y se termina el 27 de septiembre del 2025", "9:20 p. m."),
        ("out", "y cuanto pagan la hora", "9:22 p. m."),
        (
            "in",
            "pagan 14.68 dolares la hora, son 40 horas a la semana de lunes a sabado y en cosecha a veces mas, el pago es cada viernes con cheque",
            "9:25 p. m.",
        ),
        ("out", "y donde se queda uno alla", "9:26 p. m."),
        (
            "in",
            "la vivienda es gratis son trailas adentro del rancho, tienen cocina con estufa y refri y cada quien se hace su comida, no se cobra ni la luz ni el gas",
            "9:29 p. m.",
        ),
        ("out", "ok y q papeles ocupo", "9:30 p. m."),
        (
            "in",
            "nomas pasaporte vigente, tener de 21 a 45 años y experiencia de minimo una temporada en el campo",
            "9:31 p. m.",
        ),
        ("out", "y cuanto es lo q se paga", "9:33 p. m."),
        ("in", q_fee, "9:36 p. m."),
        ("in", q_visa, "9:37 p. m."),
        ("out", "y el regreso?", "9:40 p. m."),
        ("in", "al terminar la temporada el patron paga el regreso hasta tu pueblo", "9:41 p. m."),
    ]
    for side, text, t in msgs:
        bubble(pdf, text, side, t)
    msgs2 = [
        ("in", q_pass, "9:44 p. m."),
        ("out", "ah ok, deje junto el dinero y le aviso", "9:47 p. m."),
        (
            "in",
            "sale pero apurate q ya nomas quedan 6 lugares, y no le andes diciendo a nadie el precio",
            "9:48 p. m.",
        ),
    ]
    for side, text, t in msgs2:
        bubble(pdf, text, side, t)
    date_chip(pdf, "14 DE ENERO DE 2025")
    for side, text, t in [
        ("out", "ya le deposite a su prima, ahorita le mando la foto", "11:02 a. m."),
        ("out", "[Foto] ticket_deposito.jpg", "11:03 a. m."),
        (
            "in",
            "recibido, ya quedaste apuntado en la lista, luego te aviso de la cita en el consulado",
            "11:20 a. m.",
        ),
    ]:
        bubble(pdf, text, side, t)
    fees = [
        fee("recruitment_fee", "violation", 2, 8500.0, "MXN", q_fee),
        fee("visa_cost", "violation", 2, 185.0, "USD", q_visa),
        fee("travel_cost", "violation", 2, None, None, q_visa),
        fee("document_retention", "violation", 2, None, None, q_pass),
    ]
    lab = label(
        "n01.pdf",
        "h2a",
        "es",
        False,
        3,
        fees,
        [
            "employer_identity",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Agencia Laboral Robledo"],
        [
            "free trailer housing, 'no se cobra ni la luz ni el gas' (negated utilities)",
            "free kitchen, workers cook for themselves",
            "employer pays the return trip home",
            "recruitment fee paid through a third party (the recruiter's cousin's account)",
            "one message carries two costs: visa fee and bus/hotel to Monterrey",
            "no employer legal name or address anywhere (only 'el rancho')",
        ],
        "whatsapp_chat",
        "phone screenshot of a WhatsApp chat (tall narrow page, green top bar, chat bubbles, date chips)",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n02 - H-2A, English camp rules / pay info typed by the farm office
# ---------------------------------------------------------------------------


def n02():
    q_hold = "We hold back $1.00 from every hour you work and you get it all together in one check at the end of the season."
    q_rent = "Rent for the trailers is $60 a week per person and comes out of your check every Friday, the light bill gets split even between everybody in that trailer."
    q_dmg = "If something gets broke in the trailer that wasnt broke when you moved in, the repair comes out of your pay."
    q_gate = "Nobody leaves the camp after 8pm or on Sundays unless the crew leader says ok, the gate gets locked at 8."
    q_black = "Guys that go complaining to legal aid or the labor people instead of coming to the office first will not be asked back next year."

    pdf = Doc(fmt="Letter", margins=(20, 24, 20), bottom=20)

    def hdr(p):
        p.set_font("mono", "B", 9)
        p.set_xy(20, 9)
        p.cell(0, 5, "HOLLIS CREEK PRODUCE LLC -- CAMP RULES AND PAY INFO 2025 -- READ THIS!!")
        p.line(20, 15, p.w - 20, 15)
        p.set_y(22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("mono", "", 8)
        p.cell(
            0,
            5,
            f"page {p.page_no()} of 3 -- questions? see Darlene in the office, (229) 555-0148",
            align="C",
        )

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    m = "mono"
    pdf.para("WELCOME BACK", 12, "B", m)
    pdf.para(
        "This sheet is for all H-2A workers at Hollis Creek Produce LLC, 4410 Old Mill Rd, Tifton GA 31794 for the season that runs from April 14 2025 thru November 8 2025, work is in our fields in Tift and Worth counties, Georgia, and in the packing shed at the Old Mill Rd farm.",
        9.5,
        font=m,
    )
    pdf.para("YOUR JOB", 10.5, "B", m)
    pdf.para(
        "You will be hand harvesting sweet potatoes and watermelons, loading the bins on the trailers, some hoeing and weeding, and packing shed work when it rains, you need at least 3 months experience harvesting vegetables by hand and be able to lift 50 lbs all day.",
        9.5,
        font=m,
    )
    pdf.para("PAY", 10.5, "B", m)
    pdf.para(
        "Pay is $14.68 an hour. Work is 40 hours a week most weeks Mon-Sat, start 6:30am, some weeks more in harvest. We pay every Friday, your check stub shows hours worked, hours offered, the rate, what you earned and every deduction.",
        9.5,
        font=m,
    )
    pdf.para(
        "Deductions taken out: federal and state income tax if you signed the W-4, child support if a court ordered it, and the rent below.",
        9.5,
        font=m,
    )
    pdf.para(q_hold, 9.5, font=m)
    pdf.para(
        "If you want your check cashed Darlene can do it Friday afternoon no charge, dont pay the store on 82 to cash it.",
        9.5,
        font=m,
    )
    pdf.para("RIDES / TRAVEL", 10.5, "B", m)
    pdf.para(
        "Your bus ticket from Monterrey and food on the trip gets paid back to you on the first check, and when you finish the season we buy your ticket home. The farm bus takes everybody from camp to the fields and back every day, no charge.",
        9.5,
        font=m,
    )
    pdf.add_page()
    pdf.para("HOUSING", 10.5, "B", m)
    pdf.para(
        "You stay in the trailers at the Old Mill Rd camp, 4 men to a trailer, each trailer has a kitchen, shower and washer.",
        9.5,
        font=m,
    )
    pdf.para(q_rent, 9.5, font=m)
    pdf.para(q_dmg, 9.5, font=m)
    pdf.para("CAMP RULES", 10.5, "B", m)
    rules = [
        "1. No alcohol in the fields or on the bus.",
        "2. Lights out 10:30pm on work nights.",
        "3. " + q_gate,
        "4. Visitors in the common area only, out by 8pm.",
        "5. Keep the kitchen clean, trash goes to the dumpster by the shed not behind the trailers.",
        "6. No cooking on the porch, no space heaters.",
    ]
    for r in rules:
        pdf.para(r, 9.5, font=m, gap=0.8)
    pdf.ln(2)
    pdf.para("MEALS", 10.5, "B", m)
    pdf.para(
        "There is a full kitchen in every trailer free to use, or Miss Alma sells lunch plates at the shed for $15.00 a day if you want them, nobody has to buy them.",
        9.5,
        font=m,
    )
    pdf.para("TOOLS", 10.5, "B", m)
    pdf.para(
        "Knives, hoes, buckets and gloves are given out free, turn them back in at the end of the season.",
        9.5,
        font=m,
    )
    pdf.add_page()
    pdf.para("LEAVING / GETTING FIRED", 10.5, "B", m)
    pdf.para(
        "If you miss 5 work days in a row without telling the office we count that as you abandoned the job, and if you get fired for fighting, stealing or drinking on the job you pay your own way home.",
        9.5,
        font=m,
    )
    pdf.para("COMPLAINTS", 10.5, "B", m)
    pdf.para("Problems with pay or housing come to the office first, we will fix it.", 9.5, font=m)
    pdf.para(q_black, 9.5, font=m)
    pdf.ln(6)
    pdf.para("I read this sheet or somebody read it to me.", 9.5, font=m)
    pdf.ln(4)
    pdf.para(
        "Name: ____________________________   Signature: ____________________   Date: ________",
        9.5,
        font=m,
    )
    fees = [
        fee("wage_withholding", "violation", 1, 1.0, "USD", q_hold),
        fee("housing_charge", "violation", 2, 60.0, "USD", q_rent),
        fee("damage_chargeback", "review", 2, None, None, q_dmg),
        fee("movement_restriction", "violation", 2, None, None, q_gate),
        fee("blacklisting_threat", "violation", 3, None, None, q_black),
    ]
    lab = label(
        "n02.pdf",
        "h2a",
        "en",
        False,
        3,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "contract_impossibility",
        ],
        [],
        [
            "lawful h2a meal charge within the cap ($15.00/day lunch plates, optional)",
            "free check cashing ('no charge')",
            "inbound bus and trip food paid back on first check; ticket home bought by farm",
            "free daily farm bus ('no charge')",
            "tools given out free",
            "worker fired for cause pays own way home (lawful H-2A termination rule, not a fee)",
            "'loading the bins' is a job duty",
        ],
        "house_rules",
        "typewriter-style mono font; repeated header and 'page x of 3' footer; run-on paragraphs; numbered camp rules",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n03 - H-2A, Spanish Q&A from the farm office (compliant)
# ---------------------------------------------------------------------------


def n03():
    pdf = Doc(fmt="Letter", margins=(20, 16, 20), bottom=18)

    def ftr(p):
        p.set_y(-13)
        p.set_font("noto", "I", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            f"Tamez Brothers Farms LLC  -  Preguntas y respuestas temporada 2025  -  hoja {p.page_no()}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_font("noto", "B", 15)
    pdf.cell(
        0, 8, "PREGUNTAS Y RESPUESTAS - TRABAJO H-2A 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.para(
        "Lealo con calma o pida que se lo lean. Esto es parte de su contrato de trabajo (orden de trabajo).",
        9,
        "I",
        "noto",
    )
    pdf.table(
        [
            ["Patron:", "Tamez Brothers Farms LLC"],
            ["Lugar:", "Condado de Deaf Smith, Texas"],
            ["Fechas:", "1 de mayo al 15 de noviembre de 2025"],
            ["Pago:", "$15.14 la hora, cada viernes"],
        ],
        [30, 120],
        size=9.5,
        lh=5.5,
        grid=False,
        font="noto",
    )
    qa = [
        (
            "¿Quien es el patron?",
            "Tamez Brothers Farms LLC, 2650 FM 1057, Hereford, Texas 79045. Telefono de la oficina (806) 555-0132, pregunte por Lupita.",
        ),
        (
            "¿Donde voy a trabajar?",
            "En los campos de la compañia en el condado de Deaf Smith, Texas, alrededor de Hereford, y en la bodega de empaque de la misma direccion.",
        ),
        (
            "¿De que es el trabajo?",
            "Cosechar cebolla y papa a mano, depositar la cebolla en los bins al final de cada surco, deshierbar con azadon, cambiar tubos de riego y ayudar en la bodega de empaque.",
        ),
        (
            "¿Que piden?",
            "Minimo 3 meses de experiencia en cosecha a mano y poder levantar 50 libras. No se pide ingles ni estudios.",
        ),
        ("¿Cuando empieza y cuando termina?", "Del 1 de mayo de 2025 al 15 de noviembre de 2025."),
        (
            "¿Cuantas horas son?",
            "40 horas por semana, de lunes a viernes de 7:00 am a 3:30 pm con 30 minutos para comer. En cosecha a veces se trabaja el sabado.",
        ),
        (
            "¿Cuanto pagan?",
            "$15.14 la hora. Si el AEWR, el salario prevaleciente o el minimo federal o estatal sube y queda mas alto, se les paga el mas alto desde ese dia.",
        ),
        (
            "¿Cada cuando pagan?",
            "Cada semana, los viernes. Con cada cheque le damos un talon que dice las horas trabajadas, las horas ofrecidas, el pago por hora, el total ganado y cada descuento.",
        ),
        (
            "¿Que me descuentan?",
            "Solo lo que marca la ley: impuesto federal sobre la renta si usted lo pide por escrito, y pension alimenticia si hay orden de un juez. No se descuenta la casa, ni el transporte, ni las herramientas.",
        ),
        (
            "¿Me van a cobrar por el trabajo o por la visa?",
            "No. Nadie le puede cobrar por ser contratado. La compañia no usa reclutadores ni enganchadores; si alguien le pide dinero por este trabajo, llamenos. La compañia paga la visa y se la reembolsa en el primer cheque junto con el pasaje.",
        ),
        (
            "¿Y la vivienda?",
            "Es gratis. Son casas de la compañia en 410 Progress Rd, Hereford, inspeccionadas, con cocina, regadera y lavadora, sin renta, sin deposito y sin cobro de luz ni agua.",
        ),
        (
            "¿Y la comida?",
            "Cada casa tiene cocina gratis con estufa y refrigerador para que cocinen. Si quiere, la señora del comedor vende comida a $14.00 por dia, es opcional.",
        ),
        (
            "¿Quien paga el viaje?",
            "El camion desde su pueblo hasta Hereford y la comida del camino se los reembolsamos completos en el primer cheque. Al terminar el contrato la compañia paga el regreso hasta su casa.",
        ),
        (
            "¿Como llego al campo cada dia?",
            "Gratis, en camionetas de la compañia, todos los dias, de la casa al campo y de regreso.",
        ),
        (
            "¿Y las herramientas?",
            "Azadones, cuchillos, guantes, cubetas y botas de hule se dan gratis y sin deposito.",
        ),
        (
            "¿Y si me lastimo?",
            "Todos tienen seguro de compensacion al trabajador (workers' compensation) pagado por la compañia con Texas Mutual. Usted no paga nada.",
        ),
        (
            "¿Cuanto trabajo me garantizan?",
            "Le garantizamos trabajo por lo menos las 3/4 (tres cuartas partes) de las horas de los dias de trabajo del contrato; si le ofrecemos menos, le pagamos la diferencia.",
        ),
        (
            "¿Y si me quiero ir antes o me corren?",
            "Si falta 5 dias de trabajo seguidos sin avisar se considera que abandono el trabajo; si lo despiden por causa justificada (pelear, robar, tomar en el trabajo) no se le paga la garantia de 3/4 ni el regreso. No hay multa ni cobro por irse antes.",
        ),
        (
            "¿Y si hay granizo o se inunda?",
            "Si un incendio, inundacion, granizo u otra causa que no depende del patron hace imposible seguir, el contrato se puede terminar; se le paga la garantia de 3/4 hasta ese dia y el regreso a su casa.",
        ),
        (
            "¿Me van a quitar el pasaporte?",
            "No. Usted guarda su pasaporte y sus papeles todo el tiempo.",
        ),
        (
            "¿Puedo salir de la casa?",
            "Si, en su tiempo libre puede ir a donde quiera, nadie le cierra la puerta.",
        ),
        (
            "¿Y si me quejo?",
            "Puede quejarse con nosotros o con el Departamento de Trabajo; nadie lo va a poner en una lista negra ni le van a negar trabajo el otro año por eso.",
        ),
    ]
    for q, a in qa:
        if pdf.get_y() + 16 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.para(q, 10, "B", "noto", gap=0.5)
        pdf.para(a, 9.5, "", "noto", gap=2.2)
    pdf.ln(4)
    pdf.para(
        "Firma del trabajador: _______________________      Fecha: ____________", 9.5, font="noto"
    )
    lab = label(
        "n03.pdf",
        "h2a",
        "es",
        False,
        2,
        [],
        [],
        [],
        [
            "'depositar la cebolla en los bins' is a job duty, not a deposit",
            "free housing: 'sin renta, sin deposito y sin cobro de luz ni agua' (negated charges)",
            "lawful h2a meal charge within the cap ($14.00/day, optional) plus free kitchen",
            "negated deductions for housing, transport and tools",
            "nobody may charge for being hired; company uses no recruiters",
            "visa and trip reimbursed in the first paycheck",
            "tools free and without deposit",
            "workers' compensation paid by the company",
            "no fine for leaving early (negated breach penalty)",
            "worker keeps passport; free to leave the house; no blacklist for complaints",
        ],
        "faq_job_order",
        "plain-language Q&A (bold questions, informal Spanish without accents); borderless summary table at top; footer each page",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n04 - H-2A, Guatemalan recruiter guarantee agreement (scanned)
# ---------------------------------------------------------------------------


def n04():
    q_dep = "LA PERSONA TRABAJADORA entregara a EL RECLUTADOR la cantidad de TRES MIL QUETZALES (Q3,000.00) como deposito de garantia, que se le devolvera solo si cumple todo el contrato."
    q_note = "Ademas firmara un pagare en blanco a favor de EL RECLUTADOR, que se le regresara a su vuelta a Guatemala."
    q_loan = "Si LA PERSONA TRABAJADORA no tiene para el deposito, EL RECLUTADOR se lo presta y ella se lo devolvera desde Estados Unidos con un interes del 5% mensual, mandando giros cada quincena de lo que gane."
    q_pen = "Si LA PERSONA TRABAJADORA se regresa a Guatemala antes de terminar la temporada, perdera el deposito de garantia y pagara ademas una multa de Q2,000.00 a EL RECLUTADOR."
    pdf = Doc(fmt="Letter", margins=(22, 18, 22), bottom=20)
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(
        0, 7, "SERVICIOS LABORALES DEL ALTIPLANO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("serif", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "4a. Calle 12-30 Zona 3, Quetzaltenango  -  Tel. 7761-0000",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_font("serif", "B", 11.5)
    pdf.cell(
        0,
        6,
        "CONVENIO DE GARANTIA Y COLOCACION - PROGRAMA H-2A 2025",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.para(
        "En la ciudad de Quetzaltenango, el dia veinte de enero de dos mil veinticinco, comparecen por una parte SERVICIOS LABORALES DEL ALTIPLANO, a quien en adelante se le llamara EL RECLUTADOR, y por la otra la persona cuyos datos aparecen abajo, a quien se le llamara LA PERSONA TRABAJADORA, y convienen lo siguiente:",
        9.5,
        font="serif",
    )
    pdf.table(
        [
            ["Nombre de la persona trabajadora:", "Marta Elena Coyoy Ixcot"],
            ["DPI:", "2587 41236 0901"],
            ["Patron en Estados Unidos:", "Blue Pines Farms LLC, 1880 Hwy 32 East, Alma, GA 31510"],
            ["Puesto:", "Trabajador agricola - cosecha de arandano a mano"],
            ["Lugar de trabajo:", "Alma, condado de Bacon, Georgia, EE.UU."],
            ["Periodo:", "1 de abril de 2025 al 30 de junio de 2025"],
            ["Horario:", "40 horas semanales, lunes a sabado"],
            ["Salario:", "US$14.68 por hora, pago semanal"],
            ["Vivienda:", "gratuita, en el rancho del patron"],
            ["Comida:", "cocina equipada sin costo para cocinar"],
            ["Viaje:", "el patron paga el viaje de ida y el de regreso"],
            [
                "Requisitos:",
                "20 a 45 años, experiencia en corte de cafe o fruta, pasaporte vigente",
            ],
        ],
        [58, 114],
        size=8.8,
        lh=6,
        grid=True,
        font="serif",
    )
    pdf.para("PRIMERA. EL RECLUTADOR no cobra comision por la colocacion.", 9.5, font="serif")
    pdf.para("SEGUNDA. " + q_dep + " " + q_note, 9.5, font="serif")
    pdf.para("TERCERA. " + q_loan, 9.5, font="serif")
    pdf.para(
        "CUARTA. EL RECLUTADOR se encarga de llenar la solicitud de visa, de sacar la cita en la Embajada de los Estados Unidos en la Ciudad de Guatemala y de acompañar al grupo el dia de la entrevista. LA PERSONA TRABAJADORA se presentara puntualmente en las oficinas de EL RECLUTADOR el dia que se le indique, con su pasaporte vigente, su DPI y dos fotografias recientes.",
        9.5,
        font="serif",
    )
    pdf.para(
        "QUINTA. LA PERSONA TRABAJADORA declara que goza de buena salud, que no tiene antecedentes penales ni ha sido deportada de los Estados Unidos, y que toda la informacion que proporciono es verdadera. Si se descubre que mintio, EL RECLUTADOR la retirara del grupo.",
        9.5,
        font="serif",
    )
    pdf.para(
        "SEXTA. EL RECLUTADOR entregara a LA PERSONA TRABAJADORA una copia de la orden de trabajo del patron antes de la salida y le explicara en una platica de grupo las reglas del rancho y del viaje.",
        9.5,
        font="serif",
    )
    pdf.para("SEPTIMA. " + q_pen, 9.5, font="serif")
    pdf.para(
        "OCTAVA. LA PERSONA TRABAJADORA conserva su pasaporte y su DPI en todo momento. EL RECLUTADOR le avisara la fecha de la cita consular y la fecha de salida con ocho dias de anticipacion.",
        9.5,
        font="serif",
    )
    pdf.para(
        "NOVENA. Ambas partes aceptan el contenido de este convenio y lo firman de conformidad en dos ejemplares, quedando uno en poder de cada parte.",
        9.5,
        font="serif",
    )
    pdf.ln(6)
    y = pdf.get_y() + 28
    pdf.line(26, y, 80, y)
    pdf.line(92, y, 146, y)
    pdf.rect(160, y - 30, 26, 30)
    pdf.set_font("serif", "", 7)
    pdf.set_xy(160, y + 1)
    pdf.cell(26, 4, "huella", align="C")
    pdf.set_font("serif", "", 8.5)
    pdf.set_xy(26, y + 1)
    pdf.cell(54, 5, "EL RECLUTADOR", align="C")
    pdf.set_xy(92, y + 1)
    pdf.cell(54, 5, "LA PERSONA TRABAJADORA", align="C")
    fees = [
        fee("deposit_or_bond", "violation", 1, 3000.0, "GTQ", q_dep),
        fee("deposit_or_bond", "violation", 1, None, None, q_note),
        fee("debt_bondage", "violation", 1, None, None, q_loan),
        fee("breach_penalty", "violation", 1, 2000.0, "GTQ", q_pen),
    ]
    lab = label(
        "n04.pdf",
        "h2a",
        "es",
        True,
        2,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Servicios Laborales del Altiplano"],
        [
            "'no cobra comision por la colocacion' (negated recruitment fee) next to a guarantee deposit",
            "free housing and free kitchen in the terms table",
            "employer pays the trip both ways",
            "worker keeps passport and DPI",
            "loan repaid by remittances (not payroll deduction) with 5% monthly interest",
        ],
        "recruiter_agreement",
        "letter-size, serif; gridded terms table; numbered clauses PRIMERA...NOVENA; signature lines and fingerprint box; SCANNED image-only",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n05 - H-2A, English season letter with a price table and a footnote
# ---------------------------------------------------------------------------


def n05():
    q_eq = "Gloves, rain suit and picking bag $52.00"
    q_bus = "Bus Monterrey to Yakima $95.00"
    q_meal = "Meals (3 a day, cookhouse) $19.50 / day"
    q_ins = "* Accident plan: every worker is signed up from day one, $8.00 a week comes out of each check."
    pdf = Doc(fmt="Letter", margins=(22, 14, 22), bottom=18)
    pdf.add_page()
    pdf.set_fill_color(153, 27, 30)
    pdf.rect(0, 0, pdf.w, 4, style="F")
    pdf.set_font("sans", "B", 16)
    pdf.set_text_color(153, 27, 30)
    pdf.cell(0, 9, "Red Bluff Orchards Inc.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "905 Naches Heights Rd, Yakima, WA 98908  |  office (509) 555-0177", 8.5, font="sans", gap=4
    )
    pdf.para("January 27, 2025", 9.5, font="sans")
    pdf.para("Hi everybody,", 9.5, font="sans")
    pdf.para(
        "Here is the info for the 2025 H-2A apple and pear season, please read it all and ask Mayra if something is not clear, we sent this same letter to the crew last year so most of it you already know.",
        9.5,
        font="sans",
    )
    pdf.para(
        "The job is orchard worker: picking apples and pears by hand from ladders, filling and moving the bins with the tractor crew, and some pruning and thinning at the end, in our orchards in Yakima County, WA (Naches Heights and Cowiche blocks). We need people with at least 1 season of experience picking tree fruit from ladders.",
        9.5,
        font="sans",
    )
    pdf.para(
        "The season is July 28, 2025 through November 21, 2025. It is 40 hrs per week Mon to Fri, Saturdays too if the fruit is ready. Pay is $19.82 per hour or $27.00 per bin if the bins come out higher, and if the AEWR or the state minimum goes up during the season we pay the new higher rate from that day. We pay every other Friday.",
        9.5,
        font="sans",
    )
    pdf.para(
        "Housing is free at the camp at 905 Naches Heights Rd, the van takes you to the Cowiche block every morning free and the other blocks are next to camp. The cookhouse serves 3 meals a day. We pay back your visa fee on the first check, and at the end of the contract we pay your bus back to Monterrey.",
        9.5,
        font="sans",
    )
    pdf.ln(1)
    pdf.set_font("sans", "B", 10)
    pdf.cell(
        0,
        6,
        "WHAT COMES OUT OF YOUR CHECK (first 3 paychecks)",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.table(
        [
            ["Item", "Amount"],
            ["Federal income tax (only if you asked for it)", "varies"],
            ["Gloves, rain suit and picking bag", "$52.00"],
            ["Bus Monterrey to Yakima", "$95.00"],
            ["Meals (3 a day, cookhouse)", "$19.50 / day"],
            ["Housing", "$0.00 - free"],
            ["Accident plan*", "see note"],
        ],
        [112, 48],
        size=9.5,
        lh=6.5,
        grid=True,
        head=True,
    )
    pdf.para(q_ins, 7.5, font="sans")
    pdf.para(
        "ARRIVAL: the bus from the consulate drops everybody at the camp, Mayra will be there with the keys, the room list and the safety training schedule. The first day is orientation and ladder safety, it is paid time.",
        9.5,
        font="sans",
    )
    pdf.para(
        "WHAT TO BRING: work boots, warm clothes for October mornings, your own bedding if you like it better (we give blankets and pillows), and a copy of your passport and visa. Leave the originals with you, we do not keep anybody's papers.",
        9.5,
        font="sans",
    )
    pdf.para(
        "Ladders, bins and pruning shears are provided by the company at no cost. Please report a broken ladder right away, nobody pays for a ladder that breaks.",
        9.5,
        font="sans",
    )
    pdf.para(
        "Workers who leave without notice for 5 workdays in a row are considered to have abandoned the job, and we don't pay the ride home to anybody who quits or is fired for cause (fighting, drinking, stealing, not following safety rules on the ladders).",
        9.5,
        font="sans",
    )
    pdf.para(
        "Nobody charges you to be hired, not us and not anybody in Mexico. If somebody asks you for money for this job call Mayra at the office.",
        9.5,
        font="sans",
    )
    pdf.para("See you in July!", 9.5, font="sans")
    pdf.ln(6)
    pdf.para("Tom Halvorsen\nOwner, Red Bluff Orchards Inc.", 9.5, font="sans")
    fees = [
        fee("equipment_charge", "violation", 1, 52.0, "USD", q_eq),
        fee("travel_cost", "violation", 1, 95.0, "USD", q_bus),
        fee("meal_charge", "review", 1, 19.5, "USD", q_meal),
        fee("insurance_cost", "violation", 1, 8.0, "USD", q_ins),
    ]
    lab = label(
        "n05.pdf",
        "h2a",
        "en",
        False,
        1,
        fees,
        [
            "three_fourths_guarantee",
            "inbound_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        [],
        [
            "price table without verbs under a heading 'what comes out of your check'",
            "meal charge $19.50/day is above the h2a cap (finding, review)",
            "insurance cost stated only in a small-print footnote",
            "'Housing $0.00 - free' row (not a housing charge)",
            "federal income tax only if asked (lawful deduction)",
            "visa fee paid back on first check",
            "nobody pays for a broken ladder (negated damage chargeback)",
            "ladders, bins and shears provided at no cost (tools_provided present despite the glove/rain-suit charge)",
            "paid orientation; company does not keep papers",
            "nobody charges you to be hired",
            "'filling and moving the bins' is a job duty",
        ],
        "season_letter",
        "letter with colored band and letterhead; run-on paragraphs; gridded price table with header row; small-print footnote",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n06 - H-2B, English Q&A sheet from a Monterrey recruiter (landscaping)
# ---------------------------------------------------------------------------


def n06():
    q_fee = "No worker is exempt from the processing fee of four hundred fifty dollars (USD 450.00), which covers opening your file and our paperwork."
    q_med = "Before the interview you must take the medical exam at Clinica San Rafael (MXN 1,200) and our two-day safety and English course (MXN 1,800), both are paid by the applicant."
    q_pass = "Passport costs are the worker's, around MXN 1,730 for six years."
    pdf = Doc(fmt="Letter", margins=(20, 14, 20), bottom=18)

    def ftr(p):
        p.set_y(-14)
        p.set_font("cond", "", 7.5)
        p.cell(
            0,
            4,
            "NorteSur Labor Solutions  -  Av. Constitucion 1450 Pte., Monterrey, N.L.  -  WhatsApp 81 5555 0199",
            align="C",
        )

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_fill_color(20, 60, 120)
    pdf.rect(20, 12, pdf.w - 40, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 14)
    pdf.set_font("cond", "B", 14)
    pdf.cell(0, 6, "NorteSur Labor Solutions")
    pdf.set_xy(24, 20)
    pdf.set_font("cond", "", 8.5)
    pdf.cell(0, 4.5, "recruitment for H-2B employers in Texas and Oklahoma")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(31)
    pdf.para(
        "H-2B LANDSCAPE LABORER 2025 - QUESTIONS AND ANSWERS FOR APPLICANTS", 11.5, "B", "cond"
    )
    qa = [
        (
            "Who is the employer?",
            "GreenEdge Landscapes Inc., 7719 Burnet Road, Austin, Texas 78757.",
        ),
        (
            "What is the work?",
            "Landscape laborer: mowing, edging, trimming hedges, planting shrubs and flowers, spreading mulch and loading the trailers, on residential and commercial job sites in Austin, Round Rock and Pflugerville, Texas.",
        ),
        (
            "What do I need?",
            "At least 3 months experience in landscaping or farm work, a valid passport, and able to lift 50 lbs.",
        ),
        ("What are the dates?", "From March 10, 2025 to December 15, 2025."),
        (
            "Hours and pay?",
            "40 hours a week, Monday to Friday 7:00 am to 3:30 pm. Pay is $17.26 per hour, and overtime over 40 hours is paid at $25.89 an hour. Pay day is every Friday by direct deposit or check.",
        ),
        (
            "What is taken out of my check?",
            "Only Social Security and Medicare (FICA) and federal income tax.",
        ),
        (
            "Do I have to pay anything to NorteSur?",
            q_fee + " It is paid in our office in cash before we schedule your interview.",
        ),
        (
            "What about the visa?",
            "GreenEdge pays the visa fee back in full with your first paycheck, keep the receipt.",
        ),
        ("Medical exam and course?", q_med),
        ("And the passport?", q_pass),
        (
            "Travel?",
            "The bus from Monterrey to Austin and meals on the road are paid back by GreenEdge in the first workweek. The return bus to Monterrey is paid by GreenEdge when you complete the season.",
        ),
        (
            "Tools?",
            "All tools, gloves, safety glasses and ear protection are provided free. Nothing is charged for them.",
        ),
        (
            "Housing?",
            "GreenEdge helps you find an apartment near the yard, you rent it yourself if you want it, it is not part of the job.",
        ),
        (
            "How long does the process take?",
            "Usually 6 to 8 weeks from the day your file is opened until the consular interview, it depends on the appointment dates.",
        ),
        (
            "Can I take my family?",
            "No, the H-2B visa is only for the worker. Your wife and children cannot go with this visa.",
        ),
        (
            "Who decides who is hired?",
            "GreenEdge chooses the workers from the list we send, we send first the ones with landscaping experience and good references from past seasons.",
        ),
    ]
    for q, a in qa:
        if pdf.get_y() + 14 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.para("Q: " + q, 10, "B", "cond", gap=0.4)
        pdf.para("A: " + a, 9.8, "", "cond", gap=2.4)
    pdf.ln(3)
    pdf.para("STEPS", 11, "B", "cond")
    for st in [
        "1. Come to the office with your passport, CURP, INE and two photos.",
        "2. Fill out the application and the work history form.",
        "3. Wait for our call with the date of the consular interview in Monterrey.",
        "4. After the visa is approved we give you the bus ticket and the date of departure.",
    ]:
        pdf.para(st, 9.8, "", "cond", gap=1)
    pdf.ln(2)
    pdf.para(
        "Office hours Monday to Saturday 9 to 6. Bring your passport, CURP and two photos.",
        9,
        "I",
        "cond",
    )
    fees = [
        fee("recruitment_fee", "violation", 1, 450.0, "USD", q_fee),
        fee("medical_cost", "violation", 1, 1200.0, "MXN", q_med),
        fee("training_cost", "violation", 1, 1800.0, "MXN", q_med),
        fee("visa_cost", "review", 1, 1730.0, "MXN", q_pass),
    ]
    lab = label(
        "n06.pdf",
        "h2b",
        "en",
        False,
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["NorteSur Labor Solutions"],
        [
            "'No worker is exempt from the processing fee' is a double negation: the fee IS charged",
            "medical exam and course in one sentence with two amounts",
            "passport fee alone (review under h2b)",
            "visa fee paid back with first paycheck",
            "inbound bus and meals paid back in first workweek; return bus paid",
            "tools free, 'nothing is charged for them'",
            "FICA and federal income tax are lawful deductions",
            "optional apartment rented privately, not part of the job (no housing charge)",
        ],
        "recruiter_faq",
        "colored letterhead band; Q/A pairs in condensed font; repeated recruiter footer",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n07 - H-2B, English two-column numbered contract, hotel (compliant)
# ---------------------------------------------------------------------------


def n07():
    pdf = Doc(fmt="Letter", margins=(16, 14, 16), bottom=20)

    def hdr(p):
        p.set_font("serif", "B", 10)
        p.set_xy(16, 8)
        p.cell(0, 5, "Seabright Harbor Inn LLC")
        p.set_font("serif", "", 8)
        p.set_xy(16, 8)
        p.cell(0, 5, "H-2B Work Contract 2025 - Housekeeping & Guest Services", align="R")
        p.line(16, 14, p.w - 16, 14)
        p.set_y(18)

    def ftr(p):
        p.set_y(-15)
        p.set_font("serif", "", 6.3)
        p.set_text_color(70, 70, 70)
        p.multi_cell(
            0,
            2.8,
            "Small print: this contract copies the terms of the employer's certified H-2B job order. A Spanish copy is available at the front desk. "
            f"Keep this copy. Page {p.page_no()} of 2.",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    clauses = [
        (
            "1. Employer.",
            "Seabright Harbor Inn LLC, 40 Cottage Street, Bar Harbor, Maine 04609, phone (207) 555-0110.",
        ),
        (
            "2. Job.",
            "Housekeeping and guest services attendant: clean and make up guest rooms, restock amenities, run the laundry, staff the pool and beach desk, collect beach-chair rental fees from guests and hand out towels.",
        ),
        (
            "3. Requirements.",
            "At least 6 months of hotel or cleaning experience and able to lift 25 lbs. Basic English helps but is not required.",
        ),
        (
            "4. Place of work.",
            "Seabright Harbor Inn, 40 Cottage Street, Bar Harbor, Maine, and its annex at 8 Ledgelawn Avenue, Bar Harbor.",
        ),
        ("5. Dates.", "From May 5, 2025 to October 26, 2025."),
        (
            "6. Hours.",
            "40 hours per week, 5 days a week, usually 8:00 am to 4:30 pm with a 30-minute unpaid lunch. The schedule is posted every Thursday.",
        ),
        (
            "7. Wage.",
            "$16.43 per hour. We will pay the highest of the prevailing wage, the federal, Maine or local minimum wage, and any higher wage that becomes effective during the contract, from the day it takes effect.",
        ),
        (
            "8. Overtime.",
            "Hours over 40 in a week are paid at $24.65 per hour (one and a half times).",
        ),
        (
            "9. Payday.",
            "Every other Friday (biweekly), by direct deposit or check. Each payday you receive a statement with hours offered, hours worked, rate, gross pay, each deduction and net pay.",
        ),
        (
            "10. Deductions.",
            "Only deductions required by law: FICA (Social Security and Medicare), federal income tax and Maine income tax. Nothing else is taken out without your written OK, and never below the wage in clause 7.",
        ),
        (
            "11. Guarantee.",
            "We guarantee to offer you work for at least three-fourths (3/4) of the workdays in each 12-week period of the contract, or pay you the difference.",
        ),
        (
            "12. Travel.",
            "Your bus and plane fare from home to Bar Harbor, with $15.88 a day for meals on the trip, is paid back in your first workweek. Your return trip home is paid by the employer if you finish the contract or if we dismiss you early for any reason other than cause.",
        ),
        (
            "13. Visa.",
            "The employer pays all visa fees. Visa, visa processing and border-crossing fees are reimbursed in full in your first workweek.",
        ),
        (
            "14. Uniforms and supplies.",
            "Uniforms, cleaning supplies, carts and gloves are provided free of charge, with no deposit.",
        ),
        (
            "15. Housing and meals.",
            "Staff housing at 8 Ledgelawn Avenue is provided free of charge. A free staff meal is served each shift and the coffee in the staff room is free.",
        ),
        (
            "16. No fees.",
            "Workers will not be asked to pay for anything to get this job, not to us and not to any recruiter. Our recruiter in Mexico, Costa Maya Staffing, is paid only by the employer.",
        ),
        ("17. Your papers.", "You keep your own passport, visa and ID at all times."),
        (
            "18. Quitting and dismissal.",
            "If you do not report to work for 5 consecutive working days without our consent we may treat it as abandonment. If you are dismissed for cause (theft, violence, repeated no-shows) we do not pay the return trip or the rest of the guarantee.",
        ),
        (
            "19. If work becomes impossible.",
            "If a fire, hurricane, flood or other event we cannot control makes it impossible to continue, we may end the contract early; we will pay the 3/4 guarantee up to that day and your return trip home.",
        ),
        (
            "20. Complaints.",
            "You may complain to us, to the Department of Labor or to anyone else. Nobody will be fired, blacklisted or reported for complaining.",
        ),
    ]
    pdf.set_font("serif", "B", 14)
    pdf.cell(
        0, 8, "H-2B WORK CONTRACT - SEASON 2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("serif", "I", 9)
    pdf.cell(
        0,
        5,
        "between Seabright Harbor Inn LLC and the H-2B worker who signs on the last page",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    cols = [16, pdf.w / 2 + 3]
    cw = pdf.w / 2 - 19
    lh = 4.8
    size = 9.8
    col = 0
    top = pdf.get_y()
    y = top
    bottoms = [top, top]
    for title, body in clauses:
        pdf.set_font("serif", "B", size)
        h = pdf.height_of(cw, lh, title)
        pdf.set_font("serif", "", size)
        h += pdf.height_of(cw, lh, body) + 2.8
        if y + h > pdf.page_break_trigger:
            if col == 0:
                col = 1
                y = top
            else:
                pdf.add_page()
                col = 0
                top = y = pdf.get_y()
                bottoms = [top, top]
        pdf.set_xy(cols[col], y)
        pdf.set_font("serif", "B", size)
        pdf.multi_cell(cw, lh, title, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("serif", "", size)
        pdf.set_x(cols[col])
        pdf.multi_cell(cw, lh, body, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        y = pdf.get_y() + 2.8
        bottoms[col] = y
    pdf.set_y(max(bottoms) + 4)
    pdf.set_font("serif", "", 9)
    pdf.multi_cell(0, 4.5, "Signed in duplicate.", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.table(
        [
            ["For the employer: ______________________", "Worker: ______________________"],
            ["Name: Karen Whitcomb, General Manager", "Name: ____________________________"],
            ["Date: ____________", "Date: ____________"],
        ],
        [88, 88],
        size=9,
        lh=7,
        grid=False,
        font="serif",
    )
    lab = label(
        "n07.pdf",
        "h2b",
        "en",
        False,
        2,
        [],
        [],
        ["Costa Maya Staffing"],
        [
            "'collect beach-chair rental fees from guests' is a job duty",
            "'Workers will not be asked to pay for anything' (negated fee)",
            "recruiter paid only by the employer",
            "the employer pays all visa fees; reimbursed in first workweek",
            "deductions required by law: FICA, federal and Maine income tax",
            "uniforms and supplies free, no deposit",
            "free staff housing, free staff meal, free coffee ('coffee' contains 'fee')",
            "worker keeps passport; no blacklisting for complaints",
            "no return trip for dismissal for cause (lawful termination rule)",
        ],
        "work_contract",
        "two-column numbered clauses; repeated header rule and small-print footer on every page; borderless signature table",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n08 - H-2B, Spanish Facebook post + WhatsApp follow-up (crab picking)
# ---------------------------------------------------------------------------


def n08():
    q_costs = "COSTOS: los costos son inscripcion 5,000 pesos para entrar a la lista, fianza de 10 mil pesos q se regresa al terminar la temporada y alla el cuarto sale en 70 dlls por semana"
    q_pen = "si te regresas antes de los 3 meses pierdes la fianza completa y ademas pagas una multa de 500 dolares"
    pdf = Doc(fmt=(120, 250), margins=(6, 22, 6), bottom=10)
    pdf.add_page()
    # facebook-style post card
    pdf.set_fill_color(24, 119, 242)
    pdf.rect(0, 0, pdf.w, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("noto", "B", 12)
    pdf.set_xy(6, 3.5)
    pdf.cell(0, 7, "facebook")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(205, 205, 205)
    pdf.ellipse(6, 18, 10, 10, style="F")
    pdf.set_xy(18, 18)
    pdf.set_font("noto", "B", 9.5)
    pdf.cell(0, 5, "Reclutadora Golfo Azul")
    pdf.set_xy(18, 23)
    pdf.set_font("noto", "", 7)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 4, "en Trabajos USA Sinaloa y Sonora  ·  3 de febrero  ·  Público")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(32)
    lines = [
        "ATENCION SEÑORAS!!! hay trabajo con visa H2B para pelar jaiba en Hoopers Island, Maryland, USA",
        "la temporada es del 1 de abril al 31 de octubre del 2025",
        "el trabajo es sacar la carne de la jaiba cocida con cuchillo, separarla y empacarla en los botes",
        "se paga por libra, a 4.50 dlls la libra de carne (las q ya saben sacan de 15 a 20 dlls la hora) y son 40 hrs a la semana aprox, el pago es semanal",
        "requisitos: mujeres mayores de 18 años con pasaporte vigente, no se necesita ingles",
        "los guantes, el delantal y los cuchillos los da la planta gratis",
        "la planta es Chesapeake Blue Crab Co. gente seria con muchos años",
        "la visa la paga la empresa y te la regresan en el primer cheque y el camion de Los Mochis a Maryland tambien lo paga la empresa",
        q_costs,
        "informes por whats al 668 555 0147, cupo limitado!!!",
    ]
    for ln in lines:
        pdf.para(ln, 9, "", "noto", lh=4.5, gap=1.6)
    pdf.set_font("noto", "", 7.5)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 5, "Me gusta 312  ·  148 comentarios  ·  57 veces compartido")
    pdf.set_text_color(0, 0, 0)
    pdf.add_page()
    pdf.hdr = None
    chat_header("Reclutadora Golfo Azul", "cuenta de empresa")(pdf)
    date_chip(pdf, "4 DE FEBRERO DE 2025")
    for side, text, t in [
        ("out", "hola buenas, vi lo de la jaiba en el face, todavia hay lugar?", "8:05 a. m."),
        ("in", "si mija todavia, nomas q la inscripcion se paga esta semana", "8:11 a. m."),
        ("out", "y si me quiero regresar antes?", "8:13 a. m."),
        ("in", q_pen, "8:15 a. m."),
        ("out", "y el cuarto es con otras señoras?", "8:16 a. m."),
        ("in", "si son 4 por cuarto, hay cocina y lavadora", "8:18 a. m."),
        ("out", "ok voy a hablar con mi esposo", "8:20 a. m."),
        ("in", "sale pero no te tardes", "8:20 a. m."),
    ]:
        bubble(pdf, text, side, t)
    fees = [
        fee("recruitment_fee", "violation", 1, 5000.0, "MXN", q_costs),
        fee("deposit_or_bond", "violation", 1, 10000.0, "MXN", q_costs),
        fee("housing_charge", "review", 1, 70.0, "USD", q_costs),
        fee("breach_penalty", "violation", 2, 500.0, "USD", q_pen),
    ]
    lab = label(
        "n08.pdf",
        "h2b",
        "es",
        False,
        2,
        fees,
        [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Reclutadora Golfo Azul"],
        [
            "three costs listed in one run-on sentence (inscripcion, fianza '10 mil', cuarto)",
            "refundable 'fianza' is still a deposit",
            "'pierdes la fianza' forfeiture plus a fine, conditional on leaving early",
            "visa paid by employer and refunded in first check",
            "bus Los Mochis-Maryland paid by employer",
            "gloves, apron and knives free",
            "piece rate wage (per pound) with an hourly estimate",
            "plant named without address (employer identity missing)",
        ],
        "facebook_post_and_chat",
        "tall phone page: Facebook group post (page 1) and WhatsApp chat bubbles (page 2)",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n09 - H-2B, bilingual EN | ES side-by-side contract (reforestation)
# ---------------------------------------------------------------------------


def n09():
    e_eq = "The planting bar, seedling bag and boots are sold to the worker for $140, taken out of the first two paychecks."
    s_eq = "La barra para plantar, la bolsa de arbolitos y las botas se le venden al trabajador en $140, que se quitan de los dos primeros cheques."
    e_ins = "Health insurance through the company plan is mandatory and costs $32 a week, deducted from every check."
    s_ins = "El seguro medico del plan de la compañia es obligatorio y cuesta $32 por semana, que se descuentan de cada cheque."
    e_pen = "A worker who leaves before the end of the season owes the company two weeks' pay as liquidated damages."
    s_pen = "El trabajador que se vaya antes de terminar la temporada le debe a la compañia dos semanas de pago como daños y perjuicios."
    pdf = Doc(fmt="Letter", margins=(14, 14, 14), bottom=18)

    def hdr(p):
        p.set_fill_color(46, 94, 52)
        p.rect(0, 0, p.w, 11, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 9)
        p.set_xy(14, 3)
        p.cell(
            0,
            5,
            "RIDGELINE REFORESTATION LLC  -  H-2B WORK CONTRACT / CONTRATO DE TRABAJO H-2B  -  2025",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(16)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7)
        p.cell(
            0,
            4,
            f"Worker initials / Iniciales del trabajador: ______        {p.page_no()} / 3",
            align="R",
        )

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    xl, xr, w = 14, pdf.w / 2 + 2, pdf.w / 2 - 16
    pairs = [
        ("ENGLISH", "ESPAÑOL"),
        (
            "1. Employer: Ridgeline Reforestation LLC, 1450 Industrial Blvd, Hazlehurst, Mississippi 39083.",
            "1. Patron: Ridgeline Reforestation LLC, 1450 Industrial Blvd, Hazlehurst, Mississippi 39083.",
        ),
        (
            "2. Job: forest worker (tree planter). Plant pine seedlings by hand with a planting bar, carry seedling bags, clear brush on planting sites.",
            "2. Trabajo: trabajador forestal (plantador de arboles). Plantar pinos a mano con barra, cargar bolsas de arbolitos, limpiar monte en los terrenos.",
        ),
        (
            "3. Requirements: 18 years or older, able to walk all day on rough ground carrying 40 lbs, one season of planting or farm experience.",
            "3. Requisitos: 18 años o mas, poder caminar todo el dia en terreno dificil cargando 40 libras, una temporada de experiencia plantando o en el campo.",
        ),
        (
            "4. Place: planting sites in Copiah, Simpson and Lincoln counties, Mississippi; the crew meets at the Hazlehurst yard.",
            "4. Lugar: terrenos de plantacion en los condados de Copiah, Simpson y Lincoln, Mississippi; la cuadrilla se junta en el patio de Hazlehurst.",
        ),
        (
            "5. Dates: January 6, 2025 to April 30, 2025.",
            "5. Fechas: del 6 de enero de 2025 al 30 de abril de 2025.",
        ),
        (
            "6. Hours: 40 hours per week, Monday to Friday, 7:00 am to 3:30 pm.",
            "6. Horario: 40 horas por semana, de lunes a viernes, de 7:00 am a 3:30 pm.",
        ),
        (
            "7. Pay: $15.64 per hour. If the prevailing wage or any minimum wage goes up during the contract, the company pays the higher wage from that date.",
            "7. Pago: $15.64 por hora. Si el salario prevaleciente o algun salario minimo sube durante el contrato, la compañia paga el salario mas alto desde esa fecha.",
        ),
        (
            "8. Payday: every Friday. Each check comes with a stub showing hours offered, hours worked, pay rate, earnings and every deduction.",
            "8. Dia de pago: cada viernes. Cada cheque trae un talon con las horas ofrecidas, horas trabajadas, pago por hora, ganancias y cada descuento.",
        ),
        (
            "9. Deductions: FICA, federal income tax, Mississippi income tax, and the items in clauses 10 and 11.",
            "9. Descuentos: FICA, impuesto federal, impuesto de Mississippi, y lo de las clausulas 10 y 11.",
        ),
        ("10. " + e_eq, "10. " + s_eq),
        ("11. " + e_ins, "11. " + s_ins),
    ]
    for i, (a, b) in enumerate(pairs):
        style = "B" if i == 0 else ""
        pair_columns(pdf, a, b, xl, xr, w, 4.4, 9, style=style)
    pdf.add_page()
    pairs2 = [
        (
            "12. Guarantee: the company guarantees work for at least three-fourths (3/4) of the workdays of each 12-week period, or pays the difference.",
            "12. Garantia: la compañia garantiza trabajo por lo menos tres cuartas partes (3/4) de los dias de trabajo de cada periodo de 12 semanas, o paga la diferencia.",
        ),
        (
            "13. Travel: the bus from Monterrey to Hazlehurst and meals on the road are paid back in the first workweek. The return bus to Monterrey is paid by the company at the end of the contract.",
            "13. Viaje: el camion de Monterrey a Hazlehurst y la comida del camino se reembolsan en la primera semana de trabajo. El camion de regreso a Monterrey lo paga la compañia al terminar el contrato.",
        ),
        ("14. " + e_pen, "14. " + s_pen),
        (
            "15. Abandonment and dismissal: missing 5 workdays in a row without notice is abandonment; a worker dismissed for cause loses the guarantee and the return bus.",
            "15. Abandono y despido: faltar 5 dias de trabajo seguidos sin avisar es abandono; el trabajador despedido por causa justificada pierde la garantia y el camion de regreso.",
        ),
        (
            "16. Housing: the company rents motel rooms in Hazlehurst for the crew at no cost to the workers.",
            "16. Vivienda: la compañia renta cuartos de motel en Hazlehurst para la cuadrilla sin costo para los trabajadores.",
        ),
        (
            "17. Documents: each worker keeps his own passport and visa.",
            "17. Documentos: cada trabajador guarda su propio pasaporte y visa.",
        ),
    ]
    for a, b in pairs2:
        pair_columns(pdf, a, b, xl, xr, w, 4.4, 9)
    pdf.add_page()
    pdf.set_font("sans", "", 9)
    pair_columns(
        pdf,
        "I received a copy of this contract in Spanish and English.",
        "Recibi una copia de este contrato en español y en ingles.",
        xl,
        xr,
        w,
        4.4,
        9,
    )
    pdf.ln(12)
    pdf.table(
        [
            ["Worker / Trabajador:", "______________________________", "Date / Fecha: ________"],
            ["Company / Compañia:", "______________________________", "Date / Fecha: ________"],
        ],
        [44, 76, 52],
        size=9,
        lh=9,
        grid=False,
    )
    fees = [
        fee("equipment_charge", "violation", 1, 140.0, "USD", e_eq, 1),
        fee("equipment_charge", "violation", 1, 140.0, "USD", s_eq, 1),
        fee("insurance_cost", "violation", 1, 32.0, "USD", e_ins, 2),
        fee("insurance_cost", "violation", 1, 32.0, "USD", s_ins, 2),
        fee("breach_penalty", "violation", 2, None, None, e_pen, 3),
        fee("breach_penalty", "violation", 2, None, None, s_pen, 3),
    ]
    lab = label(
        "n09.pdf",
        "h2b",
        "en+es",
        False,
        3,
        fees,
        ["overtime", "visa_reimbursement", "tools_provided", "contract_impossibility"],
        [],
        [
            "penalty stated as 'two weeks' pay' (no number)",
            "motel rooms at no cost to the workers",
            "inbound bus and meals paid back in first workweek; return bus paid",
            "worker keeps passport and visa",
            "deductions list points to the equipment and insurance clauses",
            "visa fees never mentioned (visa_reimbursement missing)",
        ],
        "work_contract",
        "bilingual EN | ES side-by-side columns (unruled), numbered clauses; colored header band and initials footer on every page; borderless signature table",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n10 - generic, Nepali manpower agency offer + cost sheet
# ---------------------------------------------------------------------------


def n10():
    r_fee = "Service charge (agency) NPR 10,000"
    r_tr = "Pre-departure orientation training NPR 1,700"
    r_med = "Medical check-up (approved centre) NPR 6,500"
    r_ins = "Welfare fund and life insurance NPR 4,150"
    pdf = Doc(fmt="A4", margins=(20, 14, 20), bottom=18)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(
        0,
        7,
        "HIMAL SAGAR OVERSEAS MANPOWER PVT. LTD.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("sans", "", 8)
    pdf.cell(
        0,
        4.5,
        "Licence No. 1187/071/72  -  Gongabu, Kathmandu, Nepal  -  01-4350000",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.line(20, pdf.get_y() + 2, pdf.w - 20, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.para("Date: 2081/10/12 (25 January 2025)", 9)
    pdf.para("JOB OFFER DETAIL FOR SELECTED CANDIDATE - MALAYSIA", 11, "B")
    pdf.table(
        [
            ["Candidate name", "Mr. Ram Bahadur Thapa"],
            ["Passport no.", "PA1234567"],
            ["Employer", "Perkasa Furniture Industries Sdn. Bhd."],
            ["Employer address", "Lot 23, Jalan Perindustrian 4, 84000 Muar, Johor, Malaysia"],
            ["Position", "Furniture production worker (sanding, assembling, packing)"],
            ["Workplace", "Perkasa factory, Muar, Johor"],
            ["Contract period", "1 March 2025 to 28 February 2027"],
            ["Working hours", "8 hours per day, 6 days per week"],
            ["Basic salary", "MYR 1,700 per month"],
            ["Salary payment", "monthly, by the 7th of the next month, to bank account"],
            ["Overtime", "as per Malaysian Employment Act"],
            ["Accommodation", "free hostel provided by company"],
            ["Food", "self, company gives MYR 150 food allowance monthly"],
            ["Air ticket", "both ways by company, return ticket at end of contract"],
            ["Visa / levy", "paid by employer"],
        ],
        [50, 120],
        size=9,
        lh=6,
        grid=True,
    )
    pdf.para(
        "Dear candidate, congratulations for your selection in the interview held at our office, please complete below process within 15 days otherwise your place will give to waiting list candidate.",
        9.5,
    )
    pdf.add_page()
    pdf.para(
        "COST TO BE PAID BY CANDIDATE AT OUR OFFICE BEFORE DEPARTURE (cash or bank deposit)",
        10,
        "B",
    )
    pdf.table(
        [
            ["Item", "Amount"],
            ["Service charge (agency)", "NPR 10,000"],
            ["Pre-departure orientation training", "NPR 1,700"],
            ["Medical check-up (approved centre)", "NPR 6,500"],
            ["Welfare fund and life insurance", "NPR 4,150"],
            ["Visa and air ticket", "FREE (company pays)"],
        ],
        [110, 60],
        size=9.5,
        lh=6.5,
        grid=True,
        head=True,
    )
    pdf.para(
        "Note: bring original passport, 4 photos, citizenship copy and the amount above. Receipt given for every payment. Labour permit sticker will be done by our office.",
        9,
    )
    pdf.para(
        "Food: the company gives the food allowance, worker cooks in the hostel kitchen. Hostel, water and electricity are free.",
        9,
    )
    pdf.para("For more information contact our office, Sunday to Friday 10 am to 5 pm.", 9)
    pdf.ln(8)
    pdf.para("Authorised signature: ______________________  (company stamp)", 9)
    fees = [
        fee("recruitment_fee", "violation", 2, 10000.0, "NPR", r_fee),
        fee("training_cost", "violation", 2, 1700.0, "NPR", r_tr),
        fee("medical_cost", "violation", 2, 6500.0, "NPR", r_med),
        fee("insurance_cost", "violation", 2, 4150.0, "NPR", r_ins),
    ]
    lab = label(
        "n10.pdf",
        "generic",
        "en",
        False,
        2,
        fees,
        ["deductions", "termination"],
        ["Himal Sagar Overseas Manpower Pvt. Ltd."],
        [
            "cost sheet rows with no verb under a 'to be paid by candidate' heading",
            "'Visa and air ticket FREE (company pays)' row",
            "visa and levy paid by employer; both-way air ticket by company",
            "free hostel, water and electricity; food allowance paid by company",
        ],
        "job_offer_cost_sheet",
        "A4 agency letterhead; gridded job-offer table; gridded cost table with header row on page 2",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n11 - generic, Spanish contract for a Honduran worker in Canada (compliant)
# ---------------------------------------------------------------------------


def n11():
    pdf = Doc(fmt="Letter", margins=(22, 16, 22), bottom=20)

    def ftr(p):
        p.set_y(-14)
        p.set_font("sans", "", 7)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            f"Lakeshore Greens Inc.  -  Contrato de trabajo temporal  -  pagina {p.page_no()} de 2",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_fill_color(64, 140, 60)
    pdf.rect(22, 14, 4, 16, style="F")
    pdf.set_xy(29, 14)
    pdf.set_font("sans", "B", 14)
    pdf.cell(0, 7, "Lakeshore Greens Inc.")
    pdf.set_xy(29, 21)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "1820 Road 3 East, Kingsville, Ontario N9Y 2E5, Canada  -  invernaderos de tomate y pepino",
    )
    pdf.set_y(36)
    pdf.para("CONTRATO DE TRABAJO TEMPORAL 2025", 12, "B")
    clauses = [
        "1. Las partes. El patron es Lakeshore Greens Inc., con domicilio en 1820 Road 3 East, Kingsville, Ontario N9Y 2E5, Canada. El trabajador es el Sr. Jose Armando Rivera Castillo, de San Pedro Sula, Honduras, pasaporte F123456.",
        "2. El trabajo. Trabajador de invernadero: cosechar tomate y pepino, deshojar y guiar las plantas, depositar las cajas llenas en los carritos y ayudar en el empaque.",
        "3. Lugar. En los invernaderos de la empresa en 1820 Road 3 East, Kingsville, Ontario.",
        "4. Duracion. Del 3 de marzo de 2025 al 19 de diciembre de 2025.",
        "5. Horario. 44 horas por semana, de lunes a sabado, de 7:00 a 15:00 con media hora de comida; el domingo es de descanso.",
        "6. Salario. CAD 17.60 por hora. Las horas extra se pagan como dice la ley de Ontario.",
        "7. Pago. Cada dos semanas, los jueves, por deposito en cuenta bancaria, con un talon de pago que muestra horas, salario y descuentos.",
        "8. Descuentos. Solo los obligatorios por ley: impuesto sobre la renta, CPP (pension) y EI (seguro de empleo). No se descuenta nada mas.",
        "9. Costos del viaje y de los papeles. La empresa paga el permiso de trabajo (LMIA), la visa, el examen medico y el boleto de avion de ida y vuelta. Al terminar el contrato la empresa paga el boleto de regreso de Toronto a San Pedro Sula.",
        "10. Sin cuotas. No se cobra ninguna cuota de reclutamiento al trabajador. La Agencia de Empleo Valle de Sula hizo la seleccion y recibe su pago solamente de la empresa.",
        "11. Vivienda. La empresa da vivienda gratuita en la casa de 1790 Road 3 East, con cocina, lavadora e internet, sin renta ni deposito.",
        "12. Seguro medico. Mientras llega la tarjeta de salud de Ontario (OHIP), la empresa paga un seguro medico privado; el trabajador no paga prima.",
    ]
    for c in clauses:
        pdf.para(c, 9.5, gap=2)
    clauses2 = [
        "13. Terminacion. Cualquiera de las partes puede terminar el contrato con dos semanas de aviso por escrito. La empresa solo puede despedir sin aviso por falta grave (robo, violencia, trabajar bajo efectos del alcohol); aun en ese caso paga el boleto de regreso.",
        "14. Documentos y libertad. El trabajador guarda su pasaporte y su permiso de trabajo. Puede salir de la vivienda en su tiempo libre y cambiar de patron segun las reglas de su permiso.",
        "15. Quejas. El trabajador puede presentar quejas a la empresa, al Ministerio de Trabajo de Ontario o al consulado de Honduras sin ninguna represalia.",
    ]
    for c in clauses2:
        if pdf.get_y() + 18 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.para(c, 9.5, gap=2)
    if pdf.page < 2:
        pdf.add_page()
    pdf.ln(10)
    pdf.table(
        [
            ["Por la empresa", "El trabajador"],
            ["", ""],
            ["Linda Vandermeer, Recursos Humanos", "Jose Armando Rivera Castillo"],
            ["Fecha: 10 de enero de 2025", "Fecha: ______________"],
        ],
        [85, 85],
        size=9,
        lh=9,
        grid=True,
        head=True,
    )
    lab = label(
        "n11.pdf",
        "generic",
        "es",
        False,
        2,
        [],
        [],
        ["Agencia de Empleo Valle de Sula"],
        [
            "'depositar las cajas llenas en los carritos' is a job duty",
            "statutory deductions (income tax, CPP, EI) are not an insurance_cost finding",
            "employer pays work permit, visa, medical exam and flights",
            "no recruitment fee; agency paid only by the employer",
            "free housing without rent or deposit",
            "private health insurance paid by the employer, worker pays no premium",
            "worker keeps passport; free to leave housing; complaints without reprisal",
        ],
        "work_contract",
        "letter contract with green side bar letterhead; numbered clauses; gridded signature table; footer each page",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# n12 - generic, WhatsApp chat with an Indonesian agency (Taiwan caregiver)
# ---------------------------------------------------------------------------


def n12():
    q_fee = "agency fee is IDR 15.000.000 sis, can pay half now and half before flight"
    q_loan = "if not enough money we give loan from our partner koperasi, then you pay back NT$4,000 every month from your salary for 9 month in Taiwan"
    q_pass = "passport we keep in agency office in Taipei ya, so nobody run away"
    q_out = "first 3 month no day off and cannot go out alone, this is employer rule"
    pdf = Doc(fmt=(110, 236), margins=(5, 22, 5), bottom=10)
    pdf.hdr = chat_header("PT Cahaya Mandiri Sejahtera", "Business Account")
    pdf.add_page()
    date_chip(pdf, "Saturday, 8 February 2025")
    msgs = [
        (
            "out",
            "selamat siang, i see your post on facebook for job in taiwan, still open?",
            "1:02 PM",
        ),
        (
            "in",
            "hello sis, yes still open. job is caregiver for grandma 82 years old in Taichung, Taiwan, take care of grandma, cooking, cleaning house and washing clothes",
            "1:10 PM",
        ),
        ("in", "salary NT$20,000 per month, paid every month by the employer", "1:10 PM"),
        ("out", "when start and how long?", "1:12 PM"),
        ("in", "start date depends on the visa, contract is 3 years, can extend", "1:15 PM"),
        ("out", "working hour how?", "1:15 PM"),
        (
            "in",
            "working time flexible sis, you stay with grandma, day off depends on employer",
            "1:17 PM",
        ),
        ("out", "ok and cost how much?", "1:18 PM"),
        ("in", q_fee, "1:20 PM"),
        ("in", "medical check up in Jakarta is free for you, the agency pay", "1:20 PM"),
        ("in", q_loan, "1:22 PM"),
        ("out", "ok. the ticket?", "1:24 PM"),
        (
            "in",
            "ticket go to Taiwan employer pay, ticket home after finish contract also employer pay",
            "1:25 PM",
        ),
    ]
    for side, text, t in msgs:
        bubble(pdf, text, side, t)
    for side, text, t in [
        ("out", "what i need to know more?", "1:27 PM"),
        ("in", q_pass, "1:29 PM"),
        ("in", q_out, "1:29 PM"),
        ("in", "but employer is good family, many worker before happy there", "1:30 PM"),
        ("out", "ok i ask my husband first", "1:33 PM"),
        ("in", "ok sis, send me KTP and KK photo if ready, slot only 2 left", "1:34 PM"),
    ]:
        bubble(pdf, text, side, t)
    fees = [
        fee("recruitment_fee", "violation", 1, 15000000.0, "IDR", q_fee),
        fee("debt_bondage", "violation", 2, 4000.0, "TWD", q_loan),
        fee("document_retention", "violation", 2, None, None, q_pass),
        fee("movement_restriction", "violation", 2, None, None, q_out),
    ]
    lab = label(
        "n12.pdf",
        "generic",
        "en",
        False,
        2,
        fees,
        [
            "employer_identity",
            "worker_identity",
            "employment_period",
            "hours_of_work",
            "deductions",
            "termination",
        ],
        ["PT Cahaya Mandiri Sejahtera"],
        [
            "amount with dots as thousands separators (IDR 15.000.000)",
            "medical check-up free, paid by the agency",
            "tickets both ways paid by the employer",
            "'start date depends on the visa, contract is 3 years' gives no dates (employment period missing)",
            "'working time flexible' gives no hours (hours missing)",
            "loan repaid from salary is debt bondage, not a list of deductions",
        ],
        "whatsapp_chat",
        "phone screenshot of a WhatsApp business chat (tall narrow page, chat bubbles, date chip); informal English with Indonesian words",
    )
    return pdf, lab


# ---------------------------------------------------------------------------
# scanning, verification, main
# ---------------------------------------------------------------------------


def rasterise(pdf_bytes, seed):
    """Render each page at 200 dpi, add mild skew and noise, return an image-only PDF."""
    rng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_creator("HP Scan")
    for i in range(len(src)):
        page = src[i]
        wpt, hpt = page.get_size()
        img = page.render(scale=200 / 72).to_pil().convert("L")
        angle = float(rng.uniform(-0.9, 0.9))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
        arr = np.asarray(img).astype(np.int16)
        noise = rng.normal(0, 9, arr.shape).astype(np.int16)
        arr = np.clip(arr + noise - 6, 0, 255).astype(np.uint8)
        # a few specks
        ys = rng.integers(0, arr.shape[0], 160)
        xs = rng.integers(0, arr.shape[1], 160)
        arr[ys, xs] = 60
        img = Image.fromarray(arr, mode="L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page(format=(wpt, hpt))
        out.image(buf, x=0, y=0, w=wpt, h=hpt)
        page.close()
    src.close()
    return bytes(out.output())


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_bytes):
    """Per page: whole-page text plus left-half and right-half crops (for side-by-side columns)."""
    res = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        for p in doc.pages:
            mid = p.width / 2
            parts = [
                p.extract_text() or "",
                p.crop((0, 0, mid, p.height)).extract_text() or "",
                p.crop((mid, 0, p.width, p.height)).extract_text() or "",
            ]
            res.append([norm(t) for t in parts])
    return res


def verify(lab, pdf_bytes):
    texts = page_texts(pdf_bytes)
    errors = []
    if len(texts) != lab["pages"]:
        errors.append(f"{lab['file']}: {len(texts)} pages, labelled {lab['pages']}")
    for f in lab["fees"]:
        assert f["category"] in CATEGORIES, f
        q = norm(f["quote"])
        pg = f["page"]
        if pg > len(texts) or not any(q in t for t in texts[pg - 1]):
            found = [i + 1 for i, ts in enumerate(texts) if any(q in t for t in ts)]
            errors.append(f"{lab['file']}: quote not on page {pg} (found on {found}): {q[:70]}")
    return errors


BUILDERS = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12]


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels, errors = [], []
    for i, build in enumerate(BUILDERS):
        pdf, lab = build()
        data = bytes(pdf.output())
        errors += verify(lab, data)
        if lab["scanned"]:
            data = rasterise(data, seed=1000 + i)
            with pdfplumber.open(io.BytesIO(data)) as d:
                if len(d.pages) != lab["pages"] or any(
                    (p.extract_text() or "").strip() for p in d.pages
                ):
                    errors.append(f"{lab['file']}: scan is not image-only or page count differs")
        (out / lab["file"]).write_bytes(data)
        labels.append(lab)
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        raise SystemExit(1)
    text = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print(f"wrote {len(labels)} documents, {n_fees} labelled quotes, to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
