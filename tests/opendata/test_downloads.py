"""Open downloads: CSV by the Czech open data norm, its CSV on the Web descriptor
and XLSX; each equal to the API, suppressing small counts the same way."""

import csv
import io

import pytest
from openpyxl import load_workbook

from monitoring.queries.observations import COLUMNS as PUBLISHED_COLUMNS
from opendata.columns import COLUMNS, NAMES

pytestmark = pytest.mark.django_db
BASE = "/data/scitani-v-libereckem-kraji/"


def csv_rows(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body)))


def api_rows(client, **params) -> list[dict]:
    body = client.get(
        "/api/v1/observations/",
        {"dataset": "scitani-v-libereckem-kraji", "page_size": 1000, **params},
    ).json()
    return body["results"]


def as_text(row: dict) -> dict:
    """An API row as the CSV writes it."""
    text = {}
    for name, value in row.items():
        if value is None:
            text[name] = ""
        elif isinstance(value, bool):
            text[name] = "true" if value else "false"
        else:
            text[name] = str(value)
    return text


def test_columns_are_the_published_ones():
    assert tuple(column.name for column in COLUMNS) == PUBLISHED_COLUMNS


def test_csv_follows_the_czech_open_data_norm(client, liberec_data):
    response = client.get(BASE + "data.csv")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert response["Content-Disposition"] == (
        'attachment; filename="scitani-v-libereckem-kraji.csv"'
    )
    assert response["Link"] == (
        "<http://testserver/data/scitani-v-libereckem-kraji/data.csv-metadata.json>; "
        'rel="describedby"; type="application/csvm+json"'
    )
    body = b"".join(response.streaming_content)
    assert not body.startswith(b"\xef\xbb\xbf")  # no BOM
    lines = body.decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(NAMES)  # one header row, comma separated
    assert len([line for line in lines if line]) == 1 + 7
    assert (
        "scitani-v-libereckem-kraji,5105,orp,2023-01-01,true,1,osoby,131,published,"
        "false,"
    ) in lines


def test_csv_publishes_small_counts_as_empty_with_status(client, liberec_data):
    rows = csv_rows(client.get(BASE + "data.csv", {"territory": "5103"}))
    small = next(
        r for r in rows if r["period"] == "2022-01-01" and r["category"] == "1"
    )

    assert small["value"] == ""
    assert small["status"] == "suppressed"
    zero = next(r for r in rows if r["category"] == "3")
    assert (zero["value"], zero["status"]) == ("0", "published")


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"orp_of_region": "CZ051"},
        {"territory": "5103", "period_to": "2022"},
        {"category": "3", "measure": "osoby"},
    ],
)
def test_csv_equals_the_api(client, liberec_data, params):
    downloaded = csv_rows(client.get(BASE + "data.csv", params))

    assert downloaded == [as_text(row) for row in api_rows(client, **params)]
    assert downloaded


def test_csv_refuses_a_bad_parameter_in_czech(client, liberec_data):
    response = client.get(BASE + "data.csv", {"period_from": "loni"})

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "Parametr „period_from“ musí být rok (2022) nebo datum ve tvaru RRRR-MM-DD."
    )
    unknown = client.get(BASE + "data.csv", {"page": "2"})
    assert unknown.status_code == 400
    assert unknown.content.decode().startswith("Parametr „page“ tento požadavek nezná")


def test_unknown_dataset_has_no_downloads(client, liberec_data):
    for name in ("data.csv", "data.csv-metadata.json", "data.xlsx"):
        assert client.get(f"/data/neni-takova/{name}").status_code == 404


def test_downloads_answer_304_while_the_data_stay(client, liberec_data):
    for name in ("data.csv", "data.csv-metadata.json", "data.xlsx"):
        first = client.get(BASE + name)
        again = client.get(BASE + name, headers={"if-none-match": first["ETag"]})
        assert (first.status_code, again.status_code) == (200, 304), name


def test_csv_query_count_is_fixed(
    client, liberec_data, django_assert_num_queries, views_only
):
    # dataset, data version (the coverage's cache key), ETHOS and indicator
    # coverage, the filters' territory check, ETag, the selection counted against
    # its limit (the dataset's id, count); the dataset's id, the territories' and
    # the categories' codes (looked up, not joined to every row), the rows; no
    # site lookup (downloads render no page)
    with django_assert_num_queries(12):
        response = client.get(BASE + "data.csv", {"territory": "5105"})
        b"".join(response.streaming_content)


def test_csvw_descriptor_matches_the_csv(client, liberec_data):
    response = client.get(BASE + "data.csv-metadata.json")
    described = response.json()

    assert response["Content-Type"] == "application/csvm+json"
    assert described["@context"][0] == "http://www.w3.org/ns/csvw"
    assert described["url"] == (
        "http://testserver/data/scitani-v-libereckem-kraji/data.csv"
    )
    assert described["dialect"] == {
        "delimiter": ",",
        "encoding": "utf-8",
        "header": True,
    }
    columns = described["tableSchema"]["columns"]
    header = csv_rows(client.get(described["url"]))[0].keys()
    assert [column["name"] for column in columns] == list(header)
    titles = {column["name"]: column["titles"] for column in columns}
    assert titles["territory"] == "Kód území"
    assert titles["value"] == "Hodnota"
    types = {column["name"]: column["datatype"] for column in columns}
    assert types["value"] == "nonNegativeInteger"
    assert types["period"] == {"base": "date", "format": "yyyy-MM-dd"}
    assert types["status"]["format"] == "published|suppressed"
    value = next(column for column in columns if column["name"] == "value")
    assert value["null"] == "" and value["required"] is False
    assert described["tableSchema"]["primaryKey"] == [
        "dataset",
        "territory",
        "period",
        "category",
        "measure",
    ]
    assert client.get(BASE + "data.csv-metadata.json", {"x": "1"}).status_code == 400


def test_xlsx_has_the_data_with_czech_titles_and_a_sheet_about_it(client, liberec_data):
    response = client.get(BASE + "data.xlsx", {"orp_of_region": "CZ051"})

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"] == (
        'attachment; filename="scitani-v-libereckem-kraji.xlsx"'
    )
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Data", "O datové sadě"]
    rows = list(workbook["Data"].iter_rows(values_only=True))
    assert rows[0] == tuple(column.title for column in COLUMNS)
    api = api_rows(client, orp_of_region="CZ051")
    assert len(rows) - 1 == len(api) == 6
    by_key = {(r[1], r[3].date().isoformat(), r[5]): r for r in rows[1:]}
    for row in api:
        sheet_row = by_key[(row["territory"], row["period"], row["category"])]
        assert sheet_row[7] == row["value"]
        expected = (
            "zveřejněno"
            if row["status"] == "published"
            else ("nezveřejněno (malý počet)")
        )
        assert sheet_row[8] == expected
    assert by_key[("5103", "2022-01-01", "1")][7] is None
    about = dict(
        row[:2] for row in workbook["O datové sadě"].iter_rows(values_only=True)
    )
    assert about["Datová sada"] == "Sčítání v Libereckém kraji"
    assert about["Vydavatel"] == "Liberecký kraj"
    assert about["Časové pokrytí"] == "2022–2023"


def test_xlsx_refuses_a_selection_larger_than_its_limit(client, liberec_data, settings):
    settings.OPENDATA_XLSX_MAX_ROWS = 6

    too_big = client.get(BASE + "data.xlsx", {"period_from": "2022"})
    assert too_big.status_code == 400
    assert too_big.content.decode().startswith(
        "Výběr má 7 řádků, jako XLSX nabízíme výběr nejvýše s 6 řádky."
    )
    assert client.get(BASE + "data.xlsx", {"orp_of_region": "CZ051"}).status_code == 200


def test_csv_refuses_a_selection_larger_than_its_limit(client, liberec_data, settings):
    settings.OPENDATA_CSV_MAX_ROWS = 6

    too_big = client.get(BASE + "data.csv", {"period_from": "2022"})
    assert too_big.status_code == 400
    assert "CSV" in too_big.content.decode()
    assert client.get(BASE + "data.csv", {"orp_of_region": "CZ051"}).status_code == 200


def test_dataset_page_links_every_download(client, liberec_data, home_page):
    page = client.get(BASE).content.decode()

    for name in ("data.csv", "data.csv-metadata.json", "data.xlsx", "dataset.jsonld"):
        assert f'href="{BASE}{name}"' in page


def test_head_gives_the_headers_without_reading_rows(
    client, liberec_data, django_assert_num_queries, views_only
):
    for name, content_type, queries in (
        # dataset, data version (the coverage's cache key), ETHOS and indicator
        # coverage, the stored files (none), ETag; no query of the observations
        ("data.csv", "text/csv; charset=utf-8; header=present", 6),
        # XLSX (the coverage now cached): dataset, data version, stored files,
        # ETag; the row count is the catalogue entry's
        (
            "data.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            4,
        ),
    ):
        with django_assert_num_queries(queries):
            response = client.head(BASE + name)
        assert response.status_code == 200
        assert response["Content-Type"] == content_type
        assert response["ETag"]
    assert client.post(BASE + "data.csv").status_code == 405
