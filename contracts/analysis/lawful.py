"""Why a cost that looks charged is lawful: capped meals, extras, statutory insurance, cause."""

from __future__ import annotations

import re

LAWFUL_MEAL = re.compile(
    r"\b(?:below|under|within|not (?:to )?exceed\w*|no (?:mas|exceder\w*|excede\w*|rebasa\w*)|"
    r"menos del maximo|maximum|max\w* "
    r"allowed|cap|tope|limite|permitid\w+ por)\b"
)
PER_MEAL = re.compile(r"\b(?:per|a|each|por|cada) (?:meal|comida)\b")
# A purchase the worker chooses to make over what is provided: "who prefer another brand".
_CHOICE = (
    r"\b(?:(?:who|if (?:they|you)|quienes?|si (?:usted |ustedes )?) prefer\w*|"
    r"(?:is|es) (?:your|their|su) (?:own )?(?:choice|decision|eleccion)|at (?:your|their) "
    r"(?:own )?(?:option|choice)|a (?:su|tu) (?:eleccion|gusto)|(?:is|are|es|son) (?:entirely |totalmente )?"
    r"voluntar(?:y|i[oa]s?))\b"
)
# Under H-2A a meal plan the worker signs up for is lawful: "only for workers who sign up".
OPT_IN = re.compile(
    r"\b(?:who|que) (?:\w+ )?(?:sign up|signs up|opt in|opts in|choose|chooses|elect|elects|"
    r"se inscrib\w+|lo solicit\w+|(?:lo |la )?elij\w+)\b|"
    # "las cantidades que usted autorice por escrito ..., como el comedor voluntario"
    r"\b(?:comedor|plan de comidas|meal plan|cookhouse|kitchen plan) (?:es )?(?:voluntari[oa]|optional|opcional)\b|"
    r"\b(?:voluntary|optional|opcional) (?:meal plan|cookhouse|comedor)\b"
)
# Buying extras "if you wish" is the worker's choice; not for fees, where "si usted quiere el
# trabajo" is the demand itself.
_WISH = (
    r"\b(?:if (?:you|they) (?:wish|want|like|choose)|si (?:usted |ustedes )?(?:quiere|desea)n?)\b"
)
# Category-specific reasons a cost is lawful: extra items beyond the free set, insurance the
# law itself imposes, and the trip home of a worker dismissed for cause or who abandoned.
LAWFUL: dict[str, re.Pattern[str]] = {
    # Extra items are the worker's choice only beside a free set or a request for more: "a
    # sickle, a spare blade and boots ... their cost is deducted" charges for the kit itself.
    "equipment_charge": re.compile(
        r"^(?=.*\b(?:free|no cost|no charge|sin costo|sin cargo|gratis|gratuit\w*|at no|wants?|wish\w*|"
        r"request\w*|ask\w* for|quiere\w*|desea\w*|pide\w*|solicit\w*|first (?:set|pair|one)|"
        r"elect\w*|choos\w*|available|optional\w*|opcional\w*|disponible\w*|"
        r"primer (?:juego|par)|replac\w*|"
        r"reponer|lost|pierde\w*)\b).*\b(?:additional|extra|spare|adicional\w*|de repuesto)\b"
        rf"|{_CHOICE}|{_WISH}"
    ),
    # Workers who buy and cook their own food are not charged for meals by anyone.
    "meal_charge": re.compile(
        r"\b(?:buys?|cooks?|prepares?|compra|compran|cocina|cocinan|prepara|preparan)\b"
        r"(?: (?:and|y) \w+)? (?:his|her|their|your|its|su|sus) (?:own |propi[oa]s? )?"
        rf"(?:food|meals|comida\w*|alimentos)\b|{_CHOICE}|{_WISH}"
    ),
    # "Contract Bed Planting ... $200 per bed": a planting bed is piece work, not a bed to sleep in.
    "housing_charge": re.compile(
        r"\b(?:bed planting|planting beds?|flower ?beds?|seed ?beds?|raised beds?|nursery beds?|"
        r"camas? de (?:siembra|cultivo|flores|almacigo))\b"
    ),
    # A club or team the worker chooses to join: "la cuota del equipo de fútbol ... es voluntaria".
    "recruitment_fee": re.compile(rf"{_CHOICE}"),
    "insurance_cost": re.compile(
        # "The employer also offers health, dental and vision insurance": a benefit to take up.
        r"\b(?:offers?|ofrece\w*) (?:\w+ ){0,2}?(?:health|dental|vision|life|medical|supplemental|"
        r"group|medico|de vida|de salud)\b|"
        r"\b(?:(?:required|specified|mandated) (?:by|in|under) (?:\w+ ){0,2}law|state law|rcw|"
        r"statut\w+|de ley|por ley|social security|seguro social|national insurance|medicare|"
        r"fica|paid family (?:and medical )?leave|state disability|imss|infonavit|"
        r"employment insurance|(?:canada|quebec) pension plan|cpp|qpp|rrq|income tax|"
        r"(?:ley|law) (?:\w+ )?(?:exige|requires)|labou?r insurance|national health insurance|nhi|"
        r"socso|perkeso|eis|provident fund|epf|gosi)\b"
    ),
}
FOR_CAUSE = re.compile(
    r"\b(?:(?:terminated|dismissed|fired|discharged) for cause|abandon\w*|voluntarily "
    r"(?:quit|leave|resign)\w*|despedid\w+ (?:con|por) causa|(?:despedir|despide)\w* (?:con|por) "
    r"causa|abandon\w*)\b"
)
