"""Reads CSV and XLSX into a table of strings, the way Czech Excel writes them:
UTF-8 with or without BOM or Windows-1250, comma or semicolon separated; only after
a bounded first look has checked the import limits."""

import csv
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from monitoring.importers.csv_look import CsvLook
from monitoring.importers.first_look import first_look, opened_source
from monitoring.importers.limits import ImportLimits, cell_too_long
from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.importers.validation import FIRST_DATA_ROW

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}


def _read_csv(file: BinaryIO, look: CsvLook) -> pd.DataFrame:
    try:
        return pd.read_csv(
            file,
            sep=look.separator,
            encoding=look.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,  # keeps row numbers equal to file lines
            quoting=csv.QUOTE_MINIMAL,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ImportRefused(
            [ImportProblem(f"Soubor se nedá přečíst jako tabulka CSV ({error}).")]
        ) from error


def _read_excel(file: BinaryIO) -> pd.DataFrame:
    try:
        table = pd.read_excel(file, sheet_name=0, dtype=str, keep_default_na=False)
    except Exception as error:  # openpyxl and zipfile raise many kinds
        raise ImportRefused(
            [ImportProblem(f"Soubor se nedá přečíst jako sešit Excelu ({error}).")]
        ) from error
    return table


def _check_cell_lengths(table: pd.DataFrame, limits: ImportLimits) -> None:
    """For workbooks, whose cells the first look does not read (CSV cells it does)."""
    lengths = table.apply(lambda column: column.str.len())
    longest = lengths.max(axis=None) if not table.empty else 0
    if longest > limits.max_cell_chars:
        index, column = lengths.stack().idxmax()
        raise ImportRefused(
            [cell_too_long(int(longest), limits, index + FIRST_DATA_ROW, column)]
        )


def read_table(source: Path | BinaryIO, filename: str | None = None) -> pd.DataFrame:
    """Every cell as text; rows that are entirely empty are dropped."""
    name = filename or getattr(source, "name", "") or str(source)
    suffix = Path(name).suffix.lower()
    if suffix not in EXCEL_SUFFIXES | CSV_SUFFIXES:
        raise ImportRefused(
            [
                ImportProblem(
                    f"Nepodporovaný typ souboru „{suffix or name}“: "
                    "nahrajte CSV nebo XLSX."
                )
            ]
        )
    excel = suffix in EXCEL_SUFFIXES
    limits = ImportLimits.from_settings()
    with opened_source(source, limits) as file:
        look = first_look(file, excel=excel, limits=limits)
        table = _read_excel(file) if excel else _read_csv(file, look)
    table = table.astype(str)
    if excel:
        _check_cell_lengths(table, limits)
    table = table.apply(lambda column: column.str.strip())
    table = table[(table != "").any(axis=1)]
    if table.empty or len(table.columns) < 2:
        raise ImportRefused(
            [
                ImportProblem(
                    "Soubor neobsahuje tabulku s daty (záhlaví a alespoň jeden řádek)."
                )
            ]
        )
    return table
