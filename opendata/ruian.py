"""RÚIAN identifiers of territories, which DCAT-AP-CZ's ``prvek_rúian`` needs."""

from monitoring.reference.territories import RUIAN_REGION_CODES

RUIAN = "https://linked.cuzk.cz/resource/ruian"
STATE = f"{RUIAN}/stat/1"
# NUTS 3 code → the region's (VÚSC) code in RÚIAN.
VUSC_CODES = RUIAN_REGION_CODES


def ruian_iri(region_code: str | None) -> str:
    """The region's RÚIAN IRI, or the state's for national data."""
    if region_code is None:
        return STATE
    return f"{RUIAN}/vusc/{VUSC_CODES[region_code]}"
