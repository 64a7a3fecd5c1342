"""Indicator datasets in the data portal: listed in the catalogue, a dataset page
with a preview, CSV (as the Czech open-data norm asks) and XLSX downloads whose
values equal the API's, a CSV on the Web descriptor of the same columns, and a
DCAT record whose API distribution serves indicator values."""

import csv
import io
from urllib.parse import urlsplit

import pytest
from openpyxl import load_workbook

from monitoring.importers.indicators import import_indicators
from monitoring.models import Dataset, Region
from opendata.indicator_columns import INDICATOR_NAMES

pytestmark = pytest.mark.django_db
TABLE = """kod_uzemi;obdobi;ukazatel;hodnota;poznamka
5105;2025;socialni_prace_uvazky_potreba;3,5;
5103;2025;socialni_prace_uvazky_potreba;1,25;odhad
CZ051;2025;garancni_fond_obce;4;
"""
SLUG = "socialni-prace-liberecky-kraj"


@pytest.fixture
def indicator_dataset(reference_data):
    Dataset.objects.create(
        name="Sociální práce – Liberecký kraj",
        slug=SLUG,
        region=Region.objects.get(code="CZ051"),
        publisher="Liberecký kraj",
    )
    source = io.BytesIO(TABLE.encode("utf-8"))
    source.name = "uvazky.csv"
    import_indicators(source, dataset_name="Sociální práce – Liberecký kraj")


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_catalogue_and_dataset_page_show_the_indicator_dataset(
    client, indicator_dataset
):
    catalogue = client.get("/data/").content.decode()
    page = client.get(f"/data/{SLUG}/")

    assert "Sociální práce – Liberecký kraj" in catalogue
    assert page.status_code == 200
    html = page.content.decode()
    # The first indicator by the region's ORP, the region's own figure last.
    assert "Obce, které využily garanční fond kraje – ORP – Liberecký kraj" in html
    assert '<th scope="row">Liberecký kraj</th>' in html


def test_csv_follows_the_open_data_norm_and_equals_the_api(client, indicator_dataset):
    response = client.get(f"/data/{SLUG}/data.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    rows = csv_rows(response)
    assert rows[0] == INDICATOR_NAMES
    by_key = {(row[1], row[3]): row for row in rows[1:]}
    assert by_key["socialni_prace_uvazky_potreba", "5103"] == [
        SLUG,
        "socialni_prace_uvazky_potreba",
        "úvazky",
        "5103",
        "orp",
        "2025-01-01",
        "true",
        "1.25",
        "false",
        "odhad",
    ]
    api = client.get("/api/v1/indicator-values/", {"dataset": SLUG}).json()
    from_api = {
        (r["indicator"], r["territory"], str(r["value"])) for r in api["results"]
    }
    assert from_api == {(row[1], row[3], row[7]) for row in rows[1:]}


def test_csv_filters_and_refuses_a_bad_parameter_in_czech(client, indicator_dataset):
    filtered = client.get(f"/data/{SLUG}/data.csv", {"indicator": "garancni_fond_obce"})
    assert len(csv_rows(filtered)) == 2

    refused = client.get(f"/data/{SLUG}/data.csv", {"indicator": "nic"})
    assert refused.status_code == 400
    assert "Datový ukazatel nic neexistuje." in refused.content.decode()


def test_csvw_descriptor_matches_the_csv_columns(client, indicator_dataset):
    descriptor = client.get(f"/data/{SLUG}/data.csv-metadata.json").json()

    names = [column["name"] for column in descriptor["tableSchema"]["columns"]]
    assert names == INDICATOR_NAMES
    assert descriptor["tableSchema"]["primaryKey"] == [
        "dataset",
        "indicator",
        "territory",
        "period",
    ]


def test_xlsx_has_the_values_as_numbers(client, indicator_dataset):
    response = client.get(f"/data/{SLUG}/data.xlsx")

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook["Data"].iter_rows(values_only=True))
    assert rows[0][1] == "Ukazatel"
    assert 3.5 in [row[7] for row in rows[1:]]


def test_api_dataset_links_to_its_indicator_values(client, indicator_dataset):
    record = client.get(f"/api/v1/datasets/{SLUG}/").json()

    link = record["links"]["indicator_values"]
    assert urlsplit(link).path == "/api/v1/indicator-values/"
    assert record["observation_count"] == 3
