"""The columns of an import table (ETHOS, data indicators): canonical Czech names
and accepted aliases."""

from dataclasses import dataclass

from monitoring.importers.normalise import header_key


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...] = ()


ETHOS_COLUMNS = (
    Column("kod_uzemi", True, ("uzemi", "territory", "territory_code", "area_code")),
    Column("obdobi", True, ("rok", "datum", "period", "year", "date")),
    Column(
        "kategorie_ethos", True, ("kategorie", "ethos", "category", "ethos_category")
    ),
    Column("ukazatel", True, ("merna_jednotka", "measure", "indicator", "unit")),
    Column("hodnota", True, ("pocet", "value", "count")),
    Column("poznamka", False, ("note", "comment")),
)


INDICATOR_COLUMNS = (
    Column("kod_uzemi", True, ("uzemi", "territory", "territory_code", "area_code")),
    Column("obdobi", True, ("rok", "datum", "period", "year", "date")),
    Column("ukazatel", True, ("kod_ukazatele", "indicator", "indicator_code")),
    Column("hodnota", True, ("value",)),
    Column("jednotka", False, ("unit",)),
    Column("poznamka", False, ("note", "comment")),
)


def match_columns(
    headers: list[str], columns: tuple[Column, ...] = ETHOS_COLUMNS
) -> tuple[dict[str, str], list[str]]:
    """Maps canonical names to the file's headers; returns (mapping, missing names)."""
    by_key = {header_key(header): header for header in headers}
    mapping, missing = {}, []
    for column in columns:
        found = next(
            (by_key[key] for key in (column.name, *column.aliases) if key in by_key),
            None,
        )
        if found is not None:
            mapping[column.name] = found
        elif column.required:
            missing.append(column.name)
    return mapping, missing
