"""Small counts are not published, so that no one can be identified."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext

from monitoring.formatting import number

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Cell:
    """A published number: ``value`` is None when the count is suppressed."""

    value: int | None
    suppressed: bool = False

    def __str__(self) -> str:
        if self.suppressed:
            return gettext("less than %(limit)s") % {"limit": threshold()}
        return number(self.value)


def threshold() -> int:
    return getattr(settings, "MONITORING_SUPPRESS_BELOW", DEFAULT_THRESHOLD)


def suppressed_counts(limit: int | None = None) -> frozenset[int]:
    """Every count ``publishable`` suppresses, for a set lookup per row where
    a million rows are published at once."""
    limit = threshold() if limit is None else limit
    return frozenset(range(1, limit))


def publishable(value: int, limit: int | None = None) -> Cell:
    """Counts from 1 up to the threshold are suppressed; zero identifies no one."""
    limit = threshold() if limit is None else limit
    if 0 < value < limit:
        return Cell(value=None, suppressed=True)
    return Cell(value=value)
