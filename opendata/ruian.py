"""RÚIAN identifiers of territories, which DCAT-AP-CZ's ``prvek_rúian`` needs."""

RUIAN = "https://linked.cuzk.cz/resource/ruian"
STATE = f"{RUIAN}/stat/1"
# NUTS 3 code → the region's (VÚSC) code in RÚIAN.
VUSC_CODES = {
    "CZ010": 19,  # Hlavní město Praha
    "CZ020": 27,  # Středočeský kraj
    "CZ031": 35,  # Jihočeský kraj
    "CZ032": 43,  # Plzeňský kraj
    "CZ041": 51,  # Karlovarský kraj
    "CZ042": 60,  # Ústecký kraj
    "CZ051": 78,  # Liberecký kraj
    "CZ052": 86,  # Královéhradecký kraj
    "CZ053": 94,  # Pardubický kraj
    "CZ063": 108,  # Kraj Vysočina
    "CZ064": 116,  # Jihomoravský kraj
    "CZ071": 124,  # Olomoucký kraj
    "CZ072": 141,  # Zlínský kraj
    "CZ080": 132,  # Moravskoslezský kraj
}


def ruian_iri(region_code: str | None) -> str:
    """The region's RÚIAN IRI, or the state's for national data."""
    if region_code is None:
        return STATE
    return f"{RUIAN}/vusc/{VUSC_CODES[region_code]}"
