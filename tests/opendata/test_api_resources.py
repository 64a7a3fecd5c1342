"""/api/v1/ datasets, territories, ETHOS categories and the ladder."""

import datetime

import pytest

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Dataset,
    Indicator,
    Region,
)

pytestmark = pytest.mark.django_db


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_datasets_with_metadata_coverage_and_links(client, liberec_data):
    Dataset.objects.create(name="Celostátní sčítání", theme="REGI")
    entries = {d["slug"]: d for d in get_json(client, "/api/v1/datasets/")}

    entry = entries["scitani-v-libereckem-kraji"]
    assert entry["name"] == "Sčítání v Libereckém kraji"
    assert entry["region"] == "CZ051"
    assert entry["keywords"] == ["bezdomovectví", "bytová nouze"]
    assert entry["update_frequency"] == "ANNUAL"
    assert entry["next_update"] == "2025-04-30"
    assert (entry["first_period"], entry["last_period"]) == (
        "2022-01-01",
        "2023-01-01",
    )
    assert entry["territory_kinds"] == ["region", "orp"]
    assert entry["observation_count"] == 7
    assert entry["links"]["observations"] == (
        "http://testserver/api/v1/observations/?dataset=scitani-v-libereckem-kraji"
    )
    national = entries["celostatni-scitani"]
    assert national["region"] is None
    assert national["observation_count"] == 0
    assert national["first_period"] is None


def test_datasets_filter_by_region_and_theme(client, liberec_data):
    Dataset.objects.create(name="Celostátní sčítání", theme="REGI")
    Dataset.objects.create(name="Pražská data", region=Region.objects.get(code="CZ010"))

    def slugs(**params):
        return {d["slug"] for d in get_json(client, "/api/v1/datasets/", **params)}

    assert slugs(region="CZ051") == {"scitani-v-libereckem-kraji", "celostatni-scitani"}
    assert slugs(theme="REGI") == {"celostatni-scitani"}
    assert slugs(region="CZ010", theme="SOCI") == {"prazska-data"}


def test_one_dataset_and_a_czech_404_for_an_unknown_one(client, liberec_data):
    entry = get_json(client, "/api/v1/datasets/scitani-v-libereckem-kraji/")
    assert entry["observation_count"] == 7

    response = client.get("/api/v1/datasets/neni-takova/")
    assert response.status_code == 404
    assert response.json()["detail"] == "Datová sada neni-takova neexistuje."


def test_territories_by_kind_and_parent(client, reference_data):
    everything = get_json(client, "/api/v1/territories/")
    assert len(everything) == 1 + 14 + 206
    orp = get_json(client, "/api/v1/territories/", parent="CZ051", kind="orp")
    assert len(orp) == 10
    assert orp[0] == {
        "code": "5101",
        "kind": "orp",
        "name": "Česká Lípa",
        "iso_code": "",
        "parent": "CZ051",
    }
    regions = get_json(client, "/api/v1/territories/", kind="region")
    assert {r["iso_code"] for r in regions} >= {"CZ-51", "CZ-10"}


def test_ethos_categories_with_light_correspondences(client, reference_data):
    categories = {c["code"]: c for c in get_json(client, "/api/v1/ethos-categories/")}

    assert categories["1"]["parent"] == "roofless"
    assert categories["1"]["level"] == "category"
    assert categories["L1"]["level"] == "light"
    assert categories["L1"]["corresponds_to"]  # ETHOS Light names its ETHOS codes
    assert set(categories["L1"]["corresponds_to"]) <= set(categories)


def assess(region, code, status, date, **extra):
    return Assessment.objects.create(
        region=region,
        indicator=Indicator.objects.get(code=code),
        status=status,
        date=date,
        **extra,
    )


@pytest.fixture
def liberec_ladder(reference_data):
    liberec = Region.objects.get(code="CZ051")
    assess(liberec, "0a", AssessmentStatus.IN_PROGRESS, datetime.date(2016, 3, 1))
    assess(
        liberec,
        "0a",
        AssessmentStatus.ACHIEVED,
        datetime.date(2018, 6, 30),
        evidence_url="https://www.kraj-lbc.cz/programove-prohlaseni",
        note="Programové prohlášení rady kraje.",
    )
    assess(
        liberec,
        "1a",
        AssessmentStatus.ACHIEVED,
        datetime.date(2020, 1, 15),
        source=AssessmentSource.DERIVED,
    )
    return liberec


def test_ladder_matrix_on_a_date(client, liberec_ladder):
    def liberec_row(**params):
        matrix = get_json(client, "/api/v1/ladder/", **params)
        assert len(matrix["regions"]) == 14
        assert [s["number"] for s in matrix["steps"]] == list(range(8))
        return next(r for r in matrix["regions"] if r["region"] == "CZ051")

    in_2017 = liberec_row(date="2017-01-01")
    assert in_2017["climbed"] == 0
    assert in_2017["steps"][0] == {
        "number": 0,
        "status": "in_progress",
        "indicators": {"0a": "in_progress"},
    }
    assert liberec_row(date="2019-01-01")["climbed"] == 1
    today = liberec_row()
    assert today["climbed"] == 1
    assert today["steps"][1]["indicators"]["1a"] == "achieved"


def test_region_ladder_with_status_date_evidence_and_history(client, liberec_ladder):
    ladder = get_json(client, "/api/v1/ladder/CZ051/")

    assert ladder["region"] == "CZ051"
    assert ladder["name"] == "Liberecký kraj"
    assert ladder["climbed"] == 1
    indicators = {i["code"]: i for i in ladder["indicators"]}
    zero = indicators["0a"]
    assert zero["step"] == 0
    assert zero["title"]
    assert zero["status"] == "achieved"
    assert zero["date"] == "2018-06-30"
    assert zero["source"] == "manual"
    assert zero["evidence"] == {
        "url": "https://www.kraj-lbc.cz/programove-prohlaseni",
        "document": None,
        "page": None,
    }
    assert [h["status"] for h in zero["history"]] == ["in_progress", "achieved"]
    assert zero["history"][1]["note"] == "Programové prohlášení rady kraje."
    assert indicators["1a"]["source"] == "derived"
    assert indicators["2a"]["status"] == "not_started"
    assert indicators["2a"]["history"] == []
    assert [(c["indicator"], c["climbed"]) for c in ladder["changes"]] == [
        ("0a", 0),
        ("0a", 1),
        ("1a", 1),
    ]


def test_unknown_region_is_a_czech_404(client, reference_data):
    response = client.get("/api/v1/ladder/CZ999/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Kraj CZ999 neexistuje."}


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # datasets, data version (the coverage's cache key), ETHOS and indicator
        # coverage (cached from here on), data version (ETag), the stored files
        # (the downloads offered)
        ("/api/v1/datasets/", 6),
        ("/api/v1/datasets/scitani-v-libereckem-kraji/", 6),
        ("/api/v1/territories/", 2),
        ("/api/v1/ethos-categories/", 3),
        ("/api/v1/ladder/", 5),
        ("/api/v1/ladder/CZ051/", 5),
    ],
)
def test_query_count_is_fixed(
    client, liberec_data, liberec_ladder, django_assert_num_queries, url, queries
):
    # and the client's count against the rate limit, with the sweep of expired
    # counters as the count starts its window (in the database: the tests' cache
    # is not Redis)
    with django_assert_num_queries(queries + 2):
        assert client.get(url).status_code == 200
