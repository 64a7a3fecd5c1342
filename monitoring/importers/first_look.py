"""The bounded first look at an import file: its size, then a streaming pass over
its CSV lines or its XLSX zip and sheet, refusing whatever breaks the import limits
before pandas or calamine parse anything."""

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from django.utils.translation import gettext

from monitoring.importers.csv_look import CsvLook, look_at_csv
from monitoring.importers.limits import ImportLimits, czech_size
from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.importers.xlsx_look import look_at_xlsx

CHUNK_BYTES = 1024 * 1024


def _too_big(size: int, limits: ImportLimits) -> ImportRefused:
    return ImportRefused(
        [
            ImportProblem(
                gettext("Soubor má %(found)s, povoleno je nejvýše %(limit)s.")
                % {
                    "found": czech_size(size),
                    "limit": czech_size(limits.max_file_bytes),
                }
            )
        ]
    )


@contextmanager
def opened_source(source: Path | BinaryIO, limits: ImportLimits) -> Iterator[BinaryIO]:
    """The source as a seekable binary file from its start, refused when bigger than
    the limit (measured without reading it where it can be; a stream is read through
    but kept only up to the limit)."""
    if isinstance(source, Path):
        size = source.stat().st_size
        if size > limits.max_file_bytes:
            raise _too_big(size, limits)
        with source.open("rb") as file:
            yield file
        return
    if source.seekable():
        size = source.seek(0, io.SEEK_END)
        source.seek(0)
        if size > limits.max_file_bytes:
            raise _too_big(size, limits)
        yield source
        return
    copy, size = io.BytesIO(), 0
    while chunk := source.read(CHUNK_BYTES):
        size += len(chunk)
        if size <= limits.max_file_bytes:
            copy.write(chunk)
    if size > limits.max_file_bytes:
        raise _too_big(size, limits)
    copy.seek(0)
    yield copy


def first_look(file: BinaryIO, *, excel: bool, limits: ImportLimits) -> CsvLook | None:
    """Checks every limit; returns how to read a CSV (None for a workbook) and leaves
    the file at its start."""
    try:
        if excel:
            look_at_xlsx(file, limits)
            return None
        return look_at_csv(file, limits)
    finally:
        file.seek(0)
