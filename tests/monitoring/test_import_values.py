"""Values above a measure's documented maximum are refused with row and column,
however many digits they have."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.models import Dataset, Observation
from monitoring.reference.measures import MEASURE_MAXIMA

HEADER = "kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n"
NBSP = "\u00a0"
pytestmark = pytest.mark.django_db


def table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "hodnoty.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def refused_problems(path: Path) -> list:
    with pytest.raises(ImportRefused) as refused:
        import_ethos(path, dataset_name="Hodnoty")
    assert not Dataset.objects.exists()
    return refused.value.problems


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (
            "99999999999999999999",
            f"99{NBSP}999{NBSP}999{NBSP}999{NBSP}999{NBSP}999{NBSP}999",
        ),
        (
            "9223372036854775807",
            f"9{NBSP}223{NBSP}372{NBSP}036{NBSP}854{NBSP}775{NBSP}807",
        ),
        ("11000001", f"11{NBSP}000{NBSP}001"),
    ],
)
def test_a_value_above_the_maximum_is_refused_with_row_and_column(
    reference_data, tmp_path, value, shown
):
    path = table(tmp_path, "CZ051;2022;1;osoby;5", f"CZ051;2022;2;osoby;{value}")

    (problem,) = refused_problems(path)

    assert (problem.row, problem.column) == (3, "hodnota")
    assert problem.message == (
        f"Hodnota {shown} je větší než nejvyšší přípustná pro ukazatel osoby "
        f"(11{NBSP}000{NBSP}000)."
    )


@pytest.mark.parametrize(
    ("written", "measure", "label"),
    [("deti", "deti", "děti"), ("Domácnosti", "domacnosti", "domácnosti")],
)
def test_each_measure_has_its_own_maximum(
    reference_data, tmp_path, written, measure, label
):
    path = table(tmp_path, f"CZ;2022;1;{written};{MEASURE_MAXIMA[measure] + 1}")

    (problem,) = refused_problems(path)

    maximum = f"{MEASURE_MAXIMA[measure]:,}".replace(",", NBSP)
    assert problem.message.endswith(f"pro ukazatel {label} ({maximum}).")


def test_values_at_the_maxima_are_imported(reference_data, tmp_path):
    path = table(
        tmp_path,
        *(f"CZ;2022;1;{measure};{top}" for measure, top in MEASURE_MAXIMA.items()),
    )

    result = import_ethos(path, dataset_name="Hodnoty")

    assert result.created == 3
    assert sorted(Observation.objects.values_list("value", flat=True)) == sorted(
        MEASURE_MAXIMA.values()
    )


def test_a_huge_value_with_an_unknown_measure_reports_the_measure(
    reference_data, tmp_path
):
    path = table(tmp_path, "CZ051;2022;1;lidi;99999999999999999999")

    (problem,) = refused_problems(path)

    assert (problem.row, problem.column) == (2, "ukazatel")


def test_the_command_refuses_a_twenty_digit_value_without_a_traceback(
    reference_data, tmp_path, capsys
):
    path = table(tmp_path, "CZ051;2022;1;osoby;99999999999999999999")

    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command("import_ethos", str(path), "--dataset", "Hodnoty")

    assert "řádek 2, sloupec „hodnota“: Hodnota 99\u00a0999" in capsys.readouterr().err
    assert not Observation.objects.exists()


def test_the_command_refuses_the_largest_64_bit_integer(
    reference_data, tmp_path, capsys
):
    path = table(tmp_path, "CZ051;2022;1;osoby;9223372036854775807")

    with pytest.raises(CommandError):
        call_command("import_ethos", str(path), "--dataset", "Hodnoty")

    assert "větší než nejvyšší přípustná" in capsys.readouterr().err
    assert not Observation.objects.exists()
