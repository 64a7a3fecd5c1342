import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from monitoring.importers.problems import ImportRefused
from monitoring.models import (
    Dataset,
    IndicatorValue,
    MunicipalityOrp,
    SocialServiceType,
)
from monitoring.rpss.importer import SAMPLE_DATASET_NAME, import_social_services
from monitoring.rpss.municipalities import load_municipality_orp
from tests.monitoring.rpss.samples import ORP_LINKS_SAMPLE, RPSS_SAMPLE

MID_2026 = datetime.date(2026, 6, 30)
pytestmark = pytest.mark.usefixtures("reference_data")


def stored(indicator: str) -> dict[str, Decimal]:
    return dict(
        IndicatorValue.objects.filter(indicator__code=indicator).values_list(
            "territory__code", "value"
        )
    )


def run(on=MID_2026, **options):
    return import_social_services(str(RPSS_SAMPLE), on=on, illustrative=True, **options)


def test_sample_import_writes_counts_beds_and_clients_per_region_as_of_the_date():
    result = run()

    services = stored("socialni_sluzby_bydleni_pocet")
    assert len(services) == 15  # 14 regions and the country, zeros included
    assert services["CZ051"] == 2 and services["CZ042"] == 3 and services["CZ"] == 6
    assert services["CZ080"] == 0
    assert stored("socialni_sluzby_bydleni_luzka")["CZ010"] == 12
    assert stored("socialni_sluzby_bydleni_klienti")["CZ041"] == 20
    value = IndicatorValue.objects.filter(territory__code="CZ051").first()
    assert (value.period, value.period_is_year) == (MID_2026, False)
    assert not result.counted.orp_known


def test_dataset_is_national_illustrative_automatic_and_versioned():
    run()
    run()

    dataset = Dataset.objects.get(name=SAMPLE_DATASET_NAME)
    assert dataset.region is None
    assert dataset.is_illustrative and dataset.automatic_source
    assert "Ilustrativní" in dataset.description
    second, first = dataset.versions.all()
    assert (first.rows_new, second.rows_new, second.rows_unchanged) == (45, 0, 45)
    assert first.filename == "rpss_ukazka.json" and len(first.sha256) == 64


def test_another_date_adds_its_own_values():
    run()
    run(on=datetime.date(2025, 6, 30))

    values = IndicatorValue.objects.filter(
        indicator__code="socialni_sluzby_bydleni_pocet", territory__code="CZ041"
    )
    assert dict(values.values_list("period", "value")) == {
        MID_2026: 1,
        datetime.date(2025, 6, 30): 2,
    }


def test_with_orp_links_the_orp_get_values_too():
    load_municipality_orp(ORP_LINKS_SAMPLE)

    result = run()

    services = stored("socialni_sluzby_bydleni_pocet")
    assert result.counted.orp_known
    assert services["4202"] == 2 and services["5105"] == 2 and services["4101"] == 0
    assert len(services) == 15 + 7  # ORP without a linked municipality get none


def test_housing_types_are_what_the_admin_says():
    SocialServiceType.objects.filter(code=20).update(housing_related=False)

    run()

    assert stored("socialni_sluzby_bydleni_luzka")["CZ010"] == 0


def test_no_housing_type_refuses_the_import():
    SocialServiceType.objects.update(housing_related=False)

    with pytest.raises(ImportRefused, match="Žádný druh sociální služby"):
        run()
    assert not IndicatorValue.objects.exists()


def test_regional_editor_may_not_import_national_register(liberec_editor):
    with pytest.raises(ImportRefused, match="celostátní redakce"):
        run(user=liberec_editor)


def test_names_of_people_are_never_stored():
    run()

    texts = [
        *IndicatorValue.objects.values_list("note", flat=True),
        *Dataset.objects.values_list("description", "method", "known_limitations"),
    ]
    assert "Ukázková" not in repr(texts)


def test_orp_links_sample_loads_and_replaces():
    loaded = load_municipality_orp(ORP_LINKS_SAMPLE)
    load_municipality_orp(ORP_LINKS_SAMPLE)

    assert (loaded.municipalities, loaded.orp) == (7, 7)
    assert MunicipalityOrp.objects.get(code="562335").orp.code == "4202"
    assert MunicipalityOrp.objects.count() == 7


def test_orp_links_with_sides_swapped_and_semicolons(tmp_path):
    path = tmp_path / "vazba.csv"
    path.write_text(
        "KODJAZ;TYPVAZ;AKRCIS1;KODCIS1;CHODNOTA1;TEXT1;AKRCIS2;KODCIS2;CHODNOTA2;TEXT2\n"
        "CS;Editační vazba;CISORP;65;5105;Liberec;CISOB;43;563889;Liberec\n",
        encoding="cp1250",
    )

    load_municipality_orp(path)

    assert MunicipalityOrp.objects.get().name == "Liberec"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('"CS","x","CISOB",43,"56388","L","CISORP",65,"5105","L"', "šest číslic"),
        ('"CS","x","CISOB",43,"563889","L","CISORP",65,"9999","L"', "ORP s kódem 9999"),
        ('"CS","x","CISOB",43,"563889","L","CISPOU",61,"51051","L"', "(43)"),
    ],
)
def test_bad_orp_link_rows_are_refused_with_their_row(tmp_path, row, message):
    path = tmp_path / "vazba.csv"
    header = ORP_LINKS_SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")

    with pytest.raises(ImportRefused) as refused:
        load_municipality_orp(path)

    (problem,) = refused.value.problems
    assert message in str(problem) and "řádek 2" in str(problem)
    assert not MunicipalityOrp.objects.exists()


def test_command_says_it_counts_regions_only_without_links(capsys):
    call_command(
        "import_social_services",
        str(RPSS_SAMPLE),
        "--date",
        "2026-06-30",
        "--illustrative",
    )

    out = capsys.readouterr().out
    assert "Vazba obcí na ORP není načtena" in out
    assert "působících souvisejících s bydlením 6" in out
    assert "stav k 30. 6. 2026" in out


def test_command_refuses_bad_date_and_missing_file():
    with pytest.raises(CommandError, match="RRRR-MM-DD"):
        call_command("import_social_services", str(RPSS_SAMPLE), "--date", "30.6.")
    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command("import_social_services", "/nonexistent/rpss.json")


def test_orp_command_reports_counts(capsys):
    call_command("import_municipality_orp", str(ORP_LINKS_SAMPLE))

    assert "obcí 7, ORP 7" in capsys.readouterr().out


def indicator_status(client, region: str, code: str) -> dict:
    ladder = client.get(f"/api/v1/ladder/{region}/").json()
    return next(item for item in ladder["indicators"] if item["code"] == code)


def test_import_changes_the_regions_ladder_in_the_api_at_once(
    client, django_capture_on_commit_callbacks
):
    assert indicator_status(client, "CZ051", "7b")["status"] == "not_started"

    with django_capture_on_commit_callbacks(execute=True):
        run()

    after = indicator_status(client, "CZ051", "7b")
    assert (after["status"], after["source"]) == ("achieved", "derived")
    assert after["evidence"]["url"].endswith(
        "/data/socialni-sluzby-souvisejici-s-bydlenim-ilustrativni-ukazka/"
    )
    assert "plní plánovaný automatický import" in after["history"][0]["note"]


def test_import_changes_the_ladder_on_the_regions_hub_at_once(
    client, tree, django_capture_on_commit_callbacks
):
    hub = tree["liberec"].url
    reason = "s údaji kraje plní plánovaný automatický import"
    assert reason not in client.get(hub).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        run()

    assert reason in client.get(hub).content.decode()


def test_demo_loads_the_sample_labelled_as_illustrative():
    from monitoring.demo import load_monitoring_demo

    load_monitoring_demo()
    load_monitoring_demo()

    dataset = Dataset.objects.get(name=SAMPLE_DATASET_NAME)
    assert dataset.is_illustrative and "ilustrativní" in dataset.name
    assert dataset.versions.count() == 1
    services = stored("socialni_sluzby_bydleni_pocet")
    assert services["CZ051"] > 0 and "5105" in services


def test_a_read_broken_off_midway_writes_nothing(monkeypatch):
    def broken(self, size=-1):
        raise TimeoutError("timed out")

    monkeypatch.setattr("monitoring.rpss.sources.HashingReader.read", broken)

    with pytest.raises(ImportRefused, match="Čtení souboru se přerušilo"):
        run()
    assert not IndicatorValue.objects.exists()
