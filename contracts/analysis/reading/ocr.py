"""Tesseract OCR of rendered pages and photos, keeping one box per text line."""
from __future__ import annotations

import os
from typing import Any

import pytesseract
from PIL import Image

from contracts.analysis.model import Line

LANGS = "eng+spa"
DPI = 300
_MIN_CONFIDENCE = 30.0  # below this a "word" is usually speckle or a table border


def ocr_lines(image: Image.Image, scale: float = 1.0) -> tuple[Line, ...]:
    """OCR lines in reading order; pixel boxes are multiplied by `scale` (to points)."""
    # OpenMP threads fight each other on small servers: one thread is twice as fast here.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data: dict[str, list[Any]] = pytesseract.image_to_data(
        image, lang=LANGS, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][i]) >= _MIN_CONFIDENCE:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            groups.setdefault(key, []).append(i)
    lines = []
    for idx in groups.values():
        x0 = min(data["left"][i] for i in idx)
        top = min(data["top"][i] for i in idx)
        x1 = max(data["left"][i] + data["width"][i] for i in idx)
        bottom = max(data["top"][i] + data["height"][i] for i in idx)
        text = " ".join(data["text"][i] for i in idx)
        lines.append(Line(text, (x0 * scale, top * scale, x1 * scale, bottom * scale)))
    return tuple(lines)
