import datetime

import pytest

from monitoring.models import Assessment, AssessmentSource, Region
from monitoring.queries import ladder_matrix
from monitoring.services import (
    Evidence,
    record_evidence,
    sync_evidence,
    withdraw_evidence,
)
from monitoring.versioning import current_data_version

pytestmark = pytest.mark.django_db
STRATEGY_URL = "https://www.kraj-lbc.cz/koncepce-bydleni"


def liberec_row(on):
    return next(r for r in ladder_matrix(on=on).rows if r.region.code == "CZ051")


def test_recorded_evidence_achieves_the_indicator(liberec):
    version = current_data_version()

    record_evidence(
        region=liberec,
        indicator_code="1a",
        key="page:7",
        date=datetime.date(2024, 3, 1),
        url=STRATEGY_URL,
    )

    deciding = liberec_row(datetime.date(2024, 3, 2)).steps[1].indicators["1a"]
    assert deciding.source == AssessmentSource.DERIVED
    assert deciding.evidence_url == STRATEGY_URL
    assert current_data_version() == version + 1


def test_recording_the_same_evidence_again_updates_it(liberec):
    record_evidence(region=liberec, indicator_code="1a", key="page:7", url="a")
    record_evidence(region=liberec, indicator_code="1a", key="page:7", url="b")

    assert list(Assessment.objects.values_list("evidence_url", flat=True)) == ["b"]


def test_withdrawn_evidence_leaves_the_ladder_but_stays_in_history(liberec):
    record_evidence(
        region=liberec,
        indicator_code="1a",
        key="page:7",
        date=datetime.date(2024, 3, 1),
    )

    assert withdraw_evidence(key="page:7", date=datetime.date(2024, 9, 1)) == 1

    assert liberec_row(datetime.date(2024, 10, 1)).steps[1].indicators["1a"] is None
    assert liberec_row(datetime.date(2024, 5, 1)).steps[1].indicators["1a"]
    assert Assessment.objects.count() == 1


def test_withdrawing_unknown_evidence_changes_nothing(liberec):
    version = current_data_version()

    assert withdraw_evidence(key="page:404") == 0
    assert current_data_version() == version


def test_sync_evidence_records_new_items_and_withdraws_dropped_ones(liberec):
    prague = Region.objects.get(code="CZ010")
    sync_evidence(
        source="page:9",
        items=[Evidence(liberec, "1b"), Evidence(prague, "1b")],
        url="https://example.org/studijni-cesta",
    )

    sync_evidence(source="page:9", items=[Evidence(liberec, "1b")])

    active = Assessment.objects.filter(withdrawn_on__isnull=True)
    assert [a.region.code for a in active] == ["CZ051"]
    assert Assessment.objects.filter(region=prague).get().withdrawn_on is not None


def test_sync_evidence_with_nothing_withdraws_everything_of_the_source(liberec):
    sync_evidence(source="page:9", items=[Evidence(liberec, "1a")])
    sync_evidence(source="page:90", items=[Evidence(liberec, "1b")])

    sync_evidence(source="page:9", items=[])

    active = Assessment.objects.filter(withdrawn_on__isnull=True)
    assert [a.evidence_key for a in active] == ["page:90:1b:CZ051"]
