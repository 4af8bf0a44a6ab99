"""Build the heldout_k blind batch: 12 labelled contract PDFs and labels.json.

Usage: .venv/bin/python tests/contracts/analysis/heldout_k/build.py OUT_DIR
"""

import io
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docs_a import k01, k02, k03, k04, k05, k06  # noqa: E402
from docs_b import k07, k08, k09, k10, k11, k12  # noqa: E402
from pdflib import rasterize  # noqa: E402

BUILDERS = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus the left and right halves (for side-by-side columns)."""
    w, h = page.width, page.height
    out = [page.extract_text() or ""]
    for bbox in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(page.crop(bbox).extract_text() or "")
    return [norm(t) for t in out]


def verify(pdf_bytes, lab):
    """Every labelled quote (whitespace-normalised) must occur on its labelled page."""
    problems = []
    if not lab["fees"]:
        return problems
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        if len(pdf.pages) != lab["pages"]:
            problems.append("page count %d != %d" % (len(pdf.pages), lab["pages"]))
        texts = [page_texts(p) for p in pdf.pages]
    for f in lab["fees"]:
        q = norm(f["quote"])
        found = [i + 1 for i, ts in enumerate(texts) if any(q in t for t in ts)]
        if f["page"] not in found:
            problems.append(
                "%s quote on pages %s, labelled %d: %r" % (f["category"], found, f["page"], q)
            )
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    failures = []
    for build in BUILDERS:
        doc, lab = build()
        data = doc.bytes()
        lab["pages"] = doc.pages_count
        problems = verify(data, lab)
        if problems:
            failures.append((lab["file"], problems))
        if lab["scanned"]:
            data = rasterize(data, seed=int(lab["file"][1:3]) * 7919)
        (out / lab["file"]).write_bytes(data)
        labels.append(lab)
    if failures:
        for name, probs in failures:
            for p in probs:
                print("FAIL %s: %s" % (name, p), file=sys.stderr)
        sys.exit(1)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")
    committed = HERE / "labels.json"
    if committed.exists() and committed.resolve() != (out / "labels.json").resolve():
        if committed.read_text(encoding="utf-8") != text:
            print("warning: committed labels.json differs from the built one", file=sys.stderr)
    print("built %d documents into %s" % (len(labels), out))


if __name__ == "__main__":
    main()
