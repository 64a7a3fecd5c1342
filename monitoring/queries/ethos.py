"""ETHOS figures: totals for one period across territories, and time series."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    F,
    Max,
    Q,
    Sum,
    Value,
    When,
)

from monitoring.collation import territory_key
from monitoring.models import (
    Dataset,
    EthosCategory,
    Observation,
    Territory,
    TerritoryKind,
)
from monitoring.queries.rollup import DEPTH, keyed, roll_up, territory_tree
from monitoring.suppression import Cell, publishable

LEAF_DEPTH = DEPTH[TerritoryKind.ORP]  # an ORP has no children


@dataclass(frozen=True)
class TerritoryTotals:
    code: str
    name: str
    kind: str
    cells: dict[str, Cell]  # ETHOS code → figure


@dataclass(frozen=True)
class EthosTotals:
    dataset: Dataset
    measure: str
    period: datetime.date
    categories: list[EthosCategory]  # the categories that have data, in ETHOS order
    rows: list[TerritoryTotals]  # one per territory of the level asked for
    total: TerritoryTotals  # the whole country, or the region asked for


@dataclass(frozen=True)
class SeriesPoint:
    period: datetime.date
    period_is_year: bool
    category: str  # ETHOS code
    cell: Cell


def ethos_totals(
    *,
    dataset: Dataset,
    measure: str,
    period: datetime.date,
    level: str = TerritoryKind.REGION,
    within: Territory | None = None,
) -> EthosTotals:
    """Each region's (or ORP's) figures per ETHOS category for one period, plus the
    country; four queries. ``within`` a region: that region's ORP only, with the
    region as the total."""
    rows = (
        Observation.objects.filter(dataset=dataset, measure=measure, period=period)
        .values_list("territory_id", "category_id")
        .annotate(total=Sum("value"))
        .order_by()
    )
    figures = roll_up(keyed(rows), territory_tree())
    territories = Territory.objects.filter(kind__in=[level, TerritoryKind.COUNTRY])
    if within is not None:
        territories = Territory.objects.filter(Q(parent=within) | Q(pk=within.pk))
    territories = sorted(
        territories, key=lambda t: territory_key(t.kind, t.code, t.name)
    )
    used = {rest[0] for _territory, rest in figures}
    categories = [
        c for c in EthosCategory.objects.order_by("sort_order") if c.pk in used
    ]

    def totals_for(territory: Territory) -> TerritoryTotals:
        cells = {
            category.code: publishable(figures[(territory.pk, (category.pk,))])
            for category in categories
            if (territory.pk, (category.pk,)) in figures
        }
        return TerritoryTotals(territory.code, territory.name, territory.kind, cells)

    whole = within or next(t for t in territories if t.kind == TerritoryKind.COUNTRY)
    return EthosTotals(
        dataset=dataset,
        measure=measure,
        period=period,
        categories=categories,
        rows=[totals_for(t) for t in territories if t.pk != whole.pk],
        total=totals_for(whole),
    )


def _subtree_ids(territory: Territory, tree: dict) -> set[int]:
    ids = {territory.pk}
    for _pass in range(2):
        ids |= {pk for pk, (parent, _depth) in tree.items() if parent in ids}
    return ids


def ethos_time_series(
    *, dataset: Dataset, measure: str, territory: Territory
) -> list[SeriesPoint]:
    """The territory's figures per period and ETHOS category, oldest first; three
    queries. The database sums the ORP under each region (an ORP has no
    children, so its figure is its own), so a region's series reads one row per
    period and category instead of one per ORP; a region's own figure still
    wins over its ORP's sum, as ``roll_up`` decides."""
    tree = territory_tree()
    subtree = _subtree_ids(territory, tree)
    leaves: dict[int, list[int]] = defaultdict(list)  # parent id → its ORP ids
    for pk in subtree:
        if tree[pk][1] == LEAF_DEPTH and pk != territory.pk:
            leaves[tree[pk][0]].append(pk)
    # The parents come from the tree, not from a join (half the query's time).
    holder = Case(
        *(When(territory_id__in=ids, then=parent) for parent, ids in leaves.items()),
        default=F("territory_id"),
        output_field=BigIntegerField(),
    )
    every_leaf = [pk for ids in leaves.values() for pk in ids]
    summed = Case(
        When(territory_id__in=every_leaf, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    rows = (
        Observation.objects.filter(
            dataset=dataset, measure=measure, territory_id__in=subtree
        )
        .values_list(holder, summed, "period", "period_is_year", "category_id")
        .annotate(total=Sum("value"))
        .order_by()
    )
    own, of_leaves = {}, {}
    for holder_id, is_sum, period, is_year, category_id, total in rows:
        key = (holder_id, (period, is_year, category_id))
        (of_leaves if is_sum else own)[key] = total
    figures = roll_up({**of_leaves, **own}, tree)  # an own figure wins
    categories = {
        pk: (code, order)
        for pk, code, order in EthosCategory.objects.values_list(
            "pk", "code", "sort_order"
        )
    }
    wanted = territory.pk
    points = sorted(
        (period, categories[category_id][1], is_year, category_id, value)
        for (territory_id, (period, is_year, category_id)), value in figures.items()
        if territory_id == wanted
    )
    return [
        SeriesPoint(period, is_year, categories[category_id][0], publishable(value))
        for period, _order, is_year, category_id, value in points
    ]


def latest_period(*, dataset: Dataset, year: int | None = None) -> datetime.date | None:
    """The dataset's latest period, within ``year`` when given; one query."""
    observations = Observation.objects.filter(dataset=dataset)
    if year:
        observations = observations.filter(period__year=year)
    return observations.aggregate(latest=Max("period"))["latest"]
