"""Datasets as the data catalogue lists them: metadata with what their ETHOS
observations and indicator values cover (periods, territory levels, row count,
indicators), computed in two grouped queries cached under the data version."""

import datetime
import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max, Min

from monitoring.models import (
    Dataset,
    IndicatorValue,
    Measure,
    Observation,
    TerritoryKind,
)
from monitoring.versioning import data_cache_key

COVERAGE_CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class DatasetEntry:
    dataset: Dataset
    first_period: datetime.date | None
    last_period: datetime.date | None
    observation_count: int  # rows: ETHOS observations and indicator values
    territory_kinds: tuple[str, ...]  # TerritoryKind values the data has, top first
    measures: tuple[str, ...]  # Measure values the data has, in Measure's order
    indicators: tuple[str, ...] = ()  # codes of the data indicators it holds

    @property
    def holds_indicators(self) -> bool:
        """An indicator dataset (its rows are indicator values, not ETHOS)."""
        return bool(self.indicators)

    @property
    def coverage_end(self) -> datetime.date | None:
        """The last day the data cover: the end of the last year for yearly data."""
        if self.last_period is None:
            return None
        if self.last_period.month == 1 and self.last_period.day == 1:
            return self.last_period.replace(month=12, day=31)
        return self.last_period


KIND_ORDER = [TerritoryKind.COUNTRY, TerritoryKind.REGION, TerritoryKind.ORP]


def dataset_catalogue(
    *, region: str | None = None, theme: str | None = None, slug: str | None = None
) -> list[DatasetEntry]:
    """Datasets by name, optionally only one region's (NUTS 3 code; national
    datasets count for every region), one EU theme or one slug; two queries
    when the coverage is cached, four when not."""
    datasets = Dataset.objects.select_related("region").order_by("name")
    if region:
        datasets = datasets.filter(region__code=region) | datasets.filter(
            region__isnull=True
        )
    if theme:
        datasets = datasets.filter(theme=theme)
    if slug:
        datasets = datasets.filter(slug=slug)
    datasets = list(datasets)
    coverage, indicators = _coverage(tuple(sorted(d.pk for d in datasets)))
    return [
        _entry(dataset, coverage.get(dataset.pk, []), indicators.get(dataset.pk, ()))
        for dataset in datasets
    ]


def _coverage(dataset_ids: tuple[int, ...]) -> tuple[dict, dict]:
    """What the datasets' rows cover, grouped by dataset: two grouped queries over
    every row (half a second at a million), so cached under the data version."""
    digest = hashlib.sha256(repr(dataset_ids).encode()).hexdigest()[:32]
    key = data_cache_key("catalogue-coverage", digest)
    if (cached := cache.get(key)) is not None:
        return cached
    coverage, indicators = {}, {}
    rows = (
        Observation.objects.filter(dataset__in=dataset_ids)
        .values_list("dataset_id", "territory__kind", "measure")
        .annotate(first=Min("period"), last=Max("period"), rows=Count("id"))
        .order_by()
    )
    for dataset_id, *part in rows:
        coverage.setdefault(dataset_id, []).append(part)
    values = (
        IndicatorValue.objects.filter(dataset__in=dataset_ids)
        .values_list("dataset_id", "territory__kind", "indicator__code")
        .annotate(first=Min("period"), last=Max("period"), rows=Count("id"))
        .order_by()
    )
    for dataset_id, kind, code, *part in values:
        coverage.setdefault(dataset_id, []).append([kind, None, *part])
        indicators.setdefault(dataset_id, set()).add(code)
    cache.set(key, (coverage, indicators), COVERAGE_CACHE_SECONDS)
    return coverage, indicators


def _entry(dataset: Dataset, parts: list[list], indicators) -> DatasetEntry:
    kinds = {kind for kind, *_rest in parts}
    measures = {measure for _kind, measure, *_rest in parts if measure}
    return DatasetEntry(
        dataset=dataset,
        first_period=min((first for *_rest, first, _last, _n in parts), default=None),
        last_period=max((last for *_rest, last, _n in parts), default=None),
        observation_count=sum(count for *_rest, count in parts),
        territory_kinds=tuple(kind for kind in KIND_ORDER if kind in kinds),
        measures=tuple(measure for measure in Measure.values if measure in measures),
        indicators=tuple(sorted(indicators)),
    )


def dataset_entry(slug: str) -> DatasetEntry | None:
    """One dataset's catalogue entry by its slug; see ``dataset_catalogue``."""
    entries = dataset_catalogue(slug=slug)
    return entries[0] if entries else None


def dataset_slugs(slugs: list[str]) -> set[str]:
    """Which of the slugs name a dataset; one query."""
    return set(Dataset.objects.filter(slug__in=slugs).values_list("slug", flat=True))
