"""A query that only names a place finds that place's pages: an ORP town that no
page mentions stands for its region. Read-only over the demo, loaded once for
the module (``shared_demo``)."""

import pytest
from wagtail.contrib.search_promotions.models import SearchPromotion

from cms.models import RegionPage
from monitoring.reference.territories import REGIONS
from search.places import _orp_towns

pytestmark = pytest.mark.django_db


def top_urls(client, text: str, count: int = 3) -> list[str]:
    results = client.get("/hledat/api/", {"q": text}).json()["results"]
    return [result["url"] for result in results[:count]]


def test_every_orp_town_finds_its_regions_hub_in_the_top_three(shared_demo, client):
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
def test_town_and_area_names_are_not_typo_corrected(shared_demo, client, text, region):
    SearchPromotion.objects.all().delete()
    hub = RegionPage.objects.get(region__name=region)

    response = client.get("/hledat/", {"q": text})

    assert hub.url in top_urls(client, text)
    assert "Zobrazují se výsledky pro" not in response.content.decode()
