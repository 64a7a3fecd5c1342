"""National editors pin pages to queries in the admin; regional editors do not."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import SearchPromotion

from cms.demo.knowledge_tree import _region_hubs
from cms.editorial import NATIONAL_GROUP, set_up_editorial_groups

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(tree, corpus, django_user_model):
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


def test_a_national_editor_pins_a_page_to_a_query(client, editors, corpus):
    client.force_login(editors["narodni"])

    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "fond záruk",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(corpus["fund"].pk),
            "editors_picks-0-description": "Jak kraj ručí pronajímatelům.",
            "editors_picks-0-ORDER": "1",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    promotion = SearchPromotion.objects.get()
    assert promotion.page_id == corpus["fund"].pk
    data = client.get("/hledat/api/", {"q": "Fond zaruk"}).json()
    assert data["promoted"][0]["url"] == "/znalostni-baze/garancni-fond-pro-obce/"


def test_a_regional_editor_cannot_manage_promotions(client, editors):
    client.force_login(editors["liberec"])

    response = client.get("/admin/searchpicks/")

    assert response.status_code in (302, 403)
