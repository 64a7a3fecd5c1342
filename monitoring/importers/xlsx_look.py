"""A first look at an XLSX workbook before calamine opens it: the zip's member count,
their declared uncompressed sizes and compression ratios (zipfile never inflates a
member beyond its declared size, and calamine's zip reader refuses one that would
grow past it), then one streaming pass over the first worksheet's XML for the rows
and columns it spans.

The extent matters because calamine holds the sheet as a dense rectangle: a single
cell in column XFD would turn each row into 16,384 cells."""

import posixpath
import re
import struct
import zipfile
from array import array
from typing import BinaryIO
from xml.etree.ElementTree import Element
from xml.parsers import expat

from defusedxml import DefusedXmlException, ElementTree
from django.utils.translation import gettext

from monitoring.importers.limits import (
    MEGABYTE,
    ImportLimits,
    czech_number,
    czech_size,
    too_many_columns,
    too_many_rows,
)
from monitoring.importers.problems import ImportProblem, ImportRefused

# A workbook Excel or LibreOffice writes has a few dozen parts; a zip's directory of
# a million entries would cost far more memory than the file's size suggests.
MAX_MEMBERS = 1000
# Members this small cannot inflate to anything harmful, whatever their ratio.
RATIO_GRACE_BYTES = MEGABYTE
# Calamine holds a sheet as a rectangle from its first row to its last, as wide as
# its widest row, at 32 bytes or more a cell: a cell in column AX on each of two
# million rows would cost 3.2 GB. An ETHOS table of the most rows has 6 columns.
MAX_SHEET_CELLS = 12_000_000
# Package parts read whole (relationships, the workbook's sheet list).
MAX_PART_BYTES = 16 * MEGABYTE
END_OF_DIRECTORY = b"PK\x05\x06"
END_RECORD_SEARCH = 22 + 65535  # the record plus the longest zip comment

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_RELATIONSHIP_ID = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
)
COLUMN_LETTERS = re.compile(r"^[A-Z]{1,3}$")
DIGITS = "0123456789"
# Names as expat reports them with namespace processing on.
ROW = "http://schemas.openxmlformats.org/spreadsheetml/2006/main row"
CELL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main c"
VALUE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main v"
SHARED_STRING = "http://schemas.openxmlformats.org/spreadsheetml/2006/main si"
TEXT = "http://schemas.openxmlformats.org/spreadsheetml/2006/main t"


def broken_workbook(detail: str) -> ImportRefused:
    return ImportRefused(
        [
            ImportProblem(
                gettext("Soubor se nedá přečíst jako sešit Excelu (%s).") % detail
            )
        ]
    )


def look_at_xlsx(file: BinaryIO, limits: ImportLimits) -> None:
    """Raises ImportRefused naming the first limit the workbook breaks."""
    _check_member_count(file)
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise broken_workbook(gettext("poškozený archiv ZIP")) from error
    members = archive.infolist()
    _check_sizes(members, limits)
    try:
        sheet, shared = _first_worksheet(archive)
        lengths = _shared_string_lengths(archive, shared)
        with archive.open(sheet) as stream:
            _check_extent(stream, limits, lengths)
    except KeyError as error:  # zipfile's, for a part the package names
        raise broken_workbook(gettext("chybí část sešitu")) from error
    except (
        ElementTree.ParseError,
        DefusedXmlException,
        expat.ExpatError,
    ) as error:
        raise broken_workbook(gettext("chybné XML")) from error
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise broken_workbook(gettext("poškozený archiv ZIP")) from error


def _check_member_count(file: BinaryIO) -> None:
    """Reads the entry count from the zip's end record, before zipfile builds an
    object for every entry in the directory."""
    size = file.seek(0, 2)
    file.seek(max(0, size - END_RECORD_SEARCH))
    tail = file.read()
    position = tail.rfind(END_OF_DIRECTORY)
    if position < 0 or position + 22 > len(tail):
        raise broken_workbook(gettext("není to archiv ZIP"))
    (entries,) = struct.unpack("<H", tail[position + 10 : position + 12])
    if entries > MAX_MEMBERS:
        raise ImportRefused(
            [
                ImportProblem(
                    gettext(
                        "Sešit se skládá z %(found)s částí, povoleno je nejvýše "
                        "%(limit)s."
                    )
                    % {
                        "found": czech_number(entries),
                        "limit": czech_number(MAX_MEMBERS),
                    }
                )
            ]
        )


def _check_sizes(members: list[zipfile.ZipInfo], limits: ImportLimits) -> None:
    total = sum(member.file_size for member in members)
    if total > limits.max_xlsx_uncompressed_bytes:
        raise ImportRefused(
            [
                ImportProblem(
                    gettext(
                        "Sešit má po rozbalení %(found)s, povoleno je nejvýše "
                        "%(limit)s."
                    )
                    % {
                        "found": czech_size(total),
                        "limit": czech_size(limits.max_xlsx_uncompressed_bytes),
                    }
                )
            ]
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if (
            member.file_size > RATIO_GRACE_BYTES
            and ratio > limits.max_xlsx_compression_ratio
        ):
            raise ImportRefused(
                [
                    ImportProblem(
                        gettext(
                            "Část sešitu „%(part)s“ je zkomprimovaná v poměru "
                            "%(found)s : 1, povoleno je nejvýše %(limit)s : 1."
                        )
                        % {
                            "part": member.filename,
                            "found": czech_number(int(ratio)),
                            "limit": czech_number(limits.max_xlsx_compression_ratio),
                        }
                    )
                ]
            )


def _read_part(archive: zipfile.ZipFile, name: str) -> Element:
    if archive.getinfo(name).file_size > MAX_PART_BYTES:
        raise broken_workbook(gettext("příliš velká část %s") % name)
    return ElementTree.fromstring(archive.read(name))


def _targets(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, member name) of a package part."""
    folder, name = posixpath.split(part)
    relations = _read_part(archive, posixpath.join(folder, "_rels", f"{name}.rels"))
    targets = {}
    for relation in relations.iter(f"{RELATIONSHIPS}Relationship"):
        target = relation.get("Target", "")
        member = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        targets[relation.get("Id")] = (relation.get("Type", ""), member)
    return targets


def _first_worksheet(archive: zipfile.ZipFile) -> tuple[str, str | None]:
    """The workbook's first worksheet, the one the reader reads, and its shared
    strings part (None when it has none)."""
    workbook = next(
        (
            member
            for kind, member in _targets(archive, "").values()
            if kind.endswith("/officeDocument")
        ),
        None,
    )
    if workbook is None:
        raise broken_workbook(gettext("chybí sešit"))
    targets = _targets(archive, workbook)
    shared = next(
        (
            member
            for kind, member in targets.values()
            if kind.endswith("/sharedStrings")
        ),
        None,
    )
    for sheet in _read_part(archive, workbook).iter(f"{MAIN}sheet"):
        kind, member = targets.get(sheet.get(OFFICE_RELATIONSHIP_ID), ("", ""))
        if kind.endswith("/worksheet"):
            return member, shared
    raise broken_workbook(gettext("sešit nemá žádný list"))


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


class _SharedStrings:
    """The length of each shared string, streamed from its part."""

    def __init__(self):
        self.lengths = array("Q")
        self.depth = 0  # inside a t element

    def start(self, name: str, attributes: dict) -> None:
        if name == SHARED_STRING:
            self.lengths.append(0)
        elif name == TEXT and self.lengths:
            self.depth += 1

    def end(self, name: str) -> None:
        if name == TEXT and self.depth:
            self.depth -= 1

    def text(self, data: str) -> None:
        if self.depth:
            self.lengths[-1] += len(data)


def _shared_string_lengths(archive: zipfile.ZipFile, member: str | None) -> array:
    strings = _SharedStrings()
    if member is not None:
        parser = _parser()
        parser.StartElementHandler = strings.start
        parser.EndElementHandler = strings.end
        parser.CharacterDataHandler = strings.text
        with archive.open(member) as stream:
            parser.ParseFile(stream)
    return strings.lengths


class _Extent:
    """Numbers rows and cells as openpyxl and calamine do (their r attribute, else
    one past the previous) to find the last row and the widest column, and adds
    up the characters of the shared strings the cells refer to: calamine copies a
    shared string into every cell that names it."""

    def __init__(self, lengths: array):
        self.row = self.column = self.last_row = 0
        self.widest = (0, 0)  # (columns, minus the first row that wide)
        self.numbers: dict[str, int] = {}  # column letters → number
        self.lengths = lengths
        self.shared_cell = False
        self.index: list[str] | None = None  # the text of a shared cell's value
        self.shared_chars = 0

    def text(self, data: str) -> None:
        if self.index is not None:
            self.index.append(data)

    def count_shared(self) -> None:
        number = "".join(self.index).strip()
        if number.isdigit() and len(number) < 19 and int(number) < len(self.lengths):
            self.shared_chars += self.lengths[int(number)]
        self.index = None

    def start(self, name: str, attributes: dict) -> None:
        if self.index is not None:
            self.count_shared()
        if name == VALUE and self.shared_cell:
            self.index = []
        elif name == CELL:
            self.shared_cell = attributes.get("t") == "s"
            letters = attributes.get("r", "").rstrip(DIGITS)
            number = self.numbers.get(letters)
            if number is None:
                number = self._number(letters)
            self.column = number or self.column + 1
            if self.column > self.widest[0]:
                self.widest = (self.column, -self.row)
        elif name == ROW:
            reference = attributes.get("r", "")
            self.row = int(reference) if reference.isdigit() else self.row + 1
            self.last_row, self.column = max(self.last_row, self.row), 0

    def _number(self, letters: str) -> int:
        """The column's number, 0 for what is not a column's letters (only
        columns are remembered, at most 18,278 of them)."""
        if not COLUMN_LETTERS.match(letters):
            return 0
        number = self.numbers[letters] = _column_number(letters)
        return number


def _refuse_document_type(*args) -> None:
    raise DefusedXmlException(gettext("definice typu dokumentu"))


def _parser():
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse_document_type
    parser.buffer_text = True
    return parser


def _check_extent(stream, limits: ImportLimits, lengths: array) -> None:
    """Refuses a sheet wider or longer than the limits. Read with expat calling
    back only at start tags, which is several times faster than building
    elements (33 s → 7 s for a sheet of 200 MB); a document type declaration,
    the only place entities can be declared, is refused as defusedxml does."""
    extent = _Extent(lengths)
    parser = _parser()
    parser.StartElementHandler = extent.start
    parser.CharacterDataHandler = extent.text
    parser.ParseFile(stream)
    if extent.index is not None:
        extent.count_shared()
    columns, first_row = extent.widest
    if columns > limits.max_columns:
        raise ImportRefused([too_many_columns(columns, limits, -first_row)])
    if extent.last_row - 1 > limits.max_rows:
        raise ImportRefused([too_many_rows(extent.last_row - 1, limits)])
    if extent.last_row * columns > MAX_SHEET_CELLS:
        raise ImportRefused([_too_many_cells(extent.last_row, columns)])
    if extent.shared_chars > limits.max_xlsx_uncompressed_bytes // 2:
        raise ImportRefused([_too_much_shared_text(extent.shared_chars, limits)])


def _too_much_shared_text(found: int, limits: ImportLimits) -> ImportProblem:
    return ImportProblem(
        gettext(
            "Buňky listu odkazují na sdílené texty o %(found)s znacích, povoleno je "
            "nejvýše %(limit)s."
        )
        % {
            "found": czech_number(found),
            "limit": czech_number(limits.max_xlsx_uncompressed_bytes // 2),
        }
    )


def _too_many_cells(rows: int, columns: int) -> ImportProblem:
    return ImportProblem(
        gettext(
            "List sešitu má %(rows)s řádků a %(columns)s sloupců, tedy %(found)s "
            "buněk; povoleno je nejvýše %(limit)s buněk."
        )
        % {
            "rows": czech_number(rows),
            "columns": czech_number(columns),
            "found": czech_number(rows * columns),
            "limit": czech_number(MAX_SHEET_CELLS),
        }
    )
