"""CSV downloads of exactly what a block's table shows."""

import csv
import io

from monitoring.blocks.tables import DataTable


def table_csv(table: DataTable) -> str:
    """Semicolon-separated, as Czech Excel opens it; the caller adds the BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.header())
    writer.writerows(table.text_rows())
    return buffer.getvalue()
