"""Search outcomes come from the cache (search.outcome_cache) and follow every
change at once: publishing, unpublishing, synonym groups, promotions; filters,
result pages and languages never share an entry."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.models import StandardPage
from search import outcome_cache
from search.filters import SearchFilters
from search.models import SynonymGroup
from search.service import RESULTS_PER_PAGE
from search.synonyms import CACHE_KEY, load_groups
from tests.factories import good_practice, publish

pytestmark = pytest.mark.django_db


def titles(client, query: str, **params) -> list[str]:
    data = client.get("/hledat/api/", {"q": query, **params}).json()
    return [item["title"] for item in data["results"]]


@pytest.fixture
def stored_keys(monkeypatch):
    """The keys of search entries written to the cache from now on."""
    keys = []
    original = cache.set

    def recording_set(key, *args, **kwargs):
        if key.startswith(("search:matches:", "search:suggest:")):
            keys.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    return keys


def test_a_repeated_search_reads_only_the_versions(
    client, corpus, django_assert_num_queries
):
    first = client.get("/hledat/", {"q": "bydlení"}).content
    with django_assert_num_queries(1):
        again = client.get("/hledat/", {"q": "bydlení"}).content
    with django_assert_num_queries(1):
        client.get("/hledat/api/", {"q": "bydlení"})
    client.get("/hledat/napoveda/", {"q": "garan"})
    with django_assert_num_queries(1):
        client.get("/hledat/napoveda/", {"q": "GARAN"})

    assert first == again
    assert "O bydlení v krajích" in again.decode()


def test_a_published_page_appears_and_an_unpublished_one_disappears_at_once(
    client, corpus, tree
):
    before = titles(client, "garanční fond")
    assert "Kraj Vysočina: garanční fond pro obce" in before

    added = good_practice(
        tree["index"],
        title="Další garanční fond",
        slug="dalsi-garancni-fond",
    )
    assert "Další garanční fond" not in before
    assert "Další garanční fond" in titles(client, "garanční fond")

    added.unpublish()
    assert titles(client, "garanční fond") == before


def test_a_new_title_shows_at_once(client, corpus):
    assert "O bydlení v krajích" in titles(client, "bydlení")

    page = StandardPage.objects.get(slug="o-bydleni")
    page.title = "O dostupném bydlení"
    page.save_revision().publish()

    assert "O dostupném bydlení" in titles(client, "bydlení")
    assert "O bydlení v krajích" not in titles(client, "bydlení")


def test_a_synonym_group_edit_applies_at_once(client, corpus, tree):
    publish(
        tree["home"],
        StandardPage(title="Nájemní dům obce", slug="najemni-dum", intro="Obec."),
    )
    assert titles(client, "činžák") == []

    group = SynonymGroup.objects.create(phrases="činžák\nnájemní dům")
    assert titles(client, "činžák") == ["Nájemní dům obce"]

    group.delete()
    assert titles(client, "činžák") == []


def test_a_promotion_applies_at_once(client, corpus):
    html = client.get("/hledat/", {"q": "garanční fond"}).content.decode()
    assert "Doporučuje redakce" not in html

    promotion = SearchPromotion.objects.create(
        query=Query.objects.create(query_string="garanční fond"),
        page=corpus["finland"],
        sort_order=0,
    )
    html = client.get("/hledat/", {"q": "garanční fond"}).content.decode()
    assert "Doporučuje redakce" in html

    promotion.delete()
    html = client.get("/hledat/", {"q": "garanční fond"}).content.decode()
    assert "Doporučuje redakce" not in html


def test_filters_and_typo_correction_have_their_own_entries(client, corpus):
    everything = titles(client, "bydlení")
    in_liberec = titles(client, "bydlení", kraj="liberecky-kraj")
    pages_only = titles(client, "bydlení", typ="stranka")

    assert in_liberec == ["Koncepce sociálního bydlení Libereckého kraje"]
    assert "O bydlení v krajích" in pages_only
    assert in_liberec[0] not in pages_only
    assert set(everything) >= set(in_liberec + pages_only)
    assert titles(client, "bydlení") == everything

    corrected = client.get("/hledat/api/", {"q": "garancni fnd"}).json()
    as_typed = client.get("/hledat/api/", {"q": "garancni fnd", "oprava": "ne"}).json()
    assert corrected["corrected_from"] == "garancni fnd"
    assert as_typed["corrected_from"] is None


def test_result_pages_have_their_own_entries_and_past_the_end_is_the_last(
    client, tree, stored_keys
):
    for number in range(RESULTS_PER_PAGE + 2):
        good_practice(
            tree["index"], title=f"Pokusný záznam {number}", slug=f"zaznam-{number}"
        )

    first = titles(client, "pokusný")
    second = titles(client, "pokusný", strana=2)
    stored = len(stored_keys)
    past_the_end = titles(client, "pokusný", strana=999)

    assert len(first) == RESULTS_PER_PAGE and len(second) == 2
    assert not set(first) & set(second)
    assert past_the_end == second
    assert len(stored_keys) == stored  # the last page's entry, nothing new


def test_made_up_parameters_add_no_entries(client, corpus, stored_keys):
    client.get("/hledat/", {"q": "bydlení"})
    stored = len(stored_keys)

    for number in range(3):
        made_up = {"kraj": f"neexistuje-{number}", "zeme": "QQ", "foo": number}
        client.get("/hledat/", {"q": "bydlení", **made_up})
        client.get("/hledat/api/", {"q": "bydlení", **made_up})
    client.get("/hledat/", {"q": "bydlení", "strana": "abc", "krok": "99", "typ": "x"})
    client.get("/hledat/", {"q": "bydlení", "strana": "9" * 40})

    assert len(stored_keys) == stored


def test_keys_stay_short_for_a_very_long_query(client, corpus, stored_keys):
    response = client.get("/hledat/", {"q": "bydlení " * 5000})

    assert response.status_code == 200
    assert stored_keys and max(map(len, stored_keys)) < 100


def test_each_language_has_its_own_entry(corpus):
    request = RequestFactory().get("/hledat/", {"q": "garanční fond"})
    filters = SearchFilters(text="garanční fond")
    labels = {}
    for language in ("cs", "en", "cs"):
        with translation.override(language):
            outcome = outcome_cache.search(filters.text, filters, 1, request)
            labels[language] = outcome.facets[0].label

    assert labels == {"cs": "Typ stránky", "en": "Page type"}


def test_without_cache_seconds_every_search_searches(
    client, corpus, settings, stored_keys
):
    settings.SEARCH_CACHE_SECONDS = 0
    client.get("/hledat/", {"q": "bydlení"})
    with CaptureQueriesContext(connection) as again:
        client.get("/hledat/", {"q": "bydlení"})
    assert len(again) > 1
    client.get("/hledat/napoveda/", {"q": "garan"})

    assert stored_keys == []


def test_synonym_groups_read_before_the_commit_are_forgotten_at_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        SynonymGroup.objects.create(phrases="činžák\nnájemní dům")
        load_groups()  # a search between the save and the commit: the old groups
        assert cache.get(CACHE_KEY) is not None

    assert cache.get(CACHE_KEY) is None
