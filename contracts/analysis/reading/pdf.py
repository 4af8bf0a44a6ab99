"""PDF pages through pdfium: fast text with boxes, column order, OCR for scans."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PIL import Image

from contracts.analysis.model import Document, Limits, Page, UnreadableDocument
from contracts.analysis.reading import ocr
from contracts.analysis.reading.furniture import drop_furniture
from contracts.analysis.reading.order import read_order
from contracts.analysis.reading.pdfium_page import page_rulings, page_segments

_MIN_TEXT_CHARS = 20  # fewer characters than this and the page is treated as a scan


def read_pdf(data: bytes, limits: Limits) -> Document:
    """Every page's lines and blocks; scanned pages OCRed (several at once) when allowed."""
    pdf = _open(data)
    try:
        if len(pdf) > limits.max_pages:
            message = f"The document has more than {limits.max_pages} pages."
            raise UnreadableDocument("too_many_pages", message)
        pages: list[Page | None] = [_read_page(pdf[i], i + 1, limits) for i in range(len(pdf))]
        scans = [i for i, page in enumerate(pages) if page is None]
        renders = (_render(pdf[i]) for i in scans)
        count = ocr.workers(limits.max_memory_mb)
        for i, (lines, blocks) in zip(scans, ocr.ocr_pages(renders, count), strict=True):
            width, height = pdf[i].get_size()
            pages[i] = Page(i + 1, lines, width, height, True, blocks)
    finally:
        pdf.close()
    return Document(pages=tuple(drop_furniture([p for p in pages if p is not None])), kind="pdf")


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open the PDF, telling password protection apart from damage."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise UnreadableDocument("encrypted", "The PDF is protected by a password.") from exc
        raise UnreadableDocument("broken", "The PDF is damaged and cannot be opened.") from exc


def _read_page(page: pdfium.PdfPage, number: int, limits: Limits) -> Page | None:
    """One page from its text layer, or None when it has none and needs OCR."""
    width, height = page.get_size()
    rulings = page_rulings(page)
    segments = page_segments(page, rulings)
    if sum(len(s.text) for s in segments) < _MIN_TEXT_CHARS and limits.ocr:
        return None
    lines, blocks = read_order(segments, rulings)
    return Page(number, lines, width, height, False, blocks)


def _render(page: pdfium.PdfPage) -> tuple[Image.Image, float]:
    """The page as a grayscale picture at OCR resolution, and pixels-to-points scale."""
    # Copied and freed here: OCR threads must never be the ones to release pdfium memory.
    bitmap = page.render(scale=ocr.DPI / 72, grayscale=True)
    image = bitmap.to_pil().copy()
    bitmap.close()
    return image, 72 / ocr.DPI
