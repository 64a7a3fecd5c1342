"""The table every monitoring block shows: its cells are what the chart draws and
what the CSV download contains."""

from dataclasses import dataclass, field

from monitoring.suppression import Cell


@dataclass(frozen=True)
class DataTable:
    caption: str
    row_header: str  # what the first column holds, e.g. "Kraj"
    columns: list[str]
    rows: list[tuple[str, list[Cell | str]]]  # (row label, one cell per column)
    source: str = ""
    source_url: str = ""
    reference: str = ""  # the data's reference period or date, in words
    illustrative: bool = False
    notes: list[str] = field(default_factory=list)
    # Each row's territory code, where rows are territories: pages link regions.
    row_keys: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.rows

    @property
    def has_suppressed(self) -> bool:
        return any(
            isinstance(cell, Cell) and cell.suppressed
            for _label, cells in self.rows
            for cell in cells
        )

    def linked_rows(self, urls) -> list[tuple[str, str | None, list]]:
        """(label, the row's page URL or None, cells); ``urls`` maps row keys
        (territory codes) to pages."""
        keys = self.row_keys or [""] * len(self.rows)
        return [
            (label, urls.get(key) if key else None, cells)
            for (label, cells), key in zip(self.rows, keys, strict=True)
        ]

    def header(self) -> list[str]:
        return [self.row_header, *self.columns]

    def text_rows(self) -> list[list[str]]:
        """Every row as the strings shown in the table (suppressed cells say so)."""
        return [[label, *(str(cell) for cell in cells)] for label, cells in self.rows]
