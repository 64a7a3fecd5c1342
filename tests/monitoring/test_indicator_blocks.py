"""Blocks on data indicators: with and without data, their CSV equal to the table,
the region limit, the hub summary and a fixed number of queries per page."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from cms.models import StandardPage
from monitoring.blocks import (
    IndicatorChartBlock,
    IndicatorFigureBlock,
    IndicatorMapBlock,
    IndicatorTableBlock,
    RegionIndicatorsBlock,
    block_data,
)
from monitoring.importers.indicators import import_indicators
from monitoring.models import Dataset

pytestmark = pytest.mark.django_db
TABLE = """kod_uzemi;obdobi;ukazatel;hodnota
CZ051;2024;garancni_fond_obce;3
CZ051;2025;garancni_fond_obce;4
CZ010;2025;garancni_fond_obce;1
5105;2025;socialni_prace_uvazky_potreba;3,5
5103;2025;socialni_prace_uvazky_potreba;1,25
CZ051;2025;majetek_byty_dostupne_bydleni;12
"""


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def load(text: str, name: str = "Ukazatele krajů") -> None:
    source = io.BytesIO(text.encode("utf-8"))
    source.name = "ukazatele.csv"
    import_indicators(source, dataset_name=name)


@pytest.fixture
def indicators(reference_data):
    load(TABLE)
    Dataset.objects.filter(name="Ukazatele krajů").update(
        publisher="Liberecký kraj", is_illustrative=True
    )


BLOCKS = [
    (IndicatorTableBlock(), {"indicator": "garancni_fond_obce", "level": "region"}),
    (IndicatorChartBlock(), {"indicator": "garancni_fond_obce", "territory": "CZ051"}),
    (
        IndicatorMapBlock(),
        {"indicator": "socialni_prace_uvazky_potreba", "region": "CZ051"},
    ),
    (
        IndicatorFigureBlock(),
        {"indicator": "garancni_fond_obce", "territory": "CZ051"},
    ),
    (RegionIndicatorsBlock(), {"region": "CZ051"}),
]


def render(block, value) -> str:
    request = RequestFactory().get("/")
    return block.render(block.to_python(value), context={"request": request})


def data_of(block, value):
    return block_data(block.params(block.to_python(value)))


def test_each_block_renders_a_table_source_and_csv_link(indicators):
    for block, value in BLOCKS:
        html = render(block, value)
        assert "<table" in html, block
        assert "Zdroj:" in html and "Ukazatele krajů, Liberecký kraj" in html, block
        assert "Stáhnout tabulku (CSV)" in html, block


def test_table_shows_the_latest_year_by_region(indicators):
    html = render(*BLOCKS[0])

    assert "Obce, které využily garanční fond kraje – kraje, 2025" in html
    assert '<th scope="row">Liberecký kraj</th>' in html
    assert "<td>4</td>" in html and "<td>1</td>" in html


def test_map_limited_to_a_region_shows_its_orp_with_decimal_commas(indicators):
    data = data_of(*BLOCKS[2])

    assert data.table.header() == ["ORP", "Úvazky"]
    assert data.table.text_rows() == [
        ["Jablonec nad Nisou", "1,25"],
        ["Liberec", "3,5"],
    ]
    assert data.spec["data"]["url"] == "/data/hranice/kraj/CZ051.json"
    assert {"code": "5105", "value": 3.5} in data.spec["transform"][0]["from"]["data"][
        "values"
    ]


def test_key_figure_shows_the_latest_value_and_its_change(indicators):
    data = data_of(*BLOCKS[3])

    assert str(data.highlight["cell"]) == "4"
    assert (data.highlight["period"], data.highlight["change"]) == ("2025", 1)


def test_region_summary_lists_steps_4_to_6_with_values_or_dashes(indicators):
    data = data_of(*BLOCKS[4])

    rows = {row[0]: row[1:] for row in data.table.text_rows()}
    assert rows["Obce, které využily garanční fond kraje (obce)"] == ["4", "4", "2025"]
    assert rows["Byty v krajském majetku pro dostupné bydlení (byty)"] == [
        "5",
        "12",
        "2025",
    ]
    assert rows["Záruky vydané z garančního fondu kraje (záruky)"][1] == "–"
    # No region figure: the region's ORP figures add up.
    assert rows["Potřebné úvazky sociální práce k bydlení (úvazky)"] == [
        "6",
        "4,75",
        "2025 (součet za 2 ORP)",
    ]
    assert data.table.illustrative


def test_csv_equals_the_table(client, indicators):
    for block, value in BLOCKS:
        data = data_of(block, value)
        response = client.get(data.csv_url)
        rows = list(
            csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
        )
        assert rows == [data.table.header(), *data.table.text_rows()], block.kind


def test_blocks_without_data_say_so(reference_data):
    for block, value in BLOCKS:
        html = render(block, value)
        assert "zatím nejsou k dispozici" in html, block
        assert "<table" not in html, block


def test_csv_link_with_an_unknown_indicator_is_a_czech_400(client, reference_data):
    response = client.get(
        "/data/tabulka.csv", {"blok": "indicator_table", "indicator": "nic_takoveho"}
    )

    assert response.status_code == 400
    assert "Datový ukazatel nic_takoveho neexistuje." in response.content.decode()


def test_the_dataset_updated_last_gives_a_shared_figure(indicators):
    load(
        "kod_uzemi;obdobi;ukazatel;hodnota\nCZ051;2025;garancni_fond_obce;6\n",
        "Novější",
    )

    assert ["Liberecký kraj", "6"] in data_of(*BLOCKS[0]).table.text_rows()


def test_page_with_every_indicator_block_runs_a_fixed_number_of_queries(
    client, home_page, indicators, django_assert_max_num_queries
):
    body = [{"type": block.kind, "value": value} for block, value in BLOCKS]
    home_page.add_child(
        instance=StandardPage(
            title="Ukazatele", slug="ukazatele", body=json.dumps(body)
        )
    )

    with django_assert_max_num_queries(45):
        first = client.get("/ukazatele/")
    with django_assert_max_num_queries(10):
        cached = client.get("/ukazatele/")

    assert first.status_code == cached.status_code == 200
    assert cached.content.decode().count('<section class="data-block') == len(BLOCKS)
