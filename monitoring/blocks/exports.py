"""CSV downloads of exactly what a block's table shows."""

import csv
import datetime
import io

from django.utils.text import slugify

from monitoring.blocks.tables import DataTable
from monitoring.formatting import csv_number
from monitoring.suppression import Cell


def _csv_cell(cell: Cell | str) -> str:
    """Numbers plain, as Czech Excel reads them; suppressed cells say so."""
    if isinstance(cell, Cell) and cell.value is not None:
        return csv_number(cell.value)
    return str(cell)


def table_csv(table: DataTable) -> str:
    """Semicolon-separated, as Czech Excel opens it; the caller adds the BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.header())
    writer.writerows(
        [label, *(_csv_cell(cell) for cell in cells)] for label, cells in table.rows
    )
    return buffer.getvalue()


def csv_filename(table: DataTable, on: datetime.date, dataset: str = "") -> str:
    """The dataset, the table's caption (what and where) and the download's date,
    in Czech without diacritics: "scitani-2022-osoby-v-bytove-nouzi-2026-11-26.csv"."""
    name = "-".join(part for part in (slugify(dataset), slugify(table.caption)) if part)
    return f"{name[:120].strip('-') or 'tabulka'}-{on.isoformat()}.csv"
