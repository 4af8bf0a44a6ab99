#!/usr/bin/env python3
"""Build the heldout_az contract batch: az01.pdf ... az12.pdf and labels.json.

    python build.py OUT_DIR                 # build, verify, write OUT_DIR/labels.json
    python build.py OUT_DIR --update-labels # also rewrite labels.json next to this script

The labels are derived from the document specifications (fee sentences are marked where
they are printed), compared with the checked-in labels.json, and every PDF is reopened
with pdfplumber to verify page counts, fee quotes on their labelled pages and recruiter
names. Exits non-zero on any mismatch. Deterministic: fixed creation date, fixed seeds.
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import _az_h2a  # noqa: E402
import _az_h2b  # noqa: E402
from _azlib import build, severity  # noqa: E402

DOCS = _az_h2a.DOCS + _az_h2b.DOCS

PROGRAM_TERMS = {
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
    "generic": [
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "return_transportation",
        "termination",
    ],
}
CATEGORIES = {
    "recruitment_fee",
    "visa_cost",
    "travel_cost",
    "medical_cost",
    "insurance_cost",
    "training_cost",
    "equipment_charge",
    "housing_charge",
    "deposit_or_bond",
    "breach_penalty",
    "debt_bondage",
    "document_retention",
    "blacklisting_threat",
    "movement_restriction",
    "wage_withholding",
    "damage_chargeback",
    "meal_charge",
}


def norm(s: str) -> str:
    return " ".join(s.split())


def make_label(doc, writer):
    fees = []
    for fe in writer.fees:
        f = fe["F"]
        fees.append(
            {
                "category": f.cat,
                "severity": severity(f.cat, doc["program"], f.passport_only),
                "page": fe["page"],
                "amount": f.amount,
                "currency": f.cur,
                "quote": f.text,
            }
        )
    scanned = getattr(writer, "scanned_pages", [])
    return {
        "file": doc["file"],
        "program": doc["program"],
        "language": doc["language"],
        "scanned": scanned if scanned else False,
        "pages": writer.pdf.page,
        "fees": fees,
        "missing_terms": doc["missing_terms"],
        "recruiters": doc["recruiters"],
        "traps": doc["traps"],
        "doc_type": doc["doc_type"],
        "layout": doc["layout"],
    }


def check_label_sanity(lab, errors):
    prog = lab["program"]
    for f in lab["fees"]:
        if f["category"] not in CATEGORIES:
            errors.append(f"{lab['file']}: unknown category {f['category']}")
        if (f["amount"] is None) != (f["currency"] is None):
            errors.append(f"{lab['file']}: amount/currency mismatch in {f['quote'][:40]}")
    for t in lab["missing_terms"]:
        if t not in PROGRAM_TERMS[prog]:
            errors.append(f"{lab['file']}: missing term {t} is not required for {prog}")
    if lab["language"] not in ("en", "es", "mixed"):
        errors.append(f"{lab['file']}: bad language")


def verify_pdf(path, lab, records, errors):
    import pdfplumber

    scanned = set(lab["scanned"] or [])
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != lab["pages"]:
            errors.append(f"{lab['file']}: {len(pdf.pages)} pages, labelled {lab['pages']}")
            return
        page_texts = {}
        all_views = []
        for i, page in enumerate(pdf.pages, start=1):
            if i in scanned:
                if page.chars:
                    errors.append(f"{lab['file']}: scanned page {i} has a text layer")
                continue
            full = norm(page.extract_text() or "")
            w = float(page.width)
            halves = [
                norm(page.crop((0, 0, w / 2, page.height)).extract_text() or ""),
                norm(page.crop((w / 2, 0, w, page.height)).extract_text() or ""),
            ]
            page_texts[i] = (page, full)
            all_views.extend([full] + halves)
            if not full:
                errors.append(f"{lab['file']}: page {i} has no text")
        for fee, rec in zip(lab["fees"], records):
            p = fee["page"]
            if p in scanned:
                continue
            if p not in page_texts:
                errors.append(f"{lab['file']}: fee on missing page {p}")
                continue
            page, full = page_texts[p]
            q = norm(fee["quote"])
            views = [full]
            x0 = max(0.0, rec["x0"] * 72 / 25.4 - 1.5)
            x1 = min(float(page.width), rec["x1"] * 72 / 25.4 + 1.5)
            views.append(norm(page.crop((x0, 0, x1, page.height)).extract_text() or ""))
            if not any(q in v for v in views):
                errors.append(f"{lab['file']}: quote not found on page {p}: {q[:70]}")
            for other, (_, txt) in page_texts.items():
                if other != p and q in txt:
                    errors.append(f"{lab['file']}: quote also on page {other}: {q[:50]}")
        for name in lab["recruiters"]:
            if not any(norm(name) in v for v in all_views):
                errors.append(f"{lab['file']}: recruiter name not found: {name}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    errors = []
    labels = []
    for doc in DOCS:
        path = os.path.join(out, doc["file"])
        writer = build(doc, path)
        lab = make_label(doc, writer)
        check_label_sanity(lab, errors)
        verify_pdf(path, lab, writer.fees, errors)
        labels.append(lab)
        print(
            f"{doc['file']}: {lab['pages']} p, {len(lab['fees'])} fees, missing {len(lab['missing_terms'])}"
        )
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    mine = os.path.join(HERE, "labels.json")
    if "--update-labels" in argv:
        with open(mine, "w", encoding="utf-8") as fh:
            fh.write(text)
    elif not os.path.exists(mine):
        errors.append("labels.json missing next to build.py (run with --update-labels)")
    else:
        with open(mine, encoding="utf-8") as fh:
            if json.load(fh) != labels:
                errors.append(
                    "checked-in labels.json differs from the labels derived from the documents"
                )
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    if errors:
        print("\nVERIFICATION FAILED:")
        for e in errors:
            print("  -", e)
        return 1
    print(f"\nOK: {len(labels)} documents verified in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
