"""National editors keep the synonym groups in the admin; regional editors do
not; a saved group applies to the next search."""

import pytest
from django.contrib.auth.models import Group

from cms.demo.knowledge_tree import _region_hubs
from cms.editorial import NATIONAL_GROUP, set_up_editorial_groups
from search.models import SynonymGroup
from search.query import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(tree, django_user_model):
    set_up_editorial_groups(tree["home"], _region_hubs(tree["home"]))
    users = {}
    for username, group in (
        ("narodni", NATIONAL_GROUP),
        ("liberec", "Redakce – Liberecký kraj"),
    ):
        user = django_user_model.objects.create_user(username, password="heslo")
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


def test_the_migration_seeds_todays_groups_and_lay_terms():
    groups = [group.phrase_list() for group in SynonymGroup.objects.all()]

    assert ["azylák", "azylový dům", "azylové domy", "azylové bydlení"] in groups
    assert any("koncepce" in group and "strategie" in group for group in groups)
    assert parse("bezďáci").groups[0][0] == "bezdomovectvi"


def test_a_national_editor_adds_a_group_that_applies_at_once(client, editors):
    client.force_login(editors["narodni"])
    assert parse("činžák").groups == []

    response = client.post(
        "/admin/snippets/search/synonymgroup/add/",
        {"phrases": "činžák\nnájemní dům"},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert parse("činžáky").groups == [("cinzak", "najemni dum")]


def test_a_group_needs_two_searchable_phrases(client, editors):
    client.force_login(editors["narodni"])

    response = client.post(
        "/admin/snippets/search/synonymgroup/add/", {"phrases": "činžák\na"}
    )

    assert response.status_code == 200
    assert "Zadejte alespoň dva výrazy" in response.content.decode()
    assert not SynonymGroup.objects.filter(phrases__startswith="činžák").exists()


def test_a_regional_editor_cannot_edit_synonyms(client, editors):
    client.force_login(editors["liberec"])

    response = client.get("/admin/snippets/search/synonymgroup/")

    assert response.status_code in (302, 403)
