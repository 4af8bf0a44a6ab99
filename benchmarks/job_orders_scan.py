"""Run the checker over the free text of real DOL job orders and count fee findings.

Certified job orders rarely hold illegal fees, so most findings here are false positives to
fix in the rules. Usage: job_orders_scan.py [--samples N] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from contracts.analysis import Document, Line, Page, analyze_document  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dol-job-orders"
TEXT_COLUMNS = (
    "job_duties",
    "job_duties_es",
    "special_req",
    "special_req_es",
    "add_wage_info",
    "add_wage_info_es",
    "add_special_pay_info",
    "add_special_pay_info_es",
    "pay_range_desc",
    "crop",
    "min_productivity",
)
PROGRAMS = {"H-2A": "h2a", "H-2B": "h2b"}


def _document(texts: list[str]) -> Document:
    """One page per field, lines as the DOL stored them."""
    pages = tuple(
        Page(number=i, lines=tuple(Line(t) for t in text.splitlines() if t.strip()))
        for i, text in enumerate(texts, 1)
    )
    return Document(pages=pages, kind="text")


def _scan(row: tuple[str, str, list[str]]) -> list[tuple[str, str, str, str]]:
    """(case, category, severity, excerpt) for each fee finding of one job order."""
    case, program, texts = row
    report = analyze_document(_document(texts), program=program)
    return [(case, f.category, f.severity, f.excerpt) for f in report.fees]


def _rows(frame: pd.DataFrame) -> list[tuple[str, str, list[str]]]:
    """Job orders as (case number, program, free-text fields)."""
    columns = [c for c in TEXT_COLUMNS if c in frame.columns]
    rows = []
    for record in frame.to_dict("records"):
        texts = [
            str(record[c]) for c in columns if isinstance(record[c], str) and record[c].strip()
        ]
        program = PROGRAMS.get(str(record.get("visa_class")), "generic")
        rows.append((str(record.get("case_number")), program, texts))
    return rows


def scan(name: str, frame: pd.DataFrame, samples: int) -> Counter[str]:
    """Scan one table and print counts and samples by category."""
    start = time.perf_counter()
    with Pool(2) as pool:
        results = pool.map(_scan, _rows(frame), chunksize=50)
    by_category: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    docs: Counter[str] = Counter()
    for findings in results:
        for case, category, severity, excerpt in findings:
            by_category[category].append((case, severity, excerpt))
        for category in {f[1] for f in findings}:
            docs[category] += 1
    seconds = time.perf_counter() - start
    flagged = sum(1 for f in results if f)
    print(f"\n== {name}: {len(frame)} job orders, {flagged} with findings, {seconds:.1f}s")
    for category, items in sorted(by_category.items(), key=lambda kv: -len(kv[1])):
        print(f"{category:<22} findings={len(items):>5} job_orders={docs[category]:>5}")
        for case, severity, excerpt in items[:samples]:
            print(f"    [{severity}] {case}: {excerpt[:220]}")
    return docs


def main() -> int:
    """Scan the 2026 parquet and the bilingual CSV sample."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    parquet = pd.read_parquet(DATA / "job_orders_2026.parquet")
    csv = pd.read_csv(DATA / "job_orders_en_es_sample.csv")
    if args.limit:
        parquet, csv = parquet.head(args.limit), csv.head(args.limit)
    scan("job_orders_2026.parquet", parquet, args.samples)
    scan("job_orders_en_es_sample.csv", csv, args.samples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
