"""DOCX, photos and plain text: each becomes pages of lines."""

from __future__ import annotations

import io

from PIL import Image

from contracts.analysis.model import Document, Limits, Line, Page, UnreadableDocument
from contracts.analysis.reading import ocr

_MAX_PIXELS = 60_000_000  # a 300 dpi A3 scan is ~17 Mpx; far more is a decompression bomb


def read_text(text: str) -> Document:
    """Pasted or uploaded text: one page per form feed."""
    chunks = text.replace("\r\n", "\n").split("\f")
    pages = tuple(
        Page(number=i, lines=tuple(Line(t.strip()) for t in chunk.split("\n") if t.strip()))
        for i, chunk in enumerate(chunks, 1)
    )
    return Document(pages=pages, kind="text")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as old editors write it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_docx(data: bytes) -> Document:
    """Paragraphs and table cells, in document order, as one logical page."""
    import docx  # python-docx is slow to import; only DOCX uploads pay for it

    document = docx.Document(io.BytesIO(data))
    lines: list[Line] = []
    blocks: list[Line] = []
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            for row in item.rows:
                cells = _unique_cells(row.cells)
                blocks += [Line(c) for c in cells]
                lines += [Line(c) for c in cells]
        elif item.text.strip():
            lines.append(Line(item.text.strip()))
    return Document(pages=(Page(1, tuple(lines), blocks=tuple(blocks)),), kind="docx")


def _unique_cells(cells: list[object]) -> list[str]:
    """Cell texts of a row, once each (merged cells repeat in python-docx)."""
    out: list[str] = []
    for cell in cells:
        text = " ".join(getattr(cell, "text", "").split())
        if text and (not out or out[-1] != text):
            out.append(text)
    return out


def read_image(data: bytes, limits: Limits) -> Document:
    """OCR a photo or scan; boxes stay in image pixels."""
    Image.MAX_IMAGE_PIXELS = _MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        # Pillow only warns between one and two times its limit; refuse before decoding.
        if image.width * image.height > _MAX_PIXELS:
            raise Image.DecompressionBombError("too many pixels")
        image.load()
    except Image.DecompressionBombError as exc:
        raise UnreadableDocument("too_complex", "The image is too large to read.") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableDocument("broken", "The image is damaged.") from exc
    if not limits.ocr:
        raise UnreadableDocument("no_text", "Reading text from images is turned off.")
    lines, blocks = ocr.ocr_page(_flattened(image))
    page = Page(1, lines, float(image.width), float(image.height), ocr=True, blocks=blocks)
    return Document(pages=(page,), kind="image")


def _flattened(image: Image.Image) -> Image.Image:
    """Grayscale, with any transparency laid on white paper."""
    if "A" in image.getbands() or image.mode == "P":
        image = image.convert("RGBA")
        paper = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(paper, image)
    return image.convert("L")
