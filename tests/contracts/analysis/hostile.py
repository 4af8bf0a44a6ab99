"""Builders of hostile input files for the bad-input tests (all made on the fly)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from fpdf import FPDF
from PIL import Image, ImageChops, ImageFilter


def encrypted_pdf() -> bytes:
    """A one-page PDF that needs the user password "secret" to open."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="The worker pays a recruitment fee of $500.")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def pdf_with_stream(stream: bytes, length_hint: int = 0) -> bytes:
    """A hand-made one-page PDF whose content stream is the given Flate data."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode /DL %d >>\nstream\n" % (len(stream), length_hint)
        + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def flate_bomb_pdf(megabytes: int) -> bytes:
    """A PDF whose page content inflates to `megabytes` MB of text operators."""
    packer = zlib.compressobj(9)
    chunk = b"BT /F1 12 Tf 72 720 Td (A) Tj ET\n" * (1024 * 1024 // 34)
    body = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return pdf_with_stream(body, megabytes * 1024 * 1024)


def png_bomb(width: int, height: int) -> bytes:
    """A tiny PNG declaring gigantic dimensions (all-zero 1-bit rows)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    pixels = b"".join(packer.compress(row) for _ in range(min(height, 2000))) + packer.flush()
    body = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def zip_file(members: dict[str, bytes]) -> bytes:
    """A deflated ZIP archive with the given member names and contents."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_zip_bomb() -> bytes:
    """A "DOCX" whose document.xml inflates from kilobytes to 200 MB."""
    return zip_file({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * 200_000_000})


def docx_with_traversal() -> bytes:
    """A "DOCX" with a member that would escape the extraction folder."""
    return zip_file({"word/document.xml": b"<w:document/>", "../../etc/cron.d/evil": b"x"})


def phone_photo(image: Image.Image) -> bytes:
    """A page picture made to look like a phone photo: tilted, unevenly lit, blurred, noisy JPEG."""
    gray = image.convert("L").rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=235)
    light = Image.linear_gradient("L").rotate(90).resize(gray.size).point(lambda v: 150 + v // 3)
    shaded = ImageChops.multiply(gray, light).filter(ImageFilter.GaussianBlur(1.0))
    noise = Image.effect_noise(gray.size, 24).point(lambda v: v - 128 if v > 128 else 0)
    buffer = io.BytesIO()
    ImageChops.subtract(shaded, noise).save(buffer, format="JPEG", quality=60)
    return buffer.getvalue()
