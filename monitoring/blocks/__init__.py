"""The live monitoring blocks: their StreamField types (``types``), typed
parameters (``params``), data per domain (``ethos``, ``ladder``, ``indicators``,
whose block types are in ``indicator_types``) and the cached
builder registry (``builders``).

Pages, their migrations and other apps import the block types and their choice
functions from here."""

from monitoring.blocks.builders import block_data
from monitoring.blocks.data import BlockData
from monitoring.blocks.indicator_types import (
    IndicatorChartBlock,
    IndicatorFigureBlock,
    IndicatorMapBlock,
    IndicatorTableBlock,
    RegionIndicatorsBlock,
)
from monitoring.blocks.types import (
    EthosChartBlock,
    EthosMapBlock,
    EthosTableBlock,
    KeyFigureBlock,
    LadderMatrixBlock,
    MonitoringBlock,
    RegionLadderBlock,
    category_choices,
    dataset_choices,
    region_choices,
    request_data_version,
    territory_choices,
)

__all__ = [
    "BlockData",
    "EthosChartBlock",
    "EthosMapBlock",
    "EthosTableBlock",
    "IndicatorChartBlock",
    "IndicatorFigureBlock",
    "IndicatorMapBlock",
    "IndicatorTableBlock",
    "KeyFigureBlock",
    "LadderMatrixBlock",
    "MonitoringBlock",
    "RegionIndicatorsBlock",
    "RegionLadderBlock",
    "block_data",
    "category_choices",
    "dataset_choices",
    "region_choices",
    "request_data_version",
    "territory_choices",
]
