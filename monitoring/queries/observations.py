"""Observations as published rows: the open downloads and the API read them here.

Rows come straight from ``.values()`` in the order of the observation key's
unique index, so a page of the API or a million-row download is one indexed scan;
suppression turns a small count into an empty value with its status. A selection
at a version reads the dataset as it stood then: the current values that version
or an earlier one wrote, and the superseded values that were valid at it.
"""

import datetime
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q, QuerySet

from monitoring.models import Observation, SupersededObservation, TerritoryKind
from monitoring.suppression import publishable
from monitoring.versioning import data_cache_key

# The published columns, in order; the API's fields and the CSV's header.
COLUMNS = (
    "dataset",
    "territory",
    "territory_kind",
    "period",
    "period_is_year",
    "category",
    "measure",
    "value",
    "status",
    "revised",
    "note",
)
PUBLISHED, SUPPRESSED = "published", "suppressed"
COUNT_CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class ObservationSelection:
    """Which observations to publish; empty tuples and None mean no filter."""

    datasets: tuple[str, ...] = ()  # dataset slugs
    territories: tuple[str, ...] = ()  # territory codes
    orp_of_regions: tuple[str, ...] = ()  # NUTS 3 codes: every ORP of these regions
    period_from: datetime.date | None = None
    period_to: datetime.date | None = None
    categories: tuple[str, ...] = ()  # ETHOS codes
    measures: tuple[str, ...] = ()
    version: int | None = None  # as the (single) dataset stood at this version

    def queryset(self) -> QuerySet:
        """The selected current observations (at the version: those it or an
        earlier version wrote)."""
        observations = self._filtered(Observation.objects.all())
        if self.version is not None:
            observations = observations.filter(version__lte=self.version)
        return observations

    def superseded_queryset(self) -> QuerySet:
        """At a version, the selected values that were valid then and have been
        replaced or removed since."""
        return self._filtered(SupersededObservation.objects.all()).filter(
            version__lte=self.version, superseded_in__gt=self.version
        )

    def count(self) -> int:
        count = self.queryset().count()
        if self.version is not None:
            count += self.superseded_queryset().count()
        return count

    def _filtered(self, observations: QuerySet) -> QuerySet:
        if self.datasets:
            observations = observations.filter(dataset__slug__in=self.datasets)
        if self.territories or self.orp_of_regions:
            observations = observations.filter(self._territory_condition())
        if self.period_from:
            observations = observations.filter(period__gte=self.period_from)
        if self.period_to:
            observations = observations.filter(period__lte=self.period_to)
        if self.categories:
            observations = observations.filter(category__code__in=self.categories)
        if self.measures:
            observations = observations.filter(measure__in=self.measures)
        return observations

    def _territory_condition(self):
        condition = Q()
        if self.territories:
            condition |= Q(territory__code__in=self.territories)
        if self.orp_of_regions:
            condition |= Q(
                territory__kind=TerritoryKind.ORP,
                territory__parent__code__in=self.orp_of_regions,
            )
        return condition

    def cache_key(self) -> str:
        digest = hashlib.sha256(repr(self).encode()).hexdigest()[:32]
        return data_cache_key("observation-count", digest)


RAW_FIELDS = (
    "dataset__slug",
    "territory__code",
    "territory__kind",
    "period",
    "period_is_year",
    "category__code",
    "measure",
    "value",
    "revised",
    "note",
)
KEY_ORDER = ("dataset_id", "territory_id", "period", "category_id", "measure")


def observation_rows(selection: ObservationSelection) -> QuerySet:
    """The selected observations as tuples of raw fields, in key order; pass each
    through ``published_row`` before it leaves."""
    if selection.version is None:
        return selection.queryset().order_by(*KEY_ORDER).values_list(*RAW_FIELDS)
    # A union is ordered by selected columns, so the key's ids come along.
    order = ("territory_id", "category_id")
    current = selection.queryset().values_list(*RAW_FIELDS, *order)
    superseded = selection.superseded_queryset().values_list(*RAW_FIELDS, *order)
    return current.union(superseded, all=True).order_by(
        "territory_id", "period", "category_id", "measure"
    )


def observation_count(selection: ObservationSelection) -> int:
    """How many observations the selection holds; cached under the data version,
    so paging through a large selection counts it once."""
    key = selection.cache_key()
    count = cache.get(key)
    if count is None:
        count = selection.count()
        cache.set(key, count, COUNT_CACHE_SECONDS)
    return count


def published_row(row: tuple) -> dict:
    """A raw row as published: a suppressed count has no value and says so. Only
    the first ten fields are read (an as-of row carries its key's ids after)."""
    dataset, territory, kind, period, is_year, category, measure = row[:7]
    value, revised, note = row[7:10]
    cell = publishable(value)
    return {
        "dataset": dataset,
        "territory": territory,
        "territory_kind": kind,
        "period": period,
        "period_is_year": is_year,
        "category": category,
        "measure": measure,
        "value": cell.value,
        "status": SUPPRESSED if cell.suppressed else PUBLISHED,
        "revised": revised,
        "note": note,
    }


def published_rows(selection: ObservationSelection) -> Iterator[dict]:
    """Every selected row as published, streamed from the database in chunks, for
    downloads of any size in constant memory."""
    for row in observation_rows(selection).iterator(chunk_size=5000):
        yield published_row(row)
