"""The CSV on the Web (W3C) descriptor of a dataset's CSV: what each column is,
its type and Czech title, so the file reads as open data of level 3."""

from monitoring.queries import DatasetEntry
from opendata.columns import COLUMNS
from opendata.indicator_columns import INDICATOR_COLUMNS, INDICATOR_KEY

CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def descriptor(entry: DatasetEntry, csv_url: str) -> dict:
    dataset = entry.dataset
    columns, key = (
        (INDICATOR_COLUMNS, INDICATOR_KEY)
        if entry.holds_indicators
        else (COLUMNS, ["dataset", "territory", "period", "category", "measure"])
    )
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "cs"}],
        "url": csv_url,
        "dc:title": dataset.name,
        "dc:description": dataset.description or dataset.name,
        "dc:publisher": dataset.publisher or "Bydlení v krajích",
        "dc:license": {"@id": CC_BY},
        "dialect": {"delimiter": ",", "encoding": "utf-8", "header": True},
        "tableSchema": {
            "columns": [_column(column) for column in columns],
            "primaryKey": key,
        },
    }


def _column(column) -> dict:
    described = {
        "name": column.name,
        "titles": column.title,
        "datatype": column.datatype,
        "required": column.required,
    }
    if column.description:
        described["dc:description"] = column.description
    if not column.required:
        described["null"] = ""
    return described
