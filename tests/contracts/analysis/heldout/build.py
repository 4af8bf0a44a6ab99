"""Build the held-out contract corpus.

    python tests/contracts/analysis/heldout/build.py OUT_DIR [--write-labels]

Writes OUT_DIR/<doc>.pdf and OUT_DIR/labels.json (a copy of the committed labels.json).
With --write-labels the labels are regenerated from the document specifications (page
numbers located with pdfplumber) and written next to this script. Without OUT_DIR a temporary
folder is used and printed. PDFs are not committed.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import hdocs_extra  # noqa: E402
import hdocs_generic  # noqa: E402
import hdocs_generic_b  # noqa: E402
import hdocs_h2a  # noqa: E402
import hdocs_h2a_b  # noqa: E402
import hdocs_h2b  # noqa: E402
from hrender import render  # noqa: E402
from hspec import Doc  # noqa: E402

DOCS: list[Callable[[], Doc]] = [
    hdocs_h2a.h01,
    hdocs_h2a.h02,
    hdocs_h2a.h03,
    hdocs_h2a_b.h04,
    hdocs_h2b.h05,
    hdocs_h2b.h06,
    hdocs_h2b.h07,
    hdocs_generic.g08,
    hdocs_generic.g09,
    hdocs_generic_b.g10,
    hdocs_generic_b.g11,
    hdocs_generic_b.g12,
    hdocs_generic_b.g13,
    hdocs_generic.h14,
    hdocs_h2a_b.h15,
    hdocs_extra.x16,
    hdocs_extra.x17,
    hdocs_extra.x18,
    hdocs_extra.x19,
]
LABELS = HERE / "labels.json"


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _page_texts(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def locate(quote: str, pages: list[str]) -> int:
    """1-based page holding the quote (word overlap, robust to column interleaving)."""
    want = _words(quote)
    best, best_score = 0, -1.0
    for i, text in enumerate(pages):
        have = set(_words(text))
        score = sum(w in have for w in want) / max(len(want), 1)
        if score > best_score:
            best, best_score = i, score
    if best_score < 0.95:
        raise ValueError(f"quote not found in the rendered PDF: {quote!r}")
    return best + 1


def build(out: Path, write_labels: bool = False) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for make in DOCS:
        doc = make()
        data = render(doc)
        (out / doc.file).write_bytes(data)
        if write_labels:
            plain = render(Doc(**{**doc.__dict__, "scanned": False})) if doc.scanned else data
            texts = _page_texts(plain)
            labels.append(doc.label(len(texts), [locate(f.quote, texts) for f in doc.fees]))
    if write_labels:
        LABELS.write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    shutil.copy(LABELS, out / "labels.json")
    return json.loads(LABELS.read_text())  # type: ignore[no-any-return]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout-"))
    labels = build(out, write_labels="--write-labels" in argv)
    n_fees = sum(len(x["fees"]) for x in labels)
    print(f"{len(labels)} documents, {n_fees} fee labels -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
