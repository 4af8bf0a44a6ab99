"""What the practice patterns share: their record, complaints, where a worker lives or goes."""

from __future__ import annotations

import re
from dataclasses import dataclass


def rx(pattern: str) -> re.Pattern[str]:
    """A compiled practice pattern (folded text)."""
    return re.compile(pattern)


@dataclass(frozen=True)
class Practice:
    """A practice pattern; `needs` must also match and `unless` must not, in the sentence."""

    category: str
    pattern: re.Pattern[str]
    needs: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


# A warning about what someone else may ask ("if anyone offers you a loan") is advice.
WARNING = (
    r"si alguien|if (?:anyone|someone|somebody)|anyone who|cualquier persona que|"
    r"si (?:algun|alguna|cualquier)\w* (?:\w+ )?(?:le |les |te )?(?:pide|pidiera|piden|cobra|cobran|"
    r"solicita|exige|ofrece)|if (?:any|a) (?:\w+ )?(?:recruiter|agent|person|intermediary|broker|"
    r"official) (?:asks|charges|requests|demands|offers)"
)
COMPLAINT = re.compile(
    r"\b(?:complain\w*|complaints?|quej\w+|lawyers?|attorneys?|abogad\w+|unions?|"
    r"sindicat\w+|organiz\w+|reclam\w+|denunci\w+|protest\w*|claims?|demand\w*|contact\w*|"
    r"legal aid|advocates?|rights|derechos|grievances?|agravios?|wage claims?|organizers?|"
    r"anda\w* diciendo|(?:con|a|ante) (?:el |la )?(?:consulado|embajada)|press|prensa|media|"
    r"medios|journalists?|reporters?|periodistas?|disputes?|disputas?|"
    r"report(?:s|ing)? (?:abuse|violations)|(?:calls?|calling|goes to|go to|reports?|reporting) "
    r"(?:to )?(?:the )?(?:labou?r|dol|department|consulate|consulado|police|government|"
    r"authorities|union|inspector\w*|ministry))\b"
)
# Where a worker lives, as against where the work is done.
HOME = (
    r"(?:housing|house|home|quarters|bunkhouses?|barracks|dorms?|labou?r camps?|dormitor\w+|residence|camp|compound|flat|apartments?|"
    r"accommodation\w*|hostel|lodging|vivienda|casa|alojamiento|albergue|campamento|"
    r"apartamentos?|departamentos?|cuartos?)"
)
PLACES = (
    r"(?:housing|house|home|premises|camp|compound|bunkhouses?|barracks|dorms?|grounds|dormitor\w+|residence|quarters|farm|ranch|"
    r"property|vivienda|campamento|casas?|casas? rodantes|trailers?|alojamiento|albergue|"
    r"instalaciones|rancho|finca|town|county|condado|municipio|"
    r"pueblo|ciudad|flat|apartments?|apartamentos?|accommodation\w*|hostel|lodging|residencias?|"
    r"cuarteria|galeras?|dormitorios?|edificio|building)"
)
