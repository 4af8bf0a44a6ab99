"""Build the blind held-out batch "ah": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR
Deterministic (fixed creation date, fixed seeds). After writing, every fee quote of a
non-scanned page is checked against pdfplumber's text of its labelled page.
"""

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
from PIL import Image, ImageFilter

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
FAMILIES = {
    "dejavu": {
        "": DEJAVU + "DejaVuSans.ttf",
        "B": DEJAVU + "DejaVuSans-Bold.ttf",
        "I": DEJAVU + "DejaVuSans-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSans-BoldOblique.ttf",
    },
    "cond": {
        "": DEJAVU + "DejaVuSansCondensed.ttf",
        "B": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        "I": DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "serif": {
        "": LIBER + "LiberationSerif-Regular.ttf",
        "B": LIBER + "LiberationSerif-Bold.ttf",
        "I": LIBER + "LiberationSerif-Italic.ttf",
        "BI": LIBER + "LiberationSerif-BoldItalic.ttf",
    },
    "sans": {
        "": LIBER + "LiberationSans-Regular.ttf",
        "B": LIBER + "LiberationSans-Bold.ttf",
        "I": LIBER + "LiberationSans-Italic.ttf",
        "BI": LIBER + "LiberationSans-BoldItalic.ttf",
    },
}
CREATED = dt.datetime(2026, 2, 3, 9, 30, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------- block helpers
def P(text, size=None, style=""):
    return ("p", text, size, style)


def H(text):
    return ("h", text)


def CL(num, title, text):
    return ("cl", num, title, text)


def UL(items):
    return ("ul", items)


def TB(rows, widths, header=True, grid=True, size=None):
    return ("tb", rows, widths, header, grid, size)


def ES(text):
    return ("es", text)


def BAND(title, sub, color):
    return ("band", title, sub, color)


def SIG(labels):
    return ("sig", labels)


def BOX(text):
    return ("box", text)


def TWO(left, right):
    return ("two", left, right)


def SP(h=3):
    return ("sp", h)


def TITLE(text):
    return ("title", text)


def F(cat, page, amount, cur, quote, group=None, sev=None):
    d = {"category": cat, "page": page, "amount": amount, "currency": cur, "quote": quote}
    if group is not None:
        d["group"] = group
    if sev is not None:
        d["severity"] = sev
    return d


def severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def md_safe(text):
    # fpdf2 markdown treats doubled *, _ and - as markers; our texts avoid them.
    assert "__" not in text and "--" not in text, text
    return text


class Doc(FPDF):
    def __init__(self, fmt, family, size, footer_text):
        super().__init__(format=fmt, unit="mm")
        for fam, styles in FAMILIES.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.fam = family
        self.base = size
        self.footer_text = footer_text
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 16)
        self.set_creation_date(CREATED)
        self.set_font(family, "", size)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.fam, "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "%s  ·  %d/{nb}" % (self.footer_text, self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def lh(size):
    return size * 0.48


def render_block(pdf, b):
    kind = b[0]
    fam, base = pdf.fam, pdf.base
    if kind == "p":
        size = b[2] or base
        pdf.set_font(fam, b[3], size)
        pdf.multi_cell(0, lh(size), md_safe(b[1]), markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    elif kind == "title":
        pdf.set_font(fam, "B", base + 4)
        pdf.multi_cell(0, lh(base + 4), b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "h":
        pdf.ln(1)
        pdf.set_font(fam, "B", base + 1)
        pdf.multi_cell(0, lh(base + 1), b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "cl":
        pdf.set_font(fam, "", base)
        head = "**%s %s** " % (b[1], b[2]) if b[2] else "**%s** " % b[1]
        pdf.multi_cell(
            0, lh(base), md_safe(head + b[3]), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(1.6)
    elif kind == "es":
        pdf.set_font(fam, "I", base - 0.5)
        pdf.set_text_color(70, 70, 120)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(0, lh(base - 0.5), b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
    elif kind == "ul":
        pdf.set_font(fam, "", base)
        for it in b[1]:
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(4, lh(base), "•")
            pdf.multi_cell(0, lh(base), md_safe(it), markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        pdf.ln(1.2)
    elif kind == "tb":
        rows, widths, header, grid, size = b[1], b[2], b[3], b[4], b[5] or base - 0.5
        pdf.set_font(fam, "", size)
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=lh(size) + 0.6,
            first_row_as_headings=header,
            borders_layout="ALL" if grid else "NONE",
            headings_style=FontFace(emphasis="BOLD", fill_color=(228, 232, 236)),
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(3)
    elif kind == "band":
        r, g, bl = b[3]
        pdf.set_fill_color(r, g, bl)
        pdf.rect(0, 0, pdf.w, 24, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, 4)
        pdf.set_font(fam, "B", base + 3)
        pdf.cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", base - 1)
        pdf.cell(0, 6, b[2], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(30)
    elif kind == "sig":
        pdf.ln(8)
        n = len(b[1])
        w = (pdf.w - pdf.l_margin - pdf.r_margin) / n
        y = pdf.get_y()
        for i, lab in enumerate(b[1]):
            x = pdf.l_margin + i * w
            pdf.line(x + 3, y, x + w - 6, y)
            pdf.set_xy(x + 3, y + 1)
            pdf.set_font(fam, "", base - 1.5)
            pdf.multi_cell(w - 9, lh(base - 1.5), lab)
        pdf.set_xy(pdf.l_margin, y + 14)
    elif kind == "box":
        pdf.set_font(fam, "", base - 0.5)
        pdf.set_fill_color(242, 240, 228)
        pdf.multi_cell(
            0,
            lh(base - 0.5),
            md_safe(b[1]),
            border=1,
            fill=True,
            markdown=True,
            padding=2,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(3)
    elif kind == "two":
        pdf.set_font(fam, "", base - 0.5)
        gap = 6
        w = (pdf.w - pdf.l_margin - pdf.r_margin - gap) / 2
        y0 = pdf.get_y()
        pdf.multi_cell(
            w, lh(base - 0.5), md_safe(b[1]), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + w + gap, y0)
        pdf.multi_cell(
            w, lh(base - 0.5), md_safe(b[2]), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_y(max(y1, pdf.get_y()) + 3)
    elif kind == "sp":
        pdf.ln(b[1])
    else:
        raise ValueError(kind)


def render(doc):
    pdf = Doc(
        doc.get("fmt", "Letter"),
        doc.get("font", "dejavu"),
        doc.get("size", 10),
        doc.get("footer", ""),
    )
    for page in doc["pages"]:
        pdf.add_page()
        for b in page:
            render_block(pdf, b)
    if pdf.page_no() != len(doc["pages"]):
        raise SystemExit("%s: overflowed to %d pages" % (doc["file"], pdf.page_no()))
    return bytes(pdf.output())


def scan(pdf_bytes, seed, fmt):
    src = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(seed)
    out = FPDF(format=fmt, unit="mm")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    for i in range(len(src)):
        img = src[i].render(scale=220 / 72).to_pil().convert("L")
        img = img.rotate(0.55 + 0.1 * i, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        arr = np.asarray(img).astype(np.int16)
        arr = arr + rng.normal(0, 9, arr.shape).astype(np.int16)
        arr = np.clip(arr * 0.97 + 6, 0, 255).astype(np.uint8)
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, format="JPEG", quality=78)
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=out.w, h=out.h)
    return bytes(out.output())


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- documents
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


@doc
def ah01():
    pages = [
        [
            BAND(
                "TAR RIVER SWEETPOTATO GROWERS, LLC",
                "H-2A Clearance Order · Attachment A · Terms and Conditions of Employment · Season 2026",
                (36, 92, 60),
            ),
            P(
                "Tar River Sweetpotato Growers, LLC, 2217 Stallings Mill Road, Nashville, North Carolina 27856 (telephone 252-555-0148), offers the following temporary agricultural employment under the H-2A program. This attachment is part of the job order and of each worker's contract."
            ),
            H("Offer at a glance"),
            UL(
                [
                    "**Position:** Farmworker, sweetpotato harvest and packing (SOC 45-2092), 46 openings.",
                    "**Dates:** August 24, 2026 to November 20, 2026.",
                    "**Pay:** $16.35 per hour (2026 AEWR for North Carolina), or more under the piece rate below.",
                    "**Schedule:** 40 hours a week, Monday through Saturday.",
                    "**Paydays:** every Friday, weekly.",
                    "**Housing, daily rides, tools and the trip to the farm:** provided by the employer without charge.",
                ]
            ),
            H("Worksites"),
            TB(
                [
                    ["Site", "Address", "County", "Activity"],
                    [
                        "Home farm",
                        "2217 Stallings Mill Rd, Nashville, NC",
                        "Nash",
                        "Harvest, curing",
                    ],
                    [
                        "Sandy Cross fields",
                        "4100 Sandy Cross Rd, Spring Hope, NC",
                        "Nash",
                        "Harvest",
                    ],
                    ["Packing shed", "88 Depot Street, Bailey, NC", "Nash", "Grading, packing"],
                ],
                (28, 62, 22, 36),
            ),
            CL(
                "1.",
                "Duties.",
                "Workers hand-harvest sweetpotatoes behind a chain digger, fill 5/8-bushel buckets and carry them to the bin trailer, and grade roots on the packing line. Some workers tend the feeder belt that carries roots from the dump tank into the washer and keep it clear of vines and clods.",
            ),
            CL(
                "2.",
                "Requirements.",
                "One month of verifiable experience in hand harvest of vegetable crops; able to lift and carry 50 pounds repeatedly and to work outdoors in heat and rain. No schooling, license or English is required.",
            ),
        ],
        [
            CL(
                "3.",
                "Wage rate.",
                "The employer pays the highest of the adverse effect wage rate ($16.35 per hour in 2026), the prevailing hourly or piece rate, any agreed collective-bargaining rate, and the federal or state minimum wage. When a new, higher AEWR is published during the season, it is paid from its effective date. Harvest work may instead be paid at $0.60 per 5/8-bushel bucket; if piece earnings in a pay period fall below the hourly rate, the worker's pay is raised to the hourly rate.",
            ),
            CL(
                "4.",
                "Hours.",
                "The workweek is 40 hours, Monday through Saturday, normally 7:00 a.m. to 3:30 p.m. with a 30-minute lunch. Sunday work is offered but never required.",
            ),
            CL(
                "5.",
                "Pay and statements.",
                "Wages are paid weekly, on Friday, by check or direct deposit. Each payday the worker receives a written statement of hours offered, hours worked, buckets picked, rates, gross pay, every deduction and net pay.",
            ),
            CL(
                "6.",
                "Deductions.",
                "Only deductions required by law (federal income tax if the worker chooses to have it withheld, and any court-ordered garnishment) and deductions the worker asks for in writing, such as a money-transfer to family, are made. Nothing is deducted for housing, transport, tools or the hiring process.",
            ),
            CL(
                "7.",
                "Three-fourths guarantee.",
                "Each worker is guaranteed employment for at least three-fourths of the workdays from the first workday after arrival until November 20, 2026. If fewer hours are offered, the difference is paid at the hourly rate.",
            ),
            CL(
                "8.",
                "Housing.",
                "Housing that meets federal and state standards is provided at no cost in the Stallings Mill camp at the home farm. No rent, utility bill or deposit of any kind is asked of workers.",
            ),
            CL(
                "9.",
                "Meals.",
                "Every housing unit has a kitchen with stoves, refrigerators and cooking pots that workers use at no cost. A local cook also runs an optional meal plan for those who prefer it, at $14.50 per day, which is below the maximum meal charge the Department of Labor allows for 2026; workers may join or leave it with one week's notice.",
            ),
            CL(
                "10.",
                "Travel to the farm and home.",
                "The company buys the bus ticket from Monterrey, Nuevo León, to Nashville, North Carolina, and pays $16.00 for each day of travel for meals, so workers spend nothing on the trip. The visa fee and consular charges are paid directly by the company. Workers who finish the contract, or who are dismissed without cause, are given return transportation and daily subsistence back to Monterrey at company expense.",
            ),
            CL(
                "11.",
                "Daily transportation.",
                "Free transportation between the camp and the worksites is provided each day in company vans driven by licensed drivers.",
            ),
        ],
        [
            CL(
                "12.",
                "Tools.",
                "All tools, buckets, gloves and rain gear needed for the work are issued free, and no deposit is taken for them.",
            ),
            CL(
                "13.",
                "Workers' compensation.",
                "All workers are covered by workers' compensation insurance with Eastern Carolina Mutual, policy WC-44-1187230, paid entirely by the employer.",
            ),
            CL(
                "14.",
                "Abandonment and dismissal.",
                "A worker absent for five consecutive workdays without the employer's consent is considered to have abandoned the job, and the employer will notify the authorities as the regulations require. A worker who abandons the job or is dismissed for cause loses the three-fourths guarantee and paid return transportation. No other penalty, fine or charge applies.",
            ),
            CL(
                "15.",
                "If the work becomes impossible.",
                "If fire, flood, hurricane or another act of God makes the work impossible, the employer may end the contract with the approval of the Department of Labor. Workers are then paid for three-fourths of the workdays up to the end date, given return transportation and reimbursed any inbound costs.",
            ),
            CL(
                "16.",
                "Recruitment and worker rights.",
                "The company's recruiter in Mexico, Cosecha Norte Servicios, S.C., is paid in full by Tar River and is forbidden by contract to collect any money from applicants. No supervisor will hold a worker's passport or visa. No worker will be refused rehire, threatened or reported for complaining about pay, housing or safety.",
            ),
            SIG(["For Tar River Sweetpotato Growers, LLC\nDaniel P. Whitfield, Owner", "Worker"]),
        ],
    ]
    return dict(
        program="h2a",
        language="en",
        pages=pages,
        fees=[],
        missing=[],
        recruiters=["Cosecha Norte Servicios, S.C."],
        traps=[
            "'feeder belt' is a job word, not a fee",
            "rent-free housing, no deposit",
            "optional meal plan below the h2a cap (lawful meal charge)",
            "employer buys bus ticket and pays travel meals",
            "employer pays visa fee",
            "tools free, no deposit",
            "nothing deducted for hiring (negated recruitment fee)",
            "recruiter paid by employer",
            "no passport holding, no retaliation (negated)",
        ],
        doc_type="job_order",
        layout="header band; bulleted offer summary; grid worksite table; numbered clauses",
        footer="Tar River Sweetpotato Growers, LLC · Attachment A",
    )


@doc
def ah02():
    q_house = "Al llegar al campamento, cada trabajador entregará un depósito de $50.00 por el colchón, la almohada y las cobijas, que se le devolverá al final de la temporada si los artículos están completos."
    q_tools = "Las tijeras de despunte y las cubetas de cosecha se venden al trabajador a precio de costo, 35 dólares, cantidad que se descontará de su primer cheque."
    q_damage = "Los daños a los carritos de cosecha o a las instalaciones de la vivienda causados por mal uso se cobrarán al trabajador responsable mediante descuento en su pago."
    pages = [
        [
            TITLE("ORDEN DE TRABAJO H-2A · CONDICIONES DEL EMPLEO"),
            P(
                "Satilla Blueberry Farms, Inc., 880 Highway 32 East, Alma, Georgia 31510, EE. UU. (teléfono 912-555-0170), ofrece empleo agrícola temporal bajo el programa H-2A en los términos siguientes.",
                style="",
            ),
            TB(
                [
                    ["Concepto", "Condición"],
                    ["Puesto", "Trabajador agrícola: cosecha de arándano"],
                    ["Periodo", "Del 6 de abril al 20 de junio de 2026"],
                    ["Lugar", "Huertas de Alma y Nicholls, condados de Bacon y Coffee, Georgia"],
                    ["Salario", "$15.43 por hora o $0.55 por libra, lo que resulte mayor"],
                    ["Jornada", "40 horas por semana, de lunes a sábado"],
                    ["Pago", "Semanal, cada jueves"],
                ],
                (40, 134),
            ),
            CL(
                "CLÁUSULA 1.",
                "Tareas.",
                "Cosechar arándano a mano, vaciar la fruta en cubetas y charolas, llevarlas al punto de pesaje y limpiar hileras. La cuota mínima de producción es de 18 libras por hora a partir de la segunda semana; quien no la alcance recibirá capacitación antes de cualquier medida.",
            ),
            CL(
                "CLÁUSULA 2.",
                "Requisitos.",
                "Tres meses de experiencia comprobable en cosecha manual de fruta pequeña; capacidad para trabajar agachado y bajo el sol durante la jornada completa.",
            ),
            CL(
                "CLÁUSULA 3.",
                "Salario y ajustes.",
                "La empresa pagará la tasa más alta entre la tarifa AEWR vigente ($15.43 por hora en 2026), la tarifa prevaleciente por hora o por libra, y el salario mínimo federal o estatal. Si durante la temporada se publica una AEWR más alta, se aplicará desde su fecha de vigencia.",
            ),
            CL(
                "CLÁUSULA 4.",
                "Horario.",
                "De lunes a sábado, de 6:30 a. m. a 3:00 p. m., con media hora para comer. El domingo es día de descanso.",
            ),
        ],
        [
            CL(
                "CLÁUSULA 5.",
                "Garantía de tres cuartas partes.",
                "La empresa garantiza a cada trabajador empleo por al menos las tres cuartas partes de los días laborables del periodo del contrato; si ofrece menos horas, pagará la diferencia.",
            ),
            CL(
                "CLÁUSULA 6.",
                "Vivienda.",
                "Se proporciona vivienda sin costo en el campamento de la empresa, 1210 Reed Bingham Road, Alma, Georgia, aprobada por la autoridad estatal. "
                + q_house,
            ),
            CL(
                "CLÁUSULA 7.",
                "Comidas.",
                "Cada casa cuenta con cocina equipada, estufa y refrigerador, que los trabajadores usan gratis para preparar sus alimentos.",
            ),
            CL(
                "CLÁUSULA 8.",
                "Transporte.",
                "La empresa compra el boleto de autobús de Monterrey a Alma y paga $16.00 por día de viaje para alimentos. Al terminar el contrato paga el regreso a Monterrey. El traslado diario entre el campamento y las huertas es gratuito, en autobuses de la empresa. La visa la paga la empresa directamente en el consulado.",
            ),
            CL(
                "CLÁUSULA 9.",
                "Herramientas.",
                "La empresa entrega guantes y chalecos reflejantes sin costo. " + q_tools,
            ),
            CL(
                "CLÁUSULA 10.",
                "Descuentos.",
                "Del salario solo se harán los descuentos que ordene la ley, los que el trabajador autorice por escrito y los que se indican en este documento.",
            ),
            CL("CLÁUSULA 11.", "Daños.", q_damage),
        ],
        [
            CL(
                "CLÁUSULA 12.",
                "Abandono y despido.",
                "Se considera que abandonó el empleo el trabajador que falte cinco días laborables seguidos sin permiso. Quien abandone o sea despedido por causa justificada pierde la garantía de tres cuartas partes y el pago del regreso.",
            ),
            CL(
                "CLÁUSULA 13.",
                "Imposibilidad del contrato.",
                "Si un incendio, una helada, una inundación u otro hecho de fuerza mayor impide continuar el trabajo, la empresa podrá terminar el contrato con aprobación del Departamento de Trabajo, pagará la garantía de tres cuartas partes hasta esa fecha y el regreso del trabajador.",
            ),
            CL(
                "CLÁUSULA 14.",
                "Derechos.",
                "Ningún reclutador ni empleado de la empresa puede cobrar por dar este trabajo. El trabajador conserva su pasaporte en todo momento y puede presentar quejas sin represalias.",
            ),
            SIG(
                [
                    "Por Satilla Blueberry Farms, Inc.\nMarjorie Lott, Gerente de personal",
                    "El trabajador",
                ]
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="es",
        pages=pages,
        fees=[
            F("housing_charge", 2, 50.0, "USD", q_house),
            F("equipment_charge", 2, 35.0, "USD", q_tools),
            F("damage_chargeback", 2, None, None, q_damage),
        ],
        missing=["workers_compensation", "earnings_statements"],
        recruiters=[],
        traps=[
            "'cuota mínima de producción' is a productivity quota, not a fee",
            "housing itself sin costo (only the bedding deposit is a finding)",
            "free kitchen",
            "bus and travel meals paid by employer",
            "employer pays visa",
            "gloves and vests free",
            "negated recruitment fee; worker keeps passport",
        ],
        doc_type="job_order",
        layout="centered title; gridded summary table; numbered CLÁUSULA paragraphs",
        font="cond",
        size=9.5,
        footer="Satilla Blueberry Farms, Inc. · Orden de trabajo H-2A",
    )


@doc
def ah03():
    q_ret_en = "Workers who finish the season travel home at their own expense; the company does not pay the return bus to Mexico."
    q_ret_es = "Los trabajadores que terminan la temporada regresan por su cuenta; la compañía no paga el autobús de regreso a México."
    q_wh_en = "Of each hour worked, $2.00 is held back by the company and paid to the worker in one sum on the last day of the harvest."
    q_wh_es = "De cada hora trabajada, la compañía retiene $2.00, que se entregan al trabajador en una sola suma el último día de la cosecha."
    pages = [
        [
            BAND(
                "NACHES RIDGE ORCHARDS LLC",
                "Job Order / Orden de trabajo H-2A · Apple harvest 2026 · English and Spanish",
                (120, 30, 30),
            ),
            TB(
                [
                    ["Term / Condición", "Value / Valor"],
                    [
                        "Employer / Empleador",
                        "Naches Ridge Orchards LLC, 14120 Old Naches Hwy, Naches, WA 98937",
                    ],
                    ["Job / Puesto", "Apple picker / Pizcador de manzana (SOC 45-2092)"],
                    ["Dates / Fechas", "Aug 31 - Nov 13, 2026 / 31 ago - 13 nov 2026"],
                    ["Wage / Salario", "$19.82 per hour / por hora"],
                    ["Hours / Horas", "40 per week / 40 por semana"],
                    ["Payday / Pago", "Every other Friday / Viernes por medio (quincenal)"],
                ],
                (48, 126),
            ),
            CL(
                "1.",
                "Duties and place.",
                "Pick apples from ladders into picking bags, empty them gently into bins and move ladders between trees, in the company's orchards along the Naches River in Yakima County, Washington.",
            ),
            ES(
                "1. Tareas y lugar. Pizcar manzana desde escaleras con bolsa de pizca, vaciarla con cuidado en los bines y mover las escaleras entre árboles, en las huertas de la compañía junto al río Naches, condado de Yakima, Washington."
            ),
            CL(
                "2.",
                "Requirements.",
                "Three months of experience picking tree fruit from a ladder.",
            ),
            ES("2. Requisitos. Tres meses de experiencia en pizca de fruta de árbol con escalera."),
            CL(
                "3.",
                "Wages.",
                "The company pays the highest of the AEWR ($19.82 in 2026), the prevailing piece rate of $32.00 per bin, the agreed rate, and the state minimum wage, and raises pay whenever a higher AEWR takes effect. "
                + q_wh_en,
            ),
            ES(
                "3. Salario. La compañía paga lo más alto entre la AEWR ($19.82 en 2026), la tarifa prevaleciente de $32.00 por bin, la tarifa pactada y el salario mínimo estatal, y sube el pago cuando entra en vigor una AEWR más alta. "
                + q_wh_es
            ),
        ],
        [
            CL(
                "4.",
                "Hours and statements.",
                "Monday to Friday, 6:30 a.m. to 3:00 p.m.; Saturday work is voluntary. Each payday workers receive a statement of hours, bins, rates, deductions and net pay.",
            ),
            ES(
                "4. Horario y talones. De lunes a viernes, de 6:30 a. m. a 3:00 p. m.; el sábado es voluntario. Cada día de pago se entrega un talón con horas, bines, tarifas, descuentos y pago neto."
            ),
            CL(
                "5.",
                "Deductions.",
                "Only federal income tax if the worker requests it, and any deduction the worker authorizes in writing, such as union dues. Social Security and Medicare taxes are not withheld from H-2A wages.",
            ),
            ES(
                "5. Descuentos. Solo el impuesto federal si el trabajador lo pide y los descuentos que autorice por escrito, como la cuota sindical. No se retienen el Seguro Social ni Medicare de los salarios H-2A."
            ),
            CL(
                "6.",
                "Guarantee.",
                "Work is guaranteed for three-fourths of the workdays of the contract period, or the difference is paid.",
            ),
            ES(
                "6. Garantía. Se garantiza trabajo por las tres cuartas partes de los días laborables del contrato; si no, se paga la diferencia."
            ),
            CL(
                "7.",
                "Housing and meals.",
                "Free housing is provided at the Cowiche Creek camp, 620 Cowiche Mill Road, Cowiche, Washington, with a shared kitchen that workers use free of charge.",
            ),
            ES(
                "7. Vivienda y comidas. Vivienda gratuita en el campamento Cowiche Creek, 620 Cowiche Mill Road, Cowiche, Washington, con cocina común que los trabajadores usan gratis."
            ),
            CL(
                "8.",
                "Travel.",
                "Naches Ridge pays the bus from Querétaro to Yakima and $16.00 a day for meals on the road, and reimburses the visa fee in the first week. "
                + q_ret_en,
            ),
            ES(
                "8. Viaje. Naches Ridge paga el autobús de Querétaro a Yakima y $16.00 diarios de comida en el camino, y reembolsa la visa en la primera semana. "
                + q_ret_es
            ),
        ],
        [
            CL(
                "9.",
                "Tools and insurance.",
                "Ladders, picking bags and gloves are provided at no charge. Workers are covered by Washington State workers' compensation (Labor and Industries account 512,889-00).",
            ),
            ES(
                "9. Herramientas y seguro. Escaleras, bolsas y guantes se entregan sin costo. Los trabajadores están cubiertos por el seguro de accidentes de trabajo del estado de Washington (cuenta L&I 512,889-00)."
            ),
            CL(
                "10.",
                "Abandonment.",
                "A worker who misses five consecutive workdays without permission has abandoned the job and loses the guarantee.",
            ),
            ES(
                "10. Abandono. El trabajador que falte cinco días laborables seguidos sin permiso ha abandonado el empleo y pierde la garantía."
            ),
            CL(
                "11.",
                "Impossibility.",
                "If hail, fire or another act of God ends the harvest early, the company may end the contract with Department of Labor approval and pays the three-fourths guarantee to that date.",
            ),
            ES(
                "11. Imposibilidad. Si el granizo, un incendio u otra causa de fuerza mayor termina la cosecha antes, la compañía puede terminar el contrato con aprobación del Departamento de Trabajo y paga la garantía de tres cuartas partes hasta esa fecha."
            ),
            SIG(
                [
                    "Naches Ridge Orchards LLC\nRaymond Ostrander, General Manager",
                    "Worker / Trabajador",
                ]
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="en+es",
        pages=pages,
        fees=[
            F("wage_withholding", 1, 2.0, "USD", q_wh_en, group=1),
            F("wage_withholding", 1, 2.0, "USD", q_wh_es, group=1),
            F("travel_cost", 2, None, None, q_ret_en, group=2),
            F("travel_cost", 2, None, None, q_ret_es, group=2),
        ],
        missing=["return_transportation", "daily_transportation"],
        recruiters=[],
        traps=[
            "inbound bus and travel meals paid by employer",
            "visa reimbursed in first week",
            "free housing and kitchen",
            "tools free",
            "voluntary union dues ('cuota sindical') authorized in writing",
        ],
        doc_type="job_order",
        layout="bilingual stacked: each English clause followed by its Spanish translation; header band; summary grid",
        font="sans",
        size=10,
        footer="Naches Ridge Orchards LLC",
    )


@doc
def ah04():
    q_fee = "LA PERSONA TRABAJADORA cubrirá una cuota de inscripción de MXN 8,500 para que su expediente sea presentado a LA EMPRESA."
    q_promo = "Además, entregará 2 000 pesos al promotor comunitario que la recomendó, señor Rogelio Cárdenas Ibarra, cuñado del gerente de EL RECLUTADOR, como apoyo por incluirla en la lista."
    q_med = "El examen médico y la prueba antidoping se harán en la Clínica San Rafael de Dolores Hidalgo y su costo, mil doscientos pesos, corre por cuenta de LA PERSONA TRABAJADORA."
    q_bond = "Como garantía de que cumplirá la temporada, LA PERSONA TRABAJADORA firmará un pagaré en blanco a favor de EL RECLUTADOR, que le será devuelto a su regreso."
    q_pass = "EL RECLUTADOR conservará el pasaporte con la visa de LA PERSONA TRABAJADORA hasta el día de salida del autobús, y durante la temporada lo guardará el mayordomo de la cuadrilla."
    pages = [
        [
            TITLE(
                "CONVENIO DE RECLUTAMIENTO Y GESTIÓN\nPROGRAMA DE TRABAJADORES AGRÍCOLAS TEMPORALES H-2A"
            ),
            P(
                "En Dolores Hidalgo, Guanajuato, a 9 de febrero de 2026, comparecen por una parte Enlace Agrícola del Bajío, S.C., representada por su gerente, Ing. Federico Ayala Ruelas (en lo sucesivo, EL RECLUTADOR), y por la otra Yesenia Guadalupe Mireles Ortiz, originaria de San Diego de la Unión, Guanajuato (en lo sucesivo, LA PERSONA TRABAJADORA), quienes celebran este convenio al tenor de las siguientes declaraciones y cláusulas."
            ),
            H("DECLARACIONES"),
            CL(
                "I.",
                "",
                "EL RECLUTADOR declara que actúa por encargo de Green River Leaf Farms LLC, 3350 Sacramento Road, Calhoun, Kentucky 42327, EE. UU. (en lo sucesivo, LA EMPRESA).",
            ),
            CL(
                "II.",
                "",
                "LA PERSONA TRABAJADORA declara contar con al menos una temporada de experiencia en corte, ensarte y colgado de tabaco.",
            ),
            H("CLÁUSULAS"),
            CL(
                "PRIMERA.",
                "Del empleo.",
                "El empleo que ofrece LA EMPRESA tiene las condiciones siguientes:",
            ),
            TB(
                [
                    ["Concepto", "Condición"],
                    [
                        "Puesto",
                        "Trabajadora agrícola: corte, ensarte y colgado de tabaco en graneros",
                    ],
                    ["Lugar", "Campos y graneros de LA EMPRESA, condado de McLean, Kentucky"],
                    ["Periodo", "Del 27 de julio al 16 de octubre de 2026"],
                    ["Salario", "$16.10 dólares por hora"],
                    ["Jornada", "40 horas por semana"],
                    ["Pago", "Cada semana, en cheque"],
                    ["Vivienda", "Gratuita, en la granja de LA EMPRESA"],
                    ["Viaje", "LA EMPRESA paga el autobús de ida y el de regreso"],
                ],
                (36, 138),
            ),
            CL(
                "SEGUNDA.",
                "De la visa.",
                "La visa y el derecho de cruce fronterizo los paga LA EMPRESA directamente; LA PERSONA TRABAJADORA no entrega dinero por ese concepto.",
            ),
        ],
        [
            CL("TERCERA.", "De la inscripción.", q_fee + " " + q_promo),
            CL("CUARTA.", "Del examen médico.", q_med),
            CL("QUINTA.", "De la garantía.", q_bond),
            CL("SEXTA.", "De los documentos.", q_pass),
            CL(
                "SÉPTIMA.",
                "De la jurisdicción.",
                "Para la interpretación de este convenio las partes se someten a los tribunales de Dolores Hidalgo, Guanajuato.",
            ),
            SIG(
                [
                    "EL RECLUTADOR\nIng. Federico Ayala Ruelas",
                    "LA PERSONA TRABAJADORA\nYesenia Guadalupe Mireles Ortiz",
                ]
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="es",
        pages=pages,
        fees=[
            F("recruitment_fee", 2, 8500.0, "MXN", q_fee),
            F("recruitment_fee", 2, 2000.0, "MXN", q_promo),
            F("medical_cost", 2, 1200.0, "MXN", q_med),
            F("deposit_or_bond", 2, None, None, q_bond),
            F("document_retention", 2, None, None, q_pass),
        ],
        missing=[
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        recruiters=["Enlace Agrícola del Bajío, S.C."],
        traps=[
            "employer pays visa and border crossing (negated)",
            "free housing",
            "round-trip bus paid by employer",
            "fee paid to recruiter's relative as 'apoyo' (a finding, not a gift)",
        ],
        doc_type="recruiter_agreement",
        layout="legal agreement: declarations and ordinal clauses; gridded terms table; signature lines",
        font="serif",
        size=11,
        footer="",
    )


@doc
def ah05():
    q_ins = "A premium of $12.50 per week for the Company's supplemental accident and health plan will be withheld from every paycheck."
    q_pen = "Any worker who abandons his employment before the end date shall pay the Company liquidated damages equal to two weeks' pay to offset the cost of recruiting a replacement."
    q_black = "Workers who take complaints to outside agencies or advocacy groups instead of using the Company's grievance line will not be offered a contract in future seasons."
    pages = [
        [
            TITLE("SEASONAL AGRICULTURAL EMPLOYMENT AGREEMENT (H-2A)"),
            P(
                'This Agreement is made between San Benito Greens Cooperative, Inc., 5870 San Juan Road, Hollister, California 95023 (the "Company"), and the H-2A worker named on the signature page (the "Worker").'
            ),
            CL(
                "Section 1.",
                "Position.",
                "The Worker is employed as a harvest crew member (SOC 45-2092) to cut, trim and pack romaine lettuce and broccoli in the field, load cartons onto the harvest platform, and clean knives and bins at the end of the shift.",
            ),
            CL(
                "Section 2.",
                "Qualifications.",
                "Two months of experience in the hand harvest of row crops. Workers must be able to bend and lift up to 45 pounds.",
            ),
            CL(
                "Section 3.",
                "Place and term.",
                "Work is performed on Company ranches in San Benito and Monterey Counties, California, from March 16, 2026 through October 30, 2026.",
            ),
            CL(
                "Section 4.",
                "Hours.",
                "Forty hours a week, generally 6:00 a.m. to 2:30 p.m., Monday through Friday, with Saturday work when crops require.",
            ),
            CL(
                "Section 5.",
                "Pay.",
                "(a) The Worker is paid $19.97 per hour, the 2026 AEWR for California, or any higher prevailing, collective-bargaining, state or federal rate, including any higher AEWR published during the term. (b) Wages are paid every week on Thursday. (c) Each pay stub shows hours offered and worked, rate, total earnings, each deduction and the net amount.",
            ),
            CL(
                "Section 6.",
                "Deductions.",
                "The Company deducts federal and California income taxes when the Worker elects withholding, and the items authorized in this Agreement. "
                + q_ins,
            ),
        ],
        [
            CL(
                "Section 7.",
                "Housing and meals.",
                "The Company furnishes housing at no cost at its Hollister labor camp, 410 Fairview Road, with kitchens equipped for the Worker to cook free of charge.",
            ),
            CL(
                "Section 8.",
                "Transportation.",
                "The Company pays in advance for the bus from the consulate in Hermosillo, Sonora to Hollister and for meals on the way, pays the return trip at the end of the term, and provides free daily transport between the camp and the ranches.",
            ),
            CL(
                "Section 9.",
                "Tools and protection.",
                "Knives, gloves, rain suits and sleeve guards are furnished free of charge.",
            ),
            CL(
                "Section 10.",
                "Workers' compensation.",
                "The Worker is covered by the Company's California workers' compensation policy (State Compensation Insurance Fund No. 9031744-26).",
            ),
            CL(
                "Section 11.",
                "Termination.",
                "The Company may terminate this Agreement for cause after written warning. A Worker who is absent five consecutive workdays without notice is deemed to have abandoned employment. "
                + q_pen,
            ),
            CL(
                "Section 12.",
                "Grievances.",
                "The Company's grievance line (831-555-0199) is free and answered in Spanish. "
                + q_black,
            ),
            CL(
                "Section 13.",
                "Documents.",
                "Nothing in this Agreement allows the Company to hold the Worker's passport or visa.",
            ),
            SIG(
                [
                    "San Benito Greens Cooperative, Inc.\nby Lorena Whitcomb, HR Director",
                    "Worker (print and sign)",
                ]
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="en",
        pages=pages,
        fees=[
            F("insurance_cost", 1, 12.5, "USD", q_ins),
            F("breach_penalty", 2, None, None, q_pen),
            F("blacklisting_threat", 2, None, None, q_black),
        ],
        missing=["three_fourths_guarantee", "contract_impossibility"],
        recruiters=[],
        traps=[
            "free grievance line ('free' is not a fee)",
            "negated passport retention",
            "free housing and kitchen",
            "inbound bus and meals paid in advance",
            "tools furnished free",
        ],
        doc_type="work_contract",
        layout="single column; numbered Sections with (a)(b)(c) sub-items; signature lines",
        font="serif",
        size=11,
        footer="San Benito Greens Cooperative, Inc. · H-2A Agreement",
    )


@doc
def ah06():
    pages = [
        [
            TITLE("Su contrato de trabajo H-2A, en preguntas y respuestas"),
            P(
                "Little Manatee Tomato Growers, LLC · 4410 County Road 579, Wimauma, Florida 33598 · Temporada de otoño 2026",
                size=9,
                style="I",
            ),
            TB(
                [
                    ["Lo básico", ""],
                    ["Trabajo", "Cosecha de tomate y amarre de plantas (SOC 45-2092)"],
                    [
                        "Dónde",
                        "Campos de Wimauma y Parrish, condados de Hillsborough y Manatee, Florida",
                    ],
                    ["Cuándo", "Del 14 de septiembre al 18 de diciembre de 2026"],
                    ["Cuánto", "$14.77 por hora, o $0.65 por cubeta de 32 libras si gana más"],
                    ["Horario", "35 horas por semana, de lunes a sábado, de 7:00 a 14:00"],
                    ["Pago", "Cada semana, los viernes"],
                ],
                (34, 140),
            ),
            CL(
                "¿Qué necesito para el puesto?",
                "",
                "Un mes de experiencia en cosecha de hortalizas a mano y poder cargar cubetas de 32 libras.",
            ),
            CL(
                "¿Me pueden pagar menos si sale una tarifa nueva?",
                "",
                "No. Le pagan siempre la tarifa más alta entre la AEWR, la tarifa prevaleciente, la pactada y el salario mínimo; si la AEWR sube durante la temporada, su pago sube desde esa fecha.",
            ),
            CL(
                "¿Hay una cuota de cubetas por día?",
                "",
                "Sí: se espera una cuota de producción de 60 cubetas al día después de la primera semana. No es un cobro; es la meta de trabajo, y quien no la alcance recibe capacitación.",
            ),
            CL(
                "¿Tengo que pagar algo para conseguir este trabajo?",
                "",
                "No. Ni la empresa ni su reclutador, Servicios Laborales Huasteca, S.C., pueden cobrarle cuota, comisión ni apoyo alguno. La empresa paga al reclutador. Nadie le pedirá fianza, pagaré ni depósito.",
            ),
            CL(
                "¿Qué me descuentan del cheque?",
                "",
                "Solo el impuesto federal si usted lo pide por escrito, y lo que usted autorice por escrito, por ejemplo un envío de dinero a su familia. Nada más.",
            ),
        ],
        [
            CL(
                "¿Cuántos días de trabajo me garantizan?",
                "",
                "Por lo menos las tres cuartas partes de los días laborables del contrato. Si le ofrecen menos, la empresa le paga la diferencia.",
            ),
            CL(
                "¿Dónde voy a vivir? ¿Cuánto cuesta?",
                "",
                "En el campamento Balm Road, 13010 Balm Road, Wimauma. La vivienda es gratis: no se cobra renta, luz, agua ni depósito.",
            ),
            CL(
                "¿Y la comida?",
                "",
                "Cada casa tiene cocina con estufa, refrigerador y trastes, sin costo. Si usted decide comprar comida en la tienda del pueblo o en la lonchera, eso es su gasto personal y la empresa no se lo descuenta.",
            ),
            CL(
                "¿Quién paga el viaje?",
                "",
                "La empresa. Compra el autobús de Monterrey a Wimauma y le da $16.00 por cada día de camino para comer. También paga la visa en el consulado. Al final del contrato paga su regreso a Monterrey.",
            ),
            CL(
                "¿Cómo llego al campo cada día?",
                "",
                "En los autobuses de la empresa, gratis, desde el campamento.",
            ),
            CL(
                "¿Tengo que comprar herramientas?",
                "",
                "No. Cubetas, guantes, navajas y cintas de amarre se entregan sin costo y sin depósito.",
            ),
            CL(
                "¿Y si me lastimo?",
                "",
                "Está asegurado por el seguro de compensación al trabajador de la empresa (póliza FL-WC-2026-55821), que paga la empresa.",
            ),
            CL(
                "¿Cómo sé cuánto me pagaron?",
                "",
                "Cada viernes recibe un talón con las horas ofrecidas y trabajadas, cubetas, tarifas, descuentos y pago neto.",
            ),
            CL(
                "¿Cuándo se considera que dejé el trabajo?",
                "",
                "Si falta cinco días laborables seguidos sin avisar. Si abandona o lo despiden por causa justificada, pierde la garantía y el pago del regreso; no hay multa.",
            ),
            CL(
                "¿Y si hay un huracán?",
                "",
                "Si un huracán u otra causa de fuerza mayor hace imposible el trabajo, la empresa puede terminar el contrato con permiso del Departamento de Trabajo, le paga las tres cuartas partes de los días hasta esa fecha y su regreso.",
            ),
            CL(
                "¿Quién guarda mi pasaporte? ¿Puedo salir del campamento?",
                "",
                "Usted guarda su pasaporte. Puede salir y recibir visitas en su tiempo libre, y quejarse sin miedo a represalias.",
            ),
            SIG(["Little Manatee Tomato Growers, LLC", "Trabajador o trabajadora"]),
        ],
    ]
    return dict(
        program="h2a",
        language="es",
        pages=pages,
        fees=[],
        missing=[],
        recruiters=["Servicios Laborales Huasteca, S.C."],
        traps=[
            "'cuota de producción' is a productivity target, not a fee",
            "negated recruitment fee, fianza, pagaré and depósito",
            "free housing, no deposit",
            "voluntary food purchases at the village store",
            "employer pays bus, travel meals, visa and return",
            "tools free, no deposit",
            "worker keeps passport; free to leave camp (negated restrictions)",
            "'no hay multa' (negated penalty)",
        ],
        doc_type="work_contract",
        layout="plain-language Q&A contract; summary table at top; signature lines",
        font="dejavu",
        size=9.5,
        footer="Little Manatee Tomato Growers, LLC",
    )


@doc
def ah07():
    q_bus = "The bus fare from Monterrey to Nyssa, $285.00, is advanced by the Employer and recovered in three equal deductions from the first three paychecks."
    q_adv = "Workers who need cash before departure may receive an advance of up to $400 at the consulate, repaid at $50 per week plus a $5 weekly service charge until paid in full."
    meal_row = ["Meal plan (3 meals daily, mandatory)", "$24.00 per day", "Weekly"]
    pages = [
        [
            BAND(
                "OWYHEE BEND FARMS LLC",
                "Agricultural Clearance Order · Onion harvest and packing · Nyssa, Oregon",
                (40, 60, 110),
            ),
            P(
                "Employer: Owyhee Bend Farms LLC, 1960 Klamath Avenue, Nyssa, Oregon 97913. Contact: Glenda Sauer, 541-555-0133."
            ),
            H("Job offer"),
            UL(
                [
                    "**Job:** 30 farmworkers to top, bag and load dry onions in the field and sort them on the packing line; some workers operate the hand-fed bag stitcher.",
                    "**Period of employment:** August 10, 2026 through October 23, 2026.",
                    "**Hours:** 48 hours per week, Monday to Saturday, 6:00 a.m. to 2:30 p.m.",
                    "**Rate:** $19.58 per hour, the 2026 Oregon AEWR; if a higher AEWR, prevailing wage or minimum wage takes effect, the higher rate is paid from that date.",
                    "**Pay period:** weekly, paid each Friday with an itemized earnings statement.",
                ]
            ),
            TB(
                [
                    ["Worksite", "Location", "Work"],
                    ["Klamath Ave. fields", "Nyssa, Malheur County, OR", "Topping, bagging"],
                    ["Owyhee Ditch fields", "Adrian, Malheur County, OR", "Topping, bagging"],
                    ["Packing shed", "240 Main Street, Nyssa, OR", "Sorting, stitching"],
                ],
                (45, 70, 59),
            ),
            H("Guarantee, housing, transportation"),
            P(
                "Owyhee Bend guarantees work for at least three-fourths of the workdays in the period of employment. Housing is provided free at the Owyhee Bend camp, 2050 Klamath Avenue. Free daily transportation runs from the camp to each worksite. The Employer pays the visa fee at the consulate. "
                + q_bus
            ),
            P(
                "Workers who complete the contract are provided return bus transportation to Monterrey and meals on the trip at Employer expense."
            ),
        ],
        [
            H("Payroll deduction schedule"),
            P(
                "The following amounts are deducted from wages. Deductions are shown on every earnings statement."
            ),
            TB(
                [
                    ["Item", "Amount", "Frequency"],
                    ["Federal income tax", "As elected on Form W-4", "Each payday"],
                    meal_row,
                    ["Inbound bus fare", "$95.00", "Paychecks 1 to 3"],
                    ["Consulate cash advance", "$50.00 + $5.00 charge", "Weekly until repaid"],
                ],
                (80, 52, 42),
            ),
            P(
                "There are no cooking facilities in the camp; all meals are provided through the meal plan above. "
                + q_adv
            ),
            H("Workers' compensation"),
            P(
                "Workers are covered by workers' compensation through SAIF Corporation, policy 887104."
            ),
            H("Termination"),
            P(
                "A worker who fails to report for five consecutive workdays without permission is treated as having abandoned employment. Workers dismissed for cause lose the guarantee and paid return transportation."
            ),
            H("Impossibility"),
            P(
                "If fire, flood, hail or another event beyond the Employer's control makes the work impossible, the Employer may end the contract with the approval of the Certifying Officer, will pay three-fourths of the workdays up to that date and will provide return transportation."
            ),
            SIG(["Owyhee Bend Farms LLC\nGlenda Sauer, Office Manager", "Worker"]),
        ],
    ]
    return dict(
        program="h2a",
        language="en",
        pages=pages,
        fees=[
            F("travel_cost", 1, 285.0, "USD", q_bus),
            F("meal_charge", 2, 24.0, "USD", " ".join(meal_row)),
            F("debt_bondage", 2, 400.0, "USD", q_adv),
        ],
        missing=["inbound_transportation", "tools_provided", "job_requirements"],
        recruiters=[],
        traps=[
            "'hand-fed bag stitcher' (fed/feed is a job word)",
            "free housing and daily transportation",
            "employer pays visa fee",
            "return trip paid by employer",
            "federal income tax row in deduction table (lawful)",
        ],
        doc_type="job_order",
        layout="header band; bulleted offer; grid worksite table; pay-deduction schedule table",
        font="dejavu",
        size=9.5,
        footer="Owyhee Bend Farms LLC · Clearance order attachment",
    )


@doc
def ah08():
    q_fee_es = "Para continuar con su trámite le pedimos una aportación de trámite de 450 dólares, que cubre la revisión de su expediente y la cita consular."
    q_visa_es = "El derecho de visa que se paga en el banco, 205 dólares, lo cubre usted y la empresa no lo devuelve."
    q_tr_es = "Antes de viajar tomará un curso de orientación y seguridad de dos días en nuestras oficinas, con un costo de 1,800 pesos."
    q_fee_en = "To continue your process we ask for a processing contribution of USD 450, which covers the review of your file and the consular appointment."
    q_visa_en = "The visa fee paid at the bank, 205 dollars, is covered by you and is not refunded by the company."
    q_tr_en = "Before travelling you will take a two-day orientation and safety course at our offices, at a cost of 1,800 pesos."
    pages = [
        [
            BAND(
                "RUMBO AL CAMPO · Reclutamiento Agrícola",
                "Av. Reforma 312, Centro, Tehuacán, Puebla · WhatsApp 238 555 0192",
                (150, 90, 20),
            ),
            P("Tehuacán, Puebla, 2 de marzo de 2026"),
            P("Sr. Anselmo Tepox Carrillo\nSan Gabriel Chilac, Puebla"),
            P("Estimado Sr. Tepox:"),
            P(
                "Nos da gusto informarle que fue preseleccionado para la temporada de manzana 2026 con Shenandoah Crest Orchards LLC, 1450 Timberville Pike, Timberville, Virginia 22853, EE. UU. El trabajo es la pizca de manzana con escalera y bolsa en las huertas de la empresa en el condado de Rockingham, Virginia, del 1 de septiembre al 15 de noviembre de 2026, con un salario de $16.04 dólares por hora. Se requiere experiencia en pizca con escalera."
            ),
            P(
                "La empresa le da vivienda sin costo en la huerta y paga el autobús de Puebla a Virginia con sus comidas del camino."
            ),
            P(
                q_fee_es
                + " Puede depositarla en la cuenta que le enviaremos por WhatsApp o entregarla en efectivo en nuestra oficina."
            ),
            P(q_visa_es),
            P(
                q_tr_es
                + " Al terminar el curso le entregaremos su constancia y la fecha de su cita."
            ),
            P("Quedamos a sus órdenes para cualquier duda."),
            P(
                "Atentamente,\nLic. Everardo Quintanilla Sosa\nDirector, Rumbo al Campo Reclutamiento Agrícola"
            ),
        ],
        [
            H("English translation (for the employer's file)"),
            P("Tehuacán, Puebla, March 2, 2026"),
            P("Mr. Anselmo Tepox Carrillo, San Gabriel Chilac, Puebla"),
            P("Dear Mr. Tepox:"),
            P(
                "We are pleased to inform you that you have been preselected for the 2026 apple season with Shenandoah Crest Orchards LLC, 1450 Timberville Pike, Timberville, Virginia 22853, USA. The work is picking apples with a ladder and bag in the company's orchards in Rockingham County, Virginia, from September 1 to November 15, 2026, at a wage of $16.04 per hour. Ladder picking experience is required."
            ),
            P(
                "The company provides housing at no cost at the orchard and pays the bus from Puebla to Virginia and your meals on the road."
            ),
            P(
                q_fee_en
                + " You may deposit it in the account we will send you by WhatsApp or bring it in cash to our office."
            ),
            P(q_visa_en),
            P(
                q_tr_en
                + " When the course ends we will give you your certificate and the date of your appointment."
            ),
            P("We remain at your service for any questions."),
            P(
                "Sincerely,\nEverardo Quintanilla Sosa, Director, Rumbo al Campo Reclutamiento Agrícola"
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="en+es",
        pages=pages,
        fees=[
            F("recruitment_fee", 1, 450.0, "USD", q_fee_es, group=1),
            F("recruitment_fee", 2, 450.0, "USD", q_fee_en, group=1),
            F("visa_cost", 1, 205.0, "USD", q_visa_es, group=2),
            F("visa_cost", 2, 205.0, "USD", q_visa_en, group=2),
            F("training_cost", 1, 1800.0, "MXN", q_tr_es, group=3),
            F("training_cost", 2, 1800.0, "MXN", q_tr_en, group=3),
        ],
        missing=[
            "hours_of_work",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "return_transportation",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        recruiters=["Rumbo al Campo Reclutamiento Agrícola"],
        traps=[
            "euphemism 'aportación de trámite' / 'processing contribution' is a recruitment fee",
            "free housing",
            "inbound bus and road meals paid by employer",
            "meals on the road are travel subsistence, not a meals term",
        ],
        doc_type="recruiter_letter",
        layout="letter on recruiter letterhead band; Spanish page 1, English translation page 2",
        font="dejavu",
        size=10,
        footer="",
    )


@doc
def ah09():
    pages = [
        [
            BAND(
                "CYPRESS KNOLL GOLF CLUB, INC.",
                "H-2B Seasonal Grounds Crew · Employment Terms and Handbook 2026",
                (20, 90, 70),
            ),
            P(
                "Employer: Cypress Knoll Golf Club, Inc., 300 Links Drive, Pinehurst, North Carolina 28374 (910-555-0121). These terms form your contract for the H-2B season."
            ),
            TB(
                [
                    ["Item", "Terms"],
                    [
                        "Position",
                        "Landscaping and groundskeeping worker (SOC 37-3011), 12 openings",
                    ],
                    [
                        "Worksite",
                        "Cypress Knoll course and practice range, 300 Links Drive, Pinehurst, Moore County, NC",
                    ],
                    ["Season", "April 1, 2026 to October 31, 2026"],
                    ["Hours", "40 hours per week, Tuesday to Saturday, 5:30 a.m. to 2:00 p.m."],
                    ["Wage", "$18.62 per hour"],
                    ["Overtime", "$27.93 per hour for hours over 40 in a workweek"],
                    ["Paydays", "Every two weeks, on Friday"],
                ],
                (30, 144),
            ),
            H("1. What you will do"),
            P(
                "Mow greens, tees and fairways; rake bunkers; change cup positions; trim around cart paths; and, on weekend mornings, staff the starter's booth, where you check tee times and collect cart and green fees from guests for the pro shop."
            ),
            H("2. Requirements"),
            P(
                "Three months of experience operating commercial mowers or in landscape maintenance. A driver's license is not required."
            ),
            H("3. Pay"),
            P(
                "You are paid the highest of the H-2B prevailing wage, the federal, state or local minimum wage, or any rate the Club pays similar workers. If the Department of Labor issues a higher prevailing wage during the season, the Club raises your pay from its effective date. Each payday you receive an earnings statement showing hours offered, hours worked, rate, gross pay, each deduction and net pay."
            ),
            H("4. Deductions"),
            P(
                "The Club withholds federal and North Carolina income tax, Social Security and Medicare as the law requires. Other deductions are made only if you authorize them in writing for your own benefit, such as a savings transfer you can stop at any time."
            ),
        ],
        [
            H("5. Guarantee"),
            P(
                "The Club offers you work for at least three-fourths of the hours in each 12-week period of the season (six weeks in the final period), or pays the difference."
            ),
            H("6. Travel, visa and return"),
            P(
                "In your first workweek the Club reimburses your bus fare from Monterrey to Pinehurst, your meals and lodging on the way, and the visa and visa processing fees you paid. When you finish the season, or if you are dismissed early for a business reason, the Club pays your return trip to Monterrey."
            ),
            H("7. Tools and uniforms"),
            P(
                "All tools, equipment, hearing protection and work uniforms are issued free, and no deposit is taken. Club polo shirts with the Cypress Knoll logo are also sold in the pro shop; buying one is entirely voluntary and has nothing to do with your job."
            ),
            H("8. Ending the job"),
            P(
                "If you miss five consecutive workdays without notice, the Club treats the job as abandoned and informs the authorities as required. The Club may dismiss a worker for serious misconduct after a written warning."
            ),
            H("9. If work becomes impossible"),
            P(
                "If a hurricane, fire or other unforeseeable event makes the work impossible, the Club may end the contract, pays you for three-fourths of the hours up to that date, and pays your return trip."
            ),
            TWO(
                "**The Club will never:**\ncharge you for recruitment; keep your passport; lock the crew housing; punish you for changing employer after the season; put you on a blacklist for complaining.",
                "**The recruiter:**\nAlianza Verde Staffing, S.C., Monterrey, is paid entirely by the Club. If anyone asks you for money for this job, call the Club at 910-555-0121.",
            ),
            SIG(["Cypress Knoll Golf Club, Inc.\nHoward Pike, Superintendent", "Worker"]),
        ],
    ]
    return dict(
        program="h2b",
        language="en",
        pages=pages,
        fees=[],
        missing=[],
        recruiters=["Alianza Verde Staffing, S.C."],
        traps=[
            "'collect cart and green fees from guests' is a job duty",
            "inbound travel, visa and visa processing reimbursed in first week",
            "tools and uniforms free, no deposit",
            "voluntary purchase of logo shirts",
            "statutory tax withholding",
            "negated recruitment charge, passport retention, blacklist and movement restriction",
            "recruiter paid by employer",
        ],
        doc_type="handbook",
        layout="header band; gridded terms table; headed handbook sections; two-column promises box",
        font="sans",
        size=10,
        footer="Cypress Knoll Golf Club · H-2B Terms 2026",
    )


@doc
def ah10():
    q_fee = "A service fee of NT$1,800 per month shall be deducted from the Worker's salary during the first twelve months and remitted to the Employer's Taiwan broker."
    q_pass = "The Worker shall secure and pay for his own passport (PHP 950) before deployment."
    q_dorm = "Dormitory accommodation is charged at NT$2,500 monthly, inclusive of electricity and water, and is deducted from salary."
    q_keep = "For safekeeping, the Worker's passport and Alien Resident Certificate shall be kept in the Employer's personnel office for the whole duration of employment."
    q_move = "On rest days the Worker may leave the dormitory only between 8:00 a.m. and 8:00 p.m. and must sign out with the dormitory supervisor; overnight absence is prohibited."
    pages = [
        [
            TITLE(
                "EMPLOYMENT CONTRACT FOR OVERSEAS FILIPINO WORKER\nMANUFACTURING SECTOR · TAIWAN"
            ),
            TB(
                [
                    ["Party", "Details"],
                    [
                        "Employer",
                        "Hsin Feng Precision Components Co., Ltd., No. 18, Gongye 5th Road, Guanyin District, Taoyuan City 328, Taiwan",
                    ],
                    ["Worker", "Rodel Bautista Manalo, born 14 May 1996, Passport P4482917B"],
                    [
                        "Philippine agency",
                        "Lakbay Bayan Manpower Services Inc., 2/F Dela Rosa Bldg., Taft Avenue, Manila",
                    ],
                ],
                (38, 136),
            ),
            CL(
                "1.",
                "Position and duties.",
                "The Worker is employed as a machine operator: loading aluminium blanks into CNC lathes, checking parts with gauges, and packing finished components.",
            ),
            CL(
                "2.",
                "Place of work.",
                "The Employer's factory at No. 18, Gongye 5th Road, Guanyin District, Taoyuan City.",
            ),
            CL(
                "3.",
                "Term.",
                "Three (3) years from the Worker's arrival in Taiwan, expected on 1 June 2026.",
            ),
            CL(
                "4.",
                "Hours.",
                "Eight hours a day, six days a week, 8:00 a.m. to 5:00 p.m. with one hour of rest; one rest day every seven days. Overtime is paid as provided by the Taiwan Labor Standards Act.",
            ),
            CL(
                "5.",
                "Salary.",
                "NT$28,590 per month, paid monthly on the 10th by bank transfer, with a written payslip.",
            ),
            CL(
                "6.",
                "Deductions.",
                "Taiwan income tax, the Worker's statutory share of labor and national health insurance, and the items stated in this contract. "
                + q_fee,
            ),
            CL(
                "7.",
                "Travel.",
                "The Employer pays the Worker's airfare from Manila to Taoyuan and, at the end of the contract, back to Manila, and the Taiwan entry visa and work permit fees. "
                + q_pass,
            ),
        ],
        [
            CL(
                "8.",
                "Accommodation and food.",
                q_dorm + " Meals are available at the factory canteen at the Worker's option.",
            ),
            CL("9.", "Documents.", q_keep),
            CL("10.", "Dormitory rules.", q_move + " Visitors are received in the lobby only."),
            CL(
                "11.",
                "Medical care.",
                "The Employer pays for the Worker's pre-employment and periodic medical examinations required by Taiwan law.",
            ),
            CL(
                "12.",
                "Disputes.",
                "Disputes shall be settled amicably or referred to the Taoyuan City Labor Affairs Bureau or the Migrant Workers Office in Taipei.",
            ),
            SIG(
                [
                    "Employer\nHsin Feng Precision Components Co., Ltd.",
                    "Worker\nRodel Bautista Manalo",
                    "Agency\nLakbay Bayan Manpower Services Inc.",
                ]
            ),
        ],
    ]
    return dict(
        program="generic",
        language="en",
        pages=pages,
        fees=[
            F("recruitment_fee", 1, 1800.0, "TWD", q_fee),
            F("visa_cost", 1, 950.0, "PHP", q_pass),
            F("housing_charge", 2, 2500.0, "TWD", q_dorm),
            F("document_retention", 2, None, None, q_keep),
            F("movement_restriction", 2, None, None, q_move),
        ],
        missing=["termination"],
        recruiters=["Lakbay Bayan Manpower Services Inc."],
        traps=[
            "employer pays airfare both ways, entry visa and work permit",
            "statutory labor and health insurance share (not insurance_cost)",
            "optional canteen meals",
            "employer pays medical examinations",
            "'for safekeeping' euphemism is still passport retention",
        ],
        doc_type="ofw_contract",
        layout="A4; parties table; numbered clauses; three-party signature lines",
        fmt="A4",
        font="serif",
        size=10.5,
        footer="POEA-style contract · Hsin Feng / Lakbay Bayan",
    )


@doc
def ah11():
    q_fee = "LA PERSONA TRABAJADORA pagará a EL RECLUTADOR Q6,500.00 en concepto de cuota de colocación, la mitad al firmar y la otra mitad al recibir la visa."
    q_bond = "Además depositará Q3,000 como garantía de retorno, que perderá si no regresa a Guatemala en la fecha indicada o si abandona el empleo."
    pages = [
        [
            TITLE("CONVENIO DE COLOCACIÓN\nTRABAJO AGRÍCOLA TEMPORAL EN ESTADOS UNIDOS (H-2A)"),
            P(
                "En la ciudad de Quetzaltenango, el 20 de enero de 2026, Oportunidades Agrícolas del Altiplano, S.A., representada por Byron Estuardo Xicará López (EL RECLUTADOR), y Marvin Otoniel Cux Tzoc, con DPI 2587 41190 0901 (LA PERSONA TRABAJADORA), convienen lo siguiente:"
            ),
            CL(
                "PRIMERO.",
                "",
                "EL RECLUTADOR presentará a LA PERSONA TRABAJADORA a la empresa Snake River Seed Potato Co., 2201 North 1100 East, Shelley, Idaho 83274, Estados Unidos, para el empleo que se describe:",
            ),
            TB(
                [
                    ["Puesto", "Trabajador agrícola: selección y carga de papa semilla"],
                    ["Lugar", "Bodegas y campos de la empresa, condado de Bingham, Idaho"],
                    ["Periodo", "Del 3 de agosto al 30 de octubre de 2026"],
                    ["Salario", "$17.95 por hora"],
                    ["Vivienda", "Sin costo, en la finca de la empresa"],
                    ["Viaje", "La empresa paga el boleto de ida y el de regreso"],
                ],
                (34, 140),
                header=False,
            ),
            CL("SEGUNDO.", "", q_fee),
            CL("TERCERO.", "", q_bond),
            CL(
                "CUARTO.",
                "",
                "La visa la paga la empresa en el consulado. LA PERSONA TRABAJADORA conservará en su poder su pasaporte y su DPI.",
            ),
            CL(
                "QUINTO.",
                "",
                "Las partes aceptan el contenido de este convenio y lo firman de conformidad.",
            ),
            SIG(
                [
                    "EL RECLUTADOR\nByron Estuardo Xicará López",
                    "LA PERSONA TRABAJADORA\nMarvin Otoniel Cux Tzoc",
                ]
            ),
        ],
    ]
    return dict(
        program="h2a",
        language="es",
        pages=pages,
        scanned=True,
        fees=[
            F("recruitment_fee", 1, 6500.0, "GTQ", q_fee),
            F("deposit_or_bond", 1, 3000.0, "GTQ", q_bond),
        ],
        missing=[
            "hours_of_work",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        recruiters=["Oportunidades Agrícolas del Altiplano, S.A."],
        traps=[
            "employer pays visa",
            "worker keeps passport and DPI (negated retention)",
            "free housing; round-trip ticket paid by employer",
        ],
        doc_type="recruiter_agreement",
        layout="single column; gridded terms table without header row; ordinal clauses; SCANNED image-only page",
        font="serif",
        size=11,
        footer="",
    )


@doc
def ah12():
    pages = [
        [
            TITLE(
                "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nCAMPAÑA AGRÍCOLA 2026 · CONTRATACIÓN EN ORIGEN"
            ),
            TB(
                [
                    ["Parte", "Datos"],
                    [
                        "Empresa",
                        "Fresas Doñana Campo, S.L., CIF B21998104, Calle Real 41, 21800 Moguer (Huelva), España",
                    ],
                    [
                        "Trabajadora",
                        "Dilcia Maribel Ortez Paz, pasaporte hondureño F117328, natural de Choluteca, Honduras",
                    ],
                ],
                (30, 144),
            ),
            CL(
                "PRIMERA.",
                "Objeto.",
                "La trabajadora prestará servicios como peona agrícola en la recolección de fresa y frutos rojos, el acondicionamiento de la fruta en cajas y la limpieza de túneles de cultivo.",
            ),
            CL(
                "SEGUNDA.",
                "Lugar.",
                "Fincas de la empresa en el término municipal de Moguer (Huelva): finca El Lagar y finca Las Madres.",
            ),
            CL("TERCERA.", "Duración.", "Del 16 de febrero al 15 de junio de 2026."),
            CL(
                "CUARTA.",
                "Jornada.",
                "39 horas semanales, de lunes a sábado, de 8:00 a 14:30, conforme al convenio colectivo del campo de Huelva.",
            ),
            CL(
                "QUINTA.",
                "Salario.",
                "58,63 euros por día trabajado, con la parte proporcional de pagas extraordinarias y vacaciones incluida, abonados mensualmente por transferencia antes del día 5 del mes siguiente, con recibo de salarios.",
            ),
            CL(
                "SEXTA.",
                "Deducciones.",
                "Del salario solo se descontarán la retención del IRPF y la cuota obrera a la Seguridad Social que fija la ley. La cuota obrera es la aportación legal de toda persona trabajadora en España y no es un cobro de la empresa.",
            ),
        ],
        [
            CL(
                "SÉPTIMA.",
                "Viaje.",
                "La empresa abona el billete de avión de ida desde Tegucigalpa a Sevilla y el traslado a Moguer y, al finalizar la campaña, el billete de vuelta a Tegucigalpa. La tasa del visado y el trámite del NIE corren a cargo de la empresa.",
            ),
            CL(
                "OCTAVA.",
                "Alojamiento.",
                "La empresa facilita alojamiento gratuito en la finca El Lagar, con cocina equipada, lavadora y agua caliente, sin fianza ni cargo por suministros.",
            ),
            CL(
                "NOVENA.",
                "Sin costes de contratación.",
                "La trabajadora no ha pagado ni pagará cantidad alguna por su selección. Las tarifas de la agencia Talento Rural Centroamérica, S. de R.L., que colaboró en la selección, las abona íntegramente la empresa.",
            ),
            CL(
                "DÉCIMA.",
                "Equipos.",
                "Guantes, botas, ropa de agua y tijeras se entregan gratuitamente.",
            ),
            CL(
                "UNDÉCIMA.",
                "Documentación y libertad.",
                "La trabajadora conserva en todo momento su pasaporte y su tarjeta de identidad de extranjera, y puede salir del alojamiento libremente fuera del horario de trabajo.",
            ),
            CL(
                "DUODÉCIMA.",
                "Extinción.",
                "El contrato se extingue al término de la campaña. Podrá extinguirse antes por dimisión de la trabajadora con 7 días de preaviso, sin penalización alguna, o por despido disciplinario en los casos del artículo 54 del Estatuto de los Trabajadores.",
            ),
            SIG(
                [
                    "Por Fresas Doñana Campo, S.L.\nAmparo Vélez Rubio, gerente",
                    "La trabajadora\nDilcia Maribel Ortez Paz",
                ]
            ),
        ],
    ]
    return dict(
        program="generic",
        language="es",
        pages=pages,
        fees=[],
        missing=[],
        recruiters=["Talento Rural Centroamérica, S. de R.L."],
        traps=[
            "'cuota obrera a la Seguridad Social' is a statutory contribution, not a fee",
            "IRPF withholding (lawful)",
            "employer pays round-trip airfare, visa fee and NIE",
            "free housing, no fianza",
            "agency 'tarifas' paid by employer",
            "negated penalty for resigning",
            "worker keeps passport; free to leave housing",
        ],
        doc_type="work_contract",
        layout="A4; parties table; ordinal clauses (PRIMERA ... DUODÉCIMA); signature lines",
        fmt="A4",
        font="dejavu",
        size=10,
        footer="Fresas Doñana Campo, S.L.",
    )


# ---------------------------------------------------------------- build
def build(out):
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    problems = []
    for i, fn in enumerate(DOCS, 1):
        name = "ah%02d.pdf" % i
        assert fn.__name__ == name[:-4], fn.__name__
        d = fn()
        d["file"] = name
        data = render(d)
        scanned = bool(d.get("scanned"))
        if scanned:
            data = scan(data, 1000 + i, d.get("fmt", "Letter"))
        (out / name).write_bytes(data)
        fees = []
        for f in d["fees"]:
            e = {
                "category": f["category"],
                "severity": f.get("severity") or severity(f["category"], d["program"]),
                "page": f["page"],
                "amount": f["amount"],
                "currency": f["currency"],
                "quote": f["quote"],
            }
            if "group" in f:
                e["group"] = f["group"]
            fees.append(e)
        labels.append(
            {
                "file": name,
                "program": d["program"],
                "language": d["language"],
                "scanned": scanned,
                "pages": len(d["pages"]),
                "fees": fees,
                "missing_terms": d["missing"],
                "recruiters": d["recruiters"],
                "traps": d["traps"],
                "doc_type": d["doc_type"],
                "layout": d["layout"],
            }
        )
        with pdfplumber.open(out / name) as pdf:
            if len(pdf.pages) != len(d["pages"]):
                problems.append(
                    "%s: %d pages, expected %d" % (name, len(pdf.pages), len(d["pages"]))
                )
            if not scanned:
                texts = [norm(p.extract_text() or "") for p in pdf.pages]
                for f in fees:
                    if norm(f["quote"]) not in texts[f["page"] - 1]:
                        problems.append(
                            "%s p%d: quote not found: %s" % (name, f["page"], f["quote"])
                        )
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return problems


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    random.seed(20260203)
    problems = build(Path(sys.argv[1]))
    for p in problems:
        print("FAIL", p)
    if problems:
        raise SystemExit(1)
    print("ok: %d documents, all fee quotes verified" % len(DOCS))


if __name__ == "__main__":
    main()
