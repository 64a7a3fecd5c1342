"""With search outcomes not kept (SEARCH_CACHE_SECONDS=0), every search ranks
anew, but what each hit shows (search.results) and the promotions
(search.promotions) come from the cache and follow every change at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def outcomes_not_kept(settings):
    settings.SEARCH_CACHE_SECONDS = 0


def answer(client, query: str) -> dict:
    return client.get("/hledat/api/", {"q": query}).json()


def test_a_repeated_search_loads_no_page_and_no_promotion(client, corpus):
    first = answer(client, "bydlení")
    client.get("/hledat/napoveda/", {"q": "garan"})

    with CaptureQueriesContext(connection) as queries:
        again = answer(client, "bydlení")
        suggested = client.get("/hledat/napoveda/", {"q": "garan"}).json()
    tables = " ".join(query["sql"] for query in queries)

    assert again == first
    assert len(first["results"]) >= 2
    assert [item["title"] for item in suggested["suggestions"]] == [
        "Kraj Vysočina: garanční fond pro obce"
    ]
    for table in ("knowledge_", "cms_standardpage", "monitoring_region", "promotion"):
        assert table not in tables


def test_each_query_gets_its_own_excerpt_from_the_kept_text(client, corpus):
    about = StandardPage.objects.get(slug="o-bydleni")
    excerpts = {
        query: next(
            item["snippet"]
            for item in answer(client, query)["results"]
            if item["id"] == about.pk
        )
        for query in ("bydlení", "portál")
    }

    assert "<mark>bydlení</mark>" in excerpts["bydlení"]
    assert "<mark>Portál</mark>" in excerpts["portál"]


def test_a_new_title_and_address_show_at_once(client, corpus):
    answer(client, "bydlení")
    page = StandardPage.objects.get(slug="o-bydleni")
    page.title, page.slug = "O dostupném bydlení", "o-dostupnem-bydleni"
    page.save_revision().publish()

    item = next(
        item for item in answer(client, "bydlení")["results"] if item["id"] == page.pk
    )

    assert item["title"] == "O dostupném bydlení"
    assert item["url"] == "/o-dostupnem-bydleni/"


def test_a_promotion_applies_at_once(client, corpus):
    assert answer(client, "garanční fond")["promoted"] == []

    promotion = SearchPromotion.objects.create(
        query=Query.objects.create(query_string="garanční fond"),
        page=corpus["finland"],
        sort_order=0,
    )
    promoted = answer(client, "Garanční  fond")["promoted"]
    assert [item["id"] for item in promoted] == [corpus["finland"].pk]

    promotion.delete()
    assert answer(client, "garanční fond")["promoted"] == []
