from knowledge.models.analysis import AnalysisPage
from knowledge.models.base import KnowledgePage
from knowledge.models.coordinator_role import CoordinatorRolePage
from knowledge.models.exchange_event import ExchangeEventKind, ExchangeEventPage
from knowledge.models.good_practice import GoodPracticePage
from knowledge.models.index import KnowledgeIndexPage
from knowledge.models.strategy import (
    ProgrammeLink,
    StrategyDocument,
    StrategyPage,
    StrategyStatus,
)
from knowledge.models.taxonomy import Country, HousingRole, KnowledgePageTag, Topic

__all__ = [
    "AnalysisPage",
    "CoordinatorRolePage",
    "Country",
    "ExchangeEventKind",
    "ExchangeEventPage",
    "GoodPracticePage",
    "HousingRole",
    "KnowledgeIndexPage",
    "KnowledgePage",
    "KnowledgePageTag",
    "ProgrammeLink",
    "StrategyDocument",
    "StrategyPage",
    "StrategyStatus",
    "Topic",
]
