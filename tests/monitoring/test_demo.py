import pytest

from monitoring.demo import (
    ILLUSTRATIVE_DATASET,
    ILLUSTRATIVE_NOTE,
    load_monitoring_demo,
)
from monitoring.models import Assessment, Dataset, Observation, Territory
from monitoring.queries import ethos_totals, ladder_matrix
from monitoring.versioning import current_data_version

pytestmark = pytest.mark.django_db


def test_demo_has_published_figures_with_their_source():
    load_monitoring_demo()

    census = Dataset.objects.get(name="Sčítání osob bez domova v ČR 2019")
    assert "VÚPSV" in census.publisher
    assert census.source_url
    assert not census.is_illustrative
    roofless = Observation.objects.get(dataset=census, category__code="roofless")
    assert (roofless.territory.code, roofless.period.year, roofless.value) == (
        "CZ",
        2019,
        11600,
    )


def test_illustrative_data_is_labelled_as_such():
    load_monitoring_demo()

    illustrative = Dataset.objects.get(name=ILLUSTRATIVE_DATASET["name"])
    assert illustrative.is_illustrative
    assert "ilustrativní" in illustrative.name
    assert illustrative.observations.exclude(note=ILLUSTRATIVE_NOTE).count() == 0
    assert Assessment.objects.exclude(note=ILLUSTRATIVE_NOTE).count() == 0
    assert illustrative.observations.values("territory").distinct().count() == (
        Territory.objects.filter(kind="orp").count()
    )


def test_demo_feeds_the_read_path():
    load_monitoring_demo()
    illustrative = Dataset.objects.get(name=ILLUSTRATIVE_DATASET["name"])

    totals = ethos_totals(
        dataset=illustrative,
        measure="osoby",
        period=illustrative.observations.first().period,
    )
    liberec = next(r for r in ladder_matrix().rows if r.region.code == "CZ051")

    assert all(row.cells for row in totals.rows)
    assert liberec.climbed == 3


def test_loading_the_demo_again_changes_nothing():
    load_monitoring_demo()
    before = (Observation.objects.count(), Assessment.objects.count())
    version = current_data_version()

    load_monitoring_demo()

    assert (Observation.objects.count(), Assessment.objects.count()) == before
    assert current_data_version() == version
