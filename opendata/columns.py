"""The published columns of observations, one definition for the CSV header, its
CSV on the Web descriptor and the XLSX sheet."""

import datetime
from dataclasses import dataclass

from monitoring.models import Measure, TerritoryKind
from monitoring.queries.observations import PUBLISHED, SUPPRESSED


@dataclass(frozen=True)
class Column:
    name: str  # the CSV header and the API's field
    title: str  # Czech, for people
    datatype: str | dict  # a CSV on the Web datatype
    description: str = ""
    required: bool = True


COLUMNS = (
    Column(
        "dataset",
        "Datová sada",
        "string",
        "Zkratka datové sady, část adresy /data/<zkratka>/.",
    ),
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
    Column(
        "category",
        "Kategorie ETHOS",
        "string",
        "Kód kategorie typologie ETHOS (1–13, 1.1 …) nebo ETHOS Light (L1–L6).",
    ),
    Column(
        "measure",
        "Ukazatel",
        {"base": "string", "format": "|".join(Measure.values)},
        "osoby, domacnosti (domácnosti) nebo deti (děti).",
    ),
    Column(
        "value",
        "Hodnota",
        "nonNegativeInteger",
        "Počet; prázdný, když je malý a nezveřejňuje se (viz Stav hodnoty).",
        required=False,
    ),
    Column(
        "status",
        "Stav hodnoty",
        {"base": "string", "format": f"{PUBLISHED}|{SUPPRESSED}"},
        "published = zveřejněno, suppressed = malý počet se nezveřejňuje.",
    ),
    Column(
        "revised",
        "Revidovaná hodnota",
        "boolean",
        "true = hodnota nahradila jinou, dříve zveřejněnou (oprava nebo revize); "
        "co a kdy se změnilo, uvádí přehled změn na stránce datové sady.",
    ),
    Column("note", "Poznámka", "string", required=False),
)
NAMES = [column.name for column in COLUMNS]


def csv_cell(value) -> str:
    """ISO dates, true/false, empty for nothing, numbers with a dot."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
