"""The labelled Czech queries of bench/search_quality.py, held to the target so a
change that hurts ranking fails here; the benchmark prints the figures."""

import pytest
from wagtail.contrib.search_promotions.models import SearchPromotion

from bench.search_evaluation import LABELLED_QUERIES, evaluate

pytestmark = pytest.mark.django_db


def test_the_labelled_set_is_large_enough_and_points_at_real_pages(client, load_demo):
    load_demo()

    assert len(LABELLED_QUERIES) >= 40
    for _, expected in LABELLED_QUERIES:
        for url in expected:
            assert client.get(url).status_code == 200, url


@pytest.mark.usefixtures("word_forms")
def test_hit_at_3_meets_the_target(client, load_demo):
    load_demo()
    SearchPromotion.objects.all().delete()

    quality = evaluate(client)

    assert quality.hit_at_3 >= 0.9, quality.misses
    assert quality.mean_reciprocal_rank >= 0.85, quality.misses
