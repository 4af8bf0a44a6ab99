"""Blind held-out batch "ai": 12 labelled contract PDFs (build and verify).

Usage: python build.py OUT_DIR
Writes ai01.pdf ... ai12.pdf and labels.json to OUT_DIR, then checks with pdfplumber that
every fee quote of a text page is printed on its labelled page. Exits 1 on any mismatch.
"""

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

CREATED = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)
DV = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"
FONTS = {
    "dejavu": (DV + "DejaVuSans.ttf", DV + "DejaVuSans-Bold.ttf", DV + "DejaVuSans-Oblique.ttf"),
    "dvcond": (
        DV + "DejaVuSansCondensed.ttf",
        DV + "DejaVuSansCondensed-Bold.ttf",
        DV + "DejaVuSansCondensed-Oblique.ttf",
    ),
    "libserif": (
        LIB + "LiberationSerif-Regular.ttf",
        LIB + "LiberationSerif-Bold.ttf",
        LIB + "LiberationSerif-Italic.ttf",
    ),
    "libsans": (
        LIB + "LiberationSans-Regular.ttf",
        LIB + "LiberationSans-Bold.ttf",
        LIB + "LiberationSans-Italic.ttf",
    ),
    "noto": (
        NOTO + "NotoSans-Regular.ttf",
        NOTO + "NotoSans-Bold.ttf",
        NOTO + "NotoSans-Italic.ttf",
    ),
    "notoserif": (
        NOTO + "NotoSerif-Regular.ttf",
        NOTO + "NotoSerif-Bold.ttf",
        NOTO + "NotoSerif-Italic.ttf",
    ),
}

REQUIRED = {
    "h2a": [
        "employer_identity", "job_duties", "work_location", "employment_period",
        "hours_of_work", "wage_rate", "wage_adjustment", "pay_frequency", "deductions",
        "three_fourths_guarantee", "housing", "meals", "inbound_transportation",
        "return_transportation", "daily_transportation", "tools_provided",
        "workers_compensation", "earnings_statements", "termination",
        "contract_impossibility", "job_requirements",
    ],
    "h2b": [
        "employer_identity", "job_duties", "work_location", "employment_period",
        "hours_of_work", "wage_rate", "wage_adjustment", "overtime", "pay_frequency",
        "deductions", "three_fourths_guarantee", "inbound_transportation",
        "return_transportation", "visa_reimbursement", "tools_provided",
        "earnings_statements", "termination", "contract_impossibility", "job_requirements",
    ],
    "generic": [
        "employer_identity", "worker_identity", "job_duties", "work_location",
        "employment_period", "hours_of_work", "wage_rate", "pay_frequency", "deductions",
        "return_transportation", "termination",
    ],
}  # fmt: skip


# --------------------------------------------------------------------------- rendering


class Doc(FPDF):
    def __init__(self, fmt, family, size, foot):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.family = family
        self.size = size
        self.foot = foot
        regular, bold, italic = FONTS[family]
        self.add_font(family, "", regular)
        self.add_font(family, "B", bold)
        self.add_font(family, "I", italic)
        self.set_creation_date(CREATED)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)
        self.set_font(family, "", size)

    def footer(self):
        if not self.foot:
            return
        self.set_y(-13)
        self.set_font(self.family, "I", self.size - 2)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "%s   p. %d/{nb}" % (self.foot, self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def render(spec):
    pdf = Doc(spec.get("format", "letter"), spec["font"], spec.get("size", 10), spec.get("foot"))
    pdf.add_page()
    fam, size = spec["font"], spec.get("size", 10)
    lh = size * 0.5
    for b in spec["blocks"]:
        kind = b[0]
        pdf.set_font(fam, "", size)
        if kind == "pb":
            pdf.add_page()
        elif kind == "gap":
            pdf.ln(b[1])
        elif kind == "band":
            r, g, bl = b[2]
            pdf.set_fill_color(r, g, bl)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(fam, "B", size + 4)
            pdf.cell(0, 12, b[1], fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
            if len(b) > 3:
                pdf.set_font(fam, "", size - 1)
                pdf.cell(0, 6, b[3], fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_fill_color(255, 255, 255)
            pdf.ln(3)
        elif kind == "title":
            pdf.set_font(fam, "B", size + 3)
            pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font(fam, "I", size - 1)
            pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", size + 1)
            pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind in ("p", "it", "right"):
            pdf.set_font(fam, "I" if kind == "it" else "", size)
            align = "R" if kind == "right" else "L"
            pdf.multi_cell(0, lh, b[1], align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "bul":
            x = pdf.l_margin
            pdf.set_x(x + 4)
            pdf.cell(4, lh, "•")
            pdf.multi_cell(0, lh, b[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "cl":
            pdf.multi_cell(
                0, lh, "**%s** %s" % (b[1], b[2]), markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1.8)
        elif kind == "qa":
            pdf.set_font(fam, "B", size)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", size)
            pdf.multi_cell(0, lh, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "tbl":
            widths, rows = b[1], b[2]
            opt = b[3] if len(b) > 3 else {}
            heads = opt.get("head", True)
            fill = opt.get("fill", (225, 232, 240))
            pdf.set_font(fam, "", opt.get("size", size - 0.5))
            with pdf.table(
                col_widths=widths,
                width=sum(widths),
                first_row_as_headings=heads,
                borders_layout=opt.get("borders", "ALL"),
                line_height=lh + 0.6,
                text_align="LEFT",
                headings_style=FontFace(emphasis="BOLD", fill_color=fill),
                padding=1.2,
            ) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "sig":
            names = b[1]
            thumb = len(b) > 2 and b[2]
            pdf.ln(30 if thumb else 14)
            y = pdf.get_y()
            n = len(names) + (1 if thumb else 0)
            w = (pdf.w - pdf.l_margin - pdf.r_margin) / n
            for i, nm in enumerate(names):
                x = pdf.l_margin + i * w
                pdf.line(x + 3, y, x + w - 6, y)
                pdf.set_xy(x + 3, y + 1)
                pdf.set_font(fam, "", size - 1)
                pdf.multi_cell(w - 9, lh, nm)
            if thumb:
                x = pdf.l_margin + len(names) * w
                pdf.rect(x + 8, y - 22, 26, 30)
                pdf.set_xy(x + 8, y + 9)
                pdf.set_font(fam, "I", size - 2)
                pdf.cell(26, 4, thumb, align="C")
            pdf.set_xy(pdf.l_margin, y + 16)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


def scan(pdf_bytes, seed, fmt="letter"):
    """Image-only copy of a text PDF: 200 dpi, slight rotation, blur and noise."""
    rng = np.random.default_rng(seed)
    src = pypdfium2.PdfDocument(pdf_bytes)
    out = FPDF(orientation="P", unit="mm", format=fmt)
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        img = page.render(scale=200 / 72).to_pil().convert("L")
        angle = float(rng.uniform(-0.8, 0.8))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img, dtype=np.int16)
        arr = arr + rng.normal(0, 9, arr.shape).astype(np.int16) - 6
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=False)
        out.add_page()
        out.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=out.w, h=out.h)
    src.close()
    return bytes(out.output())


# --------------------------------------------------------------------------- documents


def fee(cat, sev, page, amount, cur, quote, group=None):
    f = {
        "category": cat,
        "severity": sev,
        "page": page,
        "amount": amount,
        "currency": cur,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


DOCS = []

# ai01: H-2B landscaping, numbered clauses -----------------------------------------
Q01_FEE = (
    "Before the consular interview, each selected applicant hands a processing contribution "
    "of USD 350 to the Company's coordinator in Monterrey, who issues a written receipt."
)
Q01_EQ = (
    "The replacement value of this issue, $62.00, is recovered from the worker in two equal "
    "deductions from the first two paychecks."
)
Q01_DMG = (
    "When a mower, trimmer or blower is damaged because the operator ignored the safety "
    "instructions, the cost of the repair will be taken out of the operator's wages."
)
DOCS.append(
    {
        "file": "ai01.pdf",
        "program": "h2b",
        "language": "en",
        "font": "libserif",
        "size": 10.5,
        "foot": "Copperleaf Grounds & Gardens, Inc. - H-2B Seasonal Employment Agreement",
        "blocks": [
            ("title", "SEASONAL EMPLOYMENT AGREEMENT\nH-2B Landscape Laborer - 2026 Season"),
            (
                "sub",
                "ETA case reference H-400-26012-774310 - please read every clause before signing",
            ),
            (
                "cl",
                "1. Parties.",
                'This agreement is made between Copperleaf Grounds & Gardens, Inc., 4410 Orchard Ridge Pike, Lexington, Kentucky 40511 (the "Company"), and the undersigned worker. Recruitment in Mexico is handled for the Company by Servicios Laborales Cumbres, S.C., of Monterrey, Nuevo León.',
            ),
            (
                "cl",
                "2. Position and duties.",
                "Landscape laborer. The worker will mow, edge and trim lawns, plant shrubs and seasonal flowers, spread and deposit mulch in planting beds, rake leaves, and load brush onto trailers. Crew leaders also hand the monthly invoice to residential clients and collect the service charge owed for each visit.",
            ),
            (
                "cl",
                "3. Place of work.",
                "Residential and commercial properties in Fayette, Scott and Jessamine Counties, Kentucky. Crews leave each morning from the Company yard at 4410 Orchard Ridge Pike.",
            ),
            ("cl", "4. Period of employment.", "From March 16, 2026 through November 20, 2026."),
            (
                "cl",
                "5. Hours.",
                "Crews work 40 hours per week, Monday through Friday, from 7:00 a.m. to 3:30 p.m., with a thirty-minute unpaid lunch. Saturday work is occasional in April and May.",
            ),
            (
                "cl",
                "6. Wages.",
                "The worker is paid $17.25 per hour. If the Department of Labor publishes a higher prevailing wage, or a federal, state or local minimum wage rises above this rate during the season, the Company pays the higher rate from the date it takes effect. Hours worked over 40 in a workweek are paid at $25.88 per hour.",
            ),
            (
                "cl",
                "7. Payday and pay statements.",
                "Wages are paid every Friday for the preceding week, by direct deposit or by check. Each payment comes with a statement listing the hours offered, the hours worked, the rate, gross pay and every deduction.",
            ),
            (
                "cl",
                "8. Deductions.",
                "The Company withholds federal and Kentucky income tax, Social Security and Medicare, and the amounts described in Clause 10.",
            ),
            (
                "cl",
                "9. Safety and heat.",
                "Drinking water and shaded rest breaks are available at every job site, and the first-day safety training is given on the clock at no charge.",
            ),
            ("pb",),
            (
                "cl",
                "10. Uniforms and equipment.",
                "Every crew member receives three company T-shirts, a high-visibility vest and a pair of safety glasses at the start of the season. "
                + Q01_EQ
                + " "
                + Q01_DMG,
            ),
            (
                "cl",
                "11. Travel.",
                "The Company reimburses, in the first workweek, the bus fare from Monterrey to Lexington and a daily meal allowance for the days on the road. The return bus fare to Monterrey is paid for every worker who completes the season or is dismissed early for reasons other than cause.",
            ),
            (
                "cl",
                "12. Visa.",
                "The Company pays back the visa application fee and the border-crossing fee in the worker's first workweek.",
            ),
            (
                "cl",
                "13. Selection.",
                Q01_FEE + " Applicants who do not deliver it are not scheduled.",
            ),
            (
                "cl",
                "14. Requirements.",
                "Applicants must be at least 18 years old and have worked one full season with commercial mowing equipment.",
            ),
            (
                "cl",
                "15. Abandonment and dismissal.",
                "A worker who misses five consecutive working days without notifying the crew leader is considered to have abandoned the job, and the Company will inform the Department of Labor and DHS within two working days. The Company may dismiss a worker for theft, violence or repeated refusal to follow safety rules.",
            ),
            (
                "cl",
                "16. Entire agreement.",
                "This document and the job order filed with the Department of Labor are the whole agreement. A Spanish copy is available on request.",
            ),
            (
                "sig",
                [
                    "For the Company: Darlene Whitcomb, Operations Manager",
                    "Worker (name and signature)",
                ],
            ),
        ],
        "pages": 2,
        "present": [
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
            "inbound_transportation",
            "return_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "job_requirements",
        ],
        "fees": [
            fee("equipment_charge", "violation", 2, 62.0, "USD", Q01_EQ),
            fee("damage_chargeback", "review", 2, None, None, Q01_DMG),
            fee("recruitment_fee", "violation", 2, 350.0, "USD", Q01_FEE),
        ],
        "recruiters": ["Servicios Laborales Cumbres, S.C."],
        "traps": [
            "'deposit mulch' is a job duty",
            "crew leaders collect the service charge from clients (charge to customers)",
            "'direct deposit' of wages",
            "drinking water and safety training at no charge",
            "visa and border-crossing fees paid back by the Company",
            "inbound fare reimbursed, return fare paid",
        ],
        "doc_type": "work_contract",
        "layout": "single column; numbered bold-lead clauses; serif font; signature lines",
    }
)

# ai02: H-2B pine straw, employer disclosure, who-pays table, COMPLIANT ---------------
DOCS.append(
    {
        "file": "ai02.pdf",
        "program": "h2b",
        "language": "en",
        "font": "libsans",
        "size": 10,
        "foot": "Longleaf Bale Company, LLC - disclosure of terms",
        "blocks": [
            (
                "band",
                "LONGLEAF BALE COMPANY, LLC",
                (46, 94, 62),
                "218 Turpentine Still Road, Nahunta, Georgia 31553  -  (912) 555-0148",
            ),
            ("title", "Employer Disclosure of Terms and Conditions - H-2B Pine Straw Laborer"),
            (
                "tbl",
                (45, 125),
                [
                    ["Item", "Terms"],
                    [
                        "Employer",
                        "Longleaf Bale Company, LLC, 218 Turpentine Still Road, Nahunta, Georgia 31553",
                    ],
                    ["Job title", "Pine straw raker and baler (SOC 45-4011)"],
                    [
                        "Worksites",
                        "Leased longleaf and slash pine stands in Brantley, Pierce and Ware Counties, Georgia; crews meet at the Nahunta yard",
                    ],
                    ["Period", "January 5, 2026 to May 29, 2026"],
                    ["Hours", "35 hours per week, Monday to Friday, 7:00 a.m. to 2:00 p.m."],
                    ["Hourly rate", "$14.35 per hour"],
                    [
                        "Payday",
                        "Weekly, every Friday, in cash envelope or check at the worker's choice",
                    ],
                ],
            ),
            ("h", "What you will do"),
            (
                "p",
                "Rake fallen pine needles into windrows by hand, carry them to the baler, feed the straw into a hand-operated box baler, tie each bale with twine, and stack the bales on flatbed trailers. Work is outdoors, in heat and rain.",
            ),
            ("h", "What you need"),
            (
                "p",
                "Three months of experience in field, forestry or nursery work, and the ability to lift and carry 50 pounds repeatedly. No English is required.",
            ),
            ("h", "Your pay"),
            (
                "p",
                "If a higher prevailing wage, or a higher federal, state or local minimum wage, takes effect while you are employed, your rate is raised to it from that date. Any hours over 40 in a workweek are paid at one and a half times the hourly rate ($21.53). With every payment you get a written statement of the hours offered, the hours worked, your rate, your earnings and every deduction.",
            ),
            (
                "p",
                "The only deductions are federal and Georgia income tax, Social Security and Medicare, and any deduction you ask for in writing for your own benefit, such as a money transfer to your family that you can cancel at any time.",
            ),
            ("h", "Three-fourths guarantee"),
            (
                "p",
                "In each 12-week period of the contract you will be offered work for at least three-fourths of the workdays. If we offer less, we pay you what you would have earned for the missing hours.",
            ),
            ("pb",),
            ("h", "Who pays what"),
            (
                "tbl",
                (68, 34, 68),
                [
                    ["Cost", "Who pays", "How"],
                    ["Visa application (MRV) fee", "Employer", "refunded in your first workweek"],
                    ["Border-crossing (I-94) fee", "Employer", "refunded in your first workweek"],
                    [
                        "Bus to Nahunta and meals on the way",
                        "Employer",
                        "refunded in your first workweek",
                    ],
                    [
                        "Bus home at the end of the season",
                        "Employer",
                        "ticket bought before you leave",
                    ],
                    ["Recruiter's service fee", "Employer", "paid directly to the recruiter"],
                    ["Rakes, forks, twine, gloves", "Employer", "issued free, no deposit"],
                    ["Bunkhouse room, power and water", "Employer", "no rent, no deposit"],
                    ["Snacks from the yard store", "You, only if you want", "cash; never deducted"],
                ],
            ),
            (
                "p",
                "The company pays landowners a fee per acre for the right to rake their pine stands. That fee is a business cost of the company and has nothing to do with your wages.",
            ),
            ("h", "Recruitment"),
            (
                "p",
                "Our recruiter in Mexico is Agromex Enlace Temporal, S.A. de C.V. Neither the recruiter nor anyone working for it may ask you for money to be hired, to be put on the list or to get your visa. If someone does, tell us and we will refund you and end our contract with that recruiter.",
            ),
            ("h", "Leaving the job, dismissal and emergencies"),
            (
                "p",
                "If you miss five consecutive workdays without telling your crew leader, we may treat it as abandonment and report it to the Department of Labor and DHS. We may dismiss a worker only for cause, such as violence, theft or drinking on the job, after explaining the reason. If a hurricane, wildfire or other act of God makes the work impossible, the contract may end early with the approval of the Department of Labor; you are then paid for the three-fourths guarantee up to that day and your trip home.",
            ),
            (
                "p",
                "You keep your own passport. You may leave the bunkhouse whenever you like and receive visitors on your days off.",
            ),
            ("sig", ["Wendell Ashby, Owner", "Worker"]),
        ],
        "pages": 2,
        "present": REQUIRED["h2b"],
        "fees": [],
        "recruiters": ["Agromex Enlace Temporal, S.A. de C.V."],
        "traps": [
            "'feed the straw into the baler' is a job duty",
            "who-pays table: every row paid by the employer",
            "recruiter's service fee paid by the employer",
            "optional snacks bought with cash (voluntary purchase)",
            "fee to landowners paid by the company (third party)",
            "voluntary money transfer deduction at the worker's request",
            "free bunkhouse, no deposit",
            "worker keeps passport; free to leave and receive visitors",
        ],
        "doc_type": "employer_disclosure",
        "layout": "colored header band; gridded terms table; three-column who-pays table with payer column; headed sections",
    }
)

# ai03: H-2B quarry, Spanish recruiter agreement ---------------------------------------
Q03_FEE = (
    "Por concepto de cuota de inscripción, EL ASPIRANTE cubrirá a LA AGENCIA la cantidad de "
    "$8,500.00 M.N. (ocho mil quinientos pesos 00/100), mediante depósito en la cuenta "
    "bancaria que LA AGENCIA le indique."
)
Q03_REL = (
    "Una vez aprobada la visa, EL ASPIRANTE entregará además 2 000 pesos a la señora Hortensia "
    "Barragán Ruiz, cuñada del gestor regional, como apoyo para el trámite."
)
Q03_BOND = (
    "Como garantía de que se presentará a trabajar y cumplirá la temporada completa, EL "
    "ASPIRANTE suscribirá un pagaré a favor de LA AGENCIA por la suma de $30,000.00 M.N., que "
    "le será devuelto cuando regrese a México."
)
Q03_PASS = (
    "Desde la firma de este convenio, LA AGENCIA tendrá bajo su resguardo el pasaporte de EL "
    "ASPIRANTE y se lo entregará, junto con la visa, el día del cruce fronterizo."
)
DOCS.append(
    {
        "file": "ai03.pdf",
        "program": "h2b",
        "language": "es",
        "font": "notoserif",
        "size": 9.5,
        "format": "legal",
        "foot": "Enlace Laboral del Bajío, S.C. - Convenio de reclutamiento",
        "blocks": [
            ("title", "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO"),
            ("sub", "Programa de visas de trabajo temporal H-2B (Estados Unidos de América)"),
            (
                "p",
                "Celebran el presente convenio, por una parte, Enlace Laboral del Bajío, S.C., con domicilio en Avenida Insurgentes 212, Salvatierra, Guanajuato, a quien en lo sucesivo se denominará LA AGENCIA, y por la otra la persona cuyo nombre y firma aparecen al calce, a quien se denominará EL ASPIRANTE, al tenor de las siguientes cláusulas.",
            ),
            (
                "cl",
                "PRIMERA. Objeto.",
                "LA AGENCIA gestionará la contratación de EL ASPIRANTE como ayudante de cantera para la empresa Granite Bluff Quarries, Inc., con domicilio en 7300 County Road 117, Marble Falls, Texas 78654, Estados Unidos, en las condiciones que se resumen en la tabla siguiente.",
            ),
            (
                "tbl",
                (40, 134),
                [
                    ["Condición", "Detalle"],
                    [
                        "Puesto",
                        "Ayudante de cantera: cortar, partir y cargar bloques de piedra caliza, retirar escombro y limpiar el área de corte",
                    ],
                    [
                        "Lugar de trabajo",
                        "Cantera Granite Bluff, 7300 County Road 117, condado de Burnet, Texas",
                    ],
                    ["Periodo", "Del 2 de marzo al 18 de diciembre de 2026"],
                    ["Jornada", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30"],
                    ["Salario", "$18.10 dólares por hora"],
                    ["Día de pago", "Cada semana, los viernes"],
                    [
                        "Requisitos",
                        "Un año de experiencia en canteras, demolición o construcción; saber manejar martillo neumático",
                    ],
                ],
            ),
            (
                "cl",
                "SEGUNDA. Cuota de inscripción.",
                Q03_FEE + " Sin este pago el expediente no se enviará al empleador.",
            ),
            ("cl", "TERCERA. Apoyo para el trámite.", Q03_REL),
            ("cl", "CUARTA. Garantía.", Q03_BOND),
            ("cl", "QUINTA. Resguardo de documentos.", Q03_PASS),
            (
                "cl",
                "SEXTA. Gastos a cargo del empleador.",
                "Los derechos de la visa y del cruce fronterizo, así como el pasaje de autobús de Salvatierra a Marble Falls, serán reembolsados por el empleador a EL ASPIRANTE en su primera semana de trabajo.",
            ),
            (
                "cl",
                "SÉPTIMA. Honorarios.",
                "LA AGENCIA no cobra comisión alguna por la colocación; sus honorarios los paga el empleador conforme al contrato que tiene celebrado con él.",
            ),
            (
                "cl",
                "OCTAVA. Jurisdicción.",
                "Para la interpretación y cumplimiento de este convenio, las partes se someten a los tribunales de Celaya, Guanajuato, renunciando a cualquier otro fuero.",
            ),
            (
                "p",
                "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman en Salvatierra, Guanajuato, el día ___ de enero de 2026.",
            ),
            (
                "sig",
                ["Por LA AGENCIA: Lic. Ramiro Téllez Oropeza", "EL ASPIRANTE (nombre y firma)"],
                "Huella",
            ),
        ],
        "pages": 1,
        "present": [
            "employer_identity",
            "job_duties",
            "work_location",
            "employment_period",
            "hours_of_work",
            "wage_rate",
            "pay_frequency",
            "job_requirements",
            "visa_reimbursement",
            "inbound_transportation",
        ],
        "fees": [
            fee("recruitment_fee", "violation", 1, 8500.0, "MXN", Q03_FEE),
            fee("recruitment_fee", "violation", 1, 2000.0, "MXN", Q03_REL),
            fee("deposit_or_bond", "violation", 1, 30000.0, "MXN", Q03_BOND),
            fee("document_retention", "violation", 1, None, None, Q03_PASS),
        ],
        "recruiters": ["Enlace Laboral del Bajío, S.C."],
        "traps": [
            "negated commission ('no cobra comisión alguna') next to a real fee",
            "visa, border-crossing and bus fare reimbursed by the employer",
            "'depósito' as the payment channel of the real fee (not a separate deposit)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "legal-size; numbered Spanish clauses (PRIMERA...); gridded terms table; signature lines with fingerprint box",
    }
)

# ai04: H-2B hotel, bilingual two-column disclosure, COMPLIANT -------------------------
BI04 = [
    ["English", "Español"],
    [
        "Employer: Tidewater Pines Inn & Conference Center, LLC, 1500 Bayfront Drive, Rehoboth Harbor, Delaware 19971.",
        "Empleador: Tidewater Pines Inn & Conference Center, LLC, 1500 Bayfront Drive, Rehoboth Harbor, Delaware 19971.",
    ],
    [
        "Job: room attendant. Clean and restock 14 to 16 guest rooms per shift, change beds, deposit soiled linen in the laundry chutes and report broken fixtures.",
        "Puesto: camarista. Limpiar y surtir de 14 a 16 habitaciones por turno, tender camas, depositar la ropa sucia en los ductos de lavandería y reportar desperfectos.",
    ],
    [
        "Requirements: three months of housekeeping experience in a hotel, hospital or cleaning company. English is not required.",
        "Requisitos: tres meses de experiencia en limpieza de hotel, hospital o empresa de limpieza. No se requiere inglés.",
    ],
    [
        "Place of work: the Inn, 1500 Bayfront Drive, Rehoboth Harbor, Delaware.",
        "Lugar de trabajo: el hotel, 1500 Bayfront Drive, Rehoboth Harbor, Delaware.",
    ],
    ["Dates: May 1, 2026 to October 15, 2026.", "Fechas: del 1 de mayo al 15 de octubre de 2026."],
    [
        "Hours: 40 hours a week, five shifts of 8 hours, 7:30 a.m. to 4:00 p.m., with a 30-minute unpaid lunch.",
        "Horario: 40 horas por semana, cinco turnos de 8 horas, de 7:30 a 16:00, con 30 minutos de comida sin goce de sueldo.",
    ],
    [
        "Pay: $16.40 per hour. If a higher prevailing or minimum wage takes effect, you get the higher rate from that date. Hours over 40 in a week: $24.60 per hour.",
        "Salario: $16.40 por hora. Si entra en vigor un salario prevaleciente o mínimo más alto, se le paga el más alto desde esa fecha. Horas después de 40 en la semana: $24.60 por hora.",
    ],
    [
        "Payday: every other Friday. Each pay stub shows hours offered, hours worked, rate and every deduction.",
        "Día de pago: cada dos semanas, en viernes. Cada talón muestra horas ofrecidas, horas trabajadas, tarifa y cada descuento.",
    ],
    [
        "Deductions: federal and Delaware income tax, Social Security and Medicare only.",
        "Descuentos: sólo impuestos federales y de Delaware, Seguro Social y Medicare.",
    ],
    [
        "Guarantee: in each 12-week period you are offered at least three-fourths of the workdays; missing hours are paid.",
        "Garantía: en cada periodo de 12 semanas se le ofrecen por lo menos tres cuartas partes de los días de trabajo; las horas que falten se pagan.",
    ],
    [
        "Travel and visa: your fare from home, meals and lodging on the way, the visa fee and the border-crossing fee are paid back in your first week. Your trip home is paid if you finish or are let go without cause.",
        "Viaje y visa: el pasaje desde su casa, las comidas y el hospedaje en el camino, la visa y el cruce fronterizo se le reembolsan en su primera semana. El regreso se paga si termina o si lo despiden sin causa.",
    ],
    [
        "Uniforms and tools: uniforms, non-slip shoes, gloves and cleaning supplies are given to you free, with no deposit.",
        "Uniformes y herramientas: uniformes, zapatos antiderrapantes, guantes y productos de limpieza se le entregan gratis y sin depósito.",
    ],
    [
        "Guests pay a daily resort fee and a parking fee to the Inn. These charges belong to the Inn and never affect your pay.",
        "Los huéspedes pagan al hotel una tarifa diaria de servicios y el estacionamiento. Esos cobros son del hotel y no afectan su salario.",
    ],
    [
        "Meals: you may buy food at the staff café with your own money if you wish. Nothing is deducted and no one has to buy.",
        "Comida: si quiere, puede comprar comida en la cafetería del personal con su dinero. No se descuenta nada y nadie está obligado a comprar.",
    ],
    [
        "Recruiter: Contrataciones Costa Sur, S.A., Guatemala, is paid by the Inn. Nobody may charge you anything to be hired.",
        "Reclutador: Contrataciones Costa Sur, S.A., de Guatemala, recibe su pago del hotel. Nadie puede cobrarle nada por contratarlo.",
    ],
    [
        "Leaving and dismissal: five workdays in a row absent without notice is treated as abandonment and reported to the authorities. Dismissal only for cause, explained in writing.",
        "Abandono y despido: cinco días seguidos de ausencia sin aviso se consideran abandono y se reportan a las autoridades. Sólo hay despido por causa justificada, explicada por escrito.",
    ],
    [
        "If a hurricane, fire or flood makes the work impossible, the contract may end early with Department of Labor approval; you are paid the guarantee to that day and your trip home.",
        "Si un huracán, incendio o inundación hace imposible el trabajo, el contrato puede terminar antes con aprobación del Departamento de Trabajo; se le paga la garantía hasta ese día y el regreso.",
    ],
    [
        "You keep your passport and visa. You may complain to the Inn, the Department of Labor or a lawyer; no one is put on a do-not-hire list for doing so.",
        "Usted guarda su pasaporte y su visa. Puede quejarse ante el hotel, el Departamento de Trabajo o un abogado; a nadie se le pone en una lista de no contratación por hacerlo.",
    ],
]
DOCS.append(
    {
        "file": "ai04.pdf",
        "program": "h2b",
        "language": "en+es",
        "font": "dejavu",
        "size": 9,
        "foot": "Tidewater Pines Inn - Job offer / Oferta de empleo",
        "blocks": [
            (
                "band",
                "TIDEWATER PINES INN & CONFERENCE CENTER",
                (24, 66, 110),
                "Job offer and disclosure  /  Oferta de empleo y divulgación - H-2B 2026",
            ),
            ("tbl", (85, 85), BI04, {"borders": "HORIZONTAL_LINES", "size": 8.5}),
            (
                "sig",
                ["Marisol Keating, Human Resources / Recursos Humanos", "Worker / Trabajador(a)"],
            ),
        ],
        "pages": 2,
        "present": REQUIRED["h2b"],
        "fees": [],
        "recruiters": ["Contrataciones Costa Sur, S.A."],
        "traps": [
            "'deposit soiled linen' / 'depositar la ropa sucia' is a job duty",
            "guests pay resort and parking fees (charge to customers)",
            "voluntary staff-café purchases, never deducted",
            "recruiter paid by the employer",
            "visa, border-crossing and travel reimbursed",
            "uniforms free, no deposit",
            "worker keeps passport; no do-not-hire list",
        ],
        "doc_type": "employer_disclosure",
        "layout": "bilingual EN | ES in two aligned columns (table with horizontal rules); header band",
    }
)

# ai05: H-2A sweet potatoes, job order, COMPLIANT ------------------------------------
DOCS.append(
    {
        "file": "ai05.pdf",
        "program": "h2a",
        "language": "en",
        "font": "noto",
        "size": 9.5,
        "foot": "Harrow Creek Produce Farms, LLC - H-2A clearance order attachment",
        "blocks": [
            (
                "band",
                "HARROW CREEK PRODUCE FARMS, LLC",
                (120, 60, 20),
                "902 Millpond Church Road, Clinton, North Carolina 28328",
            ),
            ("title", "H-2A Clearance Order - Attachment A: Terms and Conditions of Employment"),
            ("h", "Summary of the offer"),
            ("bul", "Job title: farmworker, sweet potatoes and cucumbers (45-2092)."),
            (
                "bul",
                "Duties: transplant sweet potato slips, hoe weeds, hand-harvest sweet potatoes into buckets, pick cucumbers, and feed the grading line and pack boxes in the packing shed.",
            ),
            ("bul", "Period of employment: April 20, 2026 to November 14, 2026."),
            (
                "bul",
                "Hours: 40 hours per week, Monday through Saturday; daily hours vary with the weather and the crop.",
            ),
            (
                "bul",
                "Rate: $16.16 per hour, or $0.65 per 5/8-bushel bucket of sweet potatoes when that piece rate yields more for the pay period.",
            ),
            ("bul", "Payday: every Thursday (weekly), by check or pay card."),
            (
                "bul",
                "Requirements: one month of experience hand-harvesting row crops; able to lift 50 pounds.",
            ),
            ("h", "Places of work"),
            (
                "tbl",
                (40, 82, 48),
                [
                    ["Site", "Address", "Work"],
                    ["Home farm", "902 Millpond Church Road, Clinton, NC", "sweet potatoes"],
                    ["Cedar Fork tract", "1185 Cedar Fork Road, Clinton, NC", "cucumbers"],
                    ["Packing shed", "40 Depot Street, Roseboro, NC", "grading, packing"],
                ],
            ),
            ("h", "Wages and earnings statements"),
            (
                "p",
                "The employer will always pay at least the highest of the Adverse Effect Wage Rate, the prevailing wage, the agreed collective bargaining rate, or the federal or state minimum wage. If any of them rises during the contract, the new rate is paid from its effective date. Every payday each worker receives a statement showing hours offered, hours worked, piece units, rates, gross pay, each deduction and net pay.",
            ),
            ("h", "Deductions"),
            (
                "p",
                "Federal income tax is withheld only if the worker requests it in writing. The only other deduction is the cook's meal plan described below, and only for workers who choose it. No other deduction is made.",
            ),
            ("h", "Three-fourths guarantee"),
            (
                "p",
                "The employer guarantees employment for at least three-fourths of the workdays of the contract period. If less work is offered, the worker is paid the amount he or she would have earned.",
            ),
            ("pb",),
            ("h", "Housing"),
            (
                "p",
                "Free housing that meets federal and state standards is provided at the farm camp, 910 Millpond Church Road, Clinton. No rent, utility charge or deposit of any kind is taken, and beds, mattresses, blankets and cooking utensils are provided free.",
            ),
            ("h", "Meals"),
            (
                "p",
                "Each house has a free, fully equipped kitchen. Workers who prefer cooked meals may sign up for the camp cook's plan of three meals a day at $14.00 per day, which is below the daily maximum published by the Department of Labor for 2026. The plan is optional and may be cancelled with one week's notice.",
            ),
            ("h", "Transportation"),
            (
                "p",
                "The employer provides free daily transportation between the camp and every worksite in insured vans with licensed drivers. Travel and subsistence from the worker's home to Clinton are reimbursed when the worker completes 50 percent of the contract period, or earlier where the minimum wage law requires it. Return travel is paid for workers who complete the contract or are dismissed without cause.",
            ),
            ("h", "Tools and workers' compensation"),
            (
                "p",
                "All tools, supplies and equipment (hoes, buckets, harvest gloves, knives and rain suits) are furnished free of charge and without any deposit. Workers are covered by workers' compensation insurance through Pinecrest Mutual Insurance Co., policy WC-44-0917-26, at no cost to them.",
            ),
            ("h", "Abandonment, dismissal and contract impossibility"),
            (
                "p",
                "A worker absent for five consecutive workdays without the consent of the employer is considered to have abandoned the job, and the employer will notify the Department of Labor and DHS. Workers may be dismissed for cause. If fire, flood, hail or another act of God makes the work impossible, the employer may end the contract with the approval of the Certifying Officer; the worker then receives the guarantee up to that date, return transportation and subsistence.",
            ),
            ("h", "Fees and recruitment"),
            (
                "p",
                "The employer pays the H-2A application and petition fees and all fees of its recruiting agent, Agencia Rural Tierra Firme, S. de R.L. No worker is asked to pay anything to be hired or to post a bond. Caps and T-shirts with the farm logo are sold at cost to anyone who wants a souvenir; buying one is never required.",
            ),
            ("sig", ["Lyle Pettigrew, Owner, Harrow Creek Produce Farms, LLC"]),
        ],
        "pages": 2,
        "present": REQUIRED["h2a"],
        "fees": [],
        "recruiters": ["Agencia Rural Tierra Firme, S. de R.L."],
        "traps": [
            "'feed the grading line' is a job duty",
            "optional cook's meal plan under the published cap, with a free kitchen (lawful h2a meal charge)",
            "free housing, no deposit, bedding free",
            "employer pays H-2A application, petition and agent fees",
            "no bond (negated deposit)",
            "souvenir caps sold at cost, purchase never required (voluntary)",
            "tools and rain suits free, no deposit",
        ],
        "doc_type": "job_order",
        "layout": "colored header band; bulleted summary; gridded worksite table; headed sections",
    }
)

# ai06: H-2B crab plant, Spanish contract with deduction table -------------------------
Q06_TRAVEL = (
    "El costo del autobús de San Luis Potosí a Wicomico Point, de alrededor de 1,900 pesos, lo "
    "adelanta la empresa y lo recupera con descuentos en los tres primeros cheques."
)
Q06_HOUSE = "Cuarto en casa rodante $60.00 por semana descuento de nómina"
Q06_HOLD = (
    "De cada cheque se apartará el diez por ciento del salario bruto, que la empresa entregará "
    "a la trabajadora sólo si completa la temporada."
)
Q06_CURFEW = (
    "Después de las 9:00 de la noche nadie podrá salir de las casas rodantes, y quedan "
    "prohibidas las visitas de personas ajenas a la empresa."
)
DOCS.append(
    {
        "file": "ai06.pdf",
        "program": "h2b",
        "language": "es",
        "font": "dvcond",
        "size": 10,
        "foot": "Bayside Blue Crab Company, Inc. - Contrato de temporada",
        "blocks": [
            ("title", "CONTRATO INDIVIDUAL DE TRABAJO DE TEMPORADA (H-2B)"),
            ("sub", "Bayside Blue Crab Company, Inc. - temporada 2026"),
            (
                "cl",
                "Cláusula 1. Empleador.",
                "Bayside Blue Crab Company, Inc., con domicilio en 27 Cannery Lane, Wicomico Point, Maryland 21853, Estados Unidos.",
            ),
            (
                "cl",
                "Cláusula 2. Puesto.",
                "Procesadora de mariscos (picadora de cangrejo): cocer al vapor, desconchar y extraer la carne del cangrejo azul, empacarla en envases de una libra, etiquetarla y depositar los envases en las cajas de hielo. Se requiere experiencia mínima de tres meses en el procesamiento de pescados o mariscos.",
            ),
            (
                "cl",
                "Cláusula 3. Lugar.",
                "Planta de la empresa en 27 Cannery Lane, Wicomico Point, Maryland.",
            ),
            ("cl", "Cláusula 4. Periodo.", "Del 1 de abril al 30 de noviembre de 2026."),
            (
                "cl",
                "Cláusula 5. Jornada.",
                "40 horas por semana, de lunes a sábado, según la captura del día.",
            ),
            (
                "cl",
                "Cláusula 6. Salario.",
                "$16.54 por hora, o $3.10 por libra de carne picada si con esa tarifa la trabajadora gana más en la semana. Si durante la temporada se publica un salario prevaleciente o un salario mínimo más alto, la empresa pagará el más alto desde su entrada en vigor. Las horas que pasen de 40 por semana se pagan a $24.81.",
            ),
            ("cl", "Cláusula 7. Pago.", "El salario se paga cada viernes, por cheque."),
            (
                "cl",
                "Cláusula 8. Viaje y visa.",
                Q06_TRAVEL
                + " La empresa reembolsa el costo de la visa y del cruce fronterizo en la primera semana de trabajo, y paga el boleto de regreso a San Luis Potosí a quien termine la temporada.",
            ),
            (
                "cl",
                "Cláusula 9. Equipo.",
                "La empresa entrega gratis guantes, mandiles, botas de hule y cuchillos, sin pedir depósito.",
            ),
            (
                "cl",
                "Cláusula 10. Descuentos.",
                "De cada cheque se descontarán únicamente los conceptos de la tabla siguiente.",
            ),
            (
                "tbl",
                (62, 52, 56),
                [
                    ["Concepto", "Monto", "Forma"],
                    ["Impuestos federales y estatales", "según la ley", "cada cheque"],
                    ["Seguro Social y Medicare", "7.65 %", "cada cheque"],
                    ["Cuarto en casa rodante", "$60.00 por semana", "descuento de nómina"],
                ],
            ),
            ("pb",),
            ("cl", "Cláusula 11. Fondo de terminación.", Q06_HOLD),
            (
                "cl",
                "Cláusula 12. Reglas del campamento.",
                "Las casas rodantes están a 300 metros de la planta. " + Q06_CURFEW,
            ),
            (
                "cl",
                "Cláusula 13. Terminación.",
                "Si la trabajadora falta cinco días hábiles seguidos sin avisar, se considerará que abandonó el empleo y la empresa lo notificará a las autoridades. La empresa puede despedir por causa justificada, como robo, violencia o presentarse en estado de ebriedad.",
            ),
            (
                "cl",
                "Cláusula 14. Imposibilidad.",
                "Si un huracán, una marea roja o una veda de cangrejo ordenada por el estado impide trabajar, la empresa podrá dar por terminado el contrato con la aprobación del Departamento de Trabajo, pagará lo ganado y el boleto de regreso.",
            ),
            (
                "cl",
                "Cláusula 15. Idioma.",
                "Este contrato se entrega en español; la versión en inglés queda en la oficina de la planta.",
            ),
            ("sig", ["Por la empresa: Thomas Grieve, gerente de planta", "La trabajadora"]),
        ],
        "pages": 2,
        "present": [
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
            "return_transportation",
            "visa_reimbursement",
            "tools_provided",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        "fees": [
            fee("travel_cost", "violation", 1, 1900.0, "MXN", Q06_TRAVEL),
            fee("housing_charge", "review", 1, 60.0, "USD", Q06_HOUSE),
            fee("wage_withholding", "violation", 2, None, None, Q06_HOLD),
            fee("movement_restriction", "violation", 2, None, None, Q06_CURFEW),
        ],
        "recruiters": [],
        "traps": [
            "'depositar los envases' is a job duty",
            "visa and border crossing reimbursed; return paid",
            "gloves, boots and knives free, no deposit",
            "statutory tax and FICA rows in the deduction table",
        ],
        "doc_type": "work_contract",
        "layout": "condensed font; numbered 'Cláusula N.' paragraphs; gridded pay-deduction table",
    }
)

# ai07: generic PH -> Qatar hotel, A4 contract --------------------------------------
Q07_FEE = (
    "The Worker shall reimburse the Agency's documentation costs of PHP 25,000 (twenty-five "
    "thousand pesos) through salary deductions over the first five months of employment."
)
Q07_MED = (
    "The pre-departure medical examination and drug test at the Agency's accredited clinic, "
    "about PHP 4,500, are for the Worker's account."
)
Q07_TRAIN = (
    "Attendance at the two-day hospitality skills seminar is compulsory, and its fee of "
    "PHP 3,200 is charged to the Worker."
)
Q07_PASS = (
    "Upon arrival the Worker shall surrender her passport to the Employer's Human Resources "
    "Office, which shall keep it in safe custody until the Worker's final exit from Qatar."
)
DOCS.append(
    {
        "file": "ai07.pdf",
        "program": "generic",
        "language": "en",
        "font": "libserif",
        "size": 10.5,
        "format": "A4",
        "foot": "Standard Employment Contract - Household and Hospitality Workers",
        "blocks": [
            ("title", "EMPLOYMENT CONTRACT"),
            (
                "sub",
                "Overseas hospitality worker - processed by Maharlika Horizons Manpower Services Corp.",
            ),
            (
                "tbl",
                (40, 130),
                [
                    ["Party", "Particulars"],
                    [
                        "Employer",
                        "Al Rayyan Pearl Hospitality W.L.L., Building 31, Street 840, Zone 56, Doha, State of Qatar",
                    ],
                    [
                        "Worker",
                        "Ma. Lourdes P. Dimaculangan, Filipino, passport no. P7788123B, of Lipa City, Batangas",
                    ],
                    [
                        "Agency",
                        "Maharlika Horizons Manpower Services Corp., 1207 Taft Avenue, Malate, Manila",
                    ],
                ],
            ),
            (
                "cl",
                "Article 1. Position and site.",
                "The Worker is employed as Room Attendant at the Pearl Corniche Hotel, West Bay, Doha. She shall clean and prepare guest rooms, replenish amenities, and report lost-and-found items to the housekeeping supervisor.",
            ),
            (
                "cl",
                "Article 2. Duration.",
                "Twenty-four (24) months, from 1 March 2026 to 28 February 2028.",
            ),
            (
                "cl",
                "Article 3. Working hours.",
                "Eight (8) hours a day, six (6) days a week, with one paid rest day each week and thirty (30) days of paid annual leave.",
            ),
            (
                "cl",
                "Article 4. Salary.",
                "A basic monthly salary of QAR 1,600 (one thousand six hundred Qatari riyals) plus a food allowance of QAR 300, paid monthly by bank transfer not later than the 5th day of the following month.",
            ),
            (
                "cl",
                "Article 5. Deductions.",
                "No deduction shall be made from the salary except the recovery set out in Article 8 and amounts ordered by a court.",
            ),
            (
                "cl",
                "Article 6. Accommodation and transport.",
                "The Employer provides free shared accommodation, free transport between the accommodation and the hotel, and free medical care through the national health card.",
            ),
            (
                "cl",
                "Article 7. Travel and visa.",
                "The Employer pays the economy airfare from Manila to Doha, the work visa, the Qatar ID and residence permit fees, and the return ticket to Manila at the end of the contract or upon termination not due to the Worker's fault.",
            ),
            ("pb",),
            ("cl", "Article 8. Pre-deployment costs.", Q07_FEE + " " + Q07_MED + " " + Q07_TRAIN),
            ("cl", "Article 9. Documents.", Q07_PASS),
            (
                "cl",
                "Article 10. Termination.",
                "Either party may end this contract by giving thirty (30) days' written notice. The Employer may dismiss the Worker without notice only for serious misconduct under Article 61 of Qatar Labour Law No. 14 of 2004, in which case the Worker receives her earned wages and end-of-service gratuity.",
            ),
            (
                "cl",
                "Article 11. Insurance.",
                "Compulsory insurance premiums for the Worker are paid by the Employer.",
            ),
            (
                "cl",
                "Article 12. Governing law.",
                "This contract is governed by the laws of the State of Qatar. Disputes not settled amicably shall be brought before the Labour Dispute Settlement Committee.",
            ),
            ("sig", ["For the Employer", "For the Agency", "Ma. Lourdes P. Dimaculangan, Worker"]),
        ],
        "pages": 2,
        "present": REQUIRED["generic"],
        "fees": [
            fee("recruitment_fee", "violation", 2, 25000.0, "PHP", Q07_FEE),
            fee("medical_cost", "violation", 2, 4500.0, "PHP", Q07_MED),
            fee("training_cost", "violation", 2, 3200.0, "PHP", Q07_TRAIN),
            fee("document_retention", "violation", 2, None, None, Q07_PASS),
        ],
        "recruiters": ["Maharlika Horizons Manpower Services Corp."],
        "traps": [
            "free accommodation, transport and medical care",
            "employer pays airfare, visa, ID and residence permit fees",
            "insurance premiums paid by the employer",
            "'safe custody' euphemism for passport retention (is a finding)",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4; parties table; numbered articles with bold leads; three signature lines",
    }
)

# ai08: generic Guatemala -> Canada greenhouse, Spanish offer letter --------------------
Q08_TRAIN = "Su costo, Q650, se descontará de su primer pago."
DOCS.append(
    {
        "file": "ai08.pdf",
        "program": "generic",
        "language": "es",
        "font": "libsans",
        "size": 10.5,
        "foot": None,
        "blocks": [
            (
                "band",
                "NORTHBAY GREENHOUSE GROWERS LTD.",
                (30, 110, 90),
                "4120 Concession Road 8, Kingsville, Ontario N9Y 2E5, Canadá",
            ),
            ("right", "Quetzaltenango, 12 de enero de 2026"),
            ("p", "Sra. Rosa Imelda Cux Tzoc\nAldea Xecaracoj, Quetzaltenango, Guatemala"),
            ("p", "Estimada señora Cux Tzoc:"),
            (
                "p",
                "Nos complace ofrecerle un puesto de trabajadora de invernadero en Northbay Greenhouse Growers Ltd. Sus tareas serán trasplantar, podar, guiar y cosechar plantas de pepino y chile, y empacar el producto en la bodega. Éstas son las condiciones:",
            ),
            (
                "bul",
                "Lugar de trabajo: invernaderos de la empresa en 4120 Concession Road 8, Kingsville, Ontario.",
            ),
            ("bul", "Periodo: del 2 de marzo al 30 de octubre de 2026."),
            (
                "bul",
                "Horario: 8 horas diarias, de lunes a sábado, de 7:00 a 15:30 con media hora para comer.",
            ),
            (
                "bul",
                "Salario: CAD 17.60 por hora. No hay cuota de producción mínima durante sus dos primeras semanas.",
            ),
            ("bul", "Pago: cada dos semanas, por depósito bancario en una cuenta a su nombre."),
            (
                "bul",
                "Descuentos: únicamente el impuesto sobre la renta y la contribución obligatoria al Plan de Pensiones de Canadá.",
            ),
            (
                "bul",
                "Vivienda: gratuita, en la casa de trabajadores de la granja, a cinco minutos a pie del invernadero.",
            ),
            (
                "p",
                "El boleto de avión de ida y vuelta entre la Ciudad de Guatemala y Toronto lo paga la empresa y no se descuenta de su salario. La empresa cubre también la tarifa de la evaluación de impacto laboral, el permiso de trabajo y la toma de datos biométricos. El seguro médico privado, mientras usted recibe la tarjeta de salud de Ontario, también corre por cuenta de la empresa.",
            ),
            (
                "p",
                "Antes de viajar se impartirá un taller obligatorio de orientación de dos días en Quetzaltenango, sobre seguridad en el invernadero y sus derechos en Canadá. "
                + Q08_TRAIN,
            ),
            (
                "p",
                "La agencia Camino Seguro, S.A., que la ayudó con los trámites, recibe su pago de la empresa; usted no le debe nada. Si alguien le pide dinero para conservar este puesto, avísenos.",
            ),
            (
                "p",
                "Cualquiera de las partes puede terminar el empleo con dos semanas de aviso por escrito. La empresa sólo puede despedirla sin aviso por una falta grave, como robo o violencia, y en ese caso le pagará lo trabajado.",
            ),
            ("p", "Atentamente,"),
            ("p", "Gareth Lindqvist\nGerente de Recursos Humanos"),
            (
                "p",
                "Acepto las condiciones anteriores: Rosa Imelda Cux Tzoc        Firma: ____________",
            ),
        ],
        "pages": 1,
        "present": REQUIRED["generic"],
        "fees": [fee("training_cost", "violation", 1, 650.0, "GTQ", Q08_TRAIN)],
        "recruiters": ["Camino Seguro, S.A."],
        "traps": [
            "'cuota de producción' is a work quota, not a fee",
            "'depósito bancario' is how wages are paid",
            "airfare both ways paid by the employer, not deducted",
            "LMIA, work permit and biometrics paid by the employer",
            "private medical insurance paid by the employer",
            "agency paid by the employer",
            "free housing",
            "statutory income tax and pension contribution",
        ],
        "doc_type": "offer_letter",
        "layout": "letter with colored letterhead band; bulleted terms; fee split across two sentences",
    }
)

# ai09: H-2A tree nursery, stacked EN/ES disclosure ----------------------------------
Q09_DEP_EN = (
    "A refundable deposit of $100 for keys and bedding is collected from each worker on arrival."
)
Q09_DEP_ES = "Al llegar, a cada trabajador se le cobra un depósito reembolsable de $100 por las llaves y la ropa de cama."
Q09_LOAN_EN = (
    "Before departure, Montes Farm Labor Services can lend each worker up to $600 for the trip "
    "and family expenses; the loan is repaid from wages at $50 a week plus 5 percent interest."
)
Q09_LOAN_ES = (
    "Antes de salir, Montes Farm Labor Services puede prestar a cada trabajador hasta $600 para "
    "el viaje y los gastos de su familia; el préstamo se paga con descuentos del salario de $50 "
    "por semana más un 5 por ciento de interés."
)
Q09_BL_EN = (
    "Workers who take a complaint to an outside agency or a lawyer before speaking with the "
    "office will not be offered a contract next season."
)
Q09_BL_ES = (
    "A los trabajadores que lleven una queja a una agencia de fuera o a un abogado antes de "
    "hablar con la oficina no se les ofrecerá contrato la próxima temporada."
)


def bi(head_en, head_es, en, es):
    return [("h", "%s / %s" % (head_en, head_es)), ("p", en), ("it", es)]


DOCS.append(
    {
        "file": "ai09.pdf",
        "program": "h2a",
        "language": "en+es",
        "font": "dejavu",
        "size": 9,
        "foot": "Silver Maple Nursery Co. - Disclosure / Divulgación H-2A",
        "blocks": [
            (
                "band",
                "SILVER MAPLE NURSERY CO.",
                (90, 50, 110),
                "H-2A disclosure of terms  /  Divulgación de condiciones H-2A  -  2026",
            ),
            *bi(
                "Employer",
                "Empleador",
                "Silver Maple Nursery Co., 3350 Greenhouse Road, McMinnville, Tennessee 37110. Workers are recruited and transported by Montes Farm Labor Services, LLC, a registered farm labor contractor.",
                "Silver Maple Nursery Co., 3350 Greenhouse Road, McMinnville, Tennessee 37110. Los trabajadores son reclutados y transportados por Montes Farm Labor Services, LLC, contratista agrícola registrado.",
            ),
            *bi(
                "Job",
                "Trabajo",
                "Nursery worker: dig, ball and burlap field trees, pot and space container shrubs, prune, feed and water the container stock, and load customer trucks. Two weeks' experience in nursery or field work is required.",
                "Trabajador de vivero: escarbar y envolver árboles con arpillera, trasplantar y acomodar arbustos en maceta, podar, abonar y regar las plantas, y cargar camiones de clientes. Se requieren dos semanas de experiencia en vivero o en el campo.",
            ),
            *bi(
                "Place and dates",
                "Lugar y fechas",
                "Nursery fields at 3350 Greenhouse Road and 72 Bluff Springs Lane, McMinnville, Tennessee, from February 9 to December 4, 2026.",
                "Campos del vivero en 3350 Greenhouse Road y 72 Bluff Springs Lane, McMinnville, Tennessee, del 9 de febrero al 4 de diciembre de 2026.",
            ),
            *bi(
                "Hours and pay",
                "Horario y pago",
                "40 hours a week, Monday to Friday, 6:30 a.m. to 3:00 p.m. with a 30-minute lunch. Pay is $15.55 per hour, and always the highest of the AEWR, the prevailing wage and the federal or state minimum wage, raised whenever one of them goes up. Wages are paid weekly, every Friday.",
                "40 horas por semana, de lunes a viernes, de 6:30 a 15:00 con 30 minutos de comida. El pago es de $15.55 por hora, y siempre el más alto entre el AEWR, el salario prevaleciente y el mínimo federal o estatal, con aumento cada vez que alguno suba. Se paga cada semana, los viernes.",
            ),
            *bi(
                "Deductions",
                "Descuentos",
                "Federal income tax only if you ask for it in writing. Nothing else is taken from your pay without your written authorization.",
                "Impuesto federal sólo si usted lo pide por escrito. No se le descuenta nada más sin su autorización por escrito.",
            ),
            *bi(
                "Housing and meals",
                "Vivienda y comidas",
                "Housing is provided at the nursery dormitory, 3362 Greenhouse Road, with no rent and free utilities. "
                + Q09_DEP_EN
                + " The dormitory has a free kitchen with stoves and refrigerators.",
                "La vivienda está en el dormitorio del vivero, 3362 Greenhouse Road, sin renta y con servicios gratis. "
                + Q09_DEP_ES
                + " El dormitorio tiene cocina gratuita con estufas y refrigeradores.",
            ),
            ("pb",),
            *bi(
                "Transportation",
                "Transporte",
                "Free daily van transportation between the dormitory and the fields. Travel and subsistence from your home are reimbursed when you finish half of the contract, and your return trip is paid if you complete it or are dismissed without cause.",
                "Transporte diario gratuito en camioneta entre el dormitorio y los campos. El viaje y los alimentos desde su casa se reembolsan al cumplir la mitad del contrato, y el regreso se paga si lo completa o si lo despiden sin causa.",
            ),
            *bi("Travel advance", "Adelanto para el viaje", Q09_LOAN_EN, Q09_LOAN_ES),
            *bi(
                "Tools and insurance",
                "Herramientas y seguro",
                "Spades, pruners, gloves and burlap are supplied free. All workers are covered by workers' compensation insurance with Volunteer State Casualty at no cost.",
                "Palas, tijeras, guantes y arpillera se entregan gratis. Todos los trabajadores están cubiertos por el seguro de compensación laboral de Volunteer State Casualty sin costo.",
            ),
            *bi(
                "Complaints",
                "Quejas",
                "Problems must be brought to the nursery office first. " + Q09_BL_EN,
                "Los problemas deben llevarse primero a la oficina del vivero. " + Q09_BL_ES,
            ),
            *bi(
                "Abandonment and dismissal",
                "Abandono y despido",
                "Five consecutive workdays of absence without permission is abandonment, reported to the Department of Labor and DHS. Workers may be dismissed for cause.",
                "Cinco días seguidos de ausencia sin permiso es abandono y se reporta al Departamento de Trabajo y a DHS. Se puede despedir por causa justificada.",
            ),
            *bi(
                "Fees",
                "Cuotas",
                "The nursery pays all fees of Montes Farm Labor Services; no worker pays to be hired.",
                "El vivero paga todos los honorarios de Montes Farm Labor Services; ningún trabajador paga por ser contratado.",
            ),
            ("sig", ["Gloria Haskins, Silver Maple Nursery Co.", "Worker / Trabajador"]),
        ],
        "pages": 2,
        "present": [
            "employer_identity",
            "job_duties",
            "work_location",
            "employment_period",
            "hours_of_work",
            "wage_rate",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "housing",
            "meals",
            "inbound_transportation",
            "return_transportation",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "termination",
            "job_requirements",
        ],
        "fees": [
            fee("housing_charge", "violation", 1, 100.0, "USD", Q09_DEP_EN, 1),
            fee("housing_charge", "violation", 1, 100.0, "USD", Q09_DEP_ES, 1),
            fee("debt_bondage", "violation", 2, 600.0, "USD", Q09_LOAN_EN, 2),
            fee("debt_bondage", "violation", 2, 600.0, "USD", Q09_LOAN_ES, 2),
            fee("blacklisting_threat", "violation", 2, None, None, Q09_BL_EN, 3),
            fee("blacklisting_threat", "violation", 2, None, None, Q09_BL_ES, 3),
        ],
        "recruiters": ["Montes Farm Labor Services, LLC"],
        "traps": [
            "'feed and water the container stock' is a job duty",
            "'two weeks' experience' is a requirement, not an amount owed",
            "no rent, free utilities and kitchen (only the deposit is a finding)",
            "labor contractor's fees paid by the nursery",
            "tools and workers' compensation free",
        ],
        "doc_type": "employer_disclosure",
        "layout": "bilingual stacked: each section in English then Spanish italics; header band",
    }
)

# ai10: H-2B racetrack stables, handbook with cost and deduction schedule ----------------
Q10_MEAL = "Kitchen meal plan (3 meals) $9.50 per day Worker deducted each payday"
Q10_FUND = "Backstretch welfare fund $25.00 per month Worker deducted monthly"
Q10_VISA = "Visa appointment (MRV) fee $205.00 Worker not refunded"
Q10_QUIT = (
    "A groom who walks off before the last race day of the meet forfeits his final two weeks' "
    "pay as liquidated damages for the cost of replacing him."
)
DOCS.append(
    {
        "file": "ai10.pdf",
        "program": "h2b",
        "language": "en",
        "font": "notoserif",
        "size": 9.5,
        "foot": "Cedar Downs Thoroughbred Stables - Employee Handbook (excerpt)",
        "blocks": [
            (
                "band",
                "CEDAR DOWNS THOROUGHBRED STABLES, LLC",
                (110, 30, 30),
                "Employee Handbook - H-2B Grooms and Hotwalkers - Winter/Spring Meet 2026",
            ),
            ("h", "1. About the stable"),
            (
                "p",
                "Cedar Downs Thoroughbred Stables, LLC trains about forty horses for private owners at Barn 22, Cedar Downs Race Course, 901 Backstretch Road, Camden Park, Louisiana 70560. Owners pay the stable a monthly training fee, and the track bills them separately for stall rent and jockey mount fees; none of these charges involve you.",
            ),
            ("h", "2. Your job"),
            (
                "p",
                "Grooms feed, water and brush the horses, muck out and bed the stalls, wrap legs, hold horses for the farrier and the veterinarian, and walk them to cool down after training. Hotwalkers lead horses on the walking ring. You need six months of hands-on experience handling thoroughbred or quarter horses.",
            ),
            ("h", "3. Where and when"),
            (
                "p",
                "Barn 22 and the training track at Cedar Downs Race Course, 901 Backstretch Road, Camden Park, Louisiana, from January 12 to July 31, 2026.",
            ),
            ("h", "4. Hours and pay"),
            (
                "p",
                "Barn hours are 5:00 to 11:00 a.m. and 3:00 to 5:00 p.m., Monday to Friday: 40 hours a week. You earn $15.02 per hour; if a higher prevailing wage or minimum wage takes effect, you receive it from that date. Hours over 40 are paid at time and a half, $22.53 per hour. Payday is every other Thursday, by pay card, and each payday you receive a stub showing hours offered and worked, your rate and every deduction.",
            ),
            ("h", "5. Travel and equipment"),
            (
                "p",
                "Your bus ticket from Nuevo Laredo and your meals on the way are reimbursed in your first paycheck, and your ticket home is bought by the stable at the end of the meet. Pitchforks, brushes, buckets, halters and rain gear are supplied by the stable at no charge.",
            ),
            ("pb",),
            ("h", "6. Costs and deductions"),
            ("p", "The table below lists every cost connected with your job and who pays it."),
            (
                "tbl",
                (66, 34, 26, 44),
                [
                    ["Item", "Amount", "Paid by", "How"],
                    ["Federal income tax", "per W-4", "Worker", "each payday"],
                    [
                        "Kitchen meal plan (3 meals)",
                        "$9.50 per day",
                        "Worker",
                        "deducted each payday",
                    ],
                    ["Backstretch welfare fund", "$25.00 per month", "Worker", "deducted monthly"],
                    ["Visa appointment (MRV) fee", "$205.00", "Worker", "not refunded"],
                    ["Dormitory room, backstretch", "$0", "Stable", "free"],
                    ["Stall rent", "track rate", "Owner", "monthly track invoice"],
                    ["Jockey mount fees", "per race", "Owner", "track settlement"],
                ],
                {"size": 8.5},
            ),
            (
                "p",
                "Enrolment in the backstretch welfare fund is required for every groom and hotwalker employed by the stable.",
            ),
            ("h", "7. Leaving before the end of the meet"),
            ("p", Q10_QUIT),
            ("h", "8. Abandonment and dismissal"),
            (
                "p",
                "A worker absent five consecutive workdays without notice is treated as having abandoned the job, and the stable notifies the Department of Labor and DHS. Workers may be dismissed for cause, including cruelty to a horse, fighting or working while intoxicated.",
            ),
            ("h", "9. Horses come first"),
            ("p", "Report at once any sign of colic, lameness or a horse off its feed."),
            ("sig", ["Received by the employee (name and signature)"]),
        ],
        "pages": 2,
        "present": [
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
            "inbound_transportation",
            "return_transportation",
            "tools_provided",
            "earnings_statements",
            "termination",
            "job_requirements",
        ],
        "fees": [
            fee("meal_charge", "review", 2, 9.5, "USD", Q10_MEAL),
            fee("insurance_cost", "violation", 2, 25.0, "USD", Q10_FUND),
            fee("visa_cost", "violation", 2, 205.0, "USD", Q10_VISA),
            fee("breach_penalty", "violation", 2, None, None, Q10_QUIT),
        ],
        "recruiters": [],
        "traps": [
            "'feed' and 'off its feed' are horse-care words",
            "owners pay training fee, stall rent, jockey mount fees (charges to third parties)",
            "dormitory free ($0)",
            "bus ticket reimbursed, ticket home bought by the stable",
            "tools and rain gear at no charge",
        ],
        "doc_type": "handbook",
        "layout": "handbook excerpt; header band; numbered headed sections; four-column cost table with payer column",
    }
)

# ai11: H-2B crawfish plant, Spanish Q&A, COMPLIANT -----------------------------------
DOCS.append(
    {
        "file": "ai11.pdf",
        "program": "h2b",
        "language": "es",
        "font": "noto",
        "size": 9.5,
        "foot": "Atchafalaya Crawfish Processors, Inc. - Preguntas frecuentes",
        "blocks": [
            ("title", "PREGUNTAS FRECUENTES SOBRE SU CONTRATO H-2B - TEMPORADA 2026"),
            (
                "sub",
                "Atchafalaya Crawfish Processors, Inc. Este documento forma parte de su contrato de trabajo.",
            ),
            (
                "qa",
                "¿Quién es mi patrón?",
                "Atchafalaya Crawfish Processors, Inc., 118 Levee Road, Breaux Landing, Luisiana 70517, Estados Unidos.",
            ),
            (
                "qa",
                "¿Qué trabajo voy a hacer?",
                "Pelar y desvenar langostino de río (crawfish) ya cocido, pesar y empacar la carne en bolsas de una libra, y lavar las mesas al final del turno.",
            ),
            (
                "qa",
                "¿Qué necesito para calificar?",
                "Haber trabajado al menos un mes pelando o limpiando mariscos. No se necesita saber inglés.",
            ),
            (
                "qa",
                "¿Dónde voy a trabajar?",
                "En la planta de la empresa, 118 Levee Road, Breaux Landing, Luisiana.",
            ),
            ("qa", "¿Cuándo empieza y termina?", "Del 2 de febrero al 26 de junio de 2026."),
            (
                "qa",
                "¿Cuántas horas voy a trabajar?",
                "40 horas por semana, de lunes a viernes, de 6:00 a 14:30, con media hora para comer.",
            ),
            (
                "qa",
                "¿Cuánto me van a pagar?",
                "$14.98 por hora, o $2.25 por libra de carne pelada si así gana más en la semana. Si sube el salario prevaleciente o el mínimo, se le paga el más alto desde esa fecha. Las horas después de 40 en la semana se pagan a $22.47.",
            ),
            (
                "qa",
                "¿Cada cuándo me pagan?",
                "Cada viernes. Con cada pago recibe un talón con las horas ofrecidas, las horas trabajadas, la tarifa y cada descuento.",
            ),
            (
                "qa",
                "¿Qué me pueden descontar?",
                "Sólo impuestos federales y estatales, Seguro Social y Medicare. Nada más sin su autorización por escrito.",
            ),
            (
                "qa",
                "¿Tengo horas garantizadas?",
                "Sí. En cada periodo de 12 semanas se le ofrece trabajo por lo menos en tres cuartas partes de los días hábiles; si no, se le paga la diferencia.",
            ),
            (
                "qa",
                "¿Quién paga el viaje y la visa?",
                "La empresa. En la primera semana le reembolsa el autobús desde su ciudad, las comidas del camino, la visa y el cruce fronterizo. El regreso lo paga la empresa si usted termina la temporada o si lo despiden sin causa.",
            ),
            ("pb",),
            (
                "qa",
                "¿Tengo que comprar herramientas o uniforme?",
                "No. Guantes, mandil, botas y redecilla se entregan gratis y sin depósito.",
            ),
            (
                "qa",
                "¿Hay vivienda?",
                "Sí, cuartos en la casa de la empresa a dos cuadras de la planta, sin renta y sin cobro de luz ni agua.",
            ),
            (
                "qa",
                "¿Le tengo que pagar a alguien por el trabajo?",
                "No. Ni la empresa ni su reclutador, Servicios Laborales Río Bravo, S.C., cobran cuota de inscripción, apartado de lugar ni apoyo para el trámite. Si alguien le pide dinero, avísenos y denúncielo.",
            ),
            (
                "qa",
                "¿Puedo comprar langostino?",
                "Sí. Los trabajadores pueden comprar langostino cocido al mismo precio que los clientes de la tienda, pagando en efectivo. Es voluntario y nunca se descuenta del cheque.",
            ),
            (
                "qa",
                "¿Me pueden correr? ¿Puedo renunciar?",
                "Sólo lo pueden despedir por una causa justificada que se le explique. Si falta cinco días hábiles seguidos sin avisar, la empresa puede considerarlo abandono y debe reportarlo. Usted puede renunciar cuando quiera, sin multa.",
            ),
            (
                "qa",
                "¿Qué pasa si se acaba el langostino antes de tiempo?",
                "Si una inundación, una helada o la falta de langostino hace imposible el trabajo, el contrato puede terminar antes con aprobación del Departamento de Trabajo; se le paga lo ganado, las horas garantizadas hasta ese día y el regreso.",
            ),
            (
                "qa",
                "¿Quién guarda mi pasaporte?",
                "Usted. La empresa nunca retiene pasaportes, visas ni identificaciones.",
            ),
            (
                "qa",
                "¿Puedo salir en mis días libres y quejarme si algo está mal?",
                "Sí. Puede salir y recibir visitas cuando quiera; no hay toque de queda. Puede quejarse con la empresa, con el Departamento de Trabajo o con un abogado, y nadie lo pondrá en una lista negra.",
            ),
            ("sig", ["Por la empresa: Remy Thibodeaux", "Trabajador(a)"]),
        ],
        "pages": 2,
        "present": REQUIRED["h2b"],
        "fees": [],
        "recruiters": ["Servicios Laborales Río Bravo, S.C."],
        "traps": [
            "negated fees: 'cuota de inscripción', 'apartado de lugar', 'apoyo para el trámite'",
            "voluntary crawfish purchases at customer price, cash, never deducted",
            "travel, visa and border crossing reimbursed",
            "gear free, no deposit; housing without rent or utilities",
            "may quit without penalty ('sin multa')",
            "no passport retention, no curfew, no blacklist",
        ],
        "doc_type": "work_contract",
        "layout": "plain-language Q&A contract; bold questions; signature lines",
    }
)

# ai12: generic Honduras -> Canada, Spanish recruiter agreement, SCANNED -----------------
Q12_FEE = (
    "Por sus servicios de gestión, EL TRABAJADOR pagará a LA AGENCIA la suma de L 35,000.00 "
    "(treinta y cinco mil lempiras), la mitad al firmar y la mitad al recibir la visa."
)
Q12_VISA = (
    "El pasaporte, la toma de datos biométricos y la visa de trabajo corren por cuenta de EL "
    "TRABAJADOR."
)
Q12_PEN = (
    "Si EL TRABAJADOR abandona el empleo antes de cumplir doce meses, pagará a LA AGENCIA una "
    "penalización de CAD 2,000 por los perjuicios causados."
)
DOCS.append(
    {
        "file": "ai12.pdf",
        "program": "generic",
        "language": "es",
        "scanned": True,
        "font": "libserif",
        "size": 11,
        "foot": None,
        "blocks": [
            ("title", "CONTRATO DE GESTIÓN DE EMPLEO EN EL EXTRANJERO"),
            (
                "p",
                "Entre Servicios Migratorios Lenca, S. de R.L., con oficinas en Barrio El Centro, Gracias, Lempira, en adelante LA AGENCIA, y el señor Wilmer Adonay Gámez Chinchilla, con tarjeta de identidad No. 1301-1994-00342, en adelante EL TRABAJADOR, se conviene lo siguiente:",
            ),
            (
                "tbl",
                (40, 130),
                [
                    ["Dato", "Detalle"],
                    [
                        "Empleador",
                        "Aspen Ridge Lodge Ltd., 455 Bow Valley Trail, Canmore, Alberta T1W 1N9, Canadá",
                    ],
                    [
                        "Puesto",
                        "Ayudante de cocina: lavar loza, preparar verduras y limpiar la cocina",
                    ],
                    ["Lugar", "Aspen Ridge Lodge, Canmore, Alberta"],
                    ["Periodo", "Del 1 de mayo de 2026 al 30 de abril de 2027"],
                    ["Salario", "CAD 17.50 por hora"],
                ],
            ),
            ("cl", "1.", Q12_FEE),
            ("cl", "2.", Q12_VISA),
            ("cl", "3.", "El boleto aéreo de ida a Calgary lo cubre el empleador."),
            ("cl", "4.", Q12_PEN),
            (
                "cl",
                "5.",
                "Para cualquier controversia, las partes se someten a los juzgados de Gracias, Lempira.",
            ),
            ("p", "Firmado en Gracias, Lempira, a 20 de enero de 2026."),
            ("sig", ["LA AGENCIA", "EL TRABAJADOR"], "Huella"),
        ],
        "pages": 1,
        "present": [
            "employer_identity",
            "worker_identity",
            "job_duties",
            "work_location",
            "employment_period",
            "wage_rate",
        ],
        "fees": [
            fee("recruitment_fee", "violation", 1, 35000.0, "HNL", Q12_FEE),
            fee("visa_cost", "violation", 1, None, None, Q12_VISA),
            fee("breach_penalty", "violation", 1, 2000.0, "CAD", Q12_PEN),
        ],
        "recruiters": ["Servicios Migratorios Lenca, S. de R.L."],
        "traps": ["outbound airfare paid by the employer (return not mentioned)"],
        "doc_type": "recruiter_agreement",
        "layout": "single column; gridded terms table; short numbered clauses; fingerprint box; SCANNED image-only",
    }
)


# --------------------------------------------------------------------------- build + verify


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def label(d):
    present = set(d["present"])
    unknown = present - set(REQUIRED[d["program"]]) - {"worker_identity", "overtime", "housing"}
    if unknown:
        raise ValueError("%s: unknown terms %s" % (d["file"], unknown))
    return {
        "file": d["file"],
        "program": d["program"],
        "language": d["language"],
        "scanned": d.get("scanned", False),
        "pages": d["pages"],
        "fees": d["fees"],
        "missing_terms": [t for t in REQUIRED[d["program"]] if t not in present],
        "recruiters": d["recruiters"],
        "traps": d["traps"],
        "doc_type": d["doc_type"],
        "layout": d["layout"],
    }


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for i, d in enumerate(DOCS):
        data = render(d)
        if d.get("scanned"):
            data = scan(data, seed=1200 + i, fmt=d.get("format", "letter"))
        (out / d["file"]).write_bytes(data)
        labels.append(label(d))
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )

    errors = []
    for lab in labels:
        with pdfplumber.open(out / lab["file"]) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(
                    "%s: %d pages, labelled %d" % (lab["file"], len(pdf.pages), lab["pages"])
                )
                continue
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
        if lab["scanned"]:
            if any(texts):
                errors.append("%s: scanned document has a text layer" % lab["file"])
            continue
        for f in lab["fees"]:
            if norm(f["quote"]) not in texts[f["page"] - 1]:
                errors.append("%s p%d: quote not found: %s" % (lab["file"], f["page"], f["quote"]))
    for e in errors:
        print("VERIFY FAIL", e, file=sys.stderr)
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print("%d documents, %d fee labels, %d errors" % (len(labels), n_fees, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
