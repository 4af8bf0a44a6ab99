"""Build the held-out-b corpus: ``python build.py OUT`` writes bNN.pdf and labels.json to OUT.

Written blind (before reading the checker) by a different author than the dev corpus: the
quotes are located in the rendered PDFs to fill in each finding's page.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
    __package__ = "tests.contracts.analysis.heldout_b"  # noqa: A001

import pdfplumber  # noqa: E402

from .docs_a import B01  # noqa: E402
from .docs_b import B02, B03  # noqa: E402
from .docs_c import B04, B05  # noqa: E402
from .docs_d import B06, B07  # noqa: E402
from .docs_e import B08, B09  # noqa: E402
from .docs_f import B10, B11, B12  # noqa: E402
from .render import render_fpdf, render_rl, scan  # noqa: E402
from .spec import Doc  # noqa: E402

DOCS: list[Doc] = [B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _page_of(pdf_path: Path, quote: str) -> int:
    """1-based page holding the quote (exact, else every word of it on one page)."""
    words = set(re.findall(r"\w+", quote.lower()))
    with pdfplumber.open(pdf_path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    for i, text in enumerate(texts):
        if _squash(quote) in _squash(text):
            return i + 1
    for i, text in enumerate(texts):
        if words <= set(re.findall(r"\w+", text.lower())):
            return i + 1
    raise ValueError(f"{pdf_path.name}: quote not found: {quote[:70]}")


def _render(doc: Doc, path: Path) -> None:
    if doc.render == "fpdf":
        render_fpdf(doc.blocks, path, size=doc.size)
    else:
        render_rl(doc.blocks, path, size=doc.size, a4=doc.render == "rl_a4", band=doc.band)


def build_one(doc: Doc, out: Path) -> dict[str, Any]:
    """Render one document into ``out`` and return its label entry."""
    target = out / doc.file
    source = target
    if doc.render == "scan":
        source = Path(tempfile.mkdtemp()) / doc.file
    _render(doc, source)
    with pdfplumber.open(source) as pdf:
        pages = len(pdf.pages)
    fees = [
        {
            "category": f.category,
            "severity": f.severity,
            "page": _page_of(source, f.quote),
            "amount": f.amount,
            "currency": f.currency,
            "quote": f.quote,
        }
        | ({"group": f.group} if f.group is not None else {})
        for f in doc.fees
    ]
    if doc.render == "scan":
        scan(source, target)
    return {
        "file": doc.file,
        "program": doc.program,
        "language": doc.language,
        "scanned": doc.render == "scan",
        "pages": pages,
        "fees": fees,
        "missing_terms": doc.missing_terms,
        "recruiters": doc.recruiters,
        "traps": doc.traps,
        "doc_type": doc.doc_type,
        "layout": doc.layout,
    }


def build(out: Path) -> list[dict[str, Any]]:
    """Render every document and write ``out/labels.json``."""
    out.mkdir(parents=True, exist_ok=True)
    labels = [build_one(doc, out) for doc in DOCS]
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return labels


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT")
    build(Path(sys.argv[1]))
