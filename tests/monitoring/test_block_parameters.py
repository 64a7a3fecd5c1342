"""Block parameters are parsed once into typed objects: the CSV download refuses a
bad value with a Czech 400, a block keeps rendering, and only parsed, known
parameters reach the cache key."""

import datetime

import pytest
from django.core.cache import cache

from monitoring.blocks import builders
from monitoring.blocks.params import (
    EthosChartParams,
    EthosTableParams,
    KeyFigureParams,
)
from monitoring.blocks.types import EthosMapBlock, EthosTableBlock
from monitoring.models import Dataset, EthosCategory, Observation, Territory

pytestmark = pytest.mark.django_db
CSV = "/data/tabulka.csv"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def dataset(reference_data):
    dataset = Dataset.objects.create(name="Sčítání", publisher="Kraj")
    for year, value in [(2022, 40), (2023, 45)]:
        Observation.objects.create(
            dataset=dataset,
            territory=Territory.objects.get(code="5105"),
            category=EthosCategory.objects.get(code="1"),
            period=datetime.date(year, 1, 1),
            measure="osoby",
            value=value,
        )
    return dataset


def csv_text(response) -> str:
    return response.content.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"measure": "x"}, "Parametr „measure“ musí být jedna z hodnot: osoby,"),
        ({"year": "99999"}, "Parametr „year“ musí být celé číslo 1900–2100."),
        (
            {"year": "99999999999999999999"},
            "Parametr „year“ musí být celé číslo 1900–2100.",
        ),
        ({"year": "²"}, "Parametr „year“ musí být celé číslo 1900–2100."),
        ({"dataset": "²"}, "Parametr „dataset“ musí být číslo datové sady."),
        ({"dataset": "-3"}, "Parametr „dataset“ musí být číslo datové sady."),
        ({"level": "obec"}, "Parametr „level“ musí být jedna z hodnot: region, orp."),
    ],
)
def test_csv_refuses_a_bad_value_with_a_czech_message(client, dataset, params, message):
    query = {"blok": "ethos_table", "dataset": dataset.pk, **params}

    response = client.get(CSV, query)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(message)


def test_key_figure_csv_without_a_category_says_it_is_required(client, dataset):
    response = client.get(
        CSV, {"blok": "key_figure", "dataset": dataset.pk, "territory": "CZ"}
    )

    assert response.status_code == 400
    assert response.content.decode() == "Parametr „category“ je povinný."


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"blok": "ethos_table", "dataset": "999999"},
            "Datová sada 999999 neexistuje.",
        ),
        ({"blok": "ethos_chart", "territory": "CZ999"}, "Území CZ999 neexistuje."),
        ({"blok": "ethos_map", "category": "9.9"}, "Kategorie ETHOS 9.9 neexistuje."),
        ({"blok": "region_ladder", "region": "CZ999"}, "Kraj CZ999 neexistuje."),
        (
            {"blok": "ethos_chart", "categories": "1,8.8,9.9"},
            "Kategorie ETHOS 8.8, 9.9 neexistují.",
        ),
    ],
)
def test_csv_refuses_codes_that_name_nothing(client, dataset, params, message):
    query = {"dataset": dataset.pk, "category": "1", "region": "CZ051", **params}

    response = client.get(CSV, query)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_csv_requests_differing_only_in_junk_share_one_cache_entry(
    client, dataset, monkeypatch
):
    built = []
    original = builders.BUILDERS["ethos_table"]
    monkeypatch.setitem(
        builders.BUILDERS,
        "ethos_table",
        lambda params: built.append(params) or original(params),
    )
    keys = set()
    get_or_set = builders.cache.get_or_set
    monkeypatch.setattr(
        builders.cache,
        "get_or_set",
        lambda key, *args: keys.add(key) or get_or_set(key, *args),
    )
    base = {"blok": "ethos_table", "dataset": dataset.pk}

    responses = [
        client.get(CSV, base),
        client.get(CSV, {**base, "utm_source": "newsletter"}),
        client.get(CSV, {**base, "x": "1" * 150, "measure": "osoby"}),
        client.get(CSV, {**base, "level": "region", "caption": "junk"}),
    ]

    assert {response.status_code for response in responses} == {200}
    assert len({csv_text(response) for response in responses}) == 1
    assert len(keys) == 1
    assert built == [EthosTableParams(dataset=dataset.pk)]


def test_params_are_canonical_and_hashable():
    a = EthosChartParams(dataset=1, categories=("2", "1"))
    from_block = EthosChartParams.from_block_value(
        {"dataset": "1", "categories": ["1", "2", "1"], "chart": ""}
    )

    assert from_block == EthosChartParams(dataset=1, categories=("1", "2"))
    assert hash(from_block) == hash(EthosChartParams(dataset=1, categories=("1", "2")))
    assert from_block.as_query() == {
        "dataset": "1",
        "territory": "CZ",
        "categories": "1,2",
        "measure": "osoby",
        "chart": "bar",
    }
    assert a.cache_key() != from_block.cache_key()


def test_key_figure_caption_stays_on_the_page_not_in_the_csv_link():
    params = KeyFigureParams.from_block_value(
        {"caption": "Lidé bez střechy", "dataset": "3", "category": "1"}
    )

    assert params.caption == "Lidé bez střechy"
    assert "caption" not in params.as_query()


def test_block_with_a_year_out_of_range_shows_the_latest_year(dataset):
    """An editor's year that cannot be a data year reads as not given."""
    block = EthosTableBlock()
    value = block.to_python(
        {"dataset": str(dataset.pk), "measure": "osoby", "year": 99999, "level": "orp"}
    )

    html = block.render(value)

    assert "Osoby v bytové nouzi podle ETHOS, 2023" in html


def test_block_whose_stored_values_no_longer_parse_still_renders(dataset):
    block = EthosMapBlock()
    value = block.to_python(
        {"dataset": "²", "category": "\x00", "measure": "x", "level": "obec"}
    )

    assert "zatím nejsou k dispozici" in block.render(value)


def test_boundaries_ignore_query_parameters(client, reference_data):
    response = client.get("/data/hranice/region.json", {"x": "\x00", "level": "²"})

    assert response.status_code == 200
