import dataclasses
import gzip
import io
import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms import page_cache
from cms.caching import MIRROR_KEY, refresh_mirror
from monitoring.importers.ethos import import_ethos
from monitoring.models import Region
from monitoring.reference import load_reference_data
from monitoring.services import record_evidence

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    page_cache.LOCAL_PAGES.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Changes as they happen outside a test: the versions' copy follows the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _about(home_page):
    return home_page.get_children().get(slug="o-portalu").specific


def _queries(client, path, **headers) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(path, **headers)
    return len(queries)


def test_anonymous_visitor_gets_the_cached_page_without_queries(
    client, home_page, django_assert_num_queries
):
    first = client.get("/o-portalu/")

    with django_assert_num_queries(0):
        second = client.get("/o-portalu/")
    assert second.content == first.content


def test_publishing_a_page_shows_at_once(client, home_page, committed):
    client.get("/o-portalu/")
    about = _about(home_page)
    about.intro = "Nový úvod od redakce."
    with committed():
        about.save_revision().publish()

    assert "Nový úvod od redakce." in client.get("/o-portalu/").content.decode()


def test_saving_a_draft_keeps_the_published_page(client, home_page, committed):
    client.get("/o-portalu/")
    about = _about(home_page)
    about.intro = "Rozepsaný úvod."
    with committed():
        about.save_revision()

    assert _queries(client, "/o-portalu/") == 0
    assert "Rozepsaný úvod." not in client.get("/o-portalu/").content.decode()


def test_unpublishing_a_page_takes_it_off_at_once(client, home_page, committed):
    client.get("/o-portalu/")
    with committed():
        _about(home_page).unpublish()

    assert client.get("/o-portalu/").status_code == 404


def test_moving_a_page_moves_it_at_once(client, home_page, committed):
    about = _about(home_page)
    statement = home_page.get_children().exclude(pk=about.pk).first()
    client.get("/o-portalu/")
    with committed():
        about.move(statement, pos="last-child")

    old_address = client.get("/o-portalu/")
    assert old_address.status_code == 301
    assert client.get(old_address["Location"]).status_code == 200


def test_deleting_a_page_takes_it_off_at_once(client, home_page, committed):
    client.get("/o-portalu/")
    with committed():
        _about(home_page).delete()

    assert client.get("/o-portalu/").status_code == 404


def test_a_privacy_restriction_applies_at_once(client, home_page, committed):
    client.get("/o-portalu/")
    with committed():
        PageViewRestriction.objects.create(
            page=_about(home_page),
            restriction_type=PageViewRestriction.PASSWORD,
            password="tajne",
        )

    assert 'name="password"' in client.get("/o-portalu/").content.decode()


def test_an_import_shows_at_once(client, home_page, committed):
    load_reference_data()
    client.get("/")
    with committed():
        import_ethos(
            io.BytesIO(
                b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\nCZ;2024;1;osoby;9\n"
            ),
            dataset_name="Nova",
            filename="nova.csv",
        )

    assert _queries(client, "/") > 0
    assert _queries(client, "/") == 0


def test_an_evidence_change_shows_at_once(client, home_page, committed):
    load_reference_data()
    client.get("/")
    with committed():
        record_evidence(
            region=Region.objects.get(code="CZ051"), indicator_code="2a", key="t:1"
        )

    assert _queries(client, "/") > 0


def test_a_lost_copy_of_the_versions_heals_after_one_miss(client, home_page):
    client.get("/o-portalu/")
    cache.set(MIRROR_KEY, "stale", None)

    assert _queries(client, "/o-portalu/") > 0
    assert _queries(client, "/o-portalu/") == 0


def test_signed_in_editors_bypass_the_cache(client, admin_client, home_page):
    admin_client.get("/o-portalu/")
    assert "wagtail-userbar" in admin_client.get("/o-portalu/").content.decode()

    assert "wagtail-userbar" not in client.get("/o-portalu/").content.decode()


def test_a_preview_never_reaches_visitors(client, home_page):
    about = _about(home_page)
    client.get("/o-portalu/")
    about.intro = "Náhled, jen pro redakci."

    preview = about.make_preview_request()
    assert "Náhled, jen pro redakci." in preview.content.decode()
    assert "Náhled, jen pro redakci." not in client.get("/o-portalu/").content.decode()
    cache.clear()
    about.make_preview_request()
    assert "Náhled, jen pro redakci." not in client.get("/o-portalu/").content.decode()


def test_a_gzip_client_gets_the_page_compressed_from_the_cache(client, home_page):
    plain = client.get("/o-portalu/").content
    client.get("/o-portalu/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    with CaptureQueriesContext(connection) as queries:
        packed = client.get("/o-portalu/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert len(queries) == 0
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain
    assert "Accept-Encoding" in packed["Vary"]


def test_the_data_catalogue_is_cached_and_cross_origin_reads_bypass_it(
    client, home_page
):
    load_reference_data()
    client.get("/data/", {"tema": "soci"})
    assert _queries(client, "/data/?tema=soci") == 0

    cross_origin = client.get("/data/", HTTP_ORIGIN="https://example.org")
    assert "origin" in cross_origin["Vary"].lower()
    assert _queries(client, "/data/", HTTP_ORIGIN="https://example.org") > 0


def test_a_client_without_gzip_never_gets_a_compressed_page(client, home_page):
    client.get("/o-portalu/", HTTP_ACCEPT_ENCODING="gzip")

    plain = client.get("/o-portalu/")
    assert not plain.has_header("Content-Encoding")
    assert plain.content.startswith(b"<!DOCTYPE html>")
    assert "Accept-Encoding" in plain["Vary"]


def test_responses_with_cookies_or_other_variants_are_never_stored():
    page = HttpResponse("<p>stránka</p>", content_type="text/html; charset=utf-8")
    assert page_cache._storable(page)

    with_cookie = HttpResponse("<p>x</p>", content_type="text/html")
    with_cookie.set_cookie("csrftoken", "abc")
    by_agent = HttpResponse("<p>x</p>", content_type="text/html")
    by_agent["Vary"] = "Cookie, User-Agent"
    private = HttpResponse("<p>x</p>", content_type="text/html")
    private["Cache-Control"] = "private, max-age=0"
    assert not any(map(page_cache._storable, (with_cookie, by_agent, private)))


def test_data_endpoints_are_never_cached(client, home_page):
    load_reference_data()
    client.get("/data/hranice/region.json")

    assert _queries(client, "/data/hranice/region.json") > 0


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


def _wsgi(application, environ) -> tuple[list, bytes]:
    answer = []
    body = b"".join(
        application(environ, lambda status, headers: answer.extend([status, headers]))
    )
    return answer, body


def test_the_wsgi_wrapper_answers_a_stored_page_before_django(client, home_page):
    stored = client.get("/o-portalu/").content

    def django_application(environ, start_response):
        raise AssertionError("a stored page reached Django")

    served = page_cache.serve_cached(django_application)
    (status, headers), body = _wsgi(served, RequestFactory().get("/o-portalu/").environ)
    assert status == "200 OK"
    assert body == stored
    assert ("Content-Type", "text/html; charset=utf-8") in headers

    _answer, head = _wsgi(served, RequestFactory().head("/o-portalu/").environ)
    assert head == b""


def test_the_wsgi_wrapper_hands_its_lookup_to_django_on_a_miss(home_page):
    seen = {}

    def django_application(environ, start_response):
        seen.update(environ)
        start_response("200 OK", [])
        return [b""]

    served = page_cache.serve_cached(django_application)
    _wsgi(served, RequestFactory().get("/o-portalu/").environ)
    assert seen[page_cache.LOOKUP_ENVIRON_KEY].page is None

    seen.clear()
    _wsgi(served, RequestFactory().get("/data/hranice/region.json").environ)
    assert page_cache.LOOKUP_ENVIRON_KEY not in seen


@pytest.fixture
def worker(monkeypatch):
    """Switches the process's held pages, as if the request went to another
    worker; each worker has its own."""
    workers = {}

    def switch(name):
        held = workers.setdefault(name, page_cache.LocalPages(2**20))
        monkeypatch.setattr(page_cache, "LOCAL_PAGES", held)
        return held

    switch("first")
    return switch


def test_a_held_page_is_served_reading_only_the_versions_copy(
    client, home_page, worker, monkeypatch
):
    first = client.get("/o-portalu/")
    assert len(worker("first")) == 1

    def no_page_reads(keys):
        raise AssertionError(f"read {keys} from the cache")

    monkeypatch.setattr(page_cache.cache, "get_many", no_page_reads)
    assert client.get("/o-portalu/").content == first.content


def test_a_publish_makes_every_workers_copy_a_miss_at_once(
    client, home_page, worker, committed
):
    for name in ("first", "second"):  # each worker holds the page
        worker(name)
        client.get("/o-portalu/")
        client.get("/o-portalu/")
        assert len(page_cache.LOCAL_PAGES) == 1
    about = _about(home_page)
    about.intro = "Úvod zveřejněný v jiném procesu."
    with committed():
        about.save_revision().publish()

    request = RequestFactory().get("/o-portalu/")
    for name in ("first", "second"):
        worker(name)
        assert page_cache.lookup(request).page is None, name
    for name in ("first", "second"):  # the second gets the page the first rendered
        worker(name)
        assert "Úvod zveřejněný v jiném procesu." in client.get("/o-portalu/").text


def test_an_import_makes_every_workers_copy_a_miss_at_once(
    client, home_page, worker, committed
):
    load_reference_data()
    for name in ("first", "second"):
        worker(name)
        client.get("/")
        assert _queries(client, "/") == 0
    with committed():
        import_ethos(
            io.BytesIO(
                b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\nCZ;2024;1;osoby;9\n"
            ),
            dataset_name="Nova",
            filename="nova.csv",
        )

    for name in ("first", "second"):
        worker(name)
        assert page_cache.lookup(RequestFactory().get("/")).page is None, name
    assert _queries(client, "/") > 0


def test_a_held_page_is_not_served_without_the_versions_copy(client, home_page, worker):
    client.get("/o-portalu/")
    cache.delete(MIRROR_KEY)  # Redis emptied or unreachable

    assert _queries(client, "/o-portalu/") > 0


def test_pages_stored_yesterday_are_misses_after_midnight(client, home_page, worker):
    request = RequestFactory().get("/o-portalu/")
    key = page_cache.page_key(request)
    yesterday = "1.1.2000-01-01"
    page = page_cache.StoredPage(yesterday, time.time() + 60, "200 OK", [], b"old")
    cache.set(MIRROR_KEY, yesterday, None)
    cache.set(key, page, 60)
    worker("first").put(key, page)

    assert page_cache.lookup(request).page is None


def test_a_held_page_expires_with_its_cache_entry(client, home_page, worker):
    client.get("/o-portalu/")
    held = worker("first")
    (key,) = held._pages
    expired = dataclasses.replace(held.get(key), expires=time.time() - 1)
    held.put(key, expired)
    cache.set(key, expired, 60)

    assert page_cache.lookup(RequestFactory().get("/o-portalu/")).page is None


def test_held_pages_are_bounded_by_bytes_least_recently_used_out_first():
    held = page_cache.LocalPages(limit=250)

    def page(size):
        return page_cache.StoredPage("t", time.time() + 60, "200 OK", [], b"x" * size)

    held.put("a", page(100))
    held.put("b", page(100))
    held.get("a")
    held.put("c", page(100))
    held.put("too big", page(251))

    assert set(held._pages) == {"a", "c"}
    assert held.size == 200
    held.seen("other versions")
    assert len(held) == 0 and held.size == 0


def _page_request(path: str = "/o-portalu/"):
    request = RequestFactory().get(path)
    request.COOKIES = {}
    return request


def test_a_page_another_request_renders_is_waited_for_not_rendered_again(
    home_page, settings
):
    settings.PAGE_CACHE_RENDER_WAIT_SECONDS = 5
    request = _page_request()
    key = page_cache.lookup(request).key
    tag = refresh_mirror().tag
    cache.add(f"{key}:rendering", True, 10)  # another request renders the page
    stored = page_cache.StoredPage(
        tag=tag,
        expires=time.time() + 300,
        status="200 OK",
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=b"<p>hotovo</p>",
    )
    threading.Timer(0.2, cache.set, args=[key, stored, 300]).start()
    rendered = []

    def render(request):
        rendered.append(request)
        return HttpResponse("<p>znovu</p>")

    response = page_cache.PageCacheMiddleware(render)(request)

    assert rendered == []
    assert response.content == b"<p>hotovo</p>"


def test_waiting_stops_when_the_first_render_stores_nothing(home_page, settings):
    settings.PAGE_CACHE_RENDER_WAIT_SECONDS = 30
    request = _page_request()
    key = f"{page_cache.lookup(request).key}:rendering"
    cache.add(key, True, 60)
    threading.Timer(0.2, cache.delete, args=[key]).start()  # it ended, no copy
    started = time.monotonic()

    response = page_cache.PageCacheMiddleware(lambda r: HttpResponse("<p>sama</p>"))(
        request
    )

    assert response.content == b"<p>sama</p>"
    assert time.monotonic() - started < 5
