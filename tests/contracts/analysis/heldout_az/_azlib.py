"""Small layout engine for the heldout_az batch (fpdf2 only, deterministic).

A document is a dict with metadata and a list of blocks. Fee sentences are wrapped in
``F(...)`` so the renderer can record on which page (and in which column band) each one
was printed; the labels are built from those records.
"""

from __future__ import annotations

import datetime as _dt
import io
import random

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"

FONTS = {
    "dvs": {
        "": DEJAVU + "DejaVuSans.ttf",
        "B": DEJAVU + "DejaVuSans-Bold.ttf",
        "I": DEJAVU + "DejaVuSans-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": DEJAVU + "DejaVuSansCondensed.ttf",
        "B": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        "I": DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DEJAVU + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dvserif": {
        "": DEJAVU + "DejaVuSerif.ttf",
        "B": DEJAVU + "DejaVuSerif-Bold.ttf",
        "I": DEJAVU + "DejaVuSerif-Italic.ttf",
        "BI": DEJAVU + "DejaVuSerif-BoldItalic.ttf",
    },
    "lsans": {
        "": LIBER + "LiberationSans-Regular.ttf",
        "B": LIBER + "LiberationSans-Bold.ttf",
        "I": LIBER + "LiberationSans-Italic.ttf",
        "BI": LIBER + "LiberationSans-BoldItalic.ttf",
    },
    "lserif": {
        "": LIBER + "LiberationSerif-Regular.ttf",
        "B": LIBER + "LiberationSerif-Bold.ttf",
        "I": LIBER + "LiberationSerif-Italic.ttf",
        "BI": LIBER + "LiberationSerif-BoldItalic.ttf",
    },
    "lnarrow": {
        "": LIBER + "LiberationSansNarrow-Regular.ttf",
        "B": LIBER + "LiberationSansNarrow-Bold.ttf",
        "I": LIBER + "LiberationSansNarrow-Italic.ttf",
        "BI": LIBER + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "lmono": {
        "": LIBER + "LiberationMono-Regular.ttf",
        "B": LIBER + "LiberationMono-Bold.ttf",
        "I": LIBER + "LiberationMono-Italic.ttf",
        "BI": LIBER + "LiberationMono-BoldItalic.ttf",
    },
}

CREATED = _dt.datetime(2026, 2, 16, 9, 30, 0, tzinfo=_dt.UTC)

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


class F:
    """A fee / abusive-clause sentence exactly as printed."""

    def __init__(self, text, cat, amount=None, cur=None, passport_only=False):
        self.text = text
        self.cat = cat
        self.amount = amount
        self.cur = cur
        self.passport_only = passport_only

    def __str__(self):
        return self.text


def severity(cat, program, passport_only=False):
    if cat in REVIEW_ALWAYS:
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    if cat == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def segs_text(segs):
    if isinstance(segs, (str, F)):
        segs = [segs]
    return " ".join(str(s) for s in segs)


def segs_fees(segs):
    if isinstance(segs, (str, F)):
        segs = [segs]
    return [s for s in segs if isinstance(s, F)]


class PDF(FPDF):
    def __init__(self, doc):
        super().__init__(
            orientation=doc.get("orientation", "P"), unit="mm", format=doc.get("format", "letter")
        )
        self.doc = doc
        self.no_hf = False
        self.skip_hf = set()
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        m = doc.get("margins", (20, 18, 20))
        self.set_margins(m[0], m[1], m[2])
        self.set_auto_page_break(True, doc.get("bottom", 20))
        self.set_creation_date(CREATED)
        self.set_title(doc.get("title", doc["file"]))
        self.set_author(doc.get("author", ""))
        self.set_creator("word processor")
        self.alias_nb_pages()

    def header(self):
        if self.no_hf or self.page_no() in self.skip_hf:
            return
        fn = self.doc.get("header")
        if fn:
            fn(self)

    def footer(self):
        if self.no_hf or self.page_no() in self.skip_hf:
            return
        fn = self.doc.get("footer")
        if fn:
            fn(self)


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.pdf = PDF(doc)
        self.fees = []  # dicts: F, page, x0, x1
        self.font = doc.get("font", "dvs")
        self.size = doc.get("size", 10)
        self.lh = doc.get("lh", self.size * 0.5)
        self.cols = None  # two-column state
        self.page_offset = 0

    # ------------------------------------------------------------------ basics
    def add_page(self, **kw):
        self.pdf.add_page(**kw)

    def setfont(self, font=None, style="", size=None):
        self.pdf.set_font(font or self.font, style, size or self.size)

    def _record(self, segs, x0, x1):
        for f in segs_fees(segs):
            self.fees.append({"F": f, "page": self.pdf.page + self.page_offset, "x0": x0, "x1": x1})

    def _area(self):
        if self.cols:
            c = self.cols
            return c["x"][c["i"]], c["w"]
        return self.pdf.l_margin, self.pdf.epw

    def _need(self, h):
        """Make room for h mm; returns True if a break happened."""
        pdf = self.pdf
        if pdf.get_y() + h <= pdf.page_break_trigger:
            return False
        if self.cols:
            c = self.cols
            c["bottom"][c["i"]] = pdf.get_y()
            if c["i"] == 0:
                c["i"] = 1
                pdf.set_y(c["top"])
                return True
            pdf.add_page()
            c["i"] = 0
            c["top"] = pdf.get_y()
            c["bottom"] = [c["top"], c["top"]]
            return True
        pdf.add_page()
        return True

    def height(self, w, lh, text, markdown=None):
        if markdown is None:
            markdown = "**" in text
        return self.pdf.multi_cell(
            w, lh, text, markdown=markdown, dry_run=True, output=MethodReturnValue.HEIGHT
        )

    # ------------------------------------------------------------------ blocks
    def spacer(self, mm):
        if self.pdf.get_y() + mm <= self.pdf.page_break_trigger:
            self.pdf.ln(mm)

    def heading(
        self,
        text,
        size=None,
        style="B",
        font=None,
        color=(0, 0, 0),
        gap_before=3,
        gap_after=1.5,
        fill=None,
        align="L",
        keep=18,
    ):
        pdf = self.pdf
        size = size or self.size + 2
        self.setfont(font, style, size)
        x, w = self._area()
        lh = size * 0.5
        h = self.height(w, lh, text, markdown=False)
        if pdf.get_y() > pdf.t_margin + 5:
            self.spacer(gap_before)
        self._need(h + keep)  # keep with next
        pdf.set_x(x)
        pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(
            w,
            lh,
            text,
            align=align,
            fill=bool(fill),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            padding=(0.8, 1.2) if fill else 0,
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(gap_after)

    def para(
        self,
        segs,
        lead=None,
        size=None,
        style="",
        font=None,
        align="L",
        indent=0,
        gap=1.6,
        lh=None,
        color=(0, 0, 0),
        hang=None,
    ):
        pdf = self.pdf
        size = size or self.size
        self.setfont(font, style, size)
        lh = lh or size * 0.5
        text = segs_text(segs)
        full = (f"**{lead}** " if lead else "") + text
        x, w = self._area()
        if hang:  # hanging number, e.g. "7.2"
            hw = hang[1]
            h = self.height(w - indent - hw, lh, full)
            self._need(h)
            x, w = self._area()
            y = pdf.get_y()
            pdf.set_xy(x + indent, y)
            pdf.cell(hw, lh, hang[0])
            pdf.set_xy(x + indent + hw, y)
            pdf.set_text_color(*color)
            pdf.multi_cell(
                w - indent - hw,
                lh,
                full,
                markdown="**" in full,
                align=align,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self._record(segs, x + indent + hw, x + w)
        else:
            h = self.height(w - indent, lh, full)
            self._need(h)
            x, w = self._area()
            pdf.set_x(x + indent)
            pdf.set_text_color(*color)
            pdf.multi_cell(
                w - indent,
                lh,
                full,
                markdown="**" in full,
                align=align,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self._record(segs, x + indent, x + w)
        pdf.set_text_color(0, 0, 0)
        if gap:
            pdf.ln(gap)

    def bullets(self, items, bullet="\u2022", size=None, indent=3, gap=1.0, font=None):
        for it in items:
            lead = None
            if isinstance(it, tuple):
                lead, it = it
            self.para(
                it, lead=lead, size=size, indent=indent, hang=(bullet, 4.5), gap=gap, font=font
            )

    def table(
        self,
        rows,
        widths,
        header=None,
        size=None,
        font=None,
        pad=1.4,
        border=True,
        head_fill=(225, 225, 225),
        head_color=(0, 0, 0),
        zebra=None,
        lh=None,
        bold_first=False,
        repeat_header=True,
        line_color=(90, 90, 90),
        align=None,
    ):
        """rows: list of lists of cells; a cell is str / F / list of segments."""
        pdf = self.pdf
        size = size or self.size - 1
        lh = lh or size * 0.48
        x0, wtot = self._area()
        ws = [wtot * f for f in widths]

        def cell_text(c):
            return segs_text(c) if not isinstance(c, str) else c

        def row_height(cells, style_first):
            hs = []
            for i, c in enumerate(cells):
                st = "B" if (style_first and i == 0) else ""
                self.setfont(font, st, size)
                hs.append(self.height(ws[i] - 2 * pad, lh, cell_text(c)))
            return max(hs) + 2 * pad

        def draw_row(cells, fill=None, style="", color=(0, 0, 0), is_head=False):
            h = row_height(cells, bold_first and not is_head) if not is_head else None
            if is_head:
                self.setfont(font, "B", size)
                h = (
                    max(self.height(ws[i] - 2 * pad, lh, cell_text(c)) for i, c in enumerate(cells))
                    + 2 * pad
                )
            y = pdf.get_y()
            x = x0
            pdf.set_draw_color(*line_color)
            pdf.set_line_width(0.2)
            for i, c in enumerate(cells):
                if fill:
                    pdf.set_fill_color(*fill)
                    pdf.rect(x, y, ws[i], h, style="DF" if border else "F")
                elif border:
                    pdf.rect(x, y, ws[i], h)
                st = style or ("B" if (bold_first and i == 0 and not is_head) else "")
                self.setfont(font, st, size)
                pdf.set_text_color(*color)
                pdf.set_xy(x + pad, y + pad)
                al = align[i] if align else "L"
                pdf.multi_cell(
                    ws[i] - 2 * pad,
                    lh,
                    cell_text(c),
                    markdown="**" in cell_text(c),
                    align=al,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
                if not is_head:
                    self._record(c, x + pad, x + ws[i] - pad)
                x += ws[i]
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x0, y + h)
            return h

        prev = pdf.auto_page_break
        bm = pdf.b_margin
        if header:
            self.setfont(font, "B", size)
            hh = max(self.height(ws[i] - 2 * pad, lh, c) for i, c in enumerate(header)) + 2 * pad
            self._need(hh + row_height(rows[0], bold_first) if rows else hh)
            pdf.set_auto_page_break(False, bm)
            draw_row(header, fill=head_fill, color=head_color, is_head=True)
            pdf.set_auto_page_break(prev, bm)
        for ri, r in enumerate(rows):
            h = row_height(r, bold_first)
            if self._need(h):
                if header and repeat_header:
                    pdf.set_auto_page_break(False, bm)
                    draw_row(header, fill=head_fill, color=head_color, is_head=True)
                    pdf.set_auto_page_break(prev, bm)
            pdf.set_auto_page_break(False, bm)
            fill = zebra if (zebra and ri % 2 == 1) else None
            draw_row(r, fill=fill)
            pdf.set_auto_page_break(prev, bm)
        pdf.ln(2)

    def kv(self, rows, split=0.3, **kw):
        self.table(rows, [split, 1 - split], bold_first=True, **kw)

    def begin_cols(self, gutter=7, ratio=0.5):
        pdf = self.pdf
        w = pdf.epw
        w1 = (w - gutter) * ratio
        self.cols = {
            "x": [pdf.l_margin, pdf.l_margin + w1 + gutter],
            "w": w1 if ratio == 0.5 else None,
            "i": 0,
            "top": pdf.get_y(),
            "bottom": [pdf.get_y(), pdf.get_y()],
        }
        self.cols["w"] = w1

    def colbreak(self):
        c = self.cols
        c["bottom"][c["i"]] = self.pdf.get_y()
        c["i"] = 1
        self.pdf.set_y(c["top"])

    def end_cols(self):
        c = self.cols
        c["bottom"][c["i"]] = self.pdf.get_y()
        y = max(c["bottom"]) if c["i"] == 1 else self.pdf.get_y()
        self.cols = None
        self.pdf.set_y(y)
        self.pdf.ln(2)

    def rule(self, color=(120, 120, 120), width=0.3, gap=2):
        pdf = self.pdf
        pdf.set_draw_color(*color)
        pdf.set_line_width(width)
        y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(gap)

    def signatures(self, parties, size=None, font=None, gap=14, box=None):
        """parties: list of (caption, name lines list)."""
        pdf = self.pdf
        size = size or self.size - 1
        n = len(parties)
        need = gap + 6 + 5 * max(len(p[1]) for p in parties) + (28 if box else 0)
        self._need(need)
        x0, w = self._area()
        cw = (w - 8 * (n - 1)) / n
        y = pdf.get_y() + gap
        for i, (cap, lines) in enumerate(parties):
            x = x0 + i * (cw + 8)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.3)
            pdf.line(x, y, x + cw, y)
            self.setfont(font, "B", size)
            pdf.set_xy(x, y + 1)
            pdf.multi_cell(cw, size * 0.48, cap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.setfont(font, "", size)
            for ln in lines:
                pdf.set_x(x)
                pdf.multi_cell(cw, size * 0.48, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        yb = pdf.get_y()
        if box:
            pdf.set_draw_color(0, 0, 0)
            pdf.rect(x0 + w - 32, yb + 2, 30, 24)
            self.setfont(font, "", size - 2)
            pdf.set_xy(x0 + w - 32, yb + 27)
            pdf.cell(30, 4, box, align="C")
            yb += 32
        pdf.set_y(yb + 3)

    def band(
        self,
        title,
        subtitle=None,
        fill=(30, 70, 110),
        color=(255, 255, 255),
        size=15,
        font=None,
        height=None,
        top=False,
    ):
        pdf = self.pdf
        y = 0 if top else pdf.get_y()
        h = height or (20 if subtitle else 13)
        pdf.set_fill_color(*fill)
        pdf.rect(0, y, pdf.w, h, style="F")
        self.setfont(font, "B", size)
        pdf.set_text_color(*color)
        pdf.set_xy(pdf.l_margin, y + 3)
        pdf.cell(pdf.epw, size * 0.45, title)
        if subtitle:
            self.setfont(font, "", size - 5)
            pdf.set_xy(pdf.l_margin, y + 4 + size * 0.5)
            pdf.multi_cell(pdf.epw, (size - 5) * 0.45, subtitle)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h + 4)

    # ------------------------------------------------------------------ run
    def run(self, blocks):
        for b in blocks:
            kind = b[0]
            args = b[1:]
            if kind == "page":
                self.add_page(**(args[0] if args else {}))
            elif kind == "scan":
                self.scan_page(args[0], **(args[1] if len(args) > 1 else {}))
            elif kind == "fn":
                args[0](self)
            else:
                if args and isinstance(args[-1], dict):
                    opts, pos = args[-1], args[:-1]
                else:
                    opts, pos = {}, args
                getattr(self, kind)(*pos, **opts)

    # ------------------------------------------------------------------ scan
    def scan_page(self, blocks, seed=7, dpi=200, angle=0.45, blur=0.55, noise=9):
        """Render blocks on a page of their own, rasterise it and embed the picture only."""
        import numpy as np
        import pypdfium2 as pdfium
        from PIL import Image, ImageFilter

        sub = Writer(
            dict(self.doc, header=self.doc.get("scan_header"), footer=self.doc.get("scan_footer"))
        )
        sub.add_page()
        sub.run(blocks)
        if sub.pdf.page != 1:
            raise RuntimeError("scanned page overflowed")
        raw = bytes(sub.pdf.output())
        pdoc = pdfium.PdfDocument(raw)
        img = pdoc[0].render(scale=dpi / 72).to_pil().convert("L")
        pdoc.close()
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(blur))
        rng = np.random.default_rng(seed)
        a = np.asarray(img).astype(np.float32)
        a = a * 0.93 + 10  # greyish paper
        a += rng.normal(0, noise, a.shape)
        # a few specks
        r = random.Random(seed)
        for _ in range(140):
            yy, xx = r.randrange(a.shape[0]), r.randrange(a.shape[1])
            a[yy : yy + 2, xx : xx + 2] = r.randrange(40, 140)
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a, "L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=82)
        buf.seek(0)
        pdf = self.pdf
        pdf.skip_hf.add(pdf.page + 1)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
        for fe in sub.fees:
            fe = dict(fe)
            fe["page"] = pdf.page
            fe["scanned"] = True
            self.fees.append(fe)
        self.scanned_pages = getattr(self, "scanned_pages", []) + [pdf.page]


def build(doc, out_path):
    w = Writer(doc)
    w.add_page()
    w.run(doc["blocks"])
    w.pdf.output(out_path)
    return w


# ---------------------------------------------------------------------- header / footer helpers
def hdr_text(
    left, right="", font="dvs", size=7.5, color=(110, 110, 110), line=True, skip_first=False, y=8
):
    def f(pdf):
        if skip_first and pdf.page_no() == 1:
            return
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.epw * 0.62, 4, left)
        pdf.set_xy(pdf.l_margin + pdf.epw * 0.62, y)
        pdf.cell(pdf.epw * 0.38, 4, right, align="R")
        if line:
            pdf.set_draw_color(*color)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, y + 5, pdf.w - pdf.r_margin, y + 5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(pdf.t_margin)

    return f


def ftr_text(
    left="",
    page_fmt="Page {p} of {nb}",
    font="dvs",
    size=7.5,
    color=(110, 110, 110),
    line=False,
    center=False,
):
    def f(pdf):
        pdf.set_y(-13)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        if line:
            pdf.set_draw_color(*color)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y() - 1.5, pdf.w - pdf.r_margin, pdf.get_y() - 1.5)
        pg = page_fmt.replace("{p}", str(pdf.page_no()))
        if center:
            pdf.cell(pdf.epw, 4, (left + "   " if left else "") + pg, align="C")
        else:
            pdf.cell(pdf.epw * 0.7, 4, left)
            pdf.cell(pdf.epw * 0.3, 4, pg, align="R")
        pdf.set_text_color(0, 0, 0)

    return f
