"""Indicator datasets as they stood at a version, as ETHOS datasets: the values a
later import replaced are kept, and the API and the downloads take ``version``."""

import csv
import io

import pytest

from monitoring.importers.indicators import import_indicators
from monitoring.models import SupersededIndicatorValue

pytestmark = pytest.mark.django_db
VALUES = "/api/v1/indicator-values/"
SLUG = "ukazatele-libereckeho-kraje"
FIRST = """kod_uzemi;obdobi;ukazatel;hodnota;poznamka
CZ051;2024;garancni_fond_obce;3;
CZ051;2025;garancni_fond_obce;4;
5105;2025;socialni_prace_uvazky_potreba;3,5;
"""
CORRECTED = FIRST.replace(
    "CZ051;2025;garancni_fond_obce;4;", "CZ051;2025;garancni_fond_obce;6;"
)


def load(table: str, name: str = "ukazatele.csv") -> None:
    source = io.BytesIO(table.encode("utf-8"))
    source.name = name
    import_indicators(source, dataset_name="Ukazatele Libereckého kraje")


@pytest.fixture
def two_imports(reference_data):
    load(FIRST)
    load(CORRECTED, "ukazatele-oprava.csv")


def fund_2025(rows: list[dict]) -> dict:
    return next(
        row
        for row in rows
        if (row["territory"], row["period"][:4]) == ("CZ051", "2025")
        and row["indicator"] == "garancni_fond_obce"
    )


def api_rows(client, **params) -> list[dict]:
    response = client.get(VALUES, {"dataset": SLUG, **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_a_replaced_value_is_kept_once(two_imports):
    kept = SupersededIndicatorValue.objects.get()

    assert (kept.value, kept.version, kept.superseded_in) == (4, 1, 2)
    load(CORRECTED, "znovu.csv")  # nothing changes: nothing more is kept
    assert SupersededIndicatorValue.objects.count() == 1


def test_api_returns_the_dataset_as_it_stood_at_a_version(client, two_imports):
    at_first = api_rows(client, version=1)
    at_second = api_rows(client, version=2)

    assert len(at_first) == len(at_second) == 3
    assert (fund_2025(at_first)["value"], fund_2025(at_first)["revised"]) == (
        4,
        False,
    )
    assert (fund_2025(at_second)["value"], fund_2025(at_second)["revised"]) == (
        6,
        True,
    )
    assert at_second == api_rows(client)
    key = ["indicator", "territory", "period"]
    assert [[r[k] for k in key] for r in at_first] == [
        [r[k] for k in key] for r in at_second
    ]
    assert api_rows(client, version=1, page_size=2, page=2) == at_first[2:]


def test_csv_download_at_a_version(client, two_imports):
    response = client.get(f"/data/{SLUG}/data.csv", {"version": 1})

    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert fund_2025(rows)["value"] == "4"
    assert fund_2025(rows)["revised"] == "false"


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        (
            {"dataset": SLUG, "version": 3},
            f"Parametr „version“: datová sada {SLUG} nemá verzi 3.",
        ),
        (
            {"version": 1},
            "Parametr „version“: verzi lze zadat jen s jednou datovou sadou (dataset).",
        ),
    ],
)
def test_unknown_version_is_a_czech_400(client, two_imports, params, detail):
    response = client.get(VALUES, params)

    assert response.status_code == 400
    assert response.json() == {"detail": detail, "parameter": "version"}
    download = client.get(f"/data/{SLUG}/data.csv", {"version": 3})
    assert download.status_code == 400
    assert "nemá verzi 3" in download.content.decode()
