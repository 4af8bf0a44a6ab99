"""Build the heldout_m batch: 12 labelled PDFs and labels.json.

Usage: .venv/bin/python tests/contracts/analysis/heldout_m/build.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docs_a
import docs_b
from mlib import rasterize, verify

BUILDERS = [
    docs_a.m01,
    docs_a.m02,
    docs_a.m03,
    docs_a.m04,
    docs_a.m05,
    docs_a.m06,
    docs_b.m07,
    docs_b.m08,
    docs_b.m09,
    docs_b.m10,
    docs_b.m11,
    docs_b.m12,
]
SEED = 4242


def main(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for i, build in enumerate(BUILDERS):
        doc, label, xranges = build()
        path = os.path.join(out_dir, label["file"])
        if label["scanned"]:
            with tempfile.TemporaryDirectory() as tmp:
                text_pdf = os.path.join(tmp, "text.pdf")
                doc.output(text_pdf)
                verify(text_pdf, label, xranges)
                rasterize(text_pdf, path, seed=SEED + i)
        else:
            doc.output(path)
            verify(path, label, xranges)
        labels.append(label)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(labels)} documents and labels.json to {out_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    main(sys.argv[1])
