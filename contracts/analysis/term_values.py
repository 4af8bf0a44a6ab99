"""Concrete values the term patterns look for (folded text): dates, money, addresses, places."""

from __future__ import annotations

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)"
)
DATE = (
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?: de)? {MONTH}\b|\b{MONTH}\.? \d{{1,2}}\b|"
    rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
)
NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"forty|fifty|thirty|twenty|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez|doce|cuarenta|cincuenta|treinta|veinte)"
)
MONEY = (
    r"(?:[$₱€£₡q]\s?\d|\b(?:usd|mxn|php|gtq|cad|jmd|kwd|eur|hkd|sar|qar|aed|kyd|hnl|npr|"
    r"idr|twd|sgd|myr|gbp|l|lps|rp|rm|crc|kes|inr|bdt|lkr|ngn|ghs|zar|egp|pkr|thb|vnd|brl|cop|"
    r"pen|clp|dop|nio|bzd|ttd|xcd|bbd|etb|ugx|tzs|omr|bhd|chf|aud|nzd|jpy|krw|cny|ksh|"
    r"tsh|ntd|nt\$|rs|qr|dhs|mmk|khr|uzs|pln)\.?\s?\d|"
    r"\d[\d,.]* (?:usd|mxn|eur|pln|cad|gbp|chf|aud|nzd|jpy|krw|sar|qar|aed|myr|sgd|twd|ntd|cop|pen|"
    r"hnl|gtq|crc|dop|php|npr|idr|bdt|inr|zl|zł)\b|"
    r"\d[\d,.]* ?\$(?!\d)|\d[\d,.]* (?:dolares|dollars|dlls?|dls|pesos|quetzales|euros|€|lempiras|riyals?|rials?|dirhams?|"
    r"rupees?|colones|soles|shillings?|chelines|cordobas|nairas?|rands?|rupias|dinars?|dinares|"
    r"ringgit|baht|kyats?|taka|birr|yen|yenes|wons?|yuan|zlotys?|zł))"
)
EMPLOYERISH = (
    r"\b(?:llc|l\.l\.c|s\.l|s\.l\.u|inc|ltd|corp|co|company|s\.?\s?a|s\.?\s?c|farms?|ranch|gmbh|l\.?p|"
    r"limited|plc|llp|pvt|w\.?l\.?l|s\.?p\.?r|s\. de r\.?l|sdn\.? bhd|pt|hotel|resort|finca|"
    r"hacienda|lodge|inn|motel|marina|sp\.? z o\.? ?o|s\.?r\.?l|s\.?a\.?s|sarl|gmbh|b\.?v|"
    r"cooperativa|cooperative|co-?op|s\.? coop)\b"
)
ADDRESS = (
    r"(?:\b\d{1,6}[a-z]? (?:[nsew]\.? |north |south |east |west |ne |nw |se |sw )?\w+ "
    r"(?:\w+ )?(?:road|rd|street|st|avenue|ave|av|drive|dr|lane|ln|boulevard|blvd|highway|"
    r"hwy|pike|way|court|ct|grade|route|calle|carretera|camino|causeway|parkway|pkwy|"
    r"plaza|circle|trail|terrace|place|square|quay|wharf|crescent|levee|rang|chemin|rue)\b|"
    r"\b[a-z]\d[a-z] ?\d[a-z]\d\b|"
    r"\b\d{5}(?:-\d{4})?\b|\b\d{2,6} (?:east|west|north|south) \d{1,5}\b|"
    r"\b(?:flat|unit|apt|apartment|suite|building|bldg|floor|tower|house|km|jl|jalan|casa|lote|office|"
    r"plot|warehouse|"
    r"manzana|mz|depto|departamento|local|bodega|"
    r"p\.? ?o\.? box)\.? ?\d+|\b\d{1,3}(?:st|nd|rd|th) (?:road|rd|street|st|avenue|ave)\b|"
    r"\bindustrial (?:park|zone|estate)\b|"
    # Latin American and Japanese addresses by district: "Barrio El Calvario", "Akemi-cho"
    r"\b(?:barrio|colonia|aldea|caserio|canton|distrito|vereda|corregimiento|urbanizacion|"
    r"residencial) [a-z]+|\b[a-z]+-(?:cho|machi|shi|ku|gun|ken|ro|gil|dong|gu|si|myeon|eup)\b|"
    # Taiwanese addresses: "No. 88, Sec. 2, Zhonghua Road"
    r"\bno\. ?\d{1,5}, (?:sec|lane|ln|alley)\.? ?\d{1,4}\b|"
    # The street first, the number after: "Avenida Central 214", "Calle Hidalgo No. 12".
    r"\b(?:avenida|avda|calle|carretera|camino|bulevar|boulevard|calzada|paseo|callejon|"
    r"privada)\.? (?:[a-z]+ ){1,3}(?:#|no\.? ?|num\.? ?)?\d{1,5}\b|"
    r"\bblock \d+, street \d+|\b(?:state of|estado de) [a-z]+|highway|"
    # "400 metros al norte de la iglesia", "ul. Magazynowa 5", "HR4 8DQ", "62-080"
    r"\b\d{1,4} (?:metros|mts|varas|m) (?:al |hacia el )?(?:norte|sur|este|oeste|oriente|poniente)\b|"
    r"\bul\. [a-z]+(?: [a-z]+)? \d{1,4}\b|\b[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\b|\b\d{2}-\d{3}\b)"
)

# States, provinces and countries of the usual corridors, as a named place of work.
PLACES = (
    r"(?:alberta|ontario|quebec|british columbia|manitoba|saskatchewan|nova scotia|"
    r"new brunswick|prince edward island|kuwait|canada|mexico|washington|california|"
    r"florida|missouri|texas|alabama|tennessee|georgia|carolina|michigan|virginia|arizona|"
    r"oregon|idaho|colorado|louisiana|mississippi|kentucky|ohio|indiana|illinois|iowa|"
    r"kansas|nebraska|utah|nevada|montana|wyoming|arkansas|oklahoma|wisconsin|minnesota|"
    r"pennsylvania|maryland|delaware|massachusetts|vermont|maine|connecticut|alaska|"
    r"hawaii|dakota|qatar|saudi arabia|arabia saudita|kingdom of saudi arabia|uae|"
    r"united arab emirates|dubai|abu dhabi|oman|bahrain|jordan|lebanon|israel|hong kong|"
    r"kowloon|taiwan|singapore|malaysia|japan|korea|spain|espana|portugal|italy|italia|"
    r"germany|alemania|poland|united kingdom|england|ireland|new zealand|australia|"
    r"cayman islands|grand cayman|bahamas|bermuda|turks and caicos|jamaica|guatemala|"
    r"honduras|el salvador|nicaragua|costa rica|panama|riyadh|doha|jeddah|huelva|"
    r"chiapas|tapachula|luisiana|misisipi|pensilvania|nueva york|nueva jersey|nuevo mexico|"
    r"carolina del (?:norte|sur)|dakota del (?:norte|sur)|virginia occidental|japon|japan|corea|"
    r"polonia|francia|france|netherlands|paises bajos|holanda|emiratos arabes unidos)"
)

RETURN_TRIP = (
    r"\b(?:trip home|going home|go home|way home|"
    # "workers who cannot return home each day" are housed, not sent home.
    r"return\w*(?!(?: to)?(?: their| your| his| her)? homes? (?:each|every|daily|at night|by))|regreso|(?:viaje|boleto|vuelta) a casa|"
    r"(?<!reports )(?<!report )(?<!come )(?<!comes )back to (?!you\b|him\b|her\b|them\b|the worker|work\b)|"
    # "take workers from San Luis to Yuma ... and back at the end", "y lo regresa al mismo puente"
    r"and back (?:at|by|on|when|after|home)|(?:lo|la|los|las) (?:regresa|regresan|regresara|"
    r"regresaran|devuelve|devuelven) (?:a|al|hasta)\b|"
    r"home at the end|de vuelta|travel home|bus home|ticket home|fare home|"
    r"flight home|return passage|repatriat\w+|repatriacion|"
    r"(?:tickets?|fares?|trips?|subsistence|travel|transportation|passage|flights?|bus|"
    r"airfare)(?: (?!from\b|desde\b)\w+){0,2}? home|round[- ]trip|ida y vuelta|"
    r"(?:boleto|viaje|pasaje|vuelo) (?:de avion )?redondo|"
    # "At the end of the contract, or if it ends early ..., the Employer pays the air ticket"
    r"(?:on|upon|at|al) (?:the )?(?:completion|end|expiry|termino|fin|final) (?:of|de|del) "
    r"(?:the |this |la |el |his |her |su )?(?:contract|employment|season|service|contrato|"
    r"temporada|empleo|servicio)\b.{0,160}\b(?:air ?tickets?|tickets?|fares?|flights?|passage|"
    r"boletos?|pasajes?|vuelos?)\b|"
    # "at the end of the contract the employer pays the air ticket from Doha to Kathmandu"
    r"(?:tickets?|fares?|flights?|trip|travel|passage|boletos?|pasajes?|vuelos?|viaje)\b.{0,80}\b"
    r"(?:on|upon|at|al) (?:the )?(?:completion|end|expiry|termino|fin|final) (?:of|de|del) "
    r"(?:the |this |la |el |his |her |su )?(?:contract|employment|season|service|contrato|"
    r"temporada|empleo|servicio)|"
    r"(?:(?:end|completion|expiry|fin|termino|final) (?:of|de|del) (?:the |this |la |el )?|"
    r"(?:when|once|after|cuando|al) (?:the |this |el |la |su )?)(?:contract|"
    r"employment|season|contrato|temporada|empleo)\b.{0,160}\b(?:tickets?|fares?|flights?|trip|"
    r"travel|passage|boletos?|pasajes?|vuelos?|viaje))\b"
)
