"""What a file really is, from its first bytes and (for ZIPs) its member names."""

from __future__ import annotations

import io
import zipfile

from contracts.analysis.model import Limits, UnreadableDocument

_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_MAX_ZIP_RATIO = 100  # real DOCX parts compress about 5-10x; far beyond that is a bomb


def sniff(data: bytes, limits: Limits) -> str:
    """Return "pdf", "docx", "image" or "text", or raise for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        check_docx_zip(data, limits)
        return "docx"
    if data.startswith(_IMAGES):
        return "image"
    if _is_plain_text(data):
        return "text"
    message = "Only PDF, Word (DOCX), image and text files are supported."
    raise UnreadableDocument("unsupported_type", message)


def check_docx_zip(data: bytes, limits: Limits) -> None:
    """Refuse ZIPs that are not DOCX, escape their folder, or inflate enormously."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument("broken", "The file is a damaged archive.") from exc
    names = [m.filename for m in members]
    if any(n.startswith(("/", "\\")) or ".." in n.replace("\\", "/").split("/") for n in names):
        raise UnreadableDocument("broken", "The archive holds unsafe file names.")
    if "word/document.xml" not in names:
        raise UnreadableDocument("unsupported_type", "The archive is not a Word (DOCX) document.")
    total = sum(m.file_size for m in members)
    if total > limits.max_bytes * 10 or total > max(len(data), 1) * _MAX_ZIP_RATIO:
        raise UnreadableDocument("too_complex", "The document expands to an unreasonable size.")


def _is_plain_text(data: bytes) -> bool:
    """UTF-8 (or Latin-1 looking) text without binary bytes and not a web page."""
    head = data[:4096]
    if b"\x00" in head:
        return False
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<svg")) or b"<html" in lowered:
        return False
    controls = sum(b < 9 or 13 < b < 32 for b in head if b != 12)
    return controls == 0
