"""Blind held-out batch "w": 12 labelled contract PDFs (Spanish-first / mixed EN+ES).

Usage: python build.py OUT_DIR

Writes w01.pdf ... w12.pdf and labels.json into OUT_DIR, then re-opens every PDF with
pdfplumber and checks that each fee quote of a non-scanned page is printed (whitespace
normalised) on its labelled page. Exits non-zero on any mismatch. Deterministic: fixed
creation date, fixed random seeds, no clock or environment input.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

FIXED_DATE = dt.datetime(2026, 11, 3, 9, 30, 0, tzinfo=dt.UTC)
FONT_ROOT = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "dejavu": ("dejavu/DejaVuSans", "-Bold", "-Oblique", "-BoldOblique", ""),
    "dvcond": ("dejavu/DejaVuSansCondensed", "-Bold", "-Oblique", "-BoldOblique", ""),
    "dvserif": ("dejavu/DejaVuSerif", "-Bold", "-Italic", "-BoldItalic", ""),
    "dvscond": ("dejavu/DejaVuSerifCondensed", "-Bold", "-Italic", "-BoldItalic", ""),
    "dvmono": ("dejavu/DejaVuSansMono", "-Bold", "-Oblique", "-BoldOblique", ""),
    "lsans": ("liberation/LiberationSans", "-Bold", "-Italic", "-BoldItalic", "-Regular"),
    "lserif": ("liberation/LiberationSerif", "-Bold", "-Italic", "-BoldItalic", "-Regular"),
    "lnarrow": ("liberation/LiberationSansNarrow", "-Bold", "-Italic", "-BoldItalic", "-Regular"),
    "noto": ("noto/NotoSans", "-Bold", "-Italic", "-BoldItalic", "-Regular"),
}

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(program: str, category: str, passport_only: bool = False) -> str:
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


@dataclass
class Fee:
    """A labelled finding: the printed sentence (or table row) and its label fields."""

    category: str
    text: str
    amount: float | None = None
    currency: str | None = None
    group: int | None = None
    passport_only: bool = False


def norm(s: str) -> str:
    return " ".join(s.split())


class Doc(FPDF):
    def __init__(self, program, fmt="Letter", orientation="P", font="dejavu", size=10.0):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.program = program
        self.set_creation_date(FIXED_DATE)
        self.set_producer("fpdf2")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.fams: set[str] = set()
        self.base = font
        self.base_size = size
        self.use(font)
        self.findings: list[dict] = []
        self.footer_text: str | None = None
        self.footer_font = font
        self.header_fn = None

    # fonts -------------------------------------------------------------
    def use(self, fam):
        if fam in self.fams:
            return
        stem, b, i, bi, reg = FAMILIES[fam]
        self.add_font(fam, "", str(FONT_ROOT / f"{stem}{reg}.ttf"))
        self.add_font(fam, "B", str(FONT_ROOT / f"{stem}{b}.ttf"))
        self.add_font(fam, "I", str(FONT_ROOT / f"{stem}{i}.ttf"))
        self.add_font(fam, "BI", str(FONT_ROOT / f"{stem}{bi}.ttf"))
        self.fams.add(fam)

    def f(self, style="", size=None, fam=None):
        fam = fam or self.base
        self.use(fam)
        self.set_font(fam, style, size or self.base_size)

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-13)
        self.f("", 7.5, self.footer_font)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # findings ----------------------------------------------------------
    def record(self, fee: Fee, page: int):
        self.findings.append(
            {
                "category": fee.category,
                "severity": severity(self.program, fee.category, fee.passport_only),
                "page": page,
                "amount": fee.amount,
                "currency": fee.currency,
                "quote": fee.text,
                **({"group": fee.group} if fee.group is not None else {}),
            }
        )

    # text blocks -------------------------------------------------------
    def para(
        self,
        *parts,
        style="",
        size=None,
        h=None,
        align="L",
        indent=0.0,
        fam=None,
        gap=1.6,
        color=None,
        markdown=False,
        width=0,
    ):
        texts = []
        fees = []
        for p in parts:
            if isinstance(p, Fee):
                texts.append(p.text)
                fees.append(p)
            else:
                texts.append(p)
        text = " ".join(texts)
        self.f(style, size, fam)
        if color:
            self.set_text_color(*color)
        lh = h or (size or self.base_size) * 0.48
        x0 = self.l_margin + indent
        w = width or (self.w - self.r_margin - x0)
        if fees:
            # keep a paragraph that carries a finding on one page
            need = self.multi_cell(
                w, lh, text, align=align, markdown=markdown, dry_run=True, output="HEIGHT"
            )
            if self.get_y() + need > self.page_break_trigger:
                self.add_page()
        page0 = self.page_no()
        self.set_x(x0)
        self.multi_cell(
            w, lh, text, align=align, markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        page1 = self.page_no()
        for fe in fees:
            # a page break inside the paragraph makes the page uncertain: the
            # verification step will reject it, so layouts keep findings whole.
            self.record(fe, page0 if page0 == page1 else -1)
        if color:
            self.set_text_color(0, 0, 0)
        self.ln(gap)

    def heading(self, text, size=12, style="B", color=(0, 0, 0), gap=1.5, fam=None, align="L"):
        self.f(style, size, fam)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def bullets(self, items, bullet="•", indent=4.0, size=None, gap=0.8, fam=None):
        for it in items:
            parts = it if isinstance(it, tuple) else (it,)
            self.f("", size, fam)
            lh = (size or self.base_size) * 0.48
            y = self.get_y()
            if y + lh > self.page_break_trigger:
                self.add_page()
                y = self.get_y()
            self.set_xy(self.l_margin + indent, y)
            self.cell(4, lh, bullet)
            self.para(*parts, size=size, indent=indent + 4.5, gap=gap, fam=fam)

    def grid(
        self,
        headings,
        rows,
        widths,
        size=None,
        line_height=None,
        head_fill=(225, 225, 225),
        fam=None,
        align="LEFT",
        borders="ALL",
        head_color=(0, 0, 0),
    ):
        """Gridded table. A row may be (cells..., Fee) with Fee.text == ' '.join(cells)."""
        self.f("", size, fam)
        lh = line_height or (size or self.base_size) * 0.5
        page0 = self.page_no()
        fees = []
        style = FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            line_height=lh,
            text_align=align,
            headings_style=style,
            first_row_as_headings=bool(headings),
            borders_layout=borders,
            width=min(sum(widths), self.epw),
        ) as t:
            if headings:
                r = t.row()
                for h in headings:
                    r.cell(h)
            for row in rows:
                cells = list(row)
                fee = None
                if cells and isinstance(cells[-1], Fee):
                    fee = cells.pop()
                    assert norm(fee.text) == norm(" ".join(cells)), fee.text
                    fees.append(fee)
                r = t.row()
                for c in cells:
                    r.cell(c)
        page1 = self.page_no()
        for fe in fees:
            self.record(fe, page0 if page0 == page1 else -1)
        self.ln(2)


# ---------------------------------------------------------------------------
# scanned-page simulation
# ---------------------------------------------------------------------------


def rasterise(pdf_bytes: bytes, dpi: int, angle: float, seed: int, blur: float = 0.7):
    """Render every page, degrade it slightly, return (images, page sizes in pt)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    rng = np.random.default_rng(seed)
    for i in range(len(doc)):
        page = doc[i]
        w_pt, h_pt = page.get_size()
        pil = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
        pil = pil.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        pil = pil.filter(ImageFilter.GaussianBlur(blur))
        arr = np.asarray(pil).astype(np.float32)
        arr = arr * 0.93 + 10.0  # slightly greyish paper, lighter ink
        arr += rng.normal(0.0, 7.0, arr.shape)
        # faint vertical shading band, as from a flatbed lid
        band = np.linspace(0, 9, arr.shape[1], dtype=np.float32)
        arr -= band[None, :]
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        out.append((Image.fromarray(arr, "L"), w_pt, h_pt))
        page.close()
    doc.close()
    return out


def image_only_pdf(images, program):
    pdf = Doc(program, fmt="Letter")
    pdf.set_auto_page_break(False)
    for img, w_pt, h_pt in images:
        pdf.add_page(format=(w_pt * 25.4 / 72, h_pt * 25.4 / 72))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=82, optimize=False)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    return pdf


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------


def label(
    file, program, language, scanned, pages, fees, missing, recruiters, traps, doc_type, layout
):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


def qa(d, q, *answer, qcolor=(20, 90, 60)):
    if d.get_y() > d.page_break_trigger - 22:
        d.add_page()
    d.para(q, style="B", color=qcolor, gap=0.6)
    d.para(*answer, indent=5, gap=2.4)


def w01():
    d = Doc("h2a", font="noto", size=9.6)
    d.footer_text = "Enlace Agrícola del Bajío · Preguntas frecuentes HBO-2027 · Página {p} de {nb}"
    d.add_page()
    d.set_fill_color(20, 90, 60)
    d.rect(0, 0, d.w, 9, style="F")
    d.set_y(13)
    d.para("Enlace Agrícola del Bajío, S.C.", style="B", size=13, gap=0.4)
    d.para(
        "Agencia de colocación con registro RPACT-GTO-0417 ante la STPS · Calle Hidalgo 212, "
        "Salvatierra, Guanajuato · Tel. 466 663 0192",
        size=8,
        color=(70, 70, 70),
        gap=3,
    )
    d.heading("PREGUNTAS FRECUENTES — TEMPORADA DE MANZANA 2027", size=14, color=(20, 90, 60))
    d.para(
        "Hollister Bend Orchards, LLC · Orden de trabajo H-2A núm. H-300-27045-551208. "
        "Léala con calma y pregunte todo lo que no le quede claro.",
        style="I",
        gap=2,
    )
    d.para(
        "Esta hoja acompaña a su contrato de trabajo H-2A y repite, con palabras sencillas, lo "
        "que dice la orden de trabajo aprobada por el Departamento de Trabajo de Estados "
        "Unidos. Si algo de aquí no coincide con el contrato, vale lo que sea más favorable "
        "para usted.",
        gap=3,
    )
    d.para("¿Quién paga cada cosa?", style="B", size=11, gap=1.2)
    d.grid(
        ["Concepto", "La empresa", "Usted"],
        [
            ("Cuota de la visa H-2A y cita en el consulado", "Sí", "No"),
            ("Autobús y hotel en Monterrey, viaje de ida", "Sí", "No"),
            ("Alimentos del viaje de ida ($18.00 por día)", "Sí", "No"),
            ("Regreso a Salvatierra al terminar", "Sí", "No"),
            ("Vivienda, luz, agua y gas", "Sí", "No"),
            ("Escaleras, morrales, guantes y tijeras", "Sí", "No"),
            ("Comedor de la empresa (solo si usted lo escoge)", "No", "$14.25 por día"),
            ("Seguro de accidentes de trabajo", "Sí", "No"),
        ],
        [112, 30, 33.9],
        size=9,
        head_fill=(205, 228, 214),
    )
    d.ln(2)
    qa(
        d,
        "1. ¿Quién es el patrón y dónde está?",
        "Hollister Bend Orchards, LLC, 4410 Old Cider Road, Ellijay, Georgia 30540, Estados "
        "Unidos. Teléfono de la oficina: (706) 555-0148.",
    )
    qa(
        d,
        "2. ¿En dónde voy a trabajar?",
        "En las dos huertas de la empresa en el norte de Georgia: la huerta Cartecay, en 4410 Old "
        "Cider Road, Ellijay, y la huerta Boardtown, en 1187 Boardtown Road, Blue Ridge.",
    )
    qa(
        d,
        "3. ¿Qué trabajo voy a hacer?",
        "Pizca de manzana a mano con escalera y morral, acomodo de la fruta en cajones de campo, "
        "poda de verano y limpieza de la huerta. En días de lluvia se ayuda en el empaque a "
        "alimentar con cajones el feeder de la seleccionadora.",
    )
    qa(
        d,
        "4. ¿Qué piden para entrar?",
        "Tres meses de experiencia en pizca de fruta a mano, comprobable con una carta o una "
        "referencia, y poder subir y bajar una escalera de 3 metros cargando hasta 18 kilos. No "
        "se pide saber inglés ni tener estudios.",
    )
    qa(
        d,
        "5. ¿Cuándo empiezo y cuándo termino?",
        "El contrato corre del 10 de agosto al 31 de octubre de 2027.",
    )
    qa(
        d,
        "6. ¿Cuántas horas son?",
        "Se ofrecen 40 horas por semana: de lunes a viernes, de 7:00 a 15:30, con media hora para "
        "comer. Algunos sábados hay trabajo de 7:00 a 12:00, solo para quien quiera.",
    )
    qa(
        d,
        "7. ¿Cuánto me van a pagar?",
        "$16.40 por hora. En la pizca también hay tarifa por pieza de $24.00 por cajón lleno; "
        "cada semana se le paga lo que más le convenga, y nunca menos de $16.40 por cada hora "
        "trabajada. Si durante la temporada el gobierno publica una tarifa mínima más alta "
        "(AEWR) o sube el salario mínimo federal o el de Georgia, se le paga la tarifa más alta "
        "desde el día en que entre en vigor.",
    )
    d.para(
        "La cuota mínima de productividad es de 5 cajones por día a partir de la segunda "
        "semana; a quien no la alcance se le avisa por escrito y se le da una semana para "
        "mejorar.",
        indent=5,
        gap=2.4,
    )
    qa(
        d,
        "8. ¿Cada cuánto pagan?",
        "Cada viernes, con cheque o por depósito directo a su cuenta si usted lo pide. Con cada "
        "pago recibe un talón que dice las horas ofrecidas, las horas trabajadas, los cajones, la "
        "tarifa, lo ganado y cada descuento con su motivo.",
    )
    qa(
        d,
        "9. ¿Qué me pueden descontar?",
        "Solo esto: el impuesto federal sobre la renta si usted lo pide por escrito, una pensión "
        "alimenticia si la ordena un juez, y el comedor si usted se inscribe (pregunta 12). No se "
        "descuenta la vivienda, el transporte, las herramientas ni la visa.",
    )
    qa(
        d,
        "10. ¿Cuánto trabajo me garantizan?",
        "La empresa le garantiza trabajo, o el pago equivalente, por al menos tres cuartas partes "
        "(3/4) de las horas ofrecidas en el periodo del contrato, contadas desde su primer día de "
        "trabajo. Si le ofrecen menos, le pagan la diferencia.",
    )
    qa(
        d,
        "11. ¿Dónde voy a vivir?",
        "En la vivienda de la empresa en 4410 Old Cider Road, inspeccionada por el estado de "
        "Georgia. Es gratis: no se cobra renta, luz, agua, gas ni depósito. Hay cuartos para "
        "cuatro personas con camas y colchones, regaderas con agua caliente y lavadoras.",
    )
    qa(
        d,
        "12. ¿Y la comida?",
        "Usted escoge. Puede cocinar en la cocina de la vivienda, que tiene estufas, "
        "refrigeradores y trastes y no cuesta nada. O puede inscribirse en el comedor de la "
        "empresa, con tres comidas al día por $14.25 diarios, menos del máximo que publica el "
        "Departamento de Trabajo para 2027. Puede cambiar de opción cada lunes.",
    )
    qa(
        d,
        "13. ¿Quién paga el viaje?",
        "La empresa compra su boleto de autobús de Salvatierra a Monterrey y de Monterrey a "
        "Ellijay, paga el hotel en Monterrey mientras sale la visa y le da $18.00 por día para "
        "comer en el camino. Si usted llegara a pagar algo del viaje de ida, se le devuelve "
        "completo en su primer cheque, con sus recibos. Al terminar el contrato, la empresa paga "
        "el autobús de regreso a Salvatierra y los alimentos del camino.",
    )
    qa(
        d,
        "14. ¿Cómo llego a la huerta cada día?",
        "En la camioneta de la empresa, que sale de la vivienda a las 6:40 y regresa al terminar "
        "el día, sin costo.",
    )
    qa(
        d,
        "15. ¿Tengo que pagar algo para que me contraten?",
        "No. Enlace Agrícola del Bajío no cobra inscripción, ni trámite, ni “apoyo”, ni comisión "
        "de ningún tipo; a la agencia le paga la empresa. La cuota de la visa y la cita también "
        "las paga la empresa. Si alguien le pide dinero a nombre de la agencia o de la huerta, no "
        "lo entregue y llame al 466 663 0192 o a la línea del Departamento de Trabajo, "
        "1-866-487-9243.",
    )
    qa(
        d,
        "16. ¿Me tengo que comprar herramientas?",
        "No. Escaleras, morrales, guantes y tijeras de poda se prestan sin costo y sin depósito. "
        "Lo que se gaste con el uso normal se cambia gratis.",
    )
    qa(
        d,
        "17. ¿Y si me lastimo trabajando?",
        "Está cubierto desde el primer día por el seguro de compensación para trabajadores "
        "(workers' compensation) de Georgia, póliza WC-55-71204 de Peachtree Mutual. La empresa "
        "paga la póliza completa.",
    )
    qa(
        d,
        "18. ¿Qué pasa si se acaba el trabajo por helada, granizo o incendio?",
        "Si un desastre natural u otra causa fuera del control de la empresa hace imposible "
        "seguir, la empresa puede terminar el contrato antes. En ese caso le paga al menos las "
        "3/4 partes de las horas ofrecidas hasta esa fecha, el regreso a Salvatierra y los gastos "
        "del viaje de ida que falten, o le ayuda a buscar otro empleo H-2A.",
    )
    qa(
        d,
        "19. ¿Qué pasa si me salgo o si me corren?",
        "Si usted deja de presentarse 5 días seguidos sin avisar, se considera abandono; si lo "
        "despiden por una causa justificada, se le explica por escrito. En esos dos casos la "
        "empresa avisa al Departamento de Trabajo y ya no está obligada a pagar el regreso ni la "
        "garantía de 3/4. No hay multa ni penalización por irse.",
    )
    qa(
        d,
        "20. ¿Me pueden quitar mis papeles o prohibirme salir?",
        "No. Su pasaporte y su visa los guarda usted. En su tiempo libre puede salir de la "
        "vivienda, ir al pueblo, a la iglesia o a donde quiera, y recibir visitas. Puede quejarse "
        "con el Departamento de Trabajo, con el consulado o con un abogado sin que eso le quite "
        "el trabajo ni el lugar para el año que viene.",
    )
    d.ln(4)
    d.para(
        "Recibí una copia de esta hoja en español.   Nombre: ______________________________   "
        "Firma: ________________   Fecha: ____________",
        size=8.5,
    )
    lab = label(
        "w01.pdf",
        "h2a",
        "es",
        False,
        d.pages_count,
        d.findings,
        [],
        ["Enlace Agrícola del Bajío, S.C."],
        [
            "payer grid: 'Usted' column says No for visa, travel, housing, tools",
            "optional H-2A meal plan $14.25/day below the DOL cap (lawful)",
            "'cuota' used for the visa fee paid by the employer and for a productivity quota",
            "'feeder' of the sorting machine is a job word",
            "'depósito directo' is a pay method; housing and tools 'sin depósito'",
            "no inscripción/trámite/apoyo/comisión (negated recruitment fee)",
            "lawful deductions: income tax on request, court-ordered child support",
            "workers' compensation policy paid by employer",
            "lawful H-2A consequences of abandonment; 'No hay multa ni penalización'",
            "worker keeps passport; free to leave housing; complaints allowed",
        ],
        "faq_sheet",
        "FAQ sheet from the recruiting agency; colored top band; payer grid (Concepto | La "
        "empresa | Usted) on page 1; 20 numbered questions",
    )
    return d, lab


def w02():
    d = Doc("h2a", font="lserif", size=11.5)
    d.set_margins(25, 20, 25)
    d.footer_text = "Gestoría y Enlace Laboral del Altiplano — hoja {p}"
    d.add_page()
    d.para(
        "Gestoría y Enlace Laboral del Altiplano",
        style="B",
        size=15,
        align="C",
        gap=0.5,
        color=(120, 40, 30),
    )
    d.para(
        "Trámites de visas de trabajo · Av. Constitución 318, Matehuala, S.L.P. · "
        "Cel. 488 112 7740",
        size=9,
        align="C",
        gap=1,
    )
    d.set_draw_color(120, 40, 30)
    d.line(25, d.get_y(), d.w - 25, d.get_y())
    d.ln(6)
    d.para("Matehuala, S.L.P., a 14 de enero de 2027", align="R", gap=5)
    d.para("Sr. Rigoberto Cázares Molina", style="B", gap=0.2)
    d.para("Ejido La Paz, Vanegas, S.L.P.", gap=5)
    d.para("Estimado don Rigoberto:", gap=3)
    d.para(
        "Ojalá que usted y su familia se encuentren bien. Le escribo para confirmarle que ya "
        "quedó apuntado en la lista para la temporada de chile y cebolla con Sandoval Creek "
        "Farms, LLP, que tiene sus oficinas en 1320 Franklin Street, Hatch, Nuevo México "
        "87937.",
        gap=3,
    )
    d.para(
        "Como le expliqué en la junta del domingo, el trabajo es de corte de chile verde y de "
        "cebolla a mano, llenando cubetas y costales en los campos del rancho en Hatch y en "
        "Garfield, Nuevo México. La temporada va del 1 de marzo al 15 de noviembre de 2027, y "
        "se trabaja de lunes a sábado de 6:00 a 14:30.",
        gap=3,
    )
    d.para(
        "El patrón paga $15.85 la hora y se cobra cada semana. La vivienda es gratis, en las "
        "barracas del rancho, y tiene cocina con estufa y refrigerador que pueden usar sin "
        "pagar nada. Al campo los llevan diario en el camión del rancho sin cobrarles, y allá "
        "le prestan cuchillo, cubeta y guantes sin costo. La visa la paga el patrón; para eso "
        "usted no pone nada.",
        gap=4,
    )
    d.para("Lo que falta para que su expediente camine", style="B", gap=2)
    d.para(
        "Lo del apoyo para el trámite ya lo platicamos en persona.",
        Fee(
            "recruitment_fee",
            "Son nueve mil quinientos pesos, que me hace favor de depositar en la cuenta de mi "
            "yerno, Óscar Ledesma Ruiz, en Banco Azteca, a más tardar el 31 de enero.",
            9500.0,
            "MXN",
        ),
        "Le mando el número de cuenta por mensaje.",
        gap=3,
    )
    d.para(
        Fee(
            "deposit_or_bond",
            "Aparte, el día de la junta firmará un pagaré por MXN 30,000 como garantía de que va "
            "a cumplir la temporada completa; ese papel se lo regreso cuando vuelva a México.",
            30000.0,
            "MXN",
        ),
        "Es lo que pedimos a todos, no lo tome a mal.",
        gap=3,
    )
    d.para(
        Fee(
            "medical_cost",
            "El examen médico se lo hacen en la Clínica San Judas Tadeo, aquí en Matehuala, y "
            "cuesta 1 250 pesos que corren por su cuenta.",
            1250.0,
            "MXN",
        ),
        "Vaya en ayunas y lleve su credencial.",
        gap=3,
    )
    d.add_page()
    d.para("Lo del viaje", style="B", gap=2)
    d.para(
        "Nos vamos todos juntos en autobús el 24 de febrero para la cita en el consulado de "
        "Monterrey.",
        Fee(
            "travel_cost",
            "El pasaje de Matehuala a Monterrey, las dos noches de hotel mientras sale la visa y "
            "la comida de esos días corren por cuenta de cada quien, y el rancho no los repone.",
            None,
            None,
        ),
        "Le aviso con tiempo la hora de salida.",
        gap=4,
    )
    d.para("Papeles que debe traer a la junta del domingo 7 de febrero", style="B", gap=2)
    d.bullets(
        [
            "Pasaporte vigente, original y copia",
            "Acta de nacimiento y CURP",
            "Credencial del INE",
            "Dos fotografías tamaño infantil",
            "El comprobante del depósito",
        ],
        bullet="–",
    )
    d.ln(3)
    d.para(
        "Si su compadre Nicanor también quiere ir, dígale que me llame; todavía quedan "
        "lugares, pero se están acabando.",
        gap=3,
    )
    d.para("Sin más por el momento, le mando un saludo afectuoso y quedo a sus órdenes.", gap=8)
    d.para("Atentamente,", gap=10)
    d.para("Fidencio Loredo Castañón", style="B", gap=0.3)
    d.para("Gestoría y Enlace Laboral del Altiplano", gap=0.3)
    d.para("Cel. 488 112 7740", gap=2)
    lab = label(
        "w02.pdf",
        "h2a",
        "es",
        False,
        d.pages_count,
        d.findings,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Gestoría y Enlace Laboral del Altiplano"],
        [
            "fee named in one sentence ('apoyo para el trámite'), amount in words in the next",
            "'se cobra cada semana' means the worker gets paid weekly",
            "fee paid into a relative's (son-in-law's) bank account",
            "visa paid by the employer ('para eso usted no pone nada')",
            "free housing and kitchen (h2a)",
            "free daily transport; knife, bucket, gloves lent at no cost",
            "'Papeles que debe traer' is a document list, not job requirements",
        ],
        "recruiter_letter",
        "informal personal letter from the recruiter; centered letterhead with rule; two pages, "
        "bulleted list of papers on page 2",
    )
    return d, lab


def bi(d, en, es, *, gap=2.6, size=None, fam_style=("", "I")):
    """English paragraph followed by its Spanish version in italics."""
    en_parts = en if isinstance(en, tuple) else (en,)
    es_parts = es if isinstance(es, tuple) else (es,)
    d.para(*en_parts, style=fam_style[0], size=size, gap=0.8, indent=6)
    d.para(*es_parts, style=fam_style[1], size=size, gap=gap, indent=6, color=(40, 40, 110))


def w03():
    d = Doc("h2b", font="dvserif", size=9.2)
    d.footer_text = (
        "Bayou Teche Crawfish Company, L.L.C. — Job order H-400-26301-118842 — "
        "page / página {p} of / de {nb}"
    )
    d.add_page()
    d.para("BAYOU TECHE CRAWFISH COMPANY, L.L.C.", style="B", size=14, gap=0.3)
    d.para("1802 Levee Road, Breaux Bridge, Louisiana 70517 · (337) 555-0190", size=8.5, gap=3)
    d.heading("H-2B JOB OFFER SUMMARY / RESUMEN DE LA OFERTA DE TRABAJO H-2B", size=11.5)
    d.para(
        "Job order / Orden de trabajo H-400-26301-118842 · Season / Temporada 2027", size=8.5, gap=3
    )
    emp = "Bayou Teche Crawfish Company, L.L.C., 1802 Levee Road, Breaux Bridge, LA 70517"
    d.grid(
        ["Item / Concepto", "English", "Español"],
        [
            ("Employer / Empleador", emp, emp),
            (
                "Job / Puesto",
                "Crawfish peeler: peel boiled crawfish by hand, remove the vein, weigh and pack "
                "tail meat",
                "Peladora de langostino: pelar a mano el langostino cocido, quitar la vena, pesar "
                "y empacar la carne de cola",
            ),
            (
                "Place / Lugar",
                "Company peeling plant, 1802 Levee Road, Breaux Bridge, Louisiana",
                "Planta peladora de la compañía, 1802 Levee Road, Breaux Bridge, Luisiana",
            ),
            (
                "Dates / Fechas",
                "February 15 to June 30, 2027",
                "Del 15 de febrero al 30 de junio de 2027",
            ),
            (
                "Hours / Horario",
                "40 hours a week, Monday to Saturday, starting at 5:00 a.m.",
                "40 horas por semana, de lunes a sábado, desde las 5:00 a.m.",
            ),
            (
                "Pay / Salario",
                "$14.90 per hour, or $3.10 per pound of tail meat if higher",
                "$14.90 por hora, o $3.10 por libra de carne de cola si resulta mayor",
            ),
            (
                "Raises / Aumentos",
                "If a higher prevailing or minimum wage takes effect, it is paid from that date",
                "Si entra en vigor un salario prevaleciente o mínimo más alto, se paga desde esa "
                "fecha",
            ),
            (
                "Overtime / Tiempo extra",
                "$22.35 per hour after 40 hours in a week",
                "$22.35 por hora después de 40 horas en la semana",
            ),
            ("Payday / Pago", "Every Friday, by check", "Cada viernes, con cheque"),
            (
                "Deductions / Descuentos",
                "Social Security, Medicare and income taxes only",
                "Solo Seguro Social, Medicare e impuestos sobre la renta",
            ),
            (
                "3/4 guarantee / Garantía de 3/4",
                "Work offered for at least 3/4 of the hours in each 12-week period",
                "Trabajo ofrecido por al menos 3/4 de las horas de cada periodo de 12 semanas",
            ),
            (
                "Travel in / Viaje de ida",
                "Bus from Puebla and meals on the way, repaid in the first workweek",
                "Autobús desde Puebla y comidas del camino, reembolsados en la primera semana",
            ),
            (
                "Travel home / Regreso",
                "Bus to Puebla paid by the company at the end of the contract",
                "Autobús a Puebla pagado por la compañía al terminar el contrato",
            ),
            (
                "Visa",
                "Visa and border-crossing fees repaid in the first workweek",
                "Visa y cruce fronterizo reembolsados en la primera semana",
            ),
            (
                "Tools / Equipo",
                "Knives, gloves, aprons and hairnets provided free",
                "Cuchillos, guantes, mandiles y redes para el cabello sin costo",
            ),
            (
                "Requirements / Requisitos",
                "No experience needed; able to stand for 8 hours",
                "No se requiere experiencia; poder estar de pie 8 horas",
            ),
            (
                "Termination / Terminación",
                "A worker absent 5 days in a row without notice is deemed to have abandoned the "
                "job",
                "Quien falte 5 días seguidos sin avisar se considera que abandonó el trabajo",
            ),
        ],
        [38, 69, 68.9],
        size=8.3,
        head_fill=(215, 225, 240),
    )
    d.para(
        "Recruited in Mexico by / Reclutado en México por: Servicios Migratorios Palmar, S.C., "
        "Palmar de Bravo, Puebla.",
        size=8.5,
        gap=2,
    )

    d.add_page()
    d.heading("ADDENDUM No. 1 TO THE WORK CONTRACT — HOUSE AND PLANT RULES", size=11.5, gap=0.5)
    d.heading(
        "ADENDA No. 1 AL CONTRATO DE TRABAJO — REGLAS DE LA CASA Y DE LA PLANTA",
        size=11.5,
        style="BI",
        color=(40, 40, 110),
        gap=3,
    )
    d.para(
        "This addendum is part of the work contract and is signed by every worker on arrival. "
        "Where this addendum and the job order differ, the worker agrees that this addendum "
        "controls.",
        gap=0.8,
    )
    d.para(
        "Esta adenda forma parte del contrato de trabajo y la firma cada trabajador al llegar. "
        "Donde esta adenda y la orden de trabajo no coincidan, el trabajador acepta que manda "
        "esta adenda.",
        style="I",
        color=(40, 40, 110),
        gap=3,
    )

    def clause(n, title_en, title_es):
        d.para(f"{n}. {title_en} / {title_es}", style="B", gap=0.8)

    clause(1, "Housing", "Vivienda")
    bi(
        d,
        "Company housing at 1810 Levee Road is offered free of charge to all H-2B workers; no "
        "rent or deposit is collected.",
        "La vivienda de la compañía en 1810 Levee Road se ofrece gratis a todos los trabajadores "
        "H-2B; no se cobra renta ni depósito.",
    )
    clause(2, "Documents", "Documentos")
    bi(
        d,
        Fee(
            "document_retention",
            "For safekeeping, each worker shall hand his or her passport and I-94 printout to "
            "the crew leader upon arrival, and the documents will be returned at the end of "
            "the season.",
            group=1,
        ),
        Fee(
            "document_retention",
            "Para su resguardo, cada trabajador entregará su pasaporte y la impresión del I-94 a "
            "la mayordoma al llegar, y los documentos se le devolverán al terminar la temporada.",
            group=1,
        ),
    )
    clause(3, "Evenings and weekends", "Noches y fines de semana")
    bi(
        d,
        Fee(
            "movement_restriction",
            "Workers must be inside company housing by 9:00 p.m. every night and may not leave "
            "the property on weekends without a written pass signed by the supervisor.",
            group=2,
        ),
        Fee(
            "movement_restriction",
            "Los trabajadores deben estar dentro de la vivienda de la compañía a las 9:00 p.m. "
            "todas las noches y no pueden salir de la propiedad los fines de semana sin un pase "
            "escrito firmado por el supervisor.",
            group=2,
        ),
    )
    clause(4, "Finishing the season", "Terminar la temporada")
    bi(
        d,
        (
            "Peeling season depends on every worker staying until the end.",
            Fee(
                "breach_penalty",
                "A worker who abandons the job before June 30 forfeits the last two weeks' pay "
                "as liquidated damages to the company.",
                group=3,
            ),
        ),
        (
            "La temporada de pelado depende de que cada trabajador se quede hasta el final.",
            Fee(
                "breach_penalty",
                "El trabajador que abandone el empleo antes del 30 de junio perderá el pago de sus "
                "dos últimas semanas como indemnización a favor de la compañía.",
                group=3,
            ),
        ),
    )
    clause(5, "Complaints", "Quejas")
    bi(
        d,
        (
            "Questions about pay go first to the office manager.",
            Fee(
                "blacklisting_threat",
                "Workers who take complaints to outside agencies, lawyers or worker centers will "
                "be placed on the company's do-not-rehire list and reported to immigration.",
                group=4,
            ),
        ),
        (
            "Las dudas sobre el pago se llevan primero a la gerente de oficina.",
            Fee(
                "blacklisting_threat",
                "A quien lleve quejas a dependencias de gobierno, abogados o centros de trabajadores "
                "se le pondrá en la lista de no recontratación de la compañía y se le reportará a "
                "inmigración.",
                group=4,
            ),
        ),
    )
    clause(6, "Recruitment", "Reclutamiento")
    bi(
        d,
        "No recruitment fee of any kind may be charged to workers; Servicios Migratorios "
        "Palmar, S.C. is paid by the company.",
        "A los trabajadores no se les puede cobrar ninguna cuota de reclutamiento; a Servicios "
        "Migratorios Palmar, S.C. le paga la compañía.",
    )
    clause(7, "Plant", "Planta")
    bi(
        d,
        "Lost plant ID badges are replaced at no cost. On Fridays, boiled crawfish left from "
        "the day's run may be taken home free of charge.",
        "Los gafetes de la planta que se pierdan se reponen sin costo. Los viernes se puede "
        "llevar a casa, sin costo, el langostino cocido que sobre del día.",
    )
    clause(8, "Pay", "Pago")
    bi(
        d,
        "Pay is by check. Workers who prefer direct deposit may ask for it at the office; no "
        "bank fee is charged for it.",
        "El pago es con cheque. Quien prefiera depósito directo puede pedirlo en la oficina; no "
        "se cobra comisión bancaria por ello.",
    )
    d.ln(6)
    d.para(
        "Worker / Trabajador(a): ______________________________    Date / Fecha: ______________",
        gap=6,
    )
    d.para(
        "For the company / Por la compañía: Claudette Thibodeaux, Plant Manager / Gerente de "
        "planta",
        gap=2,
    )
    lab = label(
        "w03.pdf",
        "h2b",
        "en+es",
        False,
        d.pages_count,
        d.findings,
        ["earnings_statements", "contract_impossibility"],
        ["Servicios Migratorios Palmar, S.C."],
        [
            "job order summary grid is compliant: visa and inbound travel repaid, tools free",
            "addendum 'controls' over the job order (abusive terms live in the addendum)",
            "free housing, 'no rent or deposit' (negated deposit)",
            "no recruitment fee; recruiter paid by the company",
            "lost badges replaced at no cost; free crawfish",
            "direct deposit with no bank fee",
            "'forfeits ... two weeks' pay' has no currency amount (amount null)",
        ],
        "job_order_addendum",
        "page 1: 3-column gridded summary (Item | English | Español); pages 2-3: numbered "
        "addendum clauses, each in English then Spanish italics",
    )
    return d, lab


def w04():
    d = Doc("h2a", font="lsans", size=10)
    d.footer_text = (
        "Agencia de Colocación Valle de Zamora, S.C. · Notas de orientación, grupo 3 · {p}/{nb}"
    )
    d.add_page()
    d.para(
        "Agencia de Colocación Valle de Zamora, S.C.",
        style="B",
        size=10,
        gap=0.2,
        color=(90, 60, 130),
    )
    d.para("Registro STPS RPACT-MICH-0288 · Av. Juárez 77, Zamora, Michoacán", size=8.5, gap=4)
    d.heading("NOTAS DE LA PLÁTICA DE ORIENTACIÓN ANTES DE LA SALIDA", size=14, color=(90, 60, 130))
    d.para(
        "Grupo 3 · Temporada de mora azul 2027 · Salón ejidal de Tangancícuaro, Michoacán · "
        "sábado 22 de mayo de 2027, de 10:00 a 13:30",
        style="B",
        size=9.5,
        gap=1,
    )
    d.para(
        "Tomó las notas: Lic. Araceli Pulido Barragán, de la agencia. Asistieron 38 "
        "trabajadores. Estas notas se entregan a cada trabajador junto con la copia de su "
        "contrato H-2A.",
        size=9.5,
        gap=4,
    )

    def sec(t):
        if d.get_y() > d.page_break_trigger - 25:
            d.add_page()
        d.set_fill_color(236, 230, 246)
        d.f("B", 11)
        d.cell(0, 7, t, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1.5)

    sec("1. Quién los contrata y a dónde van")
    d.bullets(
        [
            "Patrón: Nooksack Flats Berry Co., 9120 Badger Road, Lynden, Washington 98264, Estados "
            "Unidos.",
            "Lugar de trabajo: los campos de mora azul del patrón en Lynden y Everson, condado de "
            "Whatcom, Washington.",
            "Trabajo: pizca de mora azul a mano en cubetas de cintura, vaciado en charolas y "
            "deshierbe con azadón entre surcos.",
            "Requisito: un mes de experiencia en pizca manual de frutillas y aguantar el trabajo de "
            "pie y agachado 8 horas.",
            "Contrato: del 1 de junio al 15 de septiembre de 2027.",
        ]
    )
    sec("2. Horario y pago")
    d.bullets(
        [
            "Se ofrecen 36 horas por semana, de lunes a sábado, de 6:00 a 12:30, con un descanso de "
            "30 minutos.",
            "Pago: $19.40 por hora o $0.70 por libra, lo que salga más alto en la semana. En el campo "
            "a la tarifa por libra le dicen “la cuota”, pero es lo que les pagan a ustedes, no algo "
            "que ustedes paguen.",
            "Si el gobierno sube la tarifa mínima del programa (AEWR) o cualquier salario mínimo "
            "durante la temporada, se les paga la nueva desde que entra en vigor.",
            "Se paga cada viernes. Cada talón de pago dice las horas ofrecidas, las horas "
            "trabajadas, las libras, la tarifa, lo que se ganó y los descuentos.",
            "Descuentos: solo el impuesto federal, si cada quien lo pide por escrito. No se "
            "descuenta vivienda, comida, transporte, herramientas ni visa.",
            "Garantía: el patrón les asegura trabajo o pago por lo menos de 3/4 partes de las horas "
            "ofrecidas en todo el contrato.",
        ]
    )
    sec("3. Viaje, vivienda y comida")
    d.bullets(
        [
            "La agencia paga la cuota de la visa directo en el banco, por cuenta del patrón, el día "
            "de la cita; no lleven dinero para eso.",
            "El patrón paga por adelantado el autobús Zamora–Guadalajara para la cita consular, el "
            "hotel de esa noche, el vuelo Guadalajara–Seattle y el autobús a Lynden, más $19.00 por "
            "día para comidas en el camino.",
            "Al terminar el contrato el patrón paga el regreso completo hasta Zamora.",
            "Vivienda: campamento del patrón en 9120 Badger Road, con permiso del Departamento de "
            "Salud de Washington; sin renta, sin depósito, con luz, agua y gas incluidos.",
            "Comida: cada cabaña tiene cocina equipada que se usa gratis; el patrón no cobra "
            "comidas.",
            "Diario hay autobús gratis del campamento a los campos y de regreso.",
            "Cubetas, cinturones de pizca, impermeables y guantes se dan gratis y sin depósito.",
            "Quien quiera puede comprar botas de hule en la tienda de Lynden, pero no es "
            "obligatorio: el patrón presta botas a quien las pida.",
            "Si alguien quiere mandar dinero a su casa, el patrón les ayuda a abrir una cuenta para "
            "depósito directo; es opcional.",
        ]
    )
    sec("4. Seguro, accidentes y emergencias")
    d.bullets(
        [
            "Todos están cubiertos por el seguro de accidentes de trabajo (workers' compensation) del "
            "estado de Washington desde el primer día; la prima la paga el patrón.",
            "Si una helada, granizo, incendio u otra causa ajena al patrón hace imposible seguir la "
            "temporada, el patrón puede terminar antes el contrato; en ese caso paga por lo menos "
            "3/4 de las horas ofrecidas hasta ese día y el regreso a Zamora.",
        ]
    )
    sec("5. Si alguien deja el trabajo")
    d.bullets(
        [
            "Si alguien falta 5 días seguidos sin permiso, el patrón lo toma como abandono y le "
            "avisa al gobierno; quien abandona o es despedido por causa justificada pierde el "
            "regreso pagado y la garantía de 3/4.",
            "No se cobra ninguna multa por irse. Nadie puede amenazarlos con “boletinarlos” por "
            "quejarse con el Departamento de Trabajo o con el consulado.",
        ]
    )
    sec("6. Preguntas que hicieron los compañeros")
    qa_items = [
        (
            "¿Hay que dar algo para quedar en la lista del año que viene?",
            "No. La agencia no cobra inscripción ni cuotas; su pago lo cubre el patrón. El café y el "
            "pan de hoy también los puso la agencia.",
        ),
        (
            "¿Quién se queda con el pasaporte?",
            "Cada quien guarda el suyo. Nadie de la agencia ni del rancho se los puede pedir “para "
            "guardarlo”.",
        ),
        (
            "¿El patrón presta dinero?",
            "No presta ni da adelantos. Si alguien les ofrece un préstamo para el viaje, no lo "
            "acepten: el viaje ya está pagado.",
        ),
        (
            "¿Nos pueden multar allá?",
            "El patrón no. Pero en Washington la policía pone multas de tránsito a quien maneja sin "
            "licencia, así que no manejen.",
        ),
        (
            "¿Podemos salir del campamento?",
            "Sí. En su tiempo libre pueden ir a donde quieran y recibir visitas en el área común.",
        ),
    ]
    for q, a in qa_items:
        qa(d, "P: " + q, "R: " + a, qcolor=(90, 60, 130))
    sec("7. Teléfonos")
    d.bullets(
        [
            "Agencia de Colocación Valle de Zamora: 351 512 4470 (también WhatsApp).",
            "Consulado de México en Seattle: +1 206 448 3526.",
            "Departamento de Trabajo de EE. UU., División de Horas y Salarios: 1-866-487-9243.",
        ]
    )
    d.ln(2)
    d.para(
        "Las notas se leyeron en voz alta al final de la plática y nadie pidió cambios.",
        style="I",
        size=9.5,
    )
    lab = label(
        "w04.pdf",
        "h2a",
        "es",
        False,
        d.pages_count,
        d.findings,
        [],
        ["Agencia de Colocación Valle de Zamora, S.C."],
        [
            "'la cuota' is the piece rate paid TO workers",
            "agency pays the visa fee on the employer's behalf",
            "inbound travel, hotel and meals prepaid by employer",
            "housing 'sin renta, sin depósito'; free kitchen; employer does not charge meals",
            "voluntary purchase of rubber boots (boots also lent free)",
            "direct-deposit account is optional (deposit = pay method)",
            "workers' compensation premium paid by employer",
            "lawful H-2A consequences of abandonment; no fine for leaving",
            "negated blacklisting ('Nadie puede amenazarlos con boletinarlos')",
            "no registration fee; coffee and bread paid by the agency",
            "employer lends no money (negated loan)",
            "traffic fines ('multas de tránsito') are police fines, not employer penalties",
        ],
        "orientation_notes",
        "pre-departure orientation minutes: shaded numbered section bars, bulleted notes, "
        "P:/R: questions from workers, phone list",
    )
    return d, lab


def w05():
    d = Doc("h2b", font="dvmono", size=8.6)
    d.set_margins(18, 16, 18)
    d.footer_text = "- {p} -"
    d.add_page()
    d.para(
        "Chat de WhatsApp con Lic. Mauro Padilla - Oportunidades del Norte HN",
        style="B",
        size=9.5,
        gap=0.5,
    )
    d.para(
        "Exportado el 02/02/2027. Impreso por: Elvin Josué Mejía Zúniga, La Ceiba, Atlántida.",
        gap=0.5,
    )
    d.para(
        "Los mensajes y las llamadas están cifrados de extremo a extremo.",
        style="I",
        gap=4,
        color=(110, 110, 110),
    )
    M = "Mauro Padilla"
    E = "Elvin Mejía"
    msgs = [
        (
            "08/01/27, 7:42",
            M,
            (
                "Buenos días don Elvin, le saluda el Lic. Mauro Padilla de Oportunidades del Norte HN. "
                "Hay 20 plazas de jardinería en San Antonio, Texas, con la compañía Lone Oak Grounds "
                "Management.",
            ),
        ),
        (
            "08/01/27, 7:43",
            M,
            (
                "Es visa H-2B, del 1 de marzo al 30 de noviembre de 2027. Son 40 horas a la semana, "
                "de lunes a viernes, y pagan $14.20 la hora, cada viernes.",
            ),
        ),
        (
            "08/01/27, 7:45",
            M,
            (
                "El trabajo es cortar zacate, sembrar plantas, podar arbustos y recoger hojas en casas "
                "y oficinas.",
            ),
        ),
        ("08/01/27, 9:10", E, ("Buenos días licenciado, me interesa. Qué hay que dar?",)),
        (
            "08/01/27, 9:26",
            M,
            (
                Fee(
                    "recruitment_fee",
                    "Para apartar su lugar son 1,200 dólares, depositados a la cuenta de mi sobrina "
                    "Keila Padilla en Banco Atlántida.",
                    1200.0,
                    "USD",
                ),
            ),
        ),
        ("08/01/27, 9:27", M, ("Aquí no se cobra comisión, eh, lo del lugar es otra cosa.",)),
        ("08/01/27, 9:31", E, ("Y la visa cuánto sale?",)),
        (
            "08/01/27, 9:40",
            M,
            (
                Fee(
                    "visa_cost",
                    "La visa la paga usted, son USD 185 en el banco, y la compañía no la devuelve.",
                    185.0,
                    "USD",
                ),
            ),
        ),
        (
            "08/01/27, 9:41",
            M,
            (
                Fee(
                    "training_cost",
                    "Antes de la entrevista tiene que sacar el curso de inglés básico con nosotros, "
                    "que vale 2,500 lempiras y es obligatorio.",
                    2500.0,
                    "HNL",
                ),
            ),
        ),
        ("09/01/27, 6:55", E, ("Ya tengo el pasaporte nuevo, lo saqué ayer.",)),
        (
            "09/01/27, 7:20",
            M,
            (
                Fee(
                    "document_retention",
                    "Tráigame el pasaporte original a la oficina, yo se lo guardo hasta el día del "
                    "vuelo para que no se le pierda.",
                ),
            ),
        ),
        ("09/01/27, 7:22", E, ("Y el pasaje quién lo paga?",)),
        (
            "09/01/27, 7:30",
            M,
            (
                "El boleto de San Pedro Sula a San Antonio lo compra la compañía, y lo que gaste en "
                "comida en el camino se lo reponen en el primer cheque.",
            ),
        ),
        ("09/01/27, 7:31", M, ("Allá le dan las podadoras, el equipo y los guantes sin costo.",)),
        (
            "12/01/27, 8:02",
            E,
            (
                "Licenciado, un primo dice que allá a veces no pagan las horas extras. Si pasa eso, "
                "puedo poner una queja?",
            ),
        ),
        (
            "12/01/27, 8:15",
            M,
            (
                Fee(
                    "blacklisting_threat",
                    "Mire, el que anda de quejoso con el consulado o con abogados ya no vuelve a "
                    "salir, yo lo borro de la lista y se queda sin visa para siempre.",
                ),
            ),
        ),
        ("12/01/27, 8:16", M, ("Mejor no se meta en problemas, allá todo está bien.",)),
        ("12/01/27, 8:40", E, ("Ok licenciado, el viernes le llevo lo del depósito.",)),
        ("12/01/27, 8:41", M, ("Listo, lo espero en la oficina de la avenida San Isidro.",)),
        ("15/01/27, 10:05", M, ("<Multimedia omitido>",)),
        (
            "15/01/27, 10:05",
            M,
            ("Esa es la foto de la oferta de la compañía, guárdela bien y no la ande enseñando.",),
        ),
        ("15/01/27, 10:19", E, ("Gracias licenciado. La entrevista ya tiene fecha?",)),
        (
            "15/01/27, 10:32",
            M,
            ("Todavía no, la embajada da las citas en febrero. Yo le aviso por aquí.",),
        ),
        ("02/02/27, 7:58", E, ("Buenos días, ya hay noticias de la cita?",)),
        ("02/02/27, 8:03", M, ("<Audio omitido>",)),
    ]
    for stamp, who, parts in msgs:
        d.para(
            f"[{stamp}] {who}:",
            *parts,
            gap=2.2,
            h=4.2,
            color=(0, 0, 0) if who == M else (20, 70, 20),
        )
    lab = label(
        "w05.pdf",
        "h2b",
        "es",
        False,
        d.pages_count,
        d.findings,
        [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Oportunidades del Norte HN"],
        [
            "'Aquí no se cobra comisión' is a false negation next to the real fee",
            "fee euphemism 'para apartar su lugar', paid to the recruiter's niece",
            "inbound ticket bought by the company; road meals repaid in first check",
            "tools and gloves free",
            "worker got his own passport ('lo saqué ayer'): no charge stated, not labelled",
            "'lo del depósito' refers to the fee already labelled",
            "employer named without an address (employer_identity missing)",
        ],
        "message_transcript",
        "printed WhatsApp chat export in monospace: [date, time] sender: message; omitted-media lines",
    )
    return d, lab


def w06():
    d = Doc("h2a", font="lnarrow", size=9.4)
    d.footer_text = (
        "Lumber River Produce Partners, LLC · H-300-27112-604417 · page / página {p} of / de {nb}"
    )
    d.add_page(orientation="L")
    d.set_fill_color(160, 82, 45)
    d.rect(20, 14, d.w - 40, 1.6, style="F")
    d.set_y(18)
    d.para(
        "Lumber River Produce Partners, LLC — 2260 Page Mill Road, Fairmont, North Carolina 28340",
        style="B",
        size=10,
        gap=1.5,
    )
    d.heading(
        "WEEKLY PAY DEDUCTION SCHEDULE — SWEET POTATO HARVEST 2027",
        size=13,
        gap=0.3,
        color=(160, 82, 45),
    )
    d.heading(
        "TABLA DE DESCUENTOS SEMANALES — COSECHA DE CAMOTE 2027",
        size=13,
        style="BI",
        color=(160, 82, 45),
        gap=1.5,
    )
    d.para(
        "Attached to the H-2A work contract / Anexo al contrato de trabajo H-2A · Job order / "
        "Orden de trabajo H-300-27112-604417",
        size=9,
        gap=3,
    )
    hous = (
        "Housing: bunk, Camp 2 / Vivienda: cama, Campo 2",
        "$55.00 per week / por semana",
        "Worker / Trabajador",
        "Every Friday / Cada viernes",
    )
    dep = (
        "Knife and bucket deposit / Depósito por cuchillo y cubeta",
        "$25.00 one time / una vez",
        "Worker / Trabajador",
        "First check / Primer cheque",
    )
    d.grid(
        ["Item / Concepto", "Amount / Monto", "Paid by / Lo paga", "When / Cuándo"],
        [
            (
                "Federal income tax / Impuesto federal sobre la renta",
                "Only if requested / Solo si lo pide",
                "Worker / Trabajador",
                "Weekly / Semanal",
            ),
            (
                "Child support by court order / Pensión alimenticia por orden judicial",
                "As ordered / Según la orden",
                "Worker / Trabajador",
                "Weekly / Semanal",
            ),
            (*hous, Fee("housing_charge", " ".join(hous), 55.0, "USD")),
            (*dep, Fee("equipment_charge", " ".join(dep), 25.0, "USD")),
            (
                "Meal plan, 3 meals (optional) / Comedor, 3 comidas (opcional)",
                "$14.90 per day / por día",
                "Worker who signs up / Quien se inscriba",
                "Weekly / Semanal",
            ),
            (
                "Visa fee and consular appointment / Cuota de visa y cita consular",
                "$190.00",
                "Employer / Empleador",
                "Before travel / Antes del viaje",
            ),
            (
                "Bus Monterrey–Fairmont and road meals / Autobús y comidas del camino",
                "Ticket + $18.00/day",
                "Employer / Empleador",
                "Before travel / Antes del viaje",
            ),
            (
                "Return bus to Monterrey / Autobús de regreso a Monterrey",
                "Ticket / Boleto",
                "Employer / Empleador",
                "End of contract / Fin del contrato",
            ),
            (
                "Work gloves / Guantes de trabajo",
                "Free / Gratis",
                "Employer / Empleador",
                "As needed / Cuando se necesiten",
            ),
            (
                "Harvest bins, carts and tarps / Cajones, carretillas y lonas",
                "Free / Gratis",
                "Employer / Empleador",
                "—",
            ),
        ],
        [94, 46, 50, 49.4],
        size=9.8,
        line_height=6.0,
        head_fill=(240, 222, 205),
    )
    d.ln(1)
    d.para("Notes / Notas", style="B", gap=1)
    d.para(
        "The meal plan is optional; its daily charge does not exceed the maximum published by "
        "the U.S. Department of Labor for 2027, and every room has a free kitchen.",
        gap=0.5,
    )
    d.para(
        "El comedor es opcional; su cobro diario no excede el máximo publicado por el "
        "Departamento de Trabajo de EE. UU. para 2027, y cada cuarto tiene cocina gratis.",
        style="I",
        gap=2,
    )
    d.para(
        Fee(
            "damage_chargeback",
            "Any bucket, knife or cart that is lost or broken through carelessness will be "
            "charged to the worker at replacement cost.",
            group=1,
        ),
        gap=0.5,
    )
    d.para(
        Fee(
            "damage_chargeback",
            "Toda cubeta, cuchillo o carretilla que se pierda o se rompa por descuido se "
            "cobrará al trabajador a precio de reposición.",
            group=1,
        ),
        style="I",
        gap=2,
    )

    d.add_page(orientation="P")
    d.heading("JOB TERMS / CONDICIONES DEL TRABAJO", size=13, color=(160, 82, 45), gap=3)
    terms = [
        (
            "Employer / Patrón",
            "Lumber River Produce Partners, LLC, 2260 Page Mill Road, Fairmont, North Carolina "
            "28340.",
        ),
        (
            "Job / Trabajo",
            "Hand harvest of sweet potatoes behind the digger, sorting by size and filling "
            "5/8-bushel buckets and bins. / Cosecha a mano de camote detrás de la escarbadora, "
            "selección por tamaño y llenado de cubetas y cajones.",
        ),
        (
            "Where / Dónde",
            "Company fields in Robeson and Columbus counties, North Carolina. / Campos de la "
            "compañía en los condados de Robeson y Columbus, Carolina del Norte.",
        ),
        (
            "Dates / Fechas",
            "August 23 to November 19, 2027. / Del 23 de agosto al 19 de noviembre de 2027.",
        ),
        (
            "Hours / Horas",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute lunch. / "
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con 30 minutos de comida.",
        ),
        (
            "Pay / Pago",
            "$15.55 per hour, or $0.65 per 5/8-bushel bucket when that is higher for the week. / "
            "$15.55 por hora, o $0.65 por cubeta cuando eso resulte mayor en la semana.",
        ),
        ("Payday / Día de pago", "Every Friday. / Cada viernes."),
        (
            "Pay stubs / Talones",
            "Every payday, showing hours offered, hours worked, buckets, rate, earnings and each "
            "deduction. / Cada día de pago, con horas ofrecidas, horas trabajadas, cubetas, tarifa, "
            "ganancias y cada descuento.",
        ),
        ("Deductions / Descuentos", "See the schedule on page 1. / Vea la tabla de la página 1."),
        (
            "Housing / Vivienda",
            "Camp 2, 2275 Page Mill Road: bunkhouse with kitchen, showers and laundry; weekly "
            "charge in the schedule. / Campo 2, 2275 Page Mill Road: barraca con cocina, regaderas "
            "y lavadoras; cobro semanal en la tabla.",
        ),
        (
            "Meals / Comidas",
            "Free kitchen in every room; optional meal plan. / Cocina gratis en cada cuarto; "
            "comedor opcional.",
        ),
        (
            "Travel in / Viaje de ida",
            "Bus from Monterrey and meals on the way, paid by the employer before travel. / "
            "Autobús desde Monterrey y comidas del camino, pagados por el patrón antes del viaje.",
        ),
        (
            "Return / Regreso",
            "Bus to Monterrey paid by the employer at the end of the contract. / Autobús a "
            "Monterrey pagado por el patrón al terminar el contrato.",
        ),
        (
            "Daily transport / Transporte diario",
            "Free company bus from Camp 2 to the fields and back. / Autobús gratis de la compañía "
            "del Campo 2 a los campos y de regreso.",
        ),
        (
            "Tools / Herramientas",
            "Bins, carts, tarps and gloves at no cost; knives and buckets as on page 1. / Cajones, "
            "carretillas, lonas y guantes sin costo; cuchillos y cubetas como en la página 1.",
        ),
        (
            "Injury insurance / Seguro de accidentes",
            "North Carolina workers' compensation, paid by the employer. / Compensación para "
            "trabajadores de Carolina del Norte, pagada por el patrón.",
        ),
        (
            "Requirements / Requisitos",
            "One month of experience harvesting vegetables by hand; able to lift 25-pound buckets "
            "all day. / Un mes de experiencia en cosecha manual de hortalizas; poder levantar "
            "cubetas de 25 libras todo el día.",
        ),
    ]
    for k, v in terms:
        d.para(f"**{k}:** {v}", markdown=True, gap=1.8)
    d.ln(3)
    d.para(
        "Recruited in Mexico by / Reclutados en México por: Reclutamiento Agrícola Tierra "
        "Caliente, S.C., Iguala, Guerrero. The recruiter charges workers nothing. / El "
        "reclutador no cobra nada a los trabajadores.",
        size=8.8,
        gap=2,
    )
    lab = label(
        "w06.pdf",
        "h2a",
        "en+es",
        False,
        d.pages_count,
        d.findings,
        ["wage_adjustment", "three_fourths_guarantee", "termination", "contract_impossibility"],
        ["Reclutamiento Agrícola Tierra Caliente, S.C."],
        [
            "optional H-2A meal plan $14.90/day under the DOL cap, free kitchen (lawful)",
            "court-ordered child support and requested income tax (lawful deductions)",
            "visa fee, inbound bus and return bus in the 'Paid by: Employer' column",
            "gloves, bins, carts, tarps free",
            "recruiter charges workers nothing (negated fee)",
            "bilingual table rows: one finding per row, no group",
        ],
        "deduction_schedule",
        "page 1 landscape: gridded 4-column deduction table with payer column (EN / ES in each "
        "cell) and bilingual notes; page 2 portrait: bold-label bilingual job terms",
    )
    return d, lab


def field(d, lab_text, value, lw=30, size=8.6):
    """Form line: printed label, filled-in value in a typewriter face."""
    y = d.get_y()
    d.f("B", size)
    d.set_x(d.l_margin)
    d.cell(lw, 4.6, lab_text)
    d.f("", size + 0.2, "dvmono")
    d.set_xy(d.l_margin + lw, y)
    d.multi_cell(d.epw - lw, 4.6, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_draw_color(150, 150, 150)
    d.line(d.l_margin + lw, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(1.6)


def w07():
    d = Doc("generic", fmt=(139.7, 215.9), font="dvcond", size=8.4)
    d.set_margins(12, 12, 12)
    d.set_auto_page_break(True, 14)
    d.footer_text = "Finca Santa Águeda · vale de anticipo · hoja {p} de {nb}"
    d.add_page()
    d.para("FINCA SANTA ÁGUEDA, S.P.R. DE R.L.", style="B", size=11, align="C", gap=0.2)
    d.para(
        "Carretera a Nueva Alemania km 18, Tapachula, Chiapas, México", size=7.5, align="C", gap=2.5
    )
    d.para(
        "CONSTANCIA DE ANTICIPO Y CONDICIONES DE TRABAJO", style="B", size=10, align="C", gap=0.3
    )
    d.para("Corte de café, temporada 2026-2027", style="I", align="C", gap=3)
    field(d, "Trabajador:", "Juan Gaspar Domingo Mateo")
    field(d, "Origen:", "San Miguel Acatán, Huehuetenango, Guatemala")
    field(d, "DPI:", "3110 47265 1309")
    field(d, "Contratista:", "Abelardo Pérez Mazariegos")
    field(d, "Tarjeta TVTF:", "En trámite ante el INM, Ciudad Hidalgo")
    d.ln(1)
    d.para("CONDICIONES", style="B", size=9, gap=1)
    conds = [
        "Trabajo: corte de café cereza maduro a mano, en los cafetales de la finca, y acarreo de "
        "los costales al beneficio.",
        "Lugar: Finca Santa Águeda, Tapachula, Chiapas.",
        "Periodo: del 20 de octubre de 2026 al 28 de febrero de 2027.",
        "Horario: de 6:00 a 15:00, de lunes a sábado, con una hora para comer.",
        "Pago: 7 pesos por kilo de café cereza, pesado en la báscula de la finca cada tarde.",
        "Raya: se paga cada sábado, en efectivo, en la tienda de la finca.",
        "Descuentos: ninguno, salvo el anticipo y el pasaje que se indican abajo.",
        "La finca da galera para dormir, tortillas y frijol sin costo.",
        "El seguro del IMSS lo paga la finca.",
        "La Tarjeta de Visitante Trabajador Fronterizo se tramita gratis en el INM.",
        "El contratista no cobra comisión al trabajador; su comisión se la paga la finca.",
    ]
    for i, c in enumerate(conds, 1):
        d.para(f"{i}. {c}", gap=1.2)
    d.ln(1)
    d.para("DEL ANTICIPO Y OTROS ACUERDOS", style="B", size=9, gap=1)
    d.para(
        "12.",
        Fee(
            "debt_bondage",
            "El contratista entregó al trabajador un anticipo de 3,000 pesos (tres mil "
            "pesos mexicanos), que se irá descontando de su raya cada sábado a razón de "
            "400 pesos hasta quedar pagado.",
            3000.0,
            "MXN",
        ),
        gap=1.2,
    )
    d.para(
        "13.",
        Fee(
            "travel_cost",
            "El pasaje de San Miguel Acatán a la finca, que adelanta el contratista, se "
            "le cobrará al trabajador en la primera raya: Q350.",
            350.0,
            "GTQ",
        ),
        gap=1.2,
    )
    d.para(
        "14.",
        Fee(
            "wage_withholding",
            "De cada raya la finca guardará 100 pesos, que se le entregarán al "
            "trabajador el día que termine la cosecha.",
            100.0,
            "MXN",
        ),
        gap=1.2,
    )
    d.para(
        "15.",
        Fee(
            "movement_restriction",
            "Mientras tenga deuda con el contratista, el trabajador no podrá salir de "
            "la finca ni irse a cortar a otra finca.",
        ),
        gap=1.2,
    )
    d.para(
        "16.",
        Fee(
            "breach_penalty",
            "Si el trabajador se va antes de terminar la cosecha, pierde lo guardado y "
            "paga el doble de lo que todavía deba.",
        ),
        gap=1.2,
    )
    d.para(
        "17. Este papel se lee en voz alta al trabajador, en español y en q'anjob'al, antes de "
        "que ponga su huella.",
        gap=4,
    )
    if d.get_y() > d.page_break_trigger - 40:
        d.add_page()
    d.para("Tapachula, Chiapas, a 18 de octubre de 2026.", gap=8)
    y = d.get_y()
    d.set_draw_color(0, 0, 0)
    d.line(14, y, 60, y)
    d.line(72, y, 118, y)
    d.set_y(y + 1)
    d.f("", 7.5)
    d.set_x(14)
    d.cell(46, 4, "Abelardo Pérez Mazariegos", align="C")
    d.set_x(72)
    d.cell(46, 4, "Juan Gaspar Domingo Mateo", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_x(14)
    d.cell(46, 4, "Contratista", align="C")
    d.set_x(72)
    d.cell(46, 4, "Firma o huella del trabajador", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(3)
    d.set_x(72)
    d.rect(84, d.get_y(), 22, 24)
    d.set_xy(84, d.get_y() + 25)
    d.cell(22, 4, "Huella", align="C")
    lab = label(
        "w07.pdf",
        "generic",
        "es",
        False,
        d.pages_count,
        d.findings,
        ["return_transportation", "termination"],
        ["Abelardo Pérez Mazariegos"],
        [
            "free sleeping quarters and food ('sin costo')",
            "IMSS social insurance paid by the farm (not insurance_cost)",
            "border worker card (TVTF) processed free by INM",
            "contractor's commission paid by the farm (negated recruitment fee)",
            "'Descuentos: ninguno, salvo ...' lists the deductions (term present)",
            "advance repaid from wages = debt_bondage, tied to the job",
        ],
        "advance_receipt",
        "statement-size (5.5 x 8.5 in) printed form: filled-in fields in typewriter face, "
        "numbered conditions, signature lines and fingerprint box; Guatemala to Mexico corridor",
    )
    return d, lab


def two_col(d, title_en, en, title_es, es, size=8.8):
    """One handbook section: English in the left column, Spanish in the right one."""
    gap = 7.0
    cw = (d.epw - gap) / 2
    xl, xr = d.l_margin, d.l_margin + cw + gap
    lh = size * 0.47

    def height(title, text):
        d.f("B", size + 0.6)
        h1 = d.multi_cell(cw, lh + 0.3, title, dry_run=True, output="HEIGHT")
        d.f("", size)
        h2 = d.multi_cell(cw, lh, text, dry_run=True, output="HEIGHT")
        return h1 + h2 + 0.8

    need = max(height(title_en, en), height(title_es, es))
    if d.get_y() + need > d.page_break_trigger:
        d.add_page()
    y0 = d.get_y()
    for x, title, text, color in (
        (xl, title_en, en, (0, 70, 40)),
        (xr, title_es, es, (110, 70, 0)),
    ):
        d.set_xy(x, y0)
        d.f("B", size + 0.6)
        d.set_text_color(*color)
        d.multi_cell(cw, lh + 0.3, title, new_x=XPos.LEFT, new_y=YPos.NEXT)
        d.set_text_color(0, 0, 0)
        d.ln(0.8)
        d.set_x(x)
        d.f("", size)
        d.multi_cell(cw, lh, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
    d.set_draw_color(190, 190, 190)
    d.line(xl + cw + gap / 2, y0, xl + cw + gap / 2, y0 + need)
    d.set_y(y0 + need + 3.2)


def w08():
    d = Doc("h2b", font="dejavu", size=8.8)
    d.set_margins(18, 16, 18)
    d.footer_text = "Sandhill Pines Golf Club · Seasonal Handbook / Manual de temporada 2027 · {p}"

    def band(pdf):
        pdf.set_fill_color(0, 70, 40)
        pdf.rect(0, 0, pdf.w, 7, style="F")
        pdf.set_y(11)

    d.header_fn = band
    d.add_page()
    d.para("SANDHILL PINES GOLF CLUB, INC.", style="B", size=13, gap=0.3, color=(0, 70, 40))
    d.para(
        "1401 Longleaf Drive, Southern Pines, North Carolina 28387 · (910) 555-0112", size=8, gap=3
    )
    d.para("SEASONAL EMPLOYEE HANDBOOK — H-2B GROUNDS CREW 2027", style="B", size=11, gap=0.3)
    d.para(
        "MANUAL DEL EMPLEADO DE TEMPORADA — CUADRILLA DE CAMPO H-2B 2027",
        style="B",
        size=11,
        gap=1,
        color=(110, 70, 0),
    )
    d.para(
        "This handbook is part of your H-2B work contract (job order H-400-26340-209915). "
        "Left column: English. Right column: Spanish. Both say the same. / Este manual forma "
        "parte de su contrato de trabajo H-2B. Columna izquierda: inglés. Columna derecha: "
        "español. Las dos dicen lo mismo.",
        size=8,
        gap=4,
        color=(80, 80, 80),
    )
    secs = [
        (
            "1. Your employer",
            "Sandhill Pines Golf Club, Inc., 1401 Longleaf Drive, Southern Pines, North Carolina "
            "28387. Phone (910) 555-0112.",
            "1. Su empleador",
            "Sandhill Pines Golf Club, Inc., 1401 Longleaf Drive, Southern Pines, Carolina del "
            "Norte 28387. Teléfono (910) 555-0112.",
        ),
        (
            "2. Your job",
            "Golf course laborer (grounds crew): mow greens, tees and fairways, rake bunkers, repair "
            "ball marks and divots, trim around trees, water by hand and spread fertilizer under "
            "supervision. On rainy days you may help at the starter booth, where golfers pay green "
            "fees and cart fees to the club.",
            "2. Su trabajo",
            "Peón de campo de golf (cuadrilla de mantenimiento): podar greens, salidas y calles, "
            "rastrillar búnkeres, reparar piques y chuletas, recortar alrededor de los árboles, "
            "regar a mano y esparcir fertilizante con supervisión. En días de lluvia puede ayudar en "
            "la caseta de salida, donde los golfistas pagan al club el green fee y la renta del "
            "carrito.",
        ),
        (
            "3. Where you work",
            "The club's 18-hole course and maintenance shop, 1401 Longleaf Drive, Southern Pines, "
            "North Carolina.",
            "3. Dónde trabaja",
            "El campo de 18 hoyos y el taller de mantenimiento del club, 1401 Longleaf Drive, "
            "Southern Pines, Carolina del Norte.",
        ),
        (
            "4. Requirements",
            "Three months of experience in landscaping or turf work, and able to lift 50 pounds. "
            "A driver's license is not required.",
            "4. Requisitos",
            "Tres meses de experiencia en jardinería o pasto, y poder levantar 50 libras. No se "
            "requiere licencia de manejo.",
        ),
        (
            "5. Season",
            "March 1 to November 15, 2027.",
            "5. Temporada",
            "Del 1 de marzo al 15 de noviembre de 2027.",
        ),
        (
            "6. Hours",
            "40 hours a week, Monday through Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute "
            "lunch. Weekend tournament shifts are voluntary.",
            "6. Horario",
            "40 horas por semana, de lunes a viernes, de 6:00 a.m. a 2:30 p.m., con 30 minutos "
            "para comer. Los turnos de torneo en fin de semana son voluntarios.",
        ),
        (
            "7. Pay and overtime",
            "$15.10 per hour. If a higher prevailing wage or a higher federal or state minimum wage "
            "takes effect during the season, you are paid the higher rate from that date. Overtime: "
            "$22.65 per hour for hours over 40 in a week.",
            "7. Salario y tiempo extra",
            "$15.10 por hora. Si durante la temporada entra en vigor un salario prevaleciente más "
            "alto o un salario mínimo federal o estatal más alto, se le paga la tarifa más alta "
            "desde esa fecha. Tiempo extra: $22.65 por hora por las horas que pasen de 40 en la "
            "semana.",
        ),
        (
            "8. Payday and pay stubs",
            "Every other Friday (every two weeks), by check or direct deposit, as you choose. Each "
            "pay stub shows hours offered, hours worked, rate, earnings and each deduction.",
            "8. Día de pago y talones",
            "Un viernes sí y otro no (cada dos semanas), con cheque o depósito directo, como usted "
            "prefiera. Cada talón muestra horas ofrecidas, horas trabajadas, tarifa, ganancias y "
            "cada descuento.",
        ),
        (
            "9. Deductions",
            "Federal and North Carolina income tax, Social Security and Medicare. Nothing else is "
            "deducted unless you authorize it in writing for your own benefit.",
            "9. Descuentos",
            "Impuesto sobre la renta federal y de Carolina del Norte, Seguro Social y Medicare. No "
            "se descuenta nada más, salvo lo que usted autorice por escrito para su propio "
            "beneficio.",
        ),
        (
            "10. Three-fourths guarantee",
            "We guarantee you work (or pay) for at least three-fourths of the hours offered in each "
            "12-week period of the season.",
            "10. Garantía de tres cuartas partes",
            "Le garantizamos trabajo (o pago) por al menos tres cuartas partes de las horas "
            "ofrecidas en cada periodo de 12 semanas de la temporada.",
        ),
        (
            "11. Travel",
            "The club pays your bus from Saltillo to Southern Pines and $18 a day for meals on the "
            "way, or repays it in full in your first workweek. At the end of the season, or if we "
            "let you go early for lack of work, we pay your bus home to Saltillo.",
            "11. Viaje",
            "El club paga su autobús de Saltillo a Southern Pines y $18 diarios para comidas en el "
            "camino, o se lo reembolsa completo en su primera semana de trabajo. Al terminar la "
            "temporada, o si lo despedimos antes por falta de trabajo, pagamos su autobús de "
            "regreso a Saltillo.",
        ),
        (
            "12. Visa",
            "We repay your visa fee, visa processing and border-crossing fees in full in your first "
            "paycheck.",
            "12. Visa",
            "Le reembolsamos completa la cuota de la visa, el trámite de la visa y el cruce "
            "fronterizo en su primer cheque.",
        ),
        (
            "13. Equipment",
            "Mowers, rakes, string trimmers, gloves, safety glasses, ear protection and three club "
            "uniform shirts are provided free. No deposit is taken, and normal wear is never "
            "charged to anyone.",
            "13. Equipo",
            "Podadoras, rastrillos, desbrozadoras, guantes, lentes de seguridad, protección para "
            "los oídos y tres camisas de uniforme del club se le dan gratis. No se pide depósito, y "
            "el desgaste normal nunca se le cobra a nadie.",
        ),
        (
            "14. Housing (optional)",
            "Rooms in the club's staff house at 1412 Longleaf Drive are free of charge for H-2B "
            "workers who want them, utilities and Wi-Fi included. You may also live elsewhere.",
            "14. Vivienda (opcional)",
            "Los cuartos de la casa del personal del club, en 1412 Longleaf Drive, son gratis para "
            "los trabajadores H-2B que los quieran, con servicios e internet incluidos. También "
            "puede vivir en otro lugar.",
        ),
        (
            "15. Recruitment",
            "We work with Contrataciones Laborales del Noreste, S.C. in Saltillo. The club pays all "
            "of its fees. No one may charge you for this job; report anyone who asks you for money "
            "to us and to the U.S. Department of Labor.",
            "15. Reclutamiento",
            "Trabajamos con Contrataciones Laborales del Noreste, S.C., en Saltillo. El club paga "
            "todos sus honorarios. Nadie le puede cobrar por este trabajo; reporte a quien le pida "
            "dinero al club y al Departamento de Trabajo de EE. UU.",
        ),
        (
            "16. Leaving or dismissal",
            "If you miss 5 consecutive workdays without permission, we will consider that you "
            "abandoned the job and will notify the Department of Labor and Homeland Security. A "
            "worker may be dismissed for cause, such as repeated unsafe mower use, after a written "
            "warning. There is no fee or penalty for leaving.",
            "16. Renuncia o despido",
            "Si falta 5 días de trabajo seguidos sin permiso, consideraremos que abandonó el empleo "
            "y avisaremos al Departamento de Trabajo y al Departamento de Seguridad Nacional. Se "
            "puede despedir a un trabajador por causa justificada, como usar la podadora de forma "
            "insegura varias veces, después de un aviso por escrito. No hay cobro ni penalización "
            "por irse.",
        ),
        (
            "17. If the course must close",
            "If a hurricane, fire or other act of God makes the work impossible, we may end the "
            "contract early; we will pay the three-fourths guarantee up to that date, your trip "
            "home and any travel costs still owed, or help you find other H-2B work.",
            "17. Si el campo tiene que cerrar",
            "Si un huracán, un incendio u otra causa de fuerza mayor hace imposible el trabajo, "
            "podemos terminar antes el contrato; pagaremos la garantía de tres cuartas partes hasta "
            "esa fecha, su viaje de regreso y los gastos de viaje pendientes, o le ayudaremos a "
            "encontrar otro trabajo H-2B.",
        ),
        (
            "18. Your rights",
            "You keep your passport and visa. You may come and go from the staff house as you "
            "like. You may talk to a lawyer, a union or the Department of Labor without "
            "retaliation and without any effect on being hired again.",
            "18. Sus derechos",
            "Usted guarda su pasaporte y su visa. Puede entrar y salir de la casa del personal como "
            "quiera. Puede hablar con un abogado, un sindicato o el Departamento de Trabajo sin "
            "represalias y sin que afecte su recontratación.",
        ),
        (
            "19. Small things",
            "Lost golf balls found on the course may be kept by the crew. The snack bar sells "
            "sandwiches to staff at a discount; buying there is voluntary.",
            "19. Cosas pequeñas",
            "Las pelotas perdidas que se encuentren en el campo se las puede quedar la cuadrilla. "
            "La cafetería vende sándwiches al personal con descuento; comprar ahí es voluntario.",
        ),
    ]
    for s in secs:
        two_col(d, *s)
    d.ln(2)
    d.para("Received / Recibido: ______________________   Date / Fecha: __________", size=8.5)
    lab = label(
        "w08.pdf",
        "h2b",
        "en+es",
        False,
        d.pages_count,
        d.findings,
        [],
        ["Contrataciones Laborales del Noreste, S.C."],
        [
            "golfers pay 'green fees and cart fees' to the club (job duty, customer charges)",
            "visa and border-crossing fees repaid in first paycheck",
            "inbound bus and meals paid or repaid; return bus paid",
            "equipment and uniform shirts free; 'No deposit is taken'; wear never charged",
            "optional staff house free of charge (h2b)",
            "recruiter's fees paid by the club; 'No one may charge you'",
            "'There is no fee or penalty for leaving' (negated breach penalty)",
            "direct deposit is a pay method",
            "voluntary discounted snack-bar purchases",
            "free to come and go; no retaliation for complaints",
        ],
        "handbook",
        "employee handbook in two parallel columns (English left, Spanish right) with a "
        "vertical rule, section by section; colored top band on every page",
    )
    return d, lab


def w09():
    d = Doc("h2a", fmt="Legal", font="dvscond", size=10)
    d.set_margins(24, 20, 24)
    d.footer_text = "Expediente ACU-H2A-27-0912 · Página {p} de {nb}"
    d.add_page()
    d.para("AGENCIA DE EMPLEOS CUCHUMATANES, S.A.", style="B", size=12, align="C", gap=0.2)
    d.para("5a. Calle 3-41, zona 1, Huehuetenango · Tel. 7764-2290", size=8.5, align="C", gap=5)
    d.para(
        "CONVENIO DE INSCRIPCIÓN AL PROGRAMA DE TRABAJO AGRÍCOLA TEMPORAL H-2A",
        style="B",
        size=11.5,
        align="C",
        gap=1,
    )
    d.para("Número de expediente: ACU-H2A-27-0912", align="C", gap=5)
    d.para(
        "Celebran el presente convenio, por una parte, Agencia de Empleos Cuchumatanes, S.A., "
        "representada por el señor Otoniel Recinos Villatoro, a quien en lo sucesivo se "
        "denominará LA AGENCIA, y por la otra el señor Baltazar Pascual Francisco, originario "
        "de Todos Santos Cuchumatán, Huehuetenango, a quien se denominará EL ASPIRANTE, "
        "conforme a las cláusulas siguientes.",
        align="J",
        gap=4,
    )

    def sec(t):
        d.para(t, style="B", gap=1.5)

    def cl(n, *parts):
        d.para(f"{n}", *parts, align="J", gap=2, indent=4)

    sec("1. OBJETO Y CONDICIONES DEL EMPLEO")
    cl(
        "1.1",
        "LA AGENCIA inscribe a EL ASPIRANTE en la lista de candidatos para el puesto de "
        "trabajador agrícola con Altamaha Sweet Onion Farms, LLC, 812 Collins Highway, "
        "Lyons, Georgia 30436, Estados Unidos de América (en adelante EL EMPLEADOR).",
    )
    cl(
        "1.2",
        "Las labores consisten en la cosecha de cebolla dulce a mano: arrancar, cortar raíz "
        "y hoja con tijera y llenar sacos de 50 libras, en los campos de EL EMPLEADOR en "
        "los condados de Toombs y Tattnall, Georgia.",
    )
    cl(
        "1.3",
        "El periodo de trabajo es del 15 de marzo al 31 de mayo de 2027, ocho horas diarias "
        "de lunes a sábado.",
    )
    cl(
        "1.4",
        "EL EMPLEADOR pagará $14.68 por hora, cada semana, más un bono de asistencia de "
        "$25.00 semanales a quien no falte ningún día.",
    )
    cl("1.5", "Se requiere experiencia mínima de tres meses en cosecha de hortalizas.")
    sec("2. LO QUE OFRECE EL EMPLEADOR")
    cl(
        "2.1",
        "Vivienda gratuita en el campamento de EL EMPLEADOR en Lyons, con cocina equipada "
        "que los trabajadores usan sin costo.",
    )
    cl(
        "2.2",
        "EL EMPLEADOR cubre el costo de la visa, el autobús de Huehuetenango a la Ciudad de "
        "Guatemala, el vuelo a Atlanta y los alimentos del camino.",
    )
    cl("2.3", "Las herramientas y el equipo de trabajo los proporciona EL EMPLEADOR sin costo.")
    cl("2.4", "El examen médico, cuando lo exija el consulado, lo paga EL EMPLEADOR.")
    sec("3. OBLIGACIONES ECONÓMICAS DE EL ASPIRANTE")
    cl(
        "3.1",
        Fee(
            "recruitment_fee",
            "Por concepto de cuota de inscripción y manejo de expediente, EL ASPIRANTE "
            "cubrirá la suma de Q2,800.00 en las oficinas de LA AGENCIA, en efectivo.",
            2800.0,
            "GTQ",
        ),
        "LA AGENCIA extenderá un recibo simple.",
    )
    cl(
        "3.2",
        Fee(
            "insurance_cost",
            "Asimismo, EL ASPIRANTE adquirirá por medio de LA AGENCIA una póliza de seguro "
            "de vida y repatriación de restos con valor de Q475.00, cuyo pago es requisito "
            "para integrar su expediente.",
            475.0,
            "GTQ",
        ),
    )
    cl(
        "3.3",
        Fee(
            "deposit_or_bond",
            "Como garantía de que regresará a Guatemala al concluir el contrato, EL "
            "ASPIRANTE entregará a LA AGENCIA un cheque posfechado por Q10,000.00, que LA "
            "AGENCIA hará efectivo si EL ASPIRANTE no se presenta en sus oficinas dentro de "
            "los quince días siguientes al fin de la temporada.",
            10000.0,
            "GTQ",
        ),
    )
    cl(
        "3.4",
        "Las cantidades anteriores no son reembolsables aunque EL ASPIRANTE no obtenga la visa.",
    )
    sec("4. DISPOSICIONES FINALES")
    cl("4.1", "LA AGENCIA no cobra ninguna cantidad por la visa, cuyo costo cubre EL EMPLEADOR.")
    cl("4.2", "EL ASPIRANTE conserva en su poder su pasaporte y su documento de identificación.")
    cl("4.3", "La firma de este convenio no garantiza la obtención de la visa ni la contratación.")
    cl("4.4", "Para todo lo no previsto, las partes se someten a los tribunales de Huehuetenango.")
    d.ln(2)
    d.para(
        "Leído que fue el presente convenio y enterados de su contenido, lo firman en "
        "Huehuetenango, el 9 de diciembre de 2026.",
        align="J",
        gap=14,
    )
    y = d.get_y()
    d.set_draw_color(0, 0, 0)
    d.line(26, y, 86, y)
    d.line(100, y, 160, y)
    d.f("", 9)
    d.set_xy(26, y + 1)
    d.cell(60, 4.5, "Otoniel Recinos Villatoro", align="C")
    d.set_xy(100, y + 1)
    d.cell(60, 4.5, "Baltazar Pascual Francisco", align="C")
    d.set_xy(26, y + 5.5)
    d.cell(60, 4.5, "Por LA AGENCIA", align="C")
    d.set_xy(100, y + 5.5)
    d.cell(60, 4.5, "EL ASPIRANTE", align="C")
    d.rect(170, y - 22, 20, 22)
    d.set_xy(169, y + 1)
    d.f("", 7)
    d.cell(22, 4, "Huella", align="C")
    lab = label(
        "w09.pdf",
        "h2a",
        "es",
        False,
        d.pages_count,
        d.findings,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Agencia de Empleos Cuchumatanes, S.A."],
        [
            "'bono de asistencia' is a bonus paid to the worker, not a bond",
            "free housing and kitchen (h2a)",
            "visa, inbound bus, flight and road meals paid by employer",
            "tools free; medical exam paid by employer",
            "agency charges nothing for the visa (negated)",
            "worker keeps passport and ID",
            "'no son reembolsables' sentence restates the labelled charges (not a new finding)",
        ],
        "recruiter_agreement",
        "legal-size registration agreement; centered title block; decimal-numbered clauses "
        "(1.1, 2.3 ...) in justified condensed serif; signature lines and fingerprint box",
    )
    return d, lab


def w10():
    d = Doc("h2b", font="noto", size=9.4)
    d.footer_text = "Wapiti Ridge Lodge, Inc. · Contrato H-2B camaristas 2027 · Página {p} de {nb}"
    d.add_page()
    d.set_fill_color(60, 80, 110)
    d.rect(20, 16, d.w - 40, 14, style="F")
    d.set_xy(24, 18)
    d.f("B", 13)
    d.set_text_color(255, 255, 255)
    d.cell(0, 6, "Wapiti Ridge Lodge, Inc.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_x(24)
    d.f("", 8.5)
    d.cell(
        0,
        5,
        "1250 Moose Flat Road, Jackson, Wyoming 83001 · +1 307 555 0134",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.set_y(36)
    d.heading(
        "RESUMEN DEL PUESTO — CAMARISTA (H-2B) — TEMPORADA DE VERANO 2027",
        size=11.5,
        color=(60, 80, 110),
        gap=3,
    )
    d.grid(
        ["Concepto", "Condición"],
        [
            (
                "Empleador",
                "Wapiti Ridge Lodge, Inc., 1250 Moose Flat Road, Jackson, Wyoming 83001, EE. UU.",
            ),
            (
                "Puesto y tareas",
                "Camarista: limpiar habitaciones y baños, tender camas, reponer "
                "amenidades y lavar blancos",
            ),
            (
                "Lugar de trabajo",
                "Hotel Wapiti Ridge Lodge, 1250 Moose Flat Road, Jackson, Wyoming",
            ),
            ("Periodo", "Del 15 de mayo al 30 de septiembre de 2027"),
            ("Horario", "40 horas por semana, cinco días, de 8:00 a 16:30"),
            ("Salario", "$17.25 por hora"),
            ("Horas extra", "$25.88 por hora después de 40 horas semanales"),
            ("Pago", "Cada dos semanas, en viernes, por depósito directo"),
            ("Descuentos", "Los del Anexo B (página 2)"),
            (
                "Viaje de ida",
                "Autobús Veracruz–Monterrey y vuelo Monterrey–Jackson pagados por el hotel",
            ),
            (
                "Viaje de regreso",
                "Vuelo y autobús a Veracruz pagados por el hotel al terminar el contrato",
            ),
            (
                "Visa",
                "La cuota de la visa H-2B y el cruce se reembolsan completos en el primer cheque",
            ),
            ("Equipo", "Carrito, productos de limpieza y aspiradora a cargo del hotel"),
            (
                "Requisitos",
                "Seis meses de experiencia como camarista; leer instrucciones sencillas en español",
            ),
        ],
        [42, 133.9],
        size=9.2,
        head_fill=(215, 222, 235),
    )
    d.ln(2)
    d.para(
        "Reclutamiento en México: Talento Hotelero del Golfo, S.C., Boca del Río, Veracruz. Ni "
        "el hotel ni la agencia cobran por la contratación.",
        gap=2,
    )
    d.para(
        "Los huéspedes pagan una tarifa de resort (resort fee) de $35 por noche; la camarista "
        "no la cobra ni la paga. Las propinas que dejan los huéspedes en las habitaciones son "
        "de la camarista.",
        gap=2,
    )

    d.add_page()
    d.heading("ANEXO B — DESCUENTOS DE NÓMINA Y ALOJAMIENTO", size=12, color=(60, 80, 110), gap=1)
    d.para(
        "Este anexo forma parte del contrato de trabajo H-2B. Los montos son en dólares "
        "estadounidenses.",
        gap=3,
    )
    room = ("Cuarto compartido en Elk Hall", "$85.00", "Semanal", "Se descuenta del cheque")
    meal = ("Comedor de empleados", "$9.50 por día", "Semanal", "Obligatorio en Elk Hall")
    unif = ("Depósito por 2 uniformes", "$60.00", "Una vez", "Se devuelve al entregarlos")
    fund = (
        "Fondo de fin de temporada",
        "10 % del salario",
        "Cada pago",
        "Se entrega el último día",
    )
    d.grid(
        ["Concepto", "Monto", "Frecuencia", "Observaciones"],
        [
            (
                "Impuestos federales, Seguro Social y Medicare",
                "Según la ley",
                "Cada pago",
                "Obligatorio por ley",
            ),
            (*room, Fee("housing_charge", " ".join(room), 85.0, "USD")),
            (*meal, Fee("meal_charge", " ".join(meal), 9.5, "USD")),
            (*unif, Fee("equipment_charge", " ".join(unif), 60.0, "USD")),
            (*fund, Fee("wage_withholding", " ".join(fund))),
            ("Estacionamiento de empleados", "Gratis", "—", "Lo paga el hotel"),
            ("Pase del autobús START", "Gratis", "—", "Lo paga el hotel"),
        ],
        [70, 32, 26, 47.9],
        size=9.2,
        line_height=5.4,
        head_fill=(215, 222, 235),
    )
    d.ln(2)
    d.para("Notas", style="B", gap=1)
    d.bullets(
        [
            "El cuarto en Elk Hall incluye cama, luz, agua e internet; quien consiga vivienda por su "
            "cuenta en Jackson no paga este concepto.",
            (
                Fee(
                    "visa_cost",
                    "El trámite y el costo del pasaporte mexicano corren por cuenta de cada trabajador y "
                    "no se reembolsan.",
                    passport_only=True,
                ),
            ),
            "Los blancos, escobas y productos de limpieza que se gasten o se rompan con el uso "
            "normal los repone el hotel sin cobrar.",
            "Las sábanas y toallas del cuarto las lava el hotel sin costo para la trabajadora.",
        ]
    )
    d.ln(6)
    d.para("Firma de la trabajadora: ____________________________    Fecha: ______________", gap=2)
    lab = label(
        "w10.pdf",
        "h2b",
        "es",
        False,
        d.pages_count,
        d.findings,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Talento Hotelero del Golfo, S.C."],
        [
            "guests' resort fee is a customer charge, not the worker's",
            "visa and border crossing reimbursed in first check",
            "inbound and return travel paid by the hotel",
            "taxes and FICA are lawful deductions",
            "free parking and bus pass paid by the hotel",
            "normal wear replaced without charge (negated damage chargeback)",
            "free laundry of room linens",
            "'10 % del salario' has no currency amount (amount null)",
            "'no paga este concepto' for outside housing keeps housing_charge at review (h2b)",
        ],
        "deduction_schedule",
        "page 1: dark header box and 2-column gridded job summary; page 2: 'Anexo B' 4-column "
        "gridded deduction table, bulleted notes",
    )
    return d, lab


def w11_text():
    d = Doc("generic", font="dejavu", size=9)
    d.set_margins(18, 16, 18)
    d.add_page()
    d.set_draw_color(0, 0, 0)
    d.rect(18, 14, d.w - 36, 17)
    d.set_xy(22, 16)
    d.f("B", 12.5)
    d.cell(
        0, 6, "Agencia Internacional de Empleo Valle de Sula", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    d.set_x(22)
    d.f("", 8)
    d.cell(
        0,
        4.5,
        "Col. Trejo, 7 calle 12 avenida, San Pedro Sula, Cortés, Honduras · "
        "Tel. 2557-8812 · Jobs abroad / Empleos en el extranjero",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_y(35)
    d.heading(
        "FICHA DE REGISTRO Y CONDICIONES / REGISTRATION FORM AND CONDITIONS",
        size=11,
        align="C",
        gap=3,
    )
    field(d, "Nombre / Name:", "Dilcia Marisol Reyes Amaya", lw=44, size=8.5)
    field(d, "Identidad / ID No.:", "0501-1994-08812", lw=44, size=8.5)
    field(
        d,
        "Empleador / Employer:",
        "Frutas Doñana Huelva, S.L., Carretera A-494 km 12, 21800 Moguer (Huelva), España",
        lw=44,
        size=8.5,
    )
    field(
        d,
        "Puesto / Position:",
        "Recolectora de fresa y frutos rojos / berry picker",
        lw=44,
        size=8.5,
    )
    field(
        d,
        "Lugar / Place:",
        "Fincas de la empresa en Moguer y Palos de la Frontera, Huelva",
        lw=44,
        size=8.5,
    )
    field(d, "Periodo / Period:", "Del 1 de febrero al 15 de junio de 2027", lw=44, size=8.5)
    field(
        d,
        "Jornada / Hours:",
        "6.5 horas diarias, 39 horas semanales, de lunes a sábado",
        lw=44,
        size=8.5,
    )
    field(d, "Salario / Wage:", "60.07 euros por día trabajado", lw=44, size=8.5)
    field(d, "Pago / Pay:", "Mensual, por transferencia bancaria", lw=44, size=8.5)
    d.ln(2)
    d.para("COSTOS / COSTS", style="B", size=9.5, gap=1)
    reg = (
        "Aporte por registro y trámite / Registration contribution",
        "L 18,000.00",
        "Trabajadora / Worker",
    )
    d.grid(
        ["Concepto / Item", "Monto / Amount", "Paga / Paid by"],
        [
            (*reg, Fee("recruitment_fee", " ".join(reg), 18000.0, "HNL")),
            ("Vuelo San Pedro Sula–Madrid–Sevilla / Flight", "Según tarifa", "Empresa / Employer"),
            ("Alojamiento en la finca / Lodging", "Sin costo / Free", "Empresa / Employer"),
            ("Seguridad Social española / Social security", "Cuota patronal", "Empresa / Employer"),
        ],
        [92, 34, 53.9],
        size=8.5,
    )
    d.ln(1)
    d.para("CONDICIONES / CONDITIONS", style="B", size=9.5, gap=1)
    d.para(
        "a)",
        Fee(
            "visa_cost",
            "El visado de trabajo y la tasa consular de España los paga la trabajadora y "
            "no se devuelven.",
        ),
        gap=1.2,
    )
    d.para(
        "b)",
        Fee(
            "document_retention",
            "La agencia conserva el pasaporte de la trabajadora desde la cita consular "
            "hasta el día del vuelo.",
        ),
        gap=1.2,
    )
    d.para(
        "c)",
        Fee(
            "movement_restriction",
            "Durante la campaña la trabajadora no podrá salir de la finca sin permiso "
            "del encargado ni recibir visitas en el alojamiento.",
        ),
        gap=1.2,
    )
    d.para(
        "d) La agencia no cobra comisión de colocación. / The agency charges no placement "
        "commission.",
        gap=1.2,
    )
    d.para(
        "e) La trabajadora declara que ha leído esta ficha o que se la han leído. / The worker "
        "has read this form or had it read to her.",
        gap=8,
    )
    y = d.get_y()
    d.line(24, y, 90, y)
    d.line(118, y, 184, y)
    d.f("", 8)
    d.set_xy(24, y + 1)
    d.cell(66, 4, "Firma de la trabajadora / Worker", align="C")
    d.set_xy(118, y + 1)
    d.cell(66, 4, "Sello de la agencia / Agency stamp", align="C")
    return d


def w11():
    text_doc = w11_text()
    pdf_bytes = bytes(text_doc.output())
    # the quotes must be on the page of the text version before rasterising
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as p:
        for fe in text_doc.findings:
            page_text = norm(p.pages[fe["page"] - 1].extract_text() or "")
            if norm(fe["quote"]) not in page_text:
                raise SystemExit(f"w11 text version lacks quote: {fe['quote']}")
    images = rasterise(pdf_bytes, dpi=220, angle=-0.6, seed=1107)
    d = image_only_pdf(images, "generic")
    lab = label(
        "w11.pdf",
        "generic",
        "en+es",
        True,
        len(images),
        text_doc.findings,
        ["deductions", "return_transportation", "termination"],
        ["Agencia Internacional de Empleo Valle de Sula"],
        [
            "'no cobra comisión de colocación' contradicts the 'aporte' (false negation)",
            "flight, lodging and employer social-security share paid by the employer",
            "registration fee euphemism 'Aporte por registro y trámite' in a payer table",
            "scanned image-only page: quotes come from the text version",
        ],
        "registration_form",
        "SCANNED image-only page (220 dpi, -0.6 deg, blur, noise); boxed letterhead, form "
        "fields with typewriter values, gridded cost table with payer column, lettered "
        "conditions; Honduras to Spain corridor",
    )
    return d, lab


def w12():
    d = Doc("generic", font="lsans", size=10)
    d.set_margins(22, 18, 22)
    d.footer_text = "Lakeshore Sunrise Greenhouses Inc. · Oferta LSG-27-GT-044 · {p}/{nb}"
    d.add_page()
    d.set_fill_color(214, 120, 30)
    d.rect(0, 0, d.w, 5, style="F")
    d.set_y(12)
    d.para("Lakeshore Sunrise Greenhouses Inc.", style="B", size=15, gap=0.3, color=(150, 70, 10))
    d.para(
        "1840 County Road 20 West, Kingsville, Ontario N9Y 2E5, Canadá · Tel. +1 519 555 0187",
        size=8.5,
        gap=6,
    )
    d.para("Kingsville, 4 de enero de 2027", align="R", gap=4)
    d.para("Sra. Rosa Elvira Cotzajay Chicol", style="B", gap=0.2)
    d.para("Aldea Pachitur, San Andrés Semetabaj, Sololá, Guatemala", gap=4)
    d.para(
        "Asunto: Oferta de empleo temporal como trabajadora de invernadero (Programa de "
        "Trabajadores Extranjeros Temporales, corriente agrícola)",
        style="B",
        gap=4,
    )
    d.para("Estimada señora Cotzajay:", gap=2)
    d.para(
        "Nos complace ofrecerle un empleo temporal en nuestra empresa en las condiciones que "
        "siguen. Le entregamos esta carta en español; la versión en inglés dice lo mismo.",
        gap=3,
    )
    d.grid(
        ["Concepto", "Detalle"],
        [
            (
                "Empleador",
                "Lakeshore Sunrise Greenhouses Inc., 1840 County Road 20 West, "
                "Kingsville, Ontario N9Y 2E5, Canadá",
            ),
            ("Trabajadora", "Rosa Elvira Cotzajay Chicol, pasaporte guatemalteco núm. 291847733"),
            (
                "Puesto y tareas",
                "Trabajadora de invernadero: cosecha, deshoje y guiado de "
                "plantas de tomate y pepino, y empaque en la línea",
            ),
            (
                "Lugar de trabajo",
                "Invernaderos de la empresa en 1840 County Road 20 West y 512 "
                "Road 3 East, Kingsville, Ontario",
            ),
            ("Periodo", "Del 12 de abril al 10 de diciembre de 2027"),
            (
                "Horario",
                "45 horas por semana, de lunes a sábado, de 7:00 a 15:00, con 30 "
                "minutos de almuerzo",
            ),
            (
                "Salario",
                "17.60 dólares canadienses por hora; horas extra según la Ley de "
                "Normas de Empleo de Ontario",
            ),
            ("Pago", "Cada dos semanas, los jueves, por depósito directo en su cuenta"),
            (
                "Descuentos",
                "Impuesto sobre la renta, Plan de Pensiones de Canadá (CPP) y Seguro "
                "de Empleo (EI), contribuciones obligatorias de ley; ningún otro "
                "descuento sin su autorización por escrito",
            ),
            ("Vivienda", "Casa de la empresa en 512 Road 3 East, sin costo para usted"),
            (
                "Viaje",
                "El boleto de avión de ida y vuelta Guatemala–Toronto y el traslado a "
                "Kingsville los paga la empresa; no se le descuenta nada por el pasaje",
            ),
        ],
        [38, 133.9],
        size=9.3,
        head_fill=(248, 226, 200),
    )
    d.ln(2)
    paras = [
        (
            "Seguro médico.",
            "Mientras se activa su tarjeta de salud de Ontario (OHIP), la empresa "
            "le paga un seguro médico privado; usted no paga la prima.",
        ),
        (
            "Permisos.",
            "La evaluación de impacto en el mercado laboral (LMIA) cuesta 1,000 "
            "dólares canadienses y la paga la empresa, igual que el permiso de trabajo.",
        ),
        (
            "Reclutamiento.",
            "La agencia que la seleccionó en Guatemala, Agencia de Colocación "
            "Sololá Norte, S.A., recibe sus honorarios de la empresa; a usted no le puede cobrar ni "
            "un centavo.",
        ),
        (
            "Orientación.",
            "La plática de orientación antes del viaje la imparte la Organización "
            "Internacional para las Migraciones en la Ciudad de Guatemala, sin costo para usted; la "
            "OIM cubre también su transporte a la plática.",
        ),
        (
            "Herramientas y ropa de trabajo.",
            "Tijeras, guantes, botas y overoles se le entregan sin costo y sin depósito.",
        ),
        (
            "Terminación.",
            "Usted puede terminar este contrato cuando quiera, avisando con una "
            "semana de anticipación, sin multa ni penalización. La empresa solo puede terminarlo "
            "por causa justificada, con aviso por escrito, o por falta de trabajo con dos semanas "
            "de aviso; en cualquiera de esos casos la empresa paga su regreso a Guatemala.",
        ),
        (
            "Libertad.",
            "Usted conserva su pasaporte y demás documentos, puede salir de la "
            "vivienda cuando quiera y recibir visitas, y puede cambiar de empleador si obtiene un "
            "nuevo permiso de trabajo, sin penalización alguna.",
        ),
        (
            "Quejas.",
            "Puede comunicarse con el Ministerio de Trabajo de Ontario (1-800-531-5551) "
            "o con el consulado de Guatemala sin que eso afecte su empleo ni su recontratación.",
        ),
        (
            "Tienda.",
            "Los viernes el personal puede comprar tomates de segunda a precio de "
            "empleado en la tienda del invernadero; la compra es voluntaria.",
        ),
    ]
    for t, body in paras:
        d.para(f"**{t}** {body}", markdown=True, gap=2.2, align="J")
    d.para("Si acepta esta oferta, firme las dos copias y entregue una a la agencia.", gap=8)
    if d.get_y() > d.page_break_trigger - 30:
        d.add_page()
    d.para("Atentamente,", gap=10)
    y = d.get_y()
    d.set_draw_color(0, 0, 0)
    d.line(22, y, 92, y)
    d.line(118, y, 188, y)
    d.f("", 8.5)
    d.set_xy(22, y + 1)
    d.cell(70, 4.5, "Margaret Van Dyk, Directora de Recursos Humanos", align="C")
    d.set_xy(118, y + 1)
    d.cell(70, 4.5, "Acepto: Rosa Elvira Cotzajay Chicol", align="C")
    lab = label(
        "w12.pdf",
        "generic",
        "es",
        False,
        d.pages_count,
        d.findings,
        [],
        ["Agencia de Colocación Sololá Norte, S.A."],
        [
            "statutory CPP and EI contributions (lawful deductions, not insurance_cost)",
            "LMIA costs CAD 1,000 but the employer pays it",
            "private medical insurance premium paid by the employer",
            "recruiter's fees paid by the employer ('ni un centavo')",
            "orientation paid by a third party (IOM), not the worker",
            "round-trip flight paid; 'no se le descuenta nada por el pasaje'",
            "tools and work clothes free, no deposit",
            "no fine for leaving; free to change employer, keep passport, leave housing",
            "voluntary staff purchase of second-grade tomatoes",
            "direct deposit is a pay method",
        ],
        "offer_letter",
        "employer offer letter in Spanish: orange top band, addressee block, 2-column gridded "
        "terms table, bold run-in paragraph heads, signature lines",
    )
    return d, lab


# ---------------------------------------------------------------------------
# build + verify
# ---------------------------------------------------------------------------

DOCS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12]

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
REQUIRED = {
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


def verify(out: Path, labels: list[dict]) -> list[str]:
    errors = []
    for lab in labels:
        name = lab["file"]
        if lab["missing_terms"] and not set(lab["missing_terms"]) <= REQUIRED[lab["program"]]:
            errors.append(f"{name}: missing term not required for {lab['program']}")
        with pdfplumber.open(out / name) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{name}: {len(pdf.pages)} pages, label says {lab['pages']}")
            texts = [norm(p.extract_text() or "") for p in pdf.pages]
            # column crops, used only for the recruiter-name check (w08 has two columns)
            halves = [
                norm(p.crop(box).extract_text() or "")
                for p in pdf.pages
                for box in ((0, 0, p.width / 2, p.height), (p.width / 2, 0, p.width, p.height))
            ]
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errors.append(f"{name}: unknown category {fe['category']}")
            if not 1 <= fe["page"] <= lab["pages"]:
                errors.append(f"{name}: bad page {fe['page']} for {fe['quote'][:50]}")
                continue
            if lab["scanned"]:
                continue
            if norm(fe["quote"]) not in texts[fe["page"] - 1]:
                errors.append(f"{name} p{fe['page']}: quote not found: {fe['quote']}")
        if lab["scanned"]:
            if any(texts):
                errors.append(f"{name}: scanned document has a text layer")
        else:
            alltext = " ".join(texts + halves)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{name}: recruiter name not printed: {r}")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for fn in DOCS:
        doc, lab = fn()
        (out / lab["file"]).write_bytes(bytes(doc.output()))
        labels.append(lab)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    errors = verify(out, labels)
    for e in errors:
        print("FAIL", e, file=sys.stderr)
    n_fees = sum(len(x["fees"]) for x in labels)
    print(
        f"wrote {len(labels)} PDFs and labels.json to {out}: {n_fees} labelled fees, "
        f"{len(errors)} verification errors"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
