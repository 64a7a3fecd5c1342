"""Admin list filters: a value typed into the address never gives a server error."""

from pathlib import Path

import pytest

from monitoring.importers.ethos import import_ethos

DATA = Path(__file__).resolve().parent.parent / "data"
LIST = "/admin/monitoring/observation/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def observations(reference_data):
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání")


@pytest.mark.parametrize(
    "query",
    [
        {"rok": "abc"},
        {"rok": "99999"},
        {"rok": "99999999999999999999"},
        {"rok": "²"},
        {"rok": "-1"},
        {"kraj": "CZ051\x00"},
        {"kraj": "x" * 500},
        {"category": "abc"},
        {"dataset": "abc"},
        {"neznamy": "1"},
    ],
)
def test_a_bad_filter_value_leads_back_to_the_list_with_a_message(
    admin_client, observations, query
):
    response = admin_client.get(LIST, query, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain == [(LIST, 302)]
    assert "Filtr v adrese má neplatnou hodnotu" in response.content.decode()


def test_good_filter_values_still_filter(admin_client, observations):
    response = admin_client.get(LIST, {"kraj": "CZ051", "rok": "2019"})

    rows = list(response.context_data["view"].queryset)
    assert [(row.territory.code, row.category.code) for row in rows] == [("5105", "L6")]
