"""The report as a PDF an advocate can file, in the same words as the page."""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path
from typing import Any

from flask_babel import gettext as _
from fpdf import FPDF

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")
BODY_FONTS = ("DejaVuSans.ttf", "NotoSans-Regular.ttf")
BOLD_FONTS = ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf")
# Scripts DejaVu lacks: Noto covers them when the system has it installed.
FALLBACK_FONTS = (
    "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansThaiUI-Regular.ttf",
    "NotoSerifDevanagari-Regular.ttf",
)
COLORS = {"violation": (164, 22, 26), "review": (122, 74, 0), "ok": (30, 107, 52)}


@cache
def _font_file(name: str) -> str | None:
    for folder in FONT_DIRS:
        found = next(Path(folder).rglob(name), None) if Path(folder).is_dir() else None
        if found:
            return str(found)
    return None


def _first(names: tuple[str, ...]) -> str | None:
    return next((path for path in map(_font_file, names) if path), None)


class ReportPDF(FPDF):
    """An A4 document with a Unicode font when the system has one."""

    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)
        self.body_family = "Helvetica"
        body, bold = _first(BODY_FONTS), _first(BOLD_FONTS)
        if body:
            self.add_font("Body", "", body)
            self.add_font("Body", "B", bold or body)
            self.body_family = "Body"
            fallbacks = []
            for index, path in enumerate(filter(None, map(_font_file, FALLBACK_FONTS))):
                self.add_font(f"Fallback{index}", "", path)
                fallbacks.append(f"Fallback{index}")
            if fallbacks:
                self.set_fallback_fonts(fallbacks)

    def text_block(self, text: str, size: float = 11, bold: bool = False, gap: float = 1.5) -> None:
        """A wrapped paragraph."""
        if self.body_family == "Helvetica":  # the core font only knows Latin-1
            text = text.encode("latin-1", "replace").decode("latin-1")
        self.set_font(self.body_family, "B" if bold else "", size)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text: str) -> None:
        """A section title."""
        self.ln(2)
        self.text_block(text, size=14, bold=True)

    def picture(self, uri: str | None) -> None:
        """A highlighted page image from its data: URI."""
        if not uri or "," not in uri:
            return
        data = io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))
        self.image(data, w=min(150, self.epw))
        self.ln(2)


def _findings(pdf: ReportPDF, context: dict[str, Any]) -> None:
    pdf.heading(_("What this contract asks of you"))
    for finding in context["findings"]:
        pdf.text_block(f"{finding['number']}. {finding['name']}", size=12, bold=True, gap=0.5)
        pdf.text_block(f"{finding['why']} ({finding['citation']})", size=10)
        facts = _("Page %(page)s", page=finding["page"])
        if finding["amount"]:
            facts += " · " + _("Amount: %(amount)s", amount=finding["amount"])
        pdf.text_block(facts, size=10, bold=True)
        pdf.text_block(_("What your contract says") + ": “" + finding["excerpt"] + "”", size=10)
        if finding["translated"]:
            pdf.text_block(finding["translated"], size=10)
            pdf.text_block(
                _(
                    "Translated by a machine: it may contain mistakes. The contract "
                    "text is what counts."
                ),
                size=8,
            )
        pdf.picture(finding["image"])
        pdf.ln(2)


def _rest(pdf: ReportPDF, context: dict[str, Any]) -> None:
    if context["missing"]:
        pdf.heading(_("What your contract does not promise"))
        for item in context["missing"]:
            pdf.text_block(
                item["name"],
                size=11,
                bold=True,
                gap=0.3,
            )
            pdf.text_block(f"{item['required']} ({item['citation']})", size=10)
    if context["recruiters"]:
        pdf.heading(_("Recruiters named in your contract"))
        for recruiter in context["recruiters"]:
            pdf.text_block(f"{recruiter['name']}: {recruiter['status_name']}", size=11)
    pdf.heading(_("What you can do"))
    pdf.text_block(_("Do not pay any fee, deposit or guarantee to get this job."))
    for contact in context["contacts"]:
        numbers = [
            contact.get("phone", ""),
            contact.get("text", "") and _("Text:") + " " + contact["text"],
        ]
        pdf.text_block(contact["name"] + ": " + ", ".join(n for n in numbers if n), size=11)


def build(context: dict[str, Any]) -> bytes:
    """Render the report context (summary.page_context) as PDF bytes."""
    pdf = ReportPDF()
    pdf.set_title(_("Your contract check"))
    pdf.set_creator("FairRecruit")
    pdf.add_page()
    pdf.text_block(_("Your contract check"), size=18, bold=True)
    pdf.set_text_color(*COLORS[context["verdict"]])
    pdf.text_block(context["headline"], size=15, bold=True)
    pdf.set_text_color(0, 0, 0)
    pdf.text_block(context["advice"])
    pdf.text_block(
        _(
            "Kind of job: %(program)s. Pages read: %(pages)s.",
            program=context["program"],
            pages=context["report"]["pages"],
        ),
        size=10,
    )
    if context["language_finding"]:
        pdf.text_block(context["language_finding"], bold=True)
    if context["findings"]:
        _findings(pdf, context)
    _rest(pdf, context)
    return bytes(pdf.output())
