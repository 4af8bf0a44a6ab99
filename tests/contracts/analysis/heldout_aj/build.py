"""Build the blind held-out batch "aj": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR

Deterministic (fixed creation date, fixed seeds). After writing, every fee quote of a
non-scanned page is checked against pdfplumber's text of its labelled page.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

import pdfplumber
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

FONT_DIRS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/",
    "liberation": "/usr/share/fonts/truetype/liberation/",
}
FONT_FILES = {
    "sans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "cond": ("dejavu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "serif": ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "lib": ("liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "libserif": ("liberation", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
}
CREATED = dt.datetime(2025, 2, 3, 9, 30, 0, tzinfo=dt.UTC)
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category: str, program: str) -> str:
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


class Doc:
    def __init__(self, program, fmt="Letter", font="sans", size=10, footer=None):
        self.program = program
        self.pdf = FPDF(format=fmt, unit="pt")
        self.pdf.set_creation_date(CREATED)
        self.pdf.set_auto_page_break(True, margin=54)
        self.pdf.set_margins(54, 54, 54)
        d, reg, bold = FONT_FILES[font]
        self.pdf.add_font("F", "", FONT_DIRS[d] + reg)
        self.pdf.add_font("F", "B", FONT_DIRS[d] + bold)
        self.size = size
        self.fees: list[dict] = []
        self.footer_text = footer
        self.pdf.add_page()
        self.pdf.set_font("F", "", size)

    # -- text ---------------------------------------------------------------
    def page(self):
        self.pdf.add_page()

    def band(self, title, sub="", color=(30, 80, 60)):
        p = self.pdf
        p.set_fill_color(*color)
        p.rect(0, 0, p.w, 62, style="F")
        p.set_text_color(255, 255, 255)
        p.set_xy(54, 16)
        p.set_font("F", "B", 15)
        p.cell(0, 18, title)
        if sub:
            p.set_xy(54, 36)
            p.set_font("F", "", 9)
            p.cell(0, 14, sub)
        p.set_text_color(0, 0, 0)
        p.set_fill_color(255, 255, 255)
        p.set_xy(54, 80)
        p.set_font("F", "", self.size)

    def h(self, text, size=None, gap=6):
        p = self.pdf
        p.ln(gap)
        p.set_font("F", "B", size or self.size + 2)
        p.multi_cell(0, (size or self.size + 2) * 1.3, text, new_x="LMARGIN", new_y="NEXT")
        p.set_font("F", "", self.size)
        p.ln(2)

    def p(self, text, fees=(), size=None, gap=4, align="L"):
        pdf = self.pdf
        pdf.set_font("F", "", size or self.size)
        start = pdf.page_no()
        pdf.multi_cell(
            0, (size or self.size) * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(gap)
        self._fees(text, fees, start)

    def clause(self, num, text, fees=()):
        self.p(f"{num} {text}", fees=fees)

    def _fees(self, text, fees, start):
        for f in fees:
            cat, quote, amount, cur = f[:4]
            group = f[4] if len(f) > 4 else None
            assert quote in text, (quote, text)
            rec = {
                "category": cat,
                "severity": severity(cat, self.program),
                "page": start,
                "amount": amount,
                "currency": cur,
                "quote": quote,
            }
            if group is not None:
                rec["group"] = group
            self.fees.append(rec)

    def grid(self, rows, widths, size=None, header=True, fees=(), lh=None):
        """rows: list of lists of str. fees: (row_index, cat, amount, cur)."""
        pdf = self.pdf
        sz = size or self.size - 1
        pdf.set_font("F", "", sz)
        start = pdf.page_no()
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=lh or sz * 1.3,
            first_row_as_headings=header,
            padding=3,
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(6)
        for idx, cat, amount, cur, *group in fees:
            quote = " ".join(c for c in rows[idx] if c.strip())
            self._fees(quote, [(cat, quote, amount, cur, *group)], start)
        pdf.set_font("F", "", self.size)

    def two_columns(self, left, right, size=None, gutter=18):
        """left/right: lists of (heading or None, text). Same page only."""
        pdf = self.pdf
        sz = size or self.size
        y0 = pdf.get_y()
        colw = (pdf.w - 108 - gutter) / 2
        ends = []
        for i, col in enumerate((left, right)):
            x = 54 + i * (colw + gutter)
            pdf.set_xy(x, y0)
            for head, text in col:
                if head:
                    pdf.set_font("F", "B", sz)
                    pdf.set_x(x)
                    pdf.multi_cell(colw, sz * 1.3, head, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("F", "", sz)
                pdf.set_x(x)
                pdf.multi_cell(colw, sz * 1.3, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            ends.append(pdf.get_y())
        pdf.set_xy(54, max(ends) + 6)
        pdf.set_font("F", "", self.size)

    def signatures(self, left, right):
        pdf = self.pdf
        pdf.ln(24)
        y = pdf.get_y()
        w = (pdf.w - 108 - 30) / 2
        for i, name in enumerate((left, right)):
            x = 54 + i * (w + 30)
            pdf.line(x, y, x + w, y)
            pdf.set_xy(x, y + 3)
            pdf.set_font("F", "", self.size - 1)
            pdf.multi_cell(w, (self.size - 1) * 1.3, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(54, pdf.get_y() + 6)
        pdf.set_font("F", "", self.size)

    def footers(self):
        if not self.footer_text:
            return
        pdf = self.pdf
        n = pdf.pages_count
        for i in range(1, n + 1):
            pdf.page = i
            pdf.set_auto_page_break(False)
            pdf.set_font("F", "", 7)
            pdf.set_xy(54, pdf.h - 36)
            pdf.cell(0, 10, self.footer_text.format(i=i, n=n), align="C")

    def output(self) -> bytes:
        self.footers()
        return bytes(self.pdf.output())


def scan(pdf_bytes: bytes, seed: int, dpi: int = 200) -> bytes:
    """Render each page, degrade it slightly and embed as an image-only PDF."""
    rnd = random.Random(seed)
    src = pypdfium2.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = rnd.uniform(-0.8, 0.8)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        px = bytearray(img.tobytes())
        for k in range(len(px)):
            v = px[k] + rnd.randint(-14, 14)
            px[k] = 0 if v < 0 else 255 if v > 255 else v
        img = Image.frombytes("L", img.size, bytes(px))
        out.add_page(format=(w, h))
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=False)
        buf.seek(0)
        out.image(buf, x=0, y=0, w=w, h=h)
    return bytes(out.output())


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------


def aj01():
    d = Doc(
        "h2a", font="lib", size=10, footer="ETA-790A attachment · Coldwater Ridge · page {i} of {n}"
    )
    d.band(
        "Coldwater Ridge Orchards LLC",
        "1187 Sagebrush Lane, Quincy, WA 98848 · H-2A clearance order attachment",
    )
    d.h("Agricultural Clearance Order: Terms and Conditions of Employment", 12)
    d.p(
        "These terms apply to every worker placed in this job, whether recruited in the United "
        "States or abroad. Each clause below is part of the work contract."
    )
    d.clause(
        "1.",
        "Employer. Coldwater Ridge Orchards LLC, 1187 Sagebrush Lane, Quincy, WA 98848, telephone (509) 555-0147.",
    )
    d.clause(
        "2.",
        "Job. Apple and pear harvest worker: pick fruit by hand into picking bags, carry and empty "
        "bags into bins, move ladders, and feed empty bins to the tractor drivers at row ends. "
        "Some workers will also prune and thin trees after harvest.",
    )
    d.clause(
        "3.",
        "Requirements. One month of tree-fruit harvest experience; able to lift 50 pounds and work on 10-foot ladders.",
    )
    d.clause(
        "4.",
        "Place of work. The Sagebrush, Crescent Bar and Trinidad blocks in Grant County, Washington.",
    )
    d.clause("5.", "Period. From August 18, 2025 through November 7, 2025.")
    d.clause(
        "6.",
        "Hours. 40 hours per week, normally 6:30 a.m. to 3:00 p.m. Monday through Friday; "
        "Saturday work may be offered during peak harvest.",
    )
    d.clause(
        "7.",
        "Wages. $19.82 per hour (the 2025 Adverse Effect Wage Rate for Washington), or $28.00 per "
        "bin when the piece rate yields more; hours are always paid at least the hourly rate. "
        "If a higher AEWR, prevailing wage or federal, state or local minimum wage takes effect "
        "during the contract, the higher rate will be paid from that date.",
    )
    d.clause("8.", "Payday. Every Friday for the workweek that ended the previous Sunday.")
    d.clause(
        "9.",
        "Deductions. Federal income tax when the worker requests withholding, Washington Paid "
        "Family and Medical Leave premiums required by law, and any voluntary deduction the "
        "worker authorizes in writing (for example, money orders to family). No other amounts are taken from pay.",
    )
    d.clause(
        "10.",
        "Pay records. Each paycheck comes with a written statement showing hours offered, hours "
        "worked, bins picked, the rate, gross pay, each deduction and net pay.",
    )
    d.clause(
        "11.",
        "Three-fourths guarantee. The employer guarantees to offer work for at least 3/4 of the "
        "workdays of the contract period; if less is offered, the difference will be paid.",
    )
    d.clause(
        "12.",
        "Housing. Each worker receives a bed in the Crescent Bar Road camp, 2290 Crescent Bar Rd NW, "
        "Quincy, WA, inspected and approved for the season. Housing is rent-free and utilities are included.",
    )
    d.clause(
        "13.",
        "Meals. The camp dining hall serves three meals a day at $13.00 per day, below the highest "
        "meal charge published by the U.S. Department of Labor for 2025. Workers who prefer to "
        "cook may use the free kitchens in each bunkhouse instead, and then pay nothing for meals.",
    )
    d.clause(
        "14.",
        "Travel to the job. Transportation and daily subsistence from the place of recruitment "
        "to Quincy will be reimbursed once the worker completes 50% of the contract period, or in "
        "the first workweek if needed to keep pay at or above the minimum wage.",
    )
    d.clause(
        "15.",
        "Travel home. Workers who finish the contract, or who are let go for reasons other than "
        "cause, will have return transportation and subsistence to their place of recruitment paid by the employer.",
    )
    d.clause(
        "16.",
        "Daily transportation. A company bus carries workers between the camp and the orchard blocks each day free of charge.",
    )
    d.clause(
        "17.",
        "Tools. Picking bags, ladders, pruning shears and gloves are supplied by the employer "
        "without charge and without any deposit.",
    )
    d.clause(
        "18.",
        "Workers' compensation. Coverage is provided through the Washington State Department of "
        "Labor & Industries; the employer pays the premium.",
    )
    d.clause(
        "19.",
        "Abandonment and dismissal. A worker who fails to report for 5 consecutive working days "
        "without the employer's consent is considered to have abandoned the job. Workers may be "
        "dismissed for cause, such as violence or repeated refusal to work; such workers lose the "
        "three-fourths guarantee and paid return travel.",
    )
    d.clause(
        "20.",
        "Work made impossible. If hail, fire, flood or another act of God makes it impossible "
        "to continue, the employer may end the contract with approval of the Department of Labor, "
        "will pay the three-fourths guarantee for the time worked up to that point and will pay return transportation.",
    )
    d.h("Worker protections", 11)
    d.p(
        "Valle Sur Contrataciones Agrícolas, S. de R.L. recruits for this order in Mexico. Its "
        "services are paid for by Coldwater Ridge Orchards under a written agreement that forbids "
        "it, its staff and any sub-agent from asking workers for money. Nobody is authorized to "
        "charge you a placement, registration or processing fee, and you should refuse any such request."
    )
    d.p(
        "You keep your own passport, visa and identification. Residents of the camp are free to "
        "come and go outside work hours and may receive visitors in the common areas. No worker will "
        "be refused future employment or treated differently for asking questions about pay or for "
        "contacting a government agency or a legal aid office."
    )
    d.signatures("For the employer: Dale Whitcomb, Orchard Manager", "Worker")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": [],
        "recruiters": ["Valle Sur Contrataciones Agrícolas, S. de R.L."],
        "traps": [
            "'feed empty bins' is a job duty",
            "lawful meal charge below the DOL cap with free kitchen alternative",
            "PFML premium is a statutory deduction",
            "recruiter paid by employer; fees forbidden (negated)",
            "tools without charge or deposit",
            "housing rent-free",
            "worker keeps passport; free to come and go; no refusal of rehire (negated)",
        ],
        "doc_type": "job_order",
        "layout": "single column; colored header band; numbered clauses; signature line",
    }


def aj02():
    d = Doc("h2a", font="serif", size=10)
    d.h("ENLACES LABORALES DEL BAJÍO, S.C.", 13, gap=0)
    d.p("Calle Hidalgo 214, Col. Centro, Dolores Hidalgo, Gto. · Tel. 418 555 0192", size=8)
    d.p("Dolores Hidalgo, Gto., a 9 de enero de 2025", align="R")
    d.p("Sr. Eusebio Ramírez Quintana\nComunidad Rancho Nuevo, San Diego de la Unión, Gto.")
    d.p("Asunto: su lugar en el grupo de marzo para la pizca de arándano (visa H-2A)")
    d.p(
        "Estimado Sr. Ramírez: Nos da gusto avisarle que fue preseleccionado para trabajar con "
        "Satilla River Blueberries, Inc., con domicilio en 880 Old Coffee Road, Alma, Georgia 31510, "
        "Estados Unidos. El trabajo consiste en cosechar arándano a mano, cargar las cubetas a los "
        "remolques y limpiar los surcos, en los campos de la empresa en el condado de Bacon, Georgia."
    )
    d.p(
        "La temporada corre del 24 de marzo al 20 de junio de 2025. Se trabajan 40 horas por semana, "
        "de lunes a sábado según la maduración de la fruta, con un pago de $14.83 dólares por hora. "
        "Se pide al menos tres meses de experiencia en la cosecha de frutillas."
    )
    d.p(
        "La vivienda en la granja es gratuita para los trabajadores, y la empresa los lleva sin costo "
        "del campamento a los campos todos los días. Las cubetas, tijeras y guantes se los entrega la "
        "empresa sin cobrarle nada. El autobús de Monterrey a Alma y los viáticos del camino se los "
        "reembolsa el patrón, igual que el regreso a Monterrey al terminar la temporada."
    )
    d.h("Lo que usted debe cubrir", 11)
    d.p(
        "Para asegurar su lugar en el grupo de marzo le pedimos una cuota de inscripción de 9,800 "
        "pesos, que puede depositar en la cuenta de nuestra gestora, la Sra. Rosaura Medina Pérez. "
        "El depósito se hace en cualquier sucursal y nos manda la foto del comprobante por WhatsApp.",
        fees=[
            (
                "recruitment_fee",
                "Para asegurar su lugar en el grupo de marzo le pedimos una cuota de inscripción de 9,800 pesos, que puede depositar en la cuenta de nuestra gestora, la Sra. Rosaura Medina Pérez.",
                9800.0,
                "MXN",
            )
        ],
    )
    d.p(
        "El día de la cita en el consulado de Monterrey usted paga el derecho de la visa, que es de "
        "205 dólares; ese pago corre por su cuenta y la empresa no lo devuelve.",
        fees=[
            (
                "visa_cost",
                "El día de la cita en el consulado de Monterrey usted paga el derecho de la visa, que es de 205 dólares; ese pago corre por su cuenta y la empresa no lo devuelve.",
                205.0,
                "USD",
            )
        ],
    )
    d.p(
        "Antes de salir firmará un pagaré por veinte mil pesos ($20,000.00 M.N.) a favor de esta "
        "oficina, como garantía de que cumplirá la temporada completa. Se le regresará el pagaré "
        "cuando vuelva a Dolores Hidalgo con su constancia de salida.",
        fees=[
            (
                "deposit_or_bond",
                "Antes de salir firmará un pagaré por veinte mil pesos ($20,000.00 M.N.) a favor de esta oficina, como garantía de que cumplirá la temporada completa.",
                20000.0,
                "MXN",
            )
        ],
    )
    d.p(
        "Le recordamos traer su pasaporte vigente, su INE y dos fotografías. Cualquier duda la puede "
        "resolver con el Lic. Octavio Medina en nuestra oficina, de lunes a viernes de 10 a 2."
    )
    d.p("Atentamente,\n\nLic. Octavio Medina Pérez\nDirector, Enlaces Laborales del Bajío, S.C.")
    return d.output(), {
        "language": "es",
        "fees": d.fees,
        "missing_terms": [
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Enlaces Laborales del Bajío, S.C."],
        "traps": [
            "'Old Coffee Road' contains 'fee'",
            "free housing and daily rides",
            "tools without charge",
            "inbound and return bus repaid by employer",
            "fee paid to the recruiter's relative (gestora) is still a recruitment fee",
        ],
        "doc_type": "recruiter_letter",
        "layout": "letter; serif; letterhead text; no tables",
    }


H2A_GLANCE_EN = [
    ["Item", "Terms"],
    ["Employer", "Blue Heron Produce Co., 5150 Lakeshore Drive, Hart, MI 49420"],
    [
        "Job",
        "Asparagus and cucumber harvest worker: cut spears, pick and sort cucumbers, load crates",
    ],
    ["Requirements", "No experience required; must be able to stoop and kneel for long periods"],
    ["Fields", "Oceana County, Michigan (Hart and Shelby farms)"],
    ["Season", "April 28, 2025 to August 29, 2025"],
    ["Hours", "35 to 48 hours per week, Monday to Saturday, starting at 6:00 a.m."],
    ["Pay", "$18.50 per hour; the highest AEWR or minimum wage in effect is always paid"],
    ["Payday", "Weekly, every Thursday"],
    ["Deductions", "Taxes required by law and the items in the camp rules that follow"],
    [
        "Guarantee",
        "Work for at least three-fourths of the workdays in the season, or pay for the shortfall",
    ],
    ["Housing", "Free, in the Blue Heron camp at 5150 Lakeshore Drive"],
    ["Meals", "Free kitchen with stoves and refrigerators in each building"],
    ["Travel to Hart", "Bus and meals on the road repaid when half the season is worked"],
    ["Travel home", "Paid by the company at the end of the season"],
    ["Daily rides", "Free company vans from camp to fields"],
    ["Tools", "Asparagus knives, crates and gloves supplied at no charge"],
    ["Injuries", "Workers' compensation insurance paid by the company"],
    ["Ending early", "Five days of unexcused absence is abandonment; dismissal only for cause"],
]
H2A_GLANCE_ES = [
    ["Concepto", "Condiciones"],
    ["Patrón", "Blue Heron Produce Co., 5150 Lakeshore Drive, Hart, MI 49420"],
    [
        "Trabajo",
        "Cosecha de espárrago y pepino: cortar espárrago, recoger y clasificar pepino, cargar cajas",
    ],
    [
        "Requisitos",
        "No se pide experiencia; debe poder agacharse y arrodillarse por periodos largos",
    ],
    ["Campos", "Condado de Oceana, Michigan (ranchos de Hart y Shelby)"],
    ["Temporada", "Del 28 de abril al 29 de agosto de 2025"],
    ["Horario", "De 35 a 48 horas por semana, de lunes a sábado, desde las 6:00 a.m."],
    ["Pago", "$18.50 por hora; siempre se paga el AEWR o salario mínimo más alto vigente"],
    ["Día de pago", "Semanal, cada jueves"],
    ["Descuentos", "Impuestos de ley y lo que indica el reglamento del campamento que sigue"],
    [
        "Garantía",
        "Trabajo por al menos tres cuartas partes de los días de la temporada, o se paga la diferencia",
    ],
    ["Vivienda", "Gratuita, en el campamento Blue Heron, 5150 Lakeshore Drive"],
    ["Comidas", "Cocina gratuita con estufas y refrigeradores en cada edificio"],
    [
        "Viaje a Hart",
        "Autobús y comidas del camino se reembolsan al trabajar la mitad de la temporada",
    ],
    ["Regreso", "Lo paga la compañía al terminar la temporada"],
    ["Transporte diario", "Camionetas gratuitas de la compañía del campamento a los campos"],
    ["Herramientas", "Cuchillos para espárrago, cajas y guantes sin costo"],
    ["Accidentes", "Seguro de compensación para trabajadores pagado por la compañía"],
    [
        "Terminación",
        "Cinco días de faltas injustificadas es abandono; despido solo por causa justificada",
    ],
]


def aj03():
    d = Doc(
        "h2a",
        font="cond",
        size=10,
        footer="Blue Heron Produce Co. · Worker handbook 2025 · {i}/{n}",
    )
    d.band(
        "Worker Handbook 2025",
        "Blue Heron Produce Co. · Hart, Michigan · English pages 1-2",
        (20, 60, 110),
    )
    d.h("Your season at a glance", 12)
    d.grid(H2A_GLANCE_EN, (90, 414), size=9)
    d.page()
    d.h("Camp rules", 12)
    d.p(
        "The camp belongs to everyone who lives in it. These rules were written by the company "
        "and are enforced by the camp manager, Mr. Glen Ostrander."
    )
    d.clause(
        "A.",
        "Quiet hours run from 10:00 p.m. to 5:00 a.m. Radios and televisions must be turned down.",
    )
    d.clause(
        "B.",
        "Each resident must leave a $50 bedding deposit with the camp manager on arrival. It is "
        "returned when the mattress cover and blanket are handed back in September.",
        fees=[
            (
                "housing_charge",
                "Each resident must leave a $50 bedding deposit with the camp manager on arrival.",
                50.0,
                "USD",
                1,
            )
        ],
    )
    d.clause(
        "C.",
        "Residents may not leave the camp after 9:00 p.m. or on Sundays without written permission "
        "from the camp manager. Visitors are not allowed at any time.",
        fees=[
            (
                "movement_restriction",
                "Residents may not leave the camp after 9:00 p.m. or on Sundays without written permission from the camp manager.",
                None,
                None,
                2,
            )
        ],
    )
    d.clause(
        "D.",
        "Broken windows, doors or furniture will be repaired at the resident's expense through payroll deduction.",
        fees=[
            (
                "damage_chargeback",
                "Broken windows, doors or furniture will be repaired at the resident's expense through payroll deduction.",
                None,
                None,
                3,
            )
        ],
    )
    d.clause(
        "E.", "Laundry machines in Building 2 are free to use. Soap is provided by the company."
    )
    d.clause(
        "F.",
        "Report any leak, pest or broken appliance the same day so it can be fixed at no cost to you.",
    )
    d.page()
    d.band(
        "Manual del Trabajador 2025",
        "Blue Heron Produce Co. · Hart, Michigan · páginas en español 3-4",
        (20, 60, 110),
    )
    d.h("Su temporada en resumen", 12)
    d.grid(H2A_GLANCE_ES, (90, 414), size=9)
    d.page()
    d.h("Reglamento del campamento", 12)
    d.p(
        "El campamento es de todos los que viven en él. Este reglamento lo redactó la compañía y lo "
        "hace cumplir el encargado del campamento, el Sr. Glen Ostrander."
    )
    d.clause(
        "A.",
        "Las horas de silencio son de 10:00 p.m. a 5:00 a.m. Radios y televisores deben tener el volumen bajo.",
    )
    d.clause(
        "B.",
        "Cada residente debe dejar un depósito de $50 por la ropa de cama con el encargado al llegar. "
        "Se le devuelve cuando entregue la funda del colchón y la cobija en septiembre.",
        fees=[
            (
                "housing_charge",
                "Cada residente debe dejar un depósito de $50 por la ropa de cama con el encargado al llegar.",
                50.0,
                "USD",
                1,
            )
        ],
    )
    d.clause(
        "C.",
        "Los residentes no pueden salir del campamento después de las 9:00 p.m. ni los domingos sin "
        "permiso por escrito del encargado. No se permiten visitas en ningún momento.",
        fees=[
            (
                "movement_restriction",
                "Los residentes no pueden salir del campamento después de las 9:00 p.m. ni los domingos sin permiso por escrito del encargado.",
                None,
                None,
                2,
            )
        ],
    )
    d.clause(
        "D.",
        "Las ventanas, puertas o muebles rotos se repararán a costa del residente mediante descuento de nómina.",
        fees=[
            (
                "damage_chargeback",
                "Las ventanas, puertas o muebles rotos se repararán a costa del residente mediante descuento de nómina.",
                None,
                None,
                3,
            )
        ],
    )
    d.clause("E.", "Las lavadoras del Edificio 2 son de uso gratuito. La compañía pone el jabón.")
    d.clause(
        "F.",
        "Reporte el mismo día cualquier gotera, plaga o aparato descompuesto para arreglarlo sin costo para usted.",
    )
    return d.output(), {
        "language": "en+es",
        "fees": d.fees,
        "missing_terms": ["earnings_statements", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "free laundry and soap",
            "repairs at no cost for reported leaks",
            "rent-free housing, free kitchen, free vans, free tools",
            "workers' compensation paid by company",
        ],
        "doc_type": "handbook",
        "layout": "handbook; header bands; gridded summary table; lettered camp rules; English pages then Spanish pages",
    }


H2B_FULL_EN = {
    "employer_identity": [
        "Employer",
        "Pinewood Grounds Management, Inc., 7702 Ranch Road 620 North, Austin, TX 78726",
    ],
    "job_duties": [
        "Job title",
        "Landscape laborer: mow, edge, trim hedges, plant beds, spread mulch, clean up sites",
    ],
    "job_requirements": ["Requirements", "3 months of landscaping experience; valid passport"],
    "work_location": [
        "Worksites",
        "Commercial and residential sites in Travis and Williamson Counties, Texas",
    ],
    "employment_period": ["Dates", "March 3, 2025 to November 28, 2025"],
    "hours_of_work": ["Hours", "40 per week, Monday-Friday, 7:00 a.m. to 3:30 p.m."],
    "wage_rate": ["Wage", "$17.41 per hour"],
    "wage_adjustment": [
        "Wage changes",
        "Pays the higher of the prevailing wage or any new minimum wage",
    ],
    "pay_frequency": ["Paid", "Every other Friday (biweekly)"],
    "deductions": ["Deductions", "Taxes, plus the worker items marked in the cost table"],
    "three_fourths_guarantee": [
        "3/4 guarantee",
        "Hours for at least 3/4 of workdays in each 12-week period",
    ],
    "inbound_transportation": ["Inbound travel", "Paid in the first workweek (see cost table)"],
    "return_transportation": [
        "Return travel",
        "Paid by employer at end of contract or if dismissed early",
    ],
    "visa_reimbursement": ["Visa", "Visa and border fees refunded in the first workweek"],
    "termination": ["Abandonment", "5 consecutive days absent without notice = abandonment"],
    "contract_impossibility": [
        "Impossibility",
        "If a storm or fire stops work, 3/4 guarantee paid to that date plus return fare",
    ],
}


def aj04():
    d = Doc(
        "h2b",
        font="sans",
        size=9,
        footer="Pinewood Grounds Management · H-2B Job Order 2025 · page {i} of {n}",
    )
    d.band(
        "Pinewood Grounds Management, Inc.",
        "H-2B job order · Landscape laborers · 2025 season",
        (70, 110, 40),
    )
    d.h("1. Job summary", 11)
    rows = [["Term", "Detail"]] + [v for v in H2B_FULL_EN.values()]
    d.grid(rows, (100, 404), size=8)
    d.p(
        "Crew members at homeowner sites may be asked to collect service fees from residential "
        "customers at the end of a visit and turn them in to the office the same day."
    )
    d.h("2. Who pays for what", 11)
    costs = [
        ["Cost", "Employer", "Worker", "How / when"],
        ["Visa and consular fees", "X", "", "Refunded in first workweek"],
        ["Bus fare Monterrey to Austin", "X", "", "Refunded in first workweek"],
        ["Uniform shirts and boots", "", "X", "$85.00 from first two paychecks"],
        ["Pesticide applicator course", "", "X", "$140, payable at orientation"],
        ["Safety orientation", "X", "", "Free, first day"],
        ["Return bus to Monterrey", "X", "", "Paid at end of contract"],
    ]
    d.grid(
        costs,
        (170, 60, 60, 214),
        size=8,
        fees=[(3, "equipment_charge", 85.0, "USD"), (4, "training_cost", 140.0, "USD")],
    )
    d.h("3. Season completion", 11)
    d.p(
        "To encourage crews to stay through the fall, $1.00 of every hour worked is held back by the "
        "company and paid in a lump sum with the final paycheck in November. Workers who leave before "
        "November 28 are paid the held amount only if the office manager approves.",
        fees=[
            (
                "wage_withholding",
                "To encourage crews to stay through the fall, $1.00 of every hour worked is held back by the company and paid in a lump sum with the final paycheck in November.",
                1.0,
                "USD",
            )
        ],
    )
    d.h("4. Recruitment", 11)
    d.p(
        "Pinewood recruits directly through its Monterrey office and does not use agents. No one "
        "may charge workers for being hired, and the company pays all costs of its own recruitment."
    )
    d.p("Contact: Hector Villalba, H-2B coordinator, (512) 555-0186.")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": ["overtime", "tools_provided", "earnings_statements"],
        "recruiters": [],
        "traps": [
            "'collect service fees from residential customers' is a job duty",
            "visa and inbound bus ticked in the Employer column",
            "free safety orientation",
            "no charge for being hired (negated)",
        ],
        "doc_type": "job_order",
        "layout": "header band; gridded summary table; who-pays grid with Employer/Worker columns",
    }


def aj05():
    d = Doc(
        "h2b",
        font="lib",
        size=10,
        footer="Harbor Point Resort & Marina · Work agreement / Acuerdo de trabajo · {i}/{n}",
    )
    d.h("Harbor Point Resort & Marina, LLC", 14, gap=0)
    d.p("41 Wharf Street, Bar Harbor, ME 04609 · (207) 555-0133", size=8)
    d.h(
        "Housekeeping Attendant – H-2B Work Agreement, Season 2025\nAsistente de limpieza – Acuerdo de trabajo H-2B, temporada 2025",
        11,
    )
    d.p("Worker / Trabajador(a): Marisol Aguilar Vences")
    qa = [
        (
            "Who is my employer? / ¿Quién es mi patrón?",
            "Harbor Point Resort & Marina, LLC, 41 Wharf Street, Bar Harbor, Maine 04609.",
            "Harbor Point Resort & Marina, LLC, 41 Wharf Street, Bar Harbor, Maine 04609.",
        ),
        (
            "What will I do? / ¿Qué haré?",
            "Clean guest rooms and suites, change linens, restock amenities and report repairs. The daily room quota is 14 rooms per 8-hour shift.",
            "Limpiar habitaciones y suites, cambiar ropa de cama, reponer artículos y reportar reparaciones. La cuota diaria es de 14 habitaciones por turno de 8 horas.",
        ),
        (
            "What do I need? / ¿Qué necesito?",
            "Six months of hotel or cleaning experience. Basic English is helpful but not required.",
            "Seis meses de experiencia en hotel o limpieza. Ayuda saber algo de inglés, pero no se exige.",
        ),
        (
            "Where and when? / ¿Dónde y cuándo?",
            "At the resort in Bar Harbor, from May 5, 2025 to October 24, 2025.",
            "En el hotel en Bar Harbor, del 5 de mayo al 24 de octubre de 2025.",
        ),
        (
            "How many hours? / ¿Cuántas horas?",
            "40 hours a week, five 8-hour shifts between 7:00 a.m. and 5:00 p.m.",
            "40 horas por semana, cinco turnos de 8 horas entre las 7:00 a.m. y las 5:00 p.m.",
        ),
        (
            "How much and how often? / ¿Cuánto y cada cuándo?",
            "$17.25 per hour, paid every Friday. Hours over 40 in a week are paid at $25.88. If a higher prevailing or minimum wage applies, we pay it from that date.",
            "$17.25 por hora, pagados cada viernes. Las horas arriba de 40 a la semana se pagan a $25.88. Si se aplica un salario prevaleciente o mínimo más alto, lo pagamos desde esa fecha.",
        ),
        (
            "What comes out of my check? / ¿Qué se descuenta?",
            "Only federal and Maine income tax and Social Security and Medicare. Your pay stub lists hours offered, hours worked, pay and each deduction.",
            "Solo impuestos federales y de Maine, y Seguro Social y Medicare. Su talón de pago muestra horas ofrecidas, horas trabajadas, pago y cada descuento.",
        ),
        (
            "Is work guaranteed? / ¿Hay garantía de trabajo?",
            "Yes: hours equal to at least three-fourths of the workdays in each 12-week period, or the difference is paid.",
            "Sí: horas equivalentes a por lo menos tres cuartas partes de los días de trabajo en cada periodo de 12 semanas, o se paga la diferencia.",
        ),
        (
            "Do I have to pay anything to get this job? / ¿Tengo que pagar algo para obtener este trabajo?",
            "No. The resort pays Caribe Talent Partners for recruiting. If anyone asks you for money, tell us at once.",
            "No. El hotel le paga a Caribe Talent Partners por el reclutamiento. Si alguien le pide dinero, avísenos de inmediato.",
        ),
        (
            "Who pays for the visa and the trip? / ¿Quién paga la visa y el viaje?",
            "The resort. Your visa fee, bus and flight to Bar Harbor and meals on the way are refunded in your first paycheck; the trip home is paid when you finish.",
            "El hotel. La visa, el autobús y el vuelo a Bar Harbor y las comidas del camino se le reembolsan en su primer cheque; el regreso se paga al terminar.",
        ),
        (
            "Uniforms and supplies? / ¿Uniformes y materiales?",
            "Uniforms, cleaning carts, chemicals and gloves are given free and laundered free. The locker key needs no deposit.",
            "Uniformes, carritos, productos y guantes se entregan gratis y se lavan gratis. La llave del casillero no requiere depósito.",
        ),
        (
            "Food? / ¿Comida?",
            "A free staff lunch and coffee are served every shift. The marina charges boat owners a docking fee; that has nothing to do with you.",
            "Se sirve gratis comida y café al personal en cada turno. La marina cobra una tarifa de muelle a los dueños de barcos; eso no tiene que ver con usted.",
        ),
        (
            "Can I be fired? / ¿Me pueden despedir?",
            "Only for cause, such as theft or violence. Missing 5 workdays in a row without notice counts as abandoning the job.",
            "Solo por causa justificada, como robo o violencia. Faltar 5 días seguidos sin avisar cuenta como abandono del trabajo.",
        ),
        (
            "What if the resort has to close? / ¿Y si el hotel tiene que cerrar?",
            "If fire, a hurricane or another disaster makes work impossible, we pay the 3/4 guarantee up to that date and your trip home.",
            "Si un incendio, huracán u otro desastre impide el trabajo, pagamos la garantía de 3/4 hasta esa fecha y su viaje de regreso.",
        ),
    ]
    for q, en, es in qa:
        d.pdf.set_font("F", "B", 10)
        d.pdf.multi_cell(0, 13, q, new_x="LMARGIN", new_y="NEXT")
        d.p(en, gap=1)
        d.pdf.set_text_color(60, 60, 60)
        d.p(es, gap=6)
        d.pdf.set_text_color(0, 0, 0)
    d.p(
        "You keep your passport. Complaints to us or to the Department of Labor will never affect "
        "whether you are hired again. / Usted guarda su pasaporte. Quejarse con nosotros o con el "
        "Departamento de Trabajo nunca afectará su recontratación."
    )
    d.signatures("Resort / Hotel: Priya Nadeau, HR Manager", "Worker / Trabajador(a)")
    return d.output(), {
        "language": "en+es",
        "fees": d.fees,
        "missing_terms": [],
        "recruiters": ["Caribe Talent Partners"],
        "traps": [
            "'cuota' used for a room quota",
            "resort pays the recruiter; negated worker payment",
            "visa and travel refunded in first paycheck",
            "free uniforms, supplies, locker without deposit",
            "free staff lunch and coffee",
            "docking fee charged to boat owners (customers)",
            "worker keeps passport; no effect on rehire (negated)",
        ],
        "doc_type": "work_contract",
        "layout": "bilingual Q&A, each answer in English then Spanish; signature lines",
    }


def aj06():
    d = Doc("h2b", fmt="Legal", font="serif", size=8.5)
    d.h("CONVENIO DE SERVICIOS DE RECLUTAMIENTO", 12, gap=0)
    d.p(
        "Que celebran por una parte SERVICIOS MIGRATORIOS QUETZAL, S.A., con oficinas en 6a. Avenida "
        "9-47, Zona 1, Quetzaltenango, a quien en adelante se llamará LA AGENCIA, y por la otra el "
        "señor Byron Estuardo Cux Tzoc, DPI 2418 55012 0901, a quien se llamará EL TRABAJADOR.",
        gap=2,
    )
    rows = [
        ["Condición", "Detalle"],
        ["Empleador", "Bayou Crest Seafood, Inc., 2140 Highway 56, Chauvin, Louisiana 70344"],
        ["Puesto", "Pelador de camarón y empacador: pelar, clasificar, pesar y empacar camarón"],
        ["Lugar", "Planta de Bayou Crest en Chauvin, Parroquia de Terrebonne, Luisiana"],
        ["Período", "Del 1 de abril al 30 de noviembre de 2025"],
        ["Horario", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30"],
        ["Salario", "$13.88 por hora; se paga el salario prevaleciente o mínimo más alto"],
        ["Pago", "Cada semana, los viernes"],
        ["Descuentos", "Solo los impuestos de ley"],
        ["Viaje de ida", "Boleto de Guatemala a Nueva Orleans reembolsado en la primera semana"],
        ["Regreso", "Pagado por el empleador al terminar el contrato"],
        ["Visa", "Los derechos de visa serán reembolsados por el empleador en la primera semana"],
        ["Herramientas", "Cuchillos, guantes, delantales y botas sin costo para el trabajador"],
        ["Terminación", "Cinco días de ausencia sin aviso se consideran abandono del empleo"],
        ["Requisitos", "Mayor de 18 años; experiencia en empaque de alimentos deseable"],
    ]
    d.grid(rows, (90, 414), size=8)
    d.h("CLÁUSULAS", 10, gap=2)
    d.clause(
        "PRIMERA.",
        "EL TRABAJADOR entregará a LA AGENCIA la suma de Q6,500.00 en concepto de apoyo para el "
        "trámite, la mitad al firmar este convenio y el resto al recibir la visa.",
        fees=[
            (
                "recruitment_fee",
                "EL TRABAJADOR entregará a LA AGENCIA la suma de Q6,500.00 en concepto de apoyo para el trámite, la mitad al firmar este convenio y el resto al recibir la visa.",
                6500.0,
                "GTQ",
            )
        ],
    )
    d.clause(
        "SEGUNDA.",
        "El examen médico y las pruebas de laboratorio se harán en la Clínica San Judas de "
        "Quetzaltenango y su costo de Q850.00 será cubierto por EL TRABAJADOR.",
        fees=[
            (
                "medical_cost",
                "El examen médico y las pruebas de laboratorio se harán en la Clínica San Judas de Quetzaltenango y su costo de Q850.00 será cubierto por EL TRABAJADOR.",
                850.0,
                "GTQ",
            )
        ],
    )
    d.clause(
        "TERCERA.",
        "Al llegar a la planta, el supervisor de Bayou Crest conservará el pasaporte de EL TRABAJADOR "
        "durante toda la temporada y se lo devolverá el día del vuelo de regreso.",
        fees=[
            (
                "document_retention",
                "Al llegar a la planta, el supervisor de Bayou Crest conservará el pasaporte de EL TRABAJADOR durante toda la temporada y se lo devolverá el día del vuelo de regreso.",
                None,
                None,
            )
        ],
    )
    d.clause(
        "CUARTA.",
        "LA AGENCIA no cobrará por la entrevista ni por la orientación previa al viaje, que se dan "
        "en sus oficinas sin costo.",
    )
    d.clause(
        "QUINTA.",
        "EL TRABAJADOR puede presentar quejas ante el Ministerio de Trabajo o el consulado sin que "
        "eso afecte su contratación en futuras temporadas.",
    )
    d.p(
        "Leído el presente convenio, lo firman las partes en Quetzaltenango el 14 de enero de 2025.",
        gap=2,
    )
    d.signatures("Por LA AGENCIA: Lic. Haroldo Sac", "EL TRABAJADOR")
    raw = d.output()
    return scan(raw, seed=606), {
        "language": "es",
        "scanned": True,
        "fees": d.fees,
        "missing_terms": [
            "overtime",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Servicios Migratorios Quetzal, S.A."],
        "traps": [
            "visa fees reimbursed by employer",
            "inbound ticket reimbursed",
            "free interview and orientation (negated)",
            "complaints without effect on rehire (negated blacklisting)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "legal-size; gridded terms table; named clauses; SCANNED image-only",
    }


def aj07():
    d = Doc(
        "generic",
        fmt="A4",
        font="libserif",
        size=10,
        footer="Overseas Employment Contract · Northstar / Hsinchu Precision · page {i} of {n}",
    )
    d.h("OVERSEAS EMPLOYMENT CONTRACT", 13, gap=0)
    d.p("(Production Operator – Taiwan)", align="C")
    d.grid(
        [
            ["Party", "Name and address"],
            [
                "Employer",
                "Hsinchu Precision Components Co., Ltd., No. 38, Gongye 2nd Road, Hukou Township, Hsinchu County, Taiwan",
            ],
            [
                "Philippine agency",
                "Northstar Manpower Services Inc., 2/F Lumbera Bldg., 1621 Taft Avenue, Malate, Manila",
            ],
            ["Taiwan broker", "Formosa Bridge Human Resources Co., Zhubei City, Hsinchu County"],
            ["Worker", "Jonalyn B. Dizon, of Barangay San Isidro, Cabanatuan City, Nueva Ecija"],
        ],
        (110, 377),
        size=9,
    )
    d.clause(
        "1.",
        "Position and duties. The Worker is hired as Production Operator and shall operate "
        "surface-mount and inspection machines, sort and pack circuit boards, and keep the work area clean.",
    )
    d.clause(
        "2.",
        "Site and term. The Worker shall work at the Employer's Hukou plant for thirty-six (36) "
        "months starting from the date of arrival in Taiwan, expected on 10 March 2025.",
    )
    d.clause(
        "3.",
        "Hours. Eight (8) hours a day, five (5) days a week, on rotating day and night shifts; "
        "overtime is voluntary and paid as required by the Taiwan Labor Standards Act.",
    )
    d.clause(
        "4.",
        "Salary. NT$27,470 per month, paid by bank transfer on the 10th of each month, with a "
        "payslip itemizing all deductions.",
    )
    d.clause(
        "5.",
        "Deductions. Only Taiwan income tax, the Worker's share of labor and national health "
        "insurance as set by law, and the items stated in clause 8 may be deducted.",
    )
    d.clause(
        "6.",
        "Board and lodging. The Employer provides dormitory lodging and three meals a day free of "
        "charge; no amount for board or lodging may be deducted from the salary.",
    )
    d.clause(
        "7.",
        "Return. The Employer shall pay the Worker's airfare back to Manila at the end of the "
        "contract or on early termination not due to the Worker's fault.",
    )
    d.clause(
        "8.",
        "Worker's obligations to the Agency and Broker. Before deployment, the Worker shall pay the "
        "Agency a placement fee equal to one month's basic salary (NT$27,470).",
        fees=[
            (
                "recruitment_fee",
                "Before deployment, the Worker shall pay the Agency a placement fee equal to one month's basic salary (NT$27,470).",
                27470.0,
                "TWD",
            )
        ],
    )
    d.p(
        "A Worker who cannot pay in cash may borrow PHP 60,000 from Lakan Lending Corp., the "
        "Agency's financing partner, to be repaid through twelve (12) monthly salary deductions of PHP 5,800.",
        fees=[
            (
                "debt_bondage",
                "A Worker who cannot pay in cash may borrow PHP 60,000 from Lakan Lending Corp., the Agency's financing partner, to be repaid through twelve (12) monthly salary deductions of PHP 5,800.",
                60000.0,
                "PHP",
            )
        ],
    )
    d.p(
        "In Taiwan, a monthly service charge of NT$1,800 in the first year will be collected by "
        "the Taiwan broker for arranging residence permits and providing counselling. The premium "
        "of the compulsory insurance for migrant workers, PHP 3,200, shall be for the Worker's account.",
        fees=[
            (
                "recruitment_fee",
                "In Taiwan, a monthly service charge of NT$1,800 in the first year will be collected by the Taiwan broker for arranging residence permits and providing counselling.",
                1800.0,
                "TWD",
            ),
            (
                "insurance_cost",
                "The premium of the compulsory insurance for migrant workers, PHP 3,200, shall be for the Worker's account.",
                3200.0,
                "PHP",
            ),
        ],
    )
    d.clause(
        "9.",
        "Documents. The Worker keeps her own passport and Alien Resident Certificate. The Employer "
        "shall pay the work permit and entry visa costs in Taiwan.",
    )
    d.clause(
        "10.",
        "Governing law. This Contract is governed by Philippine law and the laws of Taiwan where the work is performed.",
    )
    d.signatures("For the Agency: Ma. Teresa L. Ocampo, President", "Worker: Jonalyn B. Dizon")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": ["termination"],
        "recruiters": [
            "Northstar Manpower Services Inc.",
            "Formosa Bridge Human Resources Co.",
        ],
        "traps": [
            "statutory labor and health insurance shares (lawful deductions)",
            "employer pays work permit and visa",
            "worker keeps passport (negated retention)",
            "free board and lodging",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4; parties table; numbered clauses; serif",
    }


def aj08():
    d = Doc("generic", fmt="A4", font="sans", size=8.5)
    d.h("CONTRATO DE TRABAJO DE TEMPORADA – CONTRATACIÓN EN ORIGEN", 11, gap=0)
    d.p("Campaña de fresa y frutos rojos 2025 · Moguer (Huelva), España", size=8)
    left = [
        (
            "1. Partes",
            "Empresa: Agrícola Doñana Berries, S.L., CIF B21876543, Camino de la Dehesa s/n, 21800 "
            "Moguer (Huelva). Trabajadora: María Elena Zúniga Castro, pasaporte hondureño, vecina de "
            "Choluteca, Honduras.",
        ),
        (
            "2. Puesto",
            "Peona agrícola: recolección de fresa y arándano, limpieza de plantas, colocación de "
            "cajas en los carros y apoyo en el almacén de envasado.",
        ),
        ("3. Lugar", "Fincas de la empresa en Moguer y Palos de la Frontera (Huelva)."),
        ("4. Duración", "Del 10 de febrero al 15 de junio de 2025."),
        (
            "5. Jornada",
            "39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, según el convenio del "
            "campo de Huelva.",
        ),
        (
            "6. Salario",
            "56,84 euros por día trabajado, más la parte proporcional de pagas extra y vacaciones. "
            "La tarifa por caja de destajo, cuando se aplique, nunca dará menos que el salario diario.",
        ),
        (
            "7. Pago",
            "Mensual, por transferencia bancaria, los días 5 de cada mes, con nómina detallada.",
        ),
    ]
    right = [
        (
            "8. Descuentos",
            "Solo la retención del IRPF y la cuota obrera de la Seguridad Social que fija la ley. "
            "No se descuenta nada por alojamiento, transporte ni herramientas.",
        ),
        (
            "9. Alojamiento",
            "Gratuito, en las casas de la finca Los Álamos, con agua, luz y gas incluidos. La "
            "trabajadora entra y sale libremente y puede recibir visitas.",
        ),
        (
            "10. Viajes",
            "La empresa asume el billete de avión de ida Tegucigalpa–Madrid y el de vuelta al "
            "terminar la campaña, así como el autobús Madrid–Moguer en ambos sentidos.",
        ),
        (
            "11. Herramientas",
            "Guantes, tijeras, botas y ropa de agua se entregan sin coste y sin fianza.",
        ),
        (
            "12. Reclutamiento",
            "Ninguna persona ni agencia puede cobrarle cantidad alguna por este empleo. Los gastos "
            "de selección los paga la empresa.",
        ),
        (
            "13. Documentos",
            "La trabajadora conserva en todo momento su pasaporte y su tarjeta de identidad.",
        ),
        (
            "14. Terminación",
            "El contrato termina al fin de la campaña. La empresa solo puede despedir por las "
            "causas del Estatuto de los Trabajadores, con preaviso de 15 días, salvo falta muy grave.",
        ),
    ]
    d.two_columns(left, right, size=8.5)
    d.signatures("Por la empresa: Rocío Márquez Vela, gerente", "La trabajadora")
    return d.output(), {
        "language": "es",
        "fees": d.fees,
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'tarifa por caja' is a piece rate",
            "statutory social-security 'cuota obrera' is a lawful deduction",
            "free housing with utilities; free to come and go",
            "employer pays both flights and bus",
            "tools without cost or deposit ('sin fianza')",
            "nobody may charge (negated fee)",
            "worker keeps passport",
        ],
        "doc_type": "work_contract",
        "layout": "A4; two-column numbered clauses; signature lines",
    }


def aj09():
    d = Doc("generic", fmt="A4", font="sans", size=9.5, footer="SNG/HR/FW-2025 · page {i} of {n}")
    d.band(
        "Selangor Nitrile Gloves Sdn. Bhd.",
        "Lot 22, Jalan Perindustrian 5, Kawasan Perindustrian Pulau Indah, 42920 Klang, Selangor",
        (110, 40, 40),
    )
    d.p("Ref: SNG/HR/FW-2025/0417          Date: 6 January 2025")
    d.p(
        "To: Ram Bahadur Thapa, Ward 4, Gorkha Municipality, Gorkha, Nepal\nThrough: Himalayan Crest Overseas Pvt. Ltd., Kathmandu"
    )
    d.h("Letter of Appointment – Machine Operator (Dipping Line)", 11)
    d.p(
        "We are pleased to appoint you as a Machine Operator on the glove dipping lines at our "
        "Pulau Indah factory. Your duties are to load formers, monitor the dipping and curing "
        "ovens, strip and count gloves, and report machine faults."
    )
    d.p(
        "Your employment is for 24 months from 3 March 2025 to 2 March 2027. Normal hours are 8 "
        "hours a day, 6 days a week, in 12-hour rotating shifts that include 4 hours of paid overtime."
    )
    d.p(
        "Your basic salary is RM 1,700 per month, paid monthly by bank transfer no later than the "
        "7th day of the following month. The attached schedule lists every deduction that will be made."
    )
    d.p(
        "Either party may end this appointment by giving one month's written notice, and the "
        "Company may dismiss you without notice for serious misconduct after a domestic inquiry."
    )
    d.p(
        "A worker who resigns before completing 24 months shall compensate the Company with an "
        "amount equal to three months' basic salary (RM 5,100).",
        fees=[
            (
                "breach_penalty",
                "A worker who resigns before completing 24 months shall compensate the Company with an amount equal to three months' basic salary (RM 5,100).",
                5100.0,
                "MYR",
            )
        ],
    )
    d.p("Yours faithfully,\n\nTan Mei Ling, Human Resources Manager")
    d.page()
    d.h("Schedule A – Monthly Salary Deductions", 12)
    rows = [
        ["Item", "Amount", "Frequency"],
        ["Hostel accommodation (shared room)", "RM 180.00", "Monthly"],
        ["Canteen meals (2 per day)", "RM 150.00", "Monthly"],
        ["Completion retention (held until contract end)", "RM 200.00", "Monthly"],
        ["EPF / SOCSO statutory contributions", "As per law", "Monthly"],
        ["Foreign worker levy", "Paid by Company", "-"],
        ["Recruitment and visa costs", "Paid by Company", "-"],
    ]
    d.grid(
        rows,
        (250, 120, 117),
        size=9,
        fees=[
            (1, "housing_charge", 180.0, "MYR"),
            (2, "meal_charge", 150.0, "MYR"),
            (3, "wage_withholding", 200.0, "MYR"),
        ],
    )
    d.p(
        "The Company bears the foreign worker levy, the work pass, the medical screening (FOMEMA) "
        "and the insurance required under the Foreign Workers Compensation Scheme. The completion "
        "retention is released with the last month's salary."
    )
    d.p(
        "I have read and understood this letter and Schedule A, which were explained to me in Nepali."
    )
    d.signatures("Ram Bahadur Thapa", "Witness (Himalayan Crest Overseas)")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": ["return_transportation"],
        "recruiters": ["Himalayan Crest Overseas Pvt. Ltd."],
        "traps": [
            "foreign worker levy, recruitment and visa costs paid by Company",
            "EPF / SOCSO statutory contributions",
            "medical screening and compensation insurance borne by Company",
            "paid overtime inside the shift (not a fee)",
        ],
        "doc_type": "offer_letter",
        "layout": "A4; header band; letter of appointment page; deduction schedule grid on page 2",
    }


def aj10():
    d = Doc(
        "h2a",
        font="lib",
        size=10,
        footer="Sandhill Sweet Potato Farms · Pay & Deduction Policy · {i}/{n}",
    )
    d.h("SANDHILL SWEET POTATO FARMS, INC.", 13, gap=0)
    d.p("4619 Tarheel Church Road, Faison, NC 28341", size=9)
    d.h("H-2A Season 2025 – Pay and Deduction Policy (addendum to the job order)", 11)
    d.p(
        "This policy explains how pay works for the 2025 sweet potato season, August 11 to "
        "November 21, 2025, at our fields and packing shed in Duplin and Sampson Counties, North "
        "Carolina. Workers harvest sweet potatoes behind the digger, fill and carry buckets, and "
        "grade potatoes at the shed. At least one season of hand-harvest experience is required."
    )
    d.clause(
        "1.",
        "Pay. $16.36 per hour or 65 cents per bucket, whichever is more for the week, for a "
        "normal schedule of 8 hours a day, Monday through Saturday. If the AEWR or any minimum "
        "wage rises during the season, the new rate applies from that date.",
    )
    d.clause(
        "2.",
        "Payday. Pay is issued each Friday with a stub listing hours offered and worked, buckets, rates and every deduction.",
    )
    d.clause(
        "3.",
        "Guarantee. The farm offers work for at least three-quarters of the workdays of the season "
        "or pays the difference.",
    )
    d.clause(
        "4.",
        "Housing and transport. Rent-free housing is provided at the farm's Tarheel Church Road "
        "camp, and farm buses carry workers to the fields each morning without charge.",
    )
    d.clause(
        "5.",
        "Meals. Meals from the camp kitchen are charged at $12.50 per day, which does not exceed "
        "the DOL maximum; workers may instead cook in the camp kitchen at no charge.",
    )
    d.h("Deduction schedule", 11)
    rows = [
        ["Deduction", "Amount", "When"],
        ["Social Security and Medicare", "As required by law", "Each week"],
        ["Camp kitchen meals (optional)", "$12.50 per day", "Each week"],
        ["Bus fare advance from Nuevo Laredo", "$31.00 per week", "Weeks 1 to 10"],
        ["Equipment deposit (buckets, knife, rain gear)", "$40.00", "First paycheck"],
    ]
    d.grid(
        rows,
        (250, 130, 124),
        size=9,
        fees=[(3, "travel_cost", 31.0, "USD", 1), (4, "equipment_charge", 40.0, "USD")],
    )
    d.p(
        "The $310 bus fare from Nuevo Laredo is advanced by the farm and recovered at $31.00 per "
        "week over the first ten weeks. The equipment deposit is refunded when all items are "
        "returned in good order at the end of the season.",
        fees=[
            (
                "travel_cost",
                "The $310 bus fare from Nuevo Laredo is advanced by the farm and recovered at $31.00 per week over the first ten weeks.",
                310.0,
                "USD",
                1,
            )
        ],
    )
    d.clause(
        "6.",
        "Return trip. The farm pays the bus back to Nuevo Laredo for workers who finish the season "
        "or are laid off early.",
    )
    d.clause(
        "7.",
        "Discipline. Workers who miss five straight workdays without notice have abandoned their "
        "job. Workers may be discharged for cause after a written warning.",
    )
    d.clause(
        "8.",
        "Complaints. Any worker who files a complaint with an outside agency instead of using the "
        "farm's grievance box will not be offered employment next season.",
        fees=[
            (
                "blacklisting_threat",
                "Any worker who files a complaint with an outside agency instead of using the farm's grievance box will not be offered employment next season.",
                None,
                None,
            )
        ],
    )
    d.signatures("Wade Pridgen, Owner", "Worker signature and date")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": [
            "inbound_transportation",
            "tools_provided",
            "workers_compensation",
            "contract_impossibility",
        ],
        "recruiters": [],
        "traps": [
            "lawful meal charge under the cap, optional, free kitchen",
            "rent-free housing and free buses",
            "social security and medicare are statutory",
            "same bus-fare recovery appears in table row and in sentence (two quotes)",
        ],
        "doc_type": "deduction_schedule",
        "layout": "addendum; numbered clauses; gridded deduction schedule table",
    }


def aj11():
    d = Doc(
        "h2a",
        font="sans",
        size=9.5,
        footer="Viveros Laurel Creek · Preguntas frecuentes H-2A 2025 · página {i} de {n}",
    )
    d.band(
        "Viveros Laurel Creek, LLC",
        "Preguntas frecuentes sobre su contrato H-2A · temporada 2025",
        (90, 50, 120),
    )
    faq = [
        (
            "¿Quién es el patrón?",
            "Viveros Laurel Creek, LLC, 2275 Mountain Laurel Road, Fletcher, Carolina del Norte 28732.",
        ),
        (
            "¿Qué trabajo voy a hacer?",
            "Trabajador de vivero: trasplantar plántulas, llenar macetas, podar arbustos, acomodar "
            "plantas en los invernaderos y cargar camiones. La cuota diaria de macetas llenas es una "
            "meta de producción, no un cobro.",
        ),
        (
            "¿Qué se pide?",
            "Tres meses de experiencia en vivero o invernadero y poder levantar 40 libras.",
        ),
        (
            "¿Dónde?",
            "En los invernaderos y lotes de Laurel Creek en el condado de Henderson, Carolina del Norte.",
        ),
        ("¿Cuándo empieza y termina?", "Del 3 de marzo al 27 de junio de 2025."),
        ("¿Cuántas horas?", "40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m."),
        (
            "¿Cuánto me pagan?",
            "$16.36 por hora. Si durante la temporada sube el AEWR o algún salario mínimo, se le paga "
            "la tarifa más alta desde esa fecha.",
        ),
        (
            "¿Cada cuándo me pagan?",
            "Cada semana, los viernes, con un talón que muestra horas ofrecidas, horas trabajadas, pago y descuentos.",
        ),
        (
            "¿Qué me descuentan?",
            "Solo el Seguro Social y Medicare, y el impuesto sobre la renta si usted lo pide por escrito.",
        ),
        (
            "¿Me garantizan trabajo?",
            "Sí. Se le ofrecerá trabajo por lo menos durante tres cuartas partes de los días de la "
            "temporada; si no, se le paga la diferencia.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En la casa de la empresa en 2281 Mountain Laurel Road, sin pagar renta ni servicios.",
        ),
        (
            "¿Y la comida?",
            "Cada casa tiene cocina equipada gratis. Usted compra y prepara su comida; el patrón no vende comidas.",
        ),
        (
            "¿Quién paga el viaje?",
            "El patrón le reembolsa el autobús desde Monterrey y los viáticos cuando cumpla la mitad "
            "de la temporada, y paga su regreso a Monterrey al terminar. El cobro del consulado por "
            "la visa también se le reembolsa.",
        ),
        (
            "¿Cómo llego al trabajo cada día?",
            "En la camioneta de la empresa, gratis, de la casa a los invernaderos.",
        ),
        (
            "¿Tengo que comprar herramientas?",
            "No. Tijeras, guantes y botas se entregan sin costo y sin depósito. Si usted decide "
            "comprar otras botas por su cuenta, es su decisión.",
        ),
        (
            "¿Y si me lastimo?",
            "Está cubierto por el seguro de compensación para trabajadores, pagado por el patrón.",
        ),
        (
            "¿Tengo que pagar algo para que me contraten?",
            "No. Nadie puede cobrarle por el trabajo, ni el patrón ni ningún reclutador. Si alguien le "
            "pide dinero, llame a la oficina al (828) 555-0164.",
        ),
        (
            "¿Qué pasa si dejo de ir?",
            "Si falta 5 días seguidos sin avisar se considera que abandonó el trabajo. También lo "
            "pueden despedir por causa justificada, como pelear o robar.",
        ),
        (
            "¿Y si hay una helada o un incendio?",
            "Si un desastre natural impide seguir trabajando, el patrón puede terminar el contrato con "
            "aviso al Departamento de Trabajo, le paga la garantía de tres cuartas partes hasta esa fecha y su regreso.",
        ),
        (
            "¿Puedo salir de la casa los fines de semana?",
            "Sí. Usted es libre de salir cuando no trabaja y guarda su propio pasaporte.",
        ),
        (
            "¿Hay tienda en el vivero?",
            "Hay una máquina de refrescos. Comprar ahí es voluntario y nada se descuenta del cheque.",
        ),
    ]
    for q, a in faq:
        d.pdf.set_font("F", "B", 9.5)
        d.pdf.multi_cell(0, 12, q, new_x="LMARGIN", new_y="NEXT")
        d.p(a, gap=5)
    return d.output(), {
        "language": "es",
        "fees": d.fees,
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'cuota diaria de macetas' is a production quota",
            "'cobro del consulado' is reimbursed",
            "free housing, kitchen, rides, tools without deposit",
            "voluntary purchases (own boots, soda machine)",
            "nobody may charge (negated fee)",
            "free to leave; keeps passport",
        ],
        "doc_type": "faq",
        "layout": "Q&A / FAQ; header band; bold questions",
    }


def aj12():
    d = Doc(
        "generic",
        fmt="A4",
        font="serif",
        size=9.5,
        footer="Addendum No. 2 · Kwok / Rahmawati · page {i} of {n}",
    )
    d.h("SUPPLEMENTARY AGREEMENT (ADDENDUM No. 2)", 12, gap=0)
    d.p(
        "to the Standard Employment Contract for a Domestic Helper Recruited from Outside Hong Kong "
        "signed on 20 January 2025",
        size=9,
    )
    d.grid(
        [
            ["Item", "Particulars"],
            [
                "Employer",
                "Mr. Kwok Ting-fai, Flat 12B, Tower 3, Bayview Gardens, Tseung Kwan O, N.T., Hong Kong",
            ],
            [
                "Helper",
                "Siti Rahmawati, of Desa Karangrejo, Kabupaten Blitar, East Java, Indonesia",
            ],
            [
                "Hong Kong agency",
                "Golden Orchid Employment Agency Ltd., Room 1604, Wing On Plaza, Mong Kok",
            ],
            [
                "Indonesian placement company",
                "PT Sinar Bakti Mandiri, Jl. Raya Malang No. 88, Surabaya",
            ],
            ["Duties", "Household chores, cooking, and care of two children aged 4 and 7"],
            ["Place of work", "The Employer's residence at the address above"],
            ["Period", "Two years from the date of arrival in Hong Kong (expected 3 March 2025)"],
            [
                "Wages",
                "HK$4,990 per month, paid monthly on the last day of the month, with a receipt",
            ],
            ["Deductions", "None, except as stated in clause 4 of this Addendum"],
            [
                "Passage",
                "Return air ticket to Surabaya paid by the Employer at the end of the contract",
            ],
            ["Termination", "One month's notice or one month's wages in lieu, either party"],
        ],
        (130, 357),
        size=8.5,
    )
    d.p("The parties further agree as follows:")
    d.clause(
        "1.",
        "The Employer will keep the Helper's passport and Hong Kong identity card in the household "
        "safe for the duration of the contract, and will hand them over when she needs them for official purposes.",
        fees=[
            (
                "document_retention",
                "The Employer will keep the Helper's passport and Hong Kong identity card in the household safe for the duration of the contract, and will hand them over when she needs them for official purposes.",
                None,
                None,
            )
        ],
    )
    d.clause(
        "2.",
        "On rest days the Helper must be back in the flat by 6:00 p.m. and may not stay overnight elsewhere.",
        fees=[
            (
                "movement_restriction",
                "On rest days the Helper must be back in the flat by 6:00 p.m. and may not stay overnight elsewhere.",
                None,
                None,
            )
        ],
    )
    d.clause(
        "3.",
        "The Helper confirms that she has paid IDR 7,500,000 to PT Sinar Bakti Mandiri for the "
        "Cantonese language and household skills course completed before departure.",
        fees=[
            (
                "training_cost",
                "The Helper confirms that she has paid IDR 7,500,000 to PT Sinar Bakti Mandiri for the Cantonese language and household skills course completed before departure.",
                7500000.0,
                "IDR",
            )
        ],
    )
    d.clause(
        "4.",
        "A guarantee sum of HK$3,000 will be deducted from the first month's wages and held by the "
        "Agency until the contract is completed. It is not returned if the Helper breaks the contract.",
        fees=[
            (
                "deposit_or_bond",
                "A guarantee sum of HK$3,000 will be deducted from the first month's wages and held by the Agency until the contract is completed.",
                3000.0,
                "HKD",
            )
        ],
    )
    d.clause(
        "5.",
        "The Employer provides free food, a private room, and medical insurance at the Employer's "
        "expense, and has paid the visa fee and the Agency's service charge.",
    )
    d.signatures("Employer: Kwok Ting-fai", "Helper: Siti Rahmawati")
    return d.output(), {
        "language": "en",
        "fees": d.fees,
        "missing_terms": ["hours_of_work"],
        "recruiters": [
            "Golden Orchid Employment Agency Ltd.",
            "PT Sinar Bakti Mandiri",
        ],
        "traps": [
            "employer pays visa fee and agency service charge",
            "free food, room and medical insurance",
            "passport kept 'in the household safe' (is retention, labelled)",
        ],
        "doc_type": "addendum",
        "layout": "A4; addendum; gridded particulars table; numbered clauses",
    }


DOCS = [aj01, aj02, aj03, aj04, aj05, aj06, aj07, aj08, aj09, aj10, aj11, aj12]
PROGRAMS = {
    "aj01": "h2a",
    "aj02": "h2a",
    "aj03": "h2a",
    "aj04": "h2b",
    "aj05": "h2b",
    "aj06": "h2b",
    "aj07": "generic",
    "aj08": "generic",
    "aj09": "generic",
    "aj10": "h2a",
    "aj11": "h2a",
    "aj12": "generic",
}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for fn in DOCS:
        name = fn.__name__
        data, meta = fn()
        path = out / f"{name}.pdf"
        path.write_bytes(data)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        labels.append(
            {
                "file": f"{name}.pdf",
                "program": PROGRAMS[name],
                "language": meta["language"],
                "scanned": meta.get("scanned", False),
                "pages": pages,
                "fees": meta["fees"],
                "missing_terms": meta["missing_terms"],
                "recruiters": meta["recruiters"],
                "traps": meta["traps"],
                "doc_type": meta["doc_type"],
                "layout": meta["layout"],
            }
        )
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    errors = []
    for doc in labels:
        if doc["scanned"]:
            continue
        with pdfplumber.open(out / doc["file"]) as pdf:
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
        for f in doc["fees"]:
            if norm(f["quote"]) not in texts[f["page"] - 1]:
                errors.append(f"{doc['file']} p{f['page']}: quote not found: {f['quote']!r}")
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    print(f"wrote {len(labels)} PDFs and labels.json to {out}; all fee quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
