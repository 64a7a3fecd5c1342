import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from cms.models import StandardPage
from monitoring.blocks import (
    EthosChartBlock,
    EthosMapBlock,
    EthosTableBlock,
    KeyFigureBlock,
    LadderMatrixBlock,
    RegionLadderBlock,
    block_data,
)
from monitoring.importers.ethos import import_ethos
from monitoring.models import Dataset, EthosCategory, Observation, Territory

DATA = Path(__file__).resolve().parent.parent / "data"
pytestmark = pytest.mark.django_db
Y2022 = datetime.date(2022, 1, 1)
Y2023 = datetime.date(2023, 1, 1)


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def dataset(reference_data):
    dataset = Dataset.objects.create(
        name="Sčítání",
        publisher="Kraj",
        source_url="https://kraj.example/data",
    )
    for code, category, value, period in [
        ("5105", "1", 40, Y2022),
        ("5101", "1", 3, Y2022),  # small count, suppressed at ORP level
        ("5105", "1", 45, Y2023),
        ("5101", "1", 2, Y2023),
        ("CZ010", "1", 120, Y2023),
        ("CZ010", "2", 4, Y2023),  # suppressed even at region level
    ]:
        Observation.objects.create(
            dataset=dataset,
            territory=Territory.objects.get(code=code),
            category=EthosCategory.objects.get(code=category),
            period=period,
            measure="osoby",
            value=value,
        )
    return dataset


def blocks_with_values(dataset):
    pk = str(dataset.pk)
    return [
        (EthosTableBlock(), {"dataset": pk, "measure": "osoby", "level": "region"}),
        (
            EthosChartBlock(),
            {"dataset": pk, "territory": "CZ051", "measure": "osoby", "chart": "line"},
        ),
        (
            EthosMapBlock(),
            {"dataset": pk, "category": "1", "measure": "osoby", "level": "orp"},
        ),
        (
            KeyFigureBlock(),
            {"dataset": pk, "territory": "CZ", "category": "1", "measure": "osoby"},
        ),
        (LadderMatrixBlock(), {}),
        (RegionLadderBlock(), {"region": "CZ051"}),
    ]


def render(block, value) -> str:
    request = RequestFactory().get("/")
    return block.render(block.to_python(value), context={"request": request})


def test_each_block_renders_a_table_a_chart_source_and_csv_link(dataset):
    for block, value in blocks_with_values(dataset):
        html = render(block, value)
        assert "<table" in html, block
        assert "<caption>" in html, block
        assert "data-vega-spec=" in html, block
        assert 'role="img" aria-label="' in html, block
        assert "Zdroj:" in html, block
        assert "Stáhnout tabulku (CSV)" in html, block


def test_ethos_table_shows_region_figures_and_the_country(dataset):
    html = render(*blocks_with_values(dataset)[0])

    assert "Osoby v bytové nouzi podle ETHOS, 2023" in html
    assert '<th scope="row">Liberecký kraj</th>' in html
    assert "<td>47</td>" in html  # 45 + 2 from two ORP
    assert "<td>167</td>" in html  # the country in category 1: 47 + 120
    assert "https://kraj.example/data" in html


def test_suppressed_cells_say_so_in_table_chart_and_csv(client, dataset):
    block, value = blocks_with_values(dataset)[2]  # the ORP map
    data = block_data(block.params(block.to_python(value)))

    html = render(block, value)
    chart_values = data.spec["transform"][0]["from"]["data"]["values"]
    csv_rows = list(
        csv.reader(
            io.StringIO(client.get(data.csv_url).content.decode("utf-8-sig")),
            delimiter=";",
        )
    )

    assert '<td class="is-suppressed">méně než 5</td>' in html
    assert "Počty menší než 5 nezveřejňujeme" in html
    assert {"code": "5101", "value": 2} not in chart_values
    assert [v["code"] for v in chart_values] == ["5105"]
    assert ["Česká Lípa", "méně než 5"] in csv_rows


def test_csv_equals_the_table(client, dataset):
    for block, value in blocks_with_values(dataset):
        data = block_data(block.params(block.to_python(value)))
        response = client.get(data.csv_url)
        rows = list(
            csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
        )
        assert rows == [data.table.header(), *data.table.text_rows()], block.kind
        assert response["Content-Type"].startswith("text/csv")


def test_blocks_without_data_say_so(reference_data):
    empty = Dataset.objects.create(name="Prázdná")
    for block, value in blocks_with_values(empty)[:4]:
        html = render(block, value)
        assert "zatím nejsou k dispozici" in html, block
        assert "<table" not in html


def test_block_with_a_deleted_dataset_says_data_are_missing(dataset):
    block, value = blocks_with_values(dataset)[0]
    dataset.delete()

    assert "zatím nejsou k dispozici" in render(block, value)


def test_import_shows_in_every_block_at_once(dataset):
    block, value = blocks_with_values(dataset)[1]  # Liberec time series
    assert "<td>47</td>" in render(block, value)

    import_ethos(
        io.BytesIO(
            b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n5105;2023;1;osoby;90\n"
        ),
        dataset_name="Sčítání",
        filename="oprava.csv",
    )

    assert "<td>92</td>" in render(block, value)


def test_chart_specs_are_vega_lite_with_colour_blind_safe_palettes(dataset):
    specs = {
        block.kind: block_data(block.params(block.to_python(value))).spec
        for block, value in blocks_with_values(dataset)
    }

    for spec in specs.values():
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert specs["ethos_chart"]["encoding"]["color"]["scale"]["range"][0] == "#0072B2"
    assert specs["ethos_map"]["encoding"]["color"]["scale"]["scheme"] == "viridis"
    assert specs["ethos_map"]["data"]["url"] == "/data/hranice/orp.json"


def test_boundaries_endpoint_serves_geojson_with_codes(client, reference_data):
    geojson = json.loads(client.get("/data/hranice/region.json").content)

    assert len(geojson["features"]) == 14
    assert {"code": "CZ051", "name": "Liberecký kraj"} in [
        feature["properties"] for feature in geojson["features"]
    ]
    assert client.get("/data/hranice/obec.json").status_code == 404


def test_unknown_block_in_csv_url_is_404(client):
    assert client.get("/data/tabulka.csv", {"blok": "nic"}).status_code == 404


def test_page_with_six_blocks_runs_a_fixed_number_of_queries(
    client, home_page, dataset, django_assert_max_num_queries
):
    body = [
        {"type": block.kind, "value": value}
        for block, value in blocks_with_values(dataset)
    ]
    home_page.add_child(
        instance=StandardPage(title="Data", slug="data-kraju", body=json.dumps(body))
    )

    with django_assert_max_num_queries(45):
        first = client.get("/data-kraju/")
    with django_assert_max_num_queries(10):
        cached = client.get("/data-kraju/")

    assert first.status_code == cached.status_code == 200
    assert cached.content.decode().count('<section class="data-block') == 6


def test_editor_sees_live_blocks_in_the_page_preview(admin_client, home_page, dataset):
    body = [
        {"type": block.kind, "value": value}
        for block, value in blocks_with_values(dataset)
    ]
    page = StandardPage(title="Náhled", slug="nahled", body=json.dumps(body))
    home_page.add_child(instance=page)
    page.save_revision()

    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<section class="data-block') == 6
    assert "Osoby v bytové nouzi – Liberecký kraj" in html


def test_ladder_blocks_offer_a_preview_in_the_block_picker():
    assert LadderMatrixBlock().get_preview_value() == {}
    assert RegionLadderBlock().get_preview_value()["region"] == "CZ051"


def test_a_page_shows_new_data_and_edited_text_at_once(client, home_page, dataset):
    _chart, value = blocks_with_values(dataset)[1]  # Liberec time series
    body = [{"type": "ethos_chart", "value": value}]
    page = StandardPage(title="Vývoj", slug="vyvoj", body=json.dumps(body))
    home_page.add_child(instance=page)
    assert "<td>47</td>" in client.get("/vyvoj/").content.decode()

    import_ethos(
        io.BytesIO(
            b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n5105;2023;1;osoby;90\n"
        ),
        dataset_name="Sčítání",
        filename="oprava.csv",
    )
    page.body = json.dumps(
        [*body, {"type": "paragraph", "value": "<p>Doplněný komentář.</p>"}]
    )
    page.save_revision().publish()

    html = client.get("/vyvoj/").content.decode()
    assert "<td>92</td>" in html
    assert "Doplněný komentář." in html


def test_a_series_of_one_period_names_it_once(dataset):
    block = EthosChartBlock()
    value = {"dataset": str(dataset.pk), "territory": "CZ010", "measure": "osoby"}

    data = block_data(block.params(block.to_python(value)))

    assert data.table.reference == "2023"
    assert "v období 2023," in data.alt


def test_key_figure_of_one_period_shows_its_table_without_a_chart(reference_data):
    dataset = Dataset.objects.create(name="Jedno sčítání")
    Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code="CZ"),
        category=EthosCategory.objects.get(code="3"),
        period=Y2022,
        measure="osoby",
        value=5981,
    )
    block = KeyFigureBlock()
    value = {"dataset": str(dataset.pk), "territory": "CZ", "category": "3"}

    html = render(block, value)

    assert block_data(block.params(block.to_python(value))).spec is None
    assert "data-vega-spec" not in html
    assert "<details" not in html
    assert "<table" in html
    assert "stav k 2022." in html
