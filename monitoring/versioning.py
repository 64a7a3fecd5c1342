"""The versions caches are keyed by: the data version, which changes on every
import commit, and the CMS's content generation (bumped by ``cms.caching``), read
together once per request, so caches keyed by them go stale at once."""

import datetime
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from monitoring.models import ContentGeneration, DataVersion

REQUEST_ATTRIBUTE = "_cache_versions"

# Sent after a commit that changed monitoring data (imports, evidence).
data_changed = Signal()
# Sent when a record is changed or about to be deleted outside an import (the
# admin's views), with ``instance``: what is derived from one dataset's rows (its
# download files) is made again. Imports announce themselves by a new version.
record_changed = Signal()


def bump_data_version() -> None:
    """Call inside the import's transaction: the new version appears on commit."""
    updated = DataVersion.objects.filter(pk=1).update(version=F("version") + 1)
    if not updated:
        DataVersion.objects.create(pk=1, version=1)
    announce_data_change()


def current_data_version() -> int:
    return (
        DataVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0
    )


def data_version_stamp() -> tuple[int, datetime.datetime | None]:
    """The data version and when it last changed, for HTTP validators; one query."""
    stamp = (
        DataVersion.objects.filter(pk=1).values_list("version", "updated_at").first()
    )
    return stamp or (0, None)


def data_cache_key(*parts: object) -> str:
    """A cache key that includes the current data version."""
    return ":".join(["monitoring", f"v{current_data_version()}", *map(str, parts)])


def announce_data_change() -> None:
    """Tells listeners (such as the page cache) once the change is committed."""
    transaction.on_commit(lambda: data_changed.send(sender=DataVersion))


@dataclass(frozen=True)
class Versions:
    content: int
    data: int

    @property
    def tag(self) -> str:
        """What a stored page is current for; the day too, as data blocks are
        (the ladder stands as of today)."""
        return f"{self.content}.{self.data}.{timezone.localdate().isoformat()}"


def _versions_sql() -> str:
    quote = connection.ops.quote_name
    content = quote(ContentGeneration._meta.db_table)
    data = quote(DataVersion._meta.db_table)
    # Names from the models' metadata only; nothing from a request.
    return (
        f"SELECT (SELECT generation FROM {content} WHERE id = 1), "  # noqa: S608
        f"(SELECT version FROM {data} WHERE id = 1)"
    )


def read_versions() -> Versions:
    """Both counters in one query; a counter never bumped reads as 0. Plain SQL:
    every page request runs it, and building it through the ORM cost more than
    the query itself."""
    with connection.cursor() as cursor:
        cursor.execute(_versions_sql())
        content, data = cursor.fetchone()
    return Versions(content or 0, data or 0)


def versions(request=None) -> Versions:
    """The current versions, read once per request however many caches ask."""
    if request is None:
        return read_versions()
    found = getattr(request, REQUEST_ATTRIBUTE, None)
    if found is None:
        found = read_versions()
        setattr(request, REQUEST_ATTRIBUTE, found)
    return found
