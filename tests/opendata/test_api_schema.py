"""The OpenAPI schema is valid, every endpoint it documents answers, and no
combination of parameter values makes any of them fail (Hypothesis)."""

import re

import pytest
from django.core.management import call_command
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db
PATH_EXAMPLES = {"slug": "scitani-v-libereckem-kraji", "code": "CZ051"}


@pytest.fixture
def schema(client, reference_data):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_schema_is_valid_openapi_3(schema):
    validate_schema(schema)  # raises on any violation of the OpenAPI 3.0 schema

    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/datasets/",
        "/api/v1/datasets/{slug}/",
        "/api/v1/observations/",
        "/api/v1/territories/",
        "/api/v1/ethos-categories/",
        "/api/v1/indicators/",
        "/api/v1/indicator-values/",
        "/api/v1/ladder/",
        "/api/v1/ladder/{code}/",
    }


def test_schema_generates_without_warnings(tmp_path):
    """drf-spectacular's warnings fail `check --deploy`; none may appear."""
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "openapi.yaml"),
    )


def test_observation_parameters_are_documented_in_czech(schema):
    operation = schema["paths"]["/api/v1/observations/"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}

    assert set(parameters) == {
        "dataset",
        "territory",
        "orp_of_region",
        "period_from",
        "period_to",
        "category",
        "measure",
        "page",
        "page_size",
        "after",
        "before",
        "version",
    }
    assert parameters["period_from"]["description"] == (
        "rok (2022) nebo datum ve tvaru RRRR-MM-DD"
    )
    page = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert page["$ref"].endswith("PaginatedObservationList")


def documented_urls(schema):
    for path in schema["paths"]:
        yield re.sub(r"\{(\w+)\}", lambda m: PATH_EXAMPLES[m.group(1)], path)


def test_every_documented_endpoint_answers(client, schema, liberec_data):
    for url in documented_urls(schema):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "application/json"


def test_schema_and_docs_are_served_from_our_own_files(client, reference_data):
    page = client.get("/api/v1/docs/").content.decode()

    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None  # no inline script
    assert ' style="' not in page
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', page)
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in (
        scripts
    )
    assert "/static/js/api-docs.js" in scripts
    assert all(src.startswith("/static/") for src in scripts)
    assert 'data-schema-url="/api/v1/openapi.json"' in page


# Values a client might send: good ones, near misses and junk.
VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "CZ",
            "CZ051",
            "5105",
            "1",
            "L2",
            "3.1",
            "osoby",
            "2022",
            "2022-01-01",
            "2022-02-30",
            "0",
            "-1",
            "1000",
            "1001",
            "scitani-v-libereckem-kraji",
            "SOCI",
            "orp",
            "CZ051,CZ052",
            ",",
            "a" * 5000,
            "\x00",
            "9" * 30,
            "MX4xMDB-MjAyMi0wMS0wMX45fm9zb2J5",  # a well-formed key cursor
        ]
    ),
    st.text(max_size=40),
)


@pytest.mark.parametrize(
    ("url", "names"),
    [
        (
            "/api/v1/observations/",
            [
                "dataset",
                "territory",
                "orp_of_region",
                "period_from",
                "period_to",
                "category",
                "measure",
                "page",
                "page_size",
                "after",
                "before",
                "unknown",
            ],
        ),
        ("/api/v1/datasets/", ["region", "theme", "unknown"]),
        ("/api/v1/territories/", ["kind", "parent"]),
        ("/api/v1/ladder/", ["date"]),
    ],
)
def test_no_parameter_value_makes_an_endpoint_fail(
    client, liberec_data, settings_fixture, url, names
):
    @settings(
        max_examples=120,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.dictionaries(st.sampled_from(names), VALUES, max_size=4))
    def check(params):
        response = client.get(url, params)
        assert response.status_code in (200, 400), (params, response.content)
        if response.status_code == 400:
            body = response.json()
            assert body["parameter"] in params
            assert body["detail"].startswith(f"Parametr „{body['parameter']}“")

    check()


@pytest.fixture
def settings_fixture(settings):
    settings.API_RATE_LIMIT = "100000/min"
    return settings
