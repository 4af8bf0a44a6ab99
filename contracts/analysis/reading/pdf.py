"""PDF pages through pdfium: fast text with boxes, column order, OCR for scans."""
from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from contracts.analysis.model import Document, Limits, Page, UnreadableDocument
from contracts.analysis.reading import ocr
from contracts.analysis.reading.furniture import drop_furniture
from contracts.analysis.reading.order import read_order
from contracts.analysis.reading.pdfium_page import page_rulings, page_segments

_MIN_TEXT_CHARS = 20  # fewer characters than this and the page is treated as a scan


def read_pdf(data: bytes, limits: Limits) -> Document:
    """Every page's lines and blocks; scanned pages OCRed when limits allow."""
    pdf = _open(data)
    try:
        if len(pdf) > limits.max_pages:
            message = f"The document has more than {limits.max_pages} pages."
            raise UnreadableDocument("too_many_pages", message)
        pages = [_read_page(pdf[i], i + 1, limits) for i in range(len(pdf))]
    finally:
        pdf.close()
    return Document(pages=tuple(drop_furniture(pages)), kind="pdf")


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open the PDF, telling password protection apart from damage."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise UnreadableDocument("encrypted", "The PDF is protected by a password.") from exc
        raise UnreadableDocument("broken", "The PDF is damaged and cannot be opened.") from exc


def _read_page(page: pdfium.PdfPage, number: int, limits: Limits) -> Page:
    """One page from its text layer, or from OCR when it has none."""
    width, height = page.get_size()
    rulings = page_rulings(page)
    segments = page_segments(page, rulings)
    if sum(len(s.text) for s in segments) < _MIN_TEXT_CHARS and limits.ocr:
        return _ocr_page(page, number)
    lines, blocks = read_order(segments, rulings)
    return Page(number, lines, width, height, False, blocks)


def _ocr_page(page: pdfium.PdfPage, number: int) -> Page:
    """Render at OCR resolution and read the picture."""
    width, height = page.get_size()
    image = page.render(scale=ocr.DPI / 72).to_pil()
    lines = ocr.ocr_lines(image, scale=72 / ocr.DPI)
    return Page(number, lines, width, height, ocr=True)
