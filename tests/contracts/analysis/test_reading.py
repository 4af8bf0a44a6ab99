"""Reading the real dev corpus, DOCX and text: page counts, label quotes, boxes, OCR."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections import Counter
from functools import cache

import docx
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from contracts.analysis.model import Document, Limits, Page
from contracts.analysis.reading import read_document
from contracts.analysis.reading.scan import clean_scan
from tests.contracts.analysis import hostile
from tests.paths import DEV_CORPUS

LABELS = json.loads((DEV_CORPUS / "labels.json").read_text(encoding="utf-8"))
TEXT_PDFS = [d for d in LABELS if not d["scanned"]]
QUOTES = [(d["file"], f["page"], f["quote"]) for d in TEXT_PDFS for f in d["fees"]]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


@cache
def read(name: str) -> Document:
    return read_document(DEV_CORPUS / name)


def views(page: Page) -> list[str]:
    return [norm(" ".join(line.text for line in page.lines))] + [norm(b.text) for b in page.blocks]


@pytest.mark.parametrize("label", LABELS, ids=lambda d: d["file"])
def test_page_count(label: dict[str, object]) -> None:
    document = read(str(label["file"]))
    assert document.kind == "pdf"
    assert len(document.pages) == label["pages"]
    assert [p.number for p in document.pages] == list(range(1, len(document.pages) + 1))


QUOTE_IDS = [f"{q[0]}-{q[2][:20]}" for q in QUOTES]


@pytest.mark.parametrize(("name", "page", "quote"), QUOTES, ids=QUOTE_IDS)
def test_label_quote_is_contiguous_on_its_page(name: str, page: int, quote: str) -> None:
    wanted = norm(quote)
    assert any(wanted in view for view in views(read(name).pages[page - 1]))


def test_columns_are_not_interleaved() -> None:
    lines = [norm(line.text) for line in read("d03.pdf").pages[1].lines]
    start = next(i for i, t in enumerate(lines) if t.startswith("Airfare. Airfare from Guatemala"))
    assert lines[start + 1] == "worker and will not be reimbursed."


def test_table_cells_are_blocks() -> None:
    blocks = [norm(b.text) for b in read("d10.pdf").pages[0].blocks]
    assert "$16.05 per hour" in blocks
    assert "Pay / Pago" in blocks


def test_scanned_pdf_is_read_by_ocr() -> None:
    document = read("d08.pdf")
    assert all(page.ocr for page in document.pages)
    text = norm(" ".join(p.text for p in document.pages)).lower()
    for word in ("pasaporte", "reclutador", "trabajadora"):
        assert word in text
    assert not any(page.ocr for label in TEXT_PDFS for page in read(label["file"]).pages)


def test_scanned_gridded_table_rows_are_read() -> None:
    # d08's terms table is ruled; OCR used to drop its "Salario" and "Frecuencia de pago" rows.
    source = (DEV_CORPUS / "src" / "texts" / "d08.txt").read_text(encoding="utf-8")
    assert "18.44 dólares por hora" in source and "Cada dos semanas" in source
    page = read("d08.pdf").pages[0]
    text = norm(page.text).lower()
    for wanted in ("salario", "18.44 dólares por hora", "frecuencia de pago", "cada dos semanas"):
        assert wanted in text
    # Cells come back as blocks, as they do for text PDFs.
    blocks = [norm(b.text) for b in page.blocks]
    assert "18.44 dólares por hora" in blocks
    assert "Impuestos y seguro social de los Estados Unidos" in blocks


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", norm(text).casefold()))


def recall(reference: str, text: str) -> float:
    want, got = words(reference), words(text)
    return sum(min(n, got[w]) for w, n in want.items()) / sum(want.values())


@cache
def d04_picture() -> tuple[Image.Image, str]:
    """d04 page 1 (a gridded terms table) rendered at 200 dpi, and its text layer."""
    page = pdfium.PdfDocument(DEV_CORPUS / "d04.pdf")[0]
    picture = page.render(scale=200 / 72, grayscale=True).to_pil()
    return picture, page.get_textpage().get_text_range()


def test_rasterized_text_page_word_recall() -> None:
    picture, reference = d04_picture()
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    page = read_document(buffer.getvalue(), filename="scan.png").pages[0]
    assert recall(reference, page.text) >= 0.97
    assert len(page.blocks) >= 10  # the terms table's cells


def test_phone_photo_word_recall() -> None:
    # Tilted, unevenly lit, noisy: plain Tesseract read ~27% of these words.
    picture, reference = d04_picture()
    page = read_document(hostile.phone_photo(picture), filename="photo.jpg").pages[0]
    assert recall(reference, page.text) >= 0.9
    for line in page.lines:
        assert line.bbox is not None
        assert 0 <= line.bbox[0] <= line.bbox[2] <= picture.width
        assert 0 <= line.bbox[1] <= line.bbox[3] <= picture.height


def test_rulings_are_found_and_erased_on_a_tilted_grid() -> None:
    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    for y in (400, 500, 600):
        draw.line((200, y, 1500, y), fill=0, width=4)
    for x in (200, 700, 1500):
        draw.line((x, 400, x, 600), fill=0, width=4)
    font = ImageFont.load_default(size=40)
    draw.text((230, 430), "Salario", fill=0, font=font)
    draw.text((730, 430), "18.44 por hora", fill=0, font=font)
    scan = clean_scan(image.rotate(-1.5, fillcolor=255))
    assert abs(scan.angle - 1.5) <= 0.3
    assert len(scan.rulings.horizontal) == 3
    assert len(scan.rulings.vertical) == 3
    # Line pixels are painted over; the text stays.
    assert scan.image.crop((300, 495, 1400, 505)).getextrema()[0] > 200
    assert scan.image.crop((230, 430, 400, 480)).getextrema()[0] < 100


def test_multi_page_scan_keeps_page_order() -> None:
    pictures = []
    font = ImageFont.load_default(size=48)
    for word in ("primera", "segunda", "tercera"):
        picture = Image.new("L", (1275, 1650), 255)
        ImageDraw.Draw(picture).text((150, 300), f"Esta es la hoja {word}", fill=0, font=font)
        pictures.append(picture)
    buffer = io.BytesIO()
    pictures[0].save(buffer, format="PDF", save_all=True, append_images=pictures[1:])
    # Pages are OCRed side by side by default, one at a time under a tight memory cap.
    for limits in (Limits(), Limits(max_memory_mb=256)):
        document = read_document(buffer.getvalue(), filename="scan.pdf", limits=limits)
        assert [p.number for p in document.pages] == [1, 2, 3]
        assert all(p.ocr for p in document.pages)
        for page, word in zip(document.pages, ("primera", "segunda", "tercera"), strict=True):
            assert word in page.text.lower()


def test_ocr_can_be_turned_off() -> None:
    with pytest.raises(Exception) as error:
        read_document(DEV_CORPUS / "d08.pdf", limits=Limits(ocr=False))
    assert getattr(error.value, "code", None) == "no_text"


@pytest.mark.parametrize("label", LABELS, ids=lambda d: d["file"])
def test_boxes_lie_inside_the_page(label: dict[str, object]) -> None:
    for page in read(str(label["file"])).pages:
        assert page.width > 0 and page.height > 0
        for line in page.lines + page.blocks:
            assert line.bbox is not None
            x0, top, x1, bottom = line.bbox
            assert -1 <= x0 <= x1 <= page.width + 1
            assert -1 <= top <= bottom <= page.height + 1


def test_running_header_and_footer_are_dropped() -> None:
    # d07 repeats "Stonegate Quarry | Clearance order ..." and "... p. N/3" on every page.
    for page in read("d07.pdf").pages:
        assert not any("Clearance order TN-2026-52031" in line.text for line in page.lines[:2])
        assert not any(re.search(r"p\. \d/3$", line.text) for line in page.lines)
    assert any("Stonegate Quarry" in line.text for p in read("d07.pdf").pages for line in p.lines)


def test_docx_paragraphs_and_cells(tmp_path: object) -> None:
    document = docx.Document()
    document.add_paragraph("Employment contract between Acme Farms LLC and the worker.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Wage"
    table.cell(0, 1).text = "The worker pays a recruitment fee of $500 to the agency."
    table.cell(1, 0).text = "Hours"
    table.cell(1, 1).text = "40 hours per week"
    buffer = io.BytesIO()
    document.save(buffer)
    result = read_document(buffer.getvalue(), filename="contract.docx")
    assert result.kind == "docx"
    assert len(result.pages) == 1
    texts = [line.text for line in result.pages[0].lines]
    assert texts[0].startswith("Employment contract")
    assert "The worker pays a recruitment fee of $500 to the agency." in texts
    assert "40 hours per week" in [b.text for b in result.pages[0].blocks]


def test_pasted_text_and_form_feeds() -> None:
    result = read_document("First page line\n\n  second line \fPage two")
    assert result.kind == "text"
    assert [p.text for p in result.pages] == ["First page line\nsecond line", "Page two"]


def test_text_file_bytes_in_latin1() -> None:
    result = read_document("Año de contratación: 2026".encode("cp1252"), filename="x.txt")
    assert result.pages[0].lines[0].text == "Año de contratación: 2026"


def test_photo_is_ocred() -> None:
    image = Image.new("L", (1400, 300), 255)
    font = ImageFont.load_default(size=48)
    ImageDraw.Draw(image).text((40, 100), "El reclutador retiene el pasaporte", fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    result = read_document(buffer.getvalue(), filename="photo.jpg")
    assert result.kind == "image"
    assert result.pages[0].ocr
    assert "pasaporte" in result.pages[0].text.lower()


def _letter_page() -> FPDF:
    """A blank Letter page in points, with a 9-point DejaVu Sans font set."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=9)
    return pdf


def _side_by_side(offset: float, ruled: bool) -> bytes:
    """A bilingual page: English left, Spanish right, the right lines `offset` points lower."""
    pdf = _letter_page()
    english = [
        "Housing is provided free of rent at the camp, and a",
        "utility fee of $25 per week is deducted for the gas",
        "and the water used in the housing by each worker.",
    ]
    spanish = [
        "La vivienda es gratuita en el campamento, y se cobra",
        "una cuota de servicios de $25 por semana por el gas",
        "y el agua que usa cada trabajador en la vivienda.",
    ]
    for i, (en, es) in enumerate(zip(english, spanish, strict=True)):
        pdf.text(50, 100 + 11 * i, en)
        pdf.text(310, 100 + offset + 11 * i, es)
    if ruled:
        pdf.line(305, 85, 305, 150)
        pdf.line(45, 85, 560, 85)
        pdf.line(45, 150, 560, 150)
    return bytes(pdf.output())


@pytest.mark.parametrize("ruled", [False, True])
def test_offset_side_by_side_columns_are_read_one_after_the_other(ruled: bool) -> None:
    text = " ".join(line.text for line in read_document(_side_by_side(5.5, ruled)).pages[0].lines)
    assert "utility fee of $25 per week is deducted for the gas and the water" in text
    assert "una cuota de servicios de $25 por semana por el gas y el agua" in text


def test_the_table_around_a_photographed_sheet_is_painted_white() -> None:
    picture, _ = d04_picture()
    sheet = picture.convert("L").rotate(2.5, expand=True, fillcolor=70)
    table = Image.new("L", (sheet.width + 300, sheet.height + 300), 70)
    table.paste(sheet, (150, 150))
    scan = clean_scan(table)
    cleaned = scan.image
    assert abs(scan.angle + 2.5) < 0.5  # the dark table no longer hides the sheet's slant
    assert cleaned.getpixel((20, 20)) == 255  # the table's corner
    assert cleaned.getpixel((table.width // 2, 60)) == 255  # the table above the sheet
    # A page with a shadow, but no table around it, keeps its shadow for the lighting step.
    assert clean_scan(picture.convert("L")).image.size == picture.size


def test_a_right_column_line_set_a_little_left_still_belongs_to_that_column() -> None:
    pdf = _letter_page()
    left = [
        "A. Wages. The resort pays at least the highest of",
        "the offered wage, the prevailing wage or the local",
        "minimum wage in force while the work is done.",
        "B. Trip home. A worker who completes the season",
        "receives paid transportation back to the place",
        "of recruitment, with daily subsistence.",
    ]
    right = [
        "C. Documents. Your passport stays with you.",
        "D. Leaving the job. You may resign at any time. No",
        "penalty, fee or forfeiture of earned wages applies;",
        "a worker who resigns early only loses the trip",
        "home and the guarantee for the time not worked.",
        "E. Meals. One free staff meal is served each shift.",
    ]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.text(50, 100 + 11 * i, a)
        # Set 1.8 points left of the others, as justified or hand-placed lines can be.
        pdf.text(309.4 if i == 1 else 311.2, 104 + 11 * i, b)
    text = " ".join(line.text for line in read_document(bytes(pdf.output())).pages[0].lines)
    assert "may resign at any time. No penalty, fee or forfeiture" in text
