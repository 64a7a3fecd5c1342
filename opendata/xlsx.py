"""A dataset's rows as an XLSX workbook, written row by row by openpyxl's
write-only mode into a stream: memory stays flat however many rows. A sheet holds
at most Excel's 1,048,576 rows; more rows go on to further data sheets.

Every cell is a value, never a formula: text that a spreadsheet would read as one
(starting with =, +, -, @, a tab or a carriage return) is written as a text cell.

openpyxl is imported when a workbook is written: with numpy, which it loads, it
would add some 30 MB to every web worker that never serves one."""

from collections.abc import Iterable
from typing import BinaryIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from monitoring.queries import DatasetEntry
from monitoring.queries.observations import SUPPRESSED
from opendata.columns import COLUMNS

STATUS_LABELS = {
    "published": gettext_lazy("published"),
    SUPPRESSED: gettext_lazy("not published (small count)"),
}
EXCEL_MAX_ROWS = 1_048_576  # per sheet, the header row included
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_workbook(
    entry: DatasetEntry,
    rows: Iterable[dict],
    facts: list[tuple],
    stream: BinaryIO,
    columns=COLUMNS,
    sheet_rows: int = EXCEL_MAX_ROWS,
) -> None:
    """Writes the workbook to ``stream``: the data with Czech column titles on the
    first sheet (continued on "Data 2", "Data 3" … past ``sheet_rows`` rows with
    the header), the dataset's metadata on the last; ``columns`` are an indicator
    dataset's, or by default an ETHOS one's."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    font = Font(bold=True)

    def bold(sheet, value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = font
        return cell

    def text(sheet, value):
        """A cell that holds the value as text, whatever it starts with."""
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.data_type = "s"
        return cell

    workbook = Workbook(write_only=True)
    names = [column.name for column in columns]
    sheets = 0
    data, written = None, sheet_rows
    for row in rows:
        if written >= sheet_rows:
            sheets += 1
            title = _("Data") if sheets == 1 else f"{_('Data')} {sheets}"
            data = workbook.create_sheet(title)
            data.append([bold(data, column.title) for column in columns])
            written = 1
        values = [_value(name, row[name]) for name in names]
        data.append(
            [
                text(data, value)
                if isinstance(value, str) and value.startswith(FORMULA_STARTS)
                else value
                for value in values
            ]
        )
        written += 1
    if data is None:  # no rows: the header alone
        data = workbook.create_sheet(_("Data"))
        data.append([bold(data, column.title) for column in columns])
    about = workbook.create_sheet(_("About the dataset"))
    for label, value in [(_("Dataset"), entry.dataset.name), *facts]:
        about.append([bold(about, label), text(about, value)])
    about.append([])
    about.append([bold(about, _("Column")), bold(about, _("Meaning"))])
    for column in columns:
        about.append(
            [f"{column.title} ({column.name})", text(about, column.description)]
        )
    workbook.save(stream)


def _value(name: str, value):
    if name == "status":
        return str(STATUS_LABELS[value])
    if name in ("period_is_year", "revised"):
        return _("yes") if value else _("no")
    if value == "" and name == "note":
        return None
    return value
