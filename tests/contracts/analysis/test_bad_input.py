"""Every kind of bad input ends in UnreadableDocument(code) within bounded time and memory."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from contracts.analysis.model import Limits, UnreadableDocument
from contracts.analysis.reading import read_document
from tests.contracts.analysis import hostile
from tests.paths import DEV_CORPUS

D01 = DEV_CORPUS / "d01.pdf"
TIGHT = Limits(timeout_seconds=20, max_memory_mb=256)


def code_of(source: bytes | str | Path, limits: Limits = TIGHT, bound: float = 25.0) -> str:
    start = time.monotonic()
    with pytest.raises(UnreadableDocument) as error:
        read_document(source, filename="upload.pdf", limits=limits)
    assert time.monotonic() - start < bound
    assert error.value.message and "\n" not in error.value.message
    return error.value.code


def test_truncated_pdf() -> None:
    assert code_of(D01.read_bytes()[:3000]) == "broken"


def test_garbage_after_pdf_magic() -> None:
    assert code_of(b"%PDF-1.7\n" + bytes(range(256)) * 40) == "broken"


def test_encrypted_pdf() -> None:
    assert code_of(hostile.encrypted_pdf()) == "encrypted"


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert code_of(empty) == "empty"
    assert code_of(b"") == "empty"


def test_too_large() -> None:
    assert code_of(D01, Limits(max_bytes=10_000)) == "too_large"
    assert code_of(D01.read_bytes(), Limits(max_bytes=10_000)) == "too_large"


def test_too_many_pages() -> None:
    assert code_of(D01, Limits(max_pages=2)) == "too_many_pages"


def test_pdf_decompression_bomb() -> None:
    # 600 MB of page content from a few hundred kilobytes, read with a 256 MB cap.
    bomb = hostile.flate_bomb_pdf(600)
    assert len(bomb) < 2_000_000
    limits = Limits(timeout_seconds=10, max_memory_mb=256)
    assert code_of(bomb, limits) in {"too_complex", "timeout"}


def test_image_bomb() -> None:
    assert code_of(hostile.png_bomb(200_000, 200_000)) == "too_complex"


def test_pdf_that_is_a_zip() -> None:
    assert code_of(hostile.zip_file({"readme.txt": b"hello"})) == "unsupported_type"


def test_pdf_that_is_html() -> None:
    page = b"<!DOCTYPE html><html><body>Contract</body></html>"
    assert code_of(page) == "unsupported_type"


def test_binary_junk() -> None:
    assert code_of(bytes(range(256)) * 10) == "unsupported_type"


def test_docx_zip_bomb() -> None:
    assert code_of(hostile.docx_zip_bomb()) == "too_complex"


def test_zip_with_path_traversal() -> None:
    assert code_of(hostile.docx_with_traversal()) == "broken"


def test_image_with_nothing_readable() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(buffer, format="PNG")
    assert code_of(buffer.getvalue()) == "no_text"


def test_blank_text() -> None:
    assert code_of("  \n\f \n") == "no_text"


def test_timeout_kills_the_reader() -> None:
    # OCR of the scanned d08 takes seconds; a half-second budget must stop it.
    assert code_of(DEV_CORPUS / "d08.pdf", Limits(timeout_seconds=0.5), bound=3) == "timeout"
