"""Import limits: hostile and oversized files are refused by the bounded first look,
before pandas or calamine parse them, each with one Czech message naming the limit."""

import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import python_calamine
from django.core.management import CommandError, call_command

from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.models import Dataset, Observation

DATA = Path(__file__).resolve().parent.parent / "data"
HEADER = "kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota;poznamka\n"
GOOD_ROW = "CZ051;2022;1;osoby;120;\n"
NBSP = "\u00a0"
pytestmark = pytest.mark.django_db


@pytest.fixture
def parsers_must_not_run(monkeypatch):
    """Fails the test if a refused file still reaches pandas, calamine or openpyxl."""

    def parser_called(*args, **kwargs):
        raise AssertionError("the file reached a parser before being refused")

    class Workbook:
        from_filelike = from_path = staticmethod(parser_called)

    monkeypatch.setattr(pd, "read_csv", parser_called)
    monkeypatch.setattr(pd, "read_excel", parser_called)
    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Workbook)
    monkeypatch.setattr(openpyxl, "load_workbook", parser_called)


def refusal(path: Path, **options) -> list:
    with pytest.raises(ImportRefused) as refused:
        import_ethos(path, dataset_name="Limity", **options)
    assert not Dataset.objects.exists()
    return refused.value.problems


def only_problem(path: Path):
    problems = refusal(path)
    assert len(problems) == 1
    return problems[0]


def test_a_row_of_a_million_fields_is_refused_before_parsing(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "wide_row.csv"
    path.write_text(HEADER + ";" * 999_999 + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000

    problem = only_problem(path)

    assert problem.row == 2
    assert problem.message == (
        f"Soubor má 1{NBSP}000{NBSP}000 sloupců, povoleno je nejvýše 50."
    )


def test_a_header_of_a_million_columns_is_refused_before_parsing(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "wide_header.csv"
    path.write_text(
        ";".join(f"sloupec{number}" for number in range(1_000_000)) + "\n" + GOOD_ROW,
        encoding="utf-8",
    )
    assert path.stat().st_size > 7_000_000

    problem = only_problem(path)

    assert problem.row == 1
    assert "1\u00a0000\u00a0000 sloupců, povoleno je nejvýše 50" in problem.message


def test_separators_inside_quoted_cells_are_not_counted_as_columns(
    reference_data, tmp_path
):
    note = "viz; " * 80
    path = tmp_path / "quoted.csv"
    path.write_text(HEADER + f'CZ051;2022;1;osoby;120;"{note}"\n', encoding="utf-8")

    result = import_ethos(path, dataset_name="Poznámky")

    assert result.created == 1
    assert Observation.objects.get().note == note.strip()


def test_a_few_columns_more_than_allowed_are_counted_exactly(
    reference_data, tmp_path, settings, parsers_must_not_run
):
    settings.MONITORING_IMPORT_MAX_COLUMNS = 6
    path = tmp_path / "seven.csv"
    path.write_text(HEADER + "CZ051;2022;1;osoby;120;;navíc\n", encoding="utf-8")

    problem = only_problem(path)

    assert (problem.row, problem.message) == (
        2,
        "Soubor má 7 sloupců, povoleno je nejvýše 6.",
    )


def test_an_over_long_cell_is_refused_with_row_and_column(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "long_note.csv"
    path.write_text(
        HEADER + GOOD_ROW + "CZ051;2022;2;osoby;7;" + "x" * 2001 + "\n",
        encoding="utf-8",
    )

    problem = only_problem(path)

    assert (problem.row, problem.column) == (3, "poznamka")
    assert problem.message == (
        f"Buňka má 2{NBSP}001 znaků, povoleno je nejvýše 2{NBSP}000."
    )


def test_a_cell_longer_than_any_line_may_be_is_measured_without_parsing(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "huge_note.csv"
    path.write_text(HEADER + "CZ051;2022;1;osoby;7;" + "x" * 500_000 + "\n")

    problem = only_problem(path)

    assert problem.row == 2
    assert problem.message == (
        f"Buňka má 500{NBSP}000 znaků, povoleno je nejvýše 2{NBSP}000."
    )


def test_too_many_rows_are_refused_with_their_count(
    reference_data, settings, parsers_must_not_run
):
    settings.MONITORING_IMPORT_MAX_ROWS = 3

    problem = only_problem(DATA / "ethos_utf8_bom.csv")

    assert problem.message == "Soubor má 6 řádků dat, povoleno je nejvýše 3."


def test_the_row_limit_admits_a_file_at_the_limit(reference_data, settings):
    settings.MONITORING_IMPORT_MAX_ROWS = 6

    assert import_ethos(DATA / "ethos_utf8_bom.csv", dataset_name="Přesně").rows == 6


def test_a_file_over_the_size_limit_is_refused_unread(
    reference_data, settings, parsers_must_not_run
):
    settings.MONITORING_IMPORT_MAX_FILE_BYTES = 100

    problem = only_problem(DATA / "ethos_utf8_bom.csv")

    size = (DATA / "ethos_utf8_bom.csv").stat().st_size
    assert problem.message == (
        f"Soubor má {size}{NBSP}B, povoleno je nejvýše 100{NBSP}B."
    )


def test_an_uploaded_stream_over_the_size_limit_is_refused(
    reference_data, settings, parsers_must_not_run
):
    settings.MONITORING_IMPORT_MAX_FILE_BYTES = 100

    with (
        (DATA / "ethos_utf8_bom.csv").open("rb") as upload,
        pytest.raises(ImportRefused, match="povoleno je nejvýše 100"),
    ):
        import_ethos(upload, dataset_name="Proud", filename="data.csv")


@pytest.fixture(scope="module")
def workbook_bomb(tmp_path_factory) -> Path:
    """2.6 MB on disk; its sheet XML inflates to 1 GiB."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.xlsx"
    row = b'<row><c t="inlineStr"><is><t>1</t></is></c></row>' * 20_000
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet,
    ):
        written = 0
        while written < 1024**3:
            sheet.write(row)
            written += len(row)
    return path


def test_a_workbook_inflating_to_a_gibibyte_is_refused_before_parsing(
    reference_data, workbook_bomb, parsers_must_not_run
):
    assert workbook_bomb.stat().st_size < 5 * 1024 * 1024

    problem = only_problem(workbook_bomb)

    assert problem.message == (
        f"Sešit má po rozbalení 1{NBSP}024{NBSP}MB, povoleno je nejvýše 200{NBSP}MB."
    )


def test_a_highly_compressed_member_is_refused_by_its_ratio(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 1024 * 1024))

    problem = only_problem(path)

    assert problem.message.startswith(
        "Část sešitu „xl/worksheets/sheet1.xml“ je zkomprimovaná v poměru "
    )
    assert problem.message.endswith("povoleno je nejvýše 100 : 1.")


def test_a_zip_of_thousands_of_parts_is_refused_from_its_end_record(
    reference_data, tmp_path, parsers_must_not_run
):
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(1001):
            archive.writestr(f"part{number}", b"")

    problem = only_problem(path)

    assert problem.message == (
        f"Sešit se skládá z 1{NBSP}001 částí, povoleno je nejvýše 1{NBSP}000."
    )


def workbook(path: Path, rows: list[tuple], far_cell: tuple | None = None) -> Path:
    """Writes the rows, and "x" at far_cell (row, column) when given."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if far_cell:
        sheet.cell(*far_cell, value="x")
    book.save(path)
    return path


XLSX_HEADER = ("kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota")


def test_a_sheet_reaching_column_xfd_is_refused_before_calamine_fills_its_rows(
    reference_data, tmp_path, parsers_must_not_run
):
    path = workbook(
        tmp_path / "wide.xlsx",
        [XLSX_HEADER, ("CZ051", 2022, 1, "osoby", 5)],
        far_cell=(2, 16_384),
    )

    problem = only_problem(path)

    assert problem.row == 2
    assert problem.message == (
        f"Soubor má 16{NBSP}384 sloupců, povoleno je nejvýše 50."
    )


def test_a_sheet_with_too_many_rows_is_refused(
    reference_data, tmp_path, settings, parsers_must_not_run
):
    settings.MONITORING_IMPORT_MAX_ROWS = 2
    rows = [XLSX_HEADER] + [("CZ051", 2022, code, "osoby", 5) for code in (1, 2, 3)]

    problem = only_problem(workbook(tmp_path / "long.xlsx", rows))

    assert problem.message == "Soubor má 3 řádků dat, povoleno je nejvýše 2."


def test_a_sheet_of_too_many_cells_is_refused_before_calamine_holds_them(
    reference_data, tmp_path, monkeypatch, parsers_must_not_run
):
    monkeypatch.setattr("monitoring.importers.xlsx_look.MAX_SHEET_CELLS", 20)
    rows = [XLSX_HEADER] + [("CZ051", 2022, code, "osoby", 5) for code in (1, 2, 3)]

    problem = only_problem(workbook(tmp_path / "cells.xlsx", rows, far_cell=(2, 6)))

    assert problem.message == (
        "List sešitu má 4 řádků a 6 sloupců, tedy 24 buněk; "
        "povoleno je nejvýše 20 buněk."
    )


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def shared_strings_workbook(path: Path, text: str, cells: int) -> Path:
    """A sheet whose ``cells`` cells all name one shared string ``text``."""
    rows = "".join(
        '<row><c t="s"><v>0</v></c><c t="s"><v>0</v></c></row>'
        for _ in range(cells // 2)
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
            f'Type="{OFFICE_NS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{OFFICE_NS}"><sheets>'
            '<sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{RELS_NS}">'
            f'<Relationship Id="rId1" Type="{OFFICE_NS}/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{OFFICE_NS}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN_NS}"><si><t>{text}</t></si></sst>',
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{MAIN_NS}"><sheetData>{rows}</sheetData></worksheet>'
        ),
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def test_a_long_shared_text_named_by_many_cells_is_refused_before_calamine(
    reference_data, tmp_path, settings, parsers_must_not_run
):
    """Calamine copies a shared string into every cell that names it."""
    settings.MONITORING_IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES = 100_000
    path = shared_strings_workbook(tmp_path / "shared.xlsx", "y" * 1000, 60)

    problem = only_problem(path)

    assert problem.message == (
        f"Buňky listu odkazují na sdílené texty o 60{NBSP}000 znacích, povoleno "
        f"je nejvýše 50{NBSP}000."
    )


def test_an_over_long_workbook_cell_is_refused_with_row_and_column(
    reference_data, tmp_path
):
    rows = [
        (*XLSX_HEADER, "poznamka"),
        ("CZ051", 2022, 1, "osoby", 5, ""),
        ("CZ051", 2022, 2, "osoby", 5, "y" * 3000),
    ]

    problem = only_problem(workbook(tmp_path / "note.xlsx", rows))

    assert (problem.row, problem.column) == (3, "poznamka")
    assert problem.message == (
        f"Buňka má 3{NBSP}000 znaků, povoleno je nejvýše 2{NBSP}000."
    )


def test_a_workbook_within_the_limits_still_imports(reference_data):
    assert import_ethos(DATA / "ethos.xlsx", dataset_name="Sešit").created == 4


def test_the_command_reports_the_limit_and_writes_nothing(
    reference_data, tmp_path, capsys, parsers_must_not_run
):
    path = tmp_path / "wide_row.csv"
    path.write_text(HEADER + ";" * 999_999 + "\n", encoding="utf-8")

    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command("import_ethos", str(path), "--dataset", "Limity")

    assert "řádek 2: Soubor má 1" in capsys.readouterr().err
    assert not Dataset.objects.exists()
