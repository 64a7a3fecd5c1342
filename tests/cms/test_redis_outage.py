"""Redis is an accelerator, not a dependency: with Redis stopped mid-run or never
reachable (REDIS_URL at a closed port), pages render from the database, each
process skips Redis for REDIS_RETRY_SECONDS after a failed connection instead of
trying it on every cache call, the log gets one warning a minute instead of a
traceback per call, and the rate limits count in the database instead of
letting everything through."""

import logging
import signal
import socket

import pytest
from django.core.cache import cache
from django_redis import get_redis_connection

from cms.models import RateCounter, StandardPage
from cms.redis_breaker import RedisSkipped
from tests.cms.redis_server import free_port, needs_redis_server, use_redis
from tests.factories import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_port(settings):
    """The cache at a port nothing listens on; the breaker stays open a minute."""
    port = free_port()
    use_redis(settings, f"redis://127.0.0.1:{port}/0")
    settings.REDIS_RETRY_SECONDS = 60
    return port


@pytest.fixture
def attempts(monkeypatch, closed_port):
    """Every connection to the closed port that redis-py tries."""
    tried = []
    resolve = socket.getaddrinfo

    def counting(host, port, *args, **kwargs):
        if port == closed_port:
            tried.append((host, port))
        return resolve(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", counting)
    return tried


def breaker_warnings(caplog) -> list:
    return [r for r in caplog.records if r.name == "cms.redis_breaker"]


def test_an_unreachable_redis_is_tried_once_and_reported_once(
    client, home_page, attempts, caplog
):
    caplog.set_level(logging.WARNING)

    statuses = [client.get("/").status_code for _request in range(5)]

    assert statuses == [200] * 5
    assert len(attempts) == 1  # the first cache call; every later one skipped
    [warning] = breaker_warnings(caplog)
    assert "is unreachable" in warning.getMessage()
    assert not [r for r in caplog.records if r.exc_info]  # no traceback at all


def test_redis_is_tried_again_after_the_pause_and_warned_of_once_a_minute(
    attempts, settings, caplog
):
    caplog.set_level(logging.WARNING)
    settings.REDIS_RETRY_SECONDS = 5
    breaker = get_redis_connection().connection_pool.breaker
    now = [1000.0]
    breaker.clock = lambda: now[0]

    timeline = {}
    for moment in (0, 1, 4, 6, 30, 62, 63):
        now[0] = 1000.0 + moment
        cache.get("anything")
        timeline[moment] = len(attempts)

    # Tried at 0, skipped until 5, tried at 6, 30 and 62, skipped at 63.
    assert timeline == {0: 1, 1: 1, 4: 1, 6: 2, 30: 3, 62: 4, 63: 4}
    assert len(breaker_warnings(caplog)) == 2  # at 0 and at 62


def test_rate_limits_count_in_the_database_without_redis(client, closed_port, settings):
    settings.API_RATE_LIMIT = "3/min"
    settings.DOWNLOAD_RATE_LIMIT = "1/min"

    api = [client.get("/api/v1/ethos-categories/").status_code for _ in range(5)]
    downloads = [client.get("/data/tabulka.csv?blok=nic").status_code for _ in range(2)]

    assert api == [200, 200, 200, 429, 429]
    assert downloads == [404, 429]
    assert RateCounter.objects.filter(key__startswith="limit:api:").get().count == 5


@needs_redis_server
def test_a_redis_that_stops_answering_is_skipped_after_its_timeout(
    throwaway_redis, settings
):
    server, url = throwaway_redis
    use_redis(settings, url)
    cache.set("key", "value")
    breaker = get_redis_connection().connection_pool.breaker
    server.send_signal(signal.SIGSTOP)  # the socket stays open, nothing answers
    try:
        # The command times out and drops its connection; the next connection's
        # handshake times out too, which opens the breaker.
        answers = [cache.get("key") for _call in range(3)]
        with pytest.raises(RedisSkipped):
            breaker.check()
    finally:
        server.send_signal(signal.SIGCONT)

    assert answers == [None, None, None]


@needs_redis_server
def test_rate_limits_count_in_redis_and_go_on_in_the_database_when_it_stops(
    client, throwaway_redis, settings
):
    server, url = throwaway_redis
    use_redis(settings, url)
    settings.API_RATE_LIMIT = "2/min"

    with_redis = [client.get("/api/v1/ethos-categories/").status_code for _ in range(3)]
    in_redis = get_redis_connection().keys("limit:api:*")
    in_database = RateCounter.objects.count()
    server.kill()
    server.wait()
    without = [client.get("/api/v1/ethos-categories/").status_code for _ in range(3)]

    assert with_redis == [200, 200, 429]
    assert (len(in_redis), in_database) == (1, 0)
    assert without == [200, 200, 429]  # counting anew, in the database


@needs_redis_server
def test_pages_render_from_the_database_when_redis_stops(
    client, tree, throwaway_redis, settings
):
    from cms.caching import MIRROR_KEY

    server, url = throwaway_redis
    use_redis(settings, url)
    settings.PAGE_CACHE_SECONDS = 300
    pages = ["/", "/kraje/liberecky-kraj/", "/znalostni-baze/", "/hledat/?q=bydleni"]
    for path in pages:  # fill the page cache while Redis runs
        assert client.get(path).status_code == 200
    assert cache.get(MIRROR_KEY) is not None

    server.kill()
    server.wait()
    hub = tree["liberec"]
    hub.title = "Liberecký kraj – nové"
    hub.save_revision().publish()  # invalidation cannot reach Redis now

    responses = {path: client.get(path) for path in pages}

    assert {path: r.status_code for path, r in responses.items()} == dict.fromkeys(
        pages, 200
    )
    assert "Liberecký kraj – nové" in responses["/kraje/liberecky-kraj/"].text


def test_publishing_works_while_redis_is_down(client, tree, closed_port):
    page = publish(
        tree["home"], StandardPage(title="Nová stránka", slug="nova-stranka")
    )

    response = client.get(page.url)

    assert response.status_code == 200
