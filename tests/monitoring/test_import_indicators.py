import datetime
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from monitoring.importers.indicators import import_indicators
from monitoring.importers.problems import ImportRefused
from monitoring.models import (
    Dataset,
    DatasetVersion,
    EthosCategory,
    IndicatorValue,
    Observation,
    Region,
    Territory,
)
from monitoring.versioning import current_data_version

DATA = Path(__file__).resolve().parent.parent / "data" / "indicators"
pytestmark = pytest.mark.django_db


def run_import(name: str, **options):
    options.setdefault("dataset_name", "Ukazatele Libereckého kraje")
    return import_indicators(DATA / name, **options)


def csv_file(text: str, name: str = "ukazatele.csv") -> io.BytesIO:
    file = io.BytesIO(text.encode("utf-8"))
    file.name = name
    return file


def value_of(territory: str, indicator: str) -> IndicatorValue:
    return IndicatorValue.objects.get(
        territory__code=territory, indicator__code=indicator
    )


def refused_messages(name: str, **options) -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        run_import(name, **options)
    return [str(problem) for problem in refused.value.problems]


def test_czech_excel_csv_with_decimal_comma_imports_every_value(reference_data):
    version_before = current_data_version()

    result = run_import("indicators_cp1250.csv")

    assert (result.rows, result.created) == (4, 4)
    assert value_of("CZ051", "garancni_fond_obce").value == Decimal(4)
    assert value_of("5105", "socialni_prace_uvazky_potreba").value == Decimal("3.5")
    odhad = value_of("5106", "socialni_prace_uvazky_potreba")
    assert (odhad.value, odhad.note) == (Decimal("1200.25"), "odhad")
    dated = value_of("CZ051", "majetek_byty_dostupne_bydleni")
    assert (dated.period, dated.period_is_year) == (datetime.date(2025, 6, 30), False)
    assert current_data_version() > version_before
    version = DatasetVersion.objects.get(dataset__name="Ukazatele Libereckého kraje")
    assert (version.number, version.rows_new, version.filename) == (
        1,
        4,
        "indicators_cp1250.csv",
    )
    assert len(version.sha256) == 64


def test_reimport_counts_unchanged_and_a_correction_is_marked_revised(
    reference_data,
):
    run_import("indicators_cp1250.csv")
    again = run_import("indicators_cp1250.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)

    corrected = import_indicators(
        csv_file(
            "kod_uzemi;obdobi;ukazatel;hodnota\nCZ051;2025;garancni_fond_obce;5\n"
        ),
        dataset_name="Ukazatele Libereckého kraje",
    )

    assert (corrected.updated, corrected.version) == (1, 3)
    fixed = value_of("CZ051", "garancni_fond_obce")
    assert (fixed.value, fixed.version, fixed.revised) == (Decimal(5), 3, True)
    assert value_of("5105", "socialni_prace_uvazky_potreba").revised is False


def test_dry_run_counts_and_writes_nothing(reference_data):
    result = run_import("indicators_cp1250.csv", dry_run=True)

    assert (result.rows, result.created, result.dry_run) == (4, 4, True)
    assert not IndicatorValue.objects.exists()
    assert not Dataset.objects.exists()


def test_wrong_values_are_all_named_with_row_and_column_and_nothing_is_written(
    reference_data,
):
    messages = refused_messages("bad_values.csv")

    assert messages == [
        "řádek 2, sloupec „hodnota“: Ukazatel garancni_fond_obce se uvádí v celých "
        "číslech (obce); hodnota „2.5“ má desetinnou část.",
        "řádek 3, sloupec „hodnota“: Ukazatel garancni_fond_zaruky nemůže být "
        "záporný (hodnota „-3“).",
        "řádek 4, sloupec „hodnota“: Ukazatel socialni_prace_uvazky_potreba se "
        "uvádí nejvýše s 2 desetinnými místy; hodnota „1.255“ jich má víc.",
        "řádek 5, sloupec „ukazatel“: Neznámý ukazatel „neznamy_ukazatel“: uveďte "
        "kód datového ukazatele, např. garancni_fond_obce, garancni_fond_zaruky, "
        "majetek_byty_dostupne_bydleni (všechny kódy jsou v šabloně).",
        "řádek 6, sloupec „hodnota“: Hodnota „dvanáct“ není číslo; desetinnou "
        "část oddělte čárkou.",
    ]
    assert not IndicatorValue.objects.exists()
    assert not Dataset.objects.exists()


def test_a_unit_other_than_the_indicators_is_refused(reference_data):
    assert refused_messages("bad_unit.csv") == [
        "řádek 2, sloupec „jednotka“: Jednotka „osoby“ neodpovídá ukazateli "
        "garancni_fond_obce, který se uvádí v jednotce „obce“."
    ]


def test_missing_column_and_duplicate_rows_are_refused(reference_data):
    with pytest.raises(ImportRefused) as missing:
        import_indicators(
            csv_file("kod_uzemi;obdobi;hodnota\nCZ051;2025;4\n"), dataset_name="X"
        )
    assert missing.value.problems[0].column == "ukazatel"

    with pytest.raises(ImportRefused) as repeated:
        import_indicators(
            csv_file(
                "kod_uzemi;obdobi;ukazatel;hodnota\n"
                "CZ051;2025;garancni_fond_obce;4\nCZ-51;2025;garancni_fond_obce;5\n"
            ),
            dataset_name="X",
        )
    assert [str(problem) for problem in repeated.value.problems] == [
        "řádek 3, sloupec „kod_uzemi“: Stejné území, období a ukazatel už jsou "
        "na řádku 2."
    ]


def test_regional_editor_imports_own_region_only(liberec_editor):
    liberec = Region.objects.get(code="CZ051")
    result = run_import("indicators_cp1250.csv", user=liberec_editor, region=liberec)
    assert result.created == 4
    assert Dataset.objects.get().region == liberec

    messages = refused_messages(
        "prague.csv", user=liberec_editor, region=liberec, dataset_name="Jiná"
    )
    assert messages == [
        "řádek 2, sloupec „kod_uzemi“: Území „CZ010“ nepatří k vašemu kraji; data "
        "jiných území nahrát nemůžete."
    ]


def test_regional_editor_cannot_import_into_another_regions_dataset(
    liberec_editor,
):
    Dataset.objects.create(
        name="Pražské ukazatele", region=Region.objects.get(code="CZ010")
    )

    messages = refused_messages(
        "prague.csv", user=liberec_editor, dataset_name="Pražské ukazatele"
    )

    assert messages == [
        "Do této datové sady nemáte právo nahrávat: patří jinému kraji nebo "
        "celostátní redakci."
    ]


def test_an_ethos_dataset_does_not_take_indicator_values(reference_data):
    dataset = Dataset.objects.create(name="Sčítání")
    Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code="CZ051"),
        period=datetime.date(2024, 1, 1),
        category=EthosCategory.objects.get(code="1"),
        measure="osoby",
        value=3,
    )

    assert refused_messages("prague.csv", dataset_name="Sčítání") == [
        "Datová sada „Sčítání“ obsahuje data ETHOS; datové ukazatele nahrajte do "
        "jiné sady."
    ]


def test_command_imports_and_reports_in_czech(reference_data):
    out = io.StringIO()
    call_command(
        "import_indicators",
        str(DATA / "indicators_cp1250.csv"),
        dataset="Ukazatele",
        stdout=out,
    )
    assert "nových: 4" in out.getvalue()

    err = io.StringIO()
    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command(
            "import_indicators",
            str(DATA / "bad_unit.csv"),
            dataset="Ukazatele",
            stderr=err,
        )
    assert "Jednotka „osoby“ neodpovídá" in err.getvalue()


def test_command_dry_run_and_user_rights(liberec_editor):
    out = io.StringIO()
    call_command(
        "import_indicators",
        str(DATA / "indicators_cp1250.csv"),
        dataset="Ukazatele",
        dry_run=True,
        stdout=out,
    )
    assert out.getvalue().startswith("Zkouška nanečisto")
    assert not IndicatorValue.objects.exists()

    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_indicators",
            str(DATA / "prague.csv"),
            dataset="Ukazatele",
            user="liberec",
            region="CZ051",
            stderr=err,
        )
    assert "nepatří k vašemu kraji" in err.getvalue()
