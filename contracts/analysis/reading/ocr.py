"""Tesseract OCR of rendered pages and photos, read into lines and table-cell blocks.

The page is first cleaned (`scan.clean_scan`: grayscale, deskew, table rulings found and
erased), then Tesseract's words are cut into segments at wide gaps and at the found
rulings, and the same reading-order step as for text PDFs turns them into lines and blocks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytesseract
from PIL import Image

from contracts.analysis.model import BBox, Line
from contracts.analysis.reading.geometry import Rulings, Segment
from contracts.analysis.reading.order import read_order
from contracts.analysis.reading.scan import Scan, clean_scan

LANGS = "eng+spa"
# 250 dpi reads d08 and rasterized pages as well as 300 dpi (word recall 0.998 vs 1.000)
# for about a fifth less Tesseract time; below 200 dpi small print starts to go.
DPI = 250
# One uniform block: rulings are gone and columns are rebuilt from geometry afterwards.
CONFIG = "--psm 6"
_MIN_CONFIDENCE = 30.0  # below this a "word" is usually speckle or a table border
_MAX_SIDE = 4200  # pixels; larger photos are shrunk first (a 300 dpi legal page is 4200)
_GAP = 1.2  # a gap wider than this many text heights splits a line into cells or columns

Read = tuple[tuple[Line, ...], tuple[Line, ...]]


_MB_PER_WORKER = 384  # a page in flight: picture, a thread's malloc arena (64 MB), Tesseract


def workers(memory_mb: int = 1024) -> int:
    """Pages OCRed at once: one single-threaded Tesseract per core, as memory allows."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4, memory_mb // _MB_PER_WORKER))


def ocr_page(image: Image.Image, scale: float = 1.0) -> Read:
    """Lines in reading order and cell blocks; pixel boxes are multiplied by `scale`."""
    # OpenMP threads fight each other on small servers: one thread is twice as fast here,
    # and several pages run side by side instead (`ocr_pages`).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    shrink = min(1.0, _MAX_SIDE / max(image.size))
    if shrink < 1.0:
        size = (round(image.width * shrink), round(image.height * shrink))
        image = image.resize(size, Image.Resampling.LANCZOS)
        scale /= shrink
    scan = clean_scan(image)
    prepared = scan.image.copy()
    prepared.format = "PPM"  # pytesseract saves the picture; PGM is written instantly, PNG not
    data: dict[str, list[Any]] = pytesseract.image_to_data(
        prepared, lang=LANGS, config=CONFIG, output_type=pytesseract.Output.DICT
    )
    segments = _segments(data, scan.rulings, scale)
    lines, blocks = read_order(segments, _scaled(scan.rulings, scale))
    width, height = image.width * scale, image.height * scale
    return _placed(lines, scan, scale, width, height), _placed(blocks, scan, scale, width, height)


def ocr_pages(images: Iterator[tuple[Image.Image, float]], count: int = 1) -> Iterator[Read]:
    """`ocr_page` over many pages, several at a time, results in page order.

    Images are pulled from the iterator (in this thread: pdfium is not thread-safe) only
    when a worker is about to be free, so at most a few rendered pages are held at once.
    """
    if count <= 1:
        for image, scale in images:
            yield ocr_page(image, scale)
        return
    with ThreadPoolExecutor(count) as pool:
        pending: list[Future[Read]] = []
        for image, scale in images:
            pending.append(pool.submit(ocr_page, image, scale))
            if len(pending) >= count:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def _segments(data: dict[str, list[Any]], rulings: Rulings, scale: float) -> list[Segment]:
    """Tesseract's words as segments in points, split at wide gaps and vertical rulings."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        # A lone "|" is a table ruling read as a letter.
        if word.strip(" |") and float(data["conf"][i]) >= _MIN_CONFIDENCE:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            groups.setdefault(key, []).append(i)
    out: list[Segment] = []
    for idx in groups.values():
        idx.sort(key=lambda i: data["left"][i])
        height = max(data["height"][i] for i in idx)
        run: list[int] = []
        left_edge: float | None = None
        for i in idx:
            if run:
                cut = _cut(data, run[-1], i, height, rulings)
                if cut is not None:
                    out.append(_segment(data, run, scale, left_edge, cut))
                    run, left_edge = [], cut
            run.append(i)
        out.append(_segment(data, run, scale, left_edge, None))
    return out


def _cut(data: dict[str, list[Any]], a: int, b: int, height: int, rulings: Rulings) -> float | None:
    """Where word a and the next word b belong apart: a vertical ruling's x, or the gap."""
    right: float = data["left"][a] + data["width"][a]
    left: float = data["left"][b]
    middle: float = data["top"][b] + data["height"][b] / 2
    for x, top, bottom in rulings.vertical:
        if right - 3 <= x <= left + 3 and top <= middle <= bottom:
            return float(x)
    if left - right > height * _GAP:
        return (left + right) / 2.0
    return None


def _segment(
    data: dict[str, list[Any]], idx: list[int], scale: float, lo: float | None, hi: float | None
) -> Segment:
    """One segment from consecutive words of a Tesseract line, kept inside its cell edges."""
    x0 = min(data["left"][i] for i in idx)
    top = min(data["top"][i] for i in idx)
    x1 = max(data["left"][i] + data["width"][i] for i in idx)
    bottom = max(data["top"][i] + data["height"][i] for i in idx)
    # OCR boxes are a pixel or two loose; a ruling between two words is the true border.
    if lo is not None:
        x0 = max(x0, lo + 1)
    if hi is not None:
        x1 = min(x1, hi - 1)
    x1 = max(x1, x0)
    text = " ".join(data["text"][i].strip() for i in idx)
    size = (bottom - top) * scale
    return Segment(text, x0 * scale, top * scale, x1 * scale, bottom * scale, size)


def _scaled(rulings: Rulings, scale: float) -> Rulings:
    """Rulings from pixels to the output unit."""
    return Rulings(
        tuple((a * scale, b * scale, c * scale) for a, b, c in rulings.vertical),
        tuple((a * scale, b * scale, c * scale) for a, b, c in rulings.horizontal),
    )


def _placed(
    lines: tuple[Line, ...], scan: Scan, scale: float, width: float, height: float
) -> tuple[Line, ...]:
    """Lines with boxes turned back from the straightened image onto the original page."""
    if not scan.angle:
        return lines
    out = []
    for line in lines:
        if line.bbox is None:
            out.append(line)
            continue
        x0, top, x1, bottom = (v / scale for v in line.bbox)
        x0, top, x1, bottom = (v * scale for v in scan.unrotate((x0, top, x1, bottom)))
        box: BBox = (max(0.0, x0), max(0.0, top), min(width, x1), min(height, bottom))
        out.append(Line(line.text, box))
    return tuple(out)
