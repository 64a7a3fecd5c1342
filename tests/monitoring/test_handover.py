"""Handover between cycles: export_monitoring writes a valid Frictionless Data
Package, import_monitoring restores it into a database without monitoring data
so that every API answer, download and page is the same; a non-empty database
and a broken package are refused in Czech."""

import csv
import datetime
import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from frictionless import validate

from monitoring.handover.tables import links, tables
from monitoring.importers.ethos import import_ethos
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Dataset,
    DatasetVersion,
    Indicator,
    Observation,
    Region,
    SupersededObservation,
    Territory,
)
from monitoring.reference import load_reference_data

pytestmark = pytest.mark.django_db


class Discard:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


def export(directory: Path) -> None:
    call_command("export_monitoring", str(directory), stdout=Discard())


def restore(directory: Path) -> None:
    call_command("import_monitoring", str(directory), stdout=Discard())


def wipe_monitoring() -> None:
    """Empties every monitoring table without cascading into pages that refer to
    regions: the references are checked at commit, which a test never reaches,
    and the restore brings the same ids back."""
    names = [link.field.remote_field.through._meta.db_table for link in links()]
    names += [table.model._meta.db_table for table in reversed(tables())]
    with connection.cursor() as cursor:
        for name in names:  # the models' own table names
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(name)}")  # noqa: S608
    cache.clear()


def body(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def observation_pages(client, slug: str, **params) -> list:
    rows, url = [], f"/api/v1/observations/?dataset={slug}&page_size=1000"
    url += "".join(f"&{name}={value}" for name, value in params.items())
    while url:
        page = json.loads(body(client, url))
        rows += page["results"]
        url = page["next"]
    return rows


def answers(client, pages: list[str]) -> dict:
    """What the public sees of monitoring: the API, the downloads, the pages."""
    cache.clear()
    seen = {
        url: body(client, url)
        for url in [
            "/api/v1/datasets/",
            "/api/v1/territories/",
            "/api/v1/ethos-categories/",
            "/api/v1/ladder/",
            "/data/",
            *pages,
        ]
    }
    for code in Region.objects.values_list("code", flat=True):
        seen[code] = body(client, f"/api/v1/ladder/{code}/")
    for dataset in Dataset.objects.all():
        slug = dataset.slug
        seen[slug] = observation_pages(client, slug)
        for number in dataset.versions.values_list("number", flat=True):
            seen[f"{slug}@{number}"] = observation_pages(client, slug, version=number)
        for url in (f"/data/{slug}/", f"/data/{slug}/data.csv"):
            seen[url] = body(client, url)
    return seen


def test_demo_round_trip_gives_the_same_answers(client, load_demo, tmp_path):
    load_demo()
    Assessment.objects.create(
        region=Region.objects.get(code="CZ051"),
        indicator=Indicator.objects.get(code="3a"),
        date=datetime.date(2025, 3, 1),
        status=AssessmentStatus.ACHIEVED,
        evidence_url="https://www.kraj-lbc.cz/strategie-bydleni",
        note="Role kraje popsány ve strategii.",
    )
    pages = ["/", "/kraje/liberecky-kraj/"]
    before = answers(client, pages)
    export(tmp_path)

    wipe_monitoring()
    restore(tmp_path)

    assert answers(client, pages) == before


def write_benchmark_shaped(path: Path, periods: list[str], bump: int = 0) -> None:
    """The shape of bench/import_scale.py's table, small: every ORP × the 13 ETHOS
    categories × 3 measures × the periods."""
    orp = Territory.objects.filter(kind="orp").values_list("code", flat=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(
            ["kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"]
        )
        for period in periods:
            for code in orp:
                for category in range(1, 14):
                    for measure in ("osoby", "domacnosti", "deti"):
                        value = (int(code) * category + len(measure) * 7) % 500
                        if bump and category == 1 and code.startswith("51"):
                            value += bump
                        writer.writerow([code, period, category, measure, value])


def test_benchmark_data_round_trip_keeps_values_versions_and_history(client, tmp_path):
    load_reference_data()
    source = tmp_path / "ethos.csv"
    write_benchmark_shaped(source, ["2023-01-01", "2024-01-01"])
    import_ethos(source, dataset_name="Ukázková data ORP (ilustrativní)")
    write_benchmark_shaped(source, ["2024-01-01", "2025-01-01"], bump=3)
    import_ethos(source, dataset_name="Ukázková data ORP (ilustrativní)")
    assert SupersededObservation.objects.exists()
    counts = {
        model: model.objects.count()
        for model in (Observation, SupersededObservation, DatasetVersion)
    }
    before = answers(client, [])
    package = tmp_path / "balicek"
    export(package)

    wipe_monitoring()
    restore(package)

    assert answers(client, []) == before
    assert {model: model.objects.count() for model in counts} == counts


def test_package_is_valid_frictionless_with_every_table(tmp_path, reference_data):
    export(tmp_path)

    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["message"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text())
    names = {resource["name"] for resource in descriptor["resources"]}
    assert {
        "territory",
        "dataset",
        "observation",
        "datasetversion",
        "assessment",
    } <= names
    observation = next(r for r in descriptor["resources"] if r["name"] == "observation")
    assert observation["path"] == "observation.csv"
    assert {
        "fields": ["dataset_id"],
        "reference": {"resource": "dataset", "fields": ["id"]},
    } in observation["schema"]["foreignKeys"]
    header = (tmp_path / "territory.csv").read_text().splitlines()[0]
    assert header.startswith("id,kind,code,")


def test_restore_refuses_a_database_with_monitoring_data(tmp_path, reference_data):
    export(tmp_path)

    with pytest.raises(CommandError, match="nic nebylo zapsáno"):
        call_command("import_monitoring", str(tmp_path), stderr=(errors := Collect()))
    assert "Databáze už obsahuje data monitoringu" in errors.text
    assert "jen do prázdné databáze" in errors.text


def test_restore_refuses_a_broken_package_and_writes_nothing(tmp_path, reference_data):
    export(tmp_path)
    wipe_monitoring()
    territory = tmp_path / "territory.csv"
    lines = territory.read_text().splitlines()
    lines[1] = "nejde-o-cislo" + lines[1][lines[1].index(",") :]
    territory.write_text("\r\n".join(lines) + "\r\n")

    with pytest.raises(CommandError):
        call_command("import_monitoring", str(tmp_path), stderr=(errors := Collect()))
    assert "Balíček není platný (soubor territory, řádek 2, sloupec id)" in errors.text
    assert not Territory.objects.exists()


def test_restore_refuses_a_folder_without_a_package(tmp_path, reference_data):
    wipe_monitoring()

    with pytest.raises(CommandError):
        call_command("import_monitoring", str(tmp_path), stderr=(errors := Collect()))
    assert "Ve složce chybí soubor datapackage.json." in errors.text


def test_export_refuses_a_folder_that_is_not_empty(tmp_path, reference_data):
    (tmp_path / "stary.csv").write_text("x")

    with pytest.raises(CommandError, match="není prázdná"):
        export(tmp_path)


class Collect:
    def __init__(self):
        self.text = ""

    def write(self, text, *args, **kwargs):
        self.text += text

    def flush(self):
        pass
