"""Build the heldout_o batch: 12 PDFs (o01.pdf ... o12.pdf) and labels.json into OUT_DIR.

Usage: .venv/bin/python tests/contracts/analysis/heldout_o/build.py OUT_DIR
"""

import json
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_a
import docs_b
from olib import norm, page_texts, rasterise

DOCS = [
    (docs_a.o01, docs_a.L01),
    (docs_a.o02, docs_a.L02),
    (docs_a.o03, docs_a.L03),
    (docs_a.o04, docs_a.L04),
    (docs_a.o05, docs_a.L05),
    (docs_a.o06, docs_a.L06),
    (docs_b.o07, docs_b.L07),
    (docs_b.o08, docs_b.L08),
    (docs_b.o09, docs_b.L09),
    (docs_b.o10, docs_b.L10),
    (docs_b.o11, docs_b.L11),
    (docs_b.o12, docs_b.L12),
]


def verify(text_pdf, label):
    """Every labelled quote must occur (whitespace-normalised) on its labelled page."""
    pages = page_texts(text_pdf)
    errors = []
    if len(pages) != label["pages"]:
        errors.append("%s: %d pages, labelled %d" % (label["file"], len(pages), label["pages"]))
    for f in label["fees"]:
        q = norm(f["quote"])
        p = f["page"]
        if not (1 <= p <= len(pages)) or not any(q in t for t in pages[p - 1]):
            found = [i + 1 for i, ts in enumerate(pages) if any(q in t for t in ts)]
            errors.append(
                "%s: quote not on page %d (found on %s): %s"
                % (label["file"], p, found or "no page", q[:70])
            )
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    errors = []
    labels = []
    with tempfile.TemporaryDirectory() as tmp:
        for make, label in DOCS:
            target = out / label["file"]
            if label["scanned"]:
                text_pdf = Path(tmp) / label["file"]
                make(text_pdf)
                errors += verify(text_pdf, label)
                seed = int(label["file"][1:3])
                rasterise(text_pdf, target, seed=seed)
            else:
                make(target)
                errors += verify(target, label)
            labels.append(label)
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        sys.exit(1)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print("wrote %d documents and labels.json to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
