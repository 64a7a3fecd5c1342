"""Map, table and chart blocks limited to one region show that region's ORP only,
in the page, the map's data and boundaries, and the CSV; a region hub limits them
to its region unless the editor chose the whole country."""

import csv
import datetime
import html as html_module
import io
import json
import re

import pytest
from django.core.cache import cache

from cms.models import RegionIndexPage, RegionPage
from monitoring.blocks import (
    EthosChartBlock,
    EthosMapBlock,
    EthosTableBlock,
    block_data,
)
from monitoring.models import Dataset, EthosCategory, Observation, Region, Territory
from tests.factories import publish

pytestmark = pytest.mark.django_db
ELSEWHERE = ["Ostrava", "Benešov"]  # ORP of Moravskoslezský and Středočeský kraj


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def dataset(reference_data):
    dataset = Dataset.objects.create(name="Sčítání", publisher="Kraj")
    for code, value in [("6203", 60), ("6201", 20), ("8119", 70), ("2101", 30)]:
        Observation.objects.create(
            dataset=dataset,
            territory=Territory.objects.get(code=code),
            category=EthosCategory.objects.get(code="1"),
            period=datetime.date(2023, 1, 1),
            measure="osoby",
            value=value,
        )
    return dataset


def blocks(dataset, region=""):
    pk = str(dataset.pk)
    common = {"dataset": pk, "measure": "osoby", "region": region}
    return [
        {"type": "ethos_table", "value": {**common, "level": "orp"}},
        {"type": "ethos_map", "value": {**common, "level": "orp", "category": "1"}},
        {"type": "ethos_chart", "value": {**common, "territory": "", "chart": "bar"}},
    ]


def south_moravian_hub(home_page, body) -> RegionPage:
    index = publish(home_page, RegionIndexPage(title="Kraje", slug="kraje"))
    region = Region.objects.get(code="CZ064")
    return publish(
        index,
        RegionPage(
            title=region.name, slug=region.slug, region=region, body=json.dumps(body)
        ),
    )


def csv_rows(client, url) -> list[list[str]]:
    content = client.get(html_module.unescape(url)).content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content), delimiter=";"))


def test_table_limited_to_a_region_lists_its_orp_and_the_region_as_total(dataset):
    block = EthosTableBlock()
    value = block.to_python(blocks(dataset, region="CZ064")[0]["value"])

    table = block_data(block.params(value)).table

    assert [label for label, _cells in table.rows] == [
        "Blansko",
        "Brno",
        "Jihomoravský kraj",
    ]
    assert [str(cells[0]) for _label, cells in table.rows][-1] == "80"
    assert "Jihomoravský kraj" in table.caption


def test_map_limited_to_a_region_has_its_orp_and_boundaries_only(client, dataset):
    block = EthosMapBlock()
    value = block.to_python(blocks(dataset, region="CZ064")[1]["value"])

    spec = block_data(block.params(value)).spec
    boundaries = client.get(spec["data"]["url"]).json()

    assert spec["data"]["url"] == "/data/hranice/kraj/CZ064.json"
    values = spec["transform"][0]["from"]["data"]["values"]
    assert {v["code"] for v in values} == {"6203", "6201"}
    parents = set(
        Territory.objects.filter(
            code__in=[f["properties"]["code"] for f in boundaries["features"]]
        ).values_list("parent__code", flat=True)
    )
    assert parents == {"CZ064"}
    assert (
        len(boundaries["features"])
        == Territory.objects.filter(parent__code="CZ064").count()
    )


def test_boundaries_of_an_unknown_region_are_404(client, reference_data):
    assert client.get("/data/hranice/kraj/CZ999.json").status_code == 404
    assert client.get("/data/hranice/kraj/5105.json").status_code == 404
    assert client.get("/data/hranice/kraj/CZ%00064.json").status_code == 404


def test_hub_shows_no_orp_of_another_region_in_page_map_or_csv(
    client, home_page, dataset
):
    hub = south_moravian_hub(home_page, blocks(dataset))

    html = client.get(hub.url).content.decode()
    csv_urls = re.findall(r'href="(/data/tabulka\.csv\?[^"]+)"', html)
    specs = [
        json.loads(spec)
        for spec in re.findall(
            r'<script id="graf-[^"]+" type="application/json">'
            r"(.*?)</script>",
            html,
        )
    ]

    assert "Brno" in html
    for name in ELSEWHERE:
        assert name not in html
    assert len(csv_urls) == 4  # the ladder, table, map and chart
    for url in csv_urls:
        rows = csv_rows(client, url)
        assert rows, url
        assert not {name for row in rows for name in ELSEWHERE if name in row}, url
    map_spec = next(spec for spec in specs if "projection" in spec)
    assert map_spec["data"]["url"] == "/data/hranice/kraj/CZ064.json"
    assert "Vývoj bytové nouze" not in html  # the chart found the region's data
    assert "Osoby v bytové nouzi – Jihomoravský kraj" in html


def test_hub_block_set_to_the_whole_country_stays_national(client, home_page, dataset):
    hub = south_moravian_hub(home_page, blocks(dataset, region="CZ")[:1])

    html = client.get(hub.url).content.decode()

    assert "Ostrava" in html
    assert "Brno" in html


def test_chart_limited_to_a_region_keeps_its_orp_but_not_others(dataset):
    block = EthosChartBlock()
    chart = blocks(dataset, region="CZ064")[2]["value"]

    def caption(territory):
        value = block.to_python({**chart, "territory": territory})
        return block_data(block.params(value)).table.caption

    assert caption("6203").endswith("– Brno")
    assert caption("8119").endswith("– Jihomoravský kraj")
    assert caption("").endswith("– Jihomoravský kraj")


def test_without_a_page_region_an_empty_limit_is_national(dataset):
    block = EthosTableBlock()

    assert block.params(block.to_python(blocks(dataset)[0]["value"])).region is None


def test_csv_refuses_an_unknown_region(client, dataset):
    response = client.get(
        "/data/tabulka.csv",
        {"blok": "ethos_table", "dataset": dataset.pk, "region": "CZ999"},
    )

    assert response.status_code == 400
    assert response.content.decode() == "Parametr „region“: Kraj CZ999 neexistuje."
