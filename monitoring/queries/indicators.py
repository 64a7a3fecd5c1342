"""Reads of data indicators for blocks, hubs and the API.

Several datasets may hold the same indicator for the same territory and period (a
region's own table, its registers, a national register): readers get one value
per territory and period, from the dataset updated last. Each function runs a
fixed number of queries."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import F, Q, QuerySet

from monitoring.models import (
    DataIndicator,
    Dataset,
    IndicatorValue,
    Region,
    SupersededIndicatorValue,
    Territory,
    TerritoryKind,
)
from monitoring.queries.versions import as_of

HUB_STEPS = (4, 5, 6)


@dataclass(frozen=True)
class IndicatorPoint:
    territory_code: str
    territory_name: str
    period: datetime.date
    period_is_year: bool
    value: Decimal
    dataset_id: int


@dataclass(frozen=True)
class Provenance:
    """Where the values shown come from: every dataset that gave one."""

    datasets: tuple[Dataset, ...]

    @property
    def source(self) -> str:
        return "; ".join(
            ", ".join(part for part in (dataset.name, dataset.publisher) if part)
            for dataset in self.datasets
        )

    @property
    def source_url(self) -> str:
        return next((d.source_url for d in self.datasets if d.source_url), "")

    @property
    def illustrative(self) -> bool:
        return any(dataset.is_illustrative for dataset in self.datasets)


@dataclass(frozen=True)
class IndicatorFigures:
    indicator: DataIndicator
    points: list[IndicatorPoint]
    provenance: Provenance


@dataclass(frozen=True)
class SummaryRow:
    """A region's latest figure of one indicator (None when it has none);
    ``orp_count`` > 0 when it is the sum of that many ORP's figures."""

    indicator: DataIndicator
    point: IndicatorPoint | None
    orp_count: int = 0


@dataclass(frozen=True)
class RegionSummary:
    region: Region
    rows: list[SummaryRow]
    provenance: Provenance


def _values(indicator_ids, territories: QuerySet | None = None) -> QuerySet:
    values = IndicatorValue.objects.filter(indicator_id__in=indicator_ids)
    if territories is not None:
        values = values.filter(territory__in=territories)
    return values.values(
        "indicator_id",
        "period",
        "period_is_year",
        "value",
        "dataset_id",
        territory_code=F("territory__code"),
        territory_name=F("territory__name"),
        updated=F("dataset__last_imported_at"),
    )


def _preferred(rows) -> list[dict]:
    """One row per indicator, territory and period: the latest dataset's."""
    best: dict[tuple, dict] = {}
    for row in rows:
        key = (row["indicator_id"], row["territory_code"], row["period"])
        rank = (row["updated"] is not None, row["updated"], row["dataset_id"])
        if key not in best or rank > best[key]["rank"]:
            best[key] = {**row, "rank": rank}
    return sorted(best.values(), key=lambda row: (row["period"], row["territory_code"]))


def _point(row: dict) -> IndicatorPoint:
    return IndicatorPoint(
        territory_code=row["territory_code"],
        territory_name=row["territory_name"],
        period=row["period"],
        period_is_year=row["period_is_year"],
        value=row["value"],
        dataset_id=row["dataset_id"],
    )


def _provenance(points: list[IndicatorPoint]) -> Provenance:
    ids = sorted({point.dataset_id for point in points})
    return Provenance(tuple(Dataset.objects.filter(pk__in=ids).order_by("name")))


def data_indicator(code: str) -> DataIndicator | None:
    return (
        DataIndicator.objects.select_related("ladder_indicator__step")
        .filter(code=code)
        .first()
    )


def indicator_series(
    *, indicator: DataIndicator, territory: Territory
) -> IndicatorFigures:
    """The indicator on one territory over time, oldest first."""
    rows = _values([indicator.pk], Territory.objects.filter(pk=territory.pk))
    points = [_point(row) for row in _preferred(rows)]
    return IndicatorFigures(indicator, points, _provenance(points))


def _territories(level: str, within: Region | None) -> QuerySet:
    """Regions or ORP; within a region, its ORP and the region itself (its own
    figure, which ORP figures need not add up to)."""
    if within is not None:
        return Territory.objects.filter(
            Q(kind=TerritoryKind.ORP, parent=within) | Q(pk=within.pk)
        )
    return Territory.objects.filter(kind=level)


def indicator_by_territory(
    *,
    indicator: DataIndicator,
    level: str = TerritoryKind.REGION,
    within: Region | None = None,
    year: int | None = None,
) -> tuple[int | None, IndicatorFigures]:
    """The indicator on every region (or ORP, or ORP of one region and the region,
    last) in the year (default: the latest with data), each territory's latest
    period in it."""
    rows = _preferred(_values([indicator.pk], _territories(level, within)))
    years = sorted({row["period"].year for row in rows})
    if year is None:
        year = years[-1] if years else None
    latest: dict[str, dict] = {}
    for row in rows:
        if row["period"].year == year:
            latest[row["territory_code"]] = row  # rows are sorted by period
    points = sorted(
        (_point(row) for row in latest.values()),
        key=lambda p: (
            within is not None and p.territory_code == within.code,
            p.territory_code,
        ),
    )
    return year, IndicatorFigures(indicator, points, _provenance(points))


def region_indicator_summary(
    *, region: Region, steps: tuple[int, ...] = HUB_STEPS
) -> RegionSummary:
    """The region's latest value of each data indicator that proves a ladder
    indicator of the steps (default 4–6), or the sum of its ORP's: what a
    region's hub shows."""
    indicators = list(
        DataIndicator.objects.filter(ladder_indicator__step__number__in=steps)
        .select_related("ladder_indicator__step")
        .order_by("ladder_indicator__step__number", "sort_order", "code")
    )
    territories = Territory.objects.filter(
        Q(pk=region.pk) | Q(kind=TerritoryKind.ORP, parent=region)
    )
    rows = _preferred(_values([i.pk for i in indicators], territories))
    summary, used = [], set()
    for indicator in indicators:
        row, dataset_ids = _summary_row(
            indicator, region, [r for r in rows if r["indicator_id"] == indicator.pk]
        )
        summary.append(row)
        used |= dataset_ids
    datasets = Dataset.objects.filter(pk__in=used).order_by("name")
    return RegionSummary(region, summary, Provenance(tuple(datasets)))


def _summary_row(
    indicator: DataIndicator, region: Region, rows: list
) -> tuple[SummaryRow, set[int]]:
    """The region's own latest figure; without one, the sum of its ORP's figures
    in their latest period (every shipped indicator is a count or FTEs, which
    add up); and the datasets it comes from."""
    own = [row for row in rows if row["territory_code"] == region.code]
    if own:
        return SummaryRow(indicator, _point(own[-1])), {own[-1]["dataset_id"]}
    if not rows:
        return SummaryRow(indicator, None), set()
    last = rows[-1]["period"]  # rows are sorted by period
    latest = [row for row in rows if row["period"] == last]
    total = IndicatorPoint(
        territory_code=region.code,
        territory_name=region.name,
        period=last,
        period_is_year=latest[0]["period_is_year"],
        value=sum((row["value"] for row in latest), Decimal(0)),
        dataset_id=latest[0]["dataset_id"],
    )
    used = {row["dataset_id"] for row in latest}
    return SummaryRow(indicator, total, orp_count=len(latest)), used


@dataclass(frozen=True)
class IndicatorValueSelection:
    """Which indicator values the API returns; empty tuples mean no filter."""

    indicators: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    period_from: datetime.date | None = None
    period_to: datetime.date | None = None
    version: int | None = None  # as the (single) dataset stood at this version


def _selected(selection: IndicatorValueSelection, values: QuerySet) -> QuerySet:
    if selection.indicators:
        values = values.filter(indicator__code__in=selection.indicators)
    if selection.territories:
        values = values.filter(territory__code__in=selection.territories)
    if selection.datasets:
        values = values.filter(dataset__slug__in=selection.datasets)
    if selection.period_from:
        values = values.filter(period__gte=selection.period_from)
    if selection.period_to:
        values = values.filter(period__lte=selection.period_to)
    return values


def _parts(selection: IndicatorValueSelection) -> list[QuerySet]:
    """The current values, or at a version those and the kept ones valid then."""
    current = _selected(selection, IndicatorValue.objects.all())
    if selection.version is None:
        return [current]
    kept = _selected(selection, SupersededIndicatorValue.objects.all())
    return list(as_of(current, kept, selection.version))


def indicator_value_count(selection: IndicatorValueSelection) -> int:
    return sum(part.count() for part in _parts(selection))


def indicator_value_rows(selection: IndicatorValueSelection) -> QuerySet:
    """Every selected value of every dataset with its indicator, unit, territory
    and dataset, in a stable order (for pages)."""
    current, *kept = (
        part.values(
            "period",
            "period_is_year",
            "value",
            "note",
            "version",
            "revised",
            indicator_code=F("indicator__code"),
            unit=F("indicator__unit"),
            territory_code=F("territory__code"),
            territory_name=F("territory__name"),
            territory_kind=F("territory__kind"),
            dataset_slug=F("dataset__slug"),
        )
        for part in _parts(selection)
    )
    rows = current.union(*kept, all=True) if kept else current
    # A union is ordered by selected columns: these are the names selected.
    return rows.order_by("indicator_code", "territory_code", "period", "dataset_slug")


def data_indicator_list() -> list[DataIndicator]:
    return list(
        DataIndicator.objects.select_related("ladder_indicator__step").order_by(
            "sort_order", "code"
        )
    )


def data_indicator_codes(codes) -> set[str]:
    """Which of the codes name a data indicator."""
    return set(
        DataIndicator.objects.filter(code__in=codes).values_list("code", flat=True)
    )
