"""Data indicators in the read API: the list of indicators and their values, equal
to what was imported, filtered, paginated, with Czech 400s and the ETag."""

import io

import pytest

from monitoring.importers.indicators import import_indicators
from monitoring.versioning import bump_data_version

pytestmark = pytest.mark.django_db
VALUES = "/api/v1/indicator-values/"
TABLE = """kod_uzemi;obdobi;ukazatel;hodnota;poznamka
CZ051;2024;garancni_fond_obce;3;
CZ051;2025;garancni_fond_obce;4;ilustrativní
5105;2025;socialni_prace_uvazky_potreba;3,5;
5106;2025;socialni_prace_uvazky_potreba;1,25;
5105;30. 6. 2025;socialni_prace_uvazky_skutecnost;2;k 30. 6.
"""


@pytest.fixture
def imported(reference_data):
    source = io.BytesIO(TABLE.encode("utf-8"))
    source.name = "ukazatele.csv"
    import_indicators(source, dataset_name="Ukazatele Libereckého kraje")


def test_indicator_list_gives_code_unit_and_ladder_indicator(client, reference_data):
    response = client.get("/api/v1/indicators/")

    assert response.status_code == 200
    indicators = {item["code"]: item for item in response.json()}
    fund = indicators["garancni_fond_obce"]
    assert (fund["unit"], fund["decimal_places"], fund["ladder_indicator"]) == (
        "obce",
        0,
        "4b",
    )
    assert fund["ladder_step"] == 4
    assert fund["values"].endswith(
        "/api/v1/indicator-values/?indicator=garancni_fond_obce"
    )
    assert "socialni_sluzby_bydleni_klienti" in indicators


def test_values_equal_the_imported_table(
    client, imported, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        response = client.get(VALUES)

    body = response.json()
    assert body["count"] == 5
    got = {
        (row["indicator"], row["territory"], row["period"]): (
            row["value"],
            row["unit"],
            row["note"],
        )
        for row in body["results"]
    }
    assert got == {
        ("garancni_fond_obce", "CZ051", "2024-01-01"): (3, "obce", ""),
        ("garancni_fond_obce", "CZ051", "2025-01-01"): (4, "obce", "ilustrativní"),
        ("socialni_prace_uvazky_potreba", "5105", "2025-01-01"): (3.5, "úvazky", ""),
        ("socialni_prace_uvazky_potreba", "5106", "2025-01-01"): (1.25, "úvazky", ""),
        ("socialni_prace_uvazky_skutecnost", "5105", "2025-06-30"): (
            2,
            "úvazky",
            "k 30. 6.",
        ),
    }
    assert {row["dataset"] for row in body["results"]} == {
        "ukazatele-libereckeho-kraje"
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"indicator": "garancni_fond_obce"}, 2),
        (
            {"indicator": "garancni_fond_obce", "territory": "CZ051", "period": "2025"},
            1,
        ),
        ({"territory": "5105"}, 2),
        ({"period": "2025"}, 4),
        ({"period": "2025-06-30"}, 1),
        ({"indicator": "socialni_prace_uvazky_potreba", "territory": "5105,5106"}, 2),
    ],
)
def test_filters_by_indicator_territory_and_period(client, imported, params, expected):
    assert client.get(VALUES, params).json()["count"] == expected


def test_pages_have_count_next_and_results(client, imported):
    first = client.get(VALUES, {"page_size": 2}).json()

    assert (first["count"], len(first["results"])) == (5, 2)
    assert "page=2" in first["next"]
    last = client.get(VALUES, {"page_size": 2, "page": 3}).json()
    assert (len(last["results"]), last["next"]) == (1, None)


@pytest.mark.parametrize(
    ("params", "parameter", "detail"),
    [
        (
            {"indicator": "neni_takovy"},
            "indicator",
            "Parametr „indicator“: Datový ukazatel neni_takovy neexistuje.",
        ),
        (
            {"territory": "9999"},
            "territory",
            "Parametr „territory“: Území 9999 neexistuje.",
        ),
        (
            {"period": "2025-02-30"},
            "period",
            "Parametr „period“ musí být rok (2022) nebo datum ve tvaru RRRR-MM-DD.",
        ),
        ({"page": "9"}, "page", None),
        ({"rok": "2025"}, "rok", None),
    ],
)
def test_bad_parameters_are_czech_400s_naming_them(
    client, imported, params, parameter, detail
):
    response = client.get(VALUES, params)

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    if detail:
        assert response.json()["detail"] == detail


def test_etag_follows_the_data_version(client, imported):
    first = client.get(VALUES)

    unchanged = client.get(VALUES, headers={"if-none-match": first["ETag"]})
    assert unchanged.status_code == 304
    bump_data_version()
    assert (
        client.get(VALUES, headers={"if-none-match": first["ETag"]}).status_code == 200
    )
