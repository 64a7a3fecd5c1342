"""A data version that changes on every import commit, so caches keyed by it go
stale at once."""

import datetime

from django.db import transaction
from django.db.models import F
from django.dispatch import Signal

from monitoring.models import DataVersion

# Sent after a commit that changed monitoring data (imports, evidence).
data_changed = Signal()


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
