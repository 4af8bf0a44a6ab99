"""Build the blind labelled batch heldout_g (12 H-2A documents) into OUT_DIR.

Usage: .venv/bin/python tests/contracts/analysis/heldout_g/build.py OUT_DIR
Writes g01.pdf ... g12.pdf and labels.json, and verifies every labelled fee quote
(whitespace-normalised) against the text of its labelled page with pdfplumber.
"""

import io
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from gdocs_a import g01, g02, g03, g04, g05, g06
from gdocs_b import g07, g08, g09, g10, g11, g12
from glib import FIXED_DATE
from PIL import Image, ImageFilter

DOCS = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12]


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf_bytes, halves):
    """For each page: its full text, plus the texts of its left and right halves
    for the pages listed in halves (side-by-side or two-column layouts)."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            w = page.width
            parts = [page.extract_text() or ""]
            if n in halves:
                for box in ((0, 0, w / 2, page.height), (w / 2, 0, w, page.height)):
                    parts.append(page.crop(box).extract_text() or "")
            out.append([norm(p) for p in parts])
    return out


def verify(pdf_bytes, lab):
    quotes = [(norm(f["quote"]), f["page"]) for f in lab["fees"]]
    texts = page_texts(pdf_bytes, set())
    missing = {p for q, p in quotes if p <= len(texts) and q not in texts[p - 1][0]}
    if missing:
        texts = page_texts(pdf_bytes, missing)
    errors = []
    if len(texts) != lab["pages"]:
        errors.append("%s: %d pages, labelled %d" % (lab["file"], len(texts), lab["pages"]))
    for q, p in quotes:
        if p > len(texts) or not any(q in t for t in texts[p - 1]):
            where = [i + 1 for i, ts in enumerate(texts) if any(q in t for t in ts)]
            errors.append("%s: quote not on page %d (found on %s): %s" % (lab["file"], p, where, q))
    return errors


def scan(pdf_bytes, seed, dpi=200):
    """Rasterise each page, add mild skew/noise/blur, return an image-only PDF."""
    rnd = random.Random(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt", format="letter")
    out.set_creation_date(FIXED_DATE)
    out.set_producer("heldout_g scanner")
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(
            rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255
        )
        img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
        px = img.load()
        width, height = img.size
        for _ in range(width * height // 60):
            x = rnd.randrange(width)
            y = rnd.randrange(height)
            v = px[x, y]
            px[x, y] = max(0, min(255, v + rnd.randint(-70, 40)))
        # faint grey tone of a photocopy
        img = img.point(lambda v: int(18 + v * 0.9))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page(format=(w_pt, h_pt))
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    src.close()
    return bytes(out.output())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT_DIR")
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    errors = []
    for n, make in enumerate(DOCS, start=1):
        doc, lab = make()
        pdf_bytes = bytes(doc.output())
        errors += verify(pdf_bytes, lab)
        if lab["scanned"]:
            pdf_bytes = scan(pdf_bytes, seed=1000 + n)
            with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
                if len(pdf.pages) != lab["pages"]:
                    errors.append("%s: scanned page count differs" % lab["file"])
                if any((p.extract_text() or "").strip() for p in pdf.pages):
                    errors.append("%s: scanned PDF still has a text layer" % lab["file"])
        (out_dir / lab["file"]).write_bytes(pdf_bytes)
        labels.append(lab)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit("verification failed: %d error(s)" % len(errors))
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out_dir / "labels.json").write_text(text, encoding="utf-8")
    committed = HERE / "labels.json"
    if committed.exists() and committed.read_text(encoding="utf-8") != text:
        print("WARNING: committed labels.json differs from the built one", file=sys.stderr)
    n_fees = sum(len(lab["fees"]) for lab in labels)
    print("built %d documents, %d fee quotes, into %s" % (len(labels), n_fees, out_dir))


if __name__ == "__main__":
    main()
