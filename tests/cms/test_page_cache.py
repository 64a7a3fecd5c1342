import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from monitoring.importers.ethos import import_ethos
from monitoring.reference import load_reference_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_anonymous_visitor_gets_the_cached_page_without_queries(
    client, home_page, django_assert_num_queries
):
    first = client.get("/o-portalu/")

    with django_assert_num_queries(0):
        second = client.get("/o-portalu/")
    assert second.content == first.content


def test_publishing_a_page_shows_at_once(client, home_page):
    client.get("/o-portalu/")
    about = home_page.get_children().get(slug="o-portalu").specific
    about.intro = "Nový úvod od redakce."
    about.save_revision().publish()

    assert "Nový úvod od redakce." in client.get("/o-portalu/").content.decode()


def test_an_import_shows_at_once(client, home_page, django_capture_on_commit_callbacks):
    load_reference_data()
    client.get("/")
    generation = cache.get("cms:page-cache:generation")

    with django_capture_on_commit_callbacks(execute=True):
        import_ethos(
            io.BytesIO(
                b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\nCZ;2024;1;osoby;9\n"
            ),
            dataset_name="Nova",
            filename="nova.csv",
        )

    assert cache.get("cms:page-cache:generation") != generation


def test_signed_in_editors_bypass_the_cache(admin_client, home_page):
    admin_client.get("/o-portalu/")

    assert "wagtail-userbar" in admin_client.get("/o-portalu/").content.decode()


def test_data_endpoints_are_never_cached(client, home_page):
    load_reference_data()
    client.get("/data/hranice/region.json")

    with CaptureQueriesContext(connection) as queries:
        client.get("/data/hranice/region.json")
    assert len(queries) > 0


def test_parameters_no_page_reads_share_the_page_entry(
    client, home_page, django_assert_num_queries
):
    first = client.get("/o-portalu/")

    with django_assert_num_queries(0):
        junk = client.get("/o-portalu/", {"utm_source": "x", "\x00": "y" * 500})
    assert junk.content == first.content


def test_only_parameters_pages_read_make_their_own_entry(client, home_page):
    for junk in ("a", "b", "c"):
        client.get("/hledat/", {"q": "fond", "krok": "4", "utm_source": junk})
        client.get("/hledat/", {"krok": "4", "q": "fond", junk: "1"})

    stored = [key for key in cache._cache if key.startswith(":1:cms:page:")]
    assert len(stored) == 1
