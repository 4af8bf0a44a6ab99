"""Build the held-out batch "ap": 12 labelled contract PDFs (mostly H-2B).

Usage:  .venv/bin/python tests/contracts/analysis/heldout_ap/build.py OUT_DIR

Deterministic: fixed creation date, no clock, no random module (the scan noise
comes from a fixed linear congruential sequence).  After writing the PDFs the
script reopens them with pdfplumber and checks every labelled fee quote against
the text of its labelled page (whitespace-normalized); for the one scanned page
it checks that the page has no text layer and that the quote is in the text that
was rendered into the image.  Any mismatch exits with status 1.
"""

from __future__ import annotations

import datetime
import io
import json
import math
import re
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime.datetime(2026, 1, 5, 9, 0, 0, tzinfo=datetime.UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"
FONTS = {
    "dv": (
        DJ + "DejaVuSans.ttf",
        DJ + "DejaVuSans-Bold.ttf",
        DJ + "DejaVuSans-Oblique.ttf",
        DJ + "DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        DJ + "DejaVuSansCondensed.ttf",
        DJ + "DejaVuSansCondensed-Bold.ttf",
        DJ + "DejaVuSansCondensed-Oblique.ttf",
        DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        DJ + "DejaVuSerif.ttf",
        DJ + "DejaVuSerif-Bold.ttf",
        DJ + "DejaVuSerif-Italic.ttf",
        DJ + "DejaVuSerif-BoldItalic.ttf",
    ),
    "lib": (
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
        LB + "LiberationSans-BoldItalic.ttf",
    ),
    "libs": (
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
        LB + "LiberationSerif-BoldItalic.ttf",
    ),
    "nar": (
        LB + "LiberationSansNarrow-Regular.ttf",
        LB + "LiberationSansNarrow-Bold.ttf",
        LB + "LiberationSansNarrow-Italic.ttf",
        LB + "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "noto": (
        NT + "NotoSans-Regular.ttf",
        NT + "NotoSans-Bold.ttf",
        NT + "NotoSans-Italic.ttf",
        NT + "NotoSans-BoldItalic.ttf",
    ),
}

# Text rendered into the scanned page (kept for the build-time check).
SCAN_TEXT: dict[tuple[str, int], str] = {}


# --------------------------------------------------------------------------
# small layout helpers
# --------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        base="dv",
        fmt="letter",
        margins=(54, 54, 54),
        bottom=60,
        header=None,
        footer=None,
        title="",
    ):
        super().__init__(unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        for fam, files in FONTS.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, f)
        self.base = base
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self._hdr = header
        self._ftr = footer
        self.no_chrome = False
        self.scan_pages: set[int] = set()
        self.set_title(title)
        self.set_author("")
        self.alias_nb_pages()

    def header(self):
        if self.no_chrome:
            self.scan_pages.add(self.page)
            return
        if self._hdr:
            self._hdr(self)

    def footer(self):
        if self._ftr and self.page not in self.scan_pages:
            self._ftr(self)

    def font(self, size=10, style="", fam=None):
        self.set_font(fam or self.base, style, size)


def P(
    pdf,
    text,
    size=10,
    style="",
    fam=None,
    align="L",
    lh=None,
    color=(0, 0, 0),
    indent=0,
    after=5,
    w=0,
):
    pdf.font(size, style, fam)
    pdf.set_text_color(*color)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(w, lh or size * 1.35, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def bullet(pdf, text, size=10, fam=None, sym="•", indent=12, lh=None, after=3, style=""):
    pdf.font(size, style, fam)
    lh = lh or size * 1.35
    y = pdf.get_y()
    sw = pdf.get_string_width(sym)
    pdf.set_xy(pdf.l_margin + indent - sw - 5, y)
    pdf.cell(sw + 1, lh, sym)
    pdf.set_xy(pdf.l_margin + indent, y)
    pdf.multi_cell(pdf.epw - indent, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if after:
        pdf.ln(after)


def band(pdf, y, h, color, text_lines, size=14, text_color=(255, 255, 255), fam=None, x=0, w=None):
    pdf.set_fill_color(*color)
    pdf.rect(x, y, w or pdf.w, h, style="F")
    pdf.set_text_color(*text_color)
    yy = y + 8
    for _i, (t, sz, st) in enumerate(text_lines):
        pdf.set_font(fam or pdf.base, st, sz)
        pdf.set_xy(pdf.l_margin, yy)
        pdf.cell(pdf.epw, sz * 1.25, t)
        yy += sz * 1.3
    pdf.set_text_color(0, 0, 0)


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam=None,
    head=True,
    borders="ALL",
    head_fill=(225, 225, 225),
    bold_first=False,
    lh=None,
    align="LEFT",
    padding=3,
):
    pdf.font(size, "", fam)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        line_height=lh or size * 1.3,
        borders_layout=borders,
        first_row_as_headings=head,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        text_align="LEFT",
        v_align="TOP",
        align=align,
        padding=padding,
    ) as t:
        for r_i, r in enumerate(rows):
            row = t.row()
            for c_i, c in enumerate(r):
                if bold_first and c_i == 0 and not (head and r_i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)


def col_write(pdf, x, y, w, items, fam=None):
    """items: (style, size, text, after). Returns the y after the last item."""
    for style, size, text, after in items:
        pdf.set_xy(x, y)
        pdf.font(size, style, fam)
        pdf.multi_cell(w, size * 1.32, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        y = pdf.get_y() + after
    return y


def text_height(pdf, w, text, size, style="", fam=None, lh=None):
    pdf.font(size, style, fam)
    return pdf.multi_cell(
        w, lh or size * 1.3, text, align="L", dry_run=True, output=MethodReturnValue.HEIGHT
    )


def sig_line(pdf, x, y, w, label, size=8):
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(x, y, x + w, y)
    pdf.font(size)
    pdf.set_xy(x, y + 2)
    pdf.multi_cell(w, size * 1.3, label, align="L")


def thumb_box(pdf, x, y, s=60, label="Huella"):
    pdf.set_line_width(0.6)
    pdf.rect(x, y, s, s)
    pdf.font(7)
    pdf.set_xy(x, y + s + 2)
    pdf.cell(s, 9, label, align="C")


def scribble(pdf, x, y, w, h, k=3.0):
    pts = []
    for i in range(60):
        t = i / 59
        pts.append((x + w * t, y + h * 0.5 + h * 0.45 * math.sin(t * k * 6.28) * (1 - 0.5 * t)))
    pdf.set_line_width(0.9)
    pdf.set_draw_color(20, 40, 120)
    pdf.polyline(pts)
    pdf.set_draw_color(0, 0, 0)


# --------------------------------------------------------------------------
# deterministic "scanner" for the image-only page
# --------------------------------------------------------------------------
def lcg(seed):
    state = seed & 0xFFFFFFFF
    while True:
        state = (1664525 * state + 1013904223) & 0xFFFFFFFF
        yield state


def render_scan(blocks, seed=2026, angle=0.8):
    """blocks: list of (kind, text). kinds: title, sub, body, gap, sig, thumb.
    Returns (PIL image, plain text that was rendered)."""
    W, H = 1700, 2200  # US letter at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", 37)
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", 42)
    f_small = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", 30)
    x0, x1 = 170, W - 170
    y = 170
    rendered = []
    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        if kind == "sig":
            # signature lines with scribbles and caption
            for i, cap in enumerate(text.split("|")):
                cx = x0 + i * 700
                d.line((cx, y + 90, cx + 560, y + 90), fill=30, width=3)
                pts = [
                    (cx + 20 + j * 9, y + 55 + int(28 * math.sin(j / 4.0 + i))) for j in range(55)
                ]
                d.line(pts, fill=45, width=4)
                d.text((cx, y + 100), cap, font=f_small, fill=25)
                rendered.append(cap)
            y += 170
            continue
        if kind == "thumb":
            d.rectangle((x1 - 230, y, x1 - 60, y + 170), outline=30, width=3)
            cx, cy = x1 - 145, y + 85
            for r in range(8, 70, 7):
                d.ellipse((cx - r * 0.75, cy - r, cx + r * 0.75, cy + r), outline=90, width=3)
            d.text((x1 - 220, y + 178), text, font=f_small, fill=25)
            rendered.append(text)
            y += 230
            continue
        font = {"title": f_bold, "sub": f_bold, "body": f_body, "small": f_small}[kind]
        words = text.split()
        line = ""
        lines = []
        for wd in words:
            cand = (line + " " + wd).strip()
            if d.textlength(cand, font=font) <= (x1 - x0):
                line = cand
            else:
                lines.append(line)
                line = wd
        if line:
            lines.append(line)
        lh = int(font.size * 1.38)
        for ln in lines:
            if kind == "title":
                tw = d.textlength(ln, font=font)
                d.text(((W - tw) / 2, y), ln, font=font, fill=20)
            else:
                d.text((x0, y), ln, font=font, fill=20)
            y += lh
        y += 18
        rendered.append(text)
    if y > H - 120:
        raise SystemExit("scanned page overflow")
    # photocopy look: darker left edge, speckles, slight rotation and blur
    px = img.load()
    for xx in range(0, 40):
        shade = 170 + xx * 2
        for yy in range(H):
            if px[xx, yy] > shade:
                px[xx, yy] = shade
    g = lcg(seed)
    for _ in range(5200):
        xx = next(g) % W
        yy = next(g) % H
        v = 60 + next(g) % 120
        px[xx, yy] = v
        if next(g) % 3 == 0 and xx + 1 < W:
            px[xx + 1, yy] = v
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img, "\n".join(rendered)


def add_scanned_page(pdf, key, blocks, angle=0.8):
    img, text = render_scan(blocks, angle=angle)
    pdf.no_chrome = True
    pdf.add_page()
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.no_chrome = False
    SCAN_TEXT[(key, pdf.page)] = text


# ==========================================================================
# ap01  H-2B forestry offer letter (en)
# ==========================================================================
def ap01():
    def hdr(p):
        band(
            p,
            0,
            70,
            (34, 85, 51),
            [
                ("OZARK HOLLOW REFORESTATION LLC", 17, "B"),
                ("4120 Sawmill Spur Road · Cedar Glade, AR 72560 · (870) 555-0186", 9, ""),
            ],
            fam="lib",
        )
        p.set_y(92)

    def ftr(p):
        p.set_y(-40)
        p.font(7.5, "I", "lib")
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            10,
            f"Ozark Hollow Reforestation LLC · Offer of employment, R. Saldaña Ibarra · page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf = Doc(base="lib", header=hdr, footer=ftr, title="Offer of H-2B employment")
    pdf.add_page()
    P(pdf, "January 12, 2026", 10)
    P(
        pdf,
        "Rigoberto Saldaña Ibarra\nCol. Los Pinos, Ciudad Victoria, Tamaulipas, Mexico\nVia: Enlace Forestal del Norte, S.C.",
        10,
        after=8,
    )
    P(pdf, "Re: Offer of H-2B employment, Tree Planter, 2026 planting season", 10.5, "B", after=6)
    P(pdf, "Dear Mr. Saldaña:", 10)
    P(
        pdf,
        "We are pleased to offer you a place on one of our hand-planting crews for the 2026 season, subject to approval of your H-2B visa. "
        "The main terms are summarized below. The job order certified by the U.S. Department of Labor is attached, and it controls if anything in this letter differs from it.",
        10,
        after=8,
    )
    rows = [
        ("Term", "Details"),
        (
            "Employer",
            "Ozark Hollow Reforestation LLC, 4120 Sawmill Spur Road, Cedar Glade, AR 72560",
        ),
        (
            "Position",
            "Tree Planter (Forest and Conservation Worker, SOC 45-4011). Hand-plant pine seedlings with a planting bar on cutover and burned tracts, carry seedling bags of up to 40 lb, keep seedlings shaded and moist, and clear brush around planting spots.",
        ),
        (
            "Worksites",
            "Company and client tracts in Stone, Izard and Searcy Counties, Arkansas. Crews meet each morning at the Cedar Glade yard, and the ride to the tract is free.",
        ),
        ("Season", "January 26, 2026 through May 15, 2026"),
        (
            "Schedule",
            "40 hours per week, Monday to Friday, 6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch. Saturdays only to make up rain days, and only if you agree.",
        ),
        (
            "Pay rate",
            "$18.21 per hour. A bonus of 3 cents is added for every seedling above 1,600 planted in a day. If the Department of Labor publishes a higher prevailing wage during the season, your rate goes up from that date.",
        ),
        ("Overtime", "Hours over 40 in a workweek are paid at $27.32 per hour."),
        (
            "Payday",
            "Weekly, every Friday, by paper check or pay card. Each pay stub shows hours offered, hours worked, rate, gross pay and every deduction.",
        ),
        (
            "Guarantee",
            "You will be offered work for at least three-fourths of the workdays in each 6-week period of the season. If we fall short, we pay the difference.",
        ),
        (
            "Requirements",
            "Three months of tree-planting, nursery or field experience; able to lift 40 lb and walk steep, rough ground all day.",
        ),
    ]
    grid(pdf, rows, (92, 412), size=9.5, bold_first=True, head_fill=(214, 232, 214))

    pdf.add_page()
    P(pdf, "Travel and visa", 11, "B", color=(34, 85, 51), after=3)
    P(
        pdf,
        "Your bus fare from Ciudad Victoria to Cedar Glade, plus meals on the road, is repaid in full with your first paycheck. "
        "Visa and border-crossing fees are also repaid in the first workweek. If you finish the season, or if we let you go early for a reason other than cause, we pay your bus home to Ciudad Victoria.",
        10,
        after=8,
    )
    P(pdf, "Your recruiter", 11, "B", color=(34, 85, 51), after=3)
    P(
        pdf,
        "Enlace Forestal del Norte, S.C. is paid by Ozark Hollow for recruiting you. It may not charge you any fee, and you owe it nothing.",
        10,
        after=8,
    )
    P(pdf, "Deductions and costs", 11, "B", color=(34, 85, 51), after=3)
    P(
        pdf,
        "We deduct federal and Arkansas income tax, Social Security and Medicare, plus the two items below.",
        10,
        after=3,
    )
    bullet(
        pdf,
        "Your planting bar, seedling bags and caulk boots are issued on the first day; their cost of $185 is divided over your first three paychecks.",
        10,
    )
    bullet(
        pdf,
        "Crew lodging at the Cedar Glade Motor Court costs $12 per night per person and is deducted weekly.",
        10,
        after=8,
    )
    P(pdf, "Crew rules", 11, "B", color=(34, 85, 51), after=3)
    bullet(
        pdf, "The safety briefing on your first day is held on paid time and costs you nothing.", 10
    )
    bullet(
        pdf,
        "Seedlings are counted at the cooler truck each afternoon; the tally sheet is the basis for the planting bonus.",
        10,
    )
    bullet(
        pdf,
        "A worker who damages a company crew truck through careless driving pays for the repair.",
        10,
    )
    bullet(
        pdf,
        "Workers who miss five workdays in a row without notice are considered to have abandoned the job, and we will report this to the Department of Labor and DHS as the rules require.",
        10,
    )
    bullet(pdf, "You keep your passport and all of your papers at all times.", 10, after=10)
    P(
        pdf,
        "Please sign below and return one copy to Enlace Forestal del Norte by January 19, 2026. We look forward to working with you.",
        10,
        after=34,
    )
    y = pdf.get_y()
    sig_line(
        pdf, 54, y, 220, "For Ozark Hollow Reforestation LLC\nDale Whitacre, Operations Manager"
    )
    scribble(pdf, 70, y - 30, 140, 24)
    sig_line(pdf, 330, y, 220, "Accepted by the worker\nRigoberto Saldaña Ibarra")
    return pdf


# ==========================================================================
# ap02  H-2B crawfish processing FAQ sheet (es), compliant
# ==========================================================================
def ap02():
    def hdr(p):
        band(
            p,
            0,
            62,
            (22, 48, 92),
            [
                ("Bayou Tres Ríos Seafood, L.L.C.", 15, "B"),
                ("PREGUNTAS FRECUENTES · TEMPORADA 2026 · PELADORAS DE LANGOSTINO (H-2B)", 9, ""),
            ],
            fam="noto",
        )
        p.set_y(80)

    def ftr(p):
        p.set_y(-38)
        p.set_draw_color(22, 48, 92)
        p.line(54, p.get_y() - 3, p.w - 54, p.get_y() - 3)
        p.font(7.5, "", "noto")
        p.cell(
            0,
            10,
            f"Hoja informativa para trabajadoras H-2B · Orden de trabajo LA-2026-3318 · pág. {p.page_no()} de {{nb}}",
            align="C",
        )

    pdf = Doc(base="noto", header=hdr, footer=ftr, bottom=50, title="Preguntas frecuentes")
    qa = [
        (
            "¿Quién es el patrón?",
            "Bayou Tres Ríos Seafood, L.L.C., 2250 Levee Road, Breaux Point, Luisiana 70517, EE. UU. Teléfono de la oficina: (337) 555-0148.",
        ),
        (
            "¿Qué trabajo voy a hacer?",
            "Pelar y desvenar a mano langostino (cangrejo de río) cocido, empacar la carne en bolsas de una libra, pesar las bolsas y lavar mesas y utensilios al terminar el turno.",
        ),
        (
            "¿Dónde voy a trabajar?",
            "En la planta de la empresa, en 2250 Levee Road, Breaux Point, Luisiana.",
        ),
        ("¿Cuándo empieza y cuándo termina?", "Del 2 de febrero al 30 de junio de 2026."),
        (
            "¿Qué horario tendré?",
            "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 con media hora para comer. Los sábados se trabaja sólo si llega producto y sólo si usted quiere.",
        ),
        (
            "¿Cuánto me van a pagar?",
            "US$15.38 por hora. Además hay un bono de 50 centavos por cada libra de carne que pase de su cuota de producción diaria de 30 libras. Si el gobierno publica un salario más alto para este trabajo durante la temporada, se le paga el más alto desde esa fecha.",
        ),
        (
            "¿Y el tiempo extra?",
            "Las horas que pasen de 40 en una semana se pagan a US$23.07 por hora.",
        ),
        (
            "¿Cada cuándo me pagan?",
            "Cada viernes, por semana. Con cada pago recibe un talón que muestra las horas ofrecidas, las horas trabajadas, la tarifa, el total y cada descuento.",
        ),
        (
            "¿Qué me van a descontar?",
            "Sólo los impuestos federales y de Luisiana, el Seguro Social y Medicare. Ningún otro descuento sin su permiso por escrito.",
        ),
        (
            "¿Cuánto trabajo me garantizan?",
            "Le garantizamos trabajo por lo menos en tres cuartas partes de los días de cada periodo de 12 semanas. Si no se lo damos, le pagamos la diferencia.",
        ),
        (
            "¿Quién paga el viaje?",
            "El autobús de Los Mochis a Breaux Point, el hotel en Monterrey para la cita y la comida del camino se los reembolsamos en su primer cheque. Si termina la temporada, o si la despedimos antes sin causa justa, pagamos su regreso hasta Los Mochis.",
        ),
        (
            "¿Y la visa?",
            "La empresa le devuelve en la primera semana lo que pagó por la visa y por el cruce de la frontera.",
        ),
        (
            "¿Tengo que comprar guantes, mandil o botas?",
            "No. Guantes, mandil, redecilla y botas de hule se entregan gratis y no se pide depósito. Si se rompen con el uso, se cambian sin costo.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En las casas móviles junto a la planta, sin costo para usted. La luz, el agua y el gas también los paga la empresa, y cada casa tiene cocina equipada.",
        ),
        (
            "¿Alguien me puede cobrar por este trabajo?",
            'No. Ni la empresa ni nuestra agencia en Los Mochis, Servicios Laborales Costa Pacífico, pueden cobrarle inscripción, trámite ni dinero "para apartar su lugar". A la agencia le paga la empresa. Si alguien le pide dinero, llámenos.',
        ),
        (
            "¿Qué requisitos hay?",
            "Ser mayor de 18 años y poder estar de pie durante el turno completo. No se necesita experiencia.",
        ),
        (
            "¿Me pueden correr?",
            "Sólo por una causa justificada que se le explique por escrito. Si falta cinco días seguidos sin avisar, se considera abandono del trabajo y la empresa debe avisar al gobierno.",
        ),
        (
            "¿Qué pasa si un huracán cierra la planta?",
            "Si un huracán, una inundación o un incendio hace imposible el trabajo, el contrato puede terminar antes con permiso del Departamento de Trabajo, pero usted recibe lo que ganó, las horas garantizadas hasta ese día y el regreso pagado.",
        ),
        (
            "¿Quién guarda mi pasaporte?",
            "Usted. Nadie de la empresa puede pedirle ni guardarle el pasaporte o la visa.",
        ),
        (
            "¿Puedo quejarme?",
            'Sí. Nadie puede castigarla ni ponerla en una "lista negra" por quejarse o por hablar con un abogado.',
        ),
        (
            "¿Puedo salir los fines de semana?",
            "Claro. Usted es libre de salir y de recibir visitas; sólo le pedimos avisar si no va a llegar a trabajar.",
        ),
    ]
    pdf.add_page()
    P(
        pdf,
        "Estas respuestas resumen su contrato de trabajo. Si algo no queda claro, pregunte en la oficina o a la supervisora, Sra. Ledet.",
        9.5,
        "I",
        after=6,
    )
    for i, (q, a) in enumerate(qa):
        if i == 12:
            pdf.add_page()
        P(pdf, q, 10, "B", color=(22, 48, 92), after=1)
        P(pdf, a, 9.5, after=6)
    return pdf


# ==========================================================================
# ap03  recruiter agreement (es), Guatemala -> poultry plant; page 2 scanned
# ==========================================================================
def ap03():
    def ftr(p):
        p.set_y(-40)
        p.font(7.5, "", "dvs")
        p.cell(
            0,
            10,
            f"Contrato AEG-2026-0193 · Página {p.page_no()} de {{nb}} · Iniciales: ______",
            align="C",
        )

    pdf = Doc(
        base="dvs", footer=ftr, margins=(60, 48, 60), title="Contrato de intermediación laboral"
    )
    pdf.add_page()
    P(pdf, "Agencia de Empleo Altiplano Global, S.A.", 12, "B", align="C", after=0)
    P(pdf, "6a. avenida 4-21, zona 1, Quetzaltenango · Tel. 7765-0311", 8.5, align="C", after=10)
    P(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL",
        11,
        "B",
        align="C",
        after=8,
    )
    body = 9.2
    P(
        pdf,
        "En la ciudad de Quetzaltenango, el nueve de febrero de dos mil veintiséis, comparecen: por una parte, AGENCIA DE EMPLEO ALTIPLANO GLOBAL, S.A., "
        "representada por su gerente, licenciado Otto Renato Coyoy Sic, en adelante LA AGENCIA; y por la otra, EDGAR ROLANDO TZUL CHÁVEZ, con DPI 2451 38765 0901, "
        "vecino de San Cristóbal Totonicapán, en adelante EL ASPIRANTE. Ambas partes convienen en las cláusulas siguientes:",
        body,
        align="J",
        after=6,
    )
    clauses = [
        (
            "PRIMERA. Objeto.",
            "LA AGENCIA gestionará la contratación de EL ASPIRANTE con la empresa Magnolia Valley Poultry Processing, Inc., con domicilio en 88 Industrial Park Drive, Larkin, Mississippi 39110, Estados Unidos de América, bajo el programa de visas H-2B.",
        ),
        (
            "SEGUNDA. Condiciones del empleo.",
            "Según la orden de trabajo aprobada, EL ASPIRANTE trabajará como deshuesador en línea: cortará y separará pechuga, muslo y ala con cuchillo, recortará grasa y empacará el producto en charolas. Lugar: planta de Larkin, en la dirección indicada. Periodo: del 1 de abril al 15 de diciembre de 2026. Jornada: 40 horas semanales, de lunes a viernes, de 5:30 a 14:00 horas. Salario: US$14.90 por hora; las horas extra se pagan a US$22.35. Pago: cada dos semanas.",
        ),
        (
            "TERCERA. Requisitos.",
            "Tener entre 18 y 45 años y al menos tres meses de experiencia en rastro, carnicería o empacadora.",
        ),
        (
            "CUARTA. Gastos a cargo del empleador.",
            "El empleador compra el boleto de avión de Guatemala a Jackson y paga la comida del viaje; al terminar el contrato paga el regreso. También reembolsa en la primera semana la tarifa de la visa H-2B.",
        ),
        (
            "QUINTA. Equipo.",
            "Cuchillos, chairas, guantes de malla, mandil y botas de hule los entrega el empleador sin costo alguno.",
        ),
        (
            "SEXTA. Gestión de expediente.",
            "Por gestión de expediente, EL ASPIRANTE cubrirá a LA AGENCIA la suma de Q6,200.00 (seis mil doscientos quetzales exactos), pagadera en dos tractos: la mitad al firmar este contrato y la mitad al recibir la cita consular.",
        ),
        (
            "SÉPTIMA. Examen médico.",
            "El examen médico, la prueba de tuberculosis y la prueba antidoping se realizan en la clínica que designe LA AGENCIA, y su costo de Q850.00 corre por cuenta de EL ASPIRANTE.",
        ),
        (
            "OCTAVA. Anexo.",
            "EL ASPIRANTE firma además el Anexo A, que forma parte de este contrato.",
        ),
        (
            "NOVENA. Aceptación.",
            "Leído lo escrito y enteradas las partes de su contenido, lo aceptan, ratifican y firman en el lugar y fecha indicados.",
        ),
    ]
    for head, text in clauses:
        P(pdf, head, body, "B", after=1)
        P(pdf, text, body, align="L", after=6)
    pdf.ln(30)
    y = pdf.get_y()
    sig_line(pdf, 60, y, 200, "Lic. Otto Renato Coyoy Sic\nLA AGENCIA")
    scribble(pdf, 80, y - 30, 130, 24, k=2.2)
    sig_line(pdf, 320, y, 200, "Edgar Rolando Tzul Chávez\nEL ASPIRANTE")
    thumb_box(pdf, 532, y - 8, 44)

    blocks = [
        ("title", "ANEXO A"),
        ("title", "COMPROMISOS DE EL ASPIRANTE"),
        ("gap", "20"),
        ("body", "Contrato AEG-2026-0193. Quetzaltenango, 9 de febrero de 2026."),
        ("gap", "10"),
        (
            "body",
            "1. EL ASPIRANTE se presentará puntualmente a la cita consular y a la salida del grupo en la fecha que le indique LA AGENCIA.",
        ),
        (
            "body",
            "2. Como garantía de cumplimiento, EL ASPIRANTE firma a favor de LA AGENCIA un pagaré en blanco, que le será devuelto cuando regrese a Guatemala.",
        ),
        (
            "body",
            "3. Si EL ASPIRANTE se regresa antes de terminar la temporada, LA AGENCIA llenará el pagaré por Q15,000.00 y lo cobrará a EL ASPIRANTE o a su fiador.",
        ),
        ("body", "4. LA AGENCIA no retendrá el pasaporte ni el DPI de EL ASPIRANTE."),
        ("body", "5. EL ASPIRANTE declara que leyó este anexo y que se le explicó en su idioma."),
        ("gap", "60"),
        ("sig", "EL ASPIRANTE: Edgar Rolando Tzul Chávez|FIADOR: Marta Julia Chávez Ixcot"),
        ("gap", "30"),
        ("thumb", "Huella de EL ASPIRANTE"),
        ("small", "Recibido en oficina. Sello y firma de LA AGENCIA."),
    ]
    add_scanned_page(pdf, "ap03.pdf", blocks, angle=0.8)
    return pdf


# ==========================================================================
# ap04  WhatsApp channel broadcast (es), Dominican Republic -> amusement park
# ==========================================================================
def ap04():
    pdf = Doc(base="dv", fmt=(340, 780), margins=(14, 14, 14), bottom=10, title="WhatsApp")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 58, style="F")
    pdf.set_fill_color(200, 200, 200)
    pdf.ellipse(14, 13, 32, 32, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.font(11.5, "B")
    pdf.set_xy(54, 14)
    pdf.cell(260, 14, "Visas & Empleos Quisqueya ✔")
    pdf.font(8)
    pdf.set_xy(54, 31)
    pdf.cell(260, 10, "Canal · 2.418 seguidores")
    pdf.set_text_color(0, 0, 0)
    y = [70]

    def chip(text):
        pdf.font(7.5)
        w = pdf.get_string_width(text) + 16
        pdf.set_fill_color(225, 242, 251)
        pdf.rect((pdf.w - w) / 2, y[0], w, 15, style="F", round_corners=True, corner_radius=5)
        pdf.set_xy((pdf.w - w) / 2, y[0] + 2)
        pdf.cell(w, 11, text, align="C")
        y[0] += 24

    def bubble(text, side="L", time="9:14", color=(255, 255, 255), size=9.2):
        maxw = 250
        pdf.font(size)
        lh = size * 1.3
        lines = pdf.multi_cell(
            maxw - 16, lh, text, align="L", dry_run=True, output=MethodReturnValue.LINES
        )
        tw = max(pdf.get_string_width(ln) for ln in lines) + 3
        bw = min(maxw, tw + 16)
        h = len(lines) * lh + 22
        x = 12 if side == "L" else pdf.w - 12 - bw
        pdf.set_fill_color(*color)
        pdf.rect(x, y[0], bw, h, style="F", round_corners=True, corner_radius=7)
        pdf.set_xy(x + 8, y[0] + 6)
        pdf.font(size)
        pdf.multi_cell(bw - 16 + 1, lh, text, align="L")
        pdf.font(6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + bw - 40, y[0] + h - 12)
        pdf.cell(34, 8, time + (" ✔✔" if side == "R" else ""), align="R")
        pdf.set_text_color(0, 0, 0)
        y[0] += h + 7

    chip("HOY")
    bubble(
        "★ TRABAJO EN USA CON VISA H-2B ★\nParque de diversiones Thunder Cove Family Park en Lake Harbor, Ohio.\nTemporada: del 15 de mayo al 7 de septiembre de 2026.",
        time="9:12",
    )
    bubble(
        "Puestos: operador de atracciones (revisar cinturones y controlar filas), vendedor de comida en kioscos y limpieza del parque.\nPago: $15.25 la hora + propinas en los kioscos.\n40 a 48 horas por semana. Pago cada semana.",
        time="9:12",
    )
    bubble(
        "✈ El pasaje de avión Santo Domingo a Cleveland lo paga el parque. Los empleados entran gratis al parque en sus días libres.",
        time="9:13",
    )
    bubble("Requisitos: de 18 a 35 años, bachiller, inglés básico.", time="9:13")
    bubble(
        "COSTOS DEL PROCESO:\nPara separar tu cupo son RD$35,000, y el resto cuando salga la visa.\nCurso obligatorio de inglés y servicio al cliente: RD$8,500, se paga en la oficina antes de la entrevista.\nLa cita consular y el pago de la visa (US$205) corren por tu cuenta.",
        time="9:14",
    )
    bubble(
        "Oficina: Calle del Sol #58, Santiago de los Caballeros ☎ 809-555-0144\nPocos cupos, ¡no te quedes fuera!",
        time="9:15",
    )
    bubble("Buenas, ¿y eso es legal?", side="R", color=(220, 248, 198), time="11:02")
    bubble(
        "Claro que sí, somos agencia registrada y todo es 100% legal. Los cupos se están llenando rápido.",
        time="11:05",
    )
    # input bar
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(10, pdf.h - 42, pdf.w - 20, 30, style="F", round_corners=True, corner_radius=14)
    pdf.font(8.5)
    pdf.set_text_color(150, 150, 150)
    pdf.set_xy(26, pdf.h - 33)
    pdf.cell(200, 12, "Solo los administradores pueden enviar mensajes")
    pdf.set_text_color(0, 0, 0)
    if y[0] > pdf.h - 48:
        raise SystemExit("ap04 overflow")
    return pdf


# ==========================================================================
# ap05  H-2B golf course job order (en), compliant, 3 pages
# ==========================================================================
def ap05():
    def hdr(p):
        p.font(8, "", "dvs")
        p.set_text_color(70, 70, 70)
        p.set_xy(54, 26)
        p.cell(250, 10, "SEA MYRTLE GOLF CLUB")
        p.set_xy(p.w - 304, 26)
        p.cell(250, 10, "H-2B Job Order · Clearance Order SC-2026-0417", align="R")
        p.set_draw_color(120, 120, 120)
        p.line(54, 40, p.w - 54, 40)
        p.set_text_color(0, 0, 0)
        p.set_y(54)

    def ftr(p):
        p.set_y(-38)
        p.font(7.5, "", "dvs")
        p.cell(0, 10, f"Page {p.page_no()} of {{nb}}", align="C")

    pdf = Doc(base="dvs", header=hdr, footer=ftr, title="H-2B Job Order")
    pdf.add_page()
    P(pdf, "JOB ORDER AND WORK CONTRACT", 13, "B", align="C", after=0)
    P(
        pdf,
        "Temporary non-agricultural employment under the H-2B program",
        9.5,
        "I",
        align="C",
        after=10,
    )
    fs = 9
    cl = [
        (
            "1. Employer.",
            "Palmetto Dunes Links Management, LLC, doing business as Sea Myrtle Golf Club, 700 Fairway Oaks Drive, Marsh Hollow, SC 29576. Telephone (843) 555-0162. FEIN on file with the Department of Labor.",
        ),
        (
            "2. Position and duties.",
            "Golf Course Maintenance Worker (Landscaping and Groundskeeping Workers, SOC 37-3011); 14 openings. Mow greens, tees and fairways with walk-behind and riding mowers; rake bunkers; change cup positions; repair divots and ball marks; run string trimmers and blowers; hand-water dry spots; spread fertilizer and topdressing under the direction of the assistant superintendent. On weekend mornings, help the starter collect cart and range fees from golfers and deposit the cash bag at the pro shop.",
        ),
        (
            "3. Place of employment.",
            "Sea Myrtle Golf Club, 700 Fairway Oaks Drive, Marsh Hollow, SC 29576, and its sister course listed in Attachment A. Transportation between the two courses during the workday is provided in club vehicles at no cost.",
        ),
        ("4. Period of employment.", "March 9, 2026 through November 20, 2026."),
        (
            "5. Hours.",
            "40 hours per week. The usual schedule is Tuesday through Saturday, 5:30 a.m. to 2:00 p.m., with a 30-minute meal break. Start times may move earlier in July and August because of heat.",
        ),
        (
            "6. Wage.",
            "$16.44 per hour. The employer will always pay at least the highest of the offered wage, the prevailing wage, and any applicable federal, state or local minimum wage. If a new prevailing wage higher than the offered wage is issued during the contract, the employer will pay the new wage from its effective date.",
        ),
        (
            "7. Overtime.",
            "Overtime is sometimes available. Hours worked over 40 in a workweek are paid at $24.66 per hour.",
        ),
        (
            "8. Pay period and earnings statements.",
            "Wages are paid every two weeks on Friday. With each payment the worker receives a written statement of hours offered, hours worked, rate of pay, gross and net earnings, and each deduction.",
        ),
        (
            "9. Deductions.",
            "Required by law: federal and South Carolina income tax, Social Security and Medicare. Voluntary: only those the worker authorizes in writing for his or her own benefit, such as a transfer of savings to a family bank account. No other deductions will be made.",
        ),
        (
            "10. Three-fourths guarantee.",
            "For each 12-week period of the contract, the employer guarantees to offer work for hours equal to at least three-fourths of the workdays in that period. If it does not, it pays the difference.",
        ),
        (
            "11. Tools, supplies and equipment.",
            "All mowers, trimmers, rakes, hand tools, uniform shirts and hats, rain gear, and hearing and eye protection are provided at no charge and with no deposit. Workers are not charged for ordinary wear or accidental damage to equipment.",
        ),
        (
            "12. Housing.",
            "Housing is optional. Workers who want it may live in the Club's bunkhouse at 22 Tidewater Lane at no cost.",
        ),
        (
            "13. Transportation to the job.",
            "The employer will reimburse the reasonable cost of travel and daily subsistence from the place of recruitment to Marsh Hollow in the first workweek, or advance it. Workers who finish the contract, or who are dismissed early for any reason other than cause, receive paid return transportation and subsistence to the place of recruitment.",
        ),
    ]
    for h, t in cl:
        P(pdf, h, fs, "B", after=1)
        P(pdf, t, fs, align="J", after=5)
    pdf.add_page()
    cl2 = [
        (
            "14. Visa and related fees.",
            "The employer reimburses visa, visa processing and border-crossing fees, and related fees required for entry, in the first workweek.",
        ),
        (
            "15. Recruitment.",
            "The employer pays all fees of its recruiter, Agencia Verde Campo, S.C., of San Luis Potosí, and has forbidden it in writing from charging workers. No person acting for the employer may ask a worker for any payment, kickback or favor in exchange for this job.",
        ),
        (
            "16. Job requirements.",
            "Three months of experience operating commercial mowers on a golf course or sports field. No driver's license is required.",
        ),
        (
            "17. Meals.",
            "A staff lunch from the clubhouse grill is provided on each workday at no cost to the worker.",
        ),
        (
            "18. Abandonment and termination.",
            "A worker who fails to report for work for five consecutive working days without the employer's consent is considered to have abandoned the job, and the employer will notify the Department of Labor and DHS within two working days. Dismissal for cause follows a written warning. A worker who leaves before the end of the contract owes the employer nothing and keeps all wages earned; only the paid return trip is lost in that case.",
        ),
        (
            "19. Contract impossibility.",
            "If a hurricane, flood, fire or other Act of God makes the work impossible, the employer may end the contract with the approval of the Certifying Officer. The worker is then paid for the hours guaranteed up to that date and receives return transportation.",
        ),
        (
            "20. Workers' rights.",
            "The employer will not hold or confiscate any worker's passport, visa or other identification. No worker will be threatened, blacklisted, or denied future employment for filing a complaint, talking with a lawyer or advocate, or testifying about this contract. Workers may leave the bunkhouse and the Club grounds freely outside working hours.",
        ),
        (
            "21. Copy of the contract.",
            "Each worker receives this job order in English and in Spanish no later than the visa interview.",
        ),
    ]
    for h, t in cl2:
        P(pdf, h, fs, "B", after=1)
        P(pdf, t, fs, align="J", after=5)
    pdf.add_page()
    P(pdf, "ATTACHMENT A: WORKSITES", 10.5, "B", after=5)
    grid(
        pdf,
        [
            ("Worksite", "Address", "Notes"),
            (
                "Sea Myrtle Golf Club (main course)",
                "700 Fairway Oaks Drive, Marsh Hollow, SC 29576",
                "Maintenance barn, Hole 10",
            ),
            (
                "Heron Point Course",
                "15 Tidewater Lane, Marsh Hollow, SC 29576",
                "9 holes; bunkhouse",
            ),
        ],
        (160, 214, 130),
        size=7.8,
        fam="dvs",
    )
    pdf.ln(14)
    P(pdf, "ATTACHMENT B: SIGNATURES", 10.5, "B", after=5)
    P(
        pdf,
        "Signed for the employer on January 14, 2026, by Curtis Brandenburg, Golf Course Superintendent. I have received a copy of this job order in a language I understand.",
        9,
        after=30,
    )
    y = pdf.get_y()
    sig_line(pdf, 54, y, 220, "Curtis Brandenburg, Superintendent")
    scribble(pdf, 66, y - 28, 140, 22, k=2.6)
    sig_line(pdf, 330, y, 220, "Worker")
    return pdf


# ==========================================================================
# ap06  H-2B waterpark offer letter + dormitory rules (en)
# ==========================================================================
def ap06():
    def ftr(p):
        p.set_y(-36)
        p.font(7, "", "dvc")
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            10,
            f"Northwoods Splash Parks, Inc. · Seasonal Staffing · {p.page_no()}/{{nb}}",
            align="R",
        )
        p.set_text_color(0, 0, 0)

    pdf = Doc(base="dvc", footer=ftr, title="Offer letter")
    pdf.add_page()
    pdf.set_fill_color(0, 140, 186)
    pdf.rect(0, 0, pdf.w, 10, style="F")
    P(pdf, "NORTHWOODS SPLASH PARKS, INC.", 16, "B", color=(0, 110, 150), after=0)
    P(
        pdf,
        "1900 River Bluff Road · Dells Crossing, WI 53965 · (608) 555-0127",
        8.5,
        color=(80, 80, 80),
        after=12,
    )
    P(pdf, "March 2, 2026", 9.5)
    P(
        pdf,
        "Kevin Alexander Portillo Rivas\nColonia El Paraíso, San Miguel, El Salvador",
        9.5,
        after=8,
    )
    P(pdf, "Dear Kevin,", 9.5)
    P(
        pdf,
        "Congratulations! Northwoods Splash Parks is happy to offer you seasonal H-2B employment for our 2026 summer season. "
        "This offer was arranged through our recruiting partner, Talento Cuscatlán Internacional, which is paid by Northwoods and is not allowed to charge you anything.",
        9.5,
        after=8,
    )
    fs = 9.3
    P(pdf, "YOUR JOB", 10, "B", color=(0, 110, 150), after=2)
    for t in [
        "Position: Ride Operator / Food Service Attendant. You will dispatch riders at the water slides, check height and safety rules, keep queue lines moving, and serve food and drinks at the concession stands when assigned.",
        "Place of work: Northwoods Splash Parks, 1900 River Bluff Road, Dells Crossing, Wisconsin.",
        "Season: May 18, 2026 to September 12, 2026.",
        "Hours: at least 35 hours per week, usually 10:00 a.m. to 7:00 p.m., five or six days a week.",
        "Requirements: 18 or older, basic spoken English, and able to swim 50 meters (slide positions).",
    ]:
        bullet(pdf, t, fs)
    pdf.ln(4)
    P(pdf, "YOUR PAY", 10, "B", color=(0, 110, 150), after=2)
    for t in [
        "Rate: $14.75 per hour. Overtime (over 40 hours in a week) is paid at time and a half.",
        "Payday: weekly, every Thursday, by direct deposit or pay card. Your pay stub on the employee portal shows hours offered, hours worked, rate and all deductions.",
        "Deductions: federal and Wisconsin income tax, Social Security and Medicare; for Pine Lodge residents, rent and the meal plan as listed in the Dormitory Rules.",
        "Hours guarantee: we guarantee you work for at least three-fourths of the workdays in each 6-week period of the season.",
    ]:
        bullet(pdf, t, fs)
    pdf.ln(4)
    P(pdf, "TRAVEL, VISA AND UNIFORMS", 10, "B", color=(0, 110, 150), after=2)
    for t in [
        "Your flight from San Salvador to Chicago and the shuttle to the park are reimbursed in your first paycheck, together with your visa fee (MRV).",
        "If you complete the season, Northwoods pays your return flight to San Salvador.",
        "Two uniform shirts, board shorts for slide staff, a whistle and sunscreen are provided free.",
    ]:
        bullet(pdf, t, fs)
    pdf.ln(6)
    P(pdf, "We can't wait to see you at the park!", 9.5, after=22)
    y = pdf.get_y()
    scribble(pdf, 60, y - 24, 120, 20, k=3.3)
    sig_line(pdf, 54, y, 200, "Brenda Kowalczyk, Seasonal Staffing Manager")

    pdf.add_page()
    pdf.set_fill_color(0, 140, 186)
    pdf.rect(0, 0, pdf.w, 10, style="F")
    P(
        pdf,
        "PINE LODGE EMPLOYEE HOUSING: DORMITORY RULES 2026",
        13,
        "B",
        color=(0, 110, 150),
        after=0,
    )
    P(
        pdf,
        "Attachment to your offer letter. Please read, sign and bring this page to check-in.",
        8.5,
        "I",
        after=10,
    )
    y0 = pdf.get_y()
    gut = 20
    cw = (pdf.epw - gut) / 2
    left = [
        ("B", 9.5, "1. Location and shuttle", 1),
        (
            "",
            9,
            "Pine Lodge is at 2210 County Road H, two miles from the park. A free shuttle runs every 30 minutes between 7:00 a.m. and midnight.",
            8,
        ),
        ("B", 9.5, "2. Rent", 1),
        (
            "",
            9,
            "Rent is $70 per week per bed and is deducted from each paycheck, whether or not you sleep at Pine Lodge.",
            8,
        ),
        ("B", 9.5, "3. Meals", 1),
        (
            "",
            9,
            "All Pine Lodge residents must join the employee meal plan at $9.50 per day, deducted weekly.",
            8,
        ),
        ("B", 9.5, "4. Room inspections", 1),
        (
            "",
            9,
            "Rooms are inspected every other Monday. Damage found at inspection will be charged in equal parts to all occupants of the room.",
            8,
        ),
    ]
    right = [
        ("B", 9.5, "5. Curfew", 1),
        (
            "",
            9,
            "Curfew is 11:00 p.m., and residents may not spend a night away from Pine Lodge without written permission from the Housing Manager.",
            8,
        ),
        ("B", 9.5, "6. Visitors", 1),
        ("", 9, "Guests must sign in at the front desk and leave by 10:00 p.m.", 8),
        ("B", 9.5, "7. Laundry", 1),
        ("", 9, "Washers and dryers in the basement are free of charge.", 8),
        ("B", 9.5, "8. Keys", 1),
        ("", 9, "Report a lost key to the front desk and a replacement is issued free.", 8),
        ("B", 9.5, "9. Quiet hours", 1),
        ("", 9, "10:00 p.m. to 7:00 a.m., every night.", 8),
    ]
    yl = col_write(pdf, pdf.l_margin, y0, cw, left)
    yr = col_write(pdf, pdf.l_margin + cw + gut, y0, cw, right)
    pdf.set_draw_color(180, 180, 180)
    pdf.line(pdf.l_margin + cw + gut / 2, y0, pdf.l_margin + cw + gut / 2, max(yl, yr) - 6)
    pdf.set_xy(pdf.l_margin, max(yl, yr) + 30)
    y = pdf.get_y()
    sig_line(pdf, 54, y, 220, "Resident signature")
    sig_line(pdf, 330, y, 150, "Date")
    return pdf


# ==========================================================================
# ap07  recruiter letter (es), El Salvador -> construction helpers, Texas
# ==========================================================================
def ap07():
    def hdr(p):
        p.font(12.5, "B", "libs")
        p.set_xy(54, 34)
        p.cell(p.epw, 15, "SERVICIOS MIGRATORIOS Y LABORALES LEMPA, S.A. de C.V.", align="C")
        p.font(8.5, "", "libs")
        p.set_xy(54, 50)
        p.cell(
            p.epw,
            11,
            "Avenida Roosevelt Sur #412, San Miguel, El Salvador · Tel. 2661-5530",
            align="C",
        )
        p.set_line_width(1.2)
        p.line(54, 66, p.w - 54, 66)
        p.set_line_width(0.3)
        p.line(54, 69, p.w - 54, 69)
        p.set_y(86)

    def ftr(p):
        p.set_y(-36)
        p.font(7.5, "I", "libs")
        p.cell(0, 10, f"{p.page_no()}", align="C")

    pdf = Doc(base="libs", header=hdr, footer=ftr, margins=(60, 54, 60), title="Carta de selección")
    pdf.add_page()
    fs = 11
    P(pdf, "San Miguel, 20 de enero de 2026", fs, align="R", after=8)
    P(pdf, "Señor\nJosé Wilfredo Ayala Romero\nCantón El Jute, Chinameca, San Miguel", fs, after=8)
    P(pdf, "Asunto: Selección para empleo temporal H-2B en Texas", fs, "B", after=8)
    P(pdf, "Estimado señor Ayala:", fs)
    P(
        pdf,
        "Tenemos el gusto de comunicarle que la empresa Brazos Ridge Concrete & Masonry, LLC, con domicilio en 5120 Gulf Freeway Service Road, Pasadena Creek, Texas 77503, "
        "lo ha seleccionado como ayudante de construcción para la temporada 2026, por medio de Servicios Migratorios y Laborales Lempa, S.A. de C.V. A continuación le detallamos las condiciones y los pasos a seguir.",
        fs,
        align="J",
        after=6,
    )
    items = [
        "Puesto: ayudante de albañil y de concreto. Sus tareas serán cargar block y varilla, mezclar mortero, armar y desarmar andamios, y limpiar las obras al final del día.",
        "Lugar de trabajo: obras de la empresa en Houston y Pasadena Creek, Texas.",
        "Periodo: del 2 de marzo al 30 de noviembre de 2026.",
        "Jornada: 40 horas semanales, de lunes a viernes.",
        "Salario: US$17.10 por hora; el tiempo extra se paga a US$25.65 la hora. El pago es cada semana.",
        "Requisitos: seis meses de experiencia en construcción y saber leer una cinta métrica.",
        "Equipo: el casco, el chaleco, los guantes y los lentes se los da la empresa sin costo.",
        "Viaje y visa: la empresa le reembolsa en su primer cheque la cuota de la visa y el boleto de avión de San Salvador a Houston.",
    ]
    for i, t in enumerate(items, 1):
        bullet(pdf, t, 10.5, sym=f"{i}.", indent=18, after=2)
    pdf.ln(6)
    P(pdf, "Aporte a la agencia", fs, "B", after=3)
    P(
        pdf,
        "La contribución por los servicios de la agencia es de US$1,200.00 (mil doscientos dólares), que debe depositar en la cuenta de la agencia antes de la entrevista consular. "
        "Si no cuenta con ese dinero, la agencia le adelanta los US$1,200.00 y usted los devuelve con descuentos de US$100 semanales de su cheque, más un interés del 5% mensual.",
        fs,
        align="L",
        after=6,
    )

    pdf.add_page()
    P(pdf, "Indicaciones para el viaje", fs, "B", after=4)
    for t in [
        "Preséntese el 26 de febrero a las 5:00 a.m. en nuestra oficina con su pasaporte, su DUI y dos fotografías.",
        "Por su seguridad, el pasaporte con la visa quedará bajo resguardo de nuestro coordinador en Houston durante toda la temporada.",
        "Cualquier problema en el trabajo debe comunicarlo primero a la agencia, nunca directamente a la empresa.",
        "Le recordamos que quien ponga quejas ante el Departamento de Trabajo o hable con organizaciones no volverá a ser llamado por la agencia para ninguna temporada.",
    ]:
        bullet(pdf, t, fs, sym="–", indent=16, after=4)
    pdf.ln(6)
    P(pdf, "Le deseamos éxito en esta nueva etapa y quedamos a sus órdenes.", fs, after=8)
    P(pdf, "Atentamente,", fs, after=34)
    y = pdf.get_y()
    scribble(pdf, 70, y - 30, 130, 24, k=2.0)
    sig_line(pdf, 60, y, 210, "Lic. Marvin Osorio Benítez\nGerente General")
    pdf.set_draw_color(60, 60, 150)
    pdf.set_line_width(1.2)
    pdf.ellipse(358, y - 58, 84, 84)
    pdf.set_text_color(60, 60, 150)
    pdf.font(7, "B")
    pdf.set_xy(360, y - 22)
    pdf.cell(80, 8, "LEMPA S.A. de C.V.", align="C")
    pdf.set_xy(360, y - 12)
    pdf.cell(80, 8, "SAN MIGUEL", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(60, y + 60)
    P(pdf, "Recibí original:", 10, after=26)
    y = pdf.get_y()
    sig_line(pdf, 60, y, 210, "José Wilfredo Ayala Romero")
    sig_line(pdf, 320, y, 160, "DUI")
    return pdf


# ==========================================================================
# ap08  bilingual worker disclosure (en+es), Guatemala -> framing helpers, compliant
# ==========================================================================
def ap08():
    def ftr(p):
        p.set_y(-36)
        p.font(7, "", "noto")
        p.cell(
            0,
            10,
            f"Piedmont Framing Crews, Inc. · Worker disclosure / Declaración · {p.page_no()}/{{nb}}",
            align="C",
        )

    pdf = Doc(base="noto", footer=ftr, margins=(42, 40, 42), bottom=50, title="Worker disclosure")
    pdf.add_page()
    P(pdf, "WORKER DISCLOSURE · DECLARACIÓN PARA EL TRABAJADOR", 13, "B", align="C", after=0)
    P(
        pdf,
        "H-2B temporary employment / Empleo temporal H-2B · Piedmont Framing Crews, Inc. · 2026",
        9,
        align="C",
        color=(80, 80, 80),
        after=10,
    )
    rows = [
        (
            "Employer.",
            "Piedmont Framing Crews, Inc., 311 Depot Street, Ashford Mill, NC 27330.",
            "Empleador.",
            "Piedmont Framing Crews, Inc., 311 Depot Street, Ashford Mill, NC 27330.",
        ),
        (
            "Recruiter.",
            "Reclutadora Ética Maya, S.A., Chimaltenango, Guatemala. It is paid entirely by the employer.",
            "Reclutador.",
            "Reclutadora Ética Maya, S.A., Chimaltenango, Guatemala. Sus servicios los paga por completo el empleador.",
        ),
        (
            "Job.",
            "Construction helper: carry lumber and drywall sheets, hold framing in place, cut studs under supervision, clean job sites and load debris into dumpsters.",
            "Trabajo.",
            "Ayudante de construcción: cargar madera y tablaroca, sostener estructuras, cortar postes bajo supervisión, limpiar las obras y echar el escombro en los contenedores.",
        ),
        (
            "Requirements.",
            "Three months of construction experience; able to lift 50 lb.",
            "Requisitos.",
            "Tres meses de experiencia en construcción; poder cargar 50 libras.",
        ),
        (
            "Worksites.",
            "Residential job sites in Lee, Chatham and Harnett Counties, North Carolina. Crews report each morning to the yard at 311 Depot Street and ride free in company vans.",
            "Lugares de trabajo.",
            "Obras residenciales en los condados de Lee, Chatham y Harnett, Carolina del Norte. Las cuadrillas se reúnen cada mañana en el patio de 311 Depot Street y viajan gratis en las camionetas de la empresa.",
        ),
        (
            "Dates.",
            "April 6, 2026 to December 4, 2026.",
            "Fechas.",
            "Del 6 de abril al 4 de diciembre de 2026.",
        ),
        (
            "Hours.",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "Horario.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30.",
        ),
        (
            "Pay.",
            "$18.93 per hour. If a higher prevailing or minimum wage is published during the season, you are paid the higher rate from that date.",
            "Pago.",
            "US$18.93 por hora. Si durante la temporada se publica un salario prevaleciente o mínimo más alto, se le paga el más alto desde esa fecha.",
        ),
        (
            "Overtime.",
            "Hours over 40 in a week are paid at $28.40 per hour.",
            "Tiempo extra.",
            "Las horas después de 40 en la semana se pagan a US$28.40 por hora.",
        ),
        (
            "Payday.",
            "Weekly, every Friday. Each pay stub lists hours offered, hours worked, rate, gross pay and each deduction.",
            "Día de pago.",
            "Cada semana, los viernes. Cada talón indica horas ofrecidas, horas trabajadas, tarifa, pago bruto y cada descuento.",
        ),
        (
            "Deductions.",
            "Only federal and state income tax, Social Security and Medicare, and child support if a court orders it.",
            "Descuentos.",
            "Sólo impuestos federales y estatales, Seguro Social y Medicare, y pensión alimenticia si un juez la ordena.",
        ),
        (
            "Guarantee.",
            "Work for at least three-fourths of the workdays in every 12-week period, or pay for the missing hours.",
            "Garantía.",
            "Trabajo por lo menos en tres cuartas partes de los días de cada periodo de 12 semanas, o pago de las horas que falten.",
        ),
        (
            "Travel to the job.",
            "Bus from Chimaltenango to Guatemala City, flight to Raleigh and meals on the way are reimbursed in your first workweek.",
            "Viaje de ida.",
            "El autobús de Chimaltenango a la Ciudad de Guatemala, el vuelo a Raleigh y la comida del camino se reembolsan en su primera semana de trabajo.",
        ),
        (
            "Travel home.",
            "Paid by the employer if you finish the season or are let go early without cause.",
            "Viaje de regreso.",
            "Lo paga el empleador si termina la temporada o si lo despiden antes sin causa.",
        ),
        (
            "Visa.",
            "The visa fee and visa processing costs are reimbursed in your first workweek.",
            "Visa.",
            "La tarifa de la visa y los gastos de trámite se reembolsan en su primera semana de trabajo.",
        ),
    ]
    rows2 = [
        (
            "Tools and safety gear.",
            "Hard hat, vest, gloves, safety glasses, tool belt and hand tools are provided free, with no deposit. You are not charged for tools that wear out or break in normal use.",
            "Herramientas y equipo.",
            "Casco, chaleco, guantes, lentes de seguridad, cinturón y herramientas de mano se entregan gratis, sin depósito. No se le cobra por herramientas que se gasten o se rompan con el uso normal.",
        ),
        (
            "Housing.",
            "Shared housing at 48 Mill Pond Court is offered free of charge.",
            "Vivienda.",
            "Se ofrece vivienda compartida en 48 Mill Pond Court sin ningún costo.",
        ),
        (
            "No fees.",
            "No one may charge you for this job, for the visa appointment or for being put on a list. If anyone asks you for money, call (919) 555-0113.",
            "Sin cobros.",
            "Nadie puede cobrarle por este trabajo, por la cita de la visa ni por ponerlo en una lista. Si alguien le pide dinero, llame al (919) 555-0113.",
        ),
        (
            "No loans.",
            "The company does not give loans or pay advances to be repaid from wages.",
            "Sin préstamos.",
            "La empresa no da préstamos ni adelantos que se paguen con descuentos del salario.",
        ),
        (
            "Ending the job.",
            "Missing five workdays in a row without notice counts as abandonment. Dismissal for cause only after a written warning. You may quit at any time without any penalty.",
            "Fin del empleo.",
            "Faltar cinco días seguidos sin avisar se considera abandono. El despido por causa sólo después de una advertencia por escrito. Puede renunciar en cualquier momento sin multa.",
        ),
        (
            "If work becomes impossible.",
            "If a hurricane, flood or fire makes the work impossible, the contract may end early with Department of Labor approval; you still receive wages earned, the guarantee up to that day and your trip home.",
            "Si el trabajo se vuelve imposible.",
            "Si un huracán, una inundación o un incendio hace imposible el trabajo, el contrato puede terminar antes con aprobación del Departamento de Trabajo; usted recibe el salario ganado, la garantía hasta ese día y el regreso.",
        ),
        (
            "Your documents.",
            "You keep your passport and visa. You may change to another H-2B employer that files a new petition for you.",
            "Sus documentos.",
            "Usted guarda su pasaporte y su visa. Puede cambiarse a otro empleador H-2B que presente una nueva petición para usted.",
        ),
    ]
    gut = 16
    cw = (pdf.epw - gut) / 2
    xl, xr = pdf.l_margin, pdf.l_margin + cw + gut

    def draw(rows):
        for le, te, ls, ts in rows:
            he = text_height(pdf, cw, le, 8.6, "B") + text_height(pdf, cw, te, 8.6)
            hs = text_height(pdf, cw, ls, 8.6, "B") + text_height(pdf, cw, ts, 8.6)
            h = max(he, hs)
            if pdf.get_y() + h > pdf.h - 56:
                pdf.add_page()
            y = pdf.get_y()
            for x, lab, txt in ((xl, le, te), (xr, ls, ts)):
                pdf.set_xy(x, y)
                pdf.font(8.6, "B")
                pdf.multi_cell(cw, 8.6 * 1.3, lab, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                pdf.font(8.6)
                pdf.multi_cell(cw, 8.6 * 1.3, txt, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_y(y + h + 3)
            pdf.set_draw_color(200, 200, 200)
            pdf.line(xl, pdf.get_y(), xr + cw, pdf.get_y())
            pdf.set_y(pdf.get_y() + 4)

    pdf.font(9.5, "B")
    pdf.set_xy(xl, pdf.get_y())
    pdf.cell(cw, 12, "ENGLISH")
    pdf.set_xy(xr, pdf.get_y())
    pdf.cell(cw, 12, "ESPAÑOL")
    pdf.ln(16)
    draw(rows)
    pdf.add_page()
    draw(rows2)
    pdf.ln(10)
    P(
        pdf,
        "I received this disclosure in English and Spanish before my visa interview. / Recibí esta declaración en inglés y en español antes de mi entrevista de visa.",
        9,
        after=30,
    )
    y = pdf.get_y()
    sig_line(pdf, 42, y, 240, "Worker / Trabajador")
    sig_line(pdf, 330, y, 240, "For the employer / Por el empleador: Wendell Pruitt, HR")
    scribble(pdf, 350, y - 28, 120, 22)
    return pdf


# ==========================================================================
# ap09  crab-picking contract with cost sheet (en+es)
# ==========================================================================
def ap09():
    def hdr(p):
        band(
            p,
            0,
            54,
            (120, 30, 20),
            [
                ("CHESAPEAKE TIDEWATER CRAB CO.", 14, "B"),
                ("14 Wharf Lane · Hoopers Landing, MD 21634", 8.5, ""),
            ],
            fam="dvc",
        )
        p.set_y(70)

    def ftr(p):
        p.set_y(-36)
        p.font(7, "", "dvc")
        p.cell(0, 10, f"Contract / Contrato CTC-26-041 · {p.page_no()} of/de {{nb}}", align="C")

    pdf = Doc(base="dvc", header=hdr, footer=ftr, title="Seasonal work contract")
    pdf.add_page()
    P(
        pdf,
        "SEASONAL WORK CONTRACT · CONTRATO DE TRABAJO DE TEMPORADA (H-2B 2026)",
        11.5,
        "B",
        align="C",
        after=8,
    )
    fs = 8.8
    cl = [
        (
            "1. Parties / Partes",
            "Employer: Chesapeake Tidewater Crab Co., 14 Wharf Lane, Hoopers Landing, MD 21634. Worker: Ma. Guadalupe Hernández Tovar, of Tampico, Tamaulipas. Recruited through Reclutamiento Golfo y Bahía, S. de R.L.",
            "Empleador: Chesapeake Tidewater Crab Co., 14 Wharf Lane, Hoopers Landing, MD 21634. Trabajadora: Ma. Guadalupe Hernández Tovar, de Tampico, Tamaulipas. Reclutada por medio de Reclutamiento Golfo y Bahía, S. de R.L.",
        ),
        (
            "2. Job / Trabajo",
            "Crab meat picker: pick meat from steamed blue crabs by hand, sort it by grade (lump, backfin, claw), pack it into containers and clean the work station.",
            "Picadora de jaiba: sacar a mano la carne de la jaiba azul cocida, separarla por tipo (lump, backfin, tenaza), empacarla en envases y limpiar su lugar de trabajo.",
        ),
        (
            "3. Place and dates / Lugar y fechas",
            "Picking house at 14 Wharf Lane, Hoopers Landing, Maryland, from April 20, 2026 to November 13, 2026.",
            "Planta de 14 Wharf Lane, Hoopers Landing, Maryland, del 20 de abril al 13 de noviembre de 2026.",
        ),
        (
            "4. Hours / Horario",
            "40 hours per week, Monday to Friday. The day starts at about 6:00 a.m., depending on the morning catch.",
            "40 horas por semana, de lunes a viernes. El día empieza alrededor de las 6:00 a.m., según la pesca de la mañana.",
        ),
        (
            "5. Pay / Pago",
            "$16.89 per hour, paid weekly every Friday, with a pay stub showing hours offered, hours worked, rate and deductions. If the Department of Labor publishes a higher wage for this job, the higher wage is paid from that date.",
            "US$16.89 por hora, pagados cada viernes, con un talón que muestra horas ofrecidas, horas trabajadas, tarifa y descuentos. Si el Departamento de Trabajo publica un salario más alto para este trabajo, se paga el más alto desde esa fecha.",
        ),
        (
            "6. Guarantee / Garantía",
            "Work for at least three-fourths of the workdays in each 12-week period; missing hours are paid.",
            "Trabajo por lo menos en tres cuartas partes de los días de cada periodo de 12 semanas; las horas que falten se pagan.",
        ),
        (
            "7. Requirements / Requisitos",
            "18 years or older and able to stand for a full shift. Experience picking crab or fish is welcome but not required.",
            "Tener 18 años o más y poder estar de pie todo el turno. La experiencia en jaiba o pescado es bienvenida pero no obligatoria.",
        ),
        (
            "8. Season-end payment / Pago de fin de temporada",
            "The Company keeps back $1.00 from every hour worked and pays the total on the last payday of the season, only to workers who finish the season.",
            "La Compañía guarda $1.00 de cada hora trabajada y paga el total el último día de pago de la temporada, sólo a quienes terminen la temporada.",
        ),
        (
            "9. Ending the contract / Terminación",
            "A worker absent five consecutive workdays without notice is considered to have abandoned the job. Dismissal for cause only after a written warning.",
            "Si la trabajadora falta cinco días hábiles seguidos sin avisar, se considera que abandonó el trabajo. El despido por causa sólo después de una advertencia por escrito.",
        ),
        (
            "10. Deductions / Descuentos",
            'Only taxes, Social Security, Medicare and the costs marked "Trabajadora" in the Cost Sheet.',
            'Sólo impuestos, Seguro Social, Medicare y los costos marcados "Trabajadora" en la Hoja de Costos.',
        ),
    ]
    for h, en, es in cl:
        P(pdf, h, 9.3, "B", color=(120, 30, 20), after=1)
        P(pdf, en, fs, after=1)
        P(pdf, es, fs, "I", color=(60, 60, 60), after=6)
    pdf.add_page()
    P(pdf, "COST SHEET · HOJA DE COSTOS", 11.5, "B", align="C", after=8)
    rows = [
        ("Concepto", "Monto", "Paga", "Cuándo"),
        ("Visa H-2B (MRV)", "US$205", "Empresa", "reembolso en la 1a semana"),
        ("Autobús Monterrey–Hoopers Landing", "US$240", "Trabajadora", "primeros 2 cheques"),
        ("Seguro médico de viaje", "US$60", "Trabajadora", "primer cheque"),
        ("Guantes, cuchillo y mandil", "sin costo", "Empresa", "al llegar"),
        ("Vivienda junto a la planta", "sin costo", "Empresa", "toda la temporada"),
        ("Autobús de regreso a Monterrey", "US$240", "Empresa", "al terminar la temporada"),
        ("Reclutamiento", "US$0", "nadie", "prohibido cobrar"),
    ]
    grid(pdf, rows, (200, 70, 80, 154), size=9, head_fill=(240, 220, 215))
    pdf.ln(8)
    P(
        pdf,
        'Los costos marcados "Trabajadora" se descuentan del cheque en las fechas indicadas. / Costs marked "Trabajadora" are deducted from the paycheck on the dates shown.',
        8.5,
        "I",
        after=30,
    )
    y = pdf.get_y()
    sig_line(pdf, 54, y, 220, "Trabajadora / Worker: Ma. Guadalupe Hernández Tovar")
    sig_line(pdf, 330, y, 220, "Por la Compañía / For the Company: Roy Abbott")
    scribble(pdf, 345, y - 26, 110, 20, k=2.9)
    return pdf


# ==========================================================================
# ap10  Canada TFW meat-plant contract (generic, en, A4)
# ==========================================================================
def ap10():
    def hdr(p):
        p.font(9, "B", "dv")
        p.set_xy(50, 28)
        p.cell(p.epw, 11, "PRAIRIE GOLD MEATS LTD.")
        p.font(7.5, "", "dv")
        p.set_xy(50, 28)
        p.cell(p.epw, 11, "Employment Contract · Temporary Foreign Worker Program", align="R")
        p.set_draw_color(160, 120, 20)
        p.set_line_width(1)
        p.line(50, 43, p.w - 50, 43)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_y(58)

    def ftr(p):
        p.set_y(-40)
        p.font(7, "", "dv")
        p.cell(p.epw / 2, 10, f"Page {p.page_no()} of {{nb}}")
        p.cell(p.epw / 2, 10, "Employee initials: ______   Employer initials: ______", align="R")

    pdf = Doc(
        base="dv",
        fmt="A4",
        margins=(50, 50, 50),
        header=hdr,
        footer=ftr,
        title="Employment contract",
    )
    pdf.add_page()
    P(pdf, "EMPLOYMENT CONTRACT", 13, "B", align="C", after=8)
    grid(
        pdf,
        [
            (
                "Employer",
                "Prairie Gold Meats Ltd., 4410 Packers Road, Brandon Hills, Manitoba R7B 4K2, Canada",
            ),
            (
                "Employee",
                "Juan Carlos Medina Orozco, born March 3, 1994, of Tlaquepaque, Jalisco, Mexico",
            ),
            (
                "Recruiter",
                "Maple Bridge Staffing Solutions Inc., Winnipeg, Manitoba, with its partner in Mexico, Horizonte Norte Talento, S.C., Guadalajara",
            ),
        ],
        (90, 405),
        size=8.6,
        head=False,
        bold_first=True,
        fam="dv",
    )
    pdf.ln(8)
    fs = 8.6
    clauses = [
        (
            "1. Position.",
            "The Employee is hired as an Industrial Butcher (NOC 94141). Duties: cut beef and pork carcasses into primal and sub-primal cuts on a moving line, trim fat and bone, sharpen and maintain knives, and keep the station clean to food-safety standards.",
        ),
        (
            "2. Place of work.",
            "The Employer's processing plant at 4410 Packers Road, Brandon Hills, Manitoba.",
        ),
        (
            "3. Term.",
            "From June 1, 2026 to May 31, 2028 (24 months), subject to the issue of the work permit.",
        ),
        (
            "4. Hours.",
            "40 hours per week in eight-hour shifts, Monday to Friday: day shift 6:00 to 14:30 or evening shift 14:30 to 23:00. Overtime is paid at one and one-half times the regular wage after 8 hours in a day or 40 hours in a week, as required by The Employment Standards Code of Manitoba.",
        ),
        (
            "5. Wages.",
            "CAD 19.75 per hour, paid bi-weekly by direct deposit, with a pay statement each pay day.",
        ),
        (
            "6. Deductions.",
            "6.1 Statutory deductions: federal and provincial income tax, Canada Pension Plan contributions and Employment Insurance premiums. 6.2 Union dues as set by the collective agreement with Local 832. 6.3 Private medical coverage for the first three months (CAD 420) is arranged by the Employer and recovered from the Employee's first two pay cheques.",
        ),
        (
            "7. Travel.",
            "The Employer pays the Employee's economy airfare from Guadalajara to Winnipeg and ground transport to Brandon Hills, and the return airfare to Guadalajara at the end of the contract or if the Employer ends the contract early.",
        ),
        (
            "8. Recruitment and permits.",
            "8.1 The Employer pays the Labour Market Impact Assessment processing fee of CAD 1,000. 8.2 The Employee shall pay an administrative contribution of CAD 2,500 toward recruitment expenses to Maple Bridge Staffing Solutions Inc. before the work permit application is filed. 8.3 The Employee is responsible for obtaining a valid passport and for the biometrics appointment fee of CAD 85.",
        ),
    ]
    for h, t in clauses:
        P(pdf, h + " " + t, fs, align="L", after=5)
    pdf.add_page()
    clauses2 = [
        (
            "9. Housing.",
            "For the first 30 days the Employer provides a furnished room at 12 Elm Street, Brandon Hills, at no cost. After that the Employee may live wherever he chooses.",
        ),
        (
            "10. Equipment.",
            "Knives, steels, mesh gloves, frocks, hard hat and safety boots are provided and laundered by the Employer at no cost.",
        ),
        (
            "11. Orientation.",
            "Food-safety and knife-handling orientation in the first week is paid at the regular wage.",
        ),
        (
            "12. Termination.",
            "Either party may end this contract by giving the written notice required by The Employment Standards Code of Manitoba (one week during the first year of service, two weeks after that). The Employer may dismiss the Employee without notice only for just cause. No fee or penalty is charged to the Employee when the contract ends.",
        ),
        ("13. Documents.", "The Employee keeps his own passport and work permit at all times."),
        (
            "14. Governing law.",
            "This contract is governed by the laws of Manitoba and of Canada. A Spanish translation is attached; the Employee has read it.",
        ),
    ]
    for h, t in clauses2:
        P(pdf, h + " " + t, fs, align="L", after=5)
    pdf.ln(24)
    y = pdf.get_y()
    sig_line(
        pdf, 50, y, 220, "For the Employer: Gail Thorsteinson, HR Director\nDate: February 16, 2026"
    )
    scribble(pdf, 62, y - 26, 130, 22, k=2.4)
    sig_line(pdf, 320, y, 220, "Employee: Juan Carlos Medina Orozco\nDate:")
    return pdf


# ==========================================================================
# ap11  recruiter agreement (es), Mexico -> Oregon forestry, compliant
# ==========================================================================
def ap11():
    def ftr(p):
        p.set_y(-38)
        p.font(7.5, "", "lib")
        p.cell(
            0,
            10,
            f"Reclutamiento Justo Sierra Madre, S.C. · Convenio RJ-26-077 · hoja {p.page_no()}/{{nb}}",
            align="C",
        )

    pdf = Doc(base="lib", footer=ftr, title="Convenio de reclutamiento")
    pdf.add_page()
    P(pdf, "Reclutamiento Justo Sierra Madre, S.C.", 12.5, "B", color=(90, 50, 10), after=0)
    P(
        pdf,
        "Calle Hidalgo 220, Centro, Santiago Papasquiaro, Durango · Registro ante la STPS: RJSM-0931",
        8.5,
        color=(90, 90, 90),
        after=10,
    )
    P(
        pdf,
        "CONVENIO DE RECLUTAMIENTO SIN COSTO PARA LA PERSONA TRABAJADORA",
        11.5,
        "B",
        align="C",
        after=8,
    )
    P(
        pdf,
        "Convenio que celebran Reclutamiento Justo Sierra Madre, S.C. (EL RECLUTADOR) y Eleazar Quiñones Soto (LA PERSONA TRABAJADORA), "
        "para el empleo temporal H-2B que se describe en la tabla siguiente, tomada de la orden de trabajo certificada.",
        9.5,
        after=8,
    )
    rows = [
        ("Condición", "Lo que dice la orden de trabajo"),
        (
            "Empleador",
            "Cascade Timberline Forestry Services, Inc., 2700 Ridgeview Road, Pine Hollow, Oregón 97739",
        ),
        (
            "Puesto y tareas",
            "Trabajador forestal: raleo de pinos con motosierra, poda, apilado de ramas y limpieza de brechas cortafuego",
        ),
        (
            "Lugar",
            "Bosques nacionales y terrenos privados en los condados de Deschutes y Klamath, Oregón; campamento base en 2700 Ridgeview Road",
        ),
        ("Periodo", "Del 1 de marzo al 31 de octubre de 2026"),
        ("Jornada", "40 horas semanales, de lunes a viernes, de 7:00 a 15:30"),
        (
            "Salario",
            "US$24.12 por hora; si se publica un salario prevaleciente mayor, se paga el mayor desde esa fecha",
        ),
        ("Tiempo extra", "Este puesto no ofrece tiempo extra"),
        ("Pago", "Cada dos semanas, en viernes"),
        ("Descuentos", "Impuestos federales y de Oregón, Seguro Social y Medicare; ningún otro"),
        (
            "Garantía",
            "Trabajo en por lo menos 3/4 partes de los días de cada periodo de 12 semanas",
        ),
        (
            "Herramientas",
            "Motosierra, combustible, casco con careta, chaparreras y botas de seguridad sin costo y sin depósito",
        ),
        (
            "Viaje de ida",
            "Autobús y comidas desde Santiago Papasquiaro, reembolsados en la primera semana",
        ),
        ("Regreso", "Pagado por el empleador al terminar la temporada o si lo despiden sin causa"),
        ("Visa", "Tarifa de visa y cruce fronterizo reembolsados en la primera semana"),
        ("Requisitos", "Seis meses de experiencia con motosierra; mayor de 18 años"),
        ("Abandono", "Faltar cinco días seguidos sin avisar se considera abandono del empleo"),
    ]
    grid(pdf, rows, (110, 394), size=8.8, bold_first=True, head_fill=(240, 228, 210))
    pdf.add_page()
    P(pdf, "CLÁUSULAS", 11, "B", after=6)
    cls = [
        (
            "PRIMERA.",
            'EL RECLUTADOR no cobrará a LA PERSONA TRABAJADORA cuota alguna de inscripción, trámite, colocación ni "para apartar su lugar". Sus honorarios los paga íntegramente el empleador.',
        ),
        (
            "SEGUNDA.",
            "LA PERSONA TRABAJADORA conserva en todo momento su pasaporte, su visa y su credencial para votar. Nadie puede pedírselos en garantía.",
        ),
        (
            "TERCERA.",
            "El curso de seguridad con motosierra, de 16 horas, se imparte en el campamento en horas pagadas y sin costo para LA PERSONA TRABAJADORA.",
        ),
        ("CUARTA.", "Si el empleador pide examen médico, lo paga el empleador."),
        (
            "QUINTA.",
            "LA PERSONA TRABAJADORA puede presentar quejas ante el Departamento de Trabajo de EE. UU. o ante la STPS sin represalias; no existen listas negras.",
        ),
        (
            "SEXTA.",
            "LA PERSONA TRABAJADORA puede renunciar en cualquier momento sin pagar multa ni penalización alguna.",
        ),
        (
            "SÉPTIMA.",
            "En el campamento hay cocina equipada de uso gratuito; la comida la compra cada quien en el pueblo, con transporte gratis los sábados.",
        ),
        (
            "OCTAVA.",
            "Para cualquier duda o queja, LA PERSONA TRABAJADORA puede llamar a la línea de ayuda 800 555 0170, sin costo.",
        ),
    ]
    for h, t in cls:
        P(pdf, f"{h} {t}", 9.5, after=6)
    P(pdf, "Santiago Papasquiaro, Durango, a 3 de febrero de 2026.", 9.5, after=36)
    y = pdf.get_y()
    sig_line(pdf, 54, y, 200, "Por EL RECLUTADOR\nIng. Rosalba Meraz Aguirre")
    scribble(pdf, 66, y - 28, 120, 22, k=2.1)
    sig_line(pdf, 300, y, 180, "LA PERSONA TRABAJADORA\nEleazar Quiñones Soto")
    thumb_box(pdf, 500, y - 50, 54)
    return pdf


# ==========================================================================
# ap12  pre-departure checklist and cost table (en+es), Sonora -> Arizona golf
# ==========================================================================
def ap12():
    pdf = Doc(base="dvc", margins=(48, 40, 48), bottom=40, title="Pre-departure checklist")
    pdf.add_page()
    band(
        pdf,
        0,
        58,
        (176, 96, 32),
        [
            ("AGENCIA LABORAL DEL DESIERTO, S.C.", 14, "B"),
            ("Hermosillo, Sonora · Tel. 662 555 0190 · Reclutamiento para EE. UU.", 8.5, ""),
        ],
        fam="dvc",
    )
    pdf.set_y(72)
    P(pdf, "PRE-DEPARTURE CHECKLIST / LISTA DE SALIDA", 12.5, "B", align="C", after=0)
    P(pdf, "Saguaro Canyon Golf Resort · H-2B · Temporada 2026-2027", 9.5, align="C", after=8)
    P(pdf, "A. Job details / Datos del empleo", 10, "B", color=(176, 96, 32), after=3)
    grid(
        pdf,
        [
            (
                "Employer / Patrón",
                "Saguaro Canyon Golf Resort, LLC, 9100 East Canyon Vista Drive, Cholla Springs, AZ 85262",
            ),
            (
                "Job / Puesto",
                "Greenskeeper: cortar y regar greens y fairways, reparar aspersores, rastrillar bunkers",
            ),
            ("Place / Lugar", "Campo de golf en la misma dirección"),
            ("Dates / Fechas", "5 de octubre de 2026 al 30 de abril de 2027"),
            ("Hours / Horario", "40 horas por semana, 5:00 a.m. a 1:30 p.m."),
            ("Pay / Pago", "US$16.80 por hora, cada semana (viernes); overtime US$25.20 por hora"),
            ("Requisitos", "Una temporada de experiencia en jardinería, golf o riego"),
        ],
        (120, 396),
        size=8.6,
        head=False,
        bold_first=True,
        fam="dvc",
    )
    pdf.ln(8)
    P(pdf, "B. Costs / Costos", 10, "B", color=(176, 96, 32), after=3)
    grid(
        pdf,
        [
            ("Concepto", "Monto", "Quién paga", "Nota"),
            ("Visa H-2B (MRV)", "US$205", "Empresa", "reembolso en la 1a semana"),
            (
                "Autobús Hermosillo–Nogales–Scottsdale",
                "US$65",
                "Empresa",
                "reembolso en el 1er cheque",
            ),
            ("Pasaporte mexicano (6 años)", "MXN 2,450", "Trabajador", "no reembolsable"),
            (
                "Hotel en Hermosillo (cita consular)",
                "MXN 700 por noche",
                "Trabajador",
                "2 a 3 noches",
            ),
            (
                "Orientación pre-salida obligatoria",
                "MXN 1,500",
                "Trabajador",
                "pagar en la agencia",
            ),
            ("Cuota de reclutamiento", "$0", "nadie", "prohibida por la ley"),
            ("Regreso a Hermosillo", "US$65", "Empresa", "al terminar la temporada"),
        ],
        (190, 96, 80, 150),
        size=8.6,
        head_fill=(246, 226, 205),
        fam="dvc",
    )
    pdf.ln(8)
    P(pdf, "C. What to bring / Qué traer", 10, "B", color=(176, 96, 32), after=3)
    for t in [
        "Pasaporte vigente, DS-160 impresa y dos fotografías / valid passport, printed DS-160 and two photos.",
        "Ropa cómoda para 3 días. Boots, uniforms and tools are given free by the golf course / las botas, uniformes y herramientas los da el campo sin costo.",
    ]:
        bullet(pdf, t, 8.8, sym="☐", indent=14, after=2)
    pdf.ln(5)
    P(pdf, "D. Notes / Notas", 10, "B", color=(176, 96, 32), after=3)
    for t in [
        "Si decide no viajar después de la cita, no se le cobra multa. / If you decide not to travel after the interview, there is no penalty.",
        "Nadie de la agencia le pedirá su pasaporte después de la cita. / No one from the agency will ask to keep your passport.",
        "Salida del grupo: 2 de octubre de 2026, 6:00 a.m., terminal de autobuses de Hermosillo.",
    ]:
        bullet(pdf, t, 8.8, sym="▸", indent=14, after=2)
    pdf.ln(4)
    P(
        pdf,
        "Dudas: Agencia Laboral del Desierto, S.C., calle Rosales 115, Centro, Hermosillo, Sonora. Lunes a viernes de 9:00 a 17:00.",
        8,
        "I",
        color=(90, 90, 90),
        after=0,
    )
    if pdf.page != 1:
        raise SystemExit("ap12 overflow")
    return pdf


DOCS = {
    "ap01.pdf": ap01,
    "ap02.pdf": ap02,
    "ap03.pdf": ap03,
    "ap04.pdf": ap04,
    "ap05.pdf": ap05,
    "ap06.pdf": ap06,
    "ap07.pdf": ap07,
    "ap08.pdf": ap08,
    "ap09.pdf": ap09,
    "ap10.pdf": ap10,
    "ap11.pdf": ap11,
    "ap12.pdf": ap12,
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
TERMS = {
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


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def page_texts(page):
    out = [norm(page.extract_text())]
    w, h = page.width, page.height
    for x0, x1 in ((0, w / 2), (w / 2, w)):
        out.append(norm(page.crop((x0, 0, x1, h)).extract_text()))
    return out


def verify(out_dir: Path) -> list[str]:
    import pdfplumber

    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if sorted(lab["file"] for lab in labels) != sorted(DOCS):
        errors.append("labels.json files do not match the documents built")
    scanned_docs = 0
    for lab in labels:
        f = lab["file"]
        prog = lab["program"]
        with pdfplumber.open(out_dir / f) as doc:
            if len(doc.pages) != lab["pages"]:
                errors.append(f"{f}: {len(doc.pages)} pages, label says {lab['pages']}")
            image_pages = set()
            for i, pg in enumerate(doc.pages, 1):
                if not pg.chars and pg.images:
                    image_pages.add(i)
            if image_pages:
                scanned_docs += 1
            if bool(image_pages) != lab["scanned"]:
                errors.append(
                    f"{f}: scanned={lab['scanned']} but image-only pages {sorted(image_pages)}"
                )
            for fee in lab["fees"]:
                cat, sev = fee["category"], fee["severity"]
                if cat not in CATEGORIES:
                    errors.append(f"{f}: unknown category {cat}")
                must_review = cat in ("damage_chargeback", "meal_charge") or (
                    cat == "housing_charge" and prog != "h2a"
                )
                if must_review and sev != "review":
                    errors.append(f"{f}: {cat} should be review under {prog}")
                if sev not in ("violation", "review"):
                    errors.append(f"{f}: bad severity {sev}")
                pno = fee["page"]
                if pno in image_pages:
                    src = norm(SCAN_TEXT.get((f, pno), ""))
                    if norm(fee["quote"]) not in src:
                        errors.append(
                            f"{f} p{pno} (scan): quote not in rendered text: {fee['quote']!r}"
                        )
                    continue
                if not (1 <= pno <= len(doc.pages)):
                    errors.append(f"{f}: fee page {pno} out of range")
                    continue
                texts = page_texts(doc.pages[pno - 1])
                if not any(norm(fee["quote"]) in t for t in texts):
                    errors.append(f"{f} p{pno}: quote not found: {fee['quote']!r}")
            bad = set(lab["missing_terms"]) - TERMS[prog]
            if bad:
                errors.append(f"{f}: missing_terms not required for {prog}: {sorted(bad)}")
            for r in lab["recruiters"]:
                full = (
                    norm(" ".join(p.extract_text() or "" for p in doc.pages))
                    + " "
                    + norm(" ".join(SCAN_TEXT.get((f, i), "") for i in image_pages))
                )
                if norm(r) not in full:
                    errors.append(f"{f}: recruiter {r!r} not printed in the document")
    if scanned_docs != 1:
        errors.append(f"expected exactly one document with a scanned page, found {scanned_docs}")
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in DOCS.items():
        pdf = fn()
        pdf.output(str(out / name))
    errors = verify(out)
    if errors:
        print("BUILD CHECK FAILED:", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print(f"wrote {len(DOCS)} PDFs to {out}; all labelled quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
