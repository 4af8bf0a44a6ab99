#!/usr/bin/env python3
"""heldout_cw: blind held-out batch of informal recruitment documents.

Usage:
    python build.py OUT_DIR [--write-labels]

Writes cw01.pdf ... cw12.pdf and labels.json into OUT_DIR (deterministic: fixed creation
date, fixed seeds), reopens every PDF with pdfplumber and checks page counts, fee quotes on
their labelled pages, recruiter names, term evidence, the scanned page and the batch mix,
then compares the generated labels with the committed labels.json next to this file.
Exit status 1 on any failed check or difference. --write-labels rewrites the committed
labels.json from the generated one (the checks still run).

Self-contained: needs fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts in
/usr/share/fonts/truetype/dejavu/. Every firm, agency, person, address and phone number
is invented.
"""

import datetime
import io
import json
import math
import os
import random
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CREATED = datetime.datetime(2026, 2, 24, 10, 30, 0, tzinfo=datetime.UTC)
LETTER = (612, 792)
A4 = (595.28, 841.89)
PHONE = (360, 740)

# --------------------------------------------------------------------------------------
# Taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
CATEGORIES = [
    "recruitment_fee",
    "visa_cost",
    "travel_cost",
    "medical_cost",
    "insurance_cost",
    "training_cost",
    "equipment_charge",
    "housing_charge",
    "deposit_or_bond",
    "breach_penalty",
    "debt_bondage",
    "document_retention",
    "blacklisting_threat",
    "movement_restriction",
    "wage_withholding",
    "damage_chargeback",
    "meal_charge",
]
TERM_ORDER = [
    "employer_identity",
    "worker_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
    "wage_adjustment",
    "overtime",
    "pay_frequency",
    "deductions",
    "three_fourths_guarantee",
    "housing",
    "meals",
    "inbound_transportation",
    "return_transportation",
    "daily_transportation",
    "visa_reimbursement",
    "tools_provided",
    "workers_compensation",
    "earnings_statements",
    "termination",
    "contract_impossibility",
    "job_requirements",
]
_REQ = {
    # term: (h2a, h2b, generic)
    "employer_identity": (1, 1, 1),
    "worker_identity": (0, 0, 1),
    "job_duties": (1, 1, 1),
    "work_location": (1, 1, 1),
    "employment_period": (1, 1, 1),
    "hours_of_work": (1, 1, 1),
    "wage_rate": (1, 1, 1),
    "wage_adjustment": (1, 1, 0),
    "overtime": (0, 1, 0),
    "pay_frequency": (1, 1, 1),
    "deductions": (1, 1, 1),
    "three_fourths_guarantee": (1, 1, 0),
    "housing": (1, 0, 0),
    "meals": (1, 0, 0),
    "inbound_transportation": (1, 1, 0),
    "return_transportation": (1, 1, 1),
    "daily_transportation": (1, 0, 0),
    "visa_reimbursement": (0, 1, 0),
    "tools_provided": (1, 1, 0),
    "workers_compensation": (1, 0, 0),
    "earnings_statements": (1, 1, 0),
    "termination": (1, 1, 1),
    "contract_impossibility": (1, 1, 0),
    "job_requirements": (1, 1, 0),
}
REQUIRED = {
    prog: [t for t in TERM_ORDER if _REQ[t][i]] for i, prog in enumerate(("h2a", "h2b", "generic"))
}


def severity(category, program, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join(str(s).split())


# --------------------------------------------------------------------------------------
# Document wrapper around fpdf2
# --------------------------------------------------------------------------------------
FONTS = {
    "sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}
HAND_BLUE = (28, 48, 125)
INK = (25, 25, 25)


class Doc:
    def __init__(
        self, file, program, language, doc_type, layout, fmt=LETTER, corridor="", summary=""
    ):
        self.file, self.program, self.language = file, program, language
        self.doc_type, self.layout, self.corridor, self.summary = (
            doc_type,
            layout,
            corridor,
            summary,
        )
        self.fmt = fmt
        pdf = FPDF(unit="pt", format=fmt)
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(CREATED)
        pdf.set_margins(0, 0, 0)
        for fam, files in FONTS.items():
            for style, fn in zip(("", "B", "I", "BI"), files):
                pdf.add_font(fam, style, os.path.join(FONT_DIR, fn))
        # handwriting look-alike: serif italic, registered as its own family
        pdf.add_font("hand", "", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        pdf.add_font("hand", "B", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
        pdf.add_font("handc", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
        self.pdf = pdf
        self.W, self.H = fmt
        self.fees = []
        self.terms = {}
        self.recruiters = []
        self.traps = []
        self.scanned_pages = []
        self.crops = {}
        self.y = 0

    # ---- label helpers -----------------------------------------------------------
    def F(self, category, quote, amount=None, currency=None, passport_only=False, group=None):
        assert category in CATEGORIES, category
        self.fees.append(
            dict(
                category=category,
                quote=norm(quote),
                amount=amount,
                currency=currency,
                passport_only=passport_only,
                group=group,
                page=None,
            )
        )
        return quote

    def T(self, term, evidence):
        assert term in TERM_ORDER, term
        assert term not in self.terms, (self.file, term)
        self.terms[term] = norm(evidence)
        return evidence

    def resolve(self, text):
        n = norm(text)
        for f in self.fees:
            if f["page"] is None and f["quote"] in n:
                f["page"] = self.pdf.page_no()

    # ---- drawing helpers -----------------------------------------------------------
    def font(self, fam="sans", style="", size=10, color=INK):
        self.pdf.set_font(fam, style, size)
        self.pdf.set_text_color(*color)

    def fill(self, rgb):
        self.pdf.set_fill_color(*rgb)

    def draw(self, rgb, lw=0.6):
        self.pdf.set_draw_color(*rgb)
        self.pdf.set_line_width(lw)

    def wrap(self, text, w):
        out = []
        for para in text.split("\n"):
            if not para.strip():
                out.append("")
                continue
            out.extend(self.pdf.multi_cell(w, 10, para, dry_run=True, output="LINES"))
        return out

    def tw(self, s):
        return self.pdf.get_string_width(s)

    def block(self, x, y, w, text, lh, align="L"):
        """Write wrapped text at (x, y) (top of first line); return the y below it."""
        self.resolve(text)
        for line in self.wrap(text, w):
            self.pdf.set_xy(x, y)
            self.pdf.cell(w, lh, line, align=align)
            y += lh
        return y

    def height(self, text, w, lh):
        return len(self.wrap(text, w)) * lh

    def put(self, x, y, s, w=None, h=None, align="L"):
        self.resolve(s)
        self.pdf.set_xy(x, y)
        self.pdf.cell(
            w if w is not None else self.tw(s) + 1, h or self.pdf.font_size * 1.25, s, align=align
        )

    def checkbox(self, x, y, size=8, checked=False):
        self.draw((40, 40, 40), 0.7)
        self.pdf.rect(x, y, size, size)
        if checked:
            self.draw(HAND_BLUE, 1.2)
            self.pdf.line(x + 1.2, y + 1.2, x + size - 1.2, y + size - 1.2)
            self.pdf.line(x + size - 1.2, y + 1.2, x + 1.2, y + size - 1.2)

    def scanned_page(self, img_bytes):
        self.pdf.add_page()
        self.pdf.image(io.BytesIO(img_bytes), x=0, y=0, w=self.W, h=self.H)
        self.scanned_pages.append(self.pdf.page_no())

    def save(self, out_dir):
        unresolved = [f["quote"] for f in self.fees if f["page"] is None]
        assert not unresolved, (self.file, unresolved)
        data = bytes(self.pdf.output())
        with open(os.path.join(out_dir, self.file), "wb") as fh:
            fh.write(data)
        return data

    def label(self):
        fees = []
        for f in self.fees:
            d = {
                "category": f["category"],
                "severity": severity(f["category"], self.program, f["passport_only"]),
                "page": f["page"],
                "amount": None if f["amount"] is None else float(f["amount"]),
                "currency": f["currency"],
                "quote": f["quote"],
            }
            if f["group"] is not None:
                d["group"] = f["group"]
            fees.append(d)
        missing = [t for t in REQUIRED[self.program] if t not in self.terms]
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scanned_pages),
            "pages": self.pdf.pages_count,
            "fees": fees,
            "missing_terms": missing,
            "recruiters": list(self.recruiters),
            "traps": list(self.traps),
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


# --------------------------------------------------------------------------------------
# Chat screenshots (WhatsApp, Messenger, SMS)
# --------------------------------------------------------------------------------------
CHAT_STYLES = {
    "wa": dict(
        bg=(236, 229, 221),
        bar=(7, 94, 84),
        bar_fg=(255, 255, 255),
        sub_fg=(205, 230, 225),
        out=(217, 246, 196),
        out_fg=INK,
        inn=(255, 255, 255),
        inn_fg=INK,
        time=(120, 120, 120),
        chip=(214, 234, 245),
        chip_fg=(70, 80, 90),
        times="inside",
        font="sans",
        size=9.6,
    ),
    "msgr": dict(
        bg=(255, 255, 255),
        bar=(255, 255, 255),
        bar_fg=(10, 10, 10),
        sub_fg=(100, 100, 100),
        out=(10, 124, 255),
        out_fg=(255, 255, 255),
        inn=(233, 234, 238),
        inn_fg=INK,
        time=(140, 140, 140),
        chip=None,
        chip_fg=(130, 130, 130),
        times="chips",
        font="sans",
        size=9.6,
    ),
    "sms": dict(
        bg=(255, 255, 255),
        bar=(246, 246, 248),
        bar_fg=(10, 10, 10),
        sub_fg=(120, 120, 120),
        out=(52, 120, 246),
        out_fg=(255, 255, 255),
        inn=(229, 229, 234),
        inn_fg=INK,
        time=(140, 140, 140),
        chip=None,
        chip_fg=(130, 130, 130),
        times="chips",
        font="cond",
        size=10.2,
    ),
}


class Chat:
    def __init__(self, doc, style, title, subtitle, group=False):
        self.d = doc
        self.s = CHAT_STYLES[style]
        self.style = style
        self.title, self.subtitle = title, subtitle
        self.group = group
        self.shot = 0
        self.new_page()

    def new_page(self):
        d, s = self.d, self.s
        d.pdf.add_page()
        self.shot += 1
        d.fill(s["bg"])
        d.pdf.rect(0, 0, d.W, d.H, style="F")
        # status bar
        d.fill(s["bar"] if self.style == "wa" else (250, 250, 250))
        d.pdf.rect(0, 0, d.W, 18, style="F")
        d.font("sans", "", 7, s["bar_fg"] if self.style == "wa" else (60, 60, 60))
        d.pdf.text(12, 12, "9:4%d" % (self.shot + 1))
        # title bar
        d.fill(s["bar"])
        d.pdf.rect(0, 18, d.W, 44, style="F")
        if self.style != "wa":
            d.draw((215, 215, 220), 0.5)
            d.pdf.line(0, 62, d.W, 62)
        d.fill((190, 196, 204) if self.style != "wa" else (160, 200, 190))
        d.pdf.ellipse(26, 26, 28, 28, style="F")
        d.font("sans", "B", 7.5, (255, 255, 255))
        initials = "".join(w[0] for w in re.findall(r"[A-ZÁÉÍÓÚ][\w']+", self.title)[:2])
        d.pdf.set_xy(26, 35)
        d.pdf.cell(28, 10, initials, align="C")
        # back chevron drawn as lines
        d.draw(s["bar_fg"], 1.4)
        d.pdf.line(16, 34, 11, 40)
        d.pdf.line(11, 40, 16, 46)
        d.font("sans", "B", 10.5, s["bar_fg"])
        d.pdf.text(62, 38, self.title)
        d.font("sans", "", 7.5, s["sub_fg"])
        d.pdf.text(62, 51, self.subtitle)
        self.y = 74

    def ensure(self, h):
        if self.y + h > self.d.H - 22:
            self.new_page()

    def chip(self, text):
        d, s = self.d, self.s
        d.font("sans", "B" if self.style == "wa" else "", 7.4, s["chip_fg"])
        w = d.tw(text) + 16
        self.ensure(24)
        if s["chip"]:
            d.fill(s["chip"])
            d.pdf.rect((d.W - w) / 2, self.y, w, 15, style="F", round_corners=True, corner_radius=5)
        d.pdf.set_xy((d.W - w) / 2, self.y + 2.5)
        d.pdf.cell(w, 10, text, align="C")
        self.y += 23

    def system(self, text):
        d = self.d
        d.font("sans", "", 7.4, (95, 90, 70))
        lines = d.wrap(text, d.W * 0.7)
        w = max(d.tw(l) for l in lines) + 16
        h = len(lines) * 10 + 8
        self.ensure(h + 8)
        d.fill((252, 244, 196) if self.style == "wa" else (245, 245, 245))
        d.pdf.rect((d.W - w) / 2, self.y, w, h, style="F", round_corners=True, corner_radius=5)
        yy = self.y + 4
        for l in lines:
            d.pdf.set_xy((d.W - w) / 2, yy)
            d.pdf.cell(w, 10, l, align="C")
            yy += 10
        self.y += h + 8

    def msg(
        self,
        side,
        text,
        time="",
        sender=None,
        sender_color=(200, 80, 40),
        fwd=False,
        reply=None,
        bold_first=False,
    ):
        d, s = self.d, self.s
        out = side == "R"
        size = s["size"]
        lh = size * 1.32
        maxw = d.W * 0.74
        d.font(s["font"], "", size)
        lines = d.wrap(text, maxw - 18)
        wmax = max([d.tw(l) for l in lines] + [10])
        extra = 0
        if sender:
            d.font("sans", "B", 8)
            wmax = max(wmax, d.tw(sender))
            extra += 12
        if fwd:
            extra += 11
            wmax = max(wmax, 60)
        if reply:
            d.font("sans", "", 7.6)
            rl = d.wrap(reply[1], maxw - 30)[:2]
            wmax = max(wmax, max(d.tw(l) for l in rl) + 12, d.tw(reply[0]) + 12)
            extra += 14 + 10 * len(rl)
        show_time = s["times"] == "inside" and time
        if show_time:
            d.font("sans", "", 6.8)
            wmax = max(wmax, d.tw(time) + 14)
        bw = wmax + 18
        bh = 7 + extra + len(lines) * lh + (11 if show_time else 0) + 6
        self.ensure(bh + 6)
        x = d.W - 12 - bw if out else 12
        d.fill(s["out"] if out else s["inn"])
        d.pdf.rect(
            x,
            self.y,
            bw,
            bh,
            style="F",
            round_corners=True,
            corner_radius=9 if self.style != "wa" else 6,
        )
        yy = self.y + 6
        if sender:
            d.font("sans", "B", 8, sender_color)
            d.pdf.set_xy(x + 9, yy)
            d.pdf.cell(bw - 18, 10, sender)
            yy += 12
        if fwd:
            d.font("sans", "I", 7.4, (120, 120, 120))
            d.pdf.set_xy(x + 9, yy)
            d.pdf.cell(bw - 18, 9, "Reenviado" if d.language != "en" else "Forwarded")
            yy += 11
        if reply:
            d.fill((200, 232, 180) if out else (240, 240, 240))
            rh = 12 + 10 * len(rl)
            d.pdf.rect(x + 6, yy, bw - 12, rh, style="F", round_corners=True, corner_radius=3)
            d.fill((53, 151, 120))
            d.pdf.rect(x + 6, yy, 2.5, rh, style="F")
            d.font("sans", "B", 7.4, (53, 151, 120))
            d.pdf.text(x + 13, yy + 9, reply[0])
            d.font("sans", "", 7.6, (90, 90, 90))
            for i, l in enumerate(rl):
                d.pdf.text(x + 13, yy + 19 + 10 * i, l)
            yy += rh + 2
        d.resolve(text)
        d.font(s["font"], "", size, s["out_fg"] if out else s["inn_fg"])
        for i, l in enumerate(lines):
            if bold_first and i == 0:
                d.font(s["font"], "B", size, s["out_fg"] if out else s["inn_fg"])
            elif bold_first and i == 1:
                d.font(s["font"], "", size, s["out_fg"] if out else s["inn_fg"])
            d.pdf.set_xy(x + 9, yy)
            d.pdf.cell(bw - 18, lh, l)
            yy += lh
        if show_time:
            d.font("sans", "", 6.8, s["time"])
            d.pdf.set_xy(x + 9, yy + 1)
            d.pdf.cell(bw - 18, 8, time, align="R")
        self.y += bh + 5

    def voice(self, side, dur, time="", sender=None, sender_color=(200, 80, 40), seed=1):
        d, s = self.d, self.s
        out = side == "R"
        bw, bh = 196, 40 + (12 if sender else 0)
        self.ensure(bh + 6)
        x = d.W - 12 - bw if out else 12
        d.fill(s["out"] if out else s["inn"])
        d.pdf.rect(x, self.y, bw, bh, style="F", round_corners=True, corner_radius=6)
        yy = self.y + 5
        if sender:
            d.font("sans", "B", 8, sender_color)
            d.pdf.set_xy(x + 9, yy)
            d.pdf.cell(bw - 18, 10, sender)
            yy += 12
        d.fill((90, 100, 110))
        d.pdf.polygon([(x + 12, yy + 5), (x + 12, yy + 19), (x + 24, yy + 12)], style="F")
        rng = random.Random(seed)
        d.fill((140, 150, 160))
        for i in range(34):
            h = rng.uniform(2, 14)
            d.pdf.rect(x + 34 + i * 4, yy + 12 - h / 2, 2.2, h, style="F")
        d.font("sans", "", 6.8, s["time"])
        d.pdf.set_xy(x + 34, yy + 21)
        d.pdf.cell(40, 8, dur)
        if time:
            d.pdf.set_xy(x + bw - 60, yy + 21)
            d.pdf.cell(50, 8, time, align="R")
        self.y += bh + 5

    def photo(self, side, label, time=""):
        d, s = self.d, self.s
        out = side == "R"
        bw, bh = 170, 104
        self.ensure(bh + 6)
        x = d.W - 12 - bw if out else 12
        d.fill(s["out"] if out else s["inn"])
        d.pdf.rect(x, self.y, bw, bh, style="F", round_corners=True, corner_radius=6)
        d.fill((196, 200, 204))
        d.pdf.rect(x + 4, self.y + 4, bw - 8, bh - 22, style="F")
        d.draw((150, 155, 160), 1)
        d.pdf.line(x + 20, self.y + 70, x + 60, self.y + 40)
        d.pdf.line(x + 60, self.y + 40, x + 90, self.y + 62)
        d.pdf.line(x + 90, self.y + 62, x + 120, self.y + 30)
        d.font("sans", "", 6.8, s["time"])
        d.pdf.set_xy(x + 8, self.y + bh - 16)
        d.pdf.cell(bw - 16, 10, label + ("   " + time if time else ""))
        self.y += bh + 5


# --------------------------------------------------------------------------------------
# Scanned-page simulation (Pillow): text -> image, rotation, blur, noise
# --------------------------------------------------------------------------------------
def render_scan(lines, dpi=220, seed=7, rotate=0.7):
    """lines: list of (kind, text) drawn top-down on a Letter page; returns JPEG bytes."""
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt * dpi / 72.0))

    f_print = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), px(10))
    f_bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), px(13))
    f_hand = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"), px(12.5))
    f_small = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), px(8))
    rng = random.Random(seed)
    y = px(70)
    left = px(72)
    for kind, text in lines:
        if kind == "title":
            w = dr.textlength(text, font=f_bold)
            dr.text(((W - w) / 2, y), text, font=f_bold, fill=30)
            y += px(30)
        elif kind == "print":
            dr.text((left, y), text, font=f_print, fill=40)
            y += px(17)
        elif kind == "small":
            dr.text((left, y), text, font=f_small, fill=70)
            y += px(13)
        elif kind == "rule":
            y += px(6)
        elif kind == "hand":
            # handwriting on a ruled line, word-by-word jitter
            x = left + px(6)
            dr.line((left, y + px(17), W - left, y + px(17)), fill=150, width=2)
            for word in text.split(" "):
                wj = dr.textlength(word + " ", font=f_hand)
                dr.text((x, y + rng.uniform(-2.5, 2.5)), word, font=f_hand, fill=35)
                x += wj
            y += px(26)
        elif kind == "sign":
            # signature scribble and caption
            x0, y0 = left + px(int(text.split("|")[0])), y + px(28)
            pts = []
            for i in range(60):
                t = i / 59.0
                pts.append(
                    (
                        x0 + t * px(150),
                        y0 + math.sin(t * 19) * px(9) * (1 - t * 0.5) + rng.uniform(-2, 2),
                    )
                )
            dr.line(pts, fill=30, width=4)
            dr.line((x0 - px(10), y0 + px(20), x0 + px(190), y0 + px(20)), fill=60, width=2)
            dr.text((x0, y0 + px(26)), text.split("|")[1], font=f_small, fill=60)
            y += px(4)
        elif kind == "gap":
            y += px(int(text))
    img = img.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=238)
    img = img.filter(ImageFilter.GaussianBlur(1.1))
    arr = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, 7.0, arr.shape)
    # uneven lighting toward one corner, like a phone photo of a scanner bed
    yy, xx = np.mgrid[0:H, 0:W]
    arr -= 16.0 * (xx / W) * (yy / H)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "L").save(out, format="JPEG", quality=78, dpi=(dpi, dpi))
    return out.getvalue()


# ======================================================================================
# The twelve documents
# ======================================================================================
def cw01():
    d = Doc(
        "cw01.pdf",
        "h2a",
        "es",
        "whatsapp_chat",
        "WhatsApp screenshots (phone-size pages, repeated contact bar), day chips, voice-note "
        "and photo bubbles",
        fmt=PHONE,
        corridor="Guanajuato (MX) → Washington (US)",
        summary="WhatsApp chat with a recruiter about an apple-harvest H-2A job",
    )
    d.recruiters = ["Abundio Carranza", "Enlaces Agrícolas del Bajío"]
    d.traps = [
        "inbound bus and road meals paid first by the worker but reimbursed in full in the first check",
        "free housing on the ranch (h2a) and a kitchen at no cost",
        "picking bag and ladder lent free by the ranch",
        "half refund of the paperwork fee if the visa is denied does not cure the fee",
        "'depende de cómo venga la fruta' gives no hours (hours_of_work missing)",
        "'ya le mando el nombre' names no employer (employer_identity missing)",
    ]
    c = Chat(d, "wa", "Abundio Carranza", "+52 461 555 0139 · en línea")
    c.chip("LUNES, 12 DE ENERO DE 2026")
    c.system("Este número no está en tus contactos. Toca para agregarlo.")
    c.msg(
        "L",
        "Buenas tardes, le habla Abundio Carranza, de Enlaces Agrícolas del Bajío. "
        "Me pasó su número su compadre Fidel.",
        "16:02",
    )
    c.msg("R", "Buenas tardes. Sí, me dijo que anda juntando gente para Estados Unidos", "16:05")
    c.msg(
        "L",
        "Así es. Es visa H-2A para "
        + d.T("job_duties", "pizcar manzana y acomodarla en los bins")
        + ", en una huerta "
        + d.T("work_location", "cerca de Wenatchee, Washington")
        + ".",
        "16:06",
    )
    c.msg(
        "L",
        "El contrato va "
        + d.T("employment_period", "del 10 de agosto al 30 de octubre de 2026")
        + ".",
        "16:06",
    )
    c.msg("R", "¿Y cuánto pagan? ¿Cuántas horas se trabaja?", "16:09")
    c.msg(
        "L",
        "Están pagando "
        + d.T("wage_rate", "$19.82 la hora")
        + " y "
        + d.T("pay_frequency", "pagan cada semana, los viernes")
        + ".",
        "16:11",
    )
    c.msg(
        "L",
        "Las horas dependen de cómo venga la fruta, hay semanas pesadas y otras no tanto.",
        "16:11",
    )
    c.msg(
        "L",
        "Piden "
        + d.T("job_requirements", "experiencia en pizca de manzana o de naranja")
        + ", y que aguante subirse a la escalera todo el día.",
        "16:12",
    )
    c.msg("R", "Ok. ¿Y cuánto hay que dar? Porque a mi cuñado otro señor le pidió dinero", "16:15")
    c.msg(
        "L",
        d.F(
            "recruitment_fee",
            "Para apartar su lugar en la lista son 8 500 pesos, nomás de trámite.",
            8500,
            "MXN",
        )
        + " Me los deposita en el Oxxo a la cuenta que le paso.",
        "16:17",
    )
    c.msg(
        "L",
        d.F(
            "visa_cost",
            "La cuota de la visa en el consulado, 205 dólares, corre por su "
            "cuenta y esa no se la regresan.",
            205,
            "USD",
        ),
        "16:18",
    )
    c.msg("R", "¿Y el pasaje hasta allá?", "16:20")
    c.msg(
        "L",
        "El autobús hasta la huerta y las comidas del camino los paga usted primero, pero "
        + d.T("inbound_transportation", "el patrón se los reembolsa completos en el primer cheque")
        + ".",
        "16:22",
    )
    c.msg("R", "¿Y el nombre de la compañía?", "16:23")
    c.msg("L", "Ya le mando el nombre después, primero hay que juntar los papeles.", "16:25")
    c.chip("MARTES, 13 DE ENERO DE 2026")
    c.msg("R", "Buenos días. ¿Dónde nos quedamos allá?", "8:40")
    c.msg(
        "L",
        d.T("housing", "La vivienda es gratis, en las casitas del mismo rancho")
        + ", y "
        + d.T("meals", "tienen cocina para hacerse su comida sin pagar nada")
        + ".",
        "8:52",
    )
    c.msg("R", "¿Y herramienta hay que llevar?", "8:53")
    c.msg(
        "L",
        "No, la bolsa de pizca y la escalera "
        + d.T("tools_provided", "se las presta el rancho sin costo")
        + ".",
        "8:55",
    )
    c.msg(
        "L",
        d.F(
            "deposit_or_bond",
            "También me firma un pagaré por 20,000 pesos de garantía, "
            "para que no se me vaya a quedar allá.",
            20000,
            "MXN",
        ),
        "8:56",
    )
    c.msg("R", "¿Y si no me dan la visa?", "9:01")
    c.msg("L", "Si no sale la visa le regreso la mitad del trámite, así trabajo yo.", "9:03")
    c.voice("R", "0:41", "9:06", seed=11)
    c.msg(
        "L",
        "Sí, sin problema. Le mando el número de cuenta, va a nombre de Abundio Carranza.",
        "9:10",
    )
    c.photo("L", "IMG-20260113-WA0007.jpg", "9:10")
    c.msg("R", "Gracias, el viernes le deposito", "9:14")
    return d


def cw02():
    d = Doc(
        "cw02.pdf",
        "h2b",
        "en",
        "sms_thread",
        "SMS thread screenshots (phone-size pages), centered timestamps, no bubble times",
        fmt=PHONE,
        corridor="Nuevo León (MX) → Texas (US)",
        summary="text messages from the employer's field supervisor to an arriving H-2B "
        "landscaping worker",
    )
    d.recruiters = []
    d.traps = [
        "the field supervisor works for the employer and recruits nobody (no recruiter named)",
        "bus from Monterrey and visa fee paid back on the first check",
        "'The company pays the recruiter, you don't owe nobody nothing' (negated recruitment fee)",
        "mowers, trimmers and blowers free (tools provided) while boots and shirts are charged",
        "'Coffee's on me' contains 'fee'",
        "employer only called 'the company' (employer_identity missing)",
    ]
    c = Chat(d, "sms", "Travis Keel", "+1 (936) 555-0148 · Text Message")
    c.chip("Mon, Mar 2 · 6:14 PM")
    c.msg(
        "L",
        "Hey this is Travis Keel, field supervisor at the company. You're on my crew when "
        "you get to Texas.",
    )
    c.msg(
        "L", "Season runs " + d.T("employment_period", "March 16 through November 20, 2026") + "."
    )
    c.msg(
        "L",
        "Crew meets at the yard at "
        + d.T("work_location", "4817 Pecan Hollow Rd, Conroe TX")
        + " at 6:30am, jobs are all over north Houston.",
    )
    c.msg(
        "L",
        "We work "
        + d.T("hours_of_work", "Monday to Friday 7 to 4 with a half hour lunch")
        + ", some Saturdays if it rained during the week.",
    )
    c.msg("R", "ok thank you. what kind of work is it")
    c.msg(
        "L",
        d.T(
            "job_duties",
            "Mowing, edging, trimming hedges, mulch and flower beds for HOAs and office parks",
        )
        + ". "
        + d.T("job_requirements", "You need to be able to lift 50 lbs all day")
        + ".",
    )
    c.msg("R", "pay is the same as the paper, $17.35?")
    c.msg(
        "L",
        "Yes "
        + d.T("wage_rate", "$17.35 an hour")
        + ", "
        + d.T("overtime", "overtime after 40 is $26.03")
        + ". "
        + d.T("pay_frequency", "Paychecks every Friday")
        + ".",
    )
    s = "Your bus from Monterrey and the visa fee get paid back on your first check"
    d.T("inbound_transportation", s)
    c.msg("L", d.T("visa_reimbursement", s) + ", bring the receipts.")
    c.msg("L", "The company pays the recruiter, you don't owe nobody nothing for the job.")
    c.chip("Tue, Mar 3 · 7:02 AM")
    c.msg(
        "L",
        d.T("tools_provided", "Mowers, trimmers and blowers are on the company, no charge") + ".",
    )
    c.msg(
        "L",
        d.F(
            "equipment_charge",
            "Boots, gloves, safety glasses and the company shirts run "
            "$120.00 and that comes out of your first check.",
            120,
            "USD",
        ),
    )
    c.msg(
        "L",
        d.F(
            "housing_charge",
            "Housing is the Cedar Point apartments on Old Montgomery Rd, "
            "$75 a week per bed, taken out every Friday.",
            75,
            "USD",
        ),
    )
    c.msg(
        "L",
        d.T("deductions", "Out of your check comes taxes, the rent and the gear, that's it") + ".",
    )
    c.msg("R", "ok")
    c.chip("Thu, Mar 5 · 8:40 PM")
    c.msg("R", "Mr Travis my mom is sick. if i need to go home early in the summer can i?")
    c.msg(
        "L",
        d.F(
            "breach_penalty",
            "If you leave before the end of August you owe the company "
            "two weeks' wages for breaking the contract.",
            None,
            None,
        ),
    )
    c.msg(
        "L",
        d.T("termination", "Three no-call no-shows in a row and you're done")
        + ", that's company policy.",
    )
    c.msg(
        "R",
        "the lady from the workers center in monterrey said we can call the labor "
        "department if they don't pay the overtime",
    )
    c.msg(
        "L",
        d.F(
            "blacklisting_threat",
            "Anybody who calls the labor department on us goes on "
            "the no-rehire list and I let the consulate know.",
            None,
            None,
        ),
    )
    c.msg("L", "Coffee's on me Mondays. See you on the 16th.")
    c.msg("R", "ok")
    return d


def cw03():
    d = Doc(
        "cw03.pdf",
        "generic",
        "en",
        "messenger_chat",
        "Messenger screenshots (phone-size pages), white background, blue outgoing bubbles, "
        "centered date chips, forwarded checklist",
        fmt=PHONE,
        corridor="Philippines → Taiwan",
        summary="Messenger chat with a manpower agency coordinator about a factory job",
    )
    d.recruiters = ["Joy Dimaculangan", "Bridgeway Star Manpower Services Inc."]
    d.traps = [
        "PDOS is a free government seminar",
        "OWWA membership (welfare fund) paid by the employer",
        "plane ticket out and return ticket shouldered by the employer",
        "statutory Taiwan labor and health insurance deductions (not insurance_cost)",
        "'3-year contract' with no start or end date (employment_period missing)",
        "'our principal in Taichung' names no employer (employer_identity missing)",
        "worker borrowing the fee from a relative is not a debt_bondage clause",
    ]
    c = Chat(d, "msgr", "Joy Dimaculangan", "Active 5m ago")
    c.chip("JAN 8, 2026 AT 10:14 AM")
    c.msg(
        "L",
        "Good morning! This is Joy Dimaculangan from Bridgeway Star Manpower Services Inc. "
        "Your application for Taiwan is shortlisted po.",
    )
    c.msg("R", "Thank you ma'am! What are the details po?")
    c.msg(
        "L",
        "Position is machine operator at a plastic injection molding factory in "
        + d.T("work_location", "Taichung, Taiwan")
        + ": "
        + d.T(
            "job_duties",
            "loading resin, watching the machines and checking molded parts for defects",
        )
        + ".",
    )
    c.msg(
        "L",
        "Basic salary is "
        + d.T("wage_rate", "NT$28,590 per month")
        + ", "
        + d.T("pay_frequency", "paid monthly every 10th")
        + ".",
    )
    c.msg(
        "L",
        d.T("hours_of_work", "8 hours a day, 6 days a week") + ", overtime available if "
        "the factory has orders.",
    )
    c.msg(
        "L",
        "It's a 3-year contract, start depends on visa release. Our principal in Taichung "
        "will send the final contract.",
    )
    c.msg("R", "Ok ma'am. How much do I need to prepare?")
    c.chip("JAN 8, 2026 AT 10:31 AM")
    c.msg(
        "L",
        d.F(
            "recruitment_fee",
            "Placement fee is PHP 25,000, payable at our office before we process your visa.",
            25000,
            "PHP",
        ),
    )
    c.msg(
        "L",
        d.F(
            "medical_cost",
            "You also pay for the medical at our accredited clinic, PHP 3,800 including drug test.",
            3800,
            "PHP",
        ),
    )
    c.msg(
        "L",
        d.F(
            "training_cost",
            "The 5-day pre-departure skills training at our training "
            "center costs twelve thousand five hundred pesos, no training no deployment.",
            12500,
            "PHP",
        ),
    )
    c.msg("R", "What about PDOS and OWWA ma'am?")
    c.msg(
        "L",
        "PDOS is free, it's the government seminar, and OWWA membership is paid by the "
        "employer, not you.",
    )
    c.msg(
        "L",
        "Your plane ticket going to Taiwan is shouldered by the employer, and "
        + d.T(
            "return_transportation",
            "the return ticket after you finish your contract is also shouldered by the employer",
        )
        + ".",
    )
    c.msg(
        "L",
        d.T(
            "deductions",
            "Deductions there are only the labor insurance and national "
            "health insurance premiums required by Taiwan law",
        )
        + ".",
    )
    c.msg("R", "Noted po. Will I keep my passport?")
    c.msg(
        "L",
        d.F(
            "document_retention",
            "Once your visa is stamped we keep your passport in our "
            "office and our Taiwan partner holds it for you until your contract ends.",
            None,
            None,
        ),
    )
    c.msg("L", "It's for safekeeping, many workers lose their passport.")
    c.chip("JAN 9, 2026 AT 8:02 AM")
    c.msg(
        "L",
        "Requirements checklist for "
        + d.T("worker_identity", "Ronaldo B. Pascual")
        + ":\n1. Passport (valid 1 year or more)\n2. NBI clearance\n3. PSA birth certificate\n"
        "4. Two 2x2 photos, white background",
        fwd=True,
    )
    c.msg("R", "Thank you ma'am, I'll bring the cash on Monday. I will borrow from my tita.")
    c.msg("L", "Ok see you Monday, 9am. Bring exact amount po.")
    return d


def cw04():
    d = Doc(
        "cw04.pdf",
        "h2a",
        "es",
        "voice_note_transcript",
        "Letter; export header with metadata grid; one entry per voice note or text message "
        "(play icon, speaker, time, duration, transcript in a gray side-barred block); footer "
        "with page numbers",
        corridor="Michoacán (MX) → Florida (US)",
        summary="automatic transcript of a recruiter's WhatsApp voice notes and texts",
    )
    d.recruiters = ["Cirilo Maldonado"]
    d.traps = [
        "company housing with no rent (h2a) and free daily truck to the field",
        "'de la compañía que le platiqué' names no employer (employer_identity missing)",
        "reminder to bring one's own passport is not retention",
        "travel deduction and loan are separate clauses (travel_cost vs debt_bondage)",
    ]
    pdf = d.pdf
    state = {"page": 0}

    def page():
        pdf.add_page()
        state["page"] += 1
        d.font("sans", "", 7.5, (120, 120, 120))
        pdf.set_xy(54, 760)
        pdf.cell(
            504,
            10,
            "Transcripción generada automáticamente · puede contener errores · "
            "página %d de 2" % state["page"],
            align="C",
        )
        d.draw((200, 200, 200), 0.5)
        pdf.line(54, 754, 558, 754)
        return 54

    y = page()
    d.fill((38, 70, 83))
    pdf.rect(0, 0, 612, 8, style="F")
    d.font("sans", "B", 17, (38, 70, 83))
    pdf.text(54, y + 22, "Transcripción de notas de voz")
    d.font("sans", "", 9.5, (90, 90, 90))
    pdf.text(54, y + 38, "Conversación exportada de WhatsApp · audios convertidos a texto")
    y += 52
    meta = [
        ("Chat con", "Cirilo Maldonado (reclutador) · +52 715 555 0182"),
        ("Exportado por", "Antonio «Toño» Jaimes Ruelas, 16/02/2026"),
        ("Periodo", "14/02/2026 – 16/02/2026"),
        ("Notas", "[inaudible] marca palabras que no se entendieron"),
    ]
    d.draw((190, 200, 205), 0.5)
    for k, v in meta:
        pdf.rect(54, y, 150, 17)
        pdf.rect(204, y, 354, 17)
        d.font("sans", "B", 8.5, (60, 60, 60))
        pdf.set_xy(60, y + 3.5)
        pdf.cell(140, 10, k)
        d.font("sans", "", 8.5, INK)
        pdf.set_xy(210, y + 3.5)
        pdf.cell(344, 10, v)
        y += 17
    y += 16

    def entry(y, kind, who, when, dur, text):
        lh = 13.2
        d.font("serif", "", 10)
        h = d.height(text, 470, lh) + 24
        if y + h > 740:
            y = page() + 6
        # icon
        if kind == "audio":
            d.fill((38, 70, 83))
            pdf.ellipse(54, y, 14, 14, style="F")
            d.fill((255, 255, 255))
            pdf.polygon([(59, y + 3.5), (59, y + 10.5), (64.5, y + 7)], style="F")
        else:
            d.draw((38, 70, 83), 1)
            pdf.rect(54, y + 1, 14, 11)
            pdf.line(54, y + 1, 61, y + 7)
            pdf.line(61, y + 7, 68, y + 1)
        d.font("sans", "B", 9, (38, 70, 83))
        label = ("Audio" if kind == "audio" else "Mensaje de texto") + " · " + who
        pdf.text(76, y + 10, label)
        d.font("sans", "", 8.5, (110, 110, 110))
        meta = when + ("  ·  duración " + dur if dur else "")
        pdf.set_xy(340, y + 2)
        pdf.cell(218, 10, meta, align="R")
        y += 18
        d.fill((244, 246, 247))
        pdf.rect(76, y - 2, 482, h - 18, style="F")
        d.fill((38, 70, 83) if who.startswith("Cirilo") else (170, 180, 185))
        pdf.rect(76, y - 2, 2.5, h - 18, style="F")
        d.font("serif", "", 10, INK)
        d.block(84, y + 1, 470, text, lh)
        return y + h - 12

    y = entry(
        y,
        "audio",
        "Cirilo Maldonado",
        "14/02/2026 19:42",
        "1:05",
        "Qué pasó, mi Toño, buenas noches. Oiga, ya me confirmaron del rancho, se va usted "
        "en la segunda lista, eh. Es para "
        + d.T("job_duties", "cortar y cargar tomate en cubetas")
        + ", allá en "
        + d.T("work_location", "Immokalee, Florida")
        + ", de la "
        "compañía que le platiqué. El contrato es "
        + d.T("employment_period", "del 2 de marzo al 15 de junio")
        + ", y están pagando "
        + d.T("wage_rate", "$16.23 la hora")
        + ", eh, "
        + d.T("pay_frequency", "le pagan cada semana")
        + ". Las horas pues "
        "depende del tomate, hay días largos.",
    )
    y = entry(
        y,
        "audio",
        "Antonio Jaimes",
        "14/02/2026 19:44",
        "0:22",
        "Sí, don Cirilo, muchas gracias. ¿Y el pasaje cómo le hacemos? Porque ahorita no "
        "tengo para el avión, la verdad.",
    )
    y = entry(
        y,
        "audio",
        "Cirilo Maldonado",
        "14/02/2026 19:46",
        "1:31",
        "No se apure, para eso estoy yo. "
        + d.F(
            "travel_cost",
            "El boleto de avión de "
            "Monterrey a Fort Myers, como seis mil doscientos pesos, se lo vamos descontando de "
            "sus primeros cheques.",
            6200,
            "MXN",
        )
        + " Y si ocupa dejarle algo a su familia, "
        "también le adelanto, ahorita le mando por escrito cómo queda. [inaudible] ... ya "
        "sabe que yo no le quedo mal a nadie.",
    )
    y = entry(
        y,
        "text",
        "Cirilo Maldonado",
        "14/02/2026 19:49",
        "",
        d.F(
            "debt_bondage",
            "Adelanto antes de irse: MXN 8,500 para su familia, se le "
            "descuentan 100 dólares por semana de su cheque hasta liquidar, con 5% de "
            "interés al mes.",
            8500,
            "MXN",
        ),
    )
    y = entry(
        y,
        "audio",
        "Cirilo Maldonado",
        "15/02/2026 08:15",
        "0:58",
        "Otra cosa, Toño, para que no le agarre de sorpresa. "
        + d.F(
            "wage_withholding",
            "De cada cheque le guardamos cincuenta dólares, esos se los doy completos cuando se "
            "acabe la temporada, para que no se me regrese antes.",
            50,
            "USD",
        )
        + " Así le "
        "hacemos con todos los de la lista.",
    )
    y = entry(
        y,
        "audio",
        "Antonio Jaimes",
        "15/02/2026 09:02",
        "0:15",
        "Ah, bueno. ¿Y allá dónde vivimos? ¿Se paga renta?",
    )
    y = entry(
        y,
        "audio",
        "Cirilo Maldonado",
        "15/02/2026 09:10",
        "1:12",
        "No, no, "
        + d.T(
            "housing",
            "la vivienda la da la compañía y no se paga renta, son "
            "unos trailers ahí junto al empaque",
        )
        + ". "
        + d.T("daily_transportation", "El camión los lleva al campo diario y es gratis")
        + ". "
        + d.F(
            "movement_restriction",
            "Nomás una cosa, eh: nadie sale de la vivienda "
            "después de las ocho de la noche ni los domingos sin permiso mío, porque luego "
            "se me pierden.",
            None,
            None,
        )
        + " [inaudible] y así no hay problemas con el "
        "patrón.",
    )
    y = entry(
        y,
        "text",
        "Cirilo Maldonado",
        "15/02/2026 09:14",
        "",
        d.T(
            "deductions",
            "De su cheque salen los impuestos, el abono del adelanto y lo del ahorro, nada más",
        )
        + ".",
    )
    y = entry(
        y,
        "audio",
        "Antonio Jaimes",
        "15/02/2026 09:20",
        "0:09",
        "Está bien, don Cirilo. Ahí nos vemos.",
    )
    y = entry(
        y,
        "text",
        "Cirilo Maldonado",
        "16/02/2026 18:31",
        "",
        "Recuerde: el domingo 1 de marzo a las 5 de la mañana en la terminal de "
        "Zitácuaro. Traiga su pasaporte, su INE y ropa para el frío.",
    )
    d.font("sans", "I", 8.5, (120, 120, 120))
    pdf.set_xy(54, y + 8)
    pdf.cell(504, 10, "— Fin de la conversación exportada (10 elementos) —", align="C")
    return d


def cw05():
    d = Doc(
        "cw05.pdf",
        "generic",
        "es",
        "handwritten_receipts",
        "Letter; receipt-book pages: two pre-printed receipts per page (agency header, red "
        "number, amount box, ruled lines with handwriting-style text, signature and PAGADO "
        "stamp), a handwritten note on lined paper",
        corridor="Guatemala → New Brunswick (Canada)",
        summary="three recruiter receipts and a handwritten note to a woman going to a "
        "lobster plant in Canada",
    )
    d.recruiters = ["Servicios Laborales Altiplano Norte", "Edgar R. Tzul"]
    d.traps = [
        "outbound and return air ticket covered by the Canadian employer",
        "work permit paid by the employer",
        "pre-printed 'no refunds' line is part of the fee, not another category",
        "'empleador canadiense' names no employer (employer_identity missing)",
    ]
    pdf = d.pdf
    RED = (178, 34, 34)

    def receipt(top, number, amount, body, place_date):
        x0, w = 50, 512
        d.draw((90, 90, 90), 0.8)
        d.fill((253, 251, 240))
        pdf.rect(x0, top, w, 330, style="DF")
        # pre-printed header
        d.fill((40, 86, 60))
        pdf.rect(x0, top, w, 46, style="F")
        d.font("serif", "B", 13.5, (255, 255, 255))
        pdf.set_xy(x0 + 14, top + 7)
        pdf.cell(330, 15, "Servicios Laborales Altiplano Norte")
        d.font("sans", "", 7.2, (225, 240, 230))
        pdf.set_xy(x0 + 14, top + 25)
        pdf.cell(
            330,
            9,
            "Reclutamiento y colocación de personal · 7a. Avenida 9-41, Zona 1, Quetzaltenango",
        )
        pdf.set_xy(x0 + 14, top + 34)
        pdf.cell(330, 9, "Tel. 7761-4429 · WhatsApp 5540-2218")
        d.font("sans", "B", 15, (255, 255, 255))
        pdf.set_xy(x0 + 360, top + 9)
        pdf.cell(140, 14, "RECIBO", align="R")
        d.font("mono", "B", 12, (255, 200, 200))
        pdf.set_xy(x0 + 360, top + 26)
        pdf.cell(140, 12, "No. " + number, align="R")
        # amount box
        d.font("sans", "B", 9, INK)
        pdf.set_xy(x0 + 300, top + 58)
        pdf.cell(60, 16, "POR:")
        d.draw((90, 90, 90), 0.8)
        pdf.rect(x0 + 340, top + 56, 160, 22)
        d.font("hand", "B", 13, HAND_BLUE)
        pdf.set_xy(x0 + 346, top + 59)
        pdf.cell(150, 16, amount)
        # ruled lines with handwriting
        y = top + 92
        d.font("hand", "", 12.5, HAND_BLUE)
        lines = d.wrap(body, w - 40)
        d.resolve(body)
        d.draw((170, 190, 215), 0.6)
        for i in range(6):
            pdf.line(x0 + 16, y + 17 + i * 24, x0 + w - 16, y + 17 + i * 24)
        for i, l in enumerate(lines):
            pdf.set_xy(x0 + 20, y + i * 24)
            pdf.cell(w - 40, 16, l)
        # place/date, signature
        yb = top + 252
        d.font("hand", "", 11.5, HAND_BLUE)
        pdf.set_xy(x0 + 20, yb)
        pdf.cell(260, 14, place_date)
        d.draw(HAND_BLUE, 1.1)
        pts = [(x0 + 330 + i * 2.2, yb + 12 + 6 * math.sin(i / 2.3)) for i in range(50)]
        for a, b in zip(pts, pts[1:]):
            pdf.line(a[0], a[1], b[0], b[1])
        d.draw((90, 90, 90), 0.6)
        pdf.line(x0 + 310, yb + 26, x0 + w - 20, yb + 26)
        d.font("sans", "", 7.8, (60, 60, 60))
        pdf.set_xy(x0 + 310, yb + 29)
        pdf.cell(w - 330, 10, "Recibió: Edgar R. Tzul", align="C")
        d.font("sans", "", 6.8, (110, 110, 110))
        pdf.set_xy(x0 + 20, top + 312)
        pdf.cell(
            w - 40,
            10,
            "No se hacen devoluciones una vez iniciado el trámite. Original: "
            "cliente · Copia: archivo",
            align="L",
        )
        # stamp (straight text inside a double border)
        d.draw(RED, 1.4)
        pdf.rect(x0 + 396, top + 196, 86, 30)
        pdf.rect(x0 + 399, top + 199, 80, 24)
        d.font("sans", "B", 13, RED)
        pdf.set_xy(x0 + 399, top + 204)
        pdf.cell(80, 14, "PAGADO", align="C")

    pdf.add_page()
    receipt(
        40,
        "0412",
        "Q3,000.00",
        d.F(
            "recruitment_fee",
            "Recibí de la señora "
            + d.T("worker_identity", "Hilda Marisol Xicará Pop")
            + " la cantidad de Q3,000.00 (tres mil quetzales "
            "exactos) en concepto de pago de trámite para su colocación como "
            + d.T("job_duties", "empacadora en la planta procesadora de langosta")
            + " en "
            + d.T("work_location", "Shediac, New Brunswick, Canadá")
            + ".",
            3000,
            "GTQ",
        ),
        "Quetzaltenango, 9 de febrero de 2026",
    )
    receipt(
        412,
        "0419",
        "Q850.00",
        d.F(
            "medical_cost",
            "Recibí de Hilda Marisol Xicará Pop ochocientos cincuenta "
            "quetzales (Q850.00) por el examen médico y de laboratorio en la Clínica San "
            "Rafael, requisito que pide el empleador.",
            850,
            "GTQ",
        ),
        "Quetzaltenango, 16 de febrero de 2026",
    )
    pdf.add_page()
    receipt(
        40,
        "0427",
        "Q600.00",
        d.F(
            "insurance_cost",
            "Recibí de Hilda Marisol Xicará Pop la suma de Q600.00 por "
            "el seguro de vida y gastos médicos para el viaje, que la agencia contrata a "
            "nombre de la trabajadora.",
            600,
            "GTQ",
        ),
        "Quetzaltenango, 23 de febrero de 2026",
    )
    # handwritten note on a lined sheet, clipped below the receipt
    top = 420
    d.fill((255, 253, 225))
    d.draw((200, 190, 120), 0.6)
    pdf.rect(96, top, 420, 250, style="DF")
    d.draw((200, 170, 170), 0.8)
    pdf.line(130, top, 130, top + 250)
    d.draw((180, 200, 225), 0.5)
    for i in range(9):
        pdf.line(96, top + 38 + i * 24, 516, top + 38 + i * 24)
    note = (
        "Sra. Hilda: "
        + d.T(
            "return_transportation",
            "el boleto de avión de ida y regreso lo cubre el empleador canadiense",
        )
        + ", y el permiso de trabajo también lo paga "
        "él. Usted no paga eso. Traer el lunes 4 fotos tamaño cédula y su pasaporte para "
        "sacar copia.\n— Edgar R. Tzul"
    )
    d.font("hand", "", 12.5, HAND_BLUE)
    lines = d.wrap(note, 370)
    d.resolve(note)
    for i, l in enumerate(lines):
        pdf.set_xy(138, top + 22 + i * 24)
        pdf.cell(370, 16, l)
    # paper clip
    d.draw((150, 150, 160), 2)
    pdf.rect(300, top - 14, 16, 40, round_corners=True, corner_radius=7)
    return d


def cw06():
    d = Doc(
        "cw06.pdf",
        "h2b",
        "en+es",
        "debt_ledger",
        "Letter; notebook page (ruled lines, red margin, punch holes), handwriting-style "
        "header notes and a 5-column ledger table (fecha, concepto, cargo, abono, saldo); "
        "page 2 roster table with passport column",
        corridor="Tamaulipas (MX) → Louisiana (US)",
        summary="crew leader's notebook ledger of a recruited worker's debts, Spanish and "
        "English mixed",
    )
    d.recruiters = ["Chuy Barrientos"]
    d.traps = [
        "rubber boots and gloves given free by the company (tools provided)",
        "'la compañía no cobra renta, housing is free' (no housing charge)",
        "weekly 'Abono' rows are repayments, not new charges",
        "roster column 'Pasaporte: lo tiene él' (worker keeps passport: not retention)",
        "the 10% interest row belongs to the advance clause (debt_bondage), not a separate fee",
    ]
    pdf = d.pdf
    RULE = (176, 204, 230)

    def notebook():
        pdf.add_page()
        d.fill((252, 252, 246))
        pdf.rect(0, 0, 612, 792, style="F")
        d.draw(RULE, 0.5)
        for i in range(40):
            pdf.line(0, 72 + i * 18, 612, 72 + i * 18)
        d.draw((226, 120, 120), 0.9)
        pdf.line(80, 0, 80, 792)
        d.fill((230, 230, 225))
        for yy in (110, 396, 682):
            pdf.ellipse(26, yy, 18, 18, style="F")

    def hand(x, y, s, size=11.5, color=HAND_BLUE, style=""):
        d.font("hand", style, size, color)
        d.resolve(s)
        pdf.set_xy(x, y)
        pdf.cell(d.tw(s) + 2, 14, s)

    notebook()
    hand(92, 40, "Cuentas de la cuadrilla 2026 — Chuy Barrientos", 15, style="B")
    hand(92, 58, "Los muchachos que yo recluté para la planta / the guys I recruited", 10.5)
    y0 = 76
    hand(92, y0, "Trabajador: Eleazar Cruz Medina, de San Fernando, Tamps.")
    hand(
        92,
        y0 + 18,
        "Company: "
        + d.T(
            "employer_identity", "Bayou Teche Crawfish Co., 118 Levee Road, Breaux Bridge, LA 70517"
        ),
    )
    hand(
        92,
        y0 + 36,
        "Trabajo: crawfish peeler, "
        + d.T("job_duties", "pelar y empacar langostino")
        + " en "
        + d.T("work_location", "la planta de Breaux Bridge"),
    )
    hand(
        92,
        y0 + 54,
        "Pago: "
        + d.T("wage_rate", "$14.95/hr")
        + ", "
        + d.T("pay_frequency", "cheque cada viernes"),
    )
    # ledger table
    cols = [
        ("Fecha", 92, 38),
        ("Concepto / item", 132, 334),
        ("Cargo", 468, 42),
        ("Abono", 514, 42),
        ("Saldo", 560, 42),
    ]
    yh = y0 + 84
    d.font("sans", "B", 8.5, (120, 40, 40))
    for name, x, w in cols:
        pdf.set_xy(x, yh + 3)
        pdf.cell(w, 12, name, align="L" if x < 400 else "R")
    d.draw((120, 40, 40), 0.9)
    pdf.line(88, yh + 17, 604, yh + 17)
    for _, x, _w in cols[1:]:
        pdf.line(x - 3, yh, x - 3, yh + 17 + 13 * 18 + 4)
    rows = [
        (
            "12/01",
            d.F(
                "visa_cost",
                "Visa fee at the consulate $205.00, worker pays, no pay back.",
                205,
                "USD",
            ),
            "205.00",
            "",
            "205.00",
        ),
        (
            "14/01",
            d.F(
                "travel_cost",
                "Camión Monterrey–Houma $165, se descuenta, no se regresa.",
                165,
                "USD",
            ),
            "165.00",
            "",
            "370.00",
        ),
        (
            "20/01",
            d.F(
                "debt_bondage",
                "Adelanto de $400 a su esposa, se cobra del cheque con 10% interés.",
                400,
                "USD",
            ),
            "400.00",
            "",
            "770.00",
        ),
        ("20/01", "Interés 10% del adelanto / interest", "40.00", "", "810.00"),
        (
            "02/02",
            d.T("tools_provided", "Botas de hule y guantes: gratis de la compañía, no charge."),
            "0.00",
            "",
            "810.00",
        ),
        (
            "06/02",
            d.F(
                "meal_charge", "Comida del campo $12 per day, se descuenta cada semana.", 12, "USD"
            ),
            "84.00",
            "",
            "894.00",
        ),
        ("06/02", "Abono — cheque #1", "", "150.00", "744.00"),
        ("13/02", "Comida semana 2 (7 días)", "84.00", "", "828.00"),
        ("13/02", "Abono — cheque #2", "", "150.00", "678.00"),
        ("20/02", "Comida semana 3 (7 días)", "84.00", "", "762.00"),
        ("20/02", "Abono — cheque #3", "", "150.00", "612.00"),
        ("27/02", "Comida semana 4 (6 días)", "72.00", "", "540.00"),
        ("27/02", "Abono — cheque #4", "", "150.00", "390.00"),
    ]
    for i, r in enumerate(rows):
        y = yh + 20 + i * 18
        for (name, x, w), val in zip(cols, r):
            if not val:
                continue
            d.font("handc" if name.startswith("Concepto") else "hand", "", 10.4, HAND_BLUE)
            d.resolve(val)
            assert d.tw(val) <= w + 1, val
            pdf.set_xy(x, y)
            pdf.cell(w, 13, val, align="L" if x < 400 else "R")
    # the "Comida" rows after the first are weekly amounts of the same meal clause
    y = yh + 20 + len(rows) * 18 + 12
    hand(
        92,
        y,
        d.T(
            "deductions",
            "Weekly deductions / descuentos de cada cheque: taxes, comida y abono a esta cuenta",
        )
        + ".",
    )
    hand(92, y + 18, "Renta: la compañía no cobra renta, housing is free.")
    hand(92, y + 36, "Saldo al 27 de febrero: $390.00 — faltan como 3 semanas.")
    hand(470, y + 72, "J. B.", 16, style="B")

    notebook()
    hand(92, 40, "Muchachos que traje esta temporada / roster", 14, style="B")
    hand(92, 58, "Todos para Bayou Teche, llegaron el 2 de febrero", 10.5)
    cols2 = [
        ("Nombre", 92, 170),
        ("Pueblo", 266, 110),
        ("Teléfono", 380, 100),
        ("Pasaporte", 484, 110),
    ]
    yh = 80
    d.font("sans", "B", 8.5, (120, 40, 40))
    for name, x, w in cols2:
        pdf.set_xy(x, yh + 3)
        pdf.cell(w, 12, name)
    d.draw((120, 40, 40), 0.9)
    pdf.line(88, yh + 17, 604, yh + 17)
    roster = [
        ("Eleazar Cruz Medina", "San Fernando", "834 555 0121", "lo tiene él"),
        ("Rogelio Vargas Peña", "San Fernando", "834 555 0177", "lo tiene él"),
        ("Abraham Solís Tovar", "Méndez", "834 555 0140", "lo tiene él"),
        ("Wilfrido Ramos Luna", "Burgos", "834 555 0163", "lo tiene él"),
        ("Natanael Ibarra", "Cruillas", "834 555 0108", "lo tiene él"),
        ("Joel Ortiz Garza", "San Fernando", "834 555 0195", "lo tiene él"),
        ("Tomás Saldívar Reyna", "Méndez", "834 555 0152", "lo tiene él"),
    ]
    for i, r in enumerate(roster):
        y = yh + 20 + i * 18
        for (_name, x, w), val in zip(cols2, r):
            d.font("hand", "", 10.4, HAND_BLUE)
            pdf.set_xy(x, y)
            pdf.cell(w, 13, val)
    y = yh + 20 + len(roster) * 18 + 18
    hand(92, y, "Llamar a la oficina de la planta: (337) 555-0119, preguntar por Miss Darlene.")
    hand(92, y + 18, "Next year: ask the company for 10 more guys / diez más para marzo.")
    return d


class Formal:
    """Single-column formal document with running header/footer and manual page breaks."""

    def __init__(
        self,
        d,
        header_left,
        header_right,
        footer,
        total_pages,
        top=78,
        bottom=730,
        band=(46, 84, 58),
        fam="serif",
        size=9.6,
    ):
        self.d, self.hl, self.hr, self.footer = d, header_left, header_right, footer
        self.total, self.top, self.bottom, self.band = total_pages, top, bottom, band
        self.fam, self.size = fam, size
        self.x, self.w = 60, d.W - 120
        self.n = 0
        self.new_page()

    def new_page(self):
        d, pdf = self.d, self.d.pdf
        pdf.add_page()
        self.n += 1
        d.fill(self.band)
        pdf.rect(0, 0, d.W, 6, style="F")
        d.font("sans", "B", 8.5, self.band)
        pdf.set_xy(self.x, 22)
        pdf.cell(300, 10, self.hl)
        d.font("sans", "", 8, (90, 90, 90))
        pdf.set_xy(d.W - 60 - 260, 22)
        pdf.cell(260, 10, self.hr, align="R")
        d.draw((170, 170, 170), 0.5)
        pdf.line(self.x, 38, d.W - 60, 38)
        pdf.line(self.x, d.H - 50, d.W - 60, d.H - 50)
        d.font("sans", "", 7.5, (100, 100, 100))
        pdf.set_xy(self.x, d.H - 44)
        pdf.cell(self.w, 10, self.footer.format(n=self.n, total=self.total), align="C")
        self.y = self.top

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def heading(self, text, size=10.5):
        d = self.d
        self.need(40)
        d.font("sans", "B", size, self.band)
        self.y += 6
        d.pdf.set_xy(self.x, self.y)
        d.pdf.cell(self.w, 13, text)
        self.y += 16

    def para(self, text, indent=0, size=None, style="", color=INK, lh=None, gap=4):
        d = self.d
        size = size or self.size
        lh = lh or size * 1.38
        d.font(self.fam, style, size, color)
        h = d.height(text, self.w - indent, lh)
        self.need(h)
        d.font(self.fam, style, size, color)
        self.y = d.block(self.x + indent, self.y, self.w - indent, text, lh) + gap

    def table(
        self, rows, widths, head=None, size=8.6, lh=11, zebra=(244, 246, 244), head_fill=None
    ):
        d, pdf = self.d, self.d.pdf
        head_fill = head_fill or self.band
        allrows = ([head] if head else []) + rows
        for ri, row in enumerate(allrows):
            is_head = head and ri == 0
            d.font("sans", "B" if is_head else "", size)
            cells = [d.wrap(c, w - 8) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * lh + 6
            self.need(h)
            d.font("sans", "B" if is_head else "", size)
            x = self.x
            for c, w, txt in zip(cells, widths, row):
                if is_head:
                    d.fill(head_fill)
                    pdf.rect(x, self.y, w, h, style="F")
                elif ri % 2 == 0 and zebra:
                    d.fill(zebra)
                    pdf.rect(x, self.y, w, h, style="F")
                d.draw((160, 160, 160), 0.4)
                pdf.rect(x, self.y, w, h)
                d.font("sans", "B" if is_head else "", size, (255, 255, 255) if is_head else INK)
                d.resolve(txt)
                for li, line in enumerate(c):
                    pdf.set_xy(x + 4, self.y + 3 + li * lh)
                    pdf.cell(w - 8, lh, line)
                x += w
            self.y += h
        self.y += 6


def cw07():
    d = Doc(
        "cw07.pdf",
        "h2a",
        "en",
        "work_contract",
        "Letter; running header band and footer; 4-column key-facts grid; numbered sections; "
        "cost / paid-by / how table; footnote; two-column signature block",
        corridor="Mexico → Michigan (US)",
        summary="formal H-2A job offer and work contract for an apple and cherry orchard",
    )
    d.recruiters = ["Surco Norte Reclutamiento, S.C."]
    d.traps = [
        "'bin feeder' is equipment, not a fee",
        "collecting U-pick admission fees from customers is a job duty",
        "recruiter named but paid by the employer; no worker pays any fee",
        "visa application and border-crossing fees repaid in the first paycheck",
        "inbound travel and meals reimbursed; return travel paid",
        "free housing, no deposit for bedding or keys; free kitchen",
        "tools, bags, ladders and rain gear free, no deposit",
        "voluntary written-authorization deduction (money transfer) is lawful",
        "cost table lists every cost with the employer as payer",
        "employer never holds passports; no blacklist; free to leave housing",
    ]
    f = Formal(
        d,
        "KESSLER RIDGE ORCHARDS LLC",
        "H-2A Job Offer and Work Contract · 2026",
        "Job order JO-MI-2026-1187 · Page {n} of {total}",
        3,
    )
    pdf = d.pdf
    d.font("serif", "B", 15, (46, 84, 58))
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.w, 18, "H-2A Job Offer and Work Contract")
    f.y += 26
    f.para(
        "This contract is between "
        + d.T(
            "employer_identity",
            "Kessler Ridge Orchards LLC, 1180 Alder Flats Road, Kent City, Michigan 49330",
        )
        + " (the employer) and the worker "
        "who signs on page 3. Every worker receives a Spanish translation together with this "
        "English original before the visa interview."
    )
    f.table(
        [
            ["Job title", "Orchard farmworker", "Workers needed", "46"],
            ["Season", "July 6 – November 13, 2026", "Weekly hours", "40 (Mon–Fri)"],
            ["Hourly rate", "$18.62", "Pay day", "Every Friday"],
            ["Housing", "Free, on the farm", "Guarantee", "3/4 of workdays"],
        ],
        [95, 150, 95, 152],
        zebra=(240, 245, 240),
    )
    f.heading("1. The job")
    f.para(
        "You will "
        + d.T(
            "job_duties",
            "hand-harvest apples and tart cherries, prune and thin trees, move ladders and bins",
        )
        + ", and operate the bin feeder on the packing-shed "
        "sorting line. Customers at our farm market pay U-pick admission fees; you may be "
        "asked to collect those fees at the gate and give them to the cashier."
    )
    f.para(
        "Requirements: "
        + d.T("job_requirements", "three months of experience hand-harvesting tree fruit")
        + ", and the ability to climb a 16-foot ladder and carry a full picking "
        "bag of about 40 pounds."
    )
    f.heading("2. Where and when")
    f.para(
        "You will work in "
        + d.T(
            "work_location", "our orchards at 1180 Alder Flats Road and 6025 Burnip Road, Kent City"
        )
        + ", and in the packing shed at 1210 Alder Flats Road, "
        "all in Kent County, Michigan."
    )
    f.para(
        "The contract runs from "
        + d.T("employment_period", "July 6, 2026 to November 13, 2026")
        + ". The work week is "
        + d.T("hours_of_work", "40 hours, Monday to Friday, 7:00 a.m. to 3:30 p.m.")
        + ", with a 30-minute unpaid lunch; during cherry harvest "
        "you may be offered extra Saturday hours, which you may refuse."
    )
    f.heading("3. Pay")
    f.para(
        "You will be paid " + d.T("wage_rate", "$18.62 per hour") + ", or $22.00 per bin of "
        "apples when that gives you more for the pay period. If the Adverse Effect Wage Rate, "
        "the prevailing wage, or the federal or Michigan minimum wage rises above your rate "
        "during the contract, "
        + d.T(
            "wage_adjustment", "you will be paid the highest of them from the date it takes effect"
        )
        + "."
    )
    f.para(
        "You are " + d.T("pay_frequency", "paid weekly, every Friday") + ", by direct deposit "
        "or check. Each payday "
        + d.T(
            "earnings_statements",
            "you receive an earnings "
            "statement showing the hours offered, the hours worked, your rate, piece-rate units, "
            "total earnings and each deduction",
        )
        + ", with the employer's name and address."
    )
    f.para(
        d.T(
            "deductions",
            "The only deductions are Michigan income tax if you ask us in "
            "writing to withhold it, and any deduction you authorize in writing for your own "
            "benefit, such as a money transfer to your family",
        )
        + ". We never deduct for "
        "housing, transportation, tools or recruitment."
    )
    f.para(
        "Guarantee: "
        + d.T(
            "three_fourths_guarantee",
            "we guarantee you work, or pay, for at "
            "least three-fourths of the workdays of the contract period",
        )
        + ". If we offer you "
        "fewer hours, we pay you the difference."
    )
    f.heading("4. Housing, meals and transportation")
    f.para(
        d.T(
            "housing",
            "Housing is free of charge at the Kessler Ridge worker housing, 1240 "
            "Alder Flats Road, Kent City",
        )
        + ", inspected and approved for 2026. No deposit is "
        "taken for bedding, keys or any other housing item. "
        + d.T(
            "meals", "Each house has a free kitchen with stoves, refrigerators and cooking utensils"
        )
        + ", so you can cook "
        "your own meals."
    )
    f.para(
        d.T(
            "inbound_transportation",
            "When you complete 50 percent of the contract period, we "
            "reimburse the full cost of your travel from your home in Mexico to Kent City and your "
            "daily meals on the way",
        )
        + "; in your first workweek we also pay back any part of "
        "that cost that would bring your pay below the federal minimum wage."
    )
    f.para(
        d.T(
            "return_transportation",
            "If you complete the contract, or we let you go early "
            "without cause, we pay your return travel home and your meals on the way",
        )
        + ". "
        + d.T(
            "daily_transportation",
            "Free daily transportation between the housing and the "
            "orchards is provided in company vans",
        )
        + " driven by licensed drivers."
    )
    f.heading("5. Tools, visa costs and recruitment")
    f.para(
        d.T(
            "tools_provided",
            "All tools, picking bags, ladders, gloves and rain gear are "
            "given to you free of charge, with no deposit",
        )
        + "."
    )
    f.para(
        "We pay back the visa application fee and the border-crossing fee in your first "
        "paycheck; bring your receipts.¹ Kessler Ridge pays Surco Norte Reclutamiento, S.C. to "
        "recruit and process workers in Mexico. No worker pays any fee for this job to us, "
        "to the recruiter or to anyone else, and nobody may ask you for money to be put on a "
        "list."
    )
    f.heading("Who pays what", size=10)
    f.table(
        [
            ["Visa application (MRV) fee", "Employer", "Repaid in the first paycheck"],
            ["Border-crossing fee", "Employer", "Repaid in the first paycheck"],
            ["Bus and meals from home to Kent City", "Employer", "Reimbursed (section 4)"],
            [
                "Recruitment and processing by Surco Norte",
                "Employer",
                "Never charged to the worker",
            ],
            ["Housing, utilities and bedding", "Employer", "Free, no deposit"],
            ["Tools, ladders, picking bags, rain gear", "Employer", "Free, no deposit"],
            ["Return travel home", "Employer", "Paid at the end of the contract"],
        ],
        [215, 80, 197],
        head=["Cost", "Paid by", "How"],
    )
    f.heading("6. Insurance")
    f.para(
        d.T(
            "workers_compensation",
            "You are covered by workers' compensation insurance "
            "through Lakeshore Mutual Casualty Company, policy WC-40-77812",
        )
        + ", for injuries "
        "and illness caused by the job, at no cost to you."
    )
    f.heading("7. Ending the contract")
    f.para(
        d.T(
            "termination",
            "If you abandon the job, or are absent for 5 consecutive workdays "
            "without telling your supervisor, we may treat it as voluntary abandonment",
        )
        + " and "
        "will notify the Department of Labor and the Department of Homeland Security. We may "
        "end the contract for cause only after telling you the reason in writing."
    )
    f.para(
        d.T(
            "contract_impossibility",
            "If fire, hail, flood, freeze or another event beyond "
            "our control makes the work impossible",
        )
        + ", we may end the contract early with the "
        "approval of the Department of Labor; you will still receive the three-fourths "
        "guarantee up to that date, your return travel and all pay you earned."
    )
    f.heading("8. Your rights")
    f.para(
        "You keep your own passport, visa and other identity papers at all times; the "
        "employer never holds them. Nobody will be blacklisted, threatened or reported to "
        "immigration for asking questions or filing a complaint. You are free to leave the "
        "housing whenever you are not working, and to receive visitors."
    )
    f.para(
        "¹ Keep your receipts. If a receipt is lost, we repay the fee published by the U.S. "
        "consulate for your visa class.",
        size=7.8,
        color=(80, 80, 80),
    )
    f.new_page()
    f.heading("9. Acknowledgement")
    f.para(
        "By signing, the worker confirms that he or she received this contract in English and "
        "in Spanish before the visa interview or, if hired later, before leaving home, had "
        "time to read it and ask questions, and has not paid anyone to be "
        "hired."
    )
    f.para(
        "Questions or complaints: the employer's office at 1180 Alder Flats Road (ask for "
        "Human Resources), or the U.S. Department of Labor, Wage and Hour Division, which "
        "accepts complaints in Spanish and does not ask about immigration status."
    )
    f.y += 14
    d.font("sans", "B", 10, (46, 84, 58))
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.w, 12, "Signatures")
    f.y += 22
    for col, (who, name) in enumerate(
        [
            ("For the employer", "Miriam Okafor-Lund, Orchard Manager"),
            ("Worker", "Name: ______________________"),
        ]
    ):
        x = f.x + col * 256
        d.font("sans", "", 8.5, (80, 80, 80))
        pdf.set_xy(x, f.y)
        pdf.cell(230, 10, who)
        d.draw((60, 60, 60), 0.6)
        pdf.line(x, f.y + 44, x + 230, f.y + 44)
        d.font("sans", "", 8.5, INK)
        pdf.set_xy(x, f.y + 48)
        pdf.cell(230, 10, name)
        pdf.set_xy(x, f.y + 62)
        pdf.cell(230, 10, "Date: ____ / ____ / 2026")
    while d.pdf.pages_count < 3:
        f.new_page()
    return d


def cw08():
    d = Doc(
        "cw08.pdf",
        "h2b",
        "es",
        "recruiter_flyer",
        "tall flyer page; colored title bands; two columns (offer | requirements) where the "
        "right column runs longer than the left; boxed cost list; asterisk fine print; "
        "contact strip",
        fmt=(540, 780),
        corridor="San Luis Potosí (MX) → Alabama and Georgia (US)",
        summary="recruiter flyer for H-2B pine-planting crews",
    )
    d.recruiters = ["Reclutadora Horizonte del Norte", "Rosalba Quintanilla"]
    d.traps = [
        "consular visa fee reimbursed by the employer in the first week (not visa_cost)",
        "outbound bus paid by the company",
        "tools and protective gear at no cost",
        "passport-only cost is visa_cost with severity review under H-2B",
        "'Cupo limitado' urgency is not a fee",
    ]
    pdf = d.pdf
    GREEN, DARK, ORANGE = (34, 102, 54), (20, 50, 30), (232, 120, 30)
    pdf.add_page()
    d.fill((250, 248, 240))
    pdf.rect(0, 0, 540, 780, style="F")
    d.fill(GREEN)
    pdf.rect(0, 0, 540, 64, style="F")
    d.font("sans", "B", 17, (255, 255, 255))
    pdf.set_xy(0, 14)
    pdf.cell(540, 20, "RECLUTADORA HORIZONTE DEL NORTE", align="C")
    d.font("sans", "", 9, (215, 240, 220))
    pdf.set_xy(0, 38)
    pdf.cell(540, 12, "Ciudad Valles · Tamazunchale · Rioverde, S.L.P.", align="C")
    d.font("sans", "B", 24, ORANGE)
    pdf.set_xy(0, 80)
    pdf.cell(540, 28, "¡TRABAJO EN ESTADOS UNIDOS!", align="C")
    d.font("sans", "B", 15, DARK)
    pdf.set_xy(0, 112)
    pdf.cell(540, 20, "Visa H-2B · Plantadores de pino · temporada 2026-2027", align="C")
    # pine trees
    # two columns
    top = 150
    d.fill(GREEN)
    pdf.rect(56, top, 204, 20, style="F")
    pdf.rect(280, top, 204, 20, style="F")
    d.font("sans", "B", 10.5, (255, 255, 255))
    pdf.set_xy(56, top + 4)
    pdf.cell(204, 12, "LO QUE OFRECEMOS", align="C")
    pdf.set_xy(280, top + 4)
    pdf.cell(204, 12, "REQUISITOS", align="C")

    def bullets(x, y, w, items, size=9.6, lh=12.6):
        for it in items:
            d.font("cond", "", size, INK)
            lines = d.wrap(it, w - 12)
            d.resolve(it)
            d.fill(ORANGE)
            pdf.ellipse(x, y + 4, 4.5, 4.5, style="F")
            for l in lines:
                pdf.set_xy(x + 10, y)
                pdf.cell(w - 12, lh, l)
                y += lh
            y += 5
        return y

    yl = bullets(
        58,
        top + 30,
        202,
        [
            d.T("job_duties", "Plantar pino con pala y barra") + " en terrenos de reforestación",
            "Campos de reforestación en " + d.T("work_location", "Alabama y Georgia"),
            d.T("employment_period", "Del 15 de noviembre de 2026 al 30 de abril de 2027"),
            d.T("hours_of_work", "8 horas diarias, de lunes a sábado"),
            d.T("wage_rate", "$15.12 por hora") + ", " + d.T("pay_frequency", "pago semanal"),
            d.T("tools_provided", "Herramienta y equipo de protección sin costo"),
            d.T("inbound_transportation", "Camión de ida pagado por la empresa"),
        ],
    )
    yr = bullets(
        282,
        top + 30,
        202,
        [
            "Hombres y mujeres mayores de 18 años",
            d.T("job_requirements", "Experiencia en campo o vivero"),
            "Buena condición física para caminar en cerro",
            "Pasaporte vigente con al menos un año",
            "Acta de nacimiento, CURP y comprobante de domicilio",
            "No tener visa negada en los últimos dos años",
            "Presentarse a la plática informativa del sábado",
        ],
    )
    yr = max(yr, yl + 4)
    yr = bullets(
        282,
        yr,
        202,
        [
            d.F(
                "visa_cost",
                "El pasaporte lo tramita y lo paga cada interesado.",
                None,
                None,
                passport_only=True,
            ),
        ],
    )
    assert yr > yl
    # the two columns can also be read column by column (crops used by the checks)
    d.crops = {1: [(50, top, 270, yr + 2), (274, top, 490, yr + 2)]}
    # costs box
    y = max(yl, yr) + 14
    d.fill((255, 255, 255))
    d.draw(ORANGE, 1.6)
    pdf.rect(40, y, 460, 112, style="DF")
    d.fill(ORANGE)
    pdf.rect(40, y, 460, 20, style="F")
    d.font("sans", "B", 11, (255, 255, 255))
    pdf.set_xy(40, y + 4)
    pdf.cell(460, 12, "COSTOS DEL TRÁMITE", align="C")
    d.font("sans", "", 10, INK)
    yy = y + 30
    for line in [
        d.F(
            "recruitment_fee",
            "Cuota de inscripción y trámite: 450 dólares, se paga al apartar su lugar.",
            450,
            "USD",
        ),
        d.F(
            "insurance_cost",
            "Seguro de gastos médicos para el viaje, obligatorio: 1,900 pesos.",
            1900,
            "MXN",
        ),
        d.T(
            "visa_reimbursement",
            "La cuota consular de la visa la reembolsa el patrón en la primera semana",
        )
        + ".*",
    ]:
        yy = d.block(54, yy, 432, line, 13.5) + 5
    # fine print and contact strip
    d.font("sans", "I", 7.8, (90, 90, 90))
    pdf.set_xy(40, y + 120)
    pdf.multi_cell(
        460,
        10,
        "* Traiga su recibo de la visa. Fotos ilustrativas. Cupo limitado: "
        "los lugares se dan en orden de pago.",
    )
    d.fill((60, 130, 80))
    for x in (70, 104, 436, 470):
        pdf.polygon([(x, 612), (x - 16, 642), (x + 16, 642)], style="F")
        pdf.polygon([(x, 628), (x - 20, 668), (x + 20, 668)], style="F")
        pdf.rect(x - 3, 668, 6, 12, style="F")
    d.fill(DARK)
    pdf.rect(0, 700, 540, 80, style="F")
    d.font("sans", "B", 12, (255, 255, 255))
    pdf.set_xy(0, 714)
    pdf.cell(540, 16, "INFORMES: Rosalba Quintanilla, Reclutadora Horizonte del Norte", align="C")
    d.font("sans", "", 10, (220, 235, 225))
    pdf.set_xy(0, 734)
    pdf.cell(
        540,
        14,
        "WhatsApp 481 555 0176 · Calle Hidalgo 27, Centro, Ciudad Valles, S.L.P.",
        align="C",
    )
    pdf.set_xy(0, 752)
    pdf.cell(540, 14, "Lunes a sábado de 9 a 3 · ¡Comparte con tus conocidos!", align="C")
    return d


def cw09():
    d = Doc(
        "cw09.pdf",
        "h2b",
        "es",
        "work_contract",
        "Letter; running header and footer with initials box; parties grid; lettered "
        "clauses; checkbox summary of employer-paid costs; two-column signature block; "
        "page 3 is an image-only scan (rotated, blurred, noisy photo of a handwritten "
        "receipt acknowledgement)",
        corridor="San Luis Potosí (MX) → Wyoming (US)",
        summary="formal H-2B housekeeping contract with a scanned signed acknowledgement",
    )
    d.recruiters = ["Conexión Laboral Huasteca, S.C."]
    d.traps = [
        "posting minibar charges to guests' accounts is a job duty",
        "recruiting agency named but paid by the employer ('sin costo alguno')",
        "visa, visa processing and border-crossing fees reimbursed in the first week",
        "inbound travel and food reimbursed; return transport paid",
        "uniforms, tools and cleaning products free and without deposit",
        "optional bed in staff dormitory at no cost; free staff meal",
        "only legally required taxes plus written voluntary deductions",
        "worker keeps passport; complaints without affecting rehire",
        "checkbox list of employer-paid costs",
        "scanned acknowledgement page repeats the employer name and says 'no pagué nada'",
    ]
    NAVY = (31, 58, 96)
    f = Formal(
        d,
        "CEDAR BASIN LODGE & SUITES LLC",
        "Contrato individual de trabajo H-2B · 2026",
        "Página {n} de {total} · Iniciales de la trabajadora: ______",
        3,
        band=NAVY,
        fam="sans",
        size=9.0,
        top=70,
        bottom=734,
    )
    pdf = d.pdf
    d.font("sans", "B", 13.5, NAVY)
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.w, 16, "CONTRATO INDIVIDUAL DE TRABAJO — PROGRAMA H-2B", align="C")
    f.y += 24
    f.table(
        [
            [
                "Empleador",
                d.T(
                    "employer_identity",
                    "Cedar Basin Lodge & Suites LLC, 455 Antler Loop, Jackson, Wyoming 83001",
                )
                + ", Estados Unidos",
            ],
            [
                "Trabajadora",
                "Brenda Lizeth Ocampo Rivas, con domicilio en Rioverde, San Luis Potosí, México",
            ],
            ["Orden de trabajo", "H-400-26-031877 · 14 puestos de camarista"],
            [
                "Agencia reclutadora",
                "Conexión Laboral Huasteca, S.C., Rioverde, S.L.P. (sus "
                "honorarios los paga el empleador)",
            ],
        ],
        [110, 382],
        size=8.6,
        zebra=(238, 242, 248),
    )

    def clause(letter, title, text):
        d.font("sans", "B", 9.0, NAVY)
        f.need(30)
        f.para(letter + ". " + title, style="B", color=NAVY, gap=1)
        f.para(text, indent=14)

    clause(
        "A",
        "Puesto y funciones",
        "La trabajadora se contrata como "
        + d.T(
            "job_duties",
            "camarista: limpiar y preparar habitaciones, cambiar ropa de cama, reponer amenidades",
        )
        + " y registrar en la tableta los cargos del minibar a la cuenta del huésped.",
    )
    clause(
        "B",
        "Requisitos",
        d.T("job_requirements", "Tres meses de experiencia en limpieza de habitaciones")
        + " de hotel o casa particular; no se requiere hablar inglés.",
    )
    clause(
        "C",
        "Lugar de trabajo",
        d.T("work_location", "Cedar Basin Lodge, 455 Antler Loop, Jackson, Wyoming")
        + ", y su anexo Cedar Basin Cabins en la misma propiedad.",
    )
    clause(
        "D",
        "Duración",
        "El contrato corre "
        + d.T("employment_period", "del 1 de mayo de 2026 al 15 de octubre de 2026")
        + ".",
    )
    clause(
        "E",
        "Jornada",
        d.T("hours_of_work", "35 horas por semana como mínimo, en turnos de 8:00 a 16:30")
        + " con media hora para comer, cinco días a la semana; los días de "
        "descanso se publican cada jueves.",
    )
    clause(
        "F",
        "Salario",
        "Se pagan " + d.T("wage_rate", "$18.40 por hora") + ". Si durante el "
        "contrato se publica un salario prevaleciente o un salario mínimo más alto, "
        + d.T("wage_adjustment", "se le pagará el más alto desde la fecha en que entre en vigor")
        + ". "
        + d.T(
            "overtime",
            "Las horas extra, después de 40 horas en la semana, se pagan a $27.60 por hora",
        )
        + ".",
    )
    clause(
        "G",
        "Pago y talón",
        "El pago es "
        + d.T("pay_frequency", "cada dos semanas, los viernes")
        + ", por depósito directo o cheque. "
        + d.T(
            "earnings_statements",
            "Con "
            "cada pago recibirá un talón que muestra las horas ofrecidas, las horas trabajadas, "
            "la tarifa, el total ganado y cada descuento",
        )
        + ".",
    )
    clause(
        "H",
        "Descuentos",
        d.T(
            "deductions",
            "Solo se descuentan el impuesto federal sobre "
            "la renta, el Seguro Social y Medicare, y los descuentos voluntarios que usted "
            "autorice por escrito para su propio beneficio",
        )
        + ". Nunca se descuentan uniformes, "
        "herramientas, viaje ni honorarios de reclutamiento.",
    )
    clause(
        "I",
        "Garantía de horas",
        "El empleador le garantiza "
        + d.T(
            "three_fourths_guarantee",
            "trabajo por al menos tres cuartas partes de las horas de cada periodo de 12 semanas",
        )
        + "; si le ofrece menos, le paga la diferencia.",
    )
    clause(
        "J",
        "Viaje y visa",
        "El empleador "
        + d.T(
            "inbound_transportation",
            "le reembolsará "
            "en la primera semana de trabajo el transporte y los alimentos del viaje desde "
            "Rioverde hasta Jackson",
        )
        + ". "
        + d.T(
            "visa_reimbursement",
            "La cuota de la visa, "
            "los gastos de su trámite y los de cruce fronterizo también se le reembolsan en la "
            "primera semana",
        )
        + ". Si termina el contrato o es despedida antes sin causa, "
        + d.T("return_transportation", "el empleador paga su transporte de regreso a Rioverde")
        + ".",
    )
    clause(
        "K",
        "Uniformes y herramientas",
        d.T(
            "tools_provided",
            "Los uniformes, las "
            "herramientas y los productos de limpieza se le entregan sin costo y sin depósito",
        )
        + ".",
    )
    clause(
        "L",
        "Alojamiento y comida",
        "Si lo desea, puede ocupar una cama en el dormitorio "
        "del personal sin costo; en la cafetería del personal la comida del turno es "
        "gratuita.",
    )
    clause(
        "M",
        "Terminación",
        "Si la trabajadora "
        + d.T("termination", "abandona el trabajo por 5 días consecutivos sin avisar")
        + ", el empleador podrá darla por terminada y "
        "lo notificará al Departamento de Trabajo; el despido solo procede por causa "
        "justificada.",
    )
    clause(
        "N",
        "Imposibilidad de cumplir",
        d.T(
            "contract_impossibility",
            "Si un incendio, una "
            "inundación u otra causa de fuerza mayor hace imposible continuar el trabajo",
        )
        + ", el empleador pagará lo ganado, la garantía de horas hasta esa fecha y el regreso.",
    )
    clause(
        "O",
        "Sin cobros",
        "Ni el empleador, ni Conexión Laboral Huasteca, S.C., ni ninguna "
        "otra persona puede cobrarle por este empleo: la contratación es sin costo alguno "
        "para usted.",
    )
    clause(
        "P",
        "Sus documentos y sus quejas",
        "Usted conserva siempre su pasaporte, su visa y "
        "su identificación. Puede presentar una queja ante el Departamento de Trabajo sin "
        "que eso afecte su recontratación.",
    )
    # checkbox summary
    f.need(110)
    f.y += 6
    d.font("sans", "B", 9.0, NAVY)
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.w, 12, "Resumen: costos que paga el empleador (marcados)")
    f.y += 16
    items = [
        "Cuota de la visa",
        "Cruce fronterizo",
        "Autobús y comidas de ida",
        "Regreso a Rioverde",
        "Uniformes y herramientas",
        "Honorarios de la agencia",
    ]
    for i, it in enumerate(items):
        x = f.x + (i % 3) * 166
        yy = f.y + (i // 3) * 16
        d.checkbox(x, yy + 1.5, 8, checked=True)
        d.font("sans", "", 8.6, INK)
        pdf.set_xy(x + 13, yy)
        pdf.cell(150, 11, it)
    f.y += 40
    f.need(90)
    for col, (who, name) in enumerate(
        [
            ("Por el empleador", "Garrett Lindqvist, Gerente de Recursos Humanos"),
            ("La trabajadora", "Brenda Lizeth Ocampo Rivas"),
        ]
    ):
        x = f.x + col * 256
        d.font("sans", "", 8.4, (80, 80, 80))
        pdf.set_xy(x, f.y)
        pdf.cell(230, 10, who)
        d.draw((60, 60, 60), 0.6)
        pdf.line(x, f.y + 40, x + 230, f.y + 40)
        d.font("sans", "", 8.4, INK)
        pdf.set_xy(x, f.y + 44)
        pdf.cell(230, 10, name)
        pdf.set_xy(x, f.y + 57)
        pdf.cell(230, 10, "Fecha: 19 de marzo de 2026")
    assert pdf.pages_count == 2, pdf.pages_count
    # page 3: image-only scan of the handwritten acknowledgement (no fee, no new term)
    scan = render_scan(
        [
            ("title", "CONSTANCIA DE RECEPCIÓN DEL CONTRATO"),
            ("print", "Cedar Basin Lodge & Suites LLC — temporada 2026"),
            ("gap", "14"),
            ("hand", "Yo, Brenda Lizeth Ocampo Rivas, recibí hoy mi contrato"),
            ("hand", "de trabajo en español y una copia para mí. Lo leí con calma"),
            ("hand", "y me explicaron mis dudas. No pagué nada a nadie para"),
            ("hand", "recibir este trabajo."),
            ("hand", "Rioverde, S.L.P., a 19 de marzo de 2026."),
            ("gap", "30"),
            ("sign", "0|Firma de la trabajadora"),
            ("gap", "70"),
            ("sign", "250|Entregó (por el empleador)"),
            ("gap", "90"),
            ("small", "Huella digital (índice derecho):"),
        ],
        dpi=220,
        seed=9,
        rotate=0.8,
    )
    d.scanned_page(scan)
    return d


def cw10():
    d = Doc(
        "cw10.pdf",
        "generic",
        "en",
        "recruitment_poster_and_form",
        "A4; page 1 poster (diagonal banner, job cards in two columns, cost / who-pays "
        "table, footnote); page 2 registration form with filled handwriting fields, "
        "checkboxes, numbered terms and signature lines",
        fmt=A4,
        corridor="Jamaica → Alberta (Canada)",
        summary="recruitment poster and applicant registration form for hotel jobs in Canada",
    )
    d.recruiters = ["Island Pathways Overseas Placement Ltd."]
    d.traps = [
        "cost table: LMIA/work permit, flight and bus in, medical, uniforms and staff "
        "accommodation all paid by the employer",
        "line cooks collect buffet ticket fees from walk-in guests (job duty)",
        "'refundable' bond is still a bond",
        "no deductions and no termination rules stated (both missing)",
    ]
    pdf = d.pdf
    TEAL, GOLD, BLACK = (0, 110, 120), (246, 190, 0), (30, 30, 30)
    W = d.W
    pdf.add_page()
    d.fill((0, 155, 72))
    pdf.rect(0, 0, W, 70, style="F")
    d.fill(GOLD)
    pdf.polygon([(0, 70), (W, 40), (W, 58), (0, 88)], style="F")
    d.font("sans", "B", 16, (255, 255, 255))
    pdf.set_xy(36, 16)
    pdf.cell(W - 72, 18, "ISLAND PATHWAYS OVERSEAS PLACEMENT LTD.")
    d.font("sans", "", 8.5, (230, 255, 235))
    pdf.set_xy(36, 36)
    pdf.cell(
        W - 72, 11, "14 Constant Spring Road, Kingston 10 · 876-555-0164 · islandpathways.example"
    )
    d.font("sans", "B", 27, BLACK)
    pdf.set_xy(36, 104)
    pdf.cell(W - 72, 30, "NOW HIRING FOR CANADA")
    d.font("sans", "B", 13, TEAL)
    pdf.set_xy(36, 138)
    pdf.cell(W - 72, 16, "Summer 2026 · Resort hotels in the Rocky Mountains")
    y = 170
    f_emp = "Employer: " + d.T(
        "employer_identity",
        "Whitebark Lodge Resorts Inc., 200 Caribou Street, Banff, Alberta T1L 1A0, Canada",
    )
    d.font("serif", "", 10)
    y = d.block(36, y, W - 72, f_emp, 13) + 8
    # job cards, two columns
    cards = [
        (
            "ROOM ATTENDANTS (20)",
            [
                d.T(
                    "job_duties",
                    "Room attendants clean and prepare guest "
                    "rooms, change linen and restock amenities",
                )
                + ".",
                "Hotel experience an asset.",
            ],
        ),
        (
            "LINE COOKS (8)",
            [
                "Line cooks prepare breakfast and dinner in the hotel kitchen.",
                "Line cooks also collect buffet ticket fees from walk-in guests.*",
            ],
        ),
    ]
    top = y
    for i, (title, lines) in enumerate(cards):
        x = 36 + i * ((W - 72) / 2 + 6)
        cw = (W - 72) / 2 - 6
        d.fill((232, 244, 245))
        pdf.rect(x, top, cw, 96, style="F")
        d.font("sans", "B", 10.5, TEAL)
        pdf.set_xy(x + 8, top + 7)
        pdf.cell(cw - 16, 13, title)
        d.font("serif", "", 9.4, INK)
        yy = top + 25
        for l in lines:
            yy = d.block(x + 8, yy, cw - 16, l, 12) + 3
    d.crops = {
        1: [
            (30, top, 36 + (W - 72) / 2 + 2, top + 96),
            (36 + (W - 72) / 2 + 4, top, W - 30, top + 96),
        ]
    }
    y = top + 108
    d.font("sans", "B", 11, BLACK)
    pdf.set_xy(36, y)
    pdf.cell(W - 72, 14, "THE JOB")
    y += 18
    d.font("serif", "", 10, INK)
    for l in [
        "Place of work: " + d.T("work_location", "Banff, Alberta, Canada") + ".",
        "Contract: " + d.T("employment_period", "May 4, 2026 to October 31, 2026") + ".",
        "Hours: " + d.T("hours_of_work", "40 hours per week") + ", five shifts.",
        "Pay: "
        + d.T("wage_rate", "CAD 18.25 per hour")
        + ", "
        + d.T("pay_frequency", "paid every two weeks")
        + " by direct deposit.",
        d.T(
            "return_transportation",
            "The employer pays your return flight to Kingston at the end of the contract",
        )
        + ".",
    ]:
        y = d.block(48, y, W - 96, "• " + l, 13.5) + 1
    y += 8
    d.font("sans", "B", 11, BLACK)
    pdf.set_xy(36, y)
    pdf.cell(W - 72, 14, "WHAT IT COSTS AND WHO PAYS")
    y += 18
    rows = [
        ("Item", "Who pays"),
        ("LMIA and work permit fees", "Employer"),
        ("Flight Kingston to Calgary and bus to Banff", "Employer"),
        ("Medical exam by the panel physician", "Employer"),
        ("Uniforms and kitchen knives", "Employer"),
        ("Staff accommodation (shared room)", "Employer"),
    ]
    for i, (a, b) in enumerate(rows):
        d.fill(TEAL if i == 0 else ((240, 240, 240) if i % 2 else (255, 255, 255)))
        pdf.rect(36, y, 330, 16, style="F")
        pdf.rect(366, y, 120, 16, style="F")
        d.draw((180, 180, 180), 0.4)
        pdf.rect(36, y, 330, 16)
        pdf.rect(366, y, 120, 16)
        d.font("sans", "B" if i == 0 else "", 8.8, (255, 255, 255) if i == 0 else INK)
        pdf.set_xy(40, y + 3)
        pdf.cell(320, 10, a)
        pdf.set_xy(370, y + 3)
        pdf.cell(110, 10, b)
        y += 16
    y += 12
    d.fill((255, 246, 214))
    pdf.rect(36, y, W - 72, 46, style="F")
    d.font("serif", "B", 10, INK)
    d.block(
        46,
        y + 7,
        W - 92,
        d.F(
            "training_cost",
            "All shortlisted applicants must "
            "attend our Hospitality Readiness Workshop, fee USD 450, before the employer "
            "interview.",
            450,
            "USD",
        ),
        13.5,
    )
    y = y + 58
    d.font("sans", "I", 7.8, (90, 90, 90))
    pdf.set_xy(36, y)
    pdf.multi_cell(
        W - 72,
        10,
        "* The buffet ticket money belongs to the hotel and is handed in "
        "at the end of each shift. Interviews in Kingston and Montego Bay; bring "
        "this form completed.",
    )
    d.fill((0, 155, 72))
    pdf.rect(0, d.H - 36, W, 36, style="F")
    d.font("sans", "B", 10, (255, 255, 255))
    pdf.set_xy(0, d.H - 25)
    pdf.cell(W, 12, "Walk-in registration Monday to Friday, 9 a.m. to 3 p.m.", align="C")

    # ---- page 2: registration form ----
    pdf.add_page()
    d.font("sans", "B", 14, TEAL)
    pdf.set_xy(36, 36)
    pdf.cell(W - 72, 18, "APPLICANT REGISTRATION FORM")
    d.font("sans", "", 8.5, (90, 90, 90))
    pdf.set_xy(36, 56)
    pdf.cell(
        W - 72, 11, "Island Pathways Overseas Placement Ltd. · Canada Summer 2026 · Form IP-07"
    )
    d.draw(TEAL, 1)
    pdf.line(36, 72, W - 36, 72)
    y = 86
    fields = [
        ("Full name", d.T("worker_identity", "Kemoy Andre Whitely")),
        ("Date of birth", "11 / 03 / 1998"),
        ("Address", "Lot 52, Keystone, Old Harbour, St. Catherine"),
        ("Phone", "876-555-0198"),
        ("Passport number", "A0917735 (expires 2029)"),
    ]
    for k, v in fields:
        d.font("sans", "B", 9, INK)
        pdf.set_xy(36, y)
        pdf.cell(120, 14, k + ":")
        d.font("hand", "", 12, HAND_BLUE)
        pdf.set_xy(160, y - 1)
        pdf.cell(W - 200, 14, v)
        d.draw((150, 150, 150), 0.5)
        pdf.line(158, y + 14, W - 36, y + 14)
        y += 24
    y += 4
    d.font("sans", "B", 9, INK)
    pdf.set_xy(36, y)
    pdf.cell(120, 12, "Position applied for:")
    for i, (lab, chk) in enumerate([("Room attendant", True), ("Line cook", False)]):
        d.checkbox(170 + i * 130, y + 2, 9, chk)
        d.font("sans", "", 9, INK)
        pdf.set_xy(184 + i * 130, y)
        pdf.cell(110, 12, lab)
    y += 22
    d.font("sans", "B", 9, INK)
    pdf.set_xy(36, y)
    pdf.cell(120, 12, "Worked abroad before:")
    for i, (lab, chk) in enumerate([("Yes", False), ("No", True)]):
        d.checkbox(170 + i * 130, y + 2, 9, chk)
        d.font("sans", "", 9, INK)
        pdf.set_xy(184 + i * 130, y)
        pdf.cell(110, 12, lab)
    y += 30
    d.font("sans", "B", 11, TEAL)
    pdf.set_xy(36, y)
    pdf.cell(W - 72, 14, "Terms of registration")
    y += 20
    terms = [
        d.F(
            "recruitment_fee",
            "A non-refundable registration fee of JMD 15,000 is due when you hand in this form.",
            15000,
            "JMD",
        ),
        "Applicants who are shortlisted will be told the workshop dates by text message.",
        d.F(
            "deposit_or_bond",
            "Selected workers lodge a performance bond of JMD 80,000, "
            "returned after the worker completes the contract and comes home.",
            80000,
            "JMD",
        ),
        "Island Pathways arranges the interview with the employer; the employer makes the job "
        "offer and the contract.",
    ]
    for i, t in enumerate(terms):
        d.font("serif", "", 9.8, INK)
        pdf.set_xy(36, y)
        pdf.cell(16, 13, "%d." % (i + 1))
        y = d.block(54, y, W - 90, t, 13) + 6
    y += 6
    d.font("sans", "B", 9, INK)
    pdf.set_xy(36, y)
    pdf.cell(200, 12, "Payment of registration:")
    for i, (lab, chk) in enumerate(
        [("Cash", True), ("Bank deposit", False), ("Money transfer", False)]
    ):
        d.checkbox(190 + i * 110, y + 2, 9, chk)
        d.font("sans", "", 9, INK)
        pdf.set_xy(204 + i * 110, y)
        pdf.cell(90, 12, lab)
    y += 40
    for col, lab in enumerate(["Applicant signature", "For office use (received by, date)"]):
        x = 36 + col * 270
        d.draw((60, 60, 60), 0.6)
        pdf.line(x, y + 30, x + 230, y + 30)
        d.font("sans", "", 8, (80, 80, 80))
        pdf.set_xy(x, y + 34)
        pdf.cell(230, 10, lab)
    d.font("hand", "", 12, HAND_BLUE)
    pdf.set_xy(40, y + 12)
    pdf.cell(200, 14, "K. Whitely")
    pdf.set_xy(310, y + 12)
    pdf.cell(200, 14, "SG  09/02/2026")
    return d


def cw11():
    d = Doc(
        "cw11.pdf",
        "generic",
        "es",
        "whatsapp_chat",
        "WhatsApp screenshots (phone-size pages); long offer-summary message with bold "
        "heading; reply quote; voice-note bubble; day chips",
        fmt=PHONE,
        corridor="Honduras → Huelva (Spain)",
        summary="WhatsApp chat in which an ethical recruiter sends and explains a complete "
        "strawberry-harvest offer",
    )
    d.recruiters = ["Maritza Funes", "Senda Empleo Ético, S.A."]
    d.traps = [
        "'15,000 lempiras' rumour denied: no fee ('ni un lempira'); agency paid by the company",
        "outbound flight, visa fee and medical exam paid by the company ('sin costo alguno')",
        "passport cost reimbursed in the first payroll (not visa_cost)",
        "free lodging with kitchen, no water or power charges",
        "statutory Social Security and income-tax withholding only (not insurance_cost)",
        "worker keeps passport; may go home early without any fine",
        "boots, gloves and rain clothes free",
    ]
    c = Chat(d, "wa", "Maritza Funes · Senda Empleo", "+504 9555-0131 · en línea")
    c.chip("JUEVES, 8 DE ENERO DE 2026")
    c.msg(
        "L",
        "Buenos días, Yesenia. Le escribe Maritza Funes, de Senda Empleo Ético, S.A., la "
        "agencia que hace la selección para la campaña de fresa en España.",
        "9:05",
    )
    c.msg(
        "L",
        "Le comparto el resumen de su oferta para que lo lea con calma y me pregunte todo "
        "lo que quiera.",
        "9:05",
    )
    c.msg(
        "L",
        "RESUMEN DE LA OFERTA\n"
        "Trabajadora: " + d.T("worker_identity", "Yesenia Carolina Ávila Mejía") + ".\n"
        "Empresa: "
        + d.T(
            "employer_identity",
            "Fresales del Tinto, S.L., Camino de la Matilla s/n, 21800 Moguer (Huelva), España",
        )
        + ".\n"
        "Puesto: " + d.T("job_duties", "recolectora de fresa y arándano") + "; también "
        "limpieza de plantas y colocación de plástico en los túneles.\n"
        "Lugar: "
        + d.T("work_location", "fincas de la empresa en Moguer y Palos de la Frontera (Huelva)")
        + ".\n"
        "Periodo: " + d.T("employment_period", "del 16 de febrero al 15 de junio de 2026") + ".\n"
        "Jornada: " + d.T("hours_of_work", "39 horas semanales, de lunes a sábado") + ", de "
        "8:00 a 14:30.\n"
        "Salario: " + d.T("wage_rate", "60,25 euros brutos por día trabajado") + ".\n"
        "Pago: " + d.T("pay_frequency", "cada mes, por transferencia") + ", antes del día 5.\n"
        "Descuentos: "
        + d.T(
            "deductions",
            "solo la cotización a la Seguridad Social y la retención del IRPF que marca la ley",
        )
        + ".\n"
        "Regreso: "
        + d.T("return_transportation", "el billete de vuelta a San Pedro Sula lo paga la empresa")
        + " al terminar la campaña.",
        "9:07",
        bold_first=True,
    )
    c.msg(
        "R",
        "Muchas gracias licenciada. ¿Y cuánto les tengo que pagar a ustedes? En la aldea "
        "dicen que son 15,000 lempiras.",
        "9:31",
    )
    c.msg(
        "L",
        "Nada. A usted no le cobramos ni un lempira: nuestros honorarios los paga la "
        "empresa. Si alguien le pide dinero a nombre nuestro, no lo entregue y avísenos.",
        "9:34",
        reply=("Usted", "¿Y cuánto les tengo que pagar a ustedes?"),
    )
    c.msg("R", "¿Y el pasaje de avión y la visa?", "9:36")
    c.msg(
        "L",
        "El vuelo de ida, la tasa del visado y el examen médico en la Clínica Santa Lucía "
        "también los paga la empresa, sin costo alguno para usted.",
        "9:38",
    )
    c.msg(
        "L",
        "Si todavía no tiene pasaporte, guarde el recibo: la empresa le devuelve lo que "
        "pagó por el pasaporte en la primera nómina.",
        "9:38",
    )
    c.chip("VIERNES, 9 DE ENERO DE 2026")
    c.msg("R", "Buenos días. ¿Dónde vamos a vivir? ¿Eso se paga?", "7:12")
    c.msg(
        "L",
        "El alojamiento en la finca es gratuito, con cocina equipada, y no se le cobra "
        "agua ni luz.",
        "7:40",
    )
    c.msg(
        "R",
        "¿Me van a quitar el pasaporte allá? A mi prima se lo quitaron en otra empresa.",
        "7:42",
    )
    c.msg(
        "L",
        "No. Su pasaporte siempre lo guarda usted; nadie de la empresa ni de la agencia se "
        "lo puede pedir para quedárselo.",
        "7:45",
    )
    c.msg("R", "¿Y si me enfermo o me quiero regresar antes?", "7:47")
    c.msg(
        "L",
        "Puede regresar cuando usted decida, sin ninguna multa; solo avise con unos días "
        "de anticipación.",
        "7:50",
    )
    c.msg(
        "L",
        d.T("termination", "La empresa solo puede despedirla por causa justificada y por escrito")
        + ", y si falta tres días seguidos sin avisar se considera que dejó el "
        "trabajo.",
        "7:51",
    )
    c.msg("L", "Las botas, los guantes y la ropa de agua se los dan gratis.", "7:52")
    c.voice("R", "0:26", "8:03", seed=5)
    c.msg(
        "L",
        "Con gusto. El contrato completo se lo entregamos en español antes de firmar, y "
        "usted se queda con una copia.",
        "8:10",
    )
    c.msg("R", "Gracias, Dios la bendiga", "8:11")
    return d


def cw12():
    d = Doc(
        "cw12.pdf",
        "h2a",
        "en+es",
        "whatsapp_group_chat",
        "WhatsApp group screenshots (phone-size pages); colored sender names; pinned group "
        "description; bilingual office notices posted twice (English then Spanish); "
        "Spanglish crew-leader messages",
        fmt=PHONE,
        corridor="Mexico → Florida (US)",
        summary="crew WhatsApp group for H-2A strawberry pickers with office notices and "
        "the crew leader's messages",
    )
    d.recruiters = []
    d.traps = [
        "crew leader and farm office are the employer's staff, no recruiter named",
        "the office's deductions list names only tax and written authorizations",
        "free bus from the trailers to the fields",
        "bus from the border and road meals paid back by the farm",
        "kitchen in every trailer at no charge",
        "'se los presto un rato' about passports does not cure retention",
        "housing notice posted in English and Spanish: one clause (group 1)",
    ]
    OFF, HOM, JUL, EFR = (18, 128, 90), (196, 74, 40), (120, 70, 170), (40, 100, 190)
    c = Chat(
        d,
        "wa",
        "Cuadrilla Ramírez · Sweet Bay 2026",
        "Homero, Oficina Sweet Bay, Efraín, Julio, Tú",
        group=True,
    )
    c.system(
        "Oficina Sweet Bay Farms te añadió al grupo. Descripción: "
        + d.T(
            "employer_identity", "Sweet Bay Farms LLC, 9120 Turkey Creek Road, Plant City, FL 33567"
        )
    )
    c.chip("MIÉRCOLES, 10 DE DICIEMBRE DE 2025")
    c.msg(
        "L",
        "Welcome to the strawberry season. The work is "
        + d.T(
            "job_duties",
            "hand-harvesting strawberries and packing them into clamshells in the field",
        )
        + ".",
        "7:02",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.msg(
        "L",
        "Rate this season is " + d.T("wage_rate", "$15.02 per hour") + " or the piece "
        "rate, whichever is more. " + d.T("pay_frequency", "Payday is every Thursday") + ".",
        "7:03",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.msg(
        "L",
        d.T("housing", "Housing is the trailer park at 4410 Sydney Road, Plant City")
        + ". "
        + d.T("meals", "Cada trailer tiene su cocina y no se cobra")
        + ".",
        "7:04",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.msg(
        "L",
        "Raza, mañana "
        + d.T("daily_transportation", "the bus leaves the trailers at 6:15, es gratis como siempre")
        + ". Vamos a "
        + d.T("work_location", "the Keysville Road fields in Plant City")
        + ".",
        "18:20",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.msg(
        "L",
        "Reminder: "
        + d.T(
            "inbound_transportation",
            "the farm pays you back your bus from the border and your meals on the road",
        )
        + ", bring the receipts to the office.",
        "18:45",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.chip("LUNES, 5 DE ENERO DE 2026")
    c.msg(
        "L",
        "NOTICE: "
        + d.F(
            "housing_charge",
            "Starting this week each worker pays $60 per "
            "week for housing and utilities, deducted from payroll.",
            60,
            "USD",
            group=1,
        ),
        "8:00",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.msg(
        "L",
        "AVISO: "
        + d.F(
            "housing_charge",
            "A partir de esta semana cada trabajador paga "
            "$60 por semana de vivienda y luz, descontados de la nómina.",
            60,
            "USD",
            group=1,
        ),
        "8:00",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.msg("L", "Pero el contrato decía vivienda gratis??", "8:14", sender="Julio", sender_color=JUL)
    c.msg(
        "L",
        "Así lo decidió la office, no le busquen.",
        "8:20",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.msg(
        "L",
        d.T(
            "deductions",
            "Deductions from your check this season: federal income tax if "
            "you asked for it and anything you authorize in writing",
        )
        + ".",
        "9:05",
        sender="Oficina Sweet Bay",
        sender_color=OFF,
    )
    c.chip("MARTES, 6 DE ENERO DE 2026")
    c.msg(
        "L",
        d.F(
            "wage_withholding",
            "Los primeros $100 de cada cheque se quedan en la office "
            "hasta que termine la season, so nobody runs away.",
            100,
            "USD",
        ),
        "19:02",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.msg(
        "L",
        d.F(
            "document_retention",
            "Mañana traigan sus pasaportes y las visas, I'm keeping "
            "them in the office safe hasta que se acabe el contrato.",
            None,
            None,
        ),
        "19:03",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.msg("L", "¿Y si lo necesito para mandar dinero?", "19:10", sender="Efraín", sender_color=EFR)
    c.msg(
        "L",
        "Me avisan y se los presto un rato.",
        "19:12",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.chip("JUEVES, 8 DE ENERO DE 2026")
    c.msg(
        "L",
        d.F(
            "damage_chargeback",
            "Whoever broke the window in trailer 3 pays for it, $240 "
            "split between the four of you.",
            240,
            "USD",
        ),
        "20:31",
        sender="Homero Ramírez",
        sender_color=HOM,
    )
    c.msg(
        "L",
        "Nosotros no fuimos, ya estaba rota cuando llegamos",
        "20:40",
        sender="Julio",
        sender_color=JUL,
    )
    c.msg("L", "Me vale, se paga el viernes.", "20:41", sender="Homero Ramírez", sender_color=HOM)
    c.msg("R", "Yo ni vivo en el 3, estoy en el 5", "20:44")
    c.msg("L", "Todos los del 3, dije.", "20:45", sender="Homero Ramírez", sender_color=HOM)
    return d


DOCS = [cw01, cw02, cw03, cw04, cw05, cw06, cw07, cw08, cw09, cw10, cw11, cw12]


# ======================================================================================
# Build, verify, compare
# ======================================================================================
ISO = {"USD", "MXN", "PHP", "GTQ", "JMD", "CAD", "EUR"}
AMOUNT_FORMS = [  # (description, regex over the fee quotes)
    ("USD 450", r"USD 450\b"),
    ("$ with cents ($120.00 style)", r"\$\d[\d,]*\.\d\d\b"),
    ("450 dólares", r"\b450 dólares"),
    ("MXN 8,500", r"MXN 8,500"),
    ("8 500 pesos", r"\b8 500 pesos"),
    ("Q3,000", r"Q3,000"),
    ("PHP 25,000", r"PHP 25,000"),
    ("amount in words", r"twelve thousand five hundred|seis mil doscientos|cincuenta dólares"),
    ("two weeks' wages", r"two weeks' wages"),
]


def page_texts(pdf, crops):
    out = []
    for i, pg in enumerate(pdf.pages):
        texts = [norm(pg.extract_text() or "")]
        for bb in crops.get(i + 1, []):
            texts.append(norm(pg.crop(bb).extract_text() or ""))
        out.append(texts)
    return out


def verify(docs, labels, out_dir):
    errors = []
    notes = []

    def err(msg):
        errors.append(msg)

    for d, lab in zip(docs, labels):
        path = os.path.join(out_dir, lab["file"])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                err("%s: %d pages, label says %d" % (lab["file"], len(pdf.pages), lab["pages"]))
            if not 1 <= lab["pages"] <= 4:
                err("%s: %d pages outside 1-4" % (lab["file"], lab["pages"]))
            texts = page_texts(pdf, d.crops)
            alltext = " ".join(t for ts in texts for t in ts)
            # scanned / text pages
            for i, pg in enumerate(pdf.pages):
                if (i + 1) in d.scanned_pages:
                    if pg.chars:
                        err("%s p%d: scanned page has a text layer" % (lab["file"], i + 1))
                    if len(pg.images) != 1:
                        err("%s p%d: scanned page should hold one image" % (lab["file"], i + 1))
                    else:
                        im = pg.images[0]
                        dpi = im["srcsize"][0] / (float(pg.width) / 72.0)
                        if dpi < 200:
                            err("%s p%d: scan at %.0f dpi" % (lab["file"], i + 1, dpi))
                        notes.append(
                            "%s p%d: image-only scan, %dx%d px, %.0f dpi"
                            % (lab["file"], i + 1, im["srcsize"][0], im["srcsize"][1], dpi)
                        )
                elif not pg.chars:
                    err("%s p%d: text page without text" % (lab["file"], i + 1))
            # fees
            for f in lab["fees"]:
                q = norm(f["quote"])
                if f["category"] not in CATEGORIES:
                    err("%s: unknown category %s" % (lab["file"], f["category"]))
                if f["severity"] != severity(
                    f["category"],
                    lab["program"],
                    any(x["quote"] == q and x["passport_only"] for x in d.fees),
                ):
                    err("%s: severity mismatch for %s" % (lab["file"], q))
                p = f["page"]
                if not isinstance(p, int) or not 1 <= p <= lab["pages"]:
                    err("%s: bad page %r" % (lab["file"], p))
                    continue
                if p in d.scanned_pages:
                    err("%s: fee on the scanned page: %s" % (lab["file"], q))
                ts = texts[p - 1]
                if q in ts[0]:
                    pass
                elif any(q in t for t in ts[1:]):
                    notes.append(
                        "%s p%d: quote found in a column crop: %s" % (lab["file"], p, q[:60])
                    )
                else:
                    err("%s p%d: quote not on page: %s" % (lab["file"], p, q))
                others = [i + 1 for i, t in enumerate(texts) if i + 1 != p and q in t[0]]
                if others:
                    err("%s: quote also on pages %s: %s" % (lab["file"], others, q))
                if re.search(r"[.!?]\s+[¿¡]?[A-ZÁÉÍÓÚÑ]", q) or not re.search(r"[.!?]$", q):
                    err("%s: quote is not exactly one sentence: %s" % (lab["file"], q))
                if (f["amount"] is None) != (f["currency"] is None):
                    err("%s: amount/currency mismatch: %s" % (lab["file"], q))
                if f["currency"] is not None and f["currency"] not in ISO:
                    err("%s: currency %s" % (lab["file"], f["currency"]))
            # recruiters
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    err("%s: recruiter not in text: %s" % (lab["file"], r))
            # term evidence
            for term, ev in d.terms.items():
                if ev not in alltext:
                    err("%s: evidence for %s not in text: %s" % (lab["file"], term, ev))
                elif not any(ev in ts[0] for ts in texts):
                    notes.append("%s: evidence for %s found in a column crop" % (lab["file"], term))
            for t in lab["missing_terms"]:
                if t not in REQUIRED[lab["program"]]:
                    err("%s: %s is not required for %s" % (lab["file"], t, lab["program"]))
            if lab["missing_terms"] != [t for t in REQUIRED[lab["program"]] if t not in d.terms]:
                err("%s: missing_terms not derived from evidence" % lab["file"])
            if not lab["traps"]:
                err("%s: no traps listed" % lab["file"])
    # batch mix
    files = [l["file"] for l in labels]
    if files != ["cw%02d.pdf" % i for i in range(1, 13)]:
        err("files: %s" % files)
    progs = {l["program"] for l in labels}
    if progs != {"h2a", "h2b", "generic"}:
        err("programs: %s" % progs)
    langs = {l["language"] for l in labels}
    if not {"en", "es", "en+es"} <= langs or not langs <= {"en", "es", "en+es"}:
        err("languages: %s" % langs)
    compliant = [l["file"] for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        err("only %d compliant documents" % len(compliant))
    for l in labels:
        if l["file"] in compliant and len(l["traps"]) < 5:
            err("%s: compliant document with few look-alikes" % l["file"])
        if not l["fees"] and l["file"] not in compliant:
            err("%s: no fees but missing terms (neither compliant nor a fee document)" % l["file"])
        if l["fees"]:
            clauses = len({f.get("group", "s%d" % i) for i, f in enumerate(l["fees"])})
            if not 1 <= clauses <= 5:
                err("%s: %d findings (1-5 expected)" % (l["file"], clauses))
    scanned = [(d.file, d.scanned_pages) for d in docs if d.scanned_pages]
    if len(scanned) != 1 or len(scanned[0][1]) != 1:
        err("scanned documents: %s" % scanned)
    quotes = " | ".join(f["quote"] for l in labels for f in l["fees"])
    for desc, rx in AMOUNT_FORMS:
        if not re.search(rx, quotes):
            err("amount form missing from the quotes: %s" % desc)
    return errors, notes, compliant


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    write = "--write-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    docs, labels = [], []
    for fn in DOCS:
        d = fn()
        d.save(out_dir)
        docs.append(d)
        labels.append(d.label())
    text = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    errors, notes, compliant = verify(docs, labels, out_dir)
    committed = os.path.join(HERE, "labels.json")
    if write:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("rewrote %s" % committed)
    if not os.path.exists(committed):
        errors.append("no committed labels.json next to build.py (run with --write-labels)")
    else:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            for a, b in zip(old, labels):
                if a != b:
                    for k in sorted(set(a) | set(b)):
                        if a.get(k) != b.get(k):
                            errors.append("labels differ: %s %s" % (b.get("file"), k))
            if len(old) != len(labels):
                errors.append("labels differ: %d vs %d documents" % (len(old), len(labels)))
    # summary
    cats = {}
    for l in labels:
        for f in l["fees"]:
            cats[f["category"]] = cats.get(f["category"], 0) + 1
    print("built %d documents into %s" % (len(labels), out_dir))
    for l in labels:
        print(
            "  %-9s %-7s %-5s pages=%d fees=%d missing=%d recruiters=%d%s"
            % (
                l["file"],
                l["program"],
                l["language"],
                l["pages"],
                len(l["fees"]),
                len(l["missing_terms"]),
                len(l["recruiters"]),
                "  scanned" if l["scanned"] else "",
            )
        )
    print("compliant: %s" % ", ".join(compliant))
    print(
        "finding sentences per category: %s"
        % ", ".join("%s=%d" % (c, cats[c]) for c in CATEGORIES if c in cats)
    )
    for n in notes:
        print("note: " + n)
    for e in errors:
        print("FAIL: " + e)
    print("OK" if not errors else "%d check(s) failed" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
