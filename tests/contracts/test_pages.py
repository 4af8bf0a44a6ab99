"""Page images: the finding's sentence is highlighted where it stands on the page."""

from __future__ import annotations

import base64
import io
import json

import pypdfium2 as pdfium
from PIL import Image

from contracts import pages
from tests.paths import DEV_CORPUS

LABELS = {item["file"]: item for item in json.loads((DEV_CORPUS / "labels.json").read_text())}


def decode(uri: str) -> Image.Image:
    assert uri.startswith("data:image/jpeg;base64,")
    return Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("RGB")


def yellowish(pixel: tuple[int, int, int]) -> bool:
    red, green, blue = pixel
    return red > 200 and green > 170 and blue < 170


def test_highlight_fills_the_box_and_keeps_context():
    page = Image.new("RGB", (600, 800), "white")
    band = pages.highlight(page, (100, 300, 400, 320), scale=1.0)
    assert band.height == 20 + 2 * int(pages.MARGIN)
    inside = band.convert("RGB").getpixel((250, int(pages.MARGIN) + 10))
    outside = band.convert("RGB").getpixel((550, 5))
    assert yellowish(inside)
    assert outside == (255, 255, 255)


def test_excerpt_is_found_on_its_page_without_a_box():
    label = LABELS["d04.pdf"]
    data = (DEV_CORPUS / "d04.pdf").read_bytes()
    wanted = [(fee["page"], None, fee["quote"]) for fee in label["fees"]]
    images = pages.pdf_highlights(data, wanted)
    assert len(images) == len(wanted)
    for uri in images:
        assert uri is not None
        picture = decode(uri)
        assert picture.width > 500
        assert any(
            yellowish(picture.getpixel((x, y)))
            for x in range(0, picture.width, 7)
            for y in range(0, picture.height, 7)
        )


def test_a_given_box_is_used_as_is():
    data = (DEV_CORPUS / "d05.pdf").read_bytes()
    [uri] = pages.pdf_highlights(data, [(1, (72.0, 200.0, 300.0, 230.0), "ignored")])
    picture = decode(uri)
    assert picture.height == round((30 + 2 * pages.MARGIN) * pages.SCALE)


def test_missing_page_or_text_gives_no_image():
    data = (DEV_CORPUS / "d05.pdf").read_bytes()
    pdf = pdfium.PdfDocument(data)
    beyond = len(pdf) + 1
    pdf.close()
    images = pages.pdf_highlights(data, [(beyond, None, "x"), (1, None, "zzqx no such words")])
    assert images == [None, None]


def test_photo_boxes_are_in_the_photos_pixels():
    photo = Image.new("RGB", (2000, 1000), "white")
    buffer = io.BytesIO()
    photo.save(buffer, "PNG")
    [uri, other] = pages.photo_highlights(
        buffer.getvalue(), [(1, (200, 400, 1800, 460), "x"), (2, (0, 0, 10, 10), "y")]
    )
    assert other is None
    picture = decode(uri)
    assert picture.width == pages.MAX_PHOTO_WIDTH
    assert yellowish(picture.getpixel((500, picture.height // 2)))
