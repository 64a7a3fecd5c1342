"""Adds figures up the territory tree: a territory's own figure wins; without one,
the sum of its children's figures stands in (ORP → region → country)."""

from collections import defaultdict
from collections.abc import Hashable, Iterable

from monitoring.models import Territory, TerritoryKind

Key = tuple[int, Hashable]  # (territory id, the rest of the key: period, category …)
DEPTH = {TerritoryKind.COUNTRY: 0, TerritoryKind.REGION: 1, TerritoryKind.ORP: 2}


def territory_tree() -> dict[int, tuple[int | None, int]]:
    """territory id → (parent id, depth); one query."""
    return {
        pk: (parent_id, DEPTH[kind])
        for pk, parent_id, kind in Territory.objects.values_list(
            "pk", "parent_id", "kind"
        )
    }


def roll_up(
    direct: dict[Key, int], tree: dict[int, tuple[int | None, int]]
) -> dict[Key, int]:
    """Figures for every territory that has its own data or children with data."""
    result = dict(direct)
    for depth in (2, 1):  # ORP into regions first, then regions into the country
        sums: dict[Key, int] = defaultdict(int)
        for (territory_id, rest), value in result.items():
            parent, territory_depth = tree[territory_id]
            if territory_depth == depth and parent is not None:
                sums[(parent, rest)] += value
        for key, value in sums.items():
            result.setdefault(key, value)
    return result


def keyed(rows: Iterable[tuple]) -> dict[Key, int]:
    """(territory id, *rest, value) rows → {(territory id, rest): value}."""
    return {(territory_id, tuple(rest)): value for territory_id, *rest, value in rows}
