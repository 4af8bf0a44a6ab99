"""Build the blind held-out batch "as": 12 labelled contract PDFs (as01.pdf ... as12.pdf).

Usage:  python tests/contracts/analysis/heldout_as/build.py OUT_DIR

Deterministic: no randomness, no clock. Every fee quote in labels.json is checked against
the pdfplumber text of its labelled page (whitespace-normalized); image-only (scanned) pages
are skipped. The script exits non-zero on any mismatch.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import sys
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "labels.json")
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/liberation",
    "/usr/share/fonts/truetype",
    "/usr/share/fonts",
]


def font_path(name: str) -> str:
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    for d in FONT_DIRS:
        for root, _dirs, files in os.walk(d):
            if name in files:
                return os.path.join(root, name)
    raise SystemExit(f"font not found: {name}")


FAMILIES = {
    "dv": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "ls": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "lsr": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
}

BOLD = FontFace(emphasis="BOLD")


class Doc(FPDF):
    """FPDF with Unicode fonts, a fixed creation date and small layout helpers."""

    def __init__(
        self,
        fmt="Letter",
        family="dv",
        footer=None,
        margins=(20, 16, 20),
        bottom=18,
        title="",
        author="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, files in FAMILIES.items():
            for style, fname in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, font_path(fname))
        self.set_creation_date(FIXED_DATE)
        self.set_producer("office-suite")
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.fam = family
        self.footer_text = footer
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.alias_nb_pages()
        self.set_font(family, "", 10)

    # page furniture -------------------------------------------------------------------
    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.fam, "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def band(self, title, subtitle=None, rgb=(31, 72, 112), h=22, size=15, sub_size=8.5):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, h, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 5)
        self.set_font(self.fam, "B", size)
        self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        if subtitle:
            self.set_font(self.fam, "", sub_size)
            self.cell(0, 5, subtitle, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(h + 5)

    # text ------------------------------------------------------------------------------
    def hd(self, text, size=10.5, before=2.5, after=1, color=None, family=None):
        self.ln(before)
        self.set_font(family or self.fam, "B", size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def para(
        self,
        text,
        size=9.5,
        style="",
        align="L",
        lh=None,
        after=1.6,
        indent=0.0,
        color=None,
        family=None,
    ):
        self.set_font(family or self.fam, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh or size * 0.47,
            text,
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def labelled(self, label, text, size=9.5, after=1.6, family=None, label_w=None):
        """Bold run-in label followed by text in the same paragraph (markdown bold)."""
        self.set_font(family or self.fam, "", size)
        self.multi_cell(
            0,
            size * 0.47,
            f"**{label}** {text}",
            markdown=True,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)

    def bullets(
        self, items, size=9.5, bullet="\u2022", indent=3.0, gap=4.0, after=0.8, family=None
    ):
        for it in items:
            self.set_font(family or self.fam, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(gap, size * 0.47, bullet)
            self.multi_cell(
                self.w - self.r_margin - self.l_margin - indent - gap,
                size * 0.47,
                it,
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=8.8,
        head=None,
        bold_first=True,
        family=None,
        head_fill=(225, 230, 236),
        borders="ALL",
        pad=1.2,
        after=2.5,
    ):
        self.set_font(family or self.fam, "", size)
        self.set_fill_color(255, 255, 255)
        epw = self.w - self.l_margin - self.r_margin
        if sum(widths) > epw:
            k = epw / sum(widths)
            widths = tuple(w * k for w in widths)
        all_rows = ([head] if head else []) + list(rows)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            v_align="TOP",
            text_align="LEFT",
            line_height=size * 0.46,
            first_row_as_headings=bool(head),
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            borders_layout=borders,
            padding=pad,
        ) as t:
            for r in all_rows:
                row = t.row()
                for i, c in enumerate(r):
                    if bold_first and i == 0 and r is not head:
                        row.cell(c, style=BOLD)
                    else:
                        row.cell(c)
        self.ln(after)

    def bottom_note(self, text, family=None, size=8, y=-14):
        self.set_auto_page_break(False)
        self.set_y(y)
        self.set_font(family or self.fam, "", size)
        self.cell(0, 4, text, align="C")
        self.set_auto_page_break(True, self.b_margin)

    def sig_lines(self, left, right, y_gap=14, size=8.5, width=70):
        self.ln(y_gap)
        y = self.get_y()
        x1 = self.l_margin
        x2 = self.w - self.r_margin - width
        self.set_draw_color(0, 0, 0)
        self.line(x1, y, x1 + width, y)
        self.line(x2, y, x2 + width, y)
        self.set_font(self.fam, "", size)
        for x, txt in ((x1, left), (x2, right)):
            self.set_xy(x, y + 1)
            self.multi_cell(width, size * 0.45, txt, align="C")
        self.set_y(y + 12)


# scanned-image rendering ------------------------------------------------------------------
class Lcg:
    """Tiny deterministic generator so the 'scan noise' is identical on every build."""

    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def next(self):
        self.s = (1103515245 * self.s + 12345) & 0x7FFFFFFF
        return self.s


def render_scan(blocks, page_mm=(215.9, 279.4), dpi=150, angle=0.6, seed=20260119):
    """Render blocks [(kind, text)] to a grayscale 'photocopy'; returns PNG bytes."""
    wpx = int(round(page_mm[0] / 25.4 * dpi))
    hpx = int(round(page_mm[1] / 25.4 * dpi))
    img = Image.new("L", (wpx, hpx), 250)
    dr = ImageDraw.Draw(img)
    reg = ImageFont.truetype(font_path("LiberationSerif-Regular.ttf"), 25)
    bold = ImageFont.truetype(font_path("LiberationSerif-Bold.ttf"), 25)
    small = ImageFont.truetype(font_path("LiberationSerif-Regular.ttf"), 21)
    margin = int(1.0 * dpi)
    maxw = wpx - 2 * margin
    y = int(0.8 * dpi)

    def wrap(text, font):
        words, lines, cur = text.split(), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if dr.textlength(trial, font=font) <= maxw:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        if kind == "sig":
            left, right = text
            colw = maxw // 2 - 40
            for i, lbl in enumerate((left, right)):
                x0 = margin + i * (maxw // 2 + 40)
                pts = []
                for t in range(0, 220, 3):
                    amp = 22 if i == 0 else 16
                    pts.append(
                        (
                            x0 + 60 + t,
                            y + 70 - amp * math.sin(t / (9.0 + 4 * i)) * math.cos(t / 31.0),
                        )
                    )
                dr.line(pts, fill=40, width=3)
                dr.line((x0, y + 90, x0 + colw, y + 90), fill=20, width=2)
                for j, ln in enumerate(lbl.split("\n")):
                    tw = dr.textlength(ln, font=small)
                    dr.text((x0 + (colw - tw) / 2, y + 98 + j * 26), ln, font=small, fill=25)
            # fingerprint box under the worker's signature
            bx = margin + (maxw // 2 + 40) + colw - 150
            dr.rectangle((bx, y + 170, bx + 150, y + 330), outline=30, width=2)
            dr.text((bx + 12, y + 336), "Huella digital", font=small, fill=25)
            # a smudged thumbprint inside the box
            for k in range(9):
                r = 58 - k * 6
                dr.ellipse(
                    (bx + 75 - r * 0.8, y + 250 - r, bx + 75 + r * 0.8, y + 250 + r),
                    outline=70 + k * 8,
                    width=2,
                )
            y += 380
            continue
        font = bold if kind == "h" else reg
        lines = [text] if kind == "c" else wrap(text, font)
        for ln in lines:
            if kind == "c":
                tw = dr.textlength(ln, font=font)
                dr.text(((wpx - tw) / 2, y), ln, font=bold, fill=15)
            else:
                dr.text((margin, y), ln, font=font, fill=18)
            y += 33
        y += 14
    # handwritten-ish date scribble and a stamp ring
    dr.ellipse((wpx - margin - 260, hpx - 520, wpx - margin - 40, hpx - 300), outline=120, width=4)
    dr.text((wpx - margin - 222, hpx - 425), "RECIBIDO", font=bold, fill=120)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    g = Lcg(seed)
    for _ in range(5200):  # toner specks
        x = g.next() % wpx
        yy = g.next() % hpx
        v = g.next() % 120
        px[x, yy] = v
    for yy in range(hpx):  # faint copier streak and uneven lighting
        shade = int(6 * math.sin(yy / 97.0))
        for x in (wpx // 3, wpx // 3 + 1):
            px[x, yy] = max(0, min(255, px[x, yy] - 22))
        if shade:
            for x in range(0, wpx, 5):
                px[x, yy] = max(0, min(255, px[x, yy] + shade))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# =========================================================================================
# as01  H-2B job order, English, 3 pages, compliant
# =========================================================================================
def as01():
    d = Doc(
        footer="Job Order TX-8841205  |  Red Mesa Landscape Services, Inc.  |  Page {p} of {nb}",
        title="H-2B Job Order - Landscape Laborer",
        author="Red Mesa Landscape Services, Inc.",
    )
    d.add_page()
    d.band(
        "H-2B JOB ORDER  -  LANDSCAPE LABORER",
        "Red Mesa Landscape Services, Inc.  |  Job Order No. TX-8841205  |  Temporary non-agricultural employment",
        rgb=(122, 62, 36),
    )
    d.hd("A. Offer summary", before=0)
    d.grid(
        [
            (
                "Employer",
                "Red Mesa Landscape Services, Inc., 4410 Caprock Industrial Drive, Lubbock, Texas 79404. Tel. (806) 555-0148",
            ),
            ("Position", "Landscape Laborer (SOC 37-3011), 42 openings"),
            (
                "Worksites",
                "Customer properties in Lubbock, Wolfforth and Shallowater, Lubbock County, Texas",
            ),
            ("Period", "March 2, 2026 through December 11, 2026"),
            (
                "Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid lunch",
            ),
            ("Wage", "$16.42 per hour"),
            ("Overtime", "$24.63 per hour for hours worked over 40 in a workweek"),
            ("Pay day", "Weekly, every Friday, by direct deposit or paper check"),
        ],
        (34, 142),
    )
    d.hd("B. Job duties")
    d.para(
        "Mow, edge and trim lawns on commercial and residential properties; plant trees, shrubs and bedding "
        "plants; spread mulch and apply fertilizer and root feed under supervision; operate walk-behind mowers, "
        "string trimmers and backpack blowers; load and unload trailers; water plantings and clean up job sites "
        "at the end of each visit. Crew members do not handle customer payments: invoices and fees for services "
        "are billed to customers by the office."
    )
    d.hd("C. Minimum requirements")
    d.para(
        "Three months of experience in landscaping, nursery or farm work. Must be able to lift 50 pounds "
        "repeatedly and to work outdoors in heat and wind. No education, English or driver's license is required. "
        "The employer trains every worker on its equipment during paid hours and at its own expense."
    )
    d.hd("D. Rate of pay and wage assurances")
    d.para(
        "The employer will pay at least the highest of the prevailing wage, the federal minimum wage, or the "
        "applicable state or local minimum wage in effect while work is performed. If the prevailing wage is "
        "raised by a new determination during the period of employment, workers will be paid the higher rate "
        "from its effective date. The offered wage is not based on commissions, bonuses or other incentives."
    )
    d.hd("E. Three-fourths guarantee")
    d.para(
        "For each 12-week period beginning with the first workweek after the worker's arrival (6-week period if "
        "the contract is shorter than 120 days), the employer guarantees hours of work equal to at least "
        "three-fourths of the workdays in that period. If fewer hours are offered, the employer pays the "
        "worker the amount the worker would have earned for the guaranteed hours."
    )

    d.add_page()
    d.hd("F. Deductions from pay", before=0)
    d.para(
        "The employer will deduct only: federal income tax withholding; Social Security and Medicare (FICA) "
        "taxes; child support or other garnishments ordered by a court; and, only where the worker has signed a "
        "separate written authorization, savings deposits to the Caprock Federal Credit Union, which the worker "
        "may stop at any time with one week's notice. No deduction will be taken for recruitment, transportation, "
        "visa costs, tools or equipment."
    )
    d.hd("G. Earnings statements")
    d.para(
        "Every payday each worker receives an itemized statement showing the hours offered, the hours actually "
        "worked, the rate of pay, gross pay, every deduction with its reason, and net pay."
    )
    d.hd("H. Transportation, subsistence and visa costs")
    d.bullets(
        [
            "Inbound: the employer pays in advance, or reimburses in the first workweek, the reasonable cost of "
            "transportation and daily subsistence from the place of recruitment to Lubbock. Subsistence is paid "
            "at no less than the daily amount published by the Department of Labor.",
            "Visa: the employer pays in advance, or reimburses in the first workweek, the visa application (MRV) "
            "fee, visa processing and border-crossing fees.",
            "Return: a worker who completes the period of employment, or who is dismissed early for any reason "
            "other than cause, will be provided or reimbursed return transportation and subsistence to the place "
            "of recruitment.",
            "Daily: company vans carry workers from the meeting point at 2310 50th Street to each job site and "
            "back at no cost.",
        ]
    )
    d.hd("I. Recruitment")
    d.para(
        "Red Mesa recruits in Mexico through Enlace Laboral del Bajío, S.C., Boulevard Adolfo López Mateos 1802, "
        "León, Guanajuato. The employer pays all of the recruiter's service fees. Our written agreement with the "
        "recruiter prohibits it, and any agent or sub-agent it uses, from seeking or receiving payment of any kind "
        "from workers. No worker should pay anyone to obtain this job. Report any request for money to the "
        "employer at (806) 555-0148 or to the U.S. Department of Labor, Wage and Hour Division."
    )
    d.hd("J. Tools, equipment and clothing")
    d.para(
        "All tools and equipment needed for the job, together with safety glasses, gloves, hearing protection and "
        "two company T-shirts, are furnished at no charge and without any deposit. Items that wear out or are "
        "lost on the job are replaced free of charge."
    )
    d.hd("K. Housing")
    d.para(
        "The employer does not provide housing. On arrival the employer gives each worker a list of nearby "
        "apartments and will drive workers to view them during the first week."
    )

    d.add_page()
    d.hd("L. Termination and abandonment", before=0)
    d.para(
        "A worker may be dismissed for cause, such as repeated unsafe conduct or theft, after a documented "
        "warning. If a worker fails to report for work for five consecutive working days without the employer's "
        "consent, the employer may treat it as voluntary abandonment and will notify the Department of Labor and "
        "the Department of Homeland Security as required; the three-fourths guarantee and return transportation "
        "then no longer apply."
    )
    d.hd("M. If the work becomes impossible")
    d.para(
        "If fire, flood, hurricane, another Act of God, or a similar event beyond the employer's control makes "
        "the work impossible, and the Certifying Officer agrees, the employer may end the contract early. The "
        "employer will still honor the three-fourths guarantee through the termination date, pay return "
        "transportation and subsistence, and make efforts to transfer the worker to other comparable employment."
    )
    d.hd("N. Workers' rights")
    d.para(
        "The employer will not hold or confiscate any worker's passport, visa or other identity document. No "
        "worker will be discharged, blacklisted or otherwise retaliated against for filing a complaint, speaking "
        "with a lawyer or a union, or testifying in any proceeding. A Spanish copy of this job order is given to "
        "each worker no later than the time the worker applies for the visa."
    )
    d.hd("O. How to apply")
    d.para(
        "Apply at the nearest Texas Workforce Commission office, or through Enlace Laboral del Bajío, S.C. in "
        "León. Interviews in Mexico are held at the recruiter's office; there is no charge for the interview, "
        "the application or the job."
    )
    d.sig_lines(
        "Dolores Whitcomb, Human Resources Manager\nRed Mesa Landscape Services, Inc.",
        "Date: January 9, 2026",
        y_gap=16,
    )
    return d


# =========================================================================================
# as02  H-2B recruiter agreement, Spanish, 2 pages; page 2 is a scanned image
# =========================================================================================
AS02_P2 = [
    (
        "p",
        "SÉPTIMA. Para evitar extravíos, EL RECLUTADOR conservará el pasaporte y la credencial para votar de "
        "LA PERSONA TRABAJADORA desde la entrega del expediente hasta su llegada a Maryland.",
    ),
    (
        "p",
        "OCTAVA. Si LA PERSONA TRABAJADORA presenta quejas ante el Consulado, el Departamento de Trabajo o "
        "cualquier organización, no volverá a ser tomada en cuenta para ninguna temporada.",
    ),
    (
        "p",
        "NOVENA. LA PERSONA TRABAJADORA se compromete a presentarse puntualmente a la cita consular y a las "
        "reuniones informativas que EL RECLUTADOR convoque en sus oficinas de Ciudad Valles.",
    ),
    (
        "p",
        "DÉCIMA. Para la interpretación y cumplimiento del presente convenio, las partes se someten a la "
        "jurisdicción de los tribunales de Ciudad Valles, S.L.P., renunciando a cualquier otro fuero.",
    ),
    (
        "p",
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance legal, lo firman "
        "de conformidad en Ciudad Valles, San Luis Potosí, a los diecinueve días del mes de enero de 2026.",
    ),
    ("gap", 40),
    (
        "sig",
        (
            "EL RECLUTADOR\nLic. Abundio Cárdenas Rubio\nServicios Migratorios La Huasteca, S.A. de C.V.",
            "LA PERSONA TRABAJADORA\nRosalba Hernández Tovar",
        ),
    ),
    ("gap", 30),
    ("p", "Hoja 2 de 2"),
]


def as02():
    d = Doc(
        family="lsr",
        margins=(22, 16, 22),
        title="Convenio de reclutamiento",
        author="Servicios Migratorios La Huasteca",
    )
    d.add_page()
    d.set_font("lsr", "B", 13)
    d.cell(
        0,
        6,
        "SERVICIOS MIGRATORIOS LA HUASTECA, S.A. DE C.V.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("lsr", "", 9)
    d.cell(
        0,
        4.5,
        "Calle Hidalgo 214, Zona Centro, Ciudad Valles, S.L.P.  |  Tel. 481 555 0107",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.set_font("lsr", "B", 11.5)
    d.cell(
        0,
        6,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    sz = 10.5
    d.para(
        "Convenio que celebran, por una parte, Servicios Migratorios La Huasteca, S.A. de C.V., representada por "
        "el Lic. Abundio Cárdenas Rubio, a quien en lo sucesivo se le denominará EL RECLUTADOR, y por la otra la "
        "C. Rosalba Hernández Tovar, originaria de Tamazunchale, S.L.P., a quien se le denominará LA PERSONA "
        "TRABAJADORA, al tenor de las siguientes declaraciones y cláusulas:",
        size=sz,
        align="J",
    )
    d.hd("DECLARACIONES", size=10.5, before=1)
    d.para(
        "I. EL RECLUTADOR declara que la empresa estadounidense Blue Heron Crab Company, LLC le encargó "
        "preseleccionar trabajadoras para la temporada 2026 con visa H-2B.",
        size=sz,
        align="J",
    )
    d.para(
        "II. LA PERSONA TRABAJADORA declara ser mayor de edad, saber leer y escribir y tener experiencia en el "
        "pelado y empaque de mariscos.",
        size=sz,
        align="J",
    )
    d.hd("CLÁUSULAS", size=10.5, before=1)
    d.para("PRIMERA. Las condiciones del empleo que ofrece la empresa son las siguientes:", size=sz)
    d.grid(
        [
            (
                "Empleador",
                "Blue Heron Crab Company, LLC, 27 Cannery Lane, Fishing Creek, Maryland 21634, EE.UU.",
            ),
            (
                "Puesto",
                "Picadora de carne de cangrejo: cocer, limpiar y separar la carne de jaiba, empacarla y etiquetar los envases",
            ),
            ("Lugar", "Planta de la empresa en Fishing Creek, Maryland"),
            ("Periodo", "Del 6 de abril al 13 de noviembre de 2026"),
            ("Jornada", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 horas"),
            ("Salario", "$16.95 dólares por hora"),
            ("Pago", "Semanal, cada viernes, con cheque"),
            (
                "Requisitos",
                "Mayor de 18 años y una temporada de experiencia en mariscos o empacadoras",
            ),
        ],
        (30, 141.9),
        size=9.5,
        family="lsr",
    )
    d.para(
        "SEGUNDA. Los derechos de la visa y el cruce fronterizo los paga directamente Blue Heron Crab Company, LLC, "
        "sin costo para LA PERSONA TRABAJADORA.",
        size=sz,
        align="J",
    )
    d.para(
        "TERCERA. El autobús de Ciudad Valles a Monterrey, el hospedaje durante la cita consular y el viaje hasta "
        "Maryland los cubre el empleador; al terminar la temporada, el empleador paga también el regreso hasta "
        "Ciudad Valles.",
        size=sz,
        align="J",
    )
    d.para(
        "CUARTA. Por la gestión de su expediente, LA PERSONA TRABAJADORA cubrirá a EL RECLUTADOR una cuota de "
        "colocación de $8,500.00 (ocho mil quinientos pesos 00/100 M.N.), pagadera la mitad a la firma de este "
        "convenio y el resto al recibir la cita consular.",
        size=sz,
        align="J",
    )
    d.para(
        "QUINTA. Como garantía de que cumplirá la temporada completa, LA PERSONA TRABAJADORA firmará un pagaré en "
        "blanco a favor de EL RECLUTADOR, que se le devolverá cuando regrese a México.",
        size=sz,
        align="J",
    )
    d.para(
        "SEXTA. Del salario sólo se descontarán los impuestos federales y estatales que marca la ley de los "
        "Estados Unidos.",
        size=sz,
        align="J",
    )
    d.bottom_note("Hoja 1 de 2", family="lsr")

    # page 2: photocopy, image only (no text layer)
    d.add_page()
    png = render_scan(AS02_P2)
    d.image(io.BytesIO(png), x=0, y=0, w=d.w, h=d.h)
    return d


# =========================================================================================
# as03  H-2B offer letter, English, 1 page (Jamaica -> Michigan hotel)
# =========================================================================================
def as03():
    d = Doc(
        family="ls",
        margins=(18, 12, 18),
        bottom=10,
        title="Offer of seasonal employment",
        author="Northlight Harbor Hotel",
    )
    d.add_page()
    d.set_fill_color(14, 58, 92)
    d.rect(0, 0, d.w, 3, style="F")
    d.set_y(8)
    d.set_font("lsr", "B", 17)
    d.set_text_color(14, 58, 92)
    d.cell(0, 7, "NORTHLIGHT HARBOR HOTEL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ls", "", 8)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        4,
        "Northlight Harbor Hotel, LLC  |  212 Huron Street, Mackinaw Point, Michigan 49701  |  (231) 555-0190",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(14, 58, 92)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.ln(4)
    sz = 9
    d.para("February 3, 2026", size=sz, after=1)
    d.para(
        "Ms. Shanice Campbell\n14 Barnett Street, Montego Bay, St. James, Jamaica",
        size=sz,
        after=1.5,
    )
    d.para(
        "Re: Offer of seasonal employment - Room Attendant (H-2B)", size=sz, style="B", after=1.5
    )
    d.para("Dear Ms. Campbell,", size=sz, after=1)
    d.para(
        "We are pleased to offer you seasonal employment with Northlight Harbor Hotel, LLC as a Room Attendant for "
        "the 2026 season, subject to approval of your H-2B visa. Island Pathways Staffing Ltd. in Kingston "
        "recommended you to us; their services are paid by the Hotel and they may not charge you any fee.",
        size=sz,
    )
    d.grid(
        [
            (
                "Position",
                "Room Attendant: clean and make up 14 to 16 guest rooms per shift, restock amenities, report "
                "maintenance issues and record minibar use for billing to guests",
            ),
            (
                "Requirements",
                "One season of hotel or cruise-ship housekeeping experience; able to lift 40 lb",
            ),
            ("Location", "Northlight Harbor Hotel, 212 Huron Street, Mackinaw Point, Michigan"),
            ("Season", "May 4, 2026 to October 18, 2026"),
            ("Schedule", "40 hours per week: five 8-hour shifts, 8:00 a.m. to 4:30 p.m."),
            ("Pay", "$15.10 per hour; hours over 40 in a week are paid at $22.65 per hour"),
            ("Payday", "Every Friday, by direct deposit"),
            (
                "Deductions",
                "Federal and state income tax, Social Security and Medicare, staff housing and uniforms (see below)",
            ),
        ],
        (28, 151.9),
        size=8.6,
        family="ls",
        head_fill=(220, 230, 240),
    )
    d.labelled(
        "Travel and visa.",
        "The Hotel reimburses your visa fee and your airfare from Montego Bay to Pellston in your first paycheck. "
        "If you complete the season, the Hotel also pays your return airfare to Montego Bay.",
        size=sz,
    )
    d.labelled(
        "Housing.",
        "Dormitory rooms are available two blocks from the hotel. Staff housing is charged at $85.00 per week and is "
        "deducted from each paycheck. Linens are changed weekly.",
        size=sz,
    )
    d.labelled(
        "Uniforms and supplies.",
        "Two uniform sets will be issued on your first day, and their cost of $60.00 will be deducted in equal parts "
        "from your first two paychecks. Cleaning supplies, carts and linens are provided at no cost to you.",
        size=sz,
    )
    d.labelled(
        "Season-completion holdback.",
        "To encourage completion of the season, $1.00 of every hour you work will be held back by the Hotel and paid "
        "to you in one lump sum with your final paycheck, provided you stay through October 18, 2026.",
        size=sz,
    )
    d.labelled("Gratuities.", "Tips left by guests in their rooms are yours to keep.", size=sz)
    d.para(
        "Please sign below and return a copy of this letter to Island Pathways Staffing Ltd. by February 20, 2026. "
        "We look forward to welcoming you to the Straits this spring.",
        size=sz,
    )
    d.para("Sincerely,", size=sz, after=0)
    d.sig_lines(
        "Gregory Ashby, Director of Rooms\nNorthlight Harbor Hotel, LLC",
        "Accepted: Shanice Campbell\nDate",
        y_gap=10,
    )
    return d


# =========================================================================================
# as04  H-2B recruiter FAQ, Spanish, 2 pages (tree planting)
# =========================================================================================
def as04():
    d = Doc(
        family="dv",
        footer="Gestoría Laboral Sierra Alta  ·  Hoja informativa, no es contrato  ·  pág. {p}/{nb}",
        margins=(18, 14, 18),
        title="Preguntas frecuentes temporada 2026",
        author="Gestoría Laboral Sierra Alta",
    )
    d.add_page()
    d.band(
        "GESTORÍA LABORAL SIERRA ALTA",
        "Av. Morelos 58, Tlapa de Comonfort, Guerrero  ·  WhatsApp 757 555 0132",
        rgb=(36, 98, 52),
        h=20,
        size=14,
    )
    d.set_font("dv", "B", 13)
    d.cell(0, 7, "PREGUNTAS FRECUENTES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 10)
    d.cell(0, 5, "Temporada de reforestación 2026  ·  visa H-2B", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(
        "Lea con calma. Estas son las dudas que más nos hacen los compañeros que van a plantar pino con "
        "Longleaf Forestry Contractors, Inc. Si tiene otra pregunta, mándenos mensaje.",
        size=9.5,
        style="I",
    )
    qa1 = [
        (
            "¿Para quién voy a trabajar?",
            "Para Longleaf Forestry Contractors, Inc., 3090 Piney Woods Road, Laurel, Mississippi 39440, Estados Unidos.",
        ),
        (
            "¿Qué trabajo es?",
            "Plantar arbolitos de pino a mano con barra o pala en terrenos de Mississippi y Alabama, cargar las bolsas "
            "de planta y limpiar la maleza alrededor. Es trabajo en el monte, con calor, lodo y lluvia.",
        ),
        (
            "¿Cuándo se va y cuándo se regresa?",
            "El contrato va del 5 de enero al 30 de abril de 2026.",
        ),
        ("¿Cuánto pagan?", "$15.88 dólares por hora. El pago es cada semana, los viernes."),
        (
            "¿Cuántas horas se trabaja?",
            "40 horas a la semana, de lunes a viernes. Si un día llueve fuerte, se recupera el sábado.",
        ),
        (
            "¿Qué se necesita para ir?",
            "Ser mayor de 18 años, estar sano y aguantar trabajo pesado en el monte. No se pide saber inglés.",
        ),
        (
            "¿Me cobran por meterme a la lista?",
            "No. La oficina no cobra inscripción; a nosotros nos paga la compañía por cada trabajador que llega.",
        ),
        (
            "¿Cuánto cuesta la visa?",
            "La cuota consular de 205 dólares la paga usted en el banco y no se la devuelven, porque es un gasto "
            "personal de cada trabajador.",
        ),
        (
            "¿Y si no tengo pasaporte?",
            "Lo tramita y lo paga usted; el de tres años cuesta alrededor de 1,600 pesos.",
        ),
    ]
    qa2 = [
        (
            "¿Cómo llego hasta Laurel?",
            "El autobús de Tlapa a Monterrey, el hotel mientras sale la visa y el camión hasta Laurel corren por cuenta "
            "de cada trabajador; calcule unos 4,500 pesos.",
        ),
        (
            "¿Hay que hacer examen médico?",
            "Sí. La compañía pide un certificado médico. Se hace en la clínica con la que trabajamos y cuesta 950 pesos, "
            "que se pagan ahí mismo.",
        ),
        (
            "¿Tengo que comprar herramienta?",
            "No. Las barras de plantar, las bolsas y los guantes los presta la compañía sin costo.",
        ),
        (
            "¿Dónde voy a vivir?",
            "La compañía renta cuartos de motel cerca de cada terreno para las cuadrillas y no se les cobra a los "
            "trabajadores.",
        ),
        (
            "¿Y el regreso?",
            "Al terminar el contrato la compañía le compra el boleto de autobús de regreso a Tlapa.",
        ),
        (
            "¿Puedo llevar a un familiar?",
            "Sólo si también fue seleccionado. Cada trabajador necesita su propia entrevista.",
        ),
        (
            "¿Qué documentos llevo a la oficina?",
            "Acta de nacimiento, CURP, credencial de elector y dos fotografías. Los originales se los regresamos el "
            "mismo día.",
        ),
    ]

    def block(items):
        for q, a in items:
            d.set_font("dv", "B", 10)
            d.set_text_color(36, 98, 52)
            d.multi_cell(0, 5, q, align="L", new_x="LMARGIN", new_y="NEXT")
            d.set_text_color(0, 0, 0)
            d.para(a, size=9.5, indent=4, after=2.4)

    block(qa1)
    d.add_page()
    block(qa2)
    d.ln(3)
    d.set_fill_color(240, 244, 238)
    d.set_font("dv", "", 9)
    d.multi_cell(
        0,
        4.6,
        "Horario de oficina: lunes a sábado de 9:00 a 15:00. Pregunte por Don Efraín o por la Sra. Guadalupe.",
        fill=True,
        padding=2,
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return d


# =========================================================================================
# as05  H-2A job order addendum, English, 3 pages (apples, Washington)
# =========================================================================================
def as05():
    d = Doc(
        family="dvc",
        footer="ETA-790A Addendum B  ·  Harlan Creek Orchards, LLC  ·  Page {p} of {nb}",
        margins=(19, 14, 19),
        title="Agricultural clearance order addendum",
        author="Harlan Creek Orchards, LLC",
    )
    d.add_page()
    d.set_font("dvc", "B", 14)
    d.cell(
        0,
        7,
        "AGRICULTURAL CLEARANCE ORDER  -  ADDENDUM B",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("dvc", "", 9.5)
    d.cell(
        0,
        5,
        "Material terms and conditions of employment  ·  H-2A  ·  Harlan Creek Orchards, LLC",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_draw_color(60, 60, 60)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.set_line_width(0.2)
    d.ln(5)
    sz = 9.6
    d.hd("1. Employer", before=0, size=10.5)
    d.para(
        "Harlan Creek Orchards, LLC, 2861 Stemilt Ridge Road, Cashmere, Washington 98815. Telephone (509) 555-0177. "
        "FEIN 91-4402817.",
        size=sz,
    )
    d.hd("2. Job title and duties", size=10.5)
    d.para(
        "Farmworker, orchards (SOC 45-2092), 60 workers. Hand-harvest apples and pears into picking bags and empty "
        "the bags gently into bins; move and set 10-, 12- and 14-foot orchard ladders; thin fruit by hand; prune "
        "and tie limbs; help apply foliar feed and move irrigation lines; sort culls at the bin line.",
        size=sz,
    )
    d.hd("3. Places of employment", size=10.5)
    d.grid(
        [
            ("Stemilt Ridge block", "2861 Stemilt Ridge Road, Cashmere, WA", "Apples"),
            ("Mission Creek block", "410 Mission Creek Road, Cashmere, WA", "Pears, apples"),
            ("Monitor block", "77 Monitor Cutoff Road, Monitor, WA", "Apples"),
        ],
        (45, 90, 42.9),
        head=("Orchard", "Address", "Crops"),
        family="dvc",
        size=9,
    )
    d.hd("4. Period of employment", size=10.5)
    d.para("August 10, 2026 to November 20, 2026.", size=sz)
    d.hd("5. Hours", size=10.5)
    d.para(
        "35 hours per week are anticipated, Monday through Saturday, usually 6:30 a.m. to 1:30 p.m. During peak "
        "harvest workers may be asked, but not required, to work up to 50 hours per week.",
        size=sz,
    )
    d.hd("6. Rate of pay", size=10.5)
    d.para(
        "$19.82 per hour, or a piece rate of $30.00 per 20-bushel bin, whichever pays more for the pay period. If the "
        "Adverse Effect Wage Rate, the prevailing wage, or the federal or state minimum wage is raised during the "
        "contract, the employer will pay the higher rate from its effective date. Piece-rate workers are not "
        "required to meet a minimum productivity standard.",
        size=sz,
    )
    d.hd("7. Pay period", size=10.5)
    d.para(
        "Workers are paid weekly, every Thursday, by check or pay card at the worker's choice.",
        size=sz,
    )
    d.hd("8. Deductions", size=10.5)
    d.para(
        "The employer will make only the following deductions: federal income tax if the worker asks for it in "
        "writing; the optional meal plan described in section 11; the Ridge View contribution described in section "
        "10; and any amount required by a court order.",
        size=sz,
    )

    d.add_page()
    d.hd("9. Three-fourths guarantee", before=0, size=10.5)
    d.para(
        "The employer guarantees to offer each worker employment for a total number of hours equal to at least "
        "three-fourths of the workdays of the total period of employment, beginning with the first workday after "
        "arrival and ending on the end date in section 4. Hours offered but not worked by the worker's choice "
        "count toward the guarantee.",
        size=sz,
    )
    d.hd("10. Housing", size=10.5)
    d.para(
        "Housing is provided free of charge to workers who are not reasonably able to return to their permanent "
        "residence each day. Housing is in the Ridge View units at 2900 Stemilt Ridge Road, Cashmere, inspected "
        "and licensed by the Washington State Department of Health. Workers who choose to live in the Ridge View "
        "units contribute $12.00 per day toward electricity, propane and upkeep, collected through payroll. "
        "Bedding, lockers and laundry machines are provided.",
        size=sz,
    )
    d.hd("11. Meals", size=10.5)
    d.para(
        "Each housing unit has a kitchen with stoves, refrigerators and cooking utensils available at no charge. "
        "Workers may instead join the optional meal plan: three meals a day for $15.50 per day, which does not "
        "exceed the maximum meal charge allowed by the U.S. Department of Labor. Workers may leave the meal plan "
        "with one week's notice.",
        size=sz,
    )
    d.hd("12. Transportation", size=10.5)
    d.bullets(
        [
            "Inbound: the cost of transportation and daily subsistence from the place of recruitment to Cashmere is "
            "reimbursed when the worker completes 50 percent of the work contract period, or earlier where "
            "federal minimum-wage law requires it.",
            "Return: a worker who completes the contract, or is released early for reasons other than cause, is "
            "provided or reimbursed transportation and subsistence home.",
            "Daily: free transportation between the housing and all worksites in company buses operated by "
            "licensed drivers.",
        ],
        size=sz,
        family="dvc",
    )
    d.hd("13. Tools and equipment", size=10.5)
    d.para(
        "Picking bags, ladders, pruning shears, thinning gloves and bin tickets are provided without charge or "
        "deposit. Ladders, bins or picking bags broken through carelessness or misuse will be charged to the "
        "worker at replacement cost.",
        size=sz,
    )
    d.hd("14. Workers' compensation", size=10.5)
    d.para(
        "Workers are covered by workers' compensation insurance through the Washington Department of Labor & "
        "Industries, account 412-880-19, at no cost to the worker.",
        size=sz,
    )

    d.add_page()
    d.hd("15. Abandonment and termination", before=0, size=10.5)
    d.para(
        "A worker may be terminated for cause, including violence, theft, or repeated refusal to follow safety "
        "rules, after a written warning. A worker who fails to report for work for five consecutive working days "
        "without the employer's consent is considered to have abandoned the job; the employer will notify the "
        "National Processing Center and DHS as required.",
        size=sz,
    )
    d.hd("16. Job requirements", size=10.5)
    d.para(
        "One month of tree-fruit harvest experience. Workers must be able to climb and carry a 14-foot ladder and "
        "lift 60 pounds of fruit in a picking bag. No criminal background check or drug test is required.",
        size=sz,
    )
    d.hd("17. Grievances", size=10.5)
    d.para(
        "Questions about pay or housing should first be brought to the crew supervisor or the office manager. "
        "Workers who file complaints with outside agencies instead of using the company grievance procedure will "
        "not be offered employment in future seasons.",
        size=sz,
    )
    d.hd("18. Recruitment", size=10.5)
    d.para(
        "The employer does not use a foreign labor recruiter. Workers are hired through the Washington State job "
        "service and referrals from former crews. No fees are charged to applicants at any stage.",
        size=sz,
    )
    d.hd("19. Copy of this order", size=10.5)
    d.para(
        "Each worker receives this order in Spanish and English no later than the time the worker applies for "
        "the visa, or on the first day of work for workers hired in the United States.",
        size=sz,
    )
    d.sig_lines(
        "Travis Delacroix, Orchard Manager\nHarlan Creek Orchards, LLC",
        "Date: June 1, 2026",
        y_gap=14,
    )
    return d


# =========================================================================================
# as06  H-2A work contract, Spanish, 2 pages, compliant (lawful meal plan within the cap)
# =========================================================================================
def as06():
    d = Doc(
        family="dv",
        footer="Whitfield Family Farms, LLC  ·  Contrato H-2A 2026  ·  Página {p} de {nb}",
        margins=(17, 13, 17),
        title="Contrato de trabajo agrícola temporal",
        author="Whitfield Family Farms, LLC",
    )
    d.add_page()
    d.set_font("dvs", "B", 13.5)
    d.cell(
        0,
        7,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("dv", "", 9)
    d.cell(
        0,
        5,
        "Temporada 2026  ·  Orden de trabajo NC-11290443",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    d.grid(
        [
            (
                "Empleador",
                "Whitfield Family Farms, LLC, 1480 Old Tarboro Road, Wilson, Carolina del Norte 27893",
            ),
            ("Trabajador", "Eleuterio Baltazar Gómez, de San Luis de la Paz, Guanajuato"),
            (
                "Reclutador",
                "Asesoría Agrícola Río Bravo, S.C., Ciudad Acuña, Coahuila (contratado y pagado por el empleador)",
            ),
        ],
        (28, 153.9),
        size=8.8,
    )
    sz = 9.2

    def cl(n, title, text):
        d.set_font("dv", "", sz)
        d.multi_cell(
            0,
            sz * 0.47,
            f"**{n}. {title}.** {text}",
            markdown=True,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        d.ln(1.5)

    cl(
        1,
        "Trabajo",
        "Trabajador agrícola: trasplantar, deshierbar y cosechar camote y tabaco, cargar cajas a los "
        "remolques y ayudar a colgar y curar el tabaco en los graneros.",
    )
    cl(
        2,
        "Lugar",
        "Campos y graneros de la granja en 1480 Old Tarboro Road y en 22 Stantonsburg Road, condado de "
        "Wilson, Carolina del Norte.",
    )
    cl(3, "Periodo", "Del 20 de abril al 31 de octubre de 2026.")
    cl(
        4,
        "Horario",
        "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 con media hora de comida. Los sábados "
        "son voluntarios.",
    )
    cl(
        5,
        "Salario",
        "$17.50 por hora. Si durante el contrato sube la tasa AEWR, el salario prevaleciente o el "
        "salario mínimo, se le pagará la tasa más alta desde la fecha en que entre en vigor.",
    )
    cl(
        6,
        "Pagos y talones",
        "Se paga cada semana, los viernes. Con cada pago usted recibe un talón con las horas "
        "ofrecidas, las horas trabajadas, la tarifa, el pago bruto, cada descuento y el pago neto.",
    )
    cl(
        7,
        "Descuentos",
        "Sólo se descuentan: el impuesto federal sobre la renta si usted lo pide por escrito; el plan "
        "de comidas, si usted lo elige (cláusula 9); y lo que ordene un juez. Nunca se descuenta vivienda, "
        "transporte, herramienta ni reclutamiento.",
    )
    cl(
        8,
        "Vivienda",
        "La vivienda es gratuita: casas de la granja en 22 Stantonsburg Road, inspeccionadas por el "
        "Departamento de Trabajo de Carolina del Norte. No se pide depósito por cama, colchón ni llaves, y usted "
        "puede entrar y salir libremente.",
    )
    cl(
        9,
        "Comidas",
        "Cada casa tiene cocina equipada que usted usa gratis. Si prefiere, puede apuntarse al plan de "
        "tres comidas al día por $14.00 diarios, cantidad menor al máximo que autoriza el Departamento de Trabajo de "
        "EE.UU.; puede salirse del plan cuando quiera.",
    )
    cl(
        10,
        "Transporte",
        "El empleador le paga el viaje y los alimentos del camino desde San Luis de la Paz hasta "
        "Wilson al cumplir usted la mitad del contrato, o en la primera semana si la ley lo exige. Si termina el "
        "contrato, o si lo despiden sin causa, también le paga el regreso. El transporte diario entre la vivienda y "
        "los campos es gratis, en camionetas de la granja.",
    )
    cl(
        11,
        "Herramientas",
        "Azadones, cuchillos de tabaco, guantes y botas de hule se entregan sin costo ni depósito; "
        "si se gastan o se rompen con el uso, se reponen gratis.",
    )

    d.add_page()
    cl(
        12,
        "Garantía de tres cuartas partes",
        "El empleador le garantiza trabajo por al menos tres cuartas partes de "
        "los días de trabajo del periodo del contrato; si le ofrece menos horas, le paga la diferencia.",
    )
    cl(
        13,
        "Seguro de trabajo",
        "El empleador tiene seguro de compensación para trabajadores (póliza WC-55120 con "
        "NC Farm Mutual) que cubre accidentes y enfermedades del trabajo, sin costo para usted.",
    )
    cl(
        14,
        "Requisitos",
        "Tres meses de experiencia en cultivos de campo y poder levantar 50 libras.",
    )
    cl(
        15,
        "Terminación",
        "Sólo se le puede despedir por causa justificada y después de una advertencia por "
        "escrito. Si falta 5 días de trabajo seguidos sin avisar, se considera abandono y el empleador avisará al "
        "Departamento de Trabajo y al Departamento de Seguridad Nacional.",
    )
    cl(
        16,
        "Si el trabajo se vuelve imposible",
        "Si un huracán, inundación, incendio u otro caso de fuerza mayor "
        "hace imposible el trabajo, el empleador puede terminar el contrato con aprobación del Departamento de "
        "Trabajo, pero le pagará la garantía hasta ese día y el regreso a casa, y tratará de colocarlo con otro "
        "empleador.",
    )
    cl(
        17,
        "Sus derechos",
        "Nadie puede cobrarle por este trabajo: la granja paga a Asesoría Agrícola Río Bravo, "
        "S.C. y le prohíbe pedirle dinero. El empleador no guarda su pasaporte ni su visa. No se le castigará ni se "
        "le negará trabajo en otra temporada por quejarse ante el Departamento de Trabajo, un consulado o un abogado.",
    )
    cl(
        18,
        "Idioma",
        "Usted recibe este contrato en español antes de solicitar la visa. Si algo no le queda claro, "
        "pregunte antes de firmar.",
    )
    d.ln(4)
    d.grid(
        [
            ("Por el empleador", "Por el trabajador"),
            ("\n\n\nMargaret Whitfield, socia administradora", "\n\n\nEleuterio Baltazar Gómez"),
            ("Fecha: 12 de febrero de 2026", "Fecha: 12 de febrero de 2026"),
        ],
        (90.9, 91),
        size=8.8,
        bold_first=False,
    )
    return d


# =========================================================================================
# as07  H-2B employment agreement, English clause + Spanish translation, 2 pages (carnival)
# =========================================================================================
def as07():
    d = Doc(
        family="ls",
        footer="Bright Midway Shows, Inc.  -  Seasonal Employment Agreement / Contrato de empleo  -  {p}/{nb}",
        margins=(20, 14, 20),
        title="Seasonal Employment Agreement",
        author="Bright Midway Shows, Inc.",
    )
    d.add_page()
    d.set_fill_color(178, 34, 52)
    d.rect(d.l_margin, 10, d.w - d.l_margin - d.r_margin, 16, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 11.5)
    d.set_font("ls", "B", 14)
    d.cell(0, 7, "BRIGHT MIDWAY SHOWS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ls", "", 9)
    d.cell(
        0,
        5,
        "Seasonal Employment Agreement  /  Contrato de Empleo de Temporada  -  H-2B 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_y(30)
    sz = 9.2

    def cl(n, title, en, es):
        d.set_font("ls", "B", 9.6)
        d.multi_cell(0, 4.6, f"{n}. {title}", align="L", new_x="LMARGIN", new_y="NEXT")
        d.para(en, size=sz, after=0.6)
        d.para(es, size=sz, style="I", color=(70, 70, 70), indent=5, after=2.2)

    cl(
        1,
        "Parties / Partes",
        "Employer: Bright Midway Shows, Inc., 610 Fairground Avenue, Gibsonton, Florida 33534. Employee: Wilmer Josué "
        "Padilla Reyes, of San Pedro Sula, Honduras.",
        "Empleador: Bright Midway Shows, Inc., 610 Fairground Avenue, Gibsonton, Florida 33534. Empleado: Wilmer Josué "
        "Padilla Reyes, de San Pedro Sula, Honduras.",
    )
    cl(
        2,
        "Position / Puesto",
        "Amusement ride operator: assemble, inspect, operate and dismantle rides; check guests' height and ride "
        "tickets; load trucks between fairs.",
        "Operador de juegos mecánicos: armar, revisar, operar y desarmar los juegos; revisar la estatura y los boletos "
        "de los visitantes; cargar los camiones entre ferias.",
    )
    cl(
        3,
        "Worksites / Lugares de trabajo",
        "County and state fairs on the company's 2026 route: Columbus and Canfield, Ohio; Indianapolis, Indiana; and "
        "Saginaw, Michigan.",
        "Ferias de condado y estatales en la ruta 2026 de la compañía: Columbus y Canfield, Ohio; Indianápolis, "
        "Indiana; y Saginaw, Michigan.",
    )
    cl(
        4,
        "Period / Periodo",
        "From April 13, 2026 to October 31, 2026.",
        "Del 13 de abril al 31 de octubre de 2026.",
    )
    cl(
        5,
        "Hours and pay / Horario y salario",
        "40 hours per week, Tuesday to Sunday, generally 2:00 p.m. to 10:00 p.m. on fair days. Pay is $15.40 per "
        "hour; hours over 40 are paid at $23.10. The company pays the highest of the prevailing wage and any "
        "applicable federal, state or local minimum wage.",
        "40 horas por semana, de martes a domingo, por lo general de 2:00 p.m. a 10:00 p.m. en días de feria. El "
        "salario es de $15.40 por hora; las horas después de 40 se pagan a $23.10. La compañía paga el más alto entre "
        "el salario prevaleciente y cualquier salario mínimo federal, estatal o local aplicable.",
    )
    cl(
        6,
        "Payday / Día de pago",
        "Every Friday. Each pay envelope includes a statement of hours offered and worked, rate, deductions and "
        "net pay.",
        "Cada viernes. Cada sobre de pago incluye un talón con las horas ofrecidas y trabajadas, la tarifa, los "
        "descuentos y el pago neto.",
    )
    cl(
        7,
        "Deductions / Descuentos",
        "Federal income tax, Social Security and Medicare, and the weekly cash-advance repayment in clause 9.",
        "Impuesto federal sobre la renta, Seguro Social y Medicare, y el abono semanal del adelanto de la "
        "cláusula 9.",
    )
    cl(
        8,
        "Travel and visa / Viaje y visa",
        "The company reimburses the visa fee, the border-crossing fee, and bus fare and meals from San Pedro Sula to "
        "Gibsonton in the first week of work, and pays the return trip to San Pedro Sula at the end of the season.",
        "La compañía reembolsa la cuota de visa, el cruce fronterizo y el pasaje y las comidas de San Pedro Sula a "
        "Gibsonton en la primera semana de trabajo, y paga el regreso a San Pedro Sula al final de la temporada.",
    )

    d.add_page()
    cl(
        9,
        "Cash advance / Adelanto",
        "Before departure the company may advance up to $600 in cash to the Employee; the advance is repaid at $75 "
        "per week from wages.",
        "Antes de salir, la compañía puede adelantar al Empleado hasta $600 en efectivo; el adelanto se paga con $75 "
        "por semana descontados del salario.",
    )
    cl(
        10,
        "Tools / Herramientas",
        "Tools, safety harnesses and two company shirts are provided free of charge.",
        "Las herramientas, los arneses de seguridad y dos camisas de la compañía se entregan gratis.",
    )
    cl(
        11,
        "Early departure / Salida anticipada",
        "An Employee who abandons the route before October 31 will be charged $500 as liquidated damages, taken from "
        "the final paycheck.",
        "El Empleado que abandone la ruta antes del 31 de octubre pagará $500 por daños y perjuicios, que se "
        "descontarán de su último cheque.",
    )
    cl(
        12,
        "Dismissal / Despido",
        "The company may dismiss an Employee for safety violations, drinking on duty or theft. Five consecutive days "
        "of unexcused absence are treated as abandonment of the job.",
        "La compañía puede despedir al Empleado por faltas de seguridad, tomar alcohol en el trabajo o robo. Cinco "
        "días seguidos de faltas sin permiso se consideran abandono del trabajo.",
    )
    cl(
        13,
        "Requirements / Requisitos",
        "18 years or older; able to lift 75 pounds and to work at heights.",
        "Mayor de 18 años; poder levantar 75 libras y trabajar en alturas.",
    )
    cl(
        14,
        "Lodging / Alojamiento",
        "Bunkhouse trailers travel with the show and are provided to employees without charge.",
        "Los remolques dormitorio viajan con la feria y se dan a los empleados sin costo.",
    )
    cl(
        15,
        "Other / Otros",
        "The company does not keep employees' passports. No recruitment fee is charged for this job. Ticket sellers, "
        "not ride operators, handle cash from the public.",
        "La compañía no guarda los pasaportes de los empleados. No se cobra ninguna cuota de reclutamiento por este "
        "trabajo. Los taquilleros, no los operadores, manejan el dinero del público.",
    )
    d.sig_lines(
        "Ray Dufresne, Operations Manager\nBright Midway Shows, Inc.",
        "Wilmer Josué Padilla Reyes\nEmployee / Empleado",
        y_gap=14,
    )
    return d


# =========================================================================================
# as08  recruiter flyer, Spanish, 1 page, generic corridor (Guatemala -> Canada)
# =========================================================================================
def as08():
    d = Doc(
        fmt=(140, 236),
        family="dv",
        margins=(10, 8, 10),
        bottom=6,
        title="Trabajo en Canadá",
        author="Oportunidades Laborales Canadá GT",
    )
    d.add_page()
    # headline block
    d.set_fill_color(255, 204, 0)
    d.rect(0, 0, d.w, 40, style="F")
    d.set_fill_color(200, 16, 46)
    d.rect(0, 0, d.w, 9, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 2)
    d.set_font("dv", "B", 9)
    d.cell(0, 5, "OPORTUNIDADES LABORALES CANADÁ GT", align="C")
    d.set_text_color(20, 20, 20)
    d.set_xy(d.l_margin, 12)
    d.set_font("dv", "B", 23)
    d.cell(0, 11, "¡TRABAJO EN CANADÁ!", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "B", 11)
    d.cell(
        0,
        6,
        "Cosecha de manzana y poda  ·  Temporada 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("dv", "", 8.5)
    d.cell(
        0,
        5,
        "Oficina: 4a. Calle 3-27, zona 1, Huehuetenango",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_y(45)
    d.para(
        "Se buscan 40 hombres y mujeres para cosecha de manzana y poda de árboles en granjas de Simcoe, Ontario.",
        size=10,
        style="B",
        align="C",
        after=2.5,
    )
    d.bullets(
        [
            "Pago: 17.60 dólares canadienses la hora, cada 15 días.",
            "Horario: de lunes a sábado, 10 horas diarias.",
            "Contrato de 8 meses, con posibilidad de regresar el otro año.",
            "Boleto de avión de ida y vuelta pagado por el patrón canadiense.",
            "Vivienda en la misma granja.",
        ],
        size=9.5,
        bullet="\u2714",
        gap=5,
    )
    d.ln(1)
    d.set_font("dv", "B", 10)
    d.set_text_color(200, 16, 46)
    d.cell(0, 6, "REQUISITOS", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.para(
        "DPI vigente y pasaporte, tener entre 21 y 45 años, experiencia en el campo, saber leer y escribir.",
        size=9.3,
    )
    # costs box
    d.ln(1)
    y0 = d.get_y()
    d.set_font("dv", "B", 10)
    d.set_x(d.l_margin + 3)
    d.cell(0, 7, "COSTOS DEL TRÁMITE", new_x="LMARGIN", new_y="NEXT")
    inner = 4
    d.l_margin += inner
    d.r_margin += inner
    d.bullets(
        [
            "Apartado de su cupo: Q2,500 depositados a la cuenta del licenciado.",
            "Seguro médico internacional obligatorio: Q1,200, se paga aquí en la oficina.",
            "Garantía de regreso: Q5,000, se le devuelven cuando regrese a Guatemala.",
        ],
        size=9.3,
        bullet="-",
        gap=3.5,
        indent=0,
    )
    d.set_font("dv", "B", 9.3)
    d.multi_cell(
        0,
        4.4,
        "La visa y el permiso de trabajo NO tienen costo para usted: los paga la empresa.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.l_margin -= inner
    d.r_margin -= inner
    d.ln(2)
    d.set_draw_color(200, 16, 46)
    d.set_line_width(0.8)
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, d.get_y() - y0)
    d.set_line_width(0.2)
    d.ln(3)
    d.set_font("dv", "B", 12)
    d.cell(
        0, 7, "¡Cupo limitado! Llame o escriba: 5555-0142", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    # tear-off strips
    d.set_auto_page_break(False)
    top = d.h - 38
    d.set_draw_color(120, 120, 120)
    d.set_dash_pattern(dash=1.2, gap=1.2)
    d.line(0, top, d.w, top)
    d.set_dash_pattern()
    n = 8
    sw = d.w / n
    d.set_font("dv", "", 7)
    for i in range(n):
        x = i * sw
        if i:
            d.line(x, top, x, d.h)
        with d.rotation(90, x + sw / 2 + 1.5, d.h - 4):
            d.text(x + sw / 2 + 1.5, d.h - 4, "Canadá GT 5555-0142")
    return d


# =========================================================================================
# as09  offer letter, English, 2 pages, generic (Philippines -> New Zealand), compliant
# =========================================================================================
def as09():
    d = Doc(
        fmt="A4",
        family="dv",
        footer="Harbourview Care Homes Ltd  ·  Letter of Offer - M. D. Obando  ·  Page {p} of {nb}",
        margins=(20, 14, 20),
        title="Letter of Offer - Health Care Assistant",
        author="Harbourview Care Homes Ltd",
    )
    d.add_page()
    d.set_fill_color(0, 105, 120)
    d.rect(0, 0, 8, d.h, style="F")
    d.set_font("dvs", "B", 16)
    d.set_text_color(0, 105, 120)
    d.cell(0, 8, "Harbourview Care Homes Ltd", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        4.5,
        "18 Marine Parade, Timaru 7910, New Zealand  ·  +64 3 555 0126  ·  careers@harbourview.example.nz",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(6)
    sz = 9.4
    d.para("14 January 2026", size=sz)
    d.para(
        "Ms. Maricel D. Obando\nBrgy. Tabuc Suba, Jaro, Iloilo City 5000, Philippines\n"
        "c/o Pacific Bridge Manpower Services, Inc. (DMW licence 112-LB-042523-R), Malate, Manila",
        size=sz,
        after=3,
    )
    d.para("LETTER OF OFFER - HEALTH CARE ASSISTANT", size=10.5, style="B", after=2)
    d.para("Dear Maricel,", size=sz)
    d.para(
        "Following your interview on 8 December 2025, we are delighted to offer you employment as a Health Care "
        "Assistant. This letter sets out the main terms; your individual employment agreement will repeat them "
        "and will be sent to you with your visa documents.",
        size=sz,
        after=2.5,
    )
    d.grid(
        [
            (
                "1",
                "Position",
                "Health Care Assistant: personal care for residents (bathing, dressing, feeding, "
                "mobility), recording observations, and reporting changes to the registered nurse",
            ),
            ("2", "Place of work", "Harbourview Care Home, 18 Marine Parade, Timaru"),
            ("3", "Term", "2 March 2026 to 1 March 2028 (fixed term of 24 months)"),
            (
                "4",
                "Hours",
                "40 hours per week: five 8-hour shifts on a rotating roster of day, evening and night shifts",
            ),
            (
                "5",
                "Pay",
                "NZD 28.50 gross per hour; work on public holidays at time and a half plus an alternative day off",
            ),
            (
                "6",
                "Pay frequency",
                "Fortnightly, by direct credit to your New Zealand bank account",
            ),
            (
                "7",
                "Deductions",
                "PAYE income tax, ACC earners' levy and KiwiSaver (3%, unless you opt out), as "
                "required by New Zealand law; nothing else without your written consent",
            ),
            (
                "8",
                "Travel",
                "We buy your flight from Manila to Christchurch and your return flight to Manila at the "
                "end of the contract, and meet you at the airport",
            ),
            (
                "9",
                "Ending the job",
                "Either party may end the employment with four weeks' written notice; serious "
                "misconduct may lead to dismissal after a fair investigation",
            ),
        ],
        (8, 32, 130),
        head=("", "Term", "Detail"),
        size=8.8,
        head_fill=(210, 232, 235),
    )
    d.para(
        "Your employment is conditional on the grant of a work visa and on a satisfactory police certificate. "
        "Please read the next page carefully: it explains what we pay for.",
        size=sz,
    )

    d.add_page()
    d.hd("What Harbourview pays for", before=0, size=11, color=(0, 105, 120))
    d.bullets(
        [
            "Your work visa application, immigration medical examination and police certificates are arranged and "
            "paid by Harbourview.",
            "The recruitment service fee of Pacific Bridge Manpower Services, Inc. is paid by Harbourview. You must "
            "not pay any placement fee, and Pacific Bridge may not deduct anything from your salary.",
            "The pre-departure orientation seminar and our two-day induction course are free of charge and the "
            "induction days are paid as work time.",
            "Four sets of scrubs and a pair of non-slip shoes are supplied free.",
            "Accommodation is free for your first four weeks in our staff flat at 22 Marine Parade. After that you "
            "may rent wherever you choose, and our office will help you find a place.",
        ],
        size=sz,
    )
    d.hd("Your freedoms", size=11, color=(0, 105, 120))
    d.bullets(
        [
            "If you resign early, you do not have to repay any cost of your recruitment or travel, and no penalty "
            "applies.",
            "Your passport stays with you at all times; we only take a photocopy for our files.",
            "You may change employer under New Zealand immigration rules, and we will not object or charge you.",
            "You may raise any concern with your manager, your union, the Labour Inspectorate or the Philippine "
            "Migrant Workers Office without any effect on your job.",
        ],
        size=sz,
    )
    d.para(
        "If you accept this offer, please sign below and return a copy to Pacific Bridge within 14 days. We look "
        "forward to welcoming you to Timaru.",
        size=sz,
    )
    d.para("Kind regards,", size=sz, after=0)
    d.sig_lines(
        "Fiona McAllister, Facility Manager\nHarbourview Care Homes Ltd",
        "I, Maricel D. Obando, accept this offer.\nDate:",
        y_gap=16,
    )
    return d


# =========================================================================================
# as10  OFW-style household service worker contract, English, 2 pages, generic (PH -> Qatar)
# =========================================================================================
def as10():
    d = Doc(
        fmt="A4",
        family="lsr",
        footer="Golden Crest International Manpower Agency, Inc.  -  HSW contract  -  page {p} of {nb}  -  Worker's initials: ______",
        margins=(20, 14, 20),
        title="Employment Contract for Household Service Worker",
        author="Golden Crest International Manpower Agency, Inc.",
    )
    d.add_page()
    d.set_font("lsr", "B", 13)
    d.cell(
        0,
        6,
        "EMPLOYMENT CONTRACT FOR HOUSEHOLD SERVICE WORKER",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("lsr", "", 10)
    d.cell(
        0,
        5,
        "(Republic of the Philippines - State of Qatar)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.para("This contract is entered into voluntarily by and between:", size=10)
    d.grid(
        [
            (
                "EMPLOYER",
                "Mr. Khalid Nasser Al-Mansouri, Villa 14, Street 802, Al Waab, Doha, State of Qatar; QID 28763400112",
            ),
            (
                "WORKER",
                "Ms. Rowena P. Dacanay, Purok 3, Barangay San Isidro, Cabanatuan City, Nueva Ecija, Philippines; "
                "Passport P4471209B",
            ),
            (
                "PHILIPPINE AGENCY",
                "Golden Crest International Manpower Agency, Inc., 1480 M. H. del Pilar Street, Ermita, Manila",
            ),
            ("FOREIGN AGENCY", "Al Noor Domestic Manpower Office, Building 33, C Ring Road, Doha"),
        ],
        (40, 130),
        size=9.4,
        family="lsr",
    )
    sz = 10
    clauses1 = [
        (
            "1. Site of employment.",
            "The Employer's residence at Villa 14, Street 802, Al Waab, Doha.",
        ),
        ("2. Duration.", "Two (2) years, from 1 March 2026 to 28 February 2028."),
        (
            "3. Duties.",
            "General housekeeping, cooking, laundry, and care of the Employer's two children, including "
            "feeding and bathing them.",
        ),
        (
            "4. Salary.",
            "QAR 1,500.00 per month, paid on or before the last day of each month in cash or by bank "
            "transfer.",
        ),
        (
            "5. Rest.",
            "The Worker shall be entitled to at least eight (8) hours of continuous rest each day and one (1) "
            "rest day each week, and to paid leave of thirty (30) days for each year of service.",
        ),
        (
            "6. Food, lodging and insurance.",
            "The Employer shall provide the Worker with free and suitable food and "
            "lodging, and with medical insurance at no cost to the Worker.",
        ),
        (
            "7. Travel and visa.",
            "The Employer shall pay the Worker's visa, residence permit, and economy-class air "
            "ticket from Manila to Doha. Upon completion of this contract the Employer shall "
            "provide the Worker a return ticket to Manila.",
        ),
        (
            "8. Salary loan.",
            "The Worker acknowledges a salary loan of forty-five thousand pesos (PHP 45,000.00) "
            "released to her before departure by the Agency's partner lending company, which the "
            "Employer shall deduct from her salary at QAR 400 per month and remit to the Agency.",
        ),
        (
            "9. Deductions.",
            "No deduction shall be made from the Worker's salary other than the loan installment in "
            "Clause 8.",
        ),
    ]
    for t, x in clauses1:
        d.set_font("lsr", "", sz)
        d.multi_cell(
            0, 4.9, f"**{t}** {x}", markdown=True, align="J", new_x="LMARGIN", new_y="NEXT"
        )
        d.ln(1.8)

    d.add_page()
    clauses2 = [
        (
            "10. Documents.",
            "For safekeeping, the Worker's passport and residence permit (QID) shall remain in the "
            "custody of the Employer for the duration of this contract.",
        ),
        (
            "11. Conduct.",
            "The Worker shall not leave the Employer's residence, even on her rest day, unless "
            "accompanied by the Employer or a member of the Employer's family.",
        ),
        (
            "12. Pre-termination by the Worker.",
            "Should the Worker pre-terminate this contract without just cause, "
            "she shall reimburse the Employer the full cost of her recruitment "
            "and deployment, estimated at QAR 12,000.00.",
        ),
        (
            "13. Termination by the Employer.",
            "The Employer may terminate this contract for serious misconduct, "
            "willful disobedience or habitual neglect of duties, in which case the "
            "Worker shall be paid all salary earned up to the date of termination.",
        ),
        (
            "14. Settlement of disputes.",
            "Disputes shall first be settled amicably with the assistance of the "
            "Philippine Migrant Workers Office in Doha, and otherwise before the "
            "competent authorities of the State of Qatar.",
        ),
        (
            "15. Language.",
            "This contract is written in English, a language the Worker declares she reads and "
            "understands, and each party receives a signed copy.",
        ),
    ]
    for t, x in clauses2:
        d.set_font("lsr", "", sz)
        d.multi_cell(
            0, 4.9, f"**{t}** {x}", markdown=True, align="J", new_x="LMARGIN", new_y="NEXT"
        )
        d.ln(1.8)
    d.ln(2)
    d.para(
        "IN WITNESS WHEREOF, the parties have signed this contract on 15 January 2026 in Manila, Philippines.",
        size=sz,
    )
    d.sig_lines(
        "Khalid Nasser Al-Mansouri\nEmployer (by his authorized agent)",
        "Rowena P. Dacanay\nWorker",
        y_gap=14,
    )
    d.sig_lines("Witness", "Witness", y_gap=8)
    d.ln(2)
    d.para(
        "Verified: Golden Crest International Manpower Agency, Inc., Licence No. 098-LB-031622-R",
        size=8.5,
        style="I",
    )
    return d


# =========================================================================================
# as11  H-2B offer letter, English page + Spanish page, 2 pages, compliant (restaurant)
# =========================================================================================
def as11():
    d = Doc(
        family="dv",
        margins=(20, 14, 20),
        title="Offer letter - Line Cook",
        author="Coastal Ember Seafood House, LLC",
    )

    def letterhead():
        d.set_font("dvs", "B", 15)
        d.set_text_color(176, 74, 32)
        d.cell(0, 7, "Coastal Ember Seafood House", new_x="LMARGIN", new_y="NEXT")
        d.set_font("dv", "", 8)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            4,
            "Coastal Ember Seafood House, LLC  ·  4120 South Virginia Dare Trail, Nags Head, NC 27959  ·  (252) 555-0163",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        d.set_text_color(0, 0, 0)
        d.set_draw_color(176, 74, 32)
        d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
        d.ln(5)

    sz = 9
    d.add_page()
    letterhead()
    d.para("January 26, 2026", size=sz, after=1)
    d.para(
        "Mr. Édgar Iván Solís Bautista\nCalle Insurgentes 45, Boca del Río, Veracruz, México",
        size=sz,
        after=2,
    )
    d.para("Dear Mr. Solís,", size=sz, after=1)
    d.para(
        "We are happy to offer you the position of Line Cook for our 2026 season under the H-2B program. "
        "Your Spanish copy of this letter is on page 2.",
        size=sz,
    )
    d.grid(
        [
            (
                "Job",
                "Line Cook: prepare and cook seafood on the grill and fry stations, prep vegetables and sauces, "
                "keep the line clean",
            ),
            ("Requirements", "Six months of restaurant cooking experience"),
            (
                "Place",
                "Coastal Ember Seafood House, 4120 South Virginia Dare Trail, Nags Head, North Carolina",
            ),
            ("Dates", "March 30, 2026 to October 25, 2026"),
            ("Hours", "40 hours per week, five shifts from 2:00 p.m. to 10:30 p.m."),
            ("Wage", "$16.05 per hour; hours over 40 in a week at $24.08 per hour"),
            ("Payday", "Every other Friday, by direct deposit, with an itemized pay stub"),
        ],
        (28, 147.9),
        size=8.6,
    )
    paras_en = [
        (
            "Higher wages.",
            "If a higher prevailing wage or minimum wage takes effect during the season, you will be "
            "paid the higher rate from that date.",
        ),
        (
            "Guarantee.",
            "We will offer you work for at least three-fourths of the workdays in each 12-week period; if "
            "we offer fewer hours, we pay you the difference.",
        ),
        (
            "Travel and visa.",
            "We reimburse your bus fare and meals from Veracruz to Nags Head and your visa and border "
            "fees in your first workweek, and we pay your trip home when the season ends or if we "
            "let you go early without cause.",
        ),
        ("Deductions.", "Only federal and state income tax, Social Security and Medicare."),
        (
            "What you do not pay.",
            "Conexión Costera Staffing, S. de R.L. is paid by us and may not ask you for any "
            "money. Chef coats, aprons and a full knife set are provided at no cost and laundered "
            "by the restaurant. You get one free staff meal each shift.",
        ),
        (
            "Service charge.",
            "Servers add an 18% service charge to parties of eight or more; part of it is shared "
            "with the kitchen team, including you.",
        ),
        (
            "Housing.",
            "The restaurant does not provide housing; we will send you a list of local rentals before you "
            "arrive.",
        ),
        (
            "Ending the job.",
            "You may quit at any time. We may end your employment only for a documented cause; five "
            "consecutive days of absence without notice are treated as abandonment, which we must "
            "report. If a hurricane or fire makes the work impossible, we may end the contract early "
            "with Department of Labor approval, but we still pay your guaranteed hours to that date "
            "and your trip home.",
        ),
    ]
    for lab, txt in paras_en:
        d.labelled(lab, txt, size=sz, after=1.2)
    d.para("Welcome aboard,", size=sz, after=0)
    d.sig_lines("Marisa Tolliver, General Manager", "Accepted: Édgar Iván Solís Bautista", y_gap=9)

    d.add_page()
    letterhead()
    d.para("VERSIÓN EN ESPAÑOL", size=10, style="B", after=1)
    d.para("26 de enero de 2026", size=sz, after=1)
    d.para("Estimado Sr. Solís:", size=sz, after=1)
    d.para(
        "Nos da gusto ofrecerle el puesto de Cocinero de Línea para la temporada 2026 con visa H-2B.",
        size=sz,
    )
    d.grid(
        [
            (
                "Trabajo",
                "Cocinero de línea: preparar y cocinar mariscos en la parrilla y la freidora, preparar "
                "verduras y salsas, mantener limpia la línea",
            ),
            ("Requisitos", "Seis meses de experiencia como cocinero en restaurante"),
            (
                "Lugar",
                "Coastal Ember Seafood House, 4120 South Virginia Dare Trail, Nags Head, Carolina del Norte",
            ),
            ("Fechas", "Del 30 de marzo al 25 de octubre de 2026"),
            ("Horario", "40 horas por semana, cinco turnos de 2:00 p.m. a 10:30 p.m."),
            ("Salario", "$16.05 por hora; las horas después de 40 en la semana a $24.08 por hora"),
            ("Día de pago", "Cada dos viernes, por depósito directo, con talón detallado"),
        ],
        (28, 147.9),
        size=8.6,
    )
    paras_es = [
        (
            "Salario más alto.",
            "Si durante la temporada entra en vigor un salario prevaleciente o mínimo más alto, se le "
            "pagará la tasa más alta desde esa fecha.",
        ),
        (
            "Garantía.",
            "Le ofreceremos trabajo por lo menos las tres cuartas partes de los días laborables de cada "
            "periodo de 12 semanas; si le ofrecemos menos horas, le pagamos la diferencia.",
        ),
        (
            "Viaje y visa.",
            "Le reembolsamos el pasaje de autobús y las comidas de Veracruz a Nags Head y los derechos de "
            "visa y de cruce en su primera semana de trabajo, y le pagamos el regreso cuando termine la "
            "temporada o si lo despedimos antes sin causa.",
        ),
        ("Descuentos.", "Sólo impuestos federales y estatales, Seguro Social y Medicare."),
        (
            "Lo que usted no paga.",
            "A Conexión Costera Staffing, S. de R.L. le pagamos nosotros y no puede pedirle "
            "dinero. Las filipinas, los mandiles y un juego completo de cuchillos se le dan sin "
            "costo y el restaurante los lava. Tiene una comida gratis en cada turno.",
        ),
        (
            "Cargo por servicio.",
            "Los meseros agregan un cargo por servicio del 18% a los grupos de ocho o más; una "
            "parte se reparte al equipo de cocina, incluido usted.",
        ),
        (
            "Vivienda.",
            "El restaurante no da vivienda; antes de su llegada le mandaremos una lista de cuartos en renta.",
        ),
        (
            "Fin del empleo.",
            "Usted puede renunciar cuando quiera. Sólo podemos despedirlo por una causa documentada; "
            "cinco días seguidos de faltas sin aviso se consideran abandono y debemos reportarlo. Si un "
            "huracán o un incendio hace imposible el trabajo, podemos terminar el contrato antes con "
            "permiso del Departamento de Trabajo, pero le pagamos las horas garantizadas hasta ese día "
            "y su regreso a casa.",
        ),
    ]
    for lab, txt in paras_es:
        d.labelled(lab, txt, size=sz, after=1.2)
    return d


# =========================================================================================
# as12  H-2A recruiter letter in Spanish + English job-terms sheet, 2 pages (melons, Arizona)
# =========================================================================================
def as12():
    d = Doc(
        family="dv",
        margins=(22, 16, 22),
        title="Carta de seleccion",
        author="Agencia de Colocación Valle del Mayo",
    )
    d.add_page()
    d.set_font("dvs", "B", 14)
    d.cell(0, 7, "Agencia de Colocación Valle del Mayo", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.cell(
        0,
        4.5,
        "Calle No Reelección 311 Ote., Col. Centro, Navojoa, Sonora  ·  Tel. 642 555 0119",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_draw_color(0, 0, 0)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.ln(6)
    sz = 10
    d.set_font("dv", "", sz)
    d.cell(0, 5, "Navojoa, Sonora, a 2 de marzo de 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(
        "Sr. Ramiro Buitimea Valenzuela\nEjido San Ignacio, Etchojoa, Sonora\nP r e s e n t e",
        size=sz,
        after=3,
    )
    d.para("Estimado Sr. Buitimea:", size=sz)
    d.para(
        "Nos da gusto avisarle que fue seleccionado para la temporada de melón 2026 con Desert Sun Melon Co., LLC en "
        "Somerton, Arizona, con visa H-2A. En la hoja siguiente le copiamos las condiciones de la orden de trabajo "
        "tal como vienen en inglés, para que las lleve a su cita.",
        size=sz,
        align="J",
    )
    d.para("Antes de su cita en el consulado de Hermosillo, tome en cuenta lo siguiente:", size=sz)
    d.bullets(
        [
            "Para cubrir los gastos de la oficina le pedimos una aportación de $3,000 (tres mil pesos), que se entrega "
            "en efectivo junto con sus documentos.",
            "La plática de orientación y seguridad en Navojoa es obligatoria y tiene un costo de 700 pesos por persona.",
            "Los derechos de visa y el camión a la frontera los paga el patrón, no usted.",
            "Nadie de esta oficina le va a pedir su pasaporte; usted lo guarda en todo momento.",
            "La plática será el sábado 14 de marzo a las 9:00 en nuestras oficinas. Traiga pluma y su CURP.",
        ],
        size=sz,
        after=1.5,
    )
    d.ln(2)
    d.para(
        "Cualquier duda, llámenos o venga a la oficina de lunes a viernes. Le deseamos una buena temporada.",
        size=sz,
    )
    d.ln(2)
    d.para("Atentamente,", size=sz, after=12)
    d.para(
        "Lic. Maribel Yocupicio Armenta\nCoordinadora de Reclutamiento\nAgencia de Colocación Valle del Mayo",
        size=sz,
    )

    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.set_font("dv", "B", 11)
    d.cell(
        0,
        8,
        "  JOB TERMS (copied from the H-2A job order)",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("dv", "I", 8.5)
    d.cell(
        0,
        5,
        "Condiciones de trabajo copiadas de la orden de trabajo H-2A (en inglés).",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    d.grid(
        [
            (
                "Employer",
                "Desert Sun Melon Co., LLC, 1950 East County 14th Street, Somerton, AZ 85350",
            ),
            (
                "Job",
                "Harvest cantaloupes and honeydew by hand, load field trailers, and sort melons at the field packing shed",
            ),
            ("Period", "May 4, 2026 to July 10, 2026"),
            (
                "Hours",
                "40 hours per week, Monday to Saturday, starting at 5:00 a.m. to avoid the heat",
            ),
            (
                "Wage",
                "$17.80 per hour, or the higher AEWR, prevailing or minimum wage if it rises during the contract",
            ),
            ("Pay", "Weekly, every Friday, with an earnings statement"),
            ("Housing", "Free housing at the Somerton labor camp, 880 South Main Street"),
            ("Meals", "Meals in the camp dining hall: $22.00 per day, deducted weekly"),
            (
                "Transportation",
                "Inbound cost reimbursed at 50% of the contract; return paid at completion; free daily bus to the fields",
            ),
            (
                "Tools",
                "Workers must provide their own harvest knives and gloves; knife sets are available from the crew leader for $35.",
            ),
            ("Guarantee", "Work guaranteed for three-fourths of the workdays of the contract"),
            ("Insurance", "Workers' compensation provided by the employer at no cost"),
            ("Deductions", "Income tax if requested, and meals"),
            (
                "Requirements",
                "Able to lift 60 pounds; one month of melon or vegetable harvest experience",
            ),
        ],
        (32, 139.9),
        size=9,
    )
    return d


DOCS = [as01, as02, as03, as04, as05, as06, as07, as08, as09, as10, as11, as12]


# =========================================================================================
# verification
# =========================================================================================
def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def verify(out_dir: str) -> list[str]:
    import pdfplumber

    problems: list[str] = []
    with open(LABELS, encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f"as{i:02d}.pdf" for i in range(1, 13))
    if sorted(x["file"] for x in labels) != files:
        problems.append("labels.json does not list exactly as01.pdf ... as12.pdf")
    docs_with_scan = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                problems.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
            image_only = set()
            texts = {}
            for i, pg in enumerate(pdf.pages, start=1):
                texts[i] = norm(pg.extract_text() or "")
                if not pg.chars and pg.images:
                    image_only.add(i)
            if image_only:
                docs_with_scan.append(lab["file"])
            if bool(image_only) != bool(lab["scanned"]):
                problems.append(
                    f"{lab['file']}: scanned flag {lab['scanned']} but image-only pages {sorted(image_only)}"
                )
            for f in lab["fees"]:
                if f["page"] in image_only:
                    continue
                if f["page"] not in texts:
                    problems.append(f"{lab['file']}: fee on missing page {f['page']}")
                    continue
                if norm(f["quote"]) not in texts[f["page"]]:
                    problems.append(f"{lab['file']} p{f['page']}: quote not found: {f['quote']!r}")
    if len(docs_with_scan) != 1:
        problems.append(f"expected exactly one document with a scanned page, got {docs_with_scan}")
    return problems


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for fn in DOCS:
        pdf = fn()
        pdf.output(os.path.join(out_dir, f"{fn.__name__}.pdf"))
    problems = verify(out_dir)
    if problems:
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} verification problem(s)")
    print(f"wrote {len(DOCS)} PDFs to {out_dir}; all labelled quotes verified")


if __name__ == "__main__":
    main(sys.argv)
