"""A streaming first look at a CSV file: its encoding and separator, every limit
on rows, columns and cells checked with bounded memory before pandas reads it, and
every row's number of fields compared with the header's.

Lines are read with a length cap, so a megabyte-long line is measured piece by piece
and never split into a million fields; the csv module then counts the fields and
cell lengths of the lines the caps let through, quotes and all."""

import csv
import io
from dataclasses import dataclass
from typing import BinaryIO

from django.utils.translation import gettext

from monitoring.importers.limits import (
    ImportLimits,
    cell_too_long,
    czech_number,
    too_many_columns,
    too_many_rows,
)
from monitoring.importers.problems import (
    ImportProblem,
    ImportRefused,
    ProblemCollector,
)

ENCODINGS = ("utf-8-sig", "cp1250")  # how Czech Excel saves CSV
PIECE_CHARS = 1024 * 1024  # how much of an over-long line is read at once


@dataclass(frozen=True)
class CsvLook:
    encoding: str
    separator: str
    # Rows whose number of fields differs from the header's; the reader refuses
    # them once the header has been checked.
    misshapen: ImportRefused | None = None


def look_at_csv(file: BinaryIO, limits: ImportLimits) -> CsvLook:
    """Raises ImportRefused naming the first limit the file breaks."""
    for encoding in ENCODINGS:
        file.seek(0)
        try:
            scan = _CsvScan(file, encoding, limits)
            separator = scan.run()
        except UnicodeDecodeError:
            continue
        misshapen = scan.misshapen.refusal() if scan.misshapen.total else None
        return CsvLook(encoding, separator, misshapen)
    raise ImportRefused(
        [ImportProblem(gettext("Soubor není v kódování UTF-8 ani Windows-1250."))]
    )


def separator_of(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


class _CsvScan:
    def __init__(self, file: BinaryIO, encoding: str, limits: ImportLimits):
        self.text = io.TextIOWrapper(file, encoding=encoding, newline="")
        self.limits = limits
        self.records = 0  # records read so far, the header included
        self.has_content = False
        self.misshapen = ProblemCollector()  # rows whose fields miss the header's

    def run(self) -> str:
        try:
            header = self._line()
            separator = separator_of(header)
            self._check_records(separator, header)
        finally:
            self.text.detach()  # the caller keeps using the binary file
        if not self.has_content:
            raise ImportRefused([ImportProblem(gettext("Soubor je prázdný."))])
        return separator

    def _line(self) -> str:
        return self.text.readline(self.limits.max_line_chars + 1)

    def _lines(self, first: str, separator: str):
        line = first
        while line:
            if len(line) > self.limits.max_line_chars:
                raise ImportRefused([self._long_line_problem(line, separator)])
            self.has_content = self.has_content or bool(line.strip())
            yield line
            line = self._line()

    def _check_records(self, separator: str, header: str) -> None:
        reader = csv.reader(self._lines(header, separator), delimiter=separator)
        names: list[str] = []
        try:
            for record in reader:
                self.records += 1
                names = names or [name.strip() for name in record]
                self._check_record(record, names)
                if self.records - 1 > self.limits.max_rows:
                    self.records += sum(1 for _ in reader)
                    raise ImportRefused([too_many_rows(self.records - 1, self.limits)])
        except csv.Error as error:
            raise ImportRefused([self._unreadable(error)]) from error

    def _unreadable(self, error: csv.Error) -> ImportProblem:
        """The csv module's error in Czech. Its only error with the default dialect
        is a field over its own limit, far above the cell limit (the error has no
        code, so its fixed English text tells it apart)."""
        row = self.records + 1
        if "field limit" in str(error):
            return ImportProblem(
                gettext(
                    "Buňka má víc než %(found)s znaků, povoleno je nejvýše %(limit)s."
                )
                % {
                    "found": czech_number(csv.field_size_limit()),
                    "limit": czech_number(self.limits.max_cell_chars),
                },
                row=row,
            )
        return ImportProblem(
            gettext(
                "Soubor se nedá přečíst jako tabulka CSV (chybně umístěné uvozovky "
                "nebo oddělovač)."
            ),
            row=row,
        )

    def _check_record(self, record: list[str], names: list[str]) -> None:
        if len(record) > self.limits.max_columns:
            raise ImportRefused(
                [too_many_columns(len(record), self.limits, self.records)]
            )
        longest = max(map(len, record), default=0)
        if longest > self.limits.max_cell_chars:
            index = [len(cell) for cell in record].index(longest)
            column = names[index] if index < len(names) else None
            raise ImportRefused(
                [cell_too_long(longest, self.limits, self.records, column)]
            )
        if self._misshapen_record(record, names):
            self.misshapen.add(self._misshapen(len(record), len(names)))

    @staticmethod
    def _misshapen_record(record: list[str], names: list[str]) -> bool:
        """More fields than the header, or fewer where a named column is missing
        (a header ending in a separator has an unnamed last column); a blank line
        is no record at all."""
        if len(record) == len(names) or not any(cell.strip() for cell in record):
            return False
        return len(record) > len(names) or any(names[len(record) :])

    def _misshapen(self, found: int, expected: int) -> ImportProblem:
        numbers = {"found": found, "expected": expected}
        if found > expected:
            message = gettext(
                "Řádek má víc polí (%(found)s) než záhlaví (%(expected)s); "
                "zkontrolujte oddělovače a uvozovky."
            )
        else:
            message = gettext(
                "Řádek má méně polí (%(found)s) než záhlaví (%(expected)s)."
            )
        return ImportProblem(message % numbers, row=self.records)

    def _long_line_problem(self, line: str, separator: str) -> ImportProblem:
        """Measures the rest of a line too long to parse: its fields (counting
        separators, quotes aside) and its longest field while they are few."""
        row = self.records + 1
        fields, longest, current = 1, 0, 0
        piece = line
        while piece:
            fields += piece.count(separator)
            if fields <= self.limits.max_columns:
                first, *others = piece.rstrip("\r\n").split(separator)
                current += len(first)
                for other in others:
                    longest, current = max(longest, current), len(other)
            if piece.endswith("\n"):
                break
            piece = self.text.readline(PIECE_CHARS)
        if fields > self.limits.max_columns:
            return too_many_columns(fields, self.limits, row)
        return cell_too_long(max(longest, current), self.limits, row)
