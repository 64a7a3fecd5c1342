"""Topics and countries in the admin: Czech cases in buttons and messages."""

import pytest

from knowledge.models import Country

pytestmark = pytest.mark.django_db

COUNTRIES = "/admin/snippets/knowledge/country/"


def test_lists_offer_to_add_in_the_accusative(admin_client):
    topics = admin_client.get("/admin/snippets/knowledge/topic/").content.decode()
    countries = admin_client.get(COUNTRIES).content.decode()

    assert "Přidat téma" in topics
    assert "Přidat zemi" in countries
    assert "Přidat Země" not in countries


def test_adding_a_country_confirms_in_czech(admin_client):
    response = admin_client.post(
        f"{COUNTRIES}add/", {"name": "Rakousko", "iso_code": "AT"}, follow=True
    )

    assert Country.objects.filter(iso_code="AT").exists()
    assert "Země „Rakousko“ byla přidána." in response.content.decode()


def test_delete_asks_in_the_accusative(admin_client):
    country = Country.objects.create(name="Rakousko", iso_code="AT")

    html = admin_client.get(f"{COUNTRIES}delete/{country.pk}/").content.decode()

    assert "Opravdu chcete smazat zemi „Rakousko“?" in html
