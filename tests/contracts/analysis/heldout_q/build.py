"""Build the heldout_q batch: 12 labelled PDFs + labels.json.

Usage: python tests/contracts/analysis/heldout_q/build.py OUT_DIR
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qdocs_a import DOCS_A
from qdocs_b import DOCS_B
from qlib import rasterise, verify


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    errors = []
    for n, make in enumerate(DOCS_A + DOCS_B, start=1):
        doc = make()
        data = doc.finish()
        label = doc.label
        assert label["file"] == f"q{n:02d}.pdf", label["file"]
        errors += verify(data, label)
        if label["scanned"]:
            data = rasterise(data, seed=1000 + n)
        (out / label["file"]).write_bytes(data)
        labels.append(label)
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        raise SystemExit(1)
    text = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(labels)} documents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
