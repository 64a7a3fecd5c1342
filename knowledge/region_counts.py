"""How much each region has published: strategies, good practice and exchange
events, counted as its hub lists them (an event counts for its own region and for
every participating region)."""

from collections import defaultdict
from dataclasses import dataclass

from knowledge.models import ExchangeEventPage, KnowledgePage


@dataclass(frozen=True)
class RegionCounts:
    strategies: int = 0
    good_practices: int = 0
    events: int = 0


def published_counts() -> dict[int, RegionCounts]:
    """Region id → its counts of live, public pages; three queries."""
    pages = KnowledgePage.objects.live().public()
    found: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for pk, model, region_id in pages.filter(region__isnull=False).values_list(
        "pk", "content_type__model", "region_id"
    ):
        found[region_id][model].add(pk)
    participations = ExchangeEventPage.participating_regions.through.objects
    for pk, region_id in participations.filter(
        exchangeeventpage__in=pages.type(ExchangeEventPage)
    ).values_list("exchangeeventpage_id", "region_id"):
        found[region_id]["exchangeeventpage"].add(pk)
    return {
        region_id: RegionCounts(
            strategies=len(kinds["strategypage"]),
            good_practices=len(kinds["goodpracticepage"]),
            events=len(kinds["exchangeeventpage"]),
        )
        for region_id, kinds in found.items()
    }
