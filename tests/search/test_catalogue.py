"""The search catalogue (search/catalogue.py): what facets and ranking know of
every page a search may list, loaded once per content generation and data
version, and again after the cache is cleared."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge.models import Topic
from search.catalogue import catalogue
from tests.factories import good_practice

pytestmark = pytest.mark.django_db


def facet_options(client, query: str, facet: str) -> dict[str, int]:
    response = client.get("/hledat/api/", {"q": query})
    assert response.status_code == 200
    options = response.json()["facets"].get(facet, [])
    return {option["label"]: option["count"] for option in options}


def test_facets_count_a_page_published_after_the_catalogue_was_loaded(
    client, corpus, tree
):
    assert facet_options(client, "garanční fond", "tema") == {"Garanční fond": 1}
    good_practice(
        tree["index"],
        title="Další garanční fond",
        slug="dalsi-garancni-fond",
        topics=[Topic.objects.get(slug="garancni-fond")],
    )
    assert facet_options(client, "garanční fond", "tema") == {"Garanční fond": 2}


def test_a_page_restricted_to_logged_in_users_is_not_catalogued(corpus):
    fund = corpus["fund"]
    assert fund.pk in catalogue()
    PageViewRestriction.objects.create(page=fund, restriction_type="login")
    assert fund.pk not in catalogue()


def test_loaded_once_per_versions_and_again_after_the_cache_is_cleared(corpus):
    first = catalogue()
    assert first[corpus["finland"].pk].country == ("FI", "Finsko")
    with CaptureQueriesContext(connection) as queries:
        assert catalogue() is first
    assert len(queries) == 1  # the versions
    cache.clear()
    assert catalogue() is not first
