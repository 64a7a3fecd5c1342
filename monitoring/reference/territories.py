"""Regions and ORP from the boundaries the project ships (monitoring/data/geo)."""

import json
from functools import cache
from pathlib import Path

from django.utils.text import slugify

from monitoring.models import Territory, TerritoryKind

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
COUNTRY_CODE = "CZ"
FIELDS = ("kind", "iso_code", "name", "slug", "parent_id", "geometry")

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


@cache
def _features(name: str) -> tuple[dict, ...]:
    """The features of a shipped GeoJSON file (read once per process)."""
    with (GEO_DIR / name).open(encoding="utf-8") as file:
        return tuple(json.load(file)["features"])


def _upsert(rows: dict[str, dict]) -> dict[str, Territory]:
    """Creates or updates the territories ``rows`` names (code → fields) in a
    few queries, not two per territory: the reference data loads into every
    new database, every test's included. Returns them by code."""
    existing = Territory.objects.in_bulk(list(rows), field_name="code")
    created, changed = [], []
    for code, fields in rows.items():
        territory = existing.get(code)
        if territory is None:
            created.append(Territory(code=code, **fields))
        elif any(getattr(territory, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(territory, name, value)
            changed.append(territory)
    Territory.objects.bulk_create(created)
    Territory.objects.bulk_update(changed, list(FIELDS))
    if not created:
        return existing
    return Territory.objects.in_bulk(list(rows), field_name="code")


def load_territories() -> None:
    country = _upsert(
        {
            COUNTRY_CODE: {
                "kind": TerritoryKind.COUNTRY,
                "iso_code": "CZ",
                "name": "Česko",
                "slug": "cesko",
                "parent_id": None,
                "geometry": None,
            }
        }
    )[COUNTRY_CODE]
    regions = _upsert(
        {
            feature["properties"]["nuts3"]: {
                "kind": TerritoryKind.REGION,
                "iso_code": iso_code(feature["properties"]["nuts3"]),
                "name": REGIONS[feature["properties"]["nuts3"]],
                "slug": slugify(REGIONS[feature["properties"]["nuts3"]]),
                "parent_id": country.pk,
                "geometry": feature["geometry"],
            }
            for feature in _features("regions.geojson")
        }
    )
    region_ids_by_name = {region.name: region.pk for region in regions.values()}
    _upsert(
        {
            properties["orp_code"]: {
                "kind": TerritoryKind.ORP,
                "iso_code": "",
                "name": properties["name"],
                "slug": f"orp-{slugify(properties['name'])}-{properties['orp_code']}",
                "parent_id": region_ids_by_name[properties["region_name"]],
                "geometry": feature["geometry"],
            }
            for feature in _features("orp.geojson")
            for properties in [feature["properties"]]
        }
    )
