"""Shared, atomic counters for the rate limits (``cms.rate_limits``): in Redis
(INCRBY and EXPIRE in one transaction) when the cache is django-redis and Redis
answers, else in the database (one upsert statement that adds and returns the
total, on SQLite and PostgreSQL alike). Never in a process's memory, so every
worker of every machine counts the same requests; and never "open": a Redis that
cannot be reached (or that ``cms.redis_breaker`` skips) sends the count to the
database.

A counter expires ``ttl`` seconds after its last change: a window's counter with
its window, a count of open downloads once nothing has touched it for a while.
"""

import contextlib
import time

from django.db import connection
from django.db.models import F
from django.db.models.functions import Greatest
from django_redis import get_redis_connection
from redis.exceptions import RedisError

from cms.models import RateCounter

# Decrements, but never below zero: a count that expired meanwhile is gone.
REDIS_SUBTRACT = """
local left = redis.call('DECRBY', KEYS[1], ARGV[1])
if left <= 0 then redis.call('DEL', KEYS[1]) end
return left
"""


class RedisCounters:
    def __init__(self, client):
        self.client = client

    def add(self, key: str, amount: int, ttl: int) -> int:
        pipeline = self.client.pipeline(transaction=True)
        pipeline.incrby(key, amount)
        pipeline.expire(key, ttl)
        total, _expiry_set = pipeline.execute()
        return total

    def subtract(self, key: str, amount: int) -> None:
        self.client.eval(REDIS_SUBTRACT, 1, key, amount)


class DatabaseCounters:
    """One row per counter; a counter that starts (or starts anew) sweeps away the
    rows that have expired, so the table holds only the current windows' counters."""

    def add(self, key: str, amount: int, ttl: int) -> int:
        now = time.time()
        quote = connection.ops.quote_name
        table = quote(RateCounter._meta.db_table)
        key_, count, expires, started = map(
            quote, ("key", "count", "expires", "started")
        )
        expired = f"{table}.{expires} < excluded.{started}"
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({key_}, {count}, {expires}, {started}) "  # noqa: S608
                f"VALUES (%s, %s, %s, %s) ON CONFLICT ({key_}) DO UPDATE SET "
                f"{count} = CASE WHEN {expired} THEN excluded.{count} "
                f"ELSE {table}.{count} + excluded.{count} END, "
                f"{started} = CASE WHEN {expired} THEN excluded.{started} "
                f"ELSE {table}.{started} END, "
                f"{expires} = excluded.{expires} RETURNING {count}, {started}",
                [key, amount, now + ttl, now],
            )
            total, started_at = cursor.fetchone()
        if started_at == now:
            RateCounter.objects.filter(expires__lt=now).delete()
        return total

    def subtract(self, key: str, amount: int) -> None:
        RateCounter.objects.filter(key=key).update(
            count=Greatest(F("count") - amount, 0)
        )


DATABASE = DatabaseCounters()


def _redis() -> RedisCounters | None:
    try:
        return RedisCounters(get_redis_connection("default"))
    except NotImplementedError:  # the cache is not django-redis
        return None


def add(key: str, amount: int, ttl: int):
    """The counter's new total, and the store that holds it."""
    if (redis := _redis()) is not None:
        try:
            return redis.add(key, amount, ttl), redis
        except RedisError:
            pass  # unreachable, skipped by the breaker, or refusing
    return DATABASE.add(key, amount, ttl), DATABASE


def subtract(key: str, amount: int, store) -> None:
    """Gives back to the store that counted; a Redis gone meanwhile lets the
    counter expire."""
    with contextlib.suppress(RedisError):
        store.subtract(key, amount)
