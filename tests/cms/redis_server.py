"""A throwaway redis-server on a port of its own, and the cache settings the site
uses with ``REDIS_URL`` (cms/settings/base.py) pointed at it."""

import shutil
import socket
import subprocess
import time

import pytest
from django_redis import get_redis_connection

from cms.redis_breaker import CircuitBreaker

needs_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="redis-server is not installed (apt-get install redis-server)",
)


def free_port() -> int:
    """A port nothing listens on (until someone takes it)."""
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


def start_redis(port: int) -> subprocess.Popen:
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
    return server


def redis_cache(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "CONNECTION_POOL_CLASS": "cms.redis_breaker.BreakerConnectionPool",
            },
        }
    }


def use_redis(settings, url: str) -> None:
    """Points the cache at ``url`` with a closed breaker: redis-py keeps one pool
    per URL for the whole run, and an earlier test may have used the same port."""
    settings.CACHES = redis_cache(url)
    pool = get_redis_connection().connection_pool
    pool.breaker = CircuitBreaker(pool.breaker.address)
