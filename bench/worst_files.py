"""The worst import files within the default limits (issue 20), written fast and
without a spreadsheet library: the XLSX is assembled from its XML parts."""

import datetime
import random
import zipfile
from pathlib import Path

ETHOS_HEADER = ["kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"]
MEASURES = ("osoby", "domacnosti", "deti")
CATEGORIES = range(1, 14)


def unique_keys(rows: int, territories: list[str]):
    """(territory, period, category, measure) without repeats, periods monthly."""
    produced = 0
    month = 0
    while True:
        period = datetime.date(1990 + month // 12, month % 12 + 1, 1).isoformat()
        for territory in territories:
            for category in CATEGORIES:
                for measure in MEASURES:
                    yield territory, period, category, measure
                    produced += 1
                    if produced == rows:
                        return
        month += 1


def junk_csv(path: Path, rows: int) -> Path:
    """Every cell of every row invalid (issue 20: 2,000,000 rows, 24 MB)."""
    line = "xx;x;x;x;xx\n"
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(";".join(ETHOS_HEADER) + "\n")
        for start in range(0, rows, 100_000):
            file.write(line * min(100_000, rows - start))
    return path


def one_bad_cell_csv(path: Path, rows: int, territories: list[str]) -> Path:
    """Unique, valid keys and one invalid value per row (issue 20: 67 MB)."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(";".join([*ETHOS_HEADER, "poznamka"]) + "\n")
        for number, (territory, period, category, measure) in enumerate(
            unique_keys(rows, territories)
        ):
            file.write(f"{territory};{period};{category};{measure};{number}x;\n")
    return path


def valid_csv(path: Path, rows: int, territories: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(";".join(ETHOS_HEADER) + "\n")
        for number, (territory, period, category, measure) in enumerate(
            unique_keys(rows, territories)
        ):
            file.write(f"{territory};{period};{category};{measure};{number % 997}\n")
    return path


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)
SHEET_END = "</sheetData></worksheet>"
LETTERS = "ABCDEFGH"


def _text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _row(number: int, cells: list) -> str:
    parts = []
    for letter, value in zip(LETTERS, cells, strict=False):
        reference = f"{letter}{number}"
        if isinstance(value, int):
            parts.append(f'<c r="{reference}"><v>{value}</v></c>')
        else:
            parts.append(_text_cell(reference, value))
    return f'<row r="{number}">{"".join(parts)}</row>'


def large_xlsx(path: Path, rows: int, territories: list[str]) -> Path:
    """Valid ETHOS rows with random values, text as inline strings: the issue's
    9.6 MB workbook that unpacks to 201 MB holds 820,000 rows."""
    chance = random.Random(20)  # noqa: S311 (test data, not secrets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(SHEET_START.encode())
            sheet.write(_row(1, ETHOS_HEADER).encode())
            batch = []
            for number, (territory, period, category, measure) in enumerate(
                unique_keys(rows, territories), start=2
            ):
                value = chance.randrange(1_000_000)
                batch.append(
                    _row(number, [territory, period, category, measure, value])
                )
                if len(batch) == 10_000:
                    sheet.write("".join(batch).encode())
                    batch = []
            sheet.write(("".join(batch) + SHEET_END).encode())
    return path
