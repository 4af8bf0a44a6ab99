"""Pictures of the contract's pages with each finding's sentence highlighted."""

from __future__ import annotations

import base64
import io
import threading
from collections.abc import Sequence

from PIL import Image, ImageDraw

BBox = tuple[float, float, float, float]  # (x0, top, x1, bottom) in PDF points, top-left origin

SCALE = 1.4  # about 100 dpi: readable on a phone, quick to render and small to send
MARGIN = 50.0  # points of context shown above and below the highlighted sentence
FILL = (255, 214, 0, 90)
OUTLINE = (200, 60, 0, 255)
MAX_PHOTO_WIDTH = 1000
# PDFium is not thread-safe: one rendering at a time per process (threaded servers, tests).
_pdfium_lock = threading.Lock()


def data_uri(image: Image.Image, quality: int = 70) -> str:
    """Encode as a JPEG data: URI (JPEG is the fastest to encode and small enough)."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=False)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def highlight(page: Image.Image, box: BBox, scale: float) -> Image.Image:
    """A band of the page around `box`, with the box filled and outlined."""
    x0, top, x1, bottom = (v * scale for v in box)
    band_top = max(0, int(top - MARGIN * scale))
    band_bottom = min(page.height, int(bottom + MARGIN * scale))
    crop = page.crop((0, band_top, page.width, band_bottom)).convert("RGBA")
    overlay = Image.new("RGBA", crop.size, (0, 0, 0, 0))
    pad = 3
    rect = (x0 - pad, top - band_top - pad, x1 + pad, bottom - band_top + pad)
    ImageDraw.Draw(overlay).rectangle(rect, fill=FILL, outline=OUTLINE, width=3)
    return Image.alpha_composite(crop, overlay)


def _search(textpage, words: list[str]) -> tuple[int, int] | None:
    """The (first char, char count) of the first match of `words`, or None."""
    if not words:
        return None
    return textpage.search(" ".join(words), match_case=False).get_next() or None


def _find_box(page, excerpt: str) -> BBox | None:
    """Locate an excerpt pdfium can search for, when the engine gave no box."""
    words = excerpt.split()
    textpage = page.get_textpage()
    # Search its first and last words: a whole sentence rarely survives the line breaks.
    first = _search(textpage, words[:5])
    if not first:
        return None
    last = _search(textpage, words[-5:]) if len(words) > 5 else None
    end = last[0] + last[1] if last and last[0] >= first[0] else first[0] + first[1]
    rects = [textpage.get_charbox(i) for i in range(first[0], end)]
    rects = [r for r in rects if r[2] > r[0]]
    if not rects:
        return None
    height = page.get_height()
    left, bottom = min(r[0] for r in rects), min(r[1] for r in rects)
    right, top = max(r[2] for r in rects), max(r[3] for r in rects)
    return (left, height - top, right, height - bottom)


def pdf_highlights(
    data: bytes, findings: Sequence[tuple[int, BBox | None, str]], max_pages: int = 12
) -> list[str | None]:
    """One highlighted image per (page, bbox, excerpt); None where it cannot be drawn."""
    with _pdfium_lock:
        return _pdf_highlights(data, findings, max_pages)


def _pdf_highlights(
    data: bytes, findings: Sequence[tuple[int, BBox | None, str]], max_pages: int
) -> list[str | None]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    rendered: dict[int, tuple[object, Image.Image]] = {}
    images: list[str | None] = []
    try:
        for number, box, excerpt in findings:
            if not 1 <= number <= len(pdf):
                images.append(None)
                continue
            if number not in rendered:
                if len(rendered) >= max_pages:
                    images.append(None)
                    continue
                page = pdf[number - 1]
                rendered[number] = (page, page.render(scale=SCALE).to_pil())
            page, picture = rendered[number]
            box = box or _find_box(page, excerpt)
            images.append(data_uri(highlight(picture, box, SCALE)) if box else None)
    finally:
        pdf.close()
    return images


def photo_highlights(
    data: bytes, findings: Sequence[tuple[int, BBox | None, str]]
) -> list[str | None]:
    """The same for a single photo, whose boxes are in the photo's own pixels."""
    with Image.open(io.BytesIO(data)) as photo:
        photo.load()
        scale = min(1.0, MAX_PHOTO_WIDTH / max(photo.width, 1))
        picture = photo.convert("RGB").resize(
            (max(1, int(photo.width * scale)), max(1, int(photo.height * scale)))
        )
    return [
        data_uri(highlight(picture, box, scale)) if box and number == 1 else None
        for number, box, _excerpt in findings
    ]
