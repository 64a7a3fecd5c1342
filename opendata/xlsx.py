"""A dataset's selection as an XLSX workbook, written row by row by openpyxl's
write-only mode into a temporary file: memory stays flat however many rows.

openpyxl is imported when a workbook is written: with numpy, which it loads, it
would add some 30 MB to every web worker that never serves one."""

import tempfile
from collections.abc import Iterable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from monitoring.queries import DatasetEntry
from monitoring.queries.observations import SUPPRESSED
from opendata.columns import COLUMNS

STATUS_LABELS = {
    "published": gettext_lazy("published"),
    SUPPRESSED: gettext_lazy("not published (small count)"),
}


def workbook_file(
    entry: DatasetEntry, rows: Iterable[dict], facts: list[tuple], columns=COLUMNS
):
    """A temporary file (rewound) holding the workbook: the data on the first
    sheet with Czech column titles, the dataset's metadata on the second;
    ``columns`` are an indicator dataset's, or by default an ETHOS one's."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    font = Font(bold=True)

    def bold(sheet, value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = font
        return cell

    workbook = Workbook(write_only=True)
    data = workbook.create_sheet(_("Data"))
    data.append([bold(data, column.title) for column in columns])
    for row in rows:
        data.append([_cell(name, row[name]) for name in (c.name for c in columns)])
    about = workbook.create_sheet(_("About the dataset"))
    for label, value in [(_("Dataset"), entry.dataset.name), *facts]:
        about.append([bold(about, label), value])
    about.append([])
    about.append([bold(about, _("Column")), bold(about, _("Meaning"))])
    for column in columns:
        about.append([f"{column.title} ({column.name})", column.description])
    # Closed by the FileResponse that streams it, once sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    return output


def _cell(name: str, value):
    if name == "status":
        return str(STATUS_LABELS[value])
    if name in ("period_is_year", "revised"):
        return _("yes") if value else _("no")
    if value == "" and name == "note":
        return None
    return value
