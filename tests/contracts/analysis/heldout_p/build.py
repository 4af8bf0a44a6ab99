"""Build the heldout_p batch: 12 labelled H-2A / H-2B documents as seen at a workers' center.

Usage: .venv/bin/python tests/contracts/analysis/heldout_p/build.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import p_docs  # noqa: E402
from p_lib import scan_pdf  # noqa: E402

REQUIRED = {
    "h2a": [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "wage_adjustment",
        "pay_frequency",
        "deductions",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
    "h2b": [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "wage_adjustment",
        "overtime",
        "pay_frequency",
        "deductions",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
}
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def norm(s: str) -> str:
    return " ".join(s.split())


def page_texts(path: Path) -> list[list[str]]:
    """Per page: the whole-page text plus left/right half crops (for side-by-side layouts)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            texts = [page.extract_text() or ""]
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                texts.append(page.crop(box).extract_text() or "")
            out.append([norm(t) for t in texts])
    return out


def expected_severity(label: dict, fee: dict) -> str:
    cat = fee["category"]
    if cat in REVIEW_ALWAYS:
        return "review"
    if cat == "housing_charge" and label["program"] != "h2a":
        return "review"
    if cat == "visa_cost" and fee.get("passport_only"):
        return "review" if label["program"] in ("h2a", "h2b") else "violation"
    return "violation"


def verify(path: Path, label: dict, evidence: dict) -> None:
    pages = page_texts(path)
    errors = []
    if len(pages) != label["pages"]:
        errors.append(f"page count {len(pages)} != labelled {label['pages']}")
    for fee in label["fees"]:
        q = norm(fee["quote"])
        pg = fee["page"]
        if pg > len(pages) or not any(q in t for t in pages[pg - 1]):
            where = [i + 1 for i, ts in enumerate(pages) if any(q in t for t in ts)]
            errors.append(f"quote not on page {pg} (found on {where}): {q[:70]}")
        if fee["severity"] != expected_severity(label, fee):
            errors.append(f"severity mismatch for {fee['category']}: {q[:50]}")
    alltext = " ".join(" ".join(ts) for ts in pages)
    req = REQUIRED[label["program"]]
    present = [t for t in req if t not in label["missing_terms"]]
    if set(evidence) != set(present):
        errors.append(
            f"evidence/present mismatch: extra={set(evidence) - set(present)} "
            f"lacking={set(present) - set(evidence)}"
        )
    for term, snip in evidence.items():
        if norm(snip) not in alltext:
            errors.append(f"evidence for {term} not found: {snip[:60]}")
    for t in label["missing_terms"]:
        if t not in req:
            errors.append(f"missing term {t} not required for {label['program']}")
    if errors:
        raise SystemExit(f"VERIFY FAILED for {label['file']}:\n  " + "\n  ".join(errors))


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, fn in enumerate(p_docs.DOCS, start=1):
            pdf, label, evidence = fn()
            name = f"p{i:02d}.pdf"
            label = {"file": name, **label}
            target = out / name
            if label["scanned"]:
                text_path = Path(tmp) / name
                pdf.output(str(text_path))
                verify(text_path, label, evidence)
                scan_pdf(text_path, target, seed=1000 + i)
            else:
                pdf.output(str(target))
                verify(target, label, evidence)
            for fee in label["fees"]:
                fee.pop("passport_only", None)
            labels.append(label)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {len(labels)} documents and labels.json to {out}")


if __name__ == "__main__":
    main()
