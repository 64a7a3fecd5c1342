from monitoring.models.datasets import (
    Dataset,
    DataTheme,
    DataVersion,
    Measure,
    Observation,
    UpdateFrequency,
)
from monitoring.models.ethos import EthosCategory, EthosLevel
from monitoring.models.geography import Region, Territory, TerritoryKind
from monitoring.models.import_jobs import ImportJob, ImportJobState
from monitoring.models.ladder import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Indicator,
    LadderStep,
)

__all__ = [
    "Assessment",
    "AssessmentSource",
    "AssessmentStatus",
    "DataTheme",
    "DataVersion",
    "Dataset",
    "EthosCategory",
    "EthosLevel",
    "ImportJob",
    "ImportJobState",
    "Indicator",
    "LadderStep",
    "Measure",
    "Observation",
    "Region",
    "Territory",
    "TerritoryKind",
    "UpdateFrequency",
]
