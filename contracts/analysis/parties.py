"""The short names a document gives its firms, so "Sandhill will pay" reads as a firm paying."""

from __future__ import annotations

import re
from functools import lru_cache

from contracts.analysis.recruiters import LEGAL_NAME

# Words that open many firms' names and mean something on their own.
_GENERIC = frozenset(
    "the el la los las agricultural agricola agricolas farms farm servicios services grupo group "
    "international internacional global national nacional american united general north south "
    "east west norte sur new nuevo nueva san santa".split()
)
# A name acting: "Sandhill may end the contract", "Flint Creek pays ...".
_ACTS = (
    r"(?=,? (?:will|shall|may|must|can|also|then|agrees|pays|covers|reimburses|recruits|"
    r"provides|guarantees|buys|bears|advances|offers|hires|paga|pagara|cubre|cubrira|"
    r"reembolsa\w*|contrata|proporciona|se compromete|asume|asumira)\b)"
)
_FIRM = "company"


@lru_cache(maxsize=4)
def _acting_names(context: str) -> re.Pattern[str] | None:
    """Each firm's full name and short forms, where the document lets them act."""
    forms: set[str] = set()
    for m in LEGAL_NAME.finditer(context):
        # "Kinston. Flint Creek Melon Company, LLC": the name starts after the sentence ends.
        name = re.split(r"(?<=\w\w)\.\s+", m.group("name"))[-1]
        words = name.split()
        forms.update((name, m.group(0)[m.group(0).rindex(name) :]))
        if len(words) >= 3:
            forms.add(" ".join(words[:2]))
        first = words[0]
        if len(words) >= 2 and len(first) >= 4 and first.lower() not in _GENERIC:
            forms.add(first)
            forms.add(first.upper())
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]){_ACTS}")


def as_firms(text: str, context: str) -> str:
    """`text` with each firm that acts in it called "company", whatever its own name."""
    names = _acting_names(context)
    return names.sub(_FIRM, text) if names else text
