import datetime
import os

import pytest
from django.core.cache import cache
from django.db import connection

from cms.models import StandardPage
from knowledge.models import Country, Topic
from monitoring.models import LadderStep
from search.synonyms import CACHE_KEY
from tests.factories import good_practice, publish, strategy


def has_czech_dictionary() -> bool:
    """Whether PostgreSQL matches word forms (bin/install-czech-dictionary ran)."""
    if connection.vendor != "postgresql":
        return True
    from search.postgres_config import has_dictionary

    return has_dictionary(connection)


@pytest.fixture
def word_forms(db):
    """Skips a test of inflection where PostgreSQL lacks the Czech dictionary."""
    if not has_czech_dictionary():
        message = (
            "PostgreSQL has no Czech dictionary (or CZECH_SEARCH_DICTIONARY=off): "
            "run bin/install-czech-dictionary as root, then manage.py "
            "install_czech_search"
        )
        if os.environ.get("REQUIRE_CZECH_DICTIONARY"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(autouse=True)
def fresh_synonym_cache():
    """Synonym groups are cached across requests; a test's rows are its own."""
    cache.delete(CACHE_KEY)
    yield
    cache.delete(CACHE_KEY)


@pytest.fixture
def corpus(tree, liberec_region):
    """A handful of pages across types, regions, topics and a country."""
    fund_topic = Topic.objects.create(name="Garanční fond", slug="garancni-fond")
    finland = Country.objects.create(name="Finsko", iso_code="FI")
    step4 = LadderStep.objects.get(number=4)
    pages = {
        "fund": good_practice(
            tree["index"],
            title="Kraj Vysočina: garanční fond pro obce",
            slug="garancni-fond-pro-obce",
            summary="Kraj ručí soukromým pronajímatelům za nájemné a škody.",
            region=liberec_region,
            topics=[fund_topic],
            ladder_steps=[step4],
        ),
        "strategy": strategy(
            tree["liberec"],
            liberec_region,
            title="Koncepce sociálního bydlení Libereckého kraje",
            slug="koncepce",
            summary="Jak snížit počet domácností v bytové nouzi; zmiňuje i fondy.",
            date=datetime.date(2022, 6, 1),
        ),
        "finland": good_practice(
            tree["index"],
            title="Finsko: Housing First jako národní politika",
            slug="finsko-housing-first",
            summary="Bezdomovectví v Finsku klesá, protože lidé dostávají byty.",
            country=finland,
        ),
        "about": publish(
            tree["home"],
            StandardPage(
                title="O bydlení v krajích",
                slug="o-bydleni",
                intro="Portál krajů o dostupném bydlení.",
            ),
        ),
    }
    return pages
