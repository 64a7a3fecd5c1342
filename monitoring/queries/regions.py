"""Each region's latest figure on housing need, for overviews of all regions."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Sum

from monitoring.models import (
    Dataset,
    EthosCategory,
    EthosLevel,
    Measure,
    Observation,
    Region,
)
from monitoring.queries.rollup import keyed, roll_up, territory_tree
from monitoring.suppression import Cell, publishable


@dataclass(frozen=True)
class RegionFigure:
    """People in the operational ETHOS categories a dataset counts in a region,
    in its latest period."""

    cell: Cell
    period: datetime.date
    period_is_year: bool
    dataset: Dataset
    categories: list[EthosCategory]  # the categories added up, in ETHOS order


def latest_region_figures() -> dict[str, RegionFigure]:
    """Region code → its latest figure: the newest period of any dataset that
    counts people in the region or its ORP (on a tie, the newer dataset). Only
    operational categories are added up, as they do not overlap; five queries."""
    rows = (
        Observation.objects.filter(
            measure=Measure.PEOPLE, category__level=EthosLevel.CATEGORY
        )
        .values_list(
            "territory_id", "period", "dataset_id", "period_is_year", "category_id"
        )
        .annotate(total=Sum("value"))
        .order_by()
    )
    figures = roll_up(keyed(rows), territory_tree())
    regions = dict(Region.objects.values_list("pk", "code"))
    totals: dict[tuple, int] = defaultdict(int)
    counted: dict[tuple, set[int]] = defaultdict(set)
    for (territory_id, (*key, category_id)), value in figures.items():
        if territory_id in regions:
            totals[(territory_id, *key)] += value
            counted[(territory_id, *key)].add(category_id)
    latest: dict[int, tuple] = {}
    for key in totals:  # (region id, period, dataset id, period is a year)
        latest[key[0]] = max(latest.get(key[0], key), key)
    datasets = Dataset.objects.in_bulk({key[2] for key in latest.values()})
    categories = list(EthosCategory.objects.order_by("sort_order"))
    return {
        regions[region_id]: RegionFigure(
            cell=publishable(totals[key]),
            period=key[1],
            period_is_year=key[3],
            dataset=datasets[key[2]],
            categories=[c for c in categories if c.pk in counted[key]],
        )
        for region_id, key in latest.items()
    }
