import datetime

import pytest

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Indicator,
    Region,
)
from monitoring.queries import ladder_matrix, region_ladder_history

pytestmark = pytest.mark.django_db
ACHIEVED = AssessmentStatus.ACHIEVED
IN_PROGRESS = AssessmentStatus.IN_PROGRESS
NOT_STARTED = AssessmentStatus.NOT_STARTED


def assess(region, code, status, date, source=AssessmentSource.MANUAL, **extra):
    return Assessment.objects.create(
        region=region,
        indicator=Indicator.objects.get(code=code),
        status=status,
        date=date,
        source=source,
        **extra,
    )


def row_of(matrix, region):
    return next(row for row in matrix.rows if row.region.pk == region.pk)


def test_matrix_has_every_region_and_step_not_started_without_data(reference_data):
    matrix = ladder_matrix(on=datetime.date(2024, 1, 1))

    assert len(matrix.rows) == 14
    assert [step.number for step in matrix.steps] == list(range(8))
    assert {state.status for row in matrix.rows for state in row.steps} == {NOT_STARTED}
    assert {row.climbed for row in matrix.rows} == {0}


def test_step_is_achieved_when_all_its_indicators_are(liberec):
    assess(liberec, "0a", ACHIEVED, datetime.date(2020, 11, 1))
    assess(liberec, "1a", ACHIEVED, datetime.date(2021, 6, 1))
    assess(liberec, "1b", IN_PROGRESS, datetime.date(2021, 6, 1))

    row = row_of(ladder_matrix(on=datetime.date(2022, 1, 1)), liberec)

    assert [state.status for state in row.steps[:3]] == [
        ACHIEVED,
        IN_PROGRESS,
        NOT_STARTED,
    ]
    assert row.climbed == 1


def test_the_state_on_a_past_date_ignores_later_assessments(liberec):
    assess(liberec, "0a", IN_PROGRESS, datetime.date(2016, 12, 1))
    assess(liberec, "0a", ACHIEVED, datetime.date(2020, 12, 1))

    before = row_of(ladder_matrix(on=datetime.date(2019, 1, 1)), liberec)
    after = row_of(ladder_matrix(on=datetime.date(2021, 1, 1)), liberec)

    assert before.steps[0].status == IN_PROGRESS
    assert after.steps[0].status == ACHIEVED


def test_manual_assessment_wins_over_derived_evidence(liberec):
    assess(liberec, "1a", IN_PROGRESS, datetime.date(2023, 1, 1))
    assess(
        liberec,
        "1a",
        ACHIEVED,
        datetime.date(2024, 1, 1),
        source=AssessmentSource.DERIVED,
        evidence_key="page:1",
    )

    row = row_of(ladder_matrix(on=datetime.date(2024, 6, 1)), liberec)

    assert row.steps[1].indicators["1a"].source == AssessmentSource.MANUAL
    assert row.steps[1].status == IN_PROGRESS


def test_withdrawn_evidence_counts_only_while_it_stood(liberec):
    assess(
        liberec,
        "1a",
        ACHIEVED,
        datetime.date(2023, 1, 1),
        source=AssessmentSource.DERIVED,
        evidence_key="page:1",
        withdrawn_on=datetime.date(2024, 1, 1),
    )

    during = row_of(ladder_matrix(on=datetime.date(2023, 6, 1)), liberec)
    after = row_of(ladder_matrix(on=datetime.date(2024, 6, 1)), liberec)

    assert during.steps[1].indicators["1a"] is not None
    assert after.steps[1].indicators["1a"] is None


def test_region_history_lists_changes_with_the_position_they_led_to(liberec):
    assess(liberec, "0a", ACHIEVED, datetime.date(2016, 12, 1))
    assess(liberec, "1a", ACHIEVED, datetime.date(2018, 3, 1))
    assess(liberec, "1b", ACHIEVED, datetime.date(2019, 5, 1))

    history = region_ladder_history(region=liberec)

    assert [(c.assessment.indicator.code, c.climbed) for c in history.changes] == [
        ("0a", 1),
        ("1a", 1),
        ("1b", 2),
    ]
    assert history.current.climbed == 2


def test_ladder_queries_run_a_fixed_number_of_sql_queries(
    reference_data, django_assert_num_queries
):
    for region in Region.objects.all():
        for code in ("0a", "1a", "1b", "2a"):
            assess(region, code, ACHIEVED, datetime.date(2022, 1, 1))
    liberec = Region.objects.get(code="CZ051")

    with django_assert_num_queries(4):
        ladder_matrix(on=datetime.date(2023, 1, 1))
    with django_assert_num_queries(3):
        region_ladder_history(region=liberec)
