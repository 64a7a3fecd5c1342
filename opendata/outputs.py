"""What a download holds, one road for both kinds of dataset (ETHOS observations,
indicator values) and for both ways a download is made: built once per dataset
version in the background (``opendata.version_files``) or, for a selection,
streamed or written in the request (``opendata.downloads``)."""

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from django.urls import reverse
from django.utils.translation import gettext as _

from monitoring.queries import DatasetEntry, published_chunks, published_rows
from monitoring.queries.indicators import (
    IndicatorValueSelection,
    indicator_value_count,
    indicator_value_rows,
)
from monitoring.queries.observations import ObservationSelection, observation_count
from opendata.columns import COLUMNS, NAMES, csv_cell
from opendata.csvw import CC_BY, descriptor
from opendata.dcat import absolute
from opendata.indicator_columns import INDICATOR_COLUMNS, INDICATOR_KEY, INDICATOR_NAMES
from opendata.presentation import DatasetView
from opendata.xlsx import write_workbook

ETHOS_KEY = ["dataset", "territory", "period", "category", "measure"]
CHUNK_ROWS = 5000


def whole_dataset(entry: DatasetEntry):
    """The selection of every current row of the dataset."""
    if entry.holds_indicators:
        return IndicatorValueSelection(datasets=(entry.dataset.slug,))
    return ObservationSelection(datasets=(entry.dataset.slug,))


def row_count(selection) -> int:
    if isinstance(selection, IndicatorValueSelection):
        return indicator_value_count(selection)
    return observation_count(selection)


def columns_of(entry: DatasetEntry) -> tuple:
    return INDICATOR_COLUMNS if entry.holds_indicators else COLUMNS


def _indicator_row(row: dict) -> dict:
    """A value row under the published column names; the value without the
    stored trailing zeros ("3.5", not "3.5000")."""
    value: Decimal = row["value"]
    return {
        "dataset": row["dataset_slug"],
        "indicator": row["indicator_code"],
        "unit": row["unit"],
        "territory": row["territory_code"],
        "territory_kind": row["territory_kind"],
        "period": row["period"],
        "period_is_year": row["period_is_year"],
        "value": format(value.normalize(), "f"),
        "revised": row["revised"],
        "note": row["note"],
    }


def csv_chunks(selection) -> Iterator[str]:
    """The CSV, a chunk of rows at a time (a write per line costs more than the
    rows). Dates are ISO, booleans "true"/"false", nothing is empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if isinstance(selection, IndicatorValueSelection):
        writer.writerow(INDICATOR_NAMES)
        rows = indicator_value_rows(selection).iterator(chunk_size=CHUNK_ROWS)
        for number, row in enumerate(rows, start=1):
            published = _indicator_row(row)
            writer.writerow([csv_cell(published[n]) for n in INDICATOR_NAMES])
            if number % CHUNK_ROWS == 0:
                yield _drain(buffer)
    else:
        writer.writerow(NAMES)
        for rows in published_chunks(selection, true="true", false="false"):
            writer.writerows(rows)
            yield _drain(buffer)
    if rest := buffer.getvalue():
        yield rest


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def write_csv(selection, stream: BinaryIO) -> None:
    for chunk in csv_chunks(selection):
        stream.write(chunk.encode("utf-8"))


def workbook_facts(entry: DatasetEntry) -> list[tuple]:
    """The rows of the workbook's sheet about the dataset."""
    dataset = entry.dataset
    view = DatasetView(entry)
    return [
        (_("Publisher"), dataset.publisher),
        (_("Territory"), view.territory),
        (_("Time coverage"), view.time_coverage),
        (_("Licence"), dataset.licence or "CC BY 4.0"),
        (_("Source"), dataset.source_url),
        (_("Method"), dataset.method),
        (_("Known limitations"), dataset.known_limitations),
        (_("Dataset page"), absolute(reverse("opendata:dataset", args=[dataset.slug]))),
    ]


def xlsx_rows(selection) -> Iterable[dict]:
    if isinstance(selection, IndicatorValueSelection):
        return (
            {**_indicator_row(row), "value": float(row["value"])}
            for row in indicator_value_rows(selection).iterator(chunk_size=CHUNK_ROWS)
        )
    return published_rows(selection)


def write_xlsx(entry: DatasetEntry, selection, stream: BinaryIO) -> None:
    write_workbook(
        entry, xlsx_rows(selection), workbook_facts(entry), stream, columns_of(entry)
    )


def write_package(
    entry: DatasetEntry, csv_path: Path, stream: BinaryIO, version: int
) -> None:
    """A Frictionless data package as a zip: the dataset's CSV (already written
    to ``csv_path``, copied in chunks), datapackage.json and the CSV on the Web
    descriptor, so either standard's tools read it."""
    slug = entry.dataset.slug
    csv_name = f"{slug}.csv"
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.write(csv_path, csv_name)
        package.writestr(
            "datapackage.json", _json(data_package(entry, csv_name, version))
        )
        package.writestr(
            f"{csv_name}-metadata.json", _json(descriptor(entry, csv_name))
        )


def _json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def data_package(entry: DatasetEntry, csv_name: str, version: int) -> dict:
    """The Frictionless (Data Package v1) descriptor of the dataset's CSV."""
    dataset = entry.dataset
    indicators = entry.holds_indicators
    return {
        "profile": "tabular-data-package",
        "name": dataset.slug,
        "title": dataset.name,
        "description": dataset.description or dataset.name,
        "version": str(version),
        "homepage": absolute(reverse("opendata:dataset", args=[dataset.slug])),
        "licenses": [{"name": "CC-BY-4.0", "path": CC_BY, "title": "CC BY 4.0"}],
        "resources": [
            {
                "name": dataset.slug,
                "path": csv_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [_field(c) for c in columns_of(entry)],
                    "primaryKey": INDICATOR_KEY if indicators else ETHOS_KEY,
                    "missingValues": [""],
                },
            }
        ],
    }


def _field(column) -> dict:
    """A CSV on the Web column as a Table Schema field."""
    datatype = column.datatype
    base = datatype["base"] if isinstance(datatype, dict) else datatype
    field = {"name": column.name, "title": column.title}
    if column.description:
        field["description"] = column.description
    constraints = {"required": True} if column.required else {}
    if base == "nonNegativeInteger":
        field["type"] = "integer"
        constraints["minimum"] = 0
    elif base == "decimal":
        field["type"] = "number"
    elif base == "boolean":
        field |= {"type": "boolean", "trueValues": ["true"], "falseValues": ["false"]}
    elif base == "date":
        field["type"] = "date"
    else:
        field["type"] = "string"
        if isinstance(datatype, dict):
            constraints["enum"] = datatype["format"].split("|")
    if constraints:
        field["constraints"] = constraints
    return field
