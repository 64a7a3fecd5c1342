"""Both labelled sets of Czech queries of bench/search_quality.py, held to the
target so a change that hurts ranking fails here; the benchmark prints the
figures. The second set was written from the pages' text, not from search output."""

import pytest
from wagtail.contrib.search_promotions.models import SearchPromotion

from bench.search_evaluation import LABELLED_QUERIES, evaluate
from bench.search_unseen_queries import CLASSES, UNSEEN_QUERIES
from tests.search.conftest import has_czech_dictionary

pytestmark = pytest.mark.django_db

UNSEEN = [(query, expected) for query, _, expected in UNSEEN_QUERIES]
SETS = {"first": LABELLED_QUERIES, "unseen": UNSEEN}


def target_hit_at_3() -> float:
    """Issue 10: 0.9 where word forms match, 0.8 on PostgreSQL without the
    Czech dictionary."""
    return 0.9 if has_czech_dictionary() else 0.8


def test_the_labelled_sets_are_large_enough_and_point_at_real_pages(
    shared_demo, client
):
    assert len(LABELLED_QUERIES) >= 40
    assert len(UNSEEN_QUERIES) >= 60
    for queries in SETS.values():
        for _, expected in queries:
            for url in expected:
                assert client.get(url).status_code == 200, url


def test_the_unseen_set_is_new_and_covers_every_class():
    first = {query.casefold() for query, _ in LABELLED_QUERIES}
    unseen = [query.casefold() for query, _, _ in UNSEEN_QUERIES]

    assert not first & set(unseen)
    assert len(unseen) == len(set(unseen))
    assert {kind for _, kind, _ in UNSEEN_QUERIES} == set(CLASSES)


@pytest.mark.parametrize("name", SETS)
def test_hit_at_3_meets_the_target(shared_demo, client, name):
    SearchPromotion.objects.all().delete()

    quality = evaluate(client, SETS[name])

    assert quality.hit_at_3 >= target_hit_at_3(), quality.misses
    if name == "first":
        assert quality.mean_reciprocal_rank >= 0.85, quality.misses
