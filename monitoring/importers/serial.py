"""One import per dataset at a time.

The import compares and writes inside one transaction that first takes the
dataset's lock, so a second import into the same dataset waits and then compares
against the first one's result. On PostgreSQL the lock is a transaction-level
advisory lock keyed on the dataset's name, which also covers a dataset that does not
exist yet; on SQLite every write transaction begins IMMEDIATE (see the settings),
which takes the database's write lock. A wait longer than
MONITORING_IMPORT_LOCK_WAIT_SECONDS refuses the import."""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext

from monitoring.importers.problems import ImportProblem, ImportRefused

LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout expires


def dataset_lock_key(dataset_name: str) -> int:
    """A signed 64-bit advisory lock key for the dataset's name."""
    digest = hashlib.blake2b(
        f"monitoring.dataset:{dataset_name}".encode(), digest_size=8
    ).digest()
    return int.from_bytes(digest, "big", signed=True)


def _busy() -> ImportRefused:
    return ImportRefused(
        [
            ImportProblem(
                gettext(
                    "Do této datové sady právě nahrává data někdo jiný, "
                    "zkuste to za chvíli."
                )
            )
        ]
    )


def _waited_too_long(error: OperationalError) -> bool:
    if connection.vendor == "postgresql":
        return getattr(error.__cause__, "pgcode", None) == LOCK_NOT_AVAILABLE
    return connection.vendor == "sqlite" and "locked" in str(error)


@contextmanager
def _sqlite_busy_timeout(seconds: float) -> Iterator[None]:
    """The import's own wait for the write lock, instead of the connection's."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        (previous,) = cursor.fetchone()
        cursor.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")


def _lock_postgresql(dataset_name: str, seconds: float) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL lock_timeout = %s", [f"{int(seconds * 1000)}ms"])
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)", [dataset_lock_key(dataset_name)]
        )
        cursor.execute("SET LOCAL lock_timeout TO DEFAULT")


@contextmanager
def dataset_transaction(dataset_name: str) -> Iterator[None]:
    """A transaction holding the dataset's import lock; raises ImportRefused when
    another import holds it longer than the configured wait."""
    seconds = settings.MONITORING_IMPORT_LOCK_WAIT_SECONDS
    try:
        with _sqlite_busy_timeout(seconds), transaction.atomic():
            if connection.vendor == "postgresql":
                _lock_postgresql(dataset_name, seconds)
            yield
    except OperationalError as error:
        if _waited_too_long(error):
            raise _busy() from error
        raise
