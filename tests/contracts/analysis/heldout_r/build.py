"""Build the heldout_r batch: 12 PDFs (r01.pdf ... r12.pdf) and labels.json into OUT_DIR.

Usage: .venv/bin/python tests/contracts/analysis/heldout_r/build.py OUT_DIR
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from r_docs1 import r01, r02, r03, r04, r05, r06
from r_docs2 import r07, r08, r09, r10, r11, r12
from r_lib import scan, severity, verify

DOCS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12]
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


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for i, make in enumerate(DOCS, 1):
        name = "r%02d.pdf" % i
        pdf, label = make()
        data = bytes(pdf.output())
        fees = []
        for f in label["fees"]:
            passport_only = f.pop("passport_only", False)
            item = {
                "category": f["category"],
                "severity": severity(f["category"], label["program"], passport_only),
                "page": f["page"],
                "amount": f["amount"],
                "currency": f["currency"],
                "quote": f["quote"],
            }
            if "group" in f:
                item["group"] = f["group"]
            fees.append(item)
        label["fees"] = fees
        label["file"] = name
        verify(name, data, fees, label["pages"])
        if label["scanned"]:
            data = scan(data, seed=1000 + i)
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        labels.append({k: label[k] for k in KEYS})
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    result = build(sys.argv[1])
    n_fees = sum(len(d["fees"]) for d in result)
    print("built %d documents, %d labelled fee quotes into %s" % (len(result), n_fees, sys.argv[1]))
