#!/usr/bin/env python3
"""Build the blind heldout_f batch: f01.pdf ... f10.pdf + labels.json into OUT_DIR.

    python build.py OUT_DIR              # build, copy labels.json, verify quotes
    python build.py OUT_DIR --emit-labels  # also regenerate ./labels.json from the specs

Deterministic (fixed creation date, seeded scanner noise). Verification uses pdfplumber:
each labelled quote (whitespace-normalised) must be found on its labelled page in the page
text, a table cell, or a cell crop. The scanned f10 is verified on its text version
(written to OUT_DIR/_text/f10.text.pdf) before rasterising.
"""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_a  # noqa: E402
import docs_b
from render import build_pdf, locate, scan, severity  # noqa: E402

SPECS = [docs_a.f01, docs_a.f02, docs_a.f03, docs_a.f04] + docs_b.DOCS
KEYS = [
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
]


def label_for(spec, found, pages):
    fees = []
    for f in found:
        e = {
            "category": f["cat"],
            "severity": severity(spec["program"], f["cat"], f["sev"]),
            "page": f["page"],
            "amount": f["amount"],
            "currency": f["currency"],
            "quote": f["F"],
        }
        if f.get("group") is not None:
            e["group"] = f["group"]
        fees.append(e)
    lab = {
        "file": spec["file"],
        "program": spec["program"],
        "language": spec["language"],
        "scanned": bool(spec.get("scanned")),
        "pages": pages,
        "fees": fees,
        "missing_terms": spec["missing_terms"],
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
    }
    return {k: lab[k] for k in KEYS}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    out = os.path.abspath(argv[1])
    emit = "--emit-labels" in argv
    os.makedirs(out, exist_ok=True)
    tdir = os.path.join(out, "_text")
    os.makedirs(tdir, exist_ok=True)
    generated, warnings = [], 0
    for spec in SPECS:
        name = spec["file"]
        if spec.get("scanned"):
            tpath = os.path.join(tdir, name.replace(".pdf", ".text.pdf"))
            found, pages = build_pdf(spec, tpath)
            scan(tpath, os.path.join(out, name))
            vpath = tpath
        else:
            found, pages = build_pdf(spec, os.path.join(out, name))
            vpath = os.path.join(out, name)
        lab = label_for(spec, found, pages)
        generated.append(lab)
        for fe in lab["fees"]:
            pg, how = locate(vpath, fe["quote"], fe["page"])
            if pg is None:
                warnings += 1
                print(f"WARNING {name}: quote not found: {fe['quote'][:70]!r}")
            elif pg != fe["page"]:
                warnings += 1
                print(
                    f"WARNING {name}: quote on page {pg}, labelled {fe['page']}: {fe['quote'][:60]!r}"
                )
            else:
                print(f"ok  {name} p{pg} [{how}] {fe['category']}")
        print(f"built {name}: {pages} page(s), {len(lab['fees'])} finding(s)")
    lpath = os.path.join(HERE, "labels.json")
    if emit or not os.path.exists(lpath):
        with open(lpath, "w", encoding="utf-8") as fh:
            json.dump(generated, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    else:
        with open(lpath, encoding="utf-8") as fh:
            stored = json.load(fh)
        if stored != generated:
            warnings += 1
            print(
                "WARNING labels.json differs from the specs (run with --emit-labels after review)"
            )
    shutil.copyfile(lpath, os.path.join(out, "labels.json"))
    print(f"done: {len(SPECS)} documents in {out}; {warnings} warning(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
