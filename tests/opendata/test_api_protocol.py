"""HTTP behaviour every /api/v1/ endpoint shares: GET only, Czech 400s naming the
parameter, ETag and Last-Modified from the data version, CORS, the rate limit."""

import pytest
from django.utils.http import http_date

from monitoring.versioning import bump_data_version

pytestmark = pytest.mark.django_db
OBSERVATIONS = "/api/v1/observations/"


@pytest.mark.parametrize(
    ("url", "params", "parameter", "detail"),
    [
        (
            OBSERVATIONS,
            {"dataset": "neni-takova"},
            "dataset",
            "Parametr „dataset“: Datová sada neni-takova neexistuje.",
        ),
        (
            OBSERVATIONS,
            {"dataset": "Velká Písmena"},
            "dataset",
            "Parametr „dataset“ musí být zkratky datových sad oddělené čárkou, "
            "nejvýše 50.",
        ),
        (
            OBSERVATIONS,
            {"territory": "CZ051,9999"},
            "territory",
            "Parametr „territory“: Území 9999 neexistuje.",
        ),
        (
            OBSERVATIONS,
            {"orp_of_region": "5105"},
            "orp_of_region",
            "Parametr „orp_of_region“: Kraj 5105 neexistuje.",
        ),
        (
            OBSERVATIONS,
            {"category": "99"},
            "category",
            "Parametr „category“: Kategorie ETHOS 99 neexistuje.",
        ),
        (OBSERVATIONS, {"measure": "byty"}, "measure", None),
        (
            OBSERVATIONS,
            {"period_from": "2023-02-30"},
            "period_from",
            "Parametr „period_from“ musí být rok (2022) nebo datum ve tvaru "
            "RRRR-MM-DD.",
        ),
        (
            OBSERVATIONS,
            {"period_from": "2023", "period_to": "2022"},
            "period_to",
            "Parametr „period_to“: konec období je dříve než jeho začátek "
            "(period_from).",
        ),
        (OBSERVATIONS, {"page": "0"}, "page", None),
        (OBSERVATIONS, {"page": "x"}, "page", None),
        (OBSERVATIONS, {"page": "9" * 40}, "page", None),
        (OBSERVATIONS, {"page_size": "-1"}, "page_size", None),
        (OBSERVATIONS, {"territory": "CZ\x00"}, "territory", None),
        (
            OBSERVATIONS,
            {"territory": ",".join(f"X{i}" for i in range(51))},
            "territory",
            None,
        ),
        (
            OBSERVATIONS,
            {"teritory": "CZ051"},
            "teritory",
            "Parametr „teritory“ tento požadavek nezná; známé parametry: page, "
            "page_size, after, before, dataset, territory, orp_of_region, "
            "period_from, period_to, category, measure, version.",
        ),
        ("/api/v1/datasets/", {"region": "CZ999"}, "region", None),
        ("/api/v1/datasets/", {"theme": "XYZ"}, "theme", None),
        ("/api/v1/territories/", {"kind": "obec"}, "kind", None),
        (
            "/api/v1/ladder/",
            {"date": "31. 12. 2024"},
            "date",
            "Parametr „date“ musí být datum ve tvaru RRRR-MM-DD.",
        ),
        ("/api/v1/ethos-categories/", {"format": "xml"}, "format", None),
    ],
)
def test_bad_parameter_is_a_czech_400_naming_it(
    client, reference_data, url, params, parameter, detail
):
    response = client.get(url, params)

    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(f"Parametr „{parameter}“")
    if detail:
        assert body["detail"] == detail


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_reading_is_allowed(client, reference_data, method):
    response = getattr(client, method)("/api/v1/datasets/")

    assert response.status_code == 405
    assert "není povolen" in response.json()["detail"]


def test_etag_and_last_modified_follow_the_data_version(client, liberec_data):
    first = client.get(OBSERVATIONS)
    etag, last_modified = first["ETag"], first["Last-Modified"]

    assert first.status_code == 200
    unchanged = client.get(OBSERVATIONS, headers={"if-none-match": etag})
    assert unchanged.status_code == 304
    assert unchanged["ETag"] == etag
    assert unchanged.content == b""
    since = client.get(OBSERVATIONS, headers={"if-modified-since": last_modified})
    assert since.status_code == 304

    bump_data_version()  # an import commits

    changed = client.get(OBSERVATIONS, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert changed.json()["count"] == 7


def test_an_old_copy_is_refreshed(client, liberec_data):
    response = client.get(
        "/api/v1/territories/",
        headers={"if-modified-since": http_date(0)},
    )

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, no-cache"


def test_any_origin_may_read_with_conditional_requests(client, reference_data):
    origin = {"origin": "https://mapa.example.org"}
    response = client.get("/api/v1/territories/", headers=origin)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]

    preflight = client.options(
        "/api/v1/territories/",
        headers={
            **origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert preflight.status_code == 200
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


def test_cors_stays_off_outside_the_open_data(client, home_page):
    response = client.get("/", headers={"origin": "https://mapa.example.org"})

    assert "Access-Control-Allow-Origin" not in response


def test_too_many_requests_get_a_czech_429(client, reference_data, settings):
    settings.API_RATE_LIMIT = "3/min"
    for _request in range(3):
        assert client.get("/api/v1/ethos-categories/").status_code == 200

    refused = client.get("/api/v1/ethos-categories/")

    assert refused.status_code == 429
    assert refused.json()["detail"].startswith(
        "Příliš mnoho požadavků z jedné adresy. Zkuste to prosím znovu za "
    )
    assert int(refused["Retry-After"]) > 0
    other_address = client.get("/api/v1/ethos-categories/", REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 200
