"""Territory and ETHOS category pickers in the admin: Czech labels and search."""

import re

import pytest
from django.contrib.auth.models import Permission

from monitoring.models import EthosCategory

pytestmark = pytest.mark.django_db

TERRITORIES = "/admin/uzemi-vyber/"
CATEGORIES = "/admin/kategorie-ethos-vyber/"


def results(client, url, query):
    """The chooser's results as JSON-wrapped HTML, as its modal fetches them."""
    return client.get(f"{url}results/", {"q": query}).content.decode()


def test_categories_are_labelled_in_czech_only(reference_data):
    labels = {c.code: str(c) for c in EthosCategory.objects.all()}

    assert labels["roofless"] == "Bez střechy"
    assert labels["1"] == "ETHOS 1 – Osoby přežívající venku"
    assert labels["1.1"] == "ETHOS 1.1 – Veřejný nebo venkovní prostor"
    assert labels["L1"] == "ETHOS Light 1 – Osoby přežívající venku"
    english = [label for label in labels.values() if "roofless" in label.lower()]
    assert english == []


def test_category_chooser_finds_by_czech_name_and_code(admin_client, reference_data):
    by_name = results(admin_client, CATEGORIES, "noclehárn")
    by_code = results(admin_client, CATEGORIES, "3")

    assert "ETHOS 2 – Osoby v noclehárnách" in by_name
    assert "Osoby přežívající venku" not in by_name
    assert "ETHOS 3 – Osoby v ubytovnách pro lidi bez domova" in by_code


def test_territory_chooser_finds_by_name_and_code(admin_client, reference_data):
    by_name = results(admin_client, TERRITORIES, "Liberec")
    by_code = results(admin_client, TERRITORIES, "CZ051")

    assert "Liberecký kraj" in by_name
    assert "Jablonec" not in by_name
    assert "Liberecký kraj" in by_code


def test_regional_editor_chooses_only_territories_of_their_region(
    client, liberec_editor
):
    group = liberec_editor.groups.get()
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_observation"),
    )
    client.force_login(liberec_editor)

    own = results(client, TERRITORIES, "Jablonec")
    other = results(client, TERRITORIES, "Jihomoravský")

    assert re.search(r">\s*Jablonec nad Nisou\s*</a>", own)
    assert not re.search(r">\s*Jihomoravský kraj\s*</a>", other)
    assert "Hledání „<em>Jihomoravský</em>“ nic nenašlo." in other


def test_observation_form_uses_the_choosers(admin_client, reference_data):
    html = admin_client.get("/admin/monitoring/observation/create/").content.decode()

    assert "Vybrat území" in html
    assert "Vybrat kategorii ETHOS" in html


def test_result_counts_use_czech_plural_forms(admin_client, reference_data):
    two = results(admin_client, CATEGORIES, "venku")
    one = results(admin_client, CATEGORIES, "imigranty")

    assert "Nalezeny 2 položky" in two
    assert "Nalezena 1 položka" in one
