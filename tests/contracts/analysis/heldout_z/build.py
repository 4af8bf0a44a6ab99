"""Blind held-out batch "z": 12 labelled contract PDFs for FairRecruit.

Usage: python tests/contracts/analysis/heldout_z/build.py OUT_DIR

Writes z01.pdf ... z12.pdf and labels.json (dev-corpus format) into OUT_DIR, then
re-opens every PDF with pdfplumber and checks that each fee quote of a non-scanned
page is printed (whitespace-normalised) on the page its label names. Exits non-zero
on any mismatch. Output is deterministic (fixed creation date, fixed noise seed).
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace

FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)
FONT_ROOT = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "dejavu": ("dejavu/DejaVuSans", ".ttf", "-Bold.ttf", "-Oblique.ttf", "-BoldOblique.ttf"),
    "dejavu-cond": (
        "dejavu/DejaVuSansCondensed",
        ".ttf",
        "-Bold.ttf",
        "-Oblique.ttf",
        "-BoldOblique.ttf",
    ),
    "dejavu-serif": ("dejavu/DejaVuSerif", ".ttf", "-Bold.ttf", "-Italic.ttf", "-BoldItalic.ttf"),
    "lib-serif": (
        "liberation/LiberationSerif",
        "-Regular.ttf",
        "-Bold.ttf",
        "-Italic.ttf",
        "-BoldItalic.ttf",
    ),
    "lib-sans": (
        "liberation/LiberationSans",
        "-Regular.ttf",
        "-Bold.ttf",
        "-Italic.ttf",
        "-BoldItalic.ttf",
    ),
    "lib-narrow": (
        "liberation/LiberationSansNarrow",
        "-Regular.ttf",
        "-Bold.ttf",
        "-Italic.ttf",
        "-BoldItalic.ttf",
    ),
    "noto-sans": ("noto/NotoSans", "-Regular.ttf", "-Bold.ttf", "-Italic.ttf", "-BoldItalic.ttf"),
    "noto-serif": (
        "noto/NotoSerif",
        "-Regular.ttf",
        "-Bold.ttf",
        "-Italic.ttf",
        "-BoldItalic.ttf",
    ),
}

# Severity per taxonomy.md: everything is a violation except these.
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category, program, passport_only=False):
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


class Doc(FPDF):
    """An FPDF page stream with a few layout helpers and a fee-label recorder."""

    def __init__(self, program, family="dejavu", fmt="Letter", head="", foot="", margin=20):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.program = program
        base, reg, bold, ital, bi = FAMILIES[family]
        self.add_font("F", "", str(FONT_ROOT / (base + reg)))
        self.add_font("F", "B", str(FONT_ROOT / (base + bold)))
        self.add_font("F", "I", str(FONT_ROOT / (base + ital)))
        self.add_font("F", "BI", str(FONT_ROOT / (base + bi)))
        self.set_creation_date(FIXED_DATE)
        self.set_margins(margin, 18, margin)
        self.set_auto_page_break(True, 20)
        self.head_text = head
        self.foot_text = foot
        self.fees = []
        self.band_color = None
        self.alias_nb_pages()

    # ----- page furniture -------------------------------------------------
    def header(self):
        if self.band_color is not None:
            self.set_fill_color(*self.band_color)
            self.rect(0, 0, self.w, 9, style="F")
        if self.head_text:
            self.set_xy(self.l_margin, 2.5)
            self.set_font("F", "", 7.5)
            if self.band_color is not None:
                self.set_text_color(255, 255, 255)
            else:
                self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.head_text)
            self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.foot_text:
            return
        self.set_y(-13)
        self.set_font("F", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, self.foot_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # ----- text helpers ---------------------------------------------------
    def ttl(self, text, size=14, align="C", style="B", gap=2):
        self.set_font("F", style, size)
        self.multi_cell(0, size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def hd(self, text, size=10.5, gap=1.2, color=None):
        if self.get_y() > self.h_limit():
            self.add_page()
        self.set_font("F", "B", size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def h_limit(self):
        return self.h - 40

    def p(self, text, size=9.8, style="", align="L", gap=1.6, indent=0, md=False, color=None):
        self.set_font("F", style, size)
        if color:
            self.set_text_color(*color)
        width = self.epw - indent
        height = self.multi_cell(
            width, size * 0.46, text, align=align, markdown=md, dry_run=True, output="HEIGHT"
        )
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()  # keep every paragraph on one page
        self.place_pending(text)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            width,
            size * 0.46,
            text,
            align=align,
            markdown=md,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def clause(self, lead, text, size=9.8, gap=1.6, indent=0):
        """Bold lead-in followed by regular text in one paragraph."""
        self.p(f"**{lead}** {text}", size=size, gap=gap, md=True, indent=indent)

    def bullets(self, items, size=9.6, bullet="\u2022", gap=1.0):
        for it in items:
            self.set_font("F", "", size)
            self.set_x(self.l_margin + 3)
            self.cell(4, size * 0.46, bullet)
            self.multi_cell(self.epw - 7, size * 0.46, it, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=9,
        fill=(225, 228, 232),
        borders="ALL",
        bold_first_col=False,
        gap=3,
        width=None,
    ):
        self.set_font("F", "", size)
        lh = size * 0.47
        heading_style = FontFace(emphasis="BOLD", fill_color=fill)
        kw = {
            "col_widths": widths,
            "text_align": "LEFT",
            "line_height": lh,
            "borders_layout": borders,
            "first_row_as_headings": header is not None,
            "headings_style": heading_style,
            "padding": 1.2,
        }
        if width:
            kw["width"] = width
            kw["align"] = "LEFT"
        start_page = self.page_no()
        with self.table(**kw) as t:
            if header is not None:
                r = t.row()
                for c in header:
                    r.cell(c)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if bold_first_col and i == 0:
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        if self.page_no() != start_page:
            # a table row quote is only placed when the whole table stays on one page
            for row in rows:
                if any(e["page"] is None and e["quote"] == " ".join(row) for e in self.fees):
                    raise SystemExit("a quoted table row may have moved to another page")
        for row in rows:
            self.place_pending(" ".join(row))
        self.ln(gap)

    def rule(self, gap=2):
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(gap)

    def signatures(self, left, right, size=9, gap=4, third=None):
        if self.get_y() > self.h - 48:
            self.add_page()
        self.ln(gap + 8)
        cols = [left, right] + ([third] if third else [])
        w = self.epw / len(cols)
        y = self.get_y()
        self.set_font("F", "", size)
        for i, (who, name) in enumerate(cols):
            x = self.l_margin + i * w
            self.line(x + 2, y, x + w - 6, y)
            self.set_xy(x + 2, y + 1)
            self.multi_cell(w - 8, size * 0.45, f"{who}\n{name}", align="L")
        self.set_y(y + 14)

    # ----- labels -----------------------------------------------------------
    def fee(self, category, quote, amount=None, currency=None, group=None, passport_only=False):
        """Record a finding on the current page; returns the quote so it can be printed."""
        entry = {
            "category": category,
            "severity": severity(category, self.program, passport_only),
            "page": None,  # set when the quote is laid out (place_pending)
            "amount": amount,
            "currency": currency,
            "quote": quote,
        }
        if group is not None:
            entry["group"] = group
        self.fees.append(entry)
        return quote

    def place_pending(self, text):
        """Give every not-yet-placed quote contained in text the current page number."""
        flat = re.sub(r"\s+", " ", text.replace("**", ""))
        for entry in self.fees:
            if entry["page"] is None and re.sub(r"\s+", " ", entry["quote"]) in flat:
                entry["page"] = self.page_no()

    def placed_fees(self):
        missing = [e["quote"][:60] for e in self.fees if e["page"] is None]
        if missing:
            raise SystemExit(f"quotes never laid out: {missing}")
        return self.fees


def label(file, program, language, pages, fees, missing, recruiters, traps, doc_type, layout):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": False,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# =============================================================================
# z01 - H-2B landscaping job order, English, numbered clauses, colored band
# =============================================================================
def build_z01():
    d = Doc(
        "h2b",
        family="lib-sans",
        head="Brazos Bend Turf & Landscape  |  Job Order H-400-26058-702214",
        foot="H-400-26058-702214  -  worker copy  -  page {p} of {nb}",
    )
    d.band_color = (46, 94, 62)
    d.add_page()
    d.ln(2)
    d.ttl("TERMS AND CONDITIONS OF EMPLOYMENT\nH-2B TEMPORARY LANDSCAPE LABORERS", size=13.5)
    d.p(
        "This job order is issued by the employer named in clause 1 for the temporary "
        "non-agricultural labor certification referenced above. It states every term "
        "offered to workers in the United States and abroad.",
        size=9,
        style="I",
        gap=3,
    )
    d.clause(
        "1. Employer.",
        "Brazos Bend Turf & Landscape Services, LLC, 4410 Farm-to-Market Road 2218, "
        "Damon Creek, Texas 77430. Office telephone (979) 555-0143; hiring contact "
        "Rosalind Tate, Operations Administrator.",
    )
    d.clause(
        "2. Position and duties.",
        "Landscape Laborer (SOC 37-3011), 24 openings. Workers mow, edge and trim turf at "
        "commercial and municipal properties; plant shrubs, trees and seasonal color beds; "
        "spread mulch, topsoil and granular fertilizer; install and adjust irrigation heads; "
        "and load and unload trailers. Between jobs, crews feed and water the container "
        "stock held at the yard.",
    )
    d.clause(
        "3. Requirements.",
        "Three months of verifiable experience operating commercial walk-behind or zero-turn "
        "mowers. Workers must be able to lift 50 pounds repeatedly and to work outdoors in "
        "heat and humidity. No license or diploma is required.",
    )
    d.clause(
        "4. Place of work.",
        "Commercial properties under contract in Fort Bend, Brazoria and Wharton Counties, "
        "Texas. Crews report each morning to the yard at 4410 Farm-to-Market Road 2218, "
        "Damon Creek, and ride company trucks to each property.",
    )
    d.clause("5. Period of employment.", "March 16, 2026 through November 30, 2026.")
    d.clause(
        "6. Hours.",
        "Forty (40) hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with an unpaid "
        "half-hour lunch. Saturday work may be offered to make up days lost to rain.",
    )
    d.clause(
        "7. Wage.",
        "$16.42 per hour. Should the prevailing wage, or any federal, state or local minimum "
        "wage, rise above this figure during the contract, the higher rate will be paid "
        "from the date it takes effect.",
    )
    d.clause(
        "8. Payday and pay records.",
        "Wages are paid weekly, every Friday, by direct deposit or pay card at the worker's "
        "choice. Each payment comes with a written statement of hours offered, hours "
        "worked, rate, gross pay, every deduction and net pay.",
    )
    d.clause(
        "9. Deductions.",
        "Federal income tax, Social Security and Medicare taxes, and garnishments ordered by "
        "a court.",
    )
    d.clause(
        "10. Three-fourths guarantee.",
        "In each 12-week period of the contract the Company will offer hours of work equal "
        "to at least three-fourths of the workdays in that period. If it offers fewer, it "
        "pays the worker for the difference.",
    )
    d.clause(
        "11. Travel.",
        "The Company reimburses the reasonable cost of transportation and daily subsistence "
        "from the place of recruitment to Damon Creek in the first workweek. A worker who "
        "completes the contract, or who is released early for any reason other than "
        "cause, receives paid transportation and subsistence back to the place of "
        "recruitment.",
    )
    q = d.fee(
        "visa_cost",
        "The nonimmigrant visa application fee (currently $205) and any border-crossing "
        "charge remain the responsibility of each worker and are not reimbursed by the "
        "Company.",
        205.0,
        "USD",
    )
    d.clause("12. Visa.", q)
    d.clause(
        "13. Tools and uniforms.",
        "All power equipment, hand tools, hearing protection and safety glasses are "
        "furnished by the Company without charge.",
        gap=0.8,
    )
    q = d.fee(
        "equipment_charge",
        "Each worker leaves a deposit of $75.00 at orientation for two company uniform "
        "shirts and a rain suit, returned when the items are handed back in good condition.",
        75.0,
        "USD",
    )
    d.p(q, indent=6, gap=0.8)
    q = d.fee(
        "damage_chargeback",
        "Mowers, trimmers or blowers damaged through careless operation will be repaired at "
        "the worker's expense, up to $150 per incident.",
        150.0,
        "USD",
    )
    d.p(q, indent=6)
    d.clause(
        "14. Abandonment and discharge.",
        "A worker absent for five consecutive scheduled workdays without the Company's "
        "consent is considered to have abandoned the job, and the Company will notify the "
        "Department of Labor and the Department of Homeland Security in writing within two "
        "working days. Discharge for cause (theft, violence, or repeated refusal to follow "
        "safety rules after a written warning) ends the Company's obligations under clauses "
        "10 and 11.",
    )
    d.clause(
        "15. Recruitment.",
        "The Company's recruiting agent in Mexico, Enlaces Laborales del Bajío, S.C., is "
        "paid entirely by the Company; workers owe it nothing for being recruited, "
        "interviewed or placed. No manager, foreman or agent of the Company may accept "
        "money, goods or favors from a worker in exchange for a place on a crew.",
    )
    d.clause(
        "16. Language.",
        "A Spanish translation of this job order is handed to every worker recruited in "
        "Mexico no later than the day the visa is requested.",
    )
    d.signatures(
        ("For the Company", "Rosalind Tate, Operations Administrator"),
        ("Worker", "Name and signature"),
    )
    fees = d.placed_fees()
    pdf = bytes(d.output())
    lab = label(
        "z01.pdf",
        "h2b",
        "en",
        d.page_no(),
        fees,
        ["overtime", "visa_reimbursement", "contract_impossibility"],
        ["Enlaces Laborales del Bajío, S.C."],
        [
            "'feed and water the container stock' is a job duty, not a fee",
            "tools and safety gear furnished without charge",
            "recruiting agent paid by the employer; no money for a place on a crew",
            "inbound travel reimbursed, return travel paid",
            "'days lost to rain' is about make-up work, not contract impossibility",
            "direct deposit is a pay method, not a deposit",
        ],
        "job_order",
        "single column; colored header band; numbered clauses with bold lead-ins; "
        "indented sub-paragraphs",
    )
    return pdf, lab


# =============================================================================
# z02 - H-2B seafood plant disclosure, Spanish, compliant; grid with payer column
# =============================================================================
def build_z02():
    d = Doc(
        "h2b",
        family="noto-sans",
        head="Bayou Teche Seafood Processors, L.L.C.  -  Orden de trabajo H-400-26012-655081",
        foot="Divulgación H-2B 2026  -  página {p} de {nb}",
        margin=18,
    )
    d.add_page()
    d.ttl(
        "DIVULGACIÓN DEL EMPLEADOR Y CONDICIONES DE TRABAJO\nProcesadoras de mariscos - "
        "Programa H-2B, temporada 2026",
        size=12.5,
    )
    d.p(
        "Este documento se entrega en español a cada trabajadora antes de su entrevista "
        "consular. Léalo con calma; si algo no está claro, pregunte al teléfono que aparece "
        "abajo antes de firmar.",
        size=9,
        style="I",
        gap=3,
    )
    d.hd("1. Datos del trabajo")
    d.grid(
        [
            [
                "Empleador",
                "Bayou Teche Seafood Processors, L.L.C., 2207 Levee Road, Belle Rivière, "
                "Luisiana 70519, EE. UU. Tel. (337) 555-0182",
            ],
            [
                "Puesto",
                "Procesadora de mariscos: cocer, pelar y desvenar langostino de río (crawfish), "
                "empacar la cola en bolsas de una libra, etiquetar y limpiar el área de trabajo.",
            ],
            [
                "Requisitos",
                "Un mes de experiencia en limpieza, corte o empaque de alimentos. La "
                "capacitación en higiene se da en la planta, en horas pagadas y sin costo.",
            ],
            ["Lugar de trabajo", "Planta de 2207 Levee Road, Belle Rivière, Luisiana"],
            ["Periodo", "Del 2 de febrero al 15 de julio de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 5:00 a. m. a 1:30 p. m., con media "
                "hora para comer",
            ],
            [
                "Salario",
                "$15.84 por hora. Si en una semana la tarifa por libra ($2.35 por libra de cola "
                "pelada) da más que el pago por hora, se paga la cantidad mayor.",
            ],
            [
                "Aumentos",
                "Si durante el contrato se publica un salario prevaleciente o un salario mínimo "
                "más alto, se paga el más alto desde la fecha en que entre en vigor.",
            ],
            ["Tiempo extra", "Las horas arriba de 40 en la semana se pagan a $23.76 por hora."],
            [
                "Día de pago",
                "Cada semana, los viernes, por depósito directo sin costo o con cheque, como "
                "usted prefiera.",
            ],
            [
                "Talón de pago",
                "Con cada pago recibe un talón con horas ofrecidas, horas trabajadas, tarifa, "
                "libras peladas, pago bruto, cada descuento y pago neto.",
            ],
            [
                "Descuentos",
                "Solo impuestos federales y estatales, Seguro Social y Medicare, y órdenes de un "
                "juez. Nada más se descuenta del cheque.",
            ],
        ],
        (28, 72),
        bold_first_col=True,
        size=9,
    )
    d.p(
        "La cuota de producción sugerida es de 25 libras por hora. No alcanzarla nunca baja "
        "el salario por hora que se garantiza arriba ni es motivo de despido.",
        size=9.4,
    )
    d.hd("2. ¿Quién paga cada gasto?")
    d.grid(
        [
            [
                "Viaje de su comunidad a Monterrey y de ahí a la planta (pasaje, hotel y comidas "
                "del camino)",
                "La empresa",
                "Se le reembolsa completo en la primera semana de trabajo.",
            ],
            [
                "Cuota de la visa y del cruce fronterizo",
                "La empresa",
                "Se le reembolsa completa en la primera semana de trabajo.",
            ],
            [
                "Pasaporte",
                "La empresa",
                "Se reembolsa junto con la visa, con el recibo oficial.",
            ],
            [
                "Servicios de la agencia Enlace Golfo Reclutamiento, S.C.",
                "La empresa",
                "La trabajadora no paga nada por ser reclutada ni contratada.",
            ],
            [
                "Regreso a México al terminar",
                "La empresa",
                "Boleto y comidas del camino, pagados por adelantado.",
            ],
            [
                "Guantes, mandil, botas de hule, cofia y cuchillo",
                "La empresa",
                "Se entregan sin costo y sin depósito.",
            ],
            [
                "Cuarto en la casa de 14 Bayou Lane (opcional)",
                "La empresa",
                "Sin renta, sin depósito y sin cobro de luz o agua.",
            ],
            [
                "Transporte diario de la casa a la planta",
                "La empresa",
                "Camioneta de la empresa, gratis.",
            ],
            [
                "Compras en la tiendita de la planta",
                "La trabajadora, solo si quiere",
                "Es voluntario; nunca se descuenta del cheque.",
            ],
        ],
        (44, 20, 36),
        header=["Gasto", "¿Quién paga?", "Detalle"],
        size=8.8,
    )
    d.hd("3. Garantía de trabajo")
    d.p(
        "En cada periodo de 12 semanas la empresa le ofrecerá trabajo por lo menos en tres "
        "cuartas partes (3/4) de los días hábiles. Si le ofrece menos horas, le paga la "
        "diferencia como si las hubiera trabajado."
    )
    d.hd("4. Fin del contrato")
    d.p(
        "Abandono: si usted falta cinco días seguidos sin avisar ni tener permiso, se "
        "considera que dejó el trabajo y la empresa lo notifica al Departamento de Trabajo y "
        "al Departamento de Seguridad Nacional dentro de dos días hábiles. Despido: solo por "
        "causa justificada, por ejemplo robo o violencia, y después de una explicación por "
        "escrito."
    )
    d.p(
        "Si un huracán, una inundación, un incendio u otra causa fuera del control de la "
        "empresa hace imposible seguir trabajando, la empresa puede terminar el contrato antes "
        "con permiso del Departamento de Trabajo, pero le paga lo trabajado, la garantía de "
        "3/4 hasta esa fecha y su regreso a México, o le busca otro empleo."
    )
    d.hd("5. Sus derechos")
    d.bullets(
        [
            "Nadie, ni la empresa ni la agencia ni otra persona, le puede cobrar dinero por "
            "este trabajo. Si alguien le pide dinero, avísenos y repórtelo.",
            "Usted guarda su pasaporte, su visa y su identificación en todo momento.",
            "Puede quejarse ante el Departamento de Trabajo o su consulado sin represalias ni "
            "listas negras.",
            "Puede salir de la casa y recibir visitas en su tiempo libre.",
        ]
    )
    d.signatures(
        ("Por la empresa", "Claudette Arceneaux, gerente de personal"),
        ("La trabajadora", "Nombre y firma"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z02.pdf",
        "h2b",
        "es",
        d.page_no(),
        d.placed_fees(),
        [],
        ["Enlace Golfo Reclutamiento, S.C."],
        [
            "'cuota de producción' is a work quota, not a fee",
            "'tarifa por libra' is a piece rate (wage), not a fee",
            "'depósito directo' is a pay method, not a deposit",
            "visa, border-crossing and passport costs reimbursed by employer (payer column)",
            "agency services paid by the employer",
            "gear handed out without cost or deposit",
            "optional free housing, no utilities charged (h2b)",
            "voluntary store purchases, never deducted",
            "hygiene training at no cost",
            "no blacklists; worker keeps passport",
        ],
        "employer_disclosure",
        "single column; gridded two-column terms table; three-column payer grid "
        "(Gasto | ¿Quién paga? | Detalle); bulleted rights",
    )
    return pdf, lab


# =============================================================================
# z03 - H-2B recruiter agreement (Mexico), Spanish legal clauses
# =============================================================================
def build_z03():
    d = Doc(
        "h2b",
        family="lib-serif",
        fmt="Legal",
        foot="Gestoría Migratoria Altiplano Potosino, S.C.  -  Contrato GMAP-2026-118  -  Hoja {p}",
        margin=24,
    )
    d.add_page()
    d.ttl(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL EN LOS "
        "ESTADOS UNIDOS DE AMÉRICA (VISA H-2B)",
        size=12,
    )
    d.p(
        "En la ciudad de Matehuala, San Luis Potosí, siendo el 12 de enero de 2026, "
        "comparecen por una parte Gestoría Migratoria Altiplano Potosino, S.C., representada "
        "en este acto por el C. Heriberto Saucedo Ledezma, a quien en lo sucesivo se denominará "
        '"LA GESTORA", y por la otra el C. Jesús Armando Rangel Tovar, a quien en lo sucesivo '
        'se denominará "EL ASPIRANTE", al tenor de las siguientes declaraciones y cláusulas.',
        size=10.5,
        align="J",
    )
    d.hd("DECLARACIONES", size=11)
    d.p(
        "I. Declara LA GESTORA que es una sociedad civil constituida conforme a las leyes "
        "mexicanas, con domicilio en Calle Guerrero 214, Centro, Matehuala, S.L.P., que cuenta "
        "con el registro RCAC-SLP-0471 y que actúa por encargo de Wexford Midway Shows, Inc. "
        '(en lo sucesivo "LA EMPRESA").',
        size=10.5,
        align="J",
    )
    d.p(
        "II. Declara EL ASPIRANTE ser mexicano, mayor de edad, vecino de Cedral, S.L.P., y que "
        "conoce y acepta las condiciones del empleo descritas en la cláusula segunda.",
        size=10.5,
        align="J",
    )
    d.hd("CLÁUSULAS", size=11)
    d.clause(
        "PRIMERA. Objeto.",
        "LA GESTORA integrará el expediente de EL ASPIRANTE, lo presentará a LA EMPRESA, "
        "agendará su cita consular y lo acompañará al Consulado General de los Estados Unidos "
        "en Monterrey, Nuevo León.",
        size=10.5,
    )
    d.clause(
        "SEGUNDA. Condiciones del empleo.",
        "LA EMPRESA ofrece las siguientes condiciones:",
        size=10.5,
    )
    d.grid(
        [
            [
                "Empresa",
                "Wexford Midway Shows, Inc., 1880 Showmen's Lane, Riverview Flats, Florida "
                "33578, EE. UU.",
            ],
            [
                "Puesto",
                "Operador de juegos mecánicos: armar y desarmar los juegos en cada feria, "
                "revisar su funcionamiento diario, operar los controles y cuidar la seguridad "
                "del público.",
            ],
            ["Requisitos", "Tener 21 años cumplidos y licencia de manejo vigente."],
            [
                "Lugares de trabajo",
                "Ferias estatales y de condado en Florida, Georgia, Carolina del Sur y Virginia, "
                "según la ruta de la temporada.",
            ],
            ["Periodo", "Del 1 de marzo al 15 de noviembre de 2026."],
            ["Horario", "40 horas por semana, en turnos de tarde y noche."],
            ["Salario", "$15.11 dólares por hora."],
            ["Tiempo extra", "Las horas arriba de 40 por semana se pagan a $22.67 la hora."],
            ["Pago", "Semanal, cada lunes, con cheque."],
            ["Descuentos", "Impuestos de los Estados Unidos."],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa en la primera semana el autobús de Matehuala a Monterrey y "
                "a la primera feria, y los alimentos del camino.",
            ],
            ["Visa", "LA EMPRESA reembolsa la cuota de la visa con el primer cheque."],
            ["Regreso", "LA EMPRESA paga el regreso a Matehuala al terminar la temporada."],
            [
                "Terminación",
                "Cinco días seguidos de ausencia sin aviso se consideran abandono y LA EMPRESA "
                "lo notifica a las autoridades; el despido solo procede por causa justificada.",
            ],
        ],
        (26, 74),
        bold_first_col=True,
        size=9.6,
    )
    q = d.fee(
        "recruitment_fee",
        "Como apoyo para el trámite de su expediente, EL ASPIRANTE cubrirá la cantidad de "
        "$9,500.00 (nueve mil quinientos pesos 00/100 M.N.).",
        9500.0,
        "MXN",
    )
    d.clause("TERCERA. De la contraprestación.", q, size=10.5, gap=0.6)
    d.p(
        "Dicha cantidad se depositará en la cuenta bancaria de la señora Ofelia Saucedo "
        "Ledezma, hermana del representante de LA GESTORA, a más tardar tres días antes de la "
        "cita consular, y no será reembolsable.",
        size=10.5,
        align="J",
    )
    q = d.fee(
        "deposit_or_bond",
        "Para asegurar el cumplimiento de la temporada, EL ASPIRANTE suscribirá a favor de LA "
        "GESTORA un pagaré por $40,000.00 M.N., que le será devuelto a su regreso.",
        40000.0,
        "MXN",
    )
    d.clause("CUARTA. De la garantía.", q, size=10.5, gap=0.6)
    q = d.fee(
        "breach_penalty",
        "Si EL ASPIRANTE abandona a LA EMPRESA antes del 15 de noviembre, pagará a LA GESTORA, "
        "como pena convencional, el equivalente a dos semanas de salario, y LA GESTORA podrá "
        "hacer efectivo el pagaré.",
    )
    d.p(q, size=10.5)
    q = d.fee(
        "blacklisting_threat",
        "EL ASPIRANTE que presente quejas ante el consulado, la Procuraduría Federal de la "
        "Defensa del Trabajo o cualquier sindicato será dado de baja del padrón de LA GESTORA "
        "y no será convocado en temporadas futuras.",
    )
    d.clause("QUINTA. De la conducta.", q, size=10.5)
    d.clause(
        "SEXTA. De los documentos.",
        "EL ASPIRANTE conserva en todo momento su pasaporte, su visa y su credencial para "
        "votar; LA GESTORA solo recibe copias simples.",
        size=10.5,
    )
    d.clause(
        "SÉPTIMA. Jurisdicción.",
        "Para la interpretación y cumplimiento del presente contrato, las partes se someten a "
        "los tribunales competentes de Matehuala, S.L.P., renunciando a cualquier otro fuero.",
        size=10.5,
    )
    d.p(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, "
        "lo firman por duplicado en el lugar y fecha señalados.",
        size=10.5,
    )
    d.signatures(
        ("LA GESTORA", "C. Heriberto Saucedo Ledezma"),
        ("EL ASPIRANTE", "C. Jesús Armando Rangel Tovar"),
        third=("Huella digital", " "),
    )
    pdf = bytes(d.output())
    lab = label(
        "z03.pdf",
        "h2b",
        "es",
        d.page_no(),
        d.placed_fees(),
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Gestoría Migratoria Altiplano Potosino, S.C."],
        [
            "'reembolsa la cuota de la visa': visa fee repaid by employer",
            "inbound bus and meals repaid in first week",
            "worker keeps passport, visa and voter card (negated retention)",
            "'$' amounts in a Mexican agreement are pesos (M.N.)",
            "fee paid into the account of the representative's sister",
        ],
        "recruiter_agreement",
        "legal size; justified legal prose (DECLARACIONES / CLÁUSULAS); gridded terms table; "
        "signature block with fingerprint",
    )
    return pdf, lab


# =============================================================================
# z04 - H-2B offer letter, English paragraphs each followed by Spanish
# =============================================================================
def build_z04():
    d = Doc(
        "h2b",
        family="dejavu-serif",
        foot="Boardwalk Fry & Fudge Co.  -  {p}/{nb}",
        margin=22,
    )
    d.add_page()
    d.set_font("F", "B", 15)
    d.set_text_color(150, 40, 30)
    d.cell(0, 8, "Boardwalk Fry & Fudge Co.", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(80, 80, 80)
    d.set_font("F", "", 8.5)
    d.cell(
        0,
        4.5,
        "1207 Atlantic Promenade  -  Sandbridge Shoals, Maryland 21842  -  (410) 555-0127",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.rule(gap=4)
    d.p("January 22, 2026  /  22 de enero de 2026", size=9.5)
    d.p(
        "Ms. Yesenia Paola Carrillo Ruiz\nCalle Altamira 318, Colonia Moctezuma\nTampico, "
        "Tamaulipas, México",
        size=9.5,
        gap=3,
    )
    d.p(
        "Re: Seasonal offer, H-2B Line Cook  /  Asunto: oferta de temporada, cocinera de línea H-2B",
        size=9.5,
        style="B",
        gap=3,
    )

    def both(en, es, gap=2.6):
        d.p(en, size=9.6, gap=0.8)
        d.p(es, size=9.2, style="I", gap=gap, color=(60, 60, 110))

    both(
        "Dear Ms. Carrillo: We are pleased to offer you seasonal employment as a Line Cook "
        "(SOC 35-2014) at our boardwalk restaurant, 1207 Atlantic Promenade, Sandbridge "
        "Shoals, Maryland, from May 4, 2026 to September 20, 2026.",
        "Estimada Sra. Carrillo: Nos da gusto ofrecerle empleo de temporada como cocinera de "
        "línea (SOC 35-2014) en nuestro restaurante del malecón, 1207 Atlantic Promenade, "
        "Sandbridge Shoals, Maryland, del 4 de mayo al 20 de septiembre de 2026.",
    )
    both(
        "You will fry seafood, fries and funnel cakes, keep the fryers and grill clean, and "
        "stock the line; on busy evenings you may also take payment from customers at the "
        "walk-up window. We ask for three months of experience in a commercial kitchen; the "
        "food-handler card you will need is arranged and paid for by us after you arrive.",
        "Usted freirá mariscos, papas y funnel cakes, mantendrá limpias las freidoras y la "
        "plancha, y surtirá la línea; en las noches de mucho trabajo también podrá cobrar a "
        "los clientes en la ventanilla. Pedimos tres meses de experiencia en una cocina "
        "comercial; la tarjeta de manejo de alimentos que necesitará la tramitamos y pagamos "
        "nosotros cuando usted llegue.",
    )
    both(
        "The schedule is 40 hours a week, in five 8-hour shifts between 10:00 a.m. and "
        "midnight. The wage is $15.61 per hour, or any higher prevailing or minimum wage that "
        "takes effect during the season. Hours beyond 40 in a week are paid at $23.42 per "
        "hour.",
        "El horario es de 40 horas a la semana, en cinco turnos de 8 horas entre las 10:00 de "
        "la mañana y la medianoche. El salario es de $15.61 por hora, o el salario "
        "prevaleciente o mínimo más alto que entre en vigor durante la temporada. Las horas "
        "que pasen de 40 en la semana se pagan a $23.42 por hora.",
    )
    both(
        "Paychecks are issued every Friday, each with a statement of the hours offered, the "
        "hours worked, the rate of pay and every deduction. Apart from the items described "
        "below, the only deductions are U.S. taxes and court-ordered garnishments.",
        "Los cheques se entregan cada viernes, cada uno con un talón de las horas ofrecidas, "
        "las horas trabajadas, la tarifa de pago y cada descuento. Aparte de lo que se explica "
        "abajo, los únicos descuentos son los impuestos de EE. UU. y los embargos ordenados "
        "por un juez.",
    )
    en = d.fee(
        "travel_cost",
        "Your bus fare from Tampico to the restaurant, $170.00, is advanced by the Company and "
        "recovered through four equal weekly payroll deductions.",
        170.0,
        "USD",
        group=1,
    )
    es = d.fee(
        "travel_cost",
        "Su pasaje de autobús de Tampico al restaurante, $170.00, lo adelanta la Compañía y se "
        "recupera con cuatro descuentos semanales iguales en nómina.",
        170.0,
        "USD",
        group=1,
    )
    both(
        en + " The Company reimburses your visa fee and border-crossing fee in full with your "
        "first paycheck.",
        es + " La Compañía le reembolsa completos la cuota de la visa y el cobro del cruce "
        "fronterizo con su primer cheque.",
    )
    en = d.fee(
        "wage_withholding",
        "To encourage attendance, $1.25 of every hour worked is held back and paid to you in "
        "a lump sum with your final paycheck in September.",
        1.25,
        "USD",
        group=2,
    )
    es = d.fee(
        "wage_withholding",
        "Para fomentar la asistencia, se retiene $1.25 de cada hora trabajada y se le paga en "
        "una sola exhibición con su último cheque en septiembre.",
        1.25,
        "USD",
        group=2,
    )
    both(en, es)
    both(
        "If you complete the season, or if we let you go early for any reason other than "
        "cause, we pay your bus ticket back to Tampico. Aprons, chef coats, non-slip shoes "
        "and knives are supplied free of charge, and no deposit is required. Shared housing "
        "two blocks from the boardwalk is available at no charge to anyone who wants it.",
        "Si usted termina la temporada, o si la dejamos ir antes por cualquier motivo que no "
        "sea una causa justificada, le pagamos el boleto de autobús de regreso a Tampico. Los "
        "mandiles, filipinas, zapatos antiderrapantes y cuchillos se dan sin costo y no se "
        "pide depósito. Hay vivienda compartida a dos cuadras del malecón, sin costo, para "
        "quien la quiera.",
    )
    both(
        "Dismissal is only for cause, such as theft or fighting, after a written warning. If "
        "you are absent five consecutive days without notice, we must report it to the "
        "Department of Labor and to immigration authorities. If a hurricane or other "
        "disaster closes the boardwalk for the rest of the season, we will pay the wages you "
        "have earned and your trip home.",
        "El despido solo procede por causa justificada, como robo o pleitos, después de una "
        "advertencia por escrito. Si usted falta cinco días seguidos sin avisar, debemos "
        "reportarlo al Departamento de Trabajo y a las autoridades de inmigración. Si un "
        "huracán u otro desastre cierra el malecón por el resto de la temporada, le pagaremos "
        "los salarios ganados y su viaje de regreso.",
    )
    both(
        "Please sign below to accept this offer. We look forward to a great summer.",
        "Por favor firme abajo para aceptar esta oferta. Esperamos un excelente verano.",
    )
    d.signatures(
        ("Gordon Pell, Owner / Propietario", "Boardwalk Fry & Fudge Co."),
        ("Accepted / Acepto", "Yesenia Paola Carrillo Ruiz"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z04.pdf",
        "h2b",
        "en+es",
        d.page_no(),
        d.placed_fees(),
        ["three_fourths_guarantee", "inbound_transportation"],
        [],
        [
            "'take payment from customers' is a job duty",
            "food-handler card arranged and paid by employer (not a training cost)",
            "visa and border-crossing fees reimbursed with first paycheck",
            "gear free, no deposit",
            "free optional housing (h2b)",
            "return ticket paid",
        ],
        "offer_letter",
        "business letter with letterhead; each English paragraph followed by its Spanish "
        "translation in italics",
    )
    return pdf, lab


# =============================================================================
# z05 - H-2A onion farm work contract, English Q&A, compliant
# =============================================================================
def build_z05():
    d = Doc(
        "h2a",
        family="dejavu",
        head="Ohoopee River Onion Farms, LLC  -  H-2A work contract 2026",
        foot="Work contract - {p} of {nb}",
    )
    d.add_page()
    d.ttl("YOUR H-2A WORK CONTRACT IN PLAIN WORDS", size=13.5)
    d.grid(
        [
            ["Worker", "Efraín Baltazar Quintero Soto"],
            ["Job order", "GA-2026-10377 (H-2A)"],
            ["Employer", "Ohoopee River Onion Farms, LLC"],
        ],
        (25, 75),
        bold_first_col=True,
        size=9,
        width=110,
    )

    def qa(q, a):
        d.hd(q, size=9.8, gap=0.6, color=(20, 70, 120))
        d.p(a, size=9.3, gap=2.2)

    qa(
        "Who is my employer?",
        "Ohoopee River Onion Farms, LLC, 3150 Sweet Onion Highway, Tattnall Bend, Georgia "
        "30453. Phone (912) 555-0168. Office hours 7 a.m. to 5 p.m., Monday to Friday.",
    )
    qa(
        "What job will I do?",
        "Farmworker in onions and greens: set onion transplants by hand, hoe and pull weeds, "
        "undercut, pull and clip onions, grade them on the packing-shed belt, and cut and "
        "bunch collard greens.",
    )
    qa(
        "What do I need to qualify?",
        "One month of experience harvesting vegetables by hand, and the ability to lift and "
        "carry 50-pound sacks throughout the day.",
    )
    qa(
        "Where will I work?",
        "In the farm's fields in Tattnall and Toombs Counties, Georgia, and in the packing "
        "shed at 3150 Sweet Onion Highway, Tattnall Bend.",
    )
    qa("When does the job start and end?", "From March 30, 2026 to June 26, 2026.")
    qa(
        "How many hours will I work?",
        "40 hours each week are offered, normally Monday through Friday from 7:00 a.m. to "
        "3:30 p.m., with some Saturday mornings at the height of the harvest. Rain or "
        "heat can change the daily schedule.",
    )
    qa(
        "How much will I be paid?",
        "$14.91 per hour. During the clipping harvest you may instead be paid $1.10 per "
        "50-pound sack if that gives you more; your pay for the week will never be less "
        "than $14.91 for every hour worked. If the hourly rate required by law goes up "
        "while you are here, you get the higher rate from the day it takes effect.",
    )
    qa(
        "When will I be paid?",
        "Every week, on Thursday. Each pay envelope comes with a statement showing hours "
        "offered, hours worked, sacks picked, your rates, what was taken out and why.",
    )
    qa(
        "What can be taken out of my pay?",
        "Only these: (1) federal or state income tax, if you ask for it in writing; "
        "(2) money you choose to send home through the payroll office; (3) the catered meal "
        "plan, only if you sign up for it. Nothing else.",
    )
    qa(
        "How much work is guaranteed?",
        "You will be offered work for at least three-fourths (3/4) of the workdays between "
        "your first workday and June 26, 2026. If we offer less, we pay you what you would "
        "have earned for the missing hours.",
    )
    qa(
        "Where will I live?",
        "In farm housing at Camp 2, 88 Pecan Row, Tattnall Bend, inspected before the "
        "season. Housing is free: no rent, no charge for electricity, gas or water, and no "
        "deposit for the bed, mattress or bedding. You will not be charged for normal wear.",
    )
    qa(
        "What about meals?",
        "Each house has a free kitchen with stoves, refrigerators and cookware, so you can "
        "cook for yourself. If you prefer, you can join the catered meal plan, which costs "
        "$14.25 per day (three meals), less than the daily maximum the Department of Labor "
        "allows for 2026; you can leave the plan with one week's notice.",
    )
    qa(
        "How do I get here, and back home?",
        "Your trip from the place where you were recruited to the farm, including meals on "
        "the way, is paid back to you when you finish half of the contract, and in your "
        "first week if the cost would bring your pay below the minimum wage. When you "
        "finish the contract, the farm pays your trip home and the meals on the way.",
    )
    qa(
        "How do I get to the fields every day?",
        "A farm bus with a licensed driver takes you from Camp 2 to the fields and back "
        "every day at no cost.",
    )
    qa(
        "Do I have to buy tools?",
        "No. Hoes, clippers, knives, gloves, buckets and rain suits are given to you for "
        "free. Nobody will ask you for a deposit for them.",
    )
    qa(
        "What if I get hurt at work?",
        "You are covered by workers' compensation insurance paid for by the farm (Peach "
        "State Mutual, policy WC-55-20917). It pays medical care and part of your wages.",
    )
    qa(
        "Can I be fired? Can I quit?",
        "You can be fired only for a real reason, such as violence or stealing, after a "
        "warning. If you miss five workdays in a row without telling us, we will treat it as "
        "abandonment and must report it to the government; then the farm no longer owes your "
        "trip home or the 3/4 guarantee.",
    )
    qa(
        "What if the crop is lost?",
        "If hail, a flood, a hurricane or another act of God destroys the crop and the work "
        "becomes impossible, the contract may end early with the Department of Labor's "
        "approval. You will still receive the 3/4 guarantee up to that day, your trip home "
        "and the meals on the way, or we will help you find another job.",
    )
    qa(
        "Do I have to pay anyone to get this job?",
        "No. Not the farm, not its recruiter in Mexico (Cosecha Norte Servicios Agrícolas, "
        "S. de R.L.), not anyone. The farm pays every cost of recruiting you, and the "
        "recruiter has signed a promise not to charge workers any fee.",
    )
    qa(
        "Who keeps my passport?",
        "You do. Nobody at the farm will ask to hold your passport or visa.",
    )
    qa(
        "Can I complain?",
        "Yes, to us, to the Department of Labor or to a lawyer. You will not be fired, "
        "punished or put on any no-rehire list for complaining.",
    )
    qa(
        "Can I leave the camp in my free time?",
        "Yes. You can come and go as you please; there is no curfew. A mobile store visits "
        "Camp 2 on Sundays; buying from it is up to you, and it is never charged to your pay.",
    )
    d.signatures(
        ("For the farm", "Wade Ellison, Farm Manager"),
        ("Worker", "Efraín Baltazar Quintero Soto"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z05.pdf",
        "h2a",
        "en",
        d.page_no(),
        d.placed_fees(),
        [],
        ["Cosecha Norte Servicios Agrícolas, S. de R.L."],
        [
            "optional catered meal plan at $14.25/day, under the h2a cap (lawful meal charge)",
            "free housing, no utilities, no bedding deposit (h2a)",
            "'not charged for normal wear' (negated damage charge)",
            "inbound trip paid back, return trip paid",
            "tools free, no deposit",
            "workers' compensation insurance paid by the farm",
            "recruiter promises not to charge any fee; farm pays recruiting costs",
            "worker keeps passport; no no-rehire list; no curfew",
            "voluntary purchases at a mobile store",
            "piece rate per sack is a wage, not a charge",
        ],
        "work_contract",
        "plain-language Q&A contract; small summary grid at top; colored question headings; "
        "signature lines",
    )
    return pdf, lab


# =============================================================================
# z06 - generic (Nepal -> Malaysia) agency service agreement, English; cost schedule
# =============================================================================
def build_z06():
    d = Doc(
        "generic",
        family="noto-serif",
        fmt="A4",
        foot="Himal Crest Overseas Manpower Pvt. Ltd.  -  Agreement HCOM/MY/26/0412  -  "
        "page {p} of {nb}",
        margin=20,
    )
    d.add_page()
    d.set_font("F", "B", 11)
    d.cell(
        0, 6, "HIMAL CREST OVERSEAS MANPOWER PVT. LTD.", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_font("F", "", 8.5)
    d.cell(
        0,
        4.5,
        "Licence No. 1187/075/76  -  Ward 3, Gongabu, Kathmandu, Nepal  -  +977 1 4355 210",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.ttl("AGREEMENT FOR RECRUITMENT SERVICES AND EMPLOYMENT ABROAD", size=12.5)
    d.grid(
        [
            ["Agency", "Himal Crest Overseas Manpower Pvt. Ltd., Gongabu, Kathmandu"],
            [
                "Employer",
                "Serimas Precision Components Sdn. Bhd., Lot 22, Jalan Perindustrian 7, "
                "14100 Simpang Ampat, Penang, Malaysia",
            ],
            [
                "Worker",
                "Bishnu Prasad Adhikari, of Ward 5, Mithila Bihari Municipality, Dhanusha; "
                "passport no. PA0915527",
            ],
            ["Demand letter", "SPC/HR/DL/2026/031 of 4 February 2026, 60 male workers"],
        ],
        (22, 78),
        bold_first_col=True,
        size=9,
    )
    d.p(
        "The Agency, the Employer (through the Agency as its authorised representative) and "
        "the Worker agree as follows.",
        size=9.8,
    )
    clauses = [
        (
            "1. Position and duties.",
            "Production Operator: loading and unloading parts on CNC and stamping machines, "
            "visual inspection of finished components, packing, and keeping the work area "
            "clean under the shift leader's direction.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 22, Jalan Perindustrian 7, Simpang Ampat, Penang.",
        ),
        (
            "3. Term.",
            "Three years, from 1 June 2026 to 31 May 2029, renewable only by a new written "
            "contract.",
        ),
        (
            "4. Working hours.",
            "Eight hours a day, six days a week (48 hours), with one paid rest day per week. "
            "Overtime is voluntary and paid at one and a half times the hourly rate.",
        ),
        (
            "5. Salary and payment.",
            "Basic salary of MYR 1,700 per month, paid monthly into the Worker's own bank "
            "account no later than the 7th day of the following month, with a payslip.",
        ),
        (
            "6. Deductions.",
            "Only the Worker's statutory SOCSO contribution and income tax, if any, as "
            "required by Malaysian law.",
        ),
        (
            "7. Accommodation.",
            "Free hostel accommodation with electricity and water is provided by the Employer "
            "at Taman Perindustrian Bukit Minyak.",
        ),
        (
            "8. Termination.",
            "Either party may end the contract by giving one month's written notice. The "
            "Employer may dismiss without notice only for gross misconduct established after "
            "a domestic inquiry at which the Worker is heard.",
        ),
    ]
    for lead, text in clauses:
        d.clause(lead, text, size=9.6, gap=1.2)
    q = d.fee(
        "recruitment_fee",
        "In consideration of these services the Worker shall pay the Agency a service charge "
        "of NPR 165,000 (one lakh sixty-five thousand rupees).",
        165000.0,
        "NPR",
    )
    d.clause(
        "9. Service charge.",
        q + " Of this amount, NPR 40,000 is passed by the Agency to its local agent in "
        "Dhanusha district who first introduced the Worker. The balance is payable before "
        "the visa is stamped.",
        size=9.6,
        gap=1.2,
    )
    q = d.fee(
        "document_retention",
        "Upon arrival the Worker's passport shall be surrendered to the Employer's human "
        "resources office and kept there for safekeeping until the end of the contract.",
    )
    d.clause("10. Travel documents.", q, size=9.6, gap=1.2)
    d.clause(
        "11. Other costs.",
        "Other pre-departure costs are shared as set out in Schedule A, which forms part of "
        "this Agreement.",
        size=9.6,
        gap=3,
    )
    d.hd("SCHEDULE A - PRE-DEPARTURE COSTS", size=10)
    rows = [
        ["Malaysian work permit, levy and visa", "-", "Employer"],
        ["Air ticket Kathmandu to Penang", "-", "Employer"],
        ["Calling visa and approval letter", "-", "Employer"],
    ]
    med = "Medical examination (approved centre)"
    ins = "Welfare Fund and life insurance"
    trn = "Pre-departure orientation course"
    d.fee("medical_cost", f"{med} 6,500 Worker", 6500.0, "NPR")
    d.fee("insurance_cost", f"{ins} 4,200 Worker", 4200.0, "NPR")
    d.fee("training_cost", f"{trn} 3,000 Worker", 3000.0, "NPR")
    rows += [[med, "6,500", "Worker"], [ins, "4,200", "Worker"], [trn, "3,000", "Worker"]]
    d.grid(rows, (62, 16, 22), header=["Item", "NPR", "Paid by"], size=9)
    d.p(
        "The Worker confirms that the contents of this Agreement were explained to him in "
        "Nepali and that he received a copy.",
        size=9.4,
    )
    d.signatures(
        ("For the Agency", "Ramesh Kumar Thapa, Managing Director"),
        ("Worker", "Bishnu Prasad Adhikari"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z06.pdf",
        "generic",
        "en",
        d.page_no(),
        d.placed_fees(),
        ["return_transportation"],
        ["Himal Crest Overseas Manpower Pvt. Ltd."],
        [
            "work permit, levy, visa and air ticket paid by employer (payer column)",
            "statutory SOCSO contribution is not an insurance charge",
            "free hostel accommodation",
            "voluntary overtime at 1.5x",
        ],
        "recruiter_agreement",
        "A4; agency letterhead; parties grid; numbered clauses; Schedule A cost table with "
        "payer column (Item | NPR | Paid by)",
    )
    return pdf, lab


# =============================================================================
# z07 - H-2B forestry "carta compromiso" (Honduras), Spanish, SCANNED image page
# =============================================================================
def build_z07():
    d = Doc(
        "h2b",
        family="lib-sans",
        foot="SLSI - Formato CC-07 rev. 2025",
        margin=20,
    )
    d.add_page()
    d.set_font("F", "B", 12)
    d.cell(
        0,
        6,
        "SERVICIOS LABORALES SULA INTERNACIONAL, S. DE R.L.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("F", "", 8.5)
    d.cell(
        0,
        4.5,
        "Barrio Río de Piedras, 8 calle, 21 avenida S.O., San Pedro Sula, Cortés, Honduras  -  "
        "Tel. 2552-7841",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.ttl("CARTA COMPROMISO Y CONDICIONES DE VIAJE - VISA H-2B", size=12)
    d.p(
        "Yo, Nelson Geovany Mejía Banegas, con tarjeta de identidad número 0501-1994-08812, "
        "acepto las siguientes condiciones para trabajar como plantador de árboles con visa "
        "H-2B, según la oferta que me presentó la agencia:",
        size=9.8,
        gap=2.5,
    )
    d.grid(
        [
            [
                "Empleador",
                "Longleaf Reforestation Contractors, Inc., 615 Turpentine Road, Pinewood "
                "Hollow, Alabama 36467, EE. UU.",
            ],
            [
                "Puesto",
                "Plantador de pino: plantar plántulas de pino con barra o azadón en terrenos "
                "talados, cargar las bolsas de plántulas y limpiar el terreno.",
            ],
            ["Requisito", "Experiencia previa en siembra o trabajo de campo."],
            [
                "Zona de trabajo",
                "Terrenos forestales en Alabama, Mississippi y Georgia, según las órdenes de la "
                "cuadrilla.",
            ],
            ["Temporada", "Del 5 de enero al 10 de abril de 2026."],
            ["Horario", "40 horas por semana, de lunes a viernes."],
            [
                "Pago",
                "$0.09 por árbol plantado, garantizando como mínimo $16.08 por hora trabajada.",
            ],
            ["Tiempo extra", "No se ofrece tiempo extra."],
            ["Frecuencia de pago", "Cada semana, los viernes."],
            ["Descuentos", "Impuestos de EE. UU. y lo indicado en los puntos 2 y 3."],
            ["Visa", "El empleador reembolsa la cuota de la visa en la primera semana."],
            ["Regreso", "El empleador paga el pasaje de regreso a San Pedro Sula."],
        ],
        (26, 74),
        bold_first_col=True,
        size=9,
    )
    d.hd("Me comprometo a lo siguiente:", size=10)
    q1 = d.fee(
        "travel_cost",
        "El trabajador cubrirá por su cuenta el boleto aéreo de San Pedro Sula a Atlanta, de "
        "unos L 9,800, y ese gasto no le será devuelto.",
        9800.0,
        "HNL",
    )
    q2 = d.fee(
        "debt_bondage",
        "La agencia podrá prestarle hasta L 20,000 para sus gastos de salida; el préstamo se "
        "pagará con descuentos de $100 semanales de su cheque y un interés del 3 % mensual.",
        20000.0,
        "HNL",
    )
    q3 = d.fee(
        "equipment_charge",
        "La barra plantadora, el chaleco y las botas se descuentan del primer cheque, $85 en "
        "total.",
        85.0,
        "USD",
    )
    d.p("1. " + q1, size=9.8, indent=2)
    d.p("2. " + q2, size=9.8, indent=2)
    d.p("3. " + q3, size=9.8, indent=2)
    d.p(
        "4. La agencia no cobra comisión al trabajador por colocarlo con el empleador.",
        size=9.8,
        indent=2,
    )
    d.p(
        "5. El trabajador puede comunicarse con su consulado o con el Departamento de Trabajo "
        "de EE. UU. cuando lo desee.",
        size=9.8,
        indent=2,
    )
    d.p(
        "Firmo en San Pedro Sula, a los 9 días de diciembre de 2025.",
        size=9.8,
        gap=2,
    )
    d.signatures(
        ("Por la agencia", "Lic. Karla Yamileth Paz Orellana"),
        ("El trabajador", "Nelson Geovany Mejía Banegas"),
        third=("Huella", " "),
    )
    clean = bytes(d.output())
    assert d.page_no() == 1
    pdf = scan_pdf(clean, seed=707, angle=-0.55)
    lab = label(
        "z07.pdf",
        "h2b",
        "es",
        1,
        d.placed_fees(),
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Servicios Laborales Sula Internacional, S. de R.L."],
        [
            "'No se ofrece tiempo extra' states overtime (none offered), so the term is present",
            "visa fee reimbursed in first week",
            "return ticket paid by employer",
            "no placement commission charged (negated fee)",
            "worker may contact consulate or DOL (no threat)",
        ],
        "recruiter_agreement",
        "one page; agency letterhead; gridded terms table; numbered commitments; signature "
        "and fingerprint; SCANNED image-only (slight rotation, blur, noise)",
    )
    lab["scanned"] = True
    return pdf, lab


def scan_pdf(pdf_bytes, seed, angle, dpi=220):
    """Render each page, degrade it like a phone/flatbed scan, embed as image-only pages."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED_DATE)
    rng = np.random.default_rng(seed)
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 12  # slightly grey paper, slightly lighter ink
        arr += rng.normal(0, 7, arr.shape)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, mode="L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78, optimize=False)
        buf.seek(0)
        out.add_page(format=(w_pt, h_pt))
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    src.close()
    return bytes(out.output())


# =============================================================================
# z08 - H-2B golf club employer disclosure, English, two columns, compliant
# =============================================================================
def build_z08():
    d = Doc(
        "h2b",
        family="lib-narrow",
        head="Marsh Hen Golf & River Club  -  H-2B Employer Disclosure  -  Season 2026",
        foot="Marsh Hen Golf & River Club, Inc.  -  {p}/{nb}",
        margin=16,
    )
    d.band_color = (24, 60, 92)
    d.add_page()
    d.ln(2)
    d.ttl("EMPLOYER DISCLOSURE TO H-2B WORKERS\nGolf Course Attendant (Outside Services)", size=14)
    d.grid(
        [
            [
                "Employer",
                "Marsh Hen Golf & River Club, Inc., 40 Spartina Drive, Cane Hammock Island, "
                "South Carolina 29920",
            ],
            ["Job order", "H-400-26033-681145; 10 openings; SOC 39-3091"],
            ["Contract period", "March 1, 2026 to October 31, 2026"],
            [
                "Schedule",
                "40 hours per week, Tuesday through Saturday, 6:30 a.m. to 3:00 p.m.",
            ],
            ["Wage", "$14.35 per hour; overtime over 40 hours per week at $21.53 per hour"],
            ["Paydays", "Every other Friday (biweekly), by direct deposit or check"],
        ],
        (22, 78),
        bold_first_col=True,
        size=10,
    )
    sections = [
        (
            "What you will do",
            "Stage and wash golf carts, clean members' clubs, run the driving-range picker, "
            "rake bunkers, fill divots, and staff the starter booth, where attendants collect "
            "green fees and cart rental fees from members' guests and day visitors. During "
            "member tournaments you post scores and collect entry fees on behalf of the golf "
            "shop. Golfers who drive carts onto closed fairways pay a penalty set by the Club; "
            "attendants write the ticket.",
        ),
        (
            "What we ask",
            "Three months of experience in hospitality, golf operations or groundskeeping, and "
            "enough English to greet golfers and read a cart schedule.",
        ),
        (
            "Where",
            "The Club's course, range and cart barn at 40 Spartina Drive, Cane Hammock Island, "
            "South Carolina.",
        ),
        (
            "Your pay can only go up",
            "If a higher prevailing wage or a higher federal, state or local minimum wage "
            "takes effect during the season, you are paid the higher rate from that date.",
        ),
        (
            "Pay statements",
            "Every payday you receive a statement listing hours offered, hours worked, rate, "
            "gross pay, each deduction and net pay.",
        ),
        (
            "Deductions",
            "Federal and state income tax, Social Security and Medicare. Any other deduction "
            "needs your written consent and must be for your own benefit, such as discounted "
            "purchases at the golf shop, which no worker is ever required to make.",
        ),
        (
            "Three-fourths guarantee",
            "In each 12-week period we offer you work for at least 75% of the workdays. If we "
            "fall short, you are paid for the hours you would have worked.",
        ),
        (
            "Travel to the job",
            "We pay you back, in your first workweek, for transportation and daily meals from "
            "the place you were recruited to the Club.",
        ),
        (
            "Travel home",
            "If you finish the season, or if we dismiss you early other than for cause, we "
            "pay your transportation and meals back to the place you were recruited.",
        ),
        (
            "Visa costs",
            "The Club reimburses visa, visa-processing and border-crossing fees in your first "
            "workweek.",
        ),
        (
            "Uniforms and equipment",
            "Uniform polos, caps, rain gear and all tools are provided free and no deposit is "
            "taken. Accidental damage to golf carts is never charged to employees.",
        ),
        (
            "Housing and meals",
            "Rooms in the Club's staff house at 6 Heron Court are offered free to H-2B "
            "workers, with no deposit. Staff lunch in the grill room is free on every shift.",
        ),
        (
            "Orientation",
            "A short safety briefing on cart driving is given on paid time and at no cost to you.",
        ),
        (
            "Leaving the job",
            "You may be dismissed only for cause, such as theft or violence, after a written "
            "warning. Five consecutive unexcused absences count as abandonment, which we must "
            "report to the Department of Labor and DHS.",
        ),
        (
            "If the season is cut short",
            "If a hurricane, flood or fire makes the work impossible, the Club may end the "
            "contract early with the Department of Labor's approval, but pays wages earned, "
            "the three-fourths guarantee to that date and your trip home.",
        ),
        (
            "Recruitment",
            "The Club's recruiter, Caribe Talent Bridge Ltd. of Kingston, Jamaica, is paid only "
            "by the Club. No one may charge you anything for this job, and you should report "
            "anyone who tries.",
        ),
        (
            "Your rights",
            "You keep your own passport. The Club keeps no blacklist and will not retaliate "
            "against anyone who contacts the Department of Labor, a lawyer or a consulate.",
        ),
    ]
    d.ln(1)
    cols = d.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=True)
    with cols:
        for head, text in sections:
            d.set_font("F", "B", 10)
            d.set_text_color(24, 60, 92)
            cols.write(head + "\n")
            d.set_font("F", "", 9.6)
            d.set_text_color(0, 0, 0)
            cols.write(text + "\n")
            cols.ln(0.6)
    d.signatures(
        ("For the Club", "Lamont Greer, Director of Golf Operations"),
        ("Worker", "Name, signature and date"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z08.pdf",
        "h2b",
        "en",
        d.page_no(),
        d.placed_fees(),
        [],
        ["Caribe Talent Bridge Ltd."],
        [
            "'collect green fees and cart rental fees from guests' is a job duty",
            "'entry fees' collected for the golf shop (customer charge)",
            "'penalty' charged to golfers, not workers",
            "voluntary discounted purchases at the golf shop",
            "visa, processing and border-crossing fees reimbursed",
            "uniforms and tools free, no deposit",
            "accidental cart damage never charged (negated chargeback)",
            "free staff housing and free staff lunch (h2b)",
            "safety briefing at no cost",
            "recruiter paid only by the employer",
            "no blacklist; worker keeps passport",
        ],
        "employer_disclosure",
        "colored header band; summary grid; two-column body with colored run-in headings",
    )
    return pdf, lab


# =============================================================================
# z09 - H-2B recruitment services agreement (Jamaica -> Virginia hotel), English
# =============================================================================
def build_z09():
    d = Doc(
        "h2b",
        family="dejavu-cond",
        foot="Blue Mahoe Staffing Solutions Ltd. - Worker Agreement BM-H2B-26-0589 - p. {p}",
        margin=20,
    )
    d.add_page()
    d.set_font("F", "B", 13)
    d.set_text_color(20, 90, 140)
    d.cell(0, 7, "BLUE MAHOE STAFFING SOLUTIONS LTD.", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("F", "", 8.5)
    d.cell(
        0,
        4.5,
        "14 Hagley Park Road, Kingston 10, Jamaica  -  Employment Agency Licence EA/2026/0762",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.rule(gap=3)
    d.ttl("RECRUITMENT SERVICES AGREEMENT - H-2B SEASONAL PROGRAMME", size=12.5, align="L")
    d.p(
        "This Agreement is made on 16 January 2026 between Blue Mahoe Staffing Solutions Ltd. "
        '("the Agency") and Oneil Andre Campbell of 7 Lime Tree Lane, May Pen, Clarendon '
        '("the Worker"). The Agency recruits on behalf of Chesapeake Tidewater Inn & Suites, '
        'LLC ("the Employer"), whose job terms are set out in Schedule 1.',
        size=9.8,
    )
    d.clause(
        "1. Services.",
        "The Agency will screen the Worker, forward his application to the Employer, book "
        "the visa interview at the U.S. Embassy in Kingston, and brief him before departure.",
    )
    q = d.fee(
        "visa_cost",
        "A valid Jamaican passport must be obtained and renewed at the Worker's own cost.",
        passport_only=True,
    )
    d.clause(
        "2. Worker's documents.",
        "The Worker will supply his birth certificate, police record and two references. " + q,
    )
    q = d.fee(
        "recruitment_fee",
        "The Worker pays this contribution, JMD 85,000, in cash at the Agency's office before "
        "the embassy interview.",
        85000.0,
        "JMD",
    )
    d.clause(
        "3. Processing contribution.",
        "Each selected worker makes a processing contribution towards the Agency's office, "
        "telephone and courier expenses. " + q,
    )
    q = d.fee(
        "document_retention",
        "After the visa is issued, the Agency keeps the Worker's passport in its safe and "
        "returns it at the airport on the day of departure.",
    )
    d.clause("4. Custody of passport.", q)
    d.clause(
        "5. Medical.",
        "The pre-departure medical certificate is arranged by the Agency with Dr. P. Lindo and "
        "paid for by the Employer.",
    )
    d.clause(
        "6. Complaints.",
        "Nothing in this Agreement prevents the Worker from contacting the U.S. Department of "
        "Labor, the Ministry of Labour and Social Security or an attorney, and no worker will "
        "be removed from the Agency's lists for doing so.",
        gap=3,
    )
    d.hd("SCHEDULE 1 - TERMS OF THE U.S. JOB", size=10.5)
    d.grid(
        [
            [
                "Employer",
                "Chesapeake Tidewater Inn & Suites, LLC, 3300 Atlantic Avenue, Bayshore Point, "
                "Virginia 23451, USA",
            ],
            [
                "Position",
                "Housekeeper / room attendant: clean and service guest rooms, change linens, "
                "restock amenities, report maintenance needs",
            ],
            ["Requirements", "Six months of housekeeping experience in a hotel or guest house"],
            ["Worksite", "The hotel at 3300 Atlantic Avenue, Bayshore Point, Virginia"],
            ["Period", "6 April 2026 to 15 October 2026"],
            ["Hours", "40 hours per week; shifts between 8:00 a.m. and 4:30 p.m."],
            ["Wage", "US$13.88 per hour"],
            ["Overtime", "US$20.82 per hour for hours over 40 in a week"],
            ["Paydays", "Every two weeks (biweekly), on Friday"],
            ["Deductions", "U.S. taxes; staff meals as stated below"],
            [
                "Travel to job",
                "Air ticket Kingston to Norfolk bought by the Employer; airport meals repaid "
                "in the first week",
            ],
            ["Travel home", "Return ticket paid by the Employer on completion of the season"],
            ["Visa fee", "Reimbursed by the Employer in the first workweek"],
            ["Uniforms, supplies", "Provided by the Employer free of charge; no deposit"],
            [
                "Ending the job",
                "Five days' unexcused absence is abandonment and is reported; dismissal only "
                "for documented cause",
            ],
        ],
        (24, 76),
        bold_first_col=True,
        size=9,
    )
    q = d.fee(
        "meal_charge",
        "Staff meals in the employee cafeteria are charged at $9.50 per shift and taken from "
        "each paycheck.",
        9.5,
        "USD",
    )
    d.p(q, size=9.6, gap=3)
    d.hd("QUESTIONS WORKERS OFTEN ASK", size=10.5)
    for qq, aa in [
        (
            "Is the hotel paying the Agency?",
            "Yes. The Employer pays the Agency a recruitment fee under a separate contract.",
        ),
        ("Will I get my visa fee back?", "Yes, in your first week of work."),
        ("Who buys my plane ticket?", "The Employer buys it, both ways."),
    ]:
        d.p(f"**Q.** {qq}  **A.** {aa}", size=9.4, md=True, gap=0.8)
    d.signatures(
        ("For the Agency", "Marcia Ellington-Brown, Director"),
        ("Worker", "Oneil Andre Campbell"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z09.pdf",
        "h2b",
        "en",
        d.page_no(),
        d.placed_fees(),
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Blue Mahoe Staffing Solutions Ltd."],
        [
            "employer pays the agency a recruitment fee (not a worker fee)",
            "medical certificate paid by the employer",
            "visa fee reimbursed; air ticket bought by employer both ways",
            "uniforms and supplies free, no deposit",
            "worker may contact DOL or attorney without being removed from lists",
        ],
        "recruiter_agreement",
        "agency letterhead; numbered clauses; gridded schedule of job terms; short Q&A box",
    )
    return pdf, lab


# =============================================================================
# z10 - H-2A citrus worker handbook, Spanish, with pay-deduction schedule
# =============================================================================
def build_z10():
    d = Doc(
        "h2a",
        family="noto-sans",
        head="Whitfield & Sons Citrus Groves, Inc.  -  Manual del trabajador H-2A 2026-2027",
        foot="Manual del trabajador  -  página {p} de {nb}",
        margin=20,
    )
    d.band_color = (214, 120, 20)
    d.add_page()
    d.ln(3)
    d.ttl("MANUAL DEL TRABAJADOR H-2A\nTemporada de cítricos 2026-2027", size=15)
    d.p(
        "Bienvenido a Whitfield & Sons Citrus Groves, Inc., 2740 County Road 29, Palmetto "
        "Hammock, Florida 33890. Este manual resume las condiciones de su contrato de trabajo "
        "(orden de trabajo FL-2026-20418). Guárdelo durante toda la temporada.",
        gap=3,
    )
    d.hd("1. Su trabajo", color=(150, 70, 0))
    d.bullets(
        [
            "Puesto: cosechador de naranja y toronja. Cosechar la fruta a mano con escalera y "
            "bolsa, vaciar la bolsa en las tinas de campo y mantener limpia la hilera.",
            "Requisitos: tres meses de experiencia en cosecha de cítricos; poder cargar 80 "
            "libras y subir escaleras de 24 pies.",
            "Lugar: arboledas de la empresa en los condados de Polk y Highlands, Florida.",
            "Periodo: del 2 de noviembre de 2026 al 30 de abril de 2027.",
            "Horario: 40 horas por semana, de lunes a sábado; la jornada empieza a las "
            "7:30 a. m., cuando se seca el rocío.",
            "Pago: $16.23 por hora o $1.05 por tina de 90 libras, lo que sea mayor en cada semana.",
            "Día de pago: cada jueves. Cada cheque trae un talón con horas ofrecidas, horas "
            "trabajadas, tinas, tarifas, descuentos y pago neto.",
            "Garantía: la empresa le ofrece trabajo por lo menos en las tres cuartas partes de "
            "los días de trabajo del contrato; si no, le paga la diferencia.",
        ]
    )
    d.hd("2. Vivienda y comida", color=(150, 70, 0))
    d.p(
        "La vivienda se da sin renta en el campamento de 115 Grove Camp Road, Palmetto "
        "Hammock, con camas, colchones y baños revisados por el estado. Cada casa tiene cocina "
        "con estufa y refrigerador que puede usar sin costo; quien prefiera puede inscribirse "
        "en el plan de comidas que aparece en la tabla de la sección 5."
    )
    d.hd("3. Transporte", color=(150, 70, 0))
    d.p(
        "Cuando usted complete la mitad del contrato, la empresa le reembolsa el viaje desde "
        "el lugar donde fue reclutado hasta Palmetto Hammock, con las comidas del camino. Al "
        "terminar el contrato, la empresa paga su regreso. Todos los días un autobús de la "
        "empresa lo lleva del campamento a la arboleda y de regreso."
    )
    d.hd("4. Herramientas", color=(150, 70, 0))
    d.p(
        "La escalera, la bolsa de cosecha, los guantes y los lentes de seguridad se los da la "
        "empresa. No se cobran ni se pide depósito por ellos."
    )
    d.hd("5. Descuentos de su cheque", color=(150, 70, 0))
    d.p(
        "Esta tabla muestra todo lo que se puede descontar de su cheque durante la temporada.",
        gap=1.5,
    )
    hous = ["Luz y agua de la vivienda", "$22.00", "Semanal", "Obligatorio"]
    insu = ["Seguro médico fuera del trabajo", "$9.75", "Semanal", "Obligatorio"]
    d.fee("housing_charge", " ".join(hous), 22.0, "USD")
    d.fee("insurance_cost", " ".join(insu), 9.75, "USD")
    d.grid(
        [
            ["Impuesto federal", "Según W-4", "Semanal", "Solo si usted lo pide"],
            hous,
            insu,
            ["Plan de comidas", "$14.25", "Por día", "Opcional; menos del tope del DOL"],
            ["Escalera, bolsa y guantes", "$0.00", "-", "Los da la empresa"],
            ["Autobús diario", "$0.00", "-", "Gratis"],
        ],
        (40, 14, 14, 32),
        header=["Concepto", "Cantidad", "Frecuencia", "Observaciones"],
        size=9,
        fill=(250, 222, 190),
    )
    q = d.fee(
        "wage_withholding",
        "De cada cheque se retienen $40.00 como ahorro de fin de temporada, que la empresa "
        "entrega al trabajador el último día de la cosecha.",
        40.0,
        "USD",
    )
    d.p(q)
    d.hd("6. Reglas y derechos", color=(150, 70, 0))
    d.bullets(
        [
            "Si usted falta cinco días de trabajo seguidos sin avisar, se considera abandono y "
            "la empresa lo reporta al Departamento de Trabajo y al DHS; entonces ya no tiene "
            "derecho a la garantía ni al viaje de regreso.",
            "Solo se despide por causa justificada, como pelear, robar o trabajar bajo el "
            "efecto del alcohol, y después de una advertencia por escrito.",
            "Nadie le puede cobrar por este trabajo. La empresa no presta dinero ni da adelantos.",
            "Usted guarda su pasaporte y su visa.",
            "Usted puede salir del campamento cuando quiera en su tiempo libre.",
        ]
    )
    d.signatures(
        ("Recibí mi manual", "Nombre y firma del trabajador"),
        ("Por la empresa", "Dolores Whitfield, administradora"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z10.pdf",
        "h2a",
        "es",
        d.page_no(),
        d.placed_fees(),
        ["wage_adjustment", "workers_compensation", "contract_impossibility"],
        [],
        [
            "optional meal plan at $14.25/day under the DOL cap (lawful h2a meal charge)",
            "income tax withheld only on request",
            "ladder, bag and gloves at $0.00 (payer column)",
            "free daily bus",
            "rent-free housing (but utilities charged: labelled)",
            "employer gives no loans or advances (negated debt)",
            "worker keeps passport; free to leave camp",
        ],
        "handbook",
        "worker handbook; colored header band; bulleted job terms; 4-column pay-deduction "
        "schedule (Concepto | Cantidad | Frecuencia | Observaciones)",
    )
    return pdf, lab


# =============================================================================
# z11 - H-2B racetrack groom job order, English | Spanish side by side, compliant
# =============================================================================
def build_z11():
    d = Doc(
        "h2b",
        family="dejavu-cond",
        head="Pinecrest Downs Racing Stables, LLC  -  H-2B job order H-400-26020-667390",
        foot="Job order / Orden de trabajo H-400-26020-667390  -  {p}/{nb}",
        margin=14,
    )
    d.add_page()
    d.ttl(
        "JOB ORDER AND WORK CONTRACT - H-2B GROOMS\nORDEN DE TRABAJO Y CONTRATO - "
        "CABALLERANGOS H-2B",
        size=12.5,
    )
    rows = [
        (
            "Employer: Pinecrest Downs Racing Stables, LLC, 900 Paddock Road, Grafton Springs, "
            "Kentucky 40399. Tel. (502) 555-0191.",
            "Empleador: Pinecrest Downs Racing Stables, LLC, 900 Paddock Road, Grafton "
            "Springs, Kentucky 40399. Tel. (502) 555-0191.",
        ),
        (
            "Job: Groom and hotwalker (SOC 39-2021), 16 openings. Feed, water and bathe "
            "thoroughbred horses, muck out stalls, wrap legs, walk horses after workouts and "
            "races, and keep the tack room in order. The owners pay all nomination and entry "
            "fees for races; grooms handle no money.",
            "Puesto: caballerango y paseador (SOC 39-2021), 16 vacantes. Dar de comer, dar "
            "agua y bañar caballos pura sangre, limpiar las caballerizas, vendar patas, pasear "
            "a los caballos después de entrenamientos y carreras, y mantener ordenado el "
            "cuarto de arreos. Los dueños pagan todas las cuotas de inscripción de las "
            "carreras; los caballerangos no manejan dinero.",
        ),
        (
            "Requirements: six months of experience handling thoroughbreds on a farm or track.",
            "Requisitos: seis meses de experiencia en el manejo de pura sangre en rancho o "
            "hipódromo.",
        ),
        (
            "Worksite: Barn 14, Pinecrest Downs, 900 Paddock Road, Grafton Springs, Kentucky.",
            "Lugar: Caballeriza 14, Pinecrest Downs, 900 Paddock Road, Grafton Springs, Kentucky.",
        ),
        (
            "Period: April 1, 2026 to November 15, 2026.",
            "Periodo: del 1 de abril al 15 de noviembre de 2026.",
        ),
        (
            "Hours: 40 per week, six days, 5:00 to 11:00 a.m. plus a 3:00 to 4:40 p.m. evening "
            "feed.",
            "Horario: 40 horas por semana, seis días, de 5:00 a 11:00 a. m. y la comida de la "
            "tarde de 3:00 a 4:40 p. m.",
        ),
        (
            "Wage: $15.47 per hour. If a higher prevailing or minimum wage takes effect during "
            "the contract, it is paid from that date. Overtime over 40 hours: $23.21 per hour.",
            "Salario: $15.47 por hora. Si entra en vigor un salario prevaleciente o mínimo más "
            "alto durante el contrato, se paga desde esa fecha. Tiempo extra arriba de 40 "
            "horas: $23.21 por hora.",
        ),
        (
            "Pay: weekly, every Friday, with a statement of hours offered and worked, rate, "
            "deductions and net pay.",
            "Pago: semanal, cada viernes, con un talón de horas ofrecidas y trabajadas, tarifa, "
            "descuentos y pago neto.",
        ),
        (
            "Deductions: only federal and state taxes, Social Security, Medicare and court orders.",
            "Descuentos: solo impuestos federales y estatales, Seguro Social, Medicare y "
            "órdenes judiciales.",
        ),
        (
            "Guarantee: in every 12-week period, work offered for at least three-fourths of "
            "the workdays, or the difference is paid.",
            "Garantía: en cada periodo de 12 semanas se ofrece trabajo por lo menos en tres "
            "cuartas partes de los días hábiles, o se paga la diferencia.",
        ),
        (
            "Travel: transportation and daily subsistence to Grafton Springs reimbursed in the "
            "first workweek; return transportation paid on completion or early dismissal "
            "without cause.",
            "Viaje: el transporte y los viáticos diarios hasta Grafton Springs se reembolsan "
            "en la primera semana; el regreso se paga al terminar o si hay despido anticipado "
            "sin causa.",
        ),
        (
            "Visa: visa, visa-processing and border-crossing fees reimbursed in the first "
            "workweek.",
            "Visa: la visa, su trámite y el cruce fronterizo se reembolsan en la primera semana.",
        ),
        (
            "Tools: pitchforks, brushes, buckets, boots and safety helmets are provided free, "
            "with no deposit. Tack or equipment that breaks in normal use is never charged to "
            "workers.",
            "Herramientas: bieldos, cepillos, cubetas, botas y cascos se dan gratis, sin "
            "depósito. Nunca se cobra al trabajador el equipo que se rompa con el uso normal.",
        ),
        (
            "Housing: a free room in the backstretch dormitory, with no charge for electricity "
            "or water. Backstretch gates close to the public at 9:00 p.m.; workers with a badge "
            "may come and go at any hour.",
            "Vivienda: cuarto gratis en el dormitorio de las caballerizas, sin cobro de luz ni "
            "agua. Las puertas se cierran al público a las 9:00 p. m.; los trabajadores con "
            "gafete pueden entrar y salir a cualquier hora.",
        ),
        (
            "Ending the job: dismissal only for cause after a written warning; five consecutive "
            "days of unexcused absence are abandonment and are reported to DOL and DHS. A "
            "worker who leaves early owes nothing to anyone.",
            "Fin del trabajo: despido solo por causa y con advertencia por escrito; cinco días "
            "seguidos de ausencia sin permiso son abandono y se reportan al DOL y al DHS. El "
            "trabajador que se vaya antes no le debe nada a nadie.",
        ),
        (
            "If work becomes impossible: if fire, flood or an equine quarantine closes the "
            "track, the contract may end early with DOL approval; wages earned, the guarantee "
            "to that date and the trip home are paid.",
            "Si el trabajo se vuelve imposible: si un incendio, una inundación o una cuarentena "
            "equina cierran el hipódromo, el contrato puede terminar antes con permiso del DOL; "
            "se pagan los salarios ganados, la garantía hasta esa fecha y el regreso.",
        ),
        (
            "No fee: Pinecrest Downs pays its recruiter, Caballerizas Unidas Reclutamiento, "
            "S.C., and no worker pays anything to be hired. Workers keep their own passports "
            "and visas.",
            "Sin cobros: Pinecrest Downs paga a su reclutador, Caballerizas Unidas "
            "Reclutamiento, S.C., y ningún trabajador paga nada por ser contratado. Los "
            "trabajadores guardan sus propios pasaportes y visas.",
        ),
    ]
    d.grid([list(r) for r in rows], (50, 50), header=["English", "Español"], size=8.6)
    d.signatures(
        ("Employer / Empleador", "Travis McCandless, Trainer"),
        ("Worker / Trabajador", "Name and signature / Nombre y firma"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z11.pdf",
        "h2b",
        "en+es",
        d.page_no(),
        d.placed_fees(),
        [],
        ["Caballerizas Unidas Reclutamiento, S.C."],
        [
            "'feed' / 'evening feed' are job words",
            "owners pay race nomination and entry fees ('cuotas de inscripción' of races)",
            "visa and border-crossing fees reimbursed",
            "tools free, no deposit; breakage in normal use never charged",
            "free dormitory room, no utilities (h2b)",
            "gates close to the public only; workers come and go (no curfew)",
            "worker who leaves early owes nothing (negated penalty)",
            "recruiter paid by employer; workers keep passports",
        ],
        "job_order",
        "bilingual gridded table, English | Español side by side, one row per term",
    )
    return pdf, lab


# =============================================================================
# z12 - generic (Honduras -> Spain) seasonal contract, Spanish, clauses + annex
# =============================================================================
def build_z12():
    d = Doc(
        "generic",
        family="lib-serif",
        fmt="A4",
        foot="Agrícola Marismas del Condado, S.L.  -  Campaña 2027  -  Pág. {p}/{nb}",
        margin=22,
    )
    d.add_page()
    d.ttl(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA LA CAMPAÑA AGRÍCOLA 2027\n"
        "(Contratación colectiva en origen)",
        size=12,
    )
    d.p("En Tegucigalpa, a 10 de noviembre de 2026.", size=10.5, align="R", gap=2)
    d.p("REUNIDOS", size=10.5, style="B", align="C", gap=1)
    d.p(
        "De una parte, D. Ramón Vélez Garrido, en nombre y representación de Agrícola "
        "Marismas del Condado, S.L., con CIF B-21704418 y domicilio en Carretera A-494, km 12, "
        '21810 Palos de la Frontera (Huelva), España (en adelante, "LA EMPRESA").',
        size=10.5,
        align="J",
    )
    d.p(
        "De otra parte, Dña. ____________________________________, mayor de edad, con "
        'pasaporte hondureño n.º ________________ (en adelante, "LA TRABAJADORA").',
        size=10.5,
        align="J",
    )
    d.p(
        "La selección se ha realizado en Honduras por Agencia Laboral Lempa Norte, S. de "
        "R.L., por cuenta de LA EMPRESA, que le abona sus honorarios; LA TRABAJADORA no paga "
        "cantidad alguna a la agencia. Ambas partes acuerdan las siguientes",
        size=10.5,
        align="J",
    )
    d.p("CLÁUSULAS", size=10.5, style="B", align="C", gap=1)
    cl = [
        (
            "PRIMERA.- Puesto.",
            "LA TRABAJADORA prestará servicios como peón agrícola en la recolección de fresa, "
            "arándano y frambuesa, y en la plantación y limpieza de invernaderos.",
        ),
        (
            "SEGUNDA.- Lugar.",
            "Fincas de LA EMPRESA en los términos municipales de Moguer y Palos de la Frontera "
            "(Huelva).",
        ),
        (
            "TERCERA.- Duración.",
            "Del 15 de febrero de 2027 al 15 de junio de 2027, fecha prevista de fin de campaña.",
        ),
        (
            "CUARTA.- Jornada.",
            "39 horas semanales, de lunes a sábado, de 8:00 a 14:30 horas, con un descanso de "
            "30 minutos.",
        ),
        (
            "QUINTA.- Retribución.",
            "61,42 euros brutos por jornada trabajada, según el convenio colectivo del campo "
            "de la provincia de Huelva, con la parte proporcional de pagas extraordinarias y "
            "vacaciones.",
        ),
        (
            "SEXTA.- Pago.",
            "Mensual, por transferencia bancaria, dentro de los cinco primeros días del mes "
            "siguiente, con entrega del recibo de salarios.",
        ),
        (
            "SÉPTIMA.- Deducciones.",
            "La cuota obrera a la Seguridad Social y la retención del IRPF que marque la ley, "
            "y el alojamiento según la cláusula novena.",
        ),
    ]
    for lead, text in cl:
        d.clause(lead, text, size=10.5, gap=1.3)
    q = d.fee(
        "travel_cost",
        "El billete de avión de regreso a San Pedro Sula, de unos 780 €, correrá a cargo de "
        "LA TRABAJADORA y se descontará de la última nómina.",
        780.0,
        "EUR",
    )
    d.clause(
        "OCTAVA.- Viajes.",
        "LA EMPRESA asume el billete de ida de San Pedro Sula a Sevilla y el traslado en "
        "autobús hasta la finca. " + q,
        size=10.5,
        gap=1.3,
    )
    q = d.fee(
        "housing_charge",
        "Por el alojamiento en los módulos de la finca se descontarán 3,50 € por día de estancia.",
        3.5,
        "EUR",
    )
    d.clause(
        "NOVENA.- Alojamiento.",
        "LA EMPRESA facilita alojamiento en módulos dentro de la finca, con cocina, agua "
        "caliente y lavadora. " + q,
        size=10.5,
        gap=1.3,
    )
    rest = [
        (
            "DÉCIMA.- Visado.",
            "LA EMPRESA tramita y paga el visado y la autorización de residencia y trabajo de "
            "temporada.",
        ),
        (
            "UNDÉCIMA.- Extinción.",
            "El contrato se extingue al terminar la campaña. LA EMPRESA solo podrá despedir "
            "por las causas disciplinarias del artículo 54 del Estatuto de los Trabajadores; "
            "LA TRABAJADORA podrá dimitir con quince días de preaviso.",
        ),
        (
            "DUODÉCIMA.- Documentación.",
            "LA TRABAJADORA conserva en todo momento su pasaporte y su tarjeta de identidad.",
        ),
        (
            "DECIMOTERCERA.- Normas de convivencia.",
            "LA TRABAJADORA se compromete a respetar las normas del Anexo I, que forma parte "
            "de este contrato.",
        ),
    ]
    for lead, text in rest:
        d.clause(lead, text, size=10.5, gap=1.3)
    d.p(
        "Y en prueba de conformidad, firman el presente contrato por triplicado.",
        size=10.5,
    )
    d.signatures(
        ("Por LA EMPRESA", "D. Ramón Vélez Garrido"),
        ("LA TRABAJADORA", "Firma"),
    )
    d.add_page()
    d.ttl("ANEXO I\nNORMAS DE CONVIVENCIA EN EL ALOJAMIENTO", size=12)
    norms = [
        "Cada módulo organiza un turno semanal de limpieza de la cocina y los baños.",
        "No se permite fumar ni cocinar dentro de los dormitorios.",
    ]
    q = d.fee(
        "movement_restriction",
        "Por razones de seguridad, las trabajadoras no podrán abandonar el recinto de la "
        "finca entre las 21:00 y las 7:00 horas ni los domingos sin autorización del "
        "encargado.",
    )
    norms.append(q)
    norms += [
        "El autobús de LA EMPRESA lleva gratuitamente a las trabajadoras al supermercado de "
        "Moguer los miércoles por la tarde.",
        "Las averías de los electrodomésticos se comunican al encargado, que las repara sin "
        "coste para las residentes.",
        "Las quejas pueden presentarse ante el encargado, la Inspección de Trabajo o el "
        "consulado de Honduras en Sevilla sin ninguna consecuencia para la trabajadora.",
    ]
    for i, n in enumerate(norms, 1):
        d.p(f"{i}. {n}", size=10.5, indent=3, gap=1.8)
    d.signatures(
        ("Por LA EMPRESA", "D. Ramón Vélez Garrido"),
        ("LA TRABAJADORA", "Firma"),
    )
    pdf = bytes(d.output())
    lab = label(
        "z12.pdf",
        "generic",
        "es",
        d.page_no(),
        d.placed_fees(),
        ["worker_identity", "return_transportation"],
        ["Agencia Laboral Lempa Norte, S. de R.L."],
        [
            "agency 'honorarios' paid by the employer; worker pays nothing to the agency",
            "'cuota obrera a la Seguridad Social' is a statutory contribution, not insurance",
            "outbound ticket and visa paid by employer",
            "free bus to the supermarket",
            "appliance repairs at no cost to residents (no damage charge)",
            "worker keeps passport; complaints without consequences",
            "worker name left blank (worker_identity missing)",
        ],
        "work_contract",
        "A4; Spanish-style contract (REUNIDOS / CLÁUSULAS) with justified prose; signature "
        "lines; Annex I house rules on page 2",
    )
    return pdf, lab


# =============================================================================
# driver and verification
# =============================================================================
BUILDERS = [
    build_z01,
    build_z02,
    build_z03,
    build_z04,
    build_z05,
    build_z06,
    build_z07,
    build_z08,
    build_z09,
    build_z10,
    build_z11,
    build_z12,
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(out_dir, labels):
    import pdfplumber

    problems = []
    for lab in labels:
        path = out_dir / lab["file"]
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                problems.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
        if lab["scanned"]:
            if any(texts):
                problems.append(f"{lab['file']}: scanned document has a text layer")
            continue
        for fee in lab["fees"]:
            page = fee["page"]
            if not 1 <= page <= lab["pages"]:
                problems.append(f"{lab['file']}: fee page {page} out of range")
                continue
            if norm(fee["quote"]) not in texts[page - 1]:
                where = [i + 1 for i, t in enumerate(texts) if norm(fee["quote"]) in t]
                problems.append(
                    f"{lab['file']} p{page}: quote not found (found on {where}): "
                    f"{fee['quote'][:70]}"
                )
    return problems


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    for build in BUILDERS:
        pdf, lab = build()
        (out_dir / lab["file"]).write_bytes(pdf)
        labels.append(lab)
    (out_dir / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    problems = verify(out_dir, labels)
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    if problems:
        return 1
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print(f"wrote {len(labels)} PDFs and labels.json to {out_dir}; {n_fees} fee quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
