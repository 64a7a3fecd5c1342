"""Pages keep rendering from the database when Redis goes away: a throwaway
redis-server on its own port serves the cache, then is stopped mid-run."""

import shutil
import socket
import subprocess
import time

import pytest
from django.test import override_settings

from cms.models import StandardPage
from tests.factories import publish

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which("redis-server") is None,
        reason="redis-server is not installed (apt-get install redis-server)",
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int) -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


@pytest.fixture
def throwaway_redis():
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (our own arguments)
        [
            shutil.which("redis-server"),
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    wait_for(port)
    try:
        yield server, f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
        server.wait()


def redis_cache(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }


def test_pages_render_from_the_database_when_redis_stops(client, tree, throwaway_redis):
    from django.core.cache import cache

    from cms.caching import MIRROR_KEY

    server, url = throwaway_redis
    pages = ["/", "/kraje/liberecky-kraj/", "/znalostni-baze/", "/hledat/?q=bydleni"]
    with override_settings(CACHES=redis_cache(url), PAGE_CACHE_SECONDS=300):
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


def test_publishing_works_while_redis_is_down(client, tree, throwaway_redis):
    server, url = throwaway_redis
    server.kill()
    server.wait()
    with override_settings(CACHES=redis_cache(url), PAGE_CACHE_SECONDS=300):
        page = publish(
            tree["home"], StandardPage(title="Nová stránka", slug="nova-stranka")
        )
        response = client.get(page.url)

    assert response.status_code == 200
