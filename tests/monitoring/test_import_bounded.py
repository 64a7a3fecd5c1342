"""Validation in bounded memory: a file is checked a chunk of rows at a time, only
the first problems are kept (and all are counted), a key repeated across chunks is
still found, and every message of a malformed CSV is Czech with its row."""

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from monitoring.import_jobs.tasks import check_import
from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.models import ImportJob, ImportJobState, Observation
from monitoring.uploads import store_upload
from tests.monitoring.upload_fields import dataset_fields

HEADER = "kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n"
NBSP = "\u00a0"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"


def csv_file(tmp_path: Path, lines: list[str], name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def refusal(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        import_ethos(path, dataset_name="Omezená kontrola")
    return refused.value


def bad_values(count: int) -> list[str]:
    return [
        f"CZ051;2022;{category};osoby;x{category}" for category in range(1, count + 1)
    ]


def test_only_the_first_problems_are_kept_and_all_are_counted(
    reference_data, tmp_path, settings
):
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 5
    settings.MONITORING_IMPORT_CHUNK_ROWS = 4

    refused = refusal(csv_file(tmp_path, bad_values(13)))

    assert refused.total == 13
    assert [problem.row for problem in refused.problems] == [2, 3, 4, 5, 6]
    assert refused.problems[0].message == "Hodnota „x1“ není číslo."


def test_the_first_problems_are_the_first_rows_whatever_the_check(
    reference_data, tmp_path, settings
):
    """A later check of an early row pushes out an earlier check's later row."""
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 3
    settings.MONITORING_IMPORT_CHUNK_ROWS = 3
    lines = [
        "CZ051;2022;1;osoby;x",  # row 2: value
        "CZ051;2022;2;osoby;x",  # row 3: value
        "CZ051;1800;3;osoby;1",  # row 4: period, checked before the value
        "CZ051;2022;4;osoby;x",  # row 5: value
        "CZ051;2022;1;osoby;7",  # row 6: repeats row 2's key, found at the end
    ]

    refused = refusal(csv_file(tmp_path, lines))

    assert refused.total == 5
    assert [(problem.row, problem.column) for problem in refused.problems] == [
        (2, "hodnota"),
        (3, "hodnota"),
        (4, "obdobi"),
    ]


def test_a_key_repeated_in_another_chunk_is_found_with_true_row_numbers(
    reference_data, tmp_path, settings
):
    settings.MONITORING_IMPORT_CHUNK_ROWS = 2
    lines = [
        "CZ051;2022;1;osoby;1",  # row 2
        "",  # row 3, blank: dropped but counted
        "CZ051;2022;2;osoby;2",  # row 4
        "CZ051;2022;3;osoby;3",  # row 5
        "CZ051;2022;4;osoby;-4",  # row 6
        "CZ051;2022;5;osoby;5",  # row 7
        "CZ051;2022;1;osoby;8",  # row 8, repeats row 2
    ]

    problems = refusal(csv_file(tmp_path, lines)).problems

    assert [(problem.row, problem.column) for problem in problems] == [
        (6, "hodnota"),
        (8, "kod_uzemi"),
    ]
    assert problems[1].message.endswith("už jsou na řádku 2.")


def test_a_valid_file_read_in_many_chunks_imports_every_row(
    reference_data, tmp_path, settings
):
    settings.MONITORING_IMPORT_CHUNK_ROWS = 2
    lines = [f"CZ051;2022;{category};osoby;{category}" for category in range(1, 8)]

    result = import_ethos(csv_file(tmp_path, lines), dataset_name="Po kouscích")

    assert result.created == 7
    assert sorted(Observation.objects.values_list("value", flat=True)) == list(
        range(1, 8)
    )


def test_workbook_rows_keep_their_numbers_across_chunks(
    reference_data, tmp_path, settings
):
    settings.MONITORING_IMPORT_CHUNK_ROWS = 2
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(";"))
    sheet.append(["CZ051", 2022, 1, "osoby", 1])  # row 2
    sheet.append([])  # row 3, blank
    sheet.append(["CZ051", 2022, 2, "osoby", 2])  # row 4
    sheet.append(["CZ051", 2022, 3, "osoby", "tři"])  # row 5
    sheet.append(["CZ051", 2022, 1, "osoby", 5])  # row 6, repeats row 2
    path = tmp_path / "data.xlsx"
    book.save(path)

    problems = refusal(path).problems

    assert [(problem.row, problem.column) for problem in problems] == [
        (5, "hodnota"),
        (6, "kod_uzemi"),
    ]
    assert problems[1].message.endswith("už jsou na řádku 2.")


def test_a_data_row_with_a_field_more_than_the_header_is_named_in_czech(
    reference_data, tmp_path
):
    refused = refusal(csv_file(tmp_path, ["CZ051;2022;1;osoby;5;navíc"]))

    assert [(problem.row, problem.message) for problem in refused.problems] == [
        (
            2,
            "Řádek má víc polí (6) než záhlaví (5); zkontrolujte oddělovače "
            "a uvozovky.",
        )
    ]


def test_rows_with_fewer_fields_are_named_each_with_its_row(reference_data, tmp_path):
    lines = ["CZ051;2022;1;osoby;5", "CZ051;2022;2;osoby", "", "CZ051;2022"]

    refused = refusal(csv_file(tmp_path, lines))

    assert [(problem.row, problem.message) for problem in refused.problems] == [
        (3, "Řádek má méně polí (4) než záhlaví (5)."),
        (5, "Řádek má méně polí (2) než záhlaví (5)."),
    ]


def test_a_row_may_leave_out_an_unnamed_last_column(reference_data, tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text(HEADER.strip() + ";\nCZ051;2022;1;osoby;5\n", encoding="utf-8")

    assert import_ethos(path, dataset_name="Středník navíc").created == 1


def test_misshapen_rows_are_capped_and_counted(reference_data, tmp_path, settings):
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 2

    refused = refusal(csv_file(tmp_path, ["CZ051;2022;1;osoby;5;6"] * 4))

    assert refused.total == 4
    assert [problem.row for problem in refused.problems] == [2, 3]


@pytest.fixture
def default_csv_field_limit():
    """The csv module's limit is process-wide, and libraries loaded by other tests
    (frictionless, the handover's restore) raise it."""
    previous = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(previous)


def test_a_cell_over_the_csv_modules_field_limit_is_refused_in_czech(
    reference_data, tmp_path, default_csv_field_limit
):
    refused = refusal(csv_file(tmp_path, ["CZ051;2022;1;osoby;" + "9" * 150_000]))

    (problem,) = refused.problems
    assert problem.row == 2
    assert problem.message == (
        f"Buňka má víc než 131{NBSP}072 znaků, povoleno je nejvýše 2{NBSP}000."
    )


def test_a_workbook_with_a_document_type_is_refused_in_czech(reference_data, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(HEADER.strip().split(";"))
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b"<worksheet", b'<!DOCTYPE x [<!ENTITY a "a">]><worksheet', 1
                )
            target.writestr(member, content)

    (problem,) = refusal(path).problems

    assert problem.message == ("Soubor se nedá přečíst jako sešit Excelu (chybné XML).")


def test_the_job_keeps_the_first_problems_and_the_page_shows_the_total(
    reference_data, tmp_path, settings, client, editors
):
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 3
    client.force_login(editors["own"])
    content = csv_file(tmp_path, bad_values(12)).read_bytes()

    response = client.post(
        "/admin/monitoring/nahrat-ethos/",
        {
            **dataset_fields("Mnoho chyb"),
            "file": SimpleUploadedFile("chyby.csv", content),
        },
        follow=True,
    )

    job = response.context["job"]
    html = response.content.decode()
    assert job.state == ImportJobState.REFUSED
    assert (job.problem_count, len(job.problems)) == (12, 3)
    assert "Soubor nelze importovat, problémů: 12" in html
    assert "Zobrazeno prvních 3 problémů." in html


def test_the_worker_records_the_total_of_a_refusal(reference_data, tmp_path, settings):
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 2
    path = csv_file(tmp_path, bad_values(6))
    with path.open("rb") as file:
        token = store_upload(SimpleUploadedFile("chyby.csv", file.read()))
    job = ImportJob.objects.create(
        dataset_name="Chyby", filename="chyby.csv", upload_token=token
    )

    check_import.enqueue(job.pk)

    job.refresh_from_db()
    assert (job.state, job.problem_count) == (ImportJobState.REFUSED, 6)
    assert [problem["row"] for problem in job.problems] == [2, 3]


def test_the_command_says_how_many_problems_it_does_not_list(
    reference_data, tmp_path, settings, capsys
):
    settings.MONITORING_IMPORT_MAX_PROBLEMS = 2
    path = csv_file(tmp_path, bad_values(6))

    with pytest.raises(Exception, match="nic nebylo zapsáno"):
        call_command("import_ethos", str(path), "--dataset", "Chyby")

    assert "… a dalších problémů: 4." in capsys.readouterr().err
