"""Redis is an accelerator, not a dependency (README, "When Redis or an import
fails"): once a connection to it fails, each process skips it for
``REDIS_RETRY_SECONDS`` (a circuit breaker), so a request does not wait on a dead
socket for every cache call, and says so in one warning a minute instead of a
traceback per call.

django-redis takes the connection pool's class as ``CONNECTION_POOL_CLASS``; every
command, pipelines and the rate limiter's raw client included, takes its
connection from the pool, so this is the one place where a connection to Redis
is made and where its failure is seen. An open breaker raises redis-py's own
``ConnectionError``, which django-redis treats as a cache miss
(``DJANGO_REDIS_IGNORE_EXCEPTIONS``) and the rate limiter as "count in the
database".
"""

import logging
import threading
import time

from django.conf import settings
from redis import ConnectionPool
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# At most one warning per this many seconds and process while Redis stays away.
WARNING_INTERVAL = 60


class RedisSkipped(RedisConnectionError):
    """Raised without touching the network while the breaker is open."""


class CircuitBreaker:
    """Open for ``REDIS_RETRY_SECONDS`` after each failure; the first call after
    that is the probe: it either closes the breaker or opens it again."""

    def __init__(self, address: str, clock=time.monotonic):
        self.address = address
        self.clock = clock
        self._lock = threading.Lock()
        self._open_until = 0.0
        self._down = False
        self._warned_at = None
        self._failures = 0  # since the last warning

    def check(self) -> None:
        if self.clock() < self._open_until:
            raise RedisSkipped(f"Redis at {self.address} skipped after a failure")

    def failed(self, error: Exception) -> None:
        now = self.clock()
        retry = settings.REDIS_RETRY_SECONDS
        with self._lock:
            self._open_until = now + retry
            self._down = True
            self._failures += 1
            if self._warned_at is not None and now - self._warned_at < WARNING_INTERVAL:
                return
            self._warned_at = now
            failures, self._failures = self._failures, 0
        logger.warning(
            "Redis at %s is unreachable (%s): pages render without the cache and "
            "rate limits count in the database; retrying every %s s "
            "(%d failed connection(s) since the last warning)",
            self.address,
            error,
            retry,
            failures,
        )

    def succeeded(self) -> None:
        if not self._down:
            return
        with self._lock:
            was_down, self._down = self._down, False
            self._warned_at = None
            self._failures = 0
        if was_down:
            logger.warning("Redis at %s answers again", self.address)


class BreakerConnectionPool(ConnectionPool):
    """redis-py's pool with a circuit breaker in front of every connection it
    hands out (one breaker per pool, that is per Redis address and process)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = self.connection_kwargs
        address = options.get("path") or (
            f"{options.get('host', 'localhost')}:{options.get('port', 6379)}"
        )
        self.breaker = CircuitBreaker(address)

    def get_connection(self, *args, **kwargs):
        self.breaker.check()
        try:
            connection = super().get_connection(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            self.breaker.failed(error)
            raise
        self.breaker.succeeded()
        return connection
