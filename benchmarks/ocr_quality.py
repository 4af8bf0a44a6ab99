"""OCR word recall and seconds per page: the reader's OCR against plain Tesseract.

Material (nothing is written to disk):
  * scanned dev pages (labels "scanned": true), compared with src/texts/<name>.txt
    ("before" renders them at 300 dpi as the reader used to, "after" at ocr.DPI);
  * pages of text PDFs rendered to images ("raster"), compared with their own text layer;
  * the same pages made to look like a phone photo ("photo": tilted, unevenly lit,
    blurred, noisy, JPEG-compressed).

Run from the repo root:
  .venv/bin/python benchmarks/ocr_quality.py [corpus_dir] [--docs d02,d04,d10]
      [--raster-dpi 200] [--dpi 300] [--psm 6] [--langs eng+spa] [--only after]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
from PIL import Image, ImageChops, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from contracts.analysis.model import Limits  # noqa: E402
from contracts.analysis.reading import ocr, read_document  # noqa: E402

# name, picture for "before" (300 dpi for scans), picture for "after" (ocr.DPI), reference
Sample = tuple[str, Image.Image, Image.Image, str]
BEFORE_DPI = 300


def render(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    return page.render(scale=dpi / 72, grayscale=True).to_pil()


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))


def recall(reference: str, text: str) -> float:
    want, got = words(reference), words(text)
    return sum(min(n, got[w]) for w, n in want.items()) / max(1, sum(want.values()))


def before(image: Image.Image) -> str:
    """The reader's OCR before ruling removal: RGB page, --psm 3, words of confidence >= 30."""
    data = pytesseract.image_to_data(
        image.convert("RGB"), lang="eng+spa", config="--psm 3", output_type=pytesseract.Output.DICT
    )
    return " ".join(w for w, c in zip(data["text"], data["conf"], strict=True) if float(c) >= 30)


def after(image: Image.Image) -> str:
    lines, _ = ocr.ocr_page(image)
    return "\n".join(line.text for line in lines)


def photo(image: Image.Image) -> Image.Image:
    """A phone-photo look: 2 degree tilt, light falling off to one side, blur, noise, JPEG."""
    gray = image.convert("L").rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=235)
    light = Image.linear_gradient("L").rotate(90).resize(gray.size).point(lambda v: 150 + v // 3)
    shaded = ImageChops.multiply(gray, light).filter(ImageFilter.GaussianBlur(1.0))
    noise = Image.effect_noise(gray.size, 24).point(lambda v: v - 128 if v > 128 else 0)
    noisy = ImageChops.subtract(shaded, noise)
    buffer = io.BytesIO()
    noisy.save(buffer, format="JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def samples(corpus: Path, docs: list[str], raster_dpi: int, scan_dpi: int) -> Iterator[Sample]:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    for label in labels:
        if label["scanned"]:
            pdf = pdfium.PdfDocument(corpus / label["file"])
            source = corpus / "src" / "texts" / label["file"].replace(".pdf", ".txt")
            reference = source.read_text(encoding="utf-8")
            # The source text covers the whole document; with one page that is exact.
            for i in range(len(pdf)):
                old, new = render(pdf[i], BEFORE_DPI), render(pdf[i], scan_dpi)
                yield f"scan {label['file']} p{i + 1}", old, new, reference
    for name in docs:
        pdf = pdfium.PdfDocument(corpus / f"{name}.pdf")
        for i in range(len(pdf)):
            page = pdf[i]
            reference = page.get_textpage().get_text_range()
            picture = render(page, raster_dpi)
            yield f"raster {name} p{i + 1}", picture, picture, reference
            taken = photo(picture)
            yield f"photo {name} p{i + 1}", taken, taken, reference


def timed(work: Callable[[Image.Image], str], image: Image.Image) -> tuple[str, float, float]:
    """Text, wall seconds, and CPU seconds of this process plus its Tesseract children."""
    start = time.perf_counter()
    r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    text = work(image)
    r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime for a, b in ((r0, r1), (c0, c1)))
    return text, time.perf_counter() - start, cpu


def image_pdf(corpus: Path, docs: list[str], dpi: int) -> bytes:
    """An image-only PDF of the given documents' pages, like a multi-page scan."""
    pictures = []
    for name in docs:
        pdf = pdfium.PdfDocument(corpus / f"{name}.pdf")
        pictures += [render(pdf[i], dpi) for i in range(len(pdf))]
    buffer = io.BytesIO()
    first, rest = pictures[0], pictures[1:]
    first.save(buffer, format="PDF", save_all=True, append_images=rest, resolution=dpi)
    return buffer.getvalue()


def multipage(corpus: Path, docs: list[str], dpi: int) -> None:
    """Whole-document OCR time per page, one Tesseract at a time vs one per core."""
    data = image_pdf(corpus, docs, dpi)
    limits = Limits(timeout_seconds=600)
    pages = len(pdfium.PdfDocument(data))
    for count in sorted({1, ocr.workers(limits.max_memory_mb)}):
        ocr.workers = lambda _mb, count=count: count  # type: ignore[misc]
        start = time.perf_counter()
        read_document(data, filename="scan.pdf", limits=limits)
        took = time.perf_counter() - start
        print(f"{pages}-page image-only PDF, {count} Tesseract at once: {took / pages:.2f} s/page")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="../shared/corpus/dev")
    parser.add_argument("--docs", default="d02,d04,d10")
    parser.add_argument("--raster-dpi", type=int, default=200)
    parser.add_argument("--dpi", type=int, default=ocr.DPI, help="render dpi of scanned pages")
    parser.add_argument("--psm", help="override the reader's page segmentation mode")
    parser.add_argument("--langs", help="override the reader's languages")
    parser.add_argument("--only", choices=["before", "after"])
    parser.add_argument("--multipage", action="store_true", help="also time a whole scanned PDF")
    args = parser.parse_args()
    if args.psm:
        ocr.CONFIG = f"--psm {args.psm}"
    if args.langs:
        ocr.LANGS = args.langs
    pipelines = {"before": before, "after": after}
    if args.only:
        pipelines = {args.only: pipelines[args.only]}
    print(f"OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']} reader: {ocr.LANGS} {ocr.CONFIG}")
    heads = "".join(f" {p + ' rec':>11} {'s/page':>6} {'cpu':>5}" for p in pipelines)
    print(f"{'sample':20} {'words':>5}{heads}")
    totals: dict[str, dict[str, list[float]]] = {}
    docs = [d for d in args.docs.split(",") if d]
    for name, old, new, reference in samples(Path(args.corpus), docs, args.raster_dpi, args.dpi):
        row = f"{name:20} {sum(words(reference).values()):5d}"
        for label, work in pipelines.items():
            text, wall, cpu = timed(work, old if label == "before" else new)
            score = recall(reference, text)
            kind = totals.setdefault(name.split()[0], {})
            kind.setdefault(label, []).append(score)
            kind.setdefault(label + " s", []).append(wall)
            kind.setdefault(label + " cpu", []).append(cpu)
            row += f" {score:11.3f} {wall:6.2f} {cpu:5.2f}"
        print(row, flush=True)
    for kind, values in totals.items():
        parts = [
            f"{label}: recall {sum(values[label]) / len(values[label]):.3f},"
            f" {sum(values[label + ' s']) / len(values[label]):.2f} s/page"
            f" ({sum(values[label + ' cpu']) / len(values[label]):.2f} s CPU)"
            for label in pipelines
        ]
        print(f"mean {kind:7} " + "; ".join(parts))
    if args.multipage:
        multipage(Path(args.corpus), docs, args.raster_dpi)


if __name__ == "__main__":
    main()
