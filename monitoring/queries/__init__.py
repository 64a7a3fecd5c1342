"""The one read path: every page, block, chart and download reads through here.

Each function runs a fixed number of SQL queries whatever the data size and applies
small-count suppression before anything leaves.
"""

from monitoring.queries.ethos import (
    EthosTotals,
    SeriesPoint,
    TerritoryTotals,
    ethos_time_series,
    ethos_totals,
    latest_period,
)
from monitoring.queries.ladder import (
    LadderChange,
    LadderMatrix,
    RegionLadder,
    RegionLadderHistory,
    ladder_matrix,
    region_ladder_history,
)

__all__ = [
    "EthosTotals",
    "LadderChange",
    "LadderMatrix",
    "RegionLadder",
    "RegionLadderHistory",
    "SeriesPoint",
    "TerritoryTotals",
    "ethos_time_series",
    "ethos_totals",
    "ladder_matrix",
    "latest_period",
    "region_ladder_history",
]
