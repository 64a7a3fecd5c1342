"""The ladder: where each region stands today or on any past date, and how it got
there. Manual assessments win over evidence derived from published content."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Indicator,
    LadderStep,
    Region,
)


@dataclass(frozen=True)
class StepState:
    step: LadderStep
    status: str  # an AssessmentStatus value
    indicators: dict[str, Assessment | None]  # indicator code → deciding assessment


@dataclass(frozen=True)
class RegionLadder:
    region: Region
    steps: list[StepState]
    climbed: int  # how many steps, counted from step 0, are achieved in a row


@dataclass(frozen=True)
class LadderMatrix:
    on: datetime.date
    steps: list[LadderStep]
    rows: list[RegionLadder]


@dataclass(frozen=True)
class LadderChange:
    assessment: Assessment
    climbed: int  # the region's position after this change


@dataclass(frozen=True)
class RegionLadderHistory:
    region: Region
    current: RegionLadder
    changes: list[LadderChange]  # oldest first
    indicators: list[Indicator] = field(default_factory=list)  # in ladder order


@dataclass(frozen=True)
class CoordinatorPost:
    """Whether a region's housing coordinator post is filled, as indicator 2a
    says: every page that speaks of the post reads it here, so none can disagree
    with the ladder."""

    region: Region
    assessment: Assessment | None  # the deciding assessment of indicator 2a

    @property
    def filled(self) -> bool:
        return bool(
            self.assessment and self.assessment.status == AssessmentStatus.ACHIEVED
        )


COORDINATOR_INDICATOR = "2a"


def coordinator_post(ladder: RegionLadder) -> CoordinatorPost:
    for state in ladder.steps:
        if COORDINATOR_INDICATOR in state.indicators:
            return CoordinatorPost(
                ladder.region, state.indicators[COORDINATOR_INDICATOR]
            )
    return CoordinatorPost(ladder.region, None)


def _in_force(assessment: Assessment, on: datetime.date) -> bool:
    withdrawn = assessment.withdrawn_on
    return assessment.date <= on and (withdrawn is None or withdrawn > on)


def deciding_assessment(
    assessments: Iterable[Assessment], on: datetime.date
) -> Assessment | None:
    """The latest manual assessment in force on the date, else the latest derived."""
    in_force = sorted(
        (a for a in assessments if _in_force(a, on)), key=lambda a: (a.date, a.pk)
    )
    manual = [a for a in in_force if a.source == AssessmentSource.MANUAL]
    chosen = manual or in_force
    return chosen[-1] if chosen else None


def _step_status(indicators: dict[str, Assessment | None]) -> str:
    statuses = [
        a.status if a else AssessmentStatus.NOT_STARTED for a in indicators.values()
    ]
    if statuses and all(s == AssessmentStatus.ACHIEVED for s in statuses):
        return AssessmentStatus.ACHIEVED
    if any(s != AssessmentStatus.NOT_STARTED for s in statuses):
        return AssessmentStatus.IN_PROGRESS
    return AssessmentStatus.NOT_STARTED


def _region_ladder(
    region: Region,
    steps: list[LadderStep],
    indicators: list[Indicator],
    assessments: list[Assessment],
    on: datetime.date,
) -> RegionLadder:
    by_indicator: dict[int, list[Assessment]] = {}
    for assessment in assessments:
        by_indicator.setdefault(assessment.indicator_id, []).append(assessment)
    states = []
    for step in steps:
        deciding = {
            indicator.code: deciding_assessment(by_indicator.get(indicator.pk, []), on)
            for indicator in indicators
            if indicator.step_id == step.pk
        }
        states.append(StepState(step, _step_status(deciding), deciding))
    climbed = 0
    for state in states:
        if state.status != AssessmentStatus.ACHIEVED:
            break
        climbed += 1
    return RegionLadder(region, states, climbed)


def _definitions() -> tuple[list[LadderStep], list[Indicator]]:
    return list(LadderStep.objects.order_by("number")), list(
        Indicator.objects.order_by("step__number", "sort_order", "code")
    )


def ladder_matrix(*, on: datetime.date | None = None) -> LadderMatrix:
    """Every region × step, as it stood on the date (default today); four queries."""
    on = on or timezone.localdate()
    steps, indicators = _definitions()
    assessments: dict[int, list[Assessment]] = {}
    for assessment in Assessment.objects.filter(date__lte=on).select_related(
        "evidence_page", "evidence_document"
    ):
        assessments.setdefault(assessment.region_id, []).append(assessment)
    rows = [
        _region_ladder(region, steps, indicators, assessments.get(region.pk, []), on)
        for region in Region.objects.order_by("code")
    ]
    return LadderMatrix(on=on, steps=steps, rows=rows)


def region_ladder_history(*, region: Region) -> RegionLadderHistory:
    """Every assessment of the region, oldest first, with the position it led to;
    three queries."""
    steps, indicators = _definitions()
    assessments = list(
        Assessment.objects.filter(region=region)
        .select_related("indicator", "evidence_page", "evidence_document")
        .order_by("date", "pk")
    )
    changes = [
        LadderChange(
            assessment,
            _region_ladder(
                region, steps, indicators, assessments, assessment.date
            ).climbed,
        )
        for assessment in assessments
    ]
    today = timezone.localdate()
    current = _region_ladder(region, steps, indicators, assessments, today)
    return RegionLadderHistory(
        region=region, current=current, changes=changes, indicators=indicators
    )
