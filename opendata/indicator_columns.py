"""The published columns of indicator values, one definition for the CSV header,
its CSV on the Web descriptor and the XLSX sheet of an indicator dataset."""

from monitoring.models import TerritoryKind
from opendata.columns import Column

INDICATOR_COLUMNS = (
    Column(
        "dataset",
        "Datová sada",
        "string",
        "Zkratka datové sady, část adresy /data/<zkratka>/.",
    ),
    Column(
        "indicator",
        "Ukazatel",
        "string",
        "Kód datového ukazatele; jejich seznam je na /api/v1/indicators/.",
    ),
    Column("unit", "Jednotka", "string", "V čem se hodnota uvádí (obce, byty …)."),
    Column(
        "territory",
        "Kód území",
        "string",
        "CZ pro Česko, kód NUTS 3 pro kraj (CZ051), čtyřmístný kód pro ORP.",
    ),
    Column(
        "territory_kind",
        "Druh území",
        {"base": "string", "format": "|".join(TerritoryKind.values)},
        "country = Česko, region = kraj, orp = obec s rozšířenou působností.",
    ),
    Column(
        "period",
        "Období",
        {"base": "date", "format": "yyyy-MM-dd"},
        "Den, ke kterému údaj platí; celý rok je uveden jako 1. leden.",
    ),
    Column("period_is_year", "Období je celý rok", "boolean"),
    Column("value", "Hodnota", "decimal", "Desetinná tečka."),
    Column(
        "revised",
        "Revidovaná hodnota",
        "boolean",
        "true = hodnota nahradila jinou, dříve zveřejněnou (oprava nebo revize).",
    ),
    Column("note", "Poznámka", "string", required=False),
)
INDICATOR_NAMES = [column.name for column in INDICATOR_COLUMNS]
INDICATOR_KEY = ["dataset", "indicator", "territory", "period"]
