"""Regions and ORP from the boundaries the project ships (monitoring/data/geo)."""

import json
from pathlib import Path

from django.utils.text import slugify

from monitoring.models import Territory, TerritoryKind

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
COUNTRY_CODE = "CZ"

# NUTS 3 code → official name. ISO 3166-2 codes use the same two digits (CZ051 → CZ-51).
REGIONS = {
    "CZ010": "Hlavní město Praha",
    "CZ020": "Středočeský kraj",
    "CZ031": "Jihočeský kraj",
    "CZ032": "Plzeňský kraj",
    "CZ041": "Karlovarský kraj",
    "CZ042": "Ústecký kraj",
    "CZ051": "Liberecký kraj",
    "CZ052": "Královéhradecký kraj",
    "CZ053": "Pardubický kraj",
    "CZ063": "Kraj Vysočina",
    "CZ064": "Jihomoravský kraj",
    "CZ071": "Olomoucký kraj",
    "CZ072": "Zlínský kraj",
    "CZ080": "Moravskoslezský kraj",
}


# NUTS 3 code → the region's code in RÚIAN (VÚSC), which MPSV's files carry as
# Kraj/<code>.
RUIAN_REGION_CODES = {
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


def iso_code(nuts3: str) -> str:
    return f"CZ-{nuts3[3:]}"


def _features(name: str) -> list[dict]:
    with (GEO_DIR / name).open(encoding="utf-8") as file:
        return json.load(file)["features"]


def _upsert(code: str, **fields) -> Territory:
    territory, _ = Territory.objects.update_or_create(code=code, defaults=fields)
    return territory


def load_territories() -> None:
    country = _upsert(
        COUNTRY_CODE,
        kind=TerritoryKind.COUNTRY,
        iso_code="CZ",
        name="Česko",
        slug="cesko",
        parent=None,
    )
    regions_by_name = {}
    for feature in _features("regions.geojson"):
        nuts3 = feature["properties"]["nuts3"]
        region = _upsert(
            nuts3,
            kind=TerritoryKind.REGION,
            iso_code=iso_code(nuts3),
            name=REGIONS[nuts3],
            slug=slugify(REGIONS[nuts3]),
            parent=country,
            geometry=feature["geometry"],
        )
        regions_by_name[region.name] = region
    for feature in _features("orp.geojson"):
        properties = feature["properties"]
        _upsert(
            properties["orp_code"],
            kind=TerritoryKind.ORP,
            iso_code="",
            name=properties["name"],
            slug=f"orp-{slugify(properties['name'])}-{properties['orp_code']}",
            parent=regions_by_name[properties["region_name"]],
            geometry=feature["geometry"],
        )
