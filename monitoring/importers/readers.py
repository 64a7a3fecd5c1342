"""Reads CSV and XLSX as chunks of a table of strings, the way Czech Excel writes
them: UTF-8 with or without BOM or Windows-1250, comma or semicolon separated; only
after a bounded first look has checked the import limits.

A chunk holds at most MONITORING_IMPORT_CHUNK_ROWS rows, indexed so that index +
FIRST_DATA_ROW is the row's number in the spreadsheet; rows that are entirely empty
are dropped. CSV is read by pandas' C parser; XLSX by calamine (python-calamine),
which holds the sheet's cells in Rust and hands over one row at a time, so the
worker never keeps the whole workbook as Python objects."""

import csv
import datetime
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import python_calamine
from django.conf import settings
from django.utils.translation import gettext

from monitoring.importers.csv_look import CsvLook
from monitoring.importers.distinct import each_distinct
from monitoring.importers.first_look import first_look, opened_source
from monitoring.importers.limits import ImportLimits, cell_too_long
from monitoring.importers.problems import (
    FIRST_DATA_ROW,
    ImportProblem,
    ImportRefused,
)
from monitoring.importers.xlsx_look import broken_workbook

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}


def _unreadable_csv() -> ImportRefused:
    # The first look has compared every row's fields with the header's, so pandas
    # fails only on a quirk of quoting that the csv module reads otherwise.
    return ImportRefused(
        [
            ImportProblem(
                gettext(
                    "Soubor se nedá přečíst jako tabulka CSV (chybně umístěné "
                    "uvozovky nebo oddělovač)."
                )
            )
        ]
    )


def _read_csv(file: BinaryIO, look: CsvLook, **options):
    try:
        return pd.read_csv(
            file,
            sep=look.separator,
            encoding=look.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,  # keeps row numbers equal to file lines
            quoting=csv.QUOTE_MINIMAL,
            index_col=False,  # never the first column as the index
            **options,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise _unreadable_csv() from error


def _csv_header(file: BinaryIO, look: CsvLook) -> list[str]:
    names = list(_read_csv(file, look, nrows=0).columns)
    file.seek(0)
    return names


def _csv_chunks(file: BinaryIO, look: CsvLook, rows: int) -> Iterator[pd.DataFrame]:
    with _read_csv(file, look, chunksize=rows) as reader:
        try:
            yield from reader
        except pd.errors.ParserError as error:
            raise _unreadable_csv() from error


def _cell_text(value) -> str:
    """A workbook cell as pandas' read_excel writes it as text: whole numbers
    without '.0', dates in ISO form."""
    if type(value) is str:
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _unique_names(header: list[str]) -> list[str]:
    """Column names as pandas makes them: 'Unnamed: 3' for an empty one, 'name.1'
    for a repeated one."""
    names, seen = [], {}
    for position, name in enumerate(header):
        name = name or f"Unnamed: {position}"
        count = seen.get(name, 0)
        seen[name] = count + 1
        names.append(f"{name}.{count}" if count else name)
    return names


def _first_worksheet(workbook: python_calamine.CalamineWorkbook):
    for index, sheet in enumerate(workbook.sheets_metadata):
        if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet:
            return workbook.get_sheet_by_index(index)
    raise broken_workbook(gettext("sešit nemá žádný list"))


def _excel_rows(file: BinaryIO) -> Iterator[list]:
    """The first worksheet's rows from its first one, blank rows included."""
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(file)
        sheet = _first_worksheet(workbook)
    except ImportRefused:
        raise
    except Exception as error:  # calamine's errors, and whatever its parts raise
        raise broken_workbook(gettext("list se nedá přečíst")) from error
    return sheet.iter_rows()


def _excel_header(lines: Iterator[list]) -> list[str]:
    return _unique_names([_cell_text(value).strip() for value in next(lines, [])])


def _excel_chunks(
    lines: Iterator[list], names: list[str], rows: int
) -> Iterator[pd.DataFrame]:
    start = 0  # the next row's index: its number minus FIRST_DATA_ROW
    while batch := list(islice(lines, rows)):
        texts = [list(map(_cell_text, line)) for line in batch]
        index = pd.RangeIndex(start, start + len(batch))
        yield pd.DataFrame(texts, columns=names, index=index, dtype=str)
        start += len(batch)


def _check_cell_lengths(chunk: pd.DataFrame, limits: ImportLimits) -> None:
    """For workbooks, whose cells the first look does not read (CSV cells it does)."""
    if chunk.empty:
        return
    lengths = chunk.apply(lambda column: column.str.len())
    longest = lengths.max(axis=None)
    if longest > limits.max_cell_chars:
        index, column = lengths.stack().idxmax()
        raise ImportRefused(
            [cell_too_long(int(longest), limits, index + FIRST_DATA_ROW, column)]
        )


def _no_table() -> ImportRefused:
    return ImportRefused(
        [
            ImportProblem(
                "Soubor neobsahuje tabulku s daty (záhlaví a alespoň jeden řádek)."
            )
        ]
    )


def _suffix(source: Path | BinaryIO, filename: str | None) -> str:
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
    return suffix


def read_chunks(
    source: Path | BinaryIO,
    filename: str | None = None,
    check_header: Callable[[list[str]], None] | None = None,
) -> Iterator[pd.DataFrame]:
    """Every cell as stripped text, a chunk of rows at a time (none of them empty).
    Raises ImportRefused before the first chunk when the file breaks a limit, holds
    no table, fails ``check_header`` (called with the column names) or has rows
    with more or fewer fields than its header; for a workbook cell over the
    limit, when it comes to it."""
    excel = _suffix(source, filename) in EXCEL_SUFFIXES
    limits = ImportLimits.from_settings()
    rows = settings.MONITORING_IMPORT_CHUNK_ROWS
    with opened_source(source, limits) as file:
        look = first_look(file, excel=excel, limits=limits)
        if excel:
            lines = _excel_rows(file)
            names = _excel_header(lines)
            chunks = _excel_chunks(lines, names, rows)
        else:
            names = _csv_header(file, look)
            chunks = _csv_chunks(file, look, rows)
        if len(names) < 2:
            raise _no_table()
        if check_header:
            check_header(names)
        if look is not None and look.misshapen:
            raise look.misshapen
        found = False
        for chunk in chunks:
            if excel:
                _check_cell_lengths(chunk, limits)
            chunk = chunk.fillna("")  # an unnamed last column a row leaves out
            chunk = chunk.apply(lambda column: each_distinct(column, str.strip))
            chunk = chunk[(chunk != "").any(axis=1)]
            if not chunk.empty:
                found = True
                yield chunk
    if not found:
        raise _no_table()


def read_table(source: Path | BinaryIO, filename: str | None = None) -> pd.DataFrame:
    """The whole table at once, for small reference files."""
    return pd.concat(list(read_chunks(source, filename)))
