"""Reads CSV and XLSX into a table of strings, the way Czech Excel writes them:
UTF-8 with or without BOM or Windows-1250, comma or semicolon separated."""

import csv
import io
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from monitoring.importers.problems import ImportProblem, ImportRefused

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused(
        [ImportProblem("Soubor není v kódování UTF-8 ani Windows-1250.")]
    )


def _separator(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _read_csv(data: bytes) -> pd.DataFrame:
    text = _decode(data)
    if not text.strip():
        raise ImportRefused([ImportProblem("Soubor je prázdný.")])
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=_separator(text),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,  # keeps row numbers equal to file lines
            quoting=csv.QUOTE_MINIMAL,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ImportRefused(
            [ImportProblem(f"Soubor se nedá přečíst jako tabulka CSV ({error}).")]
        ) from error


def _read_excel(data: bytes) -> pd.DataFrame:
    try:
        table = pd.read_excel(
            io.BytesIO(data), sheet_name=0, dtype=str, keep_default_na=False
        )
    except Exception as error:  # openpyxl and zipfile raise many kinds
        raise ImportRefused(
            [ImportProblem(f"Soubor se nedá přečíst jako sešit Excelu ({error}).")]
        ) from error
    return table


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
    data = source.read_bytes() if isinstance(source, Path) else source.read()
    table = _read_excel(data) if suffix in EXCEL_SUFFIXES else _read_csv(data)
    table = table.astype(str).apply(lambda column: column.str.strip())
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
