"""How big an import file may be, read from settings at the time of each import
(see the README's "Import limits"), and the Czech wording of a broken limit."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext

from monitoring.importers.problems import ImportProblem

KILOBYTE = 1024
MEGABYTE = 1024 * KILOBYTE
NO_BREAK_SPACE = "\u00a0"


@dataclass(frozen=True)
class ImportLimits:
    max_file_bytes: int
    max_rows: int  # data rows, the header not counted
    max_columns: int
    max_cell_chars: int
    max_xlsx_uncompressed_bytes: int  # all members of the XLSX zip together
    max_xlsx_compression_ratio: int  # uncompressed : compressed, per member

    @classmethod
    def from_settings(cls) -> "ImportLimits":
        return cls(
            max_file_bytes=settings.MONITORING_IMPORT_MAX_FILE_BYTES,
            max_rows=settings.MONITORING_IMPORT_MAX_ROWS,
            max_columns=settings.MONITORING_IMPORT_MAX_COLUMNS,
            max_cell_chars=settings.MONITORING_IMPORT_MAX_CELL_CHARS,
            max_xlsx_uncompressed_bytes=(
                settings.MONITORING_IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES
            ),
            max_xlsx_compression_ratio=settings.MONITORING_IMPORT_MAX_XLSX_RATIO,
        )

    @property
    def max_line_chars(self) -> int:
        """The longest physical CSV line the column and cell limits allow (every
        cell quoted, with doubled quotes inside, plus separators)."""
        return self.max_columns * (2 * self.max_cell_chars + 3)


def czech_number(number: int) -> str:
    """12345678 → '12 345 678' with no-break spaces, as Czech typography groups."""
    return f"{number:,}".replace(",", NO_BREAK_SPACE)


def czech_size(size: int) -> str:
    """A file size as Czech writes it: '950 B', '12,5 kB', '1 024 MB'."""
    if size < KILOBYTE:
        return f"{size}\u00a0B"
    unit, name = (MEGABYTE, "MB") if size >= MEGABYTE else (KILOBYTE, "kB")
    amount = size / unit
    text = f"{amount:,.0f}" if amount >= 10 else f"{amount:,.1f}"
    return f"{text.replace(',', NO_BREAK_SPACE).replace('.', ',')}\u00a0{name}"


def too_many_columns(found: int, limits: ImportLimits, row: int) -> ImportProblem:
    return ImportProblem(
        gettext("Soubor má %(found)s sloupců, povoleno je nejvýše %(limit)s.")
        % {
            "found": czech_number(found),
            "limit": czech_number(limits.max_columns),
        },
        row=row,
    )


def too_many_rows(found: int, limits: ImportLimits) -> ImportProblem:
    return ImportProblem(
        gettext("Soubor má %(found)s řádků dat, povoleno je nejvýše %(limit)s.")
        % {"found": czech_number(found), "limit": czech_number(limits.max_rows)}
    )


def cell_too_long(
    found: int, limits: ImportLimits, row: int, column: str | None = None
) -> ImportProblem:
    return ImportProblem(
        gettext("Buňka má %(found)s znaků, povoleno je nejvýše %(limit)s.")
        % {
            "found": czech_number(found),
            "limit": czech_number(limits.max_cell_chars),
        },
        row=row,
        column=column,
    )
