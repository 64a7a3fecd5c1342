"""The rate limits' counters are shared and atomic: however many threads race for
a window, exactly its amount gets through, in the database (SQLite or
PostgreSQL) as in Redis (cms.rate_limits, cms.rate_counters)."""

import threading

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import RequestFactory

from cms.models import RateCounter
from cms.rate_limits import Rate, Window, check_rates, client_address, occupy
from tests.cms.redis_server import needs_redis_server, use_redis

THREADS = 16
EACH = 20


@pytest.mark.parametrize(
    ("text", "amount", "seconds"),
    [
        ("600/min", 600, 60),
        ("100/10s", 100, 10),
        ("1GB/hour", 10**9, 3600),
        ("500 MB / 2h", 500 * 10**6, 7200),
        ("20/day", 20, 86400),
    ],
)
def test_rates_read_as_written(text, amount, seconds):
    assert Rate.parse(text) == Rate(amount, seconds)


@pytest.mark.parametrize("text", ["600", "600/fortnight", "x/min", "10/0s"])
def test_a_bad_rate_is_a_configuration_error(text):
    with pytest.raises(ImproperlyConfigured):
        Rate.parse(text)


def test_a_bad_rate_in_the_settings_is_a_system_check_error(settings):
    settings.DOWNLOAD_VOLUME_LIMIT = "1GB"

    [error] = check_rates(None)

    assert error.id == "cms.E001"
    assert error.msg.startswith("DOWNLOAD_VOLUME_LIMIT: '1GB' is not a rate")


def race(limit: int) -> tuple[int, int]:
    """THREADS threads take EACH from one window of ``limit``: (allowed, counted)."""
    rate = Rate(limit, 3600)
    allowed = []
    start = threading.Barrier(THREADS)

    def client():
        try:
            start.wait()
            window = Window("race", "192.0.2.1", rate)
            allowed.extend(window.take() for _request in range(EACH))
        finally:
            connection.close()  # each thread's own connection

    threads = [threading.Thread(target=client) for _thread in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(allowed), Window("race", "192.0.2.1", rate).add(0)


@pytest.mark.django_db(transaction=True)
def test_the_database_counts_atomically_under_concurrency():
    allowed, counted = race(limit=100)

    assert (allowed, counted) == (100, THREADS * EACH)
    assert RateCounter.objects.count() == 1


@needs_redis_server
@pytest.mark.django_db(transaction=True)
def test_redis_counts_atomically_under_concurrency(throwaway_redis, settings):
    use_redis(settings, throwaway_redis[1])

    allowed, counted = race(limit=100)

    assert (allowed, counted) == (100, THREADS * EACH)
    assert not RateCounter.objects.exists()


@pytest.mark.django_db
def test_slots_are_given_back_once():
    first = occupy("test", "192.0.2.1", limit=1)
    refused = occupy("test", "192.0.2.1", limit=1)
    first.release()
    first.release()  # the second release gives back nothing
    second = occupy("test", "192.0.2.1", limit=1)

    assert first is not None
    assert refused is None
    assert second is not None
    assert occupy("test", "192.0.2.1", limit=1) is None


def test_clients_are_told_apart_as_django_axes_tells_them(settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP", "REMOTE_ADDR")
    factory = RequestFactory()

    proxied = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="192.0.2.7")
    ipv6 = factory.get("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")
    same_network = factory.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::1")

    assert client_address(proxied) == "192.0.2.7"
    assert client_address(ipv6) == client_address(same_network) == "2001:db8:1:2::/64"
