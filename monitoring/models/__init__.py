from monitoring.models.cache_versions import ContentGeneration, DataVersion
from monitoring.models.datasets import (
    Dataset,
    DataTheme,
    Measure,
    Observation,
    UpdateFrequency,
)
from monitoring.models.ethos import EthosCategory, EthosLevel
from monitoring.models.geography import Region, Territory, TerritoryKind
from monitoring.models.import_jobs import ImportJob, ImportJobState, ImportKind
from monitoring.models.indicators import DataIndicator, IndicatorValue
from monitoring.models.ladder import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    ConfirmationState,
    EvidenceConfirmation,
    Indicator,
    LadderStep,
)
from monitoring.models.registers import (
    FundGuarantee,
    GuaranteeFund,
    HousingProperty,
    PropertyKind,
    PropertyStatus,
)
from monitoring.models.social_services import MunicipalityOrp, SocialServiceType
from monitoring.models.versions import (
    DatasetVersion,
    SupersededIndicatorValue,
    SupersededObservation,
)

__all__ = [
    "Assessment",
    "AssessmentSource",
    "AssessmentStatus",
    "ConfirmationState",
    "ContentGeneration",
    "DataIndicator",
    "DataTheme",
    "DataVersion",
    "Dataset",
    "DatasetVersion",
    "EthosCategory",
    "EthosLevel",
    "EvidenceConfirmation",
    "FundGuarantee",
    "GuaranteeFund",
    "HousingProperty",
    "ImportJob",
    "ImportJobState",
    "ImportKind",
    "Indicator",
    "IndicatorValue",
    "LadderStep",
    "Measure",
    "MunicipalityOrp",
    "Observation",
    "PropertyKind",
    "PropertyStatus",
    "Region",
    "SocialServiceType",
    "SupersededIndicatorValue",
    "SupersededObservation",
    "Territory",
    "TerritoryKind",
    "UpdateFrequency",
]
