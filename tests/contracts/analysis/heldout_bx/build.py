#!/usr/bin/env python3
"""Build held-out batch "bx": twelve contract PDFs (bx01.pdf ... bx12.pdf) plus labels.json.

Usage:  python build.py OUT_DIR

Theme: compliant-heavy. Six documents charge the worker nothing but are dense with lawful
look-alikes (fees the employer pays, reimbursed costs, negated charges, lawful H-2A meal
charges, 'deposit' / 'bond' / 'cuota' / 'descuento' used lawfully, passport numbers,
receipts issued to the employer). Six documents charge 1-3 fee categories each.

Deterministic: fixed creation date, fixed random seeds, no clock or network access.
After writing, every PDF is reopened with pdfplumber and self-checked; exit code 1 on failure.
"""

import datetime
import json
import random
import re
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.UTC)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
DV_FILES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
}
HAVE_DEJAVU = all((DEJAVU / f).exists() for fs in DV_FILES.values() for f in fs)
CORE = {"sans": "helvetica", "serif": "times", "cond": "helvetica"}


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------
class Doc(FPDF):
    """FPDF with optional colored header band, footer, and a few layout helpers.

    All document text is kept inside latin-1 so that the core-font fallback (used only
    when DejaVu is absent) renders exactly the same characters.
    """

    def __init__(
        self,
        fmt="letter",
        header_text=None,
        footer_text=None,
        band=(40, 70, 110),
        font="sans",
        margins=(18, 18, 18),
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.fam = {}
        for key, files in DV_FILES.items():
            if HAVE_DEJAVU:
                name = "dv" + key
                self.add_font(name, "", str(DEJAVU / files[0]))
                self.add_font(name, "B", str(DEJAVU / files[1]))
                self.add_font(name, "I", str(DEJAVU / files[2]))
                self.fam[key] = name
            else:
                self.fam[key] = CORE[key]
        self.base = font
        self.header_text = header_text
        self.footer_text = footer_text
        self.band = band
        self.no_hf = set()
        left, top, right = margins
        self.set_margins(left, top + (10 if header_text else 0), right)
        self.set_auto_page_break(True, margin=20)

    # -- page furniture -------------------------------------------------------------
    def header(self):
        if self.page_no() in self.no_hf or not self.header_text:
            return
        self.set_fill_color(*self.band)
        self.rect(0, 0, self.w, 13, style="F")
        self.set_xy(self.l_margin, 4)
        self.set_text_color(255, 255, 255)
        self.font(8.5, "B")
        self.cell(0, 5, self.header_text)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() in self.no_hf or not self.footer_text:
            return
        self.set_y(-14)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(90, 90, 90)
        self.font(7.5)
        self.cell(0, 6, self.footer_text.format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # -- text -------------------------------------------------------------------------
    def font(self, size, style="", which=None):
        self.set_font(self.fam[which or self.base], style, size)

    def ttl(self, text, size=13, align="C", after=2):
        self.font(size, "B")
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, text, size=10.5, before=2, after=1, fill=None):
        if self.get_y() > self.h - 34:  # keep headings with what follows
            self.add_page()
            before = 0
        self.ln(before)
        self.font(size, "B")
        if fill:
            self.set_fill_color(*fill)
            self.cell(0, size * 0.6, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def para(self, text, size=9.5, style="", align="J", after=1.6, lh=None):
        self.font(size, style)
        self.multi_cell(0, lh or size * 0.47, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def clause(self, lead, body, size=9.5, after=1.6, lh=None):
        """Bold lead-in followed by body text on the same line (flowing)."""
        h = lh or size * 0.47
        self.set_x(self.l_margin)
        self.font(size, "B")
        self.write(h, lead + " ")
        self.font(size)
        self.write(h, body)
        self.ln(h)
        self.ln(after)

    def bullets(self, items, size=9.5, indent=5, after=1.2):
        h = size * 0.47
        for it in items:
            self.font(size)
            self.set_x(self.l_margin + indent - 3)
            self.cell(3, h, "-")
            self.multi_cell(0, h, it, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    # -- tables -----------------------------------------------------------------------
    def grid(
        self,
        rows,
        widths,
        header=None,
        size=8.8,
        bold_first=False,
        borders="ALL",
        head_fill=(225, 232, 242),
        lh=None,
        after=2.5,
        zebra=None,
    ):
        self.font(size)
        kw = dict(
            width=sum(widths),
            col_widths=widths,
            align="LEFT",
            line_height=lh or size * 0.47,
            text_align="LEFT",
            borders_layout=borders,
            padding=1.2,
            v_align="TOP",
        )
        if header:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        else:
            kw["first_row_as_headings"] = False
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        bold = FontFace(emphasis="BOLD")
        with self.table(**kw) as t:
            if header:
                r = t.row()
                for c in header:
                    r.cell(c)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if bold_first and i == 0:
                        r.cell(c, style=bold)
                    else:
                        r.cell(c)
        self.ln(after)

    def signatures(self, cols, size=9, before=6, width=None):
        """cols: list of column line-lists; first line drawn under a signature rule."""
        self.ln(before)
        width = width or (self.w - self.l_margin - self.r_margin)
        n = len(cols)
        colw = width / n
        y0 = self.get_y()
        if y0 > self.h - 45:
            self.add_page()
            y0 = self.get_y()
        self.set_draw_color(0, 0, 0)
        for i, lines in enumerate(cols):
            x = self.l_margin + i * colw
            self.line(x + 2, y0 + 10, x + colw - 6, y0 + 10)
            self.set_xy(x + 2, y0 + 11)
            for j, ln_ in enumerate(lines):
                self.font(size, "B" if j == 0 else "")
                self.set_x(x + 2)
                self.multi_cell(colw - 8, size * 0.45, ln_, new_x="LEFT", new_y="NEXT")
        self.set_y(y0 + 11 + size * 0.45 * max(len(c) for c in cols) + 3)

    def scanned_page(self, img):
        """Add a page carrying only an image (no header/footer text, no text layer)."""
        self.no_hf.add(self.page_no() + 1)
        self.add_page()
        self.image(img, x=0, y=0, w=self.w, h=self.h)


# --------------------------------------------------------------------------------------
# Scanned-page renderer (Pillow): text drawn as pixels, slightly rotated, noisy
# --------------------------------------------------------------------------------------
def pil_font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    if (DEJAVU / name).exists():
        return ImageFont.truetype(str(DEJAVU / name), size)
    return ImageFont.load_default(size=size)


def render_scan(blocks, seed, size_px=(1275, 1650), angle=0.7):
    """blocks: list of (kind, text) with kind in {title, text, bold, gap, sig, small}."""
    rng = random.Random(seed)
    W, H = size_px
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    margin = 120
    y = 130
    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        if kind == "sig":
            # two signature rules with labels, and a pen scribble over the left one
            half = (W - 2 * margin) // 2
            for i, label in enumerate(text):
                x0 = margin + i * half
                d.line((x0, y + 70, x0 + half - 60, y + 70), fill=40, width=2)
                d.text((x0, y + 80), label, font=pil_font(24), fill=35)
            pts = [(margin + 20 + k * 18, y + 55 + rng.randint(-22, 18)) for k in range(16)]
            d.line(pts, fill=25, width=3)
            y += 140
            continue
        size = {"title": 34, "bold": 27, "text": 27, "small": 22}[kind]
        font = pil_font(size, bold=kind in ("title", "bold"))
        words = text.split()
        line = ""
        lines = []
        for w in words:
            cand = (line + " " + w).strip()
            if d.textlength(cand, font=font) > W - 2 * margin:
                lines.append(line)
                line = w
            else:
                line = cand
        if line:
            lines.append(line)
        for ln_ in lines:
            x = margin
            if kind == "title":
                x = (W - d.textlength(ln_, font=font)) / 2
            d.text((x, y), ln_, font=font, fill=30)
            y += int(size * 1.45)
        y += 10
    # scanner artefacts: specks, a faint fold line, a darker left edge
    for _ in range(3500):
        x, yy = rng.randrange(W), rng.randrange(H)
        img.putpixel((x, yy), rng.choice((90, 120, 160, 200)))
    d.line((0, H // 2 + 7, W, H // 2 + 3), fill=228, width=3)
    for x in range(14):
        d.line((x, 0, x, H), fill=150 + x * 7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


# --------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------
DOCS = []  # (file, builder, label, checks)


def doc(label, checks):
    def deco(fn):
        DOCS.append((label["file"], fn, label, checks))
        return fn

    return deco


def fee(category, severity, page, amount, currency, quote):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }


# ---- bx01: H-2A job order, English, compliant ------------------------------------------
@doc(
    {
        "file": "bx01.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Enlace Jornalero del Bajío, S.C."],
        "traps": [
            "recruiter service fee of USD 275 paid by the employer",
            "lawful h2a meal charge within the cap (optional cookhouse plan, free kitchen)",
            "no security deposit for rooms, bedding or keys (negated)",
            "'direct deposit' is a pay method",
            "visa and border-crossing fees reimbursed",
            "tools free, no deposit, no charge for wear or loss",
            "workers' compensation premium paid by employer",
            "workers keep passports; no blacklisting",
        ],
        "doc_type": "job_order",
        "layout": "single column; colored header band and footer; gridded summary table; "
        "numbered clauses; worksite table; signature lines",
    },
    checks=[
        (1, "Skagit Flats Berry Company LLC, 16820 Dike Road, Mount Vernon, WA 98273"),
        (1, "$20.14 per hour"),
        (2, "Enlace Jornalero del Bajío, S.C."),
        (3, "ATTACHMENT A - WHERE TO GET HELP"),
    ],
)
def bx01(p):
    p.ttl("H-2A AGRICULTURAL JOB ORDER AND WORK CONTRACT", 13.5, after=0)
    p.ttl("Temporary farmworkers - berry harvest 2026", 10.5, after=3)
    p.grid(
        [
            ("Employer", "Skagit Flats Berry Company LLC, 16820 Dike Road, Mount Vernon, WA 98273"),
            ("Telephone", "(360) 555-0147, Monday to Friday 8 a.m. to 5 p.m."),
            ("Occupation", "Farmworker, berry crops (SOC 45-2092.02); 64 openings"),
            ("Contract period", "May 18, 2026 to September 25, 2026"),
            (
                "Schedule",
                "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a "
                "30-minute unpaid lunch",
            ),
            (
                "Pay rate",
                "$20.14 per hour; blueberry picking may be paid at $0.58 per pound when "
                "that earns more",
            ),
            ("Payday", "Weekly, every Friday"),
        ],
        (40, 136),
        header=("Item", "Terms"),
        bold_first=True,
    )
    p.clause(
        "1. Duties.",
        "Hand-harvest strawberries, raspberries and blueberries into flats "
        "and buckets, carry full flats to the row-end checker, and sort out damaged fruit. "
        "Before and after harvest, workers hoe weeds, tie raspberry canes to trellis wires, "
        "move irrigation lines and pick up litter along the field edges.",
    )
    p.clause(
        "2. Requirements.",
        "Three months of experience hand-harvesting any fruit or "
        "vegetable crop. Workers must be able to bend and stoop for long periods and lift "
        "40 pounds. No education or English is required.",
    )
    p.clause(
        "3. Places of work.",
        "Work is performed at the following sites in Skagit County, Washington:",
    )
    p.grid(
        [
            ("Home ranch", "16820 Dike Road, Mount Vernon, WA 98273"),
            ("Calhoun field", "14510 Calhoun Road, Mount Vernon, WA 98273"),
            ("Bow Hill blueberries", "5121 Bow Hill Road, Bow, WA 98232"),
            ("Packing shed", "16850 Dike Road, Mount Vernon, WA 98273"),
        ],
        (50, 100),
        header=("Site", "Address"),
    )
    p.clause(
        "4. Wage rate and adjustments.",
        "The employer pays at least the highest of the "
        "Adverse Effect Wage Rate, the prevailing wage, the agreed collective bargaining "
        "rate, or the federal or Washington minimum wage in effect when the work is done. "
        "If any of these rates is raised during the season, the higher rate is paid from "
        "the date it takes effect. Piece earnings are always brought up to the hourly rate "
        "for the pay period.",
    )
    p.clause(
        "5. Pay and pay statements.",
        "Wages are paid every Friday by check or, if the "
        "worker chooses, by direct deposit to a bank account of the worker's choosing. On "
        "each payday the worker receives a written statement showing the hours offered, "
        "hours actually worked, pounds or flats picked, rates of pay, total earnings, every "
        "deduction and the net amount paid.",
    )
    p.clause(
        "6. Deductions.",
        "The only deductions are: Social Security and Medicare taxes "
        "for workers who owe them; federal income tax if the worker asks for withholding in "
        "writing; amounts a court orders withheld; and voluntary deductions the worker "
        "authorizes in writing for his or her own benefit. Nothing is ever deducted for "
        "housing, transportation, tools, visas or recruitment.",
    )
    p.clause(
        "7. Three-fourths guarantee.",
        "The employer guarantees to offer each worker "
        "employment for a total number of hours equal to at least three-fourths (3/4) of "
        "the workdays of the contract period, counted at 8 hours per workday. If the worker "
        "is offered fewer hours, the employer pays the amount the worker would have earned "
        "for the hours not offered.",
    )
    p.add_page()
    p.clause(
        "8. Housing.",
        "Housing is provided free of charge at the Skagit Flats labor "
        "camp, 16900 Dike Road, Mount Vernon, WA 98273, which is licensed by the "
        "Washington State Department of Health. Workers pay no rent and no utilities. No "
        "security deposit is collected for rooms, bedding, keys or any other housing item.",
    )
    p.clause(
        "9. Meals.",
        "The camp cookhouse serves three meals a day. Workers who sign up "
        "for the meal plan are charged $15.92 per day, which does not exceed the maximum "
        "meal charge published by the Department of Labor for 2026. Workers who prefer to "
        "cook for themselves may instead use the fully equipped camp kitchens at no cost, "
        "and may change their choice at the start of any week.",
    )
    p.clause(
        "10. Travel to the job.",
        "Workers who complete 50 percent of the contract period "
        "are reimbursed for the reasonable cost of travel and daily subsistence from the "
        "place of recruitment to the camp, together with the visa and border-crossing "
        "fees. Any part of these costs that would bring first-week earnings below the "
        "federal minimum wage is reimbursed with the first paycheck. The employer may "
        "instead buy the bus ticket directly.",
    )
    p.clause(
        "11. Travel home.",
        "Workers who complete the contract, or who are dismissed "
        "early for reasons other than cause, receive return transportation and daily "
        "subsistence to the place from which they came.",
    )
    p.clause(
        "12. Daily transportation.",
        "Free transportation is provided every workday "
        "between the camp and the fields in vans and buses driven by licensed drivers.",
    )
    p.clause(
        "13. Tools and equipment.",
        "All tools, picking buckets, flats, harvest carts, "
        "gloves and rain gear are furnished at no charge, and no deposit is required. "
        "Workers are not charged for normal wear or for the loss of tools.",
    )
    p.clause(
        "14. Workers' compensation.",
        "The employer provides workers' compensation "
        "coverage through the Washington State Department of Labor and Industries, account "
        "512-884-003, for injury or illness arising out of the work. Workers do not "
        "contribute to the premium.",
    )
    p.clause(
        "15. Abandonment and termination.",
        "A worker who fails to report for work for "
        "five consecutive workdays without the consent of the employer is considered to "
        "have abandoned the job, and the employer will notify the Department of Labor and "
        "the Department of Homeland Security within two business days. Workers may be "
        "dismissed for cause, such as repeated refusal to follow safety rules, after a "
        "written warning.",
    )
    p.clause(
        "16. Contract impossibility.",
        "If fire, flood, hail, drought or another Act of "
        "God makes it impossible to continue the work, and the Certifying Officer agrees, "
        "the employer may end the contract early. In that case the worker is paid the "
        "three-fourths guarantee for the time already passed and return transportation "
        "with subsistence, and is offered help finding other H-2A work.",
    )
    p.clause(
        "17. Recruitment.",
        "Workers in Mexico are recruited by Enlace Jornalero del "
        "Bajío, S.C., Calle Hidalgo 214, Dolores Hidalgo, Guanajuato. The employer pays "
        "the agency a service fee of USD 275 per worker hired, under a written contract "
        "that forbids the agency, its staff and any sub-agent from asking workers for money "
        "of any kind. A worker who is asked to pay should call the employer's office at "
        "(360) 555-0147 or the U.S. Department of Labor at 1-866-487-9243.",
    )
    p.clause(
        "18. Documents and complaints.",
        "Workers keep their own passports, visas and "
        "identity papers at all times. No worker will be threatened, blacklisted or "
        "reported to immigration authorities for complaining about wages or conditions, or "
        "for speaking with a lawyer, union or government agency.",
    )
    p.clause(
        "19. Language.",
        "Each worker receives this job order in Spanish and in English "
        "no later than the time of the visa application.",
    )
    p.add_page()
    p.signatures(
        [
            ["For the employer", "Margit Sundquist-Ortega, Farm Manager", "Signed March 3, 2026"],
            ["Worker", "Name: ______________________", "Date: _______________"],
        ]
    )
    p.ln(8)
    p.ttl("ATTACHMENT A - WHERE TO GET HELP", 11.5, align="L", after=2)
    p.grid(
        [
            ("Pay, housing or safety questions", "Farm office, 16820 Dike Road", "(360) 555-0147"),
            (
                "Someone asked you for money for this job",
                "Skagit Flats compliance line",
                "(360) 555-0199",
            ),
            ("Wage and Hour Division (U.S. DOL)", "Seattle District Office", "1-866-487-9243"),
            ("Consulate of Mexico", "2132 Third Avenue, Seattle, WA", "(206) 448-3526"),
            ("Farmworker legal aid", "Northwest Justice Project", "1-888-201-1014"),
        ],
        (66, 66, 44),
        header=("Topic", "Who", "Telephone"),
        size=9,
    )
    p.para(
        "Keep your bus tickets, hotel and meal receipts from the trip to Mount Vernon. Hand "
        "them to the farm office during your first week; the office gives you a "
        "reimbursement voucher and pays you as explained in section 10.",
        9.5,
    )
    p.para(
        "Workers recruited in Mexico may also contact Enlace Jornalero del Bajío, S.C. at "
        "+52 418 555 0172 for questions about travel dates. The agency may not ask you for "
        "any payment.",
        9.5,
    )


# ---- bx02: H-2B job sheet + receipt, Spanish, 2 fees -----------------------------------
BX02_FEE1 = (
    "Recibí de la Sra. Yesenia Guadalupe Treviño Cárdenas la cantidad de $9,800.00 "
    "(nueve mil ochocientos pesos 00/100 M.N.) por concepto de gestión de expediente y "
    "preparación para la entrevista consular."
)
BX02_FEE2 = (
    "Como garantía de que se presentará a la cita consular y viajará en la fecha "
    "indicada, la solicitante firma un pagaré por $15,000.00 a favor de la gestoría, "
    "que se le devolverá a su llegada a Houston."
)


@doc(
    {
        "file": "bx02.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("recruitment_fee", "violation", 2, 9800.0, "MXN", BX02_FEE1),
            fee("deposit_or_bond", "violation", 2, 15000.0, "MXN", BX02_FEE2),
        ],
        "missing_terms": [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Gestoría Migratoria Del Valle Alto, S.C."],
        "traps": [
            "visa fee (USD 205) reimbursed by employer, excluded from the receipt",
            "inbound bus reimbursed in first paycheck",
            "tools at no cost",
            "passport number; applicant keeps her passport (only a photocopy kept)",
        ],
        "doc_type": "receipt",
        "layout": "letterhead; page 1 job sheet as gridded concept/detail table; page 2 receipt "
        "form with amount box, payment checkboxes, stamp circle and signature lines",
    },
    checks=[
        (1, "Lone Star Turf & Landscape, LLC"),
        (1, "$24.68 por hora"),
        (2, "Gestoría Migratoria Del Valle Alto, S.C."),
    ],
)
def bx02(p):
    def letterhead():
        p.set_fill_color(120, 20, 30)
        p.rect(p.l_margin, p.get_y(), p.w - p.l_margin - p.r_margin, 1.2, style="F")
        p.ln(2)
        p.font(14, "B", "serif")
        p.cell(0, 7, "Gestoría Migratoria Del Valle Alto, S.C.", new_x="LMARGIN", new_y="NEXT")
        p.font(8.5, "", "serif")
        p.cell(
            0,
            4.5,
            "Av. Constitución 1450 Ote., Local 7, Col. Centro, Monterrey, N.L.  "
            "Tel. 81 5550 2291  -  Trámites de visas de trabajo temporal",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_fill_color(120, 20, 30)
        p.rect(p.l_margin, p.get_y() + 1, p.w - p.l_margin - p.r_margin, 0.5, style="F")
        p.ln(5)

    letterhead()
    p.ttl("FICHA DE VACANTE - TEMPORADA H-2B 2026", 12.5, after=1)
    p.para("Folio de expediente: GMV-26-0588", 9, "B", "C", after=2)
    p.para(
        "Solicitante: Yesenia Guadalupe Treviño Cárdenas, originaria de Linares, N.L. "
        "Pasaporte mexicano G31870244 (la solicitante conserva su pasaporte; la gestoría solo "
        "guarda una fotocopia para el expediente).",
        9.5,
    )
    p.grid(
        [
            (
                "Empleador",
                "Lone Star Turf & Landscape, LLC, 8811 Cypress Creek Parkway, Houston, "
                "TX 77070, EE. UU.",
            ),
            (
                "Puesto",
                "Ayudante de jardinería: cortar pasto, podar arbustos, plantar flores y "
                "árboles, tender pasto en rollo e instalar riego",
            ),
            (
                "Lugar de trabajo",
                "Residencias y oficinas de clientes en los condados de Harris y Montgomery, Texas",
            ),
            ("Temporada", "Del 2 de marzo al 11 de diciembre de 2026"),
            ("Horario", "40 horas por semana, de lunes a viernes de 7:00 a 15:30"),
            ("Salario", "$16.45 dólares por hora"),
            ("Tiempo extra", "$24.68 por hora después de 40 horas a la semana"),
            ("Pago", "Cada semana, los viernes"),
            ("Requisitos", "Tres meses de experiencia en jardinería; poder cargar 50 libras"),
            (
                "Herramientas",
                "Podadoras, sopladoras, guantes y lentes de seguridad sin costo para el trabajador",
            ),
            (
                "Viaje de ida",
                "El autobús Monterrey-Houston lo reembolsa el empleador en el primer cheque",
            ),
            (
                "Visa",
                "La cuota de la visa (USD 205) la reembolsa el empleador en la primera semana "
                "de trabajo",
            ),
            (
                "Viaje de regreso",
                "El empleador paga el autobús de regreso a Monterrey al terminar la temporada",
            ),
        ],
        (38, 138),
        header=("Concepto", "Detalle"),
        bold_first=True,
        head_fill=(240, 225, 225),
    )
    p.heading("Documentos que debe traer", 10)
    p.bullets(
        [
            "Pasaporte vigente y una copia",
            "Acta de nacimiento y CURP",
            "Dos fotografías tamaño pasaporte con fondo blanco",
            "Constancia de experiencia firmada por su patrón anterior",
        ],
        9.5,
    )
    p.para(
        "Cita consular: Consulado General de los Estados Unidos en Monterrey, 17 de febrero "
        "de 2026 a las 7:30 horas. Preséntese 30 minutos antes con esta ficha.",
        9.5,
    )

    p.add_page()
    letterhead()
    y = p.get_y()
    p.font(15, "B", "serif")
    p.cell(110, 9, "RECIBO DE PAGO")
    p.set_draw_color(120, 20, 30)
    p.set_line_width(0.5)
    p.rect(p.w - p.r_margin - 66, y, 66, 16)
    p.set_xy(p.w - p.r_margin - 64, y + 1.5)
    p.font(8.5)
    p.cell(62, 4.5, "No. 0588", new_x="LEFT", new_y="NEXT")
    p.font(11, "B")
    p.cell(62, 7, "Bueno por $9,800.00 M.N.")
    p.set_line_width(0.2)
    p.set_y(y + 22)
    p.para(BX02_FEE1, 10.5, lh=5.6, after=3)
    p.font(10)
    p.cell(
        0,
        6,
        "Forma de pago:   [X] efectivo     [ ] transferencia     [ ] depósito a la "
        "cuenta BBVA 0147 2290 31",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.ln(3)
    p.para(
        "La cuota de la visa no está incluida en este recibo; la paga la solicitante en el "
        "banco y el empleador se la reembolsa en su primer cheque.",
        10,
        lh=5.2,
        after=3,
    )
    p.para(BX02_FEE2, 10, lh=5.2, after=3)
    p.para("Monterrey, N.L., a 2 de febrero de 2026.", 10, after=6)
    p.signatures(
        [
            [
                "Recibió",
                "Lic. Arturo Sepúlveda Garza",
                "por Gestoría Migratoria Del Valle Alto, S.C.",
            ],
            ["Entregó", "Yesenia Guadalupe Treviño Cárdenas"],
        ],
        size=9.5,
    )
    y = p.get_y() + 4
    p.set_draw_color(120, 20, 30)
    p.circle(p.w / 2, y + 14, 14)
    p.set_xy(p.w / 2 - 14, y + 12)
    p.font(7, "B")
    p.set_text_color(120, 20, 30)
    p.cell(28, 4, "SELLO", align="C")
    p.set_text_color(0, 0, 0)


# ---- bx03: generic (Nepal -> UAE) employment contract, English, compliant ---------------
@doc(
    {
        "file": "bx03.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Himalayan Crest Manpower Pvt. Ltd."],
        "traps": [
            "cost schedule with 'Paid by: Employer' for every item (agency service charge, "
            "visa, medical, orientation, insurance, air ticket)",
            "Foreign Employment Welfare Fund contribution paid by employer",
            "health insurance premium paid by employer",
            "no bond, guarantee or post-dated cheque (negated)",
            "no penalty or recruitment-cost recovery on resignation (negated)",
            "passport number; employee keeps passport, employer keeps a photocopy only",
            "end-of-service gratuity",
            "no curfew, free to leave the residence (negated movement restriction)",
        ],
        "doc_type": "work_contract",
        "layout": "A4; colored header band and footer; parties table; numbered clauses; "
        "three-column cost schedule (cost | paid by | worker pays); signature lines",
    },
    checks=[(1, "Bikash Raj Tamang"), (1, "AED 1,750"), (1, "Himalayan Crest Manpower Pvt. Ltd.")],
)
def bx03(p):
    p.ttl("EMPLOYMENT CONTRACT", 14, after=0)
    p.para("Contract No. SDH/HR/2027/0193 - made in Dubai on 6 December 2026", 9, "", "C", after=3)
    p.grid(
        [
            (
                "Employer",
                "Saffron Dunes Hospitality LLC, Office 1406, Al Moosa Tower 2, Sheikh "
                "Zayed Road, Dubai, United Arab Emirates (trade licence 774219)",
            ),
            (
                "Employee",
                "Bikash Raj Tamang, Nepali national, passport no. PA1187342, of "
                "Bidur-4, Nuwakot, Nepal",
            ),
            (
                "Recruiting agency",
                "Himalayan Crest Manpower Pvt. Ltd., licence no. 1187/074/075, "
                "Gaushala, Kathmandu, Nepal",
            ),
        ],
        (38, 136),
        bold_first=True,
        zebra=(244, 240, 230),
    )
    cl = [
        (
            "1. Position and duties.",
            "The Employee is engaged as Commis Chef (Commis II) in the "
            "hotel's main kitchen. He prepares vegetables, sauces and cold starters under the Chef "
            "de Partie, keeps his station clean and labelled, receives and stores deliveries, and "
            "follows the hotel's food-safety (HACCP) procedures.",
        ),
        ("2. Place of work.", "Saffron Dunes Marina Hotel, Al Marsa Street, Dubai Marina, Dubai."),
        (
            "3. Term.",
            "Two (2) years, from 1 February 2027 to 31 January 2029, including a "
            "probation period of six months.",
        ),
        (
            "4. Working hours.",
            "Eight (8) hours a day and forty-eight (48) hours a week, in "
            "shifts between 06:00 and 23:00, with one paid rest day each week. Overtime is paid at "
            "the basic hourly wage plus 25 percent, or plus 50 percent between 22:00 and 04:00.",
        ),
        (
            "5. Salary.",
            "Basic salary AED 1,750 (one thousand seven hundred and fifty dirhams) "
            "per month, plus a transport allowance of AED 250 per month. Meals are provided on "
            "duty.",
        ),
        (
            "6. Payment.",
            "Salary is paid monthly, not later than the 5th day of the following "
            "month, by bank transfer through the Wage Protection System to an account in the "
            "Employee's own name.",
        ),
        (
            "7. Deductions.",
            "No deduction is made from the salary except those permitted by UAE "
            "Federal Decree-Law No. 33 of 2021, such as amounts ordered by a court. No deduction "
            "may ever be made for recruitment, visa, medical, travel or accommodation costs.",
        ),
        (
            "8. Accommodation and transport.",
            "The Employer provides furnished shared "
            "accommodation (four persons per room) at its staff residence in Jebel Ali Industrial "
            "Area 1 and daily transport between the residence and the hotel, free of charge. "
            "Electricity, water, internet and laundry are also free.",
        ),
        (
            "9. Medical care and insurance.",
            "The Employer provides health insurance as required "
            "by the law of the Emirate of Dubai and pays the full premium. Medical examinations "
            "required for the residence visa are arranged and paid by the Employer.",
        ),
        (
            "10. Recruitment costs.",
            "The Employer bears all recruitment fees and related costs. "
            "The Employee has not paid and shall not be asked to pay any fee, deposit or cost to "
            "the Employer, to Himalayan Crest Manpower Pvt. Ltd. or to any other person to obtain "
            "or keep this job. The costs are listed in the schedule below.",
        ),
    ]
    for lead, body in cl:
        p.clause(lead, body, 9.3)
    p.grid(
        [
            ("Agency service charge (Himalayan Crest, invoice HCM-0427)", "Employer", "Nothing"),
            ("Nepal labour permit and Foreign Employment Welfare Fund", "Employer", "Nothing"),
            ("UAE entry permit, residence visa and Emirates ID", "Employer", "Nothing"),
            ("Medical fitness tests in Kathmandu and Dubai", "Employer", "Nothing"),
            ("Pre-departure orientation training", "Employer", "Nothing"),
            ("Health insurance premium", "Employer", "Nothing"),
            ("Air ticket Kathmandu - Dubai", "Employer", "Nothing"),
        ],
        (104, 36, 34),
        header=("Cost", "Paid by", "Worker pays"),
        size=8.6,
        head_fill=(236, 226, 200),
    )
    cl2 = [
        (
            "11. Passport and documents.",
            "The Employee keeps his passport, residence card and "
            "other personal documents. The Employer may take a photocopy only.",
        ),
        (
            "12. Annual leave.",
            "Thirty (30) calendar days of paid annual leave for each year of "
            "service, in addition to official public holidays.",
        ),
        (
            "13. Repatriation and gratuity.",
            "At the end of the contract, or if the Employer ends "
            "it early, the Employer pays the Employee's economy air ticket to Kathmandu and his "
            "end-of-service gratuity according to the law.",
        ),
        (
            "14. Termination.",
            "Either party may end this contract by giving thirty (30) days' "
            "written notice. The Employer may end it without notice only on the grounds listed in "
            "Article 44 of the Decree-Law, after a written investigation. An Employee who resigns "
            "is not charged any penalty or recruitment cost, and no bond, guarantee or post-dated "
            "cheque is required from him at any time.",
        ),
        (
            "15. Free time.",
            "The Employee may leave the staff residence in his free time and is "
            "not subject to any curfew.",
        ),
        (
            "16. Law and disputes.",
            "This contract is governed by UAE law. Disputes go first to "
            "the Ministry of Human Resources and Emiratisation.",
        ),
    ]
    for lead, body in cl2:
        p.clause(lead, body, 9.3)
    p.signatures(
        [["For the Employer", "Rania El-Khoury, HR Director"], ["Employee", "Bikash Raj Tamang"]]
    )


# ---- bx04: H-2A recruiter agreement, Spanish, 2 fees in a payee table ------------------
BX04_MED = "Examen médico y antidoping MXN 1,350 EL TRABAJADOR"
BX04_REG = "Registro en la bolsa de trabajo MXN 2,500 EL TRABAJADOR"


@doc(
    {
        "file": "bx04.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("medical_cost", "violation", 1, 1350.0, "MXN", BX04_MED),
            fee("recruitment_fee", "violation", 1, 2500.0, "MXN", BX04_REG),
        ],
        "missing_terms": ["wage_adjustment", "three_fourths_guarantee", "contract_impossibility"],
        "recruiters": ["Asesoría Agrícola Internacional Huasteca, S.C."],
        "traps": [
            "visa fee (USD 205) paid in advance by employer (payee column)",
            "bus ticket bought by employer",
            "Monterrey lodging reimbursed at half-contract (lawful h2a inbound subsistence)",
            "orientation talk at no cost",
            "free housing, free kitchen, free daily transport (h2a)",
            "worker keeps passport and visa",
            "complaints without reprisal",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column; declarations and ordinal clauses; gridded job-terms table; "
        "three-column cost table (concepto | monto | lo paga); signature lines",
    },
    checks=[
        (1, "Neuse Bottom Sweet Potato Farms, LLC"),
        (1, "$16.94 dólares por hora"),
        (1, "Asesoría Agrícola Internacional Huasteca, S.C."),
    ],
)
def bx04(p):
    p.ttl("CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO", 12.5, after=0)
    p.ttl("PROGRAMA DE TRABAJADORES AGRÍCOLAS TEMPORALES H-2A", 10.5, after=3)
    p.para(
        "En Ciudad Valles, San Luis Potosí, a 19 de enero de 2026, celebran el presente "
        'convenio Asesoría Agrícola Internacional Huasteca, S.C. (en lo sucesivo "LA '
        'AGENCIA"), representada por el Ing. Rogelio Zúñiga Herrera, y el C. Fortino '
        'Hernández Bautista, con domicilio en Tamazunchale, S.L.P. (en lo sucesivo "EL '
        'TRABAJADOR"), al tenor de las siguientes cláusulas.',
        9.5,
    )
    p.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA selecciona trabajadores por encargo de Neuse "
        "Bottom Sweet Potato Farms, LLC, 4120 Stantonsburg Road, Wilson, Carolina del Norte "
        '27893, EE. UU. (en lo sucesivo "EL EMPLEADOR"), para la temporada de camote 2026.',
    )
    p.clause(
        "SEGUNDA. Condiciones del empleo.",
        "Las condiciones que ofrece EL EMPLEADOR, según su orden de trabajo, son las siguientes:",
    )
    p.grid(
        [
            (
                "Puesto",
                "Trabajador agrícola: trasplante, deshierbe y cosecha a mano de camote; "
                "acomodo en cajas",
            ),
            ("Lugar", "Campos de EL EMPLEADOR en el condado de Wilson, Carolina del Norte"),
            ("Periodo", "Del 4 de mayo al 6 de noviembre de 2026"),
            ("Jornada", "8 horas diarias, de lunes a sábado (48 horas a la semana)"),
            ("Salario", "$16.94 dólares por hora, o $0.65 por cubeta de camote si resulta mayor"),
            ("Pago", "Semanal, los jueves, con talón de pago que detalla horas y descuentos"),
            ("Descuentos", "Solo el impuesto federal sobre la renta, si EL TRABAJADOR lo solicita"),
            ("Vivienda", "Gratuita, en el campamento de EL EMPLEADOR, 4150 Stantonsburg Road"),
            ("Comidas", "Cocina equipada de uso gratuito en el campamento"),
            ("Transporte diario", "Gratuito, del campamento a los campos y de regreso"),
            ("Herramientas", "Azadones, cuchillos y guantes sin costo"),
            ("Seguro de riesgos", "Seguro de compensación laboral pagado por EL EMPLEADOR"),
            ("Requisitos", "Experiencia mínima de una temporada en cultivo de hortalizas"),
            ("Viaje de ida", "Se reembolsa a la mitad del contrato, con los viáticos del camino"),
            ("Viaje de regreso", "Pagado por EL EMPLEADOR al terminar el contrato"),
        ],
        (40, 136),
        header=("Concepto", "Condición"),
        bold_first=True,
        size=8.8,
        head_fill=(222, 236, 222),
    )
    p.clause(
        "TERCERA. Gastos del proceso.",
        "Los gastos del proceso se reparten como se indica en el cuadro siguiente:",
    )
    p.grid(
        [
            ("Cuota de la visa H-2A (MRV)", "USD 205", "EL EMPLEADOR, por adelantado"),
            ("Autobús Ciudad Valles-Monterrey", "MXN 980", "EL EMPLEADOR compra el boleto"),
            (
                "Hospedaje en Monterrey (2 noches)",
                "MXN 1,300",
                "EL TRABAJADOR; se reembolsa a la mitad del contrato",
            ),
            ("Examen médico y antidoping", "MXN 1,350", "EL TRABAJADOR"),
            ("Registro en la bolsa de trabajo", "MXN 2,500", "EL TRABAJADOR"),
            ("Plática de orientación", "Sin costo", "LA AGENCIA"),
        ],
        (64, 26, 86),
        header=("Concepto", "Monto", "Lo paga"),
        size=8.8,
        head_fill=(222, 236, 222),
    )
    p.clause(
        "CUARTA. Forma de pago.",
        "Las cantidades a cargo de EL TRABAJADOR se pagan en la "
        "oficina de LA AGENCIA antes de la cita consular; LA AGENCIA entrega recibo "
        "foliado por cada pago.",
    )
    p.clause(
        "QUINTA. Documentos.",
        "EL TRABAJADOR conserva su pasaporte y su visa en todo "
        "momento; LA AGENCIA no puede retenerlos.",
    )
    p.clause(
        "SEXTA. Terminación.",
        "Si EL TRABAJADOR deja de presentarse a trabajar cinco "
        "días hábiles consecutivos sin aviso, se considera que abandonó el empleo. EL "
        "EMPLEADOR solo puede despedirlo por causa justificada.",
    )
    p.clause(
        "SÉPTIMA. Quejas.",
        "EL TRABAJADOR puede presentar quejas ante el Consulado de "
        "México en Raleigh o ante el Departamento del Trabajo de los Estados Unidos sin "
        "sufrir represalias.",
    )
    p.clause(
        "OCTAVA. Jurisdicción.",
        "Para la interpretación de este convenio las partes se "
        "someten a los tribunales de Ciudad Valles, San Luis Potosí.",
    )
    p.signatures(
        [
            ["LA AGENCIA", "Ing. Rogelio Zúñiga Herrera", "Firma y sello"],
            ["EL TRABAJADOR", "Fortino Hernández Bautista", "Firma o huella"],
        ]
    )


# ---- bx05: H-2B disclosure form, English, compliant ------------------------------------
@doc(
    {
        "file": "bx05.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Island Pathways Staffing Ltd."],
        "traps": [
            "recruitment service fee (US$650) paid by employer, in a 'who pays' table",
            "recruiter invoice issued to the employer, not the worker",
            "visa fee (US$205) reimbursed in first workweek",
            "airfare bought by employer",
            "'Registration / application fee: None'",
            "free orientation",
            "checkboxes: asked to pay a fee, deposit or bond? No; passport kept? No",
            "tools without charge or deposit",
            "no fee, penalty or forfeiture for resigning (negated)",
            "passport number",
            "'direct deposit' is a pay method",
        ],
        "doc_type": "disclosure_form",
        "layout": "form with shaded section bars; two-column key/value grids; four-column cost "
        "declaration table; checkbox questions; three signature lines",
    },
    checks=[
        (1, "Blue Ridge Grounds & Turf, Inc."),
        (1, "$17.74 per hour"),
        (1, "Island Pathways Staffing Ltd."),
    ],
)
def bx05(p):
    shade = (215, 228, 215)
    p.ttl("H-2B WORKER DISCLOSURE STATEMENT AND RECRUITMENT COST DECLARATION", 12, after=0)
    p.para(
        "Given to the worker before the visa interview. Keep this copy with your passport.",
        8.5,
        "I",
        "C",
        after=2,
    )
    p.heading("SECTION A - EMPLOYER, RECRUITER AND WORKER", 9.5, before=0, fill=shade)
    p.grid(
        [
            (
                "Employer",
                "Blue Ridge Grounds & Turf, Inc., 2207 Rockfish Gap Turnpike, Crozet, "
                "VA 22932, USA",
            ),
            ("Employer contact", "Lorraine Whitcomb, HR Manager, (434) 555-0186"),
            ("ETA case number", "H-400-26015-882731"),
            (
                "Recruiter in Jamaica",
                "Island Pathways Staffing Ltd., 14 Constant Spring Road, Kingston 10, Jamaica",
            ),
            (
                "Worker",
                "Delroy Anthony Whitfield, Old Harbour, St. Catherine; passport no. A4471935",
            ),
        ],
        (42, 134),
        bold_first=True,
        size=8.8,
    )
    p.heading("SECTION B - THE JOB", 9.5, before=0, fill=shade)
    p.grid(
        [
            (
                "Job title and duties",
                "Landscape laborer: mow, edge and trim lawns, plant shrubs "
                "and trees, spread mulch, rake leaves and clear storm debris",
            ),
            (
                "Place of work",
                "Customer properties in Albemarle, Greene and Nelson Counties, Virginia",
            ),
            ("Period", "April 6, 2026 to December 4, 2026"),
            ("Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."),
            (
                "Wage",
                "$17.74 per hour, or any higher prevailing or minimum wage that takes "
                "effect during the season, from its effective date",
            ),
            ("Overtime", "$26.61 per hour for hours over 40 in a workweek"),
            ("Pay frequency", "Every two weeks, by check or direct deposit"),
            (
                "Pay statements",
                "Each payday: hours offered, hours worked, rate, earnings and each deduction",
            ),
            (
                "Deductions",
                "Federal and Virginia income tax, Social Security and Medicare; nothing "
                "else without your written consent",
            ),
            (
                "Guarantee",
                "Hours equal to at least three-fourths of the workdays in each 12-week "
                "period, or the difference is paid",
            ),
            (
                "Tools",
                "Mowers, trimmers, hand tools, gloves, boots and safety glasses are provided "
                "without charge or deposit",
            ),
            ("Requirements", "Six months of landscaping experience; able to lift 50 lb"),
        ],
        (42, 134),
        bold_first=True,
        size=8.8,
    )
    p.heading("SECTION C - TRAVEL AND VISA", 9.5, before=0, fill=shade)
    p.bullets(
        [
            "Inbound travel: the employer buys your airline ticket from Kingston to Washington "
            "Dulles and pays for the hotel and meals on the way. If you pay any part of it "
            "yourself, the employer reimburses you in the first workweek.",
            "Visa: you pay the US$205 visa fee at the embassy and the employer reimburses it in "
            "full with your first paycheck.",
            "Return travel: if you complete the contract, or are dismissed early without cause, "
            "the employer pays your trip back to Kingston.",
        ],
        9,
    )
    p.add_page()
    p.heading("SECTION D - RECRUITMENT COST DECLARATION", 9.5, before=0, fill=shade)
    p.grid(
        [
            (
                "Recruitment and selection service (Island Pathways)",
                "US$650 per worker",
                "Employer",
                "No",
            ),
            ("Visa application (MRV) fee", "US$205", "Employer (reimbursed week 1)", "No"),
            ("Airfare Kingston - Washington Dulles", "about US$430", "Employer", "No"),
            ("Pre-departure orientation", "Free", "Island Pathways", "No"),
            ("Registration / application fee", "None", "-", "No"),
        ],
        (70, 32, 48, 26),
        header=("Cost", "Amount", "Who pays", "Charged to you?"),
        size=8.6,
        head_fill=shade,
    )
    p.para(
        "Invoice IPS-2026-118 for the recruitment service was issued on February 3, 2026 to "
        "Blue Ridge Grounds & Turf, Inc., not to the worker.",
        9,
    )
    p.font(9.5)
    p.cell(140, 6, "Has anyone asked you to pay a fee, deposit or bond for this job?")
    p.cell(0, 6, "[ ] Yes   [X] No", new_x="LMARGIN", new_y="NEXT")
    p.cell(140, 6, "Has anyone taken or kept your passport?")
    p.cell(0, 6, "[ ] Yes   [X] No", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("SECTION E - OTHER CONDITIONS", 9.5, before=0, fill=shade)
    p.bullets(
        [
            "Ending the job: if you miss five consecutive workdays without permission, the "
            "employer may treat it as abandonment and must report it. Dismissal for cause comes "
            "only after a written warning.",
            "If the work becomes impossible: if a storm, fire or other event beyond the employer's "
            "control makes the work impossible, the employer may end the contract early with "
            "Department of Labor approval, but it pays the three-fourths guarantee up to that date "
            "and your trip home.",
            "No penalty: you may resign at any time. No fee, penalty or forfeiture applies, and "
            "nobody may blacklist or threaten you for complaining.",
            "Housing: not provided. The employer gives you a list of local rentals and takes no "
            "part of your pay for rent.",
        ],
        9,
    )
    p.signatures(
        [
            ["Worker", "Delroy Anthony Whitfield", "Date: __________"],
            ["For the employer", "Lorraine Whitcomb", "Date: __________"],
            ["For the recruiter", "Island Pathways Staffing Ltd.", "Date: __________"],
        ],
        size=8.5,
    )


# ---- bx06: generic (Guatemala -> Chiapas) seasonal contract, Spanish, 2 fees ------------
BX06_VISA = (
    "El trámite de la Tarjeta de Visitante Trabajador Fronterizo (fotografías, "
    "constancia y copias) cuesta Q350, que LA EMPRESA adelanta y luego descuenta de la "
    "primera semana de pago."
)
BX06_HOLD = (
    "Para que EL TRABAJADOR no llegue sin dinero a su casa, LA EMPRESA guardará $300 "
    "pesos de cada pago semanal y le entregará lo juntado el último día de la cosecha."
)


@doc(
    {
        "file": "bx06.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee("visa_cost", "violation", 1, 350.0, "GTQ", BX06_VISA),
            fee("wage_withholding", "violation", 1, 300.0, "MXN", BX06_HOLD),
        ],
        "missing_terms": [],
        "recruiters": ["Contrataciones Agrícolas del Soconusco, S.A. de C.V."],
        "traps": [
            "lodging and three meals 'sin cobro alguno y sin descuento al salario'",
            "contractor paid by the employer ($450 per worker), may not ask the worker for money",
            "free truck from and back to the border bridge",
            "IMSS worker contribution (statutory payroll deduction)",
            "worker keeps DPI and border card; DPI number",
            "end-of-contract pay of 'aguinaldo' (a benefit, not a charge)",
        ],
        "doc_type": "work_contract",
        "layout": "one legal-size page; serif font; ordinal clauses (PRIMERA...); header "
        "band and footer; three signature lines (employer, worker/fingerprint, witness)",
    },
    checks=[
        (1, "Finca Santa Rosalía, S.P.R. de R.L."),
        (1, "$315.04 pesos por día"),
        (1, "Contrataciones Agrícolas del Soconusco, S.A. de C.V."),
    ],
)
def bx06(p):
    p.ttl("CONTRATO INDIVIDUAL DE TRABAJO POR OBRA DETERMINADA", 12.5, after=0)
    p.ttl("COSECHA DE CAFÉ 2026-2027", 11, after=3)
    p.para(
        "Que celebran por una parte Finca Santa Rosalía, S.P.R. de R.L., con domicilio en "
        "la carretera Tapachula-Nueva Alemania km 32, municipio de Tapachula, Chiapas, "
        "México, representada por su administrador el Sr. Heriberto Culebro Gordillo (en "
        'adelante "LA EMPRESA"), y por la otra el Sr. Rosendo Baltazar Pérez Mejía, de '
        "nacionalidad guatemalteca, originario de San Pablo, San Marcos, con Documento "
        'Personal de Identificación CUI 2417 60385 1209 (en adelante "EL TRABAJADOR"). EL '
        "TRABAJADOR fue reclutado por medio de Contrataciones Agrícolas del Soconusco, S.A. "
        'de C.V. (en adelante "EL CONTRATISTA"). Ambas partes se sujetan a las siguientes',
        10,
        lh=5,
    )
    p.ttl("CLÁUSULAS", 10.5, after=2)
    cl = [
        (
            "PRIMERA. Trabajo.",
            "EL TRABAJADOR se obliga a cortar a mano café cereza maduro, "
            "acarrear los costales al beneficio y ayudar en la limpia y en el despulpado los días "
            "en que no haya corte.",
        ),
        (
            "SEGUNDA. Lugar.",
            "Los cafetales y el beneficio de Finca Santa Rosalía, municipio de Tapachula, Chiapas.",
        ),
        ("TERCERA. Duración.", "Del 5 de octubre de 2026 al 30 de enero de 2027."),
        (
            "CUARTA. Jornada.",
            "De lunes a sábado, de 6:00 a 14:00 horas, con media hora para "
            "tomar alimentos; el domingo es día de descanso con goce de sueldo.",
        ),
        (
            "QUINTA. Salario.",
            "$4.20 (cuatro pesos con veinte centavos) por kilogramo de café "
            "cereza, con un mínimo garantizado de $315.04 pesos por día trabajado.",
        ),
        (
            "SEXTA. Pago.",
            "Cada sábado, en efectivo y con recibo firmado, en la oficina de la finca.",
        ),
        (
            "SÉPTIMA. Descuentos.",
            "Solo se descuentan la cuota obrera del IMSS y el impuesto que "
            "marca la ley, y lo previsto en la cláusula NOVENA.",
        ),
        (
            "OCTAVA. Vivienda y alimentos.",
            "LA EMPRESA da alojamiento en las galeras de la finca "
            "y tres tiempos de comida al día, sin cobro alguno y sin descuento al salario.",
        ),
        ("NOVENA. Permiso de trabajo.", BX06_VISA),
        ("DÉCIMA. Fondo de regreso.", BX06_HOLD),
        (
            "UNDÉCIMA. Transporte.",
            "LA EMPRESA lleva a EL TRABAJADOR en camión desde el puente "
            "fronterizo de Ciudad Hidalgo hasta la finca, y lo regresa al mismo puente al terminar "
            "el contrato, sin costo para él.",
        ),
        (
            "DUODÉCIMA. El contratista.",
            "EL CONTRATISTA recibe de LA EMPRESA $450 pesos por cada "
            "trabajador contratado y no puede pedir dinero ni favores a EL TRABAJADOR.",
        ),
        (
            "DECIMOTERCERA. Documentos.",
            "EL TRABAJADOR guarda en su poder su DPI y su tarjeta de trabajador fronterizo.",
        ),
        (
            "DECIMOCUARTA. Terminación.",
            "Cualquiera de las partes puede dar por terminado este "
            "contrato avisando con tres días de anticipación. LA EMPRESA solo puede despedir sin "
            "aviso por falta grave comprobada. Al terminar se paga a EL TRABAJADOR lo trabajado y "
            "la parte proporcional de su aguinaldo.",
        ),
        (
            "DECIMOQUINTA. Ley aplicable.",
            "En lo no previsto se aplica la Ley Federal del Trabajo "
            "y son competentes las autoridades laborales de Tapachula, Chiapas.",
        ),
    ]
    for lead, body in cl:
        p.clause(lead, body, 10, lh=5)
    p.para(
        "Leído que fue el presente contrato y enterados de su contenido, lo firman por "
        "duplicado en Tapachula, Chiapas, a 28 de septiembre de 2026.",
        10,
        lh=5,
    )
    p.signatures(
        [
            ["LA EMPRESA", "Heriberto Culebro Gordillo", "Administrador"],
            ["EL TRABAJADOR", "Rosendo Baltazar Pérez Mejía", "Firma o huella"],
            ["TESTIGO", "Nombre y firma"],
        ],
        size=9,
    )


# ---- bx07: H-2A offer letter, English, 1 fee (refundable room deposit) ------------------
BX07_DEP = (
    "A refundable $150 room deposit is taken from your first paycheck and returned at "
    "checkout if the room passes inspection."
)


@doc(
    {
        "file": "bx07.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 1,
        "fees": [fee("housing_charge", "violation", 1, 150.0, "USD", BX07_DEP)],
        "missing_terms": ["termination", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "lawful h2a meal charge within the cap ($15.50/day)",
            "no rent or utilities",
            "picking bags, ladders and pruners lent free of charge",
            "'direct deposit' is a pay method",
            "travel repaid at the half-way point",
            "workers' compensation paid by employer",
        ],
        "doc_type": "offer_letter",
        "layout": "one page; colored letterhead band; gridded two-column terms table; "
        "signature lines",
    },
    checks=[
        (1, "Lakeshore Ridge Orchards LLC, 9125 Ridge Road, Sodus, NY 14551"),
        (1, "$18.83 per hour"),
    ],
)
def bx07(p):
    p.set_fill_color(150, 35, 35)
    p.rect(0, 0, p.w, 24, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, 5)
    p.font(15, "B", "serif")
    p.cell(0, 7, "Lakeshore Ridge Orchards LLC", new_x="LMARGIN", new_y="NEXT")
    p.font(8.5)
    p.cell(
        0,
        5,
        "9125 Ridge Road, Sodus, NY 14551  -  (315) 555-0162  -  apples since 1921",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.set_text_color(0, 0, 0)
    p.set_y(29)
    p.para("June 8, 2026", 9.5, after=1)
    p.para(
        "Mr. Anselmo Quiej Batz\nAldea Chirijuyú, Tecpán, Chimaltenango, Guatemala",
        9.5,
        align="L",
        after=2,
    )
    p.para("Re: H-2A seasonal offer - apple harvest 2026", 10, "B", after=1)
    p.para(
        "Dear Mr. Quiej Batz, we are pleased to offer you seasonal farm work at our "
        "orchards. The terms of our certified job order are summarized below.",
        9.5,
    )
    p.grid(
        [
            ("Employer", "Lakeshore Ridge Orchards LLC, 9125 Ridge Road, Sodus, NY 14551"),
            (
                "Job",
                "Apple harvest worker: pick apples by hand into picking bags, empty them into "
                "bins, move ladders, and prune trees after harvest",
            ),
            (
                "Orchards",
                "Ridge Road and Lake Road blocks, Sodus and Williamson, Wayne County, New York",
            ),
            ("Season", "August 24, 2026 to November 20, 2026"),
            ("Hours", "8 hours a day, Monday to Saturday"),
            (
                "Pay",
                "$18.83 per hour, or $27.00 per bin when that pays more; if a higher AEWR or "
                "minimum wage takes effect, you are paid the higher rate",
            ),
            ("Payday", "Every Friday, by check or direct deposit, with an itemized pay stub"),
            ("Deductions", "Taxes required by law and items you authorize in writing"),
            (
                "Work guarantee",
                "Hours equal to 3/4 of the workdays in the season, or the difference in pay",
            ),
            ("Housing", "Rooms in our Lake Road farmhouse; no rent or utilities"),
            ("Housing deposit", BX07_DEP),
            (
                "Meals",
                "Three meals a day from the camp cook at $15.50 per day, within the maximum "
                "meal charge allowed by the Department of Labor",
            ),
            (
                "Travel to the job",
                "Bus and plane fare from Guatemala and meals on the road repaid "
                "at the half-way point, or in the first week if the law requires",
            ),
            ("Travel home", "Paid by us at the end of the season"),
            ("Daily rides", "Free bus between the farmhouse and the orchards"),
            ("Tools", "Picking bags, ladders and pruners are lent to you free of charge"),
            ("Injuries", "Workers' compensation insurance paid by the employer"),
            ("Experience", "One season of tree-fruit harvest; able to climb 12-foot ladders"),
        ],
        (36, 140),
        bold_first=True,
        size=8.8,
        head_fill=None,
    )
    p.para(
        "Please sign below and return a copy to us by WhatsApp or by mail before July 10, 2026.",
        9.5,
    )
    p.signatures(
        [
            ["Sincerely,", "Harold Van Dusen, Orchard Manager"],
            ["Accepted by", "Anselmo Quiej Batz     Date: __________"],
        ],
        before=2,
    )


# ---- bx08: H-2B contract, Spanish, compliant; page 3 is an image-only scan --------------
BX08_SCAN = [
    ("title", "ACUSE DE RECIBO Y FIRMAS"),
    ("small", "Hoopers Neck Seafood Company, Inc. - Contrato de trabajo H-2B 2026"),
    ("gap", 30),
    (
        "text",
        "Yo, Maricela Judith Ordaz Fuentes, con pasaporte mexicano número G28471903, "
        "recibí copia de este contrato en español el 12 de marzo de 2026 en Ciudad "
        "Victoria, Tamaulipas, y me explicaron cada cláusula antes de firmarlo.",
    ),
    (
        "text",
        "Declaro que no he pagado ninguna cuota ni depósito a nadie para obtener este "
        "empleo, y que conservo mi pasaporte en mi poder.",
    ),
    (
        "text",
        "Entiendo que puedo llamar al Departamento del Trabajo de los Estados Unidos al "
        "1-866-487-9243 si alguien me pide dinero o si no se cumple este contrato.",
    ),
    ("gap", 60),
    ("sig", ["Firma de la trabajadora", "Por el empleador: Dorothy Ann Messick"]),
    ("gap", 40),
    ("text", "Fecha: 12 de marzo de 2026          Lugar: Ciudad Victoria, Tamaulipas"),
    ("gap", 520),
    ("small", "Página 3 de 3"),
]


@doc(
    {
        "file": "bx08.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": True,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Servicios Laborales Costa Esmeralda, S.C."],
        "traps": [
            "'depósito directo' is a pay method",
            "visa (MRV) and border-crossing fees reimbursed in the first week",
            "negated deductions for housing, travel, visa, tools, recruitment",
            "tools 'sin costo alguno y sin depósito'",
            "optional housing without rent or security deposit",
            "agency's whole fee paid by the employer; nobody may ask for money, fianza or pagaré",
            "no blacklist or report to immigration for complaining",
            "'who pays' table: every cost paid by the employer",
            "scanned page: passport number; worker declares she paid no cuota or depósito",
        ],
        "doc_type": "work_contract",
        "layout": "numbered clauses (CLÁUSULA n) with header band and footer; page 3 is an "
        "image-only scanned signed acknowledgement, slightly rotated and noisy",
    },
    checks=[
        (1, "Hoopers Neck Seafood Company, Inc., 2715 Hoopersville Road"),
        (1, "$17.23 dólares por hora"),
        (2, "Servicios Laborales Costa Esmeralda, S.C."),
    ],
)
def bx08(p):
    p.ttl("CONTRATO DE TRABAJO TEMPORAL - PROGRAMA H-2B", 13, after=0)
    p.para("Orden de trabajo H-400-26008-731552  -  Temporada de jaiba 2026", 9, "", "C", after=3)
    p.grid(
        [
            (
                "EMPLEADOR",
                "Hoopers Neck Seafood Company, Inc., 2715 Hoopersville Road, Fishing "
                "Creek, Maryland 21634, EE. UU.",
            ),
            ("TRABAJADORA", "Maricela Judith Ordaz Fuentes, de Palmillas, Tamaulipas, México"),
        ],
        (36, 140),
        bold_first=True,
        size=9,
    )
    cl = [
        (
            "Puesto y tareas.",
            "Procesadora de jaiba (crab meat picker): pelar jaiba cocida al "
            "vapor, separar la carne por tipo (jumbo, lump y claw), empacarla en envases de una "
            "libra, pesar y etiquetar, y limpiar mesas y utensilios al final del turno.",
        ),
        (
            "Lugar de trabajo.",
            "Planta procesadora del empleador en 2715 Hoopersville Road, Fishing Creek, Maryland.",
        ),
        ("Periodo.", "Del 1 de abril al 15 de noviembre de 2026."),
        (
            "Horario.",
            "40 horas por semana, de lunes a viernes, de 5:00 a 13:30 horas, con 30 "
            "minutos para comer.",
        ),
        (
            "Salario.",
            "$17.23 dólares por hora. Si gana más por libra de carne empacada ($4.75 "
            "por libra), se le paga lo que resulte mayor. Si durante la temporada se publica un "
            "salario prevaleciente o un salario mínimo más alto, se le paga el más alto desde la "
            "fecha en que entre en vigor.",
        ),
        (
            "Horas extra.",
            "Las horas trabajadas después de 40 en una semana se pagan a $25.85 por hora.",
        ),
        (
            "Pago.",
            "Cada viernes, por cheque o por depósito directo a su cuenta. Con cada pago "
            "recibe un talón que muestra horas ofrecidas, horas trabajadas, libras, tarifa, "
            "descuentos y pago neto.",
        ),
        (
            "Descuentos.",
            "Solo se descuentan el impuesto federal y el de Maryland, el Seguro "
            "Social y Medicare. No se descuenta nada por vivienda, viaje, visa, herramientas ni "
            "reclutamiento.",
        ),
        (
            "Garantía de tres cuartas partes.",
            "En cada periodo de 12 semanas la empresa le "
            "ofrece trabajo por al menos tres cuartas partes de los días laborables, contados a 8 "
            "horas; si ofrece menos, paga la diferencia.",
        ),
        (
            "Viaje de ida y visa.",
            "La empresa paga el autobús desde Ciudad Victoria hasta "
            "Fishing Creek y los alimentos del camino. La cuota de la visa (MRV) y la del cruce "
            "fronterizo se las reembolsa en su primera semana de trabajo.",
        ),
        (
            "Viaje de regreso.",
            "Si termina el contrato, o si la empresa la despide antes sin "
            "causa, la empresa paga su autobús de regreso a Ciudad Victoria y los alimentos del "
            "camino.",
        ),
        (
            "Herramientas.",
            "Cuchillos, guantes, delantales, redecillas y botas de hule se "
            "entregan sin costo alguno y sin depósito.",
        ),
        (
            "Vivienda.",
            "La empresa ofrece, a quien la quiera, vivienda en la casa de 2690 "
            "Hoopersville Road, sin cobro de renta ni depósito de garantía.",
        ),
        (
            "Requisitos.",
            "No se requiere experiencia; la trabajadora debe poder estar de pie "
            "durante todo el turno y manejar cuchillo con seguridad.",
        ),
        (
            "Terminación.",
            "Si la trabajadora falta cinco días seguidos sin avisar, la empresa "
            "puede considerar que abandonó el trabajo y lo reporta al Departamento del Trabajo y "
            "al DHS. La empresa solo puede despedir por causa justificada, después de una "
            "advertencia por escrito.",
        ),
        (
            "Imposibilidad de cumplir.",
            "Si un huracán, un incendio u otra causa fuera del "
            "control de la empresa hace imposible el trabajo, el contrato puede terminar antes con "
            "permiso del Departamento del Trabajo; la empresa paga lo trabajado, la garantía hasta "
            "esa fecha y el viaje de regreso.",
        ),
        (
            "Reclutamiento.",
            "La empresa contrató a Servicios Laborales Costa Esmeralda, S.C., de "
            "Ciudad Victoria, Tamaulipas, y le paga toda su cuota. Ni la agencia ni nadie más "
            "puede pedirle a usted dinero, fianza, pagaré ni regalos por este trabajo.",
        ),
        (
            "Sus derechos.",
            "Usted guarda su pasaporte. Nadie la puede amenazar, poner en una "
            "lista negra ni reportar a migración por quejarse.",
        ),
    ]
    for i, (lead, body) in enumerate(cl, 1):
        p.clause(f"CLÁUSULA {i}. {lead}", body, 9.8, lh=4.9)
    p.heading("RESUMEN DE COSTOS: QUIÉN PAGA", 10, before=2, after=1.5)
    p.grid(
        [
            ("Cuota de la agencia de reclutamiento", "La empresa", "Directamente a la agencia"),
            (
                "Cuota de la visa (MRV) y cruce fronterizo",
                "La empresa",
                "Reembolso en la primera semana",
            ),
            (
                "Autobús Ciudad Victoria - Fishing Creek",
                "La empresa",
                "Boleto comprado por la empresa",
            ),
            ("Alimentos del camino (ida y regreso)", "La empresa", "En efectivo al salir"),
            ("Cuchillos, guantes, delantales y botas", "La empresa", "Sin depósito"),
            ("Renta de la vivienda (opcional)", "Nadie", "Sin costo"),
        ],
        (70, 32, 74),
        header=("Concepto", "Lo paga", "Cómo"),
        size=9,
        head_fill=(214, 226, 240),
    )
    p.para(
        "La trabajadora recibe este contrato en español antes de su cita en el consulado. "
        "La hoja de acuse de recibo firmada forma parte de este contrato.",
        9.5,
    )
    p.signatures(
        [
            [
                "Por el empleador",
                "Dorothy Ann Messick, gerente de planta",
                "Fishing Creek, 20 de febrero de 2026",
            ]
        ],
        width=90,
    )
    p.scanned_page(render_scan(BX08_SCAN, seed=808))


# ---- bx09: generic (Philippines -> Taiwan) factory contract, English, 3 fees -----------
BX09_BROKER = (
    "The Worker shall pay the Taiwan broker a monthly service fee of NT$1,800 in the "
    "first year, NT$1,700 in the second year and NT$1,500 in the third year, "
    "deducted from salary."
)
BX09_TRAIN = (
    "Before deployment the Worker completes a ten-day Mandarin language and "
    "machine-safety course at the Agency's training center in Manila; the course fee "
    "of PHP 9,500 is paid by the Worker."
)
BX09_DOCS = (
    "For safekeeping, the Worker's passport and Alien Resident Certificate are kept by "
    "the Broker and released to the Worker upon request for official transactions."
)


@doc(
    {
        "file": "bx09.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("recruitment_fee", "violation", 1, 1800.0, "TWD", BX09_BROKER),
            fee("training_cost", "violation", 1, 9500.0, "PHP", BX09_TRAIN),
            fee("document_retention", "violation", 1, None, None, BX09_DOCS),
        ],
        "missing_terms": ["termination"],
        "recruiters": [
            "Northstar Mabuhay Manpower Services Corp.",
            "Formosa Bridge Manpower Agency Co., Ltd.",
        ],
        "traps": [
            "Employment Stability Fee paid by employer",
            "statutory Labor Insurance / National Health Insurance worker share "
            "(payroll contribution, not insurance_cost)",
            "OWWA membership contribution paid by employer",
            "medical examinations, work permit and ARC fees paid by employer",
            "air tickets both ways paid by employer",
            "free meals and dormitory",
            "passport number",
            "complaints to the 1955 hotline without penalty",
            "annex table of employer-paid costs with amounts",
        ],
        "doc_type": "work_contract",
        "layout": "A4; parties table with shaded labels; numbered articles; page 2 annex table "
        "(item | amount | paid by); footer with contract number",
    },
    checks=[
        (1, "Hsinchu Precision Fasteners Co., Ltd."),
        (1, "NT$28,590"),
        (1, "Northstar Mabuhay Manpower Services Corp."),
        (1, "Formosa Bridge Manpower Agency Co., Ltd."),
        (2, "ANNEX A"),
    ],
)
def bx09(p):
    p.ttl("EMPLOYMENT CONTRACT FOR FOREIGN WORKER (MANUFACTURING)", 12.5, after=0)
    p.para("Republic of China (Taiwan) - Contract No. HPF-2027-0356", 9, "", "C", after=3)
    p.grid(
        [
            (
                "Employer",
                "Hsinchu Precision Fasteners Co., Ltd., No. 88, Sec. 2, Zhonghua Road, "
                "Hukou Township, Hsinchu County 303, Taiwan",
            ),
            ("Worker", "Jerome Dizon Macaraeg, Filipino, born 14 May 1996, passport no. P7740213B"),
            (
                "Philippine agency",
                "Northstar Mabuhay Manpower Services Corp., DMW licence "
                "114-LB-081526-R, Ermita, Manila",
            ),
            (
                "Taiwan broker",
                "Formosa Bridge Manpower Agency Co., Ltd., Zhubei City, Hsinchu County",
            ),
        ],
        (38, 136),
        bold_first=True,
        size=8.8,
        zebra=(238, 238, 238),
    )
    arts = [
        (
            "Article 1. Position.",
            "Machine operator: sets up and runs thread-rolling and "
            "heading machines, checks screws with gauges, packs finished goods and keeps the work "
            "area clean.",
        ),
        (
            "Article 2. Workplace.",
            "The Employer's factory at No. 88, Sec. 2, Zhonghua Road, "
            "Hukou Township, Hsinchu County.",
        ),
        (
            "Article 3. Term.",
            "Three (3) years from the Worker's arrival in Taiwan, expected on "
            "15 March 2027, to 14 March 2030.",
        ),
        (
            "Article 4. Hours.",
            "8 hours per day, 40 hours per week, Monday to Friday, day shift "
            "08:00 to 17:00 with a one-hour lunch break. Overtime is voluntary and paid according "
            "to the Labor Standards Act.",
        ),
        (
            "Article 5. Wage.",
            "Monthly basic wage NT$28,590 (twenty-eight thousand five hundred "
            "ninety New Taiwan dollars).",
        ),
        (
            "Article 6. Payment.",
            "Wages are paid once a month, on the 10th day of the following "
            "month, into a bank account opened in the Worker's own name, with a payslip.",
        ),
        (
            "Article 7. Deductions.",
            "The Employer deducts only (a) income tax, (b) the Worker's "
            "statutory share of Labor Insurance and National Health Insurance premiums, and (c) "
            "the broker's monthly service fee under Article 9.",
        ),
        (
            "Article 8. Board and lodging.",
            "Meals and dormitory accommodation are provided free of charge.",
        ),
        ("Article 9. Broker service fee.", BX09_BROKER),
        ("Article 10. Pre-departure training.", BX09_TRAIN),
        (
            "Article 11. Costs borne by the Employer.",
            "The Employer pays the Employment Stability "
            "Fee, the work permit and Alien Resident Certificate fees, the entry and periodic "
            "medical examinations in Taiwan, the OWWA membership contribution, and the air ticket "
            "from Manila to Taipei. The amounts are listed in Annex A.",
        ),
        ("Article 12. Safekeeping of documents.", BX09_DOCS),
        (
            "Article 13. Repatriation.",
            "At the end of the contract the Employer pays the "
            "Worker's air ticket from Taipei to Manila.",
        ),
        (
            "Article 14. Complaints.",
            "The Worker may call the 1955 Foreign Worker Hotline at any "
            "time, free of charge, without penalty.",
        ),
    ]
    for lead, body in arts:
        p.clause(lead, body, 9.2)
    p.add_page()
    p.ttl("ANNEX A - COSTS PAID BY THE EMPLOYER", 11.5, align="L", after=2)
    p.grid(
        [
            ("Employment Stability Fee", "NT$2,000 per month", "Employer"),
            ("Work permit and Alien Resident Certificate", "NT$1,600", "Employer"),
            (
                "Medical examinations in Taiwan (arrival, 6, 18 and 30 months)",
                "NT$1,900 each",
                "Employer",
            ),
            ("OWWA membership contribution", "USD 25", "Employer"),
            ("Air ticket Manila - Taipei", "actual fare", "Employer"),
            ("Air ticket Taipei - Manila at the end of the contract", "actual fare", "Employer"),
        ],
        (100, 44, 30),
        header=("Item", "Amount", "Paid by"),
        size=9,
    )
    p.signatures(
        [
            ["For the Employer", "Lin Mei-hua, Personnel Manager"],
            ["Worker", "Jerome Dizon Macaraeg"],
        ]
    )
    p.signatures(
        [
            ["For the Philippine agency", "Northstar Mabuhay Manpower Services Corp."],
            ["For the Taiwan broker", "Formosa Bridge Manpower Agency Co., Ltd."],
        ]
    )


# ---- bx10: H-2A contract in two columns, Spanish, compliant -----------------------------
@doc(
    {
        "file": "bx10.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Agencia de Empleo Temporal Río Moctezuma, S.C."],
        "traps": [
            "'depósito directo' is a pay method",
            "no rent or utility charge ('no hay cobro'); no deposit for beds, blankets or keys",
            "free kitchen and free weekly grocery trips",
            "visa and border-crossing fees reimbursed with the first check",
            "inbound travel reimbursed at half-contract",
            "tools 'sin costo alguno'; normal wear never charged (negated damage chargeback)",
            "workers' compensation paid in full by employer",
            "negated deductions ('no hay ningún descuento')",
            "agency's fee paid by employer; no cobro, fianza or depósito (negated)",
            "no blacklist for complaining",
        ],
        "doc_type": "work_contract",
        "layout": "page 1: two text columns of numbered clauses under a shaded title band; "
        "page 2: annex table of fields, help numbers, signature lines; footer",
    },
    checks=[
        (1, "Ohoopee River Onion Farms"),
        (1, "$16.08 por hora"),
        (1, "Agencia de Empleo Temporal Río Moctezuma, S.C."),
        (2, "ANEXO A. CAMPOS Y LUGARES DE TRABAJO"),
    ],
)
def bx10(p):
    p.set_fill_color(230, 236, 214)
    p.rect(p.l_margin, p.get_y(), p.w - p.l_margin - p.r_margin, 17, style="F")
    p.ln(1.5)
    p.ttl("CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL H-2A", 13, after=0)
    p.ttl("Temporada de cebolla dulce 2026  -  Orden de trabajo GA-2026-04117", 9.5, after=5)
    cl = [
        (
            "1. Empleador.",
            "Ohoopee River Onion Farms, Inc., 1820 Old Reidsville Highway, "
            "Lyons, Georgia 30436, EE. UU. Teléfono (912) 555-0139.",
        ),
        (
            "2. Trabajo.",
            "Trabajador agrícola: cosecha a mano de cebolla dulce (arrancar, cortar "
            "raíz y rabo con tijera, llenar costales y cubetas), carga de costales en remolques, "
            "deshierbe y trabajo en la empacadora.",
        ),
        (
            "3. Requisitos.",
            "Un mes de experiencia en cosecha de hortalizas y poder levantar 50 libras.",
        ),
        (
            "4. Lugar.",
            "Campos de la empresa en los condados de Toombs y Tattnall, Georgia, y la "
            "empacadora en 1850 Old Reidsville Highway, Lyons.",
        ),
        ("5. Periodo.", "Del 6 de abril al 26 de junio de 2026."),
        (
            "6. Jornada.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media hora para comer.",
        ),
        (
            "7. Salario.",
            "$16.08 por hora, o $1.25 por cubeta de cebolla si así gana más. "
            "Siempre se paga el más alto entre el AEWR, el salario prevaleciente y el mínimo "
            "legal; si alguno sube durante la temporada, se le paga el nuevo desde que entra en "
            "vigor.",
        ),
        (
            "8. Pago.",
            "Cada viernes, en cheque o por depósito directo. Cada talón de pago indica "
            "horas ofrecidas, horas trabajadas, cubetas, tarifa, ganancias, descuentos y pago "
            "neto.",
        ),
        (
            "9. Descuentos.",
            "Solo los impuestos que pide la ley y lo que usted autorice por "
            "escrito en su beneficio. No hay ningún descuento por vivienda, transporte, "
            "herramientas, visa ni reclutamiento.",
        ),
        (
            "10. Garantía.",
            "La empresa le ofrece trabajo por lo menos en tres cuartas partes de "
            "los días laborables del contrato; si no, le paga la diferencia.",
        ),
        (
            "11. Vivienda.",
            "Gratuita, en el campamento de 1900 Old Reidsville Highway. No hay "
            "cobro de renta, luz ni agua, y no se pide depósito por las camas, cobijas ni llaves.",
        ),
        (
            "12. Comidas.",
            "Cada cuarto tiene cocina equipada con estufa y refrigerador, de uso "
            "gratuito. La empresa lleva a los trabajadores al supermercado cada sábado, sin "
            "costo.",
        ),
        (
            "13. Viaje de ida.",
            "Al cumplir la mitad del contrato, la empresa le reembolsa el "
            "autobús desde su lugar de reclutamiento y los alimentos del camino. La cuota de la "
            "visa y la del cruce fronterizo se reembolsan en el primer cheque.",
        ),
        (
            "14. Viaje de regreso.",
            "Si termina el contrato, o si lo despiden antes sin causa, la "
            "empresa paga su regreso y los alimentos del camino.",
        ),
        ("15. Transporte diario.", "Autobús gratuito del campamento a los campos y de regreso."),
        (
            "16. Herramientas.",
            "Tijeras, cubetas, costales y guantes se dan sin costo alguno. El "
            "desgaste normal de las herramientas nunca se le cobra.",
        ),
        (
            "17. Seguro de trabajo.",
            "La empresa tiene seguro de compensación de trabajadores con "
            "Peach State Farm Mutual, póliza WC-41-88207, pagado totalmente por la empresa.",
        ),
        (
            "18. Terminación.",
            "Si falta cinco días seguidos sin permiso, se considera abandono y "
            "la empresa lo reporta al gobierno. Solo lo pueden despedir por causa justificada y "
            "con explicación por escrito.",
        ),
        (
            "19. Imposibilidad.",
            "Si una inundación, una granizada u otro desastre natural hace "
            "imposible el trabajo, el contrato puede terminar antes con permiso del Departamento "
            "del Trabajo; usted recibe lo ganado, la garantía hasta ese día y el viaje de "
            "regreso.",
        ),
        (
            "20. Reclutamiento.",
            "En México lo recluta la Agencia de Empleo Temporal Río "
            "Moctezuma, S.C. La empresa le paga a la agencia su cuota completa; la agencia no "
            "puede hacerle ningún cobro ni pedirle fianza o depósito.",
        ),
        (
            "21. Sus derechos.",
            "Usted conserva su pasaporte. Nadie lo puede castigar ni poner en "
            "una lista negra por quejarse.",
        ),
    ]
    with p.text_columns(ncols=2, gutter=8, text_align="J") as cols:
        for lead, body in cl:
            p.font(9.8, "B")
            cols.write(lead + " ")
            p.font(9.8)
            cols.write(body)
            cols.ln()
            cols.ln(0.5)
    p.add_page()
    p.ttl("ANEXO A. CAMPOS Y LUGARES DE TRABAJO", 11, align="L", after=2)
    p.grid(
        [
            ("Campo Collins", "Condado de Tattnall", "Highway 280 y Collins Road"),
            ("Campo Cobbtown", "Condado de Tattnall", "Cobbtown Road, milla 4"),
            ("Campo Ohoopee", "Condado de Toombs", "River Bend Road, junto al río Ohoopee"),
            ("Empacadora", "Condado de Toombs", "1850 Old Reidsville Highway, Lyons"),
            ("Campamento", "Condado de Toombs", "1900 Old Reidsville Highway, Lyons"),
        ],
        (44, 44, 88),
        header=("Lugar", "Condado", "Dirección"),
        size=9,
        head_fill=(230, 236, 214),
    )
    p.ttl("ANEXO B. TELÉFONOS DE AYUDA", 11, align="L", after=2)
    p.bullets(
        [
            "Oficina de la empresa: (912) 555-0139, de lunes a viernes de 8:00 a 17:00",
            "Línea para denunciar cobros indebidos de cualquier reclutador: (912) 555-0188",
            "Departamento del Trabajo de EE. UU. (División de Horas y Salarios): 1-866-487-9243",
            "Consulado de México en Atlanta: (404) 266-2233",
        ],
        9.5,
    )
    p.para(
        "El trabajador declara que recibió este contrato en español antes de su entrevista "
        "para la visa.",
        9.5,
    )
    p.signatures(
        [
            ["Por la empresa", "Wendell Sapp Durrence, presidente"],
            ["El trabajador", "Nombre y firma"],
        ]
    )


# ---- bx11: H-2B offer letter, English, 3 fees --------------------------------------------
BX11_HOUSE = (
    "Staff housing is available in our Cottage Street dormitory for $70 per week, "
    "deducted from each paycheck; you may instead rent privately."
)
BX11_VISA = "The H-2B visa fee (US$205) is a personal expense of the worker and is not reimbursed."
BX11_PEN = (
    "If you leave before October 24, 2026 without the Lodge's consent, you agree to pay "
    "the Lodge liquidated damages equal to two weeks' wages to cover the cost of "
    "replacing you."
)


@doc(
    {
        "file": "bx11.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee("housing_charge", "review", 1, 70.0, "USD", BX11_HOUSE),
            fee("visa_cost", "violation", 1, 205.0, "USD", BX11_VISA),
            fee("breach_penalty", "violation", 1, None, None, BX11_PEN),
        ],
        "missing_terms": ["visa_reimbursement", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "'late check-out fees' billed to guests are a job duty",
            "uniforms, supplies and carts provided and laundered at no cost",
            "airline ticket bought by employer; return ticket paid",
            "'direct deposit' is a pay method",
            "no recruiter; nobody may charge for the job",
        ],
        "doc_type": "offer_letter",
        "layout": "letter with serif letterhead; four-column 'at a glance' box; numbered "
        "conditions; signature lines",
    },
    checks=[
        (1, "Pine Harbor Lodge & Marina, LLC, 7 Wharf Street, Bar Harbor, ME 04609"),
        (1, "$16.92 per hour"),
    ],
)
def bx11(p):
    p.font(17, "B", "serif")
    p.set_text_color(20, 60, 90)
    p.cell(0, 8, "Pine Harbor Lodge & Marina", align="C", new_x="LMARGIN", new_y="NEXT")
    p.font(8.5, "", "serif")
    p.cell(
        0,
        4.5,
        "7 Wharf Street  -  Bar Harbor, Maine 04609  -  (207) 555-0193",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.set_text_color(0, 0, 0)
    p.set_draw_color(20, 60, 90)
    p.line(p.l_margin + 30, p.get_y() + 2, p.w - p.r_margin - 30, p.get_y() + 2)
    p.ln(7)
    p.para("March 2, 2026", 9.5, after=1)
    p.para(
        "Ms. Shanice Camille Barrett\n22 Brunswick Avenue, Spanish Town, St. Catherine, Jamaica",
        9.5,
        align="L",
        after=2,
    )
    p.para("Re: Offer of seasonal H-2B employment - Room Attendant", 10, "B", after=1)
    p.para(
        "Dear Ms. Barrett, thank you for interviewing with us. We are happy to offer you a "
        "seasonal position on the conditions below, which follow our approved job order.",
        9.5,
    )
    p.grid(
        [
            ("Position", "Room Attendant", "Start", "May 11, 2026"),
            ("Wage", "$16.92 per hour", "End", "October 24, 2026"),
            (
                "Overtime",
                "$25.38 per hour over 40 hours",
                "Hours",
                "40 per week: five 8-hour shifts, 7:00 a.m. to 3:30 p.m.",
            ),
            (
                "Payday",
                "Every other Thursday",
                "Workplace",
                "Pine Harbor Lodge & Marina, 7 Wharf Street, Bar Harbor, Maine",
            ),
        ],
        (24, 58, 24, 70),
        size=8.8,
        zebra=(236, 243, 248),
    )
    conds = [
        ("1. Employer.", "Pine Harbor Lodge & Marina, LLC, 7 Wharf Street, Bar Harbor, ME 04609."),
        (
            "2. Duties.",
            "Clean and make up guest rooms and suites, change linens and towels, "
            "restock amenities, report maintenance problems, and record minibar use and late "
            "check-out fees on the housekeeping tablet so that the front desk can bill them to "
            "guests.",
        ),
        (
            "3. Requirements.",
            "Three months of hotel housekeeping experience; able to push a "
            "loaded cart and lift 30 lb.",
        ),
        (
            "4. Wage.",
            "Your rate is $16.92 per hour. If a higher prevailing wage or minimum wage "
            "takes effect during the season, you will be paid the higher rate from that date.",
        ),
        (
            "5. Guarantee.",
            "We will offer you hours equal to at least three-fourths of the "
            "workdays in each 12-week period; if we do not, we pay the difference.",
        ),
        (
            "6. Pay and pay statements.",
            "You are paid every other Thursday by direct deposit or "
            "pay card, with a statement of hours offered, hours worked, rate, earnings and "
            "deductions.",
        ),
        (
            "7. Deductions.",
            "Federal and Maine income tax, Social Security and Medicare, and the "
            "housing charge in item 9 if you choose employer housing.",
        ),
        (
            "8. Uniforms and supplies.",
            "Uniforms, cleaning supplies and carts are provided, and "
            "uniforms are laundered by the Lodge, at no cost to you.",
        ),
        ("9. Housing.", BX11_HOUSE),
        (
            "10. Travel.",
            "We will buy your airline ticket from Kingston to Bangor and provide a "
            "shuttle to Bar Harbor. If you complete the season, or if we let you go early for a "
            "reason other than cause, we pay your return ticket to Kingston.",
        ),
        ("11. Visa.", BX11_VISA),
        ("12. Early departure.", BX11_PEN),
        (
            "13. Ending employment.",
            "The Lodge may dismiss you for cause after a written "
            "warning. If you miss five consecutive shifts without notice, we will treat this as "
            "abandonment and notify the Department of Labor and DHS.",
        ),
        (
            "14. No recruitment fees.",
            "We do not use a recruiter, and nobody may charge you for this job.",
        ),
    ]
    for lead, body in conds:
        p.clause(lead, body, 9.6, lh=4.8)
    p.para("If you accept, please sign and return this letter by March 20, 2026.", 9.5)
    p.signatures(
        [
            ["Warm regards,", "Eleanor Gradwell, General Manager"],
            ["Accepted", "Shanice Camille Barrett     Date: __________"],
        ],
        before=3,
    )


# ---- bx12: generic (Honduras -> Spain) offer and conditions, Spanish, compliant ----------
@doc(
    {
        "file": "bx12.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Agencia de Colocación Puente Atlántico, S. de R.L."],
        "traps": [
            "statutory Social Security contribution and IRPF withholding (not insurance_cost)",
            "agency's selection fees paid by employer",
            "visa, TIE fee (modelo 790), medical check and travel insurance paid by employer",
            "'no paga ninguna cuota, ni por inscripción ni por trámite' (negated)",
            "no fianza, depósito ni aval (negated)",
            "no penalty for early return; return ticket still paid",
            "free lodging and utilities ('sin cobro alguno')",
            "flights paid by employer, 'no se descuenta del salario'",
            "passport number; worker keeps passport",
            "criminal-record certificate arranged and paid by the employer",
            "free to leave the farm (negated movement restriction)",
        ],
        "doc_type": "offer_letter",
        "layout": "A4; letterhead with rule; gridded condition/detail table; prose sections "
        "under capitalised headings; page 2 checklist, schedule table, signatures; footer",
    },
    checks=[
        (1, "Agrícola Marisma Dorada, S.L."),
        (1, "62,15 euros"),
        (1, "Agencia de Colocación Puente Atlántico, S. de R.L."),
        (2, "CALENDARIO PREVISTO"),
    ],
)
def bx12(p):
    p.font(15, "B", "serif")
    p.set_text_color(0, 90, 70)
    p.cell(0, 8, "Agrícola Marisma Dorada, S.L.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(60, 60, 60)
    p.font(8.5, "", "serif")
    p.cell(
        0,
        4.5,
        "CIF B21587346  -  Camino de la Rocina s/n, 21800 Moguer (Huelva), España  -  "
        "Tel. +34 959 555 218",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.set_text_color(0, 0, 0)
    p.set_draw_color(0, 90, 70)
    p.set_line_width(0.6)
    p.line(p.l_margin, p.get_y() + 2, p.w - p.r_margin, p.get_y() + 2)
    p.set_line_width(0.2)
    p.ln(6)
    p.ttl("OFERTA DE EMPLEO Y CONDICIONES DE CONTRATACIÓN EN ORIGEN", 12, after=0)
    p.ttl("Campaña de frutos rojos 2027", 10, after=3)
    p.para(
        "Destinataria: Dunia Marisol Cárcamo Zelaya, pasaporte hondureño n.º F3390147, con "
        "domicilio en Danlí, El Paraíso, Honduras.",
        9.5,
    )
    p.para(
        "Tras la entrevista realizada en Tegucigalpa el 9 de noviembre de 2026, Agrícola "
        "Marisma Dorada, S.L. le ofrece un contrato de trabajo de temporada en las "
        "condiciones siguientes:",
        9.5,
    )
    p.grid(
        [
            (
                "Empresa",
                "Agrícola Marisma Dorada, S.L., Camino de la Rocina s/n, 21800 Moguer "
                "(Huelva), España",
            ),
            ("Trabajadora", "Dunia Marisol Cárcamo Zelaya"),
            (
                "Puesto",
                "Peona agrícola: recolección de fresa y frambuesa, limpieza de plantas y "
                "carga de cajas en los invernaderos",
            ),
            ("Lugar de trabajo", "Fincas de la empresa en Moguer y Lucena del Puerto (Huelva)"),
            ("Duración", "Del 15 de febrero al 15 de junio de 2027"),
            ("Jornada", "6 horas y 30 minutos diarios, de lunes a sábado (39 horas semanales)"),
            (
                "Salario",
                "62,15 euros brutos por jornada completa, según el convenio colectivo del "
                "campo de Huelva",
            ),
            ("Pago", "Mensual, por transferencia bancaria, antes del día 5 del mes siguiente"),
            (
                "Descuentos",
                "Solo la cotización obligatoria de la trabajadora a la Seguridad Social "
                "y la retención del IRPF que marca la ley",
            ),
            ("Alojamiento", "Gratuito, en la finca, con agua, luz y gas sin cobro alguno"),
            (
                "Viaje de ida",
                "Billete San Pedro Sula-Madrid y autobús a Moguer pagados por la "
                "empresa; no se descuenta del salario",
            ),
            (
                "Viaje de regreso",
                "Billete Madrid-San Pedro Sula pagado por la empresa al final de la campaña",
            ),
        ],
        (36, 138),
        header=("Condición", "Detalle"),
        bold_first=True,
        size=8.8,
        head_fill=(214, 234, 226),
    )
    secs = [
        (
            "GASTOS DEL PROCESO",
            "La empresa abona todos los gastos del proceso: los honorarios "
            "de selección de la Agencia de Colocación Puente Atlántico, S. de R.L., el visado, la "
            "tasa de la Tarjeta de Identidad de Extranjero (modelo 790), el reconocimiento médico "
            "y el seguro de viaje. La trabajadora no paga ninguna cuota, ni por inscripción ni por "
            "trámite.",
        ),
        (
            "GARANTÍAS",
            "No se exige fianza, depósito ni aval de ningún tipo. La trabajadora "
            "conserva su pasaporte en todo momento.",
        ),
        (
            "REGRESO ANTICIPADO",
            "Si la trabajadora decide regresar antes de tiempo, no pagará "
            "penalización alguna y la empresa le paga igualmente el billete de vuelta.",
        ),
        (
            "TERMINACIÓN",
            "Cualquiera de las partes puede dar por terminado el contrato con un "
            "preaviso de quince días. La empresa solo puede despedir por las causas previstas en "
            "el Estatuto de los Trabajadores, mediante carta que explique el motivo.",
        ),
        (
            "TIEMPO LIBRE",
            "La trabajadora puede salir de la finca y recibir visitas en su tiempo libre.",
        ),
    ]
    for head, body in secs:
        p.heading(head, 9.5, before=1.5, after=0.5)
        p.para(body, 9.5)
    p.add_page()
    p.heading("DOCUMENTACIÓN QUE DEBE PRESENTAR", 9.5, before=0, after=1)
    p.bullets(
        [
            "Pasaporte con vigencia mínima de un año (original y copia)",
            "Certificado de antecedentes penales apostillado (lo tramita y paga la empresa "
            "por medio de la agencia)",
            "Dos fotografías recientes a color",
        ],
        9.5,
    )
    p.heading("CALENDARIO PREVISTO", 9.5, before=1, after=1.5)
    p.grid(
        [
            ("Firma de la oferta", "hasta el 30 de noviembre de 2026", "Tegucigalpa"),
            ("Cita para el visado", "enero de 2027", "Embajada de España, Tegucigalpa"),
            ("Vuelo de ida", "12 de febrero de 2027", "San Pedro Sula - Madrid"),
            ("Inicio del trabajo", "15 de febrero de 2027", "Moguer (Huelva)"),
            ("Vuelo de regreso", "entre el 16 y el 20 de junio de 2027", "Madrid - San Pedro Sula"),
        ],
        (48, 62, 64),
        header=("Etapa", "Fecha", "Lugar"),
        size=9,
        head_fill=(214, 234, 226),
    )
    p.para(
        "Si tiene dudas sobre esta oferta, puede escribir a personal@marismadorada.es o "
        "llamar a la agencia. Nadie está autorizado a pedirle dinero en nombre de la empresa.",
        9.5,
    )
    p.signatures(
        [
            ["Por la empresa", "Inmaculada Borrero Vázquez", "Jefa de Personal"],
            ["Aceptación de la trabajadora", "Dunia Marisol Cárcamo Zelaya", "Fecha: ____________"],
        ]
    )


# --------------------------------------------------------------------------------------
# Per-document page setup
# --------------------------------------------------------------------------------------
OPTS = {
    "bx01": dict(
        fmt="letter",
        band=(45, 90, 60),
        header_text="Skagit Flats Berry Company LLC  |  H-2A Clearance Order WA-2026-11452",
        footer_text="Clearance order WA-2026-11452 - worker's copy - page {n} of {{nb}}",
    ),
    "bx02": dict(fmt="letter"),
    "bx03": dict(
        fmt="A4",
        band=(130, 95, 40),
        header_text="SAFFRON DUNES HOSPITALITY LLC  -  HUMAN RESOURCES",
        footer_text="Contract SDH/HR/2027/0193 - page {n} of {{nb}} - Employer "
        "initials ____  Employee initials ____",
    ),
    "bx04": dict(
        fmt="letter",
        footer_text="Asesoría Agrícola Internacional Huasteca - convenio AAIH-26-0117 - Página {n}",
    ),
    "bx05": dict(
        fmt="letter",
        band=(45, 95, 60),
        header_text="Blue Ridge Grounds & Turf, Inc.  -  H-2B worker disclosure",
        footer_text="Form BRG-D1 (rev. 01/2026) - page {n} of {{nb}}",
    ),
    "bx06": dict(
        fmt="legal",
        font="serif",
        band=(95, 60, 30),
        header_text="Finca Santa Rosalía  -  Contrato de temporada",
        footer_text="Contrato FSR-2026-0412 - Hoja {n} de {{nb}}",
    ),
    "bx07": dict(fmt="letter"),
    "bx08": dict(
        fmt="letter",
        band=(30, 80, 120),
        header_text="Hoopers Neck Seafood Company, Inc. - Contrato de trabajo H-2B 2026",
        footer_text="Página {n} de {{nb}}",
    ),
    "bx09": dict(fmt="A4", font="cond", footer_text="Contract No. HPF-2027-0356 - page {n}/{{nb}}"),
    "bx10": dict(
        fmt="letter", footer_text="Ohoopee River Onion Farms - contrato H-2A 2026 - p. {n}/{{nb}}"
    ),
    "bx11": dict(
        fmt="letter",
        font="serif",
        footer_text="Pine Harbor Lodge & Marina - offer of employment - page {n}",
    ),
    "bx12": dict(
        fmt="A4",
        footer_text="Agrícola Marisma Dorada, S.L. - oferta de empleo 2027 - página {n} de {{nb}}",
    ),
}
SCANNED_PAGES = {"bx08.pdf": [3]}

# --------------------------------------------------------------------------------------
# Taxonomy facts used by the label validator
# --------------------------------------------------------------------------------------
FEE_CATEGORIES = [
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
]
TERMS = [
    ("employer_identity", "abg"),
    ("worker_identity", "g"),
    ("job_duties", "abg"),
    ("work_location", "abg"),
    ("employment_period", "abg"),
    ("hours_of_work", "abg"),
    ("wage_rate", "abg"),
    ("wage_adjustment", "ab"),
    ("overtime", "b"),
    ("pay_frequency", "abg"),
    ("deductions", "abg"),
    ("three_fourths_guarantee", "ab"),
    ("housing", "a"),
    ("meals", "a"),
    ("inbound_transportation", "ab"),
    ("return_transportation", "abg"),
    ("daily_transportation", "a"),
    ("visa_reimbursement", "b"),
    ("tools_provided", "ab"),
    ("workers_compensation", "a"),
    ("earnings_statements", "ab"),
    ("termination", "abg"),
    ("contract_impossibility", "ab"),
    ("job_requirements", "ab"),
]
PROG_KEY = {"h2a": "a", "h2b": "b", "generic": "g"}
KEYS = [
    "file",
    "program",
    "language",
    "scanned",
    "pages",
    "fees",
    "missing_terms",
    "recruiters",
    "traps",
    "doc_type",
    "layout",
]


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


# --------------------------------------------------------------------------------------
# Build and self-check
# --------------------------------------------------------------------------------------
def build(out):
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for fname, fn, label, _checks in DOCS:
        p = Doc(**OPTS[fname[:-4]])
        p.add_page()
        fn(p)
        p.output(str(out / fname))
        labels.append(label)
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return labels


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_variants(pg):
    """Normalized text of the page, plus of its left and right halves (two-column pages)."""
    w = pg.width
    return [
        norm(pg.extract_text()),
        norm(pg.crop((0, 0, w / 2, pg.height)).extract_text()),
        norm(pg.crop((w / 2, 0, w, pg.height)).extract_text()),
    ]


def validate_label(lab, errors):
    f = lab["file"]
    if list(lab.keys()) != KEYS:
        errors.append(f"{f}: label keys {list(lab.keys())}")
    if lab["program"] not in PROG_KEY or lab["language"] not in ("en", "es", "en+es"):
        errors.append(f"{f}: bad program/language")
    req = [t for t, progs in TERMS if PROG_KEY[lab["program"]] in progs]
    if any(t not in req for t in lab["missing_terms"]):
        errors.append(f"{f}: missing_terms not required by program: {lab['missing_terms']}")
    if lab["missing_terms"] != [t for t in req if t in lab["missing_terms"]]:
        errors.append(f"{f}: missing_terms not in taxonomy order")
    for fe in lab["fees"]:
        if fe["category"] not in FEE_CATEGORIES:
            errors.append(f"{f}: unknown category {fe['category']}")
        if fe["severity"] != expected_severity(fe["category"], lab["program"]):
            errors.append(
                f"{f}: severity of {fe['category']} should be "
                f"{expected_severity(fe['category'], lab['program'])}"
            )
        if not 1 <= fe["page"] <= lab["pages"]:
            errors.append(f"{f}: fee page out of range")
        if fe["page"] in SCANNED_PAGES.get(f, []):
            errors.append(f"{f}: a fee is placed on the scanned page")
        if (fe["amount"] is None) != (fe["currency"] is None):
            errors.append(f"{f}: amount/currency mismatch")
    if lab["scanned"] != bool(SCANNED_PAGES.get(f)):
        errors.append(f"{f}: scanned flag disagrees with SCANNED_PAGES")


def selfcheck(out, labels):
    import pdfplumber

    errors = []
    n_scanned = sum(1 for lab in labels if lab["scanned"])
    if n_scanned != 1:
        errors.append(f"expected exactly one scanned document, found {n_scanned}")
    if len(labels) != 12:
        errors.append(f"expected 12 documents, found {len(labels)}")
    for fname, _fn, lab, checks in DOCS:
        validate_label(lab, errors)
        scanned = SCANNED_PAGES.get(fname, [])
        with pdfplumber.open(str(out / fname)) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{fname}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, pg in enumerate(pdf.pages, 1):
                if i in scanned:
                    if pg.chars or norm(pg.extract_text()) or not pg.images:
                        errors.append(f"{fname} p{i}: scanned page has a text layer or no image")
                    texts[i] = []
                else:
                    if len(pg.chars) < 50:
                        errors.append(f"{fname} p{i}: text page has (almost) no text")
                    if pg.images:
                        errors.append(f"{fname} p{i}: unexpected image on a text page")
                    texts[i] = page_variants(pg)
            wanted = list(checks) + [(fe["page"], fe["quote"]) for fe in lab["fees"]]
            for page, phrase in wanted:
                if not any(norm(phrase) in t for t in texts.get(page, [])):
                    errors.append(f"{fname} p{page}: phrase not found: {phrase[:70]!r}")
            alltext = [t for v in texts.values() for t in v]
            for name in lab["recruiters"]:
                if not any(norm(name) in t for t in alltext):
                    errors.append(f"{fname}: recruiter name not found: {name!r}")
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    labels = build(out)
    errors = selfcheck(out, labels)
    for e in errors:
        print("SELF-CHECK FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    print(f"wrote {len(labels)} PDFs and labels.json to {out}; self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
