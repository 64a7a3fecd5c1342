"""/api/v1/observations/: filters, pagination, suppression, query counts."""

import base64

import pytest

pytestmark = pytest.mark.django_db
URL = "/api/v1/observations/"
DATASET = "scitani-v-libereckem-kraji"


def results(client, **params):
    response = client.get(URL, {"dataset": DATASET, **params})
    assert response.status_code == 200, response.content
    return response.json()


def token(text: str) -> str:
    """A cursor as the API writes one (URL-safe base64 without padding)."""
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def keys(body):
    return [
        (row["territory"], row["period"][:4], row["category"])
        for row in body["results"]
    ]


def test_every_observation_of_the_dataset_in_key_order(client, liberec_data):
    body = results(client)

    assert body["count"] == 7
    assert body["next"] is None and body["previous"] is None
    assert sorted(keys(body)) == [
        ("5103", "2022", "1"),
        ("5103", "2022", "3"),
        ("5103", "2023", "1"),
        ("5105", "2022", "1"),
        ("5105", "2022", "3"),
        ("5105", "2023", "1"),
        ("CZ051", "2023", "1"),
    ]


def test_row_has_every_published_column(client, liberec_data):
    row = results(client, territory="5105", period_from="2023")["results"][0]

    assert row == {
        "dataset": DATASET,
        "territory": "5105",
        "territory_kind": "orp",
        "period": "2023-01-01",
        "period_is_year": True,
        "category": "1",
        "measure": "osoby",
        "value": 131,
        "status": "published",
        "revised": False,
        "note": "",
    }


def test_small_count_is_null_with_status_never_the_number(client, liberec_data):
    body = results(client, territory="5103", period_to="2022")
    by_category = {row["category"]: row for row in body["results"]}

    assert by_category["1"]["value"] is None
    assert by_category["1"]["status"] == "suppressed"
    assert by_category["3"]["value"] == 0  # zero identifies no one
    assert by_category["3"]["status"] == "published"
    assert b'"value":3' not in client.get(URL, {"territory": "5103"}).content


def test_all_orp_of_a_region_leave_out_the_region_itself(client, liberec_data):
    body = results(client, orp_of_region="CZ051")

    assert body["count"] == 6
    assert {row["territory_kind"] for row in body["results"]} == {"orp"}


def test_territory_and_orp_of_region_combine(client, liberec_data):
    body = results(client, territory="CZ051", orp_of_region="CZ051")

    assert body["count"] == 7


def test_territories_category_and_measure_lists(client, liberec_data):
    assert results(client, territory="5103,5105", category="3")["count"] == 2
    assert results(client, measure="domacnosti")["count"] == 0
    assert results(client, measure="osoby,domacnosti")["count"] == 7


def test_period_range_reads_years_as_whole_years(client, liberec_data):
    assert results(client, period_from="2023")["count"] == 3
    assert results(client, period_to="2022")["count"] == 4
    assert (
        results(client, period_from="2022-01-02", period_to="2023-12-31")["count"] == 3
    )
    assert results(client, period_from="2022", period_to="2022")["count"] == 4


def test_pages_link_to_each_other_with_the_same_filters(client, liberec_data):
    first = results(client, page_size=3)
    second = client.get(first["next"]).json()
    last = client.get(second["next"]).json()

    assert first["count"] == second["count"] == last["count"] == 7
    assert len(first["results"]) == len(second["results"]) == 3
    assert len(last["results"]) == 1
    assert "dataset=" + DATASET in first["next"] and "after=" in first["next"]
    assert "page=" not in first["next"]
    assert last["next"] is None
    assert client.get(second["previous"]).json() == first
    assert keys(first) + keys(second) + keys(last) == keys(results(client))


def test_next_links_give_the_same_pages_as_page_numbers(client, liberec_data):
    first = results(client, page_size=2)
    by_link = [first]
    while by_link[-1]["next"]:
        by_link.append(client.get(by_link[-1]["next"]).json())

    by_number = [results(client, page_size=2, page=n) for n in range(1, 5)]
    assert [keys(page) for page in by_link] == [keys(page) for page in by_number]
    assert [page["next"] for page in by_link] == [page["next"] for page in by_number]


def test_previous_links_walk_back_to_the_first_page(client, liberec_data):
    page = results(client, page_size=3, page=3)
    walked = keys(page)
    while page["previous"]:
        assert "before=" in page["previous"]
        page = client.get(page["previous"]).json()
        walked = keys(page) + walked

    assert keys(page) == keys(results(client, page_size=3))
    assert walked == keys(results(client))


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"after": "x"}, "after"),
        ({"before": token("not-a-key")}, "before"),
        ({"after": token("1~100~2022-13-01~9~osoby")}, "after"),
        ({"after": token("1~100~2022-01-01~9~lide")}, "after"),
        ({"after": token("1~-5~2022-01-01~9~osoby")}, "after"),
        ({"after": token("1~99999999999~2022-01-01~9~osoby")}, "after"),
        ({"after": "a" * 101}, "after"),
        ({"after": "é"}, "after"),
    ],
)
def test_bad_cursor_is_refused_in_czech_naming_it(
    client, liberec_data, params, parameter
):
    response = client.get(URL, {"dataset": DATASET, **params})

    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(f"Parametr „{parameter}“ musí být kurzor")


def test_page_number_and_cursor_do_not_combine(client, liberec_data):
    cursor = results(client, page_size=3)["next"].split("after=")[1].split("&")[0]
    response = client.get(URL, {"page": 2, "after": cursor})

    assert response.status_code == 400
    assert response.json()["parameter"] == "after"
    assert "nelze kombinovat s „page“" in response.json()["detail"]


def test_page_size_is_capped(client, liberec_data):
    response = client.get(URL, {"page_size": 1001})

    assert response.status_code == 400
    assert response.json()["parameter"] == "page_size"
    assert "1–1000" in response.json()["detail"]
    assert client.get(URL, {"page_size": 1000}).status_code == 200


def test_without_filters_every_dataset_answers(client, liberec_data):
    assert client.get(URL).json()["count"] == 7


@pytest.mark.parametrize(
    ("params", "queries"),
    [
        ({}, 4),  # version for the count's key, count, rows, ETag
        # and the dataset's id (the rows are filtered by it)
        ({"dataset": DATASET, "territory": "5105", "category": "1"}, 8),
        # and the key before the page
        ({"orp_of_region": "CZ051", "page_size": 2, "page": 2}, 6),
        ({"after": token("1~100~2022-01-01~9~osoby")}, 4),
    ],
)
def test_query_count_is_fixed(
    client, liberec_data, django_assert_num_queries, params, queries
):
    client.get(URL, params)  # the count is cached from here on
    # one query fewer (the count), one more: the client's count against the rate
    # limit (in the database, as the tests' cache is not Redis)
    with django_assert_num_queries(queries):
        assert client.get(URL, params).status_code == 200
