"""Layout helpers (fpdf2) for the blind batch heldout_g."""

from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime(2025, 2, 17, 9, 30, 0, tzinfo=UTC)

FAMILIES = {
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}


class Doc(FPDF):
    """A letter-size document with optional running header and footer."""

    def __init__(
        self,
        family="sans",
        size=10.0,
        header_text=None,
        footer_text=None,
        fmt="letter",
        margin=54,
        accent=(30, 90, 60),
    ):
        super().__init__(unit="pt", format=fmt)
        reg, bold, ital = FAMILIES[family]
        self.add_font(family, "", DEJAVU + reg + ".ttf")
        self.add_font(family, "B", DEJAVU + bold + ".ttf")
        self.add_font(family, "I", DEJAVU + ital + ".ttf")
        self.fam = family
        self.base = size
        self.header_text = header_text
        self.footer_text = footer_text
        self.accent = accent
        self.set_creation_date(FIXED_DATE)
        self.set_producer("heldout_g build")
        self.set_margins(margin, margin + (14 if header_text else 0), margin)
        self.set_auto_page_break(True, margin=margin + (10 if footer_text else 0))
        self.set_font(family, "", size)
        self.lh = size * 1.38

    # running header / footer -------------------------------------------------
    def header(self):
        if not self.header_text:
            return
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 28)
        self.cell(0, 10, self.header_text, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 41, self.w - self.r_margin, 41)
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.base)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.footer_text:
            return
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(-36)
        self.cell(0, 10, "%s    Page %d of {nb}" % (self.footer_text, self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # blocks ----------------------------------------------------------------
    def setf(self, style="", size=None):
        self.set_font(self.fam, style, size or self.base)

    def gap(self, pts=6):
        self.ln(pts)

    def band(self, title, sub=None, color=None, height=None):
        color = color or self.accent
        h = height or (44 if sub else 30)
        y = self.get_y()
        self.set_fill_color(*color)
        self.rect(self.l_margin, y, self.epw, h, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 10, y + 7)
        self.setf("B", self.base + 3)
        self.cell(self.epw - 20, 15, title)
        if sub:
            self.set_xy(self.l_margin + 10, y + 24)
            self.setf("", self.base - 1)
            self.cell(self.epw - 20, 12, sub)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 8)
        self.setf()

    def ctitle(self, text, size=None, align="C"):
        self.setf("B", size or self.base + 4)
        self.multi_cell(
            0, (size or self.base + 4) * 1.3, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.setf()
        self.gap(4)

    def head(self, text, size=None, color=None):
        self.gap(3)
        if color:
            self.set_text_color(*color)
        self.setf("B", size or self.base + 1)
        self.multi_cell(
            0, (size or self.base + 1) * 1.35, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.setf()
        self.gap(2)

    def p(self, text, style="", size=None, align="L", indent=0, after=4):
        self.setf(style, size)
        lh = (size or self.base) * 1.38
        if indent:
            self.set_x(self.l_margin + indent)
            self.multi_cell(
                self.epw - indent, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        else:
            self.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.setf()
        self.gap(after)

    def labelled(self, label, text, label_w=None, after=4):
        """Bold run-in label followed by text (markdown-free, two cells)."""
        self.setf("B")
        lw = label_w or (self.get_string_width(label) + 4)
        y = self.get_y()
        self.cell(lw, self.lh, label)
        self.setf()
        self.set_xy(self.l_margin + lw, y)
        self.multi_cell(self.epw - lw, self.lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(after)

    def clause(self, num, heading, text, after=5):
        self.setf("B")
        y = self.get_y()
        if self.get_string_width(num) > 20:
            heading = num + " " + heading
            self.set_xy(self.l_margin, y)
        else:
            self.cell(22, self.lh, num)
            self.set_xy(self.l_margin + 22, y)
        self.multi_cell(
            self.epw - (self.get_x() - self.l_margin),
            self.lh,
            heading,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.setf()
        paras = text if isinstance(text, list) else [text]
        for para in paras:
            self.set_x(self.l_margin + 22)
            self.multi_cell(self.epw - 22, self.lh, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.gap(2)
        self.gap(after)

    def bullets(self, items, bullet="\u2022", indent=12, after=4):
        for it in items:
            y = self.get_y()
            self.set_x(self.l_margin + indent)
            self.cell(12, self.lh, bullet)
            self.set_xy(self.l_margin + indent + 12, y)
            self.multi_cell(
                self.epw - indent - 12, self.lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.gap(1.5)
        self.gap(after)

    def grid(
        self,
        rows,
        widths,
        header=True,
        borders="ALL",
        size=None,
        head_fill=(225, 232, 225),
        bold_first_col=False,
        after=8,
    ):
        self.setf("", size)
        self.set_fill_color(255, 255, 255)
        lh = (size or self.base) * 1.3
        kwargs = {
            "col_widths": widths,
            "borders_layout": borders,
            "text_align": "LEFT",
            "line_height": lh,
            "first_row_as_headings": header,
            "padding": 3,
        }
        if header:
            kwargs["headings_style"] = _heading_style(self, head_fill, size)
        with self.table(**kwargs) as tab:
            for r, row in enumerate(rows):
                tr = tab.row()
                for c, val in enumerate(row):
                    if bold_first_col and c == 0 and not (header and r == 0):
                        self.setf("B", size)
                        tr.cell(val)
                        self.setf("", size)
                    else:
                        tr.cell(val)
        self.setf()
        self.gap(after)

    def qa(self, q, a, qmark="", amark="", after=6):
        self.setf("B")
        self.multi_cell(0, self.lh, qmark + q, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.setf()
        answers = a if isinstance(a, list) else [a]
        for ans in answers:
            self.set_x(self.l_margin + 14)
            self.multi_cell(
                self.epw - 14, self.lh, amark + ans, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.gap(1.5)
        self.gap(after)

    def columns(self, left, right, gutter=18, size=None):
        """Two-column page section. left/right: lists of (heading or None, [paragraphs])."""
        size = size or self.base
        lh = size * 1.36
        colw = (self.epw - gutter) / 2
        top = self.get_y()
        bottoms = []
        for ci, items in enumerate((left, right)):
            x = self.l_margin + ci * (colw + gutter)
            self.set_xy(x, top)
            for heading, paras in items:
                if heading:
                    self.setf("B", size + 0.5)
                    self.set_x(x)
                    self.multi_cell(colw, lh, heading, new_x=XPos.LEFT, new_y=YPos.NEXT)
                    self.gap(1)
                self.setf("", size)
                for para in paras:
                    self.set_x(x)
                    self.multi_cell(colw, lh, para, new_x=XPos.LEFT, new_y=YPos.NEXT)
                    self.gap(3)
                self.gap(3)
            bottoms.append(self.get_y())
        self.set_draw_color(170, 170, 170)
        mid = self.l_margin + colw + gutter / 2
        self.line(mid, top, mid, max(bottoms) - 4)
        self.set_xy(self.l_margin, max(bottoms))
        self.setf()

    def rule(self, after=6):
        self.set_draw_color(160, 160, 160)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.gap(after)

    def signatures(self, labels, after=6):
        self.gap(16)
        n = len(labels)
        w = (self.epw - 20 * (n - 1)) / n
        y = self.get_y()
        self.set_draw_color(0, 0, 0)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (w + 20)
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 3)
            self.setf("", self.base - 1)
            self.multi_cell(w, self.lh, lab, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin, y + 3 * self.lh + 6)
        self.setf()
        self.gap(after)


def _heading_style(doc, fill, size):
    from fpdf.fonts import FontFace

    return FontFace(
        family=doc.fam, emphasis="BOLD", size_pt=size or doc.base, fill_color=fill, color=(0, 0, 0)
    )
