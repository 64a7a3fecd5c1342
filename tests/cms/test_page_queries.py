"""SQL queries of an anonymous visit to every public page type of the demo: a small
fixed number, with an empty cache and with a warm one, that more content does not
change (issue 14). A change to a page's queries updates its figures here."""

import datetime

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import RegionPage
from knowledge.models import KnowledgeIndexPage, Topic
from monitoring.models import Dataset, Region
from tests.factories import good_practice, strategy

pytestmark = pytest.mark.django_db

# page type: (queries with an empty cache, queries when the cache is warm)
EXPECTED = {
    "home": (36, 1),
    "regions": (22, 1),
    "region": (38, 1),
    "strategy": (16, 1),
    "practice": (16, 1),
    "event": (15, 1),  # and the regions whose participation awaits confirmation
    "coordinator": (15, 1),
    "knowledge": (15, 1),
    "knowledge-region": (15, 1),
    "search": (23, 1),
    "catalogue": (11, 1),
    "dataset": (20, 1),  # and the stored files, so only those that serve are listed
    "standard": (8, 1),
    "analysis": (19, 1),
}


def first_url(label: str) -> str:
    page = apps.get_model(label).objects.live().order_by("path").first()
    return page.get_url()


def page_addresses() -> dict[str, str]:
    """The first live page of each type, as bench/pages.py measures them."""
    hub = RegionPage.objects.live().order_by("path").select_related("region").first()
    knowledge = first_url("knowledge.KnowledgeIndexPage")
    return {
        "home": first_url("cms.HomePage"),
        "regions": first_url("cms.RegionIndexPage"),
        "region": hub.get_url(),
        "strategy": first_url("knowledge.StrategyPage"),
        "practice": first_url("knowledge.GoodPracticePage"),
        "event": first_url("knowledge.ExchangeEventPage"),
        "coordinator": first_url("knowledge.CoordinatorRolePage"),
        "knowledge": knowledge,
        "knowledge-region": f"{knowledge}?kraj={hub.region.slug}",
        "search": "/hledat/?q=bydleni",
        "catalogue": "/data/",
        "dataset": f"/data/{Dataset.objects.order_by('pk').first().slug}/",
        "standard": first_url("cms.StandardPage"),
        "analysis": first_url("knowledge.AnalysisPage"),
    }


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def query_counts(client) -> dict[str, tuple[int, int]]:
    if connection.vendor == "postgresql":
        from search.postgres_config import has_dictionary

        has_dictionary(connection)  # read once per process, whatever the cache
    counts = {}
    for name, path in page_addresses().items():
        cache.clear()
        cold = queries(client, path)
        counts[name] = (cold, queries(client, path))
    return counts


def add_content() -> None:
    """Twenty more good practices in the knowledge base, across regions and
    topics, and five strategies in the first region's hub."""
    index = KnowledgeIndexPage.objects.get()
    regions = list(Region.objects.order_by("code"))
    topics = list(Topic.objects.all())
    for number in range(20):
        practice = good_practice(
            index,
            title=f"Další dobrá praxe {number}",
            slug=f"dalsi-dobra-praxe-{number}",
            region=regions[number % len(regions)],
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        )
        if topics:
            practice.topics.set([topics[number % len(topics)]])
            practice.save_revision().publish()
    hub = RegionPage.objects.live().order_by("path").first()
    for number in range(5):
        strategy(
            hub,
            hub.region,
            title=f"Další koncepce {number}",
            slug=f"dalsi-koncepce-{number}",
        )


def test_every_page_type_makes_a_fixed_number_of_queries(shared_demo, client):
    assert query_counts(client) == EXPECTED


def test_more_content_makes_no_more_queries(shared_demo, client):
    add_content()
    assert query_counts(client) == EXPECTED


def test_routing_reads_the_path_in_one_query_whatever_its_depth(shared_demo, client):
    path = page_addresses()["strategy"]
    assert path.count("/") == 4  # /kraje/<region>/<strategy>/
    with CaptureQueriesContext(connection) as captured:
        client.get(path)  # with an empty cache
    sql = [query["sql"] for query in captured]
    assert sum('"url_path" IN' in text for text in sql) == 1
    assert not any('"slug" = ' in text for text in sql)  # no child-by-child walk
