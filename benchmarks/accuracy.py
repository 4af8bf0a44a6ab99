"""Print precision, recall and F1 of the checker on a labelled folder: accuracy.py DIR [--details]."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from contracts.analysis import analyze_contract  # noqa: E402
from contracts.analysis.evaluation import (
    evaluate,  # noqa: E402
    firm_key,  # noqa: E402
)
from contracts.analysis.model import Report  # noqa: E402


def _misses(label: dict, report: Report) -> list[str]:
    """What one document's report got wrong against its label, one line each."""
    out = []
    got = {f.category: f for f in report.fees}
    want = {f["category"]: f for f in label["fees"]}
    for cat in sorted(set(want) - set(got)):
        out.append(f"  missed fee {cat}: {want[cat]['quote'][:140]!r}")
    for cat in sorted(set(got) - set(want)):
        out.append(f"  false fee {cat} p{got[cat].page}: {got[cat].excerpt[:140]!r}")
    for term in sorted(set(report.missing_terms) - set(label["missing_terms"])):
        out.append(f"  term {term} said missing, but the document has it")
    for term in sorted(set(label["missing_terms"]) - set(report.missing_terms)):
        found = next((t for t in report.present_terms if t.term == term), None)
        excerpt = found.excerpt[:120] if found else "?"
        out.append(f"  term {term} is missing, but was read from: {excerpt!r}")
    named = {firm_key(r.name): r.name for r in report.recruiters}
    labelled = {firm_key(n): n for n in label.get("recruiters") or []}
    for k in sorted(set(labelled) - set(named)):
        out.append(f"  recruiter not named: {labelled[k]!r}")
    for k in sorted(set(named) - set(labelled)):
        out.append(f"  recruiter named wrongly: {named[k]!r}")
    return out


def main(argv: list[str]) -> int:
    """Evaluate the folder given on the command line; --details lists every miss."""
    parser = argparse.ArgumentParser(description=__doc__.split(":")[0])
    parser.add_argument("folder", type=Path, help="a folder holding labels.json and the files")
    parser.add_argument("--details", action="store_true", help="list every miss by document")
    args = parser.parse_args(argv)
    folder, details = args.folder, args.details
    if not (folder / "labels.json").is_file():
        parser.error(f"{folder} holds no labels.json")
    reports: dict[str, Report] = {}

    def analyze(path: Path, program: str) -> Report:
        reports[path.name] = analyze_contract(path, program=program)
        return reports[path.name]

    result = evaluate(folder, analyze)
    print("\n".join(result.lines()))
    if details:
        for label in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
            lines = _misses(label, reports[label["file"]]) if label["file"] in reports else []
            if lines:
                print(f"{label['file']} ({label['program']}, {label['language']}):")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
