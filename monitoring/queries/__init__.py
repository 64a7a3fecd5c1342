"""The one read path: every page, block, chart and download reads through here.

Each function runs a fixed number of SQL queries whatever the data size and applies
small-count suppression before anything leaves.
"""

from monitoring.queries.catalogue import (
    DatasetEntry,
    dataset_catalogue,
    dataset_entry,
    dataset_slugs,
)
from monitoring.queries.ethos import (
    EthosTotals,
    SeriesPoint,
    TerritoryTotals,
    ethos_time_series,
    ethos_totals,
    latest_period,
)
from monitoring.queries.ladder import (
    CoordinatorPost,
    LadderChange,
    LadderMatrix,
    RegionLadder,
    RegionLadderHistory,
    coordinator_post,
    ladder_matrix,
    region_ladder_history,
)
from monitoring.queries.observations import (
    ObservationSelection,
    key_at,
    observation_count,
    observation_rows,
    published_chunks,
    published_row,
    published_rows,
)
from monitoring.queries.reference import (
    ethos_category_list,
    ethos_codes,
    region_by_code,
    region_codes,
    territory_codes,
    territory_list,
)
from monitoring.queries.regions import RegionFigure, latest_region_figures

__all__ = [
    "CoordinatorPost",
    "DatasetEntry",
    "EthosTotals",
    "LadderChange",
    "LadderMatrix",
    "ObservationSelection",
    "RegionFigure",
    "RegionLadder",
    "RegionLadderHistory",
    "SeriesPoint",
    "TerritoryTotals",
    "coordinator_post",
    "dataset_catalogue",
    "dataset_entry",
    "dataset_slugs",
    "ethos_category_list",
    "ethos_codes",
    "ethos_time_series",
    "ethos_totals",
    "key_at",
    "ladder_matrix",
    "latest_period",
    "latest_region_figures",
    "observation_count",
    "observation_rows",
    "published_chunks",
    "published_row",
    "published_rows",
    "region_by_code",
    "region_codes",
    "region_ladder_history",
    "territory_codes",
    "territory_list",
]
