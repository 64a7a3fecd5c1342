"""The monitoring admin names its models in the Czech case each text needs."""

import pytest

from monitoring.admin_names import CzechName, Gender
from monitoring.models import Dataset

pytestmark = pytest.mark.django_db

DATASETS = "/admin/monitoring/dataset/"


def test_messages_agree_with_the_gender_of_the_noun():
    kraj = CzechName("kraj", "kraj", "kraje", Gender.MASCULINE)
    sada = CzechName("datová sada", "datovou sadu", "datové sady", Gender.FEMININE)
    tema = CzechName("téma", "téma", "tématu", Gender.NEUTER)

    assert kraj.created("Liberecký kraj") == "Kraj „Liberecký kraj“ byl přidán."
    assert sada.updated("ETHOS 2022") == "Datová sada „ETHOS 2022“ byla uložena."
    assert tema.deleted("Bydlení") == "Téma „Bydlení“ bylo smazáno."
    assert sada.add_label() == "Přidat datovou sadu"
    assert sada.edit_title() == "Úprava datové sady"
    assert sada.not_saved() == "Datovou sadu se kvůli chybám nepodařilo uložit."


def test_list_offers_to_add_in_the_accusative(admin_client, reference_data):
    html = admin_client.get(DATASETS).content.decode()

    assert "Přidat datovou sadu" in html
    assert "Přidat Datová sada" not in html


def test_create_edit_and_delete_pages_use_czech_cases(admin_client, reference_data):
    dataset = Dataset.objects.create(name="Sčítání 2022", slug="scitani-2022")

    create = admin_client.get(f"{DATASETS}create/").content.decode()
    edit = admin_client.get(f"{DATASETS}edit/{dataset.pk}/").content.decode()
    delete = admin_client.get(f"{DATASETS}delete/{dataset.pk}/").content.decode()

    assert "<title>Přidat datovou sadu" in create
    assert "Nový Datová sada" not in create
    assert "<title>Úprava datové sady" in edit
    assert "<title>Smazání datové sady" in delete
    assert "Opravdu chcete smazat datovou sadu „Sčítání 2022“?" in delete


def test_delete_says_what_was_deleted_in_czech(admin_client, reference_data):
    dataset = Dataset.objects.create(name="Sčítání 2022", slug="scitani-2022")

    response = admin_client.post(f"{DATASETS}delete/{dataset.pk}/", follow=True)

    assert not Dataset.objects.filter(pk=dataset.pk).exists()
    assert "Datová sada „Sčítání 2022“ byla smazána." in response.content.decode()


def test_list_counts_and_filters_read_in_czech(admin_client, reference_data):
    Dataset.objects.create(name="Sčítání 2022", slug="scitani-2022")

    html = admin_client.get(DATASETS).content.decode()

    assert "1 z 1" in html
    assert "out of" not in html
    assert " By " not in html
