import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.management.commands.import_ethos import ProgressBar
from monitoring.models import (
    Dataset,
    DatasetVersion,
    ImportJob,
    ImportJobState,
    Observation,
    Region,
    SupersededObservation,
)
from monitoring.versioning import current_data_version

DATA = Path(__file__).resolve().parent.parent / "data"
pytestmark = pytest.mark.django_db


def run_import(name: str, **options):
    options.setdefault("dataset_name", "Sčítání 2022")
    return import_ethos(DATA / name, **options)


def snapshot() -> tuple:
    observations = Observation.objects.order_by("pk").values_list(
        "dataset_id", "territory__code", "period", "category__code", "measure", "value"
    )
    return (
        list(observations),
        list(Dataset.objects.values_list("name", flat=True)),
        (current_data_version()),
    )


def value_of(territory: str, category: str, measure: str = "osoby") -> int:
    return Observation.objects.get(
        territory__code=territory, category__code=category, measure=measure
    ).value


@pytest.mark.parametrize("name", ["ethos_cp1250_semicolon.csv", "ethos_utf8_bom.csv"])
def test_czech_excel_csv_imports_with_every_value_understood(reference_data, name):
    result = run_import(name)

    assert (result.rows, result.created) == (6, 6)
    assert value_of("CZ051", "2") == 1234  # thousands separated by a space
    assert value_of("CZ051", "3.1", "domacnosti") == 45  # decimal comma
    dated = Observation.objects.get(category__code="L6")
    assert (dated.territory.code, dated.period, dated.period_is_year) == (
        "5105",
        datetime.date(2019, 4, 15),
        False,
    )
    assert dated.note == "odhad z evidence žádostí"
    assert value_of("CZ", "1") == 11600


def test_xlsx_with_czech_headers_and_numeric_cells_imports(reference_data):
    result = run_import("ethos.xlsx")

    assert result.created == 4
    assert value_of("CZ051", "2") == 1234
    assert Observation.objects.get(category__code="L6").period == datetime.date(
        2019, 4, 15
    )


def test_english_headers_are_accepted(reference_data):
    result = run_import("ethos_english_headers.csv")

    assert result.created == 2
    assert value_of("CZ051", "2.1", "domacnosti") == 8


def test_reimporting_the_same_file_changes_no_value_but_is_logged(reference_data):
    run_import("ethos_cp1250_semicolon.csv")
    observations, datasets, _data_version = snapshot()

    result = run_import("ethos_cp1250_semicolon.csv")

    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    assert snapshot()[:2] == (observations, datasets)
    first, second = DatasetVersion.objects.order_by("number")
    assert (second.number, second.rows_new, second.rows_changed) == (2, 0, 0)
    assert second.rows_unchanged == 6
    assert second.sha256 == first.sha256
    assert not SupersededObservation.objects.exists()


def test_corrected_file_updates_values_and_the_data_version(reference_data):
    run_import("ethos_cp1250_semicolon.csv")
    version = current_data_version()

    result = run_import("ethos_corrected.csv")

    assert (result.created, result.updated, result.unchanged) == (0, 1, 5)
    assert value_of("CZ051", "1") == 125
    assert current_data_version() == version + 1


def test_dry_run_counts_but_writes_nothing(reference_data):
    before = snapshot()

    result = run_import("ethos_cp1250_semicolon.csv", dry_run=True)

    assert result.created == 6
    assert snapshot() == before


BAD_FILES = {
    "bad_unknown_territory.csv": (3, "kod_uzemi", "Neznámé území „CZ099“"),
    "bad_unknown_category.csv": (3, "kategorie_ethos", "Neznámá kategorie ETHOS „14“"),
    "bad_negative_value.csv": (3, "hodnota", "Záporná hodnota „-3“"),
    "bad_non_numeric_value.csv": (3, "hodnota", "Hodnota „asi deset“ není číslo"),
    "bad_period.csv": (3, "obdobi", "Neplatné období „2022/23“"),
    "bad_missing_column.csv": (None, "ukazatel", "V souboru chybí sloupec"),
    "bad_duplicate_key.csv": (4, "kod_uzemi", "už jsou na řádku 2"),
    "bad_empty.csv": (None, None, "Soubor je prázdný"),
    "bad_not_a_table.csv": (None, None, "neobsahuje tabulku"),
    "bad_broken.xlsx": (None, None, "nedá přečíst jako sešit Excelu"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_is_refused_with_row_and_column_and_nothing_changes(
    reference_data, name
):
    run_import("ethos_cp1250_semicolon.csv")
    before = snapshot()
    row, column, message = BAD_FILES[name]

    with pytest.raises(ImportRefused) as refused:
        run_import(name)

    problem = refused.value.problems[0]
    assert (problem.row, problem.column) == (row, column)
    assert message in problem.message
    assert snapshot() == before


def test_bad_file_into_a_new_dataset_creates_no_dataset(reference_data):
    with pytest.raises(ImportRefused):
        run_import("bad_negative_value.csv", dataset_name="Nová sada")

    assert not Dataset.objects.filter(name="Nová sada").exists()


def test_every_problem_in_a_file_is_reported(reference_data, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(
        "kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n"
        "XX;2022;1;osoby;1\nCZ051;rok;1;osoby;1\nCZ051;2022;99;osoby;1\n"
        "CZ051;2022;1;lidi;1\nCZ051;2022;2;osoby;-1\n",
        encoding="utf-8",
    )

    with pytest.raises(ImportRefused) as refused:
        import_ethos(path, dataset_name="Chyby")

    assert [(p.row, p.column) for p in refused.value.problems] == [
        (2, "kod_uzemi"),
        (3, "obdobi"),
        (4, "kategorie_ethos"),
        (5, "ukazatel"),
        (6, "hodnota"),
    ]


def test_command_imports_and_reports_counts(reference_data, capsys):
    call_command(
        "import_ethos",
        str(DATA / "ethos_cp1250_semicolon.csv"),
        "--dataset",
        "Sčítání 2022",
        "--source",
        "https://www.mpsv.cz/",
    )

    assert "řádků: 6, nových: 6" in capsys.readouterr().out
    assert Dataset.objects.get().source_url == "https://www.mpsv.cz/"


def test_command_refuses_a_bad_file_naming_row_and_column(reference_data, capsys):
    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command(
            "import_ethos", str(DATA / "bad_period.csv"), "--dataset", "Sčítání"
        )

    assert "řádek 3, sloupec „obdobi“: Neplatné období" in capsys.readouterr().err
    assert not Observation.objects.exists()


def test_command_dry_run_writes_nothing(reference_data):
    call_command(
        "import_ethos",
        str(DATA / "ethos.xlsx"),
        "--dataset",
        "Zkouška",
        "--dry-run",
    )

    assert not Dataset.objects.exists()


def test_progress_is_reported_while_writing(reference_data):
    calls = []

    run_import("ethos_cp1250_semicolon.csv", progress=lambda *c: calls.append(c))

    assert calls[-1] == (6, 6)


def test_regional_editor_imports_own_region(liberec, liberec_editor):
    result = run_import(
        "ethos_english_headers.csv", user=liberec_editor, region=liberec
    )

    assert result.created == 2
    assert Dataset.objects.get().region == liberec


def test_regional_editor_cannot_import_other_territories(liberec, liberec_editor):
    before = snapshot()

    with pytest.raises(ImportRefused) as refused:
        run_import("ethos_cp1250_semicolon.csv", user=liberec_editor, region=liberec)

    messages = [str(problem) for problem in refused.value.problems]
    assert any("„CZ“ nepatří k vašemu kraji" in message for message in messages)
    assert snapshot() == before


def test_an_upload_past_the_form_cannot_take_another_regions_pending_name(
    liberec, liberec_editor
):
    """Two uploads sent at once both pass the form; the earlier one keeps the name."""
    ImportJob.objects.create(
        region=Region.objects.get(code="CZ010"),
        dataset_name="Sčítání 2022",
        filename="praha.csv",
        state=ImportJobState.CONFIRMED,
    )
    before = snapshot()

    with pytest.raises(ImportRefused, match="patří nové datové sadě"):
        run_import("ethos_english_headers.csv", user=liberec_editor, region=liberec)

    assert snapshot() == before


def test_regional_editor_cannot_import_into_another_regions_dataset(
    liberec, liberec_editor
):
    prague = Region.objects.get(code="CZ010")
    Dataset.objects.create(name="Praha 2022", region=prague)

    with pytest.raises(ImportRefused, match="nemáte právo"):
        run_import(
            "ethos_english_headers.csv", dataset_name="Praha 2022", user=liberec_editor
        )

    assert not Observation.objects.exists()


def test_command_applies_a_users_rights(liberec, liberec_editor):
    with pytest.raises(CommandError):
        call_command(
            "import_ethos",
            str(DATA / "ethos_cp1250_semicolon.csv"),
            "--dataset",
            "Liberec",
            "--region",
            "CZ051",
            "--user",
            "liberec",
        )

    assert not Observation.objects.exists()


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_command_line_progress_bar_draws_on_a_terminal():
    terminal = FakeTerminal()
    bar = ProgressBar(terminal, width=10)

    bar(5, 10)
    bar(10, 10)

    assert terminal.getvalue() == (
        "\r[#####-----] 5/10 řádků\r[##########] 10/10 řádků\n"
    )


def test_progress_bar_stays_quiet_when_not_on_a_terminal():
    stream = io.StringIO()

    ProgressBar(stream)(1, 2)

    assert stream.getvalue() == ""
