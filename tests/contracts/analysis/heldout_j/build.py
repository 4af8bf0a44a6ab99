"""Build the heldout_j batch: 12 H-2B contract PDFs and labels.json.

Usage: python tests/contracts/analysis/heldout_j/build.py OUT_DIR [j03 j07 ...]
"""

import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import jlib  # noqa: E402

DOCS = docs_a.DOCS + docs_b.DOCS
KEYS = (
    "file",
    "program",
    "language",
    "scanned",
    "pages",
    "fees",
    "missing_terms",
    "recruiters",
    "traps",
    "doc_type",
    "layout",
)


def build_one(fn, out_dir, tmp):
    jlib.reset()
    meta = fn()
    doc = meta.pop("doc")
    name = meta["file"]
    program = meta["program"]
    text_pdf = os.path.join(tmp, name) if meta["scanned"] else os.path.join(out_dir, name)
    doc.save(text_pdf)
    quotes = [r["text"] for r in jlib.REG]
    found, npages = jlib.locate(text_pdf, quotes)
    errors = []
    fees = []
    for r in jlib.REG:
        pages = sorted(set(found[r["text"]]))
        if len(pages) != 1:
            errors.append("%s: quote found on pages %s: %r" % (name, pages, r["text"]))
            continue
        fee = {
            "category": r["category"],
            "severity": jlib.severity(r["category"], program, r["passport"]),
            "page": pages[0],
            "amount": r["amount"],
            "currency": r["currency"],
            "quote": jlib.norm(r["text"]),
        }
        if r["group"] is not None:
            fee["group"] = r["group"]
        fees.append(fee)
    req = jlib.REQUIRED[program]
    for t in meta["missing_terms"]:
        if t not in req:
            errors.append("%s: %s is not a required term for %s" % (name, t, program))
    if not (1 <= npages <= 5):
        errors.append("%s: %d pages" % (name, npages))
    if errors:
        raise SystemExit("VERIFY FAILED\n" + "\n".join(errors))
    if meta["scanned"]:
        jlib.rasterize(text_pdf, os.path.join(out_dir, name), seed=sum(map(ord, name)))
    meta["pages"] = npages
    meta["fees"] = fees
    meta["missing_terms"] = [t for t in req if t in meta["missing_terms"]]
    return {k: meta[k] for k in KEYS}


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    out_dir = argv[1]
    only = set(argv[2:])
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    with tempfile.TemporaryDirectory() as tmp:
        for fn in DOCS:
            stem = fn.__name__
            if only and stem not in only:
                continue
            labels.append(build_one(fn, out_dir, tmp))
            print(
                "built %s: %d pages, %d fee quotes"
                % (stem, labels[-1]["pages"], len(labels[-1]["fees"]))
            )
    if not only:
        with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("verified %d documents into %s" % (len(labels), out_dir))


if __name__ == "__main__":
    main(sys.argv)
