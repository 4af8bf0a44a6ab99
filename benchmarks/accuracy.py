"""Print precision, recall and F1 of the checker on a labelled folder: accuracy.py DIR."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from contracts.analysis import analyze_contract  # noqa: E402
from contracts.analysis.evaluation import evaluate  # noqa: E402


def main(argv: list[str]) -> int:
    """Evaluate the folder given on the command line."""
    if len(argv) != 1:
        print("usage: accuracy.py DIR  (DIR holds labels.json and the labelled files)")
        return 2
    folder = Path(argv[0])
    result = evaluate(folder, lambda path, program: analyze_contract(path, program=program))
    print("\n".join(result.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
