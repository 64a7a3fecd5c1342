"""Block captions and text alternatives come from the Czech catalogue: Czech
plural forms for counts, place names kept as written, and English source strings
an English version can use."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import translation

from monitoring.blocks import EthosChartBlock, EthosMapBlock, block_data
from monitoring.models import Dataset, EthosCategory, Observation, Territory

pytestmark = pytest.mark.django_db
Y2023 = datetime.date(2023, 1, 1)
CZECH_FROM_OUR_CODE = ("bytové nouzi", "Čísla jsou v tabulce", "graf", "Hranice")


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def dataset(reference_data):
    dataset = Dataset.objects.create(name="Sčítání")
    for code, category, value in [("CZ010", "1", 120), ("CZ010", "2", 40)]:
        Observation.objects.create(
            dataset=dataset,
            territory=Territory.objects.get(code=code),
            category=EthosCategory.objects.get(code=category),
            period=Y2023,
            measure="osoby",
            value=value,
        )
    return dataset


def chart(dataset, categories):
    block = EthosChartBlock()
    value = {
        "dataset": str(dataset.pk),
        "territory": "CZ010",
        "categories": categories,
        "measure": "osoby",
    }
    return block_data(block.params(block.to_python(value)))


@pytest.mark.parametrize(
    ("categories", "count"), [(["1"], "1 kategorie"), (["1", "2"], "2 kategorie")]
)
def test_chart_alternative_counts_categories_in_czech_plural(
    dataset, categories, count
):
    data = chart(dataset, categories)

    assert f"v období 2023, {count}. Čísla jsou v tabulce." in data.alt


def test_a_place_name_keeps_its_capitals_inside_a_sentence(dataset):
    praha = Territory.objects.get(code="CZ010").name

    assert f"v bytové nouzi – {praha} v období" in chart(dataset, ["1", "2"]).alt


def test_english_renders_the_captions_and_alternatives_of_our_code(dataset):
    block = EthosMapBlock()
    value = {"dataset": str(dataset.pk), "category": "1", "level": "region"}
    with translation.override("en"):
        series = chart(dataset, ["1", "2"])
        region_map = block_data(block.params(block.to_python(value)))

    assert series.alt.startswith("Line chart: ")
    assert "2 categories. The figures are in the table." in series.alt
    assert region_map.table.row_header == "Region"
    assert region_map.table.notes == ["Boundaries: ČÚZK (RÚIAN), simplified."]
    for text in (series.alt, series.table.caption, region_map.alt):
        assert not any(czech in text for czech in CZECH_FROM_OUR_CODE), text


def test_a_block_cached_in_czech_is_built_again_in_english(dataset):
    czech = chart(dataset, ["1"])
    with translation.override("en"):
        english = chart(dataset, ["1"])

    assert czech.alt.startswith("Spojnicový graf: ")
    assert english.alt.startswith("Line chart: ")
