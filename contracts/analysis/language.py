"""A small offline language guesser: stopword counts for Latin scripts, code points for others."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from contracts.analysis.text import words

# Short, frequent function words; the overlap between languages is kept out on purpose.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is are will be for with this that you your from on at by an or "
        "each who which not must may per their it has have shall any all after before".split()
    ),
    "es": frozenset(
        "el la los las de del y que en por para con su sus se es son una un al lo le "
        "como mas pero sin cada usted sera seran debe esta este cuando donde".split()
    ),
    "pt": frozenset("o os as do da dos das em com para uma um nao voce sao pelo pela ao".split()),
    "fr": frozenset("le les des du et est une pour avec dans sur vous au aux ce qui pas".split()),
    "tl": frozenset("ang ng mga sa at ay na ito ko mo siya kami namin para hindi".split()),
    "de": frozenset("der die das und ist nicht mit den dem ein eine sie ich auf fur".split()),
    "it": frozenset("il gli della delle che per con non una sono del nel alla questo".split()),
}

# Scripts that identify a language family well enough for a "not en/es" verdict.
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "ar"),
    (0x0400, 0x04FF, "ru"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0E00, 0x0E7F, "th"),
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
    (0x0590, 0x05FF, "he"),
    (0x1000, 0x109F, "my"),
    (0x0D80, 0x0DFF, "si"),
    (0x0B80, 0x0BFF, "ta"),
)

MIN_HITS = 3
MIXED_SHARE = 0.25


def _script_language(text: str) -> str | None:
    """The language of a non-Latin script when it dominates the letters."""
    counts: Counter[str] = Counter()
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        cp = ord(ch)
        for lo, hi, lang in _SCRIPTS:
            if lo <= cp <= hi:
                counts[lang] += 1
                break
    if not counts or letters == 0:
        return None
    lang, n = counts.most_common(1)[0]
    return lang if n / letters > 0.3 else None


def stopword_hits(text: str) -> Counter[str]:
    """How many tokens of `text` are stopwords of each language."""
    hits: Counter[str] = Counter()
    for token in words(text):
        for lang, stops in _STOPWORDS.items():
            if token in stops:
                hits[lang] += 1
    return hits


def verdict(hits: Counter[str]) -> str:
    """Turn stopword hits into en, es, mixed, another code, or und."""
    en, es = hits.get("en", 0), hits.get("es", 0)
    if en + es >= MIN_HITS and min(en, es) >= MIN_HITS and min(en, es) / (en + es) >= MIXED_SHARE:
        return "mixed"
    if not hits or hits.most_common(1)[0][1] < MIN_HITS:
        return "und"
    return hits.most_common(1)[0][0]


def detect_language(text: str) -> str:
    """Guess the language of one text: en, es, mixed, another ISO 639-1 code or und."""
    return _script_language(text) or verdict(stopword_hits(text))


def combine(languages: Iterable[str]) -> str:
    """The document-level language from its pages' languages."""
    seen = [lang for lang in languages if lang != "und"]
    if not seen:
        return "und"
    if "mixed" in seen or ("en" in seen and "es" in seen):
        return "mixed"
    return Counter(seen).most_common(1)[0][0]
