"""A query that only names a place finds that place's pages: an ORP town that no
page mentions stands for its region, and numbers match with or without the
thousands space."""

import pytest
from wagtail.contrib.search_promotions.models import SearchPromotion

from cms.models import RegionPage
from monitoring.reference.territories import REGIONS
from search.places import _orp_towns
from tests.factories import good_practice

pytestmark = pytest.mark.django_db


def top_urls(client, text: str, count: int = 3) -> list[str]:
    results = client.get("/hledat/api/", {"q": text}).json()["results"]
    return [result["url"] for result in results[:count]]


def test_every_orp_town_finds_its_regions_hub_in_the_top_three(client, load_demo):
    load_demo()
    SearchPromotion.objects.all().delete()
    hubs = {REGIONS[hub.region.code]: hub.url for hub in RegionPage.objects.live()}
    towns = _orp_towns()

    misses = [
        (town, top_urls(client, town))
        for town, region in towns
        if hubs[region] not in top_urls(client, town)
    ]

    assert len(towns) == 206
    assert not misses, "\n".join(map(str, misses))


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Znojmo", "Jihomoravský kraj"),
        ("ve Znojmě", "Jihomoravský kraj"),
        ("Karvinsko", "Moravskoslezský kraj"),
        ("na Děčínsku", "Ústecký kraj"),
    ],
)
def test_town_and_area_names_are_not_typo_corrected(client, load_demo, text, region):
    load_demo()
    SearchPromotion.objects.all().delete()
    hub = RegionPage.objects.get(region__name=region)

    response = client.get("/hledat/", {"q": text})

    assert hub.url in top_urls(client, text)
    assert "Zobrazují se výsledky pro" not in response.content.decode()


@pytest.mark.parametrize("query", ["3429", "3429 domácností"])
def test_a_number_typed_without_the_thousands_space_finds_the_page(client, tree, query):
    good_practice(
        tree["index"],
        title="Sčítání lidí bez domova",
        slug="scitani-bez-domova",
        summary="Sčítání našlo 3 429 domácností v bytové nouzi.",
    )
    good_practice(
        tree["index"],
        title="Jiné sčítání",
        slug="jine-scitani",
        summary="Sčítání našlo 429 domácností.",
    )

    titles = [
        result["title"]
        for result in client.get("/hledat/api/", {"q": query}).json()["results"]
    ]

    assert titles[0] == "Sčítání lidí bez domova"
    if query == "3429":
        assert titles == ["Sčítání lidí bez domova"]
