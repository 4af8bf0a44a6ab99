"""Build the heldout_h batch: twelve PDFs (h01.pdf ... h12.pdf) and labels.json.

Usage: .venv/bin/python tests/contracts/analysis/heldout_h/build.py OUT_DIR
"""

import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_h
import pdfplumber
from render_h import scan

BUILDERS = [getattr(docs_h, "h%02d" % i) for i in range(1, 13)]
SCANNED = {"h05.pdf"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page, strips):
    """Texts of one page, cheapest first: whole page, each column strip, each table cell."""
    yield norm(page.extract_text() or "")
    for x0, x1 in strips or []:
        yield norm(page.crop((x0, 0, x1, page.height)).extract_text() or "")
    for table in page.extract_tables():
        for row in table:
            for c in row:
                if c:
                    yield norm(c)
            yield norm(" ".join(c for c in row if c))


def verify(pdf_bytes, lab, strips):
    errors = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        if len(pdf.pages) != lab["pages"]:
            errors.append("%s: %d pages, labelled %d" % (lab["file"], len(pdf.pages), lab["pages"]))
        for f in lab["fees"]:
            q = norm(f["quote"])
            p = f["page"]
            if p > len(pdf.pages):
                errors.append("%s: page %d out of range" % (lab["file"], p))
                continue
            texts = page_texts(pdf.pages[p - 1], strips)
            if not any(q in t for t in texts):
                where = [
                    i + 1
                    for i, pg in enumerate(pdf.pages)
                    if any(q in t for t in page_texts(pg, strips))
                ]
                errors.append(
                    "%s: quote not on page %d (found on %s): %r" % (lab["file"], p, where, q[:90])
                )
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    errors = []
    for build in BUILDERS:
        pdf_bytes, lab, strips = build()
        errors += verify(pdf_bytes, lab, strips)
        if lab["file"] in SCANNED:
            assert lab["scanned"]
            pdf_bytes = scan(pdf_bytes, seed=505)
        (out / lab["file"]).write_bytes(pdf_bytes)
        labels.append(lab)
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        sys.exit(1)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print("wrote %d documents and labels.json to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
