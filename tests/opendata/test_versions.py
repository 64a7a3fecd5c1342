"""Dataset versions: the change log after two imports, the revised marker in the
downloads and the API, and the dataset as it stood at a version."""

import csv
import hashlib
import io
from pathlib import Path

import pytest

from monitoring.importers.ethos import import_ethos
from monitoring.models import DatasetVersion, SupersededObservation

DATA = Path(__file__).resolve().parent.parent / "data"
SLUG = "scitani-2022"
pytestmark = pytest.mark.django_db


@pytest.fixture
def two_imports(reference_data, django_user_model):
    """The census file, then a corrected one that changes one value (CZ051,
    2022, ETHOS 1, osoby: 120 → 125), imported by a named analyst."""
    analyst = django_user_model.objects.create_user(
        "analytik", first_name="Jana", last_name="Nováková", is_superuser=True
    )
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání 2022")
    import_ethos(
        DATA / "ethos_corrected.csv", dataset_name="Sčítání 2022", user=analyst
    )
    DatasetVersion.objects.filter(number=2).update(
        note="Oprava chyby v údajích za Liberecký kraj."
    )


def csv_rows(client, **params) -> list[dict]:
    response = client.get(f"/data/{SLUG}/data.csv", params)
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def api_rows(client, **params) -> list[dict]:
    response = client.get("/api/v1/observations/", {"dataset": SLUG, **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


def liberec_people(rows: list[dict]) -> dict:
    return next(
        row
        for row in rows
        if (row["territory"], row["category"], row["measure"])
        == ("CZ051", "1", "osoby")
    )


def test_two_imports_are_two_versions_with_file_hash_author_and_counts(two_imports):
    first, second = DatasetVersion.objects.order_by("number")

    assert (first.number, first.rows_new, first.rows_changed) == (1, 6, 0)
    assert (first.filename, first.author, first.user) == (
        "ethos_cp1250_semicolon.csv",
        "",
        None,
    )
    corrected = (DATA / "ethos_corrected.csv").read_bytes()
    assert second.sha256 == hashlib.sha256(corrected).hexdigest()
    assert (second.number, second.author, second.filename) == (
        2,
        "Jana Nováková",
        "ethos_corrected.csv",
    )
    assert (second.rows_new, second.rows_changed, second.rows_unchanged) == (0, 1, 5)
    assert second.rows_removed == 0
    kept = SupersededObservation.objects.get()
    assert (kept.value, kept.version, kept.superseded_in) == (120, 1, 2)


def test_dataset_page_shows_the_change_log_newest_first(client, two_imports):
    page = client.get(f"/data/{SLUG}/").content.decode()

    log = page[page.index('id="zmeny"') :]
    assert log.index("Verze 2") < log.index("Verze 1")
    assert "Oprava chyby v údajích za Liberecký kraj." in log
    assert "Nových řádků 0, změněných 1, beze změny 5, odebraných 0." in log
    assert "Soubor ethos_corrected.csv" in log
    digest = hashlib.sha256((DATA / "ethos_corrected.csv").read_bytes()).hexdigest()
    assert digest in log
    assert "importoval(a) Jana Nováková" in log
    assert f"/data/{SLUG}/data.csv?version=1" in log


def test_revised_value_is_marked_in_csv_and_api(client, two_imports):
    for rows in (csv_rows(client), api_rows(client)):
        revised = liberec_people(rows)
        others = [row for row in rows if row is not revised]
        assert str(revised["value"]) == "125"
        assert revised["revised"] in (True, "true")
        assert {str(row["revised"]) for row in others} <= {"False", "false"}
        assert len(others) == 5


def test_api_returns_the_dataset_as_it_stood_at_a_version(client, two_imports):
    at_first = api_rows(client, version=1)
    at_second = api_rows(client, version=2)

    assert len(at_first) == len(at_second) == 6
    assert liberec_people(at_first)["value"] == 120
    assert liberec_people(at_first)["revised"] is False
    assert liberec_people(at_second)["value"] == 125
    assert at_second == api_rows(client)
    # The same order as the current rows, so pages line up.
    key = ["territory", "period", "category", "measure"]
    assert [[r[k] for k in key] for r in at_first] == [
        [r[k] for k in key] for r in at_second
    ]


def test_pages_at_a_version_follow_key_cursors(client, two_imports):
    url = "/api/v1/observations/"
    page = client.get(url, {"dataset": SLUG, "version": 1, "page_size": 4}).json()
    rows = page["results"]
    while page["next"]:
        assert "version=1" in page["next"] and "after=" in page["next"]
        page = client.get(page["next"]).json()
        rows += page["results"]

    assert rows == api_rows(client, version=1)
    assert liberec_people(rows)["value"] == 120
    back = client.get(page["previous"]).json()
    assert back["results"] == rows[:4]


def test_csv_download_at_a_version(client, two_imports):
    assert liberec_people(csv_rows(client, version=1))["value"] == "120"


def test_new_rows_of_a_later_version_are_not_in_an_earlier_one(client, reference_data):
    import_ethos(DATA / "ethos_english_headers.csv", dataset_name="Sčítání 2022")
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání 2022")

    assert len(api_rows(client, version=1)) == 2
    at_second = api_rows(client, version=2)
    assert len(at_second) == 7  # CZ051 2022 ETHOS 1 osoby is in both files
    # Only its note changed, so its value is not marked revised.
    shared = liberec_people(at_second)
    assert (shared["value"], shared["note"], shared["revised"]) == (
        120,
        "sčítání v terénu",
        False,
    )
    response = client.get(
        "/api/v1/observations/", {"dataset": SLUG, "version": 1, "page_size": 1}
    )
    assert response.json()["count"] == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"dataset": SLUG, "version": 3}, "nemá verzi 3"),
        ({"version": 1}, "jen s jednou datovou sadou"),
        ({"dataset": SLUG, "version": "první"}, "musí být číslo verze"),
    ],
)
def test_bad_version_is_a_czech_400_naming_it(client, two_imports, params, message):
    response = client.get("/api/v1/observations/", params)

    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == "version"
    assert message in body["detail"]


def test_csv_with_an_unknown_version_is_a_400(client, two_imports):
    response = client.get(f"/data/{SLUG}/data.csv", {"version": 9})

    assert response.status_code == 400
    assert "nemá verzi 9" in response.content.decode()
