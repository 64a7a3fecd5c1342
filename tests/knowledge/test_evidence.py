import datetime

import pytest

from knowledge.models import ProgrammeLink
from monitoring.models import Assessment, AssessmentSource, Indicator, Region
from monitoring.queries import ladder_matrix
from tests.factories import exchange_event, strategy

pytestmark = pytest.mark.django_db


def indicator_on_ladder(region_code: str, code: str):
    row = next(r for r in ladder_matrix().rows if r.region.code == region_code)
    step = next(s for s in row.steps if code in s.indicators)
    return step.indicators[code]


def test_publishing_an_adopted_strategy_achieves_indicator_1a(tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region)

    evidence = indicator_on_ladder("CZ051", "1a")
    assert evidence.source == AssessmentSource.DERIVED
    assert evidence.evidence_page_id == page.pk
    assert evidence.date == datetime.date(2024, 3, 1)


def test_unpublishing_the_strategy_withdraws_the_evidence(tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region)

    page.unpublish()

    assert indicator_on_ladder("CZ051", "1a") is None
    assert Assessment.objects.get().withdrawn_on is not None


def test_deleting_the_strategy_withdraws_the_evidence(tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region)

    page.delete()

    assert indicator_on_ladder("CZ051", "1a") is None


def test_strategy_in_preparation_proves_nothing(tree, liberec_region):
    strategy(tree["liberec"], liberec_region, status="preparation")

    assert not Assessment.objects.exists()


def test_political_programme_behind_a_strategy_proves_step_0(tree, liberec_region):
    page = strategy(
        tree["liberec"],
        liberec_region,
        programme_links=[
            ProgrammeLink(title="Programové prohlášení", url="https://kraj.example/")
        ],
    )
    page.save_revision().publish()

    assert indicator_on_ladder("CZ051", "0a").evidence_page_id == page.pk


def test_event_participation_is_step_1b_evidence_for_each_region(tree):
    regions = Region.objects.filter(code__in=["CZ051", "CZ010"])
    page = exchange_event(tree["index"], regions)

    assert indicator_on_ladder("CZ051", "1b").evidence_page_id == page.pk
    assert indicator_on_ladder("CZ010", "1b") is not None

    page.participating_regions = [Region.objects.get(code="CZ051")]
    page.save_revision().publish()

    assert indicator_on_ladder("CZ010", "1b") is None
    assert indicator_on_ladder("CZ051", "1b") is not None


def test_published_coordinator_contact_proves_the_post(tree):
    hub = tree["liberec"]
    hub.coordinator_name = "Jana Nováková"
    hub.coordinator_email = "koordinator@kraj.example"
    hub.save_revision().publish()

    assert indicator_on_ladder("CZ051", "2a").source == AssessmentSource.DERIVED

    hub.coordinator_name = ""
    hub.save_revision().publish()

    assert indicator_on_ladder("CZ051", "2a") is None


def test_manual_assessment_still_wins_over_published_content(tree, liberec_region):
    Assessment.objects.create(
        region=liberec_region,
        indicator_id=indicator_id("1a"),
        date=datetime.date(2023, 1, 1),
        status="in_progress",
    )

    strategy(tree["liberec"], liberec_region)

    assert indicator_on_ladder("CZ051", "1a").source == AssessmentSource.MANUAL


def indicator_id(code):
    return Indicator.objects.get(code=code).pk
