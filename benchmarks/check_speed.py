"""Print reading speed per page vs pdfplumber and raw pdfium, and peak memory per document.

Run from the repo root: .venv/bin/python benchmarks/check_speed.py [corpus_dir]
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contracts.analysis.reading import read_document  # noqa: E402
from contracts.analysis.reading.sandbox import run_bounded  # noqa: E402

CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpus/dev")
REPEATS = 3


def full_analysis() -> tuple[str, Callable[[Path], object]]:
    """analyze_contract when the rules engine provides it, else the reader alone."""
    try:
        from contracts.analysis import analyze_contract  # type: ignore[attr-defined]
    except ImportError:
        return "read_document (analyze_contract not available yet)", read_document
    return "analyze_contract", analyze_contract


def plumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def pdfium_raw(path: Path) -> None:
    pdf = pdfium.PdfDocument(path)
    for i in range(len(pdf)):
        pdf[i].get_textpage().get_text_range()
    pdf.close()


def best(work: Callable[[Path], object], path: Path) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work(path)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory_mb(work: Callable[[Path], object], path: Path) -> float:
    """Peak RSS (MB) of a fresh child running the work, including its own children."""
    context = multiprocessing.get_context("fork")
    queue = context.SimpleQueue()

    def child() -> None:
        work(path)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        queue.put(max(own, kids) / 1024)

    process = context.Process(target=child)
    process.start()
    process.join()
    return float(queue.get())


def sandbox_overhead_ms(runs: int = 50) -> float:
    start = time.perf_counter()
    for _ in range(runs):
        run_bounded(lambda: None, timeout=5, memory_mb=256)
    return (time.perf_counter() - start) / runs * 1000


def main() -> None:
    name, analyse = full_analysis()
    print(f"full analysis = {name}; best of {REPEATS}; corpus {CORPUS}")
    print(f"sandbox fork+pickle overhead: {sandbox_overhead_ms():.1f} ms per document")
    base = peak_memory_mb(lambda _: None, CORPUS)
    print(f"peak MB below = max RSS of a fresh child; an idle child already has {base:.0f} MB")
    header = f"{'file':8} {'pages':>5} {'full ms/p':>9} {'plumber':>8} {'pdfium':>7}"
    print(header + f" {'full/plumber':>12} {'full/pdfium':>11} {'peak MB':>8}")
    totals = {"text": [0.0, 0.0, 0.0, 0], "ocr": [0.0, 0.0, 0.0, 0]}
    for path in sorted(CORPUS.glob("*.pdf")):
        pages = len(pdfium.PdfDocument(path))
        full, slow, fast = best(analyse, path), best(plumber, path), best(pdfium_raw, path)
        scanned = not any(p.get_textpage().count_chars() for p in pdfium.PdfDocument(path))
        bucket = totals["ocr" if scanned else "text"]
        for i, value in enumerate((full, slow, fast)):
            bucket[i] += value
        bucket[3] += pages
        print(
            f"{path.name:8} {pages:5d} {full / pages * 1000:9.1f} {slow / pages * 1000:8.1f}"
            f" {fast / pages * 1000:7.1f} {full / slow:12.2f} {full / fast:11.1f}"
            f" {peak_memory_mb(analyse, path):8.0f}" + ("  (OCR)" if scanned else "")
        )
    for kind, (full, slow, fast, pages) in totals.items():
        if pages:
            print(
                f"{kind} pages: {pages}; per page full {full / pages * 1000:.1f} ms,"
                f" pdfplumber extract_text {slow / pages * 1000:.1f} ms,"
                f" pypdfium2 get_text_range {fast / pages * 1000:.1f} ms;"
                f" full/plumber {full / slow:.2f}x, full/pdfium {full / fast:.1f}x"
            )


if __name__ == "__main__":
    main()
